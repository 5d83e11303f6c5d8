//! The columns of a caseload CSV: a header names each column by its `situatie` field (a nested
//! one with a dot), plus `behaald` and `klant`. A cell is only rewritten into the JSON value
//! the field takes (a Dutch date, `ja`, DUO's "28,00"); whether the value is right is left to
//! the `situatie` reader, so a column is checked exactly as the JSON field is. What cannot be
//! rewritten goes in as the text it is, and that reader names it.

use crate::engine::advies::SITUATIE;
use crate::engine::fout::Fout;
use crate::engine::json::{zet_pad, Json, MAX_LIJST};
use crate::engine::veld::{Soort, Veld};
use crate::i18n::{caseload as t, fouten};

/// The extra column with the gemeente's own reference for the client.
pub const KLANT: &str = "klant";
/// At most this many characters in `klant` (contract).
pub const MAX_KLANT: usize = 64;

/// What a column holds.
#[derive(Debug, Clone)]
enum Kolom {
    Klant,
    /// A field of the `situatie`, by its path, and its kind.
    Veld(String, Soort),
    /// `behaald`: part codes separated by spaces, each with `:date` when known.
    Behaald,
    /// A column without a name (a spreadsheet's trailing separator): its cells must be empty.
    Leeg,
}

/// The header's columns, in order.
#[derive(Debug)]
pub struct Kolommen(Vec<Kolom>);

impl Kolommen {
    /// Reads the header's cells; an unknown or doubled column, or `peildatum`, is an error that
    /// names it and makes the whole file unreadable.
    pub fn lees(namen: &[String]) -> Result<Kolommen, Fout> {
        let mut kolommen = Vec::new();
        for (i, naam) in namen.iter().enumerate() {
            let naam = naam.trim();
            if !naam.is_empty() && namen[..i].iter().any(|n| n.trim() == naam) {
                return Err(Fout::new(naam, &fouten::DUBBEL_VELD));
            }
            kolommen.push(kolom(naam)?);
        }
        Ok(Kolommen(kolommen))
    }

    /// One line's cells as the gemeente's reference (empty when there is none) and the
    /// `situatie` without its `peildatum`; a line error at its field.
    pub fn regel(&self, cellen: &[String]) -> Result<(String, Json), Fout> {
        let mut situatie = Json::Object(Vec::new());
        let mut klant = String::new();
        for (i, cel) in cellen.iter().enumerate() {
            let cel = cel.trim();
            if cel.is_empty() {
                continue;
            }
            match self.0.get(i).unwrap_or(&Kolom::Leeg) {
                Kolom::Klant if cel.chars().count() > MAX_KLANT => return Err(Fout::new(KLANT, &fouten::TE_GROOT)),
                Kolom::Klant => klant = cel.to_owned(),
                Kolom::Veld(pad, soort) => zet_pad(&mut situatie, pad, waarde(*soort, cel)),
                Kolom::Behaald => zet_pad(&mut situatie, "behaald", behaald(cel)?),
                Kolom::Leeg => return Err(Fout::new("", &t::CEL_ZONDER_KOLOM)),
            }
        }
        Ok((klant, situatie))
    }
}

/// The column named `naam`, or the error that makes the whole file unreadable.
fn kolom(naam: &str) -> Result<Kolom, Fout> {
    match naam {
        "" => return Ok(Kolom::Leeg),
        KLANT => return Ok(Kolom::Klant),
        "behaald" => return Ok(Kolom::Behaald),
        "peildatum" => return Err(Fout::new(naam, &t::PEILDATUM_GEEN_KOLOM)),
        _ => {}
    }
    // A field, through objects only: a list's rows have no column of their own.
    let mut velden: &'static [Veld] = SITUATIE;
    let mut delen = naam.split('.').peekable();
    while let Some(deel) = delen.next() {
        match (velden.iter().find(|v| v.naam == deel).map(|v| v.soort), delen.peek()) {
            (Some(Soort::Object(binnen)), Some(_)) => velden = binnen,
            (Some(soort @ (Soort::Datum | Soort::Keuze(_) | Soort::JaNee | Soort::Geheel(..))), None)
            | (Some(soort @ (Soort::Bedrag | Soort::Tekst)), None) => return Ok(Kolom::Veld(naam.to_owned(), soort)),
            _ => break,
        }
    }
    Err(Fout::new(naam, &fouten::ONBEKEND_VELD))
}

/// A cell as the JSON value its field takes, where a spreadsheet writes it otherwise; as text
/// when it cannot be read, for the `situatie` reader to name.
fn waarde(soort: Soort, cel: &str) -> Json {
    let tekst = || Json::String(cel.to_owned());
    match soort {
        Soort::Datum => Json::String(iso(cel).unwrap_or_else(|| cel.to_owned())),
        // Size: ASCII case, as the words are (no Unicode tables, docs/stijl.md).
        Soort::JaNee => match cel.to_ascii_lowercase().as_str() {
            // Dutch Excel writes a truth value as WAAR or ONWAAR.
            "ja" | "true" | "waar" => Json::Bool(true),
            "nee" | "false" | "onwaar" => Json::Bool(false),
            _ => tekst(),
        },
        Soort::Geheel(..) | Soort::Bedrag => getal(cel).map_or_else(tekst, Json::Number),
        _ => tekst(),
    }
}

/// `DD-MM-YYYY` (or `D-M-YYYY`, as Dutch Excel writes a date) as `YYYY-MM-DD`, unchecked: the
/// reader checks the date. `None` for anything else (an ISO date stays as it is).
fn iso(cel: &str) -> Option<String> {
    let mut delen = cel.split('-');
    let (dag, maand, jaar) = (delen.next()?, delen.next()?, delen.next()?);
    let cijfers =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    (delen.next().is_none() && cijfers(dag, 1..=2) && cijfers(maand, 1..=2) && cijfers(jaar, 4..=4))
        .then(|| format!("{jaar}-{maand:0>2}-{dag:0>2}"))
}

