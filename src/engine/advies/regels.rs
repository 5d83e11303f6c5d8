//! The numbers, thresholds and dates of the advice as dated, sourced rows.
//!
//! Checked on 2026-11-23 against the statute texts in the public repository
//! `MinBZK/regelrecht-corpus` (`regulation/nl/...`, one YAML file per consolidation date): for each
//! row the version in force on its `vanaf` and the newest version (Wi2021 2022-01-01 and
//! 2025-10-21; Besluit inburgering 2021 2022-01-01, 2023-01-01, 2024-01-01, 2024-04-17 and
//! 2026-04-02, and on 2026-12-01 also 2024-06-12, 2025-09-01 and 2025-11-20; Participatiewet
//! 2022-01-01 and 2026-01-01). Every Besluit version in the corpus has now been read for the
//! rows that rest on it; 2025-09-01 added art. 3.14 lid 9 and 10 (hours of vso,
//! praktijkonderwijs or the entreeopleiding may count towards the Z-route's 800 course hours),
//! which changes no value here. `herkomst` names the file and the place
//! read. Rows whose value is not in a statute (the leerbaarheidstoets cesuur, the dates for Turkish
//! nationals) keep their earlier source and check date.

use chrono::NaiveDate;

use super::{Onderdeel, Regime};
use crate::basis::datum::dag;
use crate::basis::geld::Cent;
use crate::engine::bron::{Bron, Wet};
use crate::engine::param::{bewaarde_herkomst, Parameter, Rij, Zekerheid};

/// Check date of the rows taken from secondary or official sources (facts.md), not re-read here.
const GECONTROLEERD: NaiveDate = dag(2026, 11, 22);
/// Check date of the rows read in the statute text (regelrecht-corpus).
const NAGELEZEN: NaiveDate = dag(2026, 11, 23);
/// Check date of the Besluit rows after reading its versions of 2024-06-12, 2025-09-01 and
/// 2025-11-20 as well (art. 3.14 lid 2 and 3, 4.4 lid 1, 5.3 lid 1, 5.4 lid 1, 5.5 lid 1: same text).
const BESLUIT_NAGELEZEN: NaiveDate = dag(2026, 12, 1);

/// A row with its provenance (the `herkomst` kept only natively, see `bewaarde_herkomst`).
pub(super) const fn rij<T>(
    vanaf: NaiveDate,
    waarde: T,
    bron: Bron,
    herkomst: &'static str,
    zekerheid: Zekerheid,
    gecontroleerd: NaiveDate,
) -> Rij<T> {
    Rij { vanaf, waarde, bron, herkomst: bewaarde_herkomst(herkomst), zekerheid, gecontroleerd }
}

const TURKS: &str = "rijksoverheid.nl vraag-en-antwoord inburgeren-turkse-nationaliteit; news 2021-11-17 (the \
                     dates are not in the statute)";
const TURKS_BRON: Bron = Bron::new(Wet::Wi2021, "art. 3 lid 2 onder d");
const CESUUR_BRON: &str = "divosa.nl hulpmiddelen-brede-intake-pip-en-leerbaarheidstoets/maatregelen";
const TOETS_BRON: Bron = Bron::new(Wet::Wi2021, "art. 14 lid 3 onder a");

