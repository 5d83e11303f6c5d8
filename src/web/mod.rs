//! The browser shell: the JS entry points of the contract and the `<inburgering-wijzer>`
//! element. It renders and forwards; every decision is made in [`crate::engine`].
//!
//! Everything but `element` (the custom element's tie to the page) and the exports is plain
//! Rust: the state and its events ([`staat`]), the form, and the drawing as a list of DOM
//! operations, compiled natively for their tests (`cargo test`), so the journeys' operations
//! are checked in milliseconds.

/// The form: questions, raw answers, and the contract input built from them.
pub mod formulier;

/// Whether this build holds the staff views, `modus="medewerker"` and `modus="caseload"`
/// (feature `medewerker`, on by default). The residents' module leaves them out: a page with a
/// staff element loads the staff module instead (`www/inburgering-wijzer.js`).
pub const MEDEWERKER: bool = cfg!(feature = "medewerker");

/// The element's stylesheet, compacted at compile time.
pub mod stijl;

/// Calendar files (iCalendar, RFC 5545) of the deadlines, written on the device; plain Rust,
/// tested natively.
#[cfg(any(target_arch = "wasm32", test))]
mod agenda;
/// `modus="caseload"`: a file of clients as a table, drawn from `engine::caseload`; plain
/// Rust, tested natively.
#[cfg(any(target_arch = "wasm32", test))]
mod caseload;
/// The DOM work as a list of operations for the loader; plain Rust, tested natively (where
/// only its tests use it).
#[cfg(any(target_arch = "wasm32", test))]
mod dom;
#[cfg(target_arch = "wasm32")]
mod element;
/// The module's memory allocator (smaller than the standard one); its model test runs natively.
#[cfg(any(all(target_arch = "wasm32", not(target_feature = "atomics")), test))]
mod geheugen;
/// The inputs drawn in more than one place (a text field, a date's three parts); plain Rust.
#[cfg(any(target_arch = "wasm32", test))]
mod invoer;
/// The element's page and each question, drawn from data; plain Rust, tested natively.
#[cfg(any(target_arch = "wasm32", test))]
mod pagina;
/// Staff mode: the klantmanager's summary for the case file, in Dutch and the third person;
/// plain Rust, tested natively.
#[cfg(any(target_arch = "wasm32", test))]
mod samenvatting;
/// The state of one element and its events, each answered with DOM operations; plain Rust,
/// tested natively.
#[cfg(any(target_arch = "wasm32", test))]
mod staat;
/// The one timeline (statutory dates, the exam plan, the traject) in the result, print, the
/// calendar file and the staff summary; plain Rust, tested natively.
#[cfg(any(target_arch = "wasm32", test))]
mod tijdlijn;
/// The contactkaart, and a traject step's dates in words; plain Rust, tested natively.
#[cfg(any(target_arch = "wasm32", test))]
mod traject;
/// Dutch beside the reader's language: the result with its Dutch original, and the glossary.
#[cfg(any(target_arch = "wasm32", test))]
mod tweetalig;
/// The results, the print view and the staff summary drawn in the reader's language.
#[cfg(any(target_arch = "wasm32", test))]
mod weergave;

#[cfg(test)]
mod reizen;

#[cfg(target_arch = "wasm32")]
pub use element::Wijzer;

#[cfg(target_arch = "wasm32")]
pub use exports::{advies, ontzorgen, taal_laden};

