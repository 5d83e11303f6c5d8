// The module's decoder (www/lzma.js) against the encoder the build uses (tests/tools/lzma.py):
// the built module decodes to exactly the module, as do inputs of other shapes (empty, one byte,
// long runs, random bytes, text, matches at every distance class); a stream that is cut short or
// is not of this build is refused, never returned half.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lzma } from '../../www/lzma.js';

const ENCODER = new URL('../tools/lzma.py', import.meta.url).pathname;

function ingepakt(bytes) {
  const map = mkdtempSync(join(tmpdir(), 'lzma-'));
  const bestand = join(map, 'invoer');
  writeFileSync(bestand, bytes);
  execFileSync('python3', [ENCODER, bestand]);
  return readFileSync(`${bestand}.lzma`);
}

test('the built module decodes to exactly the module', () => {
  const module = readFileSync(new URL('../../pkg/inburgeringswijzer_bg.wasm', import.meta.url));
  const stroom = readFileSync(new URL('../../pkg/inburgeringswijzer_bg.wasm.lzma', import.meta.url));
  assert.ok(Buffer.from(lzma(stroom)).equals(module));
});

test('inputs of every shape decode to themselves', () => {
  let zaad = 17;
  const willekeurig = () => (zaad = (zaad * 1103515245 + 12345) >>> 0) >>> 24;
  const tekst = Buffer.from('Uiterlijk {0}: uw PIP moet klaar zijn. '.repeat(300) + 'ትግርኛ العربية Türkçe');
  // Repeats at distances from 1 byte to beyond 64 KiB, so every distance slot and the direct
  // bits are used.
  const blok = Buffer.from(Array.from({ length: 70000 }, willekeurig));
  const verre = Buffer.concat([blok, blok.subarray(3, 5000), blok.subarray(65000, 69000), blok.subarray(0, 40)]);
  const gevallen = {
    leeg: Buffer.alloc(0),
    'één byte': Buffer.from([42]),
    nullen: Buffer.alloc(100000),
    willekeurig: Buffer.from(Array.from({ length: 5000 }, willekeurig)),
    tekst,
    'verre herhalingen': verre,
  };
  for (const [naam, bytes] of Object.entries(gevallen)) {
    assert.ok(Buffer.from(lzma(ingepakt(bytes))).equals(bytes), naam);
  }
});

test('a stream cut short or not of this build is refused', () => {
  const stroom = ingepakt(Buffer.from('Wat de gemeente voor u betaalt. '.repeat(200)));
  assert.throws(() => lzma(stroom.subarray(0, stroom.length >> 1)), /lzma/);
  const groter = Buffer.from(stroom);
  groter.writeUInt32LE(groter.readUInt32LE(0) + 1, 0);
  assert.throws(() => lzma(groter), /lzma/);
  const vreemd = Buffer.from(stroom);
  vreemd[4] = 1;
  assert.throws(() => lzma(vreemd), /not a stream of this build/);
});
