/**
 * The one insured place a document states for itself, given to the property rows that name no place.
 *
 * A certificate of one business or one housing co-operative states its place once, in the block at
 * the top, and lists what is insured there in a table with no place column:
 *
 *   Forsikringssted:    Industrivegen 14, 3430 Spikkestad
 *   Virksomhet: Bilverksted og dekkhotell. Antall ansatte oppgitt ved tegning: 7.
 *   Forsikringsoversikt
 *   | Produkt | Dekning | Forsikringssum | Egenandel | Årspremie |
 *   | Næringsbygg | Bygning, fullverdi | kr 18 300 000 | kr 15 000 | kr 32 940 |
 *
 * The building, the contents and the stock of such rows are at that place; liability, business
 * interruption and the staff's insurance are not things at a place, and get none. Only a place stated
 * above every row is the document's: one inside a product's block is that product's. A document that
 * labels two different places as insured places says nothing of which row is where: then no row
 * gets a place from here (the rows' own places, where the tables give them, are read by the tables).
 */
import type { Coverage } from '../model/policy.js';
import type { Reading } from './extract.js';
import { namesFarmStock, namesProduct, rowIndexClass, ruleFor } from './index-class.js';
import { lowerCase } from './lower.js';
import { PLACED_CLASSES, VEHICLE_LABELS } from './schedule-fields.js';
import { DESCRIBED_PLACE } from './schedule-overview.js';
import { ordered } from './schedule-names.js';
import { placeLine } from './schedule-tables.js';
import { PLACE_MARKS } from './text-cells.js';
import type { Unit } from './units.js';
import { INSURED_PLACE_LABELS, PLATE_SOURCE, VEHICLE_PRODUCTS } from './vocabulary.js';

/** A registration number's label («Registreringsnummer», «Reg.nr.», «Kjennemerke») over a plate alone («EK 48213»). */
const PLATE_LABEL = /^(?:registreringsnummer|reg\.?\s?nr\.?|regnr\.?|kjennemerke)$/;
const PLATE_ALONE = new RegExp(`^${PLATE_SOURCE}$`);

/** A line that begins with a label of the insured place itself (vocabulary's INSURED_PLACE_LABELS). */
const INSURED_PLACE = new RegExp(`^\\s*(?:${INSURED_PLACE_LABELS.join('|')})\\b`, 'i');

/**
 * A sentence that leads into the list of what is insured, naming where: «Dette har de forsikra i salongen i Vangsgata 41,
 * 5700 Voss:», «Dette er forsikret i lokalene på Storgata 5, 3611 Kongsberg:» — the address after its «i» or «på», up to
 * its town, before the colon that ends the sentence.
 */
