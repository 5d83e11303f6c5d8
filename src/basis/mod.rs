//! What both the rules and the sentences stand on: money and calendar dates. Imports nothing
//! of the crate (`tests/lagen.rs`).

/// Calendar arithmetic: strict ISO dates, month periods with end-of-month clamping, ages.
pub mod datum;
/// Money in integer eurocents and the one rounding function.
pub mod geld;
