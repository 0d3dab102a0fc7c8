/**
 * Schedules as tables and rows, read top to bottom:
 *
 * - **«Forsikringsoversikt» tables** (the header and its rows: src/parse/schedule-overview.ts). Right
 *   under a product heading or a certificate's title the table may leave out the Forsikring column:
 *   its rows are for that product (and its «Forsikringssted:» line's place). A header repeated after
 *   a page break goes on with the table.
 * - **item rows under a product heading**: `Ménerstatning med aldersregulering | 4,50 G`,
 *   `Tap i fremtidig erverv | 22-30 G`, `Tapt inntekt | Individuelt | iflg. loven` (remaining
 *   cells are the item's note), and kroner sums in rows right under the heading: a group of items
 *   of that product.
 */
import type { Coverage, CoverageItem, RowIndexClass, SumValue } from '../model/policy.js';
import { amountsIn, FIRST_RISK_WORD as FIRST_RISK_SOURCE, isGCell, KRONER_ONLY, mentionsG, readAmount, readLimit, readSum } from './amounts.js';
import { NOT_INDEXED } from './schedule-unindexed.js';
import type { Reading } from './extract.js';
import { countedRow, G_FIGURE_HINT, gAndNote, gSumsByEvent, namesLaw, namesPersonProduct, nameThenG, premiumOf, productGRow, productHeadingName, productOverGItems, productWithPremium as personProductWithPremium, withoutKroner } from './g-items.js';
import { namesFarmStock, namesProduct, rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';
import { CLASS_HEADING, fieldOf, PLACED_CLASSES, productFieldName, SUM_FORM, THING_HEADING_SET, thingWithoutFact, vehicleLabel } from './schedule-fields.js';
import { isTotal } from './unread.js';
import { AGREEMENT_FORM_AFTER, BUILDING_FACTS, BY_LAW, columnOf, coverageIndexClass, FIGURE_IN_PLACE, isDekning, namesFigure, NO_LIMIT, ordered, perMonth, productLine, TOTAL_ROW, perUnitAmount } from './schedule-names.js';
import { CERTIFICATE_TITLES, GENERIC_THING_COLUMNS, GOES_ON_WORDS, INSURER_NAME_SET, LEVEL_WORDS, PERSON_COVERAGES, PLACE_LINE_LABELS, POLICY_NUMBER, PROPERTY_COLUMNS, RECORD_NOTE_LABELS } from './vocabulary.js';
import { BARE_AMOUNT, INCLUDED, numberColumn, overviewHeader, overviewRow, unclearFigures, type Table } from './schedule-overview.js';
import { countedCaption, headingOverTable, PHRASE_WORD, placeAndThingColumn } from './schedule-product-heading.js';
import { insurersName } from './mail.js';
import { describesBuilding, headingWithPlace, SECTION_GAP, sectionLine, titledThingHeading, vehicleFact, type Section } from './schedule-section.js';
import { continuesSpans, flushSpans, holdRow, holdSubRow, type Spans } from './schedule-spans.js';
import { premiumLinesHeading, premiumTableHeader, readPremiumLines, readPremiumTable } from './schedule-premium-table.js';
import { INSURED_LEAD, letterheadTitle, titleParts } from './schedule-titles.js';
import { breakdownUnder, labelledLineUnder, linesUnderRow, nameHead, placeLinesUnder, type RowLines, wrappedName } from './schedule-wrap.js';
import type { Col } from './vocabulary.js';
import { inCapitals, placeGoesOn, quote, sentencesOf, withoutColon, type Unit } from './units.js';

// patterns of per-unit tests, made once: a literal in a function makes a new RegExp object at every call
const DIGIT = /\d/;
const LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ]/;
const RULE_ROW = /^[-=_|:\s]+$/;
/** A figure and «G»: a G sum, not the words of an individually assessed one. */
const G_SUM = /\d\s*G\b/;
/** A page's number in a cell of its own: «Side 2 av 2», «Side 1 of 3». */
const PAGE_MARK = /^\s*side\s*\d+\s*(?:(?:av|of)\s*\d+|\/\s*\d{1,3})\s*$/i;
/** A line that is all one note in brackets: «(gjelder fra 1. mai)». */
const NOTE_LINE = /^\([^()]*\)$/;
/** A date or a year in a note («1. mai 2026», «01.05.2026»): no figure of the row's. */
const DATE_OR_YEAR = /\b\d{1,2}\.\s*(?:\d{1,2}\.\s*|[a-zæøå]+\s+)?(?:\d{4}|\d{2})?\b|\b(?:19|20)\d\d\b/gi;

type Push = (c: Coverage, u: Unit, items?: Unit[]) => void;

interface Group {
  name: string;
  unit: Unit;
  items: CoverageItem[];
  itemUnits: Unit[];
  lastIndex: number;
  /** Short text lines under a heading with no rows (possible name-only items). */
  plain: Unit[];
  /** The premium stated beside the product's name («Gruppeliv for bedrifter | premie kr 19 260»). */
  premium?: string;
  /** «Egenandel | kr 6 000» right under the items, before the premium: the deductible of the whole cover. */
  deductible?: string;
  /** «Dekning   Familie Pluss» on the product's card over the table of its covers: the cover level chosen. */
  coverage?: string;
  /** The table whose header the items are read under («Dekning | Forsikringssum»), to go on after a page break. */
  table?: Table;
  /** Items whose sum is a limit in kroner («inntil kr 100 000»): person items all the same. */
  limits?: Set<CoverageItem>;
  /** A matrix of cover levels across («Dekning | Basis | Standard | Pluss»): each column's coverage. */
  levels?: Levels;
  /** The heading of what the cover insures («Båten», «Reisende») was passed: lines of its facts may stand over the items. */
  described?: boolean;
  /** The header of its items' table («Dekning | Forsikringssum») was read: a first row with no sum («Ubegrenset») is an item too. */
  listed?: boolean;
  /** The boat or vehicle a fact under that heading names («Båt: Ibiza 22 Touring 2018, reg.nr. LKM 227»): the cover's object. */
  thing?: { object: string; unit: Unit };
  /** A product's own row («Gruppeliv | 10 G | pr. person | Premie kr 12 400»): its sum and note; a coverage with items under it or none. */
  own?: { sum?: SumValue; note?: string };
  /** Opened by a record's «Produkt:» field: a G row labelled as the sum («Forsikringssum: 10 G») is the cover's own sum. */
  fielded?: boolean;
}

/** The columns of a matrix of cover levels, and what each level's column states. */
interface Levels {
  names: string[];
  byLevel: Array<{ items: CoverageItem[]; units: Unit[]; premium?: string; deductible?: string }>;
}


/** The reader's state as it goes down the document. */
interface Tables {
  /** The unit of the last section line that names its insurer between a table's rows (insurerSection), or a field line under it. */
  insurerSection?: number | undefined;
  r: Reading;
  push: Push;
  table: Table | undefined;
  group: Group | undefined;
  /** The product section a title or product heading opened, and the place its «Forsikringssted:» line names. */
  section: Section | undefined;
  lastHeading: Unit | undefined;
  /** The last group that had items, and a group without rows waiting for its neighbour. */
  lastItemGroup: Group | undefined;
  waiting: Group | undefined;
  /** The index class the last heading names by itself («BYGNINGER»), for the rows of the tables under it. */
  classHeading: RowIndexClass | undefined;
  /** Under a header «Dekning | Sum (G)»: the column (of a row's non-empty cells) whose bare figures are G. */
  gColumn?: number | undefined;
  /** Under «Produkt | Dekning | Forsikringssum (G)»: the rows name their product in the first column; the last one named. */
  /** Rows that name their product once over its items («Gruppeliv | Dødsfall | 10 G»); `kroner`: a last column of the G sums in kroner. */
  gProducts?: { last: string | undefined; kroner?: boolean } | undefined;
  /** A place line outside a product's section («Forsikringssted: Storgata 41, 3611 Kongsberg»): the place of the table right under it. */
  place?: { object: string; unit: Unit; vessel?: true; rest?: Unit } | undefined;
  /** The line under a row that holds the rest of its name, read with the row (schedule-wrap.ts). */
  continued?: Unit | undefined;
  /** The lines read with a row above them (its place written under it): no line of their own. */
  taken?: Set<Unit> | undefined;
  /** Rows of a table whose product cell may span sub-rows of its items, held while it goes on (schedule-spans.ts). */
  spans?: Spans | undefined;
  /** The line over a G row that holds the start of the row's item name (wrappedItemName). */
  wrapped?: Unit | undefined;
  /** The last table opened by a header row, and that row's page (its header repeated on a later page goes on with its rows). */
  opened?: { table: Table; page: number } | undefined;
  /** The row under a line that holds the start of its name, with its name whole (schedule-wrap.ts nameHead). */
  headed?: Unit | undefined;
  /** The table a line of text ended, and the last unit of it or under it: rows of its shape right under the line are said if no reader takes them. */
  ended?: { table: Table; last: number } | undefined;
  /** The rows of the open table read since it began or since a section's own price line closed the rows above (sectionPremium). */
  sectionRows?: { table: Table; n: number } | undefined;
  /** The product the last title named («Forsikringsbevis Næringsbygg»), until a heading names another. */
  titled?: string | undefined;
  /**
   * The section the last title or product heading opened, until a table is read or another heading names a product: the
   * heading of its thing's covers («Kjøretøy og dekninger») takes it up again after the certificate's own facts ended it.
   */
  opening?: Section | undefined;
}

/**
 * «## Bygninger» right over «| Bygning | Forsikringssted | Forsikringssum | …»: a heading that is the plural of the thing the
 * table's first column names is the table's caption — it says what the rows are, each row a building of its own at its
 * place, as under no heading (a farm's or a municipality's list of buildings). Read as a product, the building's name went
 * into the place. A product's name over such a table («Bygningsforsikring») is still the product.
 */
/** A label, its colon, and a value that begins with a figure: «Forsikrede: 14 ansatte», «Antall ansatte: 23». */
const FIGURE_FIELD = /^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ .\/-]{1,40}:\s+\d/u;

function captionOfThings(r: Reading, at: number, u: Unit): boolean {
  if (!u.heading || u.row || u.label !== undefined) return false;
  const heading = withoutColon(lowerCase(u.text.trim()));
  if (!CLASS_HEADING.test(heading)) return false;
  const next = r.units[at + 1];
  if (next === undefined || !next.row) return false;
  const cells = next.cells.map((c) => lowerCase(c.trim())).filter((c) => c !== '');
  const first = cells[0];
  return first !== undefined && first !== heading && first.length >= 4 && heading.startsWith(first) && cells.slice(1).some((c) => columnOf(c) === 'object');
}

export function readTables(r: Reading, push: Push, coverages: Coverage[]): void {
  const s: Tables = { r, push, table: undefined, group: undefined, section: undefined, lastHeading: undefined, lastItemGroup: undefined, waiting: undefined, classHeading: undefined };
  for (let at = 0; at < r.units.length; at++) {
    const line = r.units[at]!;
    // («Innbo og løsøre i» over «fellesareal | … | 800 000 | …»: the row, its name whole)
    const u = s.headed?.index === at ? s.headed : line;
    s.headed = undefined;
    // (the line that goes on with a row's name was read with the row)
    if (u === s.continued || s.taken?.has(u)) continue;
    if (s.spans && !continuesSpans(s.spans, s.table, u)) heldRows(s);
    // («Årspremie 2025» over «Yrkesskadeforsikring: kr 46 170» under the G tables: the products' premiums, no items)
    if (!u.row && (s.group !== undefined || s.lastItemGroup !== undefined) && premiumLinesHeading(u, r.units[at + 1])) premiumLines(s, u, coverages);
    else if (!u.row) textLine(s, at, u);
    // («Fritidsulykke | Antall ansatte: 365 | kr 58 400» over its G rows: the count read as the insured persons leaves the
    // product's line over its items)
    else if (r.used.has(u) && !countedRow(u)) continue;
    else if ((s.group !== undefined || s.lastItemGroup !== undefined) && premiumTableHeader(u)) premiumTable(s, u, coverages);
    else tableRow(s, at, u);
    if (u !== line && r.used.has(u)) r.used.add(line);
  }
  heldRows(s);
  flushGroup(s);
}

/** The tables and G products read so far closed, their rows pushed: what a premium table or lines below them price. */
function closeForPrices(s: Tables): void {
  heldRows(s);
  flushGroup(s);
  s.group = undefined;
  s.table = undefined;
  s.gColumn = undefined;
  s.gProducts = undefined;
}

/** A premium table under the G tables (schedule-premium-table.ts): the products above are pushed first, then priced. */
function premiumTable(s: Tables, u: Unit, coverages: Coverage[]): void {
  closeForPrices(s);
  readPremiumTable(s.r, u, coverages, s.push);
}

/** Premium lines under a premium's heading below the G tables (schedule-premium-table.ts): the products above are pushed first, then priced. */
function premiumLines(s: Tables, u: Unit, coverages: Coverage[]): void {
  closeForPrices(s);
  s.taken ??= new Set();
  for (const v of readPremiumLines(s.r, u, coverages, s.push)) if (v !== u) s.taken.add(v);
}

/** The rows held for a product cell that may span sub-rows: pushed (schedule-spans.ts). */
function heldRows(s: Tables): void {
  if (s.spans) flushSpans(s.spans, s.push);
  s.spans = undefined;
}

/** Ends the group: its items are a coverage; a group of name lines only waits for the group after it. */
function flushGroup(s: Tables): void {
  const group = s.group;
  if (!group) return;
  if (group.levels) pushLevels(s, group, group.levels);
  if (group.own && group.items.length === 0) {
    // (a product's own row with no items under it: the coverage of its sum and premium)
    s.push(ordered({ product: group.name, index_class: 'none', ...group.own, premium: group.premium }), group.unit);
    s.lastItemGroup = group;
    s.waiting = undefined;
  } else if (group.items.length > 0) {
    const allPersons = group.items.every((it) => it.sum === undefined || typeof it.sum !== 'string' || group.limits?.has(it));
    const cls: RowIndexClass = allPersons ? 'none' : rowIndexClass(group.name).index_class;
    const c: Coverage = { product: group.name, index_class: cls };
    if (group.thing) {
      c.object = group.thing.object;
      s.r.used.add(group.thing.unit);
    }
    if (group.own?.sum !== undefined) c.sum = group.own.sum;
    if (group.own?.note !== undefined) c.note = group.own.note;
    if (group.deductible !== undefined) c.deductible = group.deductible;
    if (group.premium !== undefined) c.premium = group.premium;
    if (group.coverage !== undefined) c.coverage = group.coverage;
    c.items = group.items;
    s.push(ordered(c), group.unit, group.itemUnits);
    s.lastItemGroup = group;
    s.waiting = undefined;
  } else if (group.plain.length > 0 && s.lastItemGroup && s.lastItemGroup.lastIndex + 1 === group.unit.index) {
    s.waiting = group;
  }
  s.group = undefined;
}

/**
 * «Medisinsk invaliditet ved» over «ulykke ⇥ 15» under «Dekning ⇥ Sum (G)»: an item's name wrapped
 * onto two lines, its figure on the second. The line is held for the row under it (its first cell
 * goes on in lower case); it ended the G table, and the rows under it were lost without a word.
 */
function wrappedItemName(s: Tables, u: Unit): boolean {
  if (s.gColumn === undefined || s.group === undefined || u.text.length > 60 || DIGIT.test(u.text) || CAPTION_END.test(u.text.trim())) return false;
  const next = s.r.units[u.index + 1];
  const first = next?.row ? next.cells.find((c) => c.trim() !== '')?.trim() : undefined;
  if (first === undefined || !LOWER_START.test(first) || next!.cells.filter((c) => c.trim() !== '').length < 2) return false;
  s.wrapped = u;
  s.r.used.add(u);
  return true;
}
const LOWER_START = /^[a-zæøå]/;

/** «Tilleggsdekninger på førsterisiko (inngår i premien ovenfor):»: a lead-in to the first-risk add-ons of a table's product (lower case). */
const FIRST_RISK_LEAD = /^(?=[^:]*\btillegg)(?=[^:]*(?:førsterisiko|første risiko|fyrsterisiko))[^:]{0,120}:$/;
/** A cell that says only that the sum beside it is a first-risk sum. */
const FIRST_RISK_WORD = /^(?:første\s*-?\s*risiko|førsterisiko|fyrsterisiko)$/i;

/**
 * «Tilleggsdekninger på førsterisiko (inngår i premien ovenfor):» under a section's table (rows of its
 * product, «Dekning | Forsikringssum | …»), over lines «Opprydding og fjerning av rester  førsterisiko
 * 15 000 000»: each line a coverage of the table's product, at its place, with the amount as its
 * first-risk sum (the premium is the product's, above). False when the line is no such lead-in, the
 * table names its rows' products itself (whose add-ons they are is not said), or no such line follows.
 */
function firstRiskAddOns(s: Tables, at: number, u: Unit): boolean {
  const table = s.table;
  const product = table?.lastProduct;
  if (!table || product === undefined || table.roles.includes('product') || !FIRST_RISK_LEAD.test(u.lower.trim())) return false;
  const rows: Array<{ unit: Unit; name: string; sum: string }> = [];
  for (let k = at + 1; ; k++) {
    const v = s.r.units[k];
    const add = v?.row && !s.r.used.has(v) ? addOnRow(v) : undefined;
    if (add === undefined) break;
    rows.push({ unit: v!, ...add });
  }
  if (rows.length === 0) return false;
  s.r.used.add(u);
  for (const row of rows) {
    const c: Coverage = { product, coverage: row.name, index_class: coverageIndexClass(product, row.name).index_class, sum: { first_risk: row.sum } };
    if (table.object !== undefined) c.object = table.object;
    s.push(ordered(c), row.unit);
    s.r.used.add(row.unit);
  }
  s.ended = { table, last: rows[rows.length - 1]!.unit.index };
  s.table = undefined;
  return true;
}

/** «Opprydding og fjerning av rester | førsterisiko | 15 000 000»: an add-on's name and its amount, or undefined. */
function addOnRow(v: Unit): { name: string; sum: string } | undefined {
  const cells = v.cells.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length < 2 || cells.length > 3 || (cells.length === 3 && !FIRST_RISK_WORD.test(cells[1]!))) return undefined;
  const name = cells[0]!;
  const sum = BARE_AMOUNT.test(cells[cells.length - 1]!) ? readAmount(cells[cells.length - 1]!) : undefined;
  return sum === undefined || DIGIT.test(name) || !LETTER.test(name[0]!) ? undefined : { name, sum };
}

/** A line that is no row: it ends a table, and a title or product heading starts a section and a group. */
function textLine(s: Tables, at: number, u: Unit): void {
  const r = s.r;
  // «(nytt tak er tatt med fra 1. mai 2026)» between two rows: a note on the row above, not the
  // table's end; a figure in it is not read (a row's note may change what the row says)
  if (s.table && NOTE_LINE.test(u.text.trim()) && r.units[at + 1]?.row) {
    if (DIGIT.test(u.text.replace(DATE_OR_YEAR, ''))) r.warnUnit(u, `the note ${quote(u.text.trim())} between the rows of a table was not read`);
    r.used.add(u);
    return;
  }
  // «Skolebygg i to etasjer, byggeår 1987/2011» under a row's place, over the next row: a description of the
  // building, no part of its object and no end of the table (the rows under it were lost)
  // («Produksjonshall og kontor, 4 200 m², byggeår 1991»: an area in thousands of square metres is no amount)
  if (s.table && r.units[at + 1]?.row && BUILDING_FACTS.test(u.lower) && !KRONER_HINT.test(u.text.replace(AREA_FIGURE, ''))) {
    r.used.add(u);
    return;
  }
  // «Produkt /» over «forsikringssted», a header cell wrapped at its slash: the line under the header is the rest of its name
  if (headerRest(s, at, u)) return;
  // «Forsikringssted: Industrivegen 9, 3616 Kongsberg» between a table's rows: the place of the rows under it
  if (placeOfRows(s, u)) return;
  if (wrappedItemName(s, u)) return;
  if (firstRiskAddOns(s, at, u)) return;
  // «Innbo og løsøre i» over «fellesareal | Storgata 4, … | 800 000 | …»: the start of the row's name, the table goes on
  const headed = s.table ? nameHead(u, r.units[at + 1], s.table.roles) : undefined;
  if (headed !== undefined) {
    s.headed = headed;
    r.used.add(u);
    return;
  }
  if (s.table && pageBreakInRows(s, at, u)) return;
  // («MATFISK / HAVBRUK  -  forsikringsgiver: Gjensidige (polise …)» / «Hovedforfall 01.01.» over rows of the table's
  // columns: the section's date of renewal is the section's, no end of the table)
  if (s.table && s.insurerSection === at - 1 && SECTION_FIELD.test(u.text.trim()) && r.units[at + 1]?.row) {
    s.insurerSection = at;
    r.used.add(u);
    return;
  }
  if (s.table) s.ended = { table: s.table, last: u.index };
  s.table = undefined;
  // (a G header over several products' rows — «Dekning | Forsikringssum (G)» over «Gruppelivsforsikring»
  // and its rows, then «Yrkesskadeforsikring» and its rows — holds across their headings: kept below)
  const gColumn = s.gProducts ? undefined : s.gColumn;
  s.gColumn = undefined;
  s.gProducts = undefined;
  // «BYGNINGER» over a table: its rows whose names the table does not know are buildings
  // («Bygninger som omfattes» over the table of a product the table does not know, «Sopp- og skadedyrforsikring»: its rows are buildings)
  if (u.heading && u.label === undefined) {
    const lead = withoutColon(lowerCase(u.text.trim()));
    const thing = INSURED_LEAD.test(u.text.trim()) ? /^(?:forsikrede|forsikra|forsikret|forsikrete)\s+([a-zæøå]+)|^([a-zæøå]+)\s+som\s/.exec(lead) : null;
    const named = thing ? (thing[1] ?? thing[2])! : lead;
    s.classHeading = CLASS_HEADING.test(named) ? rowIndexClass(named).index_class : undefined;
  }
  if (captionOfThings(r, at, u)) {
    flushGroup(s);
    s.section = undefined;
    return;
  }
  if (sumsHeading(s, at, u)) return;
  const parts = titleParts(u);
  const title = parts?.product;
  if (title === undefined && thingHeading(s, u)) return;
  // «FORSIKRINGSBEVIS KOMMUNEEIENDOM» / «Forsikringstaker: …» / «Forsikrede bygninger (fullverdi, …)» over
  // «Nr | Bygning / adresse | …»: a line that says what the title's table lists is no product of its own
  // («Forsikringsbevis  Kommuneeiendom  Forsikringsnummer K118204-01» over «Bygninger» and the table of the municipality's
  // buildings: a heading that is only the class of the things the table lists, right under the title, the same — the rows are
  // the title's product's buildings, as a hand-reader reads a municipality's or a co-operative's schedule)
  // (a numbered part, «1. Bygning» then «2. Maskiner og inventar», is a product of its own under the title: the line as written)
  // («Firmabil - samleavtale», its agreement's fields, then «Kjøretøy på avtalen (5)» over «Kjøretøy | Dekning | …»: a caption
  // that counts what the table lists is no product — the rows are the heading's product's)
  if (title === undefined && s.section !== undefined && !s.section.read && countedCaption(u)) return;
  const listsClass = s.section !== undefined && u.heading && u.label === undefined && !u.row && !/^\s*\d/.test(u.lines[0]!.text) && CLASS_HEADING.test(withoutColon(lowerCase(u.text.trim()))) && withoutColon(lowerCase(u.text.trim())) !== lowerCase(s.section.product) && PLACED_CLASSES.has(rowIndexClass(s.section.product).index_class);
  if (title === undefined && s.section !== undefined && !s.section.read && s.section.gap < SECTION_GAP && (INSURED_LEAD.test(u.text.trim()) || listsClass)) {
    s.section = { ...s.section, gap: s.section.gap + 1 };
    return;
  }
  // («FORSIKRINGSBEVIS – BÅT» over «Fartøy» and the boat's facts, then «Dekningar» over the covers: the title's section goes on)
  if (title === undefined && s.section !== undefined && titledThingHeading(s.section, u)) return;
  // («Forsikringsbevis» / «Bilforsikring» over the policyholder's name and address beside the certificate's number, dates and
  // way of payment, then «Kjøretøy og dekninger» over the table: the certificate's own facts set as a grid beside the address
  // ended the title's section — no table was read since, so the covers' heading is still the title's, no product of its own)
  if (title === undefined && s.section === undefined && s.opening !== undefined && titledThingHeading(s.opening, u)) {
    s.section = { ...s.opening, gap: 0 };
    return;
  }
  // (a heading that names a law is no product: its rows are the section's product's items;
  // «Gruppeliv (premie kr 19 260)»: the product, its premium beside it)
  const pp = title === undefined && !r.news[u.index] ? (personProductWithPremium(u) ?? productOverGItems(u, r.units[at + 1])) : undefined;
  // «Innbo fellesarealer Forsikringssted: Solbakkvegen 8, 7020 Trondheim»: a heading and its place
  // line run together (a PDF's lines at one pitch)
  const joined = title === undefined && pp === undefined ? headingWithPlace(u) : undefined;
  // «Forsikringsbevis Næringsbygg» … «Forsikrede bygninger» over the table: a heading that says what the table
  // lists, under a title that names the product (however many of the certificate's lines between) — the
  // title's product, not a product «Forsikrede bygninger»
  const insured = title === undefined && pp === undefined && joined === undefined && s.titled !== undefined && u.heading && !u.row && u.label === undefined && INSURED_LEAD.test(u.text.trim()) ? s.titled : undefined;
  const named = title ?? pp?.product ?? joined?.product ?? insured ?? productHeadingName(u, r.units[at + 1]) ?? sectionOverCovers(r, at, u) ?? (s.titled === undefined ? headingOverTable(r.units, at) : undefined);
  if (named !== undefined) {
    s.titled = title ?? insured;
    flushGroup(s);
    // («Næringsbygg, Storgata 1, 0155 Oslo»: the product, and its place after the comma)
    const line = parts ?? joined ?? productLine(named) ?? { product: named };
    // («Forsikringssted: LERKEVEIEN 2-8» / «GNR. 41 BNR. 212, 1470 LØRENSKOG» right over «Huseierforsikring Borettslag - Vilkår …»
    // and the building's description and table: a co-operative's certificate names each building's place, then the product
    // and what is insured there — the place on the line right above the product's line, no table between, is its section's)
    const above = r.units[at - 1];
    const over = line.object === undefined && above !== undefined && s.table === undefined && s.ended?.last !== at - 1 && follows(above, u) ? placeLine(above) : undefined;
    const object = line.object ?? over;
    s.section = object !== undefined ? { product: line.product, object, gap: 0, title: u.lines[0]!.text } : { product: line.product, gap: 0, title: u.lines[0]!.text };
    s.opening = s.section;
    s.group = { name: named, unit: u, items: [], itemUnits: [], lastIndex: u.index, plain: [] };
    if (gColumn !== undefined && namesPersonProduct(named)) s.gColumn = gColumn;
    // (the line is left to the G-text reader, which reads the premium when no G rows follow)
    if (pp) s.group.premium = pp.premium;
    headingOverRowsOfEnded(s, at, u, line);
    headingUnderNamesAndPlaces(s, at, u, line);
    return;
  }
  // («Forsikrede: 14 ansatte (11,6 årsverk)», a PDF's label and value in one cell: a field whose value is a figure, no heading
  // a list of sums under it could be named by)
  if (u.heading && !namesLaw(u) && !FIGURE_FIELD.test(u.text.trim())) s.lastHeading = u;
  // («Fartøy» / «Navn:   HAVBRIS» over the vessel's facts and the covers' table: the vessel the covers insure)
  const vessel = vesselName(r, at, u);
  if (vessel !== undefined) {
    s.place = { object: vessel, unit: u, vessel: true };
    return;
  }
  if (s.section) {
    // («Næringsliv - Ting og avbrudd» as the title, then «FORSIKRINGSSTED 01: Brattørkaia 11, 7010 Trondheim» over its own
    // table: a numbered place, one of the document's places, is the place of the table under it as it is under no title)
    const numbered = !u.row && NUMBERED_PLACE.test(u.text.trim()) ? placeLine(u) : undefined;
    if (numbered !== undefined && PLACE_MARKS_IN.test(numbered)) s.place = { object: numbered, unit: u };
    s.section = sectionLine(s.section, u);
  } else {
    const object = placeLine(u);
    if (object !== undefined) s.place = { object, unit: u };
  }
  const group = s.group;
  if (group && personFact(group, u)) return;
  if (group && thingFact(group, u)) return;
  // «Barnetillegg 2 G pr. barn» right under a product's own row or its items (a PDF's line, its cells run together): its item
  if (group?.own && ownItemLine(s, group, u)) return;
  // «- Psykolog, inntil 10 behandlinger», «- Fysioterapi», «Årspremie kr 48 600» right under a product's heading or items
  if (group && itemLine(s, group, u)) return;
  // a group's items may stand between lines of text: the next product heading, title or table ends it
  if (!group || group.items.length > 0) return;
  if (group.lastIndex + 1 === u.index && group.plain.length < 3 && !DIGIT.test(u.text) && u.text.split(' ').length <= 12) {
    group.plain.push(u);
    group.lastIndex = u.index;
  }
}

