//! The ontzorgen budget (contract: `ontzorgen`): per month the Participatiewet norm, the
//! holiday allowance, the four statutory withholdings of Pw art. 56a lid 2 plus agreed extras,
//! and the leefgeld that remains.

pub mod huurgrens;
mod invoer;
pub mod norm;
pub mod reken;

use chrono::{Datelike, NaiveDate};

use super::bron::{Bron, Wet};
use super::codes::Leefvorm;
use super::fout::Fout;
use super::gemeente::{Gemeente, LEEFGELD_GRENS_BELEID};
use super::json::Json;
use super::param::{bewaarde_herkomst, Controleerbaar, Parameter, Rij, VoorEersteRij, Zekerheid};
use super::schrijver::{object, NaarJson};
use super::uitleg::Uitleg;
use crate::basis::datum::{dag, leeftijd, plus_maanden};
use crate::basis::geld::Cent;
use crate::i18n::{fouten, ontzorgen as tekst, Taal, Tekst, Waarde};

pub use huurgrens::HUURGRENS;
pub use invoer::HUISHOUDEN;
pub use norm::{KOSTENDELER_LEEFTIJD, NORMEN, NORMHERZIENING, PARTNER_ZONDER_RECHT_PROCENT, VAKANTIETOESLAG};

/// The four statutory items of Pw art. 56a lid 2, per month.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct VasteLasten {
    pub huur: Cent,
    pub energie: Cent,
    pub water: Cent,
    pub zorgverzekering: Cent,
}

/// Other money the household expects per month (extra input, optional).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct OverigeInkomsten {
    pub zorgtoeslag: Cent,
    pub huurtoeslag: Cent,
    pub kinderbijslag: Cent,
    pub kindgebonden_budget: Cent,
}

impl OverigeInkomsten {
    pub fn totaal(&self) -> Cent {
        self.zorgtoeslag + self.huurtoeslag + self.kinderbijslag + self.kindgebonden_budget
    }
}

/// The contract's `huishouden` as read (`invoer`): the input the rules compute with.
#[derive(Debug, Clone, PartialEq)]
pub struct Huishouden {
    pub startdatum: NaiveDate,
    pub maanden: u32,
    pub leefvorm: Leefvorm,
    pub geboortedatum: NaiveDate,
    pub partner_geboortedatum: Option<NaiveDate>,
    pub kinderen: u32,
    pub kostendelers: u32,
    pub bijstand_per_maand: Option<Cent>,
    pub vaste_lasten: VasteLasten,
    pub extra_inhoudingen: Vec<(String, Cent)>,
    pub overige_inkomsten: OverigeInkomsten,
    /// Pw art. 20 lid 3: an 18–20-year-old cannot rely on the parents (extra input, optional).
    pub geen_onderhoud_ouders: bool,
    /// Pw art. 24: the partner of a couple has no right to bijstand (contract: optional).
    pub partner_zonder_recht: bool,
}

/// What is withheld in one month (contract: `ingehouden`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ingehouden {
    pub huur: Cent,
    pub energie: Cent,
    pub water: Cent,
    pub zorgverzekering: Cent,
    /// The sum of `extraInhoudingen`.
    pub extra: Cent,
}

/// One month of the schedule (contract: `maanden[i]`), plus extra fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Maand {
    pub van: NaiveDate,
    pub tot: NaiveDate,
    pub norm_incl_vakantietoeslag: Cent,
    pub vakantietoeslag: Cent,
    pub bijstand: Cent,
    pub ingehouden: Ingehouden,
    pub totaal_ingehouden: Cent,
    pub leefgeld: Cent,
    pub leefgeld_per_week: Cent,
    /// Extra: the article the norm rests on ("Participatiewet art. 21 onder a").
    pub norm_bron: Bron,
    /// Extra: the norm is not confirmed for this month (shown as "indicatief").
    pub norm_indicatief: bool,
    /// Extra: zorgtoeslag, huurtoeslag, kinderbijslag and kindgebonden budget expected this month.
    pub overige_inkomsten: Cent,
    /// Extra: `leefgeld + overigeInkomsten`, what the household really has to live on.
    pub besteedbaar: Cent,
}

