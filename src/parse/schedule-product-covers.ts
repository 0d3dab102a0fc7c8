/**
 * A private certificate's product sections: a product's heading («1  BILFORSIKRING KASKO», «BÅTFORSIKRING KASKO PLUSS
 * Årspremie NOK 7 845», «BIL KASKO – Toyota RAV4 2021, DR 41872», «REISE FAMILIE – gjelder alle i husstanden»), perhaps
 * the thing's facts under it («Kjøretøy: Tesla Model 3, EB 90412», «Bonus: 70 %»), then a table of the product's covers
 * («Dekning | Forsikringssum | Egenandel» over «Kasko | Markedsverdi | 6 000 kr», «Avbestilling | 60 000 kr | 0 kr»).
 *
 * Insurers write a private product so (Fremtind's, Gjensidige's, Frende's, If's certificates): the covers are the parts
 * of one insurance, each with its limit and its deductible, and the product's price is stated once — under the table
 * («Premie: NOK 9 348 per år»), at the heading's right end («Årspremie NOK 7 845»), or in the overview's row the section
 * details («Bil Kasko | … | Se side 2 | 8 000 kr | 7 456 kr»). Such a table's rows are the product's `items`, never
 * products of their own, and its price line is the product's premium, never a row.
 *
 * A table whose rows each carry a price of their own («Dekning | Forsikringssum | Egenandel | Pris per år», an animal's
 * «Liv – Sykdom og ulykke | kr 160 000 | Ingen | kr 6 240») lists coverages one buys one by one: each row stays a
 * coverage, of the heading's product.
 *
 * Read only where one heading that names a product stands over the table (nearer than any other table, sentence or price)
 * and — for items — the product's price is stated once, or the product was read from an overview's row that has no items:
 * a table of covers with no price anywhere is left as the other readers read it.
 */
import type { Coverage, CoverageItem } from '../model/policy.js';
import type { Reading } from './extract.js';
import { amountsIn, readAmount } from './amounts.js';
import { G_FIGURE_HINT, namesPersonProduct } from './g-items.js';
import { namesProduct, rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';
import { removeTrace } from './schedule-merge.js';
import { ordered, SEE_BELOW } from './schedule-names.js';
import { VEHICLE_LABELS } from './schedule-fields.js';
import { quote, type Unit } from './units.js';
import { COVER_LEVEL_SET, SCHEDULE_COLUMNS, TOTAL_WORDS } from './vocabulary.js';

const columnNames = (col: string): ReadonlySet<string> => new Set(SCHEDULE_COLUMNS.filter(([c]) => c === col).flatMap(([, names]) => names));
const PRODUCT_COLUMNS = columnNames('product');
const SUM_COLUMNS = columnNames('sum');
const DEDUCTIBLE_COLUMNS = columnNames('deductible');
const PREMIUM_COLUMNS = columnNames('premium');
const TOTALS: ReadonlySet<string> = new Set(TOTAL_WORDS);
/** A place with its postcode: a building's row, never a cover of a vehicle or a trip. */
const POSTCODE = /\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u;

/** A cell's words in lower case, without a colon or a trailing full stop: how a column's name is looked up. */
const key = (cell: string): string => lowerCase(cell.trim().replace(/[:.]+$/, ''));

/** The columns of a cover table's header: «Dekning | Sum | Egenandel», or undefined for a line that is none. */
export function coverHeader(cells: readonly string[]): { sum: number; deductible: number; premium: number } | undefined {
  const keys = cells.map(key).filter((k) => k !== '');
  if (keys.length < 2 || !PRODUCT_COLUMNS.has(keys[0]!) || !/^dekning/.test(keys[0]!)) return undefined;
  const at = (names: ReadonlySet<string>): number => keys.findIndex((k, i) => i > 0 && names.has(k));
  const h = { sum: at(SUM_COLUMNS), deductible: at(DEDUCTIBLE_COLUMNS), premium: at(PREMIUM_COLUMNS) };
  // (every cell after the first a figure's column: a header, not a row that names «Dekning»)
  if (keys.slice(1).some((k) => !SUM_COLUMNS.has(k) && !DEDUCTIBLE_COLUMNS.has(k) && !PREMIUM_COLUMNS.has(k))) return undefined;
  return h.sum >= 0 || h.deductible >= 0 ? h : undefined;
}

/** A section's number before its heading: «1  BILFORSIKRING», «2. REISE». */
const SECTION_NUMBER = /^\d{1,2}[.)]?\s+(?=[A-Za-zÀ-ÖØ-öø-ɏ])/u;
/** The dash that sets a heading's name apart from what it says of it: «BIL KASKO – Toyota RAV4», «REISE FAMILIE – gjelder …». */
const HEADING_DASH = /\s[–—-]\s/;

