//! A translator's round trip: every sentence out to gettext PO, one file per language (the
//! Dutch as `msgid`, the table and code as `msgctxt`, the placeholders explained in a
//! translator comment), and corrections back into the `teksten!` tables of the source. A
//! translation agency works in its own tools; a gemeente can correct a word without reading
//! Rust. An import is refused as a whole when a sentence would lose or gain a placeholder or
//! leave the terminology of [`super::termen`]. An entry flagged `#, fuzzy` is a translator's
//! draft, not a correction: the import leaves it out, as `msgfmt` does.
//!
//! Used by `wijzer po export DIR` and `wijzer po import FILE`; never by the browser.

use super::{termen, Taal, Tekst};
use crate::i18n::alle_tabellen;

/// A PO string: quoted, with `\`, `"` and newlines escaped.
fn citeer(tekst: &str) -> String {
    let mut uit = String::from("\"");
    for c in tekst.chars() {
        match c {
            '\\' => uit.push_str("\\\\"),
            '"' => uit.push_str("\\\""),
            '\n' => uit.push_str("\\n"),
            '\t' => uit.push_str("\\t"),
            _ => uit.push(c),
        }
    }
    uit.push('"');
    uit
}

/// The placeholders of a sentence, in order of number: `{0}`, `{1}`, …
fn plaatshouders(tekst: &str) -> Vec<String> {
    let mut lijst: Vec<String> =
        tekst.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(p, _)| format!("{{{p}}}"))).collect();
    lijst.sort();
    lijst
}

/// Languages that want a native reviewer before their texts are trusted.
fn wil_moedertaalspreker(taal: Taal) -> Option<&'static str> {
    match taal {
        Taal::Ti => Some("Tigrinya: reviewed by a non-native reader only; wants a native Tigrinya reviewer."),
        Taal::Fa => Some("Persian: Iranian Persian; wants a native reviewer, and one for Dari (Afghan readers)."),
        _ => None,
    }
}

/// Every sentence of every table as one PO file for `taal` (for `nl` the msgstr is the Dutch
/// itself, so a gemeente can correct the source the same way).
pub fn exporteer(taal: Taal) -> String {
    let mut uit = String::new();
    uit.push_str("# Inburgeringswijzer: the sentences of the widget, the advice and the budget.\n");
    uit.push_str(
        "# Keep every {0}, {1}, ... exactly once: the program fills them in. Import: wijzer po import FILE.\n",
    );
    if let Some(opmerking) = wil_moedertaalspreker(taal) {
        uit.push_str(&format!("# {opmerking}\n"));
    }
    // The revision date stays gettext's placeholder until the translator's editor saves the
    // file: the export reads no clock.
    uit.push_str("msgid \"\"\nmsgstr \"\"\n");
    uit.push_str(&format!("\"Project-Id-Version: inburgeringswijzer {}\\n\"\n", env!("CARGO_PKG_VERSION")));
    uit.push_str("\"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n\"\n\"Last-Translator: wijzer po export\\n\"\n");
    uit.push_str(&format!("\"Language-Team: none\\n\"\n\"Language: {}\\n\"\n", taal.code()));
    uit.push_str("\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n");
    for (tabel, teksten, _) in alle_tabellen() {
        for tekst in teksten {
            let nl = tekst.in_taal(Taal::Nl);
            uit.push('\n');
            let plekken = plaatshouders(nl);
            if !plekken.is_empty() {
                uit.push_str(&format!(
                    "#. {}: filled in by the program (a date, an amount, a number or a translated word, as the Dutch shows). Keep each once; the order may change.\n",
                    plekken.join(", ")
                ));
            }
            uit.push_str(&format!(
                "msgctxt {}\nmsgid {}\nmsgstr {}\n",
                citeer(&format!("{tabel}.{}", tekst.code)),
                citeer(nl),
                citeer(tekst.in_taal(taal))
            ));
        }
    }
    uit
}

/// One translated sentence read from a PO file.
#[derive(Debug, PartialEq)]
pub struct Correctie {
    pub tabel: &'static str,
    pub tekst: &'static Tekst,
    pub nieuw: String,
}

