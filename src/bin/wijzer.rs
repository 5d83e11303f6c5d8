//! The JSON contract on the command line, for staff batch work and tests:
//!
//! ```text
//! wijzer advies    [--jsonl] [--gemeente gemeente.json] < situatie.json
//! wijzer ontzorgen [--jsonl] [--gemeente gemeente.json] < huishouden.json
//! wijzer werklijst [--gemeente gemeente.json] [--op YYYY-MM-DD] < caseload.csv
//! wijzer controle  --op YYYY-MM-DD
//! wijzer po export DIR        # every sentence as gettext PO, one file per language
//! wijzer po import FILE.po    # corrections back into the sentence tables (src/i18n)
//! wijzer gemeente  --controleer gemeente.json
//! wijzer talenpakketten DIR   # the browser's language packs (make build)
//! ```
//!
//! One object: the result on stdout, exit 0; invalid input: the `fout` object, exit 2.
//! `--jsonl`: one result line per input line, in order, a `fout` line for a bad line; exit 0.
//! `werklijst`: a caseload (CSV or JSON lines, contract "caseload") as `werklijst.csv` on stdout,
//! byte for byte what the browser's download gives; each bad line on stderr with its number,
//! then a count; exit 0 when the header could be read, 2 when not. `--op` is the peildatum
//! (today by default: the command line reads the clock, the engine does not).
//! `controle`: a table of the rule data's rows not checked against their source within their
//! term on that date (the engine reads no clock, so the date is an argument); a report, exit 0.
//! `po`: the translator's round trip (README, "Translations"); an import with a lost or added
//! placeholder or a term outside the terminology is refused as a whole, with its findings, exit 2.
//! `gemeente --controleer`: every problem of a gemeente configuration (a regional file: of each
//! gemeente in it too), one line each with its path, in Dutch, for web teams; exit 0 without
//! problems, 2 with. `--gemeente regio.json#sleutel` picks a gemeente of a regional file.
//! `talenpakketten DIR`: `DIR/inburgering-wijzer.en.bin` and so on, one pack per language but
//! Dutch, from the same tables (`i18n::pakket`); the browser's module holds only the Dutch.

use std::collections::BTreeSet;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use inburgeringswijzer::basis::datum;
use inburgeringswijzer::engine::fout::Fout;
use inburgeringswijzer::engine::gemeente::Gemeente;
use inburgeringswijzer::engine::json::Json;
use inburgeringswijzer::engine::json::MAX_INVOER;
use inburgeringswijzer::engine::param::{Controle, CONTROLE_TERMIJN_DAGEN, CONTROLE_TERMIJN_VLUCHTIG_DAGEN};
use inburgeringswijzer::engine::register::{alle_controles, open_aankondigingen};
use inburgeringswijzer::engine::schrijver::NaarJson;
use inburgeringswijzer::engine::{antwoord, caseload, ontzorgen};
use inburgeringswijzer::i18n::{alle_tabellen, TALENPAKKET};
use inburgeringswijzer::i18n::{fouten, opdrachtregel, pakket, po, Taal, Waarde};

#[derive(Clone, Copy)]
enum Opdracht {
    Advies,
    Ontzorgen,
}

struct Aanroep {
    opdracht: Opdracht,
    jsonl: bool,
    gemeente: Option<String>,
}

fn lees_aanroep(args: &[String]) -> Option<Aanroep> {
    let mut args = args.iter();
    let opdracht = match args.next()?.as_str() {
        "advies" => Opdracht::Advies,
        "ontzorgen" => Opdracht::Ontzorgen,
        _ => return None,
    };
    let mut aanroep = Aanroep { opdracht, jsonl: false, gemeente: None };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--jsonl" => aanroep.jsonl = true,
            "--gemeente" => aanroep.gemeente = Some(args.next()?.clone()),
            _ => return None,
        }
    }
    Some(aanroep)
}

/// The result lines on stdout, each written into one text kept for the whole run and then
/// handed to the buffered writer: a batch of 200,000 advices would otherwise grow and free a
/// new text of several kilobytes per line.
struct Regels<W: Write> {
    uit: W,
    tekst: String,
}

impl<W: Write> Regels<W> {
    fn new(uit: W) -> Self {
        Regels { uit, tekst: String::new() }
    }