/// The texts with `tussen` between them, as `[..].join(tussen)` gives (size: no `join`,
/// docs/stijl.md).
#[cfg(any(target_arch = "wasm32", test))]
fn samengevoegd(delen: impl IntoIterator<Item = impl AsRef<str>>, tussen: &str) -> String {
    let mut uit = String::new();
    for (i, deel) in delen.into_iter().enumerate() {
        if i > 0 {
            uit.push_str(tussen);
        }
        uit.push_str(deel.as_ref());
    }
    uit
}

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    use crate::engine::fout::Fout;
    use crate::engine::gemeente::Gemeente;
    use crate::engine::json::Json;
    use crate::engine::schrijver::NaarJson;
    use crate::engine::{antwoord, ontzorgen as ontzorgen_regels};

    /// A result as a plain JS object (dates as strings, `null` for absent values), through the
    /// same JSON text the command line writes.
    fn naar_js(waarde: &impl NaarJson) -> JsValue {
        js_sys::JSON::parse(&waarde.json_tekst()).unwrap_or(JsValue::NULL)
    }

    /// The contract's error: a JS `Error` whose message is the serialised `fout` object.
    fn fout_naar_js(fout: &Fout) -> JsValue {
        js_sys::Error::new(&fout.json_tekst()).into()
    }

    /// Reads a JS value as the core's `Json`. Through `JSON.stringify`, not a walk over the
    /// object: it sees only own data fields, so a hostile prototype, getter or proxy cannot
    /// reach the core, and anything it refuses (cycles, BigInt) becomes a `fout`. With an
    /// explicit `null` replacer: called without one, Chromium 156 takes 50 to 180 ms to refuse a
    /// cyclic value, with one 0.03 ms (a CPU profile of `make fuzz`, 2026-12-07; the same text
    /// otherwise).
    pub(super) fn lees_js(waarde: JsValue) -> Result<Json, Fout> {
        let tekst = js_sys::JSON::stringify_with_replacer(&waarde, &JsValue::NULL).map_err(|_| Fout::onleesbaar())?;
        Json::lees_tekst(&tekst.as_string().unwrap_or_default())
    }

    fn gemeente_uit_js(gemeente: Option<JsValue>) -> Result<Gemeente, Fout> {
        match gemeente.filter(|g| !g.is_undefined() && !g.is_null()) {
            None => Ok(Gemeente::standaard()),
            Some(g) => Gemeente::lees(&lees_js(g)?),
        }
    }

    /// `advies(situatie, gemeente?)`: the route advice as a plain object (contract: advies).
    #[wasm_bindgen]
    pub fn advies(situatie: JsValue, gemeente: Option<JsValue>) -> Result<JsValue, JsValue> {
        let gemeente = gemeente_uit_js(gemeente).map_err(|f| fout_naar_js(&f))?;
        lees_js(situatie)
            .and_then(|json| antwoord::antwoord(&json, &gemeente))
            .map(|antwoord| naar_js(&antwoord))
            .map_err(|f| fout_naar_js(&f))
    }

    /// `taal_laden(pakket)`: a language pack of this build (`inburgering-wijzer.ar.bin`, fetched
    /// by the loader) makes its language readable in every element; it returns the language's
    /// code. A pack of another build, or a damaged one, is refused with a message in Dutch for
    /// the console, and the widget keeps the languages it has (`i18n::pakket`).
    #[wasm_bindgen]
    pub fn taal_laden(pakket: &[u8]) -> Result<String, JsValue> {
        crate::i18n::pakket::laad(pakket, &crate::i18n::TALENPAKKET)
            .map(|taal| taal.code().to_owned())
            .map_err(|fout| JsValue::from_str(&fout.melding()))
    }

    /// `ontzorgen(huishouden, gemeente?)`: the budget schedule as a plain object (contract:
    /// ontzorgen), with the warning below the gemeente's leefgeld level when it has one.
    #[wasm_bindgen]
    pub fn ontzorgen(huishouden: JsValue, gemeente: Option<JsValue>) -> Result<JsValue, JsValue> {
        let gemeente = gemeente_uit_js(gemeente).map_err(|f| fout_naar_js(&f))?;
        lees_js(huishouden)
            .and_then(|json| ontzorgen_regels::ontzorgen(&json, &gemeente))
            .map(|schema| naar_js(&schema))
            .map_err(|f| fout_naar_js(&f))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn samengevoegd_gives_what_join_gives() {
        let gevallen: [&[&str]; 4] = [&[], &["a"], &["a", "", "b"], &["", ""]];
        for delen in gevallen {
            assert_eq!(super::samengevoegd(delen, "; "), delen.join("; "));
        }
    }
}
