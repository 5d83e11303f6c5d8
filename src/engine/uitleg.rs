//! One step of the reasoning: which rule decided, its source, and the sentence that explains it.

use super::bron::Bron;
use super::json::{object, Json, NaarJson};
use crate::i18n::{Taal, Tekst, Waarde};

#[derive(Debug, Clone, PartialEq)]
pub struct Uitleg {
    /// The sentence; its `code` is the contract's `regel`.
    pub regel: &'static Tekst,
    pub bron: Bron,
    pub waarden: Vec<Waarde>,
}

impl Uitleg {
    pub fn new(regel: &'static Tekst, bron: Bron, waarden: Vec<Waarde>) -> Uitleg {
        Uitleg { regel, bron, waarden }
    }

    pub fn tekst(&self, taal: Taal) -> String {
        self.regel.vul(taal, &self.waarden)
    }
}

/// `{ "regel", "bron", "bronUrl", "tekst" }` with the Dutch sentence.
impl NaarJson for Uitleg {
    fn naar_json(&self) -> Json {
        object([
            ("regel", self.regel.code.naar_json()),
            ("bron", self.bron.naar_json()),
            ("bronUrl", self.bron.url().naar_json()),
            ("tekst", self.tekst(Taal::Nl).naar_json()),
        ])
    }
}
