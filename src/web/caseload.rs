//! `modus="caseload"`: the staff member's file of clients as a table, drawn from
//! [`crate::engine::caseload`], which reads the file, orders the clients by their next action,
//! filters them and writes `werklijst.csv`. Only a page of rows is in the tree at a time, so a
//! caseload of 10,000 keeps the DOM small.

use chrono::NaiveDate;

use super::agenda::{self, Afspraak, Herinnering};
use super::dom::El;
use super::pagina::knop;
use crate::basis::datum::iso;
use crate::engine::caseload::actie::{acties, Filter};
use crate::engine::caseload::{self, werklijst, Caseload, Inlezing};
use crate::engine::fout::Fout;
use crate::engine::gemeente::Gemeente;
use crate::engine::json::Json;
use crate::engine::tijdlijn::Wat;
use crate::i18n::caseload as w;
use crate::i18n::{Taal, Tekst, Waarde};

/// Rows in the tree at a time.
pub const PER_PAGINA: usize = 50;

/// The filters in the order of the select, with their labels.
const FILTERS: [(Filter, &Tekst); 6] = [
    (Filter::TeLaat, &w::FILTER_TE_LAAT),
    (Filter::Binnenkort, &w::FILTER_BINNENKORT),
    (Filter::GeenPip, &w::FILTER_GEEN_PIP),
    (Filter::RouteOnbekend, &w::FILTER_ROUTE_ONBEKEND),
    (Filter::TermijnEindigt, &w::FILTER_TERMIJN),
    (Filter::OntzorgenEindigt, &w::FILTER_ONTZORGEN),
];

/// Lines read per call while a file is read in parts ([`Lijst::verder`]): about 20 ms of the
/// engine's work on an office laptop, so the page answers between the parts (docs/metingen.md).
pub const PER_DEEL: usize = 250;

/// The caseload view's state: the file as read (its text kept, so a new peildatum or gemeente
/// reads it again through the same core), the filter, the page and the client opened.
#[derive(Default)]
pub struct Lijst {
    tekst: Option<String>,
    /// The file being read, in parts of [`PER_DEEL`] lines.
    inlezing: Option<Inlezing>,
    pub gelezen: Option<Result<Caseload, Fout>>,
    /// Each client's filters (bit `i`: in `FILTERS[i]`), worked out once as the file is read, so
    /// that a page or a filter costs no engine work: by line while it is read, then in the
    /// caseload's order.
    filters: Vec<(usize, u8)>,
    /// By index in [`FILTERS`]; all clients when `None`.
    pub filter: Option<usize>,
    /// The first row shown, in the filtered list.
    pub begin: usize,
    /// The client opened in staff mode, by index in the caseload.
    pub open: Option<usize>,
}

impl Lijst {
    /// Starts reading `bytes` (a file the staff member opened) on `op`.
    pub fn openen(&mut self, bytes: Vec<u8>, op: NaiveDate, gemeente: &Gemeente) {
        self.begin = 0;
        self.open = None;
        match caseload::tekst(&bytes) {
            Ok(tekst) => {
                self.tekst = Some(tekst.to_owned());
                self.lees(op, gemeente);
            }
            Err(fout) => {
                (self.tekst, self.inlezing) = (None, None);
                self.gelezen = Some(Err(fout));
            }
        }
    }

    /// Starts reading the file again (another peildatum or gemeente), and reads its first part.
    pub fn lees(&mut self, op: NaiveDate, gemeente: &Gemeente) {
        let Some(tekst) = &self.tekst else { return };
        self.gelezen = None;
        self.filters.clear();
        match Inlezing::new(tekst, op) {
            Ok(inlezing) => {
                self.inlezing = Some(inlezing);
                self.verder(gemeente);
            }
            Err(fout) => {
                self.inlezing = None;
                self.gelezen = Some(Err(fout));
            }
        }
    }

