/**
 * Specified things of a cover («Spesifiserte verdisaker (inngår i forsikringssummen for Verdisaker)» over
 * «Gjenstand   Forsikringssum» and a row per thing, «Gullring med diamant 0,5 ct   kr 68 000»): a private
 * certificate lists valuables, instruments or art insured one by one within a cover's sum. Each row is an
 * item of that cover — the product the heading's bracket names after «for», else the product the heading
 * names after «Spesifiserte» — never a product of its own. Where no coverage read has that name, a warning.
 */
import type { Coverage, CoverageItem } from '../model/policy.js';
import type { Reading } from './extract.js';
import { readSum } from './amounts.js';
import { columnOf } from './schedule-names.js';
import { quote, withoutColon, type Unit } from './units.js';
import { lowerCase } from './lower.js';

/** «Spesifiserte verdisaker», nynorsk «Spesifiserte/Spesifiserte gjenstandar», with a bracket after it. */
const SPECIFIED_HEADING = /^spesifisert[e]?\s+([^()]+?)\s*(?:\(([^()]*)\))?$/;
/**
 * «Verdisak – spesifikasjon», «Verdisaker: spesifikasjon», «Spesifikasjon av verdisaker», «Spesifikasjon – Verdisak»:
 * a heading that names the cover its list specifies (group 1 or 2, as the document writes it).
 */
const SPECIFICATION_HEADING = /^(?:([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ ]{2,40}?)\s*[–—:-]\s*spesifikasjon|spesifikasjon\s+(?:av|over|for|[–—:-])\s*([A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ ]{2,40}?))$/iu;
/** «… for Verdisaker» in the heading's bracket: the cover the things are within. */
const FOR_PRODUCT = /\bfor\s+(.+)$/;
/** The first column's header of such a list: the thing insured, in a generic word. */
const THING_HEADER = /^(?:gjenstand|gjenstander|gjenstandar|eiendel|eiendeler|eigedel|eigedelar|beskrivelse|skildring)$/;

export interface SpecifiedList {
  /** The cover's name as the heading gives it. */
  target: string;
  heading: Unit;
  items: Array<{ item: CoverageItem; unit: Unit }>;
}

/** The lists of specified things in the document, their units marked read (before the tables take their rows as products). */
export function readSpecifiedLists(r: Reading): SpecifiedList[] {
  const lists: SpecifiedList[] = [];
  for (let at = 0; at + 1 < r.units.length; at++) {
    const u = r.units[at]!;
    if (u.row || u.label !== undefined || r.used.has(u)) continue;
    const named = SPECIFICATION_HEADING.exec(withoutColon(u.text.trim()));
    const m = named ? null : SPECIFIED_HEADING.exec(withoutColon(u.lower.trim()));
    if (!m && !named) continue;
    const header = r.units[at + 1]!;
    // («Verdisak – spesifikasjon» over «Gullkjede ........ 23 000 kr»: the things' rows right under the heading, no header)
    const headed = header.row && header.cells.length === 2 && THING_HEADER.test(lowerCase(header.cells[0]!.trim())) && columnOf(header.cells[1]!.trim()) === 'sum';
    if (!headed && !named) continue;
    const items: SpecifiedList['items'] = [];
    let k = headed ? at + 2 : at + 1;
    for (; k < r.units.length; k++) {
      const row = r.units[k]!;
      if (!row.row || row.cells.length !== 2) break;
      const sum = readSum(row.cells[1]!.trim());
      if (sum === undefined) break;
      items.push({ item: { name: row.cells[0]!.trim(), sum }, unit: row });
    }
    if (items.length === 0) continue;
    // the cover's name in the document's own case: the bracket's words after «for», else the heading's after «Spesifiserte»
    const text = withoutColon(u.text.trim());
    if (named) {
      r.used.add(u);
      if (headed) r.used.add(header);
      for (const x of items) r.used.add(x.unit);
      lists.push({ target: (named[1] ?? named[2])!.trim(), heading: u, items });
      at = k - 1;
      continue;
    }
    const bracket = m![2] !== undefined ? FOR_PRODUCT.exec(text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')).trim())?.[1] : undefined;
    const target = (bracket ?? text.slice(text.indexOf(' ') + 1).replace(/\s*\(.*$/, '')).trim();
    r.used.add(u).add(header);
    for (const x of items) r.used.add(x.unit);
    lists.push({ target, heading: u, items });
    at = k - 1;
  }
  return lists;
}

/** Each list's things as items of the one coverage its heading names; a warning where none, or more than one, has that name. */
export function attachSpecifiedLists(r: Reading, coverages: Coverage[], lists: SpecifiedList[]): void {
  for (const list of lists) {
    const name = lowerCase(list.target);
    const matches = coverages.map((c, i) => [c, i] as const).filter(([c]) => lowerCase(c.product) === name);
    if (matches.length !== 1) {
      r.warnUnit(list.heading, `the specified things under ${quote(list.heading.text.trim())} are of ${matches.length === 0 ? 'no cover read' : 'more than one cover'} named ${quote(list.target)}; not read`);
      continue;
    }
    const [c, i] = matches[0]!;
    const before = c.items?.length ?? 0;
    c.items = [...(c.items ?? []), ...list.items.map((x) => x.item)];
    list.items.forEach((x, j) => r.atUnit(`coverages[${i}].items[${before + j}]`, x.unit));
  }
}
