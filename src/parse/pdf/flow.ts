/**
 * Step 1½ of the PDF layout: reading order on pages set in two columns of running text (the
 * conditions of a policy, a letter in two columns). Such a page is read as a text export has it:
 * the left column from top to bottom, then the right column — not line by line across both (as
 * pdfminer's and pdfplumber's layout analysis orders text boxes, and Tabula leaves to its user).
 *
 * A page has two columns of running text where many of its lines have exactly two cells, the
 * first at the margin and the second starting at one x near the middle of the text, both filled
 * to their column's width on many of them (running text wraps there; a table's label column is
 * short throughout), and whose columns flow apart (paragraph gaps of their own, not rows ending
 * in both at once: see flowsApart). The
 * region runs from the first to the last such line, over the lines whose cells each stay within
 * one column. Each line of the region is split into its left and right part, and the parts are
 * put in reading order: all left parts, then all right parts. The steps after this one read them
 * as lines of one column each (wrapped lines joined, paragraphs apart).
 */
import { pageColumns } from './page-columns.js';
import { LAYOUT, type PLine } from './types.js';

/** Lines of the two columns this close in height (× font size) stand on one baseline. */
const SLACK = 0.2;
/** At least this many lines with a cell in each column make a two-column page. */
const MIN_LINES = 4;
/** The right column starts between these fractions of the text's width. */
const MIDDLE = [0.35, 0.65] as const;
/** A line of a column of running text that wrapped is filled this far, × the column's width. */
const FILLED = 0.6;

/** The page's lines with its two-column regions put in reading order (the same lines, left then right parts). */
export function readingOrder(lines: PLine[]): PLine[] {
  const x2 = secondColumn(lines);
  const flowed = x2 === undefined ? lines : twoColumns(lines, x2);
  const ordered = sideBySide(flowed);
  // (where neither found columns, a block in two columns as the text reader finds one: page-columns.ts)
  const unchanged = ordered.length === lines.length && ordered.every((l, i) => l === lines[i]);
  return unchanged ? pageColumns(lines) : ordered;
}

/** The page's regions of two columns of running text (the right column starting at `x2`) in reading order. */
function twoColumns(lines: PLine[], x2: number): PLine[] {
  const fits = (l: PLine) => l.segs.every((s) => s.x0 >= x2 - LAYOUT.alignX || s.x1 <= x2 - LAYOUT.wordGap * l.size);
  const two = (l: PLine) => l.segs.length === 2 && Math.abs(l.segs[1]!.x0 - x2) <= LAYOUT.alignX;
  // regions: runs of lines that fit the two columns, with two lines in both at least (a line
  // across both columns — a heading over the page, a table — stands between regions)
  const out: PLine[] = [];
  let run: PLine[] = [];
  const flush = () => {
    if (run.filter(two).length >= 2 && flowsApart(run, x2)) out.push(...inOrder(run, x2));
    else out.push(...run);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = run[run.length - 1];
    if (fits(l) && !(prev && isMargin(l, prev))) run.push(l);
    else {
      flush();
      if (fits(l)) run.push(l);
      else out.push(l);
    }
  }
  flush();
  return out;
}

/** A region's lines split into their left and right parts: all left parts, then all right parts. */
function inOrder(run: PLine[], x2: number): PLine[] {
  const left: PLine[] = [];
  const right: PLine[] = [];
  for (let i = 0; i < run.length; i++) {
    const l = run[i]!;
    const a = l.segs.filter((s) => s.x0 < x2 - LAYOUT.alignX);
    const b = l.segs.filter((s) => s.x0 >= x2 - LAYOUT.alignX);
    if (a.length) left.push(a.length === l.segs.length ? l : part(l, a));
    if (b.length) right.push(b.length === l.segs.length ? l : part(l, b));
  }
  return [...left, ...right];
}

