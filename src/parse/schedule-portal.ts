/**
 * A portal's page for one insurance, copied as text («Min side», «Mine forsikringer», a bank's page for its insurer).
 * Norwegian insurers lay it out the same way whatever the product: under the menu and a «< Tilbake til alle
 * forsikringer» link the page's heading names the insurance («Bilforsikring», «Butikkforsikring», «Næringskjøretøy»),
 * then — perhaps after the holder's name — the agreement's number («Forsikringsnummer SP 8826 4410», «Avtalenr.
 * 4410-318872») and its state («Status: Aktiv», «Fornyes …»); under them the page lists what that one insurance covers,
 * each as a card: a vehicle or a place («Volvo XC60 Recharge, EF 55120», under a caption «Kjøretøy på avtalen (2)»)
 * or a cover («Varer», under «Hva er forsikret») over its labelled fields («Dekning», «Egenandel», «Pris per år»), with
 * buttons («Endre dekning», «Meld skade») between them. The heading is then every card's product, as a certificate's
 * title is its rows' (test/corpus/README.md, the product-heading convention).
 */
import { namesProduct, rowIndexClass } from './index-class.js';
import { countedCaptionText, PHRASE_WORD } from './schedule-product-heading.js';
import type { Coverage, SumValue } from '../model/policy.js';
import { mentionsG, readAmount, readSum } from './amounts.js';
import { lowerCase } from './lower.js';
import { fieldOf, figureValue } from './schedule-fields.js';
import type { SourceLine } from './source.js';
import { buildUnits } from './units.js';
import type { Reading } from './extract.js';
import { removeTrace } from './schedule-merge.js';
import { columnOf, isDekning, ordered } from './schedule-names.js';
import type { Unit } from './units.js';
import { CARD_STATUS, COVER_LEVEL_SET, TRAVEL_AREAS, PAGE_LINKS, PAGE_TABS, PLATE_SOURCE, POLICY_NUMBER } from './vocabulary.js';

/** How many units under the page's heading its agreement's number may stand (the holder's name, a status line between). */
const NUMBER_REACH = 3;

/** The labels of an agreement's own number (POLICY_NUMBER's, without their stops), longest first. */
const NUMBER_LABELS = [...new Set(POLICY_NUMBER.labels.map((l) => l.replace(/[.:]+$/, '')))].sort((a, b) => b.length - a.length);

/** «Forsikringsnummer SP 8826 4410», «Avtalenr. 4410-318872», «Avtalenummer: 6519 0042 118», «… HY-5520981»: a line that gives the agreement's number. */
export function agreementNumberLine(lower: string): boolean {
  const t = lower.trim();
  return NUMBER_LABELS.some((l) => t.startsWith(l) && /^[.:]?\s*[:]?\s*[a-z]{0,3}[\s-]?\d/.test(t.slice(l.length)));
}

/**
 * Marks of a web portal's page copied as text: its name («Min side», «Mine forsikringer», «Mitt Agria»), the log-out
 * link, the way back to the list of insurances — words no letter or certificate prints.
 */
const PORTAL_MARK = /\bmin side\b|\bmine forsikringer\b|\bmitt [a-zæøå]+\b|\blogg ut\b|\btilbake til (?:alle )?(?:forsikringene|forsikringer|oversikt)/;

/** A line of a page's buttons: «[Endre dekning]  [Meld skade]», «Se detaljer   Meld skade» (PAGE_LINKS). */
function linkLine(lower: string): boolean {
  const cells = lower.replace(/[[\]]/g, '  ').split(/\s{2,}|\t/).map((c) => c.trim()).filter((c) => c !== '');
  // (a button is a few words: «Meld skade på codan.no eller ring …» is a sentence that starts so)
  return cells.length > 0 && cells.every((c) => c.split(/\s+/).length <= 4 && PAGE_LINKS.some((w) => c === w || c.startsWith(`${w} `)));
}

/** Whether the document is a web portal's page copied as text (PORTAL_MARK, or a line of its buttons). */
export function portalPage(units: readonly Unit[]): boolean {
  return units.some((u) => PORTAL_MARK.test(u.lower) || linkLine(u.lower));
}

/**
 * «Bilforsikring                    Aktiv»: a card's name with the agreement's state set right of it (CARD_STATUS) — the name
 * is the first cell; undefined where the row is no name and a state.
 */