/**
 * The product a heading names, or undefined: the name before its dash (or the whole, `whole`), one to five words of letters
 * that the product table knows («Bilforsikring Kasko», «Bil Kasko», «Reiseforsikring»). `caps`: written in capitals.
 */
export function headingProduct(text: string, whole = false): { name: string; caps: boolean } | undefined {
  const t = text.trim().replace(SECTION_NUMBER, '');
  const dash = HEADING_DASH.exec(t);
  const name = (whole || dash === null ? t : t.slice(0, dash.index)).trim();
  if (!/^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ\s–—-]{1,70}$/u.test(name) || name.split(/\s+/).length > 7) return undefined;
  const first = dash === null ? name : t.slice(0, dash.index).trim();
  if (first.split(/\s+/).length > 4 || !namesProduct(lowerCase(first))) return undefined;
  return { name, caps: /[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]{3}/u.test(first) && first === first.toUpperCase() };
}

/** Short words a name writes in lower case wherever they stand: «Sykdom og ulykke», «Innbo i bobilen». */
const SMALL_WORDS: ReadonlySet<string> = new Set(['og', 'i', 'på', 'for', 'med', 'av', 'til', 'om', 'fra', 'frå', 'eller']);

/**
 * A heading in capitals in normal case: before its dash each word with its capital, as an overview names the product and
 * its levels («BÅTFORSIKRING KASKO PLUSS» → «Båtforsikring Kasko Pluss», «REISE FAMILIE» → «Reise Familie»); after the dash
 * its first word only («HESTEFORSIKRING – SYKDOM OG ULYKKE» → «Hesteforsikring – Sykdom og ulykke»); a short word such as
 * «og» in lower case. A name not in capitals as it is.
 */
export function headingName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  let dashed = false;
  let start = true;
  return name
    .split(/(\s+)/)
    .map((w) => {
      if (/^\s+$/.test(w)) return w;
      if (/^[–—-]$/.test(w)) {
        dashed = true;
        start = true;
        return w;
      }
      const lower = lowerCase(w);
      const capital = start || (!dashed && !SMALL_WORDS.has(lower)) || COVER_LEVEL_SET.has(lower);
      start = false;
      return capital ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
    })
    .join('');
}

/** A line that states the product's price: «Premie / Premium: NOK 9 348 per år», «Årspremie: kr 7 840», «Pris per år: 2 290 kr». */
function priceOf(u: Unit): string | undefined {
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  const label = u.label !== undefined ? key(u.label) : cells.length >= 2 ? key(cells[0]!) : undefined;
  if (label === undefined || !PREMIUM_COLUMNS.has(label)) return undefined;
  const rest = u.label !== undefined ? u.text.slice(u.text.indexOf(':') + 1) : cells.slice(1).join(' ');
  const amounts = amountsIn(rest);
  return amounts.length >= 1 ? amounts[0]!.value : undefined;
}

/** A cell of a label and its figure: «Årspremie NOK 7 845», «Forsikringssum: 35 000 kr» (the label, the figure). */
const LABEL_THEN_FIGURE = /^([A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ .]*?)\s*:?\s+((?:kr\.?|nok)\s*\d.*|\d.*)$/iu;

/** A heading's cell that states its price: «Årspremie NOK 7 845», «Pris per år: 9 348 kr». */
function priceCell(cell: string): string | undefined {
  const m = LABEL_THEN_FIGURE.exec(cell.trim());
  if (!m || !PREMIUM_COLUMNS.has(key(m[1]!))) return undefined;
  return readAmount(m[2]!.replace(/\s+(?:per|pr\.?)\s+år$/i, '').trim());
}

