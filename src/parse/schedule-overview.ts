/**
 * «Forsikringsoversikt» tables: a header row naming any subset of the columns Forsikring, Dekning,
 * Forsikringssted, Forsikringssum, Egenandel, Pris, in any order; each following row is one
 * coverage (a row with an empty Forsikring cell continues the product above; `Sum`/`Totalt` rows
 * are totals, not coverages). This module reads a header row's column roles and one row under
 * them; which rows belong to which table is src/parse/schedule-tables.ts.
 */
import type { Coverage, RowIndexClass } from '../model/policy.js';
import { AMOUNT_SOURCE, FIRST_RISK_WORD, readAmount, readSum } from './amounts.js';
import type { Reading } from './extract.js';
import { namesFarmStock, namesLossOfIncome, namesProduct, rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';
import { BY_LAW, columnOf, FIGURE_IN_PLACE, PLACE_THEN_BUILDING, PLACE_THEN_PERIOD, columnYear, coverageIndexClass, figureWhen, isDekning, namesFigure, commaOutsideBrackets, INDEMNITY_PERIOD, insuranceOfCovers, NO_LIMIT, ordered, periodOf, perMonth, perUnitAmount, perUnitG, PERSONS_CELL, placeOrCover, placeOrScope, productLine, POSTCODE_PLACE, SEE_BELOW, TOTAL_ROW, undatedColumn, type Figure } from './schedule-names.js';
import { quote, withoutColon, type Unit } from './units.js';
import { PLACE_MARKS } from './text-cells.js';
import { appliedFootnotes, footnotedFigure, footnotedWord } from './schedule-footnotes.js';
import { NOT_INDEXED } from './schedule-unindexed.js';
import { coverRunIntoPlace } from './schedule-cover-in-place.js';
import { sumBetweenPlaceLines } from './schedule-plausible.js';
import { COVER_LEVEL_SET, DEDUCTIBLE, FEE_WORDS, INDEX_COLUMN, INSURER_NAME_SET, NO_INDEX_CELL, PLATE_CELL, PLATE_IN_TEXT, PLATE_SOURCE, type Col } from './vocabulary.js';

// patterns of per-unit tests, made once: a literal in a function makes a new RegExp object at every call
const DIGIT = /\d/;
/** Whether a scope column's cell that measures the cover rather than naming what it is for: a figure first («12 mnd. ansvarstid», «68 ansatte»), or the law («Iht. lov»). */
const scopeMeasure = (cell: string): boolean => /^\d/.test(cell) || BY_LAW.test(cell);

/** A name that ends where a wrapped cell's first line does: «Ørland bo- og», «Lager for», «Verksted,». */
const CUT_NAME = /(?:[-–,]|\s(?:og|i|for|av|med|til))$/;
/** A cell that is a figure alone, small ones too: «350», «1 240». */
const FIGURE_ALONE = /^(?:kr\.?\s*)?\d[\d .]*(?:,-)?$/i;
/** A row that names a price of the agreement («Grunnpris lag/klubb», «Avtalegebyr»). */
const FEE = new RegExp(`^(?:${FEE_WORDS.join('|')})(?![a-zæøå])`, 'i');
/** «Egenandelen er uendret», «Eigenandelen vert vidareført»: a line that says a deductible stays as it is. */
const UNCHANGED_DEDUCTIBLE = new RegExp(`^(?:${DEDUCTIBLE.words.join('|')})[a-zæøå]*\\s.*(?:${DEDUCTIBLE.unchanged.join('|')})`);
/** A sum cell that names what the cover pays instead of a sum: a value («Markedsverdi») or a named law («Etter bilansvarsloven»). */
/** «Inkludert», «Inngår», «Ingår i prisen»: a cover included in the product, no sum of its own. */
export const INCLUDED = /^(?:inkludert|inkl\.?|inngår|inngår i (?:prisen|premien|forsikringen))$/i;
const VALUE_BASIS = /^(?:markedsverdi|markedsverdien|dagsverdi|dagsverdien|gjenanskaffelsesverdi|gjenanskaffelsesverdien|(?:etter|iht\.?|i\s+henhold\s+til|ifølge|jf\.?)\s+[a-zæøå]+(?:loven|lova))$/i;
/** A cell that says only that the row's sum is a first-risk sum (a «Forsikringsform» column). */
// (also with what the form means for the index after it: «Førsterisiko, indeksreguleres ikke» — UNINDEXED_FORM)
const FIRST_RISK_CELL = /^første\s*-?\s*risiko(?:\s*[,;]\s*(?:indeksreguleres|indeksregulert|reguleres|vert|blir)\s+(?:ikke|ikkje)(?:\s+indeksregulert)?)?$/i;
/**
 * A form cell that says its sum is not index-regulated: «Førsterisiko, indeksreguleres ikke», «Fast sum, indeksreguleres
 * ikke», or a remark column's cell that says only that: «Indeksreguleres ikke», «Ikke indeksregulert».
 */
const UNINDEXED_FORM = /^(?:[A-Za-zÀ-ÖØ-öø-ɏ -]{3,30}[,;]\s*)?(?:indeksreguleres\s+(?:ikke|ikkje)|indeksregulerast\s+ikkje|(?:ikke|ikkje)\s+indeksregulert|vert\s+ikkje\s+indeksregulert|blir\s+ikke\s+indeksregulert)\.?$/iu;
/** A name that says its sum is a first-risk sum at its end: «Maskiner, inventar og verktøy, førsterisiko», «Lysløypebu (førsterisiko)». */
/** A sum column's name that makes its sums first-risk sums: «Førsterisikosum», «Sum førsterisiko», nynorsk «Fyrsterisikosum». */
const FIRST_RISK_COLUMN = /^\s*(?:(?:første|fyrste)\s*-?\s*risikosum\w*|sum\s+(?:første|fyrste)\s*-?\s*risiko)\s*$/i;
export const FIRST_RISK_IN_NAME = new RegExp(String.raw`(?:,\s*|\(\s*|\s[-–]\s)${FIRST_RISK_WORD}\s*\)?$`, 'i');

/**
 * A header cell that names a thing and its place in one column: «Bygning / adresse», «Bygg/adresse»,
 * «Eiendom / forsikringssted» (a municipality's list of buildings): the rows' objects, no product.
 */
const THING_AND_PLACE = /^(?:bygning|bygninger|bygg|eiendom|eigedom|objekt)\s*(?:\/|og)\s*(?:adresse|forsikringssted|forsikringsstad|beliggenhet|risikoadresse|sted)$/;

/** A first column that names a person product's benefits: «Ytelse», «Ytelser», nynorsk «Yting», «Ytingar». */
const BENEFIT_COLUMN = /^(?:ytelse|ytelser|yting|ytingar)$/;

/**
 * Object columns by how well they name the place: a table with two («Objekt | Adresse») takes the better as the object.
 * (nynorsk beside bokmål: «Objekt | Forsikringsstad» had kept «Objekt» and lost every row's place; so had
 * «Objekt | Sted», a place column named by its one word)
 */
const OBJECT_RANK = ['forsikringssted', 'forsikringsstad', 'adresse', 'risikoadresse', 'beliggenhet', 'risikosted', 'risikostad', 'forsikringssted/objekt', 'forsikringsstad/objekt', 'sted', 'stad', 'regnr', 'registreringsnummer', 'reg.nr', 'objekt', 'forsikret objekt', 'forsikringsobjekt', 'beskrivelse', 'gjelder', 'gjelder for'];

/** An object column's name that says nothing of a place: its cells may name a product and a place. */
const OBJECT_NAMES = /^(?:objekt|forsikret objekt|forsikringsobjekt|forsikrings(?:sted|stad)\/objekt)$/;

/**
 * Column roles of a «Forsikringsoversikt» header row, or undefined when the row is not one.
 * «Dekning» names the row when it is the only name column; beside a «Forsikring»/«Produkt»
 * column it is the coverage of the row (a level such as «Pluss», or a sub-coverage such as
 * «Brann og vann»). `headed`: a product heading stands right above, so the table may leave out
 * the Forsikring column (each row is then for that product).
 */
/** A column named by the claim a limit is counted per, no figure's word: «Per skadetilfelle», «Pr. skade», «Per krav». */
/** What a deductible's amount is counted by, after it: «NOK 15 000 per sending», «kr 10 000 pr. skade». */
const PER_SENDING_TAIL = /\s+(?:per|pr\.?)\s+(?:sending|forsendelse|skade|skadetilfelle|hendelse)$/i;
const PER_CLAIM_COLUMN = /^(?:maks\.?\s+|grense\s+|limit\s+)?(?:per|pr\.?)\s+(?:skadetilfelle|skade|skadehendelse|hendelse|krav|tvist)$/;
/** A column of the limit for the whole year beside it: «Samlet per år», «Per år», «Pr. forsikringsår», «Aggregat». */
const PER_YEAR_LIMIT_COLUMN = /^(?:(?:samlet|samla|totalt|maks\.?|limit)\s+)?(?:(?:per|pr\.?|i)\s+(?:år|året|forsikringsår|forsikringsåret|perioden|forsikringsperioden))$|^(?:aggregat|årsaggregat|samlet|samla)$/;

/**
 * «Dekning | Per skadetilfelle | Samlet per år | Egenandel» over «Virksomhetsansvar | 20 MNOK | 40 MNOK | 50 000»: a
 * liability certificate gives each cover two limits, per claim and for all claims of the year together. The column named
 * by the claim is the cover's sum (the amount a claim is paid up to, as «Forsikringssum per skadetilfelle» names it), and
 * the year's column beside it is that aggregate — no sum of the row, and never its price, though «per år» alone names a
 * premium elsewhere («… | Egenandel | Per år | Per mnd»). Only where the header has no other sum column.
 */
function limitColumns(cells: readonly string[], roles: Array<Col | undefined>): void {
  const names = cells.map((c) => withoutColon(lowerCase(c.trim())));
  const perClaim = names.findIndex((n, i) => roles[i] === undefined && PER_CLAIM_COLUMN.test(n));
  if (perClaim < 0 || roles.includes('sum')) return;
  roles[perClaim] = 'sum';
  names.forEach((n, i) => {
    if (i !== perClaim && PER_YEAR_LIMIT_COLUMN.test(n)) roles[i] = undefined;
  });
}

export function overviewHeader(dated: string[], headed = false, placed = false): Array<Col | undefined> | undefined {
  // (asked of every row by the changes reader and by the table readers, and of the row under a heading by several: the
  // answer depends on the cells alone, so it is worked out once — a copy given, as a reader may set a column's role in it)
  const key = `${headed ? 1 : 0}${placed ? 1 : 0}\u0001${dated.join('\u0001')}`;
  let roles = headersAsked.get(key);
  if (roles === undefined && !headersAsked.has(key)) {
    if (headersAsked.size > 20_000) headersAsked.clear();
    roles = headerRoles(dated, headed, placed);
    headersAsked.set(key, roles);
  }
  return roles?.slice();
}

/** The roles of the headers asked before, by their cells and how they were asked (emptied when large, as a batch goes on). */
const headersAsked = new Map<string, Array<Col | undefined> | undefined>();

function headerRoles(dated: string[], headed: boolean, placed: boolean): Array<Col | undefined> | undefined {
  // («Sum i 2025 | Ny sum fra 1.1.2026»: a column dated by the day its figures apply from is that period's)
  const cells = dated.map(undatedColumn);
  // (a figure in a header cell only as a column's year: «Sum 2024»)
  if (cells.some((c) => DIGIT.test(c) && columnYear(c) === undefined)) return undefined;
  const roles = cells.map((c) => columnOf(c) ?? (THING_AND_PLACE.test(withoutColon(lowerCase(c.trim()))) ? 'object' : undefined));
  // (the figure columns the header names, a figure's history among them: «Sum før regulering | Ny forsikringssum» is
  // two, though only the new one is the row's)
  const namedFigures = cells.filter((c, i) => roles[i] === 'sum' || roles[i] === 'deductible' || roles[i] === 'premium' || (roles[i] === undefined && figureWhen(c) !== undefined)).length;
  newestYearOnly(cells, roles);
  limitColumns(cells, roles);
  const unclear = [...periodColumns(cells, roles), ...twiceNamed(roles)];
  fleetKindColumn(cells, roles);
  vehicleBesideProduct(cells, roles);
  insuredBesideProduct(cells, roles);
  const names = roles.filter((x) => x === 'product').length;
  // («Ansvar» over «Dekning | Forsikringssum | …»: under a product heading, Dekning names the row's
  // coverage of the heading's product, as a reader takes it)
  if (names > 1 || headed) cells.forEach((c, i) => {
    if (roles[i] === 'product' && isDekning(c.trim())) roles[i] = 'coverage';
    // («1  Yrkesskadeforsikring» over «Ytelse | Forsikringssum | Årspremie»: a staff product's benefits,
    // named as its «Dekning» column names them — the heading's items, not rows of products)
    else if (headed && i === 0 && roles[i] === undefined && BENEFIT_COLUMN.test(withoutColon(lowerCase(c.trim())))) roles[i] = 'coverage';
  });
  // («Nr | Objekt | Eiendom | Forsikringssum | …», under no product's heading: «Objekt» names what is insured —
  // «Bygning», «Maskiner, inventar og løsøre», «Kommunalt ansvar» —, the rows' product, and «Eiendom» where it is —
  // «Follebu skole, 2656 Follebu» —, the object; read so, the table had no name column and was lost)
  // («Produkt | Ytelse | Sum | Premie»: beside a product column, «Ytelse» names each row's benefit — the product's
  // item, as a «Dekning» column beside it names the row's cover; read as no column, the benefit was lost and a
  // product's rows under it read as its sum)
  if (roles.includes('product')) cells.forEach((c, i) => {
    if (roles[i] === undefined && BENEFIT_COLUMN.test(withoutColon(lowerCase(c.trim())))) roles[i] = 'coverage';
  });
  estateBesideThing(cells, roles, headed);
  thingAndPlaceBesideCover(cells, roles, headed);
  // two object columns («Objekt | Adresse»): the one that names the place is the object
  const objects = roles.flatMap((x, i) => (x === 'object' ? [i] : []));
  if (objects.length > 1) {
    const rank = (i: number): number => {
      const k = OBJECT_RANK.indexOf(withoutColon(lowerCase(cells[i]!.trim())).replace(/\.$/, ''));
      return k < 0 ? OBJECT_RANK.length : k;
    };
    const best = objects.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    for (const i of objects) if (i !== best) roles[i] = undefined;
  }
  // «Bygning | Adresse | Forsikringssum | Egenandel | Årspremie»: a first column the vocabulary does
  // not name, before columns of figures, names the rows
  const figures = roles.filter((x) => x === 'sum' || x === 'deductible' || x === 'premium').length;
  // («Nr | Bygning / adresse | …»: a column of the rows' numbers names nothing — a bare number is never a product)
  if (!roles.includes('product') && roles[0] === undefined && cells[0]!.trim() !== '' && !NUMBER_HEADER.test(cells[0]!.trim()) && figures >= 2 && !headed) roles[0] = 'product';
  const known = roles.filter((x) => x !== undefined);
  // «Objekt | Forsikringssum | Egenandel | Premie» (a broker's table): each object cell names its
  // product first, read by the row (overviewRow)
  // («Nr | Objekt / sted | Dekning | Sum kr | …»: after a column of the rows' numbers, the thing and its place in one cell)
  const lead = roles[0] === undefined && NUMBER_HEADER.test(cells[0]!.trim()) ? 1 : 0;
  const objectFirst = roles[lead] === 'object' && (OBJECT_NAMES.test(withoutColon(lowerCase(cells[lead]!.trim()))) || THING_FIRST.test(withoutColon(lowerCase(cells[lead]!.trim()))) || PLACE_AND_THING.test(withoutColon(lowerCase(cells[lead]!.trim())).replace(SLASH_BLANKS, '/'))) && figures >= 1 && namedFigures >= 2;
  // («Næringsbil» over «Kjennemerke | Merke og modell | Dekning | Egenandel | Premie»: a vehicle list has no
  // sum — the cover pays the vehicle's value — so under its heading the plate column makes it a table as a sum would)
  // («Bilforsikring» over «Dekning | Egenandel | Pris per år»: a cover priced by itself, with no sum — its premium column
  // makes it a table of the heading's covers as a sum column would)
  const priced = roles.includes('coverage') && roles.includes('premium');
  // («Sopp- og skadedyrforsikring» over «Adresse | Egenandel | Årspremie»: a cover of buildings at full value, or at the
  // fire insurance's sum, has no sum of its own — a place, its deductible and its premium make it a table of the heading's
  // product as a sum would)
  const placedPriced = roles.includes('object') && roles.includes('deductible') && roles.includes('premium');
  // (placed: the rows' product is named elsewhere — a certificate's «Produkt» field —, so a place and one figure make the table)
  const placedFigure = placed && roles.includes('object') && figures >= 1;
  if (!roles.includes('product') && !(headed && (roles.includes('sum') || priced || placedPriced || placedFigure || plateColumn(cells, roles)) && known.length >= 2) && !objectFirst) return undefined;
  if (known.length < 2) return undefined;
  // (a figure's columns whose period is unclear still make the row a header: its figure is warned, not read)
  if (!roles.some((x) => x === 'sum' || x === 'deductible' || x === 'premium' || x === 'object') && unclear.length === 0) return undefined;
  return roles;
}

/** A building's mark in a list, no name: «A», «B», «2», «12». */
const ROW_MARK = /^(?:[A-ZÆØÅ]|\d{1,2})$/;

/** A cell that points to a list elsewhere for its objects: «Se egen liste (14 stk.)», «Se vedlegg», nynorsk «Sjå eiga liste». */
const ELSEWHERE = /^(?:se|sjå|jf\.?|jfr\.?)\s+(?:egen|eget|eiga|eige|eigen|vedlagt|vedlagte|vedlegg|bilag|liste|lista|oversikt|spesifikasjon)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;

/** A column of the properties the rows are on («Eiendom», nynorsk «Eigedom»). */
const ESTATE_COLUMN = /^(?:eiendom|eigedom)$/;

/** «Objekt» beside «Eiendom» with no product column: the thing is the rows' product, the property their object (roles changed in place). */
function estateBesideThing(cells: string[], roles: Array<Col | undefined>, headed: boolean): void {
  // («Forsikring | Eiendom | Dekning | Forsikringssum | …»: beside a product column and no place column, «Eiendom» names the
  // property each row's product is for — the rows' object; read as no column, every row lost its place)
  if (roles.includes('product') && !roles.includes('object')) {
    const estate = cells.findIndex((c, i) => roles[i] === undefined && ESTATE_COLUMN.test(withoutColon(lowerCase(c.trim()))));
    if (estate > roles.indexOf('product')) roles[estate] = 'object';
    return;
  }
  if (headed || roles.includes('product')) return;
  const thing = cells.findIndex((c, i) => roles[i] === 'object' && OBJECT_NAMES.test(withoutColon(lowerCase(c.trim()))));
  const estate = cells.findIndex((c, i) => roles[i] === undefined && ESTATE_COLUMN.test(withoutColon(lowerCase(c.trim()))));
  // («Sted | Objekt | Forsikringssum | Indeks | …» over «1 | Produksjonsbygg | 64 500 000 | …»: beside a column of the
  // place — its number in the document's list of places, or the place itself —, «Objekt» names what is insured there, the
  // rows' product; read as two object columns, the place's won and the table had no name column: its rows were lost)
  const place = cells.findIndex((c, i) => i !== thing && roles[i] === 'object' && PLACE_BESIDE_THING.test(withoutColon(lowerCase(c.trim())).replace(/\.$/, '')));
  if (thing >= 0 && estate < 0 && place >= 0 && !roles.some((x, i) => x === 'object' && i !== thing && i !== place)) {
    roles[thing] = 'product';
    return;
  }
  if (thing < 0 || estate < 0 || roles.some((x, i) => x === 'object' && i !== thing)) return;
  roles[thing] = 'product';
  roles[estate] = 'object';
}

/**
 * The area a travel insurance applies in, written in a schedule's place column: «Hele verden», «Verden», «Europa», «Norden»,
 * nynorsk «Heile verda», «Verda», «Hele verden unntatt USA og Canada» — where the cover reaches, no place nor thing insured.
 */
/** A travel insurance's product: «Reise Familie», «Reiseforsikring», «Årsreise», nynorsk «Reise» too. */
const TRAVEL_PRODUCT = /reise(?!gods)/i;
export const TRAVEL_AREA = /^(?:hele\s+|heile\s+)?(?:verden|verda|europa|norden|norge|noreg|skandinavia)(?:\s+(?:unntatt|utenom|utanom|ekskl\.?|eksklusive)\s+[^\d]*)?$/i;

/**
 * «Forsikringssted / hva er forsikret», «Adresse / objekt», nynorsk «Forsikringsstad / kva er forsikra»: a column of the
 * place and what is insured there, in one cell — «Næringsbygg – Sagbruksvegen 2», the product (a name the index-class
 * table knows) before the dash and the place after it, read by productInObject; a cell that names no product is read as
 * a place, as before.
 */
const PLACE_AND_THING = /^(?:forsikringssted|forsikringsstad|sted|stad|adresse|beliggenhet|risikoadresse|risikosted|risikostad)\s*(?:\/|og)\s*(?:hva er forsikret|kva er forsikra|objekt|forsikret objekt|forsikra objekt|forsikringsobjekt|gjenstand)$/;

/** «Objekt / sted», «Objekt og adresse»: a column of the thing insured, then its place, in one cell. */
const SLASH_BLANKS = /\s*\/\s*/g;

const THING_FIRST = /^objekt\s*(?:\/|og)\s*(?:adresse|forsikringssted|forsikringsstad|beliggenhet|risikoadresse|sted)$/;

/**
 * «Nr | Objekt / sted | Dekning | Sum kr | Indeks | Egenandel kr | Premie kr» with no product column but «Dekning»: the
 * thing-and-place column names each row's product first («Lagerbygg», its place on the line under it), and «Dekning»
 * beside it is the row's cover («Brann og vann») — read as the only name column, «Dekning» made every row a product
 * «Alle farer». Roles changed in place.
 */
function thingAndPlaceBesideCover(cells: string[], roles: Array<Col | undefined>, headed: boolean): void {
  if (headed) return;
  const names = roles.flatMap((x, i) => (x === 'product' ? [i] : []));
  const things = cells.flatMap((c, i) => (roles[i] === 'object' && THING_FIRST.test(withoutColon(lowerCase(c.trim()))) ? [i] : []));
  if (names.length !== 1 || things.length !== 1 || !isDekning(cells[names[0]!]!.trim()) || roles.filter((x) => x === 'object').length !== 1) return;
  roles[names[0]!] = 'coverage';
}

/** A column of the rows' place beside «Objekt»: «Sted», «Forsikringssted», «Lokasjon», «Adresse». */
const PLACE_BESIDE_THING = /^(?:sted|stad|forsikringssted|forsikringsstad|risikosted|risikostad|lokasjon|adresse|beliggenhet)$/;

/** The header of a vehicle's plate column: «Regnr.», «Reg.nr.», «Registreringsnummer», «Kjennemerke». */
const PLATE_COLUMN = /^(?:regnr|reg\.\s?nr|registreringsnummer|kjennemerke)\.?$/;

/** Whether an object column of the header is a vehicle's plate («Regnr.», «Kjennemerke»). */
function plateColumn(cells: string[], roles: Array<Col | undefined>): boolean {
  return cells.some((c, i) => roles[i] === 'object' && PLATE_COLUMN.test(withoutColon(lowerCase(c.trim()))));
}

/**
 * «Type | Regnr. | Merke/modell | Årsmodell | Dekning | Bonus | Kjørelengde | Egenandel | Premie» (a
 * business's fleet list, «bilpark»): a first column the vocabulary does not name, in a table with a
 * plate column, holds each vehicle's kind («Varebil», «Lastebil», «Tilhenger») — the row's product, as
 * an overview's «Forsikring» column is —, and «Dekning» beside it each vehicle's cover level. Without
 * this, «Dekning» was the only name column: «Kasko» became the product and the kind was lost.
 * Changes `roles` in place.
 */
function fleetKindColumn(cells: string[], roles: Array<Col | undefined>): void {
  if (roles[0] !== undefined || cells[0]!.trim() === '' || NUMBER_HEADER.test(cells[0]!.trim()) || roles.includes('product') === false) return;
  const plate = plateColumn(cells, roles);
  const names = roles.flatMap((x, i) => (x === 'product' ? [cells[i]!] : []));
  if (!plate || !names.every((c) => isDekning(c.trim()))) return;
  roles[0] = 'product';
  roles.forEach((x, i) => {
    if (i > 0 && x === 'product') roles[i] = 'coverage';
  });
}

/** A name column that holds the vehicle or boat itself: «Kjøretøy», «Bil», «Fartøy», «Båt». */
const VEHICLE_COLUMN = /^(?:kjøretøy|køyretøy|bil|fartøy|båt)$/;

/**
 * «Produkt | Kjøretøy | Dekning | Egenandel | Årspris» (a private car certificate's overview): beside a column that
 * names the product, the vehicle's column holds each row's vehicle («EK 48213 Tesla Model Y») — the object, not a
 * second name; read as a name, the plate and the model were lost. Not where the table has an object column already.
 * Changes `roles` in place.
 */
function vehicleBesideProduct(cells: string[], roles: Array<Col | undefined>): void {
  if (roles.includes('object')) return;
  const name = (i: number): string => withoutColon(lowerCase(cells[i]!.trim()));
  const vehicle = roles.findIndex((x, i) => x === 'product' && VEHICLE_COLUMN.test(name(i)));
  if (vehicle < 0 || !roles.some((x, i) => x === 'product' && i !== vehicle && !VEHICLE_COLUMN.test(name(i)) && !isDekning(cells[i]!.trim()))) return;
  roles[vehicle] = 'object';
}

/** A cell that names the people insured, not a thing or a place: «Husstanden», «Hele familien», «Alle ansatte». */
const PEOPLE_CELL = /^(?:hele\s+|heile\s+|alle\s+i\s+)?(?:husstanden|husstand|hushaldet|familien|familie|familia|ansatte|dei\s+tilsette|tilsette)(?:\s+din|\s+dykkar|\s+deres)?$|^(?:deg|du)\s+og\s+(?:familien|husstanden)(?:\s+din)?$|^alle\s+ansatte$/i;

/** A name column that says what is insured, not which insurance: «Forsikret» (nynorsk «Forsikra»). */
const INSURED_COLUMN = /^(?:forsikret|forsikra)$/;

/**
 * «Forsikring | Forsikret | Sum | Egenandel | Pris per år» (a renewal letter's or a year overview's table): beside a
 * column that names the insurance, «Forsikret» holds what each row insures — «Kløverveien 41, 1415 Oppegård»,
 * «Volkswagen ID.4, EV 20917», «SU 90112» —, the row's object; read as a second name column, the place and the vehicle
 * were lost. Alone it still names the rows. Not where the table has an object column already. Changes `roles` in place.
 */
function insuredBesideProduct(cells: string[], roles: Array<Col | undefined>): void {
  if (roles.includes('object')) return;
  const name = (i: number): string => withoutColon(lowerCase(cells[i]!.trim()));
  const insured = roles.findIndex((x, i) => x === 'product' && INSURED_COLUMN.test(name(i)));
  if (insured < 0 || !roles.some((x, i) => x === 'product' && i < insured && !INSURED_COLUMN.test(name(i)) && !VEHICLE_COLUMN.test(name(i)) && !isDekning(cells[i]!.trim()))) return;
  roles[insured] = 'object';
}

/**
 * Columns of one figure for two periods («Årspremie | Forrige års premie», «Premie | Ny premie»,
 * «Premie nå | Premie etter fornyelse», a renewal's overview): the new one is the row's figure, the
 * old or today's one history and no column of the row. A column whose period the header does not
 * say («Pris med rabatt»), or today's with no new one beside it, leaves which is the figure
 * unclear: none of its columns is read. Returns those figures (roles changed in place).
 */
function periodColumns(cells: string[], roles: Array<Col | undefined>): Figure[] {
  const unclear: Figure[] = [];
  // («Pris per år | Pris per måned»: beside the year's price the month's is no figure of the row; alone, it stays unclear — warned)
  const yearly = roles.includes('premium');
  const dated = cells.map((c, i) => (roles[i] === undefined && !(yearly && perMonth(c)) ? figureWhen(c) : undefined));
  // «… | Sum | Egenandel | I fjor | I år» (a renewal letter's two prices): columns named by their
  // period alone, beside a sum or a deductible and where no column names the premium, are the premium
  // of each period («Objekt | I fjor | I år» alone is an index table's, its rates no premium)
  if ((roles.includes('sum') || roles.includes('deductible')) && !roles.includes('premium') && !dated.some((d) => d?.col === 'premium')) {
    const bare = cells.map((c, i) => (roles[i] === undefined && !DIGIT.test(c) ? periodOf(withoutColon(lowerCase(c.trim()))) : undefined));
    if (bare.includes('new') && bare.some((w) => w === 'old' || w === 'now')) bare.forEach((w, i) => w !== undefined && (dated[i] = { col: 'premium', when: w }));
  }
  // (most header rows have no dated column)
  if (dated.every((d) => d === undefined)) return unclear;
  for (const col of ['sum', 'deductible', 'premium'] as const) {
    const of = dated.flatMap((d, i) => (d?.col === col ? [{ when: d.when, i }] : []));
    if (of.length === 0) continue;
    const news = of.filter((d) => d.when === 'new');
    if (news.length === 0 && of.every((d) => d.when === 'old')) continue;
    roles.forEach((x, i) => {
      if (x === col) roles[i] = undefined;
    });
    // («Premie nå | Premie etter fornyelse»: today's beside the new one is the old one; alone, today's
    // premium may or may not be the schedule's)
    if (news.length === 1 && of.every((d) => d.when !== 'unclear')) roles[news[0]!.i] = col;
    else unclear.push(col);
  }
  return unclear;
}

/** The figures of a header row whose columns do not say which period is the schedule's (see periodColumns). */
export function unclearFigures(dated: string[]): Figure[] {
  const cells = dated.map(undatedColumn);
  const roles = cells.map(columnOf);
  newestYearOnly(cells, roles);
  return [...periodColumns(cells, roles), ...twiceNamed(roles)];
}

/**
 * «… | Premie | Premie» (a broker's two years, their years on a header line of their own), «Sum 2024 |
 * Sum 2024»: two columns of one figure that nothing tells apart — which is the row's the header does
 * not say, and the first would be a guess (a broker's sheet gave last year's premium). Neither is read:
 * the figure is unclear (roles changed in place).
 */
function twiceNamed(roles: Array<Col | undefined>): Figure[] {
  const unclear: Figure[] = [];
  for (const col of ['sum', 'deductible', 'premium'] as const) {
    if (roles.filter((x) => x === col).length < 2) continue;
    roles.forEach((x, i) => {
      if (x === col) roles[i] = undefined;
    });
    unclear.push(col);
  }
  return unclear;
}

/**
 * A column per year for one figure («Sum 2023 | Sum 2024», «Premie 2023 | Premie 2024», a broker's
 * renewal summary): the newest year is the period the schedule is for, the others are history and
 * no column of the row. Two columns of one figure and one year stay as they are.
 */
function newestYearOnly(cells: string[], roles: Array<Col | undefined>): void {
  for (const col of ['sum', 'deductible', 'premium'] as const) {
    const at = roles.flatMap((x, i) => (x === col ? [i] : []));
    if (at.length < 2) continue;
    const years = at.map((i) => columnYear(cells[i]!));
    if (years.some((y) => y === undefined) || new Set(years).size !== years.length) continue;
    const newest = Math.max(...(years as number[]));
    at.forEach((i, k) => {
      if (years[k] !== newest) roles[i] = undefined;
    });
  }
}
/** A vehicle's mileage or bonus after its name: «… Toyota RAV4 2021 Kjørelengde 16 000 km, bonus 75 %». */
const VEHICLE_FACTS = /^(.*?\S)\s+((?:(?:årlig|avtalt)\s+)?(?:kjørelengde|bonus)\b.*)$/i;
/** A boat's or vehicle's fact by its label after its name: «XAB 123 Ibiza 22 Sport Båthavn: Tangen båtforening». */
const LABELLED_FACTS = /^(.*?\S)\s+((?:båthavn|båtplass|liggeplass|hjemmehavn|opplag|motor|båttype)\s*:.*)$/i;
/** A product's name, a registration number, and perhaps the vehicle after it. */
const REG_IN_NAME = /^([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ]+(?: [a-zæøå][A-Za-zÀ-ÖØ-öø-ÿ]*)?)[\s,–-]+([A-ZÆØÅ]{2}\s?\d{4,5})(?:[\s,–-]+([A-ZÆØÅ].*))?$/;
/** A cell that is only an amount of money: «88 000 000», «kr 25 000», «1.450.000,-». */
export const BARE_AMOUNT = /^(?:kr\.?\s*|nok\s*)?(?:\d{1,3}(?:[ .]\d{3})+|\d{5,})(?:,(?:\d{2}|-))?(?:\s*kr\.?)?$/i;

/**
 * Two amounts or more run together in one cell («kr 2 400 000 kr 10 000»: a PDF whose sum and
 * deductible columns were set as one): where a name or a place should stand, the row is off its columns.
 */
/** Figures and spaces only, with a gap inside: «2 150 000 1 800 000» (read as no one amount: two). */
const TWO_FIGURES = /^\d[\d ]*\s\d[\d ]*$/;
/**
 * An amount in millions, then words, at a cell's start: «2 000 000 Førsterisiko / First loss» — the sum and its form
 * (first risk, «Fullverdi») run into the place's column. No place begins with a figure of three groups (a house number,
 * a postcode, a lot's «Gnr 12» have none), so the row's cells stand a column off.
 */
const MILLIONS_THEN_WORDS = /^(?:kr\.?\s*|nok\s*)?\d{1,3}(?:[ .]\d{3}){2,}(?:,(?:\d{2}|-))?\s+[A-Za-zÀ-ÖØ-öø-ɏ]/iu;
const AMOUNTS_RUN = /^(?:(?:kr\.?|nok)\s*)?\d[\d .]*(?:,(?:\d{2}|-))?(?:\s+(?:kr\.?|nok)\s*\d[\d .]*(?:,(?:\d{2}|-))?)+$/i;

/** A table being read: its header's column roles, and what its rows so far have left for the next. */
/** «reg. DK 4418, årsmodell 2021», «serienr. 140E-77321», «Regnr. EK 12345»: a vehicle's or machine's identifying facts. */
const MACHINE_ID_FACTS = /^(?:reg\.?\s?nr\.?|regnr\.?|reg\.|registreringsnummer|serienr\.?|serienummer|chassisnr\.?|årsmodell)\s/i;

export interface Table {
  /** The last row read as the vehicle above's by its facts line («reg. DK 4418, …»), for an empty row under it. */
  factsRow?: Coverage | undefined;
  roles: Array<Col | undefined>;
  lastProduct?: string;
  header?: string[];
  /** The place of every row: the section's «Forsikringssted:» line, where the table has no place column. */
  object?: string;
  /** The index class the heading over the table names by itself («BYGNINGER»), for rows whose names the table does not know. */
  sectionClass?: RowIndexClass;
  /** The index class the heading over a table of named records gives every name in it («KOMMUNEEIENDOM - BYGNINGER» over «Bygning | Forsikringssted | …»). */
  recordsClass?: RowIndexClass;
  /** The column that names each row's thing before its place («Bygning | Forsikringssted | …» under «Næringsbygg»): part of the object. */
  thingColumn?: number;
  /** The column of the rows' numbers («Nr | Objekt | …» over «1 | Skolen, Skolegata 8 | …»): no name of the row's. */
  numberColumn?: number;
  /** A row with no figures over rows set in under it («Motorvogn | Traktor Valtra N134, AB 12345»): its product and place cells, for those rows. */
  parent?: { product: string; object: string };
  /** The coverages read from the table's rows so far (a premium under a table of one row is that row's). */
  rows?: Coverage[];
  /** The header's first column stands over two of the rows' cells, the class word and the thing (nameOverTwo). */
  nameOverTwo?: true;
  /** The index of a row's cell that holds two columns' amounts, under a header cell of both names (pairedCells). */
  pairedColumn?: number;
  /** The cover level the section's field names («Dekning: Pluss» under its heading): the coverage of rows that name none. */
  coverage?: string;
  /**
   * The rows are a product heading's places, under a header whose first cell names the product or its place
   * («Produkt / forsikringssted» over «NÆRINGSBYGG» over «Industriveien 14, 3430 Spikkestad | …»): a first cell that
   * is no place describes the cover, no object of it.
   */
  placesUnder?: true;
  /** The index of the last line of the table's last row or of the items set in under it (setInItem in schedule-tables.ts). */
  rowEnd?: number;
}

/** A header cell over the rows' numbers: «Nr», «Nr.», «Lnr», «Løpenr.», «Pos.», «#», «Bygning nr.». */
// («Lok .»: a narrow header cell wrapped before its dot, joined with a space by a PDF's reader)
// («Bygning nr.», «Bygg nr», «Bygn.nr.»: a housing co-operative's buildings numbered — the number, no building's name)
const NUMBER_HEADER = /^(?:nr|lnr|løpenr|løpenummer|pos|#|lok|lok\.\s*nr|lokasjon(?:\s*nr)?|(?:bygning|bygg|bygn\.?)\s*nr)\s*\.?$/i;

/** Whether a header cell heads the rows' numbers (NUMBER_HEADER). */
export function namesNumberColumn(cell: string): boolean {
  return NUMBER_HEADER.test(cell.trim());
}

/** The column of a header whose cells number the rows, or undefined when there is none. */
export function numberColumn(cells: string[]): number | undefined {
  const at = cells.findIndex((c) => NUMBER_HEADER.test(c.trim()));
  return at >= 0 ? at : undefined;
}

/** A row's number in a numbered table: «1», «12», «3.». */
const ROW_NUMBER = /^\d{1,4}\.?$/;

/**
 * A row of a numbered table that has no number: «Kommunalt løsøre | førsterisiko 40 000 000 | 100 000
 * | 18 900» under the numbered rows of the heading's product names a product of its own — in the
 * number column, its figures in the last columns (one cell fewer than the header), or in the object
 * column with the number cell empty. The product and the cells under the header's columns; 'off'
 * when its cells cannot be put under the columns; undefined for a numbered row or any other.
 */
function unnumberedRow(table: Table, cells: string[]): { named: { product: string; object?: string }; cells: string[] } | 'off' | undefined {
  const k = table.numberColumn!;
  const first = (cells[k] ?? '').trim();
  if (ROW_NUMBER.test(first)) return undefined;
  const roles = table.roles;
  const objectAt = roles.indexOf('object');
  if (first === '') {
    const o = objectAt >= 0 ? (cells[objectAt] ?? '').trim() : '';
    if (o === '' || DIGIT.test(o) || !namesProduct(o)) return undefined;
    return { named: { product: o }, cells: cells.map((c, i) => (i === objectAt ? '' : c)) };
  }
  if (DIGIT.test(first) || !namesProduct(first)) return undefined;
  const rest = cells.slice(k + 1).filter((c) => c.trim() !== '');
  const after = roles.length - k - 1;
  if (rest.length > after) return 'off';
  // (fewer cells than columns: the figures stand under the last columns, each a figure's)
  const from = roles.length - rest.length;
  if (rest.length < after && !roles.slice(from).every((x) => x === 'sum' || x === 'deductible' || x === 'premium')) return 'off';
  const out = roles.map(() => '');
  rest.forEach((c, i) => (out[from + i] = c));
  return { named: { product: first }, cells: out };
}

/** Words, then an amount in kroner at the cell's end, no figure before it: «Løsøre og inventar, førsterisiko kr 20 000 000». */
const TEXT_THEN_KRONER = /^[^\d]*[A-Za-zÀ-ÖØ-öø-ÿ]{3}[^\d]*\s(?:kr\.?|nok)\s*\d{1,3}(?:[ .]\d{3})+$/i;
/**
 * An amount with its currency inside a name cell: «Kriminalitet, NOK 2 000 000», «Ansvar kr 10 000 000»; or an
 * amount of two groups or more without it at the end of a name with no figure before it («Driftsbygning 6 480 000»).
 */
const AMOUNT_IN_CELL_NAME = /(?:\bkr\.?|\bnok)\s*\d{1,3}(?:[ .]\d{3})+(?![\d,])|^[^\d]*[^\d\s]\s+\d{1,3}(?:[ .]\d{3})+$/i;

/** A cell that ends with an amount of two groups or more after a space («CAT0308CVJ9K01120 980.000», «… 7043 Trondheim 118 600 000»). */
const ENDS_GROUPED_AMOUNT = /\s(?:kr\.?\s*|nok\s*)?\d{1,3}(?:[ .]\d{3})+(?:,-)?$/i;
/** An address's postcode and town, then an amount of two groups or more: «Solveien 2, 7043 Trondheim 118 600 000». */
const AMOUNT_AFTER_TOWN = /(?:^|[\s,])\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ.-]*)*\s+(?:kr\.?\s*|nok\s*)?\d{1,3}(?:[ .]\d{3})+(?:,-)?$/u;

