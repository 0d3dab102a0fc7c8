/**
 * Step 3 of the PDF layout: physical lines → logical lines. A line continues the logical line
 * above it (its cells appended to that line's cells, column by column) or starts a new one; a
 * table's header row repeated at the top of the next page is dropped. The rules are in the module
 * comment of src/parse/pdf-layout.ts; each test is a method of its own here.
 */
import { beginsRow, goesOnAcrossRule, hadAmounts, joinedWithoutEvidence, restOfRow, ruledRow, somethingGoesOn, type RowStep } from './rows.js';
import { isAmountCell } from './columns.js';
import { appendPart } from './words.js';
import { COLUMN_NAME_SET } from '../vocabulary.js';
import { DATE_SOURCE } from '../amounts.js';
import { PAGE_CELL, PAGE_OF } from './running.js';
import { atX, BULLET, clashes, cut, LAYOUT, matchCol, nextStart, type Col, type LLine, type PLine, type Seg, type TableBlock } from './types.js';

const ENDS_SENTENCE = /[.:!?][»”")]?$/;
const INNER_SPACE = /\s/;
const LOWER_START = /^[a-zß-öø-ÿčđŋšŧž]/u;
const WORD_END = /[A-Za-zÀ-ÖØ-öø-ɏ]$/u;
/** A row of cells between bars, closed with its bar (`| … | 6 880 |`), and a line that opens one. */
const BAR_CLOSED = /^\s*\|.*\|\s*$/;
const BAR_OPEN = /^\s*\|/;

/**
 * The cell of `l` whose right-aligned text goes on in `s`: a header set right over its amounts and
 * wrapped, its next line ending where its first ends and starting further right or left («Pris»
 * over «per år» in LibreOffice) — text in lower case, no amount, right under that cell's line `q`.
 */
function rightAlignedRest(l: LLine, q: PLine, s: Seg): Col | undefined {
  if (ZERO_GROUP_START.test(s.text)) return amountRestUnder(l, q, s);
  if (!LOWER_START.test(s.text) || isAmountCell(s)) return undefined;
  for (let i = 0; i < l.cols.length; i++) {
    const c = l.cols[i]!;
    if (c.lastLine === q && c.last && Math.abs(c.last.x1 - s.x1) <= LAYOUT.alignX && s.x0 > (l.cols[i - 1]?.maxX1 ?? -Infinity)) return c;
  }
  return undefined;
}

/** A group of three that starts with 0 («000», «000,-», «000 kr»): no amount begins so. */
const ZERO_GROUP_START = /^0\d\d(?:[\s.,]|$)/;
const DIGIT_END = /\d$/;

/**
 * The cell of `l` whose amount, broken at its space, goes on in `s` («kr 1 500» over «000», a word
 * processor's table cell wrapped inside its column): `s` begins with a group no amount begins with
 * and stands within the horizontal span of that cell's last line, right under it — set flush right
 * (its right edge where the amount's is), centred or flush left. Left apart, the amount would be
 * read cut in two: 1 500 for 1 500 000.
 */
function amountRestUnder(l: LLine, q: PLine, s: Seg): Col | undefined {
  for (let i = 0; i < l.cols.length; i++) {
    const c = l.cols[i]!;
    const last = c.last;
    if (c.lastLine !== q || !last || !DIGIT_END.test(last.text)) continue;
    if (s.x0 >= last.x0 - LAYOUT.alignX && s.x1 <= last.x1 + LAYOUT.alignX) return c;
  }
  return undefined;
}

/** The rest of a broken word: one to three lower-case letters at the start, then the cell's end, a space or punctuation. */
const FRAGMENT = /^([a-zß-öø-ÿčđŋšŧž]{1,3})(?=$|[\s.,:;)])/u;
/** A word's rest without a vowel (1–3 lower-case letters and nothing else: «ng», «m»), not an abbreviation of SHORT_WORDS. */
const NO_VOWEL = /^(?!(?:kr|nr|pr|mm|jf|bl|mv|st|ds|dvs|ht)$)[b-df-hj-np-tv-xzß]{1,3}$/;
/** A word of four letters or more, nothing else. */
const LETTERS_ONLY = /^[A-Za-zÀ-ÖØ-öø-ɏ]{4,}$/u;
/** The rest of a label broken inside its last word: a few lower-case letters and its colon («er:»). */
const LABEL_REST = /^[a-zß-öø-ÿčđŋšŧž]{1,3}:$/u;
/** A date broken in its year: the first part, the rest, and the whole. */
const DATE_HEAD = /^\d{1,2}\.\d{1,2}\.\d{1,3}$/;
const DATE_TAIL = /^\d{1,3}$/;
const FULL_DATE = /^\d{1,2}\.\d{1,2}\.\d{4}$/;
/** Short words that begin a wrapped line (not the rest of a broken word). */
const SHORT_WORDS = new Set(['og', 'i', 'på', 'av', 'til', 'for', 'med', 'er', 'en', 'et', 'ei', 'om', 'ved', 'fra', 'per', 'pr', 'kr', 'nr', 'du', 'vi', 'de', 'at', 'å', 'som', 'seg', 'ble', 'har', 'kan', 'vil', 'mm', 'ca', 'jf', 'bl', 'mv', 'ny', 'nye', 'alt', 'all', 'den', 'det', 'dem', 'inn', 'ut', 'opp', 'ned', 'ikke', 'or', 'and', 'the', 'of', 'to', 'in']);
const CAPITAL_OR_FIGURE_START = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ\d]/u;
/** Dot leaders between a label and its value («Innbo, Storgata 1 ........ kr 1 450 000»). */
const LEADER = /\.{4,}|…{2,}|(?:\. ){3,}/;

