//! The route advice: scenario files a klantmanager can read (tests/scenarios/advies), the shared
//! worked example, properties over generated situations, and the command line end to end.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

mod common;
use common::wijzer;

use chrono::{Days, NaiveDate};
use inburgeringswijzer::engine::advies::{Advies, SITUATIE};
use inburgeringswijzer::engine::antwoord::{antwoord, Antwoord};
use inburgeringswijzer::engine::codes::{Deel, Gebeurtenis, Leerroute, Regime, Status};
use inburgeringswijzer::engine::gemeente::Gemeente;
use inburgeringswijzer::engine::json::Json;
use inburgeringswijzer::engine::veld::{Soort, Veld};
use inburgeringswijzer::i18n::Waarde;
use proptest::prelude::*;
use serde_json::{json, Value};

/// The advice (or its `fout`) as contract JSON.
fn uitkomst(invoer: &Value, gemeente: &Gemeente) -> Value {
    let json = Json::lees_tekst(&invoer.to_string()).expect("readable JSON");
    match antwoord(&json, gemeente) {
        Ok(antwoord) => common::als_waarde(&antwoord),
        Err(fout) => common::als_waarde(&fout),
    }
}

/// Haarlem's demo configuration (www/gemeente-haarlem.json).
fn haarlem() -> Gemeente {
    let tekst =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("www/gemeente-haarlem.json")).unwrap();
    Gemeente::lees(&Json::lees_tekst(&tekst).unwrap()).expect("Haarlem's demo configuration")
}

const SCENARIO_VELDEN: &[&str] = &["naam", "omschrijving", "gemeente", "invoer", "verwacht"];

#[test]
fn scenario_files() {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/advies");
    let mut paden: Vec<_> = std::fs::read_dir(&map).unwrap().map(|e| e.unwrap().path()).collect();
    paden.sort();
    assert!(paden.len() >= 30, "only {} scenarios", paden.len());
    let mut fouten = Vec::new();
    for pad in paden {
        let scenario: Value = serde_json::from_str(&std::fs::read_to_string(&pad).unwrap()).expect("scenario JSON");
        let naam = pad.file_name().unwrap().to_string_lossy().into_owned();
        let velden = scenario.as_object().expect("scenario object");
        for sleutel in velden.keys() {
            assert!(SCENARIO_VELDEN.contains(&sleutel.as_str()), "{naam}: unknown key {sleutel}");
        }
        for sleutel in ["naam", "omschrijving", "invoer", "verwacht"] {
            assert!(velden.contains_key(sleutel), "{naam}: missing {sleutel}");
        }
        let gemeente = match velden.get("gemeente") {
            Some(g) => Gemeente::lees(&Json::lees_tekst(&g.to_string()).unwrap()).expect("gemeente"),
            None => Gemeente::standaard(),
        };
        let echt = uitkomst(&scenario["invoer"], &gemeente);
        if let Err(waarom) = common::deel_van(&scenario["verwacht"], &echt, "") {
            fouten.push(format!("{naam}: {waarom}"));
        }
    }
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
}

#[test]
fn the_shared_worked_example_holds() {
    let pad = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/examples/advies-statushouder.json");
    let tekst = std::fs::read_to_string(&pad).unwrap_or_else(|_| {
        // The shared folder is absent in a bare checkout: the same case is a scenario file too.
        std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/advies/statushouder-voorbeeld.json"),
        )
        .unwrap()
        .replace("\"verwacht\"", "\"verwacht (deel)\"")
    });
    let voorbeeld: Value = serde_json::from_str(&tekst).unwrap();
    let echt = uitkomst(&voorbeeld["invoer"], &Gemeente::standaard());
    common::deel_van(&voorbeeld["verwacht (deel)"], &echt, "").unwrap();
}

