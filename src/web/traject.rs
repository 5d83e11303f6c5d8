//! The gemeente's own traject in the person's result, and the contactkaart. Rendering only:
//! the steps, their dates and status come from [`crate::engine::traject`], the contacts from the
//! configuration. Plain Rust (DOM work through [`super::dom`]), so its tests run natively.
//!
//! Hooks: `weergave::advies_blok` (the steps in the result, so also in print), `weergave::
//! afspraken` (the `.ics`), `weergave::samenvatting` (the staff summary), `Staat::bouw` (the
//! card). What the person writes on the card is an answer like any other (`k:` keys in
//! [`super::formulier::Antwoorden`]): it stays on the device and "wis" clears it.

use super::agenda::Afspraak;
use super::dom::{self, El};
use super::formulier::Antwoorden;
use crate::engine::gemeente::{Contactpersoon, Gebeurtenis, Gemeente, Invulveld, Meertalig, INVULVELDEN};
use crate::engine::traject::{Stap, Status};
use crate::i18n::{traject as t, Taal, Tekst, Waarde};

/// The national numbers on every card (not law: the services' own public numbers).
const SPOED: &str = "tel:112";
const POLITIE_GEEN_SPOED: &str = "tel:0900-8844";
const VEILIG_THUIS: &str = "tel:0800-2000";

/// When the step happens, in words: its dates, or the event it waits for.
fn wanneer(taal: Taal, stap: &Stap) -> Option<String> {
    match (stap.begin, stap.einde) {
        (Some(begin), Some(einde)) => Some(t::PERIODE.vul(taal, &[Waarde::Datum(begin), Waarde::Datum(einde)])),
        (Some(begin), None) => Some(t::VANAF.vul(taal, &[Waarde::Datum(begin)])),
        (None, _) => stap.na.map(|na| {
            let zin: &Tekst = match na {
                Gebeurtenis::Vergunning => &t::NA_VERGUNNING,
                Gebeurtenis::Huisvesting => &t::NA_HUISVESTING,
                Gebeurtenis::Bijstand => &t::NA_BIJSTAND,
                Gebeurtenis::Pip => &t::NA_PIP,
                Gebeurtenis::Termijn => &t::NA_TERMIJN,
            };
            zin.in_taal(taal).to_owned()
        }),
    }
}

fn status(taal: Taal, status: Status) -> Option<String> {
    match status {
        Status::ZonderDatum => None,
        Status::Gepland => Some(t::GEPLAND.in_taal(taal).to_owned()),
        Status::Bezig { week, weken } => {
            Some(t::BEZIG.vul(taal, &[Waarde::Getal(i64::from(week)), Waarde::Getal(i64::from(weken))]))
        }
        Status::Afgerond => Some(t::AFGEROND.in_taal(taal).to_owned()),
    }
}

/// The traject's heading and steps in the result; nothing when the gemeente has none for them.
#[inline(never)]
pub fn blok(taal: Taal, stappen: &[Stap]) -> Vec<El> {
    if stappen.is_empty() {
        return Vec::new();
    }
    let items = stappen.iter().map(|stap| {
        let bezig = matches!(stap.status, Status::Bezig { .. });
        let mut li = El::new("li")
            .class(if bezig { "stap bezig" } else { "stap" })
            .attr_als(bezig, "aria-current", "step")
            .kind(El::new("h6").text(stap.naam.in_taal(taal)));
        for zin in [wanneer(taal, stap), status(taal, stap.status)].into_iter().flatten() {
            li = li.kind(El::new("p").class("wanneer").text(&zin));
        }
        if let Some(omschrijving) = &stap.omschrijving {
            li = li.kind(El::new("p").text(omschrijving.in_taal(taal)));
        }
        if let Some(contact) = &stap.uitvoerder {
            li =
                li.kind(El::new("p").text(&t::MET.vul(taal, &[Waarde::Letterlijk(contact.naam.in_taal(taal).into())])));
        }
        li
    });
    vec![
        El::new("h5").text(t::KOP_TRAJECT.in_taal(taal)),
        El::new("p").class("hint").text(t::TRAJECT_UITLEG.in_taal(taal)),
        El::new("ol").class("traject").kinderen(items),
    ]
}

