/**
 * G sums outside tables: bullets and fields («Ansattes død: 12 G», «Erstatning: 20-28 G» under the
 * heading «Medisinsk invaliditet»), a label over its sum («Grunnerstatning ved mén:» … «4,50 G»),
 * sentences («Ved dødsfall utbetales 10 G», «Tap av inntekt fastsettes individuelt»), as items of
 * the product whose section they stand in; and the premium stated after them («Premie per år:
 * kr 27 360», «Premien for … er kr 7 450 per år») or beside the product's name as that product's
 * premium. A paragraph that names its insurance as its first word («Gruppelivsforsikringen gir …») starts that
 * product where no heading does. In a letter's part only plain fields and bullets (its sentences announce changes), and only where a product
 * heading or title names the section: a heading that names a law («Lov om
 * yrkesskadeforsikring») or an item («Erstatning ved død») does not start another product.
 * (The forms of the items: src/parse/g-items.ts.)
 */
import type { Coverage, CoverageItem } from '../model/policy.js';
import { amountsIn, KRONER_ONLY, readAmount, readLimit } from './amounts.js';
import type { Reading } from './extract.js';
import {
  asField,
  capsIn,
  countedRow,
  G_FIGURE_HINT,
  gItemsIn,
  individualSentences,
  insuranceNamedFirst,
  kronerPayouts,
  isCap,
  isItemHeading,
  lineEndG,
  leadingG,
  lineEndIndividual,
  nameAbove,
  namedBySub,
  namesPersonProduct,
  insuranceOfLeadIn,
  onlyIndividual,
  payoutIn,
  premiumOf,
  productHeadingName,
  productOverGItems,
  productWithPremium as personProductWithPremium,
  type GItem,
  withoutListMark,
} from './g-items.js';
import { fieldOf, productFieldName } from './schedule-fields.js';
import { inDocumentOrder } from './schedule-merge.js';
import { columnOf, isDekning, ordered, TOTAL_ROW } from './schedule-names.js';
import { titleProduct } from './schedule-titles.js';
import { lowerCase } from './lower.js';
import { lineAt, quote, sentencesOf, withoutColon, type Unit } from './units.js';
import { isTotal } from './unread.js';

/** A field's value that is an amount and its currency word, perhaps «per år»: «kr 318 400», «318 400 kroner per år». */
const KRONER_VALUE = /^(?:(?:kr\.?|nok)\s*)?(\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{2}|-))?)(?:\s*(?:kr\.?|kroner))?(?:\s+(?:per|pr\.?|i)\s+år|\s+(?:årlig|årleg))?\.?$/i;
/** A premium's label at the start of a field's value («Årlig premie:», «Årleg premie for ordninga:»). */
const INNER_PREMIUM_LABEL = /^(?:års|(?:årlig|årleg)\s+)?(?:premie|pris)(?:\s+for\s+[A-Za-zÀ-ÖØ-öø-ÿ]+)?\s*:\s*/i;

type Push = (c: Coverage, u: Unit, items?: Unit[]) => void;

/** A premium read, and the unit it was read from. */
interface Premium {
  value: string;
  unit: Unit;
}

/** The items this reader found for a product that no table gave a coverage with items. */
interface Found {
  unit: Unit;
  items: CoverageItem[];
  units: Unit[];
  premium?: Premium;
  deductible?: Premium;
  /** The cover's «Dekning» read under the product's heading, before its items. */
  coverage?: Premium;
}

/** The reader's state as it goes down the document. */
interface GText {
  r: Reading;
  coverages: Coverage[];
  product: string | undefined;
  sub: string | undefined;
  /** The product's premium read beside its name, waiting for its items. */
  besidePremium: Premium | undefined;
  /** The product's «Dekning» read under its heading, waiting for its items. */
  besideCoverage: Premium | undefined;
  found: Map<string, Found>;
  /** Coverages read from a table that this reader added items to: their items are put in the document's order at the end. */
  added: Set<number>;
  /** Sentences that cap what a product's items pay together («Samlet utbetaling er begrenset til 15 G»): its coverage's note. */
  caps: Array<{ product: string; text: string; unit: Unit }>;
}

