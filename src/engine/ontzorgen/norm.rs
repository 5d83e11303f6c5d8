//! The Participatiewet norms (art. 20–22a) as dated rows, the holiday-allowance share (art. 19
//! lid 3) and the rules that pick the norm for a household on a date.

use chrono::NaiveDate;

use super::Huishouden;
use crate::basis::datum::{dag, leeftijd};
use crate::basis::geld::{afronden, Afronding, Cent};
use crate::engine::aow::aow_datum;
use crate::engine::bron::{Bron, Wet};
use crate::engine::codes::Leefvorm;
use crate::engine::param::{bewaarde_herkomst, Aangekondigd, Parameter, Rij, Zekerheid};

/// The amounts of Pw art. 20–22a valid from one date, per calendar month, incl. vakantietoeslag.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Normen {
    /// Art. 20 lid 1 onder a: alleenstaande 18–20 without children.
    pub jong_alleen: Cent,
    /// Art. 20 lid 2 onder a: alleenstaande ouder 18–20.
    pub jong_alleen_ouder: Cent,
    /// Art. 20 lid 1 onder b: both spouses 18–20, no children.
    pub jong_gehuwd: Cent,
    /// Art. 20 lid 2 onder b: both spouses 18–20 with children.
    pub jong_gehuwd_kind: Cent,
    /// Art. 20 lid 1 onder c: one spouse 18–20, the other 21+, no children, no kostendelers.
    pub gemengd: Cent,
    /// Art. 20 lid 2 onder c: as above, with children.
    pub gemengd_kind: Cent,
    /// Art. 20 lid 3: increase for an 18–20-year-old who cannot rely on the parents (`None`: the
    /// version has no statutory amount).
    pub verhoging_jongere: Option<Cent>,
    /// Art. 21 onder a: alleenstaande (ouder) 21 to AOW age, no kostendelers.
    pub alleen: Cent,
    /// Art. 21 onder b: gehuwden both under AOW age, no kostendelers; B of art. 22a lid 1 onder a.
    pub gehuwd: Cent,
    /// Art. 22 onder a: alleenstaande (ouder) of AOW age.
    pub aow_alleen: Cent,
    /// Art. 22 onder b: both spouses of AOW age; B of art. 22a lid 1 onder c.
    pub aow_gehuwd: Cent,
    /// Art. 22 onder c: one spouse of AOW age; B of art. 22a lid 1 onder b.
    pub aow_een: Cent,
    /// Art. 22a lid 3 onder b: the 18–20 spouse's part with kostendelers, no children.
    pub gemengd_kostendelers: Cent,
    /// Art. 22a lid 3 onder a: the same with children.
    pub gemengd_kostendelers_kind: Cent,
    /// Art. 20 lid 1: the youngest age with a norm ("18, 19 of 20 jaar"); no bijstand below it.
    pub minimumleeftijd: u32,
    /// Art. 20 lid 1 and 2: the youth norms apply below this age.
    pub jongerennorm_tot: u32,
    /// Art. 22a lid 1: the kostendelersnorm is `(basis % + A × per persoon %) / A` of B.
    pub kostendelers_basis_procent: i64,
    pub kostendelers_per_persoon_procent: i64,
}

const NORMBRON: Bron = Bron::new(Wet::Pw, "art. 20-22a");
const GECONTROLEERD: NaiveDate = dag(2026, 11, 23);
/// Rows read again, or first, in the statute text on this day.
const NAGELEZEN: NaiveDate = dag(2026, 12, 1);

const fn normen(vanaf: NaiveDate, waarde: Normen, herkomst: &'static str) -> Rij<Normen> {
    Rij {
        vanaf,
        waarde,
        bron: NORMBRON,
        herkomst: bewaarde_herkomst(herkomst),
        zekerheid: Zekerheid::Bevestigd,
        gecontroleerd: GECONTROLEERD,
    }
}

/// The holiday-allowance share of the norm: `teller / noemer`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Aandeel {
    pub teller: i64,
    pub noemer: i64,
    /// The share as a person reads it ("5").
    pub procent: &'static str,
}

