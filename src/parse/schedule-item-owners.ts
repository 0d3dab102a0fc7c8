/**
 * Whose items are they: a person product's items belong to the product heading right above them, and a row set among a
 * product's item rows is one of them. Two readers may share a page's lines so that the items end up elsewhere:
 *
 * - «Yrkesskadeforsikring (lovpålagt)   Pris per år: 27 140 kr» over its set-in G rows («  Tap i fremtidig erverv   22–30
 *   G»), then «Gruppelivsforsikring   Pris per år: 14 260 kr» over its own: the product lines are read with their premium as
 *   coverages, and the G reader, which no longer sees them as headings, gives every row to the page's title above
 *   («Yrkesskade og personal»). Each item goes to the priced person product read last above it, when no other coverage
 *   stands between them; the title keeps what no product line is over.
 * - «Tannskade etter ulykke   inntil kr 50 000   kr 1 000» and «Kritisk sykdom   kr 300 000   Ingen» among «Medisinsk
 *   invaliditet ved ulykke   15 G   Ingen» and «Dødsfall ved ulykke   3 G   Ingen» (a person product's table of covers, its
 *   sums in G and in kroner): the rows in kroner, read as coverages of the product, are its items as the G rows are.
 */
import type { Coverage, CoverageItem, TracePoint } from '../model/policy.js';
import type { Reading } from './extract.js';
import { readLimit } from './amounts.js';
import { namesPersonProduct } from './g-items.js';
import { lowerCase } from './lower.js';
import { PERSON_COVERAGES } from './vocabulary.js';
import { ordered } from './schedule-names.js';
import { namesBenefit, removeTrace } from './schedule-merge.js';

/** A person product's name by its words («ULYKKESFORSIKRING PRIVAT», «Gruppeliv for bedrifter»), whatever else it says. */
function personWords(name: string): boolean {
  const l = lowerCase(name);
  return !l.includes('reise') && PERSON_COVERAGES.productWords.some((w) => l.includes(w));
}

/** The line a coverage was read from (its first item's, for a coverage of items alone whose name is a title above). */
function lineOf(r: Reading, i: number): TracePoint | undefined {
  return r.trace.get(`coverages[${i}]`);
}

/** A person product's line read with its price alone: no items, sum, object or cover of its own yet. */
function pricedHeading(c: Coverage): boolean {
  return c.premium !== undefined && c.items === undefined && c.sum === undefined && c.object === undefined && c.coverage === undefined && namesPersonProduct(c.product);
}

/**
 * The items of a coverage (a title's) that stand under a priced person product's line read after the title: that
 * product's items, in order; and the title's deductible when its line stands under the same product line too. Only
 * where the product line is the coverage read last above the item (no other row between them), on the same page.
 */
