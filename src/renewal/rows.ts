/**
 * The rows of a schedule, as a renewal compares them: every coverage of the policy model with a
 * kroner, first-risk or «Fullverdi» sum (or none) is one row; items of a coverage with kroner sums
 * (`Storgata 1 | kr 8 000 000` under a product heading) are rows of that product with the item as
 * their place; G sums and «Individuelt» (persons) stay together as one G row per coverage.
 */
import { Decimal } from '../core/money.js';
import type { Coverage, CoverageItem, Policy, RowIndexClass, SumValue } from '../model/policy.js';
import { rowIndexClass } from '../parse/index-class.js';

export type SumKind = 'kroner' | 'first_risk' | 'full_value' | 'not_stated';

export interface ScheduleRow {
  /** Where it is in the policy model: `coverages[2]`, `coverages[0].items[1]`. */
  path: string;
  /** For people and reports: «Næringsbygg, Havnegata 12, 5003 Bergen», unique within a schedule. */
  name: string;
  product: string;
  coverage?: string;
  object?: string;
  indexClass: RowIndexClass;
  /** Kroner rows: what the sum is. */
  kind: SumKind;
  amount: Decimal | null;
  deductible?: string;
  premium?: string;
  /** A G row: the items with G, range or individual sums (or none). */
  gItems?: CoverageItem[];
}

function kindOf(sum: SumValue | undefined, note: string | undefined): { kind: SumKind; amount: Decimal | null } | 'g' {
  if (sum === undefined) return { kind: /\bfullverdi\b/i.test(note ?? '') ? 'full_value' : 'not_stated', amount: null };
  if (typeof sum === 'string') return { kind: 'kroner', amount: new Decimal(sum) };
  if ('first_risk' in sum) return { kind: 'first_risk', amount: new Decimal(sum.first_risk) };
  return 'g';
}

export function displayName(product: string, coverage: string | undefined, object: string | undefined): string {
  return `${product}${coverage ? ` (${coverage})` : ''}${object ? `, ${object}` : ''}`;
}

/** The rows of a policy's schedule, in document order. */
export function scheduleRows(p: Policy): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  (p.coverages ?? []).forEach((c: Coverage, i) => {
    const cls = c.index_class ?? rowIndexClass(c.product).index_class;
    const base = { product: c.product, ...(c.coverage !== undefined ? { coverage: c.coverage } : {}) };
    if (c.items === undefined) {
      const k = kindOf(c.sum, c.note);
      if (k === 'g') {
        rows.push({ path: `coverages[${i}]`, name: '', ...base, indexClass: 'none', kind: 'not_stated', amount: null, gItems: [{ name: c.product, sum: c.sum! }] });
        return;
      }
      rows.push({
        path: `coverages[${i}]`,
        name: '',
        ...base,
        ...(c.object !== undefined ? { object: c.object } : {}),
        indexClass: cls,
        ...k,
        ...(c.deductible !== undefined ? { deductible: c.deductible } : {}),
        ...(c.premium !== undefined ? { premium: c.premium } : {}),
      });
      return;
    }
    const gItems: CoverageItem[] = [];
    let gAt = -1;
    c.items.forEach((it, j) => {
      const k = kindOf(it.sum, it.note);
      if (k === 'g' || k.kind === 'not_stated' || k.kind === 'full_value') {
        gItems.push(it);
        if (gAt < 0) gAt = rows.length;
        return;
      }
      rows.push({
        path: `coverages[${i}].items[${j}]`,
        name: '',
        ...base,
        object: it.name,
        indexClass: cls,
        ...k,
        ...(it.deductible !== undefined ? { deductible: it.deductible } : {}),
        ...(it.premium !== undefined ? { premium: it.premium } : {}),
      });
    });
    if (gItems.length > 0) {
      const g: ScheduleRow = { path: `coverages[${i}]`, name: '', ...base, indexClass: 'none', kind: 'not_stated', amount: null, gItems };
      if (c.deductible !== undefined) g.deductible = c.deductible;
      if (c.premium !== undefined) g.premium = c.premium;
      rows.splice(gAt, 0, g);
    }
  });
  // names, unique within the schedule («… (2)» for a second row of the same name)
  const seen = new Map<string, number>();
  for (const r of rows) {
    const n = displayName(r.product, r.coverage, r.object);
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    r.name = k === 1 ? n : `${n} (${k})`;
  }
  return rows;
}
