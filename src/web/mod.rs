//! The browser shell: the JS entry points of the contract and the `<inburgering-wijzer>`
//! element. It renders and forwards; every decision is made in [`crate::engine`].

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::gemeente::Gemeente;
use crate::engine::{advies as advies_regels, ontzorgen as ontzorgen_regels, Fout, Json};

/// Turns a core value into a plain JS object (dates as strings, `null` for absent values).
fn naar_js<T: Serialize>(waarde: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    waarde.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// The contract's error: a JS `Error` whose message is the serialised `fout` object.
fn fout_naar_js(fout: &Fout) -> JsValue {
    let tekst = js_sys::JSON::stringify(&naar_js(fout)).map(String::from).unwrap_or_default();
    js_sys::Error::new(&tekst).into()
}

fn lees_js(waarde: JsValue) -> Result<Json, Fout> {
    Json::lees(serde_wasm_bindgen::Deserializer::from(waarde))
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
        .and_then(|json| advies_regels::advies(&json, &gemeente))
        .map(|advies| naar_js(&advies))
        .map_err(|f| fout_naar_js(&f))
}

/// `ontzorgen(huishouden)`: the budget schedule as a plain object (contract: ontzorgen).
#[wasm_bindgen]
pub fn ontzorgen(huishouden: JsValue) -> Result<JsValue, JsValue> {
    lees_js(huishouden)
        .and_then(|json| ontzorgen_regels::ontzorgen(&json))
        .map(|s| naar_js(&s))
        .map_err(|f| fout_naar_js(&f))
}

/// Renders the widget into `host`'s shadow root. Called by the element's module script.
#[wasm_bindgen]
pub fn mount(host: web_sys::HtmlElement) -> Result<(), JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("no document"))?;
    let kop = document.create_element("h2")?;
    kop.set_text_content(Some("Inburgeringswijzer"));
    root.replace_children_with_node_1(&kop);
    Ok(())
}
