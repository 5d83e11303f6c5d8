//! The element's DOM work as a list of operations, written here and applied by the loader
//! script (`toepassen` in `www/inburgering-wijzer.js`) in one call per event: one string across
//! the boundary instead of a call per node, and no DOM bindings in the module (measured in
//! docs/metingen.md). An operation can only create an element, set or remove an
//! attribute, or add text as a text node: there is no way to insert HTML.
//!
//! Plain Rust, so its tests run natively.

use std::cell::RefCell;

/// Ends an operation (ASCII record separator).
const RECORD: char = '\u{1e}';
/// Ends a field inside an operation (ASCII unit separator).
const VELD: char = '\u{1f}';

thread_local! {
    /// The operations written since the last [`neem`], and the number of elements created.
    static OPDRACHTEN: RefCell<(String, u32)> = const { RefCell::new((String::new(), 0)) };
}

/// The bilingual view (`tweetalig.rs`): while the Dutch twin of a part is drawn, its texts
/// are collected; while the part is then drawn in the reader's language, each text gets the
/// Dutch text written at the same place under it.
enum Naast {
    Uit,
    Opnemen(Vec<String>),
    Toevoegen(std::vec::IntoIter<String>),
}

thread_local! {
    /// Changed only with `replace` (size: one accessor, docs/stijl.md).
    static NAAST: RefCell<Naast> = const { RefCell::new(Naast::Uit) };
}

/// Runs `teken` and gives back the texts it wrote, in order, leaving no operation behind.
pub fn teksten_van(teken: impl FnOnce()) -> Vec<String> {
    let (lengte, aantal) = OPDRACHTEN.with_borrow(|(uit, aantal)| (uit.len(), *aantal));
    NAAST.replace(Naast::Opnemen(Vec::new()));
    teken();
    let teksten = match NAAST.replace(Naast::Uit) {
        Naast::Opnemen(teksten) => teksten,
        _ => Vec::new(),
    };
    OPDRACHTEN.with_borrow_mut(|(uit, n)| {
        uit.truncate(lengte);
        *n = aantal;
    });
    teksten
}

/// Runs `teken`; under each text it writes goes the text at the same place in `originelen`
/// (in a `<span class="nl" lang="nl">`), unless that is the same or holds no letter (an amount;
/// the Dutch is written in ASCII letters, so no Unicode tables are needed). The two renders
/// must pair up text for text: in a debug build one that writes a text more or less panics.
pub fn met_originelen<T>(originelen: Vec<String>, teken: impl FnOnce() -> T) -> T {
    NAAST.replace(Naast::Toevoegen(originelen.into_iter()));
    let uit = teken();
    let rest = NAAST.replace(Naast::Uit);
    debug_assert!(
        matches!(&rest, Naast::Toevoegen(over) if over.len() == 0),
        "the Dutch render wrote more texts than the reader's"
    );
    uit
}

/// Writes one operation: its letter and its fields. A separator inside a value (typed, or from
/// a configuration) would split it, so it shows as U+FFFD; the answers keep the original.
fn schrijf(letter: char, velden: &[&str]) {
    OPDRACHTEN.with_borrow_mut(|(uit, _)| {
        uit.push(letter);
        for veld in velden {
            uit.push(VELD);
            if veld.contains([RECORD, VELD]) {
                uit.push_str(&veld.replace([RECORD, VELD], "\u{fffd}"));
            } else {
                uit.push_str(veld);
            }
        }
        uit.push(RECORD);
    });
}

/// The operations written so far, for the loader to apply; starts a new list.
pub fn neem() -> String {
    OPDRACHTEN.with_borrow_mut(|(uit, aantal)| {
        *aantal = 0;
        std::mem::take(uit)
    })
}

/// An element with an `id`, in the shadow tree or made earlier in the same list;
/// `Plek::WORTEL` is the shadow root.
#[derive(Clone, Copy)]
pub struct Plek<'a>(&'a str);

impl<'a> Plek<'a> {
    pub const WORTEL: Plek<'static> = Plek("");

