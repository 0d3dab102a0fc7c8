/**
 * An overview of premiums whose products stand alone on their lines, each over its place and premium —
 * Gjensidige's «Forsikringsoversikt» for clubs and small businesses, as text copied from its PDF:
 *
 *   Det er avtalt forsikring på følgende                                     Årspremie (kr)
 *   Bygning
 *   Klubbhus Gnr 62 Bnr 14 3370 Vikersund                                           9 412
 *   Ansvar for skade på person og ting                                              1 640
 *   Arbeidsmaskin
 *   Løypemaskin PistenBully 100 2014
 *     Ansvar                                                                        4 870
 *   Forsikringens premie                                                           21 251
 *
 * The sentence that leads into the list names only the premium's column. A product alone on its line
 * («Bygning») is the product of the row under it, whose text is its place and whose figure its
 * premium — never an item with a sum. A row with no product line over it names its own product. A
 * machine's or vehicle's line with no figure («Løypemaskin PistenBully 100 2014») is the object of
 * the covers set in under it, each a coverage with its premium. «Forsikringens premie» ends the list
 * (a total); so does any other line, and the list goes on under the next such sentence (after a page
 * break). The rows of the table style (product, place and premium on one line) are read with the
 * schedule's tables.
 */
import type { Coverage } from '../model/policy.js';
import { readAmount } from './amounts.js';
import type { Reading } from './extract.js';
import { namesProduct, rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';
import { columnOf, ordered, TOTAL_ROW } from './schedule-names.js';
import { LEADS_INTO_LIST } from './schedule-tables.js';
import type { Unit } from './units.js';

type Push = (c: Coverage, u: Unit) => void;

const DIGIT = /\d/;

/** «Det er avtalt forsikring på følgende | Årspremie (kr)»: the sentence, then only the premium's column. */
function leadIn(u: Unit): boolean {
  return u.row && u.cells.length === 2 && columnOf(u.cells[1]!.trim()) === 'premium' && LEADS_INTO_LIST.test(lowerCase(u.cells[0]!.trim()));
}

/** A product's name alone on its line («Bygning», «Arbeidsmaskin»). */
function productAlone(u: Unit | undefined): boolean {
  return u !== undefined && !u.row && u.text.length <= 40 && !DIGIT.test(u.text) && namesProduct(u.text.trim());
}

export function readStackedPremiums(r: Reading, push: Push): void {
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    if (u.text.length > 200 || !u.row || !leadIn(u) || !productAlone(r.units[at + 1])) continue;
    r.used.add(u);
    at = readStack(r, at + 1, push);
  }
}

/** The list from `from` on (see above); the index of its last unit. */
function readStack(r: Reading, from: number, push: Push): number {
  const indexClass = (name: string, v: Unit): Coverage['index_class'] => {
    const c = rowIndexClass(name);
    if (!c.known) r.warnUnit(v, `index class of «${name}» is not known from its name; set to other`);
    return c.index_class;
  };
  let product: string | undefined;
  let thing: string | undefined;
  // (the product's and the machine's lines are the list's only once a row under them is read: else
  // they are left to the other readers, and to the warning for lines no reader took)
  let pending: Unit[] = [];
  const read = (c: Coverage, v: Unit): void => {
    push(ordered(c), v);
    for (const p of [...pending, v]) r.used.add(p);
    pending = [];
  };
  let at = from;
  for (; at < r.units.length; at++) {
    const v = r.units[at]!;
    if (!v.row) {
      if (productAlone(v)) {
        product = v.text.trim();
        thing = undefined;
      } else if (product !== undefined && thing === undefined && v.text.length <= 60) thing = v.text.trim();
      else break;
      pending.push(v);
      continue;
    }
    const [name, figure] = v.cells.map((c) => c.trim());
    const premium = v.cells.length === 2 && name && figure ? readAmount(figure) : undefined;
    if (premium === undefined) break;
    if (TOTAL_ROW.test(name!)) {
      r.used.add(v);
      break;
    }
    if (v.lines[0]!.setIn && product !== undefined && thing !== undefined) read({ product, object: thing, coverage: name!, index_class: 'none', premium }, v);
    else if (product !== undefined && thing === undefined) {
      read({ product, object: name!, index_class: indexClass(product, v), premium }, v);
      product = undefined;
    } else if (product === undefined && namesProduct(name!)) read({ product: name!, index_class: indexClass(name!, v), premium }, v);
    else break;
  }
  return at - 1;
}
