/**
 * PDF layout: positioned text items (what pdf.js's getTextContent gives) → the document's lines
 * and cells, with running headers and footers set aside. Pure: no pdf.js here, so it is tested
 * with hand-made items (src/parse/pdf-layout.test.ts).
 *
 * The steps, with the thresholds in LAYOUT (all relative to the font size where they can be):
 *
 * 1. Physical lines. Items whose baselines are within `sameLine` × font size are one line; in
 *    a line, items are ordered by x, and a gap wider than `cellGap` × font size (about one
 *    character height) starts a new cell. A narrower gap between items is a space (when it is
 *    wider than `wordGap` × font size and neither item carries one), so «Kr 10 000» stays one
 *    cell and «Kr 6 000      Kr 10 000» set far apart becomes two. Narrower gaps (at least
 *    `softCellGap`) are cell boundaries in a table where other rows of the page have a column
 *    starting at that x (tables with narrow cell padding; see splitAtColumns). A list marker set
 *    apart from its text («-», «•», «1.» and a tab or hanging indent) is part of the text's cell.
 *    Words of a justified line set apart wider than `cellGap` by equal stretched spaces are one
 *    cell (joinJustified). A smaller item raised or lowered by up to `scriptShift` × the line's
 *    size (a superscript «m²», a footnote mark) is on the line. Rotated text (stamps, margin notes)
 *    never gets here (src/parse/pdf.ts drops it).
 *
 * 2. Running headers and footers. A line repeated at the same height (± `runningY` points) on
 *    more than half of the pages, and on at least two, is running text — compared with its digits
 *    masked in the top and bottom `marginZone` of the page, so «Side 3 av 12» and «Side 4 av 12»
 *    are the same footer (in the body, only the same text counts, on at least three pages: two
 *    table rows can stand at the same height on two pages by chance). A lone page number
 *    («Side 3 av 12», «3 / 12», «- 3 -») in the top or bottom `marginZone` of a page is a footer
 *    even in a one-page document. Running lines are removed from the body; each is kept once (its
 *    first occurrence; once per distinct text when a header changes from page to page without
 *    being a page number, e.g. two policy numbers in one file). Running lines stand at the edge of
 *    the page: one with a body line between it and the top and the bottom of its page is body text,
 *    and so is one in the body's font size as close to the body as a wrapped line (a table row
 *    broken over a page that happens to read the same on two pages).
 *
 * 3. Wrapped lines joined. A line continues the line above it when
 *    - on the same page, it is at most `wrapLeading` × font size below it (a new paragraph or a
 *      new table row comes after extra space), and every one of its cells starts at the x of a
 *      column of the line above (± `alignX` points; a bullet's hanging indent counts). Running
 *      text must also have been wrapped: the line above had no room left for the next line's first
 *      word (`room` test), so short lines that follow each other closely (list items, addresses)
 *      stay apart;
 *    - across a page break (last line of a page, first line of the next), every one of its cells
 *      continues a cell of the line above that was cut at its column's right edge (the `room`
 *      test against the column's edge: the widest text seen in that column, at least the next
 *      column's x less `gutterMax` × font size, for the last column the widest text on any page).
 *      A one-cell line is judged against its own widest line when it has wrapped already, else
 *      against the widest text at its x on any page: a short line (a heading, a list of links)
 *      never runs on onto the next page, even where it could be a cell of a narrow column.
 *    A continuation is appended to its column's cell with one space (a word hyphenated at the
 *    line end is joined up again: see appendPart). A line may also add cells in new columns to a
 *    table row: cells centred vertically in their row start lower than the row's tallest cell
 *    (see newColumnOk). A list item after «…:» or after another list item is a line of its own.
 *
 * 4. Tables. Consecutive lines with two or more cells (and one-cell lines whose cell starts at a
 *    column other than the first) form a table; its columns are the x positions its cells start
 *    at, and each of its lines gets one cell per column, empty where it has no text — so
 *    `\t\tText` and `A\t\tC` come back with their empty cells. One-cell lines at the first column
 *    (a title row, a paragraph) keep one cell and do not end the table when the next line fits
 *    its columns. A short line at the margin with a wrapped block right below it whose left edge
 *    is right of the line's end is a two-row table with one cell per row (`Definisjoner\t`, then
 *    `\t<ul…>`): see termAndBlock.
 *
 * A table's header row repeated at the top of the next page while the table goes on (browsers
 * and word processors repeat it) is dropped there: the text has it once.
 *
 * Two columns of running text on a page (a conditions page set in two columns) are read like a
 * two-column table: the left column's text in the first cell, the right column's in the second,
 * each in reading order, never interleaved line by line (a paragraph gap in one column puts the
 * columns' lines off each other's baselines; those lines are read as cells of one row — see
 * newColumnOk). Paragraph breaks inside the columns are not kept.
 *
 * Line numbers are 1-based across the document in reading order (pages in order, each page top
 * to bottom); the kept occurrence of a running line has its own number at its place.
 */
import type { SourceLine } from './source.js';

/** One positioned text item; y is the baseline, measured up from the bottom of the page. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points (the item's height). */
  size: number;
}

export interface PageText {
  /** Page height in points (for the header/footer zones). */
  height: number;
  items: TextItem[];
}

export const LAYOUT = {
  sameLine: 0.4,
  /** Baseline shift of a smaller item (superscript, footnote mark) still on the line, × font size. */
  scriptShift: 0.5,
  cellGap: 1.0,
  wordGap: 0.15,
  wrapLeading: 1.45,
  alignX: 2.5,
  runningY: 2,
  marginZone: 0.12,
  gutterMax: 3,
  /** An ordinary space, × font size (Helvetica's is 0,278 em). */
  space: 0.25,
  /** Stretched spaces of a justified line are equal to within this, × font size. */
  justifiedTolerance: 0.05,
  /** The narrowest gap between cells at a known column start, × font size (see splitAtColumns). */
  softCellGap: 0.5,
  /** The widest gap between a list marker and its text, × font size. */
  markerGap: 3,
  /** A table's first column starts this far right of the margin, × font size, when it is empty. */
  emptyColumn: 1.5,
  /** Lines closer than this, × font size, cannot be lines of one column (glyphs would overlap). */
  halfLine: 0.9,
  /** Slack for the room test, × font size: widths of words are estimated, not measured. */
  roomSlack: 1.0,
} as const;

