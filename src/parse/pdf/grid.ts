/**
 * Step 4 of the PDF layout: tables get one cell per column (empty cells kept), then the lines
 * become SourceLines (see src/parse/pdf-layout.ts).
 */
import { cardFieldsApart } from './card-fields.js';
import { barCells, cellsAtFieldLabels, cellsAtLabels, cellsAtLeaders, type SourceLine, withoutEdgeLeader } from '../source.js';
import { barContinues, joinCells } from '../text.js';
import { joinWrapped, placeApart } from '../text-cells.js';
import { atX, clashes, LAYOUT, type LLine } from './types.js';
import { namesAsMany } from '../header-words.js';
import { columnOf } from '../schedule-names.js';
import { isAmount } from './columns.js';

export interface Layout {
  lines: SourceLine[];
  running: SourceLine[];
  /**
   * Pages whose rules were not given, with a table row that took in a line with nothing to show
   * it belongs there, or a table of text alone at the line pitch: the rules drawn there may tell
   * (src/parse/pdf.ts reads them and lays out again).
   */
  wantRules: number[];
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

/** The indent a text line set in under a row's first cell has (two blanks): src/parse/text.ts describesRowAbove. */
const SET_IN = 2;

/**
 * «Traktor | DA 7731 | Kasko | 10 000 kr | 9 640 kr» over «John Deere 6130R, årsmodell 2019» set in:
 * a line of one piece right under a row of three cells or more on its page, starting right of the
 * row's first cell's edge (a space or more) and left of its second cell, ending past that cell's
 * edge — what the row insures, described on a line of its own, as a text file sets it in with
 * blanks. (At the row's margin such a line cannot be told from a heading of the rows under it,
 * «Snøscooter Ski-Doo Skandic 550F - TD 2291» over «Tilhenger | …»: not marked.)
 */
function setInUnderRow(row: LLine, l: LLine): boolean {
  if (l.cols.length !== 1 || row.cols.length < 3 || row.page !== l.page || l.first !== l.last) return false;
  const piece = l.cols[0]!;
  const size = l.first.size;
  const [first, second] = [row.cols[0]!, row.cols[1]!];
  if (piece.x0 < first.x0 + LAYOUT.space * size || piece.x0 >= second.x0 - LAYOUT.alignX || piece.maxX1 <= second.x0 + LAYOUT.alignX) return false;
  const dy = row.last.y - l.first.y;
  return dy > 0 && dy <= 3 * size;
}

/** Step 4: tables get one cell per column; then the SourceLines. */
export function finish(logical: LLine[]): Omit<Layout, 'wantRules'> {
  const body = logical.filter((l) => !l.running);
  const { gridOf, offColumns } = gridsOf(body);
  const lines = body.map((l) => toSource(l, gridOf.get(l), offColumns.has(l)));
  body.forEach((l, k) => {
    if (k > 0 && setInUnderRow(body[k - 1]!, l)) lines[k]!.indent = SET_IN;
  });
  // (a web page's card fields, label and value one space apart: two cells, as the page's text has them)
  cardFieldsApart(body, lines);
  return {
    lines: joinBarRows(lines),
    running: logical.filter((l) => l.running).map((l) => toSource(l, undefined)),
  };
}

/** Lines whose cells were read between bars (toSource): a text table printed as it is. */
const barRows = new WeakSet<SourceLine>();

/**
 * A bar table's row whose cell wrapped onto a line of its own («| | 9008 Tromsø | | |» under
 * «| Næringsbygg | Strandgata 12, | 14 200 000 | …»): joined to the row, as the text reader joins it
 * (text.ts barContinues).
 */
function joinBarRows(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of lines) {
    const row = out[out.length - 1];
    if (row && barRows.has(l) && barRows.has(row) && row.page === l.page && barContinues(l.cells, row.cells)) {
      row.cells = joinCells(row.cells, l.cells);
      row.text = row.cells.join('\t');
      row.took = true;
      continue;
    }
    out.push(l);
  }
  return out;
}

