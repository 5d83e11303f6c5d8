// The demo page's own controls: they only set the element's attributes, as a host page would.
// The choices are kept in the address (`?gemeente=…&lang=…&modus=…`): a page decides when it
// loads whether it runs the staff module (a staff element in it, see inburgering-wijzer.js), so
// the switch to a staff view reloads the page with the choices in place. This script runs
// before the widget's, so the element has its attributes when it connects.
const wijzer = document.getElementById('wijzer');
const adres = new URL(location.href);
const staf = (modus) => ['medewerker', 'caseload'].includes(modus);

function zet(attribuut, waarde) {
  if (waarde) wijzer.setAttribute(attribuut, waarde);
  else wijzer.removeAttribute(attribuut);
}

for (const [id, attribuut] of [['demo-gemeente', 'gemeente'], ['demo-taal', 'lang'], ['demo-modus', 'modus']]) {
  const keuze = document.getElementById(id);
  const bewaard = adres.searchParams.get(attribuut);
  if (bewaard !== null && [...keuze.options].some((o) => o.value === bewaard)) {
    keuze.value = bewaard;
    zet(attribuut, bewaard);
  }
  keuze.addEventListener('change', () => {
    adres.searchParams.set(attribuut, keuze.value);
    const laden = attribuut === 'modus' && staf(keuze.value) && !staf(wijzer.getAttribute('modus'));
    if (laden) location.assign(adres);
    else {
      history.replaceState(null, '', adres);
      zet(attribuut, keuze.value);
    }
  });
}

// The caseload tab: the sample caseload (200 fictional clients across Haarlem's traject), handed
// to the element's file input as if the staff member had chosen it.
document.getElementById('demo-caseload').addEventListener('click', () => {
  if (wijzer.getAttribute('modus') !== 'caseload') {
    for (const [attribuut, waarde] of [['gemeente', 'gemeente-haarlem.json'], ['modus', 'caseload'], ['voorbeeld', '1']]) {
      adres.searchParams.set(attribuut, waarde);
    }
    location.assign(adres);
    return;
  }
  voorbeeldOpenen();
});
if (adres.searchParams.get('voorbeeld') === '1' && wijzer.getAttribute('modus') === 'caseload') voorbeeldOpenen();

async function voorbeeldOpenen() {
  adres.searchParams.delete('voorbeeld');
  history.replaceState(null, '', adres);
  const tekst = await (await fetch('caseload-voorbeeld.csv')).blob();
  const bestanden = new DataTransfer();
  bestanden.items.add(new File([tekst], 'caseload-voorbeeld.csv', { type: 'text/csv' }));
  // The element draws its caseload view when the module is there; its file input is then there.
  const invoer = await new Promise((klaar) => {
    const zoek = () => {
      const gevonden = wijzer.shadowRoot?.querySelector('input[type="file"][accept^=".csv"]');
      if (gevonden) klaar(gevonden); else requestAnimationFrame(zoek);
    };
    zoek();
  });
  invoer.files = bestanden.files;
  invoer.dispatchEvent(new Event('change', { bubbles: true }));
}