function statusOf(u: Unit): string | undefined {
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length !== 2) return undefined;
  const state = lowerCase(cells[1]!);
  return (CARD_STATUS as readonly string[]).includes(state) ? state : undefined;
}

/** «Bilforsikring», «Næringskjøretøy», «Boligselskapsforsikring»: a heading alone that names one insurance — no figure, no label, no caption. */
function insuranceHeading(u: Unit): string | undefined {
  if (u.bullet || u.label !== undefined || u.lines.length !== 1) return undefined;
  if (u.row && statusOf(u) === undefined) return undefined;
  const t = u.row ? u.cells[0]!.trim() : u.text.trim();
  if (t.length > 40 || /\d/.test(t) || countedCaptionText(t) || t === t.toUpperCase()) return undefined;
  // («Toppkasko», «Pluss» under the name: the cover level chosen, no insurance of its own)
  if (COVER_LEVEL_SET.has(lowerCase(t))) return undefined;
  // («Dette er forsikringen din», «Hva er forsikret»: a phrase about the page, no insurance's name)
  if (PHRASE_WORD.test(lowerCase(t)) && !/forsikring$/i.test(t)) return undefined;
  if (!/forsikring$/i.test(t) && !namesProduct(t)) return undefined;
  // («Codan Forsikring», «Eika Forsikring»: a company's name, «Forsikring» a word of its own — an insurance's is one word with it)
  if (/\sforsikring$/i.test(t)) return undefined;
  return t;
}

/**
 * «Hytteforsikring Pluss», «Bilforsikring Toppkasko»: a page's heading that names its insurance and the level chosen — the
 * insurance (one word on «-forsikring»), the level a cover's (COVER_LEVEL_SET). Undefined for any other unit.
 */
function levelledHeading(u: Unit): string | undefined {
  if (u.row || u.bullet || u.label !== undefined || u.lines.length !== 1) return undefined;
  const m = /^([A-ZÆØÅ][a-zæøå-]*forsikring)\s+(\S.*)$/.exec(u.text.trim());
  return m !== null && COVER_LEVEL_SET.has(lowerCase(m[2]!)) ? m[1]! : undefined;
}

/**
 * «Skriv ut   Last ned forsikringsbevis (PDF)   Meld skade», «Oversikt    Dokumenter    Betaling»: a line of the page's
 * buttons (linkLine, cell by cell) or of its tabs (PAGE_TABS, two or more).
 */
function pageControls(u: Unit): boolean {
  const cells = (u.row ? u.cells : [u.text]).map((c) => lowerCase(c.trim())).filter((c) => c !== '');
  if (cells.length === 0) return false;
  return cells.every((c) => linkLine(c)) || (cells.length >= 2 && cells.every((c) => (PAGE_TABS as readonly string[]).includes(c)));
}

/**
 * The NUMBER_REACH units from `from` on that are lines of the page, not its buttons or tabs. Walks only as far as it
 * must: filtering the whole rest of the document for each heading was quadratic in its length (a 30-page letter spent more time here than in all its other schedule readers).
 */
function nextLines(units: readonly Unit[], from: number): Unit[] {
  const lines: Unit[] = [];
  for (let j = from; j < units.length && lines.length < NUMBER_REACH; j++) if (!pageControls(units[j]!)) lines.push(units[j]!);
  return lines;
}

/**
 * The insurance a portal's page is about: the one heading naming an insurance with the agreement's number right under it
 * (NUMBER_REACH units). Undefined where the document is no portal page, where no heading is so followed, or where another
 * heading names an insurance (an overview's cards, each a product with its own number, are insurances of their own).
 */
export function portalPageProduct(units: readonly Unit[]): string | undefined {
  if (!portalPage(units)) return undefined;
  const found = new Set<string>();
  units.forEach((u, i) => {
    const name = levelledHeading(u) ?? insuranceHeading(u);
    if (name === undefined) return;
    // (the page's buttons and its tabs, «Skriv ut   Meld skade», «Oversikt    Dokumenter    Betaling», are no line of it)
    if (nextLines(units, i + 1).some((v) => agreementNumberLine(v.lower))) found.add(name);
  });
  if (found.size !== 1) return undefined;
  const name = [...found][0]!;
  // (an overview's cards each name their insurance, «Bilforsikring», «Husforsikring», …: a page with another is no page of one)
  const others = units.some((u) => {
    const n = insuranceHeading(u);
    return n !== undefined && n !== name && /forsikring$/i.test(n);
  });
  return others ? undefined : name;
}

