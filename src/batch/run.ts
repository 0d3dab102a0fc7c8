/**
 * `settle --batch`: a stream of claims in, one result per claim out, in input order, with flat
 * memory (docs/conventions.md, docs/batch.md, docs/development.md).
 *
 *   reader (main thread) ──batches of whole records──▶ settleBatch ──result text──▶ sink
 *
 * One job: the main thread reads a chunk (1 MB), cuts it after its last whole record, settles
 * the batch and writes its results in one write, then reads the next.
 * `--jobs N`: the main thread only reads, cuts and writes; N worker threads settle the batches
 * (raw bytes copied in, UTF-8 result bytes transferred back; src/batch/pool.ts). At most 4 batches
 * per worker are in flight, so reading waits for writing (backpressure) and memory stays flat; results are
 * written in batch order, so the output is the same as with one job, byte for byte.
 */
import { closeSync, fstatSync, openSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { InputError, UsageError } from '../core/errors.js';
import { Decimal, ZERO } from '../core/money.js';
import { utf16Encoding } from '../core/utf16.js';
import { STDIN_NAME, checkReadable } from '../cli/io.js';
import { loadContext, type ContextSpec } from './context.js';
import { csvLayout, type CsvLayout, type CsvRow } from './csv.js';
import type { ParsedRows } from './csv-in.js';
import type { CsvSep } from './csv-out.js';
import { ExpectCheck, type Difference, type Expected } from './expect.js';
import { Pool } from './pool.js';
import { BatchReader, type Cutter } from './reader.js';
import { OutputClosed, Sink } from './sink.js';
import { OutBuffer, loadReaders, settleBatch, type BatchSpec, type InputFormat, type OutputFormat } from './settle-batch.js';
import { cutDocuments, cutLines } from './split.js';

export interface BatchRunOptions {
  /** A file, or `-` for stdin. */
  input: string;
  /** The input format; detected from the file name or its content when not given. */
  inputFormat?: InputFormat | undefined;
  output: OutputFormat;
  /** CSV output: the separator (default `,`). */
  csvSep?: CsvSep | undefined;
  /** `-o FILE` (atomic); stdout when undefined. */
  outFile?: string | undefined;
  jobs: number;
  context: ContextSpec;
  expected?: Expected | undefined;
  /** Sum the payouts (for the summary). */
  totals?: boolean;
  /** Called after each batch is written. */
  onProgress?: ((p: Progress) => void) | undefined;
  /** The worker bundle (default: worker.cjs next to the running bundle). */
  workerFile?: string | undefined;
}

export interface Progress {
  /** Bytes of the input read so far, and its size when known. */
  bytes: number;
  size: number | undefined;
  claims: number;
  failed: number;
}

export interface BatchRunResult {
  input: string;
  claims: number;
  failed: number;
  payout: Decimal;
  diffs: Difference[] | undefined;
  /** The reader of stdout went away (`| head`) before the end. */
  closed: boolean;
}

/** Bytes read per batch: 1 MB on one thread; 512 KB per batch handed to a worker. */
const CHUNK = 1 << 20;
const WORKER_CHUNK = 512 << 10;

/**
 * For tests only: SKADEKALK_BATCH_BYTES sets the batch size, so that a few small claims make
 * many batches (and with --jobs, batches that workers finish out of order).
 */
function chunkSize(jobs: number): number {
  const forced = Number(process.env.SKADEKALK_BATCH_BYTES);
  if (Number.isInteger(forced) && forced >= 16) return forced;
  return jobs > 1 ? WORKER_CHUNK : CHUNK;
}
/**
 * Batches per worker handed out and not yet written (reading waits when there are this many), and
 * of them, how many a worker holds at once. The rest wait in the pool's queue for whichever
 * worker is free first, so that a worker does not wait on the one that has the batch to be
 * written next (results are written in order), nor finish the run with a queue of its own while
 * the other has none. Memory: in-flight batches × (2 × batch size + its results).
 */
const IN_FLIGHT_PER_WORKER = 4;
const AT_HAND_PER_WORKER = 2;

function isDevNull(rdev: number): boolean {
  try {
    return statSync('/dev/null').rdev === rdev;
  } catch {
    return false;
  }
}

/** Open the input: a named file (checked first) or stdin, which must not be a terminal. */
function openInput(spec: string): { fd: number; name: string; size: number | undefined; close: boolean } {
  if (spec === '-') {
    const st = fstatSync(0);
    // /dev/null is fine (an empty input); a terminal is not
    if (st.isCharacterDevice() && !isDevNull(st.rdev)) throw new UsageError('--batch "-" means stdin, but stdin is a terminal; pipe the claims in or name a file');
    return { fd: 0, name: STDIN_NAME, size: st.isFile() ? st.size : undefined, close: false };
  }
  checkReadable(spec, 'claims');
  let fd: number;
  try {
    fd = openSync(spec, 'r');
  } catch (e) {
    throw new InputError(`cannot read claims: ${(e as Error).message}`, { file: spec });
  }
  const st = fstatSync(fd);
  // a named pipe has no size (and may stall: it is read asynchronously)
  return { fd, name: spec, size: st.isFile() ? st.size : undefined, close: true };
}

/**
 * Binary junk: control characters (NUL included) or bytes that are not UTF-8 in the first 64 KB.
 * `whole`: the sample is the whole input (otherwise it may end inside a character).
 */
export function looksBinary(head: Uint8Array, whole: boolean): boolean {
  const n = Math.min(head.length, 64 << 10);
  let b = Buffer.from(head.buffer, head.byteOffset, n);
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 9 || (c > 13 && c < 32)) return true;
  }
  if (!whole || n < head.length) {
    const nl = b.lastIndexOf(10);
    if (nl >= 0) b = b.subarray(0, nl + 1);
    else {
      // no line break: leave out a character that may be cut off at the end
      let k = n;
      while (k > 0 && n - k < 3 && (b[k - 1]! & 0xc0) === 0x80) k--;
      if (k > 0 && b[k - 1]! >= 0xc0) k--;
      b = b.subarray(0, k);
    }
  }
  return !isUtf8(b);
}