/** A line → a SourceLine; in a table, one cell per column of its grid (the columns' x). */
export function toSource(l: LLine, grid: number[] | undefined, offColumns = false): SourceLine {
  // parts are cleaned text already (physicalLines): a cell's lines, joined as the text reader joins a wrapped
  // cell's lines («Brekke, gnr. 12 bnr. 4» over «6856 Sogndal» is «Brekke, gnr. 12 bnr. 4, 6856 Sogndal»: joinWrapped)
  // (a cell that ends in a dot leader, its figure in the next cell: the leader is the gap between them)
  // (a cell after the first, its lines set by the page, not by the text: a place's name and its street apart — placeApart)
  const texts = l.cols.map((c) => (c.parts.length ? withoutEdgeLeader(c.parts.reduce((a, b) => joinWrapped(a, b))) : '')).map((t, i) => (i > 0 && !l.first.mono ? placeApart(t) : t));
  // a line of its own outside tables, «Avtalenummer ........ D-448812»: two cells, as in a text file
  // and a line of a schedule's fields run together, «Næringsbygg Forsikringssted: … Forsikringssum:
  // kr 24 600 000 Egenandel: …»: its cells as a text file has them (cellsAtFieldLabels)
  // (a table of this line alone: its grid is its own cells)
  const fields = !grid || grid.length === l.cols.length ? fieldCells(texts) : undefined;
  // (and a line of cells between bars, «| Forsikring | Sum | Egenandel |», as a text file printed
  // as it is sets it: its cells as the text reader has them — see pdfBarCells)
  // (and a mail-merge block's fields run together, «Reisesyke: ubegrenset Reisegods: kr 25 000 per person»:
  // a cell per field, as the text's runs of spaces set them apart — cellsAtLabels)
  let cells =
    (!grid && texts.length === 1 && (cellsAtLeaders(texts[0]!) || pdfBarCells(texts[0]!))) || fields || (!grid && texts.length === 1 && cellsAtLabels(texts[0]!)) || texts;
  let astray = false;
  if (grid && !fields) {
    cells = grid.map(() => '');
    l.cols.forEach((c, i) => {
      let k = grid.findIndex((v) => Math.abs(v - c.x0) <= LAYOUT.alignX);
      // a cell that starts at no column of its table («2380» of a justified «Fjellvegen 8, 2380»):
      // kept in the cell it stands in, and the row is off its columns — warned, not read, never dropped
      if (k < 0) {
        astray = true;
        k = Math.max(0, grid.findLastIndex((v) => v <= c.x0));
      }
      cells[k] = cells[k] ? `${cells[k]} ${texts[i]}` : texts[i]!;
    });
  }
  // (a text table printed in a proportional font: the runs of spaces that lined its columns up are
  // gaps, and a line's cells hold its bars — «Næringsbygg» «| Strandgata 12,» «| 14 200 000 | 10 000»)
  const bars = !fields && cells.length > 1 ? cellsBetweenBars(cells) : undefined;
  if (bars) cells = bars;
  const out: SourceLine = { page: l.page, line: l.number, text: cells.join('\t'), cells };
  if (bars || (texts.length === 1 && cells.length > 1 && !fields && BAR_TEXT.test(texts[0]!))) barRows.add(out);
  if (l.uncertain && cells.length > 1) out.rowsUncertain = true;
  // (cells between bars are the text's own: the positions of the gaps between them do not matter)
  if ((offColumns || astray) && !bars) out.offColumns = true;
  return out;
}

/** A line's text with bars between its cells. */
const BAR_TEXT = /\S\s\|\s|^\|/;

/**
 * A line's cells that hold bars (cells at the gaps of a text table printed in a proportional font):
 * the cells between its bars, its first cell empty where the line's is. Undefined where no cell
 * starts or ends with a bar.
 */
function cellsBetweenBars(cells: string[]): string[] | undefined {
  if (!cells.some((c) => /^\||\|$/.test(c.trim()))) return undefined;
  const bars = pdfBarCells(cells.filter((c) => c !== '').join(' '));
  if (!bars || bars.length < 2) return undefined;
  return cells[0] === '' ? ['', ...bars] : bars;
}

/**
 * A printed line of cells between bars (source.ts barCells). A row opened with a bar and not closed
 * with one was cut at the page's edge (a text file printed without wrapping its long lines: «… |
 * 6800 Førde | 1» of «1 900 000»): its cells are not read, its last could be a part of a value.
 */
function pdfBarCells(text: string): string[] | undefined {
  const t = text.trim();
  if (t.startsWith('|') && !t.endsWith('|')) return undefined;
  return barCells(t);
}

