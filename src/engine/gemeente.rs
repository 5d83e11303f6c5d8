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
//!                  "leefgeldGrensPerWeek": 5800 },
//!   "contacten": [
//!     { "id": "klantmanager", "naam": "Klantmanager", "rol": { "nl": "Voor uw geld en uw PIP.", "en": "For your money and your PIP." },
//!       "telefoon": "tel:14023", "zelfInvullen": ["naam", "telefoon"] } ],
//!   "traject": [
//!     { "naam": "Introductieprogramma", "omschrijving": "Vijf weken, vier ochtenden per week.",
//!       "uitvoerder": "klantmanager", "wanneer": { "na": "bijstand", "weken": 3 }, "duurWeken": 5,
//!       "voor": { "verblijf": ["asiel", "gezin_van_asielstatushouder"] }, "bron": "…" } ] }
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
//!   below which the budget warns (policy, not law; absent: no such warning; the widget shows the
//!   warning in staff mode).
//! - `contacten[]` (at most [`MAX_CONTACTEN`]): the contactkaart. `id` (lower-case letters,
//!   digits, `-`), `naam` and `rol` ("Voor uw geld en uw PIP.") required; `organisatie`,
//!   `telefoon` (`tel:`), `email` (`mailto:`), `website` (`https:`), and `zelfInvullen`: the
//!   fields the person fills in themselves (`naam`, `telefoon`, `email`).
//! - `traject[]` (at most [`MAX_STAPPEN`]): the gemeente's own steps, in order. `naam` required;
//!   `omschrijving`; `uitvoerder`: the `id` of a contact; `wanneer: { "na", "weken" }`: `weken`
//!   (0..=520, default 0) after `vergunning`, `huisvesting`, `bijstand`, `pip` or `termijn`
//!   ([`Gebeurtenis`]; without `wanneer` the step has no date); `duurWeken` (1..=520);
//!   `voor: { "verblijf", "leeftijdVan", "leeftijdTot", "route", "bijstand" }`: every condition
//!   given must hold (`verblijf` takes the codes of `perspectief.voor`, `route` the leerroute
//!   codes, `leeftijdTot` is exclusive); `bron`: where the step comes from.
//! - `gemeenten`: a regional file. Per gemeente (key like an `id`) the fields that differ; each
//!   replaces the shared field as a whole. The page picks one with `gemeente="regio.json#key"`.
//! - `$schema`: ignored (lets an editor find `www/gemeente.schema.json`).
//!
//! The widget reads a configuration leniently ([`Gemeente::lees_voor`]): a bad field, offer,
//! step or contact is left out and reported with its path, every problem of it (in the console;
//! `wijzer gemeente --controleer` lists them all), and the rest is used. The contract's `advies(situatie,
//! gemeente)` reads it strictly ([`Gemeente::lees`]): the first problem is the error. Texts are
//! always text: the shell inserts them as text nodes.
//!
//! When a situation has no configured offer, the advice falls back to [`Gemeente::standaard`]'s
//! national offers, so a person who is not plichtig never gets a bare "no".

use super::bron::{Bron, Wet};
use super::fout::Fout;
use super::json::{Json, Velden};
use super::schrijver::{object, NaarJson};
use crate::basis::geld::Cent;
use std::borrow::Cow;

use super::codes::{Aanbodsoort, Gebeurtenis, Invulveld, Leerroute, Verblijf, VOOR};
use crate::i18n::{advies as tekst, fouten, traject as traject_tekst, Taal, Tekst, Waarde};

/// The top-level fields; the last two only in the shared part of a file (`$schema` lets an
/// editor find `www/gemeente.schema.json`). These field lists are the schema's too
/// (`tests/demo_gemeenten.rs` holds them equal).
pub const TOP_VELDEN: [&str; 10] = [
    "naam",
    "contact",
    "onderwijsrouteMaxLeeftijd",
    "planMargeWeken",
    "perspectief",
    "ontzorgen",
    "traject",
    "contacten",
    "gemeenten",
    "$schema",
];

/// The source of the budget's warning below the gemeente's leefgeld level, as the configuration
/// names it: policy, not law.
pub const LEEFGELD_GRENS_BELEID: Bron = Bron::new(Wet::Beleid, "ontzorgen.leefgeldGrensPerWeek van de gemeente");
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
    /// A built-in text: its sentence, read in the reader's language when shown (in the browser
    /// a language may arrive in its pack after the text was made).
    pub zin: Option<&'static Tekst>,
}

impl Meertalig {
    /// The text in `taal`, or Dutch when no translation was given.
    pub fn in_taal(&self, taal: Taal) -> &str {
        if let Some(zin) = self.zin {
            return zin.in_taal(taal);
        }
        self.vertaald.iter().find(|(t, _)| *t == taal).map_or(self.nl.as_str(), |(_, s)| s.as_str())
    }

    fn uit_tekst(tekst: &'static Tekst) -> Meertalig {
        Meertalig { nl: tekst.in_taal(Taal::Nl).to_owned(), vertaald: Vec::new(), zin: Some(tekst) }
    }

