//! Where a rule comes from: the statute (with its BWB id and the consolidated version we read)
//! and the article. The same reference reaches the explanation the user sees.

use super::json::NaarJson;

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
        format!("{} {}", self.wet.afkorting(), self.plaats)
    }

    /// The article on wetten.overheid.nl, at the version the rules were checked against.
    pub fn url(&self) -> Option<String> {
        let (bwb, versie) = self.wet.bwb()?;
        let mut url = format!("https://wetten.overheid.nl/{bwb}");
        if let Some(versie) = versie {
            url.push('/');
            url.push_str(versie);
        }
        if let Some(artikel) = self.plaats.strip_prefix("art. ") {
            let nummer = artikel.split(' ').next().unwrap_or_default();
            url.push_str("#Artikel");
            url.push_str(nummer);
        }
        Some(url)
    }
}

/// The label, "Wi2021 art. 3 lid 1".
impl NaarJson for Bron {
    fn schrijf(&self, uit: &mut String) {
        self.label().schrijf(uit)
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
