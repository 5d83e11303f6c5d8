// Size guard: what an embedding page downloads for the widget, the one release file (the bundled
// script with the module, its CSS and every language inside), within the budget both ways a
// server can send it, measured deterministically:
// - as shipped: the precompressed `.gz` file (Zopfli) a server with static gzip sends; it must
//   decompress to exactly the built file;
// - as compressed on the fly by a server at gzip level 9.
// That the page loads nothing else is checked in tests/e2e/privacy.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync, gunzipSync, constants } from 'node:zlib';

const SCRIPT = new URL('../../pkg/inburgering-wijzer.js', import.meta.url);
// Issue 6 set 100 KiB, which held up to 99,275 B. The exam plan (+12.4 KB), the gemeente's traject
// and contactkaart (+14 KB), Dutch beside the own language (+3.7 KB) and the rule data (+2 KB)
// took it to 134,965 B on 2026-12-01 (README, "Size and speed", and the ledger of `make bench`).
// The ceiling stands just above that, so the next feature has to say what it costs.
const BUDGET = 136 * 1024;

test(`the widget's download is at most ${BUDGET} B gzip, as shipped and compressed on the fly`, () => {
  const inhoud = readFileSync(SCRIPT);
  const verzonden = readFileSync(`${SCRIPT.pathname}.gz`);
  assert.ok(gunzipSync(verzonden).equals(inhoud), 'the .gz is the script, compressed');
  const gzip9 = gzipSync(inhoud, { level: constants.Z_BEST_COMPRESSION }).length;
  const deel = (n) => `${n} B (${((100 * n) / BUDGET).toFixed(1)} % of ${BUDGET} B)`;
  console.log(`  inburgering-wijzer.js: ${inhoud.length} B; as shipped: ${deel(verzonden.length)}; gzip -9 on the fly: ${deel(gzip9)}`);
  assert.ok(verzonden.length <= BUDGET, `shipped ${verzonden.length} B exceeds the budget of ${BUDGET} B`);
  assert.ok(gzip9 <= BUDGET, `gzip -9 ${gzip9} B exceeds the budget of ${BUDGET} B`);
});
