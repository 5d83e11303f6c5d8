// Loaded before the widget (a classic script, so it runs first): notes when the element's
// shadow root gets its first content and its first enabled form control ("interactive").
(() => {
  const t = (window.__bench = { shadow: null, first: null, interactive: null });
  const CONTROL = ['input', 'select', 'button', 'textarea'].map((s) => `${s}:not([disabled])`).join(',');
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
        }
      });
      kijk.observe(root, { childList: true, subtree: true, attributes: true });
    }
    return root;
  };
})();