/// Reads a quoted PO string (after its keyword) and returns its text.
fn ontcijfer(regel: &str) -> Result<String, String> {
    let binnen = regel
        .trim()
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .ok_or_else(|| format!("not a quoted string: {regel}"))?;
    let mut uit = String::new();
    let mut tekens = binnen.chars();
    while let Some(c) = tekens.next() {
        if c != '\\' {
            uit.push(c);
            continue;
        }
        match tekens.next() {
            Some('n') => uit.push('\n'),
            Some('t') => uit.push('\t'),
            Some(c @ ('\\' | '"')) => uit.push(c),
            _ => return Err(format!("unknown escape in {regel}")),
        }
    }
    Ok(uit)
}

/// The language and the entries (msgctxt, msgid, msgstr) of a PO file, without the fuzzy ones.
fn lees(po: &str) -> Result<(Taal, Vec<[String; 3]>), String> {
    // Each keyword with its string; a line that is only a string continues the one before; a
    // `#, fuzzy` flag becomes a field of its own before the entry it flags.
    let mut velden: Vec<(&str, String)> = Vec::new();
    for regel in po.lines().map(str::trim).filter(|r| !r.is_empty()) {
        if let Some(vlaggen) = regel.strip_prefix("#,") {
            if vlaggen.split(',').any(|v| v.trim() == "fuzzy") {
                velden.push(("fuzzy", String::new()));
            }
            continue;
        }
        if regel.starts_with('#') {
            continue;
        }
        match regel.split_once(' ') {
            Some((veld @ ("msgctxt" | "msgid" | "msgstr"), rest)) => velden.push((veld, ontcijfer(rest)?)),
            _ if regel.starts_with('"') => {
                let vervolg = ontcijfer(regel)?;
                velden.last_mut().ok_or("a string before any keyword")?.1.push_str(&vervolg);
            }
            _ => return Err(format!("cannot read: {regel}")),
        }
    }
    let (mut taal, mut items, mut ctxt, mut vaag) = (None, Vec::new(), None, false);
    let mut velden = velden.into_iter();
    while let Some((veld, waarde)) = velden.next() {
        match veld {
            "fuzzy" => vaag = true,
            "msgctxt" => ctxt = Some(waarde),
            "msgid" => {
                let Some(("msgstr", msgstr)) = velden.next() else { return Err(format!("no msgstr after {waarde}")) };
                // A fuzzy header still names the language.
                let voorlopig = std::mem::take(&mut vaag);
                match ctxt.take() {
                    Some(_) if voorlopig => {}
                    Some(c) => items.push([c, waarde, msgstr]),
                    None if waarde.is_empty() => {
                        taal = msgstr.lines().find_map(|r| r.strip_prefix("Language: ")).map(|c| c.trim().to_owned())
                    }
                    None => return Err(format!("no msgctxt for {waarde}")),
                }
            }
            _ => return Err(format!("{veld} out of place")),
        }
    }
    let code = taal.ok_or("the header names no Language")?;
    let taal = Taal::ALLE.into_iter().find(|t| t.code() == code).ok_or_else(|| format!("unknown language {code}"))?;
    Ok((taal, items))
}

/// Reads a PO file and checks every sentence that changed: the entry exists, the Dutch it was
/// translated from is still the Dutch, no placeholder is lost or added, and the terminology
/// holds (for Dutch corrections: against every translation). All findings, or the changes.
pub fn importeer(po: &str) -> Result<(Taal, Vec<Correctie>), Vec<String>> {
    let (taal, items) = lees(po).map_err(|fout| vec![fout])?;
    let mut correcties = Vec::new();
    let mut bevindingen = Vec::new();
    for [ctxt, msgid, msgstr] in items {
        let gevonden = alle_tabellen().into_iter().find_map(|(tabel, teksten, _)| {
            let code = ctxt.strip_prefix(tabel)?.strip_prefix('.')?;
            teksten.iter().find(|t| t.code == code).map(|t| (tabel, *t))
        });
        let Some((tabel, tekst)) = gevonden else {
            bevindingen.push(format!("{ctxt}: no such sentence"));
            continue;
        };
        let nl = tekst.in_taal(Taal::Nl);
        if msgid != nl {
            bevindingen.push(format!("{ctxt}: translated from an older Dutch sentence; export again"));
            continue;
        }
        if msgstr.is_empty() || msgstr == tekst.in_taal(taal) {
            continue;
        }
        if plaatshouders(&msgstr) != plaatshouders(nl) {
            bevindingen.push(format!(
                "{ctxt}: placeholders {:?}, the Dutch has {:?}",
                plaatshouders(&msgstr),
                plaatshouders(nl)
            ));
        }
        if msgstr.contains(['\u{1e}', '\u{1f}']) {
            bevindingen.push(format!("{ctxt}: holds a control character"));
        }
        let termen = if taal == Taal::Nl {
            Taal::ALLE.into_iter().flat_map(|t| termen::controleer(&msgstr, t, tekst.in_taal(t))).collect::<Vec<_>>()
        } else {
            termen::controleer(nl, taal, &msgstr)
        };
        bevindingen.extend(termen.into_iter().map(|b| format!("{ctxt}: {b}")));
        correcties.push(Correctie { tabel, tekst, nieuw: msgstr });
    }
    if bevindingen.is_empty() {
        Ok((taal, correcties))
    } else {
        Err(bevindingen)
    }
}

