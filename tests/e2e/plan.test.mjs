// The plan's dates in the one timeline end to end, in Debian's Chromium against the release build: the first
// action in plain words, the today marker, ticking a part done with the keyboard, the calendar
// file's registration dates, the print view, and axe in all six languages (RTL included).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { start } from './server.mjs';
import { launch } from './browser.mjs';
import { open as openPagina, focusNaam, tabNaar, typDatum, uitkomst, vulAdvies } from './helpers.mjs';

let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const open = (pad, opties) => openPagina(browser, `${server.url}${pad}`, opties);

/** The contract's worked example with a leerbaarheidstoets of 31: the B1-route, term to 11 May 2029. */
async function vulPlan(page) {
  await vulAdvies(page);
  await tabNaar(page, 'a:leerbaarheidstoets.score');
  await page.keyboard.type('31');
  await typDatum(page, 'a:leerbaarheidstoets.datum', 20, 4, 2026);
}

const wortel = (page, sel) => page.evaluate((sel) =>
  [...document.querySelector('inburgering-wijzer').shadowRoot.querySelectorAll(sel)].map((e) => e.textContent), sel);

test('the plan: first action on top, a today marker, and a part ticked off with the keyboard', async () => {
  const { context, page, fouten } = await open('/tests/e2e/fixtures/advies.html');
  await vulPlan(page);
  const tekst = await uitkomst(page, 'a');
  // Term end 11 May 2029 − 8 weeks for DUO's result − 4 weeks margin = 16 Feb 2029; register 7 weeks before.
  assert.deepEqual(await wortel(page, '.eerste-actie'), ['Meld u uiterlijk 29 december 2028 aan voor het examen Lezen.']);
  assert.match(tekst, /Laatste dag examen: Lezen, Luisteren, Schrijven, Spreken, KNM/);
  assert.match(tekst, /16 februari 2029/);
  // The plan's dates stand in the one line with the statutory ones: past dates above today,
  // the rest below, the AOW age last.
  assert.match(tekst, /Uiterlijk 11 mei 2029: u moet klaar zijn met inburgeren/);
  const klassen = await page.evaluate(() => [...document.querySelector('inburgering-wijzer').shadowRoot
    .querySelectorAll('.tijdlijn > li')].map((li) => li.className));
  const vandaag = klassen.indexOf('moment vandaag');
  assert.ok(vandaag >= 0, klassen.join());
  assert.ok(klassen.slice(0, vandaag).every((k) => /voorbij|behaald|bezig/.test(k)), klassen.join());
  assert.ok(klassen.slice(vandaag + 1).every((k) => !/voorbij/.test(k)), klassen.join());
  assert.ok(klassen.some((k) => k === 'moment plan') && klassen.some((k) => k === 'moment wet'), klassen.join());
  const momenten = await wortel(page, '.tijdlijn > li .wat');
  assert.match(momenten.at(-1), /AOW/);
  assert.ok((await wortel(page, '.tijdlijn .moment details summary')).every((s) => s === 'Waarom?'), 'every date has its why');
  // Tick Lezen as done, with the keyboard: the focus stays on the box, the first action moves on.
  await tabNaar(page, 'a:behaald.lezen');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => /Luisteren/.test(document.querySelector('inburgering-wijzer').shadowRoot.querySelector('.eerste-actie')?.textContent));
  assert.equal(await focusNaam(page), 'a:behaald.lezen');
  assert.equal(await page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot.getElementById('behaald-lezen').checked), true);
  assert.match(await uitkomst(page, 'a'), /✓ Lezen: gehaald/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test('the plan in the calendar file: registration dates ahead, with reminders and the source', async () => {
  const { context, page } = await open('/tests/e2e/fixtures/advies.html');
  await vulPlan(page);
  const wacht = page.waitForEvent('download');
  await page.locator('inburgering-wijzer [data-actie="agenda"]').click();
  const tekst = (await readFile(await (await wacht).path(), 'utf8')).replace(/\r\n /g, '');
  const event = tekst.split('BEGIN:VEVENT').find((e) => e.includes('DTSTART;VALUE=DATE:20281229'));
  assert.ok(event, 'the registration date is an event');
  assert.match(event, /SUMMARY:Laatste dag aanmelden: Lezen\\, Luisteren\\, Schrijven\\, Spreken\\, KNM/);
  assert.match(event, /BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;RELATED=END:-P14DT15H/);
  assert.match(event, /DESCRIPTION:.*DUO wachttijden examens/);
  assert.equal(tekst.match(/BEGIN:VEVENT/g).length, tekst.match(/END:VEVENT/g).length);
  await context.close();
});

test('the plan in the print view: the timeline without the boxes to tick', async () => {
  const { context, page } = await open('/tests/e2e/fixtures/advies.html');
  await vulPlan(page);
  await page.emulateMedia({ media: 'print' });
  const zicht = await page.evaluate(() => {
    const root = document.querySelector('inburgering-wijzer').shadowRoot;
    const toon = (sel) => getComputedStyle(root.querySelector(sel)).display !== 'none';
    return { tijdlijn: toon('.tijdlijn'), eerste: toon('.eerste-actie'), vinkjes: toon('fieldset.behaald') };
  });
  assert.deepEqual(zicht, { tijdlijn: true, eerste: true, vinkjes: false });
  await context.close();
});

for (const taal of ['nl', 'en', 'ar', 'ti', 'tr', 'fa']) {
  test(`the timeline: axe-core finds no WCAG 2.1 A/AA violation (${taal})`, async () => {
    const { context, page } = await open('/tests/e2e/fixtures/advies.html');
    await vulPlan(page);
    await tabNaar(page, 'a:behaald.knm');
    await page.keyboard.press('Space');
    await page.evaluate((t) => {
      document.documentElement.lang = t;
      document.querySelector('inburgering-wijzer').setAttribute('lang', t);
    }, taal);
    await page.waitForFunction(() => document.querySelector('inburgering-wijzer').shadowRoot.querySelector('.tijdlijn'));
    const resultaat = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const samenvatting = resultaat.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(samenvatting, []);
    const dir = await page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot.querySelector('.wijzer').dir);
    assert.equal(dir, ['ar', 'fa'].includes(taal) ? 'rtl' : 'ltr');
    assert.equal((await wortel(page, '.eerste-actie')).length, 1);
    await context.close();
  });
}
