//! The exam planner (contract: `advies.plan`): per part the person must complete, the last day
//! to sit the exam and to register for it, counted back from `termijn.einde` through DUO's lead
//! times and the gemeente's safety margin; what it costs and who pays; and the earliest date of
//! a naturalisation request. Lead times, fees and the naturalisation period are dated rows below.

//!
//! The part codes (`plan.onderdelen[].onderdeel`, and the input's `behaald`) are [`Deel`].

use chrono::NaiveDate;

use super::invoer::{Behaald, Situatie};
use super::regels::rij;
use super::{Advies, Termijn};
use crate::basis::datum::{dag, plus_maanden};
use crate::basis::geld::Cent;
use crate::engine::bron::{Bron, Wet};
use crate::engine::codes::{Deel, Leerroute, Onderdeel, Regime, Status, Verblijf};
use crate::engine::param::{Parameter, Rij, Zekerheid};
use crate::engine::schrijver::{object, NaarJson};
use crate::engine::uitleg::Uitleg;
use crate::i18n::{plan as t, Waarde};

impl Deel {
    /// A DUO exam one registers for (the others are organised by the gemeente or the school).
    pub fn is_examen(self) -> bool {
        matches!(self, Deel::Lezen | Deel::Luisteren | Deel::Schrijven | Deel::Spreken | Deel::Knm | Deel::Ona)
    }

    /// Its name in the reader's language.
    pub fn naam(self) -> &'static crate::i18n::Tekst {
        match self {
            Deel::Lezen => &t::LEZEN,
            Deel::Luisteren => &t::LUISTEREN,
            Deel::Schrijven => &t::SCHRIJVEN,
            Deel::Spreken => &t::SPREKEN,
            Deel::Knm => &t::KNM,
            Deel::Ona => &t::ONA,
            Deel::Pvt => &t::PVT,
            Deel::Map => &t::MAP,
            Deel::ZRoute => &t::Z_ROUTE,
            Deel::Taalschakeltraject => &t::TAALSCHAKELTRAJECT,
        }
    }
}

/// One entry of `plan.onderdelen`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanDeel {
    pub deel: Deel,
    pub status: Status,
    pub examen_uiterlijk: Option<NaiveDate>,
    pub aanmelden_uiterlijk: Option<NaiveDate>,
    /// The article, or DUO's published lead times.
    pub bron: Bron,
    /// For DUO's lead times: the day they were checked (part of the contract's `bron` text).
    pub gecontroleerd: Option<NaiveDate>,
    /// From `behaald` (extra field `behaaldOp`).
    pub behaald_op: Option<NaiveDate>,
}

/// Contract `plan.kosten`; `leningMaximum` is an extra field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kosten {
    pub examengeld: Option<Cent>,
    pub betaalt_gemeente: bool,
    pub gratis_pogingen: Option<u32>,
    pub lening_mogelijk: bool,
    pub lening_maximum: Option<Cent>,
}

/// Contract `plan.naturalisatie`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Naturalisatie {
    pub vroegst: Option<NaiveDate>,
    pub voldoet_diploma: bool,
}

/// Contract `plan`.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub onderdelen: Vec<PlanDeel>,
    pub begin_uiterlijk: Option<NaiveDate>,
    pub kosten: Kosten,
    pub naturalisatie: Naturalisatie,
    /// The planner's reasoning (extra field `uitleg`): lead times, costs, the fines and the new
    /// term after a fine, the extension checklist (never added to a deadline), naturalisation.
    pub uitleg: Vec<Uitleg>,
    /// The date the plan is for (the input's `peildatum`; not written, the input has it).
    pub peildatum: NaiveDate,
}

/// Check date of the rows read in the statute text for this planner.
const NAGELEZEN: NaiveDate = dag(2026, 12, 1);
/// The day DUO's pages were last read, as recorded in the Tijdlijn-check's rule data
/// (`johannes-schmid/inburgering-oefenen` `data/tijdlijn/inburgering-rules.v1.json`, `checkedOn`).
const DUO_GELEZEN: NaiveDate = dag(2026, 8, 20);
const DUO_HERKOMST: &str = "inburgeren.nl (DUO) as recorded in johannes-schmid/inburgering-oefenen \
                            data/tijdlijn/inburgering-rules.v1.json (checkedOn 2026-08-20); DUO's page not read here";

/// DUO's waiting times for the exams (inburgeren.nl, "aanmelden examen" and "uitslag").
const DUO_WACHTTIJDEN: Bron = Bron::new(Wet::Duo, "wachttijden examens (inburgeren.nl)");