/// Sums over all months (contract: `totaal`), plus the two extra sums.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totaal {
    pub bijstand: Cent,
    pub totaal_ingehouden: Cent,
    pub leefgeld: Cent,
    pub vakantietoeslag: Cent,
    pub overige_inkomsten: Cent,
    pub besteedbaar: Cent,
}

/// A warning for the klantmanager: `{ "code", "melding" }` with the Dutch sentence, and
/// `"bron"` for a warning that comes from the gemeente's configuration, not from the law.
#[derive(Debug, Clone, PartialEq)]
pub struct Waarschuwing {
    pub soort: &'static Tekst,
    pub waarden: Vec<Waarde>,
    /// The gemeente's policy it comes from; `None`: the law's (its article is in the `uitleg`).
    pub bron: Option<Bron>,
}

impl Waarschuwing {
    pub fn code(&self) -> &'static str {
        self.soort.code
    }
    pub fn melding(&self, taal: Taal) -> String {
        self.soort.vul(taal, &self.waarden)
    }
}

impl NaarJson for Waarschuwing {
    fn schrijf(&self, uit: &mut String) {
        let (code, melding) = (self.code(), self.melding(Taal::Nl));
        match &self.bron {
            None => object(uit, &[("code", &code), ("melding", &melding)]),
            Some(bron) => object(uit, &[("code", &code), ("melding", &melding), ("bron", bron)]),
        }
    }
}

/// Provenance: the engine version and the norm rows used.
#[derive(Debug, Clone, PartialEq)]
pub struct Herkomst {
    pub versie: &'static str,
    /// The effective dates of the norm rows the months used.
    pub normen_van: Vec<NaiveDate>,
    /// The newest norm row the engine knows.
    pub normen_bekend_tot: NaiveDate,
}

/// The schedule for one household (contract: `schema`).
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    pub maanden: Vec<Maand>,
    pub totaal: Totaal,
    pub tekort: bool,
    pub waarschuwingen: Vec<Waarschuwing>,
    pub uitleg: Vec<Uitleg>,
    pub herkomst: Herkomst,
}

impl NaarJson for Ingehouden {
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[
                ("huur", &self.huur),
                ("energie", &self.energie),
                ("water", &self.water),
                ("zorgverzekering", &self.zorgverzekering),
                ("extra", &self.extra),
            ],
        )
    }
}

impl NaarJson for Maand {
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[
                ("van", &self.van),
                ("tot", &self.tot),
                ("normInclVakantietoeslag", &self.norm_incl_vakantietoeslag),
                ("vakantietoeslag", &self.vakantietoeslag),
                ("bijstand", &self.bijstand),
                ("ingehouden", &self.ingehouden),
                ("totaalIngehouden", &self.totaal_ingehouden),
                ("leefgeld", &self.leefgeld),
                ("leefgeldPerWeek", &self.leefgeld_per_week),
                ("normBron", &self.norm_bron),
                ("normIndicatief", &self.norm_indicatief),
                ("overigeInkomsten", &self.overige_inkomsten),
                ("besteedbaar", &self.besteedbaar),
            ],
        )
    }
}

impl NaarJson for Totaal {
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[
                ("bijstand", &self.bijstand),
                ("totaalIngehouden", &self.totaal_ingehouden),
                ("leefgeld", &self.leefgeld),
                ("vakantietoeslag", &self.vakantietoeslag),
                ("overigeInkomsten", &self.overige_inkomsten),
                ("besteedbaar", &self.besteedbaar),
            ],
        )
    }
}

impl NaarJson for Herkomst {
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[("versie", &self.versie), ("normenVan", &self.normen_van), ("normenBekendTot", &self.normen_bekend_tot)],
        )
    }
}

impl NaarJson for Schema {
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[
                ("maanden", &self.maanden),
                ("totaal", &self.totaal),
                ("tekort", &self.tekort),
                ("waarschuwingen", &self.waarschuwingen),
                ("uitleg", &self.uitleg),
                ("herkomst", &self.herkomst),
            ],
        )
    }
}

