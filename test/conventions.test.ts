/**
 * The command-line conventions, checked on the built CLI through pipes (test/tty.test.ts does
 * what needs a terminal): exit codes and the help, the version, width, Norwegian text, --debug
 * traces, colour switches, control characters, YAML for YAML 1.1 readers, and that nothing a user
 * sees mentions the design notes the project was built from.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './cli-harness.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
const COMMANDS = ['parse', 'settle', 'renewal', 'naturskade', 'g', 'params', 'terms', 'completion'];

/** Text output for people of every command, on the samples. */
const TEXT_RUNS: string[][] = [
  ['g', '4,5', '--date', '2024-06-01'],
  ['params'],
  ['params', 'g'],
  ['params', 'naturskade'],
  ['naturskade', '--sum', '52600000', '--year', '2025'],
  ['naturskade', '--policy', 'samples/forsikringsbevis-naering.txt'],
  ['naturskade', '--policy', 'samples/fornyelse-naering.txt', '--sum', '52600000'],
  ['renewal', '--from', 'samples/forsikringsbevis-naering.txt', '--letter', 'samples/fornyelse-naering-2026.txt', '--to', 'samples/forsikringsbevis-naering-2026.txt'],
  ['renewal', '--from', 'samples/yrkesskade-bevis.txt', '--to', 'samples/yrkesskade-bevis-2026.txt'],
  ['settle', 'samples/claims/eiendeler.yaml'],
  ['settle', 'samples/claims/bygning.yaml'],
];
const inRepo = (args: string[], env?: Record<string, string>) => runCli(args, { cwd: REPO, env });
const widest = (text: string): number => Math.max(0, ...text.split('\n').map((l) => [...l].length));

