//! The timeline: the core's one line ([`crate::engine::tijdlijn`]: the statutory dates, the exam
//! plan's dates and the gemeente's traject steps, in date order) drawn from the past through
//! "today" to the last date, past dates marked past, a running step as "now: week 3 of 5", each
//! with who runs it and a "Why?" with its source. The same line goes into the print view (the
//! result is printed) and the calendar file ([`afspraken`]); the staff summary reads the same line
//! through `engine::caseload::actie` ([`super::samenvatting`]).
//! Then the plan's own block: the first action, the parts to tick off (the form key
//! `a:behaald.<code>`, the contract's `behaald`) and the planner's explanations. Nothing is
//! decided here: the dates, their order, statuses and sources are the core's.

use chrono::NaiveDate;

use super::agenda::{Afspraak, Herinnering};
use super::dom::{self, El};
use super::formulier::{Antwoorden, BEHAALD};
use super::invoer;
use super::samengevoegd;
use super::traject::wanneer;
use crate::basis::datum::iso;
use crate::engine::advies::plan::Plan;
use crate::engine::advies::Advies;
use crate::engine::antwoord::Antwoord;
use crate::engine::bron::{Bron, Wet};
use crate::engine::codes::{Deel, Status};
use crate::engine::tijdlijn::{tijdlijn, Moment, PlanSoort, Stand, Wat, Wettelijk};
use crate::i18n::widget as w;
use crate::i18n::{self, fouten, plan as p, traject as t, Taal, Tekst, Waarde};

/// "Why?" (of every explanation of the result, and of each moment of the line): the source `label` with its link on wetten.overheid.nl when it has one.
pub fn waarom(taal: Taal, medewerker: bool, bron: Bron, label: &str) -> El {
    let bron = match bron.url() {
        Some(url) => dom::veilige_link(&url, &w::LEES_WET.vul(taal, &[Waarde::Letterlijk(label.to_owned())])),
        // A policy source has no link; its description is Dutch, and marked so.
        None => El::new("span").attr("lang", "nl").text(label),
    };
    // On paper the link's "(opens in a new window)" means nothing: the article alone is printed.
    El::new("details").attr_als(medewerker, "open", "").kind(El::new("summary").text(w::WAAROM.in_taal(taal))).kind(
        El::new("p")
            .class("bron")
            .kind(bron.class("geen-print"))
            .kind(El::new("span").class("alleen-print").text(label)),
    )
}

fn namen(taal: Taal, delen: &[(Deel, Status)]) -> String {
    // The parts still to do; a part done is ticked off below the title instead.
    let alles_gehaald = delen.iter().all(|(_, s)| *s == Status::Behaald);
    let komma = if taal.rechts_naar_links() { "، " } else { ", " };
    let te_doen = delen.iter().filter(|(_, s)| alles_gehaald || *s != Status::Behaald);
    samengevoegd(te_doen.map(|(deel, _)| deel.naam().in_taal(taal)), komma)
}

/// A plan date's label: each is the last day for it, and says so.
fn plan_label(soort: PlanSoort) -> &'static Tekst {
    match soort {
        PlanSoort::Aanmelden => &p::AANMELDEN_VOOR,
        PlanSoort::Examen => &p::EXAMEN_VOOR,
        PlanSoort::Klaar => &p::KLAAR_VOOR,
    }
}

fn plan_titel(taal: Taal, soort: PlanSoort, delen: &[(Deel, Status)]) -> String {
    plan_label(soort).vul(taal, &[Waarde::Letterlijk(namen(taal, delen))])
}

