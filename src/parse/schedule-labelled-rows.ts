/**
 * An overview's rows with no header row, each figure labelled in its own cell:
 *
 *   Forsikringsoversikt
 *     Hus     Stasjonsvegen 5, 2770 Jaren   Fullverdi      eg.andel kr 7 500   kr 8 664
 *     Innbo   Stasjonsvegen 5, 2770 Jaren   kr 1 000 000   eg.andel kr 5 000   kr 2 712
 *     Reise   -                             -              eg.andel kr 0       kr 1 490
 *   Sum å betale for året: kr 12 866
 *
 *     Villa Topp   Bjørkelia 22, 1930 Aurskog   Fullverdi      egenandel  8 000 kr   pris 12 960 kr/år
 *     Bil Kasko    EL 48213 Tesla Model Y                      egenandel 10 000 kr   pris  9 870 kr/år
 *
 * The product is the row's first cell (a product the index-class table knows), the object a cell with an address and
 * postcode or a registration number, a cover level a cell of its own. Each figure is placed by its own label
 * («egenandel», «eg.andel», «pris», «premie», «sum» …), or by its column: the rows' figures are aligned from the right,
 * and a column where a row has a labelled figure or a «Fullverdi» (a sum's place, no sum) is that figure's column in
 * every row. A bare amount no label or column places is read only where it is the one place left in its row:
 *
 * - the first figure of a row whose sum no other figure states («Innbo  Storgata 1, 0101 Oslo  kr 800 000  egenandel
 *   kr 4 000  pris kr 2 100»: the amount right after the name is its sum, as a line of labelled figures has it);
 * - the last figure, when the row's sum and deductible are placed, and the document's total under the rows («Sum å
 *   betale for året: kr 12 866») is what the rows' premiums add up to — checked, not assumed.
 *
 * Any other bare amount is left out, and its row warned. Read on rows no reader before took; a block with no labelled
 * figure at all is other readers' (a table whose header is elsewhere).
 */
