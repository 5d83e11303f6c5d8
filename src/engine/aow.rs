//! The pensioengerechtigde leeftijd (AOW art. 7a lid 1) by date of birth, shared by the advice
//! (the inburgeringsplicht ends on it) and the ontzorgen budget (Pw art. 22 norms start on it).
//! Source table: ../shared/domain/facts.md §6.

use chrono::NaiveDate;

use super::bron::{Bron, Wet};
use super::param::{bewaarde_herkomst, Aangekondigd, Parameter, Rij, Zekerheid};
use crate::basis::datum::{bereikt_leeftijd, dag};

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

/// AOW art. 7a lid 1 as read in `MinBZK/regelrecht-corpus`
/// `regulation/nl/wet/algemene_ouderdomswet/2026-07-01.yaml` (read 2026-12-01): the age per
/// calendar year in which it is reached (a. before 2013: 65; b.-n. 2013 to 2025), and from 2026
/// the ages fixed five years ahead in the Staatscourant (lid 2 and 3).
const STATUUT: &str = "regelrecht-corpus algemene_ouderdomswet/2026-07-01.yaml art. 7a lid 1 (read 2026-12-01); \
                       birth range = the births that reach this age in that year";
const fn statuut(vanaf: NaiveDate, jaren: u32, maanden: u32) -> Rij<AowLeeftijd> {
    Rij { gecontroleerd: dag(2026, 12, 1), ..rij(vanaf, jaren, maanden, STATUUT, Zekerheid::Bevestigd) }
}

crate::parameters! {
    /// Keyed by the first birth date of each range (`vanaf` is a birth date here, not an
    /// effective date): the births that reach the age of that row in one calendar year of the
    /// statutory table. The first row has no lower bound ("vóór 1 januari 2013: 65").
    pub const AOW_LEEFTIJD: Parameter<AowLeeftijd> = Parameter {
        naam: "aow_leeftijd_naar_geboortedatum",
        vluchtig: false,
        rijen: &[
            statuut(NaiveDate::MIN, 65, 0),
            statuut(dag(1948, 1, 1), 65, 1),
            statuut(dag(1948, 12, 1), 65, 2),
            statuut(dag(1949, 11, 1), 65, 3),
            statuut(dag(1950, 10, 1), 65, 6),
            statuut(dag(1951, 7, 1), 65, 9),
            statuut(dag(1952, 4, 1), 66, 0),
            // 2019, 2020 and 2021 all 66 y 4 m: one range.
            statuut(dag(1953, 1, 1), 66, 4),
            statuut(dag(1955, 9, 1), 66, 7),
            statuut(dag(1956, 6, 1), 66, 10),
            // 2024 and 2025 in the statute (onder m, n); 2026 and 2027 in the Staatscourant.
            rij(
                dag(1957, 3, 1),
                67,
                0,
                "regelrecht-corpus algemene_ouderdomswet/2026-07-01.yaml art. 7a lid 1 onder m, n (2024, 2025); \
                 rijksoverheid.nl wanneer-gaat-mijn-aow-in (2026, 2027)",
                Zekerheid::Bevestigd,
            ),
            rij(
                dag(1961, 1, 1),
                67,
                3,
                "rijksoverheid.nl wanneer-gaat-mijn-aow-in (AOW in 2028-2029)",
                Zekerheid::Bevestigd,
            ),
            // 2030 and 2031: the age is fixed at 67 y 3 m (NOS 2024-11; syfers.nl and
            // seniorenjournaal.nl for 2031, secondary); the birth ranges follow from the age, but
            // the Staatscourant itself was not read here.
            rij(dag(1962, 10, 1), 67, 3, "NOS 2024-11 (2030); syfers.nl, seniorenjournaal.nl (2031): facts.md §6", Zekerheid::Afgeleid),
            // From 2032 not yet fixed; it cannot go down, so 67 y 3 m is the provisional floor.
            rij(dag(1964, 10, 1), 67, 3, "not fixed yet: provisional floor (facts.md §6)", Zekerheid::Onbevestigd),
        ],
    };
}

/// AOW art. 7a lid 2 and 3: the age of 2032 is fixed by 1 January 2027 and published in the
/// Staatscourant; until then births from 1 October 1964 have the provisional floor.
pub const AANGEKONDIGD: &[Aangekondigd] = &[Aangekondigd {
    parameter: "aow_leeftijd_naar_geboortedatum",
    per: dag(1964, 10, 1),
    bekend: dag(2027, 1, 1),
    wat: "AOW age in 2032 (art. 7a lid 2 and 3: fixed by 1 January 2027, Staatscourant; rijksoverheid.nl \
          wanneer-gaat-mijn-aow-in), and with it the birth range of 2031",
}];

/// AOW art. 7a lid 1: the day someone born on `geboortedatum` reaches the pensioengerechtigde
/// leeftijd, and how certain that is.
pub fn aow_datum(geboortedatum: NaiveDate) -> (NaiveDate, Zekerheid) {
    // The first row starts at the earliest date there is, so every birth date has a row; the
    // fallback is only the type's.
    let rij = AOW_LEEFTIJD.geldend(geboortedatum).unwrap_or(&AOW_LEEFTIJD.rijen[0]);
    (bereikt_leeftijd(geboortedatum, rij.waarde.jaren, rij.waarde.maanden), rij.zekerheid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn aow_date_follows_the_birth_date_ranges() {
        assert_eq!(aow_datum(dag(1957, 3, 1)), (dag(2024, 3, 1), Zekerheid::Bevestigd));
        assert_eq!(aow_datum(dag(1957, 2, 28)), (dag(2023, 12, 28), Zekerheid::Bevestigd));
        assert_eq!(aow_datum(dag(1961, 1, 1)), (dag(2028, 4, 1), Zekerheid::Bevestigd));
        assert_eq!(aow_datum(dag(1960, 12, 31)), (dag(2027, 12, 31), Zekerheid::Bevestigd));
        assert_eq!(aow_datum(dag(1990, 5, 31)), (dag(2057, 8, 31), Zekerheid::Onbevestigd));
        assert_eq!(aow_datum(dag(1945, 6, 15)), (dag(2010, 6, 15), Zekerheid::Bevestigd));
    }

    /// AOW art. 7a lid 1 a.-n.: the age that applies in the calendar year in which it is reached.
    fn wettelijke_leeftijd(jaar: i32) -> (u32, u32) {
        match jaar {
            ..=2012 => (65, 0),
            2013 => (65, 1),
            2014 => (65, 2),
            2015 => (65, 3),
            2016 => (65, 6),
            2017 => (65, 9),
            2018 => (66, 0),
            2019..=2021 => (66, 4),
            2022 => (66, 7),
            2023 => (66, 10),
            _ => (67, 0),
        }
    }

    #[test]
    fn the_birth_ranges_give_the_age_of_the_statutory_year_table() {
        // Every birth date from 1940 to 1957: the AOW date falls in the year whose statutory age
        // it is, and no earlier year's age was reached before (the ranges leave no gap).
        let mut geboren = dag(1940, 1, 1);
        while geboren < dag(1958, 1, 1) {
            let (datum, _) = aow_datum(geboren);
            let (jaren, maanden) = wettelijke_leeftijd(datum.year());
            assert_eq!(datum, bereikt_leeftijd(geboren, jaren, maanden), "born {geboren}");
            for eerder in 1940..datum.year() {
                let (j, m) = wettelijke_leeftijd(eerder);
                assert!(bereikt_leeftijd(geboren, j, m).year() > eerder, "born {geboren}: reached in {eerder}");
            }
            geboren = geboren.succ_opt().unwrap();
        }
    }
}
