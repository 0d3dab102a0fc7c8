/**
 * The parser's safety net: after every reader has run, what the document states that none of them
 * took in becomes a warning with its page and line, so that nothing relevant is lost silently — a
 * document laid out in a way no reader knows (a PDF dumped as text with single spaces between its
 * columns, a table whose columns cannot be split, a schedule written as prose) still says what was
 * not read.
 *
 * The net reads no values. It finds where the document states something of a kind the model
 * holds, and asks the readers' record whether one of them took it: the units they consumed
 * (`Reading.used`), the lines their values were traced to (`Reading.trace`) and the lines they
 * already warned about. What it finds:
 *
 * - **schedule sections**: a schedule heading («Forsikringsoversikt», «Forsikringsbevis Bygning»,
 *   «Dette er forsikret», «Oversikt over …») or a header row naming two or more of a schedule's
 *   columns («Forsikringssum Egenandel»), with lines under it that state amounts no reader took:
 *   one warning for the section, on its first line, with how many such lines there are and where
 *   («schedule «Forsikringsoversikt»: 5 lines with amounts were not read (lines 13–19)»). Totals
 *   («Sum», «Forsikringens premie …») and page furniture («Side 2 av 4», «Fortsetter neste side»)
 *   are not counted. A schedule heading under which no coverage was read and no such line stands is
 *   a warning too (its table or fields are there in a form no rule reads).
 * - **lines that state a field's value**: an index rate (an index word and «%»), a natural-damage
 *   rate («promille»), G (grunnbeløpet and an amount), a deductible change («egenandel … fra … til
 *   …») or a policy number (its label and a number, on the line or in the row under a header
 *   row) that no reader took and whose value is not already in the model (a value stated again is
 *   not lost): a warning with the line.
 * - **a product's unlabelled figures**: «Husforsikring   Fullverdi   kr 8 000   kr 9 480» under no heading and no
 *   header row — which figure is which only a header could say: a warning with the line.
 * - **sentences that pay a sum**: a G sum or kroner after «utbetales» / «vert utbetalt»
 *   (g-items.ts `payoutIn`) in a line no reader took, outside the conditions: a warning with the
 *   sentence.
 */
import { AMOUNT_SOURCE, DATE_SOURCE, G_IN_TEXT, readAmount } from './amounts.js';
import type { Reading } from './extract.js';
import { G_FIGURE_HINT, namesPersonProduct, payoutIn } from './g-items.js';
import { namesProduct } from './index-class.js';
import { flatHeadingsIn, flatRead } from './schedule-flat.js';
import { coverFigureSentence } from './schedule-prose.js';
import { titleProduct } from './schedule-titles.js';
import type { SourceLine } from './source.js';
import { lazyPattern } from './lazy.js';
import { lowerCase } from './lower.js';
import { lineAt, quote, sentencesOf, withoutColon, type Unit } from './units.js';
import { BASE_AMOUNT, DEDUCTIBLE, INDEX, NATURAL_DAMAGE, POLICY_NUMBER, PRICE_HEADINGS, SCHEDULE_COLUMNS, SCHEDULE_HEADINGS, TOTAL_WORDS, withoutIndexBases, type Col } from './vocabulary.js';

/** Warn about every relevant section and line no reader took (after all readers have run). */
export function warnUnread(r: Reading): void {
  const taken = takenUnits(r);
  const rows = takenRows(r);
  const counted = warnSections(r, rows.taken, rows.elsewhere);
  warnEmptySchedules(r, counted.headings);
  warnFlatSchedules(r);
  warnFieldLines(r, taken, counted.units);
}

const key = (l: SourceLine): string => `${l.page}:${l.line}`;

/** The units some reader took: consumed, traced to, or already warned about. */
function takenUnits(r: Reading): Set<Unit> {
  const lines = new Set<string>();
  for (const t of r.trace.values()) lines.add(`${t.page}:${t.line}`);
  for (const w of r.warnedLines()) lines.add(w);
  const taken = new Set<Unit>(r.used);
  for (const u of r.units.concat(r.running)) if (u.lines.some((l) => lines.has(key(l)))) taken.add(u);
  return taken;
}

/**
 * The units a schedule reader took: consumed, with a coverage traced to them, or warned about. A
 * line another field was read from («Forsikringen gjelder 9 ansatte … Pris for ett år: kr 18 370»:
 * the count of persons) is not a row read because of it.
 */
const HEADER_FIELDS: ReadonlySet<string> = new Set(['insurer', 'policy_number', 'issued', 'renewal_date', 'insured_persons']);
const MONEY_WORD = /(?:^|[^a-zæøå])(?:pris|premie|premien|prisen|årspris|årspremie|egenandel|egenandelen|eigenandel|eigenandelen|eigendel|eigendelen|selvrisiko|forsikringssum|forsikringssummen)(?![a-zæøå])/;

function takenRows(r: Reading): { taken: Set<Unit>; elsewhere: Set<Unit> } {
  const lines = new Set<string>();
  const fields = new Set<string>();
  const other = new Set<string>();
  for (const [path, t] of r.trace) {
    if (path.startsWith('coverages[')) lines.add(`${t.page}:${t.line}`);
    // (the header's facts: a line that states them states no row's figure by them)
    else if (HEADER_FIELDS.has(path)) fields.add(`${t.page}:${t.line}`);
    else other.add(`${t.page}:${t.line}`);
  }
  for (const w of r.warnedLines()) lines.add(w);
  const taken = new Set<Unit>();
  const elsewhere = new Set<Unit>();
  for (const u of r.units) {
    if (u.lines.some((l) => lines.has(key(l)))) taken.add(u);
    // (a deductible change, an index rate, G: read, and not a row of the section it stands in)
    else if (u.lines.some((l) => other.has(key(l)))) elsewhere.add(u);
    // (a unit consumed by the reader of another field — it says so by its trace — is not a row read
    // when it names a premium, a deductible or a sum besides: «… 9 ansatte … Pris for ett år: kr 18 370»)
    else if (r.used.has(u) && !(u.lines.some((l) => fields.has(key(l))) && MONEY_WORD.test(u.lower))) taken.add(u);
  }
  return { taken, elsewhere };
}

// ---------------------------------------------------------------------------------------------
// What counts as an amount, a total, page furniture