    /// Reads the next part of the file; once it is all read, the caseload in table order and
    /// each client's filters. Whether there is more to read; `None` when no file is being read.
    pub fn verder(&mut self, gemeente: &Gemeente) -> Option<bool> {
        let (Some(tekst), Some(inlezing)) = (&self.tekst, &mut self.inlezing) else { return None };
        let eerder = inlezing.klanten().len();
        let verder = !inlezing.lees(tekst, gemeente, PER_DEEL);
        let nieuw = inlezing.klanten().get(eerder..).unwrap_or_default();
        self.filters.extend(nieuw.iter().map(|k| (k.regel, filters(k, inlezing.op()))));
        if verder {
            return Some(true);
        }
        let caseload = self.inlezing.take().map(Inlezing::af);
        // In table order: each client's bits found by their line (the file's order, ascending).
        let per_regel = std::mem::take(&mut self.filters);
        let bits = |regel: usize| per_regel.binary_search_by_key(&regel, |(r, _)| *r).map_or(0, |i| per_regel[i].1);
        self.filters = caseload.iter().flat_map(|c| c.klanten.iter().map(|k| (k.regel, bits(k.regel)))).collect();
        self.gelezen = caseload.map(Ok);
        Some(false)
    }

    /// While the file is read: the lines read and the file's lines.
    pub fn voortgang(&self) -> Option<(usize, usize)> {
        self.inlezing.as_ref().map(Inlezing::voortgang)
    }

    /// The caseload read, if any.
    pub fn caseload(&self) -> Option<&Caseload> {
        self.gelezen.as_ref().and_then(|g| g.as_ref().ok())
    }

    /// The client opened, named as the table names them.
    pub fn open_naam(&self, taal: Taal) -> Option<String> {
        let klant = self.caseload()?.klanten.get(self.open?)?;
        Some(naam(taal, klant))
    }

    /// `werklijst.csv` of the caseload read: the bytes `wijzer werklijst` writes.
    pub fn werklijst(&self) -> Option<String> {
        self.caseload().map(werklijst::werklijst)
    }

    /// The caseload's deadlines still to come as one calendar file for the klantmanager's own
    /// calendar: each client's actions with a date from the peildatum on, named by `klant`
    /// alone (or the line, when it is empty) and what is to be done, with reminders before the
    /// day; nothing else about the client. Each event's key is the client's reference, what the
    /// action is (a plan date by its kind, not its parts, which the client passes one by one)
    /// and its date, never the day the file is made: made again on another day, the file
    /// updates the events imported before.
    pub fn agenda(&self, taal: Taal) -> Option<String> {
        let caseload = self.caseload()?;
        let mut afspraken = Vec::new();
        for klant in &caseload.klanten {
            let naam = naam(taal, klant);
            for actie in acties(&klant.antwoord, caseload.op) {
                let Some(datum) = actie.datum.filter(|d| *d >= caseload.op) else { continue };
                let soort = match &actie.moment.wat {
                    Wat::Plan { soort, .. } => format!("{soort:?}"),
                    _ => actie.tekst(Taal::Nl),
                };
                afspraken.push(Afspraak {
                    datum,
                    tot: datum,
                    titel: format!("{naam}: {}", actie.tekst(taal)),
                    beschrijving: String::new(),
                    herinnering: Herinnering::VoorLaatsteDag,
                    sleutel: format!("{naam}\u{1f}{soort}\u{1f}{}", iso(datum)),
                });
            }
        }
        Some(agenda::ics(&afspraken, caseload.op, &Json::Null))
    }

    /// The clients in the filter, by index in the caseload, in table order.
    fn gekozen(&self) -> Vec<usize> {
        let bit = self.filter.filter(|&i| i < FILTERS.len()).map_or(0, |i| 1 << i);
        (0..self.filters.len()).filter(|&i| self.filters[i].1 & bit == bit).collect()
    }

    /// The next or the previous page (`stap` +1 or -1), within the filtered list.
    pub fn blader(&mut self, stap: isize) {
        let aantal = self.gekozen().len();
        let begin = self.begin as isize + stap * PER_PAGINA as isize;
        if (0..aantal as isize).contains(&begin) {
            self.begin = begin as usize;
        }
    }
}

