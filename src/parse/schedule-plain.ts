/**
 * Schedules in text exported from a PDF without its layout (pdftotext without -layout): one space
 * between the cells, so a row is its cells run together.
 *
 *   Forsikring Forsikringssted Premie                  a header line naming the columns
 *   Bygning Vangsvegen 61, 2317 Hamar 18 942           product, place, premium
 *
 *   Forsikringsbevis Bygning                           a section: the title names the product
 *   Forsikringssted Forsikringssum Egenandel
 *   Vangsvegen 61, 2317 Hamar 42 300 000 25 000        place, sum, deductible
 *
 * Read only when a header line names the columns — every word of it a column name of the
 * vocabulary (one short word may stand for a text column of its own: «Forsikringssted Bygning
 * Forsikringssum Egenandel»), the figure columns last — or, right under a schedule heading, a
 * line that ends in figure columns («Idrettslaget har disse forsikringene hos oss Årspremie»).
 * The product is the row's first words (a product column, or under a schedule heading), else the
 * section's title. The figures are taken from the row's end, as many as the header has figure
 * columns: with «kr» before each, or as Norwegian thousands groups, which must split into that
 * many amounts in one way only — «16 200 000 15 000» is two amounts, «12 345 678 900» for two
 * columns could be «12 345 | 678 900» or «12 345 678 | 900»: a warning naming both, and no row. A
 * group of one to three digits right before a group of three belongs to it («Hamar 18 942» is
 * 18 942; «1 500 000 10 000» under three figure columns is two figures, a row short of a cell:
 * not read). The place is the
 * address with a postcode in the text (or a registration number); the rest is a note.
 *
 * Page furniture between the rows («Side 2 av 3», «Fortsetter neste side», a page header with the
 * agreement number) is passed over; a line in lower case without figures continues the row above;
 * a total («Forsikringens premie 46 371», «Sum premie») ends the rows.
 */
