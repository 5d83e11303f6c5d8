//! The numbers, thresholds and dates of the advice as dated, sourced rows
//! (S-WI = Wi2021 consolidation 2025-10-21, S-BI = Besluit inburgering 2021 consolidation 2026-04-02;
//! see ../shared/domain/facts.md).

use chrono::NaiveDate;

use super::Regime;
use crate::engine::bron::{Bron, Wet};
use crate::engine::datum::dag;
use crate::engine::geld::Cent;
use crate::engine::param::{Parameter, Rij, Zekerheid};

const GECONTROLEERD: NaiveDate = dag(2026, 11, 22);

const fn rij<T>(vanaf: NaiveDate, waarde: T, bron: Bron, herkomst: &'static str, zekerheid: Zekerheid) -> Rij<T> {
    Rij { vanaf, waarde, bron, herkomst, zekerheid, gecontroleerd: GECONTROLEERD }
}

/// The row in force on `datum`; before the first row, the first row.
pub fn geldend<T>(parameter: &Parameter<T>, datum: NaiveDate) -> &'static Rij<T> {
    parameter.op(datum).unwrap_or(&parameter.rijen[0])
}

/// Wi2021 art. 54 lid 1: keyed by the date the obligation arose. Wi2021 entered into force on
/// 1 January 2022; earlier obligations stay under Wi2013. Obligations before Wi2013 itself are
/// treated as Wi2013 too (the engine has no rules for the older law).
pub const WET_OP_ONTSTAAN: Parameter<Regime> = Parameter {
    naam: "wet_naar_ontstaan_plicht",
    vluchtig: false,
    rijen: &[
        rij(
            dag(1900, 1, 1),
            Regime::Wi2013,
            Bron::new(Wet::Wi2021, "art. 54 lid 1"),
            "S-WI art. 54 lid 1",
            Zekerheid::Bevestigd,
        ),
        rij(
            dag(2022, 1, 1),
            Regime::Wi2021,
            Bron::new(Wet::Wi2021, "art. 54 lid 1"),
            "rijksoverheid.nl nieuwe-wet-inburgering: in werking 1 januari 2022",
            Zekerheid::Bevestigd,
        ),
    ],
};

/// Wi2021 art. 3 lid 1: plichtig from this age.
pub const MINIMUMLEEFTIJD: Parameter<u32> = Parameter {
    naam: "minimumleeftijd_inburgeringsplicht",
    vluchtig: false,
    rijen: &[rij(
        dag(2022, 1, 1),
        16,
        Bron::new(Wet::Wi2021, "art. 3 lid 1"),
        "S-WI art. 3 lid 1",
        Zekerheid::Bevestigd,
    )],
};

/// Wi2021 art. 3 lid 2 onder a: nationals of the EU, the EEA and Switzerland (ISO 3166-1 alpha-2;
/// `GR` and `EL` both for Greece). Keyed by peildatum; the row starts after the UK left the EU.
pub const EU_EER_CH: Parameter<&'static [&'static str]> = Parameter {
    naam: "nationaliteiten_eu_eer_zwitserland",
    vluchtig: false,
    rijen: &[rij(
        dag(2020, 2, 1),
        &[
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "EL", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH",
        ],
        Bron::new(Wet::Wi2021, "art. 3 lid 2 onder a"),
        "S-WI art. 3 lid 2; list of EU/EEA member states",
        Zekerheid::Bevestigd,
    )],
};

/// Turkish nationals (rijksoverheid.nl inburgeren-turkse-nationaliteit): with an asylum permit
/// (or as family of an asylum status holder) plichtig for permits from 1 May 2020. Keyed by the
/// permit date.
pub const TURKS_ASIEL_PLICHTIG: Parameter<bool> = Parameter {
    naam: "turkse_nationaliteit_asiel_plichtig",
    vluchtig: false,
    rijen: &[
        rij(dag(1900, 1, 1), false, Bron::new(Wet::Wi2021, "art. 3 lid 2 onder d"), TURKS, Zekerheid::Bevestigd),
        rij(dag(2020, 5, 1), true, Bron::new(Wet::Wi2021, "art. 3 lid 2 onder d"), TURKS, Zekerheid::Bevestigd),
    ],
};

