/**
 * settle --batch on a terminal (a pseudo-terminal made by util-linux `script`, where that
 * exists): the progress bar (cli-progress) and the summary on stderr; --no-progress; and no bar
 * at all when stderr is not a terminal. The golden tests run with pipes, which never take these
 * paths.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, runCli } from './cli-harness.js';

const hasScript = spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;

function onTerminal(args: string, before = ''): { out: string; status: number | null } {
  const r = spawnSync('script', ['-qec', `${before}${process.execPath} ${BIN} ${args}`, '/dev/null'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm', TZ: 'Europe/Oslo', SKADEKALK_BATCH_BYTES: '300' },
  });
  return { out: r.stdout, status: r.status };
}

describe.skipIf(!hasScript)('settle --batch on a terminal', () => {
  it('draws a progress bar (share of the file, claims so far) and clears it; then the summary in Norwegian', () => {
    const r = onTerminal('settle --batch samples/claims/batch.ndjson --format csv -o /dev/null');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/skadekalk: \d krav \[[#.]{24}\] \d+ % · samples\/claims\/batch\.ndjson/);
    // cleared: the summary starts on a cleared line
    expect(r.out).toMatch(/\x1b\[2Kskadekalk: samples\/claims\/batch\.ndjson: 4 krav på \d+,\d s, utbetaling kr 142 174,00 i alt, ingen feilet\r?\n/);
  });

  it('failed claims: counted on the bar, the summary says how many; exit 2', () => {
    const r = onTerminal('settle --batch samples/claims/batch-feil.ndjson --format csv -o /dev/null');
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/skadekalk: \d krav · [12] feilet \[/);
    expect(r.out).toMatch(/4 krav på \d+,\d s, utbetaling kr 3 192,00 i alt; 2 av 4 krav feilet, feilpostene står i utdataene\r?\n/);
  });

  it('--no-progress: no bar, the summary only', () => {
    const r = onTerminal('settle --batch samples/claims/batch.ndjson --format csv --no-progress -o /dev/null');
    expect(r.status).toBe(0);
    expect(r.out).not.toMatch(/\[[#.]{24}\]/);
    expect(r.out).not.toMatch(/\x1b/);
    expect(r.out).toMatch(/^skadekalk: samples\/claims\/batch\.ndjson: 4 krav på \d+,\d s, utbetaling kr 142 174,00 i alt, ingen feilet\r?\n$/);
  });

  it('stdin of unknown size: claims counted, no share', () => {
    const r = onTerminal('settle --batch - --format csv -o /dev/null', 'cat samples/claims/batch.ndjson | ');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/skadekalk: \d krav · <stdin>/);
    expect(r.out).not.toMatch(/ %/);
  });
});

describe('settle --batch without a terminal', () => {
  it('draws no bar and writes no summary (stderr stays empty)', () => {
    const r = runCli(['settle', '--batch', '{repo}/samples/claims/batch.ndjson', '--format', 'csv'], { env: { SKADEKALK_BATCH_BYTES: '300' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('--no-progress without --batch is a usage error', () => {
    const r = runCli(['settle', '{repo}/samples/claims/eiendeler.yaml', '--no-progress']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('skadekalk: --no-progress goes with --batch FILE\n');
  });
});
