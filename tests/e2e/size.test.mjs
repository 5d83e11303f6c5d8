// Size guard (issue 6): what an embedding page downloads for the widget, the two release files
// (the bundled script and the module; CSS and every language live in the module), within the
// budget of issue 6 both ways a server can send them, measured deterministically:
// - as shipped: the precompressed `.gz` files (Zopfli) a server with static gzip sends; they
//   must decompress to exactly the built files;
// - as compressed on the fly by a server at gzip level 9.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync, gunzipSync, constants } from 'node:zlib';

const PKG = new URL('../../pkg/', import.meta.url);
const BESTANDEN = ['inburgering-wijzer.js', 'inburgeringswijzer_bg.wasm'];
const BUDGET = 100 * 1024;

test(`the widget's download is at most ${BUDGET} B gzip, as shipped and compressed on the fly`, () => {
  let verzonden = 0;
  let gzip9 = 0;
  for (const naam of BESTANDEN) {
    const inhoud = readFileSync(new URL(naam, PKG));
    const gz = readFileSync(new URL(`${naam}.gz`, PKG));
    assert.ok(gunzipSync(gz).equals(inhoud), `${naam}.gz is ${naam}, compressed`);
    const opDeVlucht = gzipSync(inhoud, { level: constants.Z_BEST_COMPRESSION }).length;
    console.log(`  ${naam.padEnd(28)} ${String(inhoud.length).padStart(8)} B  shipped .gz ${String(gz.length).padStart(7)} B  gzip -9 ${String(opDeVlucht).padStart(7)} B`);
    verzonden += gz.length;
    gzip9 += opDeVlucht;
  }
  const deel = (n) => `${n} B (${((100 * n) / BUDGET).toFixed(1)} % of ${BUDGET} B)`;
  console.log(`  total as shipped: ${deel(verzonden)}; gzip -9 on the fly: ${deel(gzip9)}`);
  assert.ok(verzonden <= BUDGET, `shipped total ${verzonden} B exceeds the budget of ${BUDGET} B`);
  assert.ok(gzip9 <= BUDGET, `gzip -9 total ${gzip9} B exceeds the budget of ${BUDGET} B`);
});
