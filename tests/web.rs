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
    js_sys::Reflect::get(&binnen, &"code".into()).unwrap().as_string().unwrap()
}

#[wasm_bindgen_test]
fn invalid_input_throws_an_error_carrying_the_fout_object() {
    assert_eq!(fout_code(web::advies(JsValue::from_str("geen object"), None).unwrap_err()), "verkeerd_type");
    let onbekend = js_sys::JSON::parse(r#"{"startdatum": "2024-01-01", "onbekend": 1}"#).unwrap();
    assert_eq!(fout_code(web::ontzorgen(onbekend).unwrap_err()), "onbekend_veld");
}

#[wasm_bindgen_test]
fn mount_renders_into_an_open_shadow_root() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    web::mount(host.clone()).unwrap();
    let root = host.shadow_root().expect("an open shadow root");
    assert!(root.text_content().unwrap_or_default().contains("Inburgeringswijzer"));
}
