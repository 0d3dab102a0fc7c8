/**
 * Coverages a certificate or web overview states in sentences, under a product's title or heading:
 *
 *   Forsikringsbevis Næringsbygg
 *   Verkstedbygningen i Myrvegen 8, 6240 Ørskog er forsikret til fullverdi. Egenandelen er
 *   kr 15 000. Premien er kr 22 480 for ett år.
 *
 * or naming the product in the sentence: «Forsikringssummen for innbo er kr 1 500 000 og
 * egenandelen kr 6 000».
 *
 * A figure (kroner) is read only when the words between it and the figure before it in its
 * sentence name one role of the vocabulary (src/parse/vocabulary.ts `PROSE_ROLES`: sum,
 * deductible, premium). A figure with no role word, or with two, and a role given two different
 * figures, are warnings with their line, not guesses. A sentence of a change («går fra kr 6 000
 * til kr 8 000») is another reader's. A product with a coverage read already (a table or fields)
 * is left to that reading.
 */
import type { Coverage } from '../model/policy.js';
import { readAmount } from './amounts.js';
import { lowerCase } from './lower.js';
import type { Reading } from './extract.js';
import { namesProduct, productName, rowIndexClass } from './index-class.js';
import { quote, withoutColon, type Unit } from './units.js';
import { follows } from './translations.js';
import { COVER_LEVEL_SET, PROSE_ROLES } from './vocabulary.js';
import { recordAt } from './schedule-lines.js';

type Role = 'sum' | 'deductible' | 'premium';

/**
 * «kr 10 000 000», «kr. 6 240», «NOK 5 000», «15 000 kroner». Never a figure in millions, «NOK 1,25 mill.», «kr 2 mio.»: its
 * decimals are no øre (read without its word, «NOK 1,25 mill.» was 1 krone); the readers of amounts read it whole.
 */
const FIGURE = /\b(?:kr\.?|nok)\s*(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(?:\d{2}|-))?(?![\d\s]*(?:,\d{1,6})?\s*(?:mill|mio))|\b(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(?:\d{2}|-))?\s*kroner\b/gi;
/**
 * The figures this reader reads in a product's sentences: also «8 000 kr», «8 000 NOK» (the currency after the number), and
 * each with its label after it where one stands there (ROLE_AFTER). The other readers that ask a sentence's figures (a
 * vehicle's cover lines, items, the changes reader's test of a cover's figures) keep FIGURE.
 */
