//! The exam planner: the parts' names, the planner's explanations (lead times, costs, fines,
//! extensions, naturalisation) and the timeline's labels. Dutch at B1 level.

crate::teksten! {
    LEZEN = "lezen" { nl: "Lezen", en: "Reading", ar: "القراءة", ti: "ምንባብ", tr: "Okuma", fa: "خواندن" }
    LUISTEREN = "luisteren" { nl: "Luisteren", en: "Listening", ar: "الاستماع", ti: "ምስማዕ", tr: "Dinleme", fa: "شنیدن" }
    SCHRIJVEN = "schrijven" { nl: "Schrijven", en: "Writing", ar: "الكتابة", ti: "ምጽሓፍ", tr: "Yazma", fa: "نوشتن" }
    SPREKEN = "spreken" { nl: "Spreken", en: "Speaking", ar: "التحدث", ti: "ምዝራብ", tr: "Konuşma", fa: "صحبت کردن" }
    KNM = "knm" {
        nl: "Kennis van de Nederlandse maatschappij (KNM)",
        en: "Knowledge of Dutch society (KNM)",
        ar: "المعرفة بالمجتمع الهولندي (KNM)",
        ti: "ፍልጠት ብዛዕባ ሕብረተሰብ ሆላንድ (KNM)",
        tr: "Hollanda toplumu bilgisi (KNM)",
        fa: "شناخت جامعه هلند (KNM)",
    }
    ONA = "ona" {
        nl: "Oriëntatie op de Nederlandse arbeidsmarkt (ONA)",
        en: "Orientation on the Dutch labour market (ONA)",
        ar: "التعرف على سوق العمل الهولندي (ONA)",
        ti: "ምልላይ ዕዳጋ ስራሕ ሆላንድ (ONA)",
        tr: "Hollanda iş piyasasına yönelim (ONA)",
        fa: "آشنایی با بازار کار هلند (ONA)",
    }
    PVT = "pvt" {
        nl: "Participatieverklaringstraject (PVT)",
        en: "Participation statement programme (PVT)",
        ar: "برنامج إعلان المشاركة (PVT)",
        ti: "መደብ መግለጺ ተሳትፎ (PVT)",
        tr: "Katılım beyanı programı (PVT)",
        fa: "دوره بیانیه مشارکت (PVT)",
    }
    MAP = "map" {
        nl: "Module Arbeidsmarkt en Participatie (MAP)",
        en: "Labour market and participation module (MAP)",
        ar: "وحدة سوق العمل والمشاركة (MAP)",
        ti: "ሞጁል ዕዳጋ ስራሕን ተሳትፎን (MAP)",
        tr: "İş piyasası ve katılım modülü (MAP)",
        fa: "دوره بازار کار و مشارکت (MAP)",
    }
    Z_ROUTE = "z_route" {
        nl: "Z-route: lessen, activiteiten en eindgesprek",
        en: "Z-route: lessons, activities and final interview",
        ar: "مسار Z: الدروس والأنشطة والمقابلة الختامية",
        ti: "መገዲ Z: ትምህርትታት፡ ንጥፈታትን ናይ መወዳእታ ዘተን",
        tr: "Z-yolu: dersler, etkinlikler ve son görüşme",
        fa: "مسیر Z: کلاس‌ها، فعالیت‌ها و گفت‌وگوی پایانی",
    }
    TAALSCHAKELTRAJECT = "taalschakeltraject" {
        nl: "Taalschakeltraject (onderwijsroute)",
        en: "Language bridging programme (education route)",
        ar: "برنامج التأهيل اللغوي (مسار التعليم)",
        ti: "መደብ ቋንቋ መሰጋገሪ (መገዲ ትምህርቲ)",
        tr: "Dil geçiş programı (eğitim yolu)",
        fa: "دوره پل زبانی (مسیر تحصیلی)",
    }
    LEADTIJDEN = "plan_leadtijden" {
        nl: "Zo rekenen we: u meldt zich bij DUO aan meer dan {0} weken voor het examen (wij rekenen {1} weken). De uitslag duurt ongeveer {2} weken. Daarbij rekenen we {3} weken extra, voor de zekerheid. Deze data zijn een planning, geen wettelijke termijn.",
        en: "How we count: you register with DUO more than {0} weeks before the exam (we count {1} weeks). The result takes about {2} weeks. We add {3} weeks to be safe. These dates are a plan, not a legal deadline.",
        ar: "هكذا نحسب: تسجّل لدى DUO قبل الامتحان بأكثر من {0} أسابيع (نحسب {1} أسابيع). تستغرق النتيجة نحو {2} أسابيع. ونضيف {3} أسابيع للاحتياط. هذه التواريخ خطة، وليست مهلة قانونية.",
        ti: "ከምዚ ኢና ንቖጽር: ቅድሚ ፈተና ልዕሊ {0} ሰሙናት ኣብ DUO ትምዝገቡ (ንሕና {1} ሰሙናት ንቖጽር)። ውጽኢት ኣስታት {2} ሰሙናት ይወስድ። ንውሕስነት {3} ሰሙናት ንውስኽ። እዞም ዕለታት መደብ እዮም፡ ሕጋዊ ግዜ ኣይኮኑን።",
        tr: "Şöyle hesaplıyoruz: Sınavdan {0} haftadan daha önce DUO'ya kaydolursunuz (biz {1} hafta sayıyoruz). Sonuç yaklaşık {2} hafta sürer. Güvenlik için {3} hafta ekliyoruz. Bu tarihler bir plandır, yasal süre değildir.",
        fa: "این‌طور حساب می‌کنیم: بیش از {0} هفته پیش از امتحان نزد DUO ثبت‌نام می‌کنید (ما {1} هفته حساب می‌کنیم). نتیجه حدود {2} هفته طول می‌کشد. برای اطمینان {3} هفته اضافه می‌کنیم. این تاریخ‌ها یک برنامه‌اند، نه مهلت قانونی.",
    }
    TE_LAAT = "plan_te_laat" {
        nl: "Voor een onderdeel is de datum in de planning al voorbij. Meld u zo snel mogelijk aan en praat met de gemeente. Misschien kunt u extra tijd vragen (zie hieronder).",
        en: "For one part, the date in the plan has already passed. Register as soon as possible and talk to the municipality. You may be able to ask for extra time (see below).",
        ar: "لأحد الأجزاء، مضى التاريخ في الخطة. سجّل في أقرب وقت وتحدث مع البلدية. ربما يمكنك طلب وقت إضافي (انظر أدناه).",
        ti: "ንሓደ ክፋል፡ እቲ ዕለት ኣብቲ መደብ ሓሊፉ እዩ። ብቕልጡፍ ተመዝገቡን ምስ ምምሕዳር ከተማ ተዘራረቡን። ምናልባት ተወሳኺ ግዜ ክትሓቱ ትኽእሉ ኢኹም (ኣብ ታሕቲ ርኣዩ)።",
        tr: "Bir bölüm için plandaki tarih geçti. En kısa sürede kaydolun ve belediyeyle konuşun. Belki ek süre isteyebilirsiniz (aşağıya bakın).",
        fa: "برای یک بخش، تاریخ برنامه گذشته است. هر چه زودتر ثبت‌نام کنید و با شهرداری صحبت کنید. شاید بتوانید وقت اضافه بخواهید (پایین را ببینید).",
    }
    KOSTEN_GEMEENTE = "kosten_gemeente" {
        nl: "De gemeente betaalt uw cursus. Een examen kost {0} per keer. De eerste {1} keer per examen betaalt u niet.",
        en: "The municipality pays for your course. An exam costs {0} per attempt. You do not pay for the first {1} attempts per exam.",
        ar: "تدفع البلدية تكلفة دورتك. يكلف الامتحان {0} في كل مرة. لا تدفع أول {1} مرات لكل امتحان.",
        ti: "ምምሕዳር ከተማ ንኮርስኹም ይኸፍል። ፈተና ንሓንሳእ {0} ይኸፍል። ነተን ቀዳሞት {1} ፈተነታት ነፍሲ ወከፍ ፈተና ኣይትኸፍሉን።",
        tr: "Belediye kursunuzu öder. Bir sınav her deneme için {0} tutar. Her sınavın ilk {1} denemesi için ödeme yapmazsınız.",
        fa: "شهرداری هزینه دوره شما را می‌پردازد. هر بار امتحان {0} هزینه دارد. برای {1} بار اول هر امتحان پولی نمی‌پردازید.",
    }
    KOSTEN_ZELF = "kosten_zelf" {
        nl: "U betaalt de cursus en de examens zelf. Een examen kost {0} per keer. U kunt geld lenen bij DUO, hoogstens {1}. Hoeveel hangt af van uw inkomen.",
        en: "You pay for the course and the exams yourself. An exam costs {0} per attempt. You can borrow money from DUO, at most {1}. How much depends on your income.",
        ar: "تدفع تكلفة الدورة والامتحانات بنفسك. يكلف الامتحان {0} في كل مرة. يمكنك اقتراض المال من DUO، {1} كحد أقصى. يعتمد المبلغ على دخلك.",
        ti: "ንኮርስን ፈተናታትን ባዕልኹም ትኸፍሉ። ፈተና ንሓንሳእ {0} ይኸፍል። ካብ DUO ገንዘብ ክትልቅሑ ትኽእሉ፡ ብዝበዝሐ {1}። ክንደይ ከም ዝኸውን ኣብ እቶትኩም ይምርኮስ።",
        tr: "Kursu ve sınavları kendiniz ödersiniz. Bir sınav her deneme için {0} tutar. DUO'dan en fazla {1} borç alabilirsiniz. Miktar gelirinize bağlıdır.",
        fa: "هزینه دوره و امتحان‌ها را خودتان می‌پردازید. هر بار امتحان {0} هزینه دارد. می‌توانید از DUO وام بگیرید، حداکثر {1}. مبلغ آن به درآمد شما بستگی دارد.",
    }
    NIEUWE_TERMIJN = "nieuwe_termijn" {
        nl: "Krijgt u een boete? Dan krijgt u een nieuwe termijn van hoogstens {0} jaar. Bent u dan nog niet klaar, dan kan DUO elke {0} jaar opnieuw een boete geven.",
        en: "If you get a fine, you get a new term of at most {0} years. If you are still not finished then, DUO can fine you again every {0} years.",
        ar: "إذا حصلت على غرامة، تحصل على مهلة جديدة لا تزيد على {0} سنوات. إذا لم تنتهِ بعدها، يمكن لـ DUO فرض غرامة جديدة كل {0} سنوات.",
        ti: "መቕጻዕቲ እንተ ረኺብኩም፡ ሓድሽ ግዜ ብዝበዝሐ {0} ዓመት ትረኽቡ። ሽዑ እውን እንተ ዘይወዳእኩም፡ DUO ኣብ ነፍሲ ወከፍ {0} ዓመት ደጊሙ መቕጻዕቲ ክህብ ይኽእል።",
        tr: "Para cezası alırsanız en fazla {0} yıllık yeni bir süre alırsınız. O zaman da bitirmezseniz DUO her {0} yılda bir yeniden ceza verebilir.",
        fa: "اگر جریمه شوید، یک مهلت تازه حداکثر {0} ساله می‌گیرید. اگر باز هم تمام نکنید، DUO می‌تواند هر {0} سال دوباره جریمه کند.",
    }
    BOETE_WI2013 = "boete_wi2013" {
        nl: "Bent u niet op tijd klaar? Dan kan DUO een boete geven van hoogstens {0}. Daarna krijgt u nieuwe tijd.",
        en: "If you are not finished in time, DUO can give a fine of at most {0}. After that you get new time.",
        ar: "إذا لم تنتهِ في الوقت، يمكن لـ DUO فرض غرامة لا تزيد على {0}. بعد ذلك تحصل على وقت جديد.",
        ti: "ብግዜ እንተ ዘይወዳእኩም፡ DUO ብዝበዝሐ {0} መቕጻዕቲ ክህብ ይኽእል። ድሕሪኡ ሓድሽ ግዜ ትረኽቡ።",
        tr: "Zamanında bitirmezseniz DUO en fazla {0} para cezası verebilir. Ondan sonra yeni süre alırsınız.",
        fa: "اگر به موقع تمام نکنید، DUO می‌تواند حداکثر {0} جریمه کند. پس از آن وقت تازه می‌گیرید.",
    }
    RECHTSPRAAK_ASIEL = "rechtspraak_asiel" {
        nl: "Let op: na een uitspraak van de Raad van State van 9 juli 2025 geeft DUO asielstatushouders geen boete en vraagt DUO de lening niet terug.",
        en: "Note: after a ruling of the Council of State of 9 July 2025, DUO does not fine asylum status holders and does not ask for the loan back.",
        ar: "ملاحظة: بعد حكم مجلس الدولة في 9 يوليو 2025 لا تفرض DUO غرامات على حاملي إقامة اللجوء ولا تطالب باسترداد القرض.",
        ti: "ኣስተውዕሉ: ድሕሪ ውሳነ ባይቶ መንግስቲ ናይ 9 ሓምለ 2025፡ DUO ንተቐበልቲ ዑቕባ መቕጻዕቲ ኣይህብን ነቲ ልቓሕ እውን ኣይሓትን።",
        tr: "Not: Danıştay'ın 9 Temmuz 2025 kararından sonra DUO, sığınma statüsü sahiplerine para cezası vermiyor ve krediyi geri istemiyor.",
        fa: "توجه: پس از رأی شورای دولتی در ۹ ژوئیه ۲۰۲۵، DUO دارندگان اقامت پناهندگی را جریمه نمی‌کند و وام را پس نمی‌خواهد.",
    }
    VERLENGING_INSPANNINGEN = "verlenging_inspanningen" {
        nl: "Extra tijd, kans groot: {0} maanden, vaak vanzelf. Dat kan als u alle lessen volgde, 2 van de 4 taalexamens en KNM haalde, en PVT en MAP afrondde.",
        en: "Extra time, good chance: {0} months, often automatically. This is possible if you followed all lessons, passed 2 of the 4 language exams and KNM, and completed PVT and MAP.",
        ar: "وقت إضافي، فرصة كبيرة: {0} أشهر، غالبًا تلقائيًا. هذا ممكن إذا حضرت كل الدروس، ونجحت في 2 من 4 امتحانات لغة وفي KNM، وأنهيت PVT وMAP.",
        ti: "ተወሳኺ ግዜ፡ ዕድል ዓቢ: {0} ኣዋርሕ፡ ብዙሕ ግዜ ባዕሉ። እዚ ዝከኣል ኩሉ ትምህርቲ እንተ ተኸታቲልኩም፡ 2 ካብ 4 ፈተናታት ቋንቋን KNMን እንተ ሓሊፍኩም፡ PVTን MAPን እንተ ወዲእኩም እዩ።",
        tr: "Ek süre, yüksek olasılık: {0} ay, çoğu zaman kendiliğinden. Tüm derslere katıldıysanız, 4 dil sınavından 2'sini ve KNM'yi geçtiyseniz, PVT ve MAP'i tamamladıysanız mümkündür.",
        fa: "وقت اضافه، احتمال زیاد: {0} ماه، اغلب خودبه‌خود. این ممکن است اگر در همه کلاس‌ها شرکت کرده باشید، ۲ از ۴ امتحان زبان و KNM را قبول شده باشید و PVT و MAP را تمام کرده باشید.",
    }
    VERLENGING_NIET_VERWIJTBAAR = "verlenging_niet_verwijtbaar" {
        nl: "Extra tijd, kans hangt af van uw bewijs: als het niet uw schuld is. Bijvoorbeeld ziekte, een bevalling, de dood van een familielid, geen woning, of een cursus lezen en schrijven. Vraag het aan bij DUO, niet eerder dan 6 maanden voor het einde. DUO beslist binnen 8 weken.",
        en: "Extra time, the chance depends on your proof: if it is not your fault. For example illness, giving birth, the death of a family member, no home, or a reading and writing course. Apply to DUO, not earlier than 6 months before the end. DUO decides within 8 weeks.",
        ar: "وقت إضافي، الفرصة تعتمد على إثباتك: إذا لم يكن ذلك خطأك. مثلًا المرض أو الولادة أو وفاة أحد أفراد العائلة أو عدم وجود سكن أو دورة قراءة وكتابة. قدّم الطلب لدى DUO، ليس قبل 6 أشهر من النهاية. تقرر DUO خلال 8 أسابيع.",
        ti: "ተወሳኺ ግዜ፡ ዕድል ኣብ መረጋገጺኹም ይምርኮስ: ጌጋኹም እንተ ዘይኮይኑ። ንኣብነት ሕማም፡ ሕርሲ፡ ሞት ኣባል ስድራ፡ ገዛ ዘይምህላው፡ ወይ ኮርስ ምንባብን ምጽሓፍን። ካብ 6 ኣዋርሕ ቅድሚ መወዳእታ ዘይቅድም ኣብ DUO ሕተቱ። DUO ኣብ ውሽጢ 8 ሰሙናት ይውስን።",
        tr: "Ek süre, olasılık kanıtınıza bağlıdır: sizin suçunuz değilse. Örneğin hastalık, doğum, bir aile üyesinin ölümü, evsizlik veya okuma yazma kursu. DUO'ya başvurun, sürenin bitmesinden en erken 6 ay önce. DUO 8 hafta içinde karar verir.",
        fa: "وقت اضافه، احتمال به مدرک شما بستگی دارد: اگر تقصیر شما نباشد. مثلاً بیماری، زایمان، مرگ یکی از اعضای خانواده، نداشتن خانه، یا دوره خواندن و نوشتن. از DUO درخواست کنید، نه زودتر از ۶ ماه پیش از پایان. DUO ظرف ۸ هفته تصمیم می‌گیرد.",
    }
    VERLENGING_NIET_OPGETELD = "verlenging_niet_opgeteld" {
        nl: "Reken niet op extra tijd. De data in uw planning gaan uit van uw termijn zonder verlenging.",
        en: "Do not count on extra time. The dates in your plan assume your term without an extension.",
        ar: "لا تعتمد على وقت إضافي. التواريخ في خطتك مبنية على مهلتك بدون تمديد.",
        ti: "ኣብ ተወሳኺ ግዜ ኣይትጸግዑ። እቶም ዕለታት ኣብ መደብኩም ብዘይ ምንዋሕ ግዜኹም እዮም ዝተቖጽሩ።",
        tr: "Ek süreye güvenmeyin. Planınızdaki tarihler, uzatma olmadan sürenize göredir.",
        fa: "روی وقت اضافه حساب نکنید. تاریخ‌های برنامه شما بر پایه مهلت بدون تمدید است.",
    }
    NATURALISATIE = "naturalisatie" {
        nl: "Nederlander worden (naturalisatie): u kunt dit op zijn vroegst op {0} aanvragen. U moet {1} jaar in Nederland wonen met een verblijfsvergunning, en uw inburgeringsdiploma hebben.",
        en: "Becoming Dutch (naturalisation): you can apply on {0} at the earliest. You must have lived in the Netherlands with a residence permit for {1} years, and have your integration diploma.",
        ar: "الحصول على الجنسية الهولندية (التجنس): يمكنك التقديم في {0} على أقرب تقدير. يجب أن تكون قد عشت في هولندا بتصريح إقامة {1} سنوات، وأن تملك شهادة الاندماج.",
        ti: "ሆላንዳዊ ምዃን (ዜግነት): ብዝቐልጠፈ ብ {0} ክትሓቱ ትኽእሉ። {1} ዓመት ብፍቓድ መንበሪ ኣብ ሆላንድ ክትነብሩን ዲፕሎማ ምጽንባር ክህልወኩምን ኣለዎ።",
        tr: "Hollandalı olmak (vatandaşlığa geçiş): en erken {0} tarihinde başvurabilirsiniz. Oturma izniyle {1} yıl Hollanda'da yaşamış olmanız ve uyum diplomanızın olması gerekir.",
        fa: "هلندی شدن (تابعیت): زودترین تاریخ درخواست شما {0} است. باید {1} سال با اجازه اقامت در هلند زندگی کرده باشید و دیپلم ادغام داشته باشید.",
    }
    NATURALISATIE_ONBEKEND = "naturalisatie_onbekend" {
        nl: "Nederlander worden (naturalisatie): daarvoor moet u {0} jaar in Nederland wonen met een verblijfsvergunning, en een inburgeringsdiploma hebben. Wanneer dat kan, weten we nog niet.",
        en: "Becoming Dutch (naturalisation): you must have lived in the Netherlands with a residence permit for {0} years, and have an integration diploma. We do not know yet when that will be.",
        ar: "الحصول على الجنسية الهولندية (التجنس): يجب أن تكون قد عشت في هولندا بتصريح إقامة {0} سنوات، وأن تملك شهادة الاندماج. لا نعرف بعد متى سيكون ذلك.",
        ti: "ሆላንዳዊ ምዃን (ዜግነት): {0} ዓመት ብፍቓድ መንበሪ ኣብ ሆላንድ ክትነብሩን ዲፕሎማ ምጽንባር ክህልወኩምን ኣለዎ። መዓስ ከም ዝኸውን ገና ኣይንፈልጥን።",
        tr: "Hollandalı olmak (vatandaşlığa geçiş): oturma izniyle {0} yıl Hollanda'da yaşamış olmanız ve bir uyum diplomanızın olması gerekir. Bunun ne zaman olacağını henüz bilmiyoruz.",
        fa: "هلندی شدن (تابعیت): باید {0} سال با اجازه اقامت در هلند زندگی کرده باشید و دیپلم ادغام داشته باشید. هنوز نمی‌دانیم این کی ممکن است.",
    }
    NATURALISATIE_Z = "naturalisatie_z" {
        nl: "Let op: het certificaat van de Z-route en een ontheffing zijn niet genoeg om Nederlander te worden. Daarvoor moet u ook de examens op niveau A2 halen, en {0} jaar in Nederland wonen.",
        en: "Note: the Z-route certificate and an exemption (ontheffing) are not enough to become Dutch. For that you must also pass the exams at level A2, and live in the Netherlands for {0} years.",
        ar: "ملاحظة: شهادة مسار Z والإعفاء (ontheffing) لا يكفيان للحصول على الجنسية الهولندية. لذلك يجب أن تنجح أيضًا في الامتحانات بمستوى A2، وأن تعيش في هولندا {0} سنوات.",
        ti: "ኣስተውዕሉ: ሰርቲፊኬት መገዲ Z ከምኡውን ምሕዳግ (ontheffing) ሆላንዳዊ ንምዃን ኣይኣኽሉን። ንዕኡ ፈተናታት ብደረጃ A2 ክትሓልፉን {0} ዓመት ኣብ ሆላንድ ክትነብሩን ኣለኩም።",
        tr: "Not: Z-yolu sertifikası ve muafiyet (ontheffing) Hollandalı olmak için yeterli değildir. Bunun için A2 seviyesinde sınavları da geçmeniz ve {0} yıl Hollanda'da yaşamanız gerekir.",
        fa: "توجه: گواهی مسیر Z و معافیت (ontheffing) برای هلندی شدن کافی نیستند. برای آن باید امتحان‌های سطح A2 را هم قبول شوید و {0} سال در هلند زندگی کنید.",
    }
    NATURALISATIE_ASIEL = "naturalisatie_asiel" {
        nl: "Heeft u een asielvergunning? Dan telt de tijd meestal vanaf uw asielaanvraag. Misschien kunt u dus eerder. Vraag het de gemeente.",
        en: "Do you have an asylum permit? Then the time usually counts from your asylum application. So you may be able to apply earlier. Ask the municipality.",
        ar: "هل لديك تصريح لجوء؟ عندها يُحسب الوقت عادةً من تاريخ طلب اللجوء. لذلك ربما يمكنك التقديم أبكر. اسأل البلدية.",
        ti: "ፍቓድ ዑቕባ ኣለኩም ዶ? ሽዑ እቲ ግዜ መብዛሕትኡ ካብ ሕቶ ዑቕባኹም እዩ ዝቑጸር። ስለዚ ምናልባት ቀልጢፍኩም ክትሓቱ ትኽእሉ። ንምምሕዳር ከተማ ሕተቱ።",
        tr: "Sığınma izniniz mi var? O zaman süre genellikle sığınma başvurunuzdan itibaren sayılır. Yani belki daha erken başvurabilirsiniz. Belediyeye sorun.",
        fa: "اجازه اقامت پناهندگی دارید؟ در این صورت زمان معمولاً از درخواست پناهندگی شما حساب می‌شود. پس شاید بتوانید زودتر درخواست کنید. از شهرداری بپرسید.",
    }
    KOP_PLAN = "kop_plan" { nl: "Uw planning", en: "Your plan", ar: "خطتك", ti: "መደብኩም", tr: "Planınız", fa: "برنامه شما" }
    VANDAAG = "vandaag" { nl: "Vandaag", en: "Today", ar: "اليوم", ti: "ሎሚ", tr: "Bugün", fa: "امروز" }
    EINDE_TERMIJN = "einde_termijn" {
        nl: "Einde van uw termijn",
        en: "End of your term",
        ar: "نهاية مهلتك",
        ti: "መወዳእታ ግዜኹም",
        tr: "Sürenizin sonu",
        fa: "پایان مهلت شما",
    }
    EERST_AANMELDEN = "eerst_aanmelden" {
        nl: "Meld u uiterlijk {0} aan voor het examen {1}.",
        en: "Register by {0} at the latest for the exam {1}.",
        ar: "سجّل للامتحان {1} في موعد أقصاه {0}.",
        ti: "ንፈተና {1} ክሳብ {0} ተመዝገቡ።",
        tr: "{1} sınavı için en geç {0} tarihinde kaydolun.",
        fa: "برای امتحان {1} حداکثر تا {0} ثبت‌نام کنید.",
    }
    EERST_AFRONDEN = "eerst_afronden" {
        nl: "Rond {1} uiterlijk {0} af.",
        en: "Complete {1} by {0} at the latest.",
        ar: "أنهِ {1} في موعد أقصاه {0}.",
        ti: "{1} ክሳብ {0} ወድኡ።",
        tr: "{1} bölümünü en geç {0} tarihinde tamamlayın.",
        fa: "{1} را حداکثر تا {0} تمام کنید.",
    }
    ALLES_BEHAALD = "alles_behaald" {
        nl: "U heeft alle onderdelen gehaald.",
        en: "You have completed all parts.",
        ar: "لقد أنهيت كل الأجزاء.",
        ti: "ኩሎም ክፋላት ወዲእኩም ኣለኹም።",
        tr: "Tüm bölümleri tamamladınız.",
        fa: "همه بخش‌ها را تمام کرده‌اید.",
    }
    AANMELDEN_VOOR = "aanmelden_voor" {
        nl: "Aanmelden: {0}",
        en: "Register: {0}",
        ar: "التسجيل: {0}",
        ti: "ምምዝጋብ: {0}",
        tr: "Kayıt: {0}",
        fa: "ثبت‌نام: {0}",
    }
    EXAMEN_VOOR = "examen_voor" { nl: "Examen: {0}", en: "Exam: {0}", ar: "الامتحان: {0}", ti: "ፈተና: {0}", tr: "Sınav: {0}", fa: "امتحان: {0}" }
    KLAAR_VOOR = "klaar_voor" { nl: "Klaar: {0}", en: "Done: {0}", ar: "الإنهاء: {0}", ti: "ምውዳእ: {0}", tr: "Bitiş: {0}", fa: "پایان: {0}" }
    BEHAALD = "behaald" { nl: "gehaald", en: "done", ar: "تم", ti: "ተወዲኡ", tr: "tamam", fa: "انجام شد" }
    VOORBIJ = "voorbij" { nl: "voorbij", en: "past", ar: "مضى", ti: "ሓሊፉ", tr: "geçti", fa: "گذشته" }
    TE_LAAT_KORT = "te_laat_kort" { nl: "te laat", en: "too late", ar: "متأخر", ti: "ደንጕዩ", tr: "geç kaldı", fa: "دیر شده" }
    IK_HEB_GEHAALD = "ik_heb_gehaald" {
        nl: "Wat heeft u al gehaald?",
        en: "What have you already completed?",
        ar: "ما الذي أنهيته بالفعل؟",
        ti: "እንታይ ወዲእኩም ኣለኹም?",
        tr: "Neleri zaten tamamladınız?",
        fa: "چه بخش‌هایی را قبلاً تمام کرده‌اید؟",
    }
}
