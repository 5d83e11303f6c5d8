// The demo page's own controls: they only set the element's attributes, as a host page would.
const wijzer = document.getElementById('wijzer');
for (const [id, attribuut] of [['demo-gemeente', 'gemeente'], ['demo-taal', 'lang'], ['demo-modus', 'modus']]) {
  document.getElementById(id).addEventListener('change', (e) => {
    if (e.target.value) wijzer.setAttribute(attribuut, e.target.value);
    else wijzer.removeAttribute(attribuut);
  });
}
