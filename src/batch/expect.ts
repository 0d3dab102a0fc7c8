/**
 * `settle --expect FILE`: compare the payouts of a run with expected payouts per claim id (the CI
 * use case, docs/conventions.md: exit 1 on a difference).
 *
 * The expected file holds records with `id` and `payout` — NDJSON, a JSON array, YAML (documents
 * or a list) or CSV with `id` and `payout` columns — e.g. a previous run's output in any of
 * settle's machine formats. A record with an `error` and no payout expects the claim to fail.
 * Payouts are compared as decimals (`"48000"` equals `"48000.00"`).
 *
 * Differences: a different payout; a payout where an error was expected or the other way round;
 * an id in the results that the file does not have; an id of the file missing from the results;
 * an id twice in the results. Results without an id (unreadable claims) are not compared — they
 * are error records, which fail the run anyway.
 */
import { InputError } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import { describe, parseNumberValue } from '../core/norsk.js';
import { readInput } from '../cli/io.js';

interface Entry {
  /** null: an error is expected. */
  payout: Decimal | null;
  /** As shown in a difference. */
  text: string;
  seen: boolean;
}

export interface Expected {
  file: string;
  entries: Map<string, Entry>;
}

export interface Difference {
  id: string;
  /** undefined: not in the expected file. */
  expected?: string;
  /** undefined: not in the results; null: an error record. */
  got?: string | null;
  twice?: boolean;
}

type Format = 'ndjson' | 'json' | 'yaml' | 'csv';

function formatOf(path: string, text: string): Format {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  const t = text.trimStart();
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) {
    try {
      JSON.parse(t);
      return 'json';
    } catch {
      return 'ndjson';
    }
  }
  const first = t.split(/\r?\n/, 1)[0] ?? '';
  if (/(^|[,;]\s*)"?id"?\s*[,;]/i.test(first) || /[,;]\s*"?id"?\s*$/i.test(first)) return 'csv';
  return 'yaml';
}

interface Rec {
  value: unknown;
  line?: number | undefined;
}

async function records(path: string, text: string): Promise<Rec[]> {
  const format = formatOf(path, text);
  if (format === 'ndjson') {
    const out: Rec[] = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!.trim();
      if (l === '') continue;
      try {
        out.push({ value: JSON.parse(l), line: i + 1 });
      } catch (e) {
        throw new InputError(`malformed JSON: ${(e as Error).message}`, { file: path, line: i + 1 });
      }
    }
    return out;
  }
  if (format === 'csv') {
    const { parse } = await import('csv-parse/sync');
    const first = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
    let rows: { record: Record<string, string>; info: { lines: number } }[];
    try {
      rows = parse(text, { delimiter, columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, bom: true, info: true, relax_column_count: true }) as never;
    } catch (e) {
      throw new InputError(`malformed CSV: ${(e as Error).message.split('\n')[0]}`, { file: path });
    }
    // an id that settle's CSV output neutralised (`'=…`) is read back as it was
    const { unsafeCell } = await import('./csv-out.js');
    for (const r of rows) if (typeof r.record.id === 'string') r.record.id = unsafeCell(r.record.id);
    return rows.map((r) => ({ value: r.record, line: r.info.lines }));
  }
  const { checkKeys, parseAllDocuments } = await import('../core/data.js');
  if (format === 'json') {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (e) {
      throw new InputError(`malformed JSON: ${(e as Error).message}`, { file: path });
    }
    checkKeys(v, path);
    return (Array.isArray(v) ? v : [v]).map((value) => ({ value }));
  }
  const docs = parseAllDocuments(text, path);
  return docs.flatMap((d) => (Array.isArray(d) ? d : d === null || d === undefined ? [] : [d])).map((value) => ({ value }));
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Read the expected payouts per id. */
export async function readExpected(path: string): Promise<Expected> {
  const file = readInput(path, 'expected results');
  const { decodeText } = await import('../core/data.js');
  const content = decodeText(file.data, file.name);
  const entries = new Map<string, Entry>();
  const recs = await records(file.name, content);
  recs.forEach((r, i) => {
    const where = { file: file.name, line: r.line, field: r.line === undefined ? `record ${i + 1}` : undefined };
    const v = r.value;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new InputError(`expected a record with id and payout, got ${describe(v)}`, where);
    const rec = v as Record<string, unknown>;
    const id = text(rec.id);
    // an error record of a claim that could not be read has no id: nothing to compare it with
    if (id === undefined && text(rec.error) !== undefined) return;
    if (id === undefined) throw new InputError('id: missing; every expected record names its claim by id', where);
    if (entries.has(id)) throw new InputError(`id ${id} appears twice`, where);
    const p = rec.payout;
    if (p === undefined || p === null || p === '') {
      if (text(rec.error) === undefined) throw new InputError(`id ${id}: payout: missing (or an error, when the claim is expected to fail)`, where);
      entries.set(id, { payout: null, text: 'an error', seen: false });
      return;
    }
    let d: Decimal;
    try {
      d = parseNumberValue(p);
    } catch (e) {
      throw new InputError(`id ${id}: payout: ${(e as InputError).detail ?? (e as Error).message}`, where);
    }
    entries.set(id, { payout: d, text: d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toString(), seen: false });
  });
  return { file: file.name, entries };
}

/** Compares results, one by one in output order, with the expected payouts. */
export class ExpectCheck {
  readonly diffs: Difference[] = [];
  /** Ids of the results that the expected file does not have (to tell a second one). */
  private readonly extra = new Set<string>();
  results = 0;

  constructor(readonly expected: Expected) {}

  /** One result: its id (null: unreadable) and payout (null: an error record). */
  see(id: string | null, payout: string | null): void {
    this.results++;
    if (id === null) return;
    const e = this.expected.entries.get(id);
    if (e === undefined) {
      if (this.extra.has(id)) this.diffs.push({ id, got: payout, twice: true });
      else {
        this.extra.add(id);
        this.diffs.push({ id, got: payout });
      }
      return;
    }
    if (e.seen) {
      this.diffs.push({ id, got: payout, twice: true });
      return;
    }
    e.seen = true;
    const same = e.payout === null ? payout === null : payout !== null && e.payout.equals(payout);
    if (!same) this.diffs.push({ id, expected: e.text, got: payout });
  }

  /** All differences, with the expected ids no result had (in the file's order). */
  finish(): Difference[] {
    for (const [id, e] of this.expected.entries) if (!e.seen) this.diffs.push({ id, expected: e.text });
    return this.diffs;
  }
}

function got(v: string | null | undefined): string {
  return v === null ? 'an error record' : v === undefined ? 'no result' : v;
}

/** One line per difference: `K-1: expected 100.00, got 90.00`. */
export function describeDifference(d: Difference): string {
  if (d.twice) return `${d.id}: twice in the results (again ${got(d.got)})`;
  if (d.expected === undefined) return `${d.id}: not in the expected file, got ${got(d.got)}`;
  if (d.got === undefined) return `${d.id}: expected ${d.expected}, missing from the results`;
  return `${d.id}: expected ${d.expected}, got ${got(d.got)}`;
}