export function readGText(r: Reading, coverages: Coverage[], push: Push): void {
  // (nothing to read in a document without a G sum, «Individuelt» or a group of items to price)
  // (or a person product's heading, whose items may be sums in kroner)
  if (!coverages.some((c) => c.items !== undefined) && !r.units.some((u) => u.text.includes('ndividuel') || u.lower.includes('etter loven') || G_FIGURE_HINT.test(u.text) || (u.product && namesPersonProduct(u.text)))) return;
  const s: GText = { r, coverages, product: undefined, sub: undefined, besidePremium: undefined, besideCoverage: undefined, found: new Map(), added: new Set(), caps: [] };
  for (let at = 0; at < r.units.length; at++) gTextUnit(s, at, r.units[at]!);
  for (const i of s.added) inDocumentOrder(r, coverages[i]!, i);
  const notes = capNotes(s);
  for (const [name, g] of s.found) {
    if (intoPriced(s, name, g, notes.get(name))) continue;
    const c: Coverage = { product: name, index_class: 'none' };
    if (g.coverage) c.coverage = g.coverage.value;
    if (g.deductible) c.deductible = g.deductible.value;
    if (g.premium) c.premium = g.premium.value;
    const note = notes.get(name);
    if (note !== undefined) c.note = note;
    c.items = g.items;
    const at = coverages.length;
    push(ordered(c), g.unit, g.units);
    // (where the deductible was read: a later step gives it to the product line it stands under)
    if (g.deductible && coverages.length > at) r.atUnit(`coverages[${at}].deductible`, g.deductible.unit);
  }
}

/**
 * «Ulykkesforsikring fritid» / «Medisinsk invaliditet» / «15 G» … / «Eigendel: Ingen» / «Årspremie: kr 5 304» (a card of
 * one label a line): the fields' reader has read the product's premium and deductible as a coverage of its own, with no
 * items; the items read here are that coverage's — one coverage, not two. Only where exactly one coverage of the
 * product without items or a sum was read and no figure of both differs (a second premium is never written over the
 * first: the two stay apart, as before). False where nothing was joined.
 */
function intoPriced(s: GText, name: string, g: Found, note: string | undefined): boolean {
  const { r, coverages } = s;
  const same = coverages.filter((c) => lowerCase(c.product) === lowerCase(name) && c.items === undefined && c.sum === undefined && c.object === undefined);
  if (same.length !== 1 || note !== undefined) return false;
  const c = same[0]!;
  const i = coverages.indexOf(c);
  const differs = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a !== b;
  if (differs(c.premium, g.premium?.value) || differs(c.deductible, g.deductible?.value) || differs(c.coverage, g.coverage?.value)) return false;
  const joined: Coverage = { ...c, index_class: 'none', items: g.items };
  for (const [k, f] of [['premium', g.premium], ['deductible', g.deductible], ['coverage', g.coverage]] as const) {
    if (f === undefined || joined[k] !== undefined) continue;
    joined[k] = f.value;
    r.atUnit(`coverages[${i}].${k}`, f.unit);
  }
  coverages[i] = ordered(joined);
  g.units.forEach((u, j) => r.atUnit(`coverages[${i}].items[${j}]`, u));
  return true;
}

/**
 * The caps of the products' items together, each the note of its product's coverage (a coverage of
 * this reader: returned by product; one read from a table: set there). A cap of a product with no
 * items read is said, not kept.
 */
function capNotes(s: GText): Map<string, string> {
  const out = new Map<string, string>();
  for (const cap of s.caps) {
    const text = cap.text.replace(/\.$/, '');
    const i = s.coverages.findIndex((c) => c.product === cap.product && c.items !== undefined);
    if (s.found.has(cap.product)) out.set(cap.product, out.has(cap.product) ? `${out.get(cap.product)}; ${text}` : text);
    else if (i >= 0) s.coverages[i] = ordered({ ...s.coverages[i]!, note: s.coverages[i]!.note !== undefined ? `${s.coverages[i]!.note}; ${text}` : text });
    else {
      // (said here, once: the unread-line net does not say it again)
      s.r.warnUnit(cap.unit, `could not tell whose items the cap ${quote(cap.text)} is for (no items of ${quote(cap.product)} read); not read`);
    }
    s.r.used.add(cap.unit);
  }
  return out;
}

