/**
 * Coverages listed as items, each naming its product and stating its figures after a colon (a
 * private customer's overview, a web page's «Du har disse forsikringene»):
 *
 *   – Boligforsikring for Kjelsåsveien 61 B, 0488 Oslo: fullverdi, egenandel NOK 5 000, pris NOK 8 940 per år.
 *   – Innboforsikring for samme adresse: forsikringssum NOK 1 200 000, egenandel NOK 3 000, …
 *   – Reiseforsikring Familie: pris NOK 2 190 per år.
 *
 * The product is the item's first word, when the vocabulary knows it as one; the words after it,
 * up to «for» (three at most), its coverage; what follows «for» its place — an address with a
 * postcode, a vehicle's registration number (its model in brackets a note), or «samme adresse»
 * (the place of the item above); anything else
 * there («for hele familien») is not read as a place. The figures are read as sentences are
 * (src/parse/schedule-prose.ts): each by the one role the words before it name. An item with a
 * figure whose role cannot be told is left to the other readers (and their warnings), never
 * half-read here.
 */
import type { Coverage } from '../model/policy.js';
import type { Reading } from './extract.js';
import { namesProduct, rowIndexClass } from './index-class.js';
import { amountsIn } from './amounts.js';
import { G_FIGURE_HINT } from './g-items.js';
import { TOTAL_ROW } from './schedule-names.js';
import { sentenceFigures } from './schedule-prose.js';
import type { Unit } from './units.js';

/** «… for samme adresse»: the place of the item above. */
const SAME_PLACE = /^(?:samme|same)\s+(?:adresse|sted|forsikringssted|stad)$/i;
/** A place after «for»: an address with a postcode. */
const ADDRESS = /^[A-ZÆØÅ][^:]*\d[^:]*,\s*\d{4}\s+\S.*$/;
/** A vehicle after «for»: its registration number («BR 77102»), perhaps its model in brackets after it. */
const VEHICLE = /^([A-ZÆØÅ]{2}\s?\d{4,5})(?:\s*\((.+)\))?$/;
/** What stands before the colon: the first word, up to three more (the coverage), and what follows «for». */
const HEAD = /^(\S+)((?:\s+(?!for\b)\S+){0,3}?)(?:\s+for\s+(.+))?$/;

interface Head {
  product: string;
  coverage?: string;
  object?: string;
  /** A vehicle's model. */
  note?: string;
}

/** A dash between spaces that sets a bullet's fields apart («… - egenandel 10 000 kr - årspris 7 214 kr»). */
const FIELD_DASH = /\s[-–]\s/;
/** A name that goes on after its first word with a preposition («Innbo i hytte», «Innbo på hytta»): one product. */
const NAME_ON = /^(\S+\s+(?:i|på|til|ved)\s+\S+)$/i;

/**
 * «Hytte, 94 m² BRA, fullverdi - egenandel 10 000 kr - årspris 7 214 kr», «Innbo i hytte -
 * forsikringssum 400 000 kr - …»: a bullet with no colon whose fields stand apart by dashes. The
 * product is the name before the first dash (up to a comma: what follows it describes the thing, the
 * note), the fields after it are read as the colon's are. Undefined for any other bullet.
 */
function dashItem(text: string): { head: Head; rest: string } | undefined {
  const dash = FIELD_DASH.exec(text);
  if (!dash || dash.index > 90 || text.includes(':')) return undefined;
  const before = text.slice(0, dash.index).trim();
  const comma = before.indexOf(',');
  const name = (comma < 0 ? before : before.slice(0, comma)).trim();
  if (name.split(' ').length > 3 || DIGITS.test(name) || !namesProduct(name.split(' ')[0]!)) return undefined;
  const head: Head = { product: name };
  if (comma >= 0) head.note = before.slice(comma + 1).trim();
  // (the fields as a sentence's clauses, «10 000 kr» as «kr 10 000»: the sentence's figures have «kr» before them)
  const rest = text.slice(dash.index + dash[0].length).replace(new RegExp(FIELD_DASH.source, 'g'), ', ');
  return { head, rest: rest.replace(KR_AFTER, 'kr $1') };
}
/** A figure with «kr» after it («7 214 kr»). */
const KR_AFTER = /(?<![\d.,])(\d{1,3}(?:[ .]\d{3})+|\d+)\s*kr\b\.?/g;
const DIGITS = /\d/;

