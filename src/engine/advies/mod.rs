//! Route advice (contract: `advies`): who must integrate, under which law, which leerroute, and
//! every deadline. Each rule function names its article; each decision pushes an [`Uitleg`] with
//! the same [`Bron`]. Numbers and dates live in [`regels`] as dated, sourced rows.
//!
//! The answer the contract gives (its JSON, the gemeente's traject, the provenance) is
//! composed above this module, in [`super::antwoord`].
//!
//! The codes of `wet`, `vrijstelling`, `leerroute`, `onderdelen` and `verblijf` are
//! [`super::codes`].

mod invoer;
pub mod plan;
pub mod regels;

use chrono::NaiveDate;

use super::aow;
use super::bron::{Bron, Wet};
use super::codes::{Leerroute, Onderdeel, Regime, Verblijf, Vrijstelling};
use super::gemeente::{Gemeente, Perspectief, ONDERWIJSROUTE_BELEID};
use super::param::Zekerheid;
use super::schrijver::{object, NaarJson};
use super::uitleg::Uitleg;
use crate::basis::datum::{bereikt_leeftijd, binnen_weken, einde_periode, leeftijd};
use crate::i18n::{advies as t, Taal, Tekst, Waarde};

pub use invoer::{lees, ontzorgen_mogelijk, Behaald, Situatie, Toets, SITUATIE};
pub use plan::Plan;

/// Contract: `termijn`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Termijn {
    pub begin: NaiveDate,
    pub einde: NaiveDate,
    pub routewissel_uiterlijk: NaiveDate,
    /// The length in whole years, for sentences (not in the contract).
    pub jaren: u32,
}

/// Contract: `ontzorgen`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ontzorgen {
    pub verplicht: bool,
    pub van: NaiveDate,
    pub tot: NaiveDate,
}

/// A question whose answer would decide more: `{ "veld", "tekst" }` with the Dutch sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenVraag {
    /// The path of the input field that would decide it (`behaald[1].datum`).
    pub veld: String,
    pub vraag: &'static Tekst,
}

impl NaarJson for OpenVraag {
    fn schrijf(&self, uit: &mut String) {
        object(uit, &[("veld", &self.veld), ("tekst", &self.vraag.in_taal(Taal::Nl))])
    }
}

/// The advice for one situation (contract: `advies` output).
#[derive(Debug, Clone, PartialEq)]
pub struct Advies {
    pub inburgeringsplichtig: bool,
    pub wet: Option<Regime>,
    pub vrijstelling: Option<Vrijstelling>,
    pub leerroute: Option<Leerroute>,
    pub alternatieven: Vec<Leerroute>,
    pub onderdelen: Vec<Onderdeel>,
    pub pip_uiterlijk: Option<NaiveDate>,
    pub termijn: Option<Termijn>,
    pub aow_datum: Option<NaiveDate>,
    pub ontzorgen: Option<Ontzorgen>,
    pub uitleg: Vec<Uitleg>,
    pub perspectief: Option<Vec<Perspectief>>,
    pub open_vragen: Vec<OpenVraag>,
    /// Contract `plan`: `None` when not plichtig.
    pub plan: Option<Plan>,
}

impl Advies {
    fn uitleg(&mut self, regel: &'static Tekst, bron: Bron, waarden: Vec<Waarde>) {
        self.uitleg.push(Uitleg::new(regel, bron, waarden));
    }

    /// A question whose answer would decide more.
    pub fn vraag(&mut self, veld: &str, vraag: &'static Tekst) {
        self.open_vragen.push(OpenVraag { veld: veld.to_owned(), vraag });
    }
}

impl NaarJson for Termijn {
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[("begin", &self.begin), ("einde", &self.einde), ("routewisselUiterlijk", &self.routewissel_uiterlijk)],
        )
    }
}

impl NaarJson for Ontzorgen {
    fn schrijf(&self, uit: &mut String) {
        object(uit, &[("verplicht", &self.verplicht), ("van", &self.van), ("tot", &self.tot)])
    }
}

