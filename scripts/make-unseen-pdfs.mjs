#!/usr/bin/env node
// PDFs of the test corpus (test/corpus/docs and holdout) made by tools whose layouts the PDF reader
// was not tuned on, to measure it on them (`npm run accuracy -- --pdfs DIR`): a PDF should read
// exactly what its text reads. They are written outside the repository and not committed — a
// measurement of layouts nobody tuned on stays one only while nobody tunes on these files. (A few
// main-set documents printed with lo and groff are committed, by scripts/make-corpus-pdfs.mjs
// --tools lo,groff, which runs this script: the reader is tuned on those, never on hold-out ones.)
//
//   node scripts/make-unseen-pdfs.mjs [--out DIR] [--tools lo,lotext,groff,groffmono] [docs/NAME.txt … | /abs/path/NAME.txt …]
//
// Writes DIR/NAME.<tool>.pdf (DIR: $TMPDIR/skadekalk-unseen-pdfs). The tools:
// - lo: LibreOffice Writer from HTML (its StarWriter HTML import, not the web view): Liberation
//   fonts, tables with column widths from their content, wrapped cells at the row pitch, amounts
//   right-aligned, the header row bold and repeated on every page the table runs onto, rules
//   between the rows of every other table, the footer «Side N av M» from page fields.
// - lotext: the text file opened in LibreOffice Writer as text (a proportional font; the runs of
//   spaces that line the text's columns up are kept, so the columns stand unevenly).
// - groff: groff's ms macros with tbl tables (text blocks that wrap, amounts right-aligned, the
//   header row repeated with `.TS H`, a box around every other table), Times, the page number in
//   the header, run through PostScript and ps2pdf (Ghostscript) — text items as Ghostscript
//   writes them. The documents in TWO_COLUMNS (scripts/make-corpus-pdfs.mjs) are set in two
//   columns on the page (ms's `.2C`), as a newsletter is: the columns' lines side by side.
// - groffmono: the text as it is, every space kept, in Courier (groff -Tpdf): what printing a
//   text file gives.
//
// The text is read into paragraphs and tables as scripts/make-corpus-pdfs.mjs reads it.
// Needs (Debian): libreoffice-writer-nogui fonts-liberation groff ghostscript.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER_LEFT, readBlocks, TWO_COLUMNS } from './make-corpus-pdfs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(root, 'test', 'corpus');
const TOOLS = ['lo', 'lotext', 'groff', 'groffmono'];

const AMOUNT = /^(?:(?:kr\.?|nok)\s*)?[-+]?\d[\d .\u00a0]*(?:,\d+)?(?:,-)?(?:\s*(?:%|‰|promille|G|kr))?$/i;

/** Columns most of whose body cells are amounts (the header row aside). */
function amountColumns(rows) {
  const n = Math.max(...rows.map((r) => r.length));
  const body = rows.length >= 3 && !rows[0].some((c) => AMOUNT.test(c)) ? rows.slice(1) : rows;
  const out = [];
  for (let k = 0; k < n; k++) {
    const cells = body.map((r) => r[k] ?? '').filter((c) => c !== '');
    out.push(cells.length > 0 && cells.filter((c) => AMOUNT.test(c)).length >= 0.6 * cells.length);
  }
  return out;
}
const hasHeader = (rows) => rows.length >= 3 && !rows[0].some((c) => AMOUNT.test(c));
/** A stable small number from a name: which documents get rules or a box. */
const hash = (s) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300000, maxBuffer: 64 << 20, ...opts });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} exited ${r.status}: ${(r.stderr || '').slice(0, 400)}`);
  return r;
}

// ------------------------------------------------------------------ LibreOffice from HTML

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `headerLeft`: the header row set left-aligned over right-aligned amounts (HEADER_LEFT). */
export function loHtml(text, title, headerLeft = false) {
  const blocks = readBlocks(text);
  const ruled = hash(title) % 2 === 0;
  let tables = 0;
  const out = [];
  for (const b of blocks) {
    if (b.kind === 'page') out.push('<p style="page-break-before: always"></p>');
    else if (b.kind === 'gap') out.push('<p style="margin:0;font-size:4pt">&nbsp;</p>');
    else if (b.kind === 'para') out.push(b.bold ? `<h3>${esc(b.text)}</h3>` : `<p>${esc(b.text)}</p>`);
    else {
      const n = Math.max(...b.rows.map((r) => r.length));
      const nums = amountColumns(b.rows);
      const head = hasHeader(b.rows);
      const rules = ruled && tables++ % 2 === 0;
      const cell = (c, k, th) => {
        const tag = th ? 'th' : 'td';
        const align = nums[k] && !(th && headerLeft) ? ' align="right"' : ' align="left"';
        return `<${tag}${align} valign="top">${esc(c) || ''}</${tag}>`;
      };
      const pad = (r) => [...r, ...new Array(n - r.length).fill('')];
      const body = (head ? b.rows.slice(1) : b.rows).map((r) => `<tr>${pad(r).map((c, k) => cell(c, k, false)).join('')}</tr>`);
      out.push(
        `<table ${rules ? 'border="1" frame="hsides" rules="rows"' : 'border="0"'} cellpadding="2" cellspacing="0">` +
          (head ? `<thead><tr>${pad(b.rows[0]).map((c, k) => cell(c, k, true)).join('')}</tr></thead>` : '') +
          `<tbody>${body.join('')}</tbody></table>`,
      );
    }
  }
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html lang="nb"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><title>${esc(title)}</title>
<style type="text/css">
@page { size: 21cm 29.7cm; margin: 2cm 2cm 2cm 2.2cm }
p { margin-top: 0; margin-bottom: 0.1cm; font-family: "Liberation Sans", sans-serif; font-size: 10pt }
h3 { font-family: "Liberation Sans", sans-serif; font-size: 11pt; margin-top: 0.3cm; margin-bottom: 0.15cm }
td, th { font-family: "Liberation Sans", sans-serif; font-size: 9pt }
th { font-weight: bold }
</style></head>
<body lang="nb-NO">
${out.join('\n')}
<div title="footer"><p align="right" style="font-size: 8pt">Side <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> av <sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield></p></div>
</body></html>
`;
}