const LEAD_IN_PLACE = /\bforsikra?(?:et|t)?\s[^:]*?\s(?:i|på)\s+([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ.'-]+){0,3}\s\d{1,4}\s?[A-Za-z]?,\s*\d{4}\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ'-]*(?:\s(?:i|på)\s[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ'-]*)?)\s*:$/u;

/** The document's insured places: each distinct place an insured-place label names, with its first line. */
function insuredPlaces(units: readonly Unit[]): Map<string, { object: string; unit: Unit }> {
  const places = new Map<string, { object: string; unit: Unit }>();
  for (const u of units) {
    const text = u.row ? u.cells.filter((c) => c.trim() !== '').join(' ') : u.text;
    const led = LEAD_IN_PLACE.exec(text.trim())?.[1];
    if (!INSURED_PLACE.test(text) && led === undefined) continue;
    const object = led ?? placeLine(u);
    // (a place has a figure: a house number, a postcode, a land register number)
    if (object === undefined || !/\d/.test(object)) continue;
    const key = object.toLowerCase().replace(/[\s,.]+/g, ' ').trim();
    if (!places.has(key)) places.set(key, { object, unit: u });
  }
  return places;
}

/** Is the coverage a thing at a place: its row's class, or its product's («Eiendeler» over a row of customers' vehicles)? */
function atAPlace(c: Coverage): boolean {
  if (c.index_class !== undefined && PLACED_CLASSES.has(c.index_class)) return true;
  // (a farm's animals and crop: left out, a farm's overview under «Forsikringssted: …» gave the place to
  // its buildings and machines and none to the animals and crop in the same table)
  if (namesFarmStock(c.product)) return true;
  // (a business's glass and signs — «Glass», «Glas og skilt», «Bygningsglass» on a shop's certificate — are the premises' panes:
  // at the premises' place, though no index class names them)
  if (/^(?:glass?|bygningsglas|skilt)(?![a-zæøå])/.test(lowerCase(c.product.trim()))) return true;
  return PLACED_CLASSES.has(rowIndexClass(c.product).index_class);
}

/** Gives the document's one insured place to its property rows without a place of their own. */
export function placeRowsAtDocumentPlace(r: Reading, coverages: Coverage[]): void {
  const candidates = coverages.filter((c) => c.object === undefined && atAPlace(c));
  if (candidates.length === 0) return;
  const places = insuredPlaces(r.units);
  if (places.size !== 1) return;
  const { object, unit } = [...places.values()][0]!;
  // (the place stated above every row, in the document's own block; a place line inside one product's
  // block — «Næringsbygg» / «Forsikringssted: …» under the overview — is that product's only)
  const first = unit.lines[0]!;
  const before = (c: Coverage): boolean => {
    const at = r.trace.get(`coverages[${coverages.indexOf(c)}]`);
    return at === undefined || at.page > first.page || (at.page === first.page && at.line > first.line);
  };
  if (!coverages.every(before)) return;
  // (rows that do state places of their own, other than this one: the document is about several places)
  if (coverages.some((c) => c.object !== undefined && atAPlace(c) && c.object !== object)) return;
  for (const c of candidates) {
    c.object = object;
    r.atUnit(`coverages[${coverages.indexOf(c)}].object`, unit);
  }
  r.used.add(unit);
}

/**
 * «Båt: Askeladden 540 Fun» (or «Kjøretøy: …») among an e-mail's or a certificate's fields, over the
 * table of the boat's covers (a product heading «Båtforsikring» and rows «Kasko», «Ansvar» with no
 * object column): the document's one vehicle or boat is the object of its vehicle rows that name
 * none. Only one such field stated above every row; a value that names a kind («Båt: Motorbåt»,
 * a word the product table knows) names no thing.
 */
export function vehicleRowsAtDocumentThing(r: Reading, coverages: Coverage[]): void {
  const vehicle = ruleFor('kjøretøy');
  const candidates = coverages.filter((c) => c.object === undefined && ruleFor(c.product) === vehicle);
  if (candidates.length === 0) return;
  const things = new Map<string, Unit>();
  for (const u of r.units) {
    if ((u.row && !alignedField(u)) || u.label === undefined || !(VEHICLE_LABELS.has(lowerCase(u.label.trim())) || INSURED_VEHICLE_LABEL.test(lowerCase(u.label.trim())))) continue;
    const value = u.text.slice(u.text.indexOf(':') + 1).trim();
    if (value.length < 3 || value.length > 60 || !/^[A-ZÆØÅ]/.test(value) || namesProduct(value)) continue;
    things.set(value, u);
  }
  // («Registreringsnummer   EK 48213» in the vehicle's own block of a car certificate, apart from the block of
  // its cover and price: the plate is the car; read only where no field names the vehicle otherwise)
  if (things.size === 0) {
    for (const u of r.units) {
      const cells = u.row ? u.cells.map((c) => c.trim()).filter((c) => c !== '') : u.label !== undefined ? [u.label, u.text.slice(u.text.indexOf(':') + 1)] : [];
      if (cells.length !== 2 || !PLATE_LABEL.test(lowerCase(cells[0]!.replace(/:$/, '').trim()))) continue;
      const plate = cells[1]!.trim();
      if (PLATE_ALONE.test(plate)) things.set(plate.replace(/^([A-ZÆØÅ]{2})(\d)/, '$1 $2'), u);
    }
  }
  if (things.size !== 1) return;
  const [object, unit] = [...things][0]!;
  // («Båt: Yamarin 59 DC (2019)» on a page of cards that also holds «Bilforsikring Kasko»: the boat is
  // no object of the car's card — a thing's kind and a product's kind that differ never pair)
  const kind = unit.label === undefined ? undefined : vehicleKind(unit.label);
  const rows = candidates.filter((c) => kind === undefined || vehicleKind(c.product) === undefined || vehicleKind(c.product) === kind);
  if (rows.length === 0) return;
  // («MOTORSYKKEL» over «Registreringsnummer   KT 3391», then «BÅT» with no plate: the plate stands in the section of the product
  // whose heading is right above it — that product's vehicle, never the boat's; a product's object is its own section's)
  const section = headingAbove(r, unit);
  if (section !== undefined && coverages.some((c) => lowerCase(c.product) === section) && !rows.some((c) => lowerCase(c.product) === section)) return;
  const first = unit.lines[0]!;
  for (const c of rows) {
    const at = r.trace.get(`coverages[${coverages.indexOf(c)}]`);
    if (at !== undefined && (at.page < first.page || (at.page === first.page && at.line < first.line))) return;
  }
  for (const c of rows) {
    c.object = object;
    r.atUnit(`coverages[${coverages.indexOf(c)}].object`, unit);
  }
  r.used.add(unit);
}

/**
 * «Båt:                     Askeladden C61 Cruiser, NYG 4412»: a field whose value a certificate sets apart in a column of
 * values under the others' (read as a row of two cells) is the field as one written with a single blank after its colon.
 */
function alignedField(u: Unit): boolean {
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  return cells.length === 2 && cells[0]!.endsWith(':') && !cells[0]!.slice(0, -1).includes(':');
}

/**
 * «Forsikret kjøretøy: EK 48213 Volkswagen ID.4», «Forsikret vogn: Hobby De Luxe 495 UL (CK 1847)», nynorsk «Forsikra
 * køyretøy»: the label says its value is the insured vehicle itself.
 */
const INSURED_VEHICLE_LABEL = /^(?:forsikret|forsikra|forsikrede|forsikrete)\s+(?:kjøretøy|køyretøy|bil|vogn|campingvogn|bobil|motorsykkel|tilhenger|tilhengar)$/;

/** How many lines above a field its section's product heading may stand. */
const SECTION_REACH = 12;

/** The product heading of the section a unit stands in (the nearest product heading above it, a few lines up), in lower case; undefined when none. */
function headingAbove(r: Reading, u: Unit): string | undefined {
  for (let i = u.index - 1; i >= 0 && i >= u.index - SECTION_REACH; i--) {
    const v = r.units[i]!;
    if (v.heading && v.product && !v.row && v.label === undefined) return lowerCase(v.text.trim().replace(/:$/, ''));
  }
  return undefined;
}

/** The kind of vehicle a label or a product's name starts with («Båt:», «Bilforsikring» → «bil»), longest first; undefined for «Kjøretøy». */
const VEHICLE_KIND = /^(bobil|båt|fartøy|bil|motorsykkel|moped|tilhenger|campingvogn|snøscooter|traktor)/;
function vehicleKind(name: string): string | undefined {
  const k = VEHICLE_KIND.exec(lowerCase(name.trim()))?.[1];
  return k === 'fartøy' ? 'båt' : k;
}

/** A row's place given as a number: «1», «Sted 2», «Lok. 3» in a «Sted» column. */
const PLACE_REFERENCE = /^(?:(?:sted|stad|lok\.?|lokasjon)\s*(?:nr\.?\s*)?)?(\d{1,2})$/i;
/** A row's places given as two numbers: «1–2», «1-2», «1, 2», «1 og 2» in a «Sted» column. */
const PLACES_REFERENCE = /^(\d{1,2})\s*(?:[–-]|,|\bog\b)\s*(\d{1,2})$/;
/** A line of a numbered list of places: «1  Industrivegen 12, 2740 Roa», «Sted 2: Gnr 45 Bnr 118, …», «3. Storgata 77, 2770 Jaren». */
const NUMBERED_PLACE = /^(?:(?:sted|stad|lok\.?|lokasjon|forsikringssted|forsikringsstad|risikosted)\s*(?:nr\.?\s*)?)?(\d{1,2})(?:[.):]|\s)\s*(\S.*)$/i;

/**
 * «Sted | Forsikret gjenstand | …» over «1 | Bygning | 42 800 000 | …», the places numbered once in
 * a list above («Forsikringssteder» / «1  Industrivegen 12, 2740 Roa» / «2  Gnr 45 Bnr 118, …»): each
 * row's place is the listed place of its number. A number whose place the document does not list,
 * or lists twice with two places, is no place: the object is left out and said so.
 */
export function placesByNumber(r: Reading, coverages: Coverage[]): void {
  // («Avbruddstap, 12 mnd | 1–2 | …»: a row at places 1 to 2, or «1, 2», «1 og 2» — at more than one place, so no one
  // place is the row's object; left out and said so)
  for (const [i, c] of coverages.entries()) {
    if (c.object === undefined || !PLACES_REFERENCE.test(c.object.trim())) continue;
    const at = r.trace.get(`coverages[${i}]`);
    if (at !== undefined) r.warn({ page: at.page, line: at.line, text: at.text ?? '', cells: [at.text ?? ''] }, `the place «${c.object}» of ${c.product} is more than one place of the document's list: no one place is the row's; the object is left out`);
    delete c.object;
  }
  const referring = coverages.filter((c) => c.object !== undefined && PLACE_REFERENCE.test(c.object.trim()));
  if (referring.length === 0) return;
  const listed = numberedPlaces(r.units);
  for (const c of referring) {
    const n = Number(PLACE_REFERENCE.exec(c.object!.trim())![1]);
    const place = listed.get(n);
    const i = coverages.indexOf(c);
    const at = r.trace.get(`coverages[${i}]`);
    if (place === undefined || place === 'two') {
      const why = place === 'two' ? 'the document lists two places of that number' : 'no list of the document gives the place of that number';
      if (at !== undefined) r.warn({ page: at.page, line: at.line, text: at.text ?? '', cells: [at.text ?? ''] }, `the place «${c.object}» of ${c.product} is a number, and ${why}; the object is left out`);
      delete c.object;
      continue;
    }
    // («Forsikringssted 1: Nesgata 12, 4480 Kvinesdal (butikk og lager)»: what the place is used for, in brackets after
    // its town, describes it — the row's note, as in a table's place cell; the address ends with its town)
    const described = DESCRIBED_PLACE.exec(place.object);
    c.object = described ? described[1]!.trim() : place.object;
    if (described) c.note = c.note === undefined ? described[2]!.trim() : `${described[2]!.trim()}; ${c.note}`;
    r.atUnit(`coverages[${i}].object`, place.unit);
    r.used.add(place.unit);
  }
}

/** The document's numbered places, by number ('two' where a number names two places). */
function numberedPlaces(units: readonly Unit[]): Map<number, { object: string; unit: Unit } | 'two'> {
  const out = new Map<number, { object: string; unit: Unit } | 'two'>();
  for (const u of units) {
    const text = u.row ? u.cells.filter((c) => c.trim() !== '').join(' ') : u.text;
    const m = u.lines.length === 1 ? NUMBERED_PLACE.exec(text.trim()) : null;
    if (m === null || !PLACE_MARKS.test(m[2]!)) continue;
    const n = Number(m[1]);
    const object = m[2]!.trim();
    const had = out.get(n);
    out.set(n, had === undefined || (had !== 'two' && had.object === object) ? { object, unit: u } : 'two');
  }
  return out;
}

/** A row's name that opens with a registration plate: «EL 48213 Volvo FH 500 4x2 trekkvogn», «DR 77104 Mercedes-Benz Sprinter 316». */
const PLATE_FIRST = new RegExp(String.raw`^${PLATE_SOURCE}(?=\s|$)`);
/** The name of a vehicle insurance in running text, and the word for whom it is for after it (VEHICLE_PRODUCTS). */
const VEHICLE_PRODUCT_IN_TEXT = new RegExp(String.raw`(?<![a-zæøå])(?:${VEHICLE_PRODUCTS.names.join('|')})(?:\s+(?:${VEHICLE_PRODUCTS.after.join('|')}))?(?![a-zæøå])`, 'gi');

/**
 * «Bilforsikring næring – avtale 6543210:» (a mail's sentence), «Emne: Endringer bilforsikring …» over «Kjøretøy | Dekning |
 * Egenandel | Årspris» and «EL 48213 Volvo FH 500 4x2 trekkvogn | Kasko | …»: a fleet's rows name each vehicle by its plate
 * and no product — the vehicle is the row's object, and the product is the vehicle insurance the document names above the
 * rows. Read as it was, every vehicle became a product of its own and the insurance was lost. Only where the lines above
 * the first such row name one vehicle insurance (however often); where they name two («Bilforsikring» and «Næringskjøretøy»),
 * which the rows are under is not known: said, and the rows left as they are.
 */
export function plateRowsUnderVehicleProduct(r: Reading, coverages: Coverage[]): void {
  const rows = coverages.filter((c) => c.object === undefined && PLATE_FIRST.test(c.product.trim()));
  if (rows.length === 0) return;
  const at = rows.map((c) => r.trace.get(`coverages[${coverages.indexOf(c)}]`));
  if (at.some((a) => a === undefined)) return;
  const first = at.reduce((a, b) => (b!.page < a!.page || (b!.page === a!.page && b!.line < a!.line) ? b : a))!;
  const names = new Map<string, { name: string; unit: Unit }>();
  for (const u of r.units) {
    const l = u.lines[0]!;
    if (l.page > first.page || (l.page === first.page && l.line >= first.line)) break;
    for (const m of u.text.matchAll(VEHICLE_PRODUCT_IN_TEXT)) {
      const key = lowerCase(m[0].replace(/\s+/g, ' '));
      if (!names.has(key)) names.set(key, { name: m[0].replace(/\s+/g, ' '), unit: u });
    }
  }
  if (names.size === 0) return;
  if (names.size > 1) {
    const [a, b] = [...names.values()];
    r.warnUnit(b!.unit, `the vehicles' rows could be under «${a!.name}» or «${b!.name}»: which insurance they are of is not known; each vehicle is read as it is named`);
    return;
  }
  const { name } = [...names.values()][0]!;
  const product = name[0]!.toUpperCase() + name.slice(1);
  for (const c of rows) {
    const i = coverages.indexOf(c);
    coverages[i] = ordered({ ...c, product, object: c.product.trim() });
  }
}