/// A number with a decimal comma or point ("28,00", as DUO sends a score), or `None`; read by
/// the JSON reader (size: no second float parser in the module, docs/stijl.md), without the
/// leading zeros JSON does not allow.
fn getal(cel: &str) -> Option<f64> {
    let (geheel, deel) = cel.split_once([',', '.']).unwrap_or((cel, "0"));
    let cijfers = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (teken, zonder_teken) = geheel.strip_prefix('-').map_or(("", geheel), |rest| ("-", rest));
    if !(cijfers(zonder_teken) && cijfers(deel)) {
        return None;
    }
    let geheel = match zonder_teken.trim_start_matches('0') {
        "" => "0",
        cijfers => cijfers,
    };
    match Json::lees_tekst(&format!("{teken}{geheel}.{deel}")) {
        Ok(Json::Number(getal)) => Some(getal),
        _ => None,
    }
}

/// `knm:2026-10-01 lezen` as the contract's `behaald` list; a part without a day has no `datum`.
fn behaald(cel: &str) -> Result<Json, Fout> {
    let mut lijst = Vec::new();
    for deel in cel.split_whitespace() {
        if lijst.len() == MAX_LIJST {
            return Err(Fout::new("behaald", &fouten::TE_GROOT));
        }
        let (code, datum) = deel.split_once(':').map_or((deel, None), |(code, datum)| (code, Some(datum)));
        let mut item = vec![("onderdeel".to_owned(), Json::String(code.to_owned()))];
        if let Some(datum) = datum {
            item.push(("datum".to_owned(), waarde(Soort::Datum, datum)));
        }
        lijst.push(Json::Object(item));
    }
    Ok(Json::Array(lijst))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kolommen(namen: &str) -> Result<Kolommen, Fout> {
        Kolommen::lees(&namen.split(';').map(str::to_owned).collect::<Vec<_>>())
    }

    fn regel(namen: &str, cellen: &str) -> Result<(String, Json), String> {
        let cellen: Vec<String> = cellen.split(';').map(str::to_owned).collect();
        kolommen(namen).unwrap().regel(&cellen).map_err(|fout| format!("{} {}", fout.veld, fout.code()))
    }

    fn json(tekst: &str) -> Json {
        Json::lees_tekst(tekst).unwrap()
    }

    #[test]
    fn columns_are_the_situaties_fields_with_dots_for_nested_ones() {
        assert!(kolommen("klant;verblijf;leerbaarheidstoets.score;leerbaarheidstoets.datum;behaald;").is_ok());
        for (namen, veld, code) in [
            ("klant;verblijf;pipdatum", "pipdatum", "onbekend_veld"),
            ("leerbaarheidstoets", "leerbaarheidstoets", "onbekend_veld"),
            ("leerbaarheidstoets.score.x", "leerbaarheidstoets.score.x", "onbekend_veld"),
            ("behaald.datum", "behaald.datum", "onbekend_veld"),
            ("behaald[0].onderdeel", "behaald[0].onderdeel", "onbekend_veld"),
            ("verblijf;klant; verblijf ", "verblijf", "dubbel_veld"),
            ("klant;peildatum", "peildatum", "peildatum_geen_kolom"),
        ] {
            let fout = kolommen(namen).unwrap_err();
            assert_eq!((fout.veld.as_str(), fout.code()), (veld, code), "{namen}");
        }
    }

    #[test]
    fn cells_become_the_json_the_field_takes_and_the_rest_stays_text() {
        let namen = "klant;pipDatum;nlDiploma;leerbaarheidstoets.score;leerbaarheidstoets.datum;behaald";
        assert_eq!(
            regel(namen, " K-1 ;7-3-2026;WAAR;28,00;2026-02-20;knm:01-10-2026  lezen"),
            Ok((
                "K-1".into(),
                json(
                    r#"{"pipDatum":"2026-03-07","nlDiploma":true,"leerbaarheidstoets":{"score":28,"datum":"2026-02-20"},"behaald":[{"onderdeel":"knm","datum":"2026-10-01"},{"onderdeel":"lezen"}]}"#
                )
            ))
        );
        assert_eq!(
            regel(namen, ";31-02-2026;misschien;28,5;20-2-26;x"),
            Ok((
                "".into(),
                json(
                    r#"{"pipDatum":"2026-02-31","nlDiploma":"misschien","leerbaarheidstoets":{"score":28.5,"datum":"20-2-26"},"behaald":[{"onderdeel":"x"}]}"#
                )
            )),
            "the situatie's reader names what is wrong"
        );
        assert_eq!(regel(namen, ";;;;;"), Ok(("".into(), json("{}"))), "an empty cell is not known");
    }

    #[test]
    fn a_line_error_names_its_field() {
        assert_eq!(regel("klant", &"x".repeat(MAX_KLANT + 1)), Err("klant te_groot".into()));
        assert!(regel("klant", &"é".repeat(MAX_KLANT)).is_ok(), "characters, not bytes");
        assert_eq!(regel("klant;", "a;b"), Err(" cel_zonder_kolom".into()));
        assert_eq!(regel("klant", "a;b"), Err(" cel_zonder_kolom".into()), "more cells than the header");
        assert!(regel("klant", "a;;").is_ok(), "empty cells beyond the header are nothing");
        assert_eq!(regel("behaald", &"knm ".repeat(MAX_LIJST + 1)), Err("behaald te_groot".into()));
    }
}
