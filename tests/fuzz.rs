//! The JSON boundary under fuzzing (issue 7): random JSON text and mutations of valid inputs
//! through `Json::lees_tekst`, `advies`, `ontzorgen` and `Gemeente::lees`, and raw bytes through
//! `wijzer … --jsonl`. Never a panic, never a hang, and every rejection a well-formed `Fout`.
//!
//! `PROPTEST_CASES` sets the number of cases per property (small by default so `cargo test`
//! stays fast); `make fuzz` runs 20,000.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::{mpsc, LazyLock};
use std::time::Duration;

use inburgeringswijzer::basis::datum;
use inburgeringswijzer::engine::caseload::{self, werklijst::werklijst};
use inburgeringswijzer::engine::fout::Fout;
use inburgeringswijzer::engine::gemeente::Gemeente;
use inburgeringswijzer::engine::json::Json;
use inburgeringswijzer::engine::json::Velden;
use inburgeringswijzer::engine::schrijver::NaarJson;
use inburgeringswijzer::engine::{advies, antwoord, ontzorgen, veld};
use inburgeringswijzer::i18n::TALENPAKKET;
use inburgeringswijzer::i18n::{pakket, Taal};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseResult, TestRunner};

/// One case taking longer than this counts as a hang.
const HANG: Duration = Duration::from_secs(10);

fn cases(deler: u32) -> u32 {
    let totaal = std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(256u32);
    (totaal / deler).max(8)
}

fn config(deler: u32) -> Config {
    // No regression files in the repository: a failure is reported with its shrunk input.
    Config { cases: cases(deler), failure_persistence: None, ..Config::default() }
}

/// Runs `eigenschap` on `cases(deler)` inputs from `strategie`, and under `make fuzz`
/// (`PROPTEST_CASES` set) prints how many inputs it tried and the time per input, on a line that
/// starts with "fuzz:" (`tests/tools/fuzz.sh` adds them up). A failure panics with the shrunk input.
fn fuzz<S: Strategy>(naam: &str, deler: u32, strategie: S, eigenschap: impl Fn(S::Value) -> TestCaseResult) {
    let geteld = std::cell::Cell::new(0u64);
    let begin = std::time::Instant::now();
    let uitkomst = TestRunner::new(config(deler)).run(&strategie, |waarde| {
        geteld.set(geteld.get() + 1);
        eigenschap(waarde)
    });
    if let Err(fout) = uitkomst {
        panic!("{naam}: {fout}");
    }
    if std::env::var_os("PROPTEST_CASES").is_some() {
        let per_stuk = begin.elapsed().as_secs_f64() * 1e6 / geteld.get().max(1) as f64;
        // Straight to stderr: the test harness keeps eprintln! output of a passing test to itself.
        let _ = writeln!(std::io::stderr(), "fuzz: {naam}: {} inputs, {per_stuk:.0} µs each", geteld.get());
    }
}

// ---------------------------------------------------------------------------------------------
// A JSON tree that can say what serde_json cannot: duplicate keys, raw number text.

#[derive(Debug, Clone)]
enum T {
    Null,
    Bool(bool),
    /// Raw number text, written as is ("1e400", "-0", "0.1e-330", 30 digits).
    Num(String),
    Str(String),
    Arr(Vec<T>),
    Obj(Vec<(String, T)>),
}

fn string_literal(s: &str, uit: &mut String) {
    // serde_json escapes control characters and quotes; it never fails on a Rust string.
    uit.push_str(&serde_json::to_string(s).unwrap());
}

impl T {
    fn tekst(&self) -> String {
        let mut uit = String::new();
        self.schrijf(&mut uit);
        uit
    }
    fn schrijf(&self, uit: &mut String) {
        match self {
            T::Null => uit.push_str("null"),
            T::Bool(b) => uit.push_str(if *b { "true" } else { "false" }),
            T::Num(n) => uit.push_str(n),
            T::Str(s) => string_literal(s, uit),
            T::Arr(items) => {
                uit.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        uit.push(',');
                    }
                    item.schrijf(uit);
                }
                uit.push(']');
            }
            T::Obj(velden) => {
                uit.push('{');
                for (i, (naam, waarde)) in velden.iter().enumerate() {
                    if i > 0 {
                        uit.push(',');
                    }
                    string_literal(naam, uit);
                    uit.push(':');
                    waarde.schrijf(uit);
                }
                uit.push('}');
            }
        }
    }
    fn van(waarde: &serde_json::Value) -> T {
        match waarde {
            serde_json::Value::Null => T::Null,
            serde_json::Value::Bool(b) => T::Bool(*b),
            serde_json::Value::Number(n) => T::Num(n.to_string()),
            serde_json::Value::String(s) => T::Str(s.clone()),
            serde_json::Value::Array(items) => T::Arr(items.iter().map(T::van).collect()),
            serde_json::Value::Object(velden) => {
                T::Obj(velden.iter().map(|(naam, waarde)| (naam.clone(), T::van(waarde))).collect())
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Generators.

/// Field names of the contract, so random objects often hit real fields (and duplicate them):
/// the core's declarations of both inputs, and the gemeente configuration's.
static NAMEN: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut namen = Vec::new();
    veld::alle_namen(advies::SITUATIE, &mut namen);
    veld::alle_namen(ontzorgen::HUISHOUDEN, &mut namen);
    namen.extend(["naam", "perspectief"]);
    namen
});

const DATUMS: &[&str] = &[
    "1900-01-01",
    "2200-12-31",
    "2024-02-29",
    "2023-02-29",
    "2026-01-31",
    "2026-13-01",
    "2026-00-10",
    "0000-01-01",
    "9999-12-31",
    "+10000-01-01",
    "-0001-01-01",
    "2026-1-1",
    "2026-01-01T00:00:00Z",
    "20260101",
    "",
    " 2026-01-01",
    "2026-01-01\u{0}",
    "２０２６-01-01",
    "1969-12-31",
    "2021-12-31",
    "2022-01-01",
    "2023-04-11",
    "2023-04-12",
];

fn getal() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| format!("{f:e}")),
        (-1000i64..1000, 1u32..6).prop_map(|(n, d)| format!("{n}.{}", "5".repeat(d as usize))),
        prop::sample::select(vec![
            "0",
            "-0",
            "0.0",
            "-0.0",
            "1e400",
            "-1e400",
            "1e-400",
            "1.7976931348623157e308",
            "4.9e-324",
            "9007199254740993",
            "123456789012345678901234567890",
            "10000000",
            "10000001",
            "9999999.999999999",
            "1E2",
            "1e+2",
            "40",
            "41",
            "-1",
            "24",
            "25",
            "NaN",
            "Infinity",
            "-Infinity",
            "01",
            "+1",
            ".5",
            "5.",
            "0x10",
        ])
        .prop_map(str::to_owned),
    ]
}

