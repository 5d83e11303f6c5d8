//! The boundary hands the core JSON text (from stdin on the command line, from the browser's
//! `JSON.stringify` in the widget), read here into a [`Json`] value by a small reader that
//! enforces the limits while it reads. The core validates it by hand with [`Velden`], so every
//! rejection names the exact field path and unknown fields are caught wherever they are nested.

use chrono::NaiveDate;

use super::fout::Fout;
use crate::basis::datum;
use crate::basis::geld::Cent;
use crate::i18n::{fouten, Waarde};

/// Longer input than this (one case, one configuration) is rejected before it is parsed.
pub const MAX_INVOER: usize = 1 << 20;
/// Deeper input than this is rejected: no contract object nests more than three levels.
pub const MAX_DIEPTE: usize = 16;
/// Longer strings than this are rejected (descriptions, names, links).
pub const MAX_TEKST: usize = 2_000;
/// More items in one array than this are rejected.
pub const MAX_LIJST: usize = 200;
/// One hundred thousand euros: no monthly amount in this domain comes near it.
pub const MAX_BEDRAG: Cent = 10_000_000;

/// Whether `s` has more than [`MAX_TEKST`] characters: the bytes that start one, the same number
/// as `s.chars().count()` (size: docs/stijl.md).
pub fn te_lang(s: &str) -> bool {
    s.bytes().filter(|&b| !(0x80..0xc0).contains(&b)).count() > MAX_TEKST
}

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Fields in input order; duplicates are kept so that [`Velden`] can reject them.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Reads JSON text (command line, tests). Whitespace only is "nothing filled in".
    pub fn lees_tekst(tekst: &str) -> Result<Json, Fout> {
        Json::lees_tekst_tot(tekst).map_err(|(fout, _)| fout)
    }

    /// [`Json::lees_tekst`], and for text that is no JSON the byte where the reader stopped
    /// (at or just after the mistake), so that `wijzer gemeente --controleer` can say the line
    /// and column.
    pub fn lees_tekst_tot(tekst: &str) -> Result<Json, (Fout, usize)> {
        if tekst.len() > MAX_INVOER {
            return Err((Fout::new("", &fouten::TE_GROOT), 0));
        }
        if tekst.trim().is_empty() {
            return Err((Fout::new("", &fouten::LEGE_INVOER), 0));
        }
        let mut lezer = Lezer { tekst: tekst.as_bytes(), pos: 0 };
        let waarde = lezer.waarde(0).ok_or_else(|| (Fout::onleesbaar(), lezer.pos))?;
        lezer.spaties();
        if lezer.pos != lezer.tekst.len() {
            return Err((Fout::onleesbaar(), lezer.pos));
        }
        Ok(waarde)
    }
}

/// A JSON reader (RFC 8259) that builds [`Json`] directly and enforces the limits while it reads:
/// depth, string length, array and object size. Any failure is "unreadable"; the input is a
/// `&str`, so it is valid UTF-8 already.
struct Lezer<'a> {
    tekst: &'a [u8],
    pos: usize,
}