    #[inline(never)]
    fn lees(velden: &Velden, naam: &str) -> Result<Option<Meertalig>, Fout> {
        if let Ok(Some(tekst)) = velden.tekst(naam) {
            return Ok(Some(Meertalig { nl: tekst.to_owned(), ..Meertalig::default() }));
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
        Ok(Some(Meertalig { nl, vertaald, zin: None }))
    }
}

/// The Dutch text (the contract's language).
impl NaarJson for Meertalig {
    fn schrijf(&self, uit: &mut String) {
        self.nl.schrijf(uit)
    }
}

/// One local offer (contract: an item of `perspectief`).
#[derive(Debug, Clone, PartialEq)]
pub struct Perspectief {
    /// Not in the contract's output.
    pub voor: Vec<&'static str>,
    pub soort: Aanbodsoort,
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
    /// The gemeente's own leefgeld level per week, below which the budget warns
    /// (`ontzorgen::ontzorgen`, with [`LEEFGELD_GRENS_BELEID`]).
    pub leefgeld_grens_per_week: Option<Cent>,
    /// The gemeente's own traject, in its order (see [`super::traject`] for the dated steps).
    pub traject: Vec<TrajectStap>,
    /// The people on the contactkaart, and the ones who run the traject's steps.
    pub contacten: Vec<Contactpersoon>,
}

/// Most steps a traject may have, and most contacts on the card: a card folds to A6, and a
/// traject of more than fifty steps is a mistake. Beyond: the first ones, and a message.
pub const MAX_STAPPEN: usize = 50;
pub const MAX_CONTACTEN: usize = 12;

/// For whom a step is: every condition given must hold; none given is everyone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doelgroep {
    /// The contract's `verblijf` codes (and `plichtig`, `vrijgesteld`, as for offers).
    pub verblijf: Vec<&'static str>,
    /// Age on the peildatum: at least `leeftijd_van`, below `leeftijd_tot`.
    pub leeftijd_van: Option<u32>,
    pub leeftijd_tot: Option<u32>,
    pub route: Vec<Leerroute>,
    /// Only with (true) or without (false) bijstand.
    pub bijstand: Option<bool>,
}

/// What is known of a person when a step's `voor` is matched: in the advice everything; in the
/// form, before there is an advice, only some answers. What is not known (`None`) excludes no
/// step.
#[derive(Debug, Clone, Copy, Default)]
pub struct Persoon {
    pub verblijf: Option<Verblijf>,
    /// Bijstand answered "yes" (not answered counts as without, as in the advice).
    pub bijstand: bool,
    pub leeftijd: Option<u32>,
    /// What the advice decided: plichtig, vrijgesteld, the leerroute.
    pub advies: Option<(bool, bool, Option<Leerroute>)>,
}

impl Persoon {
    /// Whether a step for `voor` can be for this person: every condition given must hold (the
    /// gemeente's policy). `plichtig` and `vrijgesteld` match as for the offers; before the
    /// advice they can hold for anyone with a permit.
    pub fn past(&self, voor: &Doelgroep) -> bool {
        let met_vergunning = self.verblijf.is_none_or(Verblijf::is_vergunning);
        let verblijf_goed = voor.verblijf.is_empty()
            || voor.verblijf.iter().any(|code| match *code {
                "plichtig" => self.advies.map_or(met_vergunning, |(plichtig, _, _)| plichtig),
                "vrijgesteld" => self.advies.map_or(met_vergunning, |(_, vrijgesteld, _)| vrijgesteld),
                code => self.verblijf.is_none_or(|v| v.code() == code),
            });
        let leeftijd_goed = self.leeftijd.is_none_or(|jaren| {
            voor.leeftijd_van.is_none_or(|van| jaren >= van) && voor.leeftijd_tot.is_none_or(|tot| jaren < tot)
        });
        let route_goed = voor.route.is_empty()
            || self.advies.is_none_or(|(_, _, route)| route.is_some_and(|r| voor.route.contains(&r)));
        let bijstand_goed = voor.bijstand.is_none_or(|b| b == self.bijstand);
        verblijf_goed && leeftijd_goed && route_goed && bijstand_goed
    }
}

/// One step of the gemeente's traject, as configured.
#[derive(Debug, Clone, PartialEq)]
pub struct TrajectStap {
    pub naam: Meertalig,
    pub omschrijving: Option<Meertalig>,
    /// The `id` of the contact who runs it.
    pub uitvoerder: Option<String>,
    /// Weeks after an event; `None`: a step in order, without a date.
    pub wanneer: Option<(Gebeurtenis, u32)>,
    pub duur_weken: Option<u32>,
    pub voor: Doelgroep,
    /// Where the step comes from (for the web team and the staff summary).
    pub bron: Option<String>,
    /// Where it stands in the file, for messages about it.
    pub pad: String,
}

/// A person or desk on the contactkaart.
#[derive(Debug, Clone, PartialEq)]
pub struct Contactpersoon {
    /// Lower-case letters, digits and `-`: steps refer to it, the card's fields are named by it.
    pub id: String,
    pub naam: Meertalig,
    /// What they are for ("for your money and your PIP").
    pub rol: Meertalig,
    pub organisatie: Option<String>,
    pub telefoon: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub zelf_invullen: Vec<Invulveld>,
}

impl NaarJson for Contactpersoon {
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[
                ("id", &self.id),
                ("naam", &self.naam),
                ("rol", &self.rol),
                ("organisatie", &self.organisatie),
                ("telefoon", &self.telefoon),
                ("email", &self.email),
                ("website", &self.website),
            ],
        )
    }
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
    soort: Aanbodsoort,
    aanbieder: &str,
    omschrijving: &'static Tekst,
    link: &str,
) -> Perspectief {
    Perspectief {
        voor: voor.to_vec(),
        soort,
        titel: Meertalig { nl: aanbieder.to_owned(), ..Meertalig::default() },
        omschrijving: Some(Meertalig::uit_tekst(omschrijving)),
        aanbieder: Some(aanbieder.to_owned()),
        link: Some(link.to_owned()),
        telefoon: None,
    }
}

impl Gemeente {
    /// Whether the gemeente times a step from `gebeurtenis` that can be for this person: only then
    /// does that event's date change the answer (the form asks it only then).
    pub fn getimed_vanaf(&self, gebeurtenis: Gebeurtenis, persoon: &Persoon) -> bool {
        self.traject
            .iter()
            .any(|stap| stap.wanneer.is_some_and(|(na, _)| na == gebeurtenis) && persoon.past(&stap.voor))
    }

