//! The person's own traject: the gemeente's configured steps ([`Gemeente::traject`]) that apply
//! to this person, each dated from an event the wijzer knows (the permit, the start of bijstand,
//! the PIP, the term) and with its status on the peildatum ("week 3 of 5").
//!
//! No article: the steps are the gemeente's own programme (policy, named by the configuration's
//! `bron` per step). The statutory dates they hang on come from the advice (Wi2021 art. 14 and
//! 15, Pw art. 56a), which keeps its own sources.
//!
//! A [`Stap`] has a start and an end date, like the statutory deadlines and an exam plan, so
//! that the three can be merged into one timeline ordered by [`Stap::datum`].

use chrono::NaiveDate;

use super::advies::{Advies, Situatie};
use super::codes::Gebeurtenis;
use super::gemeente::{Contactpersoon, Gemeente, Meertalig, Persoon, TrajectStap};
use super::schrijver::{object, NaarJson};
use crate::basis::datum::leeftijd;

/// Where a step stands on the peildatum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Timed from an event whose date is not known yet, or not timed at all.
    ZonderDatum,
    Gepland,
    /// Running: week `week` (from 1) of `weken`.
    Bezig {
        week: u32,
        weken: u32,
    },
    /// Begun, without an end: a step without a duration whose first day has passed. Whether it
    /// is over, the configuration does not say.
    Begonnen,
    /// Ended: the last day of its duration has passed.
    Afgerond,
}

/// One step of the person's traject.
#[derive(Debug, Clone, PartialEq)]
pub struct Stap {
    pub naam: Meertalig,
    pub omschrijving: Option<Meertalig>,
    pub uitvoerder: Option<Contactpersoon>,
    /// The event it is timed from (for the sentence when its date is not known).
    pub na: Option<Gebeurtenis>,
    pub begin: Option<NaiveDate>,
    /// The last day, inclusive; `None` without a duration.
    pub einde: Option<NaiveDate>,
    pub status: Status,
    pub bron: Option<String>,
}

impl Stap {
    /// The date to order it by among other dated items of a timeline.
    pub fn datum(&self) -> Option<NaiveDate> {
        self.begin
    }
}

/// The dates of the events a step can be timed from, as far as the answers tell.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Gebeurtenissen {
    pub vergunning: Option<NaiveDate>,
    pub huisvesting: Option<NaiveDate>,
    pub bijstand: Option<NaiveDate>,
    pub pip: Option<NaiveDate>,
    pub termijn: Option<NaiveDate>,
}

impl Gebeurtenissen {
    /// From the situation and its advice: the PIP is its `pipDatum`, the term's start is the
    /// advice's `termijn.begin` (Wi2021 art. 7), bijstand is `bijstandSinds`, housing is
    /// `huisvestingDatum`.
    pub fn uit(s: &Situatie, advies: &Advies) -> Gebeurtenissen {
        Gebeurtenissen {
            vergunning: s.verblijfsdatum,
            huisvesting: s.huisvesting_datum,
            bijstand: s.bijstand_sinds.filter(|_| s.bijstand == Some(true)),
            pip: s.pip_datum,
            termijn: advies.termijn.as_ref().map(|t| t.begin),
        }
    }

    fn van(&self, gebeurtenis: Gebeurtenis) -> Option<NaiveDate> {
        match gebeurtenis {
            Gebeurtenis::Vergunning => self.vergunning,
            Gebeurtenis::Huisvesting => self.huisvesting,
            Gebeurtenis::Bijstand => self.bijstand,
            Gebeurtenis::Pip => self.pip,
            Gebeurtenis::Termijn => self.termijn,
        }
    }
}

/// What the advice knows of the person, for matching the steps' `voor`.
fn persoon(s: &Situatie, advies: &Advies) -> Persoon {
    Persoon {
        verblijf: Some(s.verblijf),
        bijstand: s.bijstand == Some(true),
        leeftijd: s.geboortedatum.map(|g| leeftijd(g, s.peildatum)),
        advies: Some((advies.inburgeringsplichtig, advies.vrijstelling.is_some(), advies.leerroute)),
    }
}

/// The person's traject on `s.peildatum`: the gemeente's steps for them, in the gemeente's order,
/// each dated `weken` weeks after its event and running `duurWeken` weeks.
pub fn persoonlijk(gemeente: &Gemeente, s: &Situatie, advies: &Advies) -> Vec<Stap> {
    let gebeurtenissen = Gebeurtenissen::uit(s, advies);
    let persoon = persoon(s, advies);
    gemeente
        .traject
        .iter()
        .filter(|stap| persoon.past(&stap.voor))
        .map(|stap| dateer(gemeente, stap, &gebeurtenissen, s.peildatum))
        .collect()
}

