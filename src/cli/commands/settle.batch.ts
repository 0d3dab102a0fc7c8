/**
 * `settle --batch FILE` and `settle --expect FILE` on the command line: options, the progress line
 * and summary on a terminal, the differences of --expect, and the exit code (DESIGN §1, §6):
 *   0 all settled (and, with --expect, all as expected) · 1 --expect found differences ·
 *   2 some claims failed (their error records are in the complete output) or the run could not
 *   start or complete (nothing written to -o).
 * stdout carries only the results; everything else goes to stderr.
 */
import { CheckFailed, SkadekalkError, UsageError } from '../../core/errors.js';
import { formatKr } from '../../core/money.js';
import { ExpectCheck, describeDifference, readExpected, type Difference, type Expected } from '../../batch/expect.js';
import { runBatch, type Progress } from '../../batch/run.js';
import { CSV_HEADER, csvCell } from '../../batch/settle-batch.js';
import type { Settlement } from '../../settle/index.js';
import { moneyString, payableCsv } from '../../settle/index.js';
import { checkOutputPath, writeFd } from '../io.js';
import { isTerminal } from '../style.js';
import type { SettleOpts } from './settle.run.js';

export const loadExpected = readExpected;

/** One settlement as batch CSV (header and row). */
export function csvResult(s: Settlement): string {
  return `${CSV_HEADER}${csvCell(s.id ?? '')},${s.product},${moneyString(s.payout)},${s.recourse === undefined ? '' : moneyString(s.recourse)},,${payableCsv(s)}\n`;
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

/** The progress line on a terminal: redrawn at most ten times a second, cleared at the end. */
class ProgressLine {
  private last = 0;
  private drawn = false;
  constructor(private readonly name: string) {}

  update(p: Progress): void {
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    let bar = '';
    if (p.size !== undefined && p.size > 0) {
      const f = Math.min(1, p.bytes / p.size);
      const full = Math.round(f * 24);
      bar = ` [${'#'.repeat(full)}${'.'.repeat(24 - full)}] ${Math.floor(f * 100)} %`;
    }
    writeFd(2, `\r\x1b[Kskadekalk: ${this.name}${bar} · ${count(p.claims)} claims${p.failed > 0 ? ` · ${count(p.failed)} failed` : ''}`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) writeFd(2, '\r\x1b[K');
  }
}

export async function runBatchCommand(opts: SettleOpts): Promise<void> {
  const output = opts.format ?? 'ndjson';
  if (output !== 'ndjson' && output !== 'csv' && output !== 'json') throw new UsageError(`--batch writes ndjson (the default), csv or json, not ${output}`);
  const jobs = parseJobs(opts.jobs);
  if (opts.output) checkOutputPath(opts.output);
  const expected = opts.expect !== undefined ? await readExpected(opts.expect) : undefined;
  const tty = await isTerminal(2);
  const started = Date.now();
  const line = tty ? new ProgressLine(opts.batch === '-' ? '<stdin>' : opts.batch!) : undefined;
  let r;
  try {
    r = await runBatch({
      input: opts.batch!,
      inputFormat: opts.inputFormat,
      output,
      outFile: opts.output,
      jobs,
      context: { params: opts.params, policy: opts.policy, terms: opts.terms, gFromPolicy: opts.gFromPolicy, previous: opts.previous },
      expected,
      totals: tty,
      onProgress: line && ((p) => line.update(p)),
    });
  } finally {
    line?.clear();
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
