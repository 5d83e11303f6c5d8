//! The person's one timeline: the advice's statutory dates (the PIP, the end of the term and the
//! last day to switch route, the ontzorgen months, the AOW age), the exam plan's dates and the
//! gemeente's traject steps, merged into one list in date order. The widget draws it, and the
//! print view, the calendar file and the staff summary read the same list.
//!
//! No article of its own: each moment keeps its source (the explanation step with the article
//! that gave a statutory date, the plan part's `bron`, the gemeente's `bron` for its step).
//!
//! The order, decided here and held by the tests below:
//! - by date; a period (ontzorgen, a step with a duration) by its first day;
//! - on the same date the law first, then the exam plan, then the gemeente's steps (a local
//!   step hangs on a statutory date, so it reads after it); within each, the order of the
//!   advice, the plan's parts and the gemeente's configuration;
//! - moments without a date (a step whose event is not known yet) last, in the gemeente's
//!   order: what they wait for is the step's [`Stap::na`].

use chrono::NaiveDate;

use super::advies::Advies;
use super::antwoord::Antwoord;
use super::bron::Bron;
use super::codes::{Deel, Status};
use super::traject::{self, Stap};
use super::uitleg::Uitleg;
use crate::i18n::Waarde;

/// A statutory date of the advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wettelijk {
    Pip,
    Termijn,
    Routewissel,
    Ontzorgen,
    Aow,
}

/// What the exam plan asks on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanSoort {
    Aanmelden,
    Examen,
    Klaar,
}

/// What happens on a moment.
#[derive(Debug, Clone, PartialEq)]
pub enum Wat<'a> {
    /// A statutory date, with the explanation step (sentence and article) that gave it.
    Wet(Wettelijk, Option<&'a Uitleg>),
    /// A date of the exam plan: the parts it is for (with their status), and its source (the
    /// article, or DUO's waiting times with the day they were checked).
    Plan { soort: PlanSoort, delen: Vec<(Deel, Status)>, bron: Bron, bron_tekst: String },
    /// A step of the gemeente's traject.
    Stap(&'a Stap),
}

/// Where a moment stands on the peildatum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stand {
    /// A step timed from an event whose date is not known yet.
    ZonderDatum,
    Komend,
    /// A step running: week `week` (from 1) of `weken`.
    Bezig {
        week: u32,
        weken: u32,
    },
    /// A step without a duration whose first day has passed.
    Begonnen,
    /// A date (or the last day of a period) before the peildatum, not done.
    Voorbij,
    /// A step ended, or every part of a plan date done.
    Gedaan,
}

/// One item of the timeline: its first day (`None`: not known yet), its last day (the same for a
/// deadline) and what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Moment<'a> {
    pub datum: Option<NaiveDate>,
    pub tot: Option<NaiveDate>,
    pub wat: Wat<'a>,
}

impl Moment<'_> {
    /// Its place among moments of the same date: the law, the plan, the gemeente.
    fn rang(&self) -> u8 {
        match self.wat {
            Wat::Wet(..) => 0,
            Wat::Plan { .. } => 1,
            Wat::Stap(_) => 2,
        }
    }

    /// Where it stands on `peildatum`; a step's status is the traject's own.
    pub fn stand(&self, peildatum: NaiveDate) -> Stand {
        match &self.wat {
            Wat::Stap(stap) => match stap.status {
                traject::Status::ZonderDatum => Stand::ZonderDatum,
                traject::Status::Gepland => Stand::Komend,
                traject::Status::Bezig { week, weken } => Stand::Bezig { week, weken },
                traject::Status::Begonnen => Stand::Begonnen,
                traject::Status::Afgerond => Stand::Gedaan,
            },
            Wat::Plan { delen, .. } if delen.iter().all(|(_, s)| *s == Status::Behaald) => Stand::Gedaan,
            _ if self.tot.is_some_and(|tot| tot < peildatum) => Stand::Voorbij,
            _ => Stand::Komend,
        }
    }
}