    pub fn id(id: &'a str) -> Plek<'a> {
        Plek(id)
    }

    /// The loader's reference: `#id`, or empty for the shadow root.
    fn verwijzing(self) -> String {
        if self.0.is_empty() {
            String::new()
        } else {
            format!("#{}", self.0)
        }
    }

    /// Removes every child and appends `kinderen`.
    pub fn vervang(self, kinderen: impl IntoIterator<Item = El>) {
        let plek = self.verwijzing();
        schrijf('r', &[&plek]);
        for kind in kinderen {
            schrijf('k', &[&plek, &kind.0]);
        }
    }

    /// Puts `element` in this one's place.
    pub fn vervang_door(self, element: El) {
        schrijf('w', &[&self.verwijzing(), &element.0]);
    }

    /// Sets or removes a boolean attribute such as `hidden`.
    pub fn zet(self, naam: &'static str, aan: bool) {
        if aan {
            schrijf('a', &[&self.verwijzing(), naam, ""]);
        } else {
            schrijf('d', &[&self.verwijzing(), naam]);
        }
    }

    /// Replaces the content by `tekst` (for a `textarea`: its value).
    pub fn tekst(self, tekst: &str) {
        schrijf('s', &[&self.verwijzing(), tekst]);
    }

    /// Ties the form controls inside (not the checkboxes) to the error with id `fout`, or
    /// unties them: `aria-invalid` and `aria-describedby`.
    pub fn markeer_velden(self, fout: Option<&str>) {
        schrijf('f', &[&self.verwijzing(), fout.unwrap_or_default()]);
    }
}

/// Asks the browser to print the page.
pub fn afdrukken() {
    schrijf('P', &[]);
}

/// Offers `inhoud` as a file download (on the person's own device only).
pub fn download(naam: &str, soort: &str, inhoud: &str) {
    schrijf('D', &[naam, soort, inhoud]);
}

/// Moves the focus to the element with this id (after a rebuild removed the focused one).
pub fn focus(id: &str) {
    schrijf('F', &[&Plek::id(id).verwijzing()]);
}

/// Selects the staff summary and copies it to the clipboard; the loader then reports
/// `actie("gekopieerd")`.
pub fn kopieer() {
    schrijf('C', &[]);
}

/// Asks the loader for `actie("verder")` once the page has had its turn: a caseload file is read
/// in parts, so that the page stays responsive while it is read.
pub fn verder() {
    schrijf('V', &[]);
}

/// An element under construction, by its number in the current list of operations.
pub struct El(String);

impl El {
    #[inline(never)]
    pub fn new(tag: &'static str) -> El {
        let nummer = OPDRACHTEN.with_borrow_mut(|(_, aantal)| {
            *aantal += 1;
            *aantal
        });
        let el = El(nummer.to_string());
        schrijf('e', &[&el.0, tag]);
        el
    }

    #[inline(never)]
    pub fn attr(self, naam: &'static str, waarde: &str) -> El {
        schrijf('a', &[&self.0, naam, waarde]);
        self
    }

    #[inline(never)]
    pub fn attr_als(self, voorwaarde: bool, naam: &'static str, waarde: &str) -> El {
        if voorwaarde {
            self.attr(naam, waarde)
        } else {
            self
        }
    }

    #[inline(never)]
    pub fn class(self, waarde: &str) -> El {
        self.attr("class", waarde)
    }

    #[inline(never)]
    pub fn id(self, waarde: &str) -> El {
        self.attr("id", waarde)
    }

    /// Appends `tekst` as a text node (and its Dutch original, see [`met_originelen`]).
    #[inline(never)]
    pub fn text(self, tekst: &str) -> El {
        schrijf('t', &[&self.0, tekst]);
        let origineel = NAAST.with_borrow_mut(|naast| match naast {
            Naast::Uit => None,
            Naast::Opnemen(teksten) => {
                teksten.push(tekst.to_owned());
                None
            }
            Naast::Toevoegen(originelen) => {
                let nl = originelen.next();
                debug_assert!(nl.is_some(), "the reader's render wrote more texts than the Dutch: {tekst}");
                nl.filter(|nl| nl != tekst && nl.bytes().any(|b| b.is_ascii_alphabetic()))
            }
        });
        match origineel {
            Some(nl) => {
                let span = El::new("span").class("nl").attr("lang", "nl").attr("dir", "ltr");
                schrijf('t', &[&span.0, &nl]);
                self.kind(span)
            }
            None => self,
        }
    }

    /// Appends `tekst` without a Dutch original: an option of a list shows text only (a month's
    /// name under a ticked part, inside a result drawn with the Dutch beside).
    pub fn text_zonder_origineel(self, tekst: &str) -> El {
        schrijf('t', &[&self.0, tekst]);
        self
    }

    #[inline(never)]
    pub fn kind(self, kind: El) -> El {
        schrijf('k', &[&self.0, &kind.0]);
        self
    }

