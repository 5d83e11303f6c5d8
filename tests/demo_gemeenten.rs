//! The demo gemeente configurations in `www/` stay valid: each is read by the core exactly as
//! the widget reads it. The JSON Schema for web teams (`www/gemeente.schema.json`) names the
//! same fields as the validator, and the bad configurations of `tests/gemeente/fout.json` are
//! refused by the validator at their path (`tests/e2e/schema.test.mjs` checks that the schema
//! refuses them too, and accepts the demo files).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use inburgeringswijzer::engine::antwoord;
use inburgeringswijzer::engine::gemeente::{self, Gemeente};
use inburgeringswijzer::engine::json::Json;

fn lees(pad: &str) -> String {
    let pad = format!("{}/{pad}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&pad).expect(&pad)
}

fn demo(naam: &str) -> Json {
    Json::lees_tekst(&lees(&format!("www/gemeente-{naam}.json"))).unwrap_or_else(|f| panic!("{naam}: {f:?}"))
}

#[test]
fn every_demo_configuration_is_valid() {
    for naam in ["haarlem", "amsterdam", "utrecht"] {
        let json = demo(naam);
        let meldingen: Vec<String> = Gemeente::controleer(&json).iter().map(|f| f.veld.clone()).collect();
        assert!(meldingen.is_empty(), "{naam}: {meldingen:?}");
        let gemeente = Gemeente::lees(&json).unwrap();
        assert!(!gemeente.perspectief.is_empty(), "{naam} has local offers");
        assert!(!gemeente.traject.is_empty() && !gemeente.contacten.is_empty(), "{naam} has a traject and a card");
        for aanbod in &gemeente.perspectief {
            for link in aanbod.link.iter() {
                assert!(link.starts_with("https://www."), "{naam}: {link}");
            }
        }
        for stap in &gemeente.traject {
            assert!(stap.bron.as_ref().is_some_and(|b| b.contains("Issue 15")), "{naam}: where the step comes from");
        }
    }
}

#[test]
fn a_haarlem_status_holder_in_week_3_of_the_introductieprogramma() {
    let gemeente = Gemeente::lees(&demo("haarlem")).unwrap();
    let situatie = r#"{"peildatum": "2026-03-18", "geboortedatum": "1995-05-01", "nationaliteit": "ER", "verblijf": "asiel",
        "verblijfsdatum": "2026-01-05", "bijstand": true, "bijstandSinds": "2026-02-09"}"#;
    let antwoord = antwoord::antwoord(&Json::lees_tekst(situatie).unwrap(), &gemeente).unwrap();
    let intro = antwoord.traject.iter().find(|s| s.naam.nl == "Introductieprogramma").unwrap();
    assert_eq!(intro.status, inburgeringswijzer::engine::traject::Status::Bezig { week: 3, weken: 5 });
    assert_eq!(intro.uitvoerder.as_ref().map(|c| c.id.as_str()), Some("klantmanager"));
    // Route steps wait for the PIP; the onderwijs team is not for a route not advised.
    assert!(antwoord.traject.iter().all(|s| !s.naam.nl.starts_with("Opleiding")));
}

#[test]
fn the_utrecht_region_serves_two_gemeenten() {
    let json = demo("utrecht");
    let (utrecht, m1) = Gemeente::lees_voor(&json, Some("utrecht")).unwrap();
    let (nieuwegein, m2) = Gemeente::lees_voor(&json, Some("nieuwegein")).unwrap();
    assert!(m1.is_empty() && m2.is_empty());
    assert_eq!((utrecht.naam.as_deref(), nieuwegein.naam.as_deref()), (Some("Utrecht"), Some("Nieuwegein")));
    assert_eq!(utrecht.contact.website.as_deref(), Some("https://www.utrecht.nl"));
    assert_eq!(nieuwegein.contact.website.as_deref(), Some("https://www.nieuwegein.nl"));
    assert_eq!(utrecht.traject, nieuwegein.traject, "one approach");
}

#[test]
fn every_bad_case_is_refused_at_its_path() {
    let gevallen: serde_json::Value = serde_json::from_str(&lees("tests/gemeente/fout.json")).unwrap();
    for geval in gevallen.as_array().unwrap() {
        let pad = geval["pad"].as_str().unwrap();
        let json = Json::lees_tekst(&geval["config"].to_string()).unwrap();
        let meldingen: Vec<String> = Gemeente::controleer(&json).into_iter().map(|f| f.veld.clone()).collect();
        assert!(meldingen.iter().any(|m| m == pad), "{pad}: {meldingen:?}");
        // The strict reading (the contract's) refuses it too; it reads a regional file's shared part.
        assert!(pad.starts_with("gemeenten.") || Gemeente::lees(&json).is_err(), "{pad}");
    }
}

fn schema_velden(schema: &serde_json::Value, pad: &[&str]) -> BTreeSet<String> {
    let mut deel = schema;
    for stap in pad {
        deel = &deel[stap];
    }
    deel["properties"].as_object().unwrap_or_else(|| panic!("{pad:?}")).keys().cloned().collect()
}

#[test]
fn the_schema_names_the_fields_the_validator_reads() {
    let schema: serde_json::Value = serde_json::from_str(&lees("www/gemeente.schema.json")).unwrap();
    let set = |lijst: &[&str]| lijst.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(schema_velden(&schema, &[]), set(&gemeente::TOP_VELDEN));
    let eigen = &gemeente::TOP_VELDEN[..gemeente::TOP_VELDEN.len() - 2];
    assert_eq!(schema_velden(&schema, &["definitions", "instellingen"]), set(eigen));
    assert_eq!(schema_velden(&schema, &["definitions", "stap"]), set(gemeente::STAP_VELDEN));
    assert_eq!(schema_velden(&schema, &["definitions", "contactpersoon"]), set(gemeente::CONTACT_VELDEN));
    assert_eq!(schema_velden(&schema, &["definitions", "aanbod"]), set(gemeente::AANBOD_VELDEN));
}
