/**
 * A coverage written as one line of labelled figures, as e-mails and letters list what is insured:
 *
 *   «Varelager: 650 000 kr, egenandel 10 000 kr, årspris 1 845 kr.»
 *   «Styreansvar - forsikringssum 5 000 000 kr, egenandel 0 kr, årspris 3 400 kr»
 *   «Bygning - Sagvegen 15, 2770 Jaren (sagbruk og tørke): sum kr 27 400 000, egenandel kr 20 000, pris kr 39 730»
 *   «Bygning kr 12 700 000 egenandel kr 15 000 kr 18 990 per år»
 *
 * The product is the name before the first colon or dash (a name the index-class table knows; a bracket after it
 * only says more), a place after a dash when it has a postcode; the figures are read by their labels — «egenandel»,
 * «(års)pris», «premie», an amount «per år» —, the sum by «(forsikrings)sum» or as the first amount right after the
 * name. Read only when every amount of the line is one of these fields, each stated once, two of them at least, and
 * the line says nothing of a change («før», «i dag», «økes», «(i 2025: …)»): a line that could be read two ways stays
 * what it was, a warning. Run after the other readers, on lines none of them read; a coverage the document already
 * has with the same name and figure is not read twice.
 *
 * A name the index-class table does not know («Kornlager og tørke:   kr 4 600 000   egenandel kr 15 000   pris kr
 * 7 112», the farm's own word for the building) is read when the line states all three figures, each placed: the
 * line has a cover's shape whatever the thing is called. Its class is then the heading's it stands under
 * («Gardsbygninger»), else `other` with a warning.
 */
