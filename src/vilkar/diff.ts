/**
 * What changed between two terms files: every value of the conditions whose number, flag or date
 * differs, or that one of them has and the other has not — for `renewal` when the old and the new
 * policy name different terms. Rows of tables are matched by their key (an age table's category,
 * an odometer band's start), so a renumbered table is no change; a clause that moved without its
 * value changing is not reported.
 */
import type { Terms } from './types.js';

export interface TermsChange {
  /** Where the value is: `eiendeler.age_deduction.it.percent`. */
  path: string;
  /** The value as the terms write it (decimal string, number, boolean, date; lists joined by «, »); null when absent. */
  old: string | null;
  new: string | null;
  /** The clause of the new value (of the old when the new terms do not have it). */
  clause: string;
}

interface Leaf {
  value: string;
  clause: string;
}

const ROW_KEYS = ['key', 'coverage', 'from_km'] as const;
const META = new Set(['clause', 'document', 'label', 'words', ...ROW_KEYS]);

/** Every value of the products, by path, with its clause. */
function leaves(t: Terms): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const visit = (v: unknown, path: string, clause: string) => {
    if (v === null || typeof v !== 'object') {
      out.set(path, { value: String(v), clause });
      return;
    }
    if (Array.isArray(v)) {
      if (v.every((x) => x === null || typeof x !== 'object')) {
        out.set(path, { value: v.join(', '), clause });
        return;
      }
      for (const row of v as Array<Record<string, unknown>>) {
        const id = ROW_KEYS.map((k) => row[k]).find((x) => x !== undefined);
        visit(row, `${path}.${String(id)}`, clause);
      }
      return;
    }
    const o = v as Record<string, unknown>;
    const here = typeof o.clause === 'string' ? o.clause : clause;
    if ('value' in o) {
      visit(o.value, path, here);
      return;
    }
    for (const [k, x] of Object.entries(o)) {
      if (META.has(k)) continue;
      visit(x, k === 'rows' ? path : `${path}.${k}`, here);
    }
  };
  for (const [product, section] of Object.entries(t.products)) visit(section, product, '');
  return out;
}

export function diffTerms(before: Terms, after: Terms): TermsChange[] {
  const a = leaves(before);
  const b = leaves(after);
  const changes: TermsChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path);
    const y = b.get(path);
    if (x?.value === y?.value) continue;
    changes.push({ path, old: x?.value ?? null, new: y?.value ?? null, clause: (y ?? x)!.clause });
  }
  return changes.sort((p, q) => (p.path < q.path ? -1 : p.path > q.path ? 1 : 0));
}