/// Every decision in the output is backed by an explanation with a source.
fn elke_beslissing_heeft_uitleg(a: &Advies) -> Result<(), String> {
    let regels: Vec<&str> = a.uitleg.iter().map(|u| u.regel.code).collect();
    let heeft = |voorvoegsels: &[&str]| regels.iter().any(|r| voorvoegsels.iter().any(|v| r.starts_with(v)));
    let eisen: [(bool, &[&str]); 9] = [
        (true, &["plichtig", "niet_plichtig", "te_jong", "aow_bereikt", "vrijstelling_"]),
        (a.wet.is_some(), &["wet_"]),
        (a.vrijstelling.is_some(), &["vrijstelling_"]),
        (a.leerroute.is_some(), &["route_"]),
        (!a.onderdelen.is_empty(), &["onderdelen", "wi2013_inhoud"]),
        (a.pip_uiterlijk.is_some(), &["pip_uiterlijk"]),
        (a.termijn.is_some(), &["termijn"]),
        (a.ontzorgen.is_some(), &["ontzorgen"]),
        (a.perspectief.is_some(), &["perspectief"]),
    ];
    for (nodig, voorvoegsels) in eisen {
        if nodig && !heeft(voorvoegsels) {
            return Err(format!("no uitleg for {voorvoegsels:?} in {regels:?}"));
        }
    }
    if !a.alternatieven.is_empty() && !heeft(&["alternatief_"]) {
        return Err("alternatives without uitleg".into());
    }
    if a.aow_datum.is_some() && !heeft(&["aow_datum"]) {
        return Err("aowDatum without uitleg".into());
    }
    for u in &a.uitleg {
        if u.bron.label().trim().is_empty() || u.bron.plaats.is_empty() {
            return Err(format!("{} without bron", u.regel.code));
        }
    }
    Ok(())
}

fn datum() -> impl Strategy<Value = String> {
    (1950i32..2030, 1u32..=12, 1u32..=31).prop_map(|(j, m, d)| format!("{j:04}-{m:02}-{d:02}"))
}

/// A value of a declared field's kind: dates around the situations, codes from the field's own
/// list, nested objects with their required fields and each optional one present, `null` or
/// absent.
fn waarde(veld: &'static Veld) -> BoxedStrategy<Value> {
    match veld.soort {
        Soort::Datum => datum().prop_map(Value::String).boxed(),
        Soort::JaNee => any::<bool>().prop_map(Value::Bool).boxed(),
        Soort::Geheel(min, max) => (min..=max).prop_map(|n| json!(n)).boxed(),
        Soort::Bedrag => (0i64..1_000_000).prop_map(|n| json!(n)).boxed(),
        Soort::Keuze(codes) => prop::sample::select(codes.to_vec()).prop_map(|c| json!(c)).boxed(),
        Soort::Tekst => prop::sample::select(vec!["SY", "ER", "TR", "DE", "XX", "NL"]).prop_map(|c| json!(c)).boxed(),
        Soort::Object(binnen) => velden(binnen, |v| v.verplicht.is_some())
            .prop_map(|velden| Value::Object(velden.into_iter().collect()))
            .boxed(),
        Soort::Lijst(binnen) => prop::collection::vec(waarde_van_object(binnen), 0..3).prop_map(Value::Array).boxed(),
    }
}

fn waarde_van_object(binnen: &'static [Veld]) -> BoxedStrategy<Value> {
    velden(binnen, |v| v.verplicht.is_some()).prop_map(|velden| Value::Object(velden.into_iter().collect())).boxed()
}

/// The fields of `declaratie`, those `altijd` picks always given, the others each present,
/// `null` or absent.
fn velden(declaratie: &'static [Veld], altijd: fn(&Veld) -> bool) -> BoxedStrategy<Vec<(String, Value)>> {
    let delen: Vec<BoxedStrategy<Option<(String, Value)>>> = declaratie
        .iter()
        .map(|veld| {
            let gegeven = waarde(veld).prop_map(move |w| Some((veld.naam.to_owned(), w)));
            if altijd(veld) {
                gegeven.boxed()
            } else {
                prop_oneof![Just(None), Just(Some((veld.naam.to_owned(), Value::Null))), gegeven].boxed()
            }
        })
        .collect();
    delen.prop_map(|delen| delen.into_iter().flatten().collect()).boxed()
}

