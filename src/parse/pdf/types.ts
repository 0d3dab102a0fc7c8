/**
 * The PDF layout's shared types, thresholds and geometry helpers (see src/parse/pdf-layout.ts for
 * the steps that use them).
 */

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
  /** Page width in points, where known (the right margin of a text file printed: pdf/printed-text.ts). */
  width?: number;
  items: TextItem[];
  /** The page's horizontal rules, when they have been read (src/parse/pdf-rules.ts). */
  rules?: Rule[];
}

/** A horizontal line drawn on the page (a rule, a side of a rectangle), in the text items' coordinates. */
export interface Rule {
  x0: number;
  x1: number;
  y: number;
}

export const LAYOUT = {
  sameLine: 0.4,
  /** Baseline shift of a smaller item (superscript, footnote mark) still on the line, × font size. */
  scriptShift: 0.5,
  cellGap: 1.0,
  wordGap: 0.15,
  wrapLeading: 1.45,
  /** The furthest a wrapped line stands below the line above, × font size, in a document that sets its lines apart (join.ts reach). */
  maxLeading: 2.0,
  /** A document's own leading is met to within this, × font size. */
  leadingSlack: 0.08,
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
  /**
   * The narrowest gap between cells where the text before it ends at a right-aligned column's edge,
   * × font size: wider than a space (0,28 em) — word processors pad a table's cells by 2 points or
   * so, and a right-aligned header then stands 3 to 4 points from the next (see splitAtColumns).
   */
  tightCellGap: 0.35,
  /**
   * The narrowest gap between cells where a right-aligned column's text ends and a left-aligned
   * column's starts at the same x on two other lines or more, × font size: wider than a space
   * (0,25–0,28 em). LibreOffice pads a table's cells by 1,5 points, so «kr 14 800 000» ends 3 points
   * from the «Byggekost» of the column after it (0,33 em at 9 points; see lines.ts paddedGaps).
   */
  paddedCellGap: 0.29,
  /** The widest gap between a list marker and its text, × font size. */
  markerGap: 3,
  /** A table's first column starts this far right of the margin, × font size, when it is empty. */
  emptyColumn: 1.5,
  /** Lines closer than this, × font size, cannot be lines of one column (glyphs would overlap). */
  halfLine: 0.9,
  /** Slack for the room test, × font size: widths of words are estimated, not measured. */
  roomSlack: 1.0,
  /** The width of a letter, × font size (a broken word's first part fills its column to within one). */
  letter: 0.6,
  /** Lines of one table are at most this far apart, × font size (rows set apart by space included). */
  tableGap: 2.5,
  /**
   * A header row stands at most this far above the first row under it, × font size: a web page's
   * header cells have their padding and a rule below them (WeasyPrint: 2,6 em at 8 points).
   */
  headerGap: 3,
  /** An underline stands up to this far below its baseline, × font size (a rule further down is between lines). */
  underline: 0.25,
  /** Rows set apart by space: at least this much more than the wrapped lines' pitch, × font size. */
  rowSpace: 0.25,
} as const;


/** A cell of a physical line: its left and right edge and its text. */
export interface Seg {
  x0: number;
  x1: number;
  text: string;
  /** Estimated width of the first word (for the room test). */
  firstWord: number;
  /** The cell is amounts (src/parse/pdf/columns.ts isAmountCell; known once asked). */
  amount?: boolean;
}

export interface PLine {
  page: number;
  y: number;
  size: number;
  segs: Seg[];
  text: string;
  running: boolean;
  keep: boolean;
  /** The table the line is a line of (src/parse/pdf/columns.ts), if any. */
  table?: TableBlock;
  /** A rule is drawn between this line and the table's line above it (src/parse/pdf/columns.ts). */
  ruleAbove?: boolean;
  /** Set in a fixed-width font: a line of a text file printed as it is (src/parse/pdf/lines.ts). */
  mono?: boolean;
  /**
   * A part of a block of fields set beside another (src/parse/pdf/flow.ts sideBySide): the right
   * edge its column's text wraps at, and whether it is a field line («Egenandel kr 15 000»).
   */
  block?: { edge: number; field: boolean };
}

/** A table found from its cells' positions (src/parse/pdf/columns.ts). */
export interface TableBlock {
  /** The left edge of its first column. */
  first: number;
  /** Its columns: left edge, and the right edge of the widest cell starting there. */
  cols: { x0: number; x1: number }[];
  /** The left edges of its amount columns (most of their cells are amounts). */
  amountCols: number[];
  /** Its rows are set apart by more space than its wrapped lines (at two places or more). */
  spaced: boolean;
  /** Rules are drawn between its lines at two places or more: a line without one above it goes on with the row. */
  ruled: boolean;
  /** Its smallest distance between two lines (at least `halfLine`; Infinity for one line). */
  pitch: number;
}

export interface Col {
  x0: number;
  parts: string[];
  maxX1: number;
  /** Font size of the text that started the cell. */
  size: number;
  /** The cell's last line of text so far, and the physical line it is on (none in a table's column list). */
  last?: Seg;
  lastLine?: PLine;
  /** One of the cell's lines is amounts (src/parse/pdf/columns.ts isAmountCell). */
  amount?: boolean;
}

export interface LLine {
  page: number;
  number: number;
  cols: Col[];
  /** The first and the last physical line joined into this one. */
  first: PLine;
  last: PLine;
  running: boolean;
  /** The left margin: the leftmost x any body line starts at. */
  left: number;
  /** A table row that joined a line with nothing to show it belongs to the row (src/parse/pdf/rows.ts). */
  uncertain: boolean;
}

/** A list item's marker at the start of a text: «- », «• », «1. », «a) ». */
export const BULLET = /^(?:[-–•*·▪◦]|\d{1,2}[.)]|[a-z][.)])\s/;

/** The x of the first column (or cell) that starts right of `x0` (Infinity when none does). */
export function nextStart(cols: { x0: number }[], x0: number): number {
  let best = Infinity;
  for (let iK = 0; iK < cols.length; iK++) { const k = cols[iK]!; if (k.x0 > x0 + LAYOUT.alignX && k.x0 < best) best = k.x0; }
  return best;
}

/** The first of `list` whose left edge is within alignX of `x0` (a plain loop: it runs for every segment of a PDF). */
export function atX<T extends { x0: number }>(list: readonly T[], x0: number): T | undefined {
  for (let i = 0; i < list.length; i++) if (Math.abs(list[i]!.x0 - x0) <= LAYOUT.alignX) return list[i];
  return undefined;
}

export function matchCol(cols: Col[], x0: number): Col | undefined {
  return atX(cols, x0);
}

/** Was `q` (a segment of the line above) cut at `edge`, i.e. had it no room for `next`'s first word? */
export function cut(q: Seg, next: Seg, size: number, edge: number): boolean {
  return q.x1 + LAYOUT.space * size + next.firstWord > edge - LAYOUT.roomSlack * size;
}

/** Another table's columns: a cell spans a column's start, or starts inside a column's text. */
export function clashes(g: { x0: number; x1?: number; maxX1?: number }[], cols: Col[]): boolean {
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
