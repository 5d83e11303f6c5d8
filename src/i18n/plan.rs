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
        nl: "Zo hebben we gerekend. U moet zich meer dan {0} weken vóór het examen aanmelden. Wij rekenen met {1} weken. De uitslag krijgt u ongeveer {2} weken na het examen. Voor de zekerheid nemen we {3} weken extra. Deze data zijn een planning. Ze staan niet in de wet.",
        en: "This is how we counted. You must register more than {0} weeks before the exam. We count {1} weeks. You get the result about {2} weeks after the exam. To be safe, we add {3} weeks. These dates are a plan. They are not in the law.",
        ar: "هكذا حسبنا. يجب أن تسجّل قبل الامتحان بأكثر من {0} أسابيع. نحسب {1} أسابيع. تحصل على النتيجة بعد الامتحان بنحو {2} أسابيع. للاحتياط نضيف {3} أسابيع. هذه التواريخ خطة. وهي ليست في القانون.",
        ti: "ከምዚ ኢና ቆጺርና። ቅድሚ ፈተና ልዕሊ {0} ሰሙናት ክትምዝገቡ ኣለኩም። ንሕና {1} ሰሙናት ንቖጽር። ውጽኢት ድሕሪ ፈተና ኣስታት {2} ሰሙናት ትረኽቡ። ንውሕስነት {3} ሰሙናት ንውስኽ። እዞም ዕለታት መደብ እዮም። ኣብ ሕጊ ኣይተጻሕፉን።",
        tr: "Şöyle hesapladık: sınavdan {0} haftadan daha önce kaydolmalısınız. Biz {1} hafta sayıyoruz. Sonuç sınavdan aşağı yukarı {2} hafta sonra gelir. Emin olmak için {3} hafta daha ekliyoruz. Bu tarihler bir planlamadır. Yasada yazmazlar.",
        fa: "این‌طور حساب کرده‌ایم. باید بیش از {0} هفته پیش از امتحان ثبت‌نام کنید. ما {1} هفته در نظر می‌گیریم. نتیجه را حدود {2} هفته پس از امتحان می‌گیرید. برای اطمینان {3} هفته اضافه می‌کنیم. این تاریخ‌ها یک برنامه‌اند. در قانون نیامده‌اند.",
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
        nl: "Heeft u alle lessen gevolgd? Heeft u 2 taalexamens en het examen KNM gehaald? En heeft u PVT en MAP afgerond? Dan krijgt u waarschijnlijk {0} maanden extra tijd. Vaak hoeft u daar niets voor te doen.",
        en: "Did you follow all lessons? Did you pass 2 language exams and the KNM exam? And did you complete PVT and MAP? Then you will probably get {0} months of extra time. Often you do not need to do anything for it.",
        ar: "هل حضرت كل الدروس؟ هل نجحت في امتحانَي لغة وفي امتحان KNM؟ وهل أنهيت PVT وMAP؟ عندها تحصل على الأرجح على {0} أشهر من الوقت الإضافي. وغالبًا لا تحتاج إلى فعل أي شيء لذلك.",
        ti: "ኩሉ ትምህርቲ ተኸታቲልኩም ዶ? 2 ፈተናታት ቋንቋን ፈተና KNMን ሓሊፍኩም ዶ? PVTን MAPን ወዲእኩም ዶ? ሽዑ ምናልባት {0} ኣዋርሕ ተወሳኺ ግዜ ክትረኽቡ ኢኹም። መብዛሕትኡ ግዜ ንዑኡ ዝኾነ ነገር ክትገብሩ ኣየድልየኩምን።",
        tr: "Tüm derslere katıldınız mı? 2 dil sınavını ve KNM sınavını geçtiniz mi? PVT ve MAP'i bitirdiniz mi? O zaman muhtemelen {0} ay ek zaman alırsınız. Çoğu zaman bunun için bir şey yapmanız gerekmez.",
        fa: "آیا در همه کلاس‌ها شرکت کرده‌اید؟ آیا 2 امتحان زبان و امتحان KNM را قبول شده‌اید؟ و آیا PVT و MAP را تمام کرده‌اید؟ در این صورت احتمالاً {0} ماه وقت اضافه می‌گیرید. اغلب لازم نیست برای آن کاری بکنید.",
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
        nl: "Bent u niet op tijd klaar door iets wat niet uw schuld is? Bijvoorbeeld omdat u ziek was, een kind kreeg of nog geen huis had? Dan kunt u DUO om extra tijd vragen. Dat kan vanaf 6 maanden vóór het einde van uw inburgeringstermijn. Stuur bewijs mee, zoals een brief van uw arts.",
        en: "Are you not finished in time because of something that is not your fault? For example because you were ill, had a baby or did not have a home yet? Then you can ask DUO for extra time. You can do that from 6 months before the end of your integration term. Send proof, such as a letter from your doctor.",
        ar: "ألم تنتهِ في الوقت بسبب أمر ليس خطأك؟ مثلًا لأنك كنت مريضًا أو أنجبت طفلًا أو لم يكن لديك سكن بعد؟ عندها يمكنك أن تطلب من DUO وقتًا إضافيًا. يمكنك ذلك ابتداءً من 6 أشهر قبل نهاية مهلة الاندماج. أرسل إثباتًا، مثل رسالة من طبيبك.",
        ti: "ብሰንኪ ዘይጌጋኹም ነገር ብግዜ ዘይወዳእኩም ዶ? ንኣብነት ስለ ዝሓመምኩም፡ ቆልዓ ስለ ዝወለድኩም ወይ ገና ገዛ ስለ ዘይነበረኩም? ሽዑ ካብ DUO ተወሳኺ ግዜ ክትሓቱ ትኽእሉ። እዚ ካብ 6 ኣዋርሕ ቅድሚ መወዳእታ ግዜ ገደብ ምውህሃድኩም ይከኣል። ከም ደብዳቤ ሓኪምኩም ዝኣመሰለ መረጋገጺ ልኣኹ።",
        tr: "Sizin suçunuz olmayan bir nedenle zamanında bitiremiyor musunuz? Örneğin hasta olduğunuz, çocuğunuz olduğu veya size henüz ev verilmediği için mi? O zaman DUO'dan ek zaman isteyebilirsiniz. Bunu uyum sürenizin bitiminden 6 ay önce başlayarak yapabilirsiniz. Doktorunuzdan bir mektup gibi bir kanıt gönderin.",
        fa: "آیا به دلیلی که تقصیر شما نیست به موقع تمام نمی‌کنید؟ مثلاً چون بیمار بودید، بچه‌دار شدید یا هنوز خانه نداشتید؟ در این صورت می‌توانید از DUO وقت اضافه بخواهید. این کار از 6 ماه پیش از پایان مهلت ادغام شما ممکن است. مدرک بفرستید، مثلاً نامه‌ای از پزشک خود.",
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
        nl: "Wilt u Nederlander worden? Dat kunt u op zijn vroegst op {0} aanvragen. U moet dan {1} jaar met een verblijfsvergunning in Nederland wonen. En u moet uw inburgeringsdiploma hebben.",
        en: "Do you want to become Dutch? You can apply on {0} at the earliest. By then you must have lived in the Netherlands with a residence permit for {1} years. And you must have your integration diploma.",
        ar: "هل تريد الحصول على الجنسية الهولندية؟ أقرب موعد يمكنك فيه التقديم هو {0}. يجب أن تكون قد أقمت في هولندا بتصريح إقامة لمدة {1} سنوات. ويجب أن تكون لديك شهادة الاندماج.",
        ti: "ሆላንዳዊ ክትኮኑ ትደልዩ ዶ? ብዝቐልጠፈ ብ {0} ክትሓቱ ትኽእሉ። ሽዑ {1} ዓመት ብፍቓድ መንበሪ ኣብ ሆላንድ ክትነብሩ ኣለኩም። ዲፕሎማ ምውህሃድ እውን ክህልወኩም ኣለዎ።",
        tr: "Hollandalı olmak mı istiyorsunuz? En erken {0} tarihinde başvurabilirsiniz. O zamana kadar oturma izniyle {1} yıl Hollanda'da yaşamış olmalısınız. Uyum diplomanız da olmalı.",
        fa: "می‌خواهید هلندی شوید؟ زودترین تاریخ درخواست {0} است. تا آن زمان باید {1} سال با اجازه اقامت در هلند زندگی کرده باشید. و باید دیپلم ادغام داشته باشید.",
    }
    NATURALISATIE_Z = "naturalisatie_z" {
        nl: "Let op: met het certificaat van de Z-route kunt u geen Nederlander worden. Met een ontheffing ook niet. U moet dan ook examens op niveau A2 halen. En u moet {0} jaar in Nederland wonen.",
        en: "Note: with the Z route certificate you cannot become Dutch. Nor with a dispensation. You must also pass exams at level A2. And you must have lived in the Netherlands for {0} years.",
        ar: "ملاحظة: بشهادة مسار Z لا يمكنك الحصول على الجنسية الهولندية. ولا بالاستثناء أيضًا. يجب أن تنجح أيضًا في امتحانات بمستوى A2. ويجب أن تكون قد أقمت في هولندا {0} سنوات.",
        ti: "ኣስተውዕሉ: ብሰርቲፊኬት መገዲ Z ሆላንዳዊ ክትኮኑ ኣይትኽእሉን። ብፍሉይ ፍቓድ እውን ኣይከኣልን። ፈተናታት ብደረጃ A2 ክትሓልፉ ኣለኩም። {0} ዓመት ኣብ ሆላንድ ክትነብሩ እውን ኣለኩም።",
        tr: "Not: Z yolu sertifikasıyla Hollandalı olamazsınız. İstisna ile de olmaz. A2 seviyesinde sınavları da geçmelisiniz. Ve {0} yıl Hollanda'da yaşamış olmalısınız.",
        fa: "توجه: با گواهی مسیر Z نمی‌توانید هلندی شوید. با استثنا هم نمی‌شود. باید امتحان‌های سطح A2 را هم قبول شوید. و باید {0} سال در هلند زندگی کرده باشید.",
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
        en: "Register for the {1} exam by {0} at the latest.",
        ar: "سجّل للامتحان {1} في موعد أقصاه {0}.",
        ti: "ንፈተና {1} ቅድሚ {0} ወይ ኣብኡ ተመዝገቡ።",
        tr: "{1} sınavı için en geç {0} tarihinde kaydolun.",
        fa: "برای امتحان {1} حداکثر تا {0} ثبت‌نام کنید.",
    }
    EERST_AFRONDEN = "eerst_afronden" {
        nl: "Rond {1} uiterlijk {0} af.",
        en: "Complete {1} by {0} at the latest.",
        ar: "أنهِ {1} في موعد أقصاه {0}.",
        ti: "{1} ቅድሚ {0} ወይ ኣብኡ ወድኡ።",
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
        nl: "Laatste dag aanmelden: {0}",
        en: "Last day to register: {0}",
        ar: "آخر يوم للتسجيل: {0}",
        ti: "ናይ መወዳእታ መዓልቲ ምምዝጋብ: {0}",
        tr: "Kayıt için son gün: {0}",
        fa: "آخرین روز ثبت‌نام: {0}",
    }
    EXAMEN_VOOR = "examen_voor" {
        nl: "Laatste dag examen: {0}",
        en: "Last day for the exam: {0}",
        ar: "آخر يوم لأداء الامتحان: {0}",
        ti: "ናይ መወዳእታ መዓልቲ ፈተና: {0}",
        tr: "Sınav için son gün: {0}",
        fa: "آخرین روز امتحان: {0}",
    }
    KLAAR_VOOR = "klaar_voor" {
        nl: "Laatste dag afronden: {0}",
        en: "Last day to finish: {0}",
        ar: "آخر يوم للإنهاء: {0}",
        ti: "ናይ መወዳእታ መዓልቲ ምውዳእ: {0}",
        tr: "Bitirmek için son gün: {0}",
        fa: "آخرین روز تمام کردن: {0}",
    }
    BEHAALD = "behaald" { nl: "gehaald", en: "passed", ar: "نجحت", ti: "ሓሊፍኩም", tr: "başarılı", fa: "قبول شدید" }
    VOORBIJ = "voorbij" {
        nl: "voorbij",
        en: "past",
        ar: "مضى",
        ti: "ዕለቱ ሓሊፉ",
        tr: "tarihi geçti",
        fa: "گذشته",
    }
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
