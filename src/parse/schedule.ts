/**
 * Coverages of a schedule (forsikringsbevis):
 *
 * - **«Forsikringsoversikt» tables**: a header row naming any subset of the columns Forsikring,
 *   Dekning, Forsikringssted, Forsikringssum, Egenandel, Pris, in any order; each following row is
 *   one coverage (a row with an empty Forsikring cell continues the product above; `Sum`/`Totalt`
 *   rows are totals, not coverages). Sums may be kroner, `Førsterisiko kr …`, G or «Individuelt».
 *   «Dekning» beside «Forsikring» is the row's `coverage` (a level such as «Pluss» or a
 *   sub-coverage such as «Brann og vann»: what a renewal letter's deductible change names).
 *   Right under a product heading the table may leave out the Forsikring column: its rows are
 *   for the heading's product.
 * - **item rows under a product heading**: `Ménerstatning med aldersregulering | 4,50 G`,
 *   `Tap i fremtidig erverv | 22-30 G`, `Tapt inntekt | Individuelt | iflg. loven` (remaining
 *   cells are the item's note), and kroner sums in rows right under the heading.
 *
 * Each coverage gets its `index_class` from its product name through the one table in
 * src/parse/index-class.ts; person coverages with G sums are `none`.
 */
import type { Coverage, CoverageItem, RowIndexClass, SumValue } from '../model/policy.js';
import { isGCell, mentionsG, readAmount, readLimit, readSum } from './amounts.js';
import {
  asField,
  G_FIGURE_HINT,
  gItemsIn,
  individualSentences,
  isItemHeading,
  lineEndG,
  leadingG,
  lineEndIndividual,
  namesPersonProduct,
  nameAbove,
  namesLaw,
  onlyIndividual,
  premiumOf,
  productHeadingName,
  productOverGItems,
  productWithPremium as personProductWithPremium,
  type GItem,
  withoutKroner,
  withoutListMark,
} from './g-items.js';
import type { Reading } from './extract.js';
import { namesProduct, rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';
import { quote, withoutColon, type Unit } from './units.js';
import { SCHEDULE_COLUMNS, SCHEDULE_HEADINGS, TOTAL_WORDS, type Col } from './vocabulary.js';
import { columnOf, columnYear, coverageIndexClass, ordered, productLine } from './schedule-names.js';
import { readInlineRows } from './schedule-inline.js';
import { readPlainRows } from './schedule-plain.js';
import { readProse } from './schedule-prose.js';

// patterns of per-unit tests, made once: a literal in a function makes a new RegExp object at every call
const DIGIT = /\d/;


const LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ]/;
/** A cell that says only that the row's sum is a first-risk sum (a «Forsikringsform» column). */
const FIRST_RISK_CELL = /^første\s*-?\s*risiko$/i;

/** Object columns by how well they name the place: a table with two («Objekt | Adresse») takes the better as the object. */
const OBJECT_RANK = ['forsikringssted', 'adresse', 'risikoadresse', 'beliggenhet', 'risikosted', 'forsikringssted/objekt', 'regnr', 'registreringsnummer', 'reg.nr', 'objekt', 'forsikret objekt', 'forsikringsobjekt', 'sted', 'beskrivelse', 'gjelder', 'gjelder for'];

/** «Dekning» (or «Dekninger»), in any case. */
function isDekning(name: string): boolean {
  const l = lowerCase(name);
  return l === 'dekning' || l === 'dekninger';
}

const ENDS_FIELD_VALUE = /(?:\d|-|kr\.?|[Ff]ullverdi.*|[Ii]ngen)$/;
const LABEL_VALUE = /^([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ .]{1,30}?)\s+((?:kr\.?|nok)\s*\d[\d .]*(?:,(?:\d{1,2}|-))?|\d{1,3}(?:[ .]\d{3})+(?:,(?:\d{1,2}|-))?(?:\s*kr)?|[Ff]ullverdi(?:,?\s.*)?|[Ff]ørsterisiko\s.*|[Ii]ngen)$/;

/** A labelled field of a schedule: `Forsikringssum: kr 52 000 000` (a line, or two cells), or `Egenandel kr 10 000`. */
export function fieldOf(u: Unit): { col: Exclude<Col, 'product'>; value: string } | undefined {
  let label: string;
  let value: string;
  if (u.row) {
    const cells = u.cells.filter((c) => c !== '');
    if (cells.length !== 2) return undefined;
    [label, value] = cells as [string, string];
  } else if (u.label !== undefined) {
    label = u.label;
    value = u.text.slice(u.text.indexOf(':') + 1).trim();
  } else {
    // «Forsikringssum kr 1 200 000», «Egenandel kr 10 000», «Forsikringssum Fullverdi»: a label without its colon
    // (a short line that starts with a letter and ends with a figure, «Fullverdi» or «Ingen»: most units are not)
    // (the end tested alone, «Fullverdi, …» anywhere: the same as the whole line, without scanning it)
    if (u.text.length > 80 || u.row || !(ENDS_FIELD_VALUE.test(u.text.slice(-24)) || /[Ff]ullverdi/.test(u.text))) return undefined;
    const m = LABEL_VALUE.exec(u.text);
    if (!m) return undefined;
    label = m[1]!;
    value = m[2]!;
  }
  // under a product heading, «Dekning: Pluss» is the coverage
  const col = isDekning(withoutColon(label).trim()) ? 'coverage' : columnOf(label);
  if (col === undefined || col === 'product' || value === '') return undefined;
  return { col, value };
}

/**
 * Schedules that state each coverage as labelled fields under its product heading:
 *
 *   Næringsbygg
 *   Forsikringssted: Storgata 1, 0155 Oslo
 *   Forsikringssum: kr 52 000 000
 *   Egenandel: kr 15 000
 *
 * Consecutive fields make one coverage (a field named again starts the next one, for a second
 * place); a block is a coverage only when it states a sum.
 */