/// Reads a `huishouden` and gives the schedule with the gemeente's own warnings
/// ([`leefgeld_onder_grens`]), or the first input error.
pub fn ontzorgen(invoer: &Json, gemeente: &Gemeente) -> Result<Schema, Fout> {
    let h = invoer::lees(invoer)?;
    // The input check keeps the start on or after the first norm row; a rule without a row
    // that early is still refused at the start date, never computed with a later row.
    let mut schema = bereken(&h)
        .map_err(|fout| Fout::met("startdatum", &fouten::DATUM_TE_VROEG, vec![Waarde::Datum(fout.eerste)]))?;
    leefgeld_onder_grens(&mut schema, gemeente);
    Ok(schema)
}

/// The gemeente's own level of leefgeld per week (its configuration's
/// `ontzorgen.leefgeldGrensPerWeek`: policy, not law; Pw art. 56a sets no such level): when a
/// month leaves less per week, a warning with the lowest week amount, the level and that source.
fn leefgeld_onder_grens(schema: &mut Schema, gemeente: &Gemeente) {
    let Some(grens) = gemeente.leefgeld_grens_per_week else { return };
    let Some(laagste) = schema.maanden.iter().map(|m| m.leefgeld_per_week).min() else { return };
    if laagste < grens {
        schema.waarschuwingen.push(Waarschuwing {
            soort: &tekst::LEEFGELD_LAAG,
            waarden: vec![Waarde::Bedrag(laagste), Waarde::Bedrag(grens)],
            bron: Some(LEEFGELD_GRENS_BELEID),
        });
    }
}

crate::parameters! {
    /// Pw art. 56a lid 2: ontzorgen for six months from the day the right to bijstand arises.
    pub const ONTZORGEN_MAANDEN: Parameter<u32> = Parameter {
        naam: "ontzorgen_maanden",
        vluchtig: false,
        rijen: &[Rij {
            vanaf: dag(2022, 1, 1),
            waarde: 6,
            bron: Bron::new(Wet::Pw, "art. 56a lid 2"),
            herkomst: bewaarde_herkomst(
                "regelrecht-corpus regulation/nl/wet/participatiewet/2022-01-01.yaml art. 56a lid 2 (\"zes maanden, \
                 gerekend vanaf de dag waarop het recht op bijstand ontstaat\"); same text in 2026-01-01.yaml",
            ),
            zekerheid: Zekerheid::Bevestigd,
            gecontroleerd: dag(2026, 11, 23),
        }],
    };
}

fn waarschuw(lijst: &mut Vec<Waarschuwing>, soort: &'static Tekst, waarden: Vec<Waarde>) {
    let nieuw = Waarschuwing { soort, waarden, bron: None };
    if !lijst.contains(&nieuw) {
        lijst.push(nieuw);
    }
}

/// The schedule for a checked household: the months ([`reken::maanden`]), then what explains
/// them and what the klantmanager must know ([`toelichting`]).
pub fn bereken(h: &Huishouden) -> Result<Schema, VoorEersteRij> {
    let berekend = reken::maanden(h)?;
    let (uitleg, waarschuwingen) = toelichting(h, &berekend)?;
    let maanden: Vec<Maand> = berekend.into_iter().map(|b| b.maand).collect();
    let mut normen_van = Vec::new();
    for maand in &maanden {
        let vanaf = NORMEN.geldend(maand.van)?.vanaf;
        if !normen_van.contains(&vanaf) {
            normen_van.push(vanaf);
        }
    }
    let totaal = maanden.iter().fold(Totaal::default(), |t, m| Totaal {
        bijstand: t.bijstand + m.bijstand,
        totaal_ingehouden: t.totaal_ingehouden + m.totaal_ingehouden,
        leefgeld: t.leefgeld + m.leefgeld,
        vakantietoeslag: t.vakantietoeslag + m.vakantietoeslag,
        overige_inkomsten: t.overige_inkomsten + m.overige_inkomsten,
        besteedbaar: t.besteedbaar + m.besteedbaar,
    });
    Ok(Schema {
        tekort: maanden.iter().any(|m| m.leefgeld < 0),
        maanden,
        totaal,
        waarschuwingen,
        uitleg,
        herkomst: Herkomst {
            versie: super::param::VERSIE,
            normen_van,
            normen_bekend_tot: NORMEN.laatste_wijziging().unwrap_or(NORMEN.eerste_dag()),
        },
    })
}

