//! The caseload (`engine::caseload`): the next action of a client in the klantmanager's words,
//! and what is wrong with a line or with the whole file. Read natively this release (the
//! command line's `werklijst`); the browser's caseload view takes the table into its pack.

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
}
