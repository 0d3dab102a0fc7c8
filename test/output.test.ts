/**
 * `-o FILE` and stdout, for every command (the built CLI, as a user runs it):
 * - `-o` never writes over one of the command's inputs (the same file by device and inode: the
 *   same name, a symlink, a hard link, or stdin redirected from it) — exit 2, the input intact;
 * - a full disk (`-o /dev/full`, or stdout there) is one line and exit 2, not an internal error;
 * - an existing file keeps its mode (0600 stays 0600); a symlink stays a symlink and its target
 *   is replaced; no temporary file is left.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, lstatSync, openSync, closeSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO, scratch } from './cli-harness.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function folder(): string {
  const d = scratch();
  dirs.push(d);
  for (const f of ['forsikringsbevis-naering.txt', 'fornyelse-naering-2026.txt', 'objekter.yaml', 'params-2027.yaml']) copyFileSync(join(REPO, 'samples', f), join(d, f));
  for (const f of ['eiendeler.yaml', 'batch.ndjson', 'batch-forventet.csv']) copyFileSync(join(REPO, 'samples', 'claims', f), join(d, f));
  return d;
}

function run(cwd: string, args: string[], stdin?: string, stdout?: number) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Europe/Oslo' },
    stdio: [stdin === undefined ? 'ignore' : openSync(join(cwd, stdin), 'r'), stdout ?? 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
}

const tmpFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

// each command with -o set to one of its inputs
const cases: [string, string[], string][] = [
  ['parse FILE -o FILE', ['parse', 'forsikringsbevis-naering.txt', '-o', 'forsikringsbevis-naering.txt'], 'forsikringsbevis-naering.txt'],
  ['settle CLAIM -o CLAIM', ['settle', 'eiendeler.yaml', '-o', 'eiendeler.yaml'], 'eiendeler.yaml'],
  ['settle --params P -o P', ['settle', 'eiendeler.yaml', '--params', 'params-2027.yaml', '-o', 'params-2027.yaml'], 'params-2027.yaml'],
  ['settle --batch B -o B', ['settle', '--batch', 'batch.ndjson', '-o', 'batch.ndjson'], 'batch.ndjson'],
  ['settle --batch --expect E -o E', ['settle', '--batch', 'batch.ndjson', '--expect', 'batch-forventet.csv', '-o', 'batch-forventet.csv'], 'batch-forventet.csv'],
  ['renewal --from F -o F', ['renewal', '--from', 'forsikringsbevis-naering.txt', '-o', 'forsikringsbevis-naering.txt'], 'forsikringsbevis-naering.txt'],
  ['renewal --letter L -o L', ['renewal', '--from', 'forsikringsbevis-naering.txt', '--letter', 'fornyelse-naering-2026.txt', '-o', 'fornyelse-naering-2026.txt'], 'fornyelse-naering-2026.txt'],
  ['naturskade --objects O -o O', ['naturskade', '--objects', 'objekter.yaml', '--rate', '0,07', '-o', 'objekter.yaml'], 'objekter.yaml'],
  ['g --params P -o P', ['g', '2', '--params', 'params-2027.yaml', '-o', 'params-2027.yaml'], 'params-2027.yaml'],
  ['params --params P -o P', ['params', '--params', 'params-2027.yaml', '-o', 'params-2027.yaml'], 'params-2027.yaml'],
];

describe('-o refuses to write over an input', () => {
  for (const [name, args, input] of cases) {
    it(name, () => {
      const d = folder();
      const before = readFileSync(join(d, input));
      const r = run(d, args);
      expect(r.stderr).toMatch(/^skadekalk: -o .*: is the input; writing it would replace what is read/);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(readFileSync(join(d, input))).toEqual(before);
      expect(tmpFiles(d)).toEqual([]);
    });
  }

  it('also under another name: a symlink, a hard link, stdin redirected from it', () => {
    const d = folder();
    const before = readFileSync(join(d, 'batch.ndjson'));
    symlinkSync('batch.ndjson', join(d, 'link.ndjson'));
    linkSync(join(d, 'batch.ndjson'), join(d, 'hard.ndjson'));
    for (const [args, stdin] of [
      [['settle', '--batch', 'batch.ndjson', '-o', 'link.ndjson'], undefined],
      [['settle', '--batch', 'link.ndjson', '-o', 'hard.ndjson'], undefined],
      [['settle', '--batch', '-', '-o', 'batch.ndjson'], 'batch.ndjson'],
      [['parse', '-', '-o', 'forsikringsbevis-naering.txt'], 'forsikringsbevis-naering.txt'],
    ] as [string[], string | undefined][]) {
      const r = run(d, args, stdin);
      expect(r.stderr, args.join(' ')).toMatch(/^skadekalk: -o \S+: is (stdin \(the input\)|the same file as the input \S+);/);
      expect(r.status).toBe(2);
    }
    expect(readFileSync(join(d, 'batch.ndjson'))).toEqual(before);
    expect(lstatSync(join(d, 'link.ndjson')).isSymbolicLink()).toBe(true);
  });

  it('a device that is also an input is not refused (settle --batch /dev/null -o /dev/null)', () => {
    const d = folder();
    const r = run(d, ['settle', '--batch', '/dev/null', '--input-format', 'ndjson', '-o', '/dev/null']);
    // an empty input is its own error; what matters is that -o did not refuse it
    expect(r.stderr).not.toMatch(/-o/);
  });
});

describe('a full disk is one line and exit 2', () => {
  const full = existsSync('/dev/full');
  const commands: string[][] = [
    ['g', '2', '--date', '2024-06-01'],
    ['settle', 'eiendeler.yaml'],
    ['settle', '--batch', 'batch.ndjson', '--format', 'csv'],
    ['settle', '--batch', 'batch.ndjson', '--jobs', '2'],
    ['parse', 'forsikringsbevis-naering.txt'],
  ];
  for (const args of commands) {
    it.skipIf(!full)(`${args.join(' ')} -o /dev/full`, () => {
      const d = folder();
      const r = run(d, [...args, '-o', '/dev/full']);
      expect(r.stderr).toBe('skadekalk: /dev/full: cannot write: no space left on device (ENOSPC)\n');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
    });
    it.skipIf(!full)(`${args.join(' ')} > /dev/full`, () => {
      const d = folder();
      const fd = openSync('/dev/full', 'w');
      const r = run(d, args, undefined, fd);
      closeSync(fd);
      expect(r.stderr).toBe('skadekalk: <stdout>: cannot write: no space left on device (ENOSPC)\n');
      expect(r.status).toBe(2);
    });
  }
});

describe('-o keeps what the file was', () => {
  it('an existing 0600 file stays 0600, a 0664 file stays 0664 (whatever the umask)', () => {
    const d = folder();
    for (const mode of [0o600, 0o664]) {
      writeFileSync(join(d, 'out.csv'), 'old\n');
      chmodSync(join(d, 'out.csv'), mode);
      const r = run(d, ['settle', '--batch', 'batch.ndjson', '--format', 'csv', '-o', 'out.csv']);
      expect(r.status).toBe(0);
      expect(readFileSync(join(d, 'out.csv'), 'utf8')).toMatch(/^id,product,payout/);
      expect(statSync(join(d, 'out.csv')).mode & 0o777).toBe(mode);
    }
    expect(tmpFiles(d)).toEqual([]);
  });

  it('a symlink stays a symlink, its target is replaced (also a link to a file not there yet)', () => {
    const d = folder();
    writeFileSync(join(d, 'target.txt'), 'old\n');
    chmodSync(join(d, 'target.txt'), 0o640);
    symlinkSync('target.txt', join(d, 'link.txt'));
    expect(run(d, ['g', '2', '--date', '2024-06-01', '--format', 'json', '-o', 'link.txt']).status).toBe(0);
    expect(lstatSync(join(d, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(d, 'target.txt'), 'utf8'))).toHaveProperty('multiple');
    expect(statSync(join(d, 'target.txt')).mode & 0o777).toBe(0o640);

    symlinkSync('new.txt', join(d, 'dangling.txt'));
    expect(run(d, ['g', '2', '--date', '2024-06-01', '-o', 'dangling.txt']).status).toBe(0);
    expect(lstatSync(join(d, 'dangling.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'new.txt'), 'utf8')).toMatch(/G per/);
    expect(tmpFiles(d)).toEqual([]);
  });
});

describe('-o /dev/stdout writes to stdout, whatever stdout is', () => {
  it('a pipe, and a regular file stdout is redirected to (the link /dev/stdout is left alone)', () => {
    const d = folder();
    const args = ['g', '4,5', '--date', '01.06.2024', '-o', '/dev/stdout'];
    const piped = run(d, args);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(run(d, args.slice(0, -2)).stdout);
    expect(piped.stdout).toMatch(/558 126,00/);

    const fd = openSync(join(d, 'out.txt'), 'w');
    const toFile = run(d, args, undefined, fd);
    closeSync(fd);
    expect(toFile.status).toBe(0);
    expect(readFileSync(join(d, 'out.txt'), 'utf8')).toBe(piped.stdout);
    if (existsSync('/dev/stdout')) expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });
});
