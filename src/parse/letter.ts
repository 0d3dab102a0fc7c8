/**
 * The renewal letter's rates, by the vocabulary of src/parse/vocabulary.ts: index regulation
 * (effective date and one rate per object class) and the natural-damage rate (with the previous
 * rate when the letter states the change).
 *
 * Index rates are read after a line or heading that names the index (Indeksregulering,
 * Indeksøkning, Indeksjustering …): as lines and rows (`Bygninger 5,2 %`, `Bygning: 3,3 %`,
 * `Bygninger | + 3,3 %`, bullets), or in a sentence (`… er 5,2 % for bygninger og 10,3 % for
 * maskiner og løsøre`, `… er: bygninger 4,5 %, varer 2,5 %`). A rate whose label is a price
 * change of a product («Generell økning for Behandlingsforsikring + 6 %») or names no property
 * (persons, vehicles) is not an index rate. A price word before the figure («… justeres prisene
 * med 4,2 prosent», «I tillegg til indeksreguleringen øker prisen …») makes it the price's change
 * — letters keep it apart from the sums' index («Premieøkninger utover indeks …») — and in the
 * index section it is a warning; a price named beside the sums («Forsikringssummene og premien …
 * indeksreguleres med 4,2 prosent») changes with them, and a compound («kvadratmeterprisene»,
 * «tømmerprisene») names the market prices the sums follow, not the premium.
 *
 * The natural-damage rate: the new rate is the one the year applies to, never just the first
 * figure of the sentence — «fra X til Y promille», «endres fra X promille og utgjør i ÅR Y
 * promille», «Premiesatsen er i ÅR Y promille, mot X promille i ÅR-1». Two rates the sentence
 * does not order are a warning, and no rate.
 */
import type { IndexRate, Policy } from '../model/policy.js';
import type { IndexClass } from '../params/tables.js';
import { amountsIn, DATE_SOURCE, readDate, readDecimal } from './amounts.js';
import type { Reading } from './extract.js';
import { LOSS_OF_INCOME, rateObjectClass, ruleFor } from './index-class.js';
import { lowerCase } from './lower.js';
import { columnOf } from './schedule-names.js';
import { quote, sentencesOf, type Unit } from './units.js';
import { INDEX, NATURAL_DAMAGE, withoutIndexBases } from './vocabulary.js';

const LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ]/;

// the patterns read lower-case text (src/parse/lower.ts): without the `i` flag they cost less to compile and to run
// (a dash between name and figure, «Bygningene – 4,5 %», «Maskinene - 3 %», is no minus sign: «- 4,5» after a
// name is read as a negative rate only after a colon, «Varer: - 1,0 %», or written close, «Varer -1,0 %»)
const RATE_LINE = /^([a-zà-öø-ÿ][^%\d]*?)\s*(?::|[–—]|\s-(?=\s))?\s+([+-]?\s?\d+(?:[.,]\d+)?)\s*(?:%|prosent)\.?$/;
/** «1.1.2025: bygning 3,9 %», «Fra 1. januar 2025: Bygninger 3,9 %»: a rate line that opens with its date. */
const DATED_RATE = new RegExp(String.raw`^\s*(?:(?:fra|frå|per|pr\.?|f\.o\.m\.?)\s+)?(${DATE_SOURCE})\s*:\s*`, 'i');
const DATE_IN = new RegExp(String.raw`(?:^|[^a-zæøå])(?:fra|frå|f\.o\.m\.?|per|pr\.?|gjelder fra|gjeldende fra)\s+(${DATE_SOURCE})`);
const INDEX_WORD = new RegExp(INDEX.words.join('|'));
/**
 * A title that is the index's name and a date, no preposition between: «Indeksregulering 1. januar 2025»,
 * «Indeksjustering 01.01.2025», «Indeksregulering 1.1.2025:» over its rates, or before them on its line. (A title whose date follows more words, «… brev sendt 2. desember
 * 2024», dates something else.)
 */
// («Indeksregulering 1.1.2025 (Protector): bygning 3,5 %, …»: a broker's line whose title and date run into the rates after a
// colon, the insurer whose rates they are in brackets between — the date is the title's still)
const TITLE_DATE = new RegExp(String.raw`^[a-zæøå]*indeks[a-zæøå]*(?:\s+av\s+[a-zæøå]+)?\s*[-–—,:]?\s+(${DATE_SOURCE})\s*(?:\([^()\d]{1,40}\)\s*)?(?::.*)?$`);
const NOT_RATE_WORDS = new RegExp(INDEX.notRates.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
/** A price change's word in a lower-case line, the index's own bases («konsumprisene») left out. */
function notRate(l: string): boolean {
  return NOT_RATE_WORDS.test(withoutIndexBases(l));
}
/** A percentage's figure: «4,1», «+ 3,3». */
const PERCENT_FIGURE = String.raw`[+-]?\s?\d+(?:[.,]\d+)?`;
const PERCENT = new RegExp(String.raw`(${PERCENT_FIGURE})\s*(?:%|prosent)`, 'g');
const PERCENT_IN = new RegExp(String.raw`\d\s*(?:%|prosent)`);

/** A cheap first test for INDEX_WORD: every word of the index vocabulary has one of these in it. */
function mayNameIndex(l: string): boolean {
  return l.includes('indeks') || l.includes('juster') || l.includes('regul') || l.includes('prisutvikling');
}

/**
 * The verbs of a sum's adjustment, bokmål and nynorsk («justeres», «blir regulert», «vert auka»,
 * «stiger», «heves»): between an object's name and its figure.
 */
// (and a decrease: «Varer reduseres med 2 %», «går ned med» — its rate is negative: see DECREASE)
const ADJUST_VERBS = String.raw`(?:justert|justerte|justeres|justerast|regulert|regulerte|reguleres|regulerast|oppregulert|oppreguleres|oppjustert|oppjusteres|indeksregulert|indeksreguleres|indeksregulerast|indeksjustert|indeksjusteres|indeksjusterast|økt|økes|øker|øke|økast|auka|aukar|auke|aukast|hevet|heves|heve|stiger|stige|går\s+opp|gå\s+opp|redusert|reduserte|reduseres|redusere|reduserast|nedjustert|nedjusteres|nedregulert|nedreguleres|senket|senkes|senka|går\s+ned|gå\s+ned|synker|søkk)`;
/** A decrease in the figure's clause: a verb before it («reduseres med 2 %», «går ned med»), a comparative after it («blir 2 % lavere»). */
const DECREASE_BEFORE = /(?<![a-zà-öø-ÿ])(?:redusert|reduserte|reduseres|redusere|reduserast|nedjustert|nedjusteres|nedregulert|nedreguleres|senket|senkes|senka|går\s+ned|gå\s+ned|synker|søkk)(?![a-zà-öø-ÿ])[^,;]*$/;
const DECREASE_AFTER = /^\s*(?:lavere|lågare|lavare|mindre)(?![a-zà-öø-ÿ])/;
/** The auxiliary before such a verb: «er», «blir», «vert», «skal», «vil (bli)», «kommer til å». */
// (an adverb may stand between: «blir i år justerte», «vert no regulert»)
const ADJUST_AUX = String.raw`(?:(?:er|blir|vert|skal|vil\s+bli|vil\s+verte|vil|kommer\s+til\s+å)\s+(?:(?:i\s+år|no|nå)\s+)?)`;

/** What may stand before «summene»: «forsikrings-», or the property whose sums they are («Bygningssummene», «innbosummen»). */
const SUMS_PREFIX = String.raw`(?:forsikrings|bygnings?|innbo|innbu|løsøre|lausøyre|maskin|vare|eiendels|eigedels)?`;

/** A heading over the sums' adjustment («Forsikringssummene», «Nye forsikringssummer»): its paragraph states the index rates. */
const SUMS_HEADING = /^(?:nye\s+|justering\s+av\s+|regulering\s+av\s+)?forsikringssum(?:mene|mer|men|mar|mane)?:?$/;
/** «… blir summene for bygninger justert opp med 4,1 prosent»: the sums of a property adjusted by a percentage. */
// (also one sum: «Forsikringssummen for bygninger blir regulert med 4,1 prosent», nynorsk «summane»;
// the change as a comparison: «• Hytte: forsikringssummen blir 4,2 % høyere», nynorsk «høgare»;
// and the value: «Forsikringsverdien for bygninger blir regulert med 4,1 prosent»)
const SUMS_SENTENCE = new RegExp(String.raw`(?<![a-zà-öø-ÿ])(?:${SUMS_PREFIX}summ(?:ene|ane|en|a)|forsikringsverdi(?:en|ene|ane|ar|er)?)\b[^.%]{0,60}?(?<![a-zà-öø-ÿ])(?:${ADJUST_VERBS}\s+(?:opp\s+)?med\s+\d+(?:[.,]\d+)?\s*(?:%|prosent)|(?:blir|vert)\s+\d+(?:[.,]\d+)?\s*(?:%|prosent)\s+(?:høyere|høgare|større|lavere|lågare|lavare|mindre))`);

/** «Forsikringssummene for bygninger og løsøre justeres hvert år …»: the rates follow (a rate table, «Bygninger 4,3 %»). */
// («Hvert år blir forsikringssummene justert slik at …»: the auxiliary before the sums)
const SUMS_ADJUSTED = /\bforsikringssummene\b[^.%\d]{0,60}?\b(?:justeres|reguleres|justerast|regulerast|(?:blir|vert)\s+(?:justert|regulert)e?)\b|\b(?:blir|vert)\s+forsikringssummene\s+(?:justert|regulert|indeksregulert)\b/;

/** Whether a lower-case text says a percentage in the words SUMS_SENTENCE ends with: «%» or «prosent». */
function percentSaid(l: string): boolean {
  return l.includes('%') || l.includes('prosent');
}

/** A heading «Forsikringssummene», or a sentence that adjusts the sums by a percentage: an index line without the word «indeks». */
function namesSums(u: Unit): boolean {
  if (u.heading) return !u.row && SUMS_HEADING.test(u.lower);
  // («Forsikringssummene og prisene for bygninger justeres med 4,2 prosent»: the price beside the sums is no price change)
  if (!(u.lower.includes('summ') || u.lower.includes('forsikringsverdi'))) return false;
  // (each pattern tried only where its own words are: SUMS_SENTENCE's every match ends in «%» or «prosent», SUMS_ADJUSTED's
  // names «forsikringssummene» — a letter's other lines about sums compile neither)
  if (!notRate(u.lower.replace(SUMS_AND_PRICE, ' '))) return (percentSaid(u.lower) && SUMS_SENTENCE.test(u.lower)) || (u.lower.includes('forsikringssummene') && SUMS_ADJUSTED.test(u.lower)) || sentencesOf(u.text).some(({ s }) => sumsClause(lowerCase(s)));
  // («Prisene på materialer har økt. Vi justerer derfor forsikringssummen på huset med 4,1 % …»: the
  // price beside it is another sentence's — the sentence that adjusts the sums names no price)
  return sentencesOf(u.text).some(({ s }) => {
    const l = lowerCase(s);
    return !notRate(l.replace(SUMS_AND_PRICE, ' ')) && (SUMS_SENTENCE.test(l) || SUMS_ADJUSTED.test(l) || sumsClause(l));
  });
}

/** The sums named as such («forsikringssummane», «summen»), and an adjusting verb («justerte», «aukar»). */
const SUMS_WORD = new RegExp(String.raw`(?<![a-zà-öø-ÿ])${SUMS_PREFIX}summ(?:ene|ane|en|a|er|ar)?(?![a-zà-öø-ÿ])`);
const ADJUST_WORD = new RegExp(String.raw`(?<![a-zà-öø-ÿ])(?:${ADJUST_VERBS}|justerer|regulerer|oppjusterer|indeksregulerer)(?![a-zà-öø-ÿ])`);
const DEDUCTIBLE_WORDS = /ei?genandel|eigendel|selvrisiko/;

/**
 * A sentence that adjusts the sums by a percentage, its words in any order — the verb first too
 * («Frå 1. januar 2025 aukar vi summane for bygningar med 3,9 %»): «Forsikringssummane vert
 * frå 1. januar 2025 justerte med 3,9 % for bygningar …», «Vi justerer forsikringssummane med 3,9 %
 * for …», «Frå 1. januar aukar forsikringssummen for bygningar med 3,9 prosent». Not one that names
 * a deductible («… eigenandelen til 10 % av forsikringssummen»): the percentage is of the sum.
 */
function sumsClause(l: string): boolean {
  return SUMS_WORD.test(l) && ADJUST_WORD.test(l) && PERCENT_IN.test(l) && !DEDUCTIBLE_WORDS.test(l) && !/%\s*av\s/.test(l);
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => LETTER.test(w)).length;
}

/** A label that can carry an index rate: it names property (a class other than `none`) and is not a price change. */
function indexLabel(label: string): boolean {
  const l = lowerCase(label);
  // («For Bygning - Sopp og råte blir egenandelen 15 % av erstatningen»: a deductible's percentage, no index rate)
  if (notRate(l) || DEDUCTIBLE_WORDS.test(l)) return false;
  const rule = ruleFor(label);
  return rule === undefined || rule.index_class !== 'none';
}

/** `Bygninger 5,2 %`, `Bygning: 3,3 %`, `Bygninger + 3,3 %` → label and percent; undefined when the text is not one rate. */
function rateOf(text: string): { label: string; percent: string } | undefined {
  const rate = labelledPercent(text);
  return rate && words(rate.label) <= 8 && indexLabel(rate.label) ? rate : undefined;
}

/** A line that is a label and a percentage, whatever the label names. */
function labelledPercent(text: string): { label: string; percent: string } | undefined {
  const t = text.trim();
  const m = RATE_LINE.exec(lowerCase(t));
  if (!m) return undefined;
  // the label as written: the text the group matched in lower case, from the start
  const label = nameInLabel(t.slice(0, m[1]!.length).replace(/:$/, '').trim());
  const percent = readDecimal(m[2]!.replace(/\s/g, ''));
  return percent === undefined ? undefined : { label, percent };
}

