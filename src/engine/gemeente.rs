//! The gemeente's configuration: a JSON file a gemeente web team writes itself. Every field is
//! optional; unknown fields are rejected with their path, like all input.
//!
//! ```json
//! { "naam": "Haarlem",
//!   "contact": { "telefoon": "14 023", "email": "mailto:inburgering@haarlem.nl", "website": "https://www.haarlem.nl" },
//!   "onderwijsrouteMaxLeeftijd": 28,
//!   "perspectief": [
//!     { "voor": ["geen", "asielzoeker"], "soort": "cursus",
//!       "titel": "Taalcafé", "omschrijving": { "nl": "Elke week Nederlands oefenen.", "en": "Practise Dutch every week." },
//!       "aanbieder": "Stem in de Stad", "link": "https://…", "telefoon": "tel:+31235…" } ],
//!   "ontzorgen": { "extraPosten": ["gemeentelijke belastingen", "reservering onvoorziene kosten"],
//!                  "leefgeldGrensPerWeek": 5800 } }
//! ```
//!
//! - `naam`: shown with the contact details above the form; absent: no such line.
//! - `contact.telefoon`: plain text as people dial it ("14 023"); `contact.email` a `mailto:` link;
//!   `contact.website` an `https:` link.
//! - `onderwijsrouteMaxLeeftijd`: whole number 16..=67 (default 28): the advice policy's age below
//!   which the onderwijsroute is advised. The law sets no age limit (Wi2021 art. 8).
//! - `planMargeWeken`: whole number 0..=26 (default 4): the exam planner's safety margin, the
//!   weeks it keeps between the last exam date and the moment DUO's result must be in.
//! - `perspectief[]`: local offers. `voor` lists the situations it is for: the contract's
//!   `verblijf` codes (`asiel`, `gezin_van_asielstatushouder`, `gezin`, `geestelijk_bedienaar`,
//!   `regulier_overig`, `tijdelijk`, `eu_familie`, `asielzoeker`, `geen`), plus `eu` (EU/EEA/Swiss
//!   nationals), `vrijgesteld` (exempt, too young, AOW age) and `plichtig` (people who must
//!   integrate: an introduction programme, budget coaching). `soort` is one of `cursus`, `werkplek`,
//!   `opvang`, `juridisch`, `terugkeer`, `gezondheid`, `begeleiding`, `overig`. `titel` is
//!   required, `omschrijving` and `aanbieder` optional. Texts are a plain (Dutch) string or an
//!   object per language (`nl`, `en`, `ar`, `ti`, `tr`, `fa`; `nl` required).
//! - Links (`link`, `email`, `telefoon` in `perspectief`) must start with `https:`, `mailto:` or
//!   `tel:`; anything else (`http:`, `javascript:`) is rejected with code `ongeldige_link`.
//! - `ontzorgen.extraPosten`: names of further withholdings the gemeente usually agrees on.
//! - `ontzorgen.leefgeldGrensPerWeek`: eurocents; the gemeente's own level of leefgeld per week
//!   below which staff mode warns (policy, not law; absent: no such warning).
//!
//! When a situation has no configured offer, the advice falls back to [`Gemeente::standaard`]'s
//! national offers, so a person who is not plichtig never gets a bare "no".

use super::bron::{Bron, Wet};
use super::fout::Fout;
use super::geld::Cent;
use super::json::{object, Json, NaarJson, Velden};
use crate::i18n::{advies as tekst, fouten, Taal, Tekst};

/// Where the onderwijsroute's age limit comes from: policy, not law (Wi2021 art. 8 sets none).
pub const ONDERWIJSROUTE_BELEID: Bron = Bron::new(Wet::Beleid, "onderwijsrouteMaxLeeftijd van de gemeente");

/// Default of `onderwijsrouteMaxLeeftijd` (contract advice policy; Schulinck: target group "tot 28").
pub const ONDERWIJSROUTE_MAX_LEEFTIJD: u32 = 28;

/// Default of `planMargeWeken`: the exam planner plans each exam this many weeks before the last
/// safe day, for a missed or moved exam (the Tijdlijn-check's buffer; policy, not law).
pub const PLAN_MARGE_WEKEN: u32 = 4;