/// A situation from the declaration (`SITUATIE`): the peildatum, birth date, nationality and
/// permit always given, every other answer present, `null` or absent (an optional field added
/// to the declaration is generated here too). `behaald` is left to the plan's property, which
/// adds its own.
fn situatie() -> impl Strategy<Value = Vec<(String, Value)>> {
    let top: &'static [Veld] = SITUATIE;
    velden(top, |v| ["peildatum", "geboortedatum", "nationaliteit", "verblijf"].contains(&v.naam))
        .prop_map(|velden| velden.into_iter().filter(|(naam, _)| naam != "behaald").collect())
}

/// The date given for `naam`, if any.
fn gegeven_datum(velden: &[(String, Value)], naam: &str) -> Option<NaiveDate> {
    let (_, waarde) = velden.iter().find(|(n, _)| n == naam)?;
    NaiveDate::parse_from_str(waarde.as_str()?, "%Y-%m-%d").ok()
}

/// The PIP deadline (Besluit inburgering 2021 art. 5.3 lid 1, both sentences) and DUO's rules 5
/// and 7 on the PIP's date (`duonl/gemeente-m2m-inburgering`), over one advice.
fn pip_regels(velden: &[(String, Value)], a: &Advies) -> Result<(), String> {
    let brief = gegeven_datum(velden, "duoBriefDatum");
    let huis = gegeven_datum(velden, "huisvestingDatum");
    let regels: Vec<&str> = a.uitleg.iter().map(|u| u.regel.code).collect();
    let wi2021 = a.wet == Some(Regime::Wi2021);
    if let (Some(uiterlijk), Some(brief)) = (a.pip_uiterlijk, brief) {
        // Never before 10 weeks after the later of the letter and housing.
        let later = huis.map_or(brief, |h| h.max(brief));
        if uiterlijk < later + Days::new(70) {
            return Err(format!("pipUiterlijk {uiterlijk} before 10 weeks after {later}"));
        }
    }
    // No date for the asylum group without housing: the sentence that it moves, and the question.
    let schuift = regels.contains(&"pip_na_huisvesting");
    let gevraagd = a.open_vragen.iter().any(|v| v.veld == "huisvestingDatum");
    if wi2021 && brief.is_some() && a.pip_uiterlijk.is_none() != schuift {
        return Err(format!("no pipUiterlijk and no pip_na_huisvesting: {regels:?}"));
    }
    if schuift && (huis.is_some() || !gevraagd) {
        return Err("the PIP date moves with housing, but housing is known or not asked".into());
    }
    let (Some(pip), Some(termijn)) = (gegeven_datum(velden, "pipDatum"), a.termijn) else { return Ok(()) };
    let vraag_pip = a.open_vragen.iter().filter(|v| v.veld == "pipDatum").count();
    let ontstaan = a.uitleg.iter().find(|u| u.regel.code == "plichtig").and_then(|u| match u.waarden.first() {
        Some(Waarde::Datum(d)) => Some(*d),
        _ => None,
    });
    let verwacht = [ontstaan, huis, brief].iter().filter(|grens| grens.is_some_and(|g| pip < g)).count();
    if vraag_pip != verwacht || termijn.begin <= pip {
        return Err(format!("PIP {pip}: {vraag_pip} questions, {verwacht} expected"));
    }
    Ok(())
}

