/**
 * An overview row and the certificate of the same coverage.
 *
 * A schedule that lists its coverages in an overview («Oversikt over forsikringsavtalen»: product,
 * place, price) and details each in a certificate section («Forsikringsbevis – Boligbygg …»: sum,
 * deductible) states one coverage twice. A section's coverage is merged into the overview's row
 * when exactly one row is for the same product (and place, where both state one) and no figure
 * differs; otherwise both stay.
 */
import type { Coverage, CoverageItem, TracePoint } from '../model/policy.js';
import type { Reading } from './extract.js';
import type { SourceLine } from './source.js';
import { lowerCase } from './lower.js';
import { quote } from './units.js';
import { ordered, SEE_BELOW } from './schedule-names.js';
import { PERSON_COVERAGES, PLATE_SOURCE } from './vocabulary.js';

export function mergeDetails(r: Reading, coverages: Coverage[], sections: ReadonlySet<Coverage>): void {
  for (let i = coverages.length - 1; i >= 0; i--) {
    const d = coverages[i]!;
    if (d.items !== undefined) continue;
    const section = sections.has(d);
    // (a table's row of sum and deductible, «Bygning | Fullverdi | 10 000» under «Forsikringssted: …»
    // on the next page, is a certificate's part as much as a section: for a row of the premium alone above)
    if (section ? d.sum === undefined && !fullValue(d) : !detailsOnly(d) && !pricedDetails(d)) continue;
    // («Arbeidsmaskin - Traktor Kubota M5091» in the overview is the section «Forsikringsbevis Arbeidsmaskin»)
    const rows = coverages.filter(
      (c, j) =>
        j !== i &&
        c.items === undefined &&
        (key(c.product) === key(d.product) || lowerCase(c.product).startsWith(`${lowerCase(d.product)} - `)) &&
        (section ? c.object === undefined || d.object === undefined || samePlace(c.object, d.object) : j < i && priceOnly(c) && (d.premium === undefined || d.premium === c.premium) && key(c.coverage) === key(d.coverage) && (c.object === undefined ? d.object === undefined : d.object !== undefined && samePlace(c.object, d.object))),
    );
    if (rows.length !== 1) continue;
    const row = rows[0]!;
    const fields = ['coverage', 'object', 'sum', 'deductible', 'premium'] as const;
    // («Dekning: Kasko» and «Dekning: Ansvar» under one «Produkt: Fritidsbåt»: two coverages of the product, no conflict)
    if (row.coverage !== undefined && d.coverage !== undefined && key(row.coverage) !== key(d.coverage)) continue;
    // (the same coverage at the same place with another figure: which is right, the document does not say)
    // («Innboforsikring Topp» in the overview, «INNBOFORSIKRING TOPP» over its section: one cover level in two cases)
    const differ = fields.filter((k) => k !== 'object' && row[k] !== undefined && d[k] !== undefined && (k === 'coverage' ? key(row[k]) !== key(d[k]) : JSON.stringify(row[k]) !== JSON.stringify(d[k])));
    if (differ.length > 0) {
      conflict(r, coverages.indexOf(row), i, d, differ);
      continue;
    }
    for (const k of fields) if (row[k] === undefined && d[k] !== undefined) (row as unknown as Record<string, unknown>)[k] = d[k];
    // (the place with its postcode is the whole of the place the other states by its street alone)
    if (row.object !== undefined && d.object !== undefined && streetThenPostcode(row.object, d.object)) row.object = d.object;
    // («Fullverdi» in the sum's place: the note says what the sum is, and goes with it)
    if (d.sum === undefined && d.note !== undefined && row.note !== d.note) row.note = row.note !== undefined ? `${row.note}; ${d.note}` : d.note;
    coverages[coverages.indexOf(row)] = ordered(row);
    coverages.splice(i, 1);
    removeTrace(r, i);
  }
}

/**
 * An overview's row of a product at a place («Eiendeler» / «Lagerbygg Gnr 40 Bnr 3 7340 Oppdal | 1 904») and
 * that product's certificate page at the same place, whose one row names the cover and states its sum
 * and deductible («Maskiner, inventar og løsøre | 640 000 | 8 000», «Premie for denne forsikringen |
 * 1 904»): one coverage, stated twice. The certificate's row joins the overview's when the premiums
 * agree; a certificate of several rows keeps them (each a coverage of the product at that place). A
 * certificate whose product the overview prices at no row of that place, or at two, is a warning.
 */