const FIGURE_WIDE = /\b(?:kr\.?|nok)\s*(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(?:\d{2}|-))?(?![\d\s]*(?:,\d{1,6})?\s*(?:mill|mio))|\b(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(?:\d{2}|-))?\s*(?:kroner|kr|nok)(?![a-zæøå])/gi;
const HAS_FIGURE = new RegExp(FIGURE_WIDE.source, 'i');
const DIGIT = /\d/;
/** A sentence ends at a full stop before a capital letter. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-ZÆØÅ])/;
/** A change of a figure («går fra kr 6 000 til kr 8 000»), a rule («10 % av erstatningen, minimum kr 20 000»): other readers'. */
const CHANGE = /\bfra\s+kr\.?\s*\d[\d .]*\s+til\s+kr|%|\bprosent\b|\bminimum\b|\bminst\b|\buendret\b|\bøkes\b|\bendres\b/i;
/** «Forsikringssummen for innbo er …», «Prisen for ulykkesforsikringen er …»: the product named after «for». */
const FOR_PRODUCT = /^(?:forsikringssum(?:men|mene)?|egenandel(?:en)?|(?:års)?pris(?:en)?|(?:års)?premie(?:n)?)\s+for\s+([a-zæøå][a-zæøå -]{2,40}?)\s+er\b/i;
/** «… i Myrvegen 8, 6240 Ørskog er forsikret»: the place of the coverage (an address with a postcode). */
const PLACE = /\b(?:i|på|for)\s+([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ.' -]*\s\d+[A-Za-z]?,\s*\d{4}\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ-]*)/;

/**
 * «Våningshuset i Hovlandsvegen 41 er forsikra til fullverdi med eigendel kr 8 000, og årspremien er kr 6 420.»,
 * «Låven på Nordre Gjerde, 2850 Lena er forsikret for kr 3 200 000 …», «Driftsbygningen (fjøs og løe) i
 * Bergsveinvegen 112 har forsikringssum kr 7 850 000, …», «Innbu og lausøyre er forsikra for kr 1 400 000 …»: a
 * schedule written one sentence per object — the insured thing (a product word, perhaps in its definite form, or two
 * joined by «og»), a bracket describing it, its place, then «er forsikra/forsikret» or «har» and a figure's role
 * word. (A plain «har» would take any subject: «Forsikringen har …» names no thing.)
 */
const SUBJECT_PLACE =
  /^(?:(?:Ditt|Din|Di|Dine)\s+([a-zæøå][a-zæøå-]{2,40})|([A-ZÆØÅ][a-zæøå-]{2,40}(?:\/[a-zæøå-]{2,40})?(?:\s+og\s+[a-zæøå-]{2,40})?))(?:\s+\([^()]{1,40}\))?(?:\s+(?:(?:i|på)\s+([A-ZÆØÅ][^.]{2,60}?)|(?:på\s+)?(?:samme|same)\s+(?:sted|stad)|(?:i|på)\s+[a-zæøå]{3,30}))?(?:\s+\([^()]{1,60}\))?,?\s+(?:er\s+forsikr(?:a|et)|har\s+(?:(?:ein|en)\s+)?(?:forsikringssum|eigendel|egenandel|årspremie))\b/;
/** «… er forsikra til fullverdi med …»: no sum (a full-value building), and no role word for the figure after it. */
const TO_FULL_VALUE = /\b(?:forsikr(?:a|et)|tegnet|teikna)\s+(?:til|for)\s+fullverdi\b/i;

/**
 * «Driftsavbrudd har du med en forsikringssum på kr 2 400 000 …; prisen for den er kr 4 260.», «Innbo Super er tegnet
 * for boligen din i Jernbaneveien 16, 2010 Strømmen, med forsikringssum 1 000 000 kroner og egenandel 3 000 kroner.»,
 * «Hytta koster kr 3 100 i året og har egenandel kr 8 000.»: a sentence that opens with the insured thing (a product
 * of the index-class table, one word or two) and a verb — read only when the sentence states the cover's figures, each
 * after a role word of its own (`statesCoverFigures`).
 */
const SUBJECT_VERB = /^([A-ZÆØÅ][a-zæøå-]{2,40}(?:\s+[A-ZÆØÅa-zæøå][a-zæøå-]{1,30})?)\s+(?:har|er|koster|kostar)\s/;
/**
 * «Innboforsikringen for Tyttebærstien 4, 9020 Tromsdalen har en forsikringssum på …», «Bilforsikringen for Toyota Corolla
 * (ZV 60219) har dekningen Kasko og 6 000 kroner i egenandel.»: a product named as such (…forsikringen), what or where it
 * is for after «for», «i» or «på», then its verb.
 */
const PRODUCT_FOR_VERB = /^([A-ZÆØÅ][a-zæøå-]{1,40}forsikring(?:en|a)?)\s+(?:for|i|på)\s+[^.;:]{2,80}?\s+(?:har|er|koster|kostar)\s/;

/** The insured thing and its place that open such a sentence (SUBJECT_PLACE, SUBJECT_VERB), the thing as a product known to the index-class table; undefined otherwise. */
function subjectOf(sentence: string): { product: string; place: string | undefined; full: boolean } | undefined {
  const m = SUBJECT_PLACE.exec(sentence);
  // («Ditt hus i …»: the thing after a possessive, in lower case)
  const product = m ? subjectProduct(m[1] ?? m[2]!) : undefined;
  if (product !== undefined) return { product, place: m![3]?.trim(), full: TO_FULL_VALUE.test(sentence) };
  const v = SUBJECT_VERB.exec(sentence);
  // (a figure's role word is no thing: «Egenandelen er 500 kroner …, og prisen er …»)
  const thing = v && !ROLE_WORDS.some(([, re]) => re.test(v[1]!)) ? subjectProduct(v[1]!) : undefined;
  if (thing === undefined) {
    // (a product named as such, «Bilforsikringen for … har …»: one figure of its own is its cover's figure)
    const pf = PRODUCT_FOR_VERB.exec(sentence);
    const product = pf ? subjectProduct(pf[1]!) : undefined;
    // (every figure it places by its label is read; one with no label of its own is warned about, not read)
    if (product === undefined || !placesAFigure(sentence)) return limitCover(sentence);
    return { product, place: PLACE.exec(sentence)?.[1]?.trim(), full: TO_FULL_VALUE.test(sentence) };
  }
  // («Produktansvaret har samme forsikringssum, NOK 20 000 000 per skadetilfelle …»: one figure, the cover's limit)
  if (!statesCoverFigures(sentence, 2, true)) return limitCover(sentence);
  // (the place an address with a postcode in the sentence names: «… tegnet for boligen din i Jernbaneveien 16, 2010 Strømmen»)
  return { product: thing, place: PLACE.exec(sentence)?.[1]?.trim(), full: TO_FULL_VALUE.test(sentence) };
}

/**
 * «Rettshjelp ved tvist med tredjemann er dekket med inntil NOK 250 000, egenandel NOK 10 000.», «Produktansvaret har samme
 * forsikringssum, NOK 20 000 000 per skadetilfelle og samlet per forsikringsår.», «Kriminalitet er forsikret med NOK 1 000 000
 * per forsikringsår.»: a liability's, a cost's or a person's cover confirmed in a letter's running text — the cover as the
 * sentence's subject (a product word of the index-class table, perhaps with what it is for after «ved», «for», «mot» or
 * «under»), then its verb.
 */
const COVER_SUBJECT = /^([A-ZÆØÅ][a-zæøå-]{2,40})(?:\s+(?:ved|for|mot|under)\s+[a-zæøå][^.;:,\d]{1,60}?)?\s+(?:er|har|gjelder|gjeld|dekkes|dekkast)\s/;

/**
 * A cover's sentence (COVER_SUBJECT) whose first figure is its limit — a sum by its own words, «forsikringssum», «er forsikret
 * med», «er dekket med inntil» (PROSE_ROLES) — and whose every other figure has one role of its own, each role once, no word of
 * a change: the cover, its limit and the deductible beside it. Insurers confirm a liability so, one cover a sentence, the
 * limit before the deductible; a figure first with no role («Omsetningen er NOK 186 mill.») is no cover's.
 */
function limitCover(sentence: string): { product: string; place: undefined; full: boolean } | undefined {
  const m = COVER_SUBJECT.exec(sentence);
  if (!m || ROLE_WORDS.some(([, re]) => re.test(m[1]!)) || CHANGING.test(lowerCase(sentence))) return undefined;
  const product = subjectProduct(m[1]!);
  if (product === undefined) return undefined;
  const figures = sentenceFigures(sentence, true);
  if (figures[0]?.role !== 'sum' || !figures.every((f) => f.role === 'sum' || f.role === 'deductible' || f.role === 'premium')) return undefined;
  const roles = figures.map((f) => f.role);
  return new Set(roles).size === roles.length ? { product, place: undefined, full: false } : undefined;
}

/**
 * «Reiseforsikringen din er Reise Familie med verdensdekning.», «Ulykkesforsikringen gjelder for deg alene, …», «Innboet
 * ditt på samme adresse er forsikret med Innboforsikring for kr 900 000.», «Ansvar for gardsdrifta er forsikra med …»: a
 * paragraph that opens with a sentence about one insurance — its subject a product («din», «ditt» after it perhaps,
 * where or what for after «i», «på», «for»), and, after «er» (or «er forsikret med», «… under»), the product's own name where it
 * gives one. The paragraph is about that cover: a sentence of its
 * figures further on that names no product of its own («Egenandelen er 500 kroner per skadetilfelle, og prisen er 2 640
 * kroner per år.») is that cover's.
 */
const PARAGRAPH_SUBJECT =
  /^([A-ZÆØÅ][a-zæøå-]{2,40})(?:\s+(?:din|di|ditt|dine|deres|dykkar))?(?:\s+(?:i|på|for)\s+[^.;:]{2,60}?)?\s+(?:er|gjelder|gjeld|dekker|dekkjer)\s+(?:forsikr(?:et|a)\s+(?:med|under)\s+)?(?:([A-ZÆØÅ][a-zæøå-]+(?:\s+(?!(?:med|for|til|i|på|og|som|fra|frå)\s)[A-Za-zÆØÅæøå][a-zæøå-]+){0,2})(?=[\s.,]|$))?/;

/** The cover a paragraph is about (PARAGRAPH_SUBJECT), from its first sentence; undefined for any other paragraph. */
function paragraphCover(first: string): string | undefined {
  const m = PARAGRAPH_SUBJECT.exec(first.trim());
  if (!m || ROLE_WORDS.some(([, re]) => re.test(m[1]!))) return undefined;
  const thing = subjectProduct(m[1]!);
  if (thing === undefined) return undefined;
  // (the product's own name after «er»: «… er Reise Familie», «… er forsikret under Bygningsforsikring borettslag med …» —
  // its longest start the index-class table knows)
  const words = m[2]?.split(/\s+/) ?? [];
  for (let n = words.length; n > 0; n--) if (namesProduct(words.slice(0, n).join(' '))) return words.slice(0, n).join(' ');
  return thing;
}

/** «Prisen for …», «Premien for …»: a price named by its product (FOR_PRODUCT). */
const PRICE_FOR = /^(?:års)?(?:pris|premie)/i;

/** Two names of one product: their first words without «forsikring», one the other's start («Gruppeliv for bedrifter», «Gruppelivsforsikring»). */
function sameProduct(a: string, b: string): boolean {
  const stem = (n: string): string => lowerCase(n).split(/\s+/)[0]!.replace(/s?forsikring(?:en|a)?$/, '');
  const [x, y] = [stem(a), stem(b)];
  return x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x));
}

