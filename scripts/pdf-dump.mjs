#!/usr/bin/env node
// What the PDF reader sees in a PDF, for working on the reader (src/parse/pdf.ts, pdf-layout.ts):
//
//   node scripts/pdf-dump.mjs FILE.pdf                 the reader's lines: page, line, cells
//   node scripts/pdf-dump.mjs FILE.pdf --items         pdf.js's positioned items (x, y, width, size, text)
//   node scripts/pdf-dump.mjs FILE.pdf --items --page 2
//   node scripts/pdf-dump.mjs FILE.pdf --text          the lines as text (cells joined by tabs)
//   node scripts/pdf-dump.mjs FILE.pdf --layout        every stage of the layout (as `skadekalk parse --debug-layout`)
//
// The reader is bundled as the CLI bundles it and run with plain node (never through tsx).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReader } from './pdf-roundtrip.mjs';

async function main(argv) {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--page');
  const pi = argv.indexOf('--page');
  const only = pi >= 0 ? Number(argv[pi + 1]) : undefined;
  if (!file) {
    process.stderr.write('usage: node scripts/pdf-dump.mjs FILE.pdf [--items] [--text] [--page N]\n');
    return 2;
  }
  const { readPdf, readPdfItems, debugPdfLayout } = await loadReader();
  const data = readFileSync(file);
  if (argv.includes('--layout')) {
    process.stdout.write(await debugPdfLayout(data, basename(file)));
    return 0;
  }
  if (argv.includes('--items')) {
    const { pages } = await readPdfItems(data, basename(file));
    pages.forEach((p, i) => {
      if (only !== undefined && only !== i + 1) return;
      process.stdout.write(`=== page ${i + 1} (height ${p.height.toFixed(1)}, ${p.items.length} items)\n`);
      for (const it of p.items) {
        process.stdout.write(`${it.x.toFixed(1).padStart(7)} ${it.y.toFixed(1).padStart(7)} w${it.width.toFixed(1).padStart(6)} s${it.size.toFixed(1).padStart(5)}  ${JSON.stringify(it.str)}\n`);
      }
    });
    return 0;
  }
  const doc = await readPdf(data, basename(file));
  for (const l of doc.running) process.stdout.write(`running p${l.page} #${l.line}  ${JSON.stringify(l.cells)}\n`);
  for (const l of doc.lines) {
    if (only !== undefined && only !== l.page) continue;
    process.stdout.write(argv.includes('--text') ? `${l.text}\n` : `p${l.page} #${String(l.line).padEnd(4)} ${JSON.stringify(l.cells)}${l.rowsUncertain ? '  (rows uncertain)' : ''}\n`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`pdf-dump: ${e.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
