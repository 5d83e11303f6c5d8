//! The exam planner: the parts' names, the planner's explanations (lead times, costs, fines,
//! extensions, naturalisation) and the timeline's labels. Dutch at B1 level.

crate::teksten! {
    LEZEN = "lezen" { nl: "Lezen", en: "Reading", ar: "القراءة", ti: "ምንባብ", tr: "Okuma", fa: "خواندن" }
    LUISTEREN = "luisteren" { nl: "Luisteren", en: "Listening", ar: "الاستماع", ti: "ምስማዕ", tr: "Dinleme", fa: "شنیدن" }
    SCHRIJVEN = "schrijven" { nl: "Schrijven", en: "Writing", ar: "الكتابة", ti: "ምጽሓፍ", tr: "Yazma", fa: "نوشتن" }
    SPREKEN = "spreken" { nl: "Spreken", en: "Speaking", ar: "التحدث", ti: "ምዝራብ", tr: "Konuşma", fa: "صحبت کردن" }
    KNM = "knm" { nl: "KNM", en: "KNM", ar: "KNM", ti: "KNM", tr: "KNM", fa: "KNM" }
    ONA = "ona" { nl: "ONA", en: "ONA", ar: "ONA", ti: "ONA", tr: "ONA", fa: "ONA" }
    PVT = "pvt" { nl: "PVT", en: "PVT", ar: "PVT", ti: "PVT", tr: "PVT", fa: "PVT" }
    MAP = "map" { nl: "MAP", en: "MAP", ar: "MAP", ti: "MAP", tr: "MAP", fa: "MAP" }
    Z_ROUTE = "z_route" { nl: "Z-route", en: "Z route", ar: "مسار Z", ti: "መገዲ Z", tr: "Z yolu", fa: "مسیر Z" }
    TAALSCHAKELTRAJECT = "taalschakeltraject" {
        nl: "Taalschakeltraject",
        en: "Bridging course",
        ar: "برنامج تأهيل لغوي",
        ti: "መሰጋገሪ ቋንቋ",
        tr: "Dil geçiş programı",
        fa: "دوره پل زبانی",
    }
    LEADTIJDEN = "plan_leadtijden" {
        nl: "Zo rekenen we: aanmelden meer dan {0} weken voor het examen (wij nemen {1}), de uitslag duurt ongeveer {2} weken, en {3} weken extra voor de zekerheid. Dit is een planning, geen wettelijke termijn.",
        en: "How we count: register more than {0} weeks before the exam (we take {1}), the result takes about {2} weeks, and {3} weeks extra to be safe. This is a plan, not a legal term.",
        ar: "هكذا نحسب: التسجيل قبل الامتحان بأكثر من {0} أسابيع (نأخذ {1})، والنتيجة تستغرق نحو {2} أسابيع، و{3} أسابيع إضافية للاحتياط. هذه خطة، وليست مهلة قانونية.",
        ti: "ከምዚ ኢና ንቖጽር: ቅድሚ ፈተና ልዕሊ {0} ሰሙናት ምምዝጋብ (ንሕና {1} ንወስድ)፡ ውጽኢት ኣስታት {2} ሰሙናት፡ ንውሕስነት ድማ {3} ሰሙናት ተወሳኺ። እዚ መደብ እዩ፡ ሕጋዊ ግዜ ገደብ ኣይኮነን።",
        tr: "Şöyle hesaplıyoruz: sınavdan {0} haftadan önce kayıt (biz {1} alıyoruz), sonuç aşağı yukarı {2} hafta sürer ve güvenlik için {3} hafta ek. Bu bir plandır, yasal süre değildir.",
        fa: "این‌طور حساب می‌کنیم: ثبت‌نام بیش از {0} هفته پیش از امتحان (ما {1} می‌گیریم)، نتیجه حدود {2} هفته، و {3} هفته اضافه برای اطمینان. این یک برنامه است، نه مهلت قانونی.",
    }
    STAATSEXAMEN_NT2 = "plan_staatsexamen_nt2" {
        nl: "Taalexamens op B1 zijn Staatsexamens NT2. Gelden de tijden van DUO daar ook? Dat is niet zeker. Vraag het DUO.",
        en: "Language exams at B1 are State Exams NT2. Do DUO's times apply there too? That is not certain. Ask DUO.",
        ar: "امتحانات اللغة على مستوى B1 هي امتحانات الدولة NT2. هل تنطبق مواعيد DUO عليها أيضًا؟ هذا غير مؤكد. اسأل DUO.",
        ti: "ፈተናታት ቋንቋ ኣብ B1 ፈተናታት መንግስቲ NT2 እዮም። ግዜታት DUO ኣብኡ እውን ይሰርሑ ድዮም? እዚ ርግጸኛ ኣይኮነን። ንDUO ሕተቱ።",
        tr: "B1 düzeyindeki dil sınavları Devlet Sınavı NT2'dir. DUO'nun zamanları orada da geçerli mi? Bu kesin değil. DUO'ya sorun.",
        fa: "امتحان‌های زبان در سطح B1 امتحان‌های دولتی NT2 هستند. آیا زمان‌های DUO آنجا هم صدق می‌کند؟ این قطعی نیست. از DUO بپرسید.",
    }
    UITSLAG_A2_LANGER = "plan_uitslag_a2_langer" {
        nl: "DUO meldde op {0}: de uitslag van Schrijven A2 en Spreken A2 duurt nu tot {1} weken.",
        en: "DUO announced on {0}: the result of Writing A2 and Speaking A2 now takes up to {1} weeks.",
        ar: "أعلنت DUO في {0}: نتيجة الكتابة A2 والتحدث A2 تستغرق الآن حتى {1} أسبوعًا.",
        ti: "DUO ብ{0} ኣፍሊጡ: ውጽኢት ምጽሓፍ A2ን ምዝራብ A2ን ሕጂ ክሳብ {1} ሰሙናት ይወስድ።",
        tr: "DUO {0} tarihinde bildirdi: Yazma A2 ve Konuşma A2 sonucu şimdi {1} haftaya kadar sürüyor.",
        fa: "DUO در {0} اعلام کرد: نتیجه نوشتن A2 و صحبت کردن A2 اکنون تا {1} هفته طول می‌کشد.",
    }
    TE_LAAT = "plan_te_laat" {
        nl: "Een datum in uw planning is al voorbij. Meld u zo snel mogelijk aan en praat met de gemeente.",
        en: "A date in your plan has already passed. Register as soon as possible and talk to the municipality.",
        ar: "مضى تاريخ في خطتك. سجّل في أقرب وقت وتحدث مع البلدية.",
        ti: "ሓደ ዕለት ኣብ መደብኩም ሓሊፉ እዩ። ብቕልጡፍ ተመዝገቡን ምስ ምምሕዳር ከተማ ተዘራረቡን።",
        tr: "Planınızdaki bir tarih geçti. Mümkün olan en kısa zamanda kaydolun ve belediyeyle konuşun.",
        fa: "تاریخی در برنامه شما گذشته است. هر چه زودتر ثبت‌نام کنید و با شهرداری صحبت کنید.",
    }
    KOSTEN_GEMEENTE = "kosten_gemeente" {
        nl: "De gemeente betaalt uw cursus. Een examen kost {0} per keer. De eerste {1} keer per examen betaalt u niet. Maar wel als u het examen doet op een lager niveau dan in uw plan (PIP) staat.",
        en: "The municipality pays for your course. An exam costs {0} per attempt. You do not pay for the first {1} attempts per exam. But you do pay if you take the exam at a lower level than your plan (PIP) says.",
        ar: "تدفع البلدية تكلفة دورتك. يكلف الامتحان {0} في كل مرة. لا تدفع أول {1} مرات لكل امتحان. لكنك تدفع إذا قدمت الامتحان بمستوى أدنى من المستوى المكتوب في خطتك (PIP).",
        ti: "ምምሕዳር ከተማ ንኮርስኹም ይኸፍል። ፈተና ንሓንሳእ {0} ይኸፍል። ነተን ቀዳሞት {1} ፈተነታት ነፍሲ ወከፍ ፈተና ኣይትኸፍሉን። ግን ፈተና ኣብ ትሕቲ እቲ ኣብ መደብኩም (PIP) ተጻሒፉ ዘሎ ደረጃ እንተ ወሲድኩም ትኸፍሉ።",
        tr: "Belediye kursunuzu öder. Bir sınav her deneme için {0} tutar. Her sınavın ilk {1} denemesi için ödeme yapmazsınız. Ama sınava planınızda (PIP) yazan seviyeden daha düşük bir seviyede girerseniz ödersiniz.",
        fa: "شهرداری هزینه دوره شما را می‌پردازد. هر بار امتحان {0} هزینه دارد. برای {1} بار اول هر امتحان پولی نمی‌پردازید. اما اگر امتحان را در سطحی پایین‌تر از سطح نوشته‌شده در برنامه شما (PIP) بدهید، باید بپردازید.",
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
        nl: "Na een boete krijgt u hoogstens {0} jaar nieuwe tijd. Daarna kan elke {0} jaar een nieuwe boete komen.",
        en: "After a fine you get at most {0} years of new time. After that a new fine can follow every {0} years.",
        ar: "بعد الغرامة تحصل على {0} سنوات جديدة كحد أقصى. بعدها قد تأتي غرامة جديدة كل {0} سنوات.",
        ti: "ድሕሪ መቕጻዕቲ ብዝበዝሐ {0} ዓመት ሓድሽ ግዜ ትረኽቡ። ድሕሪኡ ኣብ ነፍሲ ወከፍ {0} ዓመት ሓድሽ መቕጻዕቲ ክመጽእ ይኽእል።",
        tr: "Para cezasından sonra en fazla {0} yıl yeni zaman alırsınız. Sonra her {0} yılda yeni bir ceza gelebilir.",
        fa: "پس از جریمه حداکثر {0} سال وقت تازه می‌گیرید. پس از آن هر {0} سال جریمه تازه‌ای ممکن است.",
    }
    BOETE_WI2013 = "boete_wi2013" {
        nl: "Bent u niet op tijd klaar? Dan kan DUO een boete geven van hoogstens {0}. Daarna krijgt u nieuwe tijd.",
        en: "If you are not finished in time, DUO can give a fine of at most {0}. After that you get new time.",
        ar: "إذا لم تنتهِ في الوقت، يمكن لـ DUO فرض غرامة لا تزيد على {0}. بعد ذلك تحصل على وقت جديد.",
        ti: "ብግዜ እንተ ዘይወዳእኩም፡ DUO ብዝበዝሐ {0} መቕጻዕቲ ክህብ ይኽእል። ድሕሪኡ ሓድሽ ግዜ ትረኽቡ።",
        tr: "Zamanında bitirmezseniz DUO en fazla {0} para cezası verebilir. Ondan sonra yeni zaman alırsınız.",
        fa: "اگر به موقع تمام نکنید، DUO می‌تواند حداکثر {0} جریمه کند. پس از آن وقت تازه می‌گیرید.",
    }
    VERLENGING_INSPANNINGEN = "verlenging_inspanningen" {
        nl: "Extra tijd, kans groot: {0} maanden, vaak vanzelf, als u alle lessen volgde, 2 taalexamens en KNM haalde, en PVT en MAP afrondde.",
        en: "Extra time, good chance: {0} months, often automatically, if you followed all lessons, passed 2 language exams and KNM, and completed PVT and MAP.",
        ar: "وقت إضافي، فرصة كبيرة: {0} أشهر، غالبًا تلقائيًا، إذا حضرت كل الدروس ونجحت في امتحانَي لغة وفي KNM وأنهيت PVT وMAP.",
        ti: "ተወሳኺ ግዜ፡ ዕድል ዓቢ: {0} ኣዋርሕ፡ ብዙሕ ግዜ ባዕሉ፡ ኩሉ ትምህርቲ እንተ ተኸታቲልኩም፡ 2 ፈተናታት ቋንቋን KNMን እንተ ሓሊፍኩም፡ PVTን MAPን እንተ ወዲእኩም።",
        tr: "Ek zaman, yüksek olasılık: {0} ay, çoğu zaman kendiliğinden; tüm derslere katıldıysanız, 2 dil sınavını ve KNM'yi geçtiyseniz, PVT ve MAP'i bitirdiyseniz.",
        fa: "وقت اضافه، احتمال زیاد: {0} ماه، اغلب خودبه‌خود، اگر در همه کلاس‌ها بوده‌اید، 2 امتحان زبان و KNM را قبول شده‌اید و PVT و MAP را تمام کرده‌اید.",
    }
    VERLENGING_INSPANNINGEN_UREN = "verlenging_inspanningen_uren" {
        nl: "Extra tijd, kans groot: {0} maanden, vaak vanzelf, als u minstens {1} uur les volgde, 2 taalexamens en KNM haalde, en PVT en MAP afrondde.",
        en: "Extra time, good chance: {0} months, often automatically, if you followed at least {1} hours of lessons, passed 2 language exams and KNM, and completed PVT and MAP.",
        ar: "وقت إضافي، فرصة كبيرة: {0} أشهر، غالبًا تلقائيًا، إذا حضرت {1} ساعة من الدروس على الأقل، ونجحت في امتحانَي لغة وفي KNM وأنهيت PVT وMAP.",
        ti: "ተወሳኺ ግዜ፡ ዕድል ዓቢ: {0} ኣዋርሕ፡ ብዙሕ ግዜ ባዕሉ፡ እንተ ወሓደ {1} ሰዓት ትምህርቲ እንተ ተኸታቲልኩም፡ 2 ፈተናታት ቋንቋን KNMን እንተ ሓሊፍኩም፡ PVTን MAPን እንተ ወዲእኩም።",
        tr: "Ek zaman, yüksek olasılık: {0} ay, çoğu zaman kendiliğinden; en az {1} saat derse katıldıysanız, 2 dil sınavını ve KNM'yi geçtiyseniz, PVT ve MAP'i bitirdiyseniz.",
        fa: "وقت اضافه، احتمال زیاد: {0} ماه، اغلب خودبه‌خود، اگر دست‌کم {1} ساعت در کلاس بوده‌اید، 2 امتحان زبان و KNM را قبول شده‌اید و PVT و MAP را تمام کرده‌اید.",
    }
    OUDE_BOETE_VERVALT = "oude_boete_vervalt" {
        nl: "Kreeg u al een boete van DUO? Of moet u uw lening van DUO terugbetalen? Ook als dat besluit al vaststaat, kan het vervallen. Dat zegt de Raad van State op 18 februari 2026. Vraag het aan DUO.",
        en: "Did you already get a fine from DUO? Or must you pay back your loan from DUO? Even if that decision is already final, it can be cancelled. The Council of State said so on 18 February 2026. Ask DUO.",
        ar: "هل حصلت بالفعل على غرامة من DUO؟ أو يجب عليك سداد قرضك من DUO؟ حتى لو كان هذا القرار نهائيًا، يمكن أن يُلغى. هذا ما قاله مجلس الدولة في 18 فبراير 2026. اسأل DUO.",
        ti: "ድሮ ካብ DUO መቕጻዕቲ ረኺብኩም ዶ? ወይ ልቓሕኩም ናብ DUO ክትመልሱ ኣለኩም ዶ? እቲ ውሳነ ድሮ ናይ መወዳእታ እንተኾይኑ እውን ክስረዝ ይኽእል። ባይቶ መንግስቲ (Raad van State) ብ 18 ለካቲት 2026 ከምኡ ኢሉ። ንDUO ሕተቱ።",
        tr: "DUO'dan zaten para cezası aldınız mı? Ya da DUO'dan aldığınız borcu geri ödemeniz mi gerekiyor? Bu karar kesinleşmiş olsa bile iptal edilebilir. Danıştay (Raad van State) 18 Şubat 2026'da bunu söyledi. DUO'ya sorun.",
        fa: "آیا از DUO جریمه گرفته‌اید؟ یا باید وام خود را به DUO پس بدهید؟ حتی اگر آن تصمیم قطعی شده باشد، ممکن است لغو شود. شورای دولتی (Raad van State) در 18 فوریه 2026 این را گفت. از DUO بپرسید.",
    }
    VERLENGING_NIET_VERWIJTBAAR = "verlenging_niet_verwijtbaar" {
        nl: "Extra tijd als het niet uw schuld is, zoals ziekte, een bevalling of geen woning. De kans hangt af van uw bewijs. Vraag het bij DUO, vanaf 6 maanden voor het einde.",
        en: "Extra time if it is not your fault, such as illness, giving birth or no home. The chance depends on your proof. Ask DUO, from 6 months before the end.",
        ar: "وقت إضافي إذا لم يكن ذلك خطأك، مثل المرض أو الولادة أو عدم وجود سكن. الفرصة تعتمد على إثباتك. اطلبه من DUO، ابتداءً من 6 أشهر قبل النهاية.",
        ti: "ተወሳኺ ግዜ ጌጋኹም እንተ ዘይኮይኑ፡ ከም ሕማም፡ ሕርሲ ወይ ገዛ ዘይምህላው። ዕድሉ ኣብ መረጋገጺኹም ይምርኮስ። ካብ 6 ኣዋርሕ ቅድሚ መወዳእታ ኣብ DUO ሕተቱ።",
        tr: "Sizin suçunuz değilse ek zaman; örneğin hastalık, doğum veya evsizlik. Olasılık kanıtınıza bağlıdır. Bitişten 6 ay önceden itibaren DUO'ya başvurun.",
        fa: "وقت اضافه اگر تقصیر شما نباشد، مثل بیماری، زایمان یا نداشتن خانه. احتمال به مدرک شما بستگی دارد. از 6 ماه پیش از پایان از DUO بخواهید.",
    }
    VERLENGING_NIET_OPGETELD = "verlenging_niet_opgeteld" {
        nl: "Reken niet op extra tijd. De data in uw planning gaan uit van uw termijn zonder verlenging.",
        en: "Do not count on extra time. The dates in your plan assume your term without an extension.",
        ar: "لا تعتمد على وقت إضافي. التواريخ في خطتك مبنية على مهلتك بدون تمديد.",
        ti: "ኣብ ተወሳኺ ግዜ ኣይትጸግዑ። እቶም ዕለታት ኣብ መደብኩም ብዘይ ምንዋሕ ግዜ ገደብኩም እዮም ዝተቖጽሩ።",
        tr: "Ek süreye güvenmeyin. Planınızdaki tarihler, uzatma olmadan sürenize göredir.",
        fa: "روی وقت اضافه حساب نکنید. تاریخ‌های برنامه شما بر پایه مهلت بدون تمدید است.",
    }
    NATURALISATIE = "naturalisatie" {
        nl: "Nederlander worden: aanvragen kan op zijn vroegst op {0}. Daarvoor moet u {1} jaar hier wonen met een vergunning en uw inburgeringsdiploma hebben.",
        en: "Becoming Dutch: you can apply on {0} at the earliest. You must have lived here with a permit for {1} years and have your integration diploma.",
        ar: "الحصول على الجنسية الهولندية: يمكنك التقديم في {0} على أقرب تقدير. يجب أن تعيش هنا بتصريح {1} سنوات وأن تملك شهادة الاندماج.",
        ti: "ሆላንዳዊ ምዃን: ብዝቐልጠፈ ብ {0} ክትሓቱ ትኽእሉ። {1} ዓመት ብፍቓድ ኣብዚ ክትነብሩን ዲፕሎማ ምውህሃድ ክህልወኩምን ኣለዎ።",
        tr: "Hollandalı olmak: en erken {0} tarihinde başvurabilirsiniz. İzinle {1} yıl burada yaşamış olmanız ve uyum diplomanızın olması gerekir.",
        fa: "هلندی شدن: زودترین تاریخ درخواست {0} است. باید {1} سال با اجازه اقامت اینجا زندگی کرده باشید و دیپلم ادغام داشته باشید.",
    }
    NATURALISATIE_Z = "naturalisatie_z" {
        nl: "Let op: het certificaat van de Z-route of een ontheffing is niet genoeg om Nederlander te worden. Daarvoor zijn ook examens op niveau A2 nodig en {0} jaar wonen hier.",
        en: "Note: the Z route certificate or a dispensation is not enough to become Dutch. That also needs exams at level A2 and {0} years living here.",
        ar: "ملاحظة: شهادة مسار Z أو الاستثناء لا يكفي للحصول على الجنسية. يلزم أيضًا النجاح في امتحانات بمستوى A2 والعيش هنا {0} سنوات.",
        ti: "ኣስተውዕሉ: ሰርቲፊኬት መገዲ Z ወይ ፍሉይ ፍቓድ ሆላንዳዊ ንምዃን ኣይኣኽልን። ፈተናታት ብደረጃ A2ን {0} ዓመት ኣብዚ ምንባርን እውን የድልዩ።",
        tr: "Not: Z yolu sertifikası veya istisna Hollandalı olmak için yetmez. A2 seviyesinde sınavlar ve burada {0} yıl yaşamak da gerekir.",
        fa: "توجه: گواهی مسیر Z یا استثنا برای هلندی شدن کافی نیست. امتحان‌های سطح A2 و {0} سال زندگی در اینجا هم لازم است.",
    }
    NATURALISATIE_ASIEL = "naturalisatie_asiel" {
        nl: "Heeft u een asielvergunning? Dan telt de tijd meestal vanaf uw asielaanvraag. Misschien kunt u dus eerder. Vraag het de gemeente.",
        en: "Do you have an asylum permit? Then the time usually counts from your asylum application. So you may be able to apply earlier. Ask the municipality.",
        ar: "هل لديك تصريح لجوء؟ عندها يُحسب الوقت عادةً من تاريخ طلب اللجوء. لذلك ربما يمكنك التقديم أبكر. اسأل البلدية.",
        ti: "ፍቓድ ዑቕባ ኣለኩም ዶ? ሽዑ እቲ ግዜ መብዛሕትኡ ካብ ሕቶ ዑቕባኹም እዩ ዝቑጸር። ስለዚ ምናልባት ቀልጢፍኩም ክትሓቱ ትኽእሉ። ንምምሕዳር ከተማ ሕተቱ።",
        tr: "Sığınma izniniz mi var? O zaman zaman genellikle sığınma başvurunuzdan itibaren sayılır. Yani belki daha erken başvurabilirsiniz. Belediyeye sorun.",
        fa: "اجازه اقامت پناهندگی دارید؟ در این صورت زمان معمولاً از درخواست پناهندگی شما حساب می‌شود. پس شاید بتوانید زودتر درخواست کنید. از شهرداری بپرسید.",
    }
    NATURALISATIE_KORTER = "naturalisatie_korter" {
        nl: "Bent u getrouwd met een Nederlander, of woont u al 3 jaar samen met een Nederlandse partner? Of woont u hier al 10 jaar of langer? Dan kan het soms eerder. Vraag het de gemeente.",
        en: "Are you married to a Dutch citizen, or have you lived with a Dutch partner for 3 years? Or have you lived here for 10 years or longer? Then it is sometimes possible earlier. Ask the municipality.",
        ar: "هل أنت متزوج من مواطن هولندي، أو تعيش منذ 3 سنوات مع شريك هولندي؟ أو تعيش هنا منذ 10 سنوات أو أكثر؟ عندها يمكن أحيانًا التقديم مبكرًا. اسأل البلدية.",
        ti: "ምስ ሆላንዳዊ ተመርዒኹም ዲኹም፡ ወይ ምስ ሆላንዳዊ መጻምድቲ 3 ዓመት ብሓባር ትነብሩ ዲኹም? ወይ ኣብዚ 10 ዓመት ወይ ልዕሊኡ ትነብሩ ዲኹም? ሽዑ ሓደ ሓደ ግዜ ቀልጢፍኩም ክትሓቱ ትኽእሉ። ንምምሕዳር ከተማ ሕተቱ።",
        tr: "Bir Hollandalıyla evli misiniz ya da 3 yıldır Hollandalı bir partnerle mi yaşıyorsunuz? Ya da 10 yıl veya daha fazladır burada mı yaşıyorsunuz? O zaman bazen daha erken başvurabilirsiniz. Belediyeye sorun.",
        fa: "آیا با یک هلندی ازدواج کرده‌اید، یا 3 سال است با یک شریک هلندی زندگی می‌کنید؟ یا 10 سال یا بیشتر است که اینجا زندگی می‌کنید؟ در این صورت گاهی زودتر ممکن است. از شهرداری بپرسید.",
    }
    KOP_PLAN = "kop_plan" { nl: "Uw planning", en: "Your plan", ar: "خطتك", ti: "መደብኩም", tr: "Planınız", fa: "برنامه شما" }
    VANDAAG = "vandaag" { nl: "Vandaag", en: "Today", ar: "اليوم", ti: "ሎሚ", tr: "Bugün", fa: "امروز" }
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
        en: "You have passed or finished all parts.",
        ar: "لقد نجحت في كل الأجزاء أو أنهيتها.",
        ti: "ኩሎም ክፋላት ሓሊፍኩም ወይ ወዲእኩም ኣለኹም።",
        tr: "Tüm bölümleri geçtiniz ya da bitirdiniz.",
        fa: "همه بخش‌ها را قبول شده‌اید یا تمام کرده‌اید.",
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
    BEHAALD = "behaald" { nl: "gehaald", en: "passed", ar: "نجحت", ti: "ሓሊፍኩም", tr: "başarılı", fa: "قبول شدید" }
    VOORBIJ = "voorbij" { nl: "voorbij", en: "past", ar: "مضى", ti: "ሓሊፉ", tr: "geçti", fa: "گذشته" }
    TE_LAAT_KORT = "te_laat_kort" { nl: "te laat", en: "too late", ar: "متأخر", ti: "ደንጕዩ", tr: "geç kaldı", fa: "دیر شده" }
    IK_HEB_GEHAALD = "ik_heb_gehaald" {
        nl: "Welke examens heeft u gehaald? En wat heeft u al afgerond?",
        en: "Which exams have you passed? And what have you already finished?",
        ar: "ما الامتحانات التي نجحت فيها؟ وما الذي أنهيته بالفعل؟",
        ti: "ኣየኖት ፈተናታት ሓሊፍኩም? እንታይከ ድሮ ወዲእኩም?",
        tr: "Hangi sınavları geçtiniz? Ve neleri zaten bitirdiniz?",
        fa: "کدام امتحان‌ها را قبول شده‌اید؟ و چه چیزهایی را قبلاً تمام کرده‌اید؟",
    }
}