interface Seg {
  x0: number;
  x1: number;
  text: string;
  /** Estimated width of the first word (for the room test). */
  firstWord: number;
}

interface PLine {
  page: number;
  y: number;
  size: number;
  segs: Seg[];
  text: string;
  running: boolean;
  keep: boolean;
}

interface Col {
  x0: number;
  parts: string[];
  maxX1: number;
  /** Font size of the text that started the cell. */
  size: number;
}

interface LLine {
  page: number;
  number: number;
  cols: Col[];
  /** The first and the last physical line joined into this one. */
  first: PLine;
  last: PLine;
  running: boolean;
  /** The left margin: the leftmost x any body line starts at. */
  left: number;
}

const PAGE_NUMBER = /^(?:(?:side|page|s\.)\s*\d+(?:\s*(?:av|of|\/)\s*\d+)?|\d+\s*(?:av|of|\/)\s*\d+|-\s*\d+\s*-)$/i;
/** Lines that are running text wherever they stand in a page's margin zone, even on one page. */
const RUNNING_FORMS = [PAGE_NUMBER, /^FORSIKRINGSNUMMER\b/, /^UTSTEDT\b/];
const BULLET = /^(?:[-–•*·▪◦]|\d{1,2}[.)]|[a-z][.)])\s/;
/** A list marker standing alone as a cell. */
const MARKER = /^(?:[-–•*·▪◦■□➢►✓]|\d{1,2}[.)]|[a-z][.)])$/;

