/**
 * A renewal letter that lists each product as two lines: the product, its coverage level and its
 * place, then a line of labelled figures split by «·» or «|»:
 *
 *   Husforsikring Premium, Hagelia 19
 *   Egenandel: kr 8 000 · Pris: kr 14 120 (i fjor kr 13 560)
 *
 * The product is the first line's first word, when the index-class table knows it; the words after
 * it (three at most) its coverage; what follows the comma its place — with a figure in it (an
 * address, a registration number), else the pair is left to the other readers. Each figure is read
 * by the column its label names (sum, deductible, premium); a bracket that gives last year's figure
 * («(i fjor kr 13 560)») is no part of it. A value that is no amount («se vilkår») is a warning and
 * no figure; «Fullverdi» states no sum. The coverage is a schedule row like any other
 * (src/parse/schedule.ts runs this reader with the others).
 */
import type { Coverage } from '../model/policy.js';
import { cellAmounts } from './amounts.js';
import type { Reading } from './extract.js';
import { namesProduct, rowIndexClass } from './index-class.js';
import { columnOf, figureWhen } from './schedule-names.js';
import { quote, type Unit } from './units.js';
import { follows } from './translations.js';
import { THING_FACT_LABELS } from './vocabulary.js';

const THING_FACTS: ReadonlySet<string> = new Set(THING_FACT_LABELS);

/**
 * The first line: a product word, up to three capitalised words (its level), and a place after a comma — or
 * after a dash, as a bulleted list writes it («• Husforsikring Pluss – Storgata 3, 8300 Svolvær»).
 */
const HEAD = /^([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ-]+)((?:\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ-]*){0,3})(?:(?:,\s*|\s+[–-]\s+)([^,:]*\d[^:]{0,50}))?$/;
/**
 * The pairs of the second line: «Label: value», split by «·» or «|», or written as sentences, each pair ending
 * in a full stop («Forsikringssum: Fullverdi. Egenandel: kr 8 000. Pris per år: kr 11 236.»).
 */
const PAIR_SPLIT = /\s+[·|]\s+|\.\s+(?=[A-ZÆØÅ][^:.]{1,30}:)/;
/** The full stop after a sentence's last pair («Pris per år: kr 11 236.»): no part of the value. */
const FINAL_STOP = /(?<=[\d)a-zæøå])\.$/;
/** «kr 380 000 (indeksreguleres ikke)»: a sum the bracket says is not index-regulated. */
const NOT_INDEXED_BRACKET = /\s*\((?:indeksreguleres|indeksregulerast)\s+(?:ikke|ikkje)\)$/i;
const PAIR = /^([A-Za-zÀ-ÖØ-öø-ÿ][^:]{1,30}):\s*(.+)$/;
/** «(i fjor kr 13 560)», «(tidligere kr 3 300)»: last year's figure beside this year's. */
const LAST_YEAR = /\s*\((?:i\s+fjor|i\s+fjar|tidligere|tidlegare|før|forrige\s+år)\b[^()]*\)\s*$/i;
/** «kr 14 120 per år», «kr 14 120/år»: the period of a price. */
const PER_YEAR = /\s*(?:per|pr\.?|i)\s+år$|\s*\/\s*år$/i;
const FULL_VALUE = /^fullverdi$/i;
const DIGIT = /\d/;

type Role = 'sum' | 'deductible' | 'premium';

interface Head {
  product: string;
  coverage?: string;
  object?: string;
}

/** The first line's product, coverage and place; undefined when it is not one. */
function headOf(u: Unit): Head | undefined {
  if (u.row || u.label !== undefined || u.text.length > 90) return undefined;
  const m = HEAD.exec(u.text.trim());
  if (!m || !namesProduct(m[1]!)) return undefined;
  const head: Head = { product: m[1]! };
  const coverage = m[2]!.trim();
  if (coverage !== '') head.coverage = coverage;
  if (m[3] !== undefined) head.object = m[3].trim();
  return head;
}

/** The units of the second line: one, or the fields src/parse/units.ts split from a line at its «|». */
function lineUnits(units: readonly Unit[], at: number): Unit[] {
  const first = units[at];
  if (first === undefined) return [];
  const out = [first];
  const l = first.lines[0]!;
  for (let i = at + 1; i < units.length; i++) {
    const m = units[i]!.lines[0]!;
    if (m.page !== l.page || m.line !== l.line) break;
    out.push(units[i]!);
  }
  return out;
}

