/**
 * Text documents → SourceDocument (the same shape the PDF reader gives, so that the extractors
 * read both alike).
 *
 * Decoding: UTF-8 with or without a BOM; UTF-16 as Windows writes it (src/core/utf16.ts); a file
 * that is not valid UTF-8 is read as Windows-1252 (a Norwegian document saved in cp1252 has æ ø å
 * as single bytes, which are never valid UTF-8).
 * NUL bytes or other control characters (besides tab, line breaks and form feed) mean binary
 * junk: refused.
 *
 * Lines: split on CRLF, LF or CR; a form feed starts a new page. Blank lines carry nothing and are
 * left out (line numbers stay those of the file, so --trace points at the line an editor shows).
 *
 * Cells: a line is split on tabs, or — when it has no tab — on runs of two or more spaces
 * (columns aligned with spaces), never on single spaces («Kr 10 000» is one cell). Consecutive
 * lines aligned with spaces form a block whose columns are taken from its widest line, so a row
 * with an empty first column («          Storgata 3      kr 8 000 000») keeps its empty cell.
 *
 * Running headers: the lines a printed document repeats on every page — `FORSIKRINGSNUMMER …`,
 * `UTSTEDT …`, `Side 3 av 12` — are moved to `running`, each kept once.
 */
import { isUtf8 } from 'node:buffer';
import { createHash, hash } from 'node:crypto';
import { InputError } from '../core/errors.js';
import { decodeUtf16, utf16Encoding } from '../core/utf16.js';
import { DATE_CELL, FIRST_RISK_WORD, readAmount } from './amounts.js';
import { namesProduct } from './index-class.js';
import { BUILDING_FACTS, INDEMNITY_PERIOD, POSTCODE_PLACE } from './schedule-names.js';
import { normaliseText, unquoteLines, type NormaliseNote } from './normalise.js';
import { barCells, hasLeader, isRule, LEADER_GAP, pairsAtLeaders, type SourceDocument, type SourceLine, type SourceWarning } from './source.js';
import { CERTIFICATE_TITLES, COLUMN_NAME_SET, FIGURE_COLUMN_NAME_SET, INSURED_PLACE_LABELS, PAGE_LINKS, THING_FACT_LABELS, TOTAL_WORDS, VALUE_BASIS_WORDS } from './vocabulary.js';
import { delimitedCells, joinWrapped, PLACE_LINE, recordColumnsApart } from './text-cells.js';
import { columnBlocks, pageColumnsApart } from './text-columns.js';
import { follows, translationsOut } from './translations.js';
import { quote } from './units.js';

/**
 * Windows-1252 bytes 0x80–0x9F (Node's TextDecoder reads «windows-1252» as Latin-1 and leaves
 * them as C1 controls). Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay controls: junk.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeCp1252(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.length)
    .toString('latin1')
    .replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Decode a document's bytes: UTF-8 (BOM or not), UTF-16, else Windows-1252; refuse binary data. */
export function decodeDocumentText(data: Uint8Array, name: string): string {
  if (data.length === 0) throw new InputError('is empty; expected a policy document (PDF or text)', { file: name });
  const wide = utf16Encoding(data);
  if (wide !== undefined) return checkedText(decodeUtf16(data, wide), name, `is not well-formed ${wide.toUpperCase()} text; expected a policy document (PDF or text)`);
  if (data.includes(0)) throw new InputError('contains binary data (NUL bytes); expected a policy document (PDF or text)', { file: name });
  let text: string;
  // valid UTF-8, decoded as a fatal TextDecoder would (BOM dropped), but without setting one up
  if (isUtf8(data)) {
    text = Buffer.from(data.buffer, data.byteOffset, data.length).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } else {
    text = decodeCp1252(data);
  }
  return checkedText(text, name);
}

/** Decoded text, refused when it holds binary junk or nothing. */
function checkedText(text: string | undefined, name: string, undecodable = ''): string {
  if (text === undefined) throw new InputError(undecodable, { file: name });
  // C0 controls other than tab, LF, CR, FF, and the C1 controls cp1252 leaves undefined
  const controls = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F\u0080-\u009F]/g);
  if (controls && controls.length > 0) {
    throw new InputError('contains binary data (control characters); expected a policy document (PDF or text)', { file: name });
  }
  if (text.trim() === '') throw new InputError('has no text; expected a policy document (PDF or text)', { file: name });
  return text;
}

export function sha256(data: Uint8Array): string {
  // crypto.hash (Node >= 20.12) digests in one call, without setting up a Hash stream
  return typeof hash === 'function' ? hash('sha256', data, 'hex') : createHash('sha256').update(data).digest('hex');
}