/**
 * Whether a product's heading is the insurance of a thing: «Husforsikring» of «Huset», «Innboforsikring» of «Innbo»,
 * «Bilforsikring» of «Bilen» — the heading's word before «forsikring» (with or without its joining «s») begins the thing's.
 */
function headingThing(heading: string, thing: string): boolean {
  const h = lowerCase(heading).split(/\s+/)[0]!.replace(/forsikring(?:en|a)?$/, '');
  const t = lowerCase(thing).split(/\s+/)[0]!.replace(/forsikring(?:en|a)?$/, '');
  return [h, h.replace(/s$/, '')].some((x) => x.length >= 3 && t.length >= 3 && (t.startsWith(x) || x.startsWith(t)));
}

/** «Den koster 3 012 kroner per år»: a sentence that goes on about the thing the sentence before named. */
const GOES_ON = /^(?:den|det|denne|dette|forsikringen|forsikringa)\s/i;

/** The thing a sentence opens with as a product: one word in its base form («Driftsbygningen» → «Driftsbygning»), or two joined by «og» as written. */
function subjectProduct(thing: string): string | undefined {
  // («Menighetshuset/barnehagen»: two things of one building, each a product — as written)
  if (thing.includes('/')) return productName(thing.split('/')[0]!) !== undefined ? thing : undefined;
  if (!thing.includes(' ')) return productName(thing);
  return namesProduct(thing) ? thing : undefined;
}

const ROLE_WORDS: ReadonlyArray<readonly [Role, RegExp]> = PROSE_ROLES.map(([role, words]) => [role, new RegExp(`(?<![a-zæøå])(?:${words.join('|')})(?![a-zæøå])`, 'i')] as const);

interface Found {
  product: string;
  object?: string;
  /** «… er forsikra til fullverdi»: a full-value building, no sum. */
  full?: true;
  values: Map<Role, { value: string; unit: Unit }>;
  units: Unit[];
  /** «Det er ingen egenandel.»: the cover has no deductible (0, where no other is read). */
  none?: true;
  /** «Dekning Kasko.»: the cover level a sentence names. */
  coverage?: string;
  /** A sentence (not only labelled fields) was read: the section is written in prose. */
  prose: boolean;
  /** The paragraph whose sentence named the thing (SUBJECT_PLACE, SUBJECT_VERB): a sentence after it there may go on about it. */
  subjectIn?: Unit;
}

/** The units under a product's heading (not a title) that it names the product of: its paragraph, perhaps cut in two where a line ends a sentence. */
const HEADING_REACH = 2;
/** A sentence's end, and a finite verb of one: what a paragraph of running text has, and a list's line has not. */
const SENTENCE_STOP = /[.!]$/;
const FINITE_VERB = /(?<![a-zæøå])(?:er|var|har|hadde|blir|vart|vert|gjelder|gjeld|koster|kostar|betaler|betalte|betalar)(?![a-zæøå])/;
/** «(i 2025: kr 2 110 000)», «(2025: kr 800 000)», «(i fjor kr 3 776 000)»: a year before's figure in brackets. */
const LAST_YEAR = /\((?:i\s+|for\s+)?(?:(?:19|20)\d\d|fjor)\s*:?\s*(?:kr\.?|nok)\s*\d[\d .]*(?:,-)?\)/gi;
/** A sum in G in a line («15 G», «2,5 G»). */
const G_SUM = /\d\s*G\b/;
/** «Det er ingen egenandel.», «Ingen eigendel.»: a sentence that says the cover has no deductible — a deductible of 0. */
const NO_DEDUCTIBLE = /^(?:det\s+er\s+)?ingen\s+(?:egenandel|eigenandel|eigendel|selvrisiko)\.?$/i;