/**
 * «– Driftstap: 3,0 %» in a list of index rates, after a property's rate: the sum of a loss of income
 * follows an index too (object `other`). rateOf leaves a loss of income out, since a percentage beside
 * one elsewhere is its deductible or its price; among the classes' rates it is none of those.
 */
function lossOfIncomeRate(text: string): { label: string; percent: string } | undefined {
  const rate = labelledPercent(text);
  if (!rate || words(rate.label) > 3) return undefined;
  const l = lowerCase(rate.label);
  return LOSS_OF_INCOME.test(l) && !notRate(l) && !DEDUCTIBLE_WORDS.test(l) ? rate : undefined;
}

/** What stands between an object's name and its figure («… er», «justeres opp med», «øker med», «:»); (not `\b`: it sees no word's start before «ø») */
// («… blir det en justering på», «Bygninger: økning på»: the adjustment as a noun; «Bygninger – regulert med»: a dash between;
// «For innbu og lausøyre er satsen 3,6 prosent»: the rate named as a noun after the verb)
const FILLER_TAIL = String.raw`(.+?)\s*[:–—-]?\s*(?:(?<![a-zà-öø-ÿ])${ADJUST_AUX}?(?:${ADJUST_VERBS}\s+(?:opp\s+)?)?(?:med|på)\s*|(?<![a-zà-öø-ÿ])(?:(?:blir|vert)\s+det\s+(?:en|ei|ein)\s+)?(?:justering|regulering|økning|auke|oppjustering|oppregulering)\s+på\s*|\b(?:er|blir|vert|utgjør|utgjer)(?:\s+(?:satsen|auken|økningen|reguleringa|reguleringen|justeringa|justeringen))?\s*)?:?\s*$`;
/** Filler words around an object's name in a sentence («for bygninger er 3,3 %», «og varer 2,5 %»): the name after the last «for»/«på». */
const LEFT_FILLER = new RegExp(String.raw`^(?:.*\b(?:for|på)\s+)?${FILLER_TAIL}`);
/** The same, the name after the first «for»/«på» («for skog på rot reguleres opp med»): tried when the last gives no property. */
const LEFT_FILLER_FIRST = new RegExp(String.raw`^(?:.*?\b(?:for|på)\s+)?${FILLER_TAIL}`);
/** The whole stretch as the name («Løsøre på gårdsbruk og i næring justeres med 2,8 prosent»): tried last. */
const LEFT_FILLER_WHOLE = new RegExp(String.raw`^${FILLER_TAIL}`);
/** «… øker vi bygningssummene med 3,9 prosent»: the verb and its subject before the object's name. */
const WE_LEAD = /^(?:øker|aukar|justerer|regulerer|hever|endrer|endrar)\s+(?:vi|de|dei)\s+/;
const LEADING = /^(?:og|samt|mens|,|:|er|og for|for)\s+/;
/** «Med virkning fra 1. januar 2025 blir bygninger regulert …»: the date phrase that opens the clause is no part of the name. */
const DATE_LEAD = new RegExp(String.raw`^(?:med\s+(?:virkning|verknad)\s+)?(?:fra|frå|f\.o\.m\.?|per|pr\.?)\s+(?:${DATE_SOURCE})\s*,?\s*(?:(?:blir|vert|er|skal|vil)\s+)?`);
/** «… 4,2 % (bygninger) og 2,5 % (løsøre og varer)»: the name in brackets right after the figure. */
const BRACKET_RIGHT = /^\s*\(([^()%\d]+)\)/;
/** «… 4,2 % for bygninger og med 2,5 % for løsøre», «… mens løsøre økes …»: where a name to the right of a figure ends. */
// («En økning på 2,8 prosent gjelder maskiner, inventar og løsøre i næringslivet»: «gjelder» alone before the name)
// («… 3,9 prosent for maskiner og løsøre fra 1. januar 2025»: the name ends before the date's words)
// («3,7 prosent er tillegget for bygninger»: the rate named as a noun between the figure and its object)
const RIGHT_NAME = /^\s+(?:(?:(?:til|gjelder|gjeld|(?:er|blir|vert|utgjør|utgjer)\s+(?:tillegget|tillegga|påslaget|økningen|auken|justeringen|justeringa|reguleringen|reguleringa|satsen))\s+)?(?:for|på)|gjelder|gjeld)\s+([^,.;%\d]+?)(?=\s+(?:og|mens|samt)\s+(?:(?:for|med|på|er)\s+)?\d|\s+(?:og|mens|samt)\s+(?:med\s+)?(?:for|på)\b|\s+(?:fra|frå|f\.o\.m\.?|fom|med\s+virkning|gjeldende|gjeldande|ved|per|pr\.?|i\s+(?:år|(?:19|20)\d\d))(?![a-zà-öø-ÿ])|[,.;]|$)/;
/** A label that ends in the words of a sentence before its figure («… regulert med», «… er», «… på»). */
const SENTENCE_TAIL = new RegExp(String.raw`(?<![a-zà-öø-ÿ])(?:med|på|er|blir|vert|utgjør|utgjer)$`);

/**
 * The object's name in a rate line that is a sentence: «Bygninger vil bli regulert med 4,1 prosent»
 * is the rate of «Bygninger», «Forsikringssummen for bygninger stiger med 4,1 prosent» of
 * «bygninger» — not of the whole clause. A label without such words stays as it is («Maskiner,
 * inventar og løsøre i næringslivet»).
 */
function nameInLabel(label: string): string {
  const l = lowerCase(label);
  if (!SENTENCE_TAIL.test(l)) return label;
  for (const re of [LEFT_FILLER, LEFT_FILLER_FIRST]) {
    const name = re.exec(l)?.[1]?.replace(LEADING, '').trim();
    if (name && name !== l && classOf(name)) {
      const at = l.lastIndexOf(name);
      return label.slice(at, at + name.length);
    }
  }
  return label;
}

/**
 * «Samme sats gjelder for varer», nynorsk «Same sats for varer», «Den same satsen gjeld òg for …»: a
 * sentence without a figure that gives the rate just stated to another object.
 */
const SAME_RATE = /^(?:og\s+)?(?:den\s+)?(?:samme|same)\s+(?:sats(?:en)?|prosent(?:en)?|økning(?:en)?|auke(?:n)?|regulering(?:en|a)?)\s+(?:(?:gjelder|gjeld|brukes|blir\s+brukt|vert\s+brukt|nyttast)\s+)?(?:(?:også|òg|og)\s+)?(?:for|på)\s+([a-zà-öø-ÿ][^.;:%\d]*?)\s*[.!]?$/;

/** The rate of a SAME_RATE sentence: its object's name (a property class) with `percent`, the rate stated before it; none otherwise. */
function sameRate(s: string, percent: string | undefined): Array<{ label: string; percent: string; index: number }> {
  const t = s.trim();
  const m = percent === undefined ? null : SAME_RATE.exec(lowerCase(t));
  if (!m || words(m[1]!) > 8 || !classOf(m[1]!) || !indexLabel(m[1]!)) return [];
  const at = s.indexOf(t) + m[0].indexOf(m[1]!);
  return [{ label: s.slice(at, at + m[1]!.length), percent: percent!, index: at }];
}

/**
 * «Bygningssummene er justert med byggekostnadsindeksen. Økningen er 4,1 % fra 01.12.2025.»: a sentence that adjusts one
 * object's sums without a figure, then one whose subject refers back to that adjustment («Økningen», «Justeringen»,
 * «Reguleringen», nynorsk «Auken») and states its percentage — the rate of that object.
 */
const SUMS_ADJUSTED_BARE = /^([a-zà-öø-ÿ][a-zà-öø-ÿ-]{2,40}(?:\s+(?:og|for)\s+[a-zà-öø-ÿ][a-zà-öø-ÿ-]{2,40})?)\s+(?:er|blir|vert|har\s+blitt)\s+(?:indeks)?(?:justert|regulert|oppjustert|justerte|regulerte)\b[^.%\d]*\.?$/;
const REFERS_BACK = /^(?:økningen|auken|auka|justeringen|justeringa|reguleringen|reguleringa|indeksreguleringen|indeksreguleringa)\s+(?:er|blir|vert|utgjør|utgjer)\s+(?:på\s+)?(\d+(?:,\d+)?)\s*(?:%|prosent)(?=\s|[.,]|$)/;

/** The rate of a REFERS_BACK sentence `s`, given to the one object the sentence before it (`before`) adjusts (SUMS_ADJUSTED_BARE); none otherwise. */
function referredRate(s: string, before: string | undefined): Array<{ label: string; percent: string; index: number }> {
  if (before === undefined) return [];
  const t = s.trim();
  const m = REFERS_BACK.exec(lowerCase(t));
  const b = before.trim();
  const a = m ? SUMS_ADJUSTED_BARE.exec(lowerCase(b)) : null;
  const percent = m ? readDecimal(m[1]!) : undefined;
  if (!m || !a || percent === undefined || !classOf(a[1]!) || !indexLabel(a[1]!)) return [];
  return [{ label: b.slice(0, a[1]!.length), percent, index: s.indexOf(t) + m[0].indexOf(m[1]!) }];
}

/**
 * «Har du innbo i fritidsbolig eller personalbolig forsikret hos oss, øker denne summen med 3,2 prosent.»: the object named
 * in a condition the customer may meet, and the sum of it referred to in the main clause («denne summen», «summen», «den»).
 */
const CONDITIONAL_OBJECT = new RegExp(
  String.raw`^(?:har\s+(?:du|dere|de|dykk)|(?:dersom|om|hvis|viss)\s+(?:du|dere|de|dykk)\s+har)\s+([a-zà-öø-ÿ][a-zà-öø-ÿ -]{2,60}?)\s+(?:forsikret|forsikra)(?![a-zà-öø-ÿ])[^,.%\d]*,\s+(?:så\s+)?(?:øker|aukar|går\s+opp|blir|vert)\s+(?:denne\s+summen|den\s+summen|summen|den|disse\s+summene|desse\s+summane|summene)\s+(?:(?:også|òg)\s+)?(?:${ADJUST_VERBS}\s+)?(?:opp\s+)?med\s+(${PERCENT_FIGURE})\s*(?:%|prosent)(?=\s|[.,]|$)`,
);

/** The rate of a CONDITIONAL_OBJECT sentence, given to the object its condition names when a class names it; none otherwise. */
function conditionalRate(s: string): Array<{ label: string; percent: string; index: number }> {
  const t = s.trim();
  const m = CONDITIONAL_OBJECT.exec(lowerCase(t));
  const percent = m ? readDecimal(m[2]!) : undefined;
  if (!m || percent === undefined) return [];
  // (the thing before its place: «innbo i fritidsbolig eller personalbolig» → «innbo»; the place is no class of its own)
  const head = m[1]!.split(/\s+(?:i|på|til|hos|ved)\s+/)[0]!;
  const at = s.indexOf(t) + m[0].indexOf(m[1]!);
  const label = s.slice(at, at + head.length);
  if (!classOf(label) || !indexLabel(label) || /\s(?:og|eller)\s/.test(head)) return [];
  return [{ label, percent, index: s.indexOf(t) + m[0].lastIndexOf(m[2]!) }];
}

/** «henholdsvis», «hhv.»: figures that go with names listed elsewhere in the sentence, in order. */
const RESPECTIVELY = /\b(?:henholdsvis|hhv\.?|høvesvis)(?=\s)/;

/**
 * Rates stated in a sentence: each percent figure with the name of the property it is for, to its
 * right («5,2 % for bygninger») or to its left («bygninger 4,5 %», «for innbo er 2,1 prosent»).
 * Only names of a property class count (a year, a product's price change do not).
 */
/** A sentence of earlier rates set beside this year's: «Til sammenligning var …», nynorsk «Til samanlikning var …», «I fjor var …». */
const PAST_COMPARISON = /^\s*(?:til\s+(?:sammenligning|samanlikning)\s*,?\s+(?:var|har\s+vært|har\s+vore)|i\s+(?:fjor|fjar)\s+var)(?![a-zæøå])/;

function sentenceRates(s: string, unknown: string[] = []): Array<{ label: string; percent: string; index: number }> {
  const l = lowerCase(s);
  // («Til sammenligning var reguleringen for bygninger 3,4 % og for innbo 2,6 % i 2026.»: last year's rates, said to compare)
  if (PAST_COMPARISON.test(l)) return [];
  if (RESPECTIVELY.test(l)) return respectiveRates(s, l);
  const inOrder = listedThenFigures(s, l);
  if (inOrder.length > 0) return inOrder;
  if (unpairedRates(s)) return [];
  const out = figureRates(s, l, unknown);
  return out.length > 0 ? out : sharedRate(s, l);
}

/**
 * «Summene for bygning og innbo øker med 3,4 % og 3,6 %.»: two objects before two figures and no
 * «henholdsvis» — the sentence does not say which rate is whose. Neither is read (the callers warn
 * with the line); the first figure is never given to the whole list.
 */
const LIST_BEFORE_FIGURES = new RegExp(
  String.raw`(?:^|(?<![a-zà-öø-ÿ])(?:for|på)\s+)([a-zà-öø-ÿ][^%\d,.;:]*?(?:,\s*|\s+og\s+)[^%\d.;:]*?)\s+${ADJUST_AUX}?(?:${ADJUST_VERBS}\s+(?:opp\s+)?)?(?:med\s+)?${PERCENT_FIGURE}\s*(?:%|prosent)\s*(?:,|og)\s*${PERCENT_FIGURE}\s*(?:%|prosent)`,
);

function unpairedRates(s: string): boolean {
  const l = lowerCase(s);
  if (RESPECTIVELY.test(l)) return false;
  const m = LIST_BEFORE_FIGURES.exec(l);
  if (!m) return false;
  const names = namesOfList(m[1]!);
  return names !== undefined && names.length >= 2 && listedThenFigures(s, l).length === 0;
}

