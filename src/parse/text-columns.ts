/**
 * A page in two columns side by side, as `pdftotext -layout` or a copy from a PDF viewer gives it:
 * each line reads «left text<many blanks>right text» — the agreement's fields on the left and the
 * overview of covers on the right, or two columns of prose. Read line by line, every line would mix
 * the two; read here as the left column's lines, then the right column's (each keeps its page and
 * line number, so warnings and traces point at the line an editor shows).
 *
 * How the gutter is told from a table's column gap — after Tabula's and pdfplumber's stream
 * mode, which find columns from the words' edges lining up over many lines: a table has many such
 * edges, its rows cells in every column and figures in columns; two text columns have one gutter,
 * a run of three or more blanks ending at the same character column (± 1) on the lines of a block
 * of five or more, with text on both sides on many of them. Besides, the block is taken for a page
 * in two columns only when
 *
 * - the left side is itself prose or «Label: value» pairs on most lines, or the agreement's
 *   fields with each label over its value («Avtalenr.» over «SB 4471 0928»), or it stands beside a
 *   table of the right column's own (its header «Forsikring   Årspris» right of the gutter) — not
 *   one short label a line: lines of «Label   value» pairs have their values at one column too,
 *   and are no page in two columns;
 * - the right side begins with words, not figures (a gap before a figure column is a table's);
 * - no line names table columns on both sides of the gutter («Dekning   Omfang»);
 * - the lines are not table rows: cells without a label on the left, a figure on the right.
 */
import { DATES, GENERIC_THING_COLUMNS, POLICY_NUMBER, SCHEDULE_COLUMNS, TRANSLATION, type Col } from './vocabulary.js';
import type { RawLine } from './text-cells.js';
import { isGCell, readLimit } from './amounts.js';
import { TERMS_CODE } from './units.js';
import { columnOf } from './schedule-names.js';
import { cellKind } from './labelled-cells.js';

/** Fewest lines of a block in two columns, and fewest of them with text on both sides. */
const MIN_LINES = 5;
const MIN_BOTH = 3;
/** The right column's text starts this far from the block's column at most (pdftotext sets a line a character off). */
const SLACK = 1;
/** How far a right column's line may be indented within it: fields under a product's name («Ansvar» / «  Forsikringssum   kr 5 000 000»). */
const INDENT = 4;
/** Fewest blanks in the gutter. */
const GUTTER = 3;
/** The leftmost column a right column can start at (a page column is wider than a label). */
const MIN_RIGHT = 24;
/** Blank lines a block may span (a paragraph break in both columns). */
const MAX_BLANKS = 2;

/** The labels of a schedule's columns, in lower case. */
const COLUMN_NAMES: ReadonlySet<string> = new Set(SCHEDULE_COLUMNS.flatMap(([, names]) => names));
/** The labels of an agreement's fields (its number, dates, holder), in lower case. */
const FIELD_LABELS: ReadonlySet<string> = new Set([...POLICY_NUMBER.labels, ...DATES.issued, ...DATES.period, 'forsikringstaker', 'forsikringstakar', 'kunde', 'forsikret', 'periode']);
/** A cell that is a figure: an amount, a percentage, a date, a number. */
const FIGURE = /^(?:kr\.?\s*|nok\s*)?[+-]?\s?\d[\d .,:/–-]*(?:,-)?\s*(?:kr\.?|%|‰|promille|g)?$/i;
/** An amount somewhere in a text: kroner, thousands in groups, a percentage, a G sum. */
const AMOUNT_IN = /(?:kr\.?|nok)\s*\d|(?<![\d.])\d{1,3}(?:[ .]\d{3})+(?![\d.])|\d\s*(?:%|G\b)/i;
const FIGURE_WORD = /^(?:fullverdi|førsterisiko|individuelt|ingen|inkludert)$/i;

/** One line's two sides at a gutter: the text left of it, the text right of it, and where that starts. */
interface Sides {
  left: string;
  right: string;
  start: number;
}

/** Cells of a piece of text: runs of two or more blanks part them. */
function cellsOf(text: string): string[] {
  return text
    .trim()
    .split(/\s{2,}/)
    .filter((c) => c !== '');
}

