/**
 * A document as lines, whatever it came from (text or PDF) — what the extractors read.
 *
 * Text documents: one SourceLine per line; cells split on tabs or on runs of two or more
 * spaces (aligned columns), never on single spaces (they are part of «Kr 10 000»).
 * PDF documents: lines and cells rebuilt from positioned text items (a gap wider than about one
 * character height is a cell boundary), cells wrapped onto following lines joined within their
 * column, running headers and footers (`Side 3 av 12`, a `FORSIKRINGSNUMMER …` line repeated on
 * every page) moved to `running` — read once, not repeated in `lines`.
 */
import { columnOf } from './schedule-names.js';
import type { Col } from './vocabulary.js';

export interface SourceLine {
  /** 1-based page number (text documents: pages split on form feeds, else 1). */
  page: number;
  /** 1-based line number within the whole document, as reported by --trace. */
  line: number;
  /** The line's text; cells joined with a tab. */
  text: string;
  /** The line's cells (one cell for running text). */
  cells: string[];
  /**
   * PDF only, and only when true: a table row that took in a line with nothing to show it belongs
   * to the row — rows set at the line pitch without rules between them or amounts to begin them,
   * so the line may be the start of the next row. The cells may hold several rows' text: read
   * them as uncertain (a warning with the line), not as one row.
   */
  rowsUncertain?: true;
  /**
   * PDF only, and only when true: one table row right under a table, its cells standing where none
   * of that table's columns are, with no header row of its own — which column above each cell
   * belongs to, nothing on the page shows. Not to be read by the columns of the table above.
   */
  offColumns?: true;
  /**
   * Text only, and only when true: a line of a space-aligned table with a cell that begins in one
   * column and runs into the next, the first left empty («Maskiner og løsøre Industrivegen 4, …»
   * under «Forsikring | Forsikringssted»): which column holds which words is a guess.
   */
  straddles?: true;
  /**
   * Only when above zero: the blanks before a line of one piece (a tab counts four),
   * «    Lagerbygg, Strandgata 18, 2317 Hamar» under «Næringsbygg» — a part of the record above.
   * In a PDF, 2 for a line of one piece set in under a table row's name and running on under its
   * next column (src/parse/pdf/grid.ts setInUnderRow); else none.
   */
  indent?: number;
  /**
   * Text only, and only when true: a row of a space-aligned table whose name cell is set in from the
   * table's margin, with figures after it («    Kasko        3 420» under «Motorvogn   Traktor Valtra
   * N134, AB 12345»): a part of the row above it.
   */
  setIn?: true;
  /**
   * Text only, and only when true: a line whose cells were placed by the columns of a table's header above it, past a
   * heading or a sentence that parted it from the table's rows (src/parse/text.ts keptPlaces): each figure stands under
   * its column's name, so the line is a row of that table.
   */
  placed?: true;
  /**
   * Only when true: a row that took in the line under it as the rest of a wrapped cell («Driftsavbrudd,»
   * over «12 mnd ansvarstid» in a text, or a text table's rows printed in a PDF between bars). A PDF's
   * cell that its layout wraps over two lines is one cell of one line: not marked.
   */
  took?: true;
  /**
   * Only when true: a record whose cells carry their own labels, its name's line and its place's joined into this row
   * (src/parse/labelled-cells.ts): its figures are placed by their labels, an amount without one by the rows around it.
   */
  labelledCells?: true;
  /**
   * Text only: the file's line this line follows when lines that only translated the one above
   * stood between them (a bilingual schedule's «Buildings» under «Bygning …», src/parse/translations.ts).
   */
  under?: number;
}

export interface SourceDocument {
  file: string;
  sha256: string;
  kind: 'pdf' | 'text';
  pages: number;
  lines: SourceLine[];
  /** Running headers/footers removed from `lines`, each kept once (first occurrence). */
  running: SourceLine[];
  /**
   * What reading the text itself found doubtful (src/parse/normalise.ts: a no-break space inside a
   * figure): warnings of the policy, with their page and line.
   */
  warnings?: SourceWarning[];
}

export interface SourceWarning {
  page: number;
  line: number;
  message: string;
}

/**
 * Dot leaders between a label and its figure («Bygninger ........ 3,7 %», «Avtalenummer …… D-448812»,
 * «Medisinsk invaliditet . . . . . . 15 G») are a gap between two cells, in a text file and in a PDF
 * alike: the leader (three dots or more, «…», or three dots or more a space apart, with the spaces
 * around it) matched here. A value may follow the last dot without a space («Egenandel........kr
 * 10 000», «Forsikringssum.......2 500 000», «Avtalenummer.......KT-2284617»: a form a program
 * filled in): a figure after three dots or more, anything after four or more (an ellipsis in
 * running text, «og så videre...Neste», is no gap). A form's record may end the leader in the label's
 * colon («Forsikringssum ........: kr 6.450.000,-», «Polisenr ......: LKF-0093318», as policy systems
 * print a label of a fixed width): the colon is the leader's end, part of the gap.
 */
