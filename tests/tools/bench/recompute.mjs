// The contract's JS functions timed call by call on realistic inputs, in the page.
import init, { advies, ontzorgen } from '../../../pkg/inburgering-wijzer.js';
import { rng, situatie, huishouden } from './cases.mjs';

const wasm = await init();

function tijden(functie, invoer, n) {
  const uit = { n, fouten: 0, eersteFout: null, ms: [] };
  for (let i = 0; i < 200; i++) {
    try { functie(invoer[i % invoer.length]); } catch { /* warm-up */ }
  }
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    try {
      functie(invoer[i % invoer.length]);
    } catch (e) {
      uit.fouten++;
      uit.eersteFout ??= String(e.message).slice(0, 160);
    }
    uit.ms.push(performance.now() - t0);
  }
  return uit;
}

window.bench = {
  geheugen: () => wasm.memory.buffer.byteLength,
  geisoleerd: () => self.crossOriginIsolated,
  run(n) {
    const r = rng(7);
    const situaties = Array.from({ length: 100 }, () => situatie(r));
    const huishoudens = Array.from({ length: 100 }, () => huishouden(r));
    return { advies: tijden(advies, situaties, n), ontzorgen: tijden(ontzorgen, huishoudens, n) };
  },
};
window.benchKlaar = true;
