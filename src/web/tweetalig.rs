//! Dutch beside the reader's own language: one switch shows every sentence of the result with
//! its Dutch original under it, and a short glossary (the terms of [`crate::i18n::termen`]) in
//! both languages, so a person learns the words they will hear at the gemeente. Printed too (it is
//! part of the page). The result is drawn twice by the same code, once in Dutch (its texts
//! collected, its operations dropped) and once in the reader's language with each Dutch text
//! under its own (see [`super::dom::met_originelen`]).

use super::dom::{self, El};
use super::weergave::{self, Uitkomst, Zicht};
use crate::i18n::widget as w;
use crate::i18n::{termen, Taal};

/// Whether the Dutch is shown beside `taal` (never beside Dutch itself).
fn aan(taal: Taal, tweetalig: bool) -> bool {
    tweetalig && taal != Taal::Nl
}

/// The result of a part, with the Dutch under every sentence when the switch is on.
#[inline(never)]
pub fn uitkomst(zicht: Zicht, tweetalig: bool, uitkomst: &Uitkomst) -> Vec<El> {
    if !aan(zicht.taal, tweetalig) {
        return weergave::uitkomst(zicht, uitkomst);
    }
    let nl = dom::teksten_van(|| {
        weergave::uitkomst(Zicht { taal: Taal::Nl, ..zicht }, uitkomst);
    });
    dom::met_originelen(nl, || weergave::uitkomst(zicht, uitkomst))
}

/// The switch (a toggle button), for every language but Dutch.
#[inline(never)]
pub fn schakelaar(taal: Taal, tweetalig: bool) -> Option<El> {
    (taal != Taal::Nl).then(|| {
        let knop = El::new("button")
            .attr("type", "button")
            .id("tweetalig")
            .attr("data-actie", "tweetalig")
            .attr("aria-pressed", if tweetalig { "true" } else { "false" })
            .text(w::NEDERLANDS_ERBIJ.in_taal(taal));
        El::new("p").class("tweetalig").kind(knop)
    })
}

/// The glossary: each term of the terminology in the reader's language with the Dutch term
/// under it, when the switch is on.
#[inline(never)]
pub fn woordenlijst(taal: Taal, tweetalig: bool) -> Option<El> {
    aan(taal, tweetalig).then(|| {
        let nl = |tekst: &str| El::new("span").class("nl").attr("lang", "nl").attr("dir", "ltr").text(tekst);
        let mut lijst = El::new("dl");
        for term in termen::ALLE {
            let eigen = El::new("dt").text(term.in_taal(taal));
            lijst = lijst.kind(eigen).kind(El::new("dd").kind(nl(term.in_taal(Taal::Nl))));
        }
        El::new("section")
            .class("woorden")
            .kind(El::new("h3").text(w::KOP_WOORDEN.in_taal(taal)))
            .kind(El::new("p").kind(nl(w::KOP_WOORDEN.in_taal(Taal::Nl))))
            .kind(lijst)
    })
}
