//! A client's next action: the first thing on the advice's one timeline
//! ([`crate::engine::tijdlijn`]) that the client or the klantmanager still has to do, with its
//! date, read from the timeline and not computed again. What counts as something to do:
//! - the PIP deadline while no PIP is set (the advice asks for `pipDatum`);
//! - an exam plan's date whose parts are not all done;
//! - the end of the term, and the last day to change route while it is still to come, as long
//!   as a part of the plan is not done;
//! - the end of ontzorgen while it is still to come (once past there is nothing left to do
//!   about it);
//! - a gemeente step still to come (on its first day), running (on its last day), or waiting for
//!   an event (no date). A step whose first day passed without a duration is left out: the
//!   configuration does not say when it is done.
//!
//! Reaching the AOW age ends the obligation; it is nobody's action. A date before the peildatum
//! that is still to do is overdue ([`Actie::te_laat`]). The earliest date wins, the timeline's
//! order breaks a tie, and an undated step comes only when nothing is dated.
//!
//! The filters a klantmanager uses ([`Filter`]) are plain functions of the client's advice, the
//! next action and the peildatum, for the table to apply.

use chrono::NaiveDate;

use super::Klant;
use crate::basis::datum::plus_maanden;
use crate::engine::advies::Advies;
use crate::engine::antwoord::Antwoord;
use crate::engine::codes::{Deel, Regime, Status};
use crate::engine::tijdlijn::PlanSoort;
use crate::engine::tijdlijn::{pip_open, tijdlijn, Moment, Stand, Wat, Wettelijk};
use crate::i18n::{caseload as t, plan as p, traject as tr, Taal, Tekst, Waarde};

/// "Due within 4 weeks".
pub const BINNENKORT_WEKEN: u64 = 4;
/// "Term ending within 6 months".
pub const TERMIJN_EINDIGT_MAANDEN: u32 = 6;
/// "Ontzorgen ending": within two months, time to arrange paying the fixed costs oneself.
pub const ONTZORGEN_EINDIGT_MAANDEN: u32 = 2;

/// The next action: a moment of the timeline, the date it is due (`None`: waiting for an
/// event), and whether that date has passed.
#[derive(Debug, Clone, PartialEq)]
pub struct Actie<'a> {
    pub moment: Moment<'a>,
    pub datum: Option<NaiveDate>,
    pub te_laat: bool,
    /// A gemeente step running on the peildatum: week `week` of `weken`.
    pub bezig: Option<(u32, u32)>,
}

/// The moment as an action on `op`, with the date it is due; `None` when nothing is to be done.
fn als_actie<'a>(advies: &Advies, moment: Moment<'a>, op: NaiveDate) -> Option<Actie<'a>> {
    let stand = moment.stand(op);
    let (datum, bezig) = match (&moment.wat, stand) {
        (_, Stand::Gedaan | Stand::Begonnen) => return None,
        (Wat::Wet(soort, _), _) if wettelijke_actie(*soort).is_none() => return None,
        (Wat::Wet(Wettelijk::Termijn | Wettelijk::Routewissel, _), _) if alles_gehaald(advies) => return None,
        (Wat::Wet(Wettelijk::Routewissel | Wettelijk::Ontzorgen, _), Stand::Voorbij) => return None,
        // A period (ontzorgen, a running step) is due on its last day.
        (Wat::Wet(Wettelijk::Ontzorgen, _), _) => (moment.tot, None),
        (_, Stand::Bezig { week, weken }) => (moment.tot, Some((week, weken))),
        _ => (moment.datum, None),
    };
    Some(Actie { te_laat: stand == Stand::Voorbij, datum, bezig, moment })
}