    #[inline(never)]
    pub fn kinderen(self, kinderen: impl IntoIterator<Item = El>) -> El {
        kinderen.into_iter().fold(self, El::kind)
    }
}

/// A link from configuration or law data: only `https:`, `mailto:` and `tel:` get an `href`;
/// anything else becomes plain text.
#[inline(never)]
pub fn veilige_link(url: &str, tekst: &str) -> El {
    let klein = url.trim_start().to_ascii_lowercase();
    if ["https:", "mailto:", "tel:"].iter().any(|p| klein.starts_with(p)) {
        let a = El::new("a").attr("href", url).text(tekst);
        if klein.starts_with("https:") {
            a.attr("rel", "noopener noreferrer").attr("target", "_blank")
        } else {
            a
        }
    } else {
        El::new("span").text(tekst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lijst() -> Vec<Vec<String>> {
        let opdrachten = neem();
        let zonder_laatste = opdrachten.strip_suffix(RECORD).unwrap_or(&opdrachten);
        zonder_laatste.split(RECORD).map(|op| op.split(VELD).map(str::to_owned).collect()).collect()
    }

    #[test]
    fn a_tree_becomes_numbered_operations_and_the_list_starts_afresh() {
        let p = El::new("p").class("melding").text("Let op");
        Plek::id("uitkomst-a").vervang([p]);
        assert_eq!(
            lijst(),
            [
                vec!["e", "1", "p"],
                vec!["a", "1", "class", "melding"],
                vec!["t", "1", "Let op"],
                vec!["r", "#uitkomst-a"],
                vec!["k", "#uitkomst-a", "1"],
            ]
        );
        Plek::WORTEL.zet("hidden", false);
        assert_eq!(lijst(), [vec!["d", "", "hidden"]]);
        assert_eq!(El::new("div").0, "1", "numbering starts again with each list");
        neem();
    }

    #[test]
    fn content_and_error_marks_go_to_elements_by_id() {
        Plek::id("status").tekst("Geladen");
        Plek::id("v-a").vervang_door(El::new("div"));
        Plek::id("v-a").markeer_velden(Some("fout-a"));
        Plek::id("v-a").markeer_velden(None);
        assert_eq!(
            lijst(),
            [
                vec!["s", "#status", "Geladen"],
                vec!["e", "1", "div"],
                vec!["w", "#v-a", "1"],
                vec!["f", "#v-a", "fout-a"],
                vec!["f", "#v-a", ""]
            ]
        );
    }

    #[test]
    fn the_persons_own_actions() {
        afdrukken();
        download("a.json", "application/json", "{}");
        kopieer();
        assert_eq!(lijst(), [vec!["P"], vec!["D", "a.json", "application/json", "{}"], vec!["C"]]);
    }

    #[test]
    fn separators_in_a_value_cannot_split_an_operation() {
        El::new("input").attr("value", "a\u{1e}s\u{1f}b");
        assert_eq!(lijst()[1], ["a", "1", "value", "a\u{fffd}s\u{fffd}b"]);
    }

    #[test]
    fn each_text_gets_the_dutch_text_of_the_same_place_and_the_twin_leaves_nothing() {
        let teken = |woorden: [&str; 3]| {
            El::new("p").text(woorden[0]).kind(El::new("a").text(woorden[1])).text(woorden[2]);
        };
        El::new("div");
        let nl = teksten_van(|| teken(["Uw advies", "€ 1.219,64", "Waarom?"]));
        assert_eq!(nl, ["Uw advies", "€ 1.219,64", "Waarom?"]);
        met_originelen(nl, || teken(["Your advice", "€1,219.64", "Waarom?"]));
        assert_eq!(
            lijst(),
            [
                vec!["e", "1", "div"],
                vec!["e", "2", "p"],
                vec!["t", "2", "Your advice"],
                vec!["e", "3", "span"],
                vec!["a", "3", "class", "nl"],
                vec!["a", "3", "lang", "nl"],
                vec!["a", "3", "dir", "ltr"],
                vec!["t", "3", "Uw advies"],
                vec!["k", "2", "3"],
                vec!["e", "4", "a"],
                vec!["t", "4", "€1,219.64"],
                vec!["k", "2", "4"],
                vec!["t", "2", "Waarom?"],
            ]
        );
        El::new("p").text("Daarna");
        assert_eq!(lijst(), [vec!["e", "1", "p"], vec!["t", "1", "Daarna"]], "off again");
    }

    /// An option shows text only: "فبرايرfebruari" in a closed list (the walk of issue 23 point 9).
    #[test]
    fn an_option_gets_no_dutch_beside_and_the_texts_still_pair() {
        let teken = |woorden: [&str; 2]| {
            El::new("option").text_zonder_origineel(woorden[0]);
            El::new("label").text(woorden[1]);
        };
        let nl = teksten_van(|| teken(["februari", "Maand"]));
        assert_eq!(nl, ["Maand"]);
        met_originelen(nl, || teken(["فبراير", "الشهر"]));
        let spans: Vec<Vec<String>> = lijst().into_iter().filter(|o| o[0] == "t").collect();
        assert_eq!(spans, [vec!["t", "1", "فبراير"], vec!["t", "2", "الشهر"], vec!["t", "3", "Maand"]]);
    }

    #[test]
    #[should_panic(expected = "the reader's render wrote more texts than the Dutch: Why?")]
    fn a_reader_render_with_a_text_more_than_the_dutch_fails() {
        let nl = teksten_van(|| {
            El::new("p").text("Uw advies");
        });
        met_originelen(nl, || {
            El::new("p").text("Your advice").text("Why?");
        });
    }

    #[test]
    #[should_panic(expected = "the Dutch render wrote more texts than the reader's")]
    fn a_dutch_render_with_a_text_more_than_the_readers_fails() {
        let nl = teksten_van(|| {
            El::new("p").text("Uw advies").text("Waarom?");
        });
        met_originelen(nl, || {
            El::new("p").text("Your advice");
        });
    }

    #[test]
    fn only_safe_link_schemes_get_an_href() {
        veilige_link(" JavaScript:alert(1)", "x");
        assert_eq!(lijst(), [vec!["e", "1", "span"], vec!["t", "1", "x"]]);
        veilige_link("https://wetten.overheid.nl", "wet");
        assert!(lijst().contains(&vec![
            "a".to_owned(),
            "1".into(),
            "href".into(),
            "https://wetten.overheid.nl".into()
        ]));
    }
}