import type { Coverage } from '../model/policy.js';
import { AMOUNT_SOURCE, readAmount, readSum } from './amounts.js';
import type { Reading } from './extract.js';
import { inNormalCase, namesPersonProduct, NUMBER_MARK } from './g-items.js';
import { namesProduct, rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';
import { BUILDING_FACTS, BY_LAW, columnOf, coverageIndexClass, ordered, POSTCODE_PLACE } from './schedule-names.js';
import { quote, withoutColon, type Unit } from './units.js';
import { COVER_LEVEL_SET, PLATE_SOURCE, TOTAL_WORDS } from './vocabulary.js';
import { follows } from './translations.js';
import { sentenceFigures } from './schedule-prose.js';
import { leadsSumList } from './schedule-tables.js';
import { NOT_INDEXED } from './schedule-unindexed.js';

/** Words of a change or a choice: such a line is a letter's announcement, not a coverage («før», «i dag», «økes», «kan du velge»). */
export const CHANGE_WORDS =
  /(?:^|[^a-zæøå])(?:før|tidligere|tidlegare|i dag|økes|øker|økt|aukar|auka|endres|endret|endra|endrast|reduseres|redusert|senkes|ønsker|ønskjer|vil du|kan du|dersom|hvis|viss|velge|velje|nytt|ny|nye|tidl)(?![a-zæøå])|\((?:i\s+)?(?:19|20)\d\d/;

/**
 * «kr 15 000 kr 18 990 per år»: two amounts, each with its currency before it — parted, so that the first does not
 * take the second's «kr» as its own (an amount may have its currency after it, «15 000 kr»).
 */
const TWO_AMOUNTS = /((?:kr\.?|nok)\s*\d[\d .]*\d)\s+(?=(?:kr\.?|nok)\s*\d)/g;

/** A word or words before an amount: a figure's label where the vocabulary names one («egenandel», «årspris», «pris per år»). */
const LABELLED = new RegExp(String.raw`(?:^|[\s,.;(])([a-zæøå]+(?:\s+(?:per|pr\.?)\s+år)?)\s*:?\s*(${AMOUNT_SOURCE})`, 'g');
/** An amount «per år» («kr 18 990 per år», «2 964 kr i året»): a premium. */
const PER_YEAR = new RegExp(String.raw`(${AMOUNT_SOURCE})\s*(?:per år|pr\.? år|i året|/år)(?![a-zæøå])`, 'g');
const ANY_AMOUNT = new RegExp(AMOUNT_SOURCE, 'g');
const DIGIT = /\d/;
/** A sum's form on first risk where a name stands: «Førsterisiko», «Første risiko», nynorsk «Fyrsterisiko». */
const SUM_FORM_NAME = /^(?:førsterisiko|første\s?risiko|fyrsterisiko|fyrste\s?risiko)$/i;
/** A verb: a name with one is a sentence's start. */
const VERB = /(?:^|\s)(?:er|blir|vert|har|skal|kan|var|gjelder|gjeld|dekker|dekkjer)(?=\s|$)/;
/** A limit per claim or event: «per skade», «per skadetilfelle», «per hending». */
const PER_CLAIM = /(?:per|pr\.?)\s+(?:skade|skadetilfelle|hendelse|hending|tvist)(?![a-zæøå])/;
/** A sum on first risk right after its amount. */
const FIRST_RISK_AFTER = /^\s*(?:på\s+)?(?:første\s?risiko|førsterisiko|fyrste\s?risiko)(?:\s*basis)?/;

/** A limit's word alone before an amount: «inntil», «opptil». */
const LIMIT_WORD = /^(?:inntil|opptil)$/;
/**
 * «12 månader,», «Ansvarstid 12 mnd.,» right after a name's colon: how long a loss of income is paid, said before its
 * limit — no amount, the cover's note.
 */
const LEADING_PERIOD = /^\s*((?:(?:ansvarstid|erstatningstid)\s+)?\d{1,2}\s*(?:mnd\.?|måneder|månader))\s*,\s*/i;

/** A word of millions right after an amount: «NOK 1,1 mill.», «kr 2,5 millioner», «4 mio.». */
const MILLIONS_AFTER = /^\s*(?:mill(?:ioner|\.)?|mio\.?)(?![a-zæøå])/;

/**
 * The amount as written with its word of millions after it, where it has one: «nok 1,1» before « mill.» is «nok 1,1
 * mill.» (read as kroner alone, 1,1 would be a sum of 1.1 kroner) — the text and where it ends.
 */
function withMillions(l: string, amount: string, end: number): { amount: string; end: number } {
  const m = MILLIONS_AFTER.exec(l.slice(end));
  return m ? { amount: `${amount} ${m[0].trim()}`, end: end + m[0].length } : { amount, end };
}

type Field = 'sum' | 'deductible' | 'premium';

/** The field a label names (the vocabulary's figure columns), or undefined for any other word. */
function fieldOfLabel(label: string): Field | undefined {
  const col = columnOf(label);
  return col === 'sum' || col === 'deductible' || col === 'premium' ? col : undefined;
}

/** The name before the first colon or dash (or before the first amount), and what follows it; undefined when there is none. */
function nameAndRest(t: string): { name: string; rest: string; at: number } | undefined {
  const colon = t.indexOf(': ');
  // (an indemnity period in the name before the colon, «Avbrot inntil 12 månader: kr …», is no amount)
  const masked = t.replace(new RegExp(NAME_PERIOD.source, 'gu'), (m) => m.replace(/\d/g, 'x'));
  const firstAmount = masked.search(/(?:kr\.?|nok)\s*\d|\d/i);
  if (firstAmount <= 0) return undefined;
  // («Bygning Fjellsida 2, 5067 Bergen: kr 92 400 000, …»: the figures of the place before the colon are its street's and
  // postcode's, no amount)
  if (colon > 0 && (colon < firstAmount || productThenPlace(t.slice(0, colon)) !== undefined)) return { name: t.slice(0, colon), rest: t.slice(colon + 1), at: colon + 1 };
  const dash = /\s[-–]\s/.exec(t);
  if (dash && dash.index < firstAmount) {
    // («Bygning - Elvebredden 1-9, 2000 Lillestrøm forsikringssum …»: the name and its place before the first figure's label)
    const label = /(?:^|\s)(?:forsikringssum|sum|egenandel|eigendel)\b/i.exec(t.slice(dash.index));
    const end = label ? dash.index + label.index : firstAmount;
    return { name: t.slice(0, end).replace(/\s*[-–]\s*$/, '').trim(), rest: t.slice(end), at: end };
  }
  // («Bygning kr 12 700 000 egenandel …»: the name, then its figures; «Husforsikring Forsikringssum kr 3 000 000 …», a
  // record's cells run together on one line: the first figure's label is no part of the name)
  const name = t.slice(0, firstAmount).trim();
  const label = trailingLabel(name);
  const end = label === undefined ? firstAmount : name.length - label.length;
  return { name: t.slice(0, end).trim(), rest: t.slice(end), at: end };
}

/** The last one to three words of a name when they are a figure's label («Forsikringssum», «Pris per år»); undefined otherwise. */
function trailingLabel(name: string): string | undefined {
  const starts = [...name.matchAll(/\S+/g)].map((m) => m.index!);
  for (let k = Math.min(3, starts.length - 1); k >= 1; k--) {
    const tail = name.slice(starts[starts.length - k]!);
    if (fieldOfLabel(withoutColon(tail.replace(/\s+/g, ' '))) !== undefined) return tail;
    // («Felles løsøre   Førsterisiko 250 000 kr · …»: the sum's form before its amount is the sum's, no part of the name)
    if (SUM_FORM_NAME.test(withoutColon(tail.replace(/\s+/g, ' ')).trim())) return tail;
  }
  return undefined;
}

/**
 * A name of words only, as a schedule names what it insures («Kornlager og tørke», «Korn og for på lager»): a capital,
 * then words of letters — no figure, no mark but a hyphen.
 */
const WORDS_NAME = /^[A-ZÆØÅ][a-zæøå-]+(?:\s+[A-Za-zÆØÅæøå][a-zæøå-]*){0,4}$/;
const TOTALS: ReadonlySet<string> = new Set(TOTAL_WORDS);

/** An indemnity period in a cover's name: «inntil 12 månader», «18 mnd», «, ansvarstid 24 mnd». */
const NAME_PERIOD = /\s*,?\s*(?:(?:inntil|opptil|ansvarstid|erstatningstid)\s+)?\d{1,2}\s*(?:mnd\.?|måneder|månader|md\.)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u;

/**
 * The product and its place from the name part: «Bygning - Sagvegen 15, 2770 Jaren (sagbruk og tørke)» → Bygning at
 * Sagvegen 15, 2770 Jaren. `known`: the index-class table knows the name; a name it does not know is still a name when
 * it is words only (WORDS_NAME) and neither a total («Samlet pris») nor a column's name («Forsikringssum») — the line's
 * figures must then say more (`figuresOf` all three, see coverageLine).
 */
function productOf(name: string): { product: string; object?: string; known: boolean } | undefined {
  const parts = name.replace(/:\s*$/, '').split(/\s[-–]\s/);
  // («Bygning, Ringvegen 18, 2815 Gjøvik», «Bygning Fjellsida 2, 5067 Bergen»: the product and its place with no dash)
  const placed = parts.length === 1 ? productThenPlace(parts[0]!) : undefined;
  if (placed !== undefined) return { ...placed, known: true };
  const product = parts[0]!.replace(/\s*\([^()]*\)\s*$/, '').trim();
  // (a sentence's subject and verb, «Bygningen er forsikret for», is no name)
  // («Avbrot inntil 12 månader: kr 1 100 000, pris …», «Driftstap 18 mnd»: a cover's indemnity period in its name is the name's,
  // its figure no amount — the only figure a name may hold)
  const figureless = product.replace(NAME_PERIOD, '');
  if (product.length < 3 || figureless.split(/\s+/).length > 5 || /\d/.test(figureless) || VERB.test(lowerCase(product)) || namesPersonProduct(product)) return undefined;
  const known = namesProduct(product);
  if (!known && (!WORDS_NAME.test(product) || TOTALS.has(lowerCase(product)) || TOTALS.has(lowerCase(product).split(/\s+/)[0]!) || columnOf(product) !== undefined)) return undefined;
  const place = parts.slice(1).join(' - ').replace(/\s*\([^()]*\)\s*$/, '').trim();
  return place !== '' && POSTCODE_PLACE.test(place) ? { product, object: place, known } : { product, known };
}

/** The line's figures by their labels: each field once, every amount of the line one of them; undefined otherwise. */
export function figuresOf(rest: string): Partial<Record<Field, string>> & { firstRisk?: boolean } | undefined {
  const l = lowerCase(rest).replace(TWO_AMOUNTS, '$1;');
  const out: Partial<Record<Field, string>> & { firstRisk?: boolean } = {};
  const taken: Array<[number, number]> = [];
  const take = (field: Field, amount: string, start: number, end: number): boolean => {
    const a = readAmount(amount);
    if (a === undefined || out[field] !== undefined) return false;
    out[field] = a;
    taken.push([start, end]);
    return true;
  };
  for (const m of l.matchAll(LABELLED)) {
    const field = fieldOfLabel(m[1]!);
    // (no label: «med 10 000 000 kr» — the amount is placed below, or the line is not read)
    if (field === undefined) continue;
    const start = m.index! + m[0].length - m[2]!.length;
    // («Sum: NOK 1,1 mill.»: the amount with its word of millions)
    const written = withMillions(l, m[2]!, m.index! + m[0].length);
    if (!take(field, written.amount, start, written.end)) return undefined;
    // («Forsikringssum kr 4 000 000 (førsterisiko, indeksreguleres ikke)»: a labelled sum on first risk)
    if (field === 'sum' && FIRST_RISK_AFTER.test(l.slice(m.index! + m[0].length).replace(/^\s*\(/, ' '))) out.firstRisk = true;
  }
  // (an amount «per år» is a premium only beside a stated deductible, in a line of no limits: «20.000.000 per skade /
  // 40.000.000 per år» is a liability's limits, per claim and per year)
  // («pris 12 960 kr/år»: the slash of «per year» is no second limit)
  const limits = PER_CLAIM.test(l) || l.replace(/\/år(?![a-zæøå])/g, '').includes('/');
  for (const m of l.matchAll(PER_YEAR)) {
    const start = m.index!;
    // (the amount of a labelled price, «pris kr 2 475 i året», is that price's — also with no deductible on the line)
    if (taken.some(([s, e]) => start < e && start + m[1]!.length > s)) continue;
    if (limits || out.deductible === undefined) return undefined;
    if (!take('premium', m[1]!, start, start + m[1]!.length)) return undefined;
  }
  // the first amount right after the name, with no label: the sum («Varelager: 650 000 kr, egenandel …»)
  for (const m of l.matchAll(ANY_AMOUNT)) {
    const start = m.index!;
    if (taken.some(([s, e]) => start < e && start + m[0].length > s)) continue;
    // («Felles løsøre   Førsterisiko 250 000 kr · Egenandel 15 000 kr · …» on a portal page: the sum's form before the
    // amount, in the sum's place — a first-risk sum, as «250 000 kr førsterisiko» is)
    const before = l.slice(0, start).trim().replace(/:$/, '');
    // («Husleigetap: 12 månader, inntil kr 4 800 000, premie …»: a limit's word before the amount — the limit is the sum)
    const limit = LIMIT_WORD.test(before);
    if (out.sum !== undefined || (before !== '' && !SUM_FORM_NAME.test(before) && !limit)) return undefined;
    if (!take('sum', m[0], start, start + m[0].length)) return undefined;
    if ((before !== '' && !limit) || FIRST_RISK_AFTER.test(l.slice(start + m[0].length))) out.firstRisk = true;
  }
  return out.sum !== undefined || out.deductible !== undefined || out.premium !== undefined ? out : undefined;
}

/** How many of a cover's three figures a line states. */
function figureCount(f: Partial<Record<Field, string>>): number {
  return (['sum', 'deductible', 'premium'] as const).filter((x) => f[x] !== undefined).length;
}


/** A part of a dashed line that is what is insured: a vehicle's make and model («Toyota RAV4», «Tesla Model Y»), or a place. */
const THING_PART = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ\d.'-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ\d.'-]+){0,4}$/u;
/** An amount «per år», «i året», «/år» that is the whole part: a premium. */
const PART_PER_YEAR = new RegExp(String.raw`^(?:(?:pris|premie|årspris|årspremie)\s*:?\s*)?(${AMOUNT_SOURCE})\s*(?:per år|pr\.? år|i året|/år)$`);

/**
 * «Husforsikring – Myrveien 7, 1472 Fjellhamar – 12 840 kr per år», «Innboforsikring – Myrveien 7, 1472 Fjellhamar – sum
 * 1 030 000 kr – 3 216 kr per år», «Bilforsikring Kasko – Toyota RAV4 – 9 480 kr per år»: a letter's list of what is
 * insured, each part between dashes one thing — the product (a cover level after its name is its coverage), what it
 * insures (a place, or a vehicle's make and model, no figure of its own but a street's number), then each figure in a
 * part of its own, placed by its label or as an amount «per år» (the premium). The street's number is no figure; every
 * part after the thing must be one placed figure, else the line is not read.
 */
function dashedLine(t: string): Coverage | undefined {
  const parts = t.split(/\s[–—-]\s/).map((x) => x.trim());
  if (parts.length < 3) return undefined;
  const words = parts[0]!.split(/\s+/);
  const last = lowerCase(words[words.length - 1]!);
  const level = words.length >= 2 && COVER_LEVEL_SET.has(last) ? words[words.length - 1]! : undefined;
  const name = level !== undefined ? words.slice(0, -1).join(' ') : parts[0]!;
  const named = productOf(inNormalCase(name));
  if (!named || !named.known || named.object !== undefined) return undefined;
  const thing = parts[1]!;
  // (a cover level or the full value in the thing's place, «Villa – Topp – …», «Hus – Fullverdi – …», is no thing insured)
  if (COVER_LEVEL_SET.has(lowerCase(thing)) || /fullverdi|første\s?risiko|førsterisiko/i.test(thing)) return undefined;
  const place = POSTCODE_PLACE.test(thing) && !/(?:kr\.?|nok)\s*\d|\d\s*(?:kr|kroner|nok)\b/i.test(thing);
  if (!place && (!THING_PART.test(thing) || /\d{3}/.test(thing.replace(/\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u, '')) || columnOf(thing) !== undefined)) return undefined;
  const out: Partial<Record<Field, string>> = {};
  for (const part of parts.slice(2)) {
    const l = lowerCase(part).replace(/\.$/, '');
    if (PER_CLAIM.test(l)) return undefined;
    const year = PART_PER_YEAR.exec(l);
    const f = year ? { premium: readAmount(year[1]!) } : figuresOf(l);
    if (!f) return undefined;
    const fields = (['sum', 'deductible', 'premium'] as const).filter((x) => f[x] !== undefined);
    if (fields.length !== 1 || out[fields[0]!] !== undefined) return undefined;
    // (an unlabelled amount is a sum only right after the name in coverageLine: here each figure says what it is)
    if (!year && fields[0] === 'sum' && !/^(?:forsikrings)?sum\b/.test(l)) return undefined;
    out[fields[0]!] = f[fields[0]!]!;
  }
  const c: Coverage = { product: named.product, index_class: rowIndexClass(named.product).index_class };
  if (level !== undefined) c.coverage = `${level[0]!.toUpperCase()}${level.slice(1)}`;
  c.object = thing;
  if (out.sum !== undefined) c.sum = out.sum;
  if (out.deductible !== undefined) c.deductible = out.deductible;
  if (out.premium !== undefined) c.premium = out.premium;
  return ordered(c);
}

/** A unit that is such a line: its coverage; undefined for anything else. */
export function coverageLine(t: string): Coverage | undefined {
  // (a line with no digit has no amount — every amount pattern holds one — and two figures at least are needed: most lines
  // of a letter's or a condition's prose are passed by here, before the change words and the name are sought)
  if (t.length > 200 || !DIGIT.test(t) || CHANGE_WORDS.test(lowerCase(t)) || t.includes('%')) return undefined;
  return plainLine(t) ?? dashedLine(t.replace(/\.$/, '').replace(NUMBER_MARK, '').trim());
}

function plainLine(t: string): Coverage | undefined {
  const nr = nameAndRest(t.replace(/\.$/, '').replace(NUMBER_MARK, ''));
  if (!nr) return undefined;
  const named = productOf(inNormalCase(nr.name));
  if (!named) return undefined;
  const period = LEADING_PERIOD.exec(nr.rest);
  const f = figuresOf(period ? nr.rest.slice(period[0].length) : nr.rest);
  if (!f) return undefined;
  // (two figures at least: a name and one figure may be a letter's remark, an old price, a heading over its covers)
  if (figureCount(f) < 2) return undefined;
  // («Kornlager og tørke:   kr 4 600 000   egenandel kr 15 000   pris kr 7 112»: a name the index-class table does not
  // know is read when the line states all three of a cover's figures, each placed — the shape of a coverage, whatever
  // the insured thing is called)
  if (!named.known && (f.sum === undefined || f.deductible === undefined || f.premium === undefined)) return undefined;
  const c: Coverage = { product: named.product, index_class: rowIndexClass(named.product).index_class };
  if (named.object !== undefined) c.object = named.object;
  if (f.sum !== undefined) c.sum = f.firstRisk ? { first_risk: f.sum } : f.sum;
  if (f.deductible !== undefined) c.deductible = f.deductible;
  if (f.premium !== undefined) c.premium = f.premium;
  if (period) c.note = period[1]!;
  return ordered(c);
}

/** A remark in brackets at a value's end: «10 MNOK (ikke indeksregulert)» (group 1 inside it). */
const END_REMARK = /\s*\(([^()]+)\)$/;

/**
 * «Bygning, Ringvegen 18, 2815 Gjøvik: 27 330 000», «Ansvar: 10 MNOK (ikke indeksregulert)» under «Forsikringssummer etter
 * indeks:» (leadsSumList): a list of what is insured and its sum, one thing a line — a broker's e-mail sums up the renewal
 * so. The name before the colon is a product the index-class table knows, perhaps with its place (productThenPlace); after
 * the colon one amount (readSum: kroner, millions, a first-risk sum) and perhaps a remark in brackets, which makes the sum
 * one no index adjusts when it says so, else is the note. Only under a line that says these are the sums: alone, a name
 * and one figure could as well be a price. Undefined for any other line.
 */
export function sumLine(t: string): Coverage | undefined {
  const colon = t.indexOf(': ');
  if (colon <= 0 || t.length > 160 || CHANGE_WORDS.test(lowerCase(t))) return undefined;
  const name = t.slice(0, colon).trim().replace(NUMBER_MARK, '');
  const placed = productThenPlace(name);
  const own = placed === undefined ? productOf(inNormalCase(name)) : undefined;
  const named = placed ?? (own?.known && own.object === undefined ? { product: own.product } : undefined);
  if (named === undefined) return undefined;
  let rest = t.slice(colon + 1).trim().replace(/\.$/, '');
  const remark = END_REMARK.exec(rest);
  const unindexed = remark !== null && NOT_INDEXED.test(lowerCase(remark[1]!));
  // (a first risk said in the bracket is the sum's form: readSum reads it with the amount)
  const form = remark !== null && FIRST_RISK_AFTER.test(lowerCase(remark[1]!));
  if (remark !== null && !form) rest = rest.slice(0, remark.index).trim();
  const sum = readSum(rest);
  if (sum === undefined || (typeof sum !== 'string' && !('first_risk' in sum))) return undefined;
  const c: Coverage = { product: named.product, index_class: unindexed ? 'none' : rowIndexClass(named.product).index_class, sum };
  if ('object' in named && named.object !== undefined) c.object = named.object;
  if (remark !== null && !form && !unindexed) c.note = remark[1]!.trim();
  return ordered(c);
}

/** A cell that is a place («Bjørkelia 22, 1930 Aurskog») or a vehicle by its plate («EL 48213 Tesla Model Y»): a row's object. */
const PLACE_CELL = /\b\d{4}\s+[A-ZÀ-ÖØ-Þ]/;
const PLATE_CELL = new RegExp(String.raw`^${PLATE_SOURCE}(?:\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ\d-]*){0,4}$`, 'u');

/**
 * A row of aligned cells whose figures are labelled in their own cells, «Villa Topp | Bjørkelia 22, 1930 Aurskog |
 * Fullverdi | egenandel  8 000 kr | pris 12 960 kr/år»: the name's cell, then its place or vehicle, then figures as one
 * line states them — read as the line «Villa Topp: Fullverdi egenandel 8 000 kr pris 12 960 kr/år», its object the place
 * cell. (Read as one line of text, the street's number was the first figure, and the row was lost.)
 */
export function coverageRow(cells: readonly string[]): Coverage | undefined {
  const cs = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (cs.length < 3 || /\d/.test(cs[0]!)) return undefined;
  const object = PLACE_CELL.test(cs[1]!) || PLATE_CELL.test(cs[1]!) ? cs[1]! : undefined;
  const rest = cs.slice(object !== undefined ? 2 : 1);
  // (the place's cell holds no figure of the row: a figure cell after it must be labelled or the first amount)
  if (object !== undefined && /(?:kr|nok|egenandel|eigendel|pris|premie)/i.test(object)) return undefined;
  const c = coverageLine(`${withoutColon(cs[0]!)}: ${rest.join(' ')}`);
  if (c === undefined || c.object !== undefined) return undefined;
  return object !== undefined ? ordered({ ...c, object }) : c;
}

/**
 * A row read as one line of text, where the name the line gives is within the row's first cell: «Villa Topp |
 * Bjørkelia 22, 1930 Aurskog | …» read as a line names «Villa Topp Bjørkelia» (the street's number its first figure) —
 * no coverage.
 */
function rowAsLine(u: Unit): Coverage | undefined {
  const c = coverageLine(u.text.trim());
  const first = u.cells.find((x) => x.trim() !== '')?.trim() ?? '';
  return c !== undefined && withoutColon(first).startsWith(c.product) ? c : undefined;
}

/** Whether the document already has this coverage (the same name, and the same sum or premium): read elsewhere. */
function readBefore(coverages: readonly Coverage[], c: Coverage): boolean {
  const sumOf = (x: Coverage) => (typeof x.sum === 'object' && x.sum !== null && 'first_risk' in x.sum ? x.sum.first_risk : x.sum);
  // (two buildings of one product at two places, «Bygning Fjellsida 2, …» and «Bygning Fjellsida 4, …», may have the same figures:
  // each place its own coverage)
  const apart = (o: Coverage): boolean => o.object !== undefined && c.object !== undefined && lowerCase(o.object) !== lowerCase(c.object);
  return coverages.some((o) => lowerCase(o.product) === lowerCase(c.product) && !apart(o) && ((c.sum !== undefined && sumOf(o) === sumOf(c)) || (c.premium !== undefined && o.premium === c.premium)));
}

/**
 * The index class of a name the index-class table does not know, from the heading the line stands under: «Gardsbygninger»
 * over «Kornlager og tørke: kr 4 600 000 …» — a schedule's section names the class of its rows, as a product does of
 * its covers (schedule-names.ts `coverageIndexClass`). Undefined under no heading, or one that names no class.
 */
export function headingClass(heading: Unit | undefined, product: string): Coverage['index_class'] | undefined {
  if (heading === undefined) return undefined;
  const own = rowIndexClass(withoutColon(heading.text.trim()));
  return own.known ? coverageIndexClass(withoutColon(heading.text.trim()), product).index_class : undefined;
}

/** A sentence before a record's figures that names its cover level («Kasko.») or says it is insured to full value («Fullverdiforsikret.»). */
const LEVEL_SENTENCE = /^([A-Za-zÆØÅæøå]+(?:\s[a-zæøå]+)?)\.\s+/;
const FULL_VALUE_WORD = /^(?:fullverdi|fullverdiforsikret|fullverdiforsikra|forsikret til fullverdi|forsikra til fullverdi)$/;
/** A figure's label at a line's start: the line's first word or words before its first amount («Forsikringssum kr …», «Pris per år 2 150 kr»). */
const FIRST_LABEL = new RegExp(String.raw`^([a-zæøå]+(?:\s+(?:per|pr\.?)\s+år)?)\s*:?\s*(?:${AMOUNT_SOURCE})`);
/** A vehicle by its plate in a name's part after the dash («Toyota RAV4 Hybrid, EL 48213»): the record's object. */
const PLATE_PART = new RegExp(String.raw`(?:^|[\s,])${PLATE_SOURCE}(?![\d])`);

/**
 * A record written as a name over a line of its figures («Bygning – Elvebakken 3, 9510 Alta» over «Forsikringssum kr 9 850 000
 * · Egenandel kr 15 000 · Premie kr 18 760», «• Innbo – Bjørkeveien 3, 3711 Skien» over «Forsikringssum 1 289 000 kr.
 * Egenandel 6 000 kr. Pris per år 3 216 kr.»): the name line names the product (and its place or vehicle after a dash), the
 * line under it has no name of its own — it opens with a figure's label, or a sentence of the cover's level («Kasko.») —
 * and every amount of it is placed by its own label, whatever separates them («·», «.», «;», «,», «–»). One labelled figure
 * is enough here: the name line and the figure line together are the record. Undefined for anything else.
 */
export function coverageRecord(nameLine: string, figureLine: string): Coverage | undefined {
  const name = withoutColon(nameLine.trim().replace(NUMBER_MARK, '')).trim();
  const person = personRecord(name, figureLine.trim());
  if (person !== undefined) return person;
  if (name === '' || name.length > 90 || /(?:kr\.?|nok)\s*\d|\d\s*(?:kr|kroner|nok)\b/i.test(name) || CHANGE_WORDS.test(lowerCase(name))) return undefined;
  let rest = figureLine.trim();
  if (rest.length > 200 || CHANGE_WORDS.test(lowerCase(rest)) || rest.includes('%')) return undefined;
  let coverage: string | undefined;
  let full = false;
  for (let m = LEVEL_SENTENCE.exec(rest); m !== null; m = LEVEL_SENTENCE.exec(rest)) {
    const w = lowerCase(m[1]!);
    if (COVER_LEVEL_SET.has(w) && coverage === undefined) coverage = m[1]![0]!.toUpperCase() + m[1]!.slice(1);
    else if (FULL_VALUE_WORD.test(w)) full = true;
    else break;
    rest = rest.slice(m[0].length);
  }
  const lower = lowerCase(rest);
  const first = FIRST_LABEL.exec(lower);
  const parts = nameParts(name);
  const named = productOf(inNormalCase(parts[0]!));
  if (!named || !named.known) return undefined;
  // (or sentences whose every figure has its own role word: «Bygningen er forsikret for 7 950 000 kr. Egenandel 15 000 kr,
  // årspris 12 318 kr.» under «* Næringsbygg - Fjordgata 9, 6800 Førde»)
  // — only under a name with its place or vehicle after a dash, every sentence with a figure: a heading over a paragraph
  // («Bilforsikring» over «Bilen din … har kasko med egenandel kr 6 000.») is the prose reader's)
  const place = parts.slice(1).join(' - ').replace(/\s*\([^()]*\)\s*$/, '').trim();
  // (a place by its street and number or its lot, «Øvre Haugland, Hauglandsvegen 77», «Gnr 31 Bnr 4», is an address as a postcode is)
  const hasObject = place !== '' && (POSTCODE_PLACE.test(place) || PLATE_PART.test(place) || STREET_OR_LOT_END.test(place));
  const labelled = first !== null && fieldOfLabel(first[1]!) !== undefined;
  // («Bustadhuset er forsikra til fullverdi. Eigenandel 10 000 kroner, …»: a sentence of its full value, no figure — a full-value building)
  const sentences = rest.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])/);
  const fullSaid = !labelled && sentences.some((x) => !/\d/.test(x) && FULL_VALUE_SENTENCE.test(x));
  if (fullSaid) full = true;
  if (!labelled && (!hasObject || sentences.some((x) => !/\d/.test(x) && !FULL_VALUE_SENTENCE.test(x)))) {
    // (a product's name alone over a paragraph of its sentences — «Landbruksmaskinar og reiskap» over «Maskinane og reiskapen er
    // forsikra for 3 600 000 kroner med eigenandel 10 000 kroner. Premien er 9 240 kroner.»: the name line names the product,
    // each figure placed by its role word, two at least; a paragraph that says more than its figures — a cover level, a place
    // of its own, no deductible, a sentence of no figure — is the prose reader's)
    // (a certificate's title, «Forsikringsbevis Verktøy og utstyr», over its sentences is the prose reader's, which reads titles)
    if (hasObject || place !== '' || DOCUMENT_TITLE.test(name) || !namedParagraph(rest, sentences)) return undefined;
  }
  const f = labelled ? figuresOf(rest.replace(/\.$/, '')) : proseFigures(rest.replace(FULL_VALUE_SENTENCE_G, '').trim());
  if (!f || figureCount(f) === 0) return undefined;
  // (a full-value building has no sum: a sum beside its full value is two readings)
  if (full && f.sum !== undefined) return undefined;
  // («• Maskinskade (motor inntil 10 år)» over «Egenandel: kr 15 000,-»: a bracket that limits the cover — a limit's word and
  // a figure, no building's facts — says which cover it is, part of its name as the document writes it)
  const limit = COVER_LIMIT_BRACKET.exec(parts.length === 1 ? inNormalCase(parts[0]!) : '');
  const product = limit !== null && !BUILDING_FACTS.test(lowerCase(limit[1]!)) ? `${named.product} ${limit[1]!}` : named.product;
  const c: Coverage = { product, index_class: rowIndexClass(named.product).index_class };
  if (hasObject) c.object = place;
  if (coverage !== undefined) c.coverage = coverage;
  if (f.sum !== undefined) c.sum = f.firstRisk ? { first_risk: f.sum } : f.sum;
  if (f.deductible !== undefined) c.deductible = f.deductible;
  if (f.premium !== undefined) c.premium = f.premium;
  return ordered(c);
}

