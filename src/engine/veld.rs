//! One declaration per contract input type: its fields in contract order, each with its kind of
//! value, when it is required and when it applies. From that one list follow the reader's
//! checks (unknown and duplicate fields, type, range, codes, required, with the field's path and
//! a translated error, nested objects and lists included), the form's questions (which are
//! required and which are shown, given the answers so far: [`Veld::verplicht`] and
//! [`Veld::geldt`]), and the field names the fuzzers use. The typed struct is read from the
//! checked object with [`Velden`]'s getters, which can no longer fail on a type.
//!
//! Adding an optional input field is one row here plus the struct field the rules use; the
//! form's question is its label (a test fails while a field has none).
//!
//! Whether a field applies can also depend on the gemeente ([`Veld::bij_gemeente`]): a field
//! that only the gemeente's own configuration makes count (the housing date, which only a
//! traject step timed from it uses). Such a field is never required, so the reader, which
//! checks what is required, needs no gemeente; the form asks [`geldt`] with the gemeente it has.

use super::fout::Fout;
use super::gemeente::Gemeente;
use super::json::{Json, Velden};
use crate::i18n::fouten;

/// A condition on the answers given so far (the whole input object, as far as it is filled).
pub type Regel = fn(&Json) -> bool;

/// A condition on the gemeente's configuration and the answers given so far.
pub type GemeenteRegel = fn(&Gemeente, &Json) -> bool;

