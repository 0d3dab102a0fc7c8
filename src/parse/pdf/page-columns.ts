/**
 * Step 1¾ of the PDF layout, on a page set in a fixed-width font (a text printed as it stands): a
 * page block in two columns that are no running text — the agreement's fields (labels over
 * values) on the left, the overview of covers or the vehicle on the right — read as the text
 * reader reads it (src/parse/text-columns.ts): the left column's
 * lines, then the right column's. The same test decides for both readers: the page's lines are
 * set out as text, each cell at the character column its x gives, and the blocks the text
 * reader finds in two columns are split at their gutter (flow.ts finds columns of running text
 * and blocks of fields side by side; this step runs where neither did).
 */
import { columnBlocks } from '../text-columns.js';
import type { RawLine } from '../text-cells.js';
import type { PLine, Seg } from './types.js';

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

/** One page's lines with its blocks in two columns read column by column; the same array when there are none. */
export function pageColumns(lines: PLine[]): PLine[] {
  // (only a page set in a fixed-width font — a text printed as it stands — has character columns
  // to measure the gutter in: set out from a proportional font's x, the cells of a table's rows
  // came out off their header's columns, and three tables of the main set's PDFs were split)
  if (lines.length < 5 || !fixedWidth(lines)) return lines;
  const cw = charWidth(lines);
  if (!(cw > 0)) return lines;
  const left = Math.min(...lines.map((l) => l.segs[0]!.x0));
  const set = lines.map((l) => asText(l, left, cw));
  // line numbers as a text export has them: a gap of blank lines where the page leaves space
  const raws: RawLine[] = [];
  let n = 1;
  lines.forEach((l, k) => {
    if (k > 0) n += Math.max(1, Math.round((lines[k - 1]!.y - l.y) / (PITCH * l.size)));
    raws.push({ page: l.page, line: n, raw: set[k]!.raw });
  });
  const blocks = columnBlocks(raws);
  if (blocks.length === 0) return lines;
  const out: PLine[] = [];
  let copied = 0;
  for (const { from, to, at } of blocks) {
    for (let k = copied; k < from; k++) out.push(lines[k]!);
    const rights: PLine[] = [];
    for (let k = from; k <= to; k++) {
      const l = lines[k]!;
      const a = l.segs.filter((_, j) => set[k]!.cols[j]! < at - 1);
      const b = l.segs.filter((_, j) => set[k]!.cols[j]! >= at - 1);
      if (a.length) out.push(a.length === l.segs.length ? l : part(l, a));
      if (b.length) rights.push(b.length === l.segs.length ? l : part(l, b));
    }
    out.push(...rights);
    copied = to + 1;
  }
  for (let k = copied; k < lines.length; k++) out.push(lines[k]!);
  return out;
}
