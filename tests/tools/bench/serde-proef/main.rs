//! Issue 13: would a serde-derived declaration of the advice's `situatie` do what the core's own
//! declaration and reader do? Prints (1) a table of what each reader says to bad inputs, (2) the
//! time each takes to read 200,000 generated cases, and checks that both read the valid ones to
//! the same advice.
//!
//!   node tests/tools/bench/gen-cases.mjs 200000 > /tmp/cases.jsonl
//!   cargo run --release --manifest-path tests/tools/bench/serde-proef/Cargo.toml --target-dir target -- /tmp/cases.jsonl

use std::time::Instant;

use chrono::NaiveDate;
use inburgeringswijzer::engine::advies::{self, Behaald, Situatie, Toets};
use inburgeringswijzer::engine::antwoord;
use inburgeringswijzer::engine::codes::{Deel, Verblijf};
use inburgeringswijzer::engine::gemeente::Gemeente;
use inburgeringswijzer::engine::schrijver::NaarJson;
use inburgeringswijzer::basis::datum;
use inburgeringswijzer::engine::json::Json;
use serde::Deserialize;

// ------------------------------------------------------------------------------------------
// The serde declaration: as close to the contract as derive gets.

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct SituatieSerde {
    peildatum: Datum,
    geboortedatum: Option<Datum>,
    nationaliteit: Option<String>,
    verblijf: VerblijfCode,
    verblijfsdatum: Option<Datum>,
    duo_brief_datum: Option<Datum>,
    pip_datum: Option<Datum>,
    leerplichtig: Option<bool>,
    nl_diploma: Option<bool>,
    leerbaarheidstoets: Option<ToetsSerde>,
    wil_opleiding: Option<bool>,
    bijstand: Option<bool>,
    bijstand_sinds: Option<Datum>,
    huisvesting_datum: Option<Datum>,
    behaald: Option<Vec<BehaaldSerde>>,
    staatloos: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ToetsSerde {
    score: Score,
    datum: Option<Datum>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BehaaldSerde {
    onderdeel: String,
    datum: Option<Datum>,
}

/// `YYYY-MM-DD`, with the core's own date check.
#[derive(Deserialize)]
#[serde(try_from = "String")]
struct Datum(NaiveDate);

impl TryFrom<String> for Datum {
    type Error = &'static str;
    fn try_from(tekst: String) -> Result<Datum, &'static str> {
        datum::lees(&tekst).map(Datum).ok_or("ongeldige_datum")
    }
}

/// 0 to 40.
#[derive(Deserialize)]
#[serde(try_from = "i64")]
struct Score(u32);

impl TryFrom<i64> for Score {
    type Error = &'static str;
    fn try_from(getal: i64) -> Result<Score, &'static str> {
        u32::try_from(getal).ok().filter(|s| *s <= 40).map(Score).ok_or("buiten_bereik")
    }
}

#[derive(Deserialize)]
#[serde(try_from = "String")]
struct VerblijfCode(Verblijf);

impl TryFrom<String> for VerblijfCode {
    type Error = &'static str;
    fn try_from(code: String) -> Result<VerblijfCode, &'static str> {
        Verblijf::uit_code(&code).map(VerblijfCode).ok_or("onbekende_code")
    }
}

/// The serde route: text to the derived struct (with the path of the failing field), then to
/// the core's `Situatie`. The checks derive cannot express (a code list, the nationality's form;
/// required-if, dates in order) would be hand-written after it, as the core's are; the first two
/// are here so the valid cases agree, the last two are not.
fn lees_serde(tekst: &str) -> Result<Situatie, String> {
    let mut de = serde_json::Deserializer::from_str(tekst);
    let s: SituatieSerde =
        serde_path_to_error::deserialize(&mut de).map_err(|e| format!("{} | {}", e.path(), e.inner()))?;
    de.end().map_err(|e| format!(". | {e}"))?;
    if s.nationaliteit.as_deref().is_some_and(|n| n.len() != 2 || !n.bytes().all(|b| b.is_ascii_uppercase())) {
        return Err("nationaliteit | (eigen controle na serde)".into());
    }
    let mut behaald = Vec::new();
    for (i, b) in s.behaald.unwrap_or_default().into_iter().enumerate() {
        let deel = Deel::uit_code(&b.onderdeel);
        let deel = deel.ok_or_else(|| format!("behaald[{i}].onderdeel | (eigen controle na serde)"))?;
        behaald.push(Behaald { deel, datum: b.datum.map(|d| d.0) });
    }
    Ok(Situatie {
        peildatum: s.peildatum.0,
        geboortedatum: s.geboortedatum.map(|d| d.0),
        nationaliteit: s.nationaliteit,
        verblijf: s.verblijf.0,
        verblijfsdatum: s.verblijfsdatum.map(|d| d.0),
        duo_brief_datum: s.duo_brief_datum.map(|d| d.0),
        pip_datum: s.pip_datum.map(|d| d.0),
        leerplichtig: s.leerplichtig,
        nl_diploma: s.nl_diploma,
        leerbaarheidstoets: s.leerbaarheidstoets.map(|t| Toets { score: t.score.0, datum: t.datum.map(|d| d.0) }),
        wil_opleiding: s.wil_opleiding,
        bijstand: s.bijstand,
        bijstand_sinds: s.bijstand_sinds.map(|d| d.0),
        huisvesting_datum: s.huisvesting_datum.map(|d| d.0),
        behaald,
        staatloos: s.staatloos == Some(true),
    })
}