    /// Writes the result or its `fout` as one JSON line; `true` when it was a result.
    fn schrijf<T: NaarJson>(&mut self, uitkomst: Result<T, Fout>) -> io::Result<bool> {
        self.tekst.clear();
        match &uitkomst {
            Ok(waarde) => waarde.schrijf(&mut self.tekst),
            Err(fout) => fout.schrijf(&mut self.tekst),
        }
        self.tekst.push('\n');
        self.uit.write_all(self.tekst.as_bytes())?;
        Ok(uitkomst.is_ok())
    }

    fn fout(&mut self, fout: Fout) -> io::Result<bool> {
        self.schrijf::<Fout>(Err(fout))
    }
}

fn reken(opdracht: Opdracht, gemeente: &Gemeente, tekst: &str, uit: &mut Regels<impl Write>) -> io::Result<bool> {
    let invoer = Json::lees_tekst(tekst);
    match opdracht {
        Opdracht::Advies => uit.schrijf(invoer.and_then(|json| antwoord::antwoord(&json, gemeente))),
        Opdracht::Ontzorgen => uit.schrijf(invoer.and_then(|json| ontzorgen::ontzorgen(&json, gemeente))),
    }
}

/// Reads one line into `regel` (without its newline). `Ok(None)` at the end of input;
/// `Ok(Some(false))` when the line was longer than [`MAX_INVOER`] and was skipped.
fn lees_regel(invoer: &mut impl BufRead, regel: &mut Vec<u8>) -> io::Result<Option<bool>> {
    regel.clear();
    let (mut iets_gelezen, mut past) = (false, true);
    loop {
        let buffer = invoer.fill_buf()?;
        if buffer.is_empty() {
            return Ok(iets_gelezen.then_some(past));
        }
        iets_gelezen = true;
        let (deel, einde) = match buffer.iter().position(|b| *b == b'\n') {
            Some(i) => (&buffer[..i], Some(i + 1)),
            None => (buffer, None),
        };
        past = past && regel.len() + deel.len() <= MAX_INVOER;
        if past {
            regel.extend_from_slice(deel);
        }
        let gebruikt = einde.unwrap_or(buffer.len());
        invoer.consume(gebruikt);
        if einde.is_some() {
            return Ok(Some(past));
        }
    }
}

/// The gemeente of `--gemeente FILE` (`regio.json#sleutel`: one of a regional file), strictly
/// read; the built-in default without the option.
fn lees_gemeente(pad: Option<&str>) -> Result<Gemeente, Fout> {
    let Some(pad) = pad else { return Ok(Gemeente::standaard()) };
    let (pad, deel) = pad.split_once('#').map_or((pad, None), |(pad, deel)| (pad, Some(deel)));
    let tekst = std::fs::read_to_string(pad).map_err(|_| Fout::new("--gemeente", &fouten::ONGELDIGE_JSON))?;
    Gemeente::lees_streng(&Json::lees_tekst(&tekst)?, deel)
}

