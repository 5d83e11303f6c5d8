//! The klantmanager's summary (staff mode, issue 24): the advice, the budget and the answers
//! about the client, in the third person, ready to paste into the case file or the PIP. In this
//! order: the next actions (what the client or the klantmanager still has to do, earliest
//! first: [`crate::engine::caseload::actie::acties`], the caseload's own list), then the
//! obligation and the route, the term, the plan, the costs, ontzorgen, the open questions and
//! the answers given. Each fact once, with the article the engine gave it: the `Bron` of the
//! explanation step or of the timeline moment it comes from, never typed here. A statutory
//! date that is an action stands among the actions only; the gemeente's source note for its
//! steps stands once. Nothing is decided here.
//!
//! Dutch only, by design: the summary is for the case file, whose language is Dutch. Its fixed
//! phrases are therefore plain Dutch strings in this module, not `Tekst`s in six languages (the
//! engine's own sentences speak to the resident, "u", and are not used here). It is reached only
//! in staff mode (`Opzet::medewerker`), so the residents' module leaves it out.

use chrono::NaiveDate;

use super::formulier::{Antwoorden, Vraag};
use super::samengevoegd;
use super::weergave;
use crate::basis::geld::Cent;
use crate::engine::advies::Advies;
use crate::engine::antwoord::Antwoord;
use crate::engine::caseload::actie::{acties, Actie};
use crate::engine::codes::{Deel, Gebeurtenis, Leerroute, Onderdeel, Regime, Status, Verblijf, Vrijstelling};
use crate::engine::fout::Fout;
use crate::engine::ontzorgen::Schema;
use crate::engine::tijdlijn::{tijdlijn, Wat, Wettelijk};
use crate::engine::uitleg::Uitleg;
use crate::i18n::{self, advies as a, ontzorgen as o, plan as p, Taal, Tekst, Waarde};

const NL: Taal = Taal::Nl;

/// What the summary is made of: the engine's results of the parts shown (the answer to the
/// situation, the budget, whose warnings include the gemeente's leefgeld level), the answers as
/// (label, answer) ([`gegevens`]) and the peildatum.
pub struct Stukken<'a> {
    pub antwoord: Option<&'a Antwoord>,
    pub schema: Option<&'a Schema>,
    pub gegevens: Vec<(&'static str, String)>,
    /// The day under a ticked part that the core refused (the part's code and why): the
    /// advice is computed without the days until it is mended (`Staat::berekening`).
    pub geweigerd: Option<(&'a str, &'a Fout)>,
    /// The client's reference, for a client opened from a caseload.
    pub klant: Option<&'a str>,
    pub vandaag: NaiveDate,
}

fn datum(d: NaiveDate) -> String {
    i18n::datum(NL, d)
}

fn bedrag(c: Cent) -> String {
    i18n::bedrag(NL, c)
}

/// The explanation step (of the advice or its plan) that is one of `regels`.
fn stap<'a>(advies: &'a Advies, regels: &[&Tekst]) -> Option<&'a Uitleg> {
    let plan = advies.plan.iter().flat_map(|plan| &plan.uitleg);
    advies.uitleg.iter().chain(plan).find(|u| regels.iter().any(|r| r.code == u.regel.code))
}

/// `tekst` with the articles of `stappen` after it, each once: "… (Wi2021 art. 3 lid 1)".
fn met_bron<'a>(tekst: String, stappen: impl IntoIterator<Item = &'a Uitleg>) -> String {
    let mut labels: Vec<String> = Vec::new();
    for stap in stappen {
        let label = stap.bron.label();
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    if labels.is_empty() {
        return tekst;
    }
    format!("{tekst} ({})", samengevoegd(labels, "; "))
}

/// The `i`th value of a step, as a date or a number.
fn datum_in(stap: &Uitleg, i: usize) -> Option<NaiveDate> {
    match stap.waarden.get(i) {
        Some(Waarde::Datum(d)) => Some(*d),
        _ => None,
    }
}

fn getal_in(stap: &Uitleg, i: usize) -> Option<i64> {
    match stap.waarden.get(i) {
        Some(Waarde::Getal(n)) => Some(*n),
        _ => None,
    }
}

fn bedrag_in(stap: &Uitleg, i: usize) -> Option<Cent> {
    match stap.waarden.get(i) {
        Some(Waarde::Bedrag(c)) => Some(*c),
        _ => None,
    }
}

/// A section: its heading and its lines, nothing when it has none.
fn sectie(uit: &mut String, kop: &str, regels: Vec<String>) {
    if regels.is_empty() {
        return;
    }
    uit.push('\n');
    uit.push_str(kop);
    uit.push('\n');
    for regel in regels {
        uit.push_str("- ");
        uit.push_str(&regel);
        uit.push('\n');
    }
}

/// The summary as plain text.
pub fn samenvatting(s: &Stukken) -> String {
    let mut uit = format!("Samenvatting inburgering, berekend op {}.\n", datum(s.vandaag));
    if let Some(klant) = s.klant {
        uit.push_str(&format!("Klant: {klant}\n"));
    }
    let lijst = s.antwoord.map(|antwoord| acties(antwoord, s.vandaag)).unwrap_or_default();
    let mut in_acties = Vec::new();
    for actie in &lijst {
        if let Wat::Wet(soort, _) = actie.moment.wat {
            in_acties.push(soort);
        }
    }
    if let Some(antwoord) = s.antwoord {
        let advies = &antwoord.advies;
        sectie(&mut uit, "Volgende acties", actie_regels(antwoord, &lijst));
        sectie(&mut uit, "Plicht en leerroute", plicht_regels(advies));
        sectie(&mut uit, "Termijn", termijn_regels(antwoord, &in_acties));
        sectie(&mut uit, "Plan", plan_regels(advies));
        sectie(&mut uit, "Kosten", kosten_regels(advies));
    }
    sectie(&mut uit, "Ontzorgen", ontzorgen_regels(s, &in_acties));
    if let Some(advies) = s.antwoord.map(|antwoord| &antwoord.advies) {
        let mut vragen: Vec<String> = advies.open_vragen.iter().map(|v| open_vraag(v.vraag, &v.veld)).collect();
        if let Some((code, fout)) = s.geweigerd {
            let deel = Deel::TABEL.iter().find(|(c, _)| *c == code).map_or(code, |(_, d)| d.naam().in_taal(NL));
            vragen.push(format!(
                "Dag gehaald bij {deel} niet geldig ({}); de dagen van de gehaalde onderdelen tellen nu niet mee",
                fout.code()
            ));
        }
        sectie(&mut uit, "Open vragen", vragen);
    }
    let gegevens = s.gegevens.iter().map(|(label, antwoord)| format!("{label}: {antwoord}")).collect();
    sectie(&mut uit, "Gegevens (ingevuld)", gegevens);
    uit
}

/// What an undated step of the gemeente waits for.
fn na(gebeurtenis: Option<Gebeurtenis>) -> &'static str {
    match gebeurtenis {
        Some(Gebeurtenis::Vergunning) => "na de verblijfsvergunning, datum nog onbekend",
        Some(Gebeurtenis::Huisvesting) => "na huisvesting in de gemeente, datum nog onbekend",
        Some(Gebeurtenis::Bijstand) => "na de start van de bijstand, datum nog onbekend",
        Some(Gebeurtenis::Pip) => "na de PIP, datum nog onbekend",
        Some(Gebeurtenis::Termijn) => "in de inburgeringstermijn, datum nog onbekend",
        None => "datum nog onbekend",
    }
}

