/**
 * Yrkesskade — the Personal schedule (gjensidige-personal-yrkesskade-2024.txt: «Lovbestemt
 * yrkesskade», sums in G) and forskrift om standardisert erstatning etter lov om
 * yrkesskadeforsikring § 1-3: G multiples are turned into kroner with the G in force on the
 * settlement date.
 *
 * - `settlement_date` (oppgjørsdato) chooses the G; without it, the loss `date`, and a note says
 *   so (docs/settle.md).
 * - `--g-from-policy` (ctx.gFromPolicy) uses the schedule's stated G instead (`base_amount_g`,
 *   «G=Folketrygdens grunnbeløp, for tiden kr 118.620»).
 * - Each award cites its row of the schedule («Ménerstatning med aldersregulering 4,50 G», «Tap i
 *   fremtidig erverv 22-30 G», «Erstatning til barn ved tap av forsørger 1-6,50 G», «Erstatning for
 *   begravelseskostnader 0,50 G», «Erstatning til ektefelle/samboer ved dødsfall … 15,00 G»): the
 *   item's `cover`, or the row its description starts with. With --policy, the row's sum in G
 *   there (its upper end for a range) caps the award; without one, the schedule is not known.
 * - No deductible: the items are the awards, in G.
 */
import { InputError } from '../../core/errors.js';
import { formatKr, formatRateNo, ore, type Decimal } from '../../core/money.js';
import { formatDateNo, parseNumberValue } from '../../core/norsk.js';
import { lookup } from '../../params/tables.js';
import { C } from '../clauses.js';
import { badFact, claimError, missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger, neg } from '../ledger.js';
import type { Claim, Item, SettleContext, Settlement, YrkesskadeCover } from '../types.js';

export function settleYrkesskade(claim: Claim, ctx: SettleContext): Settlement {
  const l = new Ledger();
  const notes: string[] = [];
  let g: Decimal;
  if (ctx.gFromPolicy) {
    const p = ctx.policy;
    if (p === undefined) throw new InputError('--g-from-policy needs --policy FILE (the schedule that states G)');
    if (p.base_amount_g === undefined || p.base_amount_g === null) {
      throw new InputError('the policy states no G (base_amount_g); leave out --g-from-policy to use the G table', { file: ctx.policyFile, field: 'base_amount_g' });
    }
    try {
      g = parseNumberValue(p.base_amount_g);
    } catch (e) {
      throw e instanceof InputError ? new InputError(e.detail, { file: ctx.policyFile, field: 'base_amount_g' }) : e;
    }
    l.note(`G = ${formatKr(g)}, grunnbeløpet polisen oppgir («for tiden»)`, C.YRKESSKADE_SCHEDULE);
  } else {
    const at = claim.settlement_date ?? claim.date;
    if (claim.settlement_date !== undefined && claim.settlement_date < claim.date) {
      throw badFact(claim, undefined, 'settlement_date', `${claim.settlement_date} is before the loss date ${claim.date}`);
    }
    try {
      const found = lookup(ctx.tables.g, at, 'G (grunnbeløpet)');
      g = found.value;
      l.note(`G per ${formatDateNo(at)} = ${formatKr(g)}, gjeldende fra ${formatDateNo(found.from)} (${found.source})`, C.YRKESSKADE_G);
    } catch (e) {
      if (e instanceof InputError) throw claimError(claim.id, claim.source, undefined, claim.settlement_date !== undefined ? 'settlement_date' : 'date', e.detail);
      throw e;
    }
    if (claim.settlement_date === undefined) {
      notes.push(`Ingen oppgjørsdato (settlement_date): G på skadedatoen ${formatDateNo(claim.date)} er brukt; forskriften § 1-3 bruker G på oppgjørstidspunktet.`);
    }
  }
  for (const item of claim.items) {
    if (item.g === undefined) throw missingFact(claim, item, 'g', 'the award as a multiple of G (e.g. 4.5 for Ménerstatning 4,50 G)');
    const row = rowOf(item);
    const clause = row === undefined ? C.YRKESSKADE_SCHEDULE : `${C.YRKESSKADE_SCHEDULE}, ${ROWS[row]}`;
    const added = l.add(`${item.description}: ${formatRateNo(item.g)} G × ${formatKr(g)}`, clause, item.g.times(g));
    const most = row === undefined ? undefined : policyRowMax(ctx, row);
    if (most !== undefined && item.g.greaterThan(most)) {
      l.add(`${item.description}: høyst ${formatRateNo(most)} G etter forsikringsbeviset (${formatKr(most.times(g))})`, clause, neg(added.minus(ore(most.times(g)))));
    }
  }
  return finish(claim, l, undefined, notes);
}

/** The schedule's rows (gjensidige-personal-yrkesskade-2024.txt, «Lovbestemt yrkesskade»). */
const ROWS: Readonly<Record<YrkesskadeCover, string>> = {
  menerstatning: 'Ménerstatning med aldersregulering',
  tap_i_fremtidig_erverv: 'Tap i fremtidig erverv',
  barn: 'Erstatning til barn ved tap av forsørger',
  begravelse: 'Erstatning for begravelseskostnader',
  ektefelle: 'Erstatning til ektefelle/samboer ved dødsfall',
};

/** How a description starts that names a row (the row's name, or its key words). */
const ROW_STARTS: readonly [string, YrkesskadeCover][] = [
  ['ménerstatning', 'menerstatning'],
  ['menerstatning', 'menerstatning'],
  ['tap i fremtidig erverv', 'tap_i_fremtidig_erverv'],
  ['erstatning til barn', 'barn'],
  ['barn', 'barn'],
  ['erstatning for begravelseskostnader', 'begravelse'],
  ['begravelse', 'begravelse'],
  ['erstatning til ektefelle', 'ektefelle'],
  ['ektefelle', 'ektefelle'],
];

/** The row an award falls under: its `cover`, or the row its description starts with. */
function rowOf(item: Item): YrkesskadeCover | undefined {
  if (item.cover !== undefined) return item.cover;
  const d = item.description.toLowerCase();
  for (const [start, row] of ROW_STARTS) if (d.startsWith(start)) return row;
  return undefined;
}

/** The row's sum in G in the policy (the upper end of a range), when a policy gives it. */
function policyRowMax(ctx: SettleContext, row: YrkesskadeCover): Decimal | undefined {
  const name = ROWS[row].toLowerCase();
  for (const c of ctx.policy?.coverages ?? []) {
    if (!c.product.toLowerCase().includes('yrkesskade')) continue;
    for (const it of c.items ?? []) {
      if (!it.name.toLowerCase().startsWith(name)) continue;
      const sum = it.sum;
      if (sum !== null && typeof sum === 'object') {
        const v = 'g' in sum ? sum.g : 'g_max' in sum ? sum.g_max : undefined;
        if (v !== undefined) return parseNumberValue(v);
      }
    }
  }
  return undefined;
}