/// The filters `klant` is in on `op`, as bits by index in [`FILTERS`].
fn filters(klant: &caseload::Klant, op: NaiveDate) -> u8 {
    FILTERS.iter().enumerate().filter(|(_, (f, _))| f.past(klant, op)).fold(0, |bits, (i, _)| bits | 1 << i)
}

/// A client as the table and the calendar name them: their reference, or their line when it
/// is empty.
fn naam(taal: Taal, klant: &caseload::Klant) -> String {
    match klant.klant.trim() {
        "" => w::KLANT_OP_REGEL.vul(taal, &[Waarde::Getal(klant.regel as i64)]),
        naam => naam.to_owned(),
    }
}

/// The caseload view below the element's title: the file, the peildatum (`op`), and what was
/// read. Out of line as the drawing functions of `weergave` are (see there).
#[inline(never)]
pub fn lijst(taal: Taal, lijst: &Lijst, op: NaiveDate) -> El {
    let bediening = El::new("div")
        .class("knoppen")
        .kind(
            El::new("label").class("bestand").text(w::CASELOAD_OPENEN.in_taal(taal)).kind(
                El::new("input")
                    .attr("type", "file")
                    .attr("accept", ".csv,.jsonl,.txt,text/csv")
                    .attr("data-actie", "openen"),
            ),
        )
        .kind(El::new("label").attr("for", "caseload-op").text(w::CASELOAD_PEILDATUM.in_taal(taal)))
        .kind(
            El::new("input").attr("type", "date").attr("name", "caseload-op").id("caseload-op").attr("value", &iso(op)),
        );
    let mut sectie = El::new("section")
        .class("caseload")
        .kind(El::new("h3").text(w::CASELOAD_KOP.in_taal(taal)))
        .kind(El::new("p").class("intro").text(w::CASELOAD_INTRO.in_taal(taal)))
        .kind(bediening);
    match &lijst.gelezen {
        None => {
            if let Some((gelezen, regels)) = lijst.voortgang() {
                sectie = sectie
                    .kind(El::new("p").attr("role", "status").id("voortgang").text(&voortgang(taal, gelezen, regels)));
            }
        }
        Some(Err(fout)) => {
            let melding = fout_tekst(taal, None, fout);
            sectie = sectie.kind(El::new("p").class("melding waarschuwing").attr("role", "alert").text(&melding));
        }
        Some(Ok(caseload)) => {
            sectie = sectie.kinderen(tabel(taal, lijst, caseload)).kinderen(regelfouten(taal, caseload))
        }
    }
    sectie
}

/// "1250 van 10001 regels gelezen…".
pub fn voortgang(taal: Taal, gelezen: usize, regels: usize) -> String {
    w::GELEZEN.vul(taal, &[Waarde::Getal(gelezen as i64), Waarde::Getal(regels as i64)])
}

/// A line's error in words: "Regel 4, verblijfsdatum: …", or the message alone for the file.
fn fout_tekst(taal: Taal, regel: Option<usize>, fout: &Fout) -> String {
    match regel {
        None => fout.melding(taal),
        Some(regel) => w::REGELFOUT.vul(
            taal,
            &[
                Waarde::Getal(regel as i64),
                Waarde::Letterlijk(fout.veld.clone()),
                Waarde::Letterlijk(fout.melding(taal)),
            ],
        ),
    }
}

