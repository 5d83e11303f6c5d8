// Where a load's time goes on the slow phone, from a Chromium trace rather than a guess:
// `node tests/tools/bench/spoor.mjs [wijzer|referentie] [loads]` (after make build and make bench,
// which builds the reference). Per load: the moments of the load, and for the page's main thread
// between the script's arrival and the usable form, the time per kind of work (self time, so no
// moment counts twice) and the time it ran nothing (waiting for other threads or the network);
// then the work of the renderer's other threads in the same span.
import { launch } from '../../e2e/browser.mjs';
import { laad, start, vloer } from './traag.mjs';

const CATEGORIEEN = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'v8.execute',
  'disabled-by-default-v8.compile', 'blink', 'blink.user_timing', 'loading', 'toplevel', '__metadata'];
const pagina = process.argv[2] ?? 'wijzer';
const keer = Number(process.argv[3] ?? 1);
const ms = (x) => `${x.toFixed(1).padStart(7)} ms`;

function ontleed(t) {
  const ev = t.spoor;
  const mark = ev.find((e) => e.name === 'bench-bruikbaar');
  if (!mark) return console.log('no usable form in this load');
  const nul = mark.ts - t.interactive * 1000; // navigation start on the trace's clock (µs)
  const op = (msVanaf) => nul + msVanaf * 1000;
  const hoofd = ev.find((e) => e.name === 'thread_name' && e.pid === mark.pid && e.args.name === 'CrRendererMain');
  const [van, tot] = [op(t.aankomst), mark.ts];
  console.log(`navigation -> usable ${ms(t.interactive)}; floor ${ms(vloer(t.verzoeken).ms)}`);
  for (const v of t.verzoeken) {
    console.log(`  ${v.naam.replace(/^.*\/\/[^/]+/, '').padEnd(48)} start ${ms(v.start)}  response ${ms(v.antwoord)}  end ${ms(v.einde)}  ${v.bytes} B`);
  }
  console.log(`  first content ${ms(t.first)}, usable ${ms(t.interactive)}`);
  // Self time per event name on the main thread, clipped to [van, tot].
  const complete = ev.filter((e) => e.pid === mark.pid && e.ph === 'X' && e.dur > 0 && e.ts < tot && e.ts + e.dur > van);
  const draden = new Map(ev.filter((e) => e.name === 'thread_name' && e.pid === mark.pid).map((e) => [e.tid, e.args.name]));
  for (const [tid, naam] of [[hoofd.tid, 'main thread'], ...[...draden].filter(([id]) => id !== hoofd.tid)]) {
    const eigen = complete.filter((e) => e.tid === tid).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const zelf = new Map();
    const stapel = [];
    let bezet = 0;
    const geklemd = (a, b) => Math.max(0, Math.min(b, tot) - Math.max(a, van));
    for (const e of eigen) {
      while (stapel.length && stapel.at(-1).ts + stapel.at(-1).dur <= e.ts) stapel.pop();
      const d = geklemd(e.ts, e.ts + e.dur);
      if (stapel.length) zelf.set(stapel.at(-1).name, (zelf.get(stapel.at(-1).name) ?? 0) - d);
      else bezet += d;
      zelf.set(e.name, (zelf.get(e.name) ?? 0) + d);
      stapel.push(e);
    }
    if (bezet < 1000 && tid !== hoofd.tid) continue;
    console.log(`  ${naam}, script arrival -> usable (${ms((tot - van) / 1000)}): busy ${ms(bezet / 1000)}` +
      (tid === hoofd.tid ? `, running nothing ${ms((tot - van - bezet) / 1000)}` : ''));
    for (const [n, d] of [...zelf].sort((a, b) => b[1] - a[1]).filter(([, d]) => d >= 500).slice(0, 14)) {
      console.log(`    ${ms(d / 1000)}  ${n}`);
    }
  }
}

const server = await start();
const browser = await launch();
try {
  for (let i = 0; i < keer; i++) ontleed(await laad(browser, server.url, pagina, true, CATEGORIEEN));
} finally {
  await browser.close();
  server.close();
}