/// Check date of facts.md rows not re-read in a statute.
const GECONTROLEERD_FEITEN: NaiveDate = dag(2026, 11, 22);

pub const RVS_2025: Bron = Bron::new(Wet::Beleid, "uitspraak Raad van State 9 juli 2025");
const RVS_HERKOMST: &str = "rijksoverheid.nl nieuws 2025-07-09 uitspraak-raad-van-state-in-zaak-boetes-en-leningen-\
                            inburgering (facts.md §3.3; the case was under Wi2013); DUO's boete page (\"Asielstatushouders \
                            krijgen nooit een boete\", Wi2013 and Wi2021) via the Tijdlijn-check's rule data, checkedOn \
                            2026-08-20";
/// DUO's practice for Wi2021, which the 2025 ruling (a Wi2013 case) does not itself decide.
pub const DUO_GEEN_BOETE: Bron = Bron::new(Wet::Duo, "boete (inburgeren.nl)");

pub const RVS_2026: Bron = Bron::new(Wet::Beleid, "uitspraak Raad van State 18 februari 2026");
const RVS_2026_HERKOMST: &str = "rijksoverheid.nl nieuws 2026-02-19 (RvS 18 February 2026: final Wi2013 fines and \
                                 recoveries of asylum status holders lapse; SZW studies the consequences)";

/// DUO gives this person no fine and recovers no loan: an asylum permit, on a peildatum after the
/// 2025 ruling ([`ASIEL_GEEN_BOETE`]). One test, so the fine sentences never contradict.
pub fn geen_boete(s: &Situatie) -> bool {
    s.verblijf == Verblijf::Asiel && ASIEL_GEEN_BOETE.geldend_of_eerste(s.peildatum).waarde
}