crate::parameters! {
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
                "regelrecht-corpus regulation/nl/wet/wet_inburgering_2021/2022-01-01.yaml art. 54 lid 1; same text in \
                 2025-10-21.yaml",
                Zekerheid::Bevestigd,
                NAGELEZEN,
            ),
            rij(
                dag(2022, 1, 1),
                Regime::Wi2021,
                Bron::new(Wet::Wi2021, "art. 54 lid 1"),
                "regelrecht-corpus regulation/nl/wet/wet_inburgering_2021/2022-01-01.yaml art. 54 lid 1 (first \
                 consolidation, valid_from 2022-01-01; art. 55 leaves the date to a royal decree); rijksoverheid.nl \
                 nieuwe-wet-inburgering: in werking 1 januari 2022",
                Zekerheid::Bevestigd,
                NAGELEZEN,
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
            "regelrecht-corpus regulation/nl/wet/wet_inburgering_2021/2022-01-01.yaml art. 3 lid 1 (\"16 jaar of \
             ouder\"); same text in 2025-10-21.yaml",
            Zekerheid::Bevestigd,
            NAGELEZEN,
        )],
    };

    /// Wi2021 art. 4 lid 1 onder a: vrijstelling for whoever was leerplichtig or kwalificatieplichtig
    /// in the Netherlands for at least this many years.
    pub const VRIJSTELLING_LEERPLICHT_JAREN: Parameter<u32> = Parameter {
        naam: "vrijstelling_leerplicht_jaren",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            8,
            Bron::new(Wet::Wi2021, "art. 4 lid 1 onder a"),
            "regelrecht-corpus regulation/nl/wet/wet_inburgering_2021/2022-01-01.yaml art. 4.1.a (\"ten minste acht \
             jaar leerplichtig of kwalificatieplichtig\"); same text in 2025-10-21.yaml",
            Zekerheid::Bevestigd,
            NAGELEZEN,
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
            "regelrecht-corpus regulation/nl/wet/wet_inburgering_2021/2022-01-01.yaml art. 3 lid 2 onder a (EU, EEA, \
             Switzerland; same text in 2025-10-21.yaml); the states are not listed in the statute: EU-27 + IS, LI, NO \
             + CH",
            Zekerheid::Bevestigd,
            NAGELEZEN,
        )],
    };

    /// Turkish nationals (rijksoverheid.nl inburgeren-turkse-nationaliteit): with an asylum permit
    /// (or as family of an asylum status holder) plichtig for permits from 1 May 2020. Keyed by the
    /// permit date. Wi2021 art. 3 lid 2 onder d (no obligation where a treaty forbids it) is the
    /// exception these rows apply; the statute names neither Turkey nor the dates.
    pub const TURKS_ASIEL_PLICHTIG: Parameter<bool> = Parameter {
        naam: "turkse_nationaliteit_asiel_plichtig",
        vluchtig: false,
        rijen: &[
            rij(dag(1900, 1, 1), false, TURKS_BRON, TURKS, Zekerheid::Bevestigd, GECONTROLEERD),
            rij(dag(2020, 5, 1), true, TURKS_BRON, TURKS, Zekerheid::Bevestigd, GECONTROLEERD),
        ],
    };

    /// Turkish nationals with any other permit: plichtig for permits from 1 January 2022.
    pub const TURKS_OVERIG_PLICHTIG: Parameter<bool> = Parameter {
        naam: "turkse_nationaliteit_overig_plichtig",
        vluchtig: false,
        rijen: &[
            rij(dag(1900, 1, 1), false, TURKS_BRON, TURKS, Zekerheid::Bevestigd, GECONTROLEERD),
            rij(dag(2022, 1, 1), true, TURKS_BRON, TURKS, Zekerheid::Bevestigd, GECONTROLEERD),
        ],
    };

    /// Leerbaarheidstoets cesuur out of 40, valid on the test date (Divosa maatregelen; secondary
    /// source, so derived). Wi2021 art. 14 lid 3 onder a names the test, not the cesuur; neither the
    /// Wi2021 nor the Besluit inburgering 2021 holds it, and no ministeriële regeling is in the corpus.
    pub const CESUUR: Parameter<u32> = Parameter {
        naam: "leerbaarheidstoets_cesuur",
        vluchtig: true,
        rijen: &[
            rij(dag(2022, 1, 1), 31, TOETS_BRON, CESUUR_BRON, Zekerheid::Afgeleid, GECONTROLEERD),
            rij(dag(2023, 4, 12), 28, TOETS_BRON, CESUUR_BRON, Zekerheid::Afgeleid, GECONTROLEERD),
        ],
    };

    /// Wi2013 art. 7 lid 2 (the exam) with Besluit inburgering art. 2.10 lid 1 (its parts), keyed by
    /// the date the obligation arose: A2 and KNM from the start; ONA for obligations from
    /// 1 January 2015; the participatieverklaringstraject (art. 7 lid 2 onder a since the version of
    /// 1 October 2017) for obligations from that day. The transitional rules that key the parts by
    /// that date are not in the corpus, hence `Afgeleid`.
    pub const WI2013_ONDERDELEN: Parameter<&'static [Onderdeel]> = Parameter {
        naam: "wi2013_examenonderdelen",
        vluchtig: false,
        rijen: &[
            rij(
                dag(1900, 1, 1),
                &[Onderdeel::A2Examen, Onderdeel::Knm],
                Bron::new(Wet::Wi2013, "art. 7 lid 2"),
                "regelrecht-corpus regulation/nl/wet/wet_inburgering/2014-03-29.yaml art. 7: A2 and KNM only",
                Zekerheid::Bevestigd,
                NAGELEZEN,
            ),
            rij(
                dag(2015, 1, 1),
                &[Onderdeel::A2Examen, Onderdeel::Knm, Onderdeel::Ona],
                Bron::new(Wet::Wi2013, "art. 7 lid 2 en art. 8 lid 1 onder c"),
                "ONA for obligations from 1 January 2015 (DUO; Besluit inburgering art. 2.10 lid 1 onder b)",
                Zekerheid::Afgeleid,
                GECONTROLEERD,
            ),
            rij(
                dag(2017, 10, 1),
                &[Onderdeel::A2Examen, Onderdeel::Knm, Onderdeel::Ona, Onderdeel::Pvt],
                Bron::new(Wet::Wi2013, "art. 7 lid 2 en art. 8 lid 1 onder c"),
                "regelrecht-corpus wet_inburgering 2017-10-01.yaml art. 7 lid 2 adds the participatieverklaring; \
                 for obligations from 1 October 2017 (DUO)",
                Zekerheid::Afgeleid,
                NAGELEZEN,
            ),
        ],
    };

    /// Besluit art. 5.3 lid 1 (made under Wi2021 art. 15 lid 5): the PIP within 10 weeks after DUO's
    /// written notification of the obligation. Keyed by the date of that notification.
    ///
    /// The 2022 text counted the 10 weeks from the registration in the BRP (for an asylum permit: in
    /// the gemeente of housing), not from DUO's letter; the text counting from the letter is in the
    /// corpus from the 2023-01-01 consolidation, with a second sentence: someone housed under
    /// Huisvestingswet 2014 art. 28 who is not yet registered there on the letter's date gets the
    /// 10 weeks from that registration (the advice counts from the later of the two). For a
    /// letter dated in 2022 the deadline is an approximation (derived).
    pub const PIP_WEKEN: Parameter<u64> = Parameter {
        naam: "pip_binnen_weken",
        vluchtig: false,
        rijen: &[
            rij(
                dag(2022, 1, 1),
                10,
                Bron::new(Wet::Bi2021, "art. 5.3 lid 1"),
                "regelrecht-corpus regulation/nl/amvb/besluit_inburgering_2021/2022-01-01.yaml art. 5.3 lid 1: 10 weken \
                 na de inschrijving in de BRP (asiel: in de gemeente van huisvesting), not after DUO's letter; the \
                 letter's date stands in for it",
                Zekerheid::Afgeleid,
                NAGELEZEN,
            ),
            rij(
                dag(2023, 1, 1),
                10,
                Bron::new(Wet::Bi2021, "art. 5.3 lid 1"),
                "regelrecht-corpus regulation/nl/amvb/besluit_inburgering_2021/2023-01-01.yaml art. 5.3 lid 1: 10 weken \
                 na de schriftelijke kennisgeving van de inburgeringsplicht (later BRP registration in the gemeente of \
                 housing: 10 weeks from that); same text in 2024-01-01, 2024-04-17, 2024-06-12, 2025-09-01, 2025-11-20 and 2026-04-02.yaml",
                Zekerheid::Bevestigd,
                BESLUIT_NAGELEZEN,
            ),
        ],
    };

    /// Besluit art. 5.3 lid 2: where the college cannot reasonably set the PIP in time without
    /// a third party's information it is waiting for, it sets the plan at the latest this many
    /// weeks after receiving it.
    pub const PIP_DERDE_WEKEN: Parameter<u64> = Parameter {
        naam: "pip_na_informatie_derde_weken",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            2,
            Bron::new(Wet::Bi2021, "art. 5.3 lid 2"),
            "regelrecht-corpus regulation/nl/amvb/besluit_inburgering_2021/2026-04-02.yaml art. 5.3 lid 2 (\"Uiterlijk \
             twee weken na ontvangst van deze informatie stelt het college het plan alsnog vast\")",
            Zekerheid::Bevestigd,
            dag(2026, 12, 7),
        )],
    };

    /// Wi2021 art. 11 lid 1 en 2: the inburgeringstermijn is three years, from the day after the
    /// PIP's date.
    pub const TERMIJN_MAANDEN: Parameter<u32> = Parameter {
        naam: "inburgeringstermijn_maanden",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            36,
            Bron::new(Wet::Wi2021, "art. 11 lid 1 en 2"),
            "regelrecht-corpus regulation/nl/wet/wet_inburgering_2021/2022-01-01.yaml art. 11 lid 1 (\"binnen drie \
             jaar\"; lid 2: from the day after the PIP's date); same text in 2025-10-21.yaml",
            Zekerheid::Bevestigd,
            NAGELEZEN,
        )],
    };

    /// Besluit art. 5.4 lid 1 (the term of Wi2021 art. 17 lid 2): a route change at most 1.5 years
    /// after the start of the termijn; onderwijsroute → B1-route during the whole trajectory.
    pub const ROUTEWISSEL_MAANDEN: Parameter<u32> = Parameter {
        naam: "routewissel_maanden",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            18,
            Bron::new(Wet::Bi2021, "art. 5.4 lid 1"),
            "regelrecht-corpus regulation/nl/amvb/besluit_inburgering_2021/2022-01-01.yaml art. 5.4 lid 1 (\"maximaal \
             anderhalf jaar vanaf de aanvang van de termijn\"); same text in 2024-06-12, 2025-09-01, 2025-11-20 and 2026-04-02.yaml",
            Zekerheid::Bevestigd,
            BESLUIT_NAGELEZEN,
        )],
    };

    /// Besluit art. 5.5 lid 1: 600 course hours are the aanzienlijke inspanningen after which the
    /// college may let a B1-route take (part of) the language exams at A2 (Wi2021 art. 17 lid 3).
    pub const AFSCHALEN_UREN: Parameter<i64> = Parameter {
        naam: "afschalen_cursusuren",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            600,
            Bron::new(Wet::Bi2021, "art. 5.5 lid 1"),
            "regelrecht-corpus regulation/nl/amvb/besluit_inburgering_2021/2022-01-01.yaml art. 5.5 lid 1 (\"in totaal \
             600 cursusuren Nederlands als tweede taal\"); same text in 2024-06-12, 2025-09-01, 2025-11-20 and 2026-04-02.yaml",
            Zekerheid::Bevestigd,
            BESLUIT_NAGELEZEN,
        )],
    };

    /// Besluit art. 3.14 lid 2 onder a (lid 3 applies it to family and other migrants): Z-route
    /// course hours.
    pub const Z_CURSUSUREN: Parameter<i64> = Parameter {
        naam: "z_route_cursusuren",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            800,
            Bron::new(Wet::Bi2021, "art. 3.14 lid 2 onder a"),
            "regelrecht-corpus regulation/nl/amvb/besluit_inburgering_2021/2022-01-01.yaml art. 3.14 lid 2 onder a \
             (\"in totaal 800 cursusuren\"), lid 3; same text in 2024-06-12, 2025-09-01, 2025-11-20 and 2026-04-02.yaml",
            Zekerheid::Bevestigd,
            BESLUIT_NAGELEZEN,
        )],
    };

    /// Besluit art. 3.14 lid 2 onder b: participation hours, for asylum status holders only.
    pub const Z_PARTICIPATIEUREN: Parameter<i64> = Parameter {
        naam: "z_route_participatieuren",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            800,
            Bron::new(Wet::Bi2021, "art. 3.14 lid 2 onder b"),
            "regelrecht-corpus regulation/nl/amvb/besluit_inburgering_2021/2022-01-01.yaml art. 3.14 lid 2 onder b \
             (\"in totaal 800 uren\", asielstatushouders only; lid 3 leaves it out for the others); same text in \
              2024-06-12, 2025-09-01, 2025-11-20 and 2026-04-02.yaml",
            Zekerheid::Bevestigd,
            BESLUIT_NAGELEZEN,
        )],
    };

    /// Besluit art. 4.4 lid 1: six months' extension after aanzienlijke inspanningen (Wi2021 art. 12
    /// lid 1 onder b).
    pub const VERLENGING_MAANDEN: Parameter<i64> = Parameter {
        naam: "verlenging_inspanningen_maanden",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            6,
            Bron::new(Wet::Bi2021, "art. 4.4 lid 1"),
            "regelrecht-corpus regulation/nl/amvb/besluit_inburgering_2021/2022-01-01.yaml art. 4.4 lid 1 (\"met zes \
             maanden\"); same text in 2024-06-12, 2025-09-01, 2025-11-20 and 2026-04-02.yaml",
            Zekerheid::Bevestigd,
            BESLUIT_NAGELEZEN,
        )],
    };

    /// Besluit art. 4.4 lid 3: for family and other migrants (Wi2021 art. 19) the aanzienlijke
    /// inspanningen of lid 2 ask at least this many hours of language lessons or KNM course hours,
    /// instead of all lessons (lid 2 onder b).
    pub const VERLENGING_UREN_GEZIN: Parameter<i64> = Parameter {
        naam: "verlenging_inspanningen_uren_gezins_overige_migrant",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            450,
            Bron::new(Wet::Bi2021, "art. 4.4 lid 3"),
            "regelrecht-corpus regulation/nl/amvb/besluit_inburgering_2021/2026-04-02.yaml art. 4.4 lid 3 (\"ten \
             minste 450 uren aan taallessen of cursusuren kennis van de Nederlandse maatschappij\"); lid 2 onder a: \
             only for whoever \"de B1-route volgt\"",
            Zekerheid::Bevestigd,
            dag(2026, 12, 7),
        )],
    };

    /// Wi2021 art. 26 lid 1 onder d: maximum fine for not achieving the leerroute (art. 25).
    pub const BOETE_LEERROUTE: Parameter<Cent> = Parameter {
        naam: "boete_leerroute_max",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            100_000,
            Bron::new(Wet::Wi2021, "art. 26 lid 1 onder d"),
            "regelrecht-corpus regulation/nl/wet/wet_inburgering_2021/2022-01-01.yaml art. 26 lid 1 onder d (\"€ 1 000 \
             voor de boete, bedoeld in artikel 25\"); same text in 2025-10-21.yaml",
            Zekerheid::Bevestigd,
            NAGELEZEN,
        )],
    };

    /// Wi2021 art. 26 lid 1 onder b: maximum fine for not completing PVT or MAP (art. 24).
    pub const BOETE_PVT_MAP: Parameter<Cent> = Parameter {
        naam: "boete_pvt_map_max",
        vluchtig: false,
        rijen: &[rij(
            dag(2022, 1, 1),
            34_000,
            Bron::new(Wet::Wi2021, "art. 26 lid 1 onder b"),
            "regelrecht-corpus regulation/nl/wet/wet_inburgering_2021/2022-01-01.yaml art. 26 lid 1 onder b (\"€ 340 \
             voor de boete, bedoeld in artikel 24\"); same text in 2025-10-21.yaml",
            Zekerheid::Bevestigd,
            NAGELEZEN,
        )],
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inburgeringstermijn_is_whole_years_as_the_widget_says_it() {
        assert!(TERMIJN_MAANDEN.rijen.iter().all(|r| r.waarde % 12 == 0));
    }

    #[test]
    fn a_duo_letter_before_2023_gets_the_derived_pip_row() {
        // Besluit art. 5.3 lid 1 counted from the BRP registration in its 2022 text.
        let oud = PIP_WEKEN.geldend(dag(2022, 12, 31)).unwrap();
        assert_eq!((oud.waarde, oud.zekerheid), (10, Zekerheid::Afgeleid));
        let nieuw = PIP_WEKEN.geldend(dag(2023, 1, 1)).unwrap();
        assert_eq!((nieuw.waarde, nieuw.zekerheid), (10, Zekerheid::Bevestigd));
    }

    #[test]
    fn the_maximum_fines_are_those_of_art_26_lid_1() {
        assert_eq!(BOETE_LEERROUTE.rijen[0].waarde, 100_000);
        assert_eq!(BOETE_LEERROUTE.rijen[0].bron.plaats, "art. 26 lid 1 onder d");
        assert_eq!(BOETE_PVT_MAP.rijen[0].waarde, 34_000);
        assert_eq!(BOETE_PVT_MAP.rijen[0].bron.plaats, "art. 26 lid 1 onder b");
    }
}
