//! A calendar file (iCalendar, RFC 5545) of the deadlines, written on the person's own device.
//! Whole-day events (`DTSTART;VALUE=DATE`), or a period of whole days, with reminders
//! (`VALARM`): two before the last day of a deadline, two before the first day of a step to
//! attend, none for a date with nothing to do; CRLF line endings, lines folded at 75 octets.
//! Dates before the `peildatum` are left out. `DTSTAMP` is the `peildatum`: this module never
//! reads a clock either. Each `UID` comes from the answers that say whose calendar it is and from
//! what the event is, never from the day the file is made: a file made again on another day, or
//! after a date was corrected, updates the events it imported before instead of doubling them.

use chrono::{Datelike, Days, NaiveDate};

use crate::engine::json::lees_pad;
use crate::engine::json::Json;
use crate::i18n::compact::som;

/// When an event is reminded of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Herinnering {
    /// A deadline: before its last day.
    VoorLaatsteDag,
    /// A step the person attends: before its first day.
    VoorEersteDag,
    /// A date with nothing to do about it (reaching AOW age): none.
    Geen,
}

/// One event of whole days.
#[derive(Debug, Clone, PartialEq)]
pub struct Afspraak {
    /// The first day.
    pub datum: NaiveDate,
    /// The last day (inclusive): `datum` itself for a deadline, later for a period.
    pub tot: NaiveDate,
    /// Short title (`SUMMARY`), already in the reader's language.
    pub titel: String,
    /// Longer text (`DESCRIPTION`): the explanation, the article and what to do.
    pub beschrijving: String,
    pub herinnering: Herinnering,
    /// What the event is, in no language and without its dates (which may move): part of its
    /// `UID`.
    pub sleutel: String,
}

/// The answer that says whose calendar it is and changes neither with the day nor with progress:
/// the birth date, which the file's AOW event shows anyway (the day the AOW age is reached
/// follows from it), so a `UID` tells no more than the events. The walk of 7 December 2026 found
/// the permit date too in a checksum that held it, by trying every date.
const WIE: &str = "geboortedatum";

/// The reminders, before the event's end (`DTEND`, the day after its last day, 0:00): at 9:00
/// two weeks before the last day, and at 9:00 the day before it.
const HERINNERINGEN: [&str; 2] = ["-P14DT15H", "-P1DT15H"];
/// For a step: before its start (`DTSTART`, its first day, 0:00): at 9:00 a week before, and at
/// 9:00 the day before.
const HERINNERINGEN_BEGIN: [&str; 2] = ["-P6DT15H", "-PT15H"];