export function joinCertificates(r: Reading, coverages: Coverage[]): void {
  for (let i = coverages.length - 1; i >= 0; i--) {
    const d = coverages[i]!;
    if (!certificateRow(d)) continue;
    // (a certificate of several rows: its premium is for them together, no one row's)
    if (coverages.some((x) => x !== d && certificateRow(x) && key(x.product) === key(d.product) && placesAgree(x.object, d.object))) continue;
    const priced = coverages.filter((c) => c.items === undefined && c.coverage === undefined && priceOnly(c) && key(c.product) === key(d.product));
    if (priced.length === 0) continue;
    // («FORSIKRINGSBEVIS ANSVARSFORSIKRING» with no place of its own: the overview's one row of that product)
    const rows = d.object === undefined ? priced : priced.filter((c) => c.object !== undefined && samePlace(c.object, d.object!));
    if (rows.length !== 1) {
      const t = r.trace.get(`coverages[${i}]`);
      if (t) r.warn({ page: t.page, line: t.line, text: t.text ?? '', cells: [t.text ?? ''] }, `the certificate of ${d.product}${d.object !== undefined ? ` (${d.object})` : ''} matches ${rows.length === 0 ? 'no row' : `${rows.length} rows`} of the overview; not joined to any`);
      continue;
    }
    const row = rows[0]!;
    if (row.premium !== d.premium) {
      conflict(r, coverages.indexOf(row), i, d, ['premium']);
      continue;
    }
    const joined: Coverage = { ...row, coverage: d.coverage!, index_class: d.index_class };
    if (d.sum !== undefined) joined.sum = d.sum;
    if (d.deductible !== undefined) joined.deductible = d.deductible;
    if (d.note !== undefined) joined.note = row.note !== undefined ? `${row.note}; ${d.note}` : d.note;
    coverages[coverages.indexOf(row)] = ordered(joined);
    coverages.splice(i, 1);
    removeTrace(r, i);
  }
}

/** A certificate's row: a cover of a product at a place, with its figures and the certificate's premium. */
function certificateRow(c: Coverage): boolean {
  return c.items === undefined && c.coverage !== undefined && c.premium !== undefined && (c.sum !== undefined || c.deductible !== undefined);
}

/** Two rows' places as one certificate's: both unsaid, or the same place. */
function placesAgree(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined ? a === b : samePlace(a, b);
}

/** A name or place as rows compare it: case and punctuation aside. */
function key(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/[^A-Za-zÀ-ÖØ-öø-ÿ0-9]+/g, ' ').trim();
}

/**
 * Whether two places are one: the same, or one the other with more said — «Klubbhuset, Stadionvegen
 * 3, 2380 Brumunddal» and «Klubbhuset, Stadionvegen 3, gnr 14 bnr 22, 2380 Brumunddal» (every part
 * between commas of the shorter is a part of the longer, the postcode and place among them).
 */
function samePlace(a: string, b: string): boolean {
  if (key(a) === key(b)) return true;
  // («Sagveien 21» in a table of premiums, «Sagveien 21, 3413 Lier» in the list of sums: the street and number the
  // one place has, its postcode and place after them)
  if (streetThenPostcode(a, b) || streetThenPostcode(b, a)) return true;
  const parts = (s: string): string[] => s.split(',').map(key).filter((x) => x !== '');
  const [few, more] = parts(a).length <= parts(b).length ? [parts(a), parts(b)] : [parts(b), parts(a)];
  return few.length >= 2 && few.some((x) => POSTCODE.test(x)) && few.every((x) => more.includes(x));
}

const POSTCODE = /^\d{4} /;

/** A street and its number alone («Sagveien 21»), and the same with its postcode and place after a comma («Sagveien 21, 3413 Lier»). */
function streetThenPostcode(street: string, place: string): boolean {
  return STREET_NUMBER.test(street.trim()) && place.trim().toLowerCase().startsWith(`${street.trim().toLowerCase()},`) && POSTCODE_AFTER.test(place.slice(street.trim().length).trim());
}
const STREET_NUMBER = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ .'-]*\s\d{1,4}\s?[A-Za-z]?$/u;
const POSTCODE_AFTER = /^,\s*\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ .'-]*$/u;

