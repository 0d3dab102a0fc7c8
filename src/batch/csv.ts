/**
 * Claims from CSV (settle --batch): one row per ITEM, the claim's columns repeated on each of its
 * rows; consecutive rows with the same `id` are one claim.
 *
 * The header names the fields (any case, spaces around trimmed; `,` or `;` between cells):
 * - claim fields by their names: `id`, `product`, `date`, `coverage`, `deductible`,
 *   `sum_insured`, `price_increase`, … (docs/settle.md); nested ones with a dot: `rent_loss.months`;
 * - item fields by their plain names (`description`, `category`, `new_price`, `age_years`, …),
 *   or with the prefix `item_` (`item_description`), which is needed only where a name is both a
 *   claim and an item field of the product (behandling's item `date`: `item_date`);
 * - a plain name is a claim field when the row's product has it on the claim, else an item field
 *   when its items have it; a name neither knows is passed on as a claim field, so the claim's
 *   error names it — but only when its cell is not empty (a file may carry columns of several
 *   products).
 *
 * An empty cell is a field left out. The claim's values are taken from its first row; its other
 * rows may repeat them or leave them empty, and a different value is an error. A row whose item
 * cells are all empty adds no item (driftstap has none). A row without an `id` is a claim of its
 * own (and an error: a batch needs ids).
 */
import { InputError } from '../core/errors.js';
import { SCHEMA, type Product } from '../settle/index.js';

export interface CsvLayout {
  delimiter: string;
  /** Column names as the header gives them, trimmed and lower-cased. */
  columns: string[];
  idColumn: number;
  productColumn: number;
}

export interface CsvRow {
  fields: string[];
  line: number;
  /** Lines the row spans (a quoted cell may hold line breaks); 1 when not given. */
  lines?: number;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The layout of a CSV batch from its header row; refuses a header it cannot work with. */
export function csvLayout(header: string[], delimiter: string, file: string): CsvLayout {
  const columns = header.map((h) => h.trim().toLowerCase());
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    const where = { file, line: 1, field: `column ${i + 1}` };
    if (c === '') throw new InputError('the header has an empty column name', where);
    const bare = c.startsWith('item_') ? c.slice(5) : c;
    if (c.split('.').some((p) => FORBIDDEN.has(p)) || FORBIDDEN.has(bare)) throw new InputError(`column name "${c}" is not allowed`, where);
    if (seen.has(c)) throw new InputError(`column "${c}" appears twice in the header`, where);
    seen.add(c);
  });
  const idColumn = columns.indexOf('id');
  if (idColumn < 0) throw new InputError(`the header has no id column (found: ${columns.join(', ')}); a batch names each claim by its id, and the rows of one claim share it`, { file, line: 1 });
  return { delimiter, columns, idColumn, productColumn: columns.indexOf('product') };
}

type Target = { kind: 'claim'; key: string } | { kind: 'item'; key: string } | { kind: 'nested'; key: string; sub: string };

const plans = new WeakMap<CsvLayout, Map<string, Target[]>>();

/** Where each column goes for a claim of `product` (a product the schema does not know: as for none). */
function planFor(layout: CsvLayout, product: string): Target[] {
  let byProduct = plans.get(layout);
  if (!byProduct) plans.set(layout, (byProduct = new Map()));
  const hit = byProduct.get(product);
  if (hit) return hit;
  const schema = (SCHEMA as Record<string, (typeof SCHEMA)[Product] | undefined>)[product];
  const plan = layout.columns.map((c): Target => {
    if (c.startsWith('item_')) return { kind: 'item', key: c.slice(5) };
    const dot = c.indexOf('.');
    if (dot > 0) return { kind: 'nested', key: c.slice(0, dot), sub: c.slice(dot + 1) };
    if (schema && schema.claim[c] === undefined && schema.item !== null && schema.item[c] !== undefined) return { kind: 'item', key: c };
    if (!schema && c === 'description') return { kind: 'item', key: c };
    return { kind: 'claim', key: c };
  });
  byProduct.set(product, plan);
  return plan;
}

/** Group consecutive rows with the same (non-empty) id. */
export function groupRows(rows: CsvRow[], layout: CsvLayout): CsvRow[][] {
  const groups: CsvRow[][] = [];
  let current: CsvRow[] | null = null;
  let currentId = '';
  for (const row of rows) {
    const id = (row.fields[layout.idColumn] ?? '').trim();
    if (current !== null && id !== '' && id === currentId) current.push(row);
    else {
      current = [row];
      currentId = id;
      groups.push(current);
    }
  }
  return groups;
}

/** The id of a claim's rows, or null when its first row has none. */
export function groupId(rows: CsvRow[], layout: CsvLayout): string | null {
  const id = (rows[0]!.fields[layout.idColumn] ?? '').trim();
  return id === '' ? null : id;
}

/**
 * The raw claim (as YAML/JSON would give it) of one group of rows; an InputError placed at the
 * row and column when the rows contradict each other.
 */
export function claimFromRows(rows: CsvRow[], layout: CsvLayout): Record<string, unknown> {
  const first = rows[0]!;
  const product = layout.productColumn >= 0 ? (first.fields[layout.productColumn] ?? '').trim().toLowerCase() : '';
  const plan = planFor(layout, product);
  const claim: Record<string, unknown> = {};
  const from: Record<string, number> = {};
  const items: Record<string, string>[] = [];
  const width = layout.columns.length;
  for (const row of rows) {
    if (row.fields.length !== width) {
      throw new InputError(`${row.fields.length} cells, the header has ${width}`, { line: row.line });
    }
    let item: Record<string, string> | null = null;
    for (let i = 0; i < width; i++) {
      const v = row.fields[i]!;
      if (v === '' || (v.charCodeAt(0) <= 32 && v.trim() === '')) continue;
      const t = plan[i]!;
      if (t.kind === 'item') {
        (item ??= {})[t.key] = v;
        continue;
      }
      const name = layout.columns[i]!;
      const prev = from[name];
      if (prev === undefined) {
        from[name] = row.line;
        if (t.kind === 'claim') claim[t.key] = v;
        else {
          const o = (claim[t.key] ??= {}) as Record<string, string>;
          if (typeof o !== 'object') throw new InputError(`column ${name}: ${t.key} is given both as a value and as ${t.key}.…`, { line: row.line });
          o[t.sub] = v;
        }
      } else {
        const was = t.kind === 'claim' ? claim[t.key] : (claim[t.key] as Record<string, string>)[t.sub];
        if (typeof was === 'string' && was.trim() !== v.trim()) {
          throw new InputError(`column ${name}: "${v}" differs from "${was}" on line ${prev}, the claim's first row (a claim's columns must repeat or be empty)`, { line: row.line });
        }
      }
    }
    if (item !== null) items.push(item);
  }
  if (items.length > 0) claim.items = items;
  return claim;
}
