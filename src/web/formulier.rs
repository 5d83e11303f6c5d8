//! The form: a question (label, presentation) for each field of the core's declarations
//! ([`crate::engine::veld`]), the raw text the person typed, and the `Json` value the core reads.
//! The form keeps raw strings, so a rejected answer is never lost; the core decides whether it
//! is valid, which questions are required and which apply, given the answers so far.

use std::cell::{Cell, RefCell};

use chrono::{Datelike, NaiveDate};

use crate::engine::advies::{self, SITUATIE};
use crate::engine::codes::{Leefvorm, Verblijf};
use crate::engine::fout::Fout;
use crate::engine::gemeente::Gemeente;
use crate::engine::json::Json;
use crate::engine::json::{lees_pad, zet_pad};
use crate::engine::ontzorgen::{HUISHOUDEN, KOSTENDELER_LEEFTIJD};
use crate::engine::veld::{self, Veld};
use crate::i18n::widget as w;
use crate::i18n::{Taal, Tekst, Waarde};

/// Which calculation a question belongs to; also the prefix of its form key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Onderdeel {
    Advies,
    Ontzorgen,
}

impl Onderdeel {
    pub fn prefix(self) -> &'static str {
        match self {
            Onderdeel::Advies => "a",
            Onderdeel::Ontzorgen => "o",
        }
    }

    /// The core's declaration of this part's contract input.
    pub fn declaratie(self) -> &'static [Veld] {
        match self {
            Onderdeel::Advies => SITUATIE,
            Onderdeel::Ontzorgen => HUISHOUDEN,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Soort {
    /// Day, month by name, year.
    Datum,
    /// One of a list of codes (a select).
    Keuze(&'static [(&'static str, Label)]),
    /// Yes / no / I don't know (radio buttons).
    JaNee,
    /// A whole number.
    Getal,
    /// Euros typed by the person, sent to the core as cents.
    Bedrag,
    /// Free text (the description of an extra withholding).
    Tekst,
}

/// What a choice shows: a translated phrase, or a name that is the same in every language.
#[derive(Debug, Clone, Copy)]
pub enum Label {
    Vertaald(&'static Tekst),
    /// A country's own name: what its citizens recognise, whatever language the form is in.
    Eigen(&'static str),
}

impl Label {
    pub fn in_taal(self, taal: Taal) -> &'static str {
        match self {
            Label::Vertaald(tekst) => tekst.in_taal(taal),
            Label::Eigen(naam) => naam,
        }
    }
}

use Label::{Eigen, Vertaald as V};

#[derive(Debug, Clone, Copy)]
pub struct Vraag {
    pub onderdeel: Onderdeel,
    /// The JSON path in the contract's input ("leerbaarheidstoets.score").
    pub pad: &'static str,
    pub label: &'static Tekst,
    /// For a choice: its options with their labels (the kind of every other question follows
    /// from the core's field, see [`Vraag::soort`]).
    keuze: Option<&'static [(&'static str, Label)]>,
    /// Only shown in staff mode.
    pub medewerker: bool,
    /// Part of a fieldset legend group (the fixed costs).
    pub groep: Option<&'static Tekst>,
    /// Offers "Ik weet het niet" when the core's field does (not the rows staff add themselves).
    pub weet_niet: bool,
    /// The advice's question (its path) that asks the same: once that one is answered, its
    /// answer serves here too and this question is not asked again.
    pub zelfde: Option<&'static str>,
    /// A short help text under the question.
    pub hint: Option<&'static Tekst>,
    /// The values of the label's `{0}`, `{1}`, … on the peildatum: the parameter in force that
    /// the question states (see [`Vraag::tekst`]).
    pub waarden: Option<fn(NaiveDate) -> Vec<Waarde>>,
}

const fn v(onderdeel: Onderdeel, pad: &'static str, label: &'static Tekst) -> Vraag {
    Vraag {
        onderdeel,
        pad,
        label,
        keuze: None,
        medewerker: false,
        groep: None,
        weet_niet: true,
        zelfde: None,
        hint: None,
        waarden: None,
    }
}

/// Pw art. 19a lid 1: the age from which a housemate is a kostendeler, in force on `peildatum`
/// (before the parameter's first row there is none, and the sentence leaves it out).
fn kostendeler_leeftijd(peildatum: NaiveDate) -> Vec<Waarde> {
    KOSTENDELER_LEEFTIJD.op(peildatum).map(|rij| Waarde::Getal(i64::from(rij.waarde))).into_iter().collect()
}

impl Vraag {
    /// The label in `taal`, its placeholders filled with the values in force on `peildatum`.
    pub fn tekst(&self, taal: Taal, peildatum: NaiveDate) -> String {
        self.label.vul(taal, &self.waarden.map(|waarden| waarden(peildatum)).unwrap_or_default())
    }

    /// How the question is asked: a choice from its options, otherwise as the core's field is
    /// declared (a date, yes/no, a whole number, an amount, text).
    pub fn soort(&self) -> Soort {
        use crate::engine::veld::Soort as K;
        match (self.keuze, self.veld().map(|v| v.soort)) {
            (Some(opties), _) => Soort::Keuze(opties),
            (None, Some(K::Datum)) => Soort::Datum,
            (None, Some(K::JaNee)) => Soort::JaNee,
            (None, Some(K::Geheel(..))) => Soort::Getal,
            (None, Some(K::Bedrag)) => Soort::Bedrag,
            _ => Soort::Tekst,
        }
    }

    const fn keuze(mut self, opties: &'static [(&'static str, Label)]) -> Vraag {
        self.keuze = Some(opties);
        self
    }

    const fn met_waarden(mut self, waarden: fn(NaiveDate) -> Vec<Waarde>) -> Vraag {
        self.waarden = Some(waarden);
        self
    }

    const fn hint(mut self, hint: &'static Tekst) -> Vraag {
        self.hint = Some(hint);
        self
    }
    #[cfg(feature = "medewerker")]
    const fn medewerker(mut self) -> Vraag {
        self.medewerker = true;
        self
    }
    const fn groep(mut self, groep: &'static Tekst) -> Vraag {
        self.groep = Some(groep);
        self
    }
    const fn zelfde_als(mut self, pad: &'static str) -> Vraag {
        self.zelfde = Some(pad);
        self
    }
    /// A row of `extraInhoudingen` (staff only, no "Ik weet het niet").
    const fn extra(mut self) -> Vraag {
        self.groep = Some(&w::LAST_EXTRA);
        self.medewerker = true;
        self.weet_niet = false;
        self
    }

    /// The core's field this question asks (every question has one: a test holds it).
    pub fn veld(&self) -> Option<&'static Veld> {
        veld::zoek(self.onderdeel.declaratie(), self.pad)
    }

    /// Whether the question offers "Ik weet het niet".
    pub fn weet_niet(&self) -> bool {
        self.weet_niet && self.veld().is_some_and(Veld::weet_niet)
    }

    /// The form key: `a:geboortedatum`, `o:vasteLasten.huur`.
    pub fn sleutel(&self) -> String {
        format!("{}:{}", self.onderdeel.prefix(), self.pad)
    }

    /// Whether `sleutel` is this question's form key, or with `Some(deel)` the key of that part
    /// (`a:geboortedatum.dag`); compared in place, as it runs for every question on every input.
    pub fn is_sleutel(&self, sleutel: &str, deel: Option<&str>) -> bool {
        let rest = sleutel
            .strip_prefix(self.onderdeel.prefix())
            .and_then(|r| r.strip_prefix(':'))
            .and_then(|r| r.strip_prefix(self.pad));
        match (rest, deel) {
            (Some(rest), None) => rest.is_empty(),
            (Some(rest), Some(deel)) => rest.strip_prefix('.') == Some(deel),
            (None, _) => false,
        }
    }

    /// A DOM id for this question (ids are unique per shadow root).
    pub fn dom_id(&self) -> String {
        dom_id(&self.sleutel())
    }

    /// The id of the control a person lands on to mend an answer: a date's day, or the
    /// question's input.
    pub fn eerste_invoer(&self) -> String {
        match self.soort() {
            Soort::Datum => dom_id(&format!("{}.dag", self.sleutel())),
            _ => format!("in-{}", self.dom_id()),
        }
    }
}

