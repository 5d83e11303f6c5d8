//! The demo gemeente configurations in `www/` stay valid: each is read by the core exactly as
//! the widget reads it.
#![cfg(not(target_arch = "wasm32"))]

use inburgeringswijzer::engine::gemeente::Gemeente;
use inburgeringswijzer::engine::Json;

#[test]
fn every_demo_configuration_is_valid() {
    for naam in ["haarlem", "amsterdam", "utrecht"] {
        let pad = format!("{}/www/gemeente-{naam}.json", env!("CARGO_MANIFEST_DIR"));
        let tekst = std::fs::read_to_string(&pad).expect(&pad);
        let json = Json::lees_tekst(&tekst).unwrap_or_else(|f| panic!("{pad}: {f:?}"));
        let gemeente = Gemeente::lees(&json).unwrap_or_else(|f| panic!("{pad}: {} {}", f.veld, f.code()));
        assert!(!gemeente.perspectief.is_empty(), "{pad} has local offers");
        for aanbod in &gemeente.perspectief {
            for link in aanbod.link.iter() {
                assert!(link.starts_with("https://www."), "{pad}: {link}");
            }
        }
    }
}