/** «… har kasko med egenandel …»: the cover level a sentence says its thing has. */
const HAS_LEVEL = /\b(?:har|forsikret med|forsikra med)\s+(?:dekningen\s+|dekninga\s+)?([A-Za-zæøå]{4,12})(?=\s+(?:med|og)\s|[.,])/;
/** A total's words at a sentence's start («Samlet årspremie er …»): the document's, no cover's. */
const TOTAL_START = /^(?:samlet|samla|total|totalt|til sammen|sum)\b/i;

/** «Årlig premie er kr 21 525.»: a sentence of figures alone, each after one role word of its own, and no total nor change. */
function figuresOnly(sentence: string): boolean {
  if (TOTAL_START.test(sentence.trim()) || CHANGING.test(lowerCase(sentence))) return false;
  const figures = sentenceFigures(sentence, true);
  return figures.length > 0 && figures.every((f) => f.role === 'sum' || f.role === 'deductible' || f.role === 'premium');
}

/** «Dekning Kasko.», «Dekning: Delkasko»: a sentence that only names the cover (a level of the vocabulary's). */
const COVER_SENTENCE = /^(?:dekning|dekningsomfang)\s*:?\s+([A-Za-zÆØÅæøå-]{3,20})\.?$/i;

/**
 * «Eigendel kasko kr 8 000.  Årspris kr 318 420.»: sentences set apart by a wide gap, which split the line
 * into cells — prose, not a row of a table (every cell a sentence of words that ends with its full stop).
 */
function sentenceRow(u: Unit): boolean {
  const cells = u.cells.filter((c) => c.trim() !== '');
  return cells.length >= 2 && cells.every((c) => SENTENCE_CELL.test(c.trim()));
}
const SENTENCE_CELL = /^[A-ZÆØÅ][a-zæøå]+\s.*\S\.$/;

/** The role the words before a figure name: one role, or undefined (none, or several). */
function roleOf(words: string): Role | 'none' | 'several' {
  const roles = ROLE_WORDS.filter(([, re]) => re.test(words)).map(([role]) => role);
  return roles.length === 0 ? 'none' : roles.length > 1 ? 'several' : roles[0]!;
}

/** A figure of a sentence: as written, its amount, and the role the words before it name. */
export interface SentenceFigure {
  text: string;
  value: string | undefined;
  role: Role | 'none' | 'several';
}

/** The figures (kroner) of a sentence, each with the role the words between it and the figure before it name. */
export function sentenceFigures(sentence: string, wide = false): SentenceFigure[] {
  const out: SentenceFigure[] = [];
  let last = 0;
  for (const m of sentence.matchAll(wide ? FIGURE_WIDE : FIGURE)) {
    let before = roleOf(sentence.slice(last, m.index));
    // («Eigenandel ved skade på leigebil er dekt med inntil 10 000 kr»: a limit, no deductible nor premium)
    if (wide && (before === 'deductible' || before === 'premium') && LIMIT_BEFORE.test(sentence.slice(last, m.index))) before = 'none';
    // («Landbruksansvar: Egenandel ved skade på leid eller lånt ting er kr 20 000.», «Eigenandel ved brann i driftsbygning er
    // …»: the deductible of one kind of damage, said by «ved» — no deductible of the cover's)
    // («Ved skade på ting som sikrede har til bearbeidelse er egenandelen kr 30 000.»: the damage said first, by «ved»
    // at the sentence's start — the same deductible of one kind of damage)
    if (before === 'deductible' && (EVENT_DEDUCTIBLE.test(sentence.slice(last, m.index)) || (last === 0 && EVENT_FIRST.test(sentence.slice(0, m.index))))) before = 'none';
    last = m.index + m[0].length;
    // («4 000 kroner i egenandel»: the label after the amount, right after its currency — its words are then no label of the next)
    const after = wide ? ROLE_AFTER.exec(sentence.slice(last)) : null;
    if (after) last += after[0].length;
    const own = after ? roleOf(after[1]!) : 'none';
    const role = own === 'none' ? before : before === 'none' || before === own ? own : 'several';
    out.push({ text: m[0], value: readAmount(m[1] ?? m[2]!), role });
  }
  return out;
}

/** «Egenandel ved skade på …», «eigenandelen ved tjuveri»: a deductible's word, then «ved» and the damage it is for. */
const EVENT_DEDUCTIBLE = /(?<![a-zæøå])(?:egenandel|eigenandel|eigendel|selvrisiko)(?:en|a)?\s+ved\s+[a-zæøå]/i;
/**
 * «Ved skade på ting …», «Ved tyveri fra bil …», «Ved vannskade …», nynorsk «Ved tjuveri …» at a sentence's start (after a
 * list's dash): the kind of damage a deductible said after it is for.
 */
const EVENT_FIRST = /^[\s\-–•*]*ved\s+(?:[a-zæøå]*skade[a-zæøå]*|brann|tyveri|tjuveri|innbrudd|innbrot|ran|hærverk|uhell)(?![a-zæøå])/i;
/** «inntil», «opptil», «maks» right before an amount: a limit. */
const LIMIT_BEFORE = /(?:inntil|opptil|maks(?:imalt|imum)?|høyst|høgst)\s*$/i;
/** «… 4 000 kroner i egenandel», «… 2 000 kr i årspremie»: a figure's role word right after its amount, after «i». */
const ROLE_AFTER = new RegExp(String.raw`^\s+i\s+((?:${PROSE_ROLES.flatMap(([, w]) => w).filter((w) => !/\s/.test(w) && !/^kost/.test(w)).join('|')}))(?![a-zæøå])`, 'i');