fn tekst() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        2 => prop::sample::select(DATUMS).prop_map(str::to_owned),
        2 => prop::sample::select(NAMEN.as_slice()).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["NaN", "Infinity", "-Infinity", "null", "true", "1e400", "SY", "XX",
            "asiel", "geen", "gehuwden", "alleenstaande", "\u{202e}", "\u{feff}", "🇳🇱", "ትግርኛ", "فارسی"])
            .prop_map(str::to_owned),
        // Around the limits: 2,000 characters of 1 to 4 bytes, and far beyond.
        1 => (prop::sample::select(vec!['a', 'é', 'ت', '😀']), 1990usize..2010)
            .prop_map(|(c, n)| c.to_string().repeat(n)),
        1 => (prop::sample::select(vec!['a', '😀']), 7_990usize..9_000).prop_map(|(c, n)| c.to_string().repeat(n)),
    ]
}

fn blad() -> impl Strategy<Value = T> {
    prop_oneof![
        1 => Just(T::Null),
        1 => any::<bool>().prop_map(T::Bool),
        3 => getal().prop_map(T::Num),
        3 => tekst().prop_map(T::Str),
    ]
}

fn naam() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(NAMEN.as_slice()).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => Just(String::new()),
        1 => prop::sample::select(vec!["a.b", "x[0]", "Peildatum", "peildatum ", "__proto__", "constructor"])
            .prop_map(str::to_owned),
    ]
}

/// Random trees up to about 24 levels deep (beyond `MAX_DIEPTE`), keys from the contract.
fn boom() -> impl Strategy<Value = T> {
    blad().prop_recursive(24, 256, 8, |binnen| {
        prop_oneof![
            prop::collection::vec(binnen.clone(), 0..8).prop_map(T::Arr),
            prop::collection::vec((naam(), binnen), 0..8).prop_map(T::Obj),
        ]
    })
}

/// Very deep nesting: a valid value wrapped `n` times in arrays or objects.
fn diep() -> impl Strategy<Value = String> {
    (0usize..200, prop::collection::vec(any::<bool>(), 1..4), blad()).prop_map(|(n, soorten, kern)| {
        let (mut begin, mut eind) = (String::new(), String::new());
        for i in 0..n {
            if soorten[i % soorten.len()] {
                begin.push('[');
                eind.insert(0, ']');
            } else {
                begin.push_str("{\"vasteLasten\":");
                eind.insert(0, '}');
            }
        }
        format!("{begin}{}{eind}", kern.tekst())
    })
}

// Valid inputs to mutate: the contract's own examples and realistic cases.
fn situaties() -> Vec<serde_json::Value> {
    vec![
        serde_json::json!({"peildatum": "2026-03-01", "geboortedatum": "1990-05-17", "nationaliteit": "SY",
            "verblijf": "asiel", "verblijfsdatum": "2025-09-01", "duoBriefDatum": "2025-10-01",
            "pipDatum": "2025-12-01", "leerbaarheidstoets": {"score": 30, "datum": "2025-11-01"},
            "wilOpleiding": true, "bijstand": true, "bijstandSinds": "2025-09-15"}),
        serde_json::json!({"peildatum": "2026-03-01", "geboortedatum": "2009-01-31", "nationaliteit": "ER",
            "verblijf": "gezin_van_asielstatushouder", "verblijfsdatum": "2024-02-29", "leerplichtig": true}),
        serde_json::json!({"peildatum": "2026-03-01", "geboortedatum": "1960-06-30", "nationaliteit": "TR",
            "verblijf": "gezin", "verblijfsdatum": "2021-06-01", "nlDiploma": false}),
        serde_json::json!({"peildatum": "2026-03-01", "geboortedatum": "1985-01-01", "nationaliteit": "XX",
            "verblijf": "geen"}),
    ]
}

fn huishoudens() -> Vec<serde_json::Value> {
    vec![
        serde_json::json!({"startdatum": "2026-01-31", "leefvorm": "alleenstaande", "geboortedatum": "1990-05-17",
            "vasteLasten": {"huur": 65000, "energie": 15000, "water": 2500, "zorgverzekering": 14500}}),
        serde_json::json!({"startdatum": "2025-12-01", "maanden": 12, "leefvorm": "gehuwden",
            "geboortedatum": "1980-02-29", "partnerGeboortedatum": "1982-07-01", "kinderen": 3, "kostendelers": 1,
            "bijstandPerMaand": 180000, "vasteLasten": {"huur": 90000, "energie": 20000},
            "extraInhoudingen": [{"omschrijving": "gemeentelijke belastingen", "bedrag": 3500},
                {"omschrijving": "reserve", "bedrag": 2000}]}),
        serde_json::json!({"startdatum": "2024-07-01", "leefvorm": "alleenstaande_ouder", "geboortedatum": "2004-01-01",
            "kinderen": 1, "vasteLasten": {}}),
    ]
}

fn gemeenten() -> Vec<serde_json::Value> {
    let mut lijst = vec![
        serde_json::json!({}),
        serde_json::json!({"naam": "Haarlem", "onderwijsrouteMaxLeeftijd": 28,
        "perspectief": [{"titel": "Taalcafé", "url": "https://example.org/taalcafe"}]}),
    ];
    // The demo configurations, once the gemeente engineer adds them.
    let www = concat!(env!("CARGO_MANIFEST_DIR"), "/www");
    for bestand in std::fs::read_dir(www).into_iter().flatten().flatten() {
        let naam = bestand.file_name().to_string_lossy().into_owned();
        if naam.starts_with("gemeente") && naam.ends_with(".json") {
            if let Some(waarde) =
                std::fs::read_to_string(bestand.path()).ok().and_then(|t| serde_json::from_str(&t).ok())
            {
                lijst.push(waarde);
            }
        }
    }
    lijst
}

