#!/usr/bin/env node
// PDFs of the test corpus (test/corpus/docs and holdout, see its README), laid out as insurers'
// document systems and browsers lay out real ones, so that `npm run accuracy` measures the PDF
// reader on the same facts as the text documents. The PDFs are committed (CI has no Chromium).
//
//   node scripts/make-corpus-pdfs.mjs                         every document, both generators
//   node scripts/make-corpus-pdfs.mjs --tools rowpitch        one generator
//   node scripts/make-corpus-pdfs.mjs --tools lo,groff        LibreOffice and groff (the OTHER_TOOLS documents)
//   node scripts/make-corpus-pdfs.mjs docs/NAME.txt …         some documents (paths under test/corpus)
//   node scripts/make-corpus-pdfs.mjs --long                  only the long renewal (test/corpus/long, written
//                                                             by scripts/make-corpus-long.mjs)
//
// Writes test/corpus/pdf/NAME.<generator>.pdf. The generators lay the same document out
// differently:
// - rowpitch (pdfkit, standard Helvetica, a few KB a file): as a policy system prints a schedule.
//   Every line — running text, a table row, the second line of a wrapped cell — at one line pitch,
//   so a wrapped product name or address looks exactly like a new row; column widths from the
//   content but text columns capped, so long names and addresses wrap; amounts right-aligned in
//   their column; a table's header row in bold; no rules; «Side N av M» at the foot.
// - chromium (HTML printed by headless Chromium, A5 pages): as a web page or a mail is printed.
//   Tables at full width with a rule under every row, the header row repeated at the top of
//   every page the table runs onto, empty cells kept, amounts left-aligned, padding; documents
//   without wide tables set in two columns per page. Chromium embeds fonts, so these PDFs are
//   larger: only the documents listed in CHROMIUM are printed (see below).
//
// The text is read here, not by the parser: a line with tabs, «|» or «;» between cells, or a block
// of lines whose columns line up on runs of spaces, is a table row; a line whose first cell is
// empty, or that has no amount under a row that had one, continues the row above (a wrapped cell
// in the text becomes a wrapped cell in the PDF); a form feed is a page break; HTML tags are
// rendered as what they show (a <li> as a bullet line).
//
// Needs (Debian) for chromium: chromium fonts-liberation (see scripts/make-realworld-pdfs.mjs).
import PDFDocument from 'pdfkit';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLongRenewal } from './make-corpus-long.mjs';
import { PAGE as A4, wrap as wrapWords } from './make-pdfs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(root, 'test', 'corpus');
const OUT = join(CORPUS, 'pdf');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 12, 0, 0));

/**
 * The documents Chromium prints: tables across pages, repeated headers, empty cells, two-column
 * pages, HTML sources. Kept to these so the committed PDFs stay small (~30 KB each).
 */
export const CHROMIUM = [
  'docs/gjensidige-forsikringsbevis-naering-2024.txt',
  'docs/gjensidige-fornyelse-pdftekst-2024.txt',
  'docs/klp-forsikringsavtale-kommune.txt',
  'docs/nbbl-fornyelse-borettslag-2024.txt',
  'docs/naturskadepool-premiesats-2025.txt',
  'docs/sparebank1-forsikringsbevis-feltpar-2025.txt',
  'docs/klp-forsikringsbevis-tre-felt-2026.txt',
  'docs/gjensidige-forsikringsbevis-tre-kolonner-2025.txt',
  'holdout/soderberg-megleroppsummering-2024.txt',
  'long/mid-forsikringsoversikt-eiendom-2025.txt',
];

/**
 * The main-set documents also printed by LibreOffice (`lo`: Writer from HTML) and groff (`groff`:
 * ms with tbl tables, through PostScript) as scripts/make-unseen-pdfs.mjs lays them out: tables
 * whose wrapped cells are justified text blocks, right-aligned headers set close to the next,
 * rules between rows, the header repeated on the next page. Kept to these (LibreOffice embeds
 * fonts: ~25 KB a file); the hold-out documents are never printed with these tools here, so that
 * `make-unseen-pdfs.mjs` still measures them on layouts nobody tuned on.
 */
