// Size guard (issue 6): what an embedding page downloads for the widget must stay within 100 KiB
// gzip. Deterministic: gzip level 9 of the three release files in pkg/ (CSS lives in the wasm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

const PKG = new URL('../../pkg/', import.meta.url);
const BESTANDEN = ['inburgering-wijzer.js', 'inburgeringswijzer.js', 'inburgeringswijzer_bg.wasm'];
const GRENS = 100 * 1024;

test(`the widget's download is at most ${GRENS} B gzip`, () => {
  let totaal = 0;
  for (const naam of BESTANDEN) {
    const inhoud = readFileSync(new URL(naam, PKG));
    const gzip = gzipSync(inhoud, { level: constants.Z_BEST_COMPRESSION }).length;
    console.log(`  ${naam.padEnd(28)} ${String(inhoud.length).padStart(8)} B  gzip ${String(gzip).padStart(7)} B`);
    totaal += gzip;
  }
  console.log(`  total gzip -9: ${totaal} B of ${GRENS} B (${((100 * totaal) / GRENS).toFixed(1)} %)`);
  assert.ok(totaal <= GRENS, `gzip total ${totaal} B exceeds ${GRENS} B`);
});
