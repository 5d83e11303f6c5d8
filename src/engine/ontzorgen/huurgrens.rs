//! The huurtoeslag maximum rent limit (maximale huurgrens), only to warn a klantmanager: above it
//! there is usually no huurtoeslag. Not a rule of the budget itself.

use chrono::NaiveDate;

use crate::engine::bron::{Bron, Wet};
use crate::engine::datum::dag;
use crate::engine::geld::Cent;
use crate::engine::param::{bewaarde_herkomst, Parameter, Rij, Zekerheid};

/// Wet op de huurtoeslag; the tool cites no article of it, so the rows carry a descriptive source.
pub const BRON: Bron = Bron::new(Wet::Beleid, "huurtoeslag: maximale huurgrens");

const fn rij(vanaf: NaiveDate, waarde: Cent, herkomst: &'static str, zekerheid: Zekerheid) -> Rij<Cent> {
    Rij {
        vanaf,
        waarde,
        bron: BRON,
        herkomst: bewaarde_herkomst(herkomst),
        zekerheid,
        gecontroleerd: dag(2026, 11, 23),
    }
}

/// No 2024 value was found in a source here: months in 2024 are reported as unchecked.
pub const HUURGRENS: Parameter<Cent> = Parameter {
    naam: "huurtoeslag_maximale_huurgrens",
    vluchtig: true,
    rijen: &[
        rij(
            dag(2025, 1, 1),
            90_007,
            "MinBZK/poc-machine-law laws/wet_op_de_huurtoeslag/TOESLAGEN-2025-01-01.yaml (facts.md §5.5, secundair)",
            Zekerheid::Afgeleid,
        ),
        // 2026 not found (facts.md §5.5): the 2025 value is carried and marked.
        rij(dag(2026, 1, 1), 90_007, "2026 niet gevonden: waarde 2025 doorgetrokken", Zekerheid::Onbevestigd),
    ],
};
