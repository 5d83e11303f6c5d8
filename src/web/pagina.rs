//! The element's page drawn from data: its frame (title, the gemeente's contact, warnings, a
//! form per part with an empty place for each question, the result slots, the glossary, the
//! contactkaart, the print list, the actions, the staff summary, the footer) and each question
//! with its inputs. What goes into the places, and when, is the state's (`staat.rs`).

use chrono::NaiveDate;

use super::dom::{self, El};
use super::formulier::{Antwoorden, Onderdeel, Soort, Vraag, VRAGEN};
use super::{invoer, tweetalig};
use crate::engine::gemeente::Gemeente;
use crate::i18n::widget as w;
use crate::i18n::{Taal, Tekst, Waarde};

/// How an element is set up: its attributes (`lang`, `modus`, `onderdeel`) and the switch that
/// shows the Dutch beside the reader's language.
#[derive(Clone, Copy)]
pub struct Opzet {
    pub taal: Taal,
    /// The language the page asked for when its pack could not be loaded: the widget stays in
    /// [`Opzet::taal`] and says so.
    pub taal_niet_geladen: Option<Taal>,
    /// The page asked for a staff view (`modus`); read through [`Opzet::medewerker`].
    pub modus_medewerker: bool,
    pub advies: bool,
    pub ontzorgen: bool,
    /// The Dutch is shown beside the reader's language ([`super::tweetalig`]).
    pub tweetalig: bool,
}

impl Opzet {
    /// Whether the staff view is shown: asked for, and this build holds it ([`super::MEDEWERKER`]).
    /// Every read goes through here, so that without the feature the staff code is left out.
    pub const fn medewerker(self) -> bool {
        super::MEDEWERKER && self.modus_medewerker
    }

    /// Whether the part of `onderdeel` is on the page (the `onderdeel` attribute).
    pub fn toont(self, onderdeel: Onderdeel) -> bool {
        match onderdeel {
            Onderdeel::Advies => self.advies,
            Onderdeel::Ontzorgen => self.ontzorgen,
        }
    }
}

/// The status line: its text, and whether "Ongedaan maken" stands in it.
#[derive(Clone, Copy)]
pub struct Statusregel {
    pub tekst: Option<&'static Tekst>,
    pub herstel: bool,
}

/// The whole page, its questions' places empty (see [`vraag`]) and its results not drawn.
pub fn pagina(
    opzet: Opzet,
    gemeente: &Gemeente,
    gemeente_fout: bool,
    antwoorden: &Antwoorden,
    status: Statusregel,
) -> El {
    let taal = opzet.taal;
    let mut wortel = kop(opzet)
        .kinderen(gemeente.naam.as_deref().map(|naam| gemeente_contact(naam, gemeente)))
        .kinderen(
            gemeente_fout.then(|| El::new("p").class("melding waarschuwing").text(w::GEMEENTE_FOUT.in_taal(taal))),
        )
        .kinderen(opzet.taal_niet_geladen.map(|gevraagd| taal_niet_geladen(taal, gevraagd)));
    for (onderdeel, kop, resultaat) in [
        (Onderdeel::Advies, &w::KOP_ADVIES, &w::KOP_RESULTAAT),
        (Onderdeel::Ontzorgen, &w::KOP_ONTZORGEN, &w::KOP_BUDGET),
    ] {
        if opzet.toont(onderdeel) {
            wortel = wortel.kind(deel(taal, onderdeel, kop, resultaat));
        }
    }
    if opzet.medewerker() {
        let posten = gemeente.ontzorgen_extra_posten.iter().map(|p| El::new("option").attr("value", p));
        wortel = wortel.kind(El::new("datalist").id("extra-posten").kinderen(posten));
    }
    wortel
        .kinderen(tweetalig::woordenlijst(taal, opzet.tweetalig))
        .kinderen(super::traject::kaart(taal, gemeente, antwoorden))
        .kind(El::new("section").class("alleen-print").id("print-antwoorden"))
        .kind(acties(taal, status))
        .kinderen(opzet.medewerker().then(|| samenvatting(taal)))
        .kind(voet(taal))
}

