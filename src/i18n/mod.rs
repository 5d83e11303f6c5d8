//! Every sentence a person reads, in six languages, as compile-time tables: a [`Tekst`] is a
//! struct with one field per language, so a missing translation does not compile. Dates and
//! amounts are formatted here too, because the browser's `Intl` lacks Tigrinya.
//!
//! Pure Rust, like the engine: the engine writes its Dutch `tekst`/`melding` from these same
//! tables, and the widget renders them in the reader's language.

/// The route advice's explanations, open questions, input errors and built-in offers.
pub mod advies;
/// The caseload: a client's next action in the klantmanager's words, and a file's problems.
pub mod caseload;
/// Sentences stored compactly, one byte for a frequent non-ASCII character.
pub mod compact;
mod formaat;
/// Validation messages, keyed by the stable error codes of the contract.
pub mod fouten;
/// The ontzorgen budget's explanations, warnings and input errors.
pub mod ontzorgen;
/// The command line's own messages (its usage), not in the widget's module.
pub mod opdrachtregel;
/// A language's sentences as a pack of their own, for the browser's module, which holds only
/// the Dutch.
pub mod pakket;
/// The exam planner: parts, lead times, costs, fines, extensions, naturalisation, the timeline.
pub mod plan;
/// The translator's round trip: every sentence to gettext PO and corrections back.
pub mod po;
/// One term per concept per language, the glossary, and the check that holds every sentence to it.
pub mod termen;
/// The gemeente's own traject, the contactkaart, and messages about a configuration.
pub mod traject;
/// The sentences of the `<inburgering-wijzer>` element: questions, answers, headings, buttons
/// and the labels of the result.
pub mod widget;

pub use formaat::{bedrag, datum, maandnaam};

use crate::basis::geld::Cent;
use chrono::NaiveDate;
use std::sync::OnceLock;

/// The languages the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Taal {
    Nl,
    En,
    Ar,
    Ti,
    Tr,
    Fa,
}

impl Taal {
    pub const ALLE: [Taal; 6] = [Taal::Nl, Taal::En, Taal::Ar, Taal::Ti, Taal::Tr, Taal::Fa];

    /// The BCP 47 code, as in the element's `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Taal::Nl => "nl",
            Taal::En => "en",
            Taal::Ar => "ar",
            Taal::Ti => "ti",
            Taal::Tr => "tr",
            Taal::Fa => "fa",
        }
    }

    /// The language's name in itself, as a person looks for it in a menu.
    pub fn eigen_naam(self) -> &'static str {
        match self {
            Taal::Nl => "Nederlands",
            Taal::En => "English",
            Taal::Ar => "العربية",
            Taal::Ti => "ትግርኛ",
            Taal::Tr => "Türkçe",
            Taal::Fa => "فارسی",
        }
    }

    /// `nl` for anything unknown, so a typo in an attribute still shows a working widget.
    pub fn uit_code(code: &str) -> Taal {
        let hoofd = code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Taal::ALLE.into_iter().find(|taal| taal.code() == hoofd).unwrap_or(Taal::Nl)
    }

    /// Arabic and Persian are written right to left.
    pub fn rechts_naar_links(self) -> bool {
        matches!(self, Taal::Ar | Taal::Fa)
    }
}

/// One sentence in every language. `{0}`, `{1}`, … are filled by [`Tekst::vul`].
pub struct Tekst {
    /// Stable code: the `regel` of an explanation, the `code` of an error.
    pub code: &'static str,
    /// The table that holds the sentence, and its place there.
    pub tabel: &'static Tabel,
    pub plaats: u16,
}

/// The sentences of one table module, one string per language. Keeping a language's sentences
/// together instead of a sentence's languages lets gzip work on one language at a time
/// (measured: 1.6 KB smaller gzip).
pub struct Tabel {
    /// Per language in [`Taal::ALLE`] order: the sentences as this build made them.
    pub talen: [Zinnen; 6],
    /// Per language: the sentences unpacked, and where each begins; made on first use, or when
    /// a language pack brings them ([`pakket`]).
    gelezen: [OnceLock<(String, Vec<u32>)>; 6],
}

/// One language's sentences of a table as this build made them: every sentence followed by
/// [`SCHEIDING`], in the [`compact`] form. Natively all six languages are compiled in; the
/// browser's release module (feature `talenpakketten`) holds only the Dutch bytes, and of the
/// other languages only their length and checksum, by which it checks a language pack.
#[derive(Clone, Copy)]
pub struct Zinnen {
    /// The compact sentences, or empty when this build leaves them to a language pack.
    pub compact: &'static [u8],
    pub lengte: usize,
    pub som: u64,
}

