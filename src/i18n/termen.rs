//! The terminology: per concept one term in every language and a one-line explanation, so a
//! resident reads the same word for the same thing everywhere, and two things never share a
//! word (a vrijstelling is granted by law, an ontheffing by DUO on request). The widget's
//! glossary ([`WOORDENLIJST`]) is built from it, and [`controleer`] checks every sentence of
//! every table against [`HERKENNING`]: when the Dutch names a concept, the translation uses its
//! term; when the Dutch does not, the translation does not either; and no translation uses a
//! word the table rejects for it.
//!
//! Tigrinya and the Dari readers of the Persian still want a native reviewer (README, "Translations").

use super::{Taal, Tekst};

crate::teksten! {
    INBURGERING = "inburgering" { nl: "inburgering", en: "integration", ar: "الاندماج", ti: "ምውህሃድ", tr: "uyum", fa: "ادغام" }
    INBURGERINGSPLICHT = "inburgeringsplicht" {
        nl: "inburgeringsplicht", en: "obligation to integrate", ar: "واجب الاندماج", ti: "ግዴታ ምውህሃድ", tr: "uyum yükümlülüğü", fa: "الزام ادغام",
    }
    VRIJSTELLING = "vrijstelling" { nl: "vrijstelling", en: "exemption", ar: "إعفاء", ti: "ነጻ ምዃን", tr: "muafiyet", fa: "معافیت" }
    ONTHEFFING = "ontheffing" { nl: "ontheffing", en: "dispensation", ar: "استثناء", ti: "ፍሉይ ፍቓድ", tr: "istisna", fa: "استثنا" }
    BREDE_INTAKE = "brede_intake" {
        nl: "brede intake", en: "broad intake", ar: "المقابلة الشاملة", ti: "ሰፊሕ ቃለ-መሕትት", tr: "kapsamlı ön görüşme", fa: "مصاحبه جامع",
    }
    PIP = "pip" { nl: "PIP", en: "PIP", ar: "PIP", ti: "PIP", tr: "PIP", fa: "PIP" }
    LEERROUTE = "leerroute" { nl: "leerroute", en: "learning route", ar: "مسار التعلم", ti: "መገዲ ምምሃር", tr: "öğrenme yolu", fa: "مسیر یادگیری" }
    B1_ROUTE = "b1_route" { nl: "B1-route", en: "B1 route", ar: "مسار B1", ti: "መገዲ B1", tr: "B1 yolu", fa: "مسیر B1" }
    ONDERWIJSROUTE = "onderwijsroute" {
        nl: "onderwijsroute", en: "education route", ar: "مسار الدراسة", ti: "መገዲ ትምህርቲ", tr: "eğitim yolu", fa: "مسیر تحصیلی",
    }
    Z_ROUTE = "z_route" { nl: "Z-route", en: "Z route", ar: "مسار Z", ti: "መገዲ Z", tr: "Z yolu", fa: "مسیر Z" }
    TERMIJN = "termijn" { nl: "termijn", en: "term", ar: "المهلة", ti: "ግዜ ገደብ", tr: "süre", fa: "مهلت" }
    VERLENGING = "verlenging" { nl: "verlenging", en: "extension", ar: "التمديد", ti: "ምንዋሕ ግዜ", tr: "uzatma", fa: "تمدید" }
    BOETE = "boete" { nl: "boete", en: "fine", ar: "الغرامة", ti: "መቕጻዕቲ", tr: "para cezası", fa: "جریمه" }
    GEMEENTE = "gemeente" { nl: "gemeente", en: "municipality", ar: "البلدية", ti: "ምምሕዳር ከተማ", tr: "belediye", fa: "شهرداری" }
    KLANTMANAGER = "klantmanager" {
        nl: "klantmanager", en: "case manager", ar: "مسؤول الملف", ti: "ሓላፊ ጉዳይ", tr: "vaka yöneticisi", fa: "مسئول پرونده",
    }
    BIJSTAND = "bijstand" {
        nl: "bijstand", en: "social assistance", ar: "المساعدة الاجتماعية", ti: "ማሕበራዊ ሓገዝ", tr: "sosyal yardım", fa: "کمک اجتماعی",
    }
    ONTZORGEN = "ontzorgen" { nl: "ontzorgen", en: "ontzorgen", ar: "ontzorgen", ti: "ontzorgen", tr: "ontzorgen", fa: "ontzorgen" }
    LEEFGELD = "leefgeld" { nl: "leefgeld", en: "living money", ar: "مصروف المعيشة", ti: "ገንዘብ መነባብሮ", tr: "geçim parası", fa: "پول زندگی" }
    TOESLAGEN = "toeslagen" {
        nl: "toeslagen", en: "government allowances", ar: "البدلات الحكومية", ti: "ሓገዛት መንግስቲ", tr: "devlet ödenekleri", fa: "کمک‌هزینه‌های دولتی",
    }
}

