//! The layers of `src/`, as the build checks them: money and dates (`basis`) at the bottom, the
//! sentences (`i18n`) on them, the rules (`engine`) on both, and the browser shell (`web`) and
//! the command line (`bin`) on top; inside the engine and inside the shell an order of their
//! own. Every module is parsed (`syn`): each `use` tree (groups included), each path in code
//! (`crate::`, `super::`, `self::`, a name a `use` bound, and paths inside macros), the crate
//! root too. A module names only modules below it, so the imports form no circle; the one pair
//! allowed is a `mod.rs` and its own children. `cargo test --test lagen -- --nocapture` prints
//! the module graph.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::{self, Visit};

/// Bottom to top; a module may use the modules before it.
const LAGEN: &[&str] = &["basis", "i18n", "engine", "web", "bin"];
/// The engine's modules, bottom to top. A folder's modules (`advies::plan`) stand at their
/// folder's place; inside a folder the children may use their `mod.rs` and each other without
/// a circle.
const ENGINE: &[&str] = &[
    "schrijver",
    "bron",
    "fout",
    "json",
    "codes",
    "param",
    "uitleg",
    "aow",
    "gemeente",
    "veld",
    "ontzorgen",
    "advies",
    "register",
    "traject",
    "antwoord",
    "tijdlijn",
    "caseload",
];
/// The shell's modules, bottom to top.
const SHELL: &[&str] = &[
    "dom",
    "stijl",
    "geheugen",
    "formulier",
    "invoer",
    "traject",
    "agenda",
    "tijdlijn",
    "weergave",
    "samenvatting",
    "tweetalig",
    "pagina",
    "caseload",
    "staat",
    "reizen",
    "element",
    "mod",
];
const BROWSER: &[&str] = &["wasm_bindgen", "web_sys", "js_sys"];

/// A module by its path from the crate root (`["engine", "advies", "plan"]`); the root is `[]`.
type Module = Vec<String>;

/// What one file names: each path with the module it stands in (a file's inline `mod tests`
/// included), its child modules and the macros it exports.
#[derive(Default)]
struct Verzameling {
    /// (the inline module the path stands in, its segments, the name a `use` binds it to)
    paden: Vec<(Module, Vec<String>, Option<String>)>,
    /// Child modules declared with `mod x;` or `mod x { }`, by the module they stand in.
    kinderen: BTreeSet<Module>,
    /// The `#[macro_export]` macros this file defines: they stand at the crate root by name
    /// (`crate::parameters!`), but belong to this module.
    macros: Vec<String>,
    binnen: Module,
}

impl Verzameling {
    fn boom(&mut self, boom: &syn::UseTree, voor: &mut Vec<String>) {
        match boom {
            syn::UseTree::Path(p) => {
                voor.push(p.ident.to_string());
                self.boom(&p.tree, voor);
                voor.pop();
            }
            syn::UseTree::Name(n) => self.gebruik(voor, &n.ident.to_string(), None),
            syn::UseTree::Rename(r) => self.gebruik(voor, &r.ident.to_string(), Some(r.rename.to_string())),
            syn::UseTree::Glob(_) => self.paden.push((self.binnen.clone(), voor.clone(), None)),
            syn::UseTree::Group(g) => g.items.iter().for_each(|b| self.boom(b, voor)),
        }
    }

    fn gebruik(&mut self, voor: &[String], naam: &str, als: Option<String>) {
        let mut pad = voor.to_vec();
        if naam != "self" {
            pad.push(naam.to_owned());
        }
        let gebonden = als.or_else(|| pad.last().cloned());
        self.paden.push((self.binnen.clone(), pad, gebonden));
    }

    /// Paths in a macro's tokens: `crate :: x`, `$crate :: x`, `super :: x`, `self :: x`.
    fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        let bomen: Vec<proc_macro2::TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < bomen.len() {
            if let proc_macro2::TokenTree::Group(g) = &bomen[i] {
                self.tokens(g.stream());
            }
            let mut pad = Vec::new();
            let mut j = i;
            while let Some(proc_macro2::TokenTree::Ident(naam)) = bomen.get(j) {
                pad.push(naam.to_string());
                let dubbel = matches!((bomen.get(j + 1), bomen.get(j + 2)),
                    (Some(proc_macro2::TokenTree::Punct(a)), Some(proc_macro2::TokenTree::Punct(b)))
                        if a.as_char() == ':' && b.as_char() == ':');
                if !dubbel {
                    break;
                }
                j += 3;
            }
            if pad.len() > 1 && ["crate", "super", "self", "inburgeringswijzer"].contains(&pad[0].as_str()) {
                self.paden.push((self.binnen.clone(), pad, None));
                i = j;
            }
            i += 1;
        }
    }
}

