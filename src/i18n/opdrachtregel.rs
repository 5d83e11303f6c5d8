//! Messages of the command line only (`src/bin/wijzer.rs`). A table of their own, which the
//! widget never names, so they stay out of the WebAssembly module.

crate::teksten! {
    ONBEKEND_COMMANDO = "onbekend_commando" {
        nl: "Onbekende opdracht. Gebruik: wijzer advies|ontzorgen [--jsonl] [--gemeente bestand.json] | wijzer werklijst [--gemeente bestand.json] [--op JJJJ-MM-DD] | wijzer controle --op JJJJ-MM-DD | wijzer po export MAP | wijzer po import BESTAND.po | wijzer gemeente --controleer BESTAND.json | wijzer talenpakketten MAP.",
        en: "Unknown command. Use: wijzer advies|ontzorgen [--jsonl] [--gemeente file.json] | wijzer werklijst [--gemeente file.json] [--op YYYY-MM-DD] | wijzer controle --op YYYY-MM-DD | wijzer po export DIR | wijzer po import FILE.po | wijzer gemeente --controleer FILE.json | wijzer talenpakketten DIR.",
        ar: "أمر غير معروف. الاستخدام: \u{2066}wijzer advies|ontzorgen [--jsonl] [--gemeente file.json] | wijzer werklijst [--gemeente file.json] [--op YYYY-MM-DD] | wijzer controle --op YYYY-MM-DD | wijzer po export DIR | wijzer po import FILE.po | wijzer gemeente --controleer FILE.json | wijzer talenpakketten DIR\u{2069}.",
        ti: "ዘይፍለጥ ትእዛዝ። ኣጠቓቕማ: wijzer advies|ontzorgen [--jsonl] [--gemeente file.json] | wijzer werklijst [--gemeente file.json] [--op YYYY-MM-DD] | wijzer controle --op YYYY-MM-DD | wijzer po export DIR | wijzer po import FILE.po | wijzer gemeente --controleer FILE.json | wijzer talenpakketten DIR.",
        tr: "Bilinmeyen komut. Kullanım: wijzer advies|ontzorgen [--jsonl] [--gemeente file.json] | wijzer werklijst [--gemeente file.json] [--op YYYY-MM-DD] | wijzer controle --op YYYY-MM-DD | wijzer po export DIR | wijzer po import FILE.po | wijzer gemeente --controleer FILE.json | wijzer talenpakketten DIR.",
        fa: "دستور ناشناخته. استفاده: \u{2066}wijzer advies|ontzorgen [--jsonl] [--gemeente file.json] | wijzer werklijst [--gemeente file.json] [--op YYYY-MM-DD] | wijzer controle --op YYYY-MM-DD | wijzer po export DIR | wijzer po import FILE.po | wijzer gemeente --controleer FILE.json | wijzer talenpakketten DIR\u{2069}.",
    }
    BESTAND_ONTBREEKT = "bestand_ontbreekt" {
        nl: "Dit bestand is er niet, of het kan niet worden geopend. Controleer de naam en de map.",
        en: "This file does not exist, or it cannot be opened. Check the name and the folder.",
        ar: "هذا الملف غير موجود، أو لا يمكن فتحه. تحقق من الاسم والمجلد.",
        ti: "እዚ ፋይል የለን፡ ወይ ክኽፈት ኣይከኣለን። ነቲ ስምን ነቲ ማህደርን ኣረጋግጹ።",
        tr: "Bu dosya yok veya açılamıyor. Adı ve klasörü kontrol edin.",
        fa: "این فایل وجود ندارد یا باز نمی‌شود. نام و پوشه را بررسی کنید.",
    }
    PLEK = "plek" {
        nl: "rond regel {0}, kolom {1}",
        en: "around line {0}, column {1}",
        ar: "قرب السطر {0}، العمود {1}",
        ti: "ኣብ ከባቢ መስመር {0}፡ ዓምዲ {1}",
        tr: "{0}. satır, {1}. sütun civarında",
        fa: "نزدیک خط {0}، ستون {1}",
    }
}
