// Runs in each bench page before any of its own scripts (Playwright's addInitScript, so it costs
// the page no request): notes when the first custom element's shadow root gets its first content
// and its first visible, enabled form control ("usable": the first question can take input),
// and reports both, with what the network delivered by then, as one console message. Nothing
// of the harness runs in the page meanwhile. Times are milliseconds from navigation start.
(() => {
  const t = (window.__bench = { shadow: null, first: null, interactive: null });
  const CONTROL = ['input', 'select', 'button', 'textarea'].map((s) => `${s}:not([disabled])`).join(',');
  let gemeld = false;
  const meld = () => {
    if (gemeld) return;
    gemeld = true;
    const [navigatie] = performance.getEntriesByType('navigation');
    // The document and every response complete by now: what the page needed before it was usable.
    const verzoeken = [navigatie, ...performance.getEntriesByType('resource')]
      .filter((e) => t.interactive === null || e.responseEnd <= t.interactive).map((e) => ({
      naam: e.name, soort: e.initiatorType, start: e.startTime, antwoord: e.responseStart, einde: e.responseEnd,
      bytes: e.transferSize,
    }));
    const scripts = verzoeken.filter((v) => v.soort === 'script');
    const aankomst = scripts.length ? Math.max(...scripts.map((v) => v.einde)) : null;
    console.debug(`bench ${JSON.stringify({ ...t, aankomst, verzoeken })}`);
  };
  // Never usable: what there is after twenty seconds.
  setTimeout(meld, 20000);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName.includes('-') && t.shadow === null) {
      t.shadow = performance.now();
      // Runs at the microtask checkpoint right after the synchronous render that added nodes.
      const kijk = new MutationObserver(() => {
        const nu = performance.now();
        if (t.first === null && root.firstChild) t.first = nu;
        if (t.interactive === null && [...root.querySelectorAll(CONTROL)].some((c) => c.checkVisibility())) {
          t.interactive = nu;
          kijk.disconnect();
          // For a trace (spoor.mjs): the same moment on the trace's clock.
          performance.mark('bench-bruikbaar');
          // The report after the page's next task: its cost is not the page's.
          setTimeout(meld);
        }
      });
      kijk.observe(root, { childList: true, subtree: true, attributes: true });
    }
    return root;
  };
})();
