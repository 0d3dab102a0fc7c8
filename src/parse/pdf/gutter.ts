/**
 * Step 0 of the PDF layout, before lines are built: a page set in two columns of a proportional
 * font (HTML printed with CSS columns, boxes or cards side by side), found from its items'
 * x-extents as Tabula's stream mode and pdfplumber find a column boundary: a vertical gutter that no
 * item crosses, over many lines. Where the two columns' lines do not share baselines (each
 * column has its own paragraph gaps and headings, so its lines stand off the other's — a table's
 * cells begin on one baseline row by row), the page is read as a text export has it: the left
 * column from top to bottom, then the right. Built line by line across both, a premium would stand
 * beside another row's name, and a line close in height to the other column's would be merged
 * into it (flow.ts, which orders lines already built, cannot part those).
 *
 * A line that crosses the gutter (a heading over both columns, a footer) ends a band; each band
 * between them is tested on its own. Columns whose lines stand on one baseline grid throughout
 * cannot be told from a table's and are left as they are.
 */
import { LAYOUT, type PageText, type TextItem } from './types.js';

/** The gutter stands between these fractions of the text's width. */
const MIDDLE = [0.25, 0.75] as const;
/** Each column of a band has at least this many lines. */
const MIN_LINES = 4;
/** A line of one column this close (× font size) to a line of the other stands on its baseline. */
const SLACK = 0.2;
/** At least this many lines off the other column's baselines make two columns. */
const MIN_OFF = 3;
/** One line in this many or more of those beside the other column stands off its baselines (a table: hardly any). */
const OFF_SHARE = 4;
/** The gutter is at least this wide, × font size (a space between words is 0,25). */
const MIN_GUTTER = 1.0;

/** The right column's text stands this close above and below an item that runs over into it, × font size (a line's pitch). */
const OVERFLOW_REACH = 1.5;

const NON_SPACE = /\S/;

const x1Of = (it: TextItem) => it.x + Math.max(0, it.width);

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

/** The baselines of a set of items, top to bottom (items within `sameLine` of one another are one). */
function baselinesOf(items: TextItem[], size: number): number[] {
  const ys = items.map((it) => it.y).sort((a, b) => b - a);
  const out: number[] = [];
  for (const y of ys) if (!out.length || out[out.length - 1]! - y > LAYOUT.sameLine * size) out.push(y);
  return out;
}

