/**
 * Step 2½ of the PDF layout: the tables of a page, found from the positions of their cells over
 * many lines, before lines are joined (src/parse/pdf-layout.ts, steps 3 and 4, read what is found
 * here).
 *
 * How the two tools people use for tables in PDFs do it, and what is taken from each:
 *
 * - Tabula (tabula-java), «stream» mode (BasicExtractionAlgorithm.columnPositions): the words of
 *   every line, and column regions grown by merging the x-extents of words that overlap
 *   horizontally over all lines; each region's right edge is a column boundary. Every physical
 *   line is a row (wrapped cells come out as rows of their own). Its table detector
 *   (NurminenDetectionAlgorithm) counts «text edges» — left edges, right edges and midpoints of
 *   words that line up over at least four lines without a word crossing them — and takes the rows
 *   that meet enough of the most common kind of edge as a table. «Lattice» mode
 *   (SpreadsheetExtractionAlgorithm) uses the ruling lines instead: horizontal and vertical rules,
 *   their intersections, the smallest rectangles between intersections are the cells.
 * - pdfplumber (table.py, TableFinder): edges → intersections → cells → tables. Edges are drawn
 *   lines and rectangle sides («lines» strategy), or, with the «text» strategy, imaginary ones:
 *   vertical edges where the left edges, right edges or centres of at least three words line up
 *   (`words_to_edges_v`), horizontal edges at the top of every text line. Characters are assigned
 *   to the cell their midpoint is in. It exposes every stage (`debug_tablefinder`).
 *
 * Taken here: columns from where cells' edges line up over many lines — left edges (a cell starts
 * at its column's x, as the steps after this one match it), and right edges, so that amounts set
 * right-aligned (Nurminen's right text edges, pdfplumber's x1 clusters) are known to be one column
 * and start where their column starts (their left edge is moved there). Neither tool has an answer
 * for a cell that wraps at the same line pitch as the rows — both make each physical line a row,
 * or need ruling lines — so rows are not found here but in step 3, from anchors: a table's amount
 * columns (most of their cells are amounts) are found here, and a row begins where its amounts do
 * (see rows.ts).
 *
 * A table is a run of consecutive lines of a page with two or more cells, with the one-cell lines
 * between them that stay within one column (a wrapped first column, a continued cell, a
 * sub-heading row); a one-cell line that spans columns, or a gap wider than `tableGap` (Nurminen
 * ends a table at 2,5 × its row spacing), ends it.
 */
import { TOTAL_WORDS } from '../vocabulary.js';
import { splitHeaderNames, splitJoinedColumns } from './joined-columns.js';
import { atX, LAYOUT, type PLine, type Rule, type Seg, type TableBlock } from './types.js';

/** One amount: kroner (`kr 10.000,-`, `Kr 10 000`, `NOK 1 500`), a figure with a unit (`4,50 G`, `22-30 G`, `22–30 G`, `5,2 %`), or a grouped figure (`38.400.000`). */
const MONEY = String.raw`(?:kr\.?|nok)\s*\d[\d .\u00A0\u202F]*(?:,\d+)?(?:,-)?`;
const WITH_UNIT = String.raw`\d[\d .\u00A0\u202F]*(?:,\d+)?(?:\s*[-–]\s*\d[\d .\u00A0\u202F]*(?:,\d+)?)?\s*(?:kr\.?|nok|%|‰|promille|G)(?![A-Za-zÀ-ÖØ-öø-ɏ])`;
const GROUPED = String.raw`\d{1,3}(?:[ .\u00A0\u202F]\d{3})+(?:,\d+)?(?:,-)?`;
const DECIMAL = String.raw`\d+,\d+`;
/**
 * A cell that is amounts: one or more, each perhaps signed (`+ 3,3 %`), after at most two words (`Førsterisiko kr 500.000,-`,
 * `Inntil kr 250 000`), joined by a word such as «til» or «og» (`Fra kr 8 000 til kr 12 000`,
 * `Kr 4 000 Kr 8 000`), and at most two words after them (`kr 10 000 per skade`). An address
 * (`Havnegata 12, 5003 Bergen`), a date or a year is not one.
 */
