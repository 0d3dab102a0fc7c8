/**
 * Which row of the new schedule is which row of the old one.
 *
 * 1. By name: the same product, coverage and place (Forsikringssted), compared as words
 *    (case, spaces and punctuation aside); a vehicle by its registration number alone, so that
 *    «EL 48213 Tesla Model Y» and «EL48213 Tesla Y» are the same car. When a product has several rows of the same name, the
 *    first row of the old schedule goes with the first of the new, and so on (document order).
 * 2. By product: of the rows left over, a product with exactly one row left in each schedule is
 *    paired, with a note of what differs (a place written differently, a coverage stated in one
 *    year only). With more than one left on either side nothing is guessed.
 * Rows still left are reported as in one schedule only.
 */
import { PLATE_IN_TEXT } from '../parse/vocabulary.js';
import { nameKey } from './names.js';
import type { ScheduleRow } from './rows.js';

/** The place's key: a vehicle's registration number when the place names one, else its words. */
function objectKey(object: string | undefined): string {
  const plate = object === undefined ? null : PLATE_IN_TEXT.exec(object);
  return plate ? plate[1]!.replace(/\s/g, '') : nameKey(object);
}

export interface RowPairs {
  /** Old row index → new row index and how it was found. */
  pairs: Map<number, { j: number; by: 'name' | 'product' }>;
  oldOnly: number[];
  newOnly: number[];
}

function fullKey(r: ScheduleRow): string {
  return [nameKey(r.product), nameKey(r.coverage), objectKey(r.object), r.gItems ? 'g' : 'kr'].join('|');
}

function productKey(r: ScheduleRow): string {
  return `${nameKey(r.product)}|${r.gItems ? 'g' : 'kr'}`;
}

export function matchRows(oldRows: readonly ScheduleRow[], newRows: readonly ScheduleRow[]): RowPairs {
  const pairs = new Map<number, { j: number; by: 'name' | 'product' }>();
  const used = new Set<number>();
  const newKeys = newRows.map(fullKey);
  oldRows.forEach((r, i) => {
    const k = fullKey(r);
    const j = newKeys.findIndex((nk, jj) => nk === k && !used.has(jj));
    if (j >= 0) {
      pairs.set(i, { j, by: 'name' });
      used.add(j);
    }
  });
  const leftOld = new Map<string, number[]>();
  const leftNew = new Map<string, number[]>();
  oldRows.forEach((r, i) => {
    if (!pairs.has(i)) leftOld.set(productKey(r), [...(leftOld.get(productKey(r)) ?? []), i]);
  });
  newRows.forEach((r, j) => {
    if (!used.has(j)) leftNew.set(productKey(r), [...(leftNew.get(productKey(r)) ?? []), j]);
  });
  for (const [k, olds] of leftOld) {
    const news = leftNew.get(k) ?? [];
    if (olds.length === 1 && news.length === 1) {
      pairs.set(olds[0]!, { j: news[0]!, by: 'product' });
      used.add(news[0]!);
    }
  }
  return {
    pairs,
    oldOnly: oldRows.map((_, i) => i).filter((i) => !pairs.has(i)),
    newOnly: newRows.map((_, j) => j).filter((j) => !used.has(j)),
  };
}