export const OTHER_TOOLS = [
  // (a «Min side» card's fields, label and value a space apart in LibreOffice's PDF: src/parse/pdf/card-fields.ts)
  'docs/tryg-min-side-kort-felt-pa-linje-2027.txt',
  'docs/storebrand-bevis-to-produktspalter-adresse-brutt-2027.txt',
  'docs/fremtind-gardsbruk-adresse-over-gnr-2026.txt',
  'docs/eika-gardsbevis-objekt-dekning-nynorsk-2027.txt',
  'docs/protector-industri-bevis-tilleggsdekninger-forsterisiko-2026.txt',
  'docs/ambiguous-to-utstedelsesdatoer.txt',
  'docs/eika-forsikringsbevis-verksted.txt',
  'docs/frende-motor-rader-2025.txt',
  'docs/gjensidige-forsikringsbevis-naering-2024.txt',
  'docs/if-nettside-fornyelse-2025.txt',
  'docs/storebrand-fornyelse-naering-2025.txt',
  'docs/storebrand-megler-semikolon-2024.txt',
  'docs/tryg-nyheter-fornyelse-2024.txt',
  'docs/skogbrand-forsikringsbevis-skog-2025.txt',
  'docs/tryg-forsikringsbevis-borettslag-sider-2025.txt',
  'docs/tryg-landbruk-tospalte-2025.txt',
  'docs/landkreditt-gard-seksjoner-2026.txt',
  'docs/sparebank1-forsikringsbevis-feltpar-2025.txt',
  'docs/klp-forsikringsbevis-tre-felt-2026.txt',
  'docs/gjensidige-forsikringsbevis-tre-kolonner-2025.txt',
  'docs/frende-forsikringsbevis-bedrift-lange-celler-2026.txt',
  'docs/tryg-forsikringsbevis-topptekst-i-kr-2026.txt',
  'docs/gjensidige-forsikringsbevis-strektabell-2026.txt',
  'docs/eika-entreprenor-tomme-forstecelle-2026.txt',
  'docs/knif-yrkesskade-lovbestemt-tillegg-2026.txt',
  'docs/sparebank1-nettside-personal-g-2026.txt',
  'docs/gjensidige-privat-smal-priskolonne-2026.txt',
  'docs/tryg-forsikringsbevis-ombrutt-produkt-2026.txt',
  'docs/tryg-motor-omfang-kolonne-2026.txt',
  'docs/klp-kommune-dekning-tom-sum-2026.txt',
  'docs/klp-forsikringsbevis-brevhode-to-blokker-2026.txt',
  'docs/gjensidige-forsikringsbevis-tomt-sted-2026.txt',
  'docs/europeiske-flettebrev-reise-2026.txt',
  'docs/fremtind-oversikt-motor-blandet-2025.txt',
  'docs/storebrand-megler-to-spalter-2026.txt',
  'docs/storebrand-fornyelse-egenandel-na-fra-dato-2026.txt',
  'docs/klp-personal-tekstblokker-2026.txt',
  'docs/gjensidige-forsikringsbevis-ombrutte-summer-2026.txt',
  'docs/tryg-fornyelse-nyhetsbrev-tospalte-2026.txt',
  'docs/frende-fornying-endringar-for-no-2026.txt',
  'docs/megler-selskapskolonne-lausoyre-nynorsk-2026.txt',
  'docs/kommune-oversikt-forkortingar-nynorsk-2026.txt',
  'docs/sparebank1-sameie-totalpris-under-kolonnene-2026.txt',
  'docs/if-forsikringsbevis-sted-forst-2026.txt',
  'docs/agria-hund-forsikringsbevis-smale-kolonner-2026.txt',
  'docs/gjensidige-gardsbevis-ombrutte-produktnavn-2027.txt',
  'docs/if-naeringsbevis-lange-navn-og-adresser-2027.txt',
  'docs/megler-oversikt-ombrutte-navn-steder-2027.txt',
  'docs/frende-gardsbevis-ombrotne-celler-nynorsk-2027.txt',
  'docs/storebrand-forsikringsbevis-bat-henger-punktliste-2026.txt',
  'docs/tryg-forsikringsbevis-eiendom-enhet-kr-mill-2027.txt',
  'docs/gjensidige-gardsbevis-forsikringsform-stabbur-sum-2027.txt',
  // (a header's labels with colons stacked beside their values, flowed into one cell each and wrapped in LibreOffice's table)
  'docs/frende-forsikringsbevis-verksted-stablede-etiketter-2027.txt',
  // (each house's row a table of its own over its lot set as a paragraph across the cover: src/parse/pdf/lines.ts joinStretchedWords)
  'docs/frende-husbevis-adresse-under-raden-2027.txt',
  // (a field's street over its lot, set on one line in the field's cell: src/parse/text-cells.ts placeApart)
  'docs/tryg-hyttebevis-sted-to-linjer-felt-2027.txt',
];

