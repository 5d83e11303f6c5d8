//! The timeline: one line of dated items from the past through "today" to the term's end, with
//! the first action on top, past dates marked past, done parts ticked off (the person can tick
//! them: the form key `a:behaald.<code>`, the contract's `behaald`), and a "Why?" per date.
//!
//! Every dated item is a [`Moment`]; today they come from the plan and the term's end, and a
//! later step adds the gemeente's own traject steps to the same list. The same moments feed the
//! calendar file ([`afspraken`]) and the staff summary ([`samenvatting`]). Nothing is decided
//! here: the dates, statuses and sources are the core's.

use chrono::NaiveDate;

use super::agenda::Afspraak;
use super::dom::El;
use super::formulier::BEHAALD;
use super::teksten as w;
use super::weergave::waarom;
use crate::engine::advies::plan::{Deel, Plan, Status};
use crate::engine::advies::Advies;
use crate::engine::bron::{Bron, Wet};
use crate::engine::datum::iso;
use crate::i18n::{self, plan as p, Taal, Tekst, Waarde};

/// What happens on a moment's date.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Soort {
    Aanmelden,
    Examen,
    Klaar,
    EindeTermijn,
}

/// One dated item of the timeline: its date, what happens, the parts it is for (with their
/// status) and where the date comes from.
struct Moment {
    datum: NaiveDate,
    soort: Soort,
    delen: Vec<(Deel, Status)>,
    bron: Bron,
    bron_tekst: String,
}

/// The moments of an advice with a plan, in date order; parts on the same date, for the same
/// thing and from the same source share one moment.
fn momenten(advies: &Advies, plan: &Plan) -> Vec<Moment> {
    let mut lijst: Vec<Moment> = Vec::new();
    // Kept in date order while adding (a sort would add its code to the module).
    let mut voeg_toe = |moment: Moment| {
        let zelfde =
            |m: &&mut Moment| m.datum == moment.datum && m.soort == moment.soort && m.bron_tekst == moment.bron_tekst;
        match lijst.iter_mut().find(zelfde) {
            Some(m) => m.delen.extend(moment.delen),
            None => lijst.insert(lijst.partition_point(|m| m.datum <= moment.datum), moment),
        }
    };
    for deel in &plan.onderdelen {
        let soort = if deel.deel.is_examen() { Soort::Examen } else { Soort::Klaar };
        for (datum, soort) in [(deel.aanmelden_uiterlijk, Soort::Aanmelden), (deel.examen_uiterlijk, soort)] {
            if let Some(datum) = datum {
                let (bron, bron_tekst) = (deel.bron, deel.bron_tekst());
                voeg_toe(Moment { datum, soort, delen: vec![(deel.deel, deel.status)], bron, bron_tekst });
            }
        }
    }
    if let Some(termijn) = &advies.termijn {
        let bron = Bron::new(Wet::Wi2021, "art. 11 lid 1 en 2");
        voeg_toe(Moment {
            datum: termijn.einde,
            soort: Soort::EindeTermijn,
            delen: Vec::new(),
            bron,
            bron_tekst: bron.label(),
        });
    }
    lijst
}

fn namen(taal: Taal, delen: &[(Deel, Status)]) -> String {
    // The parts still to do; a part done is ticked off below the title instead.
    let alles_gehaald = delen.iter().all(|(_, s)| *s == Status::Behaald);
    let komma = if taal.rechts_naar_links() { "، " } else { ", " };
    let mut uit = String::new();
    for (deel, _) in delen.iter().filter(|(_, s)| alles_gehaald || *s != Status::Behaald) {
        if !uit.is_empty() {
            uit.push_str(komma);
        }
        uit.push_str(deel.naam().in_taal(taal));
    }
    uit
}