/** A cell that is a labelled field: a label ending in «:», then its value («Dato: 27.11.2025»). */
const FIELD_CELL = /^[^:\d]{2,40}:\s+\S/;
/** A cell that is a label alone («Kunde:»): its value is the next cell. */
const LABEL_CELL = /^[^:\d]{2,40}:$/;

/**
 * A line of labelled fields, each a label and its value, in one cell («Dato: 27.11.2025») or in
 * two («Kunde:» | «Vefsn kommune»): «Dato: 27.11.2025 | Avtaleperiode: 01.01.2026 - 31.12.2026 |
 * Avtalenummer: 9100 518». No table's header row reads so: a header names its columns, with no
 * values.
 */
function fieldPairs(l: LLine): boolean {
  if (l.cols.length < 2) return false;
  const texts = l.cols.map((c) => c.parts.join(' ').trim());
  for (let i = 0; i < texts.length; i++) {
    if (FIELD_CELL.test(texts[i]!)) continue;
    if (!LABEL_CELL.test(texts[i]!) || i + 1 >= texts.length || LABEL_CELL.test(texts[i + 1]!)) return false;
    i++; // the label's value
  }
  return true;
}

/**
 * A line outside tables whose text is a schedule's fields run together (cellsAtFieldLabels), in
 * one cell or split already before some of its labels (splitFieldPairs, «Ansvar Forsikringssted:
 * Norden» | «Forsikringssum: …»): its cells at every label. Undefined when a cell after the first
 * starts with no label (its cells are not only the fields').
 */
function fieldCells(texts: string[]): string[] | undefined {
  const parts = cellsAtFieldLabels(texts.join(' '));
  if (!parts) return undefined;
  for (let i = 1; i < texts.length; i++) if (!parts.includes(texts[i]!.trim()) && !parts.some((p) => p.startsWith(texts[i]!.trim()))) return undefined;
  return parts;
}

interface GridCol {
  x0: number;
  x1: number;
}

/** A table whose first line is a header row: its columns, which the header names, which hold amounts. */
interface Headed {
  page: number;
  /** The baseline of its last line, and that line's font size. */
  bottom: number;
  size: number;
  xs: number[];
  named: boolean[];
  amounts: boolean[];
}

/** The rest of a row's name on a line of its own: lower case, no figure («maskiner», «og redskap»). */
const NAME_REST = /^[a-zæøå][^\d:]{0,58}$/;

/** One or two lower-case words: what groff's adjusting can set off from the rest of its line. */
const STRETCHED_WORDS = /^[a-zæøå]+(?: [a-zæøå]+)?,?$/;

/** Which of the columns `xs` hold an amount on some line of `lines`. */
function amountColumns(xs: number[], lines: LLine[]): boolean[] {
  return xs.map((x) => lines.some((m) => m.cols.some((c) => c.amount && Math.abs(c.x0 - x) <= LAYOUT.alignX)));
}

/**
 * Which of the columns `xs` hold amounts on most of the lines with a cell there (as a table block's
 * amount columns, src/parse/pdf/columns.ts): a place column with «- 22 000 000» on a few lines is
 * a text column.
 */
function mostlyAmounts(xs: number[], lines: LLine[]): boolean[] {
  return xs.map((x) => {
    const cells = lines.flatMap((m) => m.cols.filter((c) => Math.abs(c.x0 - x) <= LAYOUT.alignX));
    // (a cell's amount flag is set in a table block only: asked here of its text where unset)
    return cells.filter((c) => c.amount || (c.parts.length === 1 && isAmount(c.parts[0]!))).length * 2 > cells.length;
  });
}

/** Do the amount columns of `flags` come last, none between text columns? */
const amountsLast = (flags: boolean[]): boolean => flags.every((a, i) => !a || flags.slice(i).every(Boolean));

/**
 * The columns of a table of rows `xs` (`amounts` where amounts stand) under the header of `head`:
 * for each header column, the x of this table's column read under it (NaN: none). Its amount
 * columns under the header's amount columns, its text columns under the header's text columns, or
 * when it has fewer, under those the header names, each in order. Undefined when they cannot be
 * put so (another number of amount columns, or more text columns than the header names).
 */
