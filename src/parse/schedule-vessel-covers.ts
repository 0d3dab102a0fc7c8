/**
 * A vessel's covers under the insurance the certificate names. Norwegian hull insurers (Norwegian Hull Club, Gjensidige's
 * marine desk, the coastal mutuals, Codan and HDI for ships) write a hull insurance so: the vessel named in a field of its
 * own («Fartøy: FF Nordhav, M-117-HØ», «Fartøy / Vessel: MS «Kvitholmen», IMO 9388147», «Vessel / Fartøy: M/S Havbris
 * (LK 0412)»), its facts under it (call sign, IMO number, built year, tonnage), then a table of the covers bought on it —
 * «Kasko», «Kaskointeresse», «Krigsforsikring», «Tidstap (Loss of Hire)», «Fangst og redskap», each with its sum, its
 * deductible per claim and its premium. The insurance they are covers of is named once, and where the document names it:
 *
 * - the certificate's title: «FORSIKRINGSBEVIS – FISKEFARTØY» (the vessel's kind is the insurance's name there);
 * - a heading alone on its line, one word: «Skipsforsikring» (over «(Marine insurance – hull)»), «Kaskoforsikring»;
 * - the certificate's field: «Produkt / Product: Kaskoforsikring – Nordisk Sjøforsikringsplan 2013, …» (its conditions after the dash);
 * - a renewal's title: «FORNYELSE AV KASKOFORSIKRING – FORSIKRINGSÅRET 2025».
 *
 * Each row is then a cover of that insurance on that vessel (test/corpus/README.md: a row's product is the insurance its
 * table stands under, its own name the coverage where the column names covers): product the insurance, coverage the row's
 * name, object the vessel. A document that names no insurance («Forsikringsart / Type of insurance» over «Kasko / Hull and
 * Machinery» and no title) keeps its rows as read — they are types of insurance of their own —, and so does one that names
 * two (a warning).
 */
import type { Coverage } from '../model/policy.js';
import type { Reading } from './extract.js';
import { lowerCase } from './lower.js';
import { removeTrace } from './schedule-merge.js';
import { ordered } from './schedule-names.js';
import { titleProduct } from './schedule-titles.js';
import { isTranslation } from './translations.js';
import type { Unit } from './units.js';

/**
 * The labels of the field that names the vessel, Norwegian first or English first («Fartøy / Vessel», «Vessel / Fartøy»),
 * also as the insured one («Forsikret fartøy / Insured vessel:», nynorsk «Forsikra fartøy»).
 */
const VESSEL_LABEL = /^(?:(?:forsikret|forsikra|insured)\s+)?(?:fartøy|fartøyet|skip|skipet|vessel)(?:\s*\/\s*(?:(?:insured\s+)?(?:vessel|ship)|fartøy|skip))?$/i;
/** The labels of a certificate's field that names its insurance: «Produkt», «Produkt / Product», «Forsikring». */
const PRODUCT_LABEL = /^(?:produkt|forsikring|forsikringsprodukt)(?:\s*\/\s*(?:product|insurance))?$/i;
/** A renewal's title, the insurance after «av», what follows a dash no part of it: «FORNYELSE AV KASKOFORSIKRING – FORSIKRINGSÅRET 2025». */
const RENEWAL_OF = /^(?:fornyelse|fornying)\s+(?:av|på)\s+([a-zæøå-]+forsikring)(?:en|a)?\s*(?:$|[–—-]\s)/i;
/** One word that is an insurance's name: «Skipsforsikring», «Kaskoforsikring». */
const ONE_INSURANCE_WORD = /^[a-zæøå-]{3,}forsikring$/i;

/** A name as a heading writes it: «KASKOFORSIKRING» → «Kaskoforsikring», «Skipsforsikring» as it is. */
const headingCase = (name: string): string => (name === name.toUpperCase() ? name[0]! + lowerCase(name.slice(1)) : name[0]!.toUpperCase() + name.slice(1));

/** A unit's own label and value, a colon between (a row of two cells whose first ends in the colon, or a line «Fartøy: …»). */
function labelled(u: Unit): { label: string; value: string } | undefined {
  // (the first line alone: the vessel's facts under it, «Kallesignal LGTW, bygget 2016, 62,4 m», describe it and are no part of its name)
  const text = u.lines[0]!.cells.map((c) => c.trim()).filter((c) => c !== '').join('  ');
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  return { label: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() };
}