/**
 * A heading that says its lines are the sums: «Nye forsikringssummer etter indeksregulering», «Forsikringssummer fra
 * 1. januar 2026», «Nye summer», nynorsk «Nye forsikringssummar». The whole heading is about the sums (no price, no
 * deductible named in it).
 */
const SUMS_HEADING = /^(?:(?:nye|nya|oppdaterte|justerte|regulerte)\s+)?(?:forsikrings)?summ(?:er|ene|ar|ane)(?:\s+(?:etter|fra|frå|fom\.?|per|pr\.?|for|i|ved)\s[^:]*)?:?$/i;

/**
 * «Nye forsikringssummer etter indeksregulering» over «Næringsbygg, Sagveien 21, 3413 Lier   kr 27 430 000» and more
 * such lines, no header between: the heading names the figure column — each line a product (and its place) and its
 * sum. Read as no table, the sums were lost. Only where the line right under the heading is a name and one amount.
 */
function sumsHeading(s: Tables, at: number, u: Unit): boolean {
  const lead = !u.heading && sumsLead(u);
  if ((!lead && (!u.heading || !SUMS_HEADING.test(u.text.trim()))) || u.label !== undefined || /premie|pris|egenandel|eigenandel|eigendel/i.test(u.text)) return false;
  const next = s.r.units[at + 1];
  // (a letter's sentence leads into its list over a blank line: «Etter justeringen er forsikringssummene dine:» / blank / the lines)
  if (next === undefined || !next.row || !(follows(u, next) || (lead && overBlank(u, next)))) return false;
  const filled = next.cells.flatMap((c, i) => (c.trim() !== '' ? [i] : []));
  if (filled.length !== 2) return false;
  const [name, sum] = [next.cells[filled[0]!]!.trim(), next.cells[filled[1]!]!.trim()];
  // («Bustadhus, Kvamsvegen 21, 6856 Sogndal .... fullverdi» first, the amounts under it: a full value is the list's too)
  const amount = (c: string): boolean => BARE_AMOUNT.test(c) && readAmount(c) !== undefined;
  const second = s.r.units[at + 2];
  const fullFirst = /^fullverdi$/i.test(sum) && second !== undefined && second.row && second.cells.filter((c) => c.trim() !== '').length === 2 && amount(second.cells.filter((c) => c.trim() !== '')[1]!.trim());
  if (!LETTER.test(name) || !(amount(sum) || fullFirst)) return false;
  const roles: Array<Col | undefined> = next.cells.map((_, i) => (i === filled[0] ? 'product' : i === filled[1] ? 'sum' : undefined));
  const header = next.cells.map((_, i) => (i === filled[0] ? 'Forsikring' : i === filled[1] ? 'Forsikringssum' : ''));
  flushGroup(s);
  s.group = undefined;
  s.section = undefined;
  s.table = { roles, header };
  s.r.used.add(u);
  return true;
}

/**
 * «Etter justeringen er forsikringssummene dine:», «Fra 1. januar 2026 er forsikringssummene deres:», «Dine nye
 * forsikringssummer blir:»: a letter's sentence that leads into the list of its sums, as SUMS_HEADING's heading stands over
 * it — the customer's sums named (a possessive, or «nye» before them) and the sentence ending in its colon. Short: a
 * sentence that goes on to say more is no lead-in.
 */
const SUMS_LEAD = /(?:^|\s)(?:(?:forsikrings)?summ(?:ene|ane)\s+(?:dine|deres|dykkar|dine\s+blir|deres\s+blir|blir|vert)|(?:dine|deres|dykkar)\s+(?:nye\s+)?(?:forsikrings)?summ(?:er|ar)(?:\s+(?:er|blir|vert))?|nye\s+(?:forsikrings)?summ(?:er|ar)\s+(?:er|blir|vert))\s*:$/i;
const SENTENCE_STOP = /[.!?]\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u;
function sumsLead(u: Unit): boolean {
  const t = u.text.trim();
  // (one sentence: «Frå 1. januar 2026 er …» has a date's stop, no sentence's — that is a stop before a capital)
  return !u.row && t.endsWith(':') && t.split(/\s+/).length <= 12 && !SENTENCE_STOP.test(t) && SUMS_LEAD.test(t);
}

/**
 * «Forsikringssummer etter indeks:», «Nye forsikringssummer», «Etter justeringen er forsikringssummene dine:»: a line that
 * says the list under it is of the sums (a heading, or a letter's sentence that leads into it) — no price, no deductible.
 */
export function leadsSumList(u: Unit): boolean {
  // («Forsikringssummer per person:» over «- Reisegods: 25 000 kr»: a person cover's parts, its items — no list of coverages)
  if (u.row || /premie|pris|egenandel|eigenandel|eigendel|per person|pr\.? person/i.test(u.text)) return false;
  return sumsLead(u) || (u.text.length <= 80 && SUMS_HEADING.test(u.text.trim()));
}

/** Whether a unit stands under another with one blank line between. */
function overBlank(a: Unit, b: Unit): boolean {
  const x = a.lines[a.lines.length - 1]!;
  const y = b.lines[0]!;
  return x.page === y.page && y.line === x.line + 2;
}

/** Whether a unit stands right under another, no blank line between. */
function follows(a: Unit, b: Unit): boolean {
  const x = a.lines[a.lines.length - 1]!;
  const y = b.lines[0]!;
  return x.page === y.page && y.line === x.line + 1;
}

/** A section's number before its heading on the source line («2 NÆRINGSDRIFT», «3. ANSVAR»). */
const SECTION_NUMBER_LINE = /^\s*\d{1,2}[.)]?\s+\S/;
const SECTION_NUMBER_LINE_START = /^\s*\d{1,2}[.)]?\s+/;

/** How many lines under a numbered heading its table's header may stand (a sentence or two on how the things are insured). */
const COVERS_REACH = 4;

/**
 * «2 NÆRINGSDRIFT» over «Dekning | Forsikringssted | Forsikringssum | …» (a sentence or two between): a
 * numbered section's heading in capitals whose table names its covers in a «Dekning» column — the
 * section's product, whether the vocabulary knows its name or not; the cells are its coverages. Read
 * as no heading, the covers had become products of their own. Undefined for any other line.
 */
function sectionOverCovers(r: Reading, at: number, u: Unit): string | undefined {
  if (!u.heading || u.product || u.row || u.label !== undefined || DIGIT.test(u.text)) return undefined;
  const numbered = SECTION_NUMBER_LINE.test(u.lines[0]!.text);
  if (!numbered && !capitalsSectionName(u)) return undefined;
  const name = u.text.replace(GOES_ON, '').trim();
  const written = u.lines[0]!.text.replace(SECTION_NUMBER_LINE_START, '').replace(GOES_ON, '').trim();
  if (name === '' || written !== written.toUpperCase()) return undefined;
  for (let k = at + 1; k < r.units.length && k <= at + COVERS_REACH; k++) {
    const v = r.units[k]!;
    if (v.heading) return undefined;
    if (!v.row) continue;
    const cells = v.cells.map((c) => withoutColon(c).trim()).filter((c) => c !== '');
    if (!cells.some((c) => isDekning(c)) || !cells.some((c) => FIGURE_COLUMN.has(columnOf(c) ?? 'product'))) return undefined;
    // (with no number, only a table whose rows are named by «Dekning» in its first column: «LANDBRUK» over «Objekt |
    // Dekning | …» is a part of the schedule whose objects name their own products)
    if (!numbered && !isDekning(cells[0]!)) return undefined;
    return name;
  }
  return undefined;
}

/**
 * «NÆRINGSDRIFT» alone on its line over «Dekning | Indeks | Forsikringssum | …»: a certificate's section titled in
 * capitals, one or two words, over a table whose first column names covers — the section's product, though the
 * vocabulary may not know the name (the rows are the covers of one insurance, as under a numbered section). A title of the
 * document or a caption («FORSIKRINGSOVERSIKT», «DEKNINGER OG PREMIE») names no product.
 */
function capitalsSectionName(u: Unit): boolean {
  const name = u.text.trim();
  const written = u.lines[0]!.text.trim();
  return u.lines.length === 1 && written === name && name.split(/\s+/).length <= 2 && !PHRASE_WORD.test(lowerCase(name)) && !insurersName(name);
}

/** How many lines under a title its cover's «Båten» may stand (the certificate's number, parties, period, a customer number …). */
const THING_HEADING_REACH = 12;

/**
 * «Båten», «Fartøyet», «Reisende», «Forsikrede» under «Forsikringsbevis – Båtforsikring» or «Reiseforsikring
 * bedrift» (the certificate's fields between, no item yet): what the title's one cover insures, no
 * product of its own — it had become the product, and the cover's parts under it were lost. The
 * title's group goes on from it.
 */
function thingHeading(s: Tables, u: Unit): boolean {
  const g = s.group;
  // (the certificate's own fields may stand between, and a line «Forsikringsbevis» that ended the section: a few lines)
  if (!g || g.items.length > 0 || g.described || !u.heading || u.row || u.label !== undefined || s.section?.read || u.index - g.unit.index > THING_HEADING_REACH) return false;
  // (a table read under the group's heading: «Kjøretøyet» over the next table is that table's section, not these parts')
  if (s.ended !== undefined && s.ended.last > g.unit.index) return false;
  if (!THING_HEADING_SET.has(withoutColon(u.lower.trim()))) return false;
  g.described = true;
  g.lastIndex = u.index;
  return true;
}

/**
 * «Merke og modell: Ibiza 22 Touring 2018, reg.nr. LKM 227», «Alle ansatte på tjenestereiser …» right
 * under «Båten» / «Reisende», before the cover's parts: the facts of what is insured, no figure —
 * passed over, so the parts under them are still the title's (a line with an amount is not).
 */
function thingFact(g: Group, u: Unit): boolean {
  if (!g.described || g.items.length > 0 || g.lastIndex + 1 !== u.index || (u.heading && u.product && u.label === undefined) || KRONER_HINT.test(u.text)) return false;
  // («Rettshjelp | Inkludert»: the first part, not a fact)
  if (u.row && includedValue(u.cells.filter((c) => c.trim() !== '').slice(-1)[0] ?? '') !== undefined) return false;
  const value = u.label !== undefined && !u.row ? u.text.slice(u.text.indexOf(':') + 1).trim() : '';
  if (g.thing === undefined && value !== '' && vehicleLabel(u.label!, value) !== undefined) g.thing = { object: thingWithoutFact(value), unit: u };
  g.lastIndex = u.index;
  return true;
}


/**
 * The labels of the person a cover insures, written beside the name: «Forsikret: Lars Ove Tveito», «Forsikra   Sigrid
 * Øvrebø Hauge, fødd 1981», «Sikrede: …», «Forsikret person: …» (lower case, without a colon).
 */
const PERSON_LABEL = /^(?:forsikret|forsikra|forsikrede|forsikrete|forsikret person|forsikra person|den forsikrede|den forsikra|sikrede|sikret|gjelder for|gjeld for)$/;

/**
 * «ULUKKESFORSIKRING» over «Forsikra   Sigrid Øvrebø Hauge, fødd 1981» over «Medisinsk invaliditet   1 500 000 kr»: the
 * person a cover insures, stated right under its heading before its parts — a fact of the cover, passed over (a
 * birth year is no amount), so the parts and the price under it stay the heading's. It had ended the section,
 * and the cover with its sums was lost without a word. Only a label of the insured person and a value with no amount.
 */
function personFact(g: Group, u: Unit): boolean {
  if (g.items.length > 0 || g.lastIndex + 1 !== u.index || KRONER_HINT.test(u.text)) return false;
  let label: string | undefined;
  if (u.row) {
    const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length === 2) label = cells[0];
  } else if (u.label !== undefined) {
    label = u.label;
  }
  if (label === undefined || !PERSON_LABEL.test(withoutColon(lowerCase(label)).trim())) return false;
  g.lastIndex = u.index;
  return true;
}

/** A remark in brackets after a heading's name: «Ansvar (gjeld heile verksemda, …)». */
const BRACKET_AFTER = /\s*\([^()]*\)\s*$/;

/** A place's label with its number: «Forsikringssted 1: …», «Forsikringsstad 2: …». */
const NUMBERED_PLACE = /^[A-Za-zÀ-ÖØ-öø-ɏ]+\s+(?:nr\.?\s*)?\d{1,2}\s*:/u;

/** What a whole place has: a postcode and its place's name, or a farm's lot. */
const PLACE_MARKS_IN = /\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]|\b(?:gnr|gårdsnr)\.?\s*\d/iu;

/** A building's area: «4 200 m²», «1 240 kvm», «850 m2». */
const AREA_FIGURE = /\d{1,3}(?:[ .]\d{3})*(?:,\d+)?\s*(?:m²|m2|kvm|kvadratmeter)(?![A-Za-zÀ-ÿ])/gi;

/** A word of money or a figure in thousands («kr 6 000», «1 200 000»): a line that may hold an amount (a year, a model's number or a registration does not). */
const KRONER_HINT = /\bkr\b|kroner|\bnok\b|\d{1,3}(?:[ .]\d{3})+(?!\d)/i;

/** A cell that says a part is included with no sum («Inkludert», «Inngår»: no note) or has no limit («Ubegrenset»: the note); undefined for any other. */
function includedValue(cell: string): { note?: string } | undefined {
  const v = cell.trim();
  return INCLUDED.test(v) ? {} : NO_LIMIT.test(v) ? { note: v } : undefined;
}

/**
 * «Rettshjelp | Inkludert», «Reisesyke   Ubegrenset» right under a group's kroner items or the heading
 * of what its cover insures: a part with no sum of its own, an item — it was dropped without a word,
 * and it cut the items under it (and the premium) off the group.
 */
function includedItem(s: Tables, u: Unit, cells: string[]): boolean {
  const g = s.group;
  // («Reisesyke og hjemtransport | Ubegrenset» the first row under «Dekning | Forsikringssum»: the first item — it was dropped, and the rows under it lost)
  if (!g || s.table || g.lastIndex + 1 !== u.index || cells.length !== 2 || !(g.items.length > 0 || g.described || g.listed) || !LETTER.test(cells[0]!) || DIGIT.test(cells[0]!)) return false;
  const included = includedValue(cells[1]!);
  if (included === undefined) return false;
  g.items.push({ name: withoutColon(cells[0]!.trim()), ...included });
  g.itemUnits.push(u);
  g.lastIndex = u.index;
  s.r.used.add(u);
  return true;
}


/** A row not read yet: a place over a header, a person product's line, a table's header, a row of the open table, or an item row. */
function tableRow(s: Tables, at: number, u: Unit): void {
  const r = s.r;
  if (titleRow(s, at, u)) return;
  if (placeOverHeader(s, u)) return;
  // («Fartøy» / «Navn:   HAVBRIS», its label and value apart: the vessel the covers of the table under it insure)
  const vessel = s.table === undefined ? vesselName(r, at, u) : undefined;
  if (vessel !== undefined) {
    s.place = { object: vessel, unit: u, vessel: true };
    return;
  }
  // («Forsikra   Sigrid Øvrebø Hauge, fødd 1981» right under «ULUKKESFORSIKRING»: the person the cover insures)
  if (s.group !== undefined && s.table === undefined && personFact(s.group, u)) return;
  // («                | Barnetillegg per barn | 1 G» under «Gruppeliv | Dødsfall | 10 G»: an item of the product above)
  if (holdSubRow(r, s.spans, s.table, u)) return;
  // «Gruppeliv for bedrifter | premie kr 19 260»: a person product and its premium, over its G rows
  // («Gruppelivsforsikring | 4 320» over «Dødsfall | 10 G»: the amount over G rows is the product's premium)
  // («Fritidsulykke | Årspremie kr 14 508» under the G rows of the product before: the next product, closing that table)
  // «Gruppeliv | 10 G | pr. person | Premie kr 12 400»: a person product's own row, its sum and premium, over its items if any
  // («-----» / «Produkt:   Yrkesskade» / «Premie:   kr 41 860» / «  Tap i fremtidig erverv:   22 – 30 G» … «-----» / «Produkt:
  // Ulykke fritid» …, under «FORSIKRINGSBEVIS – PERSONALFORSIKRINGER»: a record's «Produkt:» field opens that product's group as
  // its heading would — the item rows set in under it are its own, never the title's)
  const field = r.news[u.index] || s.table !== undefined ? undefined : productFieldName(u);
  if (field !== undefined && namesPersonProduct(field)) {
    flushGroup(s);
    s.group = { name: field, unit: u, items: [], itemUnits: [], lastIndex: u.index, plain: [], fielded: true };
    return;
  }
  const ownRow = r.news[u.index] ? undefined : productGRow(u);
  if (ownRow) {
    flushGroup(s);
    s.table = undefined;
    const { product, premium, ...rest } = ownRow;
    s.group = { name: product, unit: u, items: [], itemUnits: [], lastIndex: u.index, plain: [], premium, own: rest };
    r.used.add(u);
    return;
  }
  const pp = r.news[u.index] ? undefined : !s.table ? (personProductWithPremium(u) ?? productOverGItems(u, r.units[at + 1])) : premiumCellProduct(u);
  if (pp) {
    flushGroup(s);
    s.table = undefined;
    s.group = { name: pp.product, unit: u, items: [], itemUnits: [], lastIndex: u.index, plain: [], premium: pp.premium };
    return;
  }
  if (levelsHeader(s, u)) return;
  if (s.group?.levels && levelsRow(s, u, s.group.levels)) return;
  if (productSumHeader(s, u)) return;
  if (gHeader(s, u)) return;
  if (groupPremiumRow(s, u)) return;
  if (itemsHeader(s, u)) return;
  if (coversOfCard(s, at, u)) return;
  if (headerRow(s, at, u)) return;
  const own = s.gProducts ? gProductCells(s, u, s.gProducts) : undefined;
  if (s.gProducts && own === undefined) {
    s.gProducts = undefined;
    s.gColumn = undefined;
  }
  const cells = gUnitCells(s, own ?? u.cells.filter((c) => c !== ''));
  // («Medisinsk invaliditet ved» over «ulykke | 15»: the item's name is both lines)
  if (s.wrapped?.index === u.index - 1) cells[0] = `${s.wrapped.text.trim()} ${cells[0]!.trim()}`;
  s.wrapped = undefined;
  const group = s.group;
  // G rows under a product heading are that product's items, header row or not
  // («Behandlingsutgifter | inntil kr 100 000» among them: the limit is the item's sum)
  // («Behandlingsutgifter ........ inntil kr 50 000» among G lines with no header: the same)
  const tabled = group !== undefined && (group.table !== undefined ? group.table === s.table : s.table === undefined);
  // («Behandlingsutgifter | kr 50 000» under «Ytelse | Forsikringssum» after «Dødsfall | 3 G»: among a person product's G
  // items, an amount alone is that item's sum in kroner — it was read as a coverage of its own)
  // (a price, a total or a deductible there — «Årspremie fritidsulykke: kr 41 280» — is no benefit; nor is a row after
  // other lines, «PREMIEOVERSIKT» over «Eiendom og avbrudd   kr 111 855»: only right under the item before)
  // (only a bullet of the list: «Tilleggsdekning   kr 25 000» right under «Tapt inntekt   Individuelt», no bullet, may be a cover of its own)
  const kroner = u.bullet && cells.length === 2 && tabled && personGroup(group!) && group!.items.length > 0 && group!.lastIndex === u.index - 1 && !NOT_BENEFIT.test(cells[0]!) && KRONER_ONLY.test(cells[1]!.trim()) ? readAmount(cells[1]!) : undefined;
  let limit = cells.length === 2 && tabled && personGroup(group!) ? (readLimit(cells[1]!) ?? perUnitAmount(cells[1]!)?.sum ?? kroner) : undefined;
  // («Behandlingsutgifter | fast sum | kr 50 000» under «Ménerstatning | 5 G | kr 650 800» in «Dekning | Sum i G | Sum i kroner»:
  // no G for this item, its sum the kroner column's — the row was dropped without a word)
  const fixed = limit === undefined && tabled ? fixedKronerRow(s, u, cells) : undefined;
  if (fixed !== undefined) {
    limit = fixed;
    cells.splice(0, cells.length, cells[0]!, cells[2]!, cells[1]!);
  }
  // («Behandlingsutgifter | etter regning» among them: an item paid as documented, with no sum)
  const assessed = cells.length === 2 && tabled && personGroup(group!) && ASSESSED_CELL.test(lowerCase(cells[1]!.trim()));
  // («Gruppeliv | 12 G | kr 6 840» under «Forsikring | Sum per person | Årspremie»: a person product's own row of a
  // table that prices each product — the table's coverage, not an item of the heading above)
  const ownOfTable = s.table !== undefined && s.table.roles[0] === 'product' && s.table.roles.includes('premium') && namesPersonProduct(cells[0]!);
  // («Tap i fremtidig erverv | 22–30 G etter alder» among «Ménerstatning | 4,5 G | (tilsv. kr 585 720)»: a G sum with what it
  // depends on, a row of the items as the others — read as the table's, it was warned as out of line and lost)
  const gNoted = cells.length === 2 && group !== undefined && personGroup(group) && mentionsG(cells[1]!) && gAndNote(cells[1]!) !== undefined;
  // («Ansvar | Iht. lov | Ingen | 1 980» under «Dekning | Forsikringssum | Egenandel | Premie» of «FORSIKRINGSBEVIS –
  // MOPEDFORSIKRING»: a vehicle's liability, its sum the law's, priced in the covers' table with its own deductible — a cover
  // of the table, no person's benefit assessed by the law)
  const lawCover = cells.length >= 3 && BY_LAW.test(cells[1]!.trim()) && group !== undefined && !personGroup(group) && s.table !== undefined && s.table.roles.includes('coverage') && (s.table.roles.includes('deductible') || s.table.roles.includes('premium'));
  const gLike = cells.length >= 2 && (isGCell(withoutKroner(cells[1]!)) || limit !== undefined || assessed || gNoted) && group !== undefined && !ownOfTable && !lawCover;
  if (!gLike && sumRowPremium(s, u, cells)) return;
  if (s.table && !gLike && insurerSection(s, u)) return;
  // («Forsikringssted: FURUSTIEN 1, …» over «FELLESHUS / VASKERI, 1 ETG.   Byggeår 1973» and the next header, under the table of
  // the place before: a housing co-operative's certificate per building — the place, and the building's description under it,
  // are the next table's; read as rows of the table above, the place and the description became coverages of the place before)
  if (s.table && !gLike && placeOverNextTable(s, u)) {
    s.ended = { table: s.table, last: u.index };
    s.table = undefined;
  }
  if (s.table && !gLike) {
    if (placeOfRows(s, u)) return;
    if (openTableRow(s, u, s.table)) return;
    s.table = undefined;
  }
  // («Kjørelengde   inntil 16 000 km per år» under a certificate's vehicle line: the vehicle's fact, no figure of the schedule)
  if (s.section && vehicleFact(s.section, u)) {
    s.r.used.add(u);
    return;
  }
  if (s.section) s.section = sectionLine(s.section, u);
  // («Hjemmehavn   Tjøme» under «Båten»: a fact of the boat, before the cover's parts)
  if (!gLike && s.group && thingFact(s.group, u)) return;
  if (assessed) assessedItem(s, u, cells);
  else itemRow(s, u, cells, limit);
}

