/**
 * Golden CLI tests. Each file in test/golden/*.yaml is a list of cases:
 *
 *   - name: what the case shows
 *     args: [naturskade, --sum, "52600000"]   # {repo} and {corpus} are replaced by their paths
 *     stdin: "…"                               # optional
 *     files: {objekter.csv: "…"}               # optional, created in the scratch folder (cwd)
 *     exit: 0
 *     stdout: |                                # exact; or stdout_match: a regular expression
 *       …
 *     stderr: "regular expression"             # optional; without it stderr must be empty
 *     absent: [out.json]                       # optional: files that must not exist afterwards
 *     written: {out.json: "…"}                 # optional: files that must exist with this content
 *     keeps_output: true                       # optional: see below
 *     in_repo: true                            # optional: run in the repository (relative paths),
 *                                              #   for text whose wrapping depends on a path's length
 *
 * Every case with exit 2 must print nothing on stdout and one line on stderr — except a batch
 * whose claims partly failed (docs/batch.md), which still delivers its complete output, and says so
 * with `keeps_output: true` (its stderr is then checked by the pattern alone).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { REPO, expand, runCli } from './cli-harness.js';

interface Case {
  name: string;
  args: string[];
  stdin?: string;
  files?: Record<string, string>;
  env?: Record<string, string>;
  exit: number;
  stdout?: string;
  stdout_match?: string;
  stderr?: string;
  absent?: string[];
  written?: Record<string, string>;
  skip_unless_exists?: string;
  keeps_output?: boolean;
  in_repo?: boolean;
}

const dir = join(REPO, 'test', 'golden');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const cases = YAML.parse(readFileSync(join(dir, file), 'utf8')) as Case[];
  describe(`golden ${file}`, () => {
    for (const c of cases) {
      const skip = c.skip_unless_exists !== undefined && !existsSync(expand(c.skip_unless_exists));
      // a skipped case says why: the file it needs (the corpus lives beside the repository)
      it.skipIf(skip)(skip ? `${c.name} (skipped: needs ${expand(c.skip_unless_exists!)}, which is not there)` : c.name, () => {
        const r = runCli(c.args, { stdin: c.stdin, files: c.files, env: c.env, cwd: c.in_repo ? REPO : undefined });
        const ctx = `\n$ skadekalk ${c.args.join(' ')}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
        expect(r.status, `exit code${ctx}`).toBe(c.exit);
        if (c.stdout !== undefined) expect(r.stdout, ctx).toBe(expand(c.stdout));
        if (c.stdout_match !== undefined) expect(r.stdout, ctx).toMatch(new RegExp(c.stdout_match, 'm'));
        if (c.stderr !== undefined) expect(r.stderr, ctx).toMatch(new RegExp(c.stderr, 'm'));
        else expect(r.stderr, ctx).toBe('');
        if (c.exit === 2 && !c.keeps_output) {
          expect(r.stdout, `exit 2 prints nothing on stdout${ctx}`).toBe('');
          if (!c.args.includes('--debug')) expect(r.stderr.trimEnd().split('\n'), `exit 2 prints one line on stderr${ctx}`).toHaveLength(1);
          expect(r.stderr).toMatch(/^skadekalk: /);
        }
        for (const f of c.absent ?? []) expect(existsSync(join(r.cwd, f)), `${f} must not exist${ctx}`).toBe(false);
        for (const [f, content] of Object.entries(c.written ?? {})) expect(readFileSync(join(r.cwd, f), 'utf8')).toBe(expand(content));
        // no temporary files left behind by -o
        expect(readdirSync(r.cwd).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      });
    }
  });
}