/// Every action still to do, earliest first: when, what, where it stands, who runs it, and the
/// article of a statutory date. A plan date's source stands once under "Plan", the gemeente's
/// note once after its steps.
fn actie_regels(antwoord: &Antwoord, lijst: &[Actie]) -> Vec<String> {
    let mut regels = Vec::new();
    for actie in lijst {
        let moment = &actie.moment;
        let wanneer = match (&moment.wat, moment.datum, moment.tot) {
            (Wat::Stap(stap), Some(begin), _) => match stap.einde {
                Some(einde) => format!("{} tot en met {}", datum(begin), datum(einde)),
                None => format!("vanaf {}", datum(begin)),
            },
            (Wat::Stap(stap), None, _) => na(stap.na).to_owned(),
            // A period (ontzorgen) is due on its last day.
            (_, Some(van), Some(tot)) if van != tot => format!("{} (sinds {})", datum(tot), datum(van)),
            _ => actie.datum.map_or_else(|| na(None).to_owned(), |d| format!("uiterlijk {}", datum(d))),
        };
        let mut regel = format!("{wanneer}: {}", actie.tekst(NL));
        match &moment.wat {
            Wat::Stap(stap) => {
                regel = format!("{wanneer}: stap van de gemeente \"{}\"", stap.naam.nl);
                if let Some((week, weken)) = actie.bezig {
                    regel.push_str(&format!("; nu: week {week} van {weken}"));
                }
                if let Some(contact) = &stap.uitvoerder {
                    regel.push_str(&format!("; uitvoering: {}", contact.naam.nl));
                }
            }
            Wat::Wet(soort, uitleg) => {
                if let (Wettelijk::Termijn, Some(termijn)) = (soort, &antwoord.advies.termijn) {
                    regel.push_str(&format!(" (begonnen op {})", datum(termijn.begin)));
                }
                if actie.te_laat {
                    regel.push_str("; te laat");
                }
                regel = met_bron(regel, *uitleg);
            }
            Wat::Plan { .. } => {
                if actie.te_laat {
                    regel.push_str("; te laat");
                }
            }
        }
        regels.push(regel);
    }
    // The gemeente's own note on where its steps come from, once.
    let mut bronnen: Vec<&str> = Vec::new();
    for stap in &antwoord.traject {
        // A note may end in a full stop; the notes are joined by "; ".
        if let Some(bron) = stap.bron.as_deref().map(|b| b.trim_end_matches('.')).filter(|b| !bronnen.contains(b)) {
            bronnen.push(bron);
        }
    }
    if lijst.iter().any(|a| matches!(a.moment.wat, Wat::Stap(_))) {
        let mut regel = "De data van de stappen van de gemeente zijn een schatting".to_owned();
        if !bronnen.is_empty() {
            regel.push_str(&format!(" (bron van de gemeente: {})", samengevoegd(bronnen, "; ")));
        }
        regels.push(regel);
    }
    regels
}

fn route_naam(route: Leerroute) -> &'static str {
    match route {
        Leerroute::B1 => "B1-route",
        Leerroute::Onderwijs => "onderwijsroute",
        Leerroute::Z => "Z-route (zelfredzaamheidsroute)",
    }
}

fn onderdeel_naam(onderdeel: Onderdeel) -> &'static str {
    match onderdeel {
        Onderdeel::Pvt => "PVT",
        Onderdeel::Map => "MAP",
        Onderdeel::Knm => "KNM",
        Onderdeel::B1Examen => "taalexamens B1",
        Onderdeel::Taalschakeltraject => "taalschakeltraject",
        Onderdeel::ZCursusuren => "cursusuren Z-route",
        Onderdeel::ZParticipatieuren => "participatie-uren Z-route",
        Onderdeel::ZEindgesprek => "eindgesprek Z-route",
        Onderdeel::A2Examen => "taalexamens A2",
        Onderdeel::Ona => "ONA",
    }
}

