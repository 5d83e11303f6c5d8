// The one script a gemeente embeds. It defines <inburgering-wijzer>, hands each element's events
// to the Rust module (one Wijzer per element) and applies the DOM operations the module returns
// (src/web/dom.rs); what to show, the rules and the languages are all Rust.
// The WebAssembly module travels inside this script (LZMA, base64; `make build`), so a page makes
// one request for the widget and the module's compilation starts as soon as the script runs.
// The module holds only the Dutch sentences; each other language is a pack of its own
// (`inburgering-wijzer.ar.bin`, beside this script), asked for when a page needs it.
// Privacy: after the script has loaded, the only requests it makes are for the gemeente
// configuration file the page itself names (same origin only) and for the pack of a language
// the page or the person chose (a static file, once per language; nothing the person typed).
// The module first: the bundle then holds its base64 in one run at the start, which gzip on the
// fly packs 1 KB smaller than the same run between the glue and the loader (docs/metingen.md).
import ingepakt from '../pkg/inburgeringswijzer_bg.wasm.lzma';
import init, { Wijzer, taal_laden } from '../pkg/inburgeringswijzer.js';
import { INTEGRITEIT } from '../pkg/talen.js';
import { uitpakken } from './uitpakken.js';

// The contract's functions, for pages that want the answers without the element:
// `import init, { advies } from '…/inburgering-wijzer.js'; await init(); advies({ … })`.
export { default, advies, ontzorgen } from '../pkg/inburgeringswijzer.js';

// The staff views (`modus="medewerker"`, `modus="caseload"`) are in a module of their own, with
// every language (`make build`), so that a resident's page downloads none of them: a page with a
// staff element fetches that module (once, this build's only: Subresource Integrity) and runs it
// instead of the one inside this script. The first element to connect decides for the page.
const STAF = ['medewerker', 'caseload'];
const staf = (element) => STAF.includes(element.getAttribute('modus')?.trim());
let ready;
let stafModule = false;
function laadModule(element) {
  if (!ready) {
    stafModule = staf(element) || [...document.querySelectorAll('inburgering-wijzer[modus]')].some(staf);
    const bytes = stafModule
      ? fetch(new URL('inburgering-wijzer.medewerker.bin', import.meta.url), { integrity: INTEGRITEIT.medewerker, credentials: 'omit' })
        .then((antwoord) => {
          if (!antwoord.ok) throw new Error(`HTTP ${antwoord.status}`);
          return antwoord.arrayBuffer();
        })
        .then((b) => uitpakken(new Uint8Array(b)))
      : uitpakken(ingepakt);
    ready = init({ module_or_path: bytes });
    // Each element shows its own message when this fails; nothing else needs to hear about it.
    ready.catch(() => {});
  }
  return ready;
}

// Shown when the module cannot load (old browser, blocked by a content security policy):
// plain text in the element's language, never a blank space.
const NIET_GELADEN = {
  nl: 'De Inburgeringswijzer kan niet worden geladen. Probeer een andere browser, of vraag de gemeente om hulp.',
  en: 'The integration guide cannot be loaded. Try another browser, or ask the municipality for help.',
  ar: 'تعذر تحميل دليل الاندماج. جرّب متصفحًا آخر أو اطلب المساعدة من البلدية.',
  ti: 'መምርሒ ምውህሃድ ክጽዓን ኣይከኣለን። ካልእ ብራውዘር ፈትኑ፡ ወይ ንምምሕዳር ከተማ ሓገዝ ሕተቱ።',
  tr: 'Uyum rehberi yüklenemiyor. Başka bir tarayıcı deneyin veya belediyeden yardım isteyin.',
  fa: 'راهنمای ادغام بارگذاری نمی‌شود. مرورگر دیگری را امتحان کنید یا از شهرداری کمک بخواهید.',
};

function taal(element) {
  const code = (element.getAttribute('lang') || 'nl').toLowerCase().split(/[-_]/)[0];
  return NIET_GELADEN[code] ? code : 'nl';
}