/// Adds a moment at its place (a sort would add its code to the module); equal keys keep the
/// order they were added in. A plan date for the same thing from the same source as one
/// already there joins it.
fn voeg_toe<'a>(lijst: &mut Vec<Moment<'a>>, moment: Moment<'a>) {
    if let Wat::Plan { soort, delen, bron_tekst, .. } = &moment.wat {
        let zelfde = lijst.iter_mut().find_map(|m| match &mut m.wat {
            Wat::Plan { soort: s, delen: d, bron_tekst: b, .. }
                if m.datum == moment.datum && s == soort && b == bron_tekst =>
            {
                Some(d)
            }
            _ => None,
        });
        if let Some(d) = zelfde {
            d.extend(delen.iter().copied());
            return;
        }
    }
    let sleutel = |m: &Moment| (m.datum.is_none(), m.datum, m.rang());
    let plaats = lijst.partition_point(|m| sleutel(m) <= sleutel(&moment));
    lijst.insert(plaats, moment);
}

/// Whether the PIP is still to be set: the advice asks for its date (not a question that only
/// asks to check a date given).
pub fn pip_open(advies: &Advies) -> bool {
    advies.open_vragen.iter().any(|v| v.vraag.code == crate::i18n::advies::VRAAG_PIP.code)
}

