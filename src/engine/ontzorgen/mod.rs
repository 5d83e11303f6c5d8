//! The ontzorgen budget (contract: `ontzorgen`). Implemented in issue 4.

use serde::Serialize;

use super::fout::Fout;
use super::json::Json;
use crate::i18n::fouten;

/// The schedule for one household (contract: `schema`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Schema {}

/// Reads a `huishouden` and gives the schedule, or the first input error.
pub fn ontzorgen(invoer: &Json) -> Result<Schema, Fout> {
    let _ = invoer;
    Err(Fout::new("", &fouten::NIET_GEIMPLEMENTEERD))
}
