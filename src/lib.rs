//! Inburgeringswijzer: route advice under the Wet inburgering 2021 and the ontzorgen budget
//! (Participatiewet art. 56a), computed on the resident's own device.
//!
//! Two layers. Everything that decides lives in [`engine`] and [`i18n`]: plain Rust that runs
//! natively under `cargo test`. The browser shell in `web` only renders and forwards.

/// Money and dates: below both the rules and the sentences.
pub mod basis;
/// The rules core: input validation, the law as dated data, route advice and the budget.
pub mod engine;
/// Every user-facing sentence in every language, and dates and amounts formatted per language.
pub mod i18n;

/// The browser shell: wasm-bindgen exports and the `<inburgering-wijzer>` element. Only its
/// form model compiles natively (for its tests); everything touching the DOM is wasm-only.
pub mod web;

/// Every sentence table with its source file, the sentences' own and the widget's: for the
/// completeness test, the terminology check and the translators' PO round trip (`i18n::po`). It
/// sits at the crate root because the widget's labels live in the shell. A new table module is
/// added here.
pub fn alle_tabellen() -> Vec<(&'static str, &'static [&'static i18n::Tekst], &'static str)> {
    use i18n::{advies, caseload, fouten, ontzorgen, opdrachtregel, plan, termen, traject};
    vec![
        ("advies", advies::ALLE, advies::BESTAND),
        ("caseload", caseload::ALLE, caseload::BESTAND),
        ("fouten", fouten::ALLE, fouten::BESTAND),
        ("ontzorgen", ontzorgen::ALLE, ontzorgen::BESTAND),
        ("opdrachtregel", opdrachtregel::ALLE, opdrachtregel::BESTAND),
        ("plan", plan::ALLE, plan::BESTAND),
        ("traject", traject::ALLE, traject::BESTAND),
        ("termen", termen::ALLE, termen::BESTAND),
        ("termen_uitleg", termen::uitleg::ALLE, termen::uitleg::BESTAND),
        ("widget", web::teksten::ALLE, web::teksten::BESTAND),
    ]
}

/// The tables a language pack carries (`i18n::pakket`), in the pack's order: every table the
/// widget reads. The glossary's explanations (for translators), the command line's messages and
/// the caseload's (read natively until the browser's caseload view) stay out of the browser.
pub static TALENPAKKET: [&i18n::Tabel; 7] = [
    &i18n::advies::TABEL,
    &i18n::fouten::TABEL,
    &i18n::ontzorgen::TABEL,
    &i18n::plan::TABEL,
    &i18n::traject::TABEL,
    &i18n::termen::TABEL,
    &web::teksten::TABEL,
];

#[cfg(test)]
mod tests {
    use super::*;
    use i18n::{Taal, SCHEIDING};
    use std::collections::{BTreeSet, HashSet};

    fn plaatshouders(tekst: &str) -> BTreeSet<String> {
        tekst.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(p, _)| p.to_owned())).collect()
    }

    #[test]
    fn every_sentence_exists_in_every_language_with_the_same_placeholders() {
        let mut codes = HashSet::new();
        for (tabel, teksten, _) in alle_tabellen() {
            for taal in Taal::ALLE {
                let (zinnen, _) = teksten[0].tabel.zinnen(taal);
                assert_eq!(zinnen.matches(SCHEIDING).count(), teksten.len(), "{tabel}: a sentence holds the separator");
            }
            for tekst in teksten {
                assert!(codes.insert((tabel, tekst.code)), "code {} twice in {tabel}", tekst.code);
                let nl = plaatshouders(tekst.in_taal(Taal::Nl));
                for taal in Taal::ALLE {
                    let zin = tekst.in_taal(taal);
                    assert!(!zin.trim().is_empty(), "{tabel}.{} is empty in {}", tekst.code, taal.code());
                    assert_eq!(plaatshouders(zin), nl, "{tabel}.{} placeholders in {}", tekst.code, taal.code());
                    if taal != Taal::Nl && zin.chars().count() > 12 {
                        assert_ne!(
                            zin,
                            tekst.in_taal(Taal::Nl),
                            "{tabel}.{} is untranslated in {}",
                            tekst.code,
                            taal.code()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_language_pack_carries_every_table_the_widget_reads() {
        let in_pakket = |teksten: &[&i18n::Tekst]| TALENPAKKET.iter().any(|t| std::ptr::eq(*t, teksten[0].tabel));
        for (tabel, teksten, _) in alle_tabellen() {
            assert_eq!(in_pakket(teksten), !matches!(tabel, "termen_uitleg" | "opdrachtregel" | "caseload"), "{tabel}");
        }
        assert_eq!(TALENPAKKET.len(), alle_tabellen().len() - 3, "each table once");
    }

    #[test]
    fn stored_compactly_every_language_reads_as_written() {
        let titels =
            ["Inburgeringswijzer", "Integration guide", "دليل الاندماج", "መምርሒ ምውህሃድ", "Uyum rehberi", "راهنمای ادغام"];
        for (taal, titel) in Taal::ALLE.into_iter().zip(titels) {
            assert_eq!(web::teksten::TITEL.in_taal(taal), titel);
        }
    }
}
