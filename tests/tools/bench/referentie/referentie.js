// The reference element's loader: the module inside the script and unpacked as the widget's is
// (www/uitpakken.js), then one call that renders one input.
import init, { toon } from '../../../../target/bench-referentie/referentie.js';
import ingepakt from '../../../../target/bench-referentie/referentie_bg.wasm.lzma';
import { uitpakken } from '../../../../www/uitpakken.js';

const klaar = init({ module_or_path: uitpakken(ingepakt) });

customElements.define('bench-referentie', class extends HTMLElement {
  connectedCallback() {
    klaar.then(() => toon(this));
  }
});