/** Figures that are not amounts of money: dates («01.04.2024», «01.04»), rates, G sums, postcodes, numbers of things. */
const NOT_AMOUNT = new RegExp(
  [
    DATE_SOURCE,
    String.raw`(?<![\d.])\d{1,2}\.\d{1,2}(?![\d.])`,
    String.raw`\d+(?:[.,]\d+)?\s*(?:%|‰|promille|prosent)`,
    // measures of a thing: «Kjørelengde per år: 16 000 km», «1 240 m² BRA», «150 hk»
    String.raw`(?<![\d.,])\d{1,3}(?:[ .]\d{3})*\s*(?:km|m²|m2|kvm|hk|kw)(?![a-zæøå\d])`,
    // a postcode and its place («2317 Hamar»)
    String.raw`(?<![\d.,])\d{4}(?=\s+[A-ZÆØÅ][a-zæøå])`,
    // telephone numbers: «915 03 100», «22 96 80 00», «+47 915 03 100»
    String.raw`(?:\+47\s?)?(?<![\d.,])(?:\d{3} \d{2} \d{3}|\d{2} \d{2} \d{2} \d{2})(?![\d.,]?\d)`,
    // numbers of things: «Org.nr. 912 345 678», «Kundenummer 4471093», «Tlf. 915 03 100», «Avtalenummer ….. D-448812»
    String.raw`(?:\b[a-zæøå.]*(?:nr|nummer)|\btlf|\btelefon|\bkonto|\b(?:post)?boks)[\s.:]*[A-Z]{0,3}-?[\d .-]*\d`,
  ].join('|'),
  'gi',
);

/**
 * An amount of money: with its currency word, grouped by thousands («14 600 000», «118.620»), or a
 * bare figure of three to seven digits that is not a year («5000» in a single-space dump).
 */
const AMOUNT = /(?:\b(?:kr|nok)\.?\s*\d|(?<![\d.,A-Za-zÀ-ÖØ-öø-ɏ-])\d{1,3}(?:[ .]\d{3})+(?![\d])|(?<![\d.,A-Za-zÀ-ÖØ-öø-ɏ-])(?!(?:19|20)\d\d(?![\d,]))\d{3,7}(?:,(?:\d{2}|-))?(?![\d.,]?\d)|\d\s*(?:kr|kroner)\b)/iu;

/** Page furniture, as a line or inside one: «Side 2 av 4», «Fortsetter neste side», «-- 1 of 2 --». */
const FURNITURE = /(?:^|\s)(?:side\s+\d+\s+(?:av|of)\s+\d+|fortsetter(?:\s+på)?\s+neste\s+side|\(?forts(?:\.|etter|ettelse)?\)?(?:\s+neste\s+side)?|--\s*\d+\s+of\s+\d+\s*--)(?=\s|$)/gi;
const PAGE_NUMBER = /^\s*(?:\d{1,3}|\d+\s*\/\s*\d+)\s*$/;

/** A text with its page furniture replaced by `by` (a text without furniture's words is returned as it is: most lines). */
function withoutFurniture(text: string, by: string): string {
  const l = text.toLowerCase();
  return l.includes('side') || l.includes('forts') || l.includes('--') ? text.replace(FURNITURE, by) : text;
}

/** Whether a line of text states an amount of money (besides dates, rates, postcodes and furniture). */
export function statesAmount(text: string): boolean {
  // every form of AMOUNT has a digit, and the replacements below only take text away
  if (!hasDigit(text) || PAGE_NUMBER.test(text)) return false;
  const t = withoutFurniture(text, ' ').replace(G_IN_TEXT, ' ').replace(NOT_AMOUNT, ' ');
  return AMOUNT.test(t);
}

/** Whether a text has an ASCII digit (what `\d` matches, with or without the `u` flag). */
function hasDigit(text: string): boolean {
  return digitsIn(text, 1) > 0;
}

