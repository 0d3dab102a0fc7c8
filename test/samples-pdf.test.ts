/**
 * The bundled samples as text and as PDF: every samples/*.txt has a samples/*.pdf made from it by
 * scripts/make-pdfs.mjs, the committed PDF is exactly what the script makes today, and parsing
 * the PDF gives the same policy model as parsing the text (all but `source`).
 * Regenerate after editing a sample: node scripts/make-pdfs.mjs samples/*.txt
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../scripts/make-pdfs.mjs';
import { REPO, runCli } from './cli-harness.js';

const samples = readdirSync(join(REPO, 'samples'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));

function model(file: string): Record<string, unknown> {
  const r = runCli(['parse', file, '--format', 'json'], { cwd: REPO });
  expect(r.status, r.stderr).toBe(0);
  const m = JSON.parse(r.stdout) as Record<string, unknown>;
  delete m.source;
  // a warning's line differs (a PDF has no blank lines); what it says does not
  m.warnings = (m.warnings as string[]).map((w) => w.replace(/^(?:page \d+, )?line \d+: /, ''));
  return m;
}

describe('samples: text and PDF give the same policy model', () => {
  it('has samples', () => expect(samples.length).toBeGreaterThanOrEqual(3));
  for (const s of samples) {
    it(`${s}.pdf is there and is what scripts/make-pdfs.mjs makes`, async () => {
      const pdf = join(REPO, 'samples', `${s}.pdf`);
      expect(existsSync(pdf), `run: node scripts/make-pdfs.mjs samples/${s}.txt`).toBe(true);
      const made = await makePdf(readFileSync(join(REPO, 'samples', `${s}.txt`), 'utf8'), { title: s });
      expect(Buffer.compare(made, readFileSync(pdf)), `samples/${s}.pdf is stale: node scripts/make-pdfs.mjs samples/${s}.txt`).toBe(0);
    });
    it(`${s}: parse of .txt = parse of .pdf`, () => {
      expect(model(`samples/${s}.pdf`)).toEqual(model(`samples/${s}.txt`));
    });
  }
});
