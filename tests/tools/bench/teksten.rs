//! For the size ledger (tests/tools/bench/grootboek.mjs): the bytes the module stores for each
//! language's sentences (every table, in the compact form of `i18n::compact`) and for the
//! stylesheet, as JSON with hex strings, so the ledger can find them in the module and weigh them.
//! Run by `make bench` as `cargo run --example teksten`.

use inburgeringswijzer::i18n::alle_tabellen;
use inburgeringswijzer::i18n::Taal;
use inburgeringswijzer::web::stijl::STIJL;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn main() {
    let talen: Vec<String> = Taal::ALLE
        .iter()
        .map(|taal| {
            let tabellen: Vec<String> = alle_tabellen()
                .iter()
                // The glossary's explanations are for translators and the command line's messages
                // for the command line: neither is in the browser's module.
                .filter(|(naam, _, _)| !matches!(*naam, "termen_uitleg" | "opdrachtregel"))
                .map(|(naam, teksten, _)| {
                    format!("\"{naam}\":\"{}\"", hex(teksten[0].tabel.talen[*taal as usize].compact))
                })
                .collect();
            format!("\"{}\":{{{}}}", taal.code(), tabellen.join(","))
        })
        .collect();
    println!("{{\"talen\":{{{}}},\"stijl\":\"{}\"}}", talen.join(","), hex(STIJL.as_bytes()));
}
