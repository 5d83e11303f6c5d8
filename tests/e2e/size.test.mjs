// Size guard (issue 6): what an embedding page downloads for the widget, measured
// deterministically as gzip level 9 of the two release files a page loads: the bundled script and
// the module (CSS and every language live in the module).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

const PKG = new URL('../../pkg/', import.meta.url);
const BESTANDEN = ['inburgering-wijzer.js', 'inburgeringswijzer_bg.wasm'];
// The budget of issue 6 is 100 KiB; the build is not there yet (see README, "Size"). The test
// fails above the ceiling, so no change can make the widget heavier than it is today; lower the
// ceiling with every size cut.
const BUDGET = 100 * 1024;
const PLAFOND = 109 * 1024;

test(`the widget's download is at most ${PLAFOND} B gzip`, () => {
  let totaal = 0;
  for (const naam of BESTANDEN) {
    const inhoud = readFileSync(new URL(naam, PKG));
    const gzip = gzipSync(inhoud, { level: constants.Z_BEST_COMPRESSION }).length;
    console.log(`  ${naam.padEnd(28)} ${String(inhoud.length).padStart(8)} B  gzip ${String(gzip).padStart(7)} B`);
    totaal += gzip;
  }
  console.log(`  total gzip -9: ${totaal} B; ceiling ${PLAFOND} B; budget ${BUDGET} B (${((100 * totaal) / BUDGET).toFixed(1)} %)`);
  assert.ok(totaal <= PLAFOND, `gzip total ${totaal} B exceeds the ceiling of ${PLAFOND} B`);
});