const AMOUNT = String.raw`(?:[-+−]\s*)?(?:${MONEY}|${WITH_UNIT}|${GROUPED}|${DECIMAL})`;
const JOIN = String.raw`(?:\s*(?:til|og|eller|per|pr\.?|[-–/,])\s*|\s*)`;
// each amount taken whole, as an atomic group — a lookahead's capture consumed by its
// backreference — so that a run of figures is not tried split into amounts every way there is
// (exponential on «100 200 300 … x»)
const AMOUNTS = new RegExp(String.raw`^(?:[A-Za-zÀ-ÖØ-öø-ɏ.]+\s+){0,2}(?=(${AMOUNT}))\1(?:${JOIN}(?=(${AMOUNT}))\2)*(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ.]+){0,2}\s*$`, 'iu');
const DIGIT = /\d/;
/** The longest cell read as amounts (`Fra kr 10 000 000 til kr 15 000 000` is 35 characters). */
const MAX_AMOUNT_CELL = 48;

export function isAmount(text: string): boolean {
  // (amount cells are short; most cells of a table's text columns are long: not tried)
  return text.length <= MAX_AMOUNT_CELL && DIGIT.test(text) && AMOUNTS.test(text);
}

/** A cell that is amounts (isAmount, tested once per cell). */
export function isAmountCell(s: Seg): boolean {
  return (s.amount ??= isAmount(s.text));
}

/**
 * Step 2½: the tables of each page's body lines; right-aligned cells moved to their column's
 * start; where the page's rules are known (`rules[i]`), the rules between a table's lines.
 * Returns the pages (1-based) with a table of text alone whose rows are set at the line pitch.
 */
export function findTables(body: PLine[][], rules: (Rule[] | undefined)[]): Set<number> {
  // pages with a table of text alone at the line pitch: only rules, where drawn, show its rows —
  // unless the document sets its tables' rows apart by space (a table of one row shows no space
  // between rows, and is read as its document's other tables are)
  const unclear = new Set<number>();
  let spacedRows = false;
  for (let i = 0; i < body.length; i++) {
    const blocks = blocksOf(body[i]!);
    for (let b = 0; b < blocks.length; b++) {
      const t = readBlock(blocks[b]!, rules[i]);
      spacedRows ||= t.spaced;
      if (t.amountCols.length === 0 && !t.spaced && !t.ruled && blocks[b]!.filter((l) => l.segs.length >= 2).length >= 2) unclear.add(i + 1);
    }
  }
  return spacedRows ? new Set() : unclear;
}

/** The runs of lines of one page that form tables (see the module comment). */
function blocksOf(lines: PLine[]): PLine[][] {
  splitHeaderNames(lines);
  const blocks: PLine[][] = [];
  let cur: PLine[] | null = null;
  /** Left edges of the cells after the first in the table's lines: its columns. */
  let starts: number[] = [];
  /** Its columns' left edges and the right edge of their widest cell. */
  let cols: BlockCol[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = lines[i - 1];
    const near = !!prev && prev.y - l.y <= LAYOUT.tableGap * Math.max(prev.size, l.size);
    if (l.segs.length >= 2) {
      // a line whose cells cross the table's columns is another table's
      if (!cur || !near || crosses(l.segs, cols)) {
        const carried = cur && near ? carriedOver(cur, cols, l) : [];
        blocks.push((cur = []));
        starts = [];
        cols = [];
        for (const m of carried) addLine(cur, cols, starts, m);
      }
      addLine(cur, cols, starts, l);
      continue;
    }
    // a one-cell line goes on with the table when it stays within one of its columns, in the
    // table's font size (a heading between two tables does not)
    if (cur && near && Math.abs(l.size - cur[0]!.size) <= 0.05 * l.size && withinOneColumn(l.segs[0]!, starts, l.size)) cur.push(l);
    else cur = null;
  }
  // a table has two lines or more, one of two or more cells at least; one-cell lines after its
  // last such line are its lines only as far as they follow at a wrapped line's distance (a cell
  // going on)
  const out: PLine[][] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    let end = b.length;
    while (b[end - 1]!.segs.length < 2) end--;
    while (end < b.length && b[end - 1]!.y - b[end]!.y <= LAYOUT.wrapLeading * b[end]!.size) end++;
    if (end >= 2) out.push(end < b.length ? b.slice(0, end) : b);
  }
  return out;
}

