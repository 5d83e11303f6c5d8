// Shared steps of the end-to-end tests: open a page that collects errors, and fill the forms
// with the keyboard the way a person would.
import assert from 'node:assert/strict';
import ICAL from 'ical.js';

/** A fresh context and page that collect console errors and page errors. With `medewerker`,
 * the page's first element is a staff element before the widget's script runs, as on an intranet
 * page (`modus="medewerker"` in its HTML): the page then loads the staff module, in which a
 * test can switch between the staff and the residents' views (a page decides when it loads). */
export async function pagina(browser, { viewport, acceptDownloads = true, permissions = [], medewerker = false } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads, permissions });
  if (medewerker) await context.addInitScript(alsMedewerker);
  const page = await context.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && fouten.push(`console: ${m.text()}`));
  return { context, page, fouten };
}

/** Runs in the page before its scripts: the first `inburgering-wijzer` parsed without a
 * `modus` gets `modus="medewerker"`. */
export function alsMedewerker() {
  new MutationObserver((_, waarnemer) => {
    const element = document.querySelector('inburgering-wijzer');
    if (!element) return;
    if (!element.hasAttribute('modus')) element.setAttribute('modus', 'medewerker');
    waarnemer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** `pagina` at `url`; unless `wacht` is false, it waits until the first element has rendered. */
export async function open(browser, url, { wacht = true, ...opties } = {}) {
  const { context, page, fouten } = await pagina(browser, opties);
  const antwoord = await page.goto(url);
  if (wacht) await page.locator('inburgering-wijzer .wijzer').first().waitFor({ timeout: 15000 });
  return { context, page, fouten, antwoord };
}

/** The name of the focused control inside the focused element's shadow root. */
export const focusNaam = (page) => page.evaluate(() => {
  const actief = document.activeElement?.shadowRoot?.activeElement;
  return actief?.getAttribute('name') ?? actief?.getAttribute('data-actie') ?? null;
});

/** Presses Tab until the control `naam` has focus (keyboard only). */
export async function tabNaar(page, naam) {
  for (let i = 0; i < 80; i++) {
    if ((await focusNaam(page)) === naam) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${naam}`);
}

/** Types a date with the keyboard: day, month by name (select), year. */
export async function typDatum(page, sleutel, dag, maand, jaar) {
  await tabNaar(page, `${sleutel}.dag`);
  await page.keyboard.type(String(dag));
  await tabNaar(page, `${sleutel}.maand`);
  for (let i = 0; i < maand; i++) await page.keyboard.press('ArrowDown');
  await tabNaar(page, `${sleutel}.jaar`);
  await page.keyboard.type(String(jaar));
}

/** The text of the result of part `p` ('a' or 'o') of the first element, or of element `id`. */
export const uitkomst = (page, p, id = null) => page.evaluate(([p, id]) => {
  const host = id ? document.getElementById(id) : document.querySelector('inburgering-wijzer');
  return host.shadowRoot.getElementById(`uitkomst-${p}`).textContent;
}, [p, id]);

/** Whether the question with form key `sleutel` is on screen in the first element. */
export const getoond = (page, sleutel) => page.evaluate((sleutel) => {
  const vraag = document.querySelector('inburgering-wijzer').shadowRoot.querySelector(`[data-sleutel="${sleutel}"]`);
  return Boolean(vraag && !vraag.closest('[hidden]'));
}, sleutel);

/** Fills the budget of the contract's worked example (1 April 2024, single, 21+). The start and
 * the birth date are asked only when the advice above has not asked them already. */
export async function vulBudget(page) {
  if (await getoond(page, 'o:startdatum')) await typDatum(page, 'o:startdatum', 1, 4, 2024);
  await tabNaar(page, 'o:leefvorm');
  await page.keyboard.press('ArrowDown');
  if (await getoond(page, 'o:geboortedatum')) await typDatum(page, 'o:geboortedatum', 1, 7, 1988);
  await tabNaar(page, 'o:vasteLasten.huur');
  await page.keyboard.type('550');
  await tabNaar(page, 'o:vasteLasten.energie');
  await page.keyboard.type('120');
  await tabNaar(page, 'o:vasteLasten.water');
  await page.keyboard.type('25');
  await tabNaar(page, 'o:vasteLasten.zorgverzekering');
  await page.keyboard.type('135');
  await tabNaar(page, 'o:maanden');
  await page.keyboard.type('2');
}

/** The contract's worked example of an asylum status holder (keyboard only). */
export async function vulAdvies(page) {
  await typDatum(page, 'a:geboortedatum', 2, 4, 1996);
  await tabNaar(page, 'a:nationaliteit');
  await page.keyboard.press('ArrowDown'); // Syrië
  await tabNaar(page, 'a:verblijf');
  await page.keyboard.press('ArrowDown'); // asiel
  await typDatum(page, 'a:verblijfsdatum', 16, 2, 2026);
  await typDatum(page, 'a:duoBriefDatum', 9, 3, 2026);
  await typDatum(page, 'a:pipDatum', 11, 5, 2026);
}

/** A date `maanden` months from today (negative: ago), on the 15th, as the form's parts. */
export function datum(maanden) {
  const nu = new Date();
  const d = new Date(nu.getFullYear(), nu.getMonth() + maanden, 15);
  return { dag: '15', maand: String(d.getMonth() + 1), jaar: String(d.getFullYear()) };
}

export const wijzer = (page) => page.locator('inburgering-wijzer').first();

/** Fills answers by control name: dates as { dag, maand, jaar }, selects by value, radios by
 * value, a checkbox with true. */
export async function vul(page, antwoorden) {
  const w = wijzer(page);
  for (const [naam, waarde] of Object.entries(antwoorden)) {
    if (typeof waarde === 'object') {
      await vul(page, { [`${naam}.dag`]: waarde.dag, [`${naam}.maand`]: waarde.maand, [`${naam}.jaar`]: waarde.jaar });
      continue;
    }
    const veld = w.locator(`[name="${naam}"]`).first();
    const soort = await veld.evaluate((el) => (el.tagName === 'SELECT' ? 'select' : el.type));
    if (soort === 'select') await veld.selectOption(waarde);
    else if (soort === 'radio') await w.locator(`[name="${naam}"][value="${waarde}"]`).check();
    else if (soort === 'checkbox') await veld.setChecked(waarde);
    else await veld.fill(waarde);
  }
}

/** Sets (or, with null, removes) attributes of the first element, the page's `lang` with its
 * own, and waits until a new language or configuration is there (a language not yet loaded is
 * shown once its pack is there). */
export async function attributen(page, waarden) {
  await page.evaluate((waarden) => {
    const el = document.querySelector('inburgering-wijzer');
    if (waarden.lang) document.documentElement.lang = waarden.lang;
    for (const [naam, waarde] of Object.entries(waarden)) {
      if (waarde === null) el.removeAttribute(naam);
      else el.setAttribute(naam, waarde);
    }
  }, waarden);
  await page.waitForLoadState('networkidle');
  const taal = waarden.lang?.split(/[-_]/)[0].toLowerCase();
  if (['nl', 'en', 'ar', 'ti', 'tr', 'fa'].includes(taal)) await page.locator(`inburgering-wijzer .wijzer[lang="${taal}"]`).first().waitFor();
}

/** What the page keeps on the device: cookies, Web Storage, IndexedDB, caches, service workers. */
export const opslag = (page) => page.evaluate(async () => ({
  cookie: document.cookie,
  local: localStorage.length,
  session: sessionStorage.length,
  idb: (await indexedDB.databases()).map((d) => d.name),
  caches: await caches.keys(),
  workers: (await navigator.serviceWorker.getRegistrations()).length,
}));

/** `opslag` of a page that keeps nothing. */
export const GEEN_OPSLAG = { cookie: '', local: 0, session: 0, idb: [], caches: [], workers: 0 };

/** The events of a calendar file as ical.js reads them (it must say VERSION 2.0): each with its
 * UID, start, end, title, description, the names of its properties and its reminders' triggers. */
export function kalender(tekst) {
  const agenda = new ICAL.Component(ICAL.parse(tekst));
  assert.equal(agenda.getFirstPropertyValue('version'), '2.0');
  return agenda.getAllSubcomponents('vevent').map((e) => ({
    uid: e.getFirstPropertyValue('uid'),
    begin: e.getFirstPropertyValue('dtstart').toString(),
    einde: e.getFirstPropertyValue('dtend').toString(),
    titel: e.getFirstPropertyValue('summary'),
    beschrijving: e.getFirstPropertyValue('description'),
    velden: e.getAllProperties().map((p) => p.name).sort().join(' '),
    herinneringen: e.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger').toString()),
  }));
}