pub fn dom_id(sleutel: &str) -> String {
    sleutel.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect()
}

/// The choices of a question on one of the core's code lists ([`crate::engine::codes`]): every
/// code with its label, in the core's order. The match is exhaustive, so a code without a label
/// does not compile.
macro_rules! keuzes {
    ($lijst:ident { $($waarde:ident => $label:expr,)+ }) => {{
        const fn label(waarde: $lijst) -> Label {
            match waarde {
                $($lijst::$waarde => $label,)+
            }
        }
        let mut keuzes = [("", Label::Eigen("")); $lijst::TABEL.len()];
        let mut i = 0;
        while i < keuzes.len() {
            let (code, waarde) = $lijst::TABEL[i];
            keuzes[i] = (code, label(waarde));
            i += 1;
        }
        keuzes
    }};
}

pub const VERBLIJF: [(&str, Label); Verblijf::TABEL.len()] = keuzes!(Verblijf {
    Asiel => V(&w::VERBLIJF_ASIEL),
    GezinVanAsielstatushouder => V(&w::VERBLIJF_GEZIN_ASIEL),
    Gezin => V(&w::VERBLIJF_GEZIN),
    GeestelijkBedienaar => V(&w::VERBLIJF_GEESTELIJK),
    RegulierOverig => V(&w::VERBLIJF_REGULIER),
    Tijdelijk => V(&w::VERBLIJF_TIJDELIJK),
    EuFamilie => V(&w::VERBLIJF_EU),
    Asielzoeker => V(&w::VERBLIJF_ASIELZOEKER),
    Geen => V(&w::VERBLIJF_GEEN),
});

pub const LANDEN: &[(&str, Label)] = &[
    ("SY", V(&w::LAND_SY)),
    ("ER", V(&w::LAND_ER)),
    ("AF", V(&w::LAND_AF)),
    ("TR", V(&w::LAND_TR)),
    ("IR", V(&w::LAND_IR)),
    ("IQ", V(&w::LAND_IQ)),
    ("YE", V(&w::LAND_YE)),
    ("SO", V(&w::LAND_SO)),
    ("MA", V(&w::LAND_MA)),
    ("UA", V(&w::LAND_UA)),
    ("PL", V(&w::LAND_PL)),
    ("DE", V(&w::LAND_DE)),
    // The other EU, EEA and Swiss nationalities, by their own names (Wi2021 art. 3 lid 2 onder a).
    ("AT", Eigen("Österreich")),
    ("BE", Eigen("België / Belgique / Belgien")),
    ("BG", Eigen("България")),
    ("CY", Eigen("Κύπρος / Kıbrıs")),
    ("CZ", Eigen("Česko")),
    ("DK", Eigen("Danmark")),
    ("EE", Eigen("Eesti")),
    ("ES", Eigen("España")),
    ("FI", Eigen("Suomi / Finland")),
    ("FR", Eigen("France")),
    ("GR", Eigen("Ελλάδα")),
    ("HR", Eigen("Hrvatska")),
    ("HU", Eigen("Magyarország")),
    ("IE", Eigen("Éire / Ireland")),
    ("IS", Eigen("Ísland")),
    ("IT", Eigen("Italia")),
    ("LI", Eigen("Liechtenstein")),
    ("LT", Eigen("Lietuva")),
    ("LU", Eigen("Lëtzebuerg / Luxembourg")),
    ("LV", Eigen("Latvija")),
    ("MT", Eigen("Malta")),
    ("NL", Eigen("Nederland")),
    ("NO", Eigen("Norge")),
    ("PT", Eigen("Portugal")),
    ("RO", Eigen("România")),
    ("SE", Eigen("Sverige")),
    ("SI", Eigen("Slovenija")),
    ("SK", Eigen("Slovensko")),
    ("CH", Eigen("Schweiz / Suisse / Svizzera")),
    ("XX", V(&w::LAND_XX)),
];

pub const LEEFVORMEN: [(&str, Label); Leefvorm::TABEL.len()] = keuzes!(Leefvorm {
    Alleenstaande => V(&w::LEEFVORM_ALLEENSTAANDE),
    AlleenstaandeOuder => V(&w::LEEFVORM_OUDER),
    Gehuwden => V(&w::LEEFVORM_GEHUWDEN),
});

use Onderdeel::{Advies as A, Ontzorgen as O};