crate::parameters! {
    /// Every amount read in the consolidated statute text of that date.
    pub const NORMEN: Parameter<Normen> = Parameter {
        naam: "participatiewet_normen",
        vluchtig: true,
        rijen: &[
            normen(
                dag(2024, 1, 1),
                Normen {
                    jong_alleen: 31_694,
                    jong_alleen_ouder: 31_694,
                    jong_gehuwd: 63_388,
                    jong_gehuwd_kind: 100_069,
                    gemengd: 123_396,
                    gemengd_kind: 160_077,
                    verhoging_jongere: None,
                    alleen: 128_383,
                    gehuwd: 183_404,
                    aow_alleen: 142_576,
                    aow_gehuwd: 193_232,
                    aow_een: 193_232,
                    gemengd_kostendelers: 31_694,
                    gemengd_kostendelers_kind: 68_375,
                    minimumleeftijd: 18,
                    jongerennorm_tot: 21,
                    kostendelers_basis_procent: 40,
                    kostendelers_per_persoon_procent: 30,
                },
                "MinBZK/regelrecht-corpus regulation/nl/wet/participatiewet/2024-01-01.yaml art. 20-22a",
            ),
            normen(
                dag(2024, 7, 1),
                Normen {
                    jong_alleen: 32_303,
                    jong_alleen_ouder: 32_303,
                    jong_gehuwd: 64_606,
                    jong_gehuwd_kind: 101_990,
                    gemengd: 125_764,
                    gemengd_kind: 163_148,
                    verhoging_jongere: None,
                    alleen: 130_845,
                    gehuwd: 186_921,
                    aow_alleen: 145_685,
                    aow_gehuwd: 197_664,
                    aow_een: 197_664,
                    gemengd_kostendelers: 32_303,
                    gemengd_kostendelers_kind: 69_687,
                    minimumleeftijd: 18,
                    jongerennorm_tot: 21,
                    kostendelers_basis_procent: 40,
                    kostendelers_per_persoon_procent: 30,
                },
                "MinBZK/regelrecht-corpus regulation/nl/wet/participatiewet/2024-07-01.yaml art. 20-22a",
            ),
            normen(
                dag(2025, 1, 1),
                Normen {
                    jong_alleen: 33_217,
                    jong_alleen_ouder: 33_217,
                    jong_gehuwd: 66_434,
                    jong_gehuwd_kind: 104_875,
                    gemengd: 129_321,
                    gemengd_kind: 167_762,
                    verhoging_jongere: None,
                    alleen: 134_545,
                    gehuwd: 192_207,
                    aow_alleen: 150_107,
                    aow_gehuwd: 205_348,
                    aow_een: 205_348,
                    gemengd_kostendelers: 33_217,
                    gemengd_kostendelers_kind: 71_658,
                    minimumleeftijd: 18,
                    jongerennorm_tot: 21,
                    kostendelers_basis_procent: 40,
                    kostendelers_per_persoon_procent: 30,
                },
                "MinBZK/regelrecht-corpus regulation/nl/wet/participatiewet/2025-01-01.yaml art. 20-22a",
            ),
            normen(
                dag(2025, 7, 1),
                Normen {
                    jong_alleen: 33_798,
                    jong_alleen_ouder: 33_798,
                    jong_gehuwd: 67_596,
                    jong_gehuwd_kind: 106_712,
                    gemengd: 131_588,
                    gemengd_kind: 170_704,
                    verhoging_jongere: None,
                    alleen: 136_906,
                    gehuwd: 195_580,
                    aow_alleen: 153_021,
                    aow_gehuwd: 209_498,
                    aow_een: 209_498,
                    gemengd_kostendelers: 33_798,
                    gemengd_kostendelers_kind: 72_914,
                    minimumleeftijd: 18,
                    jongerennorm_tot: 21,
                    kostendelers_basis_procent: 40,
                    kostendelers_per_persoon_procent: 30,
                },
                "MinBZK/regelrecht-corpus regulation/nl/wet/participatiewet/2025-07-01.yaml art. 20-22a",
            ),
            normen(
                dag(2026, 1, 1),
                Normen {
                    jong_alleen: 34_599,
                    jong_alleen_ouder: 34_599,
                    jong_gehuwd: 69_198,
                    jong_gehuwd_kind: 109_241,
                    gemengd: 134_706,
                    gemengd_kind: 174_749,
                    verhoging_jongere: Some(74_645),
                    alleen: 140_150,
                    gehuwd: 200_213,
                    aow_alleen: 156_469,
                    aow_gehuwd: 214_416,
                    aow_een: 214_416,
                    gemengd_kostendelers: 34_599,
                    gemengd_kostendelers_kind: 74_642,
                    minimumleeftijd: 18,
                    jongerennorm_tot: 21,
                    kostendelers_basis_procent: 40,
                    kostendelers_per_persoon_procent: 30,
                },
                "MinBZK/regelrecht-corpus regulation/nl/wet/participatiewet/2026-01-01.yaml art. 20-21 (read); \
                 art. 22 and 22a lid 3 via ../shared/domain/facts.md §5.1 (same consolidation)",
            ),
            normen(
                dag(2026, 7, 1),
                Normen {
                    jong_alleen: 35_042,
                    jong_alleen_ouder: 35_042,
                    jong_gehuwd: 70_084,
                    jong_gehuwd_kind: 110_640,
                    gemengd: 136_432,
                    gemengd_kind: 176_988,
                    verhoging_jongere: Some(76_224),
                    alleen: 141_946,
                    gehuwd: 202_779,
                    aow_alleen: 158_734,
                    aow_gehuwd: 217_610,
                    aow_een: 217_610,
                    gemengd_kostendelers: 35_042,
                    gemengd_kostendelers_kind: 75_598,
                    minimumleeftijd: 18,
                    jongerennorm_tot: 21,
                    kostendelers_basis_procent: 40,
                    kostendelers_per_persoon_procent: 30,
                },
                // Art. 20 lid 3 rose 2.1 % against 1.28 % for the rest: art. 38 lid 2 of the same text
                // sets it so that it plus art. 20 lid 1 onder a is 90 % of the net minimum youth wage
                // at 18, not by the percentage of lid 1 (read 2026-12-01).
                "MinBZK/regelrecht-corpus regulation/nl/wet/participatiewet/2026-07-01.yaml art. 20, 21, 22, 22a lid 3 \
                 (all read 2026-12-01); art. 38 lid 2 explains the art. 20 lid 3 step",
            ),
        ],
    };

    /// Pw art. 19 lid 3: "een vakantietoeslag ter hoogte van 4,8 procent per 1 januari 2009:
    /// 5 procent van die bijstand", so 5 % of the norm including it since 1 January 2009. Some
    /// machine-readable consolidations lost the words after "4,8 procent" (a double space marks the
    /// place); the published tables agree with 5 % (1-1-2024: 64,19 of 1.283,83).
    pub const VAKANTIETOESLAG: Parameter<Aandeel> = Parameter {
        naam: "vakantietoeslag_aandeel",
        vluchtig: false,
        rijen: &[Rij {
            vanaf: dag(2009, 1, 1),
            waarde: Aandeel { teller: 5, noemer: 100, procent: "5" },
            bron: Bron::new(Wet::Pw, "art. 19 lid 3"),
            herkomst: bewaarde_herkomst(
                "Pw art. 19 lid 3 as on wetten.overheid.nl: \"4,8 procent per 1 januari 2009: 5 procent van die \
                 bijstand\" (../shared/domain/facts.md §5.1, corrected 2026-12-01); regelrecht-corpus \
                 participatiewet/2026-07-01.yaml art. 19.3 reads \"4,8 procent  van die bijstand\" with the double \
                 space (read 2026-12-01); published table 1-1-2024: 64,19 of 1.283,83 = 5 %",
            ),
            zekerheid: Zekerheid::Bevestigd,
            gecontroleerd: NAGELEZEN,
        }],
    };

    /// Pw art. 38 lid 1: the norms change on the day the net minimum wage changes, which is
    /// indexed on 1 January and 1 July (Wet minimumloon en minimumvakantiebijslag art. 14, not read
    /// here, hence `Afgeleid`): the months in which a new norm row is due.
    pub const NORMHERZIENING: Parameter<&'static [u32]> = Parameter {
        naam: "normherziening_maanden",
        vluchtig: false,
        rijen: &[Rij {
            vanaf: dag(2024, 1, 1),
            waarde: &[1, 7],
            bron: Bron::new(Wet::Pw, "art. 38 lid 1"),
            herkomst: bewaarde_herkomst(
                "regelrecht-corpus participatiewet/2026-07-01.yaml art. 38 lid 1 (\"met ingang van de dag waarop het \
                 netto minimumloon wijzigt\", read 2026-12-01); 1 January and 1 July: the norm rows' own dates",
            ),
            zekerheid: Zekerheid::Afgeleid,
            gecontroleerd: NAGELEZEN,
        }],
    };

    /// Pw art. 19a lid 1: a kostendelende medebewoner is a housemate of this age or older (the
    /// schedule takes their number as input; the age tells the person whom to count).
    pub const KOSTENDELER_LEEFTIJD: Parameter<u32> = Parameter {
        naam: "kostendeler_minimumleeftijd",
        vluchtig: false,
        rijen: &[
            Rij {
                vanaf: dag(2015, 1, 1),
                waarde: 21,
                bron: Bron::new(Wet::Pw, "art. 19a lid 1"),
                herkomst: bewaarde_herkomst(
                    "regelrecht-corpus participatiewet/2022-08-26.yaml art. 19a.1 (\"de persoon van 21 jaar of ouder\"); \
                     the start, when the kostendelersnorm took effect, not re-read",
                ),
                zekerheid: Zekerheid::Afgeleid,
                gecontroleerd: GECONTROLEERD,
            },
            Rij {
                vanaf: dag(2023, 1, 1),
                waarde: 27,
                bron: Bron::new(Wet::Pw, "art. 19a lid 1"),
                herkomst: bewaarde_herkomst(
                    "regelrecht-corpus participatiewet/2023-01-01.yaml art. 19a.1 (\"de persoon van 27 jaar of ouder\"; \
                     2022-08-26.yaml, the version before, says 21); same text in 2026-07-01.yaml",
                ),
                zekerheid: Zekerheid::Bevestigd,
                gecontroleerd: GECONTROLEERD,
            },
        ],
    };

    /// Pw art. 24: "Voor gehuwden waarvan een echtgenoot geen recht op algemene bijstand heeft is
    /// voor de rechthebbende echtgenoot de norm gelijk aan 50% van de norm die voor hem zou gelden
    /// als hij gehuwd zou zijn met een rechthebbende echtgenoot van zijn leeftijd", if he is 21 or
    /// older without kostendelers (onder a) or younger than 21 (onder b). The share, in percent.
    pub const PARTNER_ZONDER_RECHT_PROCENT: Parameter<i64> = Parameter {
        naam: "participatiewet_art24_procent",
        vluchtig: false,
        rijen: &[Rij {
            vanaf: dag(2024, 1, 1),
            waarde: 50,
            bron: ART24_BRON,
            herkomst: bewaarde_herkomst(
                "regelrecht-corpus participatiewet/2024-01-01.yaml and 2026-07-01.yaml art. 24 (\"50% van de norm die \
                 voor hem zou gelden als hij gehuwd zou zijn met een rechthebbende echtgenoot van zijn leeftijd\", read \
                 2026-12-07); the same words in 2025-07-01.yaml and 2026-01-01.yaml (legal review of 2026-12-07). No \
                 consolidation of 2027 in the corpus: the Participatiewet in balans may change it then",
            ),
            zekerheid: Zekerheid::Bevestigd,
            gecontroleerd: dag(2026, 12, 7),
        }],
    };
}

