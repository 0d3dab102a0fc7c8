/**
 * The PDF reader on pages in two columns that are no running text (the agreement's fields beside
 * the overview of covers, the holder beside the vehicle, two columns of prose beside each other),
 * printed as the text stands — Courier, every space kept — by
 *
 *   node scripts/make-unseen-pdfs.mjs --tools groffmono --out test/fixtures/pdf/columns test/corpus/docs/NAME.txt
 *
 * (the PDFs are committed, so the test needs neither groff nor Ghostscript). The PDF reader reads
 * each block in two columns as the text reader does (src/parse/pdf/page-columns.ts,
 * src/parse/text-columns.ts): parse of the PDF = parse of its text.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './cli-harness.js';

const DIR = join(REPO, 'test', 'fixtures', 'pdf', 'columns');
const DOCS = join(REPO, 'test', 'corpus', 'docs');
const pdfs = readdirSync(DIR)
  .filter((f) => f.endsWith('.pdf'))
  .sort();

function model(file: string): Record<string, unknown> {
  const r = runCli(['parse', file, '--format', 'json'], { cwd: REPO });
  expect(r.status, r.stderr).toBe(0);
  const m = JSON.parse(r.stdout) as Record<string, unknown>;
  delete m.source;
  return m;
}

describe('pages in two columns printed to PDF', () => {
  it('has the three pages', () => {
    expect(pdfs).toHaveLength(3);
  });
  for (const pdf of pdfs) {
    it(`${pdf}: parse of the PDF = parse of its text, the policy number and period read`, () => {
      const m = model(join(DIR, pdf));
      expect(m).toEqual(model(join(DOCS, pdf.replace(/\.[a-z]+\.pdf$/, '.txt'))));
      expect(m.policy_number).toBeDefined();
      expect(m.renewal_date).toBeDefined();
    });
  }
});
