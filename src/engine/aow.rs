//! The pensioengerechtigde leeftijd (AOW art. 7a lid 1) by date of birth, shared by the advice
//! (the inburgeringsplicht ends on it) and the ontzorgen budget (Pw art. 22 norms start on it).
//! Source table: ../shared/domain/facts.md §6.

use chrono::NaiveDate;

use super::bron::{Bron, Wet};
use super::datum::{bereikt_leeftijd, dag};
use super::param::{bewaarde_herkomst, Parameter, Rij, Zekerheid};

/// AOW art. 7a lid 1: the pensioengerechtigde leeftijd.
pub const BRON: Bron = Bron::new(Wet::Aow, "art. 7a lid 1");

/// An AOW age: whole years and months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AowLeeftijd {
    pub jaren: u32,
    pub maanden: u32,
}

const fn rij(
    vanaf: NaiveDate,
    jaren: u32,
    maanden: u32,
    herkomst: &'static str,
    zekerheid: Zekerheid,
) -> Rij<AowLeeftijd> {
    Rij {
        vanaf,
        waarde: AowLeeftijd { jaren, maanden },
        bron: BRON,
        herkomst: bewaarde_herkomst(herkomst),
        zekerheid,
        gecontroleerd: dag(2026, 11, 23),
    }
}

/// Keyed by the first birth date of each range (`vanaf` is a birth date here, not an effective date).
pub const AOW_LEEFTIJD: Parameter<AowLeeftijd> = Parameter {
    naam: "aow_leeftijd_naar_geboortedatum",
    vluchtig: false,
    rijen: &[
        // Births before 1 Sep 1955 reached AOW age before 2023; the historic steps (65 y 1 m .. 66 y 4 m)
        // are not verified here, so the old age of 65 stands in and is marked.
        rij(dag(1900, 1, 1), 65, 0, "facts.md §6: historic steps not verified", Zekerheid::Onbevestigd),
        rij(dag(1955, 9, 1), 66, 7, "ikwoonleefzorg.nl wat-is-mijn-aow-leeftijd (secundair)", Zekerheid::Afgeleid),
        rij(dag(1956, 6, 1), 66, 10, "ikwoonleefzorg.nl wat-is-mijn-aow-leeftijd (secundair)", Zekerheid::Afgeleid),
        rij(dag(1957, 3, 1), 67, 0, "rijksoverheid.nl wanneer-gaat-mijn-aow-in", Zekerheid::Bevestigd),
        rij(
            dag(1961, 1, 1),
            67,
            3,
            "rijksoverheid.nl wanneer-gaat-mijn-aow-in (AOW in 2028-2029)",
            Zekerheid::Bevestigd,
        ),
        // 2030 and 2031: the age is fixed at 67 y 3 m (NOS 2024-11, syfers.nl); the ranges are derived.
        rij(dag(1962, 10, 1), 67, 3, "NOS 2024-11; birth range derived (facts.md §6)", Zekerheid::Afgeleid),
        // From 2032 not yet fixed; it cannot go down, so 67 y 3 m is the provisional floor.
        rij(dag(1964, 10, 1), 67, 3, "not fixed yet: provisional floor (facts.md §6)", Zekerheid::Onbevestigd),
    ],
};

/// AOW art. 7a lid 1: the day someone born on `geboortedatum` reaches the pensioengerechtigde
/// leeftijd, and how certain that is.
pub fn aow_datum(geboortedatum: NaiveDate) -> (NaiveDate, Zekerheid) {
    let rij = AOW_LEEFTIJD.geldend(geboortedatum);
    (bereikt_leeftijd(geboortedatum, rij.waarde.jaren, rij.waarde.maanden), rij.zekerheid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aow_date_follows_the_birth_date_ranges() {
        assert_eq!(aow_datum(dag(1957, 3, 1)), (dag(2024, 3, 1), Zekerheid::Bevestigd));
        assert_eq!(aow_datum(dag(1957, 2, 28)), (dag(2023, 12, 28), Zekerheid::Afgeleid));
        assert_eq!(aow_datum(dag(1961, 1, 1)), (dag(2028, 4, 1), Zekerheid::Bevestigd));
        assert_eq!(aow_datum(dag(1960, 12, 31)), (dag(2027, 12, 31), Zekerheid::Bevestigd));
        assert_eq!(aow_datum(dag(1990, 5, 31)), (dag(2057, 8, 31), Zekerheid::Onbevestigd));
    }
}