/// Why someone is not plichtig, by the engine's explanation step: the phrase, with the step's
/// values where it names them.
fn niet_plichtig(advies: &Advies) -> Option<String> {
    let redenen: [(&Tekst, &str); 6] = [
        (&a::NIET_PLICHTIG_EU, "nationaliteit van een land van de EU, de EER of Zwitserland"),
        (&a::NIET_PLICHTIG_EU_FAMILIE, "familielid van een burger van de EU, de EER of Zwitserland"),
        (&a::NIET_PLICHTIG_TIJDELIJK, "verblijfsvergunning voor een tijdelijk doel"),
        (&a::NIET_PLICHTIG_ASIELZOEKER, "asielaanvraag loopt nog; met een vergunning meestal wel plichtig"),
        (&a::NIET_PLICHTIG_GEEN_VERGUNNING, "geen verblijfsvergunning"),
        (&a::NIET_PLICHTIG_TURKS, "Turkse nationaliteit, verblijfsvergunning van vóór"),
    ];
    for (regel, reden) in redenen {
        if let Some(s) = stap(advies, &[regel]) {
            let tekst = match datum_in(s, 0) {
                Some(d) => format!("Klant is niet inburgeringsplichtig: {reden} {}", datum(d)),
                None => format!("Klant is niet inburgeringsplichtig: {reden}"),
            };
            return Some(met_bron(tekst, [s]));
        }
    }
    if let Some(s) = stap(advies, &[&a::TE_JONG]) {
        let (jaar, op) = (getal_in(s, 0).unwrap_or_default(), datum_in(s, 1).map(datum).unwrap_or_default());
        return Some(met_bron(
            format!("Klant is niet inburgeringsplichtig: jonger dan {jaar} jaar (wordt {jaar} op {op})"),
            [s],
        ));
    }
    let s = stap(advies, &[&a::AOW_BEREIKT])?;
    let op = datum_in(s, 0).map(datum).unwrap_or_default();
    Some(met_bron(format!("Klant is niet inburgeringsplichtig: AOW-leeftijd bereikt op {op}"), [s]))
}

/// Whether the client must integrate, under which law, the route and what it holds.
fn plicht_regels(advies: &Advies) -> Vec<String> {
    let mut regels = Vec::new();
    if advies.inburgeringsplichtig {
        let plicht = stap(advies, &[&a::PLICHTIG]);
        let wet = stap(advies, &[&a::WET_WI2021, &a::WET_WI2013]);
        let regime = match advies.wet {
            Some(Regime::Wi2013) => " (Wi2013, ondertussengroep)",
            Some(Regime::Wi2021) => " (Wi2021)",
            None => "",
        };
        let sinds = plicht.and_then(|s| datum_in(s, 0)).map(|d| format!(" sinds {}", datum(d))).unwrap_or_default();
        regels.push(met_bron(format!("Klant is inburgeringsplichtig{regime}{sinds}"), plicht.into_iter().chain(wet)));
    } else if let Some(vrijstelling) = advies.vrijstelling {
        let (regel, reden) = match vrijstelling {
            Vrijstelling::Leerplichtig => (&a::VRIJSTELLING_LEERPLICHTIG, "leerplichtig of kwalificatieplichtig"),
            Vrijstelling::Diploma => (&a::VRIJSTELLING_DIPLOMA, "Nederlands diploma (DUO keurt dit goed)"),
        };
        regels
            .push(met_bron(format!("Klant is vrijgesteld van de inburgeringsplicht: {reden}"), stap(advies, &[regel])));
    } else {
        regels.extend(niet_plichtig(advies));
    }
    let route = stap(advies, &[&a::ROUTE_B1, &a::ROUTE_ONDERWIJS, &a::ROUTE_Z]);
    match advies.leerroute {
        Some(leerroute) => regels.push(met_bron(format!("Advies leerroute: {}", route_naam(leerroute)), route)),
        None if advies.inburgeringsplichtig && advies.wet == Some(Regime::Wi2021) => {
            regels.push("Leerroute nog niet te adviseren (zie open vragen)".to_owned())
        }
        None => {}
    }
    if !advies.alternatieven.is_empty() {
        let namen = samengevoegd(advies.alternatieven.iter().map(|r| route_naam(*r)), ", ");
        let bron = stap(advies, &[&a::ALTERNATIEF_B1, &a::ALTERNATIEF_ONDERWIJS]);
        regels.push(met_bron(format!("Ook mogelijk: {namen}"), bron));
    }
    if let Some(toets) = stap(advies, &[&a::TOETS_HAALBAAR, &a::TOETS_NIET_HAALBAAR]) {
        let haalbaar = if toets.regel.code == a::TOETS_HAALBAAR.code { "haalbaar" } else { "niet haalbaar" };
        let (score, op, grens) = (getal_in(toets, 0), datum_in(toets, 1), getal_in(toets, 2));
        let tekst = format!(
            "Leerbaarheidstoets op {}: score {} van 40, grens {}; B1 waarschijnlijk {haalbaar}",
            op.map(datum).unwrap_or_default(),
            score.unwrap_or_default(),
            grens.unwrap_or_default()
        );
        regels.push(met_bron(tekst, [toets]));
    }
    if !advies.onderdelen.is_empty() {
        let namen = samengevoegd(advies.onderdelen.iter().map(|o| onderdeel_naam(*o)), ", ");
        let bron = stap(advies, &[&a::ONDERDELEN, &a::WI2013_INHOUD, &a::WI2013_INHOUD_ONA, &a::WI2013_INHOUD_A2_KNM]);
        regels.push(met_bron(format!("Onderdelen: {namen}"), bron));
    }
    if let Some(uren) = stap(advies, &[&a::Z_UREN_ASIEL, &a::Z_UREN]) {
        let cursus = getal_in(uren, 0).unwrap_or_default();
        let tekst = match getal_in(uren, 1) {
            Some(participatie) => {
                format!("Z-route: {cursus} uur les en {participatie} uur participatie, met eindgesprek")
            }
            None => format!("Z-route: {cursus} uur les, met eindgesprek"),
        };
        regels.push(met_bron(tekst, [uren]));
    }
    for aanbod in advies.perspectief.iter().flatten() {
        let link = aanbod.link.as_deref().map(|l| format!(" ({l})")).unwrap_or_default();
        regels.push(format!("Aanbod van de gemeente: {}{link}", aanbod.titel.nl));
    }
    regels
}

