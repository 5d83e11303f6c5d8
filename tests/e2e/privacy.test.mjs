// Privacy in every mode and language: a full journey (route advice and budget answered, print
// view, save to a file, calendar file, the staff summary copied, everything cleared) makes no
// request once the widget has loaded but one for the chosen language's pack (a static file of
// the widget's own: GET, no query, no body, no cookies, once, after the language was chosen),
// stores nothing in the browser, and writes none of the person's answers to the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start } from './server.mjs';
import { launch } from './browser.mjs';
import { GEEN_OPSLAG, alsMedewerker, opslag } from './helpers.mjs';

let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// What the person types: distinctive, so that any trace of it can be found.
const GEBOREN = { dag: '17', maand: '8', jaar: '1991' };
const HUUR = '734,56';
const EXTRA = { omschrijving: 'Aflossing Zwaluwstraat', bedrag: '48,31' };
// Any of these in a console message is a leak (the birth date and amounts in every spelling).
// Arabic-Indic and Persian digits too, in case a message is ever formatted for the reader.
const SPOREN = ['1991', '17-08', '08-17', '17/8', '734', '73456', '48,31', '48.31', '4831', 'Zwaluwstraat',
  '١٩٩١', '۱۹۹۱', '٧٣٤', '۷۳۴'];

/** The file of a download the widget offers, as text. */
async function download(page, actie) {
  const wacht = page.waitForEvent('download');
  await page.locator(`inburgering-wijzer [data-actie="${actie}"]`).click();
  return readFile(await (await wacht).path(), 'utf8');
}

