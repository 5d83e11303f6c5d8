// Takes the README screenshots (www/screenshots/wijzer-nl.png and wijzer-ar.png) from the
// release build: `make build && node tests/tools/screenshots.mjs`. Needs fonts-noto-core.
import { start } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';

const server = await start();
const browser = await launch();
for (const taal of ['nl', 'ar']) {
  const context = await browser.newContext({ viewport: { width: 760, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${server.url}/www/index.html`);
  const w = page.locator('inburgering-wijzer');
  await page.evaluate((t) => {
    const el = document.querySelector('inburgering-wijzer');
    document.documentElement.lang = t;
    el.setAttribute('lang', t);
    el.setAttribute('onderdeel', 'advies');
    el.setAttribute('gemeente', 'gemeente-haarlem.json');
  }, taal);
  await w.locator('.wijzer').waitFor();
  await page.waitForLoadState('networkidle');
  const vul = async (naam, waarde) => w.locator(`input[name="${naam}"]`).fill(waarde);
  const kies = async (naam, waarde) => w.locator(`select[name="${naam}"]`).selectOption(waarde);
  await vul('a:geboortedatum.dag', '2'); await kies('a:geboortedatum.maand', '4'); await vul('a:geboortedatum.jaar', '1996');
  await kies('a:nationaliteit', 'SY'); await kies('a:verblijf', 'asiel');
  await vul('a:verblijfsdatum.dag', '16'); await kies('a:verblijfsdatum.maand', '2'); await vul('a:verblijfsdatum.jaar', '2026');
  await vul('a:duoBriefDatum.dag', '9'); await kies('a:duoBriefDatum.maand', '3'); await vul('a:duoBriefDatum.jaar', '2026');
  await vul('a:pipDatum.dag', '11'); await kies('a:pipDatum.maand', '5'); await vul('a:pipDatum.jaar', '2026');
  await vul('a:leerbaarheidstoets.score', '31');
  await vul('a:leerbaarheidstoets.datum.dag', '20'); await kies('a:leerbaarheidstoets.datum.maand', '4'); await vul('a:leerbaarheidstoets.datum.jaar', '2026');
  await vul('a:huisvestingDatum.dag', '4'); await kies('a:huisvestingDatum.maand', '5'); await vul('a:huisvestingDatum.jaar', '2026');
  await w.locator('#resultaat-a').screenshot({ path: `www/screenshots/wijzer-${taal}.png` });
  await w.locator('form').first().screenshot({ path: `www/screenshots/wijzer-${taal}-vragen.png` });
  await context.close();
}
await browser.close();
server.close();