/** A row of the premium alone: an overview's price line. */
function priceOnly(c: Coverage): boolean {
  return c.premium !== undefined && c.sum === undefined && c.deductible === undefined;
}

/** A row of sum or deductible with no premium: a certificate's figures. */
function detailsOnly(c: Coverage): boolean {
  return c.premium === undefined && (c.sum !== undefined || c.deductible !== undefined);
}

/**
 * A certificate's row that states its premium as well («FORSIKRINGSBEVIS BYGNING» … «Skistua | Fullverdi |
 * 10 000» and «Forsikringens premie 6 420»): its details join an overview's row of the same premium.
 */
function pricedDetails(c: Coverage): boolean {
  return c.premium !== undefined && (c.sum !== undefined || c.deductible !== undefined);
}

/** «Forsikringssum: Fullverdi»: a building insured at full value has no sum, and is a certificate's row all the same. */
function fullValue(c: Coverage): boolean {
  return c.deductible !== undefined && c.note !== undefined && /^fullverdi\b/i.test(c.note);
}

/** A warning at the later of two rows of one coverage that state different figures; both rows stay. */
function conflict(r: Reading, a: number, b: number, d: Coverage, fields: readonly string[]): void {
  const first = r.trace.get(`coverages[${a}]`);
  const second = r.trace.get(`coverages[${b}]`);
  if (!first || !second) return;
  const at = (t: TracePoint): SourceLine => ({ page: t.page, line: t.line, text: t.text ?? '', cells: [t.text ?? ''] });
  r.warn(at(second), `${d.product}${d.object !== undefined ? ` (${d.object})` : ''} is stated at ${r.where(at(first))} too, with another ${fields.join(' and ')}; both kept`);
}

/**
 * A person product's section continued under a heading of its own — the heading again after a page
 * break («YRKESSKADE» … «Side 2 av 3» … «Yrkesskade»), or a variant of it («Yrkesskade – tillegg»,
 * «Gruppeliv (fortsettelse)», «Yrkesskadeforsikring, forts.») — states more items of the same
 * product: the later coverage's items join the first's, in the document's order. Only coverages of
 * items alone (no object, coverage, sum or deductible), not priced twice, and with no item named in
 * both with another sum (two groups of staff, each with its own sums, stay apart).
 */
export function joinContinued(r: Reading, coverages: Coverage[]): void {
  for (let j = coverages.length - 1; j > 0; j--) {
    const later = coverages[j]!;
    if (!itemsAlone(later)) continue;
    const key = sectionKey(later.product);
    const i = coverages.findIndex((c, k) => k < j && itemsAlone(c) && sectionKey(c.product) === key && joinable(c, later));
    if (i < 0) continue;
    const first = coverages[i]!;
    const items = first.items!;
    for (const [k, it] of later.items!.entries()) {
      if (items.some((x) => sameItem(x, it))) continue;
      const t = r.trace.get(`coverages[${j}].items[${k}]`);
      if (t) r.trace.set(`coverages[${i}].items[${items.length}]`, t);
      items.push(it);
    }
    if (first.premium === undefined && later.premium !== undefined) {
      const t = r.trace.get(`coverages[${j}].premium`) ?? r.trace.get(`coverages[${j}]`);
      coverages[i] = ordered({ ...first, premium: later.premium });
      if (t) r.trace.set(`coverages[${i}].premium`, t);
    }
    coverages.splice(j, 1);
    removeTrace(r, j);
    inDocumentOrder(r, coverages[i]!, i);
  }
}

/**
 * «Barneforsikring» with its table of covers' sums, then under it «Eigenandel: ingen.» and «Pris: kr 2 148 per år …»: the
 * person product's own deductible and premium, read as a coverage of those figures alone beside the one of its items — one
 * coverage. Only for a person product whose figures coverage names nothing else (no object, cover level, sum or items) and
 * one coverage of its items with neither figure stated otherwise; two such coverages of the product and nothing is joined.
 */