/** «Yrkesskade, 6 ansatte», «Yrkesskade for 2 ansatte»: a person cover's name and how many it insures (group 1 the name). */
const PERSON_NAME_COUNT = /^(.+?)(?:,\s*|\s+for\s+)\d{1,5}\s+(?:ansatte|tilsette|årsverk|personer|medlemmer)$/i;
/**
 * «7 380 kr/år», «kr 7 380 per år», «Pris kr 2 640,- per år»: a yearly price, with no label or the price's own, as a web
 * page's card writes it last among the figures.
 */
const YEARLY_PRICE = /^(?:(?:pris|premie|årspris|årspremie)\s*:?\s*)?(?:(?:kr\.?|nok)\s*)?(\d{1,3}(?:[ .]\d{3})*)(?:,-)?(?:\s*(?:kr\.?|kroner))?\s*(?:\/\s*år|per\s+år|pr\.?\s+år)$/i;
/** The dash a sub-bullet's line opens with: «– Erstatning etter lov · …». */
const LEADING_DASH = /^[–-]\s*/;

/**
 * «• Yrkesskade, 6 ansatte» over «  Erstatning etter lov · 7 380 kr/år» (a business «Min side» page): a person cover whose
 * benefits the law sets, its count of employees after the name, and its price — the cover with its premium (the count is
 * the document's insured persons, read by the header). Only the by-law words and one yearly price set apart by a middle
 * dot; undefined for any other record.
 */
