// Where a load's time goes on the slow phone, from a Chromium trace rather than a guess:
// `node tests/tools/bench/spoor.mjs [wijzer|referentie] [loads]` (after make build, and make bench
// for the reference). Per load: its requests against the floor, and for the page's threads
// between the script's arrival and the usable form, the time per kind of work (self time, wall
// and the thread's own CPU time).
import { launch } from '../../e2e/browser.mjs';
import { SPOOR, laad, start, vloer, werk } from './traag.mjs';

const pagina = process.argv[2] ?? 'wijzer';
const keer = Number(process.argv[3] ?? 1);
const ms = (x) => `${x.toFixed(1).padStart(7)} ms`;

function toon(t) {
  const w = t && werk(t);
  if (!w) return console.log('no usable form in this load');
  console.log(`navigation -> usable ${ms(t.interactive)}; floor ${ms(vloer(t.verzoeken).ms)}`);
  for (const v of t.verzoeken) {
    console.log(`  ${v.naam.replace(/^.*\/\/[^/]+/, '').padEnd(40)} start ${ms(v.start)}, response ${ms(v.antwoord)}, end ${ms(v.einde)}, ${v.bytes} B`);
  }
  console.log(`  script arrival -> usable: ${ms(w.span)}`);
  for (const [naam, d] of Object.entries(w.draden).sort((a, b) => b[1].cpu - a[1].cpu)) {
    if (d.cpu < 1) continue;
    console.log(`  ${naam}: busy ${ms(d.wand)} wall, ${ms(d.cpu)} CPU`);
    for (const z of d.zelf.filter((z) => z.cpu >= 0.5).slice(0, 12)) console.log(`    ${ms(z.wand)} wall ${ms(z.cpu)} CPU  ${z.naam}`);
  }
}

const server = await start();
const browser = await launch();
try {
  for (let i = 0; i < keer; i++) toon(await laad(browser, server.url, pagina, true, SPOOR));
} finally {
  await browser.close();
  server.close();
}
