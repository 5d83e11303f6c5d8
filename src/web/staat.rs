//! The state of one `<inburgering-wijzer>` and everything that changes it: its attributes,
//! the answers, the gemeente's configuration, and each event in (an answer, a button, a file,
//! a configuration), the DOM operations that follow out ([`super::dom`]). Plain Rust, so the
//! journeys' operations are tested natively; `element.rs` only ties it to the page.

use std::mem::ManuallyDrop;

use chrono::NaiveDate;

use super::agenda;
use super::caseload::Lijst;
use super::dom::{self, El, Plek};
use super::formulier::{self, Antwoorden, Onderdeel, Vraag, VRAGEN};
use super::pagina::{self, Opzet, Statusregel};
use super::{samenvatting, tweetalig, weergave, MEDEWERKER};
use crate::engine::fout::Fout;
use crate::engine::gemeente::Gemeente;
use crate::engine::json::{Json, Velden};
use crate::engine::schrijver::NaarJson;
use crate::i18n::widget as w;
use crate::i18n::{fouten, Taal, Tekst};

/// The state of one element.
pub struct Staat {
    opzet: Opzet,
    gemeente: Gemeente,
    gemeente_fout: bool,
    /// What was wrong in the configuration (left out, or the whole file).
    gemeente_meldingen: Vec<Fout>,
    antwoorden: Antwoorden,
    /// Today in the browser: the `peildatum` (the engine itself never reads a clock).
    vandaag: NaiveDate,
    /// A short status line (loaded, cleared, copied).
    status: Option<&'static Tekst>,
    /// The answers "Wis alles" cleared, while "Ongedaan maken" can bring them back (until the
    /// status line changes: the next answer, or another action).
    gewist: Option<Antwoorden>,
    /// What the tree shows per question (by index in [`VRAGEN`]): hidden or not, and the error
    /// message. `bijwerken` touches only what changed, so a keystroke costs little; `bouw`
    /// empties it, so a new tree is set in full.
    getoond: Vec<Getoond>,
    /// What each result block (advies, ontzorgen) was drawn from, so an event that leaves it the
    /// same does not redraw it; `bouw` empties it.
    getekend: [Option<Getekend>; 2],
    /// The print view's list and the staff summary as last drawn, likewise.
    afgedrukt: Option<Vec<(String, String)>>,
    samengevat: Option<String>,
    /// `modus="caseload"`: the file of clients, and the client opened in staff mode. Dropped
    /// only where this build holds the staff views (`impl Drop for Staat`), so the residents'
    /// module, where it is always `None`, carries no code to drop a caseload.
    caseload: ManuallyDrop<Option<Lijst>>,
}

impl Drop for Staat {
    fn drop(&mut self) {
        if MEDEWERKER {
            drop(self.caseload.take());
        }
    }
}

/// The caseload of `modus="caseload"`, where this build holds the staff views: every use goes
/// through here, so that without the feature `medewerker` the caseload's code is left out.
fn aan(caseload: &mut Option<Lijst>) -> Option<&mut Lijst> {
    caseload.as_mut().filter(|_| MEDEWERKER)
}

struct Getoond {
    verborgen: bool,
    /// Whether the question (`v-…`) is in the tree, not only its empty place (`p-…`, see
    /// [`pagina::pagina`]).
    gebouwd: bool,
    fout: Option<String>,
}

/// What a result block was drawn from. A result or an error is a function of the input (a new
/// gemeente empties [`Staat::getekend`]; today is fixed), so the input stands in for it.
#[derive(PartialEq)]
enum Getekend {
    /// Still waiting for these questions (by path).
    Wacht(Vec<&'static str>),
    /// The error (this message) is shown next to its field; the block says which question to
    /// mend.
    BijVeld(String),
    /// The part does not apply to this person: it is hidden whole.
    NietVanToepassing,
    Fout(Json),
    Uitkomst(Json),
}

/// What a result block shows: a value of the moment, on the stack, drawn at once (a box would
/// only add an allocation).
#[allow(clippy::large_enum_variant)]
enum Inhoud {
    Wacht,
    Leeg,
    Fout(Fout),
    /// The error is at this question, with this message: mend it there.
    Nakijken(&'static Vraag, String),
    /// The result, and the day under a ticked box the core refused (drawn at its box).
    Uitkomst(weergave::Uitkomst, Option<(String, Fout)>),
}

/// The core's answer to the answers of a part, and its input. When the core refuses a day
/// under a ticked box of the plan (31 February, a day still to come), the answer is computed
/// again without the days, so the advice stays and the message stands at that box (issue 23
/// point 9): `geweigerd`, the part and why.
struct Berekening {
    json: Json,
    uitkomst: Result<weergave::Uitkomst, Fout>,
    geweigerd: Option<(String, Fout)>,
}

impl Staat {
    /// The state of a new element on `vandaag`, with its attributes `lang`, `modus` and
    /// `onderdeel` ([`Staat::attribuut`]); [`Staat::teken`] then gives its tree.
    pub fn nieuw(vandaag: NaiveDate, attributen: [&str; 3]) -> Staat {
        let opzet = Opzet {
            taal: Taal::Nl,
            taal_niet_geladen: None,
            modus_medewerker: false,
            advies: true,
            ontzorgen: true,
            tweetalig: false,
        };
        let mut staat = Staat {
            opzet,
            gemeente: Gemeente::standaard(),
            gemeente_fout: false,
            gemeente_meldingen: Vec::new(),
            antwoorden: Antwoorden::default(),
            vandaag,
            status: None,
            gewist: None,
            getoond: Vec::new(),
            getekend: [None, None],
            afgedrukt: None,
            samengevat: None,
            caseload: ManuallyDrop::new(None),
        };
        staat.lees_attributen(attributen);
        staat
    }