pub const VRAGEN: &[Vraag] = &[
    v(A, "geboortedatum", &w::V_GEBOORTEDATUM),
    v(A, "nationaliteit", &w::V_NATIONALITEIT).keuze(LANDEN),
    v(A, "verblijf", &w::V_VERBLIJF).keuze(&VERBLIJF),
    v(A, "verblijfsdatum", &w::V_VERBLIJFSDATUM),
    v(A, "duoBriefDatum", &w::V_DUOBRIEF),
    v(A, "pipDatum", &w::V_PIP),
    v(A, "leerplichtig", &w::V_LEERPLICHTIG),
    v(A, "nlDiploma", &w::V_DIPLOMA),
    v(A, "leerbaarheidstoets.score", &w::V_TOETS_SCORE),
    v(A, "leerbaarheidstoets.datum", &w::V_TOETS_DATUM),
    v(A, "wilOpleiding", &w::V_OPLEIDING),
    v(A, "bijstand", &w::V_BIJSTAND),
    v(A, "bijstandSinds", &w::V_BIJSTAND_SINDS),
    v(A, "huisvestingDatum", &w::V_HUISVESTING).hint(&w::HINT_HUISVESTING),
    v(A, "staatloos", &w::V_STAATLOOS),
    // Pw art. 56a: ontzorgen starts on the day the right to bijstand starts.
    v(O, "startdatum", &w::V_STARTDATUM).zelfde_als("bijstandSinds"),
    v(O, "leefvorm", &w::V_LEEFVORM).keuze(&LEEFVORMEN).hint(&w::HINT_LEEFVORM),
    v(O, "geboortedatum", &w::V_GEBOORTEDATUM).zelfde_als("geboortedatum"),
    v(O, "partnerGeboortedatum", &w::V_PARTNER_GEBOORTEDATUM),
    v(O, "partnerZonderRechtOpBijstand", &w::V_PARTNER_ZONDER_RECHT),
    v(O, "kinderen", &w::V_KINDEREN),
    v(O, "kostendelers", &w::V_KOSTENDELERS).met_waarden(kostendeler_leeftijd),
    v(O, "vasteLasten.huur", &w::LAST_HUUR).groep(&w::V_VASTE_LASTEN),
    v(O, "vasteLasten.energie", &w::LAST_ENERGIE).groep(&w::V_VASTE_LASTEN),
    v(O, "vasteLasten.water", &w::LAST_WATER).groep(&w::V_VASTE_LASTEN),
    v(O, "vasteLasten.zorgverzekering", &w::LAST_ZORG).groep(&w::V_VASTE_LASTEN),
    v(O, "maanden", &w::V_MAANDEN),
    // Staff only: in the staff module alone (feature `medewerker`), its label not in the packs.
    #[cfg(feature = "medewerker")]
    v(O, "bijstandPerMaand", &crate::i18n::caseload::V_BIJSTAND_PER_MAAND).medewerker(),
    v(O, "extraInhoudingen[0].omschrijving", &w::EXTRA_OMSCHRIJVING).extra(),
    v(O, "extraInhoudingen[0].bedrag", &w::EXTRA_BEDRAG).extra(),
    v(O, "extraInhoudingen[1].omschrijving", &w::EXTRA_OMSCHRIJVING).extra(),
    v(O, "extraInhoudingen[1].bedrag", &w::EXTRA_BEDRAG).extra(),
    v(O, "extraInhoudingen[2].omschrijving", &w::EXTRA_OMSCHRIJVING).extra(),
    v(O, "extraInhoudingen[2].bedrag", &w::EXTRA_BEDRAG).extra(),
];

/// The raw answers, keyed by form key (`a:geboortedatum.dag` for the parts of a date,
/// `a:x.weetniet` for a ticked "Ik weet het niet").
#[derive(Debug, Clone, Default)]
pub struct Antwoorden {
    lijst: Vec<(String, String)>,
    /// Per part, whether its basic questions are answered: asked for every optional question on
    /// every input, so kept until the next change.
    basis: Cell<[Option<bool>; 2]>,
    /// Per part, every answer as the core reads it, shown or not: what the core's conditions
    /// (required, applies) are asked about; kept until the next change.
    alles: RefCell<[Option<Json>; 2]>,
}

pub const DELEN: [&str; 3] = ["dag", "maand", "jaar"];

/// The key of a ticked part of the plan (`a:behaald.lezen` = `ja`): the contract's `behaald`,
/// dated with the day it was passed as typed under its box (`a:behaald.lezen.dag` and so on),
/// or without a day while that is not typed in full (issue 23 point 9).
pub const BEHAALD: &str = "a:behaald.";

impl Antwoorden {
    pub fn get(&self, sleutel: &str) -> &str {
        self.lijst.iter().find(|(s, _)| s == sleutel).map_or("", |(_, waarde)| waarde)
    }

    pub fn zet(&mut self, sleutel: &str, waarde: &str) {
        self.lijst.retain(|(s, _)| s != sleutel);
        if !waarde.is_empty() {
            self.lijst.push((sleutel.to_owned(), waarde.to_owned()));
        }
        self.basis.set([None; 2]);
        self.alles.replace([None, None]);
    }

    /// Asks the core about the answers of `onderdeel` so far, as its contract object (kept until
    /// an answer changes).
    fn kern(&self, onderdeel: Onderdeel, regel: impl Fn(&Json) -> bool) -> bool {
        let deel = onderdeel as usize;
        if self.alles.borrow()[deel].is_none() {
            let mut object = Json::Object(Vec::new());
            for v in VRAGEN.iter().filter(|v| v.onderdeel == onderdeel) {
                if let Some(waarde) = self.waarde(v) {
                    zet_pad(&mut object, v.pad, waarde);
                }
            }
            self.alles.borrow_mut()[deel] = Some(object);
        }
        self.alles.borrow()[deel].as_ref().is_some_and(regel)
    }