/// What kind of value a field holds.
#[derive(Debug, Clone, Copy)]
pub enum Soort {
    /// `YYYY-MM-DD`.
    Datum,
    /// One of these codes.
    Keuze(&'static [&'static str]),
    /// `true` or `false`.
    JaNee,
    /// A whole number from the first bound to the second, both inclusive.
    Geheel(i64, i64),
    /// Whole eurocents, 0 to [`super::json::MAX_BEDRAG`].
    Bedrag,
    /// A string (bounded by [`super::json::MAX_TEKST`]).
    Tekst,
    /// An object with these fields.
    Object(&'static [Veld]),
    /// A list of objects with these fields.
    Lijst(&'static [Veld]),
}

/// One field of a contract input type.
#[derive(Debug, Clone, Copy)]
pub struct Veld {
    /// The contract's field name.
    pub naam: &'static str,
    pub soort: Soort,
    /// When the contract requires it; `None`: never (only such fields, and follow-ups, offer
    /// "Ik weet het niet").
    pub verplicht: Option<Regel>,
    /// When it applies at all: a field that does not apply is not asked (the reader still
    /// accepts it, and the rules do not use it).
    pub geldt: Regel,
    /// A follow-up of another answer: when it is not known the result stays and lists it as an
    /// open question, so it always offers "Ik weet het niet".
    pub vervolg: bool,
    /// Applies only where the gemeente's configuration makes it count, given the answers (on top
    /// of [`Veld::geldt`]); only for a field that is never required.
    pub bij_gemeente: Option<GemeenteRegel>,
}

const ALTIJD: Regel = |_| true;

/// An optional field that always applies.
pub const fn veld(naam: &'static str, soort: Soort) -> Veld {
    Veld { naam, soort, verplicht: None, geldt: ALTIJD, vervolg: false, bij_gemeente: None }
}

impl Veld {
    /// Always required.
    pub const fn verplicht(self) -> Veld {
        self.verplicht_als(ALTIJD)
    }

    /// Required when `regel` holds.
    pub const fn verplicht_als(mut self, regel: Regel) -> Veld {
        assert!(self.bij_gemeente.is_none(), "a field the gemeente makes count is never required");
        self.verplicht = Some(regel);
        self
    }

    /// Applies only when `regel` holds.
    pub const fn geldt_als(mut self, regel: Regel) -> Veld {
        self.geldt = regel;
        self
    }

    /// A follow-up that applies when `regel` holds (see [`Veld::vervolg`]).
    pub const fn vervolg(mut self, regel: Regel) -> Veld {
        self.vervolg = true;
        self.geldt_als(regel)
    }

    /// Applies only where the gemeente makes it count (see [`Veld::bij_gemeente`]).
    /// A required field cannot have one: the declarations are constants, so this fails the build.
    pub const fn geldt_bij_gemeente(mut self, regel: GemeenteRegel) -> Veld {
        assert!(self.verplicht.is_none(), "a field the gemeente makes count is never required");
        self.bij_gemeente = Some(regel);
        self
    }

    /// Whether the form offers "Ik weet het niet": for a field the contract never requires.
    pub fn weet_niet(&self) -> bool {
        self.verplicht.is_none()
    }

    /// Whether the field is required, given the answers (`invoer`, the whole object).
    pub fn is_verplicht(&self, invoer: &Json) -> bool {
        (self.geldt)(invoer) && self.verplicht.is_some_and(|regel| regel(invoer))
    }

    fn namen(velden: &[Veld]) -> impl Iterator<Item = &'static str> + '_ {
        velden.iter().map(|v| v.naam)
    }
}

/// Checks `invoer` against `velden` (the top of a contract input type) and gives its fields for
/// the typed getters; the first error in field order, with its path.
pub fn lees<'a>(invoer: &'a Json, velden: &'static [Veld]) -> Result<Velden<'a>, Fout> {
    lees_object(invoer, invoer, "", velden)
}

/// `waarde` as an object at `pad` with the fields of `velden` (unknown and duplicate fields
/// rejected), for the typed getters.
pub fn binnen<'a>(waarde: &'a Json, pad: &str, velden: &'static [Veld]) -> Result<Velden<'a>, Fout> {
    let namen: Vec<&str> = Veld::namen(velden).collect();
    Velden::lees(waarde, pad, &namen)
}

/// The nested object `naam` of `v`, declared by `velden`; `None` when not answered.
pub fn object<'a>(v: &Velden<'a>, naam: &str, velden: &'static [Veld]) -> Result<Option<Velden<'a>>, Fout> {
    v.waarde(naam).map(|w| binnen(w, &v.pad(naam), velden)).transpose()
}

fn lees_object<'a>(top: &Json, object: &'a Json, pad: &str, velden: &'static [Veld]) -> Result<Velden<'a>, Fout> {
    let v = binnen(object, pad, velden)?;
    for veld in velden {
        let naam = veld.naam;
        let gegeven = match veld.soort {
            Soort::Datum => v.datum(naam)?.is_some(),
            Soort::Keuze(codes) => v.code(naam, codes)?.is_some(),
            Soort::JaNee => v.bool(naam)?.is_some(),
            Soort::Geheel(min, max) => v.geheel(naam, min, max)?.is_some(),
            Soort::Bedrag => v.bedrag(naam)?.is_some(),
            Soort::Tekst => v.tekst(naam)?.is_some(),
            Soort::Object(binnen) => match v.waarde(naam) {
                None => false,
                Some(w) => lees_object(top, w, &v.pad(naam), binnen).map(|_| true)?,
            },
            Soort::Lijst(binnen) => {
                for (pad, item) in v.lijst(naam)? {
                    lees_object(top, item, &pad, binnen)?;
                }
                v.waarde(naam).is_some()
            }
        };
        if !gegeven && veld.is_verplicht(top) {
            return Err(Fout::new(v.pad(naam), &fouten::VERPLICHT));
        }
    }
    Ok(v)
}

/// The field at `pad` ("leerbaarheidstoets.score"; a list's rows share their fields, so
/// "extraInhoudingen[1].bedrag" and "extraInhoudingen.bedrag" are the same field).
pub fn zoek(velden: &'static [Veld], pad: &str) -> Option<&'static Veld> {
    let (kop, rest) = match pad.split_once('.') {
        Some((kop, rest)) => (kop, Some(rest)),
        None => (pad, None),
    };
    let naam = kop.split_once('[').map_or(kop, |(naam, _)| naam);
    let veld = velden.iter().find(|v| v.naam == naam)?;
    match (rest, veld.soort) {
        (None, _) => Some(veld),
        (Some(rest), Soort::Object(binnen) | Soort::Lijst(binnen)) => zoek(binnen, rest),
        (Some(_), _) => None,
    }
}

/// Whether the field at `pad` applies to the answers and the gemeente: it and every object it
/// is in.
pub fn geldt(velden: &'static [Veld], pad: &str, invoer: &Json, gemeente: &Gemeente) -> bool {
    keten(velden, pad)
        .iter()
        .all(|(_, veld)| (veld.geldt)(invoer) && veld.bij_gemeente.is_none_or(|regel| regel(gemeente, invoer)))
}

/// Whether the field at `pad` applies to the answers alone (what a required field depends on).
fn geldt_bij_antwoorden(velden: &'static [Veld], pad: &str, invoer: &Json) -> bool {
    keten(velden, pad).iter().all(|(_, veld)| (veld.geldt)(invoer))
}

/// Whether the field at `pad` is required, given the answers: it applies, and it is required
/// where it is (a field inside an object only when that object is given).
pub fn verplicht(velden: &'static [Veld], pad: &str, invoer: &Json) -> bool {
    let keten = keten(velden, pad);
    geldt_bij_antwoorden(velden, pad, invoer)
        && keten.last().is_some_and(|(_, veld)| veld.verplicht.is_some_and(|regel| regel(invoer)))
        && keten.iter().rev().skip(1).all(|(binnen, _)| antwoord(invoer, binnen).is_some())
}

/// The fields on the way to `pad`, each with its own path.
fn keten<'a>(mut velden: &'static [Veld], pad: &'a str) -> Vec<(&'a str, &'static Veld)> {
    let mut uit = Vec::new();
    let mut einde = 0;
    for deel in pad.split('.') {
        einde += deel.len();
        let naam = deel.split_once('[').map_or(deel, |(naam, _)| naam);
        let Some(veld) = velden.iter().find(|v| v.naam == naam) else { return Vec::new() };
        // Size: `get`, not indexing, docs/stijl.md.
        uit.push((pad.get(..einde).unwrap_or(pad), veld));
        einde += 1;
        velden = match veld.soort {
            Soort::Object(binnen) | Soort::Lijst(binnen) => binnen,
            _ => &[],
        };
    }
    uit
}

/// Every field name of a declaration, nested ones included (for the fuzzers).
pub fn alle_namen(velden: &'static [Veld], uit: &mut Vec<&'static str>) {
    for veld in velden {
        uit.push(veld.naam);
        if let Soort::Object(binnen) | Soort::Lijst(binnen) = veld.soort {
            alle_namen(binnen, uit);
        }
    }
}

/// Conditions read the answers as given: the value at `pad`, when it has one.
pub fn antwoord<'a>(invoer: &'a Json, pad: &str) -> Option<&'a Json> {
    super::json::lees_pad(invoer, pad).filter(|w| **w != Json::Null)
}

