//! One `<inburgering-wijzer>` instance: its shadow root, its answers and its event listeners.
//! The loader (`www/inburgering-wijzer.js`) creates a [`Wijzer`] per element and forwards
//! attribute changes; dropping it (`free()`) removes the listeners.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, ShadowRoot};

use super::dom::{self, El};
use super::formulier::{dom_id, Antwoorden, Onderdeel, Soort, Vraag, DELEN, VRAGEN};
use super::weergave;
use crate::engine::gemeente::Gemeente;
use crate::engine::{Fout, Json};
use crate::i18n::{widget as w, Taal, Tekst};

thread_local! {
    /// One constructed stylesheet shared by every instance (`adoptedStyleSheets`, allowed by
    /// `style-src 'self'`, unlike an inline `<style>`).
    static STIJL: Option<web_sys::CssStyleSheet> = {
        web_sys::CssStyleSheet::new().ok().inspect(|blad| {
            let _ = blad.replace_sync(super::stijl::STIJL);
        })
    };
}

/// The state of one element.
pub(super) struct Staat {
    pub host: HtmlElement,
    pub root: ShadowRoot,
    pub taal: Taal,
    pub medewerker: bool,
    pub advies: bool,
    pub ontzorgen: bool,
    pub gemeente: Gemeente,
    pub gemeente_fout: bool,
    pub antwoorden: Antwoorden,
    /// Today in the browser: the `peildatum` (the engine itself never reads a clock).
    pub vandaag: NaiveDate,
    /// A short status line (loaded, cleared, copied).
    pub status: Option<&'static Tekst>,
    /// What the tree shows per question (by index in [`VRAGEN`]): hidden or not, and the error
    /// message. `bijwerken` touches only what changed, so a keystroke costs little; `bouw`
    /// empties it, so a new tree is set in full.
    getoond: RefCell<Vec<Getoond>>,
    /// What each result block (advies, ontzorgen) was drawn from, so an event that leaves it the
    /// same does not redraw it; `bouw` empties it.
    getekend: RefCell<[Option<Getekend>; 2]>,
}

#[derive(Clone, PartialEq)]
struct Getoond {
    verborgen: bool,
    fout: Option<String>,
}

/// What a result block was drawn from. A result or an error is a function of the input (a new
/// gemeente empties [`Staat::getekend`]; today is fixed), so the input stands in for it.
#[derive(PartialEq)]
enum Getekend {
    /// Still waiting for these questions (by path).
    Wacht(Vec<&'static str>),
    /// The error is shown next to its field; the block is empty.
    BijVeld,
    Fout(Json),
    Uitkomst(Json),
}

/// What a result block shows.
enum Inhoud {
    Wacht,
    Leeg,
    Fout(Fout),
    Uitkomst(weergave::Uitkomst),
}

fn vandaag() -> NaiveDate {
    let nu = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(nu.get_full_year() as i32, nu.get_month() + 1, nu.get_date())
        .unwrap_or(crate::engine::datum::dag(2026, 1, 1))
}

impl Staat {
    fn lees_attributen(&mut self) {
        let attr = |naam: &str| self.host.get_attribute(naam).unwrap_or_default();
        self.taal = Taal::uit_code(&attr("lang"));
        self.medewerker = attr("modus").trim() == "medewerker";
        let onderdeel = attr("onderdeel");
        let onderdeel = onderdeel.trim();
        self.advies = onderdeel != "ontzorgen";
        self.ontzorgen = onderdeel != "advies";
    }

    fn zoek(&self, id: &str) -> Option<Element> {
        self.root.get_element_by_id(id)
    }