export const LEADER_GAP = /(\S)\s*(?:\.{3,}|…+|\.(?: \.){2,})(?:\s*\.)*(?:\s*:)?(?:\s+(?=\S)|(?<=\.{4})(?=[^\s.])|(?=[+-]?\d|[Kk][Rr]\.?\s*\d|[Nn][Oo][Kk]\s*\d))/g;

/** Whether a text has a dot leader (LEADER_GAP's cheap first test): «....», «…», «. . . .». */
export function hasLeader(text: string): boolean {
  return text.includes('...') || text.includes('…') || text.includes('. . .');
}

/**
 * A dot leader at the end of a cell («Forsikringssum .................... ..»): a PDF sets the
 * leader's last dots apart, or ends the cell at the leader and sets the figure in a cell of its
 * own. The leader is the gap, so the cell is its label alone.
 */
const EDGE_LEADER = /(?<=[A-Za-zÀ-ÖØ-öø-ɏ\d)])\s*(?:\.{3,}|…+|\.(?: \.){2,})(?:\s*\.)*(?:\s*:)?\s*$/u;

/** A cell's text without a dot leader at its end (see EDGE_LEADER); the text itself where it has none. */
export function withoutEdgeLeader(text: string): string {
  return hasLeader(text) ? text.replace(EDGE_LEADER, '') : text;
}

/** A cell's text split at its dot leaders, or undefined when it has none. */
export function cellsAtLeaders(text: string): string[] | undefined {
  if (!hasLeader(text)) return undefined;
  const parts = text.replace(LEADER_GAP, '$1\u0000').split('\u0000');
  return parts.length > 1 ? parts : undefined;
}

/**
 * The cells of a line whose columns are separated by bars: a Markdown table row (`| a | b |`) or
 * cells written `a | b | c` (a bar with a space on each side). Undefined for any other line with a
 * bar in it. A Markdown rule row (`|---|:---:|`) gives cells of dashes, which no reader takes.
 * `bare`: the line is under a row of cells written without outer bars.
 */
export function barCells(raw: string, bare = false): string[] | undefined {
  const t = raw.trim();
  // (under a row written without outer bars, «Driftstap | Strandgata 12, | 6 500 000 | | 5 940», a
  // line indented to its first bar is that row's wrapped cells, its first cell empty:
  // «                | 9008 Tromsø |           |    |»)
  if (bare && /^\s+\|/.test(raw)) {
    const cells = t.split('|').map((c) => c.trim());
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  }
  if (t.startsWith('|') && t.length > 1) {
    const inner = t.endsWith('|') ? t.slice(1, -1) : t.slice(1);
    return inner.split('|').map((c) => c.trim());
  }
  if (!t.includes(' | ')) return undefined;
  return t.split('|').map((c) => c.trim());
}

/** A figure as a notice writes it beside its label: «4,2 %», «0,08 ‰», «4,5 G», «kr 1 000 000», «+3,1 prosent». */
const FIGURE = String.raw`(?:(?:kr\.?|nok)\s*)?[+-]?\s?\d+(?:[ .]\d{3})*(?:,\d+|,-)?(?:\s*(?:%|‰|promille|prosent|G|kr\.?|kroner)(?![A-Za-zÀ-ÖØ-öø-ÿ]))?`;
const FIGURE_ONLY = new RegExp(`^${FIGURE}$`, 'i');
/** A figure and, after a gap (one space or more), the next pair's label: «4,2 %      Naturskade». */
const FIGURE_THEN_LABEL = new RegExp(`^(${FIGURE})\\s+([A-Za-zÀ-ÖØ-öø-ÿ].*)$`, 'i');
const HAS_LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ]/;

/**
 * A notice set in two columns, each a label, a dot leader and a figure («Indeksregulering bygning
 * ....... 4,2 %      Naturskade ....... 0,08 ‰»): the pairs side by side, each as a line of its
 * own would be written («Indeksregulering bygning ....... 4,2 %», «Naturskade ....... 0,08 ‰»).
 * Undefined for a line that is not two or more such pairs (one pair; a label with several
 * figures, «Bygning ..... 4 000 000 ..... 10 000»; a figure without its label).
 */
export function pairsAtLeaders(text: string): string[] | undefined {
  const parts = cellsAtLeaders(text.trim());
  if (parts === undefined || parts.length < 3) return undefined;
  const labels = [parts[0]!];
  const figures: string[] = [];
  for (const part of parts.slice(1, -1)) {
    const m = FIGURE_THEN_LABEL.exec(part.trim());
    if (!m) return undefined;
    figures.push(m[1]!);
    labels.push(m[2]!.trim());
  }
  const last = parts[parts.length - 1]!.trim();
  if (!FIGURE_ONLY.test(last) || labels.some((l) => !HAS_LETTER.test(l) || FIGURE_ONLY.test(l))) return undefined;
  figures.push(last);
  return labels.map((l, i) => `${l} ........ ${figures[i]}`);
}


/**
 * A label of one to four words with its colon inside a text, after a space: «… Forsikringssted:
 * Storgata 1», «… Fast egenandel: kr 20 000», «… Pris pr. år: kr 3 180». Which labels are a
 * schedule's fields, columnOf says.
 */