/// The explanation of the months and the warnings, in the order a klantmanager reads them: Pw
/// art. 56a lid 2 (what is withheld, for how long), the norm of each period with its article
/// (art. 20-22a), art. 24 and 24a (a partner without a right to bijstand), art. 19a (kostendelers), art. 19 lid 3 (the vakantietoeslag in the norm) and
/// art. 57 (beyond the statutory months).
fn toelichting(h: &Huishouden, maanden: &[reken::Berekend]) -> Result<(Vec<Uitleg>, Vec<Waarschuwing>), VoorEersteRij> {
    let mut waarschuwingen = Vec::new();
    let wettelijk = ONTZORGEN_MAANDEN.geldend(h.startdatum)?;
    let mut uitleg = vec![Uitleg::new(&tekst::ONTZORGEN, wettelijk.bron, vec![Waarde::Getal(wettelijk.waarde.into())])];
    let mut vorige: Option<norm::Norm> = None;
    let mut personen_uitgelegd = false;
    for berekend in maanden {
        let (van, norm, rij) = (berekend.maand.van, berekend.norm, berekend.normrij);
        if berekend.maand.norm_indicatief {
            let waarden = vec![Waarde::Datum(berekend.normperiode.max(h.startdatum)), Waarde::Datum(rij.vanaf)];
            waarschuw(&mut waarschuwingen, &tekst::NORM_VOORLOPIG, waarden);
        }
        if vorige.map(|v| (v.bedrag, v.bron)) != Some((norm.bedrag, norm.bron)) {
            uitleg.push(Uitleg::new(&tekst::NORM, norm.bron, vec![Waarde::Datum(van), Waarde::Bedrag(norm.bedrag)]));
        }
        if let (Some(personen), false) = (norm.personen, personen_uitgelegd) {
            // The paragraph of art. 22a that applies (lid 1 alone, lid 2 a couple, lid 3 a young
            // spouse) and the percentages of the norm row in force.
            personen_uitgelegd = true;
            uitleg.push(Uitleg::new(
                &tekst::KOSTENDELERSNORM,
                norm.bron,
                vec![
                    Waarde::Getal(personen as i64),
                    Waarde::Getal(rij.waarde.kostendelers_basis_procent),
                    Waarde::Getal(rij.waarde.kostendelers_per_persoon_procent),
                ],
            ));
        }
        if norm.verhoging > 0 && !matches!(vorige, Some(v) if v.verhoging > 0) {
            let leeftijden = [rij.waarde.minimumleeftijd, rij.waarde.jongerennorm_tot].map(|j| Waarde::Getal(j.into()));
            uitleg.push(Uitleg::new(&tekst::VERHOGING_JONGEREN, norm::VERHOGING_BRON, leeftijden.into()));
        }
        if norm.verhoging_zonder_bedrag {
            let waarden = vec![Waarde::Datum(rij.vanaf.max(h.startdatum))];
            waarschuw(&mut waarschuwingen, &tekst::VERHOGING_ZONDER_BEDRAG, waarden);
        }
        vorige = Some(norm);
        if berekend.maand.leefgeld < 0 {
            waarschuwingen.push(Waarschuwing {
                soort: &tekst::TEKORT,
                waarden: vec![Waarde::Datum(van), Waarde::Bedrag(-berekend.maand.leefgeld)],
                bron: None,
            });
        }
        controleer_huur(&mut waarschuwingen, &mut uitleg, h, van);
    }

    if h.partner_zonder_recht {
        let aandeel = PARTNER_ZONDER_RECHT_PROCENT.geldend(h.startdatum)?;
        uitleg.push(Uitleg::new(&tekst::PARTNER_ZONDER_RECHT, aandeel.bron, vec![Waarde::Getal(aandeel.waarde)]));
        if h.kinderen > 0 {
            // Art. 24a: 1/12 of an amount of the Wet op het kindgebonden budget, not among the rows here.
            uitleg.push(Uitleg::new(&tekst::KINDEREN_ART24A, Bron::new(Wet::Pw, "art. 24a"), vec![]));
        }
    }
    let leeftijd = KOSTENDELER_LEEFTIJD.geldend(h.startdatum)?;
    uitleg.push(Uitleg::new(
        &tekst::KOSTENDELERS,
        leeftijd.bron,
        vec![Waarde::Getal(h.kostendelers as i64), Waarde::Getal(i64::from(leeftijd.waarde))],
    ));
    match h.bijstand_per_maand {
        Some(opgegeven) => uitleg.push(Uitleg::new(
            &tekst::BIJSTAND_OPGEGEVEN,
            Bron::new(Wet::Beleid, "bijstandPerMaand opgegeven door de gemeente"),
            vec![Waarde::Bedrag(opgegeven)],
        )),
        None => {
            let aandeel = VAKANTIETOESLAG.geldend(h.startdatum)?;
            let procent = Waarde::Letterlijk(aandeel.waarde.procent.to_owned());
            uitleg.push(Uitleg::new(&tekst::VAKANTIETOESLAG, aandeel.bron, vec![procent]));
        }
    }
    if h.maanden > wettelijk.waarde {
        uitleg.push(Uitleg::new(
            &tekst::ONTZORGEN_LANGER,
            Bron::new(Wet::Pw, "art. 57"),
            vec![Waarde::Datum(plus_maanden(h.startdatum, wettelijk.waarde))],
        ));
        waarschuw(
            &mut waarschuwingen,
            &tekst::LANGER_DAN_ZES_MAANDEN,
            vec![Waarde::Getal(h.maanden.into()), Waarde::Getal(wettelijk.waarde.into())],
        );
    }
    uitleg.push(Uitleg::new(&tekst::LEEFGELD, Bron::new(Wet::Beleid, "leefgeld (contract ontzorgen)"), vec![]));
    if h.vaste_lasten.zorgverzekering == 0 {
        waarschuw(&mut waarschuwingen, &tekst::GEEN_ZORGVERZEKERING, vec![]);
    }
    Ok((uitleg, waarschuwingen))
}

