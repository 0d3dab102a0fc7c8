/**
 * The fire sums (brannforsikringssummer) of a policy, for the natural-damage premium: every
 * coverage row whose index class is not `none` (buildings, machines and contents, stock,
 * household contents, other property) and whose sum is in kroner — a first-risk sum counts with
 * its amount. G sums and individually assessed sums are persons, not property.
 */
import { Decimal } from '../core/money.js';
import { rowIndexClass } from '../parse/index-class.js';
import type { Policy } from './policy.js';

export interface PolicyFireSum {
  name: string;
  fireSum: Decimal;
}

export function fireSums(p: Policy): PolicyFireSum[] {
  const out: PolicyFireSum[] = [];
  for (const c of p.coverages ?? []) {
    const cls = c.index_class ?? rowIndexClass(c.product).index_class;
    if (cls === 'none' || c.sum === undefined) continue;
    const amount = typeof c.sum === 'string' ? c.sum : 'first_risk' in c.sum ? c.sum.first_risk : undefined;
    if (amount === undefined) continue;
    out.push({ name: c.object ? `${c.product}, ${c.object}` : c.product, fireSum: new Decimal(amount) });
  }
  return out;
}
