//! The JSON writer: results leave the core as JSON text through [`NaarJson`] (the command line
//! prints it; in the browser `JSON.parse` makes plain objects of it), written straight into one
//! string and checked against serde_json. The reader is [`super::json`].

use chrono::NaiveDate;

use crate::basis::datum;

/// A result in the contract's form: the one way results leave the core, as JSON text (the
/// command line prints it; in the browser `JSON.parse` makes plain objects of it). Written
/// straight into one string, as serde_json would, and checked against it by tests.
pub trait NaarJson {
    /// Appends this value's JSON text to `uit`.
    fn schrijf(&self, uit: &mut String);

    /// This value's JSON text. Size: `Sized`, not in the vtables, docs/stijl.md.
    fn json_tekst(&self) -> String
    where
        Self: Sized,
    {
        let mut uit = String::new();
        self.schrijf(&mut uit);
        uit
    }
}

/// An object with these fields, in this order. The names are the contract's, constants in the
/// code (`'static`), never input: they are written as they are, without an escape scan.
pub fn object(uit: &mut String, velden: &[(&'static str, &dyn NaarJson)]) {
    uit.push('{');
    for (i, (naam, waarde)) in velden.iter().enumerate() {
        debug_assert!(eerste_escape(naam.as_bytes()).is_none(), "{naam}");
        uit.push_str(if i > 0 { ",\"" } else { "\"" });
        uit.push_str(naam);
        uit.push_str("\":");
        waarde.schrijf(uit);
    }
    uit.push('}');
}

impl<T: NaarJson + ?Sized> NaarJson for &T {
    fn schrijf(&self, uit: &mut String) {
        (**self).schrijf(uit);
    }
}

impl NaarJson for bool {
    fn schrijf(&self, uit: &mut String) {
        uit.push_str(if *self { "true" } else { "false" });
    }
}

/// Eurocents and counts.
impl NaarJson for i64 {
    fn schrijf(&self, uit: &mut String) {
        uit.push_str(&self.to_string());
    }
}

/// Whether byte `b` must be escaped inside a JSON string (every such byte is ASCII).
fn escapen(b: u8) -> bool {
    b == b'"' || b == b'\\' || b < b' '
}

/// Where the first byte of `tekst` that must be escaped is. Eight bytes at a time, as one
/// number: a result line is mostly the explanations' sentences, which rarely hold such a byte,
/// and byte by byte this scan was a seventh of the batch's time.
fn eerste_escape(tekst: &[u8]) -> Option<usize> {
    const EEN: u64 = u64::from_le_bytes([1; 8]);
    const HOOG: u64 = EEN << 7;
    /// The high bit of each byte of `w` that is below `grens` (exact for a word without one;
    /// after the first such byte the borrow may mark more, which only ends the fast part).
    #[inline(always)]
    fn onder(w: u64, grens: u8) -> u64 {
        w.wrapping_sub(EEN * u64::from(grens)) & !w & HOOG
    }
    let mut begin = 0;
    for blok in tekst.chunks_exact(8) {
        let w = u64::from_le_bytes(blok.try_into().unwrap_or_default());
        if onder(w, b' ') | onder(w ^ (EEN * u64::from(b'"')), 1) | onder(w ^ (EEN * u64::from(b'\\')), 1) != 0 {
            break;
        }
        begin += 8;
    }
    tekst.get(begin..)?.iter().position(|b| escapen(*b)).map(|i| begin + i)
}

/// A JSON string: quotes, backslashes and control characters escaped, the rest copied as it is
/// (in runs: every byte that needs escaping is ASCII, so a run always ends on a character).
impl NaarJson for str {
    fn schrijf(&self, uit: &mut String) {
        uit.push('"');
        let mut rest = self;
        while let Some((run, na)) = eerste_escape(rest.as_bytes()).and_then(|i| rest.split_at_checked(i)) {
            uit.push_str(run);
            let b = na.as_bytes().first().copied().unwrap_or_default();
            match b {
                b'"' => uit.push_str("\\\""),
                b'\\' => uit.push_str("\\\\"),
                b'\n' => uit.push_str("\\n"),
                b'\r' => uit.push_str("\\r"),
                b'\t' => uit.push_str("\\t"),
                8 => uit.push_str("\\b"),
                12 => uit.push_str("\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    uit.push_str("\\u00");
                    uit.push(HEX[usize::from(b >> 4)] as char);
                    uit.push(HEX[usize::from(b & 15)] as char);
                }
            }
            rest = na.get(1..).unwrap_or_default();
        }
        uit.push_str(rest);
        uit.push('"');
    }
}

/// A JSON string whose text `schrijf` appends straight to `uit` (a sentence being filled, a
/// reference), so it needs no string of its own; escaped afterwards only if it has to be. One
/// function for every writer (`dyn`: the module carries it once).
pub fn tekst_met(uit: &mut String, schrijf: &dyn Fn(&mut String)) {
    let begin = uit.len();
    uit.push('"');
    schrijf(uit);
    if uit.as_bytes().get(begin + 1..).and_then(eerste_escape).is_some() {
        let ruw = uit.split_off(begin + 1);
        uit.truncate(begin);
        ruw.schrijf(uit);
    } else {
        uit.push('"');
    }
}

impl NaarJson for String {
    fn schrijf(&self, uit: &mut String) {
        self.as_str().schrijf(uit);
    }
}

/// `"YYYY-MM-DD"`.
impl NaarJson for NaiveDate {
    fn schrijf(&self, uit: &mut String) {
        datum::iso(*self).schrijf(uit);
    }
}

/// `null` when absent: the contract's fields are always there.
impl<T: NaarJson> NaarJson for Option<T> {
    fn schrijf(&self, uit: &mut String) {
        match self {
            Some(waarde) => waarde.schrijf(uit),
            None => uit.push_str("null"),
        }
    }
}

impl<T: NaarJson> NaarJson for [T] {
    fn schrijf(&self, uit: &mut String) {
        uit.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                uit.push(',');
            }
            item.schrijf(uit);
        }
        uit.push(']');
    }
}

