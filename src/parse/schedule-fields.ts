/**
 * Schedules that state each coverage as labelled fields under its product heading:
 *
 *   Næringsbygg
 *   Forsikringssted: Storgata 1, 0155 Oslo
 *   Forsikringssum: kr 52 000 000
 *   Egenandel: kr 15 000
 *
 * Consecutive fields make one coverage (a field named again starts the next one, for a second
 * place); a block is a coverage only when it states a sum. The same fields may stand as one row
 * («Forsikringssum kr 14 600 000 | Egenandel kr 10 000 | Pris kr 21 890») under the line that
 * names the product, or the product's line may end with its premium over the fields of its sum
 * and deductible. fieldOf and fieldCells are shared with the other schedule readers and the
 * reader of deductible changes.
 */
import { assessedNote } from './schedule-included.js';
import { NOT_INDEXED } from './schedule-unindexed.js';
import type { Coverage, CoverageItem, RowIndexClass } from '../model/policy.js';
import { FIRST_RISK_WORD, KRONER_ONLY, readAmount, readLimit, readSum } from './amounts.js';
import { gSumsByEvent, inNormalCase, isItemHeading, namesPersonProduct, personProductLine } from './g-items.js';
import type { Reading } from './extract.js';
import { namesLossOfIncome, namesProduct, rowIndexClass, ruleFor } from './index-class.js';
import { isTotal } from './unread.js';
import { BUILDING_FACTS, BY_LAW, PLACE_THEN_BUILDING, withoutPersonsRemark, columnOf, columnYear, coverageIndexClass, figureWhen, isDekning, namesFigure, NO_LIMIT, ordered, perMonth, perUnitAmount, productLine, TOTAL_ROW, POSTCODE_PLACE, undatedColumn } from './schedule-names.js';
import { sentenceFigures } from './schedule-prose.js';
import { headingProduct, INSURED_LEAD, renewalTitleProduct, titleProduct } from './schedule-titles.js';
import { partDeductibleName, quote, withoutColon, withoutLotInMunicipality, type Unit } from './units.js';
import { BOAT_WITH_YEAR, COVER_LEVEL_SET, PERSONS, LEVEL_WORDS, INDEX_COLUMN, NO_INDEX_CELL, THING_HEADINGS, DESCRIPTION_LABELS, PLACE_LINE_LABELS, PLATE_CELL, PLATE_IN_TEXT, PLATE_SOURCE, RECORD_NAME_LABELS, RECORD_NOTE_LABELS, REG_MARK_IN_TEXT, REG_NUMBER_IN_TEXT, PERIL_COVER_WORDS, COVERS_CAPTIONS, SCHEDULE_COLUMNS, SCHEDULE_HEADINGS, THING_FACT_LABELS, TOTAL_WORDS, VALUE_BASIS_WORDS, type Col } from './vocabulary.js';
import { lowerCase } from './lower.js';
import { follows } from './translations.js';
import { factsOnOneLine } from './schedule-section.js';

// patterns of per-unit tests, made once: a literal in a function makes a new RegExp object at every call
const DIGIT = /\d/;

// («Årspremie kr 2.890,-.»: a letter's field written as a sentence, its full stop after the amount)
const ENDS_FIELD_VALUE = /(?:\d\.?|-\.?|kr\.?|[Ff]ullverdi.*|[Ii]ngen)$/;
const LABEL_VALUE = /^([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ .]{1,30}?)\s+((?:kr\.?|nok)\s*\d[\d .]*?(?:,(?:\d{1,2}|-))?|\d{1,3}(?:[ .]\d{3})+(?:,(?:\d{1,2}|-))?(?:\s*kr)?|[Ff]ullverdi(?:,?\s.*)?|[Ff]ørsterisiko\s.*|[Ii]ngen)\.?$/;

/**
 * «Kjennemerke EK 12345», «Reg.nr. DN 55872»: a registration number's label and the plate on one line
 * without a colon (an app's card sets label and value side by side); LABEL_VALUE reads amounts only.
 */
const PLATE_FIELD = new RegExp(String.raw`^(kjennemerke|registreringsnummer|reg\.?\s?nr\.?|regnr\.?)\s+(${PLATE_SOURCE})$`, 'i');

/** A unit's label and value: a row of two cells, or a line «Label: value»; undefined for any other unit. */
function labelled(u: Unit): { label: string; value: string } | undefined {
  if (u.row) {
    const cells = u.cells.filter((c) => c !== '');
    return cells.length === 2 ? { label: cells[0]!, value: cells[1]! } : undefined;
  }
  return u.label !== undefined ? { label: u.label, value: u.text.slice(u.text.indexOf(':') + 1).trim() } : undefined;
}

/** A labelled field of a schedule: `Forsikringssum: kr 52 000 000` (a line, or two cells), or `Egenandel kr 10 000`. */
export function fieldOf(u: Unit): { col: Exclude<Col, 'product'>; value: string } | undefined {
  // (asked of the same unit again and again — by each reader, and of the line under the one a reader is at: the answer
  // depends on the unit alone, so it is worked out once and kept; no caller changes what it is given)
  const known = fieldsAsked.get(u);
  if (known !== undefined) return known === NO_FIELD ? undefined : known;
  const f = fieldOfUnit(u);
  fieldsAsked.set(u, f ?? NO_FIELD);
  return f;
}

/** The field of each unit asked so far (NO_FIELD: none); a reading's units go with it. */
const fieldsAsked = new WeakMap<Unit, { col: Exclude<Col, 'product'>; value: string } | typeof NO_FIELD>();
const NO_FIELD = 0;

function fieldOfUnit(u: Unit): { col: Exclude<Col, 'product'>; value: string } | undefined {
  let label: string;
  let value: string;
  const lv = u.row || u.label !== undefined ? labelled(u) : undefined;
  if (u.row || u.label !== undefined) {
    if (lv === undefined) return undefined;
    ({ label, value } = lv);
    // (two fields on one line are not one field with a long value: fieldsOfLine reads them)
    if (!u.row && value.includes(':') && innerLabels(value).length > 0) return undefined;
  } else {
    // «Forsikringssum kr 1 200 000», «Egenandel kr 10 000», «Forsikringssum Fullverdi»: a label without its colon
    // (a short line that starts with a letter and ends with a figure, «Fullverdi» or «Ingen»: most units are not)
    // (the end tested alone, «Fullverdi, …» anywhere: the same as the whole line, without scanning it)
    if (u.text.length > 80 || u.row || !(ENDS_FIELD_VALUE.test(u.text.slice(-24)) || /[Ff]ullverdi/.test(u.text))) return undefined;
    const m = LABEL_VALUE.exec(u.text) ?? qualifiedLabelValue(u.text) ?? PLATE_FIELD.exec(u.text);
    if (!m) return undefined;
    label = m[1]!;
    value = m[2]!;
  }
  // («Sum per år: kr 18 412» after the last block: the document's total, no field of that block)
  if (totalLabel(label)) return undefined;
  // («Førsterisiko: kr 250 000», «Forsikringssum (førsterisiko): kr 400 000»: a first-risk sum, as «Førsterisiko kr 250 000» is)
  if (firstRiskLabel(label) && readAmount(withoutQualifier('sum', value)) !== undefined) return { col: 'sum', value: `Førsterisiko ${withoutQualifier('sum', value)}` };
  // under a product heading, «Dekning: Pluss» is the coverage
  // («Ny årspremie: kr 12 480 (i fjor kr 11 900)»: a figure dated to the period after the renewal is the block's)
  const col = isDekning(withoutColon(label).trim()) ? 'coverage' : (vehicleLabel(label, value) ?? columnOf(label) ?? datedFigure(label) ?? newFigure(label) ?? objectLabel(label, value) ?? designatedPlace(label, value) ?? qualifiedFigure(label));
  if (col === undefined || col === 'product' || value === '') return undefined;
  // («Forsikringssum: 5 870 000 kr – naturskadepremie 2025: 470 kr»: a second figure after a dash, labelled, is
  // another field's — the sum is the amount before the dash)
  const dashed = col === 'sum' || col === 'deductible' || col === 'premium' ? DASHED_SECOND_FIELD.exec(value) : null;
  if (dashed) value = dashed[1]!;
  if (col === 'object') value = withoutBracketLine(u, value);
  return { col, value: col === 'coverage' ? withoutFact(value) : col === 'object' ? postcodeComma(withoutQualifier(col, thingWithoutFact(value))) : withoutQualifier(col, value) };
}

/**
 * «Kjøretøy: Hobby De Luxe 495 UL, DH 4471» over «(campingvogn, årsmodell 2017, totalvekt 1 500 kg)»: a bracket on a
 * line of its own under a thing's field describes the thing (its kind, year, weight) — the thing is what its field's line
 * names, as a building's description under its address is no part of the place (test/corpus/README.md). The unit joins
 * the bracket to the line above (a line that opens with a bracket goes on the sentence); the value without it. A bracket
 * on the field's own line is the document's way of writing the thing and stays.
 */
function withoutBracketLine(u: Unit, value: string): string {
  if (u.lines.length < 2) return value;
  const last = u.lines[u.lines.length - 1]!.text.trim();
  if (!/^\([^()]*\)$/.test(last) || !value.endsWith(last)) return value;
  const rest = value.slice(0, value.length - last.length).trim();
  return rest === '' ? value : rest;
}

/** A thing's fact by its label after the thing's name: « Båthamn: Leirvik småbåthamn», « Motor: Yamaha F150». */
const LABELLED_THING_FACT = new RegExp(`\\s+(?:${THING_FACT_LABELS.map((l) => l.replace(/[.()/]/g, '\\$&')).join('|')})\\s*:\\s`, 'iu');

/**
 * «Askeladden C65 Cruiser, 2019 Båthamn: Leirvik småbåthamn, plass B-14»: a boat's or a vehicle's name with a fact of it
 * by its label after it, on one line (a PDF that set the field's two lines as one) — the thing is the name before the
 * label, as the document's lines write it; a value with no such label as it is.
 */
export function thingWithoutFact(value: string): string {
  const m = LABELLED_THING_FACT.exec(value);
  return m && m.index > 0 ? value.slice(0, m.index) : value;
}

/**
 * A street and its number run into the postcode without the comma («Solslettveien 10 4020 Stavanger»: a place written
 * on two lines, «Solslettveien 10» over «4020 Stavanger», that a PDF set on one, or a form that writes it so): the
 * address as written with its lines apart, «Solslettveien 10, 4020 Stavanger». Any other value as it is.
 */
const STREET_NUMBER_POSTCODE = /^([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'’ -]*[A-Za-zÀ-ÖØ-öø-ɏ.] \d{1,4}(?: ?[A-Za-z])?(?: ?[-–] ?\d{1,4}(?: ?[A-Za-z])?)?) (\d{4} [A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ’' -]*)$/u;
export function postcodeComma(value: string): string {
  const m = STREET_NUMBER_POSTCODE.exec(value.trim());
  return m ? `${m[1]!}, ${m[2]!}` : value;
}

/** An amount, a dash, then another figure's label and its colon: «5 870 000 kr – naturskadepremie 2025: 470 kr». */
const DASHED_SECOND_FIELD = /^((?:(?:kr\.?|nok)\s*)?\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{1,2}|-))?(?:\s*(?:kr\.?|kroner|nok))?)\s+[–-]\s+[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ\d .]{2,40}:\s*\S.*$/i;

/**
 * «Kasko, bonus 70 %» under «Dekning»: a vehicle's fact after a comma (a label of THING_FACT_LABELS and
 * its figure) is no part of the cover level — the level is the part before the comma.
 */
function withoutFact(value: string): string {
  const comma = value.indexOf(', ');
  if (comma < 0) return value;
  const fact = FACT_BEFORE_FIGURE.exec(value.slice(comma + 2).trim().replace(/^./, (c) => c.toUpperCase()));
  return fact && DESCRIPTION_LABEL_SET.has(lowerCase(fact[1]!)) ? value.slice(0, comma) : value;
}

/** «… per år», «… pr. år», «… i året»: what a total is counted by, after its word. */
const PER_YEAR_TAIL = /\s+(?:(?:per|pr\.?)\s+år|i året|årlig)$/;
const TOTAL_WORD_SET: ReadonlySet<string> = new Set(TOTAL_WORDS);

/**
 * «Sum per år», «Totalt per år», «Samlet pris»: the label of a document's total, after its blocks —
 * no block's figure. («Sum» alone is a sum's label in a block: «Sum: kr 400 000».)
 */
function totalLabel(label: string): boolean {
  const c = label[0];
  if (c !== 'S' && c !== 's' && c !== 'T' && c !== 't' && c !== 'I' && c !== 'i' && c !== 'Å' && c !== 'å') return false;
  const l = lowerCase(withoutColon(label).trim());
  const rest = l.replace(PER_YEAR_TAIL, '');
  return TOTAL_WORD_SET.has(rest) && (rest !== 'sum' || rest !== l);
}

/** How the premium is paid («Betaling: Månedlig, 249 kr» beside «Pris per år»): a fact of the card, no figure of its own. */
const PAYMENT_LABELS = ['betaling', 'betalingsmåte', 'betalingsfrekvens', 'betalingsform', 'betalast', 'betales'];
const DESCRIPTION_LABEL_SET: ReadonlySet<string> = new Set([...DESCRIPTION_LABELS, ...THING_FACT_LABELS, ...PAYMENT_LABELS]);

/** The labels of a block's field that describes what it insures in words: «Beskrivelse», nynorsk «Skildring». */
const DESCRIPTION_FIELD: ReadonlySet<string> = new Set(RECORD_NOTE_LABELS);

/**
 * A labelled line «Beskrivelse: …» (not a row: a table's «Beskrivelse» column is its object), also as a
 * row of the label with its colon and the value («   Beskrivelse:   6 boligblokker …» set apart by spaces
 * in a record under «Forsikringssted:   …»).
 */
function describes(u: Unit): boolean {
  if (!u.row) return u.label !== undefined && DESCRIPTION_FIELD.has(lowerCase(u.label.trim()));
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  return cells.length === 2 && cells[0]!.endsWith(':') && DESCRIPTION_FIELD.has(lowerCase(withoutColon(cells[0]!).trim()));
}

/** A postcode and place name, or a land register number: the marks of a place («6856 Sogndal», «gnr. 44»). */
const PLACE_MARK = new RegExp(`${POSTCODE_PLACE.source}|\\bg\\.?\\s?nr\\b`, 'i');

/**
 * «Bygning: Einebustad, bygd 1978, bruksareal 186 m²» under «Forsikringsstad: Kyrkjevegen 7, 6856 Sogndal»
 * in one record: the building at the record's place described, no second place (it has no mark of one).
 */
function describesAtPlace(s: Blocks, u: Unit, value: string): boolean {
  const placed = s.block.get('object');
  // (also set as two cells without a colon: «Bygning   Enebolig med sokkel, byggeår 1987» under «Forsikringssted   …»)
  // («Skildring   Laftehytte, byggeår 1994, 96 m²» under «Forsikringsstad   Fjellstølvegen 12, …», a record set as two cells:
  // the words that describe the thing, as «Skildring: …» are — never a second place)
  const label = u.label ?? labelCellRow(u)?.label;
  const l = label === undefined ? undefined : lowerCase(withoutColon(label).trim());
  return placed !== undefined && l !== undefined && (OBJECT_LABELS.has(l) || DESCRIPTION_FIELD.has(l)) && PLACE_MARK.test(placed.value) && !PLACE_MARK.test(value);
}

/** A field under one of OBJECT_LABELS whose value is a building's description (its year, floors, area) with no mark of a place. */
function buildingDescribed(u: Unit, value: string): boolean {
  const label = u.label ?? labelCellRow(u)?.label;
  return label !== undefined && OBJECT_LABELS.has(lowerCase(withoutColon(label).trim())) && BUILDING_FACTS.test(lowerCase(value)) && !PLACE_MARK.test(value);
}

/** A first-risk sum's label: «Førsterisiko», «Førsterisikosum», «Forsikringssum (førsterisiko)», «Sum første risiko». */
const FIRST_RISK_LABEL = /^(?:f[øo]rsterisiko(?:sum)?|fyrsterisiko(?:sum)?|første risiko|(?:forsikringssum|sum)\s*(?:\(\s*(?:f[øo]rsterisiko|fyrsterisiko|første risiko)\s*\)|[,–-]?\s*(?:f[øo]rsterisiko|første risiko)))$/;

/** Whether a field's label says its sum is a first-risk sum (a cheap test first: «risiko» in it). */
export function firstRiskLabel(label: string): boolean {
  const l = lowerCase(withoutColon(label).trim());
  return l.includes('risiko') && FIRST_RISK_LABEL.test(l);
}

/** «Forsikringssum (markedsverdi)»: a figure's name, then what it is in brackets. */
const BRACKETED_LABEL = /^(.+?)\s*\([^()]+\)$/;
/** «Veterinærutgifter – forsikringssum per forsikringsår»: what a sum is for, a dash, the figure's name and what it is counted by. */
const DASHED_LABEL = /^.+?\s[–-]\s+(.+?)(?:\s+(?:per|pr\.?)\s+(?:forsikringsår|år|kalenderår|skade|skadetilfelle))?$/;

/** A label with a dash or a bracket in it, perhaps its colon, and an amount: «Veterinærutgifter – forsikringssum per forsikringsår: 30 000 kr». */
const QUALIFIED_LABEL_VALUE = /^([A-Za-zÀ-ÖØ-öø-ÿ][^:\d]{2,70}?)\s*:?\s+((?:kr\.?|nok)\s*\d[\d .]*(?:,(?:\d{1,2}|-))?|\d{1,3}(?:[ .]\d{3})+(?:,(?:\d{1,2}|-))?(?:\s*kr)?)$/;

/** The label and amount of a line whose label names a figure with words around it (qualifiedFigure); null for any other (a cheap test first: a dash or a bracket). */
function qualifiedLabelValue(text: string): RegExpExecArray | null {
  // (or a list of what the thing comprises, «Forsikringssum båt, motor og fastmontert utstyr: 420 000 kr»: a comma and «og»)
  if (!(text.includes(' – ') || text.includes(' - ') || text.includes(')') || (text.includes(', ') && text.includes(' og ')))) return null;
  const m = QUALIFIED_LABEL_VALUE.exec(text);
  return m && qualifiedFigure(m[1]!) !== undefined ? m : null;
}

/** «med», «inkl.», «inklusive»: a label's words for what the thing before them comprises. */
// (or a list of the thing and its parts: «Forsikringssum båt, motor og fastmontert utstyr»)
const COMPRISES = /\s(?:med|inkl\.?|inklusive|inkludert)\s|,\s.*\sog\s/;
/**
 * «Forsikringssum båt med motor og fast utstyr», «Forsikringssum båt, motor og fastmontert utstyr»: a figure's word, the
 * thing, then what the thing comprises (words alone) — after «med»/«inkl.», or the thing's parts listed after its comma.
 */
const SUM_COMPRISING = /^(\S+)\s+([a-zæøå][a-zæøå-]{2,30})(?:\s+(?:med|inkl\.?|inklusive|inkludert)\s+[a-zæøå][a-zæøå ,-]{2,60}|,\s+[a-zæøå][a-zæøå -]{1,40}(?:,\s+[a-zæøå][a-zæøå -]{1,40})*\s+og\s+[a-zæøå][a-zæøå -]{1,40})$/i;

/** «Egenandel per skadetilfelle», «Egenandel pr. skade»: a figure's name and the claim it is counted by. */
const PER_EVENT_LABEL = /^(.+?)\s+(?:per|pr\.?)\s+(?:skadetilfelle|skade|hendelse)$/i;

/** «Forsikringssum per forsikringsår»: a sum's name and the year it is counted by. */
const SUM_A_YEAR_LABEL = /^(.+?)\s+(?:per|pr\.?)\s+(?:forsikringsår|år|kalenderår)$/;

/**
 * A figure's label that names the figure with words around it: «Forsikringssum (markedsverdi)» (an
 * animal's sum, its market value), «Veterinærutgifter – forsikringssum per forsikringsår» (the vet
 * cover's sum for a year, as «kr 30 000 per år» is read), «Forsikringssum per forsikringsår». The sum, deductible or premium it names;
 * undefined for any other label (a cheap test first: a bracket or a dash).
 */
function qualifiedFigure(label: string): 'sum' | 'deductible' | 'premium' | undefined {
  const t = withoutColon(label).trim();
  const bracket = t.endsWith(')') ? BRACKETED_LABEL.exec(t) : null;
  const dash = !bracket && (t.includes(' – ') || t.includes(' - ')) ? DASHED_LABEL.exec(t) : null;
  // («Forsikringssum per forsikringsår»: the sum of a year, as «kr 60 000 per år» is read)
  const year = !bracket && !dash && (t.includes(' per ') || t.includes(' pr')) ? SUM_A_YEAR_LABEL.exec(t) : null;
  if (year) return columnOf(year[1]!) === 'sum' ? 'sum' : undefined;
  // («Egenandel per skadetilfelle»: the deductible of each claim, the block's deductible)
  const event = !bracket && !dash && (t.includes(' per ') || t.includes(' pr')) ? PER_EVENT_LABEL.exec(t) : null;
  if (event) return columnOf(event[1]!) === 'deductible' ? 'deductible' : undefined;
  // («Forsikringssum båt med motor og fast utstyr»: the sum of the thing the block insures and what it comprises — the block's sum)
  const comprising = !bracket && !dash && COMPRISES.test(t) ? SUM_COMPRISING.exec(t) : null;
  if (comprising) return columnOf(comprising[1]!) === 'sum' && namesProduct(comprising[2]!) && !namesPersonProduct(comprising[2]!) ? 'sum' : undefined;
  const name = bracket?.[1] ?? dash?.[1];
  if (name === undefined) return !bracket && !dash ? figureOfNamed(t) : undefined;
  const col = columnOf(name);
  // (after a dash only a sum: «Egenandel – veterinær» names a part the block does not hold)
  return col === 'sum' || (bracket && (col === 'deductible' || col === 'premium')) ? col : undefined;
}

/** «Årspris yrkesskade», «Eigendel kasko»: a figure's one-word label, then the product or cover it is for. */
/** A name after a figure's label that starts with a preposition: the figure of a part («for behandlingsutgifter»). */
const PART_PREPOSITION = /^(?:for|ved|på|av|til)\s/i;
/** «Forsikringssum innbo og løsøre»: a figure's one-word label, then two things joined by «og» (group 2). */
const SUM_OF_PAIR = /^(\S+)\s+([a-zæøå][a-zæøå-]{2,30} og [a-zæøå][a-zæøå-]{2,30})$/i;
const FIGURE_THEN_NAME = /^(\S+)\s+([a-zæøå][a-zæøå-]{2,30}(?:\s[a-zæøå][a-zæøå-]{1,30})?)$/i;

/**
 * «Årspris yrkesskade: kr 406 980» under «Forsikringsbevis | Yrkesskade», «Eigendel kasko kr 8 000» under
 * «Forsikringsbevis | Motorvogn»: a premium's or a deductible's label named by the product or the cover
 * level it is for — the figure of the block (not «Premie per ansatt», a price per person: no product).
 */
function figureOfNamed(t: string): 'sum' | 'deductible' | 'premium' | undefined {
  // («Forsikringssum innbo og løsøre: kr 850 000» under «Innboforsikring»: the sum's word, then the things the block insures
  // named as a pair — the block's sum; the pair names no product of its own, the heading's stays)
  const pair = t.includes(' og ') ? SUM_OF_PAIR.exec(t) : null;
  if (pair) return columnOf(pair[1]!) === 'sum' && namesProduct(pair[2]!) && !namesPersonProduct(pair[2]!) ? 'sum' : undefined;
  const m = t.includes(' ') ? FIGURE_THEN_NAME.exec(t) : null;
  // («Egenandel for behandlingsutgifter», «Egenandel ved tyveri»: a part's deductible, an item's — not the block's)
  if (!m || PART_PREPOSITION.test(m[2]!)) return undefined;
  const col = columnOf(m[1]!);
  // («Forsikringssum bygning»: the sum of the product it names — the block's product too, read by sumLabelProduct)
  if (col === 'sum') return sumLabelProduct(t) !== undefined ? 'sum' : undefined;
  if (col !== 'deductible' && col !== 'premium') return undefined;
  return COVER_LEVEL_SET.has(lowerCase(m[2]!)) || namesProduct(m[2]!) ? col : undefined;
}

/** «Prosentvis egenandel», «Bevegelig egenandel», «Egenandel i prosent», then a share in per cent. */
const PERCENT_DEDUCTIBLE = /^((?:prosentvis|bevegelig|variabel)\s+(?:egenandel|eigenandel|eigendel)|(?:egenandel|eigenandel|eigendel)\s+i\s+prosent)\s*:?\s+(\d{1,2}(?:,\d{1,2})?\s?%)$/i;

/**
 * «Prosentvis egenandel  25 %», «Bevegelig egenandel: 15 %»: a deductible as a share of the claim
 * (an animal's vet cover has one beside its fixed deductible in kroner), no amount: the label and
 * the share, kept as the cover's note; undefined for any other unit (a cheap test first: «%» at the end).
 */
function percentDeductible(u: Unit): string | undefined {
  const t = u.text.trim();
  if (!t.endsWith('%') || t.length > 60) return undefined;
  const m = PERCENT_DEDUCTIBLE.exec(u.row ? u.cells.filter((c) => c !== '').join(' ') : t);
  return m ? `${m[1]!} ${m[2]!}` : undefined;
}

/** «Antall dyr: 42», «Antall storfe 42», nynorsk «Antal dyr: 42», «42 melkekyr», «120 vinterfôra sau»: a count of animals or things, in a record. */
const COUNT_LINE = /^(?:(?:[Aa]ntall?|[Tt]al på)(?:\s+[a-zæøåô]+){0,2}\s*:?\s*\d{1,3}(?: \d{3})?|\d{1,3}(?: \d{3})?\s+[a-zæøåô][a-zæøåô-]+(?:\s+[a-zæøåô][a-zæøåô-]+)?)$/;

/** A record's line that counts what it insures (COUNT_LINE), as the document writes it; undefined for any other (a cheap test first: a digit or «Antall» first). */
function countLine(u: Unit): string | undefined {
  const t = u.text.trim();
  const c = t[0];
  if (t.length > 40 || c === undefined || !(DIGIT.test(c) || c === 'A' || c === 'a' || c === 'T' || c === 't')) return undefined;
  const line = u.row ? u.cells.filter((x) => x !== '').join(' ') : t.replace(/\s+/g, ' ');
  // («42 melkekyr», not «5600 Norheimsund»: the words after a number in lower case)
  return COUNT_LINE.test(line) ? line : undefined;
}

/**
 * Labels of what a record insures that are no column names of a table («Bygning» and «Eiendom»
 * head tables of products side by side): «Eiendom: gnr. 12 bnr. 4», «Strekning: Hamar–Elverum»,
 * «Bygning: Enebolig, Storgata 2».
 */
const OBJECT_LABELS: ReadonlySet<string> = new Set(['eiendom', 'eigedom', 'eiendommen', 'strekning', 'bygning', 'bygningen', 'bygg', 'bygget']);

/** 'object' for a field under one of OBJECT_LABELS whose value is words, not a figure («Bygning: kr 4 000 000» is a sum). */
function objectLabel(label: string, value: string): 'object' | undefined {
  return OBJECT_LABELS.has(lowerCase(withoutColon(label).trim())) && /^[A-Za-zÀ-ÖØ-öø-ÿ]/.test(value) && !/^(?:kr|nok)\b/i.test(value) ? 'object' : undefined;
}

/**
 * «Forsikringssted A», «Forsikringssted 2», «Forsikringsstad B»: a place's label and the letter or number it is called by
 * (also the bare «Sted 1», «STED 2», nynorsk «Stad 1»: a certificate that lists its covers place by place, each place's
 * heading a field — the word alone is a place column's name, and with its number it can only be a place's label).
 */
const DESIGNATED_PLACE = /^(forsikringssted|forsikringsstad|lokasjon|sted|stad)\s+(?:[A-Z]|\d{1,2})$/i;

/**
 * 'object' for «Forsikringssted A   Kongens gate 7, 7011 Trondheim» (a certificate that calls its places by letter or
 * number, two cells with no colon): the place's label with its letter is a place's label, its value an address.
 */
function designatedPlace(label: string, value: string): 'object' | undefined {
  const m = DESIGNATED_PLACE.exec(withoutColon(label).trim());
  return m && columnOf(m[1]!) === 'object' && ADDRESS.test(value.trim()) ? 'object' : undefined;
}

/**
 * What the place is used for, in brackets after its postcode and town: «Bryggen 17, 5003 Bergen (restaurant, leide lokaler i
 * 1. og 2. etasje)» — the use, its floors counted in ordinals, is no part of the place (a bracket with a lot's number,
 * «(gnr. 165, bnr. 23)», says where and stays).
 */
const USE_AFTER_ADDRESS = /^(.*\b\d{4}\s+[A-ZÀ-ÖØ-Þ][^()]*?)\s*\((?:[^()\d]|\d{1,2}\.\s)*\)$/;

/** The place without the use in brackets after it (USE_AFTER_ADDRESS). */
function withoutUse(place: string): string {
  return USE_AFTER_ADDRESS.exec(place.trim())?.[1] ?? place.trim();
}

/** «Forsikringssum bygning», «Forsikringssum løsøre»: a sum's label, then the product it is the sum of. */
const SUM_OF_PRODUCT = /^(\S+)\s+([a-zæøå][a-zæøå-]{2,30})$/;

/**
 * The product a sum's label names after the sum's word («Forsikringssum bygning   NOK 142 000 000» → «Bygning»), when
 * the index-class table knows it and it is no person product; undefined for any other label.
 */
function sumLabelProduct(label: string): string | undefined {
  const m = SUM_OF_PRODUCT.exec(withoutColon(label).trim());
  if (!m || columnOf(m[1]!) !== 'sum' || !namesProduct(m[2]!) || namesPersonProduct(m[2]!)) return undefined;
  return m[2]!.replace(/^./, (c) => c.toUpperCase());
}

/** Labels of the vehicle or boat a record insures: «Kjøretøy: Toyota RAV4, EK 12345», «Båt: Nimbus 305 Coupé, …». */
/** Labels that name the insured boat itself (src/parse/units.ts reads them over their value too). */
const INSURED_BOAT_LABELS: ReadonlySet<string> = new Set(['forsikret båt', 'forsikra båt', 'forsikret fartøy', 'forsikra fartøy']);
export const VEHICLE_LABELS: ReadonlySet<string> = new Set(['kjøretøy', 'kjøretøyet', 'køyretøy', 'køyretøyet', 'bil', 'bilen', 'båt', 'båten', 'fartøy', 'fartøyet', 'motorvogn', 'motorsykkel', 'tilhenger', 'tilhengar', 'henger', 'hengar', 'campingvogn', 'vogn', 'vogna', 'vognen', 'bobil', 'moped', 'mopeden']);

/**
 * 'object' for a vehicle's or boat's field whose value names it by its registration number («Kjøretøy:
 * Toyota RAV4, EK 12345», «Båt: Nimbus 305 Coupé, 2019, reg.nr. ABC 123»): the thing insured, as a
 * person reads it (the label is otherwise a product column's). Undefined for a value without one
 * («Kjøretøy: Personbil» names a kind, not the thing).
 */
export function vehicleLabel(label: string, value: string): 'object' | undefined {
  const l = lowerCase(withoutColon(label).trim());
  // («Forsikret båt: Askeladden C61 Cruiser»: the label says the value is the insured boat itself, by its model alone)
  if (INSURED_BOAT_LABELS.has(l)) return /^[A-ZÀ-ÖØ-Þ0-9]/.test(value.trim()) ? 'object' : undefined;
  if (!VEHICLE_LABELS.has(l) || !/^[A-Za-zÀ-ÖØ-öø-ÿ]/.test(value)) return undefined;
  // («Båt: Askeladden 20 Cabin 2018»: a boat by its model and year, as a card writes it)
  const boat = l.startsWith('båt') || l.startsWith('fartøy');
  return PLATE_IN_TEXT.test(value) || REG_NUMBER_IN_TEXT.test(value) || (boat && BOAT_WITH_YEAR.test(value.trim())) || makeAndModel(l, value) ? 'object' : undefined;
}

/**
 * A vehicle's or boat's row with the vehicle on the line under it, read as the row's note: the vehicle is the row's object,
 * as the document writes it (test/corpus/README.md). Two ways a certificate sets it:
 *   «Volvo XC40 Recharge | Kasko | … | kr 6 000» over «EL 66021»: the make and model in the row, the plate alone under it
 *     (a cell wrapped in a narrow column) — joined as written on one line, «Volvo XC40 Recharge, EL 66021»;
 *   «Båt Kasko | kr 685 000 | …» over «  Saga 27 AC, reg. LJK 418» set in, in a table with no column of things: the row names
 *     the cover, the line under it the boat by its registration — the object.
 * Only a row whose product or coverage is a vehicle's or boat's (no index, as ruleFor('kjøretøy')); the coverage unchanged otherwise.
 */
export function vehicleUnderRow(c: Coverage): Coverage {
  const note = c.note?.trim();
  if (note !== undefined && note.includes(';') && c.object === undefined && isVehicleRow(c)) return vehicleLastInNote(c, note);
  if (note === undefined || note === '' || note.includes(';') || !isVehicleRow(c)) return c;
  const { note: _, ...rest } = c;
  if (c.object !== undefined) {
    // (the row's object has no plate of its own, the note is one alone)
    return PLATE_CELL.test(note) && !PLATE_IN_TEXT.test(c.object) && !REG_NUMBER_IN_TEXT.test(c.object) && !REG_MARK_IN_TEXT.test(c.object) ? ordered({ ...rest, object: `${c.object.trim().replace(/,$/, '')}, ${note}` }) : c;
  }
  // (a registration in the note says it is the vehicle itself, not a description of its kind or use)
  return PLATE_IN_TEXT.test(note) || REG_NUMBER_IN_TEXT.test(note) || REG_MARK_IN_TEXT.test(note) ? ordered({ ...rest, object: note }) : c;
}

