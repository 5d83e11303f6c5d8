//! The route advice's explanations, open questions, input errors and the built-in offers.
//! "Indicatief" marks a sentence that rests on a derived or unconfirmed fact.

crate::teksten! {
    ONGELDIGE_NATIONALITEIT = "ongeldige_nationaliteit" {
        nl: "Vul een landcode van twee hoofdletters in, bijvoorbeeld SY. Weet u het niet? Vul XX in.",
        en: "Enter a country code of two capital letters, for example SY. Don't know? Enter XX.",
        ar: "أدخل رمز بلد من حرفين كبيرين، مثلًا SY. لا تعرف؟ أدخل XX.",
        ti: "ኮድ ሃገር ብክልተ ዓበይቲ ፊደላት ኣእትዉ፡ ንኣብነት SY። እንተ ዘይፈለጥኩም XX ኣእትዉ።",
        tr: "İki büyük harfli bir ülke kodu girin, örneğin SY. Bilmiyor musunuz? XX girin.",
        fa: "یک کد کشور با دو حرف بزرگ وارد کنید، مثلاً SY. نمی‌دانید؟ XX وارد کنید.",
    }
    ONGELDIGE_LINK = "ongeldige_link" {
        nl: "Deze link kan niet. Een link begint met https:, mailto: of tel:.",
        en: "This link is not allowed. A link starts with https:, mailto: or tel:.",
        ar: "هذا الرابط غير مسموح. يبدأ الرابط بـ \u{2066}https:\u{2069} أو \u{2066}mailto:\u{2069} أو \u{2066}tel:\u{2069}.",
        ti: "እዚ ሊንክ ኣይፍቀድን። ሊንክ ብ https:፡ mailto: ወይ tel: ይጅምር።",
        tr: "Bu bağlantıya izin verilmiyor. Bir bağlantı https:, mailto: veya tel: ile başlar.",
        fa: "این پیوند مجاز نیست. پیوند با \u{2066}https:\u{2069}، \u{2066}mailto:\u{2069} یا \u{2066}tel:\u{2069} شروع می‌شود.",
    }
    AANBOD_JURIDISCH_LOKET = "aanbod_juridisch_loket" {
        nl: "Gratis juridisch advies, ook over uw verblijf.",
        en: "Free legal advice, also about your residence status.",
        ar: "استشارة قانونية مجانية، أيضًا بشأن إقامتك.",
        ti: "ብነጻ ሕጋዊ ምኽሪ፡ ብዛዕባ መንበሪኹም እውን።",
        tr: "Ücretsiz hukuki danışmanlık, oturumunuz hakkında da.",
        fa: "مشاوره حقوقی رایگان، همچنین درباره اقامت شما.",
    }
    AANBOD_VLUCHTELINGENWERK = "aanbod_vluchtelingenwerk" {
        nl: "Hulp en advies voor vluchtelingen en asielzoekers.",
        en: "Help and advice for refugees and asylum seekers.",
        ar: "مساعدة ونصيحة للاجئين وطالبي اللجوء.",
        ti: "ሓገዝን ምኽርን ንስደተኛታትን ሓተትቲ ዑቕባን።",
        tr: "Mülteciler ve sığınmacılar için yardım ve danışmanlık.",
        fa: "کمک و مشاوره برای پناهندگان و پناه‌جویان.",
    }
    AANBOD_DOKTERS_VAN_DE_WERELD = "aanbod_dokters_van_de_wereld" {
        nl: "Hulp bij zorg als u geen verblijfsvergunning heeft.",
        en: "Help with health care if you have no residence permit.",
        ar: "مساعدة في الرعاية الصحية إذا لم يكن لديك تصريح إقامة.",
        ti: "ፍቓድ መንበሪ እንተዘይብልኩም ሓገዝ ክንክን ጥዕና።",
        tr: "Oturma izniniz yoksa sağlık hizmetlerinde yardım.",
        fa: "کمک در زمینه درمان اگر اجازه اقامت ندارید.",
    }
    AANBOD_IOM = "aanbod_iom" {
        nl: "Hulp als u wilt terugkeren naar uw land.",
        en: "Help if you want to return to your country.",
        ar: "مساعدة إذا كنت تريد العودة إلى بلدك.",
        ti: "ናብ ሃገርኩም ክትምለሱ እንተደሊኹም ሓገዝ።",
        tr: "Ülkenize dönmek istiyorsanız yardım.",
        fa: "کمک اگر می‌خواهید به کشورتان برگردید.",
    }
    PERSPECTIEF = "perspectief" {
        nl: "U hoeft niet in te burgeren. Hieronder staat wat u wel kunt doen.",
        en: "You do not have to integrate. Below you can see what you can do.",
        ar: "لست ملزمًا بالاندماج. في الأسفل ترى ما يمكنك فعله.",
        ti: "ክትዋሃሃዱ ኣይግድድኩምን። ኣብ ታሕቲ እንታይ ክትገብሩ ከም እትኽእሉ ኣሎ።",
        tr: "Uyum sağlamak zorunda değilsiniz. Aşağıda neler yapabileceğinizi görebilirsiniz.",
        fa: "لازم نیست دوره ادغام را بگذرانید. در پایین می‌بینید چه کارهایی می‌توانید بکنید.",
    }
    PERSPECTIEF_PLICHTIG = "perspectief_plichtig" {
        nl: "De gemeente heeft ook dit aanbod voor u.",
        en: "The municipality also offers you this.",
        ar: "تقدم لك البلدية هذا أيضًا.",
        ti: "ምምሕዳር ከተማ እዚ እውን የቕርበልኩም።",
        tr: "Belediye size bunu da sunuyor.",
        fa: "شهرداری این را هم به شما پیشنهاد می‌کند.",
    }
    AOW_DATUM = "aow_datum" {
        nl: "Op {0} krijgt u de AOW-leeftijd. Dan stopt de inburgeringsplicht.",
        en: "On {0} you reach the state pension (AOW) age. Then the obligation to integrate ends.",
        ar: "في {0} تبلغ سن التقاعد الحكومي (AOW). عندها ينتهي واجب الاندماج.",
        ti: "ብ {0} ዕድመ ጡረታ (AOW) ትበጽሑ። ሽዑ ግዴታ ምውህሃድ ይውዳእ።",
        tr: "{0} tarihinde devlet emeklilik (AOW) yaşına ulaşırsınız. O zaman uyum yükümlülüğü sona erer.",
        fa: "در {0} به سن بازنشستگی دولتی (AOW) می‌رسید. آنگاه الزام ادغام تمام می‌شود.",
    }
    AOW_DATUM_INDICATIEF = "aow_datum_indicatief" {
        nl: "Op {0} krijgt u waarschijnlijk de AOW-leeftijd. Dan stopt de inburgeringsplicht. Deze datum is niet zeker.",
        en: "On {0} you probably reach the state pension (AOW) age. Then the obligation to integrate ends. This date is not certain.",
        ar: "في {0} تبلغ على الأرجح سن التقاعد الحكومي (AOW). عندها ينتهي واجب الاندماج. هذا التاريخ غير مؤكد.",
        ti: "ብ {0} ምናልባት ዕድመ ጡረታ (AOW) ትበጽሑ። ሽዑ ግዴታ ምውህሃድ ይውዳእ። እዚ ዕለት ርግጸኛ ኣይኮነን።",
        tr: "{0} tarihinde muhtemelen devlet emeklilik (AOW) yaşına ulaşırsınız. O zaman uyum yükümlülüğü sona erer. Bu tarih kesin değil.",
        fa: "در {0} احتمالاً به سن بازنشستگی دولتی (AOW) می‌رسید. آنگاه الزام ادغام تمام می‌شود. این تاریخ قطعی نیست.",
    }
    NIET_PLICHTIG_EU = "niet_plichtig_eu" {
        nl: "U heeft de nationaliteit van een land van de EU, de EER of Zwitserland. U hoeft niet in te burgeren.",
        en: "You have the nationality of an EU or EEA country or Switzerland. You do not have to integrate.",
        ar: "لديك جنسية دولة من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا. لست ملزمًا بالاندماج.",
        ti: "ዜግነት ሃገር ኤውሮጳዊ ሕብረት፡ ቁጠባዊ ዞባ ኤውሮጳ ወይ ስዊዘርላንድ ኣለኩም። ክትዋሃሃዱ ኣይግድድኩምን።",
        tr: "Bir AB veya AEA ülkesinin ya da İsviçre'nin vatandaşısınız. Uyum sağlamak zorunda değilsiniz.",
        fa: "شما تابعیت یکی از کشورهای اتحادیه اروپا، منطقه اقتصادی اروپا یا سوئیس را دارید. لازم نیست دوره ادغام را بگذرانید.",
    }
    NIET_PLICHTIG_EU_FAMILIE = "niet_plichtig_eu_familie" {
        nl: "U woont hier als familielid van een burger van de EU, de EER of Zwitserland. U hoeft niet in te burgeren.",
        en: "You live here as a family member of a citizen of the EU, the EEA or Switzerland. You do not have to integrate.",
        ar: "تعيش هنا كفرد من عائلة مواطن من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا. لست ملزمًا بالاندماج.",
        ti: "ከም ኣባል ስድራ ዜጋ ኤውሮጳዊ ሕብረት፡ ቁጠባዊ ዞባ ኤውሮጳ ወይ ስዊዘርላንድ ኢኹም ኣብዚ ትነብሩ። ክትዋሃሃዱ ኣይግድድኩምን።",
        tr: "Burada bir AB, AEA veya İsviçre vatandaşının aile üyesi olarak yaşıyorsunuz. Uyum sağlamak zorunda değilsiniz.",
        fa: "شما به عنوان عضو خانواده یک شهروند اتحادیه اروپا، منطقه اقتصادی اروپا یا سوئیس اینجا زندگی می‌کنید. لازم نیست دوره ادغام را بگذرانید.",
    }
    NIET_PLICHTIG_TIJDELIJK = "niet_plichtig_tijdelijk" {
        nl: "U heeft een verblijfsvergunning voor een tijdelijk doel, zoals studie of werk. U hoeft niet in te burgeren.",
        en: "You have a residence permit for a temporary purpose, such as study or work. You do not have to integrate.",
        ar: "لديك تصريح إقامة لغرض مؤقت، مثل الدراسة أو العمل. لست ملزمًا بالاندماج.",
        ti: "ንግዝያዊ ዕላማ ከም ትምህርቲ ወይ ስራሕ ፍቓድ መንበሪ ኣለኩም። ክትዋሃሃዱ ኣይግድድኩምን።",
        tr: "Eğitim veya çalışma gibi geçici bir amaç için oturma izniniz var. Uyum sağlamak zorunda değilsiniz.",
        fa: "شما اجازه اقامت برای هدفی موقت مانند تحصیل یا کار دارید. لازم نیست دوره ادغام را بگذرانید.",
    }
    NIET_PLICHTIG_ASIELZOEKER = "niet_plichtig_asielzoeker" {
        nl: "Uw asielaanvraag loopt nog. Daarom hoeft u nu nog niet in te burgeren. Krijgt u een verblijfsvergunning? Dan moet u meestal wel inburgeren. Dit is niet zeker.",
        en: "Your asylum application is still running. That is why you do not have to integrate yet. If you get a residence permit, you usually do have to integrate. This is not certain.",
        ar: "طلب لجوئك لا يزال قيد الدراسة. لذلك لست ملزمًا بالاندماج الآن. إذا حصلت على تصريح إقامة فستكون عادةً ملزمًا بالاندماج. هذا غير مؤكد.",
        ti: "ሕቶ ዑቕባኹም ገና ኣብ መስርሕ እዩ። ስለዚ ሕጂ ክትዋሃሃዱ ኣይትግደዱን ኢኹም። ፍቓድ መንበሪ እንተረኺብኩም ግን መብዛሕትኡ ግዜ ክትዋሃሃዱ ትግደዱ። እዚ ርግጸኛ ኣይኮነን።",
        tr: "Sığınma başvurunuz hâlâ devam ediyor. Bu yüzden henüz uyum sağlamak zorunda değilsiniz. Oturma izni alırsanız genellikle uyum sağlamak zorunda olursunuz. Bu kesin değil.",
        fa: "درخواست پناهندگی شما هنوز در جریان است. به همین دلیل فعلاً لازم نیست دوره ادغام را بگذرانید. اگر اجازه اقامت بگیرید، معمولاً باید دوره ادغام را بگذرانید. این قطعی نیست.",
    }
    NIET_PLICHTIG_GEEN_VERGUNNING = "niet_plichtig_geen_vergunning" {
        nl: "U heeft geen verblijfsvergunning. Daarom hoeft u niet in te burgeren. Dit is niet zeker.",
        en: "You have no residence permit. That is why you do not have to integrate. This is not certain.",
        ar: "ليس لديك تصريح إقامة. لذلك لست ملزمًا بالاندماج. هذا غير مؤكد.",
        ti: "ፍቓድ መንበሪ የብልኩምን። ስለዚ ክትዋሃሃዱ ኣይትግደዱን ኢኹም። እዚ ርግጸኛ ኣይኮነን።",
        tr: "Oturma izniniz yok. Bu yüzden uyum sağlamak zorunda değilsiniz. Bu kesin değil.",
        fa: "شما اجازه اقامت ندارید. به همین دلیل لازم نیست دوره ادغام را بگذرانید. این قطعی نیست.",
    }
    NIET_PLICHTIG_TURKS = "niet_plichtig_turks" {
        nl: "U heeft de Turkse nationaliteit en kreeg uw verblijfsvergunning vóór {0}. U hoeft niet in te burgeren.",
        en: "You have Turkish nationality and got your residence permit before {0}. You do not have to integrate.",
        ar: "لديك الجنسية التركية وحصلت على تصريح إقامتك قبل {0}. لست ملزمًا بالاندماج.",
        ti: "ዜግነት ቱርኪ ኣለኩም፡ ፍቓድ መንበሪኹም ድማ ቅድሚ {0} ረኺብኩም። ክትዋሃሃዱ ኣይግድድኩምን።",
        tr: "Türk vatandaşısınız ve oturma izninizi {0} tarihinden önce aldınız. Uyum sağlamak zorunda değilsiniz.",
        fa: "شما تابعیت ترکیه دارید و اجازه اقامت خود را قبل از {0} گرفته‌اید. لازم نیست دوره ادغام را بگذرانید.",
    }
    TE_JONG = "te_jong" {
        nl: "U bent nog geen {0} jaar. U wordt {0} op {1}. Pas dan moet u misschien inburgeren.",
        en: "You are not yet {0} years old. You turn {0} on {1}. Only then may you have to integrate.",
        ar: "لم تبلغ {0} عامًا بعد. ستبلغ {0} في {1}. عندها فقط قد تكون ملزمًا بالاندماج.",
        ti: "ገና {0} ዓመት ኣይመላእኩምን። {0} ዓመት እትመልኡሉ ዕለት {1} እዩ። ሽዑ ጥራይ ክትዋሃሃዱ ክትግደዱ ትኽእሉ።",
        tr: "Henüz {0} yaşında değilsiniz. {1} tarihinde {0} yaşına gireceksiniz. Ancak o zaman uyum sağlamanız gerekebilir.",
        fa: "شما هنوز {0} ساله نیستید. در {1} به سن {0} سالگی می‌رسید. فقط از آن زمان ممکن است لازم باشد دوره ادغام را بگذرانید.",
    }
    AOW_BEREIKT = "aow_bereikt" {
        nl: "U heeft de AOW-leeftijd bereikt op {0}. U hoeft niet (meer) in te burgeren.",
        en: "You reached the state pension (AOW) age on {0}. You do not have to integrate (any more).",
        ar: "بلغت سن التقاعد الحكومي (AOW) في {0}. لست ملزمًا بالاندماج (بعد الآن).",
        ti: "ብ {0} ዕድመ ጡረታ (AOW) በጺሕኩም። (ድሕሪ ሕጂ) ክትዋሃሃዱ ኣይግድድኩምን።",
        tr: "{0} tarihinde devlet emeklilik (AOW) yaşına ulaştınız. (Artık) uyum sağlamak zorunda değilsiniz.",
        fa: "شما در {0} به سن بازنشستگی دولتی (AOW) رسیدید. (دیگر) لازم نیست دوره ادغام را بگذرانید.",
    }
    VRIJSTELLING_LEERPLICHTIG = "vrijstelling_leerplichtig" {
        nl: "U bent nog leerplichtig of kwalificatieplichtig. Daarom hoeft u nu niet in te burgeren.",
        en: "You still have to go to school (leerplicht or kwalificatieplicht). That is why you do not have to integrate now.",
        ar: "لا تزال ملزمًا بالدراسة (leerplicht أو kwalificatieplicht). لذلك لست ملزمًا بالاندماج الآن.",
        ti: "ገና ግዴታ ትምህርቲ (leerplicht ወይ kwalificatieplicht) ኣለኩም። ስለዚ ሕጂ ክትዋሃሃዱ ኣይግድድኩምን።",
        tr: "Hâlâ okula gitme zorunluluğunuz var (leerplicht veya kwalificatieplicht). Bu yüzden şimdi uyum sağlamak zorunda değilsiniz.",
        fa: "شما هنوز موظف به تحصیل هستید (leerplicht یا kwalificatieplicht). به همین دلیل اکنون لازم نیست دوره ادغام را بگذرانید.",
    }
    VRIJSTELLING_DIPLOMA = "vrijstelling_diploma" {
        nl: "U heeft een Nederlands diploma. Daarom hoeft u niet in te burgeren. DUO moet dit wel goedkeuren.",
        en: "You have a Dutch diploma. That is why you do not have to integrate. DUO must approve this.",
        ar: "لديك شهادة هولندية. لذلك لست ملزمًا بالاندماج. يجب أن توافق DUO على ذلك.",
        ti: "ዲፕሎማ ሆላንድ ኣለኩም። ስለዚ ክትዋሃሃዱ ኣይግድድኩምን። DUO ግን ክቕበሎ ኣለዎ።",
        tr: "Hollanda diplomanız var. Bu yüzden uyum sağlamak zorunda değilsiniz. DUO'nun bunu onaylaması gerekir.",
        fa: "شما مدرک هلندی دارید. به همین دلیل لازم نیست دوره ادغام را بگذرانید. DUO باید این را تأیید کند.",
    }
    PLICHTIG = "plichtig" {
        nl: "U moet inburgeren. Uw inburgeringsplicht begon op {0}.",
        en: "You have to integrate. Your obligation to integrate started on {0}.",
        ar: "أنت ملزم بالاندماج. بدأ واجب الاندماج لديك في {0}.",
        ti: "ክትዋሃሃዱ ኣለኩም። ግዴታ ምውህሃድኩም ብ {0} ጀሚሩ።",
        tr: "Uyum sağlamak zorundasınız. Uyum yükümlülüğünüz {0} tarihinde başladı.",
        fa: "شما باید دوره ادغام را بگذرانید. الزام ادغام شما در {0} شروع شد.",
    }
    INFO_VRIJSTELLING = "info_vrijstelling" {
        nl: "Ging u {0} jaar of langer in Nederland naar school toen u leerplichtig was? Of bent u al voldoende ingeburgerd? Dan kunt u DUO om vrijstelling vragen.",
        en: "Did you go to school in the Netherlands for {0} years or more when you were of compulsory school age? Or are you already integrated enough? Then you can ask DUO for an exemption.",
        ar: "هل ذهبت إلى المدرسة في هولندا {0} سنوات أو أكثر عندما كنت ملزمًا بذلك؟ أو هل أنت مندمج بما يكفي؟ عندها يمكنك طلب إعفاء من DUO.",
        ti: "ግዴታ ትምህርቲ ከለኩም {0} ዓመት ወይ ልዕሊኡ ኣብ ሆላንድ ቤት ትምህርቲ ከይድኩም ዶ? ወይ ድማ ኣኹሉ ተዋሃሂድኩም ዶ? ሽዑ ካብ DUO ነጻ ምዃን ክትሓቱ ትኽእሉ።",
        tr: "Zorunlu eğitim çağındayken Hollanda'da {0} yıl veya daha uzun okula gittiniz mi? Ya da zaten yeterince uyum sağladınız mı? O zaman DUO'dan muafiyet isteyebilirsiniz.",
        fa: "آیا وقتی موظف به تحصیل بودید {0} سال یا بیشتر در هلند به مدرسه رفتید؟ یا به اندازه کافی ادغام شده‌اید؟ در این صورت می‌توانید از DUO معافیت بخواهید.",
    }
    INFO_ONTHEFFING = "info_ontheffing" {
        nl: "Kunt u door ziekte of een handicap blijvend niet inburgeren? Of is uw situatie heel bijzonder? Dan kunt u DUO om ontheffing vragen.",
        en: "Are you permanently unable to integrate because of illness or a disability? Or is your situation very special? Then you can ask DUO for a dispensation.",
        ar: "هل لا تستطيع الاندماج بشكل دائم بسبب مرض أو إعاقة؟ أو هل وضعك خاص جدًا؟ عندها يمكنك أن تطلب من DUO استثناءً.",
        ti: "ብሰንኪ ሕማም ወይ ስንክልና ንወትሩ ክትዋሃሃዱ ዘይትኽእሉ ዶ ኢኹም? ወይ ኩነታትኩም ኣዝዩ ፍሉይ ድዩ? ሽዑ ካብ DUO ፍሉይ ፍቓድ ክትሓቱ ትኽእሉ።",
        tr: "Hastalık veya engellilik nedeniyle kalıcı olarak uyum sağlayamıyor musunuz? Ya da durumunuz çok özel mi? O zaman DUO'dan istisna isteyebilirsiniz.",
        fa: "آیا به دلیل بیماری یا معلولیت برای همیشه نمی‌توانید دوره ادغام را بگذرانید؟ یا وضعیت شما بسیار خاص است؟ در این صورت می‌توانید از DUO درخواست استثنا کنید.",
    }
    VRAAG_LEERPLICHTIG = "vraag_leerplichtig" {
        nl: "Bent u nog leerplichtig of kwalificatieplichtig? Dan hoeft u nu niet in te burgeren.",
        en: "Do you still have to go to school (leerplicht or kwalificatieplicht)? Then you do not have to integrate now.",
        ar: "هل لا تزال ملزمًا بالدراسة (leerplicht أو kwalificatieplicht)؟ عندها لست ملزمًا بالاندماج الآن.",
        ti: "ገና ግዴታ ትምህርቲ (leerplicht ወይ kwalificatieplicht) ኣለኩም ዶ? ሽዑ ሕጂ ክትዋሃሃዱ ኣይግድድኩምን።",
        tr: "Hâlâ okula gitme zorunluluğunuz var mı (leerplicht veya kwalificatieplicht)? O zaman şimdi uyum sağlamak zorunda değilsiniz.",
        fa: "آیا هنوز موظف به تحصیل هستید (leerplicht یا kwalificatieplicht)؟ در این صورت اکنون لازم نیست دوره ادغام را بگذرانید.",
    }
    VRAAG_DIPLOMA = "vraag_diploma" {
        nl: "Heeft u een Nederlands diploma, zoals vmbo, havo, vwo of mbo 2 of hoger? Dan hoeft u misschien niet in te burgeren.",
        en: "Do you have a Dutch diploma, such as vmbo, havo, vwo or mbo level 2 or higher? Then you may not have to integrate.",
        ar: "هل لديك شهادة هولندية مثل vmbo أو havo أو vwo أو mbo المستوى 2 أو أعلى؟ عندها قد لا تكون ملزمًا بالاندماج.",
        ti: "ከም vmbo፡ havo፡ vwo ወይ mbo 2 ወይ ልዕሊኡ ዝኣመሰለ ዲፕሎማ ሆላንድ ኣለኩም ዶ? ሽዑ ምናልባት ክትዋሃሃዱ ኣይግድድኩምን።",
        tr: "vmbo, havo, vwo veya mbo 2 ya da üstü gibi bir Hollanda diplomanız var mı? O zaman uyum sağlamak zorunda olmayabilirsiniz.",
        fa: "آیا مدرک هلندی مانند vmbo، havo، vwo یا mbo سطح 2 یا بالاتر دارید؟ در این صورت شاید لازم نباشد دوره ادغام را بگذرانید.",
    }
    WET_WI2013 = "wet_wi2013" {
        nl: "Uw inburgeringsplicht begon op {0}. Dat is vóór {1}. Daarom geldt voor u de oude wet: de Wet inburgering 2013.",
        en: "Your obligation to integrate started on {0}. That is before {1}. So the old law applies to you: the Civic Integration Act 2013.",
        ar: "بدأ واجب الاندماج لديك في {0}. هذا قبل {1}. لذلك ينطبق عليك القانون القديم: قانون الاندماج 2013.",
        ti: "ግዴታ ምውህሃድኩም ብ {0} ጀሚሩ። እዚ ቅድሚ {1} እዩ። ስለዚ እቲ ኣረጊት ሕጊ ይምልከተኩም፡ ሕጊ ምውህሃድ 2013።",
        tr: "Uyum yükümlülüğünüz {0} tarihinde başladı. Bu, {1} tarihinden öncedir. Bu yüzden sizin için eski yasa geçerlidir: 2013 Uyum Yasası.",
        fa: "الزام ادغام شما در {0} شروع شد. این قبل از {1} است. بنابراین قانون قدیمی برای شما اعمال می‌شود: قانون ادغام 2013.",
    }
    WET_WI2021 = "wet_wi2021" {
        nl: "Uw inburgeringsplicht begon op {0}. Voor u geldt de Wet inburgering 2021.",
        en: "Your obligation to integrate started on {0}. The Civic Integration Act 2021 applies to you.",
        ar: "بدأ واجب الاندماج لديك في {0}. ينطبق عليك قانون الاندماج 2021.",
        ti: "ግዴታ ምውህሃድኩም ብ {0} ጀሚሩ። ሕጊ ምውህሃድ 2021 ይምልከተኩም።",
        tr: "Uyum yükümlülüğünüz {0} tarihinde başladı. Sizin için 2021 Uyum Yasası geçerlidir.",
        fa: "الزام ادغام شما در {0} شروع شد. قانون ادغام 2021 برای شما اعمال می‌شود.",
    }
    WI2013_INHOUD = "wi2013_inhoud" {
        nl: "Volgens die wet doet u taalexamens op niveau A2 en de examens KNM en ONA. U tekent ook de participatieverklaring. Er zijn geen leerroutes. DUO stuurt u een brief met uw termijn.",
        en: "Under that law you take language exams at level A2 and the KNM and ONA exams. You also sign the participation statement. There are no learning routes. DUO sends you a letter with your term.",
        ar: "بموجب هذا القانون تؤدي امتحانات اللغة بمستوى A2 وامتحاني KNM وONA. وتوقع أيضًا إعلان المشاركة. لا يوجد مسار تعلم. ترسل لك DUO رسالة بمهلتك.",
        ti: "ብመሰረት እቲ ሕጊ ፈተናታት ቋንቋ ብደረጃ A2 ከምኡውን ፈተናታት KNM ን ONA ን ትወስዱ። ነቲ መግለጺ ተሳትፎ እውን ትፍርሙ። መገዲ ምምሃር የለን። DUO ግዜ ገደብኩም ዘለዎ ደብዳበ ይሰደልኩም።",
        tr: "Bu yasaya göre A2 düzeyinde dil sınavlarına ve KNM ile ONA sınavlarına girersiniz. Katılım beyanını da imzalarsınız. Öğrenme yolları yoktur. DUO size sürenizi içeren bir mektup gönderir.",
        fa: "طبق آن قانون امتحانات زبان را در سطح A2 و امتحانات KNM و ONA می‌دهید. بیانیه مشارکت را هم امضا می‌کنید. مسیر یادگیری وجود ندارد. DUO نامه‌ای با مهلت شما می‌فرستد.",
    }
    WI2013_INHOUD_ONA = "wi2013_inhoud_ona" {
        nl: "Volgens die wet doet u taalexamens op niveau A2 en de examens KNM en ONA. Er zijn geen leerroutes. DUO stuurt u een brief met uw termijn.",
        en: "Under that law you take language exams at level A2 and the KNM and ONA exams. There are no learning routes. DUO sends you a letter with your term.",
        ar: "بموجب هذا القانون تؤدي امتحانات اللغة بمستوى A2 وامتحاني KNM وONA. لا يوجد مسار تعلم. ترسل لك DUO رسالة بمهلتك.",
        ti: "ብመሰረት እቲ ሕጊ ፈተናታት ቋንቋ ብደረጃ A2 ከምኡውን ፈተናታት KNM ን ONA ን ትወስዱ። መገዲ ምምሃር የለን። DUO ግዜ ገደብኩም ዘለዎ ደብዳበ ይሰደልኩም።",
        tr: "Bu yasaya göre A2 düzeyinde dil sınavlarına ve KNM ile ONA sınavlarına girersiniz. Öğrenme yolları yoktur. DUO size sürenizi içeren bir mektup gönderir.",
        fa: "طبق آن قانون امتحانات زبان را در سطح A2 و امتحانات KNM و ONA می‌دهید. مسیر یادگیری وجود ندارد. DUO نامه‌ای با مهلت شما می‌فرستد.",
    }
    WI2013_INHOUD_A2_KNM = "wi2013_inhoud_a2_knm" {
        nl: "Volgens die wet doet u taalexamens op niveau A2 en het examen KNM. Er zijn geen leerroutes. DUO stuurt u een brief met uw termijn.",
        en: "Under that law you take language exams at level A2 and the KNM exam. There are no learning routes. DUO sends you a letter with your term.",
        ar: "بموجب هذا القانون تؤدي امتحانات اللغة بمستوى A2 وامتحان KNM. لا يوجد مسار تعلم. ترسل لك DUO رسالة بمهلتك.",
        ti: "ብመሰረት እቲ ሕጊ ፈተናታት ቋንቋ ብደረጃ A2 ከምኡውን ፈተና KNM ትወስዱ። መገዲ ምምሃር የለን። DUO ግዜ ገደብኩም ዘለዎ ደብዳበ ይሰደልኩም።",
        tr: "Bu yasaya göre A2 düzeyinde dil sınavlarına ve KNM sınavına girersiniz. Öğrenme yolları yoktur. DUO size sürenizi içeren bir mektup gönderir.",
        fa: "طبق آن قانون امتحانات زبان را در سطح A2 و امتحان KNM می‌دهید. مسیر یادگیری وجود ندارد. DUO نامه‌ای با مهلت شما می‌فرستد.",
    }
    INDICATIEF = "indicatief" {
        nl: "Dit is niet zeker: het staat niet letterlijk in de wet. Vraag de gemeente of DUO wat dit voor u betekent.",
        en: "This is not certain: it is not written word for word in the law. Ask the municipality or DUO what it means for you.",
        ar: "هذا غير مؤكد: لا يرد حرفيًا في نص القانون. اسأل البلدية أو DUO عما يعنيه ذلك بالنسبة لك.",
        ti: "እዚ ርግጸኛ ኣይኮነን፡ ቃል ብቃል ኣብ ሕጊ ኣይተጻሕፈን። እዚ ንዓኹም እንታይ ማለት ምዃኑ ንምምሕዳር ከተማ ወይ DUO ሕተቱ።",
        tr: "Bu kesin değil: yasada kelimesi kelimesine yazmıyor. Bunun sizin için ne anlama geldiğini belediyeye veya DUO'ya sorun.",
        fa: "این قطعی نیست: کلمه به کلمه در قانون نیامده است. از شهرداری یا DUO بپرسید این برای شما چه معنایی دارد.",
    }
    VRAAG_TOETS = "vraag_toets" {
        nl: "Heeft u de leerbaarheidstoets al gedaan? Met uw score kunnen we een leerroute adviseren.",
        en: "Have you taken the learnability test yet? With your score we can advise a learning route.",
        ar: "هل أجريت اختبار القدرة على التعلم؟ بنتيجتك يمكننا أن ننصح بمسار تعلم.",
        ti: "ፈተና ክእለት ምምሃር ወሲድኩም ዶ? ብነጥብኩም መገዲ ምምሃር ክንመኽር ንኽእል።",
        tr: "Öğrenebilirlik testine girdiniz mi? Puanınızla bir öğrenme yolu önerebiliriz.",
        fa: "آیا آزمون یادگیری‌پذیری را داده‌اید؟ با نمره شما می‌توانیم یک مسیر یادگیری پیشنهاد کنیم.",
    }
    TOETS_HAALBAAR = "toets_haalbaar" {
        nl: "Uw score op de leerbaarheidstoets van {1} is {0} van de 40. De grens was toen {2}. Niveau B1 is dus waarschijnlijk haalbaar. De toets geeft een indicatie.",
        en: "Your score on the learnability test of {1} is {0} out of 40. The threshold was {2} then. So level B1 is probably achievable. The test gives an indication.",
        ar: "نتيجتك في اختبار القدرة على التعلم بتاريخ {1} هي {0} من 40. كان الحد آنذاك {2}. لذا فالمستوى B1 ممكن على الأرجح. يعطي الاختبار مؤشرًا.",
        ti: "ኣብ ፈተና ክእለት ምምሃር ዕለት {1} ዝረኸብኩሞ ነጥቢ {0} እዩ (ካብ 40)። እቲ ደረት ሽዑ {2} ነበረ። ስለዚ ደረጃ B1 ምናልባት ክብጻሕ ይኽእል። እቲ ፈተና ምልክት ጥራይ እዩ።",
        tr: "{1} tarihli öğrenebilirlik testindeki puanınız 40 üzerinden {0}. O zamanki sınır {2} idi. Yani B1 düzeyi muhtemelen ulaşılabilir. Test bir gösterge verir.",
        fa: "در آزمون یادگیری‌پذیری تاریخ {1} نمره {0} از 40 گرفتید. حد نصاب آن زمان {2} بود. پس سطح B1 احتمالاً قابل دستیابی است. آزمون فقط یک نشانه است.",
    }
    TOETS_NIET_HAALBAAR = "toets_niet_haalbaar" {
        nl: "Uw score op de leerbaarheidstoets van {1} is {0} van de 40. De grens was toen {2}. Niveau B1 is dus waarschijnlijk niet haalbaar. De toets geeft een indicatie.",
        en: "Your score on the learnability test of {1} is {0} out of 40. The threshold was {2} then. So level B1 is probably not achievable. The test gives an indication.",
        ar: "نتيجتك في اختبار القدرة على التعلم بتاريخ {1} هي {0} من 40. كان الحد آنذاك {2}. لذا فالمستوى B1 غير ممكن على الأرجح. يعطي الاختبار مؤشرًا.",
        ti: "ኣብ ፈተና ክእለት ምምሃር ዕለት {1} ዝረኸብኩሞ ነጥቢ {0} እዩ (ካብ 40)። እቲ ደረት ሽዑ {2} ነበረ። ስለዚ ደረጃ B1 ምናልባት ክብጻሕ ኣይክእልን። እቲ ፈተና ምልክት ጥራይ እዩ።",
        tr: "{1} tarihli öğrenebilirlik testindeki puanınız 40 üzerinden {0}. O zamanki sınır {2} idi. Yani B1 düzeyi muhtemelen ulaşılabilir değil. Test bir gösterge verir.",
        fa: "در آزمون یادگیری‌پذیری تاریخ {1} نمره {0} از 40 گرفتید. حد نصاب آن زمان {2} بود. پس سطح B1 احتمالاً قابل دستیابی نیست. آزمون فقط یک نشانه است.",
    }
    ROUTE_B1 = "route_b1" {
        nl: "Advies: de B1-route. U leert Nederlands op niveau B1 en doet examens.",
        en: "Advice: the B1 route. You learn Dutch at level B1 and take exams.",
        ar: "النصيحة: مسار B1. تتعلم الهولندية بمستوى B1 وتؤدي الامتحانات.",
        ti: "ምኽሪ: መገዲ B1። ሆላንድኛ ብደረጃ B1 ትመሃሩን ፈተናታት ትወስዱን።",
        tr: "Öneri: B1 yolu. Hollandacayı B1 düzeyinde öğrenir ve sınavlara girersiniz.",
        fa: "پیشنهاد: مسیر B1. هلندی را در سطح B1 یاد می‌گیرید و امتحان می‌دهید.",
    }
    ROUTE_ONDERWIJS = "route_onderwijs" {
        nl: "Advies: de onderwijsroute. U wilt naar het mbo, hbo of de universiteit en u bent jonger dan {0}.",
        en: "Advice: the education route. You want to go to mbo, hbo or university and you are younger than {0}.",
        ar: "النصيحة: مسار الدراسة. تريد الالتحاق بـ mbo أو hbo أو الجامعة وعمرك أقل من {0}.",
        ti: "ምኽሪ: መገዲ ትምህርቲ። ናብ mbo፡ hbo ወይ ዩኒቨርሲቲ ክትከዱ ትደልዩ፡ ዕድመኹም ድማ ትሕቲ {0} እዩ።",
        tr: "Öneri: eğitim yolu. mbo, hbo veya üniversiteye gitmek istiyorsunuz ve {0} yaşından gençsiniz.",
        fa: "پیشنهاد: مسیر تحصیلی. می‌خواهید به mbo، hbo یا دانشگاه بروید و کمتر از {0} سال دارید.",
    }
    ROUTE_Z = "route_z" {
        nl: "Advies: de Z-route (zelfredzaamheidsroute). U leert Nederlands op uw eigen niveau en doet mee in de samenleving.",
        en: "Advice: the Z route (self-reliance route). You learn Dutch at your own level and take part in society.",
        ar: "النصيحة: مسار Z (مسار الاعتماد على الذات). تتعلم الهولندية بمستواك وتشارك في المجتمع.",
        ti: "ምኽሪ: መገዲ Z (መገዲ ርእሰ-ምኽኣል)። ሆላንድኛ ብናትኩም ደረጃ ትመሃሩን ኣብ ሕብረተሰብ ትሳተፉን።",
        tr: "Öneri: Z yolu (kendi kendine yetebilme yolu). Hollandacayı kendi düzeyinizde öğrenir ve topluma katılırsınız.",
        fa: "پیشنهاد: مسیر Z (مسیر خودکفایی). هلندی را در سطح خودتان یاد می‌گیرید و در جامعه مشارکت می‌کنید.",
    }
    ALTERNATIEF_B1 = "alternatief_b1" {
        nl: "Ook mogelijk: de B1-route. De gemeente kan afwijken van de toets en de route later nog wijzigen.",
        en: "Also possible: the B1 route. The municipality can deviate from the test and still change the route later.",
        ar: "ممكن أيضًا: مسار B1. يمكن للبلدية أن تخالف نتيجة الاختبار وأن تغير المسار لاحقًا.",
        ti: "ከምኡ እውን ይከኣል: መገዲ B1። ምምሕዳር ከተማ ካብቲ ፈተና ክፈሊ ከምኡውን ነቲ መገዲ ደሓር ክቕይሮ ይኽእል።",
        tr: "Şu da mümkün: B1 yolu. Belediye testten farklı karar verebilir ve yolu daha sonra değiştirebilir.",
        fa: "همچنین ممکن: مسیر B1. شهرداری می‌تواند از نتیجه آزمون فاصله بگیرد و مسیر را بعداً تغییر دهد.",
    }
    LEEFTIJD_ONDERWIJS = "leeftijd_onderwijs" {
        nl: "De wet heeft geen leeftijdsgrens voor deze route. De grens van {0} jaar is beleid van de gemeente.",
        en: "The law has no age limit for this route. The limit of {0} is the municipality's policy.",
        ar: "لا يضع القانون حدًا للعمر لهذا المسار. حد {0} عامًا هو سياسة البلدية.",
        ti: "እቲ ሕጊ ነዚ መገዲ ደረት ዕድመ የብሉን። ደረት {0} ዓመት ፖሊሲ ምምሕዳር ከተማ እዩ።",
        tr: "Yasada bu yol için yaş sınırı yoktur. {0} yaş sınırı belediyenin politikasıdır.",
        fa: "قانون برای این مسیر محدودیت سنی ندارد. مرز {0} سال سیاست شهرداری است.",
    }
    ALTERNATIEF_ONDERWIJS = "alternatief_onderwijs" {
        nl: "Ook mogelijk: de onderwijsroute. De wet heeft geen leeftijdsgrens. De gemeente adviseert deze route vooral onder {0} jaar.",
        en: "Also possible: the education route. The law has no age limit. The municipality mainly advises this route under {0}.",
        ar: "ممكن أيضًا: مسار الدراسة. لا يضع القانون حدًا للعمر. تنصح البلدية بهذا المسار غالبًا لمن هم دون {0} عامًا.",
        ti: "ከምኡ እውን ይከኣል: መገዲ ትምህርቲ። እቲ ሕጊ ደረት ዕድመ የብሉን። ምምሕዳር ከተማ ነዚ መገዲ ብቐንዱ ትሕቲ {0} ዓመት ይመኽሮ።",
        tr: "Şu da mümkün: eğitim yolu. Yasada yaş sınırı yoktur. Belediye bu yolu çoğunlukla {0} yaşın altındakilere önerir.",
        fa: "همچنین ممکن: مسیر تحصیلی. قانون محدودیت سنی ندارد. شهرداری این مسیر را بیشتر برای افراد زیر {0} سال پیشنهاد می‌کند.",
    }
    AFSCHALEN = "afschalen" {
        nl: "Lukt B1 niet, ook niet na {0} uur les? Dan kan de gemeente besluiten dat u examens op niveau A2 doet.",
        en: "If you cannot reach B1, even after {0} hours of lessons, the municipality can decide that you take exams at level A2.",
        ar: "إذا لم تستطع الوصول إلى B1 حتى بعد {0} ساعة من الدروس، يمكن للبلدية أن تقرر أن تؤدي الامتحانات بمستوى A2.",
        ti: "ድሕሪ {0} ሰዓት ትምህርቲ እውን B1 እንተዘይበጻሕኩም፡ ምምሕዳር ከተማ ብደረጃ A2 ፈተና ክትወስዱ ክውስን ይኽእል።",
        tr: "{0} saat dersten sonra bile B1'e ulaşamazsanız, belediye sınavlara A2 düzeyinde girmenize karar verebilir.",
        fa: "اگر حتی پس از {0} ساعت کلاس به B1 نرسید، شهرداری می‌تواند تصمیم بگیرد که امتحانات را در سطح A2 بدهید.",
    }
    VRAAG_OPLEIDING = "vraag_opleiding" {
        nl: "Wilt u naar het mbo, hbo of de universiteit? Dan kan de onderwijsroute passen.",
        en: "Do you want to go to mbo, hbo or university? Then the education route may fit.",
        ar: "هل تريد الالتحاق بـ mbo أو hbo أو الجامعة؟ عندها قد يناسبك مسار الدراسة.",
        ti: "ናብ mbo፡ hbo ወይ ዩኒቨርሲቲ ክትከዱ ትደልዩ ዶ? ሽዑ መገዲ ትምህርቲ ክሰማማዕ ይኽእል።",
        tr: "mbo, hbo veya üniversiteye gitmek istiyor musunuz? O zaman eğitim yolu uygun olabilir.",
        fa: "آیا می‌خواهید به mbo، hbo یا دانشگاه بروید؟ در این صورت مسیر تحصیلی ممکن است مناسب باشد.",
    }
    ONDERDELEN = "onderdelen" {
        nl: "Inburgeren bestaat uit de participatieverklaring (PVT), de module arbeidsmarkt (MAP, niet in de onderwijsroute) en uw leerroute.",
        en: "Integration consists of the participation statement (PVT), the labour market module (MAP, not in the education route) and your learning route.",
        ar: "يتكون الاندماج من إعلان المشاركة (PVT) ووحدة سوق العمل (MAP، ليست في مسار الدراسة) ومسار التعلم الخاص بك.",
        ti: "ምውህሃድ ካብ መግለጺ ተሳትፎ (PVT)፡ ሞጁል ዕዳጋ ስራሕ (MAP፡ ኣብ መገዲ ትምህርቲ የለን) ከምኡውን መገዲ ምምሃር ናትኩም ዝቖመ እዩ።",
        tr: "Uyum; katılım beyanı (PVT), iş piyasası modülü (MAP, eğitim yolunda yok) ve öğrenme yolunuzdan oluşur.",
        fa: "ادغام شامل بیانیه مشارکت (PVT)، ماژول بازار کار (MAP، نه در مسیر تحصیلی) و مسیر یادگیری شماست.",
    }
    Z_UREN = "z_uren" {
        nl: "In de Z-route volgt u {0} uur les in Nederlands en KNM. U sluit af met een gesprek bij de gemeente.",
        en: "In the Z route you take {0} hours of lessons in Dutch and KNM. You finish with a talk at the municipality.",
        ar: "في مسار Z تحضر {0} ساعة من دروس الهولندية وKNM. وتنهي بمحادثة في البلدية.",
        ti: "ኣብ መገዲ Z {0} ሰዓት ትምህርቲ ሆላንድኛን KNM ን ትወስዱ። ብዘተ ኣብ ምምሕዳር ከተማ ትዛዝሙ።",
        tr: "Z yolunda Hollandaca ve KNM'den {0} saat ders alırsınız. Belediyede bir görüşmeyle bitirirsiniz.",
        fa: "در مسیر Z، {0} ساعت کلاس هلندی و KNM می‌گذرانید. با یک گفتگو در شهرداری به پایان می‌رسانید.",
    }
    Z_UREN_ASIEL = "z_uren_asiel" {
        nl: "In de Z-route volgt u {0} uur les in Nederlands en KNM, en {1} uur activiteiten om mee te doen. U sluit af met een gesprek bij de gemeente.",
        en: "In the Z route you take {0} hours of lessons in Dutch and KNM, and {1} hours of activities to take part. You finish with a talk at the municipality.",
        ar: "في مسار Z تحضر {0} ساعة من دروس الهولندية وKNM، و{1} ساعة من أنشطة المشاركة. وتنهي بمحادثة في البلدية.",
        ti: "ኣብ መገዲ Z {0} ሰዓት ትምህርቲ ሆላንድኛን KNM ን፡ ከምኡውን {1} ሰዓት ንጥፈታት ተሳትፎ ትገብሩ። ብዘተ ኣብ ምምሕዳር ከተማ ትዛዝሙ።",
        tr: "Z yolunda Hollandaca ve KNM'den {0} saat ders ve {1} saat katılım etkinliği yaparsınız. Belediyede bir görüşmeyle bitirirsiniz.",
        fa: "در مسیر Z، {0} ساعت کلاس هلندی و KNM و {1} ساعت فعالیت مشارکتی دارید. با یک گفتگو در شهرداری به پایان می‌رسانید.",
    }
    VRAAG_DUO_BRIEF = "vraag_duo_brief" {
        nl: "Wanneer kreeg u de brief van DUO? Dan weten we wanneer uw plan (PIP) klaar moet zijn.",
        en: "When did you get the letter from DUO? Then we know when your plan (PIP) must be ready.",
        ar: "متى وصلتك رسالة DUO؟ عندها نعرف متى يجب أن تكون خطتك (PIP) جاهزة.",
        ti: "ደብዳበ DUO መዓስ በጺሑኩም? ሽዑ መደብኩም (PIP) መዓስ ክዳሎ ከም ዘለዎ ንፈልጥ።",
        tr: "DUO'nun mektubunu ne zaman aldınız? O zaman planınızın (PIP) ne zaman hazır olması gerektiğini biliriz.",
        fa: "نامه DUO را چه زمانی دریافت کردید؟ آنگاه می‌دانیم برنامه شما (PIP) کی باید آماده باشد.",
    }
    PIP_UITERLIJK = "pip_uiterlijk" {
        nl: "DUO stuurde de brief op {0}. De gemeente maakt uw plan (PIP) uiterlijk op {1}.",
        en: "DUO sent the letter on {0}. The municipality makes your plan (PIP) by {1} at the latest.",
        ar: "أرسلت DUO الرسالة في {0}. تضع البلدية خطتك (PIP) في موعد أقصاه {1}.",
        ti: "DUO ብ {0} ደብዳበ ሰዲዱ። ምምሕዳር ከተማ መደብኩም (PIP) ቅድሚ {1} ወይ ኣብኡ ይሰርሖ።",
        tr: "DUO mektubu {0} tarihinde gönderdi. Belediye planınızı (PIP) en geç {1} tarihinde hazırlar.",
        fa: "DUO نامه را در {0} فرستاد. شهرداری برنامه شما (PIP) را حداکثر تا {1} تهیه می‌کند.",
    }
    PIP_UITERLIJK_HUISVESTING = "pip_uiterlijk_huisvesting" {
        nl: "DUO stuurde de brief op {0}. U woont in de gemeente vanaf {1}, dus na de brief. Daarom maakt de gemeente uw plan (PIP) uiterlijk op {2}.",
        en: "DUO sent the letter on {0}. You live in the municipality from {1}, so after the letter. That is why the municipality makes your plan (PIP) by {2} at the latest.",
        ar: "أرسلت DUO الرسالة في {0}. أنت تسكن في البلدية منذ {1}، أي بعد الرسالة. لذلك تضع البلدية خطتك (PIP) في موعد أقصاه {2}.",
        ti: "DUO ብ {0} ደብዳበ ሰዲዱ። ካብ {1} ጀሚርኩም ኣብቲ ምምሕዳር ከተማ ትነብሩ፡ ማለት ድሕሪ እቲ ደብዳበ። ስለዚ ምምሕዳር ከተማ መደብኩም (PIP) ቅድሚ {2} ወይ ኣብኡ ይሰርሖ።",
        tr: "DUO mektubu {0} tarihinde gönderdi. {1} tarihinden itibaren belediyede yaşıyorsunuz, yani mektuptan sonra. Bu yüzden belediye planınızı (PIP) en geç {2} tarihinde hazırlar.",
        fa: "DUO نامه را در {0} فرستاد. شما از {1} در شهرداری زندگی می‌کنید، یعنی بعد از نامه. به همین دلیل شهرداری برنامه شما (PIP) را حداکثر تا {2} تهیه می‌کند.",
    }
    PIP_NA_HUISVESTING = "pip_na_huisvesting" {
        nl: "DUO stuurde de brief op {0}. Woonde u toen al in de gemeente? Dan maakt de gemeente uw plan (PIP) uiterlijk op {1}. Kwam u later in de gemeente wonen? Dan schuift die datum op: uiterlijk {2} weken nadat u in de gemeente bent ingeschreven.",
        en: "DUO sent the letter on {0}. Did you already live in the municipality then? Then the municipality makes your plan (PIP) by {1} at the latest. Did you come to live in the municipality later? Then that date moves: at the latest {2} weeks after you are registered in the municipality.",
        ar: "أرسلت DUO الرسالة في {0}. هل كنت تسكن في البلدية حينها؟ عندها تضع البلدية خطتك (PIP) في موعد أقصاه {1}. هل بدأت السكن في البلدية لاحقًا؟ عندها يتأخر هذا التاريخ: في موعد أقصاه {2} أسابيع بعد تسجيلك في البلدية.",
        ti: "DUO ብ {0} ደብዳበ ሰዲዱ። ሽዑ ድሮ ኣብቲ ምምሕዳር ከተማ ትነብሩ ዶ ኔርኩም? ሽዑ ምምሕዳር ከተማ መደብኩም (PIP) ቅድሚ {1} ወይ ኣብኡ ይሰርሖ። ደሓር ዶ ኣብቲ ምምሕዳር ከተማ ክትነብሩ ጀሚርኩም? ሽዑ እታ ዕለት ትሰጋገር፡ ናይ መወዳእታ መዓልቲ {2} ሰሙን ድሕሪ ኣብ ምምሕዳር ከተማ ምምዝጋብኩም እዩ።",
        tr: "DUO mektubu {0} tarihinde gönderdi. O zaman belediyede zaten yaşıyor muydunuz? O zaman belediye planınızı (PIP) en geç {1} tarihinde hazırlar. Belediyede daha sonra mı yaşamaya başladınız? O zaman bu tarih ileri kayar: belediyeye kaydolduktan en geç {2} hafta sonra.",
        fa: "DUO نامه را در {0} فرستاد. آیا آن زمان در شهرداری زندگی می‌کردید؟ در این صورت شهرداری برنامه شما (PIP) را حداکثر تا {1} تهیه می‌کند. آیا بعداً در شهرداری ساکن شدید؟ در این صورت این تاریخ جابه‌جا می‌شود: حداکثر تا {2} هفته پس از ثبت‌نام شما در شهرداری.",
    }
    PIP_INFORMATIE_DERDE = "pip_informatie_derde" {
        nl: "Wacht de gemeente op informatie van een ander, bijvoorbeeld een arts? En kan het plan niet zonder die informatie? Dan mag het plan later komen: uiterlijk {0} weken nadat de gemeente de informatie heeft.",
        en: "Is the municipality waiting for information from someone else, for example a doctor? And can the plan not be made without it? Then the plan may come later: at the latest {0} weeks after the municipality has the information.",
        ar: "هل تنتظر البلدية معلومات من جهة أخرى، مثل طبيب؟ ولا يمكن وضع الخطة بدون هذه المعلومات؟ عندها يمكن أن تأتي الخطة لاحقًا: في موعد أقصاه {0} أسابيع بعد حصول البلدية على المعلومات.",
        ti: "ምምሕዳር ከተማ ካብ ካልእ፡ ንኣብነት ካብ ሓኪም፡ ሓበሬታ ይጽበ ዶ? እቲ መደብ ብዘይ እቲ ሓበሬታ ክስራሕ ዘይክእል ድዩ? ሽዑ እቲ መደብ ደሓር ክመጽእ ይኽእል፡ ናይ መወዳእታ መዓልቲ {0} ሰሙን ድሕሪ ምምሕዳር ከተማ ነቲ ሓበሬታ ምርካቡ እዩ።",
        tr: "Belediye başka birinden, örneğin bir doktordan, bilgi mi bekliyor? Ve plan bu bilgi olmadan yapılamıyor mu? O zaman plan daha sonra gelebilir: belediye bilgiyi aldıktan en geç {0} hafta sonra.",
        fa: "آیا شهرداری منتظر اطلاعاتی از شخص دیگری است، مثلاً یک پزشک؟ و برنامه بدون این اطلاعات ممکن نیست؟ در این صورت برنامه می‌تواند دیرتر بیاید: حداکثر تا {0} هفته پس از اینکه شهرداری اطلاعات را دریافت کرد.",
    }
    VRAAG_HUISVESTING_PIP = "vraag_huisvesting_pip" {
        nl: "Vanaf welke dag woont u in de gemeente? Dan weten we wanneer uw plan (PIP) klaar moet zijn.",
        en: "From which day do you live in the municipality? Then we know when your plan (PIP) must be ready.",
        ar: "من أي يوم تسكن في البلدية؟ عندها نعرف متى يجب أن تكون خطتك (PIP) جاهزة.",
        ti: "ካብ ኣየናይ መዓልቲ ኣብቲ ምምሕዳር ከተማ ትነብሩ? ሽዑ መደብኩም (PIP) መዓስ ክዳሎ ከም ዘለዎ ንፈልጥ።",
        tr: "Hangi günden itibaren belediyede yaşıyorsunuz? O zaman planınızın (PIP) ne zaman hazır olması gerektiğini biliriz.",
        fa: "از چه روزی در شهرداری زندگی می‌کنید؟ آنگاه می‌دانیم برنامه شما (PIP) کی باید آماده باشد.",
    }
    PIP_VOOR_PLICHT = "pip_voor_plicht" {
        nl: "De datum van het plan (PIP) ligt voor het begin van de inburgeringsplicht. DUO neemt zo'n plan niet op. Klopt de datum?",
        en: "The date of the plan (PIP) is before the obligation to integrate started. DUO does not register such a plan. Is the date right?",
        ar: "تاريخ الخطة (PIP) قبل بداية واجب الاندماج. لا تسجل DUO خطة كهذه. هل التاريخ صحيح؟",
        ti: "ዕለት እቲ መደብ (PIP) ቅድሚ ምጅማር ግዴታ ምውህሃድ እዩ። DUO ከምዚ ዓይነት መደብ ኣይምዝግብን። እቲ ዕለት ቅኑዕ ድዩ?",
        tr: "Planın (PIP) tarihi uyum yükümlülüğü başlamadan öncedir. DUO böyle bir planı kaydetmez. Tarih doğru mu?",
        fa: "تاریخ برنامه (PIP) قبل از شروع الزام ادغام است. DUO چنین برنامه‌ای را ثبت نمی‌کند. آیا تاریخ درست است؟",
    }
    PIP_VOOR_HUISVESTING = "pip_voor_huisvesting" {
        nl: "De datum van het plan (PIP) ligt voor de dag dat u in de gemeente kwam wonen. DUO neemt zo'n plan niet op. Klopt de datum van het plan?",
        en: "The date of the plan (PIP) is before the day you came to live in the municipality. DUO does not register such a plan. Is the date of the plan right?",
        ar: "تاريخ الخطة (PIP) قبل اليوم الذي بدأت فيه السكن في البلدية. لا تسجل DUO خطة كهذه. هل تاريخ الخطة صحيح؟",
        ti: "ዕለት እቲ መደብ (PIP) ቅድሚ እታ ኣብቲ ምምሕዳር ከተማ ክትነብሩ ዝጀመርኩምላ መዓልቲ እዩ። DUO ከምዚ ዓይነት መደብ ኣይምዝግብን። ዕለት እቲ መደብ ቅኑዕ ድዩ?",
        tr: "Planın (PIP) tarihi belediyede yaşamaya başladığınız günden öncedir. DUO böyle bir planı kaydetmez. Planın tarihi doğru mu?",
        fa: "تاریخ برنامه (PIP) قبل از روزی است که در شهرداری ساکن شدید. DUO چنین برنامه‌ای را ثبت نمی‌کند. آیا تاریخ برنامه درست است؟",
    }
    PIP_VOOR_BRIEF = "pip_voor_brief" {
        nl: "De datum van het plan (PIP) ligt voor de brief van DUO. Dat kan: de wet noemt alleen de laatste dag voor het plan. Klopt de datum?",
        en: "The date of the plan (PIP) is before the letter from DUO. That is possible: the law only sets the last day for the plan. Is the date right?",
        ar: "تاريخ الخطة (PIP) قبل رسالة DUO. هذا ممكن: القانون يحدد فقط آخر يوم للخطة. هل التاريخ صحيح؟",
        ti: "ዕለት እቲ መደብ (PIP) ቅድሚ ደብዳበ DUO እዩ። እዚ ይከኣል እዩ፡ እቲ ሕጊ ነታ ናይ መወዳእታ መዓልቲ ጥራይ ይውስን። እቲ ዕለት ቅኑዕ ድዩ?",
        tr: "Planın (PIP) tarihi DUO'nun mektubundan öncedir. Bu mümkündür: yasa plan için sadece son günü belirler. Tarih doğru mu?",
        fa: "تاریخ برنامه (PIP) قبل از نامه DUO است. این ممکن است: قانون فقط آخرین روز برنامه را تعیین می‌کند. آیا تاریخ درست است؟",
    }
    DATUM_PVT_MAP = "datum_pvt_map" {
        nl: "Het PVT of de MAP heeft een datum voor het begin van uw termijn, of een datum die nog moet komen. DUO telt dat niet. Daarom staat dit deel nog open. Klopt de datum?",
        en: "The PVT or the MAP has a date before your term started, or a date still to come. DUO does not count that. That is why this part is still open. Is the date right?",
        ar: "لـ PVT أو MAP تاريخ قبل بداية مهلتك، أو تاريخ لم يأت بعد. لا تحسب DUO ذلك. لهذا يبقى هذا الجزء مفتوحًا. هل التاريخ صحيح؟",
        ti: "PVT ወይ MAP ቅድሚ ምጅማር ግዜ ገደብኩም ዕለት ኣለዎ፡ ወይ ገና ዘይመጸት ዕለት። DUO ነዚ ኣይቖጽሮን። ስለዚ እዚ ክፋል ገና ክፉት እዩ። እቲ ዕለት ቅኑዕ ድዩ?",
        tr: "PVT veya MAP'in tarihi sürenizin başlamasından önce ya da henüz gelmemiş bir gün. DUO bunu saymaz. Bu yüzden bu bölüm hâlâ açık. Tarih doğru mu?",
        fa: "PVT یا MAP تاریخی قبل از شروع مهلت شما دارد، یا تاریخی که هنوز نیامده است. DUO آن را حساب نمی‌کند. به همین دلیل این بخش هنوز باز است. آیا تاریخ درست است؟",
    }
    VRAAG_PIP = "vraag_pip" {
        nl: "Welke datum staat op uw plan (PIP)? Dan weten we wanneer uw termijn begint en eindigt.",
        en: "Which date is on your plan (PIP)? Then we know when your term starts and ends.",
        ar: "ما التاريخ المكتوب على خطتك (PIP)؟ عندها نعرف متى تبدأ مهلتك ومتى تنتهي.",
        ti: "ኣብ መደብኩም (PIP) ኣየናይ ዕለት ተጻሒፉ ኣሎ? ሽዑ ግዜ ገደብኩም መዓስ ከም ዝጅምርን ዝውዳእን ንፈልጥ።",
        tr: "Planınızda (PIP) hangi tarih var? O zaman sürenizin ne zaman başlayıp bittiğini biliriz.",
        fa: "چه تاریخی روی برنامه شما (PIP) است؟ آنگاه می‌دانیم مهلت شما کی شروع و کی تمام می‌شود.",
    }
    TERMIJN = "termijn" {
        nl: "Uw inburgeringstermijn begint op {0}. U moet klaar zijn op {1}.",
        en: "Your integration term starts on {0}. You must be finished by {1}.",
        ar: "تبدأ مهلة الاندماج لديك في {0}. يجب أن تنتهي بحلول {1}.",
        ti: "ግዜ ገደብ ምውህሃድኩም ብ {0} ይጅምር። ብ {1} ክትውድኡ ኣለኩም።",
        tr: "Uyum süreniz {0} tarihinde başlar. {1} tarihine kadar bitirmeniz gerekir.",
        fa: "مهلت ادغام شما در {0} شروع می‌شود. باید تا {1} تمام کنید.",
    }
    ROUTEWISSEL = "routewissel" {
        nl: "De gemeente kan uw leerroute veranderen tot en met {0}.",
        en: "The municipality can change your learning route up to and including {0}.",
        ar: "يمكن للبلدية تغيير مسار تعلمك حتى {0} ضمنًا.",
        ti: "ምምሕዳር ከተማ መገዲ ምምሃር ናትኩም ክሳብ {0} ሓዊሱ ክቕይሮ ይኽእል።",
        tr: "Belediye öğrenme yolunuzu {0} tarihine kadar (dahil) değiştirebilir.",
        fa: "شهرداری می‌تواند مسیر یادگیری شما را تا {0} (با احتساب همان روز) تغییر دهد.",
    }
    VRAAG_BIJSTAND = "vraag_bijstand" {
        nl: "Krijgt u bijstand? Dan betaalt de gemeente de eerste maanden uw vaste lasten uit uw bijstand (ontzorgen).",
        en: "Do you receive social assistance (bijstand)? Then for the first months the municipality pays your fixed costs out of your social assistance (ontzorgen).",
        ar: "هل تتلقى مساعدة اجتماعية (bijstand)؟ عندها تدفع البلدية في الأشهر الأولى تكاليفك الثابتة من مساعدتك الاجتماعية (ontzorgen).",
        ti: "ማሕበራዊ ሓገዝ (bijstand) ትቕበሉ ዶ? ሽዑ ምምሕዳር ከተማ ኣብ ቀዳሞት ኣዋርሕ ቀወምቲ ወጻኢታትኩም ካብ ማሕበራዊ ሓገዝኩም ይኸፍል (ontzorgen)።",
        tr: "Sosyal yardım (bijstand) alıyor musunuz? O zaman belediye ilk aylarda sabit giderlerinizi sosyal yardımınızdan öder (ontzorgen).",
        fa: "آیا کمک اجتماعی (bijstand) دریافت می‌کنید؟ در این صورت شهرداری در ماه‌های اول هزینه‌های ثابت شما را از کمک اجتماعی‌تان می‌پردازد (ontzorgen).",
    }
    ONTZORGEN = "ontzorgen" {
        nl: "U krijgt bijstand. Van {0} tot en met {1} betaalt de gemeente uw rekeningen voor huur, energie, water en zorgverzekering. Dat geld gaat van uw bijstand af.",
        en: "You receive social assistance. From {0} up to and including {1} the municipality pays your bills for rent, energy, water and health insurance. That money comes out of your social assistance.",
        ar: "تتلقى مساعدة اجتماعية. من {0} حتى {1} ضمنًا تدفع البلدية فواتيرك للإيجار والطاقة والماء والتأمين الصحي. هذا المال يُخصم من مساعدتك الاجتماعية.",
        ti: "ማሕበራዊ ሓገዝ ትቕበሉ። ካብ {0} ክሳብ {1} ሓዊሱ ምምሕዳር ከተማ ሕሳባትኩም ናይ ክራይ፡ ጸዓት፡ ማይን መድሕን ጥዕናን ይኸፍል። እቲ ገንዘብ ካብ ማሕበራዊ ሓገዝኩም ይቑረጽ።",
        tr: "Sosyal yardım alıyorsunuz. {0} ile {1} arasında (dahil) belediye kira, enerji, su ve sağlık sigortası faturalarınızı öder. Bu para sosyal yardımınızdan kesilir.",
        fa: "شما کمک اجتماعی دریافت می‌کنید. از {0} تا {1} (با احتساب هر دو) شهرداری قبض‌های اجاره، انرژی، آب و بیمه درمانی شما را می‌پردازد. این پول از کمک اجتماعی شما کم می‌شود.",
    }
    VERLENGING = "verlenging" {
        nl: "Heeft u veel lessen gevolgd en examens gehaald, maar bent u niet op tijd klaar? Dan kunt u soms verlenging krijgen: {0} maanden extra tijd. Of meer tijd als het niet uw schuld is. DUO beslist.",
        en: "Have you followed many lessons and passed exams, but are you not finished in time? Then you can sometimes get an extension: {0} months extra. Or more time if it is not your fault. DUO decides.",
        ar: "هل حضرت دروسًا كثيرة ونجحت في امتحانات لكنك لم تنته في الوقت؟ عندها يمكنك أحيانًا الحصول على تمديد: {0} أشهر إضافية. أو وقت أطول إذا لم يكن ذلك خطأك. تقرر DUO.",
        ti: "ብዙሕ ትምህርቲ ተኸታቲልኩምን ፈተናታት ሓሊፍኩምን ግን ብግዜ ኣይወዳእኩምን ዶ? ሽዑ ሓደ ሓደ ግዜ ምንዋሕ ግዜ ክትረኽቡ ትኽእሉ፡ {0} ኣዋርሕ ተወሳኺ። ወይ ጌጋኹም እንተዘይኮይኑ ዝያዳ ግዜ። DUO ይውስን።",
        tr: "Çok ders aldınız ve sınavları geçtiniz ama zamanında bitiremediniz mi? O zaman bazen uzatma alabilirsiniz: {0} ay ek zaman. Ya da sizin suçunuz değilse daha fazla zaman. DUO karar verir.",
        fa: "آیا کلاس‌های زیادی رفته‌اید و امتحاناتی را قبول شده‌اید اما به موقع تمام نکرده‌اید؟ در این صورت گاهی می‌توانید تمدید بگیرید: {0} ماه وقت اضافه. یا وقت بیشتر اگر تقصیر شما نباشد. DUO تصمیم می‌گیرد.",
    }
    BOETE = "boete" {
        nl: "Bent u niet op tijd klaar? Dan kan DUO u een boete geven. Die is hoogstens {0} voor de leerroute en {1} voor PVT of MAP.",
        en: "If you are not finished in time, DUO can give you a fine. It is at most {0} for the learning route and {1} for PVT or MAP.",
        ar: "إذا لم تنته في الوقت، يمكن لـ DUO فرض غرامة: {0} كحد أقصى لمسار التعلم و{1} لـ PVT أو MAP.",
        ti: "ብግዜ እንተዘይወዳእኩም DUO መቕጻዕቲ ክህበኩም ይኽእል። ንመገዲ ምምሃር ብዝበዝሐ {0} እዩ፡ ን PVT ወይ MAP ድማ {1}።",
        tr: "Zamanında bitirmezseniz DUO para cezası verebilir: öğrenme yolu için en fazla {0}, PVT veya MAP için {1}.",
        fa: "اگر به موقع تمام نکنید، DUO می‌تواند جریمه کند: حداکثر {0} برای مسیر یادگیری و {1} برای PVT یا MAP.",
    }
    BOETE_ASIEL = "boete_asiel" {
        nl: "Let op: heeft u een asielvergunning? Dan geeft DUO u geen boete. Dat volgt uit een uitspraak van de Raad van State op 9 juli 2025.",
        en: "Note: do you have an asylum permit? Then DUO does not give you a fine. This follows from a ruling of the Council of State on 9 July 2025.",
        ar: "ملاحظة: هل لديك تصريح لجوء؟ عندها لا تفرض عليك DUO غرامة. هذا ناتج عن حكم مجلس الدولة في 9 يوليو 2025.",
        ti: "ኣስተውዕሉ: ፍቓድ ዑቕባ ኣለኩም ዶ? ሽዑ DUO መቕጻዕቲ ኣይህበኩምን። እዚ ካብ ውሳነ ባይቶ መንግስቲ (Raad van State) ናይ 9 ሓምለ 2025 ዝመጽእ እዩ።",
        tr: "Not: İltica izniniz var mı? O zaman DUO size para cezası vermez. Bu, Danıştay'ın (Raad van State) 9 Temmuz 2025 tarihli kararından kaynaklanır.",
        fa: "توجه: آیا اجازه پناهندگی دارید؟ در این صورت DUO به شما جریمه نمی‌دهد. این از رأی شورای دولتی (Raad van State) در 9 ژوئیه 2025 می‌آید.",
    }
    GEEN_BOETE_ASIEL = "geen_boete_asiel" {
        nl: "U heeft een asielvergunning. Dan geeft DUO u geen boete als u niet op tijd klaar bent. Zo werkt DUO sinds een uitspraak van de Raad van State op 9 juli 2025. U moet wel inburgeren.",
        en: "You have an asylum permit. Then DUO does not give you a fine if you are not finished in time. DUO has worked this way since a ruling of the Council of State on 9 July 2025. You must still integrate.",
        ar: "لديك تصريح لجوء. عندها لا تفرض عليك DUO غرامة إذا لم تنته في الوقت. تعمل DUO هكذا منذ حكم مجلس الدولة في 9 يوليو 2025. لكن يجب عليك الاندماج.",
        ti: "ፍቓድ ዑቕባ ኣለኩም። ሽዑ ብግዜ እንተዘይወዳእኩም DUO መቕጻዕቲ ኣይህበኩምን። DUO ካብ ውሳነ ባይቶ መንግስቲ (Raad van State) ናይ 9 ሓምለ 2025 ጀሚሩ ከምዚ ይሰርሕ። ግን ምውህሃድ ከተካይዱ ኣለኩም።",
        tr: "İltica izniniz var. O zaman zamanında bitirmezseniz DUO size para cezası vermez. DUO, Danıştay'ın (Raad van State) 9 Temmuz 2025 tarihli kararından beri böyle çalışır. Yine de uyum sağlamanız gerekir.",
        fa: "شما اجازه پناهندگی دارید. در این صورت اگر به موقع تمام نکنید، DUO به شما جریمه نمی‌دهد. DUO از زمان رأی شورای دولتی (Raad van State) در 9 ژوئیه 2025 این‌گونه عمل می‌کند. اما باید ادغام را انجام دهید.",
    }
    VRAAG_BIJSTAND_SINDS = "vraag_bijstand_sinds" {
        nl: "Vanaf welke dag heeft u recht op bijstand? Dan zien we wanneer het ontzorgen eindigt.",
        en: "From which day are you entitled to social assistance? Then we can see when ontzorgen ends.",
        ar: "من أي يوم يحق لك الحصول على المساعدة الاجتماعية؟ عندها نعرف متى ينتهي ontzorgen.",
        ti: "ካብ ኣየናይ መዓልቲ መሰል ማሕበራዊ ሓገዝ ኣለኩም? ሽዑ ontzorgen መዓስ ከም ዝውድእ ንርኢ።",
        tr: "Hangi günden itibaren sosyal yardım hakkınız var? O zaman ontzorgen'in ne zaman bittiğini görebiliriz.",
        fa: "از چه روزی حق دریافت کمک اجتماعی دارید؟ آنگاه می‌بینیم ontzorgen کی تمام می‌شود.",
    }
    VRAAG_TOETS_DATUM = "vraag_toets_datum" {
        nl: "Wanneer deed u de leerbaarheidstoets? De score die nodig is, hangt af van die datum.",
        en: "When did you take the learnability test? The score you need depends on that date.",
        ar: "متى أجريت اختبار القدرة على التعلم؟ النتيجة المطلوبة تعتمد على هذا التاريخ.",
        ti: "ፈተና ክእለት ምምሃር መዓስ ወሲድኩም? እቲ ዘድሊ ነጥቢ ኣብቲ ዕለት ይምርኮስ።",
        tr: "Öğrenebilirlik testine ne zaman girdiniz? Gereken puan bu tarihe bağlıdır.",
        fa: "آزمون یادگیری‌پذیری را چه زمانی دادید؟ نمره لازم به این تاریخ بستگی دارد.",
    }
    VRAAG_HUISVESTING = "vraag_huisvesting" {
        nl: "Vanaf welke dag heeft u een huis in de gemeente? Dan zien we wanneer de stappen van de gemeente beginnen.",
        en: "From which day do you have a home in the municipality? Then we can see when the municipality's steps start.",
        ar: "من أي يوم لديك مسكن في البلدية؟ عندها نعرف متى تبدأ خطوات البلدية.",
        ti: "ካብ ኣየናይ መዓልቲ ኣብቲ ምምሕዳር ከተማ ገዛ ኣለኩም? ሽዑ ስጉምትታት ምምሕዳር ከተማ መዓስ ከም ዝጅምሩ ንርኢ።",
        tr: "Hangi günden itibaren belediyede bir eviniz var? O zaman belediyenin adımlarının ne zaman başladığını görebiliriz.",
        fa: "از چه روزی در شهرداری خانه دارید؟ آنگاه می‌بینیم مراحل شهرداری کی شروع می‌شوند.",
    }
}
