/**
 * Two columns set one space apart (a document system that pads its cells by a space): the header
 * reads «Egenandel Premie» as one cell, and every row under it two values as one cell
 * («20 000 41 250», «Ingen 5 480»), each drawn as one text item — no gap shows the column edge.
 * The header's cell is two column names of the vocabulary, so the column is two; a cell under it
 * is split where its text splits into two values one way only (an amount grouped in threes, or
 * one word). Where a cell under it does not, nothing is split (the rows are then warned of by the
 * schedule reader as lines with amounts it could not read).
 */
import { INDEX_COLUMN, SCHEDULE_COLUMNS } from '../vocabulary.js';
import { LAYOUT, type PLine, type Seg } from './types.js';

/** The names of a schedule's columns (the vocabulary's), in lower case. */
const COLUMN_NAMES = new Set(SCHEDULE_COLUMNS.flatMap(([, words]) => words));
/**
 * The names of the columns that name a row's product or cover, in lower case (not a place's: «Fjellstien 3
 * 640 000» splits two ways, and only one is the house number's).
 */
const NAME_COLUMNS = new Set(SCHEDULE_COLUMNS.flatMap(([col, words]) => (col === 'product' || col === 'coverage' ? words : [])));
/**
 * One value of a cell: a whole amount grouped in threes («41 250», «kr 2 400 000»), perhaps after its form
 * («Førsterisiko 1 500 000»), one word («Ingen»),
 * or the dash a system prints in an empty cell («– 6 940»: no deductible, then the premium).
 */
const VALUE = /^(?:(?:(?:førsterisiko|first loss)\s)?(?:kr\.?\s)?\d{1,3}(?: \d{3})*|[A-Za-zÀ-ÖØ-öø-ɏ]+|[–-])$/iu;
/** A name of words, a figure only inside it: «Brann og naturskade», «Avbrudd, dekningstid 18 måneder» (a cell of a column that names the row). */
const WORDS = /^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ.,/()-]*(?: [A-Za-zÀ-ÖØ-öø-ɏ\d.,/()-]+)*(?<=[A-Za-zÀ-ÖØ-öø-ɏ)])$/u;
/** After a name of words, a value that cannot be the name's own last word: an amount, or one word with a capital («Fullverdi»). */
const VALUE_AFTER_NAME = /^(?:(?:kr\.?\s)?\d{1,3}(?: \d{3})*|[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ]*)$/u;

/** The names of the columns that name a row's place or object, in lower case. */
const PLACE_COLUMNS = new Set(SCHEDULE_COLUMNS.flatMap(([col, words]) => (col === 'object' ? words : [])));
/**
 * A place that ends with its postcode and town («Boligblokk A, Solveien 2, 7043 Trondheim», «… 8616 Mo i Rana»): an
 * address ends there, so an amount after it («… 7043 Trondheim 118 600 000») is the next column's, and it splits one
 * way only — «… Trondheim 118» ends with no town. A place with no postcode («Fjellstien 3 640 000») splits two ways.
 */
const PLACE_TO_TOWN = /\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:(?:[ -]|\s(?:i|på)\s)[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*)*$/u;
/** A whole amount grouped in threes, with or without its currency. */
const AMOUNT_ONLY = /^(?:(?:kr\.?|nok)\s)?\d{1,3}(?: \d{3})*(?:,-)?$/iu;
/** A column's unit in brackets after its name («Sum (NOK)», «Forsikringssum (kr)»): no column of its own. */
const UNIT_AFTER = /\s\((?:nok|kr\.?)\)$/i;

/** A space's share of a cell's width against a figure's or letter's (Helvetica: 0,278 em to about 0,556). */
const weight = (s: string) => s.length * 2 - (s.match(/ /g)?.length ?? 0);

/**
 * The ways `text` splits at a space into two values (see VALUE). Under a column that names the row
 * («Dekning Forsikringssum» over «Brann og naturskade 1 850 000») the first may be a name of several
 * words, the second then an amount or a word with a capital — «Brann og naturskade» alone has no split.
 */
function splits(text: string, named: boolean, place = false): [string, string][] {
  const out: [string, string][] = [];
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const a = text.slice(0, i);
    const b = text.slice(i + 1);
    if (VALUE.test(a) ? VALUE.test(b) : (named && WORDS.test(a) && VALUE_AFTER_NAME.test(b)) || (place && PLACE_TO_TOWN.test(a) && AMOUNT_ONLY.test(b))) out.push([a, b]);
  }
  return out;
}

/** `s` split after its text's `a`, the second part starting at `x` (or where its letters put it). */
function cut(s: Seg, a: string, b: string, x?: number): [Seg, Seg] {
  const unit = (s.x1 - s.x0) / weight(s.text);
  const end = s.x0 + weight(a) * unit;
  const x0 = x ?? end + unit;
  const left: Seg = { x0: s.x0, x1: Math.min(end, x0 - unit), text: a, firstWord: Math.min(s.firstWord, end - s.x0) };
  const right: Seg = { x0, x1: Math.max(x0 + weight(b) * unit, s.x1), text: b, firstWord: weight(b.split(' ')[0]!) * unit };
  return [left, right];
}