/** A section line's cell that names the insurer of its part: «forsikringsgiver: Gjensidige (polise 91 204 556)», «Selskap: If». */
const INSURER_CELL = /^(?:forsikringsgiver|forsikringsgjevar|forsikringsselskap|selskap)\s*:\s*\S/i;
/** A field of a section's agreement under its line: «Hovedforfall 01.01.», «Forfall: 1. april», «Avtaleperiode …». */
const SECTION_FIELD = /^(?:hovedforfall|hovudforfall|forfall|fornyelse|fornying|avtaleperiode|forsikringsperiode)\b[^a-zæøå]*$/i;

/**
 * «MATFISK / HAVBRUK  -  forsikringsgiver: Gjensidige (polise 91 204 556)» between the rows of a broker's table across
 * insurers: the section of the rows under it and the insurer they are placed with, no row of the table (read as one,
 * its dash was a product and its name a place). The table goes on under it, in the same columns; a figure in it is
 * no figure of the schedule (the policy's number).
 */
function insurerSection(s: Tables, u: Unit): boolean {
  const named = u.cells.map((c) => c.trim()).filter((c) => c !== '' && c !== '-' && c !== '–');
  if (named.length < 2 || !INSURER_CELL.test(named[named.length - 1]!) || named.slice(0, -1).some((c) => DIGIT.test(c))) return false;
  s.r.used.add(u);
  // (only over rows of the table's columns, a field line or none between: «ANSVAR  -  forsikringsgiver: Tryg …» over
  // «Bedrifts- og produktansvar   20.000.000 per skade / …» ends the table — its lines are no rows of those columns)
  const units = s.r.units;
  let k = u.index + 1;
  while (k < units.length && !units[k]!.row && SECTION_FIELD.test(units[k]!.text.trim())) k++;
  const next = units[k];
  const roles = s.table!.roles;
  const fits = next !== undefined && next.row && next.cells.length === roles.length && next.cells.some((c, i) => FIGURE_ROLE.has(roles[i]) && readAmount(c) !== undefined);
  if (!fits) {
    s.ended = { table: s.table!, last: u.index };
    s.table = undefined;
    s.insurerSection = undefined;
    return true;
  }
  s.insurerSection = u.index;
  return true;
}

/** «(fortsatt)», «, forts.», «– fortsettelse»: what a heading adds to its name where its table goes on (GOES_ON_WORDS). */
const GOES_ON = new RegExp(String.raw`\s*(?:\((?:${GOES_ON_WORDS.join('|')})\.?\)|[–—,-]\s*(?:${GOES_ON_WORDS.join('|')})\.?)$`, 'i');

/** How many lines may stand beside a table's rows in the column right of it (a box of text), read after them. */
const BESIDE_LINES = 12;

/**
 * A page's footer and the next page's header between a table's rows — lines no other page repeats,
 * or the first of those that are («Hjelmeland Brannkasse, org.nr. 937 882 211» at the foot of page 1,
 * «Svein Tjelta, avtale HB 3307 21» under «Side 2 av 2») — when the table goes on under them with no
 * header printed again: the table is not ended there. Ended, the rows after the page break were lost
 * without a word. Only a few such lines, all furniture (no amount of money), each with a number (an
 * org.nr., the agreement's): a heading on the next page over rows («Lausøyre») is a section of its
 * own. Lines of a column set beside the rows (a page in two columns, its right column read after the
 * left one: on the rows' own lines) may come first; they are left to the other readers. A page break
 * stands between the rows around them, and the next row's figures stand in the table's figure columns.
 */
function pageBreakInRows(s: Tables, at: number, u: Unit): boolean {
  const units = s.r.units;
  let k = at - 1;
  while (k >= 0 && at - k <= BESIDE_LINES + PAGE_BREAK_LINES && !units[k]!.row) k--;
  let n = at + 1;
  while (n < units.length && n - at <= PAGE_BREAK_LINES && !units[n]!.row) n++;
  const before = units[k];
  const next = units[n];
  if (before === undefined || next === undefined || !before.row || !next.row) return false;
  const end = before.lines[before.lines.length - 1]!;
  if (end.page >= next.lines[0]!.page) return false;
  const beside = (x: Unit): boolean => x.lines[0]!.page === end.page && x.lines[x.lines.length - 1]!.line <= end.line;
  const between = units.slice(k + 1, n);
  const first = between.findIndex((x) => !beside(x));
  const furnished = first < 0 ? [] : between.slice(first);
  if (furnished.length === 0 || furnished.length > PAGE_BREAK_LINES || !furnished.every((x) => !beside(x) && DIGIT.test(x.text) && furniture(s.r, x))) return false;
  const roles = s.table!.roles;
  const figures = next.cells.filter((c, i) => FIGURE_ROLE.has(roles[i]) && c.trim() !== '');
  if (next.cells.length !== roles.length || figures.length === 0 || !figures.every((c) => readAmount(c) !== undefined)) return false;
  if (!beside(u)) s.r.used.add(u);
  return true;
}

const FIGURE_ROLE: ReadonlySet<Col | undefined> = new Set<Col | undefined>(['sum', 'deductible', 'premium']);

/** A header row's names, without its empty cells. */
const headerNames = (cells: readonly string[]): string => cells.map((c) => c.trim()).filter((c) => c !== '').join('\t');

/**
 * «Objekt | Forsikringsstad | Forsikringssum | …» again at the top of a later page, under no heading
 * of its own (the page's footer and running header passed over): the table the header opened goes
 * on, and its rows keep what the table's heading gave them — the product of «Forsikringsbevis
 * Kommunal eigedom», the names as objects. Read as a new table, the rows after the page break took
 * their names for products. False for any other row.
 */
function tableGoesOn(s: Tables, u: Unit): boolean {
  const o = s.opened;
  const page = u.lines[0]!.page;
  if (o === undefined || o.page >= page || o.table.header === undefined || headerNames(o.table.header) !== headerNames(goesOnHeader(u).cells)) return false;
  s.table = o.table;
  s.opened = { table: o.table, page };
  s.r.used.add(u);
  return true;
}

/**
 * «Borettslagsforsikring Pluss» over «Adresse   Forsikringssum   Egenandel   Pris per år» and its rows, then
 * «Løsøre i fellesarealer» right over «Solbakkveien 2–8, 3045 Drammen   kr 350 000   kr 5 000   kr 1 240»: a
 * product heading between rows of a table whose rows name no product (the heading's were theirs) — the rows under
 * it are the new product's, in the same columns. Only where the row right under fits the columns (as many cells,
 * an amount under each figure column that has one) and the table had no place of its own stated above it.
 */
function headingOverRowsOfEnded(s: Tables, at: number, u: Unit, line: { product: string; object?: string }): void {
  const e = s.ended;
  const next = s.r.units[at + 1];
  if (e === undefined || e.last !== u.index || line.object !== undefined || !u.heading || !u.product || next === undefined || !next.row) return;
  const t = e.table;
  if (t.lastProduct === undefined || t.roles.includes('product') || t.roles.includes('coverage') || !t.roles.includes('object') || t.object !== undefined || t.parent !== undefined || t.nameOverTwo) return;
  if (next.cells.length !== t.roles.length) return;
  const figures = next.cells.filter((c, i) => FIGURE_ROLE.has(t.roles[i]) && c.trim() !== '');
  if (figures.length === 0 || !figures.every((c) => readAmount(c) !== undefined)) return;
  const place = next.cells[t.roles.indexOf('object')]!.trim();
  if (place === '' || readAmount(place) !== undefined) return;
  s.table = { roles: t.roles, header: t.header, lastProduct: line.product, rows: [] };
  s.section = undefined;
}

/**
 * «Produkt / forsikringssted   Dekning   Forsikringssum   Egenandel   Årspremie» once over the whole overview, then a
 * product's heading on a line of its own («NÆRINGSBYGG», «MASKINER, INVENTAR OG LØSØRE») over rows whose first cell is a
 * place («Industriveien 14, 3430 Spikkestad   Pluss   38 500 000   10 000   41 270»): the first column names the product
 * or its place, and the product is named once, over its places — as business certificates group their objects by
 * insurance. The rows under the heading are the heading's product's, the first cell their object, in the same columns;
 * the next heading names the rows under it. A first cell that is no place («Alle forsikringssteder», «Produkt- og
 * bedriftsansvar» under «BEDRIFTSANSVAR») describes the heading's cover: no object. Only under a header whose first
 * cell names both with a slash, where the row right under the heading fits the columns (as many cells, an amount under
 * a figure column). Read as no table, every row under the first heading was lost.
 */
function headingUnderNamesAndPlaces(s: Tables, at: number, u: Unit, line: { product: string; object?: string }): void {
  const e = s.ended;
  const next = s.r.units[at + 1];
  if (e === undefined || line.object !== undefined || !u.heading || u.row || next === undefined || !next.row || s.table !== undefined) return;
  const t = e.table;
  // (the heading ended the table, or a line set in under its last row did: «  Lagerhall stål, byggeår 2004»)
  if (e.last !== u.index && !(t.placesUnder && u.index - e.last <= 2 && describedRows(s, e.last, u.index))) return;
  const first = t.placesUnder ? 0 : t.roles.indexOf('product');
  if (first !== 0 || t.header === undefined || !namesProductAndPlace(t.header[0] ?? '') || t.parent !== undefined || t.numberColumn !== undefined) return;
  if (next.cells.length !== t.roles.length) return;
  const figures = next.cells.filter((c, i) => FIGURE_ROLE.has(t.roles[i]) && c.trim() !== '');
  if (figures.length === 0 || !figures.some((c) => readAmount(c) !== undefined)) return;
  const roles = t.roles.map((r, i): Col | undefined => (i === 0 ? 'object' : r));
  // («NÆRINGSBYGG» is written «Næringsbygg» as a product's name)
  s.table = { roles, header: t.header, lastProduct: inCapitals(line.product), rows: [], placesUnder: true };
  s.section = undefined;
}

/** Whether the lines from `from` up to `to` are set in under a row or read with it (a building's description, the rest of its place). */
function describedRows(s: Tables, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const v = s.r.units[k]!;
    if ((v.lines[0]!.indent ?? 0) === 0 && !s.r.used.has(v) && !s.taken?.has(v)) return false;
  }
  return true;
}

/** «Produkt / forsikringssted», «Forsikring / sted»: a header cell that names a product's column and a place's, a slash between. */
function namesProductAndPlace(cell: string): boolean {
  const parts = cell.split('/').map((p) => withoutColon(lowerCase(p.trim())));
  return parts.length === 2 && columnOf(parts[0]!) === 'product' && columnOf(parts[1]!) === 'object';
}

/**
 * A row of the shape of a table a line of text ended, right under that line, that no rule reads:
 * «Innbo og løsøre» (a name of its own, not the start of the row's) over «Fellesareal | … | 800 000
 * | 10 000 | 2 310» and the rows under it — they were lost without a word. A warning for each.
 */
function endedTableRow(s: Tables, u: Unit): void {
  const e = s.ended;
  if (e === undefined || u.index > e.last + 2 || u.cells.length !== e.table.roles.length) return;
  const roles = e.table.roles;
  if (!u.cells.some((c, i) => (roles[i] === 'sum' || roles[i] === 'deductible' || roles[i] === 'premium') && readAmount(c) !== undefined)) return;
  // («Behandlingsforsikring» / «Dekning  Standard» / «Egenandel  kr 0» / «Årspremie  kr 21 250» under a staff
  // document's «Dekning | Forsikringssum» table of the product above: a line whose first cell is a figure's label is that
  // label and its value — a field of the card under the heading, for the readers of fields — never a row named so)
  const own = columnOf(u.cells[0]!.trim());
  if (u.cells.length === 2 && (own === 'deductible' || own === 'premium') && readAmount(u.cells[1]!) !== undefined) return;
  // «Ansvar (gjeld heile verksemda, ikkje knytt til forsikringsstaden)» over «Landbruksansvar | kr 10 000 000 | kr 5 000 |
  // kr 1 540» under a table whose rows name their products: a section heading between rows of the same columns — the row
  // is read in them, its product its own; the place stated for the table above is not the new section's (the heading
  // ended the table: `last` is the heading's)
  const between = s.r.units[u.index - 1];
  const named = roles.indexOf('product');
  if (u.index === e.last + 1 && between !== undefined && between.heading && !between.row && !DIGIT.test(between.text) && namesProduct(withoutColon(between.text.replace(BRACKET_AFTER, '')).trim()) && named >= 0 && namesProduct(u.cells[named]!.trim())) {
    flushGroup(s);
    s.group = undefined;
    s.section = undefined;
    const table: Table = { roles, rows: [] };
    if (e.table.header !== undefined) table.header = e.table.header;
    s.table = table;
    s.ended = undefined;
    if (openTableRow(s, u, table)) {
      s.r.used.add(between);
      return;
    }
    s.table = undefined;
  }
  // («Løsøre og inventar» and a sentence over «Løsøre og inventar   Alle forsikringssteder   52 000 000   50 000   21 140»,
  // «Førsterisiko» over «Penger og verdipapirer      200 000   10 000   1 150»: a row whose every piece stands under the
  // table's header's column of its kind, past the heading and the sentence — SourceLine.placed — is a row of that table,
  // each figure placed by its column; the text between names a section, not other columns)
  if (u.lines.every((l) => l.placed === true) && named >= 0 && u.cells[named]!.trim() !== '') {
    flushGroup(s);
    s.group = undefined;
    s.section = undefined;
    const table: Table = { roles, rows: [] };
    // (the name column's header — «Eiendom» — gives its class to rows above the heading, not to the section's)
    if (e.table.header !== undefined) table.header = e.table.header.map((h, i) => (i === named ? '' : h));
    s.table = table;
    s.ended = undefined;
    if (openTableRow(s, u, table)) return;
    s.table = undefined;
  }
  e.last = u.index;
  s.r.warnUnit(u, `the row ${quote(u.text)} stands under the table ${quote((e.table.header ?? []).join(' '), 60)} after a line of text that ended it; not read`);
  s.r.used.add(u);
}

/**
 * «Forsikringsbevis | Eiendeler | Gjelder fra 01.05.2025»: a certificate page's title set in cells, its
 * product in the second — a section of that product, as the title on a line of its own opens one
 * (the third cell, the page's date, is the header's). False for any other row.
 */
function titleRow(s: Tables, at: number, u: Unit): boolean {
  // («FORSIKRINGSBEVIS» over «Landbruksforsikring» at the right of the letterhead: the certificate's title, as on a line of
  // its own — a caption under the policyholder's grid, «Dekninger», goes on with it (s.opening), as under a title line)
  const stacked = u.row && s.section === undefined && s.table === undefined ? letterheadTitle(u, s.r.units[at - 1]) : undefined;
  const product = u.row ? (titleParts(u)?.product ?? stacked) : undefined;
  if (product === undefined) return false;
  heldRows(s);
  flushGroup(s);
  s.table = undefined;
  s.section = stacked !== undefined ? { product, gap: 0, title: `Forsikringsbevis ${product}` } : { product, gap: 0 };
  if (stacked !== undefined) s.opening = s.section;
  // (its item rows under it — «Erstatning ved dødsfall | 18 G» — are the title's product's, as under a title on a line of its own)
  s.group = { name: product, unit: u, items: [], itemUnits: [], lastIndex: u.index, plain: [] };
  return true;
}

/** «Behandlingsutgifter | etter regning», «Påført inntektstap | individuell utmåling» (PERSON_COVERAGES.assessedCells). */
const ASSESSED_CELL = new RegExp(`^(?:${PERSON_COVERAGES.assessedCells.join('|')})\\.?$`);

/**
 * A person product's item paid as it is documented: the item, its way of payment its note, no sum
 * (as «Ubegrenset» is no sum) — it was a coverage of its own with the words as an unread sum.
 */
function assessedItem(s: Tables, u: Unit, cells: string[]): void {
  const group = s.group!;
  group.items.push({ name: withoutColon(cells[0]!), note: cells[1]!.trim() });
  group.itemUnits.push(u);
  group.lastIndex = u.index;
  s.r.used.add(u);
}

/** A header cell that says its column's sums are in G: «Sum (G)», «Forsikringssum (G)», «Antall G», «Sum i G». */
const G_HEADER = /^(?:(?:forsikrings)?sum(?:mer|mar)?|erstatning|ytelse|utbetaling)\s*(?:\(\s*G\s*\)|i\s+G)$|^antall\s+G$|^G$/i;
/** A benefit column's name: «Ytelse», «Ytelser», «Yting», «Utbetaling», «Erstatning». */
const BENEFIT_HEADER = /^(?:ytelse|ytelser|yting|ytingar|utbetaling|utbetalinger|erstatning|erstatningar|erstatninger)$/i;
/** A column of what a G sum comes to in kroner: «Kr (1 G = 130 160)», «Kroner», «Beløp i kr», «I kroner». */
const KRONER_OF_G = /^(?:kr\.?|kroner|nok|beløp(?:\s+i\s+(?:kr\.?|kroner))?|i\s+kroner)(?:\s*\(\s*(?:1\s*)?g\s*=\s*(?:kr\.?\s*)?\d[\d .\u00a0]*\s*(?:kr\.?)?\s*\))?$/i;

/** «Produkt | Ytelse | Sum | Kr (1 G = 130 160)»: the product, its benefit, the benefit's sum, and that sum in kroner. */
function productItemsHeader(cells: readonly string[]): boolean {
  if (cells.length !== 4 || !KRONER_OF_G.test(cells[3]!)) return false;
  const first = columnOf(cells[0]!);
  const sum = columnOf(cells[2]!);
  return first === 'product' && !isDekning(cells[0]!) && (BENEFIT_HEADER.test(cells[1]!) || isDekning(cells[1]!)) && (sum === 'sum' || G_HEADER.test(cells[2]!));
}

/** A bare figure under 1 000 («10», «0,5», «15»): as a kroner sum of a schedule, not believable. */
const SMALL_BARE = /^\d{1,3}(?:[.,]\d+)?$/;
/** A header cell that asks what the row is: «Hva», «Kva», «Hva dekkes», «Hva er dekket». */
const WHAT_CELL = /^(?:hva|kva)(?:\s+(?:er\s+|vert\s+)?(?:dekket|dekkes|dekt|dekka|forsikret|forsikra|gjelder|gjeld))?$/i;

/**
 * «Hva | Beløp» right under a product heading («Reise» over «Hva | Beløp» over «Reisesyke | kr 5 000
 * 000»): a two-column header whose left cell asks what the row is and whose right cell names a sum.
 * Its rows are items of the product above, as rows of kroner right under the heading are (itemRow).
 * False for any other row.
 */
function itemsHeader(s: Tables, u: Unit): boolean {
  const group = s.group;
  const cells = u.cells.filter((c) => c !== '').map((c) => c.trim());
  if (!group || group.items.length > 0 || cells.length !== 2 || DIGIT.test(u.text)) return false;
  if (columnOf(cells[1]!) !== 'sum') return false;
  // («Dekning | Forsikringssum» under a person product's title: its covers, each an item of the product)
  // (right under the product's heading «Dekning | Forsikringssum» is left to the tables as before: a G table's
  // header, or one over rows that each name a coverage)
  const what = WHAT_CELL.test(withoutColon(cells[0]!));
  const adjacent = group.lastIndex + 1 === u.index;
  if (!what && !(!adjacent && COVERS_COLUMN.test(withoutColon(cells[0]!).trim()) && namesPersonProduct(group.name))) return false;
  if (!adjacent && !headOfPersonCertificate(s, group, u)) return false;
  // («Pris per år: 2 352 kr» / «Egenandel: 500 kr» between the title and its covers: the product's own figures, read with
  // its items — read on their own, they made a second coverage of the product beside its items)
  const card = adjacent ? undefined : cardFigures(s, group.unit.index, u.index, namesPersonProduct(group.name));
  if (card !== undefined) {
    for (const k of ['coverage', 'deductible', 'premium'] as const) {
      const v = card.figures[k];
      if (v !== undefined && group[k] === undefined) group[k] = v;
    }
    for (const w of card.units) s.r.used.add(w);
  }
  s.table = undefined;
  group.lastIndex = u.index;
  group.listed = true;
  // («REISEFORSIKRING» over its table: the product written in normal case, as a heading in capitals is)
  if (group.name === group.name.toUpperCase() && /[A-ZÆØÅ]{3}/.test(group.name)) group.name = group.name[0]! + lowerCase(group.name.slice(1));
  s.r.used.add(u);
  return true;
}

/** The name column of a person product's covers: «Dekning», «Dekninger», nynorsk «Dekningar», «Ytelse», «Yting». */
const COVERS_COLUMN = /^(?:dekning|dekninger|dekningar|ytelse|ytelser|yting|ytingar)$/i;

/** The label of a card's field that names its product: «Produkt», «Forsikring», «Produktnavn», «Type forsikring» (lower case, no colon). */
const PRODUCT_FIELD = /^(?:produkt|produktnavn|produktnamn|forsikring|forsikringstype|type forsikring|forsikringsprodukt)$/;

/** How many lines above a table of covers' sums its product's card may name the product. */
const CARD_REACH = 12;
/** How many lines above such a table a certificate's head may name its one person product («Produkt: Reiseforsikring»). */
const CARD_REACH_HEAD = 40;

/**
 * Whether the «Produkt» field at `from` is the only product the lines down to the table at `to` name: no table row of
 * three cells or more, no line with an amount of money but the product's own price and deductible (ownFigureOfProduct).
 */
function headProductOnly(s: Tables, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const v = s.r.units[k]!;
    if (v.row && v.cells.filter((c) => c.trim() !== '').length > 2) return false;
    if (KRONER_IN_LINE.test(v.text) && !ownFigureOfProduct(v)) return false;
  }
  return true;
}

/**
 * «Produkt   Helårs reiseforsikring» / «Dekning   Familie Pluss» / «Egenandel   kr 500» / «Pris per år   kr 2 390», then
 * «Forsikringssummer (per person …)» over «Dekning | Forsikringssum» and «Avbestilling | kr 100 000» …: a travel or
 * person product's card states its own figures, and the table under it the sums of its covers — items of that one
 * product, not products of their own (each cover had become a coverage). The product is named by a field of the card
 * («Produkt: …»), a few lines above, no other table or product heading between; the table has the cover's and the
 * sum's columns only. False for any other row.
 */
function coversOfCard(s: Tables, at: number, u: Unit): boolean {
  if (s.table !== undefined || (s.group !== undefined && s.group.items.length > 0)) return false;
  const cells = u.cells.filter((c) => c.trim() !== '').map((c) => withoutColon(c).trim());
  if (cells.length !== 2 || DIGIT.test(u.text) || columnOf(cells[1]!) !== 'sum' || !(isDekning(cells[0]!) || WHAT_CELL.test(cells[0]!))) return false;
  for (let i = at - 1; i >= 0 && i >= at - CARD_REACH_HEAD; i--) {
    const v = s.r.units[i]!;
    let name: string | undefined;
    if (v.row) {
      const vc = v.cells.map((c) => c.trim()).filter((c) => c !== '');
      if (vc.length === 2 && PRODUCT_FIELD.test(withoutColon(lowerCase(vc[0]!)).trim())) name = vc[1];
      // (another table's header or row between: the covers are not the card's)
      else if (vc.length > 2) return false;
    } else if (v.label !== undefined && PRODUCT_FIELD.test(withoutColon(lowerCase(v.label)).trim())) {
      name = v.text.slice(v.text.indexOf(':') + 1).trim();
    } else if (v.heading && v.product && v.label === undefined) {
      // («Forsikringssummer per reisende» over the table: the heading of the covers' sums, no product)
      if (SUMS_HEADING.test(v.text.trim()) || /^(?:forsikrings)?summ/i.test(v.text.trim())) continue;
      // (a product's heading or a certificate's title with a price between it and the table is left as before: a line with
      // kroner ends a title's reach — only a card's «Produkt» field names the product here)
      return false;
    }
    if (name === undefined) continue;
    if (name === '' || DIGIT.test(name) || !namesPersonProduct(name)) return false;
    // («Produkt: Reiseforsikring» at the head of the certificate, its parties, the insured and a sentence between it and
    // «Dekninger og forsikringssummer» over the table: the one product the document names — further than a card's reach)
    if (at - i > CARD_REACH && !headProductOnly(s, i, at)) return false;
    // (a heading with no figures of its own over the table — «1  YRKESSKADE (lovpålagt)» over «Dekning | Forsikringssum» and G
    // rows — is left to the G tables, as before: only a card that states its own figures)
    const card = cardFigures(s, i, at, true);
    if (card === undefined || card.units.length === 0) return false;
    flushGroup(s);
    s.group = { name, unit: v, items: [], itemUnits: [], lastIndex: u.index, plain: [], described: true, ...card.figures };
    for (const w of [...card.units, u]) s.r.used.add(w);
    return true;
  }
  return false;
}