import type { Coverage } from '../model/policy.js';
import type { Reading } from './extract.js';
import { namesProduct, rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';
import { columnOf, coverageIndexClass, ordered, periodOf } from './schedule-names.js';
import { quote, withoutColon, type Unit } from './units.js';
import { COVER_LEVEL_SET, PLATE_SOURCE, POLICY_NUMBER, SCHEDULE_COLUMNS, SCHEDULE_HEADINGS, TOTAL_WORDS, type Col } from './vocabulary.js';

/** A figure column; `history`: a figure of the period before («Forrige års premie»), no field of the row. */
type Figure = 'sum' | 'deductible' | 'premium' | 'history';
/** A figure column as the header names it, perhaps dated: «Ny premie» is `new-premium`. */
type Named = Exclude<Figure, 'history'> | `${'old' | 'now' | 'new'}-${Exclude<Figure, 'history'>}`;
type TextCol = 'product' | 'object' | 'coverage' | 'text';

interface Header {
  /** The text columns, in order (the row's words before its figures). */
  text: TextCol[];
  /** The figure columns, in order (the row's last figures). */
  figures: Figure[];
  /** The words before the figure columns are no columns: a sentence under a schedule heading. */
  free: boolean;
}

const DIGIT = /\d/;
/** Column names by their words (lower case), longest first: «pris per år» before «pris». */
const NAMES: ReadonlyArray<readonly [string[], Col]> = SCHEDULE_COLUMNS.flatMap(([col, names]) => names.map((n) => [n.split(' '), col] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
/** NAMES by their first word, each list in NAMES' order (a line's word is looked up, not compared with every name). */
const NAMES_BY_FIRST = new Map<string, Array<readonly [string[], Col]>>();
for (const n of NAMES) {
  const list = NAMES_BY_FIRST.get(n[0][0]!);
  if (list) list.push(n);
  else NAMES_BY_FIRST.set(n[0][0]!, [n]);
}
const HEADINGS: ReadonlySet<string> = new Set(SCHEDULE_HEADINGS);
/** Stems of the figure columns' names (every name of sum, deductible and premium holds one). */
// («Per år», the year's price named by its period alone: the stem of its year)
export const FIGURE_HINTS = ['sum', 'beløp', 'verdi', 'egenandel', 'eg.andel', 'eg. andel', 'eigenandel', 'eigendel', 'selvrisiko', 'pris', 'premie', 'per år', 'pr. år', 'pr år',
  // (a cover's limit named by what it pays at most: «Maksimal erstatning per forsikringsår»)
  'maksimal erstatning', 'maks erstatning', 'maks. erstatning', 'høyeste erstatning', 'erstatningsgrense',
  // (a goods insurance's most paid for one sending: «Maksimum», «Maks. per sending»)
  'maksimum', 'maks. per', 'maks per'];
/** A unit's word for money after a column name: «Årspremie (kr)», «Premie NOK». */
const UNIT_WORD = /^\(?(?:kr|nok|kroner)\.?\)?$/i;
const TOTAL = new RegExp(
  `^(?:${[...TOTAL_WORDS].sort((a, b) => b.length - a.length).join('|')}|forsikringens (?:samlede )?(?:pris|premie|årspremie)|samlet (?:pris|premie|årspris|årspremie))(?![a-zæøå])`,
  'i',
);
/** Page furniture: «Side 2 av 3», «Fortsetter neste side», «-- 1 of 2 --». */
const FURNITURE = /\bside\s+\d+\s+(?:av|of)\s+\d+\b|\bfortsetter(?:\s+på)?\s+neste\s+side\b|^--\s*\d+\s+of\s+\d+\s*--$/i;
const NUMBER_LABELS: readonly string[] = POLICY_NUMBER.labels;
const STARTS_LOWER = /^[a-zæøå]/;
/** A street address with a postcode and place: «Vangsvegen 61, 2317 Hamar», «Nedre Langgate 22, 3126 Tønsberg», «Storgata 1, 8610 Mo i Rana». */
const ADDRESS = /[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ.'-]*(?:\s[a-zæøå][A-Za-zÀ-ÖØ-öø-ÿ.'-]*)*\s\d+\s?[A-Za-z]?(?:[-–]\d+)?,\s\d{4}\s[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ-]*(?:\s(?:i|på)\s[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ-]*)?/;
/** A grouped amount inside a row's text: «42 300 000». */
const AMOUNT_IN_TEXT = /(?<![\d,])\d{1,3}(?: \d{3})+(?![\d,])/;
const REG_NUMBER = new RegExp(String.raw`^(${PLATE_SOURCE})(?:\s|$)`);
const MONEY_WORD = /^(?:kr\.?|nok)$/i;
const CAPITALISED = /^[A-ZÆØÅ][a-zæøå]+$/;
const POSTCODE = /\b\d{4}\s+[A-ZÆØÅ]/;
/** The longest run of figure tokens read at a row's end (more is no schedule row). */
const MAX_RUN = 16;
const SMALL = /^\d{1,3}$/;
const THREE = /^\d{3}(?:,.*)?$/;
/** A token of a figure: a group of digits, the last perhaps with øre («3 180,50», «15 000,-»). */
const GROUP = /^\d+(?:,(?:\d{1,2}|-))?$/;
/** An amount run into the next cell's currency word, which an amount follows: «000kr 2». */
const GLUED_KR = /(\d(?:,-)?)(kr\.?|nok)(?= \d)/gi;

/** The header a line states, or undefined (see above). `underHeading`: a schedule heading stands right above. */
export function plainHeader(text: string, underHeading: boolean): Header | undefined {
  if (text.length > 120 || DIGIT.test(text) || text.includes(':')) return undefined;
  const words = lowerCase(text.trim()).split(/\s+/);
  const cols: Array<Col | 'text' | Named> = [];
  let unknown = 0;
  let unknownRun = 0;
  for (let i = 0; i < words.length; ) {
    // «Forrige års premie», «Premie i fjor», «Ny premie»: a figure column of one period
    const dated = datedAt(words, i);
    if (dated) {
      cols.push(dated.col);
      i += dated.length;
      unknownRun = 0;
      continue;
    }
    const hit = NAMES_BY_FIRST.get(words[i]!)?.find(([w]) => w.every((x, k) => words[i + k] === x));
    if (hit) {
      cols.push(hit[1]);
      i += hit[0].length;
      unknownRun = 0;
      continue;
    }
    if (UNIT_WORD.test(words[i]!) && cols.length > 0) {
      i++;
      continue;
    }
    unknown++;
    // (more unknown words than either kind of header allows: no header, whatever follows)
    if (unknown > (underHeading ? 8 : 1)) return undefined;
    if (unknownRun === 0) cols.push('text');
    unknownRun++;
    i++;
  }
  const firstFigure = cols.findIndex(isFigureName);
  if (firstFigure < 0) return undefined;
  const figures = periodFigures(cols.slice(firstFigure));
  if (!figures) return undefined;
  const texts = cols.slice(0, firstFigure) as TextCol[];
  // a sentence under a schedule heading, then the figure columns
  // («Det er avtalt forsikring på følgende Årspremie»: a column's word inside the sentence is no column)
  if (underHeading && texts.includes('text') && unknown <= 8) return { text: [], figures, free: true };
  // every word a column name, but one short word for a text column of its own
  if (unknown > 1 || texts.filter((c) => c === 'text').length > 1) return undefined;
  if (figures.length + texts.length < 2) return undefined;
  return { text: texts, figures, free: false };
}

const FIGURE_NAME: ReadonlySet<string> = new Set(['sum', 'deductible', 'premium', 'old-sum', 'old-deductible', 'old-premium', 'now-sum', 'now-deductible', 'now-premium', 'new-sum', 'new-deductible', 'new-premium']);

function isFigureName(c: string): c is Named {
  return FIGURE_NAME.has(c);
}

/** The words that date a figure before its name (a prefix) or after it: only these after it, so that «Premie Ny premie» stays two columns. */
const PERIOD_FIRST: ReadonlySet<string> = new Set(['forrige', 'fjorårets', 'fjorårs', 'tidligere', 'gammel', 'gamle', 'opprinnelig', 'dagens', 'nåværende', 'ny', 'nye', 'nytt', 'fornyet']);
const PERIOD_AFTER = /^(?:i fjor|forrige år|i dag|før (?:fornyelse|fornying|endring|endringen)|etter (?:fornyelse|fornying|endring|endringen)|neste år)$/;

/** A figure column dated by the words around its name at word `i` («forrige års premie», «premie i fjor»); undefined otherwise. */
function datedAt(words: readonly string[], i: number): { col: Named; length: number } | undefined {
  if (PERIOD_FIRST.has(words[i]!)) {
    for (const p of [2, 1]) {
      const when = periodOf(words.slice(i, i + p).join(' '));
      const name = when ? figureNameAt(words, i + p) : undefined;
      if (when && name) return { col: `${when}-${name.col}`, length: p + name.length };
    }
    return undefined;
  }
  const name = figureNameAt(words, i);
  if (!name) return undefined;
  for (const q of [2, 1]) {
    const after = words.slice(i + name.length, i + name.length + q).join(' ');
    const when = PERIOD_AFTER.test(after) ? periodOf(after) : undefined;
    if (when) return { col: `${when}-${name.col}`, length: name.length + q };
  }
  return undefined;
}

/** The figure column whose name starts at word `i`, and its length in words. */
function figureNameAt(words: readonly string[], i: number): { col: Exclude<Figure, 'history'>; length: number } | undefined {
  const hit = NAMES_BY_FIRST.get(words[i] ?? '')?.find(([w]) => w.every((x, k) => words[i + k] === x));
  return hit && (hit[1] === 'sum' || hit[1] === 'deductible' || hit[1] === 'premium') ? { col: hit[1], length: hit[0].length } : undefined;
}

/**
 * The figure columns of a header, periods resolved: a new column of a figure is the figure and a
 * plain or today's one beside it history; an old one is history. Undefined when a column is no
 * figure, a figure is named twice for the same period, today's stands with no new one, or no
 * column is left for the row.
 */
function periodFigures(named: Array<Col | 'text' | Named>): Figure[] | undefined {
  if (!named.every(isFigureName)) return undefined;
  const cols = named as Named[];
  const out: Figure[] = cols.map((c) => (c.startsWith('old-') || c.startsWith('now-') ? 'history' : c.startsWith('new-') ? (c.slice(4) as Figure) : (c as Figure)));
  for (const col of ['sum', 'deductible', 'premium'] as const) {
    const news = cols.filter((c) => c === `new-${col}`).length;
    // (today's figure is history only beside a new one)
    if (news > 1 || (news === 0 && cols.includes(`now-${col}`))) return undefined;
    if (news === 1) cols.forEach((c, i) => {
      if (c === col) out[i] = 'history';
    });
  }
  const read = out.filter((c) => c !== 'history');
  return read.length > 0 && new Set(read).size === read.length ? out : undefined;
}

/** «Forsikringssted Festningsvegen 12, 7520 Hegra»: a place field without its colon, as pdftotext leaves it. */
const PLACE_FIELD = /^(?:forsikringssted|risikoadresse|adresse|beliggenhet)\s*:?\s+(.+)$/i;
/** How many lines may stand between a section's title and its header («Ny forsikring gjelder fra …», «Virksomhet Idrettslag»). */
const SECTION_LINES = 4;

/** A section opened by a title: its product, the place its place field names, and the lines since the title. */
interface Section {
  product: string;
  object?: string;
  lines: number;
}

/**
 * Whether a unit is a schedule heading, or starts with one («Forsikringsoversikt Forsikring for
 * lag/klubb»: a PDF's title line run together with its subtitle).
 */
function isScheduleHeading(u: Unit | undefined): boolean {
  if (!u || u.row) return false;
  const l = withoutColon(u.lower.trim());
  if (HEADINGS.has(l)) return true;
  const first = l.split(' ')[0]!;
  return first.length > 8 && HEADINGS.has(first);
}

/** Read the schedules written without cell gaps (see above). */
export function readPlainRows(r: Reading, push: (c: Coverage, u: Unit) => void, titleOf: (u: Unit) => string | undefined): void {
  let section: Section | undefined;
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    // («Eiendeler Forsikringssum Egenandel» has a product heading's shape: it is a header)
    const titled = !u.row ? titleOf(u) : undefined;
    const t = titled !== undefined && !plainHeader(u.text, false) ? titled : undefined;
    if (t !== undefined) {
      section = { product: t, lines: 0 };
      continue;
    }
    if (section) section = sectionLine(section, u);
    // (a header names a figure column: most units name none, and are not looked at further)
    if (r.used.has(u) || u.row || u.bullet || !FIGURE_HINTS.some((h) => u.lower.includes(h))) continue;
    const above = r.units[at - 1];
    // («Det er avtalt forsikring på følgende Årspremie (kr)» a line or two under «Forsikringsoversikt …»)
    const underHeading = isScheduleHeading(above) || (above !== undefined && !above.row && above.text.length <= 60 && isScheduleHeading(r.units[at - 2]));
    const header = plainHeader(u.text, underHeading);
    if (!header) continue;
    // the product: the row's first words, or the section's title (right above, or a few lines up)
    const title = above && !above.row ? titleOf(above) : undefined;
    const named = header.free || header.text.includes('product');
    const own = title ?? section?.product;
    if (!named && own === undefined) continue;
    // «Eiendeler Forsikringssum Egenandel» under «Forsikringsbevis Eiendeler»: the column named after
    // the section's product lists its coverages
    const parts = !named && header.text.length === 1 && header.text[0] !== 'object' && own !== undefined && partsColumn(u.text, own);
    const place = !named && !header.text.includes('object') ? section?.object : undefined;
    r.used.add(u);
    section = undefined;
    at = readRows(r, at + 1, header, named ? undefined : own, push, { parts, place });
  }
}

/** The section after one more line: a place field names its place; a heading or too many lines end it. */
function sectionLine(s: Section, u: Unit): Section | undefined {
  // (pdftotext's short lines all have a heading's shape: «Virksomhet Idrettslag» is a field)
  if (u.row) return undefined;
  const m = PLACE_FIELD.exec(u.text.trim());
  const place = m ? ADDRESS.exec(m[1]!) : null;
  if (place && place.index === 0 && place[0] === m![1]!.trim()) {
    // (two places in one section: which row is where is not said)
    if (s.object !== undefined && s.object !== place[0]) return undefined;
    return { ...s, object: place[0] };
  }
  return s.lines + 1 > SECTION_LINES ? undefined : { ...s, lines: s.lines + 1 };
}

/** Whether a header's first word is the section's product («Eiendeler …» under «Forsikringsbevis Eiendeler») or «Dekning». */
function partsColumn(header: string, product: string): boolean {
  const first = lowerCase(header.trim().split(/\s+/)[0]!);
  return first === lowerCase(product) || first === 'dekning' || first === 'dekninger';
}

/** The rows under a header, from unit `from`; the index of the last unit read. */
function readRows(
  r: Reading,
  from: number,
  header: Header,
  title: string | undefined,
  push: (c: Coverage, u: Unit) => void,
  section: { parts: boolean; place?: string | undefined } = { parts: false },
): number {
  let last = from - 1;
  let previous: Coverage | undefined;
  for (let at = from; at < r.units.length; at++) {
    const u = r.units[at]!;
    // page furniture, and the page header that repeats the agreement number (read for the header)
    if (FURNITURE.test(u.text) || NUMBER_LABELS.some((l) => u.lower.includes(l))) continue;
    if (r.used.has(u) || u.heading && !DIGIT.test(u.text)) break;
    // a row and the wrapped cell under it, joined as one paragraph: the row is the first line
    const first = u.lines.length > 1 ? u.text.slice(0, u.offsets[1]).trim() : u.text.trim();
    const wrapped = u.lines.length > 1 ? u.text.slice(u.offsets[1]).trim() : '';
    const t = first;
    if (TOTAL.test(t)) {
      r.used.add(u);
      return at;
    }
    // a wrapped cell: words in lower case without figures go on from the row above
    if (previous && STARTS_LOWER.test(t) && !DIGIT.test(t)) {
      previous.note = previous.note ? `${previous.note} ${t}` : t;
      r.used.add(u);
      last = at;
      continue;
    }
    const split = splitFigures(t, header.figures.length);
    if (split === undefined) break;
    last = at;
    r.used.add(u);
    if (split.kind === 'ambiguous') {
      r.warnUnit(u, `the amounts at the end of ${quote(t)} can be read more than one way (${split.readings.map((x) => x.join(' | ')).join(' or ')}); not read`);
      previous = undefined;
      continue;
    }
    // fewer amounts than columns, or a word standing in for a column that is no sum: which is which is not said
    if (split.kind === 'short' || (split.standIn && header.figures[0] !== 'sum')) {
      const n = split.amounts.filter((a) => a !== undefined).length;
      r.warnUnit(u, `the row ${quote(t)} has ${n === 1 ? 'one amount' : `${n} amounts`} for ${header.figures.length} figure columns, and which column is which is not said; not read`);
      previous = undefined;
      continue;
    }
    const c = rowOf(r, u, header, title, split.text, split.amounts, section);
    if (c && wrapped !== '') c.note = c.note ? `${c.note} ${wrapped}` : wrapped;
    if (c) push(c, u);
    previous = c;
  }
  return last;
}

/** A coverage from a row's text part and its figures (in the header's figure columns). */
function rowOf(
  r: Reading,
  u: Unit,
  header: Header,
  title: string | undefined,
  text: string,
  amounts: Array<string | undefined>,
  section: { parts: boolean; place?: string | undefined },
): Coverage | undefined {
  let product = title;
  let object: string | undefined;
  let coverage: string | undefined;
  const notes: string[] = [];
  // (the dash that stood for the row's empty first figure cell is no part of its text)
  let rest = (amounts[0] === undefined ? text.replace(EMPTY_DASH, '') : text).replace(/[,;]$/, '').trim();
  // more figures than the header has columns (two rows run together, a cell the header does not name)
  if (AMOUNT_IN_TEXT.test(rest)) {
    r.warnUnit(u, `the row ${quote(u.text)} has more figures than its header names; not read`);
    return undefined;
  }
  // «Maskiner, inventar og løsøre kr 480 000 kr 10 000» under «Eiendeler Forsikringssum Egenandel»:
  // a coverage of the section's product, at the section's place
  if (section.parts && product !== undefined && rest !== '' && /^[A-ZÆØÅ]/.test(rest) && !ADDRESS.test(rest)) return partRow(r, u, header, product, rest, amounts, section.place);
  const address = ADDRESS.exec(rest);
  const reg = REG_NUMBER.exec(rest);
  if (address && (header.free || header.text.includes('object') || (product === undefined && placeAfterName(rest, address.index)))) {
    object = address[0];
    const before = rest.slice(0, address.index).trim().replace(/[,–-]$/, '').trim();
    const after = rest.slice(address.index + address[0].length).trim().replace(/^,/, '').replace(/,$/, '').trim();
    if (product === undefined) product = before;
    else if (before !== '') notes.push(before);
    if (after !== '') notes.push(after);
  } else if (reg && product !== undefined && header.text.includes('object')) {
    // «JD 4471 Kubota M5091, årsmodell 2019» in the object column: the vehicle as the row names it
    object = rest;
  } else if (product === undefined) {
    // «Arbeidsmaskin Løypemaskin PistenBully 100 2014»: a product's name, then the machine and its
    // model and year (figures no product name has)
    const [first, ...more] = rest.split(' ');
    if (more.length > 0 && DIGIT.test(more.join(' ')) && !DIGIT.test(first!) && namesProduct(first!)) {
      product = first!;
      // «Bil AB 12345 Toyota Corolla Kasko»: the vehicle, plate and model, is the object, a cover
      // level at the end the coverage
      let tail = more.join(' ');
      const reg = REG_NUMBER.exec(tail);
      const last = tail.split(' ').pop()!;
      if (reg && tail.slice(reg[0].length).trim().includes(' ') && COVER_LEVEL_SET.has(last.toLowerCase())) {
        coverage = last;
        tail = tail.slice(0, -last.length).trim();
      }
      if (reg) object = tail;
      else if (tail !== '') notes.push(tail);
    } else product = rest;
  }
  else if (rest !== '') notes.push(rest);
  if (product === undefined || product === '' || DIGIT.test(product[0]!)) {
    r.warnUnit(u, `could not read which product the row ${quote(u.text)} is for`);
    return undefined;
  }
  const c: Coverage = { product };
  if (coverage !== undefined) c.coverage = coverage;
  if (object !== undefined) c.object = object;
  header.figures.forEach((col, i) => {
    const a = amounts[i];
    if (col !== 'history' && a !== undefined) c[col] = a;
  });
  const byName = rowIndexClass(product);
  const vehicle = object !== undefined && REG_NUMBER.test(object);
  c.index_class = vehicle ? 'none' : byName.index_class;
  if (!vehicle && !byName.known) r.warnUnit(u, `index class of «${product}» is not known from its name; set to other`);
  if (notes.length > 0) c.note = notes.join(', ');
  return ordered(c);
}

/**
 * «Innbo, Storgata 4 B, 0155 Oslo kr 1 200 000 kr 4 000» under «Produkt Forsikringssum Egenandel»
 * (a mail-merge line): a product's name (one the index-class table knows), a comma, then the address
 * at `at` — the row's place, though the header names no place column.
 */
function placeAfterName(rest: string, at: number): boolean {
  const before = rest.slice(0, at).trim();
  if (!before.endsWith(',')) return false;
  const name = before.slice(0, -1).trim();
  return name !== '' && !DIGIT.test(name) && !name.includes(',') && namesProduct(name);
}

/** A coverage of a section's product (see rowOf). */
function partRow(r: Reading, u: Unit, header: Header, product: string, coverage: string, amounts: Array<string | undefined>, place: string | undefined): Coverage {
  const c: Coverage = { product, coverage };
  if (place !== undefined) c.object = place;
  header.figures.forEach((col, i) => {
    const a = amounts[i];
    if (col !== 'history' && a !== undefined) c[col] = a;
  });
  // (the most specific name wins: «Varer i kiosken» of «Eiendeler» is stock)
  const byName = coverageIndexClass(product, coverage);
  c.index_class = byName.index_class;
  if (!byName.known) r.warnUnit(u, `index class of «${product}» is not known from its name; set to other`);
  return ordered(c);
}

/**
 * `one`: the row's text and its amounts, one per figure column; `standIn`: the first column's cell
 * is a word in place of an amount («Fullverdi», a vehicle's «Kasko»), its amount undefined.
 * `short`: amounts each after its «kr», fewer than the columns and nothing standing in for the rest.
 */
type Split =
  | { kind: 'one'; text: string; amounts: Array<string | undefined>; standIn?: true }
  | { kind: 'ambiguous'; readings: string[][] }
  | { kind: 'short'; amounts: string[] };

/** One amount in Norwegian thousands groups: «18 942», «16 200 000», «5000», «0»; undefined otherwise. */
function grouped(tokens: string[]): string | undefined {
  if (tokens.length === 0) return undefined;
  const last = tokens[tokens.length - 1]!;
  const cents = last.includes(',') ? last.slice(last.indexOf(',')) : '';
  const digits = tokens.map((t, i) => (i === tokens.length - 1 ? t.replace(/,.*$/, '') : t));
  if (digits.slice(0, -1).some((t) => t.includes(','))) return undefined;
  const [first, ...more] = digits;
  if (!/^\d+$/.test(first!) || (first!.length > 1 && first![0] === '0')) return undefined;
  if (more.length > 0 && (first!.length > 3 || more.some((t) => !/^\d{3}$/.test(t)))) return undefined;
  if (more.length === 0 && first!.length > 9) return undefined;
  const øre = cents === '' || cents === ',-' ? '' : `.${cents.slice(1).padEnd(2, '0')}`;
  return digits.join('') + øre;
}

/**
 * The last `k` figures of a row and the text before them; `ambiguous` when the figures split more
 * than one way; undefined when the row does not end in `k` figures.
 */
export function splitFigures(text: string, k: number): Split | undefined {
  // a web table copied as text runs a cell's amount into the next one's «kr»: «kr 3 000kr 2 874»
  const tokens = text.replace(GLUED_KR, '$1 $2').split(' ');
  let n = tokens.length;
  let start = n;
  while (start > 0 && (GROUP.test(tokens[start - 1]!) || MONEY_WORD.test(tokens[start - 1]!))) start--;
  if (start === n || n - start > MAX_RUN) return undefined;
  const run = tokens.slice(start);
  // «kr 64 800 000 kr 50 000»: each amount begins at its currency word
  if (run.some((t) => MONEY_WORD.test(t))) {
    const firstMoney = run.findIndex((t) => MONEY_WORD.test(t));
    const parts: string[][] = [];
    for (const t of run.slice(firstMoney)) {
      if (MONEY_WORD.test(t)) parts.push([]);
      else parts[parts.length - 1]!.push(t);
    }
    const amounts = parts.map(grouped);
    if (amounts.some((a) => a === undefined)) return undefined;
    const text = tokens.slice(0, start + firstMoney).join(' ');
    if (parts.length === k) return { kind: 'one', text, amounts };
    // «Hus Granåsvegen 14, 7093 Tiller Fullverdi kr 10 000kr 11 562»: a word in the first column's place
    if (parts.length === k - 1 && standsForAmount(text)) return { kind: 'one', text, amounts: [undefined, ...amounts], standIn: true };
    // («Reise Hele familien kr 2 160» under three figure columns: which column is not said)
    return parts.length > 0 && parts.length < k && rowLike(text) ? { kind: 'short', amounts: amounts as string[] } : undefined;
  }
  n = run.length;
  const readings: Array<{ s: number; amounts: string[][] }> = [];
  // groups of digits before the figures are text (a house number, a model number and a year:
  // «PistenBully 100 2014 6 310») where they cannot be part of the first figure (the rule below)
  for (let s = 0; s < n; s++) {
    for (const parts of partitions(run.slice(s), k)) {
      // a group of one to three digits right before the first figure belongs to it
      if (s > 0 && grouped([run[s - 1]!, ...parts[0]!]) !== undefined) continue;
      readings.push({ s, amounts: parts });
    }
  }
  if (readings.length === 0) return undefined;
  if (readings.length > 1) return { kind: 'ambiguous', readings: readings.map((x) => x.amounts.map((p) => p.join(' '))) };
  const one = readings[0]!;
  // «Hytte Fjellstien 3 640»: the first group may be a house number of a street named just before
  // it (a capitalised word that is not the row's first, and no postcode) — then not read
  const before = tokens.slice(0, start + one.s);
  const word = before[before.length - 1];
  if (one.amounts[0]!.length > 1 && before.length > 1 && word !== undefined && CAPITALISED.test(word) && !POSTCODE.test(before.join(' '))) {
    const other = partitions(run.slice(one.s + 1), k)[0];
    if (other) return { kind: 'ambiguous', readings: [one.amounts.map((p) => p.join(' ')), other.map((p) => p.join(' '))] };
  }
  return { kind: 'one', text: before.join(' '), amounts: one.amounts.map((p) => grouped(p)!) };
}

/** A building insured at full value has no sum; a vehicle's cover level stands in its sum's cell. */
const FULL_VALUE = /(?:^|\s)fullverdi$/i;
const VEHICLE_LEVEL = /(?:^|\s)(?:kasko|delkasko|minikasko|toppkasko|superkasko|ansvar)$/i;
const REG_IN_TEXT = /(?:^|\s)[A-ZÆØÅ]{2}\s?\d{4,5}(?:\s|$)/;

/** The dash an empty cell is printed with, after the row's text («Tesla Model Y, EL 44917 –»: no sum). */
const EMPTY_DASH = /\s[–-]$/;

/** Whether a row's text ends in a word that stands in for its first figure (see Split). */
function standsForAmount(text: string): boolean {
  return FULL_VALUE.test(text) || EMPTY_DASH.test(text) || (VEHICLE_LEVEL.test(text) && REG_IN_TEXT.test(text));
}

/** A verb of a sentence stating a price («Prisen per måned er kr 180»), which no row's cells hold. */
const SENTENCE_VERB = /\s(?:er|blir|var|betaler|utgjør|koster|trekkes|trekker|gjelder)(?:\s|$)/i;

/** A row's text, not a sentence: a capitalised name, a few words, no full stop, colon or verb. */
function rowLike(text: string): boolean {
  return /^[A-ZÆØÅ]/.test(text) && text.split(' ').length <= 8 && !/[.:!?](?:\s|$)/.test(text) && !SENTENCE_VERB.test(text);
}

/** Every way to cut `tokens` into `k` amounts, each Norwegian thousands groups. */
function partitions(tokens: string[], k: number): string[][][] {
  if (k === 0) return tokens.length === 0 ? [[]] : [];
  const out: string[][][] = [];
  for (let len = 1; len <= tokens.length - (k - 1); len++) {
    const head = tokens.slice(0, len);
    if (grouped(head) === undefined) continue;
    for (const rest of partitions(tokens.slice(len), k - 1)) {
      // «1 500 000 10 000» is not «1 | 500 000 | 10 000»: a lone group of one to three digits
      // before a group of three is the same figure (a row short of a cell is not read)
      if (rest.length > 0 && len === 1 && SMALL.test(head[0]!) && THREE.test(rest[0]![0]!)) continue;
      out.push([head, ...rest]);
    }
  }
  return out;
}