    /// Builds the whole tree (first render, language, mode or part changed, a file loaded).
    /// Inputs take their values from the answers, so nothing typed is lost.
    pub fn bouw(&self) {
        let t = |tekst: &Tekst| tekst.in_taal(self.taal);
        let mut wortel = El::new("div")
            .class(if self.medewerker { "wijzer medewerker" } else { "wijzer" })
            .attr("translate", "no")
            .attr("lang", self.taal.code())
            .attr("dir", if self.taal.rechts_naar_links() { "rtl" } else { "ltr" })
            .kind(El::new("h2").class("titel").text(t(&w::TITEL)))
            .kind(El::new("p").class("intro").text(t(&w::INTRO)));
        if let Some(naam) = &self.gemeente.naam {
            let c = &self.gemeente.contact;
            let mut contact = El::new("p").class("gemeente").kind(El::new("strong").text(naam));
            for (link, tekst) in [
                (c.website.as_deref(), c.website.as_deref()),
                (c.email.as_deref(), c.email.as_deref().map(|e| e.trim_start_matches("mailto:"))),
            ] {
                if let (Some(link), Some(tekst)) = (link, tekst) {
                    contact = contact.text(" · ").kind(dom::veilige_link(link, tekst));
                }
            }
            if let Some(telefoon) = &c.telefoon {
                contact = contact.text(" · ").text(telefoon);
            }
            wortel = wortel.kind(contact);
        }
        if self.gemeente_fout {
            wortel = wortel.kind(El::new("p").class("melding waarschuwing").text(t(&w::GEMEENTE_FOUT)));
        }
        for (aan, onderdeel, kop, resultaat) in [
            (self.advies, Onderdeel::Advies, &w::KOP_ADVIES, &w::KOP_RESULTAAT),
            (self.ontzorgen, Onderdeel::Ontzorgen, &w::KOP_ONTZORGEN, &w::KOP_BUDGET),
        ] {
            if !aan {
                continue;
            }
            let p = onderdeel.prefix();
            let mut formulier =
                El::new("form").class("vragen").attr("novalidate", "").attr("aria-labelledby", &format!("kop-{p}"));
            let mut groep: Option<(&'static Tekst, El)> = None;
            for vraag in VRAGEN.iter().filter(|v| v.onderdeel == onderdeel) {
                let element = self.vraag(vraag);
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
                                    .kind(El::new("legend").text(t(g)))
                                    .kind(El::new("p").class("hint").text(t(&w::HINT_BEDRAG)));
                                groep = Some((g, set.kind(element)));
                            }
                            None => formulier = formulier.kind(element),
                        }
                    }
                }
            }
            if let Some((_, set)) = groep {
                formulier = formulier.kind(set);
            }
            wortel = wortel.kind(
                El::new("section")
                    .class(&format!("onderdeel onderdeel-{p}"))
                    .kind(El::new("h3").id(&format!("kop-{p}")).text(t(kop)))
                    .kind(formulier)
                    .kind(
                        El::new("div")
                            .class("resultaat")
                            .id(&format!("resultaat-{p}"))
                            .attr("aria-live", "polite")
                            .kind(El::new("h4").text(t(resultaat)))
                            .kind(El::new("div").id(&format!("uitkomst-{p}"))),
                    ),
            );
        }
        if self.medewerker {
            let posten = self.gemeente.ontzorgen_extra_posten.iter().map(|p| El::new("option").attr("value", p));
            wortel = wortel.kind(El::new("datalist").id("extra-posten").kinderen(posten));
        }
        wortel = wortel.kind(El::new("section").class("alleen-print").id("print-antwoorden"));
        wortel = wortel.kind(self.acties());
        if self.medewerker {
            wortel = wortel.kind(
                El::new("section")
                    .class("samenvatting")
                    .kind(
                        El::new("h3").kind(El::new("label").attr("for", "samenvatting").text(t(&w::KOP_SAMENVATTING))),
                    )
                    .kind(El::new("textarea").id("samenvatting").attr("readonly", "").attr("rows", "10"))
                    .kind(El::new("button").attr("type", "button").attr("data-actie", "kopieer").text(t(&w::KOPIEER))),
            );
        }
        // Keep the focus on the same control across a rebuild (a language switch, say).
        let actief = self.root.active_element();
        let focus = actief.as_ref().map(|e| e.id()).filter(|id| !id.is_empty());
        // ... and the caret in it: a new input's caret would start before its text.
        let selectie = actief
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            .and_then(|i| Some((i.selection_start().ok()??, i.selection_end().ok()??)));
        dom::vervang(&self.root.clone().unchecked_into(), [wortel]);
        self.getoond.borrow_mut().clear();
        *self.getekend.borrow_mut() = [None, None];
        self.bijwerken();
        if let Some(element) = focus.and_then(|id| self.zoek(&id)).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = element.focus();
            if let (Some((begin, eind)), Some(invoer)) = (selectie, element.dyn_ref::<HtmlInputElement>()) {
                let _ = invoer.set_selection_range(begin, eind);
            }
        }
    }

    fn acties(&self) -> El {
        let t = |tekst: &Tekst| tekst.in_taal(self.taal);
        let knop = |actie: &str, tekst: &Tekst| {
            El::new("button").attr("type", "button").attr("data-actie", actie).text(t(tekst))
        };
        El::new("section")
            .class("acties")
            .kind(El::new("h3").text(t(&w::KOP_ACTIES)))
            .kind(
                El::new("div")
                    .class("knoppen")
                    .kind(knop("afdrukken", &w::AFDRUKKEN))
                    .kind(knop("opslaan", &w::OPSLAAN))
                    .kind(
                        El::new("label").class("bestand").text(t(&w::OPENEN)).kind(
                            El::new("input")
                                .attr("type", "file")
                                .attr("accept", ".json,application/json")
                                .attr("data-actie", "openen"),
                        ),
                    )
                    .kind(knop("agenda", &w::AGENDA))
                    .kind(knop("wis", &w::WIS).class("wis")),
            )
            .kind(
                El::new("p")
                    .attr("role", "status")
                    .id("status")
                    .text(self.status.map(|s| s.in_taal(self.taal)).unwrap_or_default()),
            )
    }

    /// One question with its label or legend, its inputs, "Ik weet het niet" and its error slot.
    fn vraag(&self, vraag: &Vraag) -> El {
        let t = |tekst: &Tekst| tekst.in_taal(self.taal);
        let sleutel = vraag.sleutel();
        let id = vraag.dom_id();
        let fout_id = format!("fout-{id}");
        let a = &self.antwoorden;
        let invoer = |naam: &str, modus: &str, id: &str| {
            El::new("input")
                .attr("type", "text")
                .attr("inputmode", modus)
                .attr("autocomplete", "off")
                .attr("name", naam)
                .id(id)
                .attr("value", a.get(naam))
        };
        let fout = El::new("p").class("fout").id(&fout_id).attr("hidden", "");
        let weet_niet = || {
            let naam = format!("{sleutel}.weetniet");
            let vak = El::new("input").attr("type", "checkbox").attr("name", &naam).attr("value", "ja");
            El::new("label")
                .class("weetniet")
                .kind(vak.attr_als(a.get(&naam) == "ja", "checked", ""))
                .text(t(&w::WEET_NIET))
        };
        let houder = match vraag.soort {
            Soort::Datum => {
                let mut delen = El::new("div").class("datum");
                for deel in DELEN {
                    let naam = format!("{sleutel}.{deel}");
                    let deel_id = dom_id(&naam);
                    let veld = match deel {
                        "maand" => {
                            let mut select = El::new("select").attr("name", &naam).id(&deel_id);
                            select = select.kind(El::new("option").attr("value", "").text("—"));
                            for m in 1..=12u32 {
                                let waarde = m.to_string();
                                select = select.kind(
                                    El::new("option")
                                        .attr("value", &waarde)
                                        .attr_als(a.get(&naam) == waarde, "selected", "")
                                        .text(crate::i18n::maandnaam(self.taal, m)),
                                );
                            }
                            select
                        }
                        _ => invoer(&naam, "numeric", &deel_id).attr("size", if deel == "jaar" { "5" } else { "3" }),
                    };
                    let label = match deel {
                        "dag" => &w::DAG,
                        "maand" => &w::MAAND,
                        _ => &w::JAAR,
                    };
                    delen = delen.kind(
                        El::new("div")
                            .class(&format!("deel deel-{deel}"))
                            .kind(El::new("label").attr("for", &deel_id).text(t(label)))
                            .kind(veld),
                    );
                }
                let mut set = El::new("fieldset").kind(El::new("legend").text(t(vraag.label))).kind(delen);
                if !vraag.verplicht {
                    set = set.kind(weet_niet());
                }
                set
            }
            Soort::JaNee => {
                let mut set = El::new("fieldset").kind(El::new("legend").text(t(vraag.label)));
                for (waarde, tekst) in [("ja", &w::JA), ("nee", &w::NEE), ("", &w::WEET_NIET)] {
                    let radio = El::new("input")
                        .attr("type", "radio")
                        .attr("name", &sleutel)
                        .attr("value", waarde)
                        .attr_als(a.get(&sleutel) == waarde, "checked", "");
                    set = set.kind(El::new("label").class("keuze").kind(radio).text(t(tekst)));
                }
                set
            }
            Soort::Keuze(opties) => {
                let invoer_id = format!("in-{id}");
                let eerste = if vraag.verplicht { &w::KIES } else { &w::WEET_NIET };
                let mut select = El::new("select")
                    .attr("name", &sleutel)
                    .id(&invoer_id)
                    .kind(El::new("option").attr("value", "").text(t(eerste)));
                for (code, label) in opties {
                    select = select.kind(
                        El::new("option")
                            .attr("value", code)
                            .attr_als(a.get(&sleutel) == *code, "selected", "")
                            .text(label.in_taal(self.taal)),
                    );
                }
                El::new("div").kind(El::new("label").attr("for", &invoer_id).text(t(vraag.label))).kind(select)
            }
            Soort::Tekst => {
                let invoer_id = format!("in-{id}");
                El::new("div")
                    .kind(El::new("label").attr("for", &invoer_id).text(t(vraag.label)))
                    .kind(invoer(&sleutel, "text", &invoer_id).attr("list", "extra-posten").attr("maxlength", "200"))
            }
            Soort::Getal | Soort::Bedrag => {
                let invoer_id = format!("in-{id}");
                let modus = if matches!(vraag.soort, Soort::Bedrag) { "decimal" } else { "numeric" };
                let mut div = El::new("div").kind(El::new("label").attr("for", &invoer_id).text(t(vraag.label))).kind(
                    invoer(&sleutel, modus, &invoer_id).class(if modus == "decimal" { "bedrag" } else { "getal" }),
                );
                if !vraag.verplicht && vraag.weet_niet {
                    div = div.kind(weet_niet());
                }
                div
            }
        };
        houder.class("vraag").id(&format!("v-{id}")).attr("data-sleutel", &sleutel).kind(fout)
    }

    /// Updates what depends on the answers, in place: which questions show, the errors and
    /// the results. Inputs are never rebuilt here, so focus and typed text stay.
    pub fn bijwerken(&self) {
        let mut gewenst: Vec<Getoond> = VRAGEN
            .iter()
            .map(|vraag| Getoond { verborgen: !self.antwoorden.zichtbaar(vraag, self.medewerker), fout: None })
            .collect();
        let mut samenvatting = String::new();
        for (aan, onderdeel) in [(self.advies, Onderdeel::Advies), (self.ontzorgen, Onderdeel::Ontzorgen)] {
            if !aan {
                continue;
            }
            let Some(blok) = self.zoek(&format!("uitkomst-{}", onderdeel.prefix())) else { continue };
            let ontbrekend = self.antwoorden.ontbrekend(onderdeel, self.medewerker);
            let json = self.antwoorden.json(onderdeel, self.vandaag, self.medewerker);
            let resultaat = weergave::bereken(onderdeel, &json, &self.gemeente);
            let (getekend, inhoud) = match resultaat {
                Err(fout) => {
                    let vraag = self.vraag_bij(onderdeel, &fout.veld);
                    let bij_veld =
                        vraag.filter(|v| self.antwoorden.ingevuld(v) && !ontbrekend.iter().any(|o| o.pad == v.pad));
                    if let Some(i) =
                        bij_veld.and_then(|v| VRAGEN.iter().position(|w| w.onderdeel == v.onderdeel && w.pad == v.pad))
                    {
                        gewenst[i].fout = Some(fout.melding(self.taal));
                    }
                    if !ontbrekend.is_empty() {
                        (Getekend::Wacht(ontbrekend.iter().map(|v| v.pad).collect()), Inhoud::Wacht)
                    } else if bij_veld.is_some() {
                        (Getekend::BijVeld, Inhoud::Leeg)
                    } else {
                        (Getekend::Fout(json), Inhoud::Fout(fout))
                    }
                }
                Ok(_) if !ontbrekend.is_empty() => {
                    (Getekend::Wacht(ontbrekend.iter().map(|v| v.pad).collect()), Inhoud::Wacht)
                }
                Ok(uitkomst) => {
                    samenvatting.push_str(&weergave::samenvatting(&uitkomst));
                    (Getekend::Uitkomst(json), Inhoud::Uitkomst(uitkomst))
                }
            };
            let plek = &mut self.getekend.borrow_mut()[onderdeel as usize];
            if plek.as_ref() != Some(&getekend) {
                let knopen = match inhoud {
                    Inhoud::Wacht => weergave::wacht(self.taal, &ontbrekend),
                    Inhoud::Leeg => Vec::new(),
                    Inhoud::Fout(fout) => vec![weergave::fout_blok(self.taal, &fout)],
                    Inhoud::Uitkomst(uitkomst) => weergave::uitkomst(self.taal, self.medewerker, &uitkomst),
                };
                dom::vervang(&blok, knopen);
                *plek = Some(getekend);
            }
        }
        let mut getoond = self.getoond.borrow_mut();
        for (i, (vraag, nieuw)) in VRAGEN.iter().zip(&gewenst).enumerate() {
            let oud = getoond.get(i);
            if oud.map(|o| o.verborgen) != Some(nieuw.verborgen) {
                if let Some(element) = self.zoek(&format!("v-{}", vraag.dom_id())) {
                    dom::zet(&element, "hidden", nieuw.verborgen);
                }
            }
            if oud.map(|o| &o.fout) != Some(&nieuw.fout) {
                self.toon_fout(vraag, nieuw.fout.as_deref());
            }
        }
        *getoond = gewenst;
        if let Some(print) = self.zoek("print-antwoorden") {
            let lijst = weergave::antwoorden(self.taal, &self.antwoorden, self.medewerker, self.advies, self.ontzorgen);
            dom::vervang(&print, [weergave::peildatum(self.taal, self.vandaag), lijst]);
        }
        if let Some(vak) = self.zoek("samenvatting").and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
            let mut tekst = weergave::antwoorden_tekst(
                &self.antwoorden,
                self.vandaag,
                self.medewerker,
                self.advies,
                self.ontzorgen,
            );
            tekst.push_str(&samenvatting);
            vak.set_value(&tekst);
        }
    }

    /// The question a core error points at: the exact path, or the first question inside it.
    fn vraag_bij(&self, onderdeel: Onderdeel, veld: &str) -> Option<&'static Vraag> {
        if veld.is_empty() {
            return None;
        }
        let binnen = format!("{veld}.");
        VRAGEN
            .iter()
            .filter(|v| v.onderdeel == onderdeel && self.antwoorden.zichtbaar(v, self.medewerker))
            .find(|v| v.pad == veld || v.pad.starts_with(&binnen))
    }

    /// Shows (or clears) the translated error of a question, tied to its inputs with
    /// `aria-describedby` and `aria-invalid`.
    fn toon_fout(&self, vraag: &Vraag, melding: Option<&str>) {
        let id = vraag.dom_id();
        let fout_id = format!("fout-{id}");
        if let Some(slot) = self.zoek(&fout_id) {
            slot.set_text_content(melding);
            dom::zet(&slot, "hidden", melding.is_none());
        }
        let Some(houder) = self.zoek(&format!("v-{id}")) else { return };
        let Ok(velden) = houder.query_selector_all("input:not([type=checkbox]), select") else { return };
        for i in 0..velden.length() {
            let Some(veld) = velden.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
            if melding.is_some() {
                let _ = veld.set_attribute("aria-invalid", "true");
                let _ = veld.set_attribute("aria-describedby", &fout_id);
            } else {
                let _ = veld.remove_attribute("aria-invalid");
                let _ = veld.remove_attribute("aria-describedby");
            }
        }
    }

    fn status(&mut self, tekst: Option<&'static Tekst>) {
        self.status = tekst;
        if let Some(p) = self.zoek("status") {
            p.set_text_content(tekst.map(|t| t.in_taal(self.taal)));
        }
    }
}