    /// The element's attributes `lang`, `modus` and `onderdeel`, in that order.
    fn lees_attributen(&mut self, [lang, modus, onderdeel]: [&str; 3]) {
        // A language is shown once its pack is there (the loader asks for it first); one that
        // could not be loaded leaves the language shown before, Dutch at the start.
        let gevraagd = Taal::uit_code(lang);
        let geladen = crate::i18n::pakket::compleet(gevraagd, &crate::i18n::TALENPAKKET);
        self.opzet.taal_niet_geladen = (!geladen).then_some(gevraagd);
        if geladen {
            self.opzet.taal = gevraagd;
        }
        let modus = modus.trim();
        self.opzet.modus_medewerker = modus == "medewerker" || modus == "caseload";
        let onderdeel = onderdeel.trim();
        self.opzet.advies = onderdeel != "ontzorgen";
        self.opzet.ontzorgen = onderdeel != "advies";
        // A client of a caseload is opened with their advice alone (the file has no household).
        if MEDEWERKER && modus == "caseload" {
            (self.opzet.advies, self.opzet.ontzorgen) = (true, false);
            self.caseload.get_or_insert_with(Lijst::default);
        } else if MEDEWERKER {
            drop(self.caseload.take());
        }
    }

    /// Builds the whole tree (first render, language, mode or part changed, a file loaded).
    /// Inputs take their values from the answers, so nothing typed is lost; the loader keeps
    /// the focus and the caret on the control with the same id.
    fn bouw(&mut self) {
        if let Some(lijst) = aan(&mut self.caseload).filter(|l| l.open.is_none()) {
            let inhoud = super::caseload::lijst(self.opzet.taal, lijst, self.vandaag);
            Plek::WORTEL.vervang([pagina::caseload(self.opzet, inhoud)]);
            if lijst.voortgang().is_some() {
                dom::verder();
            }
            return;
        }
        let status = Statusregel { tekst: self.status, herstel: self.gewist.is_some() };
        let wortel = pagina::pagina(self.opzet, &self.gemeente, self.gemeente_fout, &self.antwoorden, status);
        // A client opened from the caseload: the way back first, then whose answers these are.
        let taal = self.opzet.taal;
        let terug = aan(&mut self.caseload).map(|lijst| {
            let knop = pagina::knop(taal, "terug", &crate::i18n::caseload::TERUG).id("terug");
            let naam = El::new("strong").text(&lijst.open_naam(taal).unwrap_or_default());
            El::new("div").class("klant").kind(knop).kind(El::new("p").kind(naam))
        });
        // The new tree is complete (questions shown, results drawn) before it replaces the old one.
        self.getoond.clear();
        self.getekend = [None, None];
        self.afgedrukt = None;
        self.samengevat = None;
        self.bijwerken();
        Plek::WORTEL.vervang(terug.into_iter().chain([wortel]));
    }

    /// Whether the caseload's table is shown (not a client opened from it).
    fn in_lijst(&self) -> bool {
        MEDEWERKER && self.caseload.as_ref().is_some_and(|l| l.open.is_none())
    }

    /// Updates what depends on the answers, in place: which questions show, the errors and
    /// the results. Inputs are never rebuilt here, so focus and typed text stay.
    fn bijwerken(&mut self) {
        let mut gewenst: Vec<Getoond> = VRAGEN
            .iter()
            .map(|vraag| Getoond {
                verborgen: !self.antwoorden.zichtbaar(vraag, self.opzet.medewerker(), &self.gemeente),
                gebouwd: false,
                fout: None,
            })
            .collect();
        for onderdeel in [Onderdeel::Advies, Onderdeel::Ontzorgen] {
            if self.opzet.toont(onderdeel) {
                self.deel_bijwerken(onderdeel, &mut gewenst);
            }
        }
        self.vragen_bijwerken(gewenst);
        self.print_bijwerken();
        if self.opzet.medewerker() {
            self.samenvatting_bijwerken();
        }
    }