const NON_SPACE = /\S/;
// (patterns of per-item and per-line tests are made once: a literal in a function makes a new
// RegExp object at every call, and esbuild turns one with \p{…} into `new RegExp(…)`)
const ENDS_SPACE = /\s$/;
const STARTS_SPACE = /^\s/;
const SPACES = /\s/g;
const FIGURES = /\d+/g;
const ENDS_SENTENCE = /[.:!?][»”")]?$/;
const CAPITAL_OR_FIGURE_START = /^[\p{Lu}\d]/u;
const INNER_SPACE = /\S\s+\S/;
/** A letter of any script (as a module constant: see LOWER_START). */
const LETTER = /\p{L}/u;
/** A space a line may break at: not a no-break space (U+00A0, U+2007, U+202F). */
const BREAK_SPACE = /[^\S\u00A0\u2007\u202F]/;
/** Whitespace collapsed to single spaces and trimmed (most text needs nothing done: tested first). */
const UNCLEAN = /\s\s|[^\S ]|^ | $/;
const clean = (s: string) => (UNCLEAN.test(s) ? s.replace(/\s+/g, ' ').trim() : s);

/** Step 1: a page's items → physical lines of cells, top to bottom. */
function physicalLines(page: PageText, pageNo: number): PLine[] {
  const items: TextItem[] = [];
  for (let iIt = 0; iIt < page.items.length; iIt++) { const it = page.items[iIt]!; if (NON_SPACE.test(it.str) && Number.isFinite(it.x) && Number.isFinite(it.y) && it.size > 0) items.push(it); }
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PLine[] = [];
  let group: TextItem[] = [];
  let refY = 0;
  let refSize = 0;
  const raw: { y: number; size: number; segs: Piece[][] }[] = [];
  const flush = () => {
    if (group.length === 0) return;
    group.sort((a, b) => a.x - b.x);
    let size = -Infinity;
    for (let i = 0; i < group.length; i++) if (group[i]!.size > size) size = group[i]!.size;
    const segs: Piece[][] = [];
    let cur: Piece[] | null = null;
    let curX1 = 0;
    for (let iIt = 0; iIt < group.length; iIt++) {
      const it = group[iIt]!;
      const x1 = it.x + Math.max(0, it.width);
      const gap = cur ? it.x - curX1 : 0;
      const piece: Piece = { item: it, x0: it.x + leadingSpaceWidth(it), x1, str: it.str, gap, space: false };
      if (!cur || gap > LAYOUT.cellGap * size) {
        segs.push((cur = [piece]));
        curX1 = x1;
        continue;
      }
      const last = cur[cur.length - 1]!;
      piece.space = gap > LAYOUT.wordGap * size && !ENDS_SPACE.test(last.str) && !STARTS_SPACE.test(it.str);
      cur.push(piece);
      curX1 = Math.max(curX1, x1);
    }
    raw.push({ y: refY, size, segs: joinJustified(segs, size) });
    group = [];
  };
  for (let iIt = 0; iIt < items.length; iIt++) {
    const it = items[iIt]!;
    // a superscript or subscript (smaller, raised or lowered up to half the line's size) stays on it
    const tol = Math.min(it.size, refSize) < 0.8 * Math.max(it.size, refSize) ? LAYOUT.scriptShift : LAYOUT.sameLine;
    if (group.length && Math.abs(it.y - refY) > tol * Math.max(it.size, refSize)) flush();
    if (group.length === 0) {
      refY = it.y;
      refSize = it.size;
    }
    group.push(it);
  }
  flush();
  splitAtColumns(raw);
  for (const { y, size, segs } of raw) {
    const out: Seg[] = [];
    for (let iPieces = 0; iPieces < segs.length; iPieces++) {
      const pieces = segs[iPieces]!;
      let joined = pieces[0]!.str;
      let x1 = pieces[0]!.x1;
      for (let n = 1; n < pieces.length; n++) {
        const k = pieces[n]!;
        joined += k.space ? ` ${k.str}` : k.str;
        if (k.x1 > x1) x1 = k.x1;
      }
      const text = clean(joined);
      if (!text) continue;
      const first = pieces[0]!;
      const prev = out[out.length - 1];
      // a list marker set apart from its text (a hanging indent, a tab after the bullet) is part
      // of the text's cell: «-» and «Bygninger 4,1 %» are «- Bygninger 4,1 %»
      if (prev && out.length === 1 && MARKER.test(prev.text) && first.x0 - prev.x1 <= LAYOUT.markerGap * size) {
        out[0] = { x0: prev.x0, x1, text: `${prev.text} ${text}`, firstWord: prev.firstWord };
        continue;
      }
      out.push({ x0: first.x0, x1, text, firstWord: firstWordWidth(pieces) });
    }
    if (out.length) lines.push({ page: pageNo, y, size, segs: out, text: out.map((k) => k.text).join('\t'), running: false, keep: false });
  }
  return lines;
}

/**
 * A justified line in a narrow column can stretch its spaces wider than `cellGap`, and some tools
 * place every word as an item of its own: the words then look like cells. The spaces of a justified
 * line are all stretched alike, so three or more single words (at least one with letters) set apart
 * by gaps equal to within `justifiedTolerance` × font size (and under 4 em) are one cell. Cells of a
 * table are not set apart that evenly, unless all are the same width (figures in equal columns,
 * which are left alone).
 */
function joinJustified(segs: Piece[][], size: number): Piece[][] {
  if (segs.length < 3) return segs;
  const word = (seg: Piece[]) => !seg.some((k, j) => (j > 0 && k.space) || INNER_SPACE.test(k.str));
  const gapBefore = (i: number) => {
    let x1 = -Infinity;
    for (const k of segs[i - 1]!) x1 = Math.max(x1, k.x1);
    return segs[i]![0]!.x0 - x1;
  };
  const out: Piece[][] = [];
  let i = 0;
  while (i < segs.length) {
    let j = i;
    if (word(segs[i]!)) {
      const g = i + 1 < segs.length ? gapBefore(i + 1) : Infinity;
      while (j + 1 < segs.length && word(segs[j + 1]!) && Math.abs(gapBefore(j + 1) - g) <= LAYOUT.justifiedTolerance * size && g < 4 * size) j++;
    }
    const run = segs.slice(i, j + 1);
    if (run.length >= 3 && run.some((seg) => seg.some((k) => LETTER.test(k.str)))) {
      const merged = run.flatMap((seg, n) => seg.map((k, m) => (n > 0 && m === 0 ? { ...k, space: true } : k)));
      out.push(merged);
    } else {
      out.push(...run);
    }
    i = j + 1;
  }
  return out;
}

/**
 * The width of a cell's first word (for the room test), across items: some tools set every glyph
 * or every syllable as an item of its own, so the word ends at the first space, not at the end of
 * the first item.
 */
function firstWordWidth(pieces: Piece[]): number {
  const x0 = pieces[0]!.x0;
  for (let i = 0; i < pieces.length; i++) {
    const k = pieces[i]!;
    const inner = k.str.trimStart();
    if (BREAK_SPACE.test(inner.trimEnd()) || (i > 0 && k.space && inner !== '')) {
      // the word ends inside this item, or before it
      if (i > 0 && k.space) return pieces[i - 1]!.x1 - x0;
      const cut = inner.search(BREAK_SPACE); // (the first word, without splitting the whole text)
      return k.x0 + wordWidth(k.item, cut < 0 ? inner : inner.slice(0, cut)) - x0;
    }
    if (ENDS_SPACE.test(k.str)) return k.x1 - x0;
  }
  return pieces[pieces.length - 1]!.x1 - x0;
}

/** A text item in a physical line: `gap` to the item before it, `space` when a space goes between. */
interface Piece {
  item: TextItem;
  x0: number;
  x1: number;
  str: string;
  gap: number;
  space: boolean;
}

/**
 * Cells set closer than `cellGap` (tables with narrow padding: the text of one cell runs to within
 * less than an em of the next): in a table — the line, or a line right above or below it, has two
 * or more cells — a gap of at least `softCellGap` × font size before an item that starts exactly
 * at a column where cells of two or more other lines of the page start is a cell boundary too,
 * unless the line's other gaps are as wide (stretched spaces of a justified line).
 */
function splitAtColumns(raw: { y: number; size: number; segs: Piece[][] }[]): void {
  let starts: { x: number; line: number }[] | null = null;
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    const soft = LAYOUT.softCellGap * l.size;
    // most lines have no gap that could be a cell boundary: nothing to do
    let candidate = false;
    for (let iSeg = 0; iSeg < l.segs.length; iSeg++) { const seg = l.segs[iSeg]!; for (let j = 1; j < seg.length && !candidate; j++) candidate = seg[j]!.gap >= soft; }
    if (!candidate) continue;
    if (!starts) {
      starts = [];
      for (let k = 0; k < raw.length; k++) {
        const segs = raw[k]!.segs;
        for (let n = 1; n < segs.length; n++) starts.push({ x: segs[n]![0]!.x0, line: k });
      }
    }
    if (starts.length === 0) return;
    const reach = LAYOUT.wrapLeading * 2 * l.size;
    const near = (step: number) => {
      for (let j = i + step; j >= 0 && j < raw.length && Math.abs(raw[j]!.y - l.y) <= reach; j += step) if (raw[j]!.segs.length >= 2) return true;
      return false;
    };
    if (l.segs.length < 2 && !near(-1) && !near(1)) continue;
    const out: Piece[][] = [];
    for (let iSeg = 0; iSeg < l.segs.length; iSeg++) {
      const seg = l.segs[iSeg]!;
      let cur: Piece[] = [];
      seg.forEach((k, j) => {
        if (j > 0 && k.gap >= soft) {
          // wider than the line's other gaps (not a justified line's stretched spaces)
          const wider = seg.every((o, n) => n === 0 || n === j || o.gap <= LAYOUT.wordGap * l.size || k.gap > 1.5 * o.gap);
          const lines = new Set<number>();
          for (let iSt = 0; iSt < starts!.length; iSt++) { const st = starts![iSt]!; if (st.line !== i && Math.abs(st.x - k.x0) <= LAYOUT.alignX) lines.add(st.line); }
          if (wider && lines.size >= 2) {
            out.push(cur);
            cur = [];
            k.space = false;
          }
        }
        cur.push(k);
      });
      out.push(cur);
    }
    l.segs = out;
  }
}