/**
 * Of OTHER_TOOLS, the documents whose tables set their header row left-aligned over amounts set
 * right-aligned (as many document templates do): a header «Forsikringssum» starts left of its
 * amounts, which end at the column's right edge.
 */
export const HEADER_LEFT = ['docs/tryg-forsikringsbevis-borettslag-sider-2025.txt'];

/**
 * Of OTHER_TOOLS, the documents groff sets in two columns on the page (a newsletter's layout):
 * the lines of the two columns stand side by side on the same baselines.
 */
export const TWO_COLUMNS = ['docs/tryg-fornyelse-nyhetsbrev-tospalte-2026.txt'];

// ------------------------------------------------------------------ reading the text

const AMOUNT = /^(?:(?:kr\.?|nok)\s*)?\d{1,3}(?:[ \u00a0.]\d{3})*(?:,(?:\d{1,2}|-))?(?:\s*(?:kr|%))?$/i;
const isAmount = (c) => AMOUNT.test(c.trim()) || /^(?:kr|nok)\s*\d/i.test(c.trim());

/** HTML fragments as what a browser shows: <li> as a bullet line, headings and paragraphs as lines. */
function unhtml(line) {
  if (!/<\/?[a-z][^>]*>/i.test(line)) return [line];
  const parts = line
    .replace(/<li>\s*/gi, '\n• ')
    .replace(/<\/(?:li|p|h\d|ul|div)>/gi, '\n')
    .replace(/<(?:br|ul|p|div)\s*\/?>/gi, '\n')
    .replace(/<h\d>/gi, '\n## ')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.length ? parts : [''];
}

/**
 * Cells of a line that separates them explicitly (tabs, «|», «;»), or undefined. `bare`: the line is
 * under a row written without outer bars («Driftstap | Strandgata 12, | …»), where a line indented
 * to its first bar («        | 9008 Tromsø | | |») has an empty first cell.
 */
function explicitCells(line, bare = false) {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  const t = line.trim();
  if (bare && /^\s+\|/.test(line) && (t.match(/\|/g) ?? []).length >= 2 && !/^\|?[\s:|-]+\|?$/.test(t)) {
    const cells = t.split('|').map((c) => c.trim());
    while (cells.length > 1 && cells.at(-1) === '') cells.pop();
    return cells;
  }
  if ((t.match(/\|/g) ?? []).length >= 2 && !/^\|?[\s:|-]+\|?$/.test(t)) return t.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  if ((t.match(/;/g) ?? []).length >= 1 && !/[.!?]\s/.test(t) && !/\s;|;\s/.test(t)) return t.split(';').map((c) => c.trim());
  return undefined;
}

/** Columns of a block of space-aligned lines: spans between gaps of ≥ 2 spaces in every line. */
function spaceColumns(lines) {
  const width = Math.max(...lines.map((l) => l.length));
  const blank = new Array(width + 2).fill(true);
  for (const l of lines) for (let i = 0; i < l.length; i++) if (l[i] !== ' ') blank[i] = false;
  const spans = [];
  let start = -1;
  let gap = 0;
  for (let i = 0; i <= width + 1; i++) {
    if (!blank[i]) {
      if (start < 0) start = i;
      gap = 0;
    } else if (start >= 0 && ++gap >= 2) {
      spans.push([start, i - 1]);
      start = -1;
    }
  }
  if (start >= 0) spans.push([start, width]);
  return lines.map((l) => spans.map(([a, b]) => l.slice(a, b).trim()));
}

/** A page footer or header of its own («Side 2 av 3», «Sidenr.: 1 av 3»): a line, never a cell. */
const FOOTER = /^\s*(?:side|sidenr\.?:?)\s*\d+\s*(?:av|of)\s*\d+\s*$/i;
const hasGap = (l) => !FOOTER.test(l) && (/\S {2,}\S/.test(l.trim()) || /^ {4,}\S/.test(l));