function personRecord(name: string, figureLine: string): Coverage | undefined {
  const m = PERSON_NAME_COUNT.exec(name);
  const product = m ? m[1]!.trim() : name;
  if (!namesPersonProduct(product) || /\d/.test(product) || product.split(/\s+/).length > 4) return undefined;
  // («• Yrkesskade for 2 ansatte» over «  – Erstatning etter yrkesskadeforsikringsloven · Pris kr 2 640,- per år»: the law
  // named in full, the price by its label, the line a sub-bullet — the same record)
  const pieces = figureLine.replace(LEADING_DASH, '').split(/\s+·\s+/);
  if (pieces.length !== 2 || !BY_LAW.test(pieces[0]!.trim())) return undefined;
  const price = YEARLY_PRICE.exec(pieces[1]!.trim());
  const premium = price ? readAmount(price[1]!) : undefined;
  return premium === undefined ? undefined : ordered({ product: inNormalCase(product), index_class: 'none', premium });
}

/** «Avbrudd inntil 12 måneder»: the indemnity period's limit after a cover's name — how long it pays, no part of the name. */
const PERIOD_LIMIT_END = /\s+(?:inntil|opptil)\s+\d{1,2}\s*(?:måneder|månader|mnd\.?)$/i;
/** «…, Storgata 5, 3611 Kongsberg»: a street and its number, then a postcode and a town, at a name's end after a comma (group 1). */
const ADDRESS_PART = String.raw`[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ.'-]+){0,3}\s\d{1,4}\s?[A-Za-z]?,\s*\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*)?`;
const ADDRESS_AT_END = new RegExp(String.raw`,\s*(${ADDRESS_PART})$`, 'u');
/** «Fjellsida 2, 5067 Bergen»: a street and its number, a postcode and a town, and nothing else. */
const ADDRESS_WHOLE = new RegExp(String.raw`^${ADDRESS_PART}$`, 'u');