crate::parameters! {
    /// DUO: register "more than 6 weeks" before the exam. A range with no upper bound: the planner
    /// uses 7 weeks, the safe end, and says so. Keyed by peildatum (the times published then).
    pub const AANMELDEN_WEKEN: Parameter<u64> = Parameter {
        naam: "duo_aanmelden_weken_voor_examen",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            7,
            DUO_WACHTTIJDEN,
            "inburgeren.nl examen-doen/aanmelden-examen.jsp: \"meer dan 6 weken\" before the exam; 7 weeks planned. \
             Via the Tijdlijn-check's rule data (leadTimes.registration, checkedOn 2026-08-20)",
            Zekerheid::Afgeleid,
            DUO_GELEZEN,
        )],
    };

    /// DUO: the result of an exam comes in about 8 weeks (inburgeren.nl examen-doen/uitslag.jsp).
    pub const UITSLAG_WEKEN: Parameter<u64> = Parameter {
        naam: "duo_uitslag_weken",
        vluchtig: false,
        rijen: &[rij(dag(2022, 1, 1), 8, DUO_WACHTTIJDEN, DUO_HERKOMST, Zekerheid::Afgeleid, DUO_GELEZEN)],
    };

    /// DUO's news item of 31 July 2026 (inburgeren.nl): "nakijken Spreken A2 en Schrijven A2 duurt nu
    /// maximaal 16 weken". Keyed by peildatum like the other waiting times, and checked on the same
    /// day as they were (hence not `vluchtig`, though DUO calls it temporary: a later item ends it
    /// with a new row); no row before the item, when [`UITSLAG_WEKEN`] held for these exams too. The
    /// planner applies it to the A2 exams it plans (Wi2013 Schrijven and Spreken) and says it
    /// wherever one of them is open.
    pub const UITSLAG_A2_SCHRIJVEN_SPREKEN_WEKEN: Parameter<u64> = Parameter {
        naam: "duo_uitslag_schrijven_spreken_a2_weken",
        vluchtig: false,
        rijen: &[rij(
            dag(2026, 7, 31),
            16,
            Bron::new(Wet::Duo, "nieuwsbericht 31 juli 2026 (inburgeren.nl)"),
            "inburgeren.nl nieuwsberichten/artikel.jsp?cid=tcm:94-243309-16 (31-07-2026: \"nakijken Spreken A2 en \
             Schrijven A2 duurt nu maximaal 16 weken\"), as recorded in johannes-schmid/inburgering-oefenen \
             SEO/facts.md and data/tijdlijn/inburgering-rules.v1.json (leadTimes.result_spreken_a2 and \
             result_schrijven_a2, source S15, checkedOn 2026-08-20); DUO's page not read here",
            Zekerheid::Afgeleid,
            DUO_GELEZEN,
        )],
    };

    /// The fee of one attempt at one DUO exam (lezen, luisteren, schrijven, spreken, KNM): € 50.
    pub const EXAMENGELD: Parameter<Cent> = Parameter {
        naam: "duo_examengeld_per_poging",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            5_000,
            Bron::new(Wet::Duo, "inburgeren betalen (inburgeren.nl)"),
            DUO_HERKOMST,
            Zekerheid::Afgeleid,
            DUO_GELEZEN,
        )],
    };

    /// Asylum status holders under Wi2021 (art. 13 group): the first two attempts per exam are paid by
    /// the gemeente's course, but not for an exam below the level in the PIP (inburgeren.nl "Hoeveel
    /// kost inburgeren?": "Maar niet als u examen doet op een lager niveau dan in uw PIP staat"; the
    /// sentence says so).
    pub const GRATIS_POGINGEN: Parameter<u32> = Parameter {
        naam: "gratis_examenpogingen_asielstatushouder",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            2,
            Bron::new(Wet::Duo, "inburgeren betalen (inburgeren.nl)"),
            DUO_HERKOMST,
            Zekerheid::Afgeleid,
            DUO_GELEZEN,
        )],
    };

    /// Besluit art. 6.2 lid 1 (made under Wi2021 art. 20 lid 1 and 4): the art. 19 group may borrow
    /// at most € 10.000 for course, taalschakeltraject, alfabetisering and exams; lid 2: the height by
    /// the toetsingsinkomen.
    pub const LENING_MAXIMUM: Parameter<Cent> = Parameter {
        naam: "lening_inburgering_maximum",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            1_000_000,
            Bron::new(Wet::Bi2021, "art. 6.2 lid 1"),
            "regelrecht-corpus regulation/nl/amvb/besluit_inburgering_2021/2026-04-02.yaml art. 6.2 lid 1 (\"een lening \
             van ten hoogste € 10.000\"); same text in 2022-01-01.yaml art. 6.2 lid 1",
            Zekerheid::Bevestigd,
            dag(2026, 12, 7),
        )],
    };

    /// Wi2021 art. 24 lid 2 (and art. 25 lid 2 for the leerroute): after a fine a new term of at most
    /// two years; art. 24 lid 4: a new fine every two years while the part is not done.
    pub const NIEUWE_TERMIJN_JAREN: Parameter<i64> = Parameter {
        naam: "nieuwe_termijn_na_boete_jaren",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            2,
            Bron::new(Wet::Wi2021, "art. 24 lid 2 en 4, art. 25"),
            "regelrecht-corpus regulation/nl/wet/wet_inburgering_2021/2025-10-21.yaml art. 24 lid 2 (\"een nieuwe \
             termijn van ten hoogste twee jaar\") and lid 4 (\"iedere twee jaar\")",
            Zekerheid::Bevestigd,
            NAGELEZEN,
        )],
    };

    /// Wi2013: the maximum fine for not passing the exam in time (DUO, boete; facts.md §3.3).
    pub const BOETE_WI2013: Parameter<Cent> = Parameter {
        naam: "boete_wi2013_examen_max",
        vluchtig: false,
        rijen: &[rij(
            dag(2013, 1, 1),
            125_000,
            Bron::new(Wet::Duo, "boete (inburgeren.nl)"),
            "facts.md §3.3 (inburgeren.nl u-gaat-inburgeren/boete.jsp via S-FACTS §11): Wi2013 diploma fine max \
             € 1.250; the Wi2013 text is not read here",
            Zekerheid::Afgeleid,
            GECONTROLEERD_FEITEN,
        )],
    };

    /// The case law on asylum status holders, in one place: after the Raad van State's ruling of
    /// 9 July 2025 (following the Court of Justice, 4 February 2025; a Wi2013 case) DUO neither fines
    /// asylum status holders nor recovers their integration loans, under Wi2013 and, as its practice,
    /// under Wi2021. Keyed by peildatum.
    pub const ASIEL_GEEN_BOETE: Parameter<bool> = Parameter {
        naam: "asielstatushouder_geen_boete_geen_terugvordering",
        vluchtig: false,
        rijen: &[
            rij(dag(2022, 1, 1), false, RVS_2025, RVS_HERKOMST, Zekerheid::Bevestigd, GECONTROLEERD_FEITEN),
            rij(dag(2025, 7, 9), true, RVS_2025, RVS_HERKOMST, Zekerheid::Bevestigd, GECONTROLEERD_FEITEN),
        ],
    };

    /// The Raad van State's ruling of 18 February 2026: the 2025 rulings also reach Wi2013 fines and
    /// loan recoveries that were already final; such a fine lapses and the loan need not be repaid.
    /// Keyed by peildatum.
    pub const OUDE_BOETE_VERVALT: Parameter<bool> = Parameter {
        naam: "asielstatushouder_wi2013_definitieve_boete_vervalt",
        vluchtig: false,
        rijen: &[
            rij(dag(2022, 1, 1), false, RVS_2026, RVS_2026_HERKOMST, Zekerheid::Bevestigd, dag(2026, 12, 7)),
            rij(dag(2026, 2, 18), true, RVS_2026, RVS_2026_HERKOMST, Zekerheid::Bevestigd, dag(2026, 12, 7)),
        ],
    };

    /// Rijkswet op het Nederlanderschap art. 8 lid 1 onder c: five years of admission and main
    /// residence immediately before the request.
    pub const NATURALISATIE_JAREN: Parameter<u32> = Parameter {
        naam: "naturalisatie_verblijfsjaren",
        vluchtig: false,
        rijen: &[rij(
            dag(1985, 1, 1),
            5,
            Bron::new(Wet::Rwn, "art. 8 lid 1 onder c en d"),
            "regelrecht-corpus regulation/nl/wet/rijkswet_op_het_nederlanderschap/2026-10-01.yaml art. 8 lid 1 onder \
             c (\"tenminste sedert vijf jaren\") and d (ingeburgerd); the bill for ten years is not in force",
            Zekerheid::Bevestigd,
            NAGELEZEN,
        )],
    };

    /// Rijkswet op het Nederlanderschap art. 8 lid 4: three years instead of five for a stateless
    /// applicant (input `staatloos`).
    pub const NATURALISATIE_JAREN_STAATLOOS: Parameter<u32> = Parameter {
        naam: "naturalisatie_verblijfsjaren_staatloos",
        vluchtig: false,
        rijen: &[rij(
            dag(1985, 1, 1),
            3,
            Bron::new(Wet::Rwn, "art. 8 lid 4"),
            "regelrecht-corpus regulation/nl/wet/rijkswet_op_het_nederlanderschap/2026-10-01.yaml art. 8 lid 4 (\"De \
             termijn bedoeld in het eerste lid, onder c, wordt op drie jaren gesteld voor de verzoeker die hetzij ... \
             hetzij staatloos is\")",
            Zekerheid::Bevestigd,
            dag(2026, 12, 7),
        )],
    };
}

