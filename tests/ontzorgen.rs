//! The ontzorgen budget against published tables, the contract's worked example, the scenario
//! files a klantmanager can read, properties over many households, and the command line.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

mod common;
use common::wijzer;

use chrono::NaiveDate;
use inburgeringswijzer::engine::gemeente::Gemeente;
use inburgeringswijzer::engine::json::Json;
use inburgeringswijzer::engine::ontzorgen::norm::vakantietoeslag;
use inburgeringswijzer::engine::ontzorgen::{ontzorgen, Schema, NORMEN, VAKANTIETOESLAG};
use inburgeringswijzer::engine::param::Zekerheid;
use inburgeringswijzer::i18n::Taal;
use proptest::prelude::*;
use serde::Deserialize;
use serde_json::{json, Value};

fn d(tekst: &str) -> NaiveDate {
    NaiveDate::parse_from_str(tekst, "%Y-%m-%d").unwrap()
}

fn reken(invoer: &Value) -> Value {
    reken_bij(invoer, &Gemeente::standaard())
}

fn reken_bij(invoer: &Value, gemeente: &Gemeente) -> Value {
    let json = Json::lees_tekst(&invoer.to_string()).unwrap();
    match ontzorgen(&json, gemeente) {
        Ok(schema) => common::als_waarde(&schema),
        Err(fout) => common::als_waarde(&fout),
    }
}

fn schema(invoer: &Value) -> Schema {
    ontzorgen(&Json::lees_tekst(&invoer.to_string()).unwrap(), &Gemeente::standaard()).unwrap()
}

fn alleenstaande(start: &str, maanden: u32) -> Value {
    json!({
        "startdatum": start, "maanden": maanden, "leefvorm": "alleenstaande", "geboortedatum": "1988-07-01",
        "vasteLasten": { "huur": 55000, "energie": 12000, "water": 2500, "zorgverzekering": 13500 }
    })
}

// ---- published tables -------------------------------------------------------------------------

#[test]
fn norms_of_1_january_2024_match_the_published_table_to_the_cent() {
    let n = NORMEN.op(d("2024-01-01")).unwrap().waarde;
    // Statute text of 1-1-2024 (Pw art. 20, 21) = the published normentabel.
    assert_eq!((n.alleen, n.gehuwd), (128_383, 183_404));
    assert_eq!((n.jong_alleen, n.jong_gehuwd, n.gemengd), (31_694, 63_388, 123_396));
    assert_eq!((n.jong_alleen_ouder, n.jong_gehuwd_kind, n.gemengd_kind), (31_694, 100_069, 160_077));
    // 64,19 = 5 % of 1.283,83 (64,1915 rounded): the contract's published check. Pw art. 19 lid 3:
    // "4,8 procent per 1 januari 2009: 5 procent van die bijstand" (4,8 % would give 61,62).
    let aandeel = VAKANTIETOESLAG.op(d("2024-01-01")).unwrap();
    assert_eq!(vakantietoeslag(n.alleen, &aandeel.waarde), 6_419);
    assert_eq!(n.alleen - vakantietoeslag(n.alleen, &aandeel.waarde), 121_964);
    assert_eq!(aandeel.zekerheid, Zekerheid::Bevestigd);
}

#[test]
fn kostendelersnorm_for_two_to_eight_persons_on_1_january_2024() {
    // (40 % + A × 30 %) / A × 1.834,04, half up: 50 %, 43,33 %, 40 %, 38 %, 36,67 %, 35,71 %, 35 %.
    // The municipal tables print the same amounts (917,02; 794,75; 733,62; 696,94; 672,48 ...);
    // the rule computes them from the exact fraction, so no rounded percentage is trusted.
    let n = NORMEN.op(d("2024-01-01")).unwrap().waarde;
    let per_persoon: Vec<i64> = (2..=8).map(|a| n.kostendelersnorm(n.gehuwd, a)).collect();
    assert_eq!(per_persoon, [91_702, 79_475, 73_362, 69_694, 67_248, 65_501, 64_191]);
}

#[test]
fn statutory_amounts_of_1_january_2026() {
    let n = NORMEN.op(d("2026-01-01")).unwrap().waarde;
    assert_eq!((n.alleen, n.gehuwd), (140_150, 200_213));
    // facts.md §5.2 derived example: one kostendeler → 1.001,07 (100.106,5 cents rounds up).
    assert_eq!(n.kostendelersnorm(n.gehuwd, 2), 100_107);
    let s = schema(&alleenstaande("2026-01-01", 1));
    // 5 % of 1.401,50 = 70,075: half up to 70,08.
    assert_eq!((s.maanden[0].norm_incl_vakantietoeslag, s.maanden[0].vakantietoeslag), (140_150, 7_008));
}

