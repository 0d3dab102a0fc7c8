/**
 * `skadekalk completion bash|zsh|fish`: every command and option of the program is in each
 * script (the list comes from the program, never a hand-kept one), and bash completes with it.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMMANDS, buildProgram } from '../src/cli/main.js';
import { runCli } from './cli-harness.js';

const program = buildProgram(['node', 'skadekalk'], COMMANDS);
const script = (shell: string): string => {
  const r = runCli(['completion', shell]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

describe('completion scripts', () => {
  for (const shell of ['bash', 'zsh', 'fish']) {
    it(`${shell}: every command and every option of the program`, () => {
      const text = script(shell);
      for (const c of program.commands) {
        expect(text, c.name()).toMatch(new RegExp(`\\b${c.name()}\\b`));
        for (const o of c.options) {
          const long = o.long!.replace(/^--/, '');
          expect(text, `${c.name()} ${o.long}`).toMatch(new RegExp(shell === 'fish' ? `-l ${long}\\b` : `--${long}\\b`));
        }
      }
      for (const o of program.options) expect(text).toContain(shell === 'fish' ? `-l ${o.long!.slice(2)}` : o.long!);
    });
  }

  it('an unknown shell is a usage error', () => {
    const r = runCli(['completion', 'tcsh']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^skadekalk: .*'tcsh' is invalid.*Allowed choices are bash, zsh, fish/);
  });

  it('bash: the script parses, and completes commands, options, choices and files', () => {
    const text = script('bash');
    const complete = (words: string[]): string[] => {
      const line = `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _skadekalk; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const r = spawnSync('bash', ['-c', `${text}\n${line}`], { encoding: 'utf8', cwd: process.cwd() });
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter((x) => x !== '').sort();
    };
    expect(complete(['skadekalk', 'pa'])).toEqual(['params', 'parse']);
    expect(complete(['skadekalk', 'settle', '--input-f'])).toEqual(['--input-format']);
    expect(complete(['skadekalk', 'settle', '--input-format', ''])).toEqual(['csv', 'ndjson', 'yaml']);
    expect(complete(['skadekalk', '--no-color', 'parse', '-f', 'j'])).toEqual(['json']);
    expect(complete(['skadekalk', 'completion', 'z'])).toEqual(['zsh']);
    expect(complete(['skadekalk', 'help', 'na'])).toEqual(['naturskade']);
    expect(complete(['skadekalk', 'settle', 'package.js'])).toEqual(['package.json']);
    expect(complete(['skadekalk', 'naturskade', '--sum', ''])).toEqual([]);
  });

  for (const [shell, check] of [['zsh', ['-n']], ['fish', ['--no-execute']]] as const) {
    const installed = spawnSync(shell, ['--version']).status === 0;
    it.skipIf(!installed)(`${shell}: the script parses${installed ? '' : ` (skipped: ${shell} is not installed)`}`, () => {
      const r = spawnSync(shell, [...check], { input: script(shell), encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }
});