impl Lezer<'_> {
    fn spaties(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.tekst.get(self.pos) {
            self.pos += 1;
        }
    }

    fn volgende(&mut self) -> Option<u8> {
        let teken = *self.tekst.get(self.pos)?;
        self.pos += 1;
        Some(teken)
    }

    fn woord(&mut self, woord: &str, waarde: Json) -> Option<Json> {
        let einde = self.pos + woord.len();
        (self.tekst.get(self.pos..einde)? == woord.as_bytes()).then(|| {
            self.pos = einde;
            waarde
        })
    }

    fn waarde(&mut self, diepte: usize) -> Option<Json> {
        if diepte > MAX_DIEPTE {
            return None;
        }
        self.spaties();
        match *self.tekst.get(self.pos)? {
            b'n' => self.woord("null", Json::Null),
            b't' => self.woord("true", Json::Bool(true)),
            b'f' => self.woord("false", Json::Bool(false)),
            b'"' => self.tekst().map(Json::String),
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                if !self.sluit(b']') {
                    loop {
                        if items.len() >= MAX_LIJST {
                            return None;
                        }
                        items.push(self.waarde(diepte + 1)?);
                        if !self.scheiding(b']')? {
                            break;
                        }
                    }
                }
                Some(Json::Array(items))
            }
            b'{' => {
                self.pos += 1;
                let mut velden = Vec::new();
                if !self.sluit(b'}') {
                    loop {
                        self.spaties();
                        let naam = self.tekst()?;
                        self.spaties();
                        if velden.len() >= MAX_LIJST || naam.len() > MAX_TEKST || self.volgende()? != b':' {
                            return None;
                        }
                        velden.push((naam, self.waarde(diepte + 1)?));
                        if !self.scheiding(b'}')? {
                            break;
                        }
                    }
                }
                Some(Json::Object(velden))
            }
            _ => self.getal().map(Json::Number),
        }
    }

    /// After `[` or `{`: true (and consumed) when the list is empty.
    fn sluit(&mut self, eind: u8) -> bool {
        self.spaties();
        let leeg = self.tekst.get(self.pos) == Some(&eind);
        self.pos += usize::from(leeg);
        leeg
    }

    /// After an item: `Some(true)` for a comma, `Some(false)` for the closing bracket.
    fn scheiding(&mut self, eind: u8) -> Option<bool> {
        self.spaties();
        match self.volgende()? {
            b',' => Some(true),
            teken if teken == eind => Some(false),
            _ => None,
        }
    }

    /// A string at `"`, with every escape of RFC 8259 (a lone surrogate is refused).
    fn tekst(&mut self) -> Option<String> {
        if self.volgende()? != b'"' {
            return None;
        }
        let mut uit = String::new();
        loop {
            let begin = self.pos;
            while let Some(&teken) = self.tekst.get(self.pos) {
                if teken == b'"' || teken == b'\\' || teken < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Stops only at ASCII bytes, so the slice is whole characters.
            uit.push_str(std::str::from_utf8(&self.tekst[begin..self.pos]).ok()?);
            if uit.len() > MAX_TEKST * 4 {
                return None;
            }
            match self.volgende()? {
                b'"' => return Some(uit),
                b'\\' => {
                    let teken = match self.volgende()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => match self.hex4()? {
                            hoog @ 0xD800..=0xDBFF => {
                                if self.volgende()? != b'\\' || self.volgende()? != b'u' {
                                    return None;
                                }
                                let laag = self.hex4()?;
                                if !(0xDC00..=0xDFFF).contains(&laag) {
                                    return None;
                                }
                                char::from_u32(0x10000 + ((hoog - 0xD800) << 10) + (laag - 0xDC00))?
                            }
                            code => char::from_u32(code)?,
                        },
                        _ => return None,
                    };
                    uit.push(teken);
                }
                _ => return None,
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let cijfers = std::str::from_utf8(self.tekst.get(self.pos..self.pos + 4)?).ok()?;
        self.pos += 4;
        if !cijfers.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(cijfers, 16).ok()
    }

    /// A number in JSON's grammar. Every number the contract takes is a whole number; a decimal
    /// mantissa of up to 19 digits scaled by a power of ten is exact for those and close enough
    /// to be refused as "not whole" for the rest.
    fn getal(&mut self) -> Option<f64> {
        let negatief = self.tekst.get(self.pos) == Some(&b'-');
        self.pos += usize::from(negatief);
        let mut mantisse: u64 = 0;
        let mut exponent: i64 = 0;
        let mut cijfer = |lezer: &mut Self, achter_komma: bool| {
            let teken = *lezer.tekst.get(lezer.pos)?;
            if !teken.is_ascii_digit() {
                return None;
            }
            lezer.pos += 1;
            match mantisse.checked_mul(10).and_then(|m| m.checked_add(u64::from(teken - b'0'))) {
                Some(m) if m < 1 << 63 => mantisse = m,
                _ => exponent += 1,
            }
            exponent -= i64::from(achter_komma);
            Some(())
        };
        let eerste = self.tekst.get(self.pos).copied();
        cijfer(self, false)?;
        if eerste != Some(b'0') {
            while cijfer(self, false).is_some() {}
        }
        if self.tekst.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            cijfer(self, true)?;
            while cijfer(self, true).is_some() {}
        }
        if let Some(b'e' | b'E') = self.tekst.get(self.pos) {
            self.pos += 1;
            let teken = match self.tekst.get(self.pos) {
                Some(b'-') => -1,
                Some(b'+') => 1,
                _ => 0,
            };
            self.pos += usize::from(teken != 0);
            let begin = self.pos;
            while self.tekst.get(self.pos).is_some_and(u8::is_ascii_digit) {
                self.pos += 1;
            }
            let cijfers = std::str::from_utf8(&self.tekst[begin..self.pos]).ok()?;
            let waarde: i64 = cijfers.parse().ok().or((!cijfers.is_empty()).then_some(i64::MAX / 2))?;
            exponent = exponent.saturating_add(if teken < 0 { -waarde } else { waarde });
        }
        // In steps that stay within f64's range (a long mantissa of a tiny number); beyond
        // 10^±800 the result is infinite or zero either way.
        let mut waarde = mantisse as f64;
        let mut rest = exponent.clamp(-800, 800) as i32;
        while rest != 0 {
            let stap = rest.clamp(-300, 300);
            waarde = if stap < 0 { waarde / 10f64.powi(-stap) } else { waarde * 10f64.powi(stap) };
            rest -= stap;
        }
        Some(if negatief { -waarde } else { waarde })
    }
}