impl<'a> Visit<'a> for Verzameling {
    fn visit_item_use(&mut self, item: &'a syn::ItemUse) {
        self.boom(&item.tree, &mut Vec::new());
    }

    fn visit_item_mod(&mut self, item: &'a syn::ItemMod) {
        let mut kind = self.binnen.clone();
        kind.push(item.ident.to_string());
        self.kinderen.insert(kind.clone());
        let buiten = std::mem::replace(&mut self.binnen, kind);
        visit::visit_item_mod(self, item);
        self.binnen = buiten;
    }

    fn visit_path(&mut self, pad: &'a syn::Path) {
        let segmenten = pad.segments.iter().map(|s| s.ident.to_string()).collect();
        self.paden.push((self.binnen.clone(), segmenten, None));
        visit::visit_path(self, pad);
    }

    fn visit_item_macro(&mut self, item: &'a syn::ItemMacro) {
        if let Some(naam) = item.ident.as_ref().filter(|_| item.attrs.iter().any(|a| a.path().is_ident("macro_export")))
        {
            self.macros.push(naam.to_string());
        }
        visit::visit_item_macro(self, item);
    }

    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        self.tokens(mac.tokens.clone());
        visit::visit_macro(self, mac);
    }
}

/// The file's module path and its source.
struct Bron {
    module: Module,
    tekst: String,
}

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

/// Every module of `src/` with its text; a file of `src/bin` is the module `bin`.
fn bronnen() -> Vec<Bron> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paden = Vec::new();
    bestanden(&src, &mut paden);
    paden.sort();
    paden
        .iter()
        .map(|pad| {
            let deel = pad.strip_prefix(&src).unwrap().with_extension("");
            let mut module: Module = deel.iter().map(|d| d.to_string_lossy().into_owned()).collect();
            if module.last().is_some_and(|m| m == "mod" || m == "lib") {
                module.pop();
            }
            if module.first().is_some_and(|m| m == "bin") {
                module.truncate(1);
            }
            Bron { module, tekst: std::fs::read_to_string(pad).unwrap() }
        })
        .collect()
}

/// The graph: for each module the modules it names (itself left out).
struct Graaf {
    randen: BTreeMap<Module, BTreeSet<Module>>,
    /// Modules whose file holds more than `mod` declarations where only those may stand.
    fouten: Vec<String>,
}

fn graaf(bronnen: &[Bron]) -> Graaf {
    let modules: BTreeSet<Module> = bronnen.iter().map(|b| b.module.clone()).collect();
    let mut randen: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    let mut fouten = Vec::new();
    let verzamelingen: Vec<(&Bron, syn::File, Verzameling)> = bronnen
        .iter()
        .map(|bron| {
            let bestand = syn::parse_file(&bron.tekst)
                .unwrap_or_else(|e| panic!("{}: does not parse: {e}", bron.module.join("::")));
            let mut v = Verzameling { binnen: bron.module.clone(), ..Verzameling::default() };
            v.visit_file(&bestand);
            (bron, bestand, v)
        })
        .collect();
    let macros: BTreeMap<String, Module> = verzamelingen
        .iter()
        .flat_map(|(bron, _, v)| v.macros.iter().map(|m| (m.clone(), bron.module.clone())))
        .collect();
    for (bron, bestand, v) in verzamelingen {
        let andere_items = bestand.items.iter().filter(|i| !matches!(i, syn::Item::Mod(_))).count();
        let alleen_modules = bron.module.is_empty() || bron.module == ["engine"];
        if alleen_modules && andere_items > 0 {
            let naam = if bron.module.is_empty() { "src/lib.rs" } else { "src/engine/mod.rs" };
            fouten.push(format!("{naam}: holds {andere_items} items besides its modules; it only declares modules"));
        }
        let wortel: Module = if bron.module == ["bin"] { vec!["bin".into()] } else { vec![] };
        // The names a `use` binds, file-wide, to the absolute path they stand for.
        let mut namen: BTreeMap<String, Module> = BTreeMap::new();
        let absoluut = |binnen: &Module, pad: &[String], namen: &BTreeMap<String, Module>| -> Option<Module> {
            let eerste = pad.first()?;
            let mut uit = match eerste.as_str() {
                "crate" => wortel.clone(),
                "inburgeringswijzer" => vec![],
                "self" => binnen.clone(),
                "super" => {
                    let mut m = binnen.clone();
                    let mut rest = pad;
                    while rest.first().is_some_and(|s| s == "super") {
                        m.pop()?;
                        rest = &rest[1..];
                    }
                    m.extend(rest.iter().cloned());
                    return Some(m);
                }
                naam => {
                    let mut kind = binnen.clone();
                    kind.push(naam.to_owned());
                    if v.kinderen.contains(&kind) {
                        kind
                    } else {
                        namen.get(naam)?.clone()
                    }
                }
            };
            uit.extend(pad[1..].iter().cloned());
            Some(uit)
        };
        for (binnen, pad, gebonden) in &v.paden {
            if let (Some(naam), Some(doel)) = (gebonden, absoluut(binnen, pad, &namen)) {
                namen.insert(naam.clone(), doel);
            }
        }
        let uit = randen.entry(bron.module.clone()).or_default();
        for (binnen, pad, _) in &v.paden {
            if let Some(eerste) = pad.first().filter(|_| !bron.module.starts_with(&["web".to_owned()])) {
                if BROWSER.contains(&eerste.as_str()) {
                    fouten.push(format!("{} uses the browser crate {eerste}", bron.module.join("::")));
                }
            }
            let Some(mut doel) = absoluut(binnen, pad, &namen) else { continue };
            if let [naam] = &doel[..] {
                if let Some(module) = macros.get(naam) {
                    doel = module.clone();
                }
            }
            // The module is the longest prefix that is a file of its own (an inline module is
            // its file's).
            let module = (0..=doel.len()).rev().map(|n| doel[..n].to_vec()).find(|m| modules.contains(m)).unwrap();
            if module != bron.module {
                uit.insert(module);
            }
        }
    }
    Graaf { randen, fouten }
}

