/**
 * Runs the built CLI (bin/skadekalk.js, as a user would) in a scratch folder.
 * `npm test` builds first, so this always runs the code under test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'skadekalk-test-'));
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