/** Lines a printed document repeats on every page (kept once in `running`). */
const RUNNING = [/^(?:#+\s*)?\**\s*FORSIKRINGSNUMMER\b/, /^(?:#+\s*)?\**\s*UTSTEDT\b/, /^Side(?:nr)?\.?:? ?\d+ (?:av|of) \d+$/i, /^Side \d{1,3}\/\d{1,3}$/, /^-- \d+ of \d+ --$/];

/** The first letter of RUNNING's words, after Markdown marks and blanks (a small pattern: it is compiled on every start). */
const MAYBE_RUNNING = /^[#*\s]*[FUSs-]/;

/** Whether a (trimmed) line may be a running header or footer: a cheap test before RUNNING. */
function maybeRunning(key: string): boolean {
  // without Markdown marks in front, the line starts with the word (every line is tested)
  const c = key[0]!;
  return c === '#' || c === '*' ? MAYBE_RUNNING.test(key) : 'FUSs-'.includes(c);
}

/** Ends with a space, a tab or a no-break space (trailing blanks of a line). */
function endsBlank(s: string): boolean {
  const c = s[s.length - 1];
  return c === ' ' || c === '\t' || c === '\u00A0';
}

interface RawLine {
  page: number;
  line: number;
  raw: string;
  /** The file's line this line follows when lines of translation stood between them (src/parse/translations.ts). */
  under?: number;
}

/** Split a text document into pages and non-blank lines. */
function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let page = 1;
  const body = text.replace(/^\uFEFF/, '');
  // (a string split is much cheaper than a regexp split; most files have no CR)
  const physical = body.includes('\r') ? body.split(/\r\n|\n|\r/) : body.split('\n');
  const add = (part: string, i: number): void => {
    const raw = endsBlank(part) ? part.replace(/[ \t\u00A0]+$/, '') : part;
    if (raw.trim() !== '') out.push({ page, line: i + 1, raw });
  };
  /** A line separator (U+2028, U+2029) breaks the line; the parts keep the line number an editor shows. */
  const addParts = (part: string, i: number): void => {
    if (part.includes('\u2028') || part.includes('\u2029')) for (const p of part.split(/[\u2028\u2029]/)) add(p, i);
    else add(part, i);
  };
  physical.forEach((l, i) => {
    if (!l.includes('\f')) return addParts(l, i);
    // a form feed ends the page; text after it is on the next page
    l.split('\f').forEach((part, p) => {
      if (p > 0) page++;
      addParts(part, i);
    });
  });
  return out;
}

/** The page and line (as rawLines numbers them) of each note's offset in the text. */
function placeNotes(text: string, notes: NormaliseNote[]): SourceWarning[] {
  return notes.map((n) => {
    const before = text.slice(0, n.offset);
    const lines = before.split(/\r\n|\n|\r/).length;
    const pages = before.split('\f').length;
    return { page: pages, line: lines, message: n.message };
  });
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Cells of a line without tabs: runs of 2+ spaces separate them. Positions are kept. «kr   600 000»,
 * an amount padded to stand right under wider ones, is one cell: a currency word alone is no cell (but before a rate).
 */
function spaceCells(raw: string): Span[] {
  const out: Span[] = [];
  const re = /\S+(?:[ \u00A0\u2007\u2009\u202F]\S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const last = out[out.length - 1];
    // (a rate is never kroner: «NOK   3,2 %» is a currency over its wrapped figure and the index column's rate)
    if (last !== undefined && CURRENCY_ALONE.test(last.text) && DIGIT_START.test(m[0]) && !/(?:%|‰|promille)$/i.test(m[0])) out[out.length - 1] = { start: last.start, end: m.index + m[0].length, text: `${last.text} ${m[0]}` };
    else out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * A line of one piece that runs from the margin into the second column with a single space at that
 * column's start, as text copied from a PDF sets a wrapped name's rest and a wrapped place's rest
 * («(råvarer og ferdigvarer) Lillehammer» under «Varelager   Storgata 88,   240 000 …»): the two
 * cells, split there. Only the rest of a wrapped name (a bracket that closes there, or a lower-case
 * word first) beside a place's short rest (a capital or a postcode first); never a sentence (a full
 * stop at its end), a note in brackets over the line («(nytt tak på låven er tatt med …)»), or a figure.
 */
function splitAtColumn(piece: Span, column: number): Span[] | undefined {
  const t = piece.text;
  const at = t[column - piece.start] === ' ' ? column - piece.start : t[column - piece.start - 1] === ' ' ? column - piece.start - 1 : -1;
  if (at <= 0 || t.endsWith('.') || !/^[(a-zæøå]/.test(t)) return undefined;
  const left = t.slice(0, at).trimEnd();
  const right = t.slice(at + 1).trimStart();
  // (a bracket on the left closes there; the right is a place's short rest: «Lillehammer», «2860 Hov»)
  if (left === '' || (left.startsWith('(') && !left.endsWith(')')) || !/^[A-ZÆØÅ0-9]/.test(right) || right.length > 30 || right.split(' ').length > 3) return undefined;
  if (FIGURE_CELL.test(right) || /\d{3}\s?\d{3}/.test(right)) return undefined;
  const rightStart = piece.start + t.length - right.length;
  return [
    { start: piece.start, end: piece.start + left.length, text: left },
    { start: rightStart, end: piece.end, text: right },
  ];
}

/**
 * «Varer, også i kjøle- Havnevegen 21,   NOK 5 600 000 …» under «Dekning   Forsikringssted   …»: a name
 * that fills the first column and breaks its last word there («kjøle-», its rest on the line under it),
 * one space before the second column's text, which starts at that column exactly with a capital or a
 * figure (a place): two cells. Read as one, the place's first line became part of the name.
 */
function brokenWordAtColumn(piece: Span, column: number): Span[] | undefined {
  const t = piece.text;
  const at = column - piece.start - 1;
  if (at <= 1 || t[at] !== ' ' || t[at - 1] !== '-' || !/[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(t[at - 2]!) || !/^[A-ZÆØÅ0-9]/.test(t.slice(at + 1))) return undefined;
  return [
    { start: piece.start, end: piece.start + at, text: t.slice(0, at) },
    { start: column, end: piece.end, text: t.slice(at + 1) },
  ];
}

/**
 * «Snøscooter LYNX 49 Ranger 600 - TD 4417» among rows «Bygning    Klubbhus Hegra stadion   8 450 000 …»: a
 * class word that fills the first column, one space before the second column's text — two cells, as the rows
 * above have them. Only where the left word is a product's name and the right starts at the column exactly.
 */
function productAtColumn(piece: Span, column: number): Span[] | undefined {
  const t = piece.text;
  const at = column - piece.start - 1;
  if (at <= 0 || t[at] !== ' ' || t[at - 1] === ' ' || t[at + 1] === ' ' || t.endsWith('.')) return undefined;
  const left = t.slice(0, at);
  if (left.includes(' ') || !/^[A-ZÆØÅ][a-zæøå]+$/.test(left) || !namesProduct(left)) return undefined;
  return [
    { start: piece.start, end: piece.start + at, text: left },
    { start: column, end: piece.end, text: t.slice(at + 1) },
  ];
}

/**
 * A header whose two column names stand one space apart («Forsikringssted Forsikringssum», a PDF's
 * right-aligned column next to a left-aligned one) and rows whose cell there runs from the place into
 * the figure with one space («Kirkegata 5, 4370 Egersund 16 800 000»): the block with the header's two
 * names split, and each such cell split where the second name starts — when what stands from there on
 * is an amount alone, one space after the text. Read as one cell, every row's place and sum were lost.
 * The block as it is when no header line has two names one space apart.
 */
function namesOneSpaceApart(block: Span[][]): Span[][] {
  const starts: number[] = [];
  const out = block.map((spans) => {
    if (spans.some((x) => DIGIT_IN.test(x.text))) return spans;
    return spans.flatMap((x) => {
      const at = twoNamesAt(x.text);
      if (at < 0) return [x];
      starts.push(x.start + at + 1);
      return [{ start: x.start, end: x.start + at, text: x.text.slice(0, at) }, { start: x.start + at + 1, end: x.end, text: x.text.slice(at + 1) }];
    });
  });
  if (starts.length === 0) return block;
  return out.map((spans) => spans.flatMap((x) => amountApart(x, starts)));
}

/** A cell split where an amount alone begins, one space after its text, at a column's start (± 1, a PDF copy's rounding). */
function amountApart(x: Span, starts: readonly number[]): Span[] {
  for (const q of starts) {
    for (const p of [q, q - 1, q + 1]) {
      if (p <= x.start + 1 || p >= x.end || x.text[p - x.start - 1] !== ' ') continue;
      const left = x.text.slice(0, p - x.start - 1);
      const right = x.text.slice(p - x.start);
      if (LETTER_IN.test(left) && !left.endsWith(' ') && AMOUNT_CELL.test(right)) return [{ start: x.start, end: x.start + left.length, text: left }, { start: p, end: x.end, text: right }];
    }
  }
  return [x];
}

/** Where a header cell splits into two column names at one space («Forsikringssted Forsikringssum»), or -1. */
function twoNamesAt(text: string): number {
  if (text.length > 60 || !text.includes(' ')) return -1;
  const lower = text.toLowerCase();
  if (COLUMN_NAME_SET.has(lower)) return -1;
  for (let at = lower.indexOf(' '); at > 0; at = lower.indexOf(' ', at + 1)) {
    if (COLUMN_NAME_SET.has(lower.slice(0, at)) && COLUMN_NAME_SET.has(lower.slice(at + 1))) return at;
  }
  return -1;
}

const DIGIT_IN = /\d/;
const LETTER_IN = /[A-Za-zÀ-ÖØ-öø-ÿ]/;
/** An amount alone, as a sum column left-aligned at its start holds it: «16 800 000», «kr 650 000», «10.000.000». */
const AMOUNT_CELL = /^(?:kr\.?\s*)?\d{1,3}(?:[ .]\d{3})+(?:,-)?$/i;

/** A currency word alone («kr», «kr.», «NOK»), and a text that begins with a digit. */
const CURRENCY_ALONE = /^(?:kr\.?|nok)$/i;
const DIGIT_START = /^\d/;

const LETTER_START = /^[A-Za-zÀ-ÖØ-öø-ÿ]/;

/**
 * Cells for a block of consecutive space-aligned lines: the columns of the line with the most
 * cells; each cell goes to the column it overlaps most, so empty columns stay empty.
 */
function alignBlock(block: Span[][], straddled: Set<number>): string[][] {
  const widest = columnLine(block);
  const starts = widest.map((s) => s.start);
  const columns = starts.map((s, i) => ({ start: i === 0 ? 0 : s, end: i + 1 < starts.length ? starts[i + 1]! : Infinity }));
  // where the text of each column stands, over every line with all the columns: an amount set
  // right («5 000 000,-» under «Sum») starts left of its header, in the room of the column before —
  // a figure goes to the column whose text it overlaps
  const extents = widest.map((s) => ({ start: s.start, end: s.end }));
  for (const spans of block) {
    if (spans.length !== widest.length) continue;
    spans.forEach((s, i) => {
      extents[i]!.start = Math.min(extents[i]!.start, s.start);
      extents[i]!.end = Math.max(extents[i]!.end, s.end);
    });
  }
  // the columns whose cells are figures in every line that has them all and some figure (not the header)
  const full = block.filter((spans) => spans.length === widest.length && spans.some((x) => FIGURE_CELL.test(x.text)));
  const figureColumns = widest.map((_, i) => i > 0 && full.length > 1 && full.every((spans) => FIGURE_CELL.test(spans[i]!.text)));
  // (a figure column whose figures all start where the column starts: set left, its start is where a figure begins)
  const leftStarts = widest.map((_, i) => (figureColumns[i] && full.every((spans) => spans[i]!.start === extents[i]!.start) ? extents[i]!.start : -1));
  return block.map((spans, k) => {
    // a line with as many cells as the widest has them in the same order, wherever each starts
    // (a cell wider than its header — «Maskiner og inventar» under «Dekning» — would otherwise
    // take the next column's place, and every figure after it would move one column on)
    if (spans === widest || spans.length === 0 || spans.length === widest.length) return spans.map((s) => s.text);
    const cells: string[] = columns.map(() => '');
    let lastCol = -1;
    // (a row wider than the header's columns: two figures under one header are that column's cell)
    let surplus = spans.length - columns.length;
    for (const s of labelApart(spans, extents, figureColumns, leftStarts, () => straddled.add(k))) {
      const figure = FIGURE_CELL.test(s.text);
      let best = figure ? mostOverlap(s, extents) : -1;
      if (best < 0) best = mostOverlap(s, columns, -1);
      if (best === lastCol && surplus > 0 && figure && FIGURE_CELL.test(cells[best]!) && s.start < columns[best]!.end) surplus--;
      else if (best <= lastCol) best = lastCol + 1;
      // «Maskiner og løsøre Industrivegen 4, …» from the first column's start into the second's: a
      // name and a place run together (one space between), put in the column it overlaps most —
      // which cell holds what is a guess, so the line is marked
      if (best > 0 && best < columns.length && LETTER_START.test(s.text) && s.start + 3 <= columns[best]!.start && s.start < columns[best - 1]!.end && !cells[best - 1]) straddled.add(k);
      if (best >= cells.length) cells.push(s.text);
      else cells[best] = cells[best] ? `${cells[best]} ${s.text}` : s.text;
      lastCol = Math.min(best, cells.length - 1);
    }
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
}

/**
 * The line whose cells are a space-aligned block's columns: the line with the most cells — unless
 * that is a row wider than the block's header (its first line, of words only) whose extra cells are
 * all figures standing inside a header column's room: «kr 6 000  kr 10 000» under «Egenandel i dag»
 * states two deductibles of one column (opening hours and after), not two columns, so the header's
 * columns stand and the row's figures are put under them.
 */
/** A year (19xx, 20xx), as a column name may hold one («Premie 2026»). */
const YEAR = /\b(?:19|20)\d\d\b/g;

function columnLine(block: Span[][]): Span[] {
  let widest = block[0]!;
  for (const spans of block) if (spans.length > widest.length) widest = spans;
  const header = block[0]!;
  // (a header is column names: three or more, words only — a year aside, «Premie 2026»; «Forsikringssted
  // Klubbhus Lierhagen, 3405 Lier» over a table is a field, no header)
  if (widest === header || header.length < 3 || header.some((h) => !LETTER_START.test(h.text) || DIGIT_IN.test(h.text.replace(YEAR, '')))) return widest;
  const starts = header.map((h) => h.start);
  const wider = block.filter((spans) => spans.length > header.length);
  // (most rows must fit the header: a header naming only some columns is no guide)
  if (wider.length * 2 > block.length - 1) return widest;
  const fits = wider.every((spans) => {
    const cols = spans.map((sp) => starts.findLastIndex((st) => st <= sp.start + 1));
    // each column a span falls in after the one before, and a column of two spans holds figures only
    return cols.every((c, i) => c >= 0 && (i === 0 || c > cols[i - 1]! || (c === cols[i - 1] && FIGURE_CELL.test(spans[i]!.text) && FIGURE_CELL.test(spans[i - 1]!.text))));
  });
  return fits ? header : widest;
}

/** A label and, one space after it, an amount in Norwegian thousands groups (the widest such amount). */
const LABEL_THEN_AMOUNT = /^(.*?\S)\s(\d{1,3}(?:\s\d{3})+)$/;
/** A text, one space, then an amount grouped by thousands with its currency before it: «… Drammen kr 112 300 000». */
const KR_AMOUNT_AFTER = /^(.*?[^\s\d])\s((?:kr\.?|nok)\s?\d{1,3}(?:\s\d{3})+)$/i;
/** An amount grouped by thousands, alone: «1 250 000», «250 000». */
const AMOUNT_ONLY = /^\d{1,3}(?:\s\d{3})+$/;
/** A place that ends with its postcode and town: «…, 7043 Trondheim», «… 2380 Brumunddal». */
const ENDS_WITH_TOWN = /\b\d{4}\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ-]*(?:\s[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ-]*)?$/u;
/** A house number: «12», «12B». */
const HOUSE_NUMBER = /(?:^|\s)\d{1,4}[A-Za-z]?$/;

/**
 * «Bygning med tilbygg og garasje, Storgata 12 12 500 000» in a block whose other lines have the sum
 * in a column of its own: a long label run into the figure with one space. Where the label's text
 * reaches into a figure column and ends with an amount, the amount is a cell of its own — when the
 * label ends with a house number (the amount's first group cannot be the address's). Else the first
 * group could be either («Elvegata 18 900 000»: 18 900 000, or 900 000 at Elvegata 18): the line is
 * marked (`straddled`: a warning, no row), never guessed.
 */
function labelApart(spans: Span[], extents: ReadonlyArray<{ start: number; end: number }>, figureColumns: boolean[], leftStarts: number[], straddled: () => void): Span[] {
  const first = spans[0];
  if (!first || !LETTER_START.test(first.text)) return spans;
  // the figure column the label's end reaches into
  const into = extents.findIndex((e, i) => figureColumns[i] && first.end > e.start && first.start < e.start);
  if (into < 0) return spans;
  // («Solbakkveien 10–14, 3045 Drammen kr 112 300 000» where the other rows' «kr 148 600 000» start at the column: the
  // amount with its currency begins there, as a bare amount does below)
  const kr = KR_AMOUNT_AFTER.exec(first.text);
  const krAt = kr ? leftStarts[into]! - first.start : -1;
  if (kr && krAt > 0 && first.text[krAt - 1] === ' ' && krAt === kr[1]!.length + 1) {
    const label = first.text.slice(0, krAt).trimEnd();
    return [{ start: first.start, end: first.start + label.length, text: label }, { start: first.start + krAt, end: first.end, text: first.text.slice(krAt) }, ...spans.slice(1)];
  }
  const m = LABEL_THEN_AMOUNT.exec(first.text);
  if (!m) return spans;
  // («Maskiner, inventar og løsøre i verksted 1 250 000» where the other rows' sums all start at the
  // column's start: the one space there is the cell's edge, and the figure begins where theirs do — only
  // where the whole amount begins there: a group of it left of the column is a doubt, as below)
  const atColumn = leftStarts[into]! - first.start;
  if (atColumn > 0 && first.text[atColumn - 1] === ' ' && atColumn === m[1]!.length + 1 && AMOUNT_ONLY.test(first.text.slice(atColumn))) {
    const label = first.text.slice(0, atColumn).trimEnd();
    return [{ start: first.start, end: first.start + label.length, text: label }, { start: first.start + atColumn, end: first.end, text: first.text.slice(atColumn) }, ...spans.slice(1)];
  }
  // («Boligblokk A, Solveien 2, 7043 Trondheim 118 600 000» in a right-aligned sum column: a place that ends with its
  // postcode and town is whole — no figure after the town is a house number, so the amount is all of the figures)
  if (!HOUSE_NUMBER.test(m[1]!) && !ENDS_WITH_TOWN.test(m[1]!)) {
    straddled();
    return spans;
  }
  const cut = first.start + m[1]!.length;
  return [{ start: first.start, end: cut, text: m[1]! }, { start: first.end - m[2]!.length, end: first.end, text: m[2]! }, ...spans.slice(1)];
}

/** The column a span overlaps most (more than `least`), or -1. */
function mostOverlap(s: Span, columns: ReadonlyArray<{ start: number; end: number }>, least = 0): number {
  let best = -1;
  let bestOverlap = least;
  for (let i = 0; i < columns.length; i++) {
    const overlap = Math.min(s.end, columns[i]!.end) - Math.max(s.start, columns[i]!.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = i;
    }
  }
  return best;
}

/** A cell that is only a figure: an amount (`kr 10 000`, `52 000 000`, `15.000,-`), a percentage or a G sum. */
const FIGURE_CELL = /^(?:kr\.?\s*|nok\s*)?[+-]?\s?\d[\d .]*(?:,\d+|,-)?\s*(?:kr\.?|%|‰|promille|g)?$/i;

/** A cell that is a range of small figures, as G sums are written under a «Forsikringssum (G)» header: «22–30», «2 - 12 G». */
const RANGE_CELL = /^\d{1,3}(?:,\d+)?\s*[–-]\s*\d{1,3}(?:,\d+)?(?:\s*g)?$/i;

/** How a wrapped cell's first line ends: a hyphen, a comma, «og», «i», «for», «av». */
const WRAPPED_END = /(?:[-–,]|\s(?:og|i|for|av|med|til))$/;
const STARTS_LOWER = /^[a-zæøåäöü]/;
/** A cell that is a percentage alone: «3,0 %», «+ 4,1 %». */
const PERCENT_CELL = /^[-+–]?\s*\d{1,3}(?:,\d{1,2})?\s*(?:%|prosent)$/;
/** A dash, a space and a word in lower case: «- lausøyre», «– bygningar». */
const DASH_LOWER = /^[-–] [a-zæøåäöü]/;

/**
 * Whether a line of an aligned block continues the row above it (a cell wrapped onto the next
 * line at the row pitch, as PDFs export): its first cell is empty or starts in lower case (or is a
 * bracket alone, «(fjøs og låve)»), or the
 * first cell above ends as a wrapped cell does («Eiendeler -», «Borettslag og») — and it has no
 * figure of its own, except after a first cell in lower case («sameie | Kr 10 000 | Kr 12 000»:
 * the second amount of the cells above). A date under a cell that ends with a figure is the next
 * field: «Utstedt  03.03.2024» over «Forsikringstid  01.04.2024 - 31.03.2025» in a header block
 * are two fields (joined, each date would stand after both labels).
 */
function continues(cells: string[], above: string[]): boolean {
  const first = cells[0] ?? '';
  // a total line («Sum årspris», «Totalt») is a line of its own, wherever its words stand
  const lead = cells.find((c) => c !== '');
  if (lead !== undefined && /^[A-ZÆØÅ]/.test(lead) && TOTAL_START.test(lead)) return false;
  // («-------    ------» under a row's last figures: the rule over a total, no rest of the cells above)
  if (lead !== undefined && cells.every((c) => c === '' || RULE_CELL.test(c))) return false;
  // («   Erstatningsnivå etter forskrift om standardisert erstatning:» under «1  YRKESSKADE   Årspremie kr 71 230»:
  // a lead-in of four words or more, alone on its line and ending with a colon, introduces the lines under it)
  if (lead !== undefined && cells.filter((c) => c !== '').length === 1 && lead.endsWith(':') && lead.split(/\s+/).length >= 4) return false;
  // («   Egenandel: ingen» under «   Påførte og fremtidige merutgifter ....  Individuelt»: a deductible's field of its own)
  if (lead !== undefined && cells.filter((c) => c !== '').length === 1 && DEDUCTIBLE_FIELD.test(lead)) return false;
  // («                      Båthamn: Hjellestad småbåthamn, plass 112» set in under «Båt:   Askeladden C61 Cruiser»: a fact of
  // the boat with its own label and colon, a field of its own — no rest of the boat's name)
  // (under a table's row, «Motor: Yamaha F115» set in under the object's cell goes on with that cell: the row's note)
  if (lead !== undefined && cells.filter((c) => c !== '').length === 1 && labelledFact(lead) && fieldRow(above)) return false;
  // («                 Forsikringsperiode: 01.01.2025 - 31.12.2025» set at a letterhead's field column under «2315 HAMAR
  // Forsikringsnummer:  82 114 906»: a capitalised label, its colon and a date, under a row with a label of its own — the
  // next field, never the rest of a cell (joined, the period stood after the policy number and was lost)
  if (lead !== undefined && cells.filter((c) => c !== '').length === 1 && DATED_FIELD.test(lead.trim()) && above.some((c) => c.trim().endsWith(':'))) return false;
  // («                 Forsikringssum     Egenandel» under «Virksomhet   Idrettslag»: a header of figure columns is a line of its own)
  // (under a header line, «Tidligere  Ny» over «egenandel  egenandel», it is the header's second line)
  if (cells.every((c) => c === '' || FIGURE_COLUMN_NAME_SET.has(c.toLowerCase())) && cells.some((c) => c !== '') && !above.some((c) => COLUMN_NAME_SET.has(c.toLowerCase()))) return false;
  // («  innbu og lausøyre ........ 3,0 %» under «  bygningar ........ 3,7 %»: a rate line of its own, a percentage under a
  // percentage — a wrapped name brings no second rate)
  if (STARTS_LOWER.test(first) && cells.some((c, i) => i > 0 && PERCENT_CELL.test(c) && PERCENT_CELL.test(above[i] ?? ''))) return false;
  // («Varer på utelager – Sagbruksvegen 6   kr 2 000 000 …» over «    førsterisiko», «    indeksreguleres ikke»: a fact of the
  // row's sum alone on its line is the row's remark, read as such under the table's row — src/parse/schedule-wrap.ts
  // linesUnderRow —, never the rest of its name)
  if (lead !== undefined && cells.filter((c) => c !== '').length === 1 && SUM_FACT_ALONE.test(lead.trim())) return false;
  // («Bil Kasko   8 000 kr   9 864 kr» over «   herav ansvar   Iht. lov   (inngår)»: the part of the row above it prices, a
  // sub-row of its own — joined, «Bil Kasko herav ansvar» lost its cover and its deductible read «8 000 kr Iht. lov»)
  if (lead !== undefined && BREAKDOWN_START.test(lead.trim())) return false;
  if (STARTS_LOWER.test(first)) return true;
  // «Kommunal eigedom   2 184 000 000 …» over «- lausøyre»: the name's rest after a dash, in lower case, at the
  // line's start — the row's name goes on («Kommunal eigedom - lausøyre»), no list begins under a row of figures
  if (DASH_LOWER.test(first) && cells.slice(1).every((c) => c === '' || !FIGURE_CELL.test(c))) return true;
  // «Bygning   If   SP 5521 0993   42,6 mill. …» over «Ringveien 3, 2815 Gjøvik» alone at the margin: the row's
  // place on the line under its name (a broker's sheet with no place column) — the name's cell goes on, as
  // «Klubbhus» over «Gnr 112 Bnr 7, 7520 Hegra» does
  if (PLACE_LINE.test(first) && cells.slice(1).every((c) => c === '') && above.slice(1).some((c) => FIGURE_CELL.test(c))) return true;
  // a bracket under the first cell: the rest of its name («Driftsbygning» over «(fjøs og låve)»), and
  // perhaps the rest of other text cells beside it («(fjøs og låve)   gnr. 81 bnr. 2» under
  // «Driftsbygning   Rudsvegen 210   kr 9 450 000 …»: the place goes on too) — never under a figure
  // (a bracket that states facts — a year built, floors, «førsterisiko», «vert ikkje indeksregulert» — is the row's remark,
  // read as its note with what it says of the sum, src/parse/schedule-wrap.ts; joined to the name, the name was wrong)
  if (first.startsWith('(') && bracketRemark(first)) return false;
  if (first.startsWith('(') && cells.every((c, i) => i === 0 || c === '' || (!FIGURE_CELL.test(c) && (above[i] ?? '') !== '' && !FIGURE_CELL.test(above[i]!)))) return true;
  // «Løsøre   Alle kommunale lokasjoner   Førsterisiko» over «      25 000 000   50 000   31 450»: a row that states the
  // form of its sum where the sum stands and no figure, its figures alone on the line under it — the row's figures
  if (first === '' && above.some((c) => FIRST_RISK_ALONE.test(c.trim())) && !above.some((c) => FIGURE_CELL.test(c)) && cells.every((c) => c === '' || FIGURE_CELL.test(c.replace(/\s*\*$/, ''))) && cells.some((c) => c !== '')) return true;
  // «Varer   Storgata 88, 9008 Tromsø   Førsterisiko   kr 10 000   kr 1 180» over «   kr 450 000» alone under «Førsterisiko»:
  // the form of the sum written in the sum's cell, its amount wrapped onto the line under it in the same column (a narrow
  // column) — the rest of that cell, «Førsterisiko kr 450 000»; read as a line of its own, the sum was lost
  if (first === '' && firstRiskAmountUnder(cells, above)) return true;
  if (cellRest(cells, above)) return true;
  if (yearRangeRest(cells, above)) return true;
  if (cells.slice(1).some((c) => c !== '' && (FIGURE_CELL.test(c) || RANGE_CELL.test(c)))) return false;
  // «                    Tap av fremtidig erverv    Etter lov» under «Yrkesskade    Ménerstatning    Etter lov»:
  // a sub-row of a product cell written once over its items, its own value under the value above — no wrapped cell
  if (first === '' && valueUnderValue(cells, above)) return false;
  // («                    Ansvarstid     12 måneder» under «Driftsavbrudd   Forsikringssum   NOK 8 000 000,-»: a label and its time
  // under a label and its amount — the record's next field, one a line, no rest of the cells above)
  if (first === '' && cells.some((c, i) => i > 1 && DURATION_CELL.test(c.trim()) && textCell(cells[i - 1]) && textCell(above[i - 1]) && /\d/.test(above[i] ?? ''))) return false;
  // a date under a value (not under a label it would be the value of) is the next field
  if (cells.some((c, i) => i > 0 && DATE_CELL.test(c) && /\d\s*$/.test(above[i] ?? ''))) return false;
  // («2830 Raufoss   Forsikringsperiode:   01.01.2025 - 31.12.2025» over «   Hovedforfall:   1. januar», «   Betalingsmåte
  // AvtaleGiro, 12 terminer»: a date or a period alone in its cell is whole — what stands under it is the next field's value,
  // never its rest; joined, the period was read with the next field's label and value after it, and lost without a word)
  // (so is a labelled field's date or period, «Forsikringsperiode: 01.01.2025 - 31.12.2025», over «Betalingsmåte:  Avtalegiro»)
  if (cells.some((c, i) => i > 0 && c !== '' && (DATE_CELL.test((above[i] ?? '').trim()) || datedFieldWhole(above[i] ?? '')))) return false;
  return first === '' || WRAPPED_END.test(above[0] ?? '');
}

/** Whether a piece is a figure alone that stands under a piece of the line above that is «Førsterisiko» alone. */
function amountUnderFirstRisk(above: ReadonlyArray<{ text: string; start: number; end: number }>, piece: { text: string; start: number; end: number }): boolean {
  return FIGURE_CELL.test(piece.text.trim()) && above.some((a) => FIRST_RISK_ALONE.test(a.text.trim()) && piece.start < a.end && piece.end > a.start);
}

/** Whether a line holds one figure alone, under a cell above that is «Førsterisiko» alone, in a row with other figures beside it. */
function firstRiskAmountUnder(cells: string[], above: string[]): boolean {
  const filled = cells.flatMap((c, i) => (c !== '' ? [i] : []));
  if (filled.length !== 1) return false;
  const i = filled[0]!;
  return FIRST_RISK_ALONE.test((above[i] ?? '').trim()) && FIGURE_CELL.test(cells[i]!.trim()) && above.some((c, k) => k !== i && FIGURE_CELL.test(c.trim()));
}

/**
 * «(fjøs med silo, byggeår 1976, påbygd 2011)», «(førsterisiko, vert ikkje indeksregulert)» under a row: a bracket of
 * facts — a year, a building's floors or area, the form of the sum, whether it follows the index — describes the row,
 * and names no part of it (as «(fjøs og låve)» does).
 */
export function bracketRemark(text: string): boolean {
  const m = /^\((.+)\)$/.exec(text.trim());
  if (m === null) return false;
  const inner = m[1]!.toLowerCase();
  return /\b(?:1[89]|20)\d\d\b/.test(inner) || BUILDING_FACTS.test(inner) || BRACKET_SUM_WORDS.test(inner);
}
/** What a remark says of the row's sum: first risk, index, fixed sum. */
const BRACKET_SUM_WORDS = new RegExp(String.raw`${FIRST_RISK_WORD}|indeks|reguler|\bfast\s+sum\b`, 'i');

/** A time as a field's value: «12 måneder», «1 døgn», «14 dager». */
const DURATION_CELL = /^\d{1,3}\s+(?:dager|dagar|døgn|timer|timar|uker|veker|måneder|månader|mnd\.?|år)$/i;
/** A year alone: the model year that ends a vehicle's or machine's name, wrapped onto a line of its own. */
const YEAR_ALONE = /^(?:19|20)\d{2}$/;
/** The rest of a place cut after its street's name or number: «1, 2740 Roa» (house number, postcode, place), «2743 Harestua». */
const PLACE_REST_LINE = /^(?:\d{1,4}\s?[A-Za-z]?,\s*)?\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*)*$/u;
/** A text cell: words, no figure of its own. */
const textCell = (c: string | undefined): boolean => c !== undefined && c !== '' && /[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(c) && !FIGURE_CELL.test(c) && !RANGE_CELL.test(c);

/**
 * A line whose words all stand under text cells of the row above, holding no amount, under a row with
 * its figures: the rests of those cells, as a cell wraps in a table set at the row pitch (Tabula's stream
 * reading: a row begins where its anchor cells begin) —
 *
 *   «Tilhenger   JU 4471 Istrail tipphenger   Kasko   10 000 kr …» over «             2020»: the model year
 *   that ends the vehicle's name (read as a figure, it was left as the row's note and the name lost it);
 *   «Lunner rådhus, Sentrumsvegen   Bygning   96.400.000 …» over «1, 2740 Roa»: the place's house number,
 *   postcode and town (read as a line of text, it ended the table and every row under it was lost);
 *   «… Gruavegen   Utrykningskjøretøy   11.400.000 …» over «8, 2742 Grua   i garasje»: both cells' rests.
 */
function cellRest(cells: readonly string[], above: readonly string[]): boolean {
  const filled = cells.flatMap((c, i) => (c !== '' ? [i] : []));
  if (filled.length === 0 || !above.some((c) => c !== '' && FIGURE_CELL.test(c))) return false;
  // (every rest under a text cell of the row: never under a figure's column, never where the row has nothing)
  if (!filled.every((i) => textCell(above[i]))) return false;
  const year = filled.length === 1 && YEAR_ALONE.test(cells[filled[0]!]!) && !/\b(?:19|20)\d{2}$/.test(above[filled[0]!]!);
  if (year) return true;
  const place = cells[0] ?? '';
  if (!PLACE_REST_LINE.test(place) || POSTCODE_PLACE.test(above[0] ?? '')) return false;
  // (a house number goes after a street's name with none; a postcode alone after a number or a comma)
  const numbered = /^\d{1,4}\s?[A-Za-z]?,/.test(place);
  if (numbered ? !/[A-Za-zÀ-ÖØ-öø-ɏ]$/u.test(above[0]!) : !/(?:\d\s?[A-Za-z]?|,)$/.test(above[0]!)) return false;
  return filled.every((i) => i === 0 || STARTS_LOWER.test(cells[i]!));
}

/** A year that a slash or a dash leaves open at a cell's end: «1976/», «1976 -» (built, then rebuilt or extended). */
const OPEN_YEAR = /\b(?:19|20)\d{2}\s?[/–-]$/;

/**
 * A line under a row whose figure is a year alone under a year the row's cell leaves open: «1   Rindal skole og flerbrukshall
 * 1976/   Fullverdi   182 400 000 …» over «    Rindalsvegen 31, 6657 Rindal   2011» — a municipality's or a housing
 * co-operative's list of buildings writes the year built and the year rebuilt in a narrow «Byggeår» column, and the second
 * wraps onto the line under the row, beside the building's place. The rests of the row's cells: the year's, and the place
 * under the name's text cell. Read as a line of its own, the row was split in two and the place became a row of its own.
 */
function yearRangeRest(cells: readonly string[], above: readonly string[]): boolean {
  const filled = cells.flatMap((c, i) => (c !== '' ? [i] : []));
  const years = filled.filter((i) => YEAR_ALONE.test(cells[i]!) && OPEN_YEAR.test(above[i] ?? ''));
  if (years.length === 0 || !above.some((c) => c !== '' && FIGURE_CELL.test(c) && !YEAR_ALONE.test(c))) return false;
  // (every other cell a rest under a text cell of the row, no figure of its own)
  return filled.every((i) => years.includes(i) || (textCell(above[i]) && textCell(cells[i])));
}

const THING_FACTS: ReadonlySet<string> = new Set(THING_FACT_LABELS);

/**
 * The insured thing's label in a record written with dotted leaders («Båt .......... Askeladden C61, reg.nr. ABC 1234»): the
 * leaders stand for the colon, so the label has none.
 */
const THING_LABELS: ReadonlySet<string> = new Set(['båt', 'båten', 'fartøy', 'bil', 'bilen', 'kjøretøy', 'køyretøy', 'motorsykkel', 'moped', 'campingvogn', 'bobil', 'tilhenger', 'tilhengar', 'traktor', 'snøscooter']);

/** A field's row: its label with a colon, then its value («Båt:   Askeladden C61 Cruiser»), or the thing's label without it («Båt | Askeladden C61»). */
function fieldRow(cells: readonly string[]): boolean {
  const full = cells.filter((c) => c !== '');
  return full.length === 2 && (full[0]!.trim().endsWith(':') || THING_LABELS.has(full[0]!.trim().toLowerCase()));
}

/** «Båthamn: Hjellestad småbåthamn, plass 112», «Motor: Yamaha F100»: a thing's fact, its label and a colon before its value. */
function labelledFact(cell: string): boolean {
  const colon = cell.indexOf(':');
  return colon > 0 && colon < cell.length - 1 && THING_FACTS.has(cell.slice(0, colon).trim().toLowerCase());
}

/** A cell that is only the form of a first-risk sum: «Førsterisiko», «Første risiko», nynorsk «Fyrsterisiko». */
const FIRST_RISK_ALONE = new RegExp(String.raw`^${FIRST_RISK_WORD}$`, 'i');

/** «Egenandel: ingen», «Egenandel behandlingsutgifter: kr 1 000», «Eigenandel: 2 000 kr»: a deductible's label, a colon and its value. */
// («   Egenandel behandlingsutgifter kr 1 000 per skade.»: the same without its colon, the amount with its currency after the words)
const DEDUCTIBLE_FIELD = /^(?:egenandel|eigenandel|eigendel|selvrisiko)(?:\s+[a-zæøå][a-zæøå -]{0,40})?(?::\s*\S|\s+(?:kr\.?|nok)\s*\d)/i;

/** «Forsikringsperiode: 01.01.2025 - 31.12.2025», «Utstedt: 03.12.2024»: a capitalised label of a few words, its colon and a date. */
const DATED_FIELD = /^[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ. ]{2,40}:\s*\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)/;

/** A cell that is a dated field alone, its date or period ending it: «Utstedt: 03.12.2024», «Forsikringsperiode: 01.01.2025 - 31.12.2025». */
function datedFieldWhole(cell: string): boolean {
  const t = cell.trim();
  const colon = t.indexOf(':');
  return colon > 0 && DATED_FIELD.test(t) && DATE_CELL.test(t.slice(colon + 1).trim());
}

/** A cell that is only a rule: «-------», «=====», «_____». */
const RULE_CELL = /^(?:-{3,}|={3,}|_{3,}|—{2,}|–{2,})$/;

/** A cell that is a sum in words: «Etter lov», «Individuelt», «Lovbestemt», «Etter regning», «Ubegrenset». */
const WORDS_VALUE_CELL = /^(?:individuel(?:t|le?)(?:\s+(?:vurdert|utmåling|utmålt))?|(?:etter|iht\.?|i\s+henhold\s+til|ifølge)\s+(?:lov|loven|lova)|lovbestemt|etter\s+regning|ubegrenset)$/i;

/**
 * A line whose last cell is a sum in words standing under a value of the line above (a figure or a
 * sum in words), with a name before it: a row of its own. (A continuation never brings a second value
 * into a column whose value is whole.)
 */
function valueUnderValue(cells: string[], above: string[]): boolean {
  let k = cells.length - 1;
  while (k > 0 && cells[k] === '') k--;
  const from = cells.findIndex((c) => c !== '');
  const over = above[k] ?? '';
  return k > from && from >= 0 && WORDS_VALUE_CELL.test(cells[k]!) && (FIGURE_CELL.test(over) || WORDS_VALUE_CELL.test(over));
}

/**
 * Whether a row of bar or tab cells continues the row above it (a cell wrapped onto a row of its
 * own): no more cells, the row above has a figure, this one none, and its text stands only under text
 * cells; its first cell is empty, starts in lower case, or goes on from a first cell above that
 * ends as a wrapped cell does («Skutvik skole og»).
 */
export function barContinues(cells: string[], above: string[]): boolean {
  // (a line's trailing empty cells are cut with its trailing blanks)
  // («Yrkesskade | Ménerstatning | Etter lov»: a sum in words is the row's figure as well)
  if (cells.length > above.length || !above.some((c, i) => i > 0 && c !== '' && (FIGURE_CELL.test(c) || WORDS_VALUE_CELL.test(c)))) return false;
  if (!cells.some((c) => c !== '') || cells.some((c, i) => c !== '' && (FIGURE_CELL.test(c) || FIGURE_CELL.test(above[i]!) || /^[-=:\s]+$/.test(c)))) return false;
  // (a sum in words under a sum: a row of its own — valueUnderValue)
  if (cells[0] === '' && valueUnderValue(cells, above)) return false;
  const first = cells[0]!;
  if (first !== '' && TOTAL_START.test(first)) return false;
  return first === '' || STARTS_LOWER.test(first) || WRAPPED_END.test(above[0]!);
}

/**
 * A drawn table's row written over two lines, as a broker's overview with narrow columns sets it:
 *
 *   «| Gjensidige | Næringsbygg    | Sagvegen 3, 5353 | NOK 38 500 000,- | NOK      | NOK      |» over
 *   «|            | pol. 91 40 772 | Straume          |                  | 25 000,- | 61 200,- |»
 *
 * The line under it, its first cell empty, holds the rests of the row's cells column by column: text only under
 * text, an amount only under its currency standing alone (every such currency gets its figure). A figure under a
 * figure, a text under an empty cell or a figure, or a currency left without its amount: a row of its own.
 */
export function barRowRest(cells: string[], above: string[]): boolean {
  if (cells.length > above.length || (cells[0] ?? '') !== '' || !cells.some((c) => c !== '')) return false;
  const currencies = above.flatMap((c, i) => (i > 0 && CURRENCY_CELL.test(c.trim()) ? [i] : []));
  if (currencies.length === 0) return false;
  for (let i = 1; i < cells.length; i++) {
    const c = cells[i]!;
    const over = (above[i] ?? '').trim();
    if (c === '') continue;
    if (/^[-=:\s]+$/.test(c) || TOTAL_START.test(c)) return false;
    if (FIGURE_CELL.test(c)) {
      if (!CURRENCY_CELL.test(over) || /%|‰|promille/i.test(c)) return false;
    } else if (over === '' || FIGURE_CELL.test(over) || CURRENCY_CELL.test(over) || /[.!?:]$/.test(c)) return false;
  }
  return currencies.every((i) => FIGURE_CELL.test(cells[i] ?? ''));
}

/** A column name's second line: its year («Premie» over «2026»), its unit («(kr)», «NOK»). */
const HEADER_REST_CELL = /^(?:(?:19|20)\d\d|\((?:kr|nok)\)|kr\.?|nok)$/i;

/**
 * «| Selskap | Produkt | Sum | Egenandel | Premie |» over «|  |  |  |  | 2026 |»: a header whose column names
 * wrap, the second line's words each under a name (a year or a unit) — the names' rests, never a row.
 */
export function barHeaderRest(cells: string[], above: string[]): boolean {
  if (cells.length > above.length || (cells[0] ?? '') !== '' || !cells.some((c) => c !== '')) return false;
  if (above.some((c) => /\d/.test(c)) || above.filter((c) => COLUMN_NAME_SET.has(c.trim().toLowerCase())).length < 2) return false;
  return cells.every((c, i) => c === '' || (HEADER_REST_CELL.test(c) && (above[i] ?? '').trim() !== ''));
}

/**
 * «Næringsbygg | Strandgata 18, | kr 12 400 000 | …» over a line of one piece «2317 Hamar»: the rest
 * of the one cell above that ends in a comma, wherever the piece stands (under the product column,
 * at the margin, under a figure). The row's cells with the piece put in that cell's column, or
 * undefined. A value never ends in a comma: the cell goes on on the next line.
 */
function commaContinuation(cells: string[], above: string[]): string[] | undefined {
  const pieces = cells.filter((c) => c !== '');
  const text = pieces.filter((c) => !FIGURE_CELL.test(c));
  // (a sentence under a table is no cell's rest)
  if (text.length !== 1 || text[0]!.length > 60 || /[.!?:]$/.test(text[0]!) || TOTAL_START.test(text[0]!)) return undefined;
  const figured = above.some((c, i) => i > 0 && c !== '' && FIGURE_CELL.test(c));
  // («Bygning | Klubbhuset Løypevegen 12» over «   | 1940 Bjørkelangen | 6 420»: a place's postcode line under
  // a place cell that ends without a comma is its rest too)
  const postcodeAt = pieces.length > 1 && cells[0] === '' ? cells.findIndex((c, i) => i > 0 && c === text[0] && (above[i] ?? '') !== '' && POSTCODE_LINE.test(c)) : -1;
  const open = postcodeAt > 0 ? [postcodeAt] : above.flatMap((c, i) => (c.endsWith(',') ? [i] : []));
  if (open.length !== 1) return undefined;
  if (pieces.length > 1) return restWithFigures(cells, above, open[0]!, figured);
  if (!figured) return undefined;
  const out: string[] = above.map(() => '');
  out[open[0]!] = pieces[0]!;
  return out;
}

/** A cell that is a currency alone, its figure wrapped onto the next line: «NOK», «kr». */
const CURRENCY_CELL = /^(?:nok|kr\.?|kroner)$/i;

/**
 * «Bygning | Industrivegen 9, | NOK | 3,2 % | NOK | NOK» over «   | 6893 Vik i Sogn | 18 450 000,- | | 20 000,- |
 * 27 310,-»: a row whose every amount cell is its currency alone, each figure on the line under it (a letter's table
 * with narrow columns). The line is the row's rest, cell by cell: its first cell empty, each figure under a
 * currency, and its one text (if any) under the cell above that ends in a comma. Undefined otherwise.
 */
function figuresUnderCurrency(cells: string[], above: string[]): string[] | undefined {
  if ((cells[0] ?? '') !== '' || cells.length > above.length) return undefined;
  const currencies = above.flatMap((c, i) => (i > 0 && CURRENCY_CELL.test(c.trim()) ? [i] : []));
  if (currencies.length === 0 || above.some((c, i) => i > 0 && FIGURE_CELL.test(c) && !/%$/.test(c.trim()))) return undefined;
  let figures = 0;
  for (let i = 1; i < cells.length; i++) {
    const c = cells[i]!;
    if (c === '') continue;
    if (FIGURE_CELL.test(c)) {
      if (!currencies.includes(i)) return undefined;
      figures++;
    } else if (!(above[i] ?? '').endsWith(',')) return undefined;
  }
  // (every currency gets its figure: a currency left without one is a row read wrong)
  return figures === currencies.length ? cells : undefined;
}

/** A place's line of postcode and place name: «1940 Bjørkelangen», «0155 Oslo». */
const POSTCODE_LINE = /^\d{4} [A-ZÆØÅ][a-zæøåA-ZÆØÅ-]+(?: [A-ZÆØÅa-zæøå][a-zæøåA-ZÆØÅ-]+)?$/;

/**
 * «Bygning | Skistua, Løypevegen 12, gnr 45 bnr 3,» over «   | 1940 Bjørkelangen | 6 420» (a PDF's
 * row whose figures stand on the wrapped place's last line): the place's rest in the open cell's
 * column and the row's figures in columns the row above leaves empty — the row's rest, cells as they
 * stand. Undefined when the row above has a figure of its own or a cell is taken.
 */
function restWithFigures(cells: string[], above: string[], open: number, figured: boolean): string[] | undefined {
  if (figured || cells[open] === undefined || FIGURE_CELL.test(cells[open]!) || !/^(?:\d{4}\s|[A-ZÆØÅ])/.test(cells[open]!)) return undefined;
  return cells.every((c, i) => c === '' || i === open || (FIGURE_CELL.test(c) && (above[i] ?? '') === '')) ? cells : undefined;
}

/**
 * The lines of a space-aligned block whose first text starts two blanks or more right of the
 * block's margin, with a cell after it: «    Kasko        3 420» under «Motorvogn   Traktor …, AB 12345».
 */
function markSetIn(block: Span[][], aligned: string[][], mark: (k: number) => void): void {
  if (block.length < 2) return;
  let margin = Infinity;
  for (const b of block) margin = Math.min(margin, b[0]!.start);
  block.forEach((b, k) => {
    const cells = aligned[k];
    // («                 Ansvar        1 260» set in as far as the next column: its first cell empty, still set in)
    if (b[0]!.start >= margin + 2 && cells !== undefined && cells.filter((c) => c !== '').length >= 2) mark(k);
  });
}

/** The blanks before a line's text, a tab as four. */
function indentOf(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === ' ') n++;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

/** A cell that begins a total line of a table (src/parse/vocabulary.ts). */
const TOTAL_START = new RegExp(`^(?:${[...TOTAL_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![a-zæøå])`, 'i');

/**
 * A record's label padded to a fixed width with its colon set apart after the padding («Reg.nr.          : EK 48213»,
 * «Egenandel        : kr 8 000»), as policy systems print a vehicle's or a record's fields with the colons aligned:
 * the colon belongs to the label («Reg.nr.:          EK 48213»), the spaces are the gap before the value. The line keeps
 * its length, so offsets found in it stay where they were. Only at a line's start, a label of one to four words that
 * begins with a letter — a colon set apart inside running text or a time («kl. 12 : 00») is left as written.
 */
const SPACED_COLON = /^(\s*[A-Za-zÀ-ÖØ-öø-ÿ][^:\d]{0,40}?[A-Za-zÀ-ÖØ-öø-ÿ.)])(\s+):(?=\s+\S)/;

/** The line with a label's set-apart colon (SPACED_COLON) moved to the label's end; the line itself otherwise. */
export function spacedColonClosed(raw: string): string {
  const m = SPACED_COLON.exec(raw);
  if (!m || m[1]!.trim().split(/\s+/).length > 4) return raw;
  return `${m[1]}:${m[2]}${raw.slice(m[0].length)}`;
}

/** A fact of a sum alone: «førsterisiko», «fyrsterisiko», «indeksreguleres ikke», «ikke indeksregulert». */
const SUM_FACT_ALONE = /^(?:f[øy]rsterisiko|(?:summen\s+)?indeksregulere[st]\s+ikkj?e|(?:summen\s+)?indeksregulerast\s+ikkje|ikkj?e\s+indeksregulert)$/i;

/**
 * How a breakdown sub-row set in under a table's row starts: «herav ansvar», «hvorav naturskade», «derav
 * trafikkforsikringsavgift», «herunder …», «av dette …» — the part of the row above that some cover makes up, priced in it.
 */
export const BREAKDOWN_START = /^(?:herav|hvorav|derav|herunder|av dette|av det)(?:\s|:)/i;

/** «(førsterisiko)», «(første risiko)»: the form of a sum alone in a bracket. */
const FIRST_RISK_BRACKET = new RegExp(String.raw`^\(\s*${FIRST_RISK_WORD}\s*\)$`, 'i');

/**
 * «Bygningsglass   250 000   5 000   980» over «(førsterisiko)» under the name: the bracket, set on the name's next line of
 * a wrapped row, says how the sum beside the name is set — the sum's cell goes on with it («250 000 (førsterisiko)», a
 * first-risk sum as readSum reads it), the name does not («Bygningsglass»). Only where the first amount right of the
 * name, words without figures perhaps between (an index column's «Ingen»), has nothing under it; otherwise the continuation as it is.
 */
function formToSum(row: readonly string[], more: readonly string[]): string[] {
  const out = more.slice();
  for (const [i, c] of more.entries()) {
    if (i === 0 || !FIRST_RISK_BRACKET.test(c.trim()) || (row[i] ?? '').trim() === '' || FIGURE_CELL.test(row[i]!.trim())) continue;
    // (an index column's word between the name and the sum — «Kunst og utsmykning | Ingen | 5 000 000 | …» over «(førsterisiko
    // / first loss)» — is passed over: the first amount right of the name is the sum, where no figure stands before it)
    const sum = row.findIndex((x, j) => j > i && FIGURE_CELL.test(x.trim()));
    if (sum < 0 || row.slice(i + 1, sum).some((x) => /\d/.test(x)) || (more[sum] ?? '').trim() !== '') continue;
    out[i] = '';
    out[sum] = c.trim();
  }
  return out;
}

/** A row and the continuation lines joined to it, cell by cell. */
export function joinCells(row: string[], given: string[]): string[] {
  const out = row.slice();
  const more = formToSum(row, given);
  more.forEach((c, i) => {
    if (c === '') return;
    out[i] = out[i] ? joinWrapped(out[i]!, c) : c;
  });
  return out;
}

/** A web page's link in the last cell of a line, after a gap: «   Vis detaljer >», «\tSe detaljer ›» (PAGE_LINKS). */
const PAGE_LINK_END = new RegExp(String.raw`(?:\t| {2,})(?:${PAGE_LINKS.map((w) => w.replace(/ /g, '\\s')).join('|')})(?:\s*[>›»→])?\s*$`, 'i');

/**
 * «Husforsikring Pluss                         Vis detaljer >»: a card's title with the page's link beside it — the link is
 * no cell (the title had become a row of two cells, and the card was not read). A line of links alone stays as it is:
 * it is no part of any card's text.
 */
export function withoutPageLink(raw: string): string {
  if (!raw.includes('  ') && !raw.includes('\t')) return raw;
  const m = PAGE_LINK_END.exec(raw);
  if (!m) return raw;
  const before = raw.slice(0, m.index);
  return before.trim() === '' || PAGE_LINK_END.test(before) ? raw : before;
}

/** A leader of one or two dots between a word and a figure, spaced («lausøyre . 2,6 prosent», «Varer .. 4,0 %»). */
const SHORT_LEADER = /([a-zæøåA-ZÆØÅ)])\s+\.{1,2}\s+(?=[+-]?\s?\d)/;

/** Dot leaders between a label and its figure («Bygninger ........ 3,7 %») are a column gap. */
function withoutLeaders(raw: string): string {
  return hasLeader(raw) ? raw.replace(LEADER_GAP, '$1    ') : raw;
}

/** A line's cell that is an item's figure: a G sum, an amount, a percentage, «Individuelt». */
const ITEM_FIGURE = /^(?:(?:inntil|opptil)\s+)?(?:(?:kr\.?|nok)\s*)?\d[\d .,–-]*\s*(?:G|%|kr\.?|kroner)?$|^individuelt$/i;
/** How a sentence or a label ends: not a name broken at the line's end. */
const ENDS_WHOLE = /[.:;!?]$/;

/**
 * «Ménerstatning, ved 15 % medisinsk invaliditet eller meir, for» over «   ansatte under 50 år
 * ........ 4,5 G»: an item's name too long for its line, broken before the row that ends it with
 * its figure. The row's name goes on from the line above — that line ends as a broken cell does (a
 * comma, «og», «for» …) or the row is indented — and the row's name starts in lower case. The line
 * above is joined to the row, which keeps its own line number.
 */
function nameWrappedOverRow(raws: ReadonlyArray<RawLine>, cellsOf: string[][], joined: boolean[], runningRaw: boolean[]): void {
  for (let k = 1; k < raws.length; k++) {
    const row = cellsOf[k]!;
    const p = k - 1;
    const above = cellsOf[p]!;
    if (joined[k] || joined[p] || runningRaw[k] || runningRaw[p] || row.length !== 2 || above.length !== 1) continue;
    if (!follows(raws[p]!, raws[k]!) || !STARTS_LOWER.test(row[0]!) || !ITEM_FIGURE.test(row[1]!.trim())) continue;
    const name = above[0]!;
    const indented = /^\s/.test(raws[k]!.raw) && !/^\s/.test(raws[p]!.raw);
    if (!LETTER_START.test(name) || ENDS_WHOLE.test(name) || !(indented || /,$/.test(name) || WRAPPED_END.test(name)) || name.split(/\s+/).length > 14) continue;
    row[0] = `${name} ${row[0]}`;
    joined[p] = true;
  }
}

/** A line of label/figure pairs side by side, each with its dot leader: the pairs as lines of their own, on the same line of the file. */
function pairsApart<T extends { raw: string }>(r: T): T[] {
  const pairs = hasLeader(r.raw) ? pairsAtLeaders(r.raw) : undefined;
  return pairs === undefined ? [r] : pairs.map((raw) => ({ ...r, raw }));
}

/** The running-header pattern a (trimmed) text matches. */
function isRunning(key: string): boolean {
  return maybeRunning(key) && RUNNING.some((re) => re.test(key));
}

/** A page number as printed documents write it in a header or footer: «Side 2 av 3», «Side 2 of 3», «Side 2 (3)», «side 1/2». */
const PAGE_MARK = /\bSide(?:nr)?\.?:? ?\d+(?: (?:(?:av|of) \d+\b|\(\d+\)(?!\S))|\/\d{1,3}(?![\d/.,]))/i;
const PAGE_MARK_G = new RegExp(PAGE_MARK.source, 'gi');

const INSURED_PLACE_LABEL_SET: ReadonlySet<string> = new Set(INSURED_PLACE_LABELS);

/** A certificate's title naming its insurance after a dash or colon: «FORSIKRINGSBEVIS – INNBOFORSIKRING», «Polise: Hytteforsikring». */
const CERTIFICATE_TITLE_LINE = new RegExp(`^\\s*(?:${[...CERTIFICATE_TITLES].join('|')})\\s*[–—:-]\\s*[A-Za-zÀ-ÖØ-öø-ÿ]`, 'i');

/**
 * «FORSIKRINGSBEVIS – INNBOFORSIKRING      Side 1 av 1»: a one-page certificate's title with the first page's number at its
 * right — the document's title, which names its one insurance, never page furniture (taken out as running text, the
 * covers under it became products of their own). Only the first page's: a title repeated beside «Side 2 av 3» is running.
 */
function firstPageTitle(raw: string): boolean {
  const mark = raw.includes('ide') ? PAGE_MARK.exec(raw) : null;
  return mark !== null && /\d+/.exec(mark[0])?.[0] === '1' && CERTIFICATE_TITLE_LINE.test(raw);
}

/**
 * «Forsikringssted: Industrivegen 4, 2816 Gjøvik», «Egenandel: kr 20 000»: a field of a coverage —
 * its insured place or a figure — which no page's header or footer holds. A block may end a page
 * beside its number, and two blocks may state the same place or deductible next to two page
 * numbers: such a line is the block's, never page furniture.
 */
function coverageField(raw: string): boolean {
  if (firstPageTitle(raw)) return true;
  const colon = raw.indexOf(':');
  if (colon < 3 || colon > 40) return false;
  const label = raw.slice(0, colon).trim().toLowerCase();
  return FIGURE_COLUMN_NAME_SET.has(label) || INSURED_PLACE_LABEL_SET.has(label);
}

/**
 * Text exported from a PDF repeats each page's header and footer where the page breaks: the lines
 * next to a page number («Fremtind Forsikring AS   Forsikringsoversikt» / «Avtalenummer: 7741 2290
 * Side 2 av 2»). A line within two lines of a page number that stands, the same (page numbers
 * aside), next to another page number is running text too — not a row of the table it interrupts.
 */
function markPageFurniture(raws: ReadonlyArray<{ raw: string }>, runningRaw: boolean[]): void {
  const marks: number[] = [];
  for (let k = 0; k < raws.length; k++) if (raws[k]!.raw.includes('ide') && PAGE_MARK.test(raws[k]!.raw)) marks.push(k);
  if (marks.length < 2) return;
  const key = (raw: string): string => raw.trim().replace(/\s+/g, ' ').replace(PAGE_MARK_G, 'Side #');
  const near = new Set<number>();
  for (const m of marks) for (let k = Math.max(0, m - 2); k <= Math.min(raws.length - 1, m + 2); k++) if (raws[k]!.raw.trim() !== '' && !coverageField(raws[k]!.raw)) near.add(k);
  const count = new Map<string, Set<number>>();
  for (const k of near) {
    const mark = marks.reduce((a, b) => (Math.abs(b - k) < Math.abs(a - k) ? b : a));
    const x = key(raws[k]!.raw);
    count.set(x, (count.get(x) ?? new Set()).add(mark));
  }
  // (a column's name is no furniture: «Forsikring», the first of a table's column names one per line two lines under
  // «Side 1 av 2», and again under «Side 2 av 2» — taken out, each table lost its first column and every row; a
  // table's header repeated after a break is the table readers' to pass over)
  for (const k of near) if (count.get(key(raws[k]!.raw))!.size >= 2 && !COLUMN_NAME_SET.has(key(raws[k]!.raw).toLowerCase())) runningRaw[k] = true;
}

/** A page's number and the count of pages alone on a line, set far to the right: «                    2/2». */
const BARE_PAGE_NUMBER = /^\s{30,}(\d{1,2})\/(\d{1,2})\s*$/;

/** Whether a raw line is only a page's number of the pages' count (BARE_PAGE_NUMBER), the number no more than the count. */
function barePageNumber(raw: string): boolean {
  const m = raw.includes('/') ? BARE_PAGE_NUMBER.exec(raw) : null;
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]);
}

/** Lines read at each edge of a page when looking for a repeated header or footer. */
const EDGE_LINES = 6;
/** How long the words beside a page number may be for the line to be a header or footer (a policy number, a date, a title). */
const PAGE_LINE_WORDS = 90;

/**
 * Text copied from a PDF (copy and paste, pdftotext) repeats the document's header block —
 * insurer, «Forsikringsnummer …», the customer's name — at the top of each page, and its footer at
 * the bottom. A page ends at a form feed and at a page number («Side 1 av 2», with or without words
 * around it). The lines that stand, the same (page numbers aside), right after the start of two
 * pages or right before the end of two are running text: the readers never see the repeats (the
 * first occurrence stays where it is: it is the document's own header). A line with a page number
 * and a few words beside it is running wholly («Forsikringsnummer 4410 2277   Side 2 av 2»).
 */
function markRepeatedAtBreaks(raws: ReadonlyArray<{ raw: string; page: number }>, runningRaw: boolean[]): void {
  // («Forsikringssted: Industrivegen 4, 2816 Gjøvik      Side 1 av 2»: the page ends at the block's own field, which stays a line; coverageField)
  const field = raws.map((r) => coverageField(r.raw));
  const n = raws.length;
  // the page each line is on: a form feed or a line with a page number ends one
  const sheet: number[] = new Array(n);
  let s = 0;
  let breaks = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && raws[k]!.page !== raws[k - 1]!.page) s++;
    sheet[k] = s;
    if (raws[k]!.raw.includes('ide') && PAGE_MARK.test(raws[k]!.raw)) {
      // (a whole page run into one line, its number at the end, as a transcript gives it, is no running line)
      if (raws[k]!.raw.replace(PAGE_MARK_G, '').trim().length <= PAGE_LINE_WORDS && !field[k]) runningRaw[k] = true;
      s++;
      breaks++;
    } else if (barePageNumber(raws[k]!.raw)) {
      // («                                        2/2» alone at the right edge: the page's number without «Side» — read as
      // text, it ran into the field above it: «STED 2: Kokstadvegen 30, 5257 Kokstad 2/2»)
      runningRaw[k] = true;
      if (k > 0) s++;
      breaks++;
    }
  }
  if (s === 0 && breaks === 0) return;
  const key = (k: number): string => raws[k]!.raw.trim().replace(/\s+/g, ' ').replace(PAGE_MARK_G, 'Side #');
  /**
   * The lines next to each page's edge, walking from it (lines already running are passed over, and
   * so is a rule: «Side 1 av 2», «_____», then the letterhead repeated).
   */
  const edges: number[][] = [];
  const walk = (from: number, step: 1 | -1): void => {
    const out: number[] = [];
    for (let k = from; k >= 0 && k < n && sheet[k] === sheet[from] && out.length < EDGE_LINES && !field[k]; k += step) if (!runningRaw[k] && !isRule(raws[k]!.raw.trim())) out.push(k);
    if (out.length > 0) edges.push(out);
  };
  for (let k = 0; k < n; k++) {
    if (k === 0 || sheet[k] !== sheet[k - 1]) walk(k, 1);
    if (k === n - 1 || sheet[k] !== sheet[k + 1]) walk(k, -1);
  }
  const sheetsOf = new Map<string, Set<number>>();
  for (const edge of edges) for (const k of edge) sheetsOf.set(key(k), (sheetsOf.get(key(k)) ?? new Set()).add(sheet[k]!));
  // from each edge inwards, as long as the lines repeat at another page's edge
  const repeated = new Set<number>();
  for (const edge of edges) {
    for (const k of edge) {
      if (sheetsOf.get(key(k))!.size < 2) break;
      repeated.add(k);
    }
  }
  const seen = new Set<string>();
  for (const k of [...repeated].sort((a, b) => a - b)) {
    if (seen.has(key(k))) runningRaw[k] = true;
    else seen.add(key(k));
  }
}

