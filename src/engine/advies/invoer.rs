//! The `situatie` input: its one declaration ([`SITUATIE`]), read and checked with it. An
//! optional answer that is absent or `null` stays `None` ("Ik weet het niet") so the advice can
//! say what it cannot decide yet.

use chrono::NaiveDate;

use crate::engine::codes::{Deel, Gebeurtenis, Verblijf};
use crate::engine::fout::Fout;
use crate::engine::gemeente::{Gemeente, Persoon};
use crate::engine::json::{Json, Velden};
use crate::engine::veld::{self, code, veld, Soort, Veld};
use crate::i18n::{advies as tekst, fouten, Waarde};

impl Verblijf {
    /// A residence permit (everything except asylum seekers and undocumented people).
    pub fn is_vergunning(self) -> bool {
        !matches!(self, Verblijf::Asielzoeker | Verblijf::Geen)
    }

    /// Wi2021 art. 13 lid 1: the asielstatushouder group (own asylum permit or family member).
    pub fn is_asielgroep(self) -> bool {
        matches!(self, Verblijf::Asiel | Verblijf::GezinVanAsielstatushouder)
    }
}

/// The leerbaarheidstoets result; without its date the cut-off cannot be chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Toets {
    pub score: u32,
    pub datum: Option<NaiveDate>,
}

/// A part listed in the input's `behaald`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Behaald {
    pub deel: Deel,
    /// `None`: passed on a day not known (a caseload's `behaald` column may say only the part).
    pub datum: Option<NaiveDate>,
}

/// A checked `situatie`.
#[derive(Debug, Clone, PartialEq)]
pub struct Situatie {
    pub peildatum: NaiveDate,
    /// Required except for asylum seekers and undocumented people (contract).
    pub geboortedatum: Option<NaiveDate>,
    /// Likewise.
    pub nationaliteit: Option<String>,
    pub verblijf: Verblijf,
    pub verblijfsdatum: Option<NaiveDate>,
    pub duo_brief_datum: Option<NaiveDate>,
    pub pip_datum: Option<NaiveDate>,
    pub leerplichtig: Option<bool>,
    pub nl_diploma: Option<bool>,
    pub leerbaarheidstoets: Option<Toets>,
    pub wil_opleiding: Option<bool>,
    pub bijstand: Option<bool>,
    pub bijstand_sinds: Option<NaiveDate>,
    /// `huisvestingDatum`: the day the person is registered at an address in the gemeente, from
    /// which the PIP deadline can count (Besluit art. 5.3 lid 1) and the gemeente's own traject
    /// can time steps.
    pub huisvesting_datum: Option<NaiveDate>,
    /// Contract `behaald`: parts already done.
    pub behaald: Vec<Behaald>,
    /// Contract `staatloos`: recognised as stateless (Rijkswet op het Nederlanderschap art. 8
    /// lid 4: naturalisation after three years instead of five).
    pub staatloos: bool,
}

/// The `verblijf` answered so far.
fn verblijf(invoer: &Json) -> Option<Verblijf> {
    code(invoer, "verblijf").and_then(Verblijf::uit_code)
}

/// Wi2021 art. 3 lid 1: only a residence permit can bring the obligation, so the questions
/// about it (and about bijstand, which asylum seekers and undocumented people cannot get) apply
/// only then.
fn vergunning(invoer: &Json) -> bool {
    verblijf(invoer).is_some_and(Verblijf::is_vergunning)
}

/// Contract: birth date and nationality are required only for a person with a permit. For an
/// asylum seeker or an undocumented person the birth date changes nothing, so it is not asked
/// (a walk of 7 December 2026 found it asked); the nationality still can (an EU citizen is told
/// so, Wi2021 art. 3 lid 2 onder a).
fn niet_zonder_vergunning(invoer: &Json) -> bool {
    verblijf(invoer).is_none_or(Verblijf::is_vergunning)
}

/// Whether the ontzorgen budget can apply, given the situation's answers so far (what is not
/// answered leaves it open): not to a person without a residence permit (undocumented, or still
/// in the asylum procedure), who has no right to bijstand (Pw art. 11 lid 2; the same rule leaves
/// out the bijstand question, [`vergunning`]), nor to one who gets no bijstand: ontzorgen is for
/// a bijstand recipient and paid out of the bijstand (Pw art. 56a lid 1 and 2).
pub fn ontzorgen_mogelijk(invoer: &Json) -> bool {
    niet_zonder_vergunning(invoer) && veld::antwoord(invoer, "bijstand") != Some(&Json::Bool(false))
}