/// The parts to complete for this law and route: Wi2021 art. 6 lid 1 (PVT, MAP and the
/// leerroute), art. 7 lid 1 (B1-route: four language skills and KNM), art. 8 lid 1 and 3
/// (onderwijsroute: the taalschakeltraject, no MAP), art. 9 with Besluit art. 3.14 (Z-route: no
/// language exam); Wi2013: the exam parts by the date the obligation arose (`a.onderdelen`).
fn delen(a: &Advies) -> Vec<Deel> {
    use Deel::*;
    // Size: loops, docs/stijl.md.
    let mut lijst = Vec::new();
    if a.wet == Some(Regime::Wi2013) {
        for onderdeel in &a.onderdelen {
            match onderdeel {
                Onderdeel::A2Examen => lijst.extend_from_slice(&[Lezen, Luisteren, Schrijven, Spreken]),
                Onderdeel::Knm => lijst.push(Knm),
                Onderdeel::Ona => lijst.push(Ona),
                Onderdeel::Pvt => lijst.push(Pvt),
                _ => {}
            }
        }
        return lijst;
    }
    lijst.extend_from_slice(match a.leerroute {
        Some(Leerroute::B1) => &[Lezen, Luisteren, Schrijven, Spreken, Knm, Pvt, Map],
        Some(Leerroute::Onderwijs) => &[Taalschakeltraject, Pvt],
        Some(Leerroute::Z) => &[ZRoute, Pvt, Map],
        None => &[Pvt],
    });
    lijst
}