/** Reads one unit: a product's heading or premium line, a premium after its items, or items. */
function gTextUnit(s: GText, at: number, u: Unit): void {
  const r = s.r;
  if (sectionStart(s, at, u)) return;
  proseProduct(s, u);
  const product = s.product;
  if (r.used.has(u) || product === undefined) return;
  // in a letter's part only a product's plain fields and bullets («- Dødsfall: 2 G»): its sentences
  // announce changes («økes fra 10 G til 12 G»)
  // («Pris      2 136 kr/år (178 kr/mnd)» on a card, its label and value apart by a gap: a plain field too)
  if (r.news[u.index] && (!(u.bullet || u.label !== undefined || (u.row && u.cells.filter((c) => c.trim() !== '').length === 2 && fieldOf(u) !== undefined)) || CHANGE_WORDS.test(u.lower))) return;
  const v = asField(u);
  if (premiumLine(s, u, v, product)) return;
  if (coverageLine(s, u, v, product)) return;
  if (deductibleLine(s, u, v, product)) return;
  // («  Behandlingsutgifter:                kr 50 000» among G rows no table took: a label and its value set apart, the field's line still)
  if (u.row && labelRow(u)) {
    kronerItem(s, u, product, true);
    return;
  }
  if (u.row || u.text.length > 400) return;
  // a G sum is a figure and «G»: «Gjensidige» and «Gjelder» are not one
  if (G_FIGURE_HINT.test(u.text)) gLine(s, at, u, v);
  else if (!kronerItem(s, u, product) && !kronerSentences(s, u, product)) individualLine(s, at, u, v);
}

/**
 * A paragraph whose first word is an insurance («Gruppelivsforsikringen gir de etterlatte …») starts
 * that product's section when the section's product is another one or none: the sums in the
 * sentences after it are its items. (Not in a letter's part, whose sentences announce changes.)
 */
function proseProduct(s: GText, u: Unit): void {
  // («Dette er med i forsikringen:» over the list, after «… og barneforsikringen er nå opprettet …»: the list's insurance is
  // the one the letter named before it — only where no product's section is open)
  const leadIn = s.r.news[u.index] || s.product !== undefined ? undefined : insuranceOfLeadIn(u, s.r.units.slice(Math.max(0, u.index - 8), u.index));
  const named = s.r.news[u.index] ? undefined : (leadIn ?? insuranceNamedFirst(u));
  if (named === undefined) return;
  const [a, b] = [named.toLowerCase(), s.product?.toLowerCase()];
  // (the same insurance: «Yrkesskadeforsikringen gjelder …» under «YRKESSKADE - LOVBESTEMT»)
  const stem = a.replace(/(?:forsikring|ordning)$/, '');
  if (b !== undefined && (b.includes(a) || a.includes(b) || (stem.length >= 4 && b.includes(stem)))) return;
  s.product = named;
  s.sub = undefined;
  s.besidePremium = undefined;
  s.besideCoverage = undefined;
}

/**
 * «Medisinsk invaliditet: kr 1 000 000» under a person product's heading («Ulykke»): an item whose
 * sum is in kroner. Only a field whose label names no schedule column, with an amount and nothing
 * after it; false for any other line.
 */
/** «kr 1 000 000 ved 100 % invaliditet», «inntil kr 50 000 per skade»: an amount in kroner, then a qualifier of a few words (group 2). */
const KRONER_THEN_QUALIFIER = /^((?:inntil\s+|opptil\s+)?(?:(?:kr\.?|nok)\s*\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{1,2}|-))?|\d{1,3}(?:[ .]\d{3})+(?:,(?:\d{1,2}|-))?\s*(?:kr\.?|kroner)))\s+((?:ved|per|pr\.?)\s+[^.:;!?\d]{0,10}(?:\d{1,3}\s?%)?[^.:;!?\d]{0,40}\.?)$/i;

/** A row of two cells, the first a label with its colon: «Behandlingsutgifter:   kr 50 000», a field set in with its value apart. */
function labelRow(u: Unit): boolean {
  return u.label !== undefined && u.cells.filter((c) => c.trim() !== '').length === 2;
}