/** A person item's sum: a G sum, or a sum in words («Etter lov», «Individuelt»). */
const PERSON_SUM = /^(?:(?:inntil\s+)?\d+(?:,\d+)?(?:\s*[-–]\s*\d+(?:,\d+)?)?\s*G|etter\s+lov(?:en|a)?|lovbestemt|individuel(?:t|le?))$/i;

/**
 * «                 Barnetillegg per barn      1 G» under «Gruppeliv     Dødsfall     10 G»: a sub-row of a
 * product cell written once over its items — its own sum under the sum of the row above, no wrapped cell.
 */
function isSubRow(cells, prev) {
  let k = cells.length - 1;
  while (k > 0 && cells[k] === '') k--;
  return k > 1 && cells.slice(1, k).some((c) => c !== '') && PERSON_SUM.test(cells[k].trim()) && PERSON_SUM.test((prev[k] ?? '').trim());
}

/** A row continues the one above when its first cell is empty (not a sub-row: isSubRow), or it has no amount under a row that had one. */
function isContinuation(cells, prev) {
  if (!prev) return false;
  if (cells[0] === '' && cells.some((c) => c !== '')) return !isSubRow(cells, prev);
  return !cells.some(isAmount) && prev.some(isAmount) && cells.filter(Boolean).length < prev.filter(Boolean).length;
}

function merge(prev, cells) {
  cells.forEach((c, k) => {
    if (!c) return;
    while (prev.length <= k) prev.push('');
    // («Tap av fremtidig erverv – lov-» over «bestemt del»: a word broken at its hyphen whole, as wrappedRest holds it)
    prev[k] = !prev[k] ? c : /[A-Za-zÀ-ÖØ-öø-ÿ]-$/.test(prev[k]) && /^[a-zæøå]/.test(c) && !/^(?:og|eller|samt)\s/.test(c) ? `${prev[k].slice(0, -1)}${c}` : `${prev[k]} ${c}`;
  });
}

/** A cell that cannot end there: after a hyphen, a comma, or a joining word. */
const OPEN_CELL = /(?:[A-Za-zÀ-ÖØ-öø-ÿ]-|,|\s(?:og|eller|samt|for|av|med|i|til))$/;

/**
 * A line without cells under a row of amounts that holds the rest of one of its cells («Produkt-
 * og» / «bedriftsansvar», «Bedrifts-» / «ansvar for …», «Driftsavbrudd,» / «12 mnd ansvarstid»):
 * joined to that cell (the only one ending in a comma, else the first), as the document system
 * that wrapped it holds it — a word broken at its hyphen whole. False (nothing joined) otherwise.
 */
function wrappedRest(row, text) {
  if (isAmount(text) || text.length > 60 || /[.!?:;]$/.test(text) || !row.some(isAmount)) return false;
  const commas = row.flatMap((c, k) => (c.endsWith(',') ? [k] : []));
  const k = commas.length === 1 ? commas[0] : OPEN_CELL.test(row[0]) ? 0 : -1;
  if (k < 0 || !OPEN_CELL.test(row[k])) return false;
  row[k] = /[A-Za-zÀ-ÖØ-öø-ÿ]-$/.test(row[k]) && !/^(?:og|eller|samt)\s/.test(text) ? `${row[k].slice(0, -1)}${text}` : `${row[k]} ${text}`;
  return true;
}

/**
 * A corpus text → blocks: {kind: 'para', text, bold} | {kind: 'table', rows} | {kind: 'gap'} |
 * {kind: 'page'}.
 */
