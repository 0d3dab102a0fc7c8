/**
 * The package as a user gets it: `npm pack` (what `npm publish` would ship), unpacked into the
 * node_modules of a scratch project, with its dependencies linked in as `npm install` would put
 * them there. Then: the library imported by its name settles a claim; its types check a
 * TypeScript caller (and catch a wrong one); every example of the --help works from the
 * installed command in a folder holding only the user's own files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, scratch } from './cli-harness.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
let app: string;
let installed: string;
let files: string[];

beforeAll(() => {
  const dir = scratch();
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: REPO, encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed[0]!.files.map((f) => f.path);
  app = join(dir, 'app');
  installed = join(app, 'node_modules', 'skadekalk');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, packed[0]!.filename), '-C', installed, '--strip-components=1']);
  // the dependencies, where npm install would put them (the copies in the repository)
  for (const dep of [...Object.keys(pkg.dependencies), '@types/node']) {
    mkdirSync(join(app, 'node_modules', dep, '..'), { recursive: true });
    symlinkSync(join(REPO, 'node_modules', dep), join(app, 'node_modules', dep));
  }
  writeFileSync(join(app, 'package.json'), '{"name": "claims-platform", "private": true, "type": "module"}\n');
}, 120_000);

describe('the packed package', () => {
  it('ships the command, the library and its types, the man page and the manual, and no sources or samples', () => {
    for (const f of ['bin/skadekalk.js', 'dist/cli.cjs', 'dist/index.js', 'dist/types/src/index.d.ts', 'man/skadekalk.1', 'docs/claims.md', 'docs/api.md', 'schema/policy.schema.json', 'package.json', 'README.md']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|samples|scripts)\//.test(f))).toEqual([]);
  });

  it('import { loadClaim, settleClaim, … } from "skadekalk" settles a claim', () => {
    const claim = readFileSync(join(REPO, 'samples', 'claims', 'eiendeler.yaml'), 'utf8');
    writeFileSync(join(app, 'claim.yaml'), claim);
    writeFileSync(
      join(app, 'settle.mjs'),
      `import { readFileSync } from 'node:fs';
import { loadClaim, settleClaim, settlementToData, renderSettlement, gAmount, InputError } from 'skadekalk';
const claim = loadClaim(readFileSync('claim.yaml', 'utf8'), { name: 'claim.yaml' });
const s = settleClaim(claim);
const text = await renderSettlement(s);
let refused = '';
try { loadClaim({ product: 'eiendeler' }, { name: 'bad.json' }); } catch (e) { refused = e instanceof InputError ? e.message : 'other'; }
console.log(JSON.stringify({ payout: settlementToData(s).payout, lines: text.split('\\n').length, g: gAmount('1', { date: '2024-06-01' }).amount.toFixed(2), refused }));
`,
    );
    const r = spawnSync(process.execPath, ['settle.mjs'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { payout: string; lines: number; g: string; refused: string };
    expect(out.payout).toBe('259666.00');
    expect(out.g).toBe('124028.00');
    expect(out.lines).toBeGreaterThan(10);
    expect(out.refused).toMatch(/^bad\.json: /);
  });

  it('its types check a TypeScript caller, and catch a wrong one', () => {
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: ['node'], skipLibCheck: false } }));
    writeFileSync(
      join(app, 'ok.ts'),
      `import { loadClaim, settleClaim, type Settlement, type Claim } from 'skadekalk';
const claim: Claim = loadClaim('product: eiendeler');
const s: Settlement = settleClaim(claim);
export const payout: string = s.payout.toFixed(2);
`,
    );
    const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    const ok = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    expect(ok.stdout + ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    writeFileSync(join(app, 'wrong.ts'), `import { settleClaim } from 'skadekalk';\nexport const n: number = settleClaim('not a claim');\n`);
    const wrong = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toMatch(/wrong\.ts/);
  }, 60_000);

  it('every --help example works from the installed command, in a folder with only the user\'s files', () => {
    const work = scratch();
    const home = join(work, 'home');
    const bin = join(work, 'bin');
    for (const d of [home, bin, join(home, '.config', 'fish', 'completions')]) mkdirSync(d, { recursive: true });
    writeFileSync(join(bin, 'skadekalk'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(installed, 'bin', 'skadekalk.js'))} "$@"\n`);
    chmodSync(join(bin, 'skadekalk'), 0o755);
    // the user's own files, under the names the examples use
    const own: Record<string, string> = {
      'forsikringsbevis.pdf': 'samples/forsikringsbevis-naering.pdf',
      'fornyelsesbrev.pdf': 'samples/fornyelse-naering-2026.pdf',
      'fornyelsesbrev.txt': 'samples/fornyelse-naering-2026.txt',
      'nytt-forsikringsbevis.pdf': 'samples/forsikringsbevis-naering-2026.pdf',
      'yrkesskade-bevis.pdf': 'samples/yrkesskade-bevis.pdf',
      'nytt-yrkesskade-bevis.pdf': 'samples/yrkesskade-bevis-2026.pdf',
      'polise.yaml': 'samples/policy.yaml',
      'skade.yaml': 'samples/claims/eiendeler.yaml',
      'skader.ndjson': 'samples/claims/batch.ndjson',
      'skader.csv': 'samples/claims/batch.csv',
      'forventet.csv': 'samples/claims/batch-forventet.csv',
      'oppgjor-1.json': 'samples/claims/eiendeler-forrige.json',
      'objekter.csv': 'samples/objekter.csv',
      'mine-satser.yaml': 'samples/params-2027.yaml',
    };
    for (const [name, from] of Object.entries(own)) copyFileSync(join(REPO, from), join(work, name));
    const run = (args: string[]) => spawnSync(join(bin, 'skadekalk'), args, { cwd: work, encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH}`, HOME: home, NO_COLOR: '1' } });
    const examples: string[] = [];
    for (const c of ['', 'parse', 'settle', 'renewal', 'naturskade', 'g', 'params', 'completion']) {
      const help = run(c === '' ? ['--help'] : [c, '--help']).stdout.replace(/ \\\n\s+/g, ' ');
      examples.push(...[...help.matchAll(/^ {2}\$ (.+)$/gm)].map((m) => m[1]!));
    }
    expect(examples.length).toBeGreaterThan(25);
    const failed: string[] = [];
    for (const ex of examples) {
      if (ex.includes('${fpath')) continue; // zsh's own variable: a zsh example
      const r = spawnSync('bash', ['-c', ex], { cwd: work, encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH}`, HOME: home, NO_COLOR: '1' } });
      // 1: a check found discrepancies (the planted ones of the sample schedules, and of --expect)
      if (r.status !== 0 && r.status !== 1) failed.push(`$ ${ex}\n→ exit ${r.status}: ${r.stderr}`);
    }
    expect(failed).toEqual([]);
  }, 300_000);
});
