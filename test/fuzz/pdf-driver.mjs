#!/usr/bin/env node
// Fuzz driver for the PDF reader: many corrupt and crafted PDFs read in one process (pdf.js is
// loaded once), with the reader bundled as the CLI bundles it and run with plain node — the PDF
// stack never runs through vitest's transform (STACK-NOTES). test/fuzz/pdf.test.ts runs it.
//
//   node test/fuzz/pdf-driver.mjs --runs N --seed S
//
// Every case must end in a read document or an InputError whose message is one printable line;
// any other error, or a rejection nobody handles (other than pdf.js's own strays, which the CLI
// drops too), is a crash. Prints one JSON line per crash, then a summary; exit 1 on any crash.
// The limits are lowered (src/core/limits.ts) so that a bomb costs a fraction of a second.
import { build } from 'esbuild';
import fc from 'fast-check';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deepArrayPdf, flateBomb, formBomb, pagesBomb, plainOpsBomb, type3Bomb } from './pdf-bombs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const RUNS = opt('--runs', 20);
const SEED = opt('--seed', 1414);

async function loadReader() {
  mkdirSync(`${root}.bench`, { recursive: true });
  const outfile = `${root}.bench/fuzz-pdf-reader-${process.pid}.cjs`;
  await build({
    absWorkingDir: root,
    stdin: {
      contents: [
        "export { readPdf } from './src/parse/pdf.ts';",
        "export { setLimits } from './src/core/limits.ts';",
        "export { InputError } from './src/core/errors.ts';",
        "export { isStrayPdfJsRejection } from './src/parse/pdf-errors.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['pdf-parse', 'pdfjs-dist'],
    logLevel: 'warning',
  });
  try {
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(outfile, { force: true });
  }
}

const bases = [
  ...readdirSync(`${root}samples`)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => `${root}samples/${f}`),
  ...readdirSync(`${root}test/fixtures/pdf/realworld`)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => `${root}test/fixtures/pdf/realworld/${f}`),
].map((path) => ({ name: path.slice(root.length), bytes: readFileSync(path) }));

const TOKENS = ['<<', '>>', '[', ']', '(', ')', '<', '>', '/Filter /FlateDecode ', '/Length 99999999 ', ' 0 R ', ' 1 0 obj ', 'endobj', 'stream\n', '\nendstream', '%%EOF', 'xref\n', 'trailer', ' Do ', ' Tj ', ' BT ', ' ET ', ' q ', ' Q ', '\0', '\x1b[31m', '\u2028', '9999999999999999999999 ', '-0 ', ' /Type3 ', '/Kids [1 0 R] '];

/** An edit of a file's bytes. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('flip'), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut'), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('delete'), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('repeat'), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }), times: fc.integer({ min: 2, max: 50 }) }),
);

function applyEdits(bytes, edits) {
  let b = Buffer.from(bytes);
  for (const e of edits) {
    const at = e.at % (b.length + 1);
    if (e.kind === 'flip' && at < b.length) b[at] = e.byte;
    else if (e.kind === 'cut') b = b.subarray(0, Math.max(at, 8));
    else if (e.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(e.text, 'latin1'), b.subarray(at)]);
    else if (e.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + e.length)]);
    else if (e.kind === 'repeat') b = Buffer.concat([b.subarray(0, at), ...Array(e.times).fill(b.subarray(at, at + e.length)), b.subarray(at)]);
  }
  return b;
}

/** A crafted PDF: one of the bombs with random sizes (small: the limits below are low). */
const crafted = fc.oneof(
  fc.record({ depth: fc.integer({ min: 1, max: 8 }), fanout: fc.integer({ min: 1, max: 12 }), distinct: fc.boolean() }).map((o) => ({ name: `forms ${JSON.stringify(o)}`, bytes: formBomb(o) })),
  fc.record({ depth: fc.integer({ min: 1, max: 8 }), fanout: fc.integer({ min: 1, max: 12 }) }).map((o) => ({ name: `type3 ${JSON.stringify(o)}`, bytes: type3Bomb(o) })),
  fc.constantFrom(0.005, 0.02).map((mb) => ({ name: `flate ${mb} MB`, bytes: flateBomb({ mb }) })),
  fc.integer({ min: 1, max: 300_000 }).map((ops) => ({ name: `plain ops ${ops}`, bytes: plainOpsBomb({ ops: ops * 2 }) })),
  fc.integer({ min: 1, max: 3000 }).map((pages) => ({ name: `pages ${pages}`, bytes: pagesBomb({ pages }) })),
  fc.integer({ min: 1, max: 50_000 }).map((depth) => ({ name: `deep arrays ${depth}`, bytes: deepArrayPdf({ depth }) })),
);

const mutated = fc.record({ base: fc.constantFrom(...bases), edits: fc.array(edit, { minLength: 1, maxLength: 6 }) }).map(({ base, edits }) => ({
  name: `${base.name} ${JSON.stringify(edits)}`,
  bytes: applyEdits(base.bytes, edits),
}));

const cases = fc.sample(fc.oneof({ arbitrary: mutated, weight: 3 }, { arbitrary: crafted, weight: 1 }), { seed: SEED, numRuns: RUNS });

const reader = await loadReader();
reader.setLimits({ pdfStreamBytes: 4 << 20, pdfPageOperators: 100_000, pdfSeconds: 30, pdfPages: 2000 });

let current = '';
const crashes = [];
process.on('unhandledRejection', (reason) => {
  if (reader.isStrayPdfJsRejection(reason)) return;
  crashes.push({ case: current, crash: `unhandled rejection: ${reason?.stack ?? reason}` });
});

const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/;
let ok = 0;
let refused = 0;
for (const c of cases) {
  current = c.name;
  try {
    await reader.readPdf(c.bytes, 'fuzz.pdf');
    ok++;
  } catch (e) {
    if (!(e instanceof reader.InputError)) crashes.push({ case: c.name, crash: `${e?.name}: ${e?.message}\n${e?.stack}` });
    else if (e.message.includes('\n') || RAW_CONTROL.test(e.message)) crashes.push({ case: c.name, crash: `not one printable line: ${JSON.stringify(e.message)}` });
    else refused++;
  }
  // let pdf.js's stray rejections of this case surface before the next starts
  await new Promise((r) => setTimeout(r, 0));
}
for (const c of crashes) process.stdout.write(`${JSON.stringify(c)}\n`);
process.stdout.write(`${JSON.stringify({ seed: SEED, cases: cases.length, read: ok, refused, crashes: crashes.length })}\n`);
process.exitCode = crashes.length > 0 ? 1 : 0;