/** An amount in kroner, then a note in brackets: «2 184 000 000 (etter bygningsliste)» → the amount and «(etter bygningsliste)». */
function amountThenNote(cell: string): { sum: string; note: string } | undefined {
  const m = /^(.*\d(?:,-)?)\s*(\([^()]+\))$/.exec(cell.trim());
  const sum = m ? readSum(m[1]!.trim()) : undefined;
  return typeof sum === 'string' ? { sum, note: m![2]! } : undefined;
}

/** How many of a row's cells are figures (amounts, G sums, percentages). */
/** A row's number alone in its cell: «5», «12.». */
const LONE_ROW_NUMBER = /^\d{1,2}\.?$/;

function filledFigures(cells: string[], roles: ReadonlyArray<Col | undefined>): number {
  // (a row's number, «5», in a column that is no figure's, is no figure: a column of numbers had hidden the sum run into the name)
  return cells.filter((c, i) => /\d/.test(c) && readSum(c.trim()) !== undefined && (roles[i] === undefined ? !LONE_ROW_NUMBER.test(c.trim()) : true)).length;
}

/** A row's cell in a column of the table ('' when the table has no such column). */
type CellOf = (col: Col) => string;

/** «Premie i alt», «Årspremie totalt», «Pris til sammen»: a price's word, then the total's. */
const PRICE_TOTAL = /^(?:premie|pris|årspremie|årspris|forsikringspremie)(?:\s+per\s+år)?\s+(?:i\s+alt|totalt|til\s+sammen|til\s+saman)$/i;