    /// The result of a part, drawn again only when what it is drawn from changed; its error at
    /// its question (in `gewenst`).
    fn deel_bijwerken(&mut self, onderdeel: Onderdeel, gewenst: &mut [Getoond]) {
        // The budget is not drawn, nor asked, for a person who cannot get bijstand (the
        // advice's answers show no permit); a page with the budget alone always draws it.
        let geldt = onderdeel == Onderdeel::Advies || !self.opzet.advies || self.antwoorden.ontzorgen_geldt();
        let ontbrekend = if geldt {
            self.antwoorden.ontbrekend(onderdeel, self.opzet.medewerker(), &self.gemeente)
        } else {
            Vec::new()
        };
        let (getekend, inhoud) = if geldt {
            self.uitkomst(onderdeel, &ontbrekend, gewenst)
        } else {
            (Getekend::NietVanToepassing, Inhoud::Leeg)
        };
        if self.getekend[onderdeel as usize].as_ref() == Some(&getekend) {
            return;
        }
        Plek::id(&format!("deel-{}", onderdeel.prefix())).zet("hidden", !geldt);
        let taal = self.opzet.taal;
        let mut geweigerd = None;
        let knopen = match inhoud {
            Inhoud::Wacht => weergave::wacht(taal, &ontbrekend, self.vandaag),
            Inhoud::Leeg => Vec::new(),
            Inhoud::Fout(fout) => vec![weergave::fout_blok(taal, &fout)],
            Inhoud::Nakijken(vraag, melding) => vec![weergave::nakijken_blok(taal, self.vandaag, vraag, &melding)],
            Inhoud::Uitkomst(uitkomst, dag) => {
                geweigerd = dag;
                tweetalig::uitkomst(self.zicht(), self.opzet.tweetalig, &uitkomst)
            }
        };
        Plek::id(&format!("uitkomst-{}", onderdeel.prefix())).vervang(knopen);
        if let Some((code, fout)) = geweigerd {
            toon_fout(&format!("behaald-{code}"), Some(&fout.melding(taal)));
        }
        self.getekend[onderdeel as usize] = Some(getekend);
    }

    /// The core's answer for a part that applies, given the questions still `ontbrekend`: what
    /// its block is drawn from and what it shows. An error at a question the person answered is
    /// shown there (in `gewenst`), not in the block.
    fn uitkomst(&self, onderdeel: Onderdeel, ontbrekend: &[&Vraag], gewenst: &mut [Getoond]) -> (Getekend, Inhoud) {
        let wacht = || (Getekend::Wacht(ontbrekend.iter().map(|v| v.pad).collect()), Inhoud::Wacht);
        let Berekening { json, uitkomst, geweigerd } = self.berekening(onderdeel);
        match uitkomst {
            Err(fout) => {
                let vraag = self.vraag_bij(onderdeel, &fout.veld);
                let bij_veld =
                    vraag.filter(|v| self.antwoorden.ingevuld(v) && !ontbrekend.iter().any(|o| o.pad == v.pad));
                let mut melding = None;
                if let Some(i) =
                    bij_veld.and_then(|v| VRAGEN.iter().position(|w| w.onderdeel == v.onderdeel && w.pad == v.pad))
                {
                    let tekst = weergave::melding_bij(self.opzet.taal, &VRAGEN[i], &fout);
                    gewenst[i].fout = Some(tekst.clone());
                    melding = Some((&VRAGEN[i], tekst));
                }
                if !ontbrekend.is_empty() {
                    wacht()
                } else if let Some((vraag, tekst)) = melding {
                    (Getekend::BijVeld(tekst.clone()), Inhoud::Nakijken(vraag, tekst))
                } else {
                    (Getekend::Fout(json), Inhoud::Fout(fout))
                }
            }
            Ok(_) if !ontbrekend.is_empty() => wacht(),
            Ok(uitkomst) => (Getekend::Uitkomst(json), Inhoud::Uitkomst(uitkomst, geweigerd)),
        }
    }

    /// See [`Berekening`].
    fn berekening(&self, onderdeel: Onderdeel) -> Berekening {
        let json = |zonder_dagen| {
            self.antwoorden.json(onderdeel, self.vandaag, self.opzet.medewerker(), &self.gemeente, zonder_dagen)
        };
        let invoer = json(false);
        let uitkomst = weergave::bereken(onderdeel, &invoer, &self.gemeente);
        let geweigerd = uitkomst.as_ref().err().and_then(|fout| formulier::geweigerde_dag(&invoer, fout));
        match (geweigerd, uitkomst) {
            (Some(code), Err(fout)) => Berekening {
                uitkomst: weergave::bereken(onderdeel, &json(true), &self.gemeente),
                json: invoer,
                geweigerd: Some((code, fout)),
            },
            (_, uitkomst) => Berekening { json: invoer, uitkomst, geweigerd: None },
        }
    }

    /// Each question of the parts on the page as `gewenst`: built when first shown, hidden or
    /// shown, its error set or cleared, where that changed.
    fn vragen_bijwerken(&mut self, mut gewenst: Vec<Getoond>) {
        for (i, (vraag, nieuw)) in VRAGEN.iter().zip(&mut gewenst).enumerate() {
            if !self.opzet.toont(vraag.onderdeel) {
                continue;
            }
            let oud = self.getoond.get(i);
            let gebouwd = oud.is_some_and(|o| o.gebouwd);
            if !nieuw.verborgen && !gebouwd {
                let getekend = pagina::vraag(self.opzet.taal, self.vandaag, &self.antwoorden, vraag);
                Plek::id(&format!("p-{}", vraag.dom_id())).vervang_door(getekend);
            } else if oud.is_some_and(|o| o.verborgen != nieuw.verborgen) {
                Plek::id(&format!("v-{}", vraag.dom_id())).zet("hidden", nieuw.verborgen);
            }
            nieuw.gebouwd = gebouwd || !nieuw.verborgen;
            // A question is built without an error shown.
            if oud.map_or(nieuw.fout.is_some(), |o| o.fout != nieuw.fout) {
                toon_fout(&vraag.dom_id(), nieuw.fout.as_deref());
            }
        }
        self.getoond = gewenst;
    }

