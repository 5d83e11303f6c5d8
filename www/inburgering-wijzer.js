// The one script a gemeente embeds. It defines <inburgering-wijzer> and hands the element to
// the Rust module; everything else (rendering, rules, languages) is Rust.
import init, { mount } from './inburgeringswijzer.js';

const ready = init();

class InburgeringWijzer extends HTMLElement {
  connectedCallback() {
    ready.then(() => mount(this));
  }
}

if (!customElements.get('inburgering-wijzer')) {
  customElements.define('inburgering-wijzer', InburgeringWijzer);
}