/**
 * The sides of a line at a right column starting at `at` (± SLACK), or undefined when text runs
 * across the gutter (or the line is a tab or bar row).
 */
function sidesAt(raw: string, at: number): Sides | undefined {
  if (raw.includes('\t') || raw.includes('|')) return undefined;
  const lead = at - SLACK;
  const left = raw.slice(0, lead).trimEnd();
  const rest = raw.slice(lead);
  const right = rest.trim();
  if (right === '') return left.length <= lead - 2 ? { left, right: '', start: -1 } : undefined;
  const start = lead + rest.length - rest.trimStart().length;
  if (left.trim() !== '' && start - left.length < GUTTER) return undefined;
  return { left, right: rest.trimEnd(), start };
}

/** The columns where text begins after a run of GUTTER or more blanks, text before it. */
function gutterEnds(raw: string): number[] {
  const out: number[] = [];
  const re = /\S( {3,})(?=\S)/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const at = m.index + m[0].length;
    if (at >= MIN_RIGHT) out.push(at);
    re.lastIndex = at;
  }
  return out;
}

interface Block {
  from: number;
  to: number;
  at: number;
  sides: Sides[];
}

/** The consecutive lines of line `i`'s page around it that have a gutter at `at`, trimmed to those a column holds. */
function blockAt(raws: readonly RawLine[], i: number, at: number): Block | undefined {
  const fits = (k: number, step: number): boolean => {
    const r = raws[k];
    const n = raws[k - step];
    return r !== undefined && n !== undefined && r.page === n.page && Math.abs(r.line - n.line) <= MAX_BLANKS + 1 && (r.line - n.line) * step > 0 && sidesAt(r.raw, at) !== undefined;
  };
  const first = sidesAt(raws[i]!.raw, at);
  if (first === undefined || tableHeader(first)) return undefined;
  let lo = i;
  let hi = i;
  // (a table's header over the line: the line is a table's row; under it: a table begins there)
  while (!codedHeading(raws, lo, at) && fits(lo - 1, -1)) {
    if (tableHeader(sidesAt(raws[lo - 1]!.raw, at)!)) return undefined;
    lo--;
  }
  while (fits(hi + 1, 1) && !tableHeader(sidesAt(raws[hi + 1]!.raw, at)!) && !codedHeading(raws, hi + 1, at)) hi++;
  const all = raws.slice(lo, hi + 1).map((r) => sidesAt(r.raw, at)!);
  const withRight = all.flatMap((s, k) => (s.right !== '' ? [k] : []));
  if (withRight.length === 0) return undefined;
  const top = withRight[0]!;
  let last = withRight[withRight.length - 1]!;
  // the left column's lines under the right column's last, with no blank line between
  while (last + 1 < all.length && raws[lo + last + 1]!.line === raws[lo + last]!.line + 1) last++;
  return { from: lo + top, to: lo + last, at, sides: all.slice(top, last + 1) };
}

/**
 * «NÆRINGSBYGG                      Vilkår NB-110» after a blank line: a schedule's section begins — its product's heading,
 * the code of its terms at the right. Under a certificate's head of fields in two columns («Forsikringstaker: …   Avtalenummer: …»)
 * the code may stand at the right column's edge, but it is no field of the head: taken into the head's block, the heading
 * was read apart from its table, and every row under it lost its product to its cover («Fullverdi»).
 */
function codedHeading(raws: readonly RawLine[], k: number, at: number): boolean {
  const r = raws[k];
  const above = raws[k - 1];
  if (r === undefined || (above !== undefined && above.page === r.page && above.line === r.line - 1)) return false;
  const s = sidesAt(r.raw, at);
  return s !== undefined && cellsOf(s.left).length === 1 && !/\d/.test(s.left) && TERMS_CODE.test(s.right.trim());
}

/**
 * A cell that names a table's column: a column's name, or two joined by a slash with or without blanks around
 * it («Forsikring / sted», «Objekt/adresse», «Produkt /» whose rest wrapped) — a header cell that names what its
 * column holds in two words. Unread as a name, the header «Forsikring / sted   Dekning   Forsikringssum …» was
 * no table's, and its first column (the rows' products, their places under them) was taken for a page's left
 * column: every row lost its product and place, and its cover was read as the product.
 */