/** The names of a list before its figures: after the last «for» of the stretch («Summene for bygning og innbo»), or the stretch. */
function namesOfList(stretch: string): string[] | undefined {
  return /(?<![a-zà-öø-ÿ])(?:og|,)\s*(?:for|på)\s/.test(stretch) ? listedNames(stretch.replace(/^.*?(?<![a-zà-öø-ÿ])(?:for|på)\s+/, '')) : listedNames(stretch.replace(/^.*(?<![a-zà-öø-ÿ])(?:for|på)\s+/, ''));
}

/**
 * «Forsikringssummer for bygninger og maskiner er indeksjustert med 3,7 % og 4,1 %.»: two names of property and then two
 * figures, no «henholdsvis» — the figures go with the names in the order written, as a reader takes them (one thing has
 * no two rates); names and figures that do not count the same are not read (warned: unpairedRates).
 */
function listedThenFigures(s: string, l: string): Array<{ label: string; percent: string; index: number }> {
  const m = LIST_BEFORE_FIGURES.exec(l);
  if (!m) return [];
  const names = namesOfList(m[1]!);
  const tail = l.slice(m.index + m[0].length);
  // (a third figure right after the two, «… 3,7 %, 4,1 % og 2,0 %», is a list the pattern did not take whole)
  if (!names || FIGURE_NEXT.test(tail)) return [];
  const figures = [...m[0].matchAll(PERCENT)];
  if (figures.length !== names.length) return [];
  const percents = figures.map((f) => readDecimal(f[1]!.replace(/\s/g, '')));
  if (percents.some((p) => p === undefined)) return [];
  let from = m.index;
  return names.map((name, i) => {
    const k = l.indexOf(name, from);
    from = k + name.length;
    return { label: s.slice(k, k + name.length), percent: percents[i]!, index: m.index + figures[i]!.index! };
  });
}

/**
 * «Forsikringssummene for bygninger og løsøre er justert med indeksen, og økningen er 4,4 prosent
 * i år»: the sums of the objects listed after «for» adjusted, and one percentage in the sentence
 * that names no object of its own — the rate of each of them.
 */
const SUMS_FOR = new RegExp(String.raw`(?<![a-zà-öø-ÿ])(?:forsikrings)?summ(?:ene|ane|en|a)\s+for\s+([a-zà-öø-ÿ][^.,;%\d]*?)\s+${ADJUST_AUX}?${ADJUST_VERBS}(?![a-zà-öø-ÿ])`);

/**
 * «Forsikringssummen er indeksregulert med 3,9 %, slik at den følger prisutviklingen på innbo og løsøre»: the sum
 * (of a certificate's one thing) follows the prices of the property the sentence names at its end — that property's rate.
 */
const FOLLOWS_PRICES_OF = /(?<![a-zà-öø-ÿ])(?:følger|følgjer|i takt med|holder tritt med|held tritt med)\s+prisutvikling(?:en|a)\s+(?:på|for|av)\s+([a-zà-öø-ÿ][^.,;:%\d]*?)\s*(?:[.,;:]|$)/;

function followedPrices(s: string, l: string): Array<{ label: string; percent: string; index: number }> {
  const m = FOLLOWS_PRICES_OF.exec(l);
  const figures = [...l.matchAll(PERCENT)];
  if (!m || figures.length !== 1 || figures[0]!.index! > m.index || priceBefore(l.slice(0, figures[0]!.index))) return [];
  const name = m[1]!;
  const percent = readDecimal(figures[0]![1]!.replace(/\s/g, ''));
  if (percent === undefined || words(name) > 4 || !classOf(name)) return [];
  const at = m.index + m[0].indexOf(name);
  return [{ label: s.slice(at, at + name.length), percent, index: figures[0]!.index! }];
}

function sharedRate(s: string, l: string): Array<{ label: string; percent: string; index: number }> {
  const followed = followedPrices(s, l);
  if (followed.length > 0) return followed;
  const m = SUMS_FOR.exec(l);
  const figures = [...l.matchAll(PERCENT)];
  if (!m || figures.length !== 1 || priceBefore(l.slice(0, figures[0]!.index))) return [];
  const list = m[1]!;
  const names = listedNames(list) ?? (words(list) <= 4 && classOf(list) ? [list] : undefined);
  const percent = readDecimal(figures[0]![1]!.replace(/\s/g, ''));
  if (!names || percent === undefined) return [];
  const at = m.index + m[0].indexOf(list);
  let from = 0;
  return names.map((n) => {
    const k = list.indexOf(n, from);
    from = k + n.length;
    return { label: s.slice(at + k, at + k + n.length), percent, index: figures[0]!.index! };
  });
}

/**
 * «Indeksregulering per 01.04.2025: bygninger + 3,8 %»: the lead before a colon (what the line is
 * about, its date) is no part of the name before the figure — the name is what follows the colon.
 */
function afterLead(name: string | undefined): string | undefined {
  // («• Bygning: forsikringssummen blir 4,2 % høyere», «Innbo – summen øker med 3,1 prosent»: the sum named after
  // the object's label is the label's own sum — the name is before it)
  const own = name === undefined ? null : OWN_SUM.exec(name);
  if (own) return own[1];
  const k = name === undefined ? -1 : name.lastIndexOf(':');
  return k >= 0 && name!.slice(k + 1).trim() !== '' ? name!.slice(k + 1) : name;
}

/** «bygning: forsikringssummen», «innbo – summen»: an object's label, then its sum after a colon or a dash. */
const OWN_SUM = /^(.+?)\s*(?::|\s[–—-])\s*(?:forsikrings)?summ(?:en|ene|a|ane)$/;

const SUM_AFTER_COLON = /^\s*(?:forsikrings)?summ(?:en|ene|a|ane)\s/;

/** A clause of its own after a comma: «…, mens innbo …». */
const CLAUSE_START = /^\s*(?:mens|men)\s/;

/**
 * The stretch before a figure that another figure before it in the sentence leads into: only its own
 * clause, after the last «,» or «;», when what stands before that names no object — «… øker med 3,4 %
 * ved fornyelsen, innbo med 3,6 %» is the rate of «innbo», not of «ved fornyelsen, innbo». (A list of
 * names, «…, maskiner, inventar og løsøre med 3,6 %», stays whole.)
 */
function ownClause(stretch: string, afterFigure: boolean): string {
  if (!afterFigure) return stretch;
  const k = Math.max(stretch.lastIndexOf(','), stretch.lastIndexOf(';'));
  // («…, mens innbo og løsøre hos privatpersoner justeres med 3,1 prosent»: «mens» after the comma starts a clause of its own)
  return k >= 0 && (!classOf(stretch.slice(0, k)) || CLAUSE_START.test(stretch.slice(k + 1))) ? stretch.slice(k + 1) : stretch;
}

/** «…, og verdisaker med 2,0 %»: after a figure, another object's name and its figure (OTHER_OBJECT's name is no index class). */
const OTHER_OBJECT = new RegExp(String.raw`^\s*,?\s*(?:og|samt|mens)\s+(?:for\s+)?([a-zà-öø-ÿ]+(?:\s+[a-zà-öø-ÿ]+)?)\s+(?:${ADJUST_AUX}?${ADJUST_VERBS}\s+(?:opp\s+)?)?(?:med|på)\s*$`);

/** A bracket of words after a name: «maskinar og lausøyre i næringsverksemda di (utleigehyttene på Flåm) med 4,1 prosent». */
const ASIDE = /(?<=[a-zà-öø-ÿ]\s)\([^()%\d]*\)/g;

/**
 * The text with each bracket of words after a name blanked, of the same length: an aside that says where or which
 * («(utleigehyttene på Flåm)») is no part of the object's name, and its «på» is no «for»/«på» before one.
 */
function withoutAsides(l: string): string {
  return l.replace(ASIDE, (b) => ' '.repeat(b.length));
}

/**
 * The rates of a sentence each figure names an object for (see sentenceRates). A figure after a rate
 * for a name no index class has («Bygninger øker med 3,4 %, og verdisaker med 2,0 %») is not read:
 * `unknown` gets «name» and figure, for the callers' warning.
 */
function figureRates(s: string, l: string, unknown: string[] = []): Array<{ label: string; percent: string; index: number }> {
  const out: Array<{ label: string; percent: string; index: number }> = [];
  let pending: Array<{ percent: string; index: number }> = [];
  const aside = withoutAsides(l);
  let boundary = l.lastIndexOf(':', l.search(/\d/)) + 1;
  // («Bygning: forsikringssummen blir 4,2 % høyere»: the colon ends the object's label, not a lead before it)
  if (SUM_AFTER_COLON.test(l.slice(boundary))) boundary = 0;
  /** Whether a figure stands before this one in the sentence: a name before it may be that figure's (see ownClause). */
  let figureBefore = false;
  /** Where the text a price word would make a price change starts: the sentence, then the last figure's end. */
  let from = 0;
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(l); m; m = PERCENT.exec(l)) {
    const stated = readDecimal(m[1]!.replace(/\s/g, ''));
    // («Varer reduseres med 2 %», «Varer: forsikringssummen blir 2 % lavere»: a decrease, the rate below zero)
    const down = stated !== undefined && !stated.startsWith('-') && stated !== '0' && (DECREASE_BEFORE.test(l.slice(boundary, m.index)) || DECREASE_AFTER.test(l.slice(m.index + m[0].length)));
    const percent = down ? `-${stated}` : stated;
    const end = m.index + m[0].length;
    // «Premien for bygninger øker med 4 %, og for løsøre med 3 %»: a price change, and so is what follows it;
    // «… reguleres med 3,5 % i tråd med tømmerprisene»: a price word after the figure, in its clause, at a word's start
    if (priceBefore(l.slice(from, m.index))) break;
    from = end;
    if (PRICE_WORD.test(CLAUSE_AFTER.exec(l.slice(end))![0])) {
      boundary = end;
      continue;
    }
    let label: string | undefined;
    const stretchAt = boundary;
    const stretch = l.slice(stretchAt, m.index);
    // to the right: «10,3 % for maskiner og løsøre», up to the next figure, comma or full stop
    const right = RIGHT_NAME.exec(l.slice(end)) ?? BRACKET_RIGHT.exec(l.slice(end));
    if (right && classOf(right[1]!)) label = s.slice(end + right[0].indexOf(right[1]!), end + right[0].indexOf(right[1]!) + right[1]!.length);
    else {
      // (the name stands right before the figure: a long stretch is cut to its end, where the name is)
      const seg = ownClause(aside.slice(Math.max(boundary, m.index - 80), m.index), figureBefore).replace(LEADING, '').trim();
      const nameBy = (re: RegExp) => afterLead(re.exec(seg)?.[1])?.replace(LEADING, '').replace(DATE_LEAD, '').replace(WE_LEAD, '').trim();
      let name = nameBy(LEFT_FILLER);
      if (!(name && classOf(name))) name = nameBy(LEFT_FILLER_FIRST);
      if (!(name && classOf(name))) name = nameBy(LEFT_FILLER_WHOLE)?.replace(/[,;:]+$/, '');
      if (name && words(name) <= 8 && classOf(name)) {
        const at = boundary + aside.slice(boundary, m.index).lastIndexOf(name);
        label = s.slice(at, at + name.length);
      }
    }
    boundary = end;
    figureBefore = true;
    if (label === undefined) {
      // «4,2 % og 2,5 % for bygninger og løsøre»: a figure without a name, another figure after it
      if (percent !== undefined && FIGURE_NEXT.test(l.slice(end))) pending.push({ percent, index: m.index });
      else {
        pending = [];
        const other = out.length > 0 ? OTHER_OBJECT.exec(stretch) : null;
        if (other && ruleFor(other[1]!) === undefined && !notRate(other[1]!)) {
          const at = stretchAt + other[0].indexOf(other[1]!);
          unknown.push(`«${s.slice(at, at + other[1]!.length)}» (${s.slice(m.index, end).trim()})`);
        }
      }
      continue;
    }
    if (right) boundary = end + right[0].length;
    if (percent === undefined || !indexLabel(label)) continue;
    if (pending.length > 0) {
      // the figures before go with the names in order, when the names count as many; else which is whose is not said
      const names = listedNames(label);
      const at = s.indexOf(label);
      if (names && names.length === pending.length + 1) {
        const figs = [...pending, { percent, index: m.index }];
        let from = 0;
        names.forEach((n, i) => {
          const k = label.indexOf(n, from);
          from = k + n.length;
          out.push({ label: s.slice(at + k, at + k + n.length), percent: figs[i]!.percent, index: figs[i]!.index });
        });
      }
      pending = [];
      continue;
    }
    out.push({ label: label.trim().replace(/[,;:]+$/, ''), percent, index: m.index });
  }
  return out;
}

/**
 * «Forsikringssummene og prisene for bygninger justeres med 4,2 prosent», «Summene og premien»: the
 * price named beside the sums changes with them — the figure is the sums' index rate too.
 */
const SUMS_AND_PRICE = /(?<![a-zà-öø-ÿ])(?:forsikrings)?summ(?:ene|er|ane|ar)\s+og\s+(?:prisene|prisane|prisen|premiene|premiane|premien|premie|pris)(?![a-zà-öø-ÿ])|(?<![a-zà-öø-ÿ])(?:prisene|prisane|prisen|premiene|premiane|premien|premie|pris)\s+og\s+(?:forsikrings)?summ(?:ene|er|ane|ar)(?![a-zà-öø-ÿ])/g;

/**
 * Whether a stretch of a sentence before a figure makes the figure a change of the price: a price
 * word at a word's start («… justeres prisene med 4,2 prosent», «Premien for bygninger øker med 4 %»),
 * not one named beside the sums («summene og prisene … justeres med …») and not the market prices
 * a compound names («kvadratmeterprisene», «tømmerprisene»: what the sums follow, not the premium).
 */