export function joinPersonFigures(r: Reading, coverages: Coverage[]): void {
  for (let j = coverages.length - 1; j >= 0; j--) {
    const d = coverages[j]!;
    if (d.items !== undefined || d.object !== undefined || d.sum !== undefined || (d.deductible === undefined && d.premium === undefined)) continue;
    if (!PERSON_COVERAGES.productWords.some((w) => lowerCase(d.product).includes(w))) continue;
    const key = sectionKey(d.product);
    const owners = coverages.filter((c, i) => i !== j && c.items !== undefined && c.items.length > 0 && sectionKey(c.product) === key && c.object === undefined && c.sum === undefined && lowerCase(c.coverage ?? '') === lowerCase(d.coverage ?? ''));
    if (owners.length !== 1) continue;
    const c = owners[0]!;
    if ((c.deductible !== undefined && d.deductible !== undefined && c.deductible !== d.deductible) || (c.premium !== undefined && d.premium !== undefined && c.premium !== d.premium)) continue;
    const i = coverages.indexOf(c);
    const joined: Coverage = { ...c };
    for (const k of ['deductible', 'premium'] as const) {
      if (joined[k] !== undefined || d[k] === undefined) continue;
      joined[k] = d[k];
      const t = r.trace.get(`coverages[${j}].${k}`) ?? r.trace.get(`coverages[${j}]`);
      if (t) r.trace.set(`coverages[${i}].${k}`, t);
    }
    if (d.note !== undefined && joined.note === undefined) joined.note = d.note;
    coverages[i] = ordered(joined);
    coverages.splice(j, 1);
    removeTrace(r, j);
  }
}

/** A person product's benefit by its name (PERSON_COVERAGES.benefits, then a space, a bracket or the end): «Dødsfall etter ulykke», «Medisinsk invaliditet (100 %)». */
const BENEFIT = new RegExp(String.raw`^(?:(?:${PERSON_COVERAGES.addOnWords.join('|')})\s+)?(?:${PERSON_COVERAGES.benefits.join('|')})(?:$|[\s(,:])`);
/** Extensions sold as person products of their own (PERSON_COVERAGES.products): «Kritisk sykdom» alone is such a product. */
const OWN_PRODUCT = new RegExp(String.raw`^(?:${PERSON_COVERAGES.products.join('|')})(?![a-zæøå])`);

/** Whether a name is a person product's benefit; `alone` for a name read as a product (then an extension sold alone is none). */
export function namesBenefit(name: string, alone: boolean): boolean {
  const l = lowerCase(name).trim();
  // (a benefit's name, not a sentence describing the cover: «Dødsfall med barnetillegg for hvert barn under 21 år som
  // forsørges av den forsikrede», «Medisinsk invaliditet etter ulykkesskade i fritiden, gradert etter …» stay the coverage)
  if (l.includes(',') || l.split(/\s+/).length > 6) return false;
  return BENEFIT.test(l) || (!alone && /^kritisk (?:sykdom|sjukdom)(?![a-zæøå])/.test(l)) ? !(alone && OWN_PRODUCT.test(l)) : false;
}

/** A person product's name (PERSON_COVERAGES.productWords), not a benefit's nor a journey's. */
function personProduct(name: string): boolean {
  const l = lowerCase(name);
  return !namesBenefit(name, false) && !l.includes('reise') && PERSON_COVERAGES.productWords.some((w) => l.includes(w));
}

/** A coverage of a name and its sum alone, perhaps with a premium: no object, deductible nor items. */
function sumAlone(c: Coverage): boolean {
  return c.sum !== undefined && c.object === undefined && c.deductible === undefined && c.items === undefined;
}

/**
 * «Kollektiv ulykkesforsikring (fritid)» over «Ytelse | Sum per person» and «Dødsfall | kr 200 000» (the benefit read as
 * the product's coverage), or «* Dødsfall etter ulykke» and «Forsikringssum: 300 000 kr» under «Ulykkesforsikring» (the
 * benefit read as a product): a person product's benefit and its sum are its item, never a coverage of its own. The item
 * goes to the product's one coverage of items (made from the first benefit where there is none); a benefit read as a
 * product goes only where the document has exactly one person product, otherwise it stays as it was.
 */