function readFieldBlocks(r: Reading, push: (c: Coverage, u: Unit) => void): void {
  let product: string | undefined;
  let object: string | undefined;
  let block: Map<string, { value: string; unit: Unit }> = new Map();
  const flush = (): void => {
    if (block.size === 0) return; // (most units are not fields)
    const sum = block.get('sum');
    if (product === undefined && sum && block.size > 1) {
      // fields of a coverage under no product heading: seen, not dropped silently
      r.warnUnit(sum.unit, `could not read which product the sum ${quote(sum.value)} is for`);
    }
    if (product !== undefined && sum) {
      const c: Coverage = { product };
      const cov = block.get('coverage');
      const obj = block.get('object');
      if (cov) c.coverage = cov.value;
      if (obj) c.object = obj.value;
      else if (object !== undefined) c.object = object;
      const value = readSum(sum.value);
      const notes: string[] = [];
      let persons = false;
      if (value !== undefined) {
        c.sum = value;
        persons = typeof value !== 'string' && !('first_risk' in value);
      } else if (/^fullverdi$/i.test(sum.value)) notes.push('Fullverdi');
      else r.warnUnit(sum.unit, `could not read the sum ${quote(sum.value)} of ${product}`);
      const byName = rowIndexClass(product);
      c.index_class = persons ? 'none' : byName.index_class;
      // (as for a table's row: a class guessed from nothing is said)
      if (!persons && !byName.known) r.warnUnit(sum.unit, `index class of «${product}» is not known from its name; set to other`);
      for (const col of ['deductible', 'premium'] as const) {
        const f = block.get(col);
        if (!f) continue;
        const a = readAmount(f.value) ?? (/^ingen$/i.test(f.value) ? '0' : undefined);
        if (a !== undefined) c[col] = a;
        else r.warnUnit(f.unit, `could not read the ${col} ${quote(f.value)} of ${product}`);
      }
      if (notes.length > 0) c.note = notes.join('; ');
      const units = [...block.values()].map((f) => f.unit).sort((a, b) => a.index - b.index);
      for (const u of units) r.used.add(u);
      push(ordered(c), units[0]!);
    }
    block = new Map();
  };
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    if (r.used.has(u)) {
      flush();
      const title = titleProduct(u);
      if (title !== undefined) product = title;
      else if (u.heading && !u.row && u.label === undefined) ({ product, object } = headingProduct(u));
      continue;
    }
    // «Forsikringssum kr 14 600 000   Egenandel kr 10 000   Pris kr 21 890»: a row of fields, for
    // the product the line above names («Driftsbygning (fjøs og låve), Haugsvegen 140, 2630 Ringebu»)
    const cellFields = u.row ? fieldCells(u) : undefined;
    if (cellFields) {
      flush();
      const above = r.units[at - 1];
      // («Forsikringsbevis Styreansvar» above: the title's product, «Styreansvar»)
      const title = above && !above.row ? titleProduct(above) : undefined;
      const named = title !== undefined ? { product: title, object: undefined } : above && !above.row && !r.used.has(above) ? productLine(above.text) : undefined;
      if (named) {
        product = named.product;
        object = named.object;
        r.used.add(above!);
      }
      for (const f of cellFields) block.set(f.col, { value: f.value, unit: u });
      // «Gjelder skog på gnr. 112 bnr. 4 … Årspremie kr 48 360»: the line under it ends with the premium
      const below = r.units[at + 1];
      const premium = !block.has('premium') && below && !below.row && !r.used.has(below) ? trailingPremium(below.text) : undefined;
      if (premium !== undefined) {
        block.set('premium', { value: premium, unit: below! });
        at++;
      }
      flush();
      object = undefined;
      continue;
    }
    // «Næringsbygg, Storgata 1, 0155 Oslo      Årspremie kr 48 360»: a product line that ends with its
    // premium, over the fields of its sum and deductible
    const pp = block.size === 0 || block.has('sum') ? productWithPremium(u) : undefined;
    if (pp) {
      flush();
      product = pp.product;
      object = pp.object;
      block.set('premium', { value: pp.premium, unit: u });
      continue;
    }
    // «Dekning: Pluss» has the shape of a heading, but it is a field
    const f = fieldOf(u);
    // «Strandgata 5, 9008 Tromsø» right under a product heading: the place of the coverage below
    if (!f && block.size === 0 && product !== undefined && !u.row && u.text.length < 80 && ADDRESS.test(u.text)) {
      object = u.text.trim();
      continue;
    }
    if (!f) {
      // a field the schedule does not read («Ansvarstid: 12 måneder») does not end the block
      if (u.label !== undefined && !u.row && !u.heading && block.size > 0 && !TOTAL_ROW.test(u.text)) continue;
      flush();
      const title = titleProduct(u);
      object = undefined;
      if (title !== undefined) product = title;
      else if (u.heading && !u.row && u.label === undefined) ({ product, object } = headingProduct(u));
      // a record's name line: a name the index-class table does not know («Husdyr (storfe og sau)»),
      // right over its fields
      if (product === undefined && startsRecord(r.units[at + 1])) ({ product, object } = recordName(u) ?? {});
      continue;
    }
    if (block.has(f.col)) flush();
    block.set(f.col, { value: f.value, unit: u });
  }
  flush();
}

/** A field of a sum, deductible or premium on a line of its own: the first line of a record under its name line. */
function startsRecord(u: Unit | undefined): boolean {
  if (!u || u.heading) return false;
  const f = fieldOf(u);
  // (in kroner or «Fullverdi»: G sums under a heading are a person cover's items, read elsewhere)
  return f !== undefined && (f.col === 'sum' || f.col === 'deductible' || f.col === 'premium') && (readAmount(f.value) !== undefined || FULL_VALUE.test(f.value));
}

const FULL_VALUE = /^fullverdi\b/i;
const SCHEDULE_HEADING_WORDS: ReadonlySet<string> = new Set(SCHEDULE_HEADINGS);

/**
 * A line that can be a record's name although the index-class table does not know it: a short name
 * («Husdyr (storfe og sau)»), not a schedule's heading («Forsikringsbevis», «Dette er forsikret»)
 * and not a sentence or a line with figures.
 */
function recordName(u: Unit): { product: string; object?: string } | undefined {
  if (u.row || u.label !== undefined || u.text.length > 60 || DIGIT.test(u.text) || u.text.split(' ').length > 6) return undefined;
  const l = withoutColon(u.lower.trim());
  if (SCHEDULE_HEADING_WORDS.has(l) || l.startsWith('forsikringsbevis') || l.startsWith('forsikringsavtale') || l.startsWith('oversikt')) return undefined;
  return productLine(u.text);
}

