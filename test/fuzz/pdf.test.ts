/**
 * Fuzz: corrupt and crafted PDFs (issue 14, items 4 and 7).
 *
 * The bombs of the issue through the CLI with the default limits: each must end with exit 2 and
 * the limit it passed (the time and memory they took are measured by hand and reported, never
 * asserted: no timed tests). Then many corrupt and crafted PDFs read in one process by
 * test/fuzz/pdf-driver.mjs: none may end in anything but a document or a one-line InputError.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, driverRuns, expectInputError, inScratch, REPO, SEED } from './harness.js';
import { controlBytesPdf, deepArrayPdf, flateBomb, formBomb, pagesBomb, plainOpsBomb, type3Bomb } from './pdf-bombs.mjs';

/** `parse` of a generated PDF, in a scratch folder. */
function parsePdf(pdf: Buffer, env: Record<string, string> = {}) {
  return inScratch((dir) => {
    writeFileSync(join(dir, 'bomb.pdf'), pdf);
    return cli(['parse', 'bomb.pdf'], { cwd: dir, env });
  });
}

describe('issue 14, item 4: the PDF bombs end with exit 2 and the limit they passed', () => {
  it('nested form XObjects, depth 7 × 10 (a 3 KB file asking for 10^7 drawings)', () => {
    expectInputError(parsePdf(formBomb({ depth: 7, fanout: 10 })), /^skadekalk: bomb\.pdf: page 1 draws more than 1000000 operators .*SKADEKALK_MAX_PDF_PAGE_OPERATORS/);
  });

  it('nested form XObjects with distinct objects at each level (no cache helps)', () => {
    expectInputError(parsePdf(formBomb({ depth: 6, fanout: 10, distinct: true }), { SKADEKALK_MAX_PDF_PAGE_OPERATORS: '100000' }), /page 1 draws more than 100000 operators/);
  });

  it('a 1 MB Flate stream that inflates to 1 GB', () => {
    expectInputError(parsePdf(flateBomb({ mb: 1 })), /^skadekalk: bomb\.pdf: a stream decodes to more than 64 MB \(a compression bomb\?\); refused \(SKADEKALK_MAX_PDF_STREAM_MB sets the limit\)$/);
  });

  it('a Type3 font whose glyph draws the nested forms (read while the font loads)', () => {
    expectInputError(parsePdf(type3Bomb({ depth: 7, fanout: 10 }), { SKADEKALK_MAX_PDF_PAGE_OPERATORS: '100000' }), /page 1 draws more than 100000 operators/);
  });

  it('a page of 400 000 uncompressed operators', () => {
    expectInputError(parsePdf(plainOpsBomb({ ops: 400_000 }), { SKADEKALK_MAX_PDF_PAGE_OPERATORS: '100000' }), /page 1 draws more than 100000 operators/);
  });

  it('100 000 pages in a 600 KB page tree', () => {
    expectInputError(parsePdf(pagesBomb({ pages: 100_000 })), /^skadekalk: bomb\.pdf: has 100000 pages, more than the 2000 skadekalk reads from one PDF \(SKADEKALK_MAX_PDF_PAGES sets the limit\)$/);
  });

  it('arrays nested 100 000 deep in a content stream', () => {
    expectInputError(parsePdf(deepArrayPdf({ depth: 100_000 })), /^skadekalk: bomb\.pdf: is not a readable PDF/);
  });

  it('the time and memory limits are the last resort, and say so', () => {
    expectInputError(parsePdf(formBomb({ depth: 5, fanout: 10 }), { SKADEKALK_MAX_MEMORY_MB: '1' }), /reading this PDF took more than 1 MB of memory; refused \(SKADEKALK_MAX_MEMORY_MB/);
    expectInputError(parsePdf(formBomb({ depth: 5, fanout: 10 }), { SKADEKALK_MAX_PDF_SECONDS: '0.001' }), /reading this PDF took more than 0.001 s; refused \(SKADEKALK_MAX_PDF_SECONDS/);
  });

  it('a limit set to a value that is not a number is a usage error naming the variable', () => {
    expectInputError(parsePdf(formBomb({ depth: 1, fanout: 1 }), { SKADEKALK_MAX_PDF_PAGES: 'many' }), /^skadekalk: SKADEKALK_MAX_PDF_PAGES: expected a whole number above zero/);
  });
});

describe('issue 14, item 7: pdf.js messages reach the terminal without raw control characters', () => {
  it('a filter named by a string of terminal escapes', () => {
    expectInputError(parsePdf(controlBytesPdf()), /^skadekalk: bomb\.pdf: is not a readable PDF \(truncated or corrupt: Bad filter name "\\x1B\[31mRED\\x07"\)$/);
  });
});

describe('fuzz: corrupt and crafted PDFs end in a document or a one-line input error', () => {
  it(`mutated real PDFs and random bombs (seed ${SEED})`, () => {
    const r = spawnSync(process.execPath, ['test/fuzz/pdf-driver.mjs', '--runs', String(driverRuns(12)), '--seed', String(SEED)], {
      cwd: REPO,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    const summary = JSON.parse(lines.at(-1)!) as { cases: number; crashes: number };
    expect(summary.crashes, r.stdout).toBe(0);
    expect(r.status, r.stdout).toBe(0);
  }, 600_000);
});