/** A vehicle's plate anywhere in a cell: «Volvo XC60 Recharge, EF 55120», «EL 48213». */
const PLATE = new RegExp(String.raw`\b${PLATE_SOURCE}\b`);

/**
 * A card's field: «Dekning: Kasko», «Egenandel   8 000 kr», «• Pris per år: 11 640 kr», «[Endre dekning]  [Meld skade]» —
 * a label and its value, or the card's buttons; the lines from a card's first field up to its title.
 */
function cardField(u: Unit): boolean {
  if (u.label !== undefined) return true;
  if (linkLine(u.lower)) return true;
  // («Reiseforsikring          Aktiv»: the next card's name and status, no field of the card above)
  if (insuranceHeading(u) !== undefined) return false;
  return u.row && u.cells.length === 2 && !/\d/.test(u.cells[0]!) && u.cells[0]!.trim().split(/\s+/).length <= 4;
}

/** The unit that holds a line. */
function unitOfLine(units: readonly Unit[], line: number): number {
  return units.findIndex((u) => u.lines.some((l) => l.line === line));
}

/**
 * «Volvo XC60 Recharge, EF 55120» over «Dekning   Kasko Pluss», «Egenandel   8 000 kr» (a card of a vehicle on the page of
 * its insurance): the line over the card's fields that names a vehicle by its plate is the card's object — each card its
 * own, as a table's row is. The cell that holds the plate, where the title line has two («EL 48213  Toyota Proace …» is
 * read by its plate). Only a coverage with no object, and only a title with a plate: a cover's name over its fields
 * («Varer») names no thing.
 */
export function cardVehicles(r: Reading, coverages: Coverage[]): void {
  coverages.forEach((c, i) => {
    if (c.object !== undefined) return;
    const at = r.trace.get(`coverages[${i}]`);
    if (at === undefined) return;
    let k = unitOfLine(r.units, at.line);
    if (k < 0 || !cardField(r.units[k]!)) return;
    while (k > 0 && cardField(r.units[k - 1]!)) k--;
    const title = r.units[k - 1];
    if (title === undefined || title.bullet || title.label !== undefined || title.lines.length !== 1) return;
    const cells = title.cells.map((x) => x.trim()).filter((x) => x !== '');
    const plated = cells.filter((x) => PLATE.test(x));
    if (plated.length !== 1 || cells.length > 2) return;
    coverages[i] = ordered({ ...c, object: plated[0]! });
  });
}

/**
 * «Bilforsikring» / «Pris» / «15 120 kr per år» over the cards «Pris   11 208 kr per år», «Pris   3 912 kr per år»: the
 * price the page states under its heading is the agreement's, the sum of its cards' — no cover of its own. A coverage of
 * the page's insurance that states only a premium (and a place: the holder's address under «Forsikringstaker») goes where
 * the other coverages' premiums add up to it exactly, or — where the page's cards were read as its insurance's covers or
 * things — where it is more than theirs; otherwise it stays as read.
 */
export function withoutPageTotal(r: Reading, coverages: Coverage[], product: string | undefined, cards: boolean): void {
  if (product === undefined) return;
  const at = coverages.findIndex((c) => c.product === product && c.premium !== undefined && c.coverage === undefined && c.sum === undefined && c.deductible === undefined && c.items === undefined);
  if (at < 0) return;
  const others = coverages.filter((_, j) => j !== at);
  if (others.length < 2 || others.some((c) => c.premium === undefined)) return;
  const total = others.reduce((s, c) => s + Number(c.premium), 0);
  // (where the page's cards were read as its insurance's, a price above theirs is the agreement's too — an add-on not on a card
  // is in it: left out, never given to a card)
  const own = Number(coverages[at]!.premium);
  if (!Number.isFinite(total) || !(String(total) === coverages[at]!.premium || (cards && own > total))) return;
  coverages.splice(at, 1);
  removeTrace(r, at);
}

/** A card's figures as read: each at most once (a second one means the card holds cards of its own). */
interface CardFigures {
  object?: string;
  coverage?: string;
  sum?: SumValue;
  deductible?: string;
  premium?: string;
}

