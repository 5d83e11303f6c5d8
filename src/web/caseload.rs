//! `modus="caseload"`: the staff member's file of clients as a table, drawn from
//! [`crate::engine::caseload`], which reads the file, orders the clients by their next action,
//! filters them and writes `werklijst.csv`. Only a page of rows is in the tree at a time, so a
//! caseload of 10,000 keeps the DOM small.

use chrono::NaiveDate;

use super::dom::El;
use super::pagina::knop;
use crate::basis::datum::iso;
use crate::engine::caseload::actie::Filter;
use crate::engine::caseload::{self, werklijst, Caseload};
use crate::engine::fout::Fout;
use crate::engine::gemeente::Gemeente;
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

/// The caseload view's state: the file as read (its bytes kept, so a new peildatum or gemeente
/// reads it again through the same core), the filter, the page and the client opened.
#[derive(Default)]
pub struct Lijst {
    bytes: Option<Vec<u8>>,
    pub gelezen: Option<Result<Caseload, Fout>>,
    /// By index in [`FILTERS`]; all clients when `None`.
    pub filter: Option<usize>,
    /// The first row shown, in the filtered list.
    pub begin: usize,
    /// The client opened in staff mode, by index in the caseload.
    pub open: Option<usize>,
}

impl Lijst {
    /// Reads `bytes` (a file the staff member opened) on `op`.
    pub fn openen(&mut self, bytes: Vec<u8>, op: NaiveDate, gemeente: &Gemeente) {
        self.bytes = Some(bytes);
        self.begin = 0;
        self.open = None;
        self.lees(op, gemeente);
    }

    /// Reads the file again (another peildatum or gemeente).
    pub fn lees(&mut self, op: NaiveDate, gemeente: &Gemeente) {
        self.gelezen = self.bytes.as_deref().map(|bytes| caseload::lees(bytes, op, gemeente));
    }

    /// The caseload read, if any.
    pub fn caseload(&self) -> Option<&Caseload> {
        self.gelezen.as_ref().and_then(|g| g.as_ref().ok())
    }

    /// `werklijst.csv` of the caseload read: the bytes `wijzer werklijst` writes.
    pub fn werklijst(&self) -> Option<String> {
        self.caseload().map(werklijst::werklijst)
    }

    /// The clients in the filter, by index in the caseload, in table order.
    fn gekozen(&self, caseload: &Caseload) -> Vec<usize> {
        let filter = self.filter.and_then(|i| FILTERS.get(i)).map(|(f, _)| *f);
        (0..caseload.klanten.len())
            .filter(|&i| filter.is_none_or(|f| f.past(&caseload.klanten[i], caseload.op)))
            .collect()
    }

    /// The next or the previous page (`stap` +1 or -1), within the filtered list.
    pub fn blader(&mut self, stap: isize) {
        let aantal = self.caseload().map_or(0, |c| self.gekozen(c).len());
        let begin = self.begin as isize + stap * PER_PAGINA as isize;
        if (0..aantal as isize).contains(&begin) {
            self.begin = begin as usize;
        }
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
        None => {}
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
    let telling = |filter: Filter| caseload.klanten.iter().filter(|k| filter.past(k, op)).count();
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
    for (i, (filter, tekst)) in FILTERS.iter().enumerate() {
        keuze = keuze.kind(optie(&i.to_string(), tekst, telling(*filter), lijst.filter == Some(i)));
    }
    let gekozen = lijst.gekozen(caseload);
    let begin = lijst.begin.min(gekozen.len().saturating_sub(1) / PER_PAGINA * PER_PAGINA);
    let pagina = &gekozen[begin..gekozen.len().min(begin + PER_PAGINA)];
    let filters = El::new("div")
        .class("knoppen")
        .kind(El::new("label").attr("for", "caseload-filter").text(w::TOON.in_taal(taal)))
        .kind(keuze)
        .kind(knop(taal, "werklijst", &w::WERKLIJST));
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
    let naam = match klant.klant.trim() {
        "" => w::KLANT_OP_REGEL.vul(taal, &[Waarde::Getal(klant.regel as i64)]),
        naam => naam.to_owned(),
    };
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