function priceBefore(stretch: string): boolean {
  return PRICE_WORD.test(stretch.includes(' og ') ? stretch.replace(SUMS_AND_PRICE, ' ') : stretch);
}

/**
 * A sentence whose percentage is a price change by priceBefore («Fra 1. januar 2026 justeres
 * prisene med 4,2 prosent i tråd med konsumprisindeksen»): in an index section it is said, not read
 * as an index rate — the letters that state both keep them apart («Premieøkninger utover indeks …»).
 */
function statesPriceChange(s: string): boolean {
  const l = lowerCase(s);
  const m = /\d\s*(?:%|prosent)/.exec(l);
  return m !== null && priceBefore(l.slice(0, m.index));
}

/** The clause after a figure: up to the next comma, semicolon, full stop or figure. */
const CLAUSE_AFTER = /^[^,;.\d]*/;
/** A word of a price change at a word's start («pris », «premien»; not «tømmerprisene»). */
const PRICE_WORD = new RegExp(
  String.raw`(?<![a-zà-öø-ÿ])(?:${INDEX.notRates.map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (w.endsWith(' ') ? '(?![a-zà-öø-ÿ])' : '')).join('|')})`,
);

/** «… og 2,5 %», «…, 2,5 %»: another figure right after one. */
const FIGURE_NEXT = /^\s*(?:,|og)\s*[+-]?\s?\d/;

/** The names of a list («bygninger og løsøre», «bygning, løsøre og varer»), each naming property, or undefined. */
function listedNames(text: string): string[] | undefined {
  // («for bygning og for maskiner, inventar og løsøre»: the preposition said again parts the list's items, and an item may be a
  // list of its own — «maskiner, inventar og løsøre», one class)
  const parts = /\s(?:og|,)\s*(?:for|på)\s/.test(text) ? text.split(/\s*,\s*(?:for|på)\s+|\s+og\s+(?:for|på)\s+/) : text.split(/\s*,\s*|\s+og\s+/);
  const names = parts.map((n) => n.trim()).filter((n) => n !== '');
  return names.length >= 2 && names.every((n) => words(n) <= 4 && classOf(n)) ? names : undefined;
}

const RESPECTIVE_FIGURES = /^((?:[+-]?\s?\d+(?:[.,]\d+)?\s*(?:%|prosent)(?:\s*,\s*|\s+og\s+)?){2,})/;
/** The names before «henholdsvis»: after the last «for» or «på», up to the verb. */
/**
 * «… er indeksregulert fra 01.05.2026 med henholdsvis …», «… justeres frå 1. januar 2026 med hhv. …»: the date the rates
 * apply from, between the verb and the figures.
 */
// («… er indeksregulert av If fra 1/2-25 med hhv. …»: the insurer that adjusts them named before the date, and a date written
// day/month-year)
// («… er indeksregulert ved fornyelsen 1.4.2025 med henholdsvis 2,6 % og 3,7 %»: the renewal the rates apply at, its date after it)
const A_DATE = String.raw`(?:\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[a-zæøå]+\s+\d{4})|\d{1,2}\/\d{1,2}-\d{2,4})`;
const FROM_DATE = String.raw`(?:av\s+[a-zà-öø-ÿ0-9&-]+(?:\s+[a-zà-öø-ÿ0-9&-]+)?\s+(?=fra|frå|fom|f\.o\.m|per|pr|ved|med))?(?:(?:fra|frå|fom\.?|f\.o\.m\.?|per|pr\.?)\s+(?:og\s+med\s+)?(?:${A_DATE}|(?:hovedforfall|hovudforfall|fornyelsen|fornyinga)(?:\s+\d{4})?)\s+|(?:ved|frå|fra)\s+(?:fornyelsen|fornyinga|hovedforfall|hovudforfall)(?:\s+${A_DATE})?\s+)?`;
const NAMES_BEFORE_FOR = new RegExp(String.raw`\b(?:for|på)\s+([a-zà-öø-ÿ][^%\d]*?)\s+${ADJUST_AUX}?${ADJUST_VERBS}\s+(?:opp\s+)?${FROM_DATE}(?:med\s+)?$`);
const NAMES_BEFORE = new RegExp(String.raw`^([a-zà-öø-ÿ][^%\d]*?)\s+${ADJUST_AUX}?${ADJUST_VERBS}\s+(?:opp\s+)?${FROM_DATE}(?:med\s+)?$`);
const NAMES_AFTER = /^\s+(?:for|på)\s+([^.;%\d]+?)\s*(?:[.;]|$)/;

/**
 * «Summene for bygninger og løsøre justeres med henholdsvis 4,2 % og 2,5 %», «… med hhv. 4,2 % og
 * 2,5 % for bygninger og løsøre»: the figures go with the names in order, only when the names count
 * as many as the figures (else none is read, and the section's warning says so).
 */
function respectiveRates(s: string, l: string): Array<{ label: string; percent: string; index: number }> {
  const at = RESPECTIVELY.exec(l)!;
  const afterWord = at.index + at[0].length;
  const figs = RESPECTIVE_FIGURES.exec(l.slice(afterWord).trimStart());
  if (!figs) return [];
  const figStart = afterWord + (l.slice(afterWord).length - l.slice(afterWord).trimStart().length);
  const percents: Array<{ percent: string | undefined; index: number }> = [];
  const re = new RegExp(PERCENT.source, 'g');
  for (let m = re.exec(figs[1]!); m; m = re.exec(figs[1]!)) percents.push({ percent: readDecimal(m[1]!.replace(/\s/g, '')), index: figStart + m.index });
  const head = l.slice(0, at.index);
  const before = NAMES_BEFORE_FOR.exec(head) ?? NAMES_BEFORE.exec(head);
  const after = NAMES_AFTER.exec(l.slice(figStart + figs[1]!.length));
  const listed = (before && listedNames(before[1]!)) ?? (after && listedNames(after[1]!));
  if (!listed || listed.length !== percents.length || percents.some((p) => p.percent === undefined)) return [];
  // (the labels as written: the names are found again in the sentence, in order)
  let from = 0;
  return listed.map((name, i) => {
    const k = l.indexOf(name, from);
    from = k + name.length;
    return { label: s.slice(k, k + name.length), percent: percents[i]!.percent!, index: percents[i]!.index };
  });
}

/**
 * The classes a rate's label names: one, or each of a list's («Løsøre og varer»: maskin_losore and
 * varer). Household contents take the løsøre with them («Innbo og løsøre» is one class, innbo).
 */
function objectsOf(label: string): IndexClass[] {
  const one = rateObjectClass(label);
  const parts = label.split(/\s*,\s*|\s+og\s+|\s+samt\s+/).filter((p) => p.trim() !== '');
  if (parts.length < 2) return [one];
  const classes = parts.map((p) => ruleFor(p)?.index_class);
  if (classes.some((c) => c === undefined || c === 'none' || c === 'other') || classes.includes('innbo')) return [one];
  const distinct = [...new Set(classes as IndexClass[])];
  return distinct.length >= 2 ? distinct : [one];
}

/** Does a name in a sentence stand for property the table knows (a class, or standing forest's `other`)? */
function classOf(name: string): boolean {
  const rule = ruleFor(name);
  return rule !== undefined && rule.index_class !== 'none';
}

/** A column header that names the year a rate applies to, or says it is this year's or last year's. */
const THIS_YEAR_HEADER = /^(?:i år|ny|nytt|ny sats|nye? satse?r?|nå|fra nå|gjeldende|gjeldende sats|årets (?:sats|indeks|regulering|justering|endring)|sats i år|indeks i år)$/;
const LAST_YEAR_HEADER = /^(?:i fjor|tidligere|før|gammel|gammel sats|forrige år|fjorårets (?:sats|indeks|regulering|justering|endring)|forrige års (?:sats|indeks)|sats i fjor|indeks i fjor|tidligere sats)$/;
/**
 * A column header that names one year: «2026», «i 2026», «for 2026», «Indeks 2026», «Sats 2026 (%)».
 * (not «før 2026» or «til 2026»: a year after those words is no column's own year)
 */
const YEAR_HEADER = /^(?:(?:i|for|fra|indeks|indeksregulering|indeksjustering|regulering|justering|sats|satser|endring|prosent|år)\s+)?((?:19|20)\d{2})(?:\s*\(?(?:%|prosent)\)?)?$/;
const ONE_PERCENT = /^[+-]?\s?\d+(?:[.,]\d+)?\s*(?:%|prosent)$/;

/**
 * A rate row with a column per year («Bygninger | 6,2 % | 3,7 %» under «Objekt | 2024 | 2025», or
 * «I fjor | I år»): this year's column — the latest year, or the one headed «I år», «Ny» — when the
 * header says which; otherwise `unclear` (a warning: the rates are not guessed).
 */
function yearColumnRate(u: Unit, header: Unit | undefined): { label: string; percent: string; cell: string } | 'unclear' | undefined {
  const cells = u.cells;
  const percents = cells.map((c, i) => (ONE_PERCENT.test(c.trim().toLowerCase()) ? i : -1)).filter((i) => i > 0);
  if (percents.length < 2 || ONE_PERCENT.test(cells[0]!.trim().toLowerCase())) return undefined;
  const label = cells[0]!.trim();
  if (words(label) > 8 || !indexLabel(label)) return undefined;
  const heads = header?.cells.length === cells.length ? header.cells.map((c) => c.trim().toLowerCase()) : undefined;
  if (!heads) return 'unclear';
  const years = percents.map((i) => YEAR_HEADER.exec(heads[i]!.replace(/\.$/, ''))?.[1]);
  let col: number | undefined;
  // (two columns of one year: which is the rate is not said)
  if (years.every((y) => y !== undefined) && new Set(years).size === years.length) {
    const latest = Math.max(...years.map(Number));
    col = percents[years.findIndex((y) => Number(y) === latest)];
  } else {
    const now = percents.filter((i) => THIS_YEAR_HEADER.test(heads[i]!));
    const before = percents.filter((i) => LAST_YEAR_HEADER.test(heads[i]!));
    if (now.length === 1 && now.length + before.length === percents.length) col = now[0];
  }
  if (col === undefined) return 'unclear';
  const percent = readDecimal(cells[col]!.trim().replace(/\s*(?:%|prosent)$/i, '').replace(/\s/g, ''));
  return percent === undefined ? 'unclear' : { label, percent, cell: cells[col]! };
}

const PERCENT_CELL = String.raw`${PERCENT_FIGURE}\s*(?:%|prosent)`;
const PERCENT_CELLS = new RegExp(PERCENT_CELL, 'gi');
/** «Maskiner og løsøre 4,0 % 2,9 %»: a name and two or more percentages, one space apart (a table whose columns a PDF or an e-mail ran together). */
const PERCENT_RUN = new RegExp(String.raw`^(\D*?\S)\s+(${PERCENT_CELL}(?:\s+${PERCENT_CELL})+)\s*\.?$`, 'i');
/** «Indeksklasse 2024 2025», «Objekt I fjor I år»: a header line ending in one column head per rate. */
const YEARS_RUN = /^(.*?\S)\s+((?:(?:19|20)\d{2}\s+)+(?:19|20)\d{2})\s*$/;
const FJOR_AAR_RUN = /^(.*?\S)\s+(i fjor)\s+(i år)\s*$/i;

/**
 * A line of one name and several percentages with no cells between them — rates per year whose
 * columns were run together — as cells, with the line above as its header's cells when that line
 * ends in as many years («2024 2025») or in «I fjor I år»; undefined when the line is no such run.
 * It is then read as a rate table's row: the figure under this year's head, or a warning — never
 * the first figure because it comes first.
 */
function percentRun(u: Unit, above: Unit | undefined): { row: Unit; header: Unit | undefined } | undefined {
  // (a row whose cell holds the run, «Bygninger | 6,1 % 4,3 %», under «Indeksklasse | 2024 2025», is one too)
  const m = PERCENT_RUN.exec(u.row ? u.cells.map((c) => c.trim()).join(' ') : u.text.trim());
  if (!m) return undefined;
  const figures = m[2]!.match(PERCENT_CELLS)!;
  const row = { ...u, cells: [m[1]!, ...figures] };
  const t = (above?.row ? above.cells.map((c) => c.trim()).join(' ') : above?.text.trim()) ?? '';
  const y = YEARS_RUN.exec(t);
  const f = y ? undefined : FJOR_AAR_RUN.exec(t);
  const heads = y ? [y[1]!, ...y[2]!.split(/\s+/)] : f ? [f[1]!, f[2]!, f[3]!] : undefined;
  return { row, header: above && heads ? { ...above, cells: heads } : undefined };
}

/** Two percentages with nothing between them («4,0 % 2,9 %»): a run of columns, whose figure is whose a sentence cannot say. */
const TWO_PERCENTS = new RegExp(String.raw`\d\s*(?:%|prosent)\s+${PERCENT_CELL}`, 'i');

/** The line above a table's rows: the first unit above `at` that is not itself a run of percentages. */
function lineAbove(units: readonly Unit[], at: number): Unit | undefined {
  let k = at - 1;
  while (k >= 0 && PERCENT_RUN.test(units[k]!.text.trim())) k--;
  return units[k];
}

/** Words of a rate column's header: «Indeks 2026», «Årets sats», «Regulering 2025». */
const RATE_COLUMN = /indeks|sats|regulering|justering/;

/** A row of a first cell and two or more rate columns' headers (see RATE_COLUMN). */
function rateColumnsHeader(u: Unit): boolean {
  if (!u.row || u.text.includes('%')) return false;
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  return cells.length >= 3 && cells.slice(1).every((c) => c.length <= 30 && RATE_COLUMN.test(lowerCase(c)));
}

export function readLetterRates(r: Reading): void {
  readIndex(r);
  readNaturalDamage(r);
}

/**
 * «Bygningene reguleres med 4,5 %», «Varene blir justert med 2,1 prosent fra 1. januar 2026»: a line
 * that is only a property's adjustment by a percentage names the index itself, also under a heading
 * that does not («Nyheter ved fornyelsen»). The name opens the line and is a property class.
 */