/// The one-line explanation of each term: in the table for translators (`wijzer po`) and the
/// checks, but not in the browser's glossary, which shows the terms in both languages (the
/// explanations would cost 2.5 KB of the download; docs/stijl.md).
pub mod uitleg {
    crate::teksten! {
        INBURGERING_UITLEG = "inburgering_uitleg" {
            nl: "Nederlands leren en leren hoe Nederland werkt.",
            en: "Learning Dutch and how the Netherlands works.",
            ar: "تعلم الهولندية وكيف تسير الأمور في هولندا.",
            ti: "ሆላንድኛን ሆላንድ ከመይ ከም እትሰርሕን ምምሃር።",
            tr: "Hollandaca ve Hollanda'nın nasıl işlediğini öğrenmek.",
            fa: "یادگیری هلندی و اینکه هلند چگونه کار می‌کند.",
        }
        INBURGERINGSPLICHT_UITLEG = "inburgeringsplicht_uitleg" {
            nl: "U moet inburgeren. DUO stuurt u een brief.",
            en: "You must integrate. DUO sends you a letter.",
            ar: "يجب عليك الاندماج. ترسل لك DUO رسالة.",
            ti: "ክትዋሃሃዱ ኣለኩም። DUO ደብዳቤ ይሰደልኩም።",
            tr: "Uyum sağlamak zorundasınız. DUO size mektup gönderir.",
            fa: "باید دوره ادغام را بگذرانید. DUO برایتان نامه می‌فرستد.",
        }
        VRIJSTELLING_UITLEG = "vrijstelling_uitleg" {
            nl: "De wet zegt dat u niet hoeft in te burgeren.",
            en: "The law says you do not have to integrate.",
            ar: "القانون يقول إنك لست ملزمًا بالاندماج.",
            ti: "ብሕጊ ክትዋሃሃዱ ኣይትግደዱን።",
            tr: "Yasaya göre uyum sağlamak zorunda değilsiniz.",
            fa: "طبق قانون لازم نیست دوره ادغام را بگذرانید.",
        }
        ONTHEFFING_UITLEG = "ontheffing_uitleg" {
            nl: "DUO zegt op uw verzoek dat u niet hoeft in te burgeren.",
            en: "At your request DUO says you do not have to integrate.",
            ar: "تقرر DUO بناءً على طلبك أنك لست ملزمًا بالاندماج.",
            ti: "DUO ብሕቶኹም ክትዋሃሃዱ ከም ዘይትግደዱ ይውስን።",
            tr: "DUO isteğiniz üzerine uyum sağlamak zorunda olmadığınıza karar verir.",
            fa: "DUO به درخواست شما می‌گوید لازم نیست دوره ادغام را بگذرانید.",
        }
        LEERROUTE_UITLEG = "leerroute_uitleg" {
            nl: "Hoe u inburgert: B1-route, onderwijsroute of Z-route.",
            en: "How you integrate: B1 route, education route or Z route.",
            ar: "طريقة اندماجك: مسار B1 أو مسار الدراسة أو مسار Z.",
            ti: "ኣገባብ ምውህሃድኩም: መገዲ B1፡ መገዲ ትምህርቲ ወይ መገዲ Z።",
            tr: "Uyum sağlama şekliniz: B1 yolu, eğitim yolu veya Z yolu.",
            fa: "روش ادغام شما: مسیر B1، مسیر تحصیلی یا مسیر Z.",
        }
        B1_ROUTE_UITLEG = "b1_route_uitleg" {
            nl: "U leert Nederlands op niveau B1 en doet examens.",
            en: "You learn Dutch at level B1 and take exams.",
            ar: "تتعلم الهولندية بمستوى B1 وتؤدي امتحانات.",
            ti: "ሆላንድኛ ብደረጃ B1 ትመሃሩን ፈተናታት ትወስዱን።",
            tr: "Hollandacayı B1 düzeyinde öğrenir ve sınavlara girersiniz.",
            fa: "هلندی را در سطح B1 یاد می‌گیرید و امتحان می‌دهید.",
        }
        ONDERWIJSROUTE_UITLEG = "onderwijsroute_uitleg" {
            nl: "Voorbereiding op het mbo, hbo of de universiteit.",
            en: "Preparation for mbo, hbo or university.",
            ar: "تحضير للدراسة في mbo أو hbo أو الجامعة.",
            ti: "ንmbo፡ hbo ወይ ዩኒቨርሲቲ ምድላው።",
            tr: "mbo, hbo veya üniversiteye hazırlık.",
            fa: "آمادگی برای mbo، hbo یا دانشگاه.",
        }
        Z_ROUTE_UITLEG = "z_route_uitleg" {
            nl: "Nederlands op uw eigen niveau, en meedoen.",
            en: "Dutch at your own level, and taking part.",
            ar: "الهولندية بمستواك، والمشاركة.",
            ti: "ሆላንድኛ ብናትኩም ደረጃ፡ ተሳትፎን።",
            tr: "Kendi düzeyinizde Hollandaca ve katılım.",
            fa: "هلندی در سطح خودتان، و مشارکت.",
        }
        PIP_UITLEG = "pip_uitleg" {
            nl: "Uw plan voor inburgering en participatie.",
            en: "Your plan for integration and participation.",
            ar: "خطتك للاندماج والمشاركة.",
            ti: "መደብኩም ንምውህሃድን ተሳትፎን።",
            tr: "Uyum ve katılım planınız.",
            fa: "برنامه شما برای ادغام و مشارکت.",
        }
        BREDE_INTAKE_UITLEG = "brede_intake_uitleg" {
            nl: "Een gesprek met de gemeente vóór uw PIP.",
            en: "A talk with the municipality before your PIP.",
            ar: "حديث مع البلدية قبل خطة PIP.",
            ti: "ቅድሚ PIP ምስ ምምሕዳር ከተማ ዝግበር ዘተ።",
            tr: "PIP'ten önce belediyeyle bir görüşme.",
            fa: "گفتگویی با شهرداری پیش از PIP.",
        }
        TERMIJN_UITLEG = "termijn_uitleg" {
            nl: "De tijd waarin u klaar moet zijn met inburgeren.",
            en: "The time in which you must finish integration.",
            ar: "الوقت الذي يجب أن تنهي فيه الاندماج.",
            ti: "ምውህሃድ ክትውድኡሉ ዘለኩም ግዜ።",
            tr: "Uyumu bitirmeniz gereken zaman.",
            fa: "زمانی که باید ادغام را در آن تمام کنید.",
        }
        BOETE_UITLEG = "boete_uitleg" {
            nl: "Geld dat u moet betalen als u te laat bent.",
            en: "Money you must pay if you are too late.",
            ar: "مال تدفعه إذا تأخرت.",
            ti: "እንተደንጒኹም እትኸፍልዎ ገንዘብ።",
            tr: "Geç kalırsanız ödediğiniz para.",
            fa: "پولی که اگر دیر کنید می‌پردازید.",
        }
        VERLENGING_UITLEG = "verlenging_uitleg" {
            nl: "Meer tijd, als DUO dat goedvindt.",
            en: "More time, if DUO agrees.",
            ar: "وقت إضافي إذا وافقت DUO.",
            ti: "DUO እንተተሰማሚዑ ተወሳኺ ግዜ።",
            tr: "DUO kabul ederse daha fazla zaman.",
            fa: "وقت بیشتر، اگر DUO موافقت کند.",
        }
        BIJSTAND_UITLEG = "bijstand_uitleg" {
            nl: "Geld van de gemeente om van te leven.",
            en: "Money from the municipality to live on.",
            ar: "مال من البلدية للعيش.",
            ti: "ንምንባር ካብ ምምሕዳር ከተማ ዝወሃብ ገንዘብ።",
            tr: "Belediyeden yaşamak için para.",
            fa: "پولی از شهرداری برای گذران زندگی.",
        }
        ONTZORGEN_UITLEG = "ontzorgen_uitleg" {
            nl: "De gemeente betaalt uw vaste rekeningen uit uw bijstand. Geen extra geld.",
            en: "The municipality pays your fixed bills from your social assistance. No extra money.",
            ar: "تدفع البلدية فواتيرك الثابتة من مساعدتك الاجتماعية. ليس مالًا إضافيًا.",
            ti: "ምምሕዳር ከተማ ቀወምቲ ሕሳባትኩም ካብ ማሕበራዊ ሓገዝኩም ይኸፍል። ተወሳኺ ገንዘብ ኣይኮነን።",
            tr: "Belediye sabit faturalarınızı sosyal yardımınızdan öder. Ek para değildir.",
            fa: "شهرداری قبض‌های ثابت شما را از کمک اجتماعی‌تان می‌پردازد. پول اضافه نیست.",
        }
        LEEFGELD_UITLEG = "leefgeld_uitleg" {
            nl: "Wat u overhoudt om van te leven.",
            en: "What you keep to live on.",
            ar: "ما يبقى لك للعيش.",
            ti: "ንምንባር ዝተረፈኩም።",
            tr: "Yaşamak için size kalan.",
            fa: "آنچه برای گذران زندگی برایتان می‌ماند.",
        }
        KLANTMANAGER_UITLEG = "klantmanager_uitleg" {
            nl: "Uw contactpersoon bij de gemeente.",
            en: "Your contact person at the municipality.",
            ar: "الشخص المسؤول عنك في البلدية.",
            ti: "ኣብ ምምሕዳር ከተማ ዝከታተለኩም ሰብ።",
            tr: "Belediyedeki irtibat kişiniz.",
            fa: "فرد تماس شما در شهرداری.",
        }
        GEMEENTE_UITLEG = "gemeente_uitleg" {
            nl: "De gemeente waar u woont.",
            en: "The municipality where you live.",
            ar: "البلدية التي تعيش فيها.",
            ti: "እትነብሩሉ ምምሕዳር ከተማ።",
            tr: "Yaşadığınız belediye.",
            fa: "شهرداری محل زندگی شما.",
        }
        TOESLAGEN_UITLEG = "toeslagen_uitleg" {
            nl: "Geld van de Belastingdienst, bijvoorbeeld voor huur.",
            en: "Money from the Tax Administration, for example for rent.",
            ar: "مال من مصلحة الضرائب، مثلًا للإيجار.",
            ti: "ካብ ቤት ጽሕፈት ግብሪ ዝወሃብ ገንዘብ፡ ንኣብነት ንክራይ።",
            tr: "Vergi Dairesi'nden para, örneğin kira için.",
            fa: "پولی از اداره مالیات، برای نمونه برای اجاره.",
        }
    }
}