function columnName(cell: string): boolean {
  const name = cell.toLowerCase().replace(/:$/, '').trim();
  if (COLUMN_NAMES.has(name)) return true;
  if (!name.includes('/')) return false;
  const parts = name.split(/\s*\/\s*/);
  const named = (p: string): boolean => COLUMN_NAMES.has(p) || THING_COLUMNS.has(p);
  return parts.length === 2 && named(parts[0]!) && (parts[1] === '' || named(parts[1]!));
}

/** The generic words a table's first column is headed by («Bygning», «Eiendom»), in lower case. */
const THING_COLUMNS: ReadonlySet<string> = new Set(GENERIC_THING_COLUMNS);

/**
 * A table's header: column names on both sides of the gutter («Dekning   Omfang»), the left one
 * perhaps the thing column's generic word («Eiendom   Bonitet   Areal (daa)   Forsikringssum …»: a
 * forest's table whose first column holds lots — «Gnr. 12 bnr. 3, Folldal», words enough to pass
 * for prose — was read as a page in two columns, and its rows lost their places).
 */
function tableHeader(s: Sides): boolean {
  const left = (c: string): boolean => columnName(c) || THING_COLUMNS.has(c.toLowerCase().replace(/:$/, ''));
  return cellsOf(s.left).some(left) && cellsOf(s.right).some(columnName);
}

/** Whether a left side is a column's text: a «Label: value» pair (or two cells), or a few words of prose. */
function leftIsColumn(left: string): boolean {
  const cells = cellsOf(left);
  if (cells.length >= 2) return true;
  const text = cells[0] ?? '';
  if (/\S:\s+\S/.test(text)) return true;
  return !text.endsWith(':') && text.split(/\s+/).length >= 3 && !FIGURE.test(text);
}

/** A limit's word before its figure: «Inntil 25 G», «opptil kr 50 000». */
const LIMIT_START = /^(?:inntil|opptil|maks(?:imalt|\.)?|høyst|høgst)\s/i;

function isFigure(cell: string): boolean {
  // («Medisinsk invaliditet etter ulykke        Inntil 25 G», «Reisegods     inntil kr 20 000»: a limit's figure, the right
  // cell of a table of items — read as a page's right column, each name lost its sum)
  // (only after a limit's word: a bare «10 G» or «Iht. lov» beside «Selskap: …» in a broker's overview is no such table)
  return FIGURE.test(cell) || FIGURE_WORD.test(cell) || (LIMIT_START.test(cell) && (isGCell(cell) || readLimit(cell) !== undefined));
}

/** A side that is one field's label alone («Avtalenr.», «Periode:»). */
function fieldLabel(text: string): boolean {
  return FIELD_LABELS.has(text.trim().toLowerCase().replace(/[.:]+$/, ''));
}

/**
 * A line of a «Label   value» pair: one short cell on each side — not a field with its own value
 * on the left («Avtalenummer: 7741 2290» beside «Summene for bygninger justeres»).
 */
function pairLine(s: Sides): boolean {
  const left = cellsOf(s.left);
  return left.length === 1 && left[0]!.split(/\s+/).length <= 3 && !/\S:\s+\S/.test(left[0]!) && cellsOf(s.right).length === 1;
}

/**
 * Whether the sides of a block are two columns' text: the left side prose or pairs on most lines,
 * or the right side a table of its own (its header names columns, a field label or the left
 * column's text beside it), or the left side the agreement's fields, each label over its value.
 * Lines of «Label   value» pairs are not.
 */
function columnsOfText(both: Sides[]): boolean {
  // («Forsikringstaker   Forsikringsnummer» over «Sandnes Handelspark AS   NE-4471-2093»: a field's label on each side is no
  // label and its value — each column's labels stand over their values)
  if (both.some((s) => fieldLabel(s.left) && fieldLabel(s.right))) return true;
  if (both.filter(pairLine).length * 3 >= both.length * 2) return false;
  if (both.filter((s) => leftIsColumn(s.left)).length * 2 >= both.length) return true;
  // (beside the header of a table in the right column, the left column's text — not the header of a table's first column, «Bygning»)
  if (both.some((s) => cellsOf(s.right).filter(columnName).length >= 2 && (fieldLabel(s.left) || leftIsColumn(s.left)))) return true;
  return both.filter((s) => fieldLabel(s.left)).length >= 2;
}

