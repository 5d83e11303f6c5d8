//! The browser shell in a real browser (wasm-pack test --headless --chrome).
#![cfg(target_arch = "wasm32")]

use inburgeringswijzer::web;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fout_code(fout: JsValue) -> String {
    let bericht = String::from(fout.dyn_into::<js_sys::Error>().expect("an Error").message());
    let object = js_sys::JSON::parse(&bericht).expect("the message is JSON");
    let binnen = js_sys::Reflect::get(&object, &"fout".into()).unwrap();
    for veld in ["veld", "code", "melding"] {
        assert!(js_sys::Reflect::get(&binnen, &veld.into()).unwrap().is_string(), "fout.{veld} is a string");
    }
    js_sys::Reflect::get(&binnen, &"code".into()).unwrap().as_string().unwrap()
}

#[wasm_bindgen_test]
fn invalid_input_throws_an_error_carrying_the_fout_object() {
    // A table of cases: (what the page passes, the contract's code).
    type Aanroep = fn() -> Result<JsValue, JsValue>;
    let gevallen: [(Aanroep, &str); 3] = [
        (|| web::advies(JsValue::from_str("geen object"), None), "verkeerd_type"),
        (
            || web::ontzorgen(js_sys::JSON::parse(r#"{"startdatum": "2024-01-01", "onbekend": 1}"#).unwrap()),
            "onbekend_veld",
        ),
        (
            || {
                web::ontzorgen(js_sys::JSON::parse(r#"{"startdatum": "2024-13-01", "leefvorm": "alleenstaande", "geboortedatum": "1990-01-01", "vasteLasten": {}}"#).unwrap())
            },
            "ongeldige_datum",
        ),
    ];
    for (aanroep, code) in gevallen {
        assert_eq!(fout_code(aanroep().unwrap_err()), code);
    }
}

/// The operations of one list (see src/web/dom.rs) as fields.
fn opdrachten(lijst: &str) -> Vec<Vec<&str>> {
    lijst.split('\u{1e}').filter(|op| !op.is_empty()).map(|op| op.split('\u{1f}').collect()).collect()
}

fn heeft(lijst: &str, gezocht: &[&str]) -> bool {
    opdrachten(lijst).iter().any(|op| op.as_slice() == gezocht)
}

/// A host element with these attributes, on the page.
fn host(attributen: &[(&str, &str)]) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    for (naam, waarde) in attributen {
        host.set_attribute(naam, waarde).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    host
}

fn wijzer(host: &web_sys::HtmlElement) -> web::Wijzer {
    web::Wijzer::new(host.clone()).unwrap()
}

#[wasm_bindgen_test]
fn the_tree_is_drawn_in_the_language_and_direction_of_the_attributes() {
    let host = host(&[]);
    let mut w = wijzer(&host);
    assert!(host.shadow_root().is_some(), "an open shadow root");
    let lijst = w.teken();
    assert!(heeft(&lijst, &["a", "1", "dir", "ltr"]) && heeft(&lijst, &["a", "1", "lang", "nl"]));
    assert!(heeft(&lijst, &["a", "1", "translate", "no"]));
    assert!(lijst.contains("Inburgeringswijzer") && lijst.contains("aria-live"));
    assert!(heeft(&lijst, &["r", ""]), "the shadow root is emptied first");
    host.set_attribute("lang", "ar").unwrap();
    let lijst = w.attribuut();
    assert!(heeft(&lijst, &["a", "1", "dir", "rtl"]) && lijst.contains("دليل الاندماج"));
    host.set_attribute("lang", "ti").unwrap();
    host.set_attribute("onderdeel", "ontzorgen").unwrap();
    let lijst = w.attribuut();
    assert!(lijst.contains("o:leefvorm") && !lijst.contains("a:verblijf"));
    host.set_attribute("modus", "medewerker").unwrap();
    assert!(w.attribuut().contains("samenvatting"));
}

#[wasm_bindgen_test]
fn a_rejected_answer_is_tied_to_its_field_and_an_unchanged_one_draws_nothing() {
    let host = host(&[("onderdeel", "ontzorgen")]);
    let mut w = wijzer(&host);
    w.teken();
    for (naam, waarde) in [
        ("o:startdatum.dag", "1"),
        ("o:startdatum.maand", "4"),
        ("o:startdatum.jaar", "2024"),
        ("o:leefvorm", "alleenstaande"),
        ("o:geboortedatum.dag", "1"),
        ("o:geboortedatum.maand", "7"),
        ("o:geboortedatum.jaar", "1988"),
    ] {
        w.invoer(naam, waarde);
    }
    let lijst = w.invoer("o:vasteLasten.huur", "veel");
    let markering = opdrachten(&lijst).into_iter().find(|op| op[0] == "f").expect("the fields are marked");
    let fout_id = markering[2];
    assert!(fout_id.starts_with("fout-"), "{markering:?}");
    assert!(heeft(&lijst, &["d", &format!("#{fout_id}"), "hidden"]), "the error is shown");
    assert_eq!(w.invoer("o:vasteLasten.huur", "veel"), "", "the same value again changes nothing");
    // Switching the language translates the error; the typed text is the input's value.
    host.set_attribute("lang", "tr").unwrap();
    let lijst = w.attribuut();
    assert!(lijst.contains("\u{1f}value\u{1f}veel\u{1e}"));
    assert!(lijst.contains("cevap") || lijst.contains("tutar"));
}

#[wasm_bindgen_test]
fn a_configuration_that_arrives_after_the_answers_shows_its_offers() {
    let mut wijzer = wijzer(&host(&[("onderdeel", "advies")]));
    wijzer.teken();
    for (naam, waarde) in [
        ("a:geboortedatum.dag", "2"),
        ("a:geboortedatum.maand", "4"),
        ("a:geboortedatum.jaar", "1996"),
        ("a:nationaliteit", "ER"),
        ("a:verblijf", "geen"),
    ] {
        assert!(!wijzer.invoer(naam, waarde).contains("Taalcafé De Brug"));
    }
    // Same heading (no name, no contact), so the element updates instead of rebuilding.
    let config =
        js_sys::JSON::parse(r#"{"perspectief": [{"voor": ["geen"], "soort": "cursus", "titel": "Taalcafé De Brug"}]}"#)
            .unwrap();
    let lijst = wijzer.gemeente(config, "");
    assert!(lijst.contains("Taalcafé De Brug"), "{lijst}");
    assert!(!heeft(&lijst, &["r", ""]), "no rebuild: the person may be typing");
}

/// The module's own allocator (src/web/geheugen.rs): blocks of every size class, alignments up
/// to a page, growth by realloc, and reuse after free, each checked by its contents.
#[wasm_bindgen_test]
fn the_allocator_keeps_every_block_apart_and_reuses_freed_ones() {
    let mut blokken: Vec<Vec<u8>> = (0..24).map(|k| vec![k as u8; (1usize << k) - 1 + k]).collect();
    for (k, blok) in blokken.iter().enumerate() {
        assert!(blok.iter().all(|&b| b == k as u8), "block {k} overwritten");
    }
    #[repr(align(4096))]
    struct Pagina([u8; 4096]);
    let pagina = Box::new(Pagina([7; 4096]));
    assert_eq!(&*pagina as *const Pagina as usize % 4096, 0);
    let mut groeiend = Vec::new();
    for i in 0..100_000u32 {
        groeiend.push(i);
    }
    assert!(groeiend.iter().enumerate().all(|(i, &v)| v == i as u32), "realloc keeps the contents");
    let adres = blokken[10].as_ptr();
    blokken.swap_remove(10);
    let opnieuw = vec![1u8; (1 << 10) - 1 + 10];
    assert_eq!(opnieuw.as_ptr(), adres, "a freed block serves the next request of its size");
    assert!(pagina.0.iter().all(|&b| b == 7));
}

/// The allocator under random requests against a model (issue 13): blocks of random size and
/// alignment are allocated, grown, shrunk and freed in random order. After every step each live
/// block is aligned, apart from every other and still holds what was written into it; and a
/// request is served from the freed blocks of its size class, last freed first, as the model's
/// free lists say.
#[wasm_bindgen_test]
fn the_allocator_agrees_with_a_model_under_random_requests() {
    use std::alloc::{alloc, dealloc, realloc, Layout};

    // xorshift: deterministic, so a failure repeats.
    let mut toestand = 0x9e37_79b9_7f4a_7c15u64;
    let mut toeval = move |n: usize| {
        toestand ^= toestand << 13;
        toestand ^= toestand >> 7;
        toestand ^= toestand << 17;
        (toestand % n as u64) as usize
    };
    let klasse = |l: Layout| l.size().max(l.align()).max(16).next_power_of_two().trailing_zeros() as usize;
    // The test's own lists are made full size first, so that they ask nothing of the allocator
    // while the model runs. Live blocks: address, layout, the byte written into every byte.
    const STAPPEN: usize = 1_500;
    let mut levend: Vec<(*mut u8, Layout, u8)> = Vec::with_capacity(STAPPEN);
    // The model's free lists: per class, the freed addresses, last on top.
    let mut vrij: Vec<Vec<usize>> = (0..32).map(|_| Vec::with_capacity(STAPPEN)).collect();
    let mut bereiken: Vec<(usize, usize)> = Vec::with_capacity(STAPPEN);
    for stap in 0..STAPPEN {
        let merk = (stap % 251) as u8;
        match toeval(10) {
            0..=4 => {
                let grootte = match toeval(10) {
                    0..=3 => toeval(17),
                    4..=6 => toeval(300),
                    7 | 8 => toeval(5_000),
                    _ => toeval(70_000),
                }
                .max(1);
                let layout = Layout::from_size_align(grootte, 1 << toeval(7)).unwrap();
                let blok = unsafe { alloc(layout) };
                assert!(!blok.is_null(), "step {stap}: {layout:?}");
                if let Some(verwacht) = vrij[klasse(layout)].pop() {
                    assert_eq!(blok as usize, verwacht, "step {stap}: the last freed block of its class");
                }
                unsafe { blok.write_bytes(merk, grootte) };
                levend.push((blok, layout, merk));
            }
            5..=7 if !levend.is_empty() => {
                let (blok, layout, _) = levend.swap_remove(toeval(levend.len()));
                unsafe { dealloc(blok, layout) };
                vrij[klasse(layout)].push(blok as usize);
            }
            _ if !levend.is_empty() => {
                let i = toeval(levend.len());
                let (blok, layout, oud) = levend[i];
                let grootte = (toeval(3 * layout.size() + 40)).max(1);
                let nieuw_layout = Layout::from_size_align(grootte, layout.align()).unwrap();
                let nieuw = unsafe { realloc(blok, layout, grootte) };
                assert!(!nieuw.is_null(), "step {stap}: realloc");
                let gehouden = unsafe { std::slice::from_raw_parts(nieuw, grootte.min(layout.size())) };
                assert!(gehouden.iter().all(|&b| b == oud), "step {stap}: realloc keeps the contents");
                if klasse(nieuw_layout) == klasse(layout) {
                    assert_eq!(nieuw, blok, "step {stap}: the same class stays in place");
                } else {
                    // Served like a new request, then the old block freed.
                    if let Some(verwacht) = vrij[klasse(nieuw_layout)].pop() {
                        assert_eq!(nieuw as usize, verwacht, "step {stap}: realloc takes the last freed block");
                    }
                    vrij[klasse(layout)].push(blok as usize);
                }
                unsafe { nieuw.write_bytes(merk, grootte) };
                levend[i] = (nieuw, nieuw_layout, merk);
            }
            _ => {}
        }
        bereiken.clear();
        bereiken.extend(levend.iter().map(|(b, l, _)| (*b as usize, *b as usize + l.size())));
        bereiken.sort_unstable();
        assert!(bereiken.windows(2).all(|w| w[0].1 <= w[1].0), "step {stap}: blocks overlap");
        // Every block's contents now and then (every step would take minutes in a debug build).
        for (blok, layout, merk) in levend.iter().filter(|_| stap % 100 == 99) {
            assert_eq!(*blok as usize % layout.align(), 0, "step {stap}: aligned");
            let inhoud = unsafe { std::slice::from_raw_parts(*blok, layout.size()) };
            assert!(inhoud.iter().all(|b| b == merk), "step {stap}: a live block was overwritten");
        }
    }
    for (blok, layout, _) in levend {
        unsafe { dealloc(blok, layout) };
    }
}