/** The right edges the room test measures against, from all body lines of the document. */
interface Edges {
  /** The left margin: the leftmost x any body line starts at. */
  left: number;
  /** The widest text on any page. */
  right: number;
  /** The widest one-cell line per start x. */
  para: { x0: number; x1: number }[];
  /** Per page, the right margin of the one-cell lines per start x, where the page shows one. */
  pageMargin: { x0: number; x1: number }[][];
  /** The document's own distance between the wrapped lines of its running text, per font size (see leadingsOf). */
  leading: { size: number; dy: number }[];
}

function edgesOf(body: PLine[][]): Edges {
  let right = 0;
  let left = Infinity;
  const para: { x0: number; x1: number }[] = [];
  const pageMargin: { x0: number; x1: number }[][] = [];
  for (let iLines = 0; iLines < body.length; iLines++) {
    const lines = body[iLines]!;
    const ends: { x0: number; x1s: number[] }[] = [];
    for (let iL = 0; iL < lines.length; iL++) {
      const l = lines[iL]!;
      left = Math.min(left, l.segs[0]!.x0);
      for (let iS = 0; iS < l.segs.length; iS++) right = Math.max(right, l.segs[iS]!.x1);
      if (l.segs.length === 1) {
        const s = l.segs[0]!;
        const e = atX(para, s.x0);
        if (e) e.x1 = Math.max(e.x1, s.x1);
        else para.push({ x0: s.x0, x1: s.x1 });
        // (running text only: a table's wrapped cells end at their column's edge)
        const pe = l.table ? undefined : atX(ends, s.x0);
        if (pe) pe.x1s.push(s.x1);
        else if (!l.table) ends.push({ x0: s.x0, x1s: [s.x1] });
      }
    }
    pageMargin.push(margins(ends, lines[0]?.size ?? 0));
  }
  return { left, right, para, pageMargin, leading: leadingsOf(body, para) };
}

/**
 * The distance between the wrapped lines of running text, per font size, where the document sets
 * them further apart than `wrapLeading` (a browser's stylesheet with `line-height: 1.5`): the most
 * common distance in paragraphs of three lines or more outside tables — one x, one size, equal
 * distances, the first two lines filled to the widest text at that x (wrapped, not a heading and
 * one-line paragraphs set apart by space), seen twice at least.
 */
function leadingsOf(body: PLine[][], para: { x0: number; x1: number }[]): { size: number; dy: number }[] {
  const seen = new Map<number, Map<number, number>>();
  const alone = (l: PLine) => l.segs.length === 1 && !l.table;
  const filled = (l: PLine) => l.segs[0]!.x1 >= (atX(para, l.segs[0]!.x0)?.x1 ?? Infinity) - 3 * l.size;
  for (let iLines = 0; iLines < body.length; iLines++) {
    const lines = body[iLines]!;
    for (let i = 2; i < lines.length; i++) {
      const a = lines[i - 2]!;
      const b = lines[i - 1]!;
      const c = lines[i]!;
      if (!alone(a) || !alone(b) || !alone(c)) continue;
      const x0 = a.segs[0]!.x0;
      if (Math.abs(b.segs[0]!.x0 - x0) > LAYOUT.alignX || Math.abs(c.segs[0]!.x0 - x0) > LAYOUT.alignX) continue;
      if (Math.abs(a.size - b.size) > 0.02 * a.size || Math.abs(a.size - c.size) > 0.02 * a.size) continue;
      const dy = a.y - b.y;
      if (Math.abs(b.y - c.y - dy) > 0.25 || dy <= LAYOUT.wrapLeading * a.size || dy > LAYOUT.maxLeading * a.size) continue;
      if (!filled(a) || !filled(b)) continue;
      const size = Math.round(a.size * 2) / 2;
      const counts = seen.get(size) ?? new Map<number, number>();
      const key = Math.round(dy * 4) / 4;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      seen.set(size, counts);
    }
  }
  const out: { size: number; dy: number }[] = [];
  for (const [size, counts] of seen) {
    let best = 0;
    let n = 0;
    for (const [dy, k] of counts) if (k > n || (k === n && dy < best)) [best, n] = [dy, k];
    if (n >= 2) out.push({ size, dy: best });
  }
  return out;
}

/**
 * A page's right margin for text starting at an x: where three of its lines or more end within a
 * word's width of the widest (the wrapped lines of a column set narrower than the rest of the
 * document, a two-column page's left column). A page of short lines (a list) shows none.
 */
