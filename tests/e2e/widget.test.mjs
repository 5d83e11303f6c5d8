// The <inburgering-wijzer> element end to end, in Debian's Chromium against the release build:
// keyboard journeys, strict CSP, accessibility, print, save/load, calendar, several instances,
// and a 320 px viewport (privacy: privacy.test.mjs; hostile pages: hostile.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { start, STRICT_CSP } from './server.mjs';
import { launch } from './browser.mjs';
import { open as openPagina, focusNaam, getoond, tabNaar, typDatum, uitkomst, vulAdvies, vulBudget } from './helpers.mjs';

let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** A fresh page of this server that collects console errors and page errors. */
const open = (pad, opties) => openPagina(browser, `${server.url}${pad}`, opties);

test('keyboard only: a budget with what the gemeente pays and the leefgeld per month and week', async () => {
  const { context, page, fouten } = await open('/tests/e2e/fixtures/ontzorgen.html');
  await vulBudget(page);
  const tekst = await uitkomst(page, 'o');
  assert.match(tekst, /Elke maand van 1 april 2024 tot en met 31 mei 2024/); // two equal months, one row
  assert.match(tekst, /Huur aan de verhuurder/);
  assert.match(tekst, /€ 1\.219,64/); // bijstand
  assert.match(tekst, /€ 830,00/); // the gemeente pays 550 + 120 + 25 + 135
  assert.match(tekst, /€ 389,64/); // leefgeld per month
  assert.match(tekst, /€ 89,91/); // per week: 38964 × 12 / 52 rounded toward zero
  assert.match(tekst, /Waarom\?/);
  // A fixed-cost sum above the benefit shows the warning.
  await tabNaar(page, 'o:vasteLasten.huur');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1500');
  assert.match(await uitkomst(page, 'o'), /Let op: uw vaste lasten zijn hoger dan uw bijstand/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test('keyboard only: a route advice with its articles and links to the law', async () => {
  const { context, page, fouten } = await open('/tests/e2e/fixtures/advies.html');
  await typDatum(page, 'a:geboortedatum', 2, 4, 1996);
  await tabNaar(page, 'a:nationaliteit');
  await page.keyboard.press('ArrowDown'); // Syrië
  await tabNaar(page, 'a:verblijf');
  await page.keyboard.press('ArrowDown'); // asiel
  await typDatum(page, 'a:verblijfsdatum', 16, 2, 2026);
  let tekst = await uitkomst(page, 'a');
  assert.doesNotMatch(tekst, /Nog nodig/);
  assert.match(tekst, /U moet inburgeren\./);
  assert.match(tekst, /Welke route past, weten we na de leerbaarheidstoets/);
  // With DUO's letter the PIP date still waits for housing (Besluit art. 5.3 lid 1): a status
  // holder may not live in the gemeente yet. Housed before the letter, it counts from the letter.
  await typDatum(page, 'a:duoBriefDatum', 9, 3, 2026);
  tekst = await uitkomst(page, 'a');
  assert.match(tekst, /Kwam u later in de gemeente wonen\? Dan schuift die datum op/);
  await typDatum(page, 'a:huisvestingDatum', 2, 3, 2026);
  tekst = await uitkomst(page, 'a');
  assert.match(tekst, /Voorbij: uw PIP moest uiterlijk 18 mei 2026 klaar zijn/); // before today
  assert.match(tekst, /Waarom\?/);
  const links = await page.evaluate(() => [...document.querySelector('inburgering-wijzer').shadowRoot
    .querySelectorAll('#uitkomst-a a')].map((a) => [a.href, a.rel, a.target]));
  for (const [href, rel, target] of links) {
    assert.match(href, /^https:\/\/wetten\.overheid\.nl\/|^https:\/\/www\./);
    assert.equal(rel, 'noopener noreferrer');
    assert.equal(target, '_blank');
  }
  assert.deepEqual(fouten, []);
  await context.close();
});

test('not plichtig: the gemeente\'s local options, never a dead end', async () => {
  const { context, page, fouten } = await open('/tests/e2e/fixtures/advies.html');
  await page.waitForLoadState('networkidle');
  await typDatum(page, 'a:geboortedatum', 2, 4, 1996);
  await tabNaar(page, 'a:nationaliteit');
  await page.keyboard.press('ArrowDown');
  await tabNaar(page, 'a:verblijf');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowDown'); // geen
  const tekst = await uitkomst(page, 'a');
  assert.match(tekst, /U hoeft niet in te burgeren/);
  assert.match(tekst, /Wat de gemeente voor u kan doen/);
  assert.match(tekst, /Taalcursus/); // from the inline configuration
  assert.deepEqual(fouten, []);
  await context.close();
});

test('a rejected answer stays, its error is translated and tied to the field', async () => {
  const { context, page } = await open('/tests/e2e/fixtures/ontzorgen.html');
  await vulBudget(page);
  await tabNaar(page, 'o:vasteLasten.water');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('veel');
  const staat = await page.evaluate(() => {
    const root = document.querySelector('inburgering-wijzer').shadowRoot;
    const invoer = root.querySelector('[name="o:vasteLasten.water"]');
    const fout = root.getElementById(invoer.getAttribute('aria-describedby') ?? '');
    return { waarde: invoer.value, invalid: invoer.getAttribute('aria-invalid'), fout: fout?.textContent, focus: root.activeElement === invoer };
  });
  assert.equal(staat.waarde, 'veel');
  assert.equal(staat.invalid, 'true');
  assert.ok(staat.fout && staat.fout.length > 5, 'an error message next to the field');
  assert.ok(staat.focus, 'the focused input is not rebuilt');
  await page.evaluate(() => document.querySelector('inburgering-wijzer').setAttribute('lang', 'en'));
  const engels = await page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot
    .querySelector('[name="o:vasteLasten.water"]').value);
  assert.equal(engels, 'veel', 'switching language keeps what was typed');
  assert.equal(await focusNaam(page), 'o:vasteLasten.water', 'and keeps the focus');
  await context.close();
});

test('the strict-CSP page renders with its gemeente configuration and no console error', async () => {
  const { context, page, fouten, antwoord } = await open('/www/csp.html');
  assert.equal(antwoord.headers()['content-security-policy'], STRICT_CSP);
  await page.waitForLoadState('networkidle');
  const kop = await page.locator('inburgering-wijzer h2').textContent();
  assert.match(kop, /Inburgeringswijzer/);
  assert.equal(await page.locator('inburgering-wijzer .melding.waarschuwing').count(), 0, 'the configuration was valid');
  assert.deepEqual(fouten, []);
  await context.close();
});

// A browser without WebAssembly gets a message in the element's language.
test('when the module cannot load (no WebAssembly), the element says so in its language', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { delete window.WebAssembly; });
  const page = await context.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  await page.goto(`${server.url}/tests/e2e/fixtures/twee.html`);
  const arabisch = page.locator('#twee [role="alert"]');
  await arabisch.waitFor({ timeout: 10000 });
  assert.match(await arabisch.textContent(), /تعذر تحميل دليل الاندماج/);
  assert.match(await page.locator('#een [role="alert"]').textContent(), /kan niet worden geladen/);
  assert.deepEqual(fouten, [], 'the failure is handled, not thrown at the page');
  await context.close();
});

