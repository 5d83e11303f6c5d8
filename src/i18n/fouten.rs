//! What a person reads when input is rejected. The `code` is the contract's stable error code;
//! the widget shows the sentence in the reader's language next to the field.

crate::teksten! {
    ONGELDIGE_JSON = "ongeldige_json" {
        nl: "De gegevens zijn niet te lezen. Controleer of het bestand klopt.",
        en: "The data cannot be read. Please check the file.",
        ar: "لا يمكن قراءة البيانات. يرجى التحقق من الملف.",
        ti: "እቲ ሓበሬታ ክንበብ ኣይከኣለን። በጃኹም ነቲ ፋይል ኣረጋግጹ።",
        tr: "Veriler okunamıyor. Lütfen dosyayı kontrol edin.",
        fa: "داده‌ها خوانده نمی‌شوند. لطفاً فایل را بررسی کنید.",
    }
    LEGE_INVOER = "lege_invoer" {
        nl: "Er is niets ingevuld.",
        en: "Nothing has been filled in.",
        ar: "لم يتم إدخال أي شيء.",
        ti: "ዝኾነ ነገር ኣይተመልአን።",
        tr: "Hiçbir şey doldurulmadı.",
        fa: "چیزی وارد نشده است.",
    }
    ONBEKEND_VELD = "onbekend_veld" {
        nl: "Dit veld kennen we niet. Controleer de spelling.",
        en: "This field is unknown. Please check the spelling.",
        ar: "هذا الحقل غير معروف. يرجى التحقق من الإملاء.",
        ti: "እዚ ቦታ ኣይፍለጥን እዩ። በጃኹም ኣጸሓሕፋ ኣረጋግጹ።",
        tr: "Bu alan bilinmiyor. Lütfen yazımı kontrol edin.",
        fa: "این فیلد شناخته نیست. لطفاً املای آن را بررسی کنید.",
    }
    DUBBEL_VELD = "dubbel_veld" {
        nl: "Dit veld staat er twee keer in.",
        en: "This field appears twice.",
        ar: "هذا الحقل موجود مرتين.",
        ti: "እዚ ቦታ ክልተ ግዜ ተጻሒፉ ኣሎ።",
        tr: "Bu alan iki kez yer alıyor.",
        fa: "این فیلد دو بار آمده است.",
    }
    VERPLICHT = "verplicht" {
        nl: "Vul dit in.",
        en: "Please fill this in.",
        ar: "يرجى ملء هذا الحقل.",
        ti: "በጃኹም እዚ ምልኡ።",
        tr: "Lütfen bunu doldurun.",
        fa: "لطفاً این را پر کنید.",
    }
    VERKEERD_TYPE = "verkeerd_type" {
        nl: "Dit is niet het goede soort antwoord.",
        en: "This is not the right kind of answer.",
        ar: "هذا ليس النوع الصحيح من الإجابة.",
        ti: "እዚ ትኽክለኛ ዓይነት መልሲ ኣይኮነን።",
        tr: "Bu doğru türde bir cevap değil.",
        fa: "این نوع پاسخ درست نیست.",
    }
    ONGELDIGE_DATUM = "ongeldige_datum" {
        nl: "Deze datum bestaat niet. Kies een dag, een maand en een jaar.",
        en: "This date does not exist. Choose a day, a month and a year.",
        ar: "هذا التاريخ غير موجود. اختر يومًا وشهرًا وسنة.",
        ti: "እዚ ዕለት የለን። መዓልቲ፡ ወርሒን ዓመትን ምረጹ።",
        tr: "Bu tarih yok. Bir gün, bir ay ve bir yıl seçin.",
        fa: "این تاریخ وجود ندارد. یک روز، یک ماه و یک سال انتخاب کنید.",
    }
    NEGATIEF_BEDRAG = "negatief_bedrag" {
        nl: "Een bedrag kan niet negatief zijn.",
        en: "An amount cannot be negative.",
        ar: "لا يمكن أن يكون المبلغ سالبًا.",
        ti: "መጠን ገንዘብ ካብ ባዶ ክንእስ ኣይክእልን።",
        tr: "Bir tutar negatif olamaz.",
        fa: "مبلغ نمی‌تواند منفی باشد.",
    }
    GEEN_BEDRAG = "geen_bedrag" {
        nl: "Vul een bedrag in hele centen in.",
        en: "Enter an amount in whole cents.",
        ar: "أدخل المبلغ بالسنتات الكاملة.",
        ti: "መጠን ገንዘብ ብምሉእ ሳንቲም ኣእትዉ።",
        tr: "Tutarı tam sent olarak girin.",
        fa: "مبلغ را به سنت کامل وارد کنید.",
    }
    BEDRAG_TE_HOOG = "bedrag_te_hoog" {
        nl: "Dit bedrag is te hoog. Controleer het.",
        en: "This amount is too high. Please check it.",
        ar: "هذا المبلغ مرتفع جدًا. يرجى التحقق منه.",
        ti: "እዚ መጠን ገንዘብ ኣዝዩ ልዑል እዩ። በጃኹም ኣረጋግጹዎ።",
        tr: "Bu tutar çok yüksek. Lütfen kontrol edin.",
        fa: "این مبلغ خیلی زیاد است. لطفاً آن را بررسی کنید.",
    }
    BUITEN_BEREIK = "buiten_bereik" {
        nl: "Dit getal kan niet. Kies een getal van {0} tot en met {1}.",
        en: "This number is not possible. Choose a number from {0} up to and including {1}.",
        ar: "هذا الرقم غير ممكن. اختر رقمًا من {0} إلى {1} ضمنًا.",
        ti: "እዚ ቁጽሪ ኣይከኣልን። ካብ {0} ክሳብ {1} ሓዊሱ ዘሎ ቁጽሪ ምረጹ።",
        tr: "Bu sayı olmaz. {0} ile {1} arasında (dahil) bir sayı seçin.",
        fa: "این عدد ممکن نیست. عددی از {0} تا {1} (با احتساب هر دو) انتخاب کنید.",
    }
    ONBEKENDE_WAARDE = "onbekende_waarde" {
        nl: "Kies een van de antwoorden uit de lijst.",
        en: "Choose one of the answers from the list.",
        ar: "اختر إحدى الإجابات من القائمة.",
        ti: "ካብቲ ዝርዝር ሓደ መልሲ ምረጹ።",
        tr: "Listeden bir cevap seçin.",
        fa: "یکی از پاسخ‌های فهرست را انتخاب کنید.",
    }
    TE_GROOT = "te_groot" {
        nl: "Dit is te lang of te groot.",
        en: "This is too long or too large.",
        ar: "هذا طويل جدًا أو كبير جدًا.",
        ti: "እዚ ኣዝዩ ነዊሕ ወይ ኣዝዩ ዓቢ እዩ።",
        tr: "Bu çok uzun veya çok büyük.",
        fa: "این خیلی طولانی یا خیلی بزرگ است.",
    }
    DATUM_TE_VROEG = "datum_te_vroeg" {
        nl: "Deze datum ligt te vroeg. Hij kan niet vóór {0} liggen.",
        en: "This date is too early. It cannot be before {0}.",
        ar: "هذا التاريخ مبكر جدًا. لا يمكن أن يكون قبل {0}.",
        ti: "እዚ ዕለት ኣዝዩ ቀዳማይ እዩ። ቅድሚ {0} ክኸውን ኣይክእልን።",
        tr: "Bu tarih çok erken. {0} tarihinden önce olamaz.",
        fa: "این تاریخ خیلی زود است. نمی‌تواند قبل از {0} باشد.",
    }
    DATUM_NA_PEILDATUM = "datum_na_peildatum" {
        nl: "{0} ligt na {1}. Dat kan niet.",
        en: "{0} is after {1}. That is not possible.",
        ar: "{0} بعد {1}. هذا غير ممكن.",
        ti: "{0} ድሕሪ {1} እዩ። እዚ ኣይከኣልን።",
        tr: "{0}, {1} tarihinden sonra. Bu mümkün değil.",
        fa: "{0} بعد از {1} است. این ممکن نیست.",
    }
    DE_GEBOORTEDATUM = "de_geboortedatum" {
        nl: "De geboortedatum",
        en: "The date of birth",
        ar: "تاريخ الميلاد",
        ti: "ዕለት ልደት",
        tr: "Doğum tarihi",
        fa: "تاریخ تولد",
    }
    DE_VERBLIJFSDATUM = "de_verblijfsdatum" {
        nl: "De datum van de verblijfsvergunning",
        en: "The date of the residence permit",
        ar: "تاريخ تصريح الإقامة",
        ti: "ዕለት ፍቓድ መንበሪ",
        tr: "Oturma izninin tarihi",
        fa: "تاریخ اجازه اقامت",
    }
    DE_DAG_GEHAALD = "de_dag_gehaald" {
        nl: "De dag waarop u dit haalde of afrondde",
        en: "The day you passed or finished this",
        ar: "اليوم الذي نجحت فيه في هذا أو أنهيته",
        ti: "ነዚ ዝሓለፍኩምሉ ወይ ዝወዳእኩምሉ መዓልቲ",
        tr: "Bunu geçtiğiniz veya bitirdiğiniz gün",
        fa: "روزی که این را قبول شدید یا تمام کردید",
    }
    DE_TOETS = "de_toets" {
        nl: "De datum van de leerbaarheidstoets",
        en: "The date of the learnability test",
        ar: "تاريخ اختبار القدرة على التعلم",
        ti: "ዕለት ፈተና ክእለት ምምሃር",
        tr: "Öğrenebilirlik testinin tarihi",
        fa: "تاریخ آزمون یادگیری‌پذیری",
    }
}
