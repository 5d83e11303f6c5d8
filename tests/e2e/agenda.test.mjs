// The calendar file read back by a library parser (ical.js, Mozilla's), in Debian's Chromium
// against the release build: the same answers on two days, and in Tigrinya, give the same events
// with the same UIDs (importing again updates, it does not double); every description is plain
// text without doubled punctuation or internal notes; a registration date says what to do; a
// date with nothing to do (AOW age) has no reminder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start } from './server.mjs';
import { launch } from './browser.mjs';
import { kalender, pagina, tabNaar, typDatum, vulAdvies } from './helpers.mjs';

let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** The events of the calendar file made on `dag` (the browser's date) in `taal`, as ical.js reads them. */
async function agenda(dag, taal = 'nl') {
  const { context, page, fouten } = await pagina(browser);
  await page.clock.setFixedTime(new Date(`${dag}T10:00:00`));
  await page.goto(`${server.url}/tests/e2e/fixtures/advies.html`);
  await page.evaluate((taal) => {
    document.documentElement.lang = taal;
    document.querySelector('inburgering-wijzer').setAttribute('lang', taal);
  }, taal);
  await page.locator(`inburgering-wijzer .wijzer[lang="${taal}"]`).first().waitFor({ timeout: 15000 });
  // The contract's worked example with a leerbaarheidstoets: the B1-route and its exam plan.
  await vulAdvies(page);
  await tabNaar(page, 'a:leerbaarheidstoets.score');
  await page.keyboard.type('31');
  await typDatum(page, 'a:leerbaarheidstoets.datum', 20, 4, 2026);
  const wacht = page.waitForEvent('download');
  await page.locator('inburgering-wijzer [data-actie="agenda"]').click();
  const tekst = await readFile(await (await wacht).path(), 'utf8');
  assert.deepEqual(fouten, []);
  await context.close();
  return kalender(tekst);
}

test('the calendar file, read by ical.js: the same UIDs on another day and in another language', async () => {
  const vandaag = await agenda('2026-12-07');
  const later = await agenda('2027-01-20');
  const tigrinya = await agenda('2027-01-20', 'ti');
  assert.ok(vandaag.length >= 4, JSON.stringify(vandaag, null, 1));
  assert.equal(new Set(vandaag.map((e) => e.uid)).size, vandaag.length, 'every UID once');
  // The events still to come on the later day are the same events: same UID, same dates.
  const eerder = new Map(vandaag.map((e) => [e.uid, e]));
  assert.ok(later.length > 0);
  for (const e of [...later, ...tigrinya]) {
    assert.ok(eerder.has(e.uid), `${e.titel}: a UID of its own on another day`);
    assert.deepEqual([e.begin, e.einde], [eerder.get(e.uid).begin, eerder.get(e.uid).einde], e.titel);
  }
  assert.deepEqual(tigrinya.map((e) => e.uid), later.map((e) => e.uid));

  for (const e of [...vandaag, ...tigrinya]) {
    assert.doesNotMatch(e.beschrijving, /\.\.|።\.|\. \.|gecontroleerd/, e.beschrijving);
    assert.ok(e.titel.length > 0);
  }
  // Registration: what to do and by when, one line per exam, and how the planner counted.
  const aanmelden = vandaag.find((e) => e.begin === '2028-12-29');
  assert.ok(aanmelden, 'the registration date is an event');
  assert.equal(aanmelden.beschrijving.split('\n')[0], 'Meld u uiterlijk 29 december 2028 aan voor het examen Lezen.');
  assert.match(aanmelden.beschrijving, /\(DUO wachttijden examens \(inburgeren\.nl\)\)$/);
  assert.deepEqual(aanmelden.herinneringen, ['-P14DT15H', '-P1DT15H']);
  // AOW age, decades away: in the calendar, with nothing to do and so no reminder.
  const aow = vandaag.find((e) => /AOW/.test(e.titel));
  assert.deepEqual(aow.herinneringen, []);
  assert.ok(vandaag.filter((e) => e !== aow).every((e) => e.herinneringen.length === 2));
});
