/**
 * Yrkesskade — the Personal schedule (gjensidige-personal-yrkesskade-2024.txt: «Lovbestemt
 * yrkesskade», sums in G) and forskrift om standardisert erstatning etter lov om
 * yrkesskadeforsikring § 1-3: G multiples are turned into kroner with the G in force on the
 * settlement date.
 *
 * - `settlement_date` (oppgjørsdato) chooses the G; without it, the loss `date`, and a note says
 *   so (DESIGN §3).
 * - `--g-from-policy` (ctx.gFromPolicy) uses the schedule's stated G instead (`base_amount_g`,
 *   «G=Folketrygdens grunnbeløp, for tiden kr 118.620»).
 * - No deductible and no sum cap: the items are the awards, in G.
 */
import { InputError } from '../../core/errors.js';
import { formatKr, formatRateNo, type Decimal } from '../../core/money.js';
import { parseNumberValue } from '../../core/norsk.js';
import { lookup } from '../../params/tables.js';
import { C } from '../clauses.js';
import { badFact, claimError, missingFact } from '../errors.js';
import { finish } from '../finish.js';
import { Ledger } from '../ledger.js';
import type { Claim, SettleContext, Settlement } from '../types.js';

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
      l.note(`G per ${at} = ${formatKr(g)}, gjeldende fra ${found.from} (${found.source})`, C.YRKESSKADE_G);
    } catch (e) {
      if (e instanceof InputError) throw claimError(claim.id, claim.source, undefined, claim.settlement_date !== undefined ? 'settlement_date' : 'date', e.detail);
      throw e;
    }
    if (claim.settlement_date === undefined) {
      notes.push(`Ingen oppgjørsdato (settlement_date): G på skadedatoen ${claim.date} er brukt; forskriften § 1-3 bruker G på oppgjørstidspunktet.`);
    }
  }
  for (const item of claim.items) {
    if (item.g === undefined) throw missingFact(claim, item, 'g', 'the award as a multiple of G (e.g. 4.5 for Ménerstatning 4,50 G)');
    l.add(`${item.description}: ${formatRateNo(item.g)} G × ${formatKr(g)}`, C.YRKESSKADE_G, item.g.times(g));
  }
  return finish(claim, l, undefined, notes);
}