fn ymd(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, newlines become `\n`.
fn ontsnap(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    for c in tekst.chars() {
        match c {
            '\\' => uit.push_str("\\\\"),
            ';' => uit.push_str("\\;"),
            ',' => uit.push_str("\\,"),
            '\n' => uit.push_str("\\n"),
            '\r' => {}
            c => uit.push(c),
        }
    }
    uit
}

/// RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a
/// UTF-8 character.
fn regel(uit: &mut String, lijn: &str) {
    let mut lengte = 0;
    for c in lijn.chars() {
        if lengte + c.len_utf8() > 75 {
            uit.push_str("\r\n ");
            lengte = 1;
        }
        uit.push(c);
        lengte += c.len_utf8();
    }
    uit.push_str("\r\n");
}

/// The events whose last day is not before the `peildatum`: what a calendar file holds.
pub fn komend(afspraken: &[Afspraak], peildatum: NaiveDate) -> impl Iterator<Item = (usize, &Afspraak)> {
    afspraken.iter().enumerate().filter(move |(_, a)| a.tot >= peildatum)
}

/// The `UID` of each event: a checksum of whose calendar it is ([`WIE`] in `antwoorden`, the
/// contract's input) and of the event's key, numbered when two events share one.
fn uids(afspraken: &[Afspraak], antwoorden: &Json) -> Vec<String> {
    let wie = match lees_pad(antwoorden, WIE) {
        Some(Json::String(datum)) => datum.as_str(),
        _ => "",
    };
    let mut uit = Vec::with_capacity(afspraken.len());
    for (i, afspraak) in afspraken.iter().enumerate() {
        let eerder = afspraken[..i].iter().filter(|a| a.sleutel == afspraak.sleutel).count();
        let mut bytes = format!("{wie}\u{1f}{}\u{1f}", afspraak.sleutel).into_bytes();
        bytes.push(eerder as u8);
        // 63 bits, as an i64: a type the module already formats.
        uit.push(format!("{}@inburgeringswijzer", (som(&bytes) >> 1) as i64));
    }
    uit
}

/// The whole calendar, of the events still to come ([`komend`]), for the person whose answers
/// (the contract's input) are `antwoorden`.
pub fn ics(afspraken: &[Afspraak], peildatum: NaiveDate, antwoorden: &Json) -> String {
    let uids = uids(afspraken, antwoorden);
    let mut uit = String::new();
    regel(&mut uit, "BEGIN:VCALENDAR");
    regel(&mut uit, "VERSION:2.0");
    regel(&mut uit, "PRODID:-//Inburgeringswijzer//NL");
    regel(&mut uit, "CALSCALE:GREGORIAN");
    for (i, afspraak) in komend(afspraken, peildatum) {
        regel(&mut uit, "BEGIN:VEVENT");
        regel(&mut uit, &format!("UID:{}", uids[i]));
        regel(&mut uit, &format!("DTSTAMP:{}T000000Z", ymd(peildatum)));
        regel(&mut uit, &format!("DTSTART;VALUE=DATE:{}", ymd(afspraak.datum)));
        let volgende = afspraak.tot.checked_add_days(Days::new(1)).unwrap_or(afspraak.tot);
        regel(&mut uit, &format!("DTEND;VALUE=DATE:{}", ymd(volgende)));
        let titel = ontsnap(&afspraak.titel);
        regel(&mut uit, &format!("SUMMARY:{titel}"));
        if !afspraak.beschrijving.is_empty() {
            regel(&mut uit, &format!("DESCRIPTION:{}", ontsnap(&afspraak.beschrijving)));
        }
        regel(&mut uit, "TRANSP:TRANSPARENT");
        let (ten_opzichte_van, triggers) = match afspraak.herinnering {
            Herinnering::VoorLaatsteDag => ("END", &HERINNERINGEN[..]),
            Herinnering::VoorEersteDag => ("START", &HERINNERINGEN_BEGIN[..]),
            Herinnering::Geen => ("", &[][..]),
        };
        for trigger in triggers {
            regel(&mut uit, "BEGIN:VALARM");
            regel(&mut uit, "ACTION:DISPLAY");
            regel(&mut uit, &format!("TRIGGER;RELATED={ten_opzichte_van}:{trigger}"));
            regel(&mut uit, &format!("DESCRIPTION:{titel}"));
            regel(&mut uit, "END:VALARM");
        }
        regel(&mut uit, "END:VEVENT");
    }
    regel(&mut uit, "END:VCALENDAR");
    uit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basis::datum::dag;

    fn afspraak(d: NaiveDate, titel: &str) -> Afspraak {
        Afspraak {
            datum: d,
            tot: d,
            titel: titel.into(),
            beschrijving: "Wi2021 art. 15, lid 1; zie de wet".into(),
            herinnering: Herinnering::VoorLaatsteDag,
            sleutel: titel.into(),
        }
    }

    fn antwoorden(peildatum: &str, geboortedatum: &str) -> Json {
        antwoorden_met(peildatum, geboortedatum, "2026-01-05")
    }

    fn antwoorden_met(peildatum: &str, geboortedatum: &str, verblijfsdatum: &str) -> Json {
        let tekst = format!(
            r#"{{"peildatum": "{peildatum}", "geboortedatum": "{geboortedatum}", "verblijfsdatum": "{verblijfsdatum}"}}"#
        );
        Json::lees_tekst(&tekst).unwrap()
    }

    fn uids(tekst: &str) -> Vec<&str> {
        tekst.lines().filter_map(|l| l.strip_prefix("UID:")).collect()
    }

    #[test]
    fn calendar_has_whole_day_events_with_crlf_and_a_stamp_from_the_peildatum() {
        let tekst = ics(&[afspraak(dag(2026, 5, 18), "PIP klaar")], dag(2026, 3, 1), &Json::Null);
        assert!(tekst.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(tekst.ends_with("END:VCALENDAR\r\n"));
        assert!(tekst.contains("\r\nDTSTART;VALUE=DATE:20260518\r\n"));
        assert!(tekst.contains("\r\nDTEND;VALUE=DATE:20260519\r\n"));
        assert!(tekst.contains("\r\nDTSTAMP:20260301T000000Z\r\n"));
        assert!(tekst.contains("DESCRIPTION:Wi2021 art. 15\\, lid 1\\; zie de wet"));
        assert!(!tekst.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let lang = "የ".repeat(60);
        let tekst = ics(&[afspraak(dag(2026, 1, 31), &lang)], dag(2026, 1, 1), &Json::Null);
        for lijn in tekst.split("\r\n") {
            assert!(lijn.len() <= 75, "{lijn}");
        }
        let ontvouwen = tekst.replace("\r\n ", "");
        assert!(ontvouwen.contains(&format!("SUMMARY:{lang}\r\n")));
    }

    #[test]
    fn each_event_has_two_reminders_before_its_last_day() {
        let tekst = ics(&[afspraak(dag(2026, 5, 18), "PIP klaar")], dag(2026, 3, 1), &Json::Null);
        assert_eq!(tekst.matches("BEGIN:VALARM\r\nACTION:DISPLAY\r\n").count(), 2);
        assert_eq!(tekst.matches("END:VALARM\r\n").count(), 2);
        assert!(tekst.contains("\r\nTRIGGER;RELATED=END:-P14DT15H\r\nDESCRIPTION:PIP klaar\r\n"));
        assert!(tekst.contains("\r\nTRIGGER;RELATED=END:-P1DT15H\r\n"));
        // The alarms sit inside their event.
        let event = &tekst[tekst.find("BEGIN:VEVENT").unwrap()..tekst.find("END:VEVENT").unwrap()];
        assert_eq!(event.matches("BEGIN:VALARM").count(), 2);
    }

    #[test]
    fn a_period_spans_its_days_and_past_events_are_left_out() {
        let periode = Afspraak { tot: dag(2026, 9, 30), ..afspraak(dag(2026, 4, 1), "ontzorgen") };
        let voorbij = afspraak(dag(2026, 2, 28), "voorbij");
        let vandaag = afspraak(dag(2026, 3, 1), "vandaag");
        let tekst = ics(&[voorbij, periode, vandaag], dag(2026, 3, 1), &Json::Null);
        assert!(!tekst.contains("voorbij"), "a date before the peildatum is not in the file");
        assert!(tekst.contains("\r\nDTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20261001\r\n"));
        assert!(tekst.contains("\r\nDTSTART;VALUE=DATE:20260301\r\n"), "today is still to come");
        assert_eq!(tekst.matches("BEGIN:VEVENT").count(), 2);
    }

    #[test]
    fn an_empty_list_is_still_a_valid_calendar() {
        let tekst = ics(&[], dag(2026, 1, 1), &Json::Null);
        assert_eq!(tekst.matches("BEGIN:").count(), 1);
        assert!(!tekst.contains("VEVENT"));
    }

    #[test]
    fn a_date_with_nothing_to_do_has_no_reminder() {
        let aow = Afspraak { herinnering: Herinnering::Geen, ..afspraak(dag(2061, 8, 1), "AOW-leeftijd") };
        let tekst = ics(&[aow], dag(2026, 3, 1), &Json::Null);
        assert_eq!(tekst.matches("BEGIN:VEVENT").count(), 1);
        assert!(!tekst.contains("VALARM"));
    }

    /// The file made on another day, or with a deadline moved, gives each event the UID it had;
    /// another person's file other UIDs, and no two events share one.
    #[test]
    fn uids_come_from_the_answers_and_the_event_not_from_the_day() {
        let lijst = [
            afspraak(dag(2026, 5, 18), "pip"),
            afspraak(dag(2027, 1, 4), "aanmelden-lz"),
            afspraak(dag(2027, 1, 4), "aanmelden-lz"),
        ];
        let vandaag = ics(&lijst, dag(2026, 3, 1), &antwoorden("2026-03-01", "1994-06-03"));
        let morgen = ics(&lijst, dag(2026, 3, 2), &antwoorden("2026-03-02", "1994-06-03"));
        assert_eq!(uids(&vandaag), uids(&morgen));
        let mut verschillend = uids(&vandaag);
        verschillend.sort();
        verschillend.dedup();
        assert_eq!(verschillend.len(), 3, "{vandaag}");
        let verschoven = [Afspraak { datum: dag(2026, 6, 1), tot: dag(2026, 6, 1), ..lijst[0].clone() }];
        let later = ics(&verschoven, dag(2026, 4, 1), &antwoorden("2026-04-01", "1994-06-03"));
        assert_eq!(uids(&later), uids(&vandaag)[..1]);
        let ander = ics(&lijst, dag(2026, 3, 1), &antwoorden("2026-03-01", "1994-06-04"));
        assert!(uids(&ander).iter().all(|u| !uids(&vandaag).contains(u)));
        // No answer but the birth date (which the AOW event shows anyway) is in them.
        let vergunning = ics(&lijst, dag(2026, 3, 1), &antwoorden_met("2026-03-01", "1994-06-03", "2025-11-30"));
        assert_eq!(uids(&vergunning), uids(&vandaag));
    }
}
