// Issue 26, the form finished, as people meet it in the browser (Debian's Chromium, the release
// build): a wrong date keeps a useful advice area; Haarlem's print on 2 + 1 A4 pages, in Dutch and
// in Tigrinya with the Dutch beside; no questions that do not fit the answers; axe with WCAG 2.2
// on Haarlem's full page in six languages at 1280 and 360 px; "Ik weet het niet" on a date; the
// PIP deadline, the shortage warning and identical months said once; the day a part was passed
// under its box (issue 23 point 9). The `.ics` UIDs that stay
// the same on another day are tests/e2e/agenda.test.mjs's ("the same UIDs on another day").
//
// The browser's date is today's, so the dates typed here are counted from today.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { start } from './server.mjs';
import { launch } from './browser.mjs';
import { open as openPagina, attributen, datum, focusNaam, getoond, uitkomst, vul, wijzer } from './helpers.mjs';

let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const open = (pad, opties) => openPagina(browser, `${server.url}${pad}`, opties);

const TALEN = ['nl', 'en', 'ar', 'ti', 'tr', 'fa'];


/** Runs `f(root)` in the page on the first element's shadow root. */
const inWortel = (page, f, arg) => page.evaluate(([bron, arg]) => {
  const root = document.querySelector('inburgering-wijzer').shadowRoot;
  return (0, eval)(bron)(root, arg);
}, [f.toString(), arg]);

/** Both parts on one page, with Haarlem's configuration (www/gemeente-haarlem.json). */
async function haarlem(opties) {
  const pagina = await open('/tests/e2e/fixtures/ontzorgen.html', opties);
  await attributen(pagina.page, { onderdeel: null, gemeente: '/www/gemeente-haarlem.json' });
  await pagina.page.locator('inburgering-wijzer .contactkaart').first().waitFor();
  return pagina;
}

/** Issue 26's J1: an Eritrean asylum status holder with bijstand, housed, her PIP made. */
const STATUSHOUDER = {
  'a:geboortedatum': { dag: '14', maand: '5', jaar: '1994' },
  'a:nationaliteit': 'ER',
  'a:verblijf': 'asiel',
  'a:verblijfsdatum': datum(-9),
  'a:duoBriefDatum': datum(-2),
  'a:huisvestingDatum': datum(-2),
  'a:pipDatum': datum(-1),
  'a:leerbaarheidstoets.score': '28',
  'a:leerbaarheidstoets.datum': datum(-1),
  'a:bijstand': 'ja',
  'a:bijstandSinds': datum(-1),
};

/** Her budget: alone, no children, six months of fixed costs. */
const BUDGET = {
  'o:leefvorm': 'alleenstaande',
  'o:vasteLasten.huur': '650',
  'o:vasteLasten.energie': '150',
  'o:vasteLasten.water': '20',
  'o:vasteLasten.zorgverzekering': '150',
  'o:maanden': '6',
};

/** The field error of question `sleutel` as shown (null: none shown), and whether its inputs
 * are marked invalid. */
const veldFout = (page, sleutel) => inWortel(page, (root, sleutel) => {
  const vraag = root.querySelector(`[data-sleutel="${sleutel}"]`);
  const fout = vraag.querySelector('p.fout');
  const invoer = [...vraag.querySelectorAll('input[type="text"], select')];
  return {
    tekst: fout.hidden ? null : fout.textContent,
    ongeldig: invoer.every((i) => i.getAttribute('aria-invalid') === 'true' && i.getAttribute('aria-describedby')?.includes(fout.id)),
  };
}, sleutel);

/** The advice area: its text, the polite live region around it, and its "Naar de vraag" button. */
const adviesVak = (page) => inWortel(page, (root) => {
  const uitkomst = root.getElementById('uitkomst-a');
  const knop = uitkomst.querySelector('button[data-actie^="naar:"]');
  return {
    tekst: uitkomst.innerText,
    live: uitkomst.closest('[aria-live]')?.getAttribute('aria-live') ?? null,
    knop: knop?.textContent ?? null,
  };
});

