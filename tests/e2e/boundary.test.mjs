// The JS boundary under fuzzing (issue 7): odd JS values (NaN, Infinity, -0, undefined, BigInt,
// symbols, functions, Dates, Maps, holes, lone surrogates, cycles, deep nesting) and mutations of
// valid situaties and huishoudens through the release module's advies() and ontzorgen(); mutated
// gemeente configurations through advies(situatie, gemeente) (the configuration reader); and
// damaged language packs through the module's taal_laden() (the pack reader).
// Every call returns an object or throws an Error whose message is the contract's `fout`; never
// a wasm trap (a panic would abort the instance), and the module keeps working afterwards. A pack
// is taken only when it is exactly a pack of this build; any other is refused with a message.
// Deterministic (seeded); FUZZ_CASES sets the number of inputs per kind (default 300). Prints
// "fuzz: …: N inputs, T µs each" (the time in the page per call), which make fuzz adds up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './server.mjs';
import { launch } from './browser.mjs';

const CASES = Number(process.env.FUZZ_CASES ?? 300);
let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// Runs in the page.
async function fuzz(cases) {
  const { default: init, advies, ontzorgen } = await import('/pkg/inburgering-wijzer.js');
  const { rng, situatie, huishouden } = await import('/tests/tools/bench/cases.mjs');
  await init();
  const r = rng(7);
  const kies = (lijst) => lijst[Math.floor(r() * lijst.length)];
  const NAMEN = ['peildatum', 'geboortedatum', 'verblijf', 'vasteLasten', 'huur', 'score', 'bedrag', 'maanden',
    // No '__proto__': assigning it changes the prototype; a test below covers that.
    'extraInhoudingen', 'leerbaarheidstoets', 'x', '', 'constructor', 'toString', 'a.b'];
  // Made once: building these for every call was most of the harness's own time (a CPU profile).
  const RARE = [NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 1.5, -1, 10000001,
    undefined, null, true, false, 10n, 2n ** 70n, Symbol('s'), () => 1, new Date(0), new Map([['a', 1]]),
    new Set([1]), new Uint8Array(3), [, 1], '', 'NaN', '\ud800', '\udfff\ud800', '2024-02-29', '1900-01-01',
    '2200-12-31', '2026-02-30', 'x'.repeat(2001), '😀'.repeat(3000), 'ي'.repeat(500), Object.create(null),
    new String('s'), new Number(1), Promise.resolve(1)];
  const rare = () => kies(RARE);
  const boom = (diepte) => {
    if (diepte > 20 || r() < 0.35) return rare();
    if (r() < 0.4) return Array.from({ length: Math.floor(r() * 5) }, () => boom(diepte + 1));
    const o = {};
    for (let i = Math.floor(r() * 6); i > 0; i--) o[kies(NAMEN)] = boom(diepte + 1);
    return o;
  };
  const diep = () => {
    let v = rare();
    for (let i = Math.floor(r() * 300); i > 0; i--) v = r() < 0.5 ? [v] : { vasteLasten: v };
    return v;
  };
  const kringloop = () => {
    const o = situatie(r);
    o.leerbaarheidstoets = o;
    return o;
  };
  // A valid input with one to three fields dropped, renamed, retyped or made extreme.
  const muteer = (maak) => () => {
    const o = maak(r);
    for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
      const doel = r() < 0.2 && o.vasteLasten ? o.vasteLasten : o;
      const veld = kies(Object.keys(doel));
      const soort = Math.floor(r() * 4);
      if (soort === 0) delete doel[veld];
      else if (soort === 1) { doel[veld + kies(['_', 'X', ' '])] = doel[veld]; delete doel[veld]; }
      else doel[veld] = rare();
    }
    return o;
  };
  // A demo configuration with one to three values anywhere in it dropped, renamed or made odd.
  const configuraties = await Promise.all(['haarlem', 'amsterdam', 'utrecht'].map((g) => fetch(`/www/gemeente-${g}.json`).then((a) => a.json())));
  const gemeente = () => {
    const o = structuredClone(kies(configuraties));
    for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
      let doel = o;
      while (r() < 0.6) {
        const binnen = Object.values(doel).filter((v) => v && typeof v === 'object');
        if (!binnen.length) break;
        doel = kies(binnen);
      }
      const sleutels = Object.keys(doel);
      if (!sleutels.length) continue;
      const veld = kies(sleutels);
      const soort = Math.floor(r() * 3);
      if (soort === 0) delete doel[veld];
      else if (soort === 1 && !Array.isArray(doel)) { doel[veld + kies(['_', 'X', ' '])] = doel[veld]; delete doel[veld]; }
      else doel[veld] = rare();
    }
    return o;
  };
  const soorten = { boom: () => boom(0), diep, kringloop, situatie: muteer(situatie), huishouden: muteer(huishouden) };
  const fouten = [];
  const beschrijf = (v) => {
    try {
      return JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? `${x}n` : typeof x === 'number' && !Number.isFinite(x)
        ? String(x) : x === undefined ? 'undefined' : x)).slice(0, 300);
    } catch { return String(v).slice(0, 300); }
  };
  let calls = 0;
  let ms = 0;
  const roep = (naam, soort, f, invoer, gemeente) => {
    calls++;
    const begin = performance.now();
    try {
      const uit = gemeente === undefined ? f(invoer) : f(invoer, gemeente);
      if (uit === null || typeof uit !== 'object') fouten.push(`${naam}(${soort}) returned ${typeof uit}`);
    } catch (e) {
      let fout = null;
      try { fout = JSON.parse(e.message).fout; } catch { /* checked below */ }
      const goed = e instanceof Error && !(e instanceof WebAssembly.RuntimeError) && fout
        && typeof fout.veld === 'string' && /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(fout.code ?? '')
        && typeof fout.melding === 'string' && fout.melding.length > 0;
      if (!goed) fouten.push(`${naam}(${soort}): ${e?.constructor?.name}: ${String(e?.message ?? e).slice(0, 200)} for ${beschrijf(gemeente ?? invoer)}`);
    }
    ms += performance.now() - begin;
  };
  for (const [soort, maak] of Object.entries(soorten)) {
    for (let i = 0; i < cases; i++) {
      const invoer = maak();
      roep('advies', soort, advies, invoer);
      roep('ontzorgen', soort, ontzorgen, invoer);
      if (fouten.length > 5) return { calls, ms, fouten };
    }
  }
  for (let i = 0; i < cases; i++) {
    roep('advies', 'gemeente', advies, situatie(r), gemeente());
    if (fouten.length > 5) return { calls, ms, fouten };
  }
  // The instance still answers (a trap would have poisoned it).
  for (const [f, maak] of [[advies, situatie], [ontzorgen, huishouden]]) {
    try { f(maak(r)); } catch (e) {
      if (!(e instanceof Error) || e instanceof WebAssembly.RuntimeError) fouten.push(`after fuzzing: ${e}`);
    }
  }
  return { calls, ms, fouten };
}