    /// The built-in configuration used when a page gives none: a neutral "uw gemeente" and
    /// national, non-commercial offers. Het Juridisch Loket is for every situation of someone who
    /// is not plichtig, so the fallback is never empty; plichtigen get only what a gemeente configures.
    pub fn standaard() -> Gemeente {
        let zonder_vergunning = ["asielzoeker", "geen"];
        let niet_plichtig: Vec<&'static str> = VOOR.iter().copied().filter(|c| *c != "plichtig").collect();
        Gemeente {
            naam: None,
            contact: Contact::default(),
            onderwijsroute_max_leeftijd: ONDERWIJSROUTE_MAX_LEEFTIJD,
            plan_marge_weken: PLAN_MARGE_WEKEN,
            perspectief: vec![
                standaard_aanbod(
                    &niet_plichtig,
                    Aanbodsoort::Juridisch,
                    "Het Juridisch Loket",
                    &tekst::AANBOD_JURIDISCH_LOKET,
                    "https://www.juridischloket.nl",
                ),
                standaard_aanbod(
                    &["asielzoeker", "geen", "asiel", "gezin_van_asielstatushouder"],
                    Aanbodsoort::Begeleiding,
                    "VluchtelingenWerk Nederland",
                    &tekst::AANBOD_VLUCHTELINGENWERK,
                    "https://www.vluchtelingenwerk.nl",
                ),
                standaard_aanbod(
                    &zonder_vergunning,
                    Aanbodsoort::Gezondheid,
                    "Dokters van de Wereld",
                    &tekst::AANBOD_DOKTERS_VAN_DE_WERELD,
                    "https://www.doktersvandewereld.org",
                ),
                standaard_aanbod(
                    &zonder_vergunning,
                    Aanbodsoort::Terugkeer,
                    "IOM Nederland",
                    &tekst::AANBOD_IOM,
                    "https://www.iom-nederland.nl",
                ),
            ],
            ontzorgen_extra_posten: Vec::new(),
            leefgeld_grens_per_week: None,
            traject: Vec::new(),
            contacten: Vec::new(),
        }
    }

    /// The offers for situation `code`: the configured ones, else the built-in ones.
    pub fn perspectief_voor(&self, code: &str) -> Vec<Perspectief> {
        let eigen = self.eigen_perspectief(code);
        if eigen.is_empty() {
            Gemeente::standaard().eigen_perspectief(code)
        } else {
            eigen
        }
    }

    /// This configuration's own offers for situation `code`, without the default's.
    pub fn eigen_perspectief(&self, code: &str) -> Vec<Perspectief> {
        // Size: a loop, docs/stijl.md.
        let mut eigen = Vec::new();
        for aanbod in &self.perspectief {
            if aanbod.voor.contains(&code) {
                eigen.push(aanbod.clone());
            }
        }
        eigen
    }

    /// Reads and validates a configuration file strictly: the first problem is the error
    /// (the contract's `advies(situatie, gemeente)` and `wijzer advies --gemeente`). A regional
    /// file gives its shared part.
    pub fn lees(invoer: &Json) -> Result<Gemeente, Fout> {
        Gemeente::lees_streng(invoer, None)
    }

    /// [`Gemeente::lees`] for gemeente `deel` of a regional file.
    pub fn lees_streng(invoer: &Json, deel: Option<&str>) -> Result<Gemeente, Fout> {
        let (gemeente, meldingen) = Gemeente::lees_voor(invoer, deel)?;
        meldingen.into_iter().next().map_or(Ok(gemeente), Err)
    }

    /// Reads a configuration leniently, as the widget does: a bad field, offer, step or contact
    /// is left out and reported with its path, and the rest is used. `deel` picks a gemeente of
    /// a regional file (`gemeenten`), whose fields replace the shared ones. Only input that is
    /// not an object at all is an error.
    pub fn lees_voor(invoer: &Json, deel: Option<&str>) -> Result<(Gemeente, Vec<Fout>), Fout> {
        let mut meldingen = Vec::new();
        let top = zonder_onbekende(invoer, "", &TOP_VELDEN, &mut meldingen)?;
        let v = Velden::lees(&top, "", &TOP_VELDEN)?;
        let mut gemeente = Gemeente::standaard();
        gemeente.lees_velden(&v, &mut meldingen);
        let delen = lees_delen(&v, &mut meldingen);
        if let Some(deel) = deel.filter(|d| !d.is_empty()) {
            match delen.iter().find(|(sleutel, _)| sleutel == deel) {
                Some((sleutel, waarde)) => {
                    let pad = format!("gemeenten.{sleutel}");
                    let velden = &TOP_VELDEN[..TOP_VELDEN.len() - 2];
                    match zonder_onbekende(waarde, &pad, velden, &mut meldingen) {
                        Ok(eigen) => match Velden::lees(&eigen, &pad, velden) {
                            Ok(eigen) => gemeente.lees_velden(&eigen, &mut meldingen),
                            Err(fout) => meldingen.push(fout),
                        },
                        Err(fout) => meldingen.push(fout),
                    }
                }
                None => meldingen.push(Fout::new(format!("gemeenten.{deel}"), &traject_tekst::ONBEKENDE_GEMEENTE)),
            }
        }
        // The steps in force are the gemeente's own list, if it has one, else the shared one.
        let eigen = deel.and_then(|d| delen.iter().find(|(sleutel, _)| sleutel == d));
        let uitvoerders = match eigen.and_then(|(sleutel, w)| uitvoerders(w, &format!("gemeenten.{sleutel}"))) {
            Some(lijst) => lijst,
            None => uitvoerders(invoer, "").unwrap_or_default(),
        };
        gemeente.controleer_uitvoerders(&uitvoerders, &mut meldingen);
        Ok((gemeente, meldingen))
    }