    /// The answered questions (shown in this mode and part) as (question, answer) in `taal`.
    fn gegeven(&self, taal: Taal) -> Vec<(String, String)> {
        let Opzet { advies, ontzorgen, .. } = self.opzet;
        let medewerker = self.opzet.medewerker();
        weergave::gegeven(taal, &self.antwoorden, medewerker, advies, ontzorgen, &self.gemeente, self.vandaag)
    }

    /// The print view's list of answers, where it changed.
    fn print_bijwerken(&mut self) {
        let taal = self.opzet.taal;
        let lijst = self.gegeven(taal);
        if self.afgedrukt.as_ref() != Some(&lijst) {
            let inhoud = [weergave::peildatum(taal, self.vandaag), weergave::antwoorden(taal, &lijst)];
            Plek::id("print-antwoorden").vervang(inhoud);
            self.afgedrukt = Some(lijst);
        }
    }

    /// Staff mode: the klantmanager's summary for the case file, from the results the parts
    /// show (each computed again where [`Staat::getekend`] says it shows one, so the residents'
    /// path carries nothing for it) and the answers, where it changed.
    fn samenvatting_bijwerken(&mut self) {
        let berekening = |onderdeel: Onderdeel| match &self.getekend[onderdeel as usize] {
            Some(Getekend::Uitkomst(_)) => Some(self.berekening(onderdeel)),
            _ => None,
        };
        let schema = berekening(Onderdeel::Ontzorgen).and_then(|b| b.uitkomst.ok());
        let (advies, geweigerd) = match berekening(Onderdeel::Advies) {
            Some(b) => (b.uitkomst.ok(), b.geweigerd),
            None => (None, None),
        };
        let Opzet { advies: met_advies, ontzorgen: met_ontzorgen, .. } = self.opzet;
        let vragen = weergave::gekozen(&self.antwoorden, true, met_advies, met_ontzorgen, &self.gemeente);
        // The case file is Dutch.
        let klant = aan(&mut self.caseload).and_then(|lijst| lijst.open_naam(Taal::Nl));
        let stukken = samenvatting::Stukken {
            antwoord: match &advies {
                Some(weergave::Uitkomst::Advies(antwoord)) => Some(antwoord),
                _ => None,
            },
            schema: match &schema {
                Some(weergave::Uitkomst::Schema(schema)) => Some(schema),
                _ => None,
            },
            gegevens: samenvatting::gegevens(&self.antwoorden, vragen, schema.is_some()),
            geweigerd: geweigerd.as_ref().map(|(code, fout)| (code.as_str(), fout)),
            klant: klant.as_deref(),
            vandaag: self.vandaag,
        };
        let tekst = samenvatting::samenvatting(&stukken);
        if self.samengevat.as_ref() != Some(&tekst) {
            Plek::id("samenvatting").tekst(&tekst);
            self.samengevat = Some(tekst);
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
            .filter(|v| {
                v.onderdeel == onderdeel && self.antwoorden.zichtbaar(v, self.opzet.medewerker(), &self.gemeente)
            })
            .find(|v| v.pad == veld || v.pad.starts_with(&binnen))
    }

    /// What a result is drawn for (see [`weergave::Zicht`]).
    fn zicht(&self) -> weergave::Zicht<'_> {
        weergave::Zicht {
            taal: self.opzet.taal,
            medewerker: self.opzet.medewerker(),
            vandaag: self.vandaag,
            antwoorden: &self.antwoorden,
        }
    }

    /// Sets the status line; "Ongedaan maken", which stands in it, goes with the old text.
    fn status(&mut self, tekst: Option<&'static Tekst>) {
        self.status = tekst;
        self.gewist = None;
        Plek::id("status").tekst(tekst.map(|t| t.in_taal(self.opzet.taal)).unwrap_or_default());
    }
}

/// Shows (or clears) the translated error of a question (`id`, its DOM id) or of the day under
/// a box of the plan, tied to its inputs with `aria-describedby` and `aria-invalid`.
/// Out of line as the drawing functions of `weergave` are (see there).
#[inline(never)]
fn toon_fout(id: &str, melding: Option<&str>) {
    let fout_id = format!("fout-{id}");
    let slot = Plek::id(&fout_id);
    slot.tekst(melding.unwrap_or_default());
    slot.zet("hidden", melding.is_none());
    Plek::id(&format!("v-{id}")).markeer_velden(melding.map(|_| fout_id.as_str()));
}

/// The events, each answered with the DOM operations that follow (see [`super::dom`]).
impl Staat {
    /// The whole tree.
    pub fn teken(&mut self) -> String {
        self.bouw();
        dom::neem()
    }

    /// An observed attribute changed (`lang`, `modus`, `onderdeel`: their values, in that order).
    pub fn attribuut(&mut self, attributen: [&str; 3]) -> String {
        self.lees_attributen(attributen);
        self.teken()
    }