/// The plan for a plichtige, after the rest of the advice is decided.
pub fn plan(s: &Situatie, marge_weken: u32, a: &Advies) -> Plan {
    let aanmelden = AANMELDEN_WEKEN.geldend_of_eerste(s.peildatum);
    let uitslag = UITSLAG_WEKEN.geldend_of_eerste(s.peildatum);
    let mut uitleg = Vec::new();
    let mut onderdelen = Vec::new();
    // DUO's longer marking of Schrijven and Spreken at A2, where the planner knows the exam is
    // at A2: the Wi2013 exam (Wi2013 art. 7 lid 2 onder a).
    let a2 = UITSLAG_A2_SCHRIJVEN_SPREKEN_WEKEN.geldend(s.peildatum).ok();
    for deel in delen(a) {
        let langer = a2.filter(|_| a.wet == Some(Regime::Wi2013) && matches!(deel, Deel::Schrijven | Deel::Spreken));
        onderdelen.push(plan_deel(s, deel, a.termijn, marge_weken, aanmelden, langer.unwrap_or(uitslag)));
    }
    if a.termijn.is_some() && onderdelen.iter().any(|d| d.deel.is_examen()) {
        let waarden = vec![
            Waarde::Getal(aanmelden.waarde as i64 - 1),
            Waarde::Getal(aanmelden.waarde as i64),
            Waarde::Getal(uitslag.waarde as i64),
            Waarde::Getal(marge_weken.into()),
        ];
        uitleg.push(Uitleg::new(&t::LEADTIJDEN, aanmelden.bron, waarden));
        if a.leerroute == Some(Leerroute::B1) {
            // Besluit art. 3.5 lid 1: the B1 exams follow the Staatsexamenbesluit NT2; DUO's times
            // above are those of its own A2 and KNM exams (lid 2).
            uitleg.push(Uitleg::new(&t::STAATSEXAMEN_NT2, Bron::new(Wet::Bi2021, "art. 3.5 lid 1"), vec![]));
        }
    }
    let a2_open =
        onderdelen.iter().any(|d| matches!(d.deel, Deel::Schrijven | Deel::Spreken) && d.status != Status::Behaald);
    if let (Some(rij), true) = (a2, a2_open) {
        let waarden = vec![Waarde::Datum(rij.vanaf), Waarde::Getal(rij.waarde as i64)];
        uitleg.push(Uitleg::new(&t::UITSLAG_A2_LANGER, rij.bron, waarden));
    }
    if onderdelen.iter().any(|d| d.status == Status::TeLaat) {
        uitleg.push(Uitleg::new(&t::TE_LAAT, Bron::new(Wet::Wi2021, "art. 11 lid 1"), vec![]));
    }
    let mut begin_uiterlijk = None;
    for deel in onderdelen.iter().filter(|d| d.status == Status::Open) {
        if let Some(datum) = deel.uiterlijk().filter(|d| begin_uiterlijk.is_none_or(|b| d < &b)) {
            begin_uiterlijk = Some(datum);
        }
    }
    let kosten = kosten(s, a, &mut uitleg);
    let examengeld = EXAMENGELD.geldend_of_eerste(s.peildatum);
    if examengeld.zekerheid != Zekerheid::Bevestigd {
        uitleg.push(Uitleg::new(&crate::i18n::advies::INDICATIEF, examengeld.bron, vec![]));
    }
    gevolgen(s, a, &mut uitleg);
    let naturalisatie = naturalisatie(s, a, &onderdelen, aanmelden.waarde + uitslag.waarde, &mut uitleg);
    Plan { onderdelen, begin_uiterlijk, kosten, naturalisatie, uitleg, peildatum: s.peildatum }
}