/** How many ASCII digits a text has, counted up to `enough`. */
function digitsIn(text: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

/**
 * A unit's lower-case text (Unit.lower) as a case-insensitive Unicode pattern reads its ASCII
 * letters: ſ is «s», K KELVIN SIGN «k», Å ANGSTROM SIGN «å» (the odd characters lowerCase leaves
 * as they are). A plain pattern in lower case matches this where the `iu` pattern matches the text.
 */
function folded(lower: string): string {
  return ODD_FOLDS.test(lower) ? lower.replace(ODD_FOLDS_G, (c) => (c === '\u017F' ? 's' : c === '\u212A' ? 'k' : 'å')) : lower;
}
const ODD_FOLDS = /[\u017F\u212A\u212B]/;
const ODD_FOLDS_G = new RegExp(ODD_FOLDS.source, 'g');

/**
 * A total of a schedule: «Sum», «Totalt», «Samlet årspris», «Forsikringens premie», «Å betale», «Til
 * sammen» — in a text's folded lower case (`folded`), where it matches as the same pattern with
 * `iu` matches the text. With `i`, V8 closes the letters' class over case each time it compiles the pattern, the
 * costliest the parser had; U+0345, the one character that is no letter and that `iu` matched with a letters'
 * class (it folds to ι), is still named in the class for that reason.
 */
const TOTAL = new RegExp(
  String.raw`^(?:${[...TOTAL_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ\u0345])` +
    String.raw`|(?<![A-Za-zÀ-ÖØ-öø-ɏ\u0345])(?:totalt|totalpris|totalpremie|i alt|til sammen|å betale|forsikringens (?:samlede )?(?:pris|premie|årspremie)|saml(?:et|a) (?:pris|premie|årspris|årspremie)|sum (?:pris|premie|årspris|årspremie))(?![A-Za-zÀ-ÖØ-öø-ɏ\u0345])`,
  'u',
);

/**
 * Words one of which every total has (TOTAL, in lower case): a text without any is no total, and
 * TOTAL is not run on it.
 */
const TOTAL_HINTS = ['sum', 'total', 'samlet', 'samla', 'i alt', 'betale', 'sammen', 'saman', 'forsikringens'];
export function isTotal(text: string): boolean {
  const l = lowerCase(text);
  // (ſ, K and Å, which a Unicode case-insensitive pattern matches with s, k and å: TOTAL decides)
  if (!TOTAL_HINTS.some((w) => l.includes(w)) && !ODD_FOLDS.test(text)) return false;
  return TOTAL.test(folded(l.trim()));
}

// ---------------------------------------------------------------------------------------------
// Schedule sections

const HEADINGS: ReadonlySet<string> = new Set(SCHEDULE_HEADINGS);
const PRICES: ReadonlySet<string> = new Set(PRICE_HEADINGS);
/** «Pris for 2025», «Premie i 2025», «Ny pris fra 1. januar 2025»: a year, or a date, after a price heading. */
const WHEN_AFTER = /\s+(?:for|fra|frå|i|per|pr\.?)\s+(?:\d{1,2}\.\s*[a-zæøå]+\s+|\d{1,2}\.\d{1,2}\.)?(?:19|20)\d\d$|\s+(?:19|20)\d\d$/;

/** A heading of a list of prices (src/parse/vocabulary.ts PRICE_HEADINGS), with or without a year after it. */
function isPriceHeading(t: string): boolean {
  return PRICES.has(t) || (WHEN_AFTER.test(t) && PRICES.has(t.replace(WHEN_AFTER, '')));
}

/**
 * The name of a schedule section a unit begins as a heading, or undefined: a schedule heading, a
 * title that names a product, or a product's heading over its fields («Behandlingsforsikring» over
 * «Egenandelen er kr 500 per skade.»; not in a letter's part, whose product headings head changes).
 */
function headingOf(u: Unit, r: Reading): string | undefined {
  if (u.row || u.text.length > 80) return undefined;
  const t = withoutColon(u.lower.trim());
  if (HEADINGS.has(t) || t.startsWith('oversikt over ') || titleProduct(u) !== undefined || isPriceHeading(t)) return withoutColon(u.text.trim());
  // (a product's name alone: a line with figures is a row, whatever its shape)
  if (u.heading && u.product && u.label === undefined && !r.news[u.index] && !hasDigit(u.text)) return withoutColon(u.text.trim());
  return undefined;
}

/** A schedule heading or a title that names a product (not only a product's heading). */
function isScheduleHeading(u: Unit): boolean {
  const t = withoutColon(u.lower.trim());
  return HEADINGS.has(t) || t.startsWith('oversikt over ') || titleProduct(u) !== undefined || isPriceHeading(t);
}

/** The schedule's column names (src/parse/vocabulary.ts), each with its column. */
const COLUMN = new Map<string, Col>(SCHEDULE_COLUMNS.flatMap(([col, names]) => names.map((n) => [n, col] as const)));
const LONGEST_COLUMN = Math.max(...[...COLUMN.keys()].map((n) => n.split(' ').length));
/** Words of a sentence, never of a header row. */
const SENTENCE_WORDS: ReadonlySet<string> = new Set(['og', 'eller', 'er', 'av', 'på', 'med', 'som', 'ved', 'at', 'om', 'den', 'det', 'du', 'vi', 'har', 'skal', 'kan', 'vil', 'blir', 'dersom', 'hvis', 'når', 'ikke']);
const FIGURE_COLS: ReadonlySet<Col> = new Set(['sum', 'deductible', 'premium']);

/**
 * Whether a unit is a header row of a schedule's table: two or more column names, one of them a
 * figure's (sum, deductible, premium), most of its words column names, no figure, no sentence
 * («Forsikringssted Bygning Forsikringssum Egenandel», «Forsikring | Pris per år | Egenandel»).
 */
export function isHeaderRow(u: Unit): boolean {
  if (u.text.length > 120 || endsWithOneOf(u.text, '.;!?')) return false;
  // (a figure only as a column's year: «Pris i 2024 | Pris i 2025», «Premie 2025 (kr)» — the year is
  // no word of the column's name)
  const text = hasDigit(u.text) ? u.text.replace(COLUMN_YEAR, '') : u.text;
  if (hasDigit(text)) return false;
  // (every header row names a figure's column: most lines name none, and are not split into words)
  if (!FIGURE_WORD.test(text.toLowerCase())) return false;
  if (u.row) {
    // cells: each a column's name or not
    const cells = u.cells.map((c) => (hasDigit(c) ? c.replace(COLUMN_YEAR, '') : c)).filter((c) => c.trim() !== '');
    const cols = cells.map((c) => namedColumns(c)).filter((x) => x !== undefined && x.named === x.words);
    return enough(new Set(cols.flatMap((x) => [...x!.cols]))) && cols.length * 2 >= cells.length;
  }
  // a line of words (a single-space dump): nearly all of them columns' names
  const n = namedColumns(text);
  return n !== undefined && enough(n.cols) && n.named * 4 >= n.words * 3;
}

/** A year in a header row, with the «i» or «for» before it: «Pris i 2024», «Premie for 2025», «Sum 2024». */
const COLUMN_YEAR = /(?:\s(?:i|for))?\s*(?<![\d.,])(?:19|20)\d\d(?![\d.,]?\d)/g;

/** The first words of the names of the figures' columns (a column name is found from its first word). */
const FIGURE_WORD = new RegExp(
  [...new Set(SCHEDULE_COLUMNS.filter(([col]) => FIGURE_COLS.has(col)).flatMap(([, names]) => names.map((n) => n.split(' ')[0]!)))]
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);

/** Whether a text ends with one of the characters of `chars`. */
function endsWithOneOf(text: string, chars: string): boolean {
  return text.length > 0 && chars.includes(text[text.length - 1]!);
}

/** Two or more columns, one of them a figure's. */
function enough(cols: ReadonlySet<Col>): boolean {
  return cols.size >= 2 && [...cols].some((c) => FIGURE_COLS.has(c));
}

/** The columns a text names (longest names first), and how many of its words are names; undefined for a sentence. */
function namedColumns(text: string): { cols: Set<Col>; named: number; words: number } | undefined {
  const words = columnWords(text);
  if (words.length === 0 || words.length > 12) return undefined;
  const cols = new Set<Col>();
  let named = 0;
  for (let i = 0; i < words.length; ) {
    // (no name begins with a word no name begins with)
    let len = COLUMN_FIRST_WORDS.has(words[i]!) ? Math.min(LONGEST_COLUMN, words.length - i) : 0;
    for (; len > 0; len--) {
      const col = COLUMN.get(words.slice(i, i + len).join(' '));
      if (col === undefined) continue;
      cols.add(col);
      named += len;
      break;
    }
    if (len > 0) {
      i += len;
      continue;
    }
    if (SENTENCE_WORDS.has(words[i]!)) return undefined;
    i++;
  }
  return { cols, named, words: words.length };
}

/** The first words of the column names. */
const COLUMN_FIRST_WORDS: ReadonlySet<string> = new Set([...COLUMN.keys()].map((n) => n.split(' ')[0]!));
const MONEY_UNIT = /\((?:i\s+)?(?:kr|nok)\.?\)|\*/g;
const LETTER = /[A-Za-zÀ-ÖØ-öø-ɏ]/u;

/** The words of a text that may be column names: in lower case, without «(kr)», «*», a colon or comma after them, and words without a letter. */
function columnWords(text: string): string[] {
  let t = text.toLowerCase();
  if (t.includes('(') || t.includes('*')) t = t.replace(MONEY_UNIT, ' ');
  const words: string[] = [];
  for (const part of t.split(/[\s|]+/)) {
    const w = part.endsWith(':') || part.endsWith(',') ? part.slice(0, -1) : part;
    if (w !== 'kr' && w !== 'nok' && w !== 'kr.' && hasLetter(w)) words.push(w);
  }
  return words;
}

/** Whether a word has a letter: Latin-1 is told without a pattern, which is compiled only for other characters. */
function hasLetter(w: string): boolean {
  let other = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 0xff) other = true;
    else if (isLatin1Letter(c)) return true;
  }
  return other && LETTER.test(w);
}