/**
 * «Bil   Kasko   Markedsverdi   6 000   7 960» over «  Toyota RAV4 Hybrid, EB 73915» and «  Årlig kjørelengde 16 000 km»: the
 * sum's words («Markedsverdi») are the row's note before the lines under it — the one part of the note after them that holds
 * a registration is the vehicle, the row's object; the other parts stay its note.
 */
function vehicleLastInNote(c: Coverage, note: string): Coverage {
  const parts = note.split(';').map((p) => p.trim()).filter((p) => p !== '');
  const registered = (p: string): boolean => PLATE_IN_TEXT.test(p) || REG_NUMBER_IN_TEXT.test(p) || REG_MARK_IN_TEXT.test(p);
  const vehicles = parts.filter(registered);
  if (parts.length < 2 || vehicles.length !== 1 || registered(parts[0]!)) return c;
  return ordered({ ...c, object: vehicles[0]!, note: parts.filter((p) => p !== vehicles[0]).join('; ') });
}

/** A row whose product or coverage names a registered vehicle or boat (the rule of «kjøretøy»: no index). */
function isVehicleRow(c: Coverage): boolean {
  const vehicle = ruleFor('kjøretøy');
  return [c.product, c.coverage].some((n) => n !== undefined && ruleFor(n) === vehicle);
}

/** The labels that name no kind of vehicle, only the vehicle: «Kjøretøy», «Køyretøy», «Motorvogn», «Fartøy». */
// («Fartøy: Askeladden 580 Weekend» on a boat's block: the word for a vessel at all, no kind of it — the boat by its model)
const VEHICLE_ONLY_LABELS: ReadonlySet<string> = new Set(['kjøretøy', 'kjøretøyet', 'køyretøy', 'køyretøyet', 'motorvogn', 'fartøy', 'fartøyet']);

/**
 * «Kjøretøy   BMW R 1250 GS Adventure», «Kjøretøy: Lynx Commander 900 ACE» (the plate on a field of its own
 * under it): a make and model — words with a model's number or capitals, no kind the vocabulary knows as a
 * product («Kjøretøy: Personbil» names a kind) — is the vehicle itself, the record's object.
 */
function makeAndModel(label: string, value: string): boolean {
  const v = value.trim();
  if (!VEHICLE_ONLY_LABELS.has(label) || v.length > 60 || /[:;]/.test(v) || namesProduct(v)) return false;
  const words = v.split(/\s+/);
  // (a make then a model: two words or more, one of them with a digit or in capitals — «R 1250», «ACE», «XC60»)
  return words.length >= 2 && /^[A-ZÀ-ÖØ-Þ]/.test(v) && words.slice(1).some((w) => /\d/.test(w) || /^[A-ZÆØÅ]{2,}$/.test(w));
}

/** The labels of VEHICLE_LABELS that name a kind of vehicle, and that kind as a product's name. */
const VEHICLE_KINDS: ReadonlyMap<string, string> = new Map([
  ['bil', 'Bil'],
  ['bilen', 'Bil'],
  ['båt', 'Båt'],
  ['båten', 'Båt'],
  ['motorsykkel', 'Motorsykkel'],
  ['tilhenger', 'Tilhenger'],
  ['campingvogn', 'Campingvogn'],
]);

/**
 * The kind of vehicle a record's object field names by its label, as a product: «Bil» for «Bil: Toyota
 * Corolla 2018, EL 12345», «Båt» for «Båten: …, reg.nr. ABC 123» — the product a schedule's row of
 * that vehicle has («Bil | EL 12345 | Kasko»). Undefined for any other field.
 */
function vehicleProduct(f: Field | undefined): string | undefined {
  const lv = f ? labelled(f.unit) : undefined;
  if (!lv || vehicleLabel(lv.label, lv.value) === undefined) return undefined;
  // («Kjøretøy:», «Fartøy:», «Motorvogn:» name no kind: the heading lost above it may have — no product)
  const kind = VEHICLE_KINDS.get(lowerCase(withoutColon(lv.label).trim()));
  return kind;
}

/** «kr 10 000 per skade»: what a sum or deductible is counted by, after the amount. */
// («1 500 kr per egenandelsperiode», an animal's vet cover: the deductible is paid once in each such period)
// («NOK 10 000 000 per krav og samlet i perioden»: a liability's limit, the same amount for a claim and for all of the
// period's claims together — the amount is the sum; so is «NOK 20 000 000,- per skadetilfelle og år», «… per skade og per år»)
// («MNOK 20 per krav og samlet for forsikringsperioden», a D&O certificate's limit: «samlet for» as «samlet i»)
// (a bilingual schedule's English after the amount, as a liability's limit is written: «NOK 20 000 000 per claim and in the
// aggregate», «NOK 5 000 000 in the aggregate», «NOK 50 000 any one claim» — the same amount, the sum or the deductible)
// («2 500 kr per egenandelsperiode på 125 dager»: an animal's vet cover takes one deductible in each period of that length)
// («Forsikringssum: kr 1 000 000 per tvist»: a legal-expenses cover's limit for each dispute)
const PER_CLAIM =
  /^(.*\d.*?)\s+(?:(?:per|pr\.?)\s+(?:skade|skadetilfelle|skadehendelse|hendelse|krav|tvist|egenandelsperiode|eigenandelsperiode|eigendelsperiode|behandling|konsultasjon)(?:\s+på\s+\d{1,3}\s+(?:dager|dagar|døgn))?(?:\s+og\s+(?:(?:samlet|samla|totalt|i alt)\s+(?:i|per|pr\.?|for)\s+|(?:(?:per|pr\.?)\s+)?)(?:perioden|forsikringsperioden|året|år|forsikringsåret|forsikringsår))?|(?:per|each|any one)\s+(?:claim|occurrence|loss)(?:\s+and\s+in\s+(?:the\s+)?aggregate)?|in\s+(?:the\s+)?aggregate)$/i;
/**
 * «10 G pr. person», «kr 40 000 per person» as a sum: a person cover's sum is for each person it
 * insures — the sum is the amount, what it is counted by only qualifies it.
 */
const SUM_PER_PERSON = /^(.*\d.*?)\s+(?:per|pr\.?)\s+(?:person|forsikret|ansatt|tilsett|medlem)$/i;
/**
 * «NOK 4 mill. per transportmiddel / per transport», «kr 2 000 000 pr. sending», «per forsendelse»: a cargo
 * cover's sum is the most it pays for one conveyance or one shipment — as a limit per claim, the amount is the sum.
 */
const SHIPMENT = String.raw`(?:per|pr\.?)\s+(?:transportmiddel|transport|sending|forsendelse|forsending|reise)`;
const SUM_PER_SHIPMENT = new RegExp(String.raw`^(.*\d.*?)\s+${SHIPMENT}(?:\s*(?:\/|og|eller)\s*${SHIPMENT})?$`, 'i');
/**
 * «NOK 100 000 per krav (kun selskapsdekning / Company Reimbursement)»: a deductible with a bracket saying which part of
 * the cover it applies to (a D&O's deductible is the company's, its persons have none) — the amount is the deductible.
 * Only a bracket that begins by restricting («kun», «bare», «gjelder», «only», «applies») and names no figure of its own.
 */
const DEDUCTIBLE_APPLIES_TO = /^(.*\d.*?)\s*\(\s*(?:kun|bare|berre|gjelder|gjeld|only|applies)\b[^()\d]*\)$/i;
/**
 * «kr 350 000 per år» as a sum: a limit for a year (a vet's or legal costs), and the model has no
 * form for a limit per year — the amount is the sum, as a limit per claim is.
 */
const SUM_PER_YEAR = /^(.*\d.*?)\s+(?:per|pr\.?)\s+(?:år|kalenderår|forsikringsår)$/i;
/**
 * «kr 4 500 per år», «8 412 kr/år», «kr 3 200 (betalt månedlig)»: the year's premium, and how it is paid. (A
 * price «per måned» is no year's premium: it keeps its words and is warned as not read.)
 */
// («3 264 kr per år, fordelt på 12 måneder»: how the year's price is paid, after a comma, is a qualifier too)
const PER_YEAR = /^(.*\d.*?)\s*(?:\s(?:per|pr\.?)\s+år|\sårlig|\si året|\/\s*år|\((?:betalt|betales|fordelt|faktureres|trekkes)\b[^()]*\))(?:,\s*(?:betalt|betales|fordelt|faktureres|trekkes)\s[^,()]*)?$/i;

/**
 * A field's amount with the words after it that only qualify it taken off (the same amount
 * without them is read); any other value as it is.
 */
function withoutQualifier(col: Exclude<Col, 'product'>, value: string): string {
  if (col === 'premium') {
    const month = yearWithMonth(value);
    if (month !== undefined) return month;
  }
  if (col === 'deductible') {
    const b = DEDUCTIBLE_APPLIES_TO.exec(value);
    if (b) return withoutQualifier(col, b[1]!.trim());
  }
  const m = col === 'premium' ? PER_YEAR.exec(value) : col === 'sum' ? (PER_CLAIM.exec(value) ?? SUM_PER_YEAR.exec(value) ?? SUM_PER_PERSON.exec(value) ?? SUM_PER_SHIPMENT.exec(value)) : col === 'deductible' ? PER_CLAIM.exec(value) : null;
  // (a bracket that names an amount of its own is no qualifier: «(kr 267 per måned)»)
  return m && !/\bkr\b|\bnok\b/i.test(value.slice(m[1]!.length)) ? m[1]!.trim() : value;
}

/**
 * «7 440 kr (620 kr per måned)», «6 412 kr (betales månedlig, 534 kr per måned)», «4 188 kr per år (349 kr i måneden)»,
 * nynorsk «(kr 179 i månaden)», «kr 1 308,- i året (kr 109,- i måneden)»: the year's price, then the month's in brackets.
 */
const MONTH_BRACKET = /^(.*\d.*?)\s*\(\s*(?:(?:betales|betalt|betalast|fordelt|trekkes|faktureres)\s+[a-zæøå]+\s*,\s*)?((?:kr\.?\s*)?\d[\d .]*(?:,\d{1,2}|,-)?(?:\s*kr\.?)?)\s*(?:per|pr\.?|i|\/)\s*(?:måneden|månaden|måned|månad|mnd\.?|md\.?)\s*\)$/i;

/**
 * «2 136 kr (betales månedlig med 178 kr)», «kr 1 290 per år, betales med kr 107,50 per måned», nynorsk «(betalast månadleg
 * med …)»: the year's price, then how it is paid — each month, the month's amount after «med». A month's word must stand
 * there («månedlig» or «per måned»): «betales med kr 500» alone names no month.
 */
const MONTH_PAID =
  /^(.*\d.*?)\s*(?:\(|,)\s*(?:betales|betalt|betalast|betalas|trekkes|faktureres)\s+(?:(månedlig|månadleg|månedsvis|hver måned|kvar månad)\s+)?med\s+((?:kr\.?\s*|nok\s*)?\d[\d .]*(?:,\d{1,2}|,-)?(?:\s*(?:kr|nok)\.?)?)(\s*(?:per|pr\.?|i|\/)\s*(?:måneden|månaden|måned|månad|mnd\.?))?\s*\)?\.?$/i;

/**
 * The year's amount of a price with the month's after it in brackets («7 440 kr (620 kr per
 * måned)», «2 136 kr (betales månedlig med 178 kr)»: the month's is how it is paid, not the premium); undefined for any
 * other value, or when the month's is not the smaller.
 */
function yearWithMonth(text: string): string | undefined {
  // («Pris: kr 2 148 per år (kr 179 per månad).»: a sentence's stop after the bracket is no part of it)
  const value = text.replace(/\)\.$/, ')');
  const paid = MONTH_PAID.exec(value);
  // (an open bracket is closed, a comma's clause is not: «(betales … kr)», «, betales med … per måned»)
  if (paid && (paid[2] !== undefined || paid[4] !== undefined) && value.includes('(') === value.endsWith(')')) return smallerMonth(paid[1]!, paid[3]!);
  if (!value.endsWith(')')) return yearBesideMonth(value);
  const m = MONTH_BRACKET.exec(value);
  // («7 644 kr per år (637 kr per måned)»: the year's price said to be the year's, the month's after it)
  const yearText = m ? (PER_YEAR.exec(m[1]!.trim())?.[1] ?? m[1]!).trim() : undefined;
  const year = yearText !== undefined ? readAmount(yearText) : undefined;
  const month = m ? readAmount(m[2]!.trim()) : undefined;
  return year !== undefined && month !== undefined && Number(month) < Number(year) ? yearText : undefined;
}

/** The year's amount (its «per år» left out) when the month's after it is the smaller; undefined otherwise. */
function smallerMonth(yearPart: string, monthPart: string): string | undefined {
  const yearText = (PER_YEAR.exec(yearPart.trim())?.[1] ?? yearPart).trim();
  const year = readAmount(yearText);
  const month = readAmount(monthPart.trim());
  return year !== undefined && month !== undefined && Number(month) < Number(year) ? yearText : undefined;
}

/**
 * «Pris per år:   9.264 kr      Pris per måned:   772 kr» (a card's one line of both prices): the month's price
 * labelled beside the year's, its label one of a price per month.
 */
const MONTH_BESIDE = /^(.*\d.*?)\s+([A-ZÆØÅa-zæøå][^:\d]*?):\s*((?:kr\.?\s*|nok\s*)?\d[\d .]*(?:,\d{1,2}|,-)?(?:\s*(?:kr|nok)\.?)?)$/i;

/**
 * The year's amount of a price with the month's labelled after it on its line («9.264 kr Pris per måned: 772 kr»:
 * the month's is how it is paid, not the premium); undefined for any other value, or when the month's is not the smaller.
 */
function yearBesideMonth(value: string): string | undefined {
  const m = MONTH_BESIDE.exec(value);
  if (!m || !perMonth(m[2]!)) return undefined;
  const yearText = (PER_YEAR.exec(m[1]!.trim())?.[1] ?? m[1]!).trim();
  const year = readAmount(yearText);
  const month = readAmount(m[3]!.trim());
  return year !== undefined && month !== undefined && Number(month) < Number(year) ? yearText : undefined;
}

/** A figure's label dated to the period after the renewal («Ny årspremie», «Premie etter fornyelse»): its column. */
function newFigure(label: string): Col | undefined {
  // («Årets premie: kr 65 220» under the last product's items is the document's total as often as the product's: only
  // a figure the label calls new, or after the renewal, is the block's)
  if (!RENEWAL_NEW.test(lowerCase(label))) return undefined;
  // («Ny forsikringssum fra 1. januar 2026»: «new», then the day it applies from — the new figure, its date read apart)
  const when = figureWhen(label) ?? figureWhen(undatedColumn(label));
  return when?.when === 'new' ? when.col : undefined;
}

/**
 * «Forsikringssum fra 1. januar 2026: kr 927 900» under «Forsikringssum i 2025: kr 900 000»: a figure's
 * label dated by the day its figures apply from (an index notice's record) is that figure's field, of
 * the date's year — yearsApart keeps the later year's figure as the block's.
 */
function datedFigure(label: string): Col | undefined {
  if (!DIGIT.test(label)) return undefined;
  const undated = undatedColumn(label);
  return undated !== label && undated !== withoutColon(label.trim()) ? columnOf(undated) : undefined;
}

/** The words of a figure after the renewal: «Ny årspremie», «Premie etter fornyelsen», «Pris frå fornyinga». */
const RENEWAL_NEW = /(?<![a-zæøå])(?:ny|nye|nytt)(?![a-zæøå])|(?:etter|fra|frå)\s+(?:fornyelsen|fornyinga|hovedforfall|hovudforfall)/;

/**
 * «kr 12 480 (i fjor kr 11 900)», «kr 3 000 (i dag er egenandelen kr 2 500)»: last year's or
 * today's figure in brackets after the value (the value is the one from the renewal), for
 * comparison only.
 */
// («Årspremie: kr 2 745   (i år: kr 2 615)» in a renewal's overview: this year's price beside next year's is the one before)
// («Premie: NOK 96 400 (2025: NOK 88 100)», a broker's renewal: another year's figure named by its year and a colon — the
// figure outside the bracket is the one the field states)
const LAST_YEAR_BRACKET = /\s*\((?:(?:i fjor|i fjar|fjorårets|forrige år|tidligere|tidlegare|før|i dag|per i dag)\b|(?:i år|årets|nå)(?![a-zæøå])|(?:19|20)\d\d\s*:)[^()]*\)\s*$/i;

/** A figure field's value without last year's figure in brackets. */
function withoutLastYear(value: string): string {
  return value.replace(LAST_YEAR_BRACKET, '');
}

/** A labelled figure's value as its amount is read: without last year's figure in brackets and the words that only qualify it («per år», «per skade»). */
export function figureValue(col: 'sum' | 'deductible' | 'premium', value: string): string {
  return withoutQualifier(col, withoutLastYear(value.trim()).trim());
}

/** A capitalised label and its colon inside a field's value: «… Trondheim Forsikringssum: kr 1 500 000». */
const INNER_LABEL = /\s([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ.]*(?: [a-zæøå][A-Za-zÀ-ÖØ-öø-ÿ.]*){0,3}):\s/g;

