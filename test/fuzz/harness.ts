/**
 * The fuzz suite's shared parts (issue 14): its seed and run counts, the CLI runner, the checks
 * every bad-input answer must pass, and the list of pending tests.
 *
 * Seeds and runs: each property runs with the fixed seed SEED and a small number of runs, so that
 * `npm test` stays fast and gives the same cases every time; `npm run fuzz -- --runs N --seed S`
 * (scripts/fuzz.mjs) runs the same properties longer, with FUZZ_RUNS and FUZZ_SEED. A failure
 * prints fast-check's seed and path: reproduce it with those, then keep it as a named test.
 *
 * Pending: a test of a failure another area fixes (its fix is not on this branch yet) is declared
 * with pending(area, …): skipped, with the reason in its name, until the lead turns it on after
 * the merge. FUZZ_PENDING=1 runs them (to see which pass once the fixes are in).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Parameters } from 'fast-check';
import { expect, it } from 'vitest';
import { BIN, REPO } from '../cli-harness.js';

export { REPO };

function envInt(name: string): number | undefined {
  const v = process.env[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** The seed of every property (FUZZ_SEED overrides it). */
export const SEED = envInt('FUZZ_SEED') ?? 1414;

/** fast-check's parameters: `ciRuns` runs in `npm test`, FUZZ_RUNS in a long run. */
export function fcParams<T>(ciRuns: number): Parameters<T> {
  return { seed: SEED, numRuns: envInt('FUZZ_RUNS') ?? ciRuns, endOnFailure: true };
}

/** How many cases a driver (one process, many cases) runs: `ciRuns`, or FUZZ_RUNS. */
export function driverRuns(ciRuns: number): number {
  return envInt('FUZZ_RUNS') ?? ciRuns;
}

/**
 * A test that waits for another area's fix: skipped (with the reason in its name) unless
 * FUZZ_PENDING=1. Never a skip without a reason.
 */
export function pending(area: string, name: string, fn: () => void | Promise<void>, timeout?: number): void {
  (process.env.FUZZ_PENDING === '1' ? it : it.skip)(`${name} [pending: fixed by ${area}, pending merge]`, fn, timeout);
}

/** A scratch folder for `fn`, removed afterwards whatever happens. */
export function inScratch<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'skadekalk-fuzz-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** inScratch for an async `fn`: the folder is removed once its promise has settled. */
export async function inScratchAsync<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'skadekalk-fuzz-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
}

/** The environment of every run: no colour, a fixed time zone, plus `env`. */
export function cliEnv(env: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', TZ: 'Europe/Oslo', ...env };
}

/**
 * Run the built CLI. A run that does not end within `timeoutMs` is killed (status null, signal
 * SIGKILL): a hang is then a failure of the test, not of the suite.
 */
export function cli(args: string[], opts: { cwd?: string; stdin?: string | Buffer; env?: Record<string, string>; timeoutMs?: number } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? REPO,
    env: cliEnv(opts.env),
    input: opts.stdin ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: opts.timeoutMs ?? 120_000,
    killSignal: 'SIGKILL',
  });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, signal: r.signal };
}

/** Control characters and the line separators: never raw on a terminal. */
export const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/;

/** Bad input's answer (docs/batch.md): exit 2, nothing on stdout, one printable line on stderr. */
export function expectInputError(r: Run, message?: RegExp): void {
  const ctx = `\n--- stdout\n${r.stdout.slice(0, 2000)}\n--- stderr\n${r.stderr.slice(0, 2000)}\n--- signal ${r.signal}`;
  expect(r.status, `exit code${ctx}`).toBe(2);
  expect(r.stdout, ctx).toBe('');
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  expect(lines, ctx).toHaveLength(1);
  expect(lines[0], ctx).toMatch(/^skadekalk: /);
  expect(RAW_CONTROL.test(lines[0]!), `raw control characters on stderr${ctx}`).toBe(false);
  if (message) expect(lines[0], ctx).toMatch(message);
}

/** Any answer but a crash: exit 0, or bad input's answer; never 70, a signal or a hang. */
export function expectNoCrash(r: Run): void {
  if (r.status === 0) {
    expect(RAW_CONTROL.test(r.stderr), `raw control characters on stderr:\n${r.stderr}`).toBe(false);
    return;
  }
  expectInputError(r);
}