    /// Asks the core about `vraag`'s field, given the answers of its part (`regel`: required,
    /// applies).
    fn vraag_kern(&self, vraag: &Vraag, regel: impl Fn(&'static [Veld], &str, &Json) -> bool) -> bool {
        self.kern(vraag.onderdeel, |alles| regel(vraag.onderdeel.declaratie(), vraag.pad, alles))
    }

    /// Whether the budget applies, given the advice's answers: the core's rule
    /// ([`advies::ontzorgen_mogelijk`]).
    pub fn ontzorgen_geldt(&self) -> bool {
        self.kern(Onderdeel::Advies, advies::ontzorgen_mogelijk)
    }

    /// Whether the core requires this question, given the answers.
    pub fn verplicht(&self, vraag: &Vraag) -> bool {
        self.vraag_kern(vraag, veld::verplicht)
    }

    /// Whether the question applies, given the answers and the gemeente's configuration.
    fn geldt(&self, vraag: &Vraag, gemeente: &Gemeente) -> bool {
        self.vraag_kern(vraag, |velden, pad, invoer| veld::geldt(velden, pad, invoer, gemeente))
    }

    /// The question whose answer serves `vraag`: the advice's question that asks the same
    /// once it has an answer (one answer feeds both parts), otherwise `vraag` itself.
    fn bron<'v>(&self, vraag: &'v Vraag) -> &'v Vraag {
        let Some(pad) = vraag.zelfde else { return vraag };
        // The advice's questions share nothing, so `ingevuld` reads their own answers.
        VRAGEN
            .iter()
            .find(|v| v.onderdeel == Onderdeel::Advies && v.pad == pad)
            .filter(|v| self.ingevuld(v))
            .unwrap_or(vraag)
    }

    /// The answer typed at this very question.
    fn eigen(&self, vraag: &Vraag, deel: Option<&str>) -> &str {
        self.lijst.iter().find(|(s, _)| vraag.is_sleutel(s, deel)).map_or("", |(_, waarde)| waarde)
    }

    /// The answer to a question, or with `Some(deel)` to that part of it (`dag`, `weetniet`):
    /// for a question the advice asks too, the advice's answer once there is one.
    pub fn van(&self, vraag: &Vraag, deel: Option<&str>) -> &str {
        self.eigen(self.bron(vraag), deel)
    }

    /// Whether "Ik weet het niet" is ticked for this question.
    pub fn weet_niet(&self, vraag: &Vraag) -> bool {
        vraag.weet_niet() && self.van(vraag, Some("weetniet")) == "ja"
    }

    /// Whether the person has given this question any answer (also a wrong one).
    pub fn ingevuld(&self, vraag: &Vraag) -> bool {
        match vraag.soort() {
            Soort::Datum => DELEN.iter().any(|d| !self.van(vraag, Some(d)).trim().is_empty()),
            _ => !self.van(vraag, None).trim().is_empty(),
        }
    }

    /// A date with one or two of its three parts filled in: still being typed.
    pub fn half_datum(&self, vraag: &Vraag) -> bool {
        matches!(vraag.soort(), Soort::Datum)
            && self.ingevuld(vraag)
            && DELEN.iter().any(|d| self.van(vraag, Some(d)).trim().is_empty())
    }

    /// The date typed in the three parts under `sleutel` (`a:behaald.lezen.dag`, ...), once all
    /// three are filled in.
    fn datum(&self, sleutel: &str) -> Option<String> {
        let deel = |d| self.get(&format!("{sleutel}.{d}")).trim();
        let (dag, maand, jaar) = (deel("dag"), deel("maand"), deel("jaar"));
        let volledig = !dag.is_empty() && !maand.is_empty() && !jaar.is_empty();
        volledig.then(|| iso_datum(dag, maand, jaar))
    }

    /// Fills the three parts of a date under `sleutel`.
    fn zet_datum(&mut self, sleutel: &str, datum: &str) {
        if let Some(d) = crate::basis::datum::lees(datum) {
            for (deel, getal) in DELEN.iter().zip([d.day(), d.month(), d.year() as u32]) {
                self.zet(&format!("{sleutel}.{deel}"), &getal.to_string());
            }
        }
    }

    /// Only the questions that apply to the answers given and the gemeente (the core decides),
    /// and progressively: the others appear once the required questions of their part have an
    /// answer.
    pub fn zichtbaar(&self, vraag: &Vraag, medewerker: bool, gemeente: &Gemeente) -> bool {
        if (vraag.medewerker && !medewerker) || !std::ptr::eq(self.bron(vraag), vraag) {
            return false;
        }
        if !self.verplicht(vraag) && !self.basis_ingevuld(vraag.onderdeel) {
            return false;
        }
        self.geldt(vraag, gemeente)
    }

    fn basis_ingevuld(&self, onderdeel: Onderdeel) -> bool {
        let mut basis = self.basis.get();
        if let Some(ingevuld) = basis[onderdeel as usize] {
            return ingevuld;
        }
        // The required questions at the top (not those inside an optional object or a row).
        let ingevuld = VRAGEN
            .iter()
            .filter(|v| v.onderdeel == onderdeel && !v.pad.contains('.') && self.verplicht(v))
            .all(|v| self.ingevuld(v));
        basis[onderdeel as usize] = Some(ingevuld);
        self.basis.set(basis);
        ingevuld
    }

    /// The value the core reads for one question; `None` is "not answered".
    fn waarde(&self, vraag: &Vraag) -> Option<Json> {
        if self.weet_niet(vraag) || !self.ingevuld(vraag) || self.half_datum(vraag) {
            return None;
        }
        let ruw = self.van(vraag, None).trim().to_owned();
        match vraag.soort() {
            Soort::Datum => {
                let deel = |d| self.van(vraag, Some(d)).trim();
                Some(Json::String(iso_datum(deel("dag"), deel("maand"), deel("jaar"))))
            }
            Soort::Keuze(_) | Soort::Tekst => Some(Json::String(ruw)),
            Soort::JaNee => match ruw.as_str() {
                "ja" => Some(Json::Bool(true)),
                "nee" => Some(Json::Bool(false)),
                _ => None,
            },
            Soort::Getal => Some(ruw.parse::<i64>().map(|n| Json::Number(n as f64)).unwrap_or(Json::String(ruw))),
            Soort::Bedrag => Some(euro_naar_cent(&ruw).map(|c| Json::Number(c as f64)).unwrap_or(Json::String(ruw))),
        }
    }

    /// The contract input of `onderdeel`, with `peildatum` for the advice; `zonder_dagen`: the
    /// parts ticked without the days typed under their boxes (one of which the core refused).
    pub fn json(
        &self,
        onderdeel: Onderdeel,
        peildatum: NaiveDate,
        medewerker: bool,
        gemeente: &Gemeente,
        zonder_dagen: bool,
    ) -> Json {
        let mut object = Json::Object(Vec::new());
        match onderdeel {
            Onderdeel::Advies => zet_pad(&mut object, "peildatum", Json::String(crate::basis::datum::iso(peildatum))),
            // Contract: a missing fixed-cost item is 0, so an untouched group is an empty object.
            Onderdeel::Ontzorgen => zet_pad(&mut object, "vasteLasten", Json::Object(Vec::new())),
        }
        // What is shown, and what the advice's answers give for this part.
        let gegeven = |v: &Vraag| self.zichtbaar(v, medewerker, gemeente) || !std::ptr::eq(self.bron(v), v);
        for vraag in VRAGEN.iter().filter(|v| v.onderdeel == onderdeel && gegeven(v)) {
            if let Some(waarde) = self.waarde(vraag) {
                zet_pad(&mut object, vraag.pad, waarde);
            }
        }
        let mut behaald = Vec::new();
        for (sleutel, _) in self.lijst.iter().filter(|(_, w)| onderdeel == Onderdeel::Advies && w == "ja") {
            if let Some(code) = sleutel.strip_prefix(BEHAALD) {
                let mut deel = vec![("onderdeel".into(), Json::String(code.into()))];
                let dag = self.datum(sleutel).filter(|_| !zonder_dagen);
                deel.extend(dag.map(|datum| ("datum".into(), Json::String(datum))));
                behaald.push(Json::Object(deel));
            }
        }
        if !behaald.is_empty() {
            zet_pad(&mut object, "behaald", Json::Array(behaald));
        }
        object
    }

    /// The required questions of `onderdeel` that are shown but still empty.
    pub fn ontbrekend(&self, onderdeel: Onderdeel, medewerker: bool, gemeente: &Gemeente) -> Vec<&'static Vraag> {
        // Size: a loop, docs/stijl.md.
        let mut uit = Vec::new();
        for v in VRAGEN.iter() {
            let gevraagd = v.onderdeel == onderdeel && self.zichtbaar(v, medewerker, gemeente) && !self.weet_niet(v);
            if gevraagd && ((self.verplicht(v) && !self.ingevuld(v)) || self.half_datum(v)) {
                uit.push(v);
            }
        }
        uit
    }

    /// Fills the form from a contract input (a loaded file). Fields the form does not know are
    /// ignored here; the caller has the core validate the whole input first.
    pub fn uit_json(onderdeel: Onderdeel, json: &Json, antwoorden: &mut Antwoorden) {
        if let (Onderdeel::Advies, Some(Json::Array(behaald))) = (onderdeel, lees_pad(json, "behaald")) {
            for deel in behaald {
                if let Some(Json::String(code)) = lees_pad(deel, "onderdeel") {
                    let sleutel = format!("{BEHAALD}{code}");
                    antwoorden.zet(&sleutel, "ja");
                    if let Some(Json::String(datum)) = lees_pad(deel, "datum") {
                        antwoorden.zet_datum(&sleutel, datum);
                    }
                }
            }
        }
        for vraag in VRAGEN.iter().filter(|v| v.onderdeel == onderdeel) {
            let Some(waarde) = lees_pad(json, vraag.pad) else { continue };
            let sleutel = vraag.sleutel();
            match (vraag.soort(), waarde) {
                (Soort::Datum, Json::String(s)) => antwoorden.zet_datum(&sleutel, s),
                (Soort::JaNee, Json::Bool(b)) => antwoorden.zet(&sleutel, if *b { "ja" } else { "nee" }),
                (Soort::Keuze(_) | Soort::Tekst, Json::String(s)) => antwoorden.zet(&sleutel, s),
                (Soort::Getal, Json::Number(n)) => antwoorden.zet(&sleutel, &(*n as i64).to_string()),
                (Soort::Bedrag, Json::Number(n)) => antwoorden.zet(&sleutel, &cent_naar_euro(*n as i64)),
                _ => {}
            }
        }
    }
}

