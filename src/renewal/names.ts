/**
 * Names in a renewal: which schedule row a letter's deductible change is for, and which row of
 * the new schedule is which row of the old one.
 *
 * Names are compared as words: case-, whitespace- and punctuation-insensitive
 * («Pluss Brann, vann og tyveri/ran» = «pluss brann vann og tyveri ran»).
 *
 * **Product.** A schedule row «Eiendeler - Varer» or «Eiendeler - Maskiner, inventar og løsøre» is
 * of the product Eiendeler: the part after the dash names the objects, not a coverage (so a change
 * for «Eiendeler | Pluss …» applies to both rows, unless a row states another coverage).
 * A letter's product and a schedule row's product are the same product when one
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
    .split(/[^A-Za-zÀ-ÖØ-öø-ɏ\p{N}]+/u)
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
  /** The objects after the dash of the row's name («Varer» of «Eiendeler - Varer»), when the match was made on the part before it. */
  objects?: string;
}

const DASH = /\s[-–—]\s/;

/** A row's name as product and objects: «Eiendeler - Varer» → Eiendeler, Varer; a name without a dash is all product. */
export function splitProduct(name: string): { product: string; objects?: string } {
  const m = DASH.exec(name);
  if (!m) return { product: name };
  return { product: name.slice(0, m.index).trim(), objects: name.slice(m.index + m[0].length).trim() };
}

/** Whether a letter's product names a schedule row's product (see the module comment). */
export function matchProduct(changeProduct: string, rowProduct: string): ProductMatch | undefined {
  // «Eiendeler» (letter) and «Eiendeler - Varer» (row): the product before the dash; the rest names objects
  const row = splitProduct(rowProduct);
  if (row.objects !== undefined && splitProduct(changeProduct).objects === undefined) {
    const head = matchWords(changeProduct, row.product);
    return head ? { ...head, objects: row.objects } : undefined;
  }
  return matchWords(changeProduct, rowProduct);
}

function matchWords(changeProduct: string, rowProduct: string): ProductMatch | undefined {
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
  /** On what the match was made, for the report (Norwegian). */
  basis: string;
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
  const product = pm.objects !== undefined ? `produktet «${splitProduct(row.product).product}» (i «${row.product}» nevner «${pm.objects}» tingene, ikke en dekning)` : `produktet «${row.product}»`;
  const coverage =
    changeCoverage.length === 0
      ? 'endringen gjelder hele produktet'
      : fit === 'sure'
        ? `dekningen «${change.coverage ?? changeCoverage.join(' ')}» som raden oppgir`
        : fit === 'maybe'
          ? rowCoverage.length === 0
            ? `raden oppgir ingen dekning; endringen gjelder «${change.coverage ?? changeCoverage.join(' ')}»`
            : `raden oppgir mindre enn dekningen «${change.coverage ?? changeCoverage.join(' ')}»`
          : `raden oppgir en annen dekning`;
  return { fit, changeCoverage, rowCoverage, basis: `${product}; ${coverage}` };
}