function margins(ends: { x0: number; x1s: number[] }[], size: number): { x0: number; x1: number }[] {
  const out: { x0: number; x1: number }[] = [];
  for (let i = 0; i < ends.length; i++) {
    const x1s = ends[i]!.x1s.sort((a, b) => b - a);
    if (x1s.length >= 3 && x1s[0]! - x1s[2]! <= 2 * size) out.push({ x0: ends[i]!.x0, x1: x1s[0]! });
  }
  return out;
}

/** A line with a cell that is a page number and nothing else. */
function pageCell(l: PLine): boolean {
  for (let i = 0; i < l.segs.length; i++) if (PAGE_CELL.test(l.segs[i]!.text)) return true;
  return false;
}

/** A line of quote markers and nothing else: «>», «> >». */
const QUOTE_MARKS_ONLY = /^\s*>(?:\s*>)*\s*$/;

/** Told, for each physical line, the logical line it went to and why (the layout's debug report). */
export type JoinTrace = (p: PLine, line: number, why: string) => void;

/** Where a physical line stands relative to the logical line above it. */
interface Step {
  /** The logical line above and its last physical line. */
  l: LLine;
  q: PLine;
  p: PLine;
  samePage: boolean;
  /** Baseline distance on the same page (Infinity across a page break). */
  dy: number;
  size: number;
}

/**
 * Physical lines of every page (running lines marked) → the logical lines, in reading order, and
 * the pages where a table row took in a line with nothing to show it belongs there.
 */
export function joinLines(plines: PLine[][], body: PLine[][], trace?: JoinTrace): { logical: LLine[]; uncertainPages: Set<number> } {
  const j = new Joiner(edgesOf(body), trace);
  plines.forEach((lines, pi) => j.page(lines, body, pi));
  return { logical: j.logical, uncertainPages: j.uncertainPages };
}

class Joiner {
  readonly logical: LLine[] = [];
  /** Pages with a table row that took in a line with nothing to show it belongs there. */
  readonly uncertainPages = new Set<number>();
  private number = 0;
  private cur: LLine | null = null;
  /** Column starts and widest text of the table being read (for edges across page breaks). */
  private table: Col[] = [];
  /** The physical lines of the first row of the table being read (its header row). */
  private head: PLine[] = [];
  private headOpen = false;
  /** The first and the last body line of the page being read (a running head or foot not repeated). */
  private pageEnds: PLine[] = [];
  /** Rows of the table being read with amounts on their first line, and with amounts lower down. */
  private anchoredTop = 0;
  private anchoredLower = 0;

  /** Why the last line joined or did not (for the layout's debug report). */
  why = '';

  constructor(
    private readonly edges: Edges,
    private readonly trace?: JoinTrace,
  ) {}

  private no(reason: string): null {
    this.why = reason;
    return null;
  }

  private decide(refusal: string | null, joins: string, targets: Col[]): Col[] | null {
    if (refusal) return this.no(refusal);
    this.why = joins;
    return targets;
  }

  /** One page's lines: each continues the logical line above or starts a new one. */
  page(lines: PLine[], body: PLine[][], pi: number): void {
    const pageBody = body[pi]!;
    const skip = this.repeatedHeader(pageBody, pi);
    const top = pageBody[skip];
    const prevBody = pi > 0 ? body[pi - 1]! : [];
    this.pageEnds = pageBody.length ? [pageBody[0]!, pageBody[pageBody.length - 1]!] : [];
    for (let iP = 0; iP < lines.length; iP++) {
      const p = lines[iP]!;
      if (p.running) {
        if (p.keep) this.start(p, true);
        this.trace?.(p, this.logical[this.logical.length - 1]?.number ?? 0, p.keep ? 'running (kept once)' : 'running (dropped: kept once elsewhere)');
        continue;
      }
      if (skip > 0 && pageBody.indexOf(p) < skip) {
        this.trace?.(p, 0, 'the table\'s header row repeated (dropped)');
        continue;
      }
      const cur = this.cur;
      const lastOnPrev = cur !== null && prevBody.length > 0 && prevBody[prevBody.length - 1] === cur.last;
      this.why = 'the first line';
      const targets = cur ? this.continues(cur, p, top === p, lastOnPrev) : null;
      if (cur && targets) this.append(cur, p, rangeRestTargets(cur, p, targets));
      else this.newLine(p);
      this.trace?.(p, this.cur!.number, cur && targets ? `joins: ${this.why}` : `new: ${this.why}`);
    }
  }

  /**
   * The number of lines at the top of a page that repeat the header row of the table going on
   * there (browsers and word processors repeat it): they are dropped, the text has the row once.
   */
  private repeatedHeader(pageBody: PLine[], pi: number): number {
    const head = this.head;
    const cur = this.cur;
    // (the table goes on: its row, or a one-cell line within it, ended the page before)
    if (pi > 0 && head.length > 0 && cur && (cur.cols.length >= 2 || (!!cur.last.table && this.table.length >= 2 && this.inTableColumn(cur.cols[0]!))) && head.every((h, k) => sameRow(h, pageBody[k]))) return head.length;
    return 0;
  }