/** A fact of the thing under its heading: «Kjøretøy / Vehicle: Tesla …», «Bonus: 70 %», «Kjørelengde: inntil 16 000 km». */
const isField = (u: Unit): boolean => u.label !== undefined && priceOf(u) === undefined;

/** Money in a text: an amount written with its currency or in groups of thousands (no «70 %», «60 dager», «2021»). */
const hasMoney = (text: string): boolean => amountsIn(text).some((a) => /kr|nok|\d[ .]\d{3}/i.test(a.text));

interface Heading {
  unit: Unit;
  name: string;
  price?: string;
  /** A vehicle or boat named in a field between the heading and the table. */
  thing?: { value: string; unit: Unit };
}

/**
 * The product heading over the cover table whose header is units[t]: walking up through the thing's facts and lines
 * without money, the nearest heading in capitals that names a product (else the nearest that names one); a price, a
 * table's row, a sentence or a total above ends the walk.
 */
function headingOver(units: readonly Unit[], t: number, whole: boolean): Heading | undefined {
  let found: Heading | undefined;
  let thing: Heading['thing'];
  const top = units[t]!.lines[0]!;
  for (let k = t - 1; k >= 0 && k >= t - 8; k--) {
    const u = units[k]!;
    const line = u.lines[u.lines.length - 1]!;
    if (line.page !== top.page || top.line - line.line > 14) break;
    const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
    if (isField(u)) {
      const label = key(u.label!.replace(/\s*\/.*$/, ''));
      // («Forsikringssum: kr 14 800 000» above the table: the record above has its own figures, and the table is no part of it)
      if (SUM_COLUMNS.has(label) || DEDUCTIBLE_COLUMNS.has(label)) break;
      // («Forsikring: Løsøre» right over the table: the field names the table's product — no heading above it does)
      if (label === 'forsikring' || label === 'produkt') break;
      if (VEHICLE_LABELS.has(label) || label === 'forsikret kjøretøy' || label === 'forsikret båt') {
        const value = u.row ? cells.slice(1).join(', ') : u.text.slice(u.text.indexOf(':') + 1).trim();
        if (value !== '' && !namesProduct(lowerCase(value))) thing = { value, unit: u };
      }
      continue;
    }
    if (priceOf(u) !== undefined || TOTALS.has(key(cells[0] ?? ''))) break;
    // (the heading's own price at its right end: «BÅTFORSIKRING KASKO PLUSS   Årspremie NOK 7 845»)
    const price = cells.length === 2 ? priceCell(cells[1]!) : undefined;
    // (a fact of the thing in two cells, its label without a colon: «Hest   Fridtjof av Bjørkelund», «Bruk   Konkurranse sprang»)
    if (u.row && price === undefined && cells.length === 2 && /^[A-Za-zÀ-ÖØ-öø-ɏ]+(?:\s[A-Za-zÀ-ÖØ-öø-ɏ]+){0,2}$/u.test(cells[0]!) && !hasMoney(cells[1]!) && !/[.!?]$/.test(cells[1]!)) continue;
    if (u.row && price === undefined) break;
    const text = price !== undefined ? cells[0]! : u.text;
    if (/[.!?]$/.test(text.trim()) || (price === undefined && hasMoney(text))) break;
    const named = headingProduct(text, whole);
    if (named === undefined) continue;
    const h: Heading = { unit: u, name: headingName(named.name), ...(price !== undefined ? { price } : {}) };
    if (named.caps) {
      found = h;
      break;
    }
    found ??= h;
  }
  if (found !== undefined && thing !== undefined) found.thing = thing;
  return found;
}

/** The line numbers a unit stands on, as `page:line`. */
const linesOf = (u: Unit): string[] => u.lines.map((l) => `${l.page}:${l.line}`);

/** The coverages read from a unit's lines, by their index. */
function coveragesAt(r: Reading, coverages: readonly Coverage[], u: Unit): number[] {
  const lines = new Set(linesOf(u));
  return coverages.map((_, i) => i).filter((i) => {
    const at = r.trace.get(`coverages[${i}]`);
    return at !== undefined && lines.has(`${at.page}:${at.line}`);
  });
}