/// Wet op de huurtoeslag art. 13 lid 1: warns when the rent is above the maximum rent limit of
/// the month's year for this household, saying what that means in that year (until 2025 as a
/// rule no huurtoeslag; from 2026 no huurtoeslag over the part above it, art. 21 lid 1 onder d),
/// and when the year has no confirmed limit. A warning, not a rule: not a condition of art. 56a.
/// The first such sentence also goes into the explanation, with the article and its link.
fn controleer_huur(waarschuwingen: &mut Vec<Waarschuwing>, uitleg: &mut Vec<Uitleg>, h: &Huishouden, van: NaiveDate) {
    let huur = h.vaste_lasten.huur;
    if huur == 0 {
        return;
    }
    let jaar = dag(van.year(), 1, 1);
    let Ok(rij) = HUURGRENS.geldend(van) else {
        return waarschuw(waarschuwingen, &tekst::HUURGRENS_ONBEVESTIGD, vec![Waarde::Datum(jaar)]);
    };
    if rij.zekerheid != Zekerheid::Bevestigd || rij.vanaf < jaar {
        // Art. 13 lid 2: the limits change every 1 January; a year without its row is not known.
        waarschuw(waarschuwingen, &tekst::HUURGRENS_ONBEVESTIGD, vec![Waarde::Datum(jaar)]);
    }
    let leeftijden = [Some(h.geboortedatum), h.partner_geboortedatum].map(|g| g.map(|g| leeftijd(g, van)));
    let grens = rij.waarde.voor(leeftijden, h.kinderen > 0, h.kostendelers > 0);
    if huur > grens {
        let soort =
            if rij.waarde.voorwaarde { &tekst::HUUR_BOVEN_HUURGRENS } else { &tekst::HUUR_BOVEN_HUURGRENS_AFGETOPT };
        let waarden = vec![Waarde::Bedrag(huur), Waarde::Datum(rij.vanaf), Waarde::Bedrag(grens)];
        if !uitleg.iter().any(|u| u.bron == rij.bron) {
            uitleg.push(Uitleg::new(soort, rij.bron, waarden.clone()));
        }
        waarschuw(waarschuwingen, soort, waarden);
        if grens < rij.waarde.bedrag {
            // Art. 13 lid 1 onder a, 1° and 2°: a housemate of that age who is not a kostendeler,
            // or a young resident with a handicap, gives the higher limit; the input cannot say so.
            let waarden = vec![Waarde::Getal(rij.waarde.jongeren_tot.into()), Waarde::Bedrag(rij.waarde.bedrag)];
            waarschuw(waarschuwingen, &tekst::HUURGRENS_JONGEREN, waarden);
        }
    }
}
