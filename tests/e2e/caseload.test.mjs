// The caseload view (modus="caseload"), as a klantmanager uses it: the sample caseload of the
// demo opened, the overdue clients on top; the filter "due within 4 weeks"; a client opened in
// staff mode and the way back; werklijst.csv byte for byte what `wijzer werklijst` writes for
// the same file, gemeente and date (the sample, and 1,000 lines with bad lines in them); the
// caseload's deadlines as one .ics read back by ical.js, each event named by klant alone; a page
// of rows at a time; a large file read in parts with its progress; no request while the file is
// read or its downloads are made, and nothing stored; axe on the table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { start } from './server.mjs';
import { launch } from './browser.mjs';
import { GEEN_OPSLAG, kalender, open, opslag } from './helpers.mjs';

let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const ROOT = new URL('../../', import.meta.url);
const OP = '2026-12-07';
const VOORBEELD = 'www/caseload-voorbeeld.csv';
const DUIZEND = 'tests/caseload/duizend-met-fouten.csv';

/** What `wijzer werklijst` (the build's own binary, made by `make build`) writes. */
function cli(bestand) {
  return execFileSync(fileURLToPath(new URL('target/debug/wijzer', ROOT)),
    ['werklijst', '--gemeente', 'www/gemeente-haarlem.json', '--op', OP],
    { cwd: fileURLToPath(ROOT), input: readFileSync(new URL(bestand, ROOT)), stdio: ['pipe', 'pipe', 'ignore'] });
}

/** The caseload page with `bestand` opened on the peildatum OP. */
async function caseload(bestand, opties = {}) {
  const { context, page, fouten } = await open(browser, `${server.url}/tests/e2e/fixtures/caseload.html`, opties);
  const host = page.locator('inburgering-wijzer');
  await host.locator('[name="caseload-op"]').fill(OP);
  await host.locator('input[type="file"]').setInputFiles(fileURLToPath(new URL(bestand, ROOT)));
  await host.locator('table caption').waitFor({ timeout: 15000 });
  return { context, page, fouten, host };
}

/** The rows shown: klant, next action, its date (datetime), status. */
const rijen = (page) => page.evaluate(() => [...document.querySelector('inburgering-wijzer').shadowRoot
  .querySelectorAll('tbody tr')].map((tr) => ({
  klant: tr.cells[0].textContent,
  actie: tr.cells[1].textContent,
  datum: tr.querySelector('time')?.getAttribute('datetime') ?? null,
  stand: tr.cells[3].textContent,
})));