    /// Every problem of a configuration file, with its path: the shared part and every gemeente
    /// of a regional file (`wijzer gemeente --controleer`).
    pub fn controleer(invoer: &Json) -> Vec<Fout> {
        let mut meldingen = match Gemeente::lees_voor(invoer, None) {
            Ok((_, meldingen)) => meldingen,
            Err(fout) => return vec![fout],
        };
        let delen = match invoer {
            Json::Object(velden) => velden.iter().find(|(n, _)| n == "gemeenten").map(|(_, w)| w),
            _ => None,
        };
        if let Some(Json::Object(delen)) = delen {
            for (sleutel, _) in delen {
                if let Ok((_, eigen)) = Gemeente::lees_voor(invoer, Some(sleutel)) {
                    meldingen.extend(eigen.into_iter().filter(|m| !meldingen.contains(m)).collect::<Vec<_>>());
                }
            }
        }
        meldingen
    }

    /// The fields present in `v` replace the ones in `self`; a bad one is reported and left.
    fn lees_velden(&mut self, v: &Velden, meldingen: &mut Vec<Fout>) {
        let mut meld = |resultaat: Result<(), Fout>| {
            if let Err(fout) = resultaat {
                meldingen.push(fout);
            }
        };
        meld((|| {
            if let Some(naam) = v.tekst("naam")? {
                self.naam = Some(naam.to_owned());
            }
            Ok(())
        })());
        meld((|| {
            if let Some(c) = v.object("contact", &["telefoon", "email", "website"])? {
                self.contact = Contact {
                    telefoon: c.tekst("telefoon")?.map(str::to_owned),
                    email: link(&c, "email", &["mailto:"])?,
                    website: link(&c, "website", &["https:"])?,
                };
            }
            Ok(())
        })());
        meld((|| {
            if let Some(leeftijd) = v.geheel("onderwijsrouteMaxLeeftijd", 16, 67)? {
                self.onderwijsroute_max_leeftijd = leeftijd as u32;
            }
            Ok(())
        })());
        meld((|| {
            if let Some(weken) = v.geheel("planMargeWeken", 0, 26)? {
                self.plan_marge_weken = weken as u32;
            }
            Ok(())
        })());
        meld((|| {
            if let Some(o) = v.object("ontzorgen", &["extraPosten", "leefgeldGrensPerWeek"])? {
                self.leefgeld_grens_per_week = o.bedrag("leefgeldGrensPerWeek")?;
                // Size: a loop, docs/stijl.md.
                let mut posten = Vec::new();
                for (pad, item) in o.lijst("extraPosten")? {
                    match item {
                        Json::String(s) if !super::json::te_lang(s) => posten.push(s.clone()),
                        _ => return Err(Fout::new(pad, &fouten::VERKEERD_TYPE)),
                    }
                }
                self.ontzorgen_extra_posten = posten;
            }
            Ok(())
        })());
        if v.waarde("perspectief").is_some() {
            self.perspectief = lijst_soepel(v, "perspectief", usize::MAX, meldingen, lees_aanbod);
        }
        if v.waarde("contacten").is_some() {
            let mut contacten: Vec<Contactpersoon> = Vec::new();
            // A doubled id is reported after the contacts' own problems.
            let mut dubbel = Vec::new();
            for (pad, item) in lijst_items(v, "contacten", MAX_CONTACTEN, meldingen) {
                match lees_contact(item, &pad) {
                    Ok(contact) if contacten.iter().any(|c| c.id == contact.id) => {
                        dubbel.push(Fout::new(format!("{pad}.id"), &traject_tekst::DUBBELE_ID))
                    }
                    Ok(contact) => contacten.push(contact),
                    Err(fouten) => meldingen.extend(fouten),
                }
            }
            meldingen.extend(dubbel);
            self.contacten = contacten;
        }
        if v.waarde("traject").is_some() {
            self.traject = lijst_soepel(v, "traject", MAX_STAPPEN, meldingen, lees_stap);
        }
    }

    /// A step whose `uitvoerder` is not on the card keeps its place, without the contact. Every
    /// such id is reported, also of a step left out for another problem, so that the web team
    /// sees all of a step's problems at once.
    fn controleer_uitvoerders(&mut self, uitvoerders: &[(String, &str)], meldingen: &mut Vec<Fout>) {
        let bekend = |id: &str| self.contacten.iter().any(|c| c.id == id);
        for (pad, id) in uitvoerders {
            if is_id(id) && !bekend(id) && !meldingen.iter().any(|m| &m.veld == pad) {
                let plek = plek_in_lijst(meldingen, pad);
                meldingen.insert(plek, Fout::new(pad.clone(), &traject_tekst::ONBEKENDE_CONTACTPERSOON));
            }
        }
        let contacten = &self.contacten;
        for stap in &mut self.traject {
            if stap.uitvoerder.as_ref().is_some_and(|id| !contacten.iter().any(|c| &c.id == id)) {
                stap.uitvoerder = None;
            }
        }
    }
}

#[inline(never)]
fn lees_aanbod(item: &Json, pad: &str) -> Result<Perspectief, Vec<Fout>> {
    let mut p = Problemen::default();
    let item = p.bekende(item, pad, AANBOD_VELDEN)?;
    let v = Velden::lees(&item, pad, AANBOD_VELDEN).map_err(|fout| vec![fout])?;
    let verblijf: Vec<(&'static str, &'static str)> = VOOR.iter().map(|c| (*c, *c)).collect();
    let voor =
        p.neem(codes(&v, "voor", &verblijf).and_then(|voor| v.verplicht("voor", (!voor.is_empty()).then_some(voor))));
    let aanbod = Perspectief {
        soort: p.verplicht(&v, "soort", v.keuze("soort", Aanbodsoort::TABEL)),
        titel: p.verplicht(&v, "titel", Meertalig::lees(&v, "titel")),
        omschrijving: p.neem(Meertalig::lees(&v, "omschrijving")),
        aanbieder: p.neem(v.tekst("aanbieder")).map(str::to_owned),
        link: p.neem(link(&v, "link", &["https:", "mailto:", "tel:"])),
        telefoon: p.neem(link(&v, "telefoon", &["tel:"])),
        voor,
    };
    p.of(aanbod)
}