// The module is unpacked by the script's own decoder (www/lzma.js), so a browser without
// DecompressionStream (Firefox before 113) shows the form.
test('without DecompressionStream the form still appears', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { delete window.DecompressionStream; });
  const page = await context.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  await page.goto(`${server.url}/tests/e2e/fixtures/twee.html`);
  await page.locator('#twee h2').waitFor({ timeout: 10000 });
  assert.equal(await page.locator('#een [role="alert"]').count(), 0);
  assert.deepEqual(fouten, []);
  await context.close();
});

for (const [taal, modus] of [['nl', 'inwoner'], ['ar', 'inwoner'], ['nl', 'medewerker']]) {
  test(`axe-core finds no WCAG 2.1 A/AA violation (${taal}, ${modus})`, async () => {
    const { context, page } = await open('/tests/e2e/fixtures/ontzorgen.html');
    await page.evaluate(([t, m]) => {
      document.documentElement.lang = t;
      document.querySelector('inburgering-wijzer').setAttribute('lang', t);
      document.querySelector('inburgering-wijzer').setAttribute('modus', m);
      document.querySelector('inburgering-wijzer').removeAttribute('onderdeel');
    }, [taal, modus]);
    await vulAdvies(page);
    await vulBudget(page);
    const resultaat = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const samenvatting = resultaat.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(samenvatting, []);
    if (taal === 'ar') {
      const dir = await page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot.querySelector('.wijzer').dir);
      assert.equal(dir, 'rtl');
    }
    await context.close();
  });
}

test('print view: the summary without the form', async () => {
  const { context, page } = await open('/tests/e2e/fixtures/ontzorgen.html');
  await vulBudget(page);
  await page.emulateMedia({ media: 'print' });
  const zicht = await page.evaluate(() => {
    const root = document.querySelector('inburgering-wijzer').shadowRoot;
    const toon = (sel) => getComputedStyle(root.querySelector(sel)).display !== 'none';
    return { form: toon('form'), acties: toon('.acties'), resultaat: toon('.resultaat'), antwoorden: toon('#print-antwoorden') };
  });
  assert.deepEqual(zicht, { form: false, acties: false, resultaat: true, antwoorden: true });
  const antwoorden = await page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot.getElementById('print-antwoorden').textContent);
  assert.match(antwoorden, /1 april 2024/);
  await context.close();
});

