/**
 * The insurance a table of covers or things stands under. Norwegian insurers set a product's name on a line of its own
 * («Næringsdrift», «Gardsforsikring», «Firmabil - samleavtale», «Forsikringsbevis – hesteforsikring») and under it, with
 * a few lines between, the table of what it covers: its covers («Dekning | Forsikringssum | Egenandel | Premie»), its
 * places or things («Forsikringsstad / objekt | …», «Kjøretøy | Dekning | …»). The lines between say where
 * («Forsikringssted: Kirkeveien 14, 1540 Vestby»), give the agreement's facts («Avtalenummer: …», «Status: Aktiv»),
 * or caption the list («Kjøretøy på avtalen (5)», «Dekninger») — and may describe the insured thing in a table of its own
 * with no figure («Navn | Rase | Født | UELN»). None of them names another product: a hand-reader takes the heading as
 * every row's product, the row's cover as its coverage and its thing or place as its object.
 */
import { amountsIn, isGCell, KRONER_ONLY } from './amounts.js';
import { AGREEMENT_FORM_AFTER, columnOf, isDekning } from './schedule-names.js';
import { INSURED_LEAD } from './schedule-titles.js';
import { lowerCase } from './lower.js';
import { insurersName } from './mail.js';
import { withoutColon, type Unit } from './units.js';
import { ANIMAL_FACT_LABELS, GENERIC_THING_COLUMNS, TERMS_CODE_WORDS, TITLED_THING_HEADINGS } from './vocabulary.js';

/** ANIMAL_FACT_LABELS as a set. */
const ANIMAL_FACTS: ReadonlySet<string> = new Set(ANIMAL_FACT_LABELS);

/** The columns of a row's figures. */
const FIGURE_COLUMNS: ReadonlySet<string> = new Set(['sum', 'deductible', 'premium']);

/** TITLED_THING_HEADINGS as a set: «Dekninger», «Kjøretøy» — headings of a certificate's parts, never a product. */
const PART_HEADINGS: ReadonlySet<string> = new Set(TITLED_THING_HEADINGS);

/**
 * «Kjøretøy på avtalen (5)», «Bygninger i avtalen (12)», «Køyretøy på forsikringa (3)», «Kjøretøy (4)»: a caption that
 * says what the table under it lists and counts them in brackets — never a product of its own.
 */
const COUNTED_CAPTION = /^[a-zæøå]+(?:\s+[a-zæøå]+)?(?:\s+(?:på|i|under)\s+(?:avtalen|avtala|forsikringen|forsikringa|polisen))?\s*\(\d+\)$/;

/** «Kjøretøy på avtalen (2)» as a text: a caption that counts what a table lists (COUNTED_CAPTION). */
export function countedCaptionText(text: string): boolean {
  return COUNTED_CAPTION.test(lowerCase(text.trim()));
}

/** A caption of the things a table lists and how many, on the agreement or counted (COUNTED_CAPTION); the line as a unit. */
export function countedCaption(u: Unit): boolean {
  return u.heading && !u.row && u.label === undefined && COUNTED_CAPTION.test(lowerCase(u.text.trim()));
}

/**
 * Words of a heading that is a phrase about the schedule, not a product's name: «Dette er forsikret», «Hva er dekket»,
 * «Oversikt over forsikringane», «Forsikringsoversikt», «Spesifikasjon»; a document's kind («Forsikringsbevis», «Polise»); the
 * figures a table gives («Ansvarssummer og egenandeler», «Premie»); a group of covers («Andre dekninger», «Tilleggsdekninger»,
 * «Forsikringer»).
 */
export const PHRASE_WORD = /(?:^|\s)(?:er|som|dette|hva|kva|over|forsikret|forsikra|dekket|dekka|omfattet|omfatta|gjelder|gjeld)(?:\s|$)|oversikt|oversyn|spesifikasjon|sammendrag|samandrag|detaljer|forsikringsbevis|forsikringsavtale|polise|fornyelse|fornying|summer|summar|egenandel|eigenandel|eigendel|premie|pris|dekninger|dekningar|forsikringer|forsikringar|tillegg|(?:^|\s)(?:andre|øvrige|øvrege)(?:\s|$)/;