/** A line that begins with a tab (perhaps after spaces). */
const TAB_FIRST = /^ *\t/;
/** A cell of figures only («42 000 000», «61 320»). */
const FIGURES_ONLY = /^\d[\d .]*$/;

/**
 * Lines of a table indented by a tab as a whole (under a numbered section heading: «\tByggested\tKontraktssum\tEgenandel\tPremie»,
 * «\tStrandgata 4,\t42 000 000\t50 000\t61 320», «\t3015 Drammen»): their first tab is indentation, not an empty first column.
 * A run of consecutive lines that all begin with a tab, one of them a row of figures; a header with an empty first
 * cell over rows that name themselves («\tDekkes\tDekkes ikke» over «Hva er forsikret?\t…») is no such run.
 */
function tabIndented(raws: ReadonlyArray<RawLine>): boolean[] {
  const out: boolean[] = new Array(raws.length).fill(false);
  let k = 0;
  while (k < raws.length) {
    if (!TAB_FIRST.test(raws[k]!.raw)) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < raws.length && TAB_FIRST.test(raws[end]!.raw) && follows(raws[end - 1]!, raws[end]!) && raws[end]!.page === raws[k]!.page) end++;
    const figures = raws.slice(k, end).some((r) => r.raw.split('\t').filter((c) => FIGURES_ONLY.test(c.trim())).length >= 2);
    if (end - k >= 2 && figures) out.fill(true, k, end);
    k = end;
  }
  return out;
}

