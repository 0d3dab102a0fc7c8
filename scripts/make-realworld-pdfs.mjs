#!/usr/bin/env node
// Policy PDFs as real tools make them, from our own text documents, for testing the PDF reader
// (src/parse/pdf.ts, pdf-layout.ts) on PDFs that our generator (scripts/make-pdfs.mjs) did not
// make. Real policy PDFs come from document systems, word processors and browsers: their text
// items are split differently (word by word, glyph runs, kerning splits, separate spaces,
// ligatures), lines have other heights, table cells are centred vertically, paragraphs are
// justified with stretched spaces, bold runs sit inside lines, bullets are items of their own.
//
//   node scripts/make-realworld-pdfs.mjs                     all samples/*.txt and test/fixtures/pdf/*.txt
//   node scripts/make-realworld-pdfs.mjs FILE.txt … [--out DIR] [--tools chromium,libreoffice] [--keep]
//   node scripts/make-realworld-pdfs.mjs FILE.txt … --tools chromium --style schedule --out DIR
//
// Writes DIR/NAME.chromium.pdf and DIR/NAME.libreoffice.pdf (DIR: test/fixtures/pdf/realworld).
// The PDFs are committed: the tests read them and do not need these tools. Never run it on the
// corpus for committed files (the corpus is not ours to publish): with a corpus file it insists on
// an --out outside the repository, e.g. to check the reader on the corpus by hand:
//   node scripts/make-realworld-pdfs.mjs ../shared/corpus/*.txt --out /tmp/rw
//   node scripts/pdf-roundtrip.mjs ../shared/corpus/X.txt=/tmp/rw/X.chromium.pdf
//
// Needs (Debian): chromium, libreoffice-writer-nogui, fonts-liberation, fonts-dejavu-core and
// hyphen-no (Norwegian hyphenation patterns, for LibreOffice's automatic hyphenation):
//   apt-get install -y --no-install-recommends chromium libreoffice-writer-nogui fonts-liberation fonts-dejavu-core hyphen-no
//
// The renderings (same text as the .txt, every character of it, laid out differently):
// - chromium: HTML printed by headless Chromium. Liberation Sans 10 pt, justified paragraphs, short
//   lines as bold headings, tables at full width with grid lines, padding and cells centred
//   vertically (the browser default), the first row a header row repeated on every page the
//   table runs on, the first column bold, list items «- …» with the dash as a
//   hanging marker of its own, running header (FORSIKRINGSNUMMER …, UTSTEDT …) and footer
//   «Side N av M» in the page margins (CSS margin boxes), a rotated «KOPI» stamp on the first page.
// - chromium with --style schedule: tables as insurers' document systems set them — rows at the
//   line pitch (no padding, a thin rule under each row, cells at the top of their row), amounts
//   right-aligned and never broken, a bold header row repeated on every page the table runs on,
//   the first column in the body font.
// - libreoffice: a flat ODF text document (.fodt) converted by LibreOffice Writer. Liberation Serif
//   10,5 pt, justified paragraphs, automatic hyphenation (nb-NO) in paragraphs and table cells,
//   tables with equal column widths, grid lines and cells centred vertically, the label before a «:» bold inside the line, lists as «-<tab>text» with
//   a hanging indent, header and footer with page-number fields.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from './make-pdfs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cssString = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A short line without a full stop reads as a heading in a real document. */
const looksLikeHeading = (t) => t.length <= 60 && !/[.:,;]$/.test(t) && !/^[-–•*]\s/.test(t) && !/^</.test(t) && /^\p{L}/u.test(t);
const BULLET = /^([-–•])\s+(.*)$/;

/** Bold the label before the first «:» of a paragraph (a bold run inside the line). */
function boldLabel(text, bold) {
  const m = /^([^:<>*]{2,40}:)(\s.*)$/.exec(text);
  return m ? bold(m[1]) + escLater(m[2]) : escLater(text);
}
let escLater = esc;

// ---------------------------------------------------------------- HTML for Chromium

/** An amount, a percentage or a G sum: set right-aligned and unbroken in the schedule style. */
const AMOUNT = /^(?:(?:kr\.?|nok)\s*)?[-+]?\d[\d .\u00a0]*(?:,\d+)?(?:,-)?(?:\s*(?:%|‰|promille|G|kr))?$/i;

/** Columns whose every non-empty body cell is an amount (the header row does not count). */
function amountColumns(rows, n) {
  const out = [];
  for (let k = 0; k < n; k++) {
    const body = rows.slice(1).map((r) => r[k] ?? '').filter((c) => c !== '');
    out.push(body.length > 0 && body.every((c) => AMOUNT.test(c)));
  }
  return out;
}

const SCHEDULE_CSS = `
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; }
th, td { border: none; border-bottom: 0.5pt solid #777; padding: 0 6pt 0 0; text-align: left; vertical-align: top; font-size: 9.5pt; line-height: 1.2; }
th { font-weight: bold; }
td.num, th.num { text-align: right; white-space: nowrap; padding: 0 0 0 6pt; }
`;

