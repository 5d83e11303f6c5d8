//! The contract's vocabulary: every closed list of codes that crosses the boundary, each declared
//! once with [`codes!`](crate::codes) as an enum and its codes. The reader (`veld` declarations),
//! the gemeente's configuration, the rules and the form all take their codes from here, so a
//! list cannot drift from another. What a value means is decided where the rules are; this
//! module only names.

/// Declares an enum with its contract codes: the enum, `TABEL` (code and value, in contract
/// order, for the reader's `keuze`), `CODES` (the codes alone, for the declarations' `Keuze`),
/// `code()`, `uit_code()` and the JSON writer (the code as a string).
#[macro_export]
macro_rules! codes {
    ($(
        $(#[$meta:meta])*
        $naam:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal,)+ }
    )+) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $naam { $($(#[$vmeta])* $variant,)+ }

        impl $naam {
            /// Every value with its code, in the contract's order.
            pub const TABEL: &'static [(&'static str, $naam)] = &[$(($code, $naam::$variant),)+];
            /// The codes, in the same order.
            pub const CODES: &'static [&'static str] = &[$($code,)+];

            /// Its contract code.
            pub fn code(self) -> &'static str {
                Self::CODES[self as usize]
            }

            /// The value of a contract code, if it is one.
            pub fn uit_code(code: &str) -> Option<$naam> {
                Self::TABEL.iter().find(|(c, _)| *c == code).map(|(_, v)| *v)
            }
        }

        impl $crate::engine::schrijver::NaarJson for $naam {
            fn schrijf(&self, uit: &mut String) {
                $crate::engine::schrijver::NaarJson::schrijf(self.code(), uit)
            }
        }
    )+};
}

codes! {
    /// The situation's `verblijf`: the residence permit, or none.
    Verblijf {
        Asiel = "asiel",
        GezinVanAsielstatushouder = "gezin_van_asielstatushouder",
        Gezin = "gezin",
        GeestelijkBedienaar = "geestelijk_bedienaar",
        RegulierOverig = "regulier_overig",
        Tijdelijk = "tijdelijk",
        EuFamilie = "eu_familie",
        Asielzoeker = "asielzoeker",
        Geen = "geen",
    }

    /// Which law governs the obligation (`advies.wet`).
    Regime {
        Wi2013 = "wi2013",
        Wi2021 = "wi2021",
    }

    /// Why someone need not integrate (`advies.vrijstelling`).
    Vrijstelling {
        Leerplichtig = "leerplichtig",
        Diploma = "diploma",
    }

    /// A leerroute (`advies.leerroute`, `alternatieven`, and a traject step's `voor.route`).
    Leerroute {
        B1 = "b1",
        Onderwijs = "onderwijs",
        Z = "z",
    }

    /// A part of the obligation (`advies.onderdelen`): `pvt` participatieverklaringstraject,
    /// `map` module Arbeidsmarkt en Participatie, `knm` kennis van de Nederlandse maatschappij,
    /// `b1_examen` the language exams at B1, `taalschakeltraject` (onderwijsroute), the Z-route's
    /// course hours, participation hours (asylum status holders only) and final interview; for
    /// Wi2013 `a2_examen` and `ona` (oriëntatie Nederlandse arbeidsmarkt).
    Onderdeel {
        Pvt = "pvt",
        Map = "map",
        Knm = "knm",
        B1Examen = "b1_examen",
        Taalschakeltraject = "taalschakeltraject",
        ZCursusuren = "z_cursusuren",
        ZParticipatieuren = "z_participatieuren",
        ZEindgesprek = "z_eindgesprek",
        A2Examen = "a2_examen",
        Ona = "ona",
    }

    /// A part of the exam plan (`plan.onderdelen[].onderdeel`, and the input's `behaald`): one
    /// exam or activity, finer than an [`Onderdeel`] (the B1 exams are four parts here).
    Deel {
        Lezen = "lezen",
        Luisteren = "luisteren",
        Schrijven = "schrijven",
        Spreken = "spreken",
        Knm = "knm",
        Ona = "ona",
        Pvt = "pvt",
        Map = "map",
        ZRoute = "z_route",
        Taalschakeltraject = "taalschakeltraject",
    }

    /// The household's `leefvorm` (Pw art. 4: the norm's kind of household).
    Leefvorm {
        Alleenstaande = "alleenstaande",
        AlleenstaandeOuder = "alleenstaande_ouder",
        Gehuwden = "gehuwden",
    }

    /// Where a part of the plan stands (`plan.onderdelen[].status`).
    Status {
        Open = "open",
        Behaald = "behaald",
        TeLaat = "te_laat",
    }

    /// The event a gemeente's traject step is timed from (`traject[].wanneer.na`): what the
    /// wijzer knows from the answers.
    Gebeurtenis {
        /// `verblijfsdatum`: the residence permit.
        Vergunning = "vergunning",
        /// `huisvestingDatum`: housing in the gemeente (asked only where a step is timed from it).
        Huisvesting = "huisvesting",
        /// `bijstandSinds`: the start of bijstand.
        Bijstand = "bijstand",
        /// `pipDatum`: the PIP.
        Pip = "pip",
        /// The start of the inburgeringstermijn (the day after the PIP).
        Termijn = "termijn",
    }

    /// The kind of a local offer (`perspectief[].soort`; the default only stands in while a bad
    /// offer is read).
    #[derive(Default)]
    Aanbodsoort {
        #[default]
        Cursus = "cursus",
        Werkplek = "werkplek",
        Opvang = "opvang",
        Juridisch = "juridisch",
        Terugkeer = "terugkeer",
        Gezondheid = "gezondheid",
        Begeleiding = "begeleiding",
        Overig = "overig",
    }

    /// A field on the contactkaart the person fills in themselves (`contacten[].zelfInvullen`).
    Invulveld {
        Naam = "naam",
        Telefoon = "telefoon",
        Email = "email",
    }
}

/// The groups an offer or a traject step can be for (`perspectief[].voor`, `traject[].voor.verblijf`):
/// every [`Verblijf`] code, then `eu` (EU/EEA/Swiss nationals), `vrijgesteld` (exempt, too young,
/// AOW age) and `plichtig` (people who must integrate).
pub const VOOR: [&str; Verblijf::CODES.len() + 3] = {
    let mut voor = [""; Verblijf::CODES.len() + 3];
    let mut i = 0;
    while i < Verblijf::CODES.len() {
        voor[i] = Verblijf::CODES[i];
        i += 1;
    }
    voor[i] = "eu";
    voor[i + 1] = "vrijgesteld";
    voor[i + 2] = "plichtig";
    voor
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::schrijver::NaarJson;

    #[test]
    fn a_code_reads_back_as_its_value_and_writes_as_itself() {
        for (code, verblijf) in Verblijf::TABEL {
            assert_eq!(verblijf.code(), *code);
            assert_eq!(Verblijf::uit_code(code), Some(*verblijf));
            let mut uit = String::new();
            verblijf.schrijf(&mut uit);
            assert_eq!(uit, format!("\"{code}\""));
        }
        assert_eq!(Verblijf::uit_code("Asiel"), None);
        assert_eq!(Deel::ZRoute.code(), "z_route");
        assert_eq!(Aanbodsoort::default(), Aanbodsoort::Cursus);
    }

    #[test]
    fn the_groups_of_an_offer_are_the_permits_and_three_more() {
        assert_eq!(VOOR[..Verblijf::CODES.len()], *Verblijf::CODES);
        assert_eq!(VOOR[Verblijf::CODES.len()..], ["eu", "vrijgesteld", "plichtig"]);
    }
}
