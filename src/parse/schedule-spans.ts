/**
 * A broker's staff table whose product cell is written once and spans the sub-rows of its items:
 *
 *   Produkt        Dekning                     Forsikringssum
 *   Gruppeliv      Dødsfall                    10 G
 *                  Barnetillegg per barn       1 G
 *   Yrkesskade     Ménerstatning               Etter lov
 *                  Død, tillegg                5 G
 *
 * Each product is one coverage, its rows its items (the «Dekning» cell the item's name, the sum a G
 * sum or a sum the law or the case sets: individual). Rows are held while the table goes on; a
 * table without such a sub-row gives its rows as coverages, as it did.
 * Only a table of a name, a «Dekning» and a sum column (no place or deductible: an item has neither).
 * A premium column is the product's price: on the product's row it is the product's premium, and a
 * sub-row with a figure in it is no item (an item has no premium of its own):
 *
 *   Produkt       Ytelse                 Sum     Premie 2026
 *   Yrkesskade    Ménerstatning          4,5 G   NOK 61 230,-
 *                 Erstatning ved død     15 G
 */
import type { Coverage, CoverageItem, SumValue } from '../model/policy.js';
import { isGCell, readSum } from './amounts.js';
import type { Reading } from './extract.js';
import { withoutKroner } from './g-items.js';
import type { Table } from './schedule-overview.js';
import { BY_LAW } from './schedule-names.js';
import type { Unit } from './units.js';

type Push = (c: Coverage, u: Unit, items?: Unit[]) => void;

/** A row held: its product («undefined» for a sub-row, of the product above), its item, and the coverage it is when no row spans. */
interface Held {
  unit: Unit;
  product: string | undefined;
  item: CoverageItem;
  coverage: Coverage | undefined;
}

/** The rows of one table held while it goes on. */
export interface Spans {
  table: Table;
  rows: Held[];
}

/** A table of names, «Dekning» and sums only: its rows may be items of a product that spans them. */
function spanTable(table: Table): boolean {
  const roles = table.roles;
  return roles.includes('product') && roles.includes('coverage') && roles.includes('sum') && !roles.some((x) => x === 'object' || x === 'deductible');
}

/** A person item's sum in a cell: a G sum, «Individuelt», «Etter lov» (individually assessed); undefined for any other. */
function personSum(cell: string): SumValue | undefined {
  const c = cell.trim();
  if (c === '') return undefined;
  if (BY_LAW.test(c)) return { individual: true };
  const v = withoutKroner(c);
  return isGCell(v) ? readSum(v) : undefined;
}

/** The row's product cell, item name and sum under the table's columns, or undefined when it is no such row. */
function rowParts(table: Table, u: Unit): { product: string; name: string; sum: SumValue } | undefined {
  if (!u.row || u.cells.length > table.roles.length) return undefined;
  const cell = (i: number): string => (u.cells[i] ?? '').trim();
  // (a cell in a column of no role: not a row of this kind)
  if (u.cells.some((c, i) => c.trim() !== '' && table.roles[i] === undefined)) return undefined;
  const name = cell(table.roles.indexOf('coverage'));
  const sum = personSum(cell(table.roles.indexOf('sum')));
  const product = cell(table.roles.indexOf('product'));
  // (a sub-row with a price of its own is no item: an item has no premium)
  const priced = table.roles.includes('premium') && cell(table.roles.indexOf('premium')) !== '';
  if (product === '' && priced) return undefined;
  return name === '' || sum === undefined ? undefined : { product, name, sum };
}

/** Whether `u` goes on with the held rows: a row of their table, a product's or a sub-row. */
export function continuesSpans(spans: Spans, open: Table | undefined, u: Unit): boolean {
  return open === spans.table && rowParts(spans.table, u) !== undefined;
}

/**
 * Holds a row that names its product and an item with a person sum (`c`, the coverage the row is
 * read as), in a table of the kind; false when the row is not held (and is pushed as it was).
 */
export function holdRow(spans: Spans | undefined, table: Table, u: Unit, c: Coverage): Spans | undefined {
  if (!spanTable(table)) return undefined;
  const parts = rowParts(table, u);
  if (parts === undefined || parts.product === '' || parts.product !== c.product) return undefined;
  const held = spans?.table === table ? spans : { table, rows: [] };
  held.rows.push({ unit: u, product: parts.product, item: { name: parts.name, sum: parts.sum }, coverage: c });
  return held;
}

/** Holds a sub-row (its product cell empty) under a held product's row; false for any other row. */
export function holdSubRow(r: Reading, spans: Spans | undefined, open: Table | undefined, u: Unit): boolean {
  if (spans === undefined || open !== spans.table || spans.rows.length === 0) return false;
  const parts = rowParts(spans.table, u);
  if (parts === undefined || parts.product !== '') return false;
  spans.rows.push({ unit: u, product: undefined, item: { name: parts.name, sum: parts.sum }, coverage: undefined });
  r.used.add(u);
  return true;
}

/** The held rows pushed: one coverage per product with its items where a product spans sub-rows, else each row as read. */
export function flushSpans(spans: Spans, push: Push): void {
  if (!spans.rows.some((h) => h.product === undefined)) {
    for (const h of spans.rows) push(h.coverage!, h.unit);
    return;
  }
  let at = 0;
  while (at < spans.rows.length) {
    const first = spans.rows[at]!;
    let end = at + 1;
    while (end < spans.rows.length && spans.rows[end]!.product === undefined) end++;
    const rows = spans.rows.slice(at, end);
    const premium = first.coverage?.premium;
    push({ product: first.product!, index_class: 'none', ...(premium !== undefined ? { premium } : {}), items: rows.map((h) => h.item) }, first.unit, rows.map((h) => h.unit));
    at = end;
  }
}