/**
 * The width of a word of an item, estimated from the item's width: letters average twice the
 * width of a space (Helvetica: letters ~0,5 em, the space 0,278 em).
 */
function wordWidth(it: TextItem, word: string): number {
  const spaces = it.str.length - it.str.replace(SPACES, '').length;
  const units = it.str.length - spaces + spaces / 2;
  return units > 0 ? (it.width * word.length) / units : 0;
}

/** An item that starts with spaces: its text starts a little further right. */
function leadingSpaceWidth(it: TextItem): number {
  const n = it.str.length - it.str.trimStart().length;
  return n > 0 && it.str.length > 0 ? (it.width * n) / it.str.length : 0;
}

/** The number of pages some lines are on; the lines in page order (as markRunning collects them). */
function pageCount(lines: PLine[]): number {
  let count = 0;
  let page = -1;
  for (let iL = 0; iL < lines.length; iL++) {
    const l = lines[iL]!;
    if (l.page !== page) {
      count++;
      page = l.page;
    }
  }
  return count;
}

/** Step 2: mark running headers and footers, and which occurrence of each to keep. */
function markRunning(pages: PLine[][], heights: number[]): void {
  const n = pages.length;
  // lines by their text; in the header and footer zones with numbers masked (page numbers)
  const inMargin = new Map<string, PLine[]>();
  const inBody = new Map<string, PLine[]>();
  const sigOf = new Map<PLine, string>();
  pages.forEach((lines, i) => {
    const h = heights[i] ?? 0;
    for (let iL = 0; iL < lines.length; iL++) {
      const l = lines[iL]!;
      const margin = h <= 0 || l.y > h * (1 - LAYOUT.marginZone) || l.y < h * LAYOUT.marginZone;
      const sig = margin ? l.text.replace(FIGURES, '#') : l.text;
      const by = margin ? inMargin : inBody;
      const list = by.get(sig);
      if (list) list.push(l);
      else by.set(sig, [l]);
      if (margin) sigOf.set(l, sig);
    }
  });
  if (n >= 2) {
    for (const [by, least] of [
      [inMargin, 2],
      [inBody, 3],
    ] as const) {
      // a majority of the pages is needed: most lines are ruled out by their count alone; in the
      // body (outside the margins) at least three pages — two table rows with the same text can
      // stand at the same height on two pages by chance
      for (const list of by.values()) {
        if (list.length < least || list.length * 2 <= n) continue;
        const all = pageCount(list);
        if (all * 2 <= n) continue;
        // the lines at the height where the text stands on the most pages (the first such height)
        let best: PLine[] = [];
        let count = 0;
        for (let iRef = 0; iRef < list.length; iRef++) {
          const ref = list[iRef]!;
          const near = list.filter((l) => Math.abs(l.y - ref.y) <= LAYOUT.runningY);
          const pagesNear = pageCount(near);
          if (pagesNear > count) {
            best = near;
            count = pagesNear;
            if (count === all) break; // (no other height can have more)
          }
        }
        if (count >= least && count * 2 > n) for (let iL = 0; iL < best.length; iL++) { const l = best[iL]!; l.running = true; }
      }
    }
  }
  pages.forEach((lines, i) => {
    const h = heights[i] ?? 0;
    for (let iL = 0; iL < lines.length; iL++) {
      const l = lines[iL]!;
      if (l.running || l.segs.length !== 1) continue;
      if (h > 0 && l.y > h * LAYOUT.marginZone && l.y < h * (1 - LAYOUT.marginZone)) continue;
      if (!RUNNING_FORMS.some((re) => re.test(l.text))) continue;
      l.running = true;
    }
  });
  // running text stands at the top or the bottom of the page: a line repeated at the same place
  // with body text between it and the page's edge is body text (table rows that happen to stand
  // at the same height on two pages)
  for (let iLines = 0; iLines < pages.length; iLines++) {
    const lines = pages[iLines]!;
    let top = 0;
    while (top < lines.length && lines[top]!.running) top++;
    let bottom = lines.length - 1;
    while (bottom >= top && lines[bottom]!.running) bottom--;
    // … and apart from the body: a line in the body's font size as close to the body as a wrapped
    // line is body text (a table row broken over a page, the same on two pages)
    const close = (a: PLine, b: PLine) => {
      const size = Math.max(a.size, b.size);
      return a.y - b.y <= LAYOUT.wrapLeading * size && Math.abs(a.size - b.size) <= 0.05 * size;
    };
    while (top > 0 && top < lines.length && close(lines[top - 1]!, lines[top]!)) top--;
    while (bottom >= top && bottom < lines.length - 1 && close(lines[bottom]!, lines[bottom + 1]!)) bottom++;
    for (let i = top; i <= bottom; i++) lines[i]!.running = false;
  }
  // keep each running line once: per distinct text, except page numbers (one text per page)
  const runs = new Map<string, PLine[]>();
  for (let iLines = 0; iLines < pages.length; iLines++) {
    const lines = pages[iLines]!;
    for (let iL = 0; iL < lines.length; iL++) {
      const l = lines[iL]!;
      if (!l.running) continue;
      const sig = sigOf.has(l) ? `m\0${sigOf.get(l)}` : `b\0${l.text}`;
      const list = runs.get(sig);
      if (list) list.push(l);
      else runs.set(sig, [l]);
    }
  }
  for (const run of runs.values()) {
    const texts = new Set(run.map((l) => l.text));
    if (texts.size === run.length && run.length > 1) {
      run[0]!.keep = true;
      continue;
    }
    const seen = new Set<string>();
    for (let iL = 0; iL < run.length; iL++) {
      const l = run[iL]!;
      if (seen.has(l.text)) continue;
      seen.add(l.text);
      l.keep = true;
    }
  }
}