type Luisteraar = Closure<dyn FnMut(Event)>;

/// One element's handle, owned by the loader script.
#[wasm_bindgen]
pub struct Wijzer {
    staat: Rc<RefCell<Staat>>,
    luisteraars: Vec<(&'static str, Luisteraar)>,
}

#[wasm_bindgen]
impl Wijzer {
    /// Attaches (or reuses) the open shadow root of `host` and renders into it.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement) -> Result<Wijzer, JsValue> {
        let root = match host.shadow_root() {
            Some(root) => root,
            None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
        };
        STIJL.with(|blad| {
            if let Some(blad) = blad {
                root.set_adopted_style_sheets(&js_sys::Array::of1(blad));
            }
        });
        let mut staat = Staat {
            host,
            root: root.clone(),
            taal: Taal::Nl,
            medewerker: false,
            advies: true,
            ontzorgen: true,
            gemeente: Gemeente::standaard(),
            gemeente_fout: false,
            antwoorden: Antwoorden::default(),
            vandaag: vandaag(),
            status: None,
            getoond: RefCell::default(),
            getekend: RefCell::default(),
        };
        staat.lees_attributen();
        staat.bouw();
        let staat = Rc::new(RefCell::new(staat));
        let mut luisteraars = Vec::new();
        for soort in ["input", "change", "click"] {
            let s = staat.clone();
            let luisteraar: Luisteraar = Closure::new(move |e: Event| gebeurtenis(&s, &e));
            root.add_event_listener_with_callback(soort, luisteraar.as_ref().unchecked_ref())?;
            luisteraars.push((soort, luisteraar));
        }
        Ok(Wijzer { staat, luisteraars })
    }

