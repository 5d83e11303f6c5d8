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
    INBURGERING_UITLEG = "inburgering_uitleg" {
        nl: "Nederlands leren en leren hoe Nederland werkt. Voor veel nieuwkomers is dat verplicht.",
        en: "Learning Dutch and how the Netherlands works. Many newcomers must do this.",
        ar: "تعلم اللغة الهولندية وكيف تسير الأمور في هولندا. هذا واجب على كثير من القادمين الجدد.",
        ti: "ሆላንድኛን ሆላንድ ከመይ ከም እትሰርሕን ምምሃር። ንብዙሓት ሓደስቲ መጻእቲ ግዴታ እዩ።",
        tr: "Hollandaca ve Hollanda'da hayatın nasıl işlediğini öğrenmek. Birçok yeni gelen için zorunludur.",
        fa: "یادگیری زبان هلندی و اینکه هلند چگونه کار می‌کند. برای بسیاری از تازه‌واردان اجباری است.",
    }
    INBURGERINGSPLICHT = "inburgeringsplicht" {
        nl: "inburgeringsplicht", en: "obligation to integrate", ar: "واجب الاندماج", ti: "ግዴታ ምውህሃድ", tr: "uyum yükümlülüğü", fa: "الزام ادغام",
    }
    INBURGERINGSPLICHT_UITLEG = "inburgeringsplicht_uitleg" {
        nl: "U moet Nederlands leren en examens doen. DUO stuurt u hierover een brief.",
        en: "You must learn Dutch and take exams. DUO sends you a letter about it.",
        ar: "يجب أن تتعلم الهولندية وتؤدي امتحانات. ترسل لك DUO رسالة بذلك.",
        ti: "ሆላንድኛ ክትመሃሩን ፈተናታት ክትወስዱን ኣለኩም። DUO ብዛዕባኡ ደብዳቤ ይሰደልኩም።",
        tr: "Hollandaca öğrenmeli ve sınavlara girmelisiniz. DUO size bununla ilgili bir mektup gönderir.",
        fa: "باید هلندی یاد بگیرید و امتحان بدهید. DUO در این باره برای شما نامه می‌فرستد.",
    }
    VRIJSTELLING = "vrijstelling" { nl: "vrijstelling", en: "exemption", ar: "إعفاء", ti: "ነጻ ምዃን", tr: "muafiyet", fa: "معافیت" }
    VRIJSTELLING_UITLEG = "vrijstelling_uitleg" {
        nl: "Volgens de wet hoeft u niet in te burgeren, bijvoorbeeld door een Nederlands diploma.",
        en: "The law says you do not have to integrate, for example because of a Dutch diploma.",
        ar: "القانون يقول إنك لست ملزمًا بالاندماج، مثلًا بسبب شهادة هولندية.",
        ti: "ብሕጊ ክትዋሃሃዱ ኣይትግደዱን ኢኹም፡ ንኣብነት ብሰንኪ ዲፕሎማ ሆላንድ።",
        tr: "Yasaya göre uyum sağlamak zorunda değilsiniz, örneğin Hollanda diplomanız olduğu için.",
        fa: "طبق قانون لازم نیست دوره ادغام را بگذرانید، برای نمونه به خاطر مدرک هلندی.",
    }
    ONTHEFFING = "ontheffing" { nl: "ontheffing", en: "dispensation", ar: "استثناء", ti: "ፍሉይ ፍቓድ", tr: "istisna", fa: "استثنا" }
    ONTHEFFING_UITLEG = "ontheffing_uitleg" {
        nl: "DUO besluit op uw verzoek dat u niet hoeft in te burgeren, bijvoorbeeld door ziekte of een handicap.",
        en: "On your request DUO decides that you do not have to integrate, for example because of illness or a disability.",
        ar: "تقرر DUO بناءً على طلبك أنك لست ملزمًا بالاندماج، مثلًا بسبب مرض أو إعاقة.",
        ti: "DUO ብሕቶኹም ክትዋሃሃዱ ከም ዘይትግደዱ ይውስን፡ ንኣብነት ብሰንኪ ሕማም ወይ ስንክልና።",
        tr: "DUO, isteğiniz üzerine uyum sağlamak zorunda olmadığınıza karar verir, örneğin hastalık veya engellilik nedeniyle.",
        fa: "DUO به درخواست شما تصمیم می‌گیرد که لازم نیست دوره ادغام را بگذرانید، برای نمونه به دلیل بیماری یا معلولیت.",
    }
    LEERROUTE = "leerroute" { nl: "leerroute", en: "learning route", ar: "مسار التعلم", ti: "መገዲ ምምሃር", tr: "öğrenme yolu", fa: "مسیر یادگیری" }
    LEERROUTE_UITLEG = "leerroute_uitleg" {
        nl: "Hoe u inburgert. Er zijn drie: de B1-route, de onderwijsroute en de Z-route.",
        en: "How you integrate. There are three: the B1 route, the education route and the Z route.",
        ar: "طريقة اندماجك. هناك ثلاثة: مسار B1 ومسار الدراسة ومسار Z.",
        ti: "ኣገባብ ምውህሃድኩም። ሰለስተ ኣለዉ፡ መገዲ B1፡ መገዲ ትምህርቲ ከምኡ'ውን መገዲ Z።",
        tr: "Uyum sağlama şekliniz. Üç tane var: B1 yolu, eğitim yolu ve Z yolu.",
        fa: "روش ادغام شما. سه مسیر هست: مسیر B1، مسیر تحصیلی و مسیر Z.",
    }
    B1_ROUTE = "b1_route" { nl: "B1-route", en: "B1 route", ar: "مسار B1", ti: "መገዲ B1", tr: "B1 yolu", fa: "مسیر B1" }
    B1_ROUTE_UITLEG = "b1_route_uitleg" {
        nl: "U leert Nederlands op niveau B1 en doet examens.",
        en: "You learn Dutch at level B1 and take exams.",
        ar: "تتعلم الهولندية بمستوى B1 وتؤدي امتحانات.",
        ti: "ሆላንድኛ ብደረጃ B1 ትመሃሩን ፈተናታት ትወስዱን።",
        tr: "Hollandacayı B1 düzeyinde öğrenir ve sınavlara girersiniz.",
        fa: "هلندی را در سطح B1 یاد می‌گیرید و امتحان می‌دهید.",
    }
    ONDERWIJSROUTE = "onderwijsroute" {
        nl: "onderwijsroute", en: "education route", ar: "مسار الدراسة", ti: "መገዲ ትምህርቲ", tr: "eğitim yolu", fa: "مسیر تحصیلی",
    }
    ONDERWIJSROUTE_UITLEG = "onderwijsroute_uitleg" {
        nl: "Een opleiding die u voorbereidt op het mbo, hbo of de universiteit.",
        en: "A course that prepares you for mbo, hbo or university.",
        ar: "برنامج يهيئك للدراسة في mbo أو hbo أو الجامعة.",
        ti: "ንmbo፡ hbo ወይ ዩኒቨርሲቲ ዘዳልወኩም ትምህርቲ።",
        tr: "Sizi mbo, hbo veya üniversiteye hazırlayan bir program.",
        fa: "دوره‌ای که شما را برای mbo، hbo یا دانشگاه آماده می‌کند.",
    }
    Z_ROUTE = "z_route" { nl: "Z-route", en: "Z route", ar: "مسار Z", ti: "መገዲ Z", tr: "Z yolu", fa: "مسیر Z" }
    Z_ROUTE_UITLEG = "z_route_uitleg" {
        nl: "U leert Nederlands op uw eigen niveau en doet mee in de samenleving.",
        en: "You learn Dutch at your own level and take part in society.",
        ar: "تتعلم الهولندية بمستواك وتشارك في المجتمع.",
        ti: "ሆላንድኛ ብናትኩም ደረጃ ትመሃሩን ኣብ ሕብረተሰብ ትሳተፉን።",
        tr: "Hollandacayı kendi düzeyinizde öğrenir ve topluma katılırsınız.",
        fa: "هلندی را در سطح خودتان یاد می‌گیرید و در جامعه مشارکت می‌کنید.",
    }
    PIP = "pip" { nl: "PIP", en: "PIP", ar: "PIP", ti: "PIP", tr: "PIP", fa: "PIP" }
    PIP_UITLEG = "pip_uitleg" {
        nl: "Uw persoonlijk plan inburgering en participatie. De gemeente maakt het samen met u.",
        en: "Your personal integration and participation plan. The municipality makes it with you.",
        ar: "خطتك الشخصية للاندماج والمشاركة. تضعها البلدية معك.",
        ti: "ውልቃዊ መደብ ምውህሃድን ተሳትፎን። ምምሕዳር ከተማ ምሳኹም ይሰርሖ።",
        tr: "Kişisel uyum ve katılım planınız. Belediye bunu sizinle birlikte hazırlar.",
        fa: "برنامه شخصی ادغام و مشارکت شما. شهرداری آن را با شما تهیه می‌کند.",
    }
    BREDE_INTAKE = "brede_intake" {
        nl: "brede intake", en: "broad intake", ar: "المقابلة الشاملة", ti: "ሰፊሕ ቃለ-መሕትት", tr: "kapsamlı ön görüşme", fa: "مصاحبه جامع",
    }
    BREDE_INTAKE_UITLEG = "brede_intake_uitleg" {
        nl: "Een gesprek met de gemeente over uw leven, werk en taal. Daarna maakt de gemeente uw PIP.",
        en: "A talk with the municipality about your life, work and language. After it the municipality makes your PIP.",
        ar: "حديث مع البلدية عن حياتك وعملك ولغتك. بعده تضع البلدية خطة PIP الخاصة بك.",
        ti: "ምስ ምምሕዳር ከተማ ብዛዕባ ህይወትኩም፡ ስራሕኩምን ቋንቋኹምን ዝግበር ዘተ። ድሕሪኡ ምምሕዳር ከተማ PIP ይሰርሕ።",
        tr: "Belediyeyle hayatınız, işiniz ve diliniz hakkında bir görüşme. Sonra belediye PIP'inizi hazırlar.",
        fa: "گفتگویی با شهرداری درباره زندگی، کار و زبان شما. پس از آن شهرداری PIP شما را تهیه می‌کند.",
    }
    TERMIJN = "termijn" { nl: "termijn", en: "term", ar: "المهلة", ti: "ግዜ ገደብ", tr: "süre", fa: "مهلت" }
    TERMIJN_UITLEG = "termijn_uitleg" {
        nl: "De tijd waarin u klaar moet zijn met inburgeren. Die begint op de datum van uw PIP.",
        en: "The time in which you must finish integration. It starts on the date of your PIP.",
        ar: "الوقت الذي يجب أن تنهي فيه الاندماج. يبدأ من تاريخ خطة PIP الخاصة بك.",
        ti: "ምውህሃድ ክትውድኡሉ ዘለኩም ግዜ። ካብ ዕለት PIP ኹም ይጅምር።",
        tr: "Uyumu bitirmeniz gereken zaman. PIP'inizin tarihinde başlar.",
        fa: "زمانی که باید ادغام را در آن تمام کنید. از تاریخ PIP شما شروع می‌شود.",
    }
    BOETE = "boete" { nl: "boete", en: "fine", ar: "الغرامة", ti: "መቕጻዕቲ", tr: "para cezası", fa: "جریمه" }
    BOETE_UITLEG = "boete_uitleg" {
        nl: "Geld dat u moet betalen als u niet op tijd klaar bent. DUO beslist erover.",
        en: "Money you must pay if you do not finish in time. DUO decides on it.",
        ar: "مال يجب أن تدفعه إذا لم تنته في الوقت. تقرر DUO ذلك.",
        ti: "ብግዜ እንተዘይወዳእኩም ክትከፍልዎ ዘለኩም ገንዘብ። DUO ይውስን።",
        tr: "Zamanında bitirmezseniz ödemeniz gereken para. DUO karar verir.",
        fa: "پولی که اگر به موقع تمام نکنید باید بپردازید. DUO تصمیم می‌گیرد.",
    }
    VERLENGING = "verlenging" { nl: "verlenging", en: "extension", ar: "التمديد", ti: "ምንዋሕ ግዜ", tr: "uzatma", fa: "تمدید" }
    VERLENGING_UITLEG = "verlenging_uitleg" {
        nl: "Meer tijd om klaar te zijn. U vraagt het aan bij DUO.",
        en: "More time to finish. You ask DUO for it.",
        ar: "وقت إضافي للانتهاء. تطلبه من DUO.",
        ti: "ንምውዳእ ተወሳኺ ግዜ። ካብ DUO ትሓትዎ።",
        tr: "Bitirmek için daha fazla zaman. DUO'dan istersiniz.",
        fa: "وقت بیشتر برای تمام کردن. آن را از DUO درخواست می‌کنید.",
    }
    BIJSTAND = "bijstand" {
        nl: "bijstand", en: "social assistance", ar: "المساعدة الاجتماعية", ti: "ማሕበራዊ ሓገዝ", tr: "sosyal yardım", fa: "کمک اجتماعی",
    }
    BIJSTAND_UITLEG = "bijstand_uitleg" {
        nl: "Geld van de gemeente om van te leven als u te weinig inkomen heeft.",
        en: "Money from the municipality to live on if your income is too low.",
        ar: "مال من البلدية تعيش منه إذا كان دخلك قليلًا جدًا.",
        ti: "እቶትኩም እንተዘይኣኺሉ ንምንባር ካብ ምምሕዳር ከተማ እትረኽብዎ ገንዘብ።",
        tr: "Geliriniz yetmezse belediyeden yaşamak için aldığınız para.",
        fa: "پولی از شهرداری برای گذران زندگی، اگر درآمد شما کم است.",
    }
    ONTZORGEN = "ontzorgen" { nl: "ontzorgen", en: "ontzorgen", ar: "ontzorgen", ti: "ontzorgen", tr: "ontzorgen", fa: "ontzorgen" }
    ONTZORGEN_UITLEG = "ontzorgen_uitleg" {
        nl: "De gemeente betaalt de eerste maanden uw vaste rekeningen uit uw bijstand. Het is geen extra geld.",
        en: "The municipality pays your fixed bills from your social assistance for the first months. It is not extra money.",
        ar: "تدفع البلدية فواتيرك الثابتة من مساعدتك الاجتماعية في الأشهر الأولى. هذا ليس مالًا إضافيًا.",
        ti: "ምምሕዳር ከተማ ኣብ ቀዳሞት ኣዋርሕ ቀወምቲ ሕሳባትኩም ካብ ማሕበራዊ ሓገዝኩም ይኸፍል። ተወሳኺ ገንዘብ ኣይኮነን።",
        tr: "Belediye ilk aylarda sabit faturalarınızı sosyal yardımınızdan öder. Bu ek para değildir.",
        fa: "شهرداری در ماه‌های اول قبض‌های ثابت شما را از کمک اجتماعی‌تان می‌پردازد. این پول اضافه نیست.",
    }
    LEEFGELD = "leefgeld" { nl: "leefgeld", en: "living money", ar: "مصروف المعيشة", ti: "ገንዘብ መነባብሮ", tr: "geçim parası", fa: "پول زندگی" }
    LEEFGELD_UITLEG = "leefgeld_uitleg" {
        nl: "Het geld dat u overhoudt om van te leven, nadat de gemeente uw vaste lasten heeft betaald.",
        en: "The money you keep to live on after the municipality has paid your fixed costs.",
        ar: "المال الذي يبقى لك لتعيش منه بعد أن تدفع البلدية تكاليفك الثابتة.",
        ti: "ምምሕዳር ከተማ ቀወምቲ ወጻኢታትኩም ምስ ከፈለ፡ ንምንባር ዝተረፈኩም ገንዘብ።",
        tr: "Belediye sabit giderlerinizi ödedikten sonra yaşamak için size kalan para.",
        fa: "پولی که پس از پرداخت هزینه‌های ثابت شما توسط شهرداری، برای گذران زندگی برایتان می‌ماند.",
    }
    KLANTMANAGER = "klantmanager" {
        nl: "klantmanager", en: "case manager", ar: "مسؤول الملف", ti: "ሓላፊ ጉዳይ", tr: "vaka yöneticisi", fa: "مسئول پرونده",
    }
    KLANTMANAGER_UITLEG = "klantmanager_uitleg" {
        nl: "Uw vaste contactpersoon bij de gemeente voor bijstand en inburgering.",
        en: "Your contact person at the municipality for social assistance and integration.",
        ar: "الشخص المسؤول عنك في البلدية للمساعدة الاجتماعية والاندماج.",
        ti: "ኣብ ምምሕዳር ከተማ ንማሕበራዊ ሓገዝን ምውህሃድን ዝከታተለኩም ሰብ።",
        tr: "Belediyede sosyal yardım ve uyum için irtibat kişiniz.",
        fa: "فرد تماس شما در شهرداری برای کمک اجتماعی و ادغام.",
    }
    GEMEENTE = "gemeente" { nl: "gemeente", en: "municipality", ar: "البلدية", ti: "ምምሕዳር ከተማ", tr: "belediye", fa: "شهرداری" }
    GEMEENTE_UITLEG = "gemeente_uitleg" {
        nl: "De gemeente waar u woont. Zij helpt u met inburgeren en bijstand.",
        en: "The municipality where you live. It helps you with integration and social assistance.",
        ar: "البلدية التي تعيش فيها. تساعدك في الاندماج والمساعدة الاجتماعية.",
        ti: "እትነብሩሉ ምምሕዳር ከተማ። ኣብ ምውህሃድን ማሕበራዊ ሓገዝን ይሕግዘኩም።",
        tr: "Yaşadığınız belediye. Uyum ve sosyal yardım konusunda size yardım eder.",
        fa: "شهرداری محل زندگی شما. در ادغام و کمک اجتماعی به شما کمک می‌کند.",
    }
    TOESLAGEN = "toeslagen" {
        nl: "toeslagen", en: "government allowances", ar: "البدلات الحكومية", ti: "ሓገዛት መንግስቲ", tr: "devlet ödenekleri", fa: "کمک‌هزینه‌های دولتی",
    }
    TOESLAGEN_UITLEG = "toeslagen_uitleg" {
        nl: "Geld van de Belastingdienst voor huur, zorgverzekering of kinderen. U vraagt het zelf aan.",
        en: "Money from the Tax Administration for rent, health insurance or children. You apply for it yourself.",
        ar: "مال من مصلحة الضرائب للإيجار أو التأمين الصحي أو الأطفال. تطلبه بنفسك.",
        ti: "ካብ ቤት ጽሕፈት ግብሪ ንክራይ፡ መድሕን ጥዕና ወይ ቆልዑ ዝወሃብ ገንዘብ። ባዕልኹም ትሓትዎ።",
        tr: "Vergi Dairesi'nden kira, sağlık sigortası veya çocuklar için para. Kendiniz başvurursunuz.",
        fa: "پولی از اداره مالیات برای اجاره، بیمه درمانی یا فرزندان. خودتان درخواست می‌دهید.",
    }
    KOP_WOORDEN = "kop_woorden" {
        nl: "Woorden die u bij de gemeente hoort",
        en: "Words you will hear at the municipality",
        ar: "كلمات ستسمعها في البلدية",
        ti: "ኣብ ምምሕዳር ከተማ እትሰምዕዎም ቃላት",
        tr: "Belediyede duyacağınız kelimeler",
        fa: "واژه‌هایی که در شهرداری می‌شنوید",
    }
    NEDERLANDS_ERBIJ = "nederlands_erbij" {
        nl: "Toon ook het Nederlands",
        en: "Show the Dutch too",
        ar: "اعرض النص الهولندي أيضًا",
        ti: "ሆላንድኛ እውን ኣርእዩ",
        tr: "Hollandacasını da göster",
        fa: "متن هلندی را هم نشان بده",
    }
}