/** The format from the file name, else from the first line that says something. */
export function detectFormat(name: string, head: Uint8Array): InputFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'csv') return 'csv';
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 8192)).toString('utf8');
  const first = text.split('\n').find((l) => l.trim() !== '')?.replace(/\r$/, '');
  if (first === undefined) return null;
  const t = first.trimStart();
  if (t.startsWith('{')) return 'ndjson';
  // a JSON array is one YAML document holding a list of claims
  if (t.startsWith('[')) return 'yaml';
  if (/[,;]/.test(first) && first.split(/[,;]/).some((c) => c.trim().replace(/^"|"$/g, '').toLowerCase() === 'id') && !/:\s/.test(first)) return 'csv';
  if (/^(---|\.\.\.)(\s|$)/.test(first) || /^[#%]/.test(t) || /^- /.test(t) || /^[A-Za-z_][\w.-]*\s*:(\s|$)/.test(t)) return 'yaml';
  return null;
}

/** The CSV header: the first line of the input, its cells and where the data starts. */
async function readCsvHeader(head: Uint8Array, name: string): Promise<{ layout: CsvLayout; end: number }> {
  const { headerCells } = await import('./csv-in.js');
  const nl = Buffer.from(head.buffer, head.byteOffset, head.length).indexOf(10);
  const firstLine = Buffer.from(head.buffer, head.byteOffset, nl < 0 ? head.length : nl).toString('utf8');
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let h;
  try {
    h = headerCells(head, delimiter);
  } catch (e) {
    throw new InputError(`malformed CSV header: ${(e as Error).message.replace(/ at line \d+/g, '').split('\n')[0]}`, { file: name, line: 1 });
  }
  return { layout: csvLayout(h.cells, delimiter, name), end: h.end };
}

/**
 * CSV: cut after the decided rows (src/batch/csv-in.ts), but before the first row of the last
 * claim — its rows may go on after the cut. A bad row or a row without an id ends a claim.
 * The rows read to find the cut are kept for the batch it makes (`take`): one job settles them
 * without reading the bytes again (csv-parse was a third of a CSV run, half of it here).
 */
async function csvCutter(layout: CsvLayout): Promise<{ cut: Cutter; take(bytes: number): ParsedRows | null }> {
  const { parseRows, isBad } = await import('./csv-in.js');
  let last: ParsedRows | null = null;
  const cut: Cutter = (buf, end, line) => {
    last = null;
    const p = parseRows(buf as Buffer, end, false, line, layout);
    const { items, starts } = p;
    let k = items.length - 1;
    let at = p.end;
    const id = k < 0 || isBad(items[k]!) ? '' : ((items[k] as CsvRow).fields[layout.idColumn] ?? '').trim();
    if (id !== '') {
      while (k > 0) {
        const prev = items[k - 1]!;
        if (isBad(prev) || (prev.fields[layout.idColumn] ?? '').trim() !== id) break;
        k--;
      }
      at = starts[k]!;
    } else k = items.length;
    if (at > 0) last = { items: items.slice(0, k), starts: starts.slice(0, k), end: at };
    return at;
  };
  return {
    cut,
    take(bytes) {
      const p = last;
      last = null;
      return p !== null && p.end === bytes ? p : null;
    },
  };
}

function defaultWorkerFile(): string {
  // the bundle is CommonJS: worker.cjs is built next to cli.cjs
  return join(typeof __dirname === 'string' ? __dirname : '.', 'worker.cjs');
}

export async function runBatch(o: BatchRunOptions): Promise<BatchRunResult> {
  if (!Number.isInteger(o.jobs) || o.jobs < 1) throw new UsageError(`--jobs: expected a whole number of at least 1, got ${o.jobs}`);
  const input = openInput(o.input);
  let sink: Sink | null = null;
  let pool: Pool | null = null;
  try {
    const { reader, spec, csvCut } = await openBatch(o, input);

    // the context is loaded here even when workers settle: its errors are one line, before any
    // output; and what it takes of the heap sizes the workers' (each loads its own)
    const heap = process.memoryUsage().heapUsed;
    const ctx = await loadContext(o.context);
    if (o.jobs > 1) pool = await Pool.start(o.workerFile ?? defaultWorkerFile(), o.jobs, AT_HAND_PER_WORKER, { spec, context: o.context }, Math.max(0, process.memoryUsage().heapUsed - heap));
    const check = o.expected !== undefined ? new ExpectCheck(o.expected) : undefined;

    // an -o file is written to a temporary file until the end; interrupted (Ctrl-C, kill), the
    // temporary file is removed and the process dies of the signal (src/cli/output.ts)
    sink = new Sink(o.output, o.outFile, spec.csvSep, ctx.previous !== undefined);
    sink.begin();
    const progress: Progress = { bytes: 0, size: input.size, claims: 0, failed: 0 };
    let payout = ZERO;
    let closed = false;
    const account: Account = (claims, failed, total, ids, payouts) => {
      progress.claims += claims;
      progress.failed += failed;
      progress.bytes = reader.consumed;
      if (total !== undefined && total !== '0.00') payout = payout.plus(new Decimal(total));
      if (check !== undefined) for (let i = 0; i < ids!.length; i++) check.see(ids![i]!, payouts![i]!);
      o.onProgress?.(progress);
    };

    try {
      if (pool === null) await settleHere(reader, spec, ctx, csvCut, sink, account);
      else await settleInWorkers(reader, pool, o.jobs, spec, ctx, sink, account);
      sink.end();
    } catch (e) {
      if (!(e instanceof OutputClosed)) throw e;
      // `| head` has all it wants: what was written stays, an -o file is not concerned
      closed = true;
    }
    sink = null;
    return { input: input.name, claims: progress.claims, failed: progress.failed, payout, diffs: check?.finish(), closed };
  } catch (e) {
    sink?.abort();
    throw e;
  } finally {
    await pool?.close();
    if (input.close) closeSync(input.fd);
  }
}

type CsvCut = Awaited<ReturnType<typeof csvCutter>>;
type Context = Awaited<ReturnType<typeof loadContext>>;
type Account = (claims: number, failed: number, total: string | undefined, ids?: (string | null)[], payouts?: (string | null)[]) => void;

/** The input's reader and format (refused when empty, UTF-16 or binary), with the reader its format needs loaded. */
async function openBatch(o: BatchRunOptions, input: ReturnType<typeof openInput>): Promise<{ reader: BatchReader; spec: BatchSpec; csvCut: CsvCut | undefined }> {
  const chunk = chunkSize(o.jobs);
  const reader = new BatchReader(input.fd, input.name, cutLines, chunk, undefined, input.size !== undefined);
  const head = await reader.head();
  if (head.length === 0) throw new InputError('is empty; expected claims (NDJSON, YAML or CSV)', { file: input.name });
  // a batch is read as a stream of UTF-8 lines; UTF-16 (Excel's «Unicode text», PowerShell's `>`)
  // is named for what it is, with the one command that converts it
  const wide = utf16Encoding(head);
  if (wide !== undefined) throw new InputError(`is ${wide.toUpperCase()} text; a batch is read as UTF-8 — convert it first, e.g. iconv -f ${wide.toUpperCase()} -t UTF-8 ${input.name} > claims-utf8.txt`, { file: input.name });
  if (looksBinary(head, reader.atEnd)) throw new InputError('contains binary data; expected claims as NDJSON, YAML or CSV text', { file: input.name });
  const format = o.inputFormat ?? detectFormat(input.name, head);
  if (format === null) throw new UsageError(`${input.name}: cannot tell the format of the claims (NDJSON, YAML or CSV); give it with --input-format`);
  await loadReaders(format);

  let csvCut: CsvCut | undefined;
  const spec: BatchSpec = { input: format, output: o.output, csvSep: o.csvSep ?? ',', totals: o.totals === true, keys: o.expected !== undefined };
  if (format === 'csv') {
    const { layout, end } = await readCsvHeader(head, input.name);
    spec.csv = layout;
    reader.skip(end);
    csvCut = await csvCutter(layout);
    reader.cut = csvCut.cut;
  } else if (format === 'yaml') {
    reader.cut = cutDocuments;
  }
  return { reader, spec, csvCut };
}

/** Settle every batch in this thread (--jobs 1). */
async function settleHere(reader: BatchReader, spec: BatchSpec, ctx: Context, csvCut: CsvCut | undefined, sink: Sink, account: Account): Promise<void> {
  const out = new OutBuffer(4 << 20);
  for (let b = await reader.next(false); b !== null; b = await reader.next(false)) {
    const r = settleBatch(b.bytes, b.line, spec, ctx, out, csvCut?.take(b.bytes.length) ?? undefined);
    sink.write(r.out);
    account(r.claims, r.failed, r.payout, r.ids, r.payouts);
    // let the event loop turn once a batch, so that a signal handler can run
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Settle the batches in the workers, a few in flight per worker, writing the results in the input's order. */
async function settleInWorkers(reader: BatchReader, pool: Pool, jobs: number, spec: BatchSpec, ctx: Context, sink: Sink, account: Account): Promise<void> {
  const most = jobs * IN_FLIGHT_PER_WORKER;
  let seq = 0;
  let next = 0;
  let eof = false;
  for (;;) {
    while (!eof && seq - next < most) {
      const b = await reader.next(true);
      if (b === null) eof = true;
      else pool.submit(seq++, b.bytes, b.line);
    }
    if (next === seq) break;
    const t = await pool.take(next++);
    // a batch that needs more memory than a worker has is settled here (the same function: the same output)
    const r = t.reply ?? settleBatch(t.bytes, t.line, spec, ctx);
    sink.write(r.out);
    // written (synchronously): its memory takes a later batch's results
    if (t.reply !== null) pool.recycle(r.out.buffer as ArrayBuffer);
    reader.recycle(t.bytes.buffer as ArrayBuffer);
    account(r.claims, r.failed, r.payout, r.ids, r.payouts);
  }
}
