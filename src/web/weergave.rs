//! Rendering the core's results in the reader's language, and the person's own actions (print,
//! save, open, calendar, clear, copy). Nothing here decides: the sentences, dates, amounts and
//! sources all come from the core's typed results.
//!
//! The functions that draw a part of the widget run only when that part changed, so they are
//! `#[inline(never)]` (as is `Staat::vraag`): the code that runs on every input
//! (`Staat::bijwerken`) stays small, and the browser's optimising compiler, which compiles a hot
//! function with everything inlined into it, has a quarter of the work (measured in V8's
//! compile log: 50 ms for `bijwerken` before, 14 ms after).

use chrono::NaiveDate;
use wasm_bindgen::prelude::*;

use super::agenda::{self, Afspraak};
use super::dom::{self, El};
use super::element::Staat;
use super::formulier::{Antwoorden, Onderdeel, Soort, Vraag, VRAGEN};
use crate::engine::advies::{self as advies_regels, Advies, Leerroute, Regime};
use crate::engine::gemeente::{Gemeente, Perspectief};
use crate::engine::json::Velden;
use crate::engine::ontzorgen::{self as ontzorgen_regels, Schema};
use crate::engine::uitleg::Uitleg;
use crate::engine::{Fout, Json};
use crate::i18n::{self, widget as w, Taal, Tekst, Waarde};

pub enum Uitkomst {
    Advies(Advies),
    Schema(Schema),
}

pub fn bereken(onderdeel: Onderdeel, json: &Json, gemeente: &Gemeente) -> Result<Uitkomst, Fout> {
    match onderdeel {
        Onderdeel::Advies => advies_regels::advies(json, gemeente).map(Uitkomst::Advies),
        Onderdeel::Ontzorgen => ontzorgen_regels::ontzorgen(json).map(Uitkomst::Schema),
    }
}

fn t(taal: Taal, tekst: &Tekst) -> &'static str {
    tekst.in_taal(taal)
}

#[inline(never)]
pub fn wacht(taal: Taal, ontbrekend: &[&Vraag]) -> Vec<El> {
    let lijst = ontbrekend.iter().map(|v| t(taal, v.label)).collect::<Vec<_>>().join(" · ");
    vec![
        El::new("p").class("wacht").text(t(taal, &w::WACHT)),
        El::new("p").class("nog").text(&w::NOG_NODIG.vul(taal, &[Waarde::Letterlijk(lijst)])),
    ]
}

#[inline(never)]
pub fn fout_blok(taal: Taal, fout: &Fout) -> El {
    El::new("p").class("melding").text(&fout.melding(taal))
}

/// One explanation: the sentence, and "why?" with the article and its link on
/// wetten.overheid.nl (always open in staff mode).
fn uitleg(taal: Taal, medewerker: bool, stap: &Uitleg) -> El {
    let label = stap.bron.label();
    let bron = match stap.bron.url() {
        Some(url) => dom::veilige_link(&url, &w::LEES_WET.vul(taal, &[Waarde::Letterlijk(label.clone())])),
        None => El::new("span").text(&label),
    };
    let details = El::new("details")
        .attr_als(medewerker, "open", "")
        .kind(El::new("summary").text(t(taal, &w::WAAROM)))
        .kind(El::new("p").class("bron").kind(bron));
    El::new("li").kind(El::new("p").text(&stap.tekst(taal))).kind(details)
}

fn uitleg_lijst(taal: Taal, medewerker: bool, stappen: &[Uitleg]) -> El {
    El::new("ol").class("uitleg").kinderen(stappen.iter().map(|s| uitleg(taal, medewerker, s)))
}

