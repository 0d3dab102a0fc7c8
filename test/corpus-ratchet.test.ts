/**
 * The accuracy measurement (scripts/accuracy.mjs, `npm run accuracy`) never fails on low accuracy:
 * it is a measurement. This test holds the parser to the documents it already reads perfectly —
 * those listed in test/corpus/ratchet.json: every hand-read field right, no value the document
 * does not state, every expected warning, and the expected refusal. It runs the built CLI
 * (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './cli-harness.js';

const ratchet = JSON.parse(readFileSync(join(REPO, 'test', 'corpus', 'ratchet.json'), 'utf8')) as { documents: string[] };

interface DocResult {
  file: string;
  refusal?: string;
  error?: string;
  totals: { expected: number; right: number; wrong: number; missed: number; extra: number };
  not_right: { outcome: string; where: string; expected?: unknown; got?: unknown }[];
  warnings: { want: string; met: boolean }[];
}

describe('corpus ratchet: documents the parser reads perfectly stay perfect', () => {
  it('lists documents of the main set only, text and PDF', () => {
    expect(ratchet.documents.length).toBeGreaterThan(0);
    for (const d of ratchet.documents) expect(d).toMatch(/^(docs\/[^/]+\.txt|pdf\/[^/]+\.pdf)$/);
    expect(ratchet.documents.some((d) => d.endsWith('.pdf'))).toBe(true);
  });

  it('reads every listed document right', () => {
    const r = spawnSync(process.execPath, ['scripts/accuracy.mjs', '--json', '--only', ratchet.documents.join(',')], { cwd: REPO, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const docs = (JSON.parse(r.stdout) as { documents: DocResult[] }).documents;
    expect(docs.map((d) => d.file).sort()).toEqual([...ratchet.documents].sort());
    for (const d of docs) {
      const problems = [
        ...d.not_right.map((e) => `${e.outcome} ${e.where}: expected ${JSON.stringify(e.expected)}, got ${JSON.stringify(e.got)}`),
        ...d.warnings.filter((w) => !w.met).map((w) => `warning not found: ${w.want}`),
        ...(d.refusal && d.refusal !== 'right' ? [`refusal ${d.refusal}`] : []),
        ...(d.error ? [d.error] : []),
      ];
      expect(problems, d.file).toEqual([]);
    }
    // one CLI run per document (~70 of them, a third PDFs): ~40 s alone, minutes on a loaded machine
  }, 600_000);
});
