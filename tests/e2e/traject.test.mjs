// Issue 15 end to end on the demo page: a Haarlem status holder sees their own dated traject
// ("week 3 of 5" of the introductieprogramma) in one line with the PIP deadline, the term and the
// exam plan's dates, and the contactkaart, in
// six languages, axe clean; what they write on the card stays in its field; a hostile
// configuration (script in names, broken steps, 10,000 steps) leaves the widget working and
// tells the web team in the console. The housing date is asked only where the gemeente times a
// step from it, and dates that step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { start } from './server.mjs';
import { launch } from './browser.mjs';
import { open as openPagina, getoond, tabNaar, typDatum, uitkomst } from './helpers.mjs';

let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const open = (pad, opties) => openPagina(browser, `${server.url}${pad}`, opties);
const schaduw = (page, js) => page.evaluate(`(() => { const root = document.querySelector('inburgering-wijzer').shadowRoot; ${js} })()`);

/** The date `dagen` days before today, in the browser's calendar (the widget's peildatum). */
const geleden = (dagen) => {
  const d = new Date();
  d.setDate(d.getDate() - dagen);
  return [d.getDate(), d.getMonth() + 1, d.getFullYear()];
};

/** The introductieprogramma's name in www/gemeente-haarlem.json. */
const INTRO = JSON.parse(await readFile(new URL('../../www/gemeente-haarlem.json', import.meta.url), 'utf8'))
  .traject.find((s) => s.naam.nl === 'Introductieprogramma').naam;

const KAART = {
  nl: 'Contactkaart: wie helpt u waarmee?',
  en: 'Contact card: who helps you with what?',
  ar: 'بطاقة الاتصال: من يساعدك في ماذا؟',
  ti: 'ካርድ ርክብ፡ መን እንታይ ይሕግዘኩም?',
  tr: 'İletişim kartı: size kim ne konuda yardım eder?',
  fa: 'کارت تماس: چه کسی در چه کاری به شما کمک می‌کند؟',
};

test('a Haarlem status holder sees their dated traject, the statutory dates and the contactkaart in six languages, axe clean', async () => {
  const { context, page, fouten } = await open('/www/index.html');
  await page.selectOption('#demo-gemeente', 'gemeente-haarlem.json');
  await page.locator('inburgering-wijzer .contactkaart').waitFor();
  await typDatum(page, 'a:geboortedatum', 2, 4, 1996);
  await tabNaar(page, 'a:nationaliteit');
  await page.keyboard.press('ArrowDown');
  await tabNaar(page, 'a:verblijf');
  await page.keyboard.press('ArrowDown'); // asiel
  await typDatum(page, 'a:verblijfsdatum', ...geleden(60));
  await tabNaar(page, 'a:bijstand');
  await page.keyboard.press('ArrowDown'); // from "Ik weet het niet" round to "Ja"
  // Bijstand 37 days ago: the introductieprogramma began 21 days after it, 16 days ago: week 3.
  await typDatum(page, 'a:bijstandSinds', ...geleden(37));
  let tekst = await uitkomst(page, 'a');
  assert.match(tekst, /Introductieprogramma/);
  assert.match(tekst, /Nu: week 3 van 5/);
  assert.match(tekst, /Met: Klantmanager van de gemeente/);
  assert.match(tekst, /\d+ \w+ \d{4} tot en met \d+ \w+ \d{4} · Voorbij/, 'the intake is done');
  // The steps after the PIP are per route: none before the route is known.
  assert.doesNotMatch(tekst, /Aan de Slag/);
  // The DUO letter, the PIP and the toets: the term and the exam plan's dates join the steps
  // in the one line, in date order, with "today" among them.
  await typDatum(page, 'a:duoBriefDatum', ...geleden(30));
  await typDatum(page, 'a:pipDatum', ...geleden(10));
  await tabNaar(page, 'a:leerbaarheidstoets.score');
  await page.keyboard.type('31');
  await typDatum(page, 'a:leerbaarheidstoets.datum', ...geleden(20));
  await page.waitForFunction(() => /Laatste dag aanmelden: /.test(document.querySelector('inburgering-wijzer').shadowRoot.querySelector('#uitkomst-a .tijdlijn')?.textContent));
  const lijn = await schaduw(page, "return [...root.querySelectorAll('#uitkomst-a ol.tijdlijn > li')].map((li) => `${li.className}: ${li.textContent}`);");
  const plek = (re) => {
    const i = lijn.findIndex((regel) => re.test(regel));
    assert.ok(i >= 0, `${re} in ${lijn.join('\n')}`);
    return i;
  };
  const intro = plek(/^moment stap bezig: .*Nu: week 3 van 5Introductieprogramma/);
  const vandaag = plek(/^moment vandaag: /);
  const aanmelden = plek(/^moment plan: .*Laatste dag aanmelden: Lezen/);
  const termijn = plek(/^moment wet: .*u moet klaar zijn met inburgeren/);
  assert.ok(intro < vandaag && vandaag < aanmelden && aanmelden < termijn, lijn.join('\n'));
  // The PIP is dated: its deadline is no longer in the line (issue 26).
  assert.ok(!lijn.some((regel) => /uw PIP moe(s)?t/.test(regel)), lijn.join('\n'));
  const datums = await schaduw(page, "return [...root.querySelectorAll('#uitkomst-a ol.tijdlijn > li:not(.vandaag) time')].map((t) => t.getAttribute('datetime'));");
  assert.deepEqual(datums, [...datums].sort(), 'in date order');
  const bezig = await schaduw(page, "return [...root.querySelectorAll('.tijdlijn [aria-current=step] .wat')].map((p) => p.textContent);");
  assert.ok(bezig.includes('Introductieprogramma'), `the current steps: ${bezig}`);

  // The card: the gemeente's contacts and the national numbers; a field the person fills in.
  const kaart = page.locator('inburgering-wijzer .contactkaart');
  for (const regel of ['Klantmanager van de gemeente', 'Voor uw geld en uw PIP.', 'Veilig Thuis', '0800-2000', '112', 'Huisarts']) {
    assert.match(await kaart.textContent(), new RegExp(regel.replace(/[.()]/g, '\\$&')));
  }
  await tabNaar(page, 'k:klantmanager.naam');
  await page.keyboard.type('Fatima');

  for (const taal of ['nl', 'en', 'ar', 'ti', 'tr', 'fa']) {
    await page.selectOption('#demo-taal', taal);
    await page.evaluate((t) => { document.documentElement.lang = t; }, taal);
    await page.locator(`inburgering-wijzer .wijzer[lang="${taal}"]`).waitFor();
    assert.equal(await page.locator('inburgering-wijzer #kop-kaart').textContent(), KAART[taal]);
    const stappen = await schaduw(page, "return [...root.querySelectorAll('.tijdlijn [aria-current=step]')].map((li) => li.textContent);");
    const stap = stappen.find((s) => s.includes(INTRO[taal])) ?? '';
    assert.match(stap, /3/, `${taal}: week 3 in ${stappen}`);
    assert.match(stap, /5/, `${taal}: of 5`);
    if (taal !== 'nl') {
      // The Dutch beside the person's language, marked as Dutch.
      const nl = await schaduw(page, "return [...root.querySelectorAll('.contactkaart [lang=nl]')].map((p) => p.textContent);");
      assert.ok(nl.includes('Voor uw geld en uw PIP.'), `${taal}: ${nl}`);
    }
    assert.equal(await page.locator('inburgering-wijzer input[name="k:klantmanager.naam"]').inputValue(), 'Fatima');
    const resultaat = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const schendingen = resultaat.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(schendingen, [], taal);
  }
  assert.deepEqual(fouten, []);
  await context.close();
});

