#!/usr/bin/env node
// npm run bench — the performance targets of docs/development.md, as ratios against baselines measured in the same run.
//
// Every figure is the median wall time of whole processes, run interleaved with its baseline
// (A B A B …) so that drift on a busy machine hits both alike. NODE_EXTRA_CA_CERTS is unset for
// every process: where it is set it adds the same ~90 ms to every Node start and hides the
// difference being measured.
//
//   npm run bench                    all cases
//   npm run bench -- --only startup  cases whose name contains "startup"
//   npm run bench -- --runs 41       more runs per figure (default 21)
//   npm run bench -- --only batch    settle --batch against its reference (scripts/bench-batch.mjs):
//        --claims N                  claims to settle (default 1 000 000; generated once into .bench/)
//        --batch-runs R              interleaved runs of each side (default 3; a run of 1 M takes ~10-20 s)
//        --batch-csv                 also the same claims read as CSV (no target; the output must match)
//
// Exit code 1 when a ratio is over its target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchBatch } from './bench-batch.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = +opt('--runs', 21);
const ONLY = opt('--only', '');

const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS;

if (!existsSync(new URL('../dist/cli.cjs', import.meta.url))) {
  console.error('bench: dist/ is missing — run npm run build first');
  process.exit(2);
}

const node = process.execPath;
const cli = (...a) => [node, 'bin/skadekalk.js', ...a];

/** @type {{name: string, cmd: string[], baseline: string[], baselineName: string, target: number}[]} */
// start-up: within 2,0× of a bare Node start (the earlier 1,5× target is retired: kept libraries over copies)
export const cases = [
  { name: 'startup: --version', cmd: cli('--version'), baseline: [node, '-e', '0'], baselineName: 'node -e 0', target: 2.0 },
  {
    name: 'startup: naturskade --sum N --year Y',
    cmd: cli('naturskade', '--sum', '52600000', '--year', '2025'),
    baseline: [node, '-e', '0'],
    baselineName: 'node -e 0',
    target: 2.0,
  },
];

// Target (docs/development.md): `parse` of the 110 KB corpus renewal letter, the whole command, within 2× of a bare
// Node start. The corpus lives beside the repository (../shared/corpus); without it the case is
// skipped with a note.
const corpusLetter = fileURLToPath(new URL('../../shared/corpus/gjensidige-naering-fornyelse-2024.txt', import.meta.url));
if (existsSync(corpusLetter)) {
  cases.push({ name: 'parse: corpus renewal letter (110 KB text)', cmd: cli('parse', corpusLetter), baseline: [node, '-e', '0'], baselineName: 'node -e 0', target: 2.0 });
} else if ('parse: corpus renewal letter'.includes(ONLY)) {
  console.log(`note: ${corpusLetter} is not there; the parse case is skipped\n`);
}

// PDF parse (docs/development.md): the whole CLI on a 30-page PDF within 1,1× of a script that only runs
// pdf-parse's getText on the same file. The PDF is generated at bench time from a fixture (its
// content repeated to 30 pages). Skipped until the `parse` command is registered.
const parseRegistered = /^\s+parse\b/m.test(spawnSync(node, ['bin/skadekalk.js', '--help'], { cwd: root, env, encoding: 'utf8' }).stdout ?? '');
const benchPdf = `${root}.bench/bench-30-pages.pdf`;
if (ONLY === '' || 'pdf: parse 30-page PDF'.includes(ONLY)) {
  if (!parseRegistered) {
    console.log('pdf: parse 30-page PDF — skipped: the parse command is not registered yet\n');
  } else {
    const { makePdf } = await import('./make-pdfs.mjs');
    mkdirSync(`${root}.bench`, { recursive: true });
    const text = readFileSync(`${root}test/fixtures/pdf/fornyelse-demo.txt`, 'utf8');
    writeFileSync(benchPdf, await makePdf(text, { title: 'bench', pages: 30 }));
    cases.push({
      name: 'pdf: parse 30-page PDF',
      cmd: cli('parse', benchPdf, '--format', 'json'),
      baseline: [node, 'scripts/bench-pdf-gettext.mjs', benchPdf],
      baselineName: 'pdf-parse getText',
      target: 1.1,
    });
  }
}

function timeOnce(argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.slice(1).join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const selected = cases.filter((c) => c.name.includes(ONLY));
let over = 0;
console.log(`skadekalk bench — medians of interleaved runs, NODE_EXTRA_CA_CERTS unset, node ${process.version}\n`);
if (selected.length > 0) console.log(`start-up: medians of ${RUNS} runs`);
const rows = [];
for (const c of selected) {
  // warm the file cache
  timeOnce(c.cmd);
  timeOnce(c.baseline);
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(timeOnce(c.cmd));
    b.push(timeOnce(c.baseline));
  }
  const ratio = median(a) / median(b);
  const ok = ratio <= c.target;
  if (!ok) over++;
  rows.push([c.name, `${median(a).toFixed(1)} ms`, `${c.baselineName} ${median(b).toFixed(1)} ms`, `${ratio.toFixed(2)}×`, `≤ ${c.target}×`, ok ? 'ok' : 'OVER']);
  console.log(`${c.name.padEnd(44)} ${rows.at(-1).slice(1).join('  ')}`);
}
if ('settle --batch'.includes(ONLY) || 'batch'.includes(ONLY)) {
  over += benchBatch({ root, env, claims: +opt('--claims', 1_000_000), runs: +opt('--batch-runs', 3), csv: args.includes('--batch-csv') });
}
console.log(over ? `\n${over} figure(s) over target` : '\nall figures within target');
process.exitCode = over ? 1 : 0;