/// The statutory dates that are not an action, and what follows the term.
fn termijn_regels(antwoord: &Antwoord, in_acties: &[Wettelijk]) -> Vec<String> {
    let advies = &antwoord.advies;
    let mut regels = Vec::new();
    for moment in tijdlijn(antwoord) {
        let Wat::Wet(soort, uitleg) = moment.wat else { continue };
        if in_acties.contains(&soort) {
            continue;
        }
        let tot = moment.tot.map(datum).unwrap_or_default();
        let tekst = match soort {
            Wettelijk::Pip => format!("PIP uiterlijk {tot}"),
            Wettelijk::Termijn => match &advies.termijn {
                Some(t) => format!("Inburgeringstermijn van {} tot en met {}", datum(t.begin), datum(t.einde)),
                None => continue,
            },
            Wettelijk::Routewissel => format!("Wisselen van leerroute uiterlijk {tot}"),
            Wettelijk::Aow if advies.inburgeringsplichtig => {
                format!("Inburgeringsplicht eindigt op de AOW-leeftijd, {tot}")
            }
            // Under "Ontzorgen"; the AOW age of someone not plichtig ends nothing.
            Wettelijk::Ontzorgen | Wettelijk::Aow => continue,
        };
        regels.push(met_bron(tekst, uitleg));
    }
    if let Some(s) = stap(advies, &[&a::PIP_NA_HUISVESTING]) {
        let (vroegst, weken) = (datum_in(s, 1).map(datum).unwrap_or_default(), getal_in(s, 2).unwrap_or_default());
        let tekst = format!("PIP uiterlijk {weken} weken na inschrijving in de gemeente; woonde klant er al bij de brief van DUO: uiterlijk {vroegst}");
        regels.push(met_bron(tekst, [s]));
    }
    if let Some(s) = stap(advies, &[&a::VERLENGING]) {
        let maanden = getal_in(s, 0).unwrap_or_default();
        regels.push(met_bron(
            format!("Verlenging van de termijn met {maanden} maanden mogelijk bij aanzienlijke inspanningen"),
            [s],
        ));
    }
    if let Some(s) = stap(advies, &[&a::BOETE]) {
        let (route, pvt_map) = (bedrag_in(s, 0).unwrap_or_default(), bedrag_in(s, 1).unwrap_or_default());
        let tekst = format!(
            "Boete bij overschrijden van de termijn: ten hoogste {} (leerroute) en {} (PVT of MAP)",
            bedrag(route),
            bedrag(pvt_map)
        );
        regels.push(met_bron(tekst, [s]));
    }
    if let Some(s) = stap(advies, &[&a::GEEN_BOETE_ASIEL]) {
        regels.push(met_bron("Geen boete bij overschrijden van de termijn (asielstatushouder)".to_owned(), [s]));
    }
    regels
}

/// The plan: what is done or too late, where its dates come from (once), naturalisation.
fn plan_regels(advies: &Advies) -> Vec<String> {
    let Some(plan) = &advies.plan else { return Vec::new() };
    let mut regels = Vec::new();
    let namen = |status: Status| {
        let delen = plan.onderdelen.iter().filter(|d| d.status == status);
        samengevoegd(delen.map(|d| d.deel.naam().in_taal(NL)), ", ")
    };
    // Each part passed with its day when known (issue 23 point 9: DUO registers that day).
    let delen = plan.onderdelen.iter().filter(|d| d.status == Status::Behaald);
    let gehaald = samengevoegd(
        delen.map(|d| match d.behaald_op {
            Some(dag) => format!("{} op {}", d.deel.naam().in_taal(NL), crate::i18n::datum(NL, dag)),
            None => d.deel.naam().in_taal(NL).to_owned(),
        }),
        ", ",
    );
    if !gehaald.is_empty() {
        regels.push(format!("Gehaald: {gehaald}"));
    }
    let te_laat = namen(Status::TeLaat);
    if !te_laat.is_empty() {
        regels.push(met_bron(format!("Te laat volgens de planning: {te_laat}"), stap(advies, &[&p::TE_LAAT])));
    }
    let mut bronnen: Vec<String> = Vec::new();
    for deel in &plan.onderdelen {
        let bron = deel.bron_tekst();
        if deel.uiterlijk().is_some() && !bronnen.contains(&bron) {
            bronnen.push(bron);
        }
    }
    if !bronnen.is_empty() {
        let marge = format!(
            "Aanmeld- en examendata teruggerekend van het einde van de termijn ({})",
            samengevoegd(bronnen, "; ")
        );
        regels.push(marge);
    }
    match (plan.naturalisatie.vroegst, stap(advies, &[&p::NATURALISATIE, &p::NATURALISATIE_Z])) {
        (Some(d), bron) => {
            regels.push(met_bron(format!("Naturalisatie op zijn vroegst aan te vragen op {}", datum(d)), bron))
        }
        (None, Some(bron)) => regels.push(met_bron(
            "Het certificaat van de Z-route telt niet voor naturalisatie (daarvoor taalexamens A2)".to_owned(),
            [bron],
        )),
        (None, None) => {}
    }
    regels
}

/// Who pays the course and the exams.
fn kosten_regels(advies: &Advies) -> Vec<String> {
    let Some(kosten) = advies.plan.as_ref().map(|plan| &plan.kosten) else { return Vec::new() };
    let examen = kosten.examengeld.map(bedrag).unwrap_or_default();
    let tekst = if kosten.betaalt_gemeente {
        let gratis = kosten.gratis_pogingen.unwrap_or_default();
        format!("Gemeente betaalt de cursus; examen {examen} per poging, de eerste {gratis} pogingen per examen betaalt de gemeente")
    } else {
        let lening = kosten.lening_maximum.map(|m| format!("; lenen bij DUO tot {}", bedrag(m))).unwrap_or_default();
        format!("Klant betaalt cursus en examens zelf; examen {examen} per poging{lening}")
    };
    vec![met_bron(tekst, stap(advies, &[&p::KOSTEN_GEMEENTE, &p::KOSTEN_ZELF]))]
}