/** The text's non-blank lines, normalised, unquoted, and with columns set side by side read apart (`across`: lines that run across two columns). */
function rawLinesOf(original: string): { text: string; notes: ReturnType<typeof normaliseText>['notes']; raws: RawLine[]; across: RawLine[] } {
  // invisible characters and every kind of space, before anything reads the text (src/parse/normalise.ts)
  const { text, notes } = normaliseText(original);
  // (records set side by side are read column by column: src/parse/text-cells.ts)
  const read = rawLines(text);
  // «> Fornyelse: 01.01.2025» in a forwarded e-mail: the line as it was written (src/parse/normalise.ts)
  unquoteLines(read.length, (i) => read[i]!.raw, (i, raw) => (read[i]!.raw = raw));
  // («Indeksregulering bygning ....... 4,2 %      Naturskade ....... 0,08 ‰»: a notice in two columns, each pair a line)
  // (a page in two columns, «Avtalenr.: …   Næringsbygg  kr …»: the left column, then the right: src/parse/text-columns.ts)
  const across: RawLine[] = [];
  // («Forsikringstaker / Policyholder:», «Buildings» under «Bygning …»: a bilingual schedule read in Norwegian — before
  // the columns are sought, so a translation's words are not taken for a second column: «Forsikringstaker / Policyholder
  // Forsikringsnummer / Policy No.» over «Nordvik Eiendom AS   SP 771 204» is a row of labels over their values)
  const norwegian = translationsOut(read.filter((l) => l.raw.trim() !== ''));
  const raws = pageColumnsApart(recordColumnsApart(norwegian, across, columnBlocks(norwegian))).flatMap((r) => pairsApart(r));
  // («Landbruksmaskinar og lausøyre . 2,6 prosent» between «Bygningar ........ 3,3 prosent» and «Innbu ........ 2,8 prosent»:
  // a long label leaves room for one dot of the leader — beside lines with a leader, that dot before a figure is one too)
  const leadered = raws.map((r) => hasLeader(r.raw));
  raws.forEach((r, i) => {
    if (!leadered[i] && (leadered[i - 1] === true || leadered[i + 1] === true) && SHORT_LEADER.test(r.raw)) r.raw = r.raw.replace(SHORT_LEADER, '$1    ');
  });
  for (const r of raws) r.raw = nameDotPlaceClosed(withoutPageLink(spacedColonClosed(withoutLeaders(r.raw))));
  return { text, notes, raws, across };
}