function kronerItem(s: GText, u: Unit, product: string, row = false): boolean {
  // («Samlet årspremie: kr 88 410», «Forsikringssum ved tannskade: kr 50 000»: a figure's word in the
  // label — a total, a price, a sum whose role is not said — is no benefit's name)
  if (u.label === undefined || (u.row && !row) || !namesPersonProduct(product) || columnOf(u.label) !== undefined || FIGURE_WORD.test(u.label)) return false;
  // («Behandlingsutgifter: inntil kr 50 000»: the cap is the item's sum)
  const value = u.text.slice(u.text.indexOf(':') + 1).trim();
  const amount = readLimit(value) ?? (KRONER_ONLY.test(value) ? readAmount(value) : undefined);
  if (amount !== undefined) {
    addItems(s, [{ name: u.label, sum: amount, offset: 0 }], [u]);
    return true;
  }
  // («Medisinsk invaliditet: kr 1 000 000 ved 100 % invaliditet»: the amount, then what it is paid at — the item's note)
  const q = KRONER_THEN_QUALIFIER.exec(value);
  const sum = q ? (readLimit(q[1]!) ?? (KRONER_ONLY.test(q[1]!) ? readAmount(q[1]!) : undefined)) : undefined;
  if (sum === undefined) return false;
  addItems(s, [{ name: u.label, sum, offset: 0, note: q![2]!.replace(/\.$/, '') }], [u]);
  return true;
}

/**
 * «Ved dødsfall utbetales kr 1 000 000 til de etterlatte.» under a person product's heading: the
 * sentences of a paragraph that pay one sum in kroner are items (g-items.ts `kronerPayouts`), with
 * its sentences of individually assessed sums; the other payouts in it are warned. False when it
 * has no such sentence.
 */
function kronerSentences(s: GText, u: Unit, product: string): boolean {
  if (u.row || u.label !== undefined || !u.lower.includes('utbetal') || !namesPersonProduct(product)) return false;
  const items = kronerPayouts(u.text, s.sub);
  if (items.length === 0) return false;
  if (u.text.includes('ndividuel')) items.push(...individualSentences(u.text));
  addItems(s, items, [u]);
  warnUnreadPayouts(s, u, items);
  return true;
}

const CHANGE_WORDS = /(?:^|[^a-zæøå])(?:fra|frå|til|økes|øker|økt|endres|endret|blir|vert|auka|aukar|reduseres|redusert)(?![a-zæøå])/;
// («Til sammen per år: kr 60 590» under the last product's items: a total of the prices, no benefit)
const FIGURE_WORD = /sum|beløp|premie|pris|egenandel|eigenandel|eigendel|selvrisiko|totalt|samlet|samla|til sammen|til saman|i alt|(?:per|pr\.?)\s+år/i;

/** A line that starts a product's section or a sub-heading of it; false for any other. */
function sectionStart(s: GText, at: number, u: Unit): boolean {
  const r = s.r;
  // «Gruppeliv – premie kr 19 260», «Gruppeliv for bedrifter | premie kr 19 260»: the product and its premium, over its items
  // (over G rows, the table reader above has given the premium to the rows' coverage; over other
  // items it waits for them)
  // («Fritidsulykke | Antall ansatte: 365 | kr 58 400»: the count read as the insured persons leaves the product and its premium)
  const pp = r.news[u.index] || (r.used.has(u) && !countedRow(u)) ? undefined : (personProductWithPremium(u) ?? productOverGItems(u, r.units[at + 1]));
  if (pp) {
    s.product = pp.product;
    s.sub = undefined;
    s.besideCoverage = undefined;
    const rows = s.coverages.find((c) => c.product === pp.product && c.items !== undefined && c.premium === pp.premium);
    s.besidePremium = rows ? undefined : { value: pp.premium, unit: u };
    r.used.add(u);
    return true;
  }
  // («FORSIKRINGSBEVIS – PERSONALFORSIKRINGER» / «-----» / «Produkt: Yrkesskade» … «  Ménerstatning: Individuelt» / «-----» /
  // «Produkt: Ulykke fritid» …: a record's «Produkt:» field opens that product's section as its heading would — the items set
  // in under it are its own; under the title alone every block's items had gone to one product made from the title)
  const field = u.label !== undefined && !r.news[u.index] ? productFieldName(u) : undefined;
  if (field !== undefined && namesPersonProduct(field)) {
    s.product = field;
    s.sub = undefined;
    s.besidePremium = undefined;
    s.besideCoverage = undefined;
    return true;
  }
  // («Forsikringsbevis | Yrkesskade | Forsikringsnummer 1106615»: a title set in cells opens its product too)
  const title = titleProduct(u);
  if (u.row && title === undefined) return false;
  // «Dødsfall» over «Erstatning: 5 G» names an item of the section, not a product of its own
  const itemHeading = s.product !== undefined && title === undefined && isItemHeading(u, r.units[at + 1]);
  const named = itemHeading ? undefined : (title ?? productHeadingName(u, r.units[at + 1]));
  if (named !== undefined) {
    s.product = named;
    s.sub = undefined;
    s.besidePremium = undefined;
    s.besideCoverage = undefined;
    return true;
  }
  // («Individuelt», «Premie kr 6 880 per år», «Tapt inntekt;Individuelt» have a heading's shape: they are values)
  if (u.heading && u.label === undefined && !onlyIndividual(u.text) && !u.text.includes(';') && premiumOf(u) === undefined) {
    s.sub = withoutListMark(withoutColon(u.text));
    return true;
  }
  return false;
}