/// The ontzorgen period (when it is no action) and the budget: warnings first, then each run
/// of equal months with its norm's article.
fn ontzorgen_regels(s: &Stukken, in_acties: &[Wettelijk]) -> Vec<String> {
    let mut regels = Vec::new();
    if let Some(advies) = s.antwoord.map(|a| &a.advies).filter(|_| !in_acties.contains(&Wettelijk::Ontzorgen)) {
        if let Some(o) = &advies.ontzorgen {
            let tekst = format!("Ontzorgen van {} tot en met {}", datum(o.van), datum(o.tot));
            regels.push(met_bron(tekst, stap(advies, &[&a::ONTZORGEN])));
        }
    }
    let Some(schema) = s.schema else { return regels };
    if schema.tekort {
        regels.push("Let op: de vaste lasten zijn hoger dan de bijstand; er blijft geen leefgeld over.".to_owned());
    }
    for waarschuwing in &schema.waarschuwingen {
        // The engine's sentence, but for the one that speaks to the resident.
        let zin = match (waarschuwing.code() == o::TEKORT.code, waarschuwing.waarden.as_slice()) {
            (true, [Waarde::Datum(van), Waarde::Bedrag(tekort)]) => format!(
                "In de maand vanaf {} zijn de vaste lasten hoger dan de bijstand: tekort {}.",
                datum(*van),
                bedrag(*tekort)
            ),
            _ => waarschuwing.melding(NL),
        };
        // The leefgeld sentence says "Let op" itself.
        regels.push(if zin.starts_with("Let op") { zin } else { format!("Let op: {zin}") });
    }
    for reeks in weergave::reeksen(&schema.maanden) {
        let rijen = weergave::maand_rijen(NL, true, false, reeks.0);
        let bedragen =
            samengevoegd(rijen.iter().map(|(label, waarde, _)| format!("{label} {}", bedrag(*waarde))), "; ");
        let mut regel = format!("{}: {bedragen} ({})", weergave::reeks_kop(NL, reeks), reeks.0.norm_bron.label());
        if reeks.0.norm_indicatief {
            regel.push_str("; norm nog niet bevestigd");
        }
        regels.push(regel);
    }
    regels
}

/// An open question about the client, by the engine's question: what is not known and what it
/// would decide.
fn open_vraag(vraag: &Tekst, veld: &str) -> String {
    let zinnen: [(&Tekst, &str); 15] = [
        (&a::VRAAG_LEERPLICHTIG, "Onbekend of klant leerplichtig of kwalificatieplichtig is (dan vrijgesteld)."),
        (&a::VRAAG_DIPLOMA, "Onbekend of klant een Nederlands diploma heeft (mogelijk vrijgesteld)."),
        (&a::VRAAG_TOETS, "Leerbaarheidstoets nog niet gedaan of score onbekend: nodig voor het advies over de leerroute."),
        (&a::VRAAG_TOETS_DATUM, "Datum van de leerbaarheidstoets onbekend: de grens hangt af van die datum."),
        (&a::VRAAG_OPLEIDING, "Onbekend of klant naar mbo, hbo of universiteit wil (onderwijsroute)."),
        (&a::VRAAG_DUO_BRIEF, "Datum van de brief van DUO onbekend: nodig voor de uiterste datum van de PIP."),
        (&a::VRAAG_HUISVESTING_PIP, "Datum van huisvesting in de gemeente onbekend: nodig voor de uiterste datum van de PIP."),
        (&a::VRAAG_PIP, "Datum van de PIP onbekend: nodig voor begin en einde van de termijn."),
        (&a::PIP_VOOR_PLICHT, "De datum van de PIP ligt voor het begin van de inburgeringsplicht; DUO neemt zo'n PIP niet op. Datum nagaan."),
        (&a::PIP_VOOR_HUISVESTING, "De datum van de PIP ligt voor de huisvesting in de gemeente; DUO neemt zo'n PIP niet op. Datum nagaan."),
        (&a::PIP_VOOR_BRIEF, "De datum van de PIP ligt voor de brief van DUO; dat kan (de wet noemt alleen de uiterste datum). Datum nagaan."),
        (&a::DATUM_PVT_MAP, "PVT of MAP heeft een datum voor het begin van de termijn of in de toekomst; DUO telt die niet, het deel staat open. Datum nagaan."),
        (&a::VRAAG_BIJSTAND, "Onbekend of klant bijstand krijgt (ontzorgen)."),
        (&a::VRAAG_BIJSTAND_SINDS, "Startdatum van de bijstand onbekend: nodig voor het einde van het ontzorgen."),
        (&a::VRAAG_HUISVESTING, "Datum van huisvesting in de gemeente onbekend: nodig voor de data van de stappen van de gemeente."),
    ];
    match zinnen.iter().find(|(tekst, _)| tekst.code == vraag.code) {
        Some((_, zin)) => (*zin).to_owned(),
        None => format!("Nog na te gaan: {veld}."),
    }
}

/// A question's name in the case file, by its path.
fn label(pad: &str) -> &'static str {
    match pad {
        "geboortedatum" => "Geboortedatum",
        "nationaliteit" => "Nationaliteit",
        "verblijf" => "Verblijf",
        "verblijfsdatum" => "Verblijfsvergunning sinds",
        "duoBriefDatum" => "Brief van DUO",
        "pipDatum" => "Datum PIP",
        "leerplichtig" => "Leerplichtig of kwalificatieplichtig",
        "nlDiploma" => "Nederlands diploma",
        "leerbaarheidstoets.score" => "Leerbaarheidstoets, score",
        "leerbaarheidstoets.datum" => "Leerbaarheidstoets, datum",
        "wilOpleiding" => "Wil naar mbo, hbo of universiteit",
        "bijstand" => "Bijstand",
        "bijstandSinds" => "Bijstand sinds",
        "huisvestingDatum" => "Huisvesting in de gemeente sinds",
        "staatloos" => "Staatloos",
        "startdatum" => "Start ontzorgen",
        "leefvorm" => "Leefvorm",
        "partnerGeboortedatum" => "Geboortedatum partner",
        "partnerZonderRechtOpBijstand" => "Partner zonder recht op bijstand",
        "kinderen" => "Kinderen",
        "kostendelers" => "Kostendelers",
        "vasteLasten.huur" => "Huur",
        "vasteLasten.energie" => "Gas en stroom",
        "vasteLasten.water" => "Water",
        "vasteLasten.zorgverzekering" => "Zorgverzekering",
        "maanden" => "Maanden ontzorgen",
        "bijstandPerMaand" => "Bijstand per maand",
        _ if pad.ends_with(".omschrijving") => "Andere afspraak",
        _ if pad.ends_with(".bedrag") => "Andere afspraak, bedrag",
        _ => "",
    }
}

