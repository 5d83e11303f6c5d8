// The size ledger: what each part of the widget's download is. Printed by `make bench` as a
// Markdown table (docs/metingen.md's "Size ledger" is a copy of it), so every feature shows what it
// added.
// Usage: node grootboek.mjs SCRIPT MODULE NAMED_MODULE TEKSTEN.json
//   SCRIPT        pkg/inburgering-wijzer.js (the download; its .gz is what is shipped)
//   MODULE        pkg/inburgeringswijzer_bg.wasm (the module inside it, as optimised)
//   NAMED_MODULE  the same module optimised with the same flags, keeping its function names
//   TEKSTEN.json  `cargo run --example teksten`: each language's sentences and the stylesheet
//                 as the tables store them (the module holds the Dutch; the other languages
//                 are the packs beside the script, pkg/inburgering-wijzer.ar.bin and so on)
// Each part: its bytes in the module (or the script), compressed on its own (gzip -9), and its
// share of the shipped file: the compressed size scaled so the parts add up to what is shipped.
import { readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

const [scriptPad, modulePad, benoemdPad, tekstenPad] = process.argv.slice(2);
const gz = (b) => gzipSync(b, { level: constants.Z_BEST_COMPRESSION }).length;

// A wasm module's sections: id, the bytes of its contents, and for custom sections their name.
function secties(wasm) {
  let i = 8;
  const leb = () => {
    let n = 0, schuif = 0, b;
    do { b = wasm[i++]; n += (b & 0x7f) * 2 ** schuif; schuif += 7; } while (b & 0x80);
    return n;
  };
  const uit = [];
  while (i < wasm.length) {
    const id = wasm[i++];
    const lengte = leb();
    const inhoud = wasm.subarray(i, i + lengte);
    i += lengte;
    uit.push({ id, inhoud });
  }
  return uit;
}

// A reader over one section's bytes.
function lezer(b) {
  const r = { i: 0 };
  r.leb = () => {
    let n = 0, schuif = 0, x;
    do { x = b[r.i++]; n += (x & 0x7f) * 2 ** schuif; schuif += 7; } while (x & 0x80);
    return n;
  };
  r.bytes = (n) => b.subarray(r.i, (r.i += n));
  r.naam = () => r.bytes(r.leb()).toString('utf8');
  r.klaar = () => r.i >= b.length;
  return r;
}

// The function bodies (code section), the number of imported functions before them, the data
// segments' bytes, and the function names if the module has a name section.
function ontleed(wasm) {
  const uit = { lichamen: [], geimporteerd: 0, data: [], namen: new Map(), overig: [], code: 0 };
  for (const { id, inhoud } of secties(wasm)) {
    const r = lezer(inhoud);
    if (id === 2) {
      for (let n = r.leb(); n > 0; n--) {
        r.naam(); r.naam();
        const soort = inhoud[r.i++];
        if (soort === 0) { r.leb(); uit.geimporteerd++; }
        else if (soort === 1) { r.i++; const f = inhoud[r.i++]; r.leb(); if (f & 1) r.leb(); }
        else if (soort === 2) { const f = inhoud[r.i++]; r.leb(); if (f & 1) r.leb(); }
        else if (soort === 3) r.i += 2;
        else r.leb();
      }
    }
    if (id === 10) {
      uit.code = inhoud.length;
      for (let n = r.leb(); n > 0; n--) uit.lichamen.push(r.bytes(r.leb()));
      continue;
    }
    if (id === 11) {
      for (let n = r.leb(); n > 0; n--) {
        const soort = r.leb();
        if (soort === 2) r.leb();
        if (soort !== 1) while (inhoud[r.i++] !== 0x0b);
        uit.data.push(r.bytes(r.leb()));
      }
      continue;
    }
    if (id === 0 && lezer(inhoud).naam() === 'name') {
      r.naam();
      while (!r.klaar()) {
        const sub = inhoud[r.i++];
        const einde = r.leb() + r.i;
        if (sub === 1) for (let n = r.leb(); n > 0; n--) { const idx = r.leb(); uit.namen.set(idx, r.naam()); }
        r.i = einde;
      }
      continue;
    }
    uit.overig.push(inhoud);
  }
  return uit;
}

// The area a function belongs to, from its demangled name (crates may carry a hash in
// brackets): the first path in the crate, two levels deep (engine::advies, web::element; a type
// at a module's root counts for the module), else the library it comes from.
function gebied(naam) {
  const eigen = /inburgeringswijzer(?:\[\w+\])?::(\w+)(?:::(\w+))?/.exec(naam);
  if (eigen) {
    const [, a, b] = eigen;
    return `code: ${a}${b && /^[a-z]/.test(b) && !/^h[0-9a-f]{16}$/.test(b) ? `::${b}` : ''}`;
  }
  if (/\bchrono\b/.test(naam)) return 'code: chrono (dates)';
  if (/\b(wasm_bindgen|js_sys|web_sys)\b|^__wb|externref|shim$|^wijzer_|^(advies|ontzorgen)$/.test(naam)) {
    return 'code: wasm-bindgen glue and exports';
  }
  if (/\b(core|alloc|std)\b|^<([iu](8|16|32|64|size)|char|str|bool|f64|T)\b|^<\[|^mem(cpy|set|move|cmp)$/.test(naam)) {
    return 'code: Rust standard library';
  }
  return 'code: other (unnamed, compiler helpers)';
}

const script = readFileSync(scriptPad);
const verzonden = readFileSync(`${scriptPad}.gz`).length;
const module = readFileSync(modulePad);
const moduleLzma = readFileSync(`${modulePad}.lzma`);
const m = ontleed(module);
const benoemd = ontleed(readFileSync(benoemdPad));
const teksten = JSON.parse(readFileSync(tekstenPad, 'utf8'));

const delen = [];
const deel = (naam, ...stukken) => delen.push({ naam, bytes: stukken.reduce((s, b) => s + b.length, 0),
  gz: gz(Buffer.concat(stukken)) });

// The script: the module as base64 inside it, and everything else (loader and glue).
const base64 = moduleLzma.toString('base64');
const plek = script.indexOf(base64);
if (plek < 0) throw new Error('the module is not inside the script as base64: rebuild (make build)');
deel('loader and wasm-bindgen glue (JavaScript, minified)', script.subarray(0, plek), script.subarray(plek + base64.length));

// The module's code by area, from the build with names (the same flags; its code section may
// differ by a few bytes, so the areas are scaled to the shipped module's code).
const perGebied = new Map();
benoemd.lichamen.forEach((lichaam, i) => {
  const g = gebied(benoemd.namen.get(benoemd.geimporteerd + i) ?? '');
  perGebied.set(g, [...(perGebied.get(g) ?? []), lichaam]);
});
// Parts of the crate under 1 KB are listed together under their top module.
for (const [g, lichamen] of [...perGebied]) {
  const klein = /^code: (engine|i18n|web)(?:::(\w+))?$/.exec(g);
  if (klein && lichamen.reduce((s, b) => s + b.length, 0) < 1000) {
    perGebied.delete(g);
    const samen = [...perGebied.keys()].find((k) => k.startsWith(`code: ${klein[1]}, small parts`));
    const deel = klein[2] ?? `${klein[1]} itself`;
    const naam = samen ? `${samen.slice(0, -1)}, ${deel})` : `code: ${klein[1]}, small parts (${deel})`;
    perGebied.set(naam, [...(perGebied.get(samen) ?? []), ...lichamen]);
    if (samen) perGebied.delete(samen);
  }
}
for (const [g, lichamen] of [...perGebied].sort((a, b) => a[0].localeCompare(b[0]))) deel(g, ...lichamen);

// The module's data: the Dutch sentences (each other language is a pack of its own, listed after
// the script), the stylesheet, and the rest (the rules' own tables, names of countries, the
// standard library's constants).
let data = Buffer.concat(m.data);
const uitData = (hex, wat) => {
  const b = Buffer.from(hex, 'hex');
  const i = data.indexOf(b);
  if (i < 0) throw new Error(`${wat} not found in the module's data: rebuild (make build)`);
  data = Buffer.concat([data.subarray(0, i), data.subarray(i + b.length)]);
  return b;
};
for (const [taal, tabellen] of Object.entries(teksten.talen).filter(([taal]) => taal === 'nl')) {
  deel(`sentences: ${taal}`, ...Object.entries(tabellen).map(([t, hex]) => uitData(hex, `${taal} ${t}`)));
}
deel('stylesheet', uitData(teksten.stijl, 'the stylesheet'));
deel('data: other (the rules\' tables, country names, library constants)', data);
deel('module: other sections (types, imports, exports, table, custom)', ...m.overig);

// Shares of the shipped file, in proportion to each part compressed on its own.
const somGz = delen.reduce((s, d) => s + d.gz, 0);
for (const d of delen) d.aandeel = (d.gz * verzonden) / somGz;
const codeNamen = benoemd.lichamen.reduce((s, b) => s + b.length, 0);

const kb = (n) => (n / 1000).toFixed(1);
console.log('| part of the download | bytes | gzip -9 on its own | share of the shipped file |');
console.log('| --- | ---: | ---: | ---: |');
for (const d of delen) {
  console.log(`| ${d.naam} | ${kb(d.bytes)} KB | ${d.gz ? `${kb(d.gz)} KB` : ''} | ${d.gz ? `${kb(d.aandeel)} KB` : ''} |`);
}
console.log(`| **the script as shipped** (module ${kb(module.length)} KB, of which code ${kb(m.code)} KB, data ${kb(Buffer.concat(m.data).length)} KB) | ${kb(script.length)} KB | | **${kb(verzonden)} KB** |`);
// The packs beside the script: a page in that language loads one as well (make build).
for (const taal of Object.keys(teksten.talen).filter((taal) => taal !== 'nl')) {
  const pakket = scriptPad.replace(/\.js$/, `.${taal}.bin`);
  const [bytes, gzip] = [readFileSync(pakket), readFileSync(`${pakket}.gz`)];
  console.log(`| language pack beside the script: ${taal} (its sentences) | ${kb(bytes.length)} KB | ${kb(gz(bytes))} KB | **${kb(gzip.length)} KB** (shipped on its own) |`);
}
if (Math.abs(codeNamen - m.code) > m.code * 0.02) {
  console.log(`- note: the build with names has ${codeNamen} B of code against ${m.code} B shipped`);
}