/// Wi2021 art. 11 lid 1 (everything within the term): the last day to sit an exam so that DUO's
/// result is known by the term's end, less the gemeente's margin; registration DUO's lead time
/// before that. Parts without a DUO exam (PVT, MAP, Z-route, taalschakeltraject) finish by the
/// term's end less the margin.
fn plan_deel(
    s: &Situatie,
    deel: Deel,
    termijn: Option<Termijn>,
    marge_weken: u32,
    aanmelden: &Rij<u64>,
    uitslag: &Rij<u64>,
) -> PlanDeel {
    let marge = chrono::Days::new(7 * u64::from(marge_weken));
    let (examen_uiterlijk, aanmelden_uiterlijk) = match termijn {
        None => (None, None),
        Some(t) if deel.is_examen() => {
            let examen = t.einde - chrono::Days::new(7 * uitslag.waarde) - marge;
            (Some(examen), Some(examen - chrono::Days::new(7 * aanmelden.waarde)))
        }
        Some(t) => (Some(t.einde - marge), None),
    };
    let (mut behaald, mut behaald_op) = (false, None);
    for b in s.behaald.iter().filter(|b| b.deel == deel && !niet_bij_duo(b, s.peildatum, termijn)) {
        behaald = true;
        behaald_op = behaald_op.max(b.datum);
    }
    let status = match (behaald, aanmelden_uiterlijk.or(examen_uiterlijk)) {
        (true, _) => Status::Behaald,
        (false, Some(uiterlijk)) if uiterlijk < s.peildatum => Status::TeLaat,
        _ => Status::Open,
    };
    let (bron, gecontroleerd) = match deel {
        // A result time with a source of its own (DUO's news item for Schrijven and Spreken A2).
        d if d.is_examen() && uitslag.bron != aanmelden.bron => (uitslag.bron, Some(uitslag.gecontroleerd)),
        d if d.is_examen() => (aanmelden.bron, Some(aanmelden.gecontroleerd)),
        Deel::Pvt | Deel::Map => (Bron::new(Wet::Wi2021, "art. 6 lid 1 en art. 11 lid 1"), None),
        Deel::ZRoute => (Bron::new(Wet::Bi2021, "art. 3.14 lid 2"), None),
        _ => (Bron::new(Wet::Wi2021, "art. 8 lid 1"), None),
    };
    PlanDeel { deel, status, examen_uiterlijk, aanmelden_uiterlijk, bron, gecontroleerd, behaald_op }
}

/// DUO's rules 27 and 29 for the MAP and the PVT (`duonl/gemeente-m2m-inburgering`, MAP, PVT,
/// Z-route API): a final interview or a signing before the term's start, or after the
/// peildatum, is not registered. Such a part does not count as done; the advice asks about the
/// date.
pub fn niet_bij_duo(b: &Behaald, peildatum: NaiveDate, termijn: Option<Termijn>) -> bool {
    matches!(b.deel, Deel::Pvt | Deel::Map)
        && b.datum.is_some_and(|datum| datum > peildatum || termijn.is_some_and(|t| datum < t.begin))
}

/// Wi2021 art. 16 (the gemeente offers and pays the course of the art. 13 group) and art. 20 (the
/// art. 19 group may borrow from DUO); Wi2013: everyone pays, with a DUO loan (DUO's page on
/// borrowing, via the Tijdlijn-check's rule data). DUO's fee and free attempts. Never depends on
/// the route.
fn kosten(s: &Situatie, a: &Advies, uitleg: &mut Vec<Uitleg>) -> Kosten {
    let examengeld = EXAMENGELD.geldend_of_eerste(s.peildatum);
    let gemeente = a.wet == Some(Regime::Wi2021) && s.verblijf.is_asielgroep();
    if gemeente {
        let gratis = GRATIS_POGINGEN.geldend_of_eerste(s.peildatum);
        let waarden = vec![Waarde::Bedrag(examengeld.waarde), Waarde::Getal(gratis.waarde.into())];
        uitleg.push(Uitleg::new(&t::KOSTEN_GEMEENTE, Bron::new(Wet::Wi2021, "art. 16"), waarden));
        return Kosten {
            examengeld: Some(examengeld.waarde),
            betaalt_gemeente: true,
            gratis_pogingen: Some(gratis.waarde),
            lening_mogelijk: false,
            lening_maximum: None,
        };
    }
    let maximum = LENING_MAXIMUM.geldend_of_eerste(s.peildatum);
    // Wi2013's loan rules were not read here: DUO's page on borrowing is the source for them.
    let bron = if a.wet == Some(Regime::Wi2013) { Bron::new(Wet::Duo, "lenen (inburgeren.nl)") } else { maximum.bron };
    let waarden = vec![Waarde::Bedrag(examengeld.waarde), Waarde::Bedrag(maximum.waarde)];
    uitleg.push(Uitleg::new(&t::KOSTEN_ZELF, bron, waarden));
    Kosten {
        examengeld: Some(examengeld.waarde),
        betaalt_gemeente: false,
        gratis_pogingen: Some(0),
        lening_mogelijk: true,
        lening_maximum: Some(maximum.waarde),
    }
}