/**
 * A PDF row set off its header's columns whose cells still read one by one under its names: as many cells as the header
 * has, none empty, the first a name, and every cell under a figure column an amount — «Våningshus | 6 420 000 | 10 000 |
 * 9 840» under «Forsikringsstad / objekt | Forsikringssum | Eigenandel | Årspris», where a text table set with runs of
 * spaces was printed in a proportional font and each row's gaps shrank to one tab's width. A row with a cell fewer
 * (a place run into the period's cell) or a word where an amount should be is no such row: its order proves nothing.
 */
function cellsInHeaderOrder(cells: readonly string[], table: Table): boolean {
  if (cells.length !== table.roles.length || table.header?.length !== cells.length) return false;
  if (cells.some((c) => c.trim() === '') || /^[\d\s.,-]+$/.test(cells[0]!.trim()) || table.roles[0] === undefined) return false;
  const figures = table.roles.map((x) => x === 'sum' || x === 'deductible' || x === 'premium');
  if (figures.filter(Boolean).length < 2) return false;
  return cells.every((c, i) => !figures[i] || BARE_AMOUNT.test(c.trim()));
}

/**
 * One row of a «Forsikringsoversikt» table; `total` for a Sum row; `parent` for a row with no figures
 * whose parts are the rows set in under it; undefined when the row does not fit the table.
 */
