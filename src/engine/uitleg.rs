//! One step of the reasoning: which rule decided, its source, and the sentence that explains it.

use super::bron::Bron;
use super::schrijver::{object, tekst_met, NaarJson};
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
    fn schrijf(&self, uit: &mut String) {
        object(
            uit,
            &[
                ("regel", &self.regel.code),
                ("bron", &self.bron),
                ("bronUrl", &self.bron.url_json()),
                ("tekst", &Zin(self)),
            ],
        )
    }
}

/// The Dutch sentence as a JSON string, filled straight into the result.
struct Zin<'a>(&'a Uitleg);

impl NaarJson for Zin<'_> {
    fn schrijf(&self, uit: &mut String) {
        tekst_met(uit, &|uit| self.0.regel.vul_in(uit, Taal::Nl, &self.0.waarden))
    }
}
