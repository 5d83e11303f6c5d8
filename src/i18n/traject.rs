//! The gemeente's own traject and the contactkaart: headings, the step's dates and status, the
//! card's fixed entries (huisarts, wijkagent, 112, Veilig Thuis), and the messages a web team
//! gets about its configuration.

crate::teksten! {
    TRAJECT_UITLEG = "traject_uitleg" {
        nl: "Wat uw gemeente met u doet, en wanneer. De data zijn een schatting: uw klantmanager spreekt de echte data met u af.",
        en: "What your municipality does with you, and when. The dates are an estimate: your case manager agrees the real dates with you.",
        ar: "ما تفعله البلدية معك، ومتى. التواريخ تقديرية: يتفق معك مسؤول الملف الخاص بك على التواريخ الحقيقية.",
        ti: "ምምሕዳር ከተማኹም ምሳኹም እንታይ ከም ዝገብርን መዓስ ከም ዝገብርን። እቶም ዕለታት ግምት እዮም፡ ሓላፊ ጉዳይኩም ነቶም ሓቀኛ ዕለታት ምሳኹም ይሰማማዕ።",
        tr: "Belediyenizin sizinle ne yaptığı ve ne zaman. Tarihler tahminidir: vaka yöneticiniz gerçek tarihleri sizinle kararlaştırır.",
        fa: "شهرداری شما با شما چه کاری انجام می‌دهد و چه زمانی. تاریخ‌ها تخمینی هستند: مسئول پرونده شما تاریخ‌های واقعی را با شما هماهنگ می‌کند.",
    }
    PERIODE = "periode" {
        nl: "{0} tot en met {1}",
        en: "{0} up to and including {1}",
        ar: "من {0} إلى {1} ضمنًا",
        ti: "ካብ {0} ክሳብ {1} ሓዊሱ",
        tr: "{0} ile {1} arası (dahil)",
        fa: "از {0} تا {1} (با احتساب هر دو)",
    }
    VANAF = "vanaf" {
        nl: "Vanaf {0}",
        en: "From {0}",
        ar: "ابتداءً من {0}",
        ti: "ካብ {0}",
        tr: "{0} tarihinden itibaren",
        fa: "از {0}",
    }
    BEZIG = "bezig" {
        nl: "Nu: week {0} van {1}",
        en: "Now: week {0} of {1}",
        ar: "الآن: الأسبوع {0} من {1}",
        ti: "ሕጂ፡ ሰሙን {0} ካብ {1}",
        tr: "Şimdi: {1} haftanın {0}. haftası",
        fa: "اکنون: هفته {0} از {1}",
    }
    GEPLAND = "gepland" {
        nl: "Nog niet begonnen",
        en: "Not started yet",
        ar: "لم يبدأ بعد",
        ti: "ገና ኣይጀመረን",
        tr: "Henüz başlamadı",
        fa: "هنوز شروع نشده",
    }
    BEGONNEN = "begonnen" {
        nl: "Begonnen",
        en: "Started",
        ar: "بدأ",
        ti: "ጀሚሩ",
        tr: "Başladı",
        fa: "شروع شده",
    }
    AFGEROND = "afgerond" {
        nl: "Voorbij",
        en: "Past",
        ar: "مضى",
        ti: "ግዚኡ ሓሊፉ",
        tr: "Tarihi geçti",
        fa: "گذشته",
    }
    NA_VERGUNNING = "na_vergunning" {
        nl: "Na uw verblijfsvergunning. De datum weten we nog niet.",
        en: "After your residence permit. We do not know the date yet.",
        ar: "بعد حصولك على تصريح الإقامة. لا نعرف التاريخ بعد.",
        ti: "ድሕሪ ፍቓድ መንበሪኹም። ነቲ ዕለት ገና ኣይንፈልጦን።",
        tr: "Oturma izninizden sonra. Tarihi henüz bilmiyoruz.",
        fa: "پس از اجازه اقامت شما. تاریخ را هنوز نمی‌دانیم.",
    }
    NA_HUISVESTING = "na_huisvesting" {
        nl: "Als u een huis heeft in de gemeente. De datum weten we nog niet.",
        en: "When you have a home in the municipality. We do not know the date yet.",
        ar: "عندما يكون لديك مسكن في البلدية. لا نعرف التاريخ بعد.",
        ti: "ኣብቲ ምምሕዳር ከተማ ገዛ ምስ ረኸብኩም። ነቲ ዕለት ገና ኣይንፈልጦን።",
        tr: "Belediyede bir eviniz olduğunda. Tarihi henüz bilmiyoruz.",
        fa: "وقتی در شهرداری خانه داشته باشید. تاریخ را هنوز نمی‌دانیم.",
    }
    NA_BIJSTAND = "na_bijstand" {
        nl: "Na de start van uw bijstand. De datum weten we nog niet.",
        en: "After your social assistance starts. We do not know the date yet.",
        ar: "بعد بدء المساعدة الاجتماعية. لا نعرف التاريخ بعد.",
        ti: "ድሕሪ ምጅማር ማሕበራዊ ሓገዝኩም። ነቲ ዕለት ገና ኣይንፈልጦን።",
        tr: "Sosyal yardımınız başladıktan sonra. Tarihi henüz bilmiyoruz.",
        fa: "پس از شروع کمک اجتماعی شما. تاریخ را هنوز نمی‌دانیم.",
    }
    NA_PIP = "na_pip" {
        nl: "Na uw PIP (uw plan voor inburgering). De datum weten we nog niet.",
        en: "After your PIP (your integration plan). We do not know the date yet.",
        ar: "بعد خطة الاندماج (PIP). لا نعرف التاريخ بعد.",
        ti: "ድሕሪ PIP ኹም (መደብ ምውህሃድኩም)። ነቲ ዕለት ገና ኣይንፈልጦን።",
        tr: "PIP'inizden (uyum planınız) sonra. Tarihi henüz bilmiyoruz.",
        fa: "پس از PIP شما (برنامه ادغام شما). تاریخ را هنوز نمی‌دانیم.",
    }
    NA_TERMIJN = "na_termijn" {
        nl: "In uw inburgeringstermijn. De datum weten we nog niet.",
        en: "Within your integration term. We do not know the date yet.",
        ar: "خلال مهلة الاندماج الخاصة بك. لا نعرف التاريخ بعد.",
        ti: "ኣብ ግዜ ገደብ ምውህሃድኩም። ነቲ ዕለት ገና ኣይንፈልጦን።",
        tr: "Uyum süreniz içinde. Tarihi henüz bilmiyoruz.",
        fa: "در مهلت ادغام شما. تاریخ را هنوز نمی‌دانیم.",
    }
    MET = "met" {
        nl: "Met: {0}",
        en: "With: {0}",
        ar: "مع: {0}",
        ti: "ምስ: {0}",
        tr: "Kiminle: {0}",
        fa: "با: {0}",
    }
    KOP_KAART = "kop_kaart" {
        nl: "Contactkaart: wie helpt u waarmee?",
        en: "Contact card: who helps you with what?",
        ar: "بطاقة الاتصال: من يساعدك في ماذا؟",
        ti: "ካርድ ርክብ፡ መን እንታይ ይሕግዘኩም?",
        tr: "İletişim kartı: size kim ne konuda yardım eder?",
        fa: "کارت تماس: چه کسی در چه کاری به شما کمک می‌کند؟",
    }
    KAART_UITLEG = "kaart_uitleg" {
        nl: "Vul zelf namen en nummers in. Wat u invult, blijft op dit apparaat. Druk de kaart af en vouw hem klein.",
        en: "Fill in names and numbers yourself. What you enter stays on this device. Print the card and fold it small.",
        ar: "املأ الأسماء والأرقام بنفسك. ما تُدخله يبقى على هذا الجهاز. اطبع البطاقة واطوِها لتصبح صغيرة.",
        ti: "ኣስማትን ቁጽርታትን ባዕልኹም መልኡ። ዝመልእኩሞ ኣብዚ መሳርሒ ይተርፍ። ነታ ካርድ ሕተምዋ እሞ ዓጺፍኩም ንኣሽቶ ግበርዋ።",
        tr: "İsimleri ve numaraları kendiniz doldurun. Girdikleriniz bu cihazda kalır. Kartı yazdırın ve küçük olacak şekilde katlayın.",
        fa: "نام‌ها و شماره‌ها را خودتان وارد کنید. آنچه وارد می‌کنید روی همین دستگاه می‌ماند. کارت را چاپ کنید و آن را تا کنید تا کوچک شود.",
    }
    VELD_NAAM = "veld_naam" {
        nl: "Naam",
        en: "Name",
        ar: "الاسم",
        ti: "ሽም",
        tr: "Ad",
        fa: "نام",
    }
    VELD_TELEFOON = "veld_telefoon" {
        nl: "Telefoon",
        en: "Phone",
        ar: "الهاتف",
        ti: "ተሌፎን",
        tr: "Telefon",
        fa: "تلفن",
    }
    VELD_EMAIL = "veld_email" {
        nl: "E-mail",
        en: "Email",
        ar: "البريد الإلكتروني",
        ti: "ኢመይል",
        tr: "E-posta",
        fa: "ایمیل",
    }
    HUISARTS = "huisarts" {
        nl: "Huisarts",
        en: "GP (family doctor)",
        ar: "طبيب العائلة",
        ti: "ሓኪም ስድራቤት",
        tr: "Aile hekimi",
        fa: "پزشک خانواده",
    }
    HUISARTS_ROL = "huisarts_rol" {
        nl: "Als u ziek bent. Bel eerst de huisarts. 's Avonds en in het weekend: de huisartsenpost.",
        en: "When you are ill. Call your GP first. In the evening and at the weekend: the out-of-hours GP service (huisartsenpost).",
        ar: "عندما تكون مريضًا. اتصل بطبيب العائلة أولًا. في المساء وفي عطلة نهاية الأسبوع: مركز أطباء العائلة الليلي (huisartsenpost).",
        ti: "ምስ ሓመምኩም። መጀመርታ ናብ ሓኪም ስድራቤት ደውሉ። ምሸትን ቀዳመ-ሰንበትን፡ huisartsenpost።",
        tr: "Hasta olduğunuzda. Önce aile hekiminizi arayın. Akşamları ve hafta sonu: nöbetçi aile hekimi (huisartsenpost).",
        fa: "وقتی بیمار هستید. اول به پزشک خانواده زنگ بزنید. عصرها و آخر هفته: مرکز شبانه پزشکان خانواده (huisartsenpost).",
    }
    WIJKAGENT = "wijkagent" {
        nl: "Wijkagent",
        en: "Neighbourhood police officer",
        ar: "شرطي الحي",
        ti: "ፖሊስ ከባቢ",
        tr: "Mahalle polisi",
        fa: "پلیس محله",
    }
    WIJKAGENT_ROL = "wijkagent_rol" {
        nl: "De politie in uw buurt, als het geen spoed heeft.",
        en: "The police in your neighbourhood, when it is not urgent.",
        ar: "الشرطة في حيّك، عندما لا يكون الأمر طارئًا.",
        ti: "ፖሊስ ኣብ ከባቢኹም፡ ህጹጽ ኣብ ዘይኮነሉ።",
        tr: "Acil olmayan durumlarda mahallenizdeki polis.",
        fa: "پلیس محله شما، وقتی موضوع فوری نیست.",
    }
    SPOED = "spoed" {
        nl: "Spoed: 112",
        en: "Emergency: 112",
        ar: "طوارئ: 112",
        ti: "ህጹጽ፡ 112",
        tr: "Acil: 112",
        fa: "اورژانس: 112",
    }
    SPOED_ROL = "spoed_rol" {
        nl: "Bij gevaar voor een leven, bij brand of bij een misdaad die nu gebeurt. Gratis.",
        en: "When a life is in danger, for a fire, or for a crime happening now. Free of charge.",
        ar: "عند وجود خطر على الحياة، أو حريق، أو جريمة تحدث الآن. مجاني.",
        ti: "ሓደጋ ህይወት፡ ባርዕ ወይ ሕጂ ዝፍጸም ገበን ምስ ዝህሉ። ብናጻ።",
        tr: "Hayati tehlike, yangın veya şu anda işlenen bir suç olduğunda. Ücretsiz.",
        fa: "وقتی جان کسی در خطر است، هنگام آتش‌سوزی، یا جرمی که همین حالا رخ می‌دهد. رایگان.",
    }
    VEILIG_THUIS_ROL = "veilig_thuis_rol" {
        nl: "Bij geweld thuis, of als u zich thuis niet veilig voelt. Gratis, dag en nacht. U mag bellen zonder uw naam te zeggen.",
        en: "For violence at home, or when you do not feel safe at home. Free, day and night. You may call without giving your name.",
        ar: "عند وجود عنف في البيت، أو إذا كنت لا تشعر بالأمان في البيت. مجاني، ليلًا ونهارًا. يمكنك الاتصال دون ذكر اسمك.",
        ti: "ኣብ ገዛ ዓመጽ ምስ ዝህሉ፡ ወይ ኣብ ገዛ ውሑስ ከም ዘይኮንኩም ምስ ዝስምዓኩም። ብናጻ፡ ለይትን መዓልትን። ሽምኩም ከይሃብኩም ክትድውሉ ትኽእሉ።",
        tr: "Evde şiddet olduğunda veya evde kendinizi güvende hissetmediğinizde. Ücretsiz, gece gündüz. Adınızı söylemeden arayabilirsiniz.",
        fa: "هنگام خشونت در خانه، یا وقتی در خانه احساس امنیت نمی‌کنید. رایگان، شبانه‌روزی. می‌توانید بدون گفتن نام خود تماس بگیرید.",
    }
    ONBEKENDE_CONTACTPERSOON = "onbekende_contactpersoon" {
        nl: "Deze contactpersoon staat niet bij 'contacten'.",
        en: "This contact is not listed in 'contacten'.",
        ar: "جهة الاتصال هذه غير موجودة في 'contacten'.",
        ti: "እዚ ሰብ ርክብ ኣብ 'contacten' የለን።",
        tr: "Bu kişi 'contacten' listesinde yok.",
        fa: "این شخص تماس در 'contacten' نیست.",
    }
    DUBBELE_ID = "dubbele_id" {
        nl: "Deze id staat er al.",
        en: "This id is already used.",
        ar: "هذا المعرّف مستخدم بالفعل.",
        ti: "እዚ መለለዪ ድሮ ተጠቒሙ ኣሎ።",
        tr: "Bu kimlik zaten kullanılıyor.",
        fa: "این شناسه قبلاً استفاده شده است.",
    }
    ONGELDIGE_ID = "ongeldige_id" {
        nl: "Gebruik alleen kleine letters, cijfers en '-' (hoogstens 40 tekens).",
        en: "Use only lower-case letters, digits and '-' (at most 40 characters).",
        ar: "استخدم فقط الأحرف الصغيرة والأرقام و'-' (40 حرفًا على الأكثر).",
        ti: "ንኣሽቱ ፊደላት፡ ቁጽርታትን '-' ጥራይ ተጠቐሙ (እንተበዝሐ 40 ፊደላት)።",
        tr: "Yalnızca küçük harf, rakam ve '-' kullanın (en fazla 40 karakter).",
        fa: "فقط از حروف کوچک، اعداد و '-' استفاده کنید (حداکثر 40 نویسه).",
    }
    TE_VEEL = "te_veel" {
        nl: "Deze lijst is te lang. Alleen de eerste {0} worden gebruikt.",
        en: "This list is too long. Only the first {0} are used.",
        ar: "هذه القائمة طويلة جدًا. تُستخدم أول {0} عناصر فقط.",
        ti: "እዚ ዝርዝር ኣዝዩ ነዊሕ እዩ። ቀዳሞት {0} ጥራይ ይጥቀሙ።",
        tr: "Bu liste çok uzun. Yalnızca ilk {0} tanesi kullanılır.",
        fa: "این فهرست خیلی طولانی است. فقط {0} مورد اول استفاده می‌شود.",
    }
    ONBEKENDE_GEMEENTE = "onbekende_gemeente" {
        nl: "Deze gemeente staat niet bij 'gemeenten'. U ziet de instellingen van de regio.",
        en: "This municipality is not in the regional file. You see the region's settings.",
        ar: "هذه البلدية غير موجودة في الملف الإقليمي. أنت ترى إعدادات المنطقة.",
        ti: "እዚ ምምሕዳር ከተማ ኣብቲ ፋይል ዞባ የለን። ምድላዋት ናይቲ ዞባ ትርእዩ ኣለኹም።",
        tr: "Bu belediye bölge dosyasında yok. Bölgenin ayarlarını görüyorsunuz.",
        fa: "این شهرداری در فایل منطقه نیست. تنظیمات منطقه را می‌بینید.",
    }
}