test('save to a file, clear everything, and load it back', async () => {
  const { context, page } = await open('/tests/e2e/fixtures/ontzorgen.html');
  await vulBudget(page);
  const wacht = page.waitForEvent('download');
  await page.locator('inburgering-wijzer [data-actie="opslaan"]').click();
  const download = await wacht;
  const pad = await download.path();
  const inhoud = JSON.parse(await readFile(pad, 'utf8'));
  assert.equal(inhoud.ontzorgen.startdatum, '2024-04-01');
  assert.equal(inhoud.ontzorgen.vasteLasten.huur, 55000);
  await page.locator('inburgering-wijzer [data-actie="wis"]').click();
  // Empty, or not in the tree (a question is built when first shown).
  const leeg = () => page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot.querySelector('[name="o:vasteLasten.huur"]')?.value ?? '');
  assert.equal(await leeg(), '');
  await page.locator('inburgering-wijzer input[type="file"]').setInputFiles(pad);
  await page.waitForFunction(() => document.querySelector('inburgering-wijzer').shadowRoot.querySelector('[name="o:vasteLasten.huur"]').value === '550');
  assert.match(await uitkomst(page, 'o'), /€ 389,64/);
  // A file with an unknown field is refused with a readable message.
  await page.locator('inburgering-wijzer input[type="file"]').setInputFiles({
    name: 'fout.json', mimeType: 'application/json', buffer: Buffer.from('{"ontzorgen": {"huurr": 1}}'),
  });
  await page.waitForFunction(() => /niet te lezen/.test(document.querySelector('inburgering-wijzer').shadowRoot.getElementById('status').textContent));
  assert.equal(await leeg(), '550', 'a refused file does not wipe the answers');
  await context.close();
});

test('the calendar file parses, with whole-day deadlines', async () => {
  const { context, page } = await open('/tests/e2e/fixtures/advies.html');
  await vulAdvies(page);
  const wacht = page.waitForEvent('download');
  await page.locator('inburgering-wijzer [data-actie="agenda"]').click();
  const tekst = await readFile(await (await wacht).path(), 'utf8');
  assert.match(tekst, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  assert.match(tekst, /END:VCALENDAR\r\n$/);
  const datums = [...tekst.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]);
  // Contract example: term ends 11 May 2029, route switch by 11 Nov 2027; the PIP's 18 May 2026
  // has passed, and is not in the file.
  for (const d of ['20290511', '20271111']) assert.ok(datums.includes(d), `${d} in ${datums}`);
  assert.ok(!datums.includes('20260518'), `no past date in ${datums}`);
  assert.equal(tekst.match(/BEGIN:VEVENT/g).length, datums.length);
  assert.equal(tekst.match(/END:VEVENT/g).length, datums.length);
  assert.match(tekst, /DTSTAMP:\d{8}T000000Z\r\n/);
  await context.close();
});

test('two instances on one page keep their own language, mode and answers', async () => {
  const { context, page, fouten } = await open('/tests/e2e/fixtures/twee.html');
  await page.locator('#twee .wijzer').waitFor();
  const info = await page.evaluate(() => ['een', 'twee'].map((id) => {
    const root = document.getElementById(id).shadowRoot;
    return { dir: root.querySelector('.wijzer').dir, staf: !!root.getElementById('samenvatting') };
  }));
  assert.deepEqual(info, [{ dir: 'ltr', staf: false }, { dir: 'rtl', staf: true }]);
  await page.locator('#een input[name="o:startdatum.dag"]').fill('7');
  assert.equal(await page.locator('#twee input[name="o:startdatum.dag"]').inputValue(), '');
  // Remove and re-add: the element renders again and still works.
  await page.evaluate(async () => {
    const een = document.getElementById('een');
    const ouder = een.parentNode;
    een.remove();
    await new Promise((r) => setTimeout(r, 50));
    ouder.prepend(een);
  });
  await page.locator('#een .wijzer').waitFor();
  await page.locator('#een input[name="o:startdatum.dag"]').fill('8');
  assert.equal(await page.locator('#een input[name="o:startdatum.dag"]').inputValue(), '8');
  assert.deepEqual(fouten, []);
  await context.close();
});