/// The core's route: its reader and declaration (`antwoord::antwoord` reads, then computes).
fn lees_eigen(tekst: &str, gemeente: &Gemeente) -> Result<antwoord::Antwoord, String> {
    Json::lees_tekst(tekst).and_then(|json| antwoord::antwoord(&json, gemeente)).map_err(|f| {
        format!(
            "{} | {} | {}",
            if f.veld.is_empty() { "." } else { &f.veld },
            f.code(),
            f.melding(inburgeringswijzer::i18n::Taal::Nl)
        )
    })
}

// ------------------------------------------------------------------------------------------

const GOED: &str = r#""peildatum":"2026-05-18","geboortedatum":"1990-01-01","nationaliteit":"SY","verblijf":"asiel","verblijfsdatum":"2026-02-16""#;

fn slechte_invoer() -> Vec<(&'static str, String)> {
    let g = GOED;
    let diep = format!("{}1{}", "[".repeat(20), "]".repeat(20));
    let lang = "A".repeat(3_000);
    let veel: Vec<String> = (0..201).map(|_| r#"{"onderdeel":"knm","datum":"2026-03-01"}"#.to_string()).collect();
    let groot = format!("{{{}}}", g.replace(r#""SY""#, &format!("\"{}\"", "A".repeat(1 << 20))));
    vec![
        ("not JSON", "{".into()),
        ("empty", "".into()),
        ("an array, not an object", "[]".into()),
        ("trailing text", format!("{{{g}}} x")),
        ("required field missing (peildatum)", r#"{"verblijf":"asiel"}"#.into()),
        (
            "required field null (peildatum)",
            format!("{{{g},\"peildatum\":null}}").replacen(r#""peildatum":"2026-05-18","#, "", 1),
        ),
        ("wrong type (peildatum: number)", format!("{{{}}}", g.replace(r#""2026-05-18""#, "20260518"))),
        ("impossible date (2026-02-30)", format!("{{{}}}", g.replace("2026-05-18", "2026-02-30"))),
        ("date in another form (18-05-2026)", format!("{{{}}}", g.replace("2026-05-18", "18-05-2026"))),
        ("unknown code (verblijf)", format!("{{{}}}", g.replace(r#""asiel""#, r#""vakantie""#))),
        ("wrong type (verblijf: true)", format!("{{{}}}", g.replace(r#""asiel""#, "true"))),
        ("unknown field", format!("{{{g},\"opmerking\":\"x\"}}")),
        ("unknown nested field", format!("{{{g},\"leerbaarheidstoets\":{{\"score\":20,\"extra\":1}}}}")),
        ("duplicate field", format!("{{{g},\"verblijf\":\"gezin\"}}")),
        ("duplicate nested field", format!("{{{g},\"leerbaarheidstoets\":{{\"score\":20,\"score\":21}}}}")),
        ("score out of range (41)", format!("{{{g},\"leerbaarheidstoets\":{{\"score\":41}}}}")),
        ("score negative (-1)", format!("{{{g},\"leerbaarheidstoets\":{{\"score\":-1}}}}")),
        ("score not whole (12.5)", format!("{{{g},\"leerbaarheidstoets\":{{\"score\":12.5}}}}")),
        ("score as text (\"12\")", format!("{{{g},\"leerbaarheidstoets\":{{\"score\":\"12\"}}}}")),
        (
            "nested required field missing (score)",
            format!("{{{g},\"leerbaarheidstoets\":{{\"datum\":\"2026-01-01\"}}}}"),
        ),
        ("nested bad date", format!("{{{g},\"leerbaarheidstoets\":{{\"score\":20,\"datum\":\"2026-13-01\"}}}}")),
        ("wrong type (nationaliteit: 12)", format!("{{{}}}", g.replace(r#""SY""#, "12"))),
        ("bad nationality (\"syr\")", format!("{{{}}}", g.replace(r#""SY""#, r#""syr""#))),
        ("yes/no as text (\"ja\")", format!("{{{g},\"leerplichtig\":\"ja\"}}")),
        (
            "list item: unknown code",
            format!("{{{g},\"behaald\":[{{\"onderdeel\":\"zwemmen\",\"datum\":\"2026-03-01\"}}]}}"),
        ),
        (
            "list item: required field missing",
            format!(
                "{{{g},\"behaald\":[{{\"onderdeel\":\"knm\",\"datum\":\"2026-03-01\"}},{{\"onderdeel\":\"knm\"}}]}}"
            ),
        ),
        ("list is not a list", format!("{{{g},\"behaald\":\"knm\"}}")),
        ("too deep (20 levels, in a known field)", format!("{{{g},\"behaald\":{diep}}}")),
        ("too deep (20 levels, in an unknown field)", format!("{{{g},\"x\":{diep}}}")),
        ("string too long (3,000 characters)", format!("{{{}}}", g.replace(r#""SY""#, &format!("\"{lang}\"")))),
        ("list too long (201 items)", format!("{{{g},\"behaald\":[{}]}}", veel.join(","))),
        ("input over 1 MB", groot),
        (
            "required-if: no verblijfsdatum for a permit",
            format!("{{{}}}", g.replace(r#","verblijfsdatum":"2026-02-16""#, "")),
        ),
        ("dates out of order (birth after peildatum)", format!("{{{}}}", g.replace("1990-01-01", "2027-01-01"))),
        (
            "two errors (bad date and unknown field)",
            format!("{{{},\"opmerking\":1}}", g.replace("2026-05-18", "2026-02-30")),
        ),
    ]
}

fn kort(tekst: &str) -> String {
    let tekst = tekst.replace('|', "/").replace('\n', " ");
    let mut k: String = tekst.chars().take(110).collect();
    if k.len() < tekst.len() {
        k.push('…');
    }
    k
}

fn fouten_tabel(gemeente: &Gemeente) {
    println!("| bad input | own reader: path / code | serde_json + serde_path_to_error: path / message |");
    println!("| --- | --- | --- |");
    for (wat, tekst) in slechte_invoer() {
        let eigen = match lees_eigen(&tekst, gemeente) {
            Ok(_) => "accepted".to_string(),
            Err(e) => {
                let mut delen = e.splitn(3, " | ");
                format!("`{}` `{}`", delen.next().unwrap_or(""), delen.next().unwrap_or(""))
            }
        };
        let serde = match lees_serde(&tekst) {
            Ok(_) => "accepted".to_string(),
            Err(e) => {
                let (pad, bericht) = e.split_once(" | ").unwrap_or((".", &e));
                format!("`{pad}` {}", kort(bericht))
            }
        };
        println!("| {wat} | {eigen} | {serde} |");
    }
}

fn snelheid(pad: &str, gemeente: &Gemeente) {
    let regels: Vec<String> = std::fs::read_to_string(pad).expect("cases file").lines().map(str::to_owned).collect();
    // Warm up both, and check: on every case both accept or both refuse, and the advice of
    // the serde-read situation is the core's advice, byte for byte.
    let (mut beide, mut gelijk) = (0, 0);
    let mut anders = std::collections::BTreeMap::<String, usize>::new();
    let mut situaties = Vec::new();
    for r in &regels {
        match (lees_eigen(r, gemeente), lees_serde(r)) {
            (Ok(a), Ok(s)) => {
                beide += 1;
                gelijk += usize::from(a.json_tekst() == antwoord::bereken(&s, gemeente).json_tekst());
                situaties.push(s);
            }
            (Err(_), Err(_)) => beide += 1,
            (Err(e), Ok(_)) => {
                *anders
                    .entry(format!("own refuses ({}), serde accepts", e.split(" | ").nth(1).unwrap_or("")))
                    .or_default() += 1
            }
            (Ok(_), Err(e)) => *anders.entry(format!("own accepts, serde refuses ({})", kort(&e))).or_default() += 1,
        }
    }
    println!(
        "{} cases: same accept/refuse {beide}; same advice {gelijk} of {}; different:",
        regels.len(),
        situaties.len()
    );
    for (wat, n) in &anders {
        println!("  {n} {wat}");
    }
    for ronde in 1..=3 {
        let t = Instant::now();
        let mut n = 0usize;
        for r in &regels {
            n += usize::from(lees_serde(r).is_ok());
        }
        let serde = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for r in &regels {
            n += usize::from(lees_eigen(r, gemeente).is_ok());
        }
        let eigen_met_advies = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for s in &situaties {
            n += advies::bereken(s, gemeente).onderdelen.len();
        }
        let bereken = t.elapsed().as_secs_f64();
        let eigen = eigen_met_advies - bereken;
        println!(
            "round {ronde}: serde {serde:.3} s, own {eigen:.3} s (own reader and advice {eigen_met_advies:.3} s minus the advice alone {bereken:.3} s); own/serde = {:.2} [{n}]",
            eigen / serde
        );
    }
}

fn main() {
    let gemeente = Gemeente::standaard();
    fouten_tabel(&gemeente);
    if let Some(pad) = std::env::args().nth(1) {
        snelheid(&pad, &gemeente);
    }
}