/// The code at `pad`, when it is a string.
pub fn code<'a>(invoer: &'a Json, pad: &str) -> Option<&'a str> {
    match antwoord(invoer, pad) {
        Some(Json::String(s)) => Some(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BINNEN: &[Veld] = &[veld("score", Soort::Geheel(0, 40)).verplicht(), veld("datum", Soort::Datum)];
    const VELDEN: &[Veld] = &[
        veld("soort", Soort::Keuze(&["a", "b"])).verplicht(),
        veld("alleen_b", Soort::Datum).verplicht_als(|j| code(j, "soort") == Some("b")),
        veld("toets", Soort::Object(BINNEN)),
        veld("rijen", Soort::Lijst(BINNEN)),
    ];

    fn fout(tekst: &str) -> (String, &'static str) {
        let json = Json::lees_tekst(tekst).unwrap();
        let fout = lees(&json, VELDEN).err().unwrap();
        (fout.veld.clone(), fout.code())
    }

    #[test]
    fn the_declaration_checks_types_requirements_and_nesting_with_paths() {
        assert_eq!(fout("{}"), ("soort".into(), "verplicht"));
        assert_eq!(fout(r#"{"soort": "c"}"#), ("soort".into(), "onbekende_waarde"));
        assert_eq!(fout(r#"{"soort": "b"}"#), ("alleen_b".into(), "verplicht"));
        assert_eq!(fout(r#"{"soort": "a", "toets": {"datum": "2026-01-01"}}"#), ("toets.score".into(), "verplicht"));
        assert_eq!(
            fout(r#"{"soort": "a", "rijen": [{"score": 1}, {"score": 41}]}"#),
            ("rijen[1].score".into(), "buiten_bereik")
        );
        assert_eq!(fout(r#"{"soort": "a", "x": 1}"#), ("x".into(), "onbekend_veld"));
        assert!(lees(&Json::lees_tekst(r#"{"soort": "a", "alleen_b": null}"#).unwrap(), VELDEN).is_ok());
    }

    #[test]
    fn fields_are_found_by_path_and_named_for_the_fuzzers() {
        assert_eq!(zoek(VELDEN, "toets.datum").map(|v| v.naam), Some("datum"));
        assert_eq!(zoek(VELDEN, "rijen[3].score").map(|v| v.naam), Some("score"));
        assert!(zoek(VELDEN, "soort.x").is_none() && zoek(VELDEN, "y").is_none());
        let mut namen = Vec::new();
        alle_namen(VELDEN, &mut namen);
        assert_eq!(namen, ["soort", "alleen_b", "toets", "score", "datum", "rijen", "score", "datum"]);
    }
}
