/**
 * Names in a renewal: which schedule row a letter's deductible change is for, and which row of
 * the new schedule is which row of the old one.
 *
 * Names are compared as words: case-, whitespace- and punctuation-insensitive
 * («Pluss Brann, vann og tyveri/ran» = «pluss brann vann og tyveri ran»).
 *
 * **Product.** A letter's product and a schedule row's product are the same product when one
 * name is the other or starts with it, word by word: «Næringsbygg» (letter) is the product of a
 * row «Næringsbygg Pluss», and «Borettslag og sameie Pluss» (letter) is for a row «Borettslag og
 * sameie». The words beyond the shorter name are a level or coverage («Pluss»): they join the
 * coverage of that side. When the names are not equal, both must fall in the same row of THE
 * index-class table (src/parse/index-class.ts) — «Næringsbygg» is not the product of a row
 * «Næringsbygg ansvar», which the table files as liability.
 *
 * **Coverage.** A change names a coverage («Pluss Brann og vann», «Kasko») or none. Against what
 * the row states (its «Dekning», plus the words above):
 * - the change names none → it is for the whole product: `sure`;
 * - the row states the same coverage, or a more specific one that starts with the change's → `sure`;
 * - the row states none, or less than the change's (a row «Pluss» against a change «Pluss Brann og
 *   vann») → `maybe`: the row does not say whether its deductible is the one the change is about;
 * - the row states another coverage → `no`.
 */
import { normaliseSpaces } from '../core/norsk.js';
import { ruleFor } from '../parse/index-class.js';

export type Fit = 'sure' | 'maybe' | 'no';

/** The words of a name, lower-case, without punctuation. */
export function nameWords(s: string | undefined): string[] {
  if (s === undefined) return [];
  return normaliseSpaces(s)
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The comparison key of a name. */
export function nameKey(s: string | undefined): string {
  return nameWords(s).join(' ');
}

function startsWith(a: string[], prefix: string[]): boolean {
  return prefix.length <= a.length && prefix.every((w, i) => a[i] === w);
}

export interface ProductMatch {
  /** Words of the row's product beyond the change's product (a level: «pluss»). */
  rowExtra: string[];
  /** Words of the change's product beyond the row's product. */
  changeExtra: string[];
}

/** Whether a letter's product names a schedule row's product (see the module comment). */
export function matchProduct(changeProduct: string, rowProduct: string): ProductMatch | undefined {
  const a = nameWords(changeProduct);
  const b = nameWords(rowProduct);
  if (a.length === 0 || b.length === 0) return undefined;
  let m: ProductMatch;
  if (startsWith(b, a)) m = { rowExtra: b.slice(a.length), changeExtra: [] };
  else if (startsWith(a, b)) m = { rowExtra: [], changeExtra: a.slice(b.length) };
  else return undefined;
  if (m.rowExtra.length + m.changeExtra.length > 0 && ruleFor(changeProduct) !== ruleFor(rowProduct)) return undefined;
  return m;
}

export interface CoverageFit {
  fit: Fit;
  /** The coverage the change is for, as words (empty: the whole product). */
  changeCoverage: string[];
  /** The coverage the row states, as words (empty: none). */
  rowCoverage: string[];
}

/** How a change (product, coverage) fits a schedule row (product, coverage); undefined when the product differs. */
export function fitChange(change: { product: string; coverage?: string | undefined }, row: { product: string; coverage?: string | undefined }): CoverageFit | undefined {
  const pm = matchProduct(change.product, row.product);
  if (!pm) return undefined;
  const changeCoverage = [...pm.changeExtra, ...nameWords(change.coverage)];
  const rowCoverage = [...pm.rowExtra, ...nameWords(row.coverage)];
  let fit: Fit;
  if (changeCoverage.length === 0) fit = 'sure';
  else if (startsWith(rowCoverage, changeCoverage)) fit = 'sure';
  else if (startsWith(changeCoverage, rowCoverage)) fit = 'maybe';
  else fit = 'no';
  return { fit, changeCoverage, rowCoverage };
}
