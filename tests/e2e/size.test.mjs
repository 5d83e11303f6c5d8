// Size guard (issue 6): what an embedding page downloads for the widget, the one release file
// (the bundled script with the module, its CSS and every language inside), within the budget of
// issue 6 both ways a server can send it, measured deterministically:
// - as shipped: the precompressed `.gz` file (Zopfli) a server with static gzip sends; it must
//   decompress to exactly the built file;
// - as compressed on the fly by a server at gzip level 9.
// That the page loads nothing else is checked in tests/e2e/privacy.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync, gunzipSync, constants } from 'node:zlib';

const SCRIPT = new URL('../../pkg/inburgering-wijzer.js', import.meta.url);
const BUDGET = 100 * 1024;

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