  private start(p: PLine, running: boolean): LLine {
    const l: LLine = {
      page: p.page,
      number: ++this.number,
      cols: p.segs.map((s) => ({ x0: s.x0, parts: [s.text], maxX1: s.x1, size: p.size, last: s, lastLine: p, amount: !!p.table && isAmountCell(s) })),
      first: p,
      last: p,
      running,
      left: this.edges.left,
      uncertain: false,
    };
    this.logical.push(l);
    return l;
  }

  /** `p`'s cells appended to the cells of `cur` they continue. */
  private append(cur: LLine, p: PLine, targets: Col[]): void {
    p.segs.forEach((s, i) => {
      const c = targets[i]!;
      if (!cur.cols.includes(c)) {
        cur.cols.push(c);
        cur.cols.sort((a, b) => a.x0 - b.x0);
      }
      if (cur.cols.length > 1 && this.brokenWord(c, s, p)) c.parts[c.parts.length - 1] += s.text;
      else appendPart(c.parts, s.text);
      c.maxX1 = Math.max(c.maxX1, s.x1);
      c.last = s;
      c.lastLine = p;
      if (p.table && isAmountCell(s)) c.amount = true;
    });
    cur.last = p;
    if (this.headOpen) this.head.push(p);
  }

  /**
   * A word broken inside a narrow table column without a hyphen (document systems break a word
   * wider than its column between two letters): the line above is one word that fills the column
   * to its last letter (less than a letter's width left), and this line begins with the word's last
   * letters — at most three in lower case, not a word of their own — «Forsikringssu» over «m»,
   * «Egenand» over «el», and a label's last letters with its colon, short word or not
   * («Forsikringstak» over «er:»); or a date broken in its year («03.06.202» over «5»). Positions
   * cannot tell a word wrapped at a space from one broken there («Dekkes» over «ikke» fills a
   * column just as wide): a longer rest is read as a word of its own.
   */
  private brokenWord(c: Col, s: Seg, p: PLine): boolean {
    const q = c.last;
    if (!q || c.lastLine === p || INNER_SPACE.test(q.text)) return false;
    if (WORD_END.test(q.text)) {
      const rest = FRAGMENT.exec(s.text)?.[1];
      // (a short word is a word of its own, unless a label's colon ends it: «Forsikringstak» over «er:»)
      if (!rest || (SHORT_WORDS.has(rest) && !LABEL_REST.test(s.text))) return false;
      // (a column's name whole, then a word of the header's own: LibreOffice's right-aligned
      // «Egenandel» over «nå» fills its column as a broken word would — «Forsikringssum» over «mer» is one name)
      const name = q.text.toLowerCase();
      if (COLUMN_NAME_SET.has(name) && !COLUMN_NAME_SET.has(name + rest)) return false;
    } else if (!(DATE_HEAD.test(q.text) && DATE_TAIL.test(s.text) && FULL_DATE.test(q.text + s.text))) {
      // (or a date broken in its year: «03.06.202» over «5»)
      return false;
    }
    // a rest that is the whole cell and has no vowel cannot be a word of its own («Driftsbygni»
    // over «ng»): the column's edge need not show it (a narrower block of fields under a wider one)
    if (LETTERS_ONLY.test(q.text) && NO_VOWEL.test(s.text)) return true;
    const found = atX(this.cur?.last.table?.cols ?? [], c.x0);
    // the column's right edge: where its widest cell ends (the table found on the page)
    return !!found && q.x1 >= found.x1 - LAYOUT.letter * p.size;
  }

  /** A new logical line: the finished one's columns are remembered while a table goes on. */
  private newLine(p: PLine): void {
    const cur = this.cur;
    // a table found on the page (pdf/columns.ts) that the line above is not part of begins here
    const another = !!cur && !!p.table && cur.page === p.page && cur.last.table !== p.table && p.segs.length >= 2;
    if (cur && !another) {
      if (cur.cols.length > 1 || this.inTableColumn(cur.cols[0]!)) {
        mergeCols(this.table, cur.cols);
        this.countAnchors(cur);
      } else {
        this.table = [];
        this.anchoredTop = this.anchoredLower = 0;
      }
    } else if (another) {
      this.table = [];
      this.anchoredTop = this.anchoredLower = 0;
    }
    // the header row: the first row after running text (a row whose cells clash with the
    // table's columns — a cell spanning two — does not start a new header)
    const fresh = this.table.length === 0;
    const next = this.start(p, false);
    this.cur = next;
    if (clashes(this.table, next.cols)) this.table = [];
    this.headOpen = fresh && p.segs.length >= 2;
    if (this.headOpen) this.head = [p];
    else if (fresh) this.head = [];
  }

  /** A finished table row with amounts: had it them on its first line (set at the top of the row)? */
  private countAnchors(row: LLine): void {
    const table = row.first.table;
    if (!table || !hadAmounts(row, table)) return;
    const first = row.first.segs;
    let top = false;
    for (let i = 0; i < first.length && !top; i++) top = table.amountCols.some((x) => Math.abs(x - first[i]!.x0) <= LAYOUT.alignX) && isAmountCell(first[i]!);
    if (top) this.anchoredTop++;
    else this.anchoredLower++;
  }

