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

/** The item's product, coverage and place, and the text after its colon; undefined when it names no product. */
function listItem(text: string, lastPlace: string | undefined): { head: Head; rest: string } | undefined {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 90) return undefined;
  const m = HEAD.exec(text.slice(0, colon).trim());
  if (!m || !namesProduct(m[1]!)) return undefined;
  const head: Head = { product: m[1]! };
  const coverage = m[2]!.trim();
  if (coverage !== '') head.coverage = coverage;
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
  for (const u of r.units) {
    if (!u.bullet) {
      // (a place is the item above's only within one list)
      if (u.heading || u.row) lastPlace = undefined;
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
  }
}