#[test]
fn statutory_amounts_of_1_july_2026_to_the_cent() {
    // Pw art. 20, 21, 22 and 22a lid 3 in regelrecht-corpus participatiewet/2026-07-01.yaml.
    let n = NORMEN.geldend(d("2026-07-01")).unwrap();
    assert_eq!(n.vanaf, d("2026-07-01"));
    let n = n.waarde;
    assert_eq!((n.jong_alleen, n.jong_gehuwd, n.gemengd), (35_042, 70_084, 136_432));
    assert_eq!((n.jong_alleen_ouder, n.jong_gehuwd_kind, n.gemengd_kind), (35_042, 110_640, 176_988));
    assert_eq!(n.verhoging_jongere, Some(76_224));
    assert_eq!((n.alleen, n.gehuwd), (141_946, 202_779));
    assert_eq!((n.aow_alleen, n.aow_gehuwd, n.aow_een), (158_734, 217_610, 217_610));
    assert_eq!((n.gemengd_kostendelers, n.gemengd_kostendelers_kind), (35_042, 75_598));
    // The issue's example: a single person of 30 from June 2026 gets 1.419,46 from July.
    let s = schema(&alleenstaande("2026-06-01", 2));
    let normen: Vec<i64> = s.maanden.iter().map(|m| m.norm_incl_vakantietoeslag).collect();
    assert_eq!(normen, [140_150, 141_946]);
    assert!(s.maanden.iter().all(|m| !m.norm_indicatief));
}

#[test]
fn a_lookup_before_the_first_norm_row_is_an_error_not_the_first_row() {
    let eerste = NORMEN.eerste_dag();
    let fout = NORMEN.geldend(eerste.pred_opt().unwrap()).unwrap_err();
    assert_eq!((fout.naam, fout.eerste), ("participatiewet_normen", eerste));
    assert!(NORMEN.geldend(eerste).is_ok());
}

#[test]
fn couples_with_kostendelers_get_the_sum_of_both_norms() {
    let invoer = json!({
        "startdatum": "2024-01-01", "maanden": 1, "leefvorm": "gehuwden", "geboortedatum": "1990-01-01",
        "partnerGeboortedatum": "1991-01-01", "kostendelers": 1, "vasteLasten": { "zorgverzekering": 27000 }
    });
    // A = 3: 2 × 794,75.
    let paar = schema(&invoer);
    assert_eq!(paar.maanden[0].norm_incl_vakantietoeslag, 2 * 79_475);
    // The explanation cites the paragraph that applies, with the norm row's percentages.
    let uitleg = |s: &Schema| {
        s.uitleg.iter().find(|u| u.regel.code == "kostendelersnorm").map(|u| (u.bron.label(), u.tekst(Taal::Nl)))
    };
    assert_eq!(
        uitleg(&paar),
        Some((
            "Participatiewet art. 22a lid 2".to_owned(),
            "Er tellen 3 personen mee: ieder krijgt (40% + 3 × 30%) / 3 van de norm voor gehuwden.".to_owned()
        ))
    );
    // Art. 22a lid 3: a 19-year-old spouse is not counted in A; 683,75 (with children) plus the
    // older spouse's kostendelersnorm with A = 2 (917,02).
    let mut gemengd = invoer.clone();
    gemengd["partnerGeboortedatum"] = json!("2004-06-01");
    gemengd["kinderen"] = json!(1);
    let s = schema(&gemengd);
    assert_eq!(s.maanden[0].norm_incl_vakantietoeslag, 68_375 + 91_702);
    assert_eq!(s.maanden[0].norm_bron.label(), "Participatiewet art. 22a lid 3");
    assert_eq!(uitleg(&s).map(|(bron, _)| bron).as_deref(), Some("Participatiewet art. 22a lid 3"));
    gemengd["kostendelers"] = json!(0);
    assert_eq!(schema(&gemengd).maanden[0].norm_incl_vakantietoeslag, 160_077);
}

#[test]
fn the_kostendelers_sentence_names_the_age_of_art_19a_on_the_start_date() {
    let invoer = json!({
        "startdatum": "2024-01-01", "maanden": 1, "leefvorm": "alleenstaande", "geboortedatum": "1990-01-01",
        "kostendelers": 2, "vasteLasten": {}
    });
    let s = schema(&invoer);
    let zin = s.uitleg.iter().find(|u| u.regel.code == "kostendelers").expect("the kostendelers sentence");
    assert_eq!(zin.bron.label(), "Participatiewet art. 19a lid 1");
    assert_eq!(zin.tekst(Taal::Nl), "Kostendelende medebewoners van 27 jaar of ouder: 2.");
    assert_eq!(zin.tekst(Taal::En), "Cost-sharing housemates aged 27 or older: 2.");
}

#[test]
fn aow_age_switches_to_art_22() {
    // Born 1 March 1957: AOW age 67 on 1 March 2024; norm art. 22 onder a from that month.
    let invoer = json!({
        "startdatum": "2024-02-01", "maanden": 2, "leefvorm": "alleenstaande", "geboortedatum": "1957-03-01",
        "vasteLasten": { "zorgverzekering": 13000 }
    });
    let s = schema(&invoer);
    assert_eq!(s.maanden[0].norm_incl_vakantietoeslag, 128_383);
    assert_eq!(s.maanden[1].norm_incl_vakantietoeslag, 142_576);
    assert_eq!(s.maanden[1].norm_bron.label(), "Participatiewet art. 22 onder a");
}

#[test]
fn youth_increase_exists_only_from_2026_and_is_capped() {
    let jong = |start: &str| {
        json!({
            "startdatum": start, "maanden": 1, "leefvorm": "alleenstaande", "geboortedatum": "2006-06-01",
            "geenOnderhoudOuders": true, "vasteLasten": { "zorgverzekering": 13000 }
        })
    };
    // 2026: 345,99 + 746,45 = 1.092,44, below the 21+ norm 1.401,50.
    assert_eq!(schema(&jong("2026-01-01")).maanden[0].norm_incl_vakantietoeslag, 109_244);
    // 2025: no statutory amount: the norm stays 337,98 and a warning says so.
    let s = schema(&jong("2025-07-01"));
    assert_eq!(s.maanden[0].norm_incl_vakantietoeslag, 33_798);
    assert!(s.waarschuwingen.iter().any(|w| w.code() == "verhoging_zonder_bedrag"));
}