/**
 * Do the two columns flow apart (running text), or are they the cells of a table's rows? A table's
 * rows begin in both columns at once, on one baseline: a column whose cell ended sooner is blank
 * where the other column's cell goes on, and goes on where the other's next row begins; rows set
 * apart by space leave a band across both columns with no text. Two columns of running text have
 * paragraph gaps of their own: a gap in one column where the other goes on, after which the column
 * goes on off the other's baselines — as often as a band across both, or more. (Columns set on one
 * baseline grid, paragraph gaps of whole lines, look like a table's rows and are read as one.) A
 * column's gap is a distance between two of its lines wider than its wrapped lines' (plus
 * `rowSpace`).
 */
function flowsApart(run: PLine[], x2: number): boolean {
  const ys: [number[], number[]] = [[], []];
  let size = 0;
  for (let i = 0; i < run.length; i++) {
    const l = run[i]!;
    size = Math.max(size, l.size);
    if (l.segs.some((s) => s.x0 < x2 - LAYOUT.alignX)) ys[0].push(l.y);
    if (l.segs.some((s) => s.x0 >= x2 - LAYOUT.alignX)) ys[1].push(l.y);
  }
  const pitch = medianPitch(ys);
  const gap = pitch + LAYOUT.rowSpace * size;
  // on the other column's baselines: a whole number of its lines' pitch from its nearest line
  const near = (list: number[], y: number) => {
    let v = Infinity;
    for (const w of list) if (Math.abs(w - y) < Math.abs(v - y)) v = w;
    const off = Math.abs(v - y) % pitch;
    return Math.min(off, pitch - off) <= SLACK * size;
  };
  // gaps in one column's flow with the other column's text in them, after which the column goes
  // on off the other's baselines (a table's shorter cell ends, and its next row starts on the
  // baseline where the other column's next row starts)
  let apart = 0;
  ys.forEach((col, k) => {
    const other = ys[1 - k]!;
    for (let i = 1; i < col.length; i++) {
      const top = col[i - 1]!;
      const bottom = col[i]!;
      if (top - bottom <= gap || near(other, bottom)) continue;
      if (other.some((y) => y < top - SLACK * size && y > bottom + SLACK * size)) apart++;
    }
  });
  // bands across both columns with no text (a table's rows set apart by space), where both
  // columns have text (below the end of the shorter column, the other's paragraph gaps are not)
  const low = Math.max(Math.min(...ys[0]), Math.min(...ys[1])) - SLACK * size;
  const high = Math.min(Math.max(...ys[0]), Math.max(...ys[1])) + SLACK * size;
  const all = [...ys[0], ...ys[1]].filter((y) => y >= low && y <= high).sort((a, b) => b - a);
  let bands = 0;
  for (let i = 1; i < all.length; i++) if (all[i - 1]! - all[i]! > gap) bands++;
  return apart >= 1 && apart >= bands;
}

/** The distance between a column's consecutive lines that is the most common: its wrapped lines' pitch. */
function medianPitch(ys: number[][]): number {
  const d: number[] = [];
  for (const col of ys) for (let i = 1; i < col.length; i++) d.push(col[i - 1]! - col[i]!);
  d.sort((a, b) => a - b);
  return d[d.length >> 1] ?? 0;
}

/** A line far from the line before it (a running header or footer, a gap): a region ends there. */
function isMargin(l: PLine, next: PLine): boolean {
  return Math.abs(l.y - next.y) > LAYOUT.tableGap * Math.max(l.size, next.size);
}

function part(l: PLine, segs: PLine['segs']): PLine {
  return { ...l, segs, text: segs.map((s) => s.text).join('\t') };
}

