/**
 * Reading the rows of a CSV batch with csv-parse, so that no row is lost.
 *
 * csv-parse reads RFC 4180: a quoted cell may hold separators, quotes (`""`) and line breaks.
 * That makes one unbalanced quote swallow every line after it (they become the inside of one
 * cell), so rows are taken only under these rules:
 * - a row is one line, or — when a quoted cell holds line breaks — at most ROW_MAX_LINES lines
 *   with exactly the header's number of cells;
 * - a row csv-parse cannot read, or a row of several lines that breaks the rule above, is one bad
 *   row of ONE line (the line it starts on): an error record naming that line, and reading goes
 *   on at the next line. So an unbalanced quote costs its own line and nothing else.
 *
 * The same bytes give the same rows whichever piece of the input is read (a batch of 1 MB on
 * one job, of 512 KB per worker with --jobs): a row's fate depends only on the row's own lines
 * and at most ROW_MAX_LINES lines after its start, and a batch is cut only after rows that are
 * decided. A row csv-parse can read is read from its own bytes; a row of several lines that
 * is bad gets one message whatever made it bad (an unclosed quote, junk after a closing quote
 * three lines on, or the wrong number of cells), because a shorter piece of the input can see
 * only the first of these.
 *
 * Lines (for messages) and byte offsets (for cutting) come from the rows themselves: every row
 * starts at a line start, and spans 1 + (line breaks inside its cells) lines.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { isUtf8 } from 'node:buffer';
import type { CsvLayout, CsvRow } from './csv.js';

/** The most lines one row may span (a quoted cell with line breaks). */
export const ROW_MAX_LINES = 100;

/** A row that could not be read: an error record for `line`. */
export interface BadRow {
  bad: true;
  line: number;
  /** The id, when the cells before the damage hold it. */
  id: string | null;
  message: string;
}

export type CsvItem = CsvRow | BadRow;

export interface ParsedRows {
  /** Rows and bad rows in input order (empty lines left out). */
  items: CsvItem[];
  /** The byte offset where each item starts. */
  starts: number[];
  /** The offset just after the last decided row: where reading goes on. */
  end: number;
}

const NL = 10;

/** Positions of the line breaks in buf[0, end). */
function newlines(buf: Buffer, end: number): number[] {
  const out: number[] = [];
  let i = buf.indexOf(NL);
  while (i >= 0 && i < end) {
    out.push(i);
    i = buf.indexOf(NL, i + 1);
  }
  return out;
}

/** Whether buf[from, to) is an empty line (only its line break). */
function isBlank(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i] !== NL && buf[i] !== 13) return false;
  return true;
}

/** Lines a row spans: 1 + the line breaks inside its cells. */
function linesOf(fields: string[]): number {
  let n = 1;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    let j = f.indexOf('\n');
    while (j >= 0) {
      n++;
      j = f.indexOf('\n', j + 1);
    }
  }
  return n;
}

function optionsFor(delimiter: string): Record<string, unknown> {
  return { delimiter, relax_column_count: true, record_delimiter: ['\r\n', '\n'] };
}

/** The text after csv-parse's own words, without its line number (which counts from the piece it was given). */
function oneRowMessage(e: CsvError): string {
  switch (e.code) {
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'malformed CSV: a quoted cell goes on after its closing quote (expected the separator or the end of the line)';
    case 'INVALID_OPENING_QUOTE':
      return 'malformed CSV: a quote inside a cell that does not start with one (a cell with quotes in it is quoted whole, its quotes doubled)';
    default:
      return `malformed CSV: ${e.message.replace(/ at line \d+/g, '').split('\n')[0]}`;
  }
}

function spanMessage(line: number, width: number): string {
  return `malformed CSV: a quote opened on this line is not closed where its row ends (a row of several lines needs the header's ${width} cells); line ${line + 1} is read as the next row`;
}

/** The id of a bad line, from the cells before its first quote (null when the id is not among them). */
function idBeforeDamage(buf: Buffer, from: number, to: number, layout: CsvLayout): string | null {
  let text = buf.toString('utf8', from, to);
  const q = text.indexOf('"');
  const whole = q < 0;
  if (!whole) text = text.slice(0, q);
  const cells = text.replace(/\r?\n$/, '').split(layout.delimiter);
  // the cell with the quote is cut off: only the cells before it are whole
  if (layout.idColumn > cells.length - (whole ? 1 : 2)) return null;
  const id = cells[layout.idColumn]!.trim();
  return id === '' ? null : id;
}

/**
 * The rows in buf[0, end), which starts at a row. `eof`: nothing follows `end` (a batch, or the
 * end of the input); otherwise a row that may go on after `end` is left undecided, and `end` of
 * the result says where the decided rows stop. Lines count from `firstLine`.
 */
