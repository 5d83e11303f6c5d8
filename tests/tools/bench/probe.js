// Loaded before the widget (a classic script, so it runs first): notes when the element's
// shadow root gets its first content and its first enabled form control ("interactive"), and
// reports both with the script's arrival as one console message, so that the harness needs no
// script of its own in the page while it loads.
(() => {
  const t = (window.__bench = { shadow: null, first: null, interactive: null });
  const CONTROL = ['input', 'select', 'button', 'textarea'].map((s) => `${s}:not([disabled])`).join(',');
  let gemeld = false;
  const meld = () => {
    if (gemeld) return;
    gemeld = true;
    const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/pkg/inburgering-wijzer.js'));
    console.debug(`bench ${JSON.stringify({ ...t, aankomst: script ? script.responseEnd : null })}`);
  };
  // Never interactive: what there is after five seconds.
  setTimeout(meld, 5000);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'inburgering-wijzer' && t.shadow === null) {
      t.shadow = performance.now();
      // Runs at the microtask checkpoint right after the synchronous render that added nodes.
      const kijk = new MutationObserver(() => {
        const nu = performance.now();
        if (t.first === null && root.firstChild) t.first = nu;
        if (t.interactive === null && root.querySelector(CONTROL)) {
          t.interactive = nu;
          kijk.disconnect();
          meld();
        }
      });
      kijk.observe(root, { childList: true, subtree: true, attributes: true });
    }
    return root;
  };
})();