/** Where a field's value holds the label of another schedule field: the label's start and end (after its colon). */
function innerLabels(value: string): Array<{ label: string; start: number; end: number }> {
  const out: Array<{ label: string; start: number; end: number }> = [];
  INNER_LABEL.lastIndex = 0;
  for (let m = INNER_LABEL.exec(value); m; m = INNER_LABEL.exec(value)) {
    const col = columnOf(m[1]!);
    if (col !== undefined && col !== 'product') out.push({ label: m[1]!, start: m.index, end: m.index + m[0].length });
  }
  // («forsikringssum: kr 10 000 000 · egenandel: kr 10 000 · pris: kr 5 910»: after the mark that sets a field apart, a
  // label in lower case is the next field's as a capitalised one is; a cover's time there, «· karenstid: 24 timer», is
  // one of the line's pieces too, passed over by fieldsOfLine)
  MARKED_INNER_LABEL.lastIndex = 0;
  for (let m = MARKED_INNER_LABEL.exec(value); m; m = MARKED_INNER_LABEL.exec(value)) {
    const col = columnOf(m[1]!);
    if (((col !== undefined && col !== 'product') || TIME_FACT_FIELD.test(m[1]!)) && !out.some((x) => x.start === m!.index)) out.push({ label: m[1]!, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A label in lower case and its colon right after a field's mark: «… · egenandel: kr 10 000», «… – pris: kr 5 910». */
const MARKED_INNER_LABEL = /(?<=\s[–·|])\s([a-zæøå][a-zæøå.]*(?: [a-zæøå.]+){0,2}):\s/g;

/**
 * A line that holds two or more labelled fields with one space between them, as a PDF's line can
 * («Forsikringssted: Nordre gate 7, 7011 Trondheim Forsikringssum: kr 1 500 000»): each field, or
 * undefined when the line is not such (or a piece of it is no field of a schedule).
 */
/** An address that ends in its postcode and a one-word place, then a capitalised rest: «Bakkeveien 14, 2815 Gjøvik Forsikringssum 800 000 kr». */
const PLACE_THEN_REST = /^(.*\b\d{4}\s+[A-ZÆØÅ][a-zæøå-]+)\s+([A-ZÆØÅ].*)$/;

/**
 * «Adresse: Bakkeveien 14, 2815 Gjøvik Forsikringssum 800 000 kr»: a card's place and the next field,
 * side by side without a colon, run into one line (as a PDF sets a card's two lines): the place and
 * that figure — the place had held the figure's label and amount (silently wrong). Undefined for any
 * other line.
 */
function placeThenFigure(label: string, value: string): Array<{ col: Exclude<Col, 'product'>; value: string }> | undefined {
  if (columnOf(label) !== 'object') return undefined;
  const m = PLACE_THEN_REST.exec(value.trim());
  const tail = m ? LABEL_VALUE.exec(m[2]!) : null;
  const col = tail ? columnOf(tail[1]!) : undefined;
  if (!tail || (col !== 'sum' && col !== 'deductible' && col !== 'premium')) return undefined;
  return [{ col: 'object', value: m![1]! }, { col, value: withoutQualifier(col, tail[2]!) }];
}

/** A field's value that ends in a sentence's full stop after a word or a figure («kr 14 000.», «Fullverdi.»). */
const SENTENCE_END = /[A-Za-zÀ-ÖØ-öø-ɏ\d]\.\s*$/u;

function fieldsOfLine(u: Unit): Array<{ col: Exclude<Col, 'product'>; value: string }> | undefined {
  if (u.row || u.label === undefined || u.text.length > 200) return undefined;
  const value = u.text.slice(u.text.indexOf(':') + 1);
  if (!value.includes(':')) return placeThenFigure(u.label, value);
  const inner = innerLabels(value);
  if (inner.length === 0) return undefined;
  const labels = [u.label, ...inner.map((x) => x.label)];
  const values = [value.slice(0, inner[0]!.start), ...inner.map((x, i) => value.slice(x.end, inner[i + 1]?.start ?? value.length))];
  const out: Array<{ col: Exclude<Col, 'product'>; value: string }> = [];
  // («Forsikringssum: kr 11 240 000. Egenandel: kr 14 000. Premie: kr 27 390.»: fields written as sentences, each
  // value ending in a full stop — the stop is the sentence's, not the value's; before, no amount was read)
  const sentences = values.every((v) => SENTENCE_END.test(v));
  // («Forsikringssum: kr 1 200 000 – Egenandel: kr 4 000 – Pris: kr 2 688», fields set apart by a dash or a middle dot:
  // the mark between two fields is no part of the value before it — before, «kr 4 000 –» was no amount)
  const mark = FIELD_MARK.exec(values[0]!.trimEnd())?.[1];
  const marked = mark !== undefined && values.slice(0, -1).every((v) => v.trimEnd().endsWith(` ${mark}`));
  // («Pris per år: 3.036 kr   Pris per måned: 253 kr»: the month's price beside the year's is how it is paid, no field)
  const monthly = labels.map((l) => perMonth(l));
  const yearly = labels.some((l, i) => !monthly[i] && columnOf(l) === 'premium');
  for (let i = 0; i < labels.length; i++) {
    if (monthly[i] && yearly) continue;
    // («· karenstid: 24 timer» between a business interruption's sum and price: the cover's time, no figure)
    if (i > 0 && TIME_FACT_FIELD.test(lowerCase(labels[i]!.trim()))) continue;
    const col = isDekning(withoutColon(labels[i]!).trim()) ? 'coverage' : columnOf(labels[i]!);
    const bare = marked && i < labels.length - 1 ? values[i]!.trimEnd().slice(0, -mark.length) : values[i]!;
    const v = sentences ? bare.trim().slice(0, -1) : bare.trim();
    if (col === undefined || col === 'product' || v === '') return undefined;
    // («Pris: kr 2 688 per år»: the year's price, as the field alone on its line is read)
    out.push({ col, value: col === 'premium' ? withoutQualifier(col, v) : v });
  }
  return out;
}

/** A dash set apart, then a figure's label in lower case and its colon: « – forsikringssum: », « – egenandel: ». */
const DASH_THEN_LABEL = /\s[–-]\s([a-zæøå][a-zæøå.]*(?:\s[a-zæøå.]+){0,2}):\s/gu;
/** Where the fields after it part: a middle dot, a dash or a bar set apart, before the next label and its colon. */
const FIELD_PART = /\s[·–|-]\s(?=[a-zæøåA-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ.]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ.]+){0,2}:\s)/u;
/** A cover's time among its figures, «karenstid: 24 timer», «ansvarstid: 12 måneder»: a fact of the cover, no figure. */
const TIME_FACT_FIELD = /^(?:karenstid|karenstida|ansvarstid|avbruddstid|ventetid|erstatningstid)$/;

/**
 * «Gjellebekkveien 12 A, 3420 Lierskogen – veksthus 1, glass/stål, 4 200 m² – forsikringssum: kr 18 600 000 · egenandel:
 * kr 20 000 · pris: kr 61 380» (a bullet whose figures are set in on the line under it, joined by src/parse/units.ts): an
 * overview's bullet under a product's heading — what it insures, then after a dash its figures, each with its label in
 * lower case and a colon, set apart by middle dots or dashes, as the farm and business insurers' overviews write them.
 * The bullet's place (an address with its postcode) is the object; what follows the place after a dash describes the
 * building there, no part of it; a short name without a figure («Bedrifts- og produktansvar» under «Ansvar») is the
 * cover; a fact with a figure («Avbruddstid 12 måneder» under «Driftstap») is neither. A cover's time among the figures
 * («karenstid: 24 timer») is passed over. Undefined when any label there is no figure's, or a figure is labelled twice:
 * nothing is guessed.
 */
export function leadThenFields(text: string): { object?: string; coverage?: string; fields: Array<{ col: 'sum' | 'deductible' | 'premium'; value: string }> } | undefined {
  if (text.length > 240 || !text.includes(':')) return undefined;
  let start = -1;
  DASH_THEN_LABEL.lastIndex = 0;
  for (let m = DASH_THEN_LABEL.exec(text); m; m = DASH_THEN_LABEL.exec(text)) {
    const col = columnOf(m[1]!);
    if (col === 'sum' || col === 'deductible' || col === 'premium') {
      start = m.index;
      break;
    }
  }
  if (start <= 0) return undefined;
  const lead = text.slice(0, start).trim();
  const pieces = text.slice(start).replace(/^\s[–-]\s/, '').split(FIELD_PART);
  const fields: Array<{ col: 'sum' | 'deductible' | 'premium'; value: string }> = [];
  for (const piece of pieces) {
    const colon = piece.indexOf(':');
    const label = lowerCase(piece.slice(0, colon).trim());
    const value = piece.slice(colon + 1).trim().replace(/[.;]$/, '');
    if (TIME_FACT_FIELD.test(label)) continue;
    const col = columnOf(label);
    if ((col !== 'sum' && col !== 'deductible' && col !== 'premium') || value === '' || fields.some((f) => f.col === col)) return undefined;
    fields.push({ col, value: col === 'premium' ? withoutQualifier(col, value) : value });
  }
  if (fields.length < 2 || lead.includes(':')) return undefined;
  const first = lead.split(/\s[–-]\s/)[0]!.trim();
  if (POSTCODE_PLACE.test(first)) return { object: first, fields };
  if (!DIGIT.test(first) && first.split(/\s+/).length <= 5 && !/[.!?]$/.test(first)) return { coverage: first, fields };
  return { fields };
}

/**
 * «• Bedrifts- og produktansvar» under the heading «Ansvar», right over «  – forsikringssum: kr 10 000 000 · egenandel: kr
 * 10 000 · pris: kr 5 910»: an overview's bullet of a short name with no figure (no sentence, no label), the line under it
 * its figures, each labelled, set apart by marks — the bullet names the heading's product's cover, as «Dekning: …» over
 * the figures does. Sets the block's coverage; false for any other unit.
 */
function bulletCover(s: Blocks, at: number, u: Unit): boolean {
  if (!u.bullet || u.row || u.label !== undefined || s.product === undefined || s.block.size > 0) return false;
  const name = u.text.trim();
  if (DIGIT.test(name) || name.split(/\s+/).length > 5 || /[.:;!?]$/.test(name)) return false;
  const next = s.r.units[at + 1];
  if (next === undefined || next.row || s.r.used.has(next) || blankBefore(s.r, at + 1)) return false;
  const fields = fieldsOfLine(next);
  if (fields === undefined || fields.filter((f) => f.col === 'sum' || f.col === 'deductible' || f.col === 'premium').length < 2) return false;
  s.block.set('coverage', { value: name, unit: u });
  return true;
}

/** The mark that sets one field apart from the next on a line, after a blank: «–», «-», «·», «|», «•». */
const FIELD_MARK = /\s([–·|•-])$/;

/** A field read, and the unit it was read from. */
interface Field {
  value: string;
  unit: Unit;
}

/** The field-block reader's state: the product and place of the section, and the fields of the coverage being read. */
interface Blocks {
  r: Reading;
  push: (c: Coverage, u: Unit, items?: Unit[]) => void;
  /** Items of a person cover in kroner, «Dødsfall: kr 100 000», under its product heading. */
  items: Array<{ item: CoverageItem; unit: Unit }>;
  /** The person cover last pushed from its items: a deductible and a price right under them are its own. */
  lastPerson?: Coverage;
  product: string | undefined;
  object: string | undefined;
  block: Map<string, Field>;
  /** The index class a section heading names by itself («BYGNINGER» over its records), for names the table does not know. */
  section?: RowIndexClass;
  /** The coverage a record's line names («Innbo Super for …»: Super). */
  coverage?: string | undefined;
  /** The period of the list the block stands in («Det du har i dag», «Fra 1. mai 2025»), and the place of the record before. */
  period?: 'now' | 'new' | undefined;
  lastPlace?: string | undefined;
  /** Today's coverages held back until the list of the new period shows whether they are history; the new ones pushed. */
  today: Array<{ c: Coverage; unit: Unit }>;
  news: Set<string>;
  /** The product was named by a record's first field («Forsikring: Næringsbygg», «Dekning: Driftsavbrudd»), not by a heading. */
  byField?: boolean;
  /** The record was begun by a «Dekning: …» field that named its product: the same label begins the next record. */
  dekningOpened?: boolean;
  /** The count of records pushed when a «Forsikring: …» field last named the product: while it stands, the record has its product. */
  namedAt?: number;
  /** The count of records pushed when an «Objekt: …» field named the product of a record with a «Dekning» field: that field is its cover. */
  thingNamedAt?: number;
  /** The place a block of its own states for the records under it («Forsikringssted» / «Adresse: …»), until another. */
  standing?: string | undefined;
  /** The count of records pushed when the standing place was stated, and when a second place beside it made both unknown. */
  standingAt?: number;
  standingTwice?: number;
  /** The index of the unit that stated the standing place. */
  standingUnit?: number;
  /** The indentation of the product heading that named the product (text documents), or undefined. */
  headingIndent?: number | undefined;
  /**
   * The place a line «Eiendom: …» / «Sted: …» states between a group's heading and the names set in under it
   * («Næringseiendom» / «Eiendom: Sentrumsgården, …» / «    Bygning» / «    Husleietap»): each name under it a
   * product at that place, until the next place line or heading. `seen`: the document writes its records so.
   */
  groupPlace?: Field | undefined;
  groupLayout?: boolean;
  /** The product and place were named by a record's name line over its fields («Husforsikring, Lyngveien 3, 4879 Grimstad»). */
  namedRecord?: boolean;
  /** The items of a web page's list of what the block's cover includes («Dette dekker …»), for the block's coverage. */
  listItems?: Array<{ item: CoverageItem; units: Unit[]; product?: string }>;
  /** A sentence «Ansvar og rettshjelp er med i forsikringa:» was read under the block's figures: the fields under it are the cover's parts. */
  partsOpen?: boolean;
  /** The vehicle or boat a field of the product's named («Køyretøy: Volkswagen ID.4 2022, EL 44120»), for its list of covers. */
  vehicle?: Field | undefined;
  /** The vehicle a field named inside a record a «Produkt:» field began, and that product: the object of each of its covers. */
  recordVehicle?: { product: string; value: string } | undefined;
  /** The record a «Produkt:» field began lists its covers by «Dekning:» fields, the first before any figure: each one a cover. */
  dekningCovers?: boolean;
  /** The product the document's title names («Forsikringsbevis - Bilforsikring»), for a vehicle's section under it. */
  title?: string;
  /** «POLISE / FORSIKRINGSBEVIS» over «Ansvarsforsikring for entreprenører»: the product under the document's kind, and the count of records then. */
  kindTitle?: { product: string; pushed: number };
  /** The title's product while a caption «Dekninger» lists its covers, each block's name a cover of it. */
  covers?: string | undefined;
  /** The product a title or a «Produkt:» field named, and how many coverages had been read then. */
  lead?: { product: string; pushed: number };
  /** How many coverages the blocks have given. */
  pushed: number;
  /** The place a lettered or numbered place label last stated («Forsikringssted A   Kongens gate 7, …»), for the covers of that place under it. */
  site?: string | undefined;
  /** The bullet that named the record being read («• Maskiner og utstyr» over its dashes set in), for the lines set in under it. */
  bullet?: Unit | undefined;
}

/** A place's label at the start of a value: «Adresse: », «Forsikringssted: ». */
const PLACE_LABEL_LEAD = new RegExp(`^(?:${PLACE_LINE_LABELS.join('|')})(?:\\s+(?:nr\\.?\\s*)?\\d{1,2})?\\s*:\\s*`, 'i');
/** The classes of things at a place (a standing place is theirs; a vehicle's or a person cover's is not). */
export const PLACED_CLASSES: ReadonlySet<string> = new Set(['bygninger', 'innbo', 'maskin_losore', 'varer']);

/** A heading that is only the name of an index class («BYGNINGER», «Varer», «Innbo»). */
export const CLASS_HEADING = /^(?:bygning(?:er)?|bygg|varer|innbo|løsøre|maskiner(?: og løsøre)?|eiendeler)$/;

/** The thing «Forsikrede bygninger (fullverdi)» lists: its last word before a bracket (lower case). */
const LISTED_THING = /\s([a-zæøå]+)(?:\s*\([^()]*\))?$/;

export function readFieldBlocks(r: Reading, push: (c: Coverage, u: Unit, items?: Unit[]) => void): void {
  const s: Blocks = { r, push: (c, u, items) => {
    s.pushed++;
    push(c, u, items);
  }, items: [], product: undefined, object: undefined, block: new Map(), today: [], news: new Set(), pushed: 0 };
  for (let at = 0; at < r.units.length; at++) at = fieldBlockUnit(s, at);
  flushBlock(s);
  // (today's list with no new list of the same cover: the coverage as it is)
  for (const t of s.today) push(t.c, t.unit);
}

/** Reads the unit at `at` into the state; the index of the last unit it took (one further when a line below belonged to it). */
function fieldBlockUnit(s: Blocks, at: number): number {
  const r = s.r;
  const u = r.units[at]!;
  if (designatedPlaceOver(s, at, u)) return at + 1;
  if (describedUnderName(s, at, u)) return at;
  if (remarkUnderBullet(s, at, u)) return at;
  if (r.used.has(u)) {
    // («Neste fornyelse» over «01.09.2025» among a card's fields, read by the header: the card goes on)
    // (also as a row of two cells, «Neste fornyelse | 01.09.2026», on a page whose fields stand apart by tabs)
    // («Køyretøy: …» / «Dekning: Delkasko» / «Bonus: 50 %» / «Eigenandel: …» in a renewal letter, the bonus taken by the letter's
    // reader: a fact of the vehicle among the record's fields, as where no reader took it — the record goes on)
    if (s.block.size > 0 && (cardField(u) || dateRow(u) || sideBySideFact(u) || s.block.get('remark')?.unit === u || sentenceInRecord(s, at, u) || thingFact(s, u))) return at;
    // («Indeksregulering: Nei» among a record's fields, taken by the reader of the document's index as a line of it: the
    // record's own field — its sum is not adjusted; before, it ended the record, and the class of its name was kept)
    const ownIndex = s.product !== undefined && s.block.size > 0 && !s.block.has('index') ? indexField(u) : undefined;
    if (ownIndex !== undefined) {
      s.block.set('index', { value: ownIndex, unit: u });
      return at;
    }
    const place = lonePlace(s);
    flushBlock(s);
    enterHeading(s, u);
    placeUnderHeading(s, u, place);
    return at;
  }
  // («  Fast egenandel: 2 500 kr per skadetilfelle» / «  I tillegg betaler du 15 % av det overskytende beløpet.» / «  Årspremie:
  // 5 868 kr»: a sentence between a record's figures, read by no reader, is no end of the record)
  if (sentenceInRecord(s, at, u)) return at;
  // («• Næringsbygg – Industriveien 9, 3414 Lierstranda» / «Selskap: If, polise SP812244» / «Forsikringssum kr …»: in a
  // broker's overview, the insurer a record is placed with — no field of the schedule, no record's name, no end of the record)
  if (insurerLine(u) && s.product !== undefined && s.block.size === 0) {
    r.used.add(u);
    return at;
  }
  // («• Gjellebekkveien 12 A, 3420 Lierskogen – veksthus 1, …» over «  – forsikringssum: kr 18 600 000 · egenandel: …»
  // under the heading «Veksthus»: what the bullet insures, then its labelled figures set apart by middle dots)
  const bulletFields = s.product !== undefined && !u.row ? leadThenFields(u.text) : undefined;
  if (bulletFields !== undefined) {
    flushBlock(s);
    if (bulletFields.object !== undefined) s.block.set('object', { value: bulletFields.object, unit: u });
    if (bulletFields.coverage !== undefined) s.block.set('coverage', { value: bulletFields.coverage, unit: u });
    for (const f of bulletFields.fields) s.block.set(f.col, { value: f.value, unit: u });
    return at;
  }
  // «Forsikringssum kr 14 600 000   Egenandel kr 10 000   Pris kr 21 890»: a row of fields, for
  // the product the line above names («Driftsbygning (fjøs og låve), Haugsvegen 140, 2630 Ringebu»)
  const cellFields = fieldCells(u);
  if (cellFields) return rowOfFields(s, at, cellFields);
  // («Kjøretøy» over «  • Bilforsikring Toppkasko – EV 10562 Skoda Enyaq» over its fields set in: a bullet that names a product
  // of its own and its vehicle is that record — not the place of the heading's product)
  const ownBullet = u.bullet && !u.row && u.label === undefined ? bulletRecord(s, at, u) : undefined;
  if (ownBullet?.object !== undefined) {
    flushBlock(s);
    enterRecord(s, u, ownBullet);
    return at;
  }
  // («Bil - Toyota RAV4, ZE 48213» over «Dekning: Kasko», «Egenandel: kr 8 000» after the record «Innbo - …»: a line that names
  // a product and, after its dash, a vehicle by its plate, over its own fields, is that record — with or without a bullet)
  const ownVehicle = !u.bullet && !u.row && u.label === undefined ? vehicleRecord(s, at, u) : undefined;
  if (ownVehicle !== undefined) {
    flushBlock(s);
    enterRecord(s, u, ownVehicle);
    return at;
  }
  const recordLines = recordLinesUnderHeading(s, at, u);
  if (recordLines !== undefined) return recordLines;
  if (placeDescription(s, at, u)) return at;
  if (placeAfterRecord(s, at, u)) return at;
  // «Næringsbygg, Storgata 1, 0155 Oslo      Årspremie kr 48 360»: a product line that ends with its
  // premium, over the fields of its sum and deductible
  // («Bilforsikring – Volvo V60, DN 48211 | Kasko | premie kr 9 140», «Innboforsikring Stor – Sjøgata 17 B, 3040 Drammen |
  // sum kr 750 000 | premie kr 2 980»: an overview's row, whole in itself — also under the row before)
  const pr = u.row ? productRowWithPremium(u) : undefined;
  const pp = pr ?? (s.block.size === 0 || s.block.has('sum') ? productWithPremium(u) : undefined);
  if (pp) {
    flushBlock(s);
    s.product = pp.product;
    s.byField = false;
    s.object = pp.object;
    s.block.set('premium', { value: pp.premium, unit: u });
    for (const f of pr?.fields ?? []) s.block.set(f.col, { value: f.value, unit: u });
    return at;
  }
  // («Ansvar» / «• Bedrifts- og produktansvar» / «  – forsikringssum: kr 10 000 000 · egenandel: kr 10 000 · pris: …»: a
  // bullet that names no figure, right over the line of its figures, names the cover of the heading's product)
  if (bulletCover(s, at, u)) return at;
  // «Forsikringssted: … Forsikringssum: kr 1 500 000»: two fields on one line, each read
  const fields = fieldsOfLine(u);
  if (fields) {
    for (const f of fields) {
      if (s.block.has(f.col)) flushBlock(s);
      s.block.set(f.col, { value: f.value, unit: u });
    }
    return at;
  }
  // («Innbu   Heggøyvegen 88, 6090 Fosnavåg» over «Forsikringssum 1 100 000 kr · eigenandel …»: a letter's overview line)
  const placed = namePlaceRow(s, at, u);
  if (placed !== undefined) {
    flushBlock(s);
    enterRecord(s, u, placed.name);
    if (placed.name.coverage !== undefined) s.block.set('coverage', { value: placed.name.coverage, unit: u });
    for (const f of placed.fields ?? []) s.block.set(f.col, { value: f.value, unit: placed.rest?.[placed.rest.length - 1] ?? u });
    for (const v of placed.rest ?? []) r.used.add(v);
    return at + (placed.rest?.length ?? 0);
  }
  // «Produkt: Næringsbygg» over «Forsikringssum: …», «Egenandel: …»: a record whose first field names its product
  const fieldNamed = productField(u) ?? objectRecord(r, at, u) ?? dekningRecord(s, u) ?? formRecord(s, u) ?? placedRecord(s, u);
  // («Forsikringssted   Storgata 10, 2870 Dokka» over «Bygning   Rådhus, …»: the label names the record's product)
  const labelledProduct = fieldNamed ? undefined : productLabelRecord(s, at, u);
  const named = fieldNamed ?? labelledProduct;
  if (named) {
    // «Eiendom: gnr. 12 bnr. 4» right over «Produkt: Landbruk»: the place of the record it begins
    const place = s.block.size === 1 ? s.block.get('object') : undefined;
    if (place) s.block = new Map();
    flushBlock(s);
    ({ product: s.product, object: s.object } = named);
    s.namedAt = productField(u) !== undefined ? s.pushed : undefined;
    s.recordVehicle = undefined;
    s.dekningCovers = false;
    s.thingNamedAt = fieldNamed !== undefined && productField(u) === undefined && objectRecord(r, at, u) !== undefined ? s.pushed : undefined;
    s.dekningOpened = fieldNamed !== undefined && productField(u) === undefined && isDekningLine(u);
    // («Produkt: Hussoppforsikring» under «FORSIKRINGSBEVIS»: the certificate's product, as a title names it)
    if (s.pushed === 0 && s.block.size === 0 && productField(u) !== undefined) s.lead = { product: named.product, pushed: s.pushed };
    if (place && s.object === undefined) {
      s.object = place.value;
      r.used.add(place.unit);
    }
    // («Bygning   Rådhus, kontorbygg i 3 etasjer»: what the building is, the record's description)
    if (labelledProduct?.description !== undefined) s.block.set('description', { value: labelledProduct.description, unit: u });
    s.section = undefined;
    s.byField = true;
    return at;
  }
  // «Forsikringsform: Fullverdi», «Premiegrunnlag: 24.600.000»: a full-value building's basis (flushBlock)
  const basis = s.product !== undefined ? fullValueField(u) : undefined;
  if (basis) {
    if (s.block.has(basis)) flushBlock(s);
    s.block.set(basis, { value: (labelAndValue(u) ?? labelled(u))!.value, unit: u });
    return at;
  }
  // «Antall dyr: 42», «42 melkekyr» under «Husdyr – storfe»: how many animals, no figure of the block's (its note)
  const count = s.product !== undefined ? countLine(u) : undefined;
  if (count !== undefined) {
    if (s.block.has('count')) flushBlock(s);
    s.block.set('count', { value: count, unit: u });
    return at;
  }
  // «Indeks   Ingen», «Indeks   Bygningsindeks» among a record's fields: the index its sum follows
  const index = s.product !== undefined && s.block.size > 0 ? indexField(u) : undefined;
  if (index !== undefined) {
    if (s.block.has('index')) flushBlock(s);
    s.block.set('index', { value: index, unit: u });
    return at;
  }
  // «Prosentvis egenandel  25 %» beside the fixed deductible: the block's note
  const percent = s.product !== undefined ? percentDeductible(u) : undefined;
  if (percent !== undefined) {
    if (s.block.has('percent')) flushBlock(s);
    s.block.set('percent', { value: percent, unit: u });
    return at;
  }
  if (perPersonItem(s, at) || includedPart(s, at) || boatByModel(s, at)) return at;
  // «Husleietap   NOK 9 600 000» over «Egenandel   NOK 100 000»: a record named with its sum
  const withSum = nameWithSum(s, at, u);
  if (withSum !== undefined) return withSum;
  // «Dekning: Pluss» has the shape of a heading, but it is a field
  // («Forsikringssum ved tannskade» under a person product is none of its sums: g-items reads such labels)
  // («Innbo» over a change's sentence, then «Dette har dere hos oss fra 1. desember 2025:» over «Hus - Kirkebakken 3, 7600 Levanger»
  // and its fields set in: a record's name line that names its own product before the dash — that product at the place after
  // it, not the place of the product a heading above named; right under a product's heading, «Naust – 6863 Leikanger» is its site)
  // («Bygning - Solbakkveien 2, 3550 Gol» / «  Boligblokk, 18 leiligheter, byggeår 1979» / «  Forsikringssum: …» on a housing
  // co-operative's web page: the building's description set in between the name line and its fields is the record's)
  const own = s.block.size === 0 && s.product !== undefined && !u.row && u.label === undefined && blankBefore(r, at) && recordField(pastDescription(r, at)) ? dashedName(u.text) : undefined;
  if (own !== undefined && lowerCase(own.product) !== lowerCase(s.product!)) {
    enterRecord(s, u, own);
    return at;
  }
  const f = fieldOf(u) ?? (s.product !== undefined && !namesPersonProduct(s.product) ? eventSumOf(u) : undefined);
  // «Strandgata 5, 9008 Tromsø» right under a product heading: the place of the coverage below
  // («Hytta, 3570 Ål», «Naust – 6863 Leikanger» right under a card's title «Hytteforsikring»: a site's name and its postcode)
  // («Tesla Model Y Long Range 2022, EL 48213» right under «Bilforsikring»: the vehicle, named with its plate)
  const vehicle = !f && s.block.size === 0 && s.product !== undefined && !u.row && u.text.length < 80 ? vehicleLine(u) : undefined;
  // («Hus - Kirkebakken 3, 7600 Levanger» under a letter's last heading «Innbo»: a product the index-class table knows, a
  // dash and a place name a record of their own — the place of that product, never the heading's object)
  // («Lauvliveien 11, Gnr 12 Bnr 44,» / «3622 Svene» under «Hytteforsikring»: a street with the lot between its number and
  // the postcode is the place too, whole)
  if (!f && s.block.size === 0 && s.product !== undefined && !u.row && u.text.length < 80 && !productDashPlace(u.text) && (ADDRESS.test(u.text.replace(LOT_BEFORE_POSTCODE, '')) || ((SITE_PLACE.test(u.text) || vehicle !== undefined) && headingAbove(s.r, at)))) {
    s.object = vehicle ?? u.text.trim();
    return at;
  }
  if (!f && cardDescription(s, at, u)) return at;
  if (!f && (personItem(s, at) || stackedPersonItem(s, at) || itemRow(s, u) || blockItem(s, u))) return at;
  const covers = !f ? coverLines(s, at) : undefined;
  if (covers !== undefined) return covers;
  // «- Innbo Super for Thereses gate 14 B, 0358 Oslo» over «- Forsikringssum: kr 1 500 000»: a record's line
  const record = !f ? forRecord(s, at) : undefined;
  if (record) {
    flushBlock(s);
    ({ product: s.product, coverage: s.coverage, object: s.object } = record);
    s.byField = false;
    s.lastPlace = record.object ?? s.lastPlace;
    s.period = periodOf(r.units[at - 1]);
    return at;
  }
  if (!f) {
    const listed = coverList(s, at);
    if (listed !== undefined) return listed;
    notAField(s, at, u);
    return at;
  }
  // (a place after a blank line, under a record that has its figures, begins the next record;
  // with no blank line, right over the next record's «Produkt:» line, it may be either's)
  if (f.col === 'object' && hasFigures(s.block) && !s.block.has('object') && !blankBefore(r, at) && r.units[at + 1] && productField(r.units[at + 1]!)) {
    r.warnUnit(u, `could not tell whether ${quote(u.text)} is the place of ${s.product ?? 'the record above'} or of the record below; not read`);
    r.used.add(u);
    return at;
  }
  // («Egenandel leiebil: 1 500 kr» under «Egenandel kasko: 6 000 kr»: a part's deductible, an item — not a second block)
  if (f.col === 'deductible' && s.block.has('deductible') && partAfterDeductible(s, u)) return at;
  // («Egenandel vannskade   NOK 20 000,-» under a record's «Egenandel   NOK 10 000,-», over its «Årspremie»: the record's
  // deductible for one peril — no form in the model, and no end of the record, whose premium comes under it: left unread,
  // and warned as a line with amounts; read as a second record, its premium went to the next record's place)
  if (f.col === 'deductible' && s.block.has('deductible') && perilDeductible(u)) return at;
  // («Beskrivelse: Verksted og lager i betong» beside «Forsikringssted: …»: the thing described, no second place)
  // («Bygning: Tomannsbolig, byggeår 1952» under a record's address on a line of its own: what the building is — its year,
  // floors, area — and where it stands nowhere; a description is never the place, whether or not the place was labelled)
  const key = 'event' in f ? `sum@${f.event}` : f.col === 'object' && (describes(u) || describesAtPlace(s, u, f.value) || buildingDescribed(u, f.value)) ? 'description' : f.col;
  // («Pris for 2025: kr 7 000» over «Pris for 2026: kr 7 420»: the earlier year's figure is last year's, no second record)
  const years = yearsApart(s.block.get(key), u);
  if (years !== undefined) {
    r.used.add(u).add(s.block.get(key)!.unit);
    if (years === 'later') s.block.set(key, { value: f.value, unit: u });
    return at;
  }
  // («Eiendom: Lagerhall Torpo, …» right under a record's figures and right over a product's heading
  // «Bygning» and its fields — a PDF that lost the indents that set the records under their place: the
  // heading begins a record, and the place over it is that record's, as after a blank line)
  // («Kjøretøy   BMW R 1250 GS Adventure» over «Registreringsnummer   VH 2049», in either order: two names of one
  // vehicle, no second record — the object is the name the card gives it first)
  const held = key === 'object' ? s.block.get('object') : undefined;
  const ownLabel = held !== undefined ? labelled(u)?.label : undefined;
  if (held !== undefined && !hasFigures(s.block) && ownLabel !== undefined) {
    const heldLabel = labelled(held.unit)?.label;
    // («Fartøy: Askeladden 580 Weekend» over «Registreringsnummer: KDA 442 (Småbåtregisteret)»: a boat's number in the small-boat
    // register, its register named in brackets — the same boat)
    const isPlate = (l: string | undefined, v: string) => l !== undefined && PLATE_LABEL.test(` ${withoutColon(l).trim()} `) && (PLATE_CELL.test(v.trim()) || BOAT_REGISTER_CELL.test(v.trim()));
    const isModel = (l: string | undefined, v: string) => l !== undefined && makeAndModel(lowerCase(withoutColon(l).trim()), v);
    if (isPlate(ownLabel, f.value) && isModel(heldLabel, held.value)) {
      r.used.add(u);
      return at;
    }
    if (isModel(ownLabel, f.value) && isPlate(heldLabel, held.value)) {
      r.used.add(u);
      return at;
    }
  }
  const overHeading = f.col === 'object' && hasFigures(s.block) && !s.block.has('object') && headingOverFields(r, at + 1);
  // («Forsikringsverdi: Fakturaverdi + 10 %» / blank / «Dekning: Alle farer (A)» over «Forsikringssum: …»: a cover's label after a
  // blank line under a record's figures begins the next record, as a place there does — its figures are below it, not above)
  const figureNext = f.col === 'coverage' && r.units[at + 1] !== undefined ? fieldOf(r.units[at + 1]!)?.col : undefined;
  const coverAfterGap = f.col === 'coverage' && hasFigures(s.block) && !s.block.has('coverage') && blankBefore(r, at) && (figureNext === 'sum' || figureNext === 'deductible' || figureNext === 'premium');
  if (s.block.has(key) || (f.col === 'object' && hasFigures(s.block) && blankBefore(r, at)) || overHeading || coverAfterGap) flushBlock(s);
  s.block.set(key, { value: f.value, unit: u });
  if (f.col === 'object' && u.label !== undefined && vehicleLabel(u.label, f.value)) {
    s.vehicle = { value: f.value, unit: u };
    if (s.namedAt !== undefined && s.product !== undefined) s.recordVehicle = { product: s.product, value: f.value };
  }
  // («Forsikringssum bygning   NOK 142 000 000»: the block's product is the one the sum's label names)
  const lv = f.col === 'sum' || f.col === 'object' ? labelled(u) : undefined;
  const sumOf = f.col === 'sum' && lv ? sumLabelProduct(lv.label) : undefined;
  if (sumOf !== undefined) s.block.set('named', { value: sumOf, unit: u });
  // («Forsikringssted A   Kongens gate 7, …»: the place of the covers under it, until another)
  if (f.col === 'object' && lv && designatedPlace(lv.label, f.value) !== undefined) s.site = withoutUse(f.value);
  return at;
}

/**
 * «Forsikringssted 1» over «Stokkamyrveien 18, 4313 Sandnes»: a place's label and its letter or number alone on a line, the
 * place on the next — the place of the covers under it, until another (as «Forsikringssted A   Kongens gate 7, …» on one
 * line is). Whether it was.
 */
function designatedPlaceOver(s: Blocks, at: number, u: Unit): boolean {
  const next = s.r.units[at + 1];
  if (next === undefined || !DESIGNATED_PLACE.test(u.text.trim())) return false;
  const place = placeLines(s.r, at + 1);
  if (place === undefined) return false;
  flushBlock(s);
  s.site = place.value;
  s.object = undefined;
  s.r.used.add(u);
  for (const x of place.units) s.r.used.add(x);
  return true;
}

/** «Gnr 112 Bnr 7, 7520 Hegra», «gnr. 14 bnr. 22, 8310 Kabelvåg»: a farm's or lot's place by its land register numbers and post code. */
const CADASTRE_ADDRESS = /^(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ .'-]*,\s*)?g(?:nr|årdsnr)\.?\s*\d{1,4}\s*[,/]?\s*b(?:nr|ruksnr)\.?\s*\d{1,4}(?:\s*[,/]?\s*(?:fnr|snr)\.?\s*\d{1,4})?,\s*\d{4}\s+[A-ZÀ-ÖØ-Þ]/i;
/** «Nordre Lien», «Sentrumsgården»: a place's name alone on a line — capitalised words, no figure, no colon. */
const PLACE_NAME = /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ÿ'-]+){0,3}$/;

/**
 * The place under a place's label, from the unit at `at`: an address («Stokkamyrveien 18, 4313 Sandnes»), a farm's land
 * register numbers with its post code («Gnr 112 Bnr 7, 7520 Hegra»), or a place's name alone on its line over either
 * («Nordre Lien» over «Gnr 112 Bnr 7, 7520 Hegra» → «Nordre Lien, Gnr 112 Bnr 7, 7520 Hegra»: a farm or property is
 * called by its name, then where it lies). Undefined for anything else (a product's name under the label is no place).
 */
function placeLines(r: Reading, at: number): { value: string; units: Unit[] } | undefined {
  const first = r.units[at];
  if (first === undefined) return undefined;
  const isPlace = (x: Unit): boolean => !x.row && !x.bullet && x.label === undefined && (ADDRESS.test(x.text.trim()) || CADASTRE_ADDRESS.test(x.text.trim()));
  if (isPlace(first)) return { value: first.text.trim(), units: [first] };
  const second = r.units[at + 1];
  const name = first.text.trim();
  if (second === undefined || first.row || first.bullet || first.label !== undefined || first.lines.length !== 1 || !PLACE_NAME.test(name) || namesProduct(name) || fieldOf(first) !== undefined) return undefined;
  const a = first.lines[0]!;
  const b = second.lines[0]!;
  if (a.page !== b.page || b.line !== a.line + 1 || !isPlace(second)) return undefined;
  return { value: `${name}, ${second.text.trim()}`, units: [first, second] };
}

/**
 * «Husleietap   NOK 9 600 000» after a blank line, over «Egenandel   NOK 100 000» and «Premie   …»: a record whose
 * first line is a product's name the index-class table knows and its sum (two cells, no colon). A cover of a thing at
 * a place or of its loss of income (rent, interruption) takes the place a lettered place label last stated above it
 * («Forsikringssted A   …»); a liability takes none. The index of the unit, or undefined for any other unit.
 */
function nameWithSum(s: Blocks, at: number, u: Unit): number | undefined {
  if (s.block.size > 0 && !hasFigures(s.block)) return undefined;
  const lv = labelCellRow(u);
  if (!lv || !blankBefore(s.r, at) || !startsRecord(s.r.units[at + 1])) return undefined;
  const name = lv.label;
  if (DIGIT.test(name) || name.includes(':') || columnOf(name) !== undefined || !namesProduct(name) || namesPersonProduct(name)) return undefined;
  if (readAmount(lv.value) === undefined) return undefined;
  flushBlock(s);
  s.product = name;
  s.byField = true;
  s.dekningOpened = false;
  s.coverage = undefined;
  const cls = rowIndexClass(name).index_class;
  s.object = s.site !== undefined && (PLACED_CLASSES.has(cls) || namesLossOfIncome(name)) ? s.site : undefined;
  s.block.set('sum', { value: lv.value, unit: u });
  return at;
}

/**
 * «Kasko: eigenandel kr 8 000» / «Delkasko: eigenandel kr 4 000» under a vehicle's certificate (a
 * mail-merged list of its covers, after «Køyretøy: …»): each line a coverage of the product, the
 * label its cover, the figures read by the words before them as a sentence's are, the vehicle its
 * object. The index of the last line taken; undefined when the unit is no such line or the product
 * names no vehicle.
 */
function coverLines(s: Blocks, at: number): number | undefined {
  const { r, product, vehicle } = s;
  if (product === undefined || vehicle === undefined || coverLine(r.units[at]!) === undefined) return undefined;
  flushBlock(s);
  for (let k = at; ; k++) {
    const u = r.units[k]!;
    const line = coverLine(u)!;
    s.push(ordered({ product, coverage: line.coverage, object: vehicle.value, index_class: rowIndexClass(product).index_class, ...line.figures }), u);
    r.used.add(u).add(vehicle.unit);
    const next = r.units[k + 1];
    if (next === undefined || coverLine(next) === undefined) return k;
  }
}

/** «Kasko: eigenandel kr 8 000», «Glasskade: eigenandel kr 3 000, premie kr 1 240»: a cover's name, then only figures each named by its role. */
function coverLine(u: Unit): { coverage: string; figures: Partial<Record<'sum' | 'deductible' | 'premium', string>> } | undefined {
  if (u.row || u.label === undefined || !DIGIT.test(u.text)) return undefined;
  const name = withoutColon(u.label).trim();
  if (columnOf(name) !== undefined || DIGIT.test(name) || name.split(' ').length > 3) return undefined;
  const found = sentenceFigures(u.text.slice(u.text.indexOf(':') + 1));
  const figures: Partial<Record<'sum' | 'deductible' | 'premium', string>> = {};
  for (const f of found) {
    if (f.role === 'none' || f.role === 'several' || f.value === undefined || figures[f.role] !== undefined) return undefined;
    figures[f.role] = f.value;
  }
  return found.length > 0 ? { coverage: name, figures } : undefined;
}

/**
 * The fields of a full-value building's sum that name no column: the form «Forsikringsform: Fullverdi»
 * ('form') and the premium's basis «Premiegrunnlag: 24.600.000» ('basis'). Together they are the
 * block's sum, as «Fullverdi, premiegrunnlag kr 212 600 000» is (readSum); a basis alone may be a
 * payroll or a turnover, and is not read.
 */
function fullValueField(u: Unit): 'form' | 'firstRisk' | 'basis' | undefined {
  // (also a row of two cells, «Forsikringsform:      Førsterisiko», «Forsikringsform      Førsterisiko»:
  // the value set apart to line up, with or without the colon)
  const lv = labelAndValue(u) ?? (u.row ? labelled(u) : undefined);
  if (lv === undefined) return undefined;
  const label = lowerCase(withoutColon(lv.label).trim());
  const value = lv.value;
  if (label === 'forsikringsform' && FULL_VALUE.test(value)) return 'form';
  // («Forsikringsform: Førsterisiko» over «Forsikringssum: kr 6 000 000»: the block's sum is a first-risk sum)
  if (label === 'forsikringsform' && FIRST_RISK_FORM.test(value)) return 'firstRisk';
  return label === 'premiegrunnlag' && readAmount(value) !== undefined ? 'basis' : undefined;
}

/**
 * A field of the column a field of the block already has, both labelled with a year («Pris for
 * 2025», «Pris for 2026»): 'later' when the unit's year is the later one (its figure is the
 * block's), 'earlier' when it is the earlier; undefined when they are not two years of one column.
 */
function yearsApart(had: Field | undefined, u: Unit): 'later' | 'earlier' | undefined {
  // («Forsikringssum fra 1. januar 2026» is of 2026, as «Forsikringssum 2026» is)
  const label = (x: Unit): string | undefined => {
    const l = x.row ? x.cells.find((c) => c !== '') : x.label;
    return l === undefined ? undefined : undatedColumn(l);
  };
  const [a, b] = [had && label(had.unit), label(u)];
  const [ya, yb] = [a === undefined ? undefined : columnYear(a), b === undefined ? undefined : columnYear(b)];
  // («Forsikringssum i 2025: 900 000 kr» over «Ny forsikringssum fra 1. januar 2026: 927 000 kr»: a year's figure, then the
  // figure its label calls new — the later, the schedule's; the year's the one before)
  const isNew = (l: string | undefined): boolean => l !== undefined && RENEWAL_NEW.test(lowerCase(l)) && figureWhen(l)?.when === 'new';
  if (ya !== undefined && yb === undefined && isNew(b)) return 'later';
  if (yb !== undefined && ya === undefined && isNew(a)) return 'earlier';
  if (ya === undefined || yb === undefined || ya === yb) return undefined;
  return yb > ya ? 'later' : 'earlier';
}

/** A block with a sum, deductible or premium. */
function hasFigures(block: Map<string, Field>): boolean {
  return [...block.keys()].some((k) => k === 'sum' || k.startsWith('sum@') || k === 'deductible' || k === 'premium');
}

/** A blank line (or a page break) between the unit at `at` and the one before it. */
function blankBefore(r: Reading, at: number): boolean {
  const above = r.units[at - 1];
  const first = r.units[at]!.lines[0]!;
  if (!above) return false;
  const last = above.lines[above.lines.length - 1]!;
  return !follows(last, first) && (last.page !== first.page || first.line > last.line + 1);
}

/** «Forsikringssum ved brann», «Sum ved tyveri»: a sum's label, «ved» and the event it is for. */
const EVENT_LABEL = /^(.+?)\s+ved\s+([a-zæøå][a-zæøå -]{1,40})$/i;

/**
 * A sum for one event of a product's cover: «Forsikringssum ved brann: kr 3 100 000»,
 * «Forsikringssum ved tyveri: kr 200 000» under «Hytte» — its event («brann») and value; undefined
 * for any other line.
 */
function eventSumOf(u: Unit): { col: 'sum'; value: string; event: string } | undefined {
  const lv = labelled(u);
  if (lv === undefined) return undefined;
  const { label, value } = lv;
  const m = EVENT_LABEL.exec(withoutColon(label.trim()));
  if (!m || columnOf(m[1]!) !== 'sum' || value === '' || !DIGIT.test(value)) return undefined;
  return { col: 'sum', value, event: m[2]!.trim() };
}

/** The block's sums for one event each («Forsikringssum ved brann», «… ved tyveri»), in the document's order. */
function eventSums(block: Map<string, Field>): Array<{ event: string; field: Field }> {
  return [...block]
    .filter(([k]) => k.startsWith('sum@'))
    .map(([k, field]) => ({ event: k.slice(4), field }))
    .sort((a, b) => a.field.unit.index - b.field.unit.index);
}

/** «Innbo Super for <address>», «… for samme adresse» (the place of the record before). */
const FOR_PLACE = /^(.+?)\s+for\s+(samme adresse|(?:[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ.'-]*)(?:\s[A-Za-zÀ-ÖØ-öø-ÿ.'-]+)*\s\d+\s?[A-Za-z]?(?:[-–]\d+)?,\s*\d{4}\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ-]*(?:\s[A-Za-zÀ-ÖØ-öø-ÿ-]+)?)$/;

/**
 * A record's line that names its product, perhaps its cover level, and its place after «for»,
 * right over a field of its sum, deductible or premium; undefined otherwise. «for samme adresse»
 * is the place of the record before (none known: no place).
 */
function forRecord(s: Blocks, at: number): { product: string; coverage?: string; object?: string } | undefined {
  const u = s.r.units[at]!;
  if (u.row || u.label !== undefined || u.text.length > 100 || !u.text.includes(' for ') || !startsRecord(s.r.units[at + 1])) return undefined;
  const m = FOR_PLACE.exec(u.text.trim());
  if (!m) return undefined;
  const words = m[1]!.split(' ');
  const last = words[words.length - 1]!;
  const level = words.length > 1 && COVER_LEVEL_SET.has(lowerCase(last)) ? last : undefined;
  const product = level !== undefined ? words.slice(0, -1).join(' ') : m[1]!;
  if (DIGIT.test(product) || !namesProduct(product)) return undefined;
  const object = m[2] === 'samme adresse' ? s.lastPlace : m[2]!;
  const out: { product: string; coverage?: string; object?: string } = { product };
  if (level !== undefined) out.coverage = level;
  if (object !== undefined) out.object = object;
  return out;
}

/** The labels of a field that names a record's product («Produkt: Ansvar», «Forsikring: Næringsbygg»). */
// («Objekt 1: Campingvogn», «Objekt 2: Tilhenger»: a record's numbered label, its value the thing insured — a product's name)
const PRODUCT_LABEL = /^(?:produkt|forsikring|forsikringstype|forsikringsart|(?:objekt|produkt|forsikring)\s+(?:nr\.?\s*)?\d{1,2})$/;

/** «Produkt: Næringsbygg» (perhaps its place after a comma): the product a record's first field names, or undefined. */
/** A product's heading alone on its line at `at` («Bygning», «Husleietap»), a field under it. */
function headingOverFields(r: Reading, at: number): boolean {
  const h = r.units[at];
  const next = r.units[at + 1];
  return h !== undefined && next !== undefined && h.heading && h.product && !h.row && h.label === undefined && (next.label !== undefined || labelCellRow(next) !== undefined);
}

/**
 * «Produkt: Yrkesskade» (a record's first field, between rules, its G items set in under it): the product the field names, for
 * the readers of a person product's items — the items under it are that product's, never the certificate title's.
 */
export function productFieldName(u: Unit): string | undefined {
  return productField(u)?.product;
}

function productField(u: Unit): { product: string; object?: string } | undefined {
  // («Produkt                 Husforsikring» over «Dekning   Pluss», «Forsikringssum   kr …»: a certificate's record set
  // as two cells by spaces, no colon, as its other fields are)
  const lv = labelAndValue(u) ?? labelCellRow(u);
  if (!lv || !PRODUCT_LABEL.test(lowerCase(withoutColon(lv.label).trim()))) return undefined;
  // («Produkt ....... Yrkesskade (31 ansatte, 22,5 årsverk)»: whom a staff cover insures, in brackets after its name, is no
  // part of the product — and its figures no reason to drop the record: its fields went to the product above)
  const value = withoutPersonsRemark(lv.value);
  // (a value with figures of its own is no product's name: «Forsikring: 2 biler»)
  const line = productLine(value);
  return line && !DIGIT.test(line.product) ? line : undefined;
}

/**
 * «Objekt: Hytte» (or «Objekt   Hytte», two cells) right over «Forsikringsstad: Fjellstølvegen 12, …»: a record's name label
 * (RECORD_NAME_LABELS) whose value is a thing with no figure, its place in a field of its own on the next line — the
 * thing is the record's product, the place its object. Without the place's field under it «Objekt: …» stays what it
 * is elsewhere, the record's object («Objekt: Lyngdal ungdomsskole, Skolegata 9, …», its place in it).
 */
function objectRecord(r: Reading, at: number, u: Unit): { product: string; object?: string } | undefined {
  const lv = labelAndValue(u) ?? labelCellRow(u);
  if (!lv || !RECORD_NAME_SET.has(lowerCase(withoutColon(lv.label).trim())) || DIGIT.test(lv.value) || lv.value === '' || lv.value.length > 60) return undefined;
  const next = r.units[at + 1];
  const nextLv = next ? labelAndValue(next) ?? labelCellRow(next) : undefined;
  const placed = nextLv !== undefined && PLACE_LABEL_SET.has(lowerCase(withoutColon(nextLv.label).trim()));
  if (!placed && !(namesProduct(lv.value) && coverFieldInRecord(r, at))) return undefined;
  const line = productLine(lv.value);
  return line && !DIGIT.test(line.product) ? { product: line.product } : undefined;
}

/** How many field lines after a record's name field are looked at for its «Dekning» field. */
const RECORD_FIELDS_AHEAD = 4;

/**
 * «Objekt: Bygninger» over «Forsikringssum: …» and «Dekning: All risk» (the record's fields, one a line or two
 * a line): a record that states its cover in a field of its own names the thing insured by its name field — the thing
 * is the record's product, «Dekning» its cover. Read the other way, «Objekt» was the record's place and the
 * cover, which names a peril («All risk inkl. maskinskade»), began a record of its own. True when a «Dekning» field
 * stands among the record's next field lines, before another name field or a line that is no field.
 */
function coverFieldInRecord(r: Reading, at: number): boolean {
  for (let k = at + 1; k <= at + RECORD_FIELDS_AHEAD; k++) {
    const v = r.units[k];
    if (v === undefined) return false;
    const lv = labelAndValue(v);
    const cells = v.row ? v.cells.map((c) => c.trim()).filter((c) => c !== '') : [v.text.trim()];
    const pairs = lv !== undefined ? [] : cells.map((c) => PAIR_CELL.exec(c));
    if (pairs.some((m) => m === null)) return false;
    const labels = lv !== undefined ? [lowerCase(withoutColon(lv.label).trim())] : pairs.map((m) => lowerCase(m![1]!.trim()));
    if (labels.some((l) => RECORD_NAME_SET.has(l))) return false;
    if (labels.some((l) => isDekning(l))) return true;
  }
  return false;
}
const RECORD_NAME_SET: ReadonlySet<string> = new Set(RECORD_NAME_LABELS);
const PLACE_LABEL_SET: ReadonlySet<string> = new Set(PLACE_LINE_LABELS);

/** A row of two cells, the first a label without its colon («Produkt | Husforsikring»): the label and the value. */
function labelCellRow(u: Unit): { label: string; value: string } | undefined {
  if (!u.row) return undefined;
  const cells = u.cells.filter((c) => c.trim() !== '');
  return cells.length === 2 && !cells[0]!.includes(':') ? { label: cells[0]!.trim(), value: cells[1]!.trim() } : undefined;
}

/** The form of a sum («Forsikringsform: Fullverdi», «… Førsterisiko»): never a product. */
export const SUM_FORM = /^(?:fullverdi|førsterisiko|første risiko|fyrsterisiko|avtalt sum|avtalt verdi|takst|verdi|dagsverdi|nyverdi|gjenanskaffelsesverdi)\b/i;

/**
 * «Båt: Nimbus 305 Coupé, …, reg.nr. ABC 123» over «Forsikringsform: Kasko Pluss», «Forsikringssum: …»
 * with no product heading above (a renewal e-mail's one record): the form names the record's
 * product, as it does for the letter's deductible changes (src/parse/changes.ts reads the same
 * label as a product's). Under a product heading the form is not read as a product.
 */
function formRecord(s: Blocks, u: Unit): { product: string; object?: string } | undefined {
  if (s.product !== undefined && !s.byField) return undefined;
  const lv = labelAndValue(u);
  if (!lv || lowerCase(withoutColon(lv.label).trim()) !== 'forsikringsform' || SUM_FORM.test(lv.value)) return undefined;
  const line = productLine(lv.value);
  return line && !DIGIT.test(line.product) ? line : undefined;
}

/**
 * «Hytte: Fjellvegen 2, 3580 Geilo» over «Forsikringssum: …» with no product heading above: a label
 * that names a product the index-class table knows, its value an address with postcode and place —
 * the record's product and its place. Not a place's own label («Adresse:», «Forsikringssted:»: no
 * product), nor under a product heading (there it is the heading's product's field).
 */
function placedRecord(s: Blocks, u: Unit): { product: string; object: string } | undefined {
  if ((s.product !== undefined && !s.byField) || u.row || u.label === undefined) return undefined;
  const label = withoutColon(u.label).trim();
  const value = u.text.slice(u.text.indexOf(':') + 1).trim();
  if (columnOf(label) !== undefined || DIGIT.test(label) || !namesProduct(label) || !ADDRESS.test(value)) return undefined;
  return { product: label, object: value };
}

/**
 * «Forsikringssted   Storgata 10, 2870 Dokka» over «Bygning   Rådhus, kontorbygg i 3 etasjer» (or «Løsøre   Inventar og
 * IT-utstyr») over «Forsikringssum   kr …»: a record set as two cells with no colon (or with one), its place first, then
 * a label that is a product's name the index-class table knows over words that say what it is — the record's product,
 * the words its description. Only right under the record's place, with no product of a heading above and its fields
 * under it; a value with an amount or an address is no description («Bygning   kr 4 000 000» is a sum's row).
 */
function productLabelRecord(s: Blocks, at: number, u: Unit): { product: string; object?: string; description?: string } | undefined {
  // (under «Eiendom 1», «Objekt 2»: a heading that numbers the records names none of them by what it insures)
  if ((s.product !== undefined && !s.byField && !NUMBERED_HEADING.test(s.product)) || s.block.size !== 1 || !s.block.has('object')) return undefined;
  // («Forsikring: Sopp- og skadedyrforsikring» over «Forsikringssted: …» and «Bygning: Enebolig med sokkel, …»: the record's
  // product is named by its own field, and «Bygning» describes what it insures)
  if (s.namedAt === s.pushed) return undefined;
  const lv = labelAndValue(u) ?? labelCellRow(u);
  if (!lv) return undefined;
  const label = withoutColon(lv.label).trim();
  const covered = coverUnderPlace(s, at, label, lv.value);
  if (covered !== undefined) return covered;
  if (label.includes(' ') || DIGIT.test(label) || columnOf(label) !== undefined || DESCRIPTION_LABEL_SET.has(lowerCase(label)) || !namesProduct(label)) return undefined;
  if (readAmount(lv.value) !== undefined || ADDRESS.test(lv.value) || AMOUNT_IN.test(lv.value) || !startsRecord(s.r.units[pastSumForm(s.r, at + 1)])) return undefined;
  return { product: label.replace(/^./, (c) => c.toUpperCase()), object: s.block.get('object')!.value, description: lv.value };
}

/**
 * «Forsikringssted ..... Løvåsveien 40-42, 5145 Fyllingsdalen» over «Dekning ..... Felles løsøre og utstyr» over its figures:
 * right under the record's place, a «Dekning» field whose value is a product the index-class table knows names the
 * record, as «Bygning ..... Boligblokk» does by its label — the thing insured at the place, never a cover of the record
 * above. A cover level («Dekning ..... Pluss», «All risk») names no product and stays the record's cover.
 */
function coverUnderPlace(s: Blocks, at: number, label: string, value: string): { product: string; object?: string } | undefined {
  if (!isDekning(label) || DIGIT.test(value) || value === '' || value.length > 60) return undefined;
  const line = productLine(value);
  if (!line || DIGIT.test(line.product) || lowerCase(line.product).split(' ').every((w) => COVER_LEVEL_SET.has(w)) || !namesProduct(line.product)) return undefined;
  if (!startsRecord(s.r.units[pastSumForm(s.r, at + 1)])) return undefined;
  return { product: line.product, object: s.block.get('object')!.value };
}

/** How many lines of a building's facts or its sum's form may stand between a record's name and its first figure. */
const FACT_LINES = 4;

/**
 * The index of the first unit from `at` on that is no field of the sum's form nor of the building's facts:
 * «Forsikringsform ..... Fullverdi» (or «… Førsterisiko») says how the sum below is set, «Byggeår: 1979», «Byggemåte:
 * Betong», «Bygningstype: …» describe what is insured — between a record's description and its figures the record's
 * fields go on under them. A certificate's block «Bygning ..... Boligblokk, 24 seksjoner» over «Forsikringsform .....
 * Fullverdi» over «Forsikringssum ..... 78 600 000» is one record, as it is without the form's line.
 */
function pastSumForm(r: Reading, at: number): number {
  let k = at;
  while (k < at + FACT_LINES) {
    const u = r.units[k];
    if (u === undefined || u.heading) break;
    const form = fullValueField(u);
    const lv = labelAndValue(u) ?? labelCellRow(u);
    const fact = lv !== undefined && DESCRIPTION_LABEL_SET.has(lowerCase(withoutColon(lv.label).trim()));
    if (form !== 'form' && form !== 'firstRisk' && !fact) break;
    k++;
  }
  return k;
}

/** «Bygningsindeks», «Løsøreindeks», «Konsumprisindeks»: an index's name. */
const INDEX_NAME_VALUE = /^[A-Za-zÀ-ÖØ-öø-ÿ-]*indeks(?:en)?$/i;

/**
 * «Indeks   Ingen», «Indeks: Bygningsindeks» in a record's fields (two cells, or a labelled line): the value, or
 * undefined for any other unit.
 */
function indexField(u: Unit): string | undefined {
  const lv = labelAndValue(u) ?? labelCellRow(u);
  if (!lv || !INDEX_COLUMN.test(lowerCase(withoutColon(lv.label).trim()))) return undefined;
  const v = lv.value.trim();
  return NO_INDEX_CELL.test(v) || INDEX_NAME_VALUE.test(v) ? v : undefined;
}

/** «Eiendom 1», «Objekt 12», «Bygg nr. 3»: a heading that numbers a record. */
const NUMBERED_HEADING = /^[A-ZÆØÅ][a-zæøå]+(?:\s+nr\.?)?\s+\d{1,3}$/;

/** An amount in kroner anywhere in a value («kr 4 000 000», «NOK 38 500 000»). */
const AMOUNT_IN = /(?:\bkr\.?|\bnok)\s*\d|\d\s*(?:kr\b|kroner\b)/i;

/**
 * The label and value of a labelled line, «Forsikring: Næringsbygg», or of a row of two cells whose
 * first ends with its colon, «Forsikring:        Næringsbygg» (the value set apart to line up).
 */
function labelAndValue(u: Unit): { label: string; value: string } | undefined {
  if (!u.row) return u.label !== undefined ? { label: u.label, value: u.text.slice(u.text.indexOf(':') + 1).trim() } : undefined;
  const cells = u.cells.filter((c) => c !== '');
  if (cells.length !== 2 || !cells[0]!.trim().endsWith(':')) return undefined;
  return { label: cells[0]!.trim(), value: cells[1]!.trim() };
}

/**
 * «Dekning: Driftsavbrudd» as the first field of each record, with no product heading above (or
 * only records that began with such a field): the product the record names. Under a product heading «Dekning:
 * Pluss» stays the coverage of the heading's product (a cover level is never a product).
 */
function dekningRecord(s: Blocks, u: Unit): { product: string; object?: string } | undefined {
  if (s.product !== undefined && !s.byField) return undefined;
  const lv = labelAndValue(u);
  if (!lv || !isDekning(withoutColon(lv.label).trim())) return undefined;
  // («Objekt: Maskiner og produksjonsutstyr» … «Dekning: All risk inkl. maskinskade»: the record's name field named the
  // thing, and this is its cover — no record of its own)
  if (s.thingNamedAt === s.pushed && !s.block.has('coverage')) return undefined;
  // («Produkt: Campingvognforsikring» over «Dekning: Kasko» and its figures, then «Dekning: Innbo i campingvogn og fortelt»
  // and its own: the product field named the record's insurance, and each «Dekning» under it is one of its covers — even one
  // whose words name a product elsewhere (innbo), until another product field)
  // (only where the record lists its covers so — its first «Dekning» before any figure: «Forsikring: Inventar og utstyr» with
  // its own figures, then «Dekning: Driftsavbrudd» over figures of its own, is a record of its own)
  if (s.namedAt !== undefined && s.product !== undefined && (s.dekningCovers === true || !hasFigures(s.block))) {
    s.dekningCovers = true;
    return undefined;
  }
  // («POLISE / FORSIKRINGSBEVIS» / «Ansvarsforsikring for entreprenører» … «Dekninger, forsikringssummer og egenandeler» /
  // «Dekning: Bedriftsansvar», «Dekning: Produktansvar» …: under a title that names the product, with no record read since,
  // each «Dekning:» is a cover of the title's product — the sections between, «Virksomhet», had let the title go)
  if (s.product === undefined && s.kindTitle !== undefined && s.kindTitle.pushed === s.pushed) {
    s.product = s.kindTitle.product;
    s.byField = false;
    return undefined;
  }
  const line = productLine(lv.value);
  // («Dekning: Kasko Ekstra»: words that are each a cover level name a level, never a product)
  if (line && !DIGIT.test(line.product) && !lowerCase(line.product).split(' ').every((w) => COVER_LEVEL_SET.has(w)) && namesProduct(line.product)) return line;
  // («Dekning: Produktansvar» … «Premie: …», then «Dekning: Ansvar etter NS 8405/8406/8407» over its own figures: the
  // label that began the records begins the next one whatever its value names — the record is named by its value, never
  // a cover of the record above, whose figures it would otherwise take or give)
  const value = lv.value.trim();
  if (s.dekningOpened === true && s.byField && hasFigures(s.block) && value !== '' && !/^\d/.test(value) && columnOf(value) === undefined) return { product: value };
  return undefined;
}

/** «Dekning: …» (a line, or two cells whose first ends with its colon). */
function isDekningLine(u: Unit): boolean {
  const lv = labelAndValue(u);
  return lv !== undefined && isDekning(withoutColon(lv.label).trim());
}

/** A heading over a list of what the customer has today, or of what applies from a date on. */
const TODAY_HEADING = /^(?:det du har i dag|dette har du i dag|slik er (?:forsikringen|avtalen) i dag|dagens (?:forsikring|avtale|pris|dekning)|nåværende (?:forsikring|avtale)|før endringen)$/;
const NEW_HEADING = /^(?:fra|gjelder fra|slik blir (?:det|forsikringen|avtalen) fra|ny pris fra|nye priser fra)\s+\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|[a-zæøå]+(?:\s+\d{4})?)$|^(?:etter endringen|ny pris|slik blir det)$/;

/** The period the line above a record names for its list, or undefined. */
function periodOf(u: Unit | undefined): 'now' | 'new' | undefined {
  if (!u || u.row || u.text.length > 60) return undefined;
  const l = withoutColon(u.lower.trim());
  return TODAY_HEADING.test(l) ? 'now' : NEW_HEADING.test(l) ? 'new' : undefined;
}

/** The headings of what a certificate's one cover insures (THING_HEADINGS), shared with the tables' reader. */
export const THING_HEADING_SET: ReadonlySet<string> = new Set(THING_HEADINGS);

/**
 * «Kjøretøy» (or «Båt») as a section heading under the title «Forsikringsbevis - Bilforsikring»: the
 * vehicle the title's one cover insures, over its facts — no product of its own. Only where the
 * title's product is itself a vehicle's: under a business schedule's title «Kjøretøy» heads a
 * section of vehicles, a product.
 */
/** A heading of one short word for a vehicle (a boat, a trailer, a machine) under a title that names a vehicle. */
function vehicleOfTitle(product: string, u: Unit): boolean {
  const word = withoutColon(u.lower.trim());
  if (word.includes(' ') || word.length > 14) return false;
  const rule = ruleFor(word);
  return rule !== undefined && rule.index_class === 'none' && rule === ruleFor(product) && ruleFor('kjøretøy') === rule;
}

function vehicleUnderVehicle(product: string, u: Unit): boolean {
  const word = withoutColon(u.lower.trim());
  if (word.includes(' ') || word.length > 14) return false;
  if (!vehicleOfTitle(product, u)) return false;
  // («BÅTFORSIKRING» and «BÅTHENGAR» under «Forsikringsbevis – Båt», «Varebil» and «Tilhenger» under «Kjøretøy næring»: a heading
  // that names another thing than the title's, or the title's thing by its product's fuller name, is a product of its own with
  // its own fields; only the word for a vehicle at all, or the title's own thing, «Bil» under «Bilforsikring», is the title's)
  return GENERIC_VEHICLE.test(word) || lowerCase(product).includes(word);
}

/** The word for a vehicle at all, and a list of them, in lower case: «kjøretøy», «køyretøy», «kjøretøyliste». */
const GENERIC_VEHICLE = /^(?:kjøretøy|køyretøy)(?:et|a|ene|liste)?$/;

/**
 * «Hva er forsikret», nynorsk «Kva er forsikra» (lower case): a section heading over what a cover insures. A portal's page
 * says it as a statement as often («Dette er forsikret», nynorsk «Dette er forsikra»), the same section.
 */
const WHAT_IS_INSURED = /^(?:hva er forsikret|kva er forsikra|dette er forsikret|dette er forsikra)\??$/;

/** A heading right under «Hva er forsikret?» (the line before it), one name of no figure: what is insured, «Fritidsbolig». */
function thingUnderQuestion(r: Reading, u: Unit): boolean {
  const above = r.units[u.index - 1];
  return above !== undefined && !above.row && WHAT_IS_INSURED.test(withoutColon(above.lower.trim())) && !DIGIT.test(u.text) && u.text.length <= 40 && !objectLabelled(u);
}

/** «Forsikringsobjekt» over «Bolighus», label over value: a record's product named under its label, no kind of thing. */
function objectLabelled(u: Unit | undefined): boolean {
  return u !== undefined && u.lines.length > 1 && /^(?:forsikrings)?objekt$/i.test(u.lines[0]!.text.trim());
}

/** COVERS_CAPTIONS as a set. */
const COVERS_CAPTION_SET: ReadonlySet<string> = new Set(COVERS_CAPTIONS);

/**
 * The product a certificate's title names, as the name of the covers listed under it: «Hesteforsikring – Sykdom og ulykke»
 * under «FORSIKRINGSBEVIS» is «Hesteforsikring» (what the dash adds is the kind of cover, as a sum's form after it is no part of
 * the name), a title read before any record; undefined when none is standing.
 */
function titleOfCovers(s: Blocks): string | undefined {
  const name = s.kindTitle !== undefined && s.kindTitle.pushed === s.pushed ? s.kindTitle.product : s.lead !== undefined && s.lead.pushed === s.pushed && s.title !== undefined ? s.title : undefined;
  if (name === undefined) return undefined;
  const first = name.split(/\s[–—-]\s/)[0]!.trim();
  return first !== name && namesProduct(first) ? first : name;
}

/** A bracket after a cover's name that only comments on it: «(valgfritt tillegg)», «(inkludert i Behandling)», «(frivillig)». */
const COMMENT_BRACKET = /\s*\((?:valgfri|valgfritt|valfri|valfritt|frivillig|obligatorisk|tillegg|tilleggsdekning|inkludert|inkl\.|inngår|inngår i|standard|grunndekning)(?:\s[^()\d]*)?\)$/i;

/**
 * «Dekninger» under a certificate's title that names one product, then blocks «Liv – Sykdom og ulykke» / «Bruk – tap av
 * bruksverdi (valgfritt tillegg)» each over its own «Forsikringssum:», «Egenandel:», «Pris per år:»: the caption opens the
 * list of the title's covers, and each block's name line is a cover of the title's product — its coverage, a bracket that
 * only comments on it left out — never a product of its own (the README's product-heading convention). The list ends at
 * a heading over no figures. Whether the unit was the caption or a cover's name.
 */
function coverUnderCaption(s: Blocks, u: Unit): boolean {
  if (u.row || u.label !== undefined || !u.heading) return false;
  const text = u.text.trim();
  if (COVERS_CAPTION_SET.has(withoutColon(lowerCase(text)).trim())) {
    // (the caption itself is read as before; only the blocks under it take the title's product)
    // (only where the first block's name line, no row, stands right under it over its figures: «DEKNINGER» over «Seksjon 1
    // Bedriftsansvar» set as a row of sections is another layout, read as before)
    const first = s.r.units[u.index + 1];
    s.covers = first !== undefined && first.heading && !first.row && !DIGIT.test(first.lines[0]!.text) && startsRecord(s.r.units[u.index + 2]) ? titleOfCovers(s) : undefined;
    return false;
  }
  // (a vehicle's certificate, «Motorsykkel: Yamaha MT-07, MC 4471» over «Dekninger», reads its covers by the vehicle's own
  // rules, which keep the vehicle as each cover's object)
  if (s.covers === undefined || s.vehicle !== undefined) return false;
  const next = s.r.units[u.index + 1];
  if (DIGIT.test(text) || text.endsWith(':') || text.length > 70 || !startsRecord(next)) {
    s.covers = undefined;
    return false;
  }
  // («Forsikringsbevis – Privatforsikring» / «Dekninger» / «Innbo» …: a block that names a thing of another index class than
  // the title's is an insurance of its own — no cover of the title's product)
  const own = rowIndexClass(text);
  if (own.known && own.index_class !== 'none' && own.index_class !== rowIndexClass(s.covers).index_class) {
    s.covers = undefined;
    return false;
  }
  s.product = s.covers;
  s.object = undefined;
  s.coverage = text.replace(COMMENT_BRACKET, '');
  s.byField = false;
  return true;
}

/** A title or a product heading starts the section of its product (a used unit keeps the place the section had). */
function enterHeading(s: Blocks, u: Unit): void {
  if (coverUnderCaption(s, u)) return;
  // (a section heading in capitals starts another section; a record's name line does not)
  // («Varer» right over its own «Forsikringssum: …» is a record, not a section over the records under it:
  // the unknown name of the next record, «Glass og skilt», is no stock)
  if (u.heading && !u.row && (CLASS_HEADING.test(withoutColon(u.lower.trim())) || u.text === u.text.toUpperCase())) {
    s.section = CLASS_HEADING.test(withoutColon(u.lower.trim())) && !startsRecord(s.r.units[u.index + 1]) ? rowIndexClass(u.text).index_class : undefined;
  }
  // («FORNYELSE AV BILFORSIKRING» over «Kjøretøy: Tesla Model 3, EL 77421», «Dekning: Kasko», «Egenandel kasko: …»: a renewal
  // letter's title names the one product its fields renew, as a certificate's title does)
  const title = titleProduct(u) ?? (s.pushed === 0 && s.product === undefined ? renewalTitleProduct(u) : undefined);
  const kind = title === undefined ? productUnderKind(s.r, u) : undefined;
  if (kind !== undefined) s.kindTitle = { product: kind, pushed: s.pushed };
  if (title !== undefined) {
    s.section = undefined;
    s.product = s.title = title;
    s.lead = { product: title, pushed: s.pushed };
    s.byField = false;
  } else if (u.heading && !u.row && u.label === undefined) {
    // («Innboforsikring» over «Forsikringsnummer: …» and «Forsikringsperiode 1. januar 2025 – 31. desember 2025», then the
    // record's fields: the certificate's own fact without its colon has a heading's shape, but names no product and ends none)
    if (s.product !== undefined && !s.byField && factsOnOneLine(u.lower)) return;
    // («Båten», «Reisende» under «Forsikringsbevis – Båtforsikring» or «Reiseforsikring bedrift»: what the
    // title's one cover insures, no product — it had replaced the title's product)
    if (s.product !== undefined && !s.byField && THING_HEADING_SET.has(withoutColon(u.lower.trim()))) return;
    // («Kva er forsikra» over «Båt: Askeladden C61 Cruiser» and its fields under «Forsikringsbevis – Båtforsikring»: the
    // section of what the title's one cover insures — the title's product goes on)
    // («Hytteforsikring» / «Ekstra» / «Forsikringsnummer …» over «Hva er forsikret?», a «Min side» page's heading and level with
    // no title of a certificate above: the same — the question is a section of the product's page, no end of it)
    // (the statement «Dette er forsikret» over a labelled field — «Forsikringsobjekt» over «Bolighus» — heads records that name
    // their own product: no section of the title's product)
    if (((s.title !== undefined && s.product === s.title) || (s.title === undefined && s.product !== undefined)) && !s.byField && WHAT_IS_INSURED.test(withoutColon(u.lower.trim())) && !(u.lower.startsWith('dette') && objectLabelled(s.r.units[u.index + 1]))) return;
    // («Hytteforsikring» / «Ekstra» … «Hva er forsikret?» over «Fritidsbolig» / «Kvernhusvegen 27» / «Gnr. 19 Bnr. 44, 2640
    // Vinstra», a «Min side» page of one product: the name right under the question is the kind of thing insured, no product
    // — the page's product goes on, and the place under it is its object; read as a product, the page's product was lost)
    if (s.product !== undefined && !s.byField && thingUnderQuestion(s.r, u)) {
      s.r.used.add(u);
      return;
    }
    // («Forsikrede bygninger» under «FORSIKRINGSBEVIS» / «Produkt: Hussoppforsikring», or under «Forsikringsbevis
    // Næringsbygg», no record read since — whatever the certificate's parties between: what the product's records
    // list, no product of its own; it had become one, or the customer's name above it had)
    if (s.lead !== undefined && s.lead.pushed === s.pushed && INSURED_LEAD.test(u.text.trim())) {
      s.product = s.lead.product;
      s.object = undefined;
      s.byField = false;
      // (what it lists, when a class names it — «bygninger» — is the class of the rows whose product names none)
      const thing = LISTED_THING.exec(withoutColon(u.lower.trim()))?.[1];
      if (thing !== undefined && CLASS_HEADING.test(thing)) s.section = rowIndexClass(thing).index_class;
      return;
    }
    // («Kjøretøy» under «Forsikringsbevis - Bilforsikring», after the sections «Forsikringstaker» and
    // «Forsikringen» that named no product: the title's vehicle)
    if (s.title !== undefined && !s.byField && vehicleUnderVehicle(s.title, u)) {
      s.product = s.title;
      return;
    }
    ({ product: s.product, object: s.object } = headingProduct(u));
    // («BÅTHENGAR» under «Forsikringsbevis – Båt»: the vehicle's own product, in normal case as a title's)
    if (s.product !== undefined && s.title !== undefined && vehicleOfTitle(s.title, u)) s.product = inNormalCase(s.product);
    // («BEDRIFTSFORSIKRING» over «Dekning: Maskiner, inventar og løsøre», «Forsikringssted: …»: a section's heading in
    // capitals over records that name their covers — the product, whether the vocabulary knows its name or not)
    if (s.product === undefined) s.product = headingOverCovers(s.r, u);
    s.byField = false;
  }
  s.headingIndent = s.product !== undefined && u.heading && !u.row ? (u.lines[0]!.indent ?? 0) : undefined;
  s.groupPlace = undefined;
}

/** A line that states only what kind of document it is: «POLISE / FORSIKRINGSBEVIS», «Forsikringsbevis», «POLISE». */
const DOCUMENT_KIND = /^(?:polise|forsikringsbevis|forsikringspolise|forsikringsavtale)(?:\s*[/–-]\s*(?:polise|forsikringsbevis|forsikringspolise|forsikringsavtale))?$/i;

/**
 * «POLISE / FORSIKRINGSBEVIS» over «Ansvarsforsikring for entreprenører»: a line that names a product right under the line
 * that names the document's kind is the document's title, as «Forsikringsbevis – Ansvarsforsikring» on one line is; undefined
 * for any other line.
 */
function productUnderKind(r: Reading, u: Unit): string | undefined {
  // («POLISE» over «Ansvarsforsikring for eiendomsforvaltere», joined as a label over its value, or «Polise: …» on one line)
  const lv = !u.row && u.label !== undefined ? labelAndValue(u) : undefined;
  if (lv !== undefined) return DOCUMENT_KIND.test(withoutColon(lv.label).trim()) && !DIGIT.test(lv.value) && lv.value.length <= 60 && namesProduct(lv.value) ? lv.value : undefined;
  if (!u.heading || !u.product || u.row || u.label !== undefined || DIGIT.test(u.text) || u.text.length > 60) return undefined;
  const above = r.units[u.index - 1];
  if (above === undefined || above.row || !DOCUMENT_KIND.test(above.text.trim())) return undefined;
  return packageName(u.text.trim()) ? undefined : u.text.trim();
}

/**
 * «Hus, innbu og barn» under «FORSIKRINGSBEVIS»: a list of products of different classes — the name of a package of
 * covers, no one product; its records name their own («HUS», «INNBU»). Read as one product, it gave a house's record its
 * name and the contents' index class. «Maskiner, inventar og løsøre» (one class) is one product's name.
 */
function packageName(name: string): boolean {
  const parts = name.split(/\s*,\s*|\s+(?:og|&)\s+/).filter((p) => p !== '');
  if (parts.length < 2) return false;
  const classes = new Set(parts.map((p) => rowIndexClass(p)).filter((c) => c.known).map((c) => c.index_class));
  return classes.size >= 2;
}

/**
 * «BEDRIFTSFORSIKRING» right over «Dekning: Maskiner, inventar og løsøre»: a heading in capitals (no figure) over a
 * record whose first field names its cover — the section's product («Bedriftsforsikring»); undefined for any other.
 */
function headingOverCovers(r: Reading, u: Unit): string | undefined {
  const text = u.text.trim();
  if (!u.heading || u.product || u.row || u.label !== undefined || DIGIT.test(text) || text !== text.toUpperCase() || text === text.toLowerCase() || text.length > 60) return undefined;
  const next = r.units[u.index + 1];
  const lv = next !== undefined ? labelAndValue(next) : undefined;
  if (lv === undefined || !isDekning(withoutColon(lv.label).trim()) || lv.value.trim() === '') return undefined;
  return `${text[0]!}${lowerCase(text.slice(1))}`;
}

/** A count of days or months as a field's whole value («15 dager», «12 måneder»). */
const DURATION_VALUE = /^\d{1,3}\s+(?:dager|dagar|døgn|måneder|månader|mnd\.?)$/i;

/** A unit that is not a field: it ends the block, and may name the product of the next one. */
function notAField(s: Blocks, at: number, u: Unit): void {
  // («Egenandel vannskade   NOK 20 000,-» under a record's «Egenandel   NOK 10 000,-», over its «Årspremie»: the record's
  // deductible for one peril — no name of a record, and no end of this one, whose premium comes under it: left unread, and
  // warned as a line with amounts; read as a record's name, the premium went to the next record, with the next place)
  if (s.block.has('deductible') && perilDeductible(u)) return;
  if (emptyField(s, at, u) || cardSubtitle(s, at, u) || cardLevel(s, at, u) || vehicleCardLevel(s, at, u) || cardSection(s, at, u) || cardStatus(s, at, u) || vehicleModel(s, at, u)) return;
  // («Bilforsikring» / «Toppkasko» / «Tesla Model Y, EL 48213» / «Pris per måned» over «812 kr» / «Pris per år» …: the month's
  // price first under a card's title and thing is how it is paid, a fact of the card — it had ended the card, and its thing was lost)
  if (s.product !== undefined && !hasFigures(s.block) && !u.row && u.label !== undefined && perMonth(u.label) && startsRecord(s.r.units[at + 1])) return;
  // a field the schedule does not read («Ansvarstid: 12 måneder», «Merke og modell: Toyota Corolla
  // 2021», which has a heading's shape) does not end the block; a label that names a product does
  // («Bygningstype: Verksted og kontor» first under «1. Bygning, Kirkegata 4, 7300 Orkanger», «Motor: Yamaha
  // F115» on a boat's card, «Årleg køyrelengd: 16 000 km»: what the thing is, read as the record's
  // description — it keeps the record's place as it keeps its block, and its figure is no sum)
  // («Boligtype | Leilighet i blokk, 3. etasje» on a portal page, its cells apart by a tab: the same fact without a colon)
  // («Kjørelengde 16 000 km», «Bonus 70 %» on an app's card: the same facts, label and figure side by side)
  const lv = s.product !== undefined ? (labelAndValue(u) ?? labelled(u) ?? factBeforeFigure(u) ?? factBesideValue(u)) : undefined;
  if (lv && DESCRIPTION_LABEL_SET.has(lowerCase(withoutColon(lv.label).trim()))) {
    s.r.used.add(u);
    return;
  }
  // («Leiebil: 15 dager» among a car's fields: a product word over a count of days is a fact of the cover, no product)
  if (dateRow(u) && s.block.size > 0) return;
  // («Hytteforsikring» / «Fjellstølvegen 31, 2960 Røn» / «Neste fornyelse» over «01.03.2026» / «Dekning» …, a portal's card:
  // a date under its label between the card's title and place and its figures is a fact of the card — it had ended the
  // record there, and the card's figures lost their place)
  if (s.product !== undefined && s.block.size === 0 && !u.row && u.label !== undefined && DATE_VALUE.test(labelled(u)?.value ?? '')) return;
  // («Husforsikring Pluss» / «Hjemveien 4, 3050 Mjøndalen» / «Forsikringsnummer      81 277 430» / «Fornyes      01.06.2025» over
  // «Forsikringssum», «Egenandel», «Pris»: a card's number or date set beside its label by a gap, between the card's title
  // and place and its figures, is a fact of the card too — it had ended the record, and the figures lost their place)
  if (s.product !== undefined && s.block.size === 0 && cardFactRow(u)) return;
  if (u.label !== undefined && !u.row && (!(u.heading && u.product) || DURATION_VALUE.test(labelled(u)?.value ?? '')) && s.block.size > 0 && !TOTAL_ROW.test(u.text)) return;
  // («    Husleietap» / «        Ansvarstid .... 24 måneder» / «        Forsikringssum …»: a count of months right under
  // the record's name, before its figures, is a fact of the cover too — the record and its place go on)
  if (s.product !== undefined && s.object !== undefined && s.block.size === 0 && DURATION_VALUE.test(labelled(u)?.value ?? '') && startsRecord(s.r.units[at + 1])) return;
  // «Næringsbygg» over «    Lagerbygg, Strandgata 18, 2317 Hamar» and its indented fields: what
  // the heading's product insures there, not a product of its own
  if (subBlockName(s, at, u)) {
    // («HUS» / «  Forsikringsstad: Nesvegen 14, 6856 Sogndal» / «  Bustadhus, bygd 1974, 168 m2» / «  Forsikringssum: …»: what
    // the building at the record's place is, its year and area — the record's description, no name of a record of its own)
    if (s.block.has('object') && BUILDING_FACTS.test(lowerCase(u.text))) {
      s.block.set('description', { value: u.text.trim(), unit: u });
      return;
    }
    // («Næringseiendom» / «Eiendom: Sentrumsgården, Gamlevegen 3, 3570 Ål» / «    Bygning» / «    Husleietap»,
    // each with its fields set in further: a group's heading, the place of the records under it, and each
    // name set in under the place a product of its own at that place — not an object of the group's heading)
    const place = lonePlace(s);
    // («3 Ansvar» over «  3.1 Offentlig ansvar», «Avbrudd» over «  Driftsavbrudd»: a name set in that is a kind of the
    // heading's — the heading's word its last — is a product of the group, not a thing the heading's product insures;
    // so is a product's name set in under a group's heading that names no product, «Ting» over «  Varer»)
    const kind = place === undefined && (namesKindOf(u.text.trim(), s.product ?? '') || groupOfProducts(u.text.trim(), s.product ?? ''));
    flushBlock(s);
    if (place) {
      s.groupPlace = place;
      s.groupLayout = true;
      s.r.used.add(place.unit);
    }
    if (kind) s.groupLayout = true;
    if (s.groupPlace !== undefined || s.groupLayout === true) {
      // (a group with no place line in a document that writes its records so — «Ansvar» over «    Bedriftsansvar» —
      // names its products the same way, each with no place)
      s.product = u.text.trim();
      s.object = s.groupPlace?.value;
      s.byField = false;
      return;
    }
    s.object = u.text.trim();
    return;
  }
  // («• Husforsikring, Lyngveien 3, 4879 Grimstad» / «Forsikringssum: …» then «• Innboforsikring, Lyngveien 3, …» /
  // «Forsikringssum: …»: a record's name line after another's, each with its product and place, is the next record's)
  const sibling = s.namedRecord === true;
  s.namedRecord = false;
  const place = lonePlace(s);
  flushBlock(s);
  s.object = undefined;
  // («Bil - Toyota RAV4, ZE 48213» after a blank line, over «Dekning: Kasko» and its figures: a record's name line that is no
  // heading's shape — the product before the dash, the vehicle or place after it; the record above's product had gone on)
  const dashed = !u.heading && !u.row && u.label === undefined && blankBefore(s.r, at) && recordField(s.r.units[at + 1]) ? dashedName(u.text) : undefined;
  if (dashed !== undefined) {
    enterRecord(s, u, dashed);
    return;
  }
  enterHeading(s, u);
  placeUnderHeading(s, u, place);
  // a record's name line: a name the index-class table does not know («Husdyr (storfe og sau)»),
  // right over its fields
  // (a count of the animals between the name and the figures: «Husdyr – storfe» / «Antall dyr: 42» / «Forsikringssum …»)
  // (a broker's «Selskap: If, polise SP812244» between the name and the figures: passed over)
  const next = s.r.units[insurerLine(s.r.units[at + 1]) ? at + 2 : at + 1];
  // (a name over a count begins the next record also where the record above named the product)
  const both = nameOverCount(u);
  const counted = both !== undefined ? startsRecord(next) : next !== undefined && countLine(next) !== undefined && startsRecord(s.r.units[at + 2]);
  const nextName = sibling && !counted && s.product !== undefined && startsRecord(next) ? recordName(u) : undefined;
  const nextRecord = nextName !== undefined && nextName.object !== undefined && namesProduct(nextName.product);
  // («• Hytte» / «Dekning: Pluss» / «Eigenandel: 8 000 kr» then «• Anneks, 18 m²» / … under the title «Forsikringsbevis –
  // Fritidsbustad»: each bullet over its own fields is a record of its own, named by the bullet — the title names the certificate)
  const bulleted = !counted && !nextRecord ? bulletRecord(s, at, u) : undefined;
  if (bulleted !== undefined) {
    s.product = bulleted.product;
    s.object = bulleted.object;
    s.byField = false;
    s.bullet = u;
    return;
  }
  // («Verdisaker» / «Smykker og klokker, spesifisert i egen liste» / «Forsikringssum NOK 120 000,-» after a blank line: a record's
  // name over one line that says what it insures, then its figures — the name is the record's product, the line its note)
  const described = !counted && !nextRecord && s.product === undefined && next !== undefined ? describedName(s, at, u, next) : undefined;
  if (described !== undefined) {
    s.product = described;
    s.object = undefined;
    s.byField = false;
    s.block.set('remark', { value: next!.text.trim(), unit: next! });
    s.r.used.add(next!);
    return;
  }
  // («Avling og innhøstet fôr» over «Dekning   Brann og naturskade» and «Forsikringssum   Førsterisiko kr 600 000»: the
  // record's cover level between its name and its figures — the name is the record's, as it is right over the figures)
  const level = next !== undefined ? fieldOf(next) : undefined;
  const levelled = level?.col === 'coverage' && !namesProduct(level.value) && recordName(u) !== undefined && !/[,.:;!?]$/.test(u.text.trim()) && blankBefore(s.r, at) && startsRecord(s.r.units[next!.index + 1]);
  // («Driftstilbehør» over «Maskiner, redskap og inventar» over «Dekning   Pluss» and its figures: a product's name over a
  // second name of the same index class, right over the record — the second says what the first comprises, the record's note;
  // read as the record's name, it had taken the product's place)
  const comprised = !counted && !nextRecord && next !== undefined && s.product === u.text.trim() ? comprisedUnder(s, at, u, next) : false;
  if (comprised) {
    s.block.set('remark', { value: next!.text.trim(), unit: next! });
    s.r.used.add(next!);
    return;
  }
  if (counted || (s.product === undefined && (startsRecord(next) || levelled)) || nextRecord) {
    const unnamed = s.product === undefined;
    // («Pris» over «Årspris   kr 2 436»: the certificate's price heading names no record; the price is the title's product's)
    if (PRICE_HEADING.test(withoutColon(u.text.trim()))) {
      if (s.product === undefined && s.title !== undefined) s.product = s.title;
      return;
    }
    const named = both ? recordName(u, both.name) : recordName(u);
    if (s.product === undefined || named) ({ product: s.product, object: s.object } = named ?? {});
    if (named && both) s.block.set('count', { value: both.count, unit: u });
    s.namedRecord = named !== undefined && named.object !== undefined && (unnamed || nextRecord);
  }
}

/** «Bonus: 50 %», «Kjørelengde: 12 000 km per år» among a record's fields: a fact of the thing (DESCRIPTION_LABEL_SET), no figure of the record. */
function thingFact(s: Blocks, u: Unit): boolean {
  const lv = s.product !== undefined && !u.heading ? (labelAndValue(u) ?? labelled(u)) : undefined;
  return lv !== undefined && DESCRIPTION_LABEL_SET.has(lowerCase(withoutColon(lv.label).trim()));
}

/** A broker's line that names the insurer a record is placed with: «Selskap: If, polise SP812244», «Forsikringsgiver: Tryg». */
const INSURER_LABEL = /^(?:selskap|forsikringsselskap|forsikringsgiver|forsikringsgjevar)$/i;

function insurerLine(u: Unit | undefined): boolean {
  return u !== undefined && !u.row && !u.bullet && u.label !== undefined && INSURER_LABEL.test(u.label.trim());
}

/** A description's qualifier after a comma, in lower case: «Kamerautstyr og klokker, spesifisert i egen liste» — no product's name. */
const QUALIFIED_AFTER_COMMA = /,\s+[a-zæøå][^,]*$/;
/** A line that says what a record insures: words, perhaps a comma, no figure, no label, no sentence's end but its own. */
const DESCRIBING_LINE = /^[A-ZÆØÅ][^\d:;!?]{3,78}$/;

/**
 * «Verdisaker» (a short name no index class knows, after a blank line) over «Smykker og klokker, spesifisert i egen liste»
 * (what it insures, no product's name) over a field that starts a record: the record's product; undefined for any other.
 */
function describedName(s: Blocks, at: number, u: Unit, next: Unit): string | undefined {
  if (!u.heading || u.row || u.bullet || u.label !== undefined || !blankBefore(s.r, at)) return undefined;
  const name = u.text.trim();
  if (name.length > 40 || name.split(' ').length > 4 || DIGIT.test(name) || /[,.:;!?]$/.test(name) || name.includes(',') || name[0] === name[0]!.toLowerCase()) return undefined;
  const line = next.text.trim();
  // (a description is three words or more: «Tilleggsforsikring» over «Verdigjenstander» is a heading over the record's own name)
  if (line.split(' ').length < 3 || next.row || next.bullet || next.label !== undefined || next.lines.length !== 1 || !follows(u.lines[u.lines.length - 1]!, next.lines[0]!) || !DESCRIBING_LINE.test(line) || (namesProduct(line) && !QUALIFIED_AFTER_COMMA.test(line)) || fieldOf(next) !== undefined) return undefined;
  if (!startsRecord(s.r.units[at + 2])) return undefined;
  const named = recordName(u);
  return named !== undefined && named.object === undefined ? named.product : undefined;
}

/**
 * «Driftstilbehør» (after a blank line) right over «Maskiner, redskap og inventar», right over the record's first field: a
 * product's name the index-class table knows over a line of things of the same class, no figure — what the product
 * comprises. Whether it is so.
 */
function comprisedUnder(s: Blocks, at: number, u: Unit, next: Unit): boolean {
  const name = u.text.trim();
  const line = next.text.trim();
  if (!u.heading || !u.product || u.row || u.bullet || u.label !== undefined || DIGIT.test(name) || !blankBefore(s.r, at)) return false;
  if (next.row || next.bullet || next.label !== undefined || next.lines.length !== 1 || DIGIT.test(line) || !DESCRIBING_LINE.test(line) || fieldOf(next) !== undefined) return false;
  const first = s.r.units[at + 2];
  if (!follows(u.lines[u.lines.length - 1]!, next.lines[0]!) || first === undefined || !(fieldOf(first)?.col === 'coverage' || startsRecord(first))) return false;
  // (a section's heading over its product is no name with a note: «ANSVAR» over «Bedrifts- og produktansvar», in capitals,
  // set out further left, or a kind of the heading's word)
  if (name === name.toUpperCase() || (u.lines[0]!.indent ?? 0) !== (next.lines[0]!.indent ?? 0) || namesKindOf(line, name)) return false;
  // (a list of things, «Maskiner, redskap og inventar», says what the name comprises; one thing, «Næringsbygg» over
  // «Lagerbygg», is the record's own name under a group's)
  if (line.split(/\s*,\s*|\s+(?:og|&)\s+/).filter((p) => p !== '').length < 2) return false;
  const a = rowIndexClass(name);
  const b = rowIndexClass(line);
  return a.known && b.known && a.index_class === b.index_class && lowerCase(name) !== lowerCase(line);
}

/** «Anneks, 18 m²»: a record's name and its floor area after a comma (the area describes it: no place). */
const NAME_AND_AREA = /^(.+?),\s*\d+(?:[.,]\d+)?\s*(?:m²|m2|kvm)$/;

/**
 * «Bolighus (enebolig, 2 etasjer med kjeller, byggeår 1958)», «Garasje/uthus (byggeår 1980)»: a record's name, then in a
 * bracket at its end the building's facts — its kind, floors, year built or area, no amount — which describe it: the name
 * before the bracket; undefined for any other text (a bracket with kroner or without such facts stays part of the text).
 */
function nameBeforeFacts(text: string): string | undefined {
  const m = FACTS_BRACKET.exec(text);
  if (!m) return undefined;
  const facts = lowerCase(m[2]!);
  return BUILDING_FACTS.test(facts) && !AMOUNT_WORD.test(facts) ? m[1]! : undefined;
}
const FACTS_BRACKET = /^([^()]+?)\s*\(([^()]+)\)$/;
const AMOUNT_WORD = /\bkr\b|\bnok\b|kroner|\d{1,3}(?:[ .]\d{3})+/;

/** A finite verb that makes a bullet a sentence («• Anneks er med i prisen»), no name. */
const SENTENCE_VERB = /\s(?:er|var|har|blir|blei|vert|vart|gjelder|gjeld|kan|skal|må|dekker|dekkjer|dekkes|inngår|omfatter|følger|fylgjer)\b/i;

/** How many field lines under a bullet its first figure may stand. */
const BULLET_FIELDS = 4;

/**
 * «• Hytte» over «Dekning: Pluss», «Forsikringssum: fullverdi», «Eigenandel: 8 000 kr» (also «• Anneks, 18 m²»): a
 * bullet of a short name with no colon and no figure but an area, right over labelled fields one of which (within
 * BULLET_FIELDS lines) is a figure that starts a record — that record's product, also under a title that named
 * one. Undefined for any other unit.
 */
function bulletRecord(s: Blocks, at: number, u: Unit): { product: string; object?: string } | undefined {
  if (!u.bullet || u.row || u.label !== undefined) return undefined;
  // (under a heading that names no product — «Hjem» — a bullet over its fields as sub-bullets set in, naming a product)
  const first = s.r.units[at + 1];
  // (also a bullet over its lines set in without a bullet of their own: «* Veterinærforsikring Basis Pluss» over «  Fast egenandel: …»)
  const nested = first !== undefined && (first.bullet || first.label !== undefined) && !first.row && setInUnder(first, u);
  if (s.product === undefined && !nested) return undefined;
  const text = u.text.trim();
  // («• Bilforsikring Toppkasko – EV 10562 Skoda Enyaq»: the product, then after its dash the vehicle, named by its plate)
  const vehicle = VEHICLE_AFTER_DASH.exec(text);
  const plate = vehicle !== null && PLATE_IN_TEXT.test(vehicle[2]!) && namesProduct(vehicle[1]!) ? vehicle : null;
  // («• Bygning – Fullverdi», «• Maskiner og utstyr – Førsterisiko»: the sums' form after the dash is no part of the name)
  const bare = text.replace(VALUE_BASIS_AFTER_DASH, '');
  const name = plate !== null ? plate[1]!.trim() : (NAME_AND_AREA.exec(bare)?.[1] ?? nameBeforeFacts(bare) ?? bare).trim();
  if (name.length > 40 || name.split(' ').length > 5 || DIGIT.test(name) || name.includes(',') || SENTENCE_VERB.test(name) || name[0] !== name[0]!.toUpperCase() || name[0] === name[0]!.toLowerCase()) return undefined;
  const named = recordName(u, name);
  if (named === undefined || named.object !== undefined || (s.product === undefined && !namesProduct(named.product))) return undefined;
  for (let k = at + 1; k <= at + BULLET_FIELDS; k++) {
    const v = s.r.units[k];
    if (insurerLine(v)) continue;
    // («  • Villaforsikring Ekstra» over «    - Forsikringssted: …», «    - Egenandel: 6 000 kr»: the bullet's fields as a list set
    // in under it, a bullet each — its fields as much as lines without a bullet are)
    // («• Ulykkesforsikring» over «  – Medisinsk invaliditet: kr 800 000», «  – Død: kr 100 000», «  – Premie: kr 684 per år»: a
    // person cover's items as sub-bullets set in before its figures — lines of the bullet's record, as its fields are)
    if (v !== undefined && !v.row && v.label !== undefined && setInUnder(v, u) && fieldOf(v) === undefined && !v.heading) continue;
    // («• Maskiner og utstyr» over «  – Forsikringssted: …», «  – Vaktmesterutstyr, snøfreser og felles vaskeri», «  – Forsikringssum: …»:
    // a dash set in under the bullet that only says what it insures, or how, is a line of its record — no end of it)
    if (v !== undefined && describingDash(v) && setInUnder(v, u)) continue;
    if (v === undefined || (v.bullet && !setInUnder(v, u)) || v.row || fieldOf(v) === undefined) return undefined;
    // («• Husleietap» over «  – Dekkes etter regning …», «  – Egenandel: Ingen»: a cover paid as documented states no sum, and its
    // «no deductible» set in under it is its first figure — the deductible 0)
    if (startsRecord(v) || (setInUnder(v, u) && noDeductibleField(v))) return plate !== null ? { product: named.product, object: plate[2]!.trim() } : { product: named.product };
  }
  return undefined;
}

/** «Egenandel: Ingen», «Eigenandel: ingen»: a deductible field that says there is none. */
function noDeductibleField(v: Unit): boolean {
  const f = fieldOf(v);
  return f !== undefined && f.col === 'deductible' && /^ingen\.?$/i.test(f.value.trim());
}

/**
 * «Bil - Toyota RAV4, ZE 48213» over «Dekning: Kasko» and «Egenandel: kr 8 000»: a product the index-class table knows, a
 * dash, and a vehicle named by its plate, right over labelled fields one of which (within BULLET_FIELDS lines) starts a
 * record. Undefined for any other unit.
 */
function vehicleRecord(s: Blocks, at: number, u: Unit): { product: string; object: string } | undefined {
  const text = u.text.trim();
  if (text.length > 80 || !(text.includes(' - ') || text.includes(' – '))) return undefined;
  const m = VEHICLE_AFTER_DASH.exec(text);
  if (m === null || !PLATE_IN_TEXT.test(m[2]!) || DIGIT.test(m[1]!) || m[1]!.length > 40 || !namesProduct(m[1]!.trim())) return undefined;
  for (let k = at + 1; k <= at + BULLET_FIELDS; k++) {
    const v = s.r.units[k];
    if (v === undefined || v.row || v.label === undefined) return undefined;
    if (startsRecord(v)) return { product: m[1]!.trim(), object: m[2]!.trim() };
  }
  return undefined;
}

/**
 * «  – Forsikringssum: kr 400 000» / «  – Forsikringssummen indeksreguleres ikke. Husk å justere den selv …» / «  – Egenandel:
 * kr 3 000»: a sentence another reader took (what the index does to the sum), between a record's figures and its next
 * figure, is a remark of the record — it had ended the record, and the figures under it became a coverage of their own.
 */
function sentenceInRecord(s: Blocks, at: number, u: Unit): boolean {
  if (!hasFigures(s.block) || u.heading || u.row || u.label !== undefined || !/[.!?]$/.test(u.text.trim()) || u.text.trim().split(/\s+/).length < 3) return false;
  const next = s.r.units[at + 1];
  if (next === undefined || next.row || next.heading || blankBefore(s.r, at + 1) || blankBefore(s.r, at)) return false;
  const col = fieldOf(next)?.col;
  return (col === 'sum' || col === 'deductible' || col === 'premium') && !s.block.has(col) && startsRecord(next);
}

/** « – Fullverdi», « – Førsterisiko» after a bullet's name: the form of its sums (lower case or capitalised). */
const VALUE_BASIS_AFTER_DASH = new RegExp(String.raw`\s[–-]\s(?:${[...VALUE_BASIS_WORDS, 'førsterisiko', 'fyrsterisiko'].map((w) => `[${w[0]!.toUpperCase()}${w[0]!}]${w.slice(1)}`).join('|')})$`);

/**
 * «  – Vaktmesterutstyr, snøfreser og felles vaskeri», «  – 4 boligblokker, 96 leiligheter, byggeår 1971», «  – Dekkes etter regning
 * i inntil 24 måneder …»: a sub-bullet with no label and no amount in kroner — what the record insures or how, in words.
 */
function describingDash(v: Unit): boolean {
  return v.bullet && !v.row && v.label === undefined && !v.text.includes(':') && !AMOUNT_WORD.test(lowerCase(v.text)) && fieldOf(v) === undefined;
}

/**
 * «• Bygning – Fullverdi» over «  – Forsikringssted: …», «  – 4 boligblokker, 96 leiligheter, byggeår 1971, rehabilitert 2019»,
 * «  – Forsikringssum: …»: a describing dash (describingDash) set in under the bullet that opened the record, only its own lines
 * between, is the record's remark (its note) — read as a heading, it named a product of its own and took the record's figures.
 */
function remarkUnderBullet(s: Blocks, at: number, u: Unit): boolean {
  const b = s.bullet;
  if (b === undefined || b.index >= at || !describingDash(u) || !setInUnder(u, b)) return false;
  for (let k = b.index + 1; k < at; k++) if (!setInUnder(s.r.units[k]!, b)) return false;
  if (!s.block.has('remark')) s.block.set('remark', { value: u.text.trim(), unit: u });
  s.r.used.add(u);
  return true;
}

/** «Bilforsikring Toppkasko – EV 10562 Skoda Enyaq»: a name, a dash between blanks, and what comes after it. */
const VEHICLE_AFTER_DASH = /^([^–-]+?)\s[–-]\s(.+)$/;

/**
 * A unit set in further than the unit above it in a list (a bullet's sub-bullet) — or, at the same indent, a dash's
 * item under a round bullet («• Campingvogn – Kasko» over «- Objekt: …», «- Eigenandel: kr 4 000»): a list marks its
 * levels with different marks as much as with the indent, and a PDF printed from HTML or groff keeps the marks where it
 * loses the indent.
 */
function setInUnder(v: Unit, u: Unit): boolean {
  const vi = v.lines[0]!.indent ?? 0;
  const ui = u.lines[0]!.indent ?? 0;
  if (vi !== ui) return vi > ui;
  return v.bullet && u.bullet && TOP_MARK.test(u.lines[0]!.text) && SUB_MARK.test(v.lines[0]!.text);
}
/** A list's first level: a round or square bullet. */
const TOP_MARK = /^\s*[•●▪■]\s/;
/** A list's second level under it: a dash or a hollow bullet. */
const SUB_MARK = /^\s*[-–◦○]\s/;

/**
 * A place field alone in the block, under a product whose block ended with its figures
 * («Forsikringssted: Strandvegen 9, 2815 Gjøvik» after a blank line, over the heading «Lagerbygg»):
 * taken out of the block, which would end with it unread; undefined for any other block.
 */
function lonePlace(s: Blocks): Field | undefined {
  if (s.product === undefined || s.block.size !== 1) return undefined;
  const place = s.block.get('object');
  if (place) s.block = new Map();
  return place;
}

/** The place a lone place field states is the place of the product heading right under it (it was lost without a word). */
function placeUnderHeading(s: Blocks, u: Unit, place: Field | undefined): void {
  if (!place || !u.heading || u.row || s.product === undefined || s.object !== undefined) return;
  s.object = place.value;
  s.r.used.add(place.unit);
}

/**
 * «Egenandel» over «Pris per år» / «5 100 kr» in a record's fields (a web page's card, a field left
 * empty): a figure's or place's label with no value under it — said, and the record goes on; false
 * for any other line. (Its value is never taken from a line further down: which it was is not said.)
 */
function emptyField(s: Blocks, at: number, u: Unit): boolean {
  if (s.block.size === 0 || s.product === undefined || u.row || u.label !== undefined || u.text.length > 40 || DIGIT.test(u.text)) return false;
  const col = columnOf(u.text);
  if (col === undefined || col === 'product' || col === 'coverage') return false;
  const next = s.r.units[at + 1];
  if (next === undefined || next.row || (next.label === undefined && !(next.heading && next.product))) return false;
  s.r.warnUnit(u, `${quote(withoutColon(u.text.trim()))} of ${s.product} has no value under it; not read`);
  s.r.used.add(u);
  return true;
}

/** An insurance's name: «Bilforsikring», «Innboforsikring Pluss», «Forsikring for hytte», nynorsk «Bustadforsikring». */
const INSURANCE_NAME = /forsikr/;

/**
 * «Bilforsikring» over «Tesla Model Y 2023» over «Registreringsnummer» / «EL 12345» (a web page's
 * card): a line under the product's title, right over its fields, describes what the card insures —
 * the product stays the title's (the fields name the object).
 */
function cardSubtitle(s: Blocks, at: number, u: Unit): boolean {
  // («Innboforsikring» / «Aktiv» / «Leilighet i Trondheim»: the title's status between them is the card's too)
  const status = s.r.units[at - 1];
  const above = status !== undefined && !status.row && IN_FORCE.has(status.lower.trim()) ? s.r.units[at - 2] : status;
  const next = s.r.units[at + 1];
  // (under the status, a line that names a thing but no insurance — «Leilighet i Trondheim» — describes the card's thing)
  const described = u.product && above !== status && !INSURANCE_NAME.test(u.lower);
  if (s.block.size > 0 || s.product === undefined || !u.heading || (u.product && !described) || u.row || u.label !== undefined || !above?.product || above.row) return false;
  // (a card's title is an insurance's name, «Bilforsikring»; under a class of things, «Maskinar og reiskap» over
  // «Husdyr (mjølkeku og ungdyr)» over «Forsikringssum: …», the line is the next record's name, never a subtitle —
  // read so, the animals' figures had gone to the machines)
  // («Reise» over «Familie, hele verden» over «Egenandel» / «0 kr»: a card titled by the kind of insurance alone, as a «Min
  // side» page of a bank's insurer names it — a title too)
  if (!INSURANCE_NAME.test(above.lower) && !thingTitle(above)) return false;
  // (over «Kjennemerke EK 12345», a field without its colon, as over «Registreringsnummer:»)
  const col = next === undefined || next.row ? undefined : next.label !== undefined ? columnOf(next.label) : fieldOf(next)?.col;
  // (over «Forsikringsnummer» / «6114882017», a field of the card the header has read: the card's fields begin)
  // (also with no status between, for a line that names no product: «Bilforsikring» / «Tesla Model Y Long Range 2023» / «Forsikringsnummer»
  // / «7733 218 904» — the car the card is for)
  // (a cover level there, «Aktiv» / «Pluss», is the card's level: cardLevel reads it)
  if (col === undefined && !levelWords(u.text.trim()) && (above !== status || !u.product) && next !== undefined && !next.row && next.label !== undefined && s.r.used.has(next)) return true;
  return col !== undefined && col !== 'product';
}

/** A make and model, then its year after a comma: «Tesla Model 3 Long Range, 2022», «Yamaha MT-07, 2019», «Volvo XC60, årsmodell 2021». */
const MODEL_YEAR = /^[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ\d.+-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ\d.+-]+){0,6},\s*(?:årsmodell\s+|årsmodell:\s*)?(?:19|20)\d\d$/u;

