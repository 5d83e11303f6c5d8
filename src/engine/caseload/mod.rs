//! A caseload: many clients at once, for staff (contract, "caseload"). One file exported from a
//! case system or a spreadsheet, CSV ([`kolom`]: a column per `situatie` field) or JSON lines
//! (one `situatie` per line, with `klant`), read line by line: each line becomes a `situatie`
//! with the caseload's peildatum and goes through the same reader and rules as `wijzer advies`
//! ([`antwoord::antwoord`]), so a bad line is rejected exactly as that JSON would be, and costs only
//! its own line. Only the header can make the whole file unreadable (an unknown column is never
//! ignored).
//!
//! Each client's next action ([`actie`]) orders the table; [`werklijst`] writes it as the
//! `werklijst.csv` both shells give, the command line's `wijzer werklijst` and the browser's
//! download, byte for byte.

pub mod actie;
mod csv;
mod kolom;
pub mod werklijst;

use chrono::NaiveDate;

use super::antwoord::{self, Antwoord};
use super::fout::Fout;
use super::gemeente::Gemeente;
use super::json::Json;
use crate::basis::datum;
use crate::i18n::{caseload as t, fouten};
use actie::{volgende_actie, Actie};
use kolom::{Kolommen, KLANT, MAX_KLANT};

/// One client whose line could be read: the line it starts on, the gemeente's reference, the
/// `situatie` read (with the caseload's peildatum; the view opens it in staff mode), and the
/// answer.
#[derive(Debug, Clone)]
pub struct Klant {
    pub regel: usize,
    pub klant: String,
    pub situatie: Json,
    pub antwoord: Antwoord,
}

impl Klant {
    /// The next action on `op` (the caseload's peildatum).
    pub fn actie(&self, op: NaiveDate) -> Option<Actie<'_>> {
        volgende_actie(&self.antwoord, op)
    }
}

/// A line that could not be read: its number, and the error at its field.
#[derive(Debug, Clone, PartialEq)]
pub struct RegelFout {
    pub regel: usize,
    pub fout: Fout,
}

/// The whole caseload on its peildatum: the clients in table order, and the bad lines in file
/// order.
#[derive(Debug, Clone)]
pub struct Caseload {
    pub op: NaiveDate,
    pub klanten: Vec<Klant>,
    pub fouten: Vec<RegelFout>,
}

/// The file's text: UTF-8, without its byte order mark.
pub fn tekst(bytes: &[u8]) -> Result<&str, Fout> {
    let tekst = std::str::from_utf8(bytes).map_err(|_| Fout::new("", &t::GEEN_UTF8))?;
    Ok(tekst.strip_prefix('\u{feff}').unwrap_or(tekst))
}

/// Reads a caseload file on `op` and orders its clients by their next action ([`Inlezing::af`]).
/// An error only when the header cannot be read.
pub fn lees(bytes: &[u8], op: NaiveDate, gemeente: &Gemeente) -> Result<Caseload, Fout> {
    let tekst = tekst(bytes)?;
    let mut inlezing = Inlezing::new(tekst, op)?;
    inlezing.lees(tekst, gemeente, usize::MAX);
    Ok(inlezing.af())
}

/// A line read: the gemeente's reference (empty when there is none) and the `situatie` without
/// its `peildatum`, or the error at its field.
type Gelezen = Result<(String, Json), Fout>;

/// Where a reading stands in the text, which it does not hold.
enum Plek {
    Csv(csv::Plek, Kolommen),
    /// How far the text is read, and the number of the next line.
    Jsonl(usize, usize),
}

/// A caseload file read in parts, each line computed once: what a view that stays responsive
/// and shows progress keeps between its calls ([`Inlezing::lees`] with the same text each
/// time). [`lees`] reads a file in one part.
pub struct Inlezing {
    plek: Plek,
    /// The lines of the text, for the progress shown.
    regels: usize,
    caseload: Caseload,
    /// Each client's place in the table ([`Inlezing::af`]), worked out as they are read, so
    /// that ordering them at the end is only a sort.
    volgorde: Vec<Volgorde>,
}

/// A client's place in the table: the next action's date, earliest first, then actions without
/// a date, then clients with nothing to do.
type Volgorde = (bool, bool, Option<NaiveDate>);

