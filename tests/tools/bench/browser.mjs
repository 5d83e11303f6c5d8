// Browser figures for `make bench`, printed as one JSON object on stdout (progress on stderr):
// navigation -> usable form on a slow phone against its physical floor and a reference element
// (median of 10 cold loads each), the same unthrottled (20 each), one recompute p99 (the exported functions,
// 2,000 calls each, and real input events in the widget, right after loading and after a pause),
// and the wasm linear memory.
import { launch } from '../../e2e/browser.mjs';
import { PROBE, SPOOR, TRAAG, laad, start, vloer, werk } from './traag.mjs';

const LADINGEN = 20;
const TRAAG_LADINGEN = 10;
const GESPOORD = 3;
const AANROEPEN = 2000;
const TALEN = ['nl', 'en', 'ar', 'ti', 'tr', 'fa'];
// Milliseconds between a page becoming ready and the first timed call or event: a person reads the
// form before answering, and meanwhile the browser finishes optimising the module's code.
const PAUZE = 2000;
const log = (...a) => console.error('bench:', ...a);

const kwantiel = (ms, q) => {
  const s = [...ms].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] : null;
};
const mediaan = (ms) => kwantiel(ms, 0.5);

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs; the test
// server does not send these headers, so a route adds them (only where sub-ms timing matters).
async function geisoleerd(context) {
  await context.route('**/*', async (route) => {
    const antwoord = await route.fetch();
    await route.fulfill({ response: antwoord, headers: { ...antwoord.headers(),
      'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } });
  });
}

// `n` cold loads of the widget and of the reference, interleaved so that both see the same
// machine: navigation -> usable, script arrival -> usable, and (on the slow phone) the floor.
async function laden(browser, url, n, traag, paginas = ['wijzer', 'referentie']) {
  const uit = {};
  for (const pagina of paginas) uit[pagina] = { bruikbaar: [], naAankomst: [], eerste: [], vloer: [], ratio: [] };
  for (let i = 0; i < n; i++) {
    for (const pagina of paginas) {
      const t = await laad(browser, url, pagina, traag);
      const r = uit[pagina];
      if (t?.interactive == null) continue;
      r.bruikbaar.push(t.interactive);
      if (t.aankomst != null) r.naAankomst.push(t.interactive - t.aankomst);
      if (t.first != null && t.aankomst != null) r.eerste.push(t.first - t.aankomst);
      const v = vloer(t.verzoeken);
      r.vloer.push(v);
      r.ratio.push(t.interactive / v.ms);
    }
  }
  const samen = (r) => ({ aantal: r.bruikbaar.length, bruikbaar: mediaan(r.bruikbaar), min: Math.min(...r.bruikbaar),
    max: Math.max(...r.bruikbaar), naAankomst: mediaan(r.naAankomst), eerste: mediaan(r.eerste),
    // The floor of the median load (loads differ in their floor only by a few header bytes).
    vloer: r.vloer[r.ratio.indexOf(mediaan(r.ratio))] ?? null, ratio: mediaan(r.ratio),
    ratioMin: Math.min(...r.ratio), ratioMax: Math.max(...r.ratio) });
  return { n, traag: traag ? TRAAG : null, ...Object.fromEntries(paginas.map((p) => [p, samen(uit[p])])) };
}

// The page's main-thread CPU time from the script's arrival to the usable form on the slow phone,
// median of traced loads of each page (tracing slows the wall time, not the thread's own work): what
// our code costs the phone's processor, less bound to how busy this machine is than wall time.
async function hoofdCpu(browser, url) {
  const uit = {};
  for (const pagina of ['wijzer', 'referentie']) uit[pagina] = [];
  for (let i = 0; i < GESPOORD; i++) {
    for (const pagina of ['wijzer', 'referentie']) {
      const w = werk(await laad(browser, url, pagina, true, SPOOR) ?? {});
      const hoofd = w && w.draden.CrRendererMain;
      if (hoofd) uit[pagina].push(hoofd.cpu);
    }
  }
  return Object.fromEntries(Object.entries(uit).map(([p, ms]) => [p, { n: ms.length, mediaan: mediaan(ms),
    min: Math.min(...ms), max: Math.max(...ms) }]));
}

async function herberekenen(browser, url) {
  const context = await browser.newContext();
  await geisoleerd(context);
  const page = await context.newPage();
  await page.goto(`${url}/tests/tools/bench/recompute.html`);
  await page.waitForFunction(() => window.benchKlaar === true, null, { timeout: 10000 });
  const isolatie = await page.evaluate(() => window.bench.geisoleerd());
  // As for input events: the page has finished loading, and its optimising compilers are done.
  await page.waitForTimeout(PAUZE);
  // The first run is what a fresh page sees (the engine tiers up while it runs); the second shows
  // the same calls once compiled. The verdict uses the first.
  const r = await page.evaluate((n) => window.bench.run(n), AANROEPEN);
  const warm = await page.evaluate((n) => window.bench.run(n), AANROEPEN);
  const geheugen = await page.evaluate(() => window.bench.geheugen());
  await context.close();
  const samenvatting = (x, w) => ({ pauze: PAUZE, n: x.n, p50: mediaan(x.ms), p99: kwantiel(x.ms, 0.99), max: Math.max(...x.ms),
    warmP99: kwantiel(w.ms, 0.99), fouten: x.fouten, eersteFout: x.eersteFout });
  return { isolatie, advies: samenvatting(r.advies, warm.advies), ontzorgen: samenvatting(r.ontzorgen, warm.ontzorgen),
    geheugen };
}

// In the page: a journey through the form. Rounds of filling every empty control with a
// plausible answer (by field name: day, month, year, amounts, counts; the first option of each
// choice) until a round finds nothing left to fill. Buttons are not pressed: they print, save or
// download files, or clear the form.
function reis() {
  const fire = (el) => {
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
  const tekst = (naam) => {
    if (/\.dag$/.test(naam)) return '15';
    if (/\.jaar$/.test(naam)) return /geboorte/i.test(naam) ? '1990' : '2025';
    if (/vasteLasten|bijstandPerMaand|bedrag/.test(naam)) return '650';
    if (/score/.test(naam)) return '30';
    if (/maanden/.test(naam)) return '6';
    if (/kinderen|kostendelers/.test(naam)) return '0';
    return '1';
  };
  return async (host, rondes = 25) => {
    const root = host.shadowRoot;
    let totaal = 0;
    for (let n = 0; n < rondes; n++) {
      let gevuld = 0;
      for (const el of root.querySelectorAll('select:not([disabled])')) {
        if (el.options.length > 1 && el.selectedIndex <= 0) { el.selectedIndex = /maand/.test(el.name) ? 3 : 1; fire(el); gevuld++; }
      }
      for (const el of root.querySelectorAll('input:not([disabled])')) {
        if (el.type === 'radio') {
          if (!root.querySelector(`input[type=radio][name="${el.name}"]:checked`)) { el.click(); gevuld++; }
        } else if (['text', 'number', 'date', ''].includes(el.type) && !el.value) {
          el.value = el.type === 'date' ? '2025-03-15' : tekst(el.name);
          fire(el);
          gevuld++;
        }
      }
      await new Promise((r) => setTimeout(r, 0));
      totaal += gevuld;
      if (gevuld === 0) break;
    }
    return totaal;
  };
}

// The main thread's CPU time per iteration (its input and change event), from a Chromium trace:
// wall time also counts the moments the system runs other threads instead (V8's compilers, the
// browser's other processes), which on a machine with few cores is most of a slow event.
function cpuPerIteratie(trace) {
  const events = JSON.parse(trace.toString()).traceEvents
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && ['input', 'change'].includes(e.args?.data?.type))
    .sort((a, b) => a.ts - b.ts);
  const ms = [];
  for (let i = 0; i + 1 < events.length; i += 2) ms.push((events[i].tdur + events[i + 1].tdur) / 1000);
  return ms;
}

// Real input events on a fresh page: alternate the value of the first select, date or number
// control, 400 times, then 400 more to show the same once compiled. `pauze`: milliseconds between
// the form becoming interactive and the first event. Right after loading, the browser is still
// optimising the module's code on its other threads; a person reads the form first. With `cpu`,
// the run is traced and reports CPU time instead (tracing adds its own cost to the wall time).
async function invoer(browser, url, pauze, cpu = false) {
  const context = await browser.newContext();
  await geisoleerd(context);
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(`${url}/tests/tools/bench/load.html`);
  const interactief = await page.waitForFunction(() => window.__bench.interactive !== null, null, { timeout: 5000 })
    .then(() => true).catch(() => false);
  if (!interactief) {
    await context.close();
    return null;
  }
  await page.waitForTimeout(pauze);
  if (cpu) await browser.startTracing(page, { categories: ['devtools.timeline'] });
  let { soort, ms } = await page.evaluate(async () => {
    const root = document.querySelector('inburgering-wijzer').shadowRoot;
    const ms = [];
    let soort = null;
    for (let i = 0; i < 800; i++) {
      const el = root.querySelector('select') ?? root.querySelector('input[type=date]') ?? root.querySelector('input[type=number]');
      if (!el) break;
      soort = el.localName === 'select' ? 'select' : `input[type=${el.type}]`;
      if (el.localName === 'select') el.selectedIndex = el.options.length > 1 ? 1 + (i % (el.options.length - 1)) : 0;
      else el.value = el.type === 'date' ? (i % 2 ? '1990-05-17' : '2001-11-30') : String(20 + (i % 20));
      const t0 = performance.now();
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      ms.push(performance.now() - t0);
    }
    return { soort, ms };
  });
  if (cpu) ms = cpuPerIteratie(await browser.stopTracing());
  await context.close();
  const eerst = ms.slice(0, 400);
  return { soort, pauze, cpu, n: eerst.length, p50: mediaan(eerst), p99: kwantiel(eerst, 0.99), max: Math.max(...eerst),
    warmP99: kwantiel(ms.slice(400), 0.99) };
}

async function widget(browser, url) {
  const context = await browser.newContext();
  await geisoleerd(context);
  const page = await context.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  await page.addInitScript(PROBE);
  await page.goto(`${url}/tests/tools/bench/load.html`);
  const interactief = await page.waitForFunction(() => window.__bench.interactive !== null, null, { timeout: 5000 })
    .then(() => true).catch(() => false);
  const uit = { interactief, fouten };
  if (interactief) {
    // A journey per language in one wasm instance: a fresh element each time.
    uit.stappen = {};
    for (const taal of TALEN) {
      uit.stappen[taal] = await page.evaluate(async ([taal, reisBron]) => {
        const reis = eval(`(${reisBron})`)();
        document.querySelector('inburgering-wijzer')?.remove();
        const host = document.createElement('inburgering-wijzer');
        host.setAttribute('lang', taal);
        document.body.append(host);
        for (let i = 0; i < 100 && !host.shadowRoot?.querySelector('input,select,button'); i++) {
          await new Promise((r) => setTimeout(r, 10));
        }
        return host.shadowRoot ? reis(host) : -1;
      }, [taal, reis.toString()]);
    }
  }
  uit.geheugen = await page.evaluate(async () => (await (await import('/pkg/inburgering-wijzer.js')).default()).memory.buffer.byteLength);
  await context.close();
  return uit;
}

const server = await start();
const browser = await launch();
try {
  log(`${TRAAG_LADINGEN} cold loads each of the widget, the reference and the widget in Arabic on the slow phone`);
  const traag = await laden(browser, server.url, TRAAG_LADINGEN, true, ['wijzer', 'referentie', 'arabisch']);
  log(`${GESPOORD} traced cold loads each on the slow phone: the main thread's CPU time`);
  traag.cpu = await hoofdCpu(browser, server.url);
  log(`${LADINGEN} cold loads each, unthrottled`);
  const laad = await laden(browser, server.url, LADINGEN, false);
  log(`${AANROEPEN} advies() and ontzorgen() calls`);
  const reken = await herberekenen(browser, server.url);
  log('input events in the widget: right after loading, after a pause of 2 s, and traced for CPU time');
  const invoeren = [await invoer(browser, server.url, PAUZE), await invoer(browser, server.url, 0),
    await invoer(browser, server.url, 0, true)];
  log('a journey per language in the widget');
  const w = await widget(browser, server.url);
  console.log(JSON.stringify({ traag, laden: laad, herberekenen: reken, invoer: invoeren, widget: w }));
} finally {
  await browser.close();
  server.close();
}