    /// An observed attribute changed (`lang`, `modus`, `onderdeel`).
    pub fn attribuut(&self) {
        let mut staat = self.staat.borrow_mut();
        staat.lees_attributen();
        staat.bouw();
    }

    /// The gemeente configuration the page named, as a parsed JSON value; invalid
    /// configuration keeps the built-in default and says so.
    pub fn gemeente(&self, config: JsValue) {
        let mut staat = self.staat.borrow_mut();
        let voor = (staat.gemeente_fout, staat.gemeente.naam.clone(), staat.gemeente.contact.clone());
        let gelezen = super::exports::lees_js(config).and_then(|json| Gemeente::lees(&json));
        staat.gemeente_fout = gelezen.is_err();
        staat.gemeente = gelezen.unwrap_or_else(|_| Gemeente::standaard());
        // Rebuild only when the heading changes: a person may already be typing.
        if voor != (staat.gemeente_fout, staat.gemeente.naam.clone(), staat.gemeente.contact.clone()) {
            staat.bouw();
        } else {
            // The results depend on the gemeente too (its offers, its onderwijsroute policy).
            *staat.getekend.borrow_mut() = [None, None];
            staat.bijwerken();
        }
    }

    /// The configuration file could not be fetched or parsed.
    pub fn gemeente_onleesbaar(&self) {
        let mut staat = self.staat.borrow_mut();
        staat.gemeente_fout = true;
        staat.bouw();
    }
}