// The language packs asked for, by code: a promise of whether the language can be shown. A pack
// comes from the directory of this script, without cookies, and only with the sha384 this build
// wrote for it (Subresource Integrity), so a tampered pack is refused as the script would be;
// the module checks it again (this build's sentences, undamaged). One request per language
// (several elements share it); after a failure a later choice of the language asks again.
const talen = new Map();
const geladen = new Set(['nl']);
function laadTaal(code) {
  if (!INTEGRITEIT[code] || stafModule) return Promise.resolve(true); // Dutch, or the staff module: in the module
  if (!talen.has(code)) {
    const url = new URL(`inburgering-wijzer.${code}.bin`, import.meta.url);
    const bytes = fetch(url, { integrity: INTEGRITEIT[code], credentials: 'omit' }).then((antwoord) => {
      if (!antwoord.ok) throw new Error(`HTTP ${antwoord.status}`);
      return antwoord.arrayBuffer();
    });
    talen.set(code, Promise.all([bytes, ready]).then(([pakket]) => {
      taal_laden(new Uint8Array(pakket));
      geladen.add(code);
      return true;
    }).catch((fout) => {
      talen.delete(code);
      // The web team reads why in the console; the element says it in Dutch and keeps its language.
      ready.then(() => console.error(`inburgering-wijzer: het taalpakket ${url.pathname} kon niet worden geladen: ${fout?.message ?? fout}`), () => {});
      return false;
    }));
  }
  return talen.get(code);
}

// The configuration the page named: the id of an inline <script type="application/json">, or
// the URL of a JSON file on the same origin. This request, made while the module compiles, and
// the language packs are the only ones it makes; they carry nothing the person typed
// (tests/e2e/privacy.test.mjs).
async function leesGemeente(waarde) {
  const inline = document.getElementById(waarde);
  if (inline && inline.type === 'application/json') return JSON.parse(inline.textContent);
  const url = new URL(waarde, document.baseURI);
  if (url.origin !== location.origin) throw new Error('gemeente: only the same origin');
  const antwoord = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  if (!antwoord.ok) throw new Error(`HTTP ${antwoord.status}`);
  return antwoord.json();
}

// Applies the module's operations to a shadow root: records ended by \x1e, fields by \x1f;
// a reference is a number (an element made in this list), '#id', or '' (the root). Text only
// ever becomes a text node or an attribute value, and never an event handler: an `on…`
// attribute is refused (the module names its tags and attributes as constants; this holds even
// if one were not). Returns whether the summary is to be copied.
function toepassen(root, opdrachten) {
  const actief = root.activeElement;
  // Elements made in this list, by number and by id (a new tree is complete before it replaces
  // the old one, so '#id' looks here first).
  const knopen = {};
  const ids = {};
  let kopieer = false;
  let gefocust = false;
  const knoop = (verwijzing) => (verwijzing === '' ? root : verwijzing[0] === '#'
    ? ids[verwijzing.slice(1)] ?? root.getElementById(verwijzing.slice(1)) : knopen[verwijzing]);
  for (const opdracht of opdrachten.split('\x1e')) {
    const [soort, verwijzing, a, b] = opdracht.split('\x1f');
    const k = soort && 'adtkrswfF'.includes(soort) ? knoop(verwijzing) : null;
    switch (soort) {
      case 'e': knopen[verwijzing] = document.createElement(a); break;
      case 'a':
        if (/^on/i.test(a)) break;
        k?.setAttribute(a, b);
        if (a === 'id') ids[b] = k;
        break;
      case 'd': k?.removeAttribute(a); break;
      case 't': k?.append(a); break;
      case 'k': k?.append(knopen[a]); break;
      case 'r': k?.replaceChildren(); break;
      case 'w': k?.replaceWith(knopen[a]); break;
      case 's': if (k) k.textContent = a; break;
      case 'f':
        for (const veld of k?.querySelectorAll('input:not([type=checkbox]), select') ?? []) {
          if (a) { veld.setAttribute('aria-invalid', 'true'); veld.setAttribute('aria-describedby', a); }
          else { veld.removeAttribute('aria-invalid'); veld.removeAttribute('aria-describedby'); }
        }
        break;
      case 'F': k?.focus(); gefocust = true; break;
      case 'P': window.print(); break;
      case 'D': {
        // Saved on the person's own device; nothing leaves it.
        const url = URL.createObjectURL(new Blob([b], { type: a }));
        const link = document.createElement('a');
        link.href = url;
        link.download = verwijzing;
        link.click();
        URL.revokeObjectURL(url);
        break;
      }
      case 'C': kopieer = true; break;
      // A caseload file is read in parts (src/web/caseload.rs): the next part once the page has
      // had its turn (input, the progress painted).
      case 'V': setTimeout(() => root.host.pas((w) => w.actie('verder'))); break;
      default: break;
    }
  }
  // A rebuild replaced the focused control: focus its successor, with the caret where it was
  // (unless the module said where the focus goes).
  if (!gefocust && actief && !actief.isConnected && actief.id) {
    const opvolger = root.getElementById(actief.id);
    opvolger?.focus();
    if (opvolger && typeof actief.selectionStart === 'number') {
      try { opvolger.setSelectionRange(actief.selectionStart, actief.selectionEnd); } catch { /* not a text field */ }
    }
  }
  return kopieer;
}