export function seatUnder(head: Pick<Headed, 'xs' | 'named' | 'amounts'>, xs: number[], amounts: boolean[]): number[] | undefined {
  if (!amountsLast(head.amounts) || !amountsLast(amounts)) return undefined;
  const headAmounts = head.xs.map((_, i) => i).filter((i) => head.amounts[i]);
  const headText = head.xs.map((_, i) => i).filter((i) => !head.amounts[i]);
  const ownAmounts = xs.filter((_, i) => amounts[i]);
  const ownText = xs.filter((_, i) => !amounts[i]);
  if (ownAmounts.length !== headAmounts.length || ownAmounts.length === 0) return undefined;
  const textTo = ownText.length === headText.length ? headText : headText.filter((i) => head.named[i]);
  if (ownText.length !== textTo.length) return undefined;
  const out = head.xs.map(() => NaN);
  ownText.forEach((x, k) => (out[textTo[k]!] = x));
  ownAmounts.forEach((x, k) => (out[headAmounts[k]!] = x));
  return out;
}

/** The columns a header cell's name says hold figures. */
const FIGURE_COLUMNS: ReadonlySet<string> = new Set(['sum', 'deductible', 'premium']);

/**
 * Rows under a header row they clash with, in fewer columns: a web page's header and its rows
 * printed as two tables, each fitted to its own cells («Produkt | Dekning | Forsikringssted |
 * Forsikringssum | Egenandel | Pris per år» over «Næringsbygg | Pluss | Industriveien 14,
 * 38 450 000 3430 Spikkestad | 20 000 | 61 212»), so no row's cell stands under its name. For each
 * header column, the x of the rows' column read under it (NaN: none), by what the names say: the
 * rows' text columns under the header's text columns, as many and in order; their amount columns
 * under the header's figure columns from the right (a row's last figure is under the last name:
 * the premium); the figure columns left over must come first and have the last text column run
 * under their names — their figures are in that cell's text (read there, never as the column
 * beside). Undefined when the names do not say so: the rows are then off the header's columns.
 */
export function seatUnderHeader(head: { x0: number; x1: number; text: string }[], cols: GridCol[], amounts: boolean[]): number[] | undefined {
  const figure = head.map((h) => FIGURE_COLUMNS.has(columnOf(h.text) ?? ''));
  if (!amountsLast(figure) || !amountsLast(amounts) || head.some((h) => columnOf(h.text) === undefined)) return undefined;
  const headText = figure.filter((f) => !f).length;
  const own = cols.filter((_, i) => !amounts[i]);
  const ownAmounts = cols.filter((_, i) => amounts[i]);
  const left = head.length - headText - ownAmounts.length;
  if (own.length !== headText || ownAmounts.length === 0 || left <= 0) return undefined;
  // (the last text column runs under the first figure column left over, past its name's start)
  const last = own[own.length - 1];
  if (!last || last.x1 <= head[headText]!.x0 + LAYOUT.alignX) return undefined;
  return head.map((_, i) => (i < headText ? own[i]!.x0 : i < headText + left ? NaN : ownAmounts[i - headText - left]!.x0));
}

/**
 * Does a line of cells name a table's columns: every cell a column's name, or — a broker's overview, whose company,
 * policy number and period columns the schedule does not read — the figures' columns (two or more) and the rest so
 * that at least half of its cells name a column. A row of rows under such a header that clash with its columns and
 * cannot be seated under its names (seatUnderHeader) is off its columns: warned, never read by position (a web page
 * printed with the place run into the period's cell — «1/1-25 – 31/12-25 Kirkegata 15, 4006 Stavanger» — has one cell
 * fewer than the header, and by position the deductible had been read as the sum and the premium as the deductible).
 */
export function headerNamed(cells: readonly string[]): boolean {
  const cols = cells.map((c) => columnOf(c));
  if (cols.every((c) => c !== undefined)) return true;
  const figures = cols.filter((c) => FIGURE_COLUMNS.has(c ?? '')).length;
  return figures >= 2 && cols.filter((c) => c !== undefined).length * 2 >= cells.length;
}