/// The problems of one offer, step or contact, all of them (`wijzer gemeente --controleer` lists
/// each): a bad field reads as its default and the item is left out at the end ([`Problemen::of`]).
#[derive(Default)]
struct Problemen(Vec<Fout>);

impl Problemen {
    fn neem<T: Default>(&mut self, resultaat: Result<T, Fout>) -> T {
        resultaat.unwrap_or_else(|fout| {
            self.0.push(fout);
            T::default()
        })
    }

    /// A required field: its problem, or "required" when it is absent.
    fn verplicht<T: Default>(&mut self, v: &Velden, naam: &str, resultaat: Result<Option<T>, Fout>) -> T {
        self.neem(resultaat.and_then(|waarde| v.verplicht(naam, waarde)))
    }

    /// The item without its unknown and doubled fields (each a problem); not an object: the one
    /// problem.
    fn bekende<'a>(&mut self, item: &'a Json, pad: &str, toegestaan: &[&str]) -> Result<Cow<'a, Json>, Vec<Fout>> {
        zonder_onbekende(item, pad, toegestaan, &mut self.0).map_err(|fout| vec![fout])
    }

    fn of<T>(self, item: T) -> Result<T, Vec<Fout>> {
        if self.0.is_empty() {
            Ok(item)
        } else {
            Err(self.0)
        }
    }
}

/// `waarde` without its unknown and doubled fields, each reported, so that the others are still
/// read. Not an object: the error.
fn zonder_onbekende<'a>(
    waarde: &'a Json,
    pad: &str,
    toegestaan: &[&str],
    meldingen: &mut Vec<Fout>,
) -> Result<Cow<'a, Json>, Fout> {
    let fout = match Velden::lees(waarde, pad, toegestaan) {
        Ok(_) => return Ok(Cow::Borrowed(waarde)),
        Err(fout) => fout,
    };
    let Json::Object(velden) = waarde else { return Err(fout) };
    let pad_van = |naam: &str| if pad.is_empty() { naam.to_owned() } else { format!("{pad}.{naam}") };
    let mut goed = Vec::new();
    for (i, (naam, veld)) in velden.iter().enumerate() {
        let eerste = velden[..i].iter().all(|(n, _)| n != naam);
        if !toegestaan.contains(&naam.as_str()) {
            meldingen.push(Fout::new(pad_van(naam), &fouten::ONBEKEND_VELD));
        } else if velden[i + 1..].iter().any(|(n, _)| n == naam) || !eerste {
            if eerste {
                meldingen.push(Fout::new(pad_van(naam), &fouten::DUBBEL_VELD));
            }
        } else {
            goed.push((naam.clone(), veld.clone()));
        }
    }
    Ok(Cow::Owned(Json::Object(goed)))
}

/// The items of list `naam`, with their paths, at most `max`: a list that is not one, and the
/// items beyond `max`, are reported. Not generic, so the module has it once.
fn lijst_items<'a>(v: &Velden<'a>, naam: &str, max: usize, meldingen: &mut Vec<Fout>) -> Vec<(String, &'a Json)> {
    let mut items = match v.lijst(naam) {
        Ok(items) => items,
        Err(fout) => {
            meldingen.push(fout);
            return Vec::new();
        }
    };
    if items.len() > max {
        meldingen.push(Fout::met(v.pad(naam), &traject_tekst::TE_VEEL, vec![Waarde::Getal(max as i64)]));
        items.truncate(max);
    }
    items
}

/// The items of list `naam` that read well; the others, and those beyond `max`, are reported.
fn lijst_soepel<T>(
    v: &Velden,
    naam: &str,
    max: usize,
    meldingen: &mut Vec<Fout>,
    lees: fn(&Json, &str) -> Result<T, Vec<Fout>>,
) -> Vec<T> {
    // Size: a loop, docs/stijl.md.
    let mut goed = Vec::new();
    for (pad, item) in lijst_items(v, naam, max, meldingen) {
        match lees(item, &pad) {
            Ok(waarde) => goed.push(waarde),
            Err(fouten) => meldingen.extend(fouten),
        }
    }
    goed
}

/// The `uitvoerder` of each step of the `traject` in `deel` (at path `pad`), with its path, read
/// from the file itself so that a step left out still counts; `None` without a `traject`.
fn uitvoerders<'a>(deel: &'a Json, pad: &str) -> Option<Vec<(String, &'a str)>> {
    let Json::Object(velden) = deel else { return None };
    let (_, traject) = velden.iter().find(|(naam, _)| naam == "traject")?;
    let Json::Array(stappen) = traject else { return Some(Vec::new()) };
    let lijst = if pad.is_empty() { "traject".to_owned() } else { format!("{pad}.traject") };
    let mut gevonden = Vec::new();
    for (i, stap) in stappen.iter().enumerate().take(MAX_STAPPEN) {
        if let Json::Object(velden) = stap {
            if let Some((_, Json::String(id))) = velden.iter().find(|(naam, _)| naam == "uitvoerder") {
                gevonden.push((format!("{lijst}[{i}].uitvoerder"), id.as_str()));
            }
        }
    }
    Some(gevonden)
}

/// A list item's path split at its index: `("traject", 3)` for `traject[3].uitvoerder`.
fn lijst_en_index(pad: &str) -> (&str, usize) {
    match pad.split_once('[') {
        Some((lijst, rest)) => {
            (lijst, rest.bytes().take_while(u8::is_ascii_digit).fold(0, |n, b| n * 10 + usize::from(b - b'0')))
        }
        None => (pad, 0),
    }
}

/// Where a problem at `pad` goes among `meldingen` so that a list's items stay in index order: a
/// step's unknown contact, found last, joins its step. (Size: a sorted insert, docs/stijl.md.)
fn plek_in_lijst(meldingen: &[Fout], pad: &str) -> usize {
    let (lijst, index) = lijst_en_index(pad);
    let mut plek = None;
    for (i, melding) in meldingen.iter().enumerate() {
        let (andere, j) = lijst_en_index(&melding.veld);
        if andere == lijst {
            if j > index {
                return plek.unwrap_or(i);
            }
            plek = Some(i + 1);
        }
    }
    plek.unwrap_or(meldingen.len())
}