/** The letters of Latin-1: A–Z, a–z, ª, µ, º, À–Ö, Ø–ö, ø–ÿ. */
function isLatin1Letter(c: number): boolean {
  const a = c | 0x20;
  if (a >= 0x61 && a <= 0x7a) return true;
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/** Where a schedule's sections end: the conditions or a letter begin. */
const SECTION_END = /^(?:generelle vilkår|vilkår|forsikringsvilkår|sikkerhetsforskrifter|erstatningsregler|fellesdekninger|nyheter og endringer|viktig informasjon|angrerett|klage)\b/;
/** A «Dekkes | Dekkes ikke» header row: the conditions of a product begin. */
function isConditionsHeader(u: Unit): boolean {
  const cells = u.cells.map((c) => c.trim().toLowerCase()).filter((c) => c !== '');
  return cells.includes('dekkes') && cells.includes('dekkes ikke');
}
/** Units without an amount after which a section has ended (prose, another part of the document). */
const GAP = 3;
/** Units without an amount between a section's start and its first amount (a table laid out column by column has many). */
const LEAD = 25;

interface Section {
  start: Unit;
  name: string;
  /** A heading («schedule»), or only a header row («table»). */
  heading: boolean;
  /** Begun by a product's heading, not a schedule's. */
  byProduct: boolean;
  /** Begun by a list of prices' heading («Din nye pris»): its sentences state totals («Ny årspremie er kr 64 380.»), not rows. */
  prices: boolean;
  /** Units with amounts so far, and how many of them a reader took. */
  amounts: number;
  taken: number;
  /** Units with amounts no reader took, with their lines of amounts; `prose`: a sentence, not a row or a line of cells. */
  unread: Array<{ u: Unit; lines: SourceLine[]; prose: boolean }>;
}

/**
 * An amount alone on a line with its currency («3 400 000 kr», «NOK 5 967»): a cell of a table copied one
 * cell a line. Without a currency a number alone may be a customer number under its label («4 418 902»).
 */
const AMOUNT_ALONE = lazyPattern(() => new RegExp(String.raw`^(?=.*\b(?:kr|nok|kroner)\b)(?:${AMOUNT_SOURCE})$`, 'i'));

/** Running text: a sentence, or a line too long for a row of a dump. */
function isProse(u: Unit): boolean {
  return !u.row && (endsWithOneOf(u.text, '.!?') || u.text.split(' ').length > 14);
}

/**
 * One warning per schedule section with lines of amounts no reader took. Returns the units counted
 * (the lines of a field check need not say them again) and the headings warned about.
 *
 * A section runs from its heading or header row to the next one, a total («Sum …»: a total ends
 * its table), the conditions, or more than GAP units without an amount. Where a reader took rows
 * of the section, a sentence under them is a remark («Egenandel ved naturskade er kr 8 000.»), not
 * a row: only rows and lines of cells count then; where none was taken, every line with amounts does.
 */
function warnSections(r: Reading, taken: ReadonlySet<Unit>, elsewhere: ReadonlySet<Unit>): { units: Set<Unit>; headings: Set<Unit> } {
  const counted = new Set<Unit>();
  const headings = new Set<Unit>();
  let s: Section | undefined;
  let gap = 0;
  let prose = 0;
  const close = (): void => {
    const unread = s ? s.unread.filter((x) => s!.taken === 0 || !x.prose) : [];
    if (s && unread.length > 0) {
      const lines = unread.flatMap((x) => x.lines);
      const n = lines.length;
      const first = lines[0]!.line;
      const last = lines[n - 1]!.line;
      const where = n === 1 ? `line ${first}` : `lines ${first}–${last}`;
      r.warn(s.start.lines[0]!, `${s.heading ? 'schedule' : 'table'} ${quote(s.name, 60)}: ${n === 1 ? '1 line with amounts was' : `${n} lines with amounts were`} not read (${where})`);
      for (const x of unread) counted.add(x.u);
      headings.add(s.start);
    }
    s = undefined;
  };
  for (const u of r.units) {
    // (a product's heading inside a section's lead — a table laid out column by column names its products there — starts none)
    const named = headingOf(u, r);
    const name = named !== undefined && s !== undefined && s.amounts === 0 && !s.byProduct && !isScheduleHeading(u) ? undefined : named;
    const header = name === undefined && isHeaderRow(u);
    if (name !== undefined || header) {
      // a header row right under a heading («Forsikringsbevis Bygning» / «Forsikringssum Egenandel») is the heading's table
      if (!(header && s && s.amounts === 0)) {
        close();
        const prices = name !== undefined && isPriceHeading(withoutColon(u.lower.trim()));
        s = { start: u, name: name ?? u.text, heading: name !== undefined, byProduct: name !== undefined && !isScheduleHeading(u), prices, amounts: 0, taken: 0, unread: [] };
      } else {
        // (a product's heading over a header row — «Varer» / «Dekning Forsikringssum Egenandel
        // Årspremie» — heads a table: its rows count whether or not they name a price)
        s!.byProduct = false;
      }
      gap = 0;
      prose = 0;
      continue;
    }
    if (!s) continue;
    if ((!u.row && u.text.length < 60 && SECTION_END.test(u.lower)) || (u.row && isConditionsHeader(u))) {
      close();
      continue;
    }
    if (u.lines.every((l) => withoutFurniture(l.text, '').trim() === '' || PAGE_NUMBER.test(l.text))) continue;
    if (isTotal(u.text)) {
      close();
      continue;
    }
    // (under a product's heading, only a line that names a price, a deductible or a sum: its conditions
    // state limits and sub-sums — «maksimalt kr 1 500 000 for ting utenfor forsikringsstedet»)
    // (rows another reader took for their own field — a table of deductible changes — make the section read: a sentence under it is a remark)
    if (elsewhere.has(u)) s.taken++;
    // (an amount alone on its line — a cell of a table copied one cell a line, «3 400 000 kr» under
    // «Driftsløsøre» — is a figure of the product as a labelled one is; the conditions' limits are sentences)
    // (under a product's heading a unit that names no price, deductible or sum still counts its lines that
    // are an amount alone — a table copied one cell a line, «Driftsløsøre» over its place and «3 400 000 kr»,
    // «10 000 kr», «5 967 kr»; lost, its figures were said nowhere — the conditions' limits are sentences)
    const bare = s.byProduct && u.text.length <= 200 && !MONEY_WORD.test(u.lower);
    const lines =
      elsewhere.has(u) || (s.byProduct && u.text.length > 200) || (s.prices && isProse(u))
        ? []
        : u.lines.filter((l) => (bare ? AMOUNT_ALONE().test(l.text.trim()) : statesAmount(l.text)) && !isTotal(l.text));
    if (lines.length === 0) {
      // before its first amount, a section may have a lead of names, places and column names, not of running text
      if (s.amounts === 0 ? ++gap > LEAD || (isProse(u) && ++prose > 2) : ++gap > GAP) close();
      continue;
    }
    gap = 0;
    s.amounts++;
    if (taken.has(u)) s.taken++;
    else s.unread.push({ u, lines, prose: isProse(u) });
  }
  close();
  return { units: counted, headings };
}

/**
 * A schedule heading («Forsikringsoversikt», «Forsikringen dekker», «Dekningsoversikt» …) under
 * which no coverage was read is a warning: its table or fields are there, in a form no rule read
 * (unless its section's unread lines are already named). Not for a heading in a list of section
 * names (a document's menu: headings right after each other).
 */
function warnEmptySchedules(r: Reading, warned: ReadonlySet<Unit>): void {
  const covered = new Set<number>();
  // lines another reader took a rate or a change from: a heading right over one («Forsikringssummer» over
  // «• Indeksregulering bygning: 4,2 %») heads that list, not a schedule
  const ratesRead = new Set<number>();
  for (const [path, t] of r.trace) {
    if (path.startsWith('coverages[')) covered.add(t.line);
    else if (path.startsWith('index_regulation.rates[') || path.startsWith('deductible_changes[')) ratesRead.add(t.line);
  }
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    if (u.row || u.text.length > 60 || !HEADINGS.has(withoutColon(u.lower.trim())) || warned.has(u)) continue;
    const next = r.units[at + 1];
    const prev = r.units[at - 1];
    if (!next || (next.heading && !next.product && titleProduct(next) === undefined) || (prev?.heading && prev.text.length < 40 && next.heading)) continue;
    if (next.lines.some((l) => ratesRead.has(l.line))) continue;
    const end = nextHeadingUnit(r.units, at);
    const stop = end < 0 ? Math.min(r.units.length, at + 60) : end;
    const lines = r.units.slice(at + 1, stop).flatMap((x) => x.lines.map((l) => l.line));
    if (lines.some((l) => covered.has(l))) continue;
    r.warnUnit(u, `${quote(u.text)} heads a schedule, but no coverage could be read under it`);
  }
}