/// One step dated from its event, with its status on `peildatum`.
pub fn dateer(gemeente: &Gemeente, stap: &TrajectStap, g: &Gebeurtenissen, peildatum: NaiveDate) -> Stap {
    let begin = stap
        .wanneer
        .and_then(|(na, weken)| g.van(na).and_then(|d| d.checked_add_days(chrono::Days::new(7 * u64::from(weken)))));
    let einde = begin
        .zip(stap.duur_weken)
        .and_then(|(b, weken)| b.checked_add_days(chrono::Days::new(7 * u64::from(weken) - 1)));
    let status = match (begin, einde) {
        (None, _) => Status::ZonderDatum,
        (Some(b), _) if peildatum < b => Status::Gepland,
        (Some(b), Some(e)) if peildatum <= e => Status::Bezig {
            week: ((peildatum - b).num_days() / 7 + 1) as u32,
            weken: stap.duur_weken.unwrap_or_default(),
        },
        (Some(_), None) => Status::Begonnen,
        _ => Status::Afgerond,
    };
    Stap {
        naam: stap.naam.clone(),
        omschrijving: stap.omschrijving.clone(),
        uitvoerder: stap.uitvoerder.as_ref().and_then(|id| gemeente.contacten.iter().find(|c| &c.id == id)).cloned(),
        na: stap.wanneer.map(|(na, _)| na),
        begin,
        einde,
        status,
        bron: stap.bron.clone(),
    }
}

