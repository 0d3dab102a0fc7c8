#!/usr/bin/env node
// npm start — the main job on the bundled samples, end to end, each step as a user would type it,
// with its real output: read a policy document (text and PDF) into the policy model, settle claims
// against it, check a renewal, and compute the natural-damage premium and a G amount.
// Builds first if dist/ is missing. A step's exit code is checked against what it should be
// (the renewal check exits 1: it finds the discrepancies planted in the sample schedule).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../dist/cli.cjs', import.meta.url))) {
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

/** [what it shows, arguments, expected exit code] */
const steps = [
  ['A short renewal letter (text) → the policy model', ['parse', 'samples/endringsbrev-kort.txt'], 0],
  ['The same kind of document as PDF: the schedule read straight into the natural-damage premium', ['naturskade', '--policy', 'samples/forsikringsbevis-naering.pdf'], 0],
  ['A claim settled step by step, every line with its clause', ['settle', 'samples/claims/eiendeler.yaml'], 0],
  ['A claim whose deductible and sum come from the policy', ['settle', 'samples/claims/arbeidsmaskin.yaml', '--policy', 'samples/policy.yaml', '--format', 'json'], 0],
  ['Renewal check: last year\'s schedule + the letter against the new schedule', ['renewal', '--from', 'samples/forsikringsbevis-naering.pdf', '--letter', 'samples/fornyelse-naering-2026.pdf', '--to', 'samples/forsikringsbevis-naering-2026.pdf'], 1],
  ['A G amount on a date', ['g', '4,5', '--date', '2024-06-01'], 0],
];

const show = (a) => (/[\s']/.test(a) ? JSON.stringify(a) : a);
let failed = 0;
for (const [what, args, want] of steps) {
  console.log(`\n# ${what}\n$ skadekalk ${args.map(show).join(' ')}`);
  const r = spawnSync(process.execPath, ['bin/skadekalk.js', ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== want) {
    failed++;
    console.log(`npm start: this step exited ${r.status}, expected ${want}`);
  } else if (want !== 0) {
    console.log(`(exit ${r.status}, as expected)`);
  }
}
process.exitCode = failed ? 1 : 0;