// ---- the contract's worked example and the scenario files --------------------------------------

/// The contract's worked example is a scenario file (so a bare clone tests it); where the
/// shared folder is present, the file must still be that example.
#[test]
fn the_worked_example_of_the_contract_is_a_scenario_file() {
    let eigen: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/ontzorgen/contract-voorbeeld-2024.json"),
        )
        .unwrap(),
    )
    .unwrap();
    common::deel_van(&eigen["verwacht"], &reken(&eigen["invoer"]), "schema").unwrap();
    let gedeeld = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/examples/ontzorgen-alleenstaande-2024.json");
    if let Ok(tekst) = std::fs::read_to_string(gedeeld) {
        let voorbeeld: Value = serde_json::from_str(&tekst).unwrap();
        assert_eq!((&voorbeeld["invoer"], &voorbeeld["verwacht (deel)"]), (&eigen["invoer"], &eigen["verwacht"]));
    }
}

/// A scenario file; an unknown key (a typo) fails the test. `gemeente`: a configuration
/// (otherwise the built-in default).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    naam: String,
    omschrijving: String,
    #[serde(default)]
    gemeente: Option<Value>,
    invoer: Value,
    verwacht: Value,
}

#[test]
fn scenario_files_pass() {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/ontzorgen");
    let mut aantal = 0;
    for bestand in std::fs::read_dir(map).unwrap() {
        let pad = bestand.unwrap().path();
        let tekst = std::fs::read_to_string(&pad).unwrap();
        let scenario: Scenario = serde_json::from_str(&tekst).unwrap_or_else(|e| panic!("{}: {e}", pad.display()));
        assert!(!scenario.naam.is_empty() && !scenario.omschrijving.is_empty(), "{}", pad.display());
        let gemeente = match &scenario.gemeente {
            Some(g) => Gemeente::lees(&Json::lees_tekst(&g.to_string()).unwrap()).unwrap(),
            None => Gemeente::standaard(),
        };
        common::deel_van(&scenario.verwacht, &reken_bij(&scenario.invoer, &gemeente), &scenario.naam).unwrap();
        aantal += 1;
    }
    assert!(aantal >= 5, "scenario files found: {aantal}");
}