/// Pw art. 24: the source of the norm for a spouse whose partner has no right to bijstand.
pub const ART24_BRON: Bron = pw("art. 24");

/// Coming changes of the Participatiewet parameters that have no row yet.
pub const AANGEKONDIGD: &[Aangekondigd] = &[
    Aangekondigd {
        parameter: "participatiewet_normen",
        per: dag(2027, 1, 1),
        bekend: dag(2027, 1, 1),
        wat: "norms of 1 January 2027 (art. 38: with the net minimum wage; Staatscourant in December), and the \
              Participatiewet in balans (Wet van 1 oktober 2025) changes norms for specific groups, among them \
              art. 24 (a partner without a right to bijstand); read the consolidation of 2027-01-01",
    },
    Aangekondigd {
        parameter: "participatiewet_art24_procent",
        per: dag(2027, 1, 1),
        bekend: dag(2027, 1, 1),
        wat: "Pw art. 24 (a spouse whose partner has no right to bijstand) as changed by the Participatiewet in \
              balans; read art. 24 and 24a in the consolidation of 2027-01-01",
    },
    Aangekondigd {
        parameter: "participatiewet_normen",
        per: dag(2027, 7, 1),
        bekend: dag(2027, 7, 1),
        wat: "norms of 1 July 2027 (art. 38; Staatscourant in June)",
    },
];