const PROPERTY_ADJUSTED = new RegExp(
  String.raw`^([a-zà-öø-ÿ][a-zà-öø-ÿ ]{2,40}?)\s+${ADJUST_AUX}?${ADJUST_VERBS}\s+(?:opp\s+)?med\s+${PERCENT_FIGURE}\s*(?:%|prosent)(?:\s+(?:fra|frå|f\.o\.m\.?|per|pr\.?)\s+(?:${DATE_SOURCE}))?\.?$`,
);

function adjustsProperty(u: Unit): boolean {
  // (every match says «med» before its figure: a rate's row, «Bygning 4,5 %», is not tried — the pattern is one of the
  // dearest of a letter's to compile)
  if (u.row || !(u.text.includes('%') || u.lower.includes('prosent')) || !u.lower.includes('med')) return false;
  const name = PROPERTY_ADJUSTED.exec(u.lower.trim())?.[1];
  return name !== undefined && words(name) <= 4 && classOf(name) && indexLabel(name);
}

/** An index line or heading, or the header row of a rate table («Objekt | Indeksregulering»). */
function namesIndex(u: Unit): boolean {
  return ((mayNameIndex(u.lower) && INDEX_WORD.test(u.lower)) || namesSums(u) || adjustsProperty(u)) && !(u.row && rateOf(u.text)) && !indexObjectRate(u) && !sumFieldRemark(u);
}

/**
 * «Forsikringssum:   kr 900 000,- (fast sum, indeksreguleres ikke)»: a record's sum field whose remark says the index does not
 * adjust it — the sum's own field, which the schedule reads (its class then `none`); no index line, which took it from the record.
 */
function sumFieldRemark(u: Unit): boolean {
  // (a row too: «Forsikringssum:» and its value set apart by blanks are two cells of one line)
  if (u.label === undefined || columnOf(u.label) !== 'sum' || u.text.includes('%') || (u.row && u.cells.filter((c) => c.trim() !== '').length > 2)) return false;
  const value = u.text.slice(u.text.indexOf(':') + 1);
  return SUM_VALUE_FIRST.test(value);
}
/** A field's value that opens with an amount («kr 900 000,-», «900 000 kr»). */
const SUM_VALUE_FIRST = /^\s*(?:(?:kr\.?|nok)\s*)?\d{1,3}(?:[ .\u00a0]\d{3})*(?:,(?:-|\d{2}))?(?:\s*(?:kr|nok))?(?:\s|[,(]|$)/i;

/** The index's word and then (perhaps after «for») the rest of a rate's label: «indeksregulering bygning», «indeksjustering for innbo». */
const INDEX_THEN_NAME = /^([a-zæøå]*indeks[a-zæøå]*)\s+(?:for\s+)?([a-zà-öø-ÿ].*)$/;

/**
 * «Indeksregulering bygning: 4,6 %», «Indeksregulering innbo/løsøre: 3,0 %» (a forwarded e-mail's lines): a
 * line whose label is the index's word and a property's name is that property's rate, as a row of a table
 * is. The name after the word must be a property class: «Indeksregulering: 4,6 %» names none, and stays
 * an index line whose percentage is unread.
 */
function indexObjectRate(u: Unit): boolean {
  if (u.row || !u.lower.includes('indeks') || !u.text.includes('%')) return false;
  const rate = rateOf(u.text);
  const m = rate ? INDEX_THEN_NAME.exec(lowerCase(rate.label)) : null;
  return m !== null && INDEX_WORD.test(m[1]!) && classOf(m[2]!);
}

/**
 * A schedule's header row with a column of the index beside two columns of figures or more
 * («Forsikring | Sum | Indeksregulering | Egenandel»): its rows are coverages, whose index cell
 * holds a class («Byggekost», «KPI», «Ja»), not a rate — no index section.
 */
function scheduleHeader(u: Unit, next: Unit | undefined): boolean {
  // (a rate under it, «Bygning | … | 4,2 %», makes it a rate table's header after all)
  if (!u.row || DIGIT_ANY.test(u.text) || next?.text.includes('%')) return false;
  const figures = u.cells.filter((c) => {
    const col = columnOf(c);
    return col === 'sum' || col === 'deductible' || col === 'premium';
  });
  return figures.length >= 2;
}
const DIGIT_ANY = /\d/;

/**
 * Index rates: an index line opens a window of a few units in which rates may follow (rows, lines,
 * sentences); each rate read keeps it open. A unit outside any window is skipped.
 */
function readIndex(r: Reading): void {
  const scan = new IndexScan(r);
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    // («Varer: ingen regulering» names the index's word too: read before it opens a section of its own)
    if (scan.window > 0 && scan.readUnregulated(u)) continue;
    // «¹ Bygning 3,9 %, innbo og løsøre 3,4 %» at the foot of the page the body's «forsikringssummene er justert¹» points to
    const note = sumsFootnote(r, u);
    if (note !== undefined) {
      scan.openIndexLine(u, note);
      continue;
    }
    if (namesIndex(u) && !scheduleHeader(u, r.units[at + 1])) {
      scan.openIndexLine(u);
      continue;
    }
    // «Indeksregulering bygning ....... 4,2 %» on a line of its own (a notice in two columns, its pairs
    // apart): a rate whose label names the index opens the window it is read in
    // («Indeksregulering bygning: 4,6 %» as a line of text the same, when its label names a property: indexObjectRate)
    if (scan.window === 0 && ((u.row && mayNameIndex(u.lower) && INDEX_WORD.test(u.lower) && rateOf(u.text)) || indexObjectRate(u))) scan.window = 1;
    if (scan.window === 0) {
      // «Objekt | Indeks jan. | Indeks jul.», «Objekt | Fjorårets sats | Årets sats»: a rate table's header
      // opens its rows, wherever it stands
      if (rateColumnsHeader(u)) scan.openRateTable(u);
      continue;
    }
    if (scan.readYearColumns(u, at) || scan.readRateCells(u) || scan.readRateLine(u) || scan.readRateSentence(u)) continue;
    scan.readListIntro(u);
    // («Indeksregulering bygning ....... 4,2 %      Naturskade ....... 0,08 ‰»: the pair beside a rate, on its line, closes no window)
    if (scan.besideRate(u)) continue;
    if (scan.found) scan.window = 0;
    else scan.window--;
  }
  scan.warnUnreadSection();
  scan.checkLeadDates();
  const kept = dropConflicts(r, scan.rates, scan.conflicts);
  if (kept.length === 0) return;
  if (scan.effective === undefined) scan.effective = indexDateField(r) ?? changesHeadingDate(r);
  r.policy.index_regulation = scan.effective !== undefined ? { effective: scan.effective, rates: kept } : { rates: kept };
}

/** «Indeksdato:  01.01.2025»: an index date's label (vocabulary's INDEX.dateLabels), its colon, a date and nothing else. */
const INDEX_DATE_FIELD = new RegExp(String.raw`^(?:${INDEX.dateLabels.join('|')})\s*:\s*(${DATE_SOURCE})\s*$`);

/**
 * The date a field of the notice's head gives the index rates («Indeksdato: 01.01.2025» among «Avtalenr.:» and «Dato:», the
 * rates under «Fra indeksdatoen justerer vi summene med disse satsene:»), for rates no nearer line dates. Fields that state
 * different dates are a warning, and none is used.
 */
function indexDateField(r: Reading): string | undefined {
  const found: Array<{ u: Unit; iso: string; at: number }> = [];
  for (const u of r.units) {
    if (u.lines.length !== 1) continue;
    const t = u.lower.trim();
    const m = INDEX_DATE_FIELD.exec(t);
    const iso = m ? readDate(m[1]!) : undefined;
    if (m && iso) found.push({ u, iso, at: u.lower.indexOf(t) + t.lastIndexOf(m[1]!) });
  }
  return oneEffectiveDate(r, found, 'fields');
}

/**
 * The one date that places found for the index rates' effective date state (traced to the first), or none: places
 * that state different dates are a warning, and neither is used.
 */
function oneEffectiveDate(r: Reading, found: ReadonlyArray<{ u: Unit; iso: string; at: number }>, what: string): string | undefined {
  const dates = [...new Set(found.map((f) => f.iso))];
  if (dates.length > 1) {
    r.warnUnit(found[1]!.u, `index rates: the ${what} state different dates (${quote(found[0]!.u.text)}, ${quote(found[1]!.u.text)}); no effective date is used`);
    return undefined;
  }
  if (dates.length === 0) return undefined;
  r.atUnit('index_regulation.effective', found[0]!.u, found[0]!.at);
  return dates[0];
}

/** «Nytt frå 1. januar 2025», «Endringer i forsikringene dine fra 01.01.2025»: a heading of the changes that ends in their date. */
const CHANGES_HEADING = new RegExp(
  String.raw`^(?:[^.;%]*?[^a-zà-öø-ÿ])?(?:${INDEX.changesHeadings.join('|')})(?![a-zà-öø-ÿ])[^.;%\d]*?\s(?:fra|frå|f\.o\.m\.?|gjelder fra|gjeld frå)\s+(${DATE_SOURCE})\s*:?$`,
);

/**
 * The date a heading of the letter's changes states, for index rates no nearer line dates: the changes of a
 * renewal letter apply from its renewal. Headings that state different dates are a warning, and none is used.
 */
function changesHeadingDate(r: Reading): string | undefined {
  const found: Array<{ u: Unit; iso: string; at: number }> = [];
  for (const u of r.units) {
    if (u.row || u.bullet || u.lines.length !== 1 || !u.heading) continue;
    const m = CHANGES_HEADING.exec(u.lower);
    const iso = m ? readDate(m[1]!) : undefined;
    if (m && iso) found.push({ u, iso, at: m.index + m[0].lastIndexOf(m[1]!) });
  }
  return oneEffectiveDate(r, found, 'headings');
}

/** A footnote's marker at the start of its line: a superscript figure or one to three stars. */
const FOOTNOTE_MARK = /^([¹²³⁴⁵⁶⁷⁸⁹]|\*{1,3})\s*(?=[A-Za-zÀ-ÖØ-öø-ÿ])/;
const WORD_BEFORE = /([a-zà-öø-ÿ]+)$/;

/**
 * A footnote that states percentages, whose marker stands right after the sums or their adjustment in
 * another unit («Ved fornyelsen er forsikringssummene justert¹» over «¹ Bygning 3,9 %, innbo og løsøre
 * 3,4 %»): the length of its marker and the space after it in the unit's text (where its rates start), else undefined.
 */
function sumsFootnote(r: Reading, u: Unit): number | undefined {
  // («* Bygning 3,9 %» is read as a bullet: its text has the star taken off already)
  const m = FOOTNOTE_MARK.exec(u.text) ?? (u.bullet ? FOOTNOTE_MARK.exec(u.lines[0]!.text.trim()) : null);
  if (!m || !PERCENT_IN.test(u.lower)) return undefined;
  const skip = u.text.startsWith(m[1]!) ? m[0].length : 0;
  const mark = m[1]!;
  const pointsHere = (x: Unit): boolean => {
    for (let k = x.lower.indexOf(mark); k > 0; k = x.lower.indexOf(mark, k + mark.length)) {
      const word = WORD_BEFORE.exec(x.lower.slice(0, k))?.[1];
      if (word && (SUMS_WORD.test(word) || ADJUST_WORD.test(word))) return true;
    }
    return false;
  };
  return r.units.some((x) => x !== u && x.lower.includes(mark) && pointsHere(x)) ? skip : undefined;
}

/** What readIndex carries from unit to unit, and what each kind of unit in an index section reads. */
class IndexScan {
  readonly rates: IndexRate[] = [];
  /** Rates stated twice with different figures: left out at the end. */
  readonly conflicts = new Set<IndexRate>();
  effective: string | undefined;
  /** Units left in which rates may still follow an index line. */
  window = 0;
  found = false;
  /** The index line whose rates are being read, and whether any was read after it. */
  private opened: { u: Unit; read: number; sentence?: Unit } | undefined;
  /** The last row without a rate after it: the header of a rate table's columns. */
  private header: Unit | undefined;

  constructor(private readonly r: Reading) {}

  /** The figure of the last rate stated (read or not): what «Samme sats gjelder for …» refers back to. */
  lastPercent: string | undefined;

  add(u: Unit, label: string, percent: string, offset: number): void {
    const { r, rates } = this;
    this.lastPercent = percent;
    const same = rates.filter((x) => x.label.toLowerCase() === label.toLowerCase());
    if (this.opened) this.opened.read++;
    if (same.length > 0) {
      // two rates for one class: a warning naming both, and neither is used (a value is never guessed)
      if (same[0]!.percent !== percent && !this.conflicts.has(same[0]!)) {
        for (const x of same) this.conflicts.add(x);
        r.warnUnit(u, `index rate for ${label}: the document states ${same[0]!.percent} % (${placeOf(r, `index_regulation.rates[${rates.indexOf(same[0]!)}]`)}) and ${percent} % (${r.where(u.lines[0]!)}); none is used`);
      }
      return;
    }
    // («løsøre og varer med 2,5 %»: one rate for each class the label names; a class stated again with the same
    // figure under another label — «Bygning» under «Villa», «Hytte» under «Fritidsbolig» — is read once)
    for (const object of objectsOf(label)) {
      if (rates.some((x) => x.object === object && x.percent === percent)) continue;
      r.atUnit(`index_regulation.rates[${rates.length}]`, u, offset);
      rates.push({ object, label, percent });
    }
  }

  warnUnreadSection(): void {
    const { opened } = this;
    // an index line that states percentages, and after which no rate could be read
    if (opened && opened.read === 0 && /\d\s*(?:%|prosent)/.test(opened.u.lower) && !notRate(opened.u.lower)) {
      this.r.warnUnit(opened.u, `could not read the index rates in ${quote(opened.u.text)}`);
    } else if (opened && opened.read === 0 && opened.sentence) {
      // a sentence under the index heading that states a percentage for what no object class names
      this.r.warnUnit(opened.sentence, `could not read the index rates in ${quote(opened.sentence.text)}`);
    }
  }