export function readBlocks(text) {
  const blocks = [];
  const pages = text.replace(/\r\n?/g, '\n').replace(/[\u202f\u2009]/g, ' ').split('\f');
  pages.forEach((page, p) => {
    if (p > 0) blocks.push({ kind: 'page' });
    const raw = page.split('\n').flatMap(unhtml);
    let i = 0;
    while (i < raw.length) {
      const line = raw[i].replace(/\s+$/, '');
      if (!line.trim()) {
        if (blocks.length && blocks.at(-1).kind !== 'gap') blocks.push({ kind: 'gap' });
        i++;
        continue;
      }
      if (/^[|+]?[\s:|+-]+[|+]?$/.test(line.trim()) && line.includes('-')) {
        i++; // a Markdown table's rule line, or a text box's «+-----+» (its box is not drawn)
        continue;
      }
      const ex = explicitCells(line);
      if (ex && ex.length === 1) {
        // «| Egenandel:   6.000 kr   |»: a line of a text box, printed as the line inside it
        raw[i] = ex[0];
        continue;
      }
      if (ex && ex.length > 1) {
        const rows = [];
        const bare = line.includes('|') && !line.trim().startsWith('|');
        while (i < raw.length && raw[i].trim()) {
          const c = explicitCells(raw[i], bare);
          if (!c) {
            if (/^\|?[\s:|-]+\|?$/.test(raw[i].trim())) {
              i++;
              continue;
            }
            // («Produkt- og<TAB>…<TAB>38.400» over «bedriftsansvar»: the rest of a cell, set in that cell)
            if (rows.length && wrappedRest(rows.at(-1), raw[i].trim())) {
              i++;
              continue;
            }
            break;
          }
          rows.push(c);
          i++;
        }
        blocks.push({ kind: 'table', rows });
        continue;
      }
      if (hasGap(line)) {
        const group = [];
        while (i < raw.length && raw[i].trim() && !explicitCells(raw[i]) && hasGap(raw[i])) group.push(raw[i++].replace(/\s+$/, ''));
        const rows = [];
        for (const cells of spaceColumns(group)) {
          if (isContinuation(cells, rows.at(-1))) merge(rows.at(-1), cells);
          else rows.push([...cells]);
        }
        for (const r of rows) while (r.length > 1 && r.at(-1) === '' && rows.some((o) => o.length < r.length)) r.pop();
        if (rows.every((r) => r.filter(Boolean).length <= 1)) rows.forEach((r) => blocks.push({ kind: 'para', text: r.filter(Boolean).join(' ') }));
        else blocks.push({ kind: 'table', rows });
        continue;
      }
      const m = /^(#{1,4})\s+(.*)$/.exec(line.trim()) ?? /^\*\*(.*)\*\*$/.exec(line.trim());
      if (m) blocks.push({ kind: 'para', text: (m[2] ?? m[1]).trim(), bold: true });
      else blocks.push({ kind: 'para', text: line.trim() });
      i++;
    }
  });
  return blocks;
}

// ------------------------------------------------------------------ rowpitch (pdfkit)

const RP = { left: 50, right: 545, top: 56, bottom: 790, size: 9, pitch: 11.5, gutter: 12, capFirst: 150, capText: 165 };

/** The sample generator's word wrap (scripts/make-pdfs.mjs); an empty cell is one empty line. */
function wrap(doc, text, width) {
  const lines = wrapWords(doc, text.replace(/ +/g, ' ').trim(), width);
  return lines.length ? lines : [''];
}

function rowpitchWidths(doc, rows, total) {
  const n = Math.max(...rows.map((r) => r.length));
  const natural = new Array(n).fill(0);
  // a column of amounts (the header row and a stray text cell aside) is right-aligned, never wrapped
  const amounts = new Array(n).fill(0);
  const filled = new Array(n).fill(0);
  const body = rows.length >= 3 && !rows[0].some(isAmount) ? rows.slice(1) : rows;
  for (const r of rows) r.forEach((c, k) => (natural[k] = Math.max(natural[k], doc.widthOfString(c))));
  for (const r of body)
    r.forEach((c, k) => {
      if (!c) return;
      filled[k]++;
      if (isAmount(c)) amounts[k]++;
    });
  const amountCol = amounts.map((a, k) => a > 0 && a >= 0.6 * filled[k]);
  const caps = natural.map((w, k) => (amountCol[k] ? w : Math.min(w, k === 0 ? RP.capFirst : RP.capText)));
  const avail = total - RP.gutter * (n - 1);
  const sum = caps.reduce((a, b) => a + b, 0);
  if (sum <= avail) return { widths: caps, amountCol };
  const fixed = caps.reduce((a, w, k) => a + (amountCol[k] ? w : 0), 0);
  const flex = sum - fixed;
  return { widths: caps.map((w, k) => (amountCol[k] ? w : Math.max(30, (w * (avail - fixed)) / flex))), amountCol };
}

function rowpitchLayout(doc, blocks) {
  const pages = [[]];
  let y = RP.top;
  const width = RP.right - RP.left;
  const line = (items) => {
    if (y + RP.pitch > RP.bottom) {
      pages.push([]);
      y = RP.top;
    }
    for (const it of items) pages.at(-1).push({ ...it, y });
    y += RP.pitch;
  };
  for (const b of blocks) {
    if (b.kind === 'page') {
      if (pages.at(-1).length) {
        pages.push([]);
        y = RP.top;
      }
      continue;
    }
    if (b.kind === 'gap') {
      if (y > RP.top) y += RP.pitch * 0.6;
      continue;
    }
    if (b.kind === 'para') {
      const font = b.bold ? 'Helvetica-Bold' : 'Helvetica';
      doc.font(font).fontSize(RP.size);
      for (const l of wrap(doc, b.text, width)) line([{ x: RP.left, text: l, font }]);
      continue;
    }
    doc.font('Helvetica').fontSize(RP.size);
    const { widths, amountCol } = rowpitchWidths(doc, b.rows, width);
    const xs = widths.map((_, k) => RP.left + widths.slice(0, k).reduce((a, w) => a + w + RP.gutter, 0));
    const header = b.rows.length >= 3 && !b.rows[0].some(isAmount);
    b.rows.forEach((row, r) => {
      const font = header && r === 0 ? 'Helvetica-Bold' : 'Helvetica';
      doc.font(font);
      const cells = row.map((c, k) => wrap(doc, c, widths[k]));
      const h = Math.max(...cells.map((c) => c.length));
      for (let i = 0; i < h; i++) {
        const items = [];
        cells.forEach((c, k) => {
          const t = c[i];
          if (!t) return;
          const right = amountCol[k] && !(header && r === 0);
          items.push({ x: right ? xs[k] + widths[k] - doc.widthOfString(t) : xs[k], text: t, font });
        });
        line(items);
      }
    });
  }
  while (pages.length > 1 && !pages.at(-1).length) pages.pop();
  return pages;
}

export function rowpitchPdf(text, title) {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, size: [A4.width, A4.height], info: { Title: title, Producer: 'skadekalk corpus (rowpitch)', Creator: 'skadekalk corpus', CreationDate: FIXED_DATE } });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pages = rowpitchLayout(doc, readBlocks(text));
  pages.forEach((items, p) => {
    doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    for (const it of items) doc.font(it.font).fontSize(RP.size).text(it.text, it.x, it.y, { lineBreak: false });
    const foot = `Side ${p + 1} av ${pages.length}`;
    doc.font('Helvetica').fontSize(7.5).text(foot, (A4.width - doc.widthOfString(foot)) / 2, 808, { lineBreak: false });
  });
  doc.end();
  return done;
}

