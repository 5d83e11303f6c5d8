//! A language pack: one language's sentences of every table the widget reads, in one file of
//! their own (`inburgering-wijzer.ar.bin`, made by `make build` with `wijzer talenpakketten`).
//! The browser's module holds only the Dutch (feature `talenpakketten`), so a page downloads the
//! languages it uses and no others; of every other language the module knows each table's
//! length and checksum ([`super::Zinnen`]), and takes a pack only when its bytes are exactly
//! what this build made. A pack of another build, or a damaged one, is refused whole and the
//! widget keeps the languages it has.
//!
//! The form: `IWT1`, the language's code (two ASCII letters), then each table's compact
//! sentences ([`super::compact`]) in the order of the list the caller gives
//! (`i18n::TALENPAKKET`), with nothing between them.

use super::{compact, Taal, Tabel};

const MERK: &[u8; 4] = b"IWT1";

/// Why a pack was refused, with a message in Dutch for the web team's console.
#[derive(Debug, PartialEq, Eq)]
pub enum Geweigerd {
    /// Not a language pack at all (another file, or cut off in its header).
    GeenPakket,
    /// A pack for `Taal`, but not this build's sentences: another version, or damaged.
    AndereVersie(Taal),
}

impl Geweigerd {
    pub fn melding(&self) -> String {
        match self {
            Geweigerd::GeenPakket => "Dit bestand is geen taalpakket van de Inburgeringswijzer.".to_owned(),
            Geweigerd::AndereVersie(taal) => format!(
                "Het taalpakket '{}' hoort niet bij deze versie van de Inburgeringswijzer, of is beschadigd. \
                 Zet de taalpakketten van dezelfde build naast het script.",
                taal.code()
            ),
        }
    }
}

/// The pack of `taal`: the sentences of `tabellen` in that language, as this build holds them
/// (natively: all six languages are compiled in).
pub fn maak(taal: Taal, tabellen: &[&Tabel]) -> Vec<u8> {
    let mut pakket = MERK.to_vec();
    pakket.extend_from_slice(taal.code().as_bytes());
    for tabel in tabellen {
        pakket.extend_from_slice(tabel.talen[taal as usize].compact);
    }
    pakket
}

/// Checks a pack against `tabellen` and, when every table's part is exactly this build's,
/// makes its sentences readable in every table; otherwise changes nothing.
pub fn laad(pakket: &[u8], tabellen: &[&Tabel]) -> Result<Taal, Geweigerd> {
    let (merk, rest) = pakket.split_at_checked(MERK.len()).ok_or(Geweigerd::GeenPakket)?;
    let (code, mut rest) = rest.split_at_checked(2).ok_or(Geweigerd::GeenPakket)?;
    let taal = Taal::ALLE.into_iter().find(|taal| taal.code().as_bytes() == code);
    let taal = taal.filter(|_| merk == MERK).ok_or(Geweigerd::GeenPakket)?;
    let mut delen = Vec::with_capacity(tabellen.len());
    for tabel in tabellen {
        let verwacht = tabel.talen[taal as usize];
        let (deel, verder) = rest.split_at_checked(verwacht.lengte).ok_or(Geweigerd::AndereVersie(taal))?;
        if compact::som(deel) != verwacht.som {
            return Err(Geweigerd::AndereVersie(taal));
        }
        delen.push(deel);
        rest = verder;
    }
    if !rest.is_empty() {
        return Err(Geweigerd::AndereVersie(taal));
    }
    for (tabel, deel) in tabellen.iter().zip(delen) {
        tabel.laad(taal, deel);
    }
    Ok(taal)
}

/// Whether every table of `tabellen` can be read in `taal` (compiled in or loaded).
pub fn compleet(taal: Taal, tabellen: &[&Tabel]) -> bool {
    tabellen.iter().all(|tabel| tabel.heeft(taal))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Zinnen;

    /// A table of two sentences, read here only through its `TABEL`.
    #[allow(dead_code)]
    mod voorbeeld {
        crate::teksten! {
        GROET = "groet" { nl: "Goedendag", en: "Good day", ar: "نهارك سعيد", ti: "ከመይ ዊዕልኩም", tr: "İyi günler", fa: "روز بخیر" }
        VRAAG = "vraag" { nl: "Hoe gaat het?", en: "How are you?", ar: "كيف حالك؟", ti: "ከመይ ኣለኹም?", tr: "Nasılsınız?", fa: "حالتان چطور است؟" }
        }
    }
    use voorbeeld::TABEL;

    /// The table above as the browser's module holds it: the Dutch, and of the other languages
    /// only their length and checksum.
    fn zonder_vertalingen() -> Tabel {
        let mut talen = TABEL.talen;
        for zinnen in &mut talen[1..] {
            *zinnen = Zinnen { compact: &[], ..*zinnen };
        }
        Tabel::new(talen)
    }

    #[test]
    fn a_pack_of_this_build_makes_its_language_readable_and_until_then_the_dutch_stands_in() {
        let tabel = zonder_vertalingen();
        assert!(!compleet(Taal::Ar, &[&tabel]) && compleet(Taal::Nl, &[&tabel]));
        assert_eq!(tabel.zinnen(Taal::Ar).0, "Goedendag\u{1f}Hoe gaat het?\u{1f}", "not loaded: the Dutch");
        assert_eq!(laad(&maak(Taal::Ar, &[&TABEL]), &[&tabel]), Ok(Taal::Ar));
        assert!(compleet(Taal::Ar, &[&tabel]) && !compleet(Taal::Fa, &[&tabel]));
        assert_eq!(tabel.zinnen(Taal::Ar).0, "نهارك سعيد\u{1f}كيف حالك؟\u{1f}");
        assert_eq!(tabel.zinnen(Taal::Ar), TABEL.zinnen(Taal::Ar), "the same sentences as compiled in");
        assert_eq!(&maak(Taal::Ar, &[&TABEL])[..6], b"IWT1ar");
    }

    #[test]
    fn a_damaged_or_foreign_pack_is_refused_whole_and_changes_nothing() {
        let pakket = maak(Taal::Ti, &[&TABEL, &TABEL]);
        let mut beschadigd = pakket.clone();
        *beschadigd.last_mut().unwrap() ^= 1;
        let mut andere_taal = pakket.clone();
        andere_taal[4..6].copy_from_slice(b"tr");
        let gevallen: [(&[u8], Geweigerd); 8] = [
            (&[], Geweigerd::GeenPakket),
            (b"IWT1", Geweigerd::GeenPakket),
            (b"IWT1xx", Geweigerd::GeenPakket),
            (&[b"IWT2", &pakket[4..]].concat(), Geweigerd::GeenPakket),
            (&beschadigd, Geweigerd::AndereVersie(Taal::Ti)),
            (&pakket[..pakket.len() - 1], Geweigerd::AndereVersie(Taal::Ti)),
            (&[pakket.as_slice(), b"!"].concat(), Geweigerd::AndereVersie(Taal::Ti)),
            (&andere_taal, Geweigerd::AndereVersie(Taal::Tr)),
        ];
        for (bytes, fout) in gevallen {
            let tabel = zonder_vertalingen();
            assert_eq!(laad(bytes, &[&tabel, &tabel]), Err(fout), "{bytes:?}");
            assert!(!compleet(Taal::Ti, &[&tabel]) && !compleet(Taal::Tr, &[&tabel]));
        }
        assert!(Geweigerd::AndereVersie(Taal::Ti).melding().contains("'ti' hoort niet bij deze versie"));
    }
}