/**
 * A table block's header cells of two column names one space apart, and the cells under them,
 * split into two (see above). `header` is the number of header lines at the block's top.
 */
export function splitJoinedColumns(lines: PLine[], header: number): void {
  for (let h = 0; h < header; h++) {
    const hl = lines[h]!;
    for (let k = 0; k < hl.segs.length; k++) {
      const s = hl.segs[k]!;
      // («Objekt Sum (NOK)»: the second column's unit in brackets is part of its name)
      const names = s.text.replace(UNIT_AFTER, '').toLowerCase().split(' ');
      if (names.length !== 2 || !COLUMN_NAMES.has(names[0]!) || !COLUMN_NAMES.has(names[1]!)) continue;
      const cells = under(lines, h + 1, s, NAME_COLUMNS.has(names[0]!), PLACE_COLUMNS.has(names[0]!) && !PLACE_COLUMNS.has(names[1]!));
      if (!cells) continue;
      const at = s.text.indexOf(' ');
      const [a, b] = [s.text.slice(0, at), s.text.slice(at + 1)];
      const parts = cut(s, a, b);
      hl.segs.splice(k, 1, ...parts);
      for (const [line, i, [x, y]] of cells) line.segs.splice(i, 1, ...cut(line.segs[i]!, x, y, parts[1].x0));
    }
  }
}

/** The cells under header cell `s` from line `from` on, each with its one split; null when one has none or several. */
function under(lines: PLine[], from: number, s: Seg, named: boolean, place: boolean): [PLine, number, [string, string]][] | null {
  const out: [PLine, number, [string, string]][] = [];
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    // (left-aligned under the header cell, or right-aligned with it: amounts set flush right, «184 500 000 50 000»)
    const at = l.segs.findIndex((c) => Math.abs(c.x0 - s.x0) <= LAYOUT.alignX || (Math.abs(c.x1 - s.x1) <= LAYOUT.alignX && c.x0 < s.x1));
    if (at < 0) continue;
    const ways = splits(l.segs[at]!.text, named, place);
    if (ways.length !== 1) return null;
    out.push([l, at, ways[0]!]);
  }
  return out.length ? out : null;
}

/** A cell of three column names or more one space apart: «Forsikringssted Forsikringssum Egenandel Indeks Premie». */
function namesRun(text: string): boolean {
  const names = text.replace(UNIT_AFTER, '').toLowerCase().split(' ');
  return names.length > 2 && names.every((n) => COLUMN_NAMES.has(n) || INDEX_COLUMN.test(n));
}

/**
 * A page's header cells of three column names or more, each over a cell of the rows right under it, split into one cell
 * per name (see namesOverCells) — before the page's tables are found: joined, the header crosses its own rows' columns
 * and is no part of their table.
 */
export function splitHeaderNames(lines: PLine[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    for (let k = 0; k < l.segs.length; k++) {
      const s = l.segs[k]!;
      if (!namesRun(s.text)) continue;
      // (the rows right under the header, as far as they follow at a table's distance)
      let end = i + 1;
      while (end < lines.length && lines[end - 1]!.y - lines[end]!.y <= LAYOUT.tableGap * Math.max(lines[end - 1]!.size, lines[end]!.size)) end++;
      const parts = namesOverCells(lines.slice(0, end), i + 1, s);
      if (parts) l.segs.splice(k, 1, ...parts);
    }
  }
}

/**
 * Three column names or more set one space apart in one header cell, over rows whose cells there stand apart
 * («Forsikringssted Forsikringssum Egenandel Indeks Premie» over «Havnevegen 6, | MNOK 64,0 | 100 000 | Ja | 88 400»: a
 * word processor's header set tight, each name its own item, the gaps no wider than a space): the header is one cell
 * per name, each at the start of the cells under it. Only where the first row under it has as many cells there as the
 * header names and none has more; the header cell as it is otherwise.
 */
function namesOverCells(lines: PLine[], from: number, s: Seg): Seg[] | null {
  const names = s.text.split(' ');
  let full: Seg[] | undefined;
  for (let i = from; i < lines.length; i++) {
    const inside = lines[i]!.segs.filter((c) => c.x0 >= s.x0 - LAYOUT.alignX && c.x0 < s.x1);
    if (inside.length > names.length) return null;
    // (the first row of cells under the header is its table's: one of another number of cells there is another table)
    if (inside.length >= 2 && full === undefined && inside.length !== names.length) return null;
    if (inside.length === names.length && full === undefined) full = inside;
  }
  if (full === undefined) return null;
  return names.map((text, k) => {
    const x0 = k === 0 ? s.x0 : full![k]!.x0;
    const x1 = k + 1 < names.length ? full![k + 1]!.x0 - 1 : s.x1;
    return { x0, x1: Math.max(x0 + 1, x1), text, firstWord: Math.max(1, x1 - x0) };
  });
}