/// Every action of an answer still to do on `op`, in the order they are due: the earliest date
/// first, the timeline's order on a tie, undated steps last (the staff summary lists them all;
/// the caseload's table takes the first, [`volgende_actie`]).
pub fn acties(antwoord: &Antwoord, op: NaiveDate) -> Vec<Actie<'_>> {
    let mut lijst: Vec<Actie> = Vec::new();
    for moment in tijdlijn(antwoord) {
        let Some(actie) = als_actie(&antwoord.advies, moment, op) else { continue };
        // Size: a sorted insert, docs/stijl.md; after the equal keys, so a tie keeps the
        // timeline's order.
        let sleutel = |a: &Actie| (a.datum.is_none(), a.datum);
        let plaats = lijst.partition_point(|a| sleutel(a) <= sleutel(&actie));
        lijst.insert(plaats, actie);
    }
    lijst
}

/// The next action of an answer on `op`, if there is one: the first of [`acties`].
pub fn volgende_actie(antwoord: &Antwoord, op: NaiveDate) -> Option<Actie<'_>> {
    acties(antwoord, op).into_iter().next()
}

/// A statutory date as someone's action, in words; `None` for the AOW age, which ends the
/// obligation and is nobody's action.
fn wettelijke_actie(soort: Wettelijk) -> Option<&'static Tekst> {
    match soort {
        Wettelijk::Pip => Some(&t::ACTIE_PIP),
        Wettelijk::Termijn => Some(&t::ACTIE_TERMIJN),
        Wettelijk::Routewissel => Some(&t::ACTIE_ROUTEWISSEL),
        Wettelijk::Ontzorgen => Some(&t::ACTIE_ONTZORGEN),
        Wettelijk::Aow => None,
    }
}

/// Whether every part of the plan is done: the term's end and the route are then nobody's
/// concern any more.
fn alles_gehaald(advies: &Advies) -> bool {
    advies.plan.as_ref().is_some_and(|plan| plan.onderdelen.iter().all(|deel| deel.status == Status::Behaald))
}

impl Actie<'_> {
    /// What is to be done, in a few words: "PIP vaststellen", "Laatste dag aanmelden: Lezen, KNM", the
    /// gemeente's name of its step.
    pub fn tekst(&self, taal: Taal) -> String {
        match &self.moment.wat {
            Wat::Wet(soort, _) => wettelijke_actie(*soort).map(|t| t.in_taal(taal).to_owned()).unwrap_or_default(),
            Wat::Plan { soort, delen, .. } => {
                let zin = match soort {
                    PlanSoort::Aanmelden => &p::AANMELDEN_VOOR,
                    PlanSoort::Examen => &p::EXAMEN_VOOR,
                    PlanSoort::Klaar => &p::KLAAR_VOOR,
                };
                zin.vul(taal, &[Waarde::Letterlijk(open_delen(taal, delen))])
            }
            Wat::Stap(stap) => stap.naam.in_taal(taal).to_owned(),
        }
    }

    /// Where it stands, in words: overdue, or the week of a running step; empty otherwise.
    pub fn stand(&self, taal: Taal) -> String {
        match (self.te_laat, self.bezig) {
            (true, _) => p::TE_LAAT_KORT.in_taal(taal).to_owned(),
            (false, Some((week, weken))) => {
                tr::BEZIG.vul(taal, &[Waarde::Getal(i64::from(week)), Waarde::Getal(i64::from(weken))])
            }
            (false, None) => String::new(),
        }
    }
}

/// The parts of a plan date still to do, by name.
fn open_delen(taal: Taal, delen: &[(Deel, Status)]) -> String {
    let komma = if taal.rechts_naar_links() { "، " } else { ", " };
    let namen: Vec<&str> =
        delen.iter().filter(|(_, s)| *s != Status::Behaald).map(|(deel, _)| deel.naam().in_taal(taal)).collect();
    namen.join(komma)
}

/// The filters of the caseload view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// The next action's date has passed.
    TeLaat,
    /// The next action is due within [`BINNENKORT_WEKEN`] weeks (today included, overdue not).
    Binnenkort,
    /// Wi2021 plichtig, and no PIP set yet.
    GeenPip,
    /// Wi2021 plichtig, and no leerroute can be advised yet.
    RouteOnbekend,
    /// The term ends within [`TERMIJN_EINDIGT_MAANDEN`] months.
    TermijnEindigt,
    /// Ontzorgen ends within [`ONTZORGEN_EINDIGT_MAANDEN`] months.
    OntzorgenEindigt,
}