/// Issue 23's rules on one advice and its plan: the extension for aanzienlijke inspanningen only
/// in the B1-route (Besluit inburgering 2021 art. 4.4 lid 2 onder a), and never "no fine" beside
/// "a fine" or "a new fine" for the same person.
fn verlenging_en_boete(a: &Advies) -> Result<(), String> {
    let mut regels: Vec<&str> = a.uitleg.iter().map(|u| u.regel.code).collect();
    regels.extend(a.plan.iter().flat_map(|p| p.uitleg.iter().map(|u| u.regel.code)));
    let inspanningen =
        regels.iter().any(|r| ["verlenging", "verlenging_inspanningen", "verlenging_inspanningen_uren"].contains(r));
    if inspanningen && a.leerroute != Some(Leerroute::B1) {
        return Err(format!("an extension for aanzienlijke inspanningen outside the B1-route: {regels:?}"));
    }
    let geen = regels.iter().any(|r| ["geen_boete_asiel", "boete_asiel"].contains(r));
    let wel = regels.iter().any(|r| ["boete", "nieuwe_termijn", "boete_wi2013"].contains(r));
    if geen && wel {
        return Err(format!("no fine and a fine for the same person: {regels:?}"));
    }
    Ok(())
}

fn als_tekst(velden: &[(String, Value)]) -> String {
    let delen: Vec<String> = velden.iter().map(|(k, v)| format!("{}:{v}", json!(k))).collect();
    format!("{{{}}}", delen.join(","))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn advice_is_consistent_whatever_the_input(velden in situatie(), schud in any::<u64>()) {
        let tekst = als_tekst(&velden);
        let json = Json::lees_tekst(&tekst).unwrap();
        // Haarlem's demo: a traject with steps timed from the permit, housing, bijstand and PIP.
        let gemeente = haarlem();
        let uitkomst = antwoord(&json, &gemeente);
        // The order of the input's fields does not matter.
        let mut omgekeerd = velden.clone();
        omgekeerd.rotate_left((schud as usize) % velden.len());
        omgekeerd.reverse();
        let andersom = antwoord(&Json::lees_tekst(&als_tekst(&omgekeerd)).unwrap(), &gemeente);
        prop_assert_eq!(&uitkomst, &andersom);
        match uitkomst {
            Err(fout) => {
                prop_assert!(!fout.code().is_empty());
                prop_assert!(!fout.melding(inburgeringswijzer::i18n::Taal::Nl).is_empty());
            }
            Ok(antwoord) => {
                let a = antwoord.advies;
                if let Some(t) = a.termijn {
                    prop_assert!(t.einde > t.begin);
                    prop_assert!(t.routewissel_uiterlijk < t.einde);
                    prop_assert!(t.routewissel_uiterlijk > t.begin);
                }
                if let Some(o) = a.ontzorgen {
                    prop_assert!(o.tot > o.van);
                }
                // A step after housing has a date exactly when the housing date is given; without
                // it, the date is an open question.
                let gehuisvest = velden.iter().any(|(n, w)| n == "huisvestingDatum" && !w.is_null());
                let na_huisvesting: Vec<_> =
                    antwoord.traject.iter().filter(|s| s.na == Some(Gebeurtenis::Huisvesting)).collect();
                prop_assert!(na_huisvesting.iter().all(|s| s.begin.is_some() == gehuisvest));
                let gevraagd = a.open_vragen.iter().any(|v| v.veld == "huisvestingDatum");
                let pip_schuift = a.uitleg.iter().any(|u| u.regel.code == "pip_na_huisvesting");
                prop_assert_eq!(gevraagd, !gehuisvest && (pip_schuift || !na_huisvesting.is_empty()));
                if let Err(waarom) = pip_regels(&velden, &a).and(verlenging_en_boete(&a)) {
                    prop_assert!(false, "{}", waarom);
                }
                prop_assert_eq!(a.wet.is_some(), a.inburgeringsplichtig);
                prop_assert!(a.inburgeringsplichtig || a.perspectief.as_ref().is_some_and(|p| !p.is_empty()));
                if let Err(waarom) = elke_beslissing_heeft_uitleg(&a) {
                    prop_assert!(false, "{}", waarom);
                }
            }
        }
    }

    #[test]
    fn the_plan_keeps_the_contracts_invariants(
        velden in situatie(),
        behaald in prop::collection::vec((prop::sample::select(Deel::CODES), prop::option::of(datum())), 0..4),
    ) {
        let mut velden = velden;
        let lijst: Vec<Value> = behaald
            .iter()
            .map(|(o, d)| match d {
                Some(d) => json!({"onderdeel": o, "datum": d}),
                None => json!({"onderdeel": o}),
            })
            .collect();
        velden.push(("behaald".to_owned(), Value::Array(lijst)));
        // Read where the core read it (an answer without one is refused).
        let peildatum = gegeven_datum(&velden, "peildatum").unwrap_or(NaiveDate::MAX);
        let dag = |d: &Option<String>| d.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        // Issue 23 point 9: passed is passed, so no part but a PVT or MAP (DUO's rules, below) has
        // a day after the peildatum: such a day is refused at its own field.
        let later = |o: &str, d: &Option<String>| !matches!(o, "pvt" | "map") && dag(d).is_some_and(|d| d > peildatum);
        let uitkomst = antwoord(&Json::lees_tekst(&als_tekst(&velden)).unwrap(), &Gemeente::standaard());
        if let Err(fout) = &uitkomst {
            if fout.code() == "datum_na_peildatum" && fout.veld.starts_with("behaald[") {
                let i: usize = fout.veld["behaald[".len()..].split(']').next().unwrap().parse().unwrap();
                prop_assert!(later(behaald[i].0, &behaald[i].1), "{}", fout.veld);
            }
        }
        let Ok(Antwoord { advies: a, .. }) = uitkomst else { return Ok(()) };
        prop_assert!(!behaald.iter().any(|(o, d)| later(o, d)));
        prop_assert_eq!(a.plan.is_some(), a.inburgeringsplichtig);
        let Some(plan) = a.plan else { return Ok(()) };
        for deel in &plan.onderdelen {
            let gehaald = behaald.iter().any(|(o, _)| *o == deel.deel.code());
            if deel.deel.is_examen() || matches!(deel.deel, Deel::ZRoute | Deel::Taalschakeltraject) {
                prop_assert_eq!(deel.status == Status::Behaald, gehaald, "{:?}", deel);
            }
            if let (Some(aanmelden), Some(examen)) = (deel.aanmelden_uiterlijk, deel.examen_uiterlijk) {
                prop_assert!(aanmelden < examen);
            }
            if let (Some(examen), Some(t)) = (deel.examen_uiterlijk, a.termijn) {
                prop_assert!(examen <= t.einde);
                // DUO rule 22: planned dates inside the term.
                prop_assert!(deel.uiterlijk().is_some_and(|d| d > t.begin));
            }
            // DUO rules 27 and 29: a PVT or MAP counts as done only from the term's start up to
            // the peildatum; otherwise the advice asks about its date.
            if matches!(deel.deel, Deel::Pvt | Deel::Map) {
                let telt = |d: Option<NaiveDate>| d.is_none_or(|d| d <= peildatum && a.termijn.is_none_or(|t| d >= t.begin));
                let opgegeven: Vec<_> = behaald.iter().enumerate().filter(|(_, (o, _))| *o == deel.deel.code()).collect();
                let geldig = opgegeven.iter().any(|(_, (_, d))| telt(dag(d)));
                prop_assert_eq!(deel.status == Status::Behaald, geldig, "{:?}", deel);
                for (i, (_, d)) in &opgegeven {
                    let gevraagd = a.open_vragen.iter().any(|v| v.veld == format!("behaald[{i}].datum"));
                    prop_assert_eq!(gevraagd, !telt(dag(d)));
                }
            }
            prop_assert_eq!(deel.examen_uiterlijk.is_some(), a.termijn.is_some());
        }
        // Besluit art. 3.5 lid 1: the Staatsexamen NT2 caveat only in the B1-route; DUO's news item
        // of 31 July 2026 on Schrijven and Spreken A2 from that day, wherever one of them is open.
        let regels: Vec<&str> = plan.uitleg.iter().map(|u| u.regel.code).collect();
        if regels.contains(&"plan_staatsexamen_nt2") {
            prop_assert_eq!(a.leerroute, Some(Leerroute::B1));
        }
        let a2_open = plan.onderdelen.iter().any(|d| matches!(d.deel, Deel::Schrijven | Deel::Spreken) && d.status != Status::Behaald);
        let bericht = NaiveDate::from_ymd_opt(2026, 7, 31).unwrap();
        prop_assert_eq!(regels.contains(&"plan_uitslag_a2_langer"), a2_open && peildatum >= bericht, "{:?}", regels);
        let taal = [Deel::Lezen, Deel::Luisteren, Deel::Schrijven, Deel::Spreken];
        if a.leerroute == Some(Leerroute::Z) {
            prop_assert!(plan.onderdelen.iter().all(|d| !taal.contains(&d.deel)));
            prop_assert!(!plan.naturalisatie.voldoet_diploma);
            prop_assert_eq!(plan.naturalisatie.vroegst, None);
        }
        let eerste = plan.onderdelen.iter().filter(|d| d.status == Status::Open).filter_map(|d| d.aanmelden_uiterlijk.or(d.examen_uiterlijk)).min();
        prop_assert_eq!(plan.begin_uiterlijk, eerste);
        prop_assert!(plan.kosten.examengeld.is_some());
        prop_assert_eq!(plan.kosten.lening_mogelijk, !plan.kosten.betaalt_gemeente);
    }

    /// Rijkswet art. 8 lid 1 onder c and d: with every part done, the earliest request is the
    /// later of the years of residence and the last day passed. A part done on a day not known
    /// was done by the peildatum (issue 23 point 9), so the date is known once the years end on
    /// or after it, and not before.
    #[test]
    fn naturalisation_waits_for_the_last_part_passed(
        verblijf in 0u64..1800,
        peil in 0u64..1800,
        score in prop::sample::select(vec![20u32, 31]),
        dagen in prop::collection::vec(prop::option::weighted(0.7, 0u64..1800), Deel::CODES.len()),
    ) {
        // A status holder with a permit from 2022, today up to five years on, every part listed.
        let dag = |n: u64| NaiveDate::from_ymd_opt(2022, 1, 1).unwrap() + Days::new(n);
        let (verblijf, peildatum) = (dag(verblijf), dag(verblijf) + Days::new(peil));
        let lijst: Vec<Value> = Deel::CODES
            .iter()
            .zip(&dagen)
            .map(|(o, d)| match d {
                Some(d) => json!({"onderdeel": o, "datum": dag(*d).to_string()}),
                None => json!({"onderdeel": o}),
            })
            .collect();
        let invoer = json!({
            "peildatum": peildatum.to_string(), "geboortedatum": "1990-01-01", "nationaliteit": "SY",
            "verblijf": "asiel", "verblijfsdatum": verblijf.to_string(), "nlDiploma": false,
            "leerplichtig": false, "wilOpleiding": false,
            "leerbaarheidstoets": {"score": score, "datum": verblijf.to_string()}, "behaald": lijst,
        });
        let Ok(Antwoord { advies: a, .. }) = antwoord(&Json::lees_tekst(&invoer.to_string()).unwrap(), &Gemeente::standaard()) else {
            return Ok(());
        };
        let Some(plan) = a.plan else { return Ok(()) };
        if !plan.naturalisatie.voldoet_diploma || plan.onderdelen.iter().any(|d| d.status != Status::Behaald) {
            return Ok(());
        }
        let wonen = verblijf + chrono::Months::new(12 * 5);
        let dagen: Vec<_> = plan.onderdelen.iter().map(|d| d.behaald_op).collect();
        let verwacht = match dagen.iter().all(Option::is_some) {
            true => dagen.iter().flatten().max().map(|d| wonen.max(*d)),
            false => (wonen >= peildatum).then_some(wonen),
        };
        prop_assert_eq!(plan.naturalisatie.vroegst, verwacht);
    }

    #[test]
    fn arbitrary_json_never_panics(tekst in "\\{(\"[a-zA-Z]{1,14}\":(null|true|1|-3|41|\"[0-9-]{0,12}\"|\\{\\}|\\[\\]),?){0,8}\\}") {
        if let Ok(json) = Json::lees_tekst(&tekst) {
            let _ = antwoord(&json, &Gemeente::standaard());
        }
    }
}

