#!/usr/bin/env node
// Sample policy PDFs from text documents, laid out the way real policy PDFs are, so that the PDF
// reader (src/parse/pdf.ts) can be tested against a known text.
//
//   node scripts/make-pdfs.mjs samples/foo.txt …          writes samples/foo.pdf next to each
//   node scripts/make-pdfs.mjs FILE.txt -o OUT.pdf         one input, named output
//   node scripts/make-pdfs.mjs FILE.txt --pages 30 -o X    repeat the content to exactly 30 pages
//   node scripts/make-pdfs.mjs FILE.txt --style schedule   tables as insurers' systems set them (STYLES)
//
// The text is in the corpus conventions (docs/policy-model.md, src/parse/source.ts): one line per paragraph
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

/**
 * Column widths for a table: content-based, like an HTML table's automatic layout. `keep[k]`: the
 * column's cells are never broken (amounts); `headerFont`: the first row's font, when it differs.
 */
function columnWidths(doc, rows, total, { keep = [], headerFont } = {}) {
  const n = Math.max(...rows.map((r) => r.length));
  const min = new Array(n).fill(0);
  const max = new Array(n).fill(0);
  rows.forEach((row, r) => {
    if (r === 0 && headerFont) doc.font(headerFont);
    row.forEach((cell, k) => {
      max[k] = Math.max(max[k], doc.widthOfString(cell));
      for (const w of keep[k] && r > 0 ? [cell] : cell.split(' ')) min[k] = Math.max(min[k], doc.widthOfString(w));
    });
    if (r === 0 && headerFont) doc.font(LAYOUT.font);
  });
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
 * How tables are set. `plain` (the default; the committed samples) leaves extra space between rows
 * and sets every cell left-aligned. `schedule` sets tables the way insurers' document systems do:
 * rows at the line pitch (a wrapped cell's next line and the next row's first line are equally far
 * apart), amounts right-aligned in their column, the header row bold and repeated at the top of
 * every page the table runs on, a thin rule under the header and between the rows (`rules`), and
 * cells padded a little from the rules. `columns: 2` sets running text in two columns (conditions
 * pages), tables across the full width.
 */
export const STYLES = {
  plain: { rowGap: true, rowPad: 0, alignAmounts: false, boldHeader: false, repeatHeader: false, rules: false, columns: 1 },
  schedule: { rowGap: false, rowPad: 0, alignAmounts: true, boldHeader: true, repeatHeader: true, rules: true, columns: 1 },
  twocolumn: { rowGap: false, rowPad: 0, alignAmounts: true, boldHeader: true, repeatHeader: true, rules: true, columns: 2 },
};

/** An amount, a percentage or a G sum: what a document system sets right-aligned. */
const AMOUNT = /^(?:(?:kr\.?|nok)\s*)?[-+]?\d[\d .\u00a0]*(?:,\d+)?(?:,-)?(?:\s*(?:%|‰|promille|G|kr))?$/i;

/** Columns whose every non-empty body cell is an amount (the header row does not count). */
function amountColumns(rows) {
  const n = Math.max(...rows.map((r) => r.length));
  const out = [];
  for (let k = 0; k < n; k++) {
    const body = rows.slice(1).map((r) => r[k] ?? '').filter((c) => c !== '');
    out.push(body.length > 0 && body.every((c) => AMOUNT.test(c)));
  }
  return out;
}

/**
 * Lay the blocks out on pages: a list of pages, each {items: [{x, y (top of line), text, font,
 * size}], rules: [{x0, x1, y}]}. With `pages`, the blocks are repeated until exactly that many
 * pages are full.
 */
function layout(doc, blocks, pages, style) {
  const out = [{ items: [], rules: [] }];
  let y = LAYOUT.bodyTop;
  let fresh = true; // nothing on this page yet
  let column = 0; // the text column being filled (style.columns: 2)
  let colTop = LAYOUT.bodyTop; // where both text columns start on this page
  const S = LAYOUT.size;
  const newPage = () => {
    out.push({ items: [], rules: [] });
    y = LAYOUT.bodyTop;
    colTop = y;
    fresh = true;
    column = 0;
  };
  const full = () => pages !== undefined && out.length > pages;
  /**
   * Place one line of items; true when it went onto a new page (or column). Running text
   * (`inText`) fills the left column and then the right one on a two-column page.
   */
  const place = (size, items, inText = true) => {
    const h = size * LAYOUT.leading;
    let broke = false;
    if (y + h > LAYOUT.bodyBottom) {
      if (style.columns === 2 && inText && column === 0) {
        column = 1;
        y = colTop;
      } else {
        newPage();
      }
      broke = true;
    }
    if (full()) return broke;
    const shift = style.columns === 2 && inText ? column * (colWidth + LAYOUT.gutter) : 0;
    for (const it of items) out.at(-1).items.push({ ...it, x: it.x + shift, y, size });
    y += h;
    fresh = false;
    return broke;
  };
  const gap = () => {
    if (!fresh) y += S * LAYOUT.gap;
  };
  const width = LAYOUT.right - LAYOUT.left;
  const colWidth = style.columns === 2 ? (width - LAYOUT.gutter) / 2 : width;
  const rule = (x0, x1, at) => out.at(-1).rules.push({ x0, x1, y: at });
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
        for (const line of wrap(doc, b.text, colWidth)) place(size, [{ x: LAYOUT.left, text: line, font }]);
        continue;
      }
      layoutTable(doc, b.rows);
    }
    round++;
  } while (pages !== undefined && !full() && out.some((p) => p.items.length) && round < 10000);

  function layoutTable(docRef, rows) {
    // on two-column pages a table has a page of its own, at the full width, and the text goes on
    // on the next page (a conditions document's tables are set apart like that)
    if (style.columns === 2 && !fresh) newPage();
    docRef.font(LAYOUT.font).fontSize(S);
    const right = style.alignAmounts ? amountColumns(rows) : [];
    const widths = columnWidths(docRef, rows, width, style.boldHeader ? { keep: right, headerFont: LAYOUT.bold } : {});
    const xs = widths.map((_, k) => LAYOUT.left + widths.slice(0, k).reduce((a, w) => a + w + LAYOUT.gutter, 0));
    const x1 = xs.at(-1) + widths.at(-1);
    const pad = style.rowPad * S;
    const setRow = (row, r) => {
      const font = style.boldHeader && r === 0 && rows.length > 1 ? LAYOUT.bold : LAYOUT.font;
      docRef.font(font).fontSize(S);
      const wrapped = row.map((cell, k) => wrap(docRef, cell, widths[k]));
      const height = Math.max(1, ...wrapped.map((w) => w.length));
      if (style.rowGap) gap();
      else if (!fresh) y += pad;
      const h = S * LAYOUT.leading;
      const breakPage = () => {
        newPage();
        // the header row again at the top of the page the table goes on on
        if (style.repeatHeader && r > 0 && rows.length > 1) setRow(rows[0], 0);
        docRef.font(font).fontSize(S);
      };
      // a row is not split over a page unless it is taller than a page
      if (!style.rowGap && y + height * h > LAYOUT.bodyBottom && height * h < LAYOUT.bodyBottom - LAYOUT.bodyTop) breakPage();
      for (let i = 0; i < height; i++) {
        const items = [];
        wrapped.forEach((w, k) => {
          if (w[i] === undefined) return;
          const x = right[k] ? xs[k] + widths[k] - docRef.widthOfString(w[i]) : xs[k];
          items.push({ x, text: w[i], font });
        });
        if (!style.rowGap && y + h > LAYOUT.bodyBottom) breakPage();
        place(S, items, false);
      }
      if (style.rules) {
        y += pad;
        rule(LAYOUT.left, x1, y - S * 0.02);
      }
      docRef.font(LAYOUT.font).fontSize(S);
    };
    rows.forEach(setRow);
    colTop = y;
    if (style.columns === 2) newPage();
  }

  if (pages !== undefined) out.length = Math.min(out.length, pages);
  while (out.length > 1 && out.at(-1).items.length === 0) out.pop();
  return out;
}

