// Realistic, deterministic inputs for the benchmarks: situaties (advies) and huishoudens
// (ontzorgen). Used by gen-cases.mjs (the 200,000-line batch file) and by the browser pages.

// mulberry32: a tiny seeded PRNG, so every run measures the same inputs.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAG = 86400000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const dag = (s) => Date.parse(`${s}T00:00:00Z`);

function kies(r, lijst) {
  return lijst[Math.floor(r() * lijst.length)];
}

// Weighted like a gemeente's caseload: mostly asylum permit holders and family migrants.
const VERBLIJF = ['asiel', 'asiel', 'asiel', 'asiel', 'gezin_van_asielstatushouder', 'gezin_van_asielstatushouder',
  'gezin', 'gezin', 'geestelijk_bedienaar', 'regulier_overig', 'tijdelijk', 'eu_familie', 'asielzoeker', 'geen'];
const VERGUNNING = new Set(['asiel', 'gezin_van_asielstatushouder', 'gezin', 'geestelijk_bedienaar', 'regulier_overig',
  'tijdelijk', 'eu_familie']);
const LANDEN = ['SY', 'SY', 'SY', 'ER', 'ER', 'TR', 'AF', 'IR', 'IQ', 'YE', 'UA', 'MA', 'DE', 'XX'];

export function situatie(r) {
  const peil = dag('2026-01-01') + Math.floor(r() * 365) * DAG;
  const leeftijd = 16 + Math.floor(r() * 52);
  const s = {
    peildatum: iso(peil),
    geboortedatum: iso(peil - leeftijd * 365.25 * DAG - Math.floor(r() * 365) * DAG),
    nationaliteit: kies(r, LANDEN),
    verblijf: kies(r, VERBLIJF),
  };
  if (VERGUNNING.has(s.verblijf)) {
    const verblijf = peil - Math.floor(r() * 6 * 365) * DAG;
    // Events after the permit, never after the peildatum.
    const na = (dagen) => iso(Math.min(peil, verblijf + dagen * DAG));
    s.verblijfsdatum = iso(verblijf);
    if (r() < 0.8) s.duoBriefDatum = na(20 + Math.floor(r() * 90));
    if (r() < 0.5) s.pipDatum = na(60 + Math.floor(r() * 90));
    if (r() < 0.6) s.leerbaarheidstoets = { score: Math.floor(r() * 41), datum: na(Math.floor(r() * 60)) };
    if (r() < 0.5) {
      s.bijstand = true;
      s.bijstandSinds = na(Math.floor(r() * 30));
    }
  }
  if (leeftijd < 18 && r() < 0.7) s.leerplichtig = true;
  if (r() < 0.05) s.nlDiploma = true;
  if (r() < 0.3) s.wilOpleiding = true;
  return s;
}

const LEEFVORM = ['alleenstaande', 'alleenstaande', 'alleenstaande_ouder', 'gehuwden'];

export function huishouden(r) {
  const start = dag('2024-01-01') + Math.floor(r() * 900) * DAG;
  const h = {
    startdatum: iso(start),
    leefvorm: kies(r, LEEFVORM),
    geboortedatum: iso(start - (18 + Math.floor(r() * 48)) * 365.25 * DAG),
    vasteLasten: {
      huur: 45000 + Math.floor(r() * 60000),
      energie: 9000 + Math.floor(r() * 20000),
      water: 2000 + Math.floor(r() * 1500),
      zorgverzekering: 14000 + Math.floor(r() * 3000),
    },
  };
  if (r() < 0.3) h.maanden = 1 + Math.floor(r() * 24);
  if (h.leefvorm === 'gehuwden') h.partnerGeboortedatum = iso(start - (18 + Math.floor(r() * 48)) * 365.25 * DAG);
  if (h.leefvorm !== 'alleenstaande') h.kinderen = 1 + Math.floor(r() * 4);
  if (r() < 0.15) h.kostendelers = 1 + Math.floor(r() * 2);
  if (r() < 0.4) {
    h.extraInhoudingen = [{ omschrijving: 'gemeentelijke belastingen', bedrag: 2500 + Math.floor(r() * 3000) }];
  }
  return h;
}

// Lines the batch file mixes in: unreadable, unknown field, impossible date, wrong type, empty.
export const SLECHTE_REGELS = ['{"peildatum": "2026-02-30"', 'kapot', '', '{"peildatun": "2026-03-01"}',
  '{"peildatum": "2026-02-30", "geboortedatum": "1990-01-01", "nationaliteit": "SY", "verblijf": "asiel"}',
  '{"peildatum": 20260301}', '[]', '{"peildatum": "2026-03-01", "peildatum": "2026-03-02"}'];