    /// A form control changed: its `name` and its value (`ja` or empty for a checkbox).
    pub fn invoer(&mut self, naam: &str, waarde: &str) -> String {
        if let Some(lijst) = aan(&mut self.caseload).filter(|l| l.open.is_none()) {
            match naam {
                "caseload-op" => match crate::basis::datum::lees(waarde) {
                    Some(op) if op != self.vandaag => {
                        self.vandaag = op;
                        lijst.begin = 0;
                        lijst.lees(op, &self.gemeente);
                    }
                    _ => return String::new(),
                },
                "caseload-filter" => {
                    lijst.filter = waarde.parse().ok();
                    lijst.begin = 0;
                }
                _ => return String::new(),
            }
            return self.teken();
        }
        if self.antwoorden.get(naam) != waarde {
            self.antwoorden.zet(naam, waarde);
            self.status(None);
            self.bijwerken();
            // A ticked part redraws the plan: the box keeps the focus.
            let code = naam.strip_prefix(super::formulier::BEHAALD);
            if let Some(code) = code.filter(|c| crate::engine::codes::Deel::CODES.contains(c)) {
                dom::focus(&format!("behaald-{code}"));
            }
        }
        dom::neem()
    }

    /// A button was pressed (its `data-actie`), or the loader reports that the summary was
    /// copied (`gekopieerd`).
    pub fn actie(&mut self, actie: &str) -> String {
        match actie {
            "afdrukken" => dom::afdrukken(),
            "opslaan" => dom::download("inburgeringswijzer.json", "application/json", &self.bestand()),
            "agenda" => self.agenda(),
            "wis" => {
                // The answers are kept until the status line changes, so "Ongedaan maken"
                // (focused, next to "Alles is gewist.") can bring them back.
                self.status(Some(&w::GEWIST));
                self.gewist = Some(std::mem::take(&mut self.antwoorden));
                self.bouw();
                dom::focus("herstel");
            }
            "herstel" => {
                if let Some(antwoorden) = self.gewist.take() {
                    self.antwoorden = antwoorden;
                    self.status(Some(&w::HERSTELD));
                    self.bouw();
                    dom::focus("wis");
                }
            }
            "kopieer" if MEDEWERKER => dom::kopieer(),
            // The whole tree is drawn again with or without the Dutch (the loader keeps the
            // focus on the switch, which keeps its id).
            "tweetalig" => {
                self.opzet.tweetalig = !self.opzet.tweetalig;
                self.bouw();
            }
            "gekopieerd" if MEDEWERKER => self.status(Some(&crate::i18n::caseload::GEKOPIEERD)),
            // "Naar de vraag" under an answer that stops the result: the focus to that answer.
            _ => match actie.strip_prefix("naar:") {
                Some(id) => dom::focus(id),
                None => self.caseload_actie(actie),
            },
        }
        dom::neem()
    }

    /// The caseload's buttons: the worklist, a page, a client opened and the way back.
    fn caseload_actie(&mut self, actie: &str) {
        let Some(lijst) = aan(&mut self.caseload) else { return };
        match actie {
            "werklijst" => {
                if let Some(csv) = lijst.werklijst() {
                    dom::download("werklijst.csv", "text/csv", &csv);
                }
            }
            "caseload-agenda" => {
                if let Some(ics) = lijst.agenda(self.opzet.taal) {
                    dom::download("caseload.ics", "text/calendar", &ics);
                }
            }
            // The next part of a file being read: the progress, or the table once it is read.
            "verder" => match (lijst.verder(&self.gemeente), lijst.voortgang()) {
                (Some(true), Some((gelezen, regels))) => {
                    Plek::id("voortgang").tekst(&super::caseload::voortgang(self.opzet.taal, gelezen, regels));
                    dom::verder();
                }
                (Some(_), _) => self.bouw(),
                (None, _) => {}
            },
            "vorige" | "volgende" => {
                lijst.blader(if actie == "vorige" { -1 } else { 1 });
                self.bouw();
                dom::focus(actie);
            }
            "terug" => {
                if let Some(open) = lijst.open.take() {
                    self.antwoorden = Antwoorden::default();
                    self.status = None;
                    self.gewist = None;
                    self.bouw();
                    dom::focus(&format!("klant-{open}"));
                }
            }
            _ => {
                let index = actie.strip_prefix("klant-").and_then(|i| i.parse::<usize>().ok());
                let klant = index.and_then(|i| lijst.caseload().and_then(|c| c.klanten.get(i)));
                if let (Some(i), Some(klant)) = (index, klant) {
                    let mut antwoorden = Antwoorden::default();
                    Antwoorden::uit_json(Onderdeel::Advies, &klant.situatie, &mut antwoorden);
                    lijst.open = Some(i);
                    self.antwoorden = antwoorden;
                    self.status = None;
                    self.gewist = None;
                    self.bouw();
                    dom::focus("terug");
                }
            }
        }
    }

    /// A caseload file the staff member chose to open, as its bytes: read by the engine on the
    /// peildatum, its table drawn.
    pub fn caseload_openen(&mut self, bytes: Vec<u8>) -> String {
        if let Some(lijst) = aan(&mut self.caseload) {
            lijst.openen(bytes, self.vandaag, &self.gemeente);
            self.antwoorden = Antwoorden::default();
            return self.teken();
        }
        String::new()
    }

