//! The journeys through the widget, natively: each event a person (or the page) causes, with
//! the DOM operations that follow, compared with their recorded lists in `tests/reizen/`. A
//! change that changes what a person sees changes a list here; one that should not (a
//! restructuring) leaves every list as it was. After a change meant to be seen:
//! `REIZEN_SCHRIJVEN=1 cargo test --lib web::reizen`, then read the difference (`git diff
//! tests/reizen`) before committing it.

use chrono::NaiveDate;

use super::staat::Staat;
use crate::basis::datum::dag;
use crate::engine::json::Json;

/// The day every journey happens on (the browser's date, the `peildatum`).
const VANDAAG: NaiveDate = match NaiveDate::from_ymd_opt(2026, 12, 7) {
    Some(d) => d,
    None => panic!(),
};

/// A person on one element, and what the page was told to do, event by event.
struct Reis {
    staat: Staat,
    verslag: String,
}

impl Reis {
    /// A new element with the attributes `lang`, `modus` and `onderdeel`.
    fn nieuw(attributen: [&str; 3]) -> Reis {
        super::dom::neem();
        Reis { staat: Staat::nieuw(VANDAAG, attributen), verslag: String::new() }
    }

    /// Writes the event and its operations, one a line, the fields apart by a space; a field
    /// that is empty or holds a space, a quote or a control character is quoted as Rust quotes
    /// it (so a line break inside a text stays on its line).
    fn schrijf(&mut self, gebeurtenis: &str, operaties: String) {
        self.verslag.push_str(&format!("# {gebeurtenis}\n"));
        for operatie in operaties.split('\u{1e}').filter(|o| !o.is_empty()) {
            for (i, veld) in operatie.split('\u{1f}').enumerate() {
                if i > 0 {
                    self.verslag.push(' ');
                }
                if veld.is_empty() || veld.contains(|c: char| c == ' ' || c == '"' || c == '\\' || c.is_control()) {
                    self.verslag.push_str(&format!("{veld:?}"));
                } else {
                    self.verslag.push_str(veld);
                }
            }
            self.verslag.push('\n');
        }
    }

    fn teken(&mut self) {
        let ops = self.staat.teken();
        self.schrijf("teken", ops);
    }

    fn attribuut(&mut self, attributen: [&str; 3]) {
        let ops = self.staat.attribuut(attributen);
        self.schrijf(&format!("attribuut {attributen:?}"), ops);
    }

    fn invoer(&mut self, naam: &str, waarde: &str) {
        let ops = self.staat.invoer(naam, waarde);
        self.schrijf(&format!("invoer {naam} = {waarde:?}"), ops);
    }

    /// Answers as a person types them; a date as its day, month and year.
    fn vul(&mut self, antwoorden: &[(&str, &str)]) {
        for (naam, waarde) in antwoorden {
            self.invoer(naam, waarde);
        }
    }

    fn datum(&mut self, sleutel: &str, datum: NaiveDate) {
        use chrono::Datelike;
        self.invoer(&format!("{sleutel}.dag"), &datum.day().to_string());
        self.invoer(&format!("{sleutel}.maand"), &datum.month().to_string());
        self.invoer(&format!("{sleutel}.jaar"), &datum.year().to_string());
    }

    fn actie(&mut self, actie: &str) {
        let ops = self.staat.actie(actie);
        self.schrijf(&format!("actie {actie}"), ops);
    }

    fn openen(&mut self, tekst: &str) {
        let ops = self.staat.openen(tekst);
        self.schrijf(&format!("openen {tekst:?}"), ops);
    }

    /// A configuration the page named arrives (after the first drawing); its problems go to the
    /// console.
    fn gemeente(&mut self, config: &str) {
        let ops = self.staat.gemeente(Json::lees_tekst(config), "");
        self.schrijf("gemeente", ops);
        let meldingen = self.staat.gemeente_meldingen();
        self.verslag.push_str(&format!("# console {meldingen:?}\n"));
    }

