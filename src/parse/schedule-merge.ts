/**
 * An overview row and the certificate of the same coverage.
 *
 * A schedule that lists its coverages in an overview («Oversikt over forsikringsavtalen»: product,
 * place, price) and details each in a certificate section («Forsikringsbevis – Boligbygg …»: sum,
 * deductible) states one coverage twice. A section's coverage is merged into the overview's row
 * when exactly one row is for the same product (and place, where both state one) and no figure
 * differs; otherwise both stay.
 */
import type { Coverage, TracePoint } from '../model/policy.js';
import type { Reading } from './extract.js';
import { lowerCase } from './lower.js';
import { ordered } from './schedule-names.js';

export function mergeDetails(r: Reading, coverages: Coverage[], sections: ReadonlySet<Coverage>): void {
  const key = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/[^A-Za-zÀ-ÖØ-öø-ÿ0-9]+/g, ' ').trim();
  for (let i = coverages.length - 1; i >= 0; i--) {
    const d = coverages[i]!;
    if (!sections.has(d) || d.items !== undefined || d.sum === undefined) continue;
    // («Arbeidsmaskin - Traktor Kubota M5091» in the overview is the section «Forsikringsbevis Arbeidsmaskin»)
    const rows = coverages.filter(
      (c, j) =>
        j !== i &&
        c.items === undefined &&
        (key(c.product) === key(d.product) || lowerCase(c.product).startsWith(`${lowerCase(d.product)} - `)) &&
        (c.object === undefined || d.object === undefined || key(c.object) === key(d.object)),
    );
    if (rows.length !== 1) continue;
    const row = rows[0]!;
    const fields = ['coverage', 'object', 'sum', 'deductible', 'premium'] as const;
    if (fields.some((k) => row[k] !== undefined && d[k] !== undefined && JSON.stringify(row[k]) !== JSON.stringify(d[k]))) continue;
    for (const k of fields) if (row[k] === undefined && d[k] !== undefined) (row as unknown as Record<string, unknown>)[k] = d[k];
    coverages[coverages.indexOf(row)] = ordered(row);
    coverages.splice(i, 1);
    removeTrace(r, i);
  }
}

/** The trace of coverage `i` removed; that of the coverages after it moves up by one. */
function removeTrace(r: Reading, i: number): void {
  const moved = new Map<string, TracePoint>();
  for (const [path, t] of r.trace) {
    const m = /^coverages\[(\d+)\](.*)$/.exec(path);
    if (!m) continue;
    const n = +m[1]!;
    r.trace.delete(path);
    if (n === i) continue;
    moved.set(`coverages[${n > i ? n - 1 : n}]${m[2]}`, t);
  }
  for (const [path, t] of moved) r.trace.set(path, t);
}