/// Ends each sentence inside [`Zinnen::compact`] (ASCII unit separator; no sentence holds it).
pub const SCHEIDING: char = '\u{1f}';

impl Tabel {
    pub const fn new(talen: [Zinnen; 6]) -> Tabel {
        Tabel { talen, gelezen: [const { OnceLock::new() }; 6] }
    }

    /// The sentences of `taal`, unpacked, and where each begins; the Dutch while `taal` is
    /// neither compiled in nor loaded from its pack.
    pub fn zinnen(&self, taal: Taal) -> &(String, Vec<u32>) {
        let plek = &self.gelezen[taal as usize];
        if let Some(zinnen) = plek.get() {
            return zinnen;
        }
        match self.talen[taal as usize].compact {
            [] => self.zinnen(Taal::Nl),
            compact => plek.get_or_init(|| uitgepakt(compact, taal)),
        }
    }

    /// Whether the sentences of `taal` can be read: compiled in, or loaded from its pack.
    pub fn heeft(&self, taal: Taal) -> bool {
        !self.talen[taal as usize].compact.is_empty() || self.gelezen[taal as usize].get().is_some()
    }

    /// The sentences of `taal` from a language pack, already checked against
    /// [`Zinnen::som`] ([`pakket::laad`]). A language that is already there stays as it is.
    fn laad(&self, taal: Taal, compact: &[u8]) {
        let _ = self.gelezen[taal as usize].set(uitgepakt(compact, taal));
    }
}

/// A language's compact sentences unpacked, and where each begins: the one way in, for the
/// sentences compiled in and those of a pack alike.
fn uitgepakt(compact: &[u8], taal: Taal) -> (String, Vec<u32>) {
    let zinnen = compact::uitpakken(compact, taal);
    let mut begin = vec![0];
    begin.extend(zinnen.match_indices(SCHEIDING).map(|(i, _)| i as u32 + 1));
    (zinnen, begin)
}

impl PartialEq for Tekst {
    fn eq(&self, ander: &Tekst) -> bool {
        std::ptr::eq(self.tabel, ander.tabel) && self.plaats == ander.plaats
    }
}

impl Eq for Tekst {}

impl std::fmt::Debug for Tekst {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.code)
    }
}

/// A value that goes into a sentence, formatted for the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Waarde {
    Datum(NaiveDate),
    Bedrag(Cent),
    Getal(i64),
    /// Text that is not translated: a gemeente's name, an amount's description.
    Letterlijk(String),
    /// A translated word or phrase.
    Tekst(&'static Tekst),
}

impl Tekst {
    pub fn in_taal(&self, taal: Taal) -> &'static str {
        let (zinnen, begin) = self.tabel.zinnen(taal);
        let plaats = self.plaats as usize;
        match (begin.get(plaats), begin.get(plaats + 1)) {
            (Some(&van), Some(&tot)) => zinnen.get(van as usize..tot as usize - 1).unwrap_or_default(),
            _ => "",
        }
    }

    /// The sentence in `taal` with `{i}` replaced by `waarden[i]`.
    pub fn vul(&self, taal: Taal, waarden: &[Waarde]) -> String {
        let mut uit = String::with_capacity(self.in_taal(taal).len() + 16);
        self.vul_in(&mut uit, taal, waarden);
        uit
    }

    /// [`Tekst::vul`], appended to `uit` (results write the sentence straight into their JSON).
    pub fn vul_in(&self, uit: &mut String, taal: Taal, waarden: &[Waarde]) {
        let mut rest = self.in_taal(taal);
        while let Some((voor, na)) = rest.split_once('{') {
            uit.push_str(voor);
            match na.split_once('}').and_then(|(index, achter)| Some((index.parse::<usize>().ok()?, achter))) {
                Some((index, achter)) => {
                    if let Some(waarde) = waarden.get(index) {
                        schrijf(uit, taal, waarde);
                    }
                    rest = achter;
                }
                None => {
                    uit.push('{');
                    rest = na;
                }
            }
        }
        uit.push_str(rest);
    }
}

fn schrijf(uit: &mut String, taal: Taal, waarde: &Waarde) {
    match waarde {
        Waarde::Datum(d) => uit.push_str(&datum(taal, *d)),
        Waarde::Bedrag(c) => uit.push_str(&bedrag(taal, *c)),
        Waarde::Getal(g) => uit.push_str(&g.to_string()),
        Waarde::Letterlijk(t) => uit.push_str(t),
        Waarde::Tekst(t) => uit.push_str(t.in_taal(taal)),
    }
}

