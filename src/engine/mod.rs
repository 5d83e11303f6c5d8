//! The rules core. Pure Rust: no browser bindings, and no clock (every date
//! the rules need, "today" included, is an input).

/// The pensioengerechtigde leeftijd (AOW) by date of birth, shared by advies and ontzorgen.
pub mod aow;
/// Law references: which statute, article, BWB id and version date a rule rests on.
pub mod bron;
/// Calendar arithmetic: strict ISO dates, month periods with end-of-month clamping, ages.
pub mod datum;
/// Validation errors with the JSON path of the offending field and a stable code.
pub mod fout;
/// Money in integer eurocents and the one rounding function.
pub mod geld;
/// The JSON value the boundary hands to the core, and a reader that tracks field paths.
pub mod json;
/// Parameters as dated rows: value, start date, source and certainty.
pub mod param;
/// The explanation entries that back every decision with its source.
pub mod uitleg;

pub use fout::Fout;
pub use json::Json;

/// Route advice under the Wet inburgering 2021: who must integrate, which law, which
/// leerroute, and every deadline.
pub mod advies;
/// The gemeente's configuration: name, contact, local offers (`perspectief`), policy settings.
pub mod gemeente;
/// The ontzorgen budget (Participatiewet art. 56a): norms, withholdings and leefgeld per month.
pub mod ontzorgen;
/// The person's own dated traject: the gemeente's steps for them, with their status.
pub mod traject;

/// Every row of every [`param::Parameter`] of the rule data, parameter by parameter: what the
/// staleness report (`wijzer controle --op DATE`) checks. `tests/controle.rs` scans `src/` for
/// declarations and fails when one is missing from these lists.
pub fn alle_controles() -> Vec<param::Controle> {
    let ontzorgen: [&dyn param::Controleerbaar; 4] =
        [&ontzorgen::NORMEN, &ontzorgen::VAKANTIETOESLAG, &ontzorgen::KOSTENDELER_LEEFTIJD, &ontzorgen::HUURGRENS];
    advies::regels::PARAMETERS
        .iter()
        .chain(advies::plan::PARAMETERS)
        .copied()
        .chain(ontzorgen)
        .chain([&aow::AOW_LEEFTIJD as &dyn param::Controleerbaar])
        .flat_map(|parameter| parameter.controles())
        .collect()
}

/// The engine's version, carried in every result for provenance.
pub const VERSIE: &str = env!("CARGO_PKG_VERSION");
