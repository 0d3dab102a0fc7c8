/**
 * Step 1¾ of the PDF layout: a page block in two columns that are no running text — the
 * agreement's fields (labels over values) on the left, the overview of covers or the vehicle on the
 * right, a notice's two columns — read as the text reader reads it (src/parse/text-columns.ts):
 * the left column's lines, then the right column's. The same test decides for both readers: the
 * page's lines are set out as text and the blocks the text reader finds in two columns are split
 * at their gutter (flow.ts finds columns of running text and blocks of fields side by side; this
 * step runs where neither did).
 *
 * - A page set in a fixed-width font (a text printed as it stands) is set out with each cell at
 *   the character column its x gives.
 * - A page in a proportional font has no character columns: a cell's x over the width of a
 *   character puts a table's cells off its header's columns. There the gutter is found first, as
 *   Tabula and pdfplumber find a column edge: an x where cells of many lines start after a wide
 *   gap, with no glyph of those lines in the strip before it. Each line is then set out as its
 *   text left of the gutter, a gutter of blanks, its text right of it (a cell across the gutter
 *   runs across the set-out line too), and the text reader's test says whether the block is two
 *   columns — a table is not: its cells are figures, its rows have amounts on both sides, its
 *   header names columns on both sides.
 */
import { columnBlocks, MIN_RIGHT, type ColumnBlock } from '../text-columns.js';
import type { RawLine } from '../text-cells.js';
import { LAYOUT, type PLine, type Seg } from './types.js';

/** A line's pitch, × its font size, when the pitch cannot be measured. */
const PITCH = 1.2;

/** The width of one character on the page: the median over its cells. */
function charWidth(lines: readonly PLine[]): number {
  const w: number[] = [];
  for (const l of lines) for (const s of l.segs) if (s.text.length >= 3) w.push((s.x1 - s.x0) / s.text.length);
  w.sort((a, b) => a - b);
  return w[w.length >> 1] ?? 0;
}

/** A line set out as text: each cell at its character column, two blanks at least between cells. */
function asText(l: PLine, left: number, cw: number): { raw: string; cols: number[] } {
  let raw = '';
  const cols: number[] = [];
  for (const s of l.segs) {
    let col = Math.round((s.x0 - left) / cw);
    if (raw.length > 0 && col < raw.length + 2) col = raw.length + 2;
    raw = raw.padEnd(col) + s.text;
    cols.push(col);
  }
  return { raw, cols };
}

function part(l: PLine, segs: Seg[]): PLine {
  return { ...l, segs, text: segs.map((s) => s.text).join('\t') };
}

/** Whether a page is set in a fixed-width font: its lines of two cells or more are (a line of one cell does not tell). */
function fixedWidth(lines: readonly PLine[]): boolean {
  const told = lines.filter((l) => l.segs.length >= 2);
  const mono = told.filter((l) => l.mono).length;
  return mono >= 3 && mono * 5 >= told.length * 4;
}

/** Line numbers as a text export has them: a gap of blank lines where the page leaves space. */
function numbered(lines: readonly PLine[], raw: readonly string[]): RawLine[] {
  const raws: RawLine[] = [];
  let n = 1;
  lines.forEach((l, k) => {
    if (k > 0) n += Math.max(1, Math.round((lines[k - 1]!.y - l.y) / (PITCH * l.size)));
    raws.push({ page: l.page, line: n, raw: raw[k]! });
  });
  return raws;
}

/**
 * The lines with each block split at its gutter: the block's left parts, then its right parts
 * (`right` tells a line's cells apart; `clean` takes off what is no text of either column — a bar
 * drawn in the gutter — and drops a cell that held nothing else).
 */
function splitBlocks(lines: PLine[], blocks: readonly ColumnBlock[], right: (k: number, j: number) => boolean, clean: (s: Seg) => Seg | undefined = (s) => s): PLine[] {
  const out: PLine[] = [];
  let copied = 0;
  for (const { from, to } of blocks) {
    for (let k = copied; k < from; k++) out.push(lines[k]!);
    const rights: PLine[] = [];
    for (let k = from; k <= to; k++) {
      const l = lines[k]!;
      const side = (r: boolean) => l.segs.flatMap((s, j) => (right(k, j) === r ? (clean(s) ?? []) : []));
      const a = side(false);
      const b = side(true);
      const whole = (segs: Seg[]) => segs.length === l.segs.length && segs.every((s, j) => s === l.segs[j]);
      if (a.length) out.push(whole(a) ? l : part(l, a));
      if (b.length) rights.push(whole(b) ? l : part(l, b));
    }
    out.push(...rights);
    copied = to + 1;
  }
  for (let k = copied; k < lines.length; k++) out.push(lines[k]!);
  return out;
}

/** One page's lines with its blocks in two columns read column by column; the same array when there are none. */
export function pageColumns(lines: PLine[]): PLine[] {
  if (lines.length < 5) return lines;
  const cw = charWidth(lines);
  if (!(cw > 0)) return lines;
  const left = Math.min(...lines.map((l) => l.segs[0]!.x0));
  if (!fixedWidth(lines)) return proportionalColumns(lines, left, cw);
  // (a page set in a fixed-width font — a text printed as it stands — has character columns to
  // measure the gutter in; set out so from a proportional font's x, the cells of a table's rows
  // came out off their header's columns, and three tables of the main set's PDFs were split:
  // there the gutter is found first, proportionalColumns)
  const set = lines.map((l) => asText(l, left, cw));
  const blocks = columnBlocks(numbered(lines, set.map((s) => s.raw)));
  if (blocks.length === 0) return lines;
  return splitBlocks(lines, blocks, (k, j) => set[k]!.cols[j]! >= blocks.find((b) => b.from <= k && k <= b.to)!.at - 1);
}

