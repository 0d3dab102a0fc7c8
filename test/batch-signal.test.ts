/**
 * settle --batch -o FILE interrupted (Ctrl-C, kill, a closed terminal, Ctrl-\\): the unfinished temporary file is removed, the
 * target is not written, and the process dies of the signal as a command line expects. stdin is
 * held open until the signal is sent, so the run is surely under way — no timing involved.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, scratch } from './cli-harness.js';

const claim = (i: number) =>
  JSON.stringify({ id: `S-${i}`, product: 'eiendeler', date: '2024-03-15', deductible: '1000', sum_insured: '100000', items: [{ description: 'PC', category: 'it', new_price: '18000', age_years: '3.5' }] });

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function interrupted(jobs: string, signal: NodeJS.Signals, holdStdin = false) {
  const dir = scratch();
  dirs.push(dir);
  const child = spawn(process.execPath, [BIN, 'settle', '--batch', '-', '--jobs', jobs, '-o', 'out.ndjson'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
  child.stdin.write(Array.from({ length: 500 }, (_, i) => claim(i)).join('\n') + '\n');
  // the temporary -o file appears once the run has started
  for (let i = 0; i < 2000 && !readdirSync(dir).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 5));
  expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
  child.kill(signal);
  // held open: the reader waits on a pipe that has nothing more (a stalled producer)
  if (!holdStdin) child.stdin.end(claim(500) + '\n');
  const r = await exited;
  child.stdin.destroy();
  return { ...r, files: readdirSync(dir), out: existsSync(join(dir, 'out.ndjson')) };
}

describe('settle --batch interrupted', () => {
  it('one job, SIGINT: no temporary file, no output file, died of SIGINT', async () => {
    const r = await interrupted('1', 'SIGINT');
    expect(r.signal).toBe('SIGINT');
    expect(r.files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(r.out).toBe(false);
  });

  it('two jobs, SIGTERM: the same', async () => {
    const r = await interrupted('2', 'SIGTERM');
    expect(r.signal).toBe('SIGTERM');
    expect(r.files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(r.out).toBe(false);
  });

  // issue: SIGHUP (the terminal closed) and SIGQUIT left a hidden .out.ndjson.<pid>.<ts>.tmp behind
  for (const [jobs, signal] of [['1', 'SIGHUP'], ['2', 'SIGHUP'], ['1', 'SIGQUIT'], ['2', 'SIGQUIT']] as const) {
    it(`${jobs === '1' ? 'one job' : 'two jobs'}, ${signal}: the same`, async () => {
      const r = await interrupted(jobs, signal);
      expect(r.signal).toBe(signal);
      expect(r.files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(r.out).toBe(false);
    });
  }

  // issue: with the producer still holding the pipe open, the reader blocked the event loop in a
  // synchronous read, and SIGINT/SIGTERM were never handled (the run hung)
  for (const [jobs, signal] of [['1', 'SIGINT'], ['2', 'SIGTERM']] as const) {
    it(`${jobs === '1' ? 'one job' : 'two jobs'}, ${signal}, stdin still open and empty: the same`, async () => {
      const r = await interrupted(jobs, signal, true);
      expect(r.signal).toBe(signal);
      expect(r.files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(r.out).toBe(false);
    });
  }
});
