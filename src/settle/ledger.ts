/**
 * The steps of a settlement as a ledger: each step adds its (øre-rounded) amount to the running
 * total, so the statement adds up by construction — the payout is the sum of the steps.
 * The common closing steps live here: the deductible (once per claim) and the sum-insured cap.
 */
import { Decimal, ZERO, formatKr, ore, percentOf } from '../core/money.js';
import type { Step } from './types.js';

/** p/100 for the whole percents 0–100, made once: a percentage is then one multiplication. */
const FRACTIONS: readonly Decimal[] = Array.from({ length: 101 }, (_, p) => new Decimal(p).dividedBy(100));

/** `amount × percent %` rounded to øre (half up) — `percentOf` of core/money, without a division. */
export function pct(amount: Decimal, percent: number): Decimal {
  const f = FRACTIONS[percent];
  return f !== undefined ? ore(amount.times(f)) : percentOf(amount, percent);
}

/** −x, never −0. */
export function neg(x: Decimal): Decimal {
  return x.isZero() ? ZERO : x.negated();
}

export class Ledger {
  readonly steps: Step[] = [];
  total: Decimal = ZERO;

  /** A step that changes the total by `amount` (rounded to øre here, where it is produced). */
  add(rule: string, clause: string, amount: Decimal): Decimal {
    // rounded to øre where it is produced; amounts that already are (inputs, earlier figures) pass
    const a = amount.isZero() ? ZERO : amount.decimalPlaces() <= 2 ? amount : ore(amount);
    this.steps.push({ rule, clause, amount: a });
    if (!a.isZero()) this.total = this.total.plus(a);
    return a;
  }

  /** A step that records a decision without changing the total (amount 0). */
  note(rule: string, clause: string): void {
    this.steps.push({ rule, clause, amount: ZERO });
  }

  /**
   * The deductible, once: it takes off at most what there is (a payout is never negative).
   * `label` names it («Egenandel», «Egenandel (maskinskade, 145 000 km)» …).
   */
  deduct(deductible: Decimal, clause: string, label = 'Egenandel'): void {
    if (deductible.greaterThan(this.total)) {
      this.add(`${label}, høyere enn erstatningen: trukket med det erstatningen utgjør`, clause, neg(this.total));
    } else {
      this.add(label, clause, neg(deductible));
    }
  }

  /** Cap the total at the sum insured (or another limit). */
  cap(limit: Decimal, clause: string, label = 'Begrenset til forsikringssummen'): void {
    if (this.total.greaterThan(limit)) this.add(`${label} ${formatKr(limit)}`, clause, neg(this.total.minus(limit)));
  }
}
