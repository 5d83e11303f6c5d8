//! Where a rule comes from: the statute (with its BWB id and the consolidated version we read)
//! and the article. The same reference reaches the explanation the user sees.

use super::schrijver::{tekst_met, NaarJson};

/// The sources the rules rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wet {
    /// Wet inburgering 2021.
    Wi2021,
    /// Besluit inburgering 2021.
    Bi2021,
    /// Wet inburgering (2013), for the ondertussengroep (Wi2021 art. 54).
    Wi2013,
    /// Participatiewet.
    Pw,
    /// Algemene Ouderdomswet (the pensioengerechtigde leeftijd).
    Aow,
    /// Rijkswet op het Nederlanderschap (naturalisation).
    Rwn,
    /// Wet op de huurtoeslag (the maximum rent limit, a warning in the budget).
    Wht,
    /// Not law: DUO's published practice (waiting times, fees) on inburgeren.nl.
    Duo,
    /// Not law: this tool's documented advice policy or the gemeente's own configuration.
    Beleid,
}

impl Wet {
    /// Short name used in every reference ("Wi2021 art. 3 lid 1").
    pub fn afkorting(self) -> &'static str {
        match self {
            Wet::Wi2021 => "Wi2021",
            Wet::Bi2021 => "Besluit inburgering 2021",
            Wet::Wi2013 => "Wi2013",
            Wet::Pw => "Participatiewet",
            Wet::Aow => "AOW",
            Wet::Rwn => "Rijkswet op het Nederlanderschap",
            Wet::Wht => "Wet op de huurtoeslag",
            Wet::Duo => "DUO",
            Wet::Beleid => "Beleid",
        }
    }

    /// The BWB id on wetten.overheid.nl, and the version date of the text the rules were
    /// checked against (`None`: the current text).
    pub fn bwb(self) -> Option<(&'static str, Option<&'static str>)> {
        match self {
            Wet::Wi2021 => Some(("BWBR0044770", Some("2025-10-21"))),
            Wet::Bi2021 => Some(("BWBR0045555", Some("2026-04-02"))),
            Wet::Wi2013 => Some(("BWBR0020611", None)),
            Wet::Pw => Some(("BWBR0015703", Some("2026-01-01"))),
            Wet::Aow => Some(("BWBR0002221", None)),
            Wet::Rwn => Some(("BWBR0003738", Some("2026-10-01"))),
            Wet::Wht => Some(("BWBR0008659", Some("2026-01-01"))),
            Wet::Duo | Wet::Beleid => None,
        }
    }
}

/// A reference to one place in a source: `Bron::new(Wet::Wi2021, "art. 3 lid 1")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bron {
    pub wet: Wet,
    /// "art. 3 lid 1", "art. 2.2 lid 1 onder l"; for [`Wet::Beleid`] a short description.
    pub plaats: &'static str,
}

impl Bron {
    pub const fn new(wet: Wet, plaats: &'static str) -> Bron {
        Bron { wet, plaats }
    }

    /// "Wi2021 art. 3 lid 1".
    pub fn label(&self) -> String {
        let mut label = String::new();
        self.schrijf_label(&mut label);
        label
    }

    /// Appends the label to `uit` (results write it straight into their JSON).
    pub fn schrijf_label(&self, uit: &mut String) {
        uit.push_str(self.wet.afkorting());
        uit.push(' ');
        uit.push_str(self.plaats);
    }

    /// The article on wetten.overheid.nl, at the version the rules were checked against.
    pub fn url(&self) -> Option<String> {
        let mut url = String::new();
        self.schrijf_url(&mut url).then_some(url)
    }

    /// Appends the link to `uit`; `false` (and nothing appended) for a source without one.
    fn schrijf_url(&self, uit: &mut String) -> bool {
        let Some((bwb, versie)) = self.wet.bwb() else { return false };
        uit.push_str("https://wetten.overheid.nl/");
        uit.push_str(bwb);
        if let Some(versie) = versie {
            uit.push('/');
            uit.push_str(versie);
        }
        if let Some(artikel) = self.plaats.strip_prefix("art. ") {
            let nummer = artikel.split(' ').next().unwrap_or_default();
            uit.push_str("#Artikel");
            uit.push_str(nummer);
        }
        true
    }

    /// The contract's `bronUrl`: the link, or `null`.
    pub fn url_json(&self) -> impl NaarJson + '_ {
        Url(self)
    }
}

/// The label, "Wi2021 art. 3 lid 1".
impl NaarJson for Bron {
    fn schrijf(&self, uit: &mut String) {
        tekst_met(uit, &|uit| self.schrijf_label(uit))
    }
}

/// [`Bron::url_json`].
struct Url<'a>(&'a Bron);

impl NaarJson for Url<'_> {
    fn schrijf(&self, uit: &mut String) {
        if self.0.wet.bwb().is_some() {
            tekst_met(uit, &|uit| {
                self.0.schrijf_url(uit);
            })
        } else {
            uit.push_str("null")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_and_url_point_at_the_article() {
        let bron = Bron::new(Wet::Wi2021, "art. 3 lid 1");
        assert_eq!(bron.label(), "Wi2021 art. 3 lid 1");
        assert_eq!(bron.url().unwrap(), "https://wetten.overheid.nl/BWBR0044770/2025-10-21#Artikel3");
        let besluit = Bron::new(Wet::Bi2021, "art. 2.2 lid 1 onder l");
        assert!(besluit.url().unwrap().ends_with("#Artikel2.2"));
        assert_eq!(Bron::new(Wet::Beleid, "advies leerroute").url(), None);
    }
}
