/**
 * On a terminal (a pseudo-terminal made by util-linux `script`, where that exists): colour and
 * width of text for people, and settle --batch's summary on stderr. The golden tests run with
 * pipes, which never take these paths.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, scratch } from './cli-harness.js';

const hasScript = spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;
const why = hasScript ? '' : ' (skipped: util-linux `script` is not installed, so no pseudo-terminal can be made)';

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Run the CLI on a pseudo-terminal of `cols` columns; its output as the terminal received it (\r\n → \n). */
function onTerminal(args: string[], opts: { cols?: number; env?: Record<string, string>; cwd?: string; noStderr?: boolean } = {}): { out: string; status: number | null } {
  const cmd = `stty cols ${opts.cols ?? 80} rows 50; ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}${opts.noStderr ? ' 2>/dev/null' : ''}`;
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
    cwd: opts.cwd ?? REPO,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm-256color', TZ: 'Europe/Oslo', ...opts.env },
  });
  return { out: r.stdout.replace(/\r\n/g, '\n'), status: r.status };
}

const SGR = /\x1b\[[0-9;]*m/g;
const widest = (text: string): number => Math.max(...text.replace(SGR, '').split('\n').map((l) => [...l].length));

describe.skipIf(!hasScript)(`on a terminal${why}`, () => {
  it('text output works (the terminal check loads node:tty inside the code-cached bundle)', () => {
    const r = onTerminal(['g', '1', '--date', '2024-06-01']);
    expect(r.out).not.toMatch(/internal error/);
    expect(r.out.replace(SGR, '')).toMatch(/1 G per 01\.06\.2024 = kr 124 028,00/);
  });

  it('settle colours its statement by default', () => {
    const r = onTerminal(['settle', 'samples/claims/eiendeler.yaml']);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/\x1b\[1mUtbetaling +kr 259 666,00\x1b\[22m/);
  });

  it('no colour with TERM=dumb, NO_COLOR or --no-color; FORCE_COLOR does not beat --no-color', () => {
    const args = ['settle', 'samples/claims/eiendeler.yaml'];
    for (const [env, extra] of [[{ TERM: 'dumb' }, []], [{ NO_COLOR: '1' }, []], [{}, ['--no-color']], [{ FORCE_COLOR: '1' }, ['--no-color']]] as const) {
      const r = onTerminal([...args, ...extra], { env });
      expect(r.status, JSON.stringify(env)).toBe(0);
      expect(r.out, `${JSON.stringify(env)} ${extra.join(' ')}`).not.toMatch(/\x1b/);
      expect(r.out).toMatch(/Utbetaling +kr 259 666,00/);
    }
  });

  it('FORCE_COLOR forces colour where NO_COLOR alone would turn it off', () => {
    const r = onTerminal(['g', '1', '--date', '2024-06-01'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(r.out).toMatch(/\x1b\[1mkr 124 028,00\x1b\[22m/);
  });

  it('text fits the terminal: 50 columns, 80, 120 (stdout; a message on stderr is one line)', () => {
    const cases = [
      ['params', 'g'],
      ['settle', 'samples/claims/eiendeler.yaml'],
      ['renewal', '--from', 'samples/yrkesskade-bevis.txt', '--to', 'samples/yrkesskade-bevis-2026.txt'],
      ['renewal', '--from', 'samples/forsikringsbevis-naering.txt', '--letter', 'samples/fornyelse-naering-2026.txt', '--to', 'samples/forsikringsbevis-naering-2026.txt'],
      ['naturskade', '--policy', 'samples/forsikringsbevis-naering.txt'],
    ];
    for (const cols of [50, 80, 120]) {
      for (const args of cases) {
        const r = onTerminal(args, { cols, noStderr: true });
        expect(r.status, args.join(' ')).toBeLessThanOrEqual(1);
        expect(widest(r.out), `${cols} columns: ${args.join(' ')}\n${r.out}`).toBeLessThanOrEqual(cols);
      }
    }
    // and uses the room it has: the same table is wider on 120 columns than on 50
    expect(widest(onTerminal(['params', 'g'], { cols: 120, noStderr: true }).out)).toBeGreaterThan(80);
  });

  it('control characters of a claim field are shown escaped, colour codes kept', () => {
    const dir = scratch();
    const claim = join(dir, 'skade.yaml');
    writeFileSync(
      claim,
      'id: "K-1\\e]0;pwned\\a\\e[2J"\nproduct: eiendeler\ndate: 2024-03-15\ndeductible: 0\nsum_insured: 100000\nitems:\n  - {description: "PC\\rX", category: it, new_price: 10000, age_years: 1}\n',
    );
    const r = onTerminal(['settle', claim]);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('K-1\\x1b]0;pwned\\x07\\x1b[2J');
    expect(r.out).toContain('PC\\rX');
    // every ESC left is a colour code
    expect(r.out.replace(SGR, '')).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    // and an error message that quotes the field shows it escaped too
    writeFileSync(claim, 'id: "K-2\\e[2J"\nproduct: eiendeler\n');
    const bad = onTerminal(['settle', claim]);
    expect(bad.status).toBe(2);
    expect(bad.out).toContain('K-2\\x1b[2J');
    expect(bad.out).not.toMatch(/\x1b/);
  });

  it('settle --batch: a summary in Norwegian with the total payout', () => {
    const r = onTerminal(['settle', '--batch', 'samples/claims/batch.ndjson', '--format', 'csv', '-o', '/dev/null']);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/skadekalk: samples\/claims\/batch\.ndjson: 4 krav på \d+,\d s, utbetaling kr 142 174,00 i alt, ingen feilet/);
  });

  it('settle --batch with failed claims: the summary says how many, exit 2', () => {
    const r = onTerminal(['settle', '--batch', 'samples/claims/batch-feil.ndjson', '--format', 'csv', '-o', '/dev/null']);
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/4 krav på \d+,\d s, utbetaling kr 3 192,00 i alt; 2 av 4 krav feilet/);
  });
});
