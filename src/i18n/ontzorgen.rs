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
        ti: "ካብ {0} ጀሚሩ መለክዒ ሓገዝ {1} ኣብ ወርሒ እዩ፡ ምስ ናይ ዕረፍቲ ወሰኽ።",
        tr: "{0} tarihinden itibaren sosyal yardım normu, tatil ödeneği dahil ayda {1}.",
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
        ar: "يُحتسب {0} أشخاص: يحصل كل منهم على ({1}% + {0} × {2}%) / {0} من معيار المتزوجين.",
        ti: "{0} ሰባት ይቑጸሩ: ነፍሲ ወከፍ ({1}% + {0} × {2}%) / {0} ካብ መለክዒ መጻምዲ ይረክብ።",
        tr: "{0} kişi sayılır: her biri evli çiftler normunun ({1}% + {0} × {2}%) / {0} kadarını alır.",
        fa: "{0} نفر حساب می‌شوند: هر نفر ({1}% + {0} × {2}%) / {0} از معیار زوج‌ها را می‌گیرد.",
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
        fa: "شهرداری مبلغ ماهانه را خودش داده است: {0}. به همین دلیل کمک هزینه تعطیلات اینجا ۰ است.",
    }
    VERHOGING_JONGEREN = "verhoging_jongeren" {
        nl: "De norm is verhoogd omdat een jongere van {0} tot {1} jaar niet op de ouders kan terugvallen, tot ten hoogste de norm voor {1} jaar of ouder.",
        en: "The norm is raised because a young person aged {0} to {1} cannot rely on the parents, up to at most the norm for {1} or older.",
        ar: "رُفع المعيار لأن شابًا بين {0} و{1} سنة لا يستطيع الاعتماد على والديه، بحد أقصى معيار من بلغ {1} سنة أو أكثر.",
        ti: "እቲ መለክዒ ወሲኹ ምኽንያቱ መንእሰይ ካብ {0} ክሳብ {1} ዓመት ኣብ ወለዱ ክምርኮስ ስለዘይክእል፡ ክሳብ መለክዒ ናይ {1} ዓመት ወይ ልዕሊኡ።",
        tr: "{0}-{1} yaş arası bir genç ebeveynlerine dayanamadığı için norm artırıldı, en fazla {1} yaş ve üzeri normuna kadar.",
        fa: "معیار افزایش یافته چون جوانی {0} تا {1} ساله نمی‌تواند به والدین تکیه کند، حداکثر تا معیار {1} سال به بالا.",
    }
    ONTZORGEN = "ontzorgen" {
        nl: "Financieel ontzorgen: {0} maanden vanaf de eerste dag van de bijstand betaalt de gemeente huur, energie, water en zorgverzekering uit de bijstand.",
        en: "Financial unburdening: for {0} months from the first day of assistance the municipality pays rent, energy, water and health insurance out of the assistance.",
        ar: "التخفيف المالي: لمدة {0} أشهر من أول يوم للمساعدة تدفع البلدية الإيجار والطاقة والماء والتأمين الصحي من المساعدة.",
        ti: "ፋይናንሳዊ ሓገዝ: ን {0} ኣዋርሕ ካብ መጀመርታ መዓልቲ ሓገዝ ምምሕዳር ከተማ ክራይ፡ ጉልበት፡ ማይን ውሕስና ጥዕናን ካብቲ ሓገዝ ይኸፍል።",
        tr: "Mali yükten kurtarma: yardımın ilk gününden itibaren {0} ay boyunca belediye kira, enerji, su ve sağlık sigortasını yardımdan öder.",
        fa: "رفع دغدغه مالی: به مدت {0} ماه از نخستین روز کمک، شهرداری اجاره، انرژی، آب و بیمه درمانی را از محل کمک می‌پردازد.",
    }
    ONTZORGEN_LANGER = "ontzorgen_langer" {
        nl: "Vanaf {0} is dit geen wettelijk ontzorgen meer, maar betalen namens de persoon omdat er gegronde redenen zijn.",
        en: "From {0} this is no longer statutory unburdening, but paying on the person's behalf because there are well-founded reasons.",
        ar: "اعتبارًا من {0} لم يعد هذا تخفيفًا ماليًا قانونيًا، بل دفعًا نيابة عن الشخص لوجود أسباب وجيهة.",
        ti: "ካብ {0} ጀሚሩ እዚ ሕጋዊ ፋይናንሳዊ ሓገዝ ኣይኮነን፡ ግን ብምኽንያት ቅኑዕ ምኽንያታት ኣብ ክንዲ እቲ ሰብ ምኽፋል እዩ።",
        tr: "{0} tarihinden itibaren bu artık yasal yükten kurtarma değil, haklı nedenler olduğu için kişi adına ödemedir.",
        fa: "از {0} این دیگر رفع دغدغه قانونی نیست، بلکه پرداخت از طرف شخص به دلیل وجود دلایل موجه است.",
    }
    LEEFGELD = "leefgeld" {
        nl: "Leefgeld is de bijstand min alles wat wordt ingehouden. Per week is dat het maandbedrag × 12 / 52.",
        en: "Living money is the assistance minus everything withheld. Per week it is the monthly amount × 12 / 52.",
        ar: "مصروف المعيشة هو المساعدة ناقص كل ما يُقتطع. في الأسبوع هو المبلغ الشهري × 12 / 52.",
        ti: "ገንዘብ መነባብሮ እቲ ሓገዝ ንኹሉ ዝተቖረጸ ምስ ተቐነሰ እዩ። ኣብ ሰሙን ወርሓዊ መጠን × 12 / 52 እዩ።",
        tr: "Geçim parası, yardımdan kesilen her şey çıkarıldıktan sonra kalandır. Haftalık olarak aylık tutar × 12 / 52'dir.",
        fa: "پول زندگی، کمک منهای همه کسورات است. در هفته برابر مبلغ ماهانه × 12 / 52 است.",
    }
    TEKORT = "tekort" {
        nl: "In de maand vanaf {0} is er {1} tekort: er wordt meer ingehouden dan de bijstand.",
        en: "In the month from {0} there is a shortfall of {1}: more is withheld than the assistance.",
        ar: "في الشهر الذي يبدأ في {0} يوجد عجز قدره {1}: المقتطع أكثر من المساعدة.",
        ti: "ኣብቲ ካብ {0} ዝጅምር ወርሒ {1} ጉድለት ኣሎ: ካብቲ ሓገዝ ንላዕሊ ይቑረጽ።",
        tr: "{0} tarihinden başlayan ayda {1} açık var: yardımdan daha fazlası kesiliyor.",
        fa: "در ماهی که از {0} شروع می‌شود {1} کسری هست: بیش از کمک کسر می‌شود.",
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
    HUURGRENS_ONBEVESTIGD = "huurgrens_onbevestigd" {
        nl: "De maximale huurgrens voor huurtoeslag vanaf {0} is niet bevestigd. De controle van de huur is indicatief.",
        en: "The maximum rent limit for rent benefit from {0} is not confirmed. The rent check is indicative.",
        ar: "الحد الأقصى للإيجار لبدل الإيجار اعتبارًا من {0} غير مؤكد. فحص الإيجار تقريبي.",
        ti: "እቲ ዝለዓለ ደረት ክራይ ንሓገዝ ክራይ ካብ {0} ኣይተረጋገጸን። ምርመራ ክራይ ግምታዊ እዩ።",
        tr: "{0} tarihinden itibaren kira yardımı için azami kira sınırı doğrulanmadı. Kira kontrolü yaklaşıktır.",
        fa: "سقف اجاره برای کمک اجاره از {0} تأیید نشده است. بررسی اجاره تقریبی است.",
    }
    GEEN_ZORGVERZEKERING = "geen_zorgverzekering" {
        nl: "Er is geen premie voor de zorgverzekering ingevuld. Iedere volwassene moet verzekerd zijn; de premie hoort bij ontzorgen.",
        en: "No health insurance premium has been filled in. Every adult must be insured; the premium is part of unburdening.",
        ar: "لم يتم إدخال قسط التأمين الصحي. يجب أن يكون كل بالغ مؤمَّنًا؛ والقسط جزء من التخفيف المالي.",
        ti: "ክፍሊት ውሕስና ጥዕና ኣይተመልአን። ነፍሲ ወከፍ ዓቢ ሰብ ክውሕስ ኣለዎ፤ እቲ ክፍሊት ክፋል ፋይናንሳዊ ሓገዝ እዩ።",
        tr: "Sağlık sigortası primi girilmedi. Her yetişkin sigortalı olmalıdır; prim yükten kurtarmanın parçasıdır.",
        fa: "حق بیمه درمانی وارد نشده است. هر بزرگسال باید بیمه باشد؛ حق بیمه بخشی از رفع دغدغه مالی است.",
    }
    NORM_VOORLOPIG = "norm_voorlopig" {
        nl: "De norm voor de maand vanaf {0} is niet bevestigd; we gebruiken de norm vanaf {1}. Het bedrag is indicatief.",
        en: "The norm for the month from {0} is not confirmed; we use the norm from {1}. The amount is indicative.",
        ar: "المعيار للشهر الذي يبدأ في {0} غير مؤكد؛ نستخدم المعيار اعتبارًا من {1}. المبلغ تقريبي.",
        ti: "መለክዒ ናይቲ ካብ {0} ዝጅምር ወርሒ ኣይተረጋገጸን፤ መለክዒ ካብ {1} ንጥቀም። እቲ መጠን ግምታዊ እዩ።",
        tr: "{0} tarihinden başlayan ayın normu doğrulanmadı; {1} tarihli normu kullanıyoruz. Tutar yaklaşıktır.",
        fa: "معیار ماهی که از {0} شروع می‌شود تأیید نشده است؛ معیار از {1} را به کار می‌بریم. مبلغ تقریبی است.",
    }
    LANGER_DAN_ZES_MAANDEN = "langer_dan_zes_maanden" {
        nl: "Het schema duurt {0} maanden. Na {1} maanden is ontzorgen niet meer verplicht; de gemeente heeft dan een apart besluit nodig.",
        en: "The schedule lasts {0} months. After {1} months unburdening is no longer mandatory; the municipality then needs a separate decision.",
        ar: "يستمر الجدول {0} أشهر. بعد {1} أشهر لم يعد التخفيف المالي إلزاميًا؛ وتحتاج البلدية حينها إلى قرار منفصل.",
        ti: "እቲ መደብ {0} ኣዋርሕ ይወስድ። ድሕሪ {1} ኣዋርሕ ፋይናንሳዊ ሓገዝ ግዴታ ኣይኮነን፤ ሽዑ ምምሕዳር ከተማ ፍሉይ ውሳነ የድልዮ።",
        tr: "Plan {0} ay sürüyor. {1} aydan sonra yükten kurtarma artık zorunlu değil; belediyenin o zaman ayrı bir karara ihtiyacı var.",
        fa: "این برنامه {0} ماه طول می‌کشد. پس از {1} ماه رفع دغدغه مالی دیگر اجباری نیست؛ شهرداری آن‌گاه به تصمیم جداگانه نیاز دارد.",
    }
    VERHOGING_ZONDER_BEDRAG = "verhoging_zonder_bedrag" {
        nl: "Voor de maand vanaf {0} staat er geen bedrag voor de verhoging voor jongeren in de wet. De gemeente beslist daar zelf over; die is niet meegeteld.",
        en: "For the month from {0} the law sets no amount for the young person's increase. The municipality decides on it itself; it is not included.",
        ar: "للشهر الذي يبدأ في {0} لا يحدد القانون مبلغًا لزيادة الشباب. تقرر البلدية ذلك بنفسها؛ ولم تُحتسب.",
        ti: "ንወርሒ ካብ {0} ሕጊ ንወሰኽ መንእሰያት መጠን ኣይወሰነን። ምምሕዳር ከተማ ባዕሉ ይውስን፤ ኣይተቖጽረን።",
        tr: "{0} tarihinden başlayan ay için kanun gençlere artış için bir tutar belirlemiyor. Belediye buna kendisi karar verir; dahil edilmedi.",
        fa: "برای ماهی که از {0} شروع می‌شود قانون مبلغی برای افزایش جوانان تعیین نکرده است. شهرداری خودش تصمیم می‌گیرد؛ حساب نشده است.",
    }
}