/**
 * «Bilforsikring» / «EL 48213» / «Tesla Model 3 Long Range, 2022» / «Dekning» …, a portal's card: the vehicle's make,
 * model and year right under its plate, before the card's fields, describes the vehicle the plate names — read as a
 * heading, it had ended the card, and its fields were read under no product.
 */
function vehicleModel(s: Blocks, at: number, u: Unit): boolean {
  const above = s.r.units[at - 1];
  if (s.block.size > 0 || s.product === undefined || s.object === undefined || u.row || u.label !== undefined || above === undefined || above.row) return false;
  if (above.text.trim() !== s.object || !PLATE_CELL.test(s.object) || !MODEL_YEAR.test(u.text.trim())) return false;
  s.r.used.add(u);
  return true;
}

/**
 * «Båtforsikring» over «Pluss» (a portal's card, one field a line, the cover level under the insurance's name and no
 * «Dekning» label): the level is the card's coverage, and the product stays the title's — read as a heading of its own,
 * the level had ended the card's product and its figures were lost.
 */
/**
 * A travel cover's level as a card writes it under the title: who it covers and where («Reiseforsikring» over «Familie Verden»,
 * «Enkeltperson Europa») — the card's coverage, as «Pluss» under «Båtforsikring» is (lower case).
 */