/** Words of a change, which a sentence of a coverage's figures does not have («aukar frå kr 8 000», «endres»). */
const CHANGING = /(?<![a-zæøå])(?:fra|frå|økes|øker|økt|auk[a-zæøå]*|endr[a-zæøå]*|heves|hevet|senk[a-zæøå]*|reduser[a-zæøå]*|tidligere|tidlegare|uendret|uendra)(?![a-zæøå])/;

/**
 * «Driftslausøyre og maskinar har forsikringssum kr 2 260 000, eigendel kr 10 000 og årspremie kr 6 905.»: a
 * sentence of a coverage's figures — two or more, each after one role word of its own (sum, deductible, premium),
 * and no word of a change. It states a coverage; it changes no deductible.
 */
function statesCoverFigures(sentence: string, least = 2, wide = false): boolean {
  if (!DIGIT.test(sentence) || CHANGING.test(lowerCase(sentence))) return false;
  const figures = sentenceFigures(sentence.replace(TO_FULL_VALUE, (w) => ' '.repeat(w.length)), wide);
  return figures.length >= least && figures.every((f) => f.role === 'sum' || f.role === 'deductible' || f.role === 'premium');
}

/**
 * The first sentence of a text that states a coverage's figures (`statesCoverFigures`), or one that names a product as its
 * subject and states one figure of it by its label («Bilforsikringen for … har … 6 000 kroner i egenandel.»); undefined
 * for none.
 */
export function coverFigureSentence(text: string): string | undefined {
  return text.split(SENTENCE_END).find((s) => statesCoverFigures(s, 2, true) || (namesProductSubject(s.trim()) && placesAFigure(s)));
}

/** A sentence of no change with at least one figure placed by its own role word (the wide reading). */
function placesAFigure(sentence: string): boolean {
  if (!DIGIT.test(sentence) || CHANGING.test(lowerCase(sentence))) return false;
  return sentenceFigures(sentence.replace(TO_FULL_VALUE, (w) => ' '.repeat(w.length)), true).some((f) => f.role === 'sum' || f.role === 'deductible' || f.role === 'premium');
}

/** Whether a sentence opens with a product as its subject: «Bilforsikringen for … har …», «Innboforsikringen har …». */
function namesProductSubject(sentence: string): boolean {
  const pf = PRODUCT_FOR_VERB.exec(sentence);
  if (pf && subjectProduct(pf[1]!) !== undefined) return true;
  const v = SUBJECT_VERB.exec(sentence);
  // (the product alone as the subject: «For ansvarsforsikringa er eigenandelen framleis …» is a remark about it)
  return v !== null && !v[1]!.includes(' ') && /forsikring(?:en|a)?$/i.test(v[1]!) && subjectProduct(v[1]!) !== undefined;
}

/**
 * Whether every sentence of a text that names a deductible with a figure in it states a coverage's figures (and one
 * does): such a line changes no deductible («Reiseforsikringen din er Reise Familie. Den gjelder … på reiser inntil 70
 * dager. Egenandelen er 500 kroner per skadetilfelle, og prisen er 2 640 kroner per år.» — the sentences of no
 * deductible say nothing of one). (Each sentence on its own, as the prose reader reads them; the unread net warns of
 * such a sentence no reader took, so what this lets pass is never lost silently.)
 */
export function onlyCoverFigures(text: string): boolean {
  const figured = text.split(SENTENCE_END).filter((s) => DIGIT.test(s) && DEDUCTIBLE_ROLE.test(s));
  return figured.length > 0 && figured.every((s) => statesCoverFigures(s));
}

/** A sentence's deductible word (the vocabulary's, PROSE_ROLES). */
const DEDUCTIBLE_ROLE = ROLE_WORDS.find(([role]) => role === 'deductible')![1];
/** Words of what will be («blir», «vert», «ny», «vil»): a sentence of them may announce figures, not state them. */
const TO_BE = /(?<![a-zæøå])(?:blir|bli|vert|ny|nye|nytt|vil|skal|før|nå|i dag|etter)(?![a-zæøå])/;

/**
 * «Egenandelen er 500 kroner per skadetilfelle, og prisen er 2 640 kroner per år.»: a sentence that states what a
 * cover's figures are — two or more, each after one role word of its own, no word of a change, nor of what will be. It
 * changes no deductible (the changes reader passes over it).
 */
export function statesCoverNow(sentence: string): boolean {
  if (!statesCoverFigures(sentence) || TO_BE.test(lowerCase(sentence))) return false;
  // (each role once: two deductibles in a sentence are a before and an after — «egenandel kr 3 000 (i dag er egenandelen kr 2 500)»)
  const roles = sentenceFigures(sentence).map((f) => f.role);
  return new Set(roles).size === roles.length;
}

/** «… egenandelen blir kr 8 000», «eigendelen vert …»: what the deductible will be — a change's words. */
const DEDUCTIBLE_TO_BE = /(?:egenandel|eigenandel|eigendel|selvrisiko)[a-zæøå]*\s+(?:blir|vert|bli|skal|vil)(?![a-zæøå])/;

/**
 * «Ditt hus i Stasjonsveien 8, 2380 Brumunddal, er forsikret for fullverdi med en egenandel på kr 6 000, og årspremien
 * blir kr 10 284.»: a sentence that opens with the insured thing and «er forsikret» / «har forsikringssum …»
 * (SUBJECT_PLACE) and states the cover's figures, each after its role word once, none of a change — what the thing is
 * insured with, whatever word of the future the premium has: no change of its deductible.
 */
export function statesThingCover(sentence: string): boolean {
  const t = sentence.trim();
  if (!SUBJECT_PLACE.test(t) || subjectOf(t) === undefined || DEDUCTIBLE_TO_BE.test(lowerCase(t)) || !statesCoverFigures(t)) return false;
  const roles = sentenceFigures(t.replace(TO_FULL_VALUE, (w) => ' '.repeat(w.length))).map((f) => f.role);
  return new Set(roles).size === roles.length;
}

