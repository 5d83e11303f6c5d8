//! Rendering the core's results in the reader's language: the result of each part, the print
//! view's answers and the staff summary. Nothing here decides: the sentences, dates, amounts and
//! sources all come from the core's typed results, and every function takes them as data.
//!
//! The functions that draw a part of the widget run only when that part changed, so they are
//! `#[inline(never)]` (as is `pagina::vraag`): the code that runs on every input
//! (`Staat::bijwerken`) stays small (docs/stijl.md, "Drawing functions out of line").

use chrono::NaiveDate;

use super::dom::{self, El};
use super::formulier::{euro_naar_cent, Antwoorden, Onderdeel, Soort, Vraag, VRAGEN};
use super::samengevoegd;
use super::tijdlijn::waarom;
use crate::basis::geld::Cent;
use crate::engine::advies::Advies;
use crate::engine::antwoord::{self, Antwoord};
use crate::engine::codes::{Leerroute, Regime};
use crate::engine::fout::Fout;
use crate::engine::gemeente::{Gemeente, Perspectief};
use crate::engine::json::Json;
use crate::engine::ontzorgen::{self as ontzorgen_regels, Maand, Schema};
use crate::engine::uitleg::Uitleg;
use crate::i18n::widget as w;
use crate::i18n::{self, Taal, Tekst, Waarde};

pub enum Uitkomst {
    Advies(Antwoord),
    Schema(Schema),
}

#[inline(never)]
pub fn bereken(onderdeel: Onderdeel, json: &Json, gemeente: &Gemeente) -> Result<Uitkomst, Fout> {
    match onderdeel {
        Onderdeel::Advies => antwoord::antwoord(json, gemeente).map(Uitkomst::Advies),
        Onderdeel::Ontzorgen => ontzorgen_regels::ontzorgen(json, gemeente).map(Uitkomst::Schema),
    }
}

fn t(taal: Taal, tekst: &Tekst) -> &'static str {
    tekst.in_taal(taal)
}

/// What a result is drawn for: the reader's language, staff mode or not, today (past dates
/// read as past), and the answers (the plan's boxes hold them, and the days under them).
#[derive(Clone, Copy)]
pub struct Zicht<'a> {
    pub taal: Taal,
    pub medewerker: bool,
    pub vandaag: NaiveDate,
    pub antwoorden: &'a Antwoorden,
}

#[inline(never)]
pub fn wacht(taal: Taal, ontbrekend: &[&Vraag], vandaag: NaiveDate) -> Vec<El> {
    let lijst = samengevoegd(ontbrekend.iter().map(|v| v.tekst(taal, vandaag)), " · ");
    vec![
        El::new("p").class("wacht").text(t(taal, &w::WACHT)),
        El::new("p").class("nog").text(&w::NOG_NODIG.vul(taal, &[Waarde::Letterlijk(lijst)])),
    ]
}

#[inline(never)]
/// In the result's place when an answer stops it (issue 26: the box went blank, the field
/// screens above): which question to mend, its message, and a button that moves the focus
/// there. Inside the result's live region, so it is announced politely.
pub fn nakijken_blok(taal: Taal, vandaag: NaiveDate, vraag: &Vraag, melding: &str) -> El {
    El::new("div")
        .class("nakijken")
        .kind(
            El::new("p")
                .class("melding")
                .text(&w::NAKIJKEN.vul(taal, &[Waarde::Letterlijk(vraag.tekst(taal, vandaag))])),
        )
        .kind(El::new("p").class("fout").text(melding))
        .kind(
            El::new("button")
                .attr("type", "button")
                .attr("data-actie", &format!("naar:{}", vraag.eerste_invoer()))
                .text(t(taal, &w::NAAR_VRAAG)),
        )
}

pub fn fout_blok(taal: Taal, fout: &Fout) -> El {
    El::new("p").class("melding").text(&fout.melding(taal))
}

/// One explanation: the sentence, and "why?" with the article and its link on
/// wetten.overheid.nl (always open in staff mode).
fn uitleg(taal: Taal, medewerker: bool, stap: &Uitleg) -> El {
    El::new("li").kind(El::new("p").text(&stap.tekst(taal))).kind(waarom(
        taal,
        medewerker,
        stap.bron,
        &stap.bron.label(),
    ))
}

fn uitleg_lijst(taal: Taal, medewerker: bool, stappen: &[Uitleg]) -> El {
    El::new("ol").class("uitleg").kinderen(stappen.iter().map(|s| uitleg(taal, medewerker, s)))
}

