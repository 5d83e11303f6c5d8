// Dutch beside the own language (issue 18): one switch shows every sentence of the result with
// its Dutch original under it, and a glossary in both languages; printed too; axe clean in every
// language. Keyboard only, as a person would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { start } from './server.mjs';
import { launch } from './browser.mjs';
import { open as openPagina, tabNaar, focusNaam, vulAdvies, vulBudget } from './helpers.mjs';

let server, browser;
before(async () => { server = await start(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const open = (pad, opties) => openPagina(browser, `${server.url}${pad}`, opties);

/** What the bilingual view shows, read from the shadow tree. */
const lees = (page) => page.evaluate(() => {
  const root = document.querySelector('inburgering-wijzer').shadowRoot;
  const nl = [...root.querySelectorAll('.resultaat .nl')];
  return {
    gedrukt: root.getElementById('tweetalig')?.getAttribute('aria-pressed') ?? null,
    nl: nl.map((s) => s.textContent),
    allemaalNl: nl.every((s) => s.lang === 'nl' && s.dir === 'ltr'),
    zinnen: root.querySelectorAll('.resultaat p, .resultaat li, .resultaat h5').length,
    woorden: root.querySelector('.woorden')?.textContent ?? null,
  };
});

for (const taal of ['en', 'ar', 'ti', 'tr', 'fa']) {
  test(`the switch shows the result with the Dutch under it and a glossary (${taal}); axe clean`, async () => {
    const { context, page, fouten } = await open('/tests/e2e/fixtures/ontzorgen.html', { viewport: { width: 320, height: 800 } });
    await page.evaluate((t) => {
      document.documentElement.lang = t;
      const el = document.querySelector('inburgering-wijzer');
      el.setAttribute('lang', t);
      el.removeAttribute('onderdeel');
    }, taal);
    await vulAdvies(page);
    await vulBudget(page);
    const voor = await lees(page);
    assert.equal(voor.gedrukt, 'false');
    assert.deepEqual(voor.nl, [], 'no Dutch until the person asks');
    assert.equal(voor.woorden, null);

    await tabNaar(page, 'tweetalig');
    await page.keyboard.press('Space');
    const na = await lees(page);
    assert.equal(na.gedrukt, 'true');
    assert.equal(await focusNaam(page), 'tweetalig', 'the focus stays on the switch');
    assert.ok(na.allemaalNl);
    // The Dutch of the decision, a deadline, an explanation and the budget's months.
    for (const zin of ['U moet inburgeren.', 'Uiterlijk ', 'Waarom?', 'tot en met', 'De gemeente betaalt', 'Leefgeld per maand']) {
      assert.ok(na.nl.some((t) => t.includes(zin)), `${zin} in ${na.nl.join(' | ')}`);
    }
    assert.ok(na.nl.length >= 20, `${na.nl.length} Dutch originals`);
    assert.match(na.woorden, /ontheffing/);
    assert.match(na.woorden, /vrijstelling/);
    assert.match(na.woorden, /Woorden die u bij de gemeente hoort/);

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);

    await page.emulateMedia({ media: 'print' });
    const gedrukt = await page.evaluate(() => {
      const root = document.querySelector('inburgering-wijzer').shadowRoot;
      const toon = (el) => el && getComputedStyle(el).display !== 'none';
      return { woorden: toon(root.querySelector('.woorden')), nl: toon(root.querySelector('.resultaat .nl')), knop: toon(root.querySelector('.tweetalig')) };
    });
    assert.deepEqual(gedrukt, { woorden: true, nl: true, knop: false });
    await page.emulateMedia({ media: 'screen' });

    await tabNaar(page, 'tweetalig');
    await page.keyboard.press('Space');
    const uit = await lees(page);
    assert.equal(uit.gedrukt, 'false');
    assert.deepEqual(uit.nl, []);
    assert.equal(uit.zinnen, voor.zinnen, 'the same result without the Dutch');
    assert.deepEqual(fouten, []);
    await context.close();
  });
}

test('in Dutch there is no switch', async () => {
  const { context, page } = await open('/tests/e2e/fixtures/ontzorgen.html');
  const knop = await page.evaluate(() => document.querySelector('inburgering-wijzer').shadowRoot.getElementById('tweetalig'));
  assert.equal(knop, null);
  await context.close();
});