#[test]
fn a_typo_in_a_scenario_key_is_an_error() {
    let fout =
        serde_json::from_str::<Scenario>(r#"{"naam":"x","omschrijving":"y","invoer":{},"verwacht":{},"verwahct":{}}"#);
    assert!(fout.is_err());
}

// ---- boundaries ---------------------------------------------------------------------------------

#[test]
fn a_start_on_the_31st_clamps_at_month_end_without_gaps() {
    let s = schema(&alleenstaande("2024-01-31", 3));
    let perioden: Vec<(NaiveDate, NaiveDate)> = s.maanden.iter().map(|m| (m.van, m.tot)).collect();
    assert_eq!(
        perioden,
        [(d("2024-01-31"), d("2024-02-28")), (d("2024-02-29"), d("2024-03-30")), (d("2024-03-31"), d("2024-04-29")),]
    );
}

#[test]
fn a_schedule_across_1_january_takes_the_new_norm() {
    let s = schema(&alleenstaande("2024-11-01", 3));
    let normen: Vec<i64> = s.maanden.iter().map(|m| m.norm_incl_vakantietoeslag).collect();
    assert_eq!(normen, [130_845, 130_845, 134_545]);
    assert_eq!(s.herkomst.normen_van, [d("2024-07-01"), d("2025-01-01")]);
}

#[test]
fn months_after_the_known_norms_carry_the_last_row_with_a_warning() {
    // No row for 1 January 2027 (Participatiewet in balans amounts not published in the sources
    // read): January uses the July 2026 row, marked provisional.
    let s = schema(&alleenstaande("2026-11-01", 3));
    assert!(s.maanden.iter().map(|m| m.norm_incl_vakantietoeslag).all(|n| n == 141_946));
    assert_eq!(s.maanden.iter().map(|m| m.norm_indicatief).collect::<Vec<_>>(), [false, false, true]);
    let voorlopig: Vec<_> = s.waarschuwingen.iter().filter(|w| w.code() == "norm_voorlopig").collect();
    assert_eq!(voorlopig.len(), 1);
    let zin = voorlopig[0].melding(Taal::Nl);
    assert!(zin.contains("1 januari 2027") && zin.contains("1 juli 2026"), "{zin}");
}

#[test]
fn huurtoeslag_limit_per_year_with_the_young_peoples_limit() {
    let huur = |start: &str, geboren: &str, huur: i64| {
        let mut invoer = alleenstaande(start, 1);
        invoer["geboortedatum"] = json!(geboren);
        invoer["vasteLasten"]["huur"] = json!(huur);
        schema(&invoer).waarschuwingen
    };
    let codes = |w: &[inburgeringswijzer::engine::ontzorgen::Waarschuwing]| {
        w.iter().map(|w| w.code()).filter(|c| c.starts_with("huur")).collect::<Vec<_>>()
    };
    // 2024 (Belastingdienst): 879,66; younger than 23 alone: 454,47.
    assert_eq!(codes(&huur("2024-03-01", "1990-01-01", 87_966)), Vec::<&str>::new());
    assert_eq!(codes(&huur("2024-03-01", "1990-01-01", 87_967)), ["huur_boven_huurgrens"]);
    assert_eq!(codes(&huur("2024-03-01", "2002-01-01", 45_448)), ["huur_boven_huurgrens", "huurgrens_jongeren"]);
    // 2025 (Wht art. 13 lid 1): 900,07 and 477,20 under 23.
    assert_eq!(codes(&huur("2025-03-01", "2003-01-01", 47_721)), ["huur_boven_huurgrens", "huurgrens_jongeren"]);
    assert_eq!(codes(&huur("2025-03-01", "2002-01-01", 47_721)), Vec::<&str>::new());
    // 2026: 932,93; 498,20 only under 21 (a 22-year-old now has the full limit); and above it
    // the new sentence: huurtoeslag still, not over the part above the limit.
    assert_eq!(codes(&huur("2026-03-01", "2004-01-01", 60_000)), Vec::<&str>::new());
    assert_eq!(
        codes(&huur("2026-03-01", "2006-01-01", 49_821)),
        ["huur_boven_huurgrens_afgetopt", "huurgrens_jongeren"]
    );
    // Art. 13 lid 1 onder a, 1° and 2°: what the input cannot know (a housemate of 21 to 26 who is
    // no kostendeler, a handicap) is said with the lower limit, with the age and the higher limit.
    let jong = huur("2026-03-01", "2006-01-01", 49_821);
    let zin = jong.iter().find(|w| w.code() == "huurgrens_jongeren").unwrap();
    assert_eq!(
        zin.melding(Taal::Nl),
        "Dit is de lage grens voor jongeren. Woont er iemand van 21 jaar of ouder bij u, of heeft iemand jonger dan \
         21 een handicap? Dan is de grens € 932,93."
    );
    assert_eq!(codes(&huur("2026-03-01", "2006-01-01", 49_820)), Vec::<&str>::new());
    let w = huur("2026-03-01", "1990-01-01", 95_000);
    assert_eq!(codes(&w), ["huur_boven_huurgrens_afgetopt"]);
    let zin = w.iter().find(|w| w.code() == "huur_boven_huurgrens_afgetopt").unwrap();
    assert_eq!(
        zin.melding(Taal::Nl),
        "De huur (€ 950,00) is hoger dan de huurgrens (€ 932,93, vanaf 1 januari 2026). Huurtoeslag kan nog wel, \
         maar niet over het deel erboven."
    );
    for taal in Taal::ALLE {
        assert!(!zin.melding(taal).contains('{'), "{taal:?}");
    }
    // 2027: no row yet, so the check is marked not confirmed.
    assert_eq!(codes(&huur("2027-01-01", "1990-01-01", 50_000)), ["huurgrens_onbevestigd"]);
}

/// A couple in July 2026 (Pw art. 21 onder b: € 2.027,79) whose partner, born `partner`, has no
/// right to bijstand; the applicant is born `geboren`.
fn zonder_recht(start: &str, maanden: u32, geboren: &str, partner: &str, kinderen: u32, kostendelers: u32) -> Value {
    json!({
        "startdatum": start, "maanden": maanden, "leefvorm": "gehuwden", "geboortedatum": geboren,
        "partnerGeboortedatum": partner, "partnerZonderRechtOpBijstand": true, "kinderen": kinderen,
        "kostendelers": kostendelers, "vasteLasten": { "zorgverzekering": 13000 }
    })
}

fn normen_en_bronnen(s: &Schema) -> Vec<(i64, String)> {
    s.maanden.iter().map(|m| (m.norm_incl_vakantietoeslag, m.norm_bron.label())).collect()
}

#[test]
fn art_24_gives_half_the_couple_norm_of_the_spouse_with_the_right() {
    // Onder a, 21 or older without kostendelers: half of art. 21 onder b, rounded half up
    // (2.002,13 / 2 = 1.001,065; 2.027,79 / 2 = 1.013,895).
    let s = schema(&zonder_recht("2026-06-01", 2, "1990-03-01", "1992-05-01", 0, 0));
    assert_eq!(
        normen_en_bronnen(&s),
        [(100_107, "Participatiewet art. 24 onder a".into()), (101_390, "Participatiewet art. 24 onder a".into())]
    );
    // "van zijn leeftijd": the partner's age does not count, a young partner gives no art. 20 norm.
    let jonge_partner = schema(&zonder_recht("2026-07-01", 1, "1990-03-01", "2007-05-01", 0, 0));
    assert_eq!(jonge_partner.maanden[0].norm_incl_vakantietoeslag, 101_390);
    // From the AOW age: half of art. 22 onder b (2.176,10).
    let aow = schema(&zonder_recht("2026-07-01", 1, "1955-01-01", "1980-01-01", 0, 0));
    assert_eq!(normen_en_bronnen(&aow), [(108_805, "Participatiewet art. 24 onder a".into())]);
}

#[test]
fn art_24_onder_b_until_the_day_before_21_then_onder_a() {
    // Born 1 August 2005: 20 in July 2026 (half of art. 20 lid 1 onder b, 700,84), 21 in August.
    let s = schema(&zonder_recht("2026-07-01", 2, "2005-08-01", "1995-01-01", 0, 0));
    assert_eq!(
        normen_en_bronnen(&s),
        [(35_042, "Participatiewet art. 24 onder b".into()), (101_390, "Participatiewet art. 24 onder a".into())]
    );
    // With a child: half of art. 20 lid 2 onder b (1.106,40), also with kostendelers (onder b has no
    // kostendelers condition); art. 24a is said, not computed.
    let kind = schema(&zonder_recht("2026-07-01", 1, "2006-01-01", "1995-01-01", 1, 1));
    assert_eq!(normen_en_bronnen(&kind), [(55_320, "Participatiewet art. 24 onder b".into())]);
    assert!(kind.uitleg.iter().any(|u| u.bron.label() == "Participatiewet art. 24a"));
}

#[test]
fn with_kostendelers_the_spouse_of_21_gets_his_own_kostendelersnorm() {
    // Art. 22a lid 1: A counts the spouse of 21 or older, lid 2 sums the rechthebbende spouses only.
    // A = 3: (40 + 90) / 3 % of 2.027,79 = 878,709 → 878,71.
    let s = schema(&zonder_recht("2026-07-01", 1, "1990-03-01", "1992-05-01", 0, 1));
    assert_eq!(normen_en_bronnen(&s), [(87_871, "Participatiewet art. 22a lid 1 en 2".into())]);
    // A partner of 19 is not counted: A = 2, 50 % (1.013,895 → 1.013,90).
    let jong = schema(&zonder_recht("2026-07-01", 1, "1990-03-01", "2007-05-01", 0, 1));
    assert_eq!(jong.maanden[0].norm_incl_vakantietoeslag, 101_390);
    assert!(!jong.uitleg.iter().any(|u| u.bron.label() == "Participatiewet art. 24a"));
}

#[test]
fn the_youth_increase_with_art_24_is_capped_at_the_norm_at_21() {
    // Art. 20 lid 3 for the 19-year-old applicant: 350,42 + 762,24 = 1.112,66; art. 20 lid 4 caps
    // it at the norm of the same situation at 21, art. 24 onder a: 1.013,90.
    let mut invoer = zonder_recht("2026-07-01", 1, "2007-01-01", "2007-03-01", 0, 0);
    invoer["geenOnderhoudOuders"] = json!(true);
    assert_eq!(schema(&invoer).maanden[0].norm_incl_vakantietoeslag, 101_390);
}

#[test]
fn a_partner_without_a_right_needs_a_partner() {
    let mut invoer = alleenstaande("2026-07-01", 1);
    invoer["partnerZonderRechtOpBijstand"] = json!(true);
    assert_eq!(fout_van(invoer.clone()), ("partnerZonderRechtOpBijstand".into(), "leefvorm_past_niet".into()));
    invoer["partnerZonderRechtOpBijstand"] = json!(false);
    assert!(reken(&invoer).get("fout").is_none());
}

#[test]
fn longer_than_six_months_is_explained_under_art_57() {
    let s = common::als_waarde(&schema(&alleenstaande("2024-01-01", 7)));
    let regels: Vec<&str> = s["uitleg"].as_array().unwrap().iter().map(|u| u["regel"].as_str().unwrap()).collect();
    assert!(regels.contains(&"ontzorgen_langer"), "{regels:?}");
    assert!(s["uitleg"].as_array().unwrap().iter().any(|u| u["bron"] == "Participatiewet art. 57"));
    let kort = common::als_waarde(&schema(&alleenstaande("2024-01-01", 6)));
    assert!(!kort["uitleg"].as_array().unwrap().iter().any(|u| u["regel"] == "ontzorgen_langer"));
}

#[test]
fn warnings_a_klantmanager_needs() {
    let invoer = json!({
        "startdatum": "2025-03-01", "maanden": 2, "leefvorm": "alleenstaande", "geboortedatum": "1990-01-01",
        "vasteLasten": { "huur": 130000, "energie": 10000 }
    });
    let s = reken(&invoer);
    let codes: Vec<&str> =
        s["waarschuwingen"].as_array().unwrap().iter().map(|w| w["code"].as_str().unwrap()).collect();
    for code in ["tekort", "huur_boven_huurgrens", "geen_zorgverzekering"] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    // One tekort warning per month, naming the month.
    assert_eq!(codes.iter().filter(|c| **c == "tekort").count(), 2);
    assert_eq!(s["tekort"], true);
}

#[test]
fn bijstand_per_maand_overrides_the_paid_amount_and_keeps_the_norm() {
    let mut invoer = alleenstaande("2024-04-01", 1);
    invoer["bijstandPerMaand"] = json!(100_000);
    let m = &reken(&invoer)["maanden"][0];
    assert_eq!((m["normInclVakantietoeslag"].as_i64(), m["vakantietoeslag"].as_i64()), (Some(128_383), Some(0)));
    assert_eq!((m["bijstand"].as_i64(), m["leefgeld"].as_i64()), (Some(100_000), Some(100_000 - 83_000)));
}

#[test]
fn other_income_shows_what_the_household_really_has() {
    let mut invoer = alleenstaande("2024-04-01", 2);
    invoer["overigeInkomsten"] = json!({ "zorgtoeslag": 12300, "huurtoeslag": 20000 });
    let s = reken(&invoer);
    assert_eq!(s["maanden"][0]["leefgeld"], 38_964);
    assert_eq!(s["maanden"][0]["besteedbaar"], 38_964 + 32_300);
    assert_eq!(s["totaal"]["besteedbaar"], 2 * (38_964 + 32_300));
}

// ---- bad input ------------------------------------------------------------------------------------

fn fout_van(invoer: Value) -> (String, String) {
    let uit = reken(&invoer);
    let fout = &uit["fout"];
    assert!(fout["melding"].as_str().is_some_and(|m| !m.is_empty()), "{uit}");
    (fout["veld"].as_str().unwrap().to_owned(), fout["code"].as_str().unwrap().to_owned())
}

#[test]
fn bad_input_gives_a_fout_with_field_code_and_message() {
    let met = |pad: &[&str], waarde: Value| {
        let mut invoer = alleenstaande("2024-04-01", 2);
        let mut plek = &mut invoer;
        for stap in &pad[..pad.len() - 1] {
            plek = &mut plek[*stap];
        }
        plek[pad[pad.len() - 1]] = waarde;
        fout_van(invoer)
    };
    let verwacht = |veld: &str, code: &str| (veld.to_owned(), code.to_owned());
    assert_eq!(met(&["vasteLasten", "huur"], json!(-1)), verwacht("vasteLasten.huur", "negatief_bedrag"));
    assert_eq!(met(&["startdatum"], json!("2024-02-30")), verwacht("startdatum", "ongeldige_datum"));
    assert_eq!(met(&["startdatum"], json!("2023-12-31")), verwacht("startdatum", "datum_te_vroeg"));
    assert_eq!(met(&["maanden"], json!(0)), verwacht("maanden", "buiten_bereik"));
    assert_eq!(met(&["maanden"], json!(25)), verwacht("maanden", "buiten_bereik"));
    assert_eq!(met(&["leefvorm"], json!("gehuwden")), verwacht("partnerGeboortedatum", "verplicht"));
    assert_eq!(met(&["geboortedatum"], json!("2010-01-01")), verwacht("geboortedatum", "te_jong"));
    assert_eq!(
        met(&["partnerGeboortedatum"], json!("1990-01-01")),
        verwacht("partnerGeboortedatum", "leefvorm_past_niet")
    );
    assert_eq!(met(&["kinderen"], json!(2)), verwacht("kinderen", "leefvorm_past_niet"));
    assert_eq!(met(&["vasteLasten", "gas"], json!(1)), verwacht("vasteLasten.gas", "onbekend_veld"));
    assert_eq!(
        met(&["extraInhoudingen"], json!([{ "omschrijving": "a", "bedrag": 1 }, { "bedrag": 1, "bedarg": 2 }])),
        verwacht("extraInhoudingen[1].bedarg", "onbekend_veld")
    );
    assert_eq!(
        met(&["extraInhoudingen"], json!([{ "bedrag": -5 }])),
        verwacht("extraInhoudingen[0].bedrag", "negatief_bedrag")
    );
    assert_eq!(
        met(&["overigeInkomsten"], json!({ "zorgtoesla": 1 })),
        verwacht("overigeInkomsten.zorgtoesla", "onbekend_veld")
    );
    assert_eq!(met(&["vasteLasten"], Value::Null), verwacht("vasteLasten", "verplicht"));
}

// ---- properties --------------------------------------------------------------------------------------

fn huishouden() -> impl Strategy<Value = Value> {
    (
        0i64..1400,
        1u32..=24,
        0usize..3,
        (18i64..80, 0i64..365),
        (18i64..80, 0i64..365),
        (0u32..4, 0u32..9),
        proptest::collection::vec(0i64..150_000, 4),
        proptest::collection::vec(0i64..20_000, 0..4),
        proptest::option::of(0i64..300_000),
        any::<bool>(),
    )
        .prop_map(|(start, maanden, leefvorm, (jaren, dagen), (pjaren, pdagen), (kinderen, kd), lasten, extra, bijstand, zonder_recht)| {
            let startdatum = d("2024-01-01") + chrono::Days::new(start as u64);
            let geboren = |j: i64, dd: i64| (startdatum - chrono::Days::new((j * 366 + dd) as u64)).to_string();
            let leefvorm = ["alleenstaande", "alleenstaande_ouder", "gehuwden"][leefvorm];
            let mut v = json!({
                "startdatum": startdatum.to_string(), "maanden": maanden, "leefvorm": leefvorm,
                "geboortedatum": geboren(jaren, dagen), "kostendelers": kd,
                "vasteLasten": { "huur": lasten[0], "energie": lasten[1], "water": lasten[2], "zorgverzekering": lasten[3] },
                "extraInhoudingen": extra.iter().map(|b| json!({ "omschrijving": "x", "bedrag": b })).collect::<Vec<_>>(),
            });
            match leefvorm {
                "gehuwden" => {
                    v["partnerGeboortedatum"] = json!(geboren(pjaren, pdagen));
                    v["kinderen"] = json!(kinderen);
                    v["partnerZonderRechtOpBijstand"] = json!(zonder_recht);
                }
                "alleenstaande_ouder" => v["kinderen"] = json!(kinderen.max(1)),
                _ => {}
            }
            if let Some(b) = bijstand {
                v["bijstandPerMaand"] = json!(b);
            }
            v
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn schedule_invariants_hold(invoer in huishouden()) {
        let s = schema(&invoer);
        prop_assert_eq!(s.maanden.len() as u64, invoer["maanden"].as_u64().unwrap());
        prop_assert_eq!(s.maanden[0].van, d(invoer["startdatum"].as_str().unwrap()));
        for m in &s.maanden {
            prop_assert_eq!(m.bijstand, m.totaal_ingehouden + m.leefgeld);
            let i = m.ingehouden;
            prop_assert_eq!(m.totaal_ingehouden, i.huur + i.energie + i.water + i.zorgverzekering + i.extra);
            prop_assert!(m.van <= m.tot);
            prop_assert!(m.norm_incl_vakantietoeslag > 0);
        }
        for paar in s.maanden.windows(2) {
            prop_assert_eq!(paar[0].tot.succ_opt().unwrap(), paar[1].van);
        }
        prop_assert_eq!(s.totaal.bijstand, s.maanden.iter().map(|m| m.bijstand).sum::<i64>());
        prop_assert_eq!(s.totaal.leefgeld, s.maanden.iter().map(|m| m.leefgeld).sum::<i64>());
        prop_assert_eq!(s.totaal.totaal_ingehouden, s.maanden.iter().map(|m| m.totaal_ingehouden).sum::<i64>());
        prop_assert_eq!(s.totaal.vakantietoeslag, s.maanden.iter().map(|m| m.vakantietoeslag).sum::<i64>());
        prop_assert_eq!(s.tekort, s.maanden.iter().any(|m| m.leefgeld < 0));
        // Pw art. 19 lid 3 is confirmed: no schedule says the split is uncertain.
        prop_assert!(s.waarschuwingen.iter().all(|w| !w.code().contains("vakantietoeslag")));
    }

    /// Pw art. 24 and art. 22a lid 2: a partner without a right to bijstand never raises the norm,
    /// and the couple's norm is never halved when the partner has that right.
    #[test]
    fn a_partner_without_a_right_never_raises_the_norm(invoer in huishouden()) {
        prop_assume!(invoer["leefvorm"] == "gehuwden");
        let mut met = invoer.clone();
        met["partnerZonderRechtOpBijstand"] = json!(true);
        let mut zonder = invoer.clone();
        zonder["partnerZonderRechtOpBijstand"] = json!(false);
        let (met, zonder) = (schema(&met), schema(&zonder));
        for (a, b) in met.maanden.iter().zip(&zonder.maanden) {
            prop_assert!(a.norm_incl_vakantietoeslag < b.norm_incl_vakantietoeslag, "{a:?} {b:?}");
            prop_assert!(!b.norm_bron.plaats.starts_with("art. 24"));
        }
    }

    #[test]
    fn leefgeld_never_rises_when_a_cost_rises(invoer in huishouden(), post in 0usize..4, meer in 1i64..50_000) {
        let voor = schema(&invoer);
        let mut duurder = invoer.clone();
        let naam = ["huur", "energie", "water", "zorgverzekering"][post];
        duurder["vasteLasten"][naam] = json!(invoer["vasteLasten"][naam].as_i64().unwrap() + meer);
        let na = schema(&duurder);
        for (a, b) in voor.maanden.iter().zip(&na.maanden) {
            prop_assert!(b.leefgeld <= a.leefgeld);
            prop_assert!(b.leefgeld_per_week <= a.leefgeld_per_week);
        }
    }

    #[test]
    fn households_with_random_fields_give_a_schedule_or_a_fout_at_a_field_they_name(
        velden in proptest::collection::btree_map(
            prop::sample::select(veldnamen()),
            vreemde_waarde(),
            0..14,
        ),
    ) {
        // A valid household with some fields replaced or added (a typo among them): the engine
        // is reached with nearly every field present, not only when random text happens to parse.
        let mut invoer = alleenstaande("2024-04-01", 2);
        for (veld, waarde) in &velden {
            invoer[veld.as_str()] = waarde.clone();
        }
        match ontzorgen(&Json::lees_tekst(&invoer.to_string()).unwrap(), &Gemeente::standaard()) {
            Ok(s) => {
                prop_assert!(!s.maanden.is_empty() && s.maanden.len() <= 24);
                prop_assert!(velden.keys().all(|veld| veld != "tpyfout"));
            }
            Err(fout) => {
                let uit = common::als_waarde(&fout);
                let veld = uit["fout"]["veld"].as_str().unwrap().to_owned();
                let eerste = veld.split(['.', '[']).next().unwrap();
                prop_assert!(veldnamen().iter().any(|naam| naam == eerste), "{veld} in {invoer}");
                for taal in Taal::ALLE {
                    prop_assert!(!fout.melding(taal).is_empty(), "{veld}: {taal:?}");
                }
            }
        }
    }
}

/// The field names of a household that uses every field, and one typo.
fn veldnamen() -> Vec<String> {
    let volledig = json!({
        "startdatum": "2024-04-01", "maanden": 2, "leefvorm": "gehuwden", "geboortedatum": "1990-01-01",
        "partnerGeboortedatum": "1991-01-01", "kinderen": 1, "kostendelers": 0, "bijstandPerMaand": 100_000,
        "vasteLasten": {}, "extraInhoudingen": [], "overigeInkomsten": {}, "geenOnderhoudOuders": false,
        "partnerZonderRechtOpBijstand": false
    });
    assert!(reken(&volledig).get("fout").is_none(), "every field known: {}", reken(&volledig));
    volledig.as_object().unwrap().keys().cloned().chain(["tpyfout".to_owned()]).collect()
}

fn vreemde_waarde() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-5i64..30).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(json!(0.5)),
        Just(json!(1e300)),
        (2020i32..2031, 1u32..13, 1u32..32).prop_map(|(j, m, d)| json!(format!("{j:04}-{m:02}-{d:02}"))),
        (1900i32..2010, 1u32..13, 1u32..29).prop_map(|(j, m, d)| json!(format!("{j:04}-{m:02}-{d:02}"))),
        prop::sample::select(vec!["alleenstaande", "alleenstaande_ouder", "gehuwden", "", "2024-13-01"])
            .prop_map(Value::from),
        (0i64..200_000, 0i64..20_000).prop_map(|(huur, zorg)| json!({ "huur": huur, "zorgverzekering": zorg })),
        Just(json!({ "gas": 1 })),
        Just(json!([{ "omschrijving": "lening", "bedrag": 2500 }])),
        Just(json!([{ "bedrag": -1 }])),
        Just(json!([])),
        Just(json!({})),
    ]
}