/** «Toyota Yaris Cross, EB 48213», «Ringvegen 8, 2819 Gjøvik»: a line that names a vehicle by its plate or a place by its postcode. */
const POSTCODE_PLACE = /,\s*\d{4}\s+[A-ZÆØÅ]/;

/**
 * A line of running text (a notice on the page, no part of a card): a sentence of seven words or more, or ten words — a
 * field's line, «Pris   9 876 kr per år   (823 kr per måned)», has fewer and no full stop.
 */
function proseLine(text: string): boolean {
  const words = text.trim().split(/\s+/).filter((w) => /[A-Za-zÀ-ÖØ-öø-ÿ]{2}/.test(w)).length;
  return words >= 10 || (words >= 7 && /[.!?](?:\s|$)/.test(text));
}

/** «Totalt per år: 26 332 kr», «Sum alle forsikringer …»: the page's total after its cards. */
const TOTAL_LINE = /^(?:totalt|total|sum|samlet|samla)\b/i;

/** A deductible stated as none: «Ingen», «0 kr» is read as an amount. */
const NONE = /^ingen\b/i;

/** «Egenandel 0 kr», «Egenandel 500 kr»: a figure's label, a space and a small amount (fieldOf reads those with thousands). */
function shortField(text: string): { col: 'sum' | 'deductible' | 'premium'; value: string } | undefined {
  const m = /^([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ .]*?)\s+(\d.*)$/.exec(text.replace(/\s+/g, ' '));
  const col = m ? columnOf(m[1]!) : undefined;
  return col === 'sum' || col === 'deductible' || col === 'premium' ? { col, value: m![2]! } : undefined;
}

/** «hele verden, reiser inntil 60 dager», «Europa»: a value that starts with a travel insurance's area (TRAVEL_AREAS). */
function travelArea(value: string): boolean {
  const t = lowerCase(value.trim());
  return TRAVEL_AREAS.some((a) => t === a || new RegExp(`^${a}\\b`).test(t));
}

/** Two blank lines or more: the space between a portal's cards. */
const CARD_GAP = 3;

/**
 * One line of a card as its figure: a labelled field (fieldOf: «Egenandel 6 000 kr», «Dekning: Kasko», «Pris   11 208 kr
 * per år»), or a price alone with its period («9 964 kr per år»: the card's year's price, its only amount with «per år»).
 * 'repeat' where the card already has that figure (cards within a page's card: not read here), undefined for no figure.
 */
function cardFigure(line: SourceLine, got: CardFigures): Partial<CardFigures> | 'repeat' | { unread: string; value: string } | undefined {
  const u = buildUnits([line])[0];
  if (u === undefined) return undefined;
  const f = fieldOf(u) ?? shortField(u.text.trim());
  if (f === undefined) {
    const t = u.text.trim();
    const bare = figureValue('premium', t);
    if (bare === t || !/^\d/.test(t)) return undefined;
    const premium = readAmount(bare);
    if (premium === undefined) return undefined;
    return got.premium !== undefined ? 'repeat' : { premium };
  }
  if (f.col !== 'sum' && f.col !== 'deductible' && f.col !== 'premium' && f.col !== 'coverage' && f.col !== 'object') return undefined;
  if (got[f.col] !== undefined) return 'repeat';
  // («Adresse   Sørbyvegen 41, 2319 Hamar»: the card's place as a field)
  // («Gjelder: hele verden, reiser inntil 60 dager»: a travel insurance's area, no thing — nothing of the card's figures)
  if (f.col === 'object') return travelArea(f.value) ? {} : { object: f.value.trim() };
  if (f.col === 'coverage') return { coverage: f.value.trim() };
  const value = figureValue(f.col, f.value);
  if (f.col === 'sum') {
    const sum = readSum(value);
    // («Forsikringssum Fullverdi»: the sum's form, no amount — nothing to read, nothing to warn)
    // («Forsikringssum Fullverdi»: the sum's form, no amount — a field of the card with nothing to read)
    return sum === undefined ? (/fullverdi/i.test(value) ? {} : { unread: 'sum', value }) : { sum };
  }
  if (f.col === 'deductible' && NONE.test(value.trim())) return { deductible: '0' };
  const amount = readAmount(value);
  return amount === undefined ? { unread: f.col === 'deductible' ? 'deductible' : 'premium', value } : { [f.col]: amount };
}