const CARD_TRAVEL_LEVELS: ReadonlySet<string> = new Set(['familie', 'enkeltperson', 'enkel', 'par', 'verden', 'europa', 'norden']);

/** A cover level alone, as a card writes it under its title: «Pluss», «Ekstra», «Familie Verden» (one or two level words). */
function levelWords(t: string): boolean {
  const words = lowerCase(t).split(' ');
  return t.length <= 30 && !DIGIT.test(t) && words.length <= 2 && words.every((w) => COVER_LEVEL_SET.has(w) || LEVEL_WORDS.has(w) || CARD_TRAVEL_LEVELS.has(w));
}

/**
 * «Bil» over «Volkswagen ID.4, EL 48213» over «Kasko» over «Egenandel» / «6 000 kr»: a «Min side» card titled by the kind of
 * vehicle, the vehicle under it (read as the field «Bil: Volkswagen ID.4, EL 48213», a label over its value), then the cover's
 * level alone — the card's product is the kind, the level its coverage, the vehicle its object. Read as a heading of its
 * own, the level had become the card's product and the kind was lost.
 */
function vehicleCardLevel(s: Blocks, at: number, u: Unit): boolean {
  const above = s.r.units[at - 1];
  const object = s.block.get('object');
  if (s.block.size !== 1 || object === undefined || object.unit !== above || above.row || above.label === undefined || !u.heading || u.row || u.label !== undefined) return false;
  const label = withoutColon(above.label).trim();
  if (!VEHICLE_LABELS.has(lowerCase(label)) || !thingTitle({ ...above, text: label }) || !levelWords(u.text.trim())) return false;
  flushBlock(s);
  s.product = label;
  s.object = object.value;
  s.coverage = u.text.trim();
  s.byField = false;
  s.r.used.add(u);
  return true;
}

/**
 * «Bil», «Hus», «Innbo»: a card titled by the thing it insures, one word the index-class table knows — a «Min side» page
 * names its cards so as often as by the insurance («Bilforsikring»). Only with the card's place or vehicle right under it
 * (cardLevel): a word alone over a level is otherwise a section of an overview.
 */
function thingTitle(u: Unit): boolean {
  const t = u.text.trim();
  return /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,19}$/.test(t) && namesProduct(t);
}

function cardLevel(s: Blocks, at: number, u: Unit): boolean {
  // («Innboforsikring» / «Aktiv» / «Topp»: the card's status between the title and its level — the level is still the card's)
  const status = s.r.units[at - 1];
  const statusAbove = status !== undefined && !status.row && IN_FORCE.has(status.lower.trim()) && s.r.used.has(status) ? s.r.units[at - 2] : status;
  // («Innboforsikring» / «Storgata 5 B, 3060 Svelvik» / «Ekstra» / «Forsikringssum: …»: the level under the card's place, which
  // the card names right under its title — the level is still the card's; read as a heading, it became a product of its own)
  const placeAbove = statusAbove !== undefined && s.object !== undefined && statusAbove.text.trim() === s.object && s.block.size === 0;
  const above = placeAbove ? s.r.units[statusAbove.index - 1] : statusAbove;
  if (s.block.size > 0 || s.product === undefined || !u.heading || u.row || u.label !== undefined || above === undefined || !above.product || above.row || !(INSURANCE_NAME.test(above.lower) || (placeAbove && thingTitle(above)))) return false;
  const t = u.text.trim();
  if (!levelWords(t)) return false;
  s.coverage = t;
  s.r.used.add(u);
  return true;
}

/** A street and its number alone («Sætervegen 31», «Thereses gate 18 A», «Heddersvatn, hytte 14»). */
const STREET_ALONE = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ .'-]*(?:,\s*[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ .'-]*)?\s\d{1,4}\s?[A-Za-z]?(?:[-–]\d+)?$/u;
/** A lot («Gnr 88 Bnr 14», «gnr. 12/bnr. 3»), perhaps with its postcode and place after a comma. */
const LOT_LINE = /^(?:[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ .'-]*,\s*)?gnr\.?\s*\d+\s*(?:,\s*|\/\s*|\s)bnr\.?\s*\d+(?:\s*,\s*\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ -]*)?$/iu;
/** A postcode and its place alone («2890 Etnedal», «0358 Oslo»). */
const POSTCODE_ALONE = /^\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ-]*(?:\s[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ-]*)?$/u;

/** A town's name alone on a line («Norheimsund», «Kristiansand S», «Mo i Rana»). */
const TOWN_ALONE = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž-]+(?:\s(?:i|på|[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž-]*|[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]))*$/u;

/**
 * A piece of a place written over lines of its own: a street alone, a lot, a postcode and place, or all of them.
 * (each of the four has a number — a street's, a lot's, a postcode: a line without a digit, most of those under a
 * product's heading, is none of them, and is not run through their Unicode patterns)
 */
function placePiece(t: string): boolean {
  return t.length <= 80 && DIGIT.test(t) && (STREET_ALONE.test(t) || LOT_LINE.test(t) || POSTCODE_ALONE.test(t) || ADDRESS_ALONE.test(t));
}

