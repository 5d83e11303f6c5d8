//! Route advice (contract: `advies`). Implemented in issue 3.

use serde::Serialize;

use super::fout::Fout;
use super::gemeente::Gemeente;
use super::json::Json;
use crate::i18n::fouten;

/// The advice for one situation (contract: `advies` output).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Advies {}

/// Reads a `situatie` and gives the advice, or the first input error.
pub fn advies(invoer: &Json, _gemeente: &Gemeente) -> Result<Advies, Fout> {
    let _ = invoer;
    Err(Fout::new("", &fouten::NIET_GEIMPLEMENTEERD))
}
