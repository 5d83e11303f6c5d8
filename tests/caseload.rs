//! The caseload on whole files: the scenario files a klantmanager can read
//! (`tests/scenarios/caseload/`), the demo's generated sample and the generated 1,000-line file
//! with bad lines in it (both made by `tests/tools/caseload.py`).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use inburgeringswijzer::basis::datum;
use inburgeringswijzer::engine::caseload::{self, werklijst::werklijst, Caseload};
use inburgeringswijzer::engine::gemeente::Gemeente;
use inburgeringswijzer::engine::json::Json;
use inburgeringswijzer::i18n::Taal;
use serde_json::Value;

fn bestand(pad: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(pad)).unwrap()
}

fn gemeente(pad: &str) -> Gemeente {
    Gemeente::lees(&Json::lees_tekst(std::str::from_utf8(&bestand(pad)).unwrap()).unwrap()).unwrap()
}

fn op() -> chrono::NaiveDate {
    datum::dag(2026, 12, 7)
}

/// The bad lines as the command line writes them: "regel 6: veld: melding".
fn fouten(caseload: &Caseload) -> Vec<String> {
    caseload
        .fouten
        .iter()
        .map(|r| format!("regel {}: {}: {}", r.regel, r.fout.veld, r.fout.melding(Taal::Nl)))
        .collect()
}

const SCENARIO_VELDEN: &[&str] = &["naam", "omschrijving", "gemeente", "op", "caseload", "verwacht"];

#[test]
fn scenario_files() {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/caseload");
    let mut paden: Vec<_> = std::fs::read_dir(&map).unwrap().map(|e| e.unwrap().path()).collect();
    paden.sort();
    assert!(!paden.is_empty());
    for pad in paden {
        let naam = pad.file_name().unwrap().to_string_lossy().into_owned();
        let scenario: Value = serde_json::from_str(&std::fs::read_to_string(&pad).unwrap()).expect("scenario JSON");
        let velden = scenario.as_object().expect("scenario object");
        for sleutel in velden.keys() {
            assert!(SCENARIO_VELDEN.contains(&sleutel.as_str()), "{naam}: unknown key {sleutel}");
        }
        let tekst = |v: &Value| v.as_str().unwrap_or_else(|| panic!("{naam}: {v} is not text")).to_owned();
        let regels = |v: &Value| v.as_array().unwrap().iter().map(tekst).collect::<Vec<_>>();
        let gemeente = velden.get("gemeente").map_or_else(Gemeente::standaard, |g| gemeente(&tekst(g)));
        let op = datum::lees(&tekst(&scenario["op"])).unwrap();
        let invoer = regels(&scenario["caseload"]).join("\n");
        let caseload = caseload::lees(invoer.as_bytes(), op, &gemeente).unwrap();
        let lijst = werklijst(&caseload);
        let echt: Vec<&str> = lijst.strip_prefix('\u{feff}').unwrap().split_terminator("\r\n").collect();
        assert_eq!(echt, regels(&scenario["verwacht"]["werklijst"]), "{naam}");
        assert_eq!(fouten(&caseload), regels(&scenario["verwacht"]["fouten"]), "{naam}");
    }
}

#[test]
fn the_sample_is_what_its_script_writes_and_every_line_reads() {
    let python = std::process::Command::new("python3")
        .args(["tests/tools/caseload.py", "--check"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs");
    assert!(python.status.success(), "{}", String::from_utf8_lossy(&python.stderr));
    let caseload =
        caseload::lees(&bestand("www/caseload-voorbeeld.csv"), op(), &gemeente("www/gemeente-haarlem.json")).unwrap();
    assert_eq!((caseload.klanten.len(), fouten(&caseload)), (200, Vec::<String>::new()));
    // Across Haarlem's traject: overdue clients on top, each of the gemeente's kinds of step,
    // the law's dates and the plan's among the next actions.
    let acties: Vec<_> = caseload.klanten.iter().map(|k| k.actie(op())).collect();
    assert!(acties[0].as_ref().is_some_and(|a| a.te_laat));
    let teksten: Vec<String> = acties.iter().flatten().map(|a| a.tekst(Taal::Nl)).collect();
    for tekst in ["PIP vaststellen", "Laatste dag om van route te wisselen", "Einde ontzorgen", "Brede intake"] {
        assert!(teksten.iter().any(|t| t == tekst), "{tekst}");
    }
    assert!(teksten.iter().any(|t| t.starts_with("Laatste dag aanmelden: ")));
    assert!(acties.iter().any(Option::is_none), "clients with nothing to do, at the bottom");
}

#[test]
fn a_thousand_lines_with_bad_ones_cost_only_those_lines() {
    let caseload =
        caseload::lees(&bestand("tests/caseload/duizend-met-fouten.csv"), op(), &Gemeente::standaard()).unwrap();
    let verwacht: Vec<(usize, String, String)> =
        std::str::from_utf8(&bestand("tests/caseload/duizend-met-fouten.verwacht"))
            .unwrap()
            .lines()
            .map(|regel| {
                let delen: Vec<&str> = regel.split(';').collect();
                (delen[0].parse().unwrap(), delen[1].to_owned(), delen[2].to_owned())
            })
            .collect();
    let echt: Vec<(usize, String, String)> =
        caseload.fouten.iter().map(|r| (r.regel, r.fout.veld.clone(), r.fout.code().to_owned())).collect();
    assert_eq!(echt, verwacht);
    let tekst = String::from_utf8(bestand("tests/caseload/duizend-met-fouten.csv")).unwrap();
    let gevuld = tekst.lines().skip(1).filter(|regel| !regel.trim().is_empty()).count();
    assert_eq!(caseload.klanten.len() + caseload.fouten.len(), gevuld, "every other line is a client");
    let mut regels: Vec<usize> = caseload.klanten.iter().map(|k| k.regel).chain(verwacht.iter().map(|v| v.0)).collect();
    regels.sort();
    regels.dedup();
    assert_eq!(regels.len(), gevuld, "each line once");
}