/** How many words a product's name before its place may have («Maskin og løsøre», «Felles løsøre og utstyr»). */
const NAME_WORDS = 5;

/**
 * A name that is a product and its place with no dash between: «Bygning, Ringvegen 18, 2815 Gjøvik» (a comma) or «Bygning
 * Fjellsida 2, 5067 Bergen» (a space) — a broker's or a letter's list writes each thing at its address so, before the
 * colon of its figures. The product is a name the index-class table knows, of words only; the place a street, its
 * number, a postcode and a town. Where a space parts them and two splits would both give a known name and a place
 * («Bygning Nedre Storgate 5, …»: «Bygning» or «Bygning Nedre»?), undefined: a wrong product is worse than none.
 */
export function productThenPlace(name: string): { product: string; object: string } | undefined {
  const t = name.trim();
  const comma = ADDRESS_AT_END.exec(t);
  if (comma !== null) {
    const product = t.slice(0, comma.index).trim();
    return product !== '' && !DIGIT.test(product) && product.split(/\s+/).length <= NAME_WORDS && namesProduct(product) ? { product, object: comma[1]! } : undefined;
  }
  const words = t.split(/\s+/);
  const found: Array<{ product: string; object: string }> = [];
  for (let k = 1; k <= Math.min(NAME_WORDS, words.length - 1); k++) {
    const product = words.slice(0, k).join(' ');
    const object = words.slice(k).join(' ');
    if (!DIGIT.test(product) && namesProduct(product) && ADDRESS_WHOLE.test(object)) found.push({ product, object });
  }
  return found.length === 1 ? found[0] : undefined;
}
/**
 * «… i kontorlokalene», «… i lokalet»: premises in their definite form before the address — where the things are, the
 * address after it saying which premises; an indefinite «i leide lokaler» names a kind of cover («Bygningsmessig innredning
 * i leide lokaler») and stays.
 */