#[inline(never)]
pub fn uitkomst(zicht: Zicht, uitkomst: &Uitkomst) -> Vec<El> {
    match uitkomst {
        Uitkomst::Advies(antwoord) => advies_blok(zicht, antwoord),
        Uitkomst::Schema(schema) => schema_blok(zicht, schema),
    }
}

/// An amount typed with letters in it: what is wanted, instead of the core's "not the right kind
/// of answer" (the core sees the text the person typed, as a string where a number belongs).
pub fn melding_bij(taal: Taal, vraag: &Vraag, fout: &Fout) -> String {
    match (vraag.soort(), fout.code()) {
        (Soort::Bedrag, "verkeerd_type" | "geen_bedrag") => t(taal, &w::BEDRAG_IN_EURO).to_owned(),
        _ => fout.melding(taal),
    }
}

fn route_naam(taal: Taal, route: Leerroute) -> &'static str {
    t(
        taal,
        match route {
            Leerroute::B1 => &w::ROUTE_B1,
            Leerroute::Onderwijs => &w::ROUTE_ONDERWIJS,
            Leerroute::Z => &w::ROUTE_Z,
        },
    )
}

fn besluit_zinnen(taal: Taal, advies: &Advies) -> Vec<String> {
    let mut zinnen =
        vec![t(taal, if advies.inburgeringsplichtig { &w::PLICHTIG } else { &w::NIET_PLICHTIG }).to_owned()];
    if advies.wet == Some(Regime::Wi2013) {
        zinnen.push(t(taal, &w::WET_WI2013).to_owned());
    }
    match advies.leerroute {
        Some(route) => {
            zinnen.push(w::ROUTE_ADVIES.vul(taal, &[Waarde::Letterlijk(route_naam(taal, route).to_owned())]))
        }
        None if advies.inburgeringsplichtig && advies.wet == Some(Regime::Wi2021) => {
            zinnen.push(t(taal, &w::ROUTE_NOG_NIET).to_owned())
        }
        None => {}
    }
    if !advies.alternatieven.is_empty() {
        let ook = samengevoegd(advies.alternatieven.iter().map(|r| route_naam(taal, *r)), "; ");
        zinnen.push(w::ROUTE_OOK.vul(taal, &[Waarde::Letterlijk(ook)]));
    }
    zinnen
}

fn perspectief_blok(taal: Taal, aanbod: &Perspectief) -> El {
    let titel = aanbod.titel.in_taal(taal);
    let kop = match &aanbod.link {
        Some(link) => El::new("h6").kind(dom::veilige_link(link, titel)),
        None => El::new("h6").text(titel),
    };
    let mut blok = El::new("li").kind(kop);
    if let Some(omschrijving) = &aanbod.omschrijving {
        blok = blok.kind(El::new("p").text(omschrijving.in_taal(taal)));
    }
    if let Some(aanbieder) = &aanbod.aanbieder {
        blok = blok.kind(El::new("p").text(&w::AANBIEDER.vul(taal, &[Waarde::Letterlijk(aanbieder.clone())])));
    }
    if let Some(telefoon) = &aanbod.telefoon {
        let nummer = telefoon.strip_prefix("tel:").unwrap_or(telefoon);
        blok = blok.kind(El::new("p").kind(dom::veilige_link(telefoon, nummer)));
    }
    blok
}

fn advies_blok(zicht: Zicht, antwoord: &Antwoord) -> Vec<El> {
    let advies = &antwoord.advies;
    let Zicht { taal, medewerker, vandaag, .. } = zicht;
    let mut blokken: Vec<El> = besluit_zinnen(taal, advies)
        .iter()
        .enumerate()
        .map(|(i, zin)| El::new("p").class(if i == 0 { "besluit" } else { "route" }).text(zin))
        .collect();
    blokken.extend(advies.plan.as_ref().and_then(|plan| super::tijdlijn::eerste_actie_blok(taal, plan)));
    blokken.extend(super::tijdlijn::lijn(taal, medewerker, antwoord, vandaag));
    if let Some(perspectief) = &advies.perspectief {
        blokken.push(El::new("h5").text(t(taal, &w::KOP_PERSPECTIEF)));
        if perspectief.is_empty() {
            blokken.push(El::new("p").text(t(taal, &w::PERSPECTIEF_ALGEMEEN)));
        } else {
            blokken.push(
                El::new("ul").class("perspectief").kinderen(perspectief.iter().map(|p| perspectief_blok(taal, p))),
            );
        }
    }
    if !advies.open_vragen.is_empty() {
        blokken.push(El::new("h5").text(t(taal, &w::KOP_OPEN)));
        blokken.push(
            El::new("ul")
                .class("open")
                .kinderen(advies.open_vragen.iter().map(|v| El::new("li").text(t(taal, v.vraag)))),
        );
    }
    if let Some(plan) = &advies.plan {
        blokken.extend(super::tijdlijn::plan_blok(taal, medewerker, plan, zicht.antwoorden));
    }
    blokken.push(El::new("h5").text(t(taal, &w::KOP_WAAROM)));
    blokken.push(uitleg_lijst(taal, medewerker, &advies.uitleg));
    blokken.push(El::new("p").class("indicatief").text(t(taal, &w::INDICATIEF)));
    blokken
}