/**
 * May a line add a cell in a new column to the table row above it (a cell centred vertically,
 * which starts below the row's first line)? When the line is less than `halfLine` × font size
 * below the row's last line, it cannot be a line of its own (glyphs would overlap), so yes.
 * At a full line's distance only when the row above is already a table row — two or more cells,
 * or a cell right of the left margin — not running text that ended short.
 */
function newColumnOk(l: LLine, p: PLine, s: Seg, dy: number, size: number): boolean {
  if (dy < LAYOUT.halfLine * size) return true;
  if (l.cols.length >= 2) return true;
  const only = l.cols[0]!;
  if (s.x1 < only.x0) return only.x0 - l.left > LAYOUT.cellGap * size;
  // right of a one-cell line: only when that line was cut before the new cell's column (its text
  // goes on in this line, and its next word would not have fitted before the new cell)
  const q = atX(l.last.segs, only.x0);
  const next = atX(p.segs, only.x0);
  const edge = nextStart(p.segs, only.x0);
  return !!q && !!next && cut(q, next, size, edge - LAYOUT.cellGap * size);
}

/** The x of the first column (or cell) that starts right of `x0` (Infinity when none does). */
function nextStart(cols: { x0: number }[], x0: number): number {
  let best = Infinity;
  for (let iK = 0; iK < cols.length; iK++) { const k = cols[iK]!; if (k.x0 > x0 + LAYOUT.alignX && k.x0 < best) best = k.x0; }
  return best;
}

/** Step 3 helpers. */
/** The first of `list` whose left edge is within alignX of `x0` (a plain loop: it runs for every segment of a PDF). */
function atX<T extends { x0: number }>(list: readonly T[], x0: number): T | undefined {
  for (let i = 0; i < list.length; i++) if (Math.abs(list[i]!.x0 - x0) <= LAYOUT.alignX) return list[i];
  return undefined;
}

function matchCol(cols: Col[], x0: number): Col | undefined {
  return atX(cols, x0);
}

/** Was `q` (a segment of the line above) cut at `edge`, i.e. had it no room for `next`'s first word? */
function cut(q: Seg, next: Seg, size: number, edge: number): boolean {
  return q.x1 + LAYOUT.space * size + next.firstWord > edge - LAYOUT.roomSlack * size;
}

export interface Layout {
  lines: SourceLine[];
  running: SourceLine[];
}