/// The fields of one JSON object, read by name with the object's path for every error.
/// A field that is absent or `null` is "not answered" ("Ik weet het niet").
pub struct Velden<'a> {
    pad: String,
    velden: &'a [(String, Json)],
}

impl<'a> Velden<'a> {
    /// Reads `waarde` as an object at `pad` ("" for the top). Unknown fields and duplicates are
    /// rejected first, the alphabetically first one reported, so the error does not depend on
    /// the order of the input's fields.
    pub fn lees(waarde: &'a Json, pad: &str, toegestaan: &[&str]) -> Result<Velden<'a>, Fout> {
        let Json::Object(velden) = waarde else {
            return Err(Fout::new(pad, &fouten::VERKEERD_TYPE));
        };
        let object = Velden { pad: pad.to_owned(), velden };
        let namen = || velden.iter().map(|(naam, _)| naam.as_str());
        if let Some(onbekend) = namen().filter(|naam| !toegestaan.contains(naam)).min() {
            return Err(Fout::new(object.pad(onbekend), &fouten::ONBEKEND_VELD));
        }
        // Linear in the number of fields (every name is now one of the few allowed ones).
        if let Some(dubbel) = toegestaan.iter().filter(|naam| namen().filter(|n| n == *naam).nth(1).is_some()).min() {
            return Err(Fout::new(object.pad(dubbel), &fouten::DUBBEL_VELD));
        }
        Ok(object)
    }

    /// The JSON path of field `naam` in this object.
    pub fn pad(&self, naam: &str) -> String {
        if self.pad.is_empty() {
            naam.to_owned()
        } else {
            format!("{}.{naam}", self.pad)
        }
    }

    /// The raw value of `naam`; `None` when absent or `null`.
    pub fn waarde(&self, naam: &str) -> Option<&'a Json> {
        self.velden.iter().find(|(n, _)| n == naam).map(|(_, w)| w).filter(|w| **w != Json::Null)
    }

    /// Turns "not answered" into the `verplicht` error for `naam`.
    pub fn verplicht<T>(&self, naam: &str, waarde: Option<T>) -> Result<T, Fout> {
        waarde.ok_or_else(|| Fout::new(self.pad(naam), &fouten::VERPLICHT))
    }

