/**
 * Two columns set one space apart (a document system that pads its cells by a space): the header
 * reads «Egenandel Premie» as one cell, and every row under it two values as one cell
 * («20 000 41 250», «Ingen 5 480»), each drawn as one text item — no gap shows the column edge.
 * The header's cell is two column names of the vocabulary, so the column is two; a cell under it
 * is split where its text splits into two values one way only (an amount grouped in threes, or
 * one word). Where a cell under it does not, nothing is split (the rows are then warned of by the
 * schedule reader as lines with amounts it could not read).
 */
import { SCHEDULE_COLUMNS } from '../vocabulary.js';
import { LAYOUT, type PLine, type Seg } from './types.js';

/** The names of a schedule's columns (the vocabulary's), in lower case. */
const COLUMN_NAMES = new Set(SCHEDULE_COLUMNS.flatMap(([, words]) => words));
/** One value of a cell: a whole amount grouped in threes («41 250», «kr 2 400 000») or one word («Ingen»). */
const VALUE = /^(?:(?:kr\.?\s)?\d{1,3}(?: \d{3})*|\p{L}+)$/iu;

/** A space's share of a cell's width against a figure's or letter's (Helvetica: 0,278 em to about 0,556). */
const weight = (s: string) => s.length * 2 - (s.match(/ /g)?.length ?? 0);

/** The ways `text` splits at a space into two values (see VALUE). */
function splits(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const a = text.slice(0, i);
    const b = text.slice(i + 1);
    if (VALUE.test(a) && VALUE.test(b)) out.push([a, b]);
  }
  return out;
}

/** `s` split after its text's `a`, the second part starting at `x` (or where its letters put it). */
function cut(s: Seg, a: string, b: string, x?: number): [Seg, Seg] {
  const unit = (s.x1 - s.x0) / weight(s.text);
  const end = s.x0 + weight(a) * unit;
  const x0 = x ?? end + unit;
  const left: Seg = { x0: s.x0, x1: Math.min(end, x0 - unit), text: a, firstWord: Math.min(s.firstWord, end - s.x0) };
  const right: Seg = { x0, x1: Math.max(x0 + weight(b) * unit, s.x1), text: b, firstWord: weight(b.split(' ')[0]!) * unit };
  return [left, right];
}

/**
 * A table block's header cells of two column names one space apart, and the cells under them,
 * split into two (see above). `header` is the number of header lines at the block's top.
 */
export function splitJoinedColumns(lines: PLine[], header: number): void {
  for (let h = 0; h < header; h++) {
    const hl = lines[h]!;
    for (let k = 0; k < hl.segs.length; k++) {
      const s = hl.segs[k]!;
      const names = s.text.toLowerCase().split(' ');
      if (names.length !== 2 || !COLUMN_NAMES.has(names[0]!) || !COLUMN_NAMES.has(names[1]!)) continue;
      const cells = under(lines, h + 1, s);
      if (!cells) continue;
      const [a, b] = s.text.split(' ') as [string, string];
      const parts = cut(s, a, b);
      hl.segs.splice(k, 1, ...parts);
      for (const [line, i, [x, y]] of cells) line.segs.splice(i, 1, ...cut(line.segs[i]!, x, y, parts[1].x0));
    }
  }
}

/** The cells under header cell `s` from line `from` on, each with its one split; null when one has none or several. */
function under(lines: PLine[], from: number, s: Seg): [PLine, number, [string, string]][] | null {
  const out: [PLine, number, [string, string]][] = [];
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    const at = l.segs.findIndex((c) => Math.abs(c.x0 - s.x0) <= LAYOUT.alignX);
    if (at < 0) continue;
    const ways = splits(l.segs[at]!.text);
    if (ways.length !== 1) return null;
    out.push([l, at, ways[0]!]);
  }
  return out.length ? out : null;
}
