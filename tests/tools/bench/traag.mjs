// The slow phone of issue 17 and one cold load of a bench page, shared by make bench
// (browser.mjs) and the trace of where a load's time goes (spoor.mjs).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

// The bench pages: the README's snippet on a bare page (the widget with a gemeente file), and the
// reference element (tests/tools/bench/referentie: one input, built and loaded as the widget is).
export const PAGINA = { wijzer: 'traag.html', referentie: 'referentie.html' };
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
  if (spoor) t.spoor = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
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

