/**
 * An amount broken at its thousands space in a column too narrow for it: a word processor that
 * sizes a table's columns to their content squeezes a short column («Pris») when the text columns
 * are long, and breaks «9 840» at its space — «9» ends the row, «840» stands under it, right-aligned
 * at the same edge, on the cell's second line:
 *
 *   Villa Pluss med hageanlegg,   Granlia 14, 1410 Kolbotn   4 800 000   10 000      9
 *   svømmebasseng, utvidet …                                                       840
 *
 * The rest is put back on the row's cell («9 840») when everything shows it is one number:
 * - the part above is a number of whole groups (1–3 figures, then groups of three) and the part
 *   under it one or more groups of exactly three figures (with øre), both ending at the same right
 *   edge, the line under at most a wrapped line's distance below;
 * - the whole number would not fit in the column: it is wider than every cell of that column on the
 *   lines around it (the header «Pris» included) — a column that holds «9 840» whole breaks no «9 840»;
 * - the line under is not a row of its own: nothing on it starts in the row's first column, unless
 *   that is the rest of a wrapped text (it starts in lower case).
 * A figure under a figure that is not all of this (a count over a year, «9» over «840» in a wide
 * column) is left as it is: two cells the reader sees apart, never one amount made up.
 */
import { LAYOUT, type PLine, type Seg } from './types.js';

/** The part of an amount above its break: whole groups, the last one possibly short only at the start. */
const HEAD = /^\d{1,3}(?: \d{3})*$/;
/** The part under the break: whole groups of three, possibly with øre («840», «840,50», «000,-»). */
const TAIL = /^\d{3}(?: \d{3})*(?:,\d{2}|,-)?$/;
const LOWER_START = /^[a-zß-öø-ÿčđŋšŧž]/u;
/** How many lines above and below are looked at for the column's width. */
const REACH = 12;

/** Puts the rests of amounts broken over two lines back on their rows (in place); lines left empty are dropped. */
export function joinWrappedAmounts(lines: PLine[]): PLine[] {
  let changed = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.running || b.running || a.size !== b.size || a.y - b.y > LAYOUT.wrapLeading * a.size || a.y <= b.y) continue;
    if (startsRow(a, b)) continue;
    for (let k = a.segs.length - 1; k >= 0; k--) {
      const head = a.segs[k]!;
      if (!HEAD.test(head.text)) continue;
      const t = b.segs.findIndex((s) => TAIL.test(s.text) && Math.abs(s.x1 - head.x1) <= LAYOUT.alignX && s.x0 < head.x0);
      if (t < 0) continue;
      const tail = b.segs[t]!;
      const whole = head.x1 - head.x0 + LAYOUT.space * a.size + (tail.x1 - tail.x0);
      if (!tooNarrow(lines, i, head, whole)) continue;
      a.segs[k] = { x0: Math.min(head.x0, tail.x1 - whole), x1: head.x1, text: `${head.text} ${tail.text}`, firstWord: head.firstWord };
      b.segs.splice(t, 1);
      a.text = a.segs.map((s) => s.text).join('\t');
      b.text = b.segs.map((s) => s.text).join('\t');
      changed = true;
    }
  }
  return changed ? lines.filter((l) => l.segs.length > 0) : lines;
}

/** The line under holds a row of its own: a cell that starts in the row's first column and is no wrapped text. */
function startsRow(a: PLine, b: PLine): boolean {
  const first = a.segs[0]!;
  return b.segs.some((s) => Math.abs(s.x0 - first.x0) <= LAYOUT.alignX && !LOWER_START.test(s.text));
}

/**
 * Every cell ending at the column's right edge in the block of lines around (lines at most a table's
 * line gap apart: the table, not the page's foot) is narrower than the whole number, the head itself
 * and the parts of other broken amounts aside, and there is at least one such cell (the header): the
 * column is too narrow to hold the number.
 */
function tooNarrow(lines: PLine[], i: number, head: Seg, whole: number): boolean {
  let seen = 0;
  for (const l of blockAround(lines, i)) {
    for (const s of l.segs) {
      if (s === head || Math.abs(s.x1 - head.x1) > LAYOUT.alignX) continue;
      if (s.x1 - s.x0 >= whole - LAYOUT.space * l.size) return false;
      if (!TAIL.test(s.text) && !HEAD.test(s.text)) seen++;
    }
  }
  return seen > 0;
}

/** The lines around line i that stand at most a table's line gap apart, on its page. */
function blockAround(lines: PLine[], i: number): PLine[] {
  const gap = (u: PLine, d: PLine) => u.page === d.page && u.y - d.y <= LAYOUT.tableGap * u.size;
  let lo = i;
  while (lo > 0 && i - lo < REACH && gap(lines[lo - 1]!, lines[lo]!)) lo--;
  let hi = i;
  while (hi + 1 < lines.length && hi - i < REACH && gap(lines[hi]!, lines[hi + 1]!)) hi++;
  return lines.slice(lo, hi + 1);
}
