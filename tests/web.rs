//! The browser shell in a real browser (wasm-pack test --headless --chrome).
#![cfg(target_arch = "wasm32")]

use inburgeringswijzer::web;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fout_code(fout: JsValue) -> String {
    let bericht = String::from(fout.dyn_into::<js_sys::Error>().expect("an Error").message());
    let object = js_sys::JSON::parse(&bericht).expect("the message is JSON");
    let binnen = js_sys::Reflect::get(&object, &"fout".into()).unwrap();
    for veld in ["veld", "code", "melding"] {
        assert!(js_sys::Reflect::get(&binnen, &veld.into()).unwrap().is_string(), "fout.{veld} is a string");
    }
    js_sys::Reflect::get(&binnen, &"code".into()).unwrap().as_string().unwrap()
}

#[wasm_bindgen_test]
fn invalid_input_throws_an_error_carrying_the_fout_object() {
    // A table of cases: (what the page passes, the contract's code).
    type Aanroep = fn() -> Result<JsValue, JsValue>;
    let gevallen: [(Aanroep, &str); 3] = [
        (|| web::advies(JsValue::from_str("geen object"), None), "verkeerd_type"),
        (
            || web::ontzorgen(js_sys::JSON::parse(r#"{"startdatum": "2024-01-01", "onbekend": 1}"#).unwrap(), None),
            "onbekend_veld",
        ),
        (
            || {
                web::ontzorgen(js_sys::JSON::parse(r#"{"startdatum": "2024-13-01", "leefvorm": "alleenstaande", "geboortedatum": "1990-01-01", "vasteLasten": {}}"#).unwrap(), None)
            },
            "ongeldige_datum",
        ),
    ];
    for (aanroep, code) in gevallen {
        assert_eq!(fout_code(aanroep().unwrap_err()), code);
    }
}

/// The operations of one list (see src/web/dom.rs) as fields.
fn opdrachten(lijst: &str) -> Vec<Vec<&str>> {
    lijst.split('\u{1e}').filter(|op| !op.is_empty()).map(|op| op.split('\u{1f}').collect()).collect()
}

fn heeft(lijst: &str, gezocht: &[&str]) -> bool {
    opdrachten(lijst).iter().any(|op| op.as_slice() == gezocht)
}

/// A host element with these attributes, on the page.
fn host(attributen: &[(&str, &str)]) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    for (naam, waarde) in attributen {
        host.set_attribute(naam, waarde).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    host
}

fn wijzer(host: &web_sys::HtmlElement) -> web::Wijzer {
    web::Wijzer::new(host.clone()).unwrap()
}

#[wasm_bindgen_test]
fn the_tree_is_drawn_in_the_language_and_direction_of_the_attributes() {
    let host = host(&[]);
    let mut w = wijzer(&host);
    assert!(host.shadow_root().is_some(), "an open shadow root");
    let lijst = w.teken();
    assert!(heeft(&lijst, &["a", "1", "dir", "ltr"]) && heeft(&lijst, &["a", "1", "lang", "nl"]));
    assert!(heeft(&lijst, &["a", "1", "translate", "no"]));
    assert!(lijst.contains("Inburgeringswijzer") && lijst.contains("aria-live"));
    assert!(heeft(&lijst, &["r", ""]), "the shadow root is emptied first");
    host.set_attribute("lang", "ar").unwrap();
    let lijst = w.attribuut();
    assert!(heeft(&lijst, &["a", "1", "dir", "rtl"]) && lijst.contains("دليل الاندماج"));
    host.set_attribute("lang", "ti").unwrap();
    host.set_attribute("onderdeel", "ontzorgen").unwrap();
    let lijst = w.attribuut();
    assert!(lijst.contains("o:leefvorm") && !lijst.contains("a:verblijf"));
    host.set_attribute("modus", "medewerker").unwrap();
    assert!(w.attribuut().contains("samenvatting"));
}

#[wasm_bindgen_test]
fn a_rejected_answer_is_tied_to_its_field_and_an_unchanged_one_draws_nothing() {
    let host = host(&[("onderdeel", "ontzorgen")]);
    let mut w = wijzer(&host);
    w.teken();
    for (naam, waarde) in [
        ("o:startdatum.dag", "1"),
        ("o:startdatum.maand", "4"),
        ("o:startdatum.jaar", "2024"),
        ("o:leefvorm", "alleenstaande"),
        ("o:geboortedatum.dag", "1"),
        ("o:geboortedatum.maand", "7"),
        ("o:geboortedatum.jaar", "1988"),
    ] {
        w.invoer(naam, waarde);
    }
    let lijst = w.invoer("o:vasteLasten.huur", "veel");
    let markering = opdrachten(&lijst).into_iter().find(|op| op[0] == "f").expect("the fields are marked");
    let fout_id = markering[2];
    assert!(fout_id.starts_with("fout-"), "{markering:?}");
    assert!(heeft(&lijst, &["d", &format!("#{fout_id}"), "hidden"]), "the error is shown");
    assert_eq!(w.invoer("o:vasteLasten.huur", "veel"), "", "the same value again changes nothing");
    // Switching the language translates the error; the typed text is the input's value.
    host.set_attribute("lang", "tr").unwrap();
    let lijst = w.attribuut();
    assert!(lijst.contains("\u{1f}value\u{1f}veel\u{1e}"));
    assert!(lijst.contains("cevap") || lijst.contains("tutar"));
}

#[wasm_bindgen_test]
fn a_configuration_that_arrives_after_the_answers_shows_its_offers() {
    let mut wijzer = wijzer(&host(&[("onderdeel", "advies")]));
    wijzer.teken();
    for (naam, waarde) in [
        ("a:geboortedatum.dag", "2"),
        ("a:geboortedatum.maand", "4"),
        ("a:geboortedatum.jaar", "1996"),
        ("a:nationaliteit", "ER"),
        ("a:verblijf", "geen"),
    ] {
        assert!(!wijzer.invoer(naam, waarde).contains("Taalcafé De Brug"));
    }
    // Same heading (no name, no contact), so the element updates instead of rebuilding.
    let config =
        js_sys::JSON::parse(r#"{"perspectief": [{"voor": ["geen"], "soort": "cursus", "titel": "Taalcafé De Brug"}]}"#)
            .unwrap();
    let lijst = wijzer.gemeente(config, "");
    assert!(lijst.contains("Taalcafé De Brug"), "{lijst}");
    assert!(!heeft(&lijst, &["r", ""]), "no rebuild: the person may be typing");
}

/// The module's own allocator (src/web/geheugen.rs) as the module's global allocator on
/// `memory.grow`: blocks of every size class, alignments up to a page, growth by realloc, and
/// reuse after free, each checked by its contents. Its model test runs natively (geheugen.rs).
#[wasm_bindgen_test]
fn the_allocator_keeps_every_block_apart_and_reuses_freed_ones() {
    let mut blokken: Vec<Vec<u8>> = (0..24).map(|k| vec![k as u8; (1usize << k) - 1 + k]).collect();
    for (k, blok) in blokken.iter().enumerate() {
        assert!(blok.iter().all(|&b| b == k as u8), "block {k} overwritten");
    }
    #[repr(align(4096))]
    struct Pagina([u8; 4096]);
    let pagina = Box::new(Pagina([7; 4096]));
    assert_eq!(&*pagina as *const Pagina as usize % 4096, 0);
    let mut groeiend = Vec::new();
    for i in 0..100_000u32 {
        groeiend.push(i);
    }
    assert!(groeiend.iter().enumerate().all(|(i, &v)| v == i as u32), "realloc keeps the contents");
    let adres = blokken[10].as_ptr();
    blokken.swap_remove(10);
    let opnieuw = vec![1u8; (1 << 10) - 1 + 10];
    assert_eq!(opnieuw.as_ptr(), adres, "a freed block serves the next request of its size");
    assert!(pagina.0.iter().all(|&b| b == 7));
}