/** The x where the page's right column of running text starts, if it has two. */
function secondColumn(lines: PLine[]): number | undefined {
  const starts: { x: number; n: number }[] = [];
  let left = Infinity;
  let right = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    left = Math.min(left, l.segs[0]!.x0);
    right = Math.max(right, l.segs[l.segs.length - 1]!.x1);
    if (l.segs.length !== 2) continue;
    const x = l.segs[1]!.x0;
    if (l.segs[0]!.x0 - left > 2 * l.size) continue; // (left is not known yet for all lines: checked again below)
    const s = starts.find((k) => Math.abs(k.x - x) <= LAYOUT.alignX);
    if (s) s.n++;
    else starts.push({ x, n: 1 });
  }
  let best: { x: number; n: number } | undefined;
  for (const s of starts) if (!best || s.n > best.n) best = s;
  if (!best || best.n < 2) return undefined;
  const x2 = best.x;
  const width = right - left;
  if (x2 < left + MIDDLE[0] * width || x2 > left + MIDDLE[1] * width) return undefined;
  if (best.n < MIN_LINES) return columnsFilled(lines, left, x2, right) ? x2 : undefined;
  // both columns filled on a third or more of the lines that have both (running text: only the
  // last line of a paragraph and a heading are short; a table's label column is short throughout)
  let full = 0;
  let both = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.segs.length !== 2 || Math.abs(l.segs[1]!.x0 - x2) > LAYOUT.alignX) continue;
    both++;
    // the left column starts at the page's margin (a table's second and third columns do not)
    if (l.segs[0]!.x0 - left > 2 * l.size) continue;
    const [a, b] = l.segs as [PLine['segs'][0], PLine['segs'][0]];
    if (a.x1 - left >= FILLED * (x2 - left) && b.x1 - x2 >= FILLED * (right - x2)) full++;
  }
  if (full * 3 >= both) return x2;
  return columnsFilled(lines, left, x2, right) ? x2 : undefined;
}

/**
 * A short page in two columns whose lines seldom share a baseline (headings in a larger size, a
 * browser's paragraph margins put the columns' lines off each other's): few lines have a cell in
 * each column, and those few are a paragraph's last line or a heading. The page is still in two
 * columns when every line keeps to one side of the gutter or has a cell on each side, the right
 * column starts `MIN_LINES` lines or more (as a cell of its own or a line's second), and each
 * column has running text: two wrapped lines or more filled to `FILLED` of its width, a third of
 * its lines or more (a table's label column is short throughout).
 */
function columnsFilled(lines: PLine[], left: number, x2: number, right: number): boolean {
  const n = [0, 0];
  const full = [0, 0];
  let starts = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let here = false;
    for (let k = 0; k < l.segs.length; k++) {
      const seg = l.segs[k]!;
      const side = seg.x0 >= x2 - LAYOUT.alignX ? 1 : 0;
      // (a cell across the gutter: no two columns here)
      if (side === 0 && seg.x1 > x2 - LAYOUT.wordGap * l.size) return false;
      if (side === 1 && Math.abs(seg.x0 - x2) <= LAYOUT.alignX) here = true;
      n[side]!++;
      const width = side === 0 ? x2 - left : right - x2;
      if (seg.x1 - (side === 0 ? left : x2) >= FILLED * width) full[side]!++;
    }
    if (here) starts++;
  }
  return starts >= MIN_LINES && full.every((f, k) => f >= 2 && f * 3 >= n[k]!);
}

/** Lines whose two cells begin with one label make two blocks of fields side by side (at least this many). */
const MIN_TWIN_LABELS = 2;
/** A label: a word of letters (and dots) at the start of a cell («Forsikringssum», «Egenandel», «Pris»). */
const LABEL = /^([A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ.]+)(?=\s|:|$)/u;

/**
 * Two blocks of labelled fields side by side (a certificate's objects in two columns: a name line,
 * then «Forsikringssum kr …», «Egenandel kr …», «Pris kr …» under it, in each column), read as a
 * text export has them: the left block, then the right — each object's fields together, never a
 * row across both. A run of lines of one page at a table's distance, each with a cell at the
 * left column's x, or at the right column's, or both; the columns apart (a gutter free of text on
 * every line, as pdfplumber and Tabula find a column boundary); its first
 * line the two objects' names; and in two lines or more both cells begin with the same label — the
 * same fields of two objects. Anything less is left as it stands (a table of labels and values:
 * each row reads across).
 */
