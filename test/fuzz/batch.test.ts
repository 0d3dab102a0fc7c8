/**
 * Fuzz: malformed batches (issue 14, items 2 and 3). Whatever the records, every record read is
 * accounted for: results + error records = records in, in input order, and the summary counts
 * the failed ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli, fcParams } from './harness.js';

type Kind = 'valid' | 'bad-value' | 'malformed' | 'recursive-alias' | 'proto' | 'deep' | 'control';

const CLAIM = (id: string) => ({ id, product: 'eiendeler', date: '2024-03-15', deductible: '0', sum_insured: '100000', items: [{ description: 'Sag', category: 'handverktoy', new_price: '1000', age_years: '1' }] });

/** One NDJSON line of the given kind. */
function ndjsonLine(id: string, kind: Kind): string {
  const c = CLAIM(id) as Record<string, unknown>;
  if (kind === 'bad-value') c.date = '2024-02-30';
  if (kind === 'proto') return JSON.stringify(c).replace('{', '{"__proto__":{"polluted":true},');
  if (kind === 'deep') c.extra = JSON.parse('['.repeat(200) + ']'.repeat(200));
  if (kind === 'control') (c.items as Array<Record<string, unknown>>)[0]!.description = 'Sag\u001b[31m\u0007';
  const line = JSON.stringify(c);
  if (kind === 'malformed' || kind === 'recursive-alias') return line.slice(0, line.length - 7);
  return line;
}

/** One YAML document of the given kind. */
function yamlDoc(id: string, kind: Kind): string {
  const head = `id: ${id}\nproduct: eiendeler\ndate: ${kind === 'bad-value' ? '2024-02-30' : '2024-03-15'}\ndeductible: "0"\nsum_insured: "100000"\n`;
  const items = `items:\n  - description: ${kind === 'control' ? '"Sag\\e[31m\\a"' : 'Sag'}\n    category: handverktoy\n    new_price: "1000"\n    age_years: 1\n`;
  if (kind === 'malformed') return `${head}items: [{description: Sag\n`;
  if (kind === 'recursive-alias') return `${head}extra: &a [*a]\n${items}`;
  if (kind === 'proto') return `${head}__proto__: {polluted: true}\n${items}`;
  if (kind === 'deep') return `${head}extra: ${'['.repeat(200)}${']'.repeat(200)}\n${items}`;
  return head + items;
}

const kinds = fc.array(fc.constantFrom<Kind>('valid', 'valid', 'bad-value', 'malformed', 'recursive-alias', 'proto', 'deep', 'control'), { minLength: 1, maxLength: 12 });

/** Run a batch and return its CSV rows (without the header). */
function batch(input: string, format: 'ndjson' | 'yaml' | 'csv') {
  const r = cli(['settle', '--batch', '-', '--input-format', format, '--format', 'csv'], { stdin: input, env: { SKADEKALK_BATCH_BYTES: '64' } });
  const rows = r.stdout.trim() === '' ? [] : r.stdout.trim().split('\n').slice(1);
  return { r, rows };
}

function expectAccounted(r: ReturnType<typeof batch>, ids: string[], failed: number): void {
  const ctx = `\n--- stdout\n${r.r.stdout}\n--- stderr\n${r.r.stderr}`;
  expect(r.r.status, ctx).toBe(failed > 0 ? 2 : 0);
  expect(r.rows, ctx).toHaveLength(ids.length);
  // a result or an error record that names the claim, in input order (an unreadable record has no id)
  r.rows.forEach((row, i) => {
    if (!row.startsWith(',')) expect(row.split(',')[0], ctx).toBe(ids[i]);
  });
  if (failed > 0) expect(r.r.stderr, ctx).toMatch(new RegExp(`: ${failed} of ${ids.length} claims failed`));
  else expect(r.r.stderr, ctx).toBe('');
}

describe('fuzz: batches — results + error records = records in', () => {
  it('NDJSON with malformed, invalid, __proto__, deep and control-character claims', () => {
    fc.assert(
      fc.property(kinds, (ks) => {
        const ids = ks.map((_, i) => `N-${i + 1}`);
        const input = ks.map((k, i) => ndjsonLine(ids[i]!, k)).join('\n') + '\n';
        const failed = ks.filter((k) => k !== 'valid' && k !== 'control').length;
        expectAccounted(batch(input, 'ndjson'), ids, failed);
      }),
      fcParams(3),
    );
  });

  it('YAML with malformed documents, recursive aliases, __proto__, deep nesting', () => {
    fc.assert(
      fc.property(kinds, (ks) => {
        const ids = ks.map((_, i) => `Y-${i + 1}`);
        const input = ks.map((k, i) => yamlDoc(ids[i]!, k)).join('---\n');
        const failed = ks.filter((k) => k !== 'valid' && k !== 'control').length;
        expectAccounted(batch(input, 'yaml'), ids, failed);
      }),
      fcParams(3),
    );
  });

  it('CSV with unbalanced quotes and short rows', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('valid', 'open-quote', 'short', 'bad-value'), { minLength: 1, maxLength: 12 }), (ks) => {
        const ids = ks.map((_, i) => `C-${i + 1}`);
        const rows = ks.map((k, i) => {
          const desc = k === 'open-quote' ? '"Sag' : 'Sag';
          const date = k === 'bad-value' ? '2024-02-30' : '2024-03-15';
          return k === 'short' ? `${ids[i]},eiendeler` : `${ids[i]},eiendeler,${date},0,100000,${desc},handverktoy,1000,1`;
        });
        const input = ['id,product,date,deductible,sum_insured,description,category,new_price,age_years', ...rows].join('\n') + '\n';
        expectAccounted(batch(input, 'csv'), ids, ks.filter((k) => k !== 'valid').length);
      }),
      fcParams(3),
    );
  });
});
