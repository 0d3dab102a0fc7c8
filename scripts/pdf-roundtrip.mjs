#!/usr/bin/env node
// Round trip of the PDF reader: text document → PDF (scripts/make-pdfs.mjs) → readPdf
// (src/parse/pdf.ts, bundled here with esbuild and run with plain node — never through tsx, see
// STACK-NOTES) → the same cells, line for line.
//
//   node scripts/pdf-roundtrip.mjs FILE.txt …        [--pages N] [--json]
//   node scripts/pdf-roundtrip.mjs FILE.txt=OTHER.pdf …   a PDF made from FILE.txt by another tool
//                                                       (scripts/make-realworld-pdfs.mjs)
//
// For every non-blank line of the text, the reader must give the same cells (whitespace
// collapsed, trailing empty cells ignored) in the same order; the running header lines
// (FORSIKRINGSNUMMER …, UTSTEDT …) and the «Side N av M» footer must be in `running` exactly once
// and nowhere in the lines; line numbers must run 1, 2, 3 … in reading order.
// Prints one summary line per file (or JSON with --json); exit 1 when a file does not match.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTextReader, makePdf, parseText } from './make-pdfs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundle the reader into .bench/ (as the CLI bundles it) and load it. The file is this process's
 * own (tests run several of these at once) and is removed once loaded.
 */
export async function loadReader() {
  mkdirSync(`${root}.bench`, { recursive: true });
  const outfile = `${root}.bench/pdf-reader-${process.pid}.cjs`;
  await build({
    absWorkingDir: root,
    entryPoints: ['src/parse/pdf.ts'],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['pdf-parse', 'pdfjs-dist'],
    logLevel: 'warning',
  });
  const reader = createRequire(import.meta.url)(outfile);
  rmSync(outfile, { force: true });
  return reader;
}

// A line broken right after a slash cannot tell whether a space followed it: the reader reads
// «tyveri/» + «ran» as «tyveri/ran» (src/parse/pdf-layout.ts appendPart), so the corpus's rare
// «repareres/ gjenoppføres» comes back without its space when the generator breaks it there.
const norm = (cells) => {
  const out = cells.map((c) => c.replace(/\s+/g, ' ').replace(/([\p{L}\p{N}])\/ /gu, '$1/').trim());
  while (out.length > 1 && out.at(-1) === '') out.pop();
  return out;
};

/** A cell drawn with text («---», «===»), as src/parse/pdf/lines.ts knows one. */
const TEXT_RULE = /^[|+]?:?[-=_\u2500\u2501\u2550\u2013\u2014]{3,}:?[|+]?$/;

/**
 * The lines the reader should give for a text: the text reader's cells of every non-running line,
 * but a table's separator row typed as text (two or more cells, every one a rule), which the PDF
 * reader leaves out.
 */
export async function expectedLines(text) {
  const { running } = await parseText(text);
  const { textToSource } = await loadTextReader();
  const out = [];
  for (const l of textToSource(text, 'text', '').lines) {
    const cells = norm(l.cells);
    if (cells.length === 1 && running.includes(cells[0])) continue;
    if (cells.length >= 2 && cells.every((c) => TEXT_RULE.test(c))) continue;
    out.push(cells);
  }
  return { lines: out, running };
}

/** Compare; returns a list of problems (empty when the round trip holds). */
export async function compare(text, doc) {
  const problems = [];
  const { lines: want, running } = await expectedLines(text);
  const got = doc.lines.map((l) => norm(l.cells));
  const n = Math.max(want.length, got.length);
  for (let i = 0; i < n && problems.length < 10; i++) {
    const w = JSON.stringify(want[i] ?? null);
    const g = JSON.stringify(got[i] ?? null);
    if (w !== g) problems.push(`line #${i + 1} (page ${doc.lines[i]?.page ?? '?'}, line ${doc.lines[i]?.line ?? '?'}):\n  want ${w.slice(0, 300)}\n  got  ${g.slice(0, 300)}`);
  }
  for (const r of running) {
    const k = doc.running.filter((l) => l.text === r).length;
    if (k !== 1) problems.push(`running «${r}» kept ${k} times, want once`);
  }
  const footers = doc.running.filter((l) => /^Side \d+ av \d+$/.test(l.text));
  if (footers.length !== 1) problems.push(`«Side N av M» footer kept ${footers.length} times, want once`);
  const numbers = [...doc.lines, ...doc.running].map((l) => l.line).sort((a, b) => a - b);
  if (numbers.some((v, i) => v !== i + 1)) problems.push('line numbers do not run 1, 2, 3 …');
  return problems;
}

async function main(argv) {
  const files = [];
  let pages;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--pages') pages = Number(argv[++i]);
    else if (argv[i] === '--json') json = true;
    else files.push(argv[i]);
  }
  if (files.length === 0) {
    process.stderr.write('usage: node scripts/pdf-roundtrip.mjs FILE.txt … [--pages N] [--json]\n');
    return 2;
  }
  const { readPdf } = await loadReader();
  let bad = 0;
  const results = [];
  for (const f of files) {
    const [txt, other] = f.split('=');
    const text = readFileSync(txt, 'utf8');
    const pdf = other ? readFileSync(other) : await makePdf(text, { title: basename(f), pages });
    const doc = await readPdf(pdf, other ? basename(other) : basename(f).replace(/\.txt$/, '.pdf'));
    const problems = pages ? [] : await compare(text, doc);
    if (problems.length) bad++;
    results.push({ file: f, pages: doc.pages, lines: doc.lines.length, running: doc.running.map((l) => l.text), problems });
    if (!json) {
      process.stdout.write(`${problems.length ? 'MISMATCH' : 'ok'}  ${f}: ${doc.pages} pages, ${doc.lines.length} lines, running: ${doc.running.map((l) => `«${l.text}»`).join(' ')}\n`);
      for (const p of problems) process.stdout.write(`  ${p}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return bad ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`pdf-roundtrip: ${e.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
