//! Calendar arithmetic with chrono. Dates are plain calendar days: no times, no time zones.

use chrono::{Datelike, Days, Months, NaiveDate};

/// A date known at compile time; an impossible date fails the build.
pub const fn dag(jaar: i32, maand: u32, dag: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(jaar, maand, dag) {
        Some(datum) => datum,
        None => panic!("impossible date in rule data"),
    }
}

/// `2026-05-18`, the contract's date format (size: no strftime, docs/stijl.md).
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Parses exactly `YYYY-MM-DD` with a year from 1900 to 2200; anything else is `None`.
pub fn lees(tekst: &str) -> Option<NaiveDate> {
    let b = tekst.as_bytes();
    let vorm_klopt = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !vorm_klopt {
        return None;
    }
    let getal = |bereik: std::ops::Range<usize>| tekst.get(bereik)?.parse::<u32>().ok();
    let jaar = getal(0..4)? as i32;
    if !(1900..=2200).contains(&jaar) {
        return None;
    }
    NaiveDate::from_ymd_opt(jaar, getal(5..7)?, getal(8..10)?)
}

/// `datum + n months`, clamped to the end of a shorter month (2026-01-31 + 1 = 2026-02-28).
pub fn plus_maanden(datum: NaiveDate, maanden: u32) -> NaiveDate {
    datum.checked_add_months(Months::new(maanden)).expect("dates are bounded to 1900..=2200")
}

/// The last day of the period of `maanden` months starting on `begin` (contract: periods).
pub fn einde_periode(begin: NaiveDate, maanden: u32) -> NaiveDate {
    plus_maanden(begin, maanden) - Days::new(1)
}

/// The last day "within `weken` weeks after" an event: day 1 is the day after the event
/// (Algemene termijnenwet style, contract: periods).
pub fn binnen_weken(gebeurtenis: NaiveDate, weken: u64) -> NaiveDate {
    gebeurtenis + Days::new(7 * weken)
}

/// The day someone born on `geboortedatum` reaches `jaren` years and `maanden` months of age.
/// A birthday on 29 February falls on 28 February in other years (the month-end rule above).
pub fn bereikt_leeftijd(geboortedatum: NaiveDate, jaren: u32, maanden: u32) -> NaiveDate {
    plus_maanden(geboortedatum, 12 * jaren + maanden)
}

/// Age in whole years on `op`.
pub fn leeftijd(geboortedatum: NaiveDate, op: NaiveDate) -> u32 {
    let mut jaren = op.year() - geboortedatum.year();
    if jaren > 0 && bereikt_leeftijd(geboortedatum, jaren as u32, 0) > op {
        jaren -= 1;
    }
    jaren.max(0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lees_accepts_only_real_iso_dates() {
        assert_eq!(lees("2024-02-29"), Some(dag(2024, 2, 29)));
        for fout in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "24-01-01",
            "2024/01/01",
            "",
            "2024-01-01T00:00",
            "1899-12-31",
            "+202-01-01",
        ] {
            assert_eq!(lees(fout), None, "{fout}");
        }
    }

    #[test]
    fn month_periods_clamp_at_month_end() {
        assert_eq!(plus_maanden(dag(2026, 1, 31), 1), dag(2026, 2, 28));
        assert_eq!(einde_periode(dag(2026, 1, 31), 1), dag(2026, 2, 27));
        assert_eq!(einde_periode(dag(2026, 3, 2), 6), dag(2026, 9, 1));
        assert_eq!(einde_periode(dag(2026, 5, 12), 36), dag(2029, 5, 11));
        assert_eq!(einde_periode(dag(2026, 5, 12), 18), dag(2027, 11, 11));
    }

    #[test]
    fn weeks_count_from_the_day_after() {
        assert_eq!(binnen_weken(dag(2026, 3, 9), 10), dag(2026, 5, 18));
    }

    #[test]
    fn age_changes_on_the_birthday_not_before() {
        let geboren = dag(2005, 6, 15);
        assert_eq!(leeftijd(geboren, dag(2026, 6, 14)), 20);
        assert_eq!(leeftijd(geboren, dag(2026, 6, 15)), 21);
        let schrikkel = dag(2004, 2, 29);
        assert_eq!(leeftijd(schrikkel, dag(2025, 2, 27)), 20);
        assert_eq!(leeftijd(schrikkel, dag(2025, 2, 28)), 21);
        assert_eq!(leeftijd(geboren, dag(2000, 1, 1)), 0);
    }
}