#[derive(Debug, Clone)]
enum Mutatie {
    Weg,
    Hernoem(String),
    Type(T),
    Dubbel(T),
    Datum(&'static str),
    Getal(String),
    Extra(String, T),
    /// The k-th date string of the input becomes the k-th of these (`None`: unchanged).
    Datums(Vec<Option<&'static str>>),
    /// The k-th whole number of the input becomes the k-th of these.
    Getallen(Vec<Option<String>>),
}

/// Dates at and beyond the edges the engine supports, and leap days.
const EXTREME_DATUMS: &[&str] =
    &["1900-01-01", "2200-12-31", "2024-02-29", "1899-12-31", "2201-01-01", "2100-02-28", "2000-02-29", "2026-12-31"];
/// Amounts and counts at and beyond the limits (`MAX_BEDRAG` = 10,000,000 cents).
const EXTREME_GETALLEN: &[&str] =
    &["0", "-1", "-0", "10000000", "10000001", "9999999", "1", "0.5", "1e7", "1e300", "4294967296", "9007199254740993"];

fn mutatie() -> impl Strategy<Value = Mutatie> {
    prop_oneof![
        2 => Just(Mutatie::Weg),
        1 => prop_oneof![
            any::<String>(),
            prop::sample::select(vec!["Peildatum", "peil_datum", "peildatum ", "", "huur2", "bedrag\u{0}"])
                .prop_map(str::to_owned),
        ].prop_map(Mutatie::Hernoem),
        2 => blad().prop_map(Mutatie::Type),
        1 => boom().prop_map(Mutatie::Type),
        1 => blad().prop_map(Mutatie::Dubbel),
        3 => prop::sample::select(DATUMS).prop_map(Mutatie::Datum),
        3 => getal().prop_map(Mutatie::Getal),
        1 => (naam(), blad()).prop_map(|(n, w)| Mutatie::Extra(n, w)),
        3 => prop::collection::vec(prop::option::of(prop::sample::select(EXTREME_DATUMS)), 1..12).prop_map(Mutatie::Datums),
        2 => prop::collection::vec(prop::option::of(prop::sample::select(EXTREME_GETALLEN).prop_map(str::to_owned)), 1..12)
            .prop_map(Mutatie::Getallen),
    ]
}

/// Replaces every date string (every whole number) in input order by the next of `nieuw`.
fn overal(boom: &mut T, k: &mut usize, m: &Mutatie) {
    match (boom, m) {
        (T::Str(s), Mutatie::Datums(nieuw)) if s.len() == 10 && s.as_bytes()[4] == b'-' => {
            if let Some(d) = nieuw[*k % nieuw.len()] {
                *s = d.to_owned();
            }
            *k += 1;
        }
        (T::Num(n), Mutatie::Getallen(nieuw)) if n.bytes().all(|c| c.is_ascii_digit()) => {
            if let Some(g) = &nieuw[*k % nieuw.len()] {
                n.clone_from(g);
            }
            *k += 1;
        }
        (T::Arr(items), _) => items.iter_mut().for_each(|item| overal(item, k, m)),
        (T::Obj(velden), _) => velden.iter_mut().for_each(|(_, w)| overal(w, k, m)),
        _ => {}
    }
}

/// Applies `mutatie` at the `keuze`-th node (depth first) of `boom`; `keuze` wraps around.
fn muteer(boom: &mut T, keuze: usize, mutatie: &Mutatie) {
    if let Mutatie::Datums(_) | Mutatie::Getallen(_) = mutatie {
        return overal(boom, &mut 0, mutatie);
    }
    fn tel(t: &T) -> usize {
        1 + match t {
            T::Arr(items) => items.iter().map(tel).sum(),
            T::Obj(velden) => velden.iter().map(|(_, w)| tel(w)).sum(),
            _ => 0,
        }
    }
    // Finds the object field or array item with index `n`; mutates it there.
    fn ga(t: &mut T, n: &mut usize, m: &Mutatie) -> bool {
        match t {
            T::Obj(velden) => {
                for i in 0..velden.len() {
                    if *n == 0 {
                        match m {
                            Mutatie::Weg => drop(velden.remove(i)),
                            Mutatie::Hernoem(nieuw) => velden[i].0 = nieuw.clone(),
                            Mutatie::Type(w) => velden[i].1 = w.clone(),
                            Mutatie::Dubbel(w) => velden.push((velden[i].0.clone(), w.clone())),
                            Mutatie::Datum(d) => velden[i].1 = T::Str((*d).to_owned()),
                            Mutatie::Getal(g) => velden[i].1 = T::Num(g.clone()),
                            Mutatie::Extra(naam, w) => velden.push((naam.clone(), w.clone())),
                            Mutatie::Datums(_) | Mutatie::Getallen(_) => {}
                        }
                        return true;
                    }
                    *n -= 1;
                    if ga(&mut velden[i].1, n, m) {
                        return true;
                    }
                }
                false
            }
            T::Arr(items) => {
                for i in 0..items.len() {
                    if *n == 0 {
                        match m {
                            Mutatie::Weg => drop(items.remove(i)),
                            Mutatie::Hernoem(_) | Mutatie::Dubbel(_) => items.push(items[i].clone()),
                            Mutatie::Type(w) | Mutatie::Extra(_, w) => items[i] = w.clone(),
                            Mutatie::Datum(d) => items[i] = T::Str((*d).to_owned()),
                            Mutatie::Getal(g) => items[i] = T::Num(g.clone()),
                            Mutatie::Datums(_) | Mutatie::Getallen(_) => {}
                        }
                        return true;
                    }
                    *n -= 1;
                    if ga(&mut items[i], n, m) {
                        return true;
                    }
                }
                false
            }
            _ => false,
        }
    }
    let totaal = tel(boom) - 1; // every node but the root
    if totaal == 0 {
        if let Mutatie::Extra(naam, w) = mutatie {
            *boom = T::Obj(vec![(naam.clone(), w.clone())]);
        }
        return;
    }
    ga(boom, &mut (keuze % totaal), mutatie);
}

/// A valid input with one to four mutations.
fn gemuteerd(basis: Vec<serde_json::Value>) -> impl Strategy<Value = String> {
    (prop::sample::select(basis), prop::collection::vec((any::<usize>(), mutatie()), 1..5)).prop_map(|(basis, ms)| {
        let mut boom = T::van(&basis);
        for (keuze, m) in &ms {
            muteer(&mut boom, *keuze, m);
        }
        boom.tekst()
    })
}

/// A valid input whose dates and whole numbers are replaced by extreme but well-formed ones, so
/// most cases pass validation and reach the date and money arithmetic.
fn extreem(basis: Vec<serde_json::Value>) -> impl Strategy<Value = String> {
    const DATUMS: &[&str] = &[
        "1900-01-01",
        "1900-02-28",
        "2200-12-31",
        "2200-02-28",
        "2024-02-29",
        "2000-02-29",
        "2100-02-28",
        "2026-01-31",
        "2025-12-31",
    ];
    const GETALLEN: &[&str] = &["0", "1", "2", "6", "12", "24", "28", "31", "40", "9999999", "10000000"];
    let datums = prop::collection::vec(prop::option::of(prop::sample::select(DATUMS)), 1..12);
    let getallen =
        prop::collection::vec(prop::option::of(prop::sample::select(GETALLEN).prop_map(str::to_owned)), 1..12);
    (prop::sample::select(basis), datums, getallen).prop_map(|(basis, datums, getallen)| {
        let mut boom = T::van(&basis);
        overal(&mut boom, &mut 0, &Mutatie::Datums(datums));
        overal(&mut boom, &mut 0, &Mutatie::Getallen(getallen));
        boom.tekst()
    })
}

// ---------------------------------------------------------------------------------------------
// The checks.

fn snake_case(code: &str) -> bool {
    let mut delen = code.split('_');
    delen.next().is_some_and(|eerste| eerste.starts_with(|c: char| c.is_ascii_lowercase()))
        && code
            .split('_')
            .all(|deel| !deel.is_empty() && deel.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// True when `pad` (`a.b[2].c`) exists in `waarde`, or only its last field is absent and
/// `ontbreekt` accepts that name (the missing required field). Keys may themselves contain `.`
/// or `[`: every split is tried.
fn pad_bestaat(waarde: &Json, pad: &str, ontbreekt: &dyn Fn(&str) -> bool) -> bool {
    fn zoek(waarde: &Json, rest: &str, top: bool, ontbreekt: &dyn Fn(&str) -> bool) -> bool {
        if rest.is_empty() {
            return true;
        }
        match waarde {
            Json::Array(items) => {
                let Some(binnen) = rest.strip_prefix('[') else { return false };
                let Some(sluit) = binnen.find(']') else { return false };
                match binnen[..sluit].parse::<usize>() {
                    Ok(i) if i < items.len() => zoek(&items[i], &binnen[sluit + 1..], false, ontbreekt),
                    _ => false,
                }
            }
            Json::Object(velden) => {
                let rest = if top {
                    rest
                } else if let Some(r) = rest.strip_prefix('.') {
                    r
                } else {
                    return false;
                };
                let gevonden = velden.iter().any(|(naam, w)| {
                    rest.strip_prefix(naam.as_str()).is_some_and(|na| {
                        (na.is_empty() || na.starts_with(['.', '['])) && zoek(w, na, false, ontbreekt)
                    })
                });
                // A missing required field: a plain name directly under an existing object.
                gevonden || (!rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric()) && ontbreekt(rest))
            }
            _ => false,
        }
    }
    zoek(waarde, pad, true, ontbreekt)
}

fn controleer(fout: &Fout, invoer: Option<&Json>, waar: &str) -> Result<(), String> {
    let code = fout.code();
    if !snake_case(code) {
        return Err(format!("{waar}: code {code:?} is not snake_case"));
    }
    for taal in Taal::ALLE {
        if fout.melding(taal).trim().is_empty() {
            return Err(format!("{waar}: code {code}: empty melding in {}", taal.code()));
        }
    }
    let goed = match invoer {
        None => fout.veld.is_empty(),
        // A field that is not in the input may be named when it is missing: a `verplicht`
        // error, or a field of the contract (a rule that needs it, whatever its code).
        Some(json) => {
            fout.veld.is_empty() || pad_bestaat(json, &fout.veld, &|naam| code == "verplicht" || NAMEN.contains(&naam))
        }
    };
    if !goed {
        return Err(format!("{waar}: code {code}: veld {:?} is not a path of the input", fout.veld));
    }
    Ok(())
}

/// Everything the boundary does with one text, on its own thread so a hang is caught.
fn alles(tekst: String) -> Result<(), String> {
    let invoer = tekst.clone();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let uitkomst = std::panic::catch_unwind(|| alles_binnen(&tekst));
        let _ = tx.send(uitkomst.unwrap_or_else(|paniek| {
            let melding = paniek
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| paniek.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(format!("PANIC: {melding}"))
        }));
    });
    match rx.recv_timeout(HANG) {
        Ok(uitkomst) => uitkomst,
        // Shrinking a hang would leave a spinning thread behind per attempt: stop right here.
        Err(_) => {
            // Straight to stderr: the test harness would swallow eprintln! output at exit.
            let _ = writeln!(std::io::stderr(), "HANG: no answer within {HANG:?} for input: {invoer}");
            std::process::exit(3);
        }
    }
}

/// A result's JSON text is valid JSON (read back by serde_json).
fn geldige_json(uit: &impl NaarJson, wat: &str) -> Result<(), String> {
    serde_json::from_str::<serde_json::Value>(&uit.json_tekst()).map(drop).map_err(|e| format!("{wat} output: {e}"))
}

fn alles_binnen(tekst: &str) -> Result<(), String> {
    let json = match Json::lees_tekst(tekst) {
        Ok(json) => json,
        Err(fout) => return controleer(&fout, None, "Json::lees_tekst"),
    };
    let standaard = Gemeente::standaard();
    match antwoord::antwoord(&json, &standaard) {
        Ok(uit) => geldige_json(&uit, "advies")?,
        Err(fout) => controleer(&fout, Some(&json), "advies")?,
    }
    match ontzorgen::ontzorgen(&json, &standaard) {
        Ok(uit) => geldige_json(&uit, "ontzorgen")?,
        Err(fout) => controleer(&fout, Some(&json), "ontzorgen")?,
    }
    match Gemeente::lees(&json) {
        // A gemeente that reads must be usable for advice.
        Ok(gemeente) => {
            for situatie in situaties() {
                let situatie = Json::lees_tekst(&situatie.to_string()).map_err(|f| f.code().to_owned())?;
                if let Err(fout) = antwoord::antwoord(&situatie, &gemeente) {
                    controleer(&fout, Some(&situatie), "advies with this gemeente")?;
                }
            }
        }
        Err(fout) => controleer(&fout, Some(&json), "Gemeente::lees")?,
    }
    Ok(())
}

#[test]
fn random_json_trees() {
    fuzz("random_json_trees", 1, boom(), |boom| {
        let tekst = boom.tekst();
        if let Err(e) = alles(tekst.clone()) {
            prop_assert!(false, "{e}\ninput: {tekst}");
        }
        Ok(())
    });
}

#[test]
fn deep_nesting() {
    fuzz("deep_nesting", 1, diep(), |tekst| {
        if let Err(e) = alles(tekst.clone()) {
            prop_assert!(false, "{e}\ninput: {tekst}");
        }
        Ok(())
    });
}

#[test]
fn random_text() {
    fuzz("random_text", 1, prop_oneof![any::<String>(), "[\\[\\]{}\":,0-9a-z. eE+-]{0,64}"], |tekst| {
        if let Err(e) = alles(tekst.clone()) {
            prop_assert!(false, "{e}\ninput: {tekst:?}");
        }
        Ok(())
    });
}

#[test]
fn mutated_situaties() {
    fuzz("mutated_situaties", 1, gemuteerd(situaties()), |tekst| {
        if let Err(e) = alles(tekst.clone()) {
            prop_assert!(false, "{e}\ninput: {tekst}");
        }
        Ok(())
    });
}

#[test]
fn mutated_huishoudens() {
    fuzz("mutated_huishoudens", 1, gemuteerd(huishoudens()), |tekst| {
        if let Err(e) = alles(tekst.clone()) {
            prop_assert!(false, "{e}\ninput: {tekst}");
        }
        Ok(())
    });
}

#[test]
fn extreme_dates_and_amounts() {
    fuzz("extreme_dates_and_amounts", 1, prop_oneof![extreem(situaties()), extreem(huishoudens())], |tekst| {
        if let Err(e) = alles(tekst.clone()) {
            prop_assert!(false, "{e}\ninput: {tekst}");
        }
        Ok(())
    });
}

#[test]
fn mutated_gemeenten() {
    fuzz("mutated_gemeenten", 1, gemuteerd(gemeenten()), |tekst| {
        if let Err(e) = alles(tekst.clone()) {
            prop_assert!(false, "{e}\ninput: {tekst}");
        }
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// The `Velden` reader every engine builds on, called in random ways on random objects.

#[derive(Debug, Clone)]
enum Lezer {
    Bool,
    Tekst,
    Datum,
    Geheel(i64, i64),
    Bedrag,
    Keuze,
    Verplicht,
    /// A nested object read with the same allowed names, then each of its fields as text.
    Object,
    /// A list whose items are read as objects.
    Lijst,
}

fn lezer() -> impl Strategy<Value = (String, Lezer)> {
    let soort = prop_oneof![
        Just(Lezer::Bool),
        Just(Lezer::Tekst),
        Just(Lezer::Datum),
        (any::<i64>(), any::<i64>()).prop_map(|(a, b)| Lezer::Geheel(a.min(b), a.max(b))),
        (0i64..5, 0i64..50).prop_map(|(a, b)| Lezer::Geheel(a, b)),
        Just(Lezer::Bedrag),
        Just(Lezer::Keuze),
        Just(Lezer::Verplicht),
        Just(Lezer::Object),
        Just(Lezer::Lijst),
    ];
    // Contract names: a reader only ever asks for those (a missing one is `verplicht`).
    (prop::sample::select(NAMEN.as_slice()).prop_map(str::to_owned), soort)
}

fn lees_velden(json: &Json, namen: &[&str], lezers: &[(String, Lezer)]) -> Result<(), Fout> {
    let velden = Velden::lees(json, "", namen)?;
    for (naam, soort) in lezers {
        match soort {
            Lezer::Bool => drop(velden.bool(naam)?),
            Lezer::Tekst => drop(velden.tekst(naam)?),
            Lezer::Datum => drop(velden.datum(naam)?),
            Lezer::Geheel(min, max) => drop(velden.geheel(naam, *min, *max)?),
            Lezer::Bedrag => drop(velden.bedrag(naam)?),
            Lezer::Keuze => drop(velden.keuze(naam, &[("asiel", 1), ("geen", 2), ("", 3)])?),
            Lezer::Verplicht => drop(velden.verplicht(naam, velden.waarde(naam))?),
            Lezer::Object => {
                if let Some(binnen) = velden.object(naam, namen)? {
                    for n in namen {
                        binnen.tekst(n)?;
                    }
                }
            }
            Lezer::Lijst => {
                for (pad, item) in velden.lijst(naam)? {
                    let binnen = Velden::lees(item, &pad, namen)?;
                    for n in namen {
                        binnen.bedrag(n)?;
                    }
                }
            }
        }
    }
    Ok(())
}

#[test]
fn the_field_reader() {
    fuzz(
        "the_field_reader",
        1,
        (boom(), prop::collection::vec(lezer(), 0..12), any::<bool>()),
        |(boom, lezers, alle)| {
            let tekst = boom.tekst();
            if let Ok(json) = Json::lees_tekst(&tekst) {
                // Either exactly the names present (no unknown field) or the contract's names.
                let mut namen: Vec<&str> = NAMEN.to_vec();
                if let (Json::Object(velden), true) = (&json, alle) {
                    namen = velden.iter().map(|(n, _)| n.as_str()).collect();
                }
                if let Err(fout) = lees_velden(&json, &namen, &lezers) {
                    if let Err(e) = controleer(&fout, Some(&json), "Velden") {
                        prop_assert!(false, "{e}\ninput: {tekst}\nreaders: {lezers:?}");
                    }
                }
            }
            Ok(())
        },
    );
}

// ---------------------------------------------------------------------------------------------
// Raw bytes through the command line: one output line per input line, exit 0.

fn regel() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        2 => prop::collection::vec(any::<u8>(), 0..64),
        2 => gemuteerd(situaties()).prop_map(String::into_bytes),
        2 => gemuteerd(huishoudens()).prop_map(String::into_bytes),
        1 => boom().prop_map(|b| b.tekst().into_bytes()),
        1 => prop::sample::select(vec![&b"\xff\xfe"[..], b"\xc3", b"\xed\xa0\x80", b"{\"a\":\"\xe9\"}", b"\r", b""])
            .prop_map(<[u8]>::to_vec),
    ]
    // One line: the separator is added when joining.
    .prop_map(|mut r| {
        r.retain(|b| *b != b'\n');
        r
    })
}

// Each case starts two processes: fewer cases than the in-process properties.
#[test]
fn raw_bytes_through_the_cli() {
    fuzz(
        "raw_bytes_through_the_cli",
        50,
        (prop::collection::vec(regel(), 0..40), any::<bool>(), any::<bool>()),
        |(regels, crlf, slot)| {
            let mut invoer = Vec::new();
            for r in &regels {
                invoer.extend_from_slice(r);
                invoer.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
            }
            // Without a final newline the last line still counts when it is not empty.
            if !slot && !regels.is_empty() {
                invoer.truncate(invoer.len() - if crlf { 2 } else { 1 });
            }
            let verwacht = invoer.iter().filter(|b| **b == b'\n').count()
                + usize::from(!invoer.is_empty() && !invoer.ends_with(b"\n"));
            for opdracht in ["advies", "ontzorgen"] {
                let mut kind = Command::new(env!("CARGO_BIN_EXE_wijzer"))
                    .args([opdracht, "--jsonl"])
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("wijzer starts");
                let mut stdin = kind.stdin.take().unwrap();
                let schrijver = {
                    let invoer = invoer.clone();
                    std::thread::spawn(move || stdin.write_all(&invoer))
                };
                let uit = kind.wait_with_output().unwrap();
                schrijver.join().unwrap().unwrap();
                let stdout = String::from_utf8(uit.stdout).map_err(|_| TestCaseError::fail("stdout is not UTF-8"))?;
                prop_assert_eq!(
                    uit.status.code(),
                    Some(0),
                    "{} exit; stderr: {}",
                    opdracht,
                    String::from_utf8_lossy(&uit.stderr)
                );
                let regels_uit: Vec<&str> = stdout.lines().collect();
                prop_assert_eq!(
                    regels_uit.len(),
                    verwacht,
                    "{} lines for input {:?}",
                    opdracht,
                    String::from_utf8_lossy(&invoer)
                );
                for r in regels_uit {
                    let waarde: serde_json::Value = serde_json::from_str(r)
                        .map_err(|e| TestCaseError::fail(format!("{opdracht}: not JSON: {e}: {r}")))?;
                    if let Some(fout) = waarde.get("fout") {
                        let code = fout["code"].as_str().unwrap_or("");
                        prop_assert!(snake_case(code), "{}: code {:?}", opdracht, code);
                        prop_assert!(
                            fout["melding"].as_str().is_some_and(|m| !m.is_empty()),
                            "{}: melding in {}",
                            opdracht,
                            r
                        );
                        prop_assert!(fout["veld"].is_string(), "{}: veld in {}", opdracht, r);
                    }
                }
            }
            Ok(())
        },
    );
}

/// `wijzer advies --gemeente file`: a mutated configuration gives one JSON line, exit 0 or 2.
#[test]
fn mutated_gemeente_files_through_the_cli() {
    fuzz("mutated_gemeente_files_through_the_cli", 50, (gemuteerd(gemeenten()), 0usize..4), |(gemeente, n)| {
        let pad = std::env::temp_dir().join(format!("wijzer-fuzz-{}-{n}.json", std::process::id()));
        std::fs::write(&pad, &gemeente).unwrap();
        let situatie = situaties()[n].to_string();
        let uit = Command::new(env!("CARGO_BIN_EXE_wijzer"))
            .args(["advies", "--gemeente", pad.to_str().unwrap()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .and_then(|mut kind| {
                // A bad configuration is answered before stdin is read: a closed pipe is fine.
                let _ = kind.stdin.take().unwrap().write_all(situatie.as_bytes());
                kind.wait_with_output()
            })
            .unwrap();
        let _ = std::fs::remove_file(&pad);
        let stdout = String::from_utf8_lossy(&uit.stdout);
        prop_assert!(matches!(uit.status.code(), Some(0 | 2)), "exit {:?} for {}", uit.status.code(), gemeente);
        prop_assert_eq!(stdout.lines().count(), 1, "output {} for {}", stdout, gemeente);
        let waarde: serde_json::Value =
            serde_json::from_str(stdout.trim()).map_err(|e| TestCaseError::fail(format!("{e}: {stdout}")))?;
        if let Some(fout) = waarde.get("fout") {
            prop_assert_eq!(uit.status.code(), Some(2));
            let code = fout["code"].as_str().unwrap_or("");
            prop_assert!(snake_case(code), "code {:?}", code);
            prop_assert!(fout["melding"].as_str().is_some_and(|m| !m.is_empty()), "melding in {}", stdout);
        }
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// The language packs the browser fetches (`i18n::pakket`), damaged on the way.

#[derive(Debug, Clone)]
enum Schade {
    Afgekapt(prop::sample::Index),
    BitOm(prop::sample::Index, u8),
    Ingevoegd(prop::sample::Index, u8),
    Weg(prop::sample::Index),
    Vervangen(prop::sample::Index, u8),
}

fn schade() -> impl Strategy<Value = Schade> {
    prop_oneof![
        any::<prop::sample::Index>().prop_map(Schade::Afgekapt),
        (any::<prop::sample::Index>(), 0u8..8).prop_map(|(i, bit)| Schade::BitOm(i, bit)),
        (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(i, b)| Schade::Ingevoegd(i, b)),
        any::<prop::sample::Index>().prop_map(Schade::Weg),
        (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(i, b)| Schade::Vervangen(i, b)),
    ]
}

impl Schade {
    fn toegepast(&self, bytes: &mut Vec<u8>) {
        let n = bytes.len();
        if n == 0 {
            return;
        }
        match self {
            Schade::Afgekapt(i) => bytes.truncate(i.index(n)),
            Schade::BitOm(i, bit) => bytes[i.index(n)] ^= 1 << bit,
            Schade::Ingevoegd(i, b) => bytes.insert(i.index(n + 1), *b),
            Schade::Weg(i) => drop(bytes.remove(i.index(n))),
            Schade::Vervangen(i, b) => bytes[i.index(n)] = *b,
        }
    }
}

/// Every pack of this build, cut, with bits flipped, bytes inserted, removed or replaced, or
/// random bytes: the reader never panics, and takes a pack only when it is exactly the pack as
/// built (each table's part has its length and FNV-1a sum, which one changed byte always changes).
#[test]
fn damaged_language_packs() {
    let talen: Vec<Taal> = Taal::ALLE.into_iter().filter(|taal| *taal != Taal::Nl).collect();
    let pakketten: Vec<Vec<u8>> = talen.iter().map(|taal| pakket::maak(*taal, &TALENPAKKET)).collect();
    let invoer = prop_oneof![
        4 => (0..pakketten.len(), prop::collection::vec(schade(), 0..4)).prop_map(|(i, schades)| {
            let mut bytes = pakketten[i].clone();
            for schade in &schades {
                schade.toegepast(&mut bytes);
            }
            bytes
        }),
        1 => prop::collection::vec(any::<u8>(), 0..64).prop_map(|mut bytes| {
            bytes.splice(0..0, b"IWT1ar".iter().copied().take(bytes.len() % 7));
            bytes
        }),
    ];
    fuzz("damaged_language_packs", 1, invoer, |bytes| {
        match pakket::laad(&bytes, &TALENPAKKET) {
            Ok(taal) => {
                let zo_gebouwd = talen.iter().position(|t| *t == taal).map(|i| &pakketten[i]);
                prop_assert!(zo_gebouwd == Some(&bytes), "a damaged pack taken as {}", taal.code());
            }
            Err(geweigerd) => {
                prop_assert!(!pakketten.contains(&bytes), "a pack as built refused");
                prop_assert!(!geweigerd.melding().is_empty());
            }
        }
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// Caseload files (`engine::caseload`): a window of the sample CSV, or JSON lines of mutated
// situaties, damaged as the packs above, with Haarlem's configuration.

static VOORBEELD: LazyLock<Vec<String>> = LazyLock::new(|| {
    let pad = concat!(env!("CARGO_MANIFEST_DIR"), "/www/caseload-voorbeeld.csv");
    std::fs::read_to_string(pad).unwrap().lines().map(str::to_owned).collect()
});

fn caseload_bestand() -> impl Strategy<Value = Vec<u8>> {
    let csv = (1..VOORBEELD.len(), 0usize..12, any::<bool>()).prop_map(|(begin, n, crlf)| {
        let einde = (begin + n).min(VOORBEELD.len());
        let regels: Vec<&str> =
            std::iter::once(&VOORBEELD[0]).chain(&VOORBEELD[begin..einde]).map(String::as_str).collect();
        regels.join(if crlf { "\r\n" } else { "\n" }).into_bytes()
    });
    let jsonl = prop::collection::vec(gemuteerd(situaties()), 0..8).prop_map(|regels| regels.join("\n").into_bytes());
    (prop_oneof![3 => csv, 1 => jsonl], prop::collection::vec(schade(), 0..4)).prop_map(|(mut bytes, schades)| {
        for schade in &schades {
            schade.toegepast(&mut bytes);
        }
        bytes
    })
}

/// Never a panic; a file refused whole has a well-formed `fout`; every bad line has its line
/// number within the file, a snake_case code and a message; the worklist is written.
#[test]
fn damaged_caseload_files() {
    let haarlem = {
        let tekst = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/gemeente-haarlem.json")).unwrap();
        Gemeente::lees(&Json::lees_tekst(&tekst).unwrap()).unwrap()
    };
    fuzz("damaged_caseload_files", 4, caseload_bestand(), |bytes| {
        let regels = bytes.split(|b| *b == b'\n').count();
        match caseload::lees(&bytes, datum::dag(2026, 12, 7), &haarlem) {
            Ok(gelezen) => {
                for fout in &gelezen.fouten {
                    prop_assert!((1..=regels).contains(&fout.regel), "line {} of {}", fout.regel, regels);
                    prop_assert!(snake_case(fout.fout.code()), "code {:?}", fout.fout.code());
                    prop_assert!(!fout.fout.melding(Taal::Nl).is_empty());
                }
                prop_assert!(gelezen.klanten.len() + gelezen.fouten.len() <= regels);
                let _ = werklijst(&gelezen);
            }
            Err(fout) => prop_assert!(snake_case(fout.code()) && !fout.melding(Taal::Nl).is_empty()),
        }
        Ok(())
    });
}

// Found by `mutated_gemeenten`: `link()` sliced at a byte index inside a multi-byte character.
#[test]
fn a_gemeente_link_starting_with_multibyte_text_is_a_fout() {
    for tekst in [r#"{"contact":{"email":"éééé"}}"#, r#"{"contact":{"website":"aéééé"}}"#] {
        let json = Json::lees_tekst(tekst).unwrap();
        let uitkomst = std::panic::catch_unwind(|| Gemeente::lees(&json).map(|_| ()));
        match uitkomst {
            Ok(Err(fout)) => assert_eq!(fout.code(), "ongeldige_link", "{tekst}"),
            Ok(Ok(())) => panic!("accepted {tekst}"),
            Err(_) => panic!("Gemeente::lees panics on {tekst}"),
        }
    }
}

#[test]
fn the_path_checker_itself() {
    let json = Json::lees_tekst(r#"{"a": {"b": [1, {"c": 2}]}, "x.y": 1, "n": null}"#).unwrap();
    for goed in ["a", "a.b", "a.b[1].c", "x.y", "n", "peildatum", "a.huur", "a.b[1].d"] {
        assert!(pad_bestaat(&json, goed, &|naam| naam != "nergens"), "{goed}");
    }
    for fout in ["a.b[2]", "a.b.c", "q.r", "a.b[1].c.d", "a[0]", "a.x.y", "nergens", "a.nergens"] {
        assert!(!pad_bestaat(&json, fout, &|naam| naam != "nergens"), "{fout}");
    }
    assert!(snake_case("ongeldige_json") && snake_case("b1") && !snake_case("Fout") && !snake_case("a__b"));
    assert!(!snake_case("") && !snake_case("_a") && !snake_case("a_"));
}

// ---------------------------------------------------------------------------------------------
// The core's JSON reader against serde_json: what serde_json writes, the reader reads back.

#[test]
fn strings_written_by_serde_json_read_back_unchanged() {
    fuzz("strings_written_by_serde_json_read_back_unchanged", 1, any::<String>(), |tekst| {
        let json = serde_json::to_string(&tekst).unwrap();
        prop_assume!(tekst.len() <= inburgeringswijzer::engine::json::MAX_TEKST * 4);
        prop_assert_eq!(Json::lees_tekst(&json).unwrap(), Json::String(tekst));
        Ok(())
    });
}

#[test]
fn numbers_written_by_serde_json_read_back() {
    fuzz("numbers_written_by_serde_json_read_back", 1, (any::<i64>(), any::<f64>()), |(geheel, breuk)| {
        // Whole numbers (every number of the contract) exactly, as f64 rounds them.
        let json = serde_json::to_string(&geheel).unwrap();
        prop_assert_eq!(Json::lees_tekst(&json).unwrap(), Json::Number(geheel as f64));
        // Other numbers (never valid in the contract, but still read) within a few rounding steps.
        prop_assume!(breuk.is_finite());
        let Json::Number(gelezen) = Json::lees_tekst(&serde_json::to_string(&breuk).unwrap()).unwrap() else {
            return Err(TestCaseError::fail("not a number"));
        };
        let marge = breuk.abs() * 1e-14;
        prop_assert!(
            (gelezen - breuk).abs() <= marge || (breuk.abs() < 1e-300 && gelezen.abs() < 1e-300),
            "{} read as {}",
            breuk,
            gelezen
        );
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// The reader against serde_json: on random and mutated text, the same texts are accepted and
// rejected, and what both accept reads as the same values.

/// A value as serde_json keeps it: object fields by name, the last of duplicates.
fn zoals_serde(waarde: &Json) -> serde_json::Value {
    match waarde {
        Json::Null => serde_json::Value::Null,
        Json::Bool(b) => serde_json::Value::Bool(*b),
        Json::Number(n) => serde_json::Number::from_f64(*n).map_or(serde_json::Value::Null, serde_json::Value::Number),
        Json::String(s) => serde_json::Value::String(s.clone()),
        Json::Array(items) => serde_json::Value::Array(items.iter().map(zoals_serde).collect()),
        Json::Object(velden) => {
            serde_json::Value::Object(velden.iter().map(|(n, w)| (n.clone(), zoals_serde(w))).collect())
        }
    }
}

/// `ons` (the reader's, as [`zoals_serde`] gives it) equals serde_json's, numbers within a
/// relative 1e-12 (the reader scales a mantissa of at most 19 digits; every number the contract
/// takes is a whole number, read exactly).
fn gelijk(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value::*;
    match (a, b) {
        (Number(x), Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            x == y || (x - y).abs() <= 1e-12 * x.abs().max(y.abs())
        }
        // Near f64's end the reader's scaling may overflow to infinity (shown as null here);
        // every field refuses such a number either way.
        (Null, Number(y)) => y.as_f64().unwrap().abs() > 1e300,
        (Array(x), Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| gelijk(x, y)),
        (Object(x), Object(y)) => x.len() == y.len() && x.iter().zip(y).all(|((k, v), (l, w))| k == l && gelijk(v, w)),
        _ => a == b,
    }
}

/// The sizes serde_json meets in a text, duplicate fields included (its own value keeps only the
/// last of them): the height of the nesting, the longest list or object, string and name.
#[derive(Default, Debug)]
struct Maat {
    hoogte: usize,
    lijst: usize,
    tekst: usize,
    naam: usize,
}

impl Maat {
    fn met(self, binnen: Maat) -> Maat {
        Maat {
            hoogte: self.hoogte.max(binnen.hoogte + 1),
            lijst: self.lijst.max(binnen.lijst),
            tekst: self.tekst.max(binnen.tekst),
            naam: self.naam.max(binnen.naam),
        }
    }

    /// Beyond the reader's limits, which it refuses on purpose.
    fn te_groot(&self) -> bool {
        use inburgeringswijzer::engine::json::{MAX_DIEPTE, MAX_LIJST, MAX_TEKST};
        self.hoogte > MAX_DIEPTE || self.lijst > MAX_LIJST || self.tekst > MAX_TEKST * 4 || self.naam > MAX_TEKST
    }
}

impl<'de> serde::Deserialize<'de> for Maat {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Maat, D::Error> {
        d.deserialize_any(MaatBezoeker)
    }
}

struct MaatBezoeker;

impl<'de> serde::de::Visitor<'de> for MaatBezoeker {
    type Value = Maat;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Maat, E> {
        Ok(Maat::default())
    }
    fn visit_i64<E>(self, _: i64) -> Result<Maat, E> {
        Ok(Maat::default())
    }
    fn visit_u64<E>(self, _: u64) -> Result<Maat, E> {
        Ok(Maat::default())
    }
    fn visit_f64<E>(self, _: f64) -> Result<Maat, E> {
        Ok(Maat::default())
    }
    fn visit_unit<E>(self) -> Result<Maat, E> {
        Ok(Maat::default())
    }
    fn visit_str<E>(self, s: &str) -> Result<Maat, E> {
        Ok(Maat { tekst: s.len(), ..Maat::default() })
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut items: A) -> Result<Maat, A::Error> {
        let (mut maat, mut n) = (Maat::default(), 0);
        while let Some(item) = items.next_element::<Maat>()? {
            maat = maat.met(item);
            n += 1;
        }
        maat.lijst = maat.lijst.max(n);
        Ok(maat)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut velden: A) -> Result<Maat, A::Error> {
        let (mut maat, mut n) = (Maat::default(), 0);
        while let Some(naam) = velden.next_key::<String>()? {
            maat.naam = maat.naam.max(naam.len());
            maat = maat.met(velden.next_value::<Maat>()?);
            n += 1;
        }
        maat.lijst = maat.lijst.max(n);
        Ok(maat)
    }
}

fn zoals_serde_json(tekst: &str) -> Result<(), String> {
    let ons = Json::lees_tekst(tekst);
    let serde = serde_json::from_str::<serde_json::Value>(tekst);
    match (ons, serde) {
        (Ok(ons), Ok(serde)) if !gelijk(&zoals_serde(&ons), &serde) => {
            Err(format!("different values: {:?} against {serde}", zoals_serde(&ons)))
        }
        (Err(fout), Ok(serde)) if !serde_json::from_str::<Maat>(tekst).is_ok_and(|m| m.te_groot()) => {
            Err(format!("refused ({}) what serde_json reads as {serde}", fout.code()))
        }
        // serde_json refuses a number beyond f64's range; the reader reads it as infinite, which
        // every field then refuses as out of range (a later duplicate key may replace it).
        (Ok(_), Err(e)) if !e.to_string().contains("number out of range") => {
            Err(format!("read what serde_json refuses: {e}"))
        }
        _ => Ok(()),
    }
}

/// Text edits that break or bend JSON: delete, insert or replace one character.
fn bewerkt() -> impl Strategy<Value = String> {
    let teken =
        prop::sample::select(vec!['[', ']', '{', '}', '"', ',', ':', '\\', '-', '.', 'e', '0', '1', ' ', 'u', 'n']);
    (boom(), prop::collection::vec((any::<usize>(), 0u8..3, teken), 1..4)).prop_map(|(boom, bewerkingen)| {
        let mut tekens: Vec<char> = boom.tekst().chars().collect();
        for (plek, soort, teken) in bewerkingen {
            let plek = plek % (tekens.len() + 1);
            match soort {
                0 if plek < tekens.len() => drop(tekens.remove(plek)),
                1 if plek < tekens.len() => tekens[plek] = teken,
                _ => tekens.insert(plek, teken),
            }
        }
        tekens.into_iter().collect()
    })
}

#[test]
fn the_reader_agrees_with_serde_json() {
    fuzz(
        "the_reader_agrees_with_serde_json",
        1,
        prop_oneof![
            2 => boom().prop_map(|b| b.tekst()),
            3 => bewerkt(),
            2 => gemuteerd(situaties()),
            2 => "[\\[\\]{}\":,0-9a-z. eE+\\\\-]{0,64}",
            1 => any::<String>(),
        ],
        |tekst| {
            if let Err(e) = zoals_serde_json(&tekst) {
                prop_assert!(false, "{e}\ninput: {tekst:?}");
            }
            Ok(())
        },
    );
}

#[test]
fn the_comparison_with_serde_json_can_fail() {
    assert!(zoals_serde_json("[1, 2]").is_ok());
    assert!(zoals_serde_json("[1e400]").is_ok(), "out of range for serde_json, infinite for the reader");
    let diep = "[".repeat(40) + &"]".repeat(40);
    assert!(zoals_serde_json(&diep).is_ok(), "beyond the reader's depth on purpose");
    assert!(!gelijk(&serde_json::json!([1, {"a": "b"}]), &serde_json::json!([1, {"a": "c"}])));
    let maat = |tekst: &str| serde_json::from_str::<Maat>(tekst).unwrap();
    let lang = format!("{{\"a\": \"{}\", \"a\": 1}}", "x".repeat(9_000));
    assert!(maat(&lang).te_groot(), "a long string hidden by a duplicate field counts");
    assert!(maat(&("[".repeat(17) + &"]".repeat(17))).hoogte == 16 && !maat("[[1]]").te_groot());
    assert!(zoals_serde_json("[1, 2").is_ok() && zoals_serde_json("{\"a\": 01}").is_ok());
}
