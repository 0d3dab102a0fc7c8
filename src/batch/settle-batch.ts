/**
 * Settle one batch of a `settle --batch` stream: bytes holding whole records (NDJSON lines, YAML
 * documents or CSV rows of whole claims) in, the result text of every claim out, in order.
 * The same function runs on the main thread (one job) and in the worker threads (`--jobs N`),
 * so the two give byte-identical output.
 *
 * Per claim: parse → validateClaim → settleClaim → one record (NDJSON line, CSV row or JSON
 * array element). A claim that cannot be read, is invalid or lacks a fact becomes an error record
 * `{"id": …, "error": "line N: …"}` (id null when it cannot be read) and the batch goes on. Only
 * an internal error (a bug) escapes.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../core/errors.js';
import { parseJsonKeepingNumbers } from '../core/json-numbers.js';
import { Decimal, ZERO } from '../core/money.js';
import { moneyString, PAYABLE_CSV_COLUMNS, payableCsv, PREVIOUS_CSV_COLUMNS, previousCsv, settleClaim, settlementToJson, validateClaim, type SettleContext, type Settlement } from '../settle/index.js';
import { claimFromRows, groupId, groupRows, type CsvLayout, type CsvRow } from './csv.js';
import { csvRows, type CsvSep } from './csv-out.js';
import type * as CsvIn from './csv-in.js';
import { splitDocuments } from './split.js';

export type InputFormat = 'ndjson' | 'yaml' | 'csv';
export type OutputFormat = 'ndjson' | 'csv' | 'json';

export interface BatchSpec {
  input: InputFormat;
  output: OutputFormat;
  /** CSV input: the header's layout. */
  csv?: CsvLayout;
  /** CSV output: the separator (default `,`). */
  csvSep?: CsvSep;
  /** Sum the payouts (for the summary on a terminal). */
  totals?: boolean;
  /** Return each claim's id and payout (for --expect). */
  keys?: boolean;
}

export interface BatchResult {
  /** The records, UTF-8 (a view of the batch's output buffer). */
  out: Uint8Array;
  claims: number;
  failed: number;
  /** Sum of the payouts, when `totals`. */
  payout?: string;
  /** When `keys`: per claim, its id (null when unreadable) and payout (null for an error record). */
  ids?: (string | null)[];
  payouts?: (string | null)[];
}

/** The empty cells after an error record's message: the payable columns, and those of earlier results with --previous. */
const ERROR_TAIL: string[] = PAYABLE_CSV_COLUMNS.map(() => '');
const ERROR_TAIL_PREVIOUS: string[] = [...PAYABLE_CSV_COLUMNS, ...PREVIOUS_CSV_COLUMNS].map(() => '');

/** A settlement as a row of CSV output (the columns of CSV_COLUMNS, and with `previous` those of PREVIOUS_CSV_COLUMNS). */
export function settlementCsvRow(s: Settlement, previous = false): string[] {
  const row = [s.id ?? '', s.product, moneyString(s.payout), s.recourse === undefined ? '' : moneyString(s.recourse), '', ...payableCsv(s)];
  return previous ? row.concat(previousCsv(s)) : row;
}

/** An error record as NDJSON, or as an element of a JSON array (followed by ","). */
function errorJson(format: 'ndjson' | 'json', id: string | null, message: string): string {
  const rec = `{"id":${id === null ? 'null' : JSON.stringify(id)},"error":${JSON.stringify(message)}}`;
  return format === 'json' ? `${rec},\n` : `${rec}\n`;
}

/** CSV rows are written this many at a time (few enough to die young, enough to write in one piece). */
const CSV_ROWS_AT_ONCE = 256;

function idOf(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object') return null;
  const id = (raw as { id?: unknown }).id;
  if (typeof id === 'string') return id.trim() === '' ? null : id.trim();
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return null;
}

const NO_ID = 'id: missing; every claim in a batch needs an id (it is echoed in its result)';

/**
 * A batch's output, encoded as it is produced: each record's string is written into the buffer
 * at once and dies young. (Concatenating the records into one string first keeps every piece of
 * every record alive until the end of the batch; the garbage collector then copies and promotes
 * them, which cost more than settling the claims.)
 */
export class OutBuffer {
  buf: Buffer;
  pos = 0;

  /** A new buffer of `size` bytes, or one given back to be written again (its memory reused). */
  constructor(size: number | ArrayBuffer) {
    this.buf = typeof size === 'number' ? Buffer.allocUnsafeSlow(size) : Buffer.from(size);
  }