/**
 * The index of the first schedule heading after unit `at`, or -1. (Looked for from `at` on: a search from the
 * document's start, for each heading, went over every unit above it again — a letter has dozens of such headings.)
 */
function nextHeadingUnit(units: readonly Unit[], at: number): number {
  for (let k = at + 1; k < units.length; k++) {
    const x = units[k]!;
    if (!x.row && HEADINGS.has(withoutColon(x.lower.trim()))) return k;
  }
  return -1;
}

/** How far after a heading in running text its figures are looked for (a header row and a few rows). */
const FLAT_REACH = 300;

/**
 * A schedule heading inside a line of running text («… Forsikringsoversikt Forsikringstaker: …
 * Næringsdrift 8200114 412 300 Total pris 412 300 …», a page copied as one line) with amounts
 * after it, where no coverage was read from the lines from it on: a warning on the heading's line
 * (src/parse/schedule-flat.ts reads the overviews that can be read one way only).
 */
function warnFlatSchedules(r: Reading): void {
  let covered: Set<string> | undefined;
  let warned: Set<string> | undefined;
  const flat = flatRead(r);
  for (const u of r.units) {
    const found = flatHeadingsIn(u);
    if (found.length === 0) continue;
    // (the coverages another reader read: those read from a heading in the line are that heading's; and a line
    // read as a deductible change, «Egenandeler lavere enn kr 10 000 … heves til kr 10 000», is read)
    covered ??= new Set([...r.trace].filter(([path]) => (/^coverages\[\d+\]$/.test(path) && !flat.coverages.has(Number(path.slice(10, -1)))) || /^deductible_changes\[\d+\]$/.test(path)).map(([, t]) => `${t.page}:${t.line}`));
    warned ??= r.warnedLines();
    const seen = new Set<string>();
    for (let i = 0; i < found.length; i++) {
      const h = found[i]!;
      const name = h.name.toLowerCase();
      if (seen.has(name) || flat.headings.has(`${u.index}:${h.index}`)) continue;
      // the figures up to the next heading, within reach
      const end = Math.min(found[i + 1]?.index ?? u.text.length, h.index + h.name.length + FLAT_REACH);
      const after = u.text.slice(h.index + h.name.length, end);
      if (!statesAmount(after)) continue;
      const from = u.lines.indexOf(lineAt(u, h.index));
      if (u.lines.slice(from).some((l) => covered!.has(key(l)) || warned!.has(key(l)))) continue;
      seen.add(name);
      r.warn(u.lines[from]!, `schedule «${h.name}» runs on in a line of text; the amounts after it were not read: ${quote(u.text.slice(h.index, end).trim())}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Lines that state a field's value

/** A decimal as the model writes it («3,70» → «3.7»), for comparing a figure with a value read. */
function decimal(s: string): string {
  const t = s.replace(/\s/g, '').replace(',', '.');
  return t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t.replace(/^0+(?=\d)/, '');
}

const PERCENT = /(\d+(?:[.,]\d+)?)\s*(?:%|prosent)/g;
const PERMILLE = /(\d+(?:[.,]\d+)?)\s*(?:‰|promille)/gi;
const figures = (text: string, re: RegExp): string[] => [...text.matchAll(re)].map((m) => decimal(m[1]!));

const INDEX_WORDS = INDEX.words;
const NOT_RATE = INDEX.notRates;
const G_WORDS = BASE_AMOUNT.words;
const G_FIGURE = /(?<![\d.,])\d{1,3}(?:[ .]\d{3})+(?![\d])|(?<![\d.,])\d{5,6}(?![\d.,]?\d)/g;
/**
 * What CHANGE needs, in plain patterns on the folded lower case (a text without them is no change,
 * and CHANGE — a case-insensitive Unicode pattern, costly to compile on every run — is not run).
 */
const CHANGE_TO = /til\s+(?:kr\.?\s*)?\d/;
const CHANGE_FROM = /fr[aå]\s+(?:kr\.?\s*)?\d|(?:økes|endres|heves|settes|øker|auker|reduseres|senkes)\s/;
// (built when first needed: lazyPattern says why)
const CHANGE = lazyPattern(() => /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:fra|frå)\s+(?:kr\.?\s*)?\d[^.]*?(?<![A-Za-zÀ-ÖØ-öø-ɏ])til\s+(?:kr\.?\s*)?\d|(?:økes|endres|heves|settes|øker|auker|reduseres|senkes)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏ]+\s+)?til\s+(?:kr\.?\s*)?\d/iu);
const POLICY_LABEL = lazyPattern(
  () =>
    new RegExp(
      String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:${[...POLICY_NUMBER.labels].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})\.?(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
      'iu',
    ),
);
const NOT_POLICY_LABEL = lazyPattern(() => new RegExp(String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:${POLICY_NUMBER.notLabels.map((l) => l.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})`, 'iu'));
/**
 * A policy or agreement number: digits (perhaps grouped, with a hyphen) after up to three letters;
 * five digits or more. Groups of letters and digits before it are part of it («NO-25-PR-00871»:
 * not «PR-00871»).
 */
const NUMBER = /(?<![A-Za-zÀ-ÖØ-öø-ɏ\d])(?:[A-Z]{1,4}-?\d{1,4}-)*[A-Z]{0,3}-?\d[\d -]{3,}\d(?![\d])/gu;
const DATE = new RegExp(DATE_SOURCE, 'gi');

/** Whether a unit states a deductible change as CHANGE reads it. */
function statesChange(u: Unit): boolean {
  if (!u.lower.includes('til')) return false;
  const f = folded(u.lower);
  return CHANGE_TO.test(f) && CHANGE_FROM.test(f) && CHANGE().test(u.text);
}

/** POLICY_LABEL's labels as a plain pattern on the folded lower case: a text without one has no label. */
const POLICY_LABEL_HINT = new RegExp([...POLICY_NUMBER.labels].map((l) => l.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|'));
/** Digits a policy number has at least (NUMBER's figures with fewer are not taken). */
const NUMBER_DIGITS = 5;

/** The policy numbers a unit states after its label: on its line, else (a row of labels) in the unit under it. */
function policyNumbersOf(u: Unit, next: Unit | undefined): { numbers: string[]; from: Unit } {
  const none = { numbers: [], from: u };
  // (no number where neither line has its digits, and no label where the plain pattern finds none:
  // then the Unicode patterns below are not run)
  if (digitsIn(u.text, NUMBER_DIGITS) < NUMBER_DIGITS && (next === undefined || digitsIn(next.text, NUMBER_DIGITS) < NUMBER_DIGITS)) return none;
  if (!POLICY_LABEL_HINT.test(folded(u.lower))) return none;
  const m = POLICY_LABEL().exec(u.text);
  if (!m || NOT_POLICY_LABEL().test(u.text.slice(Math.max(0, m.index - 12), m.index + m[0].length))) return none;
  const numbers = (t: string): string[] => digitsIn(t, NUMBER_DIGITS) < NUMBER_DIGITS ? [] : [...t.replace(DATE, ' ').matchAll(NUMBER)].map((x) => x[0].replace(/[\s.-]/g, '').toUpperCase()).filter((x) => x.replace(/\D/g, '').length >= 5);
  const own = numbers(u.text.slice(m.index + m[0].length));
  // a row of labels («Endring Forsikringsnummer Gjelder fra») over a row of values («Ny 61820473 01.09.2025»)
  if (own.length > 0 || /\d/.test(u.text) || u.text.length > 100 || isProse(u) || !next || next.text.length > 80 || isProse(next)) return { numbers: own, from: u };
  return { numbers: numbers(next.text), from: next };
}

/**
 * A line that states an index rate, a natural-damage rate, G, a deductible change or a policy
 * number, that no reader took, and whose value the model does not hold: a warning with the line.
 */
function warnFieldLines(r: Reading, taken: ReadonlySet<Unit>, counted: ReadonlySet<Unit>): void {
  const p = r.policy;
  const rates = new Set((p.index_regulation?.rates ?? []).map((x) => decimal(x.percent)));
  const permille = new Set([p.natural_damage?.rate_permille, p.natural_damage?.previous_rate_permille].filter((x) => x !== undefined).map(decimal));
  const changes = new Set((p.deductible_changes ?? []).flatMap((c) => [...(c.old ?? []), ...(c.new ?? []), c.minimum, c.increase].filter((x) => x !== undefined)));
  const policyNumber = p.policy_number?.replace(/[\s.-]/g, '').toUpperCase();
  const known: Known = { rates, permille, changes, g: p.base_amount_g, policyNumber };
  const units = r.running.concat(r.units);
  /** Under the conditions («Sikkerhetsforskrifter», «Vilkår» …): their deductibles are no coverage's. */
  let inConditions = false;
  for (let at = 0; at < units.length; at++) {
    const u = units[at]!;
    if (!u.row && u.heading) inConditions = SECTION_END.test(withoutColon(u.lower.trim()));
    if (taken.has(u) || counted.has(u)) continue;
    const found = fieldStated(u, units[at + 1], known) ?? (inConditions ? undefined : (scheduleFigure(u) ?? payoutStated(u) ?? premiumChange(u) ?? coverSentence(u) ?? productFigures(u)));
    if (found === undefined) continue;
    // («Samlet årspremie: kr 11 155» under the covers: the document's total, which the model does not hold — where the
    // premiums read add up to it, nothing was lost; where they do not, the warning says by how much)
    const total = found.what === 'the premium' ? totalPremium(u) : undefined;
    const read = total !== undefined ? premiumsRead(r) : undefined;
    if (total !== undefined && read !== undefined && read.sum === total) continue;
    if (total !== undefined && read !== undefined) {
      r.warnUnit(u, `the total premium in ${found.text} is ${total}, the premiums read add up to ${read.sum} (${read.count} ${read.count === 1 ? 'coverage' : 'coverages'}): a coverage's premium may be missing or wrong`);
      continue;
    }
    r.warnUnit(u, `could not read ${found.what} in ${found.text}`);
  }
}

/** «Samlet årspremie: kr 11 155», «Total premie 2026: NOK 499 750,-»: a total premium's line and its amount (whole kroner), or undefined. */
function totalPremium(u: Unit): number | undefined {
  const m = TOTAL_PREMIUM.exec(u.lower.trim());
  const a = m ? readAmount(m[1]!) : undefined;
  return a !== undefined && /^\d+$/.test(a) ? Number(a) : undefined;
}
const TOTAL_PREMIUM = new RegExp(String.raw`^(?:samlet|samla|total|totalt?)\s+(?:årlig\s+|årleg\s+)?(?:års)?(?:premie|pris)(?:\s+(?:for\s+)?(?:19|20)\d\d)?\s*:?\s*(${AMOUNT_SOURCE})\.?$`);

/** The sum of the premiums read (whole kroner) and how many coverages have one; undefined when none has. */
function premiumsRead(r: Reading): { sum: number; count: number } | undefined {
  const premiums = (r.policy.coverages ?? []).flatMap((c) => (c.premium !== undefined && /^\d+$/.test(c.premium) ? [Number(c.premium)] : []));
  return premiums.length > 0 ? { sum: premiums.reduce((a, b) => a + b, 0), count: premiums.length } : undefined;
}

/**
 * A schedule's figure as a labelled line no reader took: «Forsikringssum  kr 11 200 000»,
 * «Egenandel: 20 000», «Pris kr 16 480» (a coverage's field block, perhaps beside another in a
 * second column). Outside any section the heading net counts, such a line is a sum, deductible or
 * price of a coverage that nothing read.
 */
// («Ny årspremie: kr 12 480 (i fjor kr 11 900)»: the premium after the renewal, dated, at the letter's level)
const FIGURE_LABEL = /^(?:(?:ny|nye|årets|din nye|deres nye|samlet|total)\s+)?(?:forsikringssum(?:men)?|egenandel(?:en)?|eigenandel(?:en)?|eigendel(?:en)?|selvrisiko|pris(?:en)?|premie(?:n)?|årspris(?:en)?|årspremie(?:n)?|årleg premie|årlig premie)(?:\s+(?:for|i)\s+(?:19|20)\d\d)?\s*:?\s*(?:kr\.?\s*|nok\s*)?\d/;
const FIGURE_WHAT: ReadonlyArray<[RegExp, string]> = [
  [/^forsikringssum/, 'the sum'],
  [/^(?:egenandel|eigenandel|eigendel|selvrisiko)/, 'the deductible'],
  [/./, 'the premium'],
];

function scheduleFigure(u: Unit): { what: string; text: string } | undefined {
  // (a figure's label is followed by its figure: a long line, or one without a digit — most of those no reader took —
  // is none, and its text is not searched for a label and a product's name before it)
  if (u.text.length > 120 || !hasDigit(u.lower)) return undefined;
  // («Pris» over «Ny årspremie: kr 48 730 …» is read as one label over its value: the inner label is the figure's)
  const l = withoutProductName(u.lower.trimStart().replace(/^[a-zæøå]+(?: [a-zæøå]+)?: (?=[a-zæøå][^:]*:)/, ''));
  if (u.text.length > 120 || !FIGURE_LABEL.test(l) || !statesAmount(u.text)) return undefined;
  // («Total premie<TAB><TAB><TAB><TAB>170.070»: a total set in a table's row, its amount under the
  // premium column — the sum of the rows above, not the letter's premium the model lacks)
  if (u.row && u.cells.includes('') && isTotal(u.cells.find((c) => c !== '')!)) return undefined;
  const name = l.replace(/^(?:ny|nye|årets|din nye|deres nye|samlet|total)\s+/, '');
  return { what: FIGURE_WHAT.find(([re]) => re.test(name))![1], text: quote(u.text) };
}

/**
 * A line's text from its first figure's label on, where a product's name stands before it: «1 yrkesskadeforsikring
 * årspremie kr 1 236 400», «husforsikring – forsikringssum kr 3 000 000 …» (a heading and its figure on one line, or a
 * record's cells run together) state a schedule's figure as much as the label alone does. Any other text as it is.
 */
function withoutProductName(l: string): string {
  const m = FIGURE_LABEL_WORD.exec(l);
  if (m === null || m.index === 0) return l;
  const name = l.slice(0, m.index).replace(/^\d{1,2}[.)]?\s+/, '').replace(/\s*[-–:,]\s*$/, '').trim();
  if (name === '' || /\d/.test(name) || name.split(/\s+/).length > 4) return l;
  return namesProduct(name) || namesPersonProduct(name) ? l.slice(m.index) : l;
}
/** A figure's label as a word of its own (FIGURE_WORD, the vocabulary's figure columns). */
const FIGURE_LABEL_WORD = new RegExp(String.raw`(?<![a-zæøå])(?:${FIGURE_WORD.source})(?![a-zæøå])`);

/**
 * «Premien øker med 6,2 %», «Prisen går opp med kr 1 240»: a change of the premium in a sentence no
 * reader took (the index section's reader says so of the sentences in it). The model holds each
 * coverage's premium, not its change: a warning with the sentence.
 */
const PREMIUM_CHANGE = /(?<![a-zæøå])(?:premien|prisen|årspremien|årsprisen|premiane|premiene|prisane|prisene|totalpremien|samla premie|samlet premie)\s+(?:(?:for|på)\s+[^.%\d]{1,40}?\s+)?(?:vil\s+|blir\s+|vert\s+)?(?:øker|økes|økast|aukar|aukast|stiger|går\s+opp|går\s+ned|reduseres|synker|endres|justeres|blir\s+justert|blir\s+redusert|vert\s+auka|er\s+økt|er\s+redusert)\s+(?:med\s+)?(?:ca\.?\s+|omtrent\s+)?(?:\d+(?:[.,]\d+)?\s*(?:%|prosent)|(?:kr\.?|nok)\s*\d|\d[\d ]*\s*(?:kr|kroner))/;

function premiumChange(u: Unit): { what: string; text: string } | undefined {
  // (a change of the premium is said with its figure, a percentage or an amount: a line without a digit is not split into sentences)
  if (!(u.lower.includes('premi') || u.lower.includes('pris')) || !hasDigit(u.lower)) return undefined;
  for (const { s } of sentencesOf(u.text)) if (PREMIUM_CHANGE.test(lowerCase(s))) return { what: 'the change of the premium (the model holds each coverage\'s premium, not its change)', text: quote(s) };
  return undefined;
}

/**
 * A sentence that pays a sum (g-items.ts `payoutIn`: a G sum, or kroner after «utbetales» / «vert
 * utbetalt») in a unit no reader took. Outside the conditions, where such a sentence states a
 * coverage's sum.
 */
function payoutStated(u: Unit): { what: string; text: string } | undefined {
  // (a G sum has «G» after a figure, a payout the word «utbetal»: most lines have neither)
  if (!G_FIGURE_HINT.test(u.text) && !u.lower.includes('utbetal')) return undefined;
  for (const { s } of sentencesOf(u.text)) {
    const what = payoutIn(s);
    if (what !== undefined) return { what, text: quote(s) };
  }
  return undefined;
}

/**
 * «Naustet har forsikringssum kr 400 000 og eigendel kr 4 000.»: a coverage's figures
 * (schedule-prose.ts `coverFigureSentence`) in a unit no reader took — a coverage written in prose whose
 * thing no rule could tell.
 */
function coverSentence(u: Unit): { what: string; text: string } | undefined {
  if (!hasDigit(u.text) || !(u.lower.includes('kr') || u.lower.includes('nok'))) return undefined;
  const s = coverFigureSentence(u.text);
  return s === undefined ? undefined : { what: 'the coverage', text: quote(s) };
}

/**
 * «Husforsikring   Fullverdi   kr 8 000   kr 9 480» under no heading and no header row: a product's name and two figures or
 * more in cells of their own, none labelled — which is the sum, the deductible or the price, only a header could say. No
 * reader takes such a line; it is a coverage lost, said so.
 */
function productFigures(u: Unit): { what: string; text: string } | undefined {
  if (u.cells.length < 3 || u.text.length > 160 || !hasDigit(u.text)) return undefined;
  const [name, ...rest] = u.cells.map((c) => c.trim());
  if (name === undefined || hasDigit(name) || !namesProduct(name)) return undefined;
  // (a year alone, «Naturskadepremie   2024   2025», is a header's column, no figure)
  const figures = rest.filter((c) => !/^(?:19|20)\d\d$/.test(c) && (readAmount(c) !== undefined || /^fullverdi$/i.test(c)));
  return figures.length >= 2 && figures.length === rest.filter((c) => c !== '').length ? { what: `the figures of ${name}`, text: quote(u.text) } : undefined;
}

/** The values the model holds, as the lines of a field are compared with them. */
interface Known {
  rates: ReadonlySet<string>;
  permille: ReadonlySet<string>;
  changes: ReadonlySet<string>;
  g: string | undefined;
  policyNumber: string | undefined;
}

/** A line that labels the number of the policy this one replaces: «Tidligere polise …», «Forrige avtalenummer: …». */
const FORMER_NUMBER = /^(?:tidligere|tidlegare|forrige|førre|gammelt|gamalt|gamle|opprinnelig)\s+(?:polise|avtale|forsikrings)/;

/** The field a unit states that the model does not hold, and the text to quote for it; undefined for none. */
function fieldStated(u: Unit, next: Unit | undefined, k: Known): { what: string; text: string } | undefined {
  // the rates, G and a deductible change are stated with figures (a policy number may stand on the next line)
  const what = hasDigit(u.text) ? figureField(u, k) : undefined;
  if (what !== undefined) return { what, text: quote(u.text) };
  const l = u.lower;
  // («Tidligere polise ...... HDI-NO-LIA-2025-00388»: the replaced policy's number, said as such — nothing left unread)
  if ((l.includes('nr') || l.includes('nummer') || l.includes('polis')) && !FORMER_NUMBER.test(l)) {
    const { numbers, from } = policyNumbersOf(u, next);
    // («Forsikringsnummer:  SP 771 204» under a running header that gave the number: its letters set
    // apart, the digits read here alone — the same number when its digits are the model's number's)
    const same = (x: string): boolean => x === k.policyNumber || (k.policyNumber !== undefined && /[A-Z]/.test(k.policyNumber) && x === k.policyNumber.replace(/\D/g, ''));
    if (numbers.length > 0 && !numbers.some(same)) {
      return { what: 'the policy number', text: from !== u ? `${quote(u.text)} and ${quote(from.text)}` : quote(u.text) };
    }
  }
  return undefined;
}

/** An index rate, a natural-damage rate, G or a deductible change a unit states and the model does not hold. */
function figureField(u: Unit, k: Known): string | undefined {
  const l = u.lower;
  // (the words first, the figures only where they are)
  if (INDEX_WORDS.some((w) => l.includes(w)) && !NOT_RATE.some((w) => withoutIndexBases(l).includes(w)) && figures(u.text, PERCENT).some((x) => !k.rates.has(x))) return 'the index rate';
  if ((l.includes('promille') || l.includes('‰')) && figures(u.text, PERMILLE).some((x) => !k.permille.has(x))) return 'the natural-damage rate';
  if (G_WORDS.some((w) => l.includes(w)) && !BASE_AMOUNT.notG.some((w) => l.includes(w))) {
    const gs = [...u.text.matchAll(G_FIGURE)].map((x) => Number(x[0].replace(/[ .]/g, ''))).filter((n) => n >= BASE_AMOUNT.min && n <= BASE_AMOUNT.max);
    if (gs.some((n) => String(n) !== k.g)) return 'G';
  }
  if (DEDUCTIBLE.words.some((w) => l.includes(w)) && !DEDUCTIBLE.unchanged.some((w) => l.includes(w)) && statesChange(u)) {
    const amounts = [...u.text.replace(NOT_AMOUNT, ' ').matchAll(/\d{1,3}(?:[ .]\d{3})+|\d+/g)].map((x) => x[0].replace(/[ .]/g, ''));
    if (amounts.some((a) => !k.changes.has(a))) return 'the deductible change';
  }
  return undefined;
}