const DEFINITE_PREMISES_END = /\s+i\s+[a-zæøå]*(?:lokalene|lokala|lokalet)$/;

/**
 * A record's name line as its product and its place: «Bygning - Sagvegen 15, 2770 Jaren» at its dash; with no dash, «Inventar,
 * utstyr og IT i kontorlokalene, Storgata 5, 3611 Kongsberg» (a web page's bullet) at the address its end names — the premises'
 * words before it left out; «Avbrudd inntil 12 måneder» without its indemnity period.
 */
function nameParts(name: string): string[] {
  const bare = name.replace(PERIOD_LIMIT_END, '');
  if (/\s[-–]\s/.test(bare)) return bare.split(/\s[-–]\s/);
  const address = ADDRESS_AT_END.exec(bare);
  if (address === null) return [bare];
  const product = bare.slice(0, address.index).replace(DEFINITE_PREMISES_END, '').trim();
  return product === '' ? [bare] : [product, address[1]!];
}

/** «(motor inntil 10 år)», «(båter over 15 fot)»: a bracket at a name's end with a limit's word and a figure (group 1 the bracket). */
const COVER_LIMIT_BRACKET = /\s(\([^()]*\b(?:inntil|opptil|over|under|maks(?:imalt)?|høyst|høgst)\s+\d[^()]*\))$/i;

