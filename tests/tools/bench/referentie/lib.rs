//! The bench's reference element: one labelled text input in an open shadow root.

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

/// Renders the element's one input into its shadow root.
#[wasm_bindgen]
pub fn toon(host: HtmlElement) -> Result<(), JsValue> {
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let document = host.owner_document().ok_or("no document")?;
    let label = document.create_element("label")?;
    label.set_text_content(Some("Naam "));
    let invoer = document.create_element("input")?;
    invoer.set_attribute("name", "naam")?;
    label.append_child(&invoer)?;
    root.append_child(&label)?;
    Ok(())
}
