//! Rejected input: the JSON path of the field, a stable code, and a sentence a resident
//! understands (Dutch in the JSON; the widget shows the code's sentence in the reader's language).

use std::ops::Deref;

use super::schrijver::{object, NaarJson};

use crate::i18n::{fouten, Taal, Tekst, Waarde};

/// Boxed, so that a `Result<T, Fout>` is one pointer wide (size: docs/stijl.md).
#[derive(Debug, Clone, PartialEq)]
pub struct Fout(Box<FoutInhoud>);

#[derive(Debug, Clone, PartialEq)]
pub struct FoutInhoud {
    /// JSON path of the offending field ("vasteLasten.huur"); empty when the whole input is
    /// unreadable.
    pub veld: String,
    /// The sentence table entry whose `code` is the contract's error code.
    pub soort: &'static Tekst,
    /// Values for the sentence's placeholders (a range, a date).
    pub waarden: Vec<Waarde>,
}

impl Fout {
    pub fn new(veld: impl Into<String>, soort: &'static Tekst) -> Fout {
        Fout::met(veld, soort, Vec::new())
    }

    pub fn met(veld: impl Into<String>, soort: &'static Tekst, waarden: Vec<Waarde>) -> Fout {
        Fout(Box::new(FoutInhoud { veld: veld.into(), soort, waarden }))
    }

    /// The whole input could not be read.
    pub fn onleesbaar() -> Fout {
        Fout::new("", &fouten::ONGELDIGE_JSON)
    }

    pub fn code(&self) -> &'static str {
        self.soort.code
    }

    pub fn melding(&self, taal: Taal) -> String {
        self.soort.vul(taal, &self.waarden)
    }
}

impl Deref for Fout {
    type Target = FoutInhoud;

    fn deref(&self) -> &FoutInhoud {
        &self.0
    }
}

/// `{ "fout": { "veld", "code", "melding" } }`, exactly as the contract shows.
impl NaarJson for Fout {
    fn schrijf(&self, uit: &mut String) {
        uit.push_str("{\"fout\":");
        object(uit, &[("veld", &self.veld), ("code", &self.code()), ("melding", &self.melding(Taal::Nl))]);
        uit.push('}');
    }
}