/// A text in up to six languages; Dutch always present. Serialises as the Dutch text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Meertalig {
    pub nl: String,
    /// The other languages, in [`Taal::ALLE`] order without Dutch.
    pub vertaald: Vec<(Taal, String)>,
}

impl Meertalig {
    /// The text in `taal`, or Dutch when no translation was given.
    pub fn in_taal(&self, taal: Taal) -> &str {
        self.vertaald.iter().find(|(t, _)| *t == taal).map_or(self.nl.as_str(), |(_, s)| s.as_str())
    }

    fn uit_tekst(tekst: &Tekst) -> Meertalig {
        Meertalig {
            nl: tekst.in_taal(Taal::Nl).to_owned(),
            vertaald: Taal::ALLE[1..].iter().map(|t| (*t, tekst.in_taal(*t).to_owned())).collect(),
        }
    }

    fn lees(velden: &Velden, naam: &str) -> Result<Option<Meertalig>, Fout> {
        if let Ok(Some(tekst)) = velden.tekst(naam) {
            return Ok(Some(Meertalig { nl: tekst.to_owned(), vertaald: Vec::new() }));
        }
        let codes: Vec<&str> = Taal::ALLE.iter().map(|t| t.code()).collect();
        let Some(object) = velden.object(naam, &codes)? else { return Ok(None) };
        let nl = object.verplicht("nl", object.tekst("nl")?)?.to_owned();
        let mut vertaald = Vec::new();
        for taal in &Taal::ALLE[1..] {
            if let Some(tekst) = object.tekst(taal.code())? {
                vertaald.push((*taal, tekst.to_owned()));
            }
        }
        Ok(Some(Meertalig { nl, vertaald }))
    }
}

/// The Dutch text (the contract's language).
impl NaarJson for Meertalig {
    fn schrijf(&self, uit: &mut String) {
        self.nl.schrijf(uit)
    }
}

/// The kind of a local offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Soort {
    Cursus,
    Werkplek,
    Opvang,
    Juridisch,
    Terugkeer,
    Gezondheid,
    Begeleiding,
    Overig,
}

const SOORTEN: &[(&str, Soort)] = &[
    ("cursus", Soort::Cursus),
    ("werkplek", Soort::Werkplek),
    ("opvang", Soort::Opvang),
    ("juridisch", Soort::Juridisch),
    ("terugkeer", Soort::Terugkeer),
    ("gezondheid", Soort::Gezondheid),
    ("begeleiding", Soort::Begeleiding),
    ("overig", Soort::Overig),
];

impl NaarJson for Soort {
    fn schrijf(&self, uit: &mut String) {
        SOORTEN.iter().find(|(_, soort)| soort == self).map(|(code, _)| code).schrijf(uit)
    }
}

/// The situations an offer can be for (see the module doc).
pub const VOOR_CODES: &[&str] = &[
    "asiel",
    "gezin_van_asielstatushouder",
    "gezin",
    "geestelijk_bedienaar",
    "regulier_overig",
    "tijdelijk",
    "eu_familie",
    "asielzoeker",
    "geen",
    "eu",
    "vrijgesteld",
    "plichtig",
];

/// One local offer (contract: an item of `perspectief`).
#[derive(Debug, Clone, PartialEq)]
pub struct Perspectief {
    /// Not in the contract's output.
    pub voor: Vec<&'static str>,
    pub soort: Soort,
    pub titel: Meertalig,
    pub omschrijving: Option<Meertalig>,
    pub aanbieder: Option<String>,
    pub link: Option<String>,
    pub telefoon: Option<String>,
}

/// How to reach the gemeente.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contact {
    /// Plain text as people dial it.
    pub telefoon: Option<String>,
    /// A `mailto:` link.
    pub email: Option<String>,
    /// An `https:` link.
    pub website: Option<String>,
}

