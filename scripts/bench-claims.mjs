// Generated eiendeler claims for the settle --batch benchmark (docs/development.md), as NDJSON in .bench/.
//
// Deterministic (a seeded PRNG), so every run and every machine settles the same claims; a file
// that is already there is reused. Each claim has two items, every one of them under
// kr 100 000, so that the reference (scripts/bench-settle-reference.mjs: category age rule,
// repair-cost rule, deductible, sum cap) settles it exactly as the engine does. The mix:
//   - category: it 30 %, elektrisk 25 %, annet 25 %, handverktoy 20 %;
//   - new price kr 300 – 99 999, skewed to the low end, a fifth of them with øre;
//   - age, skewed young: half `age_years` (0–12 years, one decimal), half `purchased` (0–15 years
//     before the loss; day 1–28, so no 29 February anniversaries);
//   - a repair price on 30 % of the items (10–90 % of the new price);
//   - deductible kr 2 000 – 50 000 (mostly up to 10 000) and sum insured kr 25 000 – 5 000 000,
//     so that some claims end at 0 (about a fifth) and some are capped by the sum;
//   - loss dates through 2023 and 2024.
//
//   node scripts/bench-claims.mjs [N]      writes (or reuses) .bench/claims-v1-N.ndjson, prints its path
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, weighted) => {
  let r = rand();
  for (const [v, w] of weighted) if ((r -= w) < 0) return v;
  return weighted[weighted.length - 1][0];
};
const pad = (n, w = 2) => String(n).padStart(w, '0');

const CATEGORIES = [['it', 0.3], ['elektrisk', 0.25], ['annet', 0.25], ['handverktoy', 0.2]];
const NAMES = {
  it: ['Bærbar PC', 'Skjerm 27"', 'Mobiltelefon', 'Nettbrett', 'Server', 'Skriver', 'Ruter'],
  elektrisk: ['Søyleboremaskin', 'Vinkelsliper', 'Sveiseapparat', 'Kompressor', 'Båndsag', 'Drill'],
  annet: ['Kontorstol', 'Skrivebord', 'Kaffemaskin', 'Reol', 'Lagerhylle', 'Kjøleskap'],
  handverktoy: ['Verktøytralle', 'Momentnøkkel', 'Pipenøkkelsett', 'Håndverktøy, diverse', 'Skrutvinger'],
};
const DEDUCTIBLES = [['2000', 0.15], ['4000', 0.2], ['6000', 0.2], ['8000', 0.1], ['10000', 0.2], ['15000', 0.08], ['20000', 0.05], ['50000', 0.02]];
const SUMS = [['25000', 0.05], ['50000', 0.1], ['100000', 0.15], ['250000', 0.2], ['500000', 0.2], ['1000000', 0.15], ['2000000', 0.1], ['5000000', 0.05]];

function money(kr, withOre) {
  return withOre ? kr.toFixed(2) : String(Math.round(kr));
}

function item(rand, lossYear, lossMonth, lossDay) {
  const category = pick(rand, CATEGORIES);
  const names = NAMES[category];
  const kr = 300 + Math.floor(99_699 * rand() ** 2.5);
  const it = { description: names[Math.floor(rand() * names.length)], category, new_price: rand() < 0.2 ? (kr + Math.floor(rand() * 100) / 100).toFixed(2) : String(kr) };
  // ages skewed to the young end: most damaged things are a few years old
  if (rand() < 0.5) {
    it.age_years = (Math.floor(rand() ** 1.6 * 121) / 10).toString();
  } else {
    const back = Math.floor(rand() ** 1.6 * 15 * 365);
    const d = new Date(Date.UTC(lossYear, lossMonth - 1, lossDay) - back * 86_400_000);
    it.purchased = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(Math.min(28, d.getUTCDate()))}`;
  }
  if (rand() < 0.3) it.repair_cost = money(kr * (0.1 + 0.8 * rand()), rand() < 0.3);
  return it;
}

/** The N claims, the same every time (a seeded generator). */
function* claimsOf(n) {
  const rand = mulberry32(20240315);
  for (let i = 1; i <= n; i++) {
    const y = rand() < 0.5 ? 2023 : 2024;
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    yield {
      id: `B-${pad(i, 7)}`,
      product: 'eiendeler',
      date: `${y}-${pad(m)}-${pad(d)}`,
      deductible: pick(rand, DEDUCTIBLES),
      sum_insured: pick(rand, SUMS),
      items: [item(rand, y, m, d), item(rand, y, m, d)],
    };
  }
}

/** Write `path` from its lines (through a temporary file, in pieces of about 1 MB), unless it is there. */
function writeOnce(path, lines) {
  if (existsSync(path)) return path;
  mkdirSync(`${root}.bench`, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  let buf = '';
  for (const line of lines) {
    buf += line;
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
  renameSync(tmp, path);
  return path;
}

/** The path of the N-claim file (NDJSON), written when it is not there yet. */
export function ensureClaims(n) {
  return writeOnce(`${root}.bench/claims-v1-${n}.ndjson`, (function* () {
    for (const c of claimsOf(n)) yield `${JSON.stringify(c)}\n`;
  })());
}

const CSV_COLUMNS = ['id', 'product', 'date', 'deductible', 'sum_insured', 'description', 'category', 'new_price', 'age_years', 'purchased', 'repair_cost'];

/** The same N claims as CSV (one row per item, the claim's columns repeated), written when not there yet. */
export function ensureClaimsCsv(n) {
  const cell = (v) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return writeOnce(`${root}.bench/claims-v1-${n}.csv`, (function* () {
    yield `${CSV_COLUMNS.join(',')}\n`;
    for (const c of claimsOf(n)) for (const it of c.items) yield `${CSV_COLUMNS.map((k) => cell(k in it ? it[k] : c[k])).join(',')}\n`;
  })());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(ensureClaims(+(process.argv[2] ?? 1_000_000)));
}