/// The housing date is asked of the asylum group, who may be housed after DUO's letter (their PIP
/// deadline then counts from it, Besluit art. 5.3 lid 1), and where the gemeente times a step of
/// its traject from it that can be for this person (its configuration, and the permit and
/// bijstand as answered). Given by anyone, the advice uses it.
fn huisvesting_telt(gemeente: &Gemeente, invoer: &Json) -> bool {
    if verblijf(invoer).is_some_and(Verblijf::is_asielgroep) {
        return true;
    }
    let persoon = Persoon {
        verblijf: verblijf(invoer),
        bijstand: veld::antwoord(invoer, "bijstand") == Some(&Json::Bool(true)),
        ..Persoon::default()
    };
    gemeente.getimed_vanaf(Gebeurtenis::Huisvesting, &persoon)
}

const TOETS: &[Veld] = &[
    veld("score", Soort::Geheel(0, 40)).verplicht(),
    veld("datum", Soort::Datum).vervolg(|j| veld::antwoord(j, "leerbaarheidstoets.score").is_some()),
];

/// The contract's `situatie`, in contract order (`huisvestingDatum` is an extra field).
pub const SITUATIE: &[Veld] = &[
    veld("peildatum", Soort::Datum).verplicht(),
    veld("geboortedatum", Soort::Datum).verplicht_als(niet_zonder_vergunning).geldt_als(niet_zonder_vergunning),
    veld("nationaliteit", Soort::Tekst).verplicht_als(niet_zonder_vergunning),
    veld("verblijf", Soort::Keuze(Verblijf::CODES)).verplicht(),
    veld("verblijfsdatum", Soort::Datum).verplicht().geldt_als(vergunning),
    veld("duoBriefDatum", Soort::Datum).geldt_als(vergunning),
    veld("pipDatum", Soort::Datum).geldt_als(vergunning),
    veld("leerplichtig", Soort::JaNee).geldt_als(vergunning),
    veld("nlDiploma", Soort::JaNee).geldt_als(vergunning),
    veld("leerbaarheidstoets", Soort::Object(TOETS)).geldt_als(vergunning),
    veld("wilOpleiding", Soort::JaNee).geldt_als(vergunning),
    veld("bijstand", Soort::JaNee).geldt_als(vergunning),
    veld("bijstandSinds", Soort::Datum)
        .vervolg(|j| vergunning(j) && veld::antwoord(j, "bijstand") == Some(&Json::Bool(true))),
    veld("huisvestingDatum", Soort::Datum).vervolg(vergunning).geldt_bij_gemeente(huisvesting_telt),
    veld("behaald", Soort::Lijst(BEHAALD)).geldt_als(vergunning),
    veld("staatloos", Soort::JaNee).geldt_als(vergunning),
];

/// Contract `behaald`: a part of the obligation already done, and when (when known).
const BEHAALD: &[Veld] = &[veld("onderdeel", Soort::Keuze(Deel::CODES)).verplicht(), veld("datum", Soort::Datum)];

/// Rejects `datum` in field `naam` when it lies before `grens`.
fn niet_voor(v: &Velden, naam: &str, datum: Option<NaiveDate>, grens: Option<NaiveDate>) -> Result<(), Fout> {
    match (datum, grens) {
        (Some(d), Some(g)) if d < g => Err(Fout::met(v.pad(naam), &fouten::DATUM_TE_VROEG, vec![Waarde::Datum(g)])),
        _ => Ok(()),
    }
}

/// Rejects `datum` in field `naam` (named by `wat`) when it lies after the `peildatum`: what
/// already happened cannot be later than the day the advice is for.
fn niet_na(
    v: &Velden,
    naam: &str,
    wat: &'static crate::i18n::Tekst,
    datum: Option<NaiveDate>,
    peildatum: NaiveDate,
) -> Result<(), Fout> {
    match datum {
        Some(d) if d > peildatum => {
            Err(Fout::met(v.pad(naam), &fouten::DATUM_NA_PEILDATUM, vec![Waarde::Tekst(wat), Waarde::Datum(peildatum)]))
        }
        _ => Ok(()),
    }
}

/// Birth, permit and test lie on or before the peildatum (a PIP or a letter may be dated ahead).
/// Checked before any answer is required: such a date is wrong whatever else is answered, so a
/// form shows it at its field as soon as it is typed (issue 26).
fn niet_na_peildatum(invoer: &Json) -> Result<(), Fout> {
    let v = veld::binnen(invoer, "", SITUATIE)?;
    let Some(peildatum) = v.datum("peildatum")? else { return Ok(()) };
    let toets = veld::object(&v, "leerbaarheidstoets", TOETS)?;
    let toets_datum = toets.map(|t| t.datum("datum")).transpose()?.flatten();
    niet_na(&v, "geboortedatum", &fouten::DE_GEBOORTEDATUM, v.datum("geboortedatum")?, peildatum)?;
    niet_na(&v, "verblijfsdatum", &fouten::DE_VERBLIJFSDATUM, v.datum("verblijfsdatum")?, peildatum)?;
    niet_na(&v, "leerbaarheidstoets.datum", &fouten::DE_TOETS, toets_datum, peildatum)
}

