//! The ontzorgen budget: input errors of its own, the explanation (`uitleg`) and the warnings a
//! klantmanager reads. The `code` is the contract's `regel` or warning `code`.

crate::teksten! {
    TE_JONG = "te_jong" {
        nl: "Op de startdatum moet deze persoon minstens {0} jaar zijn.",
        en: "On the start date this person must be at least {0} years old.",
        ar: "في تاريخ البدء يجب أن يكون عمر هذا الشخص {0} سنة على الأقل.",
        ti: "ኣብ ዕለት መጀመርታ እዚ ሰብ እንተወሓደ {0} ዓመት ክኸውን ኣለዎ።",
        tr: "Başlangıç tarihinde bu kişi en az {0} yaşında olmalıdır.",
        fa: "در تاریخ شروع، این شخص باید دست‌کم {0} ساله باشد.",
    }
    LEEFVORM_PAST_NIET = "leefvorm_past_niet" {
        nl: "Dit past niet bij de gekozen leefvorm.",
        en: "This does not fit the chosen household type.",
        ar: "هذا لا يتناسب مع نوع الأسرة المختار.",
        ti: "እዚ ምስቲ ዝተመርጸ ዓይነት ስድራ ኣይሰማማዕን።",
        tr: "Bu, seçilen hane tipine uymuyor.",
        fa: "این با نوع خانوار انتخاب‌شده جور نیست.",
    }
    NORM = "norm" {
        nl: "Vanaf {0} is de bijstandsnorm {1} per maand, inclusief vakantietoeslag.",
        en: "From {0} the social assistance norm is {1} per month, including holiday allowance.",
        ar: "اعتبارًا من {0} يبلغ معيار المساعدة الاجتماعية {1} شهريًا، بما في ذلك بدل العطلة.",
        ti: "ካብ {0} ጀሚሩ መለክዒ ማሕበራዊ ሓገዝ {1} ኣብ ወርሒ እዩ፡ ምስ ናይ ዕረፍቲ ወሰኽ።",
        tr: "{0} tarihinden itibaren sosyal yardım normu, tatil ödeneğiyle birlikte ayda {1}.",
        fa: "از {0} معیار کمک اجتماعی ماهانه {1} است، همراه با کمک هزینه تعطیلات.",
    }
    KOSTENDELERS = "kostendelers" {
        nl: "Kostendelende medebewoners van {1} jaar of ouder: {0}.",
        en: "Cost-sharing housemates aged {1} or older: {0}.",
        ar: "المقيمون المشاركون في التكاليف بعمر {1} سنة أو أكثر: {0}.",
        ti: "ወጻኢ ዝመቓርሑ ተሓባበርቲ ገዛ ዕድሚኦም {1} ዓመት ወይ ልዕሊኡ: {0}።",
        tr: "{1} yaş ve üzeri masrafları paylaşan ev arkadaşları: {0}.",
        fa: "هم‌خانه‌های شریک در هزینه با سن {1} سال یا بیشتر: {0}.",
    }
    KOSTENDELERSNORM = "kostendelersnorm" {
        nl: "Er tellen {0} personen mee: ieder krijgt ({1}% + {0} × {2}%) / {0} van de norm voor gehuwden.",
        en: "{0} people count: each gets ({1}% + {0} × {2}%) / {0} of the norm for couples.",
        ar: "يُحتسب {0} أشخاص: يحصل كل منهم على \u{2066}({1}% + {0} × {2}%) / {0}\u{2069} من معيار المتزوجين.",
        ti: "{0} ሰባት ይቑጸሩ: ነፍሲ ወከፍ ({1}% + {0} × {2}%) / {0} ካብ መለክዒ መጻምዲ ይረክብ።",
        tr: "{0} kişi sayılır: her biri evli çiftler normunun ({1}% + {0} × {2}%) / {0} kadarını alır.",
        fa: "{0} نفر حساب می‌شوند: هر نفر \u{2066}({1}% + {0} × {2}%) / {0}\u{2069} از معیار زوج‌ها را می‌گیرد.",
    }
    VAKANTIETOESLAG = "vakantietoeslag" {
        nl: "Van de norm is {0} procent vakantietoeslag. Die wordt gespaard en later uitbetaald; de rest komt elke maand.",
        en: "{0} percent of the norm is holiday allowance. It is saved and paid later; the rest comes every month.",
        ar: "{0} بالمئة من المعيار هو بدل العطلة. يُدَّخر ويُدفع لاحقًا؛ والباقي يأتي كل شهر.",
        ti: "{0} ሚእታዊት ካብቲ መለክዒ ናይ ዕረፍቲ ወሰኽ እዩ። ይዕቀብ ድሕሪ ግዜ ድማ ይኽፈል፤ እቲ ዝተረፈ ወርሓዊ ይመጽእ።",
        tr: "Normun yüzde {0}'i tatil ödeneğidir. Biriktirilir ve sonra ödenir; geri kalanı her ay gelir.",
        fa: "{0} درصد از معیار کمک هزینه تعطیلات است. پس‌انداز و بعداً پرداخت می‌شود؛ بقیه هر ماه می‌آید.",
    }
    BIJSTAND_OPGEGEVEN = "bijstand_opgegeven" {
        nl: "De gemeente gaf het bedrag per maand zelf op: {0}. Daarom staat de vakantietoeslag hier op 0.",
        en: "The municipality gave the monthly amount itself: {0}. That is why the holiday allowance is 0 here.",
        ar: "حددت البلدية المبلغ الشهري بنفسها: {0}. لذلك بدل العطلة هنا 0.",
        ti: "ምምሕዳር ከተማ ነቲ ወርሓዊ መጠን ባዕሉ ሂቡ: {0}። ስለዚ ናይ ዕረፍቲ ወሰኽ ኣብዚ 0 እዩ።",
        tr: "Belediye aylık tutarı kendisi bildirdi: {0}. Bu yüzden tatil ödeneği burada 0.",
        fa: "شهرداری مبلغ ماهانه را خودش داده است: {0}. به همین دلیل کمک هزینه تعطیلات اینجا 0 است.",
    }
    VERHOGING_JONGEREN = "verhoging_jongeren" {
        nl: "Bent u {0} jaar of ouder, maar jonger dan {1} jaar? En kunt u geen hulp krijgen van uw ouders? Dan kan uw bijstand hoger zijn. Maar nooit hoger dan voor iemand van {1} jaar of ouder.",
        en: "Are you {0} or older, but younger than {1}? And can you not get help from your parents? Then your social assistance can be higher. But never higher than for someone aged {1} or older.",
        ar: "هل عمرك {0} عامًا أو أكثر، لكن أقل من {1} عامًا؟ ولا يمكنك الحصول على مساعدة من والديك؟ عندها قد تكون مساعدتك الاجتماعية أعلى. لكنها لا تزيد أبدًا عما يحصل عليه من بلغ {1} عامًا أو أكثر.",
        ti: "{0} ዓመት ወይ ልዕሊኡ፡ ግን ካብ {1} ዓመት ንእሽቶ ዶ ኢኹም? ካብ ወለድኹም ሓገዝ ክትረኽቡ ዘይትኽእሉ ዶ? ሽዑ ማሕበራዊ ሓገዝኩም ክለዓል ይኽእል። ግን ካብቲ ናይ {1} ዓመት ወይ ልዕሊኡ ፈጺሙ ኣይበልጽን።",
        tr: "{0} yaşında veya daha büyük, ama {1} yaşından küçük müsünüz? Ve ebeveynlerinizden yardım alamıyor musunuz? O zaman sosyal yardımınız daha yüksek olabilir. Ama {1} yaş ve üzerindeki birinin alacağından asla yüksek olmaz.",
        fa: "{0} ساله یا بزرگ‌تر، اما کمتر از {1} ساله هستید؟ و نمی‌توانید از والدین خود کمک بگیرید؟ در این صورت کمک اجتماعی شما ممکن است بیشتر باشد. اما هیچ‌وقت بیشتر از کسی که {1} ساله یا بزرگ‌تر است نمی‌شود.",
    }
    PARTNER_ZONDER_RECHT = "partner_zonder_recht" {
        nl: "Uw partner heeft geen recht op bijstand. Dan krijgt u {0} procent van de norm voor een stel van uw leeftijd. Vanaf 21 jaar met kostendelers: alleen uw eigen deel.",
        en: "Your partner has no right to social assistance. Then you get {0} percent of the norm for a couple of your age. From 21 with cost-sharing housemates: only your own share.",
        ar: "ليس لشريكك حق في المساعدة الاجتماعية. عندها تحصل على {0} بالمئة من معيار زوجين في مثل عمرك. من 21 سنة مع مقيمين مشاركين في التكاليف: حصتك أنت فقط.",
        ti: "መጻምድትኹም መሰል ማሕበራዊ ሓገዝ የብሉን። ሽዑ {0} ሚእታዊት ካብ መለክዒ መጻምዲ ናይ ዕድሚኹም ትረኽቡ። ካብ 21 ዓመት ምስ ወጻኢ ዝመቓርሑ ተሓባበርቲ ገዛ: ናይ ባዕልኹም ክፋል ጥራይ።",
        tr: "Partnerinizin sosyal yardım hakkı yok. O zaman yaşınızdaki bir çiftin normunun yüzde {0} kadarını alırsınız. 21 yaştan itibaren masrafları paylaşan ev arkadaşlarıyla: yalnızca kendi payınız.",
        fa: "همسر یا شریک شما حق کمک اجتماعی ندارد. پس {0} درصد از معیار یک زوج هم‌سن شما را می‌گیرید. از 21 سالگی با هم‌خانه‌های شریک در هزینه: فقط سهم خودتان.",
    }
    KINDEREN_ART24A = "kinderen_art24a" {
        nl: "Met kinderen kan de norm hoger zijn (artikel 24a: een deel van het kindgebonden budget). Dat rekenen wij niet uit.",
        en: "With children the norm can be higher (article 24a: part of the child-related budget). We do not calculate that.",
        ar: "مع الأطفال قد يكون المعيار أعلى (المادة 24a، جزء من kindgebonden budget). لا نحسب ذلك.",
        ti: "ምስ ቆልዑ እቲ መለክዒ ክለዓል ይኽእል (ዓንቀጽ 24a: ክፋል ካብ kindgebonden budget)። ነዚ ኣይንሕስቦን።",
        tr: "Çocuklarla norm daha yüksek olabilir (madde 24a: kindgebonden budget'in bir kısmı). Bunu hesaplamıyoruz.",
        fa: "با فرزندان معیار ممکن است بالاتر باشد (ماده 24a، بخشی از kindgebonden budget). این را حساب نمی‌کنیم.",
    }
    ONTZORGEN = "ontzorgen" {
        nl: "Ontzorgen: de eerste {0} maanden van uw bijstand betaalt de gemeente uw rekeningen voor huur, energie, water en zorgverzekering. Dat geld gaat van uw bijstand af.",
        en: "Ontzorgen: for the first {0} months of your social assistance the municipality pays your bills for rent, energy, water and health insurance. That money comes out of your social assistance.",
        ar: "في ontzorgen تدفع البلدية في الأشهر {0} الأولى من مساعدتك الاجتماعية فواتيرك للإيجار والطاقة والماء والتأمين الصحي. هذا المال يُخصم من مساعدتك الاجتماعية.",
        ti: "Ontzorgen: ኣብ ቀዳሞት {0} ኣዋርሕ ማሕበራዊ ሓገዝኩም ምምሕዳር ከተማ ሕሳባትኩም ናይ ክራይ፡ ጸዓት፡ ማይን መድሕን ጥዕናን ይኸፍል። እቲ ገንዘብ ካብ ማሕበራዊ ሓገዝኩም ይቑረጽ።",
        tr: "Ontzorgen: sosyal yardımınızın ilk {0} ayında belediye kira, enerji, su ve sağlık sigortası faturalarınızı öder. Bu para sosyal yardımınızdan kesilir.",
        fa: "در ontzorgen شهرداری در {0} ماه اول کمک اجتماعی شما قبض‌های اجاره، انرژی، آب و بیمه درمانی شما را می‌پردازد. این پول از کمک اجتماعی شما کم می‌شود.",
    }
    ONTZORGEN_LANGER = "ontzorgen_langer" {
        nl: "Vanaf {0} is dit geen ontzorgen volgens de wet meer. De gemeente betaalt dan alleen nog voor u als daar een goede reden voor is.",
        en: "From {0} this is no longer ontzorgen under the law. The municipality then only pays for you if there is a good reason.",
        ar: "اعتبارًا من {0} لم يعد هذا ontzorgen بحسب القانون. بعد ذلك لا تدفع البلدية عنك إلا إذا كان هناك سبب وجيه.",
        ti: "ካብ {0} ጀሚሩ እዚ ብሕጊ ontzorgen ኣይኮነን። ድሕሪኡ ምምሕዳር ከተማ ቅኑዕ ምኽንያት እንተሃልዩ ጥራይ ኣብ ክንድኹም ይኸፍል።",
        tr: "{0} tarihinden itibaren bu artık yasaya göre ontzorgen değildir. Belediye o zaman ancak haklı bir neden varsa sizin adınıza öder.",
        fa: "از {0} این دیگر طبق قانون ontzorgen نیست. از آن پس شهرداری فقط در صورت داشتن دلیل موجه از طرف شما پرداخت می‌کند.",
    }
    LEEFGELD = "leefgeld" {
        nl: "Leefgeld is uw bijstand min alles wat de gemeente van uw bijstand voor u betaalt. Per week is dat het bedrag per maand × 12 / 52.",
        en: "Living money is your social assistance minus everything the municipality pays for you from your social assistance. Per week it is the monthly amount × 12 / 52.",
        ar: "مصروف المعيشة هو مساعدتك الاجتماعية ناقص كل ما تدفعه البلدية عنك من مساعدتك الاجتماعية. في الأسبوع هو المبلغ الشهري \u{2066}× 12 / 52\u{2069}.",
        ti: "ገንዘብ መነባብሮ ማሕበራዊ ሓገዝኩም ምስ ተቐነሰ ኩሉ እቲ ምምሕዳር ከተማ ካብ ማሕበራዊ ሓገዝኩም ዝኸፍሎ እዩ። ኣብ ሰሙን ወርሓዊ መጠን × 12 / 52 እዩ።",
        tr: "Geçim parası, belediyenin sosyal yardımınızdan sizin için ödediği her şey çıkarıldıktan sonra sosyal yardımınızdan kalandır. Haftalık olarak aylık tutar × 12 / 52'dir.",
        fa: "پول زندگی، کمک اجتماعی شما منهای همه چیزهایی است که شهرداری از کمک اجتماعی شما برایتان می‌پردازد. در هفته برابر مبلغ ماهانه \u{2066}× 12 / 52\u{2069} است.",
    }
    TEKORT = "tekort" {
        nl: "In de maand vanaf {0} zijn uw vaste lasten hoger dan uw bijstand. U komt {1} tekort.",
        en: "In the month from {0} your fixed costs are higher than your social assistance. You are short by {1}.",
        ar: "في الشهر الذي يبدأ في {0} تكاليفك الثابتة أعلى من مساعدتك الاجتماعية. ينقصك {1}.",
        ti: "ኣብቲ ካብ {0} ዝጅምር ወርሒ ቀወምቲ ወጻኢታትኩም ካብ ማሕበራዊ ሓገዝኩም ይበዝሕ። {1} ይጎድለኩም።",
        tr: "{0} tarihinden başlayan ayda sabit giderleriniz sosyal yardımınızdan yüksek. {1} eksiğiniz var.",
        fa: "در ماهی که از {0} شروع می‌شود هزینه‌های ثابت شما از کمک اجتماعی‌تان بیشتر است. {1} کم دارید.",
    }
    HUUR_BOVEN_HUURGRENS = "huur_boven_huurgrens" {
        nl: "De huur ({0}) is hoger dan de maximale huurgrens voor huurtoeslag vanaf {1} ({2}). Dan is er meestal geen huurtoeslag.",
        en: "The rent ({0}) is above the maximum rent limit for rent benefit from {1} ({2}). There is then usually no rent benefit.",
        ar: "الإيجار ({0}) أعلى من الحد الأقصى للإيجار لبدل الإيجار اعتبارًا من {1} ({2}). عندها لا يوجد عادةً بدل إيجار.",
        ti: "እቲ ክራይ ({0}) ካብቲ ዝለዓለ ደረት ክራይ ንሓገዝ ክራይ ካብ {1} ({2}) ይበልጽ። ሽዑ መብዛሕትኡ ግዜ ሓገዝ ክራይ የለን።",
        tr: "Kira ({0}), {1} tarihinden itibaren kira yardımı için azami kira sınırının ({2}) üzerinde. O zaman genellikle kira yardımı olmaz.",
        fa: "اجاره ({0}) بالاتر از سقف اجاره برای کمک اجاره از {1} ({2}) است. در این صورت معمولاً کمک اجاره‌ای نیست.",
    }
    HUUR_BOVEN_HUURGRENS_AFGETOPT = "huur_boven_huurgrens_afgetopt" {
        nl: "De huur ({0}) is hoger dan de huurgrens ({2}, vanaf {1}). Huurtoeslag kan nog wel, maar niet over het deel erboven.",
        en: "The rent ({0}) is above the rent limit ({2}, from {1}). Rent benefit is still possible, but not over the part above it.",
        ar: "الإيجار ({0}) أعلى من حد الإيجار ({2}، من {1}). بدل الإيجار ما زال ممكنًا، لكن ليس عن الجزء الزائد.",
        ti: "እቲ ክራይ ({0}) ካብ ደረት ክራይ ({2}፡ ካብ {1}) ይበልጽ። ሓገዝ ክራይ ገና ይከኣል፡ ግን ኣብቲ ንላዕሊ ዘሎ ክፋል ኣይኮነን።",
        tr: "Kira ({0}) kira sınırının ({2}, {1} itibarıyla) üzerinde. Kira yardımı yine mümkün, ama üstteki kısım için değil.",
        fa: "اجاره ({0}) بالاتر از سقف اجاره ({2}، از {1}) است. کمک اجاره هنوز ممکن است، اما نه برای بخش بالاتر از سقف.",
    }
    HUURGRENS_JONGEREN = "huurgrens_jongeren" {
        nl: "Dit is de lage grens voor jongeren. Woont er iemand van {0} jaar of ouder bij u, of heeft iemand jonger dan {0} een handicap? Dan is de grens {1}.",
        en: "This is the low limit for young people. Does someone aged {0} or older live with you, or does someone under {0} have a disability? Then the limit is {1}.",
        ar: "هذا هو الحد المنخفض للشباب. هل يسكن معك شخص عمره {0} سنة أو أكثر، أو لدى شخص أصغر من {0} سنة إعاقة؟ عندها الحد هو {1}.",
        ti: "እዚ ትሑት ደረት ንመንእሰያት እዩ። ዕድሚኡ {0} ዓመት ወይ ልዕሊኡ ዝኾነ ሰብ ምሳኹም ይነብር ድዩ፡ ወይ ካብ {0} ዓመት ዝንእስ ሰብ ስንክልና ኣለዎ ድዩ? ሽዑ እቲ ደረት {1} እዩ።",
        tr: "Bu, gençler için düşük sınırdır. Sizinle {0} yaşında veya daha büyük biri yaşıyor mu, ya da {0} yaşından küçük birinin engeli var mı? O zaman sınır {1}.",
        fa: "این سقف پایین برای جوانان است. آیا کسی {0} ساله یا بیشتر با شما زندگی می‌کند، یا کسی کمتر از {0} سال معلولیت دارد؟ در این صورت سقف {1} است.",
    }
    HUURGRENS_ONBEVESTIGD = "huurgrens_onbevestigd" {
        nl: "De maximale huurgrens voor huurtoeslag vanaf {0} is niet bevestigd. Of de huur te hoog is, is dus niet zeker.",
        en: "The maximum rent limit for rent benefit from {0} is not confirmed. So whether the rent is too high is not certain.",
        ar: "الحد الأقصى للإيجار لبدل الإيجار اعتبارًا من {0} لم يتم تأكيده. لذلك فحص الإيجار غير مؤكد.",
        ti: "እቲ ዝለዓለ ደረት ክራይ ንሓገዝ ክራይ ካብ {0} ኣይተረጋገጸን። ስለዚ ምርመራ ክራይ ርግጸኛ ኣይኮነን።",
        tr: "{0} tarihinden itibaren kira yardımı için azami kira sınırı doğrulanmadı. Bu yüzden kira kontrolü kesin değil.",
        fa: "سقف اجاره برای کمک اجاره از {0} تأیید نشده است. پس بررسی اجاره قطعی نیست.",
    }
    GEEN_ZORGVERZEKERING = "geen_zorgverzekering" {
        nl: "Er is geen premie voor de zorgverzekering ingevuld. Iedere volwassene moet verzekerd zijn. Bij ontzorgen betaalt de gemeente ook de premie.",
        en: "No health insurance premium has been filled in. Every adult must be insured. With ontzorgen the municipality also pays the premium.",
        ar: "لم يتم إدخال قسط التأمين الصحي. يجب أن يكون كل بالغ مؤمَّنًا. في ontzorgen تدفع البلدية القسط أيضًا.",
        ti: "ክፍሊት መድሕን ጥዕና ኣይተመልአን። ነፍሲ ወከፍ ዓቢ ሰብ መድሕን ክህልዎ ኣለዎ። ኣብ ontzorgen ምምሕዳር ከተማ ነቲ ክፍሊት እውን ይኸፍል።",
        tr: "Sağlık sigortası primi girilmedi. Her yetişkin sigortalı olmalıdır. Ontzorgen'de belediye primi de öder.",
        fa: "حق بیمه درمانی وارد نشده است. هر بزرگسال باید بیمه باشد. در ontzorgen شهرداری حق بیمه را هم می‌پردازد.",
    }
    NORM_VOORLOPIG = "norm_voorlopig" {
        nl: "De norm voor de maand vanaf {0} is niet bevestigd. We gebruiken de norm vanaf {1}. Het bedrag is dus niet zeker.",
        en: "The norm for the month from {0} is not confirmed. We use the norm from {1}. So the amount is not certain.",
        ar: "المعيار للشهر الذي يبدأ في {0} لم يتم تأكيده. نستخدم المعيار اعتبارًا من {1}. لذلك المبلغ غير مؤكد.",
        ti: "መለክዒ ናይቲ ካብ {0} ዝጅምር ወርሒ ኣይተረጋገጸን። መለክዒ ካብ {1} ንጥቀም። ስለዚ እቲ መጠን ርግጸኛ ኣይኮነን።",
        tr: "{0} tarihinden başlayan ayın normu doğrulanmadı. {1} tarihli normu kullanıyoruz. Bu yüzden tutar kesin değil.",
        fa: "معیار ماهی که از {0} شروع می‌شود تأیید نشده است. معیار از {1} را به کار می‌بریم. پس مبلغ قطعی نیست.",
    }
    LANGER_DAN_ZES_MAANDEN = "langer_dan_zes_maanden" {
        nl: "Het schema duurt {0} maanden. De wet verplicht ontzorgen alleen in de eerste {1} maanden. Daarna moet de gemeente er apart over beslissen.",
        en: "The schedule lasts {0} months. The law only requires ontzorgen in the first {1} months. After that the municipality must decide on it separately.",
        ar: "يستمر الجدول {0} أشهر. القانون يفرض ontzorgen في الأشهر {1} الأولى فقط. بعد ذلك يجب أن تقرر البلدية بشأنه بشكل منفصل.",
        ti: "እቲ መደብ {0} ኣዋርሕ ይወስድ። ሕጊ ontzorgen ኣብ ቀዳሞት {1} ኣዋርሕ ጥራይ ይግድድ። ድሕሪኡ ምምሕዳር ከተማ በይኑ ክውስን ኣለዎ።",
        tr: "Plan {0} ay sürüyor. Yasa ontzorgen'i yalnızca ilk {1} ayda zorunlu kılar. Sonrasında belediye bu konuda ayrıca karar vermelidir.",
        fa: "این برنامه {0} ماه طول می‌کشد. قانون ontzorgen را فقط در {1} ماه اول الزامی می‌کند. پس از آن شهرداری باید جداگانه درباره آن تصمیم بگیرد.",
    }
    VERHOGING_ZONDER_BEDRAG = "verhoging_zonder_bedrag" {
        nl: "Voor de maand vanaf {0} staat in de wet geen bedrag voor de verhoging voor jongeren. De gemeente beslist daar zelf over. Deze verhoging zit daarom niet in de bedragen hier.",
        en: "For the month from {0} the law sets no amount for the increase for young people. The municipality decides on it itself. So this increase is not in the amounts here.",
        ar: "للشهر الذي يبدأ في {0} لا يحدد القانون مبلغًا لزيادة الشباب. تقرر البلدية ذلك بنفسها. لذلك هذه الزيادة غير محسوبة في المبالغ هنا.",
        ti: "ንወርሒ ካብ {0} ሕጊ ንወሰኽ መንእሰያት መጠን ኣይወሰነን። ምምሕዳር ከተማ ባዕሉ ይውስን። ስለዚ እዚ ወሰኽ ኣብዚ ዘሎ መጠናት ኣይተቖጽረን።",
        tr: "{0} tarihinden başlayan ay için yasa gençlere yönelik artış için bir tutar belirlemiyor. Belediye buna kendisi karar verir. Bu yüzden bu artış buradaki tutarlara katılmadı.",
        fa: "برای ماهی که از {0} شروع می‌شود قانون مبلغی برای افزایش جوانان تعیین نکرده است. شهرداری خودش تصمیم می‌گیرد. پس این افزایش در مبلغ‌های اینجا حساب نشده است.",
    }
    LEEFGELD_LAAG = "leefgeld_laag" {
        nl: "Let op: het leefgeld is {0} per week, minder dan de grens van de gemeente ({1}). Denk aan de budgetcoach of bijzondere bijstand.",
        en: "Note: the living money is {0} a week, less than the municipality's limit ({1}). Consider the budget coach or special social assistance (bijzondere bijstand).",
        ar: "انتبه: مصروف المعيشة {0} في الأسبوع، أقل من الحد الذي وضعته البلدية ({1}). فكّر في مرشد الميزانية أو المساعدة الاجتماعية الخاصة (bijzondere bijstand).",
        ti: "ኣስተውዕሉ: ገንዘብ መነባብሮ ኣብ ሰሙን {0} እዩ፡ ካብ ደረት ምምሕዳር ከተማ ({1}) ዝወሓደ። ኣማኻሪ በጀት ወይ ፍሉይ ማሕበራዊ ሓገዝ (bijzondere bijstand) ሕሰቡ።",
        tr: "Dikkat: geçim parası haftada {0}, belediyenin sınırının ({1}) altında. Bütçe koçunu veya özel sosyal yardımı (bijzondere bijstand) düşünün.",
        fa: "توجه: پول زندگی هفته‌ای {0} است، کمتر از حد شهرداری ({1}). به مشاور بودجه یا کمک اجتماعی ویژه (bijzondere bijstand) فکر کنید.",
    }
}