/// `modus="caseload"`: the title, the caseload view (`lijst`, see [`super::caseload`]) and the
/// footer.
pub fn caseload(opzet: Opzet, lijst: El) -> El {
    let taal = opzet.taal;
    El::new("div")
        .class("wijzer medewerker")
        .attr("translate", "no")
        .attr("lang", taal.code())
        .attr("dir", if taal.rechts_naar_links() { "rtl" } else { "ltr" })
        .kind(El::new("h2").class("titel").text(w::TITEL.in_taal(taal)))
        .kind(lijst)
        .kind(voet(taal))
}

/// The element's root with the title, the introduction and the switch for the Dutch beside.
fn kop(opzet: Opzet) -> El {
    let taal = opzet.taal;
    El::new("div")
        .class(if opzet.medewerker() { "wijzer medewerker" } else { "wijzer" })
        .attr("translate", "no")
        .attr("lang", taal.code())
        .attr("dir", if taal.rechts_naar_links() { "rtl" } else { "ltr" })
        .kind(El::new("h2").class("titel").text(w::TITEL.in_taal(taal)))
        .kind(El::new("p").class("intro").text(w::INTRO.in_taal(taal)))
        .kinderen(tweetalig::schakelaar(taal, opzet.tweetalig))
}

/// The gemeente's name with its website, e-mail address and phone number.
fn gemeente_contact(naam: &str, gemeente: &Gemeente) -> El {
    let c = &gemeente.contact;
    let mut contact = El::new("p").class("gemeente").kind(El::new("strong").text(naam));
    for (link, tekst) in [
        (c.website.as_deref(), c.website.as_deref()),
        (c.email.as_deref(), c.email.as_deref().map(|e| e.strip_prefix("mailto:").unwrap_or(e))),
    ] {
        if let (Some(link), Some(tekst)) = (link, tekst) {
            contact = contact.text(" · ").kind(dom::veilige_link(link, tekst));
        }
    }
    if let Some(telefoon) = &c.telefoon {
        contact = contact.text(" · ").text(telefoon);
    }
    contact
}

/// The language asked for could not be loaded: said in Dutch, which is always there, and in
/// the language the widget stays in.
fn taal_niet_geladen(taal: Taal, gevraagd: Taal) -> El {
    let naam = [Waarde::Letterlijk(format!("\u{2068}{}\u{2069}", gevraagd.eigen_naam()))];
    let talen: &[Taal] = if taal == Taal::Nl { &[Taal::Nl] } else { &[Taal::Nl, taal] };
    El::new("div").class("melding waarschuwing").attr("role", "alert").kinderen(talen.iter().map(|taal| {
        El::new("p")
            .attr("lang", taal.code())
            .attr("dir", if taal.rechts_naar_links() { "rtl" } else { "ltr" })
            .text(&w::TAAL_NIET_GELADEN.vul(*taal, &naam))
    }))
}

/// A part: its heading, its form and its result slot.
fn deel(taal: Taal, onderdeel: Onderdeel, kop: &Tekst, resultaat: &Tekst) -> El {
    let p = onderdeel.prefix();
    let formulier = formulier(taal, onderdeel);
    El::new("section")
        .id(&format!("deel-{p}"))
        .class(&format!("onderdeel onderdeel-{p}"))
        .kind(El::new("h3").id(&format!("kop-{p}")).text(kop.in_taal(taal)))
        .kind(formulier)
        .kind(
            El::new("div")
                .class("resultaat")
                .id(&format!("resultaat-{p}"))
                .attr("aria-live", "polite")
                .kind(El::new("h4").text(resultaat.in_taal(taal)))
                .kind(El::new("div").id(&format!("uitkomst-{p}"))),
        )
}