    /// The calendar file of the deadlines still to come; the person is told what happened: a
    /// file, or why there is none.
    fn agenda(&mut self) {
        let Berekening { json, uitkomst, .. } = self.berekening(Onderdeel::Advies);
        let lijst = match uitkomst {
            Ok(weergave::Uitkomst::Advies(antwoord)) => {
                super::tijdlijn::afspraken(self.opzet.taal, &antwoord, self.vandaag)
            }
            _ => Vec::new(),
        };
        if agenda::komend(&lijst, self.vandaag).next().is_none() {
            self.status(Some(&w::AGENDA_LEEG));
        } else {
            let tekst = agenda::ics(&lijst, self.vandaag, &json);
            dom::download("inburgeringswijzer.ics", "text/calendar", &tekst);
            self.status(Some(&w::AGENDA_GEMAAKT));
        }
    }

    /// The saved file: `{ "advies": situatie, "ontzorgen": huishouden }`, the contract's
    /// inputs, indented as `JSON.stringify(…, null, 2)` indents; and, when a box "Ik weet het
    /// niet" is ticked, `"weetNiet": ["a:pipDatum", …]` with the form keys of the questions it
    /// is ticked for (an unknown answer is absent from the contract's input, so the box would
    /// otherwise be lost).
    fn bestand(&self) -> String {
        let (mut delen, mut weet_niet) = (Vec::new(), Vec::new());
        for (onderdeel, naam) in DELEN {
            if self.opzet.toont(onderdeel) {
                delen.push((naam.to_owned(), self.berekening(onderdeel).json));
                for vraag in VRAGEN.iter().filter(|v| v.onderdeel == onderdeel && self.antwoorden.weet_niet(v)) {
                    weet_niet.push(Json::String(vraag.sleutel()));
                }
            }
        }
        if !weet_niet.is_empty() {
            delen.push((WEET_NIET.to_owned(), Json::Array(weet_niet)));
        }
        let mut uit = String::new();
        ingesprongen(&Json::Object(delen), 0, &mut uit);
        uit
    }

    /// The text of a file the person chose to open: the core validates it and the form is
    /// filled; errors show next to their fields like typed ones.
    pub fn openen(&mut self, tekst: &str) -> String {
        self.gewist = None;
        match lees_bestand(tekst) {
            Ok(antwoorden) => {
                self.antwoorden = antwoorden;
                self.status = Some(&w::GELADEN);
            }
            Err(_) => self.status = Some(&fouten::ONGELDIGE_JSON),
        }
        self.teken()
    }

    /// The gemeente configuration the page named, read (`gelezen`: the JSON value, or why it
    /// is none), and which gemeente of a regional file (`deel`, from `#…` after the file's
    /// name; empty for none). A bad field, step or contact is left out
    /// ([`Gemeente::lees_voor`]); the web team reads what and where from
    /// [`Staat::gemeente_meldingen`]. An unreadable configuration keeps the built-in default
    /// and says so.
    pub fn gemeente(&mut self, gelezen: Result<Json, Fout>, deel: &str) -> String {
        let voor = (self.gemeente_fout, self.gemeente.naam.clone(), self.gemeente.contact.clone());
        let kaart_voor = !self.gemeente.contacten.is_empty();
        self.gemeente_vooraf(gelezen, deel);
        if self.in_lijst() {
            return self.teken();
        }
        // Rebuild only when the heading changes or there is a card: a person may already be
        // typing (the loader keeps the focus and the caret).
        if kaart_voor
            || !self.gemeente.contacten.is_empty()
            || voor != (self.gemeente_fout, self.gemeente.naam.clone(), self.gemeente.contact.clone())
        {
            return self.teken();
        }
        // The results depend on the gemeente too (its offers, its onderwijsroute policy).
        self.getekend = [None, None];
        self.bijwerken();
        dom::neem()
    }

    /// A configuration that arrived before the first [`Staat::teken`]: read, not drawn (the
    /// loader asks for it while the module compiles, so the first drawing can include it).
    pub fn gemeente_vooraf(&mut self, gelezen: Result<Json, Fout>, deel: &str) {
        let gelezen = gelezen.and_then(|json| Gemeente::lees_voor(&json, Some(deel)));
        self.gemeente_fout = gelezen.is_err();
        (self.gemeente, self.gemeente_meldingen) = match gelezen {
            Ok((gemeente, meldingen)) => (gemeente, meldingen),
            Err(fout) => (Gemeente::standaard(), vec![fout]),
        };
        if let Some(lijst) = aan(&mut self.caseload) {
            lijst.lees(self.vandaag, &self.gemeente);
        }
    }

    /// The problems of the last configuration, one a line with its path, in Dutch (the web
    /// team's language). No answer of the person is in them.
    pub fn gemeente_meldingen(&self) -> String {
        self.gemeente_meldingen.iter().map(|f| format!("{}: {}\n", f.veld, f.melding(Taal::Nl))).collect()
    }

