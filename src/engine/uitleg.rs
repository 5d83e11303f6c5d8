//! One step of the reasoning: which rule decided, its source, and the sentence that explains it.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::bron::Bron;
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
impl Serialize for Uitleg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("regel", self.regel.code)?;
        map.serialize_entry("bron", &self.bron)?;
        map.serialize_entry("bronUrl", &self.bron.url())?;
        map.serialize_entry("tekst", &self.tekst(Taal::Nl))?;
        map.end()
    }
}
