/**
 * On a terminal (a pseudo-terminal made by util-linux `script`, where that exists): text output
 * for people (settle --batch's progress bar and summary: test/batch-progress.test.ts). The golden tests run with
 * pipes, which never take these paths.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from './cli-harness.js';

const hasScript = spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;

function onTerminal(args: string): { out: string; status: number | null } {
  const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} ${args}`, '/dev/null'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'dumb', TZ: 'Europe/Oslo' },
  });
  return { out: r.stdout, status: r.status };
}

describe.skipIf(!hasScript)('on a terminal', () => {
  it('text output works (the terminal check loads node:tty inside the code-cached bundle)', () => {
    const r = onTerminal('g 1 --date 2024-06-01');
    expect(r.out).not.toMatch(/internal error/);
    expect(r.out).toMatch(/1 G per 2024-06-01 = .*kr 124 028,00/);
  });
});