/** Positioned items of every page → the document's lines (see the module comment). */
export function layoutPages(pages: PageText[]): Layout {
  const plines = pages.map((p, i) => physicalLines(p, i + 1));
  markRunning(
    plines,
    pages.map((p) => p.height),
  );
  const body = plines.map((lines) => lines.filter((l) => !l.running));

  // Right edges for the room test: widest one-cell line per start x, widest text on any page.
  let docRight = 0;
  let docLeft = Infinity;
  for (let iLines = 0; iLines < body.length; iLines++) { const lines = body[iLines]!; for (const l of lines) docLeft = Math.min(docLeft, l.segs[0]!.x0); }
  const paraRight: { x0: number; x1: number }[] = [];
  for (let iLines = 0; iLines < body.length; iLines++) {
    const lines = body[iLines]!;
    for (let iL = 0; iL < lines.length; iL++) {
      const l = lines[iL]!;
      for (let iS = 0; iS < l.segs.length; iS++) { const s = l.segs[iS]!; docRight = Math.max(docRight, s.x1); }
      if (l.segs.length === 1) {
        const s = l.segs[0]!;
        const e = atX(paraRight, s.x0);
        if (e) e.x1 = Math.max(e.x1, s.x1);
        else paraRight.push({ x0: s.x0, x1: s.x1 });
      }
    }
  }
  const paraEdge = (x0: number) => atX(paraRight, x0)?.x1 ?? docRight;

  const logical: LLine[] = [];
  let number = 0;
  let cur: LLine | null = null;
  /** Column starts and widest text of the table being read (for edges across page breaks). */
  let table: Col[] = [];

  const start = (p: PLine, running: boolean): LLine => {
    const l: LLine = {
      page: p.page,
      number: ++number,
      cols: p.segs.map((s) => ({ x0: s.x0, parts: [s.text], maxX1: s.x1, size: p.size })),
      first: p,
      last: p,
      running,
      left: docLeft,
    };
    logical.push(l);
    return l;
  };

  const colEdge = (c: Col): number => {
    const known = [...table, ...(cur?.cols ?? [])];
    let edge = c.maxX1;
    for (let iK = 0; iK < known.length; iK++) { const k = known[iK]!; if (Math.abs(k.x0 - c.x0) <= LAYOUT.alignX && k.maxX1 > edge) edge = k.maxX1; }
    const nx = nextStart(known, c.x0);
    const next = nx < Infinity ? { x0: nx } : undefined;
    const size = cur?.last.size ?? 0;
    // the next column's start bounds this one's edge; the last column's edge is its widest text
    return next ? Math.max(edge, next.x0 - LAYOUT.gutterMax * size) : edge;
  };

  /** Does a one-cell line's text stay within a column of the table being read? */
  const inTableColumn = (c: Col): boolean => {
    if (!matchCol(table, c.x0)) {
      // the first column of a table whose header row left it empty (`\tDekkes\tDekkes ikke`):
      // a cell at the margin that ends before the table's first known column
      if (table.length === 0 || Math.abs(c.x0 - docLeft) > LAYOUT.cellGap * c.size) return false;
      let first = Infinity;
      for (let iK = 0; iK < table.length; iK++) { const k = table[iK]!; first = Math.min(first, k.x0); }
      return first - docLeft > LAYOUT.emptyColumn * c.size && c.maxX1 < first;
    }
    return c.maxX1 < nextStart(table, c.x0);
  };

  const continues = (l: LLine, p: PLine, firstOnPage: boolean, lastOnPrev: boolean): Col[] | null => {
    const q = l.last;
    const size = Math.max(q.size, p.size);
    // a heading does not run on into body text: a continuation has the font size of the line above
    // (11 pt headings over 10,5 pt text differ by less than 5 %)
    if (Math.abs(q.size - p.size) > 0.02 * size) return null;
    const samePage = q.page === p.page;
    const dy = samePage ? q.y - p.y : Infinity;
    if (samePage) {
      if (!(dy > 0 && dy <= LAYOUT.wrapLeading * size)) return null;
    } else if (!(p.page === q.page + 1 && firstOnPage && lastOnPrev)) {
      return null;
    }
    const targets: Col[] = [];
    const added: Col[] = [];
    for (let iS = 0; iS < p.segs.length; iS++) {
      const s = p.segs[iS]!;
      let c = matchCol(l.cols, s.x0);
      if (!c && l.cols.length === 1 && p.segs.length === 1) {
        // a bullet's hanging indent: «- Text …» continued a little to the right
        const only = l.cols[0]!;
        if (BULLET.test(only.parts[0] ?? '') && s.x0 > only.x0 && s.x0 - only.x0 <= 4 * size) c = only;
      }
      if (!c) {
        // a cell of the same table row that starts lower: cells centred vertically in their
        // row start half a line or more below the row's tallest cell (see newColumnOk), on the
        // next page too when the row is broken over the page (there, in a column of the table)
        const ok = samePage ? newColumnOk(l, p, s, dy, size) : !!matchCol(table, s.x0) && p.segs.some((k) => !!matchCol(l.cols, k.x0));
        if (!ok) return null;
        c = { x0: s.x0, parts: [], maxX1: s.x1, size: p.size };
        added.push(c);
      }
      if (targets.includes(c)) return null;
      targets.push(c);
    }
    // every new cell needs a continued one beside it, unless the line is less than a line below
    if (added.length === p.segs.length && dy >= LAYOUT.halfLine * size) return null;
    if (added.length) {
      // the line above is a row of a table, not running text: added cells make it one
      const cols = [...l.cols, ...added].sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < cols.length; i++) if (cols[i]!.x0 < cols[i - 1]!.maxX1 + LAYOUT.wordGap * size) return null;
      if (samePage) return targets;
      // across the page break, the cells that go on must have been cut at their column's edge
      for (let i = 0; i < p.segs.length; i++) {
        const c = targets[i]!;
        if (added.includes(c)) continue;
        const qs = atX(q.segs, c.x0);
        if (!qs || !cut(qs, p.segs[i]!, size, colEdge(c))) return null;
      }
      return targets;
    }
    const paragraph = l.cols.length === 1 && p.segs.length === 1;
    // across a page break, a sentence that ends at the end of the page's last line and a line
    // that starts with a capital are a paragraph's end and the next paragraph's start
    if (paragraph && !samePage && ENDS_SENTENCE.test(q.segs[0]!.text) && CAPITAL_OR_FIGURE_START.test(p.segs[0]!.text)) return null;
    // a list item after an introduction («… er:») or after another list item is a line of its own
    // (in a table's column, the items of a list are one cell)
    if (
      paragraph &&
      BULLET.test(p.segs[0]!.text) &&
      (q.segs[0]!.text.endsWith(':') || BULLET.test(l.cols[0]!.parts[0] ?? '')) &&
      !inTableColumn(l.cols[0]!)
    ) {
      return null;
    }
    if (!paragraph) {
      // a cell's continuation stays within its column: it does not run into the next one
      for (let i = 0; i < p.segs.length; i++) {
        const c = targets[i]!;
        if (p.segs[i]!.x1 > nextStart(l.cols, c.x0) + LAYOUT.alignX) return null;
      }
    }
    if (paragraph || !samePage) {
      // the line above must have been cut at its column's edge in every column continued here
      for (let i = 0; i < p.segs.length; i++) {
        const c = targets[i]!;
        const qs = atX(q.segs, c.x0) ?? (paragraph ? q.segs[0] : undefined);
        if (!qs) return null;
        let edge: number;
        if (!paragraph) edge = colEdge(c);
        else if (samePage) edge = inTableColumn(c) ? colEdge(c) : paraEdge(c.x0);
        // Across a page break there is no line spacing to go by. A one-cell line that has wrapped
        // already shows its own width; one that has not may be a short heading or paragraph
        // below a table just as well as a cell of the table's first column: it is judged
        // against the widest text at its x (a short line never runs on onto the next page).
        else edge = c.parts.length > 1 ? c.maxX1 : paraEdge(c.x0);
        if (!cut(qs, p.segs[i]!, size, edge)) return null;
      }
    }
    return targets;
  };

  /** The physical lines of the first row of the table being read (its header row). */
  let head: PLine[] = [];
  let headOpen = false;
  plines.forEach((lines, pi) => {
    const pageBody = body[pi]!;
    // a table's header row repeated at the top of the page where the table goes on (browsers,
    // word processors) is dropped: the text has it once
    let skip = 0;
    if (pi > 0 && head.length > 0 && cur && cur.cols.length >= 2 && head.every((h, k) => sameRow(h, pageBody[k]))) skip = head.length;
    const top = pageBody[skip];
    for (let iP = 0; iP < lines.length; iP++) {
      const p = lines[iP]!;
      if (p.running) {
        if (p.keep) start(p, true);
        continue;
      }
      if (skip > 0 && pageBody.indexOf(p) < skip) continue;
      const firstOnPage = top === p;
      const prevBody = pi > 0 ? body[pi - 1]! : [];
      const lastOnPrev = cur !== null && prevBody.length > 0 && prevBody[prevBody.length - 1] === cur.last;
      const targets = cur ? continues(cur, p, firstOnPage, lastOnPrev) : null;
      if (cur && targets) {
        p.segs.forEach((s, i) => {
          const c = targets[i]!;
          if (!cur!.cols.includes(c)) {
            cur!.cols.push(c);
            cur!.cols.sort((a, b) => a.x0 - b.x0);
          }
          appendPart(c.parts, s.text);
          c.maxX1 = Math.max(c.maxX1, s.x1);
        });
        cur.last = p;
        if (headOpen) head.push(p);
        continue;
      }
      // a new line: remember the finished one's columns while a table goes on
      if (cur) {
        if (cur.cols.length > 1 || inTableColumn(cur.cols[0]!)) mergeCols(table, cur.cols);
        else table = [];
      }
      // the header row: the first row after running text (a row whose cells clash with the
      // table's columns — a cell spanning two — does not start a new header)
      const fresh = table.length === 0;
      cur = start(p, false);
      if (clashes(table, cur.cols)) table = [];
      headOpen = fresh && p.segs.length >= 2;
      if (headOpen) head = [p];
      else if (fresh) head = [];
    }
  });

  return finish(logical);
}