/** The words before a side's first figure, in lower case, without a colon: «Forsikringssum: kr 31 500 000» → «forsikringssum». */
function labelBeforeFigure(text: string): string {
  const m = /^\s*([A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ ./-]*?)\s*:?\s*(?:kr\.?|nok)?\s*[-+]?\d/iu.exec(text);
  return m ? m[1]!.toLowerCase() : '';
}

/** Whether both sides of a line are the same label's figure (two records side by side). */
function sameLabel(s: Sides): boolean {
  const left = labelBeforeFigure(s.left);
  return left !== '' && left === labelBeforeFigure(s.right);
}

/** A figure's label and its amount, alone on a side: «Forsikringssum   kr 46 800 000», «Egenandel   kr 15 000», «Pris per år   kr 52 310». */
// (or cells that carry their own labels, «Egenandel 8 000 kr», «Pris 7 412 kr per år», «Nivå: Pluss   Eigenandel 10 000 kr»,
// beside a bare amount or «Fullverdi» — a record's cells, its name and place on the left: src/parse/labelled-cells.ts)
function figureField(side: string): boolean {
  const c = cellsOf(side);
  if (c.length === 2 && AMOUNT_IN.test(c[1]!) && figureColumn(columnOf(c[0]!.trim()))) return true;
  const kinds = c.map(cellKind);
  return kinds.length > 0 && kinds.every((k) => k !== undefined) && kinds.some((k) => 'figure' in k! && k.labelled);
}

function figureColumn(col: Col | undefined): boolean {
  return col === 'sum' || col === 'deductible' || col === 'premium';
}

/** Whether a block is a page in two columns (see the module's comment), not a table nor lines of pairs. */
function isTwoColumns(b: Block, above: string | undefined): boolean {
  if (b.sides.length < MIN_LINES) return false;
  const both = b.sides.filter((s) => s.left.trim() !== '' && s.right !== '');
  // (over the lines beside the right column: a left column may run on below where it ends)
  const beside = b.sides.length - [...b.sides].reverse().findIndex((s) => s.right !== '');
  if (both.length < MIN_BOTH || both.length * 3 < beside) return false;
  const rights = b.sides.filter((s) => s.right !== '');
  if (rights.filter((s) => s.start >= b.at - SLACK && s.start <= b.at + INDENT).length * 3 < rights.length * 2) return false;
  // («Næringsbygg – Pluss» / «  Havnegata 14, 8006 Bodø      Forsikringssum   kr 46 800 000» over «      Egenandel   kr 15 000»,
  // «      Pris per år   kr 52 310»: a renewal letter's records, each product or place on the left with its figures beside
  // it, one label and amount a line — the record's fields, no page's right column; read as one, every figure lost its name)
  // (the total under them, «Samlet pris per år   kr 84 720», its amount alone right of the gutter, with them)
  if (rights.filter((s) => figureField(s.right)).length >= MIN_BOTH && rights.every((s) => figureField(s.right) || isFigure(s.right.trim()))) return false;
  if (!columnsOfText(both)) return false;
  if (both.filter((s) => isFigure(cellsOf(s.right)[0]!)).length * 3 >= both.length) return false;
  if (above !== undefined && sidesAt(above, b.at) !== undefined && tableHeader(sidesAt(above, b.at)!)) return false;
  // a table's rows: cells without a label on the left (a field's, «Avtalenummer   4410 2287», or
  // one with a colon), a figure among the right's; or amounts on both sides («Forsikringssum kr
  // 14 600 000   Egenandel kr 10 000      Pris kr 21 890»)
  const labelled = (cells: string[]): boolean => fieldLabel(cells[0]!) || cells.some((c) => c.endsWith(':'));
  // (one label on both sides, «Forsikringssum: kr 31 500 000   Forsikringssum: kr 8 750 000»: two records side by side, each
  // column one place's — a row's cells are different figures)
  const row = (s: Sides): boolean => (cellsOf(s.left).length >= 2 && !labelled(cellsOf(s.left)) && cellsOf(s.right).some(isFigure)) || (AMOUNT_IN.test(s.left) && AMOUNT_IN.test(s.right) && !sameLabel(s));
  return both.filter(row).length * 2 < both.length;
}

