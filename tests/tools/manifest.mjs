// Writes pkg/manifest.json, what a gemeente pins a release by: the version and the rules date the
// engine itself reports (`herkomst.versie` and `herkomst.regelsTot` of an advice from `wijzer`),
// and per file to copy its size and Subresource Integrity hash (sha384 of the file as built).
// Prints the snippet with `integrity` for this release.
// Usage: node tests/tools/manifest.mjs pkg/inburgering-wijzer.js pkg/inburgering-wijzer.en.bin ...
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// The staff module is LZMA already: it has no `.gz`.
const bestanden = process.argv.slice(2).flatMap((pad) => [pad, `${pad}.gz`]).filter(existsSync);
// A situatie whose advice has an exam plan: its regelsTot counts the planner's parameters, and so
// is the date the widget's foot shows (engine::register::VOET; a native test holds the two equal).
const situatie = { peildatum: '2026-11-22', geboortedatum: '1996-04-02', nationaliteit: 'SY', verblijf: 'asiel', verblijfsdatum: '2026-02-16' };
const advies = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'wijzer', '--', 'advies'], { input: JSON.stringify(situatie) }));
const integriteit = (pad) => `sha384-${createHash('sha384').update(readFileSync(pad)).digest('base64')}`;
const manifest = {
  versie: advies.herkomst.versie,
  regelsTot: advies.herkomst.regelsTot,
  bestanden: bestanden.map((pad) => ({ naam: basename(pad), bytes: statSync(pad).size, integrity: integriteit(pad) })),
};
const uit = join(dirname(bestanden[0]), 'manifest.json');
writeFileSync(uit, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${uit}: version ${manifest.versie}, rules checked up to ${manifest.regelsTot}, ${bestanden.length} files`);
console.log(`Embed: <script type="module" src="…/inburgering-wijzer.js" integrity="${manifest.bestanden[0].integrity}" crossorigin="anonymous"></script>`);
