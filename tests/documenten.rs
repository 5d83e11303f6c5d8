//! The documents a gemeente signs (`docs/dpia-bijlage.md`, `docs/toegankelijkheidsverklaring.md`)
//! cite the tests that prove each claim, as `` `FILE` › `TEST` ``: an end-to-end test by its name
//! (`tests/e2e/….test.mjs`; a name built with `${…}` matches any value there) or a native test by
//! its function (`tests/….rs`, `src/….rs`). A test renamed or removed fails here, so a claim never
//! points to a test that no longer exists; `make test` runs the cited tests themselves.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

const DOCUMENTEN: [&str; 2] = ["docs/dpia-bijlage.md", "docs/toegankelijkheidsverklaring.md"];

/// Every `` `FILE` › `TEST` `` in `tekst`.
fn verwijzingen(tekst: &str) -> Vec<(String, String)> {
    let mut uit = Vec::new();
    let mut rest = tekst;
    while let Some(i) = rest.find("` › `") {
        let begin = rest[..i].rfind('`').map_or(0, |b| b + 1);
        let na = &rest[i + "` › `".len()..];
        let eind = na.find('`').unwrap_or(na.len());
        uit.push((rest[begin..i].to_owned(), na[..eind].to_owned()));
        rest = &na[eind..];
    }
    uit
}

/// The names of the tests in an end-to-end file: the first argument of each `test(`.
fn e2e_namen(bron: &str) -> Vec<String> {
    let mut namen = Vec::new();
    for (i, _) in bron.match_indices("test(") {
        if bron[..i].ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == '_') {
            continue;
        }
        let na = &bron[i + "test(".len()..];
        let Some(aanhalingsteken) = na.chars().next().filter(|c| matches!(c, '\'' | '"' | '`')) else { continue };
        let mut naam = String::new();
        let mut tekens = na[1..].chars();
        while let Some(c) = tekens.next() {
            match c {
                '\\' => naam.extend(tekens.next()),
                c if c == aanhalingsteken => break,
                c => naam.push(c),
            }
        }
        namen.push(naam);
    }
    namen
}

/// Whether `naam` is what the test name `patroon` gives, `${…}` standing for any text.
fn past(patroon: &str, naam: &str) -> bool {
    let mut delen = Vec::new();
    let mut rest = patroon;
    while let Some(i) = rest.find("${") {
        delen.push(&rest[..i]);
        rest = rest[i..].find('}').map_or("", |j| &rest[i + j + 1..]);
    }
    delen.push(rest);
    if delen.len() == 1 {
        return patroon == naam;
    }
    let (eerste, laatste) = (delen[0], delen[delen.len() - 1]);
    if !naam.starts_with(eerste) || !naam[eerste.len()..].ends_with(laatste) {
        return false;
    }
    let mut midden = &naam[eerste.len()..naam.len() - laatste.len()];
    for deel in &delen[1..delen.len() - 1] {
        match midden.find(deel) {
            Some(j) => midden = &midden[j + deel.len()..],
            None => return false,
        }
    }
    true
}

/// Why a citation does not hold, or `None` when its test exists.
fn ontbreekt(bestand: &str, test: &str) -> Option<String> {
    let Ok(bron) = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(bestand)) else {
        return Some(format!("{bestand}: no such file"));
    };
    let bestaat = if bestand.ends_with(".mjs") {
        e2e_namen(&bron).iter().any(|patroon| past(patroon, test))
    } else {
        bron.contains(&format!("fn {test}("))
    };
    (!bestaat).then(|| format!("{bestand}: no test `{test}`"))
}

#[test]
fn every_test_the_documents_cite_exists() {
    for document in DOCUMENTEN {
        let tekst = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(document)).unwrap();
        let lijst = verwijzingen(&tekst);
        assert!(lijst.len() >= 20, "{document} cites {} tests", lijst.len());
        let fouten: Vec<String> = lijst.iter().filter_map(|(bestand, test)| ontbreekt(bestand, test)).collect();
        assert!(fouten.is_empty(), "{document} cites tests that do not exist:\n{}", fouten.join("\n"));
    }
}

#[test]
fn the_citation_check_can_fail() {
    let tekst = "zie `tests/e2e/widget.test.mjs` › `print view: the summary without the form` en \
                 `tests/e2e/privacy.test.mjs` › `privacy (medewerker, fa): no request after load, nothing stored, no answer in the console`.";
    let lijst = verwijzingen(tekst);
    assert_eq!(lijst.len(), 2);
    assert!(lijst.iter().all(|(bestand, test)| ontbreekt(bestand, test).is_none()), "{lijst:?}");
    assert!(ontbreekt("tests/e2e/widget.test.mjs", "print view: the summary").is_some());
    assert!(ontbreekt("tests/e2e/privacy.test.mjs", "privacy (medewerker, fa): no request after load").is_some());
    assert!(ontbreekt("tests/documenten.rs", "the_citation_check_can_fail").is_none());
    assert!(ontbreekt("tests/documenten.rs", "the_citation_check_can").is_some());
    assert!(ontbreekt("tests/e2e/bestaat-niet.test.mjs", "x").is_some());
    assert!(past("a ${x} b ${y}", "a 1 b 2") && !past("a ${x} b ${y}", "a 1 c 2") && past("ab", "ab"));
}