/** The figures of one sentence with their roles; a figure whose role cannot be told is warned about. */
function readSentence(r: Reading, u: Unit, sentence: string, into: Found): boolean {
  let read = false;
  // («forsikra for kr 2 186 000 (i 2025: kr 2 110 000), med eigendel …»: last year's figure in brackets, no figure of the cover now)
  const now = sentence.replace(LAST_YEAR, (w) => ' '.repeat(w.length));
  for (const { text, value, role } of sentenceFigures(now, true)) {
    if (role === 'none' || role === 'several') {
      r.warnUnit(u, `could not tell whether ${quote(text)} in ${quote(sentence)} is a sum, a deductible or a premium; not read`);
      continue;
    }
    if (value === undefined) continue;
    const had = into.values.get(role);
    if (had && had.value !== value) {
      r.warnUnit(u, `${quote(into.product)}: two figures for its ${role} (${quote(had.value)} and ${quote(value)}); not read`);
      into.values.delete(role);
      continue;
    }
    into.values.set(role, { value, unit: u });
    read = true;
  }
  return read;
}

/** The product a heading or title names (`titleOf`), or undefined. */
export function readProse(r: Reading, coverages: readonly Coverage[], push: (c: Coverage, u: Unit) => void, titleOf: (u: Unit) => string | undefined): void {
  const done = new Set(coverages.map((c) => c.product));
  let heading: string | undefined;
  /** How many units more the heading names the product of (a title: all under it; a product's heading: its paragraph). */
  let reach = Infinity;
  /** Lines with a sentence under a product's heading whose figures are not all labelled: not this reader's whole. */
  const unlabelled = new Set<Unit>();
  let found: Found | undefined;
  /** The cover the paragraph being read is about (paragraphCover), and its last line so far. */
  let paragraph: { cover: string; last: Unit['lines'][number]; open?: string } | undefined;
  const flush = (): void => {
    const f = found;
    found = undefined;
    if (!f || !f.prose || f.values.size === 0 || done.has(f.product)) return;
    const c: Coverage = { product: f.product };
    if (f.coverage !== undefined) c.coverage = f.coverage;
    if (f.object !== undefined) c.object = f.object;
    for (const role of ['sum', 'deductible', 'premium'] as const) {
      const v = f.values.get(role);
      if (v) c[role] = v.value;
    }
    if (f.none && c.deductible === undefined) c.deductible = '0';
    c.index_class = rowIndexClass(f.product).index_class;
    if (f.full && !f.values.has('sum')) c.note = 'Fullverdi';
    push(c, f.units[0]!);
    // (a line that also states sums in G, «… gir en sum ved medisinsk invaliditet på 15 G og ved død 5 G. … Betalt premie
    // for 2025 var kr 1 344.», is left to the reader of G sums too: its premium is this reader's, its sums that one's)
    for (const u of f.units) if (!G_SUM.test(u.text) && !unlabelled.has(u)) r.used.add(u);
    // (the changes reader, which runs first, said it could not read a change in a sentence of this cover's figures: every
    // sentence of the line with a deductible and a figure states a cover's figures — no change)
    for (const u of f.units) {
      const figured = u.text.split(SENTENCE_END).filter((x) => DIGIT.test(x) && DEDUCTIBLE_ROLE.test(x));
      if (figured.every((x) => statesCoverFigures(x, 1, true))) r.withdraw(`could not read the deductible change in ${quote(u.text)}`);
    }
    done.add(f.product);
  };
  let before: Unit | undefined;
  for (const u of r.units) {
    // («* Næringsbygg - Fjordgata 9, 6800 Førde» over «Bygningen er forsikret for 7 950 000 kr. Egenandel …»: a record, a name
    // over its figures — the reader of records' (schedule-lines.ts), which names the product and its place)
    const prevUnit = before;
    before = u;
    if (!r.used.has(u) && DIGIT.test(u.text) && recordAt(r, u, prevUnit) !== undefined) continue;
    // («Forsikringsbevis | Motorvogn | Forsikringsnummer 1106614»: a title set in cells is a title too)
    const title = titleOf(u);
    if (u.row && title === undefined && !sentenceRow(u)) {
      flush();
      heading = undefined;
      continue;
    }
    if (title !== undefined || u.heading) {
      flush();
      // («Husforsikring» over «Du har husforsikring for …, med forsikringssum kr 6 200 000 og egenandel kr 10 000.»: a
      // product's own heading names the product of the sentences under it, as a title does)
      heading = title ?? (u.heading && u.product && u.label === undefined && !u.row ? withoutColon(u.text.trim()) : undefined);
      // (a product's heading reaches the paragraph right under it, not the conditions pages further down)
      reach = title !== undefined ? Infinity : HEADING_REACH;
      continue;
    }
    if (reach-- <= 0 && heading !== undefined) {
      flush();
      heading = undefined;
    }
    // (a line another reader took is its: a premium sentence of a letter, a line of persons)
    // (a place and a figure both have a digit: a line without one has nothing for this reader)
    const sentencesOfU = u.text.split(SENTENCE_END);
    // (a paragraph's lines may be units of their own where a line ends its sentence: the cover goes on in the line right under)
    const prose = !u.row && u.label === undefined && !r.used.has(u);
    const goesOnFrom = prose && paragraph !== undefined && follows(paragraph.last, u.lines[0]!) ? paragraph : undefined;
    // (a sentence that opens the paragraph and runs on over the line's end: «… er forsikret under» / «Bygningsforsikring
    // borettslag med …» — read whole)
    const cover = prose
      ? (goesOnFrom?.open !== undefined ? paragraphCover(`${goesOnFrom.open} ${u.text}`) : undefined) ?? paragraphCover(sentencesOfU[0]!) ?? goesOnFrom?.cover
      : undefined;
    const open = cover !== undefined && !/[.!?]$/.test(u.text.trim()) ? `${goesOnFrom?.open ?? ''} ${u.text}`.trim() : undefined;
    paragraph = cover === undefined ? undefined : { cover, last: u.lines[u.lines.length - 1]!, ...(open !== undefined && !/[.!?]\s/.test(open) ? { open } : {}) };
    if (r.used.has(u) || !DIGIT.test(u.text)) continue;
    for (const sentence of sentencesOfU) {
      if (heading !== undefined && (found === undefined || found.product === heading)) {
        // («Bygningen i Myrvegen 8, 6240 Ørskog er forsikret til fullverdi.»: the place, in a sentence of no figure)
        const place = PLACE.exec(sentence)?.[1];
        if (place !== undefined && !found?.object) {
          found ??= { product: heading, values: new Map(), units: [], prose: false };
          found.object = place.trim();
        }
      }
      // («Dekning Kasko.» under «Forsikringsbevis | Motorvogn»: the level of the title's cover, said in a sentence)
      const level = heading !== undefined ? COVER_SENTENCE.exec(sentence.trim()) : null;
      if (level && COVER_LEVEL_SET.has(lowerCase(level[1]!))) {
        if (found && found.product !== heading) flush();
        found ??= { product: heading!, values: new Map(), units: [], prose: false };
        found.coverage = level[1]!;
        if (!found.units.includes(u)) found.units.push(u);
        continue;
      }
      // («Det er ingen egenandel.» under «Ulykkesforsikring», among the sentences of its figures: a deductible of 0 — kept
      // only where a figure of the same cover is read)
      if (heading !== undefined && NO_DEDUCTIBLE.test(sentence.trim()) && (found === undefined || found.product === heading)) {
        found ??= { product: heading, values: new Map(), units: [], prose: false };
        found.none = true;
        continue;
      }
      // (a total, «Totalt betalt i 2025: kr 20 376», is the document's, no cover's)
      if (CHANGE.test(sentence) || !HAS_FIGURE.test(sentence) || TOTAL_START.test(sentence.trim())) continue;
      const named = FOR_PRODUCT.exec(sentence)?.[1];
      // («Prisen for ulykkesforsikringen er …»: the product in its definite form, its base form)
      let own = named === undefined ? undefined : (!named.includes(' ') ? productName(named) : undefined) ?? (namesProduct(named) ? named[0]!.toUpperCase() + named.slice(1) : undefined);
      // («Premien for gruppelivsforsikringen er kr 19 260 per år.» under the «Gruppeliv» read already: the price of that
      // product, which its reader gives it — no product of its own)
      if (own !== undefined && PRICE_FOR.test(sentence) && [...done].some((d) => sameProduct(d, own!))) own = undefined;
      // («Årspremien for bygningsforsikringen er …» after the sentences of «Bygningsforsikring borettslag»: the same cover)
      if (own !== undefined && found !== undefined && sameProduct(found.product, own)) own = found.product;
      const subjectSaid = own === undefined ? subjectOf(sentence) : undefined;
      // («Innboforsikring» over «Innboet i Fjellstien 6, 7049 Trondheim er forsikret for …»: the thing the heading's product
      // insures — the heading names the product, the sentence its place)
      const underHeading = subjectSaid !== undefined && heading !== undefined && !/\s(?:og|og\/eller)\s|,/.test(heading) && headingThing(heading, subjectSaid.product);
      const subject = underHeading ? undefined : subjectSaid;
      // («Innbo Super er tegnet … med forsikringssum …. Den koster 3 012 kroner per år»: the thing the paragraph's sentence
      // before named, in the same paragraph)
      // — also a sentence of its figures alone, each after its role word, in the paragraph that named the thing: «Kirkebygget i
      // Agnefestveien 2, 4580 Lyngdal er forsikret til en sum av kr 28 700 000 med egenandel kr 10 000. Årlig premie er kr
      // 21 525.»)
      const goesOn =
        own === undefined && subject === undefined && !underHeading && found?.subjectIn === u && (GOES_ON.test(sentence.trim()) || figuresOnly(sentence)) ? found.product : undefined;
      // (a sentence of a cover's figures, with no product of its own, in a paragraph about one cover)
      const about = own === undefined && subject === undefined && goesOn === undefined && cover !== undefined && statesCoverFigures(sentence, 2, true) ? cover : undefined;
      // (under a product's heading, a paragraph that names its own insurance is that one's: «På reise» over «Reiseforsikring
      // Familie gjelder …. Egenandel kr 500.»)
      // (the thing of a paragraph under its product's heading is the heading's product: «Innboforsikring» over «Innboet …» —
      // a thing, not a product's own name, «… er forsikret med Husforsikring»; and one product's heading, not a group's, «Hus og hjem»)
      const oneProduct = heading !== undefined && !/\s(?:og|og\/eller)\s|,/.test(heading);
      const said = own ?? subject?.product ?? goesOn ?? about ?? (reach !== Infinity && cover !== undefined && heading !== undefined && (!oneProduct || !headingThing(heading, cover)) ? cover : undefined);
      const thingOnly = said !== undefined && !/forsikring$/i.test(said);
      const product = underHeading || (said !== undefined && own === undefined && oneProduct && thingOnly && headingThing(heading!, said)) ? heading : said ?? heading;
      if (product === undefined) continue;
      // (under a product's heading, a sentence — its verb and its full stop —, not a list's line: «Leiebil inntil 30 dager» over
      // «Verktøy og utstyr i bil, inntil kr 50 000 per kjøretøy, egenandel kr 4 000» is another thing's)
      if (reach !== Infinity && product === heading && !(SENTENCE_STOP.test(sentence.trim()) && FINITE_VERB.test(lowerCase(sentence)))) continue;
      // (and one whose every figure has its label: «Ved dødsfall utbetales kr 200 000 …» under «KOLLEKTIV ULYKKE» is a benefit,
      // the reader of benefits' — left to it, and to the warnings of what no reader took)
      if (reach !== Infinity && product === heading && own === undefined && subject === undefined && !figuresOnly(sentence.replace(TO_FULL_VALUE, (w) => ' '.repeat(w.length)))) {
        unlabelled.add(u);
        continue;
      }
      if (underHeading && (found === undefined || found.product !== product)) {
        flush();
        found = { product, values: new Map(), units: [], prose: false };
      }
      if (underHeading && subjectSaid!.place !== undefined) found!.object ??= subjectSaid!.place;
      if (underHeading && subjectSaid!.full) found!.full = true;
      // (one sentence per object: a sentence that names its own thing and place starts a coverage of its own)
      if (found && (found.product !== product || subject !== undefined)) flush();
      found ??= { product, values: new Map(), units: [], prose: false };
      if (subject !== undefined) {
        found.subjectIn = u;
        if (subject.place !== undefined) found.object = subject.place;
        if (subject.full) found.full = true;
      }
      // («forsikra til fullverdi med eigendel kr 8 000»: the full value names no figure's role)
      // («Bilforsikring» over «Bilen din … har kasko med egenandel kr 6 000.»: the level of the heading's cover the sentence has)
      const level2 = product === heading || subject !== undefined ? HAS_LEVEL.exec(sentence) : null;
      if (level2 && COVER_LEVEL_SET.has(lowerCase(level2[1]!)) && found.coverage === undefined) found.coverage = level2[1]![0]!.toUpperCase() + level2[1]!.slice(1);
      // («… er forsikret til fullverdi og har egenandel 10 000 kroner»: the full value is no sum, and its words no figure's role)
      if (TO_FULL_VALUE.test(sentence) && (product === heading || subject !== undefined)) found.full = true;
      if (readSentence(r, u, subject?.full || found.full ? sentence.replace(TO_FULL_VALUE, (w) => ' '.repeat(w.length)) : sentence, found)) {
        if (!found.units.includes(u)) found.units.push(u);
        // (a labelled line alone, «Egenandel: kr 10 000», is a field: other readers' unless a sentence stands beside it)
        found.prose ||= u.label === undefined;
      }
    }
  }
  flush();
}