/** «kr 1 000», «kr 0 per skadetilfelle», «1 000 kr per skade»: a deductible field's value (the amount in group 1 or 2). */
const DEDUCTIBLE_VALUE = /^(?:(?:kr\.?|nok)\s*(\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{2}|-))?)|(\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{2}|-))?)\s*(?:kr\.?|kroner))(?:\s+(?:per|pr\.?)\s+(?:skade|skadetilfelle|skadehending|behandling))?\.?$/i;

/** «Egenandel», «Eigenandel»: the deductible's label alone, naming no part. */
const PLAIN_DEDUCTIBLE = /^(?:egenandel|eigenandel|eigendel)$/i;
/**
 * «Egenandel per skadetilfelle», «Eigenandel per behandling», «Egenandel pr. skade»: the deductible's label with what it is
 * counted by — still the product's one deductible, no part's (a health insurance's items over «Egenandel per skadetilfelle
 * kr 1 000» set apart as a row).
 */
const COUNTED_DEDUCTIBLE = /^(?:egenandel|eigenandel|eigendel)\s+(?:per|pr\.?)\s+(?:skade|skadetilfelle|skadehending|behandling|konsultasjon)$/i;

/** A row of two cells, a deductible's label counted per claim or treatment and its value (COUNTED_DEDUCTIBLE): the value. */
function countedDeductibleRow(u: Unit): string | undefined {
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  return u.row && cells.length === 2 && COUNTED_DEDUCTIBLE.test(withoutColon(cells[0]!)) ? cells[1]! : undefined;
}

/**
 * «Egenandel: kr 0» under a person product's items («Ulykke fritid – kr 8 740 per år» over
 * «• Dødsfall: kr 200 000» …): the product's deductible, as its premium there is the product's. Only
 * one amount with its currency (perhaps «per skadetilfelle»), and only for a product whose items were
 * read and which has no deductible; false for any other line (left to the other readers).
 */
function deductibleLine(s: GText, u: Unit, v: Unit, product: string): boolean {
  // («   Egenandel per skadetilfelle      kr 1 000» under the items: the product's, its label counted per claim, no colon)
  const counted = countedDeductibleRow(u);
  const f = counted !== undefined ? { col: 'deductible' as const, value: counted } : fieldOf(v);
  // («Egenandel behandlingsutgifter: kr 2 000» names a part's: that item's, not the product's)
  // («   Eigenandel:   Ingen» set in with its value apart: a row of the label and its value, the field still)
  const field = u.row && (labelRow(u) || counted !== undefined);
  if (f?.col !== 'deductible' || (u.row && !field) || !namesPersonProduct(product) || (counted === undefined && !PLAIN_DEDUCTIBLE.test(u.label?.trim() ?? ''))) return false;
  const m = DEDUCTIBLE_VALUE.exec(f.value.trim());
  // («Eigenandel: Ingen», «Egenandel: Ingen.»: the product has none — 0, as a schedule's «Ingen» deductible reads)
  const value = /^ingen\.?$/i.test(f.value.trim()) ? '0' : m ? readAmount((m[1] ?? m[2])!) : undefined;
  if (value === undefined) return false;
  const { r, coverages } = s;
  const existing = coverages.find((c) => c.product === product && c.items !== undefined);
  const g = s.found.get(product);
  if (existing && existing.deductible === undefined) coverages[coverages.indexOf(existing)] = ordered({ ...existing, deductible: value });
  else if (!existing && g && g.items.length > 0 && g.deductible === undefined) g.deductible = { value, unit: u };
  else return false;
  r.used.add(u);
  return true;
}