/**
 * The figures of a card between its product's line (`from`) and the table of its covers (`to`): «Dekning   Familie Pluss»,
 * «Egenandel   kr 500», «Pris per år   kr 2 390» — the product's own cover level, deductible and yearly premium (a price per
 * month is no yearly premium, passed over). Undefined when a figure is stated twice or cannot be read: the card is then
 * left to the field blocks, as before.
 */
function cardFigures(s: Tables, from: number, to: number, person = false): { figures: Pick<Group, 'coverage' | 'deductible' | 'premium'>; units: Unit[] } | undefined {
  const figures: Pick<Group, 'coverage' | 'deductible' | 'premium'> = {};
  const units: Unit[] = [];
  for (let k = from + 1; k < to; k++) {
    const w = s.r.units[k]!;
    if (s.r.used.has(w)) continue;
    const f = fieldOf(w);
    if (f === undefined) continue;
    const label = w.row ? (w.cells.find((c) => c.trim() !== '') ?? '') : (w.label ?? '');
    if (f.col === 'premium' && perMonth(label)) continue;
    if (f.col !== 'coverage' && f.col !== 'deductible' && f.col !== 'premium') {
      // (a sum or a place of its own: a card of another kind, left to the field blocks)
      // (the policyholder's «Adresse: Storgata 41, 2815 Gjøvik» on a person product's card is no place insured: passed over)
      if (f.col === 'sum' || (f.col === 'object' && !person)) return undefined;
      continue;
    }
    if (figures[f.col] !== undefined) return undefined;
    const value = f.col === 'coverage' ? f.value.trim() : readAmount(f.value);
    if (value === undefined || value === '') return undefined;
    figures[f.col] = value;
    units.push(w);
  }
  return { figures, units };
}

/**
 * «Forsikringsbevis» / «Ulykkesforsikring» over the certificate's fields («Polisenr.: …», «Forsikrede: …») and a
 * sentence, then «Dekning | Forsikringssum»: the title's person product is what the table's rows are items
 * of, though its head stands between — no row nor other product's heading between them.
 */
const KRONER_IN_LINE = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])(?:kr\.?|nok|kroner)(?![A-Za-zÀ-ÖØ-öø-ÿ])/i;

function headOfPersonCertificate(s: Tables, group: Group, u: Unit): boolean {
  if (!namesPersonProduct(group.name) || s.r.units[u.index] !== u) return false;
  for (let i = group.unit.index + 1; i < u.index; i++) {
    const v = s.r.units[i]!;
    // (another product's heading, or a line with kroner — a table or a figure of its own — ends the head)
    if (v.heading && v.product && !v.row) return false;
    // («Pris per år: 1 476 kr», «Egenandel: 500 kr», «1 G = 130 160 kr» between the title and its table: the product's own
    // price and deductible, or the value of G — no sum of its own, and no other table; any other kroner ends the head)
    if (KRONER_IN_LINE.test(v.text) && !ownFigureOfProduct(v)) return false;
  }
  return true;
}

/** «1 G = 130 160 kr», «Ved utferding av dette beviset er 1 G = 124 028 kroner.»: the value of G, no figure of a product. */
const G_VALUE_LINE = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])1\s*G\s*(?:=|er|var|utgjør|utgjer|tilsvarer)\s*(?:kr\.?\s*|nok\s*)?\d/i;

/**
 * A line between a person product's title and its table of covers that states the product's own figure — its price
 * («Pris per år: 1 476 kr», «Pris: kr 2 148 per år (kr 179 per månad).») or deductible («Egenandel: 500 kr») — or the
 * value of G: no table of its own, and no sum, so the table under it is still the title's list of items.
 */
function ownFigureOfProduct(v: Unit): boolean {
  if (G_VALUE_LINE.test(v.text)) return true;
  if (v.row && v.cells.filter((c) => c.trim() !== '').length > 2) return false;
  const f = fieldOf(v);
  if (f !== undefined) return f.col === 'premium' || f.col === 'deductible';
  const label = v.label ?? (v.row ? v.cells.find((c) => c.trim() !== '') : undefined);
  const col = label !== undefined ? columnOf(withoutColon(label).trim()) : undefined;
  return col === 'premium' || col === 'deductible';
}

/** A bare figure or range of figures, as a G column's cells hold them: «4,5», «10–15», «22 - 30». */
const BARE_G = /^\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?$/;

/**
 * «Dekning | Sum (G)» under a product heading: the header of item rows whose sums are bare figures
 * («Dødsfall | 10», «Tap i fremtidig erverv | 22–30»), in G as the header says. False for any other row.
 */
function gHeader(s: Tables, u: Unit): boolean {
  const cells = u.cells.filter((c) => c !== '').map((c) => c.trim());
  // («Produkt | Ytelse | Sum | Kr (1 G = 130 160)» over «Gruppeliv | Engangsutbetaling ved død | 10 G | 1 301 600» and «   |
  // Dødsfall | 2 G | 260 320»: a broker's table of person products, each named once, its benefits under it, the G sums and
  // what they come to in kroner beside them — each row an item of its product, the kroner column what the G is worth today)
  if (productItemsHeader(cells)) {
    flushGroup(s);
    s.table = undefined;
    s.gColumn = 1;
    s.gProducts = { last: undefined, kroner: true };
    s.r.used.add(u);
    return true;
  }
  const at = cells.findIndex((c) => G_HEADER.test(c));
  if (at < 1 || cells.length > 4 || DIGIT.test(cells.join(' ')) || cells.filter((c) => G_HEADER.test(c)).length !== 1) return false;
  // (the first column names the items: «Dekning», «Ytelse», or nothing the vocabulary reads as a figure)
  const first = columnOf(cells[0]!);
  if (first !== undefined && first !== 'product') return false;
  // «Produkt | Dekning | Forsikringssum (G)»: each row names its product (gProductCells), no heading does
  if (at === 2 && cells.length === 3 && first === 'product' && !isDekning(cells[0]!) && isDekning(cells[1]!)) {
    flushGroup(s);
    s.table = undefined;
    s.gColumn = 1;
    s.gProducts = { last: undefined };
    s.r.used.add(u);
    return true;
  }
  // (right under its product heading the group is that product's; a group with items already has ended)
  if (s.group && s.group.items.length > 0) flushGroup(s);
  if (!s.group && s.lastHeading && s.lastHeading.label === undefined) s.group = { name: withoutColon(s.lastHeading.text), unit: s.lastHeading, items: [], itemUnits: [], lastIndex: u.index, plain: [] };
  s.table = undefined;
  s.gColumn = at;
  s.r.used.add(u);
  return true;
}

/** «Erstatning», «Forsikringssum», «Sum»: a sum column's name with no unit, at the right of a product's heading. */
const SUM_HEADER = /^(?:erstatning|erstatningar|erstatninger|forsikringssum|forsikringssummer|forsikringssummar|sum|summer|summar|ytelse|ytelser|yting|ytingar|utbetaling)$/i;

/**
 * «YRKESSKADEFORSIKRING          Erstatning» over «Tap i fremtidig erverv   22 – 30 G»: a person
 * product's heading with the name of its sums' column at the right end — the product, its rows under it
 * its items (the product was lost, and the rows went to the letter's heading above). Written in normal
 * case when in capitals. False for any other row.
 */
function productSumHeader(s: Tables, u: Unit): boolean {
  const cells = u.row ? u.cells.filter((c) => c.trim() !== '').map((c) => c.trim()) : [];
  if (cells.length !== 2 || !SUM_HEADER.test(cells[1]!) || DIGIT.test(cells[0]!) || cells[0]!.length > 60 || !namesPersonProduct(cells[0]!)) return false;
  const name = cells[0]!;
  flushGroup(s);
  s.table = undefined;
  s.gColumn = undefined;
  s.group = { name: name === name.toUpperCase() ? name[0]! + lowerCase(name.slice(1)) : name, unit: u, items: [], itemUnits: [], lastIndex: u.index, plain: [] };
  s.r.used.add(u);
  return true;
}

/**
 * «Behandlingsutgifter | fast sum | kr 50 000» right under «Ménerstatning | 5 G | kr 650 800» (a person product's G item with
 * its kroner beside it): a row whose G cell holds words and no figure, its kroner cell the item's sum. Undefined for any other row.
 */
function fixedKronerRow(s: Tables, u: Unit, cells: string[]): string | undefined {
  const g = s.group;
  if (g === undefined || cells.length !== 3 || g.items.length === 0 || g.lastIndex !== u.index - 1 || !personGroup(g)) return undefined;
  if (DIGIT.test(cells[1]!) || mentionsG(cells[1]!) || NOT_BENEFIT.test(cells[0]!) || !LETTER.test(cells[0]!) || !KRONER_ONLY.test(cells[2]!.trim())) return undefined;
  const above = g.itemUnits[g.itemUnits.length - 1];
  const aboveCells = above?.cells.filter((c) => c.trim() !== '') ?? [];
  if (aboveCells.length !== 3 || !isGCell(aboveCells[1]!.trim()) || !KRONER_ONLY.test(aboveCells[2]!.trim())) return undefined;
  return readAmount(cells[2]!);
}

/** Words of a price, a total or a deductible: a row so named is no benefit's. */
const NOT_BENEFIT = /premie|pris|egenandel|eigenandel|eigendel|selvrisiko|totalt|samlet|samla|i alt|til sammen|^sum\b/i;
/** «Årspremie fritidsulykke», «Premie gruppeliv»: a premium's label with the product's name after it (group 1). */
const PRODUCT_PREMIUM_LABEL = /^(?:års)?(?:premie|pris)\s+([a-zæøå][a-zæøå -]{2,40})$/i;

/** «Årspremie», «Årspremie fra 01.05.2025», «Premie per år»: a premium's label, perhaps with the date it applies from. */
const DATED_PREMIUM = /^(?:års)?(?:premie|pris)(?:\s+(?:per|pr\.?)\s+år)?(?:\s+(?:fra|frå|f\.o\.m\.?)\s+\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4}))?$/i;

/**
 * «Årspremie fra 01.05.2025 | kr 398 214» under a person product's item rows: the product's premium
 * (the premium from the date it names, the one the product costs now), never an item named
 * «Årspremie» with the premium as its sum. Only where the product has items and no premium yet.
 */
function groupPremiumRow(s: Tables, u: Unit): boolean {
  const g = s.group;
  const cells = u.row ? u.cells.filter((c) => c.trim() !== '').map((c) => c.trim()) : [];
  // («Årspremie fritidsulykke: kr 41 280» under the items of «FRITIDSULYKKE (24-timersdekning)»: the label names the product)
  const named = cells.length === 2 ? PRODUCT_PREMIUM_LABEL.exec(withoutColon(cells[0]!).trim())?.[1] : undefined;
  const ofGroup = named !== undefined && g !== undefined && lowerCase(g.name).includes(lowerCase(named.trim()));
  if (g === undefined || g.items.length === 0 || g.premium !== undefined || cells.length !== 2 || !personGroup(g) || !(DATED_PREMIUM.test(withoutColon(cells[0]!)) || ofGroup)) return false;
  const premium = KRONER_ONLY.test(cells[1]!) ? readAmount(cells[1]!) : undefined;
  if (premium === undefined) return false;
  g.premium = premium;
  g.lastIndex = u.index;
  s.r.used.add(u);
  return true;
}

/**
 * A row under «Produkt | Dekning | Forsikringssum (G)»: «Ulykke | Dødsfall | 10», or «     | Varig
 * medisinsk invaliditet | 15» with the product cell empty (the product of the row above). The
 * row's product becomes the group (a new product flushes the one before); the cells after the
 * product are returned. Undefined for a row of another shape, which ends the table.
 */
function gProductCells(s: Tables, u: Unit, p: { last: string | undefined; kroner?: boolean }): string[] | undefined {
  const all = u.cells.filter((c) => c !== '');
  const blankFirst = u.cells[0]!.trim() === '';
  // (the kroner a G sum comes to, in the last column, is no figure of the item: left out — a row «Yrkesskade | Lovbestemte
  // ytelser | Iht. lov» has none)
  const priced = p.kroner === true && all.length === (blankFirst ? 3 : 4) && readAmount(all[all.length - 1]!) !== undefined;
  const cells = priced ? all.slice(0, -1) : all;
  let product: string | undefined;
  if (cells.length === 3 && !blankFirst) product = withoutColon(cells[0]!.trim());
  else if (cells.length === 2 && blankFirst) product = p.last;
  if (product === undefined || DIGIT.test(product) || !namesProduct(product)) return undefined;
  if (s.group?.name !== product) {
    flushGroup(s);
    s.group = { name: product, unit: u, items: [], itemUnits: [], lastIndex: u.index - 1, plain: [] };
  }
  p.last = product;
  return cells.length === 3 ? cells.slice(1) : cells;
}

/** A row's cells under a G header: the bare figures of its G column with «G» after them (the header's unit). */
function gUnitCells(s: Tables, cells: string[]): string[] {
  const k = s.gColumn;
  if (k === undefined || cells.length !== k + 1 && cells.length !== k + 2 || !BARE_G.test(cells[k]!.trim())) return cells;
  return cells.map((c, i) => (i === k ? `${c.trim()} G` : c));
}

/**
 * The product a table's first header cell names (headerRow), when that cell is no column's name but a product the
 * index-class table knows («Bygning», «Fellesløsøre», «Styreansvar»), the other columns name no product and no place,
 * and every row under it that has a first cell has a place there (a postcode and town, or a farm's lot) — a row with
 * none is a row still («Styreansvar» over «   | kr 10 000 000 | kr 0 | kr 2 400»). Undefined otherwise.
 */
function headerProduct(r: Reading, at: number, cells: readonly string[], roles: ReadonlyArray<Col | undefined>): string | undefined {
  const name = cells[0]?.trim() ?? '';
  if (name === '' || roles[0] !== 'product' || columnOf(name) !== undefined || DIGIT.test(name) || !namesProduct(name)) return undefined;
  if (roles.some((x, i) => i > 0 && (x === 'product' || x === 'coverage' || x === 'object'))) return undefined;
  let rows = 0;
  for (let i = at + 1; i <= at + ROWS_LOOKED_AT; i++) {
    const u = r.units[i];
    if (!u?.row || u.cells.length !== roles.length) break;
    const first = u.cells[0]!.trim();
    if (TOTAL_ROW.test(first)) break;
    if (!u.cells.some((c, k) => FIGURE_ROLE.has(roles[k]) && readAmount(c) !== undefined)) break;
    if (first !== '' && !PLACE_MARKS_IN.test(first)) return undefined;
    rows++;
  }
  return rows > 0 ? name : undefined;
}

/** A header row without the mark «(forts.)» a cell of it carries; the unit as it is when none does. */
function goesOnHeader(u: Unit): Unit {
  if (!u.row || !u.cells.some((c) => GOES_ON.test(c) && c.replace(GOES_ON, '').trim() !== '')) return u;
  const cells = u.cells.map((c) => (GOES_ON.test(c) && c.replace(GOES_ON, '').trim() !== '' ? c.replace(GOES_ON, '') : c));
  const text = cells.filter((c) => c.trim() !== '').join(' ');
  return { ...u, cells, text, lower: lowerCase(text) };
}

/**
 * A header row: opens a table (of the section's or the heading's product when it has no name
 * column of its own), or goes on with the group's table after a page break. False when the row is
 * no header.
 */
function headerRow(s: Tables, at: number, u: Unit): boolean {
  // («Forsikringssted | Forsikring | Sum (NOK) | …» over «(forts.)» at the top of page 2: the header repeated, the table
  // going on — its mark, joined to the first cell as a wrapped cell's rest, is no part of the column's name; read with
  // it, the place column was named by nothing and the rows after the page break lost their places)
  const head = goesOnHeader(u).cells;
  const r = s.r;
  const group = s.group;
  const headed = group !== undefined && group.items.length === 0 && group.lastIndex + 1 === u.index ? group : undefined;
  // «FORSIKRINGSBEVIS NÆRINGSBYGG» / «Forsikringssted: Industriveien 7, …» / «Dekning | Forsikringssum | …»:
  // the table of the section's product, a few field lines under its title
  let inSection = !headed && !s.table && s.section !== undefined && s.section.gap <= SECTION_GAP ? s.section : undefined;
  // «Ulykke ved dugnad og styrearbeid» right over «Dekning | Vilkår | Forsikringssum | Pris»: the
  // table's caption names its product, though the line is no product heading (a phrase after the name)
  // («Forsikring: Innbo» over the header names the table's product inside another product's section too)
  const caption = !headed && !s.table ? captionAbove(r, at, inSection !== undefined) : undefined;
  if (caption !== undefined) inSection = { product: caption, gap: 0 };
  if (!headed && caption === undefined && tableGoesOn(s, u)) return true;
  // («Forsikringsbevis | Eiendeler» … «      |      | Forsikringssum | Egenandel» over «Maskiner, inventar og
  // løsøre | 640 000 | 8 000»: the header's empty cells are one column, the covers' names)
  // («FORSIKRINGSBEVIS ANSVARSFORSIKRING» right over «      | Forsikringssum | Egenandel»: the heading's covers too)
  const paired = pairedHeader(head, r.units[at + 1]);
  const cells = ((inSection || headed) && coverStub(head, r.units[at + 1])) || paired?.cells || numberApart(namesApart(head), r.units[at + 1]);
  const named = leadInNamed(stubNamed({ ...u, cells }, r.units[at + 1]), r.units[at + 1]);
  let roles = overviewHeader(named, headed !== undefined);
  // «Produkt   Hussopp- og skadedyrforsikring» in a certificate's head, then «Forsikrede bygninger» over «Bygg | Adresse |
  // Boenheter | Årspremie»: a table with no product column under no product's heading (a caption of the things insured, or
  // none) is a list of the one product the head names — its rows that product's places, each with its own figures
  // (read with no product, the header was no table's and the rows were lost)
  // («Produkt» over «Båtforsikring» in the head, then «Dekning | Forsikringssum | Egenandel | Pris per år» over «Kasko Pluss»,
  // «Båtansvar», «Rettshjelp»: a table whose only name column is «Dekning» lists the covers of the one product the head
  // names — each row a coverage of it, as under that product's heading; read as products, every cover was one)
  const ownName = roles?.indexOf('product') ?? -1;
  // (only covers with figures of their own — a deductible or a price column: «Dekning | Forsikringssum» alone under «Produkt:
  // Reiseforsikring» lists the product's benefits, its items, no coverages)
  const coversOnly = roles !== undefined && ownName >= 0 && roles.filter((x) => x === 'product').length === 1 && isDekning(named[ownName]!.trim()) && (roles.includes('premium') || roles.includes('deductible'));
  const labelled = !s.table && !inSection && caption === undefined && (headed === undefined || THINGS_CAPTION.test(lowerCase(headed.name.trim()))) && (!roles?.includes('product') || (coversOnly && headed === undefined)) ? headProduct(r, at) : undefined;
  if (labelled !== undefined && coversOnly) roles = overviewHeader(named, true) ?? roles;
  else if (labelled !== undefined) {
    const placed = overviewHeader(named, true, true);
    if (placed !== undefined && placed.includes('object') && !placed.includes('product') && !placed.includes('coverage')) roles = placed;
  }
  // «KOMMUNEEIENDOM - BYGNINGER» over «Bygning | Forsikringssted | Forsikringssum | …»: a first column
  // of names the vocabulary does not know, beside a place column, names the rows — the heading their class
  // («Nr | Objekt | Forsikringssum | …»: the rows' numbers are no names)
  const numbered = numberColumn(head);
  // «Næringsbygg» over «Bygning | Forsikringssted | Forsikringssum | …», «Maskiner og inventar» over «Gjenstand |
  // …»: a heading that names a product, over a first column headed by a generic word for the thing insured —
  // the column is the rows' object (before their place), not their product (read as products, the rows lost
  // the heading's product and the objects' names)
  // («Forsikringsbevis – Skadedyrforsikring», its fields, then «Bygning | Adresse | …»: the section's product, as a heading's)
  // (only a section named by one word of insurance: «Eigedomsoversikt for Sande kommune» is an overview's title, no product)
  const thingOver = headed?.name ?? (caption === undefined && inSection !== undefined && INSURANCE_WORD.test(inSection.product.trim()) ? inSection.product : undefined);
  const thing = thingOver !== undefined && labelled === undefined && roles !== undefined && numbered === undefined && thingsOfProduct(thingOver, head[0]!);
  let thingColumn: number | undefined;
  if (thing) {
    const placed = roles!.some((x, i) => i > 0 && x === 'object');
    roles = roles!.map((x, i) => (i === 0 ? (placed ? undefined : 'object') : x));
    if (placed) thingColumn = 0;
  }
  // «Bygning   Forsikringssum   Egenandel   Årspremie» over «Bøgata 31–35, 0655 Oslo   kr 268 900 000 …», «Fellesløsøre …»,
  // «Styreansvar …» over a row with no first cell: a first header cell that names a product, not a column, over rows
  // whose first cells are places — the product of its rows, and the column their places (read as the rows' names,
  // every place was a product)
  const productHead = !thing && roles !== undefined && numbered === undefined ? headerProduct(r, at, head, roles) : undefined;
  if (productHead !== undefined) roles = roles!.map((x, i) => (i === 0 ? 'object' : x));
  const records = !thing && productHead === undefined && headed !== undefined && labelled === undefined && roles !== undefined && numbered === undefined && recordNames(head, roles);
  if (records) roles = roles!.map((x, i) => (i === 0 ? 'product' : x));
  // (a table with a name column of its own — «Bygning | Adresse | Forsikringssum» — names its rows
  // itself; only a «Dekning» column or none is the section's product's)
  const own = roles?.indexOf('product') ?? -1;
  // («Hussoppforsikring» over «Bygning | Forsikringssum | …», «Bilforsikring» over «Kjøretøy | Dekning | …»
  // with no place column: the buildings, the vehicles are the heading's product's objects)
  // («Forsikring: Motorvogn» over «Reg.nr. | Kjøretøy | Dekning | …», a fleet's list: the plate is each row's
  // object, the make and model no product — the same, a place column that holds registration numbers)
  // (only under a field that names the product, «Forsikring: …»: a title «Kjøretøyoversikt» names no product of the rows)
  const plates = caption !== undefined && r.units[at - 1]?.label !== undefined && roles !== undefined && roles.some((x, i) => x === 'object' && PLATE_COLUMN.test(lowerCase(cells[i]!.trim())));
  const things = own >= 0 && (!roles!.includes('object') || plates) && THING_COLUMN.test(lowerCase(cells[own]!.trim()));
  // («Forsikringsbevis Kommuneeiendom» over «Forsikringssted / bygning | Forsikringssum | …»: a column that names the place and
  // the thing with a slash holds each row's object — the rows are the section's product's, never products named by their places)
  const placeThing = inSection !== undefined && own >= 0 && placeAndThingColumn(cells[own]!);
  if (inSection && (roles === undefined || own < 0 || isDekning(cells[own]!.trim()) || things || placeThing)) roles = overviewHeader(cells, true) ?? roles;
  else inSection = undefined;
  if (placeThing && roles !== undefined) roles = roles.map((x, i) => (i === own ? 'object' : x));
  if (!roles) return false;
  // «1  EIENDOM / PROPERTY» / «Forsikringssted: Terminalveien 40, 8006 Bodø» over «Objekt | Forsikringssum | Egenandel |
  // Premie» and «Bygning», «Maskiner og inventar», «Varer», «Driftstap (12 mnd)»: a section's title in capitals names the
  // part of the schedule, and a column headed «Objekt» whose every cell is a product the vocabulary knows names the rows'
  // own products — the section's place is their object (read the other way, the part was every row's product and each
  // row's name its object)
  const sectionProducts = inSection !== undefined && caption === undefined && headed === undefined ? objectColumnOfProducts(r, at, cells, roles, inSection.title ?? inSection.product) : undefined;
  if (sectionProducts !== undefined) roles = roles.map((x, i) => (i === sectionProducts ? 'product' : x));
  // («Kjøretøy» over «Kjøretøy | Egenandel | …»: a heading that names the class, not a product — its rows name their own,
  // «Varebil SU 48112 Ford Transit»; but where the first row's thing starts with no class word — a make and model,
  // «Volvo FH 500, 2022, reg.nr. ZT 88104» — the rows name no product, and the heading is theirs as any product's is)
  const over = headed?.name ?? inSection?.product;
  if (things && over !== undefined && (!THING_COLUMN.test(lowerCase(withoutColon(over.trim()))) || !firstThingNamesClass(r.units[at + 1], own))) roles = roles.map((x, i) => (i === own ? undefined : x));
  // («Dekning | Forsikringssum» again after «Side 2 av 2»: the same product's table, continued)
  if (group?.table && continuesGroup(r, at, group)) {
    s.table = group.table;
    group.lastIndex = u.index;
    r.used.add(u);
    return true;
  }
  if (group && group.items.length > 0) flushGroup(s);
  thingsInObjectColumn(r, at, cells, roles);
  // («Forsikringssted: Fjellstølvegen 88, Gnr 201 Bnr 33, 3580 Geilo» over «Dekning | Beskrivelse | Forsikringssum | …» and
  // «Hytte | Byggeår 2009, 94 m² | …»: the place stated over the table is its rows' place; the «Beskrivelse» column beside
  // it describes each building — its year and area, no place)
  const described = describedBesidePlace(s, cells, roles);
  if (described !== undefined) roles = roles.map((x, i) => (i === described.column ? undefined : x));
  const table: Table = { roles, header: cells };
  // («LANDBRUKSBYGNING   Dekning: Pluss» over «Forsikringssted | Forsikringssum | …»: the heading's cover level is each row's)
  const level = (inSection ?? (headed !== undefined ? s.section : undefined))?.coverage;
  if (level !== undefined && !roles.includes('coverage')) table.coverage = level;
  if (sectionProducts !== undefined && inSection?.object !== undefined) table.object = inSection.object;
  if (numbered !== undefined) table.numberColumn = numbered;
  if (thingColumn !== undefined) table.thingColumn = thingColumn;
  if (paired !== undefined && cells === paired.cells) table.pairedColumn = paired.at;
  // («Forsikringssted: Storgata 41, 3611 Kongsberg» right over the header, no section's: the place of its rows)
  const placed = s.place;
  s.place = undefined;
  // («Bransje: Bakeri» between them: a line about the business, which does not end the place's reach)
  // («FORSIKRINGSSTED 01: Brattørkaia 11, 7010 Trondheim» / «Produksjonslokaler og fryselager, leide lokaler» over a header
  // whose rows name themselves: what the premises are, the place's note — no heading of the rows, no end of the place's reach)
  const premises = (i: number): boolean => roles.includes('product') && premisesLine(r.units[i]!);
  // (a vessel's facts under its name, «Kjenningssignal: LHDX», «Type: Havfiskefartøy, 2016, 58,6 m», are its, no end of its reach)
  const facts = (i: number): boolean => placed?.vessel === true && vesselFact(r.units[i]!);
  // (the rest of a place wrapped onto the line under its label, «3241 Sandefjord», is the place's: numberedPlace)
  if (placed && linesBetween(s.r, placed.unit.index, u.index, (i) => premises(i) || facts(i) || placed.rest?.index === i) && !roles.includes('object')) {
    table.object = placed.object;
    r.used.add(placed.unit);
  } else if (!inSection && roles.includes('product') && !roles.includes('object')) {
    // («Forsikringsbevis – Bygning og løsøre» / «Forsikringssted: Klubbhuset, …» right over «   | Forsikringssum
    // | Egenandel» and rows that name themselves: the section's place is still the place of those rows)
    // («EIENDOM OG AVBRUDD» / «Forsikringssted 1: Industriveien 14, 3430 Spikkestad» / «Virksomhet: Produksjon …» over the
    // header: a line about the business between the place and the table does not end the place's reach)
    let k = at - 1;
    while (k > 0 && labelLine(r.units[k]!)) k--;
    const above = r.units[k];
    const object = s.section?.object;
    const right = r.units[at - 1];
    if (object !== undefined && !s.section!.places && right !== undefined && placeLine(right) === object) table.object = object;
    // (only a numbered place, «Forsikringssted 1: …», one of the document's places: a document's one place reaches its
    // property rows by itself, and never its liability row — placeRowsAtDocumentPlace)
    else if (s.section !== undefined && !s.section.places && object === undefined && k < at - 1 && above !== undefined && !above.row && NUMBERED_PLACE.test(above.text)) {
      const place = placeLine(above);
      if (place !== undefined && PLACE_MARKS_IN.test(place)) table.object = place;
    }
  }
  if (described !== undefined && table.object === undefined) table.object = described.place;
  if (s.classHeading !== undefined) table.sectionClass = s.classHeading;
  // («Forsikring | Forsikringssted | … | Pris» again at the top of page 2: the table above goes on, and
  // its rows are this one's too — a total under it is the total of them all)
  const page = u.lines[0]!.page;
  if (s.opened !== undefined && s.opened.page < page && s.opened.table.header?.join('\t') === cells.join('\t')) table.rows = s.opened.table.rows;
  s.opened = { table, page };
  s.table = table;
  // «Premie nå | Premie etter fornyelse»: which column is the schedule's figure is not said
  const unclear = unclearFigures(head);
  if (unclear.length > 0) r.warnUnit(u, `could not tell which of the columns ${quote(head.filter((c) => c.trim() !== '').join(' | '))} is the ${unclear.join(' and the ')} of the period; not read`);
  // («Næringsbygg, Storgata 1, 0155 Oslo» right above: the product, and the place of the rows)
  // («Bygninger (fortsatt)» over the header repeated on page 2: the table «Bygninger» goes on)
  const headedName = headed?.name.replace(GOES_ON, '');
  const headedLine = headedName !== undefined ? (productLine(headedName) ?? { product: headedName }) : undefined;
  const under = productHead ?? labelled ?? headedLine?.product ?? inSection?.product;
  if (records) {
    const cls = rowIndexClass(headedLine!.product);
    if (cls.known && cls.index_class !== 'other') table.recordsClass = cls.index_class;
  }
  // (a title's place: «FORSIKRINGSBEVIS – NÆRINGSBYGG – STORGATA 3, 0155 OSLO», kept with its section)
  const place = headedLine ? (headedLine.object ?? (s.section?.product === headedLine.product ? s.section.object : undefined)) : inSection?.object;
  if (!roles.includes('product') && under !== undefined) {
    // «Hussoppforsikring» over «Bygning | Forsikringssum | …»: the rows' buildings are the heading's product's objects
    const building = head.findIndex((c, i) => roles![i] === undefined && THING_COLUMN.test(lowerCase(c.trim())));
    if (building >= 0 && !roles.includes('object')) roles[building] = 'object';
    // «Bygningar» over «Gnr./bnr. | Bygning | Byggeår | …»: the building's name, then its lot, is the object
    // (the lot alone would lose which building the row is; the name alone, where it stands)
    // (a fleet's «Kjøretøy» beside its plates: the plate alone is the vehicle)
    // («Næringsbygg» over «Forsikringssted | Bygning | Forsikringssum | …», «Forsikringssted | Bygningstype | …»: after
    // an address, the building's kind describes what stands there — the address is the object, as a description
    // line under a row's place is no part of it)
    else if (building >= 0 && table.thingColumn === undefined && !plates && !describesAddress(head, roles, building)) table.thingColumn = building;
    // «Næringsbygg» then «Forsikringssted | Forsikringssum | …»: every row is for the heading's product
    table.lastProduct = under;
    if (place !== undefined && !roles.includes('object')) {
      table.object = place;
      if (inSection?.vehicle !== undefined && inSection.object === place) r.used.add(inSection.vehicle);
    }
    // (under «Dekning | Forsikringssum», G rows are still the heading's items)
    if (!roles.includes('coverage')) s.group = undefined;
    else if (s.group) s.group.table = table;
  }
  // (the section goes on: «Forsikringssted: Bryggegata 3, …» and a second table of its product;
  // a caption names its own table only)
  s.section = inSection && caption === undefined ? { product: inSection.product, gap: 0, read: true } : undefined;
  s.opening = undefined;
  r.used.add(u);
  return true;
}

