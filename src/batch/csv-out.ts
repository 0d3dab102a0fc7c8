/**
 * CSV output of settle (one claim with `--format csv`, and `--batch`): one row per claim, with
 * `,` or (`--csv-sep ';'`) `;` between cells — the semicolon form that Norwegian spreadsheets
 * split without an import dialogue. Money stays in machine form (`6200.00`) either way.
 *
 * Every cell is made safe before it is written:
 * - a cell a spreadsheet would run as a formula gets a `'` in front: one that begins with `=`,
 *   `+`, `@`, a tab or a carriage return, or with `-` unless the whole cell is a plain number
 *   (`-12.50` stays a number, `-2+3+cmd|…` does not run), and their full-width forms
 *   (＝ ＋ － ＠), which some spreadsheets treat alike — so an id `=HYPERLINK(…)` is text;
 * - control characters (ESC, BEL, … but not tab or line breaks, which CSV quotes) are written
 *   escaped as `\u001b`, as JSON writes them, so that printing the file cannot drive the
 *   terminal;
 * - a cell with the separator, a quote or a line break is quoted (RFC 4180), and so is one with
 *   a space at either end, which some readers would trim.
 *
 * Written here, not by csv-stringify: csv-stringify costs more than 10 % of a batch run, the
 * figure that would justify a copy of it. Measured on the bench's claims (eiendeler, NDJSON in,
 * `--format csv` out, one job), the same code with either writer:
 *   - instructions (valgrind callgrind, 20 000 claims, start-up taken off): 193 000 a claim with
 *     csv-stringify, 153 000 with these 20 lines — the library is 21 % of the run;
 *   - CPU time (100 000 claims, 7 interleaved runs on a busy machine): median 2,92 s against
 *     2,60 s (11 %), best 2,67 s against 2,52 s (6 %).
 * It allocates a context object and several arrays per cell. What csv-stringify would add here
 * is RFC 4180 quoting, which is the few lines of csvRows; csv-parse reads these files back in
 * the tests (src/batch/csv-out.test.ts), so the two agree on every cell.
 */
import { PAYABLE_CSV_COLUMNS, PREVIOUS_CSV_COLUMNS } from '../settle/data.js';

export type CsvSep = ',' | ';';

/** The columns of settle's CSV output, in order: the amount due per `when` last. */
export const CSV_COLUMNS = ['id', 'product', 'payout', 'recourse', 'error', ...PAYABLE_CSV_COLUMNS] as const;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const PLAIN_NUMBER = /^-\d+(?:[.,]\d+)*$/;

function escapeControl(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A cell as it is safe to write: controls escaped, a formula neutralised (see above). */
export function safeCell(s: string): string {
  if (s === '') return s;
  const v = CONTROL.test(s) ? s.replace(CONTROLS, escapeControl) : s;
  switch (v.charCodeAt(0)) {
    case 61: // =
    case 43: // +
    case 64: // @
    case 9: // tab
    case 13: // CR
    case 0xff1d: // ＝
    case 0xff0b: // ＋
    case 0xff0d: // －
    case 0xff20: // ＠
      return `'${v}`;
    case 45: // -
      return PLAIN_NUMBER.test(v) ? v : `'${v}`;
    default:
      return v;
  }
}

/**
 * A cell read back from settle's CSV output (`--expect` with an earlier run's CSV): the `'` that
 * neutralised a formula taken off again.
 */
export function unsafeCell(s: string): string {
  if (s.charCodeAt(0) !== 39 /* ' */ || s.length < 2) return s;
  const rest = s.slice(1);
  return safeCell(rest) === s ? rest : s;
}

/** Whether a character code is white space at a cell's edge (some readers would trim it). */
function isEdgeSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f;
}

/** One cell as written: made safe, then quoted (RFC 4180) when it holds the separator, a quote, a line break, or a space at an edge. */
function cell(raw: string, sep: CsvSep): string {
  const v = safeCell(raw);
  if (v === '') return v;
  if (v.includes(sep) || v.includes('"') || v.includes('\n') || v.includes('\r') || isEdgeSpace(v.charCodeAt(0)) || isEdgeSpace(v.charCodeAt(v.length - 1))) {
    return `"${v.replace(/"/g, '""')}"`;
  }
  return v;
}

/** Rows as CSV text, each ending with `\n`. */
export function csvRows(rows: readonly (readonly string[])[], sep: CsvSep): string {
  let out = '';
  for (const r of rows) {
    for (let i = 0; i < r.length; i++) out += i === 0 ? cell(r[i]!, sep) : sep + cell(r[i]!, sep);
    out += '\n';
  }
  return out;
}

/** The header row; a run with earlier results (`--previous`) has their columns last. */
export function csvHeader(sep: CsvSep, previous = false): string {
  return csvRows([previous ? [...CSV_COLUMNS, ...PREVIOUS_CSV_COLUMNS] : (CSV_COLUMNS as unknown as string[])], sep);
}

/** `--csv-sep`: `,` (the default) or `;`. */
export function csvSep(v: string | undefined): CsvSep | null {
  if (v === undefined || v === ',' || v === 'comma') return ',';
  if (v === ';' || v === 'semicolon') return ';';
  return null;
}