impl<T: NaarJson> NaarJson for Vec<T> {
    fn schrijf(&self, uit: &mut String) {
        self.as_slice().schrijf(uit);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_writer_agrees_with_serde_json() {
        let mut vreemd: String = (0u8..0x20).map(char::from).collect();
        vreemd.push_str("\"\\/\u{7f}\u{2028}é€ ሰላም سلام 😀");
        assert_eq!(vreemd.json_tekst(), serde_json::to_string(&vreemd).unwrap());
        for getal in [0, -3, 55_000, i64::MAX, i64::MIN] {
            assert_eq!(getal.json_tekst(), serde_json::to_string(&getal).unwrap());
        }
        let mut uit = String::new();
        let lijst = vec![Some(crate::basis::datum::dag(2026, 5, 18)), None];
        object(&mut uit, &[("a", &true), ("b", &lijst), ("c", &"x"), ("d", &Vec::<i64>::new())]);
        assert_eq!(uit, r#"{"a":true,"b":["2026-05-18",null],"c":"x","d":[]}"#);
    }

    proptest::proptest! {
        /// Strings of characters that must be escaped, and some that must not, at every place
        /// in and across the eight-byte blocks of `eerste_escape`: the same text as serde_json,
        /// written at once or filled in by `tekst_met`.
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(
            tekens in proptest::collection::vec(
                proptest::sample::select(vec!['a', ' ', '"', '\\', '\n', '\u{0}', '\u{1f}', '\u{7f}', 'é', 'ሰ', '😀']),
                0..40,
            )
        ) {
            let tekst: String = tekens.into_iter().collect();
            let verwacht = serde_json::to_string(&tekst).unwrap();
            proptest::prop_assert_eq!(tekst.json_tekst(), verwacht.clone());
            let mut uit = String::from("[");
            tekst_met(&mut uit, &|uit| uit.push_str(&tekst));
            proptest::prop_assert_eq!(uit, format!("[{verwacht}"));
        }
    }
}