/** The tables among the lines: each table line → its table's column starts. */
function gridsOf(body: LLine[]): { gridOf: Map<LLine, number[]>; offColumns: Set<LLine> } {
  const left = Math.min(...body.map((l) => l.cols[0]?.x0 ?? Infinity));
  const g = new Grids(left);
  body.forEach((l, i) => g.line(l, body[i - 1]));
  g.close();
  // a table whose first column starts right of the margin has an empty first column there (not
  // a table whose cells are only padded in from the margin by its grid lines)
  for (const [l, xs] of g.gridOf) {
    if (xs[0]! > left + LAYOUT.emptyColumn * l.first.size) g.gridOf.set(l, [left, ...xs]);
  }
  return { gridOf: g.gridOf, offColumns: g.offColumns };
}

/** Consecutive lines grouped into tables, a table's columns the union of its lines' cells. */
class Grids {
  readonly gridOf = new Map<LLine, number[]>();
  private grid: GridCol[] | null = null;
  private members: LLine[] = [];
  /** The table being read began at a line whose cells clash with the columns of the table right above it. */
  private clashed = false;
  /** Lines of one row under a table, their cells where none of its columns are (see close). */
  readonly offColumns = new Set<LLine>();
  /** A one-cell line that did not fit the table came last: the table ends unless the next line fits. */
  private pendingBreak = false;
  /** The number of columns of the one-line table right above this one that this one clashed with (its header row), if any. */
  private headerCols = 0;
  /** That header row's cells' text. */
  private headerTexts: string[] = [];
  /** That header row's cells' left and right edges. */
  private headerCells: GridCol[] = [];
  /** The last table read whose first line is a header row, and the one-cell lines read since a table's last line. */
  private headed: Headed | undefined;
  private between: LLine[] = [];
  /** Where the table being read began: the headed table above it and the one-cell lines between. */
  private start: { headed: Headed | undefined; between: LLine[] } = { headed: undefined, between: [] };

  constructor(private readonly left: number) {}

  line(l: LLine, prev: LLine | undefined): void {
    if (l.cols.length > 1) this.row(l);
    else if (!this.cellInGrid(l) && !this.termAndBlock(l, prev)) {
      this.between.push(l);
      if (this.grid && this.pendingBreak) this.close();
      else if (this.grid) this.pendingBreak = true;
    }
  }

  close(): void {
    if (this.grid) {
      this.joinStretched();
      const xs = this.grid.map((k) => k.x0).sort((a, b) => a - b);
      for (let iM = 0; iM < this.members.length; iM++) this.gridOf.set(this.members[iM]!, xs);
      // one row right under a table, its cells where none of the table's columns are, and no
      // header row of its own: which of the columns above its cells are in, nothing shows
      // (`Styreansvar  5 000 000  0  2 400` under «Bygning | Adresse | Forsikringssum | …»)
      if (this.clashed && this.members.length === 1) this.offColumns.add(this.members[0]!);
      // rows under a header row whose columns they clash with, in another number of columns
      // (groff's «Dekn-» set 4 points left of its column, a stretched «14,» a column of its own):
      // which header column each cell stands under, nothing shows — read by position, a sum
      // would be taken for the deductible
      // (unless the header's cells hold as many column names as the rows have columns, its first
      // names set closer than a column's gap: «Forsikring Eiendom Dekning Forsikringssum | Egenandel
      // | Premie» over six cells — read name by name, src/parse/header-words.ts)
      // (unless its columns can be seated under the header's by the names: seatUnderHeader)
      if (this.headerCols > 1 && xs.length !== this.headerCols && !this.headerNamesFit(xs.length)) {
        const cols = [...this.grid].sort((a, b) => a.x0 - b.x0);
        const seated = seatUnderHeader(
          this.headerCells.map((c, i) => ({ ...c, text: this.headerTexts[i]! })),
          cols,
          mostlyAmounts(xs, this.members),
        );
        for (let iM = 0; iM < this.members.length; iM++) {
          const m = this.members[iM]!;
          if (seated) this.gridOf.set(m, seated);
          else if (m.cols.length > 1) this.offColumns.add(m);
        }
      }
      this.goesOn(xs);
      this.headed = this.headedOf(xs) ?? this.headed;
    }
    this.headerCols = 0;
    this.headerTexts = [];
    this.headerCells = [];
    this.grid = null;
    this.members = [];
    this.pendingBreak = false;
    this.clashed = false;
  }

