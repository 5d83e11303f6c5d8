//! A language's sentences stored compactly: each character of the language's code page
//! ([`TEKENS`]) takes one byte, `0x80` + its place, and every other character stays UTF-8.
//! Arabic, Persian and Tigrinya take two or three bytes a character in UTF-8; gzip does better
//! on one (measured: 4.0 KB smaller gzip, 25 KB raw). A byte from `0x80` to `0xBF` never
//! starts a UTF-8 character, so the two cannot be confused. The tables are made compact when the crate
//! compiles and unpacked once per language when first read.

use super::Taal;

/// Per language in [`Taal::ALLE`] order: the characters that take one byte, most frequent first
/// (counted over the tables on 2026-11-23), at most 64 and none ASCII. A character that is not
/// listed still works; it only keeps its UTF-8 bytes.
pub const TEKENS: [&str; 6] = [
    "",
    "",
    "الميتنردوعبةكسأهجقفحًىصشخإذطغز؟ضءثئ،ؤآُظـ؛َّ",
    "ምንትብይ።ኣእመርድልክሕተቲኩገለወናታዝስግማከደነዕበረሃውሓዩዳካዊኽፍሰራ፡ዘዓባኹህፈዚዱጥዲሪጽኡዑሳዋላጻቕዜ",
    "ıüğşçöâÖİÜŞÇ",
    "ایدرمنهتوبسشکزل\u{200c}گقخعپفجحغآص،ط؟چذًثضئژ؛ظأ",
];

/// The code point of the UTF-8 character at `i` and its length in bytes.
const fn teken(b: &[u8], i: usize) -> (u32, usize) {
    let lengte = if b[i] < 0x80 {
        1
    } else if b[i] < 0xE0 {
        2
    } else if b[i] < 0xF0 {
        3
    } else {
        4
    };
    let mut c = if lengte == 1 { b[i] as u32 } else { (b[i] as u32) & (0x7F >> lengte) };
    let mut j = 1;
    while j < lengte {
        c = (c << 6) | (b[i + j] as u32 & 0x3F);
        j += 1;
    }
    (c, lengte)
}

/// The place of `c` in the code page of `taal`, if it has one.
const fn plaats(taal: Taal, c: u32) -> Option<u8> {
    let tekens = TEKENS[taal as usize].as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < tekens.len() {
        let (t, lengte) = teken(tekens, i);
        if t == c {
            return Some(n);
        }
        i += lengte;
        n += 1;
    }
    None
}

/// Writes `tekst` in its compact form into `uit` (when it is long enough); returns the length.
const fn schrijf(tekst: &str, taal: Taal, uit: &mut [u8]) -> usize {
    let b = tekst.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        let (c, lengte) = teken(b, i);
        let plek = if c >= 0x80 { plaats(taal, c) } else { None };
        if let Some(p) = plek {
            if n < uit.len() {
                uit[n] = 0x80 + p;
            }
            n += 1;
        } else {
            let mut j = 0;
            while j < lengte {
                if n < uit.len() {
                    uit[n] = b[i + j];
                }
                n += 1;
                j += 1;
            }
        }
        i += lengte;
    }
    n
}

/// The length of the compact form of `tekst`.
pub const fn lengte(tekst: &str, taal: Taal) -> usize {
    schrijf(tekst, taal, &mut [])
}

/// The compact form of `tekst`; `N` is its [`lengte`].
pub const fn compact<const N: usize>(tekst: &str, taal: Taal) -> [u8; N] {
    let mut uit = [0; N];
    schrijf(tekst, taal, &mut uit);
    uit
}

/// The checksum (FNV-1a, 64 bits) of a table's compact sentences in one language: made when the
/// crate compiles, so the module knows the sentences of a language it does not hold, and checks
/// a language pack against them ([`super::pakket`]).
pub const fn som(bytes: &[u8]) -> u64 {
    let mut som = 0xcbf2_9ce4_8422_2325u64;
    let mut i = 0;
    while i < bytes.len() {
        som = (som ^ bytes[i] as u64).wrapping_mul(0x100_0000_01b3);
        i += 1;
    }
    som
}

/// The text of a compact form.
pub fn uitpakken(compact: &[u8], taal: Taal) -> String {
    let tekens: Vec<char> = TEKENS[taal as usize].chars().collect();
    let mut uit = Vec::with_capacity(compact.len() * 2);
    let mut vervolg = 0u8;
    for &b in compact {
        match b {
            // A continuation byte of a UTF-8 character, or ASCII: as it is.
            _ if vervolg > 0 || b < 0x80 => {
                vervolg = vervolg.saturating_sub(1);
                uit.push(b);
            }
            0x80..=0xBF => {
                let c = tekens.get(usize::from(b - 0x80)).copied().unwrap_or(char::REPLACEMENT_CHARACTER);
                uit.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
            _ => {
                vervolg = if b < 0xE0 {
                    1
                } else if b < 0xF0 {
                    2
                } else {
                    3
                };
                uit.push(b);
            }
        }
    }
    String::from_utf8(uit).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heen_en_terug(tekst: &str, taal: Taal) -> (usize, String) {
        let mut uit = vec![0; lengte(tekst, taal)];
        schrijf(tekst, taal, &mut uit);
        (uit.len(), uitpakken(&uit, taal))
    }

    #[test]
    fn code_pages_have_at_most_64_characters_none_ascii_none_twice() {
        for (taal, tekens) in Taal::ALLE.iter().zip(TEKENS) {
            let lijst: Vec<char> = tekens.chars().collect();
            assert!(lijst.len() <= 64, "{}", taal.code());
            assert!(lijst.iter().all(|c| !c.is_ascii()), "{}", taal.code());
            let mut uniek = lijst.clone();
            uniek.sort();
            uniek.dedup();
            assert_eq!(uniek.len(), lijst.len(), "{}", taal.code());
        }
    }

    #[test]
    fn every_text_comes_back_as_it_was_and_listed_characters_take_one_byte() {
        let teksten = [
            ("دليل الاندماج", Taal::Ar),
            ("መምርሒ ምጽንባር ሀ", Taal::Ti),
            ("راهنمای ادغام؛ می\u{200c}شود 😀", Taal::Fa),
            ("Uyum rehberi: İşçi ğ", Taal::Tr),
            ("Één € – ×", Taal::Nl),
            ("a\u{1f}b\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}", Taal::Ar),
        ];
        for (tekst, taal) in teksten {
            assert_eq!(heen_en_terug(tekst, taal).1, tekst);
        }
        assert_eq!(heen_en_terug("دليل", Taal::Ar).0, 4);
    }
}
