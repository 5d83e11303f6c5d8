//! The form's inputs that more than one place draws, each holding its answer as typed: a text
//! field, and the three parts of a date (a question's in [`super::pagina`]; the day a part of
//! the plan was passed, under its box, in [`super::tijdlijn`]).

use super::dom::El;
use super::formulier::{dom_id, Antwoorden, DELEN};
use crate::i18n::widget as w;
use crate::i18n::Taal;

/// A text input for the answer under `naam`.
pub fn tekst(antwoorden: &Antwoorden, naam: &str, modus: &str, id: &str) -> El {
    El::new("input")
        .attr("type", "text")
        .attr("inputmode", modus)
        .attr("autocomplete", "off")
        .attr("name", naam)
        .id(id)
        .attr("value", antwoorden.get(naam))
}

/// A date under `sleutel`: day, month by name, year, each with its label.
#[inline(never)]
pub fn datum(taal: Taal, antwoorden: &Antwoorden, sleutel: &str) -> El {
    let mut delen = El::new("div").class("datum");
    for deel in DELEN {
        let naam = format!("{sleutel}.{deel}");
        let deel_id = dom_id(&naam);
        let veld = match deel {
            "maand" => maand(taal, antwoorden, &naam, &deel_id),
            _ => tekst(antwoorden, &naam, "numeric", &deel_id).attr("size", if deel == "jaar" { "5" } else { "3" }),
        };
        let label = match deel {
            "dag" => &w::DAG,
            "maand" => &w::MAAND,
            _ => &w::JAAR,
        };
        delen = delen.kind(
            El::new("div")
                .class(&format!("deel deel-{deel}"))
                .kind(El::new("label").attr("for", &deel_id).text(label.in_taal(taal)))
                .kind(veld),
        );
    }
    delen
}

/// The month of a date, by name.
fn maand(taal: Taal, antwoorden: &Antwoorden, naam: &str, id: &str) -> El {
    let mut select = El::new("select").attr("name", naam).id(id);
    select = select.kind(El::new("option").attr("value", "").text("—"));
    for m in 1..=12u32 {
        let waarde = m.to_string();
        select = select.kind(
            El::new("option")
                .attr("value", &waarde)
                .attr_als(antwoorden.get(naam) == waarde, "selected", "")
                .text_zonder_origineel(crate::i18n::maandnaam(taal, m)),
        );
    }
    select
}
