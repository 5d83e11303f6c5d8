//! The command line's contract: exit codes, the `fout` shape, and batch mode line for line.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{wijzer, wijzer_met_stderr};

fn fout(regel: &str) -> (String, String) {
    let waarde: serde_json::Value = serde_json::from_str(regel).expect("one JSON object");
    let fout = &waarde["fout"];
    assert!(fout["melding"].as_str().is_some_and(|m| !m.is_empty()), "melding in {regel}");
    (fout["veld"].as_str().unwrap().to_owned(), fout["code"].as_str().unwrap().to_owned())
}

#[test]
fn unreadable_empty_and_unknown_input_exit_2_with_a_fout() {
    for opdracht in ["advies", "ontzorgen"] {
        let (code, uit) = wijzer(&[opdracht], b"{ niet json");
        assert_eq!((code, fout(&uit)), (2, ("".into(), "ongeldige_json".into())));
        let (code, uit) = wijzer(&[opdracht], b"  \n");
        assert_eq!((code, fout(&uit)), (2, ("".into(), "lege_invoer".into())));
        let (code, uit) = wijzer(&[opdracht], br#"{"veldDatNietBestaat": 1}"#);
        assert_eq!((code, fout(&uit)), (2, ("veldDatNietBestaat".into(), "onbekend_veld".into())));
        let (code, uit) = wijzer(&[opdracht], b"\xff\xfe");
        assert_eq!((code, fout(&uit).1), (2, "ongeldige_json".into()));
    }
}

#[test]
fn unknown_commands_and_options_exit_2() {
    for args in [&[][..], &["adviezen"][..], &["advies", "--json"][..], &["advies", "--gemeente"][..]] {
        let (code, uit) = wijzer(args, b"{}");
        assert_eq!((code, fout(&uit).1), (2, "onbekend_commando".into()), "{args:?}");
    }
}

#[test]
fn batch_mode_answers_every_line_in_order_and_goes_on() {
    let mut invoer = b"{\"x\": 1}\nkapot\n\n\xff\n".to_vec();
    invoer.extend(vec![b' '; (1 << 20) + 10]);
    invoer.extend(b"\n{\"y\": 2}");
    let (code, uit) = wijzer(&["advies", "--jsonl"], &invoer);
    assert_eq!(code, 0);
    let codes: Vec<String> = uit.lines().map(|regel| fout(regel).1).collect();
    assert_eq!(
        codes,
        ["onbekend_veld", "ongeldige_json", "lege_invoer", "ongeldige_json", "te_groot", "onbekend_veld"]
    );
}

/// The rows listed by `wijzer controle`: (parameter, vanaf) pairs, and the count line.
fn verouderd(uit: &str) -> (Vec<(String, String)>, String) {
    let rijen = uit
        .lines()
        .skip_while(|regel| !regel.starts_with("parameter "))
        .skip(1)
        .take_while(|regel| !regel.is_empty())
        .map(|regel| {
            let mut kolommen = regel.split_whitespace();
            (kolommen.next().unwrap().to_owned(), kolommen.next().unwrap().to_owned())
        })
        .collect();
    (rijen, uit.lines().find(|regel| regel.contains(" rijen niet op tijd")).unwrap_or_default().to_owned())
}

#[test]
fn the_staleness_report_lists_every_row_late_and_none_on_the_check_date() {
    let alle = inburgeringswijzer::engine::register::alle_controles();
    let alle_rijen: Vec<(String, String)> = alle.iter().map(|c| (c.naam.to_owned(), c.vanaf.to_string())).collect();

    let (code, uit) = wijzer(&["controle", "--op", "2200-12-31"], b"");
    assert_eq!(code, 0, "a report, not a gate");
    let (rijen, telling) = verouderd(&uit);
    assert_eq!(rijen, alle_rijen);
    assert!(telling.starts_with(&format!("{0} van {0} rijen", alle.len())), "{telling}");

    // The newest check date of the rule data: nothing can be stale on it.
    let nieuwste = alle.iter().map(|c| c.gecontroleerd).max().unwrap().to_string();
    let (code, uit) = wijzer(&["controle", "--op", &nieuwste], b"");
    assert_eq!(code, 0);
    let (rijen, telling) = verouderd(&uit);
    assert_eq!(rijen, []);
    assert!(telling.starts_with(&format!("0 van {} rijen", alle.len())), "{telling}");
}

#[test]
fn the_staleness_report_needs_a_real_date() {
    for (args, verwacht) in [
        (&["controle", "--op", "2026-02-30"][..], ("--op", "ongeldige_datum")),
        (&["controle", "--op", "23-11-2026"][..], ("--op", "ongeldige_datum")),
        (&["controle", "--op", "vandaag"][..], ("--op", "ongeldige_datum")),
        (&["controle"][..], ("--op", "verplicht")),
        (&["controle", "--op"][..], ("--op", "verplicht")),
        (&["controle", "--op", "2026-11-23", "--jsonl"][..], ("", "onbekend_commando")),
    ] {
        let (code, uit) = wijzer(args, b"");
        assert_eq!((code, fout(&uit)), (2, (verwacht.0.into(), verwacht.1.into())), "{args:?}");
    }
}

#[test]
fn po_export_writes_one_file_per_language_and_a_broken_import_changes_nothing() {
    let map = std::env::temp_dir().join(format!("wijzer-po-{}", std::process::id()));
    std::fs::create_dir_all(&map).unwrap();
    let (code, uit) = wijzer(&["po", "export", map.to_str().unwrap()], b"");
    assert_eq!((code, uit.lines().count()), (0, 6));
    let ti = std::fs::read_to_string(map.join("ti.po")).unwrap();
    assert!(ti.contains("msgctxt \"advies.aow_bereikt\"\nmsgid \"U heeft de AOW-leeftijd bereikt op {0}."));
    // Unchanged, the import has nothing to write.
    let (code, uit) = wijzer(&["po", "import", map.join("ti.po").to_str().unwrap()], b"");
    assert_eq!((code, uit.trim()), (0, "0 zinnen bijgewerkt (ti)."));
    // A placeholder lost: refused as a whole, the sources untouched.
    let bron = std::fs::read_to_string("src/i18n/advies.rs").unwrap();
    let kapot = ti.replacen("(AOW) በጺሕኩም", "(AOW) በጺሕኩም {3}", 1);
    assert_ne!(kapot, ti);
    std::fs::write(map.join("kapot.po"), kapot).unwrap();
    let (code, _) = wijzer(&["po", "import", map.join("kapot.po").to_str().unwrap()], b"");
    assert_eq!(code, 2);
    assert_eq!(std::fs::read_to_string("src/i18n/advies.rs").unwrap(), bron);
    let (code, uit) = wijzer(&["po", "importeer", "x"], b"");
    assert_eq!((code, fout(&uit).1), (2, "onbekend_commando".into()));
}

#[test]
fn gemeente_controleer_lists_every_problem_with_its_path_in_dutch() {
    let map = std::env::temp_dir().join(format!("wijzer-gemeente-{}", std::process::id()));
    std::fs::create_dir_all(&map).unwrap();
    let slecht = map.join("slecht.json");
    std::fs::write(
        &slecht,
        r#"{"naam": "X", "traject": [{"naam": "a", "wanneer": {"na": "morgen"}, "duurWeken": 0}, {"naam": "b", "uitvoerder": "jan"}],
            "contacten": [{"id": "km", "naam": "K", "rol": "r", "website": "http://x.nl"}]}"#,
    )
    .unwrap();
    let (code, uit) = wijzer(&["gemeente", "--controleer", slecht.to_str().unwrap()], b"");
    assert_eq!(code, 2, "{uit}");
    let regels: Vec<&str> = uit.lines().collect();
    assert_eq!(regels[0], "contacten[0].website: Deze link kan niet. Een link begint met https:, mailto: of tel:.");
    assert_eq!(regels[1], "traject[0].wanneer.na: Kies een van de antwoorden uit de lijst.");
    // Two problems of one step: both are listed.
    assert!(regels[2].starts_with("traject[0].duurWeken: "), "{uit}");
    assert_eq!(regels[3], "traject[1].uitvoerder: Deze contactpersoon staat niet bij 'contacten'.");
    assert!(regels[4].ends_with("slecht.json: 4 problemen."), "{uit}");
    // A file that is not there, and broken JSON with where it breaks: two different messages.
    let weg = map.join("weg.json");
    let (code, uit) = wijzer(&["gemeente", "--controleer", weg.to_str().unwrap()], b"");
    assert_eq!(code, 2);
    assert!(uit.starts_with("(het hele bestand): Dit bestand is er niet, of het kan niet worden geopend."), "{uit}");
    let kapot = map.join("kapot.json");
    std::fs::write(&kapot, "{\n  \"naam\": \"X\",\n  \"traject\": [}\n").unwrap();
    let (code, uit) = wijzer(&["gemeente", "--controleer", kapot.to_str().unwrap()], b"");
    assert_eq!(code, 2);
    assert!(uit.starts_with("(het hele bestand, rond regel 3, kolom 15): De gegevens zijn niet te lezen."), "{uit}");
    let demo = concat!(env!("CARGO_MANIFEST_DIR"), "/www/gemeente-utrecht.json");
    let (code, uit) = wijzer(&["gemeente", "--controleer", demo], b"");
    assert_eq!((code, uit.trim_end()), (0, format!("{demo}: geen problemen gevonden.").as_str()));
    // A gemeente of a regional file for the advice.
    let situatie =
        br#"{"peildatum": "2026-03-25", "geboortedatum": "1995-05-01", "nationaliteit": "ER", "verblijf": "asiel",
        "verblijfsdatum": "2026-01-05", "bijstand": true, "bijstandSinds": "2026-02-09"}"#;
    let (code, uit) = wijzer(&["advies", "--gemeente", &format!("{demo}#nieuwegein")], situatie);
    assert_eq!(code, 0, "{uit}");
    let advies: serde_json::Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(advies["traject"][1]["status"], "bezig", "{uit}");
    let (code, uit) = wijzer(&["advies", "--gemeente", &format!("{demo}#houten")], situatie);
    assert_eq!((code, fout(&uit)), (2, ("gemeenten.houten".into(), "onbekende_gemeente".into())));
    std::fs::remove_dir_all(map).unwrap();
}