test('staff mode: articles visible and a plain-text summary to copy', async () => {
  const { context, page } = await open('/tests/e2e/fixtures/ontzorgen.html', { permissions: ['clipboard-read', 'clipboard-write'], medewerker: true });
  await vulBudget(page);
  const staat = await page.evaluate(() => {
    const root = document.querySelector('inburgering-wijzer').shadowRoot;
    return { open: [...root.querySelectorAll('details')].every((d) => d.open) };
  });
  assert.ok(staat.open, 'every "waarom?" is open in staff mode');
  // Staff add a withholding agreed with the resident.
  await tabNaar(page, 'o:extraInhoudingen[0].omschrijving');
  await page.keyboard.type('gemeentelijke belastingen');
  await tabNaar(page, 'o:extraInhoudingen[0].bedrag');
  await page.keyboard.type('30');
  const budget = await uitkomst(page, 'o');
  assert.match(budget, /Andere afspraken zoals met u afgesproken/);
  assert.match(budget, /€ 359,64/);
  const samenvatting = await page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot.getElementById('samenvatting').value);
  assert.match(samenvatting, /\n- Start ontzorgen: 1 april 2024\n/);
  assert.match(samenvatting, /\n- Andere afspraak: gemeentelijke belastingen\n/);
  assert.doesNotMatch(samenvatting, /zoals met u afgesproken/, 'about the client, not to them');
  assert.match(samenvatting, /Leefgeld per maand € 359,64/);
  await page.locator('inburgering-wijzer [data-actie="kopieer"]').click();
  await page.waitForFunction(() => /klembord/.test(document.querySelector('inburgering-wijzer').shadowRoot.getElementById('status').textContent));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), samenvatting);
  await context.close();
});

test('320 px wide: no horizontal scrolling', async () => {
  const { context, page } = await open('/www/index.html', { viewport: { width: 320, height: 900 } });
  await page.evaluate(() => document.querySelector('inburgering-wijzer').setAttribute('onderdeel', 'ontzorgen'));
  await vulBudget(page);
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(breedte <= 320, `scrollWidth ${breedte}`);
  await context.close();
});

test('issue 16: an unknown follow-up keeps the advice, listed as what would add to it', async () => {
  const { context, page, fouten } = await open('/tests/e2e/fixtures/advies.html');
  await vulAdvies(page);
  const wijzer = page.locator('inburgering-wijzer');
  await wijzer.locator('input[name="a:bijstand"][value="ja"]').check();
  assert.ok(await getoond(page, 'a:bijstandSinds'), 'the follow-up is asked');
  let tekst = await uitkomst(page, 'a');
  assert.match(tekst, /U moet inburgeren\./, 'the advice stays');
  assert.doesNotMatch(tekst, /Nog nodig/);
  assert.match(tekst, /Dan zien we wanneer het ontzorgen eindigt/);
  assert.equal(await wijzer.locator('input[name="a:bijstandSinds.weetniet"]').count(), 1, 'it offers "Ik weet het niet"');
  await tabNaar(page, 'a:leerbaarheidstoets.score');
  await page.keyboard.type('30');
  tekst = await uitkomst(page, 'a');
  assert.match(tekst, /U moet inburgeren\./);
  assert.match(tekst, /De score die nodig is, hangt af van die datum/);
  assert.equal(await wijzer.locator('input[name="a:leerbaarheidstoets.datum.weetniet"]').count(), 1);
  assert.deepEqual(fouten, []);
  await context.close();
});

test('issue 16: without a permit only what changes the answer is asked', async () => {
  const { context, page, fouten } = await open('/tests/e2e/fixtures/advies.html');
  await page.waitForLoadState('networkidle');
  await tabNaar(page, 'a:verblijf');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowDown'); // geen
  const tekst = await uitkomst(page, 'a');
  assert.match(tekst, /U hoeft niet in te burgeren/, 'the advice without birth date or nationality');
  assert.match(tekst, /Taalcursus/);
  assert.doesNotMatch(tekst, /AOW/);
  // The birth date changes nothing here either (the walk of 7 December 2026 found it asked).
  for (const sleutel of ['a:geboortedatum', 'a:verblijfsdatum', 'a:duoBriefDatum', 'a:pipDatum', 'a:leerbaarheidstoets.score', 'a:bijstand']) {
    assert.equal(await getoond(page, sleutel), false, `${sleutel} is not asked`);
  }
  assert.ok(await getoond(page, 'a:nationaliteit'), 'the nationality can change the answer (an EU citizen)');
  assert.deepEqual(fouten, []);
  await context.close();
});

test('issue 16: a birth date after today is an error at its own field that names it', async () => {
  const { context, page, fouten } = await open('/tests/e2e/fixtures/advies.html');
  await typDatum(page, 'a:geboortedatum', 2, 4, 2090);
  await tabNaar(page, 'a:nationaliteit');
  await page.keyboard.press('ArrowDown');
  await tabNaar(page, 'a:verblijf');
  await page.keyboard.press('ArrowDown'); // asiel
  await typDatum(page, 'a:verblijfsdatum', 16, 2, 2026);
  const melding = await page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot
    .getElementById('fout-a-geboortedatum').textContent);
  assert.match(melding, /^De geboortedatum ligt na /);
  assert.equal(await page.locator('inburgering-wijzer').locator('[name="a:geboortedatum.jaar"]').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(fouten, []);
  await context.close();
});
