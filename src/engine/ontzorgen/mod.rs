//! The ontzorgen budget (contract: `ontzorgen`): per month the Participatiewet norm, the
//! holiday allowance, the four statutory withholdings of Pw art. 56a lid 2 plus agreed extras,
//! and the leefgeld that remains.

mod huurgrens;
mod invoer;
pub mod norm;

use chrono::{Datelike, NaiveDate};

use super::advies::regels::ONTZORGEN_MAANDEN;
use super::bron::{Bron, Wet};
use super::datum::{dag, einde_periode, plus_maanden};
use super::fout::Fout;
use super::geld::{afronden, Afronding, Cent};
use super::json::{object, Json, NaarJson};
use super::param::{Controleerbaar, Zekerheid};
use super::uitleg::Uitleg;
use crate::i18n::{ontzorgen as tekst, Taal, Tekst, Waarde};

pub use huurgrens::HUURGRENS;
pub use invoer::{Huishouden, Leefvorm, OverigeInkomsten, VasteLasten, HUISHOUDEN};
pub use norm::{KOSTENDELER_LEEFTIJD, NORMEN, VAKANTIETOESLAG};

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

/// A warning for the klantmanager: `{ "code", "melding" }` with the Dutch sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Waarschuwing {
    pub soort: &'static Tekst,
    pub waarden: Vec<Waarde>,
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
        object(uit, &[("code", &self.code()), ("melding", &self.melding(Taal::Nl))])
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

/// Reads a `huishouden` and gives the schedule, or the first input error.
pub fn ontzorgen(invoer: &Json) -> Result<Schema, Fout> {
    Ok(bereken(&invoer::lees(invoer)?))
}

/// Pw art. 38 lid 1: the norms change on 1 January and 1 July; the first day of the period
/// `datum` falls in.
fn normperiode(datum: NaiveDate) -> NaiveDate {
    dag(datum.year(), if datum.month() >= 7 { 7 } else { 1 }, 1)
}

fn waarschuw(lijst: &mut Vec<Waarschuwing>, soort: &'static Tekst, waarden: Vec<Waarde>) {
    let nieuw = Waarschuwing { soort, waarden };
    if !lijst.contains(&nieuw) {
        lijst.push(nieuw);
    }
}

