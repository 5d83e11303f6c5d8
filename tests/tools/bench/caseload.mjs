// The caseload view at scale for `make bench` (issue 24): a generated caseload of 10,000 clients
// opened in the browser's caseload view (the release's staff module), against `wijzer werklijst` on
// the same file, each run of the browser right after a run of the command line, so that both see
// the same machine. Per run: the file chosen -> the first progress shown, -> the first rows (the
// table; its order needs every line, so it is the whole table), -> werklijst.csv downloaded (the
// whole table as the command line writes it), and the longest task while the file is read (what
// the page cannot answer input for). One JSON object on stdout, progress on stderr.
//
// Usage: node caseload.mjs WIJZER CASELOAD.csv [RUNS]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { launch } from '../../e2e/browser.mjs';
import { start } from '../../e2e/server.mjs';

const [wijzer, bestand, runs = '5'] = process.argv.slice(2);
const OP = '2026-12-07';
const invoer = readFileSync(bestand);
const log = (...a) => console.error('bench:', ...a);

function cli() {
  const t0 = performance.now();
  const r = spawnSync(wijzer, ['werklijst', '--op', OP], { input: invoer, maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`wijzer werklijst: exit ${r.status}`);
  return { ms, regels: r.stdout.toString().split('\r\n').length - 2 };
}

async function browserRun(browser, url) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${url}/tests/e2e/fixtures/caseload.html`);
  const host = page.locator('inburgering-wijzer');
  await host.locator('[name="caseload-op"]').fill(OP);
  await page.evaluate(() => {
    const root = document.querySelector('inburgering-wijzer').shadowRoot;
    const t = (window.__caseload = { gekozen: null, voortgang: null, tabel: null, taken: [] });
    root.addEventListener('change', (e) => { if (e.target.type === 'file') t.gekozen = performance.now(); }, true);
    new MutationObserver(() => {
      if (t.voortgang === null && root.getElementById('voortgang')) t.voortgang = performance.now();
      if (t.tabel === null && root.querySelector('tbody tr')) t.tabel = performance.now();
    }).observe(root, { subtree: true, childList: true, characterData: true });
    new PerformanceObserver((lijst) => {
      for (const e of lijst.getEntries()) t.taken.push({ begin: e.startTime, duur: e.duration });
    }).observe({ type: 'longtask' });
  });
  await host.locator('input[type="file"]').setInputFiles({ name: 'caseload.csv', mimeType: 'text/csv', buffer: invoer });
  await host.locator('tbody tr').first().waitFor({ timeout: 120000 });
  const wacht = page.waitForEvent('download');
  await host.locator('[data-actie="werklijst"]').click();
  const download = await wacht;
  const klaar = await page.evaluate(() => performance.now());
  const regels = readFileSync(await download.path()).toString().split('\r\n').length - 2;
  const caption = await host.locator('caption').textContent();
  const t = await page.evaluate(() => window.__caseload);
  await context.close();
  const lezen = t.taken.filter((x) => x.begin >= t.gekozen && x.begin < t.tabel);
  return {
    voortgang: t.voortgang === null ? null : t.voortgang - t.gekozen,
    tabel: t.tabel - t.gekozen,
    werklijst: klaar - t.gekozen,
    langsteTaak: Math.max(0, ...lezen.map((x) => x.duur)),
    langsteTaakTabel: Math.max(0, ...t.taken.filter((x) => x.begin >= t.tabel - 1).map((x) => x.duur)),
    regels,
    caption,
  };
}

const server = await start();
const browser = await launch();
const uit = { klanten: invoer.toString().split('\n').filter((r) => r.trim()).length - 1, runs: [] };
try {
  // A first run of each, not counted: the page cache, the staff module's compiled code, the binary.
  cli();
  await browserRun(browser, server.url);
  for (let i = 0; i < Number(runs); i++) {
    log(`caseload of ${uit.klanten} clients: run ${i + 1} of ${runs}, wijzer werklijst then the browser`);
    const c = cli();
    const b = await browserRun(browser, server.url);
    uit.runs.push({ cli: c.ms, cliRegels: c.regels, ...b });
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(uit));