/// Turkish nationals with any other permit: plichtig for permits from 1 January 2022.
pub const TURKS_OVERIG_PLICHTIG: Parameter<bool> = Parameter {
    naam: "turkse_nationaliteit_overig_plichtig",
    vluchtig: false,
    rijen: &[
        rij(dag(1900, 1, 1), false, Bron::new(Wet::Wi2021, "art. 3 lid 2 onder d"), TURKS, Zekerheid::Bevestigd),
        rij(dag(2022, 1, 1), true, Bron::new(Wet::Wi2021, "art. 3 lid 2 onder d"), TURKS, Zekerheid::Bevestigd),
    ],
};

const TURKS: &str = "rijksoverheid.nl vraag-en-antwoord inburgeren-turkse-nationaliteit; news 2021-11-17";

/// Leerbaarheidstoets cesuur out of 40, valid on the test date (Divosa maatregelen; secondary
/// source, so derived). Wi2021 art. 14 lid 3 onder a names the test, not the cesuur.
pub const CESUUR: Parameter<u32> = Parameter {
    naam: "leerbaarheidstoets_cesuur",
    vluchtig: true,
    rijen: &[
        rij(dag(2022, 1, 1), 31, Bron::new(Wet::Wi2021, "art. 14 lid 3 onder a"), CESUUR_BRON, Zekerheid::Afgeleid),
        rij(dag(2023, 4, 12), 28, Bron::new(Wet::Wi2021, "art. 14 lid 3 onder a"), CESUUR_BRON, Zekerheid::Afgeleid),
    ],
};

const CESUUR_BRON: &str = "divosa.nl hulpmiddelen-brede-intake-pip-en-leerbaarheidstoets/maatregelen";

/// Besluit art. 5.3 lid 1: the PIP within 10 weeks after DUO's notification.
pub const PIP_WEKEN: Parameter<u64> = Parameter {
    naam: "pip_binnen_weken",
    vluchtig: false,
    rijen: &[rij(
        dag(2022, 1, 1),
        10,
        Bron::new(Wet::Bi2021, "art. 5.3 lid 1"),
        "S-BI art. 5.3 lid 1",
        Zekerheid::Bevestigd,
    )],
};

/// Wi2021 art. 11 lid 1: the inburgeringstermijn is three years.
pub const TERMIJN_MAANDEN: Parameter<u32> = Parameter {
    naam: "inburgeringstermijn_maanden",
    vluchtig: false,
    rijen: &[rij(
        dag(2022, 1, 1),
        36,
        Bron::new(Wet::Wi2021, "art. 11 lid 1"),
        "S-WI art. 11 lid 1",
        Zekerheid::Bevestigd,
    )],
};

/// Besluit art. 5.4 lid 1: a route change at most 1.5 years after the start of the termijn.
pub const ROUTEWISSEL_MAANDEN: Parameter<u32> = Parameter {
    naam: "routewissel_maanden",
    vluchtig: false,
    rijen: &[rij(
        dag(2022, 1, 1),
        18,
        Bron::new(Wet::Bi2021, "art. 5.4 lid 1"),
        "S-BI art. 5.4 lid 1",
        Zekerheid::Bevestigd,
    )],
};

/// Pw art. 56a lid 2: ontzorgen for six months from the day the right to bijstand arises.
pub const ONTZORGEN_MAANDEN: Parameter<u32> = Parameter {
    naam: "ontzorgen_maanden",
    vluchtig: false,
    rijen: &[rij(
        dag(2022, 1, 1),
        6,
        Bron::new(Wet::Pw, "art. 56a lid 2"),
        "S-PW art. 56a lid 2",
        Zekerheid::Bevestigd,
    )],
};