test('the sample caseload: overdue on top, in words, sorted by date, a page of 50 rows', async () => {
  const { context, page, fouten, host } = await caseload(VOORBEELD);
  const rows = await rijen(page);
  assert.equal(rows.length, 50, 'one page of rows');
  assert.equal(rows[0].stand, 'te laat', 'an overdue client on top');
  assert.ok(rows[0].datum < OP);
  const datums = rows.map((r) => r.datum).filter(Boolean);
  assert.deepEqual(datums, [...datums].sort(), 'sorted by the next action\'s date');
  assert.match(await host.locator('caption').textContent(), /1–50 van 200/);
  // Each header cell says what it heads; each row starts with its client as a button.
  assert.equal(await host.locator('thead th[scope="col"]').count(), 5);
  assert.equal(await host.locator('tbody th[scope="row"] button').count(), 50);
  // The next page, and back.
  await host.locator('[data-actie="volgende"]').click();
  assert.match(await host.locator('caption').textContent(), /51–100 van 200/);
  assert.equal((await rijen(page)).length, 50);
  await host.locator('[data-actie="vorige"]').click();
  assert.match(await host.locator('caption').textContent(), /1–50 van 200/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test('filter "due within 4 weeks", open a client in staff mode and go back', async () => {
  const { context, page, fouten, host } = await caseload(VOORBEELD);
  const optie = await host.locator('[name="caseload-filter"] option[value="1"]').textContent();
  const aantal = Number(optie.match(/\((\d+)\)/)[1]);
  assert.ok(aantal > 0, `due within 4 weeks: ${optie}`);
  await host.locator('[name="caseload-filter"]').selectOption('1');
  const rows = await rijen(page);
  assert.equal(rows.length, Math.min(aantal, 50));
  const grens = new Date(Date.parse(OP) + 28 * 864e5).toISOString().slice(0, 10);
  assert.ok(rows.every((r) => r.datum >= OP && r.datum <= grens), 'every date within 4 weeks, none overdue');
  const eerste = rows[0].klant;
  await host.locator('tbody th button').first().click();
  // Staff mode: the client's advice with the summary for the case file.
  await host.locator('#samenvatting').waitFor();
  assert.ok((await host.locator('#uitkomst-a').textContent()).length > 100, 'the full advice');
  await host.locator('[data-actie="terug"]').click();
  assert.equal((await rijen(page))[0].klant, eerste, 'back in the filtered table');
  assert.equal(await page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot.activeElement?.textContent), eerste,
    'the focus back on the client opened');
  assert.deepEqual(fouten, []);
  await context.close();
});

for (const bestand of [VOORBEELD, DUIZEND]) {
  test(`werklijst.csv is byte for byte what wijzer werklijst writes: ${bestand}`, async () => {
    const { context, page, host } = await caseload(bestand);
    const wacht = page.waitForEvent('download');
    await host.locator('[data-actie="werklijst"]').click();
    const download = await wacht;
    assert.equal(download.suggestedFilename(), 'werklijst.csv');
    const bytes = await readFile(await download.path());
    assert.ok(bytes.equals(cli(bestand)), 'the browser\'s werklijst.csv and the CLI\'s differ');
    if (bestand === DUIZEND) {
      // The bad lines are listed apart, each with its line, field and message.
      const lijst = await host.locator('.regelfouten li').allTextContents();
      assert.equal(lijst.length, 63);
      assert.ok(lijst.every((regel) => /^Regel \d+, .*: \S/.test(regel)), lijst[0]);
    }
    await context.close();
  });
}

test('the caseload\'s deadlines as one .ics, read by ical.js: named by klant alone, stable UIDs', async () => {
  const referenties = new Set(readFileSync(new URL(VOORBEELD, ROOT), 'utf8').split('\n').slice(1)
    .map((regel) => regel.split(';')[0]).filter(Boolean));
  const events = async (op) => {
    const { context, page, fouten, host } = await caseload(VOORBEELD);
    if (op !== OP) {
      await host.locator('[name="caseload-op"]').fill(op);
      await host.locator(`caption:has-text("${Number(op.slice(8))} december")`).waitFor();
    }
    const wacht = page.waitForEvent('download');
    await host.locator('[data-actie="caseload-agenda"]').click();
    const download = await wacht;
    assert.equal(download.suggestedFilename(), 'caseload.ics');
    const tekst = await readFile(await download.path(), 'utf8');
    assert.deepEqual(fouten, []);
    await context.close();
    return kalender(tekst);
  };
  const vandaag = await events(OP);
  assert.ok(vandaag.length > 200, `${vandaag.length} events`);
  assert.equal(new Set(vandaag.map((e) => e.uid)).size, vandaag.length, 'every UID once');
  for (const e of vandaag) {
    // "HLM-00042: PIP vaststellen": the client's reference and what is due, nothing else.
    const [klant, wat] = e.titel.split(': ');
    assert.ok(referenties.has(klant) && wat, e.titel);
    assert.ok(e.begin >= OP, `${e.titel} on ${e.begin}`);
    assert.equal(e.velden, 'dtend dtstamp dtstart summary transp uid', e.titel);
    assert.equal(e.herinneringen.length, 2);
  }
  // A week later: the events still to come have the UIDs they had, with the same day and title
  // (the UID is the client, the kind of deadline and its date: a gemeente step begun since is
  // due on its last day now, a new event).
  const later = await events('2026-12-14');
  const eerder = new Map(vandaag.map((e) => [e.uid, e]));
  const bekend = later.filter((e) => eerder.has(e.uid));
  assert.ok(later.length > 200 && bekend.length > 0.9 * later.length, `${bekend.length} of ${later.length}`);
  for (const e of bekend) assert.deepEqual([e.begin, e.titel], [eerder.get(e.uid).begin, eerder.get(e.uid).titel]);
});

test('a large file is read in parts: its progress in a status, then the table', async () => {
  const groot = execFileSync('python3', ['tests/tools/caseload.py', '--aantal', '2000'], { cwd: fileURLToPath(ROOT) });
  const { context, page, fouten } = await open(browser, `${server.url}/tests/e2e/fixtures/caseload.html`);
  const host = page.locator('inburgering-wijzer');
  await host.locator('[name="caseload-op"]').fill(OP);
  // Every progress text the status shows, as the page shows it.
  await page.evaluate(() => {
    window.voortgang = [];
    new MutationObserver(() => {
      const status = document.querySelector('inburgering-wijzer').shadowRoot.getElementById('voortgang');
      if (status && status.textContent !== window.voortgang.at(-1)) window.voortgang.push(status.textContent);
    }).observe(document.querySelector('inburgering-wijzer').shadowRoot, { subtree: true, childList: true, characterData: true });
  });
  await host.locator('input[type="file"]').setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: groot });
  await host.locator('table caption').waitFor({ timeout: 30000 });
  assert.match(await host.locator('caption').textContent(), /1–50 van 2000/);
  const voortgang = await page.evaluate(() => window.voortgang);
  assert.ok(voortgang.length >= 4, voortgang.join(' | '));
  const getallen = voortgang.map((t) => t.match(/^(\d+) van 2001 regels gelezen…$/)?.[1]).map(Number);
  assert.ok(getallen.every((n, i) => n > 0 && n < 2001 && (i === 0 || n > getallen[i - 1])), voortgang.join(' | '));
  assert.equal(await host.locator('#voortgang').count(), 0, 'the status goes with the table');
  assert.deepEqual(fouten, []);
  await context.close();
});