describe('exit codes and the help', () => {
  it('no command at all: the help on stderr, nothing on stdout, exit 2', () => {
    const r = inRepo([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: skadekalk \[options\] \[command\]\n/);
    for (const c of COMMANDS) expect(r.stderr).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  it('help of a command that does not exist: one line, exit 2; --help and help COMMAND: exit 0', () => {
    const r = inRepo(['help', 'nosuch']);
    expect([r.status, r.stdout, r.stderr.split('\n').length]).toEqual([2, '', 2]);
    expect(inRepo(['--help']).status).toBe(0);
    expect(inRepo(['help', 'settle']).status).toBe(0);
  });

  it('--version prints «skadekalk X.Y.Z»', () => {
    expect(inRepo(['--version']).stdout).toBe(`skadekalk ${pkg.version}\n`);
    expect(inRepo(['-V']).stdout).toBe(`skadekalk ${pkg.version}\n`);
  });

  it('the help examples need no files of the repository (they name the user\'s own)', () => {
    for (const c of ['', ...COMMANDS]) {
      const help = inRepo(c === '' ? ['--help'] : [c, '--help']).stdout;
      expect(help, c).toMatch(/\$ skadekalk /);
      expect(help, c).not.toMatch(/samples\//);
    }
  });

  it('parse takes neither --format text nor --params, and does not say it does', () => {
    const help = inRepo(['parse', '--help']).stdout;
    expect(help).not.toMatch(/--params/);
    expect(help).toMatch(/choices: "yaml", "json"/);
    expect(inRepo(['parse', 'samples/fornyelse-naering.txt', '--format', 'text']).stderr).toMatch(/argument 'text' is invalid/);
    expect(inRepo(['parse', 'samples/fornyelse-naering.txt', '--params', 'samples/params-2027.yaml']).stderr).toMatch(/unknown option '--params'/);
  });
});

describe('text for people', () => {
  it('fits 80 columns when the width is not known, and COLUMNS when it is set (the help too)', () => {
    for (const args of [...TEXT_RUNS, ['--help'], ...COMMANDS.map((c) => [c, '--help'])]) {
      const r = inRepo(args);
      expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBeLessThanOrEqual(1);
      expect(widest(r.stdout), `${args.join(' ')}\n${r.stdout}`).toBeLessThanOrEqual(80);
      const narrow = inRepo(args, { COLUMNS: '60' });
      expect(widest(narrow.stdout), `COLUMNS=60 ${args.join(' ')}\n${narrow.stdout}`).toBeLessThanOrEqual(60);
    }
    // and a table uses the room there is
    expect(widest(inRepo(['params', 'g'], { COLUMNS: '200' }).stdout)).toBeGreaterThan(100);
  });

  it('is Norwegian, with dates as 15.03.2024 (g, params, naturskade, renewal)', () => {
    for (const args of TEXT_RUNS.filter((a) => a[0] !== 'settle')) {
      const out = inRepo(args).stdout;
      // an ISO date as a word (a file name may hold one)
      expect(out, args.join(' ')).not.toMatch(/(?<![\w/.-])\d{4}-\d{2}-\d{2}(?![\w.-])/);
      expect(out, args.join(' ')).not.toMatch(/\b(line|page|built-in) \d*/);
    }
    expect(inRepo(['g', '4,5', '--date', '2024-06-01']).stdout).toBe('4,5 G per 01.06.2024 = kr 558 126,00\nG = kr 124 028,00 fra 01.05.2024 (NAV grunnbeløp, historikk)\n');
  });

  it('colour: none on a pipe, FORCE_COLOR forces it, --no-color beats FORCE_COLOR', () => {
    const args = ['g', '1', '--date', '2024-06-01'];
    expect(inRepo(args, { NO_COLOR: '' }).stdout).not.toMatch(/\x1b/);
    expect(inRepo(args, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toMatch(/\x1b\[1mkr 124 028,00\x1b\[22m/);
    expect(inRepo([...args, '--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).not.toMatch(/\x1b/);
    // machine output never has colour
    expect(inRepo([...args, '--format', 'json'], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).not.toMatch(/\x1b/);
  });

  it('control characters from a claim and a --params source are shown escaped (coloured or not)', () => {
    const files = {
      'skade.yaml': 'id: "K-1\\e[2J\\a"\nproduct: eiendeler\ndate: 2024-03-15\ndeductible: 0\nsum_insured: 100000\nitems:\n  - {description: "PC\\u202eX", category: it, new_price: 10000, age_years: 1}\n',
      'p.yaml': 'g:\n  entries:\n    - {from: 2027-05-01, value: "140000", source: "Kilde\\e]0;x\\a"}\n',
    };
    for (const env of [{}, { NO_COLOR: '', FORCE_COLOR: '1' }] as Array<Record<string, string>>) {
      const settle = runCli(['settle', 'skade.yaml'], { files, env });
      expect(settle.status, settle.stderr).toBe(0);
      expect(settle.stdout).toContain('K-1\\x1b[2J\\x07');
      expect(settle.stdout).toContain('PC\\u202eX');
      expect(settle.stdout.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
      const params = runCli(['params', 'g', '--params', 'p.yaml'], { files, env });
      expect(params.status, params.stderr).toBe(0);
      expect(params.stdout).toContain('Kilde\\x1b]0;x\\x07');
      expect(params.stdout.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    }
  });
});

describe('machine output and errors', () => {
  it('YAML output escapes U+2028, U+2029 and U+0085 (YAML 1.1 readers take them for line breaks)', () => {
    const files = { 'skade.json': JSON.stringify({ id: 'K-1\u2028x\u2029y\u0085z', product: 'eiendeler', date: '2024-03-15', deductible: 0, sum_insured: 100000, items: [{ description: 'PC', category: 'it', new_price: 10000, age_years: 1 }] }) };
    const r = runCli(['settle', 'skade.json', '--format', 'yaml'], { files });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^id: "K-1\\Lx\\Py\\Nz"$/m);
    expect(r.stdout).not.toMatch(/[\u0085\u2028\u2029]/);
  });

  it('--debug: the stack trace names the TypeScript files and lines', () => {
    const r = inRepo(['g', '1', '--date', '2024-02-30', '--debug']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^UsageError: --date: /m);
    expect(r.stderr).toMatch(/^ +at .*src\/cli\/common\.ts:\d+:\d+\)$/m);
    expect(r.stderr).not.toMatch(/dist\/cli/);
  });
});

describe('nothing a user sees mentions the design notes', () => {
  const word = /DESIGN/;
  it('help, completion scripts, params output', () => {
    for (const args of [['--help'], ...COMMANDS.map((c) => [c, '--help']), ['completion', 'bash'], ['completion', 'zsh'], ['completion', 'fish'], ['params', 'g'], ['params', 'naturskade'], ['params', 'index'], ['params', 'g', '--format', 'yaml']]) {
      expect(inRepo(args).stdout, args.join(' ')).not.toMatch(word);
    }
  });

  it('README, docs, man page, schema, parameter tables, samples', () => {
    const files = [
      'README.md',
      ...readdirSync(join(REPO, 'docs')).map((f) => `docs/${f}`),
      'man/skadekalk.1',
      'schema/policy.schema.json',
      ...readdirSync(join(REPO, 'params')).map((f) => `params/${f}`),
      ...readdirSync(join(REPO, 'samples')).filter((f) => /\.(txt|yaml|csv)$/.test(f)).map((f) => `samples/${f}`),
    ];
    for (const f of files) expect(readFileSync(join(REPO, f), 'utf8'), f).not.toMatch(word);
  });
});