/// Pw art. 19 lid 3: the vakantietoeslag included in `norm`, rounded half up to the cent.
pub fn vakantietoeslag(norm: Cent, aandeel: &Aandeel) -> Cent {
    afronden(norm * aandeel.teller, aandeel.noemer, Afronding::HalfOmhoog)
}

impl Normen {
    /// Pw art. 22a lid 1: one person's kostendelersnorm `(40% + A × 30%) / A × B`, rounded half up.
    pub fn kostendelersnorm(&self, b: Cent, a: u32) -> Cent {
        let a = i64::from(a.max(1));
        let procent = self.kostendelers_basis_procent + self.kostendelers_per_persoon_procent * a;
        afronden(b * procent, 100 * a, Afronding::HalfOmhoog)
    }
}

/// One person on one date: age in years and whether the AOW age (AOW art. 7a) is reached.
#[derive(Debug, Clone, Copy)]
struct Persoon {
    leeftijd: u32,
    aow: bool,
}

impl Persoon {
    fn op(geboortedatum: NaiveDate, datum: NaiveDate) -> Persoon {
        Persoon { leeftijd: leeftijd(geboortedatum, datum), aow: datum >= aow_datum(geboortedatum).0 }
    }
    fn jong(self, n: &Normen) -> bool {
        self.leeftijd < n.jongerennorm_tot
    }
}

