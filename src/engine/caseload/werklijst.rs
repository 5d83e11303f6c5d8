//! `werklijst.csv`: the caseload table as a file that a Dutch spreadsheet opens as it is. UTF-8
//! with a byte order mark (without it Excel reads the text as Windows-1252), `;` between cells,
//! CRLF between lines, a cell quoted as RFC 4180 asks when it holds `;`, a quote or a line
//! break. Dates as `YYYY-MM-DD`, which every spreadsheet reads as a date. A cell that a
//! spreadsheet would take for a formula (it starts with `=`, `+`, `-`, `@` or a tab) gets a `'`
//! in front: `klant` and a step's name are free text. The words are Dutch.
//!
//! One line per client in table order ([`super::lees`]), the columns:
//! `klant`, `volgende actie`, `datum`, `stand` ("te laat", or the week of a running step),
//! `pipUiterlijk`, `termijn.einde`, `leerroute`, `open vragen` (the advice's open questions by
//! their column names: what to fill in, or a date to check, so the klantmanager knows where),
//! `inburgeringsplichtig` (`ja`/`nee`), and `regel` (the line in the file read).

use super::Caseload;
use crate::basis::datum::iso;
use crate::engine::codes::Leerroute;
use crate::i18n::{termen, Taal};

const KOLOMMEN: [&str; 10] = [
    "klant",
    "volgende actie",
    "datum",
    "stand",
    "pipUiterlijk",
    "termijn.einde",
    "leerroute",
    "open vragen",
    "inburgeringsplichtig",
    "regel",
];

/// Appends one cell, quoted when it must be and defused when a spreadsheet would compute it.
fn cel(uit: &mut String, tekst: &str) {
    let formule = tekst.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let citeren = tekst.contains([';', '"', '\n', '\r']);
    if citeren {
        uit.push('"');
    }
    if formule {
        uit.push('\'');
    }
    for teken in tekst.chars() {
        if teken == '"' {
            uit.push('"');
        }
        uit.push(teken);
    }
    if citeren {
        uit.push('"');
    }
}

fn regel(uit: &mut String, cellen: &[&str]) {
    for (i, tekst) in cellen.iter().enumerate() {
        if i > 0 {
            uit.push(';');
        }
        cel(uit, tekst);
    }
    uit.push_str("\r\n");
}

/// The columns of the fields named, each once: `behaald[1].datum` is the column `behaald`.
fn kolommen<'a, T: AsRef<str> + 'a>(velden: impl Iterator<Item = &'a T>) -> String {
    let mut namen: Vec<&str> = Vec::new();
    for veld in velden {
        let kolom = veld.as_ref().split('[').next().unwrap_or_default();
        if !namen.contains(&kolom) {
            namen.push(kolom);
        }
    }
    namen.join(", ")
}

/// The worklist of `caseload`, as the bytes of `werklijst.csv`.
pub fn werklijst(caseload: &Caseload) -> String {
    let taal = Taal::Nl;
    let mut uit = String::from("\u{feff}");
    regel(&mut uit, &KOLOMMEN);
    for klant in &caseload.klanten {
        let a = &klant.antwoord.advies;
        let actie = klant.actie(caseload.op);
        let datum = |d: Option<chrono::NaiveDate>| d.map(iso).unwrap_or_default();
        let leerroute = match a.leerroute {
            None => "",
            Some(Leerroute::B1) => termen::B1_ROUTE.in_taal(taal),
            Some(Leerroute::Onderwijs) => termen::ONDERWIJSROUTE.in_taal(taal),
            Some(Leerroute::Z) => termen::Z_ROUTE.in_taal(taal),
        };
        let open = kolommen(a.open_vragen.iter().map(|vraag| &vraag.veld));
        regel(
            &mut uit,
            &[
                &klant.klant,
                &actie.as_ref().map(|a| a.tekst(taal)).unwrap_or_default(),
                &datum(actie.as_ref().and_then(|a| a.datum)),
                &actie.as_ref().map(|a| a.stand(taal)).unwrap_or_default(),
                &datum(a.pip_uiterlijk),
                &datum(a.termijn.map(|t| t.einde)),
                leerroute,
                &open,
                if a.inburgeringsplichtig { "ja" } else { "nee" },
                &klant.regel.to_string(),
            ],
        );
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cellen(tekst: &str) -> String {
        let mut uit = String::new();
        cel(&mut uit, tekst);
        uit
    }

    #[test]
    fn open_questions_are_named_by_their_column_once() {
        let velden = ["pipDatum", "behaald[0].datum", "leerbaarheidstoets.datum", "behaald[2].datum", "pipDatum"];
        assert_eq!(kolommen(velden.iter()), "pipDatum, behaald, leerbaarheidstoets.datum");
    }

    #[test]
    fn cells_are_quoted_as_rfc_4180_and_formulas_defused() {
        assert_eq!(cellen("Brede intake"), "Brede intake");
        assert_eq!(cellen("a;b"), "\"a;b\"");
        assert_eq!(cellen("zeg \"hoi\""), "\"zeg \"\"hoi\"\"\"");
        assert_eq!(cellen("twee\r\nregels"), "\"twee\r\nregels\"");
        assert_eq!(cellen("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cellen("-12"), "'-12");
        assert_eq!(cellen("2026-12-07"), "2026-12-07");
    }
}
