//! Dates and euro amounts per language. Dates spell the month out, so "3/4" can never be read
//! as April or March; digits are Western in every language, as on Dutch letters and forms. In
//! right-to-left languages a date or amount is wrapped in Unicode isolates (FSI … PDI) so it
//! keeps its order inside Arabic or Persian text.

use chrono::{Datelike, NaiveDate};

use super::Taal;
use crate::basis::geld::Cent;

const MAANDEN: [[&str; 12]; 6] = [
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    ["ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ"],
    ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
];

/// The name of month `maand` (1–12; clamped) in `taal`, as dates spell it.
pub fn maandnaam(taal: Taal, maand: u32) -> &'static str {
    MAANDEN[taal as usize][maand.clamp(1, 12) as usize - 1]
}

fn isoleer(taal: Taal, tekst: String) -> String {
    if taal.rechts_naar_links() {
        format!("\u{2068}{tekst}\u{2069}")
    } else {
        tekst
    }
}

/// "18 mei 2026", "18 May 2026", "18 Mayıs 2026", …
pub fn datum(taal: Taal, d: NaiveDate) -> String {
    isoleer(taal, format!("{} {} {}", d.day(), maandnaam(taal, d.month()), d.year()))
}

/// "€ 1.219,64" (nl), "€1,219.64" (en), "1.219,64 €" (tr); negative amounts get a minus sign.
pub fn bedrag(taal: Taal, cent: Cent) -> String {
    let (duizendtal, decimaal) = match taal {
        Taal::Nl | Taal::Tr => ('.', ','),
        Taal::En | Taal::Ar | Taal::Ti | Taal::Fa => (',', '.'),
    };
    let teken = if cent < 0 { "-" } else { "" };
    // Euros and cents as i64 (the quotient and remainder of /100 cannot overflow in abs());
    // size: i64 only, docs/stijl.md.
    let euros = (cent / 100).abs().to_string();
    let mut gegroepeerd = String::with_capacity(euros.len() + euros.len() / 3);
    for (i, c) in euros.chars().enumerate() {
        if i > 0 && (euros.len() - i) % 3 == 0 {
            gegroepeerd.push(duizendtal);
        }
        gegroepeerd.push(c);
    }
    // Size: pushed, not formatted, docs/stijl.md.
    gegroepeerd.push(decimaal);
    let getal = format!("{gegroepeerd}{:02}", (cent % 100).abs());
    let tekst = match taal {
        Taal::Nl => format!("{teken}€ {getal}"),
        Taal::Tr => format!("{teken}{getal} €"),
        _ => format!("{teken}€{getal}"),
    };
    isoleer(taal, tekst)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basis::datum::dag;

    #[test]
    fn amounts_group_thousands_per_language() {
        assert_eq!(bedrag(Taal::Nl, 121_964), "€ 1.219,64");
        assert_eq!(bedrag(Taal::Nl, -5), "-€ 0,05");
        assert_eq!(bedrag(Taal::Nl, -123_456), "-€ 1.234,56");
        assert_eq!(bedrag(Taal::Nl, i64::MIN), "-€ 92.233.720.368.547.758,08");
        assert_eq!(bedrag(Taal::En, 100_000_000), "€1,000,000.00");
        assert_eq!(bedrag(Taal::Tr, 99_999), "999,99 €");
        assert_eq!(bedrag(Taal::Ar, 121_964), "\u{2068}€1,219.64\u{2069}");
    }

    #[test]
    fn dates_spell_the_month() {
        assert_eq!(datum(Taal::Nl, dag(2026, 5, 18)), "18 mei 2026");
        assert_eq!(datum(Taal::Tr, dag(2026, 2, 1)), "1 Şubat 2026");
        assert_eq!(datum(Taal::Fa, dag(2026, 12, 31)), "\u{2068}31 دسامبر 2026\u{2069}");
    }
}