    /// The configuration file could not be fetched or parsed.
    pub fn gemeente_onleesbaar(&mut self) -> String {
        self.gemeente_fout = true;
        self.teken()
    }
}

/// Reads a saved file. The core checks its shape (unknown fields are refused); the values then
/// go through the same validation as typed answers and show their errors next to the fields.
/// The ticked boxes "Ik weet het niet" come back too; a key there that is no such question of
/// the form's is passed over (it would only restore a box; no answer depends on it).
fn lees_bestand(tekst: &str) -> Result<Antwoorden, Fout> {
    let json = Json::lees_tekst(tekst)?;
    let velden = Velden::lees(&json, "", &["advies", "ontzorgen", WEET_NIET])?;
    let mut antwoorden = Antwoorden::default();
    if let Some(Json::Array(sleutels)) = velden.waarde(WEET_NIET) {
        for sleutel in sleutels {
            if let Json::String(s) = sleutel {
                if VRAGEN.iter().any(|v| v.weet_niet() && v.is_sleutel(s, None)) {
                    antwoorden.zet(&format!("{s}.weetniet"), "ja");
                }
            }
        }
    }
    for (onderdeel, naam) in DELEN {
        let Some(deel) = velden.waarde(naam) else { continue };
        if let Err(fout) = weergave::bereken(onderdeel, deel, &Gemeente::standaard()) {
            let binnen = format!("{}.", fout.veld);
            let bekend = fout.veld.is_empty()
                || formulier::geweigerde_dag(deel, &fout).is_some()
                || VRAGEN
                    .iter()
                    .any(|v| v.onderdeel == onderdeel && (v.pad == fout.veld || v.pad.starts_with(&binnen)));
            let structuur = matches!(fout.code(), "onbekend_veld" | "dubbel_veld" | "ongeldige_json") || !bekend;
            if structuur {
                return Err(fout);
            }
        }
        Antwoorden::uit_json(onderdeel, deel, &mut antwoorden);
    }
    Ok(antwoorden)
}

/// The saved file's parts, by their names in it.
const DELEN: [(Onderdeel, &str); 2] = [(Onderdeel::Advies, "advies"), (Onderdeel::Ontzorgen, "ontzorgen")];

/// The saved file's field with the questions "Ik weet het niet" is ticked for.
const WEET_NIET: &str = "weetNiet";

/// `json` as `JSON.stringify(json, null, 2)` writes it: two spaces a level, `": "` after a
/// name, empty lists and objects as `[]` and `{}`, strings escaped as JSON escapes them.
fn ingesprongen(json: &Json, diepte: usize, uit: &mut String) {
    let regel = |uit: &mut String, diepte: usize| {
        uit.push('\n');
        for _ in 0..diepte {
            uit.push_str("  ");
        }
    };
    match json {
        Json::Null => uit.push_str("null"),
        Json::Bool(b) => b.schrijf(uit),
        Json::Number(n) => js_getal(*n, uit),
        Json::String(s) => s.schrijf(uit),
        Json::Array(items) if items.is_empty() => uit.push_str("[]"),
        Json::Object(velden) if velden.is_empty() => uit.push_str("{}"),
        Json::Array(items) => {
            uit.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    uit.push(',');
                }
                regel(uit, diepte + 1);
                ingesprongen(item, diepte + 1, uit);
            }
            regel(uit, diepte);
            uit.push(']');
        }
        Json::Object(velden) => {
            uit.push('{');
            for (i, (naam, waarde)) in velden.iter().enumerate() {
                if i > 0 {
                    uit.push(',');
                }
                regel(uit, diepte + 1);
                naam.schrijf(uit);
                uit.push_str(": ");
                ingesprongen(waarde, diepte + 1, uit);
            }
            regel(uit, diepte);
            uit.push('}');
        }
    }
}

