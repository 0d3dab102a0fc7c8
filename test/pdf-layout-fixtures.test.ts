/**
 * The PDF reader on PDFs laid out as insurers' document systems lay schedules out (test/fixtures/pdf/layout):
 * rows at the line pitch with product names and addresses that wrap onto a second line, rows
 * without a product, amounts right-aligned, a bold header row repeated on the next page, rules
 * between the rows, a table over two pages, cells of two amounts, a letter set in two columns.
 * Each text is rendered by two generators that lay pages out differently:
 *
 *   node scripts/make-pdfs.mjs NAME.txt --style schedule -o NAME.pdfkit.pdf       (pdfkit)
 *   node scripts/make-pdfs.mjs fornyelse-2026.txt --style twocolumn -o fornyelse-2026.twocolumn.pdf
 *   node scripts/make-realworld-pdfs.mjs NAME.txt … --tools chromium --style schedule --out .   (Chromium)
 *
 * (run in test/fixtures/pdf/layout; the PDFs are committed, so the tests need neither tool).
 *
 * - the reader gives the text's cells, row for row (the reader bundled as the CLI bundles it);
 * - parse of each PDF gives the policy model its text gives;
 * - `renewal --from A.pdf --letter L.pdf --to B.pdf` finds what it finds from the texts.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './cli-harness.js';

const DIR = join(REPO, 'test', 'fixtures', 'pdf', 'layout');
const pdfs = readdirSync(DIR)
  .filter((f) => f.endsWith('.pdf'))
  .sort();
const textOf = (pdf: string) => join(DIR, pdf.replace(/\.[a-z]+\.pdf$/, '.txt'));

function model(file: string): Record<string, unknown> {
  const r = runCli(['parse', file, '--format', 'json'], { cwd: REPO });
  expect(r.status, r.stderr).toBe(0);
  const m = JSON.parse(r.stdout) as Record<string, unknown>;
  delete m.source;
  if (Array.isArray(m.warnings)) m.warnings = m.warnings.map((w: string) => w.replace(/^(?:page \d+, )?line \d+: /, ''));
  return m;
}

describe('schedules laid out as document systems lay them out', () => {
  it('has PDFs of every text from pdfkit and from Chromium', () => {
    for (const name of ['oversikt-2025', 'oversikt-2026', 'fornyelse-2026']) {
      expect(pdfs).toContain(`${name}.pdfkit.pdf`);
      expect(pdfs).toContain(`${name}.chromium.pdf`);
    }
  });

  it('gives the text cells row for row (wrapped cells joined, rows apart, the repeated header once)', () => {
    const args = pdfs.map((p) => `${textOf(p)}=${join(DIR, p)}`);
    const r = spawnSync(process.execPath, ['scripts/pdf-roundtrip.mjs', '--json', ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as { file: string; pages: number; problems: string[] }[];
    expect(results).toHaveLength(pdfs.length);
    for (const res of results) expect(res.problems, res.file).toEqual([]);
    // the schedule runs over two pages in both generators' layouts
    for (const res of results.filter((x) => /oversikt-2025\.(pdfkit|chromium)/.test(x.file))) expect(res.pages, res.file).toBe(2);
  });

  for (const pdf of pdfs) {
    it(`${pdf}: parse of the PDF = parse of its text`, () => {
      expect(model(join(DIR, pdf))).toEqual(model(textOf(pdf)));
    });
  }

  it('reads all 34 rows of the schedule, amounts and all', () => {
    const m = model(join(DIR, 'oversikt-2025.pdfkit.pdf')) as { coverages: { product: string; object?: string; sum?: string; deductible?: string; premium?: string }[] };
    expect(m.coverages).toHaveLength(34);
    expect(m.coverages[0]).toMatchObject({ product: 'Næringsbygg - kontor, lager og verksted med tilhørende tekniske anlegg', object: 'Havnegata 12, 5003 Bergen (gnr. 165, bnr. 23)', sum: '38400000', deductible: '15000', premium: '31250' });
    expect(m.coverages[1]).toMatchObject({ product: 'Næringsbygg - kontor, lager og verksted med tilhørende tekniske anlegg', object: 'Havnegata 14, 5003 Bergen (gnr. 165, bnr. 24)', sum: '21750000' });
  });
});

describe('renewal from PDFs laid out as schedules', () => {
  interface Out {
    objects: { name: string; old: unknown; expected: unknown; stated: unknown }[];
    discrepancies: Record<string, unknown>[];
    unresolved: Record<string, unknown>[];
    natural_damage: { old: string | null; new: string | null };
    rows_only_in_old: string[];
    rows_only_in_new: string[];
  }
  function renewal(ext: string): Out {
    const f = (n: string) => join(DIR, `${n}.${ext}`);
    const r = runCli(['renewal', '--from', f('oversikt-2025'), '--letter', f('fornyelse-2026'), '--to', f('oversikt-2026'), '--format', 'json'], { cwd: REPO });
    expect(r.status, r.stderr).toBe(1);
    const o = JSON.parse(r.stdout) as Out;
    return {
      objects: o.objects.map(({ name, old, expected, stated }) => ({ name, old, expected, stated })),
      discrepancies: o.discrepancies.map(({ note: _n, ...d }) => d),
      unresolved: o.unresolved.map(({ reason: _r, ...u }) => u),
      natural_damage: { old: o.natural_damage.old, new: o.natural_damage.new },
      rows_only_in_old: o.rows_only_in_old,
      rows_only_in_new: o.rows_only_in_new,
    };
  }

  it('finds from the PDFs what it finds from the texts, the planted discrepancy among it', () => {
    const text = renewal('txt');
    expect(text.objects).toHaveLength(34);
    // the sum of Nøstegaten 58 was not indexed in the new schedule
    expect(text.discrepancies).toContainEqual(expect.objectContaining({ field: 'sum', expected: '19542600.00', stated: '18900000.00' }));
    expect(renewal('pdfkit.pdf')).toEqual(text);
    expect(renewal('chromium.pdf')).toEqual(text);
  });
});