/// Every field with every odd value: a value that cannot be right is refused at that field, in
/// every language; only "absent" (null) and an empty object or list where one is allowed pass.
#[test]
fn odd_values_in_every_field_give_a_fout_at_that_field() {
    let velden = [
        "startdatum",
        "maanden",
        "geboortedatum",
        "kinderen",
        "kostendelers",
        "bijstandPerMaand",
        "vasteLasten",
        "extraInhoudingen",
        "leefvorm",
    ];
    let waarden =
        [json!(-1), json!(1e300), json!(0.5), json!("2024-02-30"), json!([]), json!({}), json!(null), json!(true)];
    let mut fouten = 0;
    for veld in velden {
        for waarde in &waarden {
            let mut invoer = alleenstaande("2024-04-01", 2);
            invoer[veld] = waarde.clone();
            let verplicht = ["startdatum", "geboortedatum", "leefvorm", "vasteLasten"].contains(&veld);
            let mag = (waarde.is_null() && !verplicht)
                || (veld == "vasteLasten" && *waarde == json!({}))
                || (veld == "extraInhoudingen" && *waarde == json!([]));
            let uit = reken(&invoer);
            match uit.get("fout") {
                None => assert!(mag, "{veld} = {waarde} accepted: {uit}"),
                Some(fout) => {
                    assert!(!mag, "{veld} = {waarde} refused: {uit}");
                    fouten += 1;
                    let gemeld = fout["veld"].as_str().unwrap();
                    assert!(gemeld.starts_with(veld), "{veld} = {waarde} reported at {gemeld}");
                    assert!(fout["melding"].as_str().is_some_and(|m| !m.is_empty()));
                }
            }
        }
    }
    // Eight values for nine fields; only the five absent optional ones and the two empty containers pass.
    assert_eq!(fouten, 9 * 8 - 5 - 2);
}