/// The schedule for a checked household (contract: ontzorgen arithmetic): Pw art. 56a lid 2 (what
/// is withheld), art. 19 lid 3 (the vakantietoeslag in the norm), art. 57 (beyond six months).
pub fn bereken(h: &Huishouden) -> Schema {
    let mut waarschuwingen = Vec::new();
    let wettelijk = ONTZORGEN_MAANDEN.geldend(h.startdatum).waarde;
    let mut uitleg = vec![Uitleg::new(
        &tekst::ONTZORGEN,
        Bron::new(Wet::Pw, "art. 56a lid 2"),
        vec![Waarde::Getal(wettelijk.into())],
    )];
    let mut maanden = Vec::with_capacity(h.maanden as usize);
    let mut normen_van = Vec::new();
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
    let mut vorige: Option<norm::Norm> = None;
    let mut personen_uitgelegd = false;

    for i in 0..h.maanden {
        let van = plus_maanden(h.startdatum, i);
        let tot = einde_periode(h.startdatum, i + 1);
        // The start is validated to lie on or after the first row, so both lookups succeed.
        let rij = NORMEN.geldend(van);
        let aandeel = VAKANTIETOESLAG.geldend(van);
        let norm = norm::norm(&rij.waarde, h, van);
        if !normen_van.contains(&rij.vanaf) {
            normen_van.push(rij.vanaf);
        }
        let indicatief = rij.zekerheid != Zekerheid::Bevestigd || normperiode(van) > rij.vanaf;
        if indicatief {
            waarschuw(
                &mut waarschuwingen,
                &tekst::NORM_VOORLOPIG,
                vec![Waarde::Datum(normperiode(van).max(h.startdatum)), Waarde::Datum(rij.vanaf)],
            );
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
            uitleg.push(Uitleg::new(
                &tekst::VERHOGING_JONGEREN,
                Bron::new(Wet::Pw, "art. 20 lid 3"),
                leeftijden.into(),
            ));
        }
        if norm.verhoging_zonder_bedrag {
            waarschuw(
                &mut waarschuwingen,
                &tekst::VERHOGING_ZONDER_BEDRAG,
                vec![Waarde::Datum(rij.vanaf.max(h.startdatum))],
            );
        }
        vorige = Some(norm);

        let (vakantietoeslag, bijstand) = match h.bijstand_per_maand {
            Some(opgegeven) => (0, opgegeven),
            None => {
                let vt = norm::vakantietoeslag(norm.bedrag, &aandeel.waarde);
                (vt, norm.bedrag - vt)
            }
        };
        let leefgeld = bijstand - totaal_ingehouden;
        if leefgeld < 0 {
            waarschuwingen.push(Waarschuwing {
                soort: &tekst::TEKORT,
                waarden: vec![Waarde::Datum(van), Waarde::Bedrag(-leefgeld)],
            });
        }
        controleer_huur(&mut waarschuwingen, lasten.huur, van);
        maanden.push(Maand {
            van,
            tot,
            norm_incl_vakantietoeslag: norm.bedrag,
            vakantietoeslag,
            bijstand,
            ingehouden,
            totaal_ingehouden,
            leefgeld,
            leefgeld_per_week: afronden(leefgeld * 12, 52, Afronding::NaarNul),
            norm_bron: norm.bron,
            norm_indicatief: indicatief,
            overige_inkomsten,
            besteedbaar: leefgeld + overige_inkomsten,
        });
    }

    let leeftijd = KOSTENDELER_LEEFTIJD.geldend(h.startdatum);
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
            let aandeel = VAKANTIETOESLAG.geldend(h.startdatum);
            let procent = Waarde::Letterlijk(aandeel.waarde.procent.to_owned());
            uitleg.push(Uitleg::new(&tekst::VAKANTIETOESLAG, aandeel.bron, vec![procent.clone()]));
            if aandeel.zekerheid != Zekerheid::Bevestigd {
                waarschuw(&mut waarschuwingen, &tekst::VAKANTIETOESLAG_INDICATIEF, vec![procent]);
            }
        }
    }
    if h.maanden > wettelijk {
        uitleg.push(Uitleg::new(
            &tekst::ONTZORGEN_LANGER,
            Bron::new(Wet::Pw, "art. 57"),
            vec![Waarde::Datum(plus_maanden(h.startdatum, wettelijk))],
        ));
        waarschuw(
            &mut waarschuwingen,
            &tekst::LANGER_DAN_ZES_MAANDEN,
            vec![Waarde::Getal(h.maanden.into()), Waarde::Getal(wettelijk.into())],
        );
    }
    uitleg.push(Uitleg::new(&tekst::LEEFGELD, Bron::new(Wet::Beleid, "leefgeld (contract ontzorgen)"), vec![]));
    if lasten.zorgverzekering == 0 {
        waarschuw(&mut waarschuwingen, &tekst::GEEN_ZORGVERZEKERING, vec![]);
    }

    let totaal = maanden.iter().fold(Totaal::default(), |t, m| Totaal {
        bijstand: t.bijstand + m.bijstand,
        totaal_ingehouden: t.totaal_ingehouden + m.totaal_ingehouden,
        leefgeld: t.leefgeld + m.leefgeld,
        vakantietoeslag: t.vakantietoeslag + m.vakantietoeslag,
        overige_inkomsten: t.overige_inkomsten + m.overige_inkomsten,
        besteedbaar: t.besteedbaar + m.besteedbaar,
    });
    Schema {
        tekort: maanden.iter().any(|m| m.leefgeld < 0),
        maanden,
        totaal,
        waarschuwingen,
        uitleg,
        herkomst: Herkomst {
            versie: super::VERSIE,
            normen_van,
            normen_bekend_tot: NORMEN.laatste_wijziging().unwrap_or(invoer::EERSTE_STARTDATUM),
        },
    }
}

/// Warns when the rent is above the huurtoeslag maximum rent limit of that month's year, and when
/// that limit is not confirmed or not known. A warning, not a rule: the limit is policy context
/// (`huurgrens::BRON`), not a condition of art. 56a.
fn controleer_huur(waarschuwingen: &mut Vec<Waarschuwing>, huur: Cent, van: NaiveDate) {
    if huur == 0 {
        return;
    }
    match HUURGRENS.op(van) {
        None => waarschuw(waarschuwingen, &tekst::HUURGRENS_ONBEVESTIGD, vec![Waarde::Datum(dag(van.year(), 1, 1))]),
        Some(rij) => {
            if rij.zekerheid != Zekerheid::Bevestigd {
                waarschuw(waarschuwingen, &tekst::HUURGRENS_ONBEVESTIGD, vec![Waarde::Datum(rij.vanaf)]);
            }
            if huur > rij.waarde {
                let waarden = vec![Waarde::Bedrag(huur), Waarde::Datum(rij.vanaf), Waarde::Bedrag(rij.waarde)];
                waarschuw(waarschuwingen, &tekst::HUUR_BOVEN_HUURGRENS, waarden);
            }
        }
    }
}
