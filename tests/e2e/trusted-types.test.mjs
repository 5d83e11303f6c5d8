// Trusted Types kept: the widget under `require-trusted-types-for 'script'; trusted-types 'none'`
// (with the strict CSP), through everything a person can do, without a single violation. The
// widget inserts text as text and never hands a string to an HTML or script sink; this page keeps
// it so. A violation is caught twice: the `securitypolicyviolation` event (listened for before
// the page's own scripts run) and the console error Chromium writes for it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, TRUSTED_TYPES_CSP } from './server.mjs';
import { launch } from './browser.mjs';
import { alsMedewerker } from './helpers.mjs';

let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** The page under Trusted Types, with every violation and console error collected. */
async function open() {
  const context = await browser.newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  // A staff page (the staff module), switched to the residents' view once loaded: both views run.
  await context.addInitScript(alsMedewerker);
  await context.addInitScript(() => {
    window.schendingen = [];
    // Capture on the document: violations inside the shadow root reach it too.
    document.addEventListener('securitypolicyviolation', (e) => {
      window.schendingen.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
    }, true);
  });
  const page = await context.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && fouten.push(`console: ${m.text()}`));
  const antwoord = await page.goto(`${server.url}/tests/e2e/fixtures/csp-trusted-types.html`);
  assert.equal(antwoord.headers()['content-security-policy'], TRUSTED_TYPES_CSP);
  await page.locator('inburgering-wijzer .gemeente').waitFor({ timeout: 15000 });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.querySelector('inburgering-wijzer').setAttribute('modus', 'inwoner'));
  const schendingen = () => page.evaluate(() => window.schendingen);
  return { context, page, fouten, schendingen };
}

const host = (page) => page.locator('inburgering-wijzer');
const veld = (page, naam) => host(page).locator(`[name="${naam}"]`);
const actie = (page, naam) => host(page).locator(`[data-actie="${naam}"]`).click();

async function datum(page, sleutel, dag, maand, jaar) {
  await veld(page, `${sleutel}.dag`).fill(dag);
  await veld(page, `${sleutel}.maand`).selectOption(maand);
  await veld(page, `${sleutel}.jaar`).fill(jaar);
}

async function download(page, naam) {
  const wacht = page.waitForEvent('download');
  await actie(page, naam);
  return readFile(await (await wacht).path(), 'utf8');
}

async function taal(page, code) {
  await page.evaluate((code) => document.querySelector('inburgering-wijzer').setAttribute('lang', code), code);
  await page.locator(`inburgering-wijzer .wijzer[lang="${code}"]`).waitFor();
}

test('Trusted Types: rendering, answering, languages, Dutch beside, saving, opening, calendar, staff mode, clearing and undoing, with no violation', async () => {
  const { context, page, fouten, schendingen } = await open();
  // Answering: an asylum status holder with bijstand, and the budget.
  await datum(page, 'a:geboortedatum', '17', '8', '1991');
  await veld(page, 'a:nationaliteit').selectOption('SY');
  await veld(page, 'a:verblijf').selectOption('asiel');
  await datum(page, 'a:verblijfsdatum', '16', '2', '2026');
  await datum(page, 'a:duoBriefDatum', '9', '3', '2026');
  await datum(page, 'a:pipDatum', '11', '5', '2026');
  await host(page).locator('[name="a:bijstand"][value="ja"]').check();
  await datum(page, 'a:bijstandSinds', '1', '4', '2026');
  await veld(page, 'o:leefvorm').selectOption('alleenstaande');
  await veld(page, 'o:vasteLasten.huur').fill('550');
  await veld(page, 'o:vasteLasten.energie').fill('120');
  await veld(page, 'o:vasteLasten.water').fill('25');
  await veld(page, 'o:vasteLasten.zorgverzekering').fill('135');
  assert.match(await host(page).locator('#uitkomst-a').innerText(), /U moet inburgeren\./);
  // Switching language (a pack fetched and checked), and the Dutch beside it.
  await taal(page, 'ar');
  await actie(page, 'tweetalig');
  assert.equal(await host(page).locator('#tweetalig').getAttribute('aria-pressed'), 'true');
  assert.match(await host(page).locator('#uitkomst-a').innerText(), /U moet inburgeren\./, 'the Dutch beside the Arabic');
  await taal(page, 'nl');
  // Saving, opening the saved file again, the calendar file.
  const bestand = await download(page, 'opslaan');
  assert.equal(JSON.parse(bestand).advies.geboortedatum, '1991-08-17');
  assert.match(await download(page, 'agenda'), /BEGIN:VEVENT/);
  // Staff mode, and its summary copied.
  await page.evaluate(() => document.querySelector('inburgering-wijzer').setAttribute('modus', 'medewerker'));
  await actie(page, 'kopieer');
  await page.waitForFunction(() => document.querySelector('inburgering-wijzer').shadowRoot.getElementById('status').textContent !== '');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /55000|550,00/);
  // Clearing, and undoing it.
  await actie(page, 'wis');
  // Empty, or not in the tree (a question is built when it is first shown).
  const huur = veld(page, 'o:vasteLasten.huur');
  assert.equal((await huur.count()) ? await huur.inputValue() : '', '');
  await actie(page, 'herstel');
  assert.equal(await veld(page, 'o:vasteLasten.huur').inputValue(), '550');
  // Opening the saved answers from a file, after clearing them.
  await actie(page, 'wis');
  await host(page).locator('input[type="file"]').setInputFiles({ name: 'antwoorden.json', mimeType: 'application/json', buffer: Buffer.from(bestand) });
  await page.waitForFunction(() => document.querySelector('inburgering-wijzer').shadowRoot.querySelector('[name="o:vasteLasten.huur"]')?.value === '550');
  // Printing.
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await schendingen(), []);
  assert.deepEqual(fouten, []);
  await context.close();
});

test('Trusted Types: the page does catch a violation (the guard above can fail)', async () => {
  const { context, page, fouten, schendingen } = await open();
  const geweigerd = await page.evaluate(() => {
    try {
      document.querySelector('main').insertAdjacentHTML('beforeend', '<b>x</b>');
      return false;
    } catch (e) {
      return e instanceof TypeError;
    }
  });
  assert.ok(geweigerd, 'a string given to an HTML sink is refused');
  await page.waitForFunction(() => window.schendingen.length > 0);
  assert.match((await schendingen())[0], /require-trusted-types-for/);
  assert.ok(fouten.some((f) => /TrustedHTML/.test(f)), `the console reports it: ${fouten}`);
  await context.close();
});
