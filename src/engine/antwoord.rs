//! The contract's answer to a `situatie` (contract: `advies`): the advice, with what the
//! gemeente adds for this person and where the answer comes from. The command line, the
//! browser's export, the widget and each line of a caseload ask here, and nowhere else.
//!
//! Extra output fields beyond the contract:
//! - `openVragen: [{ "veld", "tekst" }]`: answers that are missing ("Ik weet het niet") and what
//!   they would decide; the advice's, and the housing date where the gemeente's traject needs it.
//! - `herkomst: { "versie", "regelsTot" }`: the engine version and the day up to which every
//!   rule the answer uses is confirmed ([`register::regels_tot`]).
//! - `perspectief[]` items: `{ "soort", "titel", "omschrijving", "aanbieder", "link", "telefoon" }`.
//! - `traject: [...]`: the gemeente's own steps for this person, dated (see [`Stap`]'s JSON);
//!   empty when the gemeente configures none.

use chrono::NaiveDate;

use super::advies::{self, Advies, Situatie};
use super::codes::Gebeurtenis;
use super::fout::Fout;
use super::gemeente::Gemeente;
use super::json::Json;
use super::param::VERSIE;
use super::register;
use super::schrijver::{object, NaarJson};
use super::traject::{self, Stap};
use crate::i18n::advies as t;

/// The answer for one situation (contract: `advies` output).
#[derive(Debug, Clone, PartialEq)]
pub struct Antwoord {
    pub advies: Advies,
    pub herkomst: Herkomst,
    /// The gemeente's own traject for this person, dated (not in the contract).
    pub traject: Vec<Stap>,
}

/// Provenance of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Herkomst {
    pub versie: &'static str,
    /// The day up to which every rule the advice uses is confirmed: the earliest day on which one
    /// of its parameters was last checked against its source.
    pub regels_tot: NaiveDate,
}

/// Reads a `situatie` and gives the answer, or the first input error.
pub fn antwoord(invoer: &Json, gemeente: &Gemeente) -> Result<Antwoord, Fout> {
    Ok(bereken(&advies::lees(invoer)?, gemeente))
}

/// The answer for a checked situation: the advice, the gemeente's traject dated from it, and
/// the housing date asked where a step of that traject is timed from it and it is not known
/// (no article: the traject is the gemeente's own programme; the advice asks it of the asylum
/// group for the PIP's deadline itself, Besluit art. 5.3 lid 1). Inline into
/// [`antwoord`] (size: docs/stijl.md).
#[inline]
pub fn bereken(s: &Situatie, gemeente: &Gemeente) -> Antwoord {
    let mut advies = advies::bereken(s, gemeente);
    let traject = traject::persoonlijk(gemeente, s, &advies);
    let al_gevraagd = advies.open_vragen.iter().any(|v| v.veld == "huisvestingDatum");
    if s.huisvesting_datum.is_none()
        && !al_gevraagd
        && traject.iter().any(|stap| stap.na == Some(Gebeurtenis::Huisvesting))
    {
        advies.vraag("huisvestingDatum", &t::VRAAG_HUISVESTING);
    }
    let gebruikt = if advies.plan.is_some() { register::ADVIES_MET_PLAN } else { register::ADVIES };
    Antwoord { advies, herkomst: Herkomst { versie: VERSIE, regels_tot: register::regels_tot(gebruikt) }, traject }
}

impl NaarJson for Herkomst {
    fn schrijf(&self, uit: &mut String) {
        object(uit, &[("versie", &self.versie), ("regelsTot", &self.regels_tot)])
    }
}

impl NaarJson for Antwoord {
    fn schrijf(&self, uit: &mut String) {
        let a = &self.advies;
        object(
            uit,
            &[
                ("inburgeringsplichtig", &a.inburgeringsplichtig),
                ("wet", &a.wet),
                ("vrijstelling", &a.vrijstelling),
                ("leerroute", &a.leerroute),
                ("alternatieven", &a.alternatieven),
                ("onderdelen", &a.onderdelen),
                ("pipUiterlijk", &a.pip_uiterlijk),
                ("termijn", &a.termijn),
                ("aowDatum", &a.aow_datum),
                ("ontzorgen", &a.ontzorgen),
                ("uitleg", &a.uitleg),
                ("perspectief", &a.perspectief),
                ("openVragen", &a.open_vragen),
                ("herkomst", &self.herkomst),
                ("plan", &a.plan),
                ("traject", &self.traject),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basis::datum::dag;
    use crate::engine::traject::Status;

    const STATUSHOUDER: &str = r#"{"peildatum": "2026-03-18", "geboortedatum": "1995-05-01", "nationaliteit": "ER",
        "verblijf": "asiel", "verblijfsdatum": "2026-01-05", "bijstand": true, "bijstandSinds": "2026-02-09"}"#;

    /// A step timed from housing: dated once `huisvestingDatum` is given, without a date (and
    /// the date an open question) until then.
    #[test]
    fn a_step_after_housing_is_dated_from_the_housing_date() {
        let gemeente = Gemeente::lees(
            &Json::lees_tekst(
                r#"{"traject": [{"naam": "Kennismaken in de wijk", "wanneer": {"na": "huisvesting", "weken": 1},
                    "duurWeken": 5, "voor": {"verblijf": ["asiel"]}}]}"#,
            )
            .unwrap(),
        )
        .unwrap();
        let op = |situatie: &str| antwoord(&Json::lees_tekst(situatie).unwrap(), &gemeente).unwrap();
        let zonder = op(STATUSHOUDER);
        assert_eq!((zonder.traject[0].begin, zonder.traject[0].status), (None, Status::ZonderDatum));
        assert!(zonder.advies.open_vragen.iter().any(|v| v.veld == "huisvestingDatum"));
        // Housed on 23 February: a week later is 2 March; 18 March is in its third week of five.
        let met = op(&STATUSHOUDER.replace('}', r#", "huisvestingDatum": "2026-02-23"}"#));
        let stap = &met.traject[0];
        assert_eq!((stap.begin, stap.einde), (Some(dag(2026, 3, 2)), Some(dag(2026, 4, 5))));
        assert_eq!(stap.status, Status::Bezig { week: 3, weken: 5 });
        assert!(met.advies.open_vragen.iter().all(|v| v.veld != "huisvestingDatum"));
        // Not for this person: no step, no question.
        let gezin = op(&STATUSHOUDER.replace(r#""asiel""#, r#""gezin""#));
        assert!(gezin.traject.is_empty() && gezin.advies.open_vragen.iter().all(|v| v.veld != "huisvestingDatum"));
    }
}
