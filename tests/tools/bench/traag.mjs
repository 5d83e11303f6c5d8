// The slow phone of issue 17 and one cold load of a bench page, shared by make bench
// (browser.mjs) and the trace of where a load's time goes (spoor.mjs).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

// The bench pages: the README's snippet on a bare page (the widget with a gemeente file), and the
// reference element (tests/tools/bench/referentie: one input, built and loaded as the widget is);
// and the same snippet in Arabic, whose first download is the script and the Arabic pack.
export const PAGINA = { wijzer: 'traag.html', referentie: 'referentie.html', arabisch: 'traag-ar.html' };
export const PROBE = readFileSync(new URL('probe.js', import.meta.url), 'utf8');

// The slow phone of issue 17, Chromium's own throttling: the main thread 4x slower, 1.6 Mbps
// down, 750 kbps up, 150 ms from a request to its response.
export const TRAAG = { cpu: 4, rttMs: 150, downBps: 1.6e6, upBps: 750e3 };

// One cold load (a new browser context: empty caches) of a bench page, optionally on the slow
// phone. The page times itself (probe.js, added before its own scripts, so without a request) and
// reports in one console message: nothing of the harness runs in the page while it loads.
// `spoor`: trace categories; the load's trace events come back as `spoor`.
export async function laad(browser, url, pagina, traag, spoor = null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  if (traag) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: TRAAG.rttMs,
      downloadThroughput: TRAAG.downBps / 8, uploadThroughput: TRAAG.upBps / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: TRAAG.cpu });
  }
  const bericht = new Promise((resolve) => {
    page.on('console', (m) => { if (m.text().startsWith('bench ')) resolve(JSON.parse(m.text().slice(6))); });
    setTimeout(() => resolve(null), 30000);
  });
  if (spoor) await browser.startTracing(page, { categories: spoor });
  await page.goto(`${url}/tests/tools/bench/${PAGINA[pagina]}`, { waitUntil: 'commit' });
  const t = await bericht;
  if (spoor) {
    const gebeurtenissen = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    if (t) t.spoor = gebeurtenissen;
  }
  await context.close();
  return t;
}

// The physical floor of a load on the slow phone: the bytes the network actually delivered
// before the form was usable (headers included) at the download rate, plus one round trip for
// each request that had to wait for an earlier response (the page, then its script, ...); requests
// in flight together share a round trip.
export function vloer(verzoeken) {
  let rondes = 0, bytes = 0, rondeAntwoord = -Infinity;
  for (const v of [...verzoeken].sort((a, b) => a.start - b.start)) {
    bytes += v.bytes;
    if (v.start >= rondeAntwoord) {
      rondes++;
      rondeAntwoord = v.antwoord;
    } else rondeAntwoord = Math.max(rondeAntwoord, v.antwoord);
  }
  return { rondes, bytes, ms: rondes * TRAAG.rttMs + (bytes * 8 * 1000) / TRAAG.downBps };
}

// The test server, in a process of its own as a real server is: in this one its answers would
// wait for the harness's own work and count as load time.
export async function start() {
  const bron = new URL('../../e2e/server.mjs', import.meta.url).href;
  const kind = spawn(process.execPath, ['--input-type=module', '-e',
    `import { start } from ${JSON.stringify(bron)}; console.log((await start()).url);`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [regel] = await once(kind.stdout, 'data');
  return { url: regel.toString().trim(), close: () => kind.kill() };
}


// Trace categories for a load whose main thread's work is to be weighed.
export const SPOOR = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'v8.execute',
  'disabled-by-default-v8.compile', 'blink', 'blink.user_timing', 'loading', 'toplevel', '__metadata'];

// The work of each of the page's threads between the script's arrival and the usable form, from a
// traced load: per thread its busy wall time and CPU time, and per kind of work (event name) its
// self time (its own, without the events inside it, so no moment counts twice), wall and CPU.
// CPU time is what the thread itself ran: wall time also counts the moments the system ran other
// threads instead, which on a busy machine with few cores is much of it.
export function werk(t) {
  const ev = t.spoor ?? [];
  const mark = ev.find((e) => e.name === 'bench-bruikbaar');
  if (!mark || t.aankomst == null) return null;
  const van = mark.ts - (t.interactive - t.aankomst) * 1000;
  const tot = mark.ts;
  const namen = new Map(ev.filter((e) => e.name === 'thread_name' && e.pid === mark.pid).map((e) => [e.tid, e.args.name]));
  const draden = new Map();
  const binnen = ev.filter((e) => e.pid === mark.pid && e.ph === 'X' && e.dur > 0 && e.ts < tot && e.ts + e.dur > van)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  for (const e of binnen) {
    const naam = namen.get(e.tid) ?? String(e.tid);
    if (!draden.has(naam)) draden.set(naam, { wand: 0, cpu: 0, zelf: new Map(), stapel: [] });
    const d = draden.get(naam);
    while (d.stapel.length && d.stapel.at(-1).ts + d.stapel.at(-1).dur <= e.ts) d.stapel.pop();
    // The part inside the span; its CPU time in the same proportion.
    const wand = Math.max(0, Math.min(e.ts + e.dur, tot) - Math.max(e.ts, van));
    const cpu = ((e.tdur ?? 0) * wand) / e.dur;
    const ouder = d.stapel.at(-1);
    if (ouder) {
      const z = d.zelf.get(ouder.name);
      z.wand -= wand;
      z.cpu -= cpu;
    } else {
      d.wand += wand;
      d.cpu += cpu;
    }
    const z = d.zelf.get(e.name) ?? { wand: 0, cpu: 0 };
    z.wand += wand;
    z.cpu += cpu;
    d.zelf.set(e.name, z);
    d.stapel.push(e);
  }
  const ms = (x) => x / 1000;
  return { span: ms(tot - van), draden: Object.fromEntries([...draden].map(([naam, d]) => [naam, { wand: ms(d.wand), cpu: ms(d.cpu),
    zelf: [...d.zelf].map(([n, z]) => ({ naam: n, wand: ms(z.wand), cpu: ms(z.cpu) })).sort((a, b) => b.cpu - a.cpu) }])) };
}