  /** The right edge of a column (for the room test): its widest text, bounded by the next column. */
  private colEdge(c: Col): number {
    const known = [...this.table, ...(this.cur?.cols ?? [])];
    let edge = c.maxX1;
    for (let iK = 0; iK < known.length; iK++) {
      const k = known[iK]!;
      if (Math.abs(k.x0 - c.x0) <= LAYOUT.alignX && k.maxX1 > edge) edge = k.maxX1;
    }
    // the widest cell of the column in the whole table as found on the page, rows below included
    const found = atX(this.cur?.last.table?.cols ?? [], c.x0);
    if (found && found.x1 > edge) edge = found.x1;
    const nx = nextStart(known, c.x0);
    const size = this.cur?.last.size ?? 0;
    // the next column's start bounds this one's edge; the last column's edge is its widest text
    return nx < Infinity ? Math.max(edge, nx - LAYOUT.gutterMax * size) : edge;
  }

  /**
   * The right edge of running text starting at `x0`: on `page` the page's margin there when it
   * shows one, else the document's (the widest text at that x).
   */
  private paraEdge(x0: number, page?: number): number {
    const onPage = page === undefined ? undefined : atX(this.edges.pageMargin[page - 1] ?? [], x0);
    return onPage?.x1 ?? atX(this.edges.para, x0)?.x1 ?? this.edges.right;
  }

  /** Does a one-cell line's text stay within a column of the table being read? */
  private inTableColumn(c: Col): boolean {
    const table = this.table;
    const left = this.edges.left;
    // a heading in a larger font is not a cell of the table above it
    if (table.length > 0 && Math.abs(c.size - table[0]!.size) > 0.05 * c.size) return false;
    if (!matchCol(table, c.x0)) {
      // the first column of a table whose header row left it empty (`\tDekkes\tDekkes ikke`):
      // a cell at the margin that ends before the table's first known column
      if (table.length === 0 || Math.abs(c.x0 - left) > LAYOUT.cellGap * c.size) return false;
      let first = Infinity;
      for (let iK = 0; iK < table.length; iK++) first = Math.min(first, table[iK]!.x0);
      return first - left > LAYOUT.emptyColumn * c.size && c.maxX1 < first;
    }
    return c.maxX1 < nextStart(table, c.x0);
  }

  /**
   * The cells of `l` that the cells of `p` continue, one per cell of `p` (new columns added to a
   * table row among them), or null when `p` starts a new logical line.
   */
  private continues(l: LLine, p: PLine, firstOnPage: boolean, lastOnPrev: boolean): Col[] | null {
    // («>» alone: the empty line of a quoted e-mail printed, under a long quoted line — never its end)
    if (QUOTE_MARKS_ONLY.test(p.text)) return this.no('only a quote marker: an empty line of a quoted e-mail');
    const st = this.step(l, p, firstOnPage, lastOnPrev);
    if (!st) return null;
    const targets = this.placed(st);
    if (!targets) return null;
    const topAligned = this.anchoredTop > 0 && this.anchoredLower === 0;
    const row: RowStep = { l, q: st.q, p, targets, edgeOf: (c) => this.colEdge(c), size: st.size, topAligned, reach: this.reach(st.q, p, st.size) };
    // further below than running text wraps, at the table's own row pitch: a line there goes on
    // only where it plainly does (lower case, an open end above) — a table of one-line rows set
    // that far apart looks the same
    const rest = restOfRow(row);
    if (st.samePage && st.dy > this.textReach(st.size) && !somethingGoesOn(row) && !rest) return this.no('at the row pitch, and nothing on it goes on from the line above');
    this.why = l.cols.length < 2 && p.segs.length < 2 ? 'wrapped (no room for its first word above)' : 'in the columns of the row above';
    if (l.cols.length < 2 && p.segs.length < 2) return targets;
    // a table row: does the line begin the next row, though it fits this one?
    const ruled = ruledRow(row);
    if (ruled && goesOnAcrossRule(row)) return this.decide(null, 'its name goes on from the row above (an open end, lower case), a rule between them or not', targets);
    if (ruled !== undefined) return this.decide(ruled ? 'a rule is drawn above it' : null, 'no rule above it in a ruled table', targets);
    const begins = beginsRow(row);
    if (begins) return this.no(begins);
    if (joinedWithoutEvidence(row)) {
      l.uncertain = true;
      this.uncertainPages.add(p.page);
      // nothing on the line goes on from the row either (no lower-case start, no open end): the
      // line is a row of its own, as it reads (a stream table finder's rows) — never two rows'
      // values in one cell, read as one value
      // (across a page break the line above was cut at its column's edge: placed() asked)
      if (st.samePage && !somethingGoesOn(row) && !rest) return this.no('nothing shows it goes on with the row above (uncertain)');
      this.why = 'nothing shows it begins a row, nor that all of it goes on (uncertain)';
    }
    return targets;
  }