impl Inlezing {
    /// JSON lines when the text (without its byte order mark, [`tekst`]) starts with `{`, CSV
    /// otherwise (its header read here, after Excel's `sep=;` line when there is one).
    pub fn new(tekst: &str, op: NaiveDate) -> Result<Inlezing, Fout> {
        let plek = if tekst.trim_start().starts_with('{') {
            Plek::Jsonl(0, 1)
        } else {
            // Excel's own hint, a first line `sep=;`, names the separator; the header follows.
            let hint = tekst.strip_prefix("sep=").and_then(|rest| match rest.as_bytes() {
                [teken @ (b';' | b','), b'\r' | b'\n', ..] => Some(*teken),
                _ => None,
            });
            let mut records = csv::Records::new(tekst, hint.unwrap_or_else(|| csv::scheidingsteken(tekst)));
            if hint.is_some() {
                records.next();
            }
            let kolommen = match records.next() {
                None => return Err(Fout::new("", &fouten::LEGE_INVOER)),
                Some((_, None)) => return Err(Fout::new("", &t::OPEN_AANHALINGSTEKEN)),
                Some((_, Some(namen))) => Kolommen::lees(&namen)?,
            };
            Plek::Csv(records.plek(), kolommen)
        };
        let regels = tekst.lines().count();
        let caseload = Caseload { op, klanten: Vec::new(), fouten: Vec::new() };
        Ok(Inlezing { plek, regels, caseload, volgorde: Vec::new() })
    }

    /// Reads at most `regels` more lines with something in them from `tekst` (the text given
    /// to [`Inlezing::new`]), each through [`antwoord::antwoord`]; whether the text is read to
    /// its end.
    pub fn lees(&mut self, tekst: &str, gemeente: &Gemeente, regels: usize) -> bool {
        for _ in 0..regels {
            let Some((regel, gelezen)) = self.volgende_regel(tekst) else { return true };
            let klant = gelezen.and_then(|(klant, situatie)| {
                let situatie = met_peildatum(situatie, self.caseload.op);
                let antwoord = antwoord::antwoord(&situatie, gemeente)?;
                Ok(Klant { regel, klant, situatie, antwoord })
            });
            match klant {
                Ok(klant) => {
                    let actie = klant.actie(self.caseload.op);
                    let datum = actie.as_ref().and_then(|a| a.datum);
                    self.volgorde.push((datum.is_none(), actie.is_none(), datum));
                    self.caseload.klanten.push(klant);
                }
                Err(fout) => self.caseload.fouten.push(RegelFout { regel, fout }),
            }
        }
        let positie = match &self.plek {
            Plek::Csv(plek, _) => plek.positie(),
            Plek::Jsonl(positie, _) => *positie,
        };
        positie >= tekst.len()
    }

    /// The lines read so far and the lines of the text (a quoted cell may span several).
    pub fn voortgang(&self) -> (usize, usize) {
        let volgende = match &self.plek {
            Plek::Csv(plek, _) => plek.regel(),
            Plek::Jsonl(_, nummer) => *nummer,
        };
        ((volgende - 1).min(self.regels), self.regels)
    }

    /// The peildatum it is read on.
    pub fn op(&self) -> NaiveDate {
        self.caseload.op
    }

    /// The clients read so far, in the file's order.
    pub fn klanten(&self) -> &[Klant] {
        &self.caseload.klanten
    }

    /// The caseload read, its clients ordered by their next action: the earliest date first,
    /// then actions without a date, then clients with nothing to do; on a tie the file's order.
    pub fn af(self) -> Caseload {
        let mut caseload = self.caseload;
        let mut klanten: Vec<(Volgorde, Klant)> = self.volgorde.into_iter().zip(caseload.klanten).collect();
        klanten.sort_by_key(|(volgorde, _)| *volgorde);
        caseload.klanten = klanten.into_iter().map(|(_, klant)| klant).collect();
        caseload
    }

    /// The next line of `tekst` with something in it, and its number.
    fn volgende_regel(&mut self, tekst: &str) -> Option<(usize, Gelezen)> {
        match &mut self.plek {
            Plek::Csv(plek, kolommen) => {
                let mut records = csv::Records::verder(tekst, *plek);
                let gelezen = loop {
                    let Some((regel, cellen)) = records.next() else { break None };
                    let Some(cellen) = cellen else {
                        break Some((regel, Err(Fout::new("", &t::OPEN_AANHALINGSTEKEN))));
                    };
                    if cellen.iter().any(|cel| !cel.trim().is_empty()) {
                        break Some((regel, kolommen.regel(&cellen)));
                    }
                };
                *plek = records.plek();
                gelezen
            }
            Plek::Jsonl(positie, nummer) => loop {
                let rest = tekst.get(*positie..).filter(|rest| !rest.is_empty())?;
                let lengte = rest.find('\n').map_or(rest.len(), |i| i + 1);
                let regel = (*nummer, rest.get(..lengte).unwrap_or(rest).trim());
                *positie += lengte;
                *nummer += 1;
                if !regel.1.is_empty() {
                    return Some((regel.0, jsonl_regel(regel.1)));
                }
            },
        }
    }
}