/**
 * A portal's card of one insurance, as an overview page or a product page lists it:
 *
 *   Bilforsikring                          Husforsikring
 *   Toyota Yaris Cross, EB 48213           Ringvegen 8, 2819 Gjøvik
 *   Toppkasko                              Enebolig, byggeår 1974
 *   Egenandel 6 000 kr                     Forsikringssum Fullverdi
 *   9 964 kr per år                        Egenandel: 10 000 kr
 *   Forsikringsnummer 1203 558 871         Pris   11 106 kr per år
 *   Se detaljer   Meld skade               [Endre]  [Meld skade]
 *
 * The insurance's name on a line of its own (insuranceHeading), the thing it insures on the line under it (a vehicle by its
 * plate, a place by its postcode; a description of it under that), the cover level alone on a line or as «Dekning», then
 * one field a line — its label before its value by a colon, a gap or a space — with the agreement's number, its renewal,
 * the vehicle's facts and the buttons among them. The card ends at the next insurance's name, the page's total, a
 * paragraph of running text or the end. A card whose figure comes twice holds cards of its own (a vehicle each, a cover
 * each) and is left to the readers of those; a card with a figure whose value cannot be read is left to the other readers
 * (which warn of it).
 */
export function readPortalCards(r: Reading, push: (c: Coverage, u: Unit) => void): boolean {
  if (!portalPage(r.units)) return false;
  const page = portalPageProduct(r.units);
  // (first the cards under the page's own insurance: where there are any, the figures under its heading are the agreement's,
  // and a page of one insurance whose cards are its covers or things has no other insurance's card)
  if (page !== undefined && readCards(r, push, page) > 0) return true;
  readCards(r, push, undefined);
  return false;
}

/**
 * A card's title under a page's insurance: «Volvo XC60 Recharge, EF 55120», «Storgata 18, 3570 Ål» (the thing the card
 * insures: its object) or «Varer», «Inventar og utstyr» (a cover: its coverage) — a line alone, no field, no link, no
 * insurance's name. The cell with the plate where the line has two («EL 48213  Toyota Proace 2.0 (2022)»).
 */
function subCardTitle(u: Unit): { object?: string; coverage?: string } | undefined {
  // («Varer», «Avbrudd», «Rettshjelp» name covers the vocabulary knows as products too: under the page's insurance, its covers)
  if (u.bullet || u.label !== undefined || u.lines.length !== 1 || /forsikring$/i.test(u.text.trim()) || linkLine(u.lower)) return undefined;
  const cells = u.cells.map((x) => x.trim()).filter((x) => x !== '');
  if (cells.length === 0 || cells.length > 2) return undefined;
  const plated = cells.filter((x) => PLATE.test(x));
  if (plated.length === 1) return { object: plated[0]! };
  if (cells.length !== 1) return undefined;
  const t = cells[0]!;
  // («Bygning - Solbakkveien 2, 3550 Gol»: the cover and the place it is at, a dash between)
  const dashed = /^([A-ZÆØÅ][^\d–—-]*?)\s+[–—-]\s+(.*)$/.exec(t);
  if (dashed !== null && POSTCODE_PLACE.test(dashed[2]!)) return { coverage: dashed[1]!, object: dashed[2]! };
  if (POSTCODE_PLACE.test(t)) return { object: t };
  // (a cover's name: capitalised, a few words, no figure and no phrase about the page — «Hva er forsikret», «Dokumenter»)
  if (/\d/.test(t) || t.split(/\s+/).length > 5 || t[0] !== t[0]!.toUpperCase() || PHRASE_WORD.test(lowerCase(t)) || /[?:.!]$/.test(t)) return undefined;
  return { coverage: t };
}

/**
 * «Hva er forsikret» over «Varer» (the page's heading over its list of covers, taken as a label over its value into one
 * unit): the second line is the first card's title.
 */
function titleUnderPhrase(u: Unit): { object?: string; coverage?: string } | undefined {
  if (u.lines.length !== 2 || !PHRASE_WORD.test(lowerCase(u.lines[0]!.text.trim()))) return undefined;
  const second = buildUnits([u.lines[1]!])[0];
  return second === undefined ? undefined : subCardTitle(second);
}

/** «Hva dekker barneforsikringen?», «Hva dekkes», «Dette er inkludert i Ekstra»: the heading of a card's parts (lower case). */
const PARTS_HEADING = /^(?:hva|kva) (?:dekker|dekkes|dekkjer|dekkast)\b|\binkludert\b|\bdekningsomfang\b/;

