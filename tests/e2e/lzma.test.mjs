// The module's decoder (www/lzma.js) against the encoder the build uses (tests/tools/lzma.py):
// the built module decodes to exactly the module, as do inputs of other shapes (empty, one byte,
// long runs, random bytes, text, matches at every distance class); a stream that is cut short or
// is not of this build is refused, never returned half. And against Python's lzma as the oracle
// (tests/tools/lzma.py --uitpakken): every truncation of a real stream, and random bit flips, are
// either refused or decode to exactly what Python decodes (LZMA_FLIPS=n for more flips).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lzma } from '../../www/lzma.js';

const ENCODER = new URL('../tools/lzma.py', import.meta.url).pathname;
const MODULE = new URL('../../pkg/inburgeringswijzer_bg.wasm', import.meta.url);
const FLIPS = Number(process.env.LZMA_FLIPS ?? 1000);

function zaaiing(zaad) {
  return () => (zaad = (zaad * 1103515245 + 12345) >>> 0) >>> 8;
}

function ingepakt(bytes) {
  const map = mkdtempSync(join(tmpdir(), 'lzma-'));
  const bestand = join(map, 'invoer');
  writeFileSync(bestand, bytes);
  execFileSync('python3', [ENCODER, bestand]);
  return readFileSync(`${bestand}.lzma`);
}

test('the built module decodes to exactly the module', () => {
  const module = readFileSync(MODULE);
  const stroom = readFileSync(new URL('../../pkg/inburgeringswijzer_bg.wasm.lzma', import.meta.url));
  assert.ok(Buffer.from(lzma(stroom)).equals(module));
});

test('inputs of every shape decode to themselves', () => {
  const volgende = zaaiing(17);
  const willekeurig = () => volgende() >>> 16;
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

// What Python's lzma makes of each stream: its bytes, or null where it refuses the stream.
function orakel(stromen) {
  const invoer = Buffer.concat(stromen.flatMap((s) => [Buffer.from(new Uint32Array([s.length]).buffer), s]));
  const uit = execFileSync('python3', [ENCODER, '--uitpakken'], { input: invoer, maxBuffer: 1 << 30 });
  const antwoorden = [];
  for (let i = 0; i < uit.length; ) {
    const lengte = uit.readUInt32LE(i);
    i += 4;
    if (lengte === 0xffffffff) antwoorden.push(null);
    else antwoorden.push(uit.subarray(i, (i += lengte)));
  }
  assert.equal(antwoorden.length, stromen.length);
  return antwoorden;
}

// Each stream is refused by both, or decoded by both to the same bytes; returns how many the
// oracle refused.
function zoalsPython(stromen, naam) {
  const verwacht = orakel(stromen);
  let geweigerd = 0;
  stromen.forEach((stroom, i) => {
    let uit = null;
    try {
      uit = Buffer.from(lzma(stroom));
    } catch (fout) {
      assert.ok(fout instanceof Error);
    }
    if (verwacht[i] === null) {
      geweigerd++;
      assert.equal(uit, null, `${naam} ${i}: Python refuses it, lzma.js returned ${uit?.length} bytes`);
    } else {
      assert.ok(uit?.equals(verwacht[i]), `${naam} ${i}: lzma.js gave other bytes than Python`);
    }
  });
  return geweigerd;
}

// A real stream small enough to cut at every byte: the build's encoder on the module's first 8 KiB.
const echteStroom = () => ingepakt(readFileSync(MODULE).subarray(0, 8192));

test('every truncation of a real stream is refused, as Python refuses it', () => {
  const stroom = echteStroom();
  const ingekort = Array.from({ length: stroom.length }, (_, lengte) => stroom.subarray(0, lengte));
  assert.equal(zoalsPython(ingekort, 'cut at'), stroom.length);
  // And 64 cuts of the whole module, the last 32 bytes among them (the end marker and the flush).
  const module = readFileSync(new URL('../../pkg/inburgeringswijzer_bg.wasm.lzma', import.meta.url));
  const lengtes = [...Array.from({ length: 32 }, (_, k) => Math.floor((module.length * k) / 32)),
    ...Array.from({ length: 32 }, (_, k) => module.length - 32 + k)];
  assert.equal(zoalsPython(lengtes.map((l) => module.subarray(0, l)), 'module cut at'), 64);
});

test('a stream with a bit flipped is refused or decodes to what Python decodes', (t) => {
  const stroom = echteStroom();
  const volgende = zaaiing(2026);
  const stromen = Array.from({ length: FLIPS }, () => {
    const fout = Buffer.from(stroom);
    const bit = volgende() % (fout.length * 8);
    fout[bit >> 3] ^= 1 << (bit & 7);
    return fout;
  });
  t.diagnostic(`${zoalsPython(stromen, 'flip')} of ${FLIPS} refused by both, the others decoded alike`);
});
