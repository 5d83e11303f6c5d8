//! The `huishouden` (contract: ontzorgen input): its one declaration ([`HUISHOUDEN`]), read and
//! checked with it: every rejection names its field, unknown fields are rejected at every level.

use chrono::NaiveDate;

use super::norm::NORMEN;
use super::{Huishouden, OverigeInkomsten, VasteLasten, ONTZORGEN_MAANDEN};
use crate::basis::datum::leeftijd;
use crate::engine::codes::Leefvorm;
use crate::engine::fout::Fout;
use crate::engine::json::{Json, Velden};
use crate::engine::param::VoorEersteRij;
use crate::engine::veld::{self, code, veld, Soort, Veld};
use crate::i18n::{fouten, ontzorgen as tekst, Waarde};

/// The first day the norm data covers: an earlier start cannot be calculated.
pub const EERSTE_STARTDATUM: NaiveDate = NORMEN.rijen[0].vanaf;
/// Longer than the statutory six months (Pw art. 57) up to this contract limit.
pub const MAX_MAANDEN: i64 = 24;

const VASTE_LASTEN: &[Veld] = &[
    veld("huur", Soort::Bedrag),
    veld("energie", Soort::Bedrag),
    veld("water", Soort::Bedrag),
    veld("zorgverzekering", Soort::Bedrag),
];

const EXTRA_INHOUDING: &[Veld] = &[veld("omschrijving", Soort::Tekst), veld("bedrag", Soort::Bedrag).verplicht()];

const OVERIGE_INKOMSTEN: &[Veld] = &[
    veld("zorgtoeslag", Soort::Bedrag),
    veld("huurtoeslag", Soort::Bedrag),
    veld("kinderbijslag", Soort::Bedrag),
    veld("kindgebondenBudget", Soort::Bedrag),
];

/// A partner's birth date belongs to a couple only (Pw art. 3 lid 3).
fn gehuwden(invoer: &Json) -> bool {
    code(invoer, "leefvorm") == Some("gehuwden")
}

/// Children belong to a single parent or a couple: "Alleen, zonder kinderen" has none (Pw art. 4
/// lid 1 onder b and c), so the question is not asked after it.
fn met_kinderen(invoer: &Json) -> bool {
    code(invoer, "leefvorm") != Some("alleenstaande")
}

/// The contract's `huishouden`, in contract order, with the extra optional fields after it.
pub const HUISHOUDEN: &[Veld] = &[
    veld("startdatum", Soort::Datum).verplicht(),
    veld("maanden", Soort::Geheel(1, MAX_MAANDEN)),
    veld("leefvorm", Soort::Keuze(Leefvorm::CODES)).verplicht(),
    veld("geboortedatum", Soort::Datum).verplicht(),
    veld("partnerGeboortedatum", Soort::Datum).verplicht().geldt_als(gehuwden),
    veld("kinderen", Soort::Geheel(0, 20)).geldt_als(met_kinderen),
    veld("kostendelers", Soort::Geheel(0, 20)),
    veld("bijstandPerMaand", Soort::Bedrag),
    veld("vasteLasten", Soort::Object(VASTE_LASTEN)).verplicht(),
    veld("extraInhoudingen", Soort::Lijst(EXTRA_INHOUDING)),
    veld("overigeInkomsten", Soort::Object(OVERIGE_INKOMSTEN)),
    veld("geenOnderhoudOuders", Soort::JaNee),
    veld("partnerZonderRechtOpBijstand", Soort::JaNee).geldt_als(gehuwden),
];

/// Pw art. 20 lid 1: no norm below the minimum age (18) on the start date, so a younger applicant
/// or partner is an impossible household.
fn oud_genoeg(v: &Velden, naam: &str, geboren: NaiveDate, start: NaiveDate) -> Result<(), Fout> {
    let minimum = NORMEN.geldend(start).map_err(|e| te_vroeg(v, e))?.waarde.minimumleeftijd;
    if geboren > start || leeftijd(geboren, start) < minimum {
        return Err(Fout::met(v.pad(naam), &tekst::TE_JONG, vec![Waarde::Getal(minimum.into())]));
    }
    Ok(())
}

/// A start date before a parameter's first row: refused at the start date.
fn te_vroeg(v: &Velden, fout: VoorEersteRij) -> Fout {
    Fout::met(v.pad("startdatum"), &fouten::DATUM_TE_VROEG, vec![Waarde::Datum(fout.eerste)])
}