const LABEL_AT = /\s(?=([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ./]*(?: [a-zæøå][A-Za-zÀ-ÖØ-öø-ÿ./]*){0,3}):\s)/g;

/** A place in a text where a schedule's field begins: its label's column, and whether the label is capitalised as a label is. */
interface FieldStart {
  at: number;
  col: Col;
  capitalised: boolean;
}

/** Where the labels of a schedule's fields stand inside a text (after its start), left to right; a label inside a longer one («egenandel» in «Fast egenandel») is not another. */
function fieldStarts(text: string): FieldStart[] {
  if (!text.includes(':')) return [];
  const out: FieldStart[] = [];
  let end = 0;
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(text); m; m = LABEL_AT.exec(text)) {
    if (m.index < end) continue;
    const col = columnOf(m[1]!);
    if (col === undefined) continue;
    out.push({ at: m.index, col, capitalised: /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u.test(m[1]!) });
    end = m.index + 1 + m[1]!.length;
  }
  return out;
}

/** A text cut at the given places (each place's whitespace dropped). */
function cutAt(text: string, starts: readonly FieldStart[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const s of starts) {
    out.push(text.slice(from, s.at));
    from = s.at + 1;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * A text cut before each capitalised label of a schedule's field in it, the product's too
 * («Næringsbygg Forsikringssted: Storgata 1, 0155 Oslo Forsikringssum: kr 12 000 000», a
 * mail-merged line whose gaps a PDF closed): each field a piece of its own, so that no value runs
 * on into the next label. The pieces are not trimmed.
 */
export function atFieldLabels(text: string): string[] {
  return cutAt(text, fieldStarts(text).filter((s) => s.capitalised));
}

const FIGURE_COLS: ReadonlySet<Col> = new Set(['sum', 'deductible', 'premium']);

/**
 * A line of a schedule's fields run together, outside any table («Næringsbygg Forsikringssted:
 * Strandvegen 21, 9008 Tromsø Forsikringssum: kr 24 600 000 Egenandel: kr 20 000 Pris: kr 31 450»:
 * a mail-merge line whose runs of spaces a PDF set as one, wrapped over two lines) → its cells, as a
 * text file has them: split before each field's label with its colon (atFieldLabels; not the
 * product's), where two labels or more stand after the line's start, one of them a figure's (sum,
 * deductible, price), and each capitalised as a label is (a «sum:» in lower case is running text).
 * Undefined otherwise.
 */
export function cellsAtFieldLabels(text: string): string[] | undefined {
  const starts = fieldStarts(text).filter((s) => s.col !== 'product');
  if (starts.length < 2 || !starts.every((s) => s.capitalised) || !starts.some((s) => FIGURE_COLS.has(s.col))) return undefined;
  return cutAt(text, starts).map((p) => p.trim());
}

/**
 * A capitalised label of one to four words (the first capitalised, the rest in lower case) with its
 * colon and a space, at the start of a text or after a space: «Reisegods: …», «Egenandel reisegods: …»,
 * «Ulykke ved død: …», «Org.nr.: …».
 */
const CAP_LABEL = /(?<=^|\s)([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ./]*(?: [a-zß-öø-ÿčđŋšŧž][A-Za-zÀ-ÖØ-öø-ɏ./]*){0,3}):\s/gu;

/**
 * A line of «Label: value» fields run together (a mail-merge block «Reisesyke: ubegrenset     Reisegods:
 * kr 25 000 per person» whose runs of spaces a PDF set as one space) → a cell per field, as a text
 * file has them. Only where the line starts with such a label, every colon followed by a space is a
 * capitalised label's (no «… og samlet sum: …» of running text), no value is empty or ends a sentence,
 * and the line holds no bar or tab. Undefined otherwise.
 */
export function cellsAtLabels(text: string): string[] | undefined {
  const t = text.trim();
  const first = t.indexOf(': ');
  // (cheap: two colons with a space, the first ending a short label)
  if (first < 2 || first > 60 || t.indexOf(': ', first + 2) < 0 || t.includes('|') || t.includes('\t')) return undefined;
  const starts: number[] = [];
  CAP_LABEL.lastIndex = 0;
  for (let m = CAP_LABEL.exec(t); m; m = CAP_LABEL.exec(t)) starts.push(m.index);
  if (starts.length < 2 || starts[0] !== 0 || t.split(/:\s/).length - 1 !== starts.length) return undefined;
  const cells = starts.map((s, i) => t.slice(s, starts[i + 1]).trim());
  for (const c of cells) {
    const value = c.slice(c.indexOf(':') + 1).trim();
    if (value === '' || /[.!?]$/.test(value)) return undefined;
  }
  return cells;
}

const RULE = /^[-=_|:+\s]+$/;

/** A line of rule characters only, with at least three of them (`-----`, `_____`, a Markdown table's `|---|:---:|`). */
export function isRule(text: string): boolean {
  const c = text[0];
  return (c === '-' || c === '=' || c === '_' || c === '|' || c === ':' || c === '+') && text.length >= 3 && RULE.test(text);
}