/** A premium at the end of a line: «… Årspremie kr 48 360», «… Pris per år: kr 2 150» (not a total's). */
const PREMIUM_LABELS = (SCHEDULE_COLUMNS.find(([c]) => c === 'premium')?.[1] ?? [])
  .map((n) => n.replace(/[.]/g, '\\.').replace(/ /g, '\\s+'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const TRAILING_PREMIUM = new RegExp(String.raw`(?:^|\s)(?:${PREMIUM_LABELS})\s*:?\s*((?:kr\.?|nok)\s*\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{1,2}|-))?)$`, 'i');
/** The premium's label at the end of the text before its amount. */
const ENDS_AMOUNT = /[\d-]\s*$/;
const TRAILING_PREMIUM_LABEL = new RegExp(String.raw`(?:^|\s)(?:${PREMIUM_LABELS})\s*:?\s*$`, 'i');

/** A line (or a row) that names a product, perhaps its place, and ends with its premium; undefined otherwise. */
function productWithPremium(u: Unit): { product: string; object?: string; premium: string } | undefined {
  if (u.text.length > 200 || !(u.lower.includes('pris') || u.lower.includes('premie'))) return undefined;
  const premium = trailingPremium(u.text);
  if (premium === undefined) return undefined;
  const at = u.text.lastIndexOf(premium);
  const before = u.text.slice(0, at).replace(TRAILING_PREMIUM_LABEL, '').trim().replace(/[.,;:–-]+$/, '').trim();
  // «Næringsbygg – Storgata 1, 0155 Oslo»: the product before a dash, the place after it
  const dash = /^(.+?)\s[–-]\s(.+\b\d{4}\s+[A-ZÀ-ÖØ-Þ].*)$/.exec(before);
  const line = dash ? { product: dash[1]!.trim(), object: dash[2]!.trim() } : productLine(before);
  if (!line || !namesProduct(line.product)) return undefined;
  return line.object !== undefined ? { product: line.product, object: line.object, premium } : { product: line.product, premium };
}

function trailingPremium(text: string): string | undefined {
  // (TRAILING_PREMIUM ends with an amount: a text that does not end with a digit or «,-» has none, and its two patterns are not compiled)
  if (text.length > 200 || !ENDS_AMOUNT.test(text) || TOTAL_ROW.test(text.trim())) return undefined;
  const m = TRAILING_PREMIUM.exec(text.trim());
  return m && !TOTAL_ROW.test(text.trim().slice(0, m.index + 1).trim().split(/[.,;]\s/).pop() ?? '') ? m[1]! : undefined;
}

/** A place as schedules write it: a street and number, a postcode and a place («Strandgata 5, 9008 Tromsø»). */
const ADDRESS = /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ .'-]*\s\d+\s?[A-Za-zÀ-ÖØ-öø-ÿ]?(?:[-–]\d+)?,\s*\d{4}\s+[A-ZÀ-ÖØ-Þ]/;

/** Each cell of a row is a field, «Label value» («Forsikringssum kr 14 600 000»): the fields; else undefined. */
const FIELD_CELL = /^([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ .]*?)\s*:?\s+((?:kr|nok)?\.?\s*\d.*|fullverdi.*|ingen)$/i;

export function fieldCells(u: Unit): Array<{ col: Exclude<Col, 'product'>; value: string }> | undefined {
  const cells = u.cells.filter((c) => c !== '');
  // (short cells that each hold a label and a value: most rows are not such)
  if (cells.length < 2 || cells.some((c) => c.length > 60 || !DIGIT.test(c) && !/fullverdi|ingen/i.test(c))) return undefined;
  const out: Array<{ col: Exclude<Col, 'product'>; value: string }> = [];
  for (const c of cells) {
    const m = FIELD_CELL.exec(c.trim());
    const col = m ? columnOf(m[1]!) : undefined;
    if (!m || col === undefined || col === 'product') return undefined;
    out.push({ col, value: m[2]! });
  }
  return out.some((f) => f.col === 'sum') ? out : undefined;
}

/**
 * The product a heading names, and its place after a comma («Bygning, Verkstedvegen 12, 8006
 * Bodø»: the record's name line); nothing for a heading that names no product.
 */
function headingProduct(u: Unit): { product: string | undefined; object: string | undefined } {
  if (!u.product) return { product: undefined, object: undefined };
  // (no name: a line of figures run together with a title, as a PDF can join them)
  const line = productLine(withoutColon(u.text));
  return line ? { product: line.product, object: line.object } : { product: undefined, object: undefined };
}

/** A title that names the product of the section under it: «Forsikringsbevis – Gruppeliv», «Forsikringsbevis Kommuneeiendom». */
const TITLE = /^(?:forsikringsbevis|forsikringsavtale)\s*(?:[-–—:]\s*|\s+)([A-Za-zÀ-ÖØ-öø-ÿ].*)$/i;

/** The product a title names, or undefined («FORSIKRINGSBEVIS – LANDBRUK» → «Landbruk»). */
export function titleProduct(u: Unit): string | undefined {
  return titleParts(u)?.product;
}

/** «NÆRINGSBYGG – STORGATA 3, 0155 OSLO»: a title's product, a dash or comma, and its place (a postcode in it). */
const TITLE_PLACE = /^([^\d–—,]+?)\s*(?:[–—-]|,)\s+(.*\b\d{4}\s+[A-Za-zÀ-ÖØ-öø-ÿ].*)$/;

/** The product a title names and the place it names after it («Forsikringsbevis – Næringsbygg – Storgata 3, 0155 Oslo»), or undefined. */
export function titleParts(u: Unit): { product: string; object?: string } | undefined {
  if (u.row || u.text.length > 100 || u.label !== undefined || !(u.lower.startsWith('forsikringsbevis') || u.lower.startsWith('forsikringsavtale'))) return undefined;
  const m = TITLE.exec(u.text.trim());
  if (!m) return undefined;
  let name = m[1]!.trim();
  let object: string | undefined;
  const place = /\d/.test(name) ? TITLE_PLACE.exec(name) : null;
  if (place && namesProduct(place[1]!)) {
    name = place[1]!.trim();
    object = place[2]!.trim();
  }
  if (name.includes('·') || /\d/.test(name) || (object === undefined && u.text.length > 80)) return undefined;
  // «Forsikringsbevis for yrkesskadeforsikring»: the product after the preposition (not «for Nordlys AS», a customer)
  const prep = /^(?:for|på|om)\s+/i.exec(name);
  if (prep) {
    name = name.slice(prep[0].length);
    if (!namesProduct(name)) return undefined;
  }
  const product = name === name.toUpperCase() ? name[0]! + name.slice(1).toLowerCase() : name;
  return object !== undefined ? { product, object } : { product };
}

/**
 * Column roles of a «Forsikringsoversikt» header row, or undefined when the row is not one.
 * «Dekning» names the row when it is the only name column; beside a «Forsikring»/«Produkt»
 * column it is the coverage of the row (a level such as «Pluss», or a sub-coverage such as
 * «Brann og vann»). `headed`: a product heading stands right above, so the table may leave out
 * the Forsikring column (each row is then for that product).
 */
function overviewHeader(cells: string[], headed = false): Array<Col | undefined> | undefined {
  // (a figure in a header cell only as a column's year: «Sum 2024»)
  if (cells.some((c) => DIGIT.test(c) && columnYear(c) === undefined)) return undefined;
  const roles = cells.map(columnOf);
  newestYearOnly(cells, roles);
  const names = roles.filter((x) => x === 'product').length;
  // («Ansvar» over «Dekning | Forsikringssum | …»: under a product heading, Dekning names the row's
  // coverage of the heading's product, as a reader takes it)
  if (names > 1 || headed) cells.forEach((c, i) => {
    if (roles[i] === 'product' && isDekning(c.trim())) roles[i] = 'coverage';
  });
  // two object columns («Objekt | Adresse»): the one that names the place is the object
  const objects = roles.flatMap((x, i) => (x === 'object' ? [i] : []));
  if (objects.length > 1) {
    const rank = (i: number): number => {
      const k = OBJECT_RANK.indexOf(withoutColon(lowerCase(cells[i]!.trim())).replace(/\.$/, ''));
      return k < 0 ? OBJECT_RANK.length : k;
    };
    const best = objects.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    for (const i of objects) if (i !== best) roles[i] = undefined;
  }
  // «Bygning | Adresse | Forsikringssum | Egenandel | Årspremie»: a first column the vocabulary does
  // not name, before columns of figures, names the rows
  const figures = roles.filter((x) => x === 'sum' || x === 'deductible' || x === 'premium').length;
  if (!roles.includes('product') && roles[0] === undefined && cells[0]!.trim() !== '' && figures >= 2 && !headed) roles[0] = 'product';
  const known = roles.filter((x) => x !== undefined);
  if (!roles.includes('product') && !(headed && roles.includes('sum') && known.length >= 2)) return undefined;
  if (known.length < 2) return undefined;
  if (!roles.some((x) => x === 'sum' || x === 'deductible' || x === 'premium' || x === 'object')) return undefined;
  return roles;
}


/**
 * A column per year for one figure («Sum 2023 | Sum 2024», «Premie 2023 | Premie 2024», a broker's
 * renewal summary): the newest year is the period the schedule is for, the others are history and
 * no column of the row. Two columns of one figure and one year stay as they are.
 */
function newestYearOnly(cells: string[], roles: Array<Col | undefined>): void {
  for (const col of ['sum', 'deductible', 'premium'] as const) {
    const at = roles.flatMap((x, i) => (x === col ? [i] : []));
    if (at.length < 2) continue;
    const years = at.map((i) => columnYear(cells[i]!));
    if (years.some((y) => y === undefined) || new Set(years).size !== years.length) continue;
    const newest = Math.max(...(years as number[]));
    at.forEach((i, k) => {
      if (years[k] !== newest) roles[i] = undefined;
    });
  }
}

/** A total line of a schedule: «Sum», «Totalpris», «Sum årspremie», «Total pris per år», «Samlet årspris:» (src/parse/vocabulary.ts). */
const TOTAL_ROW = new RegExp(`^(?:${[...TOTAL_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![a-zæøå])`, 'i');
const RULE_ROW = /^[-=_|:\s]+$/;

interface Group {
  name: string;
  unit: Unit;
  items: CoverageItem[];
  itemUnits: Unit[];
  lastIndex: number;
  /** Short text lines under a heading with no rows (possible name-only items). */
  plain: Unit[];
  /** The premium stated beside the product's name («Gruppeliv for bedrifter | premie kr 19 260»). */
  premium?: string;
  /** The table whose header the items are read under («Dekning | Forsikringssum»), to go on after a page break. */
  table?: Table;
  /** Items whose sum is a limit in kroner («inntil kr 100 000»): person items all the same. */
  limits?: Set<CoverageItem>;
}

export function readSchedules(r: Reading): void {
  const coverages: Coverage[] = [];
  const push = (c: Coverage, u: Unit, items: Unit[] = []): void => {
    const i = coverages.length;
    coverages.push(c);
    r.atUnit(`coverages[${i}]`, u);
    items.forEach((iu, j) => r.atUnit(`coverages[${i}].items[${j}]`, iu));
  };

  let table: Table | undefined;
  let group: Group | undefined;
  /** The product section a title or product heading opened, and the place its «Forsikringssted:» line names. */
  let section: Section | undefined;
  let lastHeading: Unit | undefined;
  /** The last group that had items, and a group without rows waiting for its neighbour. */
  let lastItemGroup: Group | undefined;
  let waiting: Group | undefined;

  const flush = (): void => {
    if (!group) return;
    if (group.items.length > 0) {
      const allPersons = group.items.every((it) => it.sum === undefined || typeof it.sum !== 'string' || group!.limits?.has(it));
      const cls: RowIndexClass = allPersons ? 'none' : rowIndexClass(group.name).index_class;
      push(group.premium !== undefined ? { product: group.name, index_class: cls, premium: group.premium, items: group.items } : { product: group.name, index_class: cls, items: group.items }, group.unit, group.itemUnits);
      lastItemGroup = group;
      waiting = undefined;
    } else if (group.plain.length > 0 && lastItemGroup && lastItemGroup.lastIndex + 1 === group.unit.index) {
      waiting = group;
    }
    group = undefined;
  };

  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    if (!u.row) {
      table = undefined;
      const parts = titleParts(u);
      const title = parts?.product;
      // (a heading that names a law is no product: its rows are the section's product's items;
      // «Gruppeliv (premie kr 19 260)»: the product, its premium beside it)
      const pp = title === undefined && !r.news[u.index] ? (personProductWithPremium(u) ?? productOverGItems(u, r.units[at + 1])) : undefined;
      const named = title ?? pp?.product ?? productHeadingName(u, r.units[at + 1]);
      if (named !== undefined) {
        flush();
        // («Næringsbygg, Storgata 1, 0155 Oslo»: the product, and its place after the comma)
        const line = parts ?? productLine(named) ?? { product: named };
        section = line.object !== undefined ? { product: line.product, object: line.object, gap: 0 } : { product: line.product, gap: 0 };
        group = { name: named, unit: u, items: [], itemUnits: [], lastIndex: u.index, plain: [] };
        // (the line is left to the G-text reader, which reads the premium when no G rows follow)
        if (pp) group.premium = pp.premium;
        continue;
      }
      if (u.heading && !namesLaw(u)) lastHeading = u;
      if (section) section = sectionLine(section, u);
      if (group) {
        // a group's items may stand between lines of text: the next product heading, title or table ends it
        if (group.items.length > 0) continue;
        if (group.lastIndex + 1 === u.index && group.plain.length < 3 && !DIGIT.test(u.text) && u.text.split(' ').length <= 12) {
          group.plain.push(u);
          group.lastIndex = u.index;
        }
      }
      continue;
    }
    if (r.used.has(u)) continue;
    // «Gruppeliv for bedrifter | premie kr 19 260»: a person product and its premium, over its G rows
    // («Gruppelivsforsikring | 4 320» over «Dødsfall | 10 G»: the amount over G rows is the product's premium)
    // («Fritidsulykke | Årspremie kr 14 508» under the G rows of the product before: the next product, closing that table)
    const pp = r.news[u.index] ? undefined : !table ? (personProductWithPremium(u) ?? productOverGItems(u, r.units[at + 1])) : premiumCellProduct(u);
    if (pp) {
      flush();
      table = undefined;
      group = { name: pp.product, unit: u, items: [], itemUnits: [], lastIndex: u.index, plain: [], premium: pp.premium };
      continue;
    }
    const headed = group !== undefined && group.items.length === 0 && group.lastIndex + 1 === u.index ? group : undefined;
    // «FORSIKRINGSBEVIS NÆRINGSBYGG» / «Forsikringssted: Industriveien 7, …» / «Dekning | Forsikringssum | …»:
    // the table of the section's product, a few field lines under its title
    let inSection = !headed && !table && section !== undefined && section.gap <= SECTION_GAP ? section : undefined;
    let roles = overviewHeader(u.cells, headed !== undefined);
    // (a table with a name column of its own — «Bygning | Adresse | Forsikringssum» — names its rows
    // itself; only a «Dekning» column or none is the section's product's)
    const own = roles?.indexOf('product') ?? -1;
    if (inSection && (roles === undefined || own < 0 || isDekning(u.cells[own]!.trim()))) roles = overviewHeader(u.cells, true) ?? roles;
    else inSection = undefined;
    if (roles) {
      // («Dekning | Forsikringssum» again after «Side 2 av 2»: the same product's table, continued)
      if (group?.table && continuesGroup(r, at, group)) {
        table = group.table;
        group.lastIndex = u.index;
        r.used.add(u);
        continue;
      }
      if (group && group.items.length > 0) flush();
      table = { roles, header: u.cells };
      // («Næringsbygg, Storgata 1, 0155 Oslo» right above: the product, and the place of the rows)
      const headedLine = headed ? (productLine(headed.name) ?? { product: headed.name }) : undefined;
      const under = headedLine?.product ?? inSection?.product;
      // (a title's place: «FORSIKRINGSBEVIS – NÆRINGSBYGG – STORGATA 3, 0155 OSLO», kept with its section)
      const place = headedLine ? (headedLine.object ?? (section?.product === headedLine.product ? section.object : undefined)) : inSection?.object;
      if (!roles.includes('product') && under !== undefined) {
        // «Næringsbygg» then «Forsikringssted | Forsikringssum | …»: every row is for the heading's product
        table.lastProduct = under;
        if (place !== undefined && !roles.includes('object')) table.object = place;
        // (under «Dekning | Forsikringssum», G rows are still the heading's items)
        if (!roles.includes('coverage')) group = undefined;
        else if (group) group.table = table;
      }
      // (the section goes on: «Forsikringssted: Bryggegata 3, …» and a second table of its product)
      section = inSection ? { product: inSection.product, gap: 0, read: true } : undefined;
      r.used.add(u);
      continue;
    }
    const cells = u.cells.filter((c) => c !== '');
    // G rows under a product heading are that product's items, header row or not
    // («Behandlingsutgifter | inntil kr 100 000» among them: the limit is the item's sum)
    const limit = cells.length === 2 && group?.table !== undefined && group.table === table && personGroup(group) ? readLimit(cells[1]!) : undefined;
    const gLike = cells.length >= 2 && (isGCell(withoutKroner(cells[1]!)) || limit !== undefined) && group !== undefined;
    if (table && !gLike) {
      if (RULE_ROW.test(u.cells.join(''))) {
        r.used.add(u);
        continue;
      }
      const c = overviewRow(r, u, table);
      if (c === 'misaligned') {
        r.used.add(u);
        continue;
      }
      if (c === 'total') {
        // a total ends its table
        r.used.add(u);
        table = undefined;
        continue;
      }
      if (c === 'off') {
        r.warnUnit(u, `could not tell which columns of the table above the cells of ${quote(u.text)} stand in (a PDF row off its columns); not read`);
        r.used.add(u);
        continue;
      }
      if (c) {
        push(c, u);
        r.used.add(u);
        continue;
      }
      table = undefined;
    }
    if (section) section = sectionLine(section, u);
    const name = cells[0]!;
    // («12 G (1 488 336 kroner)»: the kroner in brackets say the G sum again)
    const valueCell = cells[1]!.endsWith(')') ? withoutKroner(cells[1]!) : cells[1]!;
    const gRow = (isGCell(valueCell) || limit !== undefined) && LETTER.test(name);
    const krRow =
      !gRow && !table && group !== undefined && group.lastIndex + 1 === u.index && !r.news[u.index] && cells.length <= 3 && LETTER.test(name) && readAmount(valueCell) !== undefined && !fieldOf(u);
    if (gRow || krRow) {
      if (!group) {
        const h = lastHeading;
        group = { name: h ? withoutColon(h.text) : 'Forsikring', unit: h ?? u, items: [], itemUnits: [], lastIndex: u.index, plain: [] };
      }
      if (group.items.length === 0 && waiting && waiting.lastIndex + 1 === group.unit.index) {
        const w = waiting;
        push({ product: w.name, index_class: 'none', items: w.plain.map((p) => ({ name: p.text })) }, w.unit, w.plain);
        waiting = undefined;
      }
      const item: CoverageItem = { name: withoutColon(name) };
      item.sum = limit ?? (readSum(valueCell) as SumValue);
      if (limit !== undefined) (group.limits ??= new Set()).add(item);
      const rest = cells.slice(2).join(' ');
      if (rest) item.note = rest;
      group.items.push(item);
      group.itemUnits.push(u);
      group.lastIndex = u.index;
      r.used.add(u);
      continue;
    }
    if (cells.some(mentionsG)) r.warnUnit(u, `could not read the G sum in ${quote(u.text)}`);
  }
  flush();
  const before = coverages.length;
  // (before the field blocks: a line of labelled figures ends with a premium, which they would take)
  readInlineRows(r, push);
  readFieldBlocks(r, push);
  readPlainRows(r, push, (u) => titleProduct(u) ?? (u.heading && u.product && u.label === undefined ? withoutColon(u.text) : undefined));
  readProse(r, coverages, push, titleProduct);
  const sections = new Set(coverages.slice(before));
  readGText(r, coverages, push);
  mergeDetails(r, coverages, sections);
  if (coverages.length > 0) r.policy.coverages = coverages;
}

/** A group of a person product: its name says so, or it has a G item already. */
function personGroup(g: Group): boolean {
  return namesPersonProduct(g.name) || g.items.some((it) => typeof it.sum === 'object' && 'g' in it.sum);
}

/** How many lines of page furniture («Side 2 av 2», «Forsikringsnr.: …») may stand between a table and its header repeated. */
const PAGE_BREAK_LINES = 4;
/** A page number: «Side 2 av 2», «side 2/3». */
const PAGE_NUMBER = /\bside\s+\d+\s*(?:av|\/)\s*\d+\b/i;

/**
 * True when the header row at `at` repeats the header the group's items were read under, after at
 * most a few lines with no figures of their own (a page's footer and header): the table goes on
 * over the page break. A header worded otherwise, or a line between with a G sum or an amount, is
 * not taken for a page break.
 */
function continuesGroup(r: Reading, at: number, g: Group): boolean {
  const u = r.units[at]!;
  const same = (a: string[], b: string[]): boolean => {
    const x = a.map((c) => c.trim()).filter((c) => c !== '');
    const y = b.map((c) => c.trim()).filter((c) => c !== '');
    return x.length === y.length && x.every((c, i) => lowerCase(c) === lowerCase(y[i]!));
  };
  if (g.items.length === 0 || g.table?.header === undefined || !same(g.table.header, u.cells)) return false;
  const between = r.units.slice(0, at).filter((b) => b.index > g.lastIndex);
  return between.length <= PAGE_BREAK_LINES && between.every((b) => furniture(r, b));
}

/**
 * A line of a page's header or footer: no row read as figures, no G sum, no premium, no amount of
 * money («Side 2 av 2» and a policy number after its label may stand).
 */
function furniture(r: Reading, u: Unit): boolean {
  const text = u.text.replace(PAGE_NUMBER, ' ');
  if ((u.row && r.used.has(u)) || G_FIGURE_HINT.test(text) || /\bkr\b|kroner|\bnok\b/i.test(text) || premiumOf(u) !== undefined) return false;
  if (u.label !== undefined && NUMBER_LABEL.test(u.label)) return true;
  const cells = u.row ? u.cells : [u.label !== undefined ? text.slice(text.indexOf(':') + 1) : text];
  return !cells.some((c) => BARE_AMOUNT.test(c.replace(PAGE_NUMBER, '').trim()));
}

/** The label of a number that is no amount: «Forsikringsnr.», «Polisenummer», «Avtalenr». */
const NUMBER_LABEL = /(?:nr\.?|nummer)$/i;

/** «Årspremie kr 14 508», «Premie: kr 2 150», «Pris kr 990»: a premium cell beside a person product's name. */
const PREMIUM_CELL = /^(?:års)?(?:premie|pris)\b/i;

/**
 * A person product's line with its premium in the right cell («Fritidsulykke | Årspremie kr 14 508»)
 * while a table is open: the next product, not a row of that table. Undefined for any other row.
 */
function premiumCellProduct(u: Unit): { product: string; premium: string } | undefined {
  const cells = u.cells.filter((c) => c.trim() !== '');
  if (!u.row || cells.length !== 2 || !PREMIUM_CELL.test(cells[1]!.trim())) return undefined;
  return personProductWithPremium(u);
}

/** One row of a «Forsikringsoversikt» table; `total` for a Sum row; undefined when the row does not fit the table. */
/** A registration number (two capitals, four or five digits) and the vehicle's make and model after it. */
const REG_THEN_MODEL = /^([A-ZÆØÅ]{2}\s?\d{4,5})[\s,–-]+([A-ZÆØÅ].*)$/;
/** A product's name, a registration number, and perhaps the vehicle after it. */
const REG_IN_NAME = /^([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ]+(?: [a-zæøå][A-Za-zÀ-ÖØ-öø-ÿ]*)?)[\s,–-]+([A-ZÆØÅ]{2}\s?\d{4,5})(?:[\s,–-]+([A-ZÆØÅ].*))?$/;
/** A cell that is only an amount of money: «88 000 000», «kr 25 000», «1.450.000,-». */
const BARE_AMOUNT = /^(?:kr\.?\s*|nok\s*)?(?:\d{1,3}(?:[ .]\d{3})+|\d{5,})(?:,(?:\d{2}|-))?(?:\s*kr\.?)?$/i;

interface Table {
  roles: Array<Col | undefined>;
  lastProduct?: string;
  header?: string[];
  /** The place of every row: the section's «Forsikringssted:» line, where the table has no place column. */
  object?: string;
}

/** A product section: its title's or heading's product, and the lines under it before its table. */
interface Section {
  product: string;
  object?: string;
  /** Lines under the title that are not its fields (a sentence, an address block). */
  gap: number;
  /** A table of the section has been read: a place named after it is the next table's. */
  read?: boolean;
  /** Two places named before a table: its rows get none. */
  places?: boolean;
}

/** How many lines other than fields may stand between a section's title and its table. */
const SECTION_GAP = 2;

/**
 * A section after one more line under its title: «Forsikringssted: …» names the place of its rows;
 * other fields («Bygningstype: Lager») are passed over; a heading or a long line of prose ends the
 * section (undefined).
 */
function sectionLine(s: Section, u: Unit): Section | undefined {
  // «Forsikringssted: Industriveien 7, 2816 Gjøvik», or the same as two cells
  const cells = u.row ? u.cells.filter((c) => c.trim() !== '') : [];
  const field = u.row ? (cells.length === 2 ? { label: cells[0]!, value: cells[1]!.trim() } : undefined) : u.label !== undefined ? { label: u.label, value: u.text.slice(u.text.indexOf(':') + 1).trim() } : undefined;
  if (field && columnOf(field.label) === 'object' && field.value !== '') {
    // a place after a table read is the next table's
    if (s.read) return { product: s.product, object: field.value, gap: 0 };
    // (two places before one table: which row is where is not said — the rows get none)
    if (s.places || (s.object !== undefined && field.value !== s.object)) return { product: s.product, gap: s.gap, places: true };
    // (the place line is the section's own: a table right under it is the section's, however many
    // rows of the letterhead — «Forsikringstaker | … | Polisenr. | …» — stood between it and the title)
    return { ...s, object: field.value, gap: 0 };
  }
  if (u.row) return { ...s, gap: s.gap + 1 };
  if (u.label !== undefined) return s;
  if (u.heading || u.text.length > 80) return undefined;
  return { ...s, gap: s.gap + 1 };
}

function overviewRow(r: Reading, u: Unit, table: Table): Coverage | 'total' | 'off' | 'misaligned' | undefined {
  const cell = (col: Col): string => {
    const i = table.roles.indexOf(col);
    return i >= 0 ? (u.cells[i] ?? '').trim() : '';
  };
  const own = cell('product');
  // «Sum årspremie», «Total pris per år» in whichever column the line starts
  if ((own && TOTAL_ROW.test(own)) || TOTAL_ROW.test((u.cells.find((c) => c.trim() !== '') ?? '').trim())) return 'total';
  // (a PDF row whose cells stand off the table's columns: read by position it would be a guess)
  if (u.lines.some((l) => l.offColumns)) return 'off';
  const product = own || table.lastProduct;
  if (!product) return undefined;
  // a line of labelled fields with no figure where the table has them is not one of its rows
  // («Returadresse: … | Kundenr.: 4471093» at the top of the next page)
  const figureCols = (['sum', 'deductible', 'premium'] as const).filter((c) => table.roles.includes(c));
  if (product.includes(':') && figureCols.length > 0 && figureCols.every((c) => !DIGIT.test(cell(c)))) return undefined;
  // an amount where the table has a name or a place: the row's cells do not stand under the
  // header's columns (a cell left out, or two run together) — no field of it can be trusted
  // (or more cells than the header has columns: «Industrivegen | 14,» where the header has one
  // column for the place — each figure after it would be read one column on)
  if ([own, cell('object'), cell('coverage')].some((c) => BARE_AMOUNT.test(c)) || u.cells.slice(table.roles.length).some((c) => c.trim() !== '')) {
    r.warnUnit(u, `the cells of ${quote(u.cells.filter((c) => c !== '').join(' | '))} do not line up with the columns of the table; not read`);
    return 'misaligned';
  }
  table.lastProduct = product;
  // «Kjøretøy | …»: a column of vehicles names the class of rows whose own names do not («Toyota Hilux 2017»)
  // «Eiendeler» with the coverage «Varer»: the most specific name wins, as in «Eiendeler - Varer»
  const covered = cell('coverage');
  const byName = coverageIndexClass(product, covered);
  const header = table.header?.[table.roles.indexOf('product')];
  const { index_class, known } = byName.known || header === undefined ? byName : rowIndexClass(header).known ? rowIndexClass(header) : byName;
  const c: Coverage = { product };
  const coverage = cell('coverage');
  if (coverage) c.coverage = coverage;
  const notes: string[] = [];
  // «Bil ZT 88120 Volvo XC60 2022» in the product column: the product, the vehicle's registration
  // number (its object) and its model
  const m = !cell('object') && !table.object ? REG_IN_NAME.exec(product) : null;
  const inName = m && namesProduct(m[1]!) ? m : null;
  if (inName) c.product = inName[1]!;
  let object = (inName ? [inName[2]!, inName[3]].filter(Boolean).join(' ') : '') || cell('object') || table.object;
  // «AB 12345 Mercedes-Benz Sprinter»: a vehicle's registration number is its object, the model a note
  const reg = object ? REG_THEN_MODEL.exec(object) : null;
  if (reg) {
    object = reg[1]!;
    notes.push(reg[2]!);
  }
  if (object) c.object = object;
  const sumCell = cell('sum');
  let unread: string[] = [];
  let persons = false;
  if (sumCell) {
    const sum = readSum(sumCell);
    if (sum !== undefined) {
      // «Forsikringsform | Forsikringssum»: «Førsterisiko» in a column of its own makes the sum a first-risk sum
      c.sum = typeof sum === 'string' && u.cells.some((x, i) => table.roles[i] === undefined && FIRST_RISK_CELL.test(x.trim())) ? { first_risk: sum } : sum;
      persons = typeof sum !== 'string' && !('first_risk' in sum);
    } else if (/^fullverdi$/i.test(sumCell)) notes.push('Fullverdi');
    else unread.push(`sum ${quote(sumCell)}`);
  }
  c.index_class = persons ? 'none' : index_class;
  for (const col of ['deductible', 'premium'] as const) {
    const v = cell(col);
    // («-» in a figure's column: none)
    if (!v || v === '-' || v === '–') continue;
    const a = readAmount(v) ?? (/^ingen$/i.test(v) ? '0' : undefined);
    if (a !== undefined) c[col] = a;
    else unread.push(`${col} ${quote(v)}`);
  }
  if (unread.length > 0) {
    notes.push(...unread.map((x) => x.replace(/^\w+ /, '')));
    r.warnUnit(u, `could not read the ${unread.join(', ')} of ${product}${object ? ` (${object})` : ''}`);
    unread = [];
  }
  if (notes.length > 0) c.note = notes.join('; ').replace(/[«»]/g, '');
  if (!known && !persons) r.warnUnit(u, `index class of «${product}» is not known from its name; set to other`);
  return ordered(c);
}

// ---------------------------------------------------------------------------------------------
// G sums in bullets, fields and sentences (the forms: src/parse/g-items.ts)

/**
 * G sums outside tables: bullets and fields («Ansattes død: 12 G», «Erstatning: 20-28 G» under the
 * heading «Medisinsk invaliditet»), a label over its sum («Grunnerstatning ved mén:» … «4,50 G»),
 * sentences («Ved dødsfall utbetales 10 G», «Tap av inntekt fastsettes individuelt»), as items of
 * the product whose section they stand in; and the premium stated after them («Premie per år:
 * kr 27 360», «Premien for … er kr 7 450 per år») or beside the product's name as that product's
 * premium. Not in a letter's part (its sentences announce changes), and only where a product
 * heading or title names the section: a heading that names a law («Lov om
 * yrkesskadeforsikring») or an item («Erstatning ved død») does not start another product.
 */
/** A field's value that is an amount and its currency word, perhaps «per år»: «kr 318 400», «318 400 kroner per år». */
const KRONER_VALUE = /^(?:(?:kr\.?|nok)\s*)?(\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{2}|-))?)(?:\s*(?:kr\.?|kroner))?(?:\s+(?:per|pr\.?|i)\s+år|\s+(?:årlig|årleg))?\.?$/i;
/** A premium's label at the start of a field's value («Årlig premie:», «Årleg premie for ordninga:»). */
const INNER_PREMIUM_LABEL = /^(?:års|(?:årlig|årleg)\s+)?(?:premie|pris)(?:\s+for\s+[A-Za-zÀ-ÖØ-öø-ÿ]+)?\s*:\s*/i;