/// Declares `pub const NAME: Tekst` items and `pub const ALLE: &[&Tekst]` listing them, so the
/// completeness test sees every sentence.
#[macro_export]
macro_rules! teksten {
    ($($naam:ident = $code:literal {
        nl: $nl:literal, en: $en:literal, ar: $ar:literal, ti: $ti:literal, tr: $tr:literal, fa: $fa:literal $(,)?
    })*) => {
        /// Each sentence's place in [`TABEL`].
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum Plaats { $($naam),* }

        /// This module's sentences, one string per language.
        pub static TABEL: $crate::i18n::Tabel = $crate::i18n::Tabel::new([
            $crate::compact_zinnen!(Nl, $($nl),*),
            $crate::compact_zinnen!(En, $($en),*),
            $crate::compact_zinnen!(Ar, $($ar),*),
            $crate::compact_zinnen!(Ti, $($ti),*),
            $crate::compact_zinnen!(Tr, $($tr),*),
            $crate::compact_zinnen!(Fa, $($fa),*),
        ]);

        $(pub const $naam: $crate::i18n::Tekst =
            $crate::i18n::Tekst { code: $code, tabel: &TABEL, plaats: Plaats::$naam as u16 };)*
        /// Every sentence of this table, for the completeness test.
        pub const ALLE: &[&$crate::i18n::Tekst] = &[$(&$naam),*];
        /// The source file of this table, where `wijzer po import` writes corrections.
        pub const BESTAND: &str = file!();
    };
}

/// One language's sentences of a table, each followed by [`SCHEIDING`], in the [`compact`] form,
/// with their length and checksum. With the feature `talenpakketten` (the browser's release
/// module) a language other than Dutch keeps only those two: its bytes come in its pack.
#[macro_export]
macro_rules! compact_zinnen {
    ($taal:ident, $($zin:literal),*) => {{
        const ZINNEN: &str = concat!($($zin, "\u{1f}"),*);
        const LENGTE: usize = $crate::i18n::compact::lengte(ZINNEN, $crate::i18n::Taal::$taal);
        const COMPACT: [u8; LENGTE] = $crate::i18n::compact::compact(ZINNEN, $crate::i18n::Taal::$taal);
        const IN_PAKKET: bool = cfg!(feature = "talenpakketten") && !matches!($crate::i18n::Taal::$taal, $crate::i18n::Taal::Nl);
        $crate::i18n::Zinnen {
            compact: if IN_PAKKET { &[] } else { &COMPACT },
            lengte: LENGTE,
            som: $crate::i18n::compact::som(&COMPACT),
        }
    }};
}

/// Every sentence table with its source file, the sentences' own and the widget's: for the
/// completeness test, the terminology check and the translators' PO round trip (`i18n::po`). A new
/// table module is added here.
pub fn alle_tabellen() -> Vec<(&'static str, &'static [&'static Tekst], &'static str)> {
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
        ("widget", widget::ALLE, widget::BESTAND),
    ]
}

/// The tables a language pack carries (`i18n::pakket`), in the pack's order: every table the
/// widget reads. The glossary's explanations (for translators), the command line's messages and
/// the caseload's (read natively until the browser's caseload view) stay out of the browser.
pub static TALENPAKKET: [&Tabel; 7] =
    [&advies::TABEL, &fouten::TABEL, &ontzorgen::TABEL, &plan::TABEL, &traject::TABEL, &termen::TABEL, &widget::TABEL];

