//! The layers of `src/`, as the build checks them: money and dates (`basis`) at the bottom, the
//! sentences (`i18n`) on them, the rules (`engine`) on both, and the browser shell (`web`) and
//! the command line (`bin`) on top. A module names only modules of lower layers, so the imports
//! form no cycle; the browser crates appear in `web` only, which nothing imports.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// Bottom to top; a module may use the modules before it.
const LAGEN: &[&str] = &["basis", "i18n", "engine", "web", "bin"];
const BROWSER: &[&str] = &["wasm_bindgen", "web_sys", "js_sys"];

fn bestanden(map: &Path, uit: &mut Vec<PathBuf>) {
    for item in std::fs::read_dir(map).unwrap() {
        let pad = item.unwrap().path();
        if pad.is_dir() {
            bestanden(&pad, uit);
        } else if pad.extension().is_some_and(|e| e == "rs") {
            uit.push(pad);
        }
    }
}

/// The modules of the crate a text names: `crate::x`, `$crate::x`, `inburgeringswijzer::x`, and
/// from a top-level `mod.rs` `super::x`.
fn genoemd(tekst: &str, top_mod: bool) -> Vec<String> {
    let mut namen = Vec::new();
    let voorvoegsels: &[&str] =
        if top_mod { &["crate::", "inburgeringswijzer::", "super::"] } else { &["crate::", "inburgeringswijzer::"] };
    for voor in voorvoegsels {
        for (i, _) in tekst.match_indices(voor) {
            let ervoor = tekst[..i].chars().next_back();
            if ervoor.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &tekst[i + voor.len()..];
            let naam: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            namen.push(naam);
        }
    }
    namen
}

#[test]
fn each_module_uses_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paden = Vec::new();
    bestanden(&src, &mut paden);
    let mut fouten = Vec::new();
    let mut gezien = 0;
    for pad in &paden {
        let deel = pad.strip_prefix(&src).unwrap();
        let Some(laag) = deel.iter().next().and_then(|d| d.to_str()).filter(|d| !d.ends_with(".rs")) else {
            continue; // lib.rs declares the layers
        };
        let hoogte = LAGEN.iter().position(|l| *l == laag).unwrap_or_else(|| panic!("{laag}: not a layer"));
        let top_mod = deel.iter().count() == 2 && deel.ends_with("mod.rs");
        let tekst = std::fs::read_to_string(pad).unwrap();
        for naam in genoemd(&tekst, top_mod) {
            gezien += 1;
            if LAGEN.iter().position(|l| *l == naam).is_some_and(|h| h > hoogte) {
                fouten.push(format!("{}: uses {naam}, a higher layer", deel.display()));
            }
        }
        if laag != "web" {
            for krat in BROWSER {
                if tekst.contains(&format!("{krat}::")) {
                    fouten.push(format!("{}: uses the browser crate {krat}", deel.display()));
                }
            }
        }
    }
    assert!(gezien > 50, "the scan found the crate's paths ({gezien})");
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
}

#[test]
fn the_scan_sees_a_forbidden_path() {
    assert_eq!(genoemd("use crate::engine::geld::Cent;\nlet x = crate::web::y;", false), ["engine", "web"]);
    assert_eq!(genoemd("$crate::i18n::Tekst; my_crate::x", false), ["i18n"]);
    assert_eq!(genoemd("use super::datum;", true), ["datum"]);
    assert!(genoemd("use super::datum;", false).is_empty());
}
