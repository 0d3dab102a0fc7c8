#!/usr/bin/env node
// npm run fuzz — the fuzz suite (test/fuzz/) for longer than `npm test` runs it.
//
//   npm run fuzz                               the suite as CI runs it (fixed seed, few runs)
//   npm run fuzz -- --runs 500 --seed 42       every property 500 times, from seed 42
//   npm run fuzz -- --runs 500 --random-seed   a new seed (printed first, to reproduce with)
//   npm run fuzz -- --only pdf                 the files of test/fuzz whose name contains «pdf»
//   npm run fuzz -- --pending                  also the tests that wait for another area's fix
//
// Each property runs --runs times (FUZZ_RUNS), from --seed (FUZZ_SEED); the PDF driver reads
// --runs PDFs. A failure prints fast-check's counterexample, seed and path: keep it as a named
// test (test/fuzz/issue14.test.ts shows the form). Builds first: the suite runs the built CLI.
// Exit code: vitest's.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const known = new Set(['--runs', '--seed', '--only', '--random-seed', '--pending']);
for (let i = 0; i < args.length; i++) {
  if (!known.has(args[i])) {
    process.stderr.write(`fuzz: unknown argument ${args[i]} (--runs N, --seed S, --random-seed, --only NAME, --pending)\n`);
    process.exit(2);
  }
  if (args[i] === '--runs' || args[i] === '--seed' || args[i] === '--only') i++;
}
const runs = opt('--runs');
let seed = opt('--seed');
if (args.includes('--random-seed')) seed = String(Math.floor(Math.random() * 2 ** 31));
for (const [name, v] of [['--runs', runs], ['--seed', seed]]) {
  if (v !== undefined && !/^\d+$/.test(v)) {
    process.stderr.write(`fuzz: ${name} expects a whole number, got ${v}\n`);
    process.exit(2);
  }
}

const env = { ...process.env };
if (runs !== undefined) env.FUZZ_RUNS = runs;
if (seed !== undefined) env.FUZZ_SEED = seed;
if (args.includes('--pending')) env.FUZZ_PENDING = '1';
process.stdout.write(`fuzz: seed ${seed ?? '1414 (the fixed one)'}, ${runs ?? 'the CI number of'} runs per property${env.FUZZ_PENDING ? ', pending tests too' : ''}\n`);

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const only = opt('--only');
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
// long runs: no per-test timeout
const r = spawnSync(process.execPath, [vitest, 'run', only ? `test/fuzz/${only}` : 'test/fuzz', '--testTimeout', '0'], { cwd: root, env, stdio: 'inherit' });
process.exit(r.status ?? 1);
