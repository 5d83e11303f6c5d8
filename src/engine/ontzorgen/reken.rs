//! The monthly arithmetic of the schedule, apart from its explanations and warnings: per month
//! the norm (Pw art. 20-22a and 24) on its first day, the vakantietoeslag in it (art. 19 lid 3), what is
//! withheld (art. 56a lid 2 and agreed extras) and the leefgeld that remains.

use chrono::{Datelike, NaiveDate};

use super::norm::{self, Normen, NORMEN, NORMHERZIENING, PARTNER_ZONDER_RECHT_PROCENT, VAKANTIETOESLAG};
use super::Huishouden;
use super::{Ingehouden, Maand};
use crate::basis::datum::{dag, einde_periode, plus_maanden};
use crate::basis::geld::{afronden, Afronding, Cent};
use crate::engine::param::{Rij, VoorEersteRij, Zekerheid};

/// One month's figures and the rule data they rest on, for the explanations.
#[derive(Debug, Clone, PartialEq)]
pub struct Berekend {
    pub maand: Maand,
    pub norm: norm::Norm,
    /// The norm row in force on the month's first day.
    pub normrij: &'static Rij<Normen>,
    /// The first day of the norm period the month's first day falls in (Pw art. 38 lid 1).
    pub normperiode: NaiveDate,
}

/// Pw art. 38 lid 1: the first day of the norm period `datum` falls in (the norms follow the net
/// minimum wage, changed in the months of [`NORMHERZIENING`]).
pub fn normperiode(datum: NaiveDate) -> Result<NaiveDate, VoorEersteRij> {
    let maanden = NORMHERZIENING.geldend(datum)?.waarde;
    let in_dit_jaar = maanden.iter().rev().find(|&&maand| maand <= datum.month());
    Ok(match (in_dit_jaar, maanden.last()) {
        (Some(&maand), _) => dag(datum.year(), maand, 1),
        (None, Some(&laatste)) => dag(datum.year() - 1, laatste, 1),
        (None, None) => dag(datum.year(), 1, 1),
    })
}

/// The months of the schedule for a checked household (contract: ontzorgen arithmetic). An
/// error only when a month lies before the rule data (the input check keeps the start after it).
pub fn maanden(h: &Huishouden) -> Result<Vec<Berekend>, VoorEersteRij> {
    let extra: Cent = h.extra_inhoudingen.iter().map(|(_, bedrag)| bedrag).sum();
    let lasten = h.vaste_lasten;
    let ingehouden = Ingehouden {
        huur: lasten.huur,
        energie: lasten.energie,
        water: lasten.water,
        zorgverzekering: lasten.zorgverzekering,
        extra,
    };
    let totaal_ingehouden = lasten.huur + lasten.energie + lasten.water + lasten.zorgverzekering + extra;
    let overige_inkomsten = h.overige_inkomsten.totaal();
    // Size: a loop, docs/stijl.md.
    let mut maanden = Vec::new();
    for i in 0..h.maanden {
        let van = plus_maanden(h.startdatum, i);
        let normrij = NORMEN.geldend(van)?;
        let aandeel = VAKANTIETOESLAG.geldend(van)?;
        let normperiode = normperiode(van)?;
        let art24 = PARTNER_ZONDER_RECHT_PROCENT.geldend(van)?.waarde;
        let norm = norm::norm(&normrij.waarde, art24, h, van);
        let (vakantietoeslag, bijstand) = match h.bijstand_per_maand {
            Some(opgegeven) => (0, opgegeven),
            None => {
                let vt = norm::vakantietoeslag(norm.bedrag, &aandeel.waarde);
                (vt, norm.bedrag - vt)
            }
        };
        let leefgeld = bijstand - totaal_ingehouden;
        let maand = Maand {
            van,
            tot: einde_periode(h.startdatum, i + 1),
            norm_incl_vakantietoeslag: norm.bedrag,
            vakantietoeslag,
            bijstand,
            ingehouden,
            totaal_ingehouden,
            leefgeld,
            leefgeld_per_week: afronden(leefgeld * 12, 52, Afronding::NaarNul),
            norm_bron: norm.bron,
            norm_indicatief: normrij.zekerheid != Zekerheid::Bevestigd || normperiode > normrij.vanaf,
            overige_inkomsten,
            besteedbaar: leefgeld + overige_inkomsten,
        };
        maanden.push(Berekend { maand, norm, normrij, normperiode });
    }
    Ok(maanden)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_norm_period_starts_on_1_january_or_1_july() {
        assert_eq!(normperiode(dag(2026, 6, 30)), Ok(dag(2026, 1, 1)));
        assert_eq!(normperiode(dag(2026, 7, 1)), Ok(dag(2026, 7, 1)));
        assert_eq!(normperiode(dag(2027, 3, 15)), Ok(dag(2027, 1, 1)));
        assert!(normperiode(dag(2023, 12, 31)).is_err());
    }
}
