/**
 * Where a table's rows begin when nothing drawn or spaced shows it: insurers' schedules set a
 * wrapped cell's next line at the same pitch as the next row, so a line right below a row may be
 * either. A row begins where its anchors begin (src/parse/pdf-layout.ts, step 3):
 *
 * - an amount in an amount column whose cell in the row has text already, on a line with text
 *   outside the amount columns too (a product, an address, «Sum») that does not plainly go on from
 *   the line above: the next row. A line with text in the amount columns alone goes on with the
 *   row — a cell of several amounts wrapped (`Kr 4 000` over `Kr 8 000`), as the text has them in
 *   one cell — and so does a line whose other cells plainly go on (`sameie` under `Borettslag og`)
 *   or whose amounts finish one broken over the line end (`Kr` over `10 000`, `Kr 8` over `000`);
 * - a new value in the first column after a row that had amounts: text that does not go on with
 *   the row's first cell — that cell is empty (`\tHavnegata 14\tkr …` then `Eiendeler …`), or
 *   neither a lower-case start, a hyphen, a comma or a conjunction at the end of the line above
 *   joins them and the line above had room for this line's first word (the room test) or another
 *   column of text starts new text too (a narrow first column fails the room test for any word).
 *   Below a row without amounts, lines without amounts go on with it (`Sameie` over `Utvidet`),
 *   and so does a wrapped address under a product wrapped in lower case. A value in words in an
 *   amount column (`Individuelt`, `etter regning`) is the row's value as an amount is, and a line
 *   that is an amount after its label (`Premie kr 21 760`) is never the rest of a name;
 * - amounts on a line below a row without any, in a table whose rows have had their amounts on
 *   their first line (set at the top of the row, as document systems do): the row had none, and
 *   this is the next one.
 *
 * - a total in the first column («Sum», «Totalpris») under a row that had amounts: the total's own
 *   line, though its amount could be read as the rest of the amount above (`3 900` over `230 360`).
 *
 * Rules drawn between a table's lines come first when they are known (ruledRow). The anchors
 * above are for tables with amount columns. A table of text alone at the line pitch begins a row
 * where a line starts new text and nothing on it plainly goes on from the line above (textRow);
 * where a line is joined to a row with nothing to show it belongs there, the row is marked
 * (joinedWithoutEvidence), and the rules of its page are read.
 */
import { AMOUNT_REST, DATE_CELL, FIRST_RISK_WORD, isGCell } from '../amounts.js';
import { FIGURE_COLUMN_NAME_SET, PERSON_COVERAGES, TOTAL_WORDS } from '../vocabulary.js';
import { isAmountCell } from './columns.js';
import { BULLET, cut, LAYOUT, type Col, type LLine, type PLine, type Seg, type TableBlock } from './types.js';