/// `{ "naam", "omschrijving", "uitvoerder", "na", "begin", "einde", "status", "week", "weken", "bron" }`
/// (texts in Dutch; `uitvoerder` is the contact's id; `status` is `zonder_datum`, `gepland`,
/// `bezig`, `begonnen` (without a duration) or `afgerond`).
impl NaarJson for Stap {
    fn schrijf(&self, uit: &mut String) {
        let (status, week, weken) = match self.status {
            Status::ZonderDatum => ("zonder_datum", None, None),
            Status::Gepland => ("gepland", None, None),
            Status::Bezig { week, weken } => ("bezig", Some(i64::from(week)), Some(i64::from(weken))),
            Status::Begonnen => ("begonnen", None, None),
            Status::Afgerond => ("afgerond", None, None),
        };
        object(
            uit,
            &[
                ("naam", &self.naam),
                ("omschrijving", &self.omschrijving),
                ("uitvoerder", &self.uitvoerder.as_ref().map(|c| c.id.as_str())),
                ("na", &self.na),
                ("begin", &self.begin),
                ("einde", &self.einde),
                ("status", &status),
                ("week", &week),
                ("weken", &weken),
                ("bron", &self.bron),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basis::datum::dag;
    use crate::engine::advies;
    use crate::engine::json::Json;

    /// Haarlem's shape: an intake two weeks after the permit, a five-week programme from the
    /// fourth week of bijstand, budget coaching for those with bijstand, an onderwijs advice team
    /// under 30, and an undated step (the onderwijsroute advised up to 40, to test age apart).
    const GEMEENTE: &str = r#"{"naam": "Haarlem", "onderwijsrouteMaxLeeftijd": 40,
        "contacten": [{"id": "vw", "naam": "VluchtelingenWerk", "rol": "Hulp bij brieven."}],
        "traject": [
          {"naam": "Brede intake", "uitvoerder": "vw", "wanneer": {"na": "vergunning", "weken": 2}},
          {"naam": "Introductieprogramma", "wanneer": {"na": "bijstand", "weken": 3}, "duurWeken": 5},
          {"naam": "Budgetcoach", "wanneer": {"na": "bijstand"}, "duurWeken": 26, "voor": {"bijstand": true}},
          {"naam": "Adviesteam onderwijs", "voor": {"leeftijdTot": 30, "route": ["onderwijs"]}},
          {"naam": "Na de PIP", "wanneer": {"na": "pip", "weken": 1}},
          {"naam": "Alleen voor asielzoekers", "voor": {"verblijf": ["asielzoeker"]}}]}"#;

    fn traject(situatie: &str) -> Vec<Stap> {
        let gemeente = Gemeente::lees(&Json::lees_tekst(GEMEENTE).unwrap()).unwrap();
        let s = advies::lees(&Json::lees_tekst(situatie).unwrap()).unwrap();
        persoonlijk(&gemeente, &s, &advies::bereken(&s, &gemeente))
    }

    const STATUSHOUDER: &str = r#"{"peildatum": "2026-03-18", "geboortedatum": "1995-05-01", "nationaliteit": "ER",
        "verblijf": "asiel", "verblijfsdatum": "2026-01-05", "bijstand": true, "bijstandSinds": "2026-02-09"}"#;

    #[test]
    fn week_3_of_5_of_the_introductieprogramma() {
        let stappen = traject(STATUSHOUDER);
        let namen: Vec<&str> = stappen.iter().map(|s| s.naam.nl.as_str()).collect();
        assert_eq!(namen, ["Brede intake", "Introductieprogramma", "Budgetcoach", "Na de PIP"]);
        let intake = &stappen[0];
        assert_eq!((intake.begin, intake.einde, intake.status), (Some(dag(2026, 1, 19)), None, Status::Begonnen));
        assert_eq!(intake.uitvoerder.as_ref().map(|c| c.id.as_str()), Some("vw"));
        let intro = &stappen[1];
        // Bijstand from 9 February; three weeks later is 2 March; five weeks run to 5 April.
        assert_eq!((intro.begin, intro.einde), (Some(dag(2026, 3, 2)), Some(dag(2026, 4, 5))));
        assert_eq!(intro.status, Status::Bezig { week: 3, weken: 5 });
        assert_eq!(stappen[2].status, Status::Bezig { week: 6, weken: 26 });
        // No pipDatum yet: the step keeps its place without a date.
        assert_eq!(
            (stappen[3].begin, stappen[3].status, stappen[3].na),
            (None, Status::ZonderDatum, Some(Gebeurtenis::Pip))
        );
    }

    #[test]
    fn the_status_turns_on_the_first_and_the_last_day() {
        let op = |peildatum: &str| traject(&STATUSHOUDER.replace("2026-03-18", peildatum))[1].status;
        assert_eq!(op("2026-03-01"), Status::Gepland);
        assert_eq!(op("2026-03-02"), Status::Bezig { week: 1, weken: 5 });
        assert_eq!(op("2026-04-05"), Status::Bezig { week: 5, weken: 5 });
        assert_eq!(op("2026-04-06"), Status::Afgerond);
    }

    /// A step without a duration (the intake, two weeks after the permit of 5 January) is planned
    /// until its first day and begun from then on, however long ago: the configuration does not
    /// say when it ends, so it is never called finished.
    #[test]
    fn a_step_without_a_duration_is_begun_not_finished() {
        let op = |peildatum: &str| traject(&STATUSHOUDER.replace("2026-03-18", peildatum))[0].status;
        assert_eq!(op("2026-01-18"), Status::Gepland);
        assert_eq!(op("2026-01-19"), Status::Begonnen);
        assert_eq!(op("2027-01-19"), Status::Begonnen);
    }

    #[test]
    fn steps_follow_permit_age_route_and_bijstand() {
        let zonder_bijstand = traject(&STATUSHOUDER.replace(r#""bijstand": true"#, r#""bijstand": false"#));
        assert!(zonder_bijstand.iter().all(|s| s.naam.nl != "Budgetcoach"));
        assert!(zonder_bijstand
            .iter()
            .all(|s| matches!(s.status, Status::Afgerond | Status::Begonnen) || s.begin.is_none()));
        let asielzoeker = traject(
            r#"{"peildatum": "2026-03-18", "geboortedatum": "1995-05-01", "nationaliteit": "ER", "verblijf": "asielzoeker"}"#,
        );
        assert!(asielzoeker.iter().any(|s| s.naam.nl == "Alleen voor asielzoekers"));
        let onderwijs = r#", "leerbaarheidstoets": {"score": 35, "datum": "2026-03-01"}, "wilOpleiding": true}"#;
        let jong = traject(&STATUSHOUDER.replace("1995-05-01", "2000-05-01").replace('}', onderwijs));
        assert!(jong.iter().any(|s| s.naam.nl == "Adviesteam onderwijs"));
        // 35: the onderwijsroute (this gemeente advises it up to 40), but the team is for under 30.
        let oud = traject(&STATUSHOUDER.replace("1995-05-01", "1990-05-01").replace('}', onderwijs));
        assert!(oud.iter().all(|s| s.naam.nl != "Adviesteam onderwijs"));
    }

    #[test]
    fn the_json_says_week_and_weeks() {
        let json = traject(STATUSHOUDER)[1].json_tekst();
        assert!(
            json.contains(r#""begin":"2026-03-02","einde":"2026-04-05","status":"bezig","week":3,"weken":5"#),
            "{json}"
        );
    }
}