export function parseRows(buf: Buffer, end: number, eof: boolean, firstLine: number, layout: CsvLayout): ParsedRows {
  const width = layout.columns.length;
  const nls = newlines(buf, end);
  /** Offset where line `l` starts (end when it is past the last line). */
  const lineStart = (l: number): number => {
    const k = l - firstLine;
    if (k <= 0) return 0;
    return k - 1 < nls.length ? nls[k - 1]! + 1 : end;
  };
  // without eof, a last line without its line break is not whole: it is not read yet
  const limit = eof ? end : nls.length > 0 ? nls[nls.length - 1]! + 1 : 0;
  /** Without eof: the last whole line. */
  const lastLine = firstLine + nls.length - 1;
  const items: CsvItem[] = [];
  const starts: number[] = [];
  const opts = optionsFor(layout.delimiter);
  const bad = (line: number, message: string) => {
    starts.push(lineStart(line));
    items.push({ bad: true, line, id: idBeforeDamage(buf, lineStart(line), lineStart(line + 1), layout), message });
  };
  let pos = 0;
  let line = firstLine;
  while (pos < limit) {
    const piece = buf.subarray(pos, limit);
    let records: string[][];
    let failure: CsvError | undefined;
    try {
      records = parse(piece, opts) as string[][];
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      failure = e;
      // again, keeping the rows before the one that failed (errors are rare: read twice then)
      records = [];
      try {
        parse(piece, { ...opts, on_record: (r: string[]) => void records.push(r) });
      } catch {
        /* the same failure */
      }
    }
    let l = line;
    let resync = -1;
    for (const fields of records) {
      const n = linesOf(fields);
      if (n > 1 && (fields.length !== width || n > ROW_MAX_LINES)) {
        bad(l, spanMessage(l, width));
        resync = l + 1;
        break;
      }
      if (!(fields.length === 1 && fields[0] === '' && isBlank(buf, lineStart(l), lineStart(l + 1)))) {
        starts.push(lineStart(l));
        items.push({ fields, line: l, lines: n });
      }
      l += n;
    }
    if (resync < 0 && failure === undefined) {
      pos = limit;
      break;
    }
    if (resync < 0) {
      // the row starting at line l could not be read
      const f = failure!;
      if (f.code === 'CSV_QUOTE_NOT_CLOSED' && !eof && lastLine - l + 1 < ROW_MAX_LINES) {
        // its quote may yet close in what has not been read: undecided
        pos = lineStart(l);
        break;
      }
      const detected = line + Number(f.lines ?? 1) - 1;
      bad(l, f.code !== 'CSV_QUOTE_NOT_CLOSED' && detected === l ? oneRowMessage(f) : spanMessage(l, width));
      resync = l + 1;
    }
    line = resync;
    pos = lineStart(resync);
  }
  return { items, starts, end: Math.min(pos, limit) };
}

/** Whether an item is a bad row. */
export function isBad(item: CsvItem): item is BadRow {
  return (item as BadRow).bad === true;
}

/**
 * The header: the first line, its cells and where the data starts. Thrown errors are csv-parse's
 * (the caller makes them one line naming the file).
 */
export function headerCells(head: Uint8Array, delimiter: string): { cells: string[]; end: number } {
  const buf = Buffer.from(head.buffer, head.byteOffset, head.length);
  const nl = buf.indexOf(NL);
  const end = nl < 0 ? buf.length : nl + 1;
  const rows = parse(buf.subarray(0, end), optionsFor(delimiter)) as string[][];
  if (rows.length !== 1) throw new Error('a quote is not closed on the line');
  return { cells: rows[0]!, end };
}

/**
 * Lines of a batch that are not text: not UTF-8, or holding control characters (ESC, NUL …;
 * tab, line breaks, form feed and vertical tab are not counted). Null when there are none (nearly always: one pass over the bytes).
 */
export function linesNotText(bytes: Uint8Array, firstLine: number): Set<number> | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let control = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i]!;
    if (c < 9 || (c > 13 && c < 32)) {
      control = true;
      break;
    }
  }
  if (!control && isUtf8(buf)) return null;
  const bad = new Set<number>();
  let pos = 0;
  let line = firstLine;
  while (pos < buf.length) {
    let nl = buf.indexOf(NL, pos);
    if (nl < 0) nl = buf.length;
    const l = buf.subarray(pos, nl);
    let ok = isUtf8(l);
    for (let i = 0; ok && i < l.length; i++) {
      const c = l[i]!;
      if (c < 9 || (c > 13 && c < 32)) ok = false;
    }
    if (!ok) bad.add(line);
    pos = nl + 1;
    line++;
  }
  return bad;
}