impl Drop for Wijzer {
    fn drop(&mut self) {
        let root = self.staat.borrow().root.clone();
        for (soort, luisteraar) in &self.luisteraars {
            let _ = root.remove_event_listener_with_callback(soort, luisteraar.as_ref().unchecked_ref());
        }
    }
}

/// `mount(host)`: the same as `new Wijzer(host)`, for pages that call the module directly.
#[wasm_bindgen]
pub fn mount(host: HtmlElement) -> Result<Wijzer, JsValue> {
    Wijzer::new(host)
}

fn gebeurtenis(staat: &Rc<RefCell<Staat>>, e: &Event) {
    let Some(doel) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    if let Some(actie) = doel.get_attribute("data-actie") {
        match (e.type_().as_str(), actie.as_str()) {
            ("click", "openen") | ("input", "openen") => {}
            ("change", "openen") => openen(staat, &doel),
            ("click", actie) => weergave::actie(staat, actie),
            _ => {}
        }
        return;
    }
    let soort = e.type_();
    if soort == "click" {
        return;
    }
    let Some(naam) = doel.get_attribute("name") else { return };
    let waarde = if let Some(invoer) = doel.dyn_ref::<HtmlInputElement>() {
        match invoer.type_().as_str() {
            "checkbox" => {
                if invoer.checked() {
                    "ja".to_owned()
                } else {
                    String::new()
                }
            }
            "radio" if !invoer.checked() => return,
            _ => invoer.value(),
        }
    } else if let Some(select) = doel.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else {
        return;
    };
    // Removing a focused, edited input (a rebuild) fires `change` while the state is borrowed;
    // the `input` events have already recorded that value.
    let Ok(mut s) = staat.try_borrow_mut() else { return };
    if s.antwoorden.get(&naam) == waarde {
        return;
    }
    s.antwoorden.zet(&naam, &waarde);
    s.status(None);
    s.bijwerken();
}