fn titel(taal: Taal, moment: &Moment) -> String {
    let tekst: &Tekst = match moment.soort {
        Soort::Aanmelden => &p::AANMELDEN_VOOR,
        Soort::Examen => &p::EXAMEN_VOOR,
        Soort::Klaar => &p::KLAAR_VOOR,
        Soort::EindeTermijn => return p::EINDE_TERMIJN.in_taal(taal).to_owned(),
    };
    tekst.vul(taal, &[Waarde::Letterlijk(namen(taal, &moment.delen))])
}

/// The first action in plain words: "Meld u uiterlijk 3 maart 2027 aan voor het examen Lezen."
fn eerste_actie(taal: Taal, plan: &Plan) -> Option<String> {
    if plan.onderdelen.iter().all(|d| d.status == Status::Behaald) {
        return Some(p::ALLES_BEHAALD.in_taal(taal).to_owned());
    }
    let eerste = plan.eerste()?;
    let zin = if eerste.aanmelden_uiterlijk.is_some() { &p::EERST_AANMELDEN } else { &p::EERST_AFRONDEN };
    let datum = eerste.uiterlijk()?;
    Some(zin.vul(taal, &[Waarde::Datum(datum), Waarde::Tekst(eerste.deel.naam())]))
}

/// A part's status in words, when it is not simply open.
fn status_tekst(status: Status) -> Option<&'static Tekst> {
    match status {
        Status::Behaald => Some(&p::BEHAALD),
        Status::TeLaat => Some(&p::TE_LAAT_KORT),
        Status::Open => None,
    }
}

fn moment_el(taal: Taal, medewerker: bool, moment: &Moment, vandaag: NaiveDate) -> El {
    let voorbij = moment.datum < vandaag;
    let klaar = !moment.delen.is_empty() && moment.delen.iter().all(|(_, s)| *s == Status::Behaald);
    let klasse = match (klaar, voorbij) {
        (true, _) => "moment behaald",
        (false, true) => "moment voorbij",
        (false, false) => "moment",
    };
    let mut kop = El::new("p")
        .class("wanneer")
        .kind(El::new("time").attr("datetime", &iso(moment.datum)).text(&i18n::datum(taal, moment.datum)));
    if voorbij && !klaar {
        kop = kop.text(" · ").kind(El::new("span").class("label").text(p::VOORBIJ.in_taal(taal)));
    }
    let mut li = El::new("li").class(klasse).kind(kop).kind(El::new("p").class("wat").text(&titel(taal, moment)));
    let mut status = El::new("ul").class("status");
    let mut met_status = false;
    for (deel, s) in &moment.delen {
        if let Some(tekst) = status_tekst(*s) {
            let teken = if *s == Status::Behaald { "✓ " } else { "! " };
            status = status.kind(El::new("li").text(&format!(
                "{teken}{}: {}",
                deel.naam().in_taal(taal),
                tekst.in_taal(taal)
            )));
            met_status = true;
        }
    }
    if met_status {
        li = li.kind(status);
    }
    li.kind(waarom(taal, medewerker, moment.bron, &moment.bron_tekst))
}

fn vandaag_el(taal: Taal, vandaag: NaiveDate) -> El {
    El::new("li")
        .class("moment vandaag")
        .attr("aria-current", "date")
        .kind(
            El::new("p")
                .class("wanneer")
                .kind(El::new("time").attr("datetime", &iso(vandaag)).text(&i18n::datum(taal, vandaag))),
        )
        .kind(El::new("p").class("wat").text(p::VANDAAG.in_taal(taal)))
}

/// The person ticks what is done; each box is a form control the element forwards like any
/// answer (`a:behaald.<code>` = `ja`).
fn vinkjes(taal: Taal, plan: &Plan) -> El {
    let mut veld = El::new("fieldset").class("behaald").kind(El::new("legend").text(p::IK_HEB_GEHAALD.in_taal(taal)));
    for deel in &plan.onderdelen {
        let code = deel.deel.code();
        let id = format!("behaald-{code}");
        let vak = El::new("input").attr("type", "checkbox").id(&id).attr("name", &format!("{BEHAALD}{code}")).attr_als(
            deel.status == Status::Behaald,
            "checked",
            "",
        );
        let label = El::new("label").attr("for", &id).text(deel.deel.naam().in_taal(taal));
        veld = veld.kind(El::new("div").class("vinkje").kind(vak).kind(label));
    }
    veld
}

