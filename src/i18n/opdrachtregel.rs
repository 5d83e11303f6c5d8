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
}
