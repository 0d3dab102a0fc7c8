// Baseline for `npm run bench` (docs/development.md): a script that only runs pdf-parse's getText on a PDF.
//   node scripts/bench-pdf-gettext.mjs FILE.pdf
import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';

const parser = new PDFParse({ data: readFileSync(process.argv[2]) });
try {
  const result = await parser.getText();
  process.stdout.write(`${result.text.length}\n`);
} finally {
  await parser.destroy();
}
