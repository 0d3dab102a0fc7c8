import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './cli-harness.js';

// The parser writes letters as Latin ranges — [A-Za-zÀ-ÖØ-öø-ɏ], capitals [A-ZÀ-ÖØ-ÞČĐŊŠŦŽ], small
// letters [a-zß-öø-ÿčđŋšŧž] — never as the Unicode properties \p{L}, \p{Lu} and \p{Ll}: V8 builds a
// property's set from ICU every time it parses a pattern that names one (when the pattern is made,
// and again when it first runs), and no code cache keeps a compiled pattern. With ~320 of them the
// parse of a renewal letter spent ~10 % of its instructions there (docs/development.md).

const SRC = join(REPO, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** The code lines of src/ (not comments) for which `test` holds, as «file:line». */
function codeLines(test: (line: string) => boolean): string[] {
  const found: string[] = [];
  for (const file of sources(SRC)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const t = line.trimStart();
        if (t.startsWith('*') || t.startsWith('//') || t.startsWith('/*')) return;
        if (test(line)) found.push(`${file.slice(SRC.length + 1)}:${i + 1}`);
      });
  }
  return found;
}

describe('letter classes in the source', () => {
  it('no pattern of src/ names \\p{L}, \\p{Lu} or \\p{Ll}', () => {
    expect(codeLines((line) => /\\p\{L[ul]?\}/.test(line))).toEqual([]);
  });

  // (a negated class of letters under the `i` flag costs V8 ~2–3× as much to compile as the lookbehind that says the same:
  // src/parse/lazy.ts)
  it('no pattern of src/ with the i flag starts a word with (?:^|[^letters])', () => {
    const negated = (line: string): boolean => /\(\?:\^\|\[\^[^\]]*(?:a-z|A-Z)[^\]]*\]\)/.test(line);
    const ignoreCase = (line: string): boolean => /\/[dgmsuyv]*i[dgmsuyv]*(?:[;,)\]]|$)|'[dgmsuy]*i[dgmsuy]*'/.test(line);
    expect(codeLines((line) => negated(line) && ignoreCase(line))).toEqual([]);
  });
});