/** «• Veterinærutgifter: inntil 30 000 kr per år»: a part of the card and its limit — an item, which the item readers read. */
const LIMIT_PART = /:\s*(?:inntil|opptil|maks(?:imalt)?|høyst|høgst)\s+\S*\d/i;

/**
 * Whether a unit in a card starts the next card: an insurance's name. Right under the card's title, a name the vocabulary
 * knows that is no «…forsikring» of its own («Reiseforsikring» over «Helårs reiseforsikring for hele familien») describes the
 * card's insurance — its first line, no card.
 */
function nextCard(u: Unit, first: boolean): boolean {
  const name = insuranceHeading(u);
  return name !== undefined && !(first && !/forsikring$/i.test(name));
}

/**
 * «HJEM» over «Bjørnstjerne Bjørnsons gate 41, 3044 Drammen» over «Innboforsikring», «BÅT» over «Askeladden C65, LKT 412» over
 * «Båtforsikring»: a card that sets its category in capitals over the thing it insures — a place by its postcode, a vehicle or
 * boat by its registration — and the insurance's name under them. The thing is the card's object, as a card whose category
 * joined its vehicle («BIL: Volkswagen ID.4, EL 48213») has it. Undefined for any other pair of lines over the name.
 */
function thingOverCard(r: Reading, at: number): Unit | undefined {
  const thing = r.units[at - 1];
  const category = r.units[at - 2];
  if (thing === undefined || category === undefined || thing.row || thing.label !== undefined || thing.lines.length !== 1 || r.used.has(thing)) return undefined;
  const c = category.text.trim();
  if (category.row || category.label !== undefined || c.length > 20 || /[\d\s]/.test(c) || c !== c.toUpperCase() || !/[A-ZÆØÅ]/.test(c)) return undefined;
  const t = thing.text.trim();
  if (t.length > 80 || /\b(?:kr|nok)\b/i.test(t)) return undefined;
  // (a boat by its number in the small-boat register after its model: «Askeladden C65, LKT 412»)
  return POSTCODE_PLACE.test(t) || PLATE.test(t) || /,\s*[A-ZÆØÅ]{3}\s?\d{3}$/.test(t) ? thing : undefined;
}

/**
 * Reads the cards of the page: with `page`, the cards under the page's insurance (subCardTitle: a thing or a cover over its
 * fields, each ended by a blank line); without, the cards titled by an insurance's name. How many cards were read.
 */
