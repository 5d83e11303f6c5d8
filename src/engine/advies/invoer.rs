//! The `situatie` input, read and checked with [`Velden`]. An optional answer that is absent or
//! `null` stays `None` ("Ik weet het niet") so the advice can say what it cannot decide yet.

use chrono::NaiveDate;

use super::plan::{Behaald, DELEN};
use crate::engine::fout::Fout;
use crate::engine::json::{Json, Velden};
use crate::i18n::{advies as tekst, fouten, Waarde};

/// The contract's `verblijf` codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verblijf {
    Asiel,
    GezinVanAsielstatushouder,
    Gezin,
    GeestelijkBedienaar,
    RegulierOverig,
    Tijdelijk,
    EuFamilie,
    Asielzoeker,
    Geen,
}

pub const VERBLIJVEN: &[(&str, Verblijf)] = &[
    ("asiel", Verblijf::Asiel),
    ("gezin_van_asielstatushouder", Verblijf::GezinVanAsielstatushouder),
    ("gezin", Verblijf::Gezin),
    ("geestelijk_bedienaar", Verblijf::GeestelijkBedienaar),
    ("regulier_overig", Verblijf::RegulierOverig),
    ("tijdelijk", Verblijf::Tijdelijk),
    ("eu_familie", Verblijf::EuFamilie),
    ("asielzoeker", Verblijf::Asielzoeker),
    ("geen", Verblijf::Geen),
];

impl Verblijf {
    pub fn code(self) -> &'static str {
        VERBLIJVEN.iter().find(|(_, v)| *v == self).map_or("", |(c, _)| c)
    }

    /// A residence permit (everything except asylum seekers and undocumented people).
    pub fn is_vergunning(self) -> bool {
        !matches!(self, Verblijf::Asielzoeker | Verblijf::Geen)
    }

    /// Wi2021 art. 13 lid 1: the asielstatushouder group (own asylum permit or family member).
    pub fn is_asielgroep(self) -> bool {
        matches!(self, Verblijf::Asiel | Verblijf::GezinVanAsielstatushouder)
    }
}

/// The leerbaarheidstoets result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Toets {
    pub score: u32,
    pub datum: NaiveDate,
}

/// A checked `situatie`.
#[derive(Debug, Clone, PartialEq)]
pub struct Situatie {
    pub peildatum: NaiveDate,
    pub geboortedatum: NaiveDate,
    pub nationaliteit: String,
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
    /// Contract `behaald`: parts already done.
    pub behaald: Vec<Behaald>,
}

const VELDEN: &[&str] = &[
    "peildatum",
    "geboortedatum",
    "nationaliteit",
    "verblijf",
    "verblijfsdatum",
    "duoBriefDatum",
    "pipDatum",
    "leerplichtig",
    "nlDiploma",
    "leerbaarheidstoets",
    "wilOpleiding",
    "bijstand",
    "bijstandSinds",
    "behaald",
];

/// Rejects `datum` in field `naam` when it lies before `grens`.
fn niet_voor(v: &Velden, naam: &str, datum: Option<NaiveDate>, grens: Option<NaiveDate>) -> Result<(), Fout> {
    match (datum, grens) {
        (Some(d), Some(g)) if d < g => Err(Fout::met(v.pad(naam), &fouten::DATUM_TE_VROEG, vec![Waarde::Datum(g)])),
        _ => Ok(()),
    }
}

/// Reads and checks a `situatie`.
pub fn lees(invoer: &Json) -> Result<Situatie, Fout> {
    let v = Velden::lees(invoer, "", VELDEN)?;
    let peildatum = v.verplicht("peildatum", v.datum("peildatum")?)?;
    let geboortedatum = v.verplicht("geboortedatum", v.datum("geboortedatum")?)?;
    let nationaliteit = v.verplicht("nationaliteit", v.tekst("nationaliteit")?)?;
    if nationaliteit.len() != 2 || !nationaliteit.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(Fout::new("nationaliteit", &tekst::ONGELDIGE_NATIONALITEIT));
    }
    let verblijf = v.verplicht("verblijf", v.keuze("verblijf", VERBLIJVEN)?)?;
    let verblijfsdatum = v.datum("verblijfsdatum")?;
    if verblijf.is_vergunning() {
        v.verplicht("verblijfsdatum", verblijfsdatum)?;
    }
    let toets = match v.object("leerbaarheidstoets", &["score", "datum"])? {
        None => None,
        Some(t) => {
            let score = t.verplicht("score", t.geheel("score", 0, 40)?)? as u32;
            let datum = t.verplicht("datum", t.datum("datum")?)?;
            niet_voor(&t, "datum", Some(datum), Some(geboortedatum))?;
            Some(Toets { score, datum })
        }
    };
    let bijstand = v.bool("bijstand")?;
    let bijstand_sinds = v.datum("bijstandSinds")?;
    if bijstand == Some(true) {
        v.verplicht("bijstandSinds", bijstand_sinds)?;
    }
    let situatie = Situatie {
        peildatum,
        geboortedatum,
        nationaliteit: nationaliteit.to_owned(),
        verblijf,
        verblijfsdatum,
        duo_brief_datum: v.datum("duoBriefDatum")?,
        pip_datum: v.datum("pipDatum")?,
        leerplichtig: v.bool("leerplichtig")?,
        nl_diploma: v.bool("nlDiploma")?,
        leerbaarheidstoets: toets,
        wil_opleiding: v.bool("wilOpleiding")?,
        bijstand,
        bijstand_sinds,
        behaald: Vec::new(),
    };
    let mut situatie = situatie;
    for (pad, item) in v.lijst("behaald")? {
        let b = Velden::lees(item, &pad, &["onderdeel", "datum"])?;
        let datum = b.verplicht("datum", b.datum("datum")?)?;
        niet_voor(&b, "datum", Some(datum), Some(geboortedatum))?;
        situatie.behaald.push(Behaald { deel: b.verplicht("onderdeel", b.keuze("onderdeel", DELEN)?)?, datum });
    }
    // Dates in an impossible order: nothing happens before birth, no letter before the permit,
    // no PIP before DUO's letter.
    niet_voor(&v, "peildatum", Some(peildatum), Some(geboortedatum))?;
    niet_voor(&v, "verblijfsdatum", verblijfsdatum, Some(geboortedatum))?;
    niet_voor(&v, "duoBriefDatum", situatie.duo_brief_datum, verblijfsdatum)?;
    niet_voor(&v, "pipDatum", situatie.pip_datum, situatie.duo_brief_datum.or(verblijfsdatum))?;
    niet_voor(&v, "bijstandSinds", bijstand_sinds, Some(geboortedatum))?;
    Ok(situatie)
}