export function toHtml({ running, blocks }, title, style = 'plain') {
  escLater = esc;
  const schedule = style === 'schedule';
  const out = [];
  let first = true;
  for (const b of blocks) {
    if (b.kind === 'page') {
      out.push('<div class="page-break"></div>');
      continue;
    }
    if (b.kind === 'para') {
      const t = b.text;
      if (b.heading) out.push(`<h2>${esc(t)}</h2>`);
      else if (BULLET.test(t)) {
        const [, mark, rest] = BULLET.exec(t);
        out.push(`<p class="li" data-mark="${esc(mark)}">${esc(rest)}</p>`);
      } else if (looksLikeHeading(t)) out.push(`<h3>${esc(t)}</h3>`);
      else out.push(`<p>${boldLabel(t, (s) => `<b>${esc(s)}</b>`)}</p>`);
      if (first) {
        out.push('<div class="stamp">KOPI</div>');
        first = false;
      }
      continue;
    }
    const n = Math.max(...b.rows.map((r) => r.length));
    const nums = schedule ? amountColumns(b.rows, n) : [];
    out.push('<table>');
    b.rows.forEach((row, r) => {
      const cells = [...row, ...new Array(n - row.length).fill('')];
      const cls = (k) => (nums[k] ? ' class="num"' : '');
      const tr = schedule
        ? `<tr>${cells.map((c, k) => (r === 0 && b.rows.length > 1 ? `<th${cls(k)}>${esc(c)}</th>` : `<td${cls(k)}>${esc(c)}</td>`)).join('')}</tr>`
        : `<tr>${cells.map((c, k) => (k === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`;
      // the first row is the table's header: the browser repeats it on every page the table runs on
      out.push(r === 0 && b.rows.length > 1 ? `<thead>${tr}</thead><tbody>` : tr);
    });
    out.push(b.rows.length > 1 ? '</tbody></table>' : '</table>');
  }
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
@page {
  size: A4;
  margin: 24mm 18mm 20mm 22mm;
  @top-right { content: ${cssString(running.join('\n')).replace(/\n/g, '\\A ')}; white-space: pre; font: 8pt "Liberation Sans"; text-align: right; vertical-align: bottom; }
  @bottom-center { content: "Side " counter(page) " av " counter(pages); font: 8pt "Liberation Sans"; }
}
body { font-family: "Liberation Sans", sans-serif; font-size: 10pt; line-height: 1.35; margin: 0; }
p { margin: 0 0 7pt; text-align: justify; }
p.li { position: relative; margin: 0 0 3pt 16pt; text-align: left; }
p.li::before { content: attr(data-mark); position: absolute; left: -14pt; }
h2 { font-size: 14pt; margin: 14pt 0 8pt; }
h3 { font-size: 11pt; margin: 11pt 0 5pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; }
th, td { border: 0.6pt solid #555; padding: 3pt 6pt; text-align: left; font-size: 9.5pt; }
th { font-weight: bold; }
.page-break { break-before: page; }${schedule ? SCHEDULE_CSS : ''}
.stamp { position: absolute; top: 30mm; right: 10mm; transform: rotate(-28deg); font: bold 28pt "Liberation Sans"; color: #c33; opacity: 0.5; }
</style></head>
<body>
${out.join('\n')}
</body></html>
`;
}

// ---------------------------------------------------------------- flat ODF for LibreOffice

const xesc = esc;

export function toFodt({ running, blocks }, title) {
  escLater = xesc;
  const body = [];
  let t = 0;
  for (const b of blocks) {
    if (b.kind === 'page') {
      body.push('<text:p text:style-name="PageBreak"/>');
      continue;
    }
    if (b.kind === 'para') {
      const s = b.text;
      if (b.heading) body.push(`<text:h text:style-name="H2" text:outline-level="2">${xesc(s)}</text:h>`);
      else if (BULLET.test(s)) {
        const [, mark, rest] = BULLET.exec(s);
        body.push(`<text:p text:style-name="List">${xesc(mark)}<text:tab/>${xesc(rest)}</text:p>`);
      } else if (looksLikeHeading(s)) body.push(`<text:p text:style-name="H3">${xesc(s)}</text:p>`);
      else body.push(`<text:p text:style-name="Body">${boldLabel(s, (x) => `<text:span text:style-name="B">${xesc(x)}</text:span>`)}</text:p>`);
      continue;
    }
    const n = Math.max(...b.rows.map((r) => r.length));
    t++;
    body.push(`<table:table table:name="Tabell${t}" table:style-name="Tbl"><table:table-column table:style-name="Col" table:number-columns-repeated="${n}"/>`);
    for (const row of b.rows) {
      const cells = [...row, ...new Array(n - row.length).fill('')];
      body.push(
        `<table:table-row>${cells
          .map((c) => `<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="CellText">${xesc(c)}</text:p></table:table-cell>`)
          .join('')}</table:table-row>`,
      );
    }
    body.push('</table:table>');
  }
  const header = running.map((r) => `<text:p text:style-name="Header">${xesc(r)}</text:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${xesc(title)}</dc:title></office:meta>
<office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
    <style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="nb" fo:country="NO" fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph">
    <style:paragraph-properties fo:text-align="justify" fo:margin-top="0pt" fo:margin-bottom="6pt" fo:line-height="118%"/>
  </style:style>
  <style:style style:name="List" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="18pt" fo:text-indent="-14pt" fo:margin-bottom="2pt">
      <style:tab-stops><style:tab-stop style:position="0pt"/></style:tab-stops>
    </style:paragraph-properties>
  </style:style>
  <style:style style:name="H2" style:family="paragraph">
    <style:paragraph-properties fo:margin-top="14pt" fo:margin-bottom="8pt" fo:keep-with-next="always"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="H3" style:family="paragraph">
    <style:paragraph-properties fo:margin-top="10pt" fo:margin-bottom="4pt" fo:keep-with-next="always"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="CellText" style:family="paragraph">
    <style:paragraph-properties fo:text-align="start"/>
    <style:text-properties fo:font-size="9.5pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph">
    <style:paragraph-properties fo:text-align="end"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/>
  </style:style>
</office:styles>
<office:automatic-styles>
  <style:style style:name="PageBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.5cm" table:align="margins" fo:margin-top="4pt" fo:margin-bottom="8pt"/></style:style>
  <style:style style:name="Col" style:family="table-column"><style:table-column-properties style:rel-column-width="1*"/></style:style>
  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:page-layout style:name="pm1">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.3cm"/>
    <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style>
    <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
    <style:header>${header}</style:header>
    <style:footer><text:p text:style-name="Footer">Side <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
</office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body>
</office:document>
`;
}

// ---------------------------------------------------------------- the tools

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120000, ...opts });
  if (r.error) throw new Error(`${cmd}: ${r.error.message} (is it installed? see the header of this script)`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return r;
}

function chromium(html, out, work) {
  const page = join(work, 'page.html');
  writeFileSync(page, html);
  const profile = join(work, 'chromium-profile');
  run('chromium', [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    `--user-data-dir=${profile}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${out}`,
    `file://${page}`,
  ]);
}