// The web team finds what was wrong in its configuration, and left out, in the console (paths
// and Dutch sentences only: nothing the person typed).
function meldGemeente(wijzer, { bestand, config }) {
  const meldingen = config === null ? '' : wijzer.gemeente_meldingen();
  if (meldingen) console.warn(`inburgering-wijzer, ${bestand}:\n${meldingen}`);
}

class InburgeringWijzer extends HTMLElement {
  static observedAttributes = ['lang', 'modus', 'onderdeel', 'gemeente'];

  connectedCallback() {
    // The configuration and the language's pack are asked for now, while the module compiles,
    // not after it: on a slow network that is a round trip less before the form shows.
    this.gemeenteVerzoek();
    const module = laadModule(this);
    const taalKlaar = laadTaal(taal(this));
    module.then(() => taalKlaar).then(() => {
      if (!this.isConnected || this.wijzer) return;
      this.wijzer = new Wijzer(this);
      this.luister(this.shadowRoot);
      // A configuration that has already arrived goes into the first drawing; a later one
      // redraws what it changes.
      const verzoek = this.gemeenteVerzoek();
      if (verzoek?.klaar) {
        this.wijzer.gemeente_vooraf(verzoek.config, verzoek.deel);
        meldGemeente(this.wijzer, verzoek);
      }
      this.pas((w) => w.teken());
      if (verzoek && !verzoek.klaar) this.laadGemeente(verzoek);
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

  // Runs `stap` on this element's Wijzer and applies the operations it returns. Operations that
  // remove a focused control fire events of their own; those are not news to the module.
  pas(stap) {
    const wijzer = this.wijzer;
    if (!wijzer || this.bezig) return;
    this.bezig = true;
    let kopieer = false;
    try {
      // Most events change nothing on screen (a change event after its input event).
      const opdrachten = stap(wijzer);
      if (opdrachten) kopieer = toepassen(this.shadowRoot, opdrachten);
    } finally {
      this.bezig = false;
    }
    if (kopieer) {
      const vak = this.shadowRoot.getElementById('samenvatting');
      vak?.select();
      navigator.clipboard?.writeText(vak?.value ?? '').then(() => {
        if (this.wijzer === wijzer) this.pas((w) => w.actie('gekopieerd'));
      }, () => {});
    }
  }

  // One listener per kind on the shadow root, for as long as the element has a Wijzer.
  luister(root) {
    if (this.luisteraar) return;
    this.luisteraar = (e) => {
      const doel = e.target;
      const actie = doel.getAttribute?.('data-actie');
      if (actie === 'openen') {
        // The chosen file is read here, on the person's request, and handed to the module.
        const bestand = e.type === 'change' && doel.files?.[0];
        if (bestand) {
          doel.value = '';
          const wijzer = this.wijzer;
          // A caseload goes to the module as its bytes (the engine reads the encoding and the BOM).
          if (this.getAttribute('modus')?.trim() === 'caseload') {
            bestand.arrayBuffer().then((b) => { if (this.wijzer === wijzer) this.pas((w) => w.caseload(new Uint8Array(b))); }, () => {});
          } else {
            bestand.text().then((tekst) => { if (this.wijzer === wijzer) this.pas((w) => w.openen(tekst)); }, () => {});
          }
        }
      } else if (actie) {
        if (e.type === 'click') this.pas((w) => w.actie(actie));
      } else if (e.type !== 'click' && doel.name && !(doel.type === 'radio' && !doel.checked)) {
        const waarde = doel.type === 'checkbox' ? (doel.checked ? 'ja' : '') : doel.value;
        this.pas((w) => w.invoer(doel.name, waarde));
      }
    };
    for (const soort of ['input', 'change', 'click']) root.addEventListener(soort, this.luisteraar);
  }

  attributeChangedCallback(naam, oud, nieuw) {
    if (!this.wijzer || oud === nieuw) return;
    if (naam === 'gemeente') {
      this.laadGemeente(this.gemeenteVerzoek());
      return;
    }
    // A language not yet here: its pack first, the form marked busy meanwhile (answers stay;
    // the module reads the attributes when the pack is there or has failed).
    const wijzer = this.wijzer;
    const klaar = laadTaal(taal(this));
    if (!geladen.has(taal(this))) this.shadowRoot.firstElementChild?.setAttribute('aria-busy', 'true');
    klaar.then(() => { if (this.wijzer === wijzer) this.pas((w) => w.attribuut()); });
  }

  // The request for the configuration the `gemeente` attribute names (null: it names none),
  // made once per value; `regio.json#houten` is one gemeente (`deel`) of a regional file. It
  // notes its answer (`config`, null when unreadable) when it is there.
  gemeenteVerzoek() {
    const waarde = this.getAttribute('gemeente') || null;
    if (this.verzoek?.waarde !== waarde) {
      const [bestand, deel = ''] = (waarde ?? '').split('#');
      const verzoek = bestand && { waarde, bestand, deel, klaar: false, config: null };
      if (verzoek) {
        // Unreadable (not there, not JSON, another origin): the page says so in its language,
        // the console says why, for the web team.
        verzoek.antwoord = leesGemeente(bestand)
          .catch((fout) => {
            console.warn(`inburgering-wijzer, ${bestand}: de instellingen zijn niet te lezen (${fout.message}). De wijzer toont het algemene advies.`);
            return null;
          })
          .then((config) => Object.assign(verzoek, { klaar: true, config }));
      }
      this.verzoek = verzoek;
    }
    return this.verzoek || null;
  }

  // Hands the configuration to this element's Wijzer when it arrives (unless a newer request or
  // another Wijzer has taken its place).
  laadGemeente(verzoek) {
    const wijzer = this.wijzer;
    verzoek?.antwoord.then(({ config }) => {
      if (this.wijzer === wijzer && this.verzoek === verzoek) {
        this.pas((w) => (config === null ? w.gemeente_onleesbaar() : w.gemeente(config, verzoek.deel)));
        meldGemeente(wijzer, verzoek);
      }
    });
  }

  disconnectedCallback() {
    // A move (remove and insert in one task) keeps the answers; a real removal frees them.
    queueMicrotask(() => {
      if (!this.isConnected && this.wijzer) {
        for (const soort of ['input', 'change', 'click']) this.shadowRoot.removeEventListener(soort, this.luisteraar);
        this.luisteraar = undefined;
        this.wijzer.free();
        this.wijzer = undefined;
      }
    });
  }
}

if (!customElements.get('inburgering-wijzer')) {
  customElements.define('inburgering-wijzer', InburgeringWijzer);
}