// ---- the command line -----------------------------------------------------------------------------

#[test]
fn the_command_line_runs_ontzorgen_end_to_end() {
    let goed = alleenstaande("2024-04-01", 2).to_string();
    let (code, uit) = wijzer(&["ontzorgen"], goed.as_bytes());
    assert_eq!(code, 0);
    let schema: Value = serde_json::from_str(&uit).unwrap();
    // 389,64 × 12 / 52 = 89,9169…: toward zero.
    assert_eq!(schema["maanden"][1]["leefgeldPerWeek"], 8_991);

    let (code, uit) = wijzer(&["ontzorgen"], br#"{"startdatum": "2024-04-01", "maanden": 25}"#);
    assert_eq!(code, 2);
    let fout: Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(
        (fout["fout"]["veld"].as_str(), fout["fout"]["code"].as_str()),
        (Some("maanden"), Some("buiten_bereik"))
    );
    assert!(fout["fout"]["melding"].as_str().is_some_and(|m| !m.is_empty()));

    let regels = format!("{goed}\n{{\"startdatum\": \"2024-04-01\", \"vasteLasten\": {{\"huur\": -1}}}}\n{goed}\n");
    let (code, uit) = wijzer(&["ontzorgen", "--jsonl"], regels.as_bytes());
    assert_eq!(code, 0);
    let lijnen: Vec<Value> = uit.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lijnen.len(), 3);
    assert!(lijnen[0]["maanden"].is_array() && lijnen[2]["maanden"].is_array());
    assert_eq!(lijnen[1]["fout"]["code"], "verplicht");

    // Pw art. 24 through the command line: the contract's optional input, half the couple norm.
    let art24 = zonder_recht("2026-07-01", 1, "1990-03-01", "1992-05-01", 0, 0).to_string();
    let (code, uit) = wijzer(&["ontzorgen"], art24.as_bytes());
    assert_eq!(code, 0);
    let schema: Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(schema["maanden"][0]["normInclVakantietoeslag"], 101_390);
    assert_eq!(schema["maanden"][0]["normBron"], "Participatiewet art. 24 onder a");
}