function readGText(r: Reading, coverages: Coverage[], push: (c: Coverage, u: Unit, items?: Unit[]) => void): void {
  // (nothing to read in a document without a G sum, «Individuelt» or a group of items to price)
  if (!coverages.some((c) => c.items !== undefined) && !r.units.some((u) => u.text.includes('ndividuel') || u.lower.includes('etter loven') || G_FIGURE_HINT.test(u.text))) return;
  let product: string | undefined;
  let sub: string | undefined;
  /** The product's premium read beside its name, waiting for its items. */
  let besidePremium: { value: string; unit: Unit } | undefined;
  const found = new Map<string, { unit: Unit; items: CoverageItem[]; units: Unit[]; premium?: { value: string; unit: Unit } }>();
  const groupOf = (name: string, u: Unit) => {
    let g = found.get(name);
    if (!g) found.set(name, (g = { unit: u, items: [], units: [] }));
    if (besidePremium && g.premium === undefined) g.premium = besidePremium;
    besidePremium = undefined;
    return g;
  };
  /** Coverages read from a table that this reader added items to: their items are put in the document's order at the end. */
  const added = new Set<number>();
  /** The items go to the product's coverage read from a table, else to a group of this reader. */
  const addItems = (items: GItem[], units: Unit[]): void => {
    const existing = coverages.find((c) => c.product === product && c.items !== undefined);
    for (const it of items) {
      const item: CoverageItem = { name: withoutColon(it.name), sum: it.sum };
      // (an item stated again with the same sum — in a sentence and in a table — is one item)
      const have = existing ? existing.items! : (found.get(product!)?.items ?? []);
      if (have.some((x) => sameItem(x, item))) continue;
      if (existing) {
        const i = coverages.indexOf(existing);
        r.atUnit(`coverages[${i}].items[${existing.items!.length}]`, units[units.length - 1]!, it.offset);
        existing.items!.push(item);
        added.add(i);
      } else {
        const g = groupOf(product!, units[units.length - 1]!);
        g.items.push(item);
        g.units.push(units[units.length - 1]!);
      }
    }
    for (const x of units) r.used.add(x);
  };
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    // «Gruppeliv – premie kr 19 260», «Gruppeliv for bedrifter | premie kr 19 260»: the product and its premium, over its items
    // (over G rows, the table reader above has given the premium to the rows' coverage; over other
    // items it waits for them)
    const pp = r.news[u.index] || r.used.has(u) ? undefined : (personProductWithPremium(u) ?? productOverGItems(u, r.units[at + 1]));
    if (pp) {
      product = pp.product;
      sub = undefined;
      const rows = coverages.find((c) => c.product === pp.product && c.items !== undefined && c.premium === pp.premium);
      besidePremium = rows ? undefined : { value: pp.premium, unit: u };
      r.used.add(u);
      continue;
    }
    if (!u.row) {
      const title = titleProduct(u);
      // «Dødsfall» over «Erstatning: 5 G» names an item of the section, not a product of its own
      const itemHeading = product !== undefined && title === undefined && isItemHeading(u, r.units[at + 1]);
      const named = itemHeading ? undefined : (title ?? productHeadingName(u, r.units[at + 1]));
      if (named !== undefined) {
        product = named;
        sub = undefined;
        besidePremium = undefined;
        continue;
      }
      // («Individuelt», «Premie kr 6 880 per år», «Tapt inntekt;Individuelt» have a heading's shape: they are values)
      if (u.heading && u.label === undefined && !onlyIndividual(u.text) && !u.text.includes(';') && premiumOf(u) === undefined) {
        sub = withoutListMark(withoutColon(u.text));
        continue;
      }
    }
    if (r.used.has(u) || r.news[u.index] || product === undefined) continue;
    const v = asField(u);
    // the price after a product's G sums
    const f = fieldOf(v);
    // («Premie: 19 260 kr per år»: the field's value with words after the amount)
    // («Årlig premie: kr 318 400»: the field's amount with its currency word; not «kr 350 per ansatt», a price per person)
    // («Premie» over «Årlig premie: kr 318 400» is one field, «Premie: Årlig premie: kr 318 400»)
    const kroner = f?.col === 'premium' ? KRONER_VALUE.exec(f.value.trim().replace(INNER_PREMIUM_LABEL, '')) : null;
    const price = (f?.col === 'premium' ? (readAmount(f.value) ?? (kroner ? readAmount(kroner[1]!) : undefined)) : undefined) ?? premiumOf(v);
    if (f?.col === 'premium' || price !== undefined) {
      const existing = coverages.find((c) => c.product === product && c.items !== undefined && c.premium === undefined);
      const g = found.get(product);
      // (a second price for a product that has one is left unread, not written over the first)
      if (price !== undefined && (existing || (g && g.premium === undefined))) {
        // (the premium in its place among the coverage's keys, as every reader writes them)
        if (existing) coverages[coverages.indexOf(existing)] = ordered({ ...existing, premium: price });
        else g!.premium = { value: price, unit: u };
        r.used.add(u);
      } else if (f?.col === 'premium' && price === undefined) {
        // (a premium field whose amount could not be read is said, not dropped)
        r.warnUnit(u, `could not read the premium ${quote(f.value)} of ${quote(product)}`);
        r.used.add(u);
      }
      continue;
    }
    if (u.row || u.text.length > 400) continue;
    // a G sum is a figure and «G»: «Gjensidige» and «Gjelder» are not one
    if (!G_FIGURE_HINT.test(u.text)) {
      if (!(u.text.includes('ndividuel') || u.lower.includes('etter lov'))) continue;
      // «Tapt inntekt Individuelt», «Tapt inntekt;Individuelt», «Tap av inntekt fastsettes individuelt.»
      const line = u.text.length <= 100 ? lineEndIndividual(v) : undefined;
      const items = line ? [line] : individualSentences(u.text);
      if (items.length > 0) {
        addItems(items, [u]);
        continue;
      }
      // «Erstatning for tapt inntekt:» over «Individuelt»: the sum on a line of its own
      const named = onlyIndividual(u.text) ? nameAbove(r, at) : undefined;
      if (named) addItems([{ name: named.name, sum: { individual: true }, offset: 0 }], [...named.units, u]);
      continue;
    }
    // «Grunnerstatning ved mén:» / «4,50 G ved 100 % medisinsk invaliditet»: a line that starts with
    // its sum is named by the line above it
    const alone = u.label === undefined && u.text.length <= 100 ? leadingG(u.text) : undefined;
    const above = alone ? nameAbove(r, at) : undefined;
    if (alone && above) {
      addItems([{ name: above.name, sum: alone, offset: 0 }], [...above.units, u]);
      continue;
    }
    const items = gItemsIn(v, sub);
    // («Ved dødsfall utbetales 10 G. Tap av inntekt fastsettes individuelt.»: both kinds in one paragraph)
    if (u.label === undefined && u.text.includes('ndividuel')) items.push(...individualSentences(u.text));
    // «Medisinsk invaliditet over 15 % 4,5 G»: a name and the sum at the end of the line
    if (items.length === 0) {
      const end = lineEndG(u.text);
      if (end) items.push(...end);
    }
    if (items.length > 0) addItems(items, [u]);
  }
  for (const i of added) inDocumentOrder(r, coverages[i]!, i);
  for (const [name, g] of found) {
    const c: Coverage = { product: name, index_class: 'none' };
    if (g.premium) c.premium = g.premium.value;
    c.items = g.items;
    push(c, g.unit, g.units);
  }
}

