/**
 * Runs the built CLI (bin/skadekalk.js, as a user would) in a scratch folder.
 * `npm test` builds first, so this always runs the code under test.
 *
 * Every scratch folder of a test file is made inside one folder of the temp directory, which is
 * removed when that file's tests are done (vitest's afterAll, registered when this
 * module is loaded): a run leaves nothing behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(REPO, 'bin', 'skadekalk.js');
export const CORPUS = resolve(REPO, '..', 'shared', 'corpus');

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
  cwd: string;
}

export interface RunOptions {
  stdin?: string | Buffer;
  cwd?: string;
  files?: Record<string, string | Buffer>;
  env?: Record<string, string>;
}

/** Replace {repo} and {corpus} in an argument. */
export function expand(s: string): string {
  return s.replaceAll('{repo}', REPO).replaceAll('{corpus}', CORPUS);
}

let scratchRoot: string | undefined;
// registered while the test file that imports this module is collected: it runs after its tests
afterAll(() => {
  if (scratchRoot !== undefined) rmSync(scratchRoot, { recursive: true, force: true });
  scratchRoot = undefined;
});

/** A new empty folder, removed with the others of this test file when its tests are done. */
export function scratch(): string {
  scratchRoot ??= mkdtempSync(join(tmpdir(), 'skadekalk-test-'));
  return mkdtempSync(join(scratchRoot, 'case-'));
}

/** Whether the corpus (../shared/corpus, beside the repository, not in it) is there. */
export const HAS_CORPUS = existsSync(CORPUS);

/**
 * A test title that says why it is skipped when the corpus is not there: the corpus holds real
 * documents of one insurer that the repository does not ship.
 */
export function needsCorpus(title: string): string {
  return HAS_CORPUS ? title : `${title} (skipped: needs the corpus at ${CORPUS}, which this checkout does not have)`;
}

export function runCli(args: string[], opts: RunOptions = {}): RunResult {
  const cwd = opts.cwd ?? scratch();
  for (const [name, content] of Object.entries(opts.files ?? {})) {
    const p = join(cwd, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, typeof content === 'string' ? expand(content) : content);
  }
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', TZ: 'Europe/Oslo', ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args.map(expand)], {
    cwd,
    env,
    input: opts.stdin ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, cwd };
}