for (const [geval, fout, melding] of [
  ['31 February', { dag: '31', maand: '2', jaar: '1996' }, /bestaat niet/],
  ['a birth date in the future', { dag: '1', maand: '1', jaar: String(new Date().getFullYear() + 3) }, /ligt na .* Dat kan niet/],
]) {
  test(`a wrong date (${geval}): the error at its field at once, the advice names the answer to mend, politely, and comes back`, async () => {
    const { context, page, fouten } = await open('/tests/e2e/fixtures/advies.html', { viewport: { width: 360, height: 740 } });
    // The date first, nothing else answered: the error is at the field as soon as it is complete.
    await vul(page, { 'a:geboortedatum': fout });
    const veld = await veldFout(page, 'a:geboortedatum');
    assert.match(veld.tekst ?? '', melding, 'the error at its own field before the other answers');
    assert.equal(veld.ongeldig, true, 'the inputs are marked invalid and described by the error');
    // Every other answer given: the advice area says which answer to mend, with a button.
    const rest = { 'a:nationaliteit': 'SY', 'a:verblijf': 'asiel', 'a:verblijfsdatum': datum(-2) };
    await vul(page, rest);
    const vak = await adviesVak(page);
    assert.match(vak.tekst, /Controleer uw antwoord bij deze vraag: Wat is uw geboortedatum\?/, vak.tekst);
    assert.match(vak.tekst, melding, 'the field\'s own message, repeated');
    assert.equal(vak.knop, 'Naar de vraag');
    assert.equal(vak.live, 'polite', 'announced politely');
    // The button moves the focus to the day of the date.
    await wijzer(page).locator('#uitkomst-a button[data-actie^="naar:"]').click();
    assert.equal(await focusNaam(page), 'a:geboortedatum.dag');
    // Mended where the focus is: the advice is back and nothing typed is lost.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await wijzer(page).locator('[name="a:geboortedatum.jaar"]').fill('1996');
    assert.match(await uitkomst(page, 'a'), /U moet inburgeren\./);
    assert.equal((await veldFout(page, 'a:geboortedatum')).tekst, null, 'the error has gone');
    for (const [naam, waarde] of [['a:nationaliteit', 'SY'], ['a:verblijf', 'asiel'], ['a:verblijfsdatum.jaar', rest['a:verblijfsdatum'].jaar], ['a:geboortedatum.maand', fout.maand]]) {
      assert.equal(await wijzer(page).locator(`[name="${naam}"]`).inputValue(), waarde, naam);
    }
    assert.deepEqual(fouten, []);
    await context.close();
  });
}

test('a part passed: the day under its box, a wrong day said there while the advice stays, then mended', async () => {
  const { context, page, fouten } = await open('/tests/e2e/fixtures/advies.html', { viewport: { width: 360, height: 740 } });
  await vul(page, STATUSHOUDER);
  await vul(page, { 'a:behaald.knm': true });
  // Issue 23 point 9: passed means passed, so a day still to come is refused at its own field.
  await vul(page, { 'a:behaald.knm': datum(2) });
  const dag = () => inWortel(page, (root) => {
    const fout = root.getElementById('fout-behaald-knm');
    const invoer = [...root.querySelectorAll('#v-behaald-knm input, #v-behaald-knm select')];
    return {
      tekst: fout.hidden ? null : fout.textContent,
      ongeldig: invoer.every((i) => i.getAttribute('aria-invalid') === 'true' && i.getAttribute('aria-describedby') === fout.id),
      aangevinkt: root.getElementById('behaald-knm').checked,
    };
  });
  const fout = await dag();
  assert.match(fout.tekst ?? '', /De dag waarop u dit haalde of afrondde ligt na .* Dat kan niet\./);
  assert.equal(fout.ongeldig, true, 'the inputs are marked invalid and described by the message');
  assert.match(await uitkomst(page, 'a'), /U moet inburgeren\./, 'the advice stays');
  assert.equal(await focusNaam(page), 'a:behaald.knm.jaar', 'the focus stays where it was typed');
  // Mended: the message goes, the box and the day stay as typed.
  const goed = datum(-1);
  await vul(page, { 'a:behaald.knm': goed });
  assert.deepEqual(await dag(), { tekst: null, ongeldig: false, aangevinkt: true });
  assert.equal(await wijzer(page).locator('[name="a:behaald.knm.maand"]').inputValue(), goed.maand);
  assert.deepEqual(fouten, []);
  await context.close();
});

/** The budget's rows (runs of months) that show the same amounts as the row before them. */
const gelijkeBuren = (page) => inWortel(page, (root) => {
  const rijen = [...root.querySelectorAll('#uitkomst-o .maanden-lijst > li')].map((li) => li.querySelector('dl').textContent);
  return rijen.filter((rij, i) => i > 0 && rij === rijen[i - 1]);
});