const CONJUNCTION = /^(?:og|eller|samt|til|enn|and|or)\b/;
// (module constants, not literals in the functions: the bundler writes a literal with \p{…} as
// `new RegExp(…)`, which would build the pattern again on every call)
const LOWER_HYPHEN_END = /\p{Ll}-$/u;
const LOWER_START = /^\p{Ll}/u;
const HYPHEN_END = /[\p{L}\p{N}/]-$/u;
const LETTER_OR_FIGURE_START = /^[\p{L}\p{N}]/u;
const SLASH_END = /[\p{L}\p{N}<-]\/$/u;
/** A word with a hyphen between letters («tak-over-tak», «list-style»). */
const COMPOUND = /\p{L}-\p{L}/u;
/** The last and the first word of a text, words ending at spaces and slashes. */
const lastWord = (s: string) => s.slice(Math.max(s.lastIndexOf(' '), s.lastIndexOf('/')) + 1);
const firstWord = (s: string) => s.split(/[\s/]/, 1)[0] ?? '';

/**
 * Append a wrapped line's text to a cell's parts (they are joined with spaces): a word broken at
 * the line end is joined up again.
 * - A soft hyphen (U+00AD) at the end: hyphenation; dropped, the word joined («vann\u00AD» «avløp»).
 * - A hyphen right after a lower-case letter, the next line starting with a lower-case letter:
 *   hyphenation; dropped («brannfor-» «sikringssummen» → «brannforsikringssummen»), except before
 *   og/eller/… («kjøle-» «og fryserom» stays «kjøle- og fryserom»), and in a word that has another
 *   hyphen between letters («tak-» «over-tak», «list-style-» «type»: a compound, kept; words end at
 *   spaces and slashes, so «reparasjons-/gjenoppbygnings-» «perioden» is still joined). A hard
 *   hyphen in a compound written in lower case («e-post», «framdrifts-maskineri») cannot be told
 *   from this and loses its hyphen.
 * - A hyphen right after another letter, a digit or «/»: kept, no space («IT-» «utstyr»,
 *   «22-» «30 G», «Yrkesskade/-» «sykdom»).
 * - A slash right after a letter, a digit, «-» or «<»: word processors break after it («tyveri/» «ran»,
 *   «</» «ul>»): no space. A break at a space after a slash («repareres/ gjenoppføres», «v/ Per»)
 *   looks the same and loses its space: positions cannot tell, and «x/y» is by far the more common
 *   (161 to 2 in the corpus). «Lag /» keeps it.
 * A hyphen after a space or a comma («Kr 10 000 -», «kr 10.000,-») is text of its own: a space.
 */
function appendPart(parts: string[], text: string): void {
  const i = parts.length - 1;
  const prev = parts[i];
  if (prev === undefined) {
    parts.push(text);
    return;
  }
  // the end tests read the last three code units: the mark and the code point before it (one
  // surrogate pair at most) — a pattern anchored at the end would scan the whole cell text
  const end = prev.slice(-3);
  if (prev.endsWith('\u00AD')) {
    parts[i] = prev.slice(0, -1) + text;
  } else if (LOWER_HYPHEN_END.test(end) && LOWER_START.test(text) && !CONJUNCTION.test(text) && !COMPOUND.test(lastWord(prev).slice(0, -1)) && !COMPOUND.test(firstWord(text))) {
    parts[i] = prev.slice(0, -1) + text;
  } else if (HYPHEN_END.test(end) && LETTER_OR_FIGURE_START.test(text) && !CONJUNCTION.test(text)) {
    parts[i] = prev + text;
  } else if (SLASH_END.test(end) && !STARTS_SPACE.test(text)) {
    parts[i] = prev + text;
  } else {
    parts.push(text);
  }
}

/** The same row again: the same cells at the same places (a table's header row on the next page). */
function sameRow(a: PLine, b: PLine | undefined): boolean {
  return !!b && a.text === b.text && a.segs.length === b.segs.length && a.segs.every((s, i) => Math.abs(s.x0 - b.segs[i]!.x0) <= LAYOUT.alignX);
}