export function benefitsAsItems(r: Reading, coverages: Coverage[]): void {
  for (let j = 0; j < coverages.length; j++) {
    const d = coverages[j]!;
    if (!sumAlone(d)) continue;
    let owners: Coverage[];
    if (d.coverage !== undefined) {
      // (a row that has its own premium, «Gruppeliv | Død | 20 G | – | kr 18 910», is read by hand as the product's one
      // cover and its price as often as as a benefit: left as it is)
      if (d.premium !== undefined || !personProduct(d.product) || !namesBenefit(d.coverage, false)) continue;
      const key = sectionKey(d.product);
      // (a premium on one of several benefit rows of the product, «Medisinsk invaliditet | … | 500 000 | | 1 140» over
      // «Dødsfall | … | 100 000 | |», prices that row's cover: a table of priced covers, left as it is)
      const rows = coverages.filter((c) => c.coverage !== undefined && sectionKey(c.product) === key && sumAlone(c) && namesBenefit(c.coverage, false));
      if (rows.length > 1 && rows.some((c) => c.premium !== undefined)) continue;
      // (the product's one other coverage, its own cover named, «Yrkesskade | Lovpålagt, standardisert | | kr 58 210», owns
      // the add-on on the row under it, «Yrkesskade | Tillegg ménerstatning | 5 G |»)
      owners = coverages.filter((c) => c !== d && sectionKey(c.product) === key && (c.coverage === undefined || !namesBenefit(c.coverage, false)) && c.object === undefined && c.sum === undefined);
      if (owners.length === 0) {
        // (the first benefit of the product: its coverage becomes the product's, the benefit its first item; a broker's row
        // «Storebrand | Gruppeliv | Dødsfall | 15 G | kr 27 440» keeps its premium, the product's)
        coverages[j] = ordered({
          product: d.product,
          ...(d.premium !== undefined ? { premium: d.premium } : {}),
          ...(d.index_class !== undefined ? { index_class: d.index_class } : {}),
          items: [{ name: d.coverage, sum: d.sum! }],
        });
        const t = r.trace.get(`coverages[${j}].sum`) ?? r.trace.get(`coverages[${j}]`);
        r.trace.delete(`coverages[${j}].sum`);
        r.trace.delete(`coverages[${j}].coverage`);
        if (t) r.trace.set(`coverages[${j}].items[0]`, t);
        continue;
      }

    } else {
      if (d.premium !== undefined || !namesBenefit(d.product, true)) continue;
      owners = coverages.filter((c) => c !== d && personProduct(c.product) && c.object === undefined && c.coverage === undefined && c.sum === undefined);
      const products = new Set(coverages.filter((c) => personProduct(c.product)).map((c) => sectionKey(c.product)));
      if (products.size !== 1) continue;
    }
    if (owners.length !== 1) continue;
    const o = owners[0]!;
    const i = coverages.indexOf(o);
    const name = d.coverage ?? d.product;
    if (o.items?.some((x) => lowerCase(x.name) === lowerCase(name))) continue;
    const items = [...(o.items ?? []), { name, sum: d.sum! }];
    coverages[i] = ordered({ ...o, ...(d.premium !== undefined ? { premium: d.premium } : {}), items });
    if (d.premium !== undefined) {
      const tp = r.trace.get(`coverages[${j}].premium`);
      if (tp) r.trace.set(`coverages[${i}].premium`, tp);
    }
    const t = r.trace.get(`coverages[${j}].sum`) ?? r.trace.get(`coverages[${j}]`);
    if (t) r.trace.set(`coverages[${i}].items[${items.length - 1}]`, t);
    coverages.splice(j, 1);
    removeTrace(r, j);
    const at = i > j ? i - 1 : i;
    inDocumentOrder(r, coverages[at]!, at);
    j--;
  }
}

/** A coverage of items alone: a person product's section. */
function itemsAlone(c: Coverage): boolean {
  return c.items !== undefined && c.items.length > 0 && c.object === undefined && c.coverage === undefined && c.sum === undefined && c.deductible === undefined;
}

/** Whether two sections of one product's name are one product: not priced twice, no item with two sums. */
function joinable(a: Coverage, b: Coverage): boolean {
  if (a.premium !== undefined && b.premium !== undefined && a.premium !== b.premium) return false;
  return !b.items!.some((y) => a.items!.some((x) => lowerCase(x.name) === lowerCase(y.name) && !sameItem(x, y)));
}

function sameItem(a: CoverageItem, b: CoverageItem): boolean {
  return lowerCase(a.name) === lowerCase(b.name) && JSON.stringify(a.sum) === JSON.stringify(b.sum);
}

/** «(fortsettelse)», «– tillegg», «, forts.»: what a heading adds to a product's name when it goes on with it (lower case). */
const CONTINUED = new RegExp(String.raw`(?:\s*\((?:${PERSON_COVERAGES.continued.join('|')})\.?\)|\s*[–—,:-]\s*(?:${PERSON_COVERAGES.continued.join('|')})\.?)$`);