/** The price after a product's G sums: the product's premium (a second one is left unread); false when the line states no premium. */
function premiumLine(s: GText, u: Unit, v: Unit, product: string): boolean {
  const { r, coverages } = s;
  const f = fieldOf(v);
  // («Premie: 19 260 kr per år»: the field's value with words after the amount)
  // («Årlig premie: kr 318 400»: the field's amount with its currency word; not «kr 350 per ansatt», a price per person)
  // («Premie» over «Årlig premie: kr 318 400» is one field, «Premie: Årlig premie: kr 318 400»)
  const kroner = f?.col === 'premium' ? KRONER_VALUE.exec(f.value.trim().replace(INNER_PREMIUM_LABEL, '')) : null;
  const price = (f?.col === 'premium' ? (readAmount(f.value) ?? (kroner ? readAmount(kroner[1]!) : undefined)) : undefined) ?? premiumOf(v);
  if (f?.col !== 'premium' && price === undefined) return false;
  const existing = coverages.find((c) => c.product === product && c.items !== undefined && c.premium === undefined);
  const g = s.found.get(product);
  // (a second price for a product that has one is left unread, not written over the first)
  if (price !== undefined && (existing || (g && g.premium === undefined))) {
    // (the premium in its place among the coverage's keys, as every reader writes them)
    if (existing) coverages[coverages.indexOf(existing)] = ordered({ ...existing, premium: price });
    else g!.premium = { value: price, unit: u };
    r.used.add(u);
  } else if (price !== undefined && !existing && !g && s.besidePremium === undefined && namesPersonProduct(product)) {
    // («YRKESSKADE» / «Pris per år: kr 41 250» / «• Ménerstatning: 4,5 G»: the price right under the heading,
    // before the items — it goes with them, as a price beside the product's name does)
    s.besidePremium = { value: price, unit: u };
    r.used.add(u);
  } else if (price !== undefined && (existing === undefined ? g?.premium !== undefined && g.premium.value !== price : false)) {
    // (the product has a premium already: a second one is said and left unread, never written over the first)
    const first = g!.premium!.value;
    r.warnUnit(u, `could not tell whose premium ${quote(u.text)} is: ${quote(product)} has the premium ${first} already; not read`);
    r.used.add(u);
  } else if (f?.col === 'premium' && price === undefined) {
    // (a premium field whose amount could not be read is said, not dropped)
    r.warnUnit(u, `could not read the premium ${quote(f.value)} of ${quote(product)}`);
    r.used.add(u);
  }
  return true;
}

/**
 * «Yrkesskadeforsikring» / «Dekning: Standardisert erstatning etter forskrift» (a portal's card, the label over its
 * value) / «Årspremie …» / the items: the cover's name, before the product's items — their coverage's `coverage`.
 * Only the first, for a person product whose items have not begun; false for any other line.
 */
function coverageLine(s: GText, u: Unit, v: Unit, product: string): boolean {
  const f = fieldOf(v);
  if (f?.col !== 'coverage' || u.row || u.label === undefined || !isDekning(withoutColon(u.label).trim()) || !namesPersonProduct(product)) return false;
  const value = f.value.trim();
  if (value === '' || s.besideCoverage !== undefined || s.found.has(product) || s.coverages.some((c) => c.product === product)) return false;
  // (taken when the items come: a cover's name with no items after it is left to the other readers)
  s.besideCoverage = { value, unit: u };
  return true;
}

/** A line without a G sum: an item whose sum is set individually, or by the law. */
function individualLine(s: GText, at: number, u: Unit, v: Unit): void {
  if (!(u.text.includes('ndividuel') || u.lower.includes('etter lov'))) return;
  // «Tapt inntekt Individuelt», «Tapt inntekt;Individuelt», «Tap av inntekt fastsettes individuelt.»
  const line = u.text.length <= 100 ? lineEndIndividual(v) : undefined;
  const items = line ? [line] : individualSentences(u.text);
  if (items.length > 0) {
    addItems(s, items, [u]);
    if (!line) warnUnreadPayouts(s, u, items);
    return;
  }
  // «Erstatning for tapt inntekt:» over «Individuelt»: the sum on a line of its own
  const named = onlyIndividual(u.text) ? nameAbove(s.r, at) : undefined;
  if (named) addItems(s, [{ name: named.name, sum: { individual: true }, offset: 0 }], [...named.units, u]);
}