const CASELOAD: &str = "klant;verblijf;geboortedatum;nationaliteit;verblijfsdatum;duoBriefDatum;pipDatum;\
    leerbaarheidstoets.score;leerbaarheidstoets.datum;bijstand;bijstandSinds\r\n\
    K-1;asiel;1995-05-01;ER;2026-01-05;2026-02-16;;;;ja;2026-02-09\r\n\
    K-2;asiel;1990-01-01;SY;2026-01-05;2026-02-16;2026-03-01;41;2026-02-20;nee;\r\n\
    \"K-3; met \"\"puntkomma\"\"\";asiel;1990-01-01;SY;2025-01-05;2025-02-01;2025-03-01;28,00;2025-02-20;nee;\r\n\
    K-4;geen;;;;;;;;;\r\n\
    K-5;asiel;1990-01-01;SY;2026-01-05;2026-02-16;;;;misschien;\r\n";

/// K-3, an asylum status holder without a housing date or bijstand, has no PIP date: it moves
/// with housing (Besluit inburgering 2021 art. 5.3 lid 1), and the housing date is asked.
#[test]
fn werklijst_writes_the_worklist_and_lists_bad_lines_on_stderr() {
    let (code, uit, fouten) = wijzer_met_stderr(&["werklijst", "--op", "2026-12-07"], CASELOAD);
    assert_eq!(code, 0, "{fouten}");
    let regels: Vec<&str> = uit.strip_prefix('\u{feff}').expect("a BOM for Excel").split_terminator("\r\n").collect();
    assert_eq!(
        regels,
        [
            "klant;volgende actie;datum;stand;pipUiterlijk;termijn.einde;leerroute;open vragen;inburgeringsplichtig;regel",
            "K-1;PIP vaststellen;2026-04-27;te laat;2026-04-27;;;leerplichtig, nlDiploma, leerbaarheidstoets, pipDatum;ja;2",
            "\"K-3; met \"\"puntkomma\"\"\";Laatste dag aanmelden: Lezen, Luisteren, Schrijven, Spreken, KNM;2027-10-20;;;\
             2028-03-01;B1-route;leerplichtig, nlDiploma, wilOpleiding, huisvestingDatum;ja;4",
            "K-4;;;;;;;;nee;5",
        ]
    );
    assert_eq!(
        fouten.lines().collect::<Vec<_>>(),
        [
            "regel 3: leerbaarheidstoets.score: Dit getal kan niet. Kies een getal van 0 tot en met 40.",
            "regel 6: bijstand: Dit is niet het goede soort antwoord.",
            "3 klanten in de werklijst, 2 regels niet gelezen.",
        ]
    );
}