/** A line joins a table: its cells widen or add the table's columns and column starts. */
function addLine(cur: PLine[], cols: BlockCol[], starts: number[], l: PLine): void {
  cur.push(l);
  for (let k = 0; k < l.segs.length; k++) {
    const s = l.segs[k]!;
    const c = atX(cols, s.x0);
    if (c) {
      c.x1 = Math.max(c.x1, s.x1);
      c.amounts &&= isAmountCell(s);
    } else cols.push({ x0: s.x0, x1: s.x1, amounts: isAmountCell(s) });
    if (k > 0 && !starts.some((x) => Math.abs(x - s.x0) <= LAYOUT.alignX)) starts.push(s.x0);
  }
}

/**
 * The last lines of a table that `l` crosses which are `l`'s table's: a header row (and a first
 * row) set right under a block of labelled fields («Ny periode | 01.01.2024–31.12.2024») shares
 * no column with the fields but was taken into their block, and the first long name cell under
 * it crosses the fields' value column. Lines from the block's end with no cell at a column `l`
 * crosses, and no crossing with `l` either way, go with `l` — a table's header belongs to the
 * rows under it. The block's first line stays (a block wholly `l`'s would not be crossed).
 */
function carriedOver(cur: PLine[], cols: BlockCol[], l: PLine): PLine[] {
  const against = cols.filter((c) => crosses(l.segs, [c]));
  const own = l.segs.map((s) => ({ x0: s.x0, x1: s.x1, amounts: isAmountCell(s) }));
  let from = cur.length;
  while (from > 1) {
    const m = cur[from - 1]!;
    if (against.some((c) => atX(m.segs, c.x0)) || crosses(m.segs, own) || crosses(l.segs, m.segs.map((s) => ({ x0: s.x0, x1: s.x1, amounts: isAmountCell(s) })))) break;
    from--;
  }
  return cur.splice(from);
}

/**
 * Cells that cross the table's columns: a cell that starts inside a column's text (unless it is set
 * right-aligned or centred in that column: an amount under its header), or one that starts before
 * a column and ends inside its text.
 */
/** A column of a table block: its left edge, the right edge of its widest cell, and whether all its cells are amounts. */
interface BlockCol {
  x0: number;
  x1: number;
  amounts: boolean;
}

function crosses(segs: Seg[], cols: BlockCol[]): boolean {
  const a = LAYOUT.alignX;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k]!;
      // (an amount that starts inside a header's text and ends right of it is set right-aligned
      // in a column wider than its left-aligned header: «Egenandel» over «25 000»)
      if (s.x0 > c.x0 + a && s.x0 < c.x1 - a && Math.abs(s.x1 - c.x1) > a && Math.abs(s.x0 + s.x1 - c.x0 - c.x1) > 2 * a && !(s.x1 > c.x1 + a && isAmountCell(s))) return true;
      // (the same, seen from the header: a text that ends inside a column of amounts)
      if (c.x0 > s.x0 + a && c.x0 < s.x1 - a && c.x1 > s.x1 + a && !(c.amounts && !isAmountCell(s))) return true;
    }
  }
  return false;
}

/** A cell that does not run across a column start (a column's start or inside one column). */
function withinOneColumn(s: Seg, starts: number[], size: number): boolean {
  for (let i = 0; i < starts.length; i++) {
    const x = starts[i]!;
    if (s.x0 < x - LAYOUT.alignX && s.x1 > x + LAYOUT.cellGap * size) return false;
  }
  return true;
}

/** One table: right-aligned columns found and their cells moved to the column's start; its amount columns. */
function readBlock(lines: PLine[], rules: Rule[] | undefined): TableBlock {
  splitJoinedColumns(lines, headerLines(lines));
  const segs: Seg[] = [];
  let first = Infinity;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    for (let k = 0; k < l.segs.length; k++) segs.push(l.segs[k]!);
    if (l.segs.length >= 2) first = Math.min(first, l.segs[0]!.x0);
  }
  alignRight(segs, lines[0]!.size);
  const ruled = rules ? markRules(lines, rules) >= 2 : false;
  const values = lines.slice(headerLines(lines)).flatMap((l) => l.segs);
  const table: TableBlock = { first, cols: columnsOf(segs), amountCols: amountColumns(values, first), spaced: spaced(lines), ruled, pitch: pitchOf(lines) };
  for (let i = 0; i < lines.length; i++) lines[i]!.table = table;
  return table;
}