function libreoffice(fodt, out, work) {
  const src = join(work, `${basename(out, '.pdf')}.fodt`);
  writeFileSync(src, fodt);
  run('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, src]);
  copyFileSync(src.replace(/\.fodt$/, '.pdf'), out);
}

const TOOLS = {
  chromium: async (doc, title, out, work, style) => chromium(toHtml(doc, title, style), out, work),
  libreoffice: async (doc, title, out, work) => libreoffice(toFodt(doc, title), out, work),
};

async function main(argv) {
  let outDir = join(root, 'test/fixtures/pdf/realworld');
  let tools = Object.keys(TOOLS);
  let keep = false;
  let style = 'plain';
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') outDir = resolve(argv[++i]);
    else if (argv[i] === '--tools') tools = argv[++i].split(',');
    else if (argv[i] === '--keep') keep = true;
    else if (argv[i] === '--style') style = argv[++i];
    else files.push(argv[i]);
  }
  if (files.length === 0) {
    for (const dir of ['samples', 'test/fixtures/pdf']) {
      for (const f of readdirSync(join(root, dir)).sort()) if (f.endsWith('.txt')) files.push(join(root, dir, f));
    }
  }
  for (const t of tools) if (!TOOLS[t]) throw new Error(`unknown tool ${t}; known: ${Object.keys(TOOLS).join(', ')}`);
  if (!['plain', 'schedule'].includes(style)) throw new Error(`unknown style ${style}; known: plain, schedule`);
  if (style === 'schedule' && tools.some((t) => t !== 'chromium')) throw new Error('--style schedule is for --tools chromium');
  mkdirSync(outDir, { recursive: true });
  for (const f of files) {
    if (/shared\/corpus/.test(resolve(f)) && resolve(outDir).startsWith(root)) throw new Error(`${f}: the corpus is not for committed fixtures; use --out outside the repository`);
    const name = basename(f).replace(/\.txt$/i, '');
    const doc = await parseText(readFileSync(f, 'utf8'), name);
    for (const t of tools) {
      const work = mkdtempSync(join(tmpdir(), `realworld-${t}-`));
      const out = join(outDir, `${name}.${t}.pdf`);
      try {
        await TOOLS[t](doc, name, out, work, style);
      } finally {
        if (!keep) rmSync(work, { recursive: true, force: true });
        else process.stderr.write(`kept ${work}\n`);
      }
      process.stdout.write(`${out}\n`);
    }
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`make-realworld-pdfs: ${e.message}\n`);
      process.exitCode = 2;
    },
  );
}