/**
 * A certificate's header whose empty cells stand over its covers' names, more of them than the rows
 * have: «Forsikringsbevis | Eiendeler | Gjelder fra …» over «      |      | Forsikringssum | Egenandel»
 * and «Maskiner, inventar og løsøre | 640 000 | 8 000» (the title's and the place's cells set the text's
 * columns, which the cover's name runs across). The header as the rows stand — «Dekning», then its
 * columns of figures — when the row under it is a name and one figure per column; undefined otherwise.
 */
function coverStub(cells: string[], next: Unit | undefined): string[] | undefined {
  const named = cells.filter((c) => c.trim() !== '');
  // («FORSIKRINGSBEVIS EIENDELER» / «Forsikringssted …» over «      | Forsikringssum | Egenandel»: one empty cell
  // over the names is that column too — read as the rows' own products, they were the overview's rows again)
  if (cells.length < 3 || cells[0]!.trim() !== '' || !next?.row || next.cells.length !== named.length + 1) return undefined;
  if (named.length < 2 || !named.every((c) => FIGURE_COLUMN.has(columnOf(c) ?? 'product'))) return undefined;
  const name = next.cells[0]!.trim();
  if (name === '' || DIGIT.test(name) || !next.cells.slice(1).every((c) => c.trim() === '' || DIGIT.test(c))) return undefined;
  return ['Dekning', ...named];
}

const FIGURE_COLUMN: ReadonlySet<Col> = new Set(['sum', 'deductible', 'premium']);

/**
 * A header whose two column names stand one space apart, taken for one cell with an empty cell after it
 * («Forsikring | Forsikringssum Egenandel | | Pris» over «Bygning | 12 400 000 | 10 000 | 14 220»): the two
 * names, each its own column — read as one, the rows' sums and deductibles fell under no name and were
 * lost without a word. Other headers as they are.
 */
function namesApart(cells: string[]): string[] {
  const at = cells.findIndex((c, i) => cells[i + 1] === '' && c.includes(' ') && columnOf(c.trim()) === undefined);
  if (at < 0) return cells;
  const two = twoNames(cells[at]!);
  return two ? [...cells.slice(0, at), two[0], two[1], ...cells.slice(at + 2)] : cells;
}

/** «Nr», «Lnr.», «Pos»: the name of a column of the rows' numbers. */
const NUMBER_NAME = /^(?:nr|lnr|pos)\.?$/i;
/** «Objekt / sted», «Bygning / adresse»: a column of the thing and its place. */
const THING_AND_PLACE_NAME = /^(?:objekt|bygning|bygg|eiendom)\s*(?:\/|og)\s*(?:adresse|forsikringssted|sted|beliggenhet)$/;
/** A row's number alone in its cell: «1», «12.». */
const ROW_NUMBER_CELL = /^\d{1,3}\.?$/;

/**
 * «Nr Objekt / sted | Dekning | Sum kr | …» over «1 | Lagerbygg | Brann og vann | 36 800 000 | …»: the column of the rows'
 * numbers set one space from the next name, taken for one cell — the header's two names apart, when the row under it
 * has one cell more and that cell first is a number (read as one, every cell stood one column off its name). Other
 * headers as they are.
 */
function numberApart(cells: string[], next: Unit | undefined): string[] {
  // (the row's number may stand under an empty cell of its own, the number's name run into the next name: «| Nr Objekt / sted |»)
  const k = cells.findIndex((c) => c.trim() !== '');
  const first = k >= 0 ? cells[k]!.trim() : '';
  const space = first.indexOf(' ');
  if (space < 0 || !NUMBER_NAME.test(first.slice(0, space)) || !next?.row) return cells;
  const rest = first.slice(space + 1).trim();
  if (columnOf(rest) === undefined && !THING_AND_PLACE_NAME.test(lowerCase(rest))) return cells;
  const own = k === 0 && next.cells.length === cells.length + 1 && ROW_NUMBER_CELL.test(next.cells[0]!.trim());
  const empty = k === 1 && cells[0]!.trim() === '' && next.cells.length === cells.length && ROW_NUMBER_CELL.test(next.cells[0]!.trim());
  if (own) return [first.slice(0, space), rest, ...cells.slice(1)];
  if (empty) return [first.slice(0, space), rest, ...cells.slice(2)];
  return cells;
}

/** A header cell of two column names one space apart («Forsikringssum Egenandel»), or undefined. */
function twoNames(cell: string): [string, string] | undefined {
  if (!cell.includes(' ') || columnOf(cell.trim()) !== undefined) return undefined;
  const words = cell.trim().split(' ');
  for (let k = 1; k < words.length; k++) {
    const a = words.slice(0, k).join(' ');
    const ca = columnOf(a);
    if (ca === undefined) continue;
    const b = words.slice(k).join(' ');
    const cb = columnOf(b);
    if (cb !== undefined && ca !== cb) return [a, b];
  }
  return undefined;
}

/**
 * A header with a cell of two figure columns' names (no empty cell after it) over rows whose cell
 * there holds two amounts («Forsikringssum Egenandel» over «96 400 000 15 000»: a PDF's two
 * right-aligned columns set as one): the header with the names apart, and the cell's index — each
 * row's cell there is split too (schedule-overview.ts pairedCells). Undefined for any other header.
 */
function pairedHeader(cells: string[], next: Unit | undefined): { cells: string[]; at: number } | undefined {
  // (the row under it must hold two amounts in one cell: asked first, since every line is asked
  // whether it is a header, and splitting each of its cells in two is what costs)
  if (!next?.row || !next.cells.some((c) => AMOUNT_PAIR.test(c.trim()))) return undefined;
  const at = cells.findIndex((c) => {
    const two = twoNames(c);
    return two !== undefined && FIGURE_COLUMN.has(columnOf(two[0])!) && FIGURE_COLUMN.has(columnOf(two[1])!);
  });
  if (at < 0 || !AMOUNT_PAIR.test((next.cells[at] ?? '').trim())) return undefined;
  const two = twoNames(cells[at]!)!;
  return { cells: [...cells.slice(0, at), two[0], two[1], ...cells.slice(at + 1)], at };
}

/** Two grouped amounts run together, perhaps more after them: «96 400 000 15 000», «100 000 4 000 Total pris per år». */
const AMOUNT_PAIR = /^\d{1,3}(?: \d{3})* \d{1,3}(?: \d{3})*(?:\s|$)/;

/**
 * A header whose first cell is empty over rows that start with a product's name («   | Forsikringssum
 * | Egenandel» over «Bygning | Fullverdi | 10 000»): the empty cell is the column of the rows' names.
 * The header's cells as they are otherwise.
 */
function stubNamed(u: Unit, next: Unit | undefined): string[] {
  const cells = u.cells;
  if (cells.length < 3 || cells[0]!.trim() !== '' || !next?.row) return cells;
  const name = (next.cells[0] ?? '').trim();
  if (name === '' || DIGIT.test(name) || !namesProduct(name)) return cells;
  const roles = cells.slice(1).map(columnOf);
  if (roles.some((x) => x === undefined || x === 'product') || roles.filter((x) => x === 'sum' || x === 'deductible' || x === 'premium').length < 2) return cells;
  return ['Forsikring', ...cells.slice(1)];
}

/**
 * «Det er avtalt forsikring på følgende      Årspremie (kr)» over «Bygning   Klubbhus …, 3405 Lier   14 322»:
 * a sentence that leads into the list, then the figures' columns, over rows whose first cell names a
 * product — the cells before the figures are the product's column and the place's (as «Forsikring |
 * Forsikringssted | Årspremie» would name them). The cells as they are for any other row.
 */
function leadInNamed(cells: string[], next: Unit | undefined): string[] {
  const lead = cells.findIndex((c) => c.trim() !== '');
  if (lead < 0 || !LEADS_INTO_LIST.test(lowerCase(cells[lead]!)) || !next?.row) return cells;
  const figures = cells.slice(lead + 1).filter((c) => c.trim() !== '');
  if (figures.length === 0 || !figures.every((c) => FIGURE_COLUMNS.has(columnOf(c) ?? 'product'))) return cells;
  // (at most one empty cell before the figures: the place's column of a tab table, «… følgende | | Årspremie (kr)»)
  const empty = cells.slice(lead + 1).filter((c) => c.trim() === '').length;
  if (empty > 1 || (empty === 1 && cells[lead + 1]!.trim() !== '')) return cells;
  const name = (next.cells[0] ?? '').trim();
  if (name === '' || DIGIT.test(name) || !namesProduct(name)) return cells;
  return cells.map((c, i) => (i === 0 ? 'Forsikring' : i <= lead || (i === lead + 1 && c.trim() === '') ? 'Forsikringssted' : c));
}

/** A sentence that leads into the list under it: «… på følgende», «… følgjande:». */
export const LEADS_INTO_LIST = /(?:^|\s)(?:følgende|følgjande):?$/;
const FIGURE_COLUMNS: ReadonlySet<string> = new Set(['sum', 'deductible', 'premium']);

/** The header cells of a column that describes what each row insures: «Beskrivelse», nynorsk «Skildring» (lower case). */
const DESCRIPTION_COLUMN: ReadonlySet<string> = new Set<string>(RECORD_NOTE_LABELS);

/**
 * A header's «Beskrivelse» column, read as the rows' object, under a place line of its own («Forsikringssted: …» right
 * over the table, or the section's place): the column and the place. The place line names where the rows are; the
 * column then says what each building is («Byggeår 2009, 94 m²», «Frittliggende, 9 m²»), no place of its own.
 * Undefined where no place is stated above, or the header has no such column.
 */
function describedBesidePlace(s: Tables, cells: readonly string[], roles: ReadonlyArray<Col | undefined>): { column: number; place: string } | undefined {
  const place = s.place?.object ?? s.section?.object;
  if (place === undefined || !POSTCODE_IN.test(place)) return undefined;
  const objects = roles.flatMap((x, i) => (x === 'object' ? [i] : []));
  if (objects.length !== 1) return undefined;
  const column = objects[0]!;
  return DESCRIPTION_COLUMN.has(withoutColon(lowerCase(cells[column]!.trim()))) ? { column, place } : undefined;
}
/** A postcode and its place's name: «3580 Geilo». */
const POSTCODE_IN = /\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u;

/** The label of a place line: «Forsikringssted: …», «Adresse: …», «Risikosted …», «Eiendom: Gnr. 12 bnr. 4, …». */
// (numbered where a certificate has several places: «Forsikringssted 1: Industriveien 22, 2815 Gjøvik»)
const PLACE_LINE = new RegExp(`^(${PLACE_LINE_LABELS.join('|')})(?:\\s+(?:nr\\.?\\s*)?\\d{1,2}(?=\\s*:))?(?:\\s*:\\s*|\\s+(?=.*\\d))(\\S.*)$`, 'i');
/** The same labels as a cell of their own («Risikoadresse | Sjøgata 2, 8006 Bodø»). */
const PLACE_LABEL = new Set<string>(PLACE_LINE_LABELS);
/**
 * What the place is used for, in brackets after its postcode and place name: «Storgata 41, 3611
 * Kongsberg (produksjon og butikk)». Not part of the place (as a vehicle's model in brackets is no
 * part of its registration number in an item's place); a bracket with a figure («(gnr. 165, bnr. 23)»)
 * says where and stays.
 */
const USE_AFTER_PLACE = /^(.*\b\d{4}\s+[A-ZÀ-ÖØ-Þ][^()]*?)\s*\([^()\d]*\)$/;
/**
 * Another field on the place's line after its postcode and place name, one space on («Forsikringssted:
 * Hovlandsvegen 41, 2850 Lena Gjelder fra: 01.03.2026», a header block of two columns run together):
 * the place ends at the next label and its colon.
 */
const LABEL_AFTER_PLACE = /^(.*\b\d{4}\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]+(?:\s[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]+)?)\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ.]+(?:\s[a-zà-öø-ÿ.]+){0,2}\s?:\s*\S.*$/;

/** A name, a dash, and a place that a land register number or a postcode and place name mark as one («Gnr. 41 bnr. 7, …», «…, 2317 Hamar»). */
const NAME_DASH_PLACE = /^([A-ZÀ-ÖØ-Þ][^–—:]*?)\s[–—-]\s((?:[Gg]nr\.?\s*\d+|[Gg]\.\s?nr\.?\s*\d+)[^–—]*|[^–—:]*\b\d{4}\s+[A-ZÀ-ÖØ-Þ][^–—:]*)$/;

/**
 * A land register number first, then after a dash the farm's name and its municipality («Gnr. 88 bnr. 1 –
 * Østby, Løten kommune», a farm certificate's heading per lot): the whole line is the place — the name
 * after the lot belongs to it, as the municipality does. No figure after the dash (that would be a row).
 */
const LOT_DASH_NAME = /^(?:[Gg]\.?\s?nr\.?\s*\d+(?:\s*[,/]\s*|\s+)[Bb]\.?\s?nr\.?\s*\d+[^–—:]*?)\s[–—-]\s[A-ZÀ-ÖØ-Þ][^–—:\d]*$/;

/**
 * The place a line names, «Forsikringssted: Storgata 41, 3611 Kongsberg» (or «Risikosted Storgata 41,
 * …» without a colon when a figure follows), its cells joined (a text table may split it over its
 * columns); undefined for any other line, and for a value that holds an amount (a row of figures).
 */
export function placeLine(u: Unit): string | undefined {
  const text = u.row ? u.cells.filter((c) => c.trim() !== '').join(' ') : u.text;
  // «ØVRE GARD – Gnr. 41 bnr. 7, Østre Toten» over a table: the property's name, and after the dash its place
  const named = u.row ? null : NAME_DASH_PLACE.exec(text.trim());
  if (named && !DIGIT.test(named[1]!) && named[2]!.length <= 100) return named[2]!;
  if (!u.row && text.trim().length <= 100 && LOT_DASH_NAME.test(text.trim())) return text.trim();
  const m = PLACE_LINE.exec(text.trim());
  if (!m || !LETTER.test(m[2]!) || m[2]!.length > 100) return undefined;
  const value = m[2]!.trim();
  if (u.row && u.cells.some((c) => BARE_AMOUNT.test(c.trim()))) return undefined;
  // («Forsikringssted Løvstakkveien 8, 5063 Bergen Forsikringssum kr 1 500 000»: a PDF's lines run together — no place)
  if (FIGURE_IN_PLACE.test(value)) return undefined;
  return USE_AFTER_PLACE.exec(value)?.[1] ?? LABEL_AFTER_PLACE.exec(value)?.[1] ?? value;
}

/** A change's mark after a row's name: «Bygning boligselskap *». */
const CHANGE_MARK = /\s+\*+$/;

/** The rest of a header's name on a line of its own: a word or two in lower case, no figure («forsikringssted»). */
const HEADER_REST = /^[a-zæøå][a-zæøå ]{2,30}$/;
/** A rule drawn under a header: dashes, equals signs or underscores alone. */
const RULE_TEXT = /^[-=_–—]{5,}$/;

/**
 * «Produkt /    Dekning    Forsikringssum …» over «forsikringssted»: the header's first name wrapped at its slash, its
 * rest alone on the line under the header (a rule under that) — part of the header, no line that ends its table (the
 * rows under it were lost). Named into the header's cell. False for any other line.
 */
function headerRest(s: Tables, at: number, u: Unit): boolean {
  const table = s.table;
  const header = s.r.units[at - 1];
  if (!table?.header || header === undefined || !s.r.used.has(header) || header.cells.join('\t') !== table.header.join('\t')) return false;
  // (the rule under the header may be read with it: «forsikringssted» over «-------»)
  const t = u.lines[0]!.text.trim();
  const open = table.header.findIndex((c) => c.trim().endsWith('/'));
  if (open < 0 || u.lines.length > 2 || !HEADER_REST.test(t) || u.lines.slice(1).some((l) => !RULE_TEXT.test(l.text.trim())) || !follows(header, u)) return false;
  table.header = table.header.map((c, i) => (i === open ? `${c.trim()} ${t}` : c));
  s.r.used.add(u);
  return true;
}

/**
 * A place line between the rows of the open table («Forsikringssted: Industrivegen 9, 3616 Kongsberg»
 * over a group of rows): the table goes on, its rows from here at that place. False when the line is
 * no place, or the table has a place column of its own.
 */
function placeOfRows(s: Tables, u: Unit): boolean {
  const table = s.table;
  // (a place right over a header is the next table's: «Forsikringssted: …» then «Dekning | Vilkår | …»)
  if (!table || table.roles.includes('object')) return false;
  // «Bransje: Bakeri» right under the place line carried: no row, and the place still reaches the rows below
  const placed = s.place;
  if (placed && table.object === placed.object && labelLinesBetween(s.r, placed.unit.index, u.index + 1)) {
    s.r.used.add(u);
    return true;
  }
  let at = u.index + 1;
  while (s.r.units[at] && labelLine(s.r.units[at]!)) at++;
  const next = s.r.units[at];
  if (!next?.row || overviewHeader(next.cells, true) !== undefined) return false;
  const object = placeLine(u);
  if (object === undefined) return false;
  table.object = object;
  s.place = { object, unit: u };
  s.r.used.add(u);
  return true;
}

/** A place line (placeLine) over a building's description (describesBuilding) and then a table's header. */
function placeOverNextTable(s: Tables, u: Unit): boolean {
  const under = s.r.units[u.index + 1];
  if (under === undefined || !describesBuilding(under) || placeLine(u) === undefined) return false;
  let at = u.index + 1;
  while (s.r.units[at] && (describesBuilding(s.r.units[at]!) || labelLine(s.r.units[at]!))) at++;
  const next = s.r.units[at];
  return next?.row === true && overviewHeader(next.cells, true) !== undefined;
}

/**
 * «Risikoadresse | Sjøgata 2, 8006 Bodø» (label and place in cells of their own, as a page copied
 * from a PDF gives them), perhaps label lines under it («Virksomhet | Bakeri og kafé»), then a
 * header: the place of that table's rows (headerRow), never a row — of the table above, it was a
 * coverage «Risikoadresse» whose sum could not be read. The place must hold a figure (a number, a
 * postcode, a lot). False for any other row.
 */
function placeOverHeader(s: Tables, u: Unit): boolean {
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length !== 2) return false;
  // (inside a product's section its place line is the section's: sectionLine reads it — but a numbered place, one of the
  // document's places, is the place of the table under it there as under no title: «FORSIKRINGSBEVIS – BEDRIFT» over
  // «RISIKOSTED A   Bjørgevegen 12, …»)
  const numbered = numberedPlace(s.r, u, cells);
  if (s.section !== undefined && numbered === undefined) return false;
  if (numbered === undefined && !PLACE_LABEL.has(lowerCase(withoutColon(cells[0]!)))) return false;
  const object = numbered?.place ?? placeLine(u);
  if (object === undefined || !DIGIT.test(object)) return false;
  let at = u.index + (numbered?.lines ?? 1);
  while (s.r.units[at] && labelLine(s.r.units[at]!)) at++;
  const next = s.r.units[at];
  if (!next?.row || overviewHeader(next.cells, true) === undefined) return false;
  s.table = undefined;
  s.place = { object, unit: u };
  s.r.used.add(u);
  // (the place's rest on the line under it is read with it; under a numbered place, the building's description between it
  // and the header, «Verksted og kontor i stål og tre, byggeår 1991, 1 180 m²», is read as what stands there — no amounts)
  if (numbered?.lines === 2) {
    s.place.rest = s.r.units[u.index + 1]!;
    s.r.used.add(s.place.rest);
  }
  if (numbered !== undefined) for (let k = u.index + numbered.lines; k < at; k++) if (buildingLine(s.r.units[k]!)) s.r.used.add(s.r.units[k]!);
  return true;
}