  /** A line of two or more cells: a row of the table, or the first row of a new one. */
  private row(l: LLine): void {
    const above = this.members[this.members.length - 1];
    let carried: LLine[] = [];
    if (this.grid && clashes(this.grid, l.cols)) {
      carried = this.carriedOver(l);
      // (a table of one line with no amount: a header row over the rows that clash with it — not
      // a line of labelled fields set side by side, «Dato: 27.11.2025  Avtalenummer: 9100 518»)
      const fields = !!above && fieldPairs(above);
      const header = carried.length === 0 && this.members.length === 1 && above && !above.cols.some((c) => c.amount) && !fields ? this.grid.length : 0;
      this.close();
      // (right below the table's last line, on its page: within a table's gap of it; a line of
      // fields is no table whose columns the line's cells could stand in)
      const under = carried.length === 0 && !!above && !fields && above.page === l.page ? above.last.y - l.first.y : Infinity;
      this.clashed = under <= LAYOUT.tableGap * l.first.size;
      // (a header row may stand a little further off, its padding and the rule under it, where
      // every one of its cells names a column — or where it names the table's figures and most of
      // its columns, a broker's overview naming the company, the policy and the period beside them:
      // «Forsikring | Selskap | Polisenr. | Periode | Forsikringssted / omfang | Sum | Egenandel | Premie»)
      const named = () => !!above && headerNamed(above.cols.map((c) => c.parts.join(' ')));
      if (this.clashed || (header && under <= LAYOUT.headerGap * l.first.size && named())) {
        this.headerCols = header;
        this.headerTexts = header && above ? above.cols.map((c) => c.parts.join(' ')) : [];
        this.headerCells = header && above ? above.cols.map((c) => ({ x0: c.x0, x1: c.maxX1 })) : [];
      }
      for (const m of carried) this.add(m);
    }
    // after a one-cell line, the same table goes on if this line shares a column with it
    // (other than the left margin, where every table and paragraph starts)
    if (this.grid && this.pendingBreak && !l.cols.some((c) => c.x0 > this.left + LAYOUT.alignX && atX(this.grid!, c.x0))) this.close();
    this.add(l);
  }

  /** The header row's cells part into as many column names as the table has columns (namesAsMany). */
  private headerNamesFit(n: number): boolean {
    return this.headerTexts.length > 0 && namesAsMany(this.headerTexts, n) !== undefined;
  }

  /** A line joins the table being read: its cells widen or add the table's columns. */
  private add(l: LLine): void {
    if (!this.grid) this.start = { headed: this.headed, between: this.between };
    this.between = [];
    const grid = (this.grid ??= []);
    for (let iC = 0; iC < l.cols.length; iC++) {
      const c = l.cols[iC]!;
      const k = atX(grid, c.x0);
      if (k) k.x1 = Math.max(k.x1, c.maxX1);
      else grid.push({ x0: c.x0, x1: c.maxX1 });
    }
    this.members.push(l);
    this.pendingBreak = false;
  }

  /**
   * The last lines of the table `l` clashes with that are `l`'s table's (as in the table blocks,
   * src/parse/pdf/columns.ts carriedOver): a header row set right under labelled fields took the
   * fields' value column into its grid. Lines from the end, on `l`'s page, of two cells or more,
   * with no cell at a column `l` clashes with and no clash with `l`, go with `l`; the first stays.
   */
  private carriedOver(l: LLine): LLine[] {
    const against = this.grid!.filter((k) => clashes([k], l.cols));
    let from = this.members.length;
    while (from > 1) {
      const m = this.members[from - 1]!;
      if (m.page !== l.page || m.cols.length < 2 || against.some((k) => atX(m.cols, k.x0)) || clashes(m.cols, l.cols)) break;
      from--;
    }
    if (from === this.members.length) return [];
    const carried = this.members.splice(from);
    // (the table left behind keeps only its own lines' columns)
    const kept = this.members;
    this.grid = null;
    this.members = [];
    for (const m of kept) this.add(m);
    return carried;
  }

  /** A one-cell line in a column of the table other than the first: a row of it. */
  private cellInGrid(l: LLine): boolean {
    const only = l.cols[0]!;
    const k = this.grid ? atX(this.grid, only.x0) : undefined;
    if (!this.grid || !k || k.x0 <= this.left + LAYOUT.alignX || clashes(this.grid, l.cols)) return false;
    this.members.push(l);
    this.pendingBreak = false;
    this.between = [];
    return true;
  }