/** The block's lines, the left column's first, then the right column's (blanks a line's text starts with taken off up to the column). */
function readColumns(raws: readonly RawLine[], b: Block): RawLine[] {
  const out: RawLine[] = [];
  const head = languagesHead(b.sides[0]) ? 0 : -1;
  b.sides.forEach((s, k) => {
    if (s.left.trim() !== '' && k !== head) out.push({ ...raws[b.from + k]!, raw: s.left });
  });
  b.sides.forEach((s, k) => {
    if (s.right === '' || k === head) return;
    const indent = Math.max(0, s.start - (b.at + SLACK));
    out.push({ ...raws[b.from + k]!, raw: ' '.repeat(indent) + s.right.trim() });
  });
  return out;
}

const LANGUAGES: ReadonlySet<string> = new Set(TRANSLATION.languages);

/**
 * A block's first line that names a language on each side («Norsk   English» over a letter in Norwegian and English side
 * by side): the columns' header. Read as text, «Norsk» stood as a heading over the Norwegian paragraphs and was taken for
 * the name of the insurance a change under it is of.
 */
function languagesHead(s: Sides | undefined): boolean {
  return s !== undefined && LANGUAGES.has(s.left.trim().toLowerCase()) && LANGUAGES.has(s.right.trim().toLowerCase());
}

/** A rule drawn under a header: dashes, equals signs or underscores alone. */
const RULE = /^\s*[-=_–—]{5,}\s*$/;
/** How many rules and headings may stand between a table's header and the block under it. */
const HEADINGS_UNDER_HEADER = 3;

/**
 * The line over a block, for its header: past a rule drawn under the header and a product's heading alone on its
 * line left of the gutter («Produkt / forsikringssted   Dekning   Forsikringssum …» / «-----» / «NÆRINGSBYGG» over
 * «Industriveien 14, 3430 Spikkestad   Pluss   38 500 000 …»: a business certificate names each product once, over
 * its places, under one header for them all). Read without them, the header was not seen, and the table's first
 * column — the headings and places — was taken for a page's left column beside a right one.
 */
function lineAbove(raws: readonly RawLine[], b: Block): string | undefined {
  const page = raws[b.from]!.page;
  for (let k = b.from - 1, n = 0; k >= 0 && raws[k]!.page === page && n <= HEADINGS_UNDER_HEADER; k--, n++) {
    const raw = raws[k]!.raw;
    const s = RULE.test(raw) ? undefined : sidesAt(raw, b.at);
    const heading = s !== undefined && s.right === '' && !/\d/.test(s.left) && cellsOf(s.left).length === 1;
    if (!RULE.test(raw) && !heading) return raw;
  }
  return b.from > 0 && raws[b.from - 1]!.page === page ? raws[b.from - 1]!.raw : undefined;
}

/** The best block in two columns that line `i` belongs to, or undefined. */
function columnsAround(raws: readonly RawLine[], i: number): Block | undefined {
  let best: Block | undefined;
  for (const at of gutterEnds(raws[i]!.raw)) {
    const b = blockAt(raws, i, at);
    if (!b || b.from > i || b.to < i) continue;
    if (!isTwoColumns(b, lineAbove(raws, b))) continue;
    if (!best || b.to - b.from > best.to - best.from) best = b;
  }
  return best;
}

/** The role of each schedule column's name, in lower case; a thing column's generic word («Bygning») names the rows. */
const COLUMN_ROLE: ReadonlyMap<string, Col> = new Map<string, Col>([
  ...GENERIC_THING_COLUMNS.map((n) => [n, 'product'] as const),
  ...SCHEDULE_COLUMNS.flatMap(([col, names]) => names.map((n) => [n, col] as const)),
]);
export const FIGURE_ROLES: ReadonlySet<Col> = new Set<Col>(['sum', 'deductible', 'premium']);