/** A line that describes a building by its kind and facts: «Tømmerhytte, byggeår 1991, 74 m²», «Enebolig, byggeår 1956, påbygd 1998». */
function describesBuilding(t: string): boolean {
  // («Garasje (frittliggende, 36 m²)»: facts in a bracket after a name are the name's remark, the line a record's name)
  const bare = t.replace(/\([^()]*\)/g, '');
  return t.length <= 80 && bare.includes(',') && !/[.!?:]$/.test(t) && /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u.test(t) && (BUILDING_FACTS.test(lowerCase(bare)) || UNIT_COUNT.test(bare));
}

/**
 * «Hytteforsikring Pluss» over «  Sætervegen 31» / «  Gnr 88 Bnr 14, 2890 Etnedal» / «  Tømmerhytte, byggeår 1991, 74 m²» /
 * «  Forsikringssum ...... kr 3 450 000»: under a product's heading, the lines between it and the record's first figure that
 * are pieces of a place (a street alone, a lot, a postcode and place) and a line that describes the building (its kind,
 * then its year or area after a comma) are the record's place and its note — never a product or a heading of their own
 * (read so, the description became the product, and the street ended the heading's reach). Also where a place field is
 * already in the block («Forsikringssted: …» over «Enebolig, byggeår 1956» over «Forsikringssum …»). The index of the
 * last unit it took; undefined when the lines are anything else.
 */
function recordLinesUnderHeading(s: Blocks, at: number, u: Unit): number | undefined {
  if (s.product === undefined || hasFigures(s.block) || [...s.block.keys()].some((k) => k !== 'object')) return undefined;
  // (the record's product named by a heading, not a class of things over records of their own names: «Bygninger» over
  // «Enebolig, byggeår 1956» over its figures names the record by its description)
  const classHeading = CLASS_HEADING.test(lowerCase(s.product.trim()));
  const places: Unit[] = [];
  let described: Unit | undefined;
  let town: Unit | undefined;
  const field = s.block.get('object');
  let j = at;
  for (; j < s.r.units.length && j < at + 5; j++) {
    const v = s.r.units[j]!;
    if (v.row || v.bullet || v.label !== undefined || s.r.used.has(v)) break;
    const t = v.text.trim();
    // («Hus - Kirkebakken 3, 7600 Levanger» under the heading «Innbo»: a product and its place, a record of its own)
    if (productDashPlace(t)) break;
    // («Forsikringsstad: Nordre Kvamsvegen 14, 5600» over «Norheimsund»: the place field cut after its postcode, its town
    // alone on the next line — the field's rest, not a line that ends the heading's reach)
    if (j === at && field !== undefined && /\b\d{4}$/.test(field.value.trim()) && v.lines.length === 1 && TOWN_ALONE.test(t)) {
      town = v;
      continue;
    }
    // («Bjørkevegen 7» over «2380 Brumunddal», joined as one unit: each line a piece of the place)
    if (described === undefined && v.lines.length === 1 && describesBuilding(t)) described = v;
    else if (described === undefined && v.lines.every((l) => placePiece(l.text.trim()))) places.push(v);
    else break;
  }
  if (j === at) return undefined;
  // (under such a class, a place with its postcode first — «1.1 Bygning» over «Trøym 40, 3580 Geilo» over
  // «Omlastingsstasjon, byggeår 2009» — names the record by its place, the description under it its note)
  if (classHeading && (places.length === 0 || !POSTCODE_PLACE.test(places[0]!.text))) return undefined;
  const first = s.r.units[j];
  const col = first !== undefined ? fieldOf(first)?.col : undefined;
  // («Dekning: Hus Ekstra» first, then the figures: the cover's level is the record's first field as much as a figure is —
  // the description left unread there ended the heading's reach, and the record took the document's title for product)
  if (col !== 'sum' && col !== 'deductible' && col !== 'premium' && col !== 'coverage') return undefined;
  // (a place's pieces only where the record has no place yet: a place field above, then a street, is two places)
  if (places.length > 0 && (s.object !== undefined || s.block.has('object'))) return undefined;
  // (the pieces make one place only when it ends in a postcode or a lot: a street alone could be anything's name)
  if (places.length > 0 && !places.some((v) => POSTCODE_PLACE.test(v.text) || /\bgnr\b/i.test(v.text))) return undefined;
  const pieces = places.flatMap((v) => v.lines.map((l) => l.text.trim())).join(', ');
  // («Våningshus - Rudsvegen 40» over «Gnr 71 Bnr 4, 2943 Rogne»: the heading names the product and the street, the lines
  // under it the rest of that place — one place, the street first)
  const head = places.length > 0 ? /^(.+?)\s+[-–]\s+(.+)$/.exec(s.product.trim()) : null;
  if (head !== null && STREET_ALONE.test(head[2]!.trim()) && namesProduct(head[1]!)) {
    s.product = head[1]!.trim();
    s.object = `${head[2]!.trim()}, ${pieces}`;
  } else if (places.length > 0) s.object = pieces;
  if (town !== undefined && field !== undefined) {
    s.block.set('object', { ...field, value: `${field.value.trim()} ${town.text.trim()}` });
    s.r.used.add(town);
  }
  if (described !== undefined) s.block.set('remark', { value: described.text.trim(), unit: described });
  for (const v of places) s.r.used.add(v);
  if (described !== undefined) s.r.used.add(described);
  return j - 1;
}

/** A building's count of its units: «42 seksjoner», «38 plasser», «12 boenheter». */
const UNIT_COUNT = /\b\d+\s+(?:seksjoner|seksjonar|plasser|plassar|boenheter|bueiningar|leiligheter|leilegheiter)\b/;

/** A line set in under a record's name that describes the building there: its kind, a comma, its facts («  Garasjeanlegg, 24 plasser»). */
function describesBuildingSetIn(u: Unit | undefined): boolean {
  if (u === undefined || u.row || u.bullet || u.label !== undefined || (u.lines[0]!.indent ?? 0) === 0) return false;
  const t = u.text.trim();
  return t.includes(',') && t.length <= 80 && (BUILDING_FACTS.test(lowerCase(t)) || UNIT_COUNT.test(t));
}

/**
 * «Bygning - Solbakkveien 2, 3550 Gol» over «  Boligblokk, 18 leiligheter, byggeår 1979» over «  Forsikringssum: …»: the
 * building's description set in right under the record's name line (its product, a dash, its place) is the record's
 * remark — read as a line of its own, its kind became the next record's product («Garasjeanlegg, 24 plasser») and the
 * record above lost its figures.
 */
function describedUnderName(s: Blocks, at: number, u: Unit): boolean {
  const above = s.r.units[at - 1];
  if (s.product === undefined || s.object === undefined || s.block.size > 0 || above === undefined || s.r.used.has(u) || !describesBuildingSetIn(u)) return false;
  const named = dashedName(above.text);
  if (named === undefined || named.product !== s.product || named.object !== s.object || !recordField(s.r.units[at + 1])) return false;
  s.block.set('remark', { value: u.text.trim(), unit: u });
  s.r.used.add(u);
  return true;
}

/** The unit under the one at `at`, past a description of the building set in under it (describesBuildingSetIn). */
function pastDescription(r: Reading, at: number): Unit | undefined {
  return describesBuildingSetIn(r.units[at + 1]) ? r.units[at + 2] : r.units[at + 1];
}

/**
 * «Bygninger» over «Fjellhagen 1-5, 5144 Fyllingsdalen» over «  Leilighetsbygg, 42 seksjoner, byggeår 1984» over
 * «  Forsikringssum: …»: under a product's heading and its record's place, a line set in that describes the building —
 * its kind, then its facts after a comma — is the record's note, never a product of its own (read so, the building's
 * kind became the product, and the next record under the section took it too).
 */
function placeDescription(s: Blocks, at: number, u: Unit): boolean {
  const above = s.r.units[at - 1];
  if (s.product === undefined || u.row || u.bullet || u.label !== undefined || above === undefined) return false;
  // (the place right above: the record's, or the first field of the next record after a blank line)
  // («Bygning - Solbakkveien 2, 3550 Gol» above: a record's name line, its place after the product and the dash)
  const placed = s.block.size === 0 ? s.object !== undefined && (above.text.trim() === s.object || (s.r.used.has(above) && above.text.trim().endsWith(` ${s.object}`))) : s.block.size === 1 && s.block.get('object')?.unit === above;
  if (!placed) return false;
  const t = u.text.trim();
  if ((u.lines[0]!.indent ?? 0) === 0 || !t.includes(',') || t.length > 80 || (!BUILDING_FACTS.test(lowerCase(t)) && !UNIT_COUNT.test(t))) return false;
  // (the record's first figure right under it, read or not: «Forsikringssum: kr 168 750 000 (fullverdi oppgitt som sum)»)
  const next = s.r.units[at + 1];
  const col = next !== undefined && !next.row ? fieldOf(next)?.col : undefined;
  if (col !== 'sum' && col !== 'deductible' && col !== 'premium') return false;
  s.block.set('remark', { value: t, unit: u });
  s.r.used.add(u);
  return true;
}

/**
 * «Fjellhagen 7, 5144 Fyllingsdalen» after a blank line under a record's figures, right over the next record's description
 * set in or its first figure, under the section «Bygninger»: the next record's place, of the section's product — read as a
 * heading, it had ended the product, and the description under it became the record's name.
 */
function placeAfterRecord(s: Blocks, at: number, u: Unit): boolean {
  if (s.product === undefined || !hasFigures(s.block) || u.row || u.bullet || u.label !== undefined || !blankBefore(s.r, at)) return false;
  const t = u.text.trim();
  // («Innbo - Fjordgata 8, 6900 Florø» after the record «Hus - Fjordgata 8, …»: a product and its place name the next
  // record of their own — not the place of another record of the product above)
  if (t.length > 80 || !ADDRESS_ALONE.test(t) || productDashPlace(t)) return false;
  const next = s.r.units[at + 1];
  const described = next !== undefined && !next.row && next.label === undefined && (next.lines[0]!.indent ?? 0) > 0 && next.text.includes(',') && (BUILDING_FACTS.test(lowerCase(next.text)) || UNIT_COUNT.test(next.text));
  const first = s.r.units[described ? at + 2 : at + 1];
  const col = first !== undefined && !first.row ? fieldOf(first)?.col : undefined;
  if (col !== 'sum' && col !== 'deductible' && col !== 'premium') return false;
  // («Hus - Kirkebakken 3, 7600 Levanger» / its fields set in, then «Innbo - Kirkebakken 3, 7600 Levanger» / its fields: a product
  // the index-class table knows before a dash, the place after it — the next record's own product, never the place of the
  // product above; read so, every record of a renewal letter's schedule had taken the first record's product)
  const named = dashedName(t);
  const product = named?.product ?? s.product;
  flushBlock(s);
  s.product = product;
  s.object = named?.object ?? t;
  s.r.used.add(u);
  return true;
}
/** A record's name line read: the product and the place or vehicle it names are the record's, and the line is used. */
function enterRecord(s: Blocks, u: Unit, name: { product: string; object?: string }): void {
  s.product = name.product;
  s.object = name.object;
  s.byField = false;
  s.r.used.add(u);
}
/** A place's first line cut at a comma, its postcode and town on the line under it: «Blåbærstien 5, Gnr 45 Bnr 12,» over «6143 Fiskå». */
const POSTCODE_TOWN_LINE = /^\d{4}\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ-]*(?:\s[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ-]*)?$/;

/**
 * «Innbu          Heggøyvegen 88, 6090 Fosnavåg» over «Forsikringssum 1 100 000 kr · eigenandel 4 000 kr · premie 2 610 kr»,
 * «Næringsbygg - Bygning       Industriveien 6, 1540 Vestby» over «Forsikringssum kr 14 300 000   Egenandel kr 20 000   Premie
 * kr 21 870»: a letter's or an e-mail's overview of the insurances after renewal, each product's name and its place set apart
 * on one line and its figures labelled on the line under it — the record's name and place (read as a row of two cells with no
 * figure, it named no record, and its figures were said to be nobody's). The place may go on at its comma on the line under it
 * («Blåbærstien 5, Gnr 45 Bnr 12,» over «6143 Fiskå») before the figures. A name «Næringsbygg - Bygning» of two products the
 * index-class table knows is the product and its cover. Only a name the table knows beside a place with its postcode (or its
 * lot), right over a line that starts a record; undefined for any other unit.
 */
function namePlaceRow(s: Blocks, at: number, u: Unit): { name: { product: string; object: string; coverage?: string }; rest?: Unit[]; fields?: Array<{ col: Exclude<Col, 'product'>; value: string }> } | undefined {
  if (!u.row || u.label !== undefined || u.lines.length !== 1) return undefined;
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length !== 2) return undefined;
  const [name, cell] = cells as [string, string];
  if (name.length > 40 || DIGIT.test(name) || /[:;.!?,]$/.test(name) || !namesProduct(name) || columnOf(name) !== undefined) return undefined;
  // («Heggøyvegen 88, 6090 Fosnavåg» over «Forsikringssum 1 100 000 kr · eigenandel 4 000 kr · premie 2 610 kr» set in under it,
  // in the place's column: the figures' line read into the place's cell — the place ends with its town, the fields follow)
  // (a town of one word or two: «6090 Fosnavåg Forsikringssum …» — the split whose rest reads as fields)
  for (const split of [PLACE_THEN_FIELDS, PLACE_TWO_WORDS_THEN_FIELDS]) {
    const joined = split.exec(cell);
    const fields = joined ? fieldsAfterPlace(u, joined[2]!) : undefined;
    if (fields !== undefined) return { name: namePlace(name, joined![1]!.trim()), fields };
  }
  let place = cell;
  let next = s.r.units[at + 1];
  const rest: Unit[] = [];
  // (the place's postcode and town wrapped onto the line under it, at its comma)
  if (place.endsWith(',') && next !== undefined && !next.row && next.label === undefined && next.lines.length === 1 && POSTCODE_TOWN_LINE.test(next.text.trim())) {
    place = `${place} ${next.text.trim()}`;
    rest.push(next);
    next = s.r.units[at + 1 + rest.length];
  }
  if (!/\d/.test(place) || !/\b\d{4}\s+[A-ZÀ-ÖØ-Þ]|\bgnr\.?\s*\d/i.test(place) || /\b(?:kr|nok)\b/i.test(place)) return undefined;
  // («Fullverdi · egenandel kr 10 000 · pris kr 12 480» on a line of its own under the name: the fields set apart by dots)
  const dotted = next !== undefined && !next.row && next.label === undefined && next.text.includes('·') ? fieldsAfterPlace(next, next.text.trim()) : undefined;
  if (dotted !== undefined) return { name: namePlace(name, place), rest: [...rest, next!], fields: dotted };
  if (!figuresLine(next)) return undefined;
  return { name: namePlace(name, place), rest };
}

/** The record's name at its place; «Næringsbygg - Bygning»: the product, then after its dash the cover of it, both names the table knows. */
function namePlace(name: string, place: string): { product: string; object: string; coverage?: string } {
  const dash = /^(.+?)\s[–-]\s(.+)$/.exec(name);
  if (dash && namesProduct(dash[1]!) && namesProduct(dash[2]!) && /^[A-ZÀ-ÖØ-Þ]/.test(dash[2]!)) return { product: dash[1]!.trim(), object: place, coverage: dash[2]!.trim() };
  return { product: name, object: place };
}

/** A place that ends with its postcode and town, then the rest of the cell: «Heggøyvegen 88, 6090 Fosnavåg Forsikringssum …». */
const PLACE_THEN_FIELDS = /^(\S[^·]*?\b\d{4}\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]+)\s+(\S.*·.*)$/;
const PLACE_TWO_WORDS_THEN_FIELDS = /^(\S[^·]*?\b\d{4}\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]+\s[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]+)\s+(\S.*·.*)$/;

/**
 * «Forsikringssum 1 100 000 kr · eigenandel 4 000 kr · premie 2 610 kr», «Fullverdi · eigenandel 6 000 kr · premie 8 964 kr»:
 * figures set apart by middle dots, each a label and its value (the full-value form alone, no figure, passed over) — the
 * fields, one a figure at least; undefined where a part is none.
 */
function fieldsAfterPlace(u: Unit, text: string): Array<{ col: Exclude<Col, 'product'>; value: string }> | undefined {
  const out: Array<{ col: Exclude<Col, 'product'>; value: string }> = [];
  for (const part of text.split(/\s·\s/).map((p) => p.trim())) {
    if (FULL_VALUE_FORM.test(part)) continue;
    const f = fieldOf({ ...u, text: part, lower: lowerCase(part), row: false, bullet: false, heading: false, product: false, cells: [part], label: undefined });
    if (f === undefined || f.col === 'object' || out.some((x) => x.col === f.col)) return undefined;
    out.push(f);
  }
  return out.some((f) => f.col === 'sum' || f.col === 'deductible' || f.col === 'premium') ? out : undefined;
}

/**
 * A line that starts a record (startsRecord), also set as a row of labelled figures whose first cell does: «Forsikringssum kr
 * 14 300 000   Egenandel kr 20 000   Premie kr 21 870».
 */
function figuresLine(u: Unit | undefined): boolean {
  if (u === undefined) return false;
  if (startsRecord(u)) return true;
  const first = u.row ? u.cells.find((c) => c.trim() !== '')?.trim() : undefined;
  return first !== undefined && !u.heading && startsRecord({ ...u, row: false, label: undefined, cells: [first], text: first, lower: lowerCase(first) });
}

/** A name, a dash set apart by blanks, then the rest: «Innbo - Kirkebakken 3, 7600 Levanger». */
const DASH_NAME = /^[^\d–—-]{2,40}\s[–—-]\s\S/;

/** A record's name line of a product the index-class table knows, a dash, and its place or vehicle («Bil - Toyota RAV4, ZE 48213»). */
function dashedName(text: string): { product: string; object: string } | undefined {
  if (!DASH_NAME.test(text.trim())) return undefined;
  const own = productLine(text);
  return own?.object !== undefined && namesProduct(own.product) && !ADDRESS_ALONE.test(own.product) ? { product: own.product, object: own.object } : undefined;
}

/** Headings of a card's part that name no product: «Forsikring», «Forsikringen», «Dekning og pris» (lower case). */
const CARD_SECTIONS: ReadonlySet<string> = new Set(['forsikring', 'forsikringen', 'forsikringa', 'din forsikring', 'di forsikring', 'dekning og pris', 'pris og dekning', 'dekning og egenandel', 'pris og egenandel',
  // («Innboforsikring» / «Aktiv» … «Om forsikringen» over «Adresse», «Dekning», «Forsikringssum»: a portal page's part about its one product)
  'om forsikringen', 'om forsikringa', 'om avtalen', 'forsikringsdetaljer', 'detaljer', 'detaljar']);

/**
 * «Bil» over «Registreringsnummer: EB 20417» and the car's facts, then «Forsikring» over «Dekning: Kasko», «Egenandel: 8 000 kr»,
 * «Pris: …» (a certificate's record in two parts): a heading that names no product between the thing's fields and its
 * figures goes on with the record — read as a heading of its own, it had ended the product, and the figures were lost.
 */
function cardSection(s: Blocks, at: number, u: Unit): boolean {
  if (s.product === undefined || hasFigures(s.block) || !u.heading || u.row || u.label !== undefined || !CARD_SECTIONS.has(withoutColon(u.lower.trim()))) return false;
  const next = s.r.units[at + 1];
  if (next === undefined || next.row || fieldOf(next) === undefined) return false;
  s.r.used.add(u);
  return true;
}

/**
 * A web page's heading over the parts a cover includes: «Dette dekker Kasko Ekstra», «Hva dekker
 * forsikringen?», «Dette inngår» (in lower case, without its colon or question mark).
 */
const COVERS_HEADING = /^(?:dette (?:dekker|dekkjer|dekkes|er dekket|er dekka|inngår|er inkludert)|hva dekker forsikringen|kva dekkjer forsikringa|dekninger|dekningar|(?:grenser|beløpsgrenser|grenser for erstatning) innenfor forsikringssummen|grenser innanfor forsikringssummen)(?:\s|$)/;
/** An item's value that says the part is included, with no amount of its own («Veihjelp» over «Inkludert»). */
const INCLUDED: ReadonlySet<string> = new Set(['inkludert', 'inkl.', 'inngår', 'ja', 'dekket', 'dekka', 'dekkes', 'omfattet', 'med']);

/**
 * «Dette dekker Kasko Ekstra» under a card's fields, over «Ansvar» / «kr 10 000 000», «Campingutstyr» /
 * «kr 50 000», «Veihjelp» / «Inkludert» (a web page for one product): each part's name over its sum,
 * the items of the card's coverage (a part that is only included has no sum). The index of the last
 * unit of the list; undefined when the unit is no such heading over at least one such part.
 */
function coverList(s: Blocks, at: number): number | undefined {
  const u = s.r.units[at]!;
  const c = u.lower[0];
  if ((c !== 'd' && c !== 'h' && c !== 'k' && c !== 'g' && c !== 'b') || u.row || u.label !== undefined || u.text.length > 60 || s.product === undefined || !hasFigures(s.block)) return undefined;
  if (!COVERS_HEADING.test(withoutColon(u.lower.trim().replace(/\?$/, '')))) return undefined;
  const items: Array<{ item: CoverageItem; units: Unit[] }> = [];
  let k = at + 1;
  for (let x = listItem(s.r, k); x; x = listItem(s.r, k)) {
    items.push(x);
    k = x.units[x.units.length - 1]!.index + 1;
  }
  if (items.length === 0) return undefined;
  s.r.used.add(u);
  s.listItems = [...(s.listItems ?? []), ...items];
  flushBlock(s);
  return k - 1;
}

/** The name of a part in a list: a capital first, a few words, no figure, no field's label, no sentence. */
function partName(r: Reading, u: Unit | undefined): string | undefined {
  if (!u || u.row || u.label !== undefined || u.bullet || r.used.has(u)) return undefined;
  const name = u.lines.length === 2 ? u.text.slice(0, u.offsets[1]).trim() : u.lines.length === 1 ? u.text.trim() : undefined;
  if (name === undefined || name.length > 50 || DIGIT.test(name) || !/^[A-ZÀ-ÖØ-Þ]/.test(name) || /[.:;!?]$/.test(name) || name.split(' ').length > 6) return undefined;
  return columnOf(name) === undefined && !TOTAL_ROW.test(name) && !namesFigure(name) ? name : undefined;
}

/**
 * A part of a list of what a cover includes at unit `k`: its name over its sum («Ansvar» / «kr 10 000 000»,
 * one unit of two lines), or over a word that it is included («Veihjelp» / «Inkludert», two units).
 */
function listItem(r: Reading, k: number): { item: CoverageItem; units: Unit[] } | undefined {
  const u = r.units[k];
  // («• Reisegods er dekket med inntil kr 30 000 per person»: a part and its limit as a sentence)
  const limited = u && !r.used.has(u) ? limitItem(u) : undefined;
  if (limited) return { item: limited, units: [u!] };
  // («Dekning | Inntil» over «Smykker, ur og verdisaker | 200 000 kr»: a page's table of the limits, its rows the parts)
  if (u?.row && !r.used.has(u) && LIMITS_HEADER.test(u.lower.trim()) && r.units[k + 1]?.row) return listItem(r, k + 1);
  const cells = u?.row && !r.used.has(u) ? u.cells.map((c) => c.trim()).filter((c) => c !== '') : [];
  if (cells.length === 2 && !DIGIT.test(cells[0]!) && KRONER_ONLY.test(cells[1]!) && columnOf(cells[0]!) === undefined && !TOTAL_ROW.test(cells[0]!)) {
    const sum = readAmount(cells[1]!);
    return sum === undefined ? undefined : { item: { name: cells[0]!, sum }, units: [u!] };
  }
  const name = partName(r, u);
  if (name === undefined) return undefined;
  if (u!.lines.length === 2) {
    const value = u!.text.slice(u!.offsets[1]).trim();
    const sum = KRONER_ONLY.test(value) ? readAmount(value) : undefined;
    return sum === undefined ? undefined : { item: { name, sum }, units: [u!] };
  }
  const next = r.units[k + 1];
  if (!next || next.row || next.label !== undefined || next.lines.length !== 1 || r.used.has(next)) return undefined;
  const v = next.text.trim();
  if (INCLUDED.has(lowerCase(v))) return { item: { name }, units: [u!, next] };
  return NO_LIMIT.test(v) ? { item: { name, note: v }, units: [u!, next] } : undefined;
}

/** The header of a table of limits: «Dekning | Inntil», «Gjenstand | Maks» (lower case, cells apart by whitespace). */
const LIMITS_HEADER = /^(?:dekning|gjenstand|gjenstander|type)\s+(?:inntil|maks(?:imalt)?|grense|beløpsgrense|høyst)$/;
/** A limit's word before an amount: «inntil», «opptil», «maks», «høyst». */
const LIMIT_LEAD = /^(?:inntil|opptil|maks(?:imalt)?|høyst|høgst)\s/i;
/** «Innbo og løsøre er dekket med inntil kr 1 500 000», «Verdigjenstander er til sammen dekket med …»: a part, «er dekket», its limit. */
const COVERED_WITH = /^([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ ,/-]{1,50}?)\s+(?:er|blir|vert)\s+(?:til sammen\s+|samlet\s+|samla\s+)?(?:dekket|dekka|forsikret|forsikra|erstattet|erstatta)\s+(?:med\s+)?(.+?)\.?$/;
/** «Innbo i campingvogn inntil kr 50 000» after «Inkludert:»: one part's name (no comma: a list), then its limit. */
const INCLUDED_PART = /^([A-ZÆØÅ][^,:\d]{1,50}?)\s+((?:inntil|opptil|maks(?:imalt)?|høyst|høgst)\s.*\d.*)$/;
/** «inntil kr 30 000 per sykkel»: a limit, then what it is counted by. */
const PER_ANY = /^(.*\d.*?)\s+((?:per|pr\.?)\s+[a-zæøå]+)$/i;
/** «… – ingen egenandel» after a part's limit: that part has no deductible. */
const NO_DEDUCTIBLE_TAIL = /\s*(?:[–-]|,)\s*ingen (?:egenandel|eigenandel|eigendel)$/i;

/**
 * A part of a cover and its limit on a line of its own: «Medisiner på resept: inntil 5 000 kr»,
 * «Veterinærutgifter: inntil 30 000 kr per år» (a label, then a limit's word and an amount in
 * kroner), or a sentence «Reisegods er dekket med inntil kr 30 000 per person» (a part with no
 * limit: «… er dekket uten beløpsgrense»). The item; undefined for any other line — a field of the
 * block's own («Egenandel: …») is read as its field.
 */
/** «, eigenandel » after a part's limit: what follows is the part's own deductible. */
const PART_DEDUCTIBLE_AFTER = /,\s*(?:egenandel|eigenandel|eigendel)\s+/i;

function limitItem(u: Unit): CoverageItem | undefined {
  if (u.row || u.text.length > 120) return undefined;
  let name: string;
  let value: string;
  if (u.label !== undefined) {
    const lv = labelled(u)!;
    // («Inkludert: Innbo i campingvogn inntil kr 50 000»: the part included, named before its limit — one, no list)
    const included = INCLUDED.has(lowerCase(withoutColon(lv.label).trim())) ? INCLUDED_PART.exec(lv.value.trim()) : null;
    if (included) [name, value] = [included[1]!, included[2]!];
    else if (!LIMIT_LEAD.test(lv.value) || DIGIT.test(lv.label) || columnOf(lv.label) !== undefined) return undefined;
    else ({ label: name, value } = lv);
  } else {
    const m = u.text.includes(' dekk') || u.text.includes(' forsikr') || u.text.includes(' erstatt') ? COVERED_WITH.exec(u.text.trim()) : null;
    if (!m || columnOf(m[1]!) !== undefined) return undefined;
    [name, value] = [m[1]!, m[2]!];
  }
  const item: CoverageItem = { name: withoutColon(name).trim() };
  // («Lausøyre i vogn og fortelt: inntil kr 50 000, eigenandel kr 2 000»: the part's own deductible after its limit)
  const own = PART_DEDUCTIBLE_AFTER.exec(value);
  const deductible = own ? readAmount(value.slice(own.index + own[0].length).trim().replace(/\.$/, '')) : undefined;
  if (own && deductible === undefined) return undefined;
  if (own) value = value.slice(0, own.index);
  const bare = value.replace(NO_DEDUCTIBLE_TAIL, '');
  if (NO_LIMIT.test(bare)) return { ...item, ...(deductible !== undefined && { deductible }), note: bare };
  // («inntil kr 30 000 per sykkel»: what the limit is counted by, any one word after «per»)
  const per = PER_ANY.exec(bare);
  const sum = readLimit(per ? per[1]! : bare);
  if (sum === undefined) return undefined;
  const notes = [per?.[2], bare !== value ? 'ingen egenandel' : undefined].filter((n) => n !== undefined);
  return { ...item, sum, ...(deductible !== undefined && { deductible }), ...(notes.length > 0 && { note: notes.join('; ') }) };
}

/**
 * A line among a block's fields that belongs to its coverage as a part: a part's limit
 * (limitItem), a part's own deductible («Egenandel glass: 2 000 kr»: an item with that deductible),
 * or «Ingen egenandel» alone (the cover has none: its note). Whether the unit was taken.
 */
function blockItem(s: Blocks, u: Unit): boolean {
  if (s.product === undefined || u.row) return false;
  if (u.label === undefined && /^ingen (?:egenandel|eigenandel|eigendel)\.?$/i.test(u.text.trim())) {
    if (s.block.has('deductible')) return false;
    s.block.set('deductible', { value: 'ingen', unit: u });
    return true;
  }
  const part = u.label !== undefined ? partDeductibleName(u.label) : undefined;
  const value = part !== undefined ? labelled(u)!.value : '';
  const deductible = part !== undefined ? (/^ingen$/i.test(value) ? '0' : readAmount(figureValue('deductible', value))) : undefined;
  // («Dekning: Kasko» over «Egenandel kasko: 6 000 kr»: the deductible of the cover itself, no part of it)
  const cover = s.block.get('coverage')?.value;
  if (part !== undefined && deductible !== undefined && cover !== undefined && lowerCase(cover) === lowerCase(part) && !s.block.has('deductible')) {
    s.block.set('deductible', { value: deductible, unit: u });
    return true;
  }
  const items = part !== undefined && deductible !== undefined ? [{ name: part, deductible }] : part === undefined ? limitItems(u) : undefined;
  if (items === undefined) return false;
  // (parts read under another product's heading, whose block made no coverage: not this one's — their lines stay unread, and are warned)
  if (s.listItems?.some((x) => x.product !== s.product)) s.listItems = undefined;
  for (const item of items) (s.listItems ??= []).push({ item, units: [u], product: s.product });
  return true;
}

/**
 * «Egenandel leiebil: 1 500 kr» under a block that has its deductible («Egenandel kasko: 6 000 kr»):
 * the label names a part of the cover that is no cover level — a part the vocabulary also knows as a
 * product (a rental car) —, so it is that part's deductible, an item of the block's coverage, as
 * «Egenandel glass» is. A second «Egenandel kasko» is not: that is another block's (false).
 */
function partAfterDeductible(s: Blocks, u: Unit): boolean {
  const part = u.label !== undefined ? partDeductibleName(u.label) : undefined;
  if (part === undefined || COVER_LEVEL_SET.has(lowerCase(part)) || (s.product !== undefined && lowerCase(part) === lowerCase(s.product))) return false;
  return blockItem(s, u);
}

/**
 * A deductible's label that names a peril after the deductible's word («Egenandel vannskade», «Egenandel ved innbrudd»,
 * «Eigenandel for vasskade»): the deductible for that peril, beside a record's own.
 */
function perilDeductible(u: Unit): boolean {
  const label = u.label ?? labelled(u)?.label;
  const part = label !== undefined ? partDeductibleName(label) : undefined;
  return part !== undefined && PERIL_COVER_WORDS.has(lowerCase(part.split(/[\s,]/)[0]!));
}

/** A plate's label in a line: «Kjennemerke», «Registreringsnummer», «Regnr.». */
/** A boat's number in the small-boat register, three letters and three figures, perhaps the register in brackets: «KDA 442 (Småbåtregisteret)». */
const BOAT_REGISTER_CELL = /^[A-ZÆØÅ]{3}\s?\d{3}(?:\s+\([^()]{3,30}\))?$/;
const PLATE_LABEL = /(?:^|\s)(?:kjennemerke|registreringsnummer|reg\.?\s?nr\.?|regnr\.?)\s/i;
/** A boat's register number with its label after a comma at a line's end: «…, reg.nr. SHH 512» (BOAT_REGISTER_CELL's number). */
const BOAT_REGISTER_AT_END = /^[^,]{3,40},\s*(?:reg\.?\s?nr\.?|regnr\.?|registreringsnummer)\s*:?\s*[A-ZÆØÅ]{3}\s?\d{3}$/i;
/** A plate's field at a line's end: «… Kjennemerke EK 12345». */
const PLATE_FIELD_AT_END = new RegExp(String.raw`\s(?:kjennemerke|registreringsnummer|reg\.?\s?nr\.?|regnr\.?)\s+(${PLATE_SOURCE})$`, 'i');

/**
 * A vehicle named with its plate on a line of its own («Tesla Model Y Long Range 2022, EL 48213»),
 * no field's label before it: the line, the object as written; undefined for any other line. The
 * model run together with the plate's field on the line under it («Tesla Model Y Long Range 2022
 * Kjennemerke EK 12345», a PDF's card read as one line) is the plate, as the field alone is read.
 */