/** A line with a G sum: its items, in any of their forms. */
function gLine(s: GText, at: number, u: Unit, v: Unit): void {
  // «Samlet utbetaling er begrenset til 15 G per skadetilfelle.»: the cap of the items together, no item
  for (const cap of capsIn(v)) s.caps.push({ product: s.product!, text: cap.s, unit: u });
  // «Grunnerstatning ved mén:» / «4,50 G ved 100 % medisinsk invaliditet»: a line that starts with
  // its sum is named by the line above it
  const alone = u.label === undefined && u.text.length <= 100 ? leadingG(u.text) : undefined;
  const above = alone ? nameAbove(s.r, at) : undefined;
  if (alone && above) {
    addItems(s, [{ name: above.name, sum: alone, offset: 0 }], [...above.units, u]);
    return;
  }
  const items = gItemsIn(v, s.sub);
  // («Ved dødsfall utbetales 10 G. Tap av inntekt fastsettes individuelt.»: both kinds in one paragraph)
  if (u.label === undefined && u.text.includes('ndividuel')) items.push(...individualSentences(u.text));
  // («Ved død utbetales 10 G. Ved tannskade utbetales inntil 25 000 kroner per skade.»: kroner beside the G sums)
  if (u.label === undefined && !u.row && items.length > 0 && u.lower.includes('utbetal') && s.product !== undefined && namesPersonProduct(s.product)) items.push(...kronerPayouts(u.text, s.sub));
  // «Medisinsk invaliditet over 15 % 4,5 G»: a name and the sum at the end of the line
  // («Forsikringssum 10 G» under the sub-heading «Dødsfall»: the item is the sub-heading's)
  if (items.length === 0) {
    const end = lineEndG(u.text);
    if (end) items.push(...namedBySub(end, s.sub));
  }
  if (items.length > 0) {
    addItems(s, items, [u]);
    if (v === u) warnUnreadPayouts(s, u, items);
  }
}

/**
 * The sentences of a paragraph whose items were read that pay a sum and gave no item («Ved
 * tannskade utbetales inntil 25 000 kroner.» beside «Ved død … utbetales 10 G.»): a warning each,
 * on its own line. (The paragraph is taken: the unread-line net no longer looks into it.)
 */
function warnUnreadPayouts(s: GText, u: Unit, items: GItem[]): void {
  if (u.row || u.label !== undefined) return;
  for (const { s: sentence, offset } of sentencesOf(u.text)) {
    if (items.some((it) => it.offset >= offset && it.offset < offset + sentence.length) || isCap(sentence)) continue;
    const what = payoutIn(sentence);
    if (what !== undefined) s.r.warn(lineAt(u, offset), `could not read ${what} in ${quote(sentence)}`);
  }
}

/** The product's group of found items; a premium read beside its name goes with it. */
function groupOf(s: GText, name: string, u: Unit): Found {
  let g = s.found.get(name);
  if (!g) s.found.set(name, (g = { unit: u, items: [], units: [] }));
  if (s.besidePremium && g.premium === undefined) g.premium = s.besidePremium;
  if (s.besideCoverage && g.coverage === undefined) {
    g.coverage = s.besideCoverage;
    s.r.used.add(g.coverage.unit);
  }
  s.besidePremium = undefined;
  s.besideCoverage = undefined;
  return g;
}

/** The items go to the product's coverage read from a table, else to a group of this reader. */
function addItems(s: GText, items: GItem[], units: Unit[]): void {
  const { r, coverages } = s;
  const product = s.product!;
  const existing = coverages.find((c) => c.product === product && c.items !== undefined);
  for (const it of items) {
    const item: CoverageItem = { name: withoutColon(it.name), sum: it.sum };
    if (it.note !== undefined) item.note = it.note;
    // (an item stated again with the same sum — in a sentence and in a table — is one item)
    const have = existing ? existing.items! : (s.found.get(product)?.items ?? []);
    if (have.some((x) => sameItem(x, item))) continue;
    if (existing) {
      const i = coverages.indexOf(existing);
      r.atUnit(`coverages[${i}].items[${existing.items!.length}]`, units[units.length - 1]!, it.offset);
      existing.items!.push(item);
      s.added.add(i);
    } else {
      const g = groupOf(s, product, units[units.length - 1]!);
      g.items.push(item);
      g.units.push(units[units.length - 1]!);
    }
  }
  for (const x of units) r.used.add(x);
}

function sameItem(a: CoverageItem, b: CoverageItem): boolean {
  return a.name.toLowerCase() === b.name.toLowerCase() && JSON.stringify(a.sum) === JSON.stringify(b.sum);
}

// ---------------------------------------------------------------------------------------------
// A premium total under the items