/// The part whose day under its ticked box the core refused, when `fout` is at one
/// (`behaald[1].datum` in `json`, the input it was given).
pub fn geweigerde_dag(json: &Json, fout: &Fout) -> Option<String> {
    let pad = fout.veld.strip_suffix(".datum")?;
    match lees_pad(json, &format!("{pad}.onderdeel")) {
        Some(Json::String(code)) => Some(code.clone()),
        _ => None,
    }
}

/// `2026-05-18` from the three parts; anything unreadable gives a string the core rejects as
/// an impossible date (so the error appears next to the field).
fn iso_datum(dag: &str, maand: &str, jaar: &str) -> String {
    match (dag.parse::<u32>(), maand.parse::<u32>(), jaar.parse::<u32>()) {
        (Ok(d), Ok(m), Ok(j)) if d <= 99 && m <= 99 && j <= 9999 => format!("{j:04}-{m:02}-{d:02}"),
        _ => "?".to_owned(),
    }
}

/// "550", "550,5", "1.219,64", "1,219.64", "€ 12" → cents; `None` when it is not an amount.
pub fn euro_naar_cent(tekst: &str) -> Option<i64> {
    let schoon: String = tekst.chars().filter(|c| !c.is_whitespace() && *c != '€').collect();
    if schoon.is_empty() || schoon.len() > 15 {
        return None;
    }
    let (negatief, schoon) = match schoon.strip_prefix('-') {
        Some(rest) => (true, rest.to_owned()),
        None => (false, schoon),
    };
    // The decimal separator is the last ',' or '.' followed by one or two digits.
    let (heel, decimaal) = match schoon.rsplit_once([',', '.']) {
        Some((heel, decimaal)) if (1..=2).contains(&decimaal.len()) => (heel, decimaal),
        _ => (schoon.as_str(), ""),
    };
    let heel: String = heel.chars().filter(|c| *c != '.' && *c != ',').collect();
    if heel.is_empty() && decimaal.is_empty() {
        return None;
    }
    if !heel.chars().chain(decimaal.chars()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let euro: i64 = if heel.is_empty() { 0 } else { heel.parse().ok()? };
    let cent: i64 = format!("{decimaal:0<2}").parse().ok()?;
    let totaal = euro.checked_mul(100)?.checked_add(cent)?;
    Some(if negatief { -totaal } else { totaal })
}

/// Cents as the person would type them back: "550", "550,50" or "-0,05".
pub fn cent_naar_euro(cent: i64) -> String {
    let teken = if cent < 0 { "-" } else { "" };
    let (euro, rest) = ((cent / 100).abs(), (cent % 100).abs());
    if rest == 0 {
        format!("{teken}{euro}")
    } else {
        format!("{teken}{euro},{rest:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basis::datum::dag;

    fn vraag(onderdeel: Onderdeel, pad: &str) -> &'static Vraag {
        VRAGEN.iter().find(|v| v.onderdeel == onderdeel && v.pad == pad).unwrap()
    }

    /// The built-in default gemeente: no traject of its own.
    fn geen() -> Gemeente {
        Gemeente::standaard()
    }

    fn antwoorden(paren: &[(&str, &str)]) -> Antwoorden {
        let mut a = Antwoorden::default();
        for (k, w) in paren {
            a.zet(k, w);
        }
        a
    }

    #[test]
    fn the_budget_is_not_asked_of_a_person_without_a_permit() {
        assert!(Antwoorden::default().ontzorgen_geldt(), "not known yet: the budget stays");
        for (verblijf, geldt) in [("geen", false), ("asielzoeker", false), ("asiel", true), ("gezin", true)] {
            assert_eq!(antwoorden(&[("a:verblijf", verblijf)]).ontzorgen_geldt(), geldt, "{verblijf}");
        }
        // No bijstand, no ontzorgen (issue 26): the budget's questions stay away after "nee".
        for (bijstand, geldt) in [("nee", false), ("ja", true), ("", true)] {
            let a = antwoorden(&[("a:verblijf", "asiel"), ("a:bijstand", bijstand)]);
            assert_eq!(a.ontzorgen_geldt(), geldt, "bijstand {bijstand:?}");
        }
    }

    #[test]
    fn children_are_not_asked_of_a_person_alone_without_children() {
        let kinderen = vraag(Onderdeel::Ontzorgen, "kinderen");
        let basis = [("o:startdatum.dag", "1"), ("o:startdatum.maand", "4"), ("o:startdatum.jaar", "2026")];
        for (leefvorm, gevraagd) in [("alleenstaande", false), ("alleenstaande_ouder", true), ("gehuwden", true)] {
            let mut a = antwoorden(&basis);
            a.zet("o:leefvorm", leefvorm);
            assert_eq!(a.geldt(kinderen, &geen()), gevraagd, "{leefvorm}");
        }
    }

    /// The declaration is the list of questions: every field of the core's input (but the
    /// `peildatum` the widget fills in) has a question, and every question a field; the
    /// question's kind follows from the field, and a choice in the core has its labelled
    /// options in the form.
    #[test]
    fn every_field_of_the_declaration_has_one_question_of_its_kind() {
        use crate::engine::veld::Soort as K;
        for onderdeel in [Onderdeel::Advies, Onderdeel::Ontzorgen] {
            fn bladeren(velden: &'static [Veld], pad: &str, uit: &mut Vec<(String, &'static Veld)>) {
                for veld in velden {
                    let hier = if pad.is_empty() { veld.naam.to_owned() } else { format!("{pad}.{}", veld.naam) };
                    match veld.soort {
                        K::Object(binnen) | K::Lijst(binnen) => bladeren(binnen, &hier, uit),
                        _ => uit.push((hier, veld)),
                    }
                }
            }
            let mut velden = Vec::new();
            bladeren(onderdeel.declaratie(), "", &mut velden);
            // The widget's own fields: today, the parts done (ticked in the timeline,
            // src/web/tijdlijn.rs), and extra input the form does not ask.
            let eigen = ["peildatum", "behaald", "overigeInkomsten", "geenOnderhoudOuders"];
            for (pad, veld) in velden.iter().filter(|(p, _)| !eigen.iter().any(|e| p.starts_with(e))) {
                let vragen: Vec<&Vraag> = VRAGEN
                    .iter()
                    .filter(|v| v.onderdeel == onderdeel && (v.pad == pad || v.pad.replace("[0]", "") == *pad))
                    .collect();
                assert_eq!(vragen.len(), 1, "{pad}: one question");
                let past = matches!(
                    (veld.soort, vragen[0].soort()),
                    (K::Datum, Soort::Datum)
                        | (K::Keuze(_), Soort::Keuze(_))
                        | (K::JaNee, Soort::JaNee)
                        | (K::Geheel(..), Soort::Getal)
                        | (K::Bedrag, Soort::Bedrag)
                        | (K::Tekst, Soort::Tekst | Soort::Keuze(_))
                );
                assert!(past, "{pad}: the question's kind fits the field's");
            }
            for vraag in VRAGEN.iter().filter(|v| v.onderdeel == onderdeel) {
                assert!(vraag.veld().is_some(), "{}: a field of the core", vraag.pad);
            }
        }
    }

    /// Issue 16: a follow-up the person does not know keeps the advice; it offers "Ik weet het
    /// niet", is not required, and the core lists it as an open question.
    #[test]
    fn an_unknown_follow_up_keeps_the_advice() {
        let gemeente = crate::engine::gemeente::Gemeente::standaard();
        let basis = [
            ("a:geboortedatum.dag", "2"),
            ("a:geboortedatum.maand", "4"),
            ("a:geboortedatum.jaar", "1996"),
            ("a:nationaliteit", "SY"),
            ("a:verblijf", "asiel"),
            ("a:verblijfsdatum.dag", "16"),
            ("a:verblijfsdatum.maand", "2"),
            ("a:verblijfsdatum.jaar", "2026"),
        ];
        for (vervolg, extra, open) in [
            ("bijstandSinds", ("a:bijstand", "ja"), "bijstandSinds"),
            ("leerbaarheidstoets.datum", ("a:leerbaarheidstoets.score", "30"), "leerbaarheidstoets.datum"),
        ] {
            let mut a = antwoorden(&basis);
            let vraag = vraag(Onderdeel::Advies, vervolg);
            assert!(!a.zichtbaar(vraag, false, &geen()), "{vervolg} waits for its question");
            a.zet(extra.0, extra.1);
            assert!(a.zichtbaar(vraag, false, &geen()) && vraag.weet_niet() && !a.verplicht(vraag), "{vervolg}");
            assert!(a.ontbrekend(Onderdeel::Advies, false, &geen()).is_empty(), "{vervolg}: nothing missing");
            let advies = crate::engine::antwoord::antwoord(
                &a.json(Onderdeel::Advies, dag(2026, 11, 22), false, &geen(), false),
                &gemeente,
            );
            let advies = advies.expect("the advice stays").advies;
            assert!(advies.inburgeringsplichtig);
            assert!(advies.open_vragen.iter().any(|v| v.veld == open), "{vervolg} is an open question");
        }
    }

    /// Issue 16: for an undocumented person or an asylum seeker the questions that change
    /// nothing stay away, the birth date too (the walk of 7 December 2026 found it asked); the
    /// nationality stays (an EU citizen is told so) and is not required.
    #[test]
    fn questions_that_do_not_apply_stay_away() {
        for verblijf in ["geen", "asielzoeker"] {
            let a = antwoorden(&[("a:verblijf", verblijf)]);
            let getoond: Vec<&str> = VRAGEN
                .iter()
                .filter(|v| v.onderdeel == Onderdeel::Advies && a.zichtbaar(v, true, &geen()))
                .map(|v| v.pad)
                .collect();
            assert_eq!(getoond, ["nationaliteit", "verblijf"], "{verblijf}");
            assert!(a.ontbrekend(Onderdeel::Advies, false, &geen()).is_empty(), "{verblijf}: nothing required");
            let json = a.json(Onderdeel::Advies, dag(2026, 11, 22), false, &geen(), false);
            let advies = crate::engine::antwoord::antwoord(&json, &crate::engine::gemeente::Gemeente::standaard());
            let advies = advies.expect("an advice without birth date and nationality").advies;
            assert!(!advies.inburgeringsplichtig && advies.perspectief.is_some());
            assert_eq!(advies.aow_datum, None, "no AOW sentence without an obligation to end");
        }
        let a = antwoorden(&[("a:verblijf", "asiel")]);
        let ontbrekend: Vec<&str> = a.ontbrekend(Onderdeel::Advies, false, &geen()).iter().map(|v| v.pad).collect();
        assert_eq!(ontbrekend, ["geboortedatum", "nationaliteit", "verblijfsdatum"]);
    }

    /// Issue 16: the birth date and the day bijstand starts are asked once; the advice's
    /// answers feed the budget, whose own questions then stay away.
    #[test]
    fn one_answer_feeds_both_parts() {
        let geboren = vraag(Onderdeel::Ontzorgen, "geboortedatum");
        let start = vraag(Onderdeel::Ontzorgen, "startdatum");
        let mut a = antwoorden(&[
            ("o:geboortedatum.dag", "9"),
            ("o:geboortedatum.maand", "9"),
            ("o:geboortedatum.jaar", "1999"),
        ]);
        assert!(
            a.zichtbaar(geboren, false, &geen()) && a.zichtbaar(start, false, &geen()),
            "asked in the budget alone"
        );
        for (k, w) in [
            ("a:geboortedatum.dag", "1"),
            ("a:geboortedatum.maand", "7"),
            ("a:geboortedatum.jaar", "1988"),
            ("a:verblijf", "asiel"),
            ("a:bijstand", "ja"),
            ("a:bijstandSinds.dag", "1"),
            ("a:bijstandSinds.maand", "4"),
            ("a:bijstandSinds.jaar", "2024"),
        ] {
            a.zet(k, w);
        }
        assert!(!a.zichtbaar(geboren, true, &geen()) && !a.zichtbaar(start, true, &geen()), "not asked twice");
        let json = a.json(Onderdeel::Ontzorgen, dag(2026, 1, 1), false, &geen(), false);
        assert_eq!(lees_pad(&json, "geboortedatum"), Some(&Json::String("1988-07-01".into())));
        assert_eq!(lees_pad(&json, "startdatum"), Some(&Json::String("2024-04-01".into())));
        let ontbrekend: Vec<&str> = a.ontbrekend(Onderdeel::Ontzorgen, false, &geen()).iter().map(|v| v.pad).collect();
        assert_eq!(ontbrekend, ["leefvorm"]);
    }

    #[test]
    fn optional_questions_follow_every_change_of_the_basic_answers() {
        let mut a = Antwoorden::default();
        let basis: Vec<&Vraag> = VRAGEN.iter().filter(|v| v.onderdeel == Onderdeel::Advies && a.verplicht(v)).collect();
        let optioneel = vraag(Onderdeel::Advies, "nlDiploma");
        assert!(!a.zichtbaar(optioneel, false, &geen()));
        for vraag in &basis {
            let sleutel = vraag.sleutel();
            match vraag.soort() {
                Soort::Datum => DELEN.iter().for_each(|d| a.zet(&format!("{sleutel}.{d}"), "1")),
                _ => a.zet(&sleutel, "gezin"),
            }
        }
        a.zet("a:verblijfsdatum.dag", "1");
        a.zet("a:verblijfsdatum.maand", "1");
        a.zet("a:verblijfsdatum.jaar", "2020");
        assert!(a.zichtbaar(optioneel, false, &geen()), "shown once the basic questions have an answer");
        a.zet(&basis[0].sleutel(), "");
        DELEN.iter().for_each(|d| a.zet(&format!("{}.{d}", basis[0].sleutel()), ""));
        assert!(!a.zichtbaar(optioneel, false, &geen()), "hidden again when one of them is cleared");
    }

    /// The question states the age of Pw art. 19a lid 1 in force on the peildatum, filled from
    /// the parameter: 21 before 2023, 27 since (each row, in every language).
    #[test]
    fn the_kostendelers_question_states_the_age_in_force() {
        use crate::engine::ontzorgen::KOSTENDELER_LEEFTIJD;
        let vraag = vraag(Onderdeel::Ontzorgen, "kostendelers");
        assert!(KOSTENDELER_LEEFTIJD.rijen.len() >= 2, "the test needs a change of the age");
        for rij in KOSTENDELER_LEEFTIJD.rijen {
            for taal in Taal::ALLE {
                let zin = vraag.tekst(taal, rij.vanaf);
                assert!(zin.contains(&rij.waarde.to_string()) && !zin.contains('{'), "{taal:?} {}: {zin}", rij.vanaf);
            }
        }
        assert_eq!(
            vraag.tekst(Taal::Nl, dag(2022, 12, 31)),
            "Hoeveel andere mensen van 21 jaar of ouder wonen bij u? (niet uw partner)"
        );
        assert_eq!(
            vraag.tekst(Taal::En, dag(2026, 11, 22)),
            "How many other people aged 27 or older live with you? (not your partner)"
        );
    }

    /// The housing date is asked of the asylum group everywhere (their PIP deadline can count
    /// from it, Besluit art. 5.3 lid 1), and of others only where the gemeente times a step of
    /// its traject from it that can be for them (Haarlem's steps: asylum status holders).
    #[test]
    fn the_housing_date_is_asked_where_the_gemeente_times_a_step_from_it() {
        let haarlem = crate::engine::gemeente::Gemeente::lees(
            &Json::lees_tekst(include_str!("../../www/gemeente-haarlem.json")).unwrap(),
        )
        .unwrap();
        let vraag = vraag(Onderdeel::Advies, "huisvestingDatum");
        let persoon = |verblijf| {
            antwoorden(&[
                ("a:geboortedatum.dag", "2"),
                ("a:geboortedatum.maand", "4"),
                ("a:geboortedatum.jaar", "1996"),
                ("a:nationaliteit", "ER"),
                ("a:verblijf", verblijf),
                ("a:verblijfsdatum.dag", "16"),
                ("a:verblijfsdatum.maand", "2"),
                ("a:verblijfsdatum.jaar", "2026"),
            ])
        };
        let statushouder = persoon("asiel");
        assert!(statushouder.zichtbaar(vraag, false, &haarlem), "Haarlem, a status holder");
        assert!(vraag.weet_niet() && !statushouder.verplicht(vraag), "optional");
        assert!(statushouder.zichtbaar(vraag, false, &geen()), "the PIP deadline, without any step");
        assert!(!persoon("gezin").zichtbaar(vraag, false, &haarlem), "Haarlem's steps are not for family migrants");
        assert!(!persoon("gezin").zichtbaar(vraag, false, &geen()), "nor is the PIP deadline");
        assert!(!persoon("asielzoeker").zichtbaar(vraag, false, &haarlem), "no permit");
        // Not known: the advice stays and asks it as an open question.
        let advies = crate::engine::antwoord::antwoord(
            &statushouder.json(Onderdeel::Advies, dag(2026, 11, 22), false, &haarlem, false),
            &haarlem,
        )
        .expect("the advice stays");
        assert!(advies.advies.open_vragen.iter().any(|v| v.veld == "huisvestingDatum"));
    }

    #[test]
    fn an_answer_is_found_by_its_exact_key_only() {
        let geboren = vraag(Onderdeel::Advies, "geboortedatum");
        let huur = vraag(Onderdeel::Ontzorgen, "vasteLasten.huur");
        let mut a = Antwoorden::default();
        for (k, w) in [
            ("a:geboortedatum.dag", "17"),
            ("a:geboortedatumx", "fout"),
            ("o:geboortedatum", "fout"),
            ("o:vasteLasten.huur", "650"),
            ("o:vasteLasten.huur.dag", "fout"),
        ] {
            a.zet(k, w);
        }
        assert_eq!(a.van(geboren, Some("dag")), "17");
        assert_eq!(a.van(geboren, None), "", "not the other part's key, nor a longer one");
        assert_eq!(a.van(geboren, Some("maand")), "");
        assert_eq!(a.van(huur, None), "650");
        assert_eq!(a.van(huur, Some("dag")), "fout");
        assert!(a.ingevuld(geboren) && a.half_datum(geboren));
    }

    #[test]
    fn extra_withholdings_keep_their_row_index() {
        let mut a = Antwoorden::default();
        for (k, w) in [
            ("o:startdatum.dag", "1"),
            ("o:startdatum.maand", "4"),
            ("o:startdatum.jaar", "2024"),
            ("o:leefvorm", "alleenstaande"),
            ("o:geboortedatum.dag", "1"),
            ("o:geboortedatum.maand", "7"),
            ("o:geboortedatum.jaar", "1988"),
            ("o:vasteLasten.huur", "550"),
            ("o:extraInhoudingen[1].omschrijving", "gemeentelijke belastingen"),
            ("o:extraInhoudingen[1].bedrag", "30"),
        ] {
            a.zet(k, w);
        }
        let json = a.json(Onderdeel::Ontzorgen, dag(2026, 1, 1), true, &geen(), false);
        assert_eq!(lees_pad(&json, "vasteLasten.huur"), Some(&Json::Number(55_000.0)));
        assert_eq!(lees_pad(&json, "extraInhoudingen[0]"), Some(&Json::Object(Vec::new())));
        assert_eq!(lees_pad(&json, "extraInhoudingen[1].bedrag"), Some(&Json::Number(3_000.0)));
        // Only staff see (and send) the rows.
        assert_eq!(
            lees_pad(&a.json(Onderdeel::Ontzorgen, dag(2026, 1, 1), false, &geen(), false), "extraInhoudingen"),
            None
        );
        let mut terug = Antwoorden::default();
        Antwoorden::uit_json(Onderdeel::Ontzorgen, &json, &mut terug);
        assert_eq!(terug.get("o:extraInhoudingen[1].omschrijving"), "gemeentelijke belastingen");
    }

    #[test]
    fn every_eu_eea_and_swiss_nationality_can_be_chosen() {
        let landen: Vec<&str> = LANDEN.iter().map(|(c, _)| *c).collect();
        for rij in crate::engine::advies::regels::EU_EER_CH.rijen {
            // `EL` is the EU's own code for Greece; the form offers ISO's `GR`.
            for code in rij.waarde.iter().filter(|c| **c != "EL") {
                assert!(landen.contains(code), "{code} missing from the nationality question");
            }
        }
        assert_eq!(landen.last(), Some(&"XX"), "stateless, unknown or another country comes last");
    }

    #[test]
    fn euros_are_read_in_dutch_and_english_notation() {
        assert_eq!(euro_naar_cent("550"), Some(55_000));
        assert_eq!(euro_naar_cent("550,5"), Some(55_050));
        assert_eq!(euro_naar_cent("1.219,64"), Some(121_964));
        assert_eq!(euro_naar_cent("1,219.64"), Some(121_964));
        assert_eq!(euro_naar_cent("€ 1.219"), Some(121_900));
        assert_eq!(euro_naar_cent("-5"), Some(-500));
        assert_eq!(euro_naar_cent("abc"), None);
        assert_eq!(euro_naar_cent(""), None);
        assert_eq!(cent_naar_euro(55_050), "550,50");
        assert_eq!(cent_naar_euro(55_000), "550");
        assert_eq!(cent_naar_euro(-5), "-0,05");
        assert_eq!(cent_naar_euro(-55_000), "-550");
    }

    // proptest is a native dev-dependency: the wasm tests (`make test-wasm`) build without it.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// What the form writes back into an amount field, and what the advice shows in every
        /// language (without the bidi isolation around it), reads back as the same cents.
        #[test]
        fn amounts_read_back_as_written(cent in -10_000_000_000i64..10_000_000_000, taal in 0..Taal::ALLE.len()) {
            proptest::prop_assert_eq!(euro_naar_cent(&cent_naar_euro(cent)), Some(cent));
            let getoond = crate::i18n::bedrag(Taal::ALLE[taal], cent);
            proptest::prop_assert_eq!(euro_naar_cent(getoond.trim_matches(['\u{2068}', '\u{2069}'])), Some(cent));
        }
    }

    #[test]
    fn answers_become_the_contract_input_and_back() {
        let mut a = Antwoorden::default();
        for (k, w) in [
            ("a:geboortedatum.dag", "2"),
            ("a:geboortedatum.maand", "4"),
            ("a:geboortedatum.jaar", "1996"),
            ("a:verblijf", "gezin"),
            ("a:verblijfsdatum.dag", "1"),
            ("a:leerbaarheidstoets.score", "31"),
            ("a:bijstand", "nee"),
            ("a:duoBriefDatum.jaar", "2026"),
            ("a:duoBriefDatum.weetniet", "ja"),
        ] {
            a.zet(k, w);
        }
        // Optional questions wait for the basic ones.
        assert!(!a.zichtbaar(&VRAGEN[4], false, &geen()));
        a.zet("a:nationaliteit", "SY");
        assert!(a.zichtbaar(&VRAGEN[4], false, &geen()));
        let json = a.json(Onderdeel::Advies, dag(2026, 11, 22), false, &geen(), false);
        let Json::Object(velden) = &json else { panic!() };
        let namen: Vec<&str> = velden.iter().map(|(n, _)| n.as_str()).collect();
        // verblijfsdatum is still being typed, the DUO date is "I don't know".
        assert_eq!(
            namen,
            ["peildatum", "geboortedatum", "nationaliteit", "verblijf", "leerbaarheidstoets", "bijstand"]
        );
        assert_eq!(lees_pad(&json, "geboortedatum"), Some(&Json::String("1996-04-02".into())));
        assert_eq!(lees_pad(&json, "leerbaarheidstoets.score"), Some(&Json::Number(31.0)));
        let mut terug = Antwoorden::default();
        Antwoorden::uit_json(Onderdeel::Advies, &json, &mut terug);
        assert_eq!(terug.get("a:geboortedatum.maand"), "4");
        assert_eq!(terug.get("a:bijstand"), "nee");
    }

    /// Issue 23 point 9: a ticked part is dated with the day typed under its box, once typed in
    /// full, not with the day it was ticked; a file brings the day back.
    #[test]
    fn a_ticked_part_carries_the_day_it_was_passed() {
        let mut a = antwoorden(&[("a:behaald.lezen", "ja"), ("a:behaald.lezen.dag", "3")]);
        let behaald = |a: &Antwoorden, zonder_dagen| {
            let json = a.json(Onderdeel::Advies, dag(2026, 11, 22), false, &geen(), zonder_dagen);
            lees_pad(&json, "behaald[0]")
                .map(|deel| (lees_pad(deel, "onderdeel").cloned(), lees_pad(deel, "datum").cloned()))
        };
        let lezen = Some(Json::String("lezen".into()));
        assert_eq!(behaald(&a, false), Some((lezen.clone(), None)));
        a.zet("a:behaald.lezen.maand", "11");
        a.zet("a:behaald.lezen.jaar", "2026");
        assert_eq!(behaald(&a, false), Some((lezen.clone(), Some(Json::String("2026-11-03".into())))));
        assert_eq!(behaald(&a, true), Some((lezen, None)));
        let mut terug = Antwoorden::default();
        let json = a.json(Onderdeel::Advies, dag(2026, 11, 22), false, &geen(), false);
        Antwoorden::uit_json(Onderdeel::Advies, &json, &mut terug);
        let dagen: Vec<&str> = DELEN.iter().map(|d| terug.get(&format!("a:behaald.lezen.{d}"))).collect();
        assert_eq!((terug.get("a:behaald.lezen"), dagen), ("ja", vec!["3", "11", "2026"]));
    }

    #[test]
    fn a_half_typed_date_waits_and_an_impossible_one_reaches_the_core() {
        let mut a = Antwoorden::default();
        a.zet("o:startdatum.dag", "31");
        let json = a.json(Onderdeel::Ontzorgen, dag(2026, 1, 1), false, &geen(), false);
        assert_eq!(lees_pad(&json, "startdatum"), None);
        assert_eq!(a.ontbrekend(Onderdeel::Ontzorgen, false, &geen()).len(), 3);
        a.zet("o:startdatum.maand", "2");
        a.zet("o:startdatum.jaar", "x");
        let json = a.json(Onderdeel::Ontzorgen, dag(2026, 1, 1), false, &geen(), false);
        assert_eq!(lees_pad(&json, "startdatum"), Some(&Json::String("?".into())));
        assert_eq!(a.ontbrekend(Onderdeel::Ontzorgen, false, &geen()).len(), 2);
    }
}
