// The one script a gemeente embeds. It defines <inburgering-wijzer> and hands each element to
// the Rust module (one Wijzer per element); rendering, rules and languages are all Rust.
// Privacy: after the module has loaded, the only request it makes is for the gemeente
// configuration file the page itself names (same origin only).
import init, { Wijzer } from './inburgeringswijzer.js';

const ready = init();
// Each element shows its own message when this fails; nothing else needs to hear about it.
ready.catch(() => {});

// Shown when the module cannot load (old browser, blocked by a content security policy):
// plain text in the element's language, never a blank space.
const NIET_GELADEN = {
  nl: 'De Inburgeringswijzer kan niet worden geladen. Probeer een andere browser, of vraag de gemeente om hulp.',
  en: 'The integration guide cannot be loaded. Try another browser, or ask the municipality for help.',
  ar: 'تعذر تحميل دليل الاندماج. جرّب متصفحًا آخر أو اطلب المساعدة من البلدية.',
  ti: 'መምርሒ ምጽንባር ክጽዓን ኣይከኣለን። ካልእ ብራውዘር ፈትኑ፡ ወይ ንምምሕዳር ከተማ ሓገዝ ሕተቱ።',
  tr: 'Uyum rehberi yüklenemiyor. Başka bir tarayıcı deneyin veya belediyeden yardım isteyin.',
  fa: 'راهنمای ادغام بارگذاری نمی‌شود. مرورگر دیگری را امتحان کنید یا از شهرداری کمک بخواهید.',
};

function taal(element) {
  const code = (element.getAttribute('lang') || 'nl').toLowerCase().split(/[-_]/)[0];
  return NIET_GELADEN[code] ? code : 'nl';
}

// The configuration the page named: the id of an inline <script type="application/json">, or
// the URL of a JSON file on the same origin. This request, made while the widget loads, is the
// only one it makes; it carries nothing the person typed (tests/e2e/privacy.test.mjs).
async function leesGemeente(waarde) {
  const inline = document.getElementById(waarde);
  if (inline && inline.type === 'application/json') return JSON.parse(inline.textContent);
  const url = new URL(waarde, document.baseURI);
  if (url.origin !== location.origin) throw new Error('gemeente: only the same origin');
  const antwoord = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  if (!antwoord.ok) throw new Error(`gemeente: ${antwoord.status}`);
  return antwoord.json();
}

class InburgeringWijzer extends HTMLElement {
  static observedAttributes = ['lang', 'modus', 'onderdeel', 'gemeente'];

  connectedCallback() {
    ready.then(() => {
      if (!this.isConnected || this.wijzer) return;
      this.wijzer = new Wijzer(this);
      this.laadGemeente();
    }, () => {
      const melding = document.createElement('p');
      melding.setAttribute('role', 'alert');
      // The message's own language and direction: the element's `lang` may be one not offered.
      melding.lang = taal(this);
      melding.dir = melding.lang === 'ar' || melding.lang === 'fa' ? 'rtl' : 'ltr';
      melding.textContent = NIET_GELADEN[melding.lang];
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      root.replaceChildren(melding);
    });
  }

  attributeChangedCallback(naam, oud, nieuw) {
    if (!this.wijzer || oud === nieuw) return;
    if (naam === 'gemeente') this.laadGemeente();
    else this.wijzer.attribuut();
  }

  laadGemeente() {
    const waarde = this.getAttribute('gemeente');
    if (!waarde) return;
    const wijzer = this.wijzer;
    leesGemeente(waarde).then(
      (config) => { if (this.wijzer === wijzer) wijzer.gemeente(config); },
      () => { if (this.wijzer === wijzer) wijzer.gemeente_onleesbaar(); },
    );
  }

  disconnectedCallback() {
    // A move (remove and insert in one task) keeps the answers; a real removal frees them.
    queueMicrotask(() => {
      if (!this.isConnected && this.wijzer) {
        this.wijzer.free();
        this.wijzer = undefined;
      }
    });
  }
}

if (!customElements.get('inburgering-wijzer')) {
  customElements.define('inburgering-wijzer', InburgeringWijzer);
}
