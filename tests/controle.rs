//! The rule data cannot drift: every `Parameter` declared in `src/` is registered (declared in a
//! `parameters!` block whose list `register::PARAMETERS` joins), exactly once, and every
//! parameter's rows are in ascending date order.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

mod common;

use inburgeringswijzer::engine::ontzorgen::NORMEN;
use inburgeringswijzer::engine::param::Controleerbaar;
use inburgeringswijzer::engine::register::{self, alle_controles};

fn rs_bestanden(map: &Path, uit: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(map).unwrap() {
        let pad = entry.unwrap().path();
        if pad.is_dir() {
            rs_bestanden(&pad, uit);
        } else if pad.extension().is_some_and(|e| e == "rs") {
            uit.push(pad);
        }
    }
}

/// The `naam` of every `const`/`static` of type `Parameter<…>` in `src/`, outside test modules.
fn gedeclareerd() -> BTreeSet<String> {
    let mut bestanden = Vec::new();
    rs_bestanden(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut bestanden);
    let mut namen = BTreeSet::new();
    for pad in bestanden {
        let tekst = std::fs::read_to_string(&pad).unwrap();
        // Test modules (at the end of a file) declare throwaway parameters.
        let tekst = tekst.split("#[cfg(test)]").next().unwrap();
        let mut declaraties = 0;
        let mut rest = tekst;
        while let Some(i) = rest.find(": Parameter<") {
            let kop = rest[..i].rsplit('\n').next().unwrap().trim().to_owned();
            rest = &rest[i + 1..];
            let woorden: Vec<&str> = kop.split_whitespace().collect();
            if !matches!(woorden[..], [.., "const" | "static", naam] if !naam.starts_with('$')) {
                continue; // a function argument, a field or the macro's pattern, not a declaration
            }
            declaraties += 1;
            let naam = rest.split("naam: \"").nth(1).and_then(|s| s.split('"').next());
            let naam = naam.unwrap_or_else(|| panic!("{kop} in {pad:?}: no literal naam"));
            assert!(namen.insert(naam.to_owned()), "two parameters named {naam}");
        }
        // A parameter built any other way (an untyped `let`, a macro) would slip past the scan.
        assert_eq!(tekst.matches("Parameter {").count(), declaraties, "{pad:?}: a Parameter the scan cannot see");
    }
    namen
}

#[test]
fn every_declared_parameter_is_in_the_staleness_registry_once() {
    let gedeclareerd = gedeclareerd();
    assert!(gedeclareerd.len() >= 20, "the scan found too few parameters: {gedeclareerd:?}");
    let controles = alle_controles();
    // The registry lists parameter by parameter: a name that comes back after another was listed twice.
    let mut gezien = Vec::<&str>::new();
    for controle in &controles {
        if gezien.last() != Some(&controle.naam) {
            assert!(!gezien.contains(&controle.naam), "{} is in the registry twice", controle.naam);
            gezien.push(controle.naam);
        }
    }
    let in_register: BTreeSet<String> = gezien.iter().map(|naam| naam.to_string()).collect();
    let ontbreekt: Vec<_> = gedeclareerd.difference(&in_register).collect();
    assert!(ontbreekt.is_empty(), "declared in src/ but not in register::alle_controles(): {ontbreekt:?}");
    let onbekend: Vec<_> = in_register.difference(&gedeclareerd).collect();
    assert!(onbekend.is_empty(), "in the registry but not declared in src/: {onbekend:?}");
}

/// The rows of one parameter out of ascending date order, for every parameter of the rule data.
fn uit_volgorde(lijsten: &[&[&dyn Controleerbaar]]) -> Vec<String> {
    lijsten
        .iter()
        .flat_map(|lijst| lijst.iter())
        .filter_map(|p| p.uit_volgorde().map(|(a, b)| format!("{}: {a} before {b}", p.naam())))
        .collect()
}

#[test]
fn every_parameter_has_its_rows_in_ascending_date_order() {
    // `Parameter::geldend` takes the last row on or before the date: rows out of order would
    // silently give an older value.
    let fouten = uit_volgorde(register::PARAMETERS);
    assert!(fouten.is_empty(), "rows out of order: {fouten:?}");
}

#[test]
fn the_order_check_finds_a_planted_disorder() {
    use inburgeringswijzer::basis::datum::dag;
    use inburgeringswijzer::engine::bron::{Bron, Wet};
    use inburgeringswijzer::engine::param::{Parameter, Rij, Zekerheid};
    const fn rij(vanaf: chrono::NaiveDate) -> Rij<u32> {
        Rij {
            vanaf,
            waarde: 1,
            bron: Bron::new(Wet::Beleid, "test"),
            herkomst: "test",
            zekerheid: Zekerheid::Bevestigd,
            gecontroleerd: dag(2026, 12, 1),
        }
    }
    const VERKEERD: Parameter<u32> = Parameter {
        naam: "verkeerd",
        vluchtig: false,
        rijen: &[rij(dag(2024, 1, 1)), rij(dag(2026, 1, 1)), rij(dag(2025, 1, 1))],
    };
    const DUBBEL: Parameter<u32> =
        Parameter { naam: "dubbel", vluchtig: false, rijen: &[rij(dag(2024, 1, 1)), rij(dag(2024, 1, 1))] };
    assert_eq!(uit_volgorde(&[&[&VERKEERD]]), ["verkeerd: 2026-01-01 before 2025-01-01"]);
    assert_eq!(uit_volgorde(&[&[&DUBBEL]]), ["dubbel: 2024-01-01 before 2024-01-01"]);
}

#[test]
fn every_announced_change_names_a_registered_parameter() {
    let namen: Vec<&str> = register::PARAMETERS.iter().flat_map(|lijst| lijst.iter()).map(|p| p.naam()).collect();
    for a in register::AANGEKONDIGD.iter().flat_map(|lijst| lijst.iter()) {
        assert!(namen.contains(&a.parameter), "{} is not a parameter", a.parameter);
    }
}

#[test]
fn the_report_lists_coming_changes_without_a_row_and_never_fails() {
    // On 1 December 2026 the 2027 norms have no row: listed, after the rows to check, exit 0.
    let (code, uit) = common::wijzer(&["controle", "--op", "2026-12-01"], b"");
    assert_eq!(code, 0, "a report, not a gate");
    let komend = uit.split("Aangekondigde wijzigingen zonder bevestigde rij").nth(1).expect(&uit);
    assert!(komend.lines().any(|r| r.contains("2027-01-01") && r.contains("participatiewet_normen")), "{uit}");
    // A confirmed row for that date would take it off the list.
    let open = register::open_aankondigingen();
    assert!(open
        .iter()
        .all(|a| a.parameter != "participatiewet_normen" || a.per > NORMEN.laatste_wijziging().unwrap()));
    assert!(open.windows(2).all(|paar| paar[0].bekend <= paar[1].bekend));
}
