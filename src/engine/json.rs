//! The boundary hands the core JSON text (from stdin on the command line, from the browser's
//! `JSON.stringify` in the widget), read here into a [`Json`] value. The core validates it by hand with [`Velden`], so every
//! rejection names the exact field path, unknown fields are caught wherever they are nested,
//! and limits on size and depth hold whatever the source.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::datum;
use super::fout::Fout;
use super::geld::Cent;
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
        if tekst.len() > MAX_INVOER {
            return Err(Fout::new("", &fouten::TE_GROOT));
        }
        if tekst.trim().is_empty() {
            return Err(Fout::new("", &fouten::LEGE_INVOER));
        }
        let mut deserializer = serde_json::Deserializer::from_str(tekst);
        let waarde = Diepte(0).deserialize(&mut deserializer).map_err(|_| Fout::onleesbaar())?;
        deserializer.end().map_err(|_| Fout::onleesbaar())?;
        Ok(waarde)
    }
}

/// Deserializes one value at a nesting depth, refusing to go deeper than [`MAX_DIEPTE`].
struct Diepte(usize);

impl<'de> DeserializeSeed<'de> for Diepte {
    type Value = Json;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        if self.0 > MAX_DIEPTE {
            return Err(de::Error::custom("te diep genest"));
        }
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Diepte {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Json, E> {
        if v.len() > MAX_TEKST * 4 {
            return Err(E::custom("tekst te lang"));
        }
        Ok(Json::String(v.to_owned()))
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        self.deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Diepte(self.0 + 1))? {
            if items.len() >= MAX_LIJST {
                return Err(de::Error::custom("lijst te lang"));
            }
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut velden = Vec::new();
        while let Some(naam) = map.next_key::<String>()? {
            if velden.len() >= MAX_LIJST || naam.len() > MAX_TEKST {
                return Err(de::Error::custom("object te groot"));
            }
            velden.push((naam, map.next_value_seed(Diepte(self.0 + 1))?));
        }
        Ok(Json::Object(velden))
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
            Some(Json::String(s)) if s.chars().count() > MAX_TEKST => Err(Fout::new(self.pad(naam), &fouten::TE_GROOT)),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn json(tekst: &str) -> Json {
        Json::lees_tekst(tekst).unwrap()
    }

    #[test]
    fn unreadable_and_empty_input_have_their_own_codes() {
        assert_eq!(Json::lees_tekst("{").unwrap_err().code(), "ongeldige_json");
        assert_eq!(Json::lees_tekst("{} x").unwrap_err().code(), "ongeldige_json");
        assert_eq!(Json::lees_tekst(" \n").unwrap_err().code(), "lege_invoer");
        assert_eq!(Json::lees_tekst("").unwrap_err().veld, "");
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