/// The filter with its counts, the download, the table of one page and the page buttons.
fn tabel(taal: Taal, lijst: &Lijst, caseload: &Caseload) -> Vec<El> {
    let op = caseload.op;
    let telling = |i: usize| lijst.filters.iter().filter(|(_, bits)| bits & 1 << i != 0).count();
    let optie = |waarde: &str, tekst: &Tekst, aantal: usize, gekozen: bool| {
        El::new("option")
            .attr("value", waarde)
            .attr_als(gekozen, "selected", "")
            .text(&tekst.vul(taal, &[Waarde::Getal(aantal as i64)]))
    };
    let mut keuze = El::new("select").attr("name", "caseload-filter").id("caseload-filter").kind(optie(
        "",
        &w::ALLE_KLANTEN,
        caseload.klanten.len(),
        lijst.filter.is_none(),
    ));
    for (i, (_, tekst)) in FILTERS.iter().enumerate() {
        keuze = keuze.kind(optie(&i.to_string(), tekst, telling(i), lijst.filter == Some(i)));
    }
    let gekozen = lijst.gekozen();
    let begin = lijst.begin.min(gekozen.len().saturating_sub(1) / PER_PAGINA * PER_PAGINA);
    let pagina = &gekozen[begin..gekozen.len().min(begin + PER_PAGINA)];
    let filters = El::new("div")
        .class("knoppen")
        .kind(El::new("label").attr("for", "caseload-filter").text(w::TOON.in_taal(taal)))
        .kind(keuze)
        .kind(knop(taal, "werklijst", &w::WERKLIJST))
        .kind(knop(taal, "caseload-agenda", &w::AGENDA));
    let mut uit = vec![filters];
    if pagina.is_empty() {
        uit.push(El::new("p").attr("role", "status").text(w::GEEN_KLANTEN.in_taal(taal)));
        return uit;
    }
    let bijschrift = w::CASELOAD_BIJSCHRIFT.vul(
        taal,
        &[
            Waarde::Datum(op),
            Waarde::Getal(begin as i64 + 1),
            Waarde::Getal((begin + pagina.len()) as i64),
            Waarde::Getal(gekozen.len() as i64),
        ],
    );
    let mut kop = El::new("tr");
    for tekst in [&w::KOLOM_KLANT, &w::KOLOM_ACTIE, &w::KOLOM_DATUM, &w::KOLOM_STAND, &w::KOLOM_REGEL] {
        kop = kop.kind(El::new("th").attr("scope", "col").text(tekst.in_taal(taal)));
    }
    let rijen = pagina.iter().map(|&i| rij(taal, i, &caseload.klanten[i], op));
    uit.push(
        El::new("table")
            .class("caseload-tabel")
            .kind(El::new("caption").text(&bijschrift))
            .kind(El::new("thead").kind(kop))
            .kind(El::new("tbody").kinderen(rijen)),
    );
    let mut bladeren = El::new("div").class("knoppen");
    if begin > 0 {
        bladeren = bladeren.kind(knop(taal, "vorige", &w::VORIGE).id("vorige"));
    }
    if begin + PER_PAGINA < gekozen.len() {
        bladeren = bladeren.kind(knop(taal, "volgende", &w::VOLGENDE).id("volgende"));
    }
    uit.push(bladeren);
    uit
}

/// One client: a button to open them (their reference, or their line when it is empty), the
/// next action, its date, overdue in words, the line.
fn rij(taal: Taal, index: usize, klant: &caseload::Klant, op: NaiveDate) -> El {
    let naam = naam(taal, klant);
    let actie = klant.actie(op);
    let datum = actie.as_ref().and_then(|a| a.datum);
    let mut cel_datum = El::new("td");
    if let Some(datum) = datum {
        cel_datum =
            cel_datum.kind(El::new("time").attr("datetime", &iso(datum)).text(&crate::i18n::datum(taal, datum)));
    }
    El::new("tr")
        .attr_als(actie.as_ref().is_some_and(|a| a.te_laat), "class", "te-laat")
        .kind(
            El::new("th").attr("scope", "row").kind(
                El::new("button")
                    .attr("type", "button")
                    .attr("data-actie", &format!("klant-{index}"))
                    .id(&format!("klant-{index}"))
                    .text(&naam),
            ),
        )
        .kind(El::new("td").text(&actie.as_ref().map(|a| a.tekst(taal)).unwrap_or_default()))
        .kind(cel_datum)
        .kind(El::new("td").text(&actie.as_ref().map(|a| a.stand(taal)).unwrap_or_default()))
        .kind(El::new("td").text(&klant.regel.to_string()))
}