/** A product's name as its sections compare: case, a continuation's words and «-forsikring» aside. */
function sectionKey(product: string): string {
  return lowerCase(product)
    .trim()
    .replace(CONTINUED, '')
    .replace(/forsikring(?:en|a)?$/, '')
    .replace(/[^a-zà-öø-ÿ0-9]+/g, ' ')
    .trim();
}

/** A coverage's items in the order the document states them (a table's rows are read before the lines around them), their trace with them. */
export function inDocumentOrder(r: Reading, c: Coverage, i: number): void {
  const items = c.items!;
  const key = (j: number): string => `coverages[${i}].items[${j}]`;
  const points = items.map((_, j) => r.trace.get(key(j)));
  if (points.some((p) => p === undefined)) return;
  const at = (j: number): [number, number] => [points[j]!.page, points[j]!.line];
  const order = items.map((_, j) => j).sort((a, b) => at(a)[0] - at(b)[0] || at(a)[1] - at(b)[1] || a - b);
  if (order.every((j, k) => j === k)) return;
  c.items = order.map((j) => items[j]!);
  order.forEach((j, k) => r.trace.set(key(k), points[j]!));
}

/** The trace of coverage `i` removed; that of the coverages after it moves up by one. */
export function removeTrace(r: Reading, i: number): void {
  const moved = new Map<string, TracePoint>();
  for (const [path, t] of r.trace) {
    const m = /^coverages\[(\d+)\](.*)$/.exec(path);
    if (!m) continue;
    const n = +m[1]!;
    r.trace.delete(path);
    if (n === i) continue;
    moved.set(`coverages[${n > i ? n - 1 : n}]${m[2]}`, t);
  }
  for (const [path, t] of moved) r.trace.set(path, t);
}

/**
 * «Egenandel for behandlingsutgifter: kr 2 000» over «• Behandlingsutgifter: inntil kr 50 000» (a
 * person cover's lines, read by two readers): the part's deductible and the part's limit are one
 * item. An item with only a deductible joins the other item of its name that has none; the trace of
 * the items after it moves up.
 */
export function joinPartDeductibles(r: Reading, coverages: readonly Coverage[]): void {
  coverages.forEach((c, i) => {
    const items = c.items;
    if (items === undefined || items.length < 2) return;
    const gone = new Set<number>();
    items.forEach((d, j) => {
      if (d.deductible === undefined || d.sum !== undefined || d.note !== undefined) return;
      const k = items.findIndex((o, x) => x !== j && !gone.has(x) && o.deductible === undefined && lowerCase(o.name) === lowerCase(d.name));
      if (k < 0) return;
      const o = items[k]!;
      items[k] = { name: o.name, ...(o.sum !== undefined && { sum: o.sum }), deductible: d.deductible, ...(o.note !== undefined && { note: o.note }) };
      gone.add(j);
    });
    if (gone.size === 0) return;
    const key = (j: number): string => `coverages[${i}].items[${j}]`;
    const points = items.map((_, j) => r.trace.get(key(j)));
    items.forEach((_, j) => r.trace.delete(key(j)));
    const kept = items.map((_, j) => j).filter((j) => !gone.has(j));
    c.items = kept.map((j) => items[j]!);
    kept.forEach((j, n) => {
      if (points[j] !== undefined) r.trace.set(key(n), points[j]!);
    });
  });
}


/**
 * «Ulykkesforsikring | Hanne Birkeland | – | se under | – | 1 044 kr» in an overview's table, and under it
 * «Ulykkesforsikring – forsikringssummer» over «Medisinsk invaliditet  15 G»: the row's sum cell points
 * to the items below, so they are that row's — one coverage with its place and premium and its items,
 * not a row without a sum and a second coverage of the same product. Only where exactly one row of
 * the product says so and one coverage of its items alone (no place, cover, sum or deductible) follows;
 * a premium of the items' coverage goes to the row only when the row has none.
 */