/**
 * «Villa  ·  Husøyveien 31, 3145 Tjøme» over «Forsikringssum:   Fullverdi», «Egenandel:   kr 6 000,-»: a letter's record
 * names its product and its place with a middle dot set apart by spaces between them, as others write a dash — one line's
 * text (its place read after the dot: src/parse/schedule-names.ts productLine), never a row of three cells, the dot one of
 * them. Only a name of words, then the dot, then a place that ends with its postcode and town and holds no gap of its own.
 */
const NAME_DOT_PLACE = /^(\s*[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ/-]*(?: [A-Za-zÀ-ÖØ-öø-ÿ/-]+){0,3})\s{2,}·\s{2,}((?!.*\S\s{2,}\S)[^\s·][^·]*\d{4}\s+[A-ZÆØÅ][^·\d]*)$/;
function nameDotPlaceClosed(raw: string): string {
  return raw.includes('·') ? raw.replace(NAME_DOT_PLACE, '$1 · $2') : raw;
}

/** Read a decoded text document into lines and cells. */
export function textToSource(original: string, file: string, digest: string): SourceDocument {
  const { text, notes, raws, across } = rawLinesOf(original);
  const cellsOf: string[][] = new Array(raws.length);
  /** Lines of an aligned block with a cell run over two columns (alignBlock). */
  const straddles: boolean[] = [];
  /** Lines of a space-aligned block whose name cell is set in from the block's margin (see SourceLine.setIn). */
  const setIn: boolean[] = [];
  /** Lines joined to the row above them (wrapped cells): not lines of their own. */
  const joined: boolean[] = new Array(raws.length).fill(false);
  const runningRaw = raws.map((r) => isRunning(r.raw.trim()));
  markPageFurniture(raws, runningRaw);
  markRepeatedAtBreaks(raws, runningRaw);
  // tab-separated lines: split on tabs, empty cells kept (they are columns)
  let i = 0;
  /** The last row of bar or tab cells, and the last line it took (itself or a wrapped line joined to it). */
  let barRow = -1;
  let lastOfRow = -1;
  /** Joins line `k`'s cells to the row right above it where they continue it (barContinues); then true, and `i` moves on. */
  const wrappedUnder = (k: number, cells: string[], delimited = true): boolean => {
    const prev = raws[k - 1];
    if (barRow < 0 || lastOfRow !== k - 1 || prev === undefined || !follows(prev, raws[k]!)) return false;
    const moved = commaContinuation(cells, cellsOf[barRow]!);
    if (!moved && (!delimited || !(barContinues(cells, cellsOf[barRow]!) || barRowRest(cells, cellsOf[barRow]!) || barHeaderRest(cells, cellsOf[barRow]!)))) return false;
    cellsOf[barRow] = joinCells(cellsOf[barRow]!, moved ?? cells);
    joined[k] = true;
    cellsOf[k] = [];
    lastOfRow = k;
    i = k + 1;
    return true;
  };
  const indented = tabIndented(raws);
  /** The last header line of column names alone (see underHeader). */
  let header: HeaderColumns | undefined;
  /** The last header line of column names over its rows, and the last line placed by it (keptPlaces). */
  let kept: KeptHeader | undefined;
  /** Lines whose cells were placed by a kept header's columns (SourceLine.placed). */
  const placed: boolean[] = [];
  while (i < raws.length) {
    const r = raws[i]!;
    if (r.raw.includes('\t')) {
      const split = r.raw.split('\t').map((c) => c.trim());
      const tabs = indented[i] ? split.slice(1) : split;
      // (a wrapped cell on a line of its own, as in a bar table below)
      if (wrappedUnder(i, tabs)) continue;
      cellsOf[i] = tabs;
      barRow = i;
      lastOfRow = i;
      i++;
      continue;
    }
    // «Forsikring;Forsikringssted;Sum 2024» (src/parse/text-cells.ts)
    // («  Bonus 75 %  |  Årsmodell 2021», «  Bonus 70 %; Kjørelengde 16 000 km» set in under a table's row: the vehicle's facts,
    // one piece — the row's note, as factsUnderRow reads them set apart by a middle dot; split at the bar, they were a row)
    // (not a line that opens with a bar: «   | havn 4, 9018 Tromsø |  |» is a `|`-table's wrapped cells under an empty first
    // cell — «havn 4» a place's rest, not the boat's berth)
    if (i > 0 && (r.raw.includes('|') || r.raw.includes(';')) && indentOf(r.raw) >= 2 && !/^\s*\|/.test(r.raw) && follows(raws[i - 1]!, r) && raws[i - 1]!.raw.trim() !== '' && thingFactsText(r.raw)) {
      cellsOf[i] = [r.raw.trim()];
      i++;
      continue;
    }
    if (r.raw.includes(';')) {
      const cells = delimitedCells(raws, i);
      if (cells) {
        cellsOf[i] = cells;
        i++;
        continue;
      }
    }
    // «| Forsikring | Dekning | Egenandel i dag |» and «Eiendeler | Pluss … | Kr 10 000»: cells between bars
    if (r.raw.includes('|')) {
      const above = barRow >= 0 && lastOfRow === i - 1 ? raws[barRow]!.raw.trim() : '';
      const bars = barCells(r.raw, above.includes('|') && !above.startsWith('|'));
      if (bars) {
        // «| | 8290 Skutvik | | |» under «| Vestfjord rådhus | Torget 2, | 96 300 000 | …»: a wrapped cell
        if (wrappedUnder(i, bars)) continue;
        cellsOf[i] = bars;
        barRow = i;
        lastOfRow = i;
        i++;
        continue;
      }
    }
    // «Strandgata 18,» in a tab row, «2317 Hamar» on the line under it without a tab: the cell's rest
    if (!r.raw.includes('  ') && wrappedUnder(i, [r.raw.trim()], false)) continue;
    // running text (no run of two spaces after the indentation) is one cell
    const spans = !runningRaw[i] && r.raw.includes('  ') && /\S {2,}\S/.test(r.raw) ? spaceCells(r.raw) : [];
    if (spans.length < 2) {
      cellsOf[i] = [r.raw.trim()];
      // (a paragraph under the table ends it: its header no longer places the pieces of a line — a rule under the
      // header, «-----», is no paragraph: the rows under it are the header's)
      if (r.raw.trim() !== '' && !runningRaw[i] && !RULE_CELL.test(r.raw.trim())) header = undefined;
      i++;
      continue;
    }
    if (header !== undefined && header.page !== r.page) header = undefined;
    // (a line of the file at or above the table's last row — a table beside it, read after it — is never its row)
    if (kept !== undefined && (kept.page !== r.page || i - kept.last > KEPT_REACH || r.line <= raws[kept.last]!.line)) kept = undefined;
    const start = i;
    const own = headerColumns(spans, r.page);
    i = readAlignedBlock(raws, i, spans, runningRaw, cellsOf, joined, straddles, setIn, header, own === undefined && header === undefined && keptHeader(spans, r.page) === undefined ? kept : undefined, placed);
    // (a header line alone, a blank line under it: the rows under it are placed by its columns)
    if (i === start + 1 && own !== undefined) header = own;
    else if (i > start + 1 && header !== undefined && raws.slice(start, i).some((l) => spaceCells(l.raw).length >= header!.columns.length)) header = undefined;
    // (a table's header over its rows: its columns kept for rows under it past a heading or a sentence, keptPlaces)
    const heads = i > start + 1 ? keptHeader(spans, r.page) : undefined;
    if (heads !== undefined) kept = { ...heads, last: i - 1 };
    else if (kept !== undefined && placed[start]) kept.last = i - 1;
  }

  nameWrappedOverRow(raws, cellsOf, joined, runningRaw);
  const { lines, running } = sourceLines(raws, cellsOf, joined, runningRaw, straddles, setIn, placed);
  const pages = raws.length > 0 ? raws[raws.length - 1]!.page : 1;
  const doc: SourceDocument = { file, sha256: digest, kind: 'text', pages, lines, running };
  if (notes.length > 0) doc.warnings = placeNotes(text, notes);
  // (a line of two products' columns whose words run from one column into the other: read by neither)
  if (across.length > 0) (doc.warnings ??= []).push(...across.map((r) => ({ page: r.page, line: r.line, message: `${quote(r.raw.trim())} runs across the two products' columns: which words are whose is not certain; not read` })));
  return doc;
}