/// The plan's part of the result: heading, first action, the timeline, the boxes to tick and
/// the planner's explanations.
#[inline(never)]
pub fn tijdlijn(taal: Taal, medewerker: bool, advies: &Advies, plan: &Plan) -> Vec<El> {
    let vandaag = plan.peildatum;
    let mut blokken = vec![El::new("h5").text(p::KOP_PLAN.in_taal(taal))];
    if let Some(zin) = eerste_actie(taal, plan) {
        blokken.push(El::new("p").class("eerste-actie").text(&zin));
    }
    let lijst = momenten(advies, plan);
    if !lijst.is_empty() {
        let mut lijn = El::new("ol").class("tijdlijn");
        let mut vandaag_getekend = false;
        for moment in &lijst {
            if !vandaag_getekend && moment.datum >= vandaag {
                lijn = lijn.kind(vandaag_el(taal, vandaag));
                vandaag_getekend = true;
            }
            lijn = lijn.kind(moment_el(taal, medewerker, moment, vandaag));
        }
        if !vandaag_getekend {
            lijn = lijn.kind(vandaag_el(taal, vandaag));
        }
        blokken.push(lijn);
    }
    blokken.push(vinkjes(taal, plan));
    let stappen = plan.uitleg.iter().map(|stap| {
        El::new("li").kind(El::new("p").text(&stap.tekst(taal))).kind(waarom(
            taal,
            medewerker,
            stap.bron,
            &stap.bron.label(),
        ))
    });
    blokken.push(El::new("ul").class("uitleg plan-uitleg").kinderen(stappen));
    blokken
}

/// The calendar events of the plan: each registration date still ahead for a part still open,
/// with the article (or DUO's waiting times) in the description (the calendar file gives every
/// event its reminders).
pub fn afspraken(taal: Taal, advies: &Advies) -> Vec<Afspraak> {
    let mut lijst = Vec::new();
    let Some(plan) = &advies.plan else { return lijst };
    for mut moment in momenten(advies, plan) {
        moment.delen.retain(|(_, s)| *s == Status::Open);
        if moment.soort != Soort::Aanmelden || moment.datum < plan.peildatum || moment.delen.is_empty() {
            continue;
        }
        let titel = titel(taal, &moment);
        lijst.push(Afspraak {
            datum: moment.datum,
            tot: moment.datum,
            beschrijving: format!("{titel} ({}) {}", moment.bron_tekst, w::INDICATIEF.in_taal(taal)),
            titel,
        });
    }
    lijst
}

/// The plan as plain text for the staff summary (Dutch).
pub fn samenvatting(advies: &Advies) -> Vec<String> {
    let nl = Taal::Nl;
    let Some(plan) = &advies.plan else { return Vec::new() };
    let mut regels = vec![String::new(), p::KOP_PLAN.in_taal(nl).to_owned()];
    regels.extend(eerste_actie(nl, plan));
    for moment in momenten(advies, plan) {
        let mut regel = format!("- {}", i18n::datum(nl, moment.datum));
        if moment.datum < plan.peildatum {
            regel.push_str(&format!(" ({})", p::VOORBIJ.in_taal(nl)));
        }
        regel.push_str(&format!(": {} ({})", titel(nl, &moment), moment.bron_tekst));
        for (deel, s) in &moment.delen {
            if let Some(tekst) = status_tekst(*s) {
                regel.push_str(&format!(" [{} {}]", deel.naam().in_taal(nl), tekst.in_taal(nl)));
            }
        }
        regels.push(regel);
    }
    for stap in &plan.uitleg {
        regels.push(format!("* {} ({})", stap.tekst(nl), stap.bron.label()));
    }
    regels
}