/// A gemeente's settings and local offers.
#[derive(Debug, Clone, PartialEq)]
pub struct Gemeente {
    /// `None`: the neutral "uw gemeente" of the built-in default.
    pub naam: Option<String>,
    pub contact: Contact,
    pub onderwijsroute_max_leeftijd: u32,
    /// `planMargeWeken`: the exam planner's safety margin in weeks.
    pub plan_marge_weken: u32,
    pub perspectief: Vec<Perspectief>,
    /// Names of further withholdings the gemeente usually agrees on for ontzorgen.
    pub ontzorgen_extra_posten: Vec<String>,
    /// The gemeente's own leefgeld level per week, below which staff mode warns.
    pub leefgeld_grens_per_week: Option<Cent>,
}

impl NaarJson for Perspectief {
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[
                ("soort", &self.soort),
                ("titel", &self.titel),
                ("omschrijving", &self.omschrijving),
                ("aanbieder", &self.aanbieder),
                ("link", &self.link),
                ("telefoon", &self.telefoon),
            ],
        )
    }
}

impl Default for Gemeente {
    fn default() -> Gemeente {
        Gemeente::standaard()
    }
}

fn standaard_aanbod(
    voor: &[&'static str],
    soort: Soort,
    aanbieder: &str,
    omschrijving: &Tekst,
    link: &str,
) -> Perspectief {
    Perspectief {
        voor: voor.to_vec(),
        soort,
        titel: Meertalig { nl: aanbieder.to_owned(), vertaald: Vec::new() },
        omschrijving: Some(Meertalig::uit_tekst(omschrijving)),
        aanbieder: Some(aanbieder.to_owned()),
        link: Some(link.to_owned()),
        telefoon: None,
    }
}

impl Gemeente {
    /// The built-in configuration used when a page gives none: a neutral "uw gemeente" and
    /// national, non-commercial offers. Het Juridisch Loket is for every situation of someone who
    /// is not plichtig, so the fallback is never empty; plichtigen get only what a gemeente configures.
    pub fn standaard() -> Gemeente {
        let zonder_vergunning = ["asielzoeker", "geen"];
        let niet_plichtig: Vec<&'static str> = VOOR_CODES.iter().copied().filter(|c| *c != "plichtig").collect();
        Gemeente {
            naam: None,
            contact: Contact::default(),
            onderwijsroute_max_leeftijd: ONDERWIJSROUTE_MAX_LEEFTIJD,
            plan_marge_weken: PLAN_MARGE_WEKEN,
            perspectief: vec![
                standaard_aanbod(
                    &niet_plichtig,
                    Soort::Juridisch,
                    "Het Juridisch Loket",
                    &tekst::AANBOD_JURIDISCH_LOKET,
                    "https://www.juridischloket.nl",
                ),
                standaard_aanbod(
                    &["asielzoeker", "geen", "asiel", "gezin_van_asielstatushouder"],
                    Soort::Begeleiding,
                    "VluchtelingenWerk Nederland",
                    &tekst::AANBOD_VLUCHTELINGENWERK,
                    "https://www.vluchtelingenwerk.nl",
                ),
                standaard_aanbod(
                    &zonder_vergunning,
                    Soort::Gezondheid,
                    "Dokters van de Wereld",
                    &tekst::AANBOD_DOKTERS_VAN_DE_WERELD,
                    "https://www.doktersvandewereld.org",
                ),
                standaard_aanbod(
                    &zonder_vergunning,
                    Soort::Terugkeer,
                    "IOM Nederland",
                    &tekst::AANBOD_IOM,
                    "https://www.iom-nederland.nl",
                ),
            ],
            ontzorgen_extra_posten: Vec::new(),
            leefgeld_grens_per_week: None,
        }
    }

    /// The offers for situation `code`: the configured ones, else the built-in ones.
    pub fn perspectief_voor(&self, code: &str) -> Vec<Perspectief> {
        let voor = |lijst: &[Perspectief]| -> Vec<Perspectief> {
            lijst.iter().filter(|p| p.voor.contains(&code)).cloned().collect()
        };
        let eigen = voor(&self.perspectief);
        if eigen.is_empty() {
            voor(&Gemeente::standaard().perspectief)
        } else {
            eigen
        }
    }

    /// Reads and validates a configuration file.
    pub fn lees(invoer: &Json) -> Result<Gemeente, Fout> {
        let v = Velden::lees(
            invoer,
            "",
            &["naam", "contact", "onderwijsrouteMaxLeeftijd", "planMargeWeken", "perspectief", "ontzorgen"],
        )?;
        let mut gemeente = Gemeente::standaard();
        gemeente.naam = v.tekst("naam")?.map(str::to_owned);
        if let Some(c) = v.object("contact", &["telefoon", "email", "website"])? {
            gemeente.contact = Contact {
                telefoon: c.tekst("telefoon")?.map(str::to_owned),
                email: link(&c, "email", &["mailto:"])?,
                website: link(&c, "website", &["https:"])?,
            };
        }
        if let Some(leeftijd) = v.geheel("onderwijsrouteMaxLeeftijd", 16, 67)? {
            gemeente.onderwijsroute_max_leeftijd = leeftijd as u32;
        }
        if let Some(weken) = v.geheel("planMargeWeken", 0, 26)? {
            gemeente.plan_marge_weken = weken as u32;
        }
        if v.waarde("perspectief").is_some() {
            gemeente.perspectief =
                v.lijst("perspectief")?.iter().map(|(pad, item)| lees_aanbod(item, pad)).collect::<Result<_, _>>()?;
        }
        if let Some(o) = v.object("ontzorgen", &["extraPosten", "leefgeldGrensPerWeek"])? {
            gemeente.leefgeld_grens_per_week = o.bedrag("leefgeldGrensPerWeek")?;
            gemeente.ontzorgen_extra_posten = o
                .lijst("extraPosten")?
                .iter()
                .map(|(pad, item)| match item {
                    Json::String(s) if s.chars().count() <= super::json::MAX_TEKST => Ok(s.clone()),
                    _ => Err(Fout::new(pad.as_str(), &fouten::VERKEERD_TYPE)),
                })
                .collect::<Result<_, _>>()?;
        }
        Ok(gemeente)
    }
}

fn lees_aanbod(item: &Json, pad: &str) -> Result<Perspectief, Fout> {
    let v = Velden::lees(item, pad, &["voor", "soort", "titel", "omschrijving", "aanbieder", "link", "telefoon"])?;
    let mut voor = Vec::new();
    for (pad, code) in v.lijst("voor")? {
        match code {
            Json::String(s) => match VOOR_CODES.iter().find(|c| **c == s) {
                Some(c) => voor.push(*c),
                None => return Err(Fout::new(pad, &fouten::ONBEKENDE_WAARDE)),
            },
            _ => return Err(Fout::new(pad, &fouten::VERKEERD_TYPE)),
        }
    }
    if voor.is_empty() {
        return Err(Fout::new(v.pad("voor"), &fouten::VERPLICHT));
    }
    Ok(Perspectief {
        voor,
        soort: v.verplicht("soort", v.keuze("soort", SOORTEN)?)?,
        titel: v.verplicht("titel", Meertalig::lees(&v, "titel")?)?,
        omschrijving: Meertalig::lees(&v, "omschrijving")?,
        aanbieder: v.tekst("aanbieder")?.map(str::to_owned),
        link: link(&v, "link", &["https:", "mailto:", "tel:"])?,
        telefoon: link(&v, "telefoon", &["tel:"])?,
    })
}

/// A link with one of the allowed schemes and no spaces, quotes or angle brackets.
fn link(v: &Velden, naam: &str, schemas: &[&str]) -> Result<Option<String>, Fout> {
    let Some(tekst) = v.tekst(naam)? else { return Ok(None) };
    let schema_goed = schemas.iter().any(|s| {
        tekst.len() > s.len() && tekst.as_bytes().get(..s.len()).is_some_and(|b| b.eq_ignore_ascii_case(s.as_bytes()))
    });
    let tekens_goed =
        !tekst.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\'));
    if schema_goed && tekens_goed {
        Ok(Some(tekst.to_owned()))
    } else {
        Err(Fout::new(v.pad(naam), &tekst::ONGELDIGE_LINK))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lees(tekst: &str) -> Result<Gemeente, Fout> {
        Gemeente::lees(&Json::lees_tekst(tekst).unwrap())
    }

    #[test]
    fn offers_can_be_for_every_permit_of_the_advice() {
        let verblijven: Vec<&str> = crate::engine::advies::VERBLIJVEN.iter().map(|(code, _)| *code).collect();
        assert_eq!(VOOR_CODES[..verblijven.len()], verblijven[..]);
    }

    #[test]
    fn a_full_configuration_is_read() {
        let g = lees(
            r#"{"naam": "Haarlem", "contact": {"telefoon": "14 023", "email": "mailto:a@b.nl", "website": "https://x.nl"},
               "onderwijsrouteMaxLeeftijd": 30,
               "perspectief": [{"voor": ["geen"], "soort": "cursus", "titel": {"nl": "Taal", "en": "Language"}, "link": "https://y.nl"}],
               "ontzorgen": {"extraPosten": ["belastingen"], "leefgeldGrensPerWeek": 5800}}"#,
        )
        .unwrap();
        assert_eq!(g.naam.as_deref(), Some("Haarlem"));
        assert_eq!(g.onderwijsroute_max_leeftijd, 30);
        assert_eq!(g.perspectief_voor("geen")[0].titel.in_taal(Taal::En), "Language");
        assert_eq!(g.perspectief_voor("geen")[0].titel.in_taal(Taal::Ar), "Taal");
        // Nothing configured for asylum seekers: the national defaults.
        assert_eq!(g.perspectief_voor("asielzoeker").len(), 4);
        assert_eq!(g.ontzorgen_extra_posten, ["belastingen"]);
        assert_eq!(g.leefgeld_grens_per_week, Some(5800));
        assert_eq!(Gemeente::standaard().leefgeld_grens_per_week, None);
    }

    #[test]
    fn bad_links_and_fields_are_rejected_with_their_path() {
        let fout = lees(
            r#"{"perspectief": [{"voor": ["geen"], "soort": "cursus", "titel": "a", "link": "javascript:alert(1)"}]}"#,
        )
        .unwrap_err();
        assert_eq!((fout.veld.as_str(), fout.code()), ("perspectief[0].link", "ongeldige_link"));
        let fout = lees(r#"{"contact": {"website": "http://x.nl"}}"#).unwrap_err();
        assert_eq!((fout.veld.as_str(), fout.code()), ("contact.website", "ongeldige_link"));
        let fout = lees(r#"{"perspectief": [{"voor": ["gen"], "soort": "cursus", "titel": "a"}]}"#).unwrap_err();
        assert_eq!((fout.veld.as_str(), fout.code()), ("perspectief[0].voor[0]", "onbekende_waarde"));
        let fout =
            lees(r#"{"perspectief": [{"voor": ["geen"], "soort": "cursus", "titel": {"en": "a"}}]}"#).unwrap_err();
        assert_eq!((fout.veld.as_str(), fout.code()), ("perspectief[0].titel.nl", "verplicht"));
        assert_eq!(lees(r#"{"naam": "x", "nam": "y"}"#).unwrap_err().veld, "nam");
        assert_eq!(lees(r#"{"onderwijsrouteMaxLeeftijd": 12}"#).unwrap_err().code(), "buiten_bereik");
        let fout = lees(r#"{"ontzorgen": {"leefgeldGrensPerWeek": 58.5}}"#).unwrap_err();
        assert_eq!((fout.veld.as_str(), fout.code()), ("ontzorgen.leefgeldGrensPerWeek", "geen_bedrag"));
    }

    #[test]
    fn the_default_offers_something_for_every_situation() {
        let g = Gemeente::standaard();
        assert_eq!(g.naam, None);
        for code in VOOR_CODES.iter().filter(|c| **c != "plichtig") {
            assert!(!g.perspectief_voor(code).is_empty(), "{code}");
        }
        assert!(g.perspectief.iter().all(|p| !p.voor.contains(&"plichtig")));
    }
}