/** The number of pages of the print at the browser's normal margins (12 mm) on A4. */
async function paginas(page) {
  const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g).length;
}

/** The naturalisation date and the plan's costs as printed, in Dutch and in Tigrinya. */
const GEDRUKT = {
  nl: [/Dat kunt u op zijn vroegst op \d+ \w+ \d{4} aanvragen\./, /Een examen kost € \d/],
  ti: [/ብዝቐልጠፈ ብ \d+ \S+ \d{4} ክትሓቱ ትኽእሉ።/, /ፈተና ንሓንሳእ €\s?\d/],
};

for (const taal of ['nl', 'ti']) {
  test(`Haarlem's print (${taal}${taal === 'nl' ? '' : ' with the Dutch beside'}): the advice with the budget on 2 A4 pages, the contactkaart on a third`, async () => {
    const { context, page, fouten } = await haarlem();
    await attributen(page, { lang: taal });
    await vul(page, STATUSHOUDER);
    await vul(page, BUDGET);
    if (taal !== 'nl') {
      await wijzer(page).locator('[data-actie="tweetalig"]').click();
      assert.equal(await wijzer(page).locator('[data-actie="tweetalig"]').getAttribute('aria-pressed'), 'true');
    }
    assert.match(await uitkomst(page, 'o'), /€/, 'the budget is given');
    const geheel = await paginas(page);
    // The same print without the card: the advice and the budget alone.
    await inWortel(page, (root) => { root.querySelector('.contactkaart').style.display = 'none'; });
    const zonderKaart = await paginas(page);
    await inWortel(page, (root) => { root.querySelector('.contactkaart').style.display = ''; });
    assert.ok(zonderKaart <= 2, `the advice with the budget on ${zonderKaart} pages`);
    assert.equal(geheel, zonderKaart + 1, `the card on one sheet of its own (${geheel} pages in all)`);
    // Laid out as on paper (A4 less the margins, 186 mm wide): what is printed.
    await page.setViewportSize({ width: 703, height: 1032 });
    await page.emulateMedia({ media: 'print' });
    const papier = await inWortel(page, (root) => ({
      tekst: root.querySelector('.wijzer').innerText,
      tabellen: [...root.querySelectorAll('.maanden-lijst')].filter((t) => t.checkVisibility()).length,
      kaart: getComputedStyle(root.querySelector('.contactkaart')).breakBefore,
    }));
    assert.equal(papier.kaart, 'page');
    const [naturalisatie, kosten] = GEDRUKT[taal];
    assert.match(papier.tekst, naturalisatie, 'the naturalisation date');
    assert.match(papier.tekst, kosten, "the plan's costs");
    assert.equal(papier.tabellen, 1, 'the budget table is printed once');
    assert.deepEqual(await gelijkeBuren(page), [], 'equal months are one row');
    assert.deepEqual(fouten, []);
    await context.close();
  });
}

test('no questions that do not fit: none of the budget after "bijstand: nee", no children after "alone, without", no empty "Andere afspraken"', async () => {
  const { context, page, fouten } = await haarlem();
  const budget = ['o:leefvorm', 'o:vasteLasten.huur', 'o:maanden'];
  await vul(page, { ...STATUSHOUDER, ...BUDGET });
  for (const sleutel of budget) assert.equal(await getoond(page, sleutel), true, `${sleutel} after "ja"`);
  // A resident never sees the staff's own rows: their group is not drawn empty.
  const groepen = await inWortel(page, (root) => [...root.querySelectorAll('fieldset.groep')]
    .filter((g) => g.checkVisibility()).map((g) => g.querySelector('legend').textContent));
  assert.ok(groepen.length >= 1, 'the fixed costs are asked');
  assert.ok(!groepen.includes('Andere afspraken'), `shown: ${groepen}`);
  // Alone, without children: no question about children.
  await vul(page, { 'o:leefvorm': 'alleenstaande' });
  assert.equal(await getoond(page, 'o:kinderen'), false, 'no children asked of a person alone without children');
  await vul(page, { 'o:leefvorm': 'alleenstaande_ouder' });
  assert.equal(await getoond(page, 'o:kinderen'), true, 'a single parent is asked');
  // No bijstand: no budget at all, its questions gone.
  await vul(page, { 'a:bijstand': 'nee' });
  for (const sleutel of budget) assert.equal(await getoond(page, sleutel), false, `${sleutel} after "nee"`);
  assert.equal(await wijzer(page).locator('#deel-o').isHidden(), true, 'the budget part is hidden');
  assert.deepEqual(fouten, []);
  await context.close();
});

