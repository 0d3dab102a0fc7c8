/**
 * Property: `settle --batch` with N worker threads gives exactly the output (and exit code) of one
 * job — the same records in the same order — whatever the claims, their errors, the input and
 * output formats and the batch size (small batches, so workers finish out of order).
 * Through the built CLI, as a user runs it.
 */
import fc from 'fast-check';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, scratch } from './cli-harness.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const CATS = ['elektrisk', 'handverktoy', 'it', 'annet'] as const;

const item = fc.record({
  description: fc.constantFrom('PC', 'Drill, stor', 'Kjøleskap'),
  category: fc.constantFrom(...CATS),
  new_price: fc.integer({ min: 100, max: 99_000 }).map(String),
  age_years: fc.integer({ min: 0, max: 150 }).map((t) => (t / 10).toString()),
});

type Claim = { id: string; deductible: string; sum_insured: string; items: { description: string; category: string; new_price: string; age_years: string }[]; bad?: 'json' | 'fact' };
const claim = fc.record({
  deductible: fc.constantFrom('0', '2000', '10000'),
  sum_insured: fc.constantFrom('5000', '100000'),
  items: fc.array(item, { minLength: 1, maxLength: 3 }),
  bad: fc.constantFrom(undefined, undefined, undefined, 'json' as const, 'fact' as const),
});

function ndjson(claims: Claim[]): string {
  return claims
    .map((c) => {
      if (c.bad === 'json') return `{"id":"${c.id}",`;
      const items = c.bad === 'fact' ? c.items.map(({ age_years: _a, ...rest }) => rest) : c.items;
      return JSON.stringify({ id: c.id, product: 'eiendeler', date: '2024-03-15', deductible: c.deductible, sum_insured: c.sum_insured, items });
    })
    .join('\n');
}

function yamlDocs(claims: Claim[]): string {
  return claims.map((c) => (c.bad === 'json' ? `---\nid: ${c.id}\nitems: [\n` : `---\n${ndjson([c])}\n`)).join('');
}

function csv(claims: Claim[]): string {
  const rows = ['id,product,date,deductible,sum_insured,description,category,new_price,age_years'];
  for (const c of claims) {
    for (const it of c.items) {
      const q = it.description.includes(',') ? `"${it.description}"` : it.description;
      const age = c.bad === 'fact' ? '' : it.age_years;
      rows.push(`${c.id},eiendeler,2024-03-15,${c.deductible},${c.sum_insured},${q},${it.category},${it.new_price},${age}`);
    }
    if (c.bad === 'json') rows.push(`${c.id}-x,eiendeler,"2024`);
  }
  return rows.join('\n') + '\n';
}

describe('settle --batch --jobs N = one job (property)', () => {
  it('same output, same order, same exit code', () => {
    fc.assert(
      fc.property(
        fc.array(claim, { minLength: 1, maxLength: 25 }),
        fc.constantFrom('ndjson', 'yaml', 'csv'),
        fc.constantFrom('ndjson', 'csv', 'json'),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 16, max: 600 }),
        (raw, input, output, jobs, bytes) => {
          const claims = raw.map((c, i) => ({ ...c, id: `P-${i}` }) as Claim);
          // a malformed CSV row (an unclosed quote) anywhere: it costs its own line, nothing after it
          const text = input === 'ndjson' ? ndjson(claims) : input === 'yaml' ? yamlDocs(claims) : csv(claims);
          const dir = scratch();
          dirs.push(dir);
          writeFileSync(join(dir, `claims.${input}`), text);
          const args = ['settle', '--batch', `claims.${input}`, '--format', output];
          const env = { SKADEKALK_BATCH_BYTES: String(bytes) };
          const one = runCli(args, { cwd: dir, env });
          const many = runCli([...args, '--jobs', String(jobs)], { cwd: dir, env });
          expect(one.status === 0 || one.status === 2, one.stderr).toBe(true);
          expect(many.stdout).toBe(one.stdout);
          expect(many.status).toBe(one.status);
          expect(many.stderr).toBe(one.stderr);
          // every record read is accounted for: a result or an error record for each claim, and
          // one more for each unreadable CSV row (a claim's rows stay one claim)
          const unreadable = claims.filter((c) => c.bad === 'json').length;
          const expected = input === 'csv' ? claims.length + unreadable : claims.length;
          const records = output === 'json' ? (JSON.parse(one.stdout) as unknown[]).length : one.stdout.trimEnd().split('\n').length - (output === 'csv' ? 1 : 0);
          expect(records, one.stdout).toBe(expected);
          // (in CSV, a claim marked 'json' keeps its good rows and has an unreadable row after them)
          const failed = input === 'csv' ? claims.filter((c) => c.bad === 'fact').length + unreadable : claims.filter((c) => c.bad !== undefined).length;
          if (failed > 0) expect(one.stderr).toContain(`${failed} of ${expected} claims failed`);
          else expect(one.stderr).toBe('');
        },
      ),
      { numRuns: 15 },
    );
    // 30 runs of the CLI: on a busy machine longer than the default 30 s
  }, 300_000);
});

describe('settle --batch --jobs N: a batch larger than a worker heap', () => {
  it('is settled by the main thread, with the output of one job (the run does not fail)', () => {
    const one = (id: string, items: number) =>
      JSON.stringify({ id, product: 'eiendeler', date: '2024-03-15', deductible: '1000', sum_insured: '100000000', items: Array.from({ length: items }, (_, i) => ({ description: `PC ${i}`, category: 'it', new_price: '18000', age_years: '3.5' })) });
    // a claim of 60 000 items (5 MB of JSON) between small ones; 8 MB of old generation for a
    // worker is too little for it (the limit is set for tests; a run's is 48 MB + the context's)
    const lines = [...Array.from({ length: 30 }, (_, i) => one(`S-${i}`, 1)), one('BIG', 60_000), ...Array.from({ length: 30 }, (_, i) => one(`T-${i}`, 1))];
    const dir = scratch();
    dirs.push(dir);
    writeFileSync(join(dir, 'claims.ndjson'), `${lines.join('\n')}\n`);
    const args = ['settle', '--batch', 'claims.ndjson', '--format', 'csv'];
    const single = runCli(args, { cwd: dir });
    const many = runCli([...args, '--jobs', '2'], { cwd: dir, env: { SKADEKALK_WORKER_HEAP_MB: '8' } });
    expect(single.status, single.stderr).toBe(0);
    expect(many.stderr).toBe('');
    expect(many.status).toBe(0);
    expect(many.stdout).toBe(single.stdout);
    expect(many.stdout.split('\n').filter((l) => l.startsWith('BIG,'))).toHaveLength(1);
  }, 120_000);
});
