// The element renders from the release build: a broken optimiser fails here, not for residents.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './server.mjs';
import { launch } from './browser.mjs';

let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('the demo page renders the widget from pkg/', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
  await page.goto(`${server.url}/www/index.html`);
  const kop = page.locator('inburgering-wijzer h2').first();
  await kop.waitFor({ timeout: 10000 });
  assert.match(await kop.textContent(), /Inburgeringswijzer/);
  assert.deepEqual(fouten, []);
  await context.close();
});