export function joinReferredDown(r: Reading, coverages: Coverage[]): void {
  const rows = coverages.flatMap((c, i) => (c.items === undefined && c.sum === undefined && c.note !== undefined && c.note.split('; ').some((n) => SEE_BELOW.test(n.trim())) ? [i] : []));
  // (from the last row up: a row's items stand after it, so a join moves no row not yet looked at)
  for (const i of rows.reverse()) {
    const row = coverages[i]!;
    const same = coverages.flatMap((c, j) => (j !== i && key(c.product) === key(row.product) ? [j] : []));
    const j = same.length === 1 && same[0]! > i ? same[0]! : -1;
    const items = j >= 0 ? coverages[j]! : undefined;
    if (items === undefined || !itemsAlone(items) || (row.premium !== undefined && items.premium !== undefined && row.premium !== items.premium)) {
      // (the row's sum is said to be below, and no one coverage of its items is: said, on the row's line)
      const t = r.trace.get(`coverages[${i}]`);
      const cell = row.note!.split('; ').find((n) => SEE_BELOW.test(n.trim()))!;
      if (t) r.warn({ page: t.page, line: t.line, text: t.text ?? '', cells: [t.text ?? ''] }, `could not read the sum ${quote(cell)} of ${row.product}${row.object !== undefined ? ` (${row.object})` : ''}: no one list of its items was found below`);
      continue;
    }
    const note = row.note!.split('; ').filter((n) => !SEE_BELOW.test(n.trim())).join('; ');
    const joined: Coverage = { ...row, items: items.items! };
    if (note === '') delete joined.note;
    else joined.note = note;
    if (joined.premium === undefined && items.premium !== undefined) {
      joined.premium = items.premium;
      const t = r.trace.get(`coverages[${j}].premium`) ?? r.trace.get(`coverages[${j}]`);
      if (t) r.trace.set(`coverages[${i}].premium`, t);
    }
    items.items!.forEach((_, k) => {
      const t = r.trace.get(`coverages[${j}].items[${k}]`);
      if (t) r.trace.set(`coverages[${i}].items[${k}]`, t);
    });
    coverages[i] = ordered(joined);
    coverages.splice(j, 1);
    removeTrace(r, j);
  }
}

/** How many lines a product's items and its own figures may stand apart under its heading and still be one card. */
const CARD_SPAN = 12;

/**
 * «Reise Europa / Travel Europe» over «Reisegods: NOK 30 000», «Avbestilling: NOK 25 000», then «Egenandel: NOK 500» and «Pris:
 * NOK 1 140 per år»: a private customer's card that lists its product's benefits before the product's own deductible and price
 * — one coverage, not a coverage of items and a second one of figures under the same name. Only where the product has exactly
 * those two coverages, the one with items alone (no place, cover, sum, deductible or premium), the other with no items, no
 * place and no cover, its line within a few lines after the last item's.
 */
export function joinCardFigures(r: Reading, coverages: Coverage[]): void {
  for (let i = coverages.length - 1; i >= 0; i--) {
    const items = coverages[i]!;
    if (!itemsAlone(items) || items.premium !== undefined) continue;
    const same = coverages.flatMap((c, k) => (k !== i && key(c.product) === key(items.product) ? [k] : []));
    if (same.length !== 1) continue;
    const j = same[0]!;
    const figures = coverages[j]!;
    if (figures.items !== undefined || figures.object !== undefined || figures.coverage !== undefined || (figures.deductible === undefined && figures.premium === undefined)) continue;
    const lastItem = r.trace.get(`coverages[${i}].items[${items.items!.length - 1}]`);
    const own = r.trace.get(`coverages[${j}]`);
    if (lastItem === undefined || own === undefined || own.page !== lastItem.page || own.line < lastItem.line || own.line - lastItem.line > CARD_SPAN) continue;
    const joined: Coverage = { ...figures, items: items.items! };
    items.items!.forEach((_, k) => {
      const t = r.trace.get(`coverages[${i}].items[${k}]`);
      if (t) r.trace.set(`coverages[${j}].items[${k}]`, t);
    });
    coverages[j] = ordered(joined);
    coverages.splice(i, 1);
    removeTrace(r, i);
  }
}

/** A registration plate in a line, its letters and digits alone (group 1). */
const PLATE_IN_LINE = new RegExp(String.raw`(?:^|[\s,–(-])(${PLATE_SOURCE})(?=$|[\s,.)])`);
/** A plate's letters and digits alone («CF 20334» and «CF20334» are one plate). */
const plateKey = (s: string): string | undefined => {
  const m = PLATE_IN_LINE.exec(s);
  return m ? m[1]!.replace(/\s/g, '') : undefined;
};