/// Reads a chosen file (only on the person's request), has the core validate it, and fills the
/// form; errors show next to their fields like typed ones.
fn openen(staat: &Rc<RefCell<Staat>>, doel: &Element) {
    let Some(invoer) = doel.dyn_ref::<HtmlInputElement>() else { return };
    let Some(bestand) = invoer.files().and_then(|f| f.get(0)) else { return };
    invoer.set_value("");
    let s = staat.clone();
    let klaar: Closure<dyn FnMut(JsValue)> = Closure::once(move |tekst: JsValue| {
        let tekst = tekst.as_string().unwrap_or_default();
        let mut staat = s.borrow_mut();
        match weergave::lees_bestand(&tekst) {
            Ok(antwoorden) => {
                staat.antwoorden = antwoorden;
                staat.status = Some(&w::GELADEN);
            }
            Err(_) => staat.status = Some(&crate::i18n::fouten::ONGELDIGE_JSON),
        }
        staat.bouw();
    });
    let _ = bestand.text().then(&klaar);
    klaar.forget();
}

/// Parses JSON text in the browser (the module carries no JSON parser of its own).
pub(super) fn json_uit_tekst(tekst: &str) -> Result<Json, Fout> {
    let waarde = js_sys::JSON::parse(tekst).map_err(|_| Fout::onleesbaar())?;
    super::exports::lees_js(waarde)
}