test('reading a caseload makes no request and stores nothing', async () => {
  const { context, page } = await open(browser, `${server.url}/tests/e2e/fixtures/caseload.html`);
  await page.waitForLoadState('networkidle');
  const verzoeken = [];
  context.on('request', (r) => verzoeken.push(r.url()));
  page.on('websocket', (ws) => verzoeken.push(ws.url()));
  const host = page.locator('inburgering-wijzer');
  await host.locator('input[type="file"]').setInputFiles(fileURLToPath(new URL(DUIZEND, ROOT)));
  await host.locator('table caption').waitFor({ timeout: 15000 });
  await host.locator('[name="caseload-filter"]').selectOption('0');
  await host.locator('tbody th button').first().click();
  await host.locator('[data-actie="terug"]').click();
  // The take-aways are made on the device: downloads, no request.
  for (const actie of ['werklijst', 'caseload-agenda']) {
    const wacht = page.waitForEvent('download');
    await host.locator(`[data-actie="${actie}"]`).click();
    await wacht;
  }
  await page.waitForTimeout(500);
  assert.deepEqual(verzoeken.filter((u) => !/^(blob|data):/.test(u)), []);
  assert.deepEqual(await opslag(page), GEEN_OPSLAG);
  assert.deepEqual((await context.storageState({ indexedDB: true })).origins, []);
  await context.close();
});

for (const breedte of [1280, 360]) {
  test(`axe: the caseload table has no WCAG 2.2 A/AA violation, ${breedte} px`, async () => {
    const { context, page } = await caseload(DUIZEND, { viewport: { width: breedte, height: 900 } });
    const resultaat = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    assert.deepEqual(resultaat.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    await context.close();
  });
}

test('the demo: "Voorbeeldcaseload openen" loads the staff module and shows the sample, overdue on top', async () => {
  const { context, page, fouten } = await open(browser, `${server.url}/www/index.html`);
  const verzoeken = [];
  page.on('request', (r) => verzoeken.push(new URL(r.url()).pathname));
  await page.locator('#demo-caseload').click();
  const host = page.locator('inburgering-wijzer');
  await host.locator('table caption').waitFor({ timeout: 15000 });
  assert.ok(verzoeken.includes('/pkg/inburgering-wijzer.medewerker.bin'), 'the staff module, after the reload');
  assert.match(await host.locator('caption').textContent(), /van 200/);
  assert.equal((await rijen(page))[0].stand, 'te laat', 'an overdue client on top');
  assert.equal(await page.locator('#demo-modus').inputValue(), 'caseload');
  assert.deepEqual(fouten, []);
  await context.close();
});