  /**
   * A word of a wrapped name cell stretched off to a column of its own: groff fills and adjusts a
   * table's text blocks, so «Driftstilbehør og» over «maskiner i» has its «og» at the block's right
   * edge, 26 points on. A column the header row names not, holding one line of one or two lower-case
   * words in one row only, on the row's first line, beside a name cell that goes on below: the words
   * are that cell's first line's.
   */
  private joinStretched(): void {
    const [top, ...rows] = this.members;
    if (!top || top.cols.length < 2 || top.cols.some((c) => c.amount) || rows.length === 0) return;
    for (const k of [...this.grid!]) {
      if (atX(top.cols, k.x0)) continue;
      const holders = rows.filter((m) => atX(m.cols, k.x0));
      if (holders.length !== 1) continue;
      const m = holders[0]!;
      const at = m.cols.findIndex((c) => Math.abs(c.x0 - k.x0) <= LAYOUT.alignX);
      const word = m.cols[at]!;
      const left = m.cols[at - 1];
      if (!left || word.amount || word.parts.length !== 1 || !STRETCHED_WORDS.test(word.parts[0]!) || word.lastLine !== m.first) continue;
      if (left.parts.length < 2 || !m.first.segs.some((g) => Math.abs(g.x0 - left.x0) <= LAYOUT.alignX)) continue;
      left.parts[0] = `${left.parts[0]} ${word.parts[0]}`;
      m.cols.splice(at, 1);
      this.grid!.splice(this.grid!.indexOf(k), 1);
    }
  }

  /** The table being closed (columns `xs`) as a headed table: its first line names columns, its rows below have amounts. */
  private headedOf(xs: number[]): Headed | undefined {
    const [top, ...rows] = this.members;
    if (!top || top.cols.length < 2 || top.cols.some((c) => c.amount) || !rows.some((m) => m.cols.some((c) => c.amount))) return undefined;
    const last = this.members[this.members.length - 1]!;
    return { page: last.page, bottom: last.last.y, size: last.first.size, xs, named: xs.map((x) => !!atX(top.cols, x)), amounts: amountColumns(xs, rows) };
  }

  /**
   * A table of rows that goes on under a headed table past one line, the rest of a wrapped row's
   * name («maskiner» under «Driftstilbehør og | 3 400 000 | 15 000 | 6 720»): LibreOffice and groff
   * set the rows after it as a table of their own, its columns fitted to its cells. In another
   * number of columns than the header, its cells are read under the header's (seatUnder), or when
   * they cannot be put there, its rows are off the columns — by position alone, a sum would be read
   * as the deductible.
   */
  private goesOn(xs: number[]): void {
    const { headed, between } = this.start;
    const first = this.members[0]!;
    if (!headed || between.length !== 1 || headed.page !== first.page || xs.length === headed.xs.length) return;
    const rest = between[0]!;
    if (!NAME_REST.test(rest.cols[0]!.parts.join(' ')) || Math.abs(rest.cols[0]!.x0 - headed.xs[0]!) > LAYOUT.alignX) return;
    if (!first.cols.some((c) => c.amount) || headed.bottom - first.first.y > 2 * LAYOUT.tableGap * headed.size) return;
    const seated = seatUnder(headed, xs, amountColumns(xs, this.members));
    for (let iM = 0; iM < this.members.length; iM++) {
      const m = this.members[iM]!;
      if (seated) {
        this.gridOf.set(m, seated);
        this.offColumns.delete(m);
      } else if (m.cols.length > 1) this.offColumns.add(m);
    }
  }

  /** A short line and a block indented right of it: a two-row table of its own (termAndBlock). */
  private termAndBlock(l: LLine, prev: LLine | undefined): boolean {
    if (!prev || prev.cols.length !== 1 || this.members.includes(prev) || !termAndBlock(prev, l, this.left)) return false;
    this.close();
    const term = prev.cols[0]!;
    const only = l.cols[0]!;
    this.grid = [
      { x0: term.x0, x1: term.maxX1 },
      { x0: only.x0, x1: only.maxX1 },
    ];
    this.members = [prev, l];
    return true;
  }
}
