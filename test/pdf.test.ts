/**
 * The PDF reader on real PDFs: generated from text by scripts/make-pdfs.mjs and read back with
 * the reader bundled as the CLI bundles it (scripts/pdf-roundtrip.mjs), in child processes with
 * plain node — the PDF stack is never run through vitest's transform (STACK-NOTES).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, REPO, needsCorpus, runCli, scratch } from './cli-harness.js';

const FIXTURES = join(REPO, 'test', 'fixtures', 'pdf');
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(FIXTURES, f));

function node(args: string[]) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' };
  return spawnSync(process.execPath, args, { cwd: REPO, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('PDF round trip: text → PDF → the same lines and cells', () => {
  it('reads the fixtures back line for line, headers and footers set aside once', () => {
    const r = node(['scripts/pdf-roundtrip.mjs', ...fixtures]);
    expect(r.stderr).toBe('');
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/^ok .*fornyelse-demo\.txt: 3 pages/m);
  });

  const renewal = join(CORPUS, 'gjensidige-naering-fornyelse-2024.txt');
  it.skipIf(!existsSync(renewal))(needsCorpus('reads the corpus renewal (29 pages) back line for line'), () => {
    const r = node(['scripts/pdf-roundtrip.mjs', renewal]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  const schedule = join(CORPUS, 'gjensidige-personal-yrkesskade-2024.txt');
  it.skipIf(!existsSync(schedule))(needsCorpus('reads the corpus yrkesskade schedule (9 pages) back line for line'), () => {
    const r = node(['scripts/pdf-roundtrip.mjs', schedule]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});

describe('make-pdfs', () => {
  it('writes the same bytes for the same text', () => {
    const dir = scratch();
    const a = join(dir, 'a.pdf');
    const b = join(dir, 'b.pdf');
    expect(node(['scripts/make-pdfs.mjs', fixtures[0]!, '-o', a]).status).toBe(0);
    expect(node(['scripts/make-pdfs.mjs', fixtures[0]!, '-o', b]).status).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('refuses a character the font cannot show, naming the line', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'pil.txt'), 'Overskrift\n\nA → B\n');
    const r = node(['scripts/make-pdfs.mjs', join(dir, 'pil.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/line 3: the character U\+2192/);
  });
});

describe('bad PDFs: one-line errors naming the file, nothing printed by pdf.js', () => {
  let results: Record<string, { ok?: boolean; message?: string; exitCode?: number }> = {};
  let stderr = '';
  beforeAll(() => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { makePdf, makeImageOnlyPdf } from './scripts/make-pdfs.mjs';
      import { loadReader } from './scripts/pdf-roundtrip.mjs';
      const { readPdf } = await loadReader();
      const good = await makePdf(readFileSync(${JSON.stringify(fixtures[0])}, 'utf8'));
      const garbled = Buffer.from(good);
      for (let i = 1200; i < garbled.length - 2000; i += 7) garbled[i] ^= 0x5a;
      const cases = {
        'good.pdf': good,
        'empty.pdf': Buffer.alloc(0),
        'junk.pdf': Buffer.concat([Buffer.from('%PDF-1.7\\n'), Buffer.from('skrot '.repeat(80))]),
        'truncated.pdf': good.subarray(0, Math.floor(good.length * 0.4)),
        'garbled.pdf': garbled,
        'encrypted.pdf': await makePdf('Hemmelig tekst\\n', { userPassword: 'hemmelig' }),
        'scan.pdf': await makeImageOnlyPdf(),
      };
      const out = {};
      for (const [name, data] of Object.entries(cases)) {
        try {
          const doc = await readPdf(data, name);
          out[name] = { ok: doc.lines.length > 0 };
        } catch (e) {
          out[name] = { message: e.message, exitCode: e.exitCode };
        }
      }
      // let any stray rejection of pdf.js's worker surface before the process ends
      await new Promise((r) => setTimeout(r, 100));
      process.stdout.write(JSON.stringify(out));
    `;
    const r = node(['--input-type=module', '-e', script]);
    stderr = r.stderr;
    expect(r.status, r.stderr).toBe(0);
    results = JSON.parse(r.stdout) as typeof results;
  });

  it('prints nothing on stderr (pdf.js verbosity: errors only; stray rejections dropped)', () => {
    expect(stderr).toBe('');
  });

  it('reads the good PDF', () => {
    expect(results['good.pdf']).toEqual({ ok: true });
  });

  const cases: [string, RegExp][] = [
    ['empty.pdf', /^empty\.pdf: is empty/],
    ['junk.pdf', /^junk\.pdf: is not a readable PDF \(truncated or corrupt/],
    ['truncated.pdf', /^truncated\.pdf: is not a readable PDF \(truncated or corrupt/],
    ['garbled.pdf', /^garbled\.pdf: is not a readable PDF \(truncated or corrupt/],
    ['encrypted.pdf', /^encrypted\.pdf: is encrypted/],
    ['scan.pdf', /^scan\.pdf: has no text layer/],
  ];
  for (const [name, message] of cases) {
    it(`${name}: ${message.source.replace(/\\/g, '')}`, () => {
      const r = results[name]!;
      expect(r.message).toMatch(message);
      expect(r.message).not.toMatch(/\n/);
      expect(r.exitCode).toBe(2);
    });
  }
});

// Once the parse command is registered (the text half of issue 3), the same files through the CLI.
const hasParse = /^\s+parse\b/m.test(runCli(['--help']).stdout);
describe.skipIf(!hasParse)('skadekalk parse on bad PDFs: exit 2, one line on stderr, nothing on stdout', () => {
  for (const [name, data] of [
    ['empty.pdf', Buffer.alloc(0)],
    ['junk.pdf', Buffer.from('%PDF-1.7\nskrot skrot skrot\n')],
  ] as const) {
    it(name, () => {
      const r = runCli(['parse', name, '--format', 'json'], { files: { [name]: data } });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`^skadekalk: ${name.replace('.', '\\.')}: `));
    });
  }
});

describe('the canvas package pdf.js asks for is loaded only to draw', () => {
  it('reads a PDF with the CLI without loading Skia (src/parse/pdf-canvas.ts)', () => {
    const dir = scratch();
    const pdf = join(dir, 'demo.pdf');
    expect(node(['scripts/make-pdfs.mjs', join(FIXTURES, 'fornyelse-demo.txt'), '-o', pdf]).status).toBe(0);
    // on exit, the modules loaded whose path names the canvas package's native part
    const probe = join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      "process.on('exit', () => process.stderr.write('native: ' + Object.keys(require.cache).filter((f) => /canvas-[a-z0-9-]+[\\\\/]|js-binding/.test(f)).length + '\\n'));\n",
    );
    const r = node(['--require', probe, 'bin/skadekalk.js', 'parse', pdf, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).coverages.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/^native: 0$/m);
  });
});

describe('the library reads a PDF as the command does', () => {
  it('parsePolicy of dist/index.js (ESM) gives the model `skadekalk parse` gives', () => {
    const dir = scratch();
    const pdf = join(dir, 'demo.pdf');
    expect(node(['scripts/make-pdfs.mjs', join(FIXTURES, 'fornyelse-demo.txt'), '-o', pdf]).status).toBe(0);
    const cli = node(['bin/skadekalk.js', 'parse', pdf, '--format', 'json']);
    expect(cli.status, cli.stderr).toBe(0);
    const script = `import { readFileSync } from 'node:fs';
      import { parsePolicy } from ${JSON.stringify(join(REPO, 'dist', 'index.js'))};
      process.stdout.write(JSON.stringify(await parsePolicy(readFileSync(${JSON.stringify(pdf)}), { name: ${JSON.stringify(pdf)} })));`;
    const lib = node(['--input-type=module', '-e', script]);
    expect(lib.stderr).toBe('');
    expect(lib.status).toBe(0);
    const model = JSON.parse(cli.stdout) as { source: { kind: string }; coverages: unknown[] };
    expect(model.source.kind).toBe('pdf');
    expect(model.coverages.length).toBeGreaterThan(0);
    expect(JSON.parse(lib.stdout)).toEqual(model);
  });
});