fn voer_uit(aanroep: &Aanroep) -> io::Result<ExitCode> {
    let stdout = io::stdout();
    let mut uit = Regels::new(BufWriter::new(stdout.lock()));
    let gemeente = match lees_gemeente(aanroep.gemeente.as_deref()) {
        Ok(gemeente) => gemeente,
        Err(fout) => {
            uit.fout(fout)?;
            uit.uit.flush()?;
            return Ok(ExitCode::from(2));
        }
    };
    let stdin = io::stdin();
    let mut invoer = stdin.lock();
    if aanroep.jsonl {
        let mut regel = Vec::new();
        while let Some(past) = lees_regel(&mut invoer, &mut regel)? {
            let tekst = if regel.last() == Some(&b'\r') { &regel[..regel.len() - 1] } else { &regel[..] };
            match (past, std::str::from_utf8(tekst)) {
                (false, _) => uit.fout(Fout::new("", &fouten::TE_GROOT))?,
                (true, Err(_)) => uit.fout(Fout::onleesbaar())?,
                (true, Ok(tekst)) => reken(aanroep.opdracht, &gemeente, tekst, &mut uit)?,
            };
        }
        uit.uit.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut bytes = Vec::new();
    invoer.by_ref().take(MAX_INVOER as u64 + 1).read_to_end(&mut bytes)?;
    let gelukt = if bytes.len() > MAX_INVOER {
        uit.fout(Fout::new("", &fouten::TE_GROOT))?
    } else {
        match std::str::from_utf8(&bytes) {
            Ok(tekst) => reken(aanroep.opdracht, &gemeente, tekst, &mut uit)?,
            Err(_) => uit.fout(Fout::onleesbaar())?,
        }
    };
    uit.uit.flush()?;
    Ok(if gelukt { ExitCode::SUCCESS } else { ExitCode::from(2) })
}

/// Today, from the clock (UTC): the default peildatum of `werklijst`.
fn vandaag() -> chrono::NaiveDate {
    let seconden = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    datum::dag(1970, 1, 1) + chrono::Days::new(seconden / 86_400)
}

/// `werklijst [--gemeente FILE] [--op YYYY-MM-DD]`: the options, or the usage error.
fn lees_werklijst_aanroep(args: &[String]) -> Result<(Option<&str>, chrono::NaiveDate), Fout> {
    let (mut gemeente, mut op) = (None, None);
    let mut args = args.iter();
    while let Some(optie) = args.next() {
        let waarde = args.next().ok_or_else(|| Fout::new(optie.as_str(), &fouten::VERPLICHT));
        match optie.as_str() {
            "--gemeente" => gemeente = Some(waarde?.as_str()),
            "--op" => op = Some(datum::lees(waarde?).ok_or_else(|| Fout::new("--op", &fouten::ONGELDIGE_DATUM))?),
            _ => return Err(Fout::new("", &opdrachtregel::ONBEKEND_COMMANDO)),
        }
    }
    Ok((gemeente, op.unwrap_or_else(vandaag)))
}

/// `werklijst`: the caseload on stdin as `werklijst.csv` on stdout, bad lines on stderr.
fn werklijst(gemeente: Option<&str>, op: chrono::NaiveDate) -> io::Result<ExitCode> {
    let mut fouten_uit = BufWriter::new(io::stderr().lock());
    let mut bytes = Vec::new();
    io::stdin().lock().read_to_end(&mut bytes)?;
    // A gemeente file or a header that cannot be read: the whole run fails, with the field.
    let caseload = match lees_gemeente(gemeente).and_then(|gemeente| caseload::lees(&bytes, op, &gemeente)) {
        Ok(caseload) => caseload,
        Err(fout) => {
            let veld = if fout.veld.is_empty() { "(het hele bestand)" } else { &fout.veld };
            writeln!(fouten_uit, "{veld}: {}", fout.melding(Taal::Nl))?;
            fouten_uit.flush()?;
            return Ok(ExitCode::from(2));
        }
    };
    io::stdout().lock().write_all(caseload::werklijst::werklijst(&caseload).as_bytes())?;
    for regel in &caseload.fouten {
        let veld = if regel.fout.veld.is_empty() { "(de hele regel)" } else { &regel.fout.veld };
        writeln!(fouten_uit, "regel {}: {veld}: {}", regel.regel, regel.fout.melding(Taal::Nl))?;
    }
    let aantal = |n: usize, een: &str, meer: &str| format!("{n} {}", if n == 1 { een } else { meer });
    writeln!(
        fouten_uit,
        "{} in de werklijst, {} niet gelezen.",
        aantal(caseload.klanten.len(), "klant", "klanten"),
        aantal(caseload.fouten.len(), "regel", "regels")
    )?;
    fouten_uit.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A usage error: its sentence on stderr, the `fout` object on stdout, exit 2.
fn gebruiksfout(fout: Fout) -> ExitCode {
    // A closed pipe must not turn a usage error into a panic.
    let _ = writeln!(io::stderr(), "{}", fout.melding(inburgeringswijzer::i18n::Taal::Nl));
    let _ = writeln!(io::stdout(), "{}", fout.json_tekst());
    ExitCode::from(2)
}

/// `gemeente --controleer FILE`: every problem with its path, in Dutch, then a count.
fn gemeente_controleren(pad: &str) -> io::Result<ExitCode> {
    // A file that is not there is not a file with a mistake in it; broken JSON says where.
    let (meldingen, plek) = match std::fs::read_to_string(pad) {
        Ok(tekst) => match Json::lees_tekst_tot(&tekst) {
            Ok(json) => (Gemeente::controleer(&json), None),
            Err((fout, byte)) => {
                let plek = (fout.code() == "ongeldige_json").then(|| regel_en_kolom(&tekst, byte));
                (vec![fout], plek)
            }
        },
        Err(_) => (vec![Fout::new("", &opdrachtregel::BESTAND_ONTBREEKT)], None),
    };
    let stdout = io::stdout();
    let mut uit = BufWriter::new(stdout.lock());
    for fout in &meldingen {
        let veld = match (&plek, fout.veld.is_empty()) {
            (Some((regel, kolom)), true) => {
                let waar = [Waarde::Getal(*regel as i64), Waarde::Getal(*kolom as i64)];
                format!("(het hele bestand, {})", opdrachtregel::PLEK.vul(Taal::Nl, &waar))
            }
            (None, true) => "(het hele bestand)".to_owned(),
            (_, false) => fout.veld.clone(),
        };
        writeln!(uit, "{veld}: {}", fout.melding(Taal::Nl))?;
    }
    match meldingen.len() {
        0 => writeln!(uit, "{pad}: geen problemen gevonden.")?,
        1 => writeln!(uit, "{pad}: 1 probleem.")?,
        n => writeln!(uit, "{pad}: {n} problemen.")?,
    }
    uit.flush()?;
    Ok(if meldingen.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) })
}