impl Filter {
    pub const ALLE: [Filter; 6] = [
        Filter::TeLaat,
        Filter::Binnenkort,
        Filter::GeenPip,
        Filter::RouteOnbekend,
        Filter::TermijnEindigt,
        Filter::OntzorgenEindigt,
    ];

    /// Whether the client is in the filter on `op`.
    pub fn past(self, klant: &Klant, op: NaiveDate) -> bool {
        let a = &klant.antwoord.advies;
        let wi2021 = a.inburgeringsplichtig && a.wet == Some(Regime::Wi2021);
        let tussen = |datum: NaiveDate, tot: NaiveDate| op <= datum && datum <= tot;
        match self {
            Filter::TeLaat => klant.actie(op).is_some_and(|actie| actie.te_laat),
            Filter::Binnenkort => klant
                .actie(op)
                .and_then(|actie| actie.datum)
                .is_some_and(|d| tussen(d, op + chrono::Days::new(7 * BINNENKORT_WEKEN))),
            Filter::GeenPip => wi2021 && pip_open(a),
            Filter::RouteOnbekend => wi2021 && a.leerroute.is_none(),
            Filter::TermijnEindigt => {
                a.termijn.is_some_and(|t| tussen(t.einde, plus_maanden(op, TERMIJN_EINDIGT_MAANDEN)))
            }
            Filter::OntzorgenEindigt => {
                a.ontzorgen.is_some_and(|o| tussen(o.tot, plus_maanden(op, ONTZORGEN_EINDIGT_MAANDEN)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basis::datum::dag;
    use crate::engine::antwoord::antwoord;
    use crate::engine::gemeente::Gemeente;
    use crate::engine::json::Json;

    /// A step from the fourth week of bijstand for five weeks, and one after the PIP.
    const GEMEENTE: &str = r#"{"naam": "Haarlem", "traject": [
        {"naam": "Introductieprogramma", "wanneer": {"na": "bijstand", "weken": 3}, "duurWeken": 5},
        {"naam": "Na de PIP", "wanneer": {"na": "pip", "weken": 1}}]}"#;

    /// An asylum status holder with bijstand from 2026-02-09 (ontzorgen to 2026-08-08), DUO's
    /// letter of 2026-02-16 (PIP due 2026-04-27).
    const STATUSHOUDER: &str = r#"{"geboortedatum": "1995-05-01", "nationaliteit": "ER",
        "verblijf": "asiel", "verblijfsdatum": "2026-01-05", "bijstand": true, "bijstandSinds": "2026-02-09",
        "leerplichtig": false, "nlDiploma": false, "duoBriefDatum": "2026-02-16""#;

    /// The advice on `op` for the status holder with the fields of `meer` (`, "veld": waarde`)
    /// set or replaced.
    fn advies(op: NaiveDate, meer: &str) -> Antwoord {
        let gemeente = Gemeente::lees(&Json::lees_tekst(GEMEENTE).unwrap()).unwrap();
        let tekst = format!("{STATUSHOUDER}, \"peildatum\": \"{}\"}}", crate::basis::datum::iso(op));
        let mut situatie = Json::lees_tekst(&tekst).unwrap();
        let Json::Object(velden) = Json::lees_tekst(&format!("{{{}}}", meer.trim_start_matches(','))).unwrap() else {
            panic!("{meer}")
        };
        for (naam, waarde) in velden {
            crate::engine::json::zet_pad(&mut situatie, &naam, waarde);
        }
        antwoord(&situatie, &gemeente).unwrap()
    }

    /// The next action in Dutch words, its date and its stand.
    fn volgende(op: NaiveDate, meer: &str) -> Option<(String, Option<NaiveDate>, String)> {
        let a = advies(op, meer);
        volgende_actie(&a, op).map(|actie| (actie.tekst(Taal::Nl), actie.datum, actie.stand(Taal::Nl)))
    }

    fn actie(tekst: &str, datum: NaiveDate, stand: &str) -> Option<(String, Option<NaiveDate>, String)> {
        Some((tekst.into(), Some(datum), stand.into()))
    }

    #[test]
    fn a_running_step_is_due_on_its_last_day_and_the_pip_on_its_deadline() {
        // 2026-03-18: the introductieprogramma runs (2026-03-02 to 2026-04-05), week 3 of 5.
        assert_eq!(volgende(dag(2026, 3, 18), ""), actie("Introductieprogramma", dag(2026, 4, 5), "Nu: week 3 van 5"));
        // After it the PIP deadline; on its day it is still to come, the day after it is overdue.
        assert_eq!(volgende(dag(2026, 4, 27), ""), actie("PIP vaststellen", dag(2026, 4, 27), ""));
        assert_eq!(volgende(dag(2026, 4, 28), ""), actie("PIP vaststellen", dag(2026, 4, 27), "te laat"));
    }

    #[test]
    fn with_the_pip_set_the_next_deadline_is_the_law_the_plan_or_the_gemeente() {
        let pip = r#", "pipDatum": "2026-04-20", "leerbaarheidstoets": {"score": 30, "datum": "2026-02-20"}"#;
        // The step one week after the PIP (2026-04-27) is the gemeente's next one.
        assert_eq!(volgende(dag(2026, 4, 21), pip), actie("Na de PIP", dag(2026, 4, 27), ""));
        // Ontzorgen is due on its last day, and gone once past.
        assert_eq!(volgende(dag(2026, 5, 1), pip), actie("Einde ontzorgen", dag(2026, 8, 8), ""));
        // Then the last day to change route: 18 months from the term's start on 2026-04-21.
        assert_eq!(
            volgende(dag(2026, 9, 1), pip),
            actie("Laatste dag om van route te wisselen", dag(2027, 10, 20), "")
        );
        // Then the exam plan; done parts are not named.
        let gehaald = format!("{pip}, \"behaald\": [{{\"onderdeel\": \"lezen\"}}]");
        let (tekst, datum, stand) = volgende(dag(2027, 11, 1), &gehaald).unwrap();
        assert!(
            tekst.starts_with("Laatste dag aanmelden: ") && !tekst.contains("Lezen") && tekst.contains("Luisteren"),
            "{tekst}"
        );
        assert!(datum.is_some_and(|d| d > dag(2027, 11, 1)) && stand.is_empty(), "{datum:?}");
    }

    #[test]
    fn with_every_part_done_the_term_and_the_route_are_no_action() {
        let pip = r#", "pipDatum": "2026-04-20", "leerbaarheidstoets": {"score": 30, "datum": "2026-02-20"}"#;
        let op = dag(2026, 9, 1);
        let delen = ["lezen", "luisteren", "schrijven", "spreken", "knm", "pvt"];
        let behaald = |delen: &[&str]| {
            let lijst: Vec<String> = delen.iter().map(|d| format!("{{\"onderdeel\": \"{d}\"}}")).collect();
            format!("{pip}, \"behaald\": [{}]", lijst.join(", "))
        };
        // MAP still open: the route's last day is the next action.
        let (tekst, ..) = volgende(op, &behaald(&delen)).unwrap();
        assert_eq!(tekst, "Laatste dag om van route te wisselen");
        // Everything done: nothing left (the gemeente's steps and ontzorgen are past).
        assert_eq!(volgende(op, &behaald(&[&delen[..], &["map"]].concat())), None);
    }

    #[test]
    fn a_pip_set_and_only_to_be_checked_is_no_pip_to_set() {
        let op = dag(2026, 4, 21);
        let zonder_pip = advies(op, "");
        assert!(pip_open(&zonder_pip.advies), "without its date the PIP is to be set");
        // A check on the date given, at the same field, is not the question for the date.
        let mut controle = zonder_pip.advies.open_vragen.iter().find(|v| v.veld == "pipDatum").unwrap().clone();
        controle.vraag = &crate::i18n::advies::VRAAG_DUO_BRIEF;
        let mut a = advies(op, r#", "pipDatum": "2026-04-20""#);
        a.advies.open_vragen.push(controle);
        assert!(!pip_open(&a.advies));
        assert_ne!(volgende_actie(&a, op).map(|actie| actie.tekst(Taal::Nl)), Some("PIP vaststellen".into()));
    }

    #[test]
    fn an_undated_step_comes_when_nothing_is_dated_and_the_aow_age_is_nobodys_action() {
        // Without DUO's letter no PIP deadline, and without bijstand no ontzorgen: the
        // gemeente's first step waits for bijstand, undated.
        let a = advies(dag(2026, 5, 1), r#", "duoBriefDatum": null, "bijstand": false, "bijstandSinds": null"#);
        let actie = volgende_actie(&a, dag(2026, 5, 1)).unwrap();
        assert_eq!((actie.tekst(Taal::Nl), actie.datum, actie.te_laat), ("Introductieprogramma".into(), None, false));
        let laat = r#", "geboortedatum": "1959-01-01", "pipDatum": "2026-03-01""#;
        let a = advies(dag(2026, 5, 1), laat);
        assert!(a.advies.aow_datum.is_some());
        let acties: Vec<_> =
            tijdlijn(&a).into_iter().filter_map(|m| als_actie(&a.advies, m, dag(2026, 5, 1))).collect();
        assert!(acties.iter().all(|actie| !matches!(actie.moment.wat, Wat::Wet(Wettelijk::Aow, _))), "{acties:?}");
    }

    #[test]
    fn the_filters_are_the_advice_and_the_next_action_on_the_day() {
        let klant =
            |op, meer: &str| Klant { regel: 2, klant: "K".into(), situatie: Json::Null, antwoord: advies(op, meer) };
        let filters = |k: &Klant, op| Filter::ALLE.into_iter().filter(|f| f.past(k, op)).collect::<Vec<_>>();
        use Filter::*;
        // No PIP, no toets, the programme ending within 4 weeks.
        let op = dag(2026, 3, 18);
        assert_eq!(filters(&klant(op, ""), op), [Binnenkort, GeenPip, RouteOnbekend]);
        // The PIP overdue; ontzorgen ends on 2026-08-08, within two months of 2026-06-10.
        let op = dag(2026, 6, 10);
        assert_eq!(filters(&klant(op, ""), op), [TeLaat, GeenPip, RouteOnbekend, OntzorgenEindigt]);
        // The term ends on 2029-04-20: within six months of 2028-10-20, not of 2028-10-19.
        let pip = r#", "pipDatum": "2026-04-20", "leerbaarheidstoets": {"score": 30, "datum": "2026-02-20"}"#;
        assert!(TermijnEindigt.past(&klant(dag(2028, 10, 20), pip), dag(2028, 10, 20)));
        assert!(!TermijnEindigt.past(&klant(dag(2028, 10, 19), pip), dag(2028, 10, 19)));
        // Due within 4 weeks: the PIP's last day (2026-04-27) 28 days ahead is, 29 days is not
        // (housed before DUO's letter, so the 10 weeks count from the letter).
        let zonder_bijstand = r#", "bijstand": false, "bijstandSinds": null, "huisvestingDatum": "2026-01-05""#;
        assert!(Binnenkort.past(&klant(dag(2026, 3, 30), zonder_bijstand), dag(2026, 3, 30)));
        assert!(!Binnenkort.past(&klant(dag(2026, 3, 29), zonder_bijstand), dag(2026, 3, 29)));
        // Not plichtig: in none.
        let geen = r#", "verblijf": "tijdelijk""#;
        assert_eq!(filters(&klant(op, geen), op), []);
    }
}
