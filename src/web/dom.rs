//! A tiny element builder that hides the `JsCast` noise from the view code. Text always goes in
//! as text nodes; there is no way to insert HTML.

use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Document, Element};

#[inline(never)]
pub fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// An element under construction.
pub struct El(pub Element);

impl El {
    #[inline(never)]
    pub fn new(tag: &str) -> El {
        El(document().create_element(tag).unwrap_throw())
    }

    #[inline(never)]
    pub fn attr(self, naam: &str, waarde: &str) -> El {
        let _ = self.0.set_attribute(naam, waarde);
        self
    }

    #[inline(never)]
    pub fn attr_als(self, voorwaarde: bool, naam: &str, waarde: &str) -> El {
        if voorwaarde {
            self.attr(naam, waarde)
        } else {
            self
        }
    }

    #[inline(never)]
    pub fn class(self, waarde: &str) -> El {
        self.attr("class", waarde)
    }

    #[inline(never)]
    pub fn id(self, waarde: &str) -> El {
        self.attr("id", waarde)
    }

    /// Appends `tekst` as a text node.
    #[inline(never)]
    pub fn text(self, tekst: &str) -> El {
        let _ = self.0.append_with_str_1(tekst);
        self
    }

    #[inline(never)]
    pub fn kind(self, kind: El) -> El {
        let _ = self.0.append_child(&kind.0);
        self
    }

    #[inline(never)]
    pub fn kinderen(self, kinderen: impl IntoIterator<Item = El>) -> El {
        for kind in kinderen {
            let _ = self.0.append_child(&kind.0);
        }
        self
    }

    #[inline(never)]
    pub fn cast<T: JsCast>(&self) -> Option<T> {
        self.0.clone().dyn_into::<T>().ok()
    }
}

/// Removes every child of `element` and appends `kinderen`.
#[inline(never)]
pub fn vervang(element: &Element, kinderen: impl IntoIterator<Item = El>) {
    element.set_text_content(None);
    for kind in kinderen {
        let _ = element.append_child(&kind.0);
    }
}

/// Sets or removes a boolean attribute such as `hidden`.
#[inline(never)]
pub fn zet(element: &Element, naam: &str, aan: bool) {
    let _ = if aan { element.set_attribute(naam, "") } else { element.remove_attribute(naam) };
}

/// A link from configuration or law data: only `https:`, `mailto:` and `tel:` get an `href`;
/// anything else becomes plain text.
#[inline(never)]
pub fn veilige_link(url: &str, tekst: &str) -> El {
    let klein = url.trim_start().to_ascii_lowercase();
    if ["https:", "mailto:", "tel:"].iter().any(|p| klein.starts_with(p)) {
        let a = El::new("a").attr("href", url).text(tekst);
        if klein.starts_with("https:") {
            a.attr("rel", "noopener noreferrer").attr("target", "_blank")
        } else {
            a
        }
    } else {
        El::new("span").text(tekst)
    }
}
