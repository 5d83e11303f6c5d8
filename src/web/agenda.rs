//! A calendar file (iCalendar, RFC 5545) of the deadlines, written on the person's own device.
//! Whole-day events (`DTSTART;VALUE=DATE`), or a period of whole days, each with two reminders
//! (`VALARM`): before its last day for a deadline, before its first day for a step to attend; CRLF line endings, lines folded at 75 octets. Dates before
//! the `peildatum` are left out. `DTSTAMP` is the `peildatum`: this module never reads a clock
//! either.

use chrono::{Datelike, Days, NaiveDate};

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
    /// Remind before the first day (a step the person attends) instead of before the last day
    /// (a deadline).
    pub bij_begin: bool,
}

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

/// The whole calendar, of the events still to come ([`komend`]). `uid_basis` makes the UIDs
/// stable for the same answers (the same deadline imported twice updates instead of
/// duplicating).
pub fn ics(afspraken: &[Afspraak], peildatum: NaiveDate, uid_basis: &str) -> String {
    let mut uit = String::new();
    regel(&mut uit, "BEGIN:VCALENDAR");
    regel(&mut uit, "VERSION:2.0");
    regel(&mut uit, "PRODID:-//Inburgeringswijzer//NL");
    regel(&mut uit, "CALSCALE:GREGORIAN");
    for (i, afspraak) in komend(afspraken, peildatum) {
        regel(&mut uit, "BEGIN:VEVENT");
        regel(&mut uit, &format!("UID:{}-{}-{i}@inburgeringswijzer", ontsnap(uid_basis), ymd(afspraak.datum)));
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
        let (ten_opzichte_van, triggers) =
            if afspraak.bij_begin { ("START", HERINNERINGEN_BEGIN) } else { ("END", HERINNERINGEN) };
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
    use crate::engine::datum::dag;

    fn afspraak(d: NaiveDate, titel: &str) -> Afspraak {
        Afspraak {
            datum: d,
            tot: d,
            titel: titel.into(),
            beschrijving: "Wi2021 art. 15, lid 1; zie de wet".into(),
            bij_begin: false,
        }
    }

    #[test]
    fn calendar_has_whole_day_events_with_crlf_and_a_stamp_from_the_peildatum() {
        let tekst = ics(&[afspraak(dag(2026, 5, 18), "PIP klaar")], dag(2026, 3, 1), "abc");
        assert!(tekst.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(tekst.ends_with("END:VCALENDAR\r\n"));
        assert!(tekst.contains("\r\nDTSTART;VALUE=DATE:20260518\r\n"));
        assert!(tekst.contains("\r\nDTEND;VALUE=DATE:20260519\r\n"));
        assert!(tekst.contains("\r\nDTSTAMP:20260301T000000Z\r\n"));
        assert!(tekst.contains("\r\nUID:abc-20260518-0@inburgeringswijzer\r\n"));
        assert!(tekst.contains("DESCRIPTION:Wi2021 art. 15\\, lid 1\\; zie de wet"));
        assert!(!tekst.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let lang = "የ".repeat(60);
        let tekst = ics(&[afspraak(dag(2026, 1, 31), &lang)], dag(2026, 1, 1), "x");
        for lijn in tekst.split("\r\n") {
            assert!(lijn.len() <= 75, "{lijn}");
        }
        let ontvouwen = tekst.replace("\r\n ", "");
        assert!(ontvouwen.contains(&format!("SUMMARY:{lang}\r\n")));
    }

    #[test]
    fn each_event_has_two_reminders_before_its_last_day() {
        let tekst = ics(&[afspraak(dag(2026, 5, 18), "PIP klaar")], dag(2026, 3, 1), "abc");
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
        let tekst = ics(&[voorbij, periode, vandaag], dag(2026, 3, 1), "x");
        assert!(!tekst.contains("voorbij"), "a date before the peildatum is not in the file");
        assert!(tekst.contains("\r\nDTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20261001\r\n"));
        assert!(tekst.contains("\r\nDTSTART;VALUE=DATE:20260301\r\n"), "today is still to come");
        assert_eq!(tekst.matches("BEGIN:VEVENT").count(), 2);
    }

    #[test]
    fn an_empty_list_is_still_a_valid_calendar() {
        let tekst = ics(&[], dag(2026, 1, 1), "x");
        assert_eq!(tekst.matches("BEGIN:").count(), 1);
        assert!(!tekst.contains("VEVENT"));
    }
}