/** The columns of a header line of column names («Produkt og dekning   Forsikringssum   Årspris»), each from its name's start to the next's. */
interface HeaderColumns {
  page: number;
  columns: Array<{ start: number; end: number }>;
}

/** A line's pieces as a header of column names (every piece one, two at least), or undefined. */
function headerColumns(spans: readonly Span[], page: number): HeaderColumns | undefined {
  // («Produkt og dekning»: a name of two columns in one, its first word a column's name)
  const named = (t: string): boolean => COLUMN_NAME_SET.has(t.toLowerCase()) || (!DIGIT_START.test(t) && COLUMN_NAME_SET.has(t.split(' ', 1)[0]!.toLowerCase()));
  if (spans.length < 2 || !spans.every((s) => named(s.text))) return undefined;
  return { page, columns: spans.map((s, k) => ({ start: s.start, end: (spans[k + 1]?.start ?? Number.MAX_SAFE_INTEGER) - 1 })) };
}

/**
 * A block of fewer pieces a line than the header above it has columns, set apart from the header by a
 * blank line («Yrkesskade                    kr 18 260» under «Produkt og dekning   Forsikringssum   Årspris»):
 * each piece in the header's column it stands under, the others empty — aligned by itself the block
 * would put the premium in the first figure column, the sum's. Undefined where the header is not
 * there, the block is as wide as it, or two pieces of a line stand under one column.
 */