export function overviewRow(r: Reading, u: Unit, table: Table): Coverage | 'total' | 'figure' | 'off' | 'misaligned' | 'parent' | undefined {
  nameOverTwo(table, u.cells);
  const parent = u.lines[0]!.setIn ? table.parent : undefined;
  if (!u.lines[0]!.setIn) table.parent = undefined;
  const unnumbered = table.numberColumn !== undefined ? unnumberedRow(table, u.cells) : undefined;
  if (unnumbered === 'off') {
    r.warnUnit(u, `the cells of ${quote(u.cells.filter((c) => c !== '').join(' | '))} do not line up with the columns of the table; not read`);
    return 'misaligned';
  }
  // («Hus | Bjørkelia 14 Pluss 3616 Kongsberg | Fullverdi | | 8 000 kr | …»: a PDF generator set the place's and the cover's cells as one)
  const rowCells = placeThenSum(table, coverRunIntoPlace(table.roles, pairedCells(r, u, table, unnumbered?.cells ?? u.cells)));
  const byColumn: CellOf = (col) => {
    const i = table.roles.indexOf(col);
    const raw = i >= 0 ? (rowCells[i] ?? '').trim() : '';
    // («Lausøyre KLP» under «Forsikring Selskap», one cell: the product, then its insurer; «Tryg Bygning – sagbruk»
    // under «Selskap Forsikring»: the insurer, then the product)
    const joined = col === 'product' ? companyJoined(table, i) : undefined;
    // («Ulykkesforsikring Storebrand | | 7719043 | …» under «Forsikring | Selskap | Polisenr.»: a long name ran into the
    // company's column, one space apart, and the company's own cell is empty — the insurer's name is no part of the product)
    const ranIn = col === 'product' && joined === undefined && companyCellEmpty(table, rowCells);
    const named = joined === 'last' || ranIn ? withoutInsurer(raw) : joined === 'first' ? withoutLeadingInsurer(raw) : raw;
    // («Næringsbygg pol. 91 40 772», «Produkt- og bedriftsansvar, pol. NO-L 11872» under «Produkt / polise»: the policy's
    // number after its label, under the product's name in a broker's cell — no part of the name)
    const own = col === 'product' ? named.replace(POLICY_IN_NAME, '') : named;
    // («Produksjonshall | Straumsvegen 41, 8056 Saltstraumen»: the thing, then its place, is the object —
    // a name cut off at the line's end, «Ørland bo- og», with its rest not found, is left out: warned below)
    // («Se egen liste (14 stk.)» under «Forsikringssted / objekt»: the objects are listed elsewhere — no object of the row)
    if (col === 'object' && ELSEWHERE.test(own)) return '';
    // («Alle forsikringssteder», «Produkt- og bedriftsansvar» under a heading «BEDRIFTSANSVAR» of places: no place, no object)
    if (col === 'object' && table.placesUnder && !PLACE_MARKS.test(own)) return '';
    // («12 mnd. ansvarstid», «68 ansatte», «Iht. lov» under «Forsikringssted / omfang»: a measure of a cover at no place — a
    // period, a count, the law — no object; «Alle kommunens lokasjoner», «Konsernet», «Vestby kommune» there name what the
    // cover is for, and are its object as written, as any place column's cell is)
    // («Yrkesskade | Iht. lov | Iht. lov | Ingen» under «Forsikring | Gjelder for | Forsikringssum …»: the law is whom the
    // cover is for under any header — never a place or a thing)
    if (col === 'object' && BY_LAW.test(own)) return '';
    if (col === 'object' && own !== '' && !PLACE_MARKS.test(own) && scopeMeasure(own) && placeOrScope(table.header?.[table.roles.indexOf('object')] ?? '')) return '';
    // («Bod/anneks, frittliggende», «Innbo og løsøre i hytta» under «Forsikringssted / dekning», below the cabin's address:
    // a cover of the product at no place of its own — the row's coverage, no object)
    if (col === 'object' && own !== '' && !PLACE_MARKS.test(own) && placeOrCover(table.header?.[table.roles.indexOf('object')] ?? '')) return '';
    // («Driftstap, 12 mnd. ansvarstid» among a farm's buildings under «Forsikringsstad / objekt», below «Landbruksforsikring»: a
    // loss of income with its indemnity period is a cover of the product, whole — no thing insured, and the period no note)
    if (col === 'object' && lossCoverUnderProduct(table, own)) return '';
    if (col === 'coverage' && i < 0) {
      const k = table.roles.indexOf('object');
      const cover = k >= 0 ? (rowCells[k] ?? '').trim() : '';
      if (lossCoverUnderProduct(table, cover)) return cover;
      if (cover !== '' && !PLACE_MARKS.test(cover) && placeOrCover(table.header?.[k] ?? '')) return cover;
    }
    // («Reise Familie | Hele verden» under «Forsikringssted / objekt»: where a travel insurance applies — its area, no object;
    // «Transport | Hele Norden» is where goods are carried, the row's object as written)
    if (col === 'object' && TRAVEL_AREA.test(own) && TRAVEL_PRODUCT.test(byColumn('product'))) return '';
    const thing = col === 'object' && table.thingColumn !== undefined ? (rowCells[table.thingColumn] ?? '').trim() : '';
    // («A | Solbakken 2, 1415 Oppegård» under «Bygg | Adresse»: a bare letter or number marks the building in the list, no name of it)
    return thing === '' || CUT_NAME.test(thing) || ROW_MARK.test(thing) ? own : own === '' ? thing : `${thing}, ${own}`;
  };
  const cutThing = table.thingColumn !== undefined ? (rowCells[table.thingColumn] ?? '').trim() : '';
  if (CUT_NAME.test(cutThing)) r.warnUnit(u, `the name ${quote(cutThing)} is cut off and its rest was not found; the row's object is its place alone`);
  const named = unnumbered?.named ?? productInObject(table, byColumn('object'));
  const part = parent !== undefined ? partOf(parent, table, byColumn) : undefined;
  // («Innbo, Storgata 4 B, 0155 Oslo | kr 1 200 000 | kr 4 000» under «Forsikring | Forsikringssum | …»: each row's place after its product)
  const placed = named ?? (part ? undefined : placeInProduct(byColumn));
  const cell: CellOf = part ?? (placed ? (col) => (col === 'product' ? placed.product : col === 'object' ? (placed.object ?? '') : byColumn(col)) : byColumn);
  const own = cell('product');
  // «Sum årspremie», «Total pris per år» in whichever column the line starts
  if ((own && TOTAL_ROW.test(own)) || TOTAL_ROW.test((u.cells.find((c) => c.trim() !== '') ?? '').trim())) return 'total';
  // («Premie i alt   92 170», «Årspremie totalt», the total's word after the price's: the total, no row whose sum is the premium)
  if (own && PRICE_TOTAL.test(own.trim())) return 'total';
  // «Premie i fjor | … | 51 300», «Årets premie | … | 53 880»: the premium compared with last year's, no coverage
  if (own && namesFigure(own)) return 'figure';
  // «Grunnpris lag/klubb | 350»: the agreement's own price, no coverage's — said, as the model has no place for it
  if (own && FEE.test(own)) {
    r.warnUnit(u, `${quote(u.cells.filter((c) => c !== '').join(' | '))} is a price of the agreement, not of a coverage; not read`);
    return 'figure';
  }
  // («Egenandelen er uendret | kr 6 000»: the deductible stays as it is — no coverage, and no change)
  if (UNCHANGED_DEDUCTIBLE.test(lowerCase((u.cells.find((c) => c.trim() !== '') ?? '').trim()))) return 'figure';
  // (a PDF row whose cells stand off the table's columns: read by position it would be a guess — unless it has a cell for
  // every column, in the header's order, each figure column's an amount: see cellsInHeaderOrder)
  if (u.lines.some((l) => l.offColumns) && !cellsInHeaderOrder(u.cells, table)) return 'off';
  // («Kriminalitet, NOK 2 000 000 | NOK 50 000 | NOK 4 150» under «Dekning | Forsikringssum | Egenandel |
  // Premie»: a PDF set the sum into the name's cell — read by position, the deductible would be the sum
  // and the premium the deductible)
  // («Alle forsikringssteder | Løsøre og inventar, førsterisiko kr 20 000 000 | kr 50 000» under «Forsikringssted | Bygning /
  // innhold | Forsikringssum | Egenandel»: the sum run into a describing column no role reads — the same; read by position,
  // the deductible stood alone and the row took the buildings' class for contents)
  // (only words with an amount in kroner at their end: a column of last year's premiums or of policy numbers that no role
  // reads holds figures of its own, no sum run in)
  const nameCell = [own, cell('coverage')].find((x) => x && AMOUNT_IN_CELL_NAME.test(x)) ?? rowCells.find((x, i) => table.roles[i] === undefined && TEXT_THEN_KRONER.test(x.trim()));
  const short = filledFigures(rowCells, table.roles) < table.roles.filter((x) => x === 'sum' || x === 'deductible' || x === 'premium').length;
  if (nameCell !== undefined && short) {
    r.warnUnit(u, `the name ${quote(nameCell)} holds an amount, and the row has fewer figures than the table has figure columns: which column each figure is in is not known; not read`);
    return 'misaligned';
  }
  const objectCell = cell('object');
  // (a text row with a cell run over two columns: no field of it can be trusted — see SourceLine)
  if (u.lines.some((l) => l.straddles)) {
    r.warnUnit(u, `the cells of ${quote(u.cells.filter((c) => c !== '').join(' | '))} do not line up with the columns of the table; not read`);
    return 'misaligned';
  }
  // («Dekninger som inngår i husforsikringen» over «Dekning | Forsikringssum | …»: the caption names the insurance, «Husforsikring»)
  const product = own || (table.lastProduct !== undefined ? insuranceOfCovers(table.lastProduct) : undefined);
  if (!product) return undefined;
  // a line of labelled fields with no figure where the table has them is not one of its rows
  // («Returadresse: … | Kundenr.: 4471093» at the top of the next page)
  const figureCols = (['sum', 'deductible', 'premium'] as const).filter((c) => table.roles.includes(c));
  if (product.includes(':') && figureCols.length > 0 && figureCols.every((c) => !DIGIT.test(cell(c)))) return undefined;
  // («Landkreditt Forsikring AS · Org.nr. 985 621 551 · Postboks 1824 Vika, 0123 Oslo   1/3» under the last row: the company's
  // foot of the page, its organisation number in a name's cell — no row of the table)
  if ([own, cell('coverage')].some((x) => x !== undefined && ORG_NUMBER_IN_CELL.test(x))) return undefined;
  // an amount where the table has a name or a place: the row's cells do not stand under the
  // header's columns (a cell left out, or two run together) — no field of it can be trusted
  // (or more cells than the header has columns: «Industrivegen | 14,» where the header has one
  // column for the place — each figure after it would be read one column on)
  // («Grunnpris | 350» where the row's figure fell in the place column, the figure columns empty: the same)
  const figureInPlace = FIGURE_ALONE.test(cell('object')) && figureCols.length > 0 && figureCols.every((c) => cell(c) === '');
  // («Strandgata 22, 8006 Bodø NOK 64 250 000,- Forretningsbygg, …» with the figures after it one column off: the same)
  // (an amount after its label, «… Forsikringssum kr 450 000» on the line under the place, is a field the row reads)
  // («EV 41 207» under «Reg.nr.»: a plate with its digits grouped is the vehicle's, no amount)
  // («Boligblokk A, Solveien 2, 7043 Trondheim 118 600 000 | Bygning | 15 000 | 132 880» under «Objekt Sum (NOK) | …»:
  // an address ends with its town, never with an amount — the sum's cell run into the place's, whatever the header shows)
  const amountInPlace = (AMOUNT_IN_CELL_NAME.test(objectCell) || AMOUNT_AFTER_TOWN.test(objectCell)) && !FIGURE_IN_PLACE.test(objectCell) && !PLATE_CELL.test(objectCell.trim());
  // («4 | Maskiner og inventar / Industriveien 3, … | 2 000 000 Førsterisiko / First loss | 50 000 | 3 150» under «Nr | Dekning |
  // Forsikringssted | Forsikringssum | Egenandel | Premie»: a web page's cell held the cover and its place, and the sum with its
  // form stands under the place — read by position, the deductible became the sum and the premium the deductible)
  const sumInPlace = MILLIONS_THEN_WORDS.test(objectCell);
  if (figureInPlace || amountInPlace || sumInPlace || [own, cell('object'), cell('coverage')].some((c) => BARE_AMOUNT.test(c) || AMOUNTS_RUN.test(c)) || u.cells.slice(table.roles.length).some((c) => c.trim() !== '')) {
    r.warnUnit(u, `the cells of ${quote(u.cells.filter((c) => c !== '').join(' | '))} do not line up with the columns of the table; not read`);
    return 'misaligned';
  }
  // («Gravemaskin Cat 308 CR | CAT0308CVJ9K01120 980.000 | 15.000 | 14.330» under «Maskin | Reg./serienr. |
  // Forsikringssum | Egenandel | Pris»: a text printed in a proportional font that lost one of the two spaces between
  // the serial number and the sum — the object ends with an amount and the row is one figure short; read by position,
  // the object would hold the sum and the sum be missing without a word)
  if (short && ENDS_GROUPED_AMOUNT.test(objectCell) && !FIGURE_IN_PLACE.test(objectCell) && !PLATE_CELL.test(objectCell.trim())) {
    r.warnUnit(u, `the object ${quote(objectCell)} ends with an amount, and the row has fewer figures than the table has figure columns: which column each figure is in is not known; not read`);
    return 'misaligned';
  }
  // (a PDF line that may hold two rows — wrapped names at the line pitch, nothing to show where the
  // second row begins — whose figure cells each hold two rows' figures: «2 150 000 1 800 000»; whose
  // name and place is whose, the page does not show — read as one row, the second name became the object)
  if (u.lines.some((l) => l.rowsUncertain) && figureCols.some((c) => TWO_FIGURES.test(cell(c)) && readAmount(cell(c)) === undefined)) {
    r.warnUnit(u, `${quote(u.cells.filter((c) => c !== '').join(' | '))} may be two rows run together (their figures in one cell); not read`);
    return 'misaligned';
  }
  if (!named && !part) table.lastProduct = product;
  if (!part && partsBelow(r, u, table, cell)) {
    table.parent = { product, object: cell('object') };
    return 'parent';
  }
  // («EK 12345 | Volkswagen Crafter | Kasko | …» over « | | Ansvar | kr 0 | kr 4 610»: a vehicle's second cover on the line
  // under it, its plate and name cells left empty — the same vehicle; read alone, the cover had lost which vehicle it is)
  // («Traktor | John Deere 6155R | Kasko | …» over « | reg. DK 4418, årsmodell 2021 | Brann/tyveri | …»: the vehicle's
  // registration or serial number and year on the line under its name, beside its second cover — the same vehicle, whose
  // facts are no object of their own; read as the object, the second and third covers named the wrong thing)
  const facts = own === '' && table.roles.includes('object') && MACHINE_ID_FACTS.test(cell('object'));
  const above = own === '' && table.roles.includes('object') && (cell('object') === '' || facts) ? table.rows?.[table.rows.length - 1] : undefined;
  const tied = facts || (above !== undefined && table.factsRow === above);
  const sameVehicle = above?.object !== undefined && above.product === product && (PLATE_IN_TEXT.test(above.object) || tied) && above.coverage !== undefined && cell('coverage') !== '' && cell('coverage') !== above.coverage;
  if (facts && !sameVehicle) {
    r.warnUnit(u, `${quote(cell('object'))} describes the vehicle above, but the row's cover could not be tied to it; not read`);
    return 'misaligned';
  }
  const rowCell: CellOf = sameVehicle ? (col) => (col === 'object' ? above!.object! : cell(col)) : cell;
  const read = rowCoverage(r, u, table, product, totalTakenIn(r, u, table, product, rowCell));
  // (the row read as the same vehicle's by its facts line: an empty row under it is that vehicle's too)
  table.factsRow = sameVehicle && tied ? read : undefined;
  return read;
}

