//! Money is an integer number of eurocents; never a float.

/// An amount in eurocents.
pub type Cent = i64;

/// How [`afronden`] treats a remainder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Afronding {
    /// Half a cent or more rounds away from zero (the statutory "afronden op hele centen").
    HalfOmhoog,
    /// Drop the remainder (contract: `leefgeldPerWeek`).
    NaarNul,
}

/// The one rounding function: `teller / noemer` to whole cents. `noemer` must be positive.
/// Amounts are capped at `json::MAX_BEDRAG` (10^7 cents), so the products the rules pass stay
/// below 10^12, far inside `i64`.
pub fn afronden(teller: i64, noemer: i64, afronding: Afronding) -> Cent {
    debug_assert!(noemer > 0);
    let quotient = teller / noemer;
    let rest = teller % noemer;
    let naar_boven = match afronding {
        Afronding::NaarNul => false,
        Afronding::HalfOmhoog => 2 * rest.abs() >= noemer,
    };
    if naar_boven {
        quotient + teller.signum()
    } else {
        quotient
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_omhoog_rounds_half_cents_away_from_zero() {
        assert_eq!(afronden(5, 10, Afronding::HalfOmhoog), 1);
        assert_eq!(afronden(4, 10, Afronding::HalfOmhoog), 0);
        assert_eq!(afronden(-5, 10, Afronding::HalfOmhoog), -1);
        assert_eq!(afronden(-4, 10, Afronding::HalfOmhoog), 0);
        // 5% of 1,283.83 = 64.1915: the published 64,19 of 1 January 2024.
        assert_eq!(afronden(128_383 * 5, 100, Afronding::HalfOmhoog), 6_419);
    }

    #[test]
    fn naar_nul_drops_the_remainder_on_both_sides() {
        assert_eq!(afronden(35_964 * 12, 52, Afronding::NaarNul), 8_299);
        assert_eq!(afronden(-35_964 * 12, 52, Afronding::NaarNul), -8_299);
        assert_eq!(afronden(99, 100, Afronding::NaarNul), 0);
    }
}