/** The one amount in kroner in a sum's cell that no reader read: «Død 200 000 kr» (the driver's accident cover's sum). */
function cellSum(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const amounts = amountsIn(cell).filter((a) => /kr|nok/i.test(a.text));
  return amounts.length === 1 ? amounts[0]!.value : undefined;
}

/** «Forsikringssum NOK 35 000», «Egenandel NOK 3 000»: a figure's label and its amount in one cell (the figure's column and amount). */
function labelledFigure(cell: string): { col: 'sum' | 'deductible'; value: string } | undefined {
  const m = LABEL_THEN_FIGURE.exec(cell.trim());
  if (!m) return undefined;
  const col = SUM_COLUMNS.has(key(m[1]!)) ? 'sum' : DEDUCTIBLE_COLUMNS.has(key(m[1]!)) ? 'deductible' : undefined;
  const value = col !== undefined ? readAmount(m[2]!.trim()) : undefined;
  return col !== undefined && value !== undefined ? { col, value } : undefined;
}

/**
 * «BÅTTILHENGER      Årspremie NOK 410» over «Brenderup 8,5 t, reg.nr. TH 2281   Forsikringssum NOK 35 000   Egenandel NOK
 * 3 000»: a product's heading with its price at its right end, over one line of the thing it insures and its labelled
 * figures — one coverage: the heading's product, the thing its object. A table's reader above may have run its rows on into
 * these two lines (the boat's table over the trailer's heading): what it read of them is no row of the table.
 */
function headingOverOneThing(r: Reading, coverages: Coverage[], remove: Set<number>, added: Array<{ at: number; c: Coverage }>): void {
  const units = r.units;
  for (let h = 0; h + 1 < units.length; h++) {
    const head = units[h]!;
    const cells = head.cells.map((c) => c.trim()).filter((c) => c !== '');
    if (!head.row || cells.length !== 2) continue;
    const price = priceCell(cells[1]!);
    const named = price !== undefined ? headingProduct(cells[0]!) : undefined;
    if (named === undefined || !named.caps) continue;
    const line = units[h + 1]!;
    const parts = line.cells.map((c) => c.trim()).filter((c) => c !== '');
    if (!line.row || line.lines[0]!.line - head.lines[0]!.line > 2 || parts.length < 2 || /\d\s*(?:kr|nok)|(?:kr|nok)\s*\d/i.test(parts[0]!)) continue;
    const figures = parts.slice(1).map(labelledFigure);
    if (figures.some((f) => f === undefined) || new Set(figures.map((f) => f!.col)).size !== figures.length) continue;
    const name = headingName(named.name);
    const c: Coverage = { product: name, object: parts[0]!, index_class: rowIndexClass(name).index_class, premium: price! };
    for (const f of figures) c[f!.col] = f!.value;
    for (const i of [...coveragesAt(r, coverages, head), ...coveragesAt(r, coverages, line)]) remove.add(i);
    added.push({ at: h, c: ordered(c) });
    r.used.add(head);
    r.used.add(line);
    // (what a reader warned it could not read of the two lines as a table's row is read now)
    r.withdrawOn(head.lines[0]!, 'could not read the ');
    r.withdrawOn(line.lines[0]!, 'could not read the ');
  }
}

/** The table's rows: the rows right under its header units[t], up to a line that is none — a price, a sentence, a heading. */
function rowsUnder(units: readonly Unit[], t: number): { rows: Unit[]; end: number } {
  const rows: Unit[] = [];
  let k = t + 1;
  for (; k < units.length; k++) {
    const u = units[k]!;
    const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
    if (!u.row || cells.length < 2 || u.label !== undefined || priceOf(u) !== undefined || TOTALS.has(key(cells[0]!))) break;
    if (u.lines[0]!.line - (rows.length > 0 ? rows[rows.length - 1]! : units[t]!).lines[0]!.line > 2) break;
    rows.push(u);
  }
  return { rows, end: k };
}