  /** The cells of `l` that `p`'s cells go on with, when they fit there (see continues). */
  private placed(st: Step): Col[] | null {
    // the first line of a table a full line below the text above it: the table begins here (a
    // heading or paragraph right above a table is not a wrapped cell of its first row)
    if (st.samePage && st.p.table && !st.q.table && st.p.segs.length >= 2 && st.dy >= LAYOUT.halfLine * st.size) return this.no('a table begins here');
    const found = this.targets(st);
    if (!found) return null;
    const { targets, added } = found;
    if (added.length) return this.addedColumnsOk(st, targets, added) ? targets : this.no('its cells in new columns overlap the line above');
    const paragraph = st.l.cols.length === 1 && st.p.segs.length === 1;
    if (paragraph && this.paragraphEnds(st)) return this.no('a paragraph or list item ends above it');
    if (!paragraph && !withinColumns(st, targets)) return this.no('a cell runs into the next column');
    if ((paragraph || !st.samePage) && !this.wasCut(st, targets, paragraph)) return this.no('the line above had room for its first word');
    // a row of cells between bars closed with its bar, and a line opening with one: two rows of a
    // bar table (a text file printed as it is: «| Maskiner … | 6 880 |» over «| Varer … |»)
    if (paragraph && BAR_CLOSED.test(st.l.cols[0]!.parts.join(' ')) && BAR_OPEN.test(st.p.text)) return this.no('a row between bars ends above it');
    // across a page break, a lone first-column line goes on with a table row only in a table on
    // its page (a heading after a table that ended with the page is not a wrapped cell)
    if (!st.samePage && !paragraph && !st.p.table && st.p.segs.length === 1 && Math.abs(st.p.segs[0]!.x0 - st.l.cols[0]!.x0) <= LAYOUT.alignX) return this.no('a line after the table, not in it');
    return targets;
  }

  /**
   * `p` right below `l`: the same font size (a heading does not run on into body text), at most a
   * wrapped line's distance below it on the same page, or the first line of the next page after
   * `l` ended the previous one. Null when `p` cannot continue `l`.
   */
  private step(l: LLine, p: PLine, firstOnPage: boolean, lastOnPrev: boolean): Step | null {
    const q = l.last;
    // a text file printed in a fixed-width font: its lines are the text's lines, each read as the
    // text is (a cell wrapped in the text is wrapped there too, and read as the text reader reads it)
    if (q.mono && p.mono) return this.no('a line of a text printed in a fixed-width font');
    // a page's head or foot with its page number («Side 2 av 4»), where no other page repeats it
    // (a one-page letter), is a line of its own: a section title right under it is not its wrapped line
    // (and so is a line, wherever it stands, with a cell that is a page number: a page's head
    // printed into the body of a text exported from a PDF)
    if ((this.pageEnds.includes(q) && PAGE_OF.test(q.text)) || (this.pageEnds.includes(p) && PAGE_OF.test(p.text)) || pageCell(q) || pageCell(p)) return this.no('a page number: the page\'s head or foot');
    // a field line of a block set beside another («Egenandel kr 15 000») is a line of its own
    if (p.block?.field || (q.block?.field && p.block)) return this.no('a field of a block beside another');
    // a rule of dashes alone on its line is a separator: never the rest of the line above, and
    // nothing under it goes on with it («Totalt per år … kr 3 528,-» over «--------…», where the
    // rule is wider than any line's room)
    if (ruleLine(p) || ruleLine(q)) return this.no('a rule of dashes: a separator, not a wrapped line');
    // a label of its own at the margin («Forsikringssted:  Fyrstikkalléen 21 …») under a line of
    // one cell that ends with no open end («INNBO SUPER»): the next field, never the rest of a
    // heading or a value above it
    if (labelUnder(l, p)) return this.no('a label begins a field of its own');
    const size = Math.max(q.size, p.size);
    // (11 pt headings over 10,5 pt text differ by less than 5 %)
    if (Math.abs(q.size - p.size) > 0.02 * size) return this.no('another font size');
    const samePage = q.page === p.page;
    const dy = samePage ? q.y - p.y : Infinity;
    if (samePage) {
      if (!(dy > 0 && dy <= this.reach(q, p, size))) return this.no('further below than a wrapped line');
    } else if (!(p.page === q.page + 1 && firstOnPage && lastOnPrev)) {
      return this.no('not at the top of the next page');
    }
    return { l, q, p, samePage, dy, size };
  }

  /**
   * How far below the line above a wrapped line may stand: `wrapLeading` × font size, or the
   * document's own leading in that size (leadingsOf); in a table whose rows are not set apart by
   * space, its own line distance (a wrapped cell stands at the row pitch there, and the rows' anchors
   * tell the two apart). Never more than `maxLeading` × font size.
   */
  private reach(q: PLine, p: PLine, size: number): number {
    let reach = this.textReach(size);
    const t = p.table;
    if (t && q.table === t && !t.spaced && t.pitch < Infinity) reach = Math.max(reach, t.pitch + LAYOUT.leadingSlack * size);
    // (a line right under a table's last row with its cells only in the table's later columns —
    // «Vinnesvåg» under «… | Kaivegen 2, 5396 Vestre | 35 000 000 kr | …» — is in reach as a row's
    // wrapped line is, though the table as found ended above it)
    else if (!t && q.table && !q.table.spaced && q.table.pitch < Infinity && inLaterColumns(p, q.table)) reach = Math.max(reach, q.table.pitch + LAYOUT.leadingSlack * size);
    return Math.min(reach, LAYOUT.maxLeading * size);
  }