/// Besluit art. 5.5 lid 1: afschalen B1 → A2 after 600 course hours (aanzienlijke inspanningen).
pub const AFSCHALEN_UREN: Parameter<i64> = Parameter {
    naam: "afschalen_cursusuren",
    vluchtig: false,
    rijen: &[rij(
        dag(2022, 1, 1),
        600,
        Bron::new(Wet::Bi2021, "art. 5.5 lid 1"),
        "S-BI art. 5.5",
        Zekerheid::Bevestigd,
    )],
};

/// Besluit art. 3.14 lid 2 onder a (lid 3 for family and other migrants): Z-route course hours.
pub const Z_CURSUSUREN: Parameter<i64> = Parameter {
    naam: "z_route_cursusuren",
    vluchtig: false,
    rijen: &[rij(
        dag(2022, 1, 1),
        800,
        Bron::new(Wet::Bi2021, "art. 3.14 lid 2"),
        "S-BI art. 3.14",
        Zekerheid::Bevestigd,
    )],
};

/// Besluit art. 3.14 lid 2 onder b: participation hours, for asylum status holders only.
pub const Z_PARTICIPATIEUREN: Parameter<i64> = Parameter {
    naam: "z_route_participatieuren",
    vluchtig: false,
    rijen: &[rij(
        dag(2022, 1, 1),
        800,
        Bron::new(Wet::Bi2021, "art. 3.14 lid 2"),
        "S-BI art. 3.14",
        Zekerheid::Bevestigd,
    )],
};

/// Besluit art. 4.4: six months' extension after aanzienlijke inspanningen.
pub const VERLENGING_MAANDEN: Parameter<i64> = Parameter {
    naam: "verlenging_inspanningen_maanden",
    vluchtig: false,
    rijen: &[rij(dag(2022, 1, 1), 6, Bron::new(Wet::Bi2021, "art. 4.4"), "S-BI art. 4.4", Zekerheid::Bevestigd)],
};

/// Wi2021 art. 26: maximum fine for not completing the leerroute (art. 25).
pub const BOETE_LEERROUTE: Parameter<Cent> = Parameter {
    naam: "boete_leerroute_max",
    vluchtig: false,
    rijen: &[rij(dag(2022, 1, 1), 100_000, Bron::new(Wet::Wi2021, "art. 26"), "S-WI art. 26", Zekerheid::Bevestigd)],
};

/// Wi2021 art. 26: maximum fine for not completing PVT or MAP (art. 24).
pub const BOETE_PVT_MAP: Parameter<Cent> = Parameter {
    naam: "boete_pvt_map_max",
    vluchtig: false,
    rijen: &[rij(dag(2022, 1, 1), 34_000, Bron::new(Wet::Wi2021, "art. 26"), "S-WI art. 26", Zekerheid::Bevestigd)],
};

/// The newest row of the rule data the advice uses (AOW rows are keyed by birth date and left out).
pub fn regels_tot() -> NaiveDate {
    [
        WET_OP_ONTSTAAN.laatste_wijziging(),
        MINIMUMLEEFTIJD.laatste_wijziging(),
        EU_EER_CH.laatste_wijziging(),
        TURKS_ASIEL_PLICHTIG.laatste_wijziging(),
        TURKS_OVERIG_PLICHTIG.laatste_wijziging(),
        CESUUR.laatste_wijziging(),
        PIP_WEKEN.laatste_wijziging(),
        TERMIJN_MAANDEN.laatste_wijziging(),
        ROUTEWISSEL_MAANDEN.laatste_wijziging(),
        ONTZORGEN_MAANDEN.laatste_wijziging(),
        AFSCHALEN_UREN.laatste_wijziging(),
        Z_CURSUSUREN.laatste_wijziging(),
        Z_PARTICIPATIEUREN.laatste_wijziging(),
        VERLENGING_MAANDEN.laatste_wijziging(),
        BOETE_LEERROUTE.laatste_wijziging(),
        BOETE_PVT_MAP.laatste_wijziging(),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(GECONTROLEERD)
}