/// The months of a schedule in runs of months whose amounts do not differ: (the first month,
/// the last day of the run, whether it is more than one month). A norm not yet confirmed, or on
/// another article, is no new run: the table shows neither, a warning above it says from when
/// the norm is not confirmed (issue 26: identical months once).
pub(super) fn reeksen(maanden: &[Maand]) -> Vec<(&Maand, NaiveDate, bool)> {
    let mut uit: Vec<(&Maand, NaiveDate, bool)> = Vec::new();
    for maand in maanden {
        match uit.last_mut() {
            Some((e, tot, meer))
                if Maand {
                    van: e.van,
                    tot: e.tot,
                    norm_bron: e.norm_bron,
                    norm_indicatief: e.norm_indicatief,
                    ..maand.clone()
                } == **e =>
            {
                *tot = maand.tot;
                *meer = true;
            }
            _ => uit.push((maand, maand.tot, false)),
        }
    }
    uit
}

/// The heading of a run of months: "1 april 2024 tot en met 30 april 2024", or "Elke maand
/// van … tot en met …".
pub(super) fn reeks_kop(taal: Taal, (maand, tot, meer): (&Maand, NaiveDate, bool)) -> String {
    let zin = if meer { &w::MAANDEN_GELIJK } else { &w::MAAND_VAN_TOT };
    zin.vul(taal, &[Waarde::Datum(maand.van), Waarde::Datum(tot)])
}

/// The rows of one month as (label, amount, class): staff see the norm and the holiday
/// allowance set aside above the bijstand paid; `aan` names whom each fixed cost is paid to
/// (on screen, not in the staff summary, where "zoals met u afgesproken" would speak to the
/// client).
pub(super) fn maand_rijen(taal: Taal, medewerker: bool, aan: bool, maand: &Maand) -> Vec<(String, Cent, &'static str)> {
    let mut rijen = Vec::new();
    if medewerker {
        rijen.push((t(taal, &w::KOLOM_NORM).to_owned(), maand.norm_incl_vakantietoeslag, "norm"));
        rijen.push((t(taal, &w::KOLOM_VAKANTIETOESLAG).to_owned(), maand.vakantietoeslag, "norm"));
    }
    rijen.push((t(taal, &w::KOLOM_BIJSTAND).to_owned(), maand.bijstand, ""));
    let i = &maand.ingehouden;
    for (waarde, last, naar) in [
        (i.huur, &w::LAST_HUUR, &w::AAN_VERHUURDER),
        (i.energie, &w::LAST_ENERGIE, &w::AAN_ENERGIE),
        (i.water, &w::LAST_WATER, &w::AAN_WATER),
        (i.zorgverzekering, &w::LAST_ZORG, &w::AAN_ZORG),
        (i.extra, &w::LAST_EXTRA, &w::AAN_EXTRA),
    ] {
        if waarde != 0 {
            let label = if aan { format!("{} {}", t(taal, last), t(taal, naar)) } else { t(taal, last).to_owned() };
            rijen.push((label, waarde, "last"));
        }
    }
    rijen.push((t(taal, &w::KOLOM_GEMEENTE_BETAALT).to_owned(), maand.totaal_ingehouden, "som"));
    rijen.push((t(taal, &w::KOLOM_LEEFGELD).to_owned(), maand.leefgeld, "leefgeld"));
    rijen.push((t(taal, &w::KOLOM_LEEFGELD_WEEK).to_owned(), maand.leefgeld_per_week, "leefgeld"));
    rijen
}