  /** How far below the line above a wrapped line of running text may stand (see reach). */
  private textReach(size: number): number {
    const own = this.edges.leading.find((e) => Math.abs(e.size - size) <= 0.02 * size + 0.25);
    return Math.min(Math.max(LAYOUT.wrapLeading * size, own ? own.dy + LAYOUT.leadingSlack * size : 0), LAYOUT.maxLeading * size);
  }

  /** The cell of `l` each cell of `p` falls in (by its left edge), new columns for the others. */
  private targets(st: Step): { targets: Col[]; added: Col[] } | null {
    const { l, p, samePage, dy, size } = st;
    const targets: Col[] = [];
    const added: Col[] = [];
    for (let iS = 0; iS < p.segs.length; iS++) {
      const s = p.segs[iS]!;
      let c = matchCol(l.cols, s.x0) ?? rightAlignedRest(l, st.q, s);
      if (!c && l.cols.length === 1 && p.segs.length === 1) {
        // a bullet's hanging indent: «- Text …» continued a little to the right
        const only = l.cols[0]!;
        if (BULLET.test(only.parts[0] ?? '') && s.x0 > only.x0 && s.x0 - only.x0 <= 4 * size) c = only;
      }
      if (!c) {
        // a cell of the same table row that starts lower: cells centred vertically in their
        // row start half a line or more below the row's tallest cell (see newColumnOk), on the
        // next page too when the row is broken over the page (there, in a column of the table)
        const ok = samePage ? newColumnOk(l, p, s, dy, size) : !!matchCol(this.table, s.x0) && p.segs.some((k) => !!matchCol(l.cols, k.x0));
        if (!ok) return this.no('a cell does not fit a column of the line above');
        c = { x0: s.x0, parts: [], maxX1: s.x1, size: p.size };
        added.push(c);
      }
      if (targets.includes(c)) return this.no('two cells in one column');
      targets.push(c);
    }
    // every new cell needs a continued one beside it, unless the line is less than a line below
    if (added.length === p.segs.length && dy >= LAYOUT.halfLine * size) return this.no('no cell goes on from the line above');
    return { targets, added };
  }

  /**
   * Cells in new columns make the line above a table row: they must not overlap its cells, and
   * across a page break the cells that go on must have been cut at their column's edge.
   */
  private addedColumnsOk(st: Step, targets: Col[], added: Col[]): boolean {
    const { l, q, p, samePage, size } = st;
    const cols = [...l.cols, ...added].sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < cols.length; i++) if (cols[i]!.x0 < cols[i - 1]!.maxX1 + LAYOUT.wordGap * size) return false;
    if (samePage) return true;
    for (let i = 0; i < p.segs.length; i++) {
      const c = targets[i]!;
      if (added.includes(c)) continue;
      const qs = atX(q.segs, c.x0);
      if (!qs || !cut(qs, p.segs[i]!, size, this.colEdge(c))) return false;
    }
    return true;
  }

  /**
   * A paragraph (one cell above, one cell here) ends before `p`: a sentence that ends with the
   * page and a line that starts with a capital on the next; a list item after an introduction
   * («… er:») or after another list item (in a table's column, the items of a list are one cell);
   * an entry of a list with dot leaders after another.
   */
  private paragraphEnds(st: Step): boolean {
    const { l, q, p, samePage } = st;
    if (!samePage && ENDS_SENTENCE.test(q.segs[0]!.text) && CAPITAL_OR_FIGURE_START.test(p.segs[0]!.text)) return true;
    // two entries of a list of «label ........ value»: the rest of a wrapped entry has no leader
    // of its own, so a line with one is a new entry, however little room the entry above left
    if (LEADER.test(l.cols[0]!.parts[0] ?? '') && LEADER.test(p.segs[0]!.text)) return true;
    return BULLET.test(p.segs[0]!.text) && (q.segs[0]!.text.endsWith(':') || BULLET.test(l.cols[0]!.parts[0] ?? '')) && !this.inTableColumn(l.cols[0]!);
  }

  /** The line above was cut at its column's edge in every column continued here (the room test). */
  private wasCut(st: Step, targets: Col[], paragraph: boolean): boolean {
    const { q, p, samePage, size } = st;
    for (let i = 0; i < p.segs.length; i++) {
      const c = targets[i]!;
      const qs = atX(q.segs, c.x0) ?? (paragraph ? q.segs[0] : undefined);
      if (!qs) return false;
      let edge: number;
      if (!paragraph) edge = this.colEdge(c);
      // (a block beside another wraps at its column's edge)
      else if (samePage) edge = q.block ? q.block.edge : this.inTableColumn(c) ? this.colEdge(c) : this.paraEdge(c.x0, q.page);
      // Across a page break there is no line spacing to go by. A one-cell line that has wrapped
      // already shows its own width; one that has not may be a short heading or paragraph
      // below a table just as well as a cell of the table's first column: it is judged
      // against the widest text at its x (a short line never runs on onto the next page).
      else edge = c.parts.length > 1 ? c.maxX1 : this.paraEdge(c.x0);
      if (!cut(qs, p.segs[i]!, size, edge)) return false;
    }
    return true;
  }
}