#[cfg(test)]
mod tests {
    use super::*;
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
        let in_pakket = |teksten: &[&Tekst]| TALENPAKKET.iter().any(|t| std::ptr::eq(*t, teksten[0].tabel));
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
            assert_eq!(widget::TITEL.in_taal(taal), titel);
        }
    }

    /// Every sentence of every table in every language, with where it comes from.
    fn alle_zinnen() -> Vec<(String, Taal, &'static str)> {
        let mut zinnen = Vec::new();
        for (tabel, teksten, _) in alle_tabellen() {
            for tekst in teksten {
                for taal in Taal::ALLE {
                    zinnen.push((format!("{tabel}.{} [{}]", tekst.code, taal.code()), taal, tekst.in_taal(taal)));
                }
            }
        }
        zinnen
    }

    #[test]
    fn no_two_numbers_stand_side_by_side() {
        // A placeholder is a number, a date or an amount; a date ends and begins with digits.
        let getal = |w: &str| w.starts_with('{') || w.starts_with(|c: char| c.is_ascii_digit());
        let eind = |w: &str| w.ends_with('}') || w.ends_with(|c: char| c.is_ascii_digit());
        for (waar, _, zin) in alle_zinnen() {
            let woorden: Vec<&str> = zin.split_whitespace().collect();
            for paar in woorden.windows(2) {
                assert!(!(eind(paar[0]) && getal(paar[1])), "{waar}: \"{} {}\" in {zin}", paar[0], paar[1]);
            }
        }
        assert!(!eind("40") || getal("{0}"), "the check itself");
    }

    #[test]
    fn digits_are_western_in_every_language() {
        for (waar, _, zin) in alle_zinnen() {
            assert!(
                !zin.chars().any(|c| ('\u{660}'..='\u{669}').contains(&c) || ('\u{6f0}'..='\u{6f9}').contains(&c)),
                "{waar}: {zin}"
            );
        }
    }

    /// Where right-to-left text would reorder a Latin fragment or a formula: a colon touching a
    /// Latin letter ("https:"), a dot before one (".ics", "file.json"), or a formula sign, outside
    /// a Unicode isolate.
    fn kaal_fragment(zin: &str) -> Option<usize> {
        let tekens: Vec<char> = zin.chars().collect();
        let mut diepte = 0;
        for (i, &c) in tekens.iter().enumerate() {
            match c {
                '\u{2066}' | '\u{2067}' | '\u{2068}' => diepte += 1,
                '\u{2069}' => diepte -= 1,
                _ if diepte > 0 => {}
                ':' | '.' => {
                    let latijn = |j: Option<&char>| j.is_some_and(|c| c.is_ascii_alphabetic());
                    let voor = latijn(i.checked_sub(1).and_then(|j| tekens.get(j)));
                    if latijn(tekens.get(i + 1)) || (c == ':' && voor) {
                        return Some(i);
                    }
                }
                '×' | '%' | '/' | '+' | '=' => return Some(i),
                _ => {}
            }
        }
        None
    }

    #[test]
    fn latin_fragments_and_formulas_are_isolated_in_right_to_left_sentences() {
        for (waar, taal, zin) in alle_zinnen() {
            if taal.rechts_naar_links() {
                assert_eq!(kaal_fragment(zin), None, "{waar}: {zin}");
            }
        }
        assert_eq!(kaal_fragment("في تقويمي (.ics)"), Some(11));
        assert_eq!(kaal_fragment("يبدأ بـ https: أو"), Some(13));
        assert_eq!(kaal_fragment("هو المبلغ × 12 / 52"), Some(10));
        assert_eq!(kaal_fragment("في \u{2066}(.ics) × 12 / 52, https:\u{2069} وONA."), None);
    }

    mod voorbeeld {
        crate::teksten! {
            EERSTE = "eerste" { nl: "Een", en: "One", ar: "واحد", ti: "ሓደ", tr: "Bir", fa: "یک" }
            UITERLIJK = "t" {
                nl: "Uiterlijk {0}: {1}.", en: "By {0}: {1}.", ar: "{0} {1}", ti: "{0} {1}", tr: "{0} {1}", fa: "{0} {1}",
            }
        }
    }

    #[test]
    fn a_sentence_is_found_by_its_place_in_every_language() {
        assert_eq!(voorbeeld::EERSTE.in_taal(Taal::Ti), "ሓደ");
        assert_eq!(voorbeeld::UITERLIJK.in_taal(Taal::En), "By {0}: {1}.");
        assert_eq!(voorbeeld::UITERLIJK.in_taal(Taal::Fa), "{0} {1}");
        assert_ne!(voorbeeld::EERSTE, voorbeeld::UITERLIJK);
        assert_eq!(voorbeeld::ALLE, [&voorbeeld::EERSTE, &voorbeeld::UITERLIJK]);
        assert_eq!(voorbeeld::BESTAND, "src/i18n/mod.rs", "where `wijzer po import` writes");
    }

    #[test]
    fn vul_fills_placeholders_in_the_readers_language() {
        let tekst = &voorbeeld::UITERLIJK;
        let waarden = [Waarde::Datum(crate::basis::datum::dag(2026, 5, 18)), Waarde::Bedrag(121_964)];
        assert_eq!(tekst.vul(Taal::Nl, &waarden), "Uiterlijk 18 mei 2026: € 1.219,64.");
        assert_eq!(tekst.vul(Taal::En, &waarden), "By 18 May 2026: €1,219.64.");
    }

    #[test]
    fn unknown_language_codes_fall_back_to_dutch() {
        assert_eq!(Taal::uit_code("ar-SY"), Taal::Ar);
        assert_eq!(Taal::uit_code("FA"), Taal::Fa);
        assert_eq!(Taal::uit_code("xx"), Taal::Nl);
        assert_eq!(Taal::uit_code(""), Taal::Nl);
    }
}