/// The `situatie` with the caseload's peildatum as its first field.
fn met_peildatum(situatie: Json, op: NaiveDate) -> Json {
    match situatie {
        Json::Object(mut velden) => {
            velden.insert(0, ("peildatum".to_owned(), Json::String(datum::iso(op))));
            Json::Object(velden)
        }
        ander => ander,
    }
}

/// One JSON line: a `situatie` with `klant` as an extra field and without `peildatum`.
fn jsonl_regel(tekst: &str) -> Gelezen {
    let Json::Object(mut velden) = Json::lees_tekst(tekst)? else {
        return Err(Fout::new("", &fouten::VERKEERD_TYPE));
    };
    if velden.iter().any(|(naam, _)| naam == "peildatum") {
        return Err(Fout::new("peildatum", &t::PEILDATUM_GEEN_KOLOM));
    }
    let mut klant = String::new();
    if let Some(i) = velden.iter().position(|(naam, _)| naam == KLANT) {
        match velden.remove(i).1 {
            _ if velden.iter().any(|(naam, _)| naam == KLANT) => return Err(Fout::new(KLANT, &fouten::DUBBEL_VELD)),
            Json::Null => {}
            Json::String(s) if s.chars().count() > MAX_KLANT => return Err(Fout::new(KLANT, &fouten::TE_GROOT)),
            Json::String(s) => klant = s,
            _ => return Err(Fout::new(KLANT, &fouten::VERKEERD_TYPE)),
        }
    }
    Ok((klant, Json::Object(velden)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basis::datum::dag;
    use crate::engine::schrijver::NaarJson;

    const OP: NaiveDate = dag(2026, 12, 7);

    const KOP: &str = "klant;verblijf;geboortedatum;nationaliteit;verblijfsdatum;duoBriefDatum;pipDatum;\
                       leerbaarheidstoets.score;leerbaarheidstoets.datum;bijstand;bijstandSinds;behaald\n";

    fn lees_tekst(tekst: &str) -> Result<Caseload, Fout> {
        lees(tekst.as_bytes(), OP, &Gemeente::standaard())
    }

    fn fouten(caseload: &Caseload) -> Vec<(usize, String, &'static str)> {
        caseload.fouten.iter().map(|r| (r.regel, r.fout.veld.clone(), r.fout.code())).collect()
    }

    /// What `wijzer advies` gives for the same client, as JSON text.
    fn advies_json(situatie: &str) -> String {
        let json = Json::lees_tekst(&situatie.replacen('{', &format!("{{\"peildatum\": \"{}\", ", datum::iso(OP)), 1));
        match json.and_then(|json| antwoord::antwoord(&json, &Gemeente::standaard())) {
            Ok(antwoord) => antwoord.json_tekst(),
            Err(fout) => fout.json_tekst(),
        }
    }

    #[test]
    fn a_csv_line_and_a_json_line_give_what_wijzer_advies_gives() {
        let situatie = r#"{"verblijf": "asiel", "geboortedatum": "1995-05-01", "nationaliteit": "ER",
            "verblijfsdatum": "2026-01-05", "duoBriefDatum": "2026-02-16", "pipDatum": "2026-03-10",
            "leerbaarheidstoets": {"score": 28, "datum": "2026-02-20"}, "bijstand": true,
            "bijstandSinds": "2026-02-09", "behaald": [{"onderdeel": "knm", "datum": "2026-10-01"}, {"onderdeel": "pvt"}]}"#;
        let csv = lees_tekst(&format!(
            "{KOP}K-1;asiel;01-05-1995;ER;2026-01-05;16-02-2026;10-03-2026;28,00;2026-02-20;ja;9-2-2026;knm:2026-10-01 pvt\n"
        ))
        .unwrap();
        let jsonl = lees_tekst(&situatie.replace('\n', " ").replacen('{', r#"{"klant": "K-1", "#, 1)).unwrap();
        for caseload in [csv, jsonl] {
            assert_eq!(fouten(&caseload), []);
            assert_eq!(caseload.klanten[0].klant, "K-1");
            assert_eq!(caseload.klanten[0].antwoord.json_tekst(), advies_json(situatie));
        }
    }

    #[test]
    fn a_bad_cell_is_the_error_its_json_field_gives_and_costs_only_its_line() {
        let tekst = format!(
            "{KOP}A;asiel;1990-01-01;SY;2026-01-05;;;41;;;;\n\
             B;asiel;1990-01-01;SY;2026-01-05;;;;;misschien;;\n\
             \"C\nmet een regeleinde\";asiel;1990-01-01;SY;31-02-2026;;;;;;;\n\
             D;asiel;1990-01-01;SY;2026-01-05;;;;;;;lezen:gisteren\n\
             ;;;;;;;;;;;\n\
             E;asiel;1990-01-01;SY;2026-01-05;;;;;;;\n"
        );
        let caseload = lees_tekst(&tekst).unwrap();
        assert_eq!(
            fouten(&caseload),
            [
                (2, "leerbaarheidstoets.score".into(), "buiten_bereik"),
                (3, "bijstand".into(), "verkeerd_type"),
                (4, "verblijfsdatum".into(), "ongeldige_datum"),
                (6, "behaald[0].datum".into(), "ongeldige_datum"),
            ]
        );
        assert_eq!(caseload.klanten.iter().map(|k| (k.regel, k.klant.as_str())).collect::<Vec<_>>(), [(8, "E")]);
        let score = r#"{"verblijf": "asiel", "geboortedatum": "1990-01-01", "nationaliteit": "SY",
            "verblijfsdatum": "2026-01-05", "leerbaarheidstoets": {"score": 41}}"#;
        assert_eq!(caseload.fouten[0].fout.json_tekst(), advies_json(score), "the same fout, the same words");
    }

    /// A view reads in parts; whatever their size, the caseload is the one read at once, and the
    /// progress counts the file's lines.
    #[test]
    fn read_in_parts_it_is_the_caseload_read_at_once() {
        let csv = format!(
            "{KOP}A;asiel;1990-01-01;SY;2026-01-05;;;41;;;;\n\
             \"C\nmet een regeleinde\";asiel;1990-01-01;SY;2026-01-05;2026-02-16;;;;ja;2026-01-05;\n\
             ;;;;;;;;;;;\n\
             E;asiel;1990-01-01;SY;2026-11-01;2026-11-09;;;;ja;2026-11-01;\n\
             F;geen;;;;;;;;;;\n"
        );
        let jsonl = "{\"klant\": \"A\", \"verblijf\": \"geen\"}\n\n[1]\n{\"klant\": \"B\", \"verblijf\": \"asiel\"}";
        for tekst in [csv.as_str(), jsonl] {
            let ineens = werklijst::werklijst(&lees_tekst(tekst).unwrap());
            for deel in [1, 2, 3] {
                let mut inlezing = Inlezing::new(tekst, OP).unwrap();
                let mut stappen = vec![inlezing.voortgang()];
                while !inlezing.lees(tekst, &Gemeente::standaard(), deel) {
                    stappen.push(inlezing.voortgang());
                }
                let caseload = inlezing.af();
                assert_eq!(werklijst::werklijst(&caseload), ineens, "parts of {deel} lines");
                assert!(stappen.windows(2).all(|w| w[0].0 < w[1].0), "{stappen:?}");
                assert!(stappen.iter().all(|&(gelezen, regels)| gelezen < regels && regels == tekst.lines().count()));
            }
        }
    }

    #[test]
    fn only_the_header_can_make_the_whole_file_unreadable() {
        let fout = |tekst: &[u8]| lees(tekst, OP, &Gemeente::standaard()).err().map(|f| (f.veld.clone(), f.code()));
        assert_eq!(fout(b"klant;verblijf;pipdatum\nA;asiel;"), Some(("pipdatum".into(), "onbekend_veld")));
        assert_eq!(fout(b"klant,peildatum\n"), Some(("peildatum".into(), "peildatum_geen_kolom")));
        assert_eq!(fout(b"klant;\xe9\n"), Some(("".into(), "geen_utf8")));
        assert_eq!(fout(b""), Some(("".into(), "lege_invoer")));
        assert_eq!(fout(b"\"klant;verblijf\n"), Some(("".into(), "open_aanhalingsteken")));
        assert_eq!(fout(b"\xef\xbb\xbfklant,verblijf\r\nA,geen\r\n"), None, "a BOM and commas");
        let met_hint = lees_tekst("sep=,\r\nklant,verblijf\r\nA;B,geen\r\n").unwrap();
        assert_eq!((met_hint.klanten[0].regel, met_hint.klanten[0].klant.as_str()), (3, "A;B"), "Excel's sep=");
        let alleen_kop = lees_tekst("klant;verblijf").unwrap();
        assert!(alleen_kop.klanten.is_empty() && alleen_kop.fouten.is_empty());
    }

    #[test]
    fn json_lines_take_klant_and_refuse_their_own_peildatum() {
        let tekst = "{\"klant\": \"A\", \"verblijf\": \"geen\"}\n\n\
                     {\"verblijf\": \"geen\", \"peildatum\": \"2026-01-01\"}\r\n\
                     {\"klant\": 7, \"verblijf\": \"geen\"}\n\
                     {\"klant\": \"B\", \"klant\": \"C\", \"verblijf\": \"geen\"}\n\
                     [1]\n\
                     {\"verblijf\": \"geen\"}";
        let caseload = lees_tekst(tekst).unwrap();
        assert_eq!(
            fouten(&caseload),
            [
                (3, "peildatum".into(), "peildatum_geen_kolom"),
                (4, "klant".into(), "verkeerd_type"),
                (5, "klant".into(), "dubbel_veld"),
                (6, "".into(), "verkeerd_type"),
            ]
        );
        assert_eq!(
            caseload.klanten.iter().map(|k| (k.regel, k.klant.as_str())).collect::<Vec<_>>(),
            [(1, "A"), (7, "")]
        );
    }

    // proptest is a native dev-dependency: the wasm tests (`make test-wasm`) build without it.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Whatever the bytes, no panic, and each line with something in it is a client or a
        /// bad line, once.
        #[test]
        fn any_file_reads_without_a_panic_and_every_line_counts_once(
            delen in proptest::collection::vec(proptest::sample::select(vec![
                "klant", "verblijf", "pipDatum", "behaald", "leerbaarheidstoets.score", "x", ";", ",", "\"", "\n",
                "\r\n", " ", "asiel", "geen", "2026-01-05", "31-02-2026", "28,00", "knm:2026-10-01", "ja", "é", "{", "}",
                "\u{feff}",
            ]), 0..60),
        ) {
            let tekst: String = delen.concat();
            if let Ok(caseload) = lees_tekst(&tekst) {
                let mut regels: Vec<usize> =
                    caseload.klanten.iter().map(|k| k.regel).chain(caseload.fouten.iter().map(|f| f.regel)).collect();
                regels.sort();
                let aantal = regels.len();
                regels.dedup();
                proptest::prop_assert_eq!(regels.len(), aantal);
                let _ = werklijst::werklijst(&caseload);
            }
        }
    }

    #[test]
    fn clients_are_ordered_by_their_next_actions_date_undated_last() {
        // D: nothing to do (no permit); A: no DUO letter yet, so no PIP date and (without a
        // gemeente step) nothing dated to do; B: PIP due 2026-04-27, overdue; C: PIP due
        // 2027-01-18; E: as C, after it in the file. B, C and E have bijstand from before the
        // letter, so they live in the gemeente and the PIP's 10 weeks count from the letter.
        let tekst = format!(
            "{KOP}D;geen;;;;;;;;;;\n\
             A;asiel;1990-01-01;SY;2026-11-01;;;;;;;\n\
             C;asiel;1990-01-01;SY;2026-11-01;2026-11-09;;;;ja;2026-11-01;\n\
             B;asiel;1990-01-01;SY;2026-01-05;2026-02-16;;;;ja;2026-01-05;\n\
             E;asiel;1990-01-01;SY;2026-11-01;2026-11-09;;;;ja;2026-11-01;\n"
        );
        let caseload = lees_tekst(&tekst).unwrap();
        let volgorde: Vec<_> = caseload
            .klanten
            .iter()
            .map(|k| (k.klant.as_str(), k.actie(OP).and_then(|a| a.datum).map(datum::iso)))
            .collect();
        assert_eq!(
            volgorde,
            [
                ("B", Some("2026-04-27".into())),
                ("C", Some("2027-01-18".into())),
                ("E", Some("2027-01-18".into())),
                ("D", None),
                ("A", None),
            ]
        );
    }
}