/** A figure followed by a total's words: «4 000 Total pris per år», «5 000 Samla årspremie» (not «1 døgn», a waiting period set right). */
const AMOUNT_THEN_TOTAL = new RegExp(`^\\d[\\d .,]*\\s(?:${TOTAL_WORDS.join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'iu');
/** A bare figure («780», «1250», «12,50»): a small price set without grouping or «kr». */
const FIGURE = /^\d+(?:,\d+)?$/;

/**
 * Cells set right-aligned in a column end at one x and start wherever their text's width puts
 * them. Cells whose right edges line up with an amount's, two or more starting at different x and
 * most of them amounts or bare figures (a «Pris» column of «3 120», «780», «410»: a price under
 * 1 000 has no group to show it is an amount; the header above them need not be one), are a right-aligned column: its
 * cells, and the cells above or below that lie within it (a header set left or centred over the
 * amounts), get the column's left edge — the leftmost of them.
 */
/** Text that ends in an amount's digits: «7712-118733 Se spesifikasjon Se spesifik. 188 900». */
const ENDS_IN_FIGURES = /\S\s+\d{1,3}(?:[ .\u00a0]\d{3})*(?:,\d{2}|,-)?$/;

function alignRight(segs: Seg[], size: number): void {
  const amounts: Seg[] = [];
  for (let i = 0; i < segs.length; i++) if (isAmountCell(segs[i]!)) amounts.push(segs[i]!);
  if (amounts.length === 0) return;
  amounts.sort((a, b) => a.x1 - b.x1);
  for (let i = 0; i < amounts.length; ) {
    // the amounts whose right edges are within alignX of the first one's
    let j = i + 1;
    while (j < amounts.length && amounts[j]!.x1 - amounts[i]!.x1 <= LAYOUT.alignX) j++;
    rightColumn(amounts[i]!.x1, j - i, segs, size);
    i = j;
  }
}

/** `amounts` amounts end at `x1`: with the other cells ending there, a right-aligned column? */
function rightColumn(x1: number, amounts: number, segs: Seg[], size: number): void {
  let x0 = Infinity;
  let max0 = -Infinity;
  let members = 0;
  let figures = 0;
  // (the amounts' own left edges, and how far left of them a cell may start and still be of their column)
  let amounts0 = Infinity;
  let widest = 0;
  for (const s of segs) {
    if (Math.abs(s.x1 - x1) > LAYOUT.alignX || !isAmountCell(s)) continue;
    amounts0 = Math.min(amounts0, s.x0);
    widest = Math.max(widest, s.x1 - s.x0);
  }
  const within = amounts0 - Math.max(widest, LAYOUT.cellGap * size);
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (Math.abs(s.x1 - x1) > LAYOUT.alignX) continue;
    members++;
    if (!isAmountCell(s) && FIGURE.test(s.text)) figures++;
    // (a cell of a figure and words ending there — «4 000 Total pris per år», a row that took in the
    // total's label — is no amount set right, and no header: it does not move the column's left edge)
    if (AMOUNT_THEN_TOTAL.test(s.text)) continue;
    // (nor does a cell that runs in from columns further left and ends with the column's amount — «7712-118733 Se
    // spesifikasjon Se spesifik. 188 900», a row whose cells a PDF set as one: moved to its start, every amount of the
    // column had stood under the policy numbers' column)
    // (a header's words ending there, «Forsikringssum» over amounts set right, still do: only a cell that ends in a figure)
    if (!isAmountCell(s) && s.x0 < within && ENDS_IN_FIGURES.test(s.text)) continue;
    x0 = Math.min(x0, s.x0);
    max0 = Math.max(max0, s.x0);
  }
  if (members < 2 || (amounts + figures) * 2 < members - 1) return;
  // cells over or under the column that lie within it and not far left of it: its header
  const reach = x0 - Math.max(x1 - x0, LAYOUT.cellGap * size);
  const ragged = max0 - x0 > LAYOUT.alignX;
  let header = false;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.x0 >= reach && s.x0 < x0 - LAYOUT.alignX && s.x1 > x0 && s.x1 <= x1 + LAYOUT.alignX) {
      x0 = Math.min(x0, s.x0);
      header = true;
    }
  }
  // (amounts of one width show their alignment only by a header set left over them)
  if (!ragged && !header) return;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    // (an amount that ends elsewhere is another right-aligned column's, though it lies within this
    // one's span: groff's «96 400 000» under «Forsikringssum», left of a «4 000 Total pris per år»
    // that ends with the «Egenandel» column's amounts and starts far left of them)
    if (isAmountCell(s) && Math.abs(s.x1 - x1) > LAYOUT.alignX) continue;
    if (s.x0 >= x0 - LAYOUT.alignX && s.x1 <= x1 + LAYOUT.alignX && s.x1 > x0) s.x0 = x0;
  }
}

/** The table's columns: each left edge and the right edge of its widest cell (Tabula's column regions). */
function columnsOf(segs: Seg[]): { x0: number; x1: number }[] {
  const cols: { x0: number; x1: number }[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const c = atX(cols, s.x0);
    if (c) c.x1 = Math.max(c.x1, s.x1);
    else cols.push({ x0: s.x0, x1: s.x1 });
  }
  return cols;
}

/**
 * The columns (by left edge) most of whose cells are amounts — the table's anchors. The first
 * column (product, label) never is one.
 */
/**
 * The table's header: its first lines (three at most: a header cell may wrap, or a word may break
 * in a narrow column, «Forsikringssu» over «m») before the first line with an amount. Its labels
 * are not cells of the columns below: a column of «15 G», «inntil 6,5 G», «etter tabell» under
 * «Forsikringssum» is a column of amounts.
 */
function headerLines(lines: PLine[]): number {
  for (let i = 0; i < Math.min(lines.length, 4); i++) if (lines[i]!.segs.some((s) => isAmountCell(s) || AMOUNTS_JOINED.test(s.text))) return i;
  return 0;
}

/** Two amounts in one cell, perhaps after the sum's form («184 500 000 50 000», «Førsterisiko 1 500 000 50 000»): a row's, no header's. */
const AMOUNTS_JOINED = /^(?:(?:førsterisiko|kr\.?)\s)?\d{1,3}(?: \d{3})+ \d{1,3}(?: \d{3})+$/iu;

function amountColumns(segs: Seg[], first: number): number[] {
  const cols: { x0: number; amounts: number; others: number }[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (Math.abs(s.x0 - first) <= LAYOUT.alignX) continue;
    let c = atX(cols, s.x0);
    if (!c) cols.push((c = { x0: s.x0, amounts: 0, others: 0 }));
    if (isAmountCell(s)) c.amounts++;
    else c.others++;
  }
  const out: number[] = [];
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    if (c.amounts > 0 && c.amounts >= c.others) out.push(c.x0);
  }
  return out;
}

/**
 * Are the table's rows set apart by space? Its pitch is the least distance between its lines (a
 * wrapped line's; lines closer than `halfLine` are cells centred beside each other); lines
 * further apart than that at two places or more, both lines of two or more cells, are rows set
 * apart (one place may be the space under a header row).
 */
function spaced(lines: PLine[]): boolean {
  const size = lines[0]!.size;
  const pitch = pitchOf(lines);
  // (between lines of two or more cells: one-cell lines in a table may be paragraphs set between
  // two of its parts)
  let apart = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.segs.length >= 2 && b.segs.length >= 2 && a.y - b.y > pitch + LAYOUT.rowSpace * size) apart++;
  }
  return apart >= 2;
}

/** A table's smallest distance between two of its lines, at least `halfLine` (Infinity for one line). */
function pitchOf(lines: PLine[]): number {
  const size = lines[0]!.size;
  let pitch = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const dy = lines[i - 1]!.y - lines[i]!.y;
    if (dy >= LAYOUT.halfLine * size && dy < pitch) pitch = dy;
  }
  return pitch;
}

/**
 * Marks the lines of a table that have a rule between them and the line above: a rule below the
 * line above's descenders (not its underline) and above this line's baseline, under the text of
 * both. Returns how many lines have one.
 */
function markRules(lines: PLine[], rules: Rule[]): number {
  let count = 0;
  for (let i = 1; i < lines.length; i++) {
    const q = lines[i - 1]!;
    const p = lines[i]!;
    const top = q.y - LAYOUT.underline * q.size;
    // the rule runs under text of both lines
    const x0 = Math.max(q.segs[0]!.x0, p.segs[0]!.x0);
    const x1 = Math.min(q.segs[q.segs.length - 1]!.x1, p.segs[p.segs.length - 1]!.x1);
    if (rules.some((r) => r.y < top && r.y > p.y && r.x0 < x1 && r.x1 > x0)) {
      p.ruleAbove = true;
      count++;
    }
  }
  return count;
}
