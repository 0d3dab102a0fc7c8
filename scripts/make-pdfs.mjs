#!/usr/bin/env node
// Sample policy PDFs from text documents, laid out the way real policy PDFs are, so that the PDF
// reader (src/parse/pdf.ts) can be tested against a known text.
//
//   node scripts/make-pdfs.mjs samples/foo.txt …          writes samples/foo.pdf next to each
//   node scripts/make-pdfs.mjs FILE.txt -o OUT.pdf         one input, named output
//   node scripts/make-pdfs.mjs FILE.txt --pages 30 -o X    repeat the content to exactly 30 pages
//
// The text is in the corpus conventions (DESIGN §2, src/parse/source.ts): one line per paragraph
// or heading, blank lines between paragraphs, table rows as cells separated by tabs (or, in a line
// without tabs, by runs of two or more spaces), a form feed forces a new page. The PDF has:
// - running text at the body width, wrapped at spaces;
// - tables (consecutive table rows) with every cell at its column's fixed x, long cells wrapped
//   over several lines within their column, rows split across pages where they do not fit;
// - `## heading` lines in bold; vertical space between paragraphs and between table rows (a
//   wrapped line follows at 1,2 × the font size, a new paragraph or row at 1,9 ×);
// - the document's `FORSIKRINGSNUMMER …` and `UTSTEDT …` lines as a running header on every page
//   (not in the body), and a «Side N av M» footer;
// - Helvetica with WinAnsi encoding: æøå ÆØÅ «» – § é … survive extraction; a character the
//   encoding cannot show is an error naming its line, never a silent substitute;
// - fixed creation date and document ID, so the same text always gives the same bytes.
//
// Why pdfkit: it is maintained, has no native parts, measures text with the standard fonts'
// metrics (we place every line ourselves, so cells sit at exact column positions), writes
// deterministic files once the creation date is fixed, and can encrypt (userPassword) — which
// the bad-PDF tests use. pdf-lib, the other common choice, has had no release since 2021.
import PDFDocument from 'pdfkit';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { basename } from 'node:path';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
export const LAYOUT = {
  left: 50,
  right: 545,
  bodyTop: 78,
  bodyBottom: 790,
  font: 'Helvetica',
  bold: 'Helvetica-Bold',
  size: 9,
  headingSize: 11,
  runningSize: 8,
  /** baseline to baseline within a paragraph or cell, × font size */
  leading: 1.2,
  /** extra space before a new paragraph or table row, × font size */
  gap: 0.7,
  /** space between table columns, points (the reader splits cells at gaps wider than ~1 em) */
  gutter: 18,
};
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 12, 0, 0));

const RUNNING = /^(FORSIKRINGSNUMMER|UTSTEDT)\b/;
const WIN_ANSI_EXTRA = new Set([402, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8364, 8240, 8249, 8250, 710, 8482, 338, 339, 732, 352, 353, 376, 381, 382]);

function checkChars(text, where) {
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c === 9 || (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || WIN_ANSI_EXTRA.has(c)) continue;
    throw new Error(`${where}: the character U+${c.toString(16).toUpperCase().padStart(4, '0')} («${ch}») cannot be shown in Helvetica/WinAnsi`);
  }
}

/**
 * The text reader of the parser (src/parse/text.ts), bundled with esbuild into .bench/ and
 * loaded here, so that «the cells of a text line» has one definition: a sample rendered as PDF
 * puts exactly the cells the parser reads from the text at their columns (tabs, or runs of
 * spaces aligned over a block, with empty columns kept).
 */