/** The number of values of the ascending `v` below `x` (`orEqual`: at or below). */
function countBelow(v: Float64Array, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = v.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v[mid]! < x || (orEqual && v[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The x in the middle of the text that the fewest items cross (the widest gap among equals), and how many cross it.
 * Each candidate is counted from the items' starts and ends in order (binary search), not by a pass over every item:
 * a page of a few hundred items has as many candidates, and one pass each made this step grow with the square of them.
 */
export function gutterX(items: TextItem[]): { x: number; crossing: number } | undefined {
  let left = Infinity;
  let right = -Infinity;
  for (const it of items) {
    left = Math.min(left, it.x);
    right = Math.max(right, x1Of(it));
  }
  const w = right - left;
  if (!(w > 0)) return undefined;
  const lo = left + MIDDLE[0] * w;
  const hi = left + MIDDLE[1] * w;
  const cands: number[] = [];
  for (const it of items) {
    if (it.x - 0.5 > lo && it.x - 0.5 < hi) cands.push(it.x - 0.5);
    const e = x1Of(it) + 0.5;
    if (e > lo && e < hi) cands.push(e);
  }
  const starts = Float64Array.from(items, (it) => it.x).sort();
  const ends = Float64Array.from(items, x1Of).sort();
  // (an item of no width standing exactly on a candidate is neither left of it nor right of it: counted item by item)
  const points = new Set<number>();
  for (const it of items) if (x1Of(it) === it.x) points.add(it.x);
  // (an item whose width is no number is neither: every candidate counted item by item, as before)
  const byItems = items.some((it) => !Number.isFinite(x1Of(it)));
  let best: { x: number; crossing: number; gap: number } | undefined;
  for (const x of cands) {
    const { crossing, gap } = byItems || points.has(x) ? acrossByItems(items, x) : acrossSorted(starts, ends, x);
    if (!best || crossing < best.crossing || (crossing === best.crossing && gap > best.gap)) best = { x, crossing, gap };
  }
  return best && { x: best.x, crossing: best.crossing };
}

/**
 * How many items cross `x` (start left of it, end right of it), and the gap around it: from the last end at or left of
 * it to the first start at or right of it, among the items that do not cross it.
 */
function acrossSorted(starts: Float64Array, ends: Float64Array, x: number): { crossing: number; gap: number } {
  const endsLeft = countBelow(ends, x, true);
  // (an item ending at or left of x starts left of it too: the others starting left of x cross it)
  const crossing = countBelow(starts, x, false) - endsLeft;
  const leftEnd = endsLeft > 0 ? ends[endsLeft - 1]! : -Infinity;
  const firstRight = countBelow(starts, x, false);
  const rightStart = firstRight < starts.length ? starts[firstRight]! : Infinity;
  return { crossing, gap: rightStart - leftEnd };
}

/** The same, item by item (where an item of no width stands on `x`). */
export function acrossByItems(items: TextItem[], x: number): { crossing: number; gap: number } {
  let crossing = 0;
  let leftEnd = -Infinity;
  let rightStart = Infinity;
  for (const it of items) {
    const x1 = x1Of(it);
    if (it.x < x && x1 > x) crossing++;
    else if (x1 <= x) leftEnd = Math.max(leftEnd, x1);
    else rightStart = Math.min(rightStart, it.x);
  }
  return { crossing, gap: rightStart - leftEnd };
}

/**
 * Do a band's two columns flow apart? Of the lines beside the other column's text (a line of it
 * within a table's gap above and below), a quarter or more stand off its baselines: neither on one
 * of them nor a whole number of the line pitch from the nearest above or below (a table's wrapped
 * cell goes on at its row's pitch). A table's rows begin on one baseline: hardly a line is off.
 * Two columns of running text in the same font and leading are on one grid where their paragraphs
 * happen to line up, and off it after each heading or gap of their own.
 */
function flowApart(ysL: number[], ysR: number[], size: number): boolean {
  const d: number[] = [];
  for (const col of [ysL, ysR]) for (let i = 1; i < col.length; i++) d.push(col[i - 1]! - col[i]!);
  const pitch = median(d);
  if (!(pitch > 0)) return false;
  const slack = SLACK * size;
  let on = 0;
  let off = 0;
  const count = (col: number[], other: number[]) => {
    for (let i = 0; i < col.length; i++) {
      const y = col[i]!;
      let above = Infinity;
      let below = Infinity;
      for (const o of other) {
        if (o >= y) above = Math.min(above, o - y);
        else below = Math.min(below, y - o);
      }
      if (Math.min(above, below) <= slack) {
        on++;
        continue;
      }
      // (beside the other column's running text: lines of it close above and below — not a
      // column's lines where the other has ended, or a footer far below)
      if (above > LAYOUT.tableGap * size || below > LAYOUT.tableGap * size) continue;
      // (at the page's common pitch, or at this column's own from its line above: a table's wrapped
      // cell under a header set apart goes on at its rows' pitch, not the page's)
      const own = i > 0 ? col[i - 1]! - y : 0;
      const onGrid = (dist: number) =>
        [pitch, own].some((p) => {
          if (!(p > slack)) return false;
          const r = dist % p;
          return Math.min(r, p - r) <= slack;
        });
      if ((above < Infinity && onGrid(above)) || (below < Infinity && onGrid(below))) continue;
      off++;
    }
  };
  count(ysL, ysR);
  count(ysR, ysL);
  return off >= MIN_OFF && off * OFF_SHARE >= on + off;
}

/**
 * A page's items in reading order as parts, each to be read as a page of its own: bands of lines
 * across the page as they stand, and each band in two columns as its left column, then its right.
 * Undefined when the page has no band in two columns.
 */
export function columnParts(page: PageText): PageText[] | undefined {
  const items = page.items.filter((it) => NON_SPACE.test(it.str) && Number.isFinite(it.x) && Number.isFinite(it.y) && it.size > 0);
  if (items.length < 2 * MIN_LINES) return undefined;
  const size = median(items.map((it) => it.size));
  const g = gutterX(items);
  if (!g) return undefined;
  const { x } = g;
  // bands: the items between lines that cross the gutter (a heading over both columns) — not an
  // item that runs from the left column over the right column's text: a table wider than its
  // column, which a browser lets overflow into the next («HDI Global Specialty SE, Norway» of a
  // two-column table printed over the right column's «Vi må ha dette …»), the left column's. The
  // right column's text stands on its line, or within a line above and below it — or above or
  // below a cell of a row, an item that starts right of the page's margin; a heading over both
  // columns starts at the margin and has no other column's text beside it.
  const margin = Math.min(...items.map((it) => it.x));
  const overflows = (it: TextItem) => {
    const reach = OVERFLOW_REACH * it.size;
    const beside = items.filter((o) => o.x >= x && o.x < x1Of(it));
    if (beside.some((o) => Math.abs(o.y - it.y) <= LAYOUT.sameLine * Math.max(o.size, it.size))) return true;
    const above = beside.some((o) => o.y > it.y && o.y - it.y <= reach);
    const below = beside.some((o) => o.y < it.y && it.y - o.y <= reach);
    return (above && below) || ((above || below) && it.x > margin + LAYOUT.cellGap * it.size);
  };
  const crossY = items.filter((it) => it.x < x && x1Of(it) > x && !overflows(it)).map((it) => it.y);
  const across = (it: TextItem) => crossY.some((y) => Math.abs(y - it.y) <= LAYOUT.sameLine * Math.max(size, it.size));
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const bands: { items: TextItem[]; across: boolean }[] = [];
  for (const it of sorted) {
    const a = across(it);
    const last = bands[bands.length - 1];
    if (last && last.across === a) last.items.push(it);
    else bands.push({ items: [it], across: a });
  }
  const parts: TextItem[][] = [];
  let split = false;
  let plain: TextItem[] = [];
  for (const band of bands) {
    // (an item of the band that crosses the gutter runs over from the left column: it is the left column's)
    const left = band.items.filter((it) => it.x < x);
    const right = band.items.filter((it) => it.x >= x);
    if (!band.across && twoColumns(left, right, size, x)) {
      if (plain.length) parts.push(plain);
      plain = [];
      parts.push(left, right);
      split = true;
    } else plain.push(...band.items);
  }
  if (plain.length) parts.push(plain);
  if (!split) return undefined;
  return parts.map((p) => ({ ...page, items: p }));
}

/** Is a band's text in two columns: a gutter wide enough, lines enough in each, and their lines apart? */
function twoColumns(left: TextItem[], right: TextItem[], size: number, x: number): boolean {
  if (!left.length || !right.length) return false;
  // (the left column's edge: where its items end that do not run over into the right column)
  const leftEnd = Math.max(...left.map(x1Of).filter((e) => e <= x));
  const rightStart = Math.min(...right.map((it) => it.x));
  if (rightStart - leftEnd < MIN_GUTTER * size) return false;
  const ysL = baselinesOf(left, size);
  const ysR = baselinesOf(right, size);
  if (ysL.length < MIN_LINES || ysR.length < MIN_LINES) return false;
  // (side by side over many lines: each column has lines enough where the other has text — a table's
  // headings down its first column, «Hvor gjelder forsikringen?» and «Hva er forsikret?» beside cells of
  // several lines each, have a line every third or fourth of the cells' and then run on below them alone)
  const top = Math.min(ysL[0]!, ysR[0]!) + SLACK * size;
  const bottom = Math.max(ysL[ysL.length - 1]!, ysR[ysR.length - 1]!) - SLACK * size;
  const beside = (ys: number[]) => ys.filter((y) => y <= top && y >= bottom).length;
  if (beside(ysL) < MIN_LINES || beside(ysR) < MIN_LINES) return false;
  return flowApart(ysL, ysR, size);
}
