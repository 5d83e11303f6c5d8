//! The rules core. Pure Rust: no browser bindings, and no clock (every date
//! the rules need, "today" included, is an input).

/// The pensioengerechtigde leeftijd (AOW) by date of birth, shared by advies and ontzorgen.
pub mod aow;
/// Law references: which statute, article, BWB id and version date a rule rests on.
pub mod bron;
/// The contract's codes: each closed list of codes, declared once.
pub mod codes;
/// Validation errors with the JSON path of the offending field and a stable code.
pub mod fout;
/// The JSON value the boundary hands to the core, and a reader that tracks field paths.
pub mod json;
/// Parameters as dated rows: value, start date, source and certainty.
pub mod param;
/// The explanation entries that back every decision with its source.
pub mod uitleg;
/// One declaration per contract input type: the fields, their kinds and when they apply.
pub mod veld;

pub use crate::basis::{datum, geld};
pub use fout::Fout;
pub use json::Json;

/// Route advice under the Wet inburgering 2021: who must integrate, which law, which
/// leerroute, and every deadline.
pub mod advies;
/// Many clients at once for staff: a caseload file read line by line through the advice, each
/// client's next action, the filters, and the worklist (`werklijst.csv`).
pub mod caseload;
/// The gemeente's configuration: name, contact, local offers (`perspectief`), policy settings.
pub mod gemeente;
/// The ontzorgen budget (Participatiewet art. 56a): norms, withholdings and leefgeld per month.
pub mod ontzorgen;
/// The person's one timeline: the statutory dates, the exam plan and the traject, in date order.
pub mod tijdlijn;
/// The person's own dated traject: the gemeente's steps for them, with their status.
pub mod traject;

/// Each law's parameters, as declared with [`parameters!`](crate::parameters) next to them: a
/// list of modules, not of parameters. `tests/controle.rs` fails when a `Parameter` declared in
/// `src/` is in none of them, or when a module's list is missing here.
pub const PARAMETERS: &[&[&dyn param::Controleerbaar]] = &[
    advies::regels::PARAMETERS,
    advies::plan::PARAMETERS,
    ontzorgen::PARAMETERS,
    ontzorgen::norm::PARAMETERS,
    ontzorgen::huurgrens::PARAMETERS,
    aow::PARAMETERS,
];

/// The known coming changes of each law's parameters, declared next to them.
pub const AANGEKONDIGD: &[&[param::Aangekondigd]] =
    &[ontzorgen::norm::AANGEKONDIGD, ontzorgen::huurgrens::AANGEKONDIGD, aow::AANGEKONDIGD];

/// The coming changes that have no confirmed row yet: what `wijzer controle` lists after the
/// rows to check again.
pub fn open_aankondigingen() -> Vec<param::Aangekondigd> {
    let parameter = |naam: &str| PARAMETERS.iter().flat_map(|lijst| lijst.iter()).find(|p| p.naam() == naam);
    let mut open: Vec<param::Aangekondigd> = AANGEKONDIGD
        .iter()
        .flat_map(|lijst| lijst.iter())
        .filter(|a| parameter(a.parameter).is_none_or(|p| !p.bevestigd_vanaf(a.per)))
        .copied()
        .collect();
    open.sort_by_key(|a| a.bekend);
    open
}

/// Every row of every [`param::Parameter`] of the rule data, parameter by parameter: what the
/// staleness report (`wijzer controle --op DATE`) checks.
pub fn alle_controles() -> Vec<param::Controle> {
    PARAMETERS.iter().flat_map(|lijst| lijst.iter()).flat_map(|parameter| parameter.controles()).collect()
}

/// The day up to which all the rule data is confirmed: the earliest day on which one of the
/// parameters of both engines was last checked against its source (the widget's foot shows it).
pub fn regels_tot() -> chrono::NaiveDate {
    const LIJSTEN: &[&[fn() -> chrono::NaiveDate]] = &[
        advies::regels::LAATST_GECONTROLEERD,
        ontzorgen::LAATST_GECONTROLEERD,
        ontzorgen::norm::LAATST_GECONTROLEERD,
        ontzorgen::huurgrens::LAATST_GECONTROLEERD,
        aow::LAATST_GECONTROLEERD,
    ];
    LIJSTEN.iter().flat_map(|lijst| lijst.iter()).map(|datum| datum()).min().unwrap_or(chrono::NaiveDate::MIN)
}

/// The engine's version, carried in every result for provenance.
pub const VERSIE: &str = env!("CARGO_PKG_VERSION");
