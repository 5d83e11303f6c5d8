// Size guard: what an embedding page downloads for the widget first, per language, within the
// budget both ways a server can send it, measured deterministically:
// - as shipped: the precompressed `.gz` files (Zopfli) a server with static gzip sends; each must
//   decompress to exactly the built file;
// - as compressed on the fly by a server at gzip level 9.
// A Dutch page loads the script (the module holds the Dutch); a page in another language loads
// the script and that language's pack (`inburgering-wijzer.ar.bin`), in parallel. That the page
// loads nothing else is checked in tests/e2e/privacy.test.mjs and tests/e2e/talen.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync, gunzipSync, constants } from 'node:zlib';

const PKG = new URL('../../pkg/', import.meta.url);
// Issue 6 set 100 KiB. The exam plan, the gemeente's traject and contactkaart, Dutch beside the
// own language and the rule data took the one script to 134,965 B (2026-12-01); the languages as
// packs brought a page back to 103,641 B (Dutch) and 109,743 B (Turkish), the module carried as
// LZMA instead of gzip (www/lzma.js) and smaller code to 91,572 B and 97,677 B as shipped, at
// most 98,764 B compressed on the fly (2026-12-02; docs/metingen.md). Back within the
// budget: a feature that would pass it has to make room first.
const BUDGET = 100 * 1024;

/** The shipped and the on-the-fly size of one file of pkg/. */
function maat(naam) {
  const inhoud = readFileSync(new URL(naam, PKG));
  const verzonden = readFileSync(new URL(`${naam}.gz`, PKG));
  assert.ok(gunzipSync(verzonden).equals(inhoud), `the .gz is ${naam}, compressed`);
  return { bytes: inhoud.length, verzonden: verzonden.length, gzip9: gzipSync(inhoud, { level: constants.Z_BEST_COMPRESSION }).length };
}

for (const taal of ['nl', 'en', 'ar', 'ti', 'tr', 'fa']) {
  test(`the first download of a page in ${taal} is at most ${BUDGET} B gzip, as shipped and compressed on the fly`, () => {
    const bestanden = ['inburgering-wijzer.js', ...(taal === 'nl' ? [] : [`inburgering-wijzer.${taal}.bin`])];
    const maten = bestanden.map(maat);
    const som = (veld) => maten.reduce((s, m) => s + m[veld], 0);
    const deel = (n) => `${n} B (${((100 * n) / BUDGET).toFixed(1)} % of ${BUDGET} B)`;
    console.log(`  ${bestanden.join(' + ')}: ${som('bytes')} B; as shipped: ${deel(som('verzonden'))}; gzip -9 on the fly: ${deel(som('gzip9'))}`);
    assert.ok(som('verzonden') <= BUDGET, `shipped ${som('verzonden')} B exceeds the budget of ${BUDGET} B`);
    assert.ok(som('gzip9') <= BUDGET, `gzip -9 ${som('gzip9')} B exceeds the budget of ${BUDGET} B`);
  });
}