/**
 * Render a text document as a PDF. Options: `title` (document info), `pages` (repeat the
 * content to exactly that many pages), `style` (a key of STYLES; `plain` by default),
 * `userPassword` (encrypt; for the bad-input tests).
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
  const style = STYLES[opts.style ?? 'plain'];
  if (!style) throw new Error(`unknown style ${opts.style}; known: ${Object.keys(STYLES).join(', ')}`);
  const pages = layout(doc, blocks, opts.pages, style);
  pages.forEach(({ items, rules }, p) => {
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
    if (rules.length) {
      doc.lineWidth(0.5).strokeColor('#666666');
      for (const r of rules) doc.moveTo(r.x0, r.y).lineTo(r.x1, r.y).stroke();
    }
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
  let style;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--out') out = argv[++i];
    else if (a === '--pages') pages = Number(argv[++i]);
    else if (a === '--style') style = argv[++i];
    else if (a === '-h' || a === '--help') {
      process.stdout.write(`usage: node scripts/make-pdfs.mjs FILE.txt … [-o OUT.pdf] [--pages N] [--style ${Object.keys(STYLES).join('|')}]\n`);
      return 0;
    } else files.push(a);
  }
  if (files.length === 0 || (out && files.length > 1) || (pages !== undefined && !(Number.isInteger(pages) && pages > 0)) || (style !== undefined && !STYLES[style])) {
    process.stderr.write(`usage: node scripts/make-pdfs.mjs FILE.txt … [-o OUT.pdf] [--pages N] [--style ${Object.keys(STYLES).join('|')}]  (-o with one input only)\n`);
    return 2;
  }
  for (const f of files) {
    const target = out ?? f.replace(/\.txt$/i, '') + '.pdf';
    const pdf = await makePdf(readFileSync(f, 'utf8'), { title: basename(f).replace(/\.txt$/i, ''), pages, style });
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