/// A concept of the glossary: its term and its one-line explanation.
pub struct Begrip {
    pub term: &'static Tekst,
    pub uitleg: &'static Tekst,
}

/// The glossary, in the order a newcomer meets the words.
pub const WOORDENLIJST: &[Begrip] = &[
    Begrip { term: &INBURGERING, uitleg: &INBURGERING_UITLEG },
    Begrip { term: &INBURGERINGSPLICHT, uitleg: &INBURGERINGSPLICHT_UITLEG },
    Begrip { term: &VRIJSTELLING, uitleg: &VRIJSTELLING_UITLEG },
    Begrip { term: &ONTHEFFING, uitleg: &ONTHEFFING_UITLEG },
    Begrip { term: &BREDE_INTAKE, uitleg: &BREDE_INTAKE_UITLEG },
    Begrip { term: &PIP, uitleg: &PIP_UITLEG },
    Begrip { term: &LEERROUTE, uitleg: &LEERROUTE_UITLEG },
    Begrip { term: &B1_ROUTE, uitleg: &B1_ROUTE_UITLEG },
    Begrip { term: &ONDERWIJSROUTE, uitleg: &ONDERWIJSROUTE_UITLEG },
    Begrip { term: &Z_ROUTE, uitleg: &Z_ROUTE_UITLEG },
    Begrip { term: &TERMIJN, uitleg: &TERMIJN_UITLEG },
    Begrip { term: &VERLENGING, uitleg: &VERLENGING_UITLEG },
    Begrip { term: &BOETE, uitleg: &BOETE_UITLEG },
    Begrip { term: &GEMEENTE, uitleg: &GEMEENTE_UITLEG },
    Begrip { term: &KLANTMANAGER, uitleg: &KLANTMANAGER_UITLEG },
    Begrip { term: &BIJSTAND, uitleg: &BIJSTAND_UITLEG },
    Begrip { term: &ONTZORGEN, uitleg: &ONTZORGEN_UITLEG },
    Begrip { term: &LEEFGELD, uitleg: &LEEFGELD_UITLEG },
    Begrip { term: &TOESLAGEN, uitleg: &TOESLAGEN_UITLEG },
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
/// command-line options left out (`--gemeente` is no municipality).
fn klein(zin: &str) -> String {
    let woorden = zin.split(' ').filter(|w| !w.trim_start_matches('[').starts_with("--"));
    woorden.collect::<Vec<_>>().join(" ").to_lowercase().replace('\u{307}', "")
}

fn noemt(taal: Taal, zin: &str, herkenning: &Herkenning) -> bool {
    herkenning.vormen[taal as usize].iter().any(|vorm| bevat(taal, zin, vorm))
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
        for (tabel, teksten) in alle_tabellen() {
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
    }
}