/// The permit in the case file's words (the form's choices speak as the resident).
fn verblijf(verblijf: Verblijf) -> &'static str {
    match verblijf {
        Verblijf::Asiel => "asielvergunning (ook nareiziger)",
        Verblijf::GezinVanAsielstatushouder => "gezinslid van een asielstatushouder",
        Verblijf::Gezin => "gezinsmigratie",
        Verblijf::GeestelijkBedienaar => "geestelijk bedienaar",
        Verblijf::RegulierOverig => "andere niet-tijdelijke vergunning",
        Verblijf::Tijdelijk => "vergunning voor een tijdelijk doel",
        Verblijf::EuFamilie => "familielid van een burger van de EU, de EER of Zwitserland",
        Verblijf::Asielzoeker => "asielaanvraag loopt nog",
        Verblijf::Geen => "geen verblijfsvergunning",
    }
}

/// The amounts the budget's rows show (each fact once): not repeated among the answers when
/// there is a budget.
fn in_budget(pad: &str) -> bool {
    pad.starts_with("vasteLasten.")
        || pad == "bijstandPerMaand"
        || (pad.starts_with("extraInhoudingen") && pad.ends_with(".bedrag"))
}

/// The answers of `vragen` (those shown in this mode and part) as (label, answer) for the case
/// file: "onbekend" for a ticked "Ik weet het niet"; with a `budget`, not the amounts its rows
/// show.
pub fn gegevens<'a>(
    antwoorden: &Antwoorden,
    vragen: impl Iterator<Item = &'a Vraag>,
    budget: bool,
) -> Vec<(&'static str, String)> {
    let mut lijst = Vec::new();
    for vraag in vragen {
        let antwoord = if budget && in_budget(vraag.pad) {
            None
        } else if antwoorden.weet_niet(vraag) {
            Some("onbekend".to_owned())
        } else if let (true, Some(v)) = (vraag.pad == "verblijf", Verblijf::uit_code(antwoorden.van(vraag, None))) {
            Some(verblijf(v).to_owned())
        } else {
            weergave::antwoord_tekst(NL, antwoorden, vraag)
        };
        if let Some(antwoord) = antwoord {
            let label = match label(vraag.pad) {
                "" => vraag.pad,
                label => label,
            };
            lijst.push((label, antwoord));
        }
    }
    lijst
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::gemeente::Gemeente;
    use crate::engine::json::Json;
    use crate::engine::ontzorgen;

    /// Haarlem's shape: a step run by the klantmanager with the web team's source note, a step
    /// timed from the PIP, one from housing; a leefgeld level.
    const GEMEENTE: &str = r#"{"naam": "Haarlem", "ontzorgen": {"leefgeldGrensPerWeek": 9000},
        "contacten": [{"id": "klantmanager", "naam": "Klantmanager", "rol": "Voor geld en werk."}],
        "traject": [{"naam": "Introductieprogramma", "uitvoerder": "klantmanager", "wanneer": {"na": "bijstand", "weken": 3},
                     "duurWeken": 5, "bron": "Voortgangsrapportage Haarlem"},
                    {"naam": "Traject met de klantmanager", "wanneer": {"na": "pip", "weken": 1}, "bron": "Raadsbesluit 2025."},
                    {"naam": "Werk", "wanneer": {"na": "huisvesting"}, "bron": "Voortgangsrapportage Haarlem."}]}"#;

    const VANDAAG: NaiveDate = match NaiveDate::from_ymd_opt(2026, 3, 18) {
        Some(d) => d,
        None => panic!(),
    };

    fn gemeente() -> Gemeente {
        Gemeente::lees(&Json::lees_tekst(GEMEENTE).unwrap()).unwrap()
    }

    /// The summary of `situatie` (its fields after the peildatum), with `huishouden` when given.
    fn samenvatting_van(situatie: &str, huishouden: Option<&str>) -> String {
        let gemeente = gemeente();
        let json = format!(r#"{{"peildatum": "2026-03-18", {situatie}}}"#);
        let antwoord = crate::engine::antwoord::antwoord(&Json::lees_tekst(&json).unwrap(), &gemeente).unwrap();
        let schema = huishouden.map(|h| ontzorgen::ontzorgen(&Json::lees_tekst(h).unwrap(), &gemeente).unwrap());
        let stukken = Stukken {
            antwoord: Some(&antwoord),
            schema: schema.as_ref(),
            gegevens: vec![("Datum PIP", "onbekend".to_owned())],
            geweigerd: None,
            klant: None,
            vandaag: VANDAAG,
        };
        samenvatting(&stukken)
    }

    const STATUSHOUDER: &str = r#""geboortedatum": "1995-05-01", "nationaliteit": "ER", "verblijf": "asiel",
        "verblijfsdatum": "2026-01-05", "bijstand": true, "bijstandSinds": "2026-02-09", "leerplichtig": false,
        "nlDiploma": false, "duoBriefDatum": "2026-02-16""#;

    const HUISHOUDEN: &str = r#"{"startdatum": "2026-02-09", "maanden": 6, "leefvorm": "alleenstaande_ouder",
        "geboortedatum": "1995-05-01", "kinderen": 2,
        "vasteLasten": {"huur": 78000, "energie": 16000, "water": 2200, "zorgverzekering": 29000}}"#;

    /// The situations of the issue: a status holder with plan and budget, a family migrant, the
    /// Z-route, an exempt person, the ondertussengroep (Wi2013), open questions.
    fn situaties() -> Vec<(&'static str, String)> {
        let plan = r#", "pipDatum": "2026-03-10", "leerbaarheidstoets": {"score": 30, "datum": "2026-02-20"}, "wilOpleiding": false"#;
        vec![
            ("statushouder", samenvatting_van(&format!("{STATUSHOUDER}{plan}"), Some(HUISHOUDEN))),
            (
                "gezinsmigrant",
                samenvatting_van(
                    r#""geboortedatum": "1995-02-03", "nationaliteit": "MA", "verblijf": "gezin", "verblijfsdatum": "2025-06-15",
                    "leerplichtig": false, "nlDiploma": false, "duoBriefDatum": "2025-08-03", "pipDatum": "2025-10-20",
                    "leerbaarheidstoets": {"score": 33, "datum": "2025-09-10"}, "wilOpleiding": false, "bijstand": false"#,
                    None,
                ),
            ),
            (
                "z-route",
                samenvatting_van(
                    &format!(
                        r#"{STATUSHOUDER}, "pipDatum": "2026-03-10", "leerbaarheidstoets": {{"score": 12, "datum": "2026-02-20"}}"#
                    ),
                    None,
                ),
            ),
            (
                "vrijgesteld",
                samenvatting_van(
                    r#""geboortedatum": "1990-01-01", "nationaliteit": "SY", "verblijf": "gezin", "verblijfsdatum": "2025-01-01", "nlDiploma": true"#,
                    None,
                ),
            ),
            (
                "wi2013",
                samenvatting_van(
                    r#""geboortedatum": "1985-07-01", "nationaliteit": "SY", "verblijf": "asiel", "verblijfsdatum": "2021-06-01",
                    "leerplichtig": false, "nlDiploma": false, "bijstand": false"#,
                    None,
                ),
            ),
            (
                "open vragen",
                samenvatting_van(
                    r#""geboortedatum": "1995-05-01", "nationaliteit": "ER", "verblijf": "gezin", "verblijfsdatum": "2026-01-05",
                    "duoBriefDatum": "2026-02-16""#,
                    None,
                ),
            ),
        ]
    }

    /// The words that speak to the client ("u", "uw"), as words.
    fn tweede_persoon(tekst: &str) -> Vec<&str> {
        tekst.split(|c: char| !c.is_alphanumeric()).filter(|w| matches!(*w, "u" | "U" | "uw" | "Uw" | "UW")).collect()
    }

    #[test]
    fn the_summary_holds_no_second_person_sentence_in_any_situation() {
        for (naam, tekst) in situaties() {
            assert_eq!(tweede_persoon(&tekst), Vec::<&str>::new(), "{naam}:\n{tekst}");
            assert!(!tekst.contains("Vraag het de gemeente"), "{naam}:\n{tekst}");
            assert!(
                !tekst.contains("Nog na te gaan"),
                "every open question in the case file's words: {naam}:\n{tekst}"
            );
        }
        // The test itself finds a second-person word.
        assert_eq!(tweede_persoon("Wat is uw geboortedatum? U moet. Huur, bijv. u"), ["uw", "U", "u"]);
    }

    #[test]
    fn the_next_actions_come_first_then_route_term_plan_costs_ontzorgen_and_open_questions() {
        let volgorde = [
            "Volgende acties",
            "Plicht en leerroute",
            "Termijn",
            "Plan",
            "Kosten",
            "Ontzorgen",
            "Open vragen",
            "Gegevens (ingevuld)",
        ];
        for (naam, tekst) in situaties() {
            let koppen: Vec<&str> = tekst.lines().filter(|r| volgorde.contains(r)).collect();
            let plaatsen: Vec<usize> = koppen.iter().map(|k| volgorde.iter().position(|v| v == k).unwrap()).collect();
            assert!(plaatsen.windows(2).all(|w| w[0] < w[1]), "{naam}: {koppen:?}");
            assert!(tekst.starts_with("Samenvatting inburgering, berekend op 18 maart 2026."), "{naam}");
            // Each line once: no fact twice.
            let regels: Vec<&str> = tekst.lines().filter(|r| r.starts_with("- ")).collect();
            for regel in &regels {
                assert_eq!(regels.iter().filter(|r| *r == regel).count(), 1, "{naam}: {regel}");
            }
        }
        // The status holder: the next actions first, earliest first, the running step with its week.
        let tekst = &situaties()[0].1;
        assert_eq!(tekst.lines().nth(2), Some("Volgende acties"), "{tekst}");
        let acties: Vec<&str> = tekst.lines().skip(3).take_while(|r| r.starts_with("- ")).collect();
        assert_eq!(
            acties[0],
            "- 2 maart 2026 tot en met 5 april 2026: stap van de gemeente \"Introductieprogramma\"; nu: week 3 van 5; uitvoering: Klantmanager",
            "{tekst}"
        );
        assert!(
            acties.iter().any(|r| r.contains(
                "8 augustus 2026 (sinds 9 februari 2026): Einde ontzorgen (Participatiewet art. 56a lid 1 en 2)"
            )),
            "{acties:#?}"
        );
        assert!(acties.iter().any(|r| r.contains("Laatste dag aanmelden: ")), "{acties:#?}");
        // Each note once, without its full stop before the next one.
        assert_eq!(acties.last(), Some(&"- De data van de stappen van de gemeente zijn een schatting (bron van de gemeente: Voortgangsrapportage Haarlem; Raadsbesluit 2025)"));
    }

    /// Issue 23 point 9: DUO registers the day a part was passed, so the case file says it.
    #[test]
    fn a_part_passed_is_listed_with_its_day_when_known() {
        let behaald = r#", "pipDatum": "2026-03-10", "leerbaarheidstoets": {"score": 30, "datum": "2026-02-20"},
            "behaald": [{"onderdeel": "knm", "datum": "2026-03-02"}, {"onderdeel": "lezen"}]"#;
        let tekst = samenvatting_van(&format!("{STATUSHOUDER}{behaald}"), None);
        assert!(tekst.lines().any(|r| r == "- Gehaald: Lezen, KNM op 2 maart 2026"), "{tekst}");
    }

    /// Counts the lines with `deel`.
    fn keer(tekst: &str, deel: &str) -> usize {
        tekst.lines().filter(|r| r.contains(deel)).count()
    }

    #[test]
    fn each_fact_stands_once_with_its_article_from_the_engine() {
        let situaties = situaties();
        let statushouder = &situaties[0].1;
        for (feit, aantal) in [
            ("Klant is inburgeringsplichtig (Wi2021) sinds 5 januari 2026 (Wi2021 art. 3 lid 1; ", 1),
            ("Advies leerroute: B1-route (Wi2021 art. 7 lid 1)", 1),
            // The PIP is set: its deadline is off the timeline (issue 26), so not here either.
            ("Besluit inburgering 2021 art. 5.3 lid 1", 0),
            ("Einde termijn (begonnen op 11 maart 2026) (Wi2021 art. 11", 1),
            ("Participatiewet art. 56a lid 1 en 2", 1),
            ("Voortgangsrapportage Haarlem", 1),
            ("Leefgeld per week € 22,26", 1),
            // Each run of months is a fact of its own (the norm of 1 July differs).
            ("Huur € 780,00", 2),
            ("Naturalisatie op zijn vroegst", 1),
        ] {
            assert_eq!(keer(statushouder, feit), aantal, "{feit}:\n{statushouder}");
        }
        // The budget: the leefgeld below the gemeente's level, in the case file's words.
        assert_eq!(keer(statushouder, "minder dan de grens van de gemeente"), 1, "{statushouder}");

        let open = &situaties[5].1;
        // No PIP yet: setting it is the first action, with its article; the questions in the
        // third person.
        assert_eq!(
            open.lines().nth(3),
            Some("- uiterlijk 27 april 2026: PIP vaststellen (Besluit inburgering 2021 art. 5.3 lid 1)"),
            "{open}"
        );
        assert_eq!(keer(open, "Besluit inburgering 2021 art. 5.3 lid 1"), 1, "{open}");
        assert!(open.contains("- Datum van de PIP onbekend: nodig voor begin en einde van de termijn.\n"), "{open}");
        assert!(open.contains("- Leerroute nog niet te adviseren (zie open vragen)\n"), "{open}");
        assert!(open.contains("- Datum PIP: onbekend\n"), "{open}");

        let z = &situaties[2].1;
        assert_eq!(keer(z, "Advies leerroute: Z-route (zelfredzaamheidsroute) (Wi2021 art. 9 lid 1)"), 1, "{z}");
        assert_eq!(keer(z, "Z-route: "), 1, "{z}");
        assert_eq!(keer(z, "telt niet voor naturalisatie"), 1, "{z}");

        let vrij = &situaties[3].1;
        assert!(vrij.contains("- Klant is vrijgesteld van de inburgeringsplicht: Nederlands diploma (DUO keurt dit goed) (Wi2021 art. 4 lid 1 onder b)\n"), "{vrij}");
        assert_eq!(keer(vrij, "Advies leerroute"), 0, "{vrij}");

        let wi2013 = &situaties[4].1;
        assert_eq!(
            keer(wi2013, "Klant is inburgeringsplichtig (Wi2013, ondertussengroep) sinds 1 juni 2021"),
            1,
            "{wi2013}"
        );
        assert_eq!(keer(wi2013, "Onderdelen: "), 1, "{wi2013}");

        let gezin = &situaties[1].1;
        assert_eq!(keer(gezin, "Klant betaalt cursus en examens zelf"), 1, "{gezin}");
        assert_eq!(keer(gezin, "Ontzorgen"), 0, "no bijstand, no ontzorgen: {gezin}");
    }

    #[test]
    fn every_answer_has_its_name_in_the_case_file() {
        for vraag in super::super::formulier::VRAGEN {
            assert_ne!(label(vraag.pad), "", "{}", vraag.pad);
            assert!(tweede_persoon(label(vraag.pad)).is_empty());
        }
        for (_, v) in Verblijf::TABEL {
            assert!(tweede_persoon(verblijf(*v)).is_empty());
        }
    }

    #[test]
    fn a_ticked_i_do_not_know_reads_unknown() {
        let mut antwoorden = Antwoorden::default();
        antwoorden.zet("a:verblijf", "asiel");
        antwoorden.zet("a:pipDatum.weetniet", "ja");
        antwoorden.zet("a:verblijfsdatum.dag", "5");
        antwoorden.zet("a:verblijfsdatum.maand", "1");
        antwoorden.zet("a:verblijfsdatum.jaar", "2026");
        let vragen = super::super::formulier::VRAGEN
            .iter()
            .filter(|v| v.onderdeel == super::super::formulier::Onderdeel::Advies);
        antwoorden.zet("o:vasteLasten.huur", "550");
        let lijst = gegevens(&antwoorden, vragen.clone(), false);
        assert!(lijst.contains(&("Datum PIP", "onbekend".to_owned())), "{lijst:?}");
        assert!(lijst.contains(&("Verblijf", "asielvergunning (ook nareiziger)".to_owned())), "{lijst:?}");
        assert!(lijst.contains(&("Verblijfsvergunning sinds", "5 januari 2026".to_owned())), "{lijst:?}");
        // The rent is among the budget's rows when there is a budget, not twice.
        let alle = || super::super::formulier::VRAGEN.iter();
        assert!(gegevens(&antwoorden, alle(), false).contains(&("Huur", "€ 550,00".to_owned())));
        assert!(gegevens(&antwoorden, alle(), true).iter().all(|(label, _)| *label != "Huur"));
    }
}
