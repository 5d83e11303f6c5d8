//! A calendar file (iCalendar, RFC 5545) of the deadlines, written on the person's own device.
//! Whole-day events (`DTSTART;VALUE=DATE`), CRLF line endings, lines folded at 75 octets.
//! `DTSTAMP` is the `peildatum`: this module never reads a clock either.

use chrono::{Datelike, Days, NaiveDate};

/// One whole-day event.
#[derive(Debug, Clone, PartialEq)]
pub struct Afspraak {
    pub datum: NaiveDate,
    /// Short title (`SUMMARY`), already in the reader's language.
    pub titel: String,
    /// Longer text (`DESCRIPTION`): the explanation and the article.
    pub beschrijving: String,
}

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

/// The whole calendar. `uid_basis` makes the UIDs stable for the same answers (the same
/// deadline imported twice updates instead of duplicating).
pub fn ics(afspraken: &[Afspraak], peildatum: NaiveDate, uid_basis: &str) -> String {
    let mut uit = String::new();
    regel(&mut uit, "BEGIN:VCALENDAR");
    regel(&mut uit, "VERSION:2.0");
    regel(&mut uit, "PRODID:-//Inburgeringswijzer//NL");
    regel(&mut uit, "CALSCALE:GREGORIAN");
    for (i, afspraak) in afspraken.iter().enumerate() {
        regel(&mut uit, "BEGIN:VEVENT");
        regel(&mut uit, &format!("UID:{}-{}-{i}@inburgeringswijzer", ontsnap(uid_basis), ymd(afspraak.datum)));
        regel(&mut uit, &format!("DTSTAMP:{}T000000Z", ymd(peildatum)));
        regel(&mut uit, &format!("DTSTART;VALUE=DATE:{}", ymd(afspraak.datum)));
        let volgende = afspraak.datum.checked_add_days(Days::new(1)).unwrap_or(afspraak.datum);
        regel(&mut uit, &format!("DTEND;VALUE=DATE:{}", ymd(volgende)));
        regel(&mut uit, &format!("SUMMARY:{}", ontsnap(&afspraak.titel)));
        if !afspraak.beschrijving.is_empty() {
            regel(&mut uit, &format!("DESCRIPTION:{}", ontsnap(&afspraak.beschrijving)));
        }
        regel(&mut uit, "TRANSP:TRANSPARENT");
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
        Afspraak { datum: d, titel: titel.into(), beschrijving: "Wi2021 art. 15, lid 1; zie de wet".into() }
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
    fn an_empty_list_is_still_a_valid_calendar() {
        let tekst = ics(&[], dag(2026, 1, 1), "x");
        assert_eq!(tekst.matches("BEGIN:").count(), 1);
        assert!(!tekst.contains("VEVENT"));
    }
}