for (const modus of ['inwoner', 'medewerker']) {
  for (const taal of ['nl', 'en', 'ar', 'ti', 'tr', 'fa']) {
    test(`privacy (${modus}, ${taal}): no request after load, nothing stored, no answer in the console`, async () => {
      const context = await browser.newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
      // A staff page: its element is a staff element from the start, so the page loads the staff module.
      if (modus === 'medewerker') await context.addInitScript(alsMedewerker);
      const page = await context.newPage();
      const verzoeken = [];
      let geladen = false;
      let gekozen = null;
      // On the context: service workers and other pages' requests count too.
      context.on('request', (r) => verzoeken.push({
        url: r.url(), naLaden: geladen, gekozen, methode: r.method(), body: r.postData(), cookie: r.headers().cookie,
      }));
      page.on('websocket', (ws) => verzoeken.push({ url: ws.url(), naLaden: geladen }));
      const meldingen = [];
      page.on('console', (m) => meldingen.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => meldingen.push(`pageerror: ${e.message}`));

      await page.goto(`${server.url}/tests/e2e/fixtures/gemeente-bestand.html`);
      const host = page.locator('inburgering-wijzer');
      // Loaded: the module rendered and the configuration file it named is applied (fetching that
      // file is part of loading).
      await page.locator('inburgering-wijzer .gemeente').waitFor({ timeout: 15000 });
      await page.waitForLoadState('networkidle');
      geladen = true;
      const bijLaden = verzoeken.map((v) => new URL(v.url).pathname).sort();
      assert.deepEqual(bijLaden, [
        '/pkg/inburgering-wijzer.js',
        ...(modus === 'medewerker' ? ['/pkg/inburgering-wijzer.medewerker.bin'] : []),
        '/tests/e2e/fixtures/gemeente-bestand.html', '/www/gemeente-utrecht.json',
      ].sort());
      assert.ok(verzoeken.every((v) => new URL(v.url).origin === server.url), 'only the page\'s own origin');

      gekozen = taal;
      await page.evaluate(([t, m]) => {
        const e = document.querySelector('inburgering-wijzer');
        e.setAttribute('lang', t);
        e.setAttribute('modus', m);
      }, [taal, modus]);
      const veld = (naam) => host.locator(`[name="${naam}"]`);
      const datum = async (sleutel, dag, maand, jaar) => {
        await veld(`${sleutel}.dag`).fill(dag);
        await veld(`${sleutel}.maand`).selectOption(maand);
        await veld(`${sleutel}.jaar`).fill(jaar);
      };
      // The route advice of an asylum status holder with bijstand.
      await datum('a:geboortedatum', GEBOREN.dag, GEBOREN.maand, GEBOREN.jaar);
      await veld('a:nationaliteit').selectOption('SY');
      await veld('a:verblijf').selectOption('asiel');
      await datum('a:verblijfsdatum', '16', '2', '2026');
      await datum('a:duoBriefDatum', '9', '3', '2026');
      await datum('a:pipDatum', '11', '5', '2026');
      await host.locator('[name="a:bijstand"][value="ja"]').check();
      await datum('a:bijstandSinds', '1', '4', '2026');
      // The budget: its start (the day bijstand starts) and the birth date come from the
      // answers above, asked once.
      await veld('o:leefvorm').selectOption('alleenstaande');
      await veld('o:vasteLasten.huur').fill(HUUR);
      await veld('o:vasteLasten.energie').fill('120');
      await veld('o:vasteLasten.water').fill('25');
      await veld('o:vasteLasten.zorgverzekering').fill('135');
      if (modus === 'medewerker') {
        await veld('o:extraInhoudingen[0].omschrijving').fill(EXTRA.omschrijving);
        await veld('o:extraInhoudingen[0].bedrag').fill(EXTRA.bedrag);
      }
      const resultaat = await page.evaluate(() => {
        const root = document.querySelector('inburgering-wijzer').shadowRoot;
        return {
          datums: root.querySelectorAll('#uitkomst-a .tijdlijn li.wet').length,
          maanden: root.querySelectorAll('#uitkomst-o .maanden-lijst > li').length,
          fouten: [...root.querySelectorAll('.fout:not([hidden])')].map((f) => f.textContent),
        };
      });
      assert.deepEqual(resultaat.fouten, []);
      assert.ok(resultaat.datums >= 3, `deadlines: ${resultaat.datums}`);
      // Six months of ontzorgen in two runs of months that do not differ: April to June, and from
      // July (the norm of 1 July 2026 is marked provisional).
      assert.equal(resultaat.maanden, 2, 'six months of ontzorgen, in two runs');

      // Print: the button, and the print view with the answers.
      await page.locator('inburgering-wijzer [data-actie="afdrukken"]').click();
      await page.emulateMedia({ media: 'print' });
      const print = await page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot.getElementById('print-antwoorden').innerText);
      assert.ok(print.length > 100, 'the print view lists the answers');
      await page.emulateMedia({ media: 'screen' });
      // Save and calendar: files on the person's own device, with the answers in them.
      const bestand = JSON.parse(await download(page, 'opslaan'));
      assert.equal(bestand.advies.geboortedatum, '1991-08-17');
      assert.equal(bestand.ontzorgen.vasteLasten.huur, 73456);
      assert.match(await download(page, 'agenda'), /BEGIN:VEVENT/);
      if (modus === 'medewerker') {
        await page.locator('inburgering-wijzer [data-actie="kopieer"]').click();
        await page.waitForFunction(() => document.querySelector('inburgering-wijzer').shadowRoot.getElementById('status').textContent !== '');
        assert.match(await page.evaluate(() => navigator.clipboard.readText()), /73456|734,56/);
      }
      await page.locator('inburgering-wijzer [data-actie="wis"]').click();
      // Cleared: every control is empty, or not in the tree (a question is built when first shown).
      const leeg = async (naam) => ((await veld(naam).count()) === 0 ? '' : veld(naam).inputValue());
      assert.equal(await leeg('o:vasteLasten.huur'), '');
      assert.equal(await leeg('a:geboortedatum.jaar'), '');
      // Time for anything deferred (a beacon, a timer) to show itself.
      await page.waitForTimeout(500);

      // Downloads are blob: URLs inside the page, never the network. The one request allowed is
      // the chosen language's pack, a file of the widget's own that carries nothing typed.
      const naLaden = verzoeken.filter((v) => v.naLaden && !/^(blob|data):/.test(v.url));
      const pakket = `${server.url}/pkg/inburgering-wijzer.${taal}.bin`;
      // The staff module holds every language: it asks for no pack.
      assert.deepEqual(naLaden.map((v) => v.url), taal === 'nl' || modus === 'medewerker' ? [] : [pakket], 'requests after load');
      for (const v of naLaden) {
        assert.deepEqual([v.methode, v.body, v.cookie, v.gekozen], ['GET', null, undefined, taal], 'the pack: GET, no body, no cookie, after the choice');
      }
      assert.deepEqual(await context.cookies(), []);
      assert.deepEqual(await opslag(page), GEEN_OPSLAG);
      const status = await context.storageState({ indexedDB: true });
      assert.deepEqual(status.origins, [], 'no origin holds any storage');
      const lekken = meldingen.filter((regel) => SPOREN.some((s) => regel.includes(s)));
      assert.deepEqual(lekken, [], 'console messages with the person\'s answers');
      assert.deepEqual(meldingen.filter((regel) => /^(error|pageerror)/.test(regel)), []);
      await context.close();
    });
  }
}
