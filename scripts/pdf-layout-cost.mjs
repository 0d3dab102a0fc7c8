#!/usr/bin/env node
// The PDF layout's own cost, in-process, for working on src/parse/pdf-layout.ts under the PDF
// performance target (a 30-page parse within 1,1× of pdf-parse's getText, `npm run bench`):
// wall time on a shared machine is too noisy to see a few per cent of a whole run, so this reads
// the PDF's items once and then times the layout alone, many times, against the reading itself.
//
//   node scripts/pdf-layout-cost.mjs FILE.pdf [--runs N] [--against REV]
//
// Prints the CPU time of reading the items (pdf.js: load + getTextContent per page, once) and the
// median CPU time of one layout of them, and the layout's share of the reading. With --against,
// the layout of git revision REV (e.g. HEAD, main) is timed too, the two runs interleaved so that
// a busy machine slows both alike, and the ratio printed.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReader } from './pdf-roundtrip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The layout module of the working tree, or of git revision `rev` (its src/ checked out into a temp dir). */
async function loadLayout(rev) {
  mkdirSync(`${root}.bench`, { recursive: true });
  let dir = root;
  if (rev) {
    dir = mkdtempSync(`${tmpdir()}/pdf-layout-${rev.replace(/\W/g, '_')}-`);
    execFileSync('sh', ['-c', `git -C "${root}" archive "${rev}" src | tar -x -C "${dir}"`]);
  }
  const outfile = `${root}.bench/pdf-layout-${process.pid}-${rev ? 'rev' : 'tree'}.cjs`;
  try {
    await build({ absWorkingDir: dir, entryPoints: [`${dir}/src/parse/pdf-layout.ts`], outfile, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning' });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(outfile, { force: true });
    if (rev) rmSync(dir, { recursive: true, force: true });
  }
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function main(argv) {
  const value = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const file = argv.find((a, i) => !a.startsWith('--') && !['--runs', '--against'].includes(argv[i - 1]));
  const runs = Number(value('--runs') ?? 50);
  const against = value('--against');
  if (!file || !(runs > 0)) {
    process.stderr.write('usage: node scripts/pdf-layout-cost.mjs FILE.pdf [--runs N] [--against REV]\n');
    return 2;
  }
  const { readPdfItems } = await loadReader();
  const layouts = [['working tree', (await loadLayout()).layoutPages]];
  if (against) layouts.push([against, (await loadLayout(against)).layoutPages]);
  const data = readFileSync(file);
  // the first read warms pdf.js up (code loading, compilation); the second one is measured
  await readPdfItems(data, basename(file));
  let t = cpu();
  const { pages } = await readPdfItems(data, basename(file));
  const read = cpu() - t;
  // warm-up: the layouts' code compiled
  for (let i = 0; i < 5; i++) for (const [, layout] of layouts) layout(pages);
  const times = layouts.map(() => []);
  for (let i = 0; i < runs; i++) {
    layouts.forEach(([, layout], k) => {
      t = cpu();
      layout(pages);
      times[k].push(cpu() - t);
    });
  }
  process.stdout.write(`${basename(file)}: ${pages.length} pages; reading the items ${read.toFixed(1)} ms CPU\n`);
  layouts.forEach(([name], k) => {
    const one = median(times[k]);
    process.stdout.write(`  layout (${name}): ${one.toFixed(2)} ms CPU (median of ${runs}), ${((100 * one) / read).toFixed(1)} % of the reading\n`);
  });
  if (against) process.stdout.write(`  working tree / ${against}: ${(median(times[0]) / median(times[1])).toFixed(2)}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`pdf-layout-cost: ${e.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
