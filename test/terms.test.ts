/**
 * `skadekalk terms` through the built CLI: the corpus conditions read with `--from` give the
 * shipped terms (text and PDF), a conditions page of another insurer read from a PDF gives the
 * same terms as its text, what `--from` writes is accepted as terms, and text fits the width.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { CORPUS, REPO, runCli, scratch } from './cli-harness.js';

const NAERING = join(CORPUS, 'gjensidige-naering-fornyelse-2024.txt');
const PERSONAL = join(CORPUS, 'gjensidige-personal-yrkesskade-2024.txt');
const FIXTURES = join(REPO, 'test', 'fixtures', 'terms');
const shipped = () => YAML.parse(readFileSync(join(REPO, 'terms', 'gjensidige-naering-2024.yaml'), 'utf8'));

function json(args: string[], cwd?: string) {
  const r = runCli([...args, '--format', 'json'], { cwd });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

/** A PDF of a text document, laid out as real policy PDFs are (scripts/make-pdfs.mjs, plain node). */
function pdfOf(text: string, dir: string): string {
  const out = join(dir, `${text.replace(/^.*\//, '').replace(/\.txt$/, '')}.pdf`);
  const r = spawnSync(process.execPath, ['scripts/make-pdfs.mjs', text, '-o', out], { cwd: REPO, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return out;
}

describe.skipIf(!existsSync(NAERING))('terms --from on the corpus', () => {
  it('gives the shipped terms: the same values and clauses (a diff of the two is empty)', () => {
    const read = json(['terms', '--from', NAERING, '--from', PERSONAL]);
    expect(read.products).toEqual(shipped().products);
    expect(read.documents).toEqual(shipped().documents);
    expect(read.read.base).toBe('gjensidige-naering-2024');
    expect(read.warnings.map((w: { line: number }) => w.line)).toEqual([50, 722, 739]);
  });

  it('gives the same from a PDF of the corpus conditions', () => {
    const dir = scratch();
    const read = json(['terms', '--from', pdfOf(NAERING, dir), '--from', PERSONAL]);
    // the PDF is another document than the text: its values cite it by its own id
    const cites = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replace(/"document":"gjensidige_naering_fornyelse[a-z0-9_]*"/g, '"document":"naering"'));
    expect(cites(read.products)).toEqual(shipped().products);
  }, 60_000);
});

describe('terms --from on conditions pages of other insurers', () => {
  it('reads the same terms from a PDF as from its text', () => {
    const dir = scratch();
    const text = join(FIXTURES, 'tryg-bygning-bat.txt');
    const fromText = json(['terms', '--from', text]);
    const fromPdf = json(['terms', '--from', pdfOf(text, dir)]);
    expect(fromPdf.products.bygning.age_deduction.rows).toEqual(fromText.products.bygning.age_deduction.rows);
    expect(fromPdf.products.fritidsbat).toEqual(fromText.products.fritidsbat);
    expect(fromPdf.insurer).toBe('Tryg');
  }, 60_000);

  it('writes terms that `terms FILE` (and so --terms) accepts as they are', () => {
    const dir = scratch();
    for (const name of ['fremtind-innbo', 'eika-hus-innbo', 'if-naering', 'tryg-bygning-bat']) {
      const r = runCli(['terms', '--from', join(FIXTURES, `${name}.txt`), '-o', `${name}.yaml`], { cwd: dir });
      expect(r.status, r.stderr).toBe(0);
      const back = json(['terms', `${name}.yaml`], dir);
      expect(back).toEqual(YAML.parse(readFileSync(join(dir, `${name}.yaml`), 'utf8')));
    }
  });
});

describe('text for people fits the terminal', () => {
  it.each([30, 40, 60, 80, 120])('no line is wider than %i columns', (width) => {
    for (const args of [['terms'], ['terms', 'gjensidige-naering-2024'], ['terms', '--from', join(FIXTURES, 'fremtind-innbo.txt'), '--format', 'text']]) {
      const r = runCli(args, { env: { COLUMNS: String(width) } });
      expect(r.status).toBe(0);
      const wide = r.stdout.split('\n').filter((l) => [...l].length > width);
      expect(wide, args.join(' ')).toEqual([]);
    }
  });
});