/// The form of a part: an empty, hidden place (`p-…`) for each question, replaced when the
/// question is first shown (most start hidden, so a new tree builds half the nodes); the
/// questions of a group (the fixed costs) in a fieldset with its legend.
fn formulier(taal: Taal, onderdeel: Onderdeel) -> El {
    let p = onderdeel.prefix();
    let mut formulier =
        El::new("form").class("vragen").attr("novalidate", "").attr("aria-labelledby", &format!("kop-{p}"));
    let mut groep: Option<(&'static Tekst, El)> = None;
    for vraag in VRAGEN.iter().filter(|v| v.onderdeel == onderdeel) {
        let element = El::new("div").id(&format!("p-{}", vraag.dom_id())).attr("hidden", "");
        match (vraag.groep, groep.take()) {
            (Some(g), Some((huidig, set))) if std::ptr::eq(g, huidig) => groep = Some((g, set.kind(element))),
            (nieuw, vorige) => {
                if let Some((_, set)) = vorige {
                    formulier = formulier.kind(set);
                }
                match nieuw {
                    Some(g) => {
                        let set = El::new("fieldset")
                            .class("groep")
                            .kind(El::new("legend").text(g.in_taal(taal)))
                            .kind(El::new("p").class("hint").text(w::HINT_BEDRAG.in_taal(taal)));
                        groep = Some((g, set.kind(element)));
                    }
                    None => formulier = formulier.kind(element),
                }
            }
        }
    }
    formulier.kinderen(groep.map(|(_, set)| set))
}

/// A button with its `data-actie`.
pub fn knop(taal: Taal, actie: &str, tekst: &Tekst) -> El {
    El::new("button").attr("type", "button").attr("data-actie", actie).text(tekst.in_taal(taal))
}

/// The person's actions (print, save, open, calendar, clear) and the status line.
fn acties(taal: Taal, status: Statusregel) -> El {
    El::new("section")
        .class("acties")
        .kind(El::new("h3").text(w::KOP_ACTIES.in_taal(taal)))
        .kind(
            El::new("div")
                .class("knoppen")
                .kind(knop(taal, "afdrukken", &w::AFDRUKKEN))
                .kind(knop(taal, "opslaan", &w::OPSLAAN))
                .kind(
                    El::new("label").class("bestand").text(w::OPENEN.in_taal(taal)).kind(
                        El::new("input")
                            .attr("type", "file")
                            // Found again by its id when opening a file redraws the page, so
                            // the focus stays on it.
                            .id("openen")
                            .attr("accept", ".json,application/json")
                            .attr("data-actie", "openen"),
                    ),
                )
                .kind(knop(taal, "agenda", &w::AGENDA))
                .kind(knop(taal, "wis", &w::WIS).class("wis").id("wis")),
        )
        .kind({
            let regel = El::new("p")
                .attr("role", "status")
                .id("status")
                .text(status.tekst.map(|s| s.in_taal(taal)).unwrap_or_default());
            match status.herstel {
                true => regel.text(" ").kind(knop(taal, "herstel", &w::ONGEDAAN_MAKEN).id("herstel")),
                false => regel,
            }
        })
}

/// Staff mode: the summary for the case file, and its copy button.
fn samenvatting(taal: Taal) -> El {
    El::new("section")
        .class("samenvatting")
        .kind(El::new("h3").kind(
            El::new("label").attr("for", "samenvatting").text(crate::i18n::caseload::KOP_SAMENVATTING.in_taal(taal)),
        ))
        .kind(El::new("textarea").id("samenvatting").attr("readonly", "").attr("rows", "10"))
        .kind(knop(taal, "kopieer", &crate::i18n::caseload::KOPIEER))
}

/// The version and the day up to which the rule data is confirmed, so whoever reads the page
/// (or its printout) sees how current it is.
fn voet(taal: Taal) -> El {
    let voet = [
        Waarde::Letterlijk(crate::engine::param::VERSIE.to_owned()),
        Waarde::Datum(crate::engine::register::regels_tot(crate::engine::register::VOET)),
    ];
    El::new("p").class("hint voet").text(&w::VOET.vul(taal, &voet))
}

/// One question with its label or legend, its inputs, "Ik weet het niet" and its error slot,
/// in `taal`, its inputs holding the answers as typed.
/// Out of line as the drawing functions of `weergave` are (see there).
#[inline(never)]
pub fn vraag(taal: Taal, vandaag: NaiveDate, antwoorden: &Antwoorden, vraag: &Vraag) -> El {
    let id = vraag.dom_id();
    let fout = El::new("p").class("fout").id(&format!("fout-{id}")).attr("hidden", "");
    let vragen = Vragen { taal, vandaag, antwoorden, vraag, sleutel: vraag.sleutel() };
    let hint = vraag.hint.map(|h| El::new("p").class("hint").text(h.in_taal(taal)));
    let houder = match vraag.soort() {
        Soort::Datum => vragen.datum(hint),
        Soort::JaNee => vragen.ja_nee(),
        Soort::Keuze(opties) => vragen.keuze(&id, hint, opties),
        Soort::Tekst => {
            let invoer_id = format!("in-{id}");
            El::new("div").kind(vragen.label(&invoer_id)).kind(
                invoer::tekst(antwoorden, &vragen.sleutel, "text", &invoer_id)
                    .attr("list", "extra-posten")
                    .attr("maxlength", "200"),
            )
        }
        Soort::Getal | Soort::Bedrag => vragen.getal(&id),
    };
    houder.class("vraag").id(&format!("v-{id}")).attr("data-sleutel", &vragen.sleutel).kind(fout)
}

/// What a question is drawn from.
struct Vragen<'a> {
    taal: Taal,
    vandaag: NaiveDate,
    antwoorden: &'a Antwoorden,
    vraag: &'a Vraag,
    /// Its form key.
    sleutel: String,
}