/// The gemeenten of a regional file: key and fields. Keys are like ids.
fn lees_delen<'a>(v: &Velden<'a>, meldingen: &mut Vec<Fout>) -> Vec<(String, &'a Json)> {
    match v.waarde("gemeenten") {
        None => Vec::new(),
        Some(Json::Object(delen)) => delen
            .iter()
            .filter(|(sleutel, _)| {
                let goed = is_id(sleutel);
                if !goed {
                    meldingen.push(Fout::new(v.pad("gemeenten"), &traject_tekst::ONGELDIGE_ID));
                }
                goed
            })
            .map(|(sleutel, waarde)| (sleutel.clone(), waarde))
            .collect(),
        Some(_) => {
            meldingen.push(Fout::new(v.pad("gemeenten"), &fouten::VERKEERD_TYPE));
            Vec::new()
        }
    }
}

/// An id: 1 to 40 lower-case letters, digits and `-`.
fn is_id(tekst: &str) -> bool {
    (1..=40).contains(&tekst.len()) && tekst.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Codes from a fixed list, each checked with its path.
#[inline(never)]
fn codes<T: Copy>(v: &Velden, naam: &str, opties: &[(&'static str, T)]) -> Result<Vec<T>, Fout> {
    let mut gevonden = Vec::new();
    for (pad, code) in v.lijst(naam)? {
        match code {
            Json::String(s) => match opties.iter().find(|(c, _)| *c == s) {
                Some((_, waarde)) => gevonden.push(*waarde),
                None => return Err(Fout::new(pad, &fouten::ONBEKENDE_WAARDE)),
            },
            _ => return Err(Fout::new(pad, &fouten::VERKEERD_TYPE)),
        }
    }
    Ok(gevonden)
}

pub const AANBOD_VELDEN: &[&str] = &["voor", "soort", "titel", "omschrijving", "aanbieder", "link", "telefoon"];
pub const STAP_VELDEN: &[&str] = &["naam", "omschrijving", "uitvoerder", "wanneer", "duurWeken", "voor", "bron"];
pub const CONTACT_VELDEN: &[&str] =
    &["id", "naam", "rol", "organisatie", "telefoon", "email", "website", "zelfInvullen"];

/// One step of `traject` (see the module doc).
#[inline(never)]
fn lees_stap(item: &Json, pad: &str) -> Result<TrajectStap, Vec<Fout>> {
    let mut p = Problemen::default();
    let item = p.bekende(item, pad, STAP_VELDEN)?;
    let v = Velden::lees(&item, pad, STAP_VELDEN).map_err(|fout| vec![fout])?;
    let wanneer = p.neem(v.object("wanneer", &["na", "weken"])).and_then(|w| {
        let na = p.verplicht(&w, "na", w.keuze("na", Gebeurtenis::TABEL).map(|na| na.map(Some)));
        let weken = p.neem(w.geheel("weken", 0, 520)).unwrap_or(0) as u32;
        Some((na?, weken))
    });
    let mut voor = Doelgroep::default();
    if let Some(d) = p.neem(v.object("voor", &["verblijf", "leeftijdVan", "leeftijdTot", "route", "bijstand"])) {
        let verblijf: Vec<(&'static str, &'static str)> = VOOR.iter().map(|c| (*c, *c)).collect();
        voor = Doelgroep {
            verblijf: p.neem(codes(&d, "verblijf", &verblijf)),
            leeftijd_van: p.neem(d.geheel("leeftijdVan", 0, 120)).map(|n| n as u32),
            leeftijd_tot: p.neem(d.geheel("leeftijdTot", 0, 120)).map(|n| n as u32),
            route: p.neem(codes(&d, "route", Leerroute::TABEL)),
            bijstand: p.neem(d.bool("bijstand")),
        };
    }
    let uitvoerder = match p.neem(v.tekst("uitvoerder")) {
        Some(id) if !is_id(id) => p.neem(Err(Fout::new(v.pad("uitvoerder"), &traject_tekst::ONGELDIGE_ID))),
        id => id.map(str::to_owned),
    };
    let stap = TrajectStap {
        naam: p.verplicht(&v, "naam", Meertalig::lees(&v, "naam")),
        omschrijving: p.neem(Meertalig::lees(&v, "omschrijving")),
        uitvoerder,
        wanneer,
        duur_weken: p.neem(v.geheel("duurWeken", 1, 520)).map(|n| n as u32),
        voor,
        bron: p.neem(v.tekst("bron")).map(str::to_owned),
        pad: pad.to_owned(),
    };
    p.of(stap)
}

/// One contact of `contacten` (see the module doc).
#[inline(never)]
fn lees_contact(item: &Json, pad: &str) -> Result<Contactpersoon, Vec<Fout>> {
    let mut p = Problemen::default();
    let item = p.bekende(item, pad, CONTACT_VELDEN)?;
    let v = Velden::lees(&item, pad, CONTACT_VELDEN).map_err(|fout| vec![fout])?;
    let id: &str = p.verplicht(&v, "id", v.tekst("id"));
    if !id.is_empty() && !is_id(id) {
        p.0.push(Fout::new(v.pad("id"), &traject_tekst::ONGELDIGE_ID));
    }
    let contact = Contactpersoon {
        id: id.to_owned(),
        naam: p.verplicht(&v, "naam", Meertalig::lees(&v, "naam")),
        rol: p.verplicht(&v, "rol", Meertalig::lees(&v, "rol")),
        organisatie: p.neem(v.tekst("organisatie")).map(str::to_owned),
        telefoon: p.neem(link(&v, "telefoon", &["tel:"])),
        email: p.neem(link(&v, "email", &["mailto:"])),
        website: p.neem(link(&v, "website", &["https:"])),
        zelf_invullen: p.neem(codes(&v, "zelfInvullen", Invulveld::TABEL)),
    };
    p.of(contact)
}

/// A link with one of the allowed schemes and no spaces, quotes or angle brackets.
#[inline(never)]
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

    const TRAJECT: &str = r#"{"naam": "Haarlem",
        "contacten": [{"id": "klantmanager", "naam": "Klantmanager", "rol": {"nl": "Voor uw geld en uw PIP.", "en": "For your money and your PIP."},
                       "telefoon": "tel:14023", "zelfInvullen": ["naam", "telefoon"]}],
        "traject": [{"naam": "Brede intake", "uitvoerder": "klantmanager", "wanneer": {"na": "vergunning", "weken": 2}, "duurWeken": 1,
                     "voor": {"verblijf": ["asiel"], "leeftijdVan": 18, "route": ["b1", "z"], "bijstand": true}, "bron": "issue 15"}]}"#;

    #[test]
    fn a_traject_and_its_contacts_are_read() {
        let g = lees(TRAJECT).unwrap();
        assert_eq!(g.contacten[0].rol.in_taal(Taal::En), "For your money and your PIP.");
        assert_eq!(g.contacten[0].zelf_invullen, [Invulveld::Naam, Invulveld::Telefoon]);
        let stap = &g.traject[0];
        assert_eq!((stap.wanneer, stap.duur_weken), (Some((Gebeurtenis::Vergunning, 2)), Some(1)));
        assert_eq!(stap.voor.route, [Leerroute::B1, Leerroute::Z]);
        assert_eq!((stap.voor.leeftijd_van, stap.voor.bijstand), (Some(18), Some(true)));
        assert_eq!(stap.uitvoerder.as_deref(), Some("klantmanager"));
    }

    fn soepel(tekst: &str, deel: Option<&str>) -> (Gemeente, Vec<(String, &'static str)>) {
        let (g, meldingen) = Gemeente::lees_voor(&Json::lees_tekst(tekst).unwrap(), deel).unwrap();
        (g, meldingen.iter().map(|m| (m.veld.clone(), m.code())).collect())
    }

    #[test]
    fn a_bad_step_is_reported_with_its_path_and_the_rest_is_used() {
        let (g, meldingen) = soepel(
            r#"{"naam": "X", "nieuwVeld": 1,
                "contacten": [{"id": "Km", "naam": "a", "rol": "b"}, {"id": "wt", "naam": "Wijkteam", "rol": "c", "website": "javascript:x"},
                              {"id": "vw", "naam": "VluchtelingenWerk", "rol": "d"}],
                "traject": [{"naam": "<script>alert(1)</script>", "uitvoerder": "km"},
                            {"naam": "b", "wanneer": {"na": "morgen"}},
                            {"omschrijving": "geen naam"},
                            {"naam": "c", "duurWeken": 0},
                            {"naam": "d", "uitvoerder": "vw", "wanneer": {"na": "bijstand", "weken": 1}}]}"#,
            None,
        );
        assert_eq!(
            meldingen,
            [
                ("nieuwVeld".to_owned(), "onbekend_veld"),
                ("contacten[0].id".to_owned(), "ongeldige_id"),
                ("contacten[1].website".to_owned(), "ongeldige_link"),
                ("traject[0].uitvoerder".to_owned(), "onbekende_contactpersoon"),
                ("traject[1].wanneer.na".to_owned(), "onbekende_waarde"),
                ("traject[2].naam".to_owned(), "verplicht"),
                ("traject[3].duurWeken".to_owned(), "buiten_bereik"),
            ]
        );
        assert_eq!(g.naam.as_deref(), Some("X"));
        assert_eq!(g.contacten.len(), 1);
        // Text stays text: the name is kept as written (the shell inserts it as a text node).
        assert_eq!(
            g.traject.iter().map(|s| s.naam.nl.as_str()).collect::<Vec<_>>(),
            ["<script>alert(1)</script>", "d"]
        );
        assert_eq!((g.traject[0].uitvoerder.as_deref(), g.traject[1].uitvoerder.as_deref()), (None, Some("vw")));
        // The strict reading (the contract) refuses the file with its first problem.
        assert_eq!(
            lees(r#"{"traject": [{"naam": "b", "wanneer": {"na": "morgen"}}]}"#).unwrap_err().veld,
            "traject[0].wanneer.na"
        );
    }

    #[test]
    fn every_problem_of_one_step_offer_or_contact_is_reported_and_the_item_left_out() {
        let (g, meldingen) = soepel(
            r#"{"contacten": [{"id": "Km", "extra": 1}, {"id": "vw", "naam": "V", "rol": "r"}],
                "perspectief": [{"voor": [], "soort": "feest", "titel": {"en": "x"}, "link": "http://x"}],
                "traject": [{"wanneer": {"na": "morgen", "weken": -1}, "duurWeken": 0, "uitvoerder": "Jan",
                             "voor": {"leeftijdVan": "18", "bijstand": 1}},
                            {"naam": "goed", "uitvoerder": "vw"}]}"#,
            None,
        );
        let pad = |veld: &str, code| (veld.to_owned(), code);
        assert_eq!(
            meldingen,
            [
                pad("perspectief[0].voor", "verplicht"),
                pad("perspectief[0].soort", "onbekende_waarde"),
                pad("perspectief[0].titel.nl", "verplicht"),
                pad("perspectief[0].link", "ongeldige_link"),
                pad("contacten[0].extra", "onbekend_veld"),
                pad("contacten[0].id", "ongeldige_id"),
                pad("contacten[0].naam", "verplicht"),
                pad("contacten[0].rol", "verplicht"),
                pad("traject[0].wanneer.na", "onbekende_waarde"),
                pad("traject[0].wanneer.weken", "buiten_bereik"),
                pad("traject[0].voor.leeftijdVan", "verkeerd_type"),
                pad("traject[0].voor.bijstand", "verkeerd_type"),
                pad("traject[0].uitvoerder", "ongeldige_id"),
                pad("traject[0].naam", "verplicht"),
                pad("traject[0].duurWeken", "buiten_bereik"),
            ]
        );
        // The bad items are left out; the good ones are used.
        assert_eq!(g.traject.iter().map(|s| s.naam.nl.as_str()).collect::<Vec<_>>(), ["goed"]);
        assert_eq!(g.contacten.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["vw"]);
        assert!(g.perspectief.is_empty());
    }

    #[test]
    fn a_step_with_an_unknown_contact_and_other_problems_gets_a_line_for_each() {
        let (g, meldingen) = soepel(
            r#"{"contacten": [{"id": "km", "naam": "K", "rol": "r"}],
                "traject": [{"naam": "a", "uitvoerder": "km"},
                            {"naam": "b", "uitvoerder": "onbekend", "wanneer": {"na": "bijstand", "extra": 1}, "voor": {"kleur": "rood"}},
                            {"naam": "c", "uitvoerder": "ook-onbekend"}]}"#,
            None,
        );
        let pad = |veld: &str, code| (veld.to_owned(), code);
        assert_eq!(
            meldingen,
            [
                pad("traject[1].wanneer.extra", "onbekend_veld"),
                pad("traject[1].voor.kleur", "onbekend_veld"),
                pad("traject[1].uitvoerder", "onbekende_contactpersoon"),
                pad("traject[2].uitvoerder", "onbekende_contactpersoon"),
            ]
        );
        assert_eq!(
            g.traject.iter().map(|s| (s.naam.nl.as_str(), s.uitvoerder.is_some())).collect::<Vec<_>>(),
            [("a", true), ("c", false)]
        );
    }

    #[test]
    fn a_long_traject_is_cut_and_reported() {
        let stappen = vec![r#"{"naam": "s"}"#; 60].join(",");
        let (g, meldingen) = soepel(&format!(r#"{{"traject": [{stappen}]}}"#), None);
        assert_eq!(g.traject.len(), MAX_STAPPEN);
        assert_eq!(meldingen, [("traject".to_owned(), "te_veel")]);
        // Beyond the reader's bound the file is unreadable as a whole: the widget keeps its default.
        let stappen = vec![r#"{"naam": "s"}"#; 10_000].join(",");
        assert!(Json::lees_tekst(&format!(r#"{{"traject": [{stappen}]}}"#)).is_err());
    }

    #[test]
    fn a_doubled_contact_id_is_reported_after_the_contacts_own_problems() {
        let (g, meldingen) = soepel(
            r#"{"contacten": [{"id": "km", "naam": "K", "rol": "r"}, {"id": "km", "naam": "L", "rol": "s"},
                              {"id": "wt", "naam": "W"}]}"#,
            None,
        );
        let pad = |veld: &str, code| (veld.to_owned(), code);
        assert_eq!(meldingen, [pad("contacten[2].rol", "verplicht"), pad("contacten[1].id", "dubbele_id")]);
        assert_eq!(g.contacten.iter().map(|c| c.naam.nl.as_str()).collect::<Vec<_>>(), ["K"]);
    }

    #[test]
    fn a_regional_file_serves_two_gemeenten_with_one_override_each() {
        let regio = r#"{"naam": "Regio Utrecht", "contact": {"website": "https://www.utrecht.nl"},
            "contacten": [{"id": "klantmanager", "naam": "Klantmanager", "rol": "Voor uw geld."}],
            "traject": [{"naam": "Intake en zorg vanaf dag één", "uitvoerder": "klantmanager"}],
            "gemeenten": {"utrecht": {"naam": "Utrecht"},
                          "nieuwegein": {"contact": {"website": "https://www.nieuwegein.nl"}}}}"#;
        let (basis, meldingen) = soepel(regio, None);
        assert!(meldingen.is_empty(), "{meldingen:?}");
        let (utrecht, meldingen) = soepel(regio, Some("utrecht"));
        assert!(meldingen.is_empty(), "{meldingen:?}");
        let (nieuwegein, _) = soepel(regio, Some("nieuwegein"));
        assert_eq!(utrecht.naam.as_deref(), Some("Utrecht"));
        assert_eq!(utrecht.contact, basis.contact);
        assert_eq!(nieuwegein.naam.as_deref(), Some("Regio Utrecht"));
        assert_eq!(nieuwegein.contact.website.as_deref(), Some("https://www.nieuwegein.nl"));
        for g in [&basis, &utrecht, &nieuwegein] {
            assert_eq!((g.traject.len(), g.contacten.len()), (1, 1));
        }
        let (onbekend, meldingen) = soepel(regio, Some("houten"));
        assert_eq!(onbekend, basis);
        assert_eq!(meldingen, [("gemeenten.houten".to_owned(), "onbekende_gemeente")]);
        // An override that points a step at a contact it removed is reported for that gemeente.
        let fout = r#"{"contacten": [{"id": "km", "naam": "a", "rol": "b"}], "traject": [{"naam": "s", "uitvoerder": "km"}],
                      "gemeenten": {"a": {"contacten": []}, "b": {"naam": 3}}}"#;
        let paden: Vec<String> =
            Gemeente::controleer(&Json::lees_tekst(fout).unwrap()).into_iter().map(|f| f.veld.clone()).collect();
        assert_eq!(paden, ["traject[0].uitvoerder", "gemeenten.b.naam"]);
    }

    #[test]
    fn the_default_offers_something_for_every_situation() {
        let g = Gemeente::standaard();
        assert_eq!(g.naam, None);
        for code in VOOR.iter().filter(|c| **c != "plichtig") {
            assert!(!g.perspectief_voor(code).is_empty(), "{code}");
        }
        assert!(g.perspectief.iter().all(|p| !p.voor.contains(&"plichtig")));
    }
}