/// The line and column (from 1, in characters) of byte `byte` of `tekst`.
fn regel_en_kolom(tekst: &str, byte: usize) -> (usize, usize) {
    let voor = tekst.get(..byte.min(tekst.len())).unwrap_or(tekst);
    let begin = voor.rfind('\n').map_or(0, |i| i + 1);
    (voor.matches('\n').count() + 1, voor[begin..].chars().count() + 1)
}

/// `controle --op YYYY-MM-DD`: the date, or the `fout` for a missing or impossible one.
fn lees_peildatum(args: &[String]) -> Result<chrono::NaiveDate, Fout> {
    match args {
        [optie, tekst] if optie == "--op" => {
            datum::lees(tekst).ok_or_else(|| Fout::new("--op", &fouten::ONGELDIGE_DATUM))
        }
        [] => Err(Fout::new("--op", &fouten::VERPLICHT)),
        [optie] if optie == "--op" => Err(Fout::new("--op", &fouten::VERPLICHT)),
        _ => Err(Fout::new("", &opdrachtregel::ONBEKEND_COMMANDO)),
    }
}

/// The staleness report: one line per row not checked within its term on `op`, then a count.
fn controle(op: chrono::NaiveDate, uit: &mut impl Write) -> io::Result<()> {
    let alle = alle_controles();
    let verouderd: Vec<_> = alle.iter().filter(|c| c.verouderd_op(op)).collect();
    let parameters = |rijen: &mut dyn Iterator<Item = &Controle>| rijen.map(|c| c.naam).collect::<BTreeSet<_>>().len();
    writeln!(
        uit,
        "Controle van de regelgegevens op {op}: termijn {CONTROLE_TERMIJN_DAGEN} dagen, \
         {CONTROLE_TERMIJN_VLUCHTIG_DAGEN} dagen voor vluchtige waarden (normen, grenzen)."
    )?;
    if !verouderd.is_empty() {
        let breedte = verouderd.iter().map(|c| c.naam.len()).max().unwrap_or(0).max("parameter".len());
        writeln!(uit)?;
        writeln!(
            uit,
            "{:breedte$}  {:10}  {:11}  {:13}  {:>13}  herkomst",
            "parameter", "vanaf", "zekerheid", "gecontroleerd", "dagen te laat"
        )?;
        for c in &verouderd {
            writeln!(
                uit,
                "{:breedte$}  {:10}  {:11}  {:13}  {:>13}  {}",
                c.naam,
                c.vanaf.to_string(),
                c.zekerheid.code(),
                c.gecontroleerd.to_string(),
                c.dagen_te_laat(op),
                c.herkomst
            )?;
        }
        writeln!(uit)?;
    }
    writeln!(
        uit,
        "{} van {} rijen niet op tijd gecontroleerd ({} van {} parameters).",
        verouderd.len(),
        alle.len(),
        parameters(&mut verouderd.iter().copied()),
        parameters(&mut alle.iter())
    )?;
    // Known coming changes without a confirmed row: due ones first, marked, so a maintainer sees
    // what to read before the date passes. A report like the rest, never a failure.
    let komend = open_aankondigingen();
    writeln!(uit)?;
    writeln!(uit, "Aangekondigde wijzigingen zonder bevestigde rij: {}.", komend.len())?;
    if !komend.is_empty() {
        writeln!(uit, "{:10}  {:10}  {:10}  parameter: wat", "bekend op", "", "vanaf")?;
    }
    for a in &komend {
        let wanneer = if a.bekend < op { "te laat" } else { "komend" };
        writeln!(
            uit,
            "{:10}  {:10}  {:10}  {}: {}",
            a.bekend.to_string(),
            wanneer,
            a.per.to_string(),
            a.parameter,
            a.wat
        )?;
    }
    Ok(())
}