    pub fn bool(&self, naam: &str) -> Result<Option<bool>, Fout> {
        match self.waarde(naam) {
            None => Ok(None),
            Some(Json::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(Fout::new(self.pad(naam), &fouten::VERKEERD_TYPE)),
        }
    }

    pub fn tekst(&self, naam: &str) -> Result<Option<&'a str>, Fout> {
        match self.waarde(naam) {
            None => Ok(None),
            Some(Json::String(s)) if te_lang(s) => Err(Fout::new(self.pad(naam), &fouten::TE_GROOT)),
            Some(Json::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(Fout::new(self.pad(naam), &fouten::VERKEERD_TYPE)),
        }
    }

    /// A date `YYYY-MM-DD`.
    pub fn datum(&self, naam: &str) -> Result<Option<NaiveDate>, Fout> {
        match self.tekst(naam)? {
            None => Ok(None),
            Some(tekst) => {
                datum::lees(tekst).map(Some).ok_or_else(|| Fout::new(self.pad(naam), &fouten::ONGELDIGE_DATUM))
            }
        }
    }

    /// A whole number from `min` to `max` inclusive.
    pub fn geheel(&self, naam: &str, min: i64, max: i64) -> Result<Option<i64>, Fout> {
        let buiten = || Fout::met(self.pad(naam), &fouten::BUITEN_BEREIK, vec![Waarde::Getal(min), Waarde::Getal(max)]);
        match self.waarde(naam) {
            None => Ok(None),
            Some(Json::Number(n)) if n.fract() == 0.0 && *n >= min as f64 && *n <= max as f64 => Ok(Some(*n as i64)),
            Some(Json::Number(_)) => Err(buiten()),
            Some(_) => Err(Fout::new(self.pad(naam), &fouten::VERKEERD_TYPE)),
        }
    }

    /// An amount in whole eurocents, from 0 to [`MAX_BEDRAG`].
    pub fn bedrag(&self, naam: &str) -> Result<Option<Cent>, Fout> {
        let fout = |soort| Err(Fout::new(self.pad(naam), soort));
        match self.waarde(naam) {
            None => Ok(None),
            Some(Json::Number(n)) if !n.is_finite() || n.fract() != 0.0 => fout(&fouten::GEEN_BEDRAG),
            Some(Json::Number(n)) if *n < 0.0 => fout(&fouten::NEGATIEF_BEDRAG),
            Some(Json::Number(n)) if *n > MAX_BEDRAG as f64 => fout(&fouten::BEDRAG_TE_HOOG),
            Some(Json::Number(n)) => Ok(Some(*n as Cent)),
            Some(_) => fout(&fouten::VERKEERD_TYPE),
        }
    }

    /// One of a fixed set of codes.
    pub fn keuze<T: Copy>(&self, naam: &str, opties: &[(&str, T)]) -> Result<Option<T>, Fout> {
        match self.tekst(naam)? {
            None => Ok(None),
            Some(tekst) => opties
                .iter()
                .find(|(code, _)| *code == tekst)
                .map(|(_, waarde)| Some(*waarde))
                .ok_or_else(|| Fout::new(self.pad(naam), &fouten::ONBEKENDE_WAARDE)),
        }
    }

    /// One of a fixed set of codes, as the code.
    pub fn code(&self, naam: &str, codes: &[&'static str]) -> Result<Option<&'static str>, Fout> {
        match self.tekst(naam)? {
            None => Ok(None),
            Some(tekst) => codes
                .iter()
                .find(|code| **code == tekst)
                .map(|code| Some(*code))
                .ok_or_else(|| Fout::new(self.pad(naam), &fouten::ONBEKENDE_WAARDE)),
        }
    }

    /// A nested object with its own allowed fields.
    pub fn object(&self, naam: &str, toegestaan: &[&str]) -> Result<Option<Velden<'a>>, Fout> {
        self.waarde(naam).map(|w| Velden::lees(w, &self.pad(naam), toegestaan)).transpose()
    }

    /// An array, with the path of each item (`naam[0]`).
    pub fn lijst(&self, naam: &str) -> Result<Vec<(String, &'a Json)>, Fout> {
        match self.waarde(naam) {
            None => Ok(Vec::new()),
            Some(Json::Array(items)) => {
                Ok(items.iter().enumerate().map(|(i, item)| (format!("{}[{i}]", self.pad(naam)), item)).collect())
            }
            Some(_) => Err(Fout::new(self.pad(naam), &fouten::VERKEERD_TYPE)),
        }
    }
}

/// `"vasteLasten.huur"` or `"extraInhoudingen[1].bedrag"`: the first segment of a path, with its
/// index, and the rest.
fn segment(pad: &str) -> (&str, Option<usize>, Option<&str>) {
    let (kop, rest) = match pad.split_once('.') {
        Some((kop, rest)) => (kop, Some(rest)),
        None => (pad, None),
    };
    match kop.strip_suffix(']').and_then(|k| k.split_once('[')) {
        Some((naam, index)) => (naam, index.parse().ok(), rest),
        None => (kop, None, rest),
    }
}

/// Sets `pad` in `object`, creating objects on the way; an array gets empty objects up to the
/// index, so every row keeps the index (and the error path) of its inputs.
pub fn zet_pad(object: &mut Json, pad: &str, waarde: Json) {
    let (naam, index, rest) = segment(pad);
    let Json::Object(velden) = object else { return };
    let plek = match velden.iter().position(|(n, _)| n == naam) {
        Some(i) => i,
        None => {
            let leeg = if index.is_some() { Json::Array(Vec::new()) } else { Json::Object(Vec::new()) };
            velden.push((naam.to_owned(), leeg));
            velden.len() - 1
        }
    };
    let doel = match (index, &mut velden[plek].1) {
        (Some(i), Json::Array(items)) => {
            while items.len() <= i {
                items.push(Json::Object(Vec::new()));
            }
            &mut items[i]
        }
        (_, doel) => doel,
    };
    match rest {
        Some(rest) => zet_pad(doel, rest, waarde),
        None => *doel = waarde,
    }
}

/// The value at `pad` in `json`, if there is one.
pub fn lees_pad<'a>(json: &'a Json, pad: &str) -> Option<&'a Json> {
    let (naam, index, rest) = segment(pad);
    let Json::Object(velden) = json else { return None };
    let mut waarde = velden.iter().find(|(n, _)| n == naam).map(|(_, w)| w)?;
    if let Some(i) = index {
        let Json::Array(items) = waarde else { return None };
        waarde = items.get(i)?;
    }
    match rest {
        Some(rest) => lees_pad(waarde, rest),
        None => Some(waarde),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn json(tekst: &str) -> Json {
        Json::lees_tekst(tekst).unwrap()
    }

    #[test]
    fn te_lang_counts_characters_not_bytes() {
        for teken in ["a", "é", "€", "𝄞"] {
            assert!(!te_lang(&teken.repeat(MAX_TEKST)), "{teken}");
            assert!(te_lang(&teken.repeat(MAX_TEKST + 1)), "{teken}");
        }
    }

    #[test]
    fn unreadable_and_empty_input_have_their_own_codes() {
        assert_eq!(Json::lees_tekst("{").unwrap_err().code(), "ongeldige_json");
        assert_eq!(Json::lees_tekst("{} x").unwrap_err().code(), "ongeldige_json");
        // Where it stops: at the stray text, at the missing value, at the end of a cut file.
        let plek = |tekst: &str| Json::lees_tekst_tot(tekst).unwrap_err().1;
        assert_eq!((plek("{} x"), plek("{\"a\": }"), plek("{\"a\": [1,")), (3, 6, 9));
        assert_eq!(Json::lees_tekst(" \n").unwrap_err().code(), "lege_invoer");
        assert_eq!(Json::lees_tekst("").unwrap_err().veld, "");
    }

    /// serde_json's reading of the same text, as a [`Json`], for comparison.
    fn volgens_serde(waarde: serde_json::Value) -> Json {
        match waarde {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(b),
            serde_json::Value::Number(n) => Json::Number(n.as_f64().unwrap()),
            serde_json::Value::String(s) => Json::String(s),
            serde_json::Value::Array(a) => Json::Array(a.into_iter().map(volgens_serde).collect()),
            serde_json::Value::Object(o) => Json::Object(o.into_iter().map(|(k, v)| (k, volgens_serde(v))).collect()),
        }
    }

    /// Objects with their fields by name, as serde_json keeps them.
    fn gesorteerd(waarde: Json) -> Json {
        match waarde {
            Json::Array(a) => Json::Array(a.into_iter().map(gesorteerd).collect()),
            Json::Object(o) => {
                let mut velden: Vec<_> = o.into_iter().map(|(k, v)| (k, gesorteerd(v))).collect();
                velden.sort_by(|a, b| a.0.cmp(&b.0));
                Json::Object(velden)
            }
            ander => ander,
        }
    }

    #[test]
    fn the_reader_agrees_with_serde_json_on_valid_text() {
        for tekst in [
            r#"{"a": [1, -2, 0, 3.5, -0.25, 1e3, 2E-2, 1.5e+1, 123456789012345678, 55000]}"#,
            r#"["\"\\\/\b\f\n\r\t", "\u00e9\u20ac", "\ud83d\ude00", "é€ ሰላም سلام"]"#,
            r#"  {"leeg": {}, "lijst": [], "n": null, "t": true, "f": false}  "#,
            "[0, 10, 9007199254740993, 1e-400, 0.1]",
        ] {
            let serde = volgens_serde(serde_json::from_str(tekst).unwrap());
            assert_eq!(gesorteerd(Json::lees_tekst(tekst).unwrap()), serde, "{tekst}");
        }
    }

    #[test]
    fn the_reader_refuses_what_json_does_not_allow() {
        for tekst in [
            "[1,]",
            "{\"a\":1,}",
            "[01]",
            "[1.]",
            "[.5]",
            "[-]",
            "[1e]",
            "[+1]",
            "tru",
            "nul",
            "[\"a]",
            "[\"\\x\"]",
            "[\"\\ud800\"]",
            "[\"\\ud800\\u0041\"]",
            "[\"\\u12g4\"]",
            "[\"\u{1}\"]",
            "{1: 2}",
            "{\"a\" 1}",
            "[1 2]",
            "[NaN]",
            "[Infinity]",
            "'a'",
        ] {
            assert!(serde_json::from_str::<serde_json::Value>(tekst).is_err(), "serde_json takes {tekst}");
            assert_eq!(Json::lees_tekst(tekst).unwrap_err().code(), "ongeldige_json", "{tekst}");
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let diep = "[".repeat(MAX_DIEPTE + 2) + &"]".repeat(MAX_DIEPTE + 2);
        assert_eq!(Json::lees_tekst(&diep).unwrap_err().code(), "ongeldige_json");
        let ondiep = "[".repeat(MAX_DIEPTE) + &"]".repeat(MAX_DIEPTE);
        assert!(Json::lees_tekst(&ondiep).is_ok());
    }

    #[test]
    fn unknown_and_duplicate_fields_are_reported_with_their_path() {
        let waarde = json(r#"{"b": 1, "zz": 2, "a": {"huur": 1, "hur": 2}}"#);
        let fout = Velden::lees(&waarde, "", &["a", "b"]).err().unwrap();
        assert_eq!((fout.veld.as_str(), fout.code()), ("zz", "onbekend_veld"));
        let top = Velden::lees(&waarde, "", &["a", "b", "zz"]).ok().unwrap();
        let fout = top.object("a", &["huur"]).err().unwrap();
        assert_eq!(fout.veld, "a.hur");
        let dubbel = json(r#"{"a": 1, "a": 2}"#);
        assert_eq!(Velden::lees(&dubbel, "", &["a"]).err().unwrap().code(), "dubbel_veld");
    }

    #[test]
    fn typed_readers_check_type_range_and_sign() {
        let waarde = json(r#"{"d": "2023-02-29", "n": 41, "b": -1, "c": 1.5, "t": 3, "k": "x", "leeg": null}"#);
        let v = Velden::lees(&waarde, "p", &["d", "n", "b", "c", "t", "k", "leeg"]).ok().unwrap();
        assert_eq!(v.datum("d").unwrap_err().code(), "ongeldige_datum");
        assert_eq!(
            v.geheel("n", 0, 40).unwrap_err().melding(crate::i18n::Taal::Nl),
            "Dit getal kan niet. Kies een getal van 0 tot en met 40."
        );
        assert_eq!(v.bedrag("b").unwrap_err().veld, "p.b");
        assert_eq!(v.bedrag("c").unwrap_err().code(), "geen_bedrag");
        assert_eq!(v.tekst("t").unwrap_err().code(), "verkeerd_type");
        assert_eq!(v.keuze("k", &[("y", 1)]).unwrap_err().code(), "onbekende_waarde");
        assert_eq!(v.bool("leeg").unwrap(), None);
        assert_eq!(v.verplicht("leeg", v.bool("leeg").unwrap()).unwrap_err().code(), "verplicht");
    }
}