function underHeader(block: Span[][], header: HeaderColumns | undefined): string[][] | undefined {
  if (header === undefined || block.every((b) => b.length >= header.columns.length)) return undefined;
  const out: string[][] = [];
  for (const line of block) {
    const cells = header.columns.map(() => '');
    const pieces: Span[] = line.flatMap((p) => amountAtColumn(p, header.columns));
    for (let n = 0; n < pieces.length; n++) {
      const piece: Span = pieces[n]!;
      const k = mostOverlap(piece, header.columns);
      if (k < 0) return undefined;
      if (cells[k] !== '') {
        // («Lierstranda 88,   1. risiko    500 000» under «Forsikringssted   Forsikringssum»: the sum's form set before
        // its amount, in the place's column where the place stands — the amount's, as «1. risiko 500 000» is one sum)
        const figure: Span | undefined = pieces[n + 1];
        const at = figure !== undefined && FIRST_RISK_ALONE.test(piece.text.trim()) && FIGURE_CELL.test(figure.text.trim()) ? mostOverlap(figure, header.columns) : -1;
        if (at <= k || cells[at] !== '') return undefined;
        cells[at] = `${piece.text} ${figure!.text}`;
        n++;
        continue;
      }
      cells[k] = piece.text;
    }
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    out.push(cells);
  }
  return out;
}

/** A header over its rows (HeaderColumns), which of its columns hold figures, and the last line its columns placed. */
interface KeptHeader extends HeaderColumns {
  figure: boolean[];
  last: number;
}

/**
 * The first line of a block as a table's header over its rows (KeptHeader): words only, two or more naming figure
 * columns («Eiendom   Adresse   Forsikringssum   Egenandel   Premie»); undefined for any other line.
 */
function keptHeader(spans: readonly Span[], page: number): KeptHeader | undefined {
  if (spans.length < 3 || spans.some((sp) => /\d/.test(sp.text.replace(/\b(?:19|20)\d\d$/, '')) || sp.text.length > 40 || /[:;!?]$/.test(sp.text))) return undefined;
  const figure = spans.map((sp) => figureColumnName(sp.text));
  if (figure.filter(Boolean).length < 2 || figure[0]) return undefined;
  return { page, columns: spans.map((sp, k) => ({ start: sp.start, end: (spans[k + 1]?.start ?? Number.MAX_SAFE_INTEGER) - 1 })), figure, last: 0 };
}

/** A word that says a sum's form or limit, at the end of a text: «førsterisiko», «fullverdi», «inntil». */
const SUM_FORM_END = new RegExp(String.raw`(?:${FIRST_RISK_WORD}|fullverdi|inntil|opptil|maks\.?|maksimalt)$`, 'i');

/** A currency's word in an amount: «kr 1,25 mill.», «4 000 kr», «NOK 20 000». */
const CURRENCY_WORD = /(?:^|\s)(?:kr\.?|kroner|nok)(?=\s|$)/i;

/**
 * «Smykker og kunst iflg. liste kr 1,25 mill.» under «Objekt / sted» and «Sum», «1 650 000 kr 4 000 kr» under «Sum» and
 * «Egenandel»: a cell run into the next column with one space, where the amount in the next column begins exactly at that
 * column's left edge (as its header's name does). The amount there, with its currency, is that column's cell — an amount
 * that begins elsewhere, or without its currency, is left as it is (which column a bare figure began in is a guess).
 */
function amountAtColumn(piece: Span, columns: ReadonlyArray<{ start: number; end: number }>): Span[] {
  for (const c of columns) {
    const at = c.start - piece.start;
    if (at <= 1 || at >= piece.text.length || piece.text[at - 1] !== ' ' || piece.text[at - 2] === ' ' || piece.text[at] === ' ') continue;
    const rest = piece.text.slice(at);
    const left = piece.text.slice(0, at - 1);
    // («Volvo XC40 Recharge, EL 38211 Markedsverdi» under «Hva er forsikret» and «Forsikringssum»: the value a cover pays
    // instead of a sum, alone from the sum column's edge on, after a place or a plate that ends in a figure, is that column's cell)
    if (valueBasisAtEdge(left, rest)) return [{ start: piece.start, end: piece.start + left.length, text: left }, { start: c.start, end: piece.end, text: rest }];
    if (!CURRENCY_WORD.test(rest) || readAmount(rest) === undefined) continue;
    // («Forsikringssum kr 28 000» under another column: a labelled figure, its amount its own label's, never the next column's)
    if (figureColumnName(left.trim())) continue;
    // («Løsøre og inventar, førsterisiko kr 20 000 000»: a word of the sum's form before the edge may be the sum's cell's
    // start as well as the description's end — two readings, so no split: the line is warned about as before)
    if (SUM_FORM_END.test(left)) continue;
    return [{ start: piece.start, end: piece.start + left.length, text: left }, ...amountAtColumn({ start: c.start, end: piece.end, text: rest }, columns)];
  }
  return [piece];
}

/** The words of a sum's value in place of its figure (vocabulary: VALUE_BASIS_WORDS). */
const VALUE_BASIS_SET: ReadonlySet<string> = new Set(VALUE_BASIS_WORDS);
/** A text that ends in a figure: a plate («EL 38211»), a house number or a postcode and town («1369 Stabekk»). */
const ENDS_IN_FIGURE = /\d[A-Za-z]?(?:\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ-]+){0,2}$/;

/**
 * «Volvo XC40 Recharge, EL 38211 Markedsverdi»: what stands from a column's edge is one word of a sum's value alone, and
 * what stands before it ends in a figure (a plate, a place's number or postcode and town) — the description has ended, and
 * the word is the next column's cell. A description that ends in a word («Villa Fullverdi») may hold the word itself: left.
 */
function valueBasisAtEdge(left: string, rest: string): boolean {
  return VALUE_BASIS_SET.has(rest.trim().toLowerCase()) && ENDS_IN_FIGURE.test(left) && !SUM_FORM_END.test(left) && !figureColumnName(left.trim());
}

/** Where two or more lines of a block other than line `k` begin a cell: the block's columns, as its rows set them. */
function sharedStarts(block: readonly Span[][], k: number): Array<{ start: number; end: number }> {
  const count = new Map<number, number>();
  block.forEach((line, j) => {
    if (j !== k) for (const p of line) count.set(p.start, (count.get(p.start) ?? 0) + 1);
  });
  return [...count].filter(([, n]) => n >= 2).map(([start]) => ({ start, end: start }));
}

/** A header piece that names a figure column: «Forsikringssum», «Sum (kr)», «Premie 2026», «Egenandel i kr». */
function figureColumnName(text: string): boolean {
  const t = text.toLowerCase().replace(/\s*\*+$/, '').replace(/:$/, '');
  const bare = t.replace(/\s*\(?(?:i\s+)?(?:kr|nok|kroner)\.?\)?$/, '').replace(/\s+(?:19|20)\d\d$/, '');
  return FIGURE_COLUMN_NAME_SET.has(t) || FIGURE_COLUMN_NAME_SET.has(bare);
}

/** How many lines under the last row a kept header still places rows (a heading and a sentence or two between). */
const KEPT_REACH = 12;

/** An amount alone in a cell: digits in groups, perhaps with its currency («52 000 000», «kr 400 000», «NOK 25 000,-»). */
const AMOUNT_PIECE = /^(?:kr\.?\s*|nok\s*)?\d{1,3}(?:[ .]\d{3})*(?:,\d{2}|,-)?(?:\s*kr\.?)?$/i;

/**
 * A block under a table whose rows a heading, a sentence or a blank line parted from its header, as a municipality's
 * overview sets its sections («Løsøre og inventar» and a sentence over «Løsøre og inventar   Alle forsikringssteder
 * 52 000 000   50 000   21 140»; «Førsterisiko» over «Penger og verdipapirer      200 000   10 000   1 150», its place
 * column empty): each piece in the header's column it stands under — an amount only under a figure column's name,
 * words only under a text column's — so each figure is placed by its column, as in the rows right under the header.
 * Undefined when a piece stands under no column, under a column of the other kind, or two pieces under one column;
 * or when no line has an amount.
 */
function keptPlaces(block: Span[][], kept: KeptHeader): string[][] | undefined {
  const figureAt = kept.columns.map((_, k) => kept.figure[k] === true);
  let amounts = 0;
  const out: string[][] = [];
  for (const line of block) {
    const cells = kept.columns.map(() => '');
    for (const piece of line) {
      const k = mostOverlap(piece, kept.columns);
      if (k < 0 || cells[k] !== '') return undefined;
      const amount = AMOUNT_PIECE.test(piece.text);
      if (amount !== figureAt[k]) return undefined;
      if (amount) amounts++;
      cells[k] = piece.text;
    }
    out.push(cells);
  }
  return amounts > 0 ? out : undefined;
}

/**
 * «Utstyr og redskap (skuffer, hurtigkoblinger, GPS-utstyr), førsterisiko» over «      kr 400 000   kr 15 000   kr 4 650»
 * placed under a kept header's figure columns, its text columns empty: a row's name too long for its column, written on
 * the line above its figures — the row's name (the line above is joined to the row). Only a name: it begins with a
 * capital, ends as no sentence does, holds no amount, and stands right above the row.
 */
function nameOverPlacedRow(raws: ReadonlyArray<RawLine>, i: number, cells: string[], cellsOf: string[][], joined: boolean[], runningRaw: readonly boolean[]): void {
  const p = i - 1;
  const above = cellsOf[p];
  if (p < 0 || above === undefined || above.length !== 1 || joined[p] || runningRaw[p] || !follows(raws[p]!, raws[i]!) || (cells[0] ?? '') !== '') return;
  const name = above[0]!.trim();
  if (!/^[A-ZÆØÅ]/.test(name) || ENDS_WHOLE.test(name) || /\d{1,3}(?: \d{3})+/.test(name) || name.split(/\s+/).length > 14 || TOTAL_START.test(name)) return;
  cells[0] = name;
  joined[p] = true;
}

/**
 * A block of consecutive space-aligned lines from line `i` (whose cells are `spans`): its rows' cells
 * into `cellsOf` (a wrapped cell joined to its row, `joined`); returns the index of the line after it.
 */
/**
 * The first line of the next page, right after the block's last row, is that row's wrapped cell when it is one piece set in
 * where a cell of the row starts, past its first column («Bedriftsansvar   Alle virksomhetens   kr 10 000 000 …» at the foot
 * of a page, «                     lokasjoner» at the top of the next: a text file printed, its page broken inside the row).
 * A page break ends a block everywhere else.
 */
function restOverPageBreak(raws: ReadonlyArray<RawLine>, j: number, page: number, row: readonly Span[]): boolean {
  const n = raws[j]!;
  // (the line right under the page's last line: «\f» starts the next page's first line, on the file's next line or the same)
  if (n.page !== page + 1 || raws[j - 1]!.page !== page || n.line - raws[j - 1]!.line > 1 || row.length < 3) return false;
  const s = spaceCells(n.raw);
  if (s.length !== 1) return false;
  return row.slice(1).some((c) => Math.abs(c.start - s[0]!.start) <= 1) && !DIGIT_START.test(s[0]!.text) && s[0]!.start > row[0]!.start;
}