/// A whole number (the form's are `i64`s) as JavaScript writes it: from 2^53 on a double stands
/// for several integers, and JavaScript writes the shortest digits that read back as it, then
/// zeros (2^63 as `9223372036854776000`).
fn js_getal(n: f64, uit: &mut String) {
    if n < 0.0 {
        uit.push('-');
    }
    let waarde = n.abs() as u64;
    let (mut cijfers, mut nullen, mut stap) = (waarde, 0, 1u64);
    while let Some(volgende) = stap.checked_mul(10) {
        stap = volgende;
        let afgerond = (waarde + stap / 2) / stap;
        if afgerond == 0 || (afgerond * stap) as f64 != n.abs() {
            break;
        }
        (cijfers, nullen) = (afgerond, nullen + 1);
    }
    (cijfers as i64).schrijf(uit);
    for _ in 0..nullen {
        uit.push('0');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ingesprongen_tekst(tekst: &str) -> String {
        let mut uit = String::new();
        ingesprongen(&Json::lees_tekst(tekst).unwrap(), 0, &mut uit);
        uit
    }

    /// Review 2026-12-07 (F2): a ticked "Ik weet het niet" was lost when a saved file was
    /// opened again. It comes back, the file written again is the same, and the staff summary
    /// says "onbekend"; a path that is no such question refuses the file.
    /// Issue 23 point 9: a file whose day under a box the core refuses (an exam passed after
    /// the peildatum) still opens, the box ticked and the message under it; the advice stays,
    /// and the klantmanager's summary says which day does not count.
    #[test]
    fn a_file_with_a_refused_day_opens_with_the_message_at_the_box() {
        let vandaag = crate::basis::datum::dag(2026, 11, 22);
        let bestand = r#"{"advies": {"peildatum": "2026-11-22", "geboortedatum": "1996-04-02",
            "nationaliteit": "SY", "verblijf": "asiel", "verblijfsdatum": "2026-02-16",
            "leerbaarheidstoets": {"score": 31, "datum": "2026-04-20"}, "nlDiploma": false,
            "leerplichtig": false, "wilOpleiding": false,
            "behaald": [{"onderdeel": "knm", "datum": "2027-01-05"}]}}"#;
        let mut staat = Staat::nieuw(vandaag, ["nl", "medewerker", "advies"]);
        staat.teken();
        let ops = staat.openen(bestand);
        let samenvatting = staat.samengevat.as_deref().unwrap_or_default();
        assert!(samenvatting.contains("- Dag gehaald bij KNM niet geldig (datum_na_peildatum);"), "{samenvatting}");
        assert_eq!(staat.antwoorden.get("a:behaald.knm.jaar"), "2027");
        assert!(ops.contains("U moet inburgeren."), "the advice stays");
        let melding = "De dag waarop u dit haalde of afrondde ligt na 22 november 2026. Dat kan niet.";
        assert!(ops.contains(&format!("s\x1f#fout-behaald-knm\x1f{melding}")), "{ops:?}");
        assert!(ops.contains("f\x1f#v-behaald-knm\x1ffout-behaald-knm"), "the day's inputs point to the message");
        assert_eq!(staat.antwoorden.get("a:behaald.knm"), "ja");
    }

    #[test]
    fn a_saved_file_brings_back_every_answer_i_do_not_know_included() {
        let vandaag = crate::basis::datum::dag(2026, 3, 18);
        let mut staat = Staat::nieuw(vandaag, ["nl", "medewerker", "advies"]);
        staat.teken();
        for (naam, waarde) in [
            ("a:geboortedatum.dag", "1"),
            ("a:geboortedatum.maand", "5"),
            ("a:geboortedatum.jaar", "1995"),
            ("a:nationaliteit", "ER"),
            ("a:verblijf", "gezin"),
            ("a:verblijfsdatum.dag", "5"),
            ("a:verblijfsdatum.maand", "1"),
            ("a:verblijfsdatum.jaar", "2026"),
            ("a:duoBriefDatum.weetniet", "ja"),
            ("a:pipDatum.weetniet", "ja"),
        ] {
            staat.invoer(naam, waarde);
        }
        let bestand = staat.bestand();
        assert!(bestand.contains("\"weetNiet\": [\n    \"a:duoBriefDatum\",\n    \"a:pipDatum\"\n  ]"), "{bestand}");
        let mut nieuw = Staat::nieuw(vandaag, ["nl", "medewerker", "advies"]);
        let ops = nieuw.openen(&bestand);
        assert_eq!(nieuw.antwoorden.get("a:pipDatum.weetniet"), "ja");
        assert_eq!(nieuw.bestand(), bestand);
        assert!(
            nieuw.samengevat.as_ref().is_some_and(|t| t.contains("- Datum PIP: onbekend\n")),
            "{:?}",
            nieuw.samengevat
        );
        assert!(ops.contains("pipDatum.weetniet"), "the box is drawn ticked");
        // A file without the field reads as before; a key that is no such question ticks nothing.
        assert!(lees_bestand(r#"{"advies": {"peildatum": "2026-03-18"}}"#).is_ok());
        for anders in [
            r#"{"weetNiet": ["a:geboortedatum"]}"#,
            r#"{"weetNiet": ["a:pipDatumm"]}"#,
            r#"{"weetNiet": {"a:pipDatum": true}}"#,
            r#"{"weetNiet": [1]}"#,
        ] {
            let antwoorden = lees_bestand(anders).unwrap();
            assert!(VRAGEN.iter().all(|v| !antwoorden.weet_niet(v)), "{anders}");
        }
    }

    /// The expected texts are what Node's `JSON.stringify(…, null, 2)` wrote for the same values.
    #[test]
    fn the_saved_file_is_written_as_json_stringify_writes_it() {
        let tekst = r#"{"a": [], "b": {}, "c": [1, {"d": "x\u0001\n\"\\/é\u007f\u2028\t"}], "e": null, "f": false}"#;
        let verwacht = "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n      \"d\": \"x\\u0001\\n\\\"\\\\/é\u{7f}\u{2028}\\t\"\n    }\n  ],\n  \"e\": null,\n  \"f\": false\n}";
        assert_eq!(ingesprongen_tekst(tekst), verwacht);
        let getallen = [
            (9223372036854775807_i64, "9223372036854776000"),
            (-9223372036854775807, "-9223372036854776000"),
            (123456789012345678, "123456789012345680"),
            (72057594037927952, "72057594037927950"),
            (99999999999999900, "99999999999999900"),
            (9007199254740993, "9007199254740992"),
            (100000000000000008, "100000000000000000"),
            (0, "0"),
            (-5, "-5"),
            (1200, "1200"),
        ];
        for (getal, js) in getallen {
            let mut uit = String::new();
            js_getal(getal as f64, &mut uit);
            assert_eq!(uit, js, "{getal}");
        }
    }
}
