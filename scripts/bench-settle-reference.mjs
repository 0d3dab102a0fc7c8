#!/usr/bin/env node
// The reference of the settle --batch benchmark (docs/development.md): what a plain script does with the
// same NDJSON claims, written straightforwardly — readline over the file, JSON.parse per line,
// decimal.js for the money, and «id,payout» printed per claim. It knows only what the generated
// claims need (eiendeler items under kr 100 000): the category age rule and the repair-cost rule
// of Erstatningsregler Eiendeler 6.2, the deductible, and the sum insured cap.
//
//   node scripts/bench-settle-reference.mjs CLAIMS.ndjson > out.csv
import Decimal from 'decimal.js';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

// [from age N, percent per started year]
const RULES = { elektrisk: [5, 10], handverktoy: [5, 15], it: [1, 20], annet: [5, 15] };

/** Started years beyond N: 0 up to and including age N, then ceil(age − N). */
function startedYears(item, lossDate, n) {
  if (item.age_years !== undefined) {
    const age = new Decimal(item.age_years);
    return age.lte(n) ? 0 : age.minus(n).ceil().toNumber();
  }
  const [py, pm, pd] = item.purchased.split('-').map(Number);
  const [ly, lm, ld] = lossDate.split('-').map(Number);
  let full = ly - py;
  if (lm < pm || (lm === pm && ld < pd)) full--;
  const anniversary = lm === pm && ld === pd;
  if (anniversary) return Math.max(0, full - n);
  return full >= n ? full + 1 - n : 0;
}

function payout(claim) {
  let total = new Decimal(0);
  for (const item of claim.items) {
    const [n, perYear] = RULES[item.category];
    const newPrice = new Decimal(item.new_price);
    const percent = Math.min(100, startedYears(item, claim.date, n) * perYear);
    const deduction = newPrice.times(percent).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    let value = newPrice.minus(deduction);
    if (item.repair_cost !== undefined && new Decimal(item.repair_cost).lt(value)) value = new Decimal(item.repair_cost);
    total = total.plus(value);
  }
  total = Decimal.max(0, total.minus(claim.deductible));
  return Decimal.min(total, claim.sum_insured);
}

const rl = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of rl) {
  if (line === '') continue;
  const claim = JSON.parse(line);
  process.stdout.write(`${claim.id},${payout(claim).toFixed(2)}\n`);
}