/** A place's label and the number or letter the document calls the place by, as a cell: «FORSIKRINGSSTED 1», «Risikosted B». */
const NUMBERED_PLACE_LABEL = new RegExp(`^(?:${PLACE_LINE_LABELS.join('|')})\\s+(?:nr\\.?\\s*)?(?:\\d{1,2}|[A-Z])$`, 'i');

/**
 * «FORSIKRINGSSTED 1 | Kjellveien 14, 3236 Sandefjord» (no colon: the label and its number one cell, the place another), the
 * place perhaps ending in a comma with its postcode and town on the line under it («Industriveien 7, gnr. 41 bnr. 212,» over
 * «3241 Sandefjord»): a certificate that groups its tables by place and numbers them. The place as one line (placeGoesOn's
 * joining) and how many lines it took; undefined for any other row, and for a place that has neither postcode nor lot.
 */
function numberedPlace(r: Reading, u: Unit, cells: readonly string[]): { place: string; lines: number } | undefined {
  if (!NUMBERED_PLACE_LABEL.test(withoutColon(cells[0]!).trim()) || readAmount(cells[1]!) !== undefined) return undefined;
  const value = cells[1]!;
  const under = r.units[u.index + 1];
  const rest = value.endsWith(',') && under !== undefined && !under.row && follows(u, under) ? under.text.trim() : undefined;
  if (rest !== undefined && placeGoesOn(`Forsikringssted: ${value.slice(0, -1)}`, rest)) return { place: `${value} ${rest}`, lines: 2 };
  // («Forsikringssted 1:  Industrivegen 14, 5300 Kleppestø» over «Gnr 12 Bnr 88, Askøy kommune»: a whole address and the
  // same property's lot in its municipality under it — one place, joined as on one line with its comma; placeGoesOn's rule)
  const lot = !value.endsWith(',') && under !== undefined && !under.row && follows(u, under) ? under.text.trim() : undefined;
  if (lot !== undefined && placeGoesOn(`Forsikringssted: ${value}`, lot)) return { place: `${value}, ${lot}`, lines: 2 };
  return PLACE_MARKS_IN.test(value) && !value.endsWith(',') ? { place: value, lines: 1 } : undefined;
}

/** «Bransje: Bakeri», «Virksomhet: Bakeri og konditori»: a label and a text with no figure, no place and no column's label. */
const LABEL_LINE = /^([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ ./-]{1,30}):\s*(\S.{0,79})$/;

/** The headings of a vessel's block of facts on a hull certificate: «Fartøy», «Fartøyet», «Skip», «Skipet» (lower case, no colon). */
const VESSEL_HEADINGS: ReadonlySet<string> = new Set(['fartøy', 'fartøyet', 'skip', 'skipet', 'fartøyopplysninger', 'opplysninger om fartøyet']);
/** The labels of a vessel's name in that block: «Navn», «Fartøyets navn», «Skipets navn» (lower case, no colon). */
const VESSEL_NAME_LABELS: ReadonlySet<string> = new Set(['navn', 'namn', 'fartøyets navn', 'fartøyets namn', 'fartøynavn', 'skipets navn', 'skipsnavn']);
/** How many of the vessel's facts may stand between its heading and its name. */
const VESSEL_FACTS_REACH = 4;

/** A line's label and value: a field «Navn: HAVBRIS», or a row of the two («Navn:   HAVBRIS»); undefined for another line. */
function labelAndValue(u: Unit): { label: string; value: string } | undefined {
  const cells = u.row ? u.cells.map((c) => c.trim()).filter((c) => c !== '') : [];
  if (u.row) return cells.length === 2 ? { label: withoutColon(cells[0]!).trim(), value: cells[1]! } : undefined;
  if (u.label === undefined) return undefined;
  return { label: withoutColon(u.label).trim(), value: u.text.slice(u.text.indexOf(':') + 1).trim() };
}

/**
 * «Fartøy / Vessel» over «Navn / Name:   HAVBRIS», «Kjenningssignal: LHDX», «Type: Havfiskefartøy, 2016» and then the
 * covers' table («Kasko og maskin | NOK 148 000 000 | …»): a hull certificate names the vessel in a block of its facts,
 * and every cover of the table insures it — the vessel's name is the rows' object, as a boat's row has the boat (its facts
 * are its description, no part of the object). The name, or undefined for any other line.
 */
function vesselName(r: Reading, at: number, u: Unit): string | undefined {
  const lv = labelAndValue(u);
  if (lv === undefined || !VESSEL_NAME_LABELS.has(lowerCase(lv.label)) || lv.value === '' || lv.value.length > 40 || DIGIT.test(lv.value) || KRONER_IN_LINE.test(lv.value)) return undefined;
  for (let k = at - 1; k >= 0 && k >= at - 1 - VESSEL_FACTS_REACH; k--) {
    const above = r.units[k]!;
    if (!above.row && above.label === undefined) return VESSEL_HEADINGS.has(withoutColon(above.lower).trim()) ? lv.value : undefined;
    if (!vesselFact(above)) return undefined;
  }
  return undefined;
}

/** A vessel's fact, a label and a value with no amount in kroner: «Kjenningssignal: LHDX», «Klasse: DNV», «Type: Havfiskefartøy, 2016, 58,6 m». */
function vesselFact(u: Unit): boolean {
  const lv = labelAndValue(u);
  return lv !== undefined && lv.value !== '' && lv.label.length <= 40 && !DIGIT.test(lv.label) && columnOf(lv.label) === undefined && !KRONER_IN_LINE.test(lv.value) && !/\d{1,3}(?: \d{3}){2,}/.test(lv.value);
}

/**
 * A line about the business under a place line (see LABEL_LINE): it is no row, and no place of its own.
 * («Virksomhet | Bakeri og kafé» with a tab and no colon, as a page copied from a PDF gives it: the same.)
 */
function labelLine(u: Unit): boolean {
  // («Forsikringssted: Brodtkorbsgate 6, 1338 Sandvika» / «Forretningsbygg, 4 etasjer, bruttoareal 5 210 m2, byggeår 1986» over
  // the header: what the building at the place is, its floors, area and year — no row, and no place of its own)
  if (buildingLine(u)) return true;
  const cells = u.row ? u.cells.map((c) => c.trim()).filter((c) => c !== '') : [];
  const text = !u.row ? u.text : cells.length === 2 && !cells[0]!.endsWith(':') ? `${cells[0]}: ${cells[1]}` : cells.join(' ');
  const m = LABEL_LINE.exec(text.trim());
  return m !== null && !DIGIT.test(m[2]!) && columnOf(m[1]!) === undefined && placeLine(u) === undefined;
}

/** A line of a building's facts alone («Parkeringshus i betong, byggeår 2004»): no row, no label, no amount, no place. */
function buildingLine(u: Unit): boolean {
  return !u.row && u.label === undefined && u.text.length <= 100 && BUILDING_FACTS.test(u.lower) && !KRONER_IN_LINE.test(u.text) && placeLine(u) === undefined;
}

/** Whether every line strictly between units `from` and `to` is a label line (none at all: true). */
function labelLinesBetween(r: Reading, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!labelLine(r.units[i]!)) return false;
  return true;
}

/** Whether every line strictly between units `from` and `to` is a label line or a line `also` accepts. */
function linesBetween(r: Reading, from: number, to: number, also: (i: number) => boolean): boolean {
  for (let i = from + 1; i < to; i++) if (!labelLine(r.units[i]!) && !also(i)) return false;
  return true;
}

/**
 * «Produksjonslokaler og fryselager, leide lokaler», «Kontor» right under a place line: what the premises at the place are —
 * a short line of words, no figure, no label, no place, no sentence.
 */
function premisesLine(u: Unit): boolean {
  const t = u.text.trim();
  return !u.row && !u.bullet && u.label === undefined && u.lines.length === 1 && t.length <= 80 && t.split(' ').length <= 8 && !DIGIT.test(t) && !/[.:;!?]$/.test(t) && placeLine(u) === undefined;
}

/** A header cell that names what is insured, place or thing: «Objekt», «Forsikringsobjekt», «Forsikret objekt», nynorsk «Forsikra objekt». */
const OBJECT_HEAD = /^(?:objekt|forsikringsobjekt|forsikret objekt|forsikra objekt)$/;
/** How many rows under a header are looked at to tell what its «Objekt» column holds. */
const ROWS_LOOKED_AT = 12;

/**
 * «Objekt | Dekning | Forsikringssum | …» over «Våningshus | Fullverdi | Fullverdi | 10 000 | …» (a farm's
 * certificate under «Forsikringsstad: Nordgard, gnr. 84 bnr. 3, …»): insurers head both a place and a thing
 * «Objekt», so the cells decide. When no cell of the column holds a figure (an address, a postcode, a lot has
 * one) and more of its cells are names the index-class table knows (or a farm's animals and crop) than of the
 * «Dekning» column's, the column names the rows' products and «Dekning» their cover — read the other way,
 * every row was a product «Fullverdi» at a place «Våningshus». Changes `roles` in place.
 */
function thingsInObjectColumn(r: Reading, at: number, cells: string[], roles: Array<Col | undefined>): void {
  const k = roles.indexOf('object');
  const d = roles.indexOf('product');
  if (k < 0 || d < 0 || roles.includes('coverage') || !isDekning(cells[d]!.trim()) || !OBJECT_HEAD.test(lowerCase(withoutColon(cells[k]!.trim())))) return;
  let things = 0;
  let covers = 0;
  for (let i = at + 1; i <= at + ROWS_LOOKED_AT; i++) {
    const u = r.units[i];
    if (!u?.row) break;
    const thing = (u.cells[k] ?? '').trim();
    if (thing === '' || TOTAL_ROW.test(thing)) continue;
    if (DIGIT.test(thing)) return;
    const cover = (u.cells[d] ?? '').trim();
    if (namesProduct(thing) || namesFarmStock(thing)) things++;
    if (cover !== '' && namesProduct(cover)) covers++;
  }
  if (things < 2 || things <= covers) return;
  roles[k] = 'product';
  roles[d] = 'coverage';
}

/**
 * The column headed «Objekt» (OBJECT_HEAD) under a section's title in capitals («EIENDOM», «1 EIENDOM / PROPERTY»)
 * whose cells, two or more, all name products the index-class table knows («Bygning», «Maskiner og inventar»,
 * «Driftstap (12 mnd)» — a bracket's period aside), with no figure: the rows' products. Undefined otherwise (a column
 * of addresses, of the building's own names, or a heading in ordinary case that names a product of its own).
 */
function objectColumnOfProducts(r: Reading, at: number, cells: string[], roles: ReadonlyArray<Col | undefined>, section: string): number | undefined {
  const k = roles.indexOf('object');
  // (the title as written: «1. BYGNING OG LØSØRE» is a part's title though the vocabulary knows its words as a product)
  const name = withoutColon(section.replace(SECTION_NUMBER_LINE_START, '').trim());
  if (k < 0 || roles.includes('product') || roles.includes('coverage') || name !== name.toUpperCase() || !/[A-Za-zÀ-ÖØ-öø-ɏ]{3}/u.test(name)) return undefined;
  if (!OBJECT_HEAD.test(lowerCase(withoutColon(cells[k]!.trim())))) return undefined;
  let products = 0;
  for (let i = at + 1; i <= at + ROWS_LOOKED_AT; i++) {
    const u = r.units[i];
    // (the rows right under the header: a section's heading between rows ends what this header's column is looked at for)
    if (!u?.row) break;
    const thing = (u.cells[k] ?? '').trim().replace(/\s*\([^()]*\)$/, '');
    if (thing === '' || TOTAL_ROW.test(thing) || RULE_ROW.test(u.cells.join(''))) continue;
    if (DIGIT.test(thing) || !namesProduct(thing)) return undefined;
    products++;
  }
  return products >= 2 ? k : undefined;
}

/** A header whose first cell names no column, over a place column and two figure columns or more (see headerRow). */
function recordNames(cells: string[], roles: ReadonlyArray<Col | undefined>): boolean {
  const figures = roles.filter((x) => x === 'sum' || x === 'deductible' || x === 'premium').length;
  // («Objekt | Adresse | …»: a column the vocabulary names as a place, the address the better one — not names)
  return roles[0] === undefined && cells[0]!.trim() !== '' && columnOf(cells[0]!) === undefined && !roles.includes('product') && roles.includes('object') && figures >= 2;
}

/**
 * The caption of the table whose header is at `at`: the line right above it when that line is a
 * short name the index-class table knows («Ulykke ved dugnad og styrearbeid»), not yet read, with
 * no figure, label or sentence mark; or a field that names the product («Forsikring: Innbo»), the
 * only caption taken inside another product's section (labelledOnly). Undefined otherwise.
 */
function captionAbove(r: Reading, at: number, labelledOnly: boolean): string | undefined {
  const above = r.units[at - 1];
  if (!above || above.row || r.news[above.index]) return undefined;
  // (a line whose remark another reader took — «Summene indeksreguleres …» read as the sums' regulation — still opens with
  // the caption's sentence; a used line is otherwise no caption)
  if (r.used.has(above)) return captionBeforeRemark(above.text.trim());
  // «Forsikring: Innbo», «Produkt: Innbo» right over «Dekning | Sum | Egenandel»: the table's title names its product as a field
  if (above.label !== undefined) return PRODUCT_TITLE.test(above.label.trim()) ? captionText(above.text.slice(above.text.indexOf(':') + 1).trim()) : undefined;
  // (a name as its own sentence before a remark captions the table also inside a title's section: «Forsikringsbevis -
  // Boligselskap» over «Bygninger (fullverdi). Summene …» over the table — the title names the kind of customer, the
  // caption the product of the rows)
  return (labelledOnly ? undefined : captionText(above.text.trim())) ?? captionBeforeRemark(above.text.trim());
}

/**
 * «Bygninger (fullverdi). Summene indeksreguleres ved hovedforfall.» right over a table: the product's name as a line's
 * first sentence, a remark on its sums after it (a caption and its note set on one line, as a certificate copied to text
 * or a web page writes them) — the name captions the table, without the form of its sum in brackets («(fullverdi)»,
 * «(førsterisiko)»: how the rows' sums are set, no part of the name). A first sentence with a verb
 * («Bygningene er forsikret til fullverdi.») is a remark itself, no caption.
 */
export function captionBeforeRemark(text: string): string | undefined {
  const parts = sentencesOf(text);
  if (parts.length < 2) return undefined;
  const first = parts[0]!.s.replace(/\.$/, '');
  const form = FORM_IN_BRACKETS.exec(first);
  const name = form && SUM_FORM.test(form[1]!.trim()) ? first.slice(0, form.index).trim() : first;
  if (name.split(/\s+/).length > 4 || REMARK_VERB.test(lowerCase(name))) return undefined;
  return captionText(name);
}

/** A bracket at a name's end: «Bygninger (fullverdi)». */
const FORM_IN_BRACKETS = /\s*\(([^()]*)\)$/;
/** A finite verb that makes a first sentence a remark on the sums, no caption («er forsikret», «blir regulert», «gjeld»). */
const REMARK_VERB = /(?:^|\s)(?:er|blir|vert|var|gjelder|gjeld|omfatter|omfattar|dekker|dekkjer|har)(?:\s|$)/;

/**
 * Whether a table's first header cell names the things insured in a generic word («Bygning», «Gjenstand»,
 * «Objekt», «Eiendel») under a heading that names the product itself, in ordinary case («Næringsbygg»,
 * «Maskiner og inventar»). A heading in capitals is a group's title («KOMMUNEEIENDOM - BYGNINGER»), whose
 * rows name their own products.
 */
function thingsOfProduct(heading: string, first: string): boolean {
  const name = withoutColon(heading.trim());
  // («Hussoppforsikring» over «Bygning | Adresse | …»: one word that ends in «forsikring» names an insurance, known to the
  // table or not; «Forsikrede bygninger» over «Bygg | Adresse | …» is a caption of the things, no product — the rows name their own)
  return GENERIC_THING.test(lowerCase(withoutColon(first.trim()))) && name !== name.toUpperCase() && !DIGIT.test(name) && !THINGS_CAPTION.test(lowerCase(name)) && (namesProduct(name) || INSURANCE_WORD.test(name));
}

/** A generic word for the thing a row insures, heading a table's first column (GENERIC_THING_COLUMNS). */
const GENERIC_THING = new RegExp(`^(?:${GENERIC_THING_COLUMNS.join('|')})$`);

/**
 * A column of the things a product's rows are for: «Bygning», «Bygg», «Bygningstype», «Kjøretøy», «Båt»,
 * and a property or plot by its lots («Juletreforsikring» over «Felt | Areal (daa) | …», PROPERTY_COLUMNS).
 */
const THING_COLUMN = new RegExp(`^(?:bygning|bygninger|bygg|bygningstype|bygningsnavn|type bygning|kjøretøy|køyretøy|bil|båt|fartøy|maskin|arbeidsmaskin|${PROPERTY_COLUMNS.join('|')})$`);

/**
 * Whether the first row under a «Kjøretøy» column starts with a word that names a class of its own
 * («Varebil SU 48112 Ford Transit»: yes; «Volvo FH 500, 2022, reg.nr. …», a make: no). No row: yes, as before.
 */
function firstThingNamesClass(row: Unit | undefined, col: number): boolean {
  const cell = row?.row ? row.cells[col]?.trim() : undefined;
  if (cell === undefined || cell === '') return true;
  const first = cell.split(/[\s,]+/, 1)[0]!;
  return namesProduct(first);
}

/** A column of registration numbers: «Reg.nr.», «Regnr», «Registreringsnummer», «Kjennemerke». */
const PLATE_COLUMN = /^(?:reg\.?\s?nr\.?|regnr\.?|registreringsnummer|registreringsnr\.?|kjennemerke)$/;

/** A place column named by an address's label («Forsikringssted», «Adresse», «Risikoadresse»; not a lot's «Gnr./bnr.»). */
const ADDRESS_COLUMN = /^(?:forsikringssted|forsikringsstad|adresse|risikoadresse|risikosted|beliggenhet|forsikringsadresse|lokasjon)$/;

/**
 * Whether a thing column («Bygning», «Bygningstype») stands after the rows' address column or names a kind: a
 * description of what stands at the address, no part of the object. (After a lot — «Gnr./bnr. | Bygning» — the
 * building's name tells the lot's buildings apart, and is part of it.)
 */
function describesAddress(cells: string[], roles: ReadonlyArray<Col | undefined>, thing: number): boolean {
  const name = lowerCase(cells[thing]!.trim());
  const place = roles.findIndex((x) => x === 'object');
  if (place < 0) return false;
  if (name === 'bygningstype' || name === 'type bygning') return true;
  return place < thing && ADDRESS_COLUMN.test(lowerCase(withoutColon(cells[place]!).trim()));
}

/** A caption of the things a list insures, no product's name: «Forsikrede bygninger», nynorsk «Forsikra bygningar». */
const THINGS_CAPTION = /^(?:forsikrede|forsikra) (?:bygninger|bygningar|bygg|eiendommer|eigedomar|objekter|objekt|steder|stader|forsikringssteder|forsikringsstader|adresser)$/;

/**
 * The one product a certificate's head names as a field («Produkt   Hussopp- og skadedyrforsikring», «Produkt: …»)
 * above a table; undefined where none, or two different ones, are named above it.
 */
/** A head field's name of an insurance in a few words, the last one «…forsikring»: «Hussopp- og skadedyrforsikring». */
const HEAD_PRODUCT = /^[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ-]*(?: (?:og|-)? ?[A-Za-zÀ-ÖØ-öø-ɏ-]+){0,4}forsikring$/u;

export function headProduct(r: Reading, at: number): string | undefined {
  // (asked at every header row, each time of every unit above it: what a unit names is worked out once per reading — with
  // the unit under it in reach, and for the last unit before `at` without it)
  let names = headNamesOf.get(r);
  if (names === undefined) headNamesOf.set(r, (names = new Array<string | undefined>(r.units.length)));
  let found: string | undefined;
  for (let k = 0; k < at; k++) {
    // ('' where the unit names none: no name is empty)
    const name = k + 1 < at ? (names[k] ??= headProductName(r, k, true) ?? '') : (headProductName(r, k, false) ?? '');
    if (name === '') continue;
    if (found !== undefined && found !== name) return undefined;
    found = name;
  }
  return found;
}

/** What each unit of a reading names as the document's product (headProductName with the unit under it in reach). */
const headNamesOf = new WeakMap<Reading, Array<string | undefined>>();

/** The product the unit at `k` names as a head field, or null; `withBelow`: the unit under it may be read with it. */
function headProductName(r: Reading, k: number, withBelow: boolean): string | null {
  const v = r.units[k]!;
  // («Produkt» over «Båtforsikring», a web page's confirmation copied one cell a line: the label alone over its value)
  const below = r.units[k + 1];
  const stacked = !v.row && v.label === undefined && /^produkt$/i.test(v.text.trim()) && below !== undefined && withBelow && !below.row && below.label === undefined && below.lines.length === 1 ? below.text.trim() : undefined;
  const name = stacked ?? titledProduct(v, withBelow ? below : undefined) ?? overviewTitleProduct(v) ?? (v.row && v.cells.length === 2 && /^produkt:?$/i.test(v.cells[0]!.trim()) ? v.cells[1]!.trim() : v.label !== undefined && /^produkt$/i.test(v.label.trim()) && !v.row ? v.text.slice(v.text.indexOf(':') + 1).trim() : undefined);
  if (name === undefined || name === '' || DIGIT.test(name) || (captionText(name) === undefined && !HEAD_PRODUCT.test(name))) return null;
  return name;
}

/**
 * «FORNYELSE – LANDBRUKSFORSIKRING», «Gardsforsikring – oversikt frå 01.01.2025   Avtalenummer 31 2209 418»: a renewal's
 * title or an overview's caption that names one insurance, the renewal's word before it or «oversikt» after it — the
 * product of a table under it whose rows are its objects («Forsikringsobjekt», «Forsikringsstad / objekt»), as a
 * «Produkt» field names it (read without it, each building, each machine list became a product of its own). The
 * agreement's number or the page beside the caption is the page's fact. Undefined for any other line.
 */
function overviewTitleProduct(v: Unit): string | undefined {
  const cells = v.row ? v.cells.map((c) => c.trim()).filter((c) => c !== '') : [v.text.trim()];
  if (cells.length > 2 || (cells.length === 2 && !PAGE_FACT.test(cells[1]!)) || v.label !== undefined) return undefined;
  const m = OVERVIEW_TITLE.exec(cells[0]!);
  if (!m || (m[1] === undefined && m[3] === undefined)) return undefined;
  // (a word that ends in «forsikring» is an insurance's name, known to the index table or not: headProductName asks HEAD_PRODUCT)
  return m[2]![0]!.toUpperCase() + m[2]!.slice(1).toLowerCase();
}
/** The renewal's word and a dash before one insurance's name (group 2), or a dash and «oversikt» (a date perhaps) after it. */
const OVERVIEW_TITLE = /^(?:(fornyelse|fornying|FORNYELSE|FORNYING)\s*[–—-]\s*)?([A-Za-zÆØÅæøå]{2,30}(?:forsikring|FORSIKRING))(\s*[–—-]\s*(?:oversikt|oversyn|OVERSIKT|OVERSYN)(?:\s+(?:fra|frå|per|pr\.)\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{4})?)?$/u;
/** The page's own fact beside a caption: the agreement's number, or the page («Avtalenummer 31 2209 418», «Side 2 av 3»). */
const PAGE_FACT = /^(?:avtalenummer|avtalenr\.?|forsikringsnummer|polisenummer|kundenummer|side)\s*:?\s*[\dA-Z]/i;

/**
 * «Tryg Forsikring          FORSIKRINGSBEVIS» over «Tryg Forsikring, filial av …          Hund»: a certificate's title set
 * in the letterhead's last column, and under it in the same column the one product the certificate is for — as a
 * «Produkt» field names it (read without it, each cover of a «Dekninger» table under the head was a product of its own).
 * Undefined unless both are rows of the same cells and the name under the title is a product's.
 */
export function titledProduct(v: Unit, below: Unit | undefined): string | undefined {
  if (below !== undefined && !v.row) return productUnderTitle(v, below);
  if (below === undefined || !v.row || !below.row || v.cells.length < 2 || below.cells.length !== v.cells.length) return undefined;
  if (!CERTIFICATE_TITLES.has(lowerCase(v.cells[v.cells.length - 1]!.trim()))) return undefined;
  const name = below.cells[below.cells.length - 1]!.trim();
  return name !== '' && namesProduct(name) ? name : undefined;
}

/**
 * «FORSIKRINGSBEVIS» centred on a line of its own over «Ansvarsforsikring – Bedrift og produkt», «Forsikringsbevis /
 * Certificate of Insurance» over «Vareforsikring – årsavtale / Cargo Insurance – Annual Open Cover»: a business
 * certificate's title alone, and on the line right under it the one product the certificate is for — as a «Produkt» field
 * names it (read without it, each cover of the «Dekning» table under the head was a product of its own). The agreement's
 * form after a dash («– årsavtale», «– flåteavtale») says how the product is bought, no part of its name; the kind of
 * cover after a dash («– Bedrift og produkt») is. Undefined unless the name under the title is a product's.
 */
