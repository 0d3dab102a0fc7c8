#!/usr/bin/env node
// npm run bench:settle — micro-benchmark of the settlement engine (docs/development.md, settle --batch).
//
// Settles N generated eiendeler claims (two items each, as NDJSON lines) in this process and
// compares with a minimal decimal.js reference loop over the same lines: JSON.parse, the
// category age rule, the repair-cost rule, deductible and sum cap, «id payout» out.
// Both sides parse the same JSON (the engine side through the source-text check of numbers that
// settle --batch uses); the engine side also validates every field against the claim schema,
// builds every step with its clause and when it is paid, and (variant «full») turns the
// settlement into its JSON record.
//
//   node scripts/bench-settle.mjs                 100 000 claims, 5 interleaved rounds
//   node scripts/bench-settle.mjs --claims 20000 --rounds 3
//
// Not a test: it prints medians and ratios, and never fails a build.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { yamlPlugin } from './build-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? +args[i + 1] : dflt;
};
const N = opt('--claims', 100_000);
const ROUNDS = opt('--rounds', 5);

// The engine, bundled as the CLI bundles it (minified CommonJS).
mkdirSync(`${root}/.bench`, { recursive: true });
await build({
  absWorkingDir: root,
  stdin: {
    contents: "export * from './src/settle/index.ts'; export { builtInTables } from './src/params/tables.ts'; export { parseJsonKeepingNumbers } from './src/core/json-numbers.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  outfile: '.bench/settle-engine.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  plugins: [yamlPlugin],
  logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const engine = require(`${root}/.bench/settle-engine.cjs`);
const Decimal = require('decimal.js');

// ---------------------------------------------------------------------------------------------
// Claims: deterministic pseudo-random, two items each, a mix of age_years and purchased dates,
// some with a repair price.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const CATS = ['elektrisk', 'handverktoy', 'it', 'annet'];
const pad = (n) => String(n).padStart(2, '0');
function item(i) {
  const it = { description: `Ting ${i}`, category: CATS[Math.floor(rand() * 4)], new_price: (Math.floor(rand() * 9_000_000) / 100 + 500).toFixed(2) };
  if (rand() < 0.5) it.age_years = (Math.floor(rand() * 150) / 10).toString();
  else it.purchased = `${2005 + Math.floor(rand() * 19)}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
  if (rand() < 0.3) it.repair_cost = (Math.floor(rand() * 3_000_000) / 100).toFixed(2);
  return it;
}
const lines = [];
for (let i = 0; i < N; i++) {
  lines.push(JSON.stringify({ id: `K-${i}`, product: 'eiendeler', date: '2024-03-15', deductible: '15000', sum_insured: '2000000', items: [item(1), item(2)] }));
}

// ---------------------------------------------------------------------------------------------
// The reference: what a plain decimal.js loop does for the same claims.
const RULES = { elektrisk: [5, 10], handverktoy: [5, 15], it: [1, 20], annet: [5, 15] };
function refSteps(item, date) {
  const n = RULES[item.category][0];
  if (item.age_years !== undefined) {
    const a = new Decimal(item.age_years);
    return a.lte(n) ? 0 : a.minus(n).ceil().toNumber();
  }
  const [py, pm, pd] = item.purchased.split('-').map(Number);
  const [ly, lm, ld] = date.split('-').map(Number);
  let full = ly - py;
  if (lm < pm || (lm === pm && ld < pd)) full--;
  const exact = lm === pm && ld === pd;
  return exact ? Math.max(0, full - n) : full >= n ? full + 1 - n : 0;
}
function refPayout(c) {
  let total = new Decimal(0);
  for (const it of c.items) {
    const np = new Decimal(it.new_price);
    const pct = Math.min(100, refSteps(it, c.date) * RULES[it.category][1]);
    let v = np.minus(np.times(pct).dividedBy(100).toDecimalPlaces(2));
    if (it.repair_cost !== undefined) {
      const r = new Decimal(it.repair_cost);
      if (r.lt(v)) v = r;
    }
    total = total.plus(v);
  }
  total = Decimal.max(0, total.minus(new Decimal(c.deductible)));
  return Decimal.min(total, new Decimal(c.sum_insured));
}
// Output is counted, not kept (a batch writes each line out and lets it go).
function reference(ls) {
  let bytes = 0;
  for (const line of ls) {
    const c = JSON.parse(line);
    bytes += `${c.id}\t${refPayout(c).toFixed(2)}\n`.length;
  }
  return bytes;
}

const ctx = { tables: engine.builtInTables() };
// the engine side reads each line as settle --batch does: numbers judged by their source text
function ours(ls) {
  let bytes = 0;
  for (const line of ls) {
    const s = engine.settleClaim(engine.validateClaim(engine.parseJsonKeepingNumbers(line)), ctx);
    bytes += `${s.id}\t${engine.moneyString(s.payout)}\n`.length;
  }
  return bytes;
}
function oursFull(ls) {
  let bytes = 0;
  for (const line of ls) {
    const s = engine.settleClaim(engine.validateClaim(engine.parseJsonKeepingNumbers(line)), ctx);
    bytes += `${engine.settlementToJson(s)}\n`.length;
  }
  return bytes;
}

// Same answers? (payouts of the first 2 000 claims; and the NDJSON record is the JSON of the data)
for (const line of lines.slice(0, 2000)) {
  const c = JSON.parse(line);
  const settled = engine.settleClaim(engine.validateClaim(c), ctx);
  if (engine.settlementToJson(settled) !== JSON.stringify(engine.settlementToData(settled))) {
    console.error(`bench: settlementToJson differs from settlementToData on ${c.id}`);
    process.exit(1);
  }
  const ourPayout = engine.moneyString(settled.payout);
  if (ourPayout !== refPayout(c).toFixed(2)) {
    console.error(`bench: engine and reference disagree on ${c.id}: ${ourPayout} vs ${refPayout(c).toFixed(2)}`);
    process.exit(1);
  }
}

function time(fn) {
  const t0 = process.hrtime.bigint();
  fn(lines);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// warm-up, then interleaved rounds
time(reference);
time(ours);
time(oursFull);
const t = { ref: [], ours: [], full: [] };
for (let r = 0; r < ROUNDS; r++) {
  t.ref.push(time(reference));
  t.ours.push(time(ours));
  t.full.push(time(oursFull));
}
const ref = median(t.ref);
const us = median(t.ours);
const full = median(t.full);
const perClaim = (ms) => `${((ms * 1000) / N).toFixed(2)} µs/claim`;
console.log(`settle engine micro-benchmark — ${N} eiendeler claims × 2 items, median of ${ROUNDS} interleaved rounds, node ${process.version}\n`);
console.log(`reference (JSON.parse + decimal.js rules)      ${ref.toFixed(0).padStart(6)} ms  ${perClaim(ref)}`);
console.log(`engine (parse + validate + settle, id payout)  ${us.toFixed(0).padStart(6)} ms  ${perClaim(us)}  ratio ${(us / ref).toFixed(2)}×`);
console.log(`engine + NDJSON record (settlementToJson)      ${full.toFixed(0).padStart(6)} ms  ${perClaim(full)}  ratio ${(full / ref).toFixed(2)}×`);