/// A statutory date's sentence (in the past tense once it is past) and what the person does
/// about it.
fn wet_zin(
    taal: Taal,
    advies: &Advies,
    soort: Wettelijk,
    moment: &Moment,
    vandaag: NaiveDate,
) -> (String, Option<&'static Tekst>) {
    let (datum, tot) = (moment.datum.unwrap_or(vandaag), moment.tot.unwrap_or(vandaag));
    let (zinnen, waarden, doen): ([&Tekst; 2], Vec<Waarde>, _) = match soort {
        Wettelijk::Pip => ([&w::DATUM_PIP, &w::DATUM_PIP_VOORBIJ], vec![Waarde::Datum(tot)], Some(&w::DOEN_PIP)),
        Wettelijk::Termijn => {
            let (begin, jaren) = advies.termijn.as_ref().map_or((tot, 0), |t| (t.begin, t.jaren));
            (
                [&w::DATUM_TERMIJN, &w::DATUM_TERMIJN_VOORBIJ],
                vec![Waarde::Datum(tot), Waarde::Datum(begin), Waarde::Getal(i64::from(jaren))],
                Some(&w::DOEN_TERMIJN),
            )
        }
        Wettelijk::Routewissel => (
            [&w::DATUM_ROUTEWISSEL, &w::DATUM_ROUTEWISSEL_VOORBIJ],
            vec![Waarde::Datum(tot)],
            Some(&w::DOEN_ROUTEWISSEL),
        ),
        Wettelijk::Ontzorgen => (
            [&w::DATUM_ONTZORGEN, &w::DATUM_ONTZORGEN_VOORBIJ],
            vec![Waarde::Datum(datum), Waarde::Datum(tot)],
            Some(&w::DOEN_ONTZORGEN),
        ),
        // Reaching AOW age ends the obligation; a past one means there is none.
        Wettelijk::Aow => ([&w::DATUM_AOW, &w::DATUM_AOW], vec![Waarde::Datum(tot)], None),
    };
    (zinnen[usize::from(tot < vandaag)].vul(taal, &waarden), doen)
}

/// What happens on a moment, in one line.
fn wat(taal: Taal, advies: &Advies, moment: &Moment, vandaag: NaiveDate) -> String {
    match &moment.wat {
        Wat::Wet(soort, _) => wet_zin(taal, advies, *soort, moment, vandaag).0,
        Wat::Plan { soort, delen, .. } => plan_titel(taal, *soort, delen),
        Wat::Stap(stap) => stap.naam.in_taal(taal).to_owned(),
    }
}

/// When: the date, a step's period, or what an undated step waits for.
fn wanneer_tekst(taal: Taal, moment: &Moment) -> String {
    match (&moment.wat, moment.datum) {
        (Wat::Stap(stap), _) => wanneer(taal, stap).unwrap_or_default(),
        (_, Some(datum)) if moment.tot != Some(datum) => {
            t::PERIODE.vul(taal, &[Waarde::Datum(datum), Waarde::Datum(moment.tot.unwrap_or(datum))])
        }
        (_, datum) => datum.map(|d| i18n::datum(taal, d)).unwrap_or_default(),
    }
}

/// Where it stands, in words, when that is more than its place in the line says.
fn stand_tekst(taal: Taal, moment: &Moment, vandaag: NaiveDate) -> Option<String> {
    let stap = matches!(moment.wat, Wat::Stap(_));
    match moment.stand(vandaag) {
        Stand::Voorbij => Some(p::VOORBIJ.in_taal(taal).to_owned()),
        Stand::Bezig { week, weken } => {
            Some(t::BEZIG.vul(taal, &[Waarde::Getal(i64::from(week)), Waarde::Getal(i64::from(weken))]))
        }
        Stand::Begonnen => Some(t::BEGONNEN.in_taal(taal).to_owned()),
        Stand::Gedaan if stap => Some(t::AFGEROND.in_taal(taal).to_owned()),
        Stand::Komend if stap => Some(t::GEPLAND.in_taal(taal).to_owned()),
        _ => None,
    }
}

