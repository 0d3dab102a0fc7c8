/**
 * The examples of the README and of the manual (docs/*.md) are real: every ```console block whose
 * first line is `$ skadekalk …` is run from the repository root and must print exactly what the
 * page shows.
 * A last line `[exit N]` in the block states a non-zero exit code (stderr is then shown in the
 * block after stdout, as a terminal would).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './cli-harness.js';

function splitArgs(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

const pages = ['README.md', ...readdirSync(join(REPO, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

/** The runnable examples of a page: ```console blocks that start with `$ skadekalk` and pipe nothing. */
function examples(page: string): string[] {
  const text = readFileSync(join(REPO, page), 'utf8');
  const blocks = [...text.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.filter((b) => /^\$ skadekalk /.test(b) && !b.split('\n')[0]!.includes('|'));
}

it('the README has examples', () => expect(examples('README.md').length).toBeGreaterThan(0));

for (const page of pages) {
  const runnable = examples(page);
  if (runnable.length === 0) continue;
  describe(`${page} examples`, () => {
    for (const block of runnable) {
      const lines = block.split('\n');
      const cmd = lines[0]!.slice(2);
      let body = lines.slice(1).join('\n');
      let exit = 0;
      const em = /\[exit (\d+)\]\n?$/.exec(body);
      if (em) {
        exit = +em[1]!;
        body = body.slice(0, em.index);
      }
      it(cmd, () => {
        const r = runCli(splitArgs(cmd).slice(1), { cwd: REPO });
        expect(r.status, r.stderr).toBe(exit);
        expect(r.stdout + r.stderr).toBe(body);
      });
    }
  });
}
