// Compresses files once, at build time, with Zopfli: gzip streams any browser reads, 6 to 7 %
// smaller than gzip -9. Used for the module before it goes into the script (the script unpacks
// it with DecompressionStream), and for the script itself, for servers that send precompressed
// files (nginx `gzip_static on`, Apache `mod_rewrite` to `.gz`, most CDNs); the size guard
// (tests/e2e/size.test.mjs) measures it.
// Usage: node tests/tools/gzip.mjs FILE...  ->  FILE.gz next to each
import { gzipAsync } from '@gfx/zopfli';
import { readFileSync, writeFileSync } from 'node:fs';

for (const bestand of process.argv.slice(2)) {
  const inhoud = readFileSync(bestand);
  const gz = await gzipAsync(inhoud, { numiterations: 15 });
  writeFileSync(`${bestand}.gz`, gz);
  console.log(`${bestand}.gz: ${gz.length} B (from ${inhoud.length} B)`);
}