/** A cell's continuation stays within its column: it does not run into the next one. */
function withinColumns(st: Step, targets: Col[]): boolean {
  const { l, p } = st;
  for (let i = 0; i < p.segs.length; i++) {
    if (p.segs[i]!.x1 > nextStart(l.cols, targets[i]!.x0) + LAYOUT.alignX) return false;
  }
  return true;
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

/**
 * The same row again: the same cells at the same places (a table's header row on the next page) —
 * the same left edge, or the same right edge (a right-aligned column's left edge is its widest
 * cell's, which differs from page to page).
 */
function sameRow(a: PLine, b: PLine | undefined): boolean {
  if (!b || a.text !== b.text || a.segs.length !== b.segs.length) return false;
  return a.segs.every((s, i) => Math.abs(s.x0 - b.segs[i]!.x0) <= LAYOUT.alignX || Math.abs(s.x1 - b.segs[i]!.x1) <= LAYOUT.alignX);
}

function mergeCols(into: Col[], cols: Col[]): void {
  for (let iC = 0; iC < cols.length; iC++) {
    const c = cols[iC]!;
    const m = matchCol(into, c.x0);
    if (m) m.maxX1 = Math.max(m.maxX1, c.maxX1);
    else into.push({ x0: c.x0, parts: [], maxX1: c.maxX1, size: c.size });
  }
}

/** Every cell of `p` starts at a column of `table` other than its first. */
function inLaterColumns(p: PLine, table: TableBlock): boolean {
  return p.segs.length > 0 && p.segs.every((s) => Math.abs(s.x0 - table.first) > LAYOUT.alignX && table.cols.some((c) => Math.abs(c.x0 - s.x0) <= LAYOUT.alignX));
}

/** A line of one cell that is a run of dashes, equals signs or underscores (a text's separator). */
const RULE_TEXT = /^[-=_\u2013\u2014]{5,}$/;

function ruleLine(l: PLine): boolean {
  return l.segs.length === 1 && RULE_TEXT.test(l.segs[0]!.text.trim());
}

/** A field's label: a capitalised word or a few, ending in a colon («Forsikringssted:», «Org.nr.:»). */
const LABEL_CELL = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.\-/]*(?: [A-Za-zÀ-ÖØ-öø-ɏ.\-/]+){0,3}:$/u;
/** An end that goes on in the next line: a hyphen, a comma, a conjunction or a preposition. */
const OPEN_END = /(?:[-,/(]|\b(?:og|eller|i|på|for|av|til|med|fra|ved|per)|:)$/;

/**
 * `p` opens with a label at the left edge of `l`'s one cell, a value set apart after it, and `l`'s
 * text has no open end (see step).
 */
function labelUnder(l: LLine, p: PLine): boolean {
  if (l.cols.length !== 1 || p.segs.length < 2) return false;
  const c = l.cols[0]!;
  const first = p.segs[0]!;
  if (Math.abs(first.x0 - c.x0) > LAYOUT.alignX || !LABEL_CELL.test(first.text.trim())) return false;
  const last = c.parts[c.parts.length - 1] ?? '';
  return !OPEN_END.test(last.trim());
}

/** A cell that ends with a date and the dash of a range («01.05.2025 -», «1/1-25 –»): a period broken after its dash. */
const RANGE_OPEN = new RegExp(String.raw`(?:${DATE_SOURCE})\s*[-–]$`, 'i');
/** A date alone: the rest of such a range («30.04.2026»). */
const DATE_ALONE = new RegExp(String.raw`^(?:${DATE_SOURCE})$`, 'i');

/**
 * The cells a line's cells go on in, a period's end put back with its start: a field's value wrapped after the range's
 * dash, the end date set at another column's edge on the line under it («Forsikringsperiode | 01.05.2025 -» over
 * «30.04.2026» at the label's x — groff, a narrow cell) goes on in the cell that ends with the dash, never in the cell
 * it stands under: no label ends with a date, and a period is written on one line («01.05.2025 - 30.04.2026»). Only
 * where exactly one cell of the row above ends so; the targets as they were otherwise.
 */
export function rangeRestTargets(l: { cols: Col[] }, p: { segs: { text: string }[] }, targets: Col[]): Col[] {
  let open: Col | undefined;
  for (const c of l.cols) {
    if (!RANGE_OPEN.test((c.parts[c.parts.length - 1] ?? '').trim())) continue;
    if (open !== undefined) return targets;
    open = c;
  }
  if (open === undefined) return targets;
  let out = targets;
  p.segs.forEach((seg, i) => {
    if (targets[i] === open || !DATE_ALONE.test(seg.text.trim())) return;
    if (out === targets) out = targets.slice();
    out[i] = open!;
  });
  return out;
}
