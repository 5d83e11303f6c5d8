//! The huurtoeslag maximum rent limit (Wet op de huurtoeslag art. 13), only to warn a
//! klantmanager: not a rule of the budget itself. Until 2025 the limit was a condition (above
//! it, as a rule, no huurtoeslag); from 2026 it is a cap: huurtoeslag is still paid, only not
//! over the part of the rent above it (art. 21 lid 1 onder d).

use chrono::NaiveDate;

use crate::basis::datum::dag;
use crate::basis::geld::Cent;
use crate::engine::bron::{Bron, Wet};
use crate::engine::param::{bewaarde_herkomst, Aangekondigd, Parameter, Rij, Zekerheid};

/// The limits of one calendar year (art. 13 lid 1; changed on 1 January, art. 13 lid 2 / 4).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Huurgrens {
    /// Art. 13 lid 1 onder a: the limit when someone in the home is `jongeren_tot` or older, or a
    /// child lives there.
    pub bedrag: Cent,
    /// Art. 13 lid 1 onder b: the lower limit in other cases (every resident younger).
    pub jongeren: Cent,
    /// The age from which a resident brings the household under onder a (23 until 2025, 21 from 2026).
    pub jongeren_tot: u32,
    /// Until 2025 the limit is a condition ("Geen huurtoeslag wordt toegekend als de rekenhuur
    /// hoger is dan"); from 2026 only the part above it is not subsidised.
    pub voorwaarde: bool,
}

/// Wet op de huurtoeslag (BWBR0008659); the tool cites no other article of it, so this one source
/// for each row.
pub const BRON: Bron = Bron::new(Wet::Wht, "art. 13 lid 1");

const fn rij(vanaf: NaiveDate, waarde: Huurgrens, herkomst: &'static str) -> Rij<Huurgrens> {
    Rij {
        vanaf,
        waarde,
        bron: BRON,
        herkomst: bewaarde_herkomst(herkomst),
        zekerheid: Zekerheid::Bevestigd,
        gecontroleerd: dag(2026, 12, 1),
    }
}

crate::parameters! {
    /// One row per calendar year; a year without its own row is reported as not confirmed.
    pub const HUURGRENS: Parameter<Huurgrens> = Parameter {
        naam: "huurtoeslag_maximale_huurgrens",
        vluchtig: true,
        rijen: &[
            rij(
                dag(2024, 1, 1),
                Huurgrens { bedrag: 87_966, jongeren: 45_447, jongeren_tot: 23, voorwaarde: true },
                "belastingdienst.nl huurtoeslag maximale-huur (2024: 879,66; younger than 23 without a child and \
                 without a partner of 23 or older: 454,47; ../shared/domain/facts.md §5.5)",
            ),
            rij(
                dag(2025, 1, 1),
                Huurgrens { bedrag: 90_007, jongeren: 47_720, jongeren_tot: 23, voorwaarde: true },
                "regelrecht-corpus regulation/nl/wet/wet_op_de_huurtoeslag/2025-01-01.yaml art. 13 lid 1 (\"Geen \
                 huurtoeslag wordt toegekend als de rekenhuur hoger is dan € 900,07 ... 23 jaar of ouder\", onder b \
                 € 477,20), read 2026-12-01",
            ),
            rij(
                dag(2026, 1, 1),
                Huurgrens { bedrag: 93_293, jongeren: 49_820, jongeren_tot: 21, voorwaarde: false },
                "regelrecht-corpus regulation/nl/wet/wet_op_de_huurtoeslag/2026-01-01.yaml art. 13 lid 1 (\"De \
                 maximale huurgrens is: € 932,93 ... 21 jaar of ouder\", onder b € 498,20) and art. 21 lid 1 onder d \
                 (\"het deel van de rekenhuur boven de maximale huurgrens wordt niet gesubsidieerd\"), read 2026-12-01",
            ),
        ],
    };
}

/// Art. 13 lid 2: the limits of 2027, published in the Staatscourant before 1 November 2026
/// (art. 27) in the Regeling huurtoeslaggrenzen 2027.
pub const AANGEKONDIGD: &[Aangekondigd] = &[Aangekondigd {
    parameter: "huurtoeslag_maximale_huurgrens",
    per: dag(2027, 1, 1),
    bekend: dag(2026, 11, 1),
    wat: "huurtoeslag limits of 2027 (Wht art. 13 lid 2 and 27: Staatscourant, before 1 November of the year \
          before; the consolidation of 2027-01-01)",
}];

impl Huurgrens {
    /// Art. 13 lid 1 onder a, 1°: the limit for a household with these ages (applicant and partner
    /// on the date), children and kostendelers (who are 27 or older, so always at or above the
    /// age). What the input cannot know gives the lower limit of onder b: a medebewoner of
    /// `jongeren_tot` to 26 who is not a kostendeler (onder a, 1°), and a resident younger than
    /// `jongeren_tot` with a handicap (onder a, 2°); the warning with the lower limit says both.
    pub fn voor(&self, leeftijden: [Option<u32>; 2], kinderen: bool, kostendelers: bool) -> Cent {
        let ouder = leeftijden.into_iter().flatten().any(|jaren| jaren >= self.jongeren_tot);
        if ouder || kinderen || kostendelers {
            self.bedrag
        } else {
            self.jongeren
        }
    }
}