const GOED: &str = r#"{"peildatum":"2026-11-22","geboortedatum":"1996-04-02","nationaliteit":"SY","verblijf":"asiel","verblijfsdatum":"2026-02-16"}"#;
const SLECHT: &str =
    r#"{"peildatum":"2026-11-22","geboortedatum":"1996-04-02","nationaliteit":"SY","verblijf":"asiel"}"#;

#[test]
fn command_line_end_to_end() {
    let (code, uit) = wijzer(&["advies"], GOED);
    assert_eq!(code, 0);
    let advies: Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(advies["inburgeringsplichtig"], json!(true));
    assert_eq!(advies["herkomst"]["versie"], json!(env!("CARGO_PKG_VERSION")));

    let (code, uit) = wijzer(&["advies"], SLECHT);
    assert_eq!(code, 2);
    let fout: Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(fout["fout"]["veld"], json!("verblijfsdatum"));
    assert_eq!(fout["fout"]["code"], json!("verplicht"));
    assert!(fout["fout"]["melding"].as_str().is_some_and(|m| !m.is_empty()));

    let (code, uit) = wijzer(&["advies", "--jsonl"], format!("{GOED}\n{SLECHT}\n{GOED}\n"));
    assert_eq!(code, 0);
    let regels: Vec<Value> = uit.lines().map(|r| serde_json::from_str(r).unwrap()).collect();
    assert_eq!(regels.len(), 3);
    assert_eq!(regels[0]["wet"], json!("wi2021"));
    assert_eq!(regels[1]["fout"]["code"], json!("verplicht"));
    assert_eq!(regels[2]["wet"], json!("wi2021"));
}

