//! Law as dated data (after OpenFisca's parameters): each value carries the date it takes
//! effect, its source, how certain it is and when it was last checked. A law change is a new
//! row, never an edit of code.

use chrono::NaiveDate;

use super::bron::Bron;

/// The engine's version, carried in every result beside the rules' dates, for provenance.
pub const VERSIE: &str = env!("CARGO_PKG_VERSION");

/// How sure we are of a value (see ../shared/domain/facts.md for the marks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zekerheid {
    /// Read in the statute or an official publication.
    Bevestigd,
    /// Inferred from confirmed facts; shown to users as "indicatief".
    Afgeleid,
    /// Not verified; shown to users as "indicatief" and produces a warning where it is used.
    Onbevestigd,
}

/// A row's `herkomst` as stored. Only the staleness report on the command line reads it, so the
/// wasm module leaves the text out (size: docs/stijl.md).
pub const fn bewaarde_herkomst(tekst: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        tekst
    }
}

/// One value of a parameter, in force from `vanaf` until the next row's `vanaf`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rij<T: 'static> {
    pub vanaf: NaiveDate,
    pub waarde: T,
    pub bron: Bron,
    /// Where the value itself was read (a consolidation, a published table); see [`bewaarde_herkomst`].
    pub herkomst: &'static str,
    pub zekerheid: Zekerheid,
    /// The day the value was last checked against `herkomst`.
    pub gecontroleerd: NaiveDate,
}

/// A named parameter: its rows in ascending `vanaf` order.
#[derive(Debug)]
pub struct Parameter<T: 'static> {
    pub naam: &'static str,
    /// Values that change often (norms, cut-offs) go stale sooner.
    pub vluchtig: bool,
    pub rijen: &'static [Rij<T>],
}

/// A lookup before a parameter's first row: the rule data does not reach back to that date.
/// The caller decides what that means (an input error, a part of the answer left out); the
/// first row is never used silently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VoorEersteRij {
    pub naam: &'static str,
    /// The first date the parameter has a value for.
    pub eerste: NaiveDate,
}

impl<T> Parameter<T> {
    /// The row in force on `datum`, or `None` before the first row.
    pub fn op(&self, datum: NaiveDate) -> Option<&'static Rij<T>> {
        self.rijen.iter().rev().find(|rij| rij.vanaf <= datum)
    }

    /// The first row that takes effect after `datum`, if any.
    pub fn volgende(&self, datum: NaiveDate) -> Option<&'static Rij<T>> {
        self.rijen.iter().find(|rij| rij.vanaf > datum)
    }

    /// The row in force on `datum`; before the first row an error the caller must handle.
    pub fn geldend(&self, datum: NaiveDate) -> Result<&'static Rij<T>, VoorEersteRij> {
        self.op(datum).ok_or(VoorEersteRij { naam: self.naam, eerste: self.eerste_dag() })
    }

    /// The first date this parameter has a value for.
    pub const fn eerste_dag(&self) -> NaiveDate {
        self.rijen[0].vanaf
    }

    /// The day this parameter was last checked against its source (its newest check).
    pub fn laatst_gecontroleerd(&self) -> NaiveDate {
        self.rijen.iter().map(|rij| rij.gecontroleerd).max().unwrap_or(NaiveDate::MIN)
    }

    /// The row in force on `datum`, or the first row before it. Only for the advice, whose
    /// dates before its rule data (a `peildatum` before 2022) are not yet refused at the input;
    /// see `advies::invoer`. Everything else uses [`Parameter::geldend`].
    pub fn geldend_of_eerste(&self, datum: NaiveDate) -> &'static Rij<T> {
        self.op(datum).unwrap_or(&self.rijen[0])
    }
}

/// Days after which a checked value should be checked again.
pub const CONTROLE_TERMIJN_DAGEN: i64 = 180;
/// The same for values that change often (norms, cut-offs).
pub const CONTROLE_TERMIJN_VLUCHTIG_DAGEN: i64 = 90;

/// One row's provenance without its value: what the staleness report lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Controle {
    pub naam: &'static str,
    pub vanaf: NaiveDate,
    pub herkomst: &'static str,
    pub zekerheid: Zekerheid,
    pub gecontroleerd: NaiveDate,
    pub vluchtig: bool,
}

impl Controle {
    /// The term within which this row must be checked again.
    pub fn termijn_dagen(&self) -> i64 {
        if self.vluchtig {
            CONTROLE_TERMIJN_VLUCHTIG_DAGEN
        } else {
            CONTROLE_TERMIJN_DAGEN
        }
    }

    /// Days past the term on `vandaag` (zero or negative while the check is still fresh).
    pub fn dagen_te_laat(&self, vandaag: NaiveDate) -> i64 {
        (vandaag - self.gecontroleerd).num_days() - self.termijn_dagen()
    }

    /// Not checked against its source within the term that fits the parameter.
    pub fn verouderd_op(&self, vandaag: NaiveDate) -> bool {
        self.dagen_te_laat(vandaag) > 0
    }
}

impl Zekerheid {
    /// The mark as the staleness report prints it.
    pub fn code(self) -> &'static str {
        match self {
            Zekerheid::Bevestigd => "bevestigd",
            Zekerheid::Afgeleid => "afgeleid",
            Zekerheid::Onbevestigd => "onbevestigd",
        }
    }
}

