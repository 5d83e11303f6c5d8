// The manual accessibility checks of docs/toegankelijkheidsverklaring.md, repeatable:
// `make build && node tests/tools/handmatig.mjs [DIR]` writes screenshots to DIR (default
// target/handmatig/) for a person to look at, and prints what it measured: the keyboard's focus
// order through the whole widget with each stop's focus outline, whether Tab leaves the widget,
// 360 px and 200 % zoom widths, Arabic right to left, the print view, WCAG 1.4.12 text spacing,
// and each control's accessible name against its visible label.
import { mkdirSync } from 'node:fs';
import { start } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';

const map = process.argv[2] ?? 'target/handmatig';
mkdirSync(map, { recursive: true });
const server = await start();
const browser = await launch();

/** The demo page with Haarlem's configuration, advice and budget answered, in `taal`. */
async function ingevuld(taal, viewport, modus = 'inwoner') {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
  await page.goto(`${server.url}/www/index.html`);
  const w = page.locator('inburgering-wijzer');
  await page.evaluate(([t, m]) => {
    const el = document.querySelector('inburgering-wijzer');
    document.documentElement.lang = t;
    el.setAttribute('lang', t);
    el.setAttribute('modus', m);
    el.setAttribute('gemeente', 'gemeente-haarlem.json');
  }, [taal, modus]);
  await page.locator(`inburgering-wijzer .wijzer[lang="${taal}"]`).waitFor();
  await page.waitForLoadState('networkidle');
  const vul = (naam, waarde) => w.locator(`input[name="${naam}"]`).fill(waarde);
  const kies = (naam, waarde) => w.locator(`select[name="${naam}"]`).selectOption(waarde);
  const datum = async (sleutel, d, m, j) => { await vul(`${sleutel}.dag`, d); await kies(`${sleutel}.maand`, m); await vul(`${sleutel}.jaar`, j); };
  await datum('a:geboortedatum', '2', '4', '1996');
  await kies('a:nationaliteit', 'SY');
  await kies('a:verblijf', 'asiel');
  await datum('a:verblijfsdatum', '16', '2', '2026');
  await datum('a:duoBriefDatum', '9', '3', '2026');
  await datum('a:pipDatum', '11', '5', '2026');
  await w.locator('[name="a:bijstand"][value="ja"]').check();
  await datum('a:bijstandSinds', '1', '4', '2026');
  await kies('o:leefvorm', 'alleenstaande');
  for (const [naam, bedrag] of [['huur', '550'], ['energie', '120'], ['water', '25'], ['zorgverzekering', '135']]) {
    await vul(`o:vasteLasten.${naam}`, bedrag);
  }
  return { context, page, fouten };
}

/** The page screen by screen, scrolled as a person scrolls: parts below the screen are drawn only
 * when they come near (content-visibility), so a full-page capture would show them blank. */
async function vastleggen(page, naam) {
  const scherm = page.viewportSize().height;
  for (let y = 0, i = 1; ; y += scherm, i++) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.evaluate(() => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar))));
    await page.screenshot({ path: `${map}/${naam}-${String(i).padStart(2, '0')}.png` });
    if (y + scherm >= await page.evaluate(() => document.documentElement.scrollHeight)) break;
  }
}

const regels = [];
const meld = (regel) => { regels.push(regel); console.log(regel); };

// Keyboard: Tab from the page's top through the widget and out again; every stop named, with
// its outline while focused.
{
  const { context, page, fouten } = await ingevuld('nl', { width: 1280, height: 900 });
  await page.evaluate(() => document.activeElement?.blur());
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const stops = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const host = document.activeElement;
      const el = host?.shadowRoot?.activeElement ?? host;
      if (!el || el === document.body) return null;
      const stijl = getComputedStyle(el);
      const label = el.closest('label');
      const omlijnd = stijl.outlineStyle !== 'none' && parseFloat(stijl.outlineWidth) >= 2
        || (label && getComputedStyle(label).outlineStyle !== 'none');
      const r = el.getBoundingClientRect();
      return {
        binnen: host.tagName === 'INBURGERING-WIJZER',
        naam: el.getAttribute('name') || el.getAttribute('data-actie') || el.id || `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}"`,
        soort: `${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''}`,
        omlijnd,
        zichtbaar: r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight,
        waar: `${Math.round(r.top)}..${Math.round(r.bottom)} of ${innerHeight}, ${Math.round(r.width)} x ${Math.round(r.height)}`,
      };
    });
    if (!stop) {
      stops.push({ binnen: false, naam: '(the browser, past the page)' });
      break;
    }
    stops.push(stop);
    if (stops.length > 1 && stops.at(-2).binnen && !stop.binnen) break; // out of the widget again
    if (stops.length === 25) await page.screenshot({ path: `${map}/toetsenbord-focus.png` });
  }
  const binnen = stops.filter((s) => s.binnen);
  meld(`keyboard: ${binnen.length} stops in the widget; without a visible outline: ${binnen.filter((s) => !s.omlijnd).map((s) => s.naam).join(', ') || 'none'}; not wholly on screen while focused: ${binnen.filter((s) => !s.zichtbaar).map((s) => `${s.naam} (${s.waar})`).join(', ') || 'none'}`);
  meld(`keyboard: Tab leaves the widget after its last control: ${stops.at(-1) && !stops.at(-1).binnen ? 'yes' : 'no'}`);
  meld(`keyboard: order: ${binnen.map((s) => s.naam).join(' > ')}`);
  meld(`errors: ${fouten.length}`);
  await context.close();
}