export function itemsToPricedHeadings(r: Reading, coverages: Coverage[]): void {
  for (let i = 0; i < coverages.length; i++) {
    const c = coverages[i]!;
    if (c.items === undefined || c.items.length === 0 || c.premium !== undefined || c.sum !== undefined || c.object !== undefined) continue;
    const own = lineOf(r, i);
    if (own === undefined) continue;
    /** The coverage read last above a line, other than the title itself. */
    const above = (t: TracePoint): number => {
      let best = -1;
      let line = -1;
      coverages.forEach((_, k) => {
        const p = k === i ? undefined : lineOf(r, k);
        if (p === undefined || p.page !== t.page || p.line >= t.line || p.line <= line) return;
        best = k;
        line = p.line;
      });
      return best >= 0 && line > own.line ? best : -1;
    };
    const moves = new Map<number, number[]>();
    c.items.forEach((_, j) => {
      const t = r.trace.get(`coverages[${i}].items[${j}]`);
      const k = t !== undefined && t.page === own.page ? above(t) : -1;
      if (k >= 0 && pricedHeading(coverages[k]!)) moves.set(k, [...(moves.get(k) ?? []), j]);
    });
    if (moves.size === 0) continue;
    const moved = new Set<number>();
    let deductibleMoved = false;
    for (const [k, js] of moves) {
      const to = coverages[k]!;
      const items: CoverageItem[] = [];
      js.forEach((j, n) => {
        items.push(c.items![j]!);
        const t = r.trace.get(`coverages[${i}].items[${j}]`);
        if (t !== undefined) r.trace.set(`coverages[${k}].items[${n}]`, t);
        moved.add(j);
      });
      const next: Coverage = { ...to, items };
      // («Egenandel: Ingen» under the product's rows: its deductible, not the title's)
      const td = r.trace.get(`coverages[${i}].deductible`);
      if (c.deductible !== undefined && next.deductible === undefined && td !== undefined && above(td) === k) {
        next.deductible = c.deductible;
        r.trace.set(`coverages[${k}].deductible`, td);
        deductibleMoved = true;
      }
      coverages[k] = ordered(next);
    }
    // the title's items left to it, their trace moved up
    const left: CoverageItem[] = [];
    const points: Array<TracePoint | undefined> = [];
    c.items.forEach((it, j) => {
      const t = r.trace.get(`coverages[${i}].items[${j}]`);
      r.trace.delete(`coverages[${i}].items[${j}]`);
      if (moved.has(j)) return;
      left.push(it);
      points.push(t);
    });
    points.forEach((t, n) => t !== undefined && r.trace.set(`coverages[${i}].items[${n}]`, t));
    const { items: _items, ...rest } = c;
    if (deductibleMoved) {
      delete rest.deductible;
      r.trace.delete(`coverages[${i}].deductible`);
    }
    if (left.length > 0) coverages[i] = { ...rest, items: left };
    else if (rest.coverage === undefined && rest.deductible === undefined && rest.note === undefined) {
      // (a title with nothing left of its own: it named the page, no cover)
      coverages.splice(i, 1);
      removeTrace(r, i);
      i--;
    } else coverages[i] = rest;
  }
}

/**
 * A coverage of a person product read from a row among that product's item rows (right under one, and over another or
 * naming a benefit): the row is an item too — its cover's name, its sum (a limit «inntil kr 50 000» in its note is
 * the sum) and its deductible. A row with a premium, an object, or of another product, is left as read.
 */
export function rowsAmongItems(r: Reading, coverages: Coverage[]): void {
  for (let j = 0; j < coverages.length; j++) {
    const d = coverages[j]!;
    if (d.coverage === undefined || d.premium !== undefined || d.object !== undefined || d.items !== undefined || !personWords(d.product)) continue;
    const td = lineOf(r, j);
    if (td === undefined) continue;
    const owner = coverages.findIndex((c, i) => {
      if (i === j || c.items === undefined || c.items.length === 0 || lowerCase(c.product) !== lowerCase(d.product) || c.coverage !== undefined) return false;
      const lines = c.items.map((_, k) => r.trace.get(`coverages[${i}].items[${k}]`)).filter((t) => t !== undefined && t.page === td.page).map((t) => t!.line);
      // («Tilleggsdekning   kr 25 000» after a table's rows, over a header of its own, is a cover of its own)
      // (right under an item row, and over another or naming a benefit itself: the rows of one table, none between)
      return lines.length === c.items.length && lines.includes(td.line - 1) && (lines.includes(td.line + 1) || namesBenefit(d.coverage!, false));
    });
    if (owner < 0) continue;
    const sum = d.sum ?? (d.note !== undefined ? readLimit(d.note) : undefined);
    if (sum === undefined) continue;
    const o = coverages[owner]!;
    const item: CoverageItem = { name: d.coverage, sum };
    if (d.deductible !== undefined) item.deductible = d.deductible;
    const items = [...o.items!, item];
    r.trace.set(`coverages[${owner}].items[${items.length - 1}]`, td);
    coverages[owner] = ordered({ ...o, items });
    coverages.splice(j, 1);
    removeTrace(r, j);
    // (start again: a row that was after the last item may now be right after the new last one)
    j = -1;
  }
}