/** A policy's label and its number at the end of a product's cell: «pol. 91 40 772», «, polisenr. SP 60 19 33», «avtalenr. 6040-771200». */
const POLICY_IN_NAME = /,?\s+(?:pol\.|polise|polisenr\.?|polisenummer|avtalenr\.?|avtalenummer|forsikringsnr\.?)\s*:?\s*(?:[A-ZÆØÅ]{1,4}(?:-[A-ZÆØÅ]{1,4})?[- ]?)?\d[\dA-Z -]*$/u;

/**
 * A row's cells with its cell of two columns' amounts split (Table.pairedColumn): «96 400 000 15 000»
 * → «96 400 000» and «15 000», where one split alone makes two amounts as they are written (each
 * group after the first of three digits, none starting with «000»); what follows the amounts stays
 * with the second («4 000 Total pris per år»). One amount alone, or a cell that splits more ways than
 * one, could be either column's: neither is read, and that is said.
 */
/** A place, then an amount in kroner at the cell's end: «Kanalveien 40, 5068 Bergen NOK 88 000 000». */
const PLACE_THEN_AMOUNT = /^(.*[A-Za-zÀ-ÖØ-öø-ɏ\d.)])\s+((?:kr\.?|nok)\s*\d{1,3}(?:[ .]\d{3})+(?:,(?:\d{2}|-))?)$/iu;

/**
 * «Bygning | Kanalveien 40, 5068 Bergen NOK 88 000 000 | | NOK 100 000 | NOK 92 300» under «Object |
 * Location | Sum insured | …»: the place's cell and the sum's run together (a text printed to a PDF,
 * the gap between them read as one space), the sum's cell beside it empty — the amount is the sum's.
 * The cells as they were when the sum's cell is not empty or the place holds no amount at its end.
 */
function placeThenSum(table: Table, cells: string[]): string[] {
  const at = table.roles.indexOf('object');
  const sumAt = table.roles.indexOf('sum');
  if (at < 0 || sumAt !== at + 1) return cells;
  if ((cells[sumAt] ?? '').trim() !== '') return sumRunIntoPlace(table, cells, at);
  // («Ramsrudvegen 220, kr 14.850.000,- 2390 Moelv | (empty)»: the two cells' wrapped lines read across into one)
  const between = sumBetweenPlaceLines(cells[at] ?? '');
  if (between !== undefined) {
    const out = cells.slice();
    out[at] = between.place;
    out[sumAt] = between.sum;
    return out;
  }
  const m = PLACE_THEN_AMOUNT.exec((cells[at] ?? '').trim());
  if (m === null || !DIGIT.test(m[1]!) || FIGURE_IN_PLACE.test(m[0])) return cells;
  const out = cells.slice();
  out[at] = m[1]!;
  out[sumAt] = m[2]!;
  return out;
}

/**
 * The sum at the end of a place's or thing's cell, the cell run together with the sum's (a PDF generator
 * that set two columns' cells as one): an amount in kroner («… 1415 Oppegård NOK 1 650 000,-», «Askeladden
 * 19 HK NOK 185 000,-»), a bare amount after a postcode and town, «Fullverdi», or the dash an empty sum cell
 * is printed with («Volkswagen ID.4, EV 20917 –»); a labelled line the row took in after it («Båtplass: …») stays
 * with the place. The place has a figure (a house number, a postcode, a registration): a name alone is not split.
 */
const SUM_AFTER_PLACE = /^(.*[A-Za-zÀ-ÖØ-öø-ɏ\d.)])\s+((?:kr\.?|nok)\s*\d{1,3}(?:[ .]\d{3})+(?:,(?:\d{2}|-))?|fullverdi|[–-])(?:\s+([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ-]*)?:\s+\S.*))?$/iu;
const BARE_SUM_AFTER_TOWN = /^(.*[\s,]\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.-]*(?:\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.-]*)?)\s+(\d{1,3}(?:[ .]\d{3})+(?:,-)?)$/u;

/**
 * «Villa | Kløverveien 41, 1415 Oppegård Fullverdi | NOK 15 000,- | NOK 13 560,-» under «Forsikring | Forsikret |
 * Sum | Egenandel | Pris per år»: the place's cell and the sum's run together, so every cell after them stands one
 * column to the left and the row is one cell short — read by position, the deductible would be the sum and the
 * premium the deductible. Where the place's cell ends with a sum and, split there, the row has exactly one
 * filled cell for each of the header's columns (the figures after it in figure columns, each an amount), the
 * cells are read in the header's order; one empty cell anywhere and which column each figure is in is not
 * known, so the cells stay as they are (and the row is warned, not read).
 */
function sumRunIntoPlace(table: Table, cells: string[], at: number): string[] {
  const n = table.roles.length;
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length !== n - 1 || cells.slice(0, n - 1).some((c) => c.trim() === '')) return cells;
  if (!table.roles.slice(at + 1).every((x) => x === 'sum' || x === 'deductible' || x === 'premium')) return cells;
  if (!cells.slice(at + 1, n - 1).every((c) => DIGIT.test(c) && readSum(c.trim()) !== undefined)) return cells;
  const place = (cells[at] ?? '').trim();
  const m = SUM_AFTER_PLACE.exec(place) ?? BARE_SUM_AFTER_TOWN.exec(place);
  if (m === null || !DIGIT.test(m[1]!) || FIGURE_IN_PLACE.test(place)) return cells;
  const object = m[3] ? `${m[1]!} ${m[3]}` : m[1]!;
  return [...cells.slice(0, at), object, m[2]!, ...cells.slice(at + 1, n - 1)];
}

function pairedCells(r: Reading, u: Unit, table: Table, cells: string[]): string[] {
  const at = table.pairedColumn;
  if (at === undefined) return cells;
  const cell = (cells[at] ?? '').trim();
  // («– 6 940», «6 940 –»: the dash an empty cell is printed with stands for one column, so the amount is the other's)
  const first = DASH_FIRST.exec(cell)?.[1];
  const second = DASH_SECOND.exec(cell)?.[1];
  const one = first ?? second;
  if (one !== undefined && grouped(one.split(' '))) return [...cells.slice(0, at), first ? '–' : one, first ? one : '–', ...cells.slice(at + 1)];
  const m = PAIRED_CELL.exec(cell);
  const splits: Array<[string, string]> = [];
  const groups = m ? m[1]!.split(' ') : [];
  // (the cell read as one amount is a reading too: «1 200 000» may be one column's, or «1» and «200 000»)
  if (grouped(groups)) splits.push([groups.join(' '), '']);
  for (let k = 1; k < groups.length; k++) {
    const [a, b] = [groups.slice(0, k), groups.slice(k)];
    if (grouped(a) && grouped(b) && !b[0]!.startsWith('0')) splits.push([a.join(' '), b.join(' ')]);
  }
  const [a, b] = splits.length === 1 && splits[0]![1] !== '' ? splits[0]! : ['', ''];
  if (cell !== '' && a === '') r.warnUnit(u, `could not tell which of the columns ${quote(table.header?.slice(at, at + 2).join(' | ') ?? '')} the figures ${quote(cell)} stand in; not read`);
  const rest = m?.[2] ? ` ${m[2]}` : '';
  return [...cells.slice(0, at), a, a !== '' ? `${b}${rest}` : '', ...cells.slice(at + 1)];
}

/** A dash, then one amount: «– 6 940» (the first column's cell empty). */
const DASH_FIRST = /^[–-]\s+(\d{1,3}(?: \d{1,3})*)$/;
/** One amount, then a dash: «6 940 –» (the second column's cell empty). */
const DASH_SECOND = /^(\d{1,3}(?: \d{1,3})*)\s+[–-]$/;

/** A cell of digit groups, perhaps with words after them: «100 000 4 000 Total pris per år». */
const PAIRED_CELL = /^(\d{1,3}(?: \d{1,3})*)(?:\s+(\D.*))?$/;

/** A figure cell that goes on with words: «4 000 Sum premie» (a figure, then what follows it in the cell). */
const FIGURE_THEN_WORDS = /^((?:kr\.?\s*)?\d{1,3}(?:[ .]\d{3})*(?:,-)?)\s+([A-Za-zÀ-ÖØ-öø-ɏ].*)$/iu;
/** A cell of digit groups alone, which may hold two figures run together: «980 337 155». */
const GROUPS = /^(?:kr\.?\s*)?(\d{1,3}(?: \d{1,3})+)$/i;
/** Digit groups that are one figure as written: the first of one to three digits, the rest of three. */
const grouped = (groups: string[]) => groups.every((g, i) => i === 0 || g.length === 3);

