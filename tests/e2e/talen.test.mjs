// The languages as packs of their own (src/i18n/pakket.rs, www/inburgering-wijzer.js): a page
// in Arabic asks for the Arabic pack while the module compiles, and for no other; a language
// chosen later is loaded then, with the form marked busy and the answers kept; a pack that is
// not this build's (here: changed on the way, which Subresource Integrity refuses) leaves the
// widget in the language it had, says so in Dutch and in that language, and tells the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './server.mjs';
import { launch } from './browser.mjs';
import { pagina } from './helpers.mjs';

let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const titel = (page) => page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot.querySelector('.titel')?.textContent);
const wissel = (page, taal) => page.evaluate((t) => document.querySelector('inburgering-wijzer').setAttribute('lang', t), taal);

async function openen(taal) {
  const { context, page, fouten } = await pagina(browser);
  const paden = [];
  context.on('request', (r) => paden.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/tests/e2e/fixtures/advies.html`);
  await page.evaluate((t) => document.querySelector('inburgering-wijzer').setAttribute('lang', t), taal);
  return { context, page, fouten, paden };
}

test('a page in Arabic loads the Arabic pack with the script, and no other', async () => {
  const { context, page, fouten } = await pagina(browser);
  const paden = [];
  context.on('request', (r) => paden.push(new URL(r.url()).pathname));
  await page.route('**/fixtures/arabisch.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="ar"><meta charset="utf-8"><script type="module" src="../../../pkg/inburgering-wijzer.js"></script><inburgering-wijzer lang="ar"></inburgering-wijzer>',
  }));
  await page.goto(`${server.url}/tests/e2e/fixtures/arabisch.html`);
  await page.locator('inburgering-wijzer .wijzer[lang="ar"]').waitFor({ timeout: 15000 });
  assert.equal(await titel(page), 'دليل الاندماج');
  assert.deepEqual(paden.filter((p) => p.startsWith('/pkg/')), ['/pkg/inburgering-wijzer.js', '/pkg/inburgering-wijzer.ar.bin']);
  assert.deepEqual(fouten, []);
  await context.close();
});

test('a language chosen later is loaded then: busy meanwhile, the answers kept, one request per language', async () => {
  const { context, page, fouten, paden } = await openen('nl');
  await page.locator('inburgering-wijzer .wijzer[lang="nl"]').waitFor({ timeout: 15000 });
  await page.locator('inburgering-wijzer [name="a:geboortedatum.jaar"]').fill('1990');
  let doorlaten;
  const gepauzeerd = new Promise((resolve) => { doorlaten = resolve; });
  await page.route('**/inburgering-wijzer.ti.bin', async (route) => { await gepauzeerd; await route.continue(); });
  await wissel(page, 'ti');
  await page.locator('inburgering-wijzer .wijzer[aria-busy="true"]').waitFor();
  assert.equal(await titel(page), 'Inburgeringswijzer', 'still Dutch while the pack loads');
  doorlaten();
  await page.locator('inburgering-wijzer .wijzer[lang="ti"]:not([aria-busy])').waitFor();
  assert.equal(await page.locator('inburgering-wijzer [name="a:geboortedatum.jaar"]').inputValue(), '1990');
  await wissel(page, 'nl');
  await wissel(page, 'ti');
  await page.locator('inburgering-wijzer .wijzer[lang="ti"]').waitFor();
  assert.deepEqual(paden.filter((p) => p.endsWith('.bin')), ['/pkg/inburgering-wijzer.ti.bin']);
  assert.deepEqual(fouten, []);
  await context.close();
});

test('a tampered pack is refused: the widget stays in its language and says so in Dutch', async () => {
  const { context, page, fouten } = await openen('tr');
  await page.locator('inburgering-wijzer .wijzer[lang="tr"]').waitFor({ timeout: 15000 });
  await page.locator('inburgering-wijzer [name="a:geboortedatum.jaar"]').fill('1985');
  await page.route('**/inburgering-wijzer.fa.bin', async (route) => {
    const antwoord = await route.fetch();
    const bytes = Buffer.from(await antwoord.body());
    bytes[bytes.length - 1] ^= 1;
    await route.fulfill({ response: antwoord, body: bytes, headers: { 'content-type': 'application/octet-stream' } });
  });
  await wissel(page, 'fa');
  const melding = page.locator('inburgering-wijzer [role="alert"]');
  await melding.waitFor({ timeout: 15000 });
  assert.deepEqual(await melding.locator('p').allTextContents(), [
    'De taal \u2068فارسی\u2069 kon niet worden geladen. Probeer het later nog een keer.',
    '\u2068فارسی\u2069 dili yüklenemedi. Lütfen daha sonra tekrar deneyin.',
  ]);
  assert.equal(await page.locator('inburgering-wijzer .wijzer').getAttribute('lang'), 'tr', 'the language it had');
  assert.equal(await page.locator('inburgering-wijzer [name="a:geboortedatum.jaar"]').inputValue(), '1985');
  assert.ok(fouten.some((f) => f.includes('taalpakket /pkg/inburgering-wijzer.fa.bin kon niet worden geladen')), fouten.join('\n'));
  // The untouched pack, asked for again on a later choice, is taken.
  await page.unrouteAll();
  await wissel(page, 'nl');
  await wissel(page, 'fa');
  await page.locator('inburgering-wijzer .wijzer[lang="fa"]').waitFor();
  assert.equal(await melding.count(), 0);
  await context.close();
});