/// The dated steps as calendar events (their first day), in the reader's language.
pub fn afspraken(taal: Taal, stappen: &[Stap]) -> Vec<Afspraak> {
    stappen
        .iter()
        .filter_map(|stap| {
            let mut beschrijving = wanneer(taal, stap).unwrap_or_default();
            if let Some(omschrijving) = &stap.omschrijving {
                beschrijving.push_str(". ");
                beschrijving.push_str(omschrijving.in_taal(taal));
            }
            let datum = stap.begin?;
            let tot = stap.einde.unwrap_or(datum);
            Some(Afspraak { datum, tot, titel: stap.naam.in_taal(taal).to_owned(), beschrijving })
        })
        .collect()
}

/// The steps for the staff summary (Dutch), with where each comes from.
pub fn samenvatting(stappen: &[Stap]) -> Vec<String> {
    let nl = Taal::Nl;
    let mut regels = Vec::new();
    if !stappen.is_empty() {
        regels.push(t::KOP_TRAJECT.in_taal(nl).to_owned());
    }
    for stap in stappen {
        let mut regel = format!("- {}", stap.naam.nl);
        for deel in [wanneer(nl, stap), status(nl, stap.status)].into_iter().flatten() {
            regel.push_str(&format!("; {deel}"));
        }
        if let Some(contact) = &stap.uitvoerder {
            regel.push_str(&format!("; {}", t::MET.vul(nl, &[Waarde::Letterlijk(contact.naam.nl.clone())])));
        }
        if let Some(bron) = &stap.bron {
            regel.push_str(&format!(" ({bron})"));
        }
        regels.push(regel);
    }
    regels
}

/// A line in the reader's language and, for another language, the Dutch beside it (the card is
/// shown to Dutch-speaking helpers too).
fn met_nederlands(taal: Taal, klasse: &str, eigen: &str, nl: &str) -> Vec<El> {
    let mut regels = vec![El::new("p").class(klasse).text(eigen)];
    if taal != Taal::Nl && eigen != nl {
        regels.push(El::new("p").class(&format!("{klasse} nl")).attr("lang", "nl").attr("dir", "ltr").text(nl));
    }
    regels
}

fn link_tekst(link: &str) -> &str {
    link.split_once(':').map_or(link, |(_, rest)| rest.trim_start_matches('/'))
}

/// One panel of the card: who, what for (with the Dutch beside it), how to reach them, and the
/// fields the person fills in themselves.
fn paneel(
    taal: Taal,
    antwoorden: &Antwoorden,
    id: &str,
    naam: (&str, &str),
    rol: (&str, &str),
    links: &[&str],
    invullen: &[Invulveld],
) -> El {
    let kop_id = format!("kaart-{id}");
    let mut paneel = El::new("section")
        .class("paneel")
        .attr("aria-labelledby", &kop_id)
        .kind(El::new("h5").id(&kop_id).text(naam.0));
    if taal != Taal::Nl && naam.0 != naam.1 {
        paneel = paneel.kind(El::new("p").class("nl").attr("lang", "nl").attr("dir", "ltr").text(naam.1));
    }
    paneel = paneel.kinderen(met_nederlands(taal, "rol", rol.0, rol.1));
    for link in links {
        paneel = paneel.kind(El::new("p").class("bereik").kind(dom::veilige_link(link, link_tekst(link))));
    }
    for veld in invullen {
        let (label, soort) = match veld {
            Invulveld::Naam => (&t::VELD_NAAM, "text"),
            Invulveld::Telefoon => (&t::VELD_TELEFOON, "tel"),
            Invulveld::Email => (&t::VELD_EMAIL, "email"),
        };
        let code = INVULVELDEN.iter().find(|(_, v)| v == veld).map_or("", |(code, _)| code);
        let sleutel = format!("k:{id}.{code}");
        let invoer_id = format!("in-k-{id}-{code}");
        paneel = paneel.kind(
            El::new("div")
                .class("invullen")
                .kind(El::new("label").attr("for", &invoer_id).text(label.in_taal(taal)))
                .kind(
                    El::new("input")
                        .attr("type", soort)
                        .attr("name", &sleutel)
                        .id(&invoer_id)
                        .attr("maxlength", "100")
                        .attr("autocomplete", "off")
                        .attr("value", antwoorden.get(&sleutel)),
                ),
        );
    }
    paneel
}

