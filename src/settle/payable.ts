/**
 * When the payout is paid («When it is paid», docs/settle.md). The conditions hold parts of a
 * compensation back until something has happened by a deadline from the loss date: a building
 * is paid «i takt med reparasjon/gjenoppbygging» and in full only when it is repaired or rebuilt
 * within 5 years (else the fall in market value); a thing of kr 100 000 or more only when it is
 * repaired or replaced within 3 years (else the fall in market value); a price rise on repair or
 * replacement, counted for at most 24 months; archives and data when reconstructed within 24 months.
 *
 * A product lists its pending events — what the claim does not yet say has happened (no
 * `rebuilt_on`, `replaced_on`, `repaired_on` nor yes/no fact) — each with a way to state the
 * claim as if it never happens. The schedule is then exact by construction: what is paid now is
 * the payout of the claim with no pending event happening (what is owed whatever comes), and each
 * event in turn adds what its happening adds. Should an event lower a payout (an old thing's fall
 * in market value above its lifetime compensation), what is owed is the least of the outcomes
 * still possible, so the parts are never negative; they add up to the payout (property tests).
 */
import { ZERO, type Decimal } from '../core/money.js';
import { addMonths, type IsoDate } from '../core/norsk.js';
import { C } from './clauses.js';
import { badFact } from './errors.js';
import type { Claim, Item, Payable, SettleContext, Settlement, When } from './types.js';

export interface Pending {
  when: Exclude<When, 'now'>;
  by: IsoDate;
  clause: string;
  /** «når bygningen er reparert/gjenoppført» — the statement says «Utbetales {what}, senest …». */
  what: string;
  /** The claim as if the event never happens (in time); a new object, the claim is not changed. */
  without(claim: Claim): Claim;
}

export type Rule = (claim: Claim, ctx: SettleContext) => Settlement;

/** The payout split by when it is due (see the module comment). `floorClause`: what the part paid now rests on. */
export function schedule(claim: Claim, ctx: SettleContext, rule: Rule, full: Settlement, pending: Pending[], floorClause: string): Payable[] {
  if (pending.length === 0) return [{ when: 'now', amount: full.payout, clause: C.PAYMENT }];
  // claims[k]: the first k events happen, the others do not (claims[n] is the claim itself)
  const claims: Claim[] = new Array(pending.length + 1);
  claims[pending.length] = claim;
  for (let k = pending.length - 1; k >= 0; k--) claims[k] = pending[k]!.without(claims[k + 1]!);
  // payouts[k] with the first k events happening; what is owed once they have happened, whatever
  // else comes, is the least of the payouts from there on (a rule may pay less on an event than
  // without it: an old thing's fall in market value can exceed its lifetime compensation)
  const payouts: Decimal[] = new Array(pending.length + 1);
  payouts[pending.length] = full.payout;
  for (let k = pending.length - 1; k >= 0; k--) {
    const p = rule(claims[k]!, ctx).payout;
    payouts[k] = p.lessThan(payouts[k + 1]!) ? p : payouts[k + 1]!;
  }
  const out: Payable[] = [{ when: 'now', amount: payouts[0]!, clause: floorClause }];
  for (let k = 0; k < pending.length; k++) {
    const amount = payouts[k + 1]!.minus(payouts[k]!);
    const e = pending[k]!;
    if (!amount.isZero()) out.push({ when: e.when, amount, by: e.by, clause: e.clause, what: e.what });
  }
  return out;
}

/** The deadline `months` after the loss date. */
export function deadline(claim: Claim, months: number): IsoDate {
  return addMonths(claim.date, months);
}

/**
 * Whether a thing happened in time, from a date fact (`on`) or a yes/no fact: true, false, or
 * undefined when the claim does not say (pending). A date after the deadline is «not in time»; a
 * date before the loss date, or a yes/no fact that contradicts the date, is an error.
 */
export function inTime(claim: Claim, item: Item | undefined, on: { field: string; date: IsoDate } | undefined, yesNo: { field: string; value: boolean } | undefined, by: IsoDate): boolean | undefined {
  if (on === undefined) return yesNo?.value;
  if (on.date < claim.date) throw badFact(claim, item, on.field, `${on.date} is before the loss date ${claim.date}`);
  const ok = on.date <= by;
  if (yesNo !== undefined && yesNo.value !== ok) {
    throw badFact(claim, item, yesNo.field, `${yesNo.value} contradicts ${on.field} ${on.date} (the deadline is ${by})`);
  }
  return ok;
}

/** The sum of the parts (for checks). */
export function payableTotal(p: Payable[]): Decimal {
  let t = ZERO;
  for (const x of p) t = t.plus(x.amount);
  return t;
}