function readCards(r: Reading, push: (c: Coverage, u: Unit) => void, page: string | undefined): number {
  let read = 0;
  for (let i = 0; i < r.units.length; i++) {
    const head = r.units[i]!;
    if (r.used.has(head)) continue;
    const title = page !== undefined ? (subCardTitle(head) ?? titleUnderPhrase(head)) : undefined;
    // (an insurance's card is titled by its name proper, «…forsikring»: «Yrkesskade», «Gruppeliv» over tables of G sums are
    // another layout's, read by the item readers)
    const product = page ?? insuranceHeading(head);
    if (product === undefined || (page !== undefined && title === undefined) || (page === undefined && !/forsikring$/i.test(product))) continue;
    const got: CardFigures = { ...title };
    const taken: Unit[] = [head];
    // («HJEM» over «Bjørnstjerne Bjørnsons gate 41, 3044 Drammen» over «Innboforsikring» and its fields: the thing over the card's name)
    const over = page === undefined ? thingOverCard(r, i) : undefined;
    if (over !== undefined) {
      got.object = over.text.trim();
      taken.push(over);
    }
    let lead = 0;
    let fields = 0;
    let failed = false;
    let parts = false;
    let wrapped: string | undefined;
    const unread: Array<{ line: SourceLine; text: string }> = [];
    let k = i + 1;
    let last = head.lines.at(-1)!.line;
    // (a card under the page's insurance ends at a blank line; an insurance's card may hold one, between its parts)
    const gap = page !== undefined ? 2 : CARD_GAP;
    cards: for (; k < r.units.length; k++) {
      const u = r.units[k]!;
      // (a field of the card another reader took — «Egenandel: 20 % av kostnadene, minst 4 000 kr», read as a change's terms — is
      // passed by: the card goes on under it)
      if (r.used.has(u) && cardField(u) && u.lines[0]!.line - last < gap) {
        last = u.lines.at(-1)!.line;
        continue;
      }
      if (r.used.has(u) || nextCard(u, k === i + 1) || countedCaptionText(u.text)) break;
      // («HJEM» over the next card's place and name: the next card begins at its category)
      if (page === undefined && r.units[k + 2] !== undefined && insuranceHeading(r.units[k + 2]!) !== undefined && thingOverCard(r, k + 2) !== undefined) break;
      if (PARTS_HEADING.test(u.lower) || mentionsG(u.text) || LIMIT_PART.test(u.text)) {
        parts = true;
        break;
      }
      const figures: CardFigures[] = [];
      for (const line of u.lines) {
        const t = line.text.trim();
        if (line.line - last >= gap) break cards;
        last = line.line;
        if (linkLine(lowerCase(t))) continue;
        // («Egenandel» over «6 000 kr»: a card of labels over their values — the field readers read that layout)
        if (!/\d/.test(t) && (columnOf(t) !== undefined || isDekning(t))) {
          failed = true;
          break cards;
        }
        if (TOTAL_LINE.test(t) || (proseLine(t) && fieldOf(buildUnits([line])[0]!) === undefined)) break cards;
        const f = cardFigure(line, { ...got, ...Object.assign({}, ...figures) });
        if (f === 'repeat') {
          failed = true;
          break cards;
        }
        if (f !== undefined && 'unread' in f) {
          // («Egenandel: 20 % av kostnadene, minst 4 000 kr», «Egenandel: 1 døgn»: a field of the card whose value is no amount —
          // said, and the card's other figures read)
          unread.push({ line, text: `could not read the ${f.unread} «${f.value}» of ${title?.coverage ?? title?.object ?? product}` });
          fields++;
          continue;
        }
        if (f !== undefined) {
          figures.push(f);
          fields++;
          continue;
        }
        // (a card under the page's insurance: its first field comes right under its title, a description of the thing at most between)
        if (cardField(buildUnits([line])[0]!)) {
          fields++;
          continue;
        }
        // (a cover's card, «Varer», has its fields right under its name: «Hytte» over an address is a thing's heading)
        if (page !== undefined && fields === 0 && (lead >= 1 || title?.coverage !== undefined)) {
          if (title?.coverage !== undefined) failed = true;
          break cards;
        }
        lead++;
        // («Lauvliveien 11, Gnr 12 Bnr 44,» over «3622 Svene»: the place wrapped after its comma, one place)
        if (wrapped !== undefined && /^\d{4}\s+[A-ZÆØÅ]/.test(t)) {
          figures.push({ object: `${wrapped} ${t}` });
          wrapped = undefined;
          continue;
        }
        wrapped = undefined;
        if (page === undefined && lead === 1 && got.object === undefined && t.endsWith(',') && !/\t| {2,}/.test(line.text.trim())) {
          wrapped = t.replace(/\s+/g, ' ');
          continue;
        }
        // (the first line under the name: the thing insured, where it names a vehicle or a place)
        if (page === undefined && lead === 1 && got.object === undefined && (PLATE.test(t) || POSTCODE_PLACE.test(t)) && !/\t| {2,}/.test(line.text.trim())) figures.push({ object: t });
        // (a cover level alone on its line: «Toppkasko», «Pluss»)
        else if (got.coverage === undefined && COVER_LEVEL_SET.has(lowerCase(t))) figures.push({ coverage: t });
      }
      Object.assign(got, ...figures);
      taken.push(u);
    }
    // («Hva dekker barneforsikringen?», «Dette er inkludert i Ekstra» or G sums right under the card: its parts, which the item
    // readers give to the card's heading — the card is theirs)
    if (failed || parts || (got.sum === undefined && got.deductible === undefined && got.premium === undefined)) continue;
    // (a cover's class where its name says it — «Ansvar», «Varer» under «Butikkforsikring» —, else the insurance's)
    const own = got.coverage !== undefined && title?.coverage !== undefined ? rowIndexClass(got.coverage) : undefined;
    const c: Coverage = ordered({ product, index_class: own?.known ? own.index_class : rowIndexClass(product).index_class, ...got } as Coverage);
    taken.forEach((u) => r.used.add(u));
    for (const w of unread) r.warn(w.line, w.text);
    push(c, head);
    read++;
    i = k - 1;
  }
  return read;
}