/// The norm of a household on one date and the article it rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Norm {
    pub bedrag: Cent,
    pub bron: Bron,
    /// A of art. 22a when the kostendelersnorm applies.
    pub personen: Option<u32>,
    /// The art. 20 lid 3 increase that was added (after the lid 4 cap).
    pub verhoging: Cent,
    /// Lid 3 was asked for but this version has no statutory amount.
    pub verhoging_zonder_bedrag: bool,
}

/// Pw art. 20 lid 3: the source of the youth increase, in the norm and in its explanation.
pub const VERHOGING_BRON: Bron = pw("art. 20 lid 3");

const fn pw(plaats: &'static str) -> Bron {
    Bron::new(Wet::Pw, plaats)
}

/// Pw art. 20 lid 1–2, 21, 22, 22a and 24: the norm for `h` on `datum`, ages and AOW age on that
/// date; `art24_procent` is the share of art. 24 in force then.
pub fn norm(n: &Normen, art24_procent: i64, h: &Huishouden, datum: NaiveDate) -> Norm {
    let aanvrager = Persoon::op(h.geboortedatum, datum);
    let partner = h.partner_geboortedatum.map(|geboren| Persoon::op(geboren, datum));
    let (bedrag, bron, personen) = basisnorm(n, art24_procent, h, aanvrager, partner);
    let mut uitkomst = Norm { bedrag, bron, personen, verhoging: 0, verhoging_zonder_bedrag: false };
    // Art. 20 lid 3 raises the norm of a belanghebbende: not for a partner without a right to bijstand.
    let rechthebbende_partner = partner.filter(|_| !h.partner_zonder_recht);
    let jongeren = [Some(aanvrager), rechthebbende_partner].into_iter().flatten().filter(|p| p.jong(n)).count() as i64;
    if h.geen_onderhoud_ouders && jongeren > 0 {
        match n.verhoging_jongere {
            None => uitkomst.verhoging_zonder_bedrag = true,
            Some(verhoging) => verhoog(n, art24_procent, h, &mut uitkomst, verhoging * jongeren, aanvrager, partner),
        }
    }
    uitkomst
}

/// Pw art. 20 lid 3 and 4: the increase for 18–20-year-olds who cannot rely on their parents,
/// capped at the norm the household would get if they were 21 ("in een vergelijkbare situatie").
fn verhoog(
    n: &Normen,
    art24_procent: i64,
    h: &Huishouden,
    norm: &mut Norm,
    verhoging: Cent,
    aanvrager: Persoon,
    partner: Option<Persoon>,
) {
    let als_21 = |p: Persoon| Persoon { leeftijd: p.leeftijd.max(n.jongerennorm_tot), ..p };
    let (plafond, _, _) = basisnorm(n, art24_procent, h, als_21(aanvrager), partner.map(als_21));
    let nieuw = (norm.bedrag + verhoging).min(plafond.max(norm.bedrag));
    norm.verhoging = nieuw - norm.bedrag;
    norm.bedrag = nieuw;
}

/// Pw art. 22a lid 1: B for a belanghebbende `ik` of 21 or older married to `ander` (onder a art.
/// 21 onder b, onder b art. 22 onder c, onder c art. 22 onder b).
fn b_gehuwd(n: &Normen, ik: Persoon, ander: Persoon) -> Cent {
    match (ik.aow, ander.aow) {
        (true, _) => n.aow_gehuwd,
        (false, true) => n.aow_een,
        (false, false) => n.gehuwd,
    }
}