/** Rows that each carry a price, under the heading of a product: each the product's coverage, the row's name its cover. */
function pricedCovers(r: Reading, coverages: Coverage[], t: number, rows: readonly Unit[], read: readonly number[][]): void {
  const heading = headingOver(r.units, t, true);
  if (heading === undefined) return;
  read.forEach((at, j) => {
    if (at.length !== 1) return;
    const c = coverages[at[0]!]!;
    if (c.coverage !== undefined || c.object !== undefined || lowerCase(c.product) === lowerCase(heading.name)) return;
    const cover = rows[j]!.cells.map((x) => x.trim()).find((x) => x !== '');
    if (cover === undefined || lowerCase(cover) !== lowerCase(c.product)) return;
    // (a cover whose own name the index-class table does not know takes the product's class: «Medisiner og sykebeslag»
    // under «Hesteforsikring» is an animal's cover — and the warning that its name was not known is settled)
    const own = rowIndexClass(c.product);
    if (!own.known) r.withdraw(`index class of «${c.product}» is not known from its name; set to other`);
    const index_class = own.known ? c.index_class : rowIndexClass(heading.name).index_class;
    coverages[at[0]!] = ordered({ ...c, product: heading.name, coverage: c.product, ...(index_class !== undefined ? { index_class } : {}) });
  });
}

/**
 * Cover tables under a product's heading («1  BILFORSIKRING KASKO» over «Dekning | Sum | Egenandel»): rows with no price
 * of their own are the product's items, its price stated once (at the heading or under the table); rows that each carry
 * a price are coverages of the heading's product. Then a heading with its price over one line of its thing.
 */