/// A concept of the glossary: its term and its one-line explanation.
pub struct Begrip {
    pub term: &'static Tekst,
    pub uitleg: &'static Tekst,
}

/// Every term with its explanation, in the order a newcomer meets the words (the terms table
/// [`ALLE`] has the same order, and the widget's glossary shows it).
pub const WOORDENLIJST: &[Begrip] = &[
    Begrip { term: &INBURGERING, uitleg: &uitleg::INBURGERING_UITLEG },
    Begrip { term: &INBURGERINGSPLICHT, uitleg: &uitleg::INBURGERINGSPLICHT_UITLEG },
    Begrip { term: &VRIJSTELLING, uitleg: &uitleg::VRIJSTELLING_UITLEG },
    Begrip { term: &ONTHEFFING, uitleg: &uitleg::ONTHEFFING_UITLEG },
    Begrip { term: &BREDE_INTAKE, uitleg: &uitleg::BREDE_INTAKE_UITLEG },
    Begrip { term: &PIP, uitleg: &uitleg::PIP_UITLEG },
    Begrip { term: &LEERROUTE, uitleg: &uitleg::LEERROUTE_UITLEG },
    Begrip { term: &B1_ROUTE, uitleg: &uitleg::B1_ROUTE_UITLEG },
    Begrip { term: &ONDERWIJSROUTE, uitleg: &uitleg::ONDERWIJSROUTE_UITLEG },
    Begrip { term: &Z_ROUTE, uitleg: &uitleg::Z_ROUTE_UITLEG },
    Begrip { term: &TERMIJN, uitleg: &uitleg::TERMIJN_UITLEG },
    Begrip { term: &VERLENGING, uitleg: &uitleg::VERLENGING_UITLEG },
    Begrip { term: &BOETE, uitleg: &uitleg::BOETE_UITLEG },
    Begrip { term: &GEMEENTE, uitleg: &uitleg::GEMEENTE_UITLEG },
    Begrip { term: &KLANTMANAGER, uitleg: &uitleg::KLANTMANAGER_UITLEG },
    Begrip { term: &BIJSTAND, uitleg: &uitleg::BIJSTAND_UITLEG },
    Begrip { term: &ONTZORGEN, uitleg: &uitleg::ONTZORGEN_UITLEG },
    Begrip { term: &LEEFGELD, uitleg: &uitleg::LEEFGELD_UITLEG },
    Begrip { term: &TOESLAGEN, uitleg: &uitleg::TOESLAGEN_UITLEG },
];

