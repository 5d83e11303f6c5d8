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
/// The JSON writer: how results leave the core.
pub mod schrijver;
/// The explanation entries that back every decision with its source.
pub mod uitleg;
/// One declaration per contract input type: the fields, their kinds and when they apply.
pub mod veld;

/// Route advice under the Wet inburgering 2021: who must integrate, which law, which
/// leerroute, and every deadline.
pub mod advies;
/// The contract's answer to a `situatie`: the advice, the gemeente's traject for the person,
/// the housing question it raises, and the answer's provenance.
pub mod antwoord;
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

/// The register of the rule data: every law's parameters in one list, the known coming changes,
/// and each answer's `regelsTot`.
pub mod register;