/** The second line's pairs, each with the column its label names; undefined when a pair names none or fewer than two stand there. */
export function pairsOf(line: readonly Unit[]): Array<{ role: Role; value: string; unit: Unit }> | undefined {
  const parts =
    line.length > 1 ? line.map((u) => ({ text: u.text, unit: u })) : line.flatMap((u) => (u.row ? u.cells.filter((c) => c.trim() !== '') : u.text.split(PAIR_SPLIT)).map((text) => ({ text, unit: u })));
  if (parts.length < 2) return undefined;
  const out: Array<{ role: Role; value: string; unit: Unit }> = [];
  for (const { text, unit } of parts) {
    const m = PAIR.exec(text.trim());
    if (!m) return undefined;
    // («Ny pris», «Pris i år»: this year's; «Pris i fjor», «Tidligere pris»: last year's — the words around the column's name say when)
    const when = columnOf(m[1]!) === undefined ? figureWhen(m[1]!) : undefined;
    const last = when?.when === 'old';
    // («Pris nå» beside a new figure is the old one: which, the line does not say — no pair read)
    const col = columnOf(m[1]!) ?? (when?.when === 'new' || when?.when === 'old' ? when.col : undefined);
    if (col !== 'sum' && col !== 'deductible' && col !== 'premium') return undefined;
    // (a pair of last year's figure is part of the line, and no value of this year's coverage)
    if (!last) out.push({ role: col, value: m[2]!.trim().replace(FINAL_STOP, ''), unit });
  }
  return out.length > 0 ? out : undefined;
}

/** A pair's value as one amount (last year's figure and the period left out); undefined when it is none. */
function amountOf(value: string): string | undefined {
  const v = value.replace(LAST_YEAR, '').replace(PER_YEAR, '').trim();
  const amounts = cellAmounts(v);
  return amounts?.length === 1 ? amounts[0] : undefined;
}

/**
 * A price list without a header row: one line a product, its place and this year's price, last
 * year's in brackets — «Husforsikring, Lia 4, 7500 Stjørdal    kr 14 120 (kr 13 560)». Only the
 * bracketed figure beside it makes the first a price (a lone figure could be a sum as well).
 */
const PRICE_LINE = /^(.+?)\s+(kr\.?\s*\d[\d\u00a0 .]*(?:,\d{2}|,-)?)\s*\((?:(?:i\s+)?(?:fjor|fjar|(?:19|20)\d\d)\s*:?\s*|tidligere:?\s+)?kr\.?\s*\d[\d\u00a0 .]*(?:,\d{2}|,-)?\)$/i;
/** Its head: the product, up to three capitalised words (its level), and a place with a figure after a comma. */
const PRICE_HEAD = /^([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ-]+)((?:\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ-]*){0,3})(?:,\s*([^:()]*\d[^:()]{0,60}))?$/;

/**
 * A price line's text with its place after a comma: a row whose columns are set apart by spaces
 * («Villa   Skogveien 4   kr 12 460   (i 2024: kr 11 320)») has its place as a cell of its own.
 */
function priceLineText(u: Unit): string {
  const c = u.cells;
  if (u.row && c.length >= 3 && /\d/.test(c[1]!) && !/^kr\b/i.test(c[1]!) && !/\d/.test(c[0]!)) return `${c[0]}, ${c.slice(1).join(' ')}`;
  return u.text.trim();
}

/**
 * A price list of a letter written as questions and answers: the product and its place, a colon, and the
 * price for a year — «Villa, Granveien 3, 1410 Kolbotn: 9 820 kroner per år». Only the period after the
 * figure makes it a price (a figure after a place alone could be the sum); the place must hold a figure
 * (an address), as in PRICE_HEAD. Last year's price may follow in brackets («… 14 210 kroner per år (i fjor
 * 13 480)»): it is left out.
 */
const PRICE_PER_YEAR = /^(.+?):\s*((?:kr\.?\s*|nok\s*)?\d[\d\u00a0 .]*(?:,\d{2}|,-)?(?:\s*(?:kr\.?|kroner|nok))?)\s*(?:per|pr\.?|i)\s+år(?:et)?\.?$/i;

const YEAR_END = /år(?:et)?\.?$/;

/**
 * The text before a price line's figure and the figure, in either shape (PRICE_LINE, PRICE_PER_YEAR); null
 * when none. A line with a label of its own is only the yearly shape («Villa, Granveien 3, …: 9 820 kroner
 * per år»: the product and place are the label).
 */
function priceParts(u: Unit): [string, string] | null {
  const text = priceLineText(u);
  // («Husforsikring, Strandvegen 7: 14 210 kroner per år (i fjor 13 480)»: last year's price in brackets after the period is none of this year's)
  const plain = text.endsWith(')') ? text.replace(LAST_YEAR, '') : text;
  // (a cheap test first: the year's period at the end, the place's comma and the colon before it)
  const yearly = plain.includes(',') && plain.includes(':') && YEAR_END.test(plain) ? PRICE_PER_YEAR.exec(plain) : null;
  const m = yearly ?? (u.label === undefined ? PRICE_LINE.exec(text) : null);
  return m ? [m[1]!, m[2]!] : null;
}