fn schema_blok(zicht: Zicht, schema: &Schema) -> Vec<El> {
    let Zicht { taal, medewerker, .. } = zicht;
    let mut blokken = Vec::new();
    if schema.tekort {
        blokken.push(El::new("p").class("tekort").attr("role", "alert").text(t(taal, &w::TEKORT)));
    }
    // The shortage is said once, above: each run's negative leefgeld is in the table, so the
    // core's warning per month is not repeated (issue 26). A warning from the gemeente's own
    // policy (a level in its configuration) is for its staff, as the configuration's
    // documentation says; the contract's output has it always.
    for waarschuwing in schema.waarschuwingen.iter().filter(|w| w.code() != i18n::ontzorgen::TEKORT.code) {
        if waarschuwing.bron.is_none() || medewerker {
            blokken.push(El::new("p").class("waarschuwing").text(&waarschuwing.melding(taal)));
        }
    }
    let mut maanden = El::new("ol").class("maanden-lijst");
    for reeks in reeksen(&schema.maanden) {
        let mut rijen = Vec::new();
        for (label, waarde, klasse) in maand_rijen(taal, medewerker, true, reeks.0) {
            rijen.push(El::new("dt").class(klasse).text(&label));
            rijen.push(
                El::new("dd").class(if waarde < 0 { "negatief" } else { klasse }).text(&i18n::bedrag(taal, waarde)),
            );
        }
        let kop = El::new("h5").text(&reeks_kop(taal, reeks));
        maanden = maanden.kind(El::new("li").kind(kop).kind(El::new("dl").kinderen(rijen)));
    }
    blokken.push(maanden);
    blokken.push(uitleg_lijst(taal, medewerker, &schema.uitleg));
    blokken.push(El::new("p").class("indicatief").text(t(taal, &w::INDICATIEF_BUDGET)));
    blokken
}

/// One answer in `taal` as the print view and the staff summary show it; `None` when unanswered.
pub(super) fn antwoord_tekst(taal: Taal, antwoorden: &Antwoorden, vraag: &Vraag) -> Option<String> {
    if !antwoorden.ingevuld(vraag) {
        return None;
    }
    let ruw = antwoorden.van(vraag, None);
    Some(match vraag.soort() {
        Soort::Datum => {
            let deel = |d| antwoorden.van(vraag, Some(d)).trim().parse::<u32>().ok();
            match (deel("jaar"), deel("maand"), deel("dag")) {
                (Some(j), Some(m), Some(d)) => match NaiveDate::from_ymd_opt(j as i32, m, d) {
                    Some(datum) => i18n::datum(taal, datum),
                    None => format!("{d}-{m}-{j}"),
                },
                _ => return None,
            }
        }
        Soort::Keuze(opties) => {
            opties.iter().find(|(c, _)| *c == ruw).map(|(_, label)| label.in_taal(taal).to_owned())?
        }
        Soort::JaNee => match ruw {
            "ja" => t(taal, &w::JA).to_owned(),
            "nee" => t(taal, &w::NEE).to_owned(),
            _ => return None,
        },
        Soort::Bedrag => match euro_naar_cent(ruw) {
            Some(cent) => i18n::bedrag(taal, cent),
            None => ruw.to_owned(),
        },
        Soort::Getal | Soort::Tekst => ruw.to_owned(),
    })
}

pub(super) fn gekozen<'a>(
    antwoorden: &'a Antwoorden,
    medewerker: bool,
    advies: bool,
    ontzorgen: bool,
    gemeente: &'a Gemeente,
) -> impl Iterator<Item = &'static Vraag> + 'a {
    VRAGEN.iter().filter(move |v| {
        let aan = match v.onderdeel {
            Onderdeel::Advies => advies,
            Onderdeel::Ontzorgen => ontzorgen,
        };
        aan && antwoorden.zichtbaar(v, medewerker, gemeente)
    })
}

/// The answered questions (shown in this mode and part) as (question, answer) in `taal`: what
/// the print view and the staff summary list.
pub fn gegeven(
    taal: Taal,
    antwoorden: &Antwoorden,
    medewerker: bool,
    advies: bool,
    ontzorgen: bool,
    gemeente: &Gemeente,
    vandaag: NaiveDate,
) -> Vec<(String, String)> {
    let mut lijst = Vec::new();
    for vraag in gekozen(antwoorden, medewerker, advies, ontzorgen, gemeente) {
        if let Some(antwoord) = antwoord_tekst(taal, antwoorden, vraag) {
            lijst.push((vraag.tekst(taal, vandaag), antwoord));
        }
    }
    lijst
}

/// The answers as a list for the print view.
#[inline(never)]
pub fn antwoorden(taal: Taal, gegeven: &[(String, String)]) -> El {
    let mut lijst = El::new("dl");
    for (vraag, antwoord) in gegeven {
        lijst = lijst.kind(El::new("dt").text(vraag)).kind(El::new("dd").text(antwoord));
    }
    El::new("div").kind(El::new("h3").text(t(taal, &w::ANTWOORDEN))).kind(lijst)
}

/// "Berekend op …": the date a printout or summary was made for.
#[inline(never)]
pub fn peildatum(taal: Taal, vandaag: NaiveDate) -> El {
    El::new("p").text(&w::PEILDATUM.vul(taal, &[Waarde::Datum(vandaag)]))
}