function readAlignedBlock(
  raws: ReadonlyArray<RawLine>,
  i: number,
  spans: Span[],
  runningRaw: readonly boolean[],
  cellsOf: string[][],
  joined: boolean[],
  straddles: boolean[],
  setIn: boolean[],
  header?: HeaderColumns,
  kept?: KeptHeader,
  placed?: boolean[],
): number {
  const r = raws[i]!;
  // a block of consecutive space-aligned lines (no blank line, no tab) on the same page; a line
  // of one piece joins it where it can be a wrapped cell: indented, or no wider than the first column
  const block: Span[][] = [spans];
  const firstColumn = spans[1]!.start;
  let j = i + 1;
  while (j < raws.length) {
    const n = raws[j]!;
    const overBreak = n.page !== r.page && restOverPageBreak(raws, j, r.page, block[block.length - 1]!);
    if (!(overBreak || (follows(raws[j - 1]!, n) && n.page === r.page)) || n.raw.includes('\t') || n.raw.includes('|') || runningRaw[j]) break;
    let s = n.raw.includes('  ') && /\S {2,}\S/.test(n.raw) ? spaceCells(n.raw) : spaceCells(n.raw).length === 1 ? spaceCells(n.raw) : [];
    if (s.length === 1 && s[0]!.start < 2 && s[0]!.end > firstColumn) s = splitAtColumn(s[0]!, firstColumn) ?? productAtColumn(s[0]!, firstColumn) ?? s;
    else if (s.length > 1 && s[0]!.start < 2 && s[0]!.end > firstColumn) s = [...(brokenWordAtColumn(s[0]!, firstColumn) ?? [s[0]!]), ...s.slice(1)];
    if (s.length === 0) break;
    if (s.length === 1 && !(s[0]!.start >= 2 || s[0]!.end <= firstColumn)) break;
    // («     Forsikringssum NOK 48 600 000,-   Egenandel …» over «   Maskiner og løsøre, Industriveien 12, …»: a line that
    // starts left of the block's own margin is the next record's name, never a cell of the line above wrapped)
    if (s.length === 1 && s[0]!.start < spans[0]!.start) break;
    block.push(s);
    j++;
  }
  // a block of one line and single pieces after it is not a table
  // (but «Førsterisiko» in a row's sum cell over its amount alone under it is a row and its wrapped cell: firstRiskAmountUnder)
  while (block.length > 1 && block[block.length - 1]!.length === 1 && block.slice(1).every((b) => b.length === 1) && !(block.length === 2 && amountUnderFirstRisk(block[0]!, block[1]![0]!))) {
    block.pop();
    j--;
  }
  // (an amount run into the next column with one space, under a header of the block's own: at that column's edge, amountAtColumn)
  // (the header above the block, or its own first line; with none, where two or more of its other lines begin a cell)
  const own = (block.length > 1 ? (keptHeader(block[0]!, r.page) ?? headerColumns(block[0]!, r.page)) : undefined) ?? header ?? kept;
  for (let k = own === undefined || own === header || own === kept ? 0 : 1; k < block.length; k++) {
    const columns = own?.columns ?? sharedStarts(block, k);
    block[k] = block[k]!.flatMap((p) => amountAtColumn(p, columns));
  }
  const straddled = new Set<number>();
  const byKept = kept !== undefined ? keptPlaces(block, kept) : undefined;
  if (byKept !== undefined) {
    for (let k = 0; k < block.length; k++) placed![i + k] = true;
    nameOverPlacedRow(raws, i, byKept[0]!, cellsOf, joined, runningRaw);
  }
  const aligned = underHeader(block, header) ?? byKept ?? (block.length > 1 ? alignBlock(namesOneSpaceApart(block), straddled) : [spans.map((s) => s.text)]);
  for (const k of straddled) straddles[i + k] = true;
  markSetIn(block, aligned, (k) => (setIn[i + k] = true));
  let row = i;
  aligned.forEach((cells, k) => {
    if (k > 0 && (describesRowAbove(block[k]!, block[row - i]!, cellsOf[row]!) || factsUnderRow(block[k]!, block[row - i]!) || proseUnderRow(block[k]!, block[row - i]!) || describesPlaceAbove(block[k]!, block[row - i]!, cellsOf[row]!) || periodUnderRow(block[k]!))) {
      row = i + k;
      cellsOf[row] = [block[k]!.map((p) => p.text).join('  ')];
      // (a line of its own, not cells of the table: it runs over the columns, and no cell of it is a guess)
      straddles[row] = false;
      return;
    }
    const moved = k > 0 ? (figuresUnderCurrency(cells, cellsOf[row]!) ?? commaContinuation(cells, cellsOf[row]!)) : undefined;
    if (moved || (k > 0 && continues(cells, cellsOf[row]!))) {
      cellsOf[row] = joinCells(cellsOf[row]!, moved ?? cells);
      joined[i + k] = true;
      cellsOf[i + k] = [];
      return;
    }
    row = i + k;
    cellsOf[row] = cells;
  });
  return j;
}

/**
 * «Traktor   DA 7731   Kasko   10 000 kr   9 640 kr» over «  John Deere 6130R, årsmodell 2019»: one piece
 * set in under the row's first cell and running on under the next column, under a row with its figures —
 * what the row insures, described on a line of its own (the rows' note, src/parse/schedule-wrap.ts), no
 * rest of the cell it reaches into. A place under the name, a piece in lower case, a cell cut open above
 * are the row's wrapped cells still.
 */
function describesRowAbove(line: readonly Span[], row: readonly Span[], above: readonly string[]): boolean {
  const p = line[0]!;
  if (line.length !== 1 || row.length < 3 || p.start < row[0]!.start + 2 || p.start >= row[1]!.start || p.end <= row[1]!.start + 1) return false;
  if (!/^[A-ZÆØÅ0-9]/.test(p.text) || /:$/.test(p.text) || PLACE_LINE.test(p.text) || POSTCODE_LINE.test(p.text)) return false;
  if (above.some((c) => c.endsWith(',')) || WRAPPED_END.test(above[0] ?? '')) return false;
  return above.some((c, k) => k > 0 && c !== '' && FIGURE_CELL.test(c));
}

/**
 * «Volkswagen Transporter, EB 41277   Kasko   8 000 kr   11 240 kr» over «  Bonus 70 %  ·  Kjørelengde 25 000 km»: a line
 * set in under a row whose every part is a fact of the thing the row insures — a label of THING_FACT_LABELS and its value,
 * the parts set apart by a middle dot, a bar, a semicolon or a gap — is the row's description on a line of its own (its
 * note), never a row of the table: read as one, each vehicle of a fleet page got a row «Bonus 70 %» of its own.
 */
function factsUnderRow(line: readonly Span[], row: readonly Span[]): boolean {
  if (row.length < 2 || line[0]!.start < row[0]!.start + 2) return false;
  return thingFactsText(line.map((p) => p.text).join('  '));
}

/** A text whose every part (FACT_SEPARATOR) is a thing's fact and its value: «Bonus 70 %  ·  Kjørelengde 25 000 km». */
function thingFactsText(text: string): boolean {
  const parts = text.trim().split(FACT_SEPARATOR).filter((p) => p !== '');
  return parts.length > 0 && parts.every(thingFactPart);
}

/** What sets a line's facts apart: a middle dot, a bullet, a bar or a semicolon with blanks around it, or a gap of two blanks. */
const FACT_SEPARATOR = /\s*[·•|;]\s*|\s{2,}/;

/** «Bonus 70 %», «Kjørelengde: 25 000 km», «Årsmodell 2022»: a thing's fact label (THING_FACT_LABELS), then its value. */
function thingFactPart(part: string): boolean {
  const m = /^([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ/ ]{1,30}?)\s*(?::\s*|\s+)(\S.*)$/.exec(part.trim());
  return m !== null && THING_FACTS.has(m[1]!.toLowerCase()) && /\d/.test(m[2]!);
}

/**
 * «Driftsavbrudd   Alle forsikringssteder   8 500 000   2 døgn   5 870» over «Ansvarstid 12 mnd.» set in under the
 * place's column: a loss of income's indemnity period on a line of its own is a term of the row above (its note, read
 * by src/parse/schedule-wrap.ts), never the rest of the cell it stands under — joined, it became part of the place
 * («Alle forsikringssteder Ansvarstid 12 mnd.», «- Ansvarstid 12 måneder»).
 */
function periodUnderRow(line: readonly Span[]): boolean {
  return line.length === 1 && INDEMNITY_PERIOD.test(line[0]!.text.trim());
}

/** A label without its colon: «Forsikringssted:» → «Forsikringssted». */
function withoutColonEnd(t: string): string {
  return t.trim().replace(/\s*:$/, '');
}

/** A place's cell that ends with its postcode and place: «Nordre Lienveg 220, Gnr 45 Bnr 3, 2850 Lena». */
const ENDS_POSTCODE_PLACE = /,\s*\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*)?$/u;
/** An amount in kroner: a building's description has none. */
const KRONER_IN = /\b(?:kr|nok)\b|\d{1,3}(?:[ .]\d{3})+(?:,-)?$/i;

/**
 * «Forsikringssted   Nordre Lienveg 220» over «Gnr 45 Bnr 3, 2850 Lena» over «Enebolig, byggeår 1974, 212 m2 BRA»,
 * all under the place's column: the place ends with its postcode and place, and the line under it that describes the
 * building — its kind, a comma, its year built or its area — is a line of its own (the record's description), no rest
 * of the place (joined to it, the building's description became part of the object).
 */
function describesPlaceAbove(line: readonly Span[], row: readonly Span[], above: readonly string[]): boolean {
  const p = line[0]!;
  if (line.length !== 1 || row.length < 2 || p.start < row[1]!.start - 1) return false;
  // (under a place's label, «Forsikringssted   …», only: a table's place cell keeps its lines, its reader takes the
  // description off the place — src/parse/schedule-overview.ts —, and a numbered list of places, «1  Langgata 48, 4306
  // Sandnes», reads its lines as they stand)
  if (row.length !== 2 || !INSURED_PLACE_LABELS.includes(withoutColonEnd(row[0]!.text).toLowerCase())) return false;
  if (!/^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u.test(p.text) || !p.text.includes(',') || /:/.test(p.text) || KRONER_IN.test(p.text.replace(/\b\d[\d .]*\s*(?:m2|m²|kvm)\b/g, ''))) return false;
  if (!BUILDING_FACTS.test(p.text.toLowerCase())) return false;
  return above.some((c, k) => k > 0 && ENDS_POSTCODE_PLACE.test(c.trim()));
}

/**
 * «1  Yrkesskadeforsikring (lovpålagt)        Årspremie kr 18 420» over «   Erstatning etter lov om
 * yrkesskadeforsikring og forskrift om»: one piece set in under a cell of the row that runs on past
 * where the next cell of the row starts — a sentence of running text under the row, no rest of its cell
 * (a wrapped cell stays inside its column). Only a piece of six words or more that starts with a capital.
 */
function proseUnderRow(line: readonly Span[], row: readonly Span[]): boolean {
  const p = line[0]!;
  if (line.length !== 1 || row.length < 3 || !/^[A-ZÆØÅ]/.test(p.text) || p.text.split(/\s+/).length < 6) return false;
  const j = row.findIndex((c, k) => k > 0 && Math.abs(c.start - p.start) <= 1);
  const next = j > 0 ? row[j + 1] : undefined;
  return next !== undefined && p.end > next.start + 2;
}

/** The document's lines from the cells read (joined lines left out), and its running heads and feet apart. */
function sourceLines(
  raws: ReadonlyArray<RawLine>,
  cellsOf: string[][],
  joined: readonly boolean[],
  runningRaw: readonly boolean[],
  straddles: readonly boolean[],
  setIn: readonly boolean[],
  placed: readonly boolean[],
): { lines: SourceLine[]; running: SourceLine[] } {
  const lines: SourceLine[] = [];
  const running: SourceLine[] = [];
  const seenRunning = new Set<string>();
  const keepRunning = (line: SourceLine, key: string): void => {
    if (seenRunning.has(key)) return;
    seenRunning.add(key);
    running.push(line);
  };
  raws.forEach((r, k) => {
    if (joined[k]) return;
    let cells = cellsOf[k]!;
    const key = r.raw.trim();
    if (runningRaw[k]) {
      keepRunning({ page: r.page, line: r.line, text: key, cells: [key] }, key);
      return;
    }
    // «Nyheter og endringer      FORSIKRINGSNUMMER 90556611»: the running cell out, the rest stays
    if (cells.length > 1 && cells.some((c) => c !== '' && isRunning(c))) {
      for (const c of cells) if (c !== '' && isRunning(c)) keepRunning({ page: r.page, line: r.line, text: c, cells: [c] }, c);
      cells = cells.filter((c) => !(c !== '' && isRunning(c)));
      if (cells.every((c) => c === '')) return;
      if (cells.filter((c) => c !== '').length === 1) cells = [cells.find((c) => c !== '')!];
    }
    const line: SourceLine = { page: r.page, line: r.line, text: cells.length === 1 ? cells[0]! : cells.join('\t'), cells };
    if (r.under !== undefined) line.under = r.under;
    if (straddles[k]) line.straddles = true;
    if (setIn[k]) line.setIn = true;
    if (placed[k]) line.placed = true;
    if (joined[k + 1]) line.took = true;
    const indent = cells.filter((c) => c !== '').length === 1 ? indentOf(r.raw) : 0;
    if (indent > 0) line.indent = indent;
    lines.push(line);
  });
  return { lines, running };
}

/** Bytes of a text document → SourceDocument. */
export function readTextDocument(data: Uint8Array, name: string): SourceDocument {
  const text = decodeDocumentText(data, name);
  return textToSource(text, name, sha256(data));
}