impl Vragen<'_> {
    fn tekst(&self) -> String {
        self.vraag.tekst(self.taal, self.vandaag)
    }

    fn label(&self, voor: &str) -> El {
        El::new("label").attr("for", voor).text(&self.tekst())
    }

    /// "Ik weet het niet" as a box to tick.
    fn weet_niet(&self) -> El {
        let naam = format!("{}.weetniet", self.sleutel);
        let vak = El::new("input").attr("type", "checkbox").attr("name", &naam).attr("value", "ja");
        El::new("label")
            .class("weetniet")
            .kind(vak.attr_als(self.antwoorden.get(&naam) == "ja", "checked", ""))
            .text(w::WEET_NIET.in_taal(self.taal))
    }

    /// A date: its legend, the hint, the three parts and "Ik weet het niet".
    fn datum(&self, hint: Option<El>) -> El {
        let delen = invoer::datum(self.taal, self.antwoorden, &self.sleutel);
        let set = El::new("fieldset").kind(El::new("legend").text(&self.tekst())).kinderen(hint).kind(delen);
        set.kinderen(self.vraag.weet_niet().then(|| self.weet_niet()))
    }

    /// Yes, no, or "Ik weet het niet", as radio buttons.
    fn ja_nee(&self) -> El {
        let mut set = El::new("fieldset").kind(El::new("legend").text(&self.tekst()));
        for (waarde, tekst) in [("ja", &w::JA), ("nee", &w::NEE), ("", &w::WEET_NIET)] {
            let radio = El::new("input")
                .attr("type", "radio")
                .attr("name", &self.sleutel)
                .attr("value", waarde)
                .attr_als(self.antwoorden.get(&self.sleutel) == waarde, "checked", "");
            set = set.kind(El::new("label").class("keuze").kind(radio).text(tekst.in_taal(self.taal)));
        }
        set
    }

    /// A choice of `opties`, first "Kies" or "Ik weet het niet".
    fn keuze(&self, id: &str, hint: Option<El>, opties: &[(&str, super::formulier::Label)]) -> El {
        let invoer_id = format!("in-{id}");
        let eerste = if self.vraag.weet_niet() { &w::WEET_NIET } else { &w::KIES };
        let mut select = El::new("select")
            .attr("name", &self.sleutel)
            .id(&invoer_id)
            .kind(El::new("option").attr("value", "").text(eerste.in_taal(self.taal)));
        for (code, label) in opties {
            select = select.kind(
                El::new("option")
                    .attr("value", code)
                    .attr_als(self.antwoorden.get(&self.sleutel) == *code, "selected", "")
                    .text(label.in_taal(self.taal)),
            );
        }
        let label = self.label(&invoer_id);
        El::new("div").kind(label).kinderen(hint).kind(select)
    }

    /// A whole number or an amount.
    fn getal(&self, id: &str) -> El {
        let invoer_id = format!("in-{id}");
        let bedrag = matches!(self.vraag.soort(), Soort::Bedrag);
        let (modus, klasse) = if bedrag { ("decimal", "bedrag") } else { ("numeric", "getal") };
        let div = El::new("div")
            .kind(self.label(&invoer_id))
            .kind(invoer::tekst(self.antwoorden, &self.sleutel, modus, &invoer_id).class(klasse));
        div.kinderen(self.vraag.weet_niet().then(|| self.weet_niet()))
    }
}