/**
 * A row that took in the total row under it (a PDF whose total row has no first cell, joined to the
 * row above as the rest of its cells): «Rettshjelp | … | 4 000 Sum premie | 980 337 155» for
 * «Rettshjelp | … | 4 000 | 980» over «Sum premie | 337 155». The cell with the total's label keeps
 * its figure; each figure cell right of it holds the row's figure and the total run together, and is
 * split where the rows' figures above and this one add up to the total — where no split or more
 * than one does, the cell could be read several ways: not read, and said. The cells as they are for
 * any other row.
 */
function totalTakenIn(r: Reading, u: Unit, table: Table, product: string, cell: CellOf): CellOf {
  const figures = (['sum', 'deductible', 'premium'] as const).filter((c) => table.roles.includes(c));
  const at = figures.find((c) => {
    const m = FIGURE_THEN_WORDS.exec(cell(c));
    return m !== null && TOTAL_ROW.test(m[2]!);
  });
  if (at === undefined) return cell;
  const [, own, label] = FIGURE_THEN_WORDS.exec(cell(at))!;
  const split = new Map<Col, string>([[at, own!]]);
  for (const c of figures) {
    if (table.roles.indexOf(c) <= table.roles.indexOf(at) || cell(c) === '') continue;
    const figure = rowFigureBeforeTotal(cell(c), (table.rows ?? []).map((x) => x[c]));
    split.set(c, figure ?? '');
    if (figure === undefined) r.warnUnit(u, `the ${c} ${quote(cell(c))} of ${product} holds the row's figure and the total ${quote(label!)} run together, and no one split of it adds up to the total; not read`);
  }
  return (col) => split.get(col) ?? cell(col);
}

/**
 * The row's figure in a cell that holds it and the total after it («980 337 155» under rows of
 * 318 640, 11 020, 2 315 and 4 200: 980, as 336 175 + 980 = 337 155), when exactly one split of its
 * digit groups adds up; undefined otherwise (or when a row above has no plain figure in the column).
 */
function rowFigureBeforeTotal(text: string, above: Array<Coverage['sum'] | undefined>): string | undefined {
  const m = GROUPS.exec(text.trim());
  if (!m || above.length === 0 || above.some((v) => typeof v !== 'string')) return undefined;
  const cents = (v: string) => Math.round(Number(v) * 100);
  const before = (above as string[]).reduce((a, v) => a + cents(v), 0);
  const groups = m[1]!.split(' ');
  const fits: string[] = [];
  for (let k = 1; k < groups.length; k++) {
    if (!grouped(groups.slice(0, k)) || !grouped(groups.slice(k))) continue;
    const own = groups.slice(0, k).join('');
    if (before + cents(own) === cents(groups.slice(k).join(''))) fits.push(own);
  }
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Where the company's name stands in the cells of a product column named together with the company column:
 * 'last' under «Forsikring Selskap», 'first' under «Selskap Forsikring»; undefined for any other column.
 */
function companyJoined(table: Table, i: number): 'first' | 'last' | undefined {
  const h = table.header?.[i];
  if (h === undefined) return undefined;
  const l = lowerCase(h.trim());
  return l.endsWith('selskap') ? 'last' : /^(?:forsikrings)?selskap\s/.test(l) ? 'first' : undefined;
}

/** Whether the table has a company column of its own («Selskap», «Forsikringsselskap») and the row's cell there is empty. */
function companyCellEmpty(table: Table, cells: readonly string[]): boolean {
  const i = (table.header ?? []).findIndex((h) => /^(?:forsikrings)?selskap$/.test(lowerCase(withoutColon(h).trim())));
  return i >= 0 && (cells[i] ?? '').trim() === '';
}

/** A product cell without the insurer's name at its start («Tryg Bygning – sagbruk» → «Bygning – sagbruk»); the cell as it is when none starts it. */
function withoutLeadingInsurer(cell: string): string {
  const words = cell.split(' ');
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (INSURER_NAME_SET.has(lowerCase(words.slice(0, k).join(' ')))) return words.slice(k).join(' ');
  }
  return cell;
}

/** A product cell without the insurer's name at its end («Lausøyre KLP» → «Lausøyre»); the cell as it is when none ends it. */
function withoutInsurer(cell: string): string {
  const words = cell.split(' ');
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (INSURER_NAME_SET.has(lowerCase(words.slice(-k).join(' ')))) return words.slice(0, -k).join(' ');
  }
  return cell;
}

/**
 * «Det er avtalt forsikring på følgende | Forsikringssum | Egenandel | Årspremie (kr)» over «Bygning | Klubbhus
 * Hegra stadion | 8 450 000 | 10 000 | 14 306»: a first header cell that names no column (a sentence) stands over
 * two cells of the rows — the class word, a product's name, and the thing insured — then the figures one
 * column on. The table's columns become product, object, then the header's figures (once, at its first such row).
 */
function nameOverTwo(table: Table, cells: string[]): void {
  const roles = table.roles;
  if (table.nameOverTwo || roles[0] !== 'product' || roles.includes('object') || roles.includes('coverage') || cells.length !== roles.length + 1) return;
  if (table.header === undefined || columnOf(table.header[0]!) !== undefined) return;
  const first = cells[0]!.trim();
  const second = cells[1]!.trim();
  if (first === '' || DIGIT.test(first) || !namesProduct(first) || second === '' || FIGURE_ALONE.test(second)) return;
  // (every cell after the thing is a figure or empty, one under each figure column)
  const rest = cells.slice(2);
  if (!roles.slice(1).every((x) => x === 'sum' || x === 'deductible' || x === 'premium') || !rest.some((c) => FIGURE_ALONE.test(c.trim())) || !rest.every((c) => c.trim() === '' || FIGURE_ALONE.test(c.trim()))) return;
  table.roles = ['product', 'object', ...roles.slice(1)];
  table.nameOverTwo = true;
}

/**
 * «Motorvogn | Traktor Valtra N134, AB 12345» with no figures, over «    Ansvar | | 1 180» and
 * «    Kasko | | 3 420» set in under it: the row names the thing, the rows under it are its
 * coverages, each with its own figures — the row is no coverage of its own.
 */
function partsBelow(r: Reading, u: Unit, table: Table, cell: CellOf): boolean {
  const figures = (['sum', 'deductible', 'premium'] as const).filter((c) => table.roles.includes(c));
  if (figures.length === 0 || figures.some((c) => cell(c) !== '') || table.roles.includes('coverage')) return false;
  const next = r.units[u.index + 1];
  return next !== undefined && next.row && next.lines[0]!.setIn === true && partOf({ product: '', object: '' }, table, (col) => cellIn(table, next.cells, col)) !== undefined;
}

/** A row's cell in a column of the table ('' when the table has no such column). */
function cellIn(table: Table, cells: string[], col: Col): string {
  const i = table.roles.indexOf(col);
  return i >= 0 ? (cells[i] ?? '').trim() : '';
}

/**
 * A row set in under a row with no figures (partsBelow): its name is the coverage of that row's
 * product, at that row's place; undefined when it has a place of its own or no figure.
 */
function partOf(parent: { product: string; object: string }, table: Table, byColumn: CellOf): CellOf | undefined {
  // («                 Ansvar     1 260» set in as far as the place column: a cover level's name there is the part's name too)
  // (under a name column over two cells, nameOverTwo, the part's name stands in the thing's column: «Fører- og passasjerulykke»)
  const inThing = byColumn('object');
  const level = byColumn('product') === '' && (COVER_LEVEL_SET.has(lowerCase(inThing)) || (table.nameOverTwo && inThing !== '' && !DIGIT.test(inThing))) ? inThing : undefined;
  const own = level ?? byColumn('product');
  if (own === '' || (level === undefined && byColumn('object') !== '') || !(['sum', 'deductible', 'premium'] as const).some((c) => DIGIT.test(byColumn(c)))) return undefined;
  return (col) => (col === 'product' ? parent.product : col === 'coverage' ? own : col === 'object' ? parent.object : byColumn(col));
}

/**
 * A broker's table with no product column and no product above it, «Objekt | Forsikringssum | …»
 * over «Næringsbygg, Strandgata 18, 2317 Hamar | …»: each row's object cell names its product
 * first (a name the index-class table knows), its place after the comma. Undefined otherwise.
 */
function productInObject(table: Table, objectCell: string): { product: string; object?: string } | undefined {
  if (table.lastProduct !== undefined || table.object !== undefined || objectCell === '' || table.roles.includes('product')) return undefined;
  const line = productLine(objectCell);
  const street = line?.object === undefined ? (streetAfterComma(objectCell) ?? streetAfterDash(objectCell)) : undefined;
  if (street !== undefined) return street;
  // («Driftsavbrudd, 12 mnd. ansvarstid» under «Forsikringssted / hva er forsikret»: a cover with no place, its indemnity
  // period after the comma — the product the index-class table knows, as «Bedriftsansvar» alone in the column is)
  const period = PERIOD_AFTER_NAME.exec(objectCell);
  if (period && !DIGIT.test(period[1]!) && namesProduct(period[1]!) && INDEMNITY_PERIOD.test(period[2]!.trim())) return { product: period[1]! };
  // («Husdyr» in a farm's «Objekt» column: a farm's animals, though no index class names them, are a thing insured)
  // («Kaianlegg» over «Kaiveien 2, 5300 Kleppestø» under «Objekt / sted»: the header says the cell is the thing, then its place)
  const at = table.roles.indexOf('object');
  const thingFirst = at >= 0 && table.header !== undefined && THING_FIRST.test(withoutColon(lowerCase((table.header[at] ?? '').trim())));
  // («Mosjøen brannstasjon, Sjøgata 60, 8656 Mosjøen» under «Objekt | Sum (kr) | …»: a name, then after the comma a whole
  // place with its postcode — the object's own name and its place, though no index class names the thing)
  const objectNamed = at >= 0 && table.header !== undefined && OBJECT_NAMES.test(withoutColon(lowerCase((table.header[at] ?? '').trim()))) && line?.object !== undefined && POSTCODE_PLACE_END.test(line.object);
  // (a count in brackets is the name's: «Kommunale kjøretøy (41 stk)»)
  return line && !DIGIT.test(line.product.replace(COUNT_BRACKET, '')) && (namesProduct(line.product) || namesFarmStock(line.product) || thingFirst || objectNamed) ? line : undefined;
}

/** A count of the things a name covers, in brackets: «(41 stk)», «(8 bygg)», «(6 varebiler)». */
const COUNT_BRACKET = /\s*\(\d{1,4}\s+[A-Za-zÀ-ÖØ-öø-ɏ.]+\)/gu;

/** A place that ends with its postcode and its town: «Sjøgata 60, 8656 Mosjøen». */
const POSTCODE_PLACE_END = /\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ'.-]*(?:\s[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ'.-]*)?$/u;

/**
 * «Lagerbygg, Heggstadmyra 4», «Driftsbygning, gnr. 81 bnr. 2»: a product the index-class table
 * knows, and after the comma a place with no postcode that looks like an address («Maskiner,
 * inventar og løsøre» stays one name, «Yrkesskade, Gruppe 1» too); undefined otherwise.
 */
function streetAfterComma(cell: string): { product: string; object: string } | undefined {
  const comma = commaOutsideBrackets(cell);
  if (comma <= 0) return undefined;
  const product = cell.slice(0, comma);
  const place = cell.slice(comma + 2).trim();
  return !DIGIT.test(product) && namesProduct(product) && STREET_OR_LOT.test(place) ? { product, object: place } : undefined;
}

/** A name, a comma, and what follows: «Driftsavbrudd, 12 mnd. ansvarstid». */
const PERIOD_AFTER_NAME = /^([^,]+),\s+(.+)$/;

/**
 * «Driftstap, 12 mnd. ansvarstid» in the object column of a table whose rows have their product (a heading or a column): a
 * loss of income and its indemnity period, the product's cover. (With no product, productInObject makes the name the product.)
 */
function lossCoverUnderProduct(table: Table, cell: string): boolean {
  if (table.lastProduct === undefined && !table.roles.includes('product')) return false;
  const m = PERIOD_AFTER_NAME.exec(cell);
  return m !== null && !DIGIT.test(m[1]!) && namesLossOfIncome(m[1]!.trim()) && INDEMNITY_PERIOD.test(m[2]!.trim());
}

/** A dash with a blank each side: «Driftstilbehør – Sagbruksvegen 2». */
const SPACED_DASH = /\s[–—-]\s/;

/**
 * «Driftstilbehør – Sagbruksvegen 2», «Varer på utelager – Sagbruksvegen 6» (a place-and-thing column's cell, the postcode
 * on the line under it or nowhere): a product the index-class table knows, a dash, and a street and its number or a lot —
 * the product and its place, as streetAfterComma reads them after a comma; undefined for any other cell (one dash only).
 */
function streetAfterDash(cell: string): { product: string; object: string } | undefined {
  const parts = cell.split(SPACED_DASH);
  if (parts.length !== 2) return undefined;
  const product = parts[0]!.trim();
  // (what the row's line under it said of the thing, joined to the cell: «(sagelinje, høvler, truck)», «førsterisiko» — no
  // part of the place)
  const place = PLACE_THEN_REMARK.exec(parts[1]!.trim())?.[1] ?? '';
  return product !== '' && !DIGIT.test(product) && namesProduct(product) && STREET_OR_LOT.test(place) ? { product, object: place } : undefined;
}

/** A place, then a remark in brackets or a first-risk word that the line under the row added to the cell. */
const PLACE_THEN_REMARK = new RegExp(String.raw`^(.*?\S)(?:\s+(?:\([^()]*\)|${FIRST_RISK_WORD}))?$`, 'iu');