/// A parameter seen without its value type, so that parameters of every type fit in one list:
/// what the staleness report, the results' provenance (`regelsTot`) and the order test need.
pub trait Controleerbaar: Sync {
    fn naam(&self) -> &'static str;
    /// Every row's provenance, for the staleness report.
    fn controles(&self) -> Vec<Controle>;
    /// The date of the newest row.
    fn laatste_wijziging(&self) -> Option<NaiveDate>;
    /// The day this parameter was last checked against its source (its newest check).
    fn gecontroleerd(&self) -> NaiveDate;
    /// The first pair of rows out of ascending `vanaf` order (equal dates included), if any.
    fn uit_volgorde(&self) -> Option<(NaiveDate, NaiveDate)>;
    /// A confirmed row from `datum` on exists.
    fn bevestigd_vanaf(&self, datum: NaiveDate) -> bool;
}

impl<T: Sync> Controleerbaar for Parameter<T> {
    fn naam(&self) -> &'static str {
        self.naam
    }

    fn controles(&self) -> Vec<Controle> {
        self.rijen
            .iter()
            .map(|rij| Controle {
                naam: self.naam,
                vanaf: rij.vanaf,
                herkomst: rij.herkomst,
                zekerheid: rij.zekerheid,
                gecontroleerd: rij.gecontroleerd,
                vluchtig: self.vluchtig,
            })
            .collect()
    }

    fn laatste_wijziging(&self) -> Option<NaiveDate> {
        self.rijen.last().map(|rij| rij.vanaf)
    }

    fn gecontroleerd(&self) -> NaiveDate {
        self.laatst_gecontroleerd()
    }

    fn uit_volgorde(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.rijen.windows(2).find(|paar| paar[0].vanaf >= paar[1].vanaf).map(|paar| (paar[0].vanaf, paar[1].vanaf))
    }

    fn bevestigd_vanaf(&self, datum: NaiveDate) -> bool {
        self.rijen.iter().any(|rij| rij.vanaf >= datum && rij.zekerheid == Zekerheid::Bevestigd)
    }
}

/// A known coming change of a parameter: from `per` (for the AOW table: from that birth date)
/// a new value is due. `wijzer controle` lists it until the parameter has a confirmed row from
/// that date; it never fails a test.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Aangekondigd {
    /// The `naam` of the parameter.
    pub parameter: &'static str,
    pub per: NaiveDate,
    /// The day the new value is due to be published at the latest: after it the report marks
    /// the announcement as overdue.
    pub bekend: NaiveDate,
    /// What changes, and where it is published.
    pub wat: &'static str,
}

/// Declares a law's parameters and, next to them, `PARAMETERS`: the list of every one of them,
/// so a parameter is registered where it is declared and nowhere else. `engine::register`
/// joins the lists; `tests/controle.rs` fails when a `Parameter` is declared outside such a block.
#[macro_export]
macro_rules! parameters {
    ($($(#[$meta:meta])* $vis:vis const $naam:ident: Parameter<$t:ty> = $waarde:expr;)+) => {
        $($(#[$meta])* $vis const $naam: $crate::engine::param::Parameter<$t> = $waarde;)+
        /// Every parameter declared in this module's `parameters!` block.
        pub const PARAMETERS: &[&dyn $crate::engine::param::Controleerbaar] = &[$(&$naam),+];
        /// The day each of them was last checked, for `regelsTot`: plain functions, so the wasm
        /// module (which needs only this) compiles no trait object's methods for every type.
        pub const LAATST_GECONTROLEERD: &[fn() -> chrono::NaiveDate] = &[$(|| $naam.laatst_gecontroleerd()),+];
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basis::datum::dag;
    use crate::engine::bron::Wet;

    const CESUUR: Parameter<u32> = Parameter {
        naam: "test",
        vluchtig: true,
        rijen: &[
            Rij {
                vanaf: dag(2022, 1, 1),
                waarde: 31,
                bron: Bron::new(Wet::Beleid, "test"),
                herkomst: "test",
                zekerheid: Zekerheid::Bevestigd,
                gecontroleerd: dag(2026, 11, 22),
            },
            Rij {
                vanaf: dag(2023, 4, 12),
                waarde: 28,
                bron: Bron::new(Wet::Beleid, "test"),
                herkomst: "test",
                zekerheid: Zekerheid::Bevestigd,
                gecontroleerd: dag(2026, 11, 22),
            },
        ],
    };

    #[test]
    fn a_row_holds_from_its_date_until_the_next() {
        assert!(CESUUR.op(dag(2021, 12, 31)).is_none());
        assert_eq!(CESUUR.geldend(dag(2021, 12, 31)), Err(VoorEersteRij { naam: "test", eerste: dag(2022, 1, 1) }));
        assert_eq!(CESUUR.geldend(dag(2022, 1, 1)).map(|rij| rij.waarde), Ok(31));
        assert_eq!(CESUUR.uit_volgorde(), None);
        assert_eq!(CESUUR.gecontroleerd(), dag(2026, 11, 22));
        assert_eq!(CESUUR.op(dag(2023, 4, 11)).unwrap().waarde, 31);
        assert_eq!(CESUUR.op(dag(2023, 4, 12)).unwrap().waarde, 28);
        assert_eq!(CESUUR.laatste_wijziging(), Some(dag(2023, 4, 12)));
    }

    #[test]
    fn a_volatile_value_goes_stale_after_ninety_days() {
        let controle = CESUUR.controles().remove(0);
        assert!(!controle.verouderd_op(dag(2027, 2, 20)));
        assert!(controle.verouderd_op(dag(2027, 2, 21)));
        assert_eq!(controle.dagen_te_laat(dag(2027, 2, 21)), 1);
        assert_eq!(controle.dagen_te_laat(dag(2026, 11, 22)), -90);
        let vast = Controle { vluchtig: false, ..controle };
        assert!(!vast.verouderd_op(dag(2027, 5, 21)));
        assert!(vast.verouderd_op(dag(2027, 5, 22)));
    }
}
