//! Every sentence of the `<inburgering-wijzer>` element: questions, answers, headings, buttons
//! and the labels of the result. Dutch at B1 level; the other five languages complete.

crate::teksten! {
    TITEL = "titel" {
        nl: "Inburgeringswijzer",
        en: "Integration guide",
        ar: "دليل الاندماج",
        ti: "መምርሒ ምውህሃድ",
        tr: "Uyum rehberi",
        fa: "راهنمای ادغام",
    }
    VOET = "voet" {
        nl: "Versie {0} · bijgewerkt tot {1}",
        en: "Version {0} · up to date as of {1}",
        ar: "الإصدار {0} · محدَّث حتى {1}",
        ti: "ስሪት {0} · ክሳብ {1} ዝተሓደሰ",
        tr: "Sürüm {0} · {1} itibarıyla güncel",
        fa: "نسخه {0} · به‌روز تا {1}",
    }
    INTRO = "intro" {
        nl: "Beantwoord de vragen. Uw advies verschijnt meteen. Wat u invult, blijft op dit apparaat: niets wordt verstuurd of bewaard.",
        en: "Answer the questions. Your advice appears straight away. What you enter stays on this device: nothing is sent or stored.",
        ar: "أجب عن الأسئلة. تظهر نصيحتك فورًا. ما تُدخله يبقى على هذا الجهاز: لا يُرسل شيء ولا يُحفظ.",
        ti: "ነቶም ሕቶታት መልሱ። ምኽርኹም ብኡንብኡ ይርአ። ዝመልእኩሞ ኣብዚ መሳርሒ ይተርፍ፡ ዝኾነ ነገር ኣይለኣኽን ኣይዕቀብን።",
        tr: "Soruları cevaplayın. Tavsiyeniz hemen görünür. Girdikleriniz bu cihazda kalır: hiçbir şey gönderilmez veya saklanmaz.",
        fa: "به پرسش‌ها پاسخ دهید. توصیه شما بلافاصله نمایش داده می‌شود. آنچه وارد می‌کنید روی همین دستگاه می‌ماند: چیزی ارسال یا ذخیره نمی‌شود.",
    }
    KOP_ADVIES = "kop_advies" {
        nl: "Uw inburgering",
        en: "Your integration",
        ar: "اندماجك",
        ti: "ምውህሃድኩም",
        tr: "Uyumunuz",
        fa: "ادغام شما",
    }
    KOP_ONTZORGEN = "kop_ontzorgen" {
        nl: "Uw geld in de eerste maanden van de bijstand",
        en: "Your money in the first months of social assistance",
        ar: "أموالك في الأشهر الأولى من المساعدة الاجتماعية",
        ti: "ገንዘብኩም ኣብ ቀዳሞት ኣዋርሕ ማሕበራዊ ሓገዝ",
        tr: "Sosyal yardımın ilk aylarında paranız",
        fa: "پول شما در ماه‌های نخست کمک اجتماعی",
    }
    WEET_NIET = "weet_niet" {
        nl: "Ik weet het niet",
        en: "I don't know",
        ar: "لا أعرف",
        ti: "ኣይፈልጥን",
        tr: "Bilmiyorum",
        fa: "نمی‌دانم",
    }
    JA = "ja" {
        nl: "Ja",
        en: "Yes",
        ar: "نعم",
        ti: "እወ",
        tr: "Evet",
        fa: "بله",
    }
    NEE = "nee" {
        nl: "Nee",
        en: "No",
        ar: "لا",
        ti: "ኣይፋል",
        tr: "Hayır",
        fa: "خیر",
    }
    DAG = "dag" {
        nl: "Dag",
        en: "Day",
        ar: "اليوم",
        ti: "መዓልቲ",
        tr: "Gün",
        fa: "روز",
    }
    MAAND = "maand" {
        nl: "Maand",
        en: "Month",
        ar: "الشهر",
        ti: "ወርሒ",
        tr: "Ay",
        fa: "ماه",
    }
    JAAR = "jaar" {
        nl: "Jaar",
        en: "Year",
        ar: "السنة",
        ti: "ዓመት",
        tr: "Yıl",
        fa: "سال",
    }
    KIES = "kies" {
        nl: "Kies een antwoord",
        en: "Choose an answer",
        ar: "اختر إجابة",
        ti: "መልሲ ምረጹ",
        tr: "Bir cevap seçin",
        fa: "یک پاسخ انتخاب کنید",
    }
    V_GEBOORTEDATUM = "v_geboortedatum" {
        nl: "Wat is uw geboortedatum?",
        en: "What is your date of birth?",
        ar: "ما تاريخ ميلادك؟",
        ti: "ዕለት ልደትኩም እንታይ እዩ?",
        tr: "Doğum tarihiniz nedir?",
        fa: "تاریخ تولد شما چیست؟",
    }
    V_NATIONALITEIT = "v_nationaliteit" {
        nl: "Wat is uw nationaliteit?",
        en: "What is your nationality?",
        ar: "ما جنسيتك؟",
        ti: "ዜግነትኩም እንታይ እዩ?",
        tr: "Uyruğunuz nedir?",
        fa: "ملیت شما چیست؟",
    }
    V_VERBLIJF = "v_verblijf" {
        nl: "Welke verblijfsvergunning heeft u?",
        en: "Which residence permit do you have?",
        ar: "ما نوع تصريح الإقامة الذي لديك؟",
        ti: "ኣየናይ ፍቓድ መንበሪ ኣለኩም?",
        tr: "Hangi oturma izniniz var?",
        fa: "چه نوع اجازه اقامتی دارید؟",
    }
    V_VERBLIJFSDATUM = "v_verblijfsdatum" {
        nl: "Wanneer kreeg u deze verblijfsvergunning?",
        en: "When did you get this residence permit?",
        ar: "متى حصلت على تصريح الإقامة هذا؟",
        ti: "እዚ ፍቓድ መንበሪ መዓስ ረኺብኩሞ?",
        tr: "Bu oturma iznini ne zaman aldınız?",
        fa: "این اجازه اقامت را چه زمانی گرفتید؟",
    }
    V_DUOBRIEF = "v_duobrief" {
        nl: "Welke datum staat op de brief van DUO over uw inburgering?",
        en: "What date is on DUO's letter about your integration?",
        ar: "ما التاريخ المكتوب على رسالة DUO بشأن اندماجك؟",
        ti: "ኣብቲ ብዛዕባ ምውህሃድኩም ካብ DUO ዝመጸ ደብዳቤ ኣየናይ ዕለት ተጻሒፉ ኣሎ?",
        tr: "DUO'nun uyumunuzla ilgili mektubunda hangi tarih yazıyor?",
        fa: "روی نامه DUO درباره ادغام شما چه تاریخی نوشته شده است؟",
    }
    V_PIP = "v_pip" {
        nl: "Welke datum staat op uw PIP (persoonlijk plan inburgering en participatie)?",
        en: "What date is on your PIP (personal integration and participation plan)?",
        ar: "ما التاريخ المكتوب على خطتك الشخصية للاندماج والمشاركة (PIP)؟",
        ti: "ኣብ PIP (ውልቃዊ መደብ ምውህሃድን ተሳትፎን) ኣየናይ ዕለት ተጻሒፉ ኣሎ?",
        tr: "PIP'inizde (kişisel uyum ve katılım planı) hangi tarih yazıyor?",
        fa: "روی PIP شما (برنامه شخصی ادغام و مشارکت) چه تاریخی نوشته شده است؟",
    }
    V_LEERPLICHTIG = "v_leerplichtig" {
        nl: "Moet u nog naar school (leerplicht of kwalificatieplicht)?",
        en: "Do you still have to go to school (compulsory education)?",
        ar: "هل ما زلت ملزمًا بالذهاب إلى المدرسة (التعليم الإلزامي)؟",
        ti: "ገና ናብ ቤት ትምህርቲ ክትከዱ ትግደዱ ዲኹም (ግዴታዊ ትምህርቲ)?",
        tr: "Hâlâ okula gitmek zorunda mısınız (zorunlu eğitim)?",
        fa: "آیا هنوز باید به مدرسه بروید (آموزش اجباری)؟",
    }
    V_DIPLOMA = "v_diploma" {
        nl: "Heeft u een Nederlands diploma waarmee u geen inburgering hoeft te doen?",
        en: "Do you have a Dutch diploma, so that you do not have to integrate?",
        ar: "هل لديك شهادة هولندية لا تحتاج معها إلى الاندماج؟",
        ti: "ካብ ምውህሃድ ዘውጽኣኩም ሆላንዳዊ ዲፕሎማ ኣለኩም ድዩ?",
        tr: "Uyum sağlamanıza gerek bırakmayan bir Hollanda diplomanız var mı?",
        fa: "آیا مدرک تحصیلی هلندی دارید که با آن لازم نیست دوره ادغام را بگذرانید؟",
    }
    V_TOETS_SCORE = "v_toets_score" {
        nl: "Uw score op de leerbaarheidstoets (0 tot en met 40)",
        en: "Your score on the learnability test (0 up to and including 40)",
        ar: "نتيجتك في اختبار القدرة على التعلم (من 0 إلى 40 ضمنًا)",
        ti: "ነጥብኩም ኣብ ፈተና ክእለት ምምሃር (ካብ 0 ክሳብ 40 ሓዊሱ)",
        tr: "Öğrenebilirlik testindeki puanınız (0 ile 40 arası, dahil)",
        fa: "نمره شما در آزمون یادگیری‌پذیری (از 0 تا 40، با احتساب هر دو)",
    }
    V_TOETS_DATUM = "v_toets_datum" {
        nl: "Wanneer deed u de leerbaarheidstoets?",
        en: "When did you take the learnability test?",
        ar: "متى أجريت اختبار القدرة على التعلم؟",
        ti: "ፈተና ክእለት ምምሃር መዓስ ወሲድኩም?",
        tr: "Öğrenebilirlik testine ne zaman girdiniz?",
        fa: "آزمون یادگیری‌پذیری را چه زمانی دادید؟",
    }
    V_OPLEIDING = "v_opleiding" {
        nl: "Wilt u een opleiding doen op het mbo, hbo of de universiteit?",
        en: "Do you want to study at an mbo, hbo or university?",
        ar: "هل تريد الدراسة في معهد مهني (mbo) أو كلية (hbo) أو جامعة؟",
        ti: "ኣብ mbo፡ hbo ወይ ዩኒቨርሲቲ ክትመሃሩ ትደልዩ ዲኹም?",
        tr: "mbo, hbo veya üniversitede okumak istiyor musunuz?",
        fa: "آیا می‌خواهید در mbo، hbo یا دانشگاه تحصیل کنید؟",
    }
    V_BIJSTAND = "v_bijstand" {
        nl: "Krijgt u bijstand, of heeft u bijstand aangevraagd?",
        en: "Do you receive social assistance, or have you applied for it?",
        ar: "هل تتلقى مساعدة اجتماعية أو تقدمت بطلب للحصول عليها؟",
        ti: "ማሕበራዊ ሓገዝ ትቕበሉ ዲኹም፡ ወይ ሓቲትኩም ኣለኹም?",
        tr: "Sosyal yardım alıyor musunuz veya başvurdunuz mu?",
        fa: "آیا کمک اجتماعی دریافت می‌کنید یا برای آن درخواست داده‌اید؟",
    }
    V_BIJSTAND_SINDS = "v_bijstand_sinds" {
        nl: "Vanaf welke dag heeft u recht op bijstand?",
        en: "From which day are you entitled to social assistance?",
        ar: "من أي يوم يحق لك الحصول على المساعدة الاجتماعية؟",
        ti: "ካብ ኣየናይ መዓልቲ መሰል ማሕበራዊ ሓገዝ ኣለኩም?",
        tr: "Hangi günden itibaren sosyal yardım hakkınız var?",
        fa: "از چه روزی حق دریافت کمک اجتماعی دارید؟",
    }
    V_HUISVESTING = "v_huisvesting" {
        nl: "Vanaf welke dag heeft u een huis in deze gemeente?",
        en: "From which day do you have a home in this municipality?",
        ar: "من أي يوم لديك مسكن في هذه البلدية؟",
        ti: "ካብ ኣየናይ መዓልቲ ኣብዚ ምምሕዳር ከተማ ገዛ ኣለኩም?",
        tr: "Hangi günden itibaren bu belediyede bir eviniz var?",
        fa: "از چه روزی در این شهرداری خانه دارید؟",
    }
    V_STAATLOOS = "v_staatloos" {
        nl: "Bent u staatloos? Dan heeft u geen nationaliteit, en dat is officieel vastgesteld.",
        en: "Are you stateless? Then you have no nationality, and this has been officially established.",
        ar: "هل أنت عديم الجنسية؟ أي ليس لديك أي جنسية، وقد ثبت ذلك رسميًا.",
        ti: "ዜግነት ኣልቦ ዲኹም? ማለት ዝኾነ ዜግነት የብልኩምን፡ እዚ ድማ ብወግዒ ተረጋጊጹ ኣሎ።",
        tr: "Vatansız mısınız? Yani hiçbir vatandaşlığınız yok ve bu resmî olarak belirlendi.",
        fa: "آیا بی‌تابعیت هستید؟ یعنی هیچ تابعیتی ندارید و این به طور رسمی ثابت شده است.",
    }
    HINT_HUISVESTING = "hint_huisvesting" {
        nl: "De dag dat u in deze gemeente bent of wordt ingeschreven. Meestal is dat de dag dat u de sleutel krijgt. Uw plan (PIP) en sommige stappen van de gemeente tellen vanaf die dag.",
        en: "The day you are or will be registered in this municipality. Usually that is the day you get the key. Your plan (PIP) and some of the municipality's steps count from that day.",
        ar: "اليوم الذي سُجّلت أو ستُسجّل فيه في هذه البلدية. عادةً هو اليوم الذي تستلم فيه المفتاح. خطتك (PIP) وبعض خطوات البلدية تُحسب من ذلك اليوم.",
        ti: "እታ ኣብዚ ምምሕዳር ከተማ ዝተመዝገብኩምላ ወይ እትምዝገቡላ መዓልቲ። ብዙሕ ግዜ እታ መፍትሕ እትቕበሉላ መዓልቲ እያ። መደብኩም (PIP) ከምኡውን ገለ ስጉምትታት ምምሕዳር ከተማ ካብታ መዓልቲ እቲኣ ይቑጸሩ።",
        tr: "Bu belediyeye kaydolduğunuz ya da kaydolacağınız gün. Genellikle anahtarı aldığınız gündür. Planınız (PIP) ve belediyenin bazı adımları o günden itibaren sayılır.",
        fa: "روزی که در این شهرداری ثبت‌نام شدید یا خواهید شد. معمولاً همان روزی است که کلید را می‌گیرید. برنامه شما (PIP) و برخی از مراحل شهرداری از همان روز حساب می‌شوند.",
    }
    V_STARTDATUM = "v_startdatum" {
        nl: "Wat is de eerste dag van uw bijstand?",
        en: "What is the first day of your social assistance?",
        ar: "ما هو أول يوم لمساعدتك الاجتماعية؟",
        ti: "ቀዳማይ መዓልቲ ማሕበራዊ ሓገዝኩም እንታይ እዩ?",
        tr: "Sosyal yardımınızın ilk günü nedir?",
        fa: "نخستین روز کمک اجتماعی شما کدام است؟",
    }
    V_MAANDEN = "v_maanden" {
        nl: "Hoeveel maanden betaalt de gemeente uw vaste lasten? (meestal 6)",
        en: "For how many months does the municipality pay your fixed costs? (usually 6)",
        ar: "كم شهرًا تدفع البلدية تكاليفك الثابتة؟ (عادةً 6)",
        ti: "ምምሕዳር ከተማ ንኽንደይ ወርሒ ቀወምቲ ወጻኢታትኩም ይኸፍል? (መብዛሕትኡ ግዜ 6)",
        tr: "Belediye sabit giderlerinizi kaç ay öder? (genellikle 6)",
        fa: "شهرداری چند ماه هزینه‌های ثابت شما را می‌پردازد؟ (معمولاً 6)",
    }
    V_LEEFVORM = "v_leefvorm" {
        nl: "Hoe woont u?",
        en: "Who do you live with?",
        ar: "مع من تعيش؟",
        ti: "ከመይ ትነብሩ?",
        tr: "Kiminle yaşıyorsunuz?",
        fa: "با چه کسی زندگی می‌کنید؟",
    }
    LEEFVORM_ALLEENSTAANDE = "leefvorm_alleenstaande" {
        nl: "Alleen, zonder kinderen",
        en: "Alone, without children",
        ar: "وحدي، بدون أطفال",
        ti: "በይነይ፡ ብዘይ ቆልዑ",
        tr: "Yalnız, çocuksuz",
        fa: "تنها، بدون فرزند",
    }
    LEEFVORM_OUDER = "leefvorm_ouder" {
        nl: "Alleen, met kinderen",
        en: "Alone, with children",
        ar: "وحدي، مع أطفالي",
        ti: "በይነይ፡ ምስ ቆልዑ",
        tr: "Yalnız, çocuklarımla",
        fa: "تنها، با فرزندانم",
    }
    LEEFVORM_GEHUWDEN = "leefvorm_gehuwden" {
        nl: "Getrouwd of samenwonend",
        en: "Married or living together",
        ar: "متزوج أو يعيش مع شريك",
        ti: "ምርዕው ወይ ብሓባር ዝነብር",
        tr: "Evli veya birlikte yaşıyor",
        fa: "متأهل یا هم‌خانه با شریک",
    }
    HINT_LEEFVORM = "hint_leefvorm" {
        nl: "Woont uw partner nog niet in Nederland? Dan telt u meestal toch als getrouwd. Vraag uw klantmanager welke bijstand u dan krijgt.",
        en: "Does your partner not live in the Netherlands yet? Then you usually still count as married. Ask your case manager what social assistance you then get.",
        ar: "ألا يعيش شريكك في هولندا بعد؟ عندها تُحسب عادةً متزوجًا. اسأل مسؤول الملف عن المساعدة الاجتماعية التي تحصل عليها عندئذ.",
        ti: "መጻምድትኹም ገና ኣብ ሆላንድ ኣይነብርን ዶ? ሽዑ መብዛሕትኡ ግዜ ከም ምርዕዋት ኢኹም እትቑጸሩ። ሽዑ ክንደይ ማሕበራዊ ሓገዝ ከም እትረኽቡ ንሓላፊ ጉዳይኩም ሕተቱ።",
        tr: "Eşiniz henüz Hollanda'da yaşamıyor mu? O zaman genellikle yine evli sayılırsınız. O zaman ne kadar sosyal yardım alacağınızı vaka yöneticinize sorun.",
        fa: "همسرتان هنوز در هلند زندگی نمی‌کند؟ در این صورت معمولاً باز هم متأهل حساب می‌شوید. از مسئول پرونده خود بپرسید آنگاه چه کمک اجتماعی می‌گیرید.",
    }
    V_PARTNER_GEBOORTEDATUM = "v_partner_geboortedatum" {
        nl: "Wat is de geboortedatum van uw partner?",
        en: "What is your partner's date of birth?",
        ar: "ما تاريخ ميلاد شريكك؟",
        ti: "ዕለት ልደት መጻምድትኹም እንታይ እዩ?",
        tr: "Partnerinizin doğum tarihi nedir?",
        fa: "تاریخ تولد همسر یا شریک شما چیست؟",
    }
    V_PARTNER_ZONDER_RECHT = "v_partner_zonder_recht" {
        nl: "Heeft uw partner geen recht op bijstand, bijvoorbeeld zonder verblijfsvergunning?",
        en: "Does your partner have no right to social assistance, for example without a residence permit?",
        ar: "أليس لشريكك حق في المساعدة الاجتماعية، مثلًا بدون تصريح إقامة؟",
        ti: "መጻምድትኹም መሰል ማሕበራዊ ሓገዝ የብሉን ድዩ፡ ንኣብነት ብዘይ ፍቓድ መንበሪ?",
        tr: "Partnerinizin sosyal yardım hakkı yok mu, örneğin oturma izni olmadığı için?",
        fa: "آیا همسر یا شریک شما حق کمک اجتماعی ندارد، مثلاً بدون اجازه اقامت؟",
    }
    V_KINDEREN = "v_kinderen" {
        nl: "Voor hoeveel kinderen zorgt u?",
        en: "How many children do you care for?",
        ar: "كم عدد الأطفال الذين ترعاهم؟",
        ti: "ንኽንደይ ቆልዑ ትሓልዩ?",
        tr: "Kaç çocuğa bakıyorsunuz?",
        fa: "از چند فرزند نگهداری می‌کنید؟",
    }
    V_KOSTENDELERS = "v_kostendelers" {
        nl: "Hoeveel andere mensen van {0} jaar of ouder wonen bij u? (niet uw partner)",
        en: "How many other people aged {0} or older live with you? (not your partner)",
        ar: "كم شخصًا آخر بعمر {0} عامًا أو أكثر يعيش معك؟ (ليس شريكك)",
        ti: "ክንደይ ካልኦት ሰባት ዕድሚኦም {0} ወይ ልዕሊኡ ምሳኹም ይነብሩ? (መጻምድትኹም ኣይኮነን)",
        tr: "Sizinle {0} yaşında veya daha büyük kaç kişi daha yaşıyor? (partneriniz hariç)",
        fa: "چند نفر دیگر با سن {0} سال یا بیشتر با شما زندگی می‌کنند؟ (به جز همسرتان)",
    }
    V_VASTE_LASTEN = "v_vaste_lasten" {
        nl: "Uw vaste lasten per maand",
        en: "Your fixed costs per month",
        ar: "تكاليفك الثابتة شهريًا",
        ti: "ቀወምቲ ወጻኢታትኩም ኣብ ወርሒ",
        tr: "Aylık sabit giderleriniz",
        fa: "هزینه‌های ثابت ماهانه شما",
    }
    HINT_BEDRAG = "hint_bedrag" {
        nl: "In euro per maand, bijvoorbeeld 550 of 550,50.",
        en: "In euros per month, for example 550 or 550.50.",
        ar: "باليورو شهريًا، مثلًا 550 أو 550.50.",
        ti: "ብዩሮ ኣብ ወርሒ፡ ንኣብነት 550 ወይ 550.50።",
        tr: "Aylık euro olarak, örneğin 550 veya 550,50.",
        fa: "به یورو در ماه، برای نمونه 550 یا 550.50.",
    }
    LAST_HUUR = "last_huur" {
        nl: "Huur",
        en: "Rent",
        ar: "الإيجار",
        ti: "ክራይ",
        tr: "Kira",
        fa: "اجاره",
    }
    LAST_ENERGIE = "last_energie" {
        nl: "Gas en stroom",
        en: "Gas and electricity",
        ar: "الغاز والكهرباء",
        ti: "ጋዝን ኤሌክትሪክን",
        tr: "Gaz ve elektrik",
        fa: "گاز و برق",
    }
    LAST_WATER = "last_water" {
        nl: "Water",
        en: "Water",
        ar: "الماء",
        ti: "ማይ",
        tr: "Su",
        fa: "آب",
    }
    LAST_ZORG = "last_zorg" {
        nl: "Zorgverzekering",
        en: "Health insurance",
        ar: "التأمين الصحي",
        ti: "መድሕን ጥዕና",
        tr: "Sağlık sigortası",
        fa: "بیمه درمانی",
    }
    LAST_EXTRA = "last_extra" {
        nl: "Andere afspraken",
        en: "Other agreed payments",
        ar: "مدفوعات أخرى متفق عليها",
        ti: "ካልኦት ስምምዓት ክፍሊት",
        tr: "Diğer anlaşmalı ödemeler",
        fa: "پرداخت‌های توافقی دیگر",
    }
    AAN_VERHUURDER = "aan_verhuurder" {
        nl: "aan de verhuurder",
        en: "to the landlord",
        ar: "إلى المؤجر",
        ti: "ናብ ወናኒ ገዛ",
        tr: "ev sahibine",
        fa: "به صاحب‌خانه",
    }
    AAN_ENERGIE = "aan_energie" {
        nl: "aan het energiebedrijf",
        en: "to the energy company",
        ar: "إلى شركة الطاقة",
        ti: "ናብ ትካል ጸዓት",
        tr: "enerji şirketine",
        fa: "به شرکت انرژی",
    }
    AAN_WATER = "aan_water" {
        nl: "aan het waterbedrijf",
        en: "to the water company",
        ar: "إلى شركة المياه",
        ti: "ናብ ትካል ማይ",
        tr: "su şirketine",
        fa: "به شرکت آب",
    }
    AAN_ZORG = "aan_zorg" {
        nl: "aan de zorgverzekeraar",
        en: "to the health insurer",
        ar: "إلى شركة التأمين الصحي",
        ti: "ናብ ትካል መድሕን ጥዕና",
        tr: "sağlık sigortacısına",
        fa: "به شرکت بیمه درمانی",
    }
    AAN_EXTRA = "aan_extra" {
        nl: "zoals met u afgesproken",
        en: "as agreed with you",
        ar: "كما اتُّفق معك",
        ti: "ከምቲ ምሳኹም ዝተሰማማዕናዮ",
        tr: "sizinle anlaşıldığı gibi",
        fa: "طبق توافق با شما",
    }
    VERBLIJF_ASIEL = "verblijf_asiel" {
        nl: "Asielvergunning (ook nareizigers)",
        en: "Asylum permit (also family reunification)",
        ar: "تصريح لجوء (ويشمل لمّ الشمل)",
        ti: "ፍቓድ ዑቕባ (ናይ ስድራ ምጥርናፍ እውን)",
        tr: "İltica izni (aile birleşimiyle gelenler de)",
        fa: "اجازه پناهندگی (شامل پیوستن خانواده)",
    }
    VERBLIJF_GEZIN_ASIEL = "verblijf_gezin_asiel" {
        nl: "Gezinslid van iemand met een asielvergunning",
        en: "Family member of someone with an asylum permit",
        ar: "فرد من عائلة شخص لديه تصريح لجوء",
        ti: "ኣባል ስድራ ናይ ፍቓድ ዑቕባ ዘለዎ ሰብ",
        tr: "İltica izni olan birinin aile üyesi",
        fa: "عضو خانواده کسی که اجازه پناهندگی دارد",
    }
    VERBLIJF_GEZIN = "verblijf_gezin" {
        nl: "Gezinsmigratie (u woont bij uw partner of familie)",
        en: "Family migration (you live with your partner or family)",
        ar: "هجرة عائلية (تعيش مع شريكك أو عائلتك)",
        ti: "ስደት ስድራ (ምስ መጻምድትኹም ወይ ስድራኹም ትነብሩ)",
        tr: "Aile göçü (partnerinizle veya ailenizle yaşıyorsunuz)",
        fa: "مهاجرت خانوادگی (با همسر یا خانواده خود زندگی می‌کنید)",
    }
    VERBLIJF_GEESTELIJK = "verblijf_geestelijk" {
        nl: "Geestelijk bedienaar (bijvoorbeeld imam of predikant)",
        en: "Religious minister (for example imam or pastor)",
        ar: "رجل دين (مثل إمام أو قسّ)",
        ti: "መራሒ ሃይማኖት (ንኣብነት ኢማም ወይ ካህን)",
        tr: "Din görevlisi (örneğin imam veya papaz)",
        fa: "روحانی (برای نمونه امام یا کشیش)",
    }
    VERBLIJF_REGULIER = "verblijf_regulier" {
        nl: "Een andere vergunning voor langere tijd",
        en: "Another permit for a longer stay",
        ar: "تصريح آخر لإقامة طويلة",
        ti: "ካልእ ፍቓድ ንነዊሕ ግዜ",
        tr: "Daha uzun kalmak için başka bir izin",
        fa: "اجازه دیگری برای اقامت طولانی",
    }
    VERBLIJF_TIJDELIJK = "verblijf_tijdelijk" {
        nl: "Een tijdelijke vergunning (studie, werk, kennismigrant)",
        en: "A temporary permit (study, work, highly skilled migrant)",
        ar: "تصريح مؤقت (دراسة، عمل، مهاجر ذو مهارات عالية)",
        ti: "ግዝያዊ ፍቓድ (ትምህርቲ፡ ስራሕ፡ ክኢላ ሰራሕተኛ)",
        tr: "Geçici izin (eğitim, çalışma, nitelikli göçmen)",
        fa: "اجازه موقت (تحصیل، کار، مهاجر متخصص)",
    }
    VERBLIJF_EU = "verblijf_eu" {
        nl: "Gezinslid van iemand uit de EU, de EER of Zwitserland",
        en: "Family member of someone from the EU, the EEA or Switzerland",
        ar: "فرد من عائلة شخص من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا",
        ti: "ኣባል ስድራ ናይ ሰብ ካብ ኤውሮጳዊ ሕብረት፡ ቁጠባዊ ዞባ ኤውሮጳ ወይ ስዊዘርላንድ",
        tr: "AB, AEA veya İsviçre'den birinin aile üyesi",
        fa: "عضو خانواده کسی از اتحادیه اروپا، منطقه اقتصادی اروپا یا سوئیس",
    }
    VERBLIJF_ASIELZOEKER = "verblijf_asielzoeker" {
        nl: "Ik wacht nog op een besluit over mijn asielaanvraag",
        en: "I am still waiting for a decision on my asylum application",
        ar: "ما زلت أنتظر قرارًا بشأن طلب لجوئي",
        ti: "ገና ውሳነ ሕቶ ዑቕባይ እጽበ ኣለኹ",
        tr: "Sığınma başvurum hakkında hâlâ karar bekliyorum",
        fa: "هنوز منتظر تصمیم درباره درخواست پناهندگی‌ام هستم",
    }
    VERBLIJF_GEEN = "verblijf_geen" {
        nl: "Ik heb geen verblijfsvergunning",
        en: "I do not have a residence permit",
        ar: "ليس لدي تصريح إقامة",
        ti: "ፍቓድ መንበሪ የብለይን",
        tr: "Oturma iznim yok",
        fa: "اجازه اقامت ندارم",
    }
    LAND_SY = "land_sy" { nl: "Syrië", en: "Syria", ar: "سوريا", ti: "ሶርያ", tr: "Suriye", fa: "سوریه" }
    LAND_ER = "land_er" { nl: "Eritrea", en: "Eritrea", ar: "إريتريا", ti: "ኤርትራ", tr: "Eritre", fa: "اریتره" }
    LAND_AF = "land_af" { nl: "Afghanistan", en: "Afghanistan", ar: "أفغانستان", ti: "ኣፍጋኒስታን", tr: "Afganistan", fa: "افغانستان" }
    LAND_TR = "land_tr" { nl: "Turkije", en: "Turkey", ar: "تركيا", ti: "ቱርኪ", tr: "Türkiye", fa: "ترکیه" }
    LAND_IR = "land_ir" { nl: "Iran", en: "Iran", ar: "إيران", ti: "ኢራን", tr: "İran", fa: "ایران" }
    LAND_IQ = "land_iq" { nl: "Irak", en: "Iraq", ar: "العراق", ti: "ዒራቕ", tr: "Irak", fa: "عراق" }
    LAND_YE = "land_ye" { nl: "Jemen", en: "Yemen", ar: "اليمن", ti: "የመን", tr: "Yemen", fa: "یمن" }
    LAND_SO = "land_so" { nl: "Somalië", en: "Somalia", ar: "الصومال", ti: "ሶማልያ", tr: "Somali", fa: "سومالی" }
    LAND_MA = "land_ma" { nl: "Marokko", en: "Morocco", ar: "المغرب", ti: "ሞሮኮ", tr: "Fas", fa: "مراکش" }
    LAND_UA = "land_ua" { nl: "Oekraïne", en: "Ukraine", ar: "أوكرانيا", ti: "ዩክሬን", tr: "Ukrayna", fa: "اوکراین" }
    LAND_PL = "land_pl" { nl: "Polen", en: "Poland", ar: "بولندا", ti: "ፖላንድ", tr: "Polonya", fa: "لهستان" }
    LAND_DE = "land_de" { nl: "Duitsland", en: "Germany", ar: "ألمانيا", ti: "ጀርመን", tr: "Almanya", fa: "آلمان" }
    LAND_XX = "land_xx" {
        nl: "Staatloos, onbekend of een ander land (buiten de EU, EER en Zwitserland)",
        en: "Stateless, unknown or another country (outside the EU, EEA and Switzerland)",
        ar: "عديم الجنسية أو غير معروف أو بلد آخر (خارج الاتحاد الأوروبي والمنطقة الاقتصادية الأوروبية وسويسرا)",
        ti: "ዜግነት ዘይብሉ፡ ዘይፍለጥ ወይ ካልእ ሃገር (ካብ ኤውሮጳዊ ሕብረት፡ ቁጠባዊ ዞባ ኤውሮጳን ስዊዘርላንድን ወጻኢ)",
        tr: "Vatansız, bilinmiyor veya başka bir ülke (AB, AEA ve İsviçre dışında)",
        fa: "بی‌تابعیت، نامعلوم یا کشوری دیگر (خارج از اتحادیه اروپا، منطقه اقتصادی اروپا و سوئیس)",
    }
    KOP_RESULTAAT = "kop_resultaat" {
        nl: "Uw advies",
        en: "Your advice",
        ar: "نصيحتك",
        ti: "ምኽርኹም",
        tr: "Tavsiyeniz",
        fa: "توصیه شما",
    }
    KOP_BUDGET = "kop_budget" {
        nl: "Welke rekeningen de gemeente van uw bijstand betaalt",
        en: "Which bills the municipality pays from your social assistance",
        ar: "الفواتير التي تدفعها البلدية من مساعدتك الاجتماعية",
        ti: "ምምሕዳር ከተማ ካብ ማሕበራዊ ሓገዝኩም እንታይ ሕሳባት ይኸፍል",
        tr: "Belediyenin sosyal yardımınızdan ödediği faturalar",
        fa: "قبض‌هایی که شهرداری از کمک اجتماعی شما می‌پردازد",
    }
    WACHT = "wacht" {
        nl: "Vul de vragen hierboven in. Dan ziet u hier het resultaat.",
        en: "Fill in the questions above. The result will appear here.",
        ar: "املأ الأسئلة أعلاه. ستظهر النتيجة هنا.",
        ti: "ነቶም ኣብ ላዕሊ ዘለዉ ሕቶታት ምልኡ። ውጽኢቱ ኣብዚ ክርአ እዩ።",
        tr: "Yukarıdaki soruları doldurun. Sonuç burada görünecek.",
        fa: "پرسش‌های بالا را پر کنید. نتیجه اینجا نمایش داده می‌شود.",
    }
    NOG_NODIG = "nog_nodig" {
        nl: "Nog nodig: {0}",
        en: "Still needed: {0}",
        ar: "ما زال مطلوبًا: {0}",
        ti: "ገና ዘድሊ: {0}",
        tr: "Hâlâ gerekli: {0}",
        fa: "هنوز لازم است: {0}",
    }
    PLICHTIG = "plichtig" {
        nl: "U moet inburgeren.",
        en: "You have to integrate.",
        ar: "يجب عليك الاندماج.",
        ti: "ክትዋሃሃዱ ትግደዱ ኢኹም።",
        tr: "Uyum sağlamak zorundasınız.",
        fa: "شما باید دوره ادغام را بگذرانید.",
    }
    NIET_PLICHTIG = "niet_plichtig" {
        nl: "U hoeft niet in te burgeren.",
        en: "You do not have to integrate.",
        ar: "لست ملزمًا بالاندماج.",
        ti: "ክትዋሃሃዱ ኣይትግደዱን ኢኹም።",
        tr: "Uyum sağlamak zorunda değilsiniz.",
        fa: "لازم نیست دوره ادغام را بگذرانید.",
    }
    WET_WI2013 = "wet_wi2013" {
        nl: "Voor u geldt de oude wet: de Wet inburgering 2013.",
        en: "The old law applies to you: the Civic Integration Act 2013.",
        ar: "ينطبق عليك القانون القديم: قانون الاندماج لعام 2013.",
        ti: "ንዓኹም እቲ ናይ ቀደም ሕጊ ይምልከተኩም: ሕጊ ምውህሃድ 2013።",
        tr: "Sizin için eski yasa geçerlidir: 2013 Uyum Yasası.",
        fa: "برای شما قانون قدیم اعمال می‌شود: قانون ادغام 2013.",
    }
    ROUTE_ADVIES = "route_advies" {
        nl: "Het advies is: {0}.",
        en: "The advice is: {0}.",
        ar: "النصيحة هي: {0}.",
        ti: "እቲ ምኽሪ: {0}።",
        tr: "Tavsiye: {0}.",
        fa: "توصیه: {0}.",
    }
    ROUTE_OOK = "route_ook" {
        nl: "Ook mogelijk: {0}.",
        en: "Also possible: {0}.",
        ar: "ممكن أيضًا: {0}.",
        ti: "ከምኡ'ውን ይከኣል: {0}።",
        tr: "Bu da mümkün: {0}.",
        fa: "این هم ممکن است: {0}.",
    }
    ROUTE_NOG_NIET = "route_nog_niet" {
        nl: "Welke route past, weten we na de leerbaarheidstoets.",
        en: "Which route fits will be known after the learnability test.",
        ar: "سنعرف المسار المناسب بعد اختبار القدرة على التعلم.",
        ti: "ኣየናይ መገዲ ከም ዝሰማማዕ ድሕሪ ፈተና ክእለት ምምሃር ክንፈልጥ ኢና።",
        tr: "Hangi yolun uygun olduğu öğrenebilirlik testinden sonra belli olur.",
        fa: "مسیر مناسب پس از آزمون یادگیری‌پذیری مشخص می‌شود.",
    }
    ROUTE_B1 = "route_b1" {
        nl: "de B1-route (taal op niveau B1 en een examen)",
        en: "the B1 route (language at level B1 and an exam)",
        ar: "مسار B1 (اللغة بمستوى B1 وامتحان)",
        ti: "መገዲ B1 (ቋንቋ ብደረጃ B1ን ፈተናን)",
        tr: "B1 yolu (B1 seviyesinde dil ve bir sınav)",
        fa: "مسیر B1 (زبان در سطح B1 و یک آزمون)",
    }
    ROUTE_ONDERWIJS = "route_onderwijs" {
        nl: "de onderwijsroute (een schakeltraject naar het mbo, hbo of de universiteit)",
        en: "the education route (a bridging programme to mbo, hbo or university)",
        ar: "مسار الدراسة (برنامج تمهيدي إلى mbo أو hbo أو الجامعة)",
        ti: "መገዲ ትምህርቲ (መሰጋገሪ መደብ ናብ mbo፡ hbo ወይ ዩኒቨርሲቲ)",
        tr: "eğitim yolu (mbo, hbo veya üniversiteye hazırlık programı)",
        fa: "مسیر تحصیلی (دوره آمادگی برای mbo، hbo یا دانشگاه)",
    }
    ROUTE_Z = "route_z" {
        nl: "de zelfredzaamheidsroute (Z-route: taal en meedoen in uw eigen tempo)",
        en: "the self-reliance route (Z route: language and taking part at your own pace)",
        ar: "مسار الاعتماد على الذات (مسار Z، أي اللغة والمشاركة حسب وتيرتك)",
        ti: "መገዲ ርእሰ-ምኽኣል (መገዲ Z: ቋንቋን ተሳትፎን ብናትኩም ፍጥነት)",
        tr: "kendi kendine yetebilme yolu (Z yolu: kendi hızınızda dil ve katılım)",
        fa: "مسیر خودکفایی (مسیر Z، یعنی زبان و مشارکت با سرعت خودتان)",
    }
    KOP_DATUMS = "kop_datums" {
        nl: "Belangrijke datums",
        en: "Important dates",
        ar: "تواريخ مهمة",
        ti: "ኣገደስቲ ዕለታት",
        tr: "Önemli tarihler",
        fa: "تاریخ‌های مهم",
    }
    DATUM_PIP = "datum_pip" {
        nl: "Uiterlijk {0}: uw PIP moet klaar zijn.",
        en: "No later than {0}: your PIP must be ready.",
        ar: "في موعد أقصاه {0}: يجب أن تكون خطتك PIP جاهزة.",
        ti: "ቅድሚ {0} ወይ ኣብኡ: PIP ክዳሎ ኣለዎ።",
        tr: "En geç {0}: PIP'iniz hazır olmalı.",
        fa: "حداکثر تا {0}: PIP شما باید آماده باشد.",
    }
    DATUM_TERMIJN = "datum_termijn" {
        nl: "Uiterlijk {0}: u moet klaar zijn met inburgeren (termijn van {2} jaar vanaf {1}).",
        en: "No later than {0}: you must have completed integration ({2}-year term from {1}).",
        ar: "في موعد أقصاه {0}: يجب أن تنهي الاندماج (مهلة {2} سنوات من {1}).",
        ti: "ቅድሚ {0} ወይ ኣብኡ: ምውህሃድ ክትውድኡ ኣለኩም (ግዜ ገደብ {2} ዓመት ካብ {1})።",
        tr: "En geç {0}: uyumu tamamlamış olmalısınız ({1} tarihinden itibaren {2} yıllık süre).",
        fa: "حداکثر تا {0}: باید ادغام را تمام کرده باشید (مهلت {2} ساله از {1}).",
    }
    DATUM_ROUTEWISSEL = "datum_routewissel" {
        nl: "Uiterlijk {0}: de laatste dag waarop de gemeente uw leerroute kan veranderen.",
        en: "No later than {0}: the last day on which the municipality can change your learning route.",
        ar: "في موعد أقصاه {0}: آخر يوم يمكن فيه للبلدية تغيير مسار التعلم الخاص بك.",
        ti: "ቅድሚ {0} ወይ ኣብኡ: ምምሕዳር ከተማ መገዲ ምምሃር ናትኩም ክቕይረሉ ዝኽእል ናይ መወዳእታ መዓልቲ።",
        tr: "En geç {0}: belediyenin öğrenme yolunuzu değiştirebileceği son gün.",
        fa: "حداکثر تا {0}: آخرین روزی که شهرداری می‌تواند مسیر یادگیری شما را تغییر دهد.",
    }
    DATUM_AOW = "datum_aow" {
        nl: "Op {0} bereikt u de AOW-leeftijd. Dan stopt de plicht om in te burgeren.",
        en: "On {0} you reach state pension (AOW) age. Then the obligation to integrate ends.",
        ar: "في {0} تبلغ سن التقاعد (AOW). عندها ينتهي واجب الاندماج.",
        ti: "ኣብ {0} ዕድመ ጡረታ (AOW) ትበጽሑ። ሽዑ ግዴታ ምውህሃድ ይውዳእ።",
        tr: "{0} tarihinde AOW (emeklilik) yaşına ulaşırsınız. O zaman uyum yükümlülüğü sona erer.",
        fa: "در {0} به سن بازنشستگی (AOW) می‌رسید. آنگاه الزام ادغام پایان می‌یابد.",
    }
    DATUM_ONTZORGEN = "datum_ontzorgen" {
        nl: "Van {0} tot en met {1} betaalt de gemeente uw vaste lasten uit uw bijstand (ontzorgen).",
        en: "From {0} up to and including {1} the municipality pays your fixed costs out of your social assistance (ontzorgen).",
        ar: "من {0} حتى {1} ضمنًا تدفع البلدية تكاليفك الثابتة من مساعدتك الاجتماعية (ontzorgen).",
        ti: "ካብ {0} ክሳብ {1} ሓዊሱ ምምሕዳር ከተማ ቀወምቲ ወጻኢታትኩም ካብ ማሕበራዊ ሓገዝኩም ይኸፍል (ontzorgen)።",
        tr: "{0} ile {1} (dahil) arasında belediye sabit giderlerinizi sosyal yardımınızdan öder (ontzorgen).",
        fa: "از {0} تا {1} (با احتساب هر دو) شهرداری هزینه‌های ثابت شما را از کمک اجتماعی‌تان می‌پردازد (ontzorgen).",
    }
    WAAROM = "waarom" {
        nl: "Waarom?",
        en: "Why?",
        ar: "لماذا؟",
        ti: "ስለምንታይ?",
        tr: "Neden?",
        fa: "چرا؟",
    }
    LEES_WET = "lees_wet" {
        nl: "Lees de wet: {0} (opent in een nieuw venster)",
        en: "Read the law: {0} (opens in a new window)",
        ar: "اقرأ القانون: {0} (يفتح في نافذة جديدة)",
        ti: "ነቲ ሕጊ ኣንብቡ: {0} (ኣብ ሓድሽ መስኮት ይኽፈት)",
        tr: "Yasayı okuyun: {0} (yeni pencerede açılır)",
        fa: "قانون را بخوانید: {0} (در پنجره‌ای تازه باز می‌شود)",
    }
    KOP_PERSPECTIEF = "kop_perspectief" {
        nl: "Wat de gemeente voor u kan doen",
        en: "What the municipality can do for you",
        ar: "ما يمكن أن تقدمه لك البلدية",
        ti: "ምምሕዳር ከተማ ንዓኹም ክገብሮ ዝኽእል",
        tr: "Belediyenin sizin için yapabilecekleri",
        fa: "آنچه شهرداری می‌تواند برای شما انجام دهد",
    }
    PERSPECTIEF_ALGEMEEN = "perspectief_algemeen" {
        nl: "Vraag de gemeente welke hulp er voor u is. U kunt ook naar VluchtelingenWerk of een rechtswinkel.",
        en: "Ask the municipality what help there is for you. You can also go to VluchtelingenWerk or a legal advice centre.",
        ar: "اسأل البلدية عن المساعدة المتاحة لك. يمكنك أيضًا التوجه إلى VluchtelingenWerk أو مكتب استشارات قانونية.",
        ti: "ንምምሕዳር ከተማ እንታይ ሓገዝ ከም ዘሎ ሕተቱ። ናብ VluchtelingenWerk ወይ ማእከል ሕጋዊ ምኽሪ'ውን ክትከዱ ትኽእሉ።",
        tr: "Belediyeye sizin için hangi yardımın olduğunu sorun. VluchtelingenWerk'e veya bir hukuki danışma merkezine de gidebilirsiniz.",
        fa: "از شهرداری بپرسید چه کمکی برای شما هست. می‌توانید به VluchtelingenWerk یا یک مرکز مشاوره حقوقی هم مراجعه کنید.",
    }
    KOLOM_BIJSTAND = "kolom_bijstand" {
        nl: "Bijstand",
        en: "Social assistance",
        ar: "المساعدة الاجتماعية",
        ti: "ማሕበራዊ ሓገዝ",
        tr: "Sosyal yardım",
        fa: "کمک اجتماعی",
    }
    KOLOM_GEMEENTE_BETAALT = "kolom_gemeente_betaalt" {
        nl: "De gemeente betaalt",
        en: "The municipality pays",
        ar: "تدفع البلدية",
        ti: "ምምሕዳር ከተማ ይኸፍል",
        tr: "Belediye öder",
        fa: "شهرداری می‌پردازد",
    }
    KOLOM_LEEFGELD = "kolom_leefgeld" {
        nl: "Leefgeld per maand",
        en: "Living money per month",
        ar: "مصروف المعيشة شهريًا",
        ti: "ገንዘብ መነባብሮ ኣብ ወርሒ",
        tr: "Aylık geçim parası",
        fa: "پول زندگی در ماه",
    }
    KOLOM_LEEFGELD_WEEK = "kolom_leefgeld_week" {
        nl: "Leefgeld per week",
        en: "Living money per week",
        ar: "مصروف المعيشة أسبوعيًا",
        ti: "ገንዘብ መነባብሮ ኣብ ሰሙን",
        tr: "Haftalık geçim parası",
        fa: "پول زندگی در هفته",
    }
    MAAND_VAN_TOT = "maand_van_tot" {
        nl: "{0} tot en met {1}",
        en: "{0} up to and including {1}",
        ar: "{0} حتى {1} ضمنًا",
        ti: "ካብ {0} ክሳብ {1} ሓዊሱ",
        tr: "{0} - {1} (dahil)",
        fa: "{0} تا {1} (با احتساب هر دو)",
    }
    TEKORT = "tekort" {
        nl: "Let op: uw vaste lasten zijn hoger dan uw bijstand. U houdt dan geen leefgeld over. Praat hier snel over met uw klantmanager.",
        en: "Warning: your fixed costs are higher than your social assistance. You would have no living money left. Talk to your case manager about this soon.",
        ar: "تنبيه: تكاليفك الثابتة أعلى من مساعدتك الاجتماعية. لن يبقى لك مصروف المعيشة. تحدث مع مسؤول الملف الخاص بك في أقرب وقت.",
        ti: "ተጠንቀቑ: ቀወምቲ ወጻኢታትኩም ካብ ማሕበራዊ ሓገዝኩም ይበዝሕ። ገንዘብ መነባብሮ ኣይተርፈኩምን። ብቕልጡፍ ምስ ሓላፊ ጉዳይኩም ተዘራረቡ።",
        tr: "Dikkat: sabit giderleriniz sosyal yardımınızdan yüksek. Geçim paranız kalmaz. Bunu en kısa zamanda vaka yöneticinizle konuşun.",
        fa: "هشدار: هزینه‌های ثابت شما از کمک اجتماعی‌تان بیشتر است. پول زندگی برای شما باقی نمی‌ماند. هرچه زودتر با مسئول پرونده خود صحبت کنید.",
    }
    INDICATIEF = "indicatief" {
        nl: "Dit is een advies, geen besluit. De gemeente en DUO beslissen. Niet gecontroleerd: ontheffingen, verlenging van de termijn en boetes.",
        en: "This is advice, not a decision. The municipality and DUO decide. Not checked: dispensations, extension of the term and fines.",
        ar: "هذه نصيحة وليست قرارًا. البلدية وDUO هما من يقرران. لم يتم التحقق من: الاستثناءات وتمديد المهلة والغرامات.",
        ti: "እዚ ምኽሪ እዩ፡ ውሳነ ኣይኮነን። ምምሕዳር ከተማን DUOን እዮም ዝውስኑ። ዘይተረጋገጸ: ፍሉይ ፍቓድ፡ ምንዋሕ ግዜ ገደብን መቕጻዕቲን።",
        tr: "Bu bir tavsiyedir, karar değildir. Belediye ve DUO karar verir. Kontrol edilmedi: istisnalar, sürenin uzatılması ve para cezaları.",
        fa: "این یک توصیه است، نه تصمیم. شهرداری و DUO تصمیم می‌گیرند. بررسی نشده: استثناها، تمدید مهلت و جریمه‌ها.",
    }
    AFDRUKKEN = "afdrukken" {
        nl: "Afdrukken",
        en: "Print",
        ar: "طباعة",
        ti: "ሕተሙ",
        tr: "Yazdır",
        fa: "چاپ",
    }
    OPSLAAN = "opslaan" {
        nl: "Opslaan in een bestand",
        en: "Save to a file",
        ar: "حفظ في ملف",
        ti: "ኣብ ፋይል ዕቀቡ",
        tr: "Dosyaya kaydet",
        fa: "ذخیره در فایل",
    }
    OPENEN = "openen" {
        nl: "Antwoorden openen uit een bestand",
        en: "Open answers from a file",
        ar: "فتح الإجابات من ملف",
        ti: "መልስታት ካብ ፋይል ክፈቱ",
        tr: "Cevapları dosyadan aç",
        fa: "باز کردن پاسخ‌ها از فایل",
    }
    AGENDA = "agenda" {
        nl: "Datums in mijn agenda (.ics)",
        en: "Dates in my calendar (.ics)",
        ar: "التواريخ في تقويمي (\u{2066}.ics\u{2069})",
        ti: "ዕለታት ኣብ ዓውደ-ኣዋርሐይ (.ics)",
        tr: "Tarihleri takvimime ekle (.ics)",
        fa: "تاریخ‌ها در تقویم من (\u{2066}.ics\u{2069})",
    }
    WIS = "wis" {
        nl: "Wis alles",
        en: "Clear everything",
        ar: "مسح كل شيء",
        ti: "ኩሉ ደምስሱ",
        tr: "Her şeyi temizle",
        fa: "پاک کردن همه",
    }
    KOP_ACTIES = "kop_acties" {
        nl: "Bewaren en delen (alleen als u dat wilt)",
        en: "Keep and share (only if you want to)",
        ar: "الحفظ والمشاركة (فقط إذا أردت)",
        ti: "ምዕቃብን ምክፋልን (እንተደሊኹም ጥራይ)",
        tr: "Saklayın ve paylaşın (sadece isterseniz)",
        fa: "نگه‌داری و اشتراک (فقط اگر بخواهید)",
    }
    GELADEN = "geladen" {
        nl: "Uw antwoorden zijn geladen.",
        en: "Your answers have been loaded.",
        ar: "تم تحميل إجاباتك.",
        ti: "መልስታትኩም ተጻዒኑ ኣሎ።",
        tr: "Cevaplarınız yüklendi.",
        fa: "پاسخ‌های شما بارگذاری شد.",
    }
    GEWIST = "gewist" {
        nl: "Alles is gewist.",
        en: "Everything has been cleared.",
        ar: "تم مسح كل شيء.",
        ti: "ኩሉ ተደምሲሱ።",
        tr: "Her şey temizlendi.",
        fa: "همه چیز پاک شد.",
    }
    GEMEENTE_FOUT = "gemeente_fout" {
        nl: "De instellingen van de gemeente konden niet worden gelezen. U ziet het algemene advies.",
        en: "The municipality's settings could not be read. You see the general advice.",
        ar: "تعذرت قراءة إعدادات البلدية. أنت ترى النصيحة العامة.",
        ti: "ናይ ምምሕዳር ከተማ ምድላዋት ክንበብ ኣይከኣለን። ሓፈሻዊ ምኽሪ ትርእዩ ኣለኹም።",
        tr: "Belediyenin ayarları okunamadı. Genel tavsiyeyi görüyorsunuz.",
        fa: "تنظیمات شهرداری خوانده نشد. توصیه عمومی را می‌بینید.",
    }
    TAAL_NIET_GELADEN = "taal_niet_geladen" {
        nl: "De taal {0} kon niet worden geladen. Probeer het later nog een keer.",
        en: "The language {0} could not be loaded. Please try again later.",
        ar: "تعذّر تحميل اللغة {0}. حاول مرة أخرى لاحقًا.",
        ti: "ቋንቋ {0} ክጽዓን ኣይከኣለን። ደሓር እንደገና ፈትኑ።",
        tr: "{0} dili yüklenemedi. Lütfen daha sonra tekrar deneyin.",
        fa: "زبان {0} بارگذاری نشد. لطفاً بعداً دوباره امتحان کنید.",
    }
    ANTWOORDEN = "antwoorden" {
        nl: "Uw antwoorden",
        en: "Your answers",
        ar: "إجاباتك",
        ti: "መልስታትኩም",
        tr: "Cevaplarınız",
        fa: "پاسخ‌های شما",
    }
    PEILDATUM = "peildatum" {
        nl: "Berekend op {0}.",
        en: "Calculated on {0}.",
        ar: "تم الحساب في {0}.",
        ti: "ኣብ {0} ተሰሊጡ።",
        tr: "{0} tarihinde hesaplandı.",
        fa: "محاسبه شده در {0}.",
    }
    KOP_OPEN = "kop_open" {
        nl: "Dit weten we nog niet",
        en: "What we do not know yet",
        ar: "ما لا نعرفه بعد",
        ti: "ገና ዘይፈለጥናዮ",
        tr: "Henüz bilmediklerimiz",
        fa: "آنچه هنوز نمی‌دانیم",
    }
    KOP_WAAROM = "kop_waarom" {
        nl: "Hoe komen we hierop?",
        en: "How did we get here?",
        ar: "كيف توصلنا إلى هذا؟",
        ti: "ከመይ ኢና ናብዚ በጺሕና?",
        tr: "Buna nasıl ulaştık?",
        fa: "چگونه به این نتیجه رسیدیم؟",
    }
    AANBIEDER = "aanbieder" {
        nl: "Door: {0}",
        en: "By: {0}",
        ar: "من خلال: {0}",
        ti: "ብ: {0}",
        tr: "Sağlayan: {0}",
        fa: "توسط: {0}",
    }
    EXTRA_OMSCHRIJVING = "extra_omschrijving" {
        nl: "Omschrijving van de inhouding",
        en: "Description of the withholding",
        ar: "وصف الاقتطاع",
        ti: "መግለጺ ናይቲ ዝተኸልአ ገንዘብ",
        tr: "Kesintinin açıklaması",
        fa: "شرح کسر از مبلغ",
    }
    EXTRA_BEDRAG = "extra_bedrag" {
        nl: "Bedrag per maand",
        en: "Amount per month",
        ar: "المبلغ شهريًا",
        ti: "መጠን ገንዘብ ኣብ ወርሒ",
        tr: "Aylık tutar",
        fa: "مبلغ ماهانه",
    }
    DATUM_PIP_VOORBIJ = "datum_pip_voorbij" {
        nl: "Voorbij: uw PIP moest uiterlijk {0} klaar zijn.",
        en: "Passed: your PIP had to be ready by {0} at the latest.",
        ar: "مضى هذا التاريخ: كان يجب أن تكون خطتك PIP جاهزة في موعد أقصاه {0}.",
        ti: "ዕለቱ ሓሊፉ: PIP ቅድሚ {0} ወይ ኣብኡ ክዳሎ ነይሩዎ።",
        tr: "Tarihi geçti: PIP'iniz en geç {0} tarihinde hazır olmalıydı.",
        fa: "گذشته است: PIP شما باید حداکثر تا {0} آماده می‌بود.",
    }
    DATUM_TERMIJN_VOORBIJ = "datum_termijn_voorbij" {
        nl: "Voorbij: u moest uiterlijk {0} klaar zijn met inburgeren (termijn van {2} jaar vanaf {1}).",
        en: "Passed: you had to complete integration by {0} at the latest ({2}-year term from {1}).",
        ar: "مضى هذا التاريخ: كان يجب أن تنهي الاندماج في موعد أقصاه {0} (مهلة {2} سنوات من {1}).",
        ti: "ዕለቱ ሓሊፉ: ቅድሚ {0} ወይ ኣብኡ ምውህሃድ ክትውድኡ ነይሩኩም (ግዜ ገደብ {2} ዓመት ካብ {1})።",
        tr: "Tarihi geçti: uyumu en geç {0} tarihinde tamamlamış olmalıydınız ({1} tarihinden itibaren {2} yıllık süre).",
        fa: "گذشته است: باید حداکثر تا {0} ادغام را تمام می‌کردید (مهلت {2} ساله از {1}).",
    }
    DATUM_ROUTEWISSEL_VOORBIJ = "datum_routewissel_voorbij" {
        nl: "Voorbij: tot en met {0} kon de gemeente uw leerroute veranderen.",
        en: "Passed: up to and including {0} the municipality could change your learning route.",
        ar: "مضى هذا التاريخ: كان بإمكان البلدية تغيير مسار التعلم الخاص بك حتى {0} ضمنًا.",
        ti: "ዕለቱ ሓሊፉ: ምምሕዳር ከተማ መገዲ ምምሃር ናትኩም ክሳብ {0} ሓዊሱ ክቕይሮ ይኽእል ነይሩ።",
        tr: "Tarihi geçti: belediye öğrenme yolunuzu {0} tarihine kadar (dahil) değiştirebilirdi.",
        fa: "گذشته است: شهرداری می‌توانست مسیر یادگیری شما را تا {0} (با احتساب همان روز) تغییر دهد.",
    }
    DATUM_ONTZORGEN_VOORBIJ = "datum_ontzorgen_voorbij" {
        nl: "Voorbij: van {0} tot en met {1} betaalde de gemeente uw vaste lasten uit uw bijstand (ontzorgen).",
        en: "Passed: from {0} up to and including {1} the municipality paid your fixed costs out of your social assistance (ontzorgen).",
        ar: "مضت هذه الفترة: من {0} حتى {1} ضمنًا دفعت البلدية تكاليفك الثابتة من مساعدتك الاجتماعية (ontzorgen).",
        ti: "ዕለቱ ሓሊፉ: ካብ {0} ክሳብ {1} ሓዊሱ ምምሕዳር ከተማ ቀወምቲ ወጻኢታትኩም ካብ ማሕበራዊ ሓገዝኩም ከፊሉ (ontzorgen)።",
        tr: "Tarihi geçti: {0} ile {1} (dahil) arasında belediye sabit giderlerinizi sosyal yardımınızdan ödedi (ontzorgen).",
        fa: "گذشته است: از {0} تا {1} (با احتساب هر دو) شهرداری هزینه‌های ثابت شما را از کمک اجتماعی‌تان پرداخت (ontzorgen).",
    }
    BEDRAG_IN_EURO = "bedrag_in_euro" {
        nl: "Vul een bedrag in euro in, bijvoorbeeld 550.",
        en: "Enter an amount in euros, for example 550.",
        ar: "أدخل مبلغًا باليورو، مثلًا 550.",
        ti: "መጠን ገንዘብ ብዩሮ ኣእትዉ፡ ንኣብነት 550።",
        tr: "Euro olarak bir tutar girin, örneğin 550.",
        fa: "مبلغی به یورو وارد کنید، مثلاً 550.",
    }
    ONGEDAAN_MAKEN = "ongedaan_maken" {
        nl: "Ongedaan maken",
        en: "Undo",
        ar: "تراجع",
        ti: "ናብ ዝነበሮ ምለስ",
        tr: "Geri al",
        fa: "بازگرداندن",
    }
    HERSTELD = "hersteld" {
        nl: "Uw antwoorden zijn terug.",
        en: "Your answers are back.",
        ar: "عادت إجاباتك.",
        ti: "መልስታትኩም ተመሊሶም።",
        tr: "Cevaplarınız geri geldi.",
        fa: "پاسخ‌های شما برگشت.",
    }
    KOLOM_NORM = "kolom_norm" {
        nl: "Bijstandsnorm met vakantietoeslag",
        en: "Social assistance standard amount including holiday allowance",
        ar: "معيار المساعدة الاجتماعية مع بدل العطلة",
        ti: "መለክዒ ማሕበራዊ ሓገዝ ምስ ክፍሊት ዕረፍቲ",
        tr: "Tatil ödeneğiyle birlikte sosyal yardım normu",
        fa: "نرم کمک اجتماعی با کمک‌هزینه تعطیلات",
    }
    KOLOM_VAKANTIETOESLAG = "kolom_vakantietoeslag" {
        nl: "Vakantietoeslag (apart gezet)",
        en: "Holiday allowance (set aside)",
        ar: "بدل العطلة (يُحتجز جانبًا)",
        ti: "ክፍሊት ዕረፍቲ (ተፈልዩ ዝተቐመጠ)",
        tr: "Tatil ödeneği (ayrılan)",
        fa: "کمک‌هزینه تعطیلات (کنار گذاشته)",
    }
    INDICATIEF_BUDGET = "indicatief_budget" {
        nl: "Dit is een berekening, geen besluit. De gemeente beslist.",
        en: "This is a calculation, not a decision. The municipality decides.",
        ar: "هذا حساب وليس قرارًا. البلدية هي التي تقرر.",
        ti: "እዚ ጸብጻብ እዩ፡ ውሳነ ኣይኮነን። ምምሕዳር ከተማ እዩ ዝውስን።",
        tr: "Bu bir hesaplamadır, karar değildir. Belediye karar verir.",
        fa: "این یک محاسبه است، نه تصمیم. شهرداری تصمیم می‌گیرد.",
    }
    AGENDA_GEMAAKT = "agenda_gemaakt" {
        nl: "Het agendabestand is gemaakt. Open het om de datums in uw agenda te zetten.",
        en: "The calendar file has been made. Open it to add the dates to your calendar.",
        ar: "تم إنشاء ملف التقويم. افتحه لإضافة التواريخ إلى تقويمك.",
        ti: "ፋይል ዓውደ-ኣዋርሕ ተሰሪሑ ኣሎ። ነቶም ዕለታት ኣብ ዓውደ-ኣዋርሕኩም ንምእታው ክፈትዎ።",
        tr: "Takvim dosyası oluşturuldu. Tarihleri takviminize eklemek için dosyayı açın.",
        fa: "فایل تقویم ساخته شد. آن را باز کنید تا تاریخ‌ها به تقویم شما اضافه شوند.",
    }
    AGENDA_LEEG = "agenda_leeg" {
        nl: "Er zijn geen datums die nog komen, dus er is geen agendabestand gemaakt.",
        en: "There are no dates still to come, so no calendar file was made.",
        ar: "لا توجد تواريخ قادمة، لذلك لم يُنشأ ملف تقويم.",
        ti: "ዝመጽእ ዕለት የለን፡ ስለዚ ፋይል ዓውደ-ኣዋርሕ ኣይተሰርሐን።",
        tr: "Henüz gelecek bir tarih yok, bu yüzden takvim dosyası oluşturulmadı.",
        fa: "تاریخ پیش رو وجود ندارد، بنابراین فایل تقویم ساخته نشد.",
    }
    DOEN_PIP = "doen_pip" {
        nl: "Maak een afspraak met de gemeente over uw PIP, als u die nog niet heeft.",
        en: "Make an appointment with the municipality about your PIP, if you do not have one yet.",
        ar: "حدّد موعدًا مع البلدية بشأن خطتك PIP إذا لم تكن لديك بعد.",
        ti: "PIP እንተዘይብልኩም፡ ምስ ምምሕዳር ከተማ ቆጸራ ግበሩ።",
        tr: "Henüz PIP'iniz yoksa belediyeden randevu alın.",
        fa: "اگر هنوز PIP ندارید، با شهرداری قرار بگذارید.",
    }
    DOEN_TERMIJN = "doen_termijn" {
        nl: "Haal vóór deze datum de examens van uw leerroute. Lukt dat niet? Vraag de gemeente op tijd om hulp.",
        en: "Pass the exams of your learning route before this date. If that does not work out, ask the municipality for help in time.",
        ar: "انجح في امتحانات مسار التعلم الخاص بك قبل هذا التاريخ. إذا لم تنجح، فاطلب المساعدة من البلدية في الوقت المناسب.",
        ti: "ቅድሚ እዚ ዕለት ፈተናታት መገዲ ምምሃር ናትኩም ሕለፉ። እንተዘይከኣልኩም፡ ብግዜኡ ንምምሕዳር ከተማ ሓገዝ ሕተቱ።",
        tr: "Bu tarihten önce öğrenme yolunuzun sınavlarını geçin. Olmazsa, zamanında belediyeden yardım isteyin.",
        fa: "پیش از این تاریخ در امتحان‌های مسیر یادگیری خود قبول شوید. اگر نشد، به‌موقع از شهرداری کمک بخواهید.",
    }
    DOEN_ROUTEWISSEL = "doen_routewissel" {
        nl: "Past uw leerroute niet? Vraag de gemeente vóór deze datum om een andere route.",
        en: "Does your learning route not suit you? Ask the municipality for another route before this date.",
        ar: "إذا لم يكن مسار التعلم الخاص بك مناسبًا لك، فاطلب من البلدية مسارًا آخر قبل هذا التاريخ.",
        ti: "መገዲ ምምሃር ናትኩም እንተዘይሰማምዓኩም፡ ቅድሚ እዚ ዕለት ንምምሕዳር ከተማ ካልእ መገዲ ሕተቱ።",
        tr: "Öğrenme yolunuz size uymuyor mu? Bu tarihten önce belediyeden başka bir yol isteyin.",
        fa: "مسیر یادگیری‌تان مناسب شما نیست؟ پیش از این تاریخ از شهرداری مسیر دیگری بخواهید.",
    }
    DOEN_ONTZORGEN = "doen_ontzorgen" {
        nl: "Spreek met de gemeente af hoe u daarna zelf uw vaste lasten betaalt.",
        en: "Agree with the municipality how you will then pay your fixed costs yourself.",
        ar: "اتفق مع البلدية على طريقة دفعك لتكاليفك الثابتة بنفسك بعد ذلك.",
        ti: "ድሕሪኡ ቀወምቲ ወጻኢታትኩም ባዕልኹም ከመይ ከም እትኸፍሉ ምስ ምምሕዳር ከተማ ተሰማምዑ።",
        tr: "Sonrasında sabit giderlerinizi kendiniz nasıl ödeyeceğinizi belediyeyle kararlaştırın.",
        fa: "با شهرداری توافق کنید که پس از آن هزینه‌های ثابت خود را چگونه خودتان بپردازید.",
    }
    MAANDEN_GELIJK = "maanden_gelijk" {
        nl: "Elke maand van {0} tot en met {1}",
        en: "Each month from {0} up to and including {1}",
        ar: "كل شهر من {0} حتى {1} ضمنًا",
        ti: "ነፍሲ ወከፍ ወርሒ ካብ {0} ክሳብ {1} ሓዊሱ",
        tr: "{0} ile {1} (dahil) arasında her ay",
        fa: "هر ماه از {0} تا {1} (با احتساب هر دو)",
    }
    NAKIJKEN = "nakijken" {
        nl: "Controleer uw antwoord bij deze vraag: {0}",
        en: "Please check your answer to this question: {0}",
        ar: "تحقق من إجابتك على هذا السؤال: {0}",
        ti: "ነዚ ሕቶ ዝሃብኩምዎ መልሲ ኣረጋግጹ: {0}",
        tr: "Bu sorudaki cevabınızı kontrol edin: {0}",
        fa: "پاسخ خود را به این پرسش بررسی کنید: {0}",
    }
    NAAR_VRAAG = "naar_vraag" { nl: "Naar de vraag", en: "Go to the question", ar: "انتقل إلى السؤال", ti: "ናብቲ ሕቶ ኪዱ", tr: "Soruya git", fa: "رفتن به پرسش" }
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