/**
 * A mail-merge overview's product cell that holds the row's place after a comma, «Innbo, Storgata 4 B,
 * 0155 Oslo», where the row has no place of its own: the product (a name the index-class table knows)
 * and the place (a postcode and a place name after the comma, or a street and its number); undefined otherwise. Every row is read
 * so, not only the first.
 */
function placeInProduct(byColumn: CellOf): { product: string; object: string } | undefined {
  const own = byColumn('product');
  if (!own.includes(', ') || byColumn('object') !== '') return undefined;
  const line = productLine(own);
  if (line?.object !== undefined) return !DIGIT.test(line.product) && namesProduct(line.product) ? { product: line.product, object: line.object } : undefined;
  // («Driftstap, Industrivegen 14» under «Næringsbygg, Industrivegen 14, 3430 Spikkestad»: a street and number, no postcode)
  return streetAfterComma(own);
}

/**
 * An address without a postcode: a street's name and its number («Heggstadmyra 4», «Kongens gate 12 B»),
 * or a lot («gnr. 81 bnr. 2»); not a numbered group or level of a cover («Gruppe 1», «Del 2»).
 */
const STREET_OR_LOT = /^(?!(?:Gruppe|Klasse|Del|Kategori|Alternativ|Nivå|Pakke|Trinn|Type|Avtale|Polise|Nr|Avdeling)\s)(?:[A-ZÆØÅ][a-zæøåéü.'-]+(?: [A-Za-zæøåÆØÅéü.'-]+){0,3} \d{1,4}(?: ?[A-Za-z])?\b(?:\s*[-–]\s*\d{1,4})?(?:,.*)?|[Gg](?:nr|\.nr)\.?\s*\d+[\s,/]*[Bb](?:nr|\.nr)\.?\s*\d+.*)$/;

const NO_SUM = /^[-–—]$/;
/** An indemnity period: «Ansvarstid 12 mnd», «Erstatningstid 24 måneder», «Avbruddstid: 6 mnd.». */

/** A time in a deductible's column: «3 dager», «72 timer», «14 dagar», «2 døgn», also named: «3 døgn karens», «Karenstid 2 dager». */
export const WAITING_PERIOD = /^(?:karens(?:tid)?:?\s+)?\d{1,3}\s*(?:dager|dagar|dag|døgn|timer|timar|time|uker|veker|virkedager|arbeidsdager)(?:\s+karens(?:tid)?)?$/i;

/** A sum's label and its value at the end of a text cell: «… Yamaha F115 Forsikringssum kr 450 000», «… Førde Forsikringssum Fullverdi». */
const SUM_AT_END = /^(.*\S)\s+(?:forsikringssum|sum)\s*:?\s+((?:kr\.?\s*)?\d[\d .]*(?:,-)?|fullverdi)$/i;

/**
 * The row's cells with a sum that a line under the row stated by its label («Askeladden 20 Cabin,
 * Yamaha F115» over «Forsikringssum kr 450 000» in the place column, joined as the cell's rest) taken
 * out of the place cell — the sum's, where the row has no sum of its own; never part of the place.
 */
function withSumInPlace(cell: CellOf): CellOf {
  const m = SUM_AT_END.exec(cell('object'));
  // (a row with a sum of its own as well keeps the cell as it stands: which sum is the row's is not said, and nothing is dropped)
  if (!m || cell('sum') !== '') return cell;
  return (col) => (col === 'object' ? m[1]!.replace(/,$/, '') : col === 'sum' ? m[2]! : cell(col));
}

/** «Snøscooter - LYNX 69 RANGER 2019 - DF 1120»: a vehicle's kind, then its model and plate after a dash. */
const KIND_DASH_VEHICLE = new RegExp(String.raw`^([A-ZÆØÅ][a-zæøå]+)\s+[-–]\s+(.*(?:^|\s)${PLATE_SOURCE})$`);
/** A place cell that names a cover: a level first («Ansvar», «Kasko», «Ansvar for skade på person og ting»), or an accident cover of a vehicle's driver. */
const COVER_IN_PLACE = /^(?:[a-zæøå]+)(?=$|\s)|^fører-\s+og\s+passasjerulykke$/;

/**
 * A row whose place column names its cover, not a place: «Snøscooter - LYNX 69 RANGER 2019 - DF 1120 |
 * Ansvar | 394» (the vehicle's kind the product, model and plate its object) and «Ansvar for lag/klubb
 * | Ansvar for skade på person og ting | 1 540» — the cells as a «Forsikring | Dekning» table has them.
 * The cells as they are for any other row (a cell with a figure is a place).
 */
function coverInPlace(product: string, cell: CellOf): { product: string; cell: CellOf } {
  const place = cell('object').trim();
  if (place === '' || cell('coverage') !== '' || /\d/.test(place)) return { product, cell };
  const l = lowerCase(place);
  const first = COVER_IN_PLACE.exec(l)?.[0];
  if (first === undefined || (!COVER_LEVEL_SET.has(first) && !l.startsWith('fører-'))) return { product, cell };
  const vehicle = KIND_DASH_VEHICLE.exec(product);
  const moved: CellOf = (col) => (col === 'coverage' ? place : col === 'object' ? (vehicle ? vehicle[2]! : '') : cell(col));
  return { product: vehicle ? vehicle[1]! : product, cell: moved };
}

/** A column head that names what is insured, not where: «Objekt», «Objekt / sted», «Forsikringsobjekt», «Hva er forsikret». */
const INSURED_HEAD = /^(?:objekt|forsikringsobjekt|forsikret objekt|forsikra objekt|hva er forsikret|kva er forsikra)(?![a-zæøå])/;

/** Whether the table's object column is headed by what is insured (INSURED_HEAD), not by a place. */
function namesInsured(table: Table): boolean {
  const head = table.header?.[table.roles.indexOf('object')];
  return head !== undefined && INSURED_HEAD.test(lowerCase(head.trim()));
}

/** A column head that names what is insured, alone or after the place: «Objekt», «Forsikringsstad / objekt». */
const INSURED_IN_HEAD = /(?:^|\/\s*)(?:objekt|forsikringsobjekt)\s*$/;

/** A name that lists two kinds or more: «Eiendom og driftstap», «Bygning, løsøre og avbrudd». */
const LISTS_KINDS = /\s(?:og|eller|\/|&)\s|,\s/;

/** A row's index class: the «Indeks» column's word, a heading's class, the table's or the row's own names. */
function rowClass(u: Unit, table: Table, product: string, cell: CellOf): { index_class: RowIndexClass; known: boolean } {
  // «Kjøretøy | …»: a column of vehicles names the class of rows whose own names do not («Toyota Hilux 2017»)
  // «Eiendeler» with the coverage «Varer»: the most specific name wins, as in «Eiendeler - Varer»
  const covered = cell('coverage');
  // («Eiendeler | Varer | 1 200 000» under «Forsikring | Objekt | …»: stock named in the place column is stock, as «Eiendeler - Varer» is)
  const place = cell('object').trim();
  const stock = covered === '' && place !== '' && !/\d/.test(place) && coverageIndexClass(product, place).index_class === 'varer';
  // («Eiendom og driftstap» over «Objekt | Forsikringssted | …» / «Lagerbygg | …»: a heading that lists two
  // kinds names no one class; the row's thing does)
  const thing = table.thingColumn !== undefined && LISTS_KINDS.test(product) ? rowIndexClass((u.cells[table.thingColumn] ?? '').trim()) : undefined;
  if (thing?.known && covered === '') return thing;
  const byName = coverageIndexClass(product, stock ? place : covered);
  const header = table.header?.[table.roles.indexOf('product')];
  const named = byName.known || header === undefined ? byName : rowIndexClass(header).known ? rowIndexClass(header) : byName;
  // («Gardsforsikring» over «Forsikringsstad / objekt | …» and «Våningshus, Tveitevegen 112, …», «Husdyr (sau, …)»: under
  // a product whose name tells no class, the thing the row insures, named first in a column of what is insured, tells it —
  // a package of the farm's things; a column «Bygning» under a peril's insurance, «Hussoppforsikring», says what is covered
  // against the peril, not which index its sums follow)
  const objectHead = lowerCase(table.header?.[table.roles.indexOf('object')] ?? '');
  const thingFirst = !named.known && covered === '' && place !== '' && INSURED_IN_HEAD.test(objectHead) ? rowIndexClass(place.split(',')[0]!.trim()) : undefined;
  const inTable = thingFirst?.known ? thingFirst : named;
  // (a name the table does not know, under a heading that names a class: that class)
  // (a record's name under a heading that names its class — «Tunheim behandlingssenter» under
  // «KOMMUNEEIENDOM - BYGNINGER» — is a building, whatever its words suggest)
  // (an «Indeks» column states the class each row's sum follows: the document's word over the name's)
  const stated = indexColumnClass(table, u.cells);
  if (stated !== undefined) return { index_class: stated, known: true };
  // («Forsikringsform» cell «Førsterisiko, indeksreguleres ikke»: the row's own word that its sum follows no index)
  if (u.cells.some((x, i) => table.roles[i] === undefined && UNINDEXED_FORM.test(x.trim()))) return { index_class: 'none', known: true };
  if (table.recordsClass !== undefined) return { index_class: table.recordsClass, known: true };
  return inTable.known || table.sectionClass === undefined ? inTable : { index_class: table.sectionClass, known: true };
}

/** A column of the municipality a place is in: «Kommune», «Kommune/sted». */
const MUNICIPALITY_COLUMN = /^(?:kommune|kommune\s*\/\s*sted|poststed)$/i;

/**
 * «Gnr. 41 bnr. 1 | Sogndal» under «Eigedom | Kommune | …»: the municipality in a column of its own is
 * the rest of the place, written after a comma as on one line — «Gnr. 41 bnr. 1, Sogndal». A place that
 * has its postcode and town already, or a cell with a figure, is left as it is.
 */
function withMunicipality(object: string, table: Table, cells: readonly string[]): string {
  const k = table.header?.findIndex((h) => MUNICIPALITY_COLUMN.test(h.trim())) ?? -1;
  const town = k >= 0 && table.roles[k] === undefined ? (cells[k] ?? '').trim() : '';
  if (town === '' || /\d/.test(town) || POSTCODE_PLACE.test(object) || object.includes(town)) return object;
  return `${object}, ${town}`;
}

/**
 * A document's key to its mark of changed figures: «Endringer i forhold til forrige periode er markert med *», «Endra
 * vilkår er merka med *», «merket med stjerne (*)», «* = endret». Where the document says so, a figure's «*» marks it
 * as changed and is no part of it; without such a key an asterisk may point to a condition, and the cell is not read.
 */
const CHANGE_KEY = /\b(?:markert|merket|merka|merkt|markerte|merkte)\s+med\s+(?:(?:en|ei|ein)\s+)?(?:stjerne\s*\(\s*\*\s*\)|stjerne|\*)|^\s*\*\s*=\s*endr/i;
/** An asterisk after a figure's last digit: «100 000*», «kr 50 000 *». */
const CHANGE_MARK = /(?<=\d(?:,-)?)\s*\*$/;
const changeKeys = new WeakMap<Reading, boolean>();
function changesMarked(r: Reading): boolean {
  let v = changeKeys.get(r);
  if (v === undefined) {
    v = r.units.some((u) => u.text.includes('*') && CHANGE_KEY.test(u.text));
    changeKeys.set(r, v);
  }
  return v;
}

