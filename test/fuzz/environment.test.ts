/**
 * Fuzz: the machine around the tool (issue 14, item 5 and the run's environment classes): time
 * zones and locales give byte-identical machine output; a signal during a batch leaves no
 * temporary file; a full disk is a one-line error.
 */
import fc from 'fast-check';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../cli-harness.js';
import { cli, cliEnv, expectInputError, fcParams, inScratchAsync, REPO } from './harness.js';

const ZONES = ['UTC', 'Europe/Oslo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu'];
const LOCALES = ['C', 'POSIX', 'nb_NO.UTF-8', 'en_US.UTF-8', 'tr_TR.UTF-8', 'de_DE.UTF-8', 'ar_SA.UTF-8', 'th_TH.UTF-8', 'C.UTF-8'];

/** Commands whose machine output must not depend on where and when they run. */
const COMMANDS: string[][] = [
  ['parse', 'samples/fornyelse-naering.txt', '--format', 'json'],
  ['parse', 'samples/yrkesskade-bevis.txt', '--format', 'yaml'],
  ['settle', 'samples/claims/eiendeler.yaml', '--format', 'json'],
  ['settle', '--batch', 'samples/claims/batch.ndjson', '--format', 'csv'],
  ['renewal', '--from', 'samples/forsikringsbevis-naering.txt', '--letter', 'samples/fornyelse-naering-2026.txt', '--format', 'json'],
  ['naturskade', '--sum', '52600000', '--year', '2025', '--format', 'json'],
  ['g', '4,5', '--date', '2024-06-01', '--format', 'json'],
];

describe('fuzz: time zones and locales give the same machine output everywhere', () => {
  const reference = new Map(COMMANDS.map((args) => [args.join(' '), cli(args, { env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' } })]));
  it('a command in a random time zone and locale', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), fc.constantFrom(...ZONES), fc.constantFrom(...LOCALES), fc.constantFrom(...LOCALES), (args, TZ, LANG, LC_ALL) => {
        const want = reference.get(args.join(' '))!;
        const got = cli(args, { env: { TZ, LANG, LC_ALL } });
        expect(got.status, got.stderr).toBe(want.status);
        expect(got.stdout).toBe(want.stdout);
        expect(got.stderr).toBe(want.stderr);
      }),
      fcParams(4),
    );
  });
});

/**
 * `settle --batch - -o out.csv` with stdin held open (so the run is surely under way, its
 * temporary file written), then `signal`: afterwards no temporary file and no out.csv.
 */
async function interruptBatch(signal: NodeJS.Signals): Promise<{ exited: boolean; left: string[]; out: boolean }> {
  return inScratchAsync(async (dir) => {
    const child = spawn(process.execPath, [BIN, 'settle', '--batch', '-', '--format', 'csv', '-o', 'out.csv'], { cwd: dir, env: cliEnv(), stdio: ['pipe', 'ignore', 'ignore'] });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin.write(readFileSync(join(REPO, 'samples', 'claims', 'batch.ndjson')));
    // the run has started once its temporary file is there (or it has ended: then nothing to test)
    for (let i = 0; i < 600 && child.exitCode === null && !readdirSync(dir).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill(signal);
    // a run that does not end on the signal is a failure; it is then ended here, not left running
    const ended = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 15_000))]);
    if (!ended) {
      child.kill('SIGKILL');
      await exited;
    }
    child.stdin.destroy();
    return { exited: ended, left: readdirSync(dir).filter((f) => f.endsWith('.tmp')), out: existsSync(join(dir, 'out.csv')) };
  });
}

describe('issue 14, item 5: a signal during a batch leaves no temporary file', () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const) {
    it(`${signal} during settle --batch -o, stdin held open`, async () => {
      const { exited, left, out } = await interruptBatch(signal);
      expect(exited, `the batch did not end on ${signal}`).toBe(true);
      expect(left).toEqual([]);
      expect(out).toBe(false);
    }, 60_000);
  }
});

describe('issue 14, item 5: a full disk is a one-line error, exit 2', () => {
  it('stdout on /dev/full', () => {
    // the shell points stdout at /dev/full
    const s = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" g 1 --date 2024-06-01 > /dev/full`], { env: cliEnv(), encoding: 'utf8' });
    expectInputError({ stdout: '', stderr: s.stderr, status: s.status, signal: s.signal }, /no space/i);
  });

  it('settle --batch -o /dev/full', () => {
    expectInputError(cli(['settle', '--batch', 'samples/claims/batch.ndjson', '-o', '/dev/full']), /\/dev\/full/);
  });
});

it('the interrupt helper above reaches a running batch (sanity: without a signal the batch ends and writes)', async () => {
  // with stdin closed the same run completes: out.csv is written and nothing is left
  await inScratchAsync(async (dir) => {
    const child = spawn(process.execPath, [BIN, 'settle', '--batch', '-', '--format', 'csv', '-o', 'out.csv'], { cwd: dir, env: cliEnv(), stdio: ['pipe', 'ignore', 'ignore'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.stdin.end(readFileSync(join(REPO, 'samples', 'claims', 'batch.ndjson')));
    expect(await exited).toBe(0);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toMatch(/^id,product,payout/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