/**
 * A vessel's fact after its name with no comma before it: the line of facts under the name's line, joined to it as a
 * wrapped value («MS Havtind, IMO 9741234» over «Kallesignal LGTW, bygget 2016, 62,4 m, 1 870 BT», «M/S Havbris, M-112-HØ»
 * over «IMO 9876543 · Kallesignal / Call sign LHBR»). A fact after a comma («MS «Kvitholmen», IMO 9388147, kallesignal LJXK»)
 * is written on the name's own line, as part of it.
 */
const FACTS_UNDER = /(?<![,·])\s+(?:IMO|Kallesignal|Kjenningssignal|Call sign|Byggeår|Bygget|Bygd|Type|Lengde|BRT|BT|GT|Klasse)\b.*$/;

/** The vessel as its field's line writes it: «MS Havtind, IMO 9741234» without the facts of the line under it. */
export function vesselAsWritten(value: string): string {
  return value.replace(FACTS_UNDER, '').trim();
}

/** The vessel the document's field names, its first line as written («FF Nordhav, M-117-HØ»), or undefined. */
export function vesselField(units: readonly Unit[]): string | undefined {
  for (const u of units) {
    const lv = labelled(u);
    if (lv !== undefined && lv.value !== '' && VESSEL_LABEL.test(lv.label)) return vesselAsWritten(lv.value) || undefined;
  }
  return undefined;
}

/** The insurance a unit names as the document's: a title, a lone heading word, a «Produkt:» field or a renewal's title. */
export function insuranceNamed(u: Unit): string | undefined {
  const lv = labelled(u);
  if (lv !== undefined) {
    if (!PRODUCT_LABEL.test(lv.label)) return undefined;
    // («Kaskoforsikring – Nordisk Sjøforsikringsplan 2013, …»: the conditions after the dash are no part of its name)
    const name = lv.value.split(/\s[–—-]\s|,/)[0]!.trim();
    return ONE_INSURANCE_WORD.test(name) ? headingCase(name) : undefined;
  }
  if (u.row) return undefined;
  // (each line alone: a title runs on into the line of conditions under it, «FORSIKRINGSBEVIS – FISKEFARTØY» over «(Kasko,
  // kaskointeresse og krig etter Nordisk Sjøforsikringsplan …)», and the unit holds both)
  for (const line of u.lines) {
    const text = line.text.trim();
    const renewal = RENEWAL_OF.exec(text);
    if (renewal) return headingCase(renewal[1]!);
    if (ONE_INSURANCE_WORD.test(text)) return headingCase(text);
    const title = titleProduct({ ...u, lines: [line], cells: [text], text, lower: lowerCase(text), label: undefined });
    if (title !== undefined && !/\d/.test(title)) return title;
  }
  return undefined;
}

/** English words of a vessel's covers the labels' vocabulary leaves out: «Kaskointeresse / Hull Interest», «Krig / War Risks». */
const MARINE_ENGLISH: ReadonlySet<string> = new Set(['interest', 'war', 'risk', 'risks', 'freight', 'loss', 'of', 'hire', 'hull', 'and', 'machinery', 'catch', 'fishing', 'gear']);

/** «Kaskointeresse / Hull Interest» → «Kaskointeresse»: a cover's Norwegian name, its English after the slash left out. */
export function norwegianCoverName(name: string): string {
  const m = /^(.*?[a-zæøå)])\s*\/\s*([A-Za-z][A-Za-z ]*)$/.exec(name.trim());
  if (!m || !/[a-zæøå]/.test(m[1]!)) return name;
  const words = m[2]!.trim().toLowerCase().split(/\s+/);
  return words.every((w) => MARINE_ENGLISH.has(w)) || isTranslation(words) ? m[1]!.trim() : name;
}

/** «Egenandelen for skade på maskineri er NOK 2 250 000», «Egenandel for isskade er …»: a sentence on a special deductible. */
const SPECIAL_DEDUCTIBLE = /^(?:[–—-]\s*)?(?:særskilt\s+)?egenandel(?:en)?\s+(?:for|ved)\s/i;