/**
 * «Detaljer bil – CF 20334 Volkswagen ID.4» over «  Fører- og passasjerulykke:» and its sums («Ved død kr 200 000»): a
 * section that repeats a vehicle of the overview by its plate is that vehicle's coverage, and a group of items read in
 * it is the coverage's items, never a product of its own (read so, the car's accident sums were a product beside the
 * car). The section is the lines right above the group, up to a gap; its line that names a plate names the vehicle.
 * Joined only where one coverage of the schedule has that plate in its object, no items yet, and the group states
 * nothing but items; else both stay as read.
 */
export function joinVehicleDetails(r: Reading, coverages: Coverage[]): void {
  for (let i = coverages.length - 1; i >= 0; i--) {
    const d = coverages[i]!;
    if (d.items === undefined || d.items.length === 0 || d.object !== undefined || d.sum !== undefined || d.deductible !== undefined || d.premium !== undefined) continue;
    const t = r.trace.get(`coverages[${i}]`);
    if (t === undefined) continue;
    const at = r.units.findIndex((u) => u.lines.some((l) => l.page === t.page && l.line === t.line));
    if (at <= 0) continue;
    // (the lines right above, up to a gap: the first that names a plate is the section's vehicle)
    let plate: string | undefined;
    let prev = r.units[at]!.lines[0]!;
    for (let k = at - 1; k >= 0 && plate === undefined; k--) {
      const u = r.units[k]!;
      const last = u.lines[u.lines.length - 1]!;
      if (last.page !== prev.page || last.line !== prev.line - 1 || u.row) break;
      plate = plateKey(u.text);
      prev = u.lines[0]!;
    }
    if (plate === undefined) continue;
    const owners = coverages.filter((c, j) => j !== i && c.object !== undefined && plateKey(c.object) === plate);
    if (owners.length !== 1 || owners[0]!.items !== undefined) continue;
    const owner = owners[0]!;
    const o = coverages.indexOf(owner);
    owner.items = d.items;
    d.items.forEach((_, j) => {
      const it = r.trace.get(`coverages[${i}].items[${j}]`);
      if (it) r.trace.set(`coverages[${o}].items[${j}]`, it);
    });
    coverages[o] = ordered(owner);
    coverages.splice(i, 1);
    removeTrace(r, i);
  }
}

/**
 * «Inkludert i Kasko:», «Inngår i kaskoforsikringen:», «Dette inngår i Bil Kasko:» set under a table's row: a heading over the
 * parts the row's cover takes in, each with its sum («Ansvar   kr 10 000 000», «Personleg lausøyre om bord   kr 30 000») — the
 * named cover's. The cover named after «i»; the heading's own name, read as a product, is none.
 */
const INCLUDED_IN = /^(?:inkludert|inkl\.|inngår|som inngår|dette inngår|dette er inkludert|omfatter|omfattar)\s+i\s+(.+?)\s*:?$/i;

/**
 * «Båt Kasko | kr 685 000 | …» over «Inkludert i Kasko:» and its parts: the parts are the items of the coverage right before,
 * when that coverage's product or cover names what the heading names («Kasko» in «Båt» / «Kasko»). A heading that names no
 * cover before it, or one with figures of its own, is left as read.
 */
export function joinIncludedIn(r: Reading, coverages: Coverage[]): void {
  for (let j = coverages.length - 1; j > 0; j--) {
    const c = coverages[j]!;
    const named = itemsAlone(c) && c.premium === undefined ? INCLUDED_IN.exec(c.product.trim()) : null;
    if (!named) continue;
    const owner = coverages[j - 1]!;
    const words = lowerCase(`${owner.product} ${owner.coverage ?? ''}`);
    const what = lowerCase(named[1]!.trim());
    if (!words.split(/\s+/).some((w) => w === what || `${w}forsikringen` === what || `${w}forsikringa` === what) && !words.includes(what)) continue;
    const items = (owner.items ??= []);
    for (const [k, it] of c.items!.entries()) {
      // (a part the row already names with the same sum is the same part; with another sum it is kept, both to be seen)
      if (items.some((x) => lowerCase(x.name) === lowerCase(it.name) && JSON.stringify(x.sum) === JSON.stringify(it.sum))) continue;
      const t = r.trace.get(`coverages[${j}].items[${k}]`);
      if (t) r.trace.set(`coverages[${j - 1}].items[${items.length}]`, t);
      items.push(it);
    }
    coverages.splice(j, 1);
    removeTrace(r, j);
  }
}