/// The source: the article of a statutory or plan date, the gemeente's own for its step.
fn bron(moment: &Moment) -> Option<(Bron, String)> {
    match &moment.wat {
        Wat::Wet(_, uitleg) => uitleg.map(|u| (u.bron, u.bron.label())),
        Wat::Plan { bron, bron_tekst, .. } => Some((*bron, bron_tekst.clone())),
        Wat::Stap(stap) => stap.bron.clone().map(|b| (Bron::new(Wet::Beleid, ""), b)),
    }
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

fn moment_el(taal: Taal, medewerker: bool, advies: &Advies, moment: &Moment, vandaag: NaiveDate) -> El {
    let stand = moment.stand(vandaag);
    let soort = match moment.wat {
        Wat::Wet(..) => "wet",
        Wat::Plan { .. } => "plan",
        Wat::Stap(_) => "stap",
    };
    let klasse = match stand {
        Stand::Gedaan => "behaald",
        Stand::Voorbij => "voorbij",
        Stand::Bezig { .. } => "bezig",
        _ => "",
    };
    let tekst = wanneer_tekst(taal, moment);
    let mut kop = El::new("p").class("wanneer");
    kop = match moment.datum {
        Some(datum) => kop.kind(El::new("time").attr("datetime", &iso(datum)).text(&tekst)),
        None => kop.text(&tekst),
    };
    if let Some(label) = stand_tekst(taal, moment, vandaag) {
        kop = kop.text(" · ").kind(El::new("span").class("label").text(&label));
    }
    let mut li = El::new("li")
        .class(format!("moment {soort} {klasse}").trim_end())
        .attr_als(matches!(stand, Stand::Bezig { .. }), "aria-current", "step")
        .kind(kop)
        .kind(El::new("p").class("wat").text(&wat(taal, advies, moment, vandaag)));
    match &moment.wat {
        Wat::Plan { delen, .. } => {
            let status = delen.iter().filter_map(|(deel, s)| {
                let tekst = status_tekst(*s)?;
                let teken = if *s == Status::Behaald { "✓ " } else { "! " };
                // The day it was passed, when known (issue 23 point 9).
                let onderdelen = advies.plan.iter().flat_map(|plan| &plan.onderdelen);
                let op = onderdelen.filter(|d| d.deel == *deel).find_map(|d| d.behaald_op);
                let dag = op.map(|d| format!(" ({})", i18n::datum(taal, d))).unwrap_or_default();
                Some(El::new("li").text(&format!("{teken}{}: {}{dag}", deel.naam().in_taal(taal), tekst.in_taal(taal))))
            });
            let status: Vec<El> = status.collect();
            if !status.is_empty() {
                li = li.kind(El::new("ul").class("status").kinderen(status));
            }
        }
        Wat::Stap(stap) => {
            if let Some(omschrijving) = &stap.omschrijving {
                li = li.kind(El::new("p").text(omschrijving.in_taal(taal)));
            }
            if let Some(contact) = &stap.uitvoerder {
                let met = t::MET.vul(taal, &[Waarde::Letterlijk(contact.naam.in_taal(taal).into())]);
                li = li.kind(El::new("p").class("met").text(&met));
            }
        }
        Wat::Wet(..) => {}
    }
    match bron(moment) {
        Some((bron, label)) => li.kind(waarom(taal, medewerker, bron, &label)),
        None => li,
    }
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

/// The person ticks what is done and, under a ticked box, may type the day it was passed (issue
/// 23 point 9: the contract's `behaald[].datum`); each box and each part of the day is a form
/// control the element forwards like any answer (`a:behaald.<code>` = `ja`,
/// `a:behaald.<code>.dag`, ...), the day with an empty place for the message when the core
/// refuses it (`v-behaald-<code>`, `fout-behaald-<code>`, filled as a question's).
fn vinkjes(taal: Taal, plan: &Plan, antwoorden: &Antwoorden) -> El {
    let mut veld = El::new("fieldset").class("behaald").kind(El::new("legend").text(p::IK_HEB_GEHAALD.in_taal(taal)));
    for deel in &plan.onderdelen {
        let code = deel.deel.code();
        let (id, sleutel) = (format!("behaald-{code}"), format!("{BEHAALD}{code}"));
        let aan = antwoorden.get(&sleutel) == "ja";
        let vak = El::new("input").attr("type", "checkbox").id(&id).attr("name", &sleutel).attr_als(aan, "checked", "");
        let label = El::new("label").attr("for", &id).text(deel.deel.naam().in_taal(taal));
        veld = veld.kind(El::new("div").class("vinkje").kind(vak).kind(label));
        if aan {
            let dag = El::new("fieldset")
                .class("dag-gehaald")
                .id(&format!("v-{id}"))
                .kind(El::new("legend").text(fouten::DE_DAG_GEHAALD.in_taal(taal)))
                .kind(invoer::datum(taal, antwoorden, &sleutel))
                .kind(El::new("p").class("fout").id(&format!("fout-{id}")).attr("hidden", ""));
            veld = veld.kind(dag);
        }
    }
    veld
}

/// The one line: its heading, the note that the gemeente's dates are estimates (when it has
/// steps), and the moments with "today" among them. Nothing when there is no date at all.
#[inline(never)]
pub fn lijn(taal: Taal, medewerker: bool, antwoord: &Antwoord, vandaag: NaiveDate) -> Vec<El> {
    let advies = &antwoord.advies;
    let lijst = tijdlijn(antwoord);
    if lijst.is_empty() {
        return Vec::new();
    }
    let mut blokken = vec![El::new("h5").text(w::KOP_DATUMS.in_taal(taal))];
    if !antwoord.traject.is_empty() {
        blokken.push(El::new("p").class("hint").text(t::TRAJECT_UITLEG.in_taal(taal)));
    }
    let mut lijn = El::new("ol").class("tijdlijn");
    let mut vandaag_getekend = false;
    for moment in &lijst {
        if !vandaag_getekend && moment.datum.is_none_or(|d| d >= vandaag) {
            lijn = lijn.kind(vandaag_el(taal, vandaag));
            vandaag_getekend = true;
        }
        lijn = lijn.kind(moment_el(taal, medewerker, advies, moment, vandaag));
    }
    if !vandaag_getekend {
        lijn = lijn.kind(vandaag_el(taal, vandaag));
    }
    blokken.push(lijn);
    blokken
}

/// The first thing to do, on top of the result, before the line of dates (issue 26: below a
/// long line it was two screens down).
pub fn eerste_actie_blok(taal: Taal, plan: &Plan) -> Option<El> {
    eerste_actie(taal, plan).map(|zin| El::new("p").class("eerste-actie").text(&zin))
}

/// The planner's explanations that are printed too: what it costs and when the person can
/// become Dutch (the rest stays on screen, to keep the advice on two sheets).
const OP_PAPIER: [&Tekst; 5] =
    [&p::KOSTEN_GEMEENTE, &p::KOSTEN_ZELF, &p::NATURALISATIE, &p::NATURALISATIE_Z, &p::NATURALISATIE_ASIEL];

/// The plan's part of the result: heading, the boxes to tick (holding `antwoorden`) and the
/// planner's explanations (its dates are in the line).
#[inline(never)]
pub fn plan_blok(taal: Taal, medewerker: bool, plan: &Plan, antwoorden: &Antwoorden) -> Vec<El> {
    let mut blokken = vec![El::new("h5").text(p::KOP_PLAN.in_taal(taal))];
    blokken.push(vinkjes(taal, plan, antwoorden));
    let stappen = plan.uitleg.iter().map(|stap| {
        El::new("li")
            .attr_als(OP_PAPIER.contains(&stap.regel), "class", "op-papier")
            .kind(El::new("p").text(&stap.tekst(taal)))
            .kind(waarom(taal, medewerker, stap.bron, &stap.bron.label()))
    });
    blokken.push(El::new("ul").class("uitleg plan-uitleg").kinderen(stappen));
    blokken
}

/// The line's dated moments still to come as calendar events, in the reader's language, each
/// part of the description on a line of its own:
/// - a statutory date: its sentence, with the explanation step that gave it (article and link)
///   and what to do; reminders before its (last) day, none when there is nothing to do;
/// - a plan date with parts still open: a registration date (what to register for and by when,
///   and how the planner counted, with its source), or the last day to finish a part without an
///   exam (the PVT, the MAP: the walk of 7 December 2026 missed them); an exam's own last day
///   follows from its registration;
/// - a step: its days as one event (a step with a duration spans them all), with when, what and
///   who; reminders before its first day, since that is when the person has to be there.
pub fn afspraken(taal: Taal, antwoord: &Antwoord, vandaag: NaiveDate) -> Vec<Afspraak> {
    let advies = &antwoord.advies;
    let mut lijst = Vec::new();
    for moment in tijdlijn(antwoord) {
        let (Some(datum), Some(tot)) = (moment.datum, moment.tot) else { continue };
        let mut beschrijving = Vec::new();
        let (titel, herinnering, sleutel) = match &moment.wat {
            Wat::Wet(soort, uitleg) => {
                let (zin, doen) = wet_zin(taal, advies, *soort, &moment, vandaag);
                if let Some(stap) = uitleg {
                    beschrijving.push(format!("{} ({})", stap.tekst(taal), stap.bron.label()));
                    beschrijving.extend(stap.bron.url());
                }
                beschrijving.extend(doen.map(|doen| doen.in_taal(taal).to_owned()));
                let herinnering = if doen.is_some() { Herinnering::VoorLaatsteDag } else { Herinnering::Geen };
                // The enum's place: the statutory date it is, in no language.
                (zin, herinnering, format!("wet-{}", *soort as i64))
            }
            Wat::Plan { soort, delen, bron, .. } => {
                let open: Vec<_> = delen.iter().copied().filter(|(_, s)| *s == Status::Open).collect();
                // An exam's own day follows from its registration, which is the event.
                if *soort == PlanSoort::Examen || open.is_empty() {
                    continue;
                }
                let aanmelden = *soort == PlanSoort::Aanmelden;
                let zin = if aanmelden { &p::EERST_AANMELDEN } else { &p::EERST_AFRONDEN };
                for (deel, _) in &open {
                    beschrijving.push(zin.vul(taal, &[Waarde::Datum(tot), Waarde::Tekst(deel.naam())]));
                }
                let plan = advies.plan.iter().flat_map(|plan| &plan.uitleg);
                for stap in plan.filter(|stap| aanmelden && stap.regel.code == p::LEADTIJDEN.code) {
                    beschrijving.push(format!("{} ({})", stap.tekst(taal), stap.bron.label()));
                }
                // The article behind the last day to finish, as for a statutory date.
                if !aanmelden {
                    beschrijving.push(format!("({})", bron.label()));
                    beschrijving.extend(bron.url());
                }
                // All its parts, those ticked off too: the same event while the person ticks.
                let sleutel = samengevoegd(delen.iter().map(|(deel, _)| deel.code()), "-");
                let sleutel = format!("{}-{sleutel}", if aanmelden { "aanmelden" } else { "klaar" });
                (plan_titel(taal, *soort, &open), Herinnering::VoorLaatsteDag, sleutel)
            }
            Wat::Stap(stap) => {
                beschrijving.push(wanneer_tekst(taal, &moment));
                beschrijving.extend(stap.omschrijving.as_ref().map(|o| o.in_taal(taal).to_owned()));
                if let Some(contact) = &stap.uitvoerder {
                    beschrijving.push(t::MET.vul(taal, &[Waarde::Letterlijk(contact.naam.in_taal(taal).into())]));
                }
                let titel = stap.naam.in_taal(taal).to_owned();
                (titel, Herinnering::VoorEersteDag, format!("stap-{}", stap.naam.nl))
            }
        };
        let beschrijving = samengevoegd(beschrijving, "\n");
        lijst.push(Afspraak { datum, tot, titel, beschrijving, herinnering, sleutel });
    }
    lijst
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::gemeente::Gemeente;
    use crate::engine::json::Json;
    use crate::i18n::termen;
    use crate::web::{agenda, dom};

    #[test]
    fn every_deadline_label_says_it_is_the_last_day_in_every_language() {
        // The line's and the calendar's titles, and the first action.
        let plan = [PlanSoort::Aanmelden, PlanSoort::Examen, PlanSoort::Klaar].map(plan_label);
        let wet: [&Tekst; 5] =
            [&w::DATUM_PIP, &w::DATUM_PIP_VOORBIJ, &w::DATUM_TERMIJN, &w::DATUM_TERMIJN_VOORBIJ, &w::DATUM_ROUTEWISSEL];
        let eerst: [&Tekst; 2] = [&p::EERST_AANMELDEN, &p::EERST_AFRONDEN];
        for tekst in plan.into_iter().chain(wet).chain(eerst) {
            for taal in Taal::ALLE {
                let zin = tekst.in_taal(taal);
                assert!(termen::noemt_begrip(taal, zin, termen::UITERLIJK), "{} [{}]: {zin}", tekst.code, taal.code());
            }
        }
    }

    /// A Haarlem status holder in week 3 of the introductieprogramma, with the PIP signed and the
    /// B1 route: the steps, the statutory dates and the exam plan in one line.
    fn advies() -> Antwoord {
        let config = r#"{"contacten": [{"id": "klantmanager", "naam": "Klantmanager", "rol": "Voor uw geld."}],
            "traject": [{"naam": "<b>Intro</b>", "omschrijving": "Vier ochtenden per week.", "uitvoerder": "klantmanager", "wanneer": {"na": "bijstand", "weken": 3},
                         "duurWeken": 5, "bron": "Voortgangsrapportage Haarlem"},
                        {"naam": "Werk", "wanneer": {"na": "huisvesting"}}]}"#;
        let gemeente = Gemeente::lees(&Json::lees_tekst(config).unwrap()).unwrap();
        let situatie = r#"{"peildatum": "2026-03-18", "geboortedatum": "1995-05-01", "nationaliteit": "ER",
            "verblijf": "asiel", "verblijfsdatum": "2026-01-05", "bijstand": true, "bijstandSinds": "2026-02-09",
            "leerplichtig": false, "nlDiploma": false, "duoBriefDatum": "2026-02-16", "pipDatum": "2026-03-10",
            "leerbaarheidstoets": {"score": 30, "datum": "2026-02-20"}}"#;
        crate::engine::antwoord::antwoord(&Json::lees_tekst(situatie).unwrap(), &gemeente).unwrap()
    }

    const VANDAAG: NaiveDate = match NaiveDate::from_ymd_opt(2026, 3, 18) {
        Some(d) => d,
        None => panic!(),
    };

    #[test]
    fn the_line_holds_the_steps_the_statutory_dates_and_the_plan_with_today_among_them() {
        let a = advies();
        let tekst = dom::teksten_van(|| {
            lijn(Taal::En, false, &a, VANDAAG);
        });
        let plek =
            |deel: &str| tekst.iter().position(|t| t.contains(deel)).unwrap_or_else(|| panic!("{deel} in {tekst:#?}"));
        // The running step: its period, "now: week 3 of 5", who runs it and the gemeente's source.
        let intro = plek("<b>Intro</b>");
        assert!(tekst.contains(&"2 March 2026 up to and including 5 April 2026".to_owned()), "{tekst:#?}");
        assert!(tekst.contains(&"Now: week 3 of 5".to_owned()), "{tekst:#?}");
        assert!(tekst.contains(&"With: Klantmanager".to_owned()), "{tekst:#?}");
        assert!(plek("Voortgangsrapportage Haarlem") > intro);
        // In date order with today among them: the step began before today, the plan's
        // registration comes after it, the undated step last. The PIP is signed, so its deadline
        // is not in the line (issue 26).
        let vandaag = plek("Today");
        let aanmelden = plek("Last day to register");
        let werk = plek("Werk");
        assert!(intro < vandaag && vandaag < aanmelden && aanmelden < werk, "{tekst:#?}");
        assert!(!tekst.iter().any(|t| t.contains("PIP must")), "{tekst:#?}");
        assert_eq!((werk, tekst[werk - 1].as_str()), (tekst.len() - 1, t::NA_HUISVESTING.in_taal(Taal::En)));
        // The running step is marked as the current one; in Arabic its status is in Arabic.
        dom::neem();
        lijn(Taal::Ar, false, &a, VANDAAG);
        let ops = dom::neem();
        assert!(ops.contains("moment stap bezig") && ops.contains("aria-current\u{1f}step"), "{ops}");
        assert!(ops.contains(&t::BEZIG.vul(Taal::Ar, &[Waarde::Getal(3), Waarde::Getal(5)])));
    }

    /// The calendar file, parsed: every event's start, end and reminders.
    #[test]
    fn the_calendar_file_has_the_steps_as_multi_day_events_reminded_before_their_start() {
        let a = advies();
        let lijst = afspraken(Taal::Nl, &a, VANDAAG);
        let tekst = agenda::ics(&lijst, VANDAAG, &Json::Null).replace("\r\n ", "");
        let events: Vec<&str> = tekst.split("BEGIN:VEVENT\r\n").skip(1).collect();
        let veld = |event: &str, naam: &str| -> Vec<String> {
            event.lines().filter_map(|l| l.strip_prefix(naam)).map(str::to_owned).collect()
        };
        let intro = events.iter().find(|e| veld(e, "SUMMARY:") == ["<b>Intro</b>"]).expect("the step is in the file");
        assert_eq!(veld(intro, "DTSTART;VALUE=DATE:"), ["20260302"]);
        assert_eq!(veld(intro, "DTEND;VALUE=DATE:"), ["20260406"], "five weeks, the day after the last");
        assert_eq!(veld(intro, "TRIGGER;RELATED=START:"), ["-P6DT15H", "-PT15H"]);
        assert!(veld(intro, "DESCRIPTION:")[0].contains("Met: Klantmanager"));
        // A deadline is reminded before its day; the undated step is not in the file, nor the
        // deadline of the PIP signed.
        let termijn = events.iter().find(|e| veld(e, "SUMMARY:")[0].contains("klaar zijn met inburgeren")).unwrap();
        assert_eq!(veld(termijn, "TRIGGER;RELATED=END:"), ["-P14DT15H", "-P1DT15H"]);
        assert!(!tekst.contains("PIP moet"));
        assert!(!tekst.contains("SUMMARY:Werk"));
        // Every dated moment still to come is an event, in the line's order.
        let starts: Vec<String> = events.iter().flat_map(|e| veld(e, "DTSTART;VALUE=DATE:")).collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
        assert!(events.len() >= 5, "{}", events.len());
    }

    /// Review 2026-12-07, F11: in every language, a step's parts each on a line (no "stappen..",
    /// "።."), the registration date says what to do without the planner's check date, and
    /// AOW age, with nothing to do, has no reminder.
    #[test]
    fn calendar_descriptions_say_what_to_do_in_plain_lines() {
        let a = advies();
        for taal in Taal::ALLE {
            let lijst = afspraken(taal, &a, VANDAAG);
            for afspraak in &lijst {
                let b = &afspraak.beschrijving;
                assert!(!b.contains("..") && !b.contains("።.") && !b.contains("gecontroleerd"), "{b}");
            }
            let aanmelden = lijst.iter().find(|a| a.sleutel.starts_with("aanmelden-")).expect("a registration date");
            // A part without an exam: the last day to finish it, reminded before that day.
            let klaar = lijst.iter().find(|a| a.sleutel.starts_with("klaar-")).expect("a day to finish the PVT or MAP");
            let deel = if klaar.sleutel.contains("pvt") { Deel::Pvt } else { Deel::Map };
            let afronden = p::EERST_AFRONDEN.vul(taal, &[Waarde::Datum(klaar.tot), Waarde::Tekst(deel.naam())]);
            assert_eq!(klaar.beschrijving.lines().next(), Some(afronden.as_str()));
            assert_eq!(klaar.herinnering, Herinnering::VoorLaatsteDag);
            let lezen =
                p::EERST_AANMELDEN.vul(taal, &[Waarde::Datum(aanmelden.tot), Waarde::Tekst(Deel::Lezen.naam())]);
            assert_eq!(aanmelden.beschrijving.lines().next(), Some(lezen.as_str()));
            let aow = lijst.iter().find(|a| a.sleutel == format!("wet-{}", Wettelijk::Aow as i64)).expect("AOW age");
            assert_eq!(aow.herinnering, Herinnering::Geen);
            let intro = lijst.iter().find(|a| a.titel == "<b>Intro</b>").unwrap();
            assert_eq!(intro.beschrijving.lines().nth(1), Some("Vier ochtenden per week."));
            assert_eq!(
                intro.beschrijving.lines().last(),
                Some(t::MET.vul(taal, &[Waarde::Letterlijk("Klantmanager".into())]).as_str())
            );
        }
    }
}