    /// The operations of the whole journey are the recorded ones (or, with
    /// `REIZEN_SCHRIJVEN=1`, become them).
    fn vergelijk(self, naam: &str) {
        let pad = format!("{}/tests/reizen/{naam}.ops", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("REIZEN_SCHRIJVEN").is_some() {
            std::fs::write(&pad, &self.verslag).expect("the journey is written");
            return;
        }
        let vastgelegd = std::fs::read_to_string(&pad).unwrap_or_default();
        for (i, (nu, toen)) in self.verslag.lines().zip(vastgelegd.lines()).enumerate() {
            assert_eq!(nu, toen, "{pad}:{}: the operations differ (REIZEN_SCHRIJVEN=1 records them anew)", i + 1);
        }
        assert_eq!(
            self.verslag.lines().count(),
            vastgelegd.lines().count(),
            "{pad}: a different number of operations (REIZEN_SCHRIJVEN=1 records them anew)"
        );
    }
}

const HAARLEM: &str = include_str!("../../www/gemeente-haarlem.json");
const AMSTERDAM: &str = include_str!("../../www/gemeente-amsterdam.json");

/// An Eritrean status holder in Tigrinya, then Dutch, with Haarlem's traject and contactkaart:
/// the PIP deadline passed, the term running; a part ticked with an impossible day, then the
/// right one; the calendar file, the saved file, "Wis alles" and undo.
#[test]
fn a_status_holder() {
    let mut reis = Reis::nieuw(["ti", "", "advies"]);
    reis.teken();
    reis.gemeente(HAARLEM);
    reis.datum("a:geboortedatum", dag(1994, 6, 3));
    reis.vul(&[("a:nationaliteit", "ER"), ("a:verblijf", "asiel")]);
    reis.datum("a:verblijfsdatum", dag(2025, 10, 15));
    reis.datum("a:duoBriefDatum", dag(2025, 11, 15));
    reis.datum("a:pipDatum", dag(2026, 2, 15));
    reis.vul(&[("a:bijstand", "ja")]);
    reis.datum("a:bijstandSinds", dag(2025, 11, 1));
    reis.datum("a:huisvestingDatum", dag(2026, 1, 12));
    reis.vul(&[("k:klantmanager.naam", "Fatima")]);
    reis.attribuut(["nl", "", "advies"]);
    reis.vul(&[("a:behaald.pvt", "ja")]);
    // The day it was done, under the box: 31 February is refused there, the advice stays.
    reis.vul(&[("a:behaald.pvt.dag", "31"), ("a:behaald.pvt.maand", "2"), ("a:behaald.pvt.jaar", "2026")]);
    reis.datum("a:behaald.pvt", dag(2026, 11, 3));
    reis.actie("agenda");
    reis.actie("opslaan");
    reis.actie("afdrukken");
    reis.actie("wis");
    reis.actie("herstel");
    reis.actie("wis");
    reis.invoer("a:verblijf", "asiel");
    reis.vergelijk("statushouder");
}

/// An undocumented person in Amsterdam, in English: one answer, the local offers, the budget
/// hidden; the calendar file has nothing to hold.
#[test]
fn an_undocumented_person() {
    let mut reis = Reis::nieuw(["en", "", ""]);
    reis.teken();
    reis.gemeente(AMSTERDAM);
    reis.invoer("a:verblijf", "geen");
    reis.actie("agenda");
    reis.vergelijk("ongedocumenteerd");
}

/// The budget alone: the worked example typed, letters in an amount (said at the field, in
/// Turkish too), mended; the answers saved and opened again; a file that is no JSON.
#[test]
fn the_budget() {
    let mut reis = Reis::nieuw(["", "", "ontzorgen"]);
    reis.teken();
    reis.datum("o:startdatum", dag(2024, 4, 1));
    reis.vul(&[("o:leefvorm", "alleenstaande")]);
    reis.datum("o:geboortedatum", dag(1988, 7, 1));
    reis.vul(&[
        ("o:vasteLasten.huur", "550"),
        ("o:vasteLasten.energie", "honderd"),
        ("o:vasteLasten.water", "25"),
        ("o:vasteLasten.zorgverzekering", "135"),
        ("o:maanden", "2"),
    ]);
    reis.attribuut(["tr", "", "ontzorgen"]);
    reis.vul(&[("o:vasteLasten.energie", "120"), ("o:vasteLasten.energie", "120")]);
    reis.attribuut(["", "", "ontzorgen"]);
    reis.actie("opslaan");
    let bestand = r#"{"ontzorgen": {"startdatum": "2024-04-01", "leefvorm": "alleenstaande",
        "geboortedatum": "1988-07-01", "vasteLasten": {"huur": 55000, "energie": 12000}, "maanden": 3}}"#;
    reis.openen(bestand);
    reis.openen("{ geen json");
    reis.openen(r#"{"ontzorgen": {"onbekend": 1}}"#);
    reis.vergelijk("budget");
}