/** How many lines under a heading the header of its table may stand (a place line, the agreement's facts, a caption). */
const HEADING_REACH = 8;

/**
 * A header row that lists covers or things with figures: a «Dekning» column or a place/thing column («Forsikringssted»,
 * «Forsikringsstad / objekt»), beside at least one figure column, and no column of products of its own («Forsikring»,
 * «Produkt»: such a table names its rows itself).
 */
export function coversOrThingsHeader(cells: readonly string[]): boolean {
  const named = cells.map((c) => withoutColon(c).trim()).filter((c) => c !== '');
  // («Kjøretøy | Dekning | …»: a column of the things insured holds objects here, never products)
  const roles = named.map((c) => (isDekning(c) ? 'coverage' : THING_WORDS.has(lowerCase(c)) ? 'object' : columnOf(c)));
  if (!roles.some((x) => x !== undefined && FIGURE_COLUMNS.has(x))) return false;
  if (!roles.some((x) => x === 'coverage' || x === 'object')) return false;
  return !roles.includes('product');
}

/**
 * A heading the vocabulary may not know («Næringsdrift», «Gardsforsikring») on a line of its own over a table of covers or
 * things (coversOrThingsHeader), with only field lines («Forsikringssted: …») and captions between: the product of the
 * table's rows. Undefined for any other line — a caption itself («Dekninger», «Forsikrede bygninger», «Kjøretøy på
 * avtalen (5)»), a line with a figure, or a heading with another heading or a sentence between it and the table.
 */
/** A caption of a table's limits: «Maksimalbeløp per sending», «Maksimum per transportmiddel». */
const LIMITS_CAPTION = /^maksim(?:al|um)(?:beløp|summ?)?\b/i;

export function headingOverTable(units: readonly Unit[], at: number): string | undefined {
  const u = units[at]!;
  // (the line as written: «1. PROPERTY / TING», a numbered part in capitals, is read as «Ting» by the bilingual reader)
  const written = u.lines[0]!.text.trim();
  if (!u.heading || u.row || u.label !== undefined || u.bullet || /\d/.test(u.text) || /\d/.test(written)) return undefined;
  // (a heading in capitals names a part of the schedule — «LANDBRUK» over «Objekt | Dekning | …» whose objects are products
  // of their own — read by the readers of parts: schedule-tables.ts sectionOverCovers, objectColumnOfProducts; but one that
  // is an insurance's name, «LANDBRUKSFORSIKRING», «GARDSFORSIKRING», names the insurance as its mixed-case form would)
  const shouted = written === written.toUpperCase();
  const name = shouted ? insuranceInCapitals(u.text.trim()) : u.text.trim();
  if (name === undefined) return undefined;
  const words = name.split(/\s+/);
  // (a product's name starts in capitals and is short; a caption of the table's parts names none)
  if (words.length > 4 || !/^[A-ZÆØÅ]/.test(name) || name === name.toUpperCase() || PART_HEADINGS.has(lowerCase(name)) || INSURED_LEAD.test(name) || PHRASE_WORD.test(lowerCase(name)) || countedCaption(u)) return undefined;
  // («Codan Forsikring» at the head of the page, over the first place and its table: the sender, never a product — but
  // «LANDBRUKSFORSIKRING» over a farm's table is the insurance, though a company is called so too: a company's name
  // heads its letter over an address, never right over a table of covers)
  if (insurersName(name) && !(shouted && insuranceInCapitals(name) !== undefined)) return undefined;
  // («Maksimalbeløp per sending» over a goods insurance's «Transportmåte | Maksimum | Egenandel»: a caption of the table's
  // figures, the most paid for one sending — no product)
  if (LIMITS_CAPTION.test(name)) return undefined;
  let prose = 0;
  for (let k = at + 1; k < units.length && k <= at + HEADING_REACH; k++) {
    const v = units[k]!;
    // («Bilflåte - rammeavtale»: the agreement's form after the dash is no part of the product's name)
    // («Næringsdrift» / «Vilkår ND-200» / «Forsikringssted: …» over the table: the code of the section's terms, a fact of it)
    if (termsCodeLine(v)) continue;
    if (v.row) return coversOrThingsHeader(v.cells) ? name.replace(AGREEMENT_FORM_AFTER, '') : undefined;
    if (v.label !== undefined) continue;
    if (v.heading && (countedCaption(v) || PART_HEADINGS.has(lowerCase(withoutColon(v.text).trim())))) continue;
    if (introSentence(v, units[k + 1]) && ++prose <= INTRO_PARAGRAPHS) continue;
    return undefined;
  }
  return undefined;
}