function vehicleLine(u: Unit): string | undefined {
  // («Askeladden 19 Cabin, reg.nr. SHH 512» on a portal's card: a boat, a comma, and its number in the small-boat
  // register with its label — the description as written, as a vehicle's model, comma and plate are)
  if (u.label === undefined && /^[A-ZÀ-ÖØ-Þ]/.test(u.text) && BOAT_REGISTER_AT_END.test(u.text.trim())) return u.text.trim();
  if (u.label !== undefined || !/^[A-ZÀ-ÖØ-Þ]/.test(u.text) || !PLATE_IN_TEXT.test(u.text)) return undefined;
  const t = u.text.trim();
  const field = PLATE_FIELD_AT_END.exec(t);
  // («Lynx Rave RE 600R, reg.nr. TH 2231»: the model, a comma, then the plate with its label — one description as
  // written, the line whole; without the comma a PDF's card ran the model into the plate's field: the plate)
  if (field) return t[field.index - 1] === ',' ? t : field[1]!;
  return PLATE_LABEL.test(t) ? undefined : t;
}

/** «inntil 500 000 kr ved død, inntil 1 000 000 kr ved invaliditet»: a limit per event, each after its limit's word. */
const LIMIT_PER_EVENT = /^((?:inntil|opptil|maks(?:imalt)?|høyst|høgst)\s.*?\d.*?)\s+(ved\s+[a-zæøå][a-zæøå ]{1,30})$/i;

/**
 * The parts a line states: one (limitItem), or a label over two limits or more, each for its event
 * («Fører- og passasjerulykke: inntil 500 000 kr ved død, inntil 1 000 000 kr ved invaliditet» →
 * «Fører- og passasjerulykke ved død» and «… ved invaliditet», each its sum). Undefined when the
 * line is no part, or one of its limits cannot be read.
 */
function limitItems(u: Unit): CoverageItem[] | undefined {
  const one = limitItem(u);
  if (one !== undefined) return [one];
  const lv = u.label !== undefined && !u.row && u.text.length <= 160 ? labelled(u) : undefined;
  if (!lv || DIGIT.test(lv.label) || columnOf(lv.label) !== undefined || !LIMIT_LEAD.test(lv.value)) return undefined;
  const parts = lv.value.split(/,\s+(?=(?:inntil|opptil|maks|høyst|høgst)\s)/i);
  if (parts.length < 2) return undefined;
  const items: CoverageItem[] = [];
  for (const part of parts) {
    const m = LIMIT_PER_EVENT.exec(part.trim().replace(/\.$/, ''));
    const sum = m ? readLimit(m[1]!) : undefined;
    if (!m || sum === undefined) return undefined;
    items.push({ name: `${withoutColon(lv.label).trim()} ${m[2]!.trim()}`, sum });
  }
  return items;
}

/** A field's value that is a date alone («01.03.2026», «1.3.26»). */
const DATE_VALUE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/;

/** A row of a label and a date («Neste fornyelse | 01.09.2026»). */
function dateRow(u: Unit): boolean {
  if (!u.row) return false;
  const cells = u.cells.filter((c) => c.trim() !== '');
  return cells.length === 2 && /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/.test(cells[1]!.trim()) && !DIGIT.test(cells[0]!);
}

/**
 * «Forsikringsnummer | 81 277 430», «Fornyes | 01.06.2025»: a row of a label of words alone and a date or a number (digits
 * in groups, letters before them) — a web page's card's fact set beside its label by a gap, as sideBySideFact's line is
 * without one. A figure's row («Egenandel | 10 000 kr») ends in its unit, not a bare number: no fact.
 */
export function cardFactRow(u: Unit): boolean {
  if (!u.row) return false;
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  return cells.length === 2 && !DIGIT.test(cells[0]!) && cells[0]!.length <= 30 && (DATE_VALUE.test(cells[1]!) || CARD_NUMBER.test(cells[1]!)) && columnOf(cells[0]!) === undefined;
}
const CARD_NUMBER = /^[A-Z]{0,3}[ -]?\d[\d -]{3,16}\d$/;

/** A label over its value on the next line, joined into one field («Avtalenummer» / «KB-20417»): a web page's card's field. */
function cardField(u: Unit): boolean {
  return !u.row && !u.heading && u.label !== undefined && u.lines.length === 2 && u.offsets[1] === u.label.length + 2;
}

/**
 * «Avtale 5102 7734», «Neste fornyelse 01.04.2026» among an app card's fields, read by the header: a
 * label and its number or date side by side on one short line, no heading — the card goes on (it
 * had ended the card, and its figures below lost their product).
 */
function sideBySideFact(u: Unit): boolean {
  return !u.row && u.label === undefined && u.lines.length === 1 && SIDE_BY_SIDE_FACT.test(u.text.trim());
}
const SIDE_BY_SIDE_FACT = /^[A-ZÆØÅ][a-zæøå]+(?: [a-zæøå]+)?\s+(?:\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})|[A-Z]{0,3}[\d -]{4,16}\d)$/;

/**
 * «Kjørelengde 16 000 km», «Bonus 70 %»: a fact's label (DESCRIPTION_LABEL_SET) and its figure side by
 * side without a colon, as an app's card sets them; undefined for any other unit.
 */
function factBeforeFigure(u: Unit): { label: string; value: string } | undefined {
  if (u.row || u.label !== undefined || u.text.length > 60) return undefined;
  const m = FACT_BEFORE_FIGURE.exec(u.text.trim());
  return m && DESCRIPTION_LABEL_SET.has(lowerCase(m[1]!)) ? { label: m[1]!, value: m[2]! } : undefined;
}
const FACT_BEFORE_FIGURE = /^([A-ZÆØÅ][a-zæøå]+(?: [a-zæøå]+){0,3})\s+(\d.*)$/;

/**
 * «Merke/modell          Hobby De Luxe 560 KMFe, årsmodell 2018», «Fast plass          Nei»: a fact's label and its value
 * set apart by a gap, no colon (a certificate's record aligned by spaces): the label and value; undefined for any other.
 */
function factBesideValue(u: Unit): { label: string; value: string } | undefined {
  if (u.row || u.label !== undefined || u.lines.length !== 1) return undefined;
  const cells = u.lines[0]!.cells.map((c) => c.trim()).filter((c) => c !== '');
  return cells.length === 2 && DESCRIPTION_LABEL_SET.has(lowerCase(cells[0]!)) ? { label: cells[0]!, value: cells[1]! } : undefined;
}

/** A web page's word for an insurance in force, under its title («Aktiv»). */
const IN_FORCE: ReadonlySet<string> = new Set(['aktiv', 'aktivt', 'gyldig', 'i kraft', 'løpende', 'løpande']);

/**
 * «Bobilforsikring» over «Aktiv» over «Avtalenummer» / «KB-20417» (a web page's card): the line under
 * the title that says the insurance is in force is no heading — the product stays the title's.
 */
function cardStatus(s: Blocks, at: number, u: Unit): boolean {
  if (s.block.size > 0 || s.product === undefined || u.row || u.label !== undefined || u.text.length > 16 || !IN_FORCE.has(u.lower.trim())) return false;
  // («Innboforsikring» / «Topp» / «Aktiv»: the card's level between the title and its status — the status is still the card's)
  const level = s.r.units[at - 1];
  const above = level !== undefined && !level.row && s.coverage !== undefined && level.text.trim() === s.coverage && s.r.used.has(level) ? s.r.units[at - 2] : level;
  if (!above?.product || above.row) return false;
  s.r.used.add(u);
  return true;
}

/**
 * A line set in further than the product heading above it, over the fields of a record (a sum,
 * deductible or premium right below): the name of one of the product's objects.
 */
/**
 * Whether a name is a kind of a heading's: the heading one word, the name's last word that word or a compound ending
 * with it («Offentlig ansvar», «Bedriftsansvar» under «Ansvar»; «Driftsavbrudd» under «Avbrudd»), no figure in it.
 */
export function namesKindOf(name: string, heading: string): boolean {
  const h = lowerCase(heading.trim());
  const n = lowerCase(name.trim());
  if (!/^[A-Za-zÀ-ÖØ-öø-ɏ]{4,}$/u.test(h) || /\d/.test(n) || n === h || n.includes(',')) return false;
  const last = n.split(/\s+/).pop()!;
  return last.endsWith(h) && namesProduct(name.trim());
}

/** Whether a name is a product's under a heading that names none (a group of products: «Ting», «Personforsikring»). */
function groupOfProducts(name: string, heading: string): boolean {
  return !/\d/.test(name) && !namesProduct(heading.trim()) && namesProduct(name);
}

function subBlockName(s: Blocks, at: number, u: Unit): boolean {
  if (s.headingIndent === undefined || s.product === undefined || u.row || u.label !== undefined || u.lines.length !== 1 || u.text.length > 80) return false;
  // («D  TJENESTEREISE» / «  Dekkes for alle ansatte på tjenestereise i inn- og utland.» / «  Årspremie: …»: a sentence set in
  // under the heading says what the cover covers — no name of a thing insured)
  if (/[.!?]$/.test(u.text.trim()) && u.text.trim().split(/\s+/).length >= 4) return false;
  // («    Husleietap» over «        Ansvarstid …… 24 måneder» and then its figures: a count of months first is a fact of the cover)
  const next = s.r.units[at + 1];
  const fact = next !== undefined && DURATION_VALUE.test(labelled(next)?.value ?? '');
  return (u.lines[0]!.indent ?? 0) > s.headingIndent && startsRecord(fact ? s.r.units[at + 2] : next) && !TOTAL_ROW.test(u.text);
}

/** A certificate's heading of its price: «Pris», «Premie», «Årspris», «Pris og betaling», «Betaling». */
const PRICE_HEADING = /^(?:pris|premie|årspris|årspremie|pris og betaling|premie og betaling|betaling)$/i;

/** A row of fields: one coverage, of the product the line above names; the index of the last unit it took. */
function rowOfFields(s: Blocks, at: number, cellFields: Array<{ col: Exclude<Col, 'product'>; value: string }>): number {
  const r = s.r;
  const u = r.units[at]!;
  // («Forsikringssum: kr 5 200 000» right over «Egenandel: kr 8 000    Premie: kr 9 400»: one record's fields, the line above
  // naming none of the row's — the record goes on)
  const goesOn = s.product !== undefined && s.block.size > 0 && !blankBefore(r, at) && cellFields.every((f) => !s.block.has(f.col));
  if (!goesOn) flushBlock(s);
  // («Næringsbygg – Industriveien 9, …» / «Selskap: If, polise SP812244» / «Forsikringssum kr …, egenandel …»: a broker's line
  // of the insurer between the record's name and its fields — the name is the line above it; the insurer's line was the product)
  const insurer = !goesOn && insurerLine(r.units[at - 1]) && at >= 2 ? r.units[at - 1] : undefined;
  if (insurer !== undefined) r.used.add(insurer);
  const above = goesOn ? undefined : r.units[insurer !== undefined ? at - 2 : at - 1];
  // («Forsikringsbevis Styreansvar» above: the title's product, «Styreansvar»)
  const title = above && !above.row ? titleProduct(above) : undefined;
  // («Pris» over «Årspris   kr 2 436   Betalingsmåte   Avtalegiro»: the heading of the certificate's price, no product —
  // it had become a product «Pris» of its own, and the premium was lost to the title's product)
  const priceHeading = above !== undefined && !above.row && PRICE_HEADING.test(withoutColon(above.text.trim()));
  // («Husforsikring» over «Søndre Skogveien 5, 5145 Fyllingsdalen» over «Forsikringssum: Fullverdi – Egenandel: …», a renewal
  // letter's schedule: the line above the fields is the place alone, the product the heading over it — read as «product,
  // place», the street became the product and the postcode the place)
  const heading = title === undefined && insurer === undefined && above && !above.row && !r.used.has(above) && ADDRESS_ALONE.test(withoutLotInMunicipality(above.text.trim())) && headingAbove(r, at - 1) && !r.used.has(r.units[at - 2]!) ? productLine(r.units[at - 2]!.text) : undefined;
  const own = title === undefined && !(heading !== undefined && heading.object === undefined) && above && !above.row && !r.used.has(above) && !priceHeading ? productLine(above.text) : undefined;
  // («Kommunale bygg – Eiendomsforsikring (fullverdi, kombinert skade)» over «• Aurland rådhus, Vangen 1, 5745 Aurland» over
  // «Forsikringssum kr 92 300 000 – premie kr 61 200»: a record named by a building's own name and its address, under a heading
  // that names the insurance — the heading's product, the whole line its object; read as «product, place», every building
  // was a product of its own, of no known class)
  // (a bullet's name is the place's whatever it names — «Flåm skule», «… helsesenter og sjukeheim» are buildings the table knows)
  const placeUnder = own?.object !== undefined && (!namesProduct(own.product) || above!.bullet) && !/forsikring/i.test(own.product) ? headingOverPlaces(r, at - 1) : undefined;
  const named = title !== undefined ? { product: title, object: undefined } : heading !== undefined && heading.object === undefined ? { product: heading.product, object: above!.text.trim() } : placeUnder !== undefined ? { product: placeUnder, object: above!.text.trim().replace(/^[•*–-]\s*/, '') } : own;
  if (named) {
    s.product = named.product;
    s.object = named.object;
    s.byField = false;
    r.used.add(above!);
    if (heading !== undefined && heading.object === undefined) r.used.add(r.units[at - 2]!);
  }
  for (const f of cellFields) s.block.set(f.col, { value: f.value, unit: u });
  at = fieldsBelowRow(s, at);
  // «Gjelder skog på gnr. 112 bnr. 4 … Årspremie kr 48 360»: the line under it ends with the premium
  const below = r.units[at + 1];
  const premium = !s.block.has('premium') && below && !below.row && !r.used.has(below) ? trailingPremium(below.text) : undefined;
  if (premium !== undefined) {
    s.block.set('premium', { value: premium, unit: below! });
    at++;
  }
  flushBlock(s);
  s.object = undefined;
  return at;
}


/**
 * «Forsikringssum: kr 5 200 000    Egenandel: kr 8 000» over «Premie: kr 9 400»: a figure's field on
 * the lines right under a row of fields (no blank line between), one the row does not state, is the
 * same record's — not a record of its own. The index of the last unit taken.
 */
function fieldsBelowRow(s: Blocks, at: number): number {
  const r = s.r;
  for (let next = r.units[at + 1]; next && !next.row && !r.used.has(next) && !blankBefore(r, at + 1); next = r.units[at + 1]) {
    const f = fieldOf(next);
    if (!f || s.block.has(f.col) || !(f.col === 'sum' || f.col === 'deductible' || f.col === 'premium')) break;
    s.block.set(f.col, { value: f.value, unit: next });
    at++;
  }
  return at;
}

/**
 * «Ansvar og rettshjelp er med i forsikringa:», «Ansvar og rettshjelp inngår i forsikringen:»: a sentence that says the parts
 * listed under it are included in the cover above.
 */
const INCLUDED_LEAD = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ ,/-]{0,60}\s(?:er\s+med|inngår|inngår\s+også|er\s+inkludert|er\s+inkludert)\s+i\s+forsikring(?:a|en)\s*:$/u;
/** «inntil kr 100 000», «kr 10 000 000»: a part's limit before any comma. */
const PART_LIMIT = /^(?:inntil\s+|opptil\s+|oppad\s+begrensa?t?\s+til\s+)?((?:kr\.?\s*)?\d{1,3}(?:[ .]\d{3})*(?:,-)?(?:\s*kr\.?)?)$/i;

/**
 * «Ansvar og rettshjelp er med i forsikringa:» under a record's figures, then «Ansvarssum: kr 10 000 000» and «Rettshjelp: inntil
 * kr 100 000, eigenandel 20 % …»: the fields under the sentence are parts of the record's cover, each an item with its limit
 * (the first amount, before any comma) — never a second coverage of the product with the liability's sum. A part whose
 * limit cannot be read is said.
 */
function includedPart(s: Blocks, at: number): boolean {
  const u = s.r.units[at]!;
  if (!s.partsOpen) {
    if (s.product === undefined || u.row || !hasFigures(s.block) || !s.block.has('sum') || !INCLUDED_LEAD.test(u.text.trim())) return false;
    s.partsOpen = true;
    s.r.used.add(u);
    return true;
  }
  const lv = labelAndValue(u);
  if (lv === undefined || (u.heading && u.product) || blankBefore(s.r, at)) {
    s.partsOpen = false;
    return false;
  }
  const name = withoutColon(lv.label).trim();
  const m = PART_LIMIT.exec(lv.value.split(',')[0]!.trim());
  const sum = m ? readAmount(m[1]!) : undefined;
  if (sum === undefined || name === '' || name.length > 40) {
    s.r.warnUnit(u, `could not read the limit of ${quote(u.text)}, a part of ${s.product!}`);
    s.r.used.add(u);
    return true;
  }
  (s.listItems ??= []).push({ item: { name: name[0]!.toUpperCase() + name.slice(1), sum }, units: [u], product: s.product });
  return true;
}

const BOAT_FACTS: ReadonlySet<string> = new Set(THING_FACT_LABELS);

/**
 * «Båt: Askeladden C61 Cruiser» over «Årsmodell: 2021», «Motor: …» under «Forsikringsbevis – Båtforsikring»: the boat by its
 * model alone, its year and motor its facts on the lines under it — the block's object (a boat's field with no year or
 * registration in it is otherwise no object: «Båt: Ja»).
 */
function boatByModel(s: Blocks, at: number): boolean {
  const u = s.r.units[at]!;
  if (s.product === undefined || s.block.has('object') || s.object !== undefined || !/båt/i.test(s.product)) return false;
  const lv = labelled(u);
  if (lv === undefined || !/^(?:båt|båten|fartøy|fartøyet):?$/i.test(lv.label.trim())) return false;
  const v = lv.value.trim();
  if (v.length > 60 || !/^[A-ZÀ-ÖØ-Þ]/.test(v) || /[:.;!?]$/.test(v) || vehicleLabel(lv.label, v) !== undefined) return false;
  const next = labelled(s.r.units[at + 1] ?? u);
  if (next === undefined || s.r.units[at + 1] === undefined || !BOAT_FACTS.has(lowerCase(withoutColon(next.label).trim()))) return false;
  s.block.set('object', { value: v, unit: u });
  return true;
}

/** «Sum per person», «Forsikringssum pr. person» (lower case): the sum each insured person has. */
const PER_PERSON_SUM = /^(?:forsikrings)?sum\s+(?:per|pr\.?)\s+person$/;

/**
 * «Behandling hos spesialist og operasjon» over «Sum per person: kr 2 000 000» under «Behandlingsforsikring» (a card's item
 * under its «Ytelse», src/parse/units.ts): an item of the person cover, named by the heading — the label only says the sum
 * is each person's, and it is no sum of the product's own.
 */
function perPersonItem(s: Blocks, at: number): boolean {
  const u = s.r.units[at]!;
  const above = s.r.units[at - 1];
  if (u.row || u.label === undefined || s.product === undefined || !namesPersonProduct(s.product) || !PER_PERSON_SUM.test(lowerCase(withoutColon(u.label).trim()))) return false;
  if (above === undefined || !above.heading || above.product || above.row || above.label !== undefined || s.r.used.has(above) || DIGIT.test(above.text) || above.text.length > 60) return false;
  const value = u.text.slice(u.text.indexOf(':') + 1).trim();
  const sum = KRONER_ONLY.test(value) ? readAmount(value) : undefined;
  if (sum === undefined) return false;
  s.items.push({ item: { name: above.text.trim(), sum }, unit: u });
  s.r.used.add(above);
  return true;
}

/**
 * «Medisinsk invaliditet: kr 500 000» under «Ulykke ved dugnad og styrearbeid»: an item of a person
 * cover, its sum in kroner (G sums are read with the lines around them: src/parse/schedule-gtext.ts).
 * Only a labelled line whose label is no schedule field and whose value is an amount alone.
 */
function personItem(s: Blocks, at: number): boolean {
  const u = s.r.units[at]!;
  if (u.row || u.label === undefined) return false;
  // («Ulykke ved dugnad og styrearbeid» right above: a caption that names the cover, though no product heading)
  const product = s.product ?? (s.items.length === 0 && s.block.size === 0 ? captionOf(s.r, s.r.units[at - 1]) : undefined);
  if (product === undefined || !namesPersonProduct(product)) return false;
  const value = u.text.slice(u.text.indexOf(':') + 1).trim();
  // («Reisesyke: etter regning», «Påførte og fremtidige merutgifter: Etter regning»: a part paid as documented, no sum —
  // the item with its way of payment as its note)
  const assessed = KRONER_ONLY.test(value) ? undefined : assessedNote(value);
  if (!KRONER_ONLY.test(value) && assessed === undefined) return false;
  const name = withoutColon(u.label).trim();
  if (assessed !== undefined) {
    if (name === '' || DIGIT.test(name) || columnOf(name) !== undefined || namesFigure(name) || ITEM_DEDUCTIBLE.test(name)) return false;
    s.product = product;
    s.items.push({ item: { name, note: assessed }, unit: u });
    return true;
  }
  const sum = readAmount(value);
  // («Premie i fjor: kr 61 980», «Årets premie: kr 65 220»: the premium compared with last year's, no item;
  // «Årspremie totalt: kr 46 380»: a total)
  // («Egenandel for behandlingsutgifter: kr 2 000»: a part's deductible, never a benefit's sum)
  if (sum === undefined || name === '' || DIGIT.test(name) || columnOf(name) !== undefined || TOTAL_ROW.test(name) || isTotal(name) || namesFigure(name) || ITEM_DEDUCTIBLE.test(name)) return false;
  s.product = product;
  s.items.push({ item: { name, sum }, unit: u });
  return true;
}

/** A travel insurance's name: «Reise», «Reiseforsikring Familie», «Reiseforsikring». */
const TRAVEL_PRODUCT = /^reise(?:forsikring)?(?:\s|$)/i;

/** An amount in kroner for each insured person: «30 000 kr per person», «kr 25 000 pr. person» (the amount in group 1). */
const KRONER_PER_PERSON = /^(.*?)\s+(?:per|pr\.?)\s+(?:person|reisende|forsikret)$/i;

/**
 * «Reise» / «Dekning: Familie» / … / «Årspris» over «1 980 kr» / «Avbestilling» over «30 000 kr per person» (a web page's
 * card, one label a line over its value): under a person or travel cover, a name over an amount in kroner (perhaps «per
 * person») that is no figure's label is an item of the cover, as «Avbestilling: kr 40 000» is — it had been left unread.
 */
function stackedPersonItem(s: Blocks, at: number): boolean {
  const u = s.r.units[at]!;
  if (u.row || u.label !== undefined || u.lines.length !== 2 || s.product === undefined || !(namesPersonProduct(s.product) || TRAVEL_PRODUCT.test(s.product))) return false;
  const name = u.lines[0]!.text.trim();
  const raw = u.lines[1]!.text.trim();
  const value = KRONER_PER_PERSON.exec(raw)?.[1]?.trim() ?? raw;
  if (name === '' || name.length > 40 || DIGIT.test(name) || /[:.!?]$/.test(name) || !/^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u.test(name) || !KRONER_ONLY.test(value)) return false;
  if (columnOf(name) !== undefined || TOTAL_ROW.test(name) || isTotal(name) || namesFigure(name) || ITEM_DEDUCTIBLE.test(name) || perMonth(name)) return false;
  const sum = readAmount(value);
  if (sum === undefined) return false;
  s.items.push({ item: { name, sum }, unit: u });
  return true;
}

/** «Label: value» in a cell of a row set side by side. */
export const PAIR_CELL = /^([A-ZÆØÅ][^:\d]{1,40}):\s+(\S.*)$/;
/** «Egenandel reisegods»: a deductible's label that names what it is for. */
const ITEM_DEDUCTIBLE = /^(?:egenandel|eigenandel|eigendel|selvrisiko)(?:en)?\s+(?:for\s+|på\s+|ved\s+)?(\S.*)$/i;

/**
 * «Reisesyke: ubegrenset     Reisegods: kr 25 000 per person     Egenandel reisegods: kr 1 000» under
 * «Produkt: Reiseforsikring Bedrift Pluss     Årspremie: kr 18 870»: a mail-merge letter's row of a
 * cover's parts, each «Label: value», the items of the cover above (a product without an index
 * class of its own: persons, travel, liability). A part's value is its sum («ubegrenset» an item
 * without one); a deductible that names a part («Egenandel reisegods») is that part's. Only a row
 * whose every cell reads so; false otherwise (the row is left as it was).
 */
function itemRow(s: Blocks, u: Unit): boolean {
  if (!u.row || s.product === undefined || (s.block.size === 0 && s.items.length === 0) || rowIndexClass(s.product).index_class !== 'none') return false;
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  const items: CoverageItem[] = [];
  const deductibles: Array<{ name: string; value: string }> = [];
  for (const cell of cells) {
    const m = PAIR_CELL.exec(cell);
    if (!m) return false;
    const [label, value] = [m[1]!.trim(), m[2]!.trim()];
    const d = ITEM_DEDUCTIBLE.exec(label);
    if (d) {
      const amount = readAmount(value);
      if (amount === undefined) return false;
      deductibles.push({ name: d[1]!, value: amount });
      continue;
    }
    if (columnOf(label) !== undefined || namesFigure(label) || TOTAL_ROW.test(label)) return false;
    const item = itemOf(label, value);
    if (!item) return false;
    items.push(item);
  }
  const all = [...s.items.map((x) => x.item), ...items];
  for (const d of deductibles) {
    const owner = all.find((i) => lowerCase(i.name) === lowerCase(d.name));
    if (!owner || owner.deductible !== undefined) return false;
    owner.deductible = d.value;
  }
  if (items.length === 0) return false;
  // (key order of the output: the name, its figures, the note)
  for (const { name, sum, deductible, note } of items) s.items.push({ item: { name, ...(sum !== undefined && { sum }), ...(deductible !== undefined && { deductible }), ...(note !== undefined && { note }) }, unit: u });
  return true;
}

/** An item of a cover from its label and value: the sum (what it is counted by a note), none when it has no limit; undefined when the value is neither. */
function itemOf(name: string, value: string): CoverageItem | undefined {
  if (NO_LIMIT.test(value)) return { name, note: value };
  const per = perUnitAmount(value);
  if (per) return { name, sum: per.sum, note: per.per };
  const sum = readSum(value);
  return sum === undefined ? undefined : { name, sum };
}

/** A short line with a heading's shape that names a product, not read yet: the caption of the lines under it. */
function captionOf(r: Reading, u: Unit | undefined): string | undefined {
  if (!u || !u.heading || u.row || u.label !== undefined || r.used.has(u)) return undefined;
  const t = u.text.trim();
  return t.length <= 60 && !DIGIT.test(t) && !/[.:;!?]$/.test(t) && namesProduct(t) ? t : undefined;
}

/** Ends the block: a coverage when it states a sum under a product, a warning when it has no product. */
function flushBlock(s: Blocks): void {
  if (s.items.length > 0) return personCover(s);
  if (s.block.size === 0) return; // (most units are not fields)
  const events = eventSums(s.block);
  // (one sum for one event, «Forsikringssum ved brann» alone: the product's sum)
  const stated = s.block.get('sum') ?? (events.length === 1 ? events[0]!.field : undefined) ?? fullValueSum(s.block);
  // (a sum in kroner under «Forsikringsform: Førsterisiko» is that form's sum, as «Førsterisiko kr 6 000 000» is)
  const sum = s.block.has('firstRisk') && stated !== undefined && readAmount(stated.value) !== undefined ? { value: `Førsterisiko ${stated.value}`, unit: stated.unit } : stated;
  // (a basis with no full value stated is said and not read; beside a sum of its own it is the premium's only)
  const basis = s.block.get('basis');
  if (basis && sum === undefined) s.r.warnUnit(basis.unit, `${quote(basis.unit.text)} of ${s.product ?? 'the record'} is the sum only where full value is stated; not read`);
  if (basis && (sum === undefined || s.block.has('sum'))) {
    s.block.delete('basis');
    if (sum !== undefined) s.r.used.add(basis.unit);
  }
  // («Bil: Toyota Corolla 2018, EL 12345» over «Dekning: Kasko», no product named: the vehicle's kind is the product)
  const product = s.block.get('named')?.value ?? s.product ?? vehicleProduct(s.block.get('object')) ?? personLineAbove(s);
  // («Adresse: Fjellstuvegen 41, 2680 Vågå» with only the building's description beside it, no product: a place block)
  if (product === undefined && !hasFigures(s.block) && s.block.has('object')) {
    const place = s.block.get('object')!;
    // («Objekt   Endring» over «Bolighus og garasje   3,8 %», a letter's table of index rates: two cells with no figure over
    // the rows of a table are its header, no place — read as one, «Endring» became the place of every record below it)
    const under = s.r.units[place.unit.index + 1];
    const header = place.unit.row && !DIGIT.test(place.value) && under !== undefined && under.row;
    if (!header) {
      // («Forsikringssted» over «Adresse: …»: the label of the line under the heading is no part of the place)
      const value = place.value.replace(PLACE_LABEL_LEAD, '');
      // («Forsikringssted 1» and «Forsikringssted 2», each a block of its own, then the records: a PDF that set two places'
      // blocks side by side, read one after the other — which place each record below is at, the blocks do not say;
      // before, every building took the second place's last field)
      const from = s.standingUnit;
      const headingBetween = from !== undefined && s.r.units.slice(from + 1, place.unit.index).some((x) => fieldOf(x) === undefined && x.text.trim() !== '');
      if (s.standing !== undefined && s.standingAt === s.pushed && s.standing !== value && headingBetween) {
        s.r.warnUnit(place.unit, `two places stand above the records (${quote(s.standing)} and ${quote(value)}): which record is at which is not known; neither is read as a record's place`);
        s.standing = undefined;
        s.standingTwice = s.pushed;
      } else if (s.standingTwice !== s.pushed) {
        s.standing = value;
        s.standingAt = s.pushed;
        s.standingUnit = place.unit.index;
      }
      s.r.used.add(place.unit);
    }
  }
  // («Barnetillegg per barn under 21 år» over «Sum per person: 2 G» and the product's «Årspremie», a card's second item: the
  // item's G sum is read under its product by the G readers, src/parse/schedule-gtext.ts — no sum without a product)
  const gItem = sum !== undefined && isItemHeading(s.r.units[sum.unit.index - 1] ?? sum.unit, sum.unit);
  if (product === undefined && sum && s.block.size > 1 && !gItem) {
    // fields of a coverage under no product heading: seen, not dropped silently
    s.r.warnUnit(sum.unit, `could not read which product the sum ${quote(sum.value)} is for`);
  }
  // («Reise Pluss» over «Egenandel: kr 0» and «Pris per år: kr 2 590»: a cover with no sum of its own, priced)
  // (a person product's premium goes with its items: src/parse/schedule-gtext.ts)
  // («Gruppelivsforsikring» over «Forsikringssum: 10 G» and more G lines: a person product's G sums
  // are its items, read with the lines around them — src/parse/schedule-gtext.ts)
  // («• Yrkesskade» over «Forsikringssum: Iht. lov», «Egenandel: Ingen», «Pris: kr 7 400,- per år»: the law sets the cover's
  // benefits — no G item for those readers, but the cover itself with its price; left to them, its heading was lost and
  // its fields went to the product above)
  const byLaw = sum !== undefined && BY_LAW.test(sum.value.trim());
  const personSum = sum !== undefined && product !== undefined && namesPersonProduct(product) && !byLaw && isPersonSum(sum.value);
  // («Agria Ulykke Veterinærforsikring» over its parts' limits in kroner, «Behandling etter ulykke: inntil 20 000 kr», and «Pris: …»: a priced cover of its own, whatever its name)
  const parted = s.listItems?.some((x) => x.product === product) === true;
  // («Behandlingsforsikring» over «Egenandel: kr 500 pr. behandling» and «Ny premie: …»: a person cover priced with a
  // deductible and no sum — no G items for schedule-gtext.ts to read with it, and it reads no deductible)
  const deducted = s.block.has('deductible') && s.items.length === 0;
  if (product !== undefined && sum === undefined && events.length === 0 && priceOfPersonCover(s, product)) {
    s.block = new Map();
    return;
  }
  if (product !== undefined && !personSum && (sum || events.length > 1 || (s.block.has('premium') && (parted || deducted || !namesPersonProduct(product))))) blockCoverage(s, product, sum, events.length > 1 ? events : []);
  s.listItems = undefined;
  s.partsOpen = false;
  s.block = new Map();
  s.coverage = undefined;
  s.period = undefined;
}

/**
 * «Tilleggsdekning Utvida mén 1–14 %» right over the block's first field («Forsikringssum: 0,75 G»): a person product's
 * line that has no heading's shape (it ends with a percentage) names the block's product; undefined otherwise.
 */
function personLineAbove(s: Blocks): string | undefined {
  const first = Math.min(...[...s.block.values()].map((f) => f.unit.index));
  const above = Number.isFinite(first) ? s.r.units[first - 1] : undefined;
  return above !== undefined ? personProductLine(above) : undefined;
}

/** «Forsikringsform: Fullverdi» and «Premiegrunnlag: 24.600.000» in one block: the sum, as readSum reads «Fullverdi, premiegrunnlag …». */
function fullValueSum(block: Map<string, Field>): Field | undefined {
  const form = block.get('form');
  const basis = block.get('basis');
  if (form && basis) return { value: `Fullverdi, premiegrunnlag ${basis.value}`, unit: basis.unit };
  // («Forsikringsform: Fullverdi» over «Egenandel: kr 10 000», no basis: a building at full value, its sum no figure)
  return form && FULL_VALUE_FORM.test(form.value) && (block.has('deductible') || block.has('premium')) ? { value: 'Fullverdi', unit: form.unit } : undefined;
}

