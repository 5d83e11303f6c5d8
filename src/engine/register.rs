//! The register of the rule data: every law's parameters, as each module declares them with
//! [`parameters!`](crate::parameters), reachable from one list ([`PARAMETERS`]), with the known
//! coming changes. It stands above every module that declares parameters, so nothing keeps a
//! list of its own: the staleness report (`wijzer controle`), the order test and each answer's
//! `regelsTot` all read it. `tests/controle.rs` fails when a `Parameter` declared in `src/` is
//! in none of these lists.

use chrono::NaiveDate;

use super::param::{Aangekondigd, Controle, Controleerbaar};
use super::{advies, aow, ontzorgen};

/// Each law's parameters: a list of modules, not of parameters.
pub const PARAMETERS: &[&[&dyn Controleerbaar]] = &[
    advies::regels::PARAMETERS,
    advies::plan::PARAMETERS,
    ontzorgen::PARAMETERS,
    ontzorgen::norm::PARAMETERS,
    ontzorgen::huurgrens::PARAMETERS,
    aow::PARAMETERS,
];

/// The known coming changes of each law's parameters, declared next to them.
pub const AANGEKONDIGD: &[&[Aangekondigd]] =
    &[ontzorgen::norm::AANGEKONDIGD, ontzorgen::huurgrens::AANGEKONDIGD, aow::AANGEKONDIGD];

/// The parameters an answer draws on, as the days each was last checked: plain functions
/// (`parameters!` makes them next to [`PARAMETERS`]), so the wasm module, which needs only these
/// dates, compiles no trait object's methods for every value type.
pub type Gebruikt = &'static [&'static [fn() -> NaiveDate]];

/// The advice without a plan: its own rules and the AOW table.
pub const ADVIES: Gebruikt = &[advies::regels::LAATST_GECONTROLEERD, aow::LAATST_GECONTROLEERD];
/// The advice with an exam plan: the planner's parameters too.
pub const ADVIES_MET_PLAN: Gebruikt =
    &[advies::regels::LAATST_GECONTROLEERD, advies::plan::LAATST_GECONTROLEERD, aow::LAATST_GECONTROLEERD];
/// The widget's foot: every parameter the widget can use, both engines and the planner, so it
/// says what `pkg/manifest.json` says (its `regelsTot`, from an advice with a plan).
pub const VOET: Gebruikt = &[
    advies::regels::LAATST_GECONTROLEERD,
    advies::plan::LAATST_GECONTROLEERD,
    ontzorgen::LAATST_GECONTROLEERD,
    ontzorgen::norm::LAATST_GECONTROLEERD,
    ontzorgen::huurgrens::LAATST_GECONTROLEERD,
    aow::LAATST_GECONTROLEERD,
];

/// `regelsTot`: the earliest day on which one of the parameters `gebruikt` names was last
/// checked against its source. Every rule those parameters carry was confirmed on or after it.
pub fn regels_tot(gebruikt: Gebruikt) -> NaiveDate {
    gebruikt.iter().flat_map(|lijst| lijst.iter()).map(|datum| datum()).min().unwrap_or(NaiveDate::MIN)
}

/// The coming changes that have no confirmed row yet: what `wijzer controle` lists after the
/// rows to check again.
pub fn open_aankondigingen() -> Vec<Aangekondigd> {
    let parameter = |naam: &str| PARAMETERS.iter().flat_map(|lijst| lijst.iter()).find(|p| p.naam() == naam);
    let mut open: Vec<Aangekondigd> = AANGEKONDIGD
        .iter()
        .flat_map(|lijst| lijst.iter())
        .filter(|a| parameter(a.parameter).is_none_or(|p| !p.bevestigd_vanaf(a.per)))
        .copied()
        .collect();
    open.sort_by_key(|a| a.bekend);
    open
}

/// Every row of every parameter of the rule data, parameter by parameter: what the staleness
/// report (`wijzer controle --op DATE`) checks.
pub fn alle_controles() -> Vec<Controle> {
    PARAMETERS.iter().flat_map(|lijst| lijst.iter()).flat_map(|parameter| parameter.controles()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eerste(lijsten: &[&[&dyn Controleerbaar]]) -> NaiveDate {
        lijsten.iter().flat_map(|l| l.iter()).map(|p| p.gecontroleerd()).min().unwrap()
    }

    #[test]
    fn regels_tot_is_the_earliest_last_check_of_the_rules_an_answer_uses() {
        use advies::{plan, regels};
        assert_eq!(regels_tot(ADVIES), eerste(&[regels::PARAMETERS, aow::PARAMETERS]));
        assert_eq!(regels_tot(ADVIES_MET_PLAN), eerste(&[regels::PARAMETERS, plan::PARAMETERS, aow::PARAMETERS]));
        // The foot counts every parameter of the register.
        assert_eq!(VOET.len(), PARAMETERS.len());
        assert_eq!(regels_tot(VOET), eerste(PARAMETERS));
        // The planner's DUO lead times were last read before the statutes: a plan lowers it.
        assert!(regels_tot(ADVIES_MET_PLAN) < regels_tot(ADVIES));
        // pkg/manifest.json takes its regelsTot from an advice with a plan
        // (tests/tools/manifest.mjs): the foot must say the same, or that tool must change.
        assert_eq!(regels_tot(VOET), regels_tot(ADVIES_MET_PLAN));
    }
}