/** The coverage of a price line, or undefined when the line is none. */
export function priceLineOf(u: Unit): Coverage | undefined {
  // (both a price line's patterns hold a digit in the price, and the line's text is the unit's, its cells' too: a unit with no
  // digit is no price line — the most of a letter's units, passed by before the patterns)
  if (u.text.length > 120 || !DIGIT.test(u.text)) return undefined;
  const m = priceParts(u);
  const h = m ? PRICE_HEAD.exec(m[0].trim()) : null;
  if (!m || !h || !namesProduct(h[1]!)) return undefined;
  const premium = amountOf(m[1]);
  if (premium === undefined) return undefined;
  const c: Coverage = { product: h[1]! };
  const coverage = h[2]!.trim();
  if (coverage !== '') c.coverage = coverage;
  if (h[3] !== undefined) c.object = h[3].trim();
  c.premium = premium;
  c.index_class = rowIndexClass(h[1]!).index_class;
  return c;
}

/** Read the two-line products and the price lines no reader took (see above). */
export function readLetterProducts(r: Reading, push: (c: Coverage, u: Unit) => void): void {
  for (const u of r.units) {
    const c = r.used.has(u) ? undefined : priceLineOf(u);
    if (!c) continue;
    push(c, u);
    r.used.add(u);
  }
  for (let at = 0; at + 1 < r.units.length; at++) {
    const u = r.units[at]!;
    // (a product line is read only over its pairs «Label: value», each with its colon, on the line right under it or under
    // the thing's fact below it: where neither has a colon, the line is no product line of this reader's, asked no more)
    const head = r.used.has(u) || !(r.units[at + 1]!.text.includes(':') || r.units[at + 2]?.text.includes(':')) ? undefined : headOf(u);
    // («• Fritidsbåt – Askeladden 21» / «Båthavn: Kabelvåg småbåthavn, plass B-14» / the pairs: a fact of the thing
    // between the product line and its figures is the row's note, never its place)
    const fact = head ? thingFact(r, at + 1) : undefined;
    if (fact !== undefined) at++;
    const line = head ? lineUnits(r.units, at + 1) : [];
    const pairs = line.some((x) => r.used.has(x)) ? undefined : pairsOf(line);
    if (!head || !pairs || new Set(pairs.map((p) => p.role)).size !== pairs.length) {
      if (fact !== undefined) at--;
      continue;
    }
    at += line.length;
    // («Villa» / «Forsikringssum: kr 5 200 000    Egenandel: kr 8 000» / «Premie: kr 9 400»: a field right under the pairs, of a
    // column they do not state, is the same product's — not a record of its own)
    for (let below = pairBelow(r, at); below && !pairs.some((p) => p.role === below!.role); below = pairBelow(r, at)) {
      pairs.push(below);
      line.push(below.unit);
      at++;
    }
    const c = coverageOf(r, head, pairs);
    if (fact !== undefined) {
      c.note = fact.text.trim();
      r.used.add(fact);
    }
    push(c, u);
    r.used.add(u);
    for (const x of line) r.used.add(x);
  }
}

/** The unit at `at` when it is a fact of the thing insured under its label («Båthavn: …», «Kjørelengde: …»), on the line right under the unit above; undefined otherwise. */
function thingFact(r: Reading, at: number): Unit | undefined {
  const u = r.units[at];
  const above = r.units[at - 1];
  if (!u || !above || u.row || u.label === undefined || r.used.has(u) || !follows(above.lines[above.lines.length - 1]!, u.lines[0]!)) return undefined;
  return THING_FACTS.has(u.label.trim().toLowerCase().replace(/:$/, '')) ? u : undefined;
}

/** The unit after `at` as one «Label: value» pair of a figure's column, on the line right under (no blank line); undefined otherwise. */
function pairBelow(r: Reading, at: number): { role: Role; value: string; unit: Unit } | undefined {
  const u = r.units[at + 1];
  const above = r.units[at]!.lines[r.units[at]!.lines.length - 1]!;
  if (!u || u.row || u.label === undefined || r.used.has(u) || !follows(above, u.lines[0]!)) return undefined;
  const m = PAIR.exec(u.text.trim());
  const col = m ? columnOf(m[1]!) : undefined;
  return col === 'sum' || col === 'deductible' || col === 'premium' ? { role: col, value: m![2]!.trim(), unit: u } : undefined;
}

/** The coverage of a product line and its pairs; a value that is no amount is a warning. */
function coverageOf(r: Reading, head: Head, pairs: Array<{ role: Role; value: string; unit: Unit }>): Coverage {
  const c: Coverage = { product: head.product };
  if (head.coverage !== undefined) c.coverage = head.coverage;
  if (head.object !== undefined) c.object = head.object;
  c.index_class = rowIndexClass(head.product).index_class;
  for (const p of pairs) {
    if (p.role === 'sum' && FULL_VALUE.test(p.value)) continue;
    // («kr 380 000 (indeksreguleres ikke)»: the sum stays as it is at renewal, no index applies)
    const unindexed = p.role === 'sum' && NOT_INDEXED_BRACKET.test(p.value);
    if (unindexed) c.index_class = 'none';
    const v = amountOf(unindexed ? p.value.replace(NOT_INDEXED_BRACKET, '') : p.value);
    if (v === undefined) r.warnUnit(p.unit, `could not read the ${p.role} ${quote(p.value)} of ${head.product}`);
    else c[p.role] = v;
  }
  return c;
}