export function productUnderTitle(v: Unit, below: Unit): string | undefined {
  if (v.label !== undefined || below.row || below.label !== undefined || below.lines.length !== 1) return undefined;
  if (!CERTIFICATE_TITLES.has(lowerCase(v.text.trim()))) return undefined;
  const name = below.text.trim().replace(AGREEMENT_FORM_AFTER, '');
  // (one insurance, named so — «Ansvarsforsikring …», «Vareforsikring»: a package's name under the title, «Ting og ansvar»
  // over parts of their own, names no one product of the tables under it)
  if (!ONE_INSURANCE.test(name)) return undefined;
  return name.length <= 60 && !DIGIT.test(name) && !/[.:;!?]$/.test(name) && namesProduct(name) ? name : undefined;
}

/** A name whose first word is an insurance: «Ansvarsforsikring – Bedrift og produkt», «Vareforsikring», «ANSVARSFORSIKRING». */
const ONE_INSURANCE = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ-]*(?:forsikring|FORSIKRING)(?=$|\s)/u;

/** The labels of a title that names its table's product as a field: «Forsikring: Innbo», «Produkt: Innbo». */
const PRODUCT_TITLE = /^(?:produkt|forsikring|forsikringstype|forsikringsart)$/i;

/** A dash and a word for a list or an overview after a caption's product: « - kjøretøyliste», « – oversikt». */
const LIST_AFTER = /\s+[-–]\s+[a-zæøå]*(?:liste|oversikt|oversyn)$/;

/** A caption's text when it is a short name the index-class table knows, with no figure or sentence mark. */
function captionText(text: string): string | undefined {
  // («Motorvogn - kjøretøyliste»: the product, and after a dash what the table is — a list, no part of its name)
  text = text.replace(LIST_AFTER, '');
  // («Hussoppforsikring»: one word that ends in «forsikring» names an insurance, known to the table or not)
  if (text.length > 60 || DIGIT.test(text) || CAPTION_END.test(text) || !UPPER_START.test(text) || !(namesProduct(text) || INSURANCE_WORD.test(text))) return undefined;
  // («Ansvarssummer og egenandeler» over a liability certificate's «Dekning | Pr. skade | …»: a caption that names the
  // table's figures names no product, though «ansvar» is in its word)
  if (FIGURES_CAPTION.test(text)) return undefined;
  return text;
}

/** A caption of a table's figures: «Ansvarssummer og egenandeler», «Forsikringssummer og egenandeler (NOK)», «Egenandeler». */
// («Maksimalbeløp per sending» over a goods insurance's limits by conveyance: the figures' caption too)
const FIGURES_CAPTION = /^(?:ansvars|forsikrings|erstatnings)?summ(?:er|ar|ene|ane)\b|^(?:egenandel|eigenandel)(?:er|ar|ene|ane)\b|^maksim(?:al|um)(?:beløp|summ?)?\b/i;

/** A line that ends a sentence or introduces what follows is no caption. */
const CAPTION_END = /[.:;!?]$/;
/** One word that is a kind of insurance: «Hussoppforsikring», «Skadedyrforsikring». */
const INSURANCE_WORD = /^[A-ZÆØÅ][a-zæøå]{3,}forsikring$/;
const UPPER_START = /^[A-ZÀ-ÖØ-Þ]/;

/** A row under the open table: a coverage, a total (which ends the table), a rule, or a row warned; false when it is none of the table's. */
/** «EIKA FORSIKRING      Polise 1502 887 441», «Tryg Forsikring»: an insurer's name alone, or with its policy number's label and number. */
function insurerPart(u: Unit): boolean {
  const cells = u.cells.map((x) => x.trim()).filter((x) => x !== '');
  if (cells.length === 0 || cells.length > 2 || !INSURER_NAME_SET.has(lowerCase(cells[0]!))) return false;
  if (cells.length === 1) return true;
  // («Polise 1502 887 441», «Polisenr.: PRO-NO-776210»: a label of the number, then a figure)
  const label = /^([a-zæøå. ]+?)[\s.:]+(?=\S*\d)/.exec(lowerCase(cells[1]!));
  return label !== null && POLICY_LABELS.has(label[1]!.trim());
}

function openTableRow(s: Tables, u: Unit, table: Table): boolean {
  const r = s.r;
  // («HDI Global Specialty SE | Side 2 av 2»: a letterhead with the page's number where the table goes on — never a row)
  if (RULE_ROW.test(u.cells.join('')) || u.cells.some((c) => PAGE_MARK.test(c))) {
    r.used.add(u);
    return true;
  }
  // («EIKA FORSIKRING      Polise 1502 887 441» under a broker's table of another insurer's policies: the next insurer's
  // part begins, and its own header follows — the table ends, the line is no row of it)
  // (its number is one of the document's policy numbers, weighed with the others; a row whose first cell names its
  // insurer, «Gjensidige | Husforsikring | …» in a broker's table, has more cells than a name and a number)
  if (insurerPart(u)) {
    r.used.add(u);
    return false;
  }
  if (setInItem(s, u, table)) return true;
  // («Produkt- og» over «bedriftsansvar»: the name cell wrapped onto a line of its own; «Ørland bo- og» over
  // «behandlingssenter» in the column of the rows' things the same — cut, the row is still read by its place)
  const thing = table.thingColumn;
  // («Bil Kasko | 8 000 kr | 9 864 kr» over «   herav ansvar   Iht. lov   (inngår)»: the part of the row it prices, no row)
  const breakdown = breakdownUnder(u, r.units[u.index + 1]);
  if (breakdown) r.used.add(r.units[u.index + 1]!);
  const wrapped = breakdown ? undefined : wrappedName(u, r.units[u.index + 1], thing === undefined ? table.roles : table.roles.map((x, i) => (i === thing ? 'product' : x)), r.units[u.index + 2]);
  const wrap = wrapped === 'cut' && thing !== undefined ? undefined : wrapped;
  if (wrap === 'cut') {
    r.warnUnit(u, `the name ${quote(u.cells.find((x) => x.trim() !== '')!.trim())} is cut off and its rest was not found; the row was not read`);
    r.used.add(u);
    return true;
  }
  if (premiumBelowTable(s, u, table)) return true;
  const row = wrap?.unit ?? u;
  if (wrap?.next) {
    r.used.add(wrap.next);
    s.continued = wrap.next;
  }
  let c = overviewRow(r, row, table);
  // («Motorvogn | Traktor Valtra N134, AB 12345» over its set-in coverages: read with them)
  if (c === 'misaligned' || c === 'figure' || c === 'parent') {
    r.used.add(u);
    return true;
  }
  if (c === 'total') {
    // a total ends its table
    r.used.add(u);
    s.table = undefined;
    return true;
  }
  if (c === 'off') {
    r.warnUnit(u, `could not tell which columns of the table above the cells of ${quote(u.text)} stand in (a PDF row off its columns); not read`);
    r.used.add(u);
    return true;
  }
  if (!c) {
    if (wrap?.next) {
      r.used.delete(wrap.next);
      s.continued = undefined;
    }
    return false;
  }
  r.used.add(u);
  if (table.coverage !== undefined && c.coverage === undefined) c = ordered({ ...c, coverage: table.coverage });
  // («Våningshus | 4 850 000 | …» over «Nordre Lyngstad,» and «Gnr 88 Bnr 3, 7650 Verdal»: the row's place under it, over
  // lines of its own — they ended the table, and every row under it was lost)
  const under = c.object === undefined ? (placeLinesUnder(r.units, (wrap?.next ?? u).index + 1, table.roles) ?? labelledLineUnder(r.units, (wrap?.next ?? u).index + 1, table.roles)) : undefined;
  if (under !== undefined) {
    // («Bygning boligselskap *»: a mark of what changed, as the document explains it, is no part of the name)
    c = ordered({ ...c, ...(c.product !== undefined ? { product: c.product.replace(CHANGE_MARK, '') } : {}), object: under.place });
    for (const v of under.units) {
      r.used.add(v);
      (s.taken ??= new Set()).add(v);
    }
  }
  // («Haugenvegen 41 | kr 9 850 000 | …» over «Gnr 88 Bnr 3, 2260 Kirkenær» and «Driftsbygning, fjøs og låve, byggeår
  // 1978»; «Varer på utelager – Sagbruksvegen 6   kr 2 000 000 …» over «    førsterisiko»: the lines under a row without
  // amounts, up to the next row or a gap, are the row's — its place's rest, its name's rest, its facts and notes)
  // (under a name joined from two lines, «Maskin og» over «løsøre», the lines under its rest: the name's line is read)
  // (under a description set in and read as the row's note — «  Toyota RAV4 Hybrid, EB 73915» — the lines set in under it
  // are the row's too: «  Årlig kjørelengde 16 000 km, bonus 75 %»; left alone, they ended the table)
  const described = wrap?.next !== undefined && wrap.note !== undefined && !wrap.remark && (wrap.next.lines[0]!.indent ?? 0) >= 2;
  const rest = under === undefined && (!wrap?.next || (wrap.note === undefined && c.object === undefined) || described) ? linesUnderRow(r.units, (wrap?.next ?? u).index + 1, table.roles, row) : undefined;
  if (rest !== undefined) c = withLinesUnder(r, s, u, row, table, c, rest);
  // («Innboforsikring | Bjørndalsveien 3, 7092 Tiller | 4.000 kr | 2.904 kr» over «  Forsikringssum 1.200.000 kr»: the row's sum)
  const figure = under === undefined && rest === undefined ? setInFigure(r, row, wrap?.next ?? u, table, c) : undefined;
  if (figure !== undefined) {
    c = ordered({ ...c, ...figure.field });
    r.used.add(figure.unit);
    (s.taken ??= new Set()).add(figure.unit);
  }
  const priced = sectionPremium(s, wrap?.next ?? row, table, c);
  if (priced !== undefined) {
    s.push(priced, row);
    return true;
  }
  // («Gruppeliv | Dødsfall | 10 G»: held, in case the product cell spans sub-rows under it)
  const held = wrap === undefined ? holdRow(s.spans, table, row, c) : undefined;
  if (held !== undefined) {
    if (s.spans !== held) heldRows(s);
    s.spans = held;
    return true;
  }
  if (wrap?.remark && wrap.note !== undefined) c = remarkSays(r, c, wrap.note);
  const pushed = wrap?.note !== undefined ? ordered({ ...c, note: c.note !== undefined ? `${c.note}; ${wrap.note}` : wrap.note }) : c;
  s.push(pushed, row);
  (table.rows ??= []).push(pushed);
  table.rowEnd = rest !== undefined ? rest.units[rest.units.length - 1]!.index : (figure?.unit ?? wrap?.next ?? u).index;
  return true;
}

/**
 * «Innboforsikring   Bjørndalsveien 3, 7092 Tiller   4.000 kr   2.904 kr» over «  Forsikringssum 1.200.000 kr», in a table
 * with no sum column («Forsikring | Gjelder for | Egenandel | Pris/år»): a figure of a kind the table has no column for,
 * labelled on a line of its own set in right under the row — the row's own (a letter's overview states the sum only for
 * the products that have one in kroner). Read as no line of the table, it had ended the table, and the rows under it were
 * lost. Only a line the field reader reads as one figure's label and amount, with the next row of the table or a gap
 * right under it; undefined otherwise.
 */
function setInFigure(r: Reading, row: Unit, end: Unit, table: Table, c: Coverage): { field: Partial<Pick<Coverage, 'sum' | 'deductible' | 'premium'>>; unit: Unit } | undefined {
  const v = r.units[end.index + 1];
  if (v === undefined || v.row || v.bullet || v.lines.length !== 1 || r.used.has(v)) return undefined;
  const line = v.lines[0]!;
  const last = end.lines[end.lines.length - 1]!;
  if (line.page !== last.page || line.line !== last.line + 1 || (line.indent ?? 0) <= (row.lines[0]!.indent ?? 0)) return undefined;
  const f = fieldOf(v);
  if (f === undefined || (f.col !== 'sum' && f.col !== 'deductible' && f.col !== 'premium') || table.roles.includes(f.col) || c[f.col] !== undefined) return undefined;
  // (the table's next row, or a gap, right under it: a line that starts something else is not the row's)
  const after = r.units[v.index + 1];
  const al = after?.lines[0];
  if (al !== undefined && al.page === line.page && al.line === line.line + 1 && !(after!.row && after!.cells.length === table.roles.length)) return undefined;
  if (f.col === 'sum') {
    const sum = readSum(f.value);
    return sum !== undefined && readAmount(f.value) !== undefined ? { field: { sum }, unit: v } : undefined;
  }
  const amount = readAmount(f.value);
  return amount !== undefined ? { field: { [f.col]: amount }, unit: v } : undefined;
}

/**
 * «Peugeot Kisbee 50, MF 2187 | Kasko | 3 000,- | 2 190,-» over «  Ansvar   Iht. lov», «  Førar- og passasjerulukke   200 000,-»,
 * «  Fastmontert utstyr   10 000,-» set in, right under it: a vehicle's or a home's certificate lists what the row's cover
 * takes in under it, each part's name and its sum — the row's items, as a card's «Dette er med» lists them. Read as rows of
 * their own, the law's «Iht. lov» became a cover and the sums stood in the deductible's column. Only a line of two cells —
 * a name without figures and one sum (kroner, G, «Iht. lov») — set in from the table's margin, right under the row or its
 * items; a set-in line of more cells is a row of its own (a vehicle's second cover).
 */
function setInItem(s: Tables, u: Unit, table: Table): boolean {
  const above = table.rows?.[table.rows.length - 1];
  // (under a row with no figures, «Arbeidsmaskin   Løypemaskin …» over «      Ansvar   1 260», the set-in lines are its covers: overviewRow)
  if (above === undefined || !u.row || u.lines[0]!.setIn !== true || table.parent !== undefined || table.rowEnd === undefined || table.rowEnd !== u.index - 1) return false;
  const cells = u.cells.filter((c) => c.trim() !== '');
  if (cells.length !== 2 || !LETTER.test(cells[0]!) || DIGIT.test(cells[0]!)) return false;
  // («Totalt per år:   6 984 kr» set in under the last row, «Årspremie   kr 4 960»: the table's total or a figure's label, no part)
  const name = withoutColon(cells[0]!.trim());
  if (TOTAL_ROW.test(name) || isTotal(name) || columnOf(name) !== undefined || namesFigure(name)) return false;
  const sum = readSum(cells[1]!);
  if (sum === undefined) return false;
  (above.items ??= []).push({ name, sum });
  table.rowEnd = u.index;
  s.r.used.add(u);
  return true;
}

/** The coverage of a table's row with the lines under it (linesUnderRow) read into it: its name's rest, its place's rest, its notes and facts. */
function withLinesUnder(r: Reading, s: Tables, u: Unit, row: Unit, table: Table, c: Coverage, rest: RowLines): Coverage {
  const notes = [...rest.notes];
  const own = c.object;
  // (the name's rest only after a thing's name that holds no place; else the line is a note)
  const thingAt = row.cells.findIndex((x) => x.trim() !== '');
  const nameCell = thingAt >= 0 ? row.cells[thingAt]!.trim() : '';
  const thingRole = table.roles[thingAt];
  if (rest.nameRest !== undefined) {
    if (!/\d/.test(nameCell) && (thingRole === 'object' || thingRole === 'product') && (thingRole === 'object' ? own === nameCell : c.product === nameCell)) {
      c = thingRole === 'object' ? ordered({ ...c, object: `${nameCell} ${rest.nameRest}` }) : ordered({ ...c, product: `${nameCell} ${rest.nameRest}` });
    } else notes.unshift(rest.nameRest);
  }
  // («Rundballepresse Krone | Brann, tyveri | 640.000 kr | …» over «Comprima V150 (ny)» at the row's margin in a PDF, the
  // next row under it: the text sets the line in under the name, the PDF lost that — the name's rest or a note, nothing
  // shows; the object cut short was a value the text does not read. Left out and warned, the line kept as a note.)
  else if (rest.marginRest !== undefined && r.policy.source.kind === 'pdf' && thingRole === 'object' && own === nameCell && nameCell !== '' && !/\d/.test(nameCell)) {
    r.warnUnit(u, `the line ${quote(rest.marginRest)} under ${quote(nameCell)} may be the rest of its name or a note; the object was not read`);
    const { object: _object, ...without } = c;
    c = without;
  }
  if (rest.place !== undefined) {
    // («Verkstedveien 8,» in the row's place cell, not read as a place alone, over «3036 Drammen»: the cell's text is the
    // place's start — the line under it is its rest, never the whole place)
    // (the line set in the row's columns, «\t\t\t3036 Drammen\t\t\t»: its column's cell in the row, whatever its header)
    const under = rest.units[0]!.lines[0]!.cells;
    const at = under.length === row.cells.length && under.filter((x) => x.trim() !== '').length === 1 ? under.findIndex((x) => x.trim() !== '') : table.roles.indexOf('object');
    const cell = at >= 0 && (table.roles[at] === 'object' || table.roles[at] === undefined) ? (row.cells[at] ?? '').trim() : '';
    // (a place's start: a street's number or a comma that goes on — not the row's name in a column headed «Objekt»)
    const placeCell = cell !== c.product && (/\d/.test(cell) || cell.endsWith(',')) ? cell : '';
    const start = own ?? (placeCell !== '' ? placeCell : undefined);
    // (a place that has its postcode already gets no second one: the line is a note)
    if (start === undefined) c = ordered({ ...c, object: rest.place });
    // («Hardangerveien 114, Gnr 31» over «Bnr 212, 5221 Nesttun»: the lot broken between its two numbers — one lot, as
    // written on one line; read as a place that had its lot, the rest was a note and the object was cut short)
    else if (lotBrokenAt(start, rest.place)) c = ordered({ ...c, object: `${start} ${rest.place}` });
    else if (!/\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u.test(start) && !/\b(?:gnr|gårdsnr)\.?\s*\d/i.test(start)) c = ordered({ ...c, object: `${start.replace(/,$/, '')}, ${rest.place}` });
    else notes.unshift(rest.place);
  }
  for (const n of notes) c = remarkSays(r, c, n);
  if (notes.length > 0) c = ordered({ ...c, note: [c.note, ...notes].filter((x) => x !== undefined).join('; ') });
  for (const v of rest.units) {
    r.used.add(v);
    (s.taken ??= new Set()).add(v);
  }
  return c;
}

/**
 * A place that ends with the first half of a lot, its gårdsnummer («…, Gnr 31»), over a line that begins with the second,
 * its bruksnummer («Bnr 212, 5221 Nesttun»): a lot broken at the cell's end.
 */
export function lotBrokenAt(start: string, rest: string): boolean {
  return /\b(?:gnr|gårdsnr)\.?\s*\d+$/i.test(start.trim()) && /^(?:bnr|bruksnr)\.?\s*\d+/i.test(rest.trim());
}

/** «førsterisiko», «fyrsterisiko», «1. risiko» in a row's remark. */
const FIRST_RISK_REMARK = new RegExp(FIRST_RISK_SOURCE, 'i');

/**
 * A row's remark in a bracket under it («(førsterisiko, vert ikkje indeksregulert)»): its sum is a first-risk sum where
 * it says so, and follows no index where it says so (src/parse/schedule-unindexed.ts NOT_INDEXED) — the row's own facts.
 */
function remarkSays(r: Reading, c: Coverage, note: string): Coverage {
  let out = c;
  if (typeof out.sum === 'string' && FIRST_RISK_REMARK.test(note)) out = { ...out, sum: { first_risk: out.sum } };
  if (out.index_class !== undefined && NOT_INDEXED.test(note.toLowerCase())) {
    if (out.index_class === 'other') r.withdraw(`index class of «${out.product}» is not known from its name; set to other`);
    out = { ...out, index_class: 'none' };
  }
  return out;
}

/** «Premie for denne forsikringen», «Pris for forsikringen»: a certificate's premium, under its table. */
const THIS_PREMIUM = /^(?:(?:premie|pris|årspremie|årspris)\s+(?:for|på)\s+(?:denne\s+)?forsikringen|forsikringens\s+(?:premie|pris))$/i;

/**
 * «Årspremie | kr 21 450» under «Dekning | Forsikringssum» rows: a premium for the rows above
 * together, in a table that has no premium column — never a row whose coverage is «Årspremie» and
 * whose sum is the premium (a wrong value). The model holds a premium per row, and which row it
 * belongs to is not said: a warning, and the table ends; under a table of one row, that row's
 * premium. False for any other row.
 */
function premiumBelowTable(s: Tables, u: Unit, table: Table): boolean {
  if (table.roles.includes('premium')) return false;
  const cells = u.cells.filter((c) => c.trim() !== '');
  if (cells.length !== 2) return false;
  const label = withoutColon(cells[0]!.trim());
  const premium = readAmount(cells[1]!);
  if (premium === undefined || (columnOf(label) !== 'premium' && !THIS_PREMIUM.test(label))) return false;
  // «Premie for denne forsikringen | 1 904» under a certificate's one row: that row's premium
  // (not where G items of a product stand above it too: then the premium is the product's, and that row only one of its covers)
  const only = table.rows?.length === 1 && s.spans === undefined && !(s.group !== undefined && s.group.items.length > 0) ? table.rows[0]! : undefined;
  if (only !== undefined && only.premium === undefined) {
    const withPremium = ordered({ ...only, premium });
    for (const k of Object.keys(only)) delete (only as unknown as Record<string, unknown>)[k];
    Object.assign(only, withPremium);
    s.r.used.add(u);
    s.table = undefined;
    return true;
  }
  // («Premie per år | kr 18 450» under «Dekning | Forsikringssum» rows that are all G items of the product heading above: that product's premium)
  const group = s.group;
  if (group !== undefined && group.items.length > 0 && group.premium === undefined && (table.rows?.length ?? 0) === 0) {
    group.premium = premium;
    s.r.used.add(u);
    s.table = undefined;
    return true;
  }
  s.r.warnUnit(u, `${quote(u.text)} is a premium for the rows above together, and the table has no premium column to say whose; not read`);
  s.r.used.add(u);
  s.table = undefined;
  return true;
}

/** «Pris per år | 11 460»: a price line's amount, in a row of a premium's name and one amount; undefined for any other row. */
function priceLine(u: Unit | undefined): string | undefined {
  if (u === undefined || !u.row) return undefined;
  const cells = u.cells.filter((c) => c.trim() !== '');
  if (cells.length !== 2 || columnOf(withoutColon(cells[0]!.trim())) !== 'premium') return undefined;
  return readAmount(cells[1]!);
}

/**
 * Each section of a table closed by its own price line, in a table with no premium column:
 *   «Bygning   Fjellvegen 3, 6900 Florø   Fullverdi   10 000»
 *   «  Pris per år                                   11 460»
 *   «Innbo     Fjellvegen 3, 6900 Florø   900 000      4 000»
 *   «  Pris per år                                    3 120»
 * the price line right under a row is that row's premium when the row is the first of the table or
 * the first after the previous section's price line (a section of one row). Under two rows or more
 * it is the rows' together (premiumBelowTable). The row with its premium, or undefined.
 */
function sectionPremium(s: Tables, last: Unit, table: Table, c: Coverage): Coverage | undefined {
  if (table.roles.includes('premium')) return undefined;
  if (s.sectionRows?.table !== table) s.sectionRows = { table, n: 0 };
  const first = s.sectionRows.n++ === 0;
  const next = s.r.units[last.index + 1];
  const premium = priceLine(next);
  if (premium === undefined || !first) return undefined;
  s.r.used.add(next!);
  s.sectionRows.n = 0;
  return ordered({ ...c, premium });
}

/** «Sum Yrkesskadeforsikring»: a total's word and a name after it. */
const SUM_OF = /^(?:sum|totalt|i alt)\s+(.+)$/i;

/**
 * «Sum Yrkesskadeforsikring | | kr 21 480» closing the G rows of «1  Yrkesskadeforsikring (lov om
 * yrkesskadeforsikring)» under «Ytelse | Forsikringssum | Årspremie»: the row that names the product
 * carries its premium (it ended the table unread). False for any other row.
 */
function sumRowPremium(s: Tables, u: Unit, cells: string[]): boolean {
  if (!rowUnderItems(s, u, cells)) return false;
  const m = SUM_OF.exec(withoutColon(cells[0]!.trim()));
  if (!m) return false;
  const named = lowerCase(m[1]!.trim());
  const product = lowerCase(s.group!.name.trim());
  if (!(product === named || product.startsWith(`${named} `) || product.startsWith(`${named}(`))) return false;
  return takeGroupPremium(s, u, cells[1]!);
}

/** A row of two cells right under the items of a product heading whose premium is not known yet. */
function rowUnderItems(s: Tables, u: Unit, cells: string[]): boolean {
  const group = s.group;
  // («Produkt: Gruppeliv» / «Forsikringssum: 10 G per ansatt» / «Premie: kr 22 150»: under a cover's own sum as under items)
  return group !== undefined && (group.items.length > 0 || (group.fielded === true && group.own !== undefined)) && group.lastIndex + 1 === u.index && group.premium === undefined && cells.length === 2;
}

/** The heading's premium from the row's amount cell: taken (the row used), or false when it is no amount. */
function takeGroupPremium(s: Tables, u: Unit, cell: string): boolean {
  const premium = readAmount(cell);
  if (premium === undefined) return false;
  s.group!.premium = premium;
  s.group!.lastIndex = u.index;
  s.r.used.add(u);
  return true;
}