/** «Vilkår ND-200», «Vilkår NB-100   Sikkerhetsforskrift FG-2»: each piece a word of terms and a code (capitals, digits). */
export function termsCodeLine(u: Unit): boolean {
  if (u.text.length > 80) return false;
  const pieces = u.row ? u.cells.filter((c) => c.trim() !== '') : [u.text];
  return pieces.length > 0 && pieces.every((p) => TERMS_CODE.test(p.trim()));
}
/** A word of terms (its first letter either case, the code's letters capitals) and the code: «Vilkår ND-200», «vilkår: LB-25». */
const TERMS_CODE = new RegExp(
  String.raw`^(?:${TERMS_CODE_WORDS.map((w) => `[${w[0]!}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})\s*:?\s+[A-ZÆØÅ]{1,6}[- ]?\d{1,4}(?:[-.]\d{1,4})?$`,
  'u',
);

/** How many lines or paragraphs of prose may stand between a product's heading and its table (introSentence). */
const INTRO_PARAGRAPHS = 3;

/**
 * «Forsikringa gjeld garden Nordre Haugom, gnr. 78 bnr. 3 i Østre Toten kommune.», «Dette forsikringsbeviset gjeld saman med
 * vilkår for Landbruk (LB-25) …», «Alle objekta nedanfor står på garden …»: a paragraph of whole sentences under a product's
 * heading that says where the insurance applies or which terms it follows — a farm's certificate and renewal letter set one
 * between «Gardsforsikring» and its table. It names no other product and states no figure (a kroner amount or a
 * percentage would be a cover's or a change's, read by their own readers), so the heading is still the table's.
 */
function introSentence(v: Unit, next: Unit | undefined, continued = false): boolean {
  if (v.row || v.bullet || v.label !== undefined) return false;
  const t = v.text.trim();
  const words = t.split(/\s+/).length;
  if ((!continued && !/^[A-ZÆØÅ]/.test(t)) || words < (continued ? 2 : 5) || !figureless(t)) return false;
  // (a sentence's first line may be set as a line of its own, taken for a heading: it goes on in the line under it)
  if (!/[.!]$/.test(t)) return introLine(v) && next !== undefined && !next.row && !next.heading && next.label === undefined && introSentence(next, undefined, true);
  return !v.heading || words >= 6;
}

/** A paragraph of whole sentences under a product's heading, no heading itself (introSentence): the section over it goes on. */
export function introParagraph(u: Unit): boolean {
  return !u.heading && /[.!]$/.test(u.text.trim()) && introSentence(u, undefined);
}

/** No kroner amount, no percentage: «… (LB-25), Naturskade og», «… gnr. 78 bnr. 3 i Østre Toten kommune.». */
function figureless(t: string): boolean {
  return !/%|\b(?:kr|nok|kroner)\b/i.test(t) && amountsIn(t).length === 0;
}

/** A word no product's name or heading ends with: a conjunction or preposition, the sentence goes on in the next line. */
const GOES_ON_WORD = /(?:^|\s)(?:og|eller|i|for|med|av|på|til|som|frå|fra|under|saman|sammen|om|at|å|dei|de|den|det|ein|en|eit|et)$|,$/i;

/**
 * «Dette forsikringsbeviset gjeld saman med vilkår for Landbruk (LB-25), Naturskade og» over «Generelle vilkår. …»: the
 * first line of a sentence set as a line of its own — a heading's shape, but six words or more, no figure, and ending in a
 * word that leaves it open. No heading: the section over it goes on.
 */
export function introLine(u: Unit): boolean {
  if (u.row || u.bullet || u.label !== undefined) return false;
  const t = u.text.trim();
  return /^[A-ZÆØÅ]/.test(t) && t.split(/\s+/).length >= 6 && figureless(t) && GOES_ON_WORD.test(t);
}

/**
 * «LANDBRUKSFORSIKRING», «GARDSFORSIKRING», «ANSVARSFORSIKRING LANDBRUK»: a heading in capitals whose first word is an
 * insurance's name — a compound on «-forsikring», never the word «Forsikring» alone after a company's name («LANDKREDITT
 * FORSIKRING») — as the mixed-case name («Landbruksforsikring», «Ansvarsforsikring landbruk»); undefined for any other.
 */
export function insuranceInCapitals(text: string): string | undefined {
  const lower = lowerCase(text);
  const words = lower.split(/\s+/);
  if (words.length > 3 || !/^[a-zæøå-]{3,}forsikring(?:a|en)?$/.test(words[0]!)) return undefined;
  return `${lower[0]!.toUpperCase()}${lower.slice(1)}`;
}

/**
 * A row of the insured thing's facts under a certificate's title, before its covers («Navn | Rase | Født | UELN» over
 * «Stjernefaks | Norsk kaldblodstraver | 2016 | …»): no cell a kroner amount or a figure's column — the thing described,
 * as its fields are, no line that parts the title from its table.
 */
export function thingFactsRow(u: Unit): boolean {
  if (!u.row) return false;
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  // («Hesten» over «Navn | Kvamsblakken», «Rase | Fjordhest», «Født | 2016»: the animal's facts one a row, a label and its value)
  if (cells.length === 2 && ANIMAL_FACTS.has(lowerCase(withoutColon(cells[0]!).trim())) && !KRONER_ONLY.test(cells[1]!) && !/\b(?:kr|nok)\b/i.test(cells[1]!)) return true;
  // (three facts or more — «Ménerstatning | 4,5 G» is a person cover's item, no fact of a thing)
  if (cells.length < 3 || cells.some((c) => isGCell(c))) return false;
  return cells.every((c) => !KRONER_ONLY.test(c) && !/\b(?:kr|nok)\b/i.test(c) && !FIGURE_COLUMNS.has(columnOf(withoutColon(c)) ?? ''));
}

/** The generic words of a thing's column (GENERIC_THING_COLUMNS) and the kinds a schedule lists: «bygning», «objekt», «kjøretøy». */
const THING_WORDS: ReadonlySet<string> = new Set([...GENERIC_THING_COLUMNS, 'bygninger', 'bygningar', 'kjøretøy', 'køyretøy', 'båt', 'fartøy']);

/**
 * «Forsikringssted / bygning», «Adresse / objekt», «Bygning / forsikringssted»: a header cell that names a place and a thing
 * with a slash — the column of each row's object (the building at its place), never of products.
 */
export function placeAndThingColumn(cell: string): boolean {
  const parts = lowerCase(withoutColon(cell).trim()).split(/\s*\/\s*/);
  if (parts.length !== 2) return false;
  const place = parts.findIndex((p) => !THING_WORDS.has(p) && columnOf(p) === 'object');
  return place >= 0 && THING_WORDS.has(parts[1 - place]!);
}
