// Writes N huishoudens or situaties as JSON lines (deterministic, the generators of cases.mjs),
// for comparing two builds of `wijzer` on the same input (docs/metingen.md, "Before and after").
// Usage: node voor-na.mjs huishoudens|situaties N > invoer.jsonl
import { rng, situatie, huishouden } from './cases.mjs';

const [soort, n] = [process.argv[2], Number(process.argv[3] ?? 1000)];
const r = rng(soort === 'huishoudens' ? 20261207 : 20261208);
const regels = [];
for (let i = 0; i < n; i++) regels.push(JSON.stringify(soort === 'huishoudens' ? huishouden(r) : situatie(r)));
process.stdout.write(regels.join('\n') + '\n');