function sideBySide(lines: PLine[]): PLine[] {
  let out: PLine[] | null = null;
  for (let i = 0; i < lines.length; ) {
    const end = fieldRun(lines, i);
    if (end > i) {
      out ??= lines.slice(0, i);
      out.push(...blocksInOrder(lines.slice(i, end), lines[i]!.segs[1]!.x0));
      i = end;
    } else {
      out?.push(lines[i]!);
      i++;
    }
  }
  return out ?? lines;
}

/**
 * A run of side-by-side field blocks split at `x2`: the left parts, then the right parts, each
 * marked with its column's right edge (the widest text in it: a name wraps there) and whether its
 * line is a field line (the same label in both columns: a field never runs on into the next).
 */
function blocksInOrder(run: PLine[], x2: number): PLine[] {
  const ordered = inOrder(run, x2);
  let leftEdge = -Infinity;
  let rightEdge = -Infinity;
  for (let i = 0; i < ordered.length; i++) {
    const l = ordered[i]!;
    const x1 = l.segs[l.segs.length - 1]!.x1;
    if (l.segs[0]!.x0 < x2 - LAYOUT.alignX) leftEdge = Math.max(leftEdge, x1);
    else rightEdge = Math.max(rightEdge, x1);
  }
  const fields = new Set<PLine>();
  for (let i = 0; i < run.length; i++) if (twinLabels(run[i]!, x2) || colonLabels(run[i]!, x2)) fields.add(run[i]!);
  const out: PLine[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const l = ordered[i]!;
    // (a part is a copy of its line, or the line itself when all of it is in one column)
    const whole = run.includes(l);
    const field = whole ? fields.has(l) : run.some((r) => fields.has(r) && r.y === l.y && r.page === l.page);
    const edge = l.segs[0]!.x0 < x2 - LAYOUT.alignX ? leftEdge : rightEdge;
    out.push({ ...l, block: { edge, field } });
  }
  return out;
}

/** The end (exclusive) of a run of side-by-side field blocks starting at line `i`, or `i` when none does (see sideBySide). */
function fieldRun(lines: PLine[], i: number): number {
  const first = lines[i]!;
  if (first.segs.length !== 2) return i;
  const x1 = first.segs[0]!.x0;
  const x2 = first.segs[1]!.x0;
  // (each block begins with its object's name: two names, not two of the same label — but two
  // names that differ in their number alone, «Objekt 1» beside «Objekt 2», are names)
  if (twinLabels(first, x2) && !numberedNames(first)) return i;
  // (or two names over fields whose labels end in a colon, the columns' fields in an order of their
  // own: «Forsikringssted: …» beside «Forsikringssum: …», a mail-merge overview)
  const names = !first.segs.some((g) => NOT_NAME.test(g.text));
  let leftEnd = -Infinity;
  let twins = 0;
  let j = i;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    const prev = lines[j - 1];
    if (j > i && (l.page !== prev!.page || prev!.y - l.y > LAYOUT.tableGap * Math.max(l.size, prev!.size))) break;
    if (!inColumns(l, x1, x2)) break;
    for (let k = 0; k < l.segs.length && l.segs[k]!.x0 < x2 - LAYOUT.alignX; k++) leftEnd = Math.max(leftEnd, l.segs[k]!.x1);
    if (twinLabels(l, x2) || (names && colonLabels(l, x2))) twins++;
  }
  if (names && j < lines.length && lastLeftField(lines[j]!, lines[j - 1]!, x1, x2)) j++;
  // (a gutter free of text on every line of the run: the left column's text ends before the right's
  // starts — by a cell's gap, or by any gap at all where three lines or more pair the same labels:
  // a left block's figures set flush right against the right block's labels, «NOK 24 600 000» 3
  // points from «Sum:»)
  const gutter = twins >= MIN_TWIN_LABELS + 1 ? LAYOUT.wordGap : LAYOUT.softCellGap;
  return twins >= MIN_TWIN_LABELS && x2 - leftEnd >= gutter * first.size ? j : i;
}