#[inline(never)]
pub fn uitkomst(taal: Taal, medewerker: bool, uitkomst: &Uitkomst) -> Vec<El> {
    match uitkomst {
        Uitkomst::Advies(advies) => advies_blok(taal, medewerker, advies),
        Uitkomst::Schema(schema) => schema_blok(taal, medewerker, schema),
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

/// The deadlines of an advice as (date, sentence), in order of appearance.
fn datums(taal: Taal, advies: &Advies) -> Vec<(NaiveDate, String)> {
    let mut lijst = Vec::new();
    if let Some(d) = advies.pip_uiterlijk {
        lijst.push((d, w::DATUM_PIP.vul(taal, &[Waarde::Datum(d)])));
    }
    if let Some(termijn) = &advies.termijn {
        let einde = termijn.einde;
        let waarden = [Waarde::Datum(einde), Waarde::Datum(termijn.begin), Waarde::Getal(i64::from(termijn.jaren))];
        lijst.push((einde, w::DATUM_TERMIJN.vul(taal, &waarden)));
        let wissel = termijn.routewissel_uiterlijk;
        lijst.push((wissel, w::DATUM_ROUTEWISSEL.vul(taal, &[Waarde::Datum(wissel)])));
    }
    if let Some(o) = &advies.ontzorgen {
        lijst.push((o.van, w::DATUM_ONTZORGEN.vul(taal, &[Waarde::Datum(o.van), Waarde::Datum(o.tot)])));
    }
    if let Some(d) = advies.aow_datum {
        lijst.push((d, w::DATUM_AOW.vul(taal, &[Waarde::Datum(d)])));
    }
    lijst
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
        let ook = advies.alternatieven.iter().map(|r| route_naam(taal, *r)).collect::<Vec<_>>().join("; ");
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

fn advies_blok(taal: Taal, medewerker: bool, advies: &Advies) -> Vec<El> {
    let mut blokken: Vec<El> = besluit_zinnen(taal, advies)
        .iter()
        .enumerate()
        .map(|(i, zin)| El::new("p").class(if i == 0 { "besluit" } else { "route" }).text(zin))
        .collect();
    let lijst = datums(taal, advies);
    if !lijst.is_empty() {
        blokken.push(El::new("h5").text(t(taal, &w::KOP_DATUMS)));
        blokken.push(El::new("ul").class("datums").kinderen(lijst.iter().map(|(_, zin)| El::new("li").text(zin))));
    }
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
    blokken.push(El::new("h5").text(t(taal, &w::KOP_WAAROM)));
    blokken.push(uitleg_lijst(taal, medewerker, &advies.uitleg));
    blokken.push(El::new("p").class("indicatief").text(t(taal, &w::INDICATIEF)));
    blokken
}

fn schema_blok(taal: Taal, medewerker: bool, schema: &Schema) -> Vec<El> {
    let mut blokken = Vec::new();
    if schema.tekort {
        blokken.push(El::new("p").class("tekort").attr("role", "alert").text(t(taal, &w::TEKORT)));
    }
    for waarschuwing in &schema.waarschuwingen {
        blokken.push(El::new("p").class("waarschuwing").text(&waarschuwing.melding(taal)));
    }
    let bedrag = |c: i64| i18n::bedrag(taal, c);
    let mut maanden = El::new("ol").class("maanden-lijst");
    for maand in &schema.maanden {
        let kop = w::MAAND_VAN_TOT.vul(taal, &[Waarde::Datum(maand.van), Waarde::Datum(maand.tot)]);
        let mut rijen = Vec::new();
        let mut rij = |label: String, waarde: i64, klasse: &str| {
            rijen.push(El::new("dt").class(klasse).text(&label));
            rijen.push(El::new("dd").class(if waarde < 0 { "negatief" } else { klasse }).text(&bedrag(waarde)));
        };
        rij(t(taal, &w::KOLOM_BIJSTAND).to_owned(), maand.bijstand, "");
        let i = &maand.ingehouden;
        for (waarde, last, aan) in [
            (i.huur, &w::LAST_HUUR, &w::AAN_VERHUURDER),
            (i.energie, &w::LAST_ENERGIE, &w::AAN_ENERGIE),
            (i.water, &w::LAST_WATER, &w::AAN_WATER),
            (i.zorgverzekering, &w::LAST_ZORG, &w::AAN_ZORG),
            (i.extra, &w::LAST_EXTRA, &w::AAN_EXTRA),
        ] {
            if waarde != 0 {
                rij(format!("{} {}", t(taal, last), t(taal, aan)), waarde, "last");
            }
        }
        rij(t(taal, &w::KOLOM_GEMEENTE_BETAALT).to_owned(), maand.totaal_ingehouden, "som");
        rij(t(taal, &w::KOLOM_LEEFGELD).to_owned(), maand.leefgeld, "leefgeld");
        rij(t(taal, &w::KOLOM_LEEFGELD_WEEK).to_owned(), maand.leefgeld_per_week, "leefgeld");
        maanden = maanden.kind(El::new("li").kind(El::new("h5").text(&kop)).kind(El::new("dl").kinderen(rijen)));
    }
    blokken.push(maanden);
    blokken.push(uitleg_lijst(taal, medewerker, &schema.uitleg));
    blokken.push(El::new("p").class("indicatief").text(t(taal, &w::INDICATIEF)));
    blokken
}

/// The deadlines as calendar events, in the reader's language.
fn afspraken(taal: Taal, advies: &Advies) -> Vec<Afspraak> {
    datums(taal, advies)
        .into_iter()
        .map(|(datum, zin)| Afspraak { datum, titel: zin, beschrijving: t(taal, &w::INDICATIEF).to_owned() })
        .collect()
}

/// A plain-text summary of a result for the case file (Dutch: the file's language).
#[inline(never)]
pub fn samenvatting(uitkomst: &Uitkomst) -> String {
    let nl = Taal::Nl;
    let mut uit = String::new();
    let mut regel = |tekst: &str| {
        uit.push_str(tekst);
        uit.push('\n');
    };
    match uitkomst {
        Uitkomst::Advies(advies) => {
            regel("");
            regel(w::KOP_RESULTAAT.in_taal(nl));
            for zin in besluit_zinnen(nl, advies) {
                regel(&zin);
            }
            for (_, zin) in datums(nl, advies) {
                regel(&format!("- {zin}"));
            }
            for aanbod in advies.perspectief.iter().flatten() {
                regel(&format!("> {} {}", aanbod.titel.nl, aanbod.link.as_deref().unwrap_or_default()));
            }
            for vraag in &advies.open_vragen {
                regel(&format!("? {}", vraag.vraag.in_taal(nl)));
            }
            for stap in &advies.uitleg {
                regel(&format!("* {} ({})", stap.tekst(nl), stap.bron.label()));
            }
        }
        Uitkomst::Schema(schema) => {
            regel("");
            regel(w::KOP_BUDGET.in_taal(nl));
            if schema.tekort {
                regel(w::TEKORT.in_taal(nl));
            }
            for waarschuwing in &schema.waarschuwingen {
                regel(&format!("! {}", waarschuwing.melding(nl)));
            }
            for m in &schema.maanden {
                let i = &m.ingehouden;
                regel(&format!(
                    "- {}: {} {}; {} {} (huur {}, energie {}, water {}, zorgverzekering {}, overig {}); {} {}; {} {}",
                    w::MAAND_VAN_TOT.vul(nl, &[Waarde::Datum(m.van), Waarde::Datum(m.tot)]),
                    w::KOLOM_BIJSTAND.in_taal(nl),
                    i18n::bedrag(nl, m.bijstand),
                    w::KOLOM_GEMEENTE_BETAALT.in_taal(nl),
                    i18n::bedrag(nl, m.totaal_ingehouden),
                    i18n::bedrag(nl, i.huur),
                    i18n::bedrag(nl, i.energie),
                    i18n::bedrag(nl, i.water),
                    i18n::bedrag(nl, i.zorgverzekering),
                    i18n::bedrag(nl, i.extra),
                    w::KOLOM_LEEFGELD.in_taal(nl),
                    i18n::bedrag(nl, m.leefgeld),
                    w::KOLOM_LEEFGELD_WEEK.in_taal(nl),
                    i18n::bedrag(nl, m.leefgeld_per_week),
                ));
            }
            for stap in &schema.uitleg {
                regel(&format!("* {} ({})", stap.tekst(nl), stap.bron.label()));
            }
        }
    }
    uit
}

fn antwoord_tekst(taal: Taal, antwoorden: &Antwoorden, vraag: &Vraag) -> Option<String> {
    if !antwoorden.ingevuld(vraag) {
        return None;
    }
    let ruw = antwoorden.van(vraag, None);
    Some(match vraag.soort {
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
        Soort::Getal | Soort::Bedrag | Soort::Tekst => ruw.to_owned(),
    })
}

fn gekozen(
    antwoorden: &Antwoorden,
    medewerker: bool,
    advies: bool,
    ontzorgen: bool,
) -> impl Iterator<Item = &'static Vraag> + '_ {
    VRAGEN.iter().filter(move |v| {
        let aan = match v.onderdeel {
            Onderdeel::Advies => advies,
            Onderdeel::Ontzorgen => ontzorgen,
        };
        aan && antwoorden.zichtbaar(v, medewerker)
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
) -> Vec<(&'static str, String)> {
    let mut lijst = Vec::new();
    for vraag in gekozen(antwoorden, medewerker, advies, ontzorgen) {
        if let Some(antwoord) = antwoord_tekst(taal, antwoorden, vraag) {
            lijst.push((vraag.label.in_taal(taal), antwoord));
        }
    }
    lijst
}

/// The answers as a list for the print view.
#[inline(never)]
pub fn antwoorden(taal: Taal, gegeven: &[(&str, String)]) -> El {
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

/// The answers as plain text (staff summary; Dutch, the case file's language).
#[inline(never)]
pub fn antwoorden_tekst(gegeven: &[(&str, String)], vandaag: NaiveDate) -> String {
    let mut uit =
        format!("{}\n{}\n", w::PEILDATUM.vul(Taal::Nl, &[Waarde::Datum(vandaag)]), w::ANTWOORDEN.in_taal(Taal::Nl));
    for (vraag, antwoord) in gegeven {
        uit.push_str(&format!("- {vraag} {antwoord}\n"));
    }
    uit
}

/// The saved file: `{ "advies": situatie, "ontzorgen": huishouden }`, the contract's inputs.
fn bestand(staat: &Staat) -> String {
    let mut delen = Vec::new();
    for (aan, onderdeel, naam) in
        [(staat.advies, Onderdeel::Advies, "advies"), (staat.ontzorgen, Onderdeel::Ontzorgen, "ontzorgen")]
    {
        if aan {
            delen.push((naam.to_owned(), staat.antwoorden.json(onderdeel, staat.vandaag, staat.medewerker)));
        }
    }
    let waarde = super::exports::naar_js_json(&Json::Object(delen));
    js_sys::JSON::stringify_with_replacer_and_space(&waarde, &JsValue::NULL, &JsValue::from(2))
        .map(String::from)
        .unwrap_or_default()
}

/// Reads a saved file. The core checks its shape (unknown fields are refused); the values then
/// go through the same validation as typed answers and show their errors next to the fields.
pub fn lees_bestand(tekst: &str) -> Result<Antwoorden, Fout> {
    let json = Json::lees_tekst(tekst)?;
    let velden = Velden::lees(&json, "", &["advies", "ontzorgen"])?;
    let mut antwoorden = Antwoorden::default();
    for (naam, onderdeel) in [("advies", Onderdeel::Advies), ("ontzorgen", Onderdeel::Ontzorgen)] {
        let Some(deel) = velden.waarde(naam) else { continue };
        if let Err(fout) = bereken(onderdeel, deel, &Gemeente::standaard()) {
            let binnen = format!("{}.", fout.veld);
            let bekend = fout.veld.is_empty()
                || VRAGEN
                    .iter()
                    .any(|v| v.onderdeel == onderdeel && (v.pad == fout.veld || v.pad.starts_with(&binnen)));
            let structuur = matches!(fout.code(), "onbekend_veld" | "dubbel_veld" | "ongeldige_json") || !bekend;
            if structuur {
                return Err(fout);
            }
        }
        Antwoorden::uit_json(onderdeel, deel, &mut antwoorden);
    }
    Ok(antwoorden)
}

/// A button in the actions bar or the staff summary was pressed.
pub fn actie(staat: &mut Staat, actie: &str) {
    match actie {
        "afdrukken" => dom::afdrukken(),
        "opslaan" => dom::download("inburgeringswijzer.json", "application/json", &bestand(staat)),
        "agenda" => {
            let json = staat.antwoorden.json(Onderdeel::Advies, staat.vandaag, staat.medewerker);
            let lijst = match advies_regels::advies(&json, &staat.gemeente) {
                Ok(advies) => afspraken(staat.taal, &advies),
                Err(_) => Vec::new(),
            };
            let tekst = agenda::ics(&lijst, staat.vandaag, &crate::engine::datum::iso(staat.vandaag));
            dom::download("inburgeringswijzer.ics", "text/calendar", &tekst);
        }
        "wis" => {
            staat.antwoorden = Antwoorden::default();
            staat.status = Some(&w::GEWIST);
            staat.bouw();
        }
        "kopieer" => dom::kopieer(),
        "gekopieerd" => staat.status(Some(&w::GEKOPIEERD)),
        _ => {}
    }
}