/// The lines that could not be read, each with its number, field and message.
fn regelfouten(taal: Taal, caseload: &Caseload) -> Option<El> {
    if caseload.fouten.is_empty() {
        return None;
    }
    let kop = w::KOP_REGELFOUTEN.vul(taal, &[Waarde::Getal(caseload.fouten.len() as i64)]);
    let items = caseload.fouten.iter().map(|f| El::new("li").text(&fout_tekst(taal, Some(f.regel), &f.fout)));
    Some(El::new("section").class("regelfouten").kind(El::new("h4").text(&kop)).kind(El::new("ul").kinderen(items)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basis::datum::dag;

    const KOP: &str = "klant;verblijf;geboortedatum;nationaliteit;verblijfsdatum;duoBriefDatum;pipDatum;\
                       leerbaarheidstoets.score;leerbaarheidstoets.datum;bijstand;bijstandSinds\n";

    /// K-1: the PIP due 2027-01-18 (DUO's letter of 2026-11-09) and ontzorgen to its end; K-2:
    /// the PIP overdue since 2026-04-27; K-3: a bad line; the fourth without a reference, with a
    /// PIP and a toets: the term, the route and the exam plan.
    fn bestand() -> String {
        format!(
            "{KOP}K-1;asiel;1990-01-01;SY;2026-11-01;2026-11-09;;;;ja;2026-11-01\n\
             K-2;asiel;1990-01-01;SY;2026-01-05;2026-02-16;;;;ja;2026-01-05\n\
             K-3;asiel;1990-01-01;SY;31-02-2026;;;;;;\n\
             ;asiel;1985-03-04;ER;2026-01-05;2026-02-16;2026-04-20;30;2026-02-20;nee;\n"
        )
    }

    /// The list with `tekst` read to its end on `op`, in parts.
    fn gelezen(tekst: &str, op: NaiveDate) -> Lijst {
        let mut lijst = Lijst::default();
        lijst.openen(tekst.as_bytes().to_vec(), op, &Gemeente::standaard());
        while lijst.verder(&Gemeente::standaard()) == Some(true) {}
        lijst
    }

    /// The events of a calendar file: (UID, first day, title), unfolded.
    fn afspraken(ics: &str) -> Vec<(String, String, String)> {
        let ics = ics.replace("\r\n ", "");
        let veld =
            |event: &str, naam: &str| event.lines().find_map(|l| l.strip_prefix(naam)).unwrap_or_default().to_owned();
        ics.split("BEGIN:VEVENT")
            .skip(1)
            .map(|e| (veld(e, "UID:"), veld(e, "DTSTART;VALUE=DATE:"), veld(e, "SUMMARY:")))
            .collect()
    }

    #[test]
    fn the_calendar_holds_each_clients_coming_deadlines_named_by_klant_alone() {
        let op = dag(2026, 12, 7);
        let ics = gelezen(&bestand(), op).agenda(Taal::Nl).unwrap();
        let lijst = afspraken(&ics);
        let dag_van = |titel: &str| lijst.iter().find(|e| e.2 == titel).map(|e| e.1.as_str());
        assert_eq!(dag_van("K-1: PIP vaststellen"), Some("20270118"), "{lijst:?}");
        assert_eq!(dag_van("K-1: Einde ontzorgen"), Some("20270430"));
        assert!(lijst.iter().any(|(_, _, titel)| titel == "Klant op regel 5: Einde termijn"), "{lijst:?}");
        assert!(lijst.iter().any(|(_, _, titel)| titel.starts_with("Klant op regel 5: Laatste dag aanmelden: ")));
        // The overdue PIP of K-2 is past: not in the file; nothing before the peildatum is.
        assert!(lijst.iter().all(|(_, dag, titel)| dag.as_str() >= "20261207" && !titel.contains("K-2: PIP")));
        assert!(!ics.contains("K-3"), "a bad line has no events");
        // Nothing about the client but the reference: the only text is the title, "klant: what".
        let ontvouwen = ics.replace("\r\n ", "");
        for regel in ontvouwen.lines() {
            let (naam, waarde) = regel.split_once(':').unwrap();
            match naam {
                "SUMMARY" | "DESCRIPTION" => {
                    assert!(waarde.starts_with("K-1: ") || waarde.starts_with("Klant op regel 5: "), "{regel}")
                }
                "BEGIN"
                | "END"
                | "VERSION"
                | "PRODID"
                | "CALSCALE"
                | "UID"
                | "DTSTAMP"
                | "DTSTART;VALUE=DATE"
                | "DTEND;VALUE=DATE"
                | "TRANSP"
                | "ACTION"
                | "TRIGGER;RELATED=END" => {}
                _ => panic!("{regel}"),
            }
        }
        assert!(ics.contains("BEGIN:VALARM"), "reminders before the day");
        let mut uids: Vec<_> = lijst.iter().map(|(uid, ..)| uid.clone()).collect();
        uids.sort();
        uids.dedup();
        assert_eq!(uids.len(), lijst.len(), "every UID once");
    }

    /// The file made again a week later gives each event still to come the UID it had.
    #[test]
    fn the_calendars_uids_are_the_client_and_the_deadline_not_the_day() {
        let nu = afspraken(&gelezen(&bestand(), dag(2026, 12, 7)).agenda(Taal::Nl).unwrap());
        let later = afspraken(&gelezen(&bestand(), dag(2026, 12, 14)).agenda(Taal::Nl).unwrap());
        assert!(!later.is_empty());
        for event in &later {
            assert!(nu.contains(event), "{event:?} not in {nu:?}");
        }
        // Another client with the same deadlines: other UIDs.
        let ander = afspraken(&gelezen(&bestand().replace("K-1;", "K-9;"), dag(2026, 12, 7)).agenda(Taal::Nl).unwrap());
        let k1 = nu.iter().find(|e| e.2 == "K-1: PIP vaststellen").unwrap();
        let k9 = ander.iter().find(|e| e.2 == "K-9: PIP vaststellen").unwrap();
        assert_ne!(k1.0, k9.0);
    }

    /// A large file is read in parts of PER_DEEL lines with its progress; the table is the one
    /// the engine reads at once, and the filters kept are the engine's.
    #[test]
    fn a_large_file_is_read_in_parts_with_its_progress() {
        let regels: String = bestand().lines().skip(1).map(|l| format!("{l}\n")).collect();
        let tekst = format!("{KOP}{}", regels.repeat(PER_DEEL / 2));
        let op = dag(2026, 12, 7);
        let mut lijst = Lijst::default();
        lijst.openen(tekst.as_bytes().to_vec(), op, &Gemeente::standaard());
        let mut stappen = vec![lijst.voortgang().unwrap()];
        while lijst.verder(&Gemeente::standaard()) == Some(true) {
            stappen.push(lijst.voortgang().unwrap());
        }
        assert_eq!(stappen, [(PER_DEEL + 1, 2 * PER_DEEL + 1)], "one part read on opening, the header and 250 lines");
        assert_eq!(lijst.voortgang(), None);
        assert_eq!(lijst.verder(&Gemeente::standaard()), None, "nothing left to read");
        let ineens = caseload::lees(tekst.as_bytes(), op, &Gemeente::standaard()).unwrap();
        assert_eq!(lijst.werklijst(), Some(werklijst::werklijst(&ineens)));
        for (i, (filter, _)) in FILTERS.iter().enumerate() {
            lijst.filter = Some(i);
            let klanten = &lijst.caseload().unwrap().klanten;
            let verwacht: Vec<usize> = (0..klanten.len()).filter(|&k| filter.past(&klanten[k], op)).collect();
            assert_eq!(lijst.gekozen(), verwacht, "{filter:?}");
        }
        let tekst = voortgang(Taal::Nl, 251, 501);
        assert_eq!(tekst, "251 van 501 regels gelezen…");
    }
}