// ------------------------------------------------------------------ chromium

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function chromiumHtml(text, title) {
  const blocks = readBlocks(text);
  const twoColumns = !blocks.some((b) => b.kind === 'table' && Math.max(...b.rows.map((r) => r.length)) > 2);
  const out = [];
  for (const b of blocks) {
    if (b.kind === 'page') out.push('<div class="pb"></div>');
    else if (b.kind === 'gap') out.push('<div class="gap"></div>');
    else if (b.kind === 'para') out.push(b.bold ? `<h3>${esc(b.text)}</h3>` : /^[•*–-]\s/.test(b.text) ? `<p class="li">${esc(b.text)}</p>` : `<p>${esc(b.text)}</p>`);
    else {
      const n = Math.max(...b.rows.map((r) => r.length));
      const pad = (r) => [...r, ...new Array(n - r.length).fill('')];
      const header = b.rows.length >= 3 && !b.rows[0].some(isAmount);
      const td = (c) => (isAmount(c) ? `<td class="n">${esc(c)}</td>` : `<td>${esc(c)}</td>`);
      const body = (header ? b.rows.slice(1) : b.rows).map((r) => `<tr>${pad(r).map(td).join('')}</tr>`);
      out.push(`<table>${header ? `<thead><tr>${pad(b.rows[0]).map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>` : ''}<tbody>${body.join('')}</tbody></table>`);
    }
  }
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
@page { size: A5; margin: 14mm 12mm 16mm 12mm; @bottom-right { content: "Side " counter(page) " av " counter(pages); font: 7pt "Liberation Sans"; } }
body { font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; line-height: 1.3; margin: 0; ${twoColumns ? 'columns: 2; column-gap: 8mm;' : ''} }
p { margin: 0 0 2pt; }
p.li { margin-left: 10pt; text-indent: -8pt; }
h3 { font-size: 9.5pt; margin: 6pt 0 3pt; }
.gap { height: 5pt; }
.pb { break-before: page; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0 6pt; }
th, td { border-bottom: 0.5pt solid #666; padding: 2pt 4pt; text-align: left; vertical-align: top; font-size: 8pt; }
th { font-weight: bold; border-bottom: 1pt solid #000; }
td.n { white-space: nowrap; }
tr { break-inside: avoid; }
</style></head>
<body>
${out.join('\n')}
</body></html>
`;
}

function chromiumPdf(text, title, out) {
  const work = mkdtempSync(join(tmpdir(), 'corpus-chromium-'));
  try {
    const page = join(work, 'page.html');
    writeFileSync(page, chromiumHtml(text, title));
    const r = spawnSync(
      'chromium',
      ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', `--user-data-dir=${join(work, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${out}`, `file://${page}`],
      { encoding: 'utf8', timeout: 120000 },
    );
    if (r.error) throw new Error(`chromium: ${r.error.message} (apt-get install chromium fonts-liberation)`);
    if (r.status !== 0) throw new Error(`chromium exited ${r.status}: ${r.stderr}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** LibreOffice and groff PDFs, made by scripts/make-unseen-pdfs.mjs outside the tree and copied in. */
function otherToolPdfs(tools, files) {
  const work = mkdtempSync(join(tmpdir(), 'corpus-other-'));
  try {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'make-unseen-pdfs.mjs'), '--out', work, '--tools', tools.join(','), ...files], { encoding: 'utf8', timeout: 600000 });
    if (r.status !== 0) throw new Error(`make-unseen-pdfs exited ${r.status}: ${r.stderr}`);
    for (const f of files) {
      for (const t of tools) {
        const pdf = `${basename(f, '.txt')}.${t}.pdf`;
        writeFileSync(join(OUT, pdf), readFileSync(join(work, pdf)));
        process.stdout.write(`${relative(root, join(OUT, pdf))}\n`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ command line

function corpusTexts() {
  const out = [];
  for (const set of ['docs', 'holdout', 'long']) for (const f of readdirSync(join(CORPUS, set)).sort()) if (f.endsWith('.txt')) out.push(`${set}/${f}`);
  return out;
}

async function main(argv) {
  let tools = ['rowpitch', 'chromium'];
  const files = [];
  let long = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--tools') tools = argv[++i].split(',');
    else if (argv[i] === '--long') long = true;
    else files.push(relative(CORPUS, join(root, argv[i]).startsWith(CORPUS) ? join(root, argv[i]) : join(CORPUS, argv[i])));
  }
  mkdirSync(OUT, { recursive: true });
  if (long || files.length === 0) {
    const name = writeLongRenewal(join(CORPUS, 'long'));
    const mid = writeLongRenewal(join(CORPUS, 'long'), true);
    if (long) files.push(`long/${name}.txt`, `long/${mid}.txt`);
  }
  const list = files.length ? files : corpusTexts();
  for (const f of list) {
    const name = basename(f, '.txt');
    const text = readFileSync(join(CORPUS, f), 'utf8');
    if (tools.includes('rowpitch')) {
      const out = join(OUT, `${name}.rowpitch.pdf`);
      writeFileSync(out, await rowpitchPdf(text, name));
      process.stdout.write(`${relative(root, out)}\n`);
    }
    if (tools.includes('chromium') && CHROMIUM.includes(f)) {
      const out = join(OUT, `${name}.chromium.pdf`);
      chromiumPdf(text, name, out);
      process.stdout.write(`${relative(root, out)}\n`);
    }
  }
  const other = tools.filter((t) => t === 'lo' || t === 'groff');
  const some = list.filter((f) => OTHER_TOOLS.includes(f));
  if (other.length && some.length) otherToolPdfs(other, some);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`make-corpus-pdfs: ${e.message}\n`);
      process.exitCode = 2;
    },
  );
}