/// Rijkswet op het Nederlanderschap art. 8 lid 1 onder c (five years of residence before the
/// request) and onder d (ingeburgerd: the diploma of the B1-route, the onderwijsroute or Wi2013
/// counts; a Z-route certificate or an ontheffing does not). The years count from the permit's
/// date given; for an asylum permit the IND counts from the asylum request, which may be earlier
/// (said in a sentence, not computed: the request date is not an input).
fn naturalisatie(
    s: &Situatie,
    a: &Advies,
    delen: &[PlanDeel],
    weken_tot_uitslag: u64,
    uitleg: &mut Vec<Uitleg>,
) -> Naturalisatie {
    let voldoet_diploma =
        matches!((a.wet, a.leerroute), (Some(Regime::Wi2013), _) | (_, Some(Leerroute::B1 | Leerroute::Onderwijs)));
    let jaren = if s.staatloos { &NATURALISATIE_JAREN_STAATLOOS } else { &NATURALISATIE_JAREN };
    let jaren = jaren.geldend_of_eerste(s.peildatum);
    let wonen = s.verblijfsdatum.map(|d| plus_maanden(d, 12 * jaren.waarde));
    // The diploma: the last part done, or DUO's result of an exam registered for today. A part
    // done on a day not known was done by the peildatum (`invoer::lees` refuses a later day, and
    // a later PVT or MAP does not count as done): that decides nothing once the years of
    // residence end on or after the peildatum, and leaves the date open before.
    let diploma = if delen.iter().all(|d| d.status == Status::Behaald) {
        let (mut laatste, mut bekend) = (None, true);
        for deel in delen {
            bekend &= deel.behaald_op.is_some();
            laatste = laatste.max(deel.behaald_op);
        }
        if bekend {
            laatste
        } else {
            wonen.filter(|w| *w >= s.peildatum).map(|_| s.peildatum)
        }
    } else {
        Some(s.peildatum + chrono::Days::new(7 * weken_tot_uitslag))
    };
    let vroegst = match (voldoet_diploma, wonen, diploma) {
        (true, Some(w), Some(d)) => Some(w.max(d)),
        _ => None,
    };
    let getal = Waarde::Getal(jaren.waarde.into());
    match vroegst {
        Some(datum) => {
            uitleg.push(Uitleg::new(&t::NATURALISATIE, jaren.bron, vec![Waarde::Datum(datum), getal]));
            // Art. 8 lid 2 to 4: a Dutch spouse or partner, ten years in all, statelessness;
            // only statelessness is an input, the rest is said.
            uitleg.push(Uitleg::new(
                &t::NATURALISATIE_KORTER,
                Bron::new(Wet::Rwn, "art. 8 lid 2 tot en met 4"),
                vec![],
            ));
        }
        None if a.leerroute == Some(Leerroute::Z) => {
            uitleg.push(Uitleg::new(&t::NATURALISATIE_Z, jaren.bron, vec![getal]))
        }
        None => {}
    }
    if s.verblijf == Verblijf::Asiel {
        uitleg.push(Uitleg::new(&t::NATURALISATIE_ASIEL, jaren.bron, vec![]));
    }
    Naturalisatie { vroegst, voldoet_diploma }
}