  write(s: string): void {
    if (this.pos + s.length * 3 > this.buf.length) this.grow(s.length * 3);
    this.pos += this.buf.write(s, this.pos);
  }

  private grow(need: number): void {
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.pos + need));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  /** The bytes written so far; the buffer starts again (a reused buffer: the view is valid until the next write). */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.pos);
    this.pos = 0;
    return out;
  }
}

class Settler {
  claims = 0;
  failed = 0;
  total: Decimal = ZERO;
  ids: (string | null)[] | undefined;
  payouts: (string | null)[] | undefined;
  private readonly format: OutputFormat;
  private readonly totals: boolean;
  private readonly sep: CsvSep;
  /** CSV output: the run has earlier results (--previous), so every row has their columns. */
  private readonly previous: boolean;
  /** CSV output: rows not yet written. */
  private rows: string[][] = [];

  constructor(
    spec: BatchSpec,
    private readonly ctx: SettleContext,
    private readonly out: OutBuffer,
  ) {
    this.format = spec.output;
    this.totals = spec.totals === true;
    this.sep = spec.csvSep ?? ',';
    this.previous = ctx.previous !== undefined;
    if (spec.keys) {
      this.ids = [];
      this.payouts = [];
    }
  }

  /** A parsed claim found at `line`. */
  claim(raw: unknown, line: number): void {
    let s: Settlement;
    try {
      // the record was parsed for this claim alone: the validator may convert it in place
      const claim = validateClaim(raw, { line }, { owned: true });
      if (claim.id === undefined) throw new InputError(NO_ID, { line });
      s = settleClaim(claim, this.ctx);
    } catch (e) {
      if (isStackOverflow(e)) {
        // the input's doing (a structure that refers to itself or nests without end), not a bug
        this.fail(idOf(raw), `line ${line}: ${unreadable(e)}`);
        return;
      }
      if (!(e instanceof InputError)) throw e;
      const id = idOf(raw);
      // every record names its line: an error from deeper down that does not, is placed here
      this.fail(id, e.location?.line !== undefined ? e.message : `line ${line}: ${id !== null ? `claim ${id}: ` : ''}${e.message}`);
      return;
    }
    this.claims++;
    const payout = moneyString(s.payout);
    if (this.totals && !s.payout.isZero()) this.total = this.total.plus(s.payout);
    if (this.ids !== undefined) {
      this.ids.push(s.id!);
      this.payouts!.push(payout);
    }
    switch (this.format) {
      case 'ndjson':
        this.out.write(`${settlementToJson(s)}\n`);
        break;
      case 'csv':
        this.row(settlementCsvRow(s, this.previous));
        break;
      case 'json':
        this.out.write(`${settlementToJson(s)},\n`);
        break;
    }
  }

  /** A claim that cannot be settled: its error record. */
  fail(id: string | null, message: string): void {
    this.claims++;
    this.failed++;
    if (this.ids !== undefined) {
      this.ids.push(id);
      this.payouts!.push(null);
    }
    if (this.format === 'csv') this.row([id ?? '', '', '', '', message, ...(this.previous ? ERROR_TAIL_PREVIOUS : ERROR_TAIL)]);
    else this.out.write(errorJson(this.format, id, message));
  }

  private row(r: string[]): void {
    this.rows.push(r);
    if (this.rows.length === CSV_ROWS_AT_ONCE) this.flushRows();
  }

  private flushRows(): void {
    if (this.rows.length === 0) return;
    this.out.write(csvRows(this.rows, this.sep));
    this.rows = [];
  }

  result(): BatchResult {
    this.flushRows();
    const r: BatchResult = { out: this.out.take(), claims: this.claims, failed: this.failed };
    if (this.totals) r.payout = this.total.toFixed(2);
    if (this.ids !== undefined) {
      r.ids = this.ids;
      r.payouts = this.payouts!;
    }
    return r;
  }
}

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** Why a record could not be read, when the reader threw something other than an InputError. */
function unreadable(e: unknown): string {
  if (isStackOverflow(e)) return 'cannot read this claim: it refers to itself (a recursive alias such as a: &a [*a]) or nests too deeply';
  return `cannot read this claim: ${short((e as Error)?.message ?? String(e))}`;
}

/** A message of at most one line and a sensible length (JSON.parse quotes the text it fails on). */
function short(s: string): string {
  const one = s.replace(/\s*[\r\n]+\s*/g, ' ');
  return one.length > 160 ? `${one.slice(0, 157)}…` : one;
}

