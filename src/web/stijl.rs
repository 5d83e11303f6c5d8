//! The element's stylesheet, compacted while the crate compiles: `stijl.css` keeps its
//! comments and layout for the reader, the module carries neither.

/// `stijl.css` without comments and without the white space a browser does not need.
pub const STIJL: &str = {
    const BRON: &[u8] = include_str!("stijl.css").as_bytes();
    const LENGTE: usize = compact(BRON, &mut []);
    const UIT: [u8; LENGTE] = {
        let mut uit = [0; LENGTE];
        compact(BRON, &mut uit);
        uit
    };
    match std::str::from_utf8(&UIT) {
        Ok(css) => css,
        Err(_) => panic!("the compacted stylesheet is not UTF-8"),
    }
};

/// Writes `css` without comments into `uit` (when it is long enough) and returns the length.
/// A run of white space becomes one space, or none next to punctuation that needs none;
/// quoted strings are kept as they are.
const fn compact(css: &[u8], uit: &mut [u8]) -> usize {
    const fn geen_spatie_na(b: u8) -> bool {
        matches!(b, b'{' | b'}' | b';' | b',' | b':' | b'(' | b'>')
    }
    const fn geen_spatie_voor(b: u8) -> bool {
        matches!(b, b'{' | b'}' | b';' | b',' | b')' | b'>')
    }
    let (mut i, mut n, mut spatie) = (0, 0, false);
    // The last byte written (0 before the first), and the quote we are inside (0 outside).
    let (mut vorige, mut citaat) = (0u8, 0u8);
    while i < css.len() {
        let b = css[i];
        i += 1;
        if citaat == 0 && b == b'/' && i < css.len() && css[i] == b'*' {
            i += 1;
            while i + 1 < css.len() && !(css[i] == b'*' && css[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
            spatie = true;
            continue;
        }
        if citaat == 0 && b.is_ascii_whitespace() {
            spatie = true;
            continue;
        }
        if spatie && vorige != 0 && citaat == 0 && !geen_spatie_na(vorige) && !geen_spatie_voor(b) {
            if n < uit.len() {
                uit[n] = b' ';
            }
            n += 1;
        }
        spatie = false;
        if citaat == 0 && (b == b'"' || b == b'\'') {
            citaat = b;
        } else if b == citaat {
            citaat = 0;
        }
        if n < uit.len() {
            uit[n] = b;
        }
        n += 1;
        vorige = b;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compacteer(css: &str) -> String {
        let mut uit = vec![0; compact(css.as_bytes(), &mut [])];
        compact(css.as_bytes(), &mut uit);
        String::from_utf8(uit).unwrap()
    }

    #[test]
    fn comments_and_needless_spaces_go_quoted_text_stays() {
        let css = "/* kop */\n.a > b,\n.c :focus {\n  font: 400 1em \"Noto  Sans\"; /* uitleg */\n  content: \"⚠ \";\n}\n@media print { a::after { content: \" (\" attr(href) \")\"; } }\n";
        assert_eq!(
            compacteer(css),
            ".a>b,.c :focus{font:400 1em \"Noto  Sans\";content:\"⚠ \";}@media print{a::after{content:\" (\" attr(href) \")\";}}"
        );
    }

    #[test]
    fn the_stylesheet_keeps_every_rule() {
        let bron = include_str!("stijl.css");
        assert!(STIJL.len() < bron.len() * 9 / 10, "{} of {} bytes", STIJL.len(), bron.len());
        assert_eq!(STIJL.matches('}').count(), STIJL.matches('{').count());
        assert!(!STIJL.contains("/*") && !STIJL.contains('\n'));
        for regel in
            [":host{display:block;color:#1a1a1a !important;", "[hidden]{display:none !important;}", "@media print{"]
        {
            assert!(STIJL.contains(regel), "{regel}");
        }
    }
}