/// Reads and checks a `huishouden`; the first error found, never a panic.
pub fn lees(invoer: &Json) -> Result<Huishouden, Fout> {
    let v = veld::lees(invoer, HUISHOUDEN)?;
    let startdatum = v.verplicht("startdatum", v.datum("startdatum")?)?;
    if startdatum < EERSTE_STARTDATUM {
        return Err(Fout::met(v.pad("startdatum"), &fouten::DATUM_TE_VROEG, vec![Waarde::Datum(EERSTE_STARTDATUM)]));
    }
    let wettelijk = ONTZORGEN_MAANDEN.geldend(startdatum).map_err(|e| te_vroeg(&v, e))?.waarde;
    let maanden = v.geheel("maanden", 1, MAX_MAANDEN)?.map_or(wettelijk, |m| m as u32);
    let leefvorm = v.verplicht("leefvorm", v.keuze("leefvorm", Leefvorm::TABEL)?)?;
    let geboortedatum = v.verplicht("geboortedatum", v.datum("geboortedatum")?)?;
    oud_genoeg(&v, "geboortedatum", geboortedatum, startdatum)?;
    let partner_geboortedatum = v.datum("partnerGeboortedatum")?;
    match (leefvorm, partner_geboortedatum) {
        (Leefvorm::Gehuwden, Some(partner)) => oud_genoeg(&v, "partnerGeboortedatum", partner, startdatum)?,
        (_, Some(_)) => return Err(Fout::new(v.pad("partnerGeboortedatum"), &tekst::LEEFVORM_PAST_NIET)),
        (_, None) => {}
    }
    // Pw art. 24 concerns "gehuwden waarvan een echtgenoot geen recht op algemene bijstand heeft".
    let partner_zonder_recht = v.bool("partnerZonderRechtOpBijstand")?.unwrap_or(false);
    if partner_zonder_recht && leefvorm != Leefvorm::Gehuwden {
        return Err(Fout::new(v.pad("partnerZonderRechtOpBijstand"), &tekst::LEEFVORM_PAST_NIET));
    }
    let kinderen = v.geheel("kinderen", 0, 20)?.unwrap_or(0) as u32;
    let kinderen_passen = match leefvorm {
        Leefvorm::Alleenstaande => kinderen == 0,
        Leefvorm::AlleenstaandeOuder => kinderen > 0,
        Leefvorm::Gehuwden => true,
    };
    if !kinderen_passen {
        return Err(Fout::new(v.pad("kinderen"), &tekst::LEEFVORM_PAST_NIET));
    }
    let lasten = v.verplicht("vasteLasten", veld::object(&v, "vasteLasten", VASTE_LASTEN)?)?;
    let bedrag = |velden: &Velden, naam| velden.bedrag(naam).map(Option::unwrap_or_default);
    let vaste_lasten = VasteLasten {
        huur: bedrag(&lasten, "huur")?,
        energie: bedrag(&lasten, "energie")?,
        water: bedrag(&lasten, "water")?,
        zorgverzekering: bedrag(&lasten, "zorgverzekering")?,
    };
    let mut extra_inhoudingen = Vec::new();
    for (pad, item) in v.lijst("extraInhoudingen")? {
        let regel = veld::binnen(item, &pad, EXTRA_INHOUDING)?;
        let omschrijving = regel.tekst("omschrijving")?.unwrap_or_default().to_owned();
        extra_inhoudingen.push((omschrijving, regel.verplicht("bedrag", regel.bedrag("bedrag")?)?));
    }
    let overige_inkomsten = match veld::object(&v, "overigeInkomsten", OVERIGE_INKOMSTEN)? {
        None => OverigeInkomsten::default(),
        Some(o) => OverigeInkomsten {
            zorgtoeslag: bedrag(&o, "zorgtoeslag")?,
            huurtoeslag: bedrag(&o, "huurtoeslag")?,
            kinderbijslag: bedrag(&o, "kinderbijslag")?,
            kindgebonden_budget: bedrag(&o, "kindgebondenBudget")?,
        },
    };
    Ok(Huishouden {
        startdatum,
        maanden,
        leefvorm,
        geboortedatum,
        partner_geboortedatum,
        kinderen,
        kostendelers: v.geheel("kostendelers", 0, 20)?.unwrap_or(0) as u32,
        bijstand_per_maand: v.bedrag("bijstandPerMaand")?,
        vaste_lasten,
        extra_inhoudingen,
        overige_inkomsten,
        geen_onderhoud_ouders: v.bool("geenOnderhoudOuders")?.unwrap_or(false),
        partner_zonder_recht,
    })
}