function mergeCols(into: Col[], cols: Col[]): void {
  for (let iC = 0; iC < cols.length; iC++) {
    const c = cols[iC]!;
    const m = matchCol(into, c.x0);
    if (m) m.maxX1 = Math.max(m.maxX1, c.maxX1);
    else into.push({ x0: c.x0, parts: [], maxX1: c.maxX1, size: c.size });
  }
}

/** Another table's columns: a cell spans a column's start, or starts inside a column's text. */
function clashes(g: { x0: number; x1?: number; maxX1?: number }[], cols: Col[]): boolean {
  // (plain loops: this runs for every line of a PDF)
  for (let iK = 0; iK < g.length; iK++) {
    const k = g[iK]!;
    const right = k.x1 ?? k.maxX1 ?? 0;
    for (let iC = 0; iC < cols.length; iC++) {
      const c = cols[iC]!;
      if (k.x0 > c.x0 + LAYOUT.alignX && k.x0 < c.maxX1 - LAYOUT.alignX) return true;
      if (c.x0 > k.x0 + LAYOUT.alignX && c.x0 < right - LAYOUT.alignX) return true;
    }
  }
  return false;
}

/**
 * A two-row table with one cell per row: a short line at the left margin («Definisjoner»), and
 * right below it a block of wrapped lines whose left edge is right of where that line ends — the
 * block is the second column of a row whose first column is empty (a term and its description;
 * in text, `Definisjoner\t` then `\t<ul…>`). Positions cannot tell this from an indented
 * paragraph under a short heading; the block must have wrapped (its left edge is a column edge,
 * not a centred or right-aligned line), start clearly right of the short line (a gap wider than a
 * cell gap, and more than a bullet's hanging indent from the margin), and follow at most a row's
 * spacing below it.
 */
function termAndBlock(prev: LLine, l: LLine, left: number): boolean {
  if (prev.page !== l.page || prev.cols.length !== 1 || l.cols.length !== 1) return false;
  const term = prev.cols[0]!;
  const block = l.cols[0]!;
  const size = l.first.size;
  // (at the margin: a table's cells may be padded in from it by up to an em)
  if (Math.abs(prev.last.size - size) > 0.05 * size || term.x0 - left > LAYOUT.cellGap * size) return false;
  if (term.parts.length !== 1 || block.parts.length < 2) return false;
  if (block.x0 < term.maxX1 + LAYOUT.cellGap * size || block.x0 - left <= 4 * size) return false;
  const dy = prev.last.y - l.first.y;
  return dy > 0 && dy <= 3 * size;
}

/** Step 4: tables get one cell per column; then the SourceLines. */
function finish(logical: LLine[]): Layout {
  const body = logical.filter((l) => !l.running);
  interface GridCol {
    x0: number;
    x1: number;
  }
  const gridOf = new Map<LLine, number[]>();
  let grid: GridCol[] | null = null;
  let members: LLine[] = [];
  let pendingBreak = false;
  const close = () => {
    if (grid) {
      const xs = grid.map((g) => g.x0).sort((a, b) => a - b);
      for (let iM = 0; iM < members.length; iM++) { const m = members[iM]!; gridOf.set(m, xs); }
    }
    grid = null;
    members = [];
    pendingBreak = false;
  };
  const at = (g: GridCol[], x: number) => atX(g, x);
  const left = Math.min(...body.map((l) => l.cols[0]?.x0 ?? Infinity));
  body.forEach((l, i) => {
    const xs = l.cols.map((c) => c.x0);
    if (xs.length > 1) {
      if (grid && clashes(grid, l.cols)) close();
      // after a one-cell line, the same table goes on if this line shares a column with it
      // (other than the left margin, where every table and paragraph starts)
      if (grid && pendingBreak && !xs.some((x) => x > left + LAYOUT.alignX && at(grid!, x))) close();
      if (!grid) grid = [];
      for (let iC = 0; iC < l.cols.length; iC++) {
        const c = l.cols[iC]!;
        const k = at(grid, c.x0);
        if (k) k.x1 = Math.max(k.x1, c.maxX1);
        else grid.push({ x0: c.x0, x1: c.maxX1 });
      }
      members.push(l);
      pendingBreak = false;
      return;
    }
    const only = l.cols[0]!;
    const k = grid ? at(grid, only.x0) : undefined;
    if (grid && k && k.x0 > left + LAYOUT.alignX && !clashes(grid, l.cols)) {
      members.push(l);
      pendingBreak = false;
      return;
    }
    const prev = body[i - 1];
    if (prev && prev.cols.length === 1 && !members.includes(prev) && termAndBlock(prev, l, left)) {
      close();
      const term = prev.cols[0]!;
      grid = [
        { x0: term.x0, x1: term.maxX1 },
        { x0: only.x0, x1: only.maxX1 },
      ];
      members = [prev, l];
      return;
    }
    if (grid && pendingBreak) close();
    else if (grid) pendingBreak = true;
  });
  close();
  // a table whose first column starts right of the margin has an empty first column there (not
  // a table whose cells are only padded in from the margin by its grid lines)
  for (const [l, g] of gridOf) {
    if (g[0]! > left + LAYOUT.emptyColumn * l.first.size) gridOf.set(l, [left, ...g]);
  }

  const toSource = (l: LLine): SourceLine => {
    // parts are cleaned text already (physicalLines), joined with single spaces
    const texts = l.cols.map((c) => c.parts.join(' '));
    const g = gridOf.get(l);
    let cells = texts;
    if (g) {
      cells = g.map(() => '');
      l.cols.forEach((c, i) => {
        const k = g.findIndex((v) => Math.abs(v - c.x0) <= LAYOUT.alignX);
        cells[k] = cells[k] ? `${cells[k]} ${texts[i]}` : texts[i]!;
      });
    }
    return { page: l.page, line: l.number, text: cells.join('\t'), cells };
  };
  return {
    lines: body.map(toSource),
    running: logical.filter((l) => l.running).map(toSource),
  };
}