/** The rows read from a sentence on a special deductible (SPECIAL_DEDUCTIBLE), with no sum or price of their own: removed. */
function withoutSpecialDeductibles(r: Reading, coverages: Coverage[]): void {
  for (let i = coverages.length - 1; i >= 0; i--) {
    const c = coverages[i]!;
    const line = r.trace.get(`coverages[${i}]`)?.text;
    if (c.sum === undefined && c.premium === undefined && line !== undefined && SPECIAL_DEDUCTIBLE.test(line.trim())) {
      coverages.splice(i, 1);
      removeTrace(r, i);
    }
  }
}

/**
 * The rows of a vessel's cover table (see the module comment). Only in a document with a vessel's field, and only where
 * every row is the vessel's (its object the vessel, or none) and none has a coverage yet: each row gets the vessel as its
 * object and the class `none` (a vessel insured at its agreed value, its interest, its hire, its war risk: no index adjusts
 * them — test/corpus/README.md), and — where the document names one insurance — that insurance as its product and its own
 * name as its coverage. A row read from a sentence on a special deductible («Egenandelen for skade på maskineri er NOK
 * 2 250 000 (1,5 x ordinær egenandel).» among the special conditions) states a rule of the covers, no cover: it goes.
 */
export function vesselCoversToInsurance(r: Reading, coverages: Coverage[]): void {
  if (coverages.length === 0) return;
  const field = vesselField(r.units);
  if (field === undefined) return;
  // (a sentence on a special deductible is no cover, whichever reader named the rows before)
  withoutSpecialDeductibles(r, coverages);
  const objects = new Set(coverages.map((c) => c.object).filter((o): o is string => o !== undefined));
  if (objects.size > 1) return;
  const names = new Map<string, Unit>();
  for (const u of r.units) {
    const name = insuranceNamed(u);
    if (name !== undefined && !names.has(lowerCase(name))) names.set(lowerCase(name), u);
  }
  if (coverages.some((c) => c.coverage !== undefined)) {
    vesselOfTitledCovers(coverages, names, field);
    return;
  }
  // (the object a reader gave the rows where it is the field's line as written; one that ran on into the facts under it,
  // «MS Havtind, IMO 9741234 Kallesignal LGTW, bygget 2016», is the field's first line)
  const read = objects.size === 1 ? [...objects][0]! : undefined;
  const vessel = read === undefined || read.startsWith(field) ? field : read;
  if (names.size > 1) {
    const [first] = names.values();
    r.warnUnit(first!, `the vessel's covers stand under two insurances' names (${[...names.values()].map((u) => `«${u.lines[0]!.text.trim()}»`).join(', ')}); the rows keep their own names`);
  }
  const insurance = names.size === 1 ? insuranceNamed([...names.values()][0]!) : undefined;
  for (let i = coverages.length - 1; i >= 0; i--) {
    const c = coverages[i]!;
    r.reword(`index class of «${c.product}» is not known from its name; set to other`, `index class of «${c.product}» is not known from its name; set to none, as a cover of the insured vessel`);
    const name = norwegianCoverName(c.product);
    const named = insurance !== undefined && lowerCase(name) !== lowerCase(insurance);
    // (with no insurance named and no row read with the vessel, the rows are left without it: a war club's certificate of
    // entry, «Vessel / Skip:» over «War Hull / Krigskasko», is read so by hand — the vessel is the entry's, not each row's)
    const object = insurance !== undefined || read !== undefined ? vessel : c.object;
    coverages[i] = ordered({ ...c, product: named ? insurance : name, ...(named ? { coverage: name } : {}), ...(object !== undefined ? { object } : {}), index_class: 'none' });
  }
}

/**
 * «Kaskoforsikring / Hull Insurance» over «Forsikret fartøy / Insured vessel: Havbris, F-112-BD» and the table of covers: rows
 * another reader already made covers of the one insurance the document names (its title's), with no object, are the vessel's
 * all the same — the vessel their object. Any row of another product, or an object read, and they are left as read.
 */
function vesselOfTitledCovers(coverages: Coverage[], names: ReadonlyMap<string, Unit>, vessel: string): void {
  if (names.size !== 1) return;
  const insurance = lowerCase(insuranceNamed([...names.values()][0]!) ?? '');
  if (!coverages.every((c) => c.coverage !== undefined && c.object === undefined && lowerCase(c.product) === insurance)) return;
  coverages.forEach((c, i) => (coverages[i] = ordered({ ...c, object: vessel })));
}