/** The fewest lines whose cells start at one x after a wide gap, for that x to be tried as a gutter. */
const MIN_STARTS = 3;
/** A gutter's gap before the right column's cells, × font size (wider than a table's padding: two characters and more). */
const GUTTER_GAP = 1.5;
/** Gutters tried on one page, those most lines start at first. */
const MAX_TRIED = 3;

/**
 * The x where cells start after a wide gap on MIN_STARTS lines or more (to LAYOUT.alignX), those
 * most lines start at first: where a page's right column may start.
 */
function gutterStarts(lines: readonly PLine[]): number[] {
  const starts: { x: number; n: number }[] = [];
  for (const l of lines) {
    for (let j = 1; j < l.segs.length; j++) {
      const x = l.segs[j]!.x0;
      if (x - l.segs[j - 1]!.x1 < GUTTER_GAP * l.size) continue;
      const s = starts.find((k) => Math.abs(k.x - x) <= LAYOUT.alignX);
      if (s) s.n++;
      else starts.push({ x, n: 1 });
    }
  }
  return starts
    .filter((s) => s.n >= MIN_STARTS)
    .sort((a, b) => b.n - a.n)
    .slice(0, MAX_TRIED)
    .map((s) => s.x);
}

/**
 * A line of a proportional font set out at a gutter x2 that the right column starts at character
 * column `at`: its cells left of the gutter from the margin, its cells right of it from `at`, each
 * at its x over the width of a character, two blanks at least between cells. A cell across the
 * gutter is drawn on to column `at` (the line has text across the gutter: no line of two columns).
 */
function atGutter(l: PLine, x2: number, left: number, cw: number, at: number): string {
  let raw = '';
  for (const s of l.segs) {
    const text = unbarred(s)?.text;
    if (text === undefined) continue;
    const rightSide = s.x0 >= x2 - LAYOUT.alignX;
    let col = rightSide ? at + Math.max(0, Math.round((s.x0 - x2) / cw)) : Math.round((s.x0 - left) / cw);
    if (raw.length > 0 && col < raw.length + 2) col = raw.length + 2;
    raw = raw.padEnd(col) + text;
    if (!rightSide && s.x1 > x2 - LAYOUT.wordGap * l.size && raw.length < at + 1) raw = raw.padEnd(at + 1, '_');
  }
  return raw;
}

/** How far a left column's line may start right of the page's margin, × font size. */
const INDENT = 3;

/**
 * Whether a block's lines are a table's rows split at one of its column gaps: many numeric cells a
 * line — two cells or more with figures right of the gap («Kasko   egenandel 6 000   premie 7 450»,
 * «Forsikringsnummer:   81 552 907   Utstedt:   03.06.2025») on a third of the lines with text on
 * both sides or more (a page's right column holds one figure a line at most: a cover and its price
 * beside the agreement's fields; a sentence with its amounts in it is one cell); or the left side
 * starting off the page's margin on a third of them (the gap is between a table's middle columns);
 * or two lines or more with two cells of words right of the gap (a table's columns of text beside
 * its label column).
 */
function tableRows(block: readonly PLine[], x2: number, left: number): boolean {
  let both = 0;
  let rows = 0;
  let inner = 0;
  let textCells = 0;
  for (const l of block) {
    const right = l.segs.filter((s) => s.x0 >= x2 - LAYOUT.alignX && unbarred(s) !== undefined);
    // (two cells of words right of the gap: a table's text columns, «Dekkes   Dekkes ikke» over their lists)
    if (right.length >= 2 && !right.some((s) => /\d/.test(s.text))) textCells++;
    if (right.length === l.segs.length || right.length === 0) continue;
    both++;
    if (right.filter((s) => /\d/.test(s.text)).length >= 2) rows++;
    // (the left side starting off the margin: a table's middle column, «Hva er forsikret?   - Bygning med …   - Skade som …»)
    if (l.segs[0]!.x0 - left > INDENT * l.size) inner++;
  }
  return (rows * 3 >= both && rows > 0) || inner * 3 >= both || textCells >= 2;
}

/** A cell without the bars drawn in a gutter at its ends («| | Grunnbeløpet i folketrygden (G)»), or undefined when nothing else is left. */
function unbarred(s: Seg): Seg | undefined {
  const text = s.text.replace(/^(?:\|\s*)+/, '').replace(/(?:\s*\|)+$/, '');
  if (text.trim() === '') return undefined;
  return text === s.text ? s : { ...s, text };
}

/** A page in a proportional font: its blocks in two columns at the first gutter (gutterStarts) the text reader's test finds any at. */
function proportionalColumns(lines: PLine[], left: number, cw: number): PLine[] {
  for (const x2 of gutterStarts(lines)) {
    const leftOf = (l: PLine) => l.segs.filter((s) => unbarred(s) !== undefined && s.x0 < x2 - LAYOUT.alignX && s.x1 <= x2 - LAYOUT.wordGap * l.size);
    // (the gutter's column: right of the longest left part as set out, with room for a gutter)
    let at = Math.max(MIN_RIGHT, Math.ceil((x2 - left) / cw));
    for (const l of lines) {
      const a = leftOf(l);
      if (a.length > 0) at = Math.max(at, asText(part(l, a), left, cw).raw.length + 3);
    }
    const blocks = columnBlocks(numbered(lines, lines.map((l) => atGutter(l, x2, left, cw, at))), at).filter((b) => !tableRows(lines.slice(b.from, b.to + 1), x2, left));
    if (blocks.length > 0) return splitBlocks(lines, blocks, (k, j) => lines[k]!.segs[j]!.x0 >= x2 - LAYOUT.alignX, unbarred);
  }
  return lines;
}