#[test]
fn werklijst_gives_what_the_core_gives_byte_for_byte() {
    use inburgeringswijzer::basis::datum;
    use inburgeringswijzer::engine::json::Json;
    use inburgeringswijzer::engine::{caseload, gemeente::Gemeente};
    let haarlem = Gemeente::lees(&Json::lees_tekst(include_str!("../www/gemeente-haarlem.json")).unwrap()).unwrap();
    let kern = caseload::lees(CASELOAD.as_bytes(), datum::dag(2026, 12, 7), &haarlem).unwrap();
    let args = ["werklijst", "--gemeente", "www/gemeente-haarlem.json", "--op", "2026-12-07"];
    let (code, uit, _) = wijzer_met_stderr(&args, CASELOAD);
    assert_eq!((code, uit), (0, caseload::werklijst::werklijst(&kern)));
    assert!(kern.klanten.iter().any(|k| !k.antwoord.traject.is_empty()), "Haarlem's traject is in it");
}

#[test]
fn werklijst_fails_whole_only_on_the_header_or_its_options() {
    let (code, uit, fouten) =
        wijzer_met_stderr(&["werklijst", "--op", "2026-12-07"], "klant;verblijf;pipdatum\nA;geen;\n");
    assert_eq!((code, uit.as_str()), (2, ""));
    assert_eq!(fouten.trim(), "pipdatum: Dit veld kennen we niet. Controleer de spelling.");
    let (code, _, fouten) = wijzer_met_stderr(&["werklijst", "--op", "2026-12-07"], b"klant;verblijf\n\xe9;geen\n");
    assert_eq!(code, 2);
    assert!(fouten.contains("UTF-8"), "{fouten}");
    for (args, verwacht) in [
        (&["werklijst", "--op", "7-12-2026"][..], ("--op", "ongeldige_datum")),
        (&["werklijst", "--op"][..], ("--op", "verplicht")),
        (&["werklijst", "--jsonl"][..], ("", "onbekend_commando")),
    ] {
        let (code, uit) = wijzer(args, CASELOAD);
        assert_eq!((code, fout(&uit)), (2, (verwacht.0.into(), verwacht.1.into())), "{args:?}");
    }
    let (code, _, fouten) = wijzer_met_stderr(&["werklijst", "--gemeente", "bestaat-niet.json"], CASELOAD);
    assert_eq!(code, 2);
    assert!(fouten.starts_with("--gemeente: "), "{fouten}");
    // Without --op: today, from the clock; the header alone is a worklist without clients.
    let (code, uit, _) = wijzer_met_stderr(&["werklijst"], "klant;verblijf\n");
    assert_eq!((code, uit.lines().count()), (0, 1));
}