fn paar(taal: Taal, tekst: &Meertalig) -> (&str, &str) {
    (tekst.in_taal(taal), tekst.nl.as_str())
}

fn vast(taal: Taal, tekst: &Tekst) -> (&'static str, &'static str) {
    (tekst.in_taal(taal), tekst.in_taal(Taal::Nl))
}

/// The contactkaart: the gemeente's contacts, then huisarts, wijkagent, 112 and Veilig Thuis.
/// Only for a gemeente that configures contacts (it is their card).
#[inline(never)]
pub fn kaart(taal: Taal, gemeente: &Gemeente, antwoorden: &Antwoorden) -> Option<El> {
    if gemeente.contacten.is_empty() {
        return None;
    }
    let eigen = gemeente.contacten.iter().map(|c: &Contactpersoon| {
        let links: Vec<&str> = [&c.telefoon, &c.email, &c.website].into_iter().flatten().map(String::as_str).collect();
        let mut naam = paar(taal, &c.naam);
        let met_organisatie;
        if let Some(organisatie) = &c.organisatie {
            met_organisatie = (format!("{} ({organisatie})", naam.0), format!("{} ({organisatie})", naam.1));
            naam = (&met_organisatie.0, &met_organisatie.1);
        }
        paneel(taal, antwoorden, &c.id, naam, paar(taal, &c.rol), &links, &c.zelf_invullen)
    });
    let alles = [Invulveld::Naam, Invulveld::Telefoon];
    let vaste = [
        paneel(taal, antwoorden, "huisarts", vast(taal, &t::HUISARTS), vast(taal, &t::HUISARTS_ROL), &[], &alles),
        paneel(
            taal,
            antwoorden,
            "wijkagent",
            vast(taal, &t::WIJKAGENT),
            vast(taal, &t::WIJKAGENT_ROL),
            &[POLITIE_GEEN_SPOED],
            &alles[..1],
        ),
        paneel(taal, antwoorden, "spoed", vast(taal, &t::SPOED), vast(taal, &t::SPOED_ROL), &[SPOED], &[]),
        paneel(
            taal,
            antwoorden,
            "veilig-thuis",
            ("Veilig Thuis", "Veilig Thuis"),
            vast(taal, &t::VEILIG_THUIS_ROL),
            &[VEILIG_THUIS],
            &[],
        ),
    ];
    Some(
        El::new("section")
            .class("contactkaart")
            .attr("aria-labelledby", "kop-kaart")
            .kind(El::new("h3").id("kop-kaart").text(t::KOP_KAART.in_taal(taal)))
            .kind(El::new("p").class("hint").text(t::KAART_UITLEG.in_taal(taal)))
            .kind(El::new("div").class("panelen").kinderen(eigen).kinderen(vaste)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Json;

    fn gemeente() -> Gemeente {
        let config = r#"{"contacten": [{"id": "klantmanager", "naam": {"nl": "Klantmanager", "ar": "مدير الحالة"},
            "rol": {"nl": "Voor uw geld en uw PIP.", "ar": "لأموالك وخطة الاندماج."}, "telefoon": "tel:14023",
            "zelfInvullen": ["naam"]}],
            "traject": [{"naam": "<b>Intro</b>", "uitvoerder": "klantmanager", "wanneer": {"na": "vergunning"}, "duurWeken": 5}]}"#;
        Gemeente::lees(&Json::lees_tekst(config).unwrap()).unwrap()
    }

    /// The operations as lists of fields.
    fn operaties() -> Vec<Vec<String>> {
        dom::neem()
            .split('\u{1e}')
            .filter(|o| !o.is_empty())
            .map(|o| o.split('\u{1f}').map(str::to_owned).collect())
            .collect()
    }

    fn teksten(ops: &[Vec<String>]) -> Vec<&str> {
        ops.iter().filter(|o| o[0] == "t").map(|o| o[2].as_str()).collect()
    }

    #[test]
    fn the_card_has_the_gemeentes_contacts_and_the_national_numbers_with_the_dutch_beside() {
        let mut antwoorden = Antwoorden::default();
        antwoorden.zet("k:klantmanager.naam", "Fatima");
        dom::neem();
        kaart(Taal::Ar, &gemeente(), &antwoorden).unwrap();
        let ops = operaties();
        let tekst = teksten(&ops);
        for zin in [
            "مدير الحالة",
            "Klantmanager",
            "لأموالك وخطة الاندماج.",
            "Voor uw geld en uw PIP.",
            "14023",
            "112",
            "0800-2000",
        ] {
            assert!(tekst.contains(&zin), "{zin} in {tekst:?}");
        }
        assert!(tekst.contains(&t::VEILIG_THUIS_ROL.in_taal(Taal::Nl)));
        assert!(tekst.contains(&t::HUISARTS.in_taal(Taal::Ar)));
        // What the person wrote is back in its field, and the Dutch lines say they are Dutch.
        assert!(ops.iter().any(|o| o[0] == "a" && o[2] == "value" && o[3] == "Fatima"));
        assert!(ops.iter().any(|o| o[0] == "a" && o[2] == "name" && o[3] == "k:klantmanager.naam"));
        assert!(ops.iter().filter(|o| o[0] == "a" && o[2] == "lang" && o[3] == "nl").count() >= 6);
        // Without contacts there is no card.
        assert!(kaart(Taal::Nl, &Gemeente::standaard(), &antwoorden).is_none());
    }

    #[test]
    fn a_step_is_text_with_its_dates_status_and_contact() {
        let g = gemeente();
        let situatie = r#"{"peildatum": "2026-03-18", "geboortedatum": "1995-05-01", "nationaliteit": "ER",
            "verblijf": "asiel", "verblijfsdatum": "2026-03-02"}"#;
        let advies = crate::engine::advies::advies(&Json::lees_tekst(situatie).unwrap(), &g).unwrap();
        dom::neem();
        blok(Taal::En, &advies.traject);
        let ops = operaties();
        let tekst = teksten(&ops);
        assert!(tekst.contains(&"<b>Intro</b>"), "{tekst:?}");
        assert!(tekst.contains(&"2 March 2026 up to and including 5 April 2026"), "{tekst:?}");
        assert!(tekst.contains(&"Now: week 3 of 5"), "{tekst:?}");
        assert!(tekst.contains(&"With: Klantmanager"), "{tekst:?}");
        assert!(ops.iter().any(|o| o[0] == "a" && o[2] == "aria-current" && o[3] == "step"));
        let regels = samenvatting(&advies.traject);
        assert_eq!(
            regels[1],
            "- <b>Intro</b>; 2 maart 2026 tot en met 5 april 2026; Nu: week 3 van 5; Met: Klantmanager"
        );
        let afspraken = afspraken(Taal::Nl, &advies.traject);
        assert_eq!(
            (afspraken[0].datum, afspraken[0].titel.as_str()),
            (crate::engine::datum::dag(2026, 3, 2), "<b>Intro</b>")
        );
    }
}
