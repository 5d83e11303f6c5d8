//! The caseload (`engine::caseload`): the next action of a client in the klantmanager's words,
//! and what is wrong with a line or with the whole file: the command line's `werklijst` and the
//! browser's staff views: the caseload, the staff summary's box and the staff's own question (in the staff module, which
//! holds every language; not in the language packs).

crate::teksten! {
    ACTIE_PIP = "actie_pip" {
        nl: "PIP vaststellen",
        en: "Set the PIP",
        ar: "وضع PIP",
        ti: "PIP ምድላው",
        tr: "PIP'i belirlemek",
        fa: "تعیین PIP",
    }
    ACTIE_TERMIJN = "actie_termijn" {
        nl: "Einde termijn",
        en: "End of the term",
        ar: "نهاية المهلة",
        ti: "መወዳእታ ግዜ ገደብ",
        tr: "Sürenin sonu",
        fa: "پایان مهلت",
    }
    ACTIE_ROUTEWISSEL = "actie_routewissel" {
        nl: "Laatste dag om van route te wisselen",
        en: "Last day to change route",
        ar: "آخر يوم لتغيير المسار",
        ti: "ናይ መወዳእታ መዓልቲ መገዲ ንምቕያር",
        tr: "Yol değiştirmek için son gün",
        fa: "آخرین روز برای تغییر مسیر",
    }
    ACTIE_ONTZORGEN = "actie_ontzorgen" {
        nl: "Einde ontzorgen",
        en: "End of ontzorgen",
        ar: "نهاية ontzorgen",
        ti: "መወዳእታ ontzorgen",
        tr: "ontzorgen sonu",
        fa: "پایان ontzorgen",
    }
    PEILDATUM_GEEN_KOLOM = "peildatum_geen_kolom" {
        nl: "De peildatum geldt voor het hele bestand. Hij is geen kolom: kies hem bij het openen.",
        en: "The reference date applies to the whole file. It is not a column: choose it when you open the file.",
        ar: "التاريخ المرجعي ينطبق على الملف كله. وهو ليس عمودًا: اختره عند فتح الملف.",
        ti: "እቲ ዕለት መወከሲ ንምሉእ ፋይል እዩ። ዓምዲ ኣይኮነን: ነቲ ፋይል ክትከፍቱ ከለኹም ምረጽዎ።",
        tr: "Referans tarihi tüm dosya için geçerlidir. Bir sütun değildir: dosyayı açarken seçin.",
        fa: "تاریخ مرجع برای کل فایل است. ستون نیست: هنگام باز کردن فایل آن را انتخاب کنید.",
    }
    CEL_ZONDER_KOLOM = "cel_zonder_kolom" {
        nl: "Deze regel heeft een waarde in een kolom zonder naam. Controleer de scheidingstekens.",
        en: "This line has a value in a column without a name. Please check the separators.",
        ar: "هذا السطر فيه قيمة في عمود بلا اسم. يرجى التحقق من الفواصل.",
        ti: "እዚ መስመር ኣብ ዓምዲ ብዘይ ስም ዋጋ ኣለዎ። በጃኹም ነቶም መፈላለዪ ምልክታት ኣረጋግጹ።",
        tr: "Bu satırda adı olmayan bir sütunda değer var. Lütfen ayırıcıları kontrol edin.",
        fa: "این سطر در ستونی بدون نام مقدار دارد. لطفاً جداکننده‌ها را بررسی کنید.",
    }
    OPEN_AANHALINGSTEKEN = "open_aanhalingsteken" {
        nl: "Een aanhalingsteken in deze regel wordt niet gesloten. De rest van het bestand is daarom niet gelezen.",
        en: "A quotation mark on this line is never closed. So the rest of the file was not read.",
        ar: "علامة تنصيص في هذا السطر لم تُغلق. لذلك لم تتم قراءة بقية الملف.",
        ti: "ኣብዚ መስመር ዘሎ ምልክት ጥቕሲ ኣይተዓጸወን። ስለዚ እቲ ዝተረፈ ፋይል ኣይተነበበን።",
        tr: "Bu satırdaki bir tırnak işareti kapatılmamış. Bu yüzden dosyanın geri kalanı okunmadı.",
        fa: "یک علامت نقل‌قول در این سطر بسته نشده است. برای همین بقیه فایل خوانده نشد.",
    }
    GEEN_UTF8 = "geen_utf8" {
        nl: "Het bestand is niet in UTF-8. Sla het op als 'CSV UTF-8' en open het opnieuw.",
        en: "The file is not in UTF-8. Save it as 'CSV UTF-8' and open it again.",
        ar: "الملف ليس بترميز UTF-8. احفظه بصيغة 'CSV UTF-8' وافتحه مرة أخرى.",
        ti: "እቲ ፋይል ብ UTF-8 ኣይኮነን። ከም 'CSV UTF-8' ዓቂብኩም ደጊምኩም ክፈትዎ።",
        tr: "Dosya UTF-8 biçiminde değil. 'CSV UTF-8' olarak kaydedip yeniden açın.",
        fa: "فایل با UTF-8 نیست. آن را به‌صورت 'CSV UTF-8' ذخیره کنید و دوباره باز کنید.",
    }
    CASELOAD_KOP = "caseload_kop" {
        nl: "Caseload",
        en: "Caseload",
        ar: "قائمة العملاء",
        ti: "ዝርዝር ዓማዊል",
        tr: "Danışan listesi",
        fa: "فهرست مراجعان",
    }
    CASELOAD_INTRO = "caseload_intro" {
        nl: "Open een bestand met uw klanten (CSV of JSON-regels). Alles wordt op dit apparaat berekend: niets wordt verstuurd of bewaard.",
        en: "Open a file with your clients (CSV or JSON lines). Everything is computed on this device: nothing is sent or stored.",
        ar: "افتح ملفًا بعملائك (CSV أو أسطر JSON). يُحسب كل شيء على هذا الجهاز: لا يُرسل شيء ولا يُحفظ.",
        ti: "ፋይል ዓማዊልኩም ክፈቱ (CSV ወይ መስመራት JSON)። ኩሉ ኣብዚ መሳርሒ ይሕሰብ፡ ዝኾነ ነገር ኣይለኣኽን ኣይዕቀብን።",
        tr: "Danışanlarınızın dosyasını açın (CSV veya JSON satırları). Her şey bu cihazda hesaplanır: hiçbir şey gönderilmez veya saklanmaz.",
        fa: "فایلی با مراجعان خود باز کنید (CSV یا سطرهای JSON). همه‌چیز روی همین دستگاه محاسبه می‌شود: چیزی ارسال یا ذخیره نمی‌شود.",
    }
    CASELOAD_OPENEN = "caseload_openen" {
        nl: "Bestand openen",
        en: "Open a file",
        ar: "فتح ملف",
        ti: "ፋይል ክፈት",
        tr: "Dosya aç",
        fa: "باز کردن فایل",
    }
    CASELOAD_PEILDATUM = "caseload_peildatum" {
        nl: "Peildatum",
        en: "Reference date",
        ar: "التاريخ المرجعي",
        ti: "ዕለት መወከሲ",
        tr: "Referans tarihi",
        fa: "تاریخ مرجع",
    }
    TOON = "toon" {
        nl: "Toon",
        en: "Show",
        ar: "اعرض",
        ti: "ኣርኢ",
        tr: "Göster",
        fa: "نمایش",
    }
    ALLE_KLANTEN = "alle_klanten" {
        nl: "Alle klanten ({0})",
        en: "All clients ({0})",
        ar: "كل العملاء ({0})",
        ti: "ኩሎም ዓማዊል ({0})",
        tr: "Tüm danışanlar ({0})",
        fa: "همه مراجعان ({0})",
    }
    FILTER_TE_LAAT = "filter_te_laat" {
        nl: "Te laat ({0})",
        en: "Overdue ({0})",
        ar: "متأخر ({0})",
        ti: "ዝደንጎየ ({0})",
        tr: "Gecikmiş ({0})",
        fa: "عقب‌افتاده ({0})",
    }
    FILTER_BINNENKORT = "filter_binnenkort" {
        nl: "Binnen 4 weken ({0})",
        en: "Due within 4 weeks ({0})",
        ar: "خلال 4 أسابيع ({0})",
        ti: "ኣብ ውሽጢ 4 ሰሙን ({0})",
        tr: "4 hafta içinde ({0})",
        fa: "ظرف 4 هفته ({0})",
    }
    FILTER_GEEN_PIP = "filter_geen_pip" {
        nl: "Nog geen PIP ({0})",
        en: "No PIP yet ({0})",
        ar: "لا يوجد PIP بعد ({0})",
        ti: "ገና PIP የለን ({0})",
        tr: "Henüz PIP yok ({0})",
        fa: "هنوز PIP ندارد ({0})",
    }
    FILTER_ROUTE_ONBEKEND = "filter_route_onbekend" {
        nl: "Leerroute nog niet bekend ({0})",
        en: "Learning route not yet known ({0})",
        ar: "مسار التعلم غير معروف بعد ({0})",
        ti: "መገዲ ምምሃር ገና ኣይተፈልጠን ({0})",
        tr: "Öğrenme yolu henüz belli değil ({0})",
        fa: "مسیر یادگیری هنوز معلوم نیست ({0})",
    }
    FILTER_TERMIJN = "filter_termijn" {
        nl: "Termijn eindigt binnen 6 maanden ({0})",
        en: "Term ends within 6 months ({0})",
        ar: "المهلة تنتهي خلال 6 أشهر ({0})",
        ti: "ግዜ ገደብ ኣብ ውሽጢ 6 ወርሒ ይውዳእ ({0})",
        tr: "Süre 6 ay içinde bitiyor ({0})",
        fa: "مهلت ظرف 6 ماه تمام می‌شود ({0})",
    }
    FILTER_ONTZORGEN = "filter_ontzorgen" {
        nl: "Ontzorgen eindigt ({0})",
        en: "Ontzorgen ending ({0})",
        ar: "ontzorgen ينتهي ({0})",
        ti: "ontzorgen ይውዳእ ({0})",
        tr: "ontzorgen bitiyor ({0})",
        fa: "ontzorgen تمام می‌شود ({0})",
    }
    CASELOAD_BIJSCHRIFT = "caseload_bijschrift" {
        nl: "Klanten op {0}, op volgorde van de volgende actie: {1}–{2} van {3}",
        en: "Clients on {0}, in order of the next action: {1}–{2} of {3}",
        ar: "العملاء في {0}، بترتيب الإجراء التالي: {1}–{2} من {3}",
        ti: "ዓማዊል ኣብ {0}፡ ብስርዓት ዝቕጽል ስጉምቲ፡ {1}–{2} ካብ {3}",
        tr: "{0} tarihindeki danışanlar, sonraki adıma göre sıralı: {1}–{2} / {3}",
        fa: "مراجعان در {0}، به ترتیب اقدام بعدی: {1}–{2} از {3}",
    }
    KOLOM_KLANT = "kolom_klant" {
        nl: "Klant",
        en: "Client",
        ar: "العميل",
        ti: "ዓሚል",
        tr: "Danışan",
        fa: "مراجع",
    }
    KOLOM_ACTIE = "kolom_actie" {
        nl: "Volgende actie",
        en: "Next action",
        ar: "الإجراء التالي",
        ti: "ዝቕጽል ስጉምቲ",
        tr: "Sonraki adım",
        fa: "اقدام بعدی",
    }
    KOLOM_DATUM = "kolom_datum" {
        nl: "Uiterlijk",
        en: "At the latest",
        ar: "في موعد أقصاه",
        ti: "ወይ ኣብኡ",
        tr: "En geç",
        fa: "حداکثر تا",
    }
    KOLOM_STAND = "kolom_stand" {
        nl: "Stand",
        en: "Status",
        ar: "الحالة",
        ti: "ኩነታት",
        tr: "Durum",
        fa: "وضعیت",
    }
    KOLOM_REGEL = "kolom_regel" {
        nl: "Regel",
        en: "Line",
        ar: "السطر",
        ti: "መስመር",
        tr: "Satır",
        fa: "سطر",
    }
    KLANT_OP_REGEL = "klant_op_regel" {
        nl: "Klant op regel {0}",
        en: "Client on line {0}",
        ar: "العميل في السطر {0}",
        ti: "ዓሚል ኣብ መስመር {0}",
        tr: "{0}. satırdaki danışan",
        fa: "مراجع در سطر {0}",
    }
    VORIGE = "vorige" {
        nl: "Vorige",
        en: "Previous",
        ar: "السابق",
        ti: "ዝሓለፈ",
        tr: "Önceki",
        fa: "قبلی",
    }
    VOLGENDE = "volgende" {
        nl: "Volgende",
        en: "Next",
        ar: "التالي",
        ti: "ዝቕጽል",
        tr: "Sonraki",
        fa: "بعدی",
    }
    GEEN_KLANTEN = "geen_klanten" {
        nl: "Geen klanten in deze keuze.",
        en: "No clients in this selection.",
        ar: "لا يوجد عملاء في هذا الاختيار.",
        ti: "ኣብዚ ምርጫ ዓማዊል የለዉን።",
        tr: "Bu seçimde danışan yok.",
        fa: "در این انتخاب مراجعی نیست.",
    }
    WERKLIJST = "werklijst" {
        nl: "Werklijst downloaden (CSV)",
        en: "Download the worklist (CSV)",
        ar: "تنزيل قائمة العمل (CSV)",
        ti: "ዝርዝር ስራሕ ኣውርድ (CSV)",
        tr: "İş listesini indir (CSV)",
        fa: "دانلود فهرست کار (CSV)",
    }
    AGENDA = "caseload_agenda" {
        nl: "Datums in agenda (.ics)",
        en: "Dates to a calendar (.ics)",
        ar: "التواريخ في التقويم (\u{2066}.ics\u{2069})",
        ti: "ዕለታት ናብ ዓውደ-ኣዋርሕ (.ics)",
        tr: "Tarihleri takvime ekle (.ics)",
        fa: "تاریخ‌ها در تقویم (\u{2066}.ics\u{2069})",
    }
    GELEZEN = "caseload_gelezen" {
        nl: "{0} van {1} regels gelezen…",
        en: "{0} of {1} lines read…",
        ar: "تمت قراءة {0} من {1} سطرًا…",
        ti: "{0} ካብ {1} መስመራት ተነቢቦም…",
        tr: "{1} satırdan {0} satır okundu…",
        fa: "{0} از {1} سطر خوانده شد…",
    }
    KOP_REGELFOUTEN = "kop_regelfouten" {
        nl: "Regels die niet gelezen konden worden ({0})",
        en: "Lines that could not be read ({0})",
        ar: "أسطر تعذرت قراءتها ({0})",
        ti: "ክንበቡ ዘይከኣሉ መስመራት ({0})",
        tr: "Okunamayan satırlar ({0})",
        fa: "سطرهایی که خوانده نشدند ({0})",
    }
    REGELFOUT = "regelfout" {
        nl: "Regel {0}, {1}: {2}",
        en: "Line {0}, {1}: {2}",
        ar: "السطر {0}، {1}: {2}",
        ti: "መስመር {0}፡ {1}: {2}",
        tr: "Satır {0}, {1}: {2}",
        fa: "سطر {0}، {1}: {2}",
    }
    TERUG = "terug" {
        nl: "Terug naar de caseload",
        en: "Back to the caseload",
        ar: "العودة إلى قائمة العملاء",
        ti: "ናብ ዝርዝር ዓማዊል ተመለስ",
        tr: "Danışan listesine dön",
        fa: "بازگشت به فهرست مراجعان",
    }
    KOP_SAMENVATTING = "kop_samenvatting" {
        nl: "Samenvatting voor het dossier of het PIP",
        en: "Summary for the case file or the PIP",
        ar: "ملخص للملف أو لخطة PIP",
        ti: "ጽማቕ ንፋይል ወይ ንPIP",
        tr: "Dosya veya PIP için özet",
        fa: "خلاصه برای پرونده یا PIP",
    }
    KOPIEER = "kopieer" {
        nl: "Kopieer de samenvatting",
        en: "Copy the summary",
        ar: "نسخ الملخص",
        ti: "ነቲ ጽማቕ ቅድሑ",
        tr: "Özeti kopyala",
        fa: "کپی خلاصه",
    }
    GEKOPIEERD = "gekopieerd" {
        nl: "De samenvatting staat op het klembord.",
        en: "The summary is on the clipboard.",
        ar: "الملخص موجود في الحافظة.",
        ti: "እቲ ጽማቕ ኣብ ክሊፕቦርድ ኣሎ።",
        tr: "Özet panoya kopyalandı.",
        fa: "خلاصه در کلیپ‌بورد است.",
    }
    V_BIJSTAND_PER_MAAND = "v_bijstand_per_maand" {
        nl: "Hoeveel bijstand krijgt u per maand? (alleen als u het precies weet)",
        en: "How much social assistance do you get per month? (only if you know exactly)",
        ar: "كم تبلغ مساعدتك الاجتماعية شهريًا؟ (فقط إذا كنت تعرف المبلغ بالضبط)",
        ti: "ኣብ ወርሒ ክንደይ ማሕበራዊ ሓገዝ ትረኽቡ? (ብልክዕ እንተፈሊጥኩም ጥራይ)",
        tr: "Ayda ne kadar sosyal yardım alıyorsunuz? (sadece tam olarak biliyorsanız)",
        fa: "ماهانه چقدر کمک اجتماعی می‌گیرید؟ (فقط اگر دقیق می‌دانید)",
    }
}