function sameItem(a: CoverageItem, b: CoverageItem): boolean {
  return a.name.toLowerCase() === b.name.toLowerCase() && JSON.stringify(a.sum) === JSON.stringify(b.sum);
}

/** A coverage's items in the order the document states them (a table's rows are read before the lines around them), their trace with them. */
function inDocumentOrder(r: Reading, c: Coverage, i: number): void {
  const items = c.items!;
  const key = (j: number): string => `coverages[${i}].items[${j}]`;
  const points = items.map((_, j) => r.trace.get(key(j)));
  if (points.some((p) => p === undefined)) return;
  const at = (j: number): [number, number] => [points[j]!.page, points[j]!.line];
  const order = items.map((_, j) => j).sort((a, b) => at(a)[0] - at(b)[0] || at(a)[1] - at(b)[1] || a - b);
  if (order.every((j, k) => j === k)) return;
  c.items = order.map((j) => items[j]!);
  order.forEach((j, k) => r.trace.set(key(k), points[j]!));
}

// ---------------------------------------------------------------------------------------------
// An overview row and the certificate of the same coverage

/**
 * A schedule that lists its coverages in an overview («Oversikt over forsikringsavtalen»: product,
 * place, price) and details each in a certificate section («Forsikringsbevis – Boligbygg …»: sum,
 * deductible) states one coverage twice. A section's coverage is merged into the overview's row
 * when exactly one row is for the same product (and place, where both state one) and no figure
 * differs; otherwise both stay.
 */
