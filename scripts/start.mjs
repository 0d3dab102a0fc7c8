#!/usr/bin/env node
// npm start — the main job on the bundled samples: each command as a user would type it, with
// its real output. Builds first if dist/ is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../dist/cli.cjs', import.meta.url))) {
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const jobs = [
  ['settle', 'samples/claims/eiendeler.yaml'],
  ['naturskade', '--objects', 'samples/objekter.csv', '--year', '2024'],
  ['naturskade', '--sum', '52600000', '--year', '2025'],
  ['g', '4,5', '--date', '2024-06-01'],
];

let failed = 0;
for (const args of jobs) {
  console.log(`\n$ skadekalk ${args.map((a) => (/[\s,]/.test(a) && !/^[\d,]+$/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
  const r = spawnSync(process.execPath, ['bin/skadekalk.js', ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
