//! The gemeente's own traject in the person's result, and the contactkaart. Rendering only:
//! the steps, their dates and status come from [`crate::engine::traject`], the contacts from the
//! configuration. Plain Rust (DOM work through [`super::dom`]), so its tests run natively.
//!
//! Hooks: `weergave::advies_blok` (the steps in the result, so also in print), `weergave::
//! afspraken` (the `.ics`), `samenvatting` (the staff summary), `pagina::pagina`
//! (the card). What the person writes on the card is an answer like any other (`k:` keys in
//! [`super::formulier::Antwoorden`]): it stays on the device and "wis" clears it.

use super::dom::{self, El};
use super::formulier::Antwoorden;
use crate::engine::codes::{Gebeurtenis, Invulveld};
use crate::engine::gemeente::{Contactpersoon, Gemeente, Meertalig};
use crate::engine::traject::Stap;
use crate::i18n::{traject as t, Taal, Tekst, Waarde};

/// The national numbers on every card (not law: the services' own public numbers).
const SPOED: &str = "tel:112";
const POLITIE_GEEN_SPOED: &str = "tel:0900-8844";
const VEILIG_THUIS: &str = "tel:0800-2000";

/// When the step happens, in words: its dates, or the event it waits for.
pub(super) fn wanneer(taal: Taal, stap: &Stap) -> Option<String> {
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
        let code = veld.code();
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
    use crate::engine::json::Json;

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
}