/** The person cover of the items read under its heading, its premium the block's (a sum field among them is warned). */
function personCover(s: Blocks): void {
  const { r, block } = s;
  const c: Coverage = { product: s.product!, index_class: 'none' };
  const premium = block.get('premium');
  const amount = premium ? readAmount(premium.value) : undefined;
  if (amount !== undefined) c.premium = amount;
  else if (premium) r.warnUnit(premium.unit, `could not read the premium ${quote(premium.value)} of ${s.product!}`);
  for (const [col, f] of block) {
    if (col === 'premium') continue;
    // («Egenandel: 800 kr per skadetilfelle.» under the items: the deductible's label alone, naming no part — the cover's)
    const d = col === 'deductible' && PLAIN_DEDUCTIBLE.test(f.unit.label?.trim() ?? '') ? deductibleAmount(f.value) : undefined;
    if (d !== undefined) c.deductible = d;
    // («Dekning: Standard» over «Gjelder: Sara Lund» on a card before its items: the cover's level and whom it covers, as a
    // card without items has them — no item's figure)
    else if ((col === 'coverage' || col === 'object') && !DIGIT.test(f.value) && f.value.trim().length <= 60 && f.unit.index < Math.min(...s.items.map((x) => x.unit.index))) c[col] = f.value.trim();
    else r.warnUnit(f.unit, `could not tell whether ${quote(f.unit.text)} is a field of ${s.product!} or one of its items; not read`);
  }
  // (a part's limit read beside them, «Behandling etter ulykke: inntil 20 000 kr – ingen egenandel»: one of the items, in the document's order)
  const parts = (s.listItems ?? []).filter((x) => x.product === s.product).map((x) => ({ item: x.item, unit: x.units[0]! }));
  const all = [...s.items, ...parts].sort((a, b) => a.unit.index - b.unit.index);
  s.listItems = undefined;
  c.items = all.map((x) => x.item);
  const units = all.map((x) => x.unit);
  for (const u of [...units, ...[...block.values()].map((f) => f.unit)]) r.used.add(u);
  const pushed = ordered(c);
  s.push(pushed, premium && premium.unit.index < units[0]!.index ? premium.unit : units[0]!, units);
  s.lastPerson = pushed;
  s.items = [];
  s.block = new Map();
}

/** «1 000 kr per skadetilfelle.»: a deductible's amount and what it is counted by (group 1 the amount). */
const PER_CLAIM_AMOUNT = /^((?:kr\.?\s*|nok\s*)?\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{2}|-))?(?:\s*(?:kr\.?|kroner))?)\s+(?:per|pr\.?)\s+(?:skadetilfelle|skade|skadehending)\.?$/i;

/** «Egenandel», «Eigenandel»: the deductible's label alone. */
const PLAIN_DEDUCTIBLE = /^(?:egenandel|eigenandel|eigendel)$/i;

/** A deductible's amount, perhaps with what it is counted by after it («1 000 kr per skadetilfelle.»). */
function deductibleAmount(value: string): string | undefined {
  const v = value.trim();
  // («Egenandel: Ingen» under a person cover's items: the claim is paid from the first krone — 0, as a schedule's «Ingen» reads)
  if (/^(?:ingen|inga)\.?$/i.test(v)) return '0';
  const per = PER_CLAIM_AMOUNT.exec(v);
  return readAmount(per ? per[1]! : v);
}

/**
 * «Eigenandel: 1 000 kr per skadetilfelle.» and «Pris: …» right under the items of the person cover just
 * read («Produkt: Reiseforsikring» … «- Reisegods: 30 000 kr»): that cover's deductible and premium, not a
 * second coverage of the same product. Only a block of those two fields, for the same product, on a
 * cover that has neither; a value that cannot be read is said. False otherwise.
 */
function priceOfPersonCover(s: Blocks, product: string): boolean {
  const c = s.lastPerson;
  if (c === undefined || c.product !== product || c.deductible !== undefined || c.premium !== undefined) return false;
  if (![...s.block.keys()].every((k) => k === 'deductible' || k === 'premium')) return false;
  for (const col of ['deductible', 'premium'] as const) {
    const f = s.block.get(col);
    if (!f) continue;
    const a = col === 'deductible' ? deductibleAmount(f.value) : readAmount(f.value.trim());
    if (a !== undefined) c[col] = a;
    else s.r.warnUnit(f.unit, `could not read the ${col} ${quote(f.value)} of ${product}`);
    s.r.used.add(f.unit);
  }
  // (the keys in the model's order, in place: the coverage was pushed by its reference)
  const o = ordered({ ...c });
  for (const k of Object.keys(c) as Array<keyof Coverage>) delete c[k];
  Object.assign(c, o);
  s.lastPerson = undefined;
  return true;
}

/** A share of the claim after the «+» of a deductible: «20 % av overskytende beløp», «10 prosent av skaden». */
const SHARE_AFTER_PLUS = /^\d{1,2}(?:,\d{1,2})?\s*(?:%|prosent)(?:\s+(?:av|på)\s+[a-zæøå ]{3,40})?\.?$/i;

/** «Inkludert», «Inkl.», «Inngår», «Inkludert i pakken»: a price that is part of another's, no amount of its own. */
const INCLUDED_PRICE = /^(?:er\s+)?(?:inkludert|inkl\.?|inklusive|inngår)(?:\s+i\s+[a-zæøå ]{2,40})?\.?$/i;

/** A sum in G or set individually, not in kroner. */
function isPersonSum(value: string): boolean {
  const v = readSum(value);
  return v !== undefined && typeof v !== 'string' && !('first_risk' in v);
}

/** A value and a remark in brackets after it, no figure in the remark: «kr 168 750 000 (fullverdi oppgitt som sum)» (the value read by readSum). */
const SUM_REMARK = /^(.*\d.*?)\s*\(([^()\d]{3,60})\)$/;
/** A first risk named in a remark: no sum of the whole value (readSum reads those forms). */
const FIRST_RISK_IN = new RegExp(FIRST_RISK_WORD, 'i');

/** The coverage of a block of fields with a sum or a premium, pushed; what could not be read is warned. */
/** «Alle ansatte», «Alle ansatte under 67 år», «Samtlige tilsette»: whom a person cover insures, in a cover's field. */
const PERSONS_SCOPE = new RegExp(String.raw`^(?:alle|samtlige|samtlege)\s+(?:${PERSONS.count.join('|')})(?![a-zæøå])`, 'i');

function blockCoverage(s: Blocks, product: string, sum: Field | undefined, events: ReadonlyArray<{ event: string; field: Field }>): void {
  const { r, block } = s;
  const c: Coverage = { product };
  const cov = block.get('coverage');
  const obj = block.get('object');
  const notes: string[] = [];
  // («Omfang: Alle ansatte» under «Yrkesskadeforsikring»: whom a person cover insures — no cover level, its note)
  if (cov && PERSONS_SCOPE.test(cov.value.trim())) notes.push(cov.value.trim());
  else if (cov) c.coverage = cov.value;
  else if (s.coverage !== undefined) c.coverage = s.coverage;
  if (obj) c.object = obj.value;
  else if (s.object !== undefined) c.object = s.object;
  // («Produkt: Campingvognforsikring», «Kjøretøy: Hobby …, DH 4471», «Dekning: Kasko» and its figures, then «Dekning: Innbo i
  // campingvogn og fortelt» and its own: the vehicle the record named is the object of each of its covers)
  else if (s.recordVehicle !== undefined && s.recordVehicle.product === product) c.object = s.recordVehicle.value;
  // («Forsikringssted: Fjellvegen 221 Gnr 63 Bnr 8, 9020 Tromsdalen Hytte, byggeår 2009, 74 m²»: a PDF that set the
  // description's line after the place's town on one line — an address ends with its town; what the building is
  // describes it, as in a table's place cell — the record's note, not its place)
  const building = obj ? PLACE_THEN_BUILDING.exec(obj.value.trim()) : null;
  if (building) {
    c.object = building[1]!;
    if (!block.has('description')) notes.push(building[2]!);
  }
  let value = sum ? readSum(sum.value) : undefined;
  // («kr 168 750 000 (fullverdi oppgitt som sum)»: an amount in kroner, then a remark in brackets with no figure and no
  // first-risk word — the sum, the remark its note; it was lost, and with it the row's sum)
  const remarked = sum && value === undefined ? SUM_REMARK.exec(sum.value.trim()) : null;
  if (remarked && !FIRST_RISK_IN.test(remarked[2]!)) {
    const amount = readSum(remarked[1]!);
    if (typeof amount === 'string') {
      value = amount;
      notes.push(remarked[2]!.trim());
    }
  }
  let persons = false;
  let byEvent: CoverageItem[] | undefined;
  // («Forsikringssum: Iht. lov»: sums the law sets — no sum of the cover, and nothing lost; said in its note, as a table's
  // «Iht. lov» in the sum column is)
  if (sum && BY_LAW.test(sum.value.trim())) {
    value = undefined;
    persons = true;
    notes.push(sum.value.trim());
  } else if (value !== undefined) {
    c.sum = value;
    persons = typeof value !== 'string' && !('first_risk' in value);
  } else if (sum && /^fullverdi$/i.test(sum.value)) notes.push('Fullverdi');
  // («Forsikringssum ..... 3 G ved medisinsk invaliditet, 1 G ved død» under «Ulykke dugnad og styrearbeid»: a sum per
  // event, each the cover's item — a person cover's, its class none)
  else if (sum && gSumsByEvent(sum.value) !== undefined) {
    byEvent = gSumsByEvent(sum.value);
    persons = true;
  }
  // («Forsikringssum ..... Etter regning»: paid as documented, no sum — said in the note, nothing lost)
  else if (sum && assessedNote(sum.value) !== undefined) notes.push(assessedNote(sum.value)!);
  else if (sum) r.warnUnit(sum.unit, `could not read the sum ${quote(sum.value)} of ${product}`);
  // («Bedriftsforsikring» over «Dekning: Maskiner, inventar og løsøre»: a product the table does not know takes its cover's class)
  const own = rowIndexClass(product);
  const named = !own.known && c.coverage !== undefined ? coverageIndexClass(product, c.coverage) : own;
  // a name the table knows of another class than the section's heading: the section has ended
  // (its next heading was lost, run together with a line); one it does not know takes the section's
  if (named.known && named.index_class !== s.section) s.section = undefined;
  const byName = named.known || s.section === undefined ? named : { index_class: s.section, known: true };
  c.index_class = persons ? 'none' : byName.index_class;
  // («Indeks   Ingen»: the record's sum is not adjusted; «Indeks   Løsøreindeks» under «Bygning»: two readings, said)
  const index = block.get('index');
  if (index && !persons) {
    r.used.add(index.unit);
    if (NO_INDEX_CELL.test(index.value.trim())) c.index_class = 'none';
    else if (rowIndexClass(index.value).index_class !== c.index_class) r.warnUnit(index.unit, `${quote(index.unit.text)} names another index than the class of ${product} (${c.index_class}); the class of its name is kept`);
  }
  // («Forsikringssum:   kr 900 000,- (fast sum, indeksreguleres ikke)»: the sum's own remark says no index adjusts it — as an
  // «Indeks   Ingen» field does; the letter's index reader leaves such a field to the record, src/parse/letter.ts sumFieldRemark)
  if (sum && !persons && NOT_INDEXED.test(sum.unit.lower)) c.index_class = 'none';
  // («Forsikringssted» / «Adresse: Fjellstuvegen 41, 2680 Vågå» once above the records: the place of the
  // buildings and contents under it, until another such block)
  if (c.object === undefined && s.standing !== undefined && PLACED_CLASSES.has(c.index_class)) c.object = s.standing;
  // («Forsikringssted 1» over «Stokkamyrveien 18, 4313 Sandnes», then «Bygning» and «Husleietap» with their fields: the
  // place a lettered or numbered place label states is that of the things and the loss of income under it, until another)
  // (a thing the index-class table does not know, «Avling og innhøstet fôr» under «Forsikringssted 1», is at that place too;
  // a liability's or a person cover's class is none, and they take no place)
  if (c.object === undefined && s.site !== undefined && (PLACED_CLASSES.has(c.index_class) || c.index_class === 'other' || namesLossOfIncome(product))) c.object = s.site;
  // («Beskrivelse: Verktøy og inventar i verkstedet» in a block with no place: what it insures, as a
  // table's «Beskrivelse» column is; beside a place or a vehicle, the block's note)
  const described = block.get('description');
  if (described && c.object === undefined) c.object = described.value;
  else if (described) notes.push(described.value);
  // (as for a table's row: a class guessed from nothing is said)
  if (!persons && !byName.known) r.warnUnit((sum ?? block.get('premium') ?? events[0]!.field).unit, `index class of «${product}» is not known from its name; set to other`);
  for (const col of ['deductible', 'premium'] as const) {
    const f = block.get(col);
    if (!f) continue;
    // («Egenandel: ingen», «Egenandel ..... Ingen» under a board's liability, an animal's life cover: the claim is paid from
    // the first krone — the deductible is 0, as the corpus's convention reads «kr 0»; «Eigenandel: ingen.», a sentence's stop
    // after it, the same)
    if (col === 'deductible' && /^ingen\.?$/i.test(f.value.trim())) {
      c.deductible = '0';
      continue;
    }
    // («Premie ..... Inkludert» under a cover that comes with another: no premium of its own — said in the note, no
    // amount and nothing lost)
    if (col === 'premium' && INCLUDED_PRICE.test(f.value.trim())) {
      notes.push('Premie inkludert');
      continue;
    }
    // («…, pris per år kr 4 200.»: the last field of a line written as a sentence ends with its full stop, no part of the amount)
    const a = readAmount(withoutLastYear(f.value.replace(/(\d)\.$/, '$1'))) ?? (/^ingen$/i.test(f.value) ? '0' : undefined);
    if (a !== undefined) c[col] = a;
    else r.warnUnit(f.unit, `could not read the ${col} ${quote(f.value)} of ${product}`);
  }
  const percent = block.get('percent');
  if (percent) notes.push(percent.value);
  const remark = block.get('remark');
  if (remark) notes.push(remark.value);
  const count = block.get('count');
  if (count) {
    notes.push(count.value);
    r.used.add(count.unit);
  }
  if (notes.length > 0) c.note = notes.join('; ');
  // («Forsikringssum ved brann» and «Forsikringssum ved tyveri»: one item per event)
  const items = [...(byEvent ?? []), ...eventItems(s, product, events)];
  // («Dette dekker Kasko Ekstra» over «Ansvar» / «kr 10 000 000»: the cover's parts, each with its sum)
  for (const x of s.listItems ?? []) {
    if (x.product !== undefined && x.product !== product) continue;
    items.push(x.item);
    for (const u of x.units) r.used.add(u);
  }
  s.listItems = undefined;
  if (items.length > 0) c.items = items;
  const units = [...block.values()].map((f) => f.unit).sort((a, b) => a.index - b.index);
  for (const u of units) r.used.add(u);
  periodCoverage(s, ordered(c), units[0]!);
}

/** The items of a block's sums for one event each: the event its name («Brann»), the sum its sum; a sum not read is warned. */
function eventItems(s: Blocks, product: string, events: ReadonlyArray<{ event: string; field: Field }>): CoverageItem[] {
  const items: CoverageItem[] = [];
  for (const { event, field } of events) {
    const v = readSum(field.value);
    if (v === undefined) s.r.warnUnit(field.unit, `could not read the sum ${quote(field.value)} of ${product} for ${event}`);
    else items.push({ name: event[0]!.toUpperCase() + event.slice(1), sum: v });
  }
  return items;
}

/**
 * A coverage of a list of one period: the new list's is the coverage, today's the same cover's
 * history (not read) — held back until the new list has been read; any other pushed as it is.
 */
function periodCoverage(s: Blocks, c: Coverage, u: Unit): void {
  const key = `${lowerCase(c.product)}|${lowerCase(c.coverage ?? '')}`;
  if (s.period === 'now') {
    if (!s.news.has(key)) s.today.push({ c, unit: u });
    return;
  }
  if (s.period === 'new') {
    s.news.add(key);
    s.today = s.today.filter((t) => `${lowerCase(t.c.product)}|${lowerCase(t.c.coverage ?? '')}` !== key);
  }
  s.push(c, u);
}

/** A field of a sum, deductible or premium on a line of its own: the first line of a record under its name line. */
function startsRecord(u: Unit | undefined): boolean {
  if (!u) return false;
  // («Forsikringssum: Iht. lov» under «• Yrkesskade»: the law's sums, no figure — a record's first field all the same,
  // though with no digit the line has a heading's shape)
  if (u.label !== undefined && !u.row && lawSum(u)) return true;
  if (u.heading) return false;
  const f = fieldOf(u);
  // (in kroner or «Fullverdi»: G sums under a heading are a person cover's items, read elsewhere)
  // («Forsikringssum: Førsterisiko kr 100.000»: a first-risk sum starts a record as an amount does)
  // («Forsikringssum ..... 150 000 (førsterisiko)»: the form after the amount, as readSum reads it, starts a record too)
  return f !== undefined && (f.col === 'sum' || f.col === 'deductible' || f.col === 'premium') && (readAmount(f.value) !== undefined || FULL_VALUE.test(f.value) || (f.col === 'sum' && (FIRST_RISK_SUM.test(f.value) ? readSum(f.value) !== undefined : firstRiskSum(f.value))));
}

/** A sum field whose value says the law sets the sums: «Forsikringssum: Iht. lov om yrkesskadeforsikring». */
function lawSum(u: Unit): boolean {
  const f = fieldOf(u);
  return f !== undefined && f.col === 'sum' && BY_LAW.test(f.value.trim());
}

/** A record's first field: its cover level («Dekning: Kasko»), or a figure (startsRecord), whatever shape the unit has. */
function recordField(u: Unit | undefined): boolean {
  if (u === undefined || u.row) return false;
  return fieldOf(u)?.col === 'coverage' || startsRecord(u) || startsRecord({ ...u, heading: false });
}

/** «Førsterisiko kr 100.000», «1. risiko 250 000»: a first-risk sum as a field's value. */
const FIRST_RISK_SUM = /^(?:f(?:ø|o)rsterisiko|1\.\s*risiko)\b/i;

/** «150 000 (førsterisiko)», «kr 400 000 førsterisiko»: a value readSum reads as a first-risk sum. */
function firstRiskSum(value: string): boolean {
  const v = readSum(value);
  return v !== undefined && typeof v === 'object' && 'first_risk' in v;
}

const FULL_VALUE = /^fullverdi\b/i;
/** A form field's value that is the form alone: «Fullverdi» (not «Fullverdi. Premiegrunnlaget reguleres …»). */
const FULL_VALUE_FORM = /^fullverdi\.?$/i;
/** «Førsterisiko», «Første risiko», «1. risiko»: a form of insurance whose sum is a first-risk sum (readSum). */
export const FIRST_RISK_FORM = new RegExp(String.raw`^${FIRST_RISK_WORD}\.?$`, 'i');
const SCHEDULE_HEADING_WORDS: ReadonlySet<string> = new Set(SCHEDULE_HEADINGS);

/**
 * A line that can be a record's name although the index-class table does not know it: a short name
 * («Husdyr (storfe og sau)»), perhaps its address after a comma («Kornlager, Sørbygda 57, 2436
 * Våler»), not a schedule's heading («Forsikringsbevis», «Dette er forsikret») and not a sentence
 * or a line with other figures.
 */
function recordName(u: Unit, text = u.text): { product: string; object?: string } | undefined {
  if (u.row || u.label !== undefined || text.length > 60 || text.split(' ').length > 6) return undefined;
  const l = withoutColon(lowerCase(text.trim()));
  if (SCHEDULE_HEADING_WORDS.has(l) || l.startsWith('forsikringsbevis') || l.startsWith('forsikringsavtale') || l.startsWith('oversikt')) return undefined;
  const line = productLine(text);
  // (figures only in the place, an address: «Kornlager, Sørbygda 57, 2436 Våler»)
  if (!line || DIGIT.test(line.product) || (line.object !== undefined ? !ADDRESS.test(line.object) : DIGIT.test(text))) return undefined;
  // «Husdyr – storfe»: the product, then the kind it insures after a dash, in lower case — the record's object
  const kind = line.object === undefined && (text.includes(' – ') || text.includes(' - ')) ? KIND_AFTER_DASH.exec(line.product) : null;
  return kind ? { product: kind[1]!, object: kind[2]! } : line;
}

/**
 * «Husdyr – storfe» / «42 melkekyr» run together into one paragraph over the record's figures: the
 * name line and the count line (COUNT_LINE); undefined for any other unit.
 */
function nameOverCount(u: Unit): { name: string; count: string } | undefined {
  if (u.row || u.label !== undefined || u.lines.length !== 2 || !DIGIT.test(u.text)) return undefined;
  const name = u.text.slice(0, u.offsets[1]).trim();
  const count = u.text.slice(u.offsets[1]).trim();
  return COUNT_LINE.test(count) && DIGIT.test(count[0] ?? '') ? { name, count } : undefined;
}

/** «Husdyr – storfe», «Dyr – sau og lam»: a name, a dash, and a kind of one to three words in lower case. */
const KIND_AFTER_DASH = /^([A-ZÀ-ÖØ-Þ][^–-]*?)\s[–-]\s([a-zæøå][a-zæøå-]*(?:\s[a-zæøå][a-zæøå-]*){0,2})$/;

/** A premium at the end of a line: «… Årspremie kr 48 360», «… Pris per år: kr 2 150» (not a total's). */
const PREMIUM_LABELS = (SCHEDULE_COLUMNS.find(([c]) => c === 'premium')?.[1] ?? [])
  .map((n) => n.replace(/[.]/g, '\\.').replace(/ /g, '\\s+'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const TRAILING_PREMIUM = new RegExp(String.raw`(?:^|\s)(?:${PREMIUM_LABELS})\s*:?\s*((?:kr\.?|nok)\s*\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{1,2}|-))?)$`, 'i');
/** The premium's label at the end of the text before its amount. */
const ENDS_AMOUNT = /[\d-]\s*$/;
const TRAILING_PREMIUM_LABEL = new RegExp(String.raw`(?:^|\s)(?:${PREMIUM_LABELS})\s*:?\s*$`, 'i');

/** A line (or a row) that names a product, perhaps its place, and ends with its premium; undefined otherwise. */
function productWithPremium(u: Unit): { product: string; object?: string; premium: string } | undefined {
  if (u.text.length > 200 || !(u.lower.includes('pris') || u.lower.includes('premie'))) return undefined;
  const premium = trailingPremium(u.text);
  if (premium === undefined) return undefined;
  const at = u.text.lastIndexOf(premium);
  const before = u.text.slice(0, at).replace(TRAILING_PREMIUM_LABEL, '').trim().replace(/[.,;:–-]+$/, '').trim();
  // («Våningshus   Sum årspremie: kr 30.027,-»: a name beside a total that a page's other column set on its
  // line — the premium's label is a total's, never the name's)
  if (TOTAL_WORD_END.test(before)) return undefined;
  // «Næringsbygg – Storgata 1, 0155 Oslo»: the product before a dash, the place after it
  const dash = /^(.+?)\s[–-]\s(.+\b\d{4}\s+[A-ZÀ-ÖØ-Þ].*)$/.exec(before);
  const line = dash ? { product: dash[1]!.trim(), object: dash[2]!.trim() } : productLine(before);
  if (!line || !namesProduct(line.product)) return undefined;
  return line.object !== undefined ? { product: line.product, object: line.object, premium } : { product: line.product, premium };
}

/**
 * A row of an overview: the product (and after a dash what it insures) in its first cell, the premium
 * labelled in its last («premie kr 9 140»), and between them only labelled figures («sum kr 750 000»)
 * or a cover level («Kasko»): the product, its object, its premium and the cells between as fields.
 * Undefined for any other row (a cell between that is neither: not guessed).
 */
function productRowWithPremium(u: Unit): { product: string; object?: string; premium: string; fields: Array<{ col: 'sum' | 'deductible' | 'coverage'; value: string }> } | undefined {
  const cells = u.cells.filter((c) => c !== '');
  if (cells.length < 3 || cells.length > 5) return undefined;
  const premium = trailingPremium(cells[cells.length - 1]!);
  if (premium === undefined || readAmount(premium) === undefined || !LABELLED_CELL.test(cells[cells.length - 1]!.trim())) return undefined;
  const dash = /^(.+?)\s[–-]\s(.+)$/.exec(cells[0]!.trim());
  const product = (dash ? dash[1]! : cells[0]!).trim();
  if (DIGIT.test(product) || !namesProduct(product)) return undefined;
  const fields: Array<{ col: 'sum' | 'deductible' | 'coverage'; value: string }> = [];
  for (const c of cells.slice(1, -1)) {
    const t = c.trim();
    if (COVER_LEVEL_SET.has(lowerCase(t))) {
      if (fields.some((f) => f.col === 'coverage')) return undefined;
      fields.push({ col: 'coverage', value: t });
      continue;
    }
    const m = FIELD_CELL.exec(t);
    const col = m ? columnOf(m[1]!) : undefined;
    if (!m || (col !== 'sum' && col !== 'deductible') || fields.some((f) => f.col === col)) return undefined;
    fields.push({ col, value: m[2]! });
  }
  return dash ? { product, object: dash[2]!.trim(), premium, fields } : { product, premium, fields };
}

/** A total's word (the vocabulary's, of one word) at the end of what stands before a premium's label: «… Sum» of «Sum årspremie», «Samlet», «Totalt». */
const TOTAL_WORD_END = new RegExp(`(?:^|\\s)(?:${TOTAL_WORDS.filter((w) => !w.includes(' ')).join('|')})$`, 'i');

/** A cell that is a premium's label and its amount alone («premie kr 9 140», «Årspremie: kr 2 980»). */
const LABELLED_CELL = /^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ .]*?\s*:?\s+(?:kr\.?|nok)\s*\d/i;

function trailingPremium(text: string): string | undefined {
  // (TRAILING_PREMIUM ends with an amount: a text that does not end with a digit or «,-» has none, and its two patterns are not compiled)
  if (text.length > 200 || !ENDS_AMOUNT.test(text) || TOTAL_ROW.test(text.trim())) return undefined;
  const m = TRAILING_PREMIUM.exec(text.trim());
  return m && !TOTAL_ROW.test(text.trim().slice(0, m.index + 1).trim().split(/[.,;]\s/).pop() ?? '') ? m[1]! : undefined;
}

/** A place named by the site and its postcode, no street («Hytta, 3570 Ål», «Naust – 6863 Leikanger»). */
const SITE_PLACE = /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ .'-]{1,40}?(?:,|\s[–—-])\s*\d{4}\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ-]*(?:\s[A-ZÀ-ÖØ-Þa-zæøå][A-Za-zÀ-ÖØ-öø-ÿ-]*)?$/;

/** The unit right above is a product's heading (not a row, not a field). */
/** How many units above a record's name line its heading may stand (the records before it, two lines each, between). */
const HEADING_REACH = 16;
/** An insurance's name: a word that ends in «forsikring» («Eiendomsforsikring», «Bygningsforsikring»). */
const INSURANCE_NAME_WORD = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž]{3,}forsikring$/u;

/**
 * The insurance a heading over a list of places names, the list's first name line at `from`: up over the list's name lines
 * (each a name and its address) and their figure lines to the first line that is neither — a heading of parts set apart by
 * dashes («Kommunale bygg – Eiendomsforsikring (fullverdi, kombinert skade)»), exactly one of them an insurance's name the
 * index-class table knows. A line of the deductible for all («Egenandel per skade: kr 50 000 …») may stand between.
 * Undefined otherwise.
 */
function headingOverPlaces(r: Reading, from: number): string | undefined {
  for (let k = from; k >= 0 && k >= from - HEADING_REACH; k--) {
    const v = r.units[k]!;
    const t = v.text.trim();
    if (v.row || fieldOf(v) !== undefined || /\d/.test(t)) continue;
    if (!v.heading || v.label !== undefined) return undefined;
    const parts = t.replace(/\s*\([^()]*\)$/, '').split(/\s[–-]\s/).map((x) => x.trim());
    const named = parts.filter((x) => INSURANCE_NAME_WORD.test(x) && namesProduct(x));
    return named.length === 1 && parts.length >= 2 ? named[0] : undefined;
  }
  return undefined;
}

function headingAbove(r: Reading, at: number): boolean {
  const above = r.units[at - 1];
  return above !== undefined && above.heading && above.product && !above.row && above.label === undefined;
}

/** «, Gnr 12 Bnr 44» between a street's number and the postcode («Lauvliveien 11, Gnr 12 Bnr 44, 3622 Svene»): the lot of the place. */
const LOT_BEFORE_POSTCODE = /,\s*g(?:nr|årdsnr)\.?\s*\d{1,4}\s*[,/]?\s*b(?:nr|ruksnr)\.?\s*\d{1,4}(?=,\s*\d{4}\s)/i;

/**
 * «Hytteforsikring» / «Lauvliveien 11, …, 3622 Svene» / «Fritidsbolig, byggeår 2009» / «Forsikringsnummer …»: a web page's card
 * says what the building at its place is on the line under the place, before the card's facts and figures — the building's
 * description, no part of the place and no product (read as a heading, it ended the card and its figures lost their
 * product). Whether it was; the line is taken.
 */
function cardDescription(s: Blocks, at: number, u: Unit): boolean {
  const above = s.r.units[at - 1];
  if (s.product === undefined || s.block.size !== 0 || s.object === undefined || above === undefined || above.text.trim() !== s.object) return false;
  const t = u.text.trim();
  if (u.row || u.bullet || u.label !== undefined || t.length > 60 || !t.includes(',') || !BUILDING_FACTS.test(lowerCase(t))) return false;
  const next = s.r.units[at + 1];
  if (next === undefined || !(s.r.used.has(next) || cardFactRow(next) || fieldOf(next) !== undefined)) return false;
  s.r.used.add(u);
  return true;
}

/** A place as schedules write it: a street and number, a postcode and a place («Strandgata 5, 9008 Tromsø»). */
const ADDRESS = /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ .'-]*\s\d+\s?[A-Za-zÀ-ÖØ-öø-ÿ]?(?:[-–]\d+)?,\s*\d{4}\s+[A-ZÀ-ÖØ-Þ]/;

/** «Hus - Kirkebakken 3, 7600 Levanger», «Næringsbygg – Storgata 1, 0155 Oslo»: a product's name, a dash and a place. */
function productDashPlace(text: string): boolean {
  const m = /^(.+?)\s[–-]\s(.+)$/.exec(text.trim());
  return m !== null && !DIGIT.test(m[1]!) && namesProduct(m[1]!) && ADDRESS.test(m[2]!);
}

/** A place alone on its line: a street and number, its postcode and place, nothing after («Søndre Skogveien 5, 5145 Fyllingsdalen»). */
const ADDRESS_ALONE = /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ .'-]*\s\d+\s?[A-Za-zÀ-ÖØ-öø-ÿ]?(?:[-–]\d+)?,\s*\d{4}\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ-]*(?:\s[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ-]*)?$/;

/** A comma between two fields of a line: after a figure's end, before a label's word («…000, egenandel kr …»). */
// («egenandel 24 timer, årspremie kr 9 480»: a waiting time before the comma ends its field as an amount does)
const FIELD_COMMA = /(?<=\d|,-|kr\.?|fullverdi|ingen|\d timer|\d døgn|\d dager|\d dagar|\d måneder|\d månader),\s+(?=[A-Za-zÀ-ÖØ-öø-ÿ])/i;

/**
 * A sentence's full stop between two fields of a line: after «Fullverdi», before a capital label («Forsikringssum:
 * Fullverdi. Egenandel 10 000 kr, årspremie 9 380 kr.» — the sum a word, the next field a sentence of its own).
 */
const FIELD_STOP = /(?<=fullverdi|ingen)\.\s+(?=[A-ZÆØÅ])/i;

/** A dash between two fields of a line: after a figure's end, before a label's word («… 000 kr – egenandel 15 000 kr – …»). */
const FIELD_DASH = /(?<=\d|,-|kr\.?|fullverdi|ingen)\s+[–—-]\s+(?=[A-Za-zÀ-ÖØ-öø-ÿ])/i;

/** Each cell of a row is a field, «Label value» («Forsikringssum kr 14 600 000»): the fields; else undefined. */
const FIELD_CELL = /^([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ .]*?)\s*:?\s+((?:kr|nok)?\.?\s*\d.*|fullverdi.*|ingen)$/i;

export function fieldCells(u: Unit): Array<{ col: Exclude<Col, 'product'>; value: string }> | undefined {
  // («Forsikringssum kr 64 800 000, egenandel kr 50 000, premie kr 118 400»: the fields of a line set apart by commas)
  // («Forsikringssum 12 460 000 kr – egenandel 15 000 kr – årspris 21 880 kr»: the same fields set apart by dashes)
  const cells = u.row ? u.cells.filter((c) => c !== '') : u.text.includes(', ') && DIGIT.test(u.text) ? u.text.trim().split(FIELD_COMMA).flatMap((c) => c.split(FIELD_STOP)) : DIGIT.test(u.text) && FIELD_DASH.test(u.text) ? u.text.trim().split(FIELD_DASH) : [];
  // (short cells that each hold a label and a value: most rows are not such)
  if (cells.length < 2 || cells.some((c) => c.length > 60 || !DIGIT.test(c) && !/fullverdi|ingen/i.test(c))) return undefined;
  const out: Array<{ col: Exclude<Col, 'product'>; value: string }> = [];
  for (const c of cells) {
    // («Fullverdi | egenandel 8.000 | pris 12.480 kr/år» beside «Forsikringssum 1.100.000 | …»: the sum's form alone, without
    // its label, is the line's sum cell — read as any «Forsikringssum: Fullverdi» is)
    if (FULL_VALUE_FORM.test(c.trim()) && out.length === 0) {
      out.push({ col: 'sum', value: c.trim() });
      continue;
    }
    const m = FIELD_CELL.exec(c.trim());
    const col = m ? columnOf(m[1]!) : undefined;
    if (!m || col === undefined || col === 'product') return undefined;
    out.push({ col, value: col === 'premium' ? withoutQualifier(col, m[2]!) : m[2]! });
  }
  return out.some((f) => f.col === 'sum') ? out : undefined;
}