/**
 * Does a line stand in the two columns: its left cells start at `x1` and stay left of `x2`, its
 * right cells start at `x2` and after (a label and its value may be cells of their own)?
 */
function inColumns(l: PLine, x1: number, x2: number): boolean {
  const segs = l.segs;
  const split = rightFrom(l, x2);
  if (split > 0 && Math.abs(segs[0]!.x0 - x1) > LAYOUT.alignX) return false;
  if (split < segs.length && Math.abs(segs[split]!.x0 - x2) > LAYOUT.alignX) return false;
  // (a line of one cell across the gutter — a heading, a sentence over both — ends the run; a line
  // whose columns begin with the same label may have its left figure set flush right against it)
  const gap = twinLabels(l, x2) ? LAYOUT.wordGap : LAYOUT.softCellGap;
  return split === 0 || segs[split - 1]!.x1 <= x2 - gap * l.size;
}

/** The index of a line's first cell in the right column (starting at `x2` or after). */
function rightFrom(l: PLine, x2: number): number {
  let k = 0;
  while (k < l.segs.length && l.segs[k]!.x0 < x2 - LAYOUT.alignX) k++;
  return k;
}

/**
 * The left block's last field, a line longer than the right block's, set apart from the table as a
 * paragraph of its own (groff: «Premie: kr 18 900» 5 points left of the fields above it and a
 * paragraph's space below them): one labelled cell, under the run, about at its left column.
 */
function lastLeftField(l: PLine, prev: PLine, x1: number, x2: number): boolean {
  const seg = l.segs[0]!;
  return (
    l.segs.length === 1 &&
    l.page === prev.page &&
    prev.y - l.y <= LAYOUT.tableGap * Math.max(l.size, prev.size) &&
    Math.abs(seg.x0 - x1) <= l.size &&
    seg.x1 <= x2 - LAYOUT.softCellGap * l.size &&
    COLON_LABEL.test(seg.text)
  );
}

/** An object's name with its number («Objekt 1», «Lokasjon 2», «Bygning nr. 3»). */
const NUMBERED_NAME = /^([A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ .]*?)\s+(?:nr\.?\s*)?(\d{1,3})$/u;

/** A line of two names that differ in their number alone («Objekt 1» beside «Objekt 2»). */
function numberedNames(l: PLine): boolean {
  const a = NUMBERED_NAME.exec(l.segs[0]!.text.trim());
  const b = NUMBERED_NAME.exec(l.segs[1]!.text.trim());
  return !!a && !!b && a[1] === b[1] && a[2] !== b[2];
}

/** A cell that is no object's name: a label's colon or a figure in it. */
const NOT_NAME = /[:\d]/;
/** A capitalised label of one to four words with its colon and a value after it («Forsikringssted: Industriveien 3», «Fast egenandel: kr 20 000»). */
const COLON_LABEL = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.]*(?: [a-zß-öø-ÿčđŋšŧž][A-Za-zÀ-ÖØ-öø-ɏ.]*){0,3}: \S/u;

/** The line's first cells in both columns begin with a label and its colon («Forsikringssum: kr 12 500 000» beside «Egenandel: kr 20 000»). */
function colonLabels(l: PLine, x2: number): boolean {
  const k = rightFrom(l, x2);
  return k > 0 && k < l.segs.length && COLON_LABEL.test(l.segs[0]!.text) && COLON_LABEL.test(l.segs[k]!.text);
}

/** The line's first cells in both columns begin with the same label («Egenandel kr 15 000» beside «Egenandel kr 10 000»). */
function twinLabels(l: PLine, x2: number): boolean {
  const k = rightFrom(l, x2);
  if (k === 0 || k >= l.segs.length) return false;
  const a = LABEL.exec(l.segs[0]!.text)?.[1];
  return a !== undefined && a === LABEL.exec(l.segs[k]!.text)?.[1];
}