/// The timeline of an answer, in the order of the module doc.
pub fn tijdlijn(antwoord: &Antwoord) -> Vec<Moment<'_>> {
    let advies = &antwoord.advies;
    let mut lijst = Vec::new();
    let wet = |wettelijk, datum: NaiveDate, tot: NaiveDate| {
        // The explanation step that gave the date carries its sentence and article.
        let uitleg = advies.uitleg.iter().find(|s| s.waarden.contains(&Waarde::Datum(tot)));
        Moment { datum: Some(datum), tot: Some(tot), wat: Wat::Wet(wettelijk, uitleg) }
    };
    // The PIP's last day (Besluit inburgering 2021 art. 5.3 lid 1) only while the PIP is still to
    // be made: once its date is given, that deadline was the gemeente's and is no longer the
    // person's to watch (issue 26), past or not.
    if let Some(d) = advies.pip_uiterlijk.filter(|_| pip_open(advies)) {
        voeg_toe(&mut lijst, wet(Wettelijk::Pip, d, d));
    }
    if let Some(termijn) = &advies.termijn {
        voeg_toe(&mut lijst, wet(Wettelijk::Termijn, termijn.einde, termijn.einde));
        let wissel = termijn.routewissel_uiterlijk;
        voeg_toe(&mut lijst, wet(Wettelijk::Routewissel, wissel, wissel));
    }
    if let Some(o) = &advies.ontzorgen {
        voeg_toe(&mut lijst, wet(Wettelijk::Ontzorgen, o.van, o.tot));
    }
    if let Some(d) = advies.aow_datum {
        voeg_toe(&mut lijst, wet(Wettelijk::Aow, d, d));
    }
    for deel in advies.plan.iter().flat_map(|plan| &plan.onderdelen) {
        let klaar = if deel.deel.is_examen() { PlanSoort::Examen } else { PlanSoort::Klaar };
        for (datum, soort) in [(deel.aanmelden_uiterlijk, PlanSoort::Aanmelden), (deel.examen_uiterlijk, klaar)] {
            if datum.is_some() {
                let delen = vec![(deel.deel, deel.status)];
                let wat = Wat::Plan { soort, delen, bron: deel.bron, bron_tekst: deel.bron_tekst() };
                voeg_toe(&mut lijst, Moment { datum, tot: datum, wat });
            }
        }
    }
    for stap in &antwoord.traject {
        voeg_toe(&mut lijst, Moment { datum: stap.datum(), tot: stap.einde.or(stap.datum()), wat: Wat::Stap(stap) });
    }
    lijst
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basis::datum::dag;
    use crate::engine::antwoord::antwoord;
    use crate::engine::gemeente::Gemeente;
    use crate::engine::json::Json;

    /// Haarlem's shape: an intake two weeks after the permit, the five-week introductieprogramma
    /// from the fourth week of bijstand, a step on the day the term starts, and one after the PIP.
    const GEMEENTE: &str = r#"{"naam": "Haarlem",
        "traject": [
          {"naam": "Brede intake", "wanneer": {"na": "vergunning", "weken": 2}},
          {"naam": "Introductieprogramma", "wanneer": {"na": "bijstand", "weken": 3}, "duurWeken": 5},
          {"naam": "Na de PIP", "wanneer": {"na": "pip", "weken": 1}},
          {"naam": "Op de dag van de PIP", "wanneer": {"na": "pip"}},
          {"naam": "Welkom", "wanneer": {"na": "vergunning"}}]}"#;

    const STATUSHOUDER: &str = r#"{"peildatum": "2026-03-18", "geboortedatum": "1995-05-01", "nationaliteit": "ER",
        "verblijf": "asiel", "verblijfsdatum": "2026-01-05", "bijstand": true, "bijstandSinds": "2026-02-09",
        "leerplichtig": false, "nlDiploma": false, "duoBriefDatum": "2026-02-16"}"#;

    /// With the PIP signed and the toets done: the term, the B1 route and the exam plan's dates.
    fn met_plan() -> Antwoord {
        let plan = r#", "pipDatum": "2026-03-10", "leerbaarheidstoets": {"score": 30, "datum": "2026-02-20"}}"#;
        advies(&STATUSHOUDER.replace('}', plan))
    }

    fn advies(situatie: &str) -> Antwoord {
        let gemeente = Gemeente::lees(&Json::lees_tekst(GEMEENTE).unwrap()).unwrap();
        antwoord(&Json::lees_tekst(situatie).unwrap(), &gemeente).unwrap()
    }

    fn naam(m: &Moment) -> String {
        match &m.wat {
            Wat::Wet(w, _) => format!("{w:?}"),
            Wat::Plan { soort, delen, .. } => format!("{soort:?} {:?}", delen.iter().map(|d| d.0).collect::<Vec<_>>()),
            Wat::Stap(s) => s.naam.nl.clone(),
        }
    }

    #[test]
    fn one_line_in_date_order_with_the_traject_among_the_statutory_dates_and_the_plan() {
        let a = met_plan();
        let lijn = tijdlijn(&a);
        let datums: Vec<_> = lijn.iter().filter_map(|m| m.datum).collect();
        assert!(datums.windows(2).all(|w| w[0] <= w[1]), "{datums:?}");
        let namen: Vec<String> = lijn.iter().map(naam).collect();
        // The steps, the statutory dates and the plan's dates all stand in the one list; the PIP
        // is signed, so its deadline is not there (issue 26).
        for naam in ["Brede intake", "Introductieprogramma", "Termijn", "Routewissel", "Ontzorgen"] {
            assert!(namen.iter().any(|n| n == naam), "{naam} in {namen:?}");
        }
        assert!(!namen.iter().any(|n| n == "Pip"), "{namen:?}");
        assert!(lijn.iter().any(|m| matches!(m.wat, Wat::Plan { soort: PlanSoort::Aanmelden, .. })), "{namen:?}");
        // Welkom (the permit's day), the intake two weeks later, then the rest.
        assert_eq!(namen[..2], ["Welkom", "Brede intake"]);
        let intro = lijn.iter().find(|m| naam(m) == "Introductieprogramma").unwrap();
        assert_eq!((intro.datum, intro.tot), (Some(dag(2026, 3, 2)), Some(dag(2026, 4, 5))));
        assert_eq!(intro.stand(dag(2026, 3, 18)), Stand::Bezig { week: 3, weken: 5 });
        // Before the PIP is signed its deadline is in the line, from the explanation step that
        // gave it, with its article.
        let zonder_pip = advies(STATUSHOUDER);
        let pip = tijdlijn(&zonder_pip).into_iter().find(|m| naam(m) == "Pip").unwrap();
        let Wat::Wet(_, Some(uitleg)) = &pip.wat else { panic!("{pip:?}") };
        assert_eq!(uitleg.bron.label(), "Besluit inburgering 2021 art. 5.3 lid 1");
        assert_eq!(pip.stand(dag(2026, 3, 18)), Stand::Komend);
        assert_eq!(pip.stand(pip.datum.unwrap()), Stand::Komend, "the day itself is still to come");
        assert_eq!(pip.stand(pip.datum.unwrap().succ_opt().unwrap()), Stand::Voorbij);
    }

    #[test]
    fn on_the_same_date_the_law_comes_first_then_the_plan_then_the_gemeente() {
        let a = met_plan();
        let (d, eerder) = (Some(dag(2026, 6, 1)), Some(dag(2026, 5, 1)));
        let deel = &a.advies.plan.as_ref().unwrap().onderdelen[0];
        let plan =
            |soort| Wat::Plan { soort, delen: vec![(deel.deel, deel.status)], bron: deel.bron, bron_tekst: "x".into() };
        let moment = |datum, wat| Moment { datum, tot: datum, wat };
        let mut lijst = Vec::new();
        for m in [
            moment(None, Wat::Stap(&a.traject[2])),
            moment(d, Wat::Stap(&a.traject[0])),
            moment(d, plan(PlanSoort::Examen)),
            moment(d, Wat::Wet(Wettelijk::Termijn, None)),
            moment(d, Wat::Stap(&a.traject[1])),
            moment(d, Wat::Wet(Wettelijk::Aow, None)),
            moment(eerder, plan(PlanSoort::Aanmelden)),
            moment(d, plan(PlanSoort::Examen)),
        ] {
            voeg_toe(&mut lijst, m);
        }
        let namen: Vec<String> = lijst.iter().map(naam).collect();
        let examen = format!("Examen [{:?}, {:?}]", deel.deel, deel.deel);
        assert_eq!(
            namen,
            [
                format!("Aanmelden [{:?}]", deel.deel),
                "Termijn".into(),
                "Aow".into(),
                examen,
                "Brede intake".into(),
                "Introductieprogramma".into(),
                "Na de PIP".into(),
            ]
        );
    }

    #[test]
    fn steps_without_a_date_come_last_and_say_what_they_wait_for() {
        let a = advies(STATUSHOUDER);
        let lijn = tijdlijn(&a);
        let zonder: Vec<String> = lijn.iter().filter(|m| m.datum.is_none()).map(naam).collect();
        assert_eq!(zonder, ["Na de PIP", "Op de dag van de PIP"], "in the gemeente's order");
        let eerste_zonder = lijn.iter().position(|m| m.datum.is_none()).unwrap();
        assert!(lijn[eerste_zonder..].iter().all(|m| m.datum.is_none()), "after every dated moment");
        let na = &lijn[eerste_zonder];
        assert_eq!(na.stand(dag(2026, 3, 18)), Stand::ZonderDatum);
        let Wat::Stap(stap) = na.wat else { panic!() };
        assert_eq!(stap.na, Some(crate::engine::codes::Gebeurtenis::Pip));
    }

    #[test]
    fn plan_parts_of_one_date_share_a_moment_and_done_parts_read_done() {
        let a = met_plan();
        let lijn = tijdlijn(&a);
        let plan = a.advies.plan.as_ref().unwrap();
        let delen: usize = lijn
            .iter()
            .map(|m| match &m.wat {
                Wat::Plan { delen, .. } => delen.len(),
                _ => 0,
            })
            .sum();
        let datums: usize = plan
            .onderdelen
            .iter()
            .map(|d| usize::from(d.aanmelden_uiterlijk.is_some()) + usize::from(d.examen_uiterlijk.is_some()))
            .sum();
        assert_eq!(delen, datums, "every date of every part is in the line once");
        let gedeeld = lijn.iter().any(|m| matches!(&m.wat, Wat::Plan { delen, .. } if delen.len() > 1));
        assert!(gedeeld, "parts due on the same day share a moment");
        let klaar = Moment {
            datum: Some(dag(2026, 1, 1)),
            tot: Some(dag(2026, 1, 1)),
            wat: Wat::Plan {
                soort: PlanSoort::Examen,
                delen: vec![(plan.onderdelen[0].deel, Status::Behaald)],
                bron: plan.onderdelen[0].bron,
                bron_tekst: String::new(),
            },
        };
        assert_eq!(klaar.stand(dag(2026, 3, 18)), Stand::Gedaan, "done, not past");
    }
}