const LOWER_START = /^[a-zß-öø-ÿčđŋšŧž]/u;
const CAPITAL_START = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u;
/** A cell that starts a value of its own: a capital or a figure. */
const NEW_START = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ\d]/u;
/** A schedule's total line in the first column: «Sum», «Totalpris», «Samlet årspris» (the vocabulary's words). */
const TOTAL = new RegExp(`^(?:${[...TOTAL_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'iu');
const LABEL_END = /:$/;
/** Two labels or more flowed in one line of a cell: «Dato: Avtaleperiode: Kundenummer:». */
const LABEL_RUN = /:\s+\S[^:]*:$/;
/** A cell in capitals alone («FRITIDSULYKKE», «GRUPPELIV»), and one that starts a word in mixed case («Medisinsk …»). */
const CAPITALS_ONLY = /^[^a-zß-öø-ÿčđŋšŧž]*[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]{3}[^a-zß-öø-ÿčđŋšŧž]*$/u;
const MIXED_START = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž]/u;
/** The end of a line that the next line's text goes on from: a hyphen, comma, slash, open bracket, a conjunction or preposition. */
const CURRENCY_END = /(?:^|\s)(?:kr\.?|nok)$/i;
/** A sum's first-risk word alone in its cell («Førsterisiko», «1. risiko:»): the form of a sum whose amount comes after it. */
const FIRST_RISK_ALONE = new RegExp(String.raw`^${FIRST_RISK_WORD}\s*:?$`, 'i');
/** A whole amount with its currency after it («6 000 kr»). */
const SUFFIX_CURRENCY = /\d\s*(?:kr\.?|nok)$/i;
/** The unit a column's amounts are stated in («Forsikringssum i kr», «Pris per år i NOK»): a header, not a currency before its figure. */
const UNIT_IN = /\bi\s+(?:kr\.?|nok)$/i;

/** A figure column's name and the unit its amounts are in, a header cell: «Forsikringssum kr», «Eigenandel kr», «Pris NOK». */
function columnNameThenUnit(text: string): boolean {
  return FIGURE_COLUMN_NAME_SET.has(text.replace(CURRENCY_END, '').trim().toLowerCase());
}
/**
 * An amount's first part broken off at the line end: one group of digits, after a currency or
 * alone (`Kr 8`, `12`), or one digit after its label (`premie 7` over `450`: no schedule states
 * a premium or deductible of a few kroner).
 */
const LONE_GROUP_END = /(?:^|(?:^|\s)(?:kr\.?|nok)\s*)\d{1,3}$|(?:^|\s)[A-Za-zÀ-ÖØ-öø-ɏ]{3,}\s\d$/iu;
const DIGIT_END = /\d$/;
/** A cell that is a figure alone, grouped in threes or not (`620`, `3 260`). */
const FIGURE_ONLY = /^\d{1,3}(?: \d{3})*$/;
/** A rest that cannot be an amount of its own: a group of three that starts with 0 (`000`). */
const ZERO_GROUP_START = /^0\d\d(?:[\s.,]|$)/;
const OPEN_END_RE = /(?:[-,/(&+]|\s(?:og|eller|samt|med|for|til|i|på|av|ved|mot|fra|inkl\.?|ekskl\.?))$/;
/** An amount written the Norwegian way with its dash for no øre («NOK 6 400 000,-», «kr 850.–»): a whole amount. */
const AMOUNT_DASH_END = /\d[,.]\s?[-–]$/;
/**
 * A cell's end that goes on in the next line (a hyphen, a comma, a conjunction …) — never an
 * amount's «,-» («Premiegrunnlag | NOK 6 400 000,-» over «Egenandel | NOK 10 000,-» are two rows).
 */
const OPEN_END = { test: (text: string): boolean => OPEN_END_RE.test(text) && !AMOUNT_DASH_END.test(text) };
/** An address cut after its postcode («Skistua, Løypevegen 12, 1940»): an address never ends there. */
const POSTCODE_END = /(?:^|,\s*)\d{4}$/;
/** A place name alone, the rest of an address cut after its postcode («Bjørkelangen», «Nes på Hedmarken»). */
const PLACE_ONLY = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ -]*$/u;

/** How a physical line stands to the row above it in a table (see join.ts). */
export interface RowStep {
  /** The row being read and its last physical line. */
  l: LLine;
  q: PLine;
  p: PLine;
  /** The cell of the row each cell of `p` falls in. */
  targets: Col[];
  /** The right edge of a column, for the room test. */
  edgeOf: (c: Col) => number;
  size: number;
  /** The table's rows so far had their amounts on their first line (none lower down). */
  topAligned: boolean;
  /** How far below a line its wrapped line may stand (join.ts reach). */
  reach: number;
}

function inAmountColumn(table: TableBlock, x0: number): boolean {
  const cols = table.amountCols;
  for (let i = 0; i < cols.length; i++) if (Math.abs(cols[i]! - x0) <= LAYOUT.alignX) return true;
  return false;
}

/**
 * What the table's rules say, where they are known: a rule between the line above and `p` begins
 * a row (true); in a table with rules between its rows, no rule means the same row (false);
 * otherwise they say nothing (undefined).
 */
export function ruledRow(st: RowStep): boolean | undefined {
  const table = st.p.table;
  if (!table || st.q.table !== table) return undefined;
  if (st.p.ruleAbove) return true;
  return table.ruled ? false : undefined;
}

/** Does `p` begin a new row of its table (see the module comment)? Why, or null. */
export function beginsRow(st: RowStep): string | null {
  const table = st.p.table;
  if (!table || !st.q.table) return null;
  // less than a line below the line above: the glyphs would overlap, so it is the same row (a
  // cell centred vertically in it)
  if (st.q.page === st.p.page && st.q.y - st.p.y < LAYOUT.halfLine * st.size) return null;
  if (dateUnderValue(st)) return 'a date where the row has a value begins a row';
  // («• Dødsfall:   2 G» under «• Medisinsk invaliditet:   10 G»: a list's bullet at the line's start is a new item, never
  // the rest of the line above — joined, three of a G list's items were one)
  if (BULLET_START.test(st.p.segs[0]?.text ?? '')) return 'a bullet begins a row';
  if (labelUnderLabel(st)) return 'a field\'s label under a label begins a row';
  if (fieldUnderValue(st)) return 'a labelled field under a field\'s finished value begins a line';
  if (table.amountCols.length === 0) return table.spaced ? null : textRow(st);
  if (zeroGroupRest(st, table)) return null;
  if (totalRow(st, table)) return 'a total begins a row';
  if (anchorAmount(st, table)) return 'an amount begins a row';
  if (newValue(st, table)) return 'a new value in the first column after a row with amounts begins a row';
  if (lateAmounts(st, table)) return 'amounts below a row without any, in a table whose rows have them on their first line';
  return null;
}


/**
 * A whole date under a cell that ends with a value (a figure): never the rest of that cell, but the
 * next field of a header block («Utstedt | 03.03.2024» over «Forsikringstid | 01.04.2024 -
 * 31.03.2025»; joined, each date would stand after both labels, and the issue date be read as the
 * renewal date). Under a cell that ends with its label («… Forsikringstid») the date is its value,
 * wrapped onto the next line.
 */
function dateUnderValue(st: RowStep): boolean {
  const { p, targets } = st;
  for (let i = 0; i < p.segs.length; i++) {
    const parts = targets[i]!.parts;
    if (parts.length > 0 && ENDS_FIGURE.test(parts[parts.length - 1]!) && DATE_CELL.test(p.segs[i]!.text.trim())) return true;
  }
  return false;
}

const ENDS_FIGURE = /\d\s*$/;
/** A list's bullet, then a space, at a line's start («• », «◦ », «▪ », «– » is no bullet here: a dash may end a range). */
const BULLET_START = /^\s*[•◦▪●■]\s/;

/** A field's label alone in its cell: a capital, words, and its colon («Egenandel:», «Årspremie:»). */
const LABEL_CELL = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.\/ -]{1,40}:$/u;

/**
 * A field's label alone in the first cell, under a first cell that is a label too («Forsikringssum: | Avtalt verdi kr
 * 1 850 000» over «Egenandel: | kr 20 000» over «Årspremie: | kr 38 410»): a label ends its cell, so the line is the next
 * field — never the rest of the label above. Joined, LibreOffice's vehicle card read «Forsikringssum: Egenandel:
 * Årspremie:» beside its three values, and none was read.
 */
function labelUnderLabel(st: RowStep): boolean {
  const { p, targets } = st;
  const first = p.segs[0];
  if (!first || !LABEL_CELL.test(first.text.trim())) return false;
  const parts = targets[0]!.parts;
  return parts.length > 0 && LABEL_CELL.test(parts[parts.length - 1]!.trim()) && targets[0] === st.l.cols[0];
}

/** A label and its value in one cell: «Båthamn: Leirvik småbåthamn,», «Egenandel: kr 6 000». */
const LABELLED_CELL = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.\/ -]{1,30}:\s+\S/u;

/** A cell that ends open — a comma, a hyphen, «og» —, so that its value goes on. */
const ENDS_OPEN = /(?:[,\-–&\/]|\b(?:og|eller|i|på|for|med|and|or|of))\s*$/iu;

/**
 * A labelled field set in under a field's value («Forsikra fartøy: | Askeladden C65 Cruiser, 2019» over
 * «| Båthamn: Leirvik småbåthamn,»): the value above is finished (no comma, hyphen or «og» at its end), so the
 * line is a field of its own, as the text writes it — joined, the berth was read as part of the boat.
 */
function fieldUnderValue(st: RowStep): boolean {
  const { p, targets, l } = st;
  if (p.segs.length !== 1 || l.cols.length < 2) return false;
  const target = targets[0]!;
  const labelAbove = l.cols[0]!.parts;
  if (target === l.cols[0] || labelAbove.length === 0 || !LABEL_CELL.test(labelAbove[labelAbove.length - 1]!.trim())) return false;
  const parts = target.parts;
  if (parts.length === 0 || ENDS_OPEN.test(parts[parts.length - 1]!)) return false;
  return LABELLED_CELL.test(p.segs[0]!.text.trim());
}

/**
 * An amount that begins a value in an amount column where the row has text, on a line with text
 * outside the amount columns that does not plainly go on from the line above (see goesOn).
 */
function anchorAmount(st: RowStep, table: TableBlock): boolean {
  const { p, targets } = st;
  let anchor = false;
  let other = false;
  for (let i = 0; i < p.segs.length; i++) {
    const s = p.segs[i]!;
    const c = targets[i]!;
    if (!inAmountColumn(table, s.x0)) other ||= !goesOn(st, s, c);
    else if (c.parts.length > 0 && inAmountsColumn(s) && !amountGoesOn(st, s, c)) anchor = true;
  }
  return anchor && other;
}

/** A figure of at most three digits (`0`, `740`): in an amount column, an amount too small to be grouped. */
const SMALL_FIGURE = /^[-+−]?\d{1,3}(?:,\d+|,-)?$/;

/** A small figure with its label before it (`premie 620` under `premie 3 280`). */
const LABELLED_SMALL_FIGURE = /^[A-Za-zÀ-ÖØ-öø-ɏ]{3,}\s\d{1,3}(?:,\d+|,-)?$/u;

/**
 * A cell of an amount column that is an amount: as amounts are written, or a small figure there
 * (`740` under `5 410`), alone or after its label (`premie 620`).
 */
function inAmountsColumn(s: Seg): boolean {
  return isAmountCell(s) || SMALL_FIGURE.test(s.text) || LABELLED_SMALL_FIGURE.test(s.text);
}

/**
 * A total in the first column under a row with amounts («Styreansvar … 3 900» then «Totalpris …
 * 230 360» at the same pitch): the total's line, never a wrapped name nor the rest of an amount.
 */
function totalRow(st: RowStep, table: TableBlock): boolean {
  const { l, p } = st;
  const s = p.segs[0]!;
  return Math.abs(s.x0 - table.first) <= LAYOUT.alignX && TOTAL.test(s.text) && hadAmounts(l, table);
}

/**
 * An amount broken over two lines: `Kr` over `10 000`, `Kr 8` over `000`, `12` over `500`. A whole
 * amount under a whole amount is two (`96 500 000` over `210 300 000`, `5 410` over `740`): its
 * first group could be the rest of the one above only when it cannot begin an amount (`000`), or
 * when the one above is a lone group of digits, no amount a schedule states.
 */
function amountGoesOn(st: RowStep, s: Seg, c: Col): boolean {
  const qs = lineAbove(st, c);
  if (!qs) return false;
  // («Kr» over «10 000»: the currency set before its figure; «6 000 kr» is a whole amount)
  // («Forsikringssum i kr» over «18 750 000»: the header's unit, the amount begins the first row)
  // («Forsikringssum kr», «Eigenandel kr», «Pris kr» over «148 000 000», «50 000», «211 400»: the unit after a figure
  // column's name, as a header writes it — groff sets the first row at the header's pitch, and read as one row the
  // header's names took the row's figures and the row's name stood under the column name «Forsikra objekt»)
  if (CURRENCY_END.test(qs.text) && !SUFFIX_CURRENCY.test(qs.text) && !UNIT_IN.test(qs.text) && !columnNameThenUnit(qs.text)) return true;
  // («Førsterisiko» over «250.000» in the sum column, a web page's cell wrapped: the sum's form, then its amount — one cell,
  // as a text table writes «Førsterisiko 250.000»; read as a row of its own, the place cut at «Gnr 52 Bnr» lost its rest)
  if (FIRST_RISK_ALONE.test(qs.text.trim())) return true;
  return (DIGIT_END.test(qs.text) && ZERO_GROUP_START.test(s.text)) || (LONE_GROUP_END.test(qs.text) && AMOUNT_REST.test(s.text));
}

/**
 * A cell of an amount column that starts with a group of three beginning with 0 («000 000», «000*»)
 * under a cell of the row that ends with a figure («… 25»): the rest of an amount broken at its
 * space — no amount begins so —, so the line goes on with the row, whatever stands in its first
 * column (a name wrapped beside it). Read as a row of its own, «000 000» would be a sum of 0 and the
 * line's other figures another row's.
 */
function zeroGroupRest(st: RowStep, table: TableBlock): boolean {
  const { p, targets } = st;
  for (let i = 0; i < p.segs.length; i++) {
    const s = p.segs[i]!;
    if (!inAmountColumn(table, s.x0) || !ZERO_GROUP_START.test(s.text)) continue;
    const parts = targets[i]!.parts;
    if (parts.length > 0 && DIGIT_END.test(parts[parts.length - 1]!)) return true;
  }
  return false;
}

/** A new value in the first column after a row that had amounts (see the module comment). */
function newValue(st: RowStep, table: TableBlock): boolean {
  const { l, p, targets } = st;
  // (the row's own table: the line may stand first in a table of other columns, «Premie kr 21 760»
  // over the next section's rows)
  const own = l.first.table ?? table;
  if (!hadAmounts(l, own) && !hadWordValue(l, own)) return false;
  const at = p.segs.findIndex((s) => Math.abs(s.x0 - table.first) <= LAYOUT.alignX);
  if (at < 0) return false;
  const first = targets[at]!;
  if (first.parts.length === 0) return true;
  if (goesOn(st, p.segs[at]!, first)) return false;
  if (!continuesCell(st, p.segs[at]!, first)) return true;
  // «Medisinsk invaliditet | 15 G» under «FRITIDSULYKKE | 38 440»: a name in mixed case under one
  // in capitals alone — a cell wrapped keeps its case, so it is the next row (an item of the product)
  if (CAPITALS_ONLY.test(first.parts[first.parts.length - 1]!) && MIXED_START.test(p.segs[at]!.text)) return true;
  // «Premie kr 21 760» alone under «Begravelseskostnader | 0,5 G»: an amount after its label, in a
  // capital, is no rest of a name wrapped in a narrow first column
  if (p.segs.length === 1 && CAPITAL_START.test(p.segs[at]!.text) && isAmountCell(p.segs[at]!)) return true;
  // a narrow first column fails the room test for any next word: a new value in another column
  // of text shows the row is new
  for (let i = 0; i < p.segs.length; i++) {
    const s = p.segs[i]!;
    const c = targets[i]!;
    if (i === at || inAmountColumn(table, s.x0) || c.parts.length === 0) continue;
    if (!continuesCell(st, s, c)) return true;
  }
  return newName(st, table, p.segs[at]!);
}

/**
 * A new name in a narrow first column (a capital after a cell that ended whole, which fails only
 * the room test) with a cell of its own in every amount column where the row above has one
 * («Barnetillegg per barn under 21 år | inntil 6,5 G» over «Nedtrapping fra 44 til 60 år | etter
 * tabell»): a row of its own. The rest of a wrapped name leaves the amount columns empty, or
 * holds the rest of their amounts («Kr 8» over «000 000»).
 */
function newName(st: RowStep, table: TableBlock, s: Seg): boolean {
  const { l, p } = st;
  if (!CAPITAL_START.test(s.text)) return false;
  const filled = l.cols.filter((c) => c.parts.length > 0 && inAmountColumn(table, c.x0));
  const own = (c: Col) => p.segs.some((k) => Math.abs(k.x0 - c.x0) <= LAYOUT.alignX && !amountGoesOn(st, k, c));
  return filled.length > 0 && filled.every(own);
}

/**
 * A table of text alone, its rows at the line pitch: a line that starts new text in a cell that
 * has text, none of whose cells plainly goes on from the line above (lower case, an open end, an
 * item of a list), begins a row — the room test alone does not hold it to the row (a label column
 * is narrow: every next word would be «cut»).
 */
function textRow(st: RowStep): string | null {
  const { l, p, targets } = st;
  let fresh = false;
  let anew = 0;
  for (let i = 0; i < p.segs.length; i++) {
    const s = p.segs[i]!;
    const c = targets[i]!;
    if (c.parts.length === 0) continue;
    // (a list item after another does not hold the line to the row: a label column's items are
    // rows of their own, «- Kokk:» then «- Renholder:», when the other column starts anew too)
    if (goesOn(st, s, c) && !listItem(st, s, c)) return null;
    // (a figure under a figure is the next row's, `890` under `620`: a cell of text wraps its
    // words, and a figure's only rest is a group that cannot begin one, `000`)
    fresh ||= !continuesCell(st, s, c) || (FIGURE_ONLY.test(s.text) && !ZERO_GROUP_START.test(s.text) && FIGURE_ONLY.test(c.parts[c.parts.length - 1]!));
    if (NEW_START.test(s.text)) anew++;
  }
  if (fresh) return 'a new value in a table of text, nothing going on from the line above';
  if (figuredRowEnds(st)) return 'a new value in the first column after a row that had its figure';
  if (labelRunGoesOn(st)) return null;
  // narrow columns fail the room test for any next word: a line that starts a new value (a
  // capital, a figure) in every column where the row has text is the next row («Forsikringstaker
  // | Lykkeglimt Interiør AS» then «Org.nr. | 923 401 118»); a name wrapped in one column leaves
  // the others empty («AS» alone under «Lykkeglimt Interiør»)
  let filled = 0;
  for (let i = 0; i < l.cols.length; i++) if (l.cols[i]!.parts.length > 0) filled++;
  return anew === p.segs.length && anew >= 2 && anew >= filled ? 'a new value in every column of a table of text' : null;
}

/**
 * A label under a cell's run of labels that had no room for it («Dato: Avtaleperiode: Kundenummer:» over
 * «Avtalenummer:»): the cell is a paragraph of labels, a text's stacked labels set in one cell and flowed, and
 * its row's other cells are flowed with it — the values' paragraph beside it («… 31.12.2025 100» over «233 871
 * 4010 55213»), the address's («5731» over «Ulvik»). Each cell starting anew does not begin a row here.
 */
function labelRunGoesOn(st: RowStep): boolean {
  const { p, targets } = st;
  for (let i = 0; i < p.segs.length; i++) {
    const s = p.segs[i]!;
    const qs = lineAbove(st, targets[i]!);
    if (qs && LABEL_RUN.test(qs.text) && LABEL_END.test(s.text) && cut(qs, s, st.size, st.edgeOf(targets[i]!))) return true;
  }
  return false;
}

/**
 * A capital in the first column under a row of a table of text that has a figure of its own
 * (`Kasko | 3 260` then `Snøscooter | Lynx 69 …`: small figures, `980`, left the column unread as
 * amounts): the row had its value, as a row with amounts has (newValue), and this is the next.
 */
function figuredRowEnds(st: RowStep): boolean {
  const { l, p, targets } = st;
  const s = p.segs[0]!;
  const c = targets[0]!;
  if (c !== l.cols[0] || c.parts.length === 0 || !CAPITAL_START.test(s.text) || goesOn(st, s, c)) return false;
  for (let i = 1; i < l.cols.length; i++) {
    const parts = l.cols[i]!.parts;
    if (parts.length === 1 && FIGURE_ONLY.test(parts[0]!)) return true;
  }
  return false;
}

/** Amounts below a row that has none, in a table whose rows have them on their first line. */
function lateAmounts(st: RowStep, table: TableBlock): boolean {
  const { l, p } = st;
  if (!st.topAligned || hadAmounts(l, table)) return false;
  for (let i = 0; i < p.segs.length; i++) if (inAmountColumn(table, p.segs[i]!.x0) && isAmountCell(p.segs[i]!)) return true;
  return false;
}

/**
 * A sum stated in words in an amount column: «Individuelt», «etter lov», «etter regning» (a person
 * cover's value that is no amount). A row that has one has its value, as a row with an amount
 * has: a capital name under it begins the next row («Behandlingsutgifter | Individuelt» over
 * «Tannskade | etter regning» were one row, «Behandlingsutgifter Tannskade | Individuelt etter
 * regning», and both items were lost).
 */
function hadWordValue(l: LLine, table: TableBlock): boolean {
  for (let i = 0; i < l.cols.length; i++) {
    const c = l.cols[i]!;
    if (c.parts.length !== 1 || !inAmountColumn(table, c.x0)) continue;
    const t = c.parts[0]!.trim();
    if (isGCell(t) || ASSESSED.test(t.toLowerCase())) return true;
  }
  return false;
}

/** «etter regning», «dokumenterte utgifter»: a cost paid as documented (PERSON_COVERAGES.assessedCells). */
const ASSESSED = new RegExp(`^(?:${PERSON_COVERAGES.assessedCells.join('|')})\\.?$`);

/** Has the row amounts in its amount columns? */
export function hadAmounts(l: LLine, table: TableBlock): boolean {
  for (let i = 0; i < l.cols.length; i++) {
    const c = l.cols[i]!;
    if (c.amount && inAmountColumn(table, c.x0)) return true;
  }
  return false;
}

/**
 * The last line of cell `c`'s text when it is right above `p` (a wrapped line's distance above
 * it, or the last line of the previous page): cells centred vertically in a row put lines of other
 * cells between a cell's lines. Undefined when the cell's text ended further up.
 */
function lineAbove(st: RowStep, c: Col): Seg | undefined {
  const { q, p } = st;
  const at = c.lastLine;
  if (!c.last || !at) return undefined;
  if (at === q) return c.last;
  const reach = st.reach;
  // across a page break: on the last line of the page, or a line above it (a longer cell beside it)
  if (q.page !== p.page) return at.page === q.page && at.y - q.y <= reach ? c.last : undefined;
  return at.page === p.page && at.y - p.y <= reach ? c.last : undefined;
}

/**
 * Does `s` plainly go on from the text of cell `c` on the line right above it: it starts in lower
 * case, the line above ends open (a hyphen, a comma, a conjunction), or both are items of a list?
 */
function goesOn(st: RowStep, s: Seg, c: Col): boolean {
  const qs = lineAbove(st, c);
  if (!qs) return false;
  return LOWER_START.test(s.text) || OPEN_END.test(qs.text) || listItem(st, s, c) || placeAfterPostcode(qs.text, s.text, c.parts) || amountRest(qs.text, s.text);
}

/**
 * `next` is the rest of an amount `above` ends with, broken at its space («Sum: NOK 9 840» over
 * «000,-»): no amount begins with a group «000», so it is never a value of its own. Read apart,
 * the sum would be 9 840.
 */
function amountRest(above: string, next: string): boolean {
  return DIGIT_END.test(above) && ZERO_GROUP_START.test(next);
}

/**
 * `next` is the place name of the postcode `above` ends with: one address broken between them.
 * A cell of four digits alone is no address cut after its postcode unless its address began in a
 * line above it (`cell`): alone it is a year («Byggeår | 1974» over «Forsikringsform | Fullverdi»).
 */
function placeAfterPostcode(above: string, next: string, cell: readonly string[]): boolean {
  if (!POSTCODE_END.test(above) || !PLACE_ONLY.test(next)) return false;
  return !/^\d{4}$/.test(above.trim()) || cell.length > 1;
}

/** `s` is the next item of a list whose first item began cell `c`. */
function listItem(_st: RowStep, s: Seg, c: Col): boolean {
  return BULLET.test(s.text) && BULLET.test(c.parts[0] ?? '');
}

/**
 * Does `s` go on with the text of cell `c` (on the line right above it)? It does when it plainly
 * goes on (goesOn), or when that line was cut at the column's edge (no room for `s`'s first word).
 * A cell that has no text right above `s` ended there: `s` does not go on with it.
 */
export function continuesCell(st: RowStep, s: Seg, c: Col): boolean {
  const qs = lineAbove(st, c);
  if (!qs) return false;
  // a label ends its cell: «Dato:» then «Avtaleperiode:» are two; but a date under a label that
  // ends the line is its value, wrapped in a narrow column («Forsikringsperiode:» over
  // «01.02.2026–31.01.2027», the next row's «Avtalenr: …» below)
  // (a line that holds a run of labels already, «Dato: Avtaleperiode: Kundenummer:» over «Avtalenummer:», is a cell of
  // labels flowed as a paragraph, as a web page or a word processor sets a text's stacked labels in one cell: its next
  // label is the rest of the run when the line had no room for it — read apart, the last label took the values' rest)
  if (LABEL_END.test(qs.text) && !LOWER_START.test(s.text) && !LABEL_RUN.test(qs.text)) return DATE_CELL.test(s.text.trim());
  return goesOn(st, s, c) || cut(qs, s, st.size, st.edgeOf(c));
}

/**
 * A line joined to a table row with nothing to show that it belongs there: one of its cells starts
 * new text in a cell that has text already (it was not cut, it does not go on from the line
 * above). Rows at the line pitch without rules or amounts look like this, and so does a cell
 * with a line break of its own: the line is kept with the row and the row marked as uncertain —
 * unless the table sets its rows apart with space (a line at the wrapped lines' pitch is then
 * part of the row).
 */
export function joinedWithoutEvidence(st: RowStep): boolean {
  const { p, targets } = st;
  // in a table whose rows are set apart by space, a line at the wrapped lines' pitch is one (the
  // row's table: the line itself may stand at the top of the next page, apart from the table)
  if (p.table?.spaced || st.l.first.table?.spaced) return false;
  for (let i = 0; i < p.segs.length; i++) {
    const c = targets[i]!;
    if (c.parts.length > 0 && !continuesCell(st, p.segs[i]!, c)) return true;
  }
  return false;
}

/**
 * Does a cell of `p` plainly go on from its cell's line above (goesOn: lower case, an open end, a
 * list), or start in lower case in a cell that has text (a cell centred vertically beside it)?
 */
export function somethingGoesOn(st: RowStep): boolean {
  const { p, targets } = st;
  for (let i = 0; i < p.segs.length; i++) {
    const c = targets[i]!;
    if (c.parts.length > 0 && (LOWER_START.test(p.segs[i]!.text) || goesOn(st, p.segs[i]!, c))) return true;
  }
  return false;
}

/**
 * A line that is no row of its own in a table with amount columns: it has no cell in the first
 * column and none in an amount column — no anchor a row begins at — and each of its cells stands
 * in a column where the row above, a row with amounts, has text («Vinnesvåg» under «Næringsbygg |
 * Kaivegen 2, 5396 Vestre | 46 800 000 kr | …»): the rest of the row's wrapped cells, at the row
 * pitch or not.
 */
export function restOfRow(st: RowStep): boolean {
  const { l, p, targets } = st;
  // (the line's table, or the row's where the table as found ended above it)
  const table = p.table ?? st.q.table;
  if (!table || table.amountCols.length === 0 || !hadAmounts(l, table)) return false;
  for (let i = 0; i < p.segs.length; i++) {
    const s = p.segs[i]!;
    if (Math.abs(s.x0 - table.first) <= LAYOUT.alignX || inAmountColumn(table, s.x0) || targets[i]!.parts.length === 0) return false;
  }
  return p.segs.length > 0;
}

/**
 * A line that plainly goes on from the row above though a rule is drawn between them: a name
 * broken after an open end and going on in lower case («Borettslag og» over «sameie», a generator
 * that drew each line of the text as a row of its own), nothing else on it but amounts. A new
 * row never starts that way.
 */
export function goesOnAcrossRule(st: RowStep): boolean {
  const { p, targets } = st;
  const table = p.table;
  if (!table) return false;
  // (a line of lower-case words alone, its first column and its amount columns empty — «og løsøre»
  // under «Driftstilbehør | Maskiner, inventar | kr 12 750 000 | …», a text table's wrapped cell that a
  // word processor set as a row of its own — goes on without an open end above: no row begins so)
  const bare = !p.segs.some((s) => Math.abs(s.x0 - table.first) <= LAYOUT.alignX || inAmountColumn(table, s.x0));
  let named = false;
  for (let i = 0; i < p.segs.length; i++) {
    const s = p.segs[i]!;
    const c = targets[i]!;
    if (inAmountColumn(table, s.x0)) continue;
    const qs = lineAbove(st, c);
    if (!qs || !LOWER_START.test(s.text) || !(bare || OPEN_END.test(qs.text))) return false;
    named = true;
  }
  return named;
}