function mergeDetails(r: Reading, coverages: Coverage[], sections: ReadonlySet<Coverage>): void {
  const key = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/[^A-Za-zÀ-ÖØ-öø-ÿ0-9]+/g, ' ').trim();
  for (let i = coverages.length - 1; i >= 0; i--) {
    const d = coverages[i]!;
    if (!sections.has(d) || d.items !== undefined || d.sum === undefined) continue;
    // («Arbeidsmaskin - Traktor Kubota M5091» in the overview is the section «Forsikringsbevis Arbeidsmaskin»)
    const rows = coverages.filter(
      (c, j) =>
        j !== i &&
        c.items === undefined &&
        (key(c.product) === key(d.product) || lowerCase(c.product).startsWith(`${lowerCase(d.product)} - `)) &&
        (c.object === undefined || d.object === undefined || key(c.object) === key(d.object)),
    );
    if (rows.length !== 1) continue;
    const row = rows[0]!;
    const fields = ['coverage', 'object', 'sum', 'deductible', 'premium'] as const;
    if (fields.some((k) => row[k] !== undefined && d[k] !== undefined && JSON.stringify(row[k]) !== JSON.stringify(d[k]))) continue;
    for (const k of fields) if (row[k] === undefined && d[k] !== undefined) (row as unknown as Record<string, unknown>)[k] = d[k];
    coverages[coverages.indexOf(row)] = ordered(row);
    coverages.splice(i, 1);
    // the trace of coverages after it moves up by one
    const moved = new Map<string, import('../model/policy.js').TracePoint>();
    for (const [path, t] of r.trace) {
      const m = /^coverages\[(\d+)\](.*)$/.exec(path);
      if (!m) continue;
      const n = +m[1]!;
      r.trace.delete(path);
      if (n === i) continue;
      moved.set(`coverages[${n > i ? n - 1 : n}]${m[2]}`, t);
    }
    for (const [path, t] of moved) r.trace.set(path, t);
  }
}