let textReader;
export async function loadTextReader() {
  if (textReader) return textReader;
  mkdirSync(`${root}.bench`, { recursive: true });
  const outfile = `${root}.bench/text-reader-${process.pid}.cjs`;
  await build({
    absWorkingDir: root,
    entryPoints: ['src/parse/text.ts'],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  textReader = createRequire(import.meta.url)(outfile);
  rmSync(outfile, { force: true });
  return textReader;
}

/**
 * A text document → running header lines and body blocks:
 * {kind: 'para', text, heading} | {kind: 'table', rows: string[][]} | {kind: 'page'}.
 * Cells come from the parser's text reader; a blank line (a gap in line numbers) ends a table.
 */
export async function parseText(text, name = 'text') {
  text.replace(/\r\n?/g, '\n').split('\n').forEach((raw, i) => checkChars(raw.replace(/[\f\t]/g, ' '), `${name}: line ${i + 1}`));
  const { textToSource } = await loadTextReader();
  const src = textToSource(text, name, '');
  const raws = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/); // physical lines, as the reader numbers them
  const running = src.running.map((l) => l.cells.join(' ').replace(/\s+/g, ' ').trim());
  const blocks = [];
  let table = null;
  let prev = null;
  for (const l of src.lines) {
    if (prev && l.page !== prev.page) {
      table = null;
      blocks.push({ kind: 'page' });
    } else if (prev && l.line !== prev.line + 1) {
      table = null;
    }
    prev = l;
    // a tab-separated line keeps all its cells, trailing empty ones too (a sub-heading row of a
    // table); space-aligned lines take the reader's columns
    const phys = raws[l.line - 1];
    const raw = phys !== undefined && !phys.includes('\f') ? phys : undefined;
    const cells = (raw !== undefined && raw.includes('\t') ? raw.split('\t') : l.cells).map((c) => c.replace(/\s+/g, ' ').trim());
    if (cells.length === 1 && RUNNING.test(cells[0])) {
      if (!running.includes(cells[0])) running.push(cells[0]);
      table = null;
      continue;
    }
    if (cells.length > 1) {
      if (!table) blocks.push((table = { kind: 'table', rows: [] }));
      table.rows.push(cells);
      continue;
    }
    table = null;
    blocks.push({ kind: 'para', text: cells[0], heading: /^#{1,6} /.test(cells[0]) });
  }
  return { running, blocks };
}

/** Greedy word wrap at spaces; a word wider than the line is broken between characters. */
export function wrap(doc, text, width) {
  if (text === '') return [];
  const out = [];
  let line = '';
  for (let word of text.split(' ')) {
    if (line && doc.widthOfString(`${line} ${word}`) <= width) {
      line = `${line} ${word}`;
      continue;
    }
    if (line) out.push(line);
    line = '';
    while (doc.widthOfString(word) > width) {
      let k = word.length - 1;
      while (k > 1 && doc.widthOfString(word.slice(0, k)) > width) k--;
      out.push(word.slice(0, k));
      word = word.slice(k);
    }
    line = word;
  }
  if (line) out.push(line);
  return out;
}

/** Column widths for a table: content-based, like an HTML table's automatic layout. */
function columnWidths(doc, rows, total) {
  const n = Math.max(...rows.map((r) => r.length));
  const min = new Array(n).fill(0);
  const max = new Array(n).fill(0);
  for (const row of rows) {
    row.forEach((cell, k) => {
      max[k] = Math.max(max[k], doc.widthOfString(cell));
      for (const w of cell.split(' ')) min[k] = Math.max(min[k], doc.widthOfString(w));
    });
  }
  const avail = total - LAYOUT.gutter * (n - 1);
  const sumMax = max.reduce((a, b) => a + b, 0);
  if (sumMax <= avail) {
    // room for every cell on one line: spread the spare room evenly
    const extra = (avail - sumMax) / n;
    return max.map((m) => m + extra);
  }
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumMin >= avail) return min.map((m) => (m * avail) / sumMin);
  const spread = sumMax - sumMin;
  return min.map((m, k) => m + ((avail - sumMin) * (max[k] - m)) / spread);
}

/**
 * Lay the blocks out on pages: a list of pages, each a list of {x, y (top of line), text, font,
 * size}. With `pages`, the blocks are repeated until exactly that many pages are full.
 */
function layout(doc, blocks, pages) {
  const out = [[]];
  let y = LAYOUT.bodyTop;
  let fresh = true; // nothing on this page yet
  const S = LAYOUT.size;
  const newPage = () => {
    out.push([]);
    y = LAYOUT.bodyTop;
    fresh = true;
  };
  const full = () => pages !== undefined && out.length > pages;
  const place = (size, items) => {
    const h = size * LAYOUT.leading;
    if (y + h > LAYOUT.bodyBottom) newPage();
    if (full()) return;
    for (const it of items) out.at(-1).push({ ...it, y, size });
    y += h;
    fresh = false;
  };
  const gap = () => {
    if (!fresh) y += S * LAYOUT.gap;
  };
  const width = LAYOUT.right - LAYOUT.left;
  let round = 0;
  do {
    for (const b of blocks) {
      if (full()) break;
      if (b.kind === 'page') {
        if (!fresh) newPage();
        continue;
      }
      if (b.kind === 'para') {
        const size = b.heading ? LAYOUT.headingSize : S;
        const font = b.heading ? LAYOUT.bold : LAYOUT.font;
        doc.font(font).fontSize(size);
        gap();
        if (b.heading) y += S * LAYOUT.gap; // headings get a little more air above
        for (const line of wrap(doc, b.text, width)) place(size, [{ x: LAYOUT.left, text: line, font }]);
        continue;
      }
      doc.font(LAYOUT.font).fontSize(S);
      const widths = columnWidths(doc, b.rows, width);
      const xs = widths.map((_, k) => LAYOUT.left + widths.slice(0, k).reduce((a, w) => a + w + LAYOUT.gutter, 0));
      for (const row of b.rows) {
        const wrapped = row.map((cell, k) => wrap(doc, cell, widths[k]));
        const height = Math.max(...wrapped.map((w) => w.length));
        gap();
        for (let i = 0; i < height; i++) {
          const items = [];
          wrapped.forEach((w, k) => {
            if (w[i] !== undefined) items.push({ x: xs[k], text: w[i], font: LAYOUT.font });
          });
          place(S, items);
        }
      }
    }
    round++;
  } while (pages !== undefined && !full() && out.some((p) => p.length) && round < 10000);
  if (pages !== undefined) out.length = Math.min(out.length, pages);
  while (out.length > 1 && out.at(-1).length === 0) out.pop();
  return out;
}

/**
 * Render a text document as a PDF. Options: `title` (document info), `pages` (repeat the
 * content to exactly that many pages), `userPassword` (encrypt; for the bad-input tests).
 * Returns the PDF's bytes.
 */
export async function makePdf(text, opts = {}) {
  const title = opts.title ?? 'skadekalk sample';
  const { running, blocks } = await parseText(text, title);
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    size: [PAGE.width, PAGE.height],
    info: { Title: title, Producer: 'skadekalk make-pdfs', Creator: 'skadekalk make-pdfs', CreationDate: FIXED_DATE },
    ...(opts.userPassword ? { userPassword: opts.userPassword, ownerPassword: `${opts.userPassword}-owner`, pdfVersion: '1.4' } : {}),
  });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pages = layout(doc, blocks, opts.pages);
  pages.forEach((items, p) => {
    doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    // running header, right-aligned at the top; footer centred at the bottom
    doc.font(LAYOUT.font).fontSize(LAYOUT.runningSize);
    running.forEach((line, i) => {
      const w = doc.widthOfString(line);
      doc.text(line, LAYOUT.right - w, 30 + i * LAYOUT.runningSize * 1.4, { lineBreak: false });
    });
    const footer = `Side ${p + 1} av ${pages.length}`;
    doc.text(footer, (PAGE.width - doc.widthOfString(footer)) / 2, 808, { lineBreak: false });
    for (const it of items) doc.font(it.font).fontSize(it.size).text(it.text, it.x, it.y, { lineBreak: false });
  });
  doc.end();
  return done;
}