#[test]
fn a_caseload_lists_its_first_action_dates() {
    // Two cases with a PIP: the B1-route's first registration date, and the Z-route's first
    // part to finish (term end 11 May 2029 less the 4 weeks' margin).
    let b1 = r#"{"peildatum":"2026-11-22","geboortedatum":"1996-04-02","nationaliteit":"SY","verblijf":"asiel","verblijfsdatum":"2026-02-16","duoBriefDatum":"2026-03-09","pipDatum":"2026-05-11","leerbaarheidstoets":{"score":31,"datum":"2026-04-20"}}"#;
    let z = b1.replace(r#""score":31"#, r#""score":12"#);
    let (code, uit) = wijzer(&["advies", "--jsonl"], format!("{b1}\n{z}\n{GOED}\n"));
    assert_eq!(code, 0);
    let eerste: Vec<Value> =
        uit.lines().map(|r| serde_json::from_str::<Value>(r).unwrap()["plan"]["beginUiterlijk"].clone()).collect();
    assert_eq!(eerste, [json!("2028-12-29"), json!("2029-04-13"), Value::Null]);
}

#[test]
fn command_line_reads_a_gemeente_file() {
    let pad = std::env::temp_dir().join(format!("gemeente-advies-{}.json", std::process::id()));
    std::fs::write(
        &pad,
        r#"{"naam":"Haarlem","perspectief":[{"voor":["geen"],"soort":"cursus","titel":"Taalcafé","link":"https://x.nl"}]}"#,
    )
    .unwrap();
    let invoer = r#"{"peildatum":"2026-11-22","geboortedatum":"1990-01-01","nationaliteit":"XX","verblijf":"geen"}"#;
    let (code, uit) = wijzer(&["advies", "--gemeente", pad.to_str().unwrap()], invoer);
    let _ = std::fs::remove_file(&pad);
    assert_eq!(code, 0);
    let advies: Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(
        advies["perspectief"],
        json!([{"soort":"cursus","titel":"Taalcafé","omschrijving":null,"aanbieder":null,"link":"https://x.nl","telefoon":null}])
    );
}