/// `talenpakketten DIR`: each language but Dutch as a pack of its own, for the browser's module.
fn talenpakketten(map: &str) -> io::Result<ExitCode> {
    for taal in &Taal::ALLE[1..] {
        let bestand = std::path::Path::new(map).join(format!("inburgering-wijzer.{}.bin", taal.code()));
        std::fs::write(&bestand, pakket::maak(*taal, &TALENPAKKET))?;
        writeln!(io::stdout(), "{}", bestand.display())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `po export DIR` and `po import FILE`; `None` for any other arguments.
fn po_opdracht(args: &[String]) -> Option<io::Result<ExitCode>> {
    let [opdracht, pad] = args else { return None };
    Some(match opdracht.as_str() {
        "export" => Taal::ALLE
            .into_iter()
            .try_for_each(|taal| {
                let bestand = std::path::Path::new(pad).join(format!("{}.po", taal.code()));
                std::fs::write(&bestand, po::exporteer(taal))?;
                writeln!(io::stdout(), "{}", bestand.display())
            })
            .map(|()| ExitCode::SUCCESS),
        "import" => po_import(pad),
        _ => return None,
    })
}

/// Checks a PO file and writes its corrections into the source files of the tables.
fn po_import(pad: &str) -> io::Result<ExitCode> {
    let (taal, correcties) = match po::importeer(&std::fs::read_to_string(pad)?) {
        Ok(gelezen) => gelezen,
        Err(bevindingen) => {
            for bevinding in bevindingen {
                writeln!(io::stderr(), "{pad}: {bevinding}")?;
            }
            return Ok(ExitCode::from(2));
        }
    };
    for (tabel, _, bestand) in alle_tabellen() {
        let hier: Vec<_> = correcties.iter().filter(|c| c.tabel == tabel).collect();
        if hier.is_empty() {
            continue;
        }
        let mut bron = std::fs::read_to_string(bestand)?;
        for correctie in hier {
            bron = po::herschrijf(&bron, correctie.tekst.code, taal, &correctie.nieuw).ok_or_else(|| {
                io::Error::other(format!("{bestand}: no sentence {} to correct", correctie.tekst.code))
            })?;
        }
        std::fs::write(bestand, bron)?;
    }
    writeln!(io::stdout(), "{} zinnen bijgewerkt ({}).", correcties.len(), taal.code())?;
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let uitkomst = if args.first().is_some_and(|a| a == "po") {
        match po_opdracht(&args[1..]) {
            Some(uitkomst) => uitkomst,
            None => return gebruiksfout(Fout::new("", &opdrachtregel::ONBEKEND_COMMANDO)),
        }
    } else if args.first().is_some_and(|a| a == "controle") {
        match lees_peildatum(&args[1..]) {
            Ok(op) => {
                let stdout = io::stdout();
                let mut uit = BufWriter::new(stdout.lock());
                controle(op, &mut uit).and_then(|()| uit.flush()).map(|()| ExitCode::SUCCESS)
            }
            Err(fout) => return gebruiksfout(fout),
        }
    } else if args.first().is_some_and(|a| a == "werklijst") {
        match lees_werklijst_aanroep(&args[1..]) {
            Ok((gemeente, op)) => werklijst(gemeente, op),
            Err(fout) => return gebruiksfout(fout),
        }
    } else if args.first().is_some_and(|a| a == "talenpakketten") {
        match &args[1..] {
            [map] => talenpakketten(map),
            _ => return gebruiksfout(Fout::new("", &opdrachtregel::ONBEKEND_COMMANDO)),
        }
    } else if args.first().is_some_and(|a| a == "gemeente") {
        match &args[1..] {
            [optie, pad] if optie == "--controleer" => gemeente_controleren(pad),
            _ => return gebruiksfout(Fout::new("", &opdrachtregel::ONBEKEND_COMMANDO)),
        }
    } else {
        let Some(aanroep) = lees_aanroep(&args) else {
            return gebruiksfout(Fout::new("", &opdrachtregel::ONBEKEND_COMMANDO));
        };
        voer_uit(&aanroep)
    };
    match uitkomst {
        Ok(code) => code,
        // A closed stdout (`wijzer … | head`) is not an error of the input.
        Err(fout) if fout.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(fout) => {
            let _ = writeln!(io::stderr(), "wijzer: {fout}");
            ExitCode::FAILURE
        }
    }
}