/// Issue 25: the gemeente's own leefgeld level (`ontzorgen.leefgeldGrensPerWeek`) is the core's
/// warning, so the command line gives it with `--gemeente`: below the level (strictly), with the
/// lowest week amount, the level and its source; without a configuration or a level, nothing.
#[test]
fn ontzorgen_with_a_gemeente_warns_below_its_leefgeld_level() {
    let huishouden = br#"{"startdatum": "2026-03-01", "maanden": 2, "leefvorm": "alleenstaande",
        "geboortedatum": "1990-01-01", "vasteLasten": {"huur": 90000, "energie": 20000, "water": 3000,
        "zorgverzekering": 15000}}"#;
    let schema = |args: &[&str]| {
        let (code, uit) = wijzer(args, huishouden);
        assert_eq!(code, 0, "{uit}");
        serde_json::from_str::<serde_json::Value>(&uit).unwrap()
    };
    let laag = |schema: &serde_json::Value| {
        let lijst = schema["waarschuwingen"].as_array().unwrap();
        lijst.iter().filter(|w| w["code"] == "leefgeld_laag").cloned().collect::<Vec<_>>()
    };
    let haarlem = concat!(env!("CARGO_MANIFEST_DIR"), "/www/gemeente-haarlem.json");
    let met = schema(&["ontzorgen", "--gemeente", haarlem]);
    assert_eq!(met["maanden"][0]["leefgeldPerWeek"], 1186);
    assert_eq!(
        laag(&met),
        [serde_json::json!({
            "code": "leefgeld_laag",
            "melding": "Let op: het leefgeld is € 11,86 per week, minder dan de grens van de gemeente (€ 58,00). \
                        Denk aan de budgetcoach of bijzondere bijstand.",
            "bron": "Beleid ontzorgen.leefgeldGrensPerWeek van de gemeente"
        })]
    );
    // Without a configuration: the same schedule, without that warning.
    let zonder = schema(&["ontzorgen"]);
    let mut verwacht = met.clone();
    verwacht["waarschuwingen"].as_array_mut().unwrap().retain(|w| w["code"] != "leefgeld_laag");
    assert_eq!(zonder, verwacht);
    // At the level itself no warning; a cent above it, the warning.
    let map = std::env::temp_dir().join(format!("wijzer-leefgeld-{}", std::process::id()));
    std::fs::create_dir_all(&map).unwrap();
    for (grens, aantal) in [(1186, 0), (1187, 1)] {
        let bestand = map.join(format!("{grens}.json"));
        std::fs::write(&bestand, format!(r#"{{"ontzorgen": {{"leefgeldGrensPerWeek": {grens}}}}}"#)).unwrap();
        assert_eq!(laag(&schema(&["ontzorgen", "--gemeente", bestand.to_str().unwrap()])).len(), aantal, "{grens}");
    }
    std::fs::remove_dir_all(map).unwrap();
}
