/**
 * CSV output of settle (one claim with `--format csv`, and `--batch`): one row per claim,
 * written by csv-stringify, with `,` or (`--csv-sep ';'`) `;` between cells — the semicolon form
 * that Norwegian spreadsheets split without an import dialogue. Money stays in machine form
 * (`6200.00`) either way.
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
 * Cost (scripts/bench-batch.mjs, 100 000 claims): csv-stringify takes about 1 µs a row where the
 * hand-written cells took 0,05 µs — a few per cent of a batch run (about 20 µs a claim), under
 * the 10 % that would justify keeping a copy of the library.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvSep = ',' | ';';

/** The columns of settle's CSV output, in order. */
export const CSV_COLUMNS = ['id', 'product', 'payout', 'recourse', 'error'] as const;

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

const options = new Map<CsvSep, object>();

function optionsFor(sep: CsvSep): object {
  let o = options.get(sep);
  if (o === undefined) {
    o = { delimiter: sep, record_delimiter: 'unix', eof: true, quoted_match: /^\s|\s$/, cast: { string: safeCell } };
    options.set(sep, o);
  }
  return o;
}

/** Rows as CSV text, each ending with `\n`. */
export function csvRows(rows: readonly (readonly string[])[], sep: CsvSep): string {
  return stringify(rows as string[][], optionsFor(sep));
}

/** The header row. */
export function csvHeader(sep: CsvSep): string {
  return csvRows([CSV_COLUMNS as unknown as string[]], sep);
}

/** `--csv-sep`: `,` (the default) or `;`. */
export function csvSep(v: string | undefined): CsvSep | null {
  if (v === undefined || v === ',' || v === 'comma') return ',';
  if (v === ';' || v === 'semicolon') return ';';
  return null;
}
