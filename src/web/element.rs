//! One `<inburgering-wijzer>` instance on the page. The loader (`www/inburgering-wijzer.js`)
//! creates a [`Wijzer`] per element, forwards its events and attribute changes, and applies the
//! DOM operations each call returns ([`super::dom`]); it frees the `Wijzer` (and removes its
//! listeners) when the element is removed. What follows an event is [`Staat`]'s, in plain Rust;
//! this is only its tie to the page: the shadow root, the stylesheet, the attributes, today's
//! date and the configuration as a JS value.

use chrono::NaiveDate;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::exports::lees_js;
use super::staat::Staat;

thread_local! {
    /// One constructed stylesheet shared by every instance (`adoptedStyleSheets`, allowed by
    /// `style-src 'self'`, unlike an inline `<style>`).
    static STIJL: Option<web_sys::CssStyleSheet> = {
        web_sys::CssStyleSheet::new().ok().inspect(|blad| {
            let _ = blad.replace_sync(super::stijl::STIJL);
        })
    };
}

/// One element's handle, owned by the loader script. Every method returns the DOM operations
/// that bring the shadow tree up to date (see [`super::dom`]); the loader applies them.
#[wasm_bindgen]
pub struct Wijzer {
    host: HtmlElement,
    staat: Staat,
}

/// The host's attributes `lang`, `modus` and `onderdeel`, in that order.
fn attributen(host: &HtmlElement) -> [String; 3] {
    ["lang", "modus", "onderdeel"].map(|naam| host.get_attribute(naam).unwrap_or_default())
}

#[wasm_bindgen]
impl Wijzer {
    /// Attaches (or reuses) the open shadow root of `host` with the stylesheet, and reads its
    /// attributes and today's date in the browser (the `peildatum`; the engine itself never
    /// reads a clock). [`Wijzer::teken`] then gives its tree.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement) -> Result<Wijzer, JsValue> {
        let root = match host.shadow_root() {
            Some(root) => root,
            None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
        };
        STIJL.with(|blad| {
            if let Some(blad) = blad {
                root.set_adopted_style_sheets(&js_sys::Array::of1(blad));
            }
        });
        let nu = js_sys::Date::new_0();
        let vandaag = NaiveDate::from_ymd_opt(nu.get_full_year() as i32, nu.get_month() + 1, nu.get_date());
        let [lang, modus, onderdeel] = attributen(&host);
        let staat = Staat::nieuw(vandaag.unwrap_or(crate::basis::datum::dag(2026, 1, 1)), [&lang, &modus, &onderdeel]);
        Ok(Wijzer { host, staat })
    }

    /// The whole tree.
    pub fn teken(&mut self) -> String {
        self.staat.teken()
    }

    /// An observed attribute changed (`lang`, `modus`, `onderdeel`).
    pub fn attribuut(&mut self) -> String {
        let [lang, modus, onderdeel] = attributen(&self.host);
        self.staat.attribuut([&lang, &modus, &onderdeel])
    }

    /// A form control changed: its `name` and its value (`ja` or empty for a checkbox).
    pub fn invoer(&mut self, naam: &str, waarde: &str) -> String {
        self.staat.invoer(naam, waarde)
    }

    /// A button was pressed (its `data-actie`), or the loader reports that the summary was
    /// copied (`gekopieerd`).
    pub fn actie(&mut self, actie: &str) -> String {
        self.staat.actie(actie)
    }

    /// The text of a file the person chose to open.
    pub fn openen(&mut self, tekst: &str) -> String {
        self.staat.openen(tekst)
    }

    /// The bytes of a caseload file the staff member chose to open (`modus="caseload"`).
    pub fn caseload(&mut self, bytes: Vec<u8>) -> String {
        self.staat.caseload_openen(bytes)
    }

    /// The gemeente configuration the page named, as a parsed JSON value, and which gemeente of
    /// a regional file (`deel`, from `#…` after the file's name; empty for none).
    pub fn gemeente(&mut self, config: JsValue, deel: &str) -> String {
        self.staat.gemeente(lees_js(config), deel)
    }

    /// A configuration that arrived before the first [`Wijzer::teken`]: read, not drawn.
    pub fn gemeente_vooraf(&mut self, config: JsValue, deel: &str) {
        self.staat.gemeente_vooraf(lees_js(config), deel);
    }

    /// The problems of the last configuration, one a line with its path, in Dutch (the web
    /// team's language); the loader writes them to the console as a warning.
    pub fn gemeente_meldingen(&self) -> String {
        self.staat.gemeente_meldingen()
    }

    /// The configuration file could not be fetched or parsed.
    pub fn gemeente_onleesbaar(&mut self) -> String {
        self.staat.gemeente_onleesbaar()
    }
}