  /** «… blir justert opp med 5,2 prosent fra 1. januar 2024»: the date the rates apply from, the first one stated. */
  private takeDate(u: Unit): void {
    if (this.effective !== undefined) return;
    const d = DATE_IN.exec(u.lower) ?? TITLE_DATE.exec(u.lower);
    const iso = d ? readDate(d[1]!) : undefined;
    if (d && iso) {
      this.effective = iso;
      this.r.atUnit('index_regulation.effective', u, d.index);
    }
  }

  /** «Fra 1. januar 2025 blir summene regulert slik:» before the rates: the sentence that introduces their list dates them. */
  readListIntro(u: Unit): void {
    if (!this.found && !u.row && u.text.trimEnd().endsWith(':')) this.takeDate(u);
  }

  /** The line of the last rate read («page:line»). */
  private lastLine: string | undefined;

  /** Whether `u` stands on the line of the last rate read: the other pair of a line in two columns. */
  besideRate(u: Unit): boolean {
    const l = u.lines[0]!;
    return this.lastLine === `${l.page}:${l.line}`;
  }

  /** A rate read from `u`: the window stays open for two more units. */
  private took(u: Unit): void {
    const l = u.lines[u.lines.length - 1]!;
    this.lastLine = `${l.page}:${l.line}`;
    this.r.used.add(u);
    this.found = true;
    this.window = 2;
  }

  /** A rate per column that does not say which is this year's: a warning, and no rate. */
  private unclear(u: Unit): void {
    this.r.warnUnit(u, `index rates: ${quote(u.text)} states a rate per column and not which is this year's; none is used`);
    this.r.used.add(u);
    if (this.opened) this.opened.read++;
    this.window = 2;
  }

  /** A sentence of the index section whose figure is the price's change: said, and no rate. */
  private warnPriceChange(u: Unit, s: string): void {
    this.r.warnUnit(u, `index rates: ${quote(s)} states a change of the price, not of the sums; not read as an index rate`);
    this.r.used.add(u);
  }

  /** A sentence that names objects and rates and not which rate is whose: said, and no rate (counted as read: no second warning). */
  private warnUnpaired(u: Unit, s: string): void {
    this.r.warnUnit(u, `index rates: ${quote(s.trim())} names two objects and two rates and not which rate is whose; none is used`);
    this.r.used.add(u);
    if (this.opened) this.opened.read++;
  }

  /** A rate for a name no index class has: said, and not read. */
  private warnUnknownObject(u: Unit, s: string, what: string): void {
    this.r.warnUnit(u, `index rates: ${quote(s.trim())} states a rate for ${what}, an object the index classes do not have; not read`);
  }

  /** An index line: its date, the rates its own sentences state, and the window for the rates after it. */
  openIndexLine(u: Unit, skip = 0): void {
    this.warnUnreadSection();
    this.opened = { u, read: 0 };
    this.takeDate(u);
    if (u.text.includes('%') || u.lower.includes('prosent')) {
      // (a footnote's rates start after its marker: `skip`)
      let before: string | undefined;
      for (const { s, offset: o } of sentencesOf(u.text.slice(skip))) {
        const offset = o + skip;
        // («… øker prisen for Bygning med 4 %» is a price change, even beside the index: sentenceRates reads no such figure)
        const unknown: string[] = [];
        const read = sentenceRates(s, unknown);
        // («… er tillegget for maskiner og løsøre. Samme sats gjelder for varer.»: the rate just stated)
        // («Bygningssummene er justert med byggekostnadsindeksen. Økningen er 4,1 % …»: the rate of the sums the sentence before adjusts)
        const same = read.length > 0 ? read : sameRate(s, this.lastPercent);
        const referred = same.length > 0 ? same : referredRate(s, before);
        // («Har du innbo i fritidsbolig … forsikret hos oss, øker denne summen med 3,2 prosent.»: the condition names the object)
        const xs = referred.length > 0 ? referred : conditionalRate(s);
        before = s;
        for (const x of xs) this.add(u, x.label, x.percent, offset + x.index);
        for (const x of unknown) this.warnUnknownObject(u, s, x);
        if (unpairedRates(s)) this.warnUnpaired(u, s);
        else if (xs.length === 0 && statesPriceChange(s)) this.warnPriceChange(u, s);
        // («Varene følger egen indeks, 2,6 prosent.» in the index's paragraph: a rate whose object no rule names)
        else if (xs.length === 0 && PERCENT_IN.test(lowerCase(s)) && !notRate(lowerCase(s))) this.r.warnUnit(u, `a percentage in the index paragraph was not read as an index rate (no property named beside it): ${quote(s.trim())}`);
      }
    }
    // («Dekningstid 12 måneder. Forsikringssum kr 6 000 000, egenandel 2 døgn, premie kr 7 420. Summen indeksreguleres
    // ikke.»: a paragraph whose other sentences state a cover's figures is not the index's alone — taken, those had been
    // lost without a warning; left, a schedule reader reads them or they are said to be unread)
    if (!figuresBeside(u)) this.r.used.add(u);
    this.window = this.found ? 2 : 4;
    // «Indeksklasse | Indeks 2025 | Indeks 2026»: the header of a rate table names the index too
    if (u.row && u.cells.filter((c) => c.trim() !== '').length >= 3) this.header = u;
  }

  /** A rate table's header that names no index («Objekt | Fjorårets sats | Årets sats»): its rows follow. */
  openRateTable(u: Unit): void {
    this.warnUnreadSection();
    this.opened = { u, read: 0 };
    this.header = u;
    this.r.used.add(u);
    this.window = 2;
  }

  /**
   * A row with a rate per year, or a line of figures run together: this year's column, or a warning.
   * A row without a percentage becomes the header of the rows below.
   */
  readYearColumns(u: Unit, at: number): boolean {
    const cellRun = u.row && u.cells.some((c) => TWO_PERCENTS.test(c));
    const run = !u.row || cellRun ? percentRun(u, lineAbove(this.r.units, at)) : undefined;
    if (!u.row && !run) return false;
    const y = run ? yearColumnRate(run.row, run.header) : yearColumnRate(u, this.header);
    if (y === 'unclear') {
      this.unclear(u);
      return true;
    }
    if (y) {
      this.add(u, y.label, y.percent, Math.max(0, u.text.indexOf(y.cell)));
      this.took(u);
      return true;
    }
    if (u.row && !u.text.includes('%')) this.header = u;
    return false;
  }

  /**
   * «Varer: justeres ikke», «Varer: ingen regulering», «Indeksen for varer er uendret» in an index section: read, and no
   * rate — the letter states no figure for the object (a hand reader leaves it out; its sums are `none`, not a 0 % rate).
   * «Varer: 0 %» with its figure is a rate, read as any rate line.
   */
  readUnregulated(u: Unit): boolean {
    if (unregulatedLabel(u) === undefined) return false;
    this.took(u);
    return true;
  }

  /** `Bygninger 5,2 %`, `Bygning: 3,3 %`, `Bygninger | + 3,3 %`: one rate on a line or row; `1.1.2025: bygning 3,9 %` with its date. */
  readRateLine(u: Unit): boolean {
    const dated = u.row ? null : DATED_RATE.exec(u.text);
    // («Bygning: 3,7 % (i fjor 5,3 %)»: last year's rate in brackets after this year's, no part of the line's rate)
    const text = u.text.includes('(') ? u.text.replace(LAST_YEAR_BRACKET, '') : u.text;
    const rest = dated ? text.slice(dated[0].length) : text;
    // (a loss of income's rate only in a list that has read a property's: alone, its percentage may be anything)
    const rate = rateOf(rest) ?? (this.found && u.bullet ? lossOfIncomeRate(rest) : undefined);
    if (!rate) return false;
    if (dated) this.takeLeadDate(u, dated[1]!);
    this.add(u, rate.label, rate.percent, text.length - rest.length);
    this.took(u);
    return true;
  }

  /**
   * `Bygning 3,9 % | Løsøre 3,4 % | Maskiner 3,4 %`: a row whose every cell is one object's rate (a
   * quoted e-mail's line under «Indeksregulering 1.1.2025:»). Each cell must name a property class.
   */
  readRateCells(u: Unit): boolean {
    if (!u.row) return false;
    const cells = u.cells.filter((c) => c.trim() !== '');
    if (cells.length < 2) return false;
    const rates = cells.map((c) => rateOf(c));
    if (rates.some((x) => x === undefined || !classOf(x.label))) return false;
    // («Maskiner og løsøre ........ 2,9 %»: a notice's dot leader is no part of the name)
    rates.forEach((x, i) => this.add(u, x!.label.replace(/\s*\.{2,}$/, ''), x!.percent, Math.max(0, u.text.indexOf(cells[i]!))));
    this.took(u);
    return true;
  }

  /** The dates that open rate lines («1.1.2025: bygning 3,9 %»), each with the first line that states it. */
  private leadDates = new Map<string, Unit>();

  /** A rate line's own date: the effective date, unless the lines state two. */
  private takeLeadDate(u: Unit, text: string): void {
    const iso = readDate(text);
    if (iso === undefined) return;
    if (!this.leadDates.has(iso)) this.leadDates.set(iso, u);
    if (this.effective === undefined) {
      this.effective = iso;
      this.r.atUnit('index_regulation.effective', u, 0);
    }
  }

  /** Rate lines that open with different dates: a warning, and no effective date of the whole. */
  checkLeadDates(): void {
    if (this.leadDates.size < 2) return;
    const [first, second] = [...this.leadDates.values()];
    const dates = [...this.leadDates.keys()].join(', ');
    this.r.warnUnit(second!, `index rates: the lines state different dates (${dates}: ${quote(first!.text)}, ${quote(second!.text)}); no effective date is used`);
    if (this.effective !== undefined && this.leadDates.has(this.effective)) this.effective = undefined;
  }

  /** A sentence after the index line that states the rates; one that states a percentage no rule reads is kept for the warning. */
  readRateSentence(u: Unit): boolean {
    if (!u.row && TWO_PERCENTS.test(u.text)) {
      this.unclear(u);
      return true;
    }
    if (u.row || u.heading || !(u.text.includes('%') || u.lower.includes('prosent') || u.lower.includes('sats'))) return false;
    const unknown: Array<{ s: string; x: string }> = [];
    let last = this.lastPercent;
    const xs = sentencesOf(u.text).flatMap(({ s, offset }) => {
      const names: string[] = [];
      const own = sentenceRates(s, names);
      // («Samme sats gjelder for varer.»: the rate of the sentence before, in this unit or the one above)
      const read = (own.length > 0 ? own : sameRate(s, last)).map((x) => ({ ...x, index: offset + x.index }));
      if (read.length > 0) last = read[read.length - 1]!.percent;
      unknown.push(...names.map((x) => ({ s, x })));
      return read;
    });
    for (const { s, x } of unknown) this.warnUnknownObject(u, s, x);
    const unpaired = sentencesOf(u.text).filter(({ s }) => unpairedRates(s));
    for (const { s } of unpaired) this.warnUnpaired(u, s);
    if (unpaired.length > 0 && xs.length === 0) {
      this.r.used.add(u);
      this.window = 2;
      return true;
    }
    if (xs.length > 0) {
      this.takeDate(u);
      for (const x of xs) this.add(u, x.label, x.percent, x.index);
      this.took(u);
      return true;
    }
    const change = sentencesOf(u.text).find(({ s }) => statesPriceChange(s));
    if (change) {
      this.warnPriceChange(u, change.s);
      return false;
    }
    const { opened } = this;
    if (opened && !opened.sentence && sentencesOf(u.text).some(({ s }) => /\d\s*(?:%|prosent)/.test(s) && !notRate(lowerCase(s)))) opened.sentence = u;
    return false;
  }
}

/** «(i fjor 5,3 %)», «(2024: 6,1 %)», «(tidligare 4,0 prosent)»: last year's rate in brackets at the end of a rate line. */
const LAST_YEAR_BRACKET = /\s*\(\s*(?:i\s+fjor|i\s+fjar|fjorårets|forrige\s+år|førre\s+år|tidligere|tidlegare|(?:19|20)\d\d)\s*:?\s*[+-]?\s?\d+(?:[.,]\d+)?\s*(?:%|prosent)\s*\)\s*\.?\s*$/i;

/** «Varer: ingen regulering», «Varer | uendret», «Varer reguleres ikke»: a line that says an object is not adjusted. */
const UNREGULATED_LINE = /^([a-zà-öø-ÿ][^%\d:]*?)\s*:?\s+(?:ingen\s+(?:indeks)?(?:regulering|justering|endring|økning|auke)|uendret|uendra|(?:blir\s+|vert\s+)?(?:ikke|ikkje)\s+(?:indeks)?(?:regulert|justert)|(?:indeks)?(?:reguleres|justeres|regulerast|justerast)\s+(?:ikke|ikkje))\.?$/;
/** «Indeksen for varer er uendret», «Reguleringen for varer blir uendret»: a sentence saying the same. */
const UNCHANGED_SENTENCE = /^(?:indeksen|satsen|reguleringen|indeksreguleringen|forsikringssummene?)\s+(?:for|på)\s+([a-zà-öø-ÿ][^%\d]*?)\s+(?:er|blir|vert|forblir)\s+(?:uendret|uendra)\.?$/;

/** The object's label of a line that says it is not adjusted (a property class the table knows), as written; else undefined. */
function unregulatedLabel(u: Unit): string | undefined {
  const t = u.text.trim();
  const l = lowerCase(t);
  const m = UNCHANGED_SENTENCE.exec(l) ?? UNREGULATED_LINE.exec(l);
  // («For Driftsbygning er eigenandelen uendra»: the deductible or the price unchanged, not the sum)
  if (!m || DEDUCTIBLE_WORDS.test(m[1]!) || /(?<![a-zà-öø-ÿ])(?:premie|premien|pris|prisen)(?![a-zà-öø-ÿ])/.test(m[1]!)) return undefined;
  const at = l.indexOf(m[1]!);
  const label = t.slice(at, at + m[1]!.length).trim();
  return words(label) <= 6 && classOf(label) && indexLabel(label) ? label : undefined;
}