/** The roles of a side's cells when they are a whole table's header — a name column first, then a figure column or more — else undefined. */
export function headerRoles(cells: string[]): Col[] | undefined {
  const roles = cells.map((c) => COLUMN_ROLE.get(c.toLowerCase().replace(/:$/, '')));
  if (cells.length < 2 || roles.some((r) => r === undefined)) return undefined;
  if (roles[0] !== 'product' && roles[0] !== 'object') return undefined;
  return roles.slice(1).some((r) => FIGURE_ROLES.has(r!)) ? (roles as Col[]) : undefined;
}

/** A side that is a table's row: a name, then a figure among its cells («Husdyr sau   520 000   1 640», «Brann   25 000»). */
function rowSide(text: string): boolean {
  const cells = cellsOf(text);
  return cells.length >= 2 && /[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(cells[0]!) && !isFigure(cells[0]!) && cells.slice(1).some(isFigure);
}

/**
 * The rows under a side-by-side header at line `i` (consecutive lines split at the gutter), or
 * undefined when a line's right side is not a row: the right column's text is then no table.
 */
function rowsUnder(raws: readonly RawLine[], i: number, at: number): Sides[] | undefined {
  const rows: Sides[] = [];
  for (let k = i + 1; k < raws.length; k++) {
    const r = raws[k]!;
    if (r.page !== raws[k - 1]!.page || r.line !== raws[k - 1]!.line + 1) break;
    const s = sidesAt(r.raw, at);
    if (s === undefined) break;
    if (s.right !== '' && !rowSide(s.right)) return undefined;
    rows.push(s);
  }
  return rows;
}

/**
 * Two tables side by side, one text line holding a row of each: a farm's buildings («Bygning
 * Forsikringssum   Pris/år») beside its movables and animals («Forsikring   Forsikringssum
 * Pris/år»), or the covers beside a small table of deductibles by kind of damage («Egenandel per
 * skade» over «Brann   25 000»). Read as one row, the right table's figures went to the left
 * table's row, or the line did not fit the header and was lost. Told from one wide table by its
 * header: the left side a whole table's header, and the right side one that names a figure column
 * the left one names too (no table names its sum twice), or a title alone over rows that each hold
 * a name and a figure (cells the title's one column cannot hold) — on three lines or more. A line
 * of headings right above («Bygninger   Løsøre, dyr og drift», no figures) goes with its table.
 */
function sideTablesAt(raws: readonly RawLine[], i: number): ColumnBlock | undefined {
  const raw = raws[i]!.raw;
  for (const at of gutterEnds(raw)) {
    const s = sidesAt(raw, at);
    const left = s && headerRoles(cellsOf(s.left));
    if (!s || !left) continue;
    const right = cellsOf(s.right);
    const rightRoles = headerRoles(right);
    const twoTables = rightRoles !== undefined && rightRoles.some((r) => FIGURE_ROLES.has(r) && left.includes(r));
    const titled = right.length === 1 && !/\d/.test(right[0]!);
    if (!twoTables && !titled) continue;
    const rows = rowsUnder(raws, i, at);
    const both = rows?.filter((r) => r.left.trim() !== '' && r.right !== '').length ?? 0;
    if (!rows || both < (twoTables ? 1 : MIN_BOTH)) continue;
    const prev = raws[i - 1];
    const heads = prev !== undefined && prev.page === raws[i]!.page && prev.line === raws[i]!.line - 1 ? sidesAt(prev.raw, at) : undefined;
    const headed = heads !== undefined && heads.left.trim() !== '' && heads.right !== '' && !/\d/.test(prev!.raw);
    return { from: headed ? i - 1 : i, to: i + rows.length, at };
  }
  return undefined;
}

/** A block of lines in two columns: its first and last line (indexes) and the column its right column starts at. */
export interface ColumnBlock {
  from: number;
  to: number;
  /** Lines whose text starts at `at - 1` or further right are the right column's. */
  at: number;
}

/** A page number in a header or footer: a page ends after it. */
const PAGE_MARK = /\bside\s+\d+\s+(?:av|of)\s+\d+\b/i;

/**
 * The first lines of pages that stand the same at the top of another page: a running header
 * («Tryg Forsikring      Forsikringsoversikt»). Such a line is no line of a page in two columns —
 * split there, page 1's copy no longer matched page 2's, and page 2's was read as a row of the
 * table under it. A page starts at a form feed and after a line with a page number.
 */
function runningTops(raws: readonly RawLine[]): Set<number> {
  const key = (k: number): string => raws[k]!.raw.trim().replace(/\s+/g, ' ');
  const tops = raws.flatMap((r, k) => (k === 0 || r.page !== raws[k - 1]!.page || PAGE_MARK.test(raws[k - 1]!.raw) ? [k] : []));
  const seen = new Map<string, number>();
  for (const k of tops) seen.set(key(k), (seen.get(key(k)) ?? 0) + 1);
  return new Set(tops.filter((k) => seen.get(key(k))! >= 2));
}

/** The blocks in two columns among a document's lines (in order, none overlapping). */
export function columnBlocks(raws: readonly RawLine[]): ColumnBlock[] {
  const out: ColumnBlock[] = [];
  const tops = runningTops(raws);
  for (let i = 0; i < raws.length; i++) {
    if (tops.has(i)) continue;
    if (!raws[i]!.raw.includes('   ')) continue;
    const t = sideTablesAt(raws, i) ?? (raws[i + 1] !== undefined ? sideTablesAt(raws, i + 1) : undefined);
    if (t !== undefined && t.from === i) {
      out.push(t);
      i = t.to;
      continue;
    }
    const b = columnsAround(raws, i);
    if (!b) continue;
    // (a block that reaches up to a running header starts under it: the header stays whole)
    let from = b.from;
    while (tops.has(from) && from < b.to) from++;
    out.push({ from, to: b.to, at: b.at });
    i = b.to;
  }
  return out;
}

/** The column of a line's one bar, standing between blanks («Fra 1.1.2021:     |  Fra 1.5.2021 er 1 G»), or -1. */
function barAt(raw: string): number {
  const at = raw.indexOf('|');
  if (at < 0 || raw.includes('|', at + 1)) return -1;
  return /\s/.test(raw[at - 1] ?? ' ') && /\s/.test(raw[at + 1] ?? ' ') ? at : -1;
}

/**
 * The lines with a gutter drawn as a bar set as a gutter of blanks: one bar a line, at one column
 * on MIN_LINES lines in a row or more («Bygninger ..... + 3,3 %     |  kr 106 399 (+4,98 %).»).
 * Whether they are two columns is decided as for any gutter: a table of two cells a row
 * («Bygninger   |  + 3,3 %») is not, and its lines are kept as they are.
 */
function barsBlanked(raws: RawLine[]): RawLine[] {
  const cols = raws.map((r) => barAt(r.raw));
  let out = raws;
  for (let i = 0; i < raws.length; ) {
    const c = cols[i]!;
    let j = i;
    while (c >= 0 && j + 1 < raws.length && cols[j + 1] === c && raws[j + 1]!.page === raws[i]!.page && raws[j + 1]!.line - raws[j]!.line <= MAX_BLANKS + 1) j++;
    if (c >= 0 && j - i + 1 >= MIN_LINES) {
      if (out === raws) out = raws.slice();
      for (let k = i; k <= j; k++) out[k] = { ...raws[k]!, raw: `${raws[k]!.raw.slice(0, c)} ${raws[k]!.raw.slice(c + 1)}` };
    }
    i = j + 1;
  }
  return out;
}

/** The lines of a text document with each page block in two columns read column by column; the same array when there are none. */
export function pageColumnsApart(lines: RawLine[]): RawLine[] {
  const raws = barsBlanked(lines);
  const blocks = columnBlocks(raws);
  if (blocks.length === 0) return lines;
  const out: RawLine[] = [];
  let copied = 0;
  for (const { from, to, at } of blocks) {
    for (let k = copied; k < from; k++) out.push(lines[k]!);
    out.push(...readColumns(raws, { from, to, at, sides: raws.slice(from, to + 1).map((r) => sidesAt(r.raw, at)!) }));
    copied = to + 1;
  }
  for (let k = copied; k < lines.length; k++) out.push(lines[k]!);
  return out;
}