/// A Rust string literal's content for `tekst` (isolates and separators as `\u{…}`).
fn rust_letterlijk(tekst: &str) -> String {
    let mut uit = String::new();
    for c in tekst.chars() {
        match c {
            '\\' => uit.push_str("\\\\"),
            '"' => uit.push_str("\\\""),
            '\n' => uit.push_str("\\n"),
            '\u{2066}'..='\u{2069}' | '\u{0}'..='\u{1f}' => uit.push_str(&format!("\\u{{{:x}}}", c as u32)),
            _ => uit.push(c),
        }
    }
    uit
}

/// `bron` (the source of a `teksten!` table) with the sentence `code` in `taal` replaced by
/// `nieuw`; `None` when the sentence is not found there.
pub fn herschrijf(bron: &str, code: &str, taal: Taal, nieuw: &str) -> Option<String> {
    let blok = bron.find(&format!(" = \"{code}\" {{"))?;
    let sleutel = format!("{}: \"", taal.code());
    let begin = blok + bron[blok..].find(&sleutel)? + sleutel.len();
    let mut einde = begin;
    let mut tekens = bron[begin..].char_indices();
    while let Some((i, c)) = tekens.next() {
        match c {
            '\\' => {
                tekens.next();
            }
            '"' => {
                einde = begin + i;
                break;
            }
            _ => {}
        }
    }
    Some(format!("{}{}{}", &bron[..begin], rust_letterlijk(nieuw), &bron[einde..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::advies;

    fn vervang_msgstr(po: &str, ctxt: &str, nieuw: &str) -> String {
        let mut uit = String::new();
        let mut hier = false;
        for regel in po.lines() {
            if regel.starts_with("msgctxt ") {
                hier = regel == format!("msgctxt \"{ctxt}\"");
            }
            if hier && regel.starts_with("msgstr ") {
                uit.push_str(&format!("msgstr {}\n", citeer(nieuw)));
            } else {
                uit.push_str(regel);
                uit.push('\n');
            }
        }
        uit
    }

    #[test]
    fn every_language_goes_out_and_comes_back_unchanged() {
        let totaal: usize = alle_tabellen().iter().map(|(_, t, _)| t.len()).sum();
        for taal in Taal::ALLE {
            let po = exporteer(taal);
            assert_eq!(po.matches("\nmsgctxt ").count(), totaal);
            let (gelezen, correcties) = importeer(&po).unwrap();
            assert_eq!(gelezen, taal);
            assert_eq!(correcties, [], "{}", taal.code());
        }
        assert!(exporteer(Taal::Ti).contains("wants a native Tigrinya reviewer"));
        assert!(exporteer(Taal::Fa).contains("Dari"));
        assert!(exporteer(Taal::En).contains("#. {0}, {1}: filled in by the program"));
    }

    #[test]
    fn a_correction_comes_back_into_the_source_literal() {
        let po = vervang_msgstr(
            &exporteer(Taal::En),
            "advies.aow_bereikt",
            "You reached \"AOW\" age on {0}. You do not have to integrate (any more).",
        );
        let (taal, correcties) = importeer(&po).unwrap();
        assert_eq!(correcties.len(), 1);
        let bron = include_str!("advies.rs");
        let nieuw = herschrijf(bron, correcties[0].tekst.code, taal, &correcties[0].nieuw).unwrap();
        assert!(nieuw.contains("en: \"You reached \\\"AOW\\\" age on {0}. You do not have to integrate (any more).\","));
        let terug = herschrijf(&nieuw, "aow_bereikt", taal, advies::AOW_BEREIKT.in_taal(Taal::En));
        assert_eq!(terug.as_deref(), Some(bron), "only that literal changed");
        assert_eq!(herschrijf(bron, "bestaat_niet", taal, "x"), None);
    }

    #[test]
    fn a_lost_or_added_placeholder_or_a_term_leaving_the_table_is_refused() {
        let en = exporteer(Taal::En);
        let kwijt = vervang_msgstr(
            &en,
            "advies.aow_bereikt",
            "You reached the state pension age. You do not have to integrate.",
        );
        assert!(importeer(&kwijt).unwrap_err()[0].contains("placeholders"));
        let erbij = vervang_msgstr(&en, "advies.aow_bereikt", "On {0} you reached {1}. You do not have to integrate.");
        assert!(importeer(&erbij).is_err());
        let ar = vervang_msgstr(
            &exporteer(Taal::Ar),
            "advies.info_ontheffing",
            "عندها يمكنك طلب إعفاء من DUO بسبب مرض. لست ملزمًا بالاندماج.",
        );
        let fouten = importeer(&ar).unwrap_err();
        assert!(fouten.iter().any(|f| f.contains("ontheffing")), "{fouten:?}");
        let nl = vervang_msgstr(
            &exporteer(Taal::Nl),
            "advies.info_ontheffing",
            "Kunt u door ziekte niet inburgeren? Vraag DUO om vrijstelling.",
        );
        assert!(importeer(&nl).unwrap_err().iter().any(|f| f.contains("vrijstelling")));
        assert!(importeer("msgid \"\"\nmsgstr \"\"\n").is_err(), "no language");
    }

    #[test]
    fn a_fuzzy_entry_is_a_draft_and_not_imported() {
        let fuzzy = |po: &str| {
            po.replace("msgctxt \"advies.aow_bereikt\"", "#, fuzzy, c-format\nmsgctxt \"advies.aow_bereikt\"")
        };
        // A draft is neither imported nor checked.
        let ontwerp = vervang_msgstr(&exporteer(Taal::En), "advies.aow_bereikt", "Maybe AOW on {1}?");
        assert_eq!(importeer(&fuzzy(&ontwerp)).unwrap().1, []);
        let zin = "On {0} you reached AOW age, so you do not have to integrate.";
        let po = vervang_msgstr(&exporteer(Taal::En), "advies.aow_bereikt", zin);
        assert_eq!(importeer(&fuzzy(&po)).unwrap().1, []);
        // Without the flag it is a correction; a fuzzy header still names the language.
        let po = po.replacen("msgid \"\"", "#, fuzzy\nmsgid \"\"", 1);
        let (taal, correcties) = importeer(&po).unwrap();
        assert_eq!((taal, correcties.len()), (Taal::En, 1));
        assert_eq!(correcties[0].nieuw, zin);
    }

    /// GNU gettext's own check of every export (`msgfmt --check`: syntax, header and format
    /// strings). Its one remark allowed is the revision date a translator's editor fills in.
    #[test]
    fn msgfmt_accepts_every_export() {
        let map = std::env::temp_dir().join(format!("po-{}", std::process::id()));
        std::fs::create_dir_all(&map).unwrap();
        for taal in Taal::ALLE {
            let bestand = map.join(format!("{}.po", taal.code()));
            std::fs::write(&bestand, exporteer(taal)).unwrap();
            let uit = std::process::Command::new("msgfmt")
                .args(["--check", "--statistics", "-o", "/dev/null"])
                .arg(&bestand)
                .output()
                .expect("msgfmt (GNU gettext; tests/tools/setup.sh --test installs it)");
            let melding = String::from_utf8_lossy(&uit.stderr);
            assert!(uit.status.success(), "{melding}");
            let opmerkingen: Vec<&str> = melding
                .lines()
                .filter(|r| !r.contains("'PO-Revision-Date' still has the initial default value"))
                .collect();
            let totaal: usize = alle_tabellen().iter().map(|(_, t, _)| t.len()).sum();
            assert_eq!(opmerkingen, [format!("{totaal} translated messages.")], "{}", taal.code());
        }
        std::fs::remove_dir_all(map).unwrap();
    }
}