/// Reads and checks a `situatie`. Inline into its one caller (size: docs/stijl.md).
#[inline]
pub fn lees(invoer: &Json) -> Result<Situatie, Fout> {
    niet_na_peildatum(invoer)?;
    let v = veld::lees(invoer, SITUATIE)?;
    let nationaliteit = v.tekst("nationaliteit")?;
    if nationaliteit.is_some_and(|n| n.len() != 2 || !n.bytes().all(|b| b.is_ascii_uppercase())) {
        return Err(Fout::new("nationaliteit", &tekst::ONGELDIGE_NATIONALITEIT));
    }
    let leerbaarheidstoets = match veld::object(&v, "leerbaarheidstoets", TOETS)? {
        None => None,
        Some(t) => {
            Some(Toets { score: t.verplicht("score", t.geheel("score", 0, 40)?)? as u32, datum: t.datum("datum")? })
        }
    };
    let mut s = Situatie {
        peildatum: v.verplicht("peildatum", v.datum("peildatum")?)?,
        geboortedatum: v.datum("geboortedatum")?,
        nationaliteit: nationaliteit.map(str::to_owned),
        verblijf: v.verplicht("verblijf", v.keuze("verblijf", Verblijf::TABEL)?)?,
        verblijfsdatum: v.datum("verblijfsdatum")?,
        duo_brief_datum: v.datum("duoBriefDatum")?,
        pip_datum: v.datum("pipDatum")?,
        leerplichtig: v.bool("leerplichtig")?,
        nl_diploma: v.bool("nlDiploma")?,
        leerbaarheidstoets,
        wil_opleiding: v.bool("wilOpleiding")?,
        bijstand: v.bool("bijstand")?,
        bijstand_sinds: v.datum("bijstandSinds")?,
        huisvesting_datum: v.datum("huisvestingDatum")?,
        behaald: Vec::new(),
        staatloos: v.bool("staatloos")? == Some(true),
    };
    for (pad, item) in v.lijst("behaald")? {
        let b = veld::binnen(item, &pad, BEHAALD)?;
        let datum = b.datum("datum")?;
        let deel = b.verplicht("onderdeel", b.keuze("onderdeel", Deel::TABEL)?)?;
        niet_voor(&b, "datum", datum, s.geboortedatum)?;
        // A part is passed by the peildatum; a PVT or MAP dated later is DUO's rules 27 and 29,
        // flagged by the advice ([`super::plan::niet_bij_duo`]).
        let examen = datum.filter(|_| !matches!(deel, Deel::Pvt | Deel::Map));
        niet_na(&b, "datum", &fouten::DE_DAG_GEHAALD, examen, s.peildatum)?;
        s.behaald.push(Behaald { deel, datum });
    }
    // Each date at its own field (after the peildatum: above): nothing happens before birth, no
    // letter and no PIP before the permit (Wi2021 art. 3 lid 1: no obligation without it). A PIP
    // before DUO's letter is accepted and flagged by the advice (Besluit art. 5.3 lid 1 sets only
    // its latest day). Housing may lie ahead (a home the gemeente has assigned, with the day of
    // the key), and before the permit (someone may already live in the gemeente, on another
    // permit or with family, when this permit starts), but not before birth.
    let toets_datum = s.leerbaarheidstoets.and_then(|t| t.datum);
    niet_voor(&v, "leerbaarheidstoets.datum", toets_datum, s.geboortedatum)?;
    niet_voor(&v, "verblijfsdatum", s.verblijfsdatum, s.geboortedatum)?;
    niet_voor(&v, "duoBriefDatum", s.duo_brief_datum, s.verblijfsdatum)?;
    niet_voor(&v, "pipDatum", s.pip_datum, s.verblijfsdatum)?;
    niet_voor(&v, "bijstandSinds", s.bijstand_sinds, s.geboortedatum)?;
    niet_voor(&v, "huisvestingDatum", s.huisvesting_datum, s.geboortedatum)?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_is_for_a_person_with_a_permit_who_can_get_bijstand() {
        let mogelijk = |tekst: &str| ontzorgen_mogelijk(&Json::lees_tekst(tekst).unwrap());
        assert!(mogelijk("{}"), "nothing answered yet: open");
        for (verblijf, verwacht) in [("geen", false), ("asielzoeker", false), ("asiel", true), ("gezin", true)] {
            assert_eq!(mogelijk(&format!(r#"{{"verblijf": "{verblijf}"}}"#)), verwacht, "{verblijf}");
        }
        for (bijstand, verwacht) in [("false", false), ("true", true), ("null", true)] {
            assert_eq!(
                mogelijk(&format!(r#"{{"verblijf": "asiel", "bijstand": {bijstand}}}"#)),
                verwacht,
                "{bijstand}"
            );
        }
    }
}
