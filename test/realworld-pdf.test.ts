/**
 * PDFs made by other tools (headless Chromium printing HTML, LibreOffice Writer converting an ODF
 * document) from our own text documents, by scripts/make-realworld-pdfs.mjs; committed in
 * test/fixtures/pdf/realworld/, so these tests need neither tool. Their text items are split
 * differently from our generator's (word runs, separate spaces and hyphens, list markers as items
 * of their own), table cells are padded, framed and centred vertically, paragraphs justified and
 * hyphenated, the running header and footer set by the tool.
 *
 * - parse of each PDF gives the same policy model as parse of its text (all but `source`; a
 *   warning's place is given as the text's line or the PDF's page and line, so places are
 *   compared without it);
 * - the reader gives the text's cells line for line, except where positions cannot tell (listed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './cli-harness.js';

const DIR = join(REPO, 'test', 'fixtures', 'pdf', 'realworld');
const pdfs = readdirSync(DIR)
  .filter((f) => f.endsWith('.pdf'))
  .sort();

/** The text a PDF was made from: samples/NAME.txt or test/fixtures/pdf/NAME.txt. */
function textOf(pdf: string): string {
  const name = pdf.replace(/\.[a-z]+\.pdf$/, '');
  const candidates = [join(REPO, 'samples', `${name}.txt`), join(REPO, 'test', 'fixtures', 'pdf', `${name}.txt`)];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`${pdf}: no text ${name}.txt in samples/ or test/fixtures/pdf/`);
  return found;
}

function model(file: string): Record<string, unknown> {
  const r = runCli(['parse', file, '--format', 'json'], { cwd: REPO });
  expect(r.status, r.stderr).toBe(0);
  const m = JSON.parse(r.stdout) as Record<string, unknown>;
  delete m.source;
  if (Array.isArray(m.warnings)) m.warnings = m.warnings.map((w: string) => w.replace(/^(?:page \d+, )?line \d+: /, '').replace(/\((?:page \d+, )?lines? [\d–]+\)/g, '(…)'));
  return m;
}

/**
 * Where the cells differ and positions cannot tell: Chromium breaks «<b>Hva er forsikret?</b>»
 * between «?» and «</b>» (no space there); a line break is read as a space.
 */
const KNOWN: Record<string, RegExp> = {
  'fornyelse-naering.chromium.pdf': /forsikret\? <\/b>/,
  'yrkesskade-bevis.chromium.pdf': /forsikret\? <\/b>/,
};

describe('PDFs made by Chromium and LibreOffice: the same policy model as the text', () => {
  it('has PDFs from both tools', () => {
    expect(pdfs.filter((f) => f.endsWith('.chromium.pdf')).length).toBeGreaterThanOrEqual(4);
    expect(pdfs.filter((f) => f.endsWith('.libreoffice.pdf')).length).toBeGreaterThanOrEqual(4);
  });

  for (const pdf of pdfs) {
    it(`${pdf}: parse of the PDF = parse of its text`, () => {
      expect(model(join(DIR, pdf))).toEqual(model(textOf(pdf)));
    });
  }

  it('gives the text cells line for line (the reader bundled as the CLI bundles it)', () => {
    const args = pdfs.map((p) => `${textOf(p)}=${join(DIR, p)}`);
    const r = spawnSync(process.execPath, ['scripts/pdf-roundtrip.mjs', '--json', ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as { file: string; problems: string[] }[];
    expect(results).toHaveLength(pdfs.length);
    for (const res of results) {
      const pdf = res.file.split('/').pop()!;
      const known = KNOWN[pdf];
      if (known) {
        expect(res.problems.length, `${pdf}: ${res.problems.join('\n')}`).toBeGreaterThan(0);
        for (const p of res.problems) expect(p, pdf).toMatch(known);
      } else {
        expect(res.problems, pdf).toEqual([]);
      }
    }
  });
});