/**
 * «Du har huseigarforsikring og innbuforsikring hjå oss på adressa Kvernhusvegen 6, 5700 Voss.»: the
 * products a letter or an e-mail says the customer holds, in lower case joined by «og» or commas, and
 * the place after «adressa»/«adressen» (an address with a postcode).
 */
const HELD = /\b(?:du|de|dere|dykk|vi)\s+har\s+([a-zæøå][a-zæøå, -]{3,80}?)\s+(?:hos|hjå|hjå)\s+oss\b(?:\s+(?:på|for)\s+(?:adressa|adressen|adresse)\s+([A-ZÆØÅ][^.]{2,60}?\d{4}\s+[A-ZÆØÅ][a-zæøå-]+))?/i;
/** «Huset ditt er forsikra for kr 5 840 000»: the thing (a definite form, perhaps «ditt»), its sum after «er forsikra for». */
const THING_SUM = /(?:^|[.!?]\s+)([A-ZÆØÅ][a-zæøå]{2,30})(?:\s+(?:ditt|din|di|dine|dykkar|deres|dere))?\s+er\s+forsikr(?:a|et)\s+for\s+(kr\.?\s*\d{1,3}(?:[ .]\d{3})*)(?![\d])/;
/** «…, og innbuet for kr 1 200 000»: a second thing's sum, the verb left out. */
const AND_THING_SUM = /^,?\s+og\s+([a-zæøå]{3,30})(?:\s+(?:ditt|din|di|dine|dykkar|deres))?\s+(?:for|til)\s+(kr\.?\s*\d{1,3}(?:[ .]\d{3})*)(?![\d])/;