/** Converts files with LibreOffice in one run (its own profile: others may run it at the same time). */
function soffice(files, outDir, work, infilter) {
  const args = ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`];
  if (infilter) args.push(`--infilter=${infilter}`);
  run('soffice', [...args, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outDir, ...files]);
}

// ------------------------------------------------------------------ groff

/**
 * Text for troff: backslashes and leading control characters escaped, the table separator kept out,
 * no-break and thin spaces as troff's unbreakable space (groff's fonts have no glyph for them: they
 * would vanish, «kr 10 000» printed as «kr10000»).
 */
const troff = (s) =>
  s
    .replace(/\\/g, '\\e')
    .replace(/^([.'])/, '\\&$1')
    .replace(/\|/g, '\\[ba]')
    .replace(/[\u00a0\u202f\u2009]/g, '\\~');

export function groffSource(text, title, pages, headerLeft = false, twoColumns = false) {
  const blocks = readBlocks(text);
  const boxed = hash(title) % 2 === 1;
  let tables = 0;
  const out = ['.nr PS 10', '.nr VS 12', '.nr PO 1i', '.nr LL 6.3i', `.ds LH ${troff(title.slice(0, 40))}`, '.ds CH', `.ds RH Side \\\\n% av ${pages}`, '.LP'];
  if (twoColumns) out.push('.2C');
  for (const b of blocks) {
    if (b.kind === 'page') out.push('.bp');
    else if (b.kind === 'gap') out.push('.sp 0.4');
    else if (b.kind === 'para') {
      if (b.bold) out.push('.SH', troff(b.text));
      else out.push('.LP', troff(b.text));
    } else {
      const n = Math.max(...b.rows.map((r) => r.length));
      const nums = amountColumns(b.rows);
      const head = hasHeader(b.rows);
      const box = boxed && tables++ % 2 === 0;
      const fmt = (bold) => nums.map((a) => (a && !(bold && headerLeft) ? 'r' : 'l') + (bold ? 'B' : '')).join(' ');
      out.push('.LP', head ? '.TS H' : '.TS', `${box ? 'allbox ' : ''}tab(|);`);
      if (head) out.push(fmt(true), `${fmt(false)}.`);
      else out.push(`${fmt(false)}.`);
      const line = (r) => [...r, ...new Array(n - r.length).fill('')].map((c, k) => (!c ? '' : nums[k] || c.length < 20 ? troff(c) : `T{\n${troff(c)}\nT}`)).join('|');
      if (head) out.push(line(b.rows[0]), ...(box ? [] : ['_']), '.TH');
      for (const r of head ? b.rows.slice(1) : b.rows) out.push(line(r));
      out.push('.TE');
    }
  }
  return `${out.join('\n')}\n`;
}

function groffPdf(text, title, out, work, headerLeft = false, twoColumns = false) {
  const src = join(work, `${title}.ms`);
  const ps = join(work, `${title}.ps`);
  let pages = 1;
  for (let pass = 0; pass < 2; pass++) {
    writeFileSync(src, groffSource(text, title, pages, headerLeft, twoColumns));
    const r = run('groff', ['-k', '-t', '-ms', '-Tps', '-dpaper=a4', '-P-pa4', src]);
    writeFileSync(ps, r.stdout);
    pages = (r.stdout.match(/^%%Page: /gm) ?? []).length || 1;
  }
  run('ps2pdf', ['-sPAPERSIZE=a4', ps, out]);
}

function groffMonoPdf(text, out, work) {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const body = ['.pl 11.69i', '.ll 7.5i', '.po 0.4i', '.ft CR', '.ps 8', '.vs 10', '.nf', '.hy 0'];
  for (const l of lines) {
    if (l.includes('\f')) {
      for (const [i, part] of l.split('\f').entries()) {
        if (i > 0) body.push('.bp');
        if (part) body.push(troff(part).replace(/ /g, '\\ '));
      }
      continue;
    }
    body.push(l === '' ? '.sp 1' : troff(l));
  }
  const src = join(work, 'mono.tr');
  writeFileSync(src, `${body.join('\n')}\n`);
  const r = spawnSync('groff', ['-k', '-Tpdf', '-dpaper=a4', '-P-pa4', src], { timeout: 120000, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`groff -Tpdf exited ${r.status}: ${r.stderr}`);
  writeFileSync(out, r.stdout);
}

// ------------------------------------------------------------------ command line

function corpusTexts() {
  const out = [];
  for (const set of ['docs', 'holdout']) for (const f of readdirSync(join(CORPUS, set)).sort()) if (f.endsWith('.txt')) out.push(`${set}/${f}`);
  return out;
}

async function main(argv) {
  let tools = TOOLS;
  let outDir = join(tmpdir(), 'skadekalk-unseen-pdfs');
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--tools') tools = (argv[++i] ?? '').split(',');
    else if (argv[i] === '--out') outDir = resolve(argv[++i] ?? '');
    else files.push(isAbsolute(argv[i]) ? argv[i] : argv[i].replace(/^test\/corpus\//, ''));
  }
  const bad = tools.filter((t) => !TOOLS.includes(t));
  if (bad.length) throw new Error(`unknown tool ${bad.join(', ')} (tools: ${TOOLS.join(', ')})`);
  if (resolve(outDir).startsWith(root)) throw new Error('--out must be outside the repository (these PDFs are not committed)');
  mkdirSync(outDir, { recursive: true });
  const list = files.length ? files : corpusTexts();
  const work = mkdtempSync(join(tmpdir(), 'unseen-pdfs-'));
  try {
    const lo = [];
    const loText = [];
    for (const f of list) {
      const name = basename(f, '.txt');
      // (a path under test/corpus, or any path: a document kept outside the repository)
      const text = readFileSync(resolve(CORPUS, f), 'utf8');
      if (tools.includes('lo')) {
        const html = join(work, 'lo', `${name}.lo.html`);
        mkdirSync(join(work, 'lo'), { recursive: true });
        writeFileSync(html, loHtml(text, name, HEADER_LEFT.includes(f)));
        lo.push(html);
      }
      if (tools.includes('lotext')) {
        mkdirSync(join(work, 'lotext'), { recursive: true });
        const txt = join(work, 'lotext', `${name}.lotext.txt`);
        writeFileSync(txt, text);
        loText.push(txt);
      }
      if (tools.includes('groff')) {
        groffPdf(text, name, join(outDir, `${name}.groff.pdf`), work, HEADER_LEFT.includes(f), TWO_COLUMNS.includes(f));
        process.stdout.write(`${name}.groff.pdf\n`);
      }
      if (tools.includes('groffmono')) {
        groffMonoPdf(text, join(outDir, `${name}.groffmono.pdf`), work);
        process.stdout.write(`${name}.groffmono.pdf\n`);
      }
    }
    // (one LibreOffice run per kind: it starts slowly)
    if (lo.length) soffice(lo, outDir, work, 'HTML (StarWriter)');
    if (loText.length) soffice(loText, outDir, work, 'Text (encoded):UTF8,LF,Liberation Serif,nb-NO,');
    for (const f of [...lo, ...loText]) {
      const pdf = join(outDir, `${basename(f).replace(/\.(html|txt)$/, '')}.pdf`);
      if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${relative(outDir, pdf)}`);
      process.stdout.write(`${basename(pdf)}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`make-unseen-pdfs: ${e.message}\n`);
      process.exitCode = 2;
    },
  );
}
