// The release a gemeente pins (RELEASING.md, "Updating a pinned copy"): pkg/manifest.json, written
// by make build, names every file to copy with its size and Subresource Integrity hash, the
// version of Cargo.toml and the rules date the engine reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const PKG = new URL('../../pkg/', import.meta.url);
// The staff module is LZMA already: no `.gz` beside it.
const TE_KOPIEREN = ['inburgering-wijzer.js', ...['en', 'ar', 'ti', 'tr', 'fa'].map((t) => `inburgering-wijzer.${t}.bin`)]
  .flatMap((naam) => [naam, `${naam}.gz`]).concat('inburgering-wijzer.medewerker.bin');

test('the manifest names every file to copy with its size and sha384, the version and the rules date', () => {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', PKG), 'utf8'));
  assert.deepEqual(manifest.bestanden.map((b) => b.naam).sort(), [...TE_KOPIEREN].sort());
  for (const { naam, bytes, integrity } of manifest.bestanden) {
    const inhoud = readFileSync(new URL(naam, PKG));
    assert.equal(bytes, inhoud.length, naam);
    assert.equal(integrity, `sha384-${createHash('sha384').update(inhoud).digest('base64')}`, naam);
  }
  const versie = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8').match(/^version = "(.+)"$/m)[1];
  assert.equal(manifest.versie, versie);
  assert.match(manifest.regelsTot, /^\d{4}-\d{2}-\d{2}$/);
  // The packs' and the staff module's hashes in the manifest are the ones the script asks for them with.
  const talen = readFileSync(new URL('talen.js', PKG), 'utf8');
  for (const { naam, integrity } of manifest.bestanden.filter((b) => b.naam.endsWith('.bin'))) {
    assert.ok(talen.includes(integrity), `${naam}: the script asks for it with the same hash`);
  }
});