/// How a concept shows in a sentence, per language in [`Taal::ALLE`] order: the forms that
/// mark it (lower case; a stem where words inflect) and the words rejected for it. Only the
/// checks read this (tests and `wijzer po import`), so it never reaches the browser.
pub struct Herkenning {
    pub naam: &'static str,
    /// The glossary term whose forms these are; `None` for a phrase that is no glossary entry.
    pub term: Option<&'static Tekst>,
    pub vormen: [&'static [&'static str]; 6],
    pub vermijden: [&'static [&'static str]; 6],
}

const fn h(
    naam: &'static str,
    term: Option<&'static Tekst>,
    vormen: [&'static [&'static str]; 6],
    vermijden: [&'static [&'static str]; 6],
) -> Herkenning {
    Herkenning { naam, term, vormen, vermijden }
}

const GEEN: [&[&str]; 6] = [&[], &[], &[], &[], &[], &[]];

/// Every concept the checks hold the sentences to: the glossary's terms, and the words the
/// review of issue 18 found spelt two ways (zorgverzekering, energie) or translated wrongly
/// ("tot en met", "indicatief" = not certain, not "approximate").
pub const HERKENNING: &[Herkenning] = &[
    h(
        "inburgering",
        Some(&INBURGERING),
        [
            &["inburger", "in te burgeren", "ingeburgerd"],
            &["integrat"],
            &["اندماج", "مندمج"],
            &["ምውህሃድ", "ዋሃሃ", "ዋሃሂ"],
            &["uyum"],
            &["ادغام"],
        ],
        [&[], &[], &[], &["ምጽንባር", "ጽንበ", "ጽንባ"], &[], &[]],
    ),
    h(
        "inburgeringsplicht",
        Some(&INBURGERINGSPLICHT),
        [
            &["inburgeringsplicht", "plicht om in te burgeren"],
            &["obligation to integrate"],
            &["واجب الاندماج"],
            &["ግዴታ ምውህሃድ"],
            &["uyum yükümlülü"],
            &["الزام ادغام"],
        ],
        [&[], &["integration requirement"], &[], &[], &[], &["تعهد"]],
    ),
    h(
        "vrijstelling",
        Some(&VRIJSTELLING),
        [&["vrijstelling", "vrijgesteld"], &["exempt"], &["إعفاء", "تعفي", "معفى"], &["ነጻ ምዃን"], &["muaf"], &["معاف"]],
        GEEN,
    ),
    h(
        "ontheffing",
        Some(&ONTHEFFING),
        [&["ontheffing"], &["dispensation"], &["استثناء"], &["ፍሉይ ፍቓድ"], &["istisna"], &["استثنا"]],
        [&[], &[], &[], &["ምሕረት"], &[], &[]],
    ),
    h(
        "leerroute",
        Some(&LEERROUTE),
        [
            &["leerroute"],
            &["learning route"],
            &["مسار التعلم", "مسار تعلم"],
            &["መገዲ ምምሃር"],
            &["öğrenme yol"],
            &["مسیر یادگیری"],
        ],
        [&[], &[], &[], &["መንገዲ"], &[], &[]],
    ),
    h(
        "onderwijsroute",
        Some(&ONDERWIJSROUTE),
        [
            &["onderwijsroute"],
            &["education route"],
            &["مسار الدراسة"],
            &["መገዲ ትምህርቲ"],
            &["eğitim yol"],
            &["مسیر تحصیلی"],
        ],
        [&[], &[], &["مسار التعليم", "المسار التعليمي"], &[], &[], &["مسیر آموزشی"]],
    ),
    h(
        "b1-route",
        Some(&B1_ROUTE),
        [&["b1-route"], &["b1 route"], &["مسار b1"], &["መገዲ b1"], &["b1 yol"], &["مسیر b1"]],
        GEEN,
    ),
    h(
        "z-route",
        Some(&Z_ROUTE),
        [
            &["z-route", "zelfredzaamheidsroute"],
            &["z route", "self-reliance route"],
            &["مسار z"],
            &["መገዲ z"],
            &["z yol"],
            &["مسیر z"],
        ],
        [&[], &[], &[], &[], &["öz yeterlilik"], &[]],
    ),
    h("pip", Some(&PIP), [&["pip"], &["pip"], &["pip"], &["pip"], &["pip"], &["pip"]], GEEN),
    h(
        "brede intake",
        Some(&BREDE_INTAKE),
        [
            &["brede intake"],
            &["broad intake"],
            &["المقابلة الشاملة"],
            &["ሰፊሕ ቃለ-መሕትት"],
            &["kapsamlı ön görüşme"],
            &["مصاحبه جامع"],
        ],
        GEEN,
    ),
    h(
        "termijn",
        Some(&TERMIJN),
        [&["termijn"], &["term"], &["المهلة", "مهلة", "مهلت"], &["ግዜ ገደብ"], &["süre"], &["مهلت"]],
        [&[], &["deadline", "period"], &["موعد نهائي", "موعدك النهائي", " مدة", "مدتك"], &[], &[], &[]],
    ),
    h("boete", Some(&BOETE), [&["boete"], &["fine"], &["غرام"], &["መቕጻዕቲ"], &["ceza"], &["جریمه"]], GEEN),
    h(
        "verlenging",
        Some(&VERLENGING),
        [&["verlenging", "verleng"], &["extension", "extend"], &["تمديد"], &["ምንዋሕ"], &["uzat"], &["تمدید"]],
        GEEN,
    ),
    h(
        "bijstand",
        Some(&BIJSTAND),
        [
            &["bijstand"],
            &["social assistance"],
            &["مساعدة الاجتماعية", "مساعدتك الاجتماعية", "مساعدة اجتماعية"],
            &["ማሕበራዊ ሓገዝ"],
            &["sosyal yardım"],
            &["کمک اجتماعی"],
        ],
        [&[], &[], &[], &["ሓገዝ ማሕበራዊ", "ማሕበራዊ ረድኤት"], &[], &[]],
    ),
    h(
        "ontzorgen",
        Some(&ONTZORGEN),
        [&["ontzorg"], &["ontzorgen"], &["ontzorgen"], &["ontzorgen"], &["ontzorgen"], &["ontzorgen"]],
        [&[], &["unburden"], &["التخفيف المالي", "تخفيف"], &["ፋይናንሳዊ ሓገዝ"], &["yükten kurtar"], &["رفع دغدغه"]],
    ),
    h(
        "leefgeld",
        Some(&LEEFGELD),
        [&["leefgeld"], &["living money"], &["مصروف المعيشة"], &["ገንዘብ መነባብሮ"], &["geçim para"], &["پول زندگی"]],
        GEEN,
    ),
    h(
        "klantmanager",
        Some(&KLANTMANAGER),
        [
            &["klantmanager"],
            &["case manager"],
            &["مسؤول الملف", "مسؤول ملف"],
            &["ሓላፊ ጉዳይ"],
            &["vaka yönetici"],
            &["مسئول پرونده"],
        ],
        GEEN,
    ),
    h(
        "gemeente",
        Some(&GEMEENTE),
        [&["gemeente"], &["municipalit"], &["بلدية"], &["ምምሕዳር ከተማ"], &["belediye"], &["شهرداری"]],
        [&[], &["gemeente"], &["gemeente"], &["gemeente"], &["gemeente"], &["gemeente"]],
    ),
    h(
        "toeslagen",
        Some(&TOESLAGEN),
        [
            &["toeslagen"],
            &["government allowance"],
            &["البدلات الحكومية"],
            &["ሓገዛት መንግስቲ"],
            &["devlet ödenek"],
            &["کمک‌هزینه‌های دولتی"],
        ],
        GEEN,
    ),
    h(
        "zorgverzekering",
        None,
        [
            &["zorgverzeker"],
            &["health insur"],
            &["التأمين الصحي"],
            &["መድሕን ጥዕና"],
            &["sağlık sigorta"],
            &["بیمه درمانی"],
        ],
        [&[], &[], &[], &["ውሕስና ጥዕና"], &[], &[]],
    ),
    h(
        "energie",
        None,
        [&["energie"], &["energy"], &["الطاقة"], &["ጸዓት"], &["enerji"], &["انرژی"]],
        [&[], &[], &[], &["ጉልበት"], &[], &[]],
    ),
    h(
        "tot en met",
        None,
        [&["tot en met"], &["up to and including"], &["ضمنًا"], &["ሓዊሱ"], &["dahil"], &["با احتساب"]],
        GEEN,
    ),
    // A deadline says it is the last day (review of 2026-12-07): Tigrinya "before or on it",
    // never a bare ክሳብ ("until") or ኣብ ዝነውሐ.
    h(
        UITERLIJK,
        None,
        [
            &["uiterlijk", "laatste dag"],
            &["at the latest", "last day", "no later than"],
            &["في موعد أقصاه", "آخر يوم"],
            &["ወይ ኣብኡ", "ናይ መወዳእታ መዓልቲ"],
            &["en geç", "son gün"],
            &["حداکثر تا", "آخرین روز"],
        ],
        [&[], &[], &[], &["ኣብ ዝነውሐ"], &[], &[]],
    ),
    h(
        "niet zeker",
        None,
        [&["niet zeker"], &["not certain"], &["غير مؤكد"], &["ርግጸኛ ኣይኮነን"], &["kesin değil"], &["قطعی نیست"]],
        [
            &["indicatief"],
            &["indicative", "approximate"],
            &["تقريبي"],
            &["ግምታዊ", "ኣመላካቲ", "ኣመላኺቲ"],
            &["yaklaşık"],
            &["تقریبی"],
        ],
    ),
];