/// What happens after the term, one story per group: DUO fines no asylum status holder
/// ([`geen_boete`]; Wi2021 in the advice's own sentence, Wi2013 here with the rulings of
/// 9 July 2025 and 18 February 2026). For the others Wi2021 art. 24 and 25 (a fine, then a new term
/// of at most two years and a new fine every two years; the maximum amounts are in `regels` and
/// the advice's own sentence), for Wi2013 DUO's fine. Then the extension checklist: Besluit
/// art. 4.4 (six months after aanzienlijke inspanningen, only in the B1-route, lid 2 onder a;
/// lid 3: at least 450 hours for family and other migrants) and art. 4.3 (not verwijtbaar), each
/// with how likely it is; an extension is never added to a date of the plan.
fn gevolgen(s: &Situatie, a: &Advies, uitleg: &mut Vec<Uitleg>) {
    match (a.wet, geen_boete(s)) {
        (Some(Regime::Wi2013), true) => {
            uitleg.push(Uitleg::new(&crate::i18n::advies::BOETE_ASIEL, RVS_2025, vec![]));
            if OUDE_BOETE_VERVALT.geldend_of_eerste(s.peildatum).waarde {
                uitleg.push(Uitleg::new(&t::OUDE_BOETE_VERVALT, RVS_2026, vec![]));
            }
        }
        (Some(Regime::Wi2013), false) => {
            let boete = BOETE_WI2013.geldend_of_eerste(s.peildatum);
            uitleg.push(Uitleg::new(&t::BOETE_WI2013, boete.bron, vec![Waarde::Bedrag(boete.waarde)]));
        }
        (_, true) => {}
        (_, false) => {
            let nieuw = NIEUWE_TERMIJN_JAREN.geldend_of_eerste(s.peildatum);
            uitleg.push(Uitleg::new(&t::NIEUWE_TERMIJN, nieuw.bron, vec![Waarde::Getal(nieuw.waarde)]));
        }
    }
    if a.wet == Some(Regime::Wi2021) && a.leerroute == Some(Leerroute::B1) {
        let verlenging = super::regels::VERLENGING_MAANDEN.geldend_of_eerste(s.peildatum);
        let maanden = Waarde::Getal(verlenging.waarde);
        if s.verblijf.is_asielgroep() {
            uitleg.push(Uitleg::new(&t::VERLENGING_INSPANNINGEN, verlenging.bron, vec![maanden]));
        } else {
            let uren = super::regels::VERLENGING_UREN_GEZIN.geldend_of_eerste(s.peildatum);
            let waarden = vec![maanden, Waarde::Getal(uren.waarde)];
            uitleg.push(Uitleg::new(&t::VERLENGING_INSPANNINGEN_UREN, uren.bron, waarden));
        }
    }
    // For the ondertussengroep Wi2013 art. 7a lid 3 (the PVT's year) and art. 7b lid 3 onder a
    // (the exam's three years): "Onze Minister verlengt de termijn [...] indien de
    // inburgeringsplichtige aannemelijk maakt dat hem geen verwijt treft" (regelrecht-corpus
    // wet_inburgering/2021-12-31.yaml, read 2026-12-07); no article of the Wi2021 or its Besluit.
    // When to apply is in the Besluit inburgering of 2013, not read here.
    let (niet_verwijtbaar, niet_opgeteld) = if a.wet == Some(Regime::Wi2013) {
        (Bron::new(Wet::Wi2013, "art. 7a lid 3 en 7b lid 3 onder a"), Bron::new(Wet::Wi2013, "art. 7b lid 3"))
    } else {
        (Bron::new(Wet::Bi2021, "art. 4.3"), Bron::new(Wet::Wi2021, "art. 12 lid 1"))
    };
    uitleg.push(Uitleg::new(&t::VERLENGING_NIET_VERWIJTBAAR, niet_verwijtbaar, vec![]));
    uitleg.push(Uitleg::new(&t::VERLENGING_NIET_OPGETELD, niet_opgeteld, vec![]));
}

impl Plan {
    /// The open part whose date is [`Plan::begin_uiterlijk`]: the first thing to do.
    pub fn eerste(&self) -> Option<&PlanDeel> {
        let datum = self.begin_uiterlijk?;
        self.onderdelen.iter().find(|d| d.status == Status::Open && d.uiterlijk() == Some(datum))
    }
}

impl PlanDeel {
    /// The first date of this part: registration for an exam, else the day to finish it.
    pub fn uiterlijk(&self) -> Option<NaiveDate> {
        self.aanmelden_uiterlijk.or(self.examen_uiterlijk)
    }

    /// The contract's `bron`: the article, or DUO's waiting times with the date they were checked.
    pub fn bron_tekst(&self) -> String {
        match self.gecontroleerd {
            Some(datum) => format!("{}, gecontroleerd {}", self.bron.label(), crate::basis::datum::iso(datum)),
            None => self.bron.label(),
        }
    }
}

impl NaarJson for PlanDeel {
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[
                ("onderdeel", &self.deel),
                ("status", &self.status),
                ("examenUiterlijk", &self.examen_uiterlijk),
                ("aanmeldenUiterlijk", &self.aanmelden_uiterlijk),
                ("bron", &self.bron_tekst()),
                ("bronUrl", &self.bron.url_json()),
                ("behaaldOp", &self.behaald_op),
            ],
        )
    }
}

impl NaarJson for Kosten {
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[
                ("examengeld", &self.examengeld),
                ("betaaltGemeente", &self.betaalt_gemeente),
                ("gratisPogingen", &self.gratis_pogingen.map(i64::from)),
                ("leningMogelijk", &self.lening_mogelijk),
                ("leningMaximum", &self.lening_maximum),
            ],
        )
    }
}

impl NaarJson for Naturalisatie {
    fn schrijf(&self, uit: &mut String) {
        object(uit, &[("vroegst", &self.vroegst), ("voldoetDiploma", &self.voldoet_diploma)])
    }
}

impl NaarJson for Plan {
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[
                ("onderdelen", &self.onderdelen),
                ("beginUiterlijk", &self.begin_uiterlijk),
                ("kosten", &self.kosten),
                ("naturalisatie", &self.naturalisatie),
                ("uitleg", &self.uitleg),
            ],
        )
    }
}