/** The coverage of a table row that fits its table: its figures read, what could not be read a note and a warning. */
function rowCoverage(r: Reading, u: Unit, table: Table, named: string, given: CellOf): Coverage {
  const { product, cell } = coverInPlace(named, withSumInPlace(given));
  const covered = cell('coverage');
  const { index_class, known } = rowClass(u, table, product, cell);
  const c: Coverage = { product };
  const coverage = cell('coverage');
  if (coverage) c.coverage = coverage;
  const notes: string[] = [];
  // («Avbrudd | Ansvarstid 12 mnd | 60 000 000 | …»: the indemnity period in the place column is no place — the row's note)
  // («Yrkesskade | 14 ansatte / 12,5 årsverk | Lovbestemt | | 18 900»: whom a person cover insures, in
  // the place column, is no place either — the row's note; the document's count is read from it too)
  // («Objekt / sted» over «38 ansatte»: a column of what is insured holds whom a person cover insures as its object)
  const whom = PERSONS_CELL.test(cell('object')) && namesInsured(table);
  const period = !whom && (INDEMNITY_PERIOD.test(cell('object')) || PERSONS_CELL.test(cell('object'))) ? cell('object') : undefined;
  if (period !== undefined) notes.push(period);
  const { name, object, facts } = rowObject(product, period !== undefined ? '' : cell('object'), table);
  if (name !== undefined) c.product = name;
  if (facts !== undefined) notes.push(facts);
  // (a place that ends in a comma goes on somewhere the row did not take in: never the value)
  if (object && object.endsWith(',')) r.warnUnit(u, `the place ${quote(object)} of ${product} ends in a comma: its rest was not found; not read`);
  else if (object) c.object = withMunicipality(object, table, u.cells);
  // («100 000*» where the document says «Endringer … er markert med *»: the amount, its mark that it changed)
  const marked = changesMarked(r);
  const figure = (v: string): string => (marked && CHANGE_MARK.test(v) ? v.replace(CHANGE_MARK, '') : v);
  // («Verdigjenstander   150 000 *» over «* Førsterisikosummer indeksreguleres ikke.»: a footnote's mark on the sum, the
  // footnote under the table — the amount without the mark, and what the footnote says of it holds for this row)
  // («Førsterisiko*» in the form column over «* Førsterisikosum – indeksreguleres ikke.»: the form's mark, its footnote the row's)
  const form = marked ? undefined : markedFirstRiskForm(r, u.cells, table);
  const footnoted = marked ? undefined : (footnotedFigure(r, cell('sum')) ?? (form?.note !== undefined ? { figure: cell('sum'), note: form.note } : undefined));
  const sumCell = footnoted?.figure ?? figure(cell('sum'));
  let unread: string[] = [];
  let persons = false;
  // («–» in the sum's column, as a broker's sheet marks a cover with no sum: none)
  // («Lovbestemt», «Etter lov», «Iht. lov»: sums the law sets — no sum, and nothing lost; not an individual sum)
  if (sumCell && BY_LAW.test(sumCell.trim())) notes.push(sumCell.trim());
  else if (sumCell && !NO_SUM.test(sumCell.trim())) {
    const sum = readSum(sumCell);
    if (sum !== undefined) {
      // «Forsikringsform | Forsikringssum»: «Førsterisiko» in a column of its own makes the sum a first-risk sum
      // (or the row's name ends by saying so: «Maskiner, inventar og verktøy, førsterisiko», also wrapped onto the line under it)
      // (or the sum's column says its sums are first-risk sums: «Dekning | Førsterisikosum | Egenandel»)
      const firstRisk =
        u.cells.some((x, i) => table.roles[i] === undefined && FIRST_RISK_CELL.test(x.trim())) ||
        form !== undefined ||
        FIRST_RISK_IN_NAME.test(covered.trim()) ||
        FIRST_RISK_IN_NAME.test(product.trim()) ||
        FIRST_RISK_COLUMN.test(table.header?.[table.roles.indexOf('sum')] ?? '');
      c.sum = typeof sum === 'string' && firstRisk ? { first_risk: sum } : sum;
      persons = typeof sum !== 'string' && !('first_risk' in sum);
    } else if (/^fullverdi$/i.test(sumCell)) notes.push('Fullverdi');
    // («Bilforsikring | If | … | EB 90211 Volvo XC40 | Kasko | 8 000 | 8 640», a broker's overview with no coverage column:
    // a vehicle has no sum, and the sheet writes its cover level where the sum would stand — the row's coverage)
    else if (covered === '' && COVER_LEVEL_SET.has(lowerCase(sumCell.trim()))) c.coverage = sumCell.trim();
    // («Kasko | Markedsverdi | kr 8 000», «Ansvar (trafikkforsikring) | Etter bilansvarsloven»: what the
    // cover pays is the thing's value or what a law says — no sum, and nothing lost)
    // («Veihjelp | Inkludert | kr 0»: a cover included in the product, no sum of its own)
    else if (VALUE_BASIS.test(sumCell.trim()) || INCLUDED.test(sumCell.trim())) notes.push(sumCell.trim());
    // («Ubegrenset»: a cover with no limit)
    else if (NO_LIMIT.test(sumCell.trim())) notes.push(sumCell.trim());
    else {
      // («kr 40 000 per person»: the limit, and what it is counted by as the row's note)
      const per = perUnitAmount(sumCell);
      // («10 G pr. person»: a person cover's G sum, for each person it insures)
      const perG = per ? undefined : perUnitG(sumCell);
      if (per) {
        c.sum = per.sum;
        notes.push(per.per);
      } else if (perG) {
        c.sum = perG.sum;
        persons = true;
        notes.push(perG.per);
      } else {
        // («2 184 000 000 (etter bygningsliste)»: the sum, and a note in brackets on what it is made of)
        const noted = amountThenNote(sumCell);
        if (noted) {
          c.sum = noted.sum;
          notes.push(noted.note);
        } else if (SEE_BELOW.test(sumCell.trim())) {
          // («se under»: the sum is stated below, as the product's items — joined to the row by
          // joinReferredDown, which warns when none are found)
          notes.push(sumCell.trim());
        } else unread.push(`sum ${quote(sumCell)}`);
      }
    }
  }
  c.index_class = persons ? 'none' : index_class;
  if (footnoted !== undefined) {
    const said = footnoted.note.lower;
    if (typeof c.sum === 'string' && FIRST_RISK_SAID.test(said)) c.sum = { first_risk: c.sum };
    if (NOT_INDEXED.test(said)) c.index_class = 'none';
    appliedFootnotes(r).add(footnoted.note);
  }
  for (const col of ['deductible', 'premium'] as const) {
    // («Veterinærutgifter | kr 30 000,- per år | kr 3 000,-* | …» over «* I tillegg betaler du 25 % av …»: a footnote's mark on
    // the deductible — the amount is the fixed deductible, and what the footnote adds to it is the row's note)
    const marks = marked ? undefined : footnotedFigure(r, cell(col));
    if (marks !== undefined) notes.push(marks.note.text.trim());
    const v = marks?.figure ?? figure(cell(col));
    // («-» in a figure's column: none)
    if (!v || v === '-' || v === '–') continue;
    // «Driftsavbrudd | … | 3 dager | …»: a loss of income's deductible in days or hours is its waiting
    // period — a note, never the deductible (the model has no field for it: said)
    // («Tingskade og avbrudd» with the cover «Avbrudd, dekningstid 18 måneder»: the cover names the loss of income)
    if (col === 'deductible' && WAITING_PERIOD.test(v) && (namesLossOfIncome(product) || namesLossOfIncome(covered))) {
      notes.push(/karens/i.test(v) ? v : `karenstid ${v}`);
      r.warnUnit(u, `the deductible column of ${product} states a waiting period ${quote(v)}, no amount; kept as a note`);
      continue;
    }
    // («Skadedyr | Tillegg | Inkludert | 2 000 kr | inkl.»: a cover whose price is in the product's — no premium of its own, and nothing lost)
    if (col === 'premium' && INCLUDED.test(v)) {
      notes.push(v);
      continue;
    }
    // («Ingen / None» in a bilingual certificate's deductible column: none, as «Ingen» alone; «Ingen egenandel» too)
    // («NOK 15 000 per sending» in a goods insurance's deductible column: the amount, counted by each sending or claim)
    const a = readAmount(v) ?? (col === 'deductible' && PER_SENDING_TAIL.test(v) ? readAmount(v.replace(PER_SENDING_TAIL, '')) : undefined) ?? (col === 'deductible' && /^ingen(?:\s*\/\s*none|\s+(?:egenandel|eigenandel|eigendel))?$/i.test(v) ? '0' : /^ingen(?:\s*\/\s*none)?$/i.test(v) ? '0' : undefined);
    if (a !== undefined) c[col] = a;
    else unread.push(`${col} ${quote(v)}`);
  }
  if (unread.length > 0) {
    notes.push(...unread.map((x) => x.replace(/^\w+ /, '')));
    // («Kasko Ansvar | kr 8 000 kr 0 | kr 14 220 kr 4 610»: two sub-rows' cells run together on one line, a
    // figure of each in every cell — the cover cell is two covers, not one: left out with the figures)
    const runTogether = c.coverage !== undefined && / /.test(c.coverage) && unread.some((x) => TWO_AMOUNTS.test(x.replace(/^\w+ «|»$/g, '')));
    const left = runTogether ? `; the cover ${quote(c.coverage!)} is two rows' run together, left out` : '';
    if (runTogether) {
      notes.push(c.coverage!);
      delete c.coverage;
    }
    r.warnUnit(u, `could not read the ${unread.join(', ')} of ${product}${object ? ` (${object})` : ''}${left}`);
    unread = [];
  }
  if (notes.length > 0) c.note = notes.join('; ').replace(/[«»]/g, '');
  if (!known && !persons) r.warnUnit(u, `index class of «${product}» is not known from its name; set to other`);
  return ordered(c);
}

/**
 * A form column's cell «Førsterisiko*» (or «Første risiko ¹»): the word with a footnote's mark still says the row's sum is a
 * first-risk sum; the footnote under the table, when the document prints it, is said of this row.
 */
function markedFirstRiskForm(r: Reading, cells: readonly string[], table: Table): { note: Unit | undefined } | undefined {
  for (const [i, x] of cells.entries()) {
    if (table.roles[i] !== undefined) continue;
    const marked = footnotedWord(r, x);
    if (marked !== undefined && FIRST_RISK_CELL.test(marked.word)) return { note: marked.note };
  }
  return undefined;
}

/** «Org.nr. 985 621 551», «org. nr. 985621551»: a company's organisation number, as a page's foot states it. */
const ORG_NUMBER_IN_CELL = /\borg\.?\s*-?\s*nr\.?:?\s*\d{3}\s?\d{3}\s?\d{3}\b/i;

/** The first-risk word in a footnote (lower case): «førsterisikosummer», «sum på første risiko», nynorsk «fyrsterisiko». */
const FIRST_RISK_SAID = new RegExp(FIRST_RISK_WORD, 'i');

/** Two amounts in one cell, each with its «kr»: «kr 8 000 kr 0». */
const TWO_AMOUNTS = new RegExp(`^(?:${AMOUNT_SOURCE})\\s+(?:${AMOUNT_SOURCE})$`, 'i');

/** What such a column's cell says, and the class it names (a class not named here — «KPI» — decides nothing). */
const INDEX_CELLS: ReadonlyArray<readonly [RegExp, RowIndexClass]> = [
  [/^(?:bygning|bygningar|bygninger|bygg|byggekost(?:nad)?(?:sindeks)?)$/i, 'bygninger'],
  [/^(?:lausøyre|løsøre|maskin(?:er)?|maskin(?:er)?\s*(?:\/|og)\s*(?:lausøyre|løsøre))$/i, 'maskin_losore'],
  [/^varer?$/i, 'varer'],
  [/^(?:innbo|innbu)$/i, 'innbo'],
  [NO_INDEX_CELL, 'none'],
];

/**
 * The index class an «Indeks» column states for a row («Bygning», «Lausøyre», «Ingen»), or undefined
 * where the table has no such column or its cell names no class.
 */
function indexColumnClass(table: Table, cells: string[]): RowIndexClass | undefined {
  const i = table.header?.findIndex((h) => INDEX_COLUMN.test(lowerCase(h.trim()))) ?? -1;
  if (i < 0) return undefined;
  const v = (cells[i] ?? '').trim();
  return INDEX_CELLS.find(([re]) => re.test(v))?.[1];
}

/**
 * A row's object: its place column or the table's place — or, for a vehicle named in the product
 * column («Bil ZT 88120 Volvo XC60 2022»), what follows the product's name there: the registration
 * number and the model, as the document writes them («ZT 88120 Volvo XC60 2022»; the product «Bil»
 * as `name`). A place cell that names a vehicle («AB 12345 Mercedes-Benz Sprinter», «Traktor Valtra
 * N134, AB 12345») is the object as it stands: the vehicle is what the cell says, not its plate alone.
 */
/** An address that ends with its postcode and place, then a description in brackets. */
// («JX 3318 Istrail semitrailer (2018)»: a plate's four digits after its two letters are no postcode — the bracketed model
// year is the vehicle's, no remark on a place)
export const DESCRIBED_PLACE = /^(.*\b(?<![A-ZÆØÅ]{2}\s)\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ .'-]*?)\s*\((?![^()]*\b(?:[GgBbSsFf]\.?\s?nr|[Ss]eksjon)\b)([^()]+)\)$/u;


/** A cell that is only a dash («-», «–», «—»): no value. */
const DASH_ALONE = /^[-–—]+$/;

function rowObject(product: string, objectCell: string, table: Table): { name?: string; object: string | undefined; facts?: string } {
  const m = !objectCell && !table.object ? REG_IN_NAME.exec(product) : null;
  const inName = m && namesProduct(m[1]!) ? m : null;
  // («Arbeidsmaskin | — | 2 300 000 …»: a dash alone in the place column says the row has none)
  // («Reise Familie | Husstanden | …», «Reiseforsikring | Hele familien | …» under «Forsikret»: the people a travel or
  // accident cover is for — no thing and no place, so no object)
  // (people are left out under «Forsikret» only: under «Gjelder», «Hele familien» is read as what the cover applies to)
  const insuredColumn = table.header !== undefined && INSURED_COLUMN.test(withoutColon(lowerCase((table.header[table.roles.indexOf('object')] ?? '').trim())));
  const cell = DASH_ALONE.test(objectCell) || (insuredColumn && PEOPLE_CELL.test(objectCell.trim())) ? '' : objectCell;
  let object = (inName ? [inName[2]!, inName[3]].filter(Boolean).join(' ') : '') || cell || table.object;
  // «DR 59312 Toyota RAV4 2021» over «Kjørelengde 16 000 km, bonus 75 %», joined as the cell's rest:
  // the vehicle's mileage and bonus are facts about it (the row's note), never its name
  const facts = object ? (PLATE_IN_TEXT.test(object) ? VEHICLE_FACTS.exec(object) : null) ?? (object.includes(':') ? LABELLED_FACTS.exec(object) : null) : null;
  if (facts) object = facts[1]!.replace(/,$/, '');
  // «Solbakken 11, 1407 Vinterbro (garasjeanlegg, 48 plasser)»: what stands there, in brackets after
  // the address's postcode and place, describes the object (the row's note); the place is the address
  // (the row's own place cell only; a land register number in brackets says where, and stays: «… (gnr. 165, bnr. 23)»)
  const described = !facts && object && object === cell ? (DESCRIBED_PLACE.exec(object) ?? PLACE_THEN_BUILDING.exec(object)) : null;
  if (described) object = described[1]!;
  // («Driftsavbrudd | Alle forsikringssteder Ansvarstid 12 mnd. | …»: the indemnity period under the place, run into its
  // cell — the row's note, as it is when the place column holds it alone; never part of the place)
  const period = !facts && !described && object && object === cell ? PLACE_THEN_PERIOD.exec(object) : null;
  if (period) object = period[1]!;
  const out: { name?: string; object: string | undefined; facts?: string } = { object };
  if (period) out.facts = period[2]!;
  if (inName) out.name = inName[1]!;
  if (facts) out.facts = facts[2]!;
  if (described) out.facts = described[2]!;
  return out;
}