/**
 * An e-mail's prose that names the customer's products in one sentence and their sums by the thing
 * in another (docs/parse.md, «E-mails»):
 *
 *   Du har huseigarforsikring og innbuforsikring hjå oss på adressa Kvernhusvegen 6, 5700 Voss.
 *   Huset ditt er forsikra for kr 5 840 000, og innbuet for kr 1 200 000.
 *
 * Each thing's sum goes to the held product of the thing's index class («huset» → bygninger →
 * Huseigarforsikring), at the place the first sentence names. Only where both sentences stand and
 * each thing's class names exactly one held product; a product read by another reader is left to it.
 */
export function readHeldSums(r: Reading, coverages: readonly Coverage[], push: (c: Coverage, u: Unit) => void): void {
  let held: { products: string[]; place: string | undefined } | undefined;
  for (const u of r.units) {
    if (u.row || !u.lower.includes('forsikr') || u.text.length > 1200) continue;
    const h = u.lower.includes(' oss') ? HELD.exec(u.text) : null;
    if (h) {
      const products = h[1]!.split(/\s*,\s*|\s+og\s+/).map((w) => productName(w));
      held = products.every((p) => p !== undefined) ? { products: products as string[], place: h[2]?.trim() } : undefined;
    }
    if (held === undefined) continue;
    const m = THING_SUM.exec(u.text);
    if (!m) continue;
    const sums = [{ thing: m[1]!, amount: m[2]! }];
    const and = AND_THING_SUM.exec(u.text.slice(m.index + m[0].length));
    if (and) sums.push({ thing: and[1]!, amount: and[2]! });
    for (const { thing, amount } of sums) {
      const cls = rowIndexClass(thing);
      const owners = held.products.filter((p) => rowIndexClass(p).index_class === cls.index_class);
      const sum = readAmount(amount);
      if (!cls.known || owners.length !== 1 || sum === undefined || coverages.some((c) => c.product === owners[0])) continue;
      const c: Coverage = { product: owners[0]! };
      if (held.place !== undefined) c.object = held.place;
      c.index_class = cls.index_class;
      c.sum = sum;
      push(c, u);
    }
  }
}
