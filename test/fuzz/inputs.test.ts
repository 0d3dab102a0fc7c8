/**
 * Fuzz: inputs without end and documents with hostile characters (issue 14, items 1, 4 and 7).
 */
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../cli-harness.js';
import { cli, cliEnv, expectInputError, expectNoCrash, fcParams, inScratch, REPO } from './harness.js';

describe('issue 14, item 4: an input without end is refused within the input limit', () => {
  it('parse /dev/zero', () => {
    expectInputError(cli(['parse', '/dev/zero']), /^skadekalk: \/dev\/zero: is larger than 50 MB, the most skadekalk reads as one policy document \(SKADEKALK_MAX_INPUT_MB sets the limit\)$/);
  });

  it('settle /dev/zero', () => {
    expectInputError(cli(['settle', '/dev/zero']), /^skadekalk: \/dev\/zero: is larger than 50 MB, the most skadekalk reads as one claim/);
  });

  it('yes | skadekalk parse -', () => {
    const r = spawnSync('sh', ['-c', `yes | "${process.execPath}" "${BIN}" parse -`], { env: cliEnv(), encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' });
    expectInputError({ stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal }, /^skadekalk: <stdin>: is larger than 50 MB/);
  });

  it.each([
    ['--params', ['naturskade', '--sum', '1000000', '--year', '2024', '--params', '/dev/zero'], 'parameter file'],
    ['--objects', ['naturskade', '--objects', '/dev/zero', '--year', '2024'], 'object list'],
    ['--policy', ['naturskade', '--policy', '/dev/zero'], 'policy'],
    ['--expect', ['settle', 'samples/claims/eiendeler.yaml', '--expect', '/dev/zero'], 'expected results'],
  ])('%s /dev/zero, with the limit set lower', (_what, args, what) => {
    expectInputError(cli(args, { env: { SKADEKALK_MAX_INPUT_MB: '1' } }), new RegExp(`/dev/zero: is larger than 1 MB, the most skadekalk reads as one ${what} \\(SKADEKALK_MAX_INPUT_MB`));
  });

  it('a document of exactly the limit is read', () => {
    inScratch((dir) => {
      const text = readFileSync(join(REPO, 'samples', 'fornyelse-naering.txt'));
      writeFileSync(join(dir, 'doc.txt'), text);
      const mb = (text.length / (1024 * 1024)).toFixed(6);
      const r = cli(['parse', 'doc.txt'], { cwd: dir, env: { SKADEKALK_MAX_INPUT_MB: mb } });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  });
});

/** Characters that copied text carries into numbers (issue 14, item 1). */
const INVISIBLE = ['\u200b', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u2028', '\u3000', '\u2000', '\u2001', '\u00a0', '\u202f', '\u2009', '\u200c', '\u200d', '\u2060'];

describe('fuzz: documents', () => {
  const text = readFileSync(join(REPO, 'samples', 'fornyelse-naering-2026.txt'), 'utf8');
  /** Where the document has a number with a decimal comma or a thousands dot. */
  const numbers = [...text.matchAll(/\d[\d.]*,\d+|\d{1,3}(?:\.\d{3})+/g)].map((m) => ({ at: m.index, length: m[0].length }));

  it('an invisible character anywhere in a number gives the same model or a warning, end to end', () => {
    const parse = (doc: string) =>
      inScratch((dir) => {
        writeFileSync(join(dir, 'doc.txt'), doc);
        return cli(['parse', 'doc.txt', '--format', 'json'], { cwd: dir });
      });
    const strip = (out: string) => {
      const { source: _s, warnings, ...rest } = JSON.parse(out) as Record<string, unknown>;
      return { rest: JSON.stringify(rest), warnings: (warnings as unknown[]).length };
    };
    const base = strip(parse(text).stdout);
    fc.assert(
      fc.property(fc.constantFrom(...numbers), fc.nat(), fc.constantFrom(...INVISIBLE), (n, k, ch) => {
        const at = n.at + 1 + (k % Math.max(1, n.length - 1));
        const r = parse(text.slice(0, at) + ch + text.slice(at));
        if (r.status !== 0) return expectInputError(r);
        const got = strip(r.stdout);
        if (got.rest !== base.rest) expect(got.warnings, `a different model without a warning`).toBeGreaterThan(base.warnings);
      }),
      fcParams(4),
    );
  });

  it('any hostile character anywhere in a document: a model or a one-line error, never a crash', () => {
    const hostile = fc.oneof(fc.constantFrom(...INVISIBLE, '\u0000', '\u001b[31m', '\u0007', '\ud800', '\u0085', '\r', '\f', '\t\t\t'), fc.string({ unit: 'binary', maxLength: 8 }));
    fc.assert(
      fc.property(fc.nat(), hostile, fc.constantFrom('utf8', 'utf16le', 'latin1') as fc.Arbitrary<BufferEncoding>, (k, ch, encoding) => {
        const at = k % text.length;
        inScratch((dir) => {
          writeFileSync(join(dir, 'doc.txt'), Buffer.from(text.slice(0, at) + ch + text.slice(at), encoding));
          expectNoCrash(cli(['parse', 'doc.txt', '--format', 'json'], { cwd: dir }));
        });
      }),
      fcParams(4),
    );
  });
});
