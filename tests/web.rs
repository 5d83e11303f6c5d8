//! The browser shell in a real browser (wasm-pack test --headless --chrome).
#![cfg(target_arch = "wasm32")]

use inburgeringswijzer::web;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, ShadowRoot};

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

fn host(attributen: &[(&str, &str)]) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    for (naam, waarde) in attributen {
        host.set_attribute(naam, waarde).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    host
}

fn root(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root().expect("an open shadow root")
}

fn tekst(host: &HtmlElement) -> String {
    root(host).text_content().unwrap_or_default()
}

/// Sets an input or select the way a person would, and lets the element hear about it.
fn zet(host: &HtmlElement, naam: &str, waarde: &str) {
    let veld = root(host).query_selector(&format!("[name='{naam}']")).unwrap().expect(naam);
    if let Some(invoer) = veld.dyn_ref::<HtmlInputElement>() {
        invoer.set_value(waarde);
    } else {
        veld.dyn_ref::<web_sys::HtmlSelectElement>().expect("a select").set_value(waarde);
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    veld.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
fn invalid_input_throws_an_error_carrying_the_fout_object() {
    // A table of cases: (what the page passes, the contract's code).
    type Aanroep = fn() -> Result<JsValue, JsValue>;
    let gevallen: [(Aanroep, &str); 3] = [
        (|| web::advies(JsValue::from_str("geen object"), None), "verkeerd_type"),
        (
            || web::ontzorgen(js_sys::JSON::parse(r#"{"startdatum": "2024-01-01", "onbekend": 1}"#).unwrap()),
            "onbekend_veld",
        ),
        (
            || {
                web::ontzorgen(js_sys::JSON::parse(r#"{"startdatum": "2024-13-01", "leefvorm": "alleenstaande", "geboortedatum": "1990-01-01", "vasteLasten": {}}"#).unwrap())
            },
            "ongeldige_datum",
        ),
    ];
    for (aanroep, code) in gevallen {
        assert_eq!(fout_code(aanroep().unwrap_err()), code);
    }
}

#[wasm_bindgen_test]
fn mount_renders_the_form_into_an_open_shadow_root() {
    let host = host(&[]);
    let _wijzer = web::mount(host.clone()).unwrap();
    let root = root(&host);
    assert!(tekst(&host).contains("Inburgeringswijzer"));
    assert!(root.query_selector("[translate='no'][dir='ltr'][lang='nl']").unwrap().is_some());
    assert!(root.query_selector("[aria-live='polite']").unwrap().is_some());
    assert!(root.query_selector("input[type='date']").unwrap().is_none(), "dates are day, month by name, year");
    assert!(root.query_selector("fieldset > legend").unwrap().is_some());
}

#[wasm_bindgen_test]
fn attribute_changes_switch_language_direction_and_parts() {
    let host = host(&[("lang", "ar")]);
    let wijzer = web::Wijzer::new(host.clone()).unwrap();
    assert!(root(&host).query_selector("[dir='rtl'][lang='ar']").unwrap().is_some());
    assert!(tekst(&host).contains("دليل الاندماج"));
    host.set_attribute("lang", "ti").unwrap();
    host.set_attribute("onderdeel", "ontzorgen").unwrap();
    wijzer.attribuut();
    assert!(root(&host).query_selector("[dir='ltr'][lang='ti']").unwrap().is_some());
    assert!(root(&host).query_selector("[name='a:verblijf']").unwrap().is_none());
    assert!(root(&host).query_selector("[name='o:leefvorm']").unwrap().is_some());
    host.set_attribute("modus", "medewerker").unwrap();
    wijzer.attribuut();
    assert!(root(&host).query_selector("textarea#samenvatting").unwrap().is_some());
}

#[wasm_bindgen_test]
fn a_rejected_answer_is_kept_and_its_error_is_tied_to_the_field() {
    let host = host(&[("onderdeel", "ontzorgen")]);
    let _wijzer = web::Wijzer::new(host.clone()).unwrap();
    for (naam, waarde) in [
        ("o:startdatum.dag", "1"),
        ("o:startdatum.maand", "4"),
        ("o:startdatum.jaar", "2024"),
        ("o:leefvorm", "alleenstaande"),
        ("o:geboortedatum.dag", "1"),
        ("o:geboortedatum.maand", "7"),
        ("o:geboortedatum.jaar", "1988"),
        ("o:vasteLasten.huur", "veel"),
    ] {
        zet(&host, naam, waarde);
    }
    let root = root(&host);
    let invoer: HtmlInputElement =
        root.query_selector("input[name='o:vasteLasten.huur']").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(invoer.value(), "veel", "nothing typed is lost");
    assert_eq!(invoer.get_attribute("aria-invalid").as_deref(), Some("true"));
    let fout_id = invoer.get_attribute("aria-describedby").expect("tied to its error");
    let fout = root.get_element_by_id(&fout_id).expect("the error element");
    assert!(!fout.has_attribute("hidden"));
    assert!(fout.text_content().unwrap_or_default().len() > 5);
    // Switching the language translates the error and keeps the text.
    host.set_attribute("lang", "tr").unwrap();
    _wijzer.attribuut();
    let invoer: HtmlInputElement =
        root.query_selector("input[name='o:vasteLasten.huur']").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(invoer.value(), "veel");
    let fout = root.get_element_by_id(&fout_id).unwrap().text_content().unwrap_or_default();
    assert!(fout.contains("cevap") || fout.contains("tutar"), "{fout}");
}

#[wasm_bindgen_test]
fn unmount_removes_the_listeners_and_a_new_handle_renders_again() {
    let host = host(&[]);
    let wijzer = web::Wijzer::new(host.clone()).unwrap();
    drop(wijzer);
    // Typing into a freed instance must not call a dropped closure.
    zet(&host, "a:geboortedatum.dag", "3");
    let _opnieuw = web::Wijzer::new(host.clone()).unwrap();
    assert!(tekst(&host).contains("Inburgeringswijzer"));
    assert_eq!(root(&host).query_selector_all("div.wijzer").unwrap().length(), 1);
}

#[wasm_bindgen_test]
fn a_configuration_that_arrives_after_the_answers_shows_its_offers() {
    let host = host(&[("onderdeel", "advies")]);
    let wijzer = web::Wijzer::new(host.clone()).unwrap();
    for (naam, waarde) in [
        ("a:geboortedatum.dag", "2"),
        ("a:geboortedatum.maand", "4"),
        ("a:geboortedatum.jaar", "1996"),
        ("a:nationaliteit", "ER"),
        ("a:verblijf", "geen"),
    ] {
        zet(&host, naam, waarde);
    }
    assert!(!tekst(&host).contains("Taalcafé De Brug"));
    // Same heading (no name, no contact), so the element updates instead of rebuilding.
    let config =
        js_sys::JSON::parse(r#"{"perspectief": [{"voor": ["geen"], "soort": "cursus", "titel": "Taalcafé De Brug"}]}"#)
            .unwrap();
    wijzer.gemeente(config);
    assert!(tekst(&host).contains("Taalcafé De Brug"), "{}", tekst(&host));
}