/// A klantmanager in staff mode, with the gemeente's extra withholdings and its leefgeld level:
/// the norm in the table, the warning below the level, the summary for the case file copied;
/// then the budget alone; then a configuration that cannot be read.
#[test]
fn staff_mode() {
    let mut reis = Reis::nieuw(["", "medewerker", ""]);
    reis.staat.gemeente_vooraf(
        Json::lees_tekst(
            r#"{"naam": "Haarlem", "ontzorgen": {"extraPosten": ["gemeentelijke belastingen"],
                "leefgeldGrensPerWeek": 9500}}"#,
        ),
        "",
    );
    reis.teken();
    reis.datum("a:geboortedatum", dag(1996, 4, 2));
    reis.vul(&[("a:nationaliteit", "SY"), ("a:verblijf", "asiel")]);
    reis.datum("a:verblijfsdatum", dag(2026, 2, 16));
    reis.vul(&[("a:bijstand", "ja")]);
    reis.datum("o:startdatum", dag(2024, 4, 1));
    reis.vul(&[("o:leefvorm", "alleenstaande")]);
    reis.vul(&[
        ("o:vasteLasten.huur", "550"),
        ("o:vasteLasten.energie", "120"),
        ("o:vasteLasten.water", "25"),
        ("o:vasteLasten.zorgverzekering", "135"),
        ("o:maanden", "2"),
        ("o:bijstandPerMaand", "1219,64"),
        ("o:extraInhoudingen[0].omschrijving", "gemeentelijke belastingen"),
        ("o:extraInhoudingen[0].bedrag", "30"),
    ]);
    reis.actie("kopieer");
    reis.actie("gekopieerd");
    reis.attribuut(["", "medewerker", "ontzorgen"]);
    let ops = reis.staat.gemeente_onleesbaar();
    reis.schrijf("gemeente_onleesbaar", ops);
    reis.vergelijk("medewerker");
}

/// The Dutch beside Arabic: advice and budget answered, the switch on (every text of the
/// result with its Dutch under it, the glossary), an answer changed, Persian, the switch off.
#[test]
fn dutch_beside() {
    let mut reis = Reis::nieuw(["ar", "", ""]);
    reis.teken();
    reis.datum("a:geboortedatum", dag(1990, 4, 2));
    reis.vul(&[("a:nationaliteit", "SY"), ("a:verblijf", "asiel")]);
    reis.datum("a:verblijfsdatum", dag(2026, 10, 15));
    reis.vul(&[("a:leerbaarheidstoets.score", "31")]);
    reis.datum("a:leerbaarheidstoets.datum", dag(2026, 11, 20));
    reis.vul(&[("a:bijstand", "ja")]);
    reis.datum("a:bijstandSinds", dag(2026, 11, 1));
    reis.vul(&[("o:leefvorm", "gehuwden")]);
    reis.datum("o:partnerGeboortedatum", dag(1992, 9, 9));
    reis.vul(&[("o:vasteLasten.huur", "650"), ("o:vasteLasten.zorgverzekering", "290")]);
    reis.actie("tweetalig");
    reis.vul(&[("o:vasteLasten.energie", "140")]);
    reis.attribuut(["fa", "", ""]);
    reis.actie("tweetalig");
    reis.vergelijk("tweetalig");
}