import type { Coverage } from '../model/policy.js';
import { AMOUNT_SOURCE, readAmount } from './amounts.js';
import type { Reading } from './extract.js';
import { namesProduct, rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';
import { columnOf, ordered, POSTCODE_PLACE } from './schedule-names.js';
import { quote, type Unit } from './units.js';
import { isTotal } from './unread.js';
import { COVER_LEVEL_SET, PLATE_IN_TEXT } from './vocabulary.js';

type Role = 'sum' | 'deductible' | 'premium';

interface Slot {
  /** The role its own label gives it («eg.andel kr 7 500»), or «Fullverdi» (sum). */
  role?: Role;
  value?: string;
  full?: true;
  /** «-»: an empty cell. */
  empty?: true;
  text: string;
}

interface Row {
  unit: Unit;
  product: string;
  object?: string;
  coverage?: string;
  /** The figures, in their order. */
  slots: Slot[];
}

const AMOUNT_CELL = new RegExp(String.raw`^(${AMOUNT_SOURCE})(?:\s*(?:/år|per år|pr\.? år|i året))?$`, 'i');
const LABELLED_CELL = new RegExp(String.raw`^([A-Za-zÆØÅæøå][a-zæøå.]*(?:\s(?!kr\b|nok\b)[a-zæøå.]+){0,2})\s*:?\s*(${AMOUNT_SOURCE})(?:\s*(?:/år|per år|pr\.? år|i året))?$`, 'i');
const DASH = /^[-–—]$/;
const HAS_DIGIT = /\d/;
const FULL_VALUE = /^fullverdi$/i;
/** A label alone in its cell, its amount in the next («egenandel» | «8 000 kr», two spaces apart). */
const LABEL_ONLY = /^[A-Za-zÆØÅæøå][a-zæøå.]*(?:\s[a-zæøå.]+){0,2}:?$/;
const ANY_AMOUNT = new RegExp(AMOUNT_SOURCE, 'gi');

/** The figure's role a label names (the vocabulary's column names: «egenandel», «eg.andel», «pris», «premie», «sum»). */
function roleOf(label: string): Role | undefined {
  const col = columnOf(label.replace(/:$/, '').trim());
  return col === 'sum' || col === 'deductible' || col === 'premium' ? col : undefined;
}

/** A figure's cell as a slot; undefined for a cell that is no figure. */
function slotOf(cell: string): Slot | undefined {
  if (DASH.test(cell)) return { empty: true, text: cell };
  if (FULL_VALUE.test(cell)) return { role: 'sum', full: true, text: cell };
  // (both patterns below end in an amount, and every amount has a digit: a cell of words is no figure, and their long
  // case-insensitive patterns are neither compiled nor run for it)
  if (!HAS_DIGIT.test(cell)) return undefined;
  const bare = AMOUNT_CELL.exec(cell);
  if (bare) {
    const value = readAmount(bare[1]!);
    return value === undefined ? undefined : { value, text: cell };
  }
  const l = LABELLED_CELL.exec(cell);
  const role = l ? roleOf(l[1]!) : undefined;
  const value = l ? readAmount(l[2]!) : undefined;
  return role !== undefined && value !== undefined ? { role, value, text: cell } : undefined;
}

/** A row of this shape: a product, its text cells (object, cover level), then figure cells only; undefined otherwise. */
function rowOf(u: Unit): Row | undefined {
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  // («Veterinærforsikring   forsikringsbeløp 60 000 kr per år» in a letter's summary of the insurance: a product and one
  // figure that carries its own label is a row too — a bare figure beside a name alone is a field's value, not placed here)
  const lone = cells.length === 2 ? slotOf(cells[1]!) : undefined;
  if (cells.length < 3 && !(lone?.role !== undefined && !lone.full)) return undefined;
  const product = cells[0]!;
  if (!namesProduct(product) || /\d/.test(product)) return undefined;
  const row: Row = { unit: u, product, slots: [] };
  for (let i = 1; i < cells.length; i++) {
    const cell = cells[i]!;
    // («egenandel» | «8 000 kr»: a label cut from its amount by the layout's spaces)
    if (LABEL_ONLY.test(cell) && roleOf(cell) !== undefined && i + 1 < cells.length && AMOUNT_CELL.test(cells[i + 1]!)) {
      const s = slotOf(`${cell} ${cells[i + 1]!}`);
      if (s === undefined) return undefined;
      row.slots.push(s);
      i++;
      continue;
    }
    const s = slotOf(cell);
    if (s !== undefined) {
      row.slots.push(s);
      continue;
    }
    // text cells come before the figures: the object (an address with a postcode, a registration number) or a cover level
    if (row.slots.some((x) => !x.empty)) return undefined;
    if (POSTCODE_PLACE.test(cell) && row.object === undefined) row.object = cell;
    else if (PLATE_IN_TEXT.test(cell) && row.object === undefined) row.object = cell;
    else if (COVER_LEVEL_SET.has(lowerCase(cell)) && row.coverage === undefined) row.coverage = cell;
    else return undefined;
  }
  // (leading dashes stand in text columns: «Reise  -  -  eg.andel kr 0  kr 1 490»)
  return row.slots.some((s) => !s.empty) ? row : undefined;
}

/** The total a line under the block states (`isTotal`: «Sum å betale for året: kr 12 866», «Totalt: kr …»): its amount. */
function totalUnder(r: Reading, last: Unit): string | undefined {
  const at = r.units.indexOf(last);
  for (let i = at + 1; i < Math.min(r.units.length, at + 4); i++) {
    const u = r.units[i]!;
    if (!isTotal(u.text)) continue;
    const amounts = u.text.match(ANY_AMOUNT) ?? [];
    return amounts.length === 1 ? readAmount(amounts[0]!) : undefined;
  }
  return undefined;
}

/** Read the blocks of such rows (see the module comment) that no reader before took. */
export function readLabelledRows(r: Reading, coverages: readonly Coverage[], push: (c: Coverage, u: Unit) => void): void {
  let block: Row[] = [];
  const done = new Set(coverages.map((c) => lowerCase(c.product)));
  const end = (): void => {
    if (block.length > 0) readBlock(r, block, done, push);
    block = [];
  };
  for (const u of r.units) {
    const row = u.row && !r.used.has(u) ? rowOf(u) : undefined;
    if (row === undefined) {
      end();
      continue;
    }
    block.push(row);
  }
  end();
}

function readBlock(r: Reading, rows: Row[], done: ReadonlySet<string>, push: (c: Coverage, u: Unit) => void): void {
  // (a block with no labelled figure is a table whose header is elsewhere: other readers')
  if (!rows.some((x) => x.slots.some((s) => s.role !== undefined && !s.full))) return;
  if (rows.some((x) => done.has(lowerCase(x.product)))) return;
  // the columns, counted from the right: the role a labelled figure or a «Fullverdi» gives its column
  const columns = new Map<number, Role>();
  for (const row of rows) {
    row.slots.forEach((s, i) => {
      if (s.role === undefined) return;
      const k = row.slots.length - 1 - i;
      const had = columns.get(k);
      columns.set(k, had === undefined || had === s.role ? s.role : ('conflict' as Role));
    });
  }
  if ([...columns.values()].some((v) => (v as string) === 'conflict')) return;
  const placed = rows.map((row) => {
    const roles = new Map<Role, string | undefined>();
    const unplaced: number[] = [];
    row.slots.forEach((s, i) => {
      // («-» in the sum's column: the row states no sum — that place is taken, by nothing)
      if (s.empty) {
        const role = columns.get(row.slots.length - 1 - i);
        if (role !== undefined && !roles.has(role)) roles.set(role, undefined);
        return;
      }
      const role = s.role ?? columns.get(row.slots.length - 1 - i);
      if (role === undefined) unplaced.push(i);
      else if (roles.has(role)) unplaced.push(i);
      else roles.set(role, s.full ? undefined : s.value);
    });
    return { row, roles, unplaced };
  });
  // the one place left in a row: its first figure as the sum, its last as the premium (checked against the total)
  const lastPremiums: Array<{ p: (typeof placed)[number]; i: number }> = [];
  for (const p of placed) {
    if (p.unplaced.length !== 1) continue;
    const i = p.unplaced[0]!;
    const left = (['sum', 'deductible', 'premium'] as const).filter((x) => !p.roles.has(x));
    const firstFigure = p.row.slots.findIndex((s) => !s.empty);
    if (i === firstFigure && !p.roles.has('sum') && p.roles.size >= 1 && [...p.roles.keys()].every((x) => x !== 'sum')) {
      p.roles.set('sum', p.row.slots[i]!.value);
      p.unplaced = [];
    } else if (i === p.row.slots.length - 1 && left.length === 1 && left[0] === 'premium') lastPremiums.push({ p, i });
  }
  if (lastPremiums.length > 0) {
    const premiums = placed.map((p) => p.roles.get('premium') ?? (lastPremiums.find((l) => l.p === p) ? p.row.slots[p.row.slots.length - 1]!.value : undefined));
    const total = totalUnder(r, rows[rows.length - 1]!.unit);
    const sum = premiums.every((x) => x !== undefined) ? premiums.reduce((a, b) => a + Number(b), 0) : undefined;
    if (total !== undefined && sum !== undefined && String(sum) === total) {
      for (const { p, i } of lastPremiums) {
        p.roles.set('premium', p.row.slots[i]!.value);
        p.unplaced = [];
      }
    }
  }
  for (const { row, roles, unplaced } of placed) {
    for (const i of unplaced) {
      r.warnUnit(row.unit, `could not tell whether ${quote(row.slots[i]!.text)} in the row ${quote(row.unit.text)} is a sum, a deductible or a premium: no label or column names it; not read`);
    }
    const c: Coverage = { product: row.product };
    if (row.object !== undefined) c.object = row.object;
    if (row.coverage !== undefined) c.coverage = row.coverage;
    c.index_class = rowIndexClass(row.product).index_class;
    for (const role of ['sum', 'deductible', 'premium'] as const) {
      const v = roles.get(role);
      if (v !== undefined) c[role] = v;
    }
    if (row.slots.some((s) => s.full) && c.sum === undefined) c.note = 'Fullverdi';
    if (c.sum === undefined && c.deductible === undefined && c.premium === undefined) continue;
    push(ordered(c), row.unit);
    r.used.add(row.unit);
    // (the changes reader, which runs first, said it could not read a change in it: it is no change)
    r.withdraw(`could not read the deductible change in ${quote(row.unit.text)}`);
  }
}