/** Where the value traced to `path` stands («line 12», «page 2, line 4»). */
function placeOf(r: Reading, path: string): string {
  const t = r.trace.get(path);
  return t ? r.where({ page: t.page, line: t.line, text: t.text } as Parameters<Reading['where']>[0]) : 'above';
}

/** The rates without those stated twice with different figures, their traces renumbered. */
function dropConflicts<T>(r: Reading, rates: T[], conflicts: ReadonlySet<T>): T[] {
  if (conflicts.size === 0) return rates;
  const traces = rates.map((_, i) => r.trace.get(`index_regulation.rates[${i}]`));
  rates.forEach((_, i) => r.trace.delete(`index_regulation.rates[${i}]`));
  const kept: T[] = [];
  rates.forEach((x, i) => {
    if (conflicts.has(x)) return;
    const t = traces[i];
    if (t) r.trace.set(`index_regulation.rates[${kept.length}]`, t);
    kept.push(x);
  });
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Natural damage

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const PERMILLE_RE = new RegExp(String.raw`(${NUM})\s*(?:${NATURAL_DAMAGE.units.join('|')})`, 'g');
const ND_WORD = new RegExp(NATURAL_DAMAGE.words.join('|'));
/** A year as a rate's label, right before its figure: «2025: 0,08 ‰», «2025 – 0,08 ‰». */
const YEAR_LABEL = /(?:^|[^a-zæøå\d])((?:19|20)\d{2})\s*[:–-]\s*$/;
const YEAR = /(?:^|[^a-zæøå])(?:i|for|fra|frå|per|pr\.?|gjeldende)\s+(?:år\s+)?((?:19|20)\d{2})\b/g;
// the previous rate: a word right before it («fra 0,065»), or a verb of the past with up to three
// words between («I 2024 var satsen 0,07 promille»)
const PREVIOUS_BEFORE = new RegExp(
  // (a label's colon between: «Sats i fjor: 0,07 ‰», «Tidligere sats: 0,07 ‰»)
  String.raw`(?:^|[^a-zæøå])(?:(?:${NATURAL_DAMAGE.previous.join('|')})|(?:${NATURAL_DAMAGE.previousVerbs.join('|')})(?:\s+[a-zæøå]+){1,3})\s*:?\s*$`,
);
const PREVIOUS_AFTER = new RegExp(String.raw`^\s*(?:promille|‰)\s*(?:${NATURAL_DAMAGE.previousAfter.join('|')})(?![a-zæøå])`);
const OLDER_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])(?:${NATURAL_DAMAGE.older.join('|')})\s*:?\s*$`);
const NEXT_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])(?:${NATURAL_DAMAGE.next.join('|')})\s*$`);
/** What CHANGE_BEFORE needs at the end: the last word of a change phrase (a small pattern first: CHANGE_BEFORE costs ~1,5 M instructions to compile). */
const CHANGE_END = new RegExp(String.raw`(?:${[...new Set(NATURAL_DAMAGE.change.map((w) => w.split(' ').pop()!))].join('|')})\s*$`);
const CHANGE_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])(?:${NATURAL_DAMAGE.change.map((w) => w.replace(/ /g, '\\s+')).join('|')})\s*$`);

interface NdRate {
  value: string;
  index: number;
  /** Where its figure ends (as written: «0,070» is read as 0.07). */
  end?: number;
  /** The year the sentence ties it to («i 2024 0,070 promille», «0,065 promille i 2023»). */
  year?: number;
  role?: 'previous' | 'new';
}

/**
 * The rates of one sentence ordered: which is the new one and which the previous. Undefined when
 * the sentence states several rates and does not say which is which.
 */
type Ordered = { rate: NdRate; previous?: NdRate } | { previousOnly: NdRate } | 'change' | 'ambiguous' | undefined;

/** A rate's unit and a date it applies from («promille fra 2026», «‰ frå 1. januar»): a later rate. */
const LATER_AFTER = /^\s*(?:promille|‰)\s*(?:fra|frå|f\.o\.m\.?|gjeldende fra|gjeldande frå|neste år|til neste år)(?![a-zæøå])/;

/** What a comparison bracket may hold before its figure: nothing, or the year it was («(2024: », «(i 2024 »). */
const BRACKET_BEFORE = /\(\s*((?:(?:i|for)\s+)?(?:19|20)\d{2}\s*:?\s*)?$/;
/** And after it: its unit, perhaps the year («promille i 2024»), and the bracket's end. */
const BRACKET_AFTER = /^\s*(?:promille|‰)\s*((?:i|for)\s+(?:19|20)\d{2}\s*)?\)/;

/**
 * Is the second rate alone in a bracket opened after the first, with the year it was in
 * («(0,07 promille i 2024)», «(2024: 0,07 promille)»)?
 */
function inComparisonBracket(l: string, first: { end?: number; index: number }, second: { index: number; end?: number }): boolean {
  const before = BRACKET_BEFORE.exec(l.slice(first.end ?? first.index, second.index));
  const after = BRACKET_AFTER.exec(l.slice(second.end ?? second.index));
  return before !== null && after !== null && (before[1] !== undefined || after[1] !== undefined);
}

/** «…, mot 0,07 i fjor», «… (mot 0,07 i 2024)»: a rate's figure below one, with no unit, after «mot» and before the year it was. */
const BARE_PREVIOUS = /(?:^|[^a-zæøå])mot\s+(0[.,]\d+)(?!\s*(?:%|prosent|promille|‰|\d))(?=\s+(?:i\s+fjor|i\s+fjar|i\s+(?:19|20)\d{2}|tidligere|tidlegare)(?![a-zæøå\d]))/;

/** «same sats som i 2025», «samme sats som i fjor», «den samme som tidligere», «uendret fra i fjor» after a rate: the previous rate was the same. */
// («Satsen er uendret fra 2025.»: the year without «i»)
const SAME_AS_BEFORE = /(?:^|[^a-zæøå])(?:(?:den\s+)?(?:same|samme)(?:\s+sats(?:en)?)?\s+som|uendra\s+frå|uendret\s+fra)\s+(?:i\s+fjor|i\s+fjar|i\s+(?:19|20)\d{2}|tidligere|tidlegare|før)(?![a-zæøå\d])|(?:^|[^a-zæøå])(?:uendra\s+frå|uendret\s+fra)\s+(?:19|20)\d{2}(?![a-zæøå\d])/;
/** SAME_AS_BEFORE, then a bracket opening right before a figure: «…, den samme som i 2025 (0,08 promille)». */
const SAME_THEN_BRACKET = new RegExp(String.raw`(?:${SAME_AS_BEFORE.source})\s*\(\s*$`);
/**
 * «…, den samme som i år» after a rate the sentence ties to a year («0,08 promille … for 2026, den samme som i år»): the
 * coming year's rate compared with this year's — the previous rate is the same. Without the rate's year «i år» says no
 * year before, and no previous rate is read.
 */
const SAME_AS_THIS_YEAR = /(?:^|[^a-zæøå])(?:den\s+)?(?:same|samme)(?:\s+sats(?:en)?)?\s+som\s+i\s+år(?![a-zæøå\d])/;

/** The one year a sentence names («2023: 0,065 ‰», «Fra 1. januar 2025 er satsen 0,08 promille»), if it names exactly one. */
function soleYear(l: string): number | undefined {
  const years = new Set([...l.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => +m[1]!));
  if (years.size === 1) return [...years][0];
  // («Naturskadepremie i 2023 og 2024: 0,065 promille» over «… i 2025 og 2026: 0,08 promille»: a rate of two years in a
  // row, ordered among the others by the later one)
  const span = YEAR_SPAN.exec(l);
  return years.size === 2 && span && +span[2]! === +span[1]! + 1 ? +span[2]! : undefined;
}
/** Two years in a row that one rate is for: «2023 og 2024», «2025–2026», «2025 til 2026». */
const YEAR_SPAN = /(?<!\d)((?:19|20)\d{2})\s*(?:og|–|—|-|til)\s*((?:19|20)\d{2})(?!\d)/;

/** A rate read with the year its sentence names. */
type DatedRate = { year: number; value: string };

/**
 * Rates each stated with a year of its own in sentences or lines apart («2023: 0,065 ‰» · «2024:
 * 0,07 ‰» · «2025: 0,08 ‰», one a line): the latest year's is the new rate, the year's before it the
 * previous — as when they stand in one sentence. Undefined when two rates share a year.
 */
function latestTwo(dated: readonly DatedRate[]): { rate: string; previous: string } | undefined {
  if (new Set(dated.map((d) => d.year)).size !== dated.length) return undefined;
  const [a, b] = [...dated].sort((x, y) => y.year - x.year);
  return a && b ? { rate: a.value, previous: b.value } : undefined;
}

/**
 * Rates of other years than the rates read, each with its own: the latest two ordered (see
 * latestTwo); false when they are no such rates. One rate a line («2024: 0,07 ‰» under «2023:
 * 0,065 ‰»), or the earlier years' in a sentence after the new rate's («Fra 1. januar 2026 er
 * satsen 0,08 promille av forsikringssummen. I 2025 var den 0,07 promille, og i 2024 0,065
 * promille.»: the previous rate is 2025's, not the older one).
 */
function addYearsApart(r: Reading, u: Unit, offset: number, rates: readonly NdRate[], dated: DatedRate[]): boolean {
  const nd = r.policy.natural_damage;
  if (!nd || rates.some((x) => x.year === undefined)) return false;
  const more = rates.map((x) => ({ year: x.year!, value: x.value }));
  const two = latestTwo([...dated, ...more]);
  if (!two) return false;
  dated.push(...more);
  r.policy.natural_damage = { rate_permille: two.rate, previous_rate_permille: two.previous, ...(nd.basis ? { basis: nd.basis } : {}) };
  const latest = rates.find((x) => x.value === two.rate && x.year === Math.max(...dated.map((d) => d.year)));
  if (latest) {
    r.trace.delete('natural_damage');
    r.atUnit('natural_damage', u, offset + latest.index);
  }
  return true;
}

function orderRates(l: string): Ordered {
  const rates: NdRate[] = [];
  let changes = 0;
  PERMILLE_RE.lastIndex = 0;
  for (let m = PERMILLE_RE.exec(l); m; m = PERMILLE_RE.exec(l)) {
    const v = readDecimal(m[1]!);
    if (v === undefined) continue;
    // «redusert med 0,005 promille»: the size of the change, not a rate
    const before = l.slice(Math.max(0, m.index - 40), m.index);
    if (CHANGE_END.test(before) && CHANGE_BEFORE.test(before)) {
      changes++;
      continue;
    }
    rates.push({ value: v, index: m.index, end: m.index + m[1]!.length });
  }
  // «fra 0,065 til 0,07 promille»: the first figure has no unit of its own
  const fromTo = new RegExp(String.raw`(?:^|[^a-zæøå])fr[aå]\s+(${NUM})\s*(?:promille|‰)?\s+til\s+(${NUM})\s*(?:promille|‰)`).exec(l);
  if (fromTo) {
    const prev = readDecimal(fromTo[1]!);
    const next = readDecimal(fromTo[2]!);
    if (prev !== undefined && next !== undefined) return { rate: { value: next, index: fromTo.index }, previous: { value: prev, index: fromTo.index } };
  }
  // («…, og året før det 0,065 promille»: a rate older than the previous one is neither; left out)
  for (let i = rates.length - 1; i >= 1; i--) if (OLDER_BEFORE.test(l.slice(rates[i - 1]!.end ?? rates[i - 1]!.index, rates[i]!.index))) rates.splice(i, 1);
  if (rates.length === 0) return changes > 0 ? 'change' : undefined;
  if (rates.length === 1) {
    const only = rates[0]!;
    // «Satsen var 0,07 promille i 2024.»: the previous rate; the new one may follow in the next sentence
    if (PREVIOUS_BEFORE.test(l.slice(0, only.index)) && !/\b(?:til|utgjør|blir|er)\b/.test(l.slice(only.index))) return { previousOnly: only };
    // («Naturskadepremien er 0,08 promille av brannforsikringssummen, same sats som i 2025.»: the previous rate is the same)
    const same = SAME_AS_BEFORE.exec(l.slice(only.end ?? only.index)) ?? (soleYear(l) !== undefined ? SAME_AS_THIS_YEAR.exec(l.slice(only.end ?? only.index)) : null);
    if (same) return { rate: only, previous: { value: only.value, index: (only.end ?? only.index) + same.index } };
    // «Satsen blir 0,08 promille …, mot 0,07 i fjor»: the previous figure after «mot», without a unit of its own
    const bare = BARE_PREVIOUS.exec(l.slice(only.end ?? only.index));
    const prev = bare ? readDecimal(bare[1]!) : undefined;
    if (prev !== undefined) return { rate: only, previous: { value: prev, index: (only.end ?? only.index) + bare!.index } };
    // («2023: 0,065 ‰», «I 2024 er satsen 0,07 promille»: the one year the sentence names is the rate's)
    const year = soleYear(l);
    return { rate: year !== undefined ? { ...only, year } : only };
  }
  // («Satsen blir 0,08 promille …, den samme som i 2025 (0,08 promille).»: the bracket after «the same as in 2025» is that
  // year's rate, stated again — the previous rate, when it is the same figure; another figure there says two things)
  const same = rates.length === 2 ? SAME_THEN_BRACKET.exec(l.slice(rates[0]!.end ?? rates[0]!.index, rates[1]!.index)) : null;
  if (same) return rates[0]!.value === rates[1]!.value ? { rate: rates[0]!, previous: rates[1]! } : 'ambiguous';
  /** Where the previous figure's own words end: a year right after it is its year, not the next one's. */
  let taken = 0;
  rates.forEach((x, i) => {
    const from = i === 0 ? 0 : rates[i - 1]!.index;
    const before = l.slice(from, x.index);
    const end = x.end ?? x.index + x.value.length;
    if (PREVIOUS_BEFORE.test(before) || PREVIOUS_AFTER.test(l.slice(end))) x.role = 'previous';
    else if (NEXT_BEFORE.test(before)) x.role = 'new';
    // a year before the figure in its stretch («utgjør i 2024 0,070»), else right after it («0,065
    // promille i 2023», «0,08 promille av brannforsikringssummen i 2025 (0,07 promille i 2024)»)
    const years = [...l.slice(Math.max(from, taken), x.index).matchAll(YEAR)];
    const after = /^\s*(?:promille|‰)\s*(?:[^\s\d]+\s+){0,4}?(?:i|for)\s+((?:19|20)\d{2})\b/.exec(l.slice(end));
    // («2024: 0,07 ‰ · 2025: 0,08 ‰»: a year as the figure's label)
    const label = YEAR_LABEL.exec(l.slice(Math.max(from, taken), x.index));
    if (label) x.year = +label[1]!;
    else if (years.length > 0) x.year = +years[years.length - 1]![1]!;
    else if (after) x.year = +after[1]!;
    taken = years.length === 0 && after ? end + after[0].length : end;
  });
  const dated = rates.filter((x) => x.year !== undefined);
  // every rate with its own year («2023: 0,065 ‰ · 2024: 0,07 ‰ · 2025: 0,08 ‰»): the latest year's is
  // the new rate, the year's before it the previous — as the index table with a column per year
  if (rates.length >= 2 && dated.length === rates.length && new Set(dated.map((x) => x.year)).size === dated.length) {
    const [a, b] = [...dated].sort((x, y) => y.year! - x.year!);
    return { rate: a!, previous: b! };
  }
  // «0,08 promille av brannforsikringssummen (0,07 promille i 2024)»: a rate in brackets with only the
  // year it was, after an undated one, is the comparison — the previous rate, not the year's new one
  if (rates.length === 2 && rates[0]!.year === undefined && inComparisonBracket(l, rates[0]!, rates[1]!)) return { rate: rates[0]!, previous: rates[1]! };
  const news = rates.filter((x) => x.role === 'new' || (x.role === undefined && x.year !== undefined));
  const previous = rates.filter((x) => x.role === 'previous');
  if (rates.length === 2 && previous.length === 1) {
    const other = rates.find((x) => x !== previous[0])!;
    return { rate: other, previous: previous[0]! };
  }
  if (news.length === 1 && rates.length === 2) {
    const other = rates.find((x) => x !== news[0])!;
    // («0,08 promille (0,09 promille fra 2026)»: a rate from a later date is no previous rate)
    if (LATER_AFTER.test(l.slice(other.end ?? other.index))) return 'ambiguous';
    return { rate: news[0]!, previous: other };
  }
  return 'ambiguous';
}

/** A rate cell («0,08 ‰», «0,08 promille») and a column head that is one year («2025», «i 2025», «Sats 2025»). */
const PERMILLE_CELL = /^(\d+(?:[.,]\d+)?)\s*(?:‰|promille)$/;
const YEAR_HEAD = /^(?:(?:i|for|sats|satser|år)\s+)?((?:19|20)\d{2})$/;
/** A row label that names the unit of the bare figures beside it: «Promille av brannforsikringssum», «Sats i promille». */
const UNIT_LABEL = /(?<![a-zæøå])(?:promille|‰)(?![a-zæøå])/;
const BARE_FIGURE = /^(\d+[.,]\d+)$/;

/**
 * A row with a natural-damage rate per year under a header that names each column's year («Sats |
 * 2024 | 2025» over «Naturskade | 0,07 ‰ | 0,08 ‰»): the latest year's is the new rate, the year's
 * before it the previous. Undefined when the row is no such row or a column's year is not said.
 */
function yearColumnsNd(u: Unit, above: Unit | undefined): { rate: NdRate; previous: NdRate } | undefined {
  if (!u.row || !above?.row) return undefined;
  // (a header without a cell over the labels, «      2024   2025»: its cells stand over the last columns)
  const shift = u.cells.length - above.cells.length;
  if (shift !== 0 && shift !== 1) return undefined;
  // «Promille av brannforsikringssum | 0,07 | 0,08»: the row's label names the unit, its cells are bare figures
  const bare = UNIT_LABEL.test(lowerCase(u.cells[0]!));
  const cols: NdRate[] = [];
  u.cells.forEach((c, i) => {
    const m = (bare && i > 0 ? BARE_FIGURE : PERMILLE_CELL).exec(lowerCase(c.trim()));
    const value = m ? readDecimal(m[1]!) : undefined;
    const year = i - shift >= 0 ? YEAR_HEAD.exec(lowerCase(above.cells[i - shift]!.trim()))?.[1] : undefined;
    if (m) cols.push({ value: value ?? '', index: Math.max(0, u.text.indexOf(c)), ...(year ? { year: +year } : {}) });
  });
  if (cols.length < 2 || cols.some((x) => x.value === '' || x.year === undefined) || new Set(cols.map((x) => x.year)).size !== cols.length) return undefined;
  const [rate, previous] = cols.sort((a, b) => b.year! - a.year!);
  return { rate: rate!, previous: previous! };
}

/**
 * The previous rate a line of its own states under the new one («Sats i fjor: 0,07 ‰»): the read
 * rate's previous one. Another previous rate than one already read is a warning, and neither is
 * used. False when no rate has been read.
 */
function withPrevious(r: Reading, u: Unit, value: string): boolean {
  const nd = r.policy.natural_damage;
  if (!nd) return false;
  if (nd.previous_rate_permille === undefined) {
    const { rate_permille, basis } = nd;
    r.policy.natural_damage = { rate_permille, previous_rate_permille: value, ...(basis ? { basis } : {}) };
  } else if (nd.previous_rate_permille !== value) {
    r.warnUnit(u, `natural-damage rate: the document states the previous rate ${nd.previous_rate_permille} ‰ and ${value} ‰ (${r.where(u.lines[0]!)}); none is used`);
    delete nd.previous_rate_permille;
  }
  return true;
}

/** A row with figures in cells that state no rate: a schedule's row (a coverage of natural damage), not only a rate. */
function figuresBesideRate(u: Unit): boolean {
  return u.row && u.cells.some((c) => /\d/.test(c) && !/promille|‰/i.test(c));
}

/** «Satsen er uendret fra 2025», «Premiesatsen er uendra», «Den er den samme som i fjor»: a sentence on the rate that says it did not change. */
const UNCHANGED_RATE = /^(?:satsen|premiesatsen|naturskadesatsen|den)\s+(?:er|blir|vert|var)\s+(?:uendret|uendra|(?:den\s+)?(?:samme|same)\s+som\s+(?:i\s+fjor|i\s+fjar|tidligere|tidlegare|før))(?![a-zæøå])/;

function readNaturalDamage(r: Reading): void {
  /** The last heading, in lower case. */
  let heading = '';
  /** A previous rate stated alone, and a change stated without a rate: read with the next rate, or warned about. */
  let pendingPrevious: { value: string; u: Unit; s: string } | undefined;
  let pendingChange: { u: Unit; s: string } | undefined;
  /** Two different rates stated: the first (the model then has none). */
  let ndConflict: { first: NonNullable<Policy['natural_damage']> } | undefined;
  /** The unit the rate was read from. */
  let rateAt: number | undefined;
  /** The rates read so far each with its own year, while every one had one (see latestTwo). */
  let dated: DatedRate[] | undefined;
  /** The last unit read as stating a natural-damage rate. */
  let ndAt = -2;
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    // («Ny sats: 0,08 promille» has a heading's shape: a line with a figure heads no section)
    if (u.heading && !/\d/.test(u.lower)) heading = u.lower;
    const l = u.lower;
    // a rate is stated in «promille» or «‰»: most units have neither
    if (!(l.includes('promille') || l.includes('‰'))) continue;
    // (or the unit right above names it: a sentence a PDF broke over two lines, «Naturskadepremien går
    // fra 0,065 promille» over «… til 0,07 promille av»)
    // (or goes on from a rate of it on the line right above: «Satsen har ligget på 0,07 promille …» over «Fra 1. januar
    // 2025 er satsen 0,08 promille.»)
    if (!ND_WORD.test(l) && !ND_WORD.test(heading) && !(at > 0 && ND_WORD.test(r.units[at - 1]!.lower)) && ndAt !== at - 1) continue;
    ndAt = at;
    // «Naturskade | 0,07 ‰ | 0,08 ‰» under «Sats | 2024 | 2025»: the rows' columns, ordered by their years
    const byYear = yearColumnsNd(u, r.units[at - 1]);
    /** The sentence before read the rate, with no previous one. */
    let rateRightAbove = false;
    for (const [k, { s, offset }] of (byYear ? [{ s: u.text, offset: 0 }] : sentencesOf(u.text)).entries()) {
      const sl = lowerCase(s);
      const above = rateRightAbove;
      rateRightAbove = false;
      // («… utgjør 0,08 ‰ av bygningenes forsikringssum …. Satsen er uendret fra 2025.»: the sentence after the rate says it
      // is last year's too — the previous rate is the same)
      const nd0 = r.policy.natural_damage;
      if (above && nd0 !== undefined && nd0.previous_rate_permille === undefined && !/\d[.,]\d/.test(sl) && UNCHANGED_RATE.test(sl.trim())) {
        r.policy.natural_damage = { rate_permille: nd0.rate_permille, previous_rate_permille: nd0.rate_permille, ...(nd0.basis ? { basis: nd0.basis } : {}) };
        continue;
      }
      if (!(sl.includes('promille') || sl.includes('‰')) || !/\d/.test(sl)) continue;
      const o = byYear && k === 0 ? byYear : orderRates(sl);
      if (o === undefined) continue;
      // («Naturskade (0,08 promille | | 8 000 | 7 876»: a schedule's row whose name states the rate — its
      // deductible and premium are the row's, left to the tables)
      if (!figuresBesideRate(u)) r.used.add(u);
      if (o === 'ambiguous') {
        r.warnUnit(u, `natural-damage rate: ${quote(s)} states more than one rate and not which is the new one; none is used`);
        continue;
      }
      if (o === 'change') {
        pendingChange ??= { u, s };
        continue;
      }
      if ('previousOnly' in o) {
        // «Ny sats: 0,08 ‰» then «Sats i fjor: 0,07 ‰»: the previous rate of the rate read right above
        if (rateAt !== undefined && at - rateAt <= 2 && withPrevious(r, u, o.previousOnly.value)) continue;
        pendingPrevious ??= { value: o.previousOnly.value, u, s };
        continue;
      }
      // («2024: 0,07 ‰» on the line after «2023: 0,065 ‰»: rates of years apart, ordered by their years)
      if (!ndConflict && dated && addYearsApart(r, u, offset, o.previous ? [o.rate, o.previous] : [o.rate], dated)) {
        rateAt = at;
        continue;
      }
      const nd = r.policy.natural_damage ?? ndConflict?.first;
      if (nd) {
        // two rates: a warning naming both, and neither is used (a value is never guessed)
        if (nd.rate_permille !== o.rate.value && !ndConflict) {
          r.warnUnit(u, `natural-damage rate: the document states ${nd.rate_permille} ‰ (${placeOf(r, 'natural_damage')}) and ${o.rate.value} ‰ (${r.where(u.lines[0]!)}); none is used`);
          ndConflict = { first: nd };
          delete r.policy.natural_damage;
          r.trace.delete('natural_damage');
        }
        continue;
      }
      // a previous rate stated in a sentence of its own before this one («Satsen var 0,07 promille. Fra 2025 er den 0,08 promille.»)
      const previous = o.previous?.value ?? (pendingPrevious && pendingPrevious.value !== o.rate.value ? pendingPrevious.value : undefined);
      pendingPrevious = undefined;
      pendingChange = undefined;
      const basis = sl.includes('brannforsikringssum') || l.includes('brannforsikringssum') ? 'brannforsikringssum' : undefined;
      r.policy.natural_damage = { rate_permille: o.rate.value, ...(previous ? { previous_rate_permille: previous } : {}), ...(basis ? { basis } : {}) };
      r.atUnit('natural_damage', u, offset + (o.previous ? Math.min(o.previous.index, o.rate.index) : o.rate.index));
      rateAt = at;
      rateRightAbove = previous === undefined;
      dated = o.rate.year !== undefined && !o.previous && !previous ? [{ year: o.rate.year, value: o.rate.value }] : undefined;
    }
  }
  // what no rate followed: a change without the rate it gives, a previous rate without the new one
  if (!r.policy.natural_damage && !ndConflict) {
    if (pendingChange) r.warnUnit(pendingChange.u, `natural-damage rate: ${quote(pendingChange.s)} states a change of the rate, not the rate; none is used`);
    else if (pendingPrevious) r.warnUnit(pendingPrevious.u, `natural-damage rate: ${quote(pendingPrevious.s)} states the previous rate, not the new one; none is used`);
  }
}

/** Whether a unit has a sentence that names no index and states an amount of money: a cover's figures beside the index line. */
function figuresBeside(u: Unit): boolean {
  // («Kunst og utsmykning | Alle kommunale bygg | Førsterisiko, indeksreguleres ikke | 5.000.000 | 25.000 | 6.750»: a table's
  // row whose form cell says its sum is not index-regulated — its cells of figures are the row's, for the schedule's readers)
  if (u.row && u.cells.some((c) => !/indeks/i.test(c) && amountsIn(c).length > 0)) return true;
  return sentencesOf(u.text).some(({ s }) => !/indeks/i.test(s) && amountsIn(s).length > 0);
}