test('Haarlem asks a status holder the housing date, and the step after it gets its date', async () => {
  const { context, page, fouten } = await open('/www/index.html');
  await page.selectOption('#demo-gemeente', 'gemeente-haarlem.json');
  await page.locator('inburgering-wijzer .contactkaart').waitFor();
  const resultaat = (js) => page.waitForFunction((js) => new RegExp(js).test(
    document.querySelector('inburgering-wijzer').shadowRoot.getElementById('uitkomst-a').textContent), js);
  await typDatum(page, 'a:geboortedatum', 2, 4, 1996);
  await tabNaar(page, 'a:nationaliteit');
  await page.keyboard.press('ArrowDown');
  await page.selectOption('inburgering-wijzer select[name="a:verblijf"]', 'gezin');
  await typDatum(page, 'a:verblijfsdatum', ...geleden(60));
  await resultaat('Uw traject in de gemeente|inburgeren');
  // Haarlem's steps are for asylum status holders: a family migrant is not asked.
  assert.equal(await getoond(page, 'a:duoBriefDatum'), true, 'the optional questions are shown');
  assert.equal(await getoond(page, 'a:huisvestingDatum'), false, 'a family migrant');
  await page.selectOption('inburgering-wijzer select[name="a:verblijf"]', 'asiel');
  await resultaat('Maatschappelijke begeleiding');
  assert.equal(await getoond(page, 'a:huisvestingDatum'), true, 'a status holder');
  assert.match(await uitkomst(page, 'a'), /Als u een huis heeft in de gemeente\. De datum weten we nog niet\./);
  // Housed 16 days ago: the guidance runs 52 weeks from that day, now in its third week.
  await typDatum(page, 'a:huisvestingDatum', ...geleden(16));
  await resultaat('Nu: week 3 van 52');
  assert.doesNotMatch(await uitkomst(page, 'a'), /Als u een huis heeft in de gemeente/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test('the Utrecht region: one file, the gemeente chosen after #', async () => {
  const { context, page, fouten } = await open('/www/index.html');
  await page.selectOption('#demo-gemeente', 'gemeente-utrecht.json#nieuwegein');
  await page.locator('inburgering-wijzer .contactkaart').waitFor();
  assert.match(await page.locator('inburgering-wijzer .gemeente').textContent(), /Nieuwegein.*www\.nieuwegein\.nl/);
  await page.selectOption('#demo-gemeente', 'gemeente-utrecht.json#utrecht');
  await page.waitForFunction(() => document.querySelector('inburgering-wijzer').shadowRoot.querySelector('.gemeente strong')?.textContent === 'Utrecht');
  assert.deepEqual(fouten, []);
  await context.close();
});

test('a hostile configuration leaves the widget working and the web team told', async () => {
  const { context, page, fouten } = await open('/tests/e2e/fixtures/advies.html');
  const waarschuwingen = [];
  page.on('console', (m) => m.type() === 'warning' && waarschuwingen.push(m.text()));
  page.on('dialog', (d) => { fouten.push(`dialog: ${d.message()}`); d.dismiss(); });
  const vijandig = {
    naam: 'Vijandig <img src=x onerror=alert(1)>',
    contacten: [{ id: 'km', naam: '<script>alert(2)</script>', rol: 'Rol', telefoon: 'javascript:alert(3)' },
      { id: 'vw', naam: 'Hulp', rol: '<b>vet</b>', website: 'https://www.example.nl' }],
    traject: [{ naam: '<script>alert(4)</script>', uitvoerder: 'vw', wanneer: { na: 'vergunning' }, duurWeken: 5 },
      { naam: 'kapot', wanneer: { na: 'gisteren' } }, { omschrijving: 'geen naam' }, 'geen object'],
  };
  const groot = { naam: 'Groot', traject: Array.from({ length: 10000 }, (_, i) => ({ naam: `stap ${i}` })) };
  await page.evaluate(([vijandig, groot]) => {
    for (const [id, config] of [['vijandig', vijandig], ['groot', groot]]) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = id;
      script.textContent = JSON.stringify(config);
      document.body.append(script);
      const el = document.createElement('inburgering-wijzer');
      el.id = `w-${id}`;
      el.setAttribute('onderdeel', 'advies');
      el.setAttribute('gemeente', id);
      document.body.append(el);
    }
  }, [vijandig, groot]);
  const host = page.locator('#w-vijandig');
  await host.locator('.contactkaart').waitFor();
  // The broken steps and the contact with a bad link are left out; the rest is text.
  assert.match(await host.locator('.gemeente').textContent(), /Vijandig <img src=x onerror=alert\(1\)>/);
  assert.equal(await host.locator('.paneel h5', { hasText: '<script>' }).count(), 0, 'the contact with a bad link is left out');
  assert.match(await host.locator('.contactkaart').textContent(), /<b>vet<\/b>/);
  await page.evaluate(() => {
    const root = document.getElementById('w-vijandig').shadowRoot;
    for (const [naam, waarde] of [['a:geboortedatum.dag', '2'], ['a:geboortedatum.maand', '4'], ['a:geboortedatum.jaar', '1996'],
      ['a:nationaliteit', 'SY'], ['a:verblijf', 'asiel'], ['a:verblijfsdatum.dag', '1'], ['a:verblijfsdatum.maand', '3'],
      ['a:verblijfsdatum.jaar', '2026']]) {
      const veld = root.querySelector(`[name="${naam}"]`);
      veld.value = waarde;
      veld.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  });
  const stappen = await host.locator('.tijdlijn .stap .wat').allTextContents();
  assert.deepEqual(stappen, ['<script>alert(4)</script>']);
  assert.equal(await page.evaluate(() => document.getElementById('w-vijandig').shadowRoot.querySelectorAll('script, img, b').length), 0);
  const melding = waarschuwingen.find((w) => w.includes('vijandig')) ?? '';
  for (const pad of ['contacten[0].telefoon', 'traject[1].wanneer.na', 'traject[2].naam', 'traject[3]']) {
    assert.ok(melding.includes(pad), `${pad} in ${melding}`);
  }
  // 10,000 steps: beyond the reader's bounds the file is refused as a whole; the default is used and said.
  const groot2 = page.locator('#w-groot');
  await groot2.locator('.waarschuwing').waitFor();
  assert.match(await groot2.locator('.waarschuwing').textContent(), /instellingen van de gemeente konden niet worden gelezen/);
  assert.equal(await groot2.locator('form').count(), 1, 'the form still works');
  assert.ok(waarschuwingen.some((w) => w.includes('groot')), 'the web team is told');
  // Broken JSON: the page says it in its language, the console says why.
  await page.evaluate(() => {
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'kapot', textContent: '{"naam": ' });
    const el = Object.assign(document.createElement('inburgering-wijzer'), { id: 'w-kapot' });
    el.setAttribute('gemeente', 'kapot');
    document.body.append(script, el);
  });
  await page.locator('#w-kapot .waarschuwing').waitFor();
  const kapot = waarschuwingen.find((w) => w.includes('kapot')) ?? '';
  assert.match(kapot, /inburgering-wijzer, kapot: de instellingen zijn niet te lezen \(.*JSON.*\)/);
  assert.deepEqual(fouten, []);
  await context.close();
});