fn naam(m: &Module) -> String {
    if m.is_empty() {
        "crate".to_owned()
    } else {
        m.join("::")
    }
}

/// Where a module stands in an order: its top-level name in `LAGEN`, and inside `engine` and
/// `web` the place of its own name (a folder's child at its folder's place).
fn plaats(orde: &[&str], naam: &str) -> Option<usize> {
    orde.iter().position(|n| *n == naam)
}

/// Every edge that goes up a layer or up the engine's or the shell's order, and every circle
/// other than a `mod.rs` with its own children.
fn overtredingen(graaf: &Graaf) -> Vec<String> {
    let mut fouten = graaf.fouten.clone();
    for (van, naar_alle) in &graaf.randen {
        for naar in naar_alle {
            let fout = |wat: &str| format!("{} uses {}, {wat}", naam(van), naam(naar));
            let (Some(a), Some(b)) = (van.first(), naar.first()) else {
                fouten.push(fout("the crate root, which only declares the layers"));
                continue;
            };
            let (la, lb) = (plaats(LAGEN, a), plaats(LAGEN, b));
            if la < lb {
                fouten.push(fout("a higher layer"));
            }
            let eigen_mod = naar.len() + 1 == van.len() && van.starts_with(naar);
            if a != b || eigen_mod {
                continue;
            }
            let orde = match a.as_str() {
                "engine" => ENGINE,
                "web" => SHELL,
                _ => continue,
            };
            let onder = |m: &Module| m.get(1).map_or("mod", |s| s.as_str()).to_owned();
            let (oa, ob) = (onder(van), onder(naar));
            if oa != ob && plaats(orde, &oa) < plaats(orde, &ob) {
                fouten.push(fout(&format!("higher in the {a}'s order")));
            }
        }
    }
    for m in graaf.randen.keys() {
        let orde = match m.first().map(|s| s.as_str()) {
            Some("engine") => ENGINE,
            Some("web") => SHELL,
            Some(l) if plaats(LAGEN, l).is_some() => continue,
            None => continue,
            Some(l) => {
                fouten.push(format!("{l}: not a layer"));
                continue;
            }
        };
        let onder = m.get(1).map_or("mod", |s| s.as_str());
        if (m.len() > 1 || orde == SHELL) && plaats(orde, onder).is_none() {
            fouten.push(format!("{}: has no place in the order of {}", naam(m), m[0]));
        }
    }
    for kring in kringen(graaf) {
        fouten.push(format!("a circle: {}", kring.iter().map(naam).collect::<Vec<_>>().join(" → ")));
    }
    fouten
}