/** «Sum årspremie», «Samlet årspremie:», «Årspremie totalt»: a total, of a premium (lower case). */
const PREMIUM_WORD = /premie|pris/;
/** How many units above a total its coverage's last item may stand. */
const TOTAL_REACH = 3;

/**
 * «Sum årspremie   kr 46 380» under a person product's items (its G rows, lines or sentences): the
 * total of what the document prices. Where the document has that one coverage and no price for it,
 * the total is its premium; where its coverages' premiums add up to it, nothing is left unread;
 * else (several coverages, some without a premium) it is no one coverage's premium: a warning with
 * its line, not dropped.
 */
export function readPremiumTotals(r: Reading, coverages: Coverage[]): void {
  const itemAt = itemLines(r);
  if (itemAt.size === 0) return;
  for (const u of r.units) {
    // («Årspremie totalt: kr 46 380», «Premie i alt kr 46 380»: the total's word after the premium's)
    if (r.used.has(u) || u.text.length > 80 || !PREMIUM_WORD.test(u.lower) || !(TOTAL_ROW.test(u.text.trim()) || isTotal(u.text))) continue;
    const amounts = amountsIn(u.text);
    if (amounts.length !== 1) continue;
    const i = coverageAbove(r, u, itemAt);
    if (i === undefined) continue;
    const total = amounts[0]!.value;
    r.used.add(u);
    // «Sum premie Gruppeliv kr 12 340» under Gruppeliv's rows: the total names the product above, its premium
    const named = totalNames(u.text.slice(0, amounts[0]!.index), coverages[i]!.product);
    if (named && coverages[i]!.premium === undefined) {
      coverages[i] = ordered({ ...coverages[i]!, premium: total });
      r.atUnit(`coverages[${i}].premium`, u, amounts[0]!.index);
    } else if (named && coverages[i]!.premium === total) {
      continue;
    } else if (coverages.length === 1 && coverages[0]!.premium === undefined && !unreadRowAbove(r, u)) {
      coverages[0] = ordered({ ...coverages[0]!, premium: total });
      r.atUnit('coverages[0].premium', u, amounts[0]!.index);
    } else if (!coverages.every((c) => c.premium !== undefined) || coverages.reduce((sum, c) => sum + Number(c.premium), 0) !== Number(total)) {
      r.warnUnit(u, `could not tell whose premium the total ${quote(u.text)} is (${coverages.length} coverages); not read`);
    }
  }
}

/**
 * Whether a row of two amounts or more stands above the total with no reader's value traced to it: a cover's row
 * («Husforsikring  Tunveien 7 B …  8 000  11 364», a table whose columns could not be told) left unread. The document
 * then prices more than the one coverage read, and the total is no premium of that one.
 */
function unreadRowAbove(r: Reading, total: Unit): boolean {
  const traced = new Set<string>();
  for (const t of r.trace.values()) traced.add(`${t.page}:${t.line}`);
  return r.units.some((x) => x.index < total.index && !r.used.has(x) && !x.lines.some((l) => traced.has(`${l.page}:${l.line}`)) && amountsIn(x.text).length >= 2);
}

/** Whether the words of a total before its amount («Sum premie Gruppeliv kr») end with the product's name. */
function totalNames(before: string, product: string): boolean {
  const words = lowerCase(before.replace(/\s*(?:kr\.?|nok)?\s*:?\s*$/i, ''));
  const name = lowerCase(product.trim());
  return name !== '' && words.endsWith(name) && words.length > name.length && words[words.length - name.length - 1] === ' ';
}

/** The lines of the items read («page:line» → the coverage's index). */
function itemLines(r: Reading): Map<string, number> {
  const out = new Map<string, number>();
  for (const [path, t] of r.trace) {
    const m = /^coverages\[(\d+)\]\.items\[\d+\]$/.exec(path);
    if (m) out.set(`${t.page}:${t.line}`, +m[1]!);
  }
  return out;
}

/** The coverage whose item stands at most TOTAL_REACH units above `u` (a unit between them that is no item or blank is allowed). */
function coverageAbove(r: Reading, u: Unit, itemAt: ReadonlyMap<string, number>): number | undefined {
  for (let k = u.index - 1; k >= Math.max(0, u.index - TOTAL_REACH); k--) {
    for (const l of r.units[k]!.lines) {
      const i = itemAt.get(`${l.page}:${l.line}`);
      if (i !== undefined) return i;
    }
  }
  return undefined;
}
