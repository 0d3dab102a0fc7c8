/**
 * `settle --batch FILE` and `settle --expect FILE` on the command line: options, the progress line
 * and summary on a terminal, the differences of --expect, and the exit code (docs/conventions.md, docs/batch.md):
 *   0 all settled (and, with --expect, all as expected) · 1 --expect found differences ·
 *   2 some claims failed (their error records are in the complete output) or the run could not
 *   start or complete (nothing written to -o).
 * stdout carries only the results; everything else goes to stderr.
 */
import { CheckFailed, SkadekalkError, UsageError } from '../../core/errors.js';
import { formatKr } from '../../core/money.js';
import { ExpectCheck, describeDifference, readExpected, type Difference, type Expected } from '../../batch/expect.js';
import { runBatch, type Progress } from '../../batch/run.js';
import { csvHeader, csvRows, csvSep, type CsvSep } from '../../batch/csv-out.js';
import { settlementCsvRow } from '../../batch/settle-batch.js';
import type { Settlement } from '../../settle/index.js';
import { checkOutputPath, writeFd } from '../output.js';
import { isTerminal } from '../style.js';
import type { SettleOpts } from './settle.run.js';

export const loadExpected = readExpected;

/** One settlement as batch CSV (header and row). */
export function csvResult(s: Settlement, sep: CsvSep): string {
  const previous = s.previous !== undefined;
  return `${csvHeader(sep, previous)}${csvRows([settlementCsvRow(s, previous)], sep)}`;
}

/** --csv-sep: `,` or `;`; a usage error otherwise, or when the output is not CSV. */
export function csvSepOption(v: string | undefined, format: string): CsvSep {
  const sep = csvSep(v);
  if (sep === null) throw new UsageError(`--csv-sep: expected "," or ";", got "${v}"`);
  if (v !== undefined && format !== 'csv') throw new UsageError('--csv-sep goes with --format csv');
  return sep;
}

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Write one line per difference to stderr; the closing message, or undefined when none. */
function differences(diffs: Difference[], expected: Expected, results: number): string | undefined {
  if (diffs.length === 0) return undefined;
  let text = '';
  for (const d of diffs) text += `skadekalk: --expect ${expected.file}: ${describeDifference(d)}\n`;
  writeFd(2, text);
  const n = diffs.length;
  return `--expect ${expected.file}: ${count(n)} difference${n === 1 ? '' : 's'} (${count(results)} result${results === 1 ? '' : 's'}, ${count(expected.entries.size)} expected)`;
}

/** --expect for one claim: exit 1 (CheckFailed) on a difference. */
export function checkOne(expected: Expected, id: string, payout: string): void {
  const check = new ExpectCheck(expected);
  check.see(id, payout);
  const msg = differences(check.finish(), expected, 1);
  if (msg !== undefined) throw new CheckFailed(msg);
}

function parseJobs(v: string): number {
  if (!/^\s*\d+\s*$/.test(v) || +v < 1 || +v > 64) throw new UsageError(`--jobs: expected a whole number from 1 to 64, got "${v}"`);
  return +v;
}

/**
 * The progress bar on a terminal (cli-progress, loaded only there): the share of the input read
 * when its size is known, the claims settled and failed so far; redrawn at most ten times a
 * second and cleared at the end. Not drawn with --no-progress, nor when stderr is not a terminal.
 */
class ProgressBar {
  private bar: import('cli-progress').SingleBar | null = null;
  private constructor(
    private readonly cli: typeof import('cli-progress'),
    private readonly name: string,
  ) {}

  static async create(name: string): Promise<ProgressBar> {
    const mod = await import('cli-progress');
    return new ProgressBar((mod as { default?: typeof import('cli-progress') }).default ?? mod, name);
  }

  update(p: Progress): void {
    const payload = { file: this.name, claims: count(p.claims), failed: p.failed > 0 ? ` · ${count(p.failed)} feilet` : '' };
    if (this.bar === null) {
      const sized = p.size !== undefined && p.size > 0;
      this.bar = new this.cli.SingleBar({
        // the counts first: a line wider than the terminal is cut at its end, in the file name
        format: sized ? 'skadekalk: {claims} krav{failed} [{bar}] {percentage} % · {file}' : 'skadekalk: {claims} krav{failed} · {file}',
        stream: process.stderr,
        fps: 10,
        barsize: 24,
        barCompleteChar: '#',
        barIncompleteChar: '.',
        clearOnComplete: true,
        linewrap: true,
      });
      this.bar.start(sized ? p.size! : 1, 0, payload);
    }
    this.bar.update(p.size !== undefined && p.size > 0 ? Math.min(p.bytes, p.size) : 0, payload);
  }

  stop(): void {
    this.bar?.stop();
  }
}

export async function runBatchCommand(opts: SettleOpts): Promise<void> {
  const output = opts.format ?? 'ndjson';
  if (output !== 'ndjson' && output !== 'csv' && output !== 'json') throw new UsageError(`--batch writes ndjson (the default), csv or json, not ${output}`);
  const jobs = parseJobs(opts.jobs);
  const sep = csvSepOption(opts.csvSep, output);
  if (opts.output) checkOutputPath(opts.output, [opts.batch, opts.params, opts.policy, opts.expect, opts.previous]);
  const expected = opts.expect !== undefined ? await readExpected(opts.expect) : undefined;
  const tty = await isTerminal(2);
  const started = Date.now();
  const line = tty && opts.progress !== false ? await ProgressBar.create(opts.batch === '-' ? '<stdin>' : opts.batch!) : undefined;
  let r;
  try {
    r = await runBatch({
      input: opts.batch!,
      inputFormat: opts.inputFormat,
      output,
      csvSep: sep,
      outFile: opts.output,
      jobs,
      context: { params: opts.params, policy: opts.policy, terms: opts.terms, gFromPolicy: opts.gFromPolicy, previous: opts.previous },
      expected,
      totals: tty,
      onProgress: line && ((p) => line.update(p)),
    });
  } finally {
    line?.stop();
  }
  if (r.closed) return;

  const diffMsg = expected !== undefined ? differences(r.diffs!, expected, r.claims) : undefined;
  const failed = r.failed > 0 ? `${count(r.failed)} of ${count(r.claims)} claims failed; their error records are in the output` : '';
  if (tty) {
    // the summary on a terminal is text for people: Norwegian
    const secs = ((Date.now() - started) / 1000).toFixed(1).replace('.', ',');
    const outcome = r.failed > 0 ? `; ${count(r.failed)} av ${count(r.claims)} krav feilet, feilpostene står i utdataene` : ', ingen feilet';
    const summary = `${r.input}: ${count(r.claims)} krav på ${secs} s, utbetaling ${formatKr(r.payout)} i alt${outcome}`;
    if (r.failed > 0) {
      if (diffMsg !== undefined) writeFd(2, `skadekalk: ${diffMsg}\n`);
      throw new SkadekalkError(summary, 2);
    }
    writeFd(2, `skadekalk: ${summary}\n`);
  } else if (r.failed > 0) {
    if (diffMsg !== undefined) writeFd(2, `skadekalk: ${diffMsg}\n`);
    throw new SkadekalkError(`${r.input}: ${failed}`, 2);
  }
  if (diffMsg !== undefined) throw new CheckFailed(diffMsg);
}