/** The group's deductible from the amount of a row under its items: taken (the row used), or false when it is none or the group has one. */
function takeGroupDeductible(g: Group, u: Unit, cell: string, r: Reading): boolean {
  // (only under the parts of a cover of one thing, «Båten» above: «Eigenandel: kr 0» under a person product's G items is left as it was)
  const deductible = g.deductible === undefined && g.described ? readAmount(cell) : undefined;
  if (deductible === undefined) return false;
  g.deductible = deductible;
  g.lastIndex = u.index;
  r.used.add(u);
  return true;
}

/** The policy number's label, «Avtalenummer:» («Avtalenummer: 66 120 448» under a title is the number, never an item in kroner). */
const POLICY_LABELS: ReadonlySet<string> = new Set(POLICY_NUMBER.labels);
const namesPolicyNumber = (name: string) => POLICY_LABELS.has(lowerCase(withoutColon(name).trim()).replace(/\.$/, ''));

/** «Behandlingsutgifter | kr 50 000»: a row of a name and one amount, no word of a change («fra», «til», «økes» …) in it. */
function plainItemRow(u: Unit, cells: string[]): boolean {
  return cells.filter((c) => c.trim() !== '').length === 2 && !ROW_CHANGE_WORDS.test(lowerCase(u.text)) && amountsIn(u.text).length === 1;
}
const ROW_CHANGE_WORDS = /(?:^|[^a-zæøå])(?:fra|frå|til|økes|øker|økt|auka|aukar|endres|endret|endra|blir|vert|reduseres|redusert|tidligere|tidlegare|ny|nytt|nye)(?![a-zæøå])/;

/** «inntil 1 G, egenandel 1 000 kr per ulykke»: a sum cell, then after a comma the deductible's word and one amount (what it is counted per after it). */
const ITEM_DEDUCTIBLE = /^(.*\S),\s*(?:egenandel|eigenandel|eigendel)\s+((?:kr\.?\s*|nok\s*)?\d{1,3}(?:[ .]\d{3})*(?:,-)?(?:\s*(?:kr|kroner|nok)\.?)?)(?:\s+(?:per|pr\.?)\s+[a-zæøå]+)?\.?$/i;

/**
 * A G item's cell that states its own deductible after its sum, as a child's or an accident insurance lists its benefits
 * («Behandlingsutgifter etter ulykke | inntil 1 G, egenandel 1 000 kr per ulykke»): the sum's text and the deductible;
 * undefined when the cell has no such tail or its amount is not read.
 */
function itemDeductible(cell: string): { sum: string; deductible: string } | undefined {
  const m = ITEM_DEDUCTIBLE.exec(cell.trim());
  const deductible = m && mentionsG(m[1]!) ? readAmount(m[2]!.trim()) : undefined;
  return deductible !== undefined ? { sum: m![1]!, deductible } : undefined;
}

/** «1 % av G per døgn», «0,5 prosent av G per dag»: a daily benefit as a share of G — a rate, no sum the model can hold. */
const SHARE_OF_G = /^\d+(?:[.,]\d+)?\s*(?:%|[Pp]rosent)\s+av\s+(?:1\s+)?G(?:\s+(?:per|pr\.?)\s+[a-zæøå]+)?$/;

/**
 * «Dagpenger ved sykehusopphold | 1 % av G per døgn» among a person product's G items: a benefit of the product whose amount
 * is a rate of G per day — the item, its rate as its note and no sum (none is made up). Only right under the group's items.
 */
function shareOfGItem(s: Tables, u: Unit, cells: string[]): boolean {
  const g = s.group;
  const value = cells[1]!.trim();
  if (g === undefined || g.items.length === 0 || g.lastIndex + 1 !== u.index || cells.length !== 2 || !SHARE_OF_G.test(value) || !LETTER.test(cells[0]!)) return false;
  g.items.push({ name: withoutColon(cells[0]!), note: value });
  g.itemUnits.push(u);
  g.lastIndex = u.index;
  s.r.used.add(u);
  return true;
}

/** A row of an item and its sum (a G sum, a limit, or kroner right under the heading): an item of the group; a G sum not read is warned. */
function itemRow(s: Tables, u: Unit, cells: string[], limit: string | undefined): void {
  const r = s.r;
  const name = cells[0]!;
  // («inntil 1 G, egenandel 1 000 kr per ulykke»: the item's own deductible after its sum — the sum read without it)
  const own = itemDeductible(cells[1]!);
  if (own !== undefined) cells = [name, own.sum, ...cells.slice(2)];
  // («12 G (1 488 336 kroner)»: the kroner in brackets say the G sum again)
  const valueCell = cells[1]!.endsWith(')') ? withoutKroner(cells[1]!) : cells[1]!;
  // («Ménerstatning | 4,5 G (ved 100 % medisinsk invaliditet)», «Barnetillegg | 1 G per barn»: the sum, and what it is for as its note)
  const noted = limit === undefined && !isGCell(valueCell) && mentionsG(valueCell) ? gAndNote(valueCell) : undefined;
  const gRow = (isGCell(valueCell) || limit !== undefined || noted !== undefined) && LETTER.test(name);
  // («Behandlingsutgifter ⇥ kr 50 000» under «Dekning ⇥ Sum (G)»: the table's item in kroner, in a letter's part too; and
  // «Behandlingsutgifter ....... kr 50 000» right under a renewal letter's G rows with no header: a name and one amount, no
  // change's words — the same row as a certificate's; read only in a certificate, the letter lost it without a word)
  const krRow =
    !gRow && !s.table && s.group !== undefined && s.group.lastIndex + 1 === u.index && (!r.news[u.index] || s.gColumn !== undefined || plainItemRow(u, cells)) && cells.length <= 3 && LETTER.test(name) && readAmount(valueCell) !== undefined && !fieldOf(u) && !namesPolicyNumber(name);
  // «Årspremie | kr 48 600» right under a product's items: its premium; «Psykolog | inntil 10 behandlinger»: an item
  if (!gRow && (premiumUnderItems(s, u, cells) || countItem(s, u, cells))) return;
  // («Sum årspremie | kr 48 200», «Årspremie totalt: kr 46 380» under the G rows: the total of the table, no item)
  if (!gRow && (TOTAL_ROW.test(name.trim()) || isTotal(name))) return;
  // «Dødsfallerstatning | 10» with no unit anywhere: 10 kroner is no sum a schedule states — most
  // likely G said in a header or a sentence this reader did not take; a wrong sum is worse than none
  if (krRow && SMALL_BARE.test(valueCell.trim())) {
    r.warnUnit(u, `the bare figure ${quote(valueCell.trim())} of ${quote(name.trim())} names no unit (G or kroner); not read`);
    r.used.add(u);
    s.group!.lastIndex = u.index; // (the rows under it are the same table's: each said, none dropped)
    return;
  }
  if (!gRow && !krRow && shareOfGItem(s, u, cells)) return;
  if (!gRow && !krRow) {
    if (includedItem(s, u, cells)) return;
    // («Forsikringssum ..... 3 G ved medisinsk invaliditet, 1 G ved død»: a record's sum field of one G sum per event — the
    // field blocks read it as the record's items)
    if (cells.length === 2 && fieldOf(u)?.col === 'sum' && gSumsByEvent(cells[1]!) !== undefined) return;
    if (cells.some(mentionsG)) r.warnUnit(u, `could not read the G sum in ${quote(u.text)}`);
    else endedTableRow(s, u);
    return;
  }
  // «Medisinsk invaliditet | 5 G | 10 G | 15 G» with no header naming the columns: which is the policy's sum is not said
  // («Tapt arbeidsinntekt | Individuelt | etter loven»: words of an individual sum are no second column)
  if (gRow && G_SUM.test(valueCell) && cells.slice(2).some((c) => G_SUM.test(c) && isGCell(withoutKroner(c)))) {
    r.warnUnit(u, `the G sums of ${quote(u.text)} stand in several columns, and no header says which column is which; not read`);
    r.used.add(u);
    return;
  }
  // «Gruppeliv – ektefelle | 2» under a G column: an item («ektefelle») of the product its name
  // begins with («Gruppeliv»), not a row of the heading's product (nor a coverage of its own)
  const split = gRow && s.gColumn !== undefined ? productItem(name) : undefined;
  if (split && s.group?.name !== split.product) {
    flushGroup(s);
    s.group = { name: split.product, unit: u, items: [], itemUnits: [], lastIndex: u.index, plain: [] };
  }
  if (!s.group) {
    const h = s.lastHeading;
    s.group = { name: h ? withoutColon(h.text) : 'Forsikring', unit: h ?? u, items: [], itemUnits: [], lastIndex: u.index, plain: [] };
  }
  const group = s.group;
  if (group.items.length === 0 && s.waiting && s.waiting.lastIndex + 1 === group.unit.index) {
    const w = s.waiting;
    s.push({ product: w.name, index_class: 'none', items: w.plain.map((p) => ({ name: p.text })) }, w.unit, w.plain);
    s.waiting = undefined;
  }
  // («Produkt: Gruppeliv» / «Forsikringssum:   10 G per ansatt»: under a record's «Produkt:» field, the sum's own label names
  // the cover's sum — no benefit of it; read as an item, the sum became an item called «Forsikringssum»)
  if (group.fielded === true && gRow && limit === undefined && group.items.length === 0 && group.own === undefined && columnOf(withoutColon(name).trim()) === 'sum') {
    group.own = noted !== undefined ? { sum: noted.sum, ...(noted.note !== undefined ? { note: noted.note } : {}) } : { sum: readSum(valueCell) as SumValue };
    group.lastIndex = u.index;
    r.used.add(u);
    return;
  }
  // («Tannbehandling (inngår i Veterinær)» / «    Forsikringssum ........ 5 000 kr per år»: the sum's own label over a limit in
  // kroner, first under a heading, is the heading's record's sum — the fields' reader's, no item called «Forsikringssum»)
  if (limit !== undefined && group.items.length === 0 && group.fielded !== true && columnOf(withoutColon(name).trim()) === 'sum') return;
  const item: CoverageItem = { name: withoutColon(split?.item ?? name) };
  item.sum = limit ?? noted?.sum ?? (readSum(valueCell) as SumValue);
  if (own !== undefined) item.deductible = own.deductible;
  if (limit !== undefined) (group.limits ??= new Set()).add(item);
  // («kr 5 000 per skade»: the unit the sum is for is its note)
  const rest = [limit !== undefined ? perUnitAmount(cells[1]!)?.per : noted?.note, ...cells.slice(2)].filter((x) => x !== undefined && x !== '').join(' ');
  if (rest) item.note = rest;
  group.items.push(item);
  group.itemUnits.push(u);
  group.lastIndex = u.index;
  r.used.add(u);
}


/**
 * «Årspremie | kr 48 600» right under the items of a product heading (no table open): the
 * product's premium, not an item and not a coverage of its own. False for any other row, and when
 * the group has a premium already.
 */
function premiumUnderItems(s: Tables, u: Unit, cells: string[]): boolean {
  if (!rowUnderItems(s, u, cells) || s.table) return false;
  // («Årspremie», «Premie», «Pris per år»: the schedule's premium column's names)
  const col = columnOf(cells[0]!);
  // («Egenandel | kr 6 000» under «Rettshjelp | Inkludert»: the cover's one deductible — it cut the premium under it off)
  if (col === 'deductible') return takeGroupDeductible(s.group!, u, cells[1]!, s.r);
  if (col !== 'premium') return false;
  return takeGroupPremium(s, u, cells[1]!);
}

/** «Årspremie kr 48 600», «Årspremie: kr 12 400»: a label (the premium column's, see itemLine) and an amount on a line of its own. */
const PREMIUM_LINE = /^([A-Za-zÆØÅæøå. ]{3,30}?)\s*:?\s+((?:kr\.?|nok)\s*\d[\d .]*(?:,-)?|\d[\d .]*\s*kr\.?)$/i;
/** A dash line's name and its amount after a comma or a space: «Reisegods kr 30 000», «Operasjon og spesialist, inntil kr 2 000 000». */
const NAME_AMOUNT = /^([^:\d]+?)(?:,\s*|\s+)((?:(?:inntil|opptil|maks(?:imalt|\.)?|høyst)\s+)?(?:(?:kr\.?|nok)\s*\d[\d .]*\d(?:,-)?|\d[\d .]*\d\s*kr\.?))$/i;
/** A dash line's name and a count after a comma: «Psykolog, inntil 10 behandlinger». */
const NAME_COUNT = /^([^:\d]+?),\s*(.+)$/;

/**
 * A line of text right under a product heading or its items: a dash line that is an item — its
 * name and a sum in kroner («- Reisegods kr 30 000», a limit «inntil kr 2 000 000»), a count
 * («- Psykolog, inntil 10 behandlinger», the item's note) or, after items, a name alone («-
 * Fysioterapi») — or, after items, «Årspremie kr 48 600», the product's premium. False for any other line.
 */
function itemLine(s: Tables, group: Group, u: Unit): boolean {
  if (group.lastIndex + 1 !== u.index || u.row) return false;
  const text = u.text.trim();
  let item: CoverageItem | undefined;
  if (!u.bullet && (item = partField(group, u)) !== undefined) {
    group.items.push(item);
    group.itemUnits.push(u);
  } else if (!u.bullet) {
    const m = group.items.length > 0 && group.premium === undefined ? PREMIUM_LINE.exec(text) : null;
    const col = m ? columnOf(m[1]!) : undefined;
    if (col === 'deductible') return takeGroupDeductible(group, u, m![2]!, s.r);
    const premium = col === 'premium' ? readAmount(m![2]!) : undefined;
    if (premium === undefined) return false;
    group.premium = premium;
  } else {
    const amount = NAME_AMOUNT.exec(text);
    const count = amount ? null : NAME_COUNT.exec(text);
    if (amount) {
      const limit = readLimit(amount[2]!);
      const sum = limit ?? readAmount(amount[2]!);
      if (sum === undefined || amount[1]!.trim().split(' ').length > 8) return false;
      // («- Samla premie per år kr 9 800» under the items: the total, never an item — left to the total's reader)
      if (TOTAL_ROW.test(amount[1]!.trim()) || isTotal(amount[1]!.trim())) return false;
      item = { name: amount[1]!.trim(), sum };
      if (limit !== undefined) (group.limits ??= new Set()).add(item);
    } else if (count && COUNT_LIMIT.test(count[2]!.trim())) item = { name: count[1]!.trim(), note: count[2]!.trim() };
    else if (group.items.length > 0 && !DIGIT.test(text) && !text.includes(':') && text.split(' ').length <= 6) item = { name: text };
    if (!item) return false;
    group.items.push(item);
    group.itemUnits.push(u);
  }
  group.lastIndex = u.index;
  s.r.used.add(u);
  return true;
}

/**
 * «Kasko: kr 310 000», «Rettshjelp: Inkludert» under «Fartøyet» (a certificate of one cover, its parts
 * as fields named by themselves): an item of the title's cover; undefined for a figure's own label
 * («Egenandel: …», «Årspremie: …»), a total, or a value that is no sum.
 */
function partField(g: Group, u: Unit): CoverageItem | undefined {
  if (!g.described || u.label === undefined || u.row || columnOf(u.label) !== undefined || isTotal(u.label)) return undefined;
  const name = withoutColon(u.label).trim();
  const value = u.text.slice(u.text.indexOf(':') + 1).trim();
  const sum = KRONER_ONLY.test(value) ? readAmount(value) : undefined;
  if (sum !== undefined) return { name, sum };
  const included = includedValue(value);
  return included && { name, ...included };
}

/** A limit that is a count of treatments or days, no amount: «inntil 10 behandlinger», «maks 20 timer». */
const COUNT_LIMIT = /^(?:(?:inntil|opptil|maks(?:imalt|\.)?|høyst)\s+)?\d{1,3}\s+(?:behandlinger|behandling|konsultasjoner|konsultasjon|timer|time|samtaler|døgn|dager|besøk)(?:\s+(?:per|pr\.?|i)\s+(?:år|året|skade|skadetilfelle))?$/i;

/**
 * «Psykolog | inntil 10 behandlinger» among the items of a person product, right under them: an
 * item whose limit is a count (its note), with no sum. False for any other row.
 */
function countItem(s: Tables, u: Unit, cells: string[]): boolean {
  const group = s.group;
  if (!group || s.table || group.lastIndex + 1 !== u.index || cells.length !== 2 || !LETTER.test(cells[0]!) || DIGIT.test(cells[0]!)) return false;
  if (!COUNT_LIMIT.test(cells[1]!.trim()) || !(group.items.length > 0 || namesPersonProduct(group.name))) return false;
  group.items.push({ name: withoutColon(cells[0]!.trim()), note: cells[1]!.trim() });
  group.itemUnits.push(u);
  group.lastIndex = u.index;
  s.r.used.add(u);
  return true;
}

/**
 * A line of text right under a person product's own row or its items that is an item's name and
 * its G sum («Barnetillegg 2 G pr. barn», «Ménerstatning 4,5 G»): an item of that product; false
 * for any other line (a product's name before its sum is the next product's own row, read as a row).
 */
function ownItemLine(s: Tables, group: Group, u: Unit): boolean {
  const item = group.lastIndex + 1 === u.index && !u.row && u.label === undefined && !u.bullet ? nameThenG(u.text) : undefined;
  if (item === undefined || namesPersonProduct(item.name)) return false;
  group.items.push(item.note === undefined ? { name: item.name, sum: item.sum } : { name: item.name, sum: item.sum, note: item.note });
  group.itemUnits.push(u);
  group.lastIndex = u.index;
  s.r.used.add(u);
  return true;
}

/** «Gruppeliv – ektefelle», «Yrkesskade - ménerstatning»: a person product's name, a dash, an item's. */
const PRODUCT_DASH_ITEM = /^(.+?)\s+[–-]\s+(.+)$/;

/** The person product and the item a row's name holds, or undefined when its first part names no person product. */
function productItem(name: string): { product: string; item: string } | undefined {
  const m = PRODUCT_DASH_ITEM.exec(name.trim());
  return m && !DIGIT.test(m[1]!) && namesPersonProduct(m[1]!) ? { product: m[1]!, item: m[2]! } : undefined;
}


/** A group of a person product: its name says so, or it has a G item already. */
function personGroup(g: Group): boolean {
  return namesPersonProduct(g.name) || g.items.some((it) => typeof it.sum === 'object' && 'g' in it.sum);
}

/** How many lines of page furniture («Side 2 av 2», «Forsikringsnr.: …») may stand between a table and its header repeated. */
const PAGE_BREAK_LINES = 4;
/** A page number: «Side 2 av 2», «side 2/3». */
const PAGE_NUMBER = /\bside\s+\d+\s*(?:av|\/)\s*\d+\b/i;

/**
 * True when the header row at `at` repeats the header the group's items were read under, after at
 * most a few lines with no figures of their own (a page's footer and header): the table goes on
 * over the page break. A header worded otherwise, or a line between with a G sum or an amount, is
 * not taken for a page break.
 */
function continuesGroup(r: Reading, at: number, g: Group): boolean {
  const u = r.units[at]!;
  const same = (a: string[], b: string[]): boolean => {
    const x = a.map((c) => c.trim()).filter((c) => c !== '');
    const y = b.map((c) => c.trim()).filter((c) => c !== '');
    return x.length === y.length && x.every((c, i) => lowerCase(c) === lowerCase(y[i]!));
  };
  if (g.items.length === 0 || g.table?.header === undefined || !same(g.table.header, u.cells)) return false;
  const between = r.units.slice(0, at).filter((b) => b.index > g.lastIndex);
  return between.length <= PAGE_BREAK_LINES && between.every((b) => furniture(r, b));
}

/**
 * A line of a page's header or footer: no row read as figures, no G sum, no premium, no amount of
 * money («Side 2 av 2» and a policy number after its label may stand).
 */
function furniture(r: Reading, u: Unit): boolean {
  const text = u.text.replace(PAGE_NUMBER, ' ');
  if ((u.row && r.used.has(u)) || G_FIGURE_HINT.test(text) || /\bkr\b|kroner|\bnok\b/i.test(text) || premiumOf(u) !== undefined) return false;
  if (u.label !== undefined && NUMBER_LABEL.test(u.label)) return true;
  const cells = u.row ? u.cells : [u.label !== undefined ? text.slice(text.indexOf(':') + 1) : text];
  return !cells.some((c) => BARE_AMOUNT.test(c.replace(PAGE_NUMBER, '').trim()));
}

/** The label of a number that is no amount: «Forsikringsnr.», «Polisenummer», «Avtalenr». */
const NUMBER_LABEL = /(?:nr\.?|nummer)$/i;

/** «Årspremie kr 14 508», «Premie: kr 2 150», «Pris kr 990»: a premium cell beside a person product's name. */
const PREMIUM_CELL = /^(?:års)?(?:premie|pris)\b/i;

/**
 * A person product's line with its premium in the right cell («Fritidsulykke | Årspremie kr 14 508»)
 * while a table is open: the next product, not a row of that table. Undefined for any other row.
 */
function premiumCellProduct(u: Unit): { product: string; premium: string } | undefined {
  const cells = u.cells.filter((c) => c.trim() !== '');
  if (!u.row || cells.length !== 2 || !PREMIUM_CELL.test(cells[1]!.trim())) return undefined;
  return personProductWithPremium(u);
}

// ---------------------------------------------------------------------------------------------
// A matrix of cover levels: covers down, levels across

/** Names of a matrix's first column («Dekning», «Forsikring», or none). */
const MATRIX_NAME = /^(?:dekning(?:er)?|forsikring(?:er)?|produkt(?:er)?|ytelse(?:r)?|innhold|alternativ(?:er)?)?$/;
/** A cell that says a cover is not in the level («–», «Ikke inkludert») or is, with no sum of its own («✓», «Inkludert»). */
const NO_FIGURE = /^(?:[-–—✓✔✗✘x]|ja|nei|inkludert|ikke inkludert|ikkje inkludert|inngår|inngår ikke)$/i;
/** The row of a level's yearly price, and of its deductible («Pris per år», «Årspremie», «Egenandel»). */
const LEVEL_PREMIUM = /^(?:års(?:pris|premie)|(?:pris|premie)(?:\s+(?:per|pr\.?)\s+år)?)$/i;
const LEVEL_DEDUCTIBLE = /^(?:egenandel|eigenandel|eigendel)$/i;

/**
 * «Dekning | Basis | Standard | Pluss» under a product heading: the header of a matrix whose columns
 * are the product's cover levels. Each column's cells are the sums of that level's coverage.
 */
function levelsHeader(s: Tables, u: Unit): boolean {
  const cells = u.cells.map((c) => c.trim());
  const levels = cells.slice(1);
  if (cells.length < 3 || !MATRIX_NAME.test(lowerCase(cells[0]!)) || !levels.every((c) => LEVEL_WORDS.has(lowerCase(c))) || new Set(levels.map(lowerCase)).size !== levels.length) return false;
  if (!s.group) {
    const h = s.lastHeading;
    if (!h) return false;
    s.group = { name: withoutColon(h.text), unit: h, items: [], itemUnits: [], lastIndex: u.index, plain: [] };
  }
  s.table = undefined;
  s.group.levels = { names: levels, byLevel: levels.map(() => ({ items: [], units: [] })) };
  s.group.lastIndex = u.index;
  s.r.used.add(u);
  return true;
}

/** A row of the matrix: each level's sum, its price or its deductible; false for a row that is none of the matrix's. */
function levelsRow(s: Tables, u: Unit, levels: Levels): boolean {
  const r = s.r;
  const cells = u.cells.map((c) => c.trim());
  const name = cells[0]!;
  const values = cells.slice(1);
  if (!LETTER.test(name) || values.every((c) => c === '')) return false;
  if (values.length !== levels.names.length) {
    // (a row with more or fewer cells than the header: which level each cell is, the row does not show)
    r.warnUnit(u, `could not tell which of the columns ${quote(levels.names.join(' | '))} the cells of ${quote(u.text)} stand in; not read`);
    r.used.add(u);
    return true;
  }
  const lname = lowerCase(name);
  // («Pris per ansatt per år»: a price per person is no level's premium)
  const premium = LEVEL_PREMIUM.test(lname);
  const deductible = LEVEL_DEDUCTIBLE.test(lname);
  const perPerson = !premium && /\b(?:pris|premie)\b/.test(lname);
  values.forEach((c, i) => {
    const level = levels.byLevel[i]!;
    if (c === '' || NO_FIGURE.test(c) || perPerson) return;
    if (premium || deductible) {
      const amount = readAmount(c);
      if (amount === undefined) r.warnUnit(u, `could not read the ${premium ? 'premium' : 'deductible'} ${quote(c)} of ${quote(s.group!.name)} (${levels.names[i]})`);
      else if (premium) level.premium = amount;
      else level.deductible = amount;
      return;
    }
    const g = isGCell(withoutKroner(c));
    const sum = g ? readSum(withoutKroner(c)) : readAmount(c);
    if (sum === undefined) {
      r.warnUnit(u, `could not read the sum ${quote(c)} of ${quote(name)} (${levels.names[i]})`);
      return;
    }
    level.items.push({ name: withoutColon(name), sum: sum as SumValue });
    level.units.push(u);
  });
  s.group!.lastIndex = u.index;
  r.used.add(u);
  return true;
}

/** One coverage for each level of the matrix that states something, with the level as its coverage. */
function pushLevels(s: Tables, group: Group, levels: Levels): void {
  levels.byLevel.forEach((level, i) => {
    if (level.items.length === 0 && level.premium === undefined) return;
    const c: Coverage = { product: group.name, coverage: levels.names[i]!, index_class: rowIndexClass(group.name).index_class };
    if (level.deductible !== undefined) c.deductible = level.deductible;
    if (level.premium !== undefined) c.premium = level.premium;
    if (level.items.length > 0) c.items = level.items;
    s.push(ordered(c), group.unit, level.units);
  });
  group.levels = undefined;
}