/** «Øvre Haugland, Hauglandsvegen 77», «Haugland gard, Gnr 31 Bnr 4»: a place that ends in a street and its number, or a lot. */
const STREET_OR_LOT_END = /(?:^|,\s*)(?:[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]+(?:\s[A-Za-zÀ-ÖØ-öø-ɏ.'-]+){0,3}\s\d{1,4}\s?[A-Za-z]?|(?:gnr|gårdsnr)\.?\s*\d+[,.]?\s*(?:bnr|bruksnr)\.?\s*\d+)$/iu;
/** «Bustadhuset er forsikra til fullverdi.», «Fullverdi.»: a sentence that says the thing is insured to its full value. */
const FULL_VALUE_SENTENCE = /^(?:[A-ZÆØÅ][a-zæøå-]+(?:\s+(?:og\s+)?[a-zæøå-]+){0,3}\s+er\s+forsikr(?:a|et)\s+(?:til|for)\s+fullverdi|fullverdi(?:forsikra|forsikret)?)\.?$/i;
const FULL_VALUE_SENTENCE_G = /(?:^|(?<=[.!?]\s+))(?:[A-ZÆØÅ][a-zæøå-]+(?:\s+(?:og\s+)?[a-zæøå-]+){0,3}\s+er\s+forsikr(?:a|et)\s+(?:til|for)\s+fullverdi|[Ff]ullverdi(?:forsikra|forsikret)?)\.(?=\s|$)/g;
/** A document's own word at a name's start: «Forsikringsbevis Verktøy og utstyr» is a title, no name line of a record. */
const DOCUMENT_TITLE = /^(?:forsikringsbevis|forsikringsoversikt|forsikringsavtale|polise|avtale|oversikt)(?![a-zæøå])/i;
/** A cover level's word, or «ingen egenandel»: a paragraph that says more than a record's figures. */
const SAYS_MORE = /(?<![a-zæøå])(?:ingen\s+(?:egenandel|eigenandel|eigendel)|dekning(?:en|a)?\s|dekningsomfang)/i;

/**
 * A paragraph under a product's name alone that is its record: each sentence has a figure, two figures at least, each
 * placed by its own role word, no cover level, no place with a postcode of its own, no «ingen egenandel».
 */
function namedParagraph(rest: string, sentences: readonly string[]): boolean {
  if (sentences.some((x) => !/\d/.test(x)) || POSTCODE_PLACE.test(rest) || SAYS_MORE.test(rest)) return false;
  const l = lowerCase(rest);
  if ((l.match(/[a-zæøå]+/g) ?? []).some((w) => COVER_LEVEL_SET.has(w))) return false;
  const f = proseFigures(rest);
  return f !== undefined && figureCount(f) >= 2;
}

/** A record's figure line of sentences: each figure by the role words before or after it (schedule-prose.ts), each role once; undefined otherwise. */
function proseFigures(rest: string): (Partial<Record<Field, string>> & { firstRisk?: boolean }) | undefined {
  if (!/^[A-ZÆØÅ]/.test(rest)) return undefined;
  const out: Partial<Record<Field, string>> = {};
  for (const x of sentenceFigures(rest, true)) {
    if (x.role === 'none' || x.role === 'several' || x.value === undefined || out[x.role] !== undefined) return undefined;
    out[x.role] = x.value;
  }
  return out;
}

/** The record a unit is, or ends: its two lines a name and its figures, or its line the figures under the one-line name before it (coverageRecord). */
export function recordAt(r: Reading, u: Unit, before: Unit | undefined): { c: Coverage; with?: Unit } | undefined {
  if (u.row) return undefined;
  // (asked by the prose reader, then by the lines' reader, of the same unit under the same line: a unit that was no record is
  // none later — its text is the same, and the units read between can only take the name line above it away)
  const seen = before === r.units[u.index - 1] ? (noRecordOf.get(r) ?? noRecordOf.set(r, new Set()).get(r)!) : undefined;
  if (seen?.has(u)) return undefined;
  const found = recordOf(r, u, before);
  if (found === undefined) seen?.add(u);
  return found;
}

/** The units of a reading found to be no record (recordAt), each under the unit above it. */
const noRecordOf = new WeakMap<Reading, Set<Unit>>();

function recordOf(r: Reading, u: Unit, before: Unit | undefined): { c: Coverage; with?: Unit } | undefined {
  // (a name line over its paragraph, the paragraph's lines run on: «Husdyr» over «… Forsikringssum 720 000 kroner,» /
  // «eigenandel 10 000 kroner, premie 2 980 kroner.»)
  if (u.lines.length >= 2 && u.lines.length <= 4) {
    const c = coverageRecord(u.text.slice(0, u.offsets[1]), u.text.slice(u.offsets[1]).replace(/\s+/g, ' '));
    if (c) return { c };
  }
  // («• Yrkesskade, 6 ansatte» over its figures: the header read the count from the name line — it is the record's name still)
  const counted = before !== undefined && PERSON_NAME_COUNT.test(withoutColon(before.text.trim()));
  if (u.lines.length <= 3 && before !== undefined && !before.row && before.lines.length === 1 && (!r.used.has(before) || counted) && follows(before.lines[0]!, u.lines[0]!)) {
    const c = coverageRecord(before.text, u.text);
    if (c) return { c, with: before };
  }
  return undefined;
}

/** The units of a reading that the schedule readers' run of readCoverageLines found no record and no line in. */
const noLineOf = new WeakMap<Reading, Set<Unit>>();

/**
 * Read the coverages written as one line of labelled figures that no reader before read (see the module comment). Run by
 * the schedule readers after the others (`push` then places the row as theirs, before the document's place and its
 * index statements are given to the rows), and once more after the flat overviews (`push` undefined).
 */
export function readCoverageLines(r: Reading, list?: Coverage[], push?: (c: Coverage, u: Unit) => void): void {
  // (the heading the lines stand under: a heading, then one-line units with figures; anything else ends it)
  let heading: Unit | undefined;
  let prev: Unit | undefined;
  // (the schedule readers' run notes the units that were no record and no line; the run after the flat overviews passes them
  // by: their text is the same, and the units read between can only take the name line above one away — never make it one)
  const none = push !== undefined ? new Set<Unit>() : (noLineOf.get(r) ?? new Set<Unit>());
  if (push !== undefined) noLineOf.set(r, none);
  // (under a line that says the list is of the sums, «Forsikringssummer etter indeks:»: its lines of a name and one amount)
  let sums = false;
  for (const u of r.units) {
    const before = prev;
    prev = u;
    if (u.heading) heading = u;
    else if (u.lines.length !== 1 || !DIGIT.test(u.text)) heading = undefined;
    if (leadsSumList(u)) {
      sums = true;
      continue;
    }
    // («Ansvar: 10 MNOK (ikke indeksregulert)»: the index's reader took the line for its word «indeksregulert» and read no
    // rate in it — the line is the list's all the same)
    const free = !r.used.has(u) || (NOT_INDEXED.test(u.lower) && !u.text.includes('%'));
    const listed: Coverage | undefined = sums && u.lines.length === 1 && !u.row && free ? sumLine(u.text.trim()) : undefined;
    // (the list goes on over a line it could not read — «Lager, Industrivegen 7, 2850 Lena: 6 150 000», a name the index-class
    // table does not know — to the next of its lines: a line of one figure after its colon)
    sums = sums && u.lines.length === 1 && !u.row && DIGIT.test(u.text) && u.text.includes(': ');
    if (listed !== undefined) {
      const coverages = list ?? (r.policy.coverages ??= []);
      if (readBefore(coverages, listed)) continue;
      if (push) push(listed, u);
      else {
        r.atUnit(`coverages[${coverages.length}]`, u);
        coverages.push(listed);
      }
      r.used.add(u);
      continue;
    }
    if (r.used.has(u) || none.has(u)) continue;
    // (a unit with no digit is no record and no line: every figure a record's or a line's reading takes is an amount, and every
    // amount pattern holds a digit — a record's figures are the unit's own text, a row's cells are in its text — so most of a
    // letter's or a condition's prose is passed by before a record is sought in it)
    if (!DIGIT.test(u.text)) {
      if (push !== undefined) none.add(u);
      continue;
    }
    // (a name over a line of its figures: the line right under a one-line name no reader took, or a paragraph of the two
    // lines — first, as the figure line has no name of its own: «Kasko. Egenandel 6 000 kr. …» under «Bil – Toyota RAV4»)
    const record = recordAt(r, u, before);
    const with_ = record?.with;
    let c = record?.c;
    if (!c && u.lines.length === 1) c = u.row ? coverageRow(u.cells) ?? rowAsLine(u) : coverageLine(u.text.trim());
    if (!c) {
      if (push !== undefined) none.add(u);
      continue;
    }
    // («Maskiner, inventar og løsøre i kommunale bygg» over «• Førsterisiko kr 25 000 000 – egenandel kr 50 000 – premie kr
    // 22 860»: the line opens with its sum's form, no name — the product is the heading it stands under, the sum on first
    // risk; read as a name, «Førsterisiko» was a product of its own)
    if (SUM_FORM_NAME.test(c.product)) {
      const over = heading !== undefined && heading !== u ? withoutColon(heading.text.trim()) : '';
      if (over === '' || /\d/.test(over) || !namesProduct(over) || typeof c.sum !== 'string') continue;
      c = ordered({ ...c, product: over, index_class: rowIndexClass(over).index_class, sum: { first_risk: c.sum } });
    }
    const coverages = list ?? (r.policy.coverages ??= []);
    if (readBefore(coverages, c)) continue;
    const known = rowIndexClass(c.product).known;
    const byHeading = known ? undefined : headingClass(heading, c.product);
    if (byHeading !== undefined) c = ordered({ ...c, index_class: byHeading });
    if (push) push(c, u);
    else {
      r.atUnit(`coverages[${coverages.length}]`, u);
      coverages.push(c);
    }
    r.used.add(u);
    if (with_) r.used.add(with_);
    // (the changes reader, which runs first, said it could not read a change in it: it is no change)
    r.withdraw(`could not read the deductible change in ${quote(u.text)}`);
    if (!known && byHeading === undefined) r.warnUnit(u, `index class of «${c.product}» is not known from its name; set to other`);
  }
}