/** The item's product, coverage and place, and the text after its colon; undefined when it names no product. */
function listItem(text: string, lastPlace: string | undefined): { head: Head; rest: string } | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return dashItem(text);
  if (colon > 90) return undefined;
  const m = HEAD.exec(text.slice(0, colon).trim());
  if (!m || !namesProduct(m[1]!)) return undefined;
  const head: Head = { product: m[1]! };
  const coverage = m[2]!.trim();
  // («Innbo i hytte: …»: a name that goes on with a preposition is the product whole, no cover level)
  const whole = NAME_ON.exec(`${m[1]!}${m[2]!}`);
  if (whole) head.product = whole[1]!.replace(/\s+/g, ' ');
  else if (coverage !== '') head.coverage = coverage;
  const place = m[3]?.trim();
  if (place !== undefined && SAME_PLACE.test(place)) {
    if (lastPlace !== undefined) head.object = lastPlace;
  } else if (place !== undefined && ADDRESS.test(place)) {
    head.object = place;
  } else if (place !== undefined) {
    const v = VEHICLE.exec(place);
    if (v) head.object = v[1]!;
    if (v?.[2] !== undefined) head.note = v[2];
  }
  return { head, rest: text.slice(colon + 1) };
}

/** One coverage from an item whose every figure has one role, or undefined. */
function itemCoverage(head: Head, rest: string): Coverage | undefined {
  // («- Behandlingsutgifter etter ulykke: inntil 1 G, egenandel 1 000 kroner per ulykke»: a sum in G is a person benefit's,
  // an item of the person insurance the list is under — the G reader's (src/parse/g-items.ts), never a product of its own)
  if (G_FIGURE_HINT.test(rest)) return undefined;
  const figures = sentenceFigures(rest);
  if (figures.length === 0 || figures.some((f) => f.role === 'none' || f.role === 'several' || f.value === undefined)) return undefined;
  const c: Coverage = { product: head.product };
  if (head.coverage !== undefined) c.coverage = head.coverage;
  if (head.object !== undefined) c.object = head.object;
  c.index_class = rowIndexClass(head.product).index_class;
  for (const f of figures) {
    const role = f.role as 'sum' | 'deductible' | 'premium';
    // (a role given two figures: the item is not read)
    if (c[role] !== undefined && c[role] !== f.value) return undefined;
    c[role] = f.value!;
  }
  if (head.note !== undefined) c.note = head.note;
  return c;
}

/** Read the list items no reader took (see above). */
export function readListItems(r: Reading, push: (c: Coverage, u: Unit) => void): void {
  let lastPlace: string | undefined;
  let premiums: string[] = [];
  for (const u of r.units) {
    if (!u.bullet) {
      // (a place is the item above's only within one list)
      if (u.heading || u.row) lastPlace = undefined;
      if (premiums.length > 1) listTotal(r, u, premiums);
      premiums = [];
      continue;
    }
    if (r.used.has(u)) continue;
    const item = listItem(u.text, lastPlace);
    if (item === undefined) continue;
    lastPlace = item.head.object;
    const c = itemCoverage(item.head, item.rest);
    if (c === undefined) continue;
    push(c, u);
    r.used.add(u);
    if (c.premium !== undefined) premiums.push(c.premium);
  }
}

/**
 * «Samlet årspris: 10 210 kr» right under the items whose premiums add up to it: their total, read
 * (taken, so no warning says it was missed). A total of another figure is left to the other readers.
 */
function listTotal(r: Reading, u: Unit, premiums: readonly string[]): void {
  if (u.row || u.text.length > 60 || !TOTAL_ROW.test(u.text.trim())) return;
  const amounts = amountsIn(u.text);
  const sum = premiums.reduce((a, p) => a + Number(p), 0);
  if (amounts.length === 1 && Number(amounts[0]!.value) === sum) r.used.add(u);
}