/// Pw art. 24: the norm of spouse `a` when partner `p` has no right to algemene bijstand:
/// `art24_procent` of the norm of a couple who are both of `a`'s age, when `a` is younger than
/// 21 (onder b: art. 20 lid 1 or 2 onder b) or 21 or older without kostendelers (onder a: art. 21
/// onder b, or art. 22 onder b from the AOW age). With kostendelers art. 24 does not apply to a
/// spouse of 21 or older: art. 22a lid 1 counts "zijn echtgenoot van 21 jaar of ouder" in A, and
/// lid 2 sums the norms of the "rechthebbende echtgenoten" only, so `a`'s own kostendelersnorm.
fn zonder_recht(n: &Normen, art24_procent: i64, h: &Huishouden, a: Persoon, p: Persoon) -> (Cent, Bron, Option<u32>) {
    let deel = |b: Cent| afronden(b * art24_procent, 100, Afronding::HalfOmhoog);
    if a.jong(n) {
        let b = if h.kinderen > 0 { n.jong_gehuwd_kind } else { n.jong_gehuwd };
        (deel(b), pw("art. 24 onder b"), None)
    } else if h.kostendelers == 0 {
        (deel(if a.aow { n.aow_gehuwd } else { n.gehuwd }), pw("art. 24 onder a"), None)
    } else {
        let personen = 1 + h.kostendelers + u32::from(!p.jong(n));
        (n.kostendelersnorm(b_gehuwd(n, a, p), personen), pw("art. 22a lid 1 en 2"), Some(personen))
    }
}

/// Pw art. 20 lid 1–2 (18–20), art. 21 (21 to AOW age), art. 22 (AOW age) and art. 22a (kostendelers
/// from 21, counting the spouse only when 21 or older) and art. 24 (a partner without a right to
/// bijstand): the norm before the art. 20 lid 3 increase.
fn basisnorm(
    n: &Normen,
    art24_procent: i64,
    h: &Huishouden,
    a: Persoon,
    partner: Option<Persoon>,
) -> (Cent, Bron, Option<u32>) {
    let kinderen = h.kinderen > 0;
    let kd = h.kostendelers;
    if let (true, Some(p)) = (h.partner_zonder_recht, partner) {
        return zonder_recht(n, art24_procent, h, a, p);
    }
    let Some(p) = partner else {
        return if a.jong(n) {
            if h.leefvorm == Leefvorm::AlleenstaandeOuder {
                (n.jong_alleen_ouder, pw("art. 20 lid 2 onder a"), None)
            } else {
                (n.jong_alleen, pw("art. 20 lid 1 onder a"), None)
            }
        } else if kd > 0 {
            let b = if a.aow { n.aow_gehuwd } else { n.gehuwd };
            (n.kostendelersnorm(b, 1 + kd), pw("art. 22a lid 1"), Some(1 + kd))
        } else if a.aow {
            (n.aow_alleen, pw("art. 22 onder a"), None)
        } else {
            (n.alleen, pw("art. 21 onder a"), None)
        };
    };
    match (a.jong(n), p.jong(n)) {
        (true, true) if kinderen => (n.jong_gehuwd_kind, pw("art. 20 lid 2 onder b"), None),
        (true, true) => (n.jong_gehuwd, pw("art. 20 lid 1 onder b"), None),
        (true, false) | (false, true) => {
            let oudste = if a.jong(n) { p } else { a };
            if kd == 0 {
                if kinderen {
                    (n.gemengd_kind, pw("art. 20 lid 2 onder c"), None)
                } else {
                    (n.gemengd, pw("art. 20 lid 1 onder c"), None)
                }
            } else {
                // Art. 22a lid 3: a fixed amount for the young spouse (not counted in A) plus the
                // older spouse's own kostendelersnorm.
                let jong = if kinderen { n.gemengd_kostendelers_kind } else { n.gemengd_kostendelers };
                let b = if oudste.aow { n.aow_gehuwd } else { n.gehuwd };
                (jong + n.kostendelersnorm(b, 1 + kd), pw("art. 22a lid 3"), Some(1 + kd))
            }
        }
        (false, false) if kd == 0 => match (a.aow, p.aow) {
            (false, false) => (n.gehuwd, pw("art. 21 onder b"), None),
            (true, true) => (n.aow_gehuwd, pw("art. 22 onder b"), None),
            _ => (n.aow_een, pw("art. 22 onder c"), None),
        },
        (false, false) => {
            // Art. 22a lid 1 and 2: each spouse's own norm with his own B, summed.
            let personen = 2 + kd;
            let som = n.kostendelersnorm(b_gehuwd(n, a, p), personen) + n.kostendelersnorm(b_gehuwd(n, p, a), personen);
            (som, pw("art. 22a lid 2"), Some(personen))
        }
    }
}