test('"Ik weet het niet" on a date: the typed date is not shown while it is ignored, and is back when the tick is undone', async () => {
  const { context, page, fouten } = await open('/tests/e2e/fixtures/advies.html');
  await vul(page, { ...STATUSHOUDER, 'a:pipDatum': { dag: '', maand: '', jaar: '' } });
  const brief = STATUSHOUDER['a:duoBriefDatum'];
  const delen = () => inWortel(page, (root) => ['dag', 'maand', 'jaar'].map((deel) => {
    const invoer = root.querySelector(`[name="a:duoBriefDatum.${deel}"]`);
    return { zichtbaar: invoer.checkVisibility() && !invoer.disabled, waarde: invoer.value };
  }));
  assert.deepEqual((await delen()).map((d) => d.zichtbaar), [true, true, true]);
  assert.match(await uitkomst(page, 'a'), /uw PIP moet klaar zijn/, 'the PIP deadline counts from the letter');
  await vul(page, { 'a:duoBriefDatum.weetniet': true });
  // Ignored, so not shown as if it counted: hidden, disabled or empty.
  for (const deel of await delen()) assert.ok(!deel.zichtbaar || deel.waarde === '', JSON.stringify(deel));
  assert.doesNotMatch(await uitkomst(page, 'a'), /uw PIP moet klaar zijn/, 'the date is ignored');
  // Undone: the typed date is back and counts again.
  await vul(page, { 'a:duoBriefDatum.weetniet': false });
  assert.deepEqual(await delen(), [brief.dag, brief.maand, brief.jaar].map((waarde) => ({ zichtbaar: true, waarde })));
  assert.match(await uitkomst(page, 'a'), /uw PIP moet klaar zijn/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test('said once: no PIP deadline once the PIP date is given, the shortage warning once, equal months one row', async () => {
  const { context, page, fouten } = await haarlem({ viewport: { width: 360, height: 740 } });
  await vul(page, STATUSHOUDER);
  const advies = await uitkomst(page, 'a');
  assert.doesNotMatch(advies, /PIP (moet|moest) (uiterlijk|klaar)|uw PIP moet klaar zijn|Uiterlijk [^:]*: uw PIP/, 'no PIP deadline: the plan is made');
  // Rent above the bijstand: a shortage in every month.
  await vul(page, { ...BUDGET, 'o:vasteLasten.huur': '1800' });
  const tekort = await inWortel(page, (root) => [...root.querySelectorAll('#uitkomst-o p')]
    .filter((p) => /tekort|hoger dan uw bijstand/.test(p.textContent)).map((p) => p.textContent));
  assert.equal(tekort.length, 1, tekort.join('\n'));
  // The shortage of each run of months is still there: its leefgeld, below zero, in the table.
  const negatief = await inWortel(page, (root) => [...root.querySelectorAll('#uitkomst-o dd.negatief')].map((d) => d.textContent));
  assert.ok(negatief.length >= 1 && negatief.every((t) => /[-−]\s?€\s?\d/.test(t)), negatief.join(' | '));
  assert.deepEqual(await gelijkeBuren(page), []);
  assert.deepEqual(fouten, []);
  await context.close();
});

for (const breedte of [1280, 360]) {
  test(`axe: no WCAG 2.2 A/AA violation on Haarlem's full page (advice, budget, every <details> open) in six languages, ${breedte} px`, async () => {
    const { context, page } = await haarlem({ viewport: { width: breedte, height: 900 } });
    await vul(page, STATUSHOUDER);
    await vul(page, BUDGET);
    const gevonden = [];
    let geopend = 0;
    for (const taal of TALEN) {
      await attributen(page, { lang: taal });
      geopend = await inWortel(page, (root) => {
        const alle = [...root.querySelectorAll('details')];
        for (const d of alle) d.open = true;
        return alle.length;
      });
      assert.match(await uitkomst(page, 'o'), /€/, `${taal}: the budget is given`);
      const resultaat = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const v of resultaat.violations) gevonden.push(`${taal} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.ok(resultaat.passes.some((p) => p.id === 'target-size'), `${taal}: the target size was checked`);
    }
    assert.ok(geopend >= 5, `${geopend} <details> opened`);
    assert.deepEqual(gevonden, []);
    await context.close();
  });
}