// Runs in the page: the module's own pack reader (the wasm-bindgen glue in pkg/, which the script
// bundles) on damaged packs of this build.
async function pakketten(cases) {
  const { default: init, taal_laden } = await import('/pkg/inburgeringswijzer.js');
  const { rng } = await import('/tests/tools/bench/cases.mjs');
  await init();
  const r = rng(11);
  const plek = (n) => Math.floor(r() * n);
  const talen = ['en', 'ar', 'ti', 'tr', 'fa'];
  const echt = await Promise.all(talen.map((t) => fetch(`/pkg/inburgering-wijzer.${t}.bin`).then((a) => a.arrayBuffer()).then((b) => new Uint8Array(b))));
  const gelijk = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
  const fouten = [];
  let ms = 0;
  for (let i = 0; i < cases; i++) {
    const t = plek(talen.length);
    let bytes = [...echt[t]];
    if (r() < 0.1) bytes = Array.from({ length: plek(64) }, () => plek(256));
    for (let n = plek(4); n > 0 && bytes.length; n--) {
      const p = plek(bytes.length);
      const soort = plek(5);
      if (soort === 0) bytes.length = p;
      else if (soort === 1) bytes[p] ^= 1 << plek(8);
      else if (soort === 2) bytes.splice(p, 0, plek(256));
      else if (soort === 3) bytes.splice(p, 1);
      else bytes[p] = plek(256);
    }
    const invoer = Uint8Array.from(bytes);
    let taal = null;
    let geweigerd = null;
    const begin = performance.now();
    try {
      taal = taal_laden(invoer);
    } catch (e) {
      geweigerd = e;
    }
    ms += performance.now() - begin;
    if (taal !== null && !gelijk(invoer, echt[talen.indexOf(taal)] ?? [])) fouten.push(`a damaged pack taken as ${taal}`);
    if (taal === null && (typeof geweigerd !== 'string' || !geweigerd)) fouten.push(`${geweigerd?.constructor?.name}: ${geweigerd?.message ?? geweigerd}`);
    if (taal === null && echt.some((p) => gelijk(invoer, p))) fouten.push('a pack as built refused');
    if (fouten.length > 5) break;
  }
  return { calls: cases, ms, fouten };
}

