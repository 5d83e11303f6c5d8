// Writes pkg/talen.js for the loader: per language pack, and for the staff module, its Subresource
// Integrity hash (sha384 of the file as built), so the loader asks for it with `integrity:` and the
// browser refuses a file that is not this build's, wherever the files are hosted (a CDN too).
// Usage: node tests/tools/integriteit.mjs OUT.js pkg/inburgering-wijzer.en.bin ...
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const [uit, ...pakketten] = process.argv.slice(2);
const integriteit = {};
for (const pakket of pakketten) {
  const taal = pakket.match(/\.([a-z]+)\.bin$/)[1];
  integriteit[taal] = `sha384-${createHash('sha384').update(readFileSync(pakket)).digest('base64')}`;
}
writeFileSync(uit, `// Made by make build (tests/tools/integriteit.mjs).\nexport const INTEGRITEIT = ${JSON.stringify(integriteit)};\n`);
console.log(`${uit}: ${Object.keys(integriteit).join(', ')}`);