export function coversUnderProducts(r: Reading, coverages: Coverage[]): void {
  const units = r.units;
  const remove = new Set<number>();
  for (let t = 0; t < units.length; t++) {
    const header = units[t]!.row ? coverHeader(units[t]!.cells) : undefined;
    if (header === undefined) continue;
    const { rows, end: k } = rowsUnder(units, t);
    if (rows.length < 2) continue;
    const read = rows.map((u) => coveragesAt(r, coverages, u));
    if (read.some((at) => at.length > 1)) continue;
    const priced = read.filter((at) => at.length === 1 && coverages[at[0]!]!.premium !== undefined).length;
    if (priced > 0) {
      // (rows that each carry a price are coverages bought one by one: of the heading's product, named by the row)
      if (header.premium >= 0 && priced >= rows.length / 2) pricedCovers(r, coverages, t, rows, read);
      continue;
    }
    const heading = headingOver(units, t, false);
    // (a person product's table of benefits — G sums, «Dekning | Forsikringssum» under «Ulykke» — is the G reader's; a trip's
    // covers are a travel insurance's items here; a building's rows at a place with its postcode stay rows)
    if (heading === undefined || rows.some((u) => G_FIGURE_HINT.test(u.text)) || (namesPersonProduct(heading.name) && !/^reise/i.test(heading.name))) continue;
    if (read.some((at) => at.length === 1 && coverages[at[0]!]!.object !== undefined && POSTCODE.test(coverages[at[0]!]!.object!))) continue;
    // (the product's price stated once under its covers: «Premie / Premium: NOK 9 348 per år»)
    let price = heading.price;
    const priceUnit = units[k] !== undefined && priceOf(units[k]!) !== undefined && units[k]!.lines[0]!.line - rows[rows.length - 1]!.lines[0]!.line <= 3 ? units[k] : undefined;
    if (priceUnit !== undefined) {
      if (price !== undefined && price !== priceOf(priceUnit)) continue;
      price = priceOf(priceUnit);
    }
    // (the product's row in an overview above, which points here for its covers: «Bil Kasko | … | Se side 2 | 8 000 kr | 7 456 kr»)
    const headingAt = new Set(coveragesAt(r, coverages, heading.unit));
    const top = heading.unit.lines[0]!;
    const above = (i: number): boolean => {
      const at = r.trace.get(`coverages[${i}]`);
      return at !== undefined && (at.page < top.page || (at.page === top.page && at.line < top.line));
    };
    const named = coverages
      .map((c, i) => ({ c, i }))
      .filter(({ c, i }) => above(i) && (c.items?.length ?? 0) === 0 && lowerCase(c.coverage === undefined ? c.product : `${c.product} ${c.coverage}`) === lowerCase(heading.name) && !read.some((at) => at.includes(i)));
    if (price === undefined && named.length !== 1) continue;
    if (price !== undefined && named.length > 0) continue;
    const items: { item: CoverageItem; unit: Unit }[] = rows.map((u, j) => {
      const cells = u.cells.map((c) => c.trim());
      const name = cells.find((c) => c !== '')!;
      const c = read[j]!.length === 1 ? coverages[read[j]![0]!]! : undefined;
      // (a row no reader read as a row of its own — a reader took the section as one record — is read by its cells)
      const sum = c?.sum ?? (header.sum >= 0 ? cellSum(cells[header.sum]) : undefined);
      const deductible = c !== undefined ? c.deductible : header.deductible >= 0 ? cellSum(cells[header.deductible]) : undefined;
      const item: CoverageItem = { name, ...(sum !== undefined ? { sum } : {}), ...(deductible !== undefined ? { deductible } : {}) };
      return { item, unit: u };
    });
    // (the rows' own object, where every row read has the same one — the boat of the certificate's «FARTØY»)
    const objects = new Set(read.flatMap((at) => at.map((i) => coverages[i]!.object)));
    const object = heading.thing?.value ?? (objects.size === 1 ? [...objects][0] : undefined);
    const gone = [...read.flat(), ...headingAt, ...(priceUnit !== undefined ? coveragesAt(r, coverages, priceUnit) : [])];
    let at: number;
    if (named.length === 1) {
      at = named[0]!.i;
      // (the row that pointed here for its covers — «Se side 2» in its sum's cell — has found them: the pointer is no note)
      const row = coverages[at]!;
      const notes = (row.note ?? '').split('; ').filter((n) => n !== '');
      for (const n of notes.filter((n) => SEE_BELOW.test(n.trim()))) {
        r.withdraw(`could not read the sum ${quote(n)} of ${row.product}${row.object !== undefined ? ` (${row.object})` : ''}: no one list of its items was found below`);
      }
      const note = notes.filter((n) => !SEE_BELOW.test(n.trim())).join('; ');
      const { note: _n, ...rest } = row;
      coverages[at] = ordered({ ...rest, ...(note !== '' ? { note } : {}), items: items.map((x) => x.item) });
    } else {
      at = Math.min(...gone);
      gone.splice(gone.indexOf(at), 1);
      const { index_class } = rowIndexClass(heading.name);
      for (const [path] of [...r.trace]) if (path === `coverages[${at}]` || path.startsWith(`coverages[${at}].`)) r.trace.delete(path);
      coverages[at] = ordered({ product: heading.name, ...(object !== undefined ? { object } : {}), index_class, ...(price !== undefined ? { premium: price } : {}), items: items.map((x) => x.item) });
      r.atUnit(`coverages[${at}]`, heading.unit);
      if (object !== undefined && heading.thing !== undefined) r.atUnit(`coverages[${at}].object`, heading.thing.unit);
      if (priceUnit !== undefined) r.atUnit(`coverages[${at}].premium`, priceUnit);
    }
    items.forEach(({ unit }, j) => r.atUnit(`coverages[${at}].items[${j}]`, unit));
    for (const i of gone) remove.add(i);
    for (const u of rows) r.used.add(u);
    if (priceUnit !== undefined) r.used.add(priceUnit);
    // (a cover's name the index-class table did not know was warned about as a row's: it is an item now)
    for (const { item } of items) r.withdraw(`index class of «${item.name}» is not known from its name; set to other`);
  }
  const added: Array<{ at: number; c: Coverage }> = [];
  headingOverOneThing(r, coverages, remove, added);
  for (const i of [...remove].sort((a, b) => b - a)) {
    coverages.splice(i, 1);
    removeTrace(r, i);
  }
  for (const { at, c } of added) {
    const i = coverages.length;
    coverages.push(c);
    r.atUnit(`coverages[${i}]`, units[at]!);
  }
}