/// Why someone is not plichtig, or from when they are.
enum Plicht {
    /// Not plichtig; the code selects the `perspectief` offers.
    Niet(&'static str),
    Vrijgesteld(Vrijstelling),
    Ja {
        ontstaan: NaiveDate,
    },
}

/// The advice for a checked situation.
pub fn bereken(s: &Situatie, gemeente: &Gemeente) -> Advies {
    let mut a = Advies {
        inburgeringsplichtig: false,
        wet: None,
        vrijstelling: None,
        leerroute: None,
        alternatieven: Vec::new(),
        onderdelen: Vec::new(),
        pip_uiterlijk: None,
        termijn: None,
        aow_datum: None,
        ontzorgen: None,
        uitleg: Vec::new(),
        perspectief: None,
        open_vragen: Vec::new(),
        plan: None,
    };
    // Without a permit there is no obligation for the AOW age to end (Wi2021 art. 3 lid 1), and
    // the birth date need not be given then.
    let aow_datum = s.geboortedatum.filter(|_| s.verblijf.is_vergunning()).map(aow::aow_datum);
    let plicht = plicht(s, aow_datum.map(|(datum, _)| datum), &mut a);
    if let Some((datum, zekerheid)) = aow_datum {
        aow(datum, zekerheid, &mut a);
    }
    match plicht {
        Plicht::Niet(code) => perspectief(gemeente, code, &mut a),
        Plicht::Vrijgesteld(vrijstelling) => {
            a.vrijstelling = Some(vrijstelling);
            perspectief(gemeente, "vrijgesteld", &mut a);
        }
        Plicht::Ja { ontstaan } => {
            a.inburgeringsplichtig = true;
            match wet(ontstaan, &mut a) {
                Regime::Wi2013 => wi2013(ontstaan, &mut a),
                Regime::Wi2021 => {
                    leerroute(s, gemeente, &mut a);
                    onderdelen(s, &mut a);
                    pip_uiterlijk(s, &mut a);
                    termijn(s, &mut a);
                    pip_datum_nagaan(s, ontstaan, &mut a);
                    ontzorgen(s, &mut a);
                    informatie(s, &mut a);
                }
            }
            let plan = plan::plan(s, gemeente.plan_marge_weken, &a);
            for (i, b) in s.behaald.iter().enumerate() {
                if plan::niet_bij_duo(b, s.peildatum, a.termijn) {
                    a.vraag(&format!("behaald[{i}].datum"), &t::DATUM_PVT_MAP);
                }
            }
            a.plan = Some(plan);
            let eigen = gemeente.eigen_perspectief("plichtig");
            if !eigen.is_empty() {
                a.perspectief = Some(eigen);
                a.uitleg(&t::PERSPECTIEF_PLICHTIG, PERSPECTIEF_BRON, vec![]);
            }
        }
    }
    a
}

const PERSPECTIEF_BRON: Bron = Bron::new(Wet::Beleid, "aanbod van de gemeente");

/// Contract `perspectief`: the offers for someone who is not plichtig; never empty.
fn perspectief(gemeente: &Gemeente, code: &str, a: &mut Advies) {
    a.perspectief = Some(gemeente.perspectief_voor(code));
    a.uitleg(&t::PERSPECTIEF, PERSPECTIEF_BRON, vec![]);
}

/// AOW art. 7a lid 1: the day the pensioengerechtigde leeftijd is reached; the obligation ends then
/// (Wi2021 art. 3 lid 1).
fn aow(datum: NaiveDate, zekerheid: Zekerheid, a: &mut Advies) {
    a.aow_datum = Some(datum);
    let zin = if zekerheid == Zekerheid::Bevestigd { &t::AOW_DATUM } else { &t::AOW_DATUM_INDICATIEF };
    a.uitleg(zin, aow::BRON, vec![Waarde::Datum(datum)]);
}

/// Wi2021 art. 3 (lid 1: permit, age 16 to AOW age, not a temporary purpose; lid 2: EU/EEA/Swiss
/// nationals and their family, treaty exceptions), Besluit art. 2.2 (temporary purposes) and
/// art. 4 lid 1 (vrijstellingen).
fn plicht(s: &Situatie, aow_datum: Option<NaiveDate>, a: &mut Advies) -> Plicht {
    let eu = regels::EU_EER_CH.geldend_of_eerste(s.peildatum);
    if s.nationaliteit.as_deref().is_some_and(|n| eu.waarde.contains(&n)) {
        a.uitleg(&t::NIET_PLICHTIG_EU, eu.bron, vec![]);
        return Plicht::Niet("eu");
    }
    let verblijfsdatum = match (s.verblijf, s.verblijfsdatum) {
        (Verblijf::EuFamilie, _) => {
            a.uitleg(&t::NIET_PLICHTIG_EU_FAMILIE, Bron::new(Wet::Wi2021, "art. 3 lid 2 onder b"), vec![]);
            return Plicht::Niet(s.verblijf.code());
        }
        (Verblijf::Tijdelijk, _) => {
            a.uitleg(&t::NIET_PLICHTIG_TIJDELIJK, Bron::new(Wet::Bi2021, "art. 2.2 lid 1"), vec![]);
            return Plicht::Niet(s.verblijf.code());
        }
        (Verblijf::Asielzoeker, _) => {
            a.uitleg(&t::NIET_PLICHTIG_ASIELZOEKER, Bron::new(Wet::Wi2021, "art. 3 lid 1"), vec![]);
            return Plicht::Niet(s.verblijf.code());
        }
        (Verblijf::Geen, _) | (_, None) => {
            a.uitleg(&t::NIET_PLICHTIG_GEEN_VERGUNNING, Bron::new(Wet::Wi2021, "art. 3 lid 1"), vec![]);
            return Plicht::Niet(Verblijf::Geen.code());
        }
        (_, Some(datum)) => datum,
    };
    // With a permit the reader requires both (contract).
    let (Some(geboortedatum), Some(aow_datum)) = (s.geboortedatum, aow_datum) else {
        return Plicht::Niet(Verblijf::Geen.code());
    };
    if s.nationaliteit.as_deref() == Some("TR") {
        let tabel =
            if s.verblijf.is_asielgroep() { &regels::TURKS_ASIEL_PLICHTIG } else { &regels::TURKS_OVERIG_PLICHTIG };
        let rij = tabel.geldend_of_eerste(verblijfsdatum);
        if !rij.waarde {
            let vanaf = tabel.rijen.iter().find(|r| r.waarde).map_or(verblijfsdatum, |r| r.vanaf);
            a.uitleg(&t::NIET_PLICHTIG_TURKS, rij.bron, vec![Waarde::Datum(vanaf)]);
            return Plicht::Niet(s.verblijf.code());
        }
    }
    let minimum = regels::MINIMUMLEEFTIJD.geldend_of_eerste(s.peildatum);
    let zestien = bereikt_leeftijd(geboortedatum, minimum.waarde, 0);
    if s.peildatum < zestien {
        a.uitleg(&t::TE_JONG, minimum.bron, vec![Waarde::Getal(minimum.waarde.into()), Waarde::Datum(zestien)]);
        return Plicht::Niet("vrijgesteld");
    }
    if s.peildatum >= aow_datum {
        a.uitleg(&t::AOW_BEREIKT, aow::BRON, vec![Waarde::Datum(aow_datum)]);
        return Plicht::Niet("vrijgesteld");
    }
    if s.leerplichtig == Some(true) {
        a.uitleg(&t::VRIJSTELLING_LEERPLICHTIG, Bron::new(Wet::Wi2021, "art. 4 lid 1 onder c"), vec![]);
        return Plicht::Vrijgesteld(Vrijstelling::Leerplichtig);
    }
    if s.nl_diploma == Some(true) {
        a.uitleg(&t::VRIJSTELLING_DIPLOMA, Bron::new(Wet::Wi2021, "art. 4 lid 1 onder b"), vec![]);
        return Plicht::Vrijgesteld(Vrijstelling::Diploma);
    }
    if s.leerplichtig.is_none() {
        a.vraag("leerplichtig", &t::VRAAG_LEERPLICHTIG);
    }
    if s.nl_diploma.is_none() {
        a.vraag("nlDiploma", &t::VRAAG_DIPLOMA);
    }
    // Art. 3 lid 1 and 3: the obligation arises with the permit, or on turning 16 with a permit,
    // never retroactively.
    let ontstaan = verblijfsdatum.max(zestien);
    a.uitleg(&t::PLICHTIG, Bron::new(Wet::Wi2021, "art. 3 lid 1"), vec![Waarde::Datum(ontstaan)]);
    let jaren = regels::VRIJSTELLING_LEERPLICHT_JAREN.geldend_of_eerste(s.peildatum).waarde;
    a.uitleg(
        &t::INFO_VRIJSTELLING,
        Bron::new(Wet::Wi2021, "art. 4 lid 1 onder a en e"),
        vec![Waarde::Getal(i64::from(jaren))],
    );
    a.uitleg(&t::INFO_ONTHEFFING, Bron::new(Wet::Wi2021, "art. 5"), vec![]);
    Plicht::Ja { ontstaan }
}

/// Wi2021 art. 54 lid 1: an obligation that arose before Wi2021 entered into force stays under Wi2013.
fn wet(ontstaan: NaiveDate, a: &mut Advies) -> Regime {
    let rij = regels::WET_OP_ONTSTAAN.geldend_of_eerste(ontstaan);
    a.wet = Some(rij.waarde);
    let zin = match rij.waarde {
        Regime::Wi2013 => &t::WET_WI2013,
        Regime::Wi2021 => &t::WET_WI2021,
    };
    // The Wi2013 sentence names the day the next law took effect.
    let mut waarden = vec![Waarde::Datum(ontstaan)];
    if let Some(volgende) = regels::WET_OP_ONTSTAAN.volgende(ontstaan) {
        waarden.push(Waarde::Datum(volgende.vanaf));
    }
    a.uitleg(zin, rij.bron, waarden);
    rij.waarde
}

/// Wi2013 (via Wi2021 art. 54 lid 1) art. 7 lid 2 and art. 8 lid 1 onder c with the Besluit
/// inburgering: the exam's parts by the date the obligation arose ([`regels::WI2013_ONDERDELEN`]).
/// No leerroutes.
fn wi2013(ontstaan: NaiveDate, a: &mut Advies) {
    let rij = regels::WI2013_ONDERDELEN.geldend_of_eerste(ontstaan);
    a.onderdelen = rij.waarde.to_vec();
    let zin = if rij.waarde.contains(&Onderdeel::Pvt) {
        &t::WI2013_INHOUD
    } else if rij.waarde.contains(&Onderdeel::Ona) {
        &t::WI2013_INHOUD_ONA
    } else {
        &t::WI2013_INHOUD_A2_KNM
    };
    a.uitleg(zin, rij.bron, vec![]);
    indicatief(rij.zekerheid, rij.bron, a);
}

/// A decision that rests on a row not read in the statute (`Afgeleid`, `Onbevestigd`) says so.
fn indicatief(zekerheid: Zekerheid, bron: Bron, a: &mut Advies) {
    if zekerheid != Zekerheid::Bevestigd {
        a.uitleg(&t::INDICATIEF, bron, vec![]);
    }
}

/// Wi2021 art. 14 lid 3 onder a (leerbaarheidstoets), art. 7 lid 1 (B1-route), art. 8 lid 1
/// (onderwijsroute), art. 9 lid 1 (Z-route), with the contract's advice policy; art. 17 lid 2 keeps
/// the others possible; art. 17 lid 3 with Besluit art. 5.5 lid 1 (600 hours) allows A2 exams in
/// the B1-route.
fn leerroute(s: &Situatie, gemeente: &Gemeente, a: &mut Advies) {
    let Some(toets) = s.leerbaarheidstoets else {
        a.vraag("leerbaarheidstoets", &t::VRAAG_TOETS);
        return;
    };
    // The cut-off depends on the test's date: without it no route yet.
    let Some(datum) = toets.datum else {
        a.vraag("leerbaarheidstoets.datum", &t::VRAAG_TOETS_DATUM);
        return;
    };
    let cesuur = regels::CESUUR.geldend_of_eerste(datum);
    let haalbaar = toets.score >= cesuur.waarde;
    let waarden = vec![Waarde::Getal(toets.score.into()), Waarde::Datum(datum), Waarde::Getal(cesuur.waarde.into())];
    a.uitleg(if haalbaar { &t::TOETS_HAALBAAR } else { &t::TOETS_NIET_HAALBAAR }, cesuur.bron, waarden);
    indicatief(cesuur.zekerheid, cesuur.bron, a);
    let wisselen = Bron::new(Wet::Wi2021, "art. 17 lid 2");
    if !haalbaar {
        a.leerroute = Some(Leerroute::Z);
        a.alternatieven = vec![Leerroute::B1];
        a.uitleg(&t::ROUTE_Z, Bron::new(Wet::Wi2021, "art. 9 lid 1"), vec![]);
        a.uitleg(&t::ALTERNATIEF_B1, wisselen, vec![]);
        return;
    }
    let max = gemeente.onderwijsroute_max_leeftijd;
    let jong_genoeg = s.geboortedatum.is_some_and(|geboren| leeftijd(geboren, s.peildatum) < max);
    if s.wil_opleiding.is_none() {
        a.vraag("wilOpleiding", &t::VRAAG_OPLEIDING);
    }
    if s.wil_opleiding == Some(true) && jong_genoeg {
        a.leerroute = Some(Leerroute::Onderwijs);
        a.alternatieven = vec![Leerroute::B1];
        a.uitleg(&t::ROUTE_ONDERWIJS, Bron::new(Wet::Wi2021, "art. 8 lid 1"), vec![Waarde::Getal(max.into())]);
        // The age is the advice policy (the gemeente's setting), not the law: its own source.
        a.uitleg(&t::LEEFTIJD_ONDERWIJS, ONDERWIJSROUTE_BELEID, vec![Waarde::Getal(max.into())]);
        a.uitleg(&t::ALTERNATIEF_B1, wisselen, vec![]);
        return;
    }
    a.leerroute = Some(Leerroute::B1);
    a.uitleg(&t::ROUTE_B1, Bron::new(Wet::Wi2021, "art. 7 lid 1"), vec![]);
    let afschalen = regels::AFSCHALEN_UREN.geldend_of_eerste(s.peildatum);
    a.uitleg(&t::AFSCHALEN, afschalen.bron, vec![Waarde::Getal(afschalen.waarde)]);
    if s.wil_opleiding == Some(true) {
        a.alternatieven = vec![Leerroute::Onderwijs];
        a.uitleg(&t::ALTERNATIEF_ONDERWIJS, Bron::new(Wet::Wi2021, "art. 8 lid 1"), vec![Waarde::Getal(max.into())]);
    }
}

/// Wi2021 art. 6 lid 1 (PVT, MAP and the leerroute), art. 8 lid 3 (no MAP in the onderwijsroute),
/// Besluit art. 3.14 lid 2 onder a, b and c (course hours, participation hours, final interview) for
/// asylum status holders, lid 3 (onder a and c only) for the others.
fn onderdelen(s: &Situatie, a: &mut Advies) {
    use Onderdeel::*;
    a.onderdelen = match a.leerroute {
        None => vec![Pvt, Knm],
        Some(Leerroute::B1) => vec![Pvt, Map, Knm, B1Examen],
        Some(Leerroute::Onderwijs) => vec![Pvt, Knm, Taalschakeltraject],
        Some(Leerroute::Z) => {
            let mut lijst = vec![Pvt, Map, ZCursusuren];
            if s.verblijf.is_asielgroep() {
                lijst.push(ZParticipatieuren);
            }
            lijst.push(ZEindgesprek);
            lijst
        }
    };
    a.uitleg(&t::ONDERDELEN, Bron::new(Wet::Wi2021, "art. 6 lid 1 en art. 8 lid 3"), vec![]);
    if a.leerroute == Some(Leerroute::Z) {
        let cursus = regels::Z_CURSUSUREN.geldend_of_eerste(s.peildatum);
        if s.verblijf.is_asielgroep() {
            let participatie = regels::Z_PARTICIPATIEUREN.geldend_of_eerste(s.peildatum);
            let waarden = vec![Waarde::Getal(cursus.waarde), Waarde::Getal(participatie.waarde)];
            a.uitleg(&t::Z_UREN_ASIEL, Bron::new(Wet::Bi2021, "art. 3.14 lid 2"), waarden);
        } else {
            a.uitleg(&t::Z_UREN, Bron::new(Wet::Bi2021, "art. 3.14 lid 3"), vec![Waarde::Getal(cursus.waarde)]);
        }
    }
}

/// Besluit art. 5.3 lid 1 (made under Wi2021 art. 15 lid 5): the PIP within 10 weeks after DUO's
/// letter; second sentence: for someone housed under Huisvestingswet 2014 art. 28 (an asylum
/// status holder and the family who join them) who is not yet registered in that gemeente on the
/// letter's date, 10 weeks after that registration (see [`ingeschreven`]). Without the housing
/// date such a person is told that the date moves with housing, not given a date that may be
/// too early. Lid 2: up to
/// 2 weeks after a third party's information the gemeente waits for. Before 2023 the Besluit
/// counted from the BRP registration (see [`regels::PIP_WEKEN`]).
fn pip_uiterlijk(s: &Situatie, a: &mut Advies) {
    let Some(brief) = s.duo_brief_datum else {
        a.vraag("duoBriefDatum", &t::VRAAG_DUO_BRIEF);
        return;
    };
    let weken = regels::PIP_WEKEN.geldend_of_eerste(brief);
    match ingeschreven(s, brief) {
        Some(ingeschreven) if ingeschreven > brief => {
            let uiterlijk = binnen_weken(ingeschreven, weken.waarde);
            a.pip_uiterlijk = Some(uiterlijk);
            let waarden = vec![Waarde::Datum(brief), Waarde::Datum(ingeschreven), Waarde::Datum(uiterlijk)];
            a.uitleg(&t::PIP_UITERLIJK_HUISVESTING, weken.bron, waarden);
        }
        Some(_) => {
            let uiterlijk = binnen_weken(brief, weken.waarde);
            a.pip_uiterlijk = Some(uiterlijk);
            a.uitleg(&t::PIP_UITERLIJK, weken.bron, vec![Waarde::Datum(brief), Waarde::Datum(uiterlijk)]);
        }
        None => {
            let vroegst = binnen_weken(brief, weken.waarde);
            let waarden = vec![Waarde::Datum(brief), Waarde::Datum(vroegst), Waarde::Getal(weken.waarde as i64)];
            a.uitleg(&t::PIP_NA_HUISVESTING, weken.bron, waarden);
            a.vraag("huisvestingDatum", &t::VRAAG_HUISVESTING_PIP);
        }
    }
    indicatief(weken.zekerheid, weken.bron, a);
    let derde = regels::PIP_DERDE_WEKEN.geldend_of_eerste(brief);
    a.uitleg(&t::PIP_INFORMATIE_DERDE, derde.bron, vec![Waarde::Getal(derde.waarde as i64)]);
}

/// The day from which Besluit art. 5.3 counts for this person, as far as known: the housing date
/// when given (lid 1 for the asylum group, housed under Huisvestingswet 2014 art. 28; lid 3 for
/// anyone who moves to another gemeente: 10 weeks from the registration there). Without it the
/// letter's date, except for the asylum group, who may still live in a COA location: for them
/// only when bijstand ran from the letter or before (only the gemeente where one lives gives
/// bijstand, Pw art. 40 lid 1).
fn ingeschreven(s: &Situatie, brief: NaiveDate) -> Option<NaiveDate> {
    let bijstand_al = s.bijstand == Some(true) && s.bijstand_sinds.is_some_and(|sinds| sinds <= brief);
    let woonde_er_al = !s.verblijf.is_asielgroep() || bijstand_al;
    s.huisvesting_datum.or(woonde_er_al.then_some(brief))
}

/// Wi2021 art. 11 lid 1 en 2: three years from the day after the PIP's date; Besluit art. 5.4
/// lid 1 (the term of Wi2021 art. 17 lid 2): a route change within 18 months of that start.
fn termijn(s: &Situatie, a: &mut Advies) {
    let Some(pip) = s.pip_datum else {
        a.vraag("pipDatum", &t::VRAAG_PIP);
        return;
    };
    let begin = pip.succ_opt().unwrap_or(pip);
    let maanden = regels::TERMIJN_MAANDEN.geldend_of_eerste(begin);
    let wissel = regels::ROUTEWISSEL_MAANDEN.geldend_of_eerste(begin);
    let termijn = Termijn {
        begin,
        einde: einde_periode(begin, maanden.waarde),
        routewissel_uiterlijk: einde_periode(begin, wissel.waarde),
        jaren: maanden.waarde / 12,
    };
    a.termijn = Some(termijn);
    a.uitleg(&t::TERMIJN, maanden.bron, vec![Waarde::Datum(begin), Waarde::Datum(termijn.einde)]);
    a.uitleg(&t::ROUTEWISSEL, wissel.bron, vec![Waarde::Datum(termijn.routewissel_uiterlijk)]);
}

/// DUO's rules for the date of a PIP (`duonl/gemeente-m2m-inburgering`, PIP API, README rules
/// 5 and 7): not before the obligation starts, not before the person settled in the gemeente.
/// DUO would not register such a PIP, so the date is put to the klantmanager as an open
/// question; the advice still counts from it (a housing date may be a future key date). A PIP
/// before DUO's letter can exist: Besluit art. 5.3 lid 1 sets only its latest day, and lid 3
/// has a new gemeente set one from the registration, whatever the letter; it is flagged too.
fn pip_datum_nagaan(s: &Situatie, ontstaan: NaiveDate, a: &mut Advies) {
    let Some(pip) = s.pip_datum else { return };
    if pip < ontstaan {
        a.vraag("pipDatum", &t::PIP_VOOR_PLICHT);
    }
    if s.huisvesting_datum.is_some_and(|huis| pip < huis) {
        a.vraag("pipDatum", &t::PIP_VOOR_HUISVESTING);
    }
    if s.duo_brief_datum.is_some_and(|brief| pip < brief) {
        a.vraag("pipDatum", &t::PIP_VOOR_BRIEF);
    }
}

/// Pw art. 56a lid 1 en 2: ontzorgen for the Wi2021 plichtige with an asylum permit and bijstand,
/// six months from the day the right to bijstand arises.
fn ontzorgen(s: &Situatie, a: &mut Advies) {
    if s.verblijf != Verblijf::Asiel {
        return;
    }
    match (s.bijstand, s.bijstand_sinds) {
        (None, _) => a.vraag("bijstand", &t::VRAAG_BIJSTAND),
        (Some(true), None) => a.vraag("bijstandSinds", &t::VRAAG_BIJSTAND_SINDS),
        (Some(true), Some(van)) => {
            let maanden = crate::engine::ontzorgen::ONTZORGEN_MAANDEN.geldend_of_eerste(van);
            let tot = einde_periode(van, maanden.waarde);
            a.ontzorgen = Some(Ontzorgen { verplicht: true, van, tot });
            // Lid 1 (who) and lid 2 (the months of the parameter): the sentence states both.
            let bron = Bron::new(Wet::Pw, "art. 56a lid 1 en 2");
            a.uitleg(&t::ONTZORGEN, bron, vec![Waarde::Datum(van), Waarde::Datum(tot)]);
        }
        _ => {}
    }
}

/// Information without a decision: Wi2021 art. 12 lid 1 with Besluit art. 4.4 lid 1 and 2 (six
/// months' extension after aanzienlijke inspanningen, defined only for the B1-route), and either
/// art. 26 lid 1 onder b and d (maximum fines for art. 24 and 25) or, for an asylum status
/// holder, DUO's practice of no fine since the Raad van State ruling of 9 July 2025
/// ([`plan::geen_boete`]: the plan then says nothing of fines either).
fn informatie(s: &Situatie, a: &mut Advies) {
    if a.leerroute == Some(Leerroute::B1) {
        let verlenging = regels::VERLENGING_MAANDEN.geldend_of_eerste(s.peildatum);
        a.uitleg(&t::VERLENGING, verlenging.bron, vec![Waarde::Getal(verlenging.waarde)]);
    }
    if plan::geen_boete(s) {
        a.uitleg(&t::GEEN_BOETE_ASIEL, plan::DUO_GEEN_BOETE, vec![]);
        return;
    }
    let leerroute = regels::BOETE_LEERROUTE.geldend_of_eerste(s.peildatum);
    let pvt_map = regels::BOETE_PVT_MAP.geldend_of_eerste(s.peildatum);
    let bron = Bron::new(Wet::Wi2021, "art. 26 lid 1 onder b en d");
    a.uitleg(&t::BOETE, bron, vec![Waarde::Bedrag(leerroute.waarde), Waarde::Bedrag(pvt_map.waarde)]);
}