/// Dates typed wrong: half a date waits, 31 February is said at its field, a birth date after
/// today too, each mended; a day of 0 and a year of letters.
#[test]
fn a_wrong_date() {
    let mut reis = Reis::nieuw(["", "", "advies"]);
    reis.teken();
    reis.vul(&[("a:geboortedatum.dag", "31"), ("a:geboortedatum.maand", "2")]);
    reis.vul(&[("a:geboortedatum.jaar", "1990")]);
    reis.vul(&[("a:nationaliteit", "TR"), ("a:verblijf", "gezin")]);
    reis.vul(&[("a:geboortedatum.dag", "28")]);
    reis.datum("a:verblijfsdatum", dag(2027, 1, 5));
    reis.vul(&[("a:verblijfsdatum.jaar", "2026"), ("a:verblijfsdatum.dag", "0"), ("a:verblijfsdatum.dag", "5")]);
    reis.vul(&[("a:geboortedatum.jaar", "19x0"), ("a:geboortedatum.jaar", "1990")]);
    reis.vergelijk("verkeerde-datum");
}

/// Issue 26: a birth date after today, once every answer is given, leaves in the result's place
/// which question to mend and a button that moves the focus there (not an empty box).
#[test]
fn a_wrong_date_keeps_a_useful_advice_area() {
    let mut staat = Staat::nieuw(VANDAAG, ["", "", "advies"]);
    staat.teken();
    for (naam, waarde) in [
        ("a:geboortedatum.dag", "1"),
        ("a:geboortedatum.maand", "1"),
        ("a:geboortedatum.jaar", "2030"),
        ("a:nationaliteit", "TR"),
        ("a:verblijf", "gezin"),
        ("a:verblijfsdatum.dag", "5"),
        ("a:verblijfsdatum.maand", "1"),
    ] {
        staat.invoer(naam, waarde);
    }
    let ops = staat.invoer("a:verblijfsdatum.jaar", "2026");
    assert!(ops.contains("nakijken") && ops.contains("Wat is uw geboortedatum?"), "{ops}");
    assert!(ops.contains("naar:a-geboortedatum-dag") && ops.contains("Naar de vraag"), "{ops}");
    assert_eq!(staat.actie("naar:a-geboortedatum-dag"), "F\u{1f}#a-geboortedatum-dag\u{1e}");
    // Mended: the advice is back in its place.
    let ops = staat.invoer("a:geboortedatum.jaar", "1990");
    assert!(!ops.contains("nakijken") && ops.contains("besluit"), "{ops}");
}

/// Issue 26: the first thing to do stands on top of the advice, above the line of dates.
#[test]
fn the_first_action_stands_above_the_line_of_dates() {
    let ops = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reizen/statushouder.ops")).unwrap();
    let met_actie: Vec<&str> = ops.split("\n# ").filter(|stap| stap.contains("class eerste-actie")).collect();
    assert!(!met_actie.is_empty());
    for stap in met_actie {
        let (actie, lijn) = (stap.find("class eerste-actie"), stap.find("class tijdlijn"));
        assert!(actie.is_some_and(|a| lijn.is_some_and(|l| a < l)), "{stap}");
    }
}

/// A klantmanager's caseload: a file of five lines, one bad; the overdue client on top, the
/// bad line apart with its field; the filter "due within 4 weeks"; another peildatum; a client
/// opened in staff mode and the way back; the worklist and the calendar downloaded.
#[test]
fn a_caseload() {
    let mut reis = Reis::nieuw(["", "caseload", ""]);
    reis.teken();
    let bestand = "klant;verblijf;geboortedatum;nationaliteit;verblijfsdatum;duoBriefDatum;pipDatum\n\
                   K-1;asiel;1990-01-01;SY;2026-11-01;2026-11-09;\n\
                   K-2;asiel;1990-01-01;SY;2026-01-05;2026-02-16;\n\
                   K-3;asiel;1990-01-01;SY;31-02-2026;;\n\
                   ;geen;;;;;\n";
    let ops = reis.staat.caseload_openen(bestand.as_bytes().to_vec());
    reis.schrijf("caseload_openen", ops);
    reis.invoer("caseload-filter", "1");
    reis.invoer("caseload-op", "2027-01-01");
    reis.invoer("caseload-filter", "");
    reis.actie("klant-0");
    reis.actie("terug");
    reis.actie("werklijst");
    reis.actie("caseload-agenda");
    reis.vergelijk("caseload");
}