/** Runs `inDePagina` with `CASES` on a fresh page and checks it found nothing; prints its count. */
async function fuzzInDePagina(naam, inDePagina) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paginafouten = [];
  page.on('pageerror', (e) => paginafouten.push(e.message));
  await page.goto(`${server.url}/tests/tools/bench/recompute.html`);
  const { calls, ms, fouten } = await page.evaluate(inDePagina, CASES);
  console.log(`fuzz: browser ${naam}: ${calls} inputs, ${Math.round((ms * 1000) / calls)} µs each`);
  assert.deepEqual(fouten, []);
  assert.deepEqual(paginafouten, []);
  await context.close();
}

test(`advies() and ontzorgen() answer odd JS values with a fout, never a trap (${CASES} per kind)`, () =>
  fuzzInDePagina('advies/ontzorgen', fuzz));

test(`taal_laden() takes only a pack of this build and refuses a damaged one with a message (${CASES} packs)`, () =>
  fuzzInDePagina('taal_laden', pakketten));

// Found by this fuzzing: serde-wasm-bindgen took an object with a typed-array prototype for a
// Uint8Array and threw a raw TypeError. The shell now reads JS input through JSON.stringify.
test('an object with a typed-array prototype gets a fout, not a TypeError', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/tests/tools/bench/recompute.html`);
  const uit = await page.evaluate(async () => {
    const m = await import('/pkg/inburgering-wijzer.js');
    await m.default();
    const invoer = [Object.setPrototypeOf({}, new Uint8Array(3)), { vasteLasten: Object.setPrototypeOf({}, new Uint8Array(1)) }];
    return invoer.flatMap((x) => [m.advies, m.ontzorgen].map((f) => {
      try {
        f(x);
        return 'object';
      } catch (e) {
        try { return JSON.parse(e.message).fout.code; } catch { return `${e.constructor.name}: ${e.message}`; }
      }
    }));
  });
  await context.close();
  for (const code of uit) assert.match(code, /^(object|[a-z][a-z0-9_]*)$/);
});

// Found by tests/fuzz.rs: a link starting with multi-byte text was sliced inside a character.
test('a gemeente link starting with multi-byte text gets a fout, not a trap', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/tests/tools/bench/recompute.html`);
  const uit = await page.evaluate(async () => {
    const m = await import('/pkg/inburgering-wijzer.js');
    await m.default();
    const situatie = { peildatum: '2026-03-01', geboortedatum: '1990-05-17', nationaliteit: 'SY', verblijf: 'asiel',
      verblijfsdatum: '2025-09-01' };
    try {
      m.advies(situatie, { contact: { email: 'éééé' } });
      return 'object';
    } catch (e) {
      try { return JSON.parse(e.message).fout.code; } catch { return `${e.constructor.name}: ${e.message}`; }
    }
  });
  await context.close();
  assert.equal(uit, 'ongeldige_link');
});
