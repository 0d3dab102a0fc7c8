/**
 * The man page: generated from the program's --help and docs/ (scripts/man.mjs), current, and
 * rendered by man/groff without a warning.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './cli-harness.js';

const PAGE = join(REPO, 'man', 'skadekalk.1');
const has = (cmd: string, ...args: string[]): boolean => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
const hasGroff = has('groff', '-v');
const hasMan = has('man', '--version');

describe('the man page', () => {
  it('is what scripts/man.mjs writes from the help and docs/ (run npm run man after changing either)', () => {
    const r = spawnSync(process.execPath, ['scripts/man.mjs', '--check'], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('is the package\'s man page', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { man: string[]; files: string[] };
    expect(pkg.man).toEqual(['./man/skadekalk.1']);
    expect(pkg.files).toContain('man');
  });

  it.skipIf(!hasGroff)(`renders with groff without a warning${hasGroff ? '' : ' (skipped: groff is not installed)'}`, () => {
    const r = spawnSync('groff', ['-k', '-man', '-Tutf8', '-ww', '-z', PAGE], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!hasMan)(`man ./man/skadekalk.1 shows every command, the claim format and the conventions${hasMan ? '' : ' (skipped: man is not installed)'}`, () => {
    const r = spawnSync('man', ['-l', PAGE], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '80', MANPAGER: 'cat', PAGER: 'cat' } });
    expect(r.status).toBe(0);
    const text = r.stdout.replace(/.\x08/g, '');
    expect(text).toMatch(/^SKADEKALK\(1\)/m);
    for (const c of ['parse', 'settle', 'renewal', 'naturskade', 'g', 'params', 'terms', 'completion']) expect(text).toMatch(new RegExp(`^ +skadekalk ${c} `, 'm'));
    for (const section of ['CLAIMS', 'THE POLICY MODEL', 'CONVENTIONS', 'EXIT STATUS']) expect(text).toMatch(new RegExp(`^${section}$`, 'm'));
  });
});