// 360 px (a phone), 640 px (1280 px at 200 % zoom), Arabic right to left, print, text spacing.
for (const [naam, taal, viewport] of [['360-nl', 'nl', { width: 360, height: 780 }], ['360-ar', 'ar', { width: 360, height: 780 }],
  ['zoom200-nl', 'nl', { width: 640, height: 450 }], ['rtl-ar', 'ar', { width: 1280, height: 900 }], ['rtl-fa', 'fa', { width: 1280, height: 900 }]]) {
  const { context, page } = await ingevuld(taal, viewport);
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  await vastleggen(page, naam);
  meld(`${naam}: page ${breedte} px wide in a ${viewport.width} px viewport (horizontal scrolling: ${breedte > viewport.width ? 'yes' : 'no'})`);
  await context.close();
}
{
  const { context, page } = await ingevuld('nl', { width: 800, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await vastleggen(page, 'print-nl');
  await context.close();
}
{
  // WCAG 1.4.12: line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em.
  const { context, page } = await ingevuld('nl', { width: 360, height: 780 });
  const afgekapt = await page.evaluate(() => {
    const root = document.querySelector('inburgering-wijzer').shadowRoot;
    const blad = new CSSStyleSheet();
    blad.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, blad];
    return [...root.querySelectorAll('label, p, h2, h3, h4, button, li, td, th, legend, summary')]
      .filter((el) => el.offsetParent && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        && getComputedStyle(el).overflow !== 'visible')
      .map((el) => el.textContent.slice(0, 40));
  });
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  await vastleggen(page, 'tekstafstand-360-nl');
  meld(`text spacing at 360 px: page ${breedte} px wide; clipped texts: ${afgekapt.length ? afgekapt.join(' | ') : 'none'}`);
  await context.close();
}
{
  // Label in name (WCAG 2.5.3): each control's accessible name starts with its visible label.
  const { context, page } = await ingevuld('nl', { width: 1280, height: 900 }, 'medewerker');
  const boom = await page.locator('inburgering-wijzer').ariaSnapshot();
  const { writeFileSync } = await import('node:fs');
  writeFileSync(`${map}/toegankelijkheidsboom-medewerker-nl.yaml`, boom);
  const verschil = await page.evaluate(() => {
    const root = document.querySelector('inburgering-wijzer').shadowRoot;
    const uit = [];
    for (const el of root.querySelectorAll('input, select, button, textarea')) {
      if (!el.offsetParent && el.type !== 'file') continue;
      const label = el.id ? root.querySelector(`label[for="${el.id}"]`) : el.closest('label');
      // textContent: parts below the screen are not rendered yet (content-visibility), so their
      // innerText is empty.
      const zichtbaar = (el.tagName === 'BUTTON' ? el.textContent : label?.textContent ?? '').trim();
      const naam = (el.getAttribute('aria-label') ?? zichtbaar).trim();
      if (zichtbaar && !naam.startsWith(zichtbaar.split('\n')[0])) uit.push(`${el.name || el.dataset.actie}: "${zichtbaar}" / "${naam}"`);
      if (!zichtbaar && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')) uit.push(`${el.name || el.dataset.actie}: no visible label`);
    }
    return uit;
  });
  // Status messages (WCAG 4.1.3) and media (1.2): after "Wis alles", where the message is and its role.
  await page.locator('inburgering-wijzer [data-actie="wis"]').click();
  const status = await page.evaluate(() => {
    const root = document.querySelector('inburgering-wijzer').shadowRoot;
    const s = root.getElementById('status');
    return { rol: s?.getAttribute('role'), tekst: s?.textContent, focus: root.activeElement?.id,
      media: root.querySelectorAll('audio, video, iframe, img, canvas, object, embed').length,
      sneltoetsen: root.querySelectorAll('[accesskey]').length };
  });
  meld(`status after "Wis alles": role=${status.rol}, "${status.tekst}", focus on #${status.focus}; audio/video/iframe/img/canvas/object/embed in the widget: ${status.media}; accesskeys: ${status.sneltoetsen}`);
  meld(`label in name: ${verschil.length ? verschil.join('; ') : 'every visible control is named by its visible label'}`);
  await context.close();
}
await browser.close();
server.close();
