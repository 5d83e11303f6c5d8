// Writes N situaties as JSON lines (deterministic), one bad line in every 10,000.
// Usage: node gen-cases.mjs N > cases.jsonl
import { rng, situatie, SLECHTE_REGELS } from './cases.mjs';

const n = Number(process.argv[2] ?? 200000);
const r = rng(20260301);
const regels = [];
for (let i = 0; i < n; i++) {
  regels.push(i % 10000 === 5000 ? SLECHTE_REGELS[(i / 10000 | 0) % SLECHTE_REGELS.length] : JSON.stringify(situatie(r)));
}
process.stdout.write(regels.join('\n') + '\n');