/// Whether `zin` (lower case) holds `vorm`. English and Turkish match at the start of a word
/// ("term" is not in "determine"); Dutch compounds and the other scripts match anywhere.
fn bevat(taal: Taal, zin: &str, vorm: &str) -> bool {
    match taal {
        Taal::En | Taal::Tr => {
            zin.match_indices(vorm).any(|(i, _)| !zin[..i].chars().next_back().is_some_and(char::is_alphanumeric))
        }
        _ => zin.contains(vorm),
    }
}

/// Lower case, with the dot of a Turkish capital İ dropped ("İstisna" reads as "istisna") and
/// command-line words left out: options and the command after `wijzer` (`--gemeente` and
/// `wijzer gemeente` are no municipality).
fn klein(zin: &str) -> String {
    let mut vorige = "";
    let woorden = zin.split(' ').filter(|w| {
        let opdracht = w.trim_start_matches('[').starts_with("--") || vorige.ends_with("wijzer");
        vorige = w;
        !opdracht
    });
    woorden.collect::<Vec<_>>().join(" ").to_lowercase().replace('\u{307}', "")
}

fn noemt(taal: Taal, zin: &str, herkenning: &Herkenning) -> bool {
    herkenning.vormen[taal as usize].iter().any(|vorm| bevat(taal, zin, vorm))
}

