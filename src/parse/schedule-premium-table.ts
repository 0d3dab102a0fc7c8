/**
 * A staff document's premium table under its G tables: the products were stated above, each over
 * its items, and a table of their premiums follows on its own.
 *
 *   «Premie                  Antall   Pris per år»
 *   «Gruppeliv               9        7 128»
 *   «Ulykke heltid           9        4 410»
 *   «Behandlingsforsikring   9       29 520»
 *
 * Each row's premium joins the product of that name above («Ulykke heltid» is the product headed
 * «Ulykke (heltid og fritid)»: a heading's bracket says what the product covers); a product only in
 * the premium table is a coverage of its own. The count column is the persons the price is for,
 * never a sum (read as G under the G header above, it was a wrong value).
 */
import type { Coverage } from '../model/policy.js';
import { KRONER_ONLY, readAmount } from './amounts.js';
import type { Reading } from './extract.js';
import { namesProduct, rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';
import { columnOf, ordered, TOTAL_ROW } from './schedule-names.js';
import { isTotal } from './unread.js';
import { quote, withoutColon, type Unit } from './units.js';

type Push = (c: Coverage, u: Unit, items?: Unit[]) => void;

const DIGIT = /\d/;
const LETTER = /[A-Za-zÀ-ÖØ-öø-ɏ]/u;
/** A count cell: the number of persons a price is for («9», «12»). */
const COUNT = /^\d{1,5}$/;

/** The cells of a row, trimmed, without the empty ones. */
function filled(u: Unit): string[] {
  return u.cells.map((c) => c.trim()).filter((c) => c !== '');
}

/**
 * «Premie | Antall | Pris per år», «Premie | Årspremie»: a header whose first cell names premiums
 * (the rows are what is priced) and whose last cell is the premium column. Cheap tests first: a
 * header has no figures and begins with «P» or «Å».
 */
export function premiumTableHeader(u: Unit): boolean {
  if (!u.row || DIGIT.test(u.text)) return false;
  const first = u.lower.charCodeAt(0);
  if (first !== 112 /* p */ && first !== 229 /* å */) return false;
  const cells = filled(u);
  if (cells.length < 2 || cells.length > 4) return false;
  if (columnOf(withoutColon(cells[0]!)) !== 'premium' || columnOf(cells[cells.length - 1]!) !== 'premium') return false;
  // (the columns between say how many are priced, nothing else: «Antall», «Antall personer»)
  return cells.slice(1, -1).every((c) => /^antall\b/i.test(c));
}

/** A row of the table: the product's name, its count (if any) and its premium; undefined for any other row. */
function premiumRow(u: Unit, width: number): { name: string; premium: string } | undefined {
  if (!u.row) return undefined;
  const cells = filled(u);
  if (cells.length < 2 || cells.length > width) return undefined;
  const name = cells[0]!;
  if (!LETTER.test(name) || DIGIT.test(name)) return undefined;
  const premium = readAmount(cells[cells.length - 1]!);
  if (premium === undefined || !cells.slice(1, -1).every((c) => COUNT.test(c))) return undefined;
  return { name: withoutColon(name), premium };
}

/** A name's words in lower case, brackets and «og» aside: «Ulykke (heltid og fritid)» → ulykke, heltid, fritid. */
function words(name: string): string[] {
  return lowerCase(name)
    .replace(/[()[\],/–-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== 'og');
}

/**
 * The coverages a premium row's name is: the one of the same name, else those whose name is the
 * row's first word with a bracket that holds the row's other words («Ulykke (heltid og fritid)» for
 * «Ulykke heltid»). More than one is said, not chosen.
 */
function productsNamed(coverages: readonly Coverage[], name: string): number[] {
  const want = lowerCase(name);
  const same = coverages.flatMap((c, i) => (c.object === undefined && lowerCase(c.product) === want ? [i] : []));
  if (same.length > 0) return same;
  const w = words(name);
  // («Yrkesskadeforsikring: kr 46 170» for the product headed «Yrkesskadeforsikring (lovpålagt)»: the heading's bracket only says more)
  const bare = coverages.flatMap((c, i) => (c.object === undefined && c.product.includes('(') && lowerCase(c.product.slice(0, c.product.indexOf('(')).trim()) === want ? [i] : []));
  if (bare.length > 0) return bare;
  return coverages.flatMap((c, i) => {
    const open = c.product.indexOf('(');
    if (c.object !== undefined || open < 0 || w.length < 2) return [];
    const base = words(c.product.slice(0, open));
    const inside = new Set(words(c.product.slice(open)));
    const fits = base.length === 1 && base[0] === w[0] && w.slice(1).every((x) => inside.has(x));
    return fits ? [i] : [];
  });
}

/**
 * A premium stated by a product's name (a premium table's row, a premium line): it joins the product of that name among
 * `coverages` (replaced by a copy with the premium), or is a coverage of its own; two products it could be, or a product
 * with another premium already, is a warning and nothing is read.
 */
function priceProduct(r: Reading, u: Unit, coverages: Coverage[], push: Push, name: string, premium: string): void {
  const found = productsNamed(coverages, name);
  if (found.length > 1) {
    r.warnUnit(u, `${quote(u.text)}: the premium ${premium} may be that of ${found.map((i) => quote(coverages[i]!.product)).join(' or ')}; not read`);
    return;
  }
  const i = found[0];
  if (i === undefined) {
    push(ordered({ product: name, index_class: rowIndexClass(name).index_class, premium }), u);
    return;
  }
  const c = coverages[i]!;
  if (c.premium !== undefined && c.premium !== premium) {
    r.warnUnit(u, `${quote(u.text)}: ${quote(c.product)} has the premium ${c.premium} above; the premium ${premium} was not read`);
    return;
  }
  coverages[i] = ordered({ ...c, premium });
}

/**
 * Reads the premium table whose header is `header`: each row's premium joins its product among
 * `coverages` (replaced by a copy with the premium), or is a coverage of its own. The table ends at the first row of another shape (a total row is read and ends it).
 */
export function readPremiumTable(r: Reading, header: Unit, coverages: Coverage[], push: Push): void {
  const width = filled(header).length;
  r.used.add(header);
  for (let at = header.index + 1; at < r.units.length; at++) {
    const u = r.units[at]!;
    if (!u.row && u.text.trim() === '') continue;
    const row = premiumRow(u, width);
    if (row === undefined) {
      // («Sum | 40 058», «Totalt | 41 058»: the table's total, not a product's)
      if (u.row && (TOTAL_ROW.test(filled(u)[0]!) || isTotal(filled(u)[0]!))) r.used.add(u);
      return;
    }
    r.used.add(u);
    if (TOTAL_ROW.test(row.name) || isTotal(row.name)) return;
    priceProduct(r, u, coverages, push, row.name, row.premium);
  }
}

/** «Årspremie 2025», «Premie per år», «Pris»: a premium's heading, perhaps with its year. */
const PREMIUM_HEADING = /^(?:års)?(?:premie|premien|pris|prisen)(?:\s+(?:per|pr\.?)\s+år)?(?:\s+(?:19|20)\d\d)?:?$/i;

/** «Yrkesskadeforsikring: kr 46 170»: a line of a product's name and its price alone; undefined for any other line. */
function premiumLine(u: Unit | undefined): { name: string; premium: string } | undefined {
  if (u === undefined || u.row || u.label === undefined || DIGIT.test(u.label) || !namesProduct(u.label.trim())) return undefined;
  const value = u.text.slice(u.text.indexOf(':') + 1).trim();
  const premium = KRONER_ONLY.test(value) ? readAmount(value) : undefined;
  return premium === undefined ? undefined : { name: u.label.trim(), premium };
}

/** Whether `u` is a premium's heading over lines of a product's name and its price («Årspremie 2025» over «Gruppelivsforsikring: kr 28 940»). */
export function premiumLinesHeading(u: Unit, next: Unit | undefined): boolean {
  return !u.row && u.text.length < 30 && PREMIUM_HEADING.test(u.text.trim()) && premiumLine(next) !== undefined;
}

/**
 * The premium lines under a premium's heading, under the G tables of a staff document:
 *
 *   «Årspremie 2025»
 *   «Yrkesskadeforsikring: kr 46 170»
 *   «Gruppelivsforsikring: kr 28 940»
 *
 * each the premium of the product of that name above, as a premium table's rows are (readPremiumTable) — never
 * an item of the last product in kroner. The units read, for the caller to pass.
 */
export function readPremiumLines(r: Reading, heading: Unit, coverages: Coverage[], push: Push): Unit[] {
  const read: Unit[] = [heading];
  r.used.add(heading);
  for (let at = heading.index + 1; at < r.units.length; at++) {
    const u = r.units[at]!;
    const line = premiumLine(u);
    if (line === undefined) break;
    read.push(u);
    r.used.add(u);
    priceProduct(r, u, coverages, push, line.name, line.premium);
  }
  return read;
}
