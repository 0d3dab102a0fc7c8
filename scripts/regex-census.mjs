#!/usr/bin/env node
// node scripts/regex-census.mjs FILE [--top N] [--json] — the regular expressions a `parse` of FILE runs, for the work on
// the text parse's speed (docs/development.md): V8 compiles each pattern anew on its first run in every process (a code
// cache holds no regexp code), ~20 % of a renewal letter's instructions. Prints, per source file, how many patterns ran
// and how many never matched (a pattern that never matches on a document is one a cheaper test could have spared), then
// the N patterns dearest to compile — each built afresh and run as the parse ran it (once, or twice: V8 compiles a
// pattern to bytecode on its first run and to machine code on its second), the median of 9 timings, microseconds.
// The parse runs with --debug (source maps: the files and lines are the TypeScript's); needs a build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
const top = Number(args[args.indexOf('--top') + 1] ?? 30) || 30;
if (file === undefined) {
  console.error('usage: node scripts/regex-census.mjs FILE [--top N] [--json]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'regex-census-'));
const out = join(dir, 'census.json');
const env = { ...process.env, REGEX_CENSUS_OUT: out };
delete env.NODE_EXTRA_CA_CERTS;
const run = spawnSync(process.execPath, ['-r', join(root, 'scripts/regex-census-preload.cjs'), join(root, 'bin/skadekalk.js'), '--debug', 'parse', file], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.status !== 0 && run.status !== 1) {
  console.error(run.stderr);
  process.exit(2);
}
const census = JSON.parse(readFileSync(out, 'utf8'));
rmSync(dir, { recursive: true, force: true });

// a sample line for the timings: what a pattern is run on matters little to its compiling
const sample = 'Egenandel for bygning økes fra kr 10 000 til kr 20 000 fra 01.01.2024. Forsikringssum kr 1 200 000';
census.forEach((e, k) => {
  const times = [];
  for (let rep = 0; rep < 9; rep++) {
    // (a lookahead that never fails makes each copy a new source, so V8's cache of compiled patterns does not answer)
    const re = new RegExp(`${e.source}(?!\\u0000census${k}r${rep})`, e.flags);
    const t0 = process.hrtime.bigint();
    re.exec(sample);
    if (e.runs > 1) re.exec(sample);
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  e.compileMicros = Math.round(times.sort((a, b) => a - b)[4]);
  e.file = /src\/([\w/.-]+\.ts)(?::(\d+))?/.exec(e.where)?.slice(1).join(':') ?? e.where;
});
if (args.includes('--json')) {
  console.log(JSON.stringify(census, null, 1));
  process.exit(0);
}
const byFile = new Map();
for (const e of census) {
  const f = e.file.split(':')[0];
  const s = byFile.get(f) ?? { patterns: 0, neverMatched: 0, micros: 0 };
  s.patterns++;
  if (e.matches === 0) s.neverMatched++;
  s.micros += e.compileMicros;
  byFile.set(f, s);
}
const total = census.reduce((a, e) => a + e.compileMicros, 0);
console.log(`${census.length} patterns ran (${census.filter((e) => e.flags.includes('i')).length} with the i flag), ${census.filter((e) => e.matches === 0).length} never matched; compiled one by one ~${Math.round(total / 1000)} ms\n`);
console.log('file                                  patterns  never matched  compile µs');
for (const [f, s] of [...byFile].sort((a, b) => b[1].micros - a[1].micros)) console.log(`${f.padEnd(38)}${String(s.patterns).padStart(8)}${String(s.neverMatched).padStart(15)}${String(s.micros).padStart(12)}`);
console.log(`\nthe ${top} dearest to compile (µs, runs, matches, where, pattern):`);
for (const e of [...census].sort((a, b) => b.compileMicros - a.compileMicros).slice(0, top)) {
  console.log(`${String(e.compileMicros).padStart(6)} ${String(e.runs).padStart(5)} ${String(e.matches).padStart(5)}  ${e.file}  /${e.source.slice(0, 70)}${e.source.length > 70 ? '…' : ''}/${e.flags}`);
}