/// The concept of a deadline's last day, which every deadline label names.
pub const UITERLIJK: &str = "uiterlijk";

/// Whether `zin` (in `taal`) names the concept called `naam` in [`HERKENNING`].
pub fn noemt_begrip(taal: Taal, zin: &str, naam: &str) -> bool {
    let herkenning = HERKENNING.iter().find(|h| h.naam == naam);
    herkenning.is_some_and(|h| noemt(taal, &klein(zin), h))
}

/// What is wrong with the terms of `vertaling` (in `taal`) against its Dutch original `nl`:
/// empty when every concept is named exactly when the Dutch names it, in its own term.
pub fn controleer(nl: &str, taal: Taal, vertaling: &str) -> Vec<String> {
    let (nl, zin) = (klein(nl), klein(vertaling));
    let mut bevindingen = Vec::new();
    for herkenning in HERKENNING {
        let in_nl = noemt(Taal::Nl, &nl, herkenning);
        if taal != Taal::Nl && in_nl != noemt(taal, &zin, herkenning) {
            let vorm = herkenning.vormen[taal as usize][0];
            bevindingen.push(if in_nl {
                format!("the Dutch names \"{}\" but the sentence lacks \"{vorm}\"", herkenning.naam)
            } else {
                format!("\"{vorm}\" ({}) is not in the Dutch", herkenning.naam)
            });
        }
        for woord in herkenning.vermijden[taal as usize] {
            if bevat(taal, &zin, &klein(woord)) {
                bevindingen.push(format!("\"{woord}\" is not the term for \"{}\"", herkenning.naam));
            }
        }
    }
    bevindingen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::alle_tabellen;

    #[test]
    fn every_sentence_uses_the_term_of_each_concept_it_names_and_no_other() {
        let mut fouten = Vec::new();
        for (tabel, teksten, _) in alle_tabellen() {
            for tekst in teksten {
                let nl = tekst.in_taal(Taal::Nl);
                for taal in Taal::ALLE {
                    for bevinding in controleer(nl, taal, tekst.in_taal(taal)) {
                        fouten.push(format!("{tabel}.{} [{}]: {bevinding}", tekst.code, taal.code()));
                    }
                }
            }
        }
        assert!(fouten.is_empty(), "{} findings:\n{}", fouten.len(), fouten.join("\n"));
    }

    #[test]
    fn each_glossary_term_names_its_own_concept_and_the_same_others_in_every_language() {
        for begrip in WOORDENLIJST {
            let eigen = HERKENNING.iter().position(|h| h.term.is_some_and(|t| t == begrip.term));
            let eigen = eigen.unwrap_or_else(|| panic!("{:?} has no forms", begrip.term));
            let genoemd = |taal: Taal| -> Vec<usize> {
                let term = klein(begrip.term.in_taal(taal));
                (0..HERKENNING.len()).filter(|&i| noemt(taal, &term, &HERKENNING[i])).collect()
            };
            let nl = genoemd(Taal::Nl);
            assert!(nl.contains(&eigen), "{:?}", begrip.term);
            for taal in Taal::ALLE {
                assert_eq!(genoemd(taal), nl, "{:?} in {}", begrip.term, taal.code());
            }
        }
    }

    #[test]
    fn the_check_finds_a_shared_word_a_missing_term_and_a_rejected_word() {
        let nl = "Dan kunt u DUO om ontheffing vragen.";
        assert!(controleer(nl, Taal::Ar, "يمكنك طلب استثناء من DUO.").is_empty());
        assert_eq!(controleer(nl, Taal::Ar, "يمكنك طلب إعفاء من DUO.").len(), 2);
        assert_eq!(controleer(nl, Taal::Ti, "ካብ DUO ምሕረት ክትሓቱ ትኽእሉ።").len(), 2);
        assert_eq!(controleer("Vanaf 1 mei.", Taal::En, "From 1 May: a fine.").len(), 1);
        assert!(controleer("Dit is niet zeker.", Taal::Tr, "Bu kesin değil.").is_empty());
        assert_eq!(controleer("Dit is niet zeker.", Taal::Tr, "Bu yaklaşıktır.").len(), 2);
        // A deadline label without its last day, and Tigrinya's bare "until".
        assert!(!noemt_begrip(Taal::Nl, "Aanmelden: Lezen", UITERLIJK));
        assert!(noemt_begrip(Taal::Nl, "Laatste dag aanmelden: Lezen", UITERLIJK));
        assert!(!noemt_begrip(Taal::Ti, "ንፈተና ምንባብ ክሳብ 21 ሓምለ 2029 ተመዝገቡ።", UITERLIJK));
        let ti = "ንፈተና {1} ክሳብ {0} ተመዝገቡ።";
        assert_eq!(controleer("Meld u uiterlijk {0} aan voor het examen {1}.", Taal::Ti, ti).len(), 1);
    }
}
