//! Inburgeringswijzer: route advice under the Wet inburgering 2021 and the ontzorgen budget
//! (Participatiewet art. 56a), computed on the resident's own device.
//!
//! Two layers. Everything that decides lives in [`engine`] and [`i18n`]: plain Rust that runs
//! natively under `cargo test`. The browser shell in `web` only renders and forwards.

/// Money and dates: below both the rules and the sentences.
pub mod basis;
/// The rules core: input validation, the law as dated data, route advice and the budget.
pub mod engine;
/// Every user-facing sentence in every language, and dates and amounts formatted per language.
pub mod i18n;

/// The browser shell: wasm-bindgen exports and the `<inburgering-wijzer>` element. Only its
/// form model compiles natively (for its tests); everything touching the DOM is wasm-only.
pub mod web;