/// The circles of the graph without the edges from a child to its own `mod.rs` (Tarjan's
/// strongly connected components of more than one module).
fn kringen(graaf: &Graaf) -> Vec<Vec<Module>> {
    struct Stand<'a> {
        randen: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, (usize, usize)>,
        stapel: Vec<&'a Module>,
        op_stapel: BTreeSet<&'a Module>,
        uit: Vec<Vec<Module>>,
    }
    fn bezoek<'a>(s: &mut Stand<'a>, m: &'a Module) {
        let n = s.index.len();
        s.index.insert(m, (n, n));
        s.stapel.push(m);
        s.op_stapel.insert(m);
        for naar in s.randen.get(m).into_iter().flatten() {
            if naar.len() + 1 == m.len() && m.starts_with(naar) {
                continue; // a child and its own mod.rs
            }
            if !s.index.contains_key(naar) {
                bezoek(s, naar);
                let laag = s.index[naar].1.min(s.index[m].1);
                s.index.get_mut(m).unwrap().1 = laag;
            } else if s.op_stapel.contains(naar) {
                let laag = s.index[naar].0.min(s.index[m].1);
                s.index.get_mut(m).unwrap().1 = laag;
            }
        }
        if s.index[m].0 == s.index[m].1 {
            let mut kring = Vec::new();
            while let Some(top) = s.stapel.pop() {
                s.op_stapel.remove(top);
                kring.push(top.clone());
                if top == m {
                    break;
                }
            }
            if kring.len() > 1 {
                kring.sort();
                s.uit.push(kring);
            }
        }
    }
    let mut s = Stand {
        randen: &graaf.randen,
        index: BTreeMap::new(),
        stapel: Vec::new(),
        op_stapel: BTreeSet::new(),
        uit: Vec::new(),
    };
    for m in graaf.randen.keys() {
        if !s.index.contains_key(m) {
            bezoek(&mut s, m);
        }
    }
    s.uit
}

#[test]
fn each_module_uses_only_the_modules_below_it() {
    let graaf = graaf(&bronnen());
    for (van, naar) in &graaf.randen {
        println!("{} → {}", naam(van), naar.iter().map(naam).collect::<Vec<_>>().join(", "));
    }
    let randen: usize = graaf.randen.values().map(|n| n.len()).sum();
    assert!(randen > 200, "the parser found the crate's paths ({randen})");
    let fouten = overtredingen(&graaf);
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
}

/// The crate with one file's text replaced or added: what the checker says of it.
fn met(bestanden: &[(&[&str], &str)]) -> Vec<String> {
    let mut alle = bronnen();
    for (module, tekst) in bestanden {
        let module: Module = module.iter().map(|s| s.to_string()).collect();
        alle.retain(|b| b.module != module);
        alle.push(Bron { module, tekst: tekst.to_string() });
    }
    overtredingen(&graaf(&alle))
}

#[test]
fn a_grouped_use_of_a_higher_layer_fails() {
    let fouten = met(&[(&["engine", "bron"], "use crate::{basis, web};\npub fn f() {}")]);
    assert!(fouten.iter().any(|f| f == "engine::bron uses web, a higher layer"), "{fouten:?}");
}

#[test]
fn a_super_super_path_to_a_higher_layer_fails() {
    let fouten = met(&[(&["engine", "advies", "plan"], "pub fn f() { super::super::super::web::x(); }")]);
    assert!(fouten.iter().any(|f| f == "engine::advies::plan uses web, a higher layer"), "{fouten:?}");
}

#[test]
fn a_path_in_code_to_a_higher_layer_fails() {
    let fouten = met(&[(&["engine", "uitleg"], "pub fn f() -> usize { crate::web::dom::x().len() }")]);
    assert!(fouten.iter().any(|f| f == "engine::uitleg uses web::dom, a higher layer"), "{fouten:?}");
}

#[test]
fn the_crate_root_is_no_way_around_the_layers() {
    let lib = "pub mod basis;\npub mod engine;\npub mod i18n;\npub mod web;\n\
               pub fn alle_tabellen() -> usize { crate::web::x() }";
    let po = "pub fn po() -> usize { crate::alle_tabellen() }";
    let fouten = met(&[(&[], lib), (&["i18n", "po"], po)]);
    assert!(fouten.iter().any(|f| f.starts_with("src/lib.rs: holds 1 items")), "{fouten:?}");
    assert!(fouten.iter().any(|f| f == "i18n::po uses crate, the crate root, which only declares the layers"));
}

#[test]
fn a_circle_of_siblings_inside_the_engine_fails() {
    // advies::plan already uses advies::regels: one path back makes a circle.
    let regels = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/engine/advies/regels.rs")).unwrap()
        + "\npub fn terug() { super::plan::x(); }";
    let fouten = met(&[(&["engine", "advies", "regels"], &regels)]);
    assert!(fouten.iter().any(|f| f == "a circle: engine::advies::plan → engine::advies::regels"), "{fouten:?}");
}

#[test]
fn a_module_that_uses_one_above_it_in_the_engine_fails() {
    let fouten = met(&[(&["engine", "gemeente"], "use crate::engine::advies::Advies;")]);
    assert!(
        fouten.iter().any(|f| f == "engine::gemeente uses engine::advies, higher in the engine's order"),
        "{fouten:?}"
    );
}

#[test]
fn a_browser_crate_outside_the_shell_fails() {
    let fouten = met(&[(&["i18n", "formaat"], "#[wasm_bindgen::prelude::wasm_bindgen]\npub fn f() {}")]);
    assert!(fouten.iter().any(|f| f == "i18n::formaat uses the browser crate wasm_bindgen"), "{fouten:?}");
}