/** A tiny grey PNG (a «scan»), made here so that no binary file is needed. */
function greyPng(w, h) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) rows[y * (w + 1) + 1 + x] = (x * 7 + y * 3) & 0xff;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A PDF whose page is only an image — a scan without a text layer (for the bad-input tests). */
export function makeImageOnlyPdf() {
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margin: 0, info: { Title: 'scan', CreationDate: FIXED_DATE } });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.image(greyPng(64, 64), 50, 50, { width: 495 });
  doc.end();
  return done;
}

async function cli(argv) {
  const files = [];
  let out;
  let pages;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--out') out = argv[++i];
    else if (a === '--pages') pages = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: node scripts/make-pdfs.mjs FILE.txt … [-o OUT.pdf] [--pages N]\n');
      return 0;
    } else files.push(a);
  }
  if (files.length === 0 || (out && files.length > 1) || (pages !== undefined && !(Number.isInteger(pages) && pages > 0))) {
    process.stderr.write('usage: node scripts/make-pdfs.mjs FILE.txt … [-o OUT.pdf] [--pages N]  (-o with one input only)\n');
    return 2;
  }
  for (const f of files) {
    const target = out ?? f.replace(/\.txt$/i, '') + '.pdf';
    const pdf = await makePdf(readFileSync(f, 'utf8'), { title: basename(f).replace(/\.txt$/i, ''), pages });
    writeFileSync(target, pdf);
    process.stdout.write(`${target}\n`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  cli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`make-pdfs: ${e.message}\n`);
      process.exitCode = 2;
    },
  );
}