// ---------------------------------------------------------------------------------------------
// Text of a batch; lines that are not UTF-8 (or hold control characters) are refused one by one.

interface Text {
  text: string;
  /** 0-based lines of the batch that were not text; their content is left out of `text` (NOT_TEXT_LINE instead). */
  bad: Set<number> | null;
}

const CONTROL = /[\u0000-\u0008\u000E-\u001F]/;

/** What stands in `text` for a line that is not text (never read: the line is in `bad`). */
const NOT_TEXT_LINE = '\u0000';

function decode(bytes: Uint8Array, checkControl: boolean): Text {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buf)) {
    const text = buf.toString('utf8');
    if (!checkControl || !CONTROL.test(text)) return { text, bad: null };
  }
  // the slow way, line by line: only for a batch with something that is not text in it
  const bad = new Set<number>();
  const parts: string[] = [];
  let pos = 0;
  let n = 0;
  while (pos <= buf.length) {
    let nl = buf.indexOf(10, pos);
    if (nl < 0) nl = buf.length;
    const line = buf.subarray(pos, nl);
    const s = isUtf8(line) ? line.toString('utf8') : null;
    if (s === null || (checkControl && CONTROL.test(s))) {
      bad.add(n);
      // not empty: an empty line would be no record at all (a YAML document of only this line was
      // left out, a last line without a line break after it was past the end of the text)
      parts.push(NOT_TEXT_LINE);
    } else parts.push(s);
    pos = nl + 1;
    n++;
  }
  return { text: parts.join('\n'), bad };
}

const NOT_TEXT = 'not UTF-8 text (binary data?)';

function badIn(bad: Set<number> | null, from: number, to: number): number {
  if (bad === null) return -1;
  for (let i = from; i < to; i++) if (bad.has(i)) return i;
  return -1;
}

// ---------------------------------------------------------------------------------------------

/**
 * Settle the records in `bytes`, whose first line is line `firstLine` of the input. The results
 * are written into `out` (reused from batch to batch on one thread; a new one per batch when the
 * result's memory is handed on). CSV `rows` already read from these bytes (by the reader's
 * cutter, on one job) are settled as they are.
 */
export function settleBatch(bytes: Uint8Array, firstLine: number, spec: BatchSpec, ctx: SettleContext, out?: OutBuffer, rows?: CsvIn.ParsedRows): BatchResult {
  const s = new Settler(spec, ctx, out ?? new OutBuffer(outSize(bytes.length, spec)));
  switch (spec.input) {
    case 'ndjson':
      ndjson(bytes, firstLine, s);
      break;
    case 'yaml':
      yaml(bytes, firstLine, s);
      break;
    case 'csv':
      csv(bytes, firstLine, spec.csv!, s, rows);
      break;
  }
  return s.result();
}

/** A first guess at the size of a batch's results (the buffer grows when they need more). */
export function outSize(bytes: number, spec: BatchSpec): number {
  return Math.max(64 << 10, bytes * (spec.output === 'csv' ? 1 : 4));
}

/**
 * NDJSON is decoded a piece of whole lines at a time, about this many bytes: the text of a whole
 * batch (512 KB–1 MB) lives as long as the batch and outlives the scavenges of its claims, so
 * each batch promoted one more large string to the old generation, freed only by a full
 * collection — a worker's heap grew from ~20 to ~40 MB between two (200 000 claims, --jobs 2).
 * A piece's text dies young; one decode per piece costs no more than one per batch.
 */
const PIECE = 16 << 10;

function ndjson(bytes: Uint8Array, firstLine: number, s: Settler): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let line = firstLine;
  for (let from = 0; from < buf.length; ) {
    let to = from + PIECE >= buf.length ? buf.length : buf.lastIndexOf(NL, from + PIECE - 1) + 1;
    if (to <= from) {
      // a line longer than a piece: the piece is that line
      const nl = buf.indexOf(NL, from + PIECE);
      to = nl < 0 ? buf.length : nl + 1;
    }
    line = ndjsonLines(buf.subarray(from, to), line, s);
    from = to;
  }
}

const NL = 10;

/** The lines of `bytes`, the first of which is line `firstLine`; the line after the last. */
function ndjsonLines(bytes: Uint8Array, firstLine: number, s: Settler): number {
  const { text, bad } = decode(bytes, false);
  const n = text.length;
  let pos = 0;
  let line = firstLine;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    if (bad !== null && bad.has(line - firstLine)) s.fail(null, `line ${line}: ${NOT_TEXT}`);
    else if (nl > pos) {
      if (text.charCodeAt(pos) === 123 /* { */ || text.slice(pos, nl).trim() !== '') {
        let raw: unknown;
        let ok = true;
        try {
          raw = parseJsonKeepingNumbers(text.slice(pos, nl));
        } catch (e) {
          ok = false;
          s.fail(null, `line ${line}: malformed JSON: ${short((e as Error).message)}`);
        }
        if (ok) s.claim(raw, line);
      }
    }
    pos = nl + 1;
    line++;
  }
  return line;
}

function yaml(bytes: Uint8Array, firstLine: number, s: Settler): void {
  const { text, bad } = decode(bytes, true);
  for (const doc of splitDocuments(text, firstLine)) {
    const lines = doc.text.split('\n').length;
    const b = badIn(bad, doc.line - firstLine, doc.line - firstLine + lines);
    if (b >= 0) {
      s.fail(null, `line ${firstLine + b}: ${NOT_TEXT}`);
      continue;
    }
    let value: unknown;
    try {
      value = parseYaml(doc.text);
    } catch (e) {
      // every failure to read one document is that document's error (a recursive alias, a
      // nesting too deep for the stack …), never the end of the batch
      if (!(e instanceof InputError)) {
        s.fail(null, `line ${doc.docLine}: ${unreadable(e)}`);
        continue;
      }
      // the parser may place an error at the end (an unclosed bracket): keep it inside the document
      const at = e.location?.line;
      const last = doc.line + lines - (doc.text.endsWith('\n') ? 2 : 1);
      const msg = new InputError(e.detail, { line: at === undefined ? doc.docLine : Math.min(doc.line + at - 1, last), field: e.location?.field }).message;
      s.fail(null, msg);
      continue;
    }
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) s.claim(v, doc.docLine);
    else s.claim(value, doc.docLine);
  }
}

/** The YAML reader of core/data (alias cap, unique keys, no `__proto__` keys): loaded by loadReaders. */
let parseYamlDocument: ((text: string, name: string, opts: { numbers: 'source' }) => unknown) | undefined;

function parseYaml(text: string): unknown {
  if (parseYamlDocument === undefined) throw new Error('settleBatch: loadReaders() was not called for YAML');
  // no file name: a record's message is read next to that file's results
  return parseYamlDocument(text, '', { numbers: 'source' });
}

/** The CSV reader (csv-parse and the rules of src/batch/csv-in.ts): loaded by loadReaders. */
let csvIn: typeof CsvIn | undefined;

/** Load the reader an input format needs beyond JSON (the yaml library, csv-parse), once. */
export async function loadReaders(input: InputFormat): Promise<void> {
  if (input === 'yaml' && parseYamlDocument === undefined) parseYamlDocument = (await import('../core/data.js')).parseDocument;
  if (input === 'csv' && csvIn === undefined) csvIn = await import('./csv-in.js');
}

/** CSV rows (`rows`: as the reader's cutter already read them from these bytes, else read here). */
function csv(bytes: Uint8Array, firstLine: number, layout: CsvLayout, s: Settler, rows?: CsvIn.ParsedRows): void {
  if (csvIn === undefined) throw new Error('settleBatch: loadReaders() was not called for CSV');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { items } = rows ?? csvIn.parseRows(buf, buf.length, true, firstLine, layout);
  const notText = csvIn.linesNotText(bytes, firstLine);
  // a row that cannot be read ends the claim it would belong to: it is an error of its own
  let run: CsvRow[] = [];
  const flush = () => {
    for (const g of groupRows(run, layout)) {
      const id = groupId(g, layout);
      let raw: Record<string, unknown>;
      try {
        raw = claimFromRows(g, layout);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        s.fail(id, id === null ? e.message : `${e.message.replace(/^(line \d+): /, `$1: claim ${id}: `)}`);
        continue;
      }
      s.claim(raw, g[0]!.line);
    }
    run = [];
  };
  for (const item of items) {
    if (csvIn.isBad(item)) {
      flush();
      s.fail(item.id, `line ${item.line}: ${item.id !== null ? `claim ${item.id}: ` : ''}${item.message}`);
      continue;
    }
    const b = notText === null ? -1 : firstBad(notText, item.line, item.line + (item.lines ?? 1));
    if (b >= 0) {
      flush();
      s.fail(null, `line ${b}: ${NOT_TEXT}`);
      continue;
    }
    run.push(item);
  }
  flush();
}

function firstBad(bad: Set<number>, from: number, to: number): number {
  for (let l = from; l < to; l++) if (bad.has(l)) return l;
  return -1;
}
