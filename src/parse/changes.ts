/**
 * Deductible changes («Endring av egenandeler»), from:
 *
 * - **tables** whose header has an old and a new deductible column (`Tidligere egenandel`,
 *   `Ny egenandel`), with product and coverage columns, in any order. A cell may hold several
 *   amounts (`Kr 6 000 Kr 10 000`); a row whose old and new cells are empty states its change in
 *   words (its text is kept, and an amount in it is read as below);
 * - **rows** `Bedriftsansvar | Fra kr 10 000 til kr 15 000`;
 * - **sentences**, anywhere: «Har du hatt lavere egenandel enn kr 10 000, vil denne økes til
 *   kr 10 000» (a minimum), «Valgt egenandel økes med kr 10 000» (an increase), «egenandelen økes
 *   fra kr A til kr B», «… økes til kr B»; and in the letter part only (where sentences announce
 *   changes rather than state rules): «Forhøyet egenandel på 15 000 kr», «Egenandel på 150
 *   kroner per behandling», «Egenandelen er 15% av erstatningen», «Det innføres egenandel …».
 *
 * A sentence change belongs to the product heading above it; a bullet's label («Kasko:») or a
 * sub-heading names its coverage. A line in the letter part that mentions a deductible with an
 * amount but matches none of these becomes a warning.
 */
import type { DeductibleChange } from '../model/policy.js';
import { AMOUNT_SOURCE, amountsIn, cellAmounts, DATE_SOURCE, readAmount, readDecimal } from './amounts.js';
import type { Reading } from './extract.js';
import { namesFarmStock, namesProduct, productName, rowIndexClass } from './index-class.js';
import { lazyPattern } from './lazy.js';
import { fieldCells, fieldOf, PAIR_CELL } from './schedule-fields.js';
import { overviewHeader } from './schedule-overview.js';
import { tellsCover } from './schedule-cover-paragraphs.js';
import { coverFigureSentence, onlyCoverFigures, statesCoverNow, statesThingCover } from './schedule-prose.js';
import { pairsOf } from './letter-products.js';
import { lowerCase } from './lower.js';
import { companyName, FORWARD_MARK, insurersName, MAIL_FROM, MAIL_NEXT, signsOff } from './mail.js';
import { quote, withoutColon, type Unit } from './units.js';
import { COVER_LEVEL_SET, DEDUCTIBLE, INSURER_NAME_SET, LEVEL_WORDS, PERIL_COVER_WORDS, THING_KIND_WORDS, VEHICLE_COVER_LEVELS, VEHICLE_KIND_ENDINGS, VEHICLE_KINDS, WHAT_CHANGED_COLUMNS } from './vocabulary.js';
import { follows } from './translations.js';
import { headProduct } from './schedule-tables.js';
import { INSURED_LEAD } from './schedule-titles.js';
import { thingHeadingWords } from './schedule-section.js';
import { countedCaptionText } from './schedule-product-heading.js';
import { withoutFormBefore } from './schedule-names.js';

// patterns of per-unit tests, made once: a literal in a function makes a new RegExp object at every call
const DIGIT = /\d/;
const FROM_CELL = /^fr[aå] /i;
const FROM_TO_WORDS = /\bfr[aå]\b.*\btil\b/;
/** «(i dag NOK 10 000)», «(tidligere kr 5 000)»: today's figure in brackets after the new one. */
// («Egenandel: kr 10 000 (i år: kr 8 000)»: this year's, beside the renewal's, is the one before)
const FORMER_IN_BRACKETS_WORDS = /\(\s*(?:(?:tidligere|tidlegare|før|i dag|dagens|per i dag|nå|no)\b|i år(?![a-zæøå]))/;
const PERCENT_FIGURE = /\d\s*%/;
/** Words that make a sentence about a deductible a change («blir», «økes», «ny», «fra … til»). */
const CHANGE_WORD = /\b(?:blir|bli|vert|økes|øker|økt|auka|endres|endret|endrast|reduseres|redusert|heves|hevet|senkes|senket|settes|satt|ny|nye|nytt|fra|frå|til|innføres|innført|forhøyet|tidligere|uendret)\b/;

/**
 * A line that states a deductible as it is, with one amount and no word of a change: «Egenandel
 * ved innbrudd kr 6 000» (a label over its value, as a web page lays it out) is no change to read.
 */
function statesDeductible(text: string): boolean {
  return text.length <= 80 && amountsIn(text).length === 1 && !CHANGE_WORD.test(lowerCase(text));
}

/**
 * «Reisegods: kr 25 000 per person     Egenandel reisegods: kr 1 000»: a row of labelled cells whose
 * deductible cells each state an amount, the parts of a cover (src/parse/schedule-fields.ts), no change.
 */
function deductibleCell(u: Unit): boolean {
  if (!u.row) return false;
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  return cells.length > 1 && cells.every((c) => PAIR_CELL.test(c)) && cells.filter((c) => DEDUCTIBLE_WORD.test(lowerCase(c))).every(statesDeductible);
}

/**
 * «Egenandelen er uendret kr 6 000», «Den bevegelige egenandelen på 15 % … er som før»: a short line
 * that says a deductible stays as it is, with its one amount or percentage.
 */
function staysAsItIs(u: Unit): boolean {
  if (u.text.length > 120 || !UNCHANGED.test(u.lower)) return false;
  const amounts = amountsIn(u.text).length;
  if ((amounts === 1 && u.text.length <= 80) || (amounts === 0 && (u.text.match(PERCENT_FIGURES) ?? []).length === 1)) return true;
  // («Egenandelen er uendret (4 000 kr). Du kan velge en høyere egenandel og få lavere pris.»: the one sentence with a
  // figure says it stays, the others state none)
  const figured = sentencesApart(u.text).filter(({ s }) => amountsIn(s).length > 0 || PERCENT_FIGURE.test(s));
  return figured.length === 1 && amountsIn(figured[0]!.s).length <= 1 && figured[0]!.s.length <= 80 && UNCHANGED.test(lowerCase(figured[0]!.s));
}
const PERCENT_FIGURES = /\d\s*%/g;

/**
 * Amounts are found once per sentence (one regular expression) and replaced by tokens `¤N¤`,
 * so the patterns below stay small: compiling and tiering up a dozen large expressions would
 * cost more than reading the document.
 */
const A = '¤(\\d+)¤';
const AMOUNT_G = new RegExp(AMOUNT_SOURCE, 'g');

interface Tokens {
  /** The text in lower case (src/parse/lower.ts), as the patterns read it, with the tokens. */
  t: string;
  amounts: string[];
}

/** Replace the amounts of a text by `¤N¤` (padded to keep offsets), their values in `amounts`. */
export function tokenize(text: string): Tokens {
  const amounts: string[] = [];
  const lower = lowerCase(text);
  if (!DIGIT.test(text)) return { t: lower, amounts };
  // (an amount's value is the same read in lower case: «NOK», «Kr» are read as «nok», «kr»)
  const t = lower.replace(AMOUNT_G, (m) => {
    const v = readAmount(m);
    if (v === undefined) return m;
    const tok = `¤${amounts.length}¤`;
    amounts.push(v);
    return tok.length >= m.length ? tok : tok + ' '.repeat(m.length - tok.length);
  });
  return { t, amounts };
}

/**
 * «egenandel», and the nynorsk «eigenandel» and «eigendel» (nynorsk bank pages write «Eigendelen på
 * skaden», «Eigendel på 4 000 kroner ved …»), in any of their forms.
 */
const EGENANDEL = '(?:ei?gen(?:an)?del[a-zæøå]*)';
const DEDUCTIBLE_WORD = /ei?gen(?:an)?del/;
/** A label that only says a change follows: «Endring:», «Endringer:», nynorsk «Endring:», «Nytt:», «NB:». */
const CHANGE_LABEL = /^(?:endring|endringer|endringar|endret|endra|nytt|nyhet|nyheit|merk|nb|obs)$/;
/** «egenandelen for lekkasje økes …»: what the deductible is for, between the word and the verb. */
const FOR = String.raw`(?:\s+(?:for|på|ved|i)\s+[^.]{1,60}?)?`;

interface Found {
  field: 'old_new' | 'old_percent' | 'old' | 'minimum' | 'increase' | 'new' | 'percent' | 'text';
  values: string[];
  offset: number;
  /** The sentence it was found in. */
  sentence: string;
  /** The line's own label is part of what it states («Egenandel før: kr 10 000  Egenandel nå: …»): the text keeps it. */
  labelled?: true;
}

interface Pattern {
  /** Read on the lower-cased sentence (see lowerCase): without the `i` flag it costs less to compile and to run. */
  re: RegExp;
  field: Found['field'];
  /** A cheap test before the pattern is tried: the lower-cased sentence contains one of these. */
  needs: string[];
  /** The pattern reads an amount (`¤N¤`): not tried on a sentence without one. */
  amount: boolean;
  /** The new amount stands before the old one («… blir 8 000 kr mot tidligere 6 000 kr»): the values are read in reverse. */
  reversed?: true;
}

/** A pattern, and whether it reads an amount token. */
function pattern(needs: string[], source: string, field: Found['field']): Pattern {
  return { needs, re: new RegExp(source), field, amount: source.includes(A) };
}

// (at a word's start: «dersom føreren …» holds no «som før»)
const UNCHANGED = new RegExp(`(?<![a-zæøå])(?:${DEDUCTIBLE.unchanged.join('|')})`);
/** «Egenandelen på villa kan økes til 20 000 for lavere premie»: an offer or advice (see DEDUCTIBLE.offer), no change. */
const OFFER = new RegExp(`(?<![a-zæøå])(?:${DEDUCTIBLE.offer.join('|')})(?![a-zæøå])`);
/** «Minsteegenandel», «minste egenandel», «minimumsegenandel»: the minimum's compound word. */
const MINIMUM_OWN_WORD = /(?<![a-zæøå])(?:minste\s*-?\s*|minimums?)ei?gen(?:an)?del/;
/**
 * «Her er det som endres», «Endringer ved fornyelsen», «Dette er nytt ved fornyinga», «Fornyelse av bedriftsforsikringen»: a line
 * that announces changes — under it a letter's «Egenandelen er 25 % av erstatningen» is one. A certificate written as a letter
 * («Hei Kari! … Egenandelen er 2 500 kr per skadetilfelle») announces none.
 */
const ANNOUNCES_CHANGES = /(?<![a-zæøå])(?:endr(?:es|er|ing|inger|ingar|ingane|ingene|ast|a|et)|nytt|nye|nyheter|nyheiter|fornyelsen|fornyinga|fornyelse av|fornying av)(?![a-zæøå])/;
/** A point of a list: «* …», «- …», «• …», «2. …», «b) …». */
const LIST_POINT = /^\s*(?:[-–•*]|\d{1,2}[.)]|[a-z]\))\s/;
/** A word of a change (DEDUCTIBLE.changeSigns), or an arrow from one amount to another. */
const CHANGE_SIGN = new RegExp(`(?<![a-zæøå])(?:${DEDUCTIBLE.changeSigns.join('|')})(?![a-zæøå])|[→>]|->`);

/**
 * A verb that raises a deductible to an amount, with the pronoun that stands for it: «blir han
 * auka til», «vert ho sett opp til», «blir økt til», «økes den til», «aukast til».
 */
const RAISED_TO = String.raw`(?:(?:blir|vert)\s+(?:(?:han|ho|den|denne)\s+)?(?:auka|heva|hevet|økt|endra|endret|justert|sett\s+opp|satt\s+opp)|(?:økes|heves|forhøyes|aukast|hevast)(?:\s+(?:han|ho|den|denne))?)\s+(?:opp\s+)?til`;
/** «Fra fornyelsen», «Frå fornyinga», «Fra hovedforfall», «Fra neste periode»: when a change begins, opening its sentence. */
const FROM_RENEWAL = String.raw`(?:fra|frå)\s+(?:fornyelsen|fornyinga|hovedforfall(?:et)?|hovudforfall(?:et)?|neste\s+(?:periode|år|forsikringsår))`;
/**
 * «Eigenandelen er i dag kr 6 000», «For X er eigenandelen no kr 6 000»: the deductible as it is
 * (the old one of a change that follows). Without «i dag» only in the letter part: conditions say
 * «Egenandelen er kr 4 000 … forhøyes den til kr 20 000» of a rule, not of a change.
 */
// («Egenandelen for produktansvar var tidligere NOK 25 000; fra denne perioden økes den til NOK 50 000»: what it was before, then
// what it is raised to — the old amount of that change, as «i dag» says it)
const IS_NOW = (now: '' | '?'): string =>
  String.raw`(?:${EGENANDEL}${FOR}\s+(?:er|var)|(?:er|var)\s+${EGENANDEL})\s+(?:i\s+dag\s+|no\s+|nå\s+|per\s+i\s+dag\s+|tidligere\s+|tidlegare\s+)${now}(?:på\s+)?${A}`;

/** «per skade», «pr. skadetilfelle» after an amount (the same words as PER_CLAIM, defined before the patterns that use them). */
const PER_CLAIM_WORDS = String.raw`(?:\s+(?:per|pr\.?)\s+(?:skadetilfelle|skade|skadehending|hendelse))?`;

/** Patterns that state a change wherever they are. */
const STRONG: Pattern[] = [
  // «Egenandelen ved skade på husdyr endres fra en fast egenandel på kr 5 000 til 10 % av skadebeløpet»: a fixed
  // amount that becomes a share of the claim — the old amount and the new percentage (the amount is no new deductible)
  pattern(['%', 'prosent'], String.raw`${EGENANDEL}[^.]*?\bfr[aå]\s+(?:(?:en|ein|ei|eit)\s+)?(?:(?:fast|fastsatt|fastsett)\s+)?(?:${EGENANDEL}\s+)?(?:på\s+)?${A}\s*til\s+(\d+(?:[.,]\d+)?)\s*(?:%|prosent)`, 'old_percent'),
  // «Eigenandelen for X er i dag kr 6 000, og frå fornyinga blir han auka til kr 10 000» (one sentence, or two: see sentences())
  pattern([' til '], String.raw`${IS_NOW('')}[^.]*?(?:\.\s+[^.]*?)?${RAISED_TO}\s+${A}`, 'old_new'),
  // «Egenandelen på innboforsikringen er 3 000 kroner i dag. Fra fornyelsen blir den 4 000 kroner.»: today's amount with «i dag»
  // after it, then what the pronoun becomes (also «… er kr 6 000 i dag, og blir auka til kr 8 000»)
  pattern([' i dag', ' nå', ' no '], String.raw`${EGENANDEL}${FOR}\s+(?:er|var)\s+(?:på\s+)?${A}\s*(?:i\s+dag|per\s+i\s+dag|nå|no)(?![a-zæøå])[^.]*?(?:\.\s+[^.]*?)?(?:(?:blir|vert)\s+(?:den|denne|han|ho)\s+(?:på\s+)?|${RAISED_TO}\s+)${A}`, 'old_new'),
  // «Eigendelen på bustadhuset har vore 4 000 kr. Frå fornyinga er han 6 000 kr.»: the amount it has been, then what the pronoun
  // is from the renewal (also «Egenandelen har vært kr 4 000. Fra fornyelsen blir den kr 6 000.»)
  pattern([' han ', ' den ', ' ho ', ' denne '], String.raw`${EGENANDEL}${FOR}\s+(?:er|var|har\s+(?:vore|vært|vorte|blitt))\s+(?:på\s+)?${A}\s*\.\s+${FROM_RENEWAL}\s+(?:er|blir|vert)\s+(?:den|denne|han|ho)\s+(?:på\s+)?${A}`, 'old_new'),
  // «Har de eigenandel på kr 6 000 på X, blir han auka til kr 10 000»: the deductible one has, and what it becomes
  pattern(['har '], String.raw`\bhar\s+(?:du|de|dere|dykk|bedrifta|bedriften|laget|foreningen)\s+(?:i\s+dag\s+)?(?:hatt\s+)?(?:ein\s+|en\s+)?${EGENANDEL}\s+(?:på\s+)?${A}[^.]*?${RAISED_TO}\s+${A}`, 'old_new'),
  // «Eigenandelen på X blir auka til kr 10 000», «Egenandelen blir økt til kr 10 000»
  pattern([' til '], String.raw`${EGENANDEL}${FOR}\s+${RAISED_TO}\s+${A}`, 'new'),
  // (nynorsk: «Har de lågare eigenandel enn kr 6 000 …, vert han heva til kr 6 000»; the word again instead of the
  // pronoun: «Har sameiet lavere egenandel enn kr 30 000 ved vannskade, økes egenandelen til kr 30 000»)
  // («Har de hatt lågare eigendel enn 10 000 kr på X, vert eigendelen auka til 10 000 kr»: the word again between the verb and
  // its participle; «Har du lavere egenandel på kasko enn kr 6 000, vil den økes til …»: what it is on before «enn»)
  // («Har de hatt lågare eigendel enn kr 10 000, vil denne bli auka til kr 10 000»: «vil … bli» before the participle)
  // («Har borettslaget i dag lavere grunnegenandel enn kr 25.000, vil denne bli økt til kr 25.000»: the base deductible by its compound)
  pattern(['lavere', 'mindre', 'lågare'], String.raw`(?:lavere|mindre|lågare)\s+(?:grunn|grunn-|basis)?${EGENANDEL}(?:\s+(?:på|for|ved)\s+[a-zæøå][a-zæøå-]{2,30})?\s+enn\s+${A}[^.]*?(?:økes|heves|settes\s+opp|økt|forhøyes|(?:vert|blir|(?:vil|skal)\s+(?:han\s+|ho\s+|den\s+|denne\s+)?bli)\s+(?:han\s+|ho\s+|den\s+|${EGENANDEL}\s+)?(?:heva|hevet|auka|økt|sett\s+opp)|hevast|aukast)\s+(?:den(?:ne)?\s+|han\s+|ho\s+|${EGENANDEL}\s+)?til\s+${A}`, 'minimum'),
  // «Egenandeler lavere enn kr 10 000 for bygning eller driftsløsøre heves til kr 10 000»: the word first, then how low
  pattern(['lavere', 'mindre', 'lågare'], String.raw`${EGENANDEL}\s+(?:lavere|mindre|lågare)\s+enn\s+${A}[^.]*?\s(?:økes|heves|settes\s+opp|forhøyes|(?:vert|blir)\s+(?:heva|hevet|auka|økt|sett\s+opp)|hevast|aukast)\s+til\s+${A}`, 'minimum'),
  // «Har du en egenandel under 4 000 kr, økes den til 4 000 kr», «Dersom eigenandelen din er lågare enn 5 000 kroner, blir han
  // auka til 5 000 kroner»: the word first, then how low (with «under», and «din»/«dykkar» and the verb «er» between)
  pattern(['lavere', 'mindre', 'lågare', 'under'], String.raw`${EGENANDEL}(?:\s+(?:din|di|dykkar|dykk|deres|dere))?${FOR}\s+(?:(?:er|som\s+er)\s+)?(?:lavere\s+enn|mindre\s+enn|lågare\s+enn|under)\s+${A}[^.]*?${RAISED_TO}\s+${A}`, 'minimum'),
  // «Den faste egenandelen for glass blir nå 2 000 kr mot tidligere 1 500 kr», «Egenandelen er 8 000 kroner, mot før 6 000 kroner»:
  // the new amount, then today's after «mot» and a word of before — old and new, in reverse
  { ...pattern([' mot '], String.raw`${EGENANDEL}${FOR}\s+(?:blir|er|vert)\s+(?:nå\s+|no\s+)?(?:på\s+)?${A}${PER_CLAIM_WORDS}\s*,?\s+mot\s+(?:tidligere|tidlegare|før|i\s+dag|dagens|no|nå)\s+(?:på\s+)?${A}`, 'old_new'), reversed: true },
  // «Egenandelen økes med 2 000 kr til 8 000 kr»: the increase and the new amount (the old one is their difference, see apply)
  // («Egenandelen er økt med kr 2 000,- til kr 6 000,- fra denne fornyelsen»: the change told as done)
  pattern([' med '], String.raw`${EGENANDEL}${FOR}\s+(?:økes|heves|forhøyes|øker|økt|aukar|aukast|auka|(?:blir|vert|er|har\s+blitt|har\s+vorte|ble|vart)\s+(?:økt|auka|heva|hevet|forhøyet))\s+med\s+${A}\s*,?-?\s*,?\s+(?:opp\s+)?til\s+${A}`, 'increase'),
  pattern([' med '], String.raw`${EGENANDEL}${FOR}\s+(?:økes|heves|forhøyes|øker|økt|aukar|aukast|auka)\s+med\s+${A}`, 'increase'),
  pattern([' til '], String.raw`${EGENANDEL}[^.]*?\bfr[aå]\s+${A}\s*til\s+${A}`, 'old_new'),
  pattern([' til '], String.raw`${EGENANDEL}${FOR}\s+(?:økes|heves|endres|forhøyes|settes\s+opp|settes|blir|aukar|aukast|endrast|vert)\s+til\s+${A}`, 'new'),
  pattern(['forhøyet', 'ny', 'økt', 'innført'], String.raw`(?:forhøyet|ny|økt|innført)\s+${EGENANDEL}\s+(?:på|er|til)\s+${A}`, 'new'),
  // «Fra fornyelsen innfører vi også for Bygning en egenandel på 20 % av erstatningen ved …»: a deductible of a share
  // of the claim brought in — its percentage (the verb says it is new, in a letter's part or not)
  pattern(['innfør'], String.raw`\binnfører\s+(?:vi|de|dei|selskapet)\s+(?:[a-zæøå]+\s+){0,4}?(?:en|ein|ei|eit|et)\s+(?:ny\s+|fast\s+)?${EGENANDEL}\s+(?:på\s+)?(\d+(?:[.,]\d+)?)\s*(?:%|prosent)\s+av\s`, 'percent'),
];

/** Patterns that state a change only in the letter part. */
const LETTER: Pattern[] = [
  // the verb first: «For Bedriftsansvar blir eigenandelen auka til kr 10 000», «Fra hovedforfall blir egenandelen økt til kr 10 000»
  // (in conditions «Ved brot på … blir eigenandelen auka til kr 20 000» is a rule)
  pattern([' til '], String.raw`(?:blir|vert)\s+${EGENANDEL}${FOR}\s+(?:auka|heva|hevet|økt|endra|endret|justert|sett\s+opp|satt\s+opp)\s+(?:opp\s+)?til\s+${A}`, 'new'),
  // «Egenandelen på X endres. Den økes fra kr 3 000 til kr 4 000.» (two sentences joined by sentences())
  pattern([' til '], String.raw`${EGENANDEL}[^.]*?\.\s+(?:den|denne|han|ho)\s+[^.]*?\bfr[aå]\s+${A}\s*til\s+${A}`, 'old_new'),
  // «Egenandelen er kr 6 000. Fra hovedforfall blir den økt til kr 10 000.»
  pattern([' til '], String.raw`${IS_NOW('?')}[^.]*?(?:\.\s+[^.]*?)?${RAISED_TO}\s+${A}`, 'old_new'),
  // («Egenandelen for vannskade blir 15 % av skaden, minimum kr 8 000»: the percentage, and its floor below)
  // («På X er eigenandelen no 10 % av skaden», «… gjelder egenandel 10 % av skaden, minimum kr 20 000»: «no»/«nå» before the figure,
  // or no verb at all when «av skaden» after the figure says what the percentage is of)
  pattern(['%', 'prosent'], String.raw`${EGENANDEL}${FOR}(?:\s*:\s*|\s+(?:på|er|utgjør|utgjer|blir|vert|(?:øker|økes|settes|endres|heves|aukar|vert\s+sett)\s+til)\s+(?:nå\s+|no\s+)?|\s+(?:nå\s+|no\s+)?(?=\d+(?:[.,]\d+)?\s*(?:%|prosent)\s+av\s))(\d+(?:[.,]\d+)?)\s*(?:%|prosent)`, 'percent'),
  pattern(['minimum', 'minst', 'min.'], String.raw`${EGENANDEL}[^.]*?\d\s*(?:%|prosent)[^.]*?\b(?:minimum|minst|min\.)\s+(?:på\s+)?${A}`, 'minimum'),
  // «Egenandelen blir minst kr 20 000 per skade», «Ny egenandel: minimum kr 20 000 pr. skadetilfelle»: a floor without a percentage
  // (in conditions «Egenandelen er minst kr 20 000» is a rule: the letter part only)
  // («For Ansvar gjelder at egenandelen skal være minst kr 10 000»: what it must be from now on)
  pattern(['minimum', 'minst', 'min.'], String.raw`${EGENANDEL}${FOR}(?:\s*:\s*|\s+(?:er|blir|vert|utgjør|utgjer|skal\s+være|skal\s+vere|skal\s+vera|må\s+være|må\s+vere|(?:settes|økes|heves|aukar|aukast|vert\s+sett|blir\s+satt)\s+(?:opp\s+)?til)\s+)(?:nå\s+|no\s+)?(?:minimum|minst|min\.)\s+(?:på\s+)?${A}`, 'minimum'),
  // «I dag er egenandelen ved vannskade kr 6 000. Fra fornyelsen er egenandelen ved vannskade 15 % av erstatningen.»: today's
  // amount with «i dag» first (the inverted order of «Egenandelen er i dag kr 6 000») is the old one of the change the next
  // sentence states — never a new deductible (nynorsk «I dag er eigenandelen …» too)
  pattern(['i dag'], String.raw`(?:^|\s)i\s+dag\s+(?:er|var)\s+${EGENANDEL}${FOR}\s+(?:på\s+)?${A}`, 'old'),
  pattern(['¤'], String.raw`${EGENANDEL}\s+(?:på|er|utgjør|blir)\s+${A}`, 'new'),
  // «Fra 1.1.2026 er egenandelen kr 10 000», «Fra hovedforfall blir egenandelen for glass kr 4 000»: the new amount from a date
  // («Fra 1. april 2025 er egenandelen ved vannskade økt med 5 000 kr»: «økt med» before the amount makes it the increase —
  // read past the participle as the new amount, the deductible became 5 000 kr)
  pattern(['¤'], String.raw`^(?!.*\s(?:økt|økes|auka|heva|hevet|forhøyet|redusert|senket|satt\s+ned)\s+med\s)(?:fra|frå|etter|med virkning fra|f\.o\.m\.?)\s+[^,]{1,40}?\s+(?:er|blir|vert)\s+${EGENANDEL}${FOR}\s+(?:på\s+)?${A}`, 'new'),
  // the verb first, the increase after: «For Næringsbil med kasko økes valgt egenandel med kr 2 000 dersom føreren er under 23 år»,
  // «… blir egenandelen økt med kr 3 000 når …» — an increase (its condition kept in the text), never a new deductible
  // (in conditions «For førere under 23 år økes egenandelen med …» is a rule: the letter part only)
  pattern(
    [' med '],
    String.raw`(?:(?:økes|øker|heves|forhøyes|aukar|aukast)\s+(?:(?:den|det)\s+)?(?:(?:valgt|valgte|vald|valde|fast|faste)\s+)?${EGENANDEL}${FOR}|(?:blir|vert)\s+(?:(?:valgt|valgte|vald|valde)\s+)?${EGENANDEL}${FOR}\s+(?:økt|auka|heva|hevet|forhøyet))\s+med\s+${A}`,
    'increase',
  ),
  pattern(
    ['innfør'],
    String.raw`innføres(?:\s+[a-zæøå]+){0,3}?\s+${EGENANDEL}|${EGENANDEL}\s+innføres|innfører\s+(?:[a-zæøå]+\s+){0,2}${EGENANDEL}`,
    'text',
  ),
];

const STRONG_AND_LETTER = [...STRONG, ...LETTER];

/** The heading of a document's terms, outside a letter: what stands under it are rules, never changes. */
const TERMS_HEADING = /^(?:særvilkår|særlege vilkår|særlige vilkår|spesielle vilkår|særskilde vilkår|særskilte vilkår|sikkerhetsforskrifter|sikkerheitsforskrifter|generelle vilkår|forsikringsvilkår)$/;

/** «minsteegenandelen», «minimumsegenandel», nynorsk «minsteeigenandelen». */
// («For bedriftsansvar er laveste egenandel nå kr 10 000»: the lowest deductible is the minimum, nynorsk «lågaste»)
const MINIMUM_WORD = String.raw`(?:minste|minimums?|(?:laveste|lågaste)\s)\s*-?\s*${EGENANDEL}`;
/** Verbs that make a minimum a new one: «blir», «vert», «økes til», «settes til» (not «er»: a rule as it stands). */
const BECOMES = String.raw`(?:blir|vert|økes\s+til|heves\s+til|settes\s+(?:opp\s+)?til|aukar\s+til|aukast\s+til|blir\s+satt\s+til|vert\s+sett\s+til)`;
/** «For Ansvar blir minsteegenandelen kr 10 000» — and «Minsteegenandelen for Ansvar blir kr 10 000». */
const NEW_MINIMUM = [
  // («Bedriftsansvar får en minsteegenandel på kr 10 000», «For Ansvar innfører vi en minste egenandel på kr 10 000»: a minimum
  // the product gets, or the insurer brings in, is a new one)
  new RegExp(String.raw`\b(?:får|innfører\s+(?:vi|de|dei)|innføres|innførast)\s+(?:(?:en|ein|ei|eit|et)\s+)?(?:ny\s+)?${MINIMUM_WORD}\s+(?:på\s+)?${A}`),
  new RegExp(String.raw`\b${BECOMES}\s+(?:den\s+)?${MINIMUM_WORD}\s+(?:på\s+)?${A}`),
  new RegExp(String.raw`${MINIMUM_WORD}${FOR}\s+${BECOMES}\s+(?:på\s+)?${A}`),
  // («For bedriftsansvar er laveste egenandel nå kr 10 000», «Minsteeigenandelen er no kr 10 000»: «nå»/«no» makes it the new one)
  new RegExp(String.raw`\b(?:er|blir|vert)\s+(?:den\s+)?${MINIMUM_WORD}\s+(?:nå|no)\s+(?:på\s+)?${A}`),
  new RegExp(String.raw`${MINIMUM_WORD}${FOR}\s+(?:er|blir|vert)\s+(?:nå|no)\s+(?:på\s+)?${A}`),
];
/**
 * «Minsteegenandelen for Ansvar er kr 10 000», «minste egenandel på forsikringen Ansvar er kr 10 000»:
 * in a renewal letter's changes, a minimum stated with «er» is the minimum that applies from renewal.
 */
const LETTER_MINIMUM = new RegExp(String.raw`${MINIMUM_WORD}${FOR}\s+(?:er|utgjør|utgjer)\s+(?:på\s+)?${A}`);
/** «* Minsteegenandel Bedriftsansvar: kr 10.000», «Minsteegenandel: kr 10 000»: a renewal letter's list of changes states the minimum as a label and its amount. */
const LABELLED_MINIMUM = new RegExp(String.raw`^[\s*•–-]*${MINIMUM_WORD}(?:\s+[^:¤\d]{2,50}?)?\s*:\s*${A}\s*\.?\s*$`);
/** «Ny egenandel bilskade: …», «Egenandel innbo/løsøre: …»: what the deductible is for as a word of a label, right before its colon. */
const COVER_THEN_COLON = String.raw`\s+[a-zæøå][a-zæøå/-]{2,30}(?=\s*:)`;
/**
 * «Egenandel: kr 8 000 (tidligere kr 5 000)», «Ny egenandel: kr 10 000 (nå kr 6 000)», «eigenandelen
 * blir kr 4 000 (i dag 3 000)», «fast egenandel kr 3 000 (i dag er egenandelen kr 2 500)»: the new
 * amount, the old one in brackets after it (the one «now» is the one before the change). A bare figure in the brackets is read too: the word before it says
 * what it is. A forwarded e-mail's label names the cover before its colon: «Ny egenandel bilskade: 8 000 kr (i
 * dag 6 000 kr)», «… 8 000 kr (tidligere 6 000 kr)» — the new amount first, the current one in the brackets.
 */
// («Egenandel per skadetilfelle: kr 2 000 (i dag kr 1 500)»: what the amount is counted per, before the colon)
const PER_CLAIM = String.raw`(?:\s+(?:per|pr\.?)\s+(?:skadetilfelle|skade|skadehending|behandling|sak|hendelse|krav))?`;
/** «Egenandel eiendom blir …»: what the deductible is for as a word right after it, before the verb (an e-mail's short form). */
const COVER_THEN_VERB = String.raw`\s+[a-zæøå][a-zæøå/-]{2,30}(?=\s+(?:blir|vert)\s)`;
const FORMER_IN_BRACKETS = new RegExp(String.raw`${EGENANDEL}${PER_CLAIM}(?:${FOR}|${COVER_THEN_COLON}|${COVER_THEN_VERB})\s*(?::|\s(?:er|blir|vert|på|nå|no))?\s*${A}${PER_CLAIM}\s*\(\s*(?:tidligere|tidlegare|før|var|fra|frå|i\s+dag|nå|no|per\s+i\s+dag|dagens)\s*:?\s*(?:(?:er|var)\s+(?:${EGENANDEL}\s+|den\s+)?(?:på\s+)?)?(?:${A}|(\d{1,3}(?:[ .]\d{3})+|\d+))\s*\)`);

/**
 * A new amount with the former one in brackets («Egenandel: kr 8 000 (tidligere kr 5 000)»: old
 * 5 000, new 8 000), wherever it stands. Read before the general patterns: «eigenandelen blir kr
 * 4 000 (i dag 3 000)» would else be only a new amount.
 */
function formerInBrackets(tl: string, amounts: string[], offset: number, sentence: string): Found | undefined {
  if (!tl.includes('(') || !tl.includes('¤')) return undefined;
  const m = FORMER_IN_BRACKETS.exec(tl);
  const [now, before] = m ? [amounts[+m[1]!], m[2] !== undefined ? amounts[+m[2]] : readAmount(m[3]!)] : [];
  if (m && now !== undefined && before !== undefined) return { field: 'old_new', values: [before, now], offset: offset + m.index, sentence };
  // the other order: the amount of today first, the new one in the brackets
  const n = NEW_IN_BRACKETS.exec(tl);
  const [today, next] = n ? [amounts[+n[1]!], amounts[+n[2]!]] : [];
  return n && today !== undefined && next !== undefined ? { field: 'old_new', values: [today, next], offset: offset + n.index, sentence } : undefined;
}

/**
 * «Egenandel bilskade: 6 000 kr (ny: 8 000 kr)», «Egenandel: 6 000 kr (fra fornyelsen 8 000 kr)»: the
 * amount of today first, and in brackets the one after the change, named so by its word.
 */
const NEW_IN_BRACKETS = new RegExp(String.raw`${EGENANDEL}(?:${FOR}|${COVER_THEN_COLON})\s*(?::|\s(?:er|på|nå|no))?\s*${A}\s*\(\s*(?:ny|nye|nytt|blir|vert|(?:fra|frå|etter)\s+(?:fornyelsen|fornyinga|hovedforfall|hovudforfall))\s*:?\s*${A}\s*\)`);

/**
 * Changes the general patterns miss, stated in one sentence wherever it stands: a new minimum
 * deductible («For Ansvar blir minsteegenandelen kr 10 000»).
 */
function minimumOrFormer(tl: string, amounts: string[], offset: number, sentence: string, letter: boolean): Found | undefined {
  if (!tl.includes('¤')) return undefined;
  if (!tl.includes('minste') && !tl.includes('minimum') && !tl.includes('laveste') && !tl.includes('lågaste')) return undefined;
  for (const re of letter ? [...NEW_MINIMUM, LETTER_MINIMUM, LABELLED_MINIMUM] : NEW_MINIMUM) {
    const m = re.exec(tl);
    const v = m ? amounts[+m[1]!] : undefined;
    if (m && v !== undefined) return { field: 'minimum', values: [v], offset: offset + m.index, sentence };
  }
  return undefined;
}

/** A label of the deductible before a change («Før», «Tidligere», «Egenandel i dag»), after it («Ny», «Etter», «Egenandel fra 1.1.2026»), or now («Nå»: the one after beside a «Før», the one before beside a «Ny»). */
const PAIR_LABEL = String.raw`(?:(?:ei?genandel(?:en)?|ei?genandel(?:en)?\s+(?:for|på)\s+[^:¤]{1,40}?)\s+)?(før|tidligere|tidlegare|forrige|gammel|gamal|dagens|i\s+dag|nåværende|noverande|nå|no|ny|nye|etter|fr[aå]\s+[\d.]+\d|fra\s+fornyelsen|frå\s+fornyinga)|(tidligere|tidlegare|forrige|gammel|gamal|dagens|nåværende|noverande|ny|nye)\s+ei?genandel`;
/** «Egenandel før: kr 10 000  Egenandel nå: kr 15 000», «Tidligere: 4 000 – Ny: 6 000»: two labelled amounts on one line. */
const LABELLED_PAIR = new RegExp(String.raw`(?:^|[\s(,;–—-])(?:${PAIR_LABEL})\s*:\s*${A}\s*(?:[,;/|–—-]\s*|og\s+)?(?:${PAIR_LABEL})\s*:\s*${A}\s*[.)]?\s*$`);

/** A line with an old and a new label each before a colon: a labelled pair may be in it. */
const PAIR_HINT = /(?:før|tidligere|tidlegare|forrige|gammel|gamal|i dag|nå|no)\s*:.*\b(?:ny|nye|etter|nå|no)\s*:|(?:ny|nye|etter|nå|no)\s*:.*(?:før|tidligere|tidlegare|forrige|gammel|gamal|i dag)\s*:/;

const ONLY_PAIR_LABEL = new RegExp(String.raw`^(?:${PAIR_LABEL})$`);

function pairRole(word: string): 'old' | 'new' | 'now' {
  const w = word.replace(/\s+/g, ' ');
  if (w === 'nå' || w === 'no') return 'now';
  return /^(?:før|tidligere|tidlegare|forrige|gammel|gamal|dagens|i dag|nåværende|noverande)$/.test(w) ? 'old' : 'new';
}

/**
 * An old and a new deductible as labelled amounts on one line («Egenandel før: kr 10 000  Egenandel
 * nå: kr 15 000», «Tidligere: 4 000 – Ny: 6 000»), in either order; undefined when the labels do not
 * name one of each (two «nå», or «før» and «tidligere»: which is which is not said).
 */
function labelledPair(tl: string, amounts: string[], offset: number, sentence: string): Found | undefined {
  if (!tl.includes(':')) return undefined;
  const m = LABELLED_PAIR.exec(tl);
  if (!m) return undefined;
  const [a, b] = [m[1] ?? m[2], m[4] ?? m[5]].map((w) => pairRole(w!));
  const [va, vb] = [amounts[+m[3]!], amounts[+m[6]!]];
  if (va === undefined || vb === undefined) return undefined;
  const roles = a === 'now' ? [b === 'old' ? 'new' : b === 'new' ? 'old' : 'now', b] : b === 'now' ? [a, a === 'old' ? 'new' : 'old'] : [a, b];
  if (roles[0] === roles[1] || roles.includes('now')) return undefined;
  const values = roles[0] === 'old' ? [va, vb] : [vb, va];
  return { field: 'old_new', values, offset: offset + m.index, sentence, labelled: true };
}

/**
 * «gammel egenandel 15 000 kr / ny egenandel 20 000 kr», «tidligere egenandel kr 6 000, ny egenandel kr 10 000»: the old
 * deductible and the new one, each named by its adjective and the deductible's word, without colons (a broker's list of changes).
 */
const WORDED_PAIR = new RegExp(
  String.raw`(?:^|[\s(,;–—-])(?:tidligere|tidlegare|forrige|gammel|gamal|dagens|nåværende|noverande)\s+ei?genandel\s+(?:(?:er|var)\s+)?(?:på\s+)?${A}\s*(?:[,;/|–—-]\s*|og\s+)?(?:ny|nye)\s+ei?genandel\s+(?:(?:er|blir|vert)\s+)?(?:på\s+)?${A}\s*\.?\s*$`,
);

/** An old and a new deductible named by their adjectives (WORDED_PAIR); undefined otherwise. */
function wordedPair(tl: string, amounts: string[], offset: number, sentence: string): Found | undefined {
  const m = WORDED_PAIR.exec(tl);
  const [o, n] = m ? [amounts[+m[1]!], amounts[+m[2]!]] : [];
  if (!m || o === undefined || n === undefined) return undefined;
  return { field: 'old_new', values: [o, n], offset: offset + m.index, sentence };
}

/** The text contains one of the words. */
function includesAny(text: string, words: string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i]!)) return true;
  return false;
}

/** A bare «fra kr A til kr B» in a section about deductibles (read in lower case, as the patterns above). */
const BARE_FROM_TO = new RegExp(String.raw`\bfr[aå]\s+${A}\s*til\s+${A}`);
/** A bare «kr B (i dag kr A)» in a section about deductibles: the new amount, and today's in brackets. */
const BARE_FORMER_IN_BRACKETS = new RegExp(String.raw`${A}\s*\(\s*(?:tidligere|tidlegare|før|i\s+dag|dagens|per\s+i\s+dag|nå|no)\s*:?\s*${A}\s*\)`);
/** «tidligere NOK 100 000, nå NOK 250 000» in a section about deductibles: the one before, by its word, then the one after. */
const BARE_BEFORE_NOW = new RegExp(String.raw`(?:^|[\s:(])(?:tidligere|tidlegare|før|i\s+dag|per\s+i\s+dag|dagens|gammel|gamal)\s*:?\s*${A}\s*(?:[,;/|–—-]\s*|og\s+)?(?:nå|no|ny|nye|etter|fra\s+fornyelsen|frå\s+fornyinga|heretter)\s*:?\s*${A}\s*[.)]?\s*$`);
/** Words of an amount before and one after, in that order («tidligere …, nå …»): a line a section about deductibles reads. */
const BEFORE_NOW_WORDS = /(?<![a-zæøå])(?:tidligere|tidlegare|før|i dag|dagens|gammel|gamal)(?![a-zæøå]).*(?<![a-zæøå])(?:nå|no|ny|nye|etter|heretter)(?![a-zæøå])/;
const FROM_TO_CELL = new RegExp(String.raw`^fr[aå]\s+${A}\s*til\s+${A}\s*\.?\s*$`);

/**
 * A sentence that goes on about the deductible of the sentence before with a pronoun, and names
 * no deductible itself: «Frå fornyinga blir han auka til kr 10 000.», «Den økes til kr 10 000.»
 */
const PRONOUN_CHANGE = new RegExp(String.raw`^(?:[^.]{0,40}?\s)?${RAISED_TO}\s`);

/** «Den økes fra kr 4 000 til kr 6 000.», «Han aukar frå …»: a sentence that changes a deductible named before it, by a pronoun. */
/** «Fra fornyelsen blir den 4 000 kroner.»: a sentence that gives the deductible named before it, by a pronoun, its new amount. */
const PRONOUN_BECOMES = new RegExp(String.raw`^(?:[^.]{0,40}?\s)?(?:blir|vert)\s+(?:den|denne|han|ho)\s+(?:på\s+)?(?:kr\.?\s*|nok\s*)?\d|^${FROM_RENEWAL}\s+er\s+(?:den|denne|han|ho)\s+(?:på\s+)?(?:kr\.?\s*|nok\s*)?\d`);

const PRONOUN_FROM_TO = /^(?:den|denne|han|ho)\s+(?:økes|øker|heves|endres|aukar|aukast|endrast|(?:blir|vert)\s+(?:økt|auka|hevet|heva|endret|endra|justert))\s+fr[aå]\s+(?:kr\.?\s*)?\d[^.]*\btil\s+(?:kr\.?\s*)?\d/;

function sentences(text: string): Array<{ s: string; offset: number }> {
  const out = sentencesApart(text);
  // («For X er eigenandelen i dag kr 6 000. Frå fornyinga blir han auka til kr 10 000.»: one change)
  for (let i = out.length - 1; i > 0; i--) {
    const l = lowerCase(out[i]!.s);
    if (DEDUCTIBLE_WORD.test(l) || !DEDUCTIBLE_WORD.test(lowerCase(out[i - 1]!.s)) || !(PRONOUN_CHANGE.test(l) || PRONOUN_FROM_TO.test(l) || PRONOUN_BECOMES.test(l))) continue;
    out[i - 1] = { s: text.slice(out[i - 1]!.offset, out[i]!.offset + out[i]!.s.length), offset: out[i - 1]!.offset };
    out.splice(i, 1);
  }
  return out;
}

function sentencesApart(text: string): Array<{ s: string; offset: number }> {
  const out: Array<{ s: string; offset: number }> = [];
  // split at sentence ends followed by a capital; keep decimals and «kr.» inside sentences
  let start = 0;
  const ends = [...text.matchAll(/[.!?](?=\s+[A-ZÆØÅÉ«(])/g)].map((m) => (m.index ?? 0) + 1);
  for (const e of [...ends, text.length]) {
    const s = text.slice(start, e).trim();
    if (s) out.push({ s, offset: start + (text.slice(start, e).length - text.slice(start, e).trimStart().length) });
    start = e;
  }
  return out;
}

/** «(Tidligere fast egenandel kr 8 000.)», «Før var eigendelen kr 8 000.»: the amount before a change, a sentence of its own. */
const FORMER_SENTENCE = new RegExp(String.raw`^\(?\s*(?:tidligere|tidlegare|før)\s+(?:(?:var|er)\s+)?(?:(?:fast|valgt|vald)\s+)?${EGENANDEL}\s*(?::\s*|\s+(?:var|er|på)\s+)?(?:på\s+)?${A}\s*\.?\s*\)?\s*\.?$`);

/** A sentence that is a deductible's field alone: «Egenandel: 10 % av skadebeløpet.», «Eigenandel: kr 6 000». */
const BARE_FIELD = /^ei?gen(?:an)?del\s*:/i;

/** A sentence that is a labelled field: «Forsikringssum: kr 4 180 000.», «Premie: kr 7 940.». */
const FIELD_SENTENCE = /^[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ]*(?: [A-Za-zÀ-ÖØ-öø-ɏ]+){0,2}\s*:\s/u;

/** A record's line of two or more fields, each a sentence («Forsikringssum: kr 2 400 000. Egenandel: 10 % av skadebeløpet. Premie: kr 7 940.»). */
function recordFields(text: string): boolean {
  const all = sentencesApart(text);
  return all.length >= 2 && all.every(({ s }) => FIELD_SENTENCE.test(s));
}

/** A record's line of fields (recordFields) whose deductible is its bare field, with no word of a change. */
function deductibleFieldsOnly(text: string): boolean {
  if (!recordFields(text)) return false;
  const named = sentencesApart(text).filter(({ s }) => DEDUCTIBLE_WORD.test(lowerCase(s)));
  return named.length > 0 && named.every(({ s }) => BARE_FIELD.test(s) && !CHANGE_WORD.test(lowerCase(s)));
}

/** Words that tie a change to the renewal: «ved fornyelsen», «fra hovedforfall», «fra neste periode», «med virkning fra». */
const RENEWAL_TIE = /\b(?:forny\w*|hovedforfall\w*|hovudforfall\w*|neste\s+(?:periode|forsikringsår|år)|med\s+virkning|fra\s+og\s+med|f\.o\.m\.?|endres|endrast|endra|endret)\b/;
const DATE_IN_TEXT = lazyPattern(() => new RegExp(DATE_SOURCE, 'i'));

/** A heading over changes: «Endringer fra 1. januar 2026», «Dette er nytt», «Nyheter ved fornyelsen», «Nytt frå 2027» (lower case). */
const CHANGES_HEADING = /endring|endrar|endrer|endret|endra\b|\bnytt\b|\bnyhet|\bnyheit|forny|(?:19|20)\d\d/;

/** The sentence ties its change to the renewal or to a date (see RENEWAL_TIE): an increase outside a letter then is a change. */
function tiedToRenewal(sentence: string): boolean {
  const lower = lowerCase(sentence);
  return RENEWAL_TIE.test(lower) || FROM_TO_AMOUNTS.test(lower) || DATE_IN_TEXT().test(sentence);
}
/** «…, fra 6 000 kroner til 8 000 kroner»: the old and the new amount beside the increase — a change. */
const FROM_TO_AMOUNTS = /\bfr[aå]\s+(?:kr\.?\s*|nok\s*)?\d[^.;]*?\btil\s+(?:kr\.?\s*|nok\s*)?\d/;

/**
 * The fixed amount a share of the claim replaces, after the percentage: «(tidligere fast kr 10 000)», «(før: fast egenandel kr 8 000)»,
 * «i stedet for fast kr 3 000», nynorsk «i staden for fast kr 3 000» (group 1 the amount's token).
 */
const FIXED_REPLACED = new RegExp(String.raw`(?:\(\s*(?:tidligere|tidlegare|før)\s*:?|(?:i\s+stedet\s+for|istedenfor|i\s+staden\s+for|istaden\s+for))\s+(?:en\s+|ein\s+)?fast\s+(?:${EGENANDEL}\s+)?(?:på\s+)?${A}`);

function findIn(text: string, letter: boolean, deductibleSection: boolean, headedChange = false, changeContext = headedChange): Found[] {
  const found: Found[] = [];
  // (whether the text is a record's line of fields: asked only of a sentence that is a deductible's bare field, most never are)
  let record: boolean | undefined;
  let telling: boolean | undefined;
  for (const { s, offset } of sentences(text)) {
    if (!deductibleSection && !DEDUCTIBLE_WORD.test(s.toLowerCase())) continue;
    // «Karenstiden og egenandelen … er uendret: … minimum kr 20 000» states today's deductible, not a change
    if (UNCHANGED.test(s.toLowerCase())) continue;
    // («Egenandelen på villa kan økes til 20 000 for ca. 8 % lavere premie. Vi anbefaler å beholde 10 000.»: a choice offered)
    if (OFFER.test(lowerCase(s))) continue;
    // («Egenandelen er 2 500 kr per skadetilfelle.» in a certificate, «20 % av kostnadene, minst 4 000 kr» under a card's
    // «Egenandel»: no word of a change, nor a heading of one above — the deductible as it is)
    // («Minsteegenandel Bedriftsansvar: kr 10.000» in a letter: a minimum's own word, read as the minimum from the renewal)
    if (!changeContext && !CHANGE_SIGN.test(lowerCase(s)) && !(letter && MINIMUM_OWN_WORD.test(lowerCase(s)))) continue;
    // («Egenandelen er 500 kroner per skadetilfelle, og prisen er 2 640 kroner per år.»: a cover's figures as they are —
    // each amount after a role word of its own, no word of a change or of what will be — no change)
    if (statesCoverNow(s)) continue;
    // («Ditt hus i …, er forsikret for fullverdi med en egenandel på kr 6 000, og årspremien blir kr 10 284.»: the thing's
    // cover as it is, the future word the premium's — no change)
    if (statesThingCover(s)) continue;
    // («Veterinær dekker … med inntil 60 000 kr …. Egenandelen er 2 500 kr per skadetilfelle.»: a letter's paragraph that tells
    // one cover, its deductible as it is — no change)
    if ((telling ??= tellsCover(text)) && !CHANGE_WORD.test(lowerCase(s))) continue;
    // («Forsikringssum: kr 2 400 000. Egenandel: 10 % av skadebeløpet. Premie: …», a record's fields: the deductible as it
    // is — a field that names no change is none, also with a percentage)
    if (BARE_FIELD.test(s) && (record ??= recordFields(text)) && !CHANGE_WORD.test(lowerCase(s))) continue;
    const { t: tl, amounts } = tokenize(s);
    const pats = letter ? STRONG_AND_LETTER : STRONG;
    const here: Found[] = [];
    const hasAmount = amounts.length > 0;
    const former = formerInBrackets(tl, amounts, offset, s);
    if (former) here.push(former);
    // («Minste egenandel blir kr 10 000»: the minimum's own word — read before «egenandel blir kr 10 000» takes it for a new amount)
    const least = !former && hasAmount ? minimumOrFormer(tl, amounts, offset, s, letter) : undefined;
    if (least) here.push(least);
    for (let p = 0; p < pats.length; p++) {
      const { re, field, needs, amount } = pats[p]!;
      if ((amount && !hasAmount) || !includesAny(tl, needs)) continue;
      const m = re.exec(tl);
      if (!m) continue;
      if (here.some((f) => f.field === field || (field === 'new' && f.field === 'old_new') || (field === 'new' && f.field === 'minimum'))) continue;
      // (the amount and the percentage of «fra en fast egenandel på kr 5 000 til 10 %» are read: no new amount, no percentage again)
      if ((field === 'new' || field === 'percent' || field === 'old_new') && here.some((f) => f.field === 'old_percent')) continue;
      const read =
        field === 'percent' ? [readDecimal(m[1]!)] : field === 'old_percent' ? [amounts[+m[1]!], readDecimal(m[2]!)] : m.slice(1).map((a) => (a === undefined ? undefined : amounts[+a]));
      const values = pats[p]!.reversed ? read.reverse() : read;
      if (values.some((v) => v === undefined) && field !== 'text') continue;
      // («Egenandelen økes med kr 10 000 ved tyveri av påhengsmotor som ikke var låst …» in a certificate: a standing rule of
      // the cover, no change — outside a letter an increase is a change only when tied to the renewal or a date)
      if (field === 'increase' && !letter && !headedChange && !tiedToRenewal(s)) continue;
      // («Har du egenandel under kr 4 000, blir den hevet til kr 6 000»: a deductible of 5 000 stays — the floor is not said)
      if (field === 'minimum' && values.length === 2 && values[0] !== values[1]) continue;
      here.push({ field, values: field === 'text' ? [] : (values as string[]), offset: offset + m.index, sentence: s });
    }
    // («For maskinskade blir egenandelen 20 % av erstatningen (tidligere fast kr 10 000).», «… blir 15 % av erstatningen, i stedet
    // for fast kr 3 000»: a share of the claim that takes the place of a fixed amount — the fixed amount is the old deductible)
    if (hasAmount && here.some((f) => f.field === 'percent') && !here.some((f) => f.field === 'old' || f.field === 'old_new' || f.field === 'old_percent')) {
      const m = FIXED_REPLACED.exec(tl);
      const v = m ? amounts[+m[1]!] : undefined;
      if (m && v !== undefined) here.push({ field: 'old', values: [v], offset: offset + m.index, sentence: s });
    }
    if (here.length === 0 && amounts.length >= 2) {
      const pair = labelledPair(tl, amounts, offset, s) ?? wordedPair(tl, amounts, offset, s);
      if (pair) here.push(pair);
    }
    // («Egenandelen blir 20 % av kostnadene i saken. (Tidligere fast egenandel kr 8 000.)»: the former amount, in a sentence of its own)
    if (here.length === 0 && hasAmount) {
      const m = FORMER_SENTENCE.exec(tl);
      const v = m ? amounts[+m[1]!] : undefined;
      if (m && v !== undefined) here.push({ field: 'old', values: [v], offset: offset + m.index, sentence: s });
    }
    if (here.length === 0 && deductibleSection) {
      const m = BARE_FROM_TO.exec(tl);
      const values = m ? [amounts[+m[1]!], amounts[+m[2]!]] : [];
      if (m && values.every((v) => v !== undefined)) here.push({ field: 'old_new', values: values as string[], offset: offset + m.index, sentence: s });
    }
    if (here.length === 0 && deductibleSection) {
      // («Eiendom, alle skader:   tidligere NOK 100 000, nå NOK 250 000» under «Egenandeler»: the amount before, named by its word, then
      // the one after — also «før kr 6 000, etter kr 8 000», «i dag 4 000 / ny 6 000», nynorsk «tidlegare kr 6 000, no kr 8 000»)
      const m = BARE_BEFORE_NOW.exec(tl);
      const values = m ? [amounts[+m[1]!], amounts[+m[2]!]] : [];
      if (m && values.every((v) => v !== undefined)) here.push({ field: 'old_new', values: values as string[], offset: offset + m.index, sentence: s });
    }
    if (here.length === 0 && deductibleSection) {
      // («Bedriftsansvar: NOK 25 000 (i dag NOK 10 000)» in a list of changed deductibles: the new one, today's in brackets)
      const m = BARE_FORMER_IN_BRACKETS.exec(tl);
      const values = m ? [amounts[+m[2]!], amounts[+m[1]!]] : [];
      if (m && values.every((v) => v !== undefined)) here.push({ field: 'old_new', values: values as string[], offset: offset + m.index, sentence: s });
    }
    // («Har du lavere egenandel på kasko enn kr 6 000, vil den økes til kr 6 000»: the floor's amount, read by «… økes til kr 6 000»
    // as well, is no new deductible of everyone's)
    const floor = here.find((f) => f.field === 'minimum');
    if (floor !== undefined) {
      const v = floor.values[1] ?? floor.values[0];
      for (let k = here.length - 1; k >= 0; k--) if (here[k]!.field === 'new' && here[k]!.values[0] === v) here.splice(k, 1);
    }
    // a text-only mention adds nothing when the same sentence has figures
    if (here.length > 1) found.push(...here.filter((f) => f.field !== 'text'));
    else found.push(...here);
  }
  return withoutFloorAsNew(found);
}

/**
 * «Standard egenandel blir 8.000 kroner. Har du valgt en egenandel som er lavere enn 8.000 kroner, økes den til 8.000
 * kroner.»: the standard amount a sentence gives and the floor the next one raises lower deductibles to are one
 * amount — a new minimum; a deductible above it stays, so the amount is no new deductible of everyone's (as within
 * one sentence). The findings without such a new amount.
 */
function withoutFloorAsNew(found: Found[]): Found[] {
  const floors = new Set(found.filter((f) => f.field === 'minimum').map((f) => f.values[1] ?? f.values[0]));
  if (floors.size === 0) return found;
  return found.filter((f) => !(f.field === 'new' && f.values.length === 1 && floors.has(f.values[0])));
}

function apply(change: DeductibleChange, found: Found[]): void {
  for (const f of found) {
    if (f.field === 'old_percent' && change.old === undefined && change.percent === undefined) {
      change.old = [f.values[0]!];
      change.percent = f.values[1]!;
    } else if (f.field === 'old' && change.old === undefined) change.old = [f.values[0]!];
    else if (f.field === 'old_new' && change.old === undefined) {
      change.old = [f.values[0]!];
      change.new = [f.values[1]!];
    } else if (f.field === 'minimum' && change.minimum === undefined) change.minimum = f.values[1] ?? f.values[0]!;
    else if (f.field === 'increase' && change.increase === undefined) {
      change.increase = f.values[0]!;
      // («økes med 2 000 kr til 8 000 kr»: new 8 000, old 6 000 — only where the difference is exact)
      const to = f.values[1];
      const from = to !== undefined ? difference(to, f.values[0]!) : undefined;
      if (to !== undefined && change.new === undefined) change.new = [to];
      if (from !== undefined && change.old === undefined && change.new?.[0] === to) change.old = [from];
    }
    else if (f.field === 'new' && change.new === undefined) change.new = [f.values[0]!];
    else if (f.field === 'percent' && change.percent === undefined) change.percent = f.values[0]!;
  }
}

/** `a − b` of two whole amounts («8000» − «2000»), when both are whole and the result is above zero; else undefined. */
function difference(a: string, b: string): string | undefined {
  if (!/^\d{1,12}$/.test(a) || !/^\d{1,12}$/.test(b)) return undefined;
  const d = Number(a) - Number(b);
  return d > 0 ? String(d) : undefined;
}

/** Key order of a change in the output. */
function ordered(c: DeductibleChange): DeductibleChange {
  const out: DeductibleChange = { product: c.product };
  if (c.coverage !== undefined) out.coverage = c.coverage;
  if (c.old !== undefined) out.old = c.old;
  if (c.new !== undefined) out.new = c.new;
  if (c.minimum !== undefined) out.minimum = c.minimum;
  if (c.increase !== undefined) out.increase = c.increase;
  if (c.percent !== undefined) out.percent = c.percent;
  if (c.text !== undefined) out.text = c.text;
  return out;
}

type Role = 'product' | 'coverage' | 'old' | 'new';

/** Names of a change table's product and coverage columns, in lower case. */
const PRODUCT_COLUMN = new Set(['produkt', 'produkter', 'forsikring', 'forsikringer', 'forsikringsart', 'forsikringsform', 'forsikringstype']);
const COVERAGE_COLUMN = new Set(['dekning', 'dekninger', 'gjelder', 'type']);

/** The old and the new deductible's column names (lower case): «Tidligere egenandel», «Egenandel i dag», «Fra»; «Ny egenandel», «Til». */
const OLD_HEADER = /^(?:tidligere|tidlegare|gammel|gjeldende|gjeldande|nåværende|dagens|opprinnelig)\b.*(?:ei?genandel|eigendel)|^(?:ei?genandel|eigendel) (?:i dag|nå|no|før)$|^fra$|^frå$|^før$/;
// («Egenandel etter», «Egenandel etter fornyelsen» beside «Egenandel før»)
// («Før | Fra 1. januar 2025», «Egenandel frå 1. januar 2026»: the column dated by the day the new deductible applies from)
const NEW_HEADER = /^(?:ny|nye|fremtidig|framtidig|endret|endra)\b.*(?:ei?genandel|eigendel)|^(?:ei?genandel|eigendel) (?:fra \S+|frå \S+|etter endring|etter|etter fornyelsen?|etter fornyinga)$|^(?:(?:ei?genandel|eigendel) )?(?:fra|frå|gjelder fra|gjeld frå) \d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[a-zæøå]+ \d{4})$|^til$|^ny$|^etter$|^etter fornyelsen?$/;
/** «Egenandel nå» is the deductible now: the new one beside «Egenandel før», the old one beside «Ny egenandel». */
const NOW_HEADER = /^(?:ei?genandel|eigendel) (?:nå|no)$|^nå$|^no$/;
const BEFORE_HEADER = /^(?:ei?genandel|eigendel) (?:før|i fjor|i fjar)$|^før$/;

/**
 * A change written as fields, one a line: «Egenandel i dag: kr 10 000» then «Ny egenandel: kr
 * 20 000», for the product a «Produkt: Bedriftsansvar» field right above names (else the product
 * heading). Undefined when the unit does not start such a pair.
 */
function fieldPair(r: Reading, at: number, product: string | undefined, bare = false): { change: DeductibleChange; units: Unit[] } | undefined {
  const figures = oldNewFields(r, at, bare);
  if (!figures) return undefined;
  const { u, next, o, n } = figures;
  const above = r.units[at - 1];
  const named = above && fieldLine(above) && PRODUCT_COLUMN.has(lowerCase(above.label.trim())) ? above.text.slice(above.text.indexOf(':') + 1).trim() : undefined;
  const name = named || product;
  if (!name) return undefined;
  // «Næringsbygg – Vannskade» over the pair: the product, and its coverage after the dash
  const dash = named ? null : PRODUCT_DASH_COVERAGE.exec(name);
  const change: DeductibleChange = dash && namesProduct(dash[1]!) ? { product: dash[1]!, coverage: dash[2]!, old: o, new: n } : { product: name, old: o, new: n };
  return { change, units: named && above ? [above, u, next] : [u, next] };
}

/**
 * The product of the record a field line stands in: «Forsikring: Hytteforsikring» on a line above it,
 * with only the record's other fields between and no blank line («Forsikret objekt: …», «Forsikringssum:
 * Fullverdi», then «Egenandel: kr 8 000 (tidligere kr 6 000)»). Undefined when no such line is there.
 */
function recordProductAbove(r: Reading, u: Unit): string | undefined {
  let below = u;
  for (let i = u.index - 1; i >= 0 && i >= u.index - RECORD_FIELDS; i--) {
    const v = r.units[i]!;
    const last = v.lines[v.lines.length - 1]!;
    const first = below.lines[0]!;
    if (v.label === undefined || !follows(last, first)) return undefined;
    if (PRODUCT_COLUMN.has(lowerCase(v.label.trim()))) {
      const value = v.text.slice(v.text.indexOf(':') + 1).trim();
      // («Forsikring: Personbil EK 12345»: the product before the vehicle's number)
      return value === '' ? undefined : DIGIT.test(value) ? recordName(value) : value;
    }
    below = v;
  }
  return undefined;
}

/** A label that is the deductible's word alone: «Egenandel», «Valgt egenandel», «Eigenandel», a mail merge's «Endret egenandel». */
const DEDUCTIBLE_LABEL = /^(?:(?:ny|nye|valgt|vald|fast|endret|endra)\s+)?(?:ei?gen(?:an)?del(?:en|a)?|selvrisiko)$/;

/**
 * «Bolighus, Storgata 5, 3610 Kongsberg», «Personbil EK 12345», «Villa Pluss – Storgata 5»: a
 * mail-merged record's product, the words before its place or its number; undefined when no place
 * or number with a figure follows them.
 */
const BEFORE_PLACE = /^([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ/ -]*?)\s*(?:,|\s[–—-]\s|\s(?=[A-ZÆØÅ]{1,3}[- ]?\d)|\s(?=\d))/;
function recordName(value: string): string | undefined {
  const m = BEFORE_PLACE.exec(value.trim());
  return m && DIGIT.test(value.trim().slice(m[0].length)) ? m[1]!.trim() : undefined;
}

/** How many fields above a record's deductible its product's field may stand. */
const RECORD_FIELDS = 6;

/** Unit `at` and the next as an old and a new figure by their labels, in either order; undefined when they are not. */
function oldNewFields(r: Reading, at: number, bare: boolean): { u: Unit; next: Unit; o: string[]; n: string[] } | undefined {
  const u = r.units[at]!;
  const next = r.units[at + 1];
  if (!fieldLine(u) || !next || !fieldLine(next)) return undefined;
  const [a, b] = [lowerCase(u.label.trim()), lowerCase(next.label.trim())];
  // («Tidligere: kr 50 000» / «Fra fornyelsen: kr 100 000» under «Brann, bygning og løsøre» in the letter's part on deductibles)
  const isOld = (x: string) => OLD_HEADER.test(x) || (bare && OLD_BARE_FIELD.test(x));
  const isNew = (x: string) => NEW_HEADER.test(x) || (bare && NEW_BARE_FIELD.test(x));
  const oldFirst = isOld(a) && isNew(b);
  if (!oldFirst && !(isNew(a) && isOld(b))) return undefined;
  // («Ny egenandel: 4 000 kr (uendret)»: the word in brackets says the amount is the same — readChanges then finds no change)
  const value = (x: Unit): string[] | undefined => cellAmounts(x.text.slice(x.text.indexOf(':') + 1).trim().replace(UNCHANGED_NOTE, ''));
  const [o, n] = oldFirst ? [value(u), value(next)] : [value(next), value(u)];
  return o && n ? { u, next, o, n } : undefined;
}

/** «(uendret)» after an amount: a note that it stays as it is. */
const UNCHANGED_NOTE = /\s*\((?:uendret|uendra)\)\.?$/i;

/** A letter's numbered part: «3. Egenandeler», «4) Premie» — short, no full stop after its words. */
const NUMBERED_PART = /^\d{1,2}[.)]\s+[A-ZÆØÅ][^.:!?]{2,60}$/;
/** «3», «3.»: a part's number alone in its cell. */
const PART_NUMBER_CELL = /^\d{1,2}\.?$/;
/** A part's title: capitalised words, no figure, no sentence. */
const PART_TITLE_CELL = /^[A-ZÆØÅ][^\d.:!?]{2,60}$/;

/**
 * «3  Egenandeler», «2  Indeks og naturskade»: a broker's numbered part whose number stands two spaces
 * before its title, which the units take for a row of two cells — the part's heading, as «3. Egenandeler»
 * is (a part on deductibles, or one that ends it: index, natural damage, premiums, sums). The heading as a
 * unit of its own (its title), or undefined for any other unit.
 */
function numberedPartRow(u: Unit): Unit | undefined {
  if (!u.row) return undefined;
  const cells = u.cells.filter((c) => c.trim() !== '');
  if (cells.length !== 2 || !PART_NUMBER_CELL.test(cells[0]!.trim()) || !PART_TITLE_CELL.test(cells[1]!.trim())) return undefined;
  const title = cells[1]!.trim();
  const lower = lowerCase(title);
  if (!DEDUCTIBLE_WORD.test(lower) && !OTHER_PART.test(lower)) return undefined;
  return { ...u, row: false, cells: [title], text: title, lower, label: undefined, heading: true, product: false };
}

/** A heading that ends the part on deductibles: a numbered part, or one on premiums, sums, index or natural damage. */
const OTHER_PART = /\d|premie|pris|forsikringssum|indeks|naturskade/;

/**
 * A line «Label: value»: a line of text, or a row of the label's cell and the value's cell (the
 * value set apart by spaces to line up with the others, «Ny egenandel:      kr 10 000»).
 */
function fieldLine(u: Unit): u is Unit & { label: string } {
  if (u.label === undefined) return false;
  if (!u.row) return true;
  const cells = u.cells.filter((c) => c.trim() !== '');
  return cells.length === 2 && cells[0]!.trim().endsWith(':');
}

/** Old and new columns named without the word «egenandel» («Nåværende | Ny»): a header only over a row that names it. */
const OLD_BARE = /^(?:nåværende|noverande|tidligere|tidlegare|gammel|dagens|i dag)$/;
const NEW_BARE = /^(?:nye?|fremtidig|framtidig|endret|endra)$/;
/** Field labels without the word «egenandel» («Tidligere:», «Fra fornyelsen:»), read only in a letter's part on deductibles: the bare column words and a few of a field's own. */
const OLD_BARE_FIELD = new RegExp(`${OLD_BARE.source}|^(?:før|nå|no)$`);
const NEW_BARE_FIELD = new RegExp(`${NEW_BARE.source}|^(?:etter|(?:etter|fra|frå) (?:fornyelsen|fornyinga|hovedforfall|hovudforfall)|fra neste periode)$`);
/** A cell that is only the word «egenandel»: the row is the product's own deductible, no coverage. */
const ONLY_DEDUCTIBLE = /^ei?genandel(?:en|er|ar)?:?$/i;

const PRODUCT_DASH_COVERAGE = /^(.+?)\s+[–—-]\s+(.+)$/;

/**
 * Column roles of a change-table header, or undefined when the row is not one. `next`: the unit
 * under it (a header of bare words, «Nåværende | Ny», only over a row «Egenandel | 10 000 | 15 000»).
 */
function changeHeader(cells: string[], next?: Unit, underDeductibles = false): Array<Role | undefined> | undefined {
  const lower = cells.map((c) => c.toLowerCase().trim());
  const periods = periodsHeader(lower, underDeductibles);
  if (periods) return periods;
  if (lower.some((t) => OLD_BARE.test(t)) && lower.some((t) => NEW_BARE.test(t)) && next?.row && ONLY_DEDUCTIBLE.test(next.cells.find((c) => c.trim() !== '')?.trim() ?? '')) {
    const roles = lower.map((t): Role | undefined => (OLD_BARE.test(t) ? 'old' : NEW_BARE.test(t) ? 'new' : PRODUCT_COLUMN.has(t) ? 'product' : COVERAGE_COLUMN.has(t) ? 'coverage' : undefined));
    if (roles.filter((x) => x === 'old').length === 1 && roles.filter((x) => x === 'new').length === 1) return withNameColumn(cells, roles);
  }
  // an old-deductible column names «egenandel» or is «Fra»/«Før»: most rows have none
  if (!lower.some((t) => DEDUCTIBLE_WORD.test(t) || t === 'fra' || t === 'før' || t === 'frå')) return undefined;
  // «Egenandel 2024 | Egenandel 2025»: the earlier year is the old deductible
  const years = cells.map((c) => /^(?:ei?genandel|eigendel) (?:i |for |fra |frå )?(\d{4})$/i.exec(c.trim())?.[1]);
  const known = years.filter((y): y is string => y !== undefined).sort();
  const before = lower.some((t) => BEFORE_HEADER.test(t));
  const roles = lower.map((t, i): Role | undefined => {
    if (known.length === 2 && years[i] !== undefined) return years[i] === known[0] ? 'old' : 'new';
    if (before && NOW_HEADER.test(t)) return 'new';
    if (OLD_HEADER.test(t)) return 'old';
    if (NEW_HEADER.test(t)) return 'new';
    if (PRODUCT_COLUMN.has(t)) return 'product';
    if (COVERAGE_COLUMN.has(t)) return 'coverage';
    return undefined;
  });
  return roles.includes('old') && roles.includes('new') ? withNameColumn(cells, roles) : undefined;
}

/** A column of a period alone: a year («2025»), or a word for before or after the change. */
const YEAR_CELL = /^(?:19|20)\d\d$/;
const BEFORE_CELL = /^(?:før|tidligere|tidlegare|gammel|gamal|i fjor|i fjar)$/;
const NOW_CELL = /^(?:nå|no|i dag|nåværende|noverande|dagens)$/;
// («Egenandel | Før | Fra 1. januar 2026», «… | Fra 01.01.2026»: the column of the deductible from a date on is the new one)
const AFTER_CELL = /^(?:etter|ny|nye|nytt|fremtidig|framtidig|(?:fra|frå|etter) (?:fornyelsen?|fornyinga?|hovedforfall|hovudforfall)|(?:fra|frå|etter) (?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}\.\s?(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+\d{4}))$/;

/**
 * «Egenandel | 2024 | 2025», «Egenandel | Før | Nå», «Egenandel | Gammel | Ny», «Egenandel | I dag | Fra
 * fornyelsen» (a tab-separated letter): the word «egenandel» over the rows' names, then a column for
 * each period — the earlier year or the word before the change is the old deductible. «Nå» is the
 * new one beside «Før», the old one beside «Ny». Roles (the names a coverage column, as in
 * «Dekning | Før | Etter»), or undefined for any other row.
 */
function periodsHeader(lower: string[], underDeductibles = false): Array<Role | undefined> | undefined {
  const cells = lower.filter((t) => t !== '');
  // («Endringer i egenandeler» right above «Dekning | 2025 | 2026»: the heading says what the figures are)
  const named = underDeductibles && cells.length === 3 && lower[0] === cells[0] && (PRODUCT_COLUMN.has(cells[0]!) || COVERAGE_COLUMN.has(cells[0]!));
  const names = underDeductibles && cells.length > 3 ? namesThenYears(lower) : undefined;
  if (names) return names;
  if (cells.length !== 3 || lower[0] !== cells[0] || !(named || ONLY_DEDUCTIBLE.test(cells[0]!) || headingInHeader(cells[0]!) !== undefined)) return undefined;
  const [a, b] = [cells[1]!, cells[2]!];
  const at = [lower.indexOf(a), lower.lastIndexOf(b)];
  let old: number | undefined;
  if (YEAR_CELL.test(a) && YEAR_CELL.test(b) && a !== b) old = a < b ? 0 : 1;
  else if ((BEFORE_CELL.test(a) || NOW_CELL.test(a)) && (AFTER_CELL.test(b) || (BEFORE_CELL.test(a) && NOW_CELL.test(b)))) old = 0;
  else if ((BEFORE_CELL.test(b) || NOW_CELL.test(b)) && (AFTER_CELL.test(a) || (BEFORE_CELL.test(b) && NOW_CELL.test(a)))) old = 1;
  if (old === undefined) return undefined;
  const first: Role = PRODUCT_COLUMN.has(cells[0]!) ? 'product' : 'coverage';
  return lower.map((_, i): Role | undefined => (i === 0 ? first : i === at[old!] ? 'old' : i === at[1 - old!] ? 'new' : undefined));
}

/** A broker's column of the insurer each row is with («Selskap»): it names no product nor coverage. */
const COMPANY_COLUMN: ReadonlySet<string> = new Set(['selskap', 'forsikringsselskap', 'forsikringsgiver', 'assurandør']);

/**
 * «Selskap | Produkt | Dekning | 2024 | 2025» right under «Egenandeler»: a broker's summary of several
 * insurers, the names' columns (product, coverage, the insurer) and then a column for each year — the
 * earlier year the old deductible, the later the new. Roles, or undefined when any column is another.
 */
function namesThenYears(lower: string[]): Array<Role | undefined> | undefined {
  if (lower.some((t) => t === '')) return undefined;
  const [a, b] = lower.slice(-2) as [string, string];
  if (!YEAR_CELL.test(a) || !YEAR_CELL.test(b) || +b !== +a + 1) return undefined;
  const names = lower.slice(0, -2);
  if (!names.every((t) => PRODUCT_COLUMN.has(t) || COVERAGE_COLUMN.has(t) || COMPANY_COLUMN.has(t))) return undefined;
  if (names.filter((t) => PRODUCT_COLUMN.has(t)).length > 1 || names.filter((t) => COVERAGE_COLUMN.has(t)).length > 1) return undefined;
  if (!names.some((t) => PRODUCT_COLUMN.has(t) || COVERAGE_COLUMN.has(t))) return undefined;
  return [...names.map((t): Role | undefined => (PRODUCT_COLUMN.has(t) ? 'product' : COVERAGE_COLUMN.has(t) ? 'coverage' : undefined)), 'old', 'new'];
}

/** A product's name, then the word «egenandel»: «Bedriftsansvar Egenandel». */
const NAME_THEN_DEDUCTIBLE = /^(.+?)\s+ei?genandel(?:er|ar)?:?$/i;

/**
 * «Bedriftsansvar Egenandel | Før | Nå»: the product's heading set right over the header at the
 * row pitch of a PDF, read as the first line of the header's first cell — the product of the
 * table's rows. Undefined when the cell holds no product's name before the word.
 */
function headingInHeader(cell: string): string | undefined {
  const m = NAME_THEN_DEDUCTIBLE.exec(cell.trim());
  return m && !DIGIT.test(m[1]!) && namesProduct(m[1]!) ? m[1]! : undefined;
}

/** «| Tidligere egenandel | Ny egenandel» over «Næringsbygg | 10 000 | 15 000»: a first column with no name names the product. */
function withNameColumn(cells: string[], roles: Array<Role | undefined>): Array<Role | undefined> {
  if (cells[0]!.trim() === '' && roles[0] === undefined && !roles.includes('product')) roles[0] = 'product';
  return roles;
}

/** The column of a what-changed table that says what each row changes («Gjelder», «Hva endres»): a deductible, a price, a sum. */
const ITEM_COLUMN: ReadonlySet<string> = new Set(WHAT_CHANGED_COLUMNS);
/** The longest name of the item column (lowerCase keeps a text's length). */
const LONGEST_ITEM_COLUMN = Math.max(...WHAT_CHANGED_COLUMNS.map((n) => n.length));

/**
 * Whether a cell is the item column's name (a what-changed header has one). Asked of every row's cells first: a cell
 * longer than any such name — a row's product, place or sentence — is not put in lower case to be looked up.
 */
function namesItemColumn(cell: string): boolean {
  const t = cell.trim();
  return t.length <= LONGEST_ITEM_COLUMN && ITEM_COLUMN.has(lowerCase(t));
}
/** A what-changed table's column of the time before («Før», «Tidligere», «I dag») and after («Fra 1.1.2025», «Nytt», «Etter»). */
const THEN_COLUMN = /^(?:før|tidligere|tidlegare|gammel|gamal|forrige|i dag|i fjor|i fjar|dagens|nåværende|noverande)$/;
const LATER_COLUMN = /^(?:ny|nye|nytt|etter|fr[aå] \d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|(?:fra|frå|etter) (?:fornyelsen|fornyinga|hovedforfall|hovudforfall))$/;

/**
 * «Forsikring | Gjelder | Før | Fra 1.1.2025», «Forsikring | Hva endres | Tidligere | Nå»: the header
 * of a table of what changed at renewal, one row per product and item — a deductible among prices
 * and sums. «Nå» is the later beside a before, the earlier beside an after. Roles (the item column as
 * the coverage), or undefined for any other row.
 */
function whatChangedHeader(cells: string[]): Array<Role | undefined> | undefined {
  if (!cells.some(namesItemColumn)) return undefined;
  const lower = cells.map((c) => lowerCase(c.trim()));
  if (!lower.some((t) => ITEM_COLUMN.has(t)) || lower.some((t) => DEDUCTIBLE_WORD.test(t))) return undefined;
  const then = lower.filter((t) => THEN_COLUMN.test(t)).length;
  const later = lower.filter((t) => LATER_COLUMN.test(t)).length;
  const now = lower.filter((t) => t === 'nå' || t === 'no').length;
  if (then + later + now !== 2 || then > 1 || later > 1) return undefined;
  const roles = lower.map((t): Role | undefined => {
    if (THEN_COLUMN.test(t)) return 'old';
    if (LATER_COLUMN.test(t)) return 'new';
    if (t === 'nå' || t === 'no') return then === 1 ? 'new' : 'old';
    if (PRODUCT_COLUMN.has(t)) return 'product';
    return ITEM_COLUMN.has(t) ? 'coverage' : undefined;
  });
  return roles.includes('old') && roles.includes('new') ? roles : undefined;
}

/** «Egenandel ved råte», «Egenandel kasko», «Egenandel»: a what-changed row's item that is a deductible; what follows the word is its coverage. */
const DEDUCTIBLE_ITEM = /^(?:valgt\s+|fast\s+|ordinær\s+)?ei?genandel(?:en|a)?(?:\s*[,:–-]\s*|\s+(?:for|ved|på|i)\s+|\s+|$)(.*)$/;

/** What a what-changed row's item cell is: a deductible (with its coverage, if any), or something else (undefined). */
function deductibleItem(cell: string): { coverage?: string } | undefined {
  const m = DEDUCTIBLE_ITEM.exec(lowerCase(cell.trim()));
  if (!m) return undefined;
  const rest = cell.trim().slice(cell.trim().length - m[1]!.length).trim();
  return rest === '' ? {} : { coverage: rest };
}

/** `items`: a what-changed table (whatChangedHeader), whose rows are changes of deductibles only where their item says so. */
/**
 * `schedule`: the header is a schedule's too («Produkt | Sum 2027 | Egenandel 2026 | Egenandel 2027 | Premie 2027», a broker's
 * year against year): its rows are read as changes here and as the schedule's rows by the schedule readers.
 */
type ChangeTable = {
  roles: Array<Role | undefined>;
  lastProduct?: string;
  items?: true;
  schedule?: true;
  last?: { at: number; unit: number };
  /** Columns whose header cell is empty («Før | | Etter |», a PDF's header cell over two columns of amounts). */
  emptyHead?: boolean[];
};

/** Deductible changes from tables, rows, field pairs and sentences, each under the product heading above it. */
export function readChanges(r: Reading): void {
  const scan = new ChangeScan(r);
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    if (!scan.announced && ANNOUNCES_CHANGES.test(u.lower)) scan.announced = true;
    if (scan.followMail(u, r.units[at + 1])) continue;
    const listed = listedName(u, r.units[at + 1]);
    if (listed !== undefined) {
      scan.listed = { owner: listed, index: u.index };
      r.used.add(u);
      continue;
    }
    const part = numberedPartRow(u);
    // («Bilforsikring (forsikringsnummer 1004 771 236), Skoda Enyaq iV 80, EL 55120»: a line of its own over bullets, too long
    // or too full of figures for a heading's shape, that names one insurance by its number — that insurance's heading)
    if (u.heading || introducesChanges(u) || numberedHeading(u)) scan.followHeading(u);
    else if (!u.row && NUMBERED_PART.test(u.text.trim())) scan.followPart(u);
    else if (part !== undefined) {
      scan.followPart(part);
      scan.followHeading(part);
      continue;
    }
    if (u.row) {
      if (scan.readRow(u, at)) continue;
    } else scan.table = undefined;
    // «Egenandel i dag: kr 10 000» / «Ny egenandel: kr 20 000»: a change as two fields
    const pair = u.label !== undefined ? fieldPair(r, at, scan.product ?? scan.subName(), scan.inDeductiblePart) : undefined;
    // («Tidligere: kr 50 000» / «Fra fornyelsen: kr 50 000 (uendret)»: the same amount twice is no change)
    if (pair && sameAmounts(pair.change)) {
      for (const x of pair.units) r.used.add(x);
      at++;
      continue;
    }
    // («4. Premie» / «Tidligere: kr 12 000» / «Fra fornyelsen: kr 13 000»: an old and a new figure of no deductible — said, not dropped)
    if (!pair && u.label !== undefined && !scan.inDeductiblePart && oldNewFields(r, at, true)) {
      r.warnUnit(u, `could not read the old and new figures ${quote(u.text)} / ${quote(r.units[at + 1]!.text)}: they stand in no part on deductibles, and the model holds no other change`);
      r.used.add(u).add(r.units[at + 1]!);
      at++;
      continue;
    }
    if (pair) {
      scan.add(ordered(pair.change), u, 0);
      for (const x of pair.units) r.used.add(x);
      at++;
      continue;
    }
    scan.readSentences(u);
  }
  if (scan.changes.length > 0) r.policy.deductible_changes = scan.changes;
}

/**
 * «Endrede egenandeler hos If fra fornyelsen:», «Disse egenandelene endres:»: a line that ends with a colon and names
 * deductibles and their change introduces a list of them, as a heading does («- Bygning: fra NOK 15 000 til NOK 20 000»).
 * Not read so, the list under it had been lost without a word.
 */
function introducesChanges(u: Unit): boolean {
  return !u.row && u.text.length < 100 && u.text.trimEnd().endsWith(':') && DEDUCTIBLE_WORD.test(u.lower) && CHANGED_WORD.test(u.lower) && !DIGIT.test(u.text);
}
/**
 * «Etter en gjennomgang av skadehistorikken endrer vi egenandelene på næringsbygg:» right above a change table with no product
 * column: the thing the introduction names after the deductibles' word is the product of every row — by its base, when the
 * index-class table knows it («næringsbygg» → Næringsbygg); «… egenandelene fra fornyelsen:» names none.
 */
function introducedProduct(units: readonly Unit[], header: Unit): string | undefined {
  const above = units[header.index - 1];
  if (above === undefined || above.row || !introducesChanges(above)) return undefined;
  const word = INTRODUCED_THING.exec(above.lower.trim())?.[1];
  return word !== undefined ? productName(word) : undefined;
}
const INTRODUCED_THING = /ei?gen(?:an)?del(?:ene|ane|en|a)?\s+(?:på|for)\s+([a-zæøå][a-zæøå-]{2,40})\s*:$/;

/** Words of a change in a list's introduction: «endres», «endrede», «nye», «økes», nynorsk «endra», «aukar». */
// (at a word's start by letters, not \b: «øker» opens with a letter \b does not know)
const CHANGED_WORD = /(?<![a-zæøå])(?:endr|ny(?:e|tt)?(?![a-zæøå])|øk|auk|hev|juster)/;

/** A letter's salutation in lower case: «Kjære kunde», «Hei Kari», «Hallo». */
const SALUTATION = /^(?:kjære|hei|hallo)(?:\s|,|!|$)/;
/** A letterhead's place and date: «Førde, 27. januar 2025», «Oslo, 03.02.2025». */
const PLACE_DATE = lazyPattern(() => new RegExp(String.raw`^[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ -]{1,30},\s*(?:den\s+)?(?:${DATE_SOURCE})\.?$`, 'i'));

/** The same change: product, coverage and every figure alike (the sentence it was read from aside). */
function sameChange(a: DeductibleChange, b: DeductibleChange): boolean {
  const { text: _a, ...x } = a;
  const { text: _b, ...y } = b;
  return JSON.stringify(ordered(x)) === JSON.stringify(ordered(y)) && (x.old !== undefined || x.new !== undefined || x.minimum !== undefined);
}

/** What readChanges carries from unit to unit: the changes, the headings above, the open table. */
/** «a) », «b) », «1) », «ii) »: the mark of a lettered or numbered list item (no product's name begins so). */
const LIST_ITEM_MARK = /^\s*(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})\)\s+/;
/**
 * «   a) Eiendom (bygning, inventar og løsøre):» over «      egenandel økes fra kr 50 000 til …»: a list item's name alone,
 * its colon ending the line, the change on the lines under it — the product (the bracket's contents left out; a cover
 * level after a comma, «Motorvogn, kasko:», its coverage). Undefined for any other line.
 */
const LISTED_NAME = /^\s*(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})\)\s+([A-ZÆØÅ][^:()\d]{1,60}?)\s*(?:\([^()\d]{1,80}\))?\s*:$/;
function listedName(u: Unit, next: Unit | undefined): Owner | undefined {
  if (u.row || u.label !== undefined || next === undefined || next.row || next.label !== undefined || !/^[a-zæøå]/.test(next.text.trim()) || !DEDUCTIBLE_WORD.test(next.lower)) return undefined;
  const name = LISTED_NAME.exec(u.text)?.[1]?.trim();
  if (name === undefined) return undefined;
  const comma = name.lastIndexOf(',');
  const cover = comma > 0 ? name.slice(comma + 1).trim() : '';
  return comma > 0 && COVER_LEVEL_SET.has(lowerCase(cover)) ? { product: name.slice(0, comma).trim(), coverage: cover } : { product: name };
}

class ChangeScan {
  readonly changes: DeductibleChange[] = [];
  /** «a) Eiendom (bygning, inventar og løsøre):» right above: the list item's name, the product of the change under it. */
  listed: { owner: Owner; index: number } | undefined;
  table: ChangeTable | undefined;
  product: string | undefined;
  private sub: string | undefined;
  /** The heading right above a table names the product of its rows when the table has no product column. */
  private heading: { name: string; index: number } | undefined;
  /** The sub-heading names deductibles («Endring av egenandeler»). */
  private deductibleSection = false;
  /** Whether a line above announced changes («Her er det som endres», «Endringer ved fornyelsen»): its letter's sentences may be ones. */
  announced = false;
  /** The index of the last heading that names deductibles («Endringer i egenandeler»): a table right under it has deductibles in its figures. */
  private deductibleHeading: number | undefined;
  /** A heading above names deductibles («Endring av egenandeler»), product headings under it too: a line of labelled amounts there is a change. */
  private deductibleArea = false;
  /** The last change read from a sentence: a text-only one takes the figures of the next unit. */
  private lastSentence: { i: number; unit: number; product: string; coverage?: string } | undefined;

  constructor(private readonly r: Reading) {}

  /**
   * Record a change read at `offset` in `u`; its index in the changes. An insurer's name is never the
   * change's product or coverage (a letterhead or a signature taken for a heading): the product is
   * «ukjent» then; and a change whose product nothing names is said, with its place.
   */
  readonly add = (c: DeductibleChange, u: Unit, offset: number, rowToo = false): number => {
    if (insurersName(c.product) && !namedAsInsurance(c.product, c.text)) c = { ...c, product: UNKNOWN };
    if (c.coverage !== undefined && insurersName(c.coverage)) c = ordered({ ...c, coverage: undefined });
    if (c.product === UNKNOWN) this.r.warnUnit(u, unknownProductMessage(c.text ?? u.text));
    // («Egenandel: kr 8 000 (tidligere kr 6 000)» in the product's record, and «Hytteforsikring: egenandelen endres fra kr
    // 6 000 til kr 8 000» in the list of changes below: one change stated twice)
    const same = this.changes.findIndex((d) => sameChange(d, c));
    if (same >= 0) {
      if (!rowToo) this.r.used.add(u);
      return same;
    }
    const i = this.changes.length;
    this.changes.push(c);
    this.r.atUnit(`deductible_changes[${i}]`, u, offset);
    if (!rowToo) this.r.used.add(u);
    return i;
  };

  /** Under a heading on deductibles («3. Egenandeler») and the sub-headings below it, up to a heading on another part. */
  inDeductiblePart = false;

  /** The sub-heading above, when it names no section of changes: the product of a bare field pair. */
  subName(): string | undefined {
    return this.inDeductiblePart && this.sub !== undefined && !DEDUCTIBLE_WORD.test(lowerCase(this.sub)) ? this.sub : undefined;
  }

  /** «3. Egenandeler», «4. Forsikringssummer og premie»: a numbered part of the letter begins (no heading's shape, its number first). */
  followPart(u: Unit): void {
    this.inDeductiblePart = DEDUCTIBLE_WORD.test(u.lower);
    this.product = undefined;
    this.sub = undefined;
  }

  /** Under a closing greeting («Mvh»): the lines of the signature (a name, a company) that a text file shows as headings. */
  private signature = false;
  /** In a mail's headers, under its «Fra:». */
  private mailHeaders = false;

  /**
   * The parts of an e-mail, which name no product: a closing greeting and the signature lines under
   * it («Mvh» / «Jonas Kvale» / «Aon Norway AS»), a forwarded message's marker («-----Opprinnelig
   * melding-----») and its headers («Fra:», «Emne:»), each of which ends what the headings above
   * named. True when the unit is one of them (nothing more to read in it).
   */
  followMail(u: Unit, next: Unit | undefined): boolean {
    const greeting = !u.row && signsOff(u.lower);
    const mark = !u.row && u.text.length < 80 && FORWARD_MARK.test(u.text.trim());
    // (a mail's headers begin with «Fra:» over «Sendt:» or «Til:»; «Fra: kr 10 000» / «Til: kr 15 000» of a change are none)
    const header = (MAIL_FROM.has(mailLabel(u)) && MAIL_NEXT.has(mailLabel(next))) || (this.mailHeaders && MAIL_NEXT.has(mailLabel(u)));
    const signed = this.signature && u.heading && !u.product && !DIGIT.test(u.text);
    this.signature = greeting || signed;
    this.mailHeaders = header;
    if (!greeting && !mark && !header && !signed) return false;
    this.product = undefined;
    this.sub = undefined;
    this.heading = undefined;
    this.deductibleSection = false;
    this.deductibleArea = false;
    return true;
  }

  /** A product heading names the product, another heading the coverage (or the section of changes). */
  followHeading(u: Unit): void {
    // («Aon Norway AS», «… filial av …»: a company's name, in a letterhead or a signature, names no product nor coverage)
    // («Fremtind», «Tryg:»: an insurer's name alone, as a letterhead or a signature sets it, names none either)
    if ((!u.product && companyName(u.text)) || insurersName(u.text)) return;
    // («Ford Transit Custom,  Kasko  8 000,-  …» over «  Varebil, 2020, 20 000 km/år»: the vehicle's facts under its row name no product)
    if (factsUnderRow(this.r.units, u)) return;
    // («Kjære kunde», «Hei Kari»: a letter's salutation names no product nor coverage, and what stood above it — the
    // letterhead, «Førde, 27. januar 2025» — names none for the letter under it)
    if (SALUTATION.test(u.lower)) {
      this.product = undefined;
      this.sub = undefined;
      this.heading = undefined;
      return;
    }
    // («Førde, 27. januar 2025»: the place and date of a letterhead, a line of its own, name none either)
    if (u.text.length < 60 && u.text.includes(',') && DIGIT.test(u.text) && PLACE_DATE().test(u.text.trim())) return;
    // («Egenandelen på Næringsbygg, dekning Pluss, øker fra kr 10 000 til kr 15 000. For» over «Bedriftsansvar innfører vi en minste
    // egenandel: …»: a line of running text that ends one sentence and begins the next is no heading, whatever its shape)
    if (DEDUCTIBLE_WORD.test(u.lower) && SENTENCE_END_INSIDE.test(u.text)) return;
    if (DEDUCTIBLE_WORD.test(u.lower)) this.inDeductiblePart = true;
    else if (OTHER_PART.test(u.lower)) this.inDeductiblePart = false;
    // («Forsikringstaker: Brekke Eiendom AS», «Kunde: …»: a field of the letter's head, taken for a heading, names no product)
    // («Båt: Nimbus 305 Coupé, 2019, reg.nr. ABC 123»: the insured thing's description, with its figures, is no product either)
    const fieldValue = u.label !== undefined ? u.text.slice(u.text.indexOf(':') + 1).trim() : '';
    if (u.label !== undefined && !PRODUCT_COLUMN.has(lowerCase(u.label.trim())) && (!namesProduct(u.label) || DIGIT.test(fieldValue)) && fieldValue !== '') return;
    // («Produkt: Bedriftsansvar», «Hva endres for Bedriftsansvar?»: a field or a question that names the product)
    // («Villa Pluss – Storgata 5»: a record's product heading with its place after a dash)
    // («Eigendel», «Endret egenandel» over the change sentences: the part's heading, no product even where a unit takes it for one)
    // («Kjøretøy og dekninger», «Dekningar» over a certificate's table: the heading of its thing and covers names no product —
    // the title's product above it stays the product of the changes under it)
    // («Kjøretøy på avtalen (4)» over a fleet's table: a caption that counts the vehicles, no product — the heading's above stays)
    const section = SECTION_HEADING.test(lowerCase(withoutColon(u.text).trim())) || (u.label === undefined && thingHeadingWords(lowerCase(withoutColon(u.text).trim()))) || countedCaptionText(u.text);
    const titled = section ? undefined : titleInsurance(u);
    this.titleProduct = titled ?? (u.product ? undefined : this.titleProduct);
    const named = section ? undefined : (titled ?? headingProduct(u) ?? numberedProduct(u.text) ?? (u.product ? (dashPlace(u.text) ?? withoutFormBefore(withoutColon(u.text))) : undefined));
    if (named !== undefined) {
      this.product = named;
      this.productHeading = u.index;
      this.sub = undefined;
    } else this.sub = withoutColon(u.text);
    this.subIntro = named === undefined && !u.heading;
    this.deductibleSection = this.sub !== undefined && DEDUCTIBLE_WORD.test(u.lower);
    this.deductibleHeading = this.deductibleSection ? u.index : undefined;
    // (a line of figures with a heading's shape, «Tidligere: 4 000 – Ny: 6 000», heads no section)
    if (!u.product && !DIGIT.test(u.text)) this.deductibleArea = this.deductibleSection;
    const name = withoutColon(u.text).trim();
    this.heading = u.label === undefined && !SECTION_HEADING.test(lowerCase(name)) && !DEDUCTIBLE_WORD.test(u.lower) ? { name, index: u.index } : undefined;
  }

  /** The sub-heading is a list's introduction in running text («… endrer vi disse egenandelene:»), no heading. */
  private subIntro = false;
  /** The one insurance the document's title names («BEKREFTELSE PÅ BARNEHAGEFORSIKRING»), up to another product heading. */
  private titleProduct: string | undefined;

  /** «Bedriftsforsikring» right above: the product of a table or row that names none. */
  private headed(u: Unit): string | undefined {
    return this.heading && this.heading.index === u.index - 1 ? this.heading.name : undefined;
  }

  /** A change table's header or row, or a row «Bedriftsansvar | Fra kr 10 000 til kr 15 000»; false when the row states none. */
  readRow(u: Unit, at: number): boolean {
    // (under «Endringer i egenandeler» every row of a table is a deductible's)
    const items = this.deductibleHeading === u.index - 1 || this.deductibleSection ? undefined : whatChangedHeader(u.cells);
    const roles = items ?? changeHeader(u.cells, this.r.units[at + 1], this.deductibleHeading === u.index - 1);
    if (roles) {
      this.table = items ? { roles, items: true } : { roles, emptyHead: u.cells.map((c) => c.trim() === '') };
      const headed = this.headed(u) ?? (roles[0] === 'coverage' ? headingInHeader(u.cells[0]!) : undefined) ?? introducedProduct(this.r.units, u);
      if (headed !== undefined) this.table.lastProduct = headed;
      // (a broker's table of this year's and next year's sum, deductible and premium per product: the schedule's rows as well)
      if (!items && schedulesToo(u.cells)) this.table.schedule = true;
      else this.r.used.add(u);
      return true;
    }
    if (this.table && tableRow(this.r, u, this.table, this.add, this.changes)) return true;
    this.table = undefined;
    const cells = u.cells.filter((c) => c !== '');
    const k = cells.findIndex((c, j) => j > 0 && FROM_CELL.test(c));
    const tk = k > 0 ? tokenize(cells[k]!) : undefined;
    const m = tk ? FROM_TO_CELL.exec(tk.t) : null;
    if (!tk || !m) return false;
    const [o, n] = [tk.amounts[+m[1]!], tk.amounts[+m[2]!]];
    if (o === undefined || n === undefined) return false;
    const name = withoutColon(cells.slice(0, k).join(' '));
    // «Egenandel | Fra kr 4 000 til kr 6 000» under «Landbruksmaskiner»: the heading names the product
    const own = ONLY_DEDUCTIBLE.test(name) ? this.headed(u) : name;
    if (own === undefined) return false;
    this.add(ordered({ product: own, old: [o], new: [n] }), u, 0);
    return true;
  }

  /** The line that last named a deductible, and the product heading right above (by unit index). */
  private deductibleLine: number | undefined;
  private productHeading: number | undefined;

  /**
   * «Den økes fra kr 4 000 til kr 6 000.» right under a product heading («Bilforsikring»), or right
   * after a line on the deductible: the pronoun stands for that deductible. (Under any other line
   * «Den» may be the price.)
   */
  private pronounAbove(u: Unit): boolean {
    if (!PRONOUN_FROM_TO.test(u.lower)) return false;
    return (this.product !== undefined && this.productHeading === u.index - 1) || this.deductibleLine === u.index - 1;
  }

  /** The changes a unit's sentences state, one per product they name; a line in the letter about a deductible with an amount that none reads is a warning. */
  readSentences(u: Unit): void {
    const letter = this.r.news[u.index] ?? false;
    // sentences: announcements are short; a long cell of conditions outside the letter is not one
    if (!letter && u.text.length > 400) return;
    // (a certificate's «Særvilkår»: «Ved tjuveri … utan godkjend motorlås blir eigendelen auka med kr 10 000» is a rule of the cover, no change)
    if (!letter && this.sub !== undefined && TERMS_HEADING.test(lowerCase(withoutColon(this.sub.trim())))) return;
    // («Tidligere: 4 000 – Ny: 6 000» under «Endring av egenandeler» and a product heading: labelled amounts of the section's deductible)
    const pair = this.deductibleArea && PAIR_HINT.test(u.lower);
    const names = DEDUCTIBLE_WORD.test(u.lower);
    const pronoun = !names && this.pronounAbove(u);
    if (names) this.deductibleLine = u.index;
    if (!names && !(this.deductibleSection && (FROM_TO_WORDS.test(u.lower) || FORMER_IN_BRACKETS_WORDS.test(u.lower) || BEFORE_NOW_WORDS.test(u.lower))) && !pair && !pronoun) return;
    // («ENDRINGER FRA 1. JANUAR 2026» over «Egenandelen på husforsikringen økes med 2 000 kr.» in a certificate: the heading
    // ties the increase to the change — no rule of the cover)
    const headedChange = this.sub !== undefined && CHANGES_HEADING.test(lowerCase(this.sub));
    // (a heading with a word of a change, «Nye egenandeler», makes its lines changes without words of their own)
    // (and in a letter a point of a list, «2. Ved skade … er egenandelen 10 % av erstatningen», «* Minsteegenandel Bedriftsansvar:
    // kr 10.000»: the list's introduction, «Fra fornyelsen gjør vi disse endringene:», says what its points are)
    // (and the line right after a change told in words only, «Det innføres en egenandel ved maskinhavari.» over «Egenandelen er
    // 20 % av erstatningen.»: it gives that change its figure)
    const last = this.lastSentence;
    const goesOn = last !== undefined && last.unit === u.index - 1 && !hasFigures(this.changes[last.i]!);
    const changeContext =
      headedChange || goesOn || (this.sub !== undefined && CHANGE_SIGN.test(lowerCase(this.sub))) || (letter && (LIST_POINT.test(u.text) || this.announced));
    const read = findIn(u.text, letter, this.deductibleSection || pair || pronoun, headedChange, changeContext);
    // («Egenandel: 4 000 kr (tidligere 4 000 kr)», «Egenandelen blir 4 000 kr (i dag 4 000 kr)»: the same amount before and
    // after is no change — the line is read, it says nothing changed)
    const found = read.filter((f) => !(f.field === 'old_new' && f.values.length === 2 && f.values[0] === f.values[1]));
    if (found.length === 0 && read.length > 0) {
      this.r.used.add(u);
      return;
    }
    if (found.length === 0) {
      // «Egenandel: kr 15 000» is a schedule's field (src/parse/schedule-fields.ts), not an unread change; nor is a line of
      // «Label: value · …» pairs (src/parse/letter-products.ts)
      // («Egenandelen er uendret kr 6 000»: a deductible that stays as it is — read, nothing changes; a longer line
      // with more figures may state a change beside it, and is still said)
      if (letter && !staysAsItIs(u) && (amountsIn(u.text).length > 0 || PERCENT_FIGURE.test(u.text)) && !this.r.used.has(u) && !fieldOf(u) && !fieldCells(u) && !statesDeductible(u.text) && !onlyCoverFigures(u.text) && !pairsOf([u]) && !deductibleCell(u) && !deductibleFieldsOnly(u.text)) {
        this.r.warnUnit(u, `could not read the deductible change in ${quote(u.text)}`);
      }
      return;
    }
    // «Egenandelen for Bedriftsbygning øker fra … . For Varebil øker egenandelen …»: a change per product the sentences name
    const groups = byProduct(found);
    // («Bedriftsansvar og Produktansvar: egenandelen økes fra NOK 25 000,- til NOK 50 000,-»: a label that names two
    // products or more — the same change for each)
    const several = groups.length === 1 ? productsOfLabel(u.label) : undefined;
    if (several !== undefined) {
      for (const product of several) this.addSentenceChange(u, groups[0]!, false, { product });
      return;
    }
    for (const group of groups) {
      const apart = conflicting(group) ? ownProducts(group) : undefined;
      if (apart === null) {
        this.r.warnUnit(u, `two deductible changes in ${quote(u.text)}, and which product each is for is not said; not read`);
        this.r.used.add(u);
      } else if (apart) for (const one of apart) this.addSentenceChange(u, one.found, false, one.owner);
      else this.addSentenceChange(u, group, groups.length === 1);
    }
  }

  /**
   * The product and coverage of a group of sentences: the product they name, else the line's own
   * label («Skogforsikring, brann:»), else the headings above.
   */
  private whose(u: Unit, group: Found[], only: boolean): { product: string; coverage?: string; record?: true } {
    const { product } = this;
    if (this.listed !== undefined && this.listed.index === u.index - 1) return this.listed.owner;
    // («Forsikring: Hytteforsikring» / … / «Egenandel: kr 8 000 (tidligere kr 6 000)»: a field of a record in a mail-merged
    // letter — the record's product; the line is the record's deductible too, left to the schedule's readers)
    // (also under a heading: «Forsikring: Personbil EK 12345» right above «Endret egenandel: …» is the record's own product, not the heading's)
    if (u.label !== undefined && DEDUCTIBLE_LABEL.test(lowerCase(u.label.trim()))) {
      const record = recordProductAbove(this.r, u);
      if (record !== undefined) return { product: record, record: true };
    }
    // (the line itself taken for a heading, «Tidligere: 4 000 – Ny: 6 000», names no coverage of its own;
    // nor does a heading that names the letter's parts, «Endringer ved fornyelsen», «Hva endres?»)
    const itself = this.sub !== undefined && DIGIT.test(this.sub) && this.sub === withoutColon(u.text);
    // («Skadene har blitt dyrere, og vi endrer derfor disse egenandelene:» over a change table: a list's introduction in running
    // text, no heading, names no product nor coverage of a change under it)
    const sub = itself || this.subIntro || (this.sub !== undefined && letterPart(this.sub)) ? undefined : this.sub;
    // («Tidligere: 4 000 – Ny: 6 000»: the label of a labelled pair names the old amount, no product or coverage)
    // («Tryg: Egenandelen øker …»: the insurer's name as the line's label names no product or coverage)
    // («På bilforsikringen gjelder dette: Har du …»: a lead-in that names the insurance in its definite form names the product)
    const leadIn = u.label !== undefined ? INSURANCE_LEAD_IN.exec(u.label.trim()) : null;
    const leadProduct = leadIn ? productName(leadIn[1]!) : undefined;
    // («b) Kommuneansvar: har kommunen …»: the list item's mark is no part of the label's name)
    // («Egenandelen på Næringsbygg, dekning Pluss, øker fra … . For Bedriftsansvar innfører vi en minste egenandel: har dere …»: a
    // colon after another sentence's full stop ends a sentence of running text — no label of the line)
    const ownLabel = u.label !== undefined && SENTENCE_END_INSIDE.test(u.label) ? undefined : u.label;
    const marked = ownLabel !== undefined && LIST_ITEM_MARK.test(ownLabel) ? ownLabel.replace(LIST_ITEM_MARK, '') : ownLabel;
    const label = leadProduct ?? (marked !== undefined && (ONLY_PAIR_LABEL.test(lowerCase(marked.trim())) || insurersName(marked)) ? undefined : marked);
    // a section heading («Egenandeler», «Endring av egenandeler») names no product: the line's own label does
    const sectionSub = sub !== undefined && SECTION_HEADING.test(lowerCase(sub));
    // («- Egenandel: økes fra kr 15 000 til kr 25 000» among a mail's terms: the deductible's word as the label names no product —
    // the list's lead-in does, «… fornyer vi Bedriftsansvar (inkl. produktansvar) med virkning fra 1. januar 2025 på disse betingelsene:»)
    const bareLabel = label !== undefined && DEDUCTIBLE_LABEL.test(lowerCase(label.trim()));
    let prod = product ?? (sectionSub ? undefined : sub) ?? (bareLabel ? listLeadProduct(this.r.units, u) : label) ?? UNKNOWN;
    // («BEKREFTELSE PÅ BARNEHAGEFORSIKRING» over «… er egenandelen for ansvarsforsikringen satt ned fra kr 10 000 til kr 5 000»:
    // under a title that names the document's one insurance, another insurance the sentence names after the deductible's word
    // is one of its covers — the title's product, that cover its coverage)
    const ofTitle = product !== undefined && product === this.titleProduct ? coverOfTitled(group, product) : undefined;
    if (ofTitle !== undefined && product !== undefined) return { product, coverage: ofTitle };
    let coverage: string | undefined;
    const figures = group.filter((f) => f.field !== 'text');
    const named = [...figures, ...group].map((f) => namedIn(f.sentence)).find((n) => n !== undefined) ?? (only ? namedIn(u.text) : undefined) ?? announcedBefore(u.text, figures[0]);
    // «Skogforsikring, brann: Egenandelen økes …»: the line's own label names its product and coverage
    const own = label !== undefined ? PRODUCT_AND_COVER.exec(label) : null;
    // («Produkt: Næringsbygg Egenandel før: kr 10 000 …»: a PDF ran the product's field line into the change under it)
    const field = label !== undefined && PRODUCT_COLUMN.has(lowerCase(label.trim())) ? PRODUCT_FIELD_LEAD.exec(u.text.slice(u.text.indexOf(':') + 1).trim())?.[1] : undefined;
    if (field !== undefined && namesProduct(field)) return { product: field };
    // («Endret egenandel: Landbruk Pluss    Tidligere: 10 000    Ny: 15 000»: a mail-merge line, its first label the change's, its value the product)
    const merged = label !== undefined && group.some((f) => f.labelled) ? mergedProduct(u.text, label) : undefined;
    if (merged !== undefined) return { product: merged };
    // («Endret egenandel: Boligbygg sameie – Super, fra kr 10 000 til kr 15 000.»: the value's name before its comma, then the
    // change — the change's product and cover level, never a heading above)
    const valueLed = label !== undefined && DEDUCTIBLE_LABEL.test(lowerCase(label.trim())) ? valueLead(u.text) : undefined;
    if (valueLed !== undefined) return valueLed;
    // («Brannbil Kasko – gammel egenandel 15 000 kr / ny egenandel 20 000 kr»: the line's name before the dash is its product and cover)
    const dashed = dashLead(u.text);
    if (dashed !== undefined) return dashed;
    // («* Egenandel Bygninger: fra kr 15.000 til kr 25.000» under the letter's other parts: the capitalised name after the
    // deductible's word in the line's label is the change's product, as «Egenandelen på Næringsdrift øker …» names it)
    // («Egenandel Maskiner og driftstilbehør (Follumveien 30): …»: the label with its place in brackets, which no unit takes for a label)
    const bracketed = label === undefined ? BRACKETED_LABEL.exec(u.text)?.[1] : undefined;
    const ofLabel = (label ?? bracketed) !== undefined ? productOfLabel((label ?? bracketed)!) : undefined;
    if (ofLabel !== undefined) return { product: ofLabel };
    // («husforsikringen: egenandelen endres …»: a product word and its colon right before the deductible, also where the line ran on from a field above)
    const lead = named ? undefined : [...figures, ...group].map((f) => leadNamed(f.sentence) ?? colonProduct(f.sentence)).find((n) => n !== undefined);
    // («Egenandelen på innboforsikringa går opp …» under «Bilforsikring»: the insurance the sentence names, in its
    // definite form, is the change's — not the heading's above)
    const definite = named ?? lead ? undefined : this.definiteInsurance([...figures, ...group], prod);
    if (definite !== undefined) return definite;
    // («Egenandelen for produktansvar var tidligere NOK 25 000; fra denne perioden økes den …» in a letter whose head names no
    // one product — a letterhead's line, «Ansvarsforsikring for bedrift og produkt»: the cover the sentence names right after
    // the deductible's word is the change's product, as the hand-reader writes it)
    const headed = product !== undefined ? !groupName(product) : sub !== undefined && namesProduct(withoutColon(sub).trim()) && !groupName(sub);
    const coverNamed = (named ?? lead) !== undefined || headed ? undefined : [...figures, ...group].map((f) => deductibleCover(f.sentence)).find((n) => n !== undefined);
    if (coverNamed !== undefined) return { product: coverNamed };
    // («Eigendelen for driftsbygning er auka frå …», «… hevet egenandelen for vannskade på bygning fra …» under
    // another product or a line that is no product: the thing insured the sentence itself names is the change's —
    // a building, goods, machines; a cover such as «kasko» under «Bedriftsforsikring» is the heading's)
    const itsOwn = named ?? lead ?? prod === UNKNOWN ? undefined : [...figures, ...group].map((f) => productWordIn(f.sentence)).find((n) => n !== undefined);
    // («Egenandelen for kasko på bil øker …» under «Kjøretøyene» / «Dette er endret»: a sentence that names both the cover level
    // and the product word it is on names its own change, whatever thing it insures)
    // (the line's own label, «• Motorvogn (Tryg): egenandel for kasko på lastebiler økes …», names the product still: the vehicles are part of it)
    const both = label === undefined && itsOwn !== undefined && itsOwn.coverage !== undefined && COVER_LEVEL_SET.has(itsOwn.coverage);
    if (itsOwn !== undefined && (namesThing(itsOwn.product) || both) && !lowerCase(prod).includes(lowerCase(itsOwn.product).replace(/forsikring$/, ''))) return itsOwn;
    if (named ?? lead) {
      const n = (named ?? lead)!;
      // «Egenandelen for Bygning Standard øker …», «… i Borettslag og sameie …», «… på Bedriftsansvar»
      prod = n.product;
      if (n.coverage !== undefined) coverage = n.coverage;
    } else if (own && namesProduct(own[1]!)) {
      prod = own[1]!;
      coverage = own[2]!;
    // («Kjæledyr: forsikringssum kr 60 000, egenandel kr 3 000 (i dag …), pris …»: the label of a coverage's row is its product, as the schedule reads it)
    // («husforsikringen: egenandelen endres …»: a label in lower case is a noun of running text, the product as its name)
    // («Ny egenandel bilskade: 8 000 kr (i dag 6 000 kr)»: the label's word after the deductible's is what it is for — the
    // product when no heading above names one, as «Egenandel tingskade økes …» reads, else its coverage)
    } else if (label && coverOfLabel(label) !== undefined) {
      const cover = coverOfLabel(label)!;
      if (product === undefined) prod = `${cover[0]!.toUpperCase()}${cover.slice(1)}`;
      else coverage = cover;
    } else if (label && product === undefined && levelAndProduct(label)) ({ product: prod, coverage } = levelAndProduct(label)!);
    else if (label && product === undefined && (namesProduct(label) || prod === label || ROW_FIGURES.test(u.lower))) prod = (LOWER_WORD.test(label.trim()) ? productName(label) : undefined) ?? label;
    // («  Endring: Egenandelen per skadetilfelle økes fra …» under «Behandlingsforsikring»: a label that says only that this is a
    // change names no coverage)
    else if (label && !DEDUCTIBLE_WORD.test(lowerCase(label)) && !CHANGE_LABEL.test(lowerCase(label.trim()))) coverage = label;
    // (a deductible with its amount taken for a heading is no coverage: «Egenandel: kr 8 000 (tidligere kr 5 000)»)
    else if (sub && sub !== prod && !SECTION_HEADING.test(lowerCase(sub)) && !(DEDUCTIBLE_WORD.test(lowerCase(sub)) && DIGIT.test(sub))) coverage = sub;
    // «Eigenandelen for husforsikring aukar frå …» with no product above: the sentence's own object
    // («Ved vannskade på bolig blir egenandelen …»: the product word, and the peril before it as the coverage)
    // («Egenandelen på bilforsikringen, dekning Kasko, øker …» under the heading «Bilforsikring»: the product above is the
    // sentence's own, and the cover level it names between commas is the change's coverage)
    if (coverage === undefined && itsOwn?.coverage !== undefined && COVER_LEVEL_SET.has(itsOwn.coverage) && lowerCase(prod).includes(lowerCase(itsOwn.product).replace(/forsikring$/, ''))) coverage = itsOwn.coverage;
    if (prod === UNKNOWN) prod = paragraphProduct(this.r.units, u) ?? prod;
    if (prod === UNKNOWN) {
      const word = [...figures, ...group].map((f) => productWordIn(f.sentence)).find((n) => n !== undefined);
      if (word) {
        prod = word.product;
        if (coverage === undefined && word.coverage !== undefined) coverage = word.coverage;
      }
    }
    // «- Bedrift Bygning (Industrivegen 2, 7600 Levanger): valgt egenandel økes med …»: the line's own name, its place in brackets left out
    if (prod === UNKNOWN) prod = BRACKETED_LABEL.exec(u.text)?.[1] ?? prod;
    // «Egenandel tingskade økes fra NOK 25 000 til …» with no product above: the coverage the sentence opens with
    if (prod === UNKNOWN && coverage === undefined) prod = [...figures, ...group].map((f) => coverageAfterDeductible(f.sentence)).find((n) => n !== undefined) ?? prod;
    // «Egenandelen ved glasskade øker fra …»: no product named, the peril after the deductible is the coverage (the product stays «ukjent»)
    if (prod === UNKNOWN && coverage === undefined) coverage = [...figures, ...group].map((f) => PERIL_AFTER_DEDUCTIBLE.exec(f.sentence.trim())?.[1]).find((n) => n !== undefined);
    // («Egenandelen for lekkasje fra rør og utstyr endres …», «For kaskodekningen øker den valgte egenandelen …» under «Hus»,
    // «Bil»: the product the heading's, the peril or cover the sentence names the change's coverage)
    // («Næringsbil: Valgt egenandel på kasko økes med kr 2 000.»: the sentence after the line's label, which named the product —
    // a cover level there, not a peril: «Næringsbygg: Egenandelen ved vannskade øker …» stays the product's change)
    if (prod !== UNKNOWN && coverage === undefined) coverage = figures.map((f) => sentenceCover(f.sentence) ?? levelAfterLabel(f.sentence, u.label)).find((n) => n !== undefined);
    return { product: prod, coverage };
  }

  /** The names of the document's product headings («Innbo», «Hytteforsikring»; not a rate line «Innbo og lausøyre: 3,0 %»), once. */
  private products: string[] | undefined;

  /**
   * The insurance a change sentence names as its object in its definite form, in lower case
   * («Egenandelen på innboforsikringa går opp …», «… egenandelen for hytteforsikringen fra …»): the
   * document's product of that insurance when exactly one product heading names it («Innbo»,
   * «Innboforsikring»), else the base form («Innboforsikring»). Undefined when the sentence names none.
   */
  private definiteInsurance(found: Found[], above: string): Owner | undefined {
    for (const f of found) {
      if (!f.sentence.includes('forsikring')) continue;
      const word = productWordIn(f.sentence);
      if (word === undefined || !word.product.endsWith('forsikring')) continue;
      const lower = lowerCase(f.sentence);
      const b = lowerCase(word.product);
      if (!lower.includes(`${b}en`) && !lower.includes(`${b}a`)) continue;
      // (the product above is that insurance, «Innbo Pluss» over «… på innboforsikringa …»: it stays)
      if (documentProduct([above], b) !== undefined) return undefined;
      this.products ??= this.r.units.filter((u) => u.heading && u.product && !DIGIT.test(u.text)).map((u) => withoutColon(u.text).trim());
      const product = documentProduct(this.products, b) ?? word.product;
      return word.coverage !== undefined ? { product, coverage: word.coverage } : { product };
    }
    return undefined;
  }

  /** One change from a group of sentences, or their figures added to the text-only change of the line before. */
  private addSentenceChange(u: Unit, group: Found[], only: boolean, owner?: Owner): void {
    const who: { product: string; coverage?: string; record?: true } = owner ?? this.whose(u, group, only);
    const { product: prod, coverage, record } = who;
    const label = u.label;
    const figures = group.filter((f) => f.field !== 'text');
    let text = [...new Set(group.map((f) => f.sentence))].join(' ');
    if (label && text.startsWith(`${label}:`) && !group.some((f) => f.labelled)) text = text.slice(label.length + 1).trim();
    // «Det innføres … egenandel …» followed by «Egenandelen er 15% …»: one change
    const last = this.lastSentence;
    // («- Rettshjelp: Egenandelen blir 20 % av kostnadene i saken.» over «(Tidligere fast egenandel kr 8 000.)»: the former
    // amount alone on the next line is the old deductible of the change above, whatever the headings name)
    const former = owner === undefined && figures.length > 0 && figures.every((f) => f.field === 'old');
    const above = last && last.unit === u.index - 1 ? this.changes[last.i]! : undefined;
    const formerOfAbove = former && above !== undefined && above.old === undefined && above.new === undefined;
    if (last && above && figures.length > 0 && (formerOfAbove || (last.product === prod && last.coverage === coverage && !hasFigures(above)))) {
      const c = above;
      apply(c, figures);
      c.text = `${c.text} ${text}`;
      this.changes[last.i] = ordered(c);
      this.r.used.add(u);
      this.lastSentence = undefined;
      return;
    }
    // («… fra kr 4 000 + 20 % av overskytende til kr 5 000 + 20 % …»: an amount plus a share of the claim, which the model's
    // old, new, minimum and percent cannot hold — its amount alone would be a wrong deductible: said, not read)
    if (AMOUNT_PLUS_PERCENT.test(text)) {
      this.r.warnUnit(u, `the deductible change for ${prod} states an amount plus a percentage of the claim, which the model has no form for; not read: ${quote(text)}`);
      this.r.used.add(u);
      return;
    }
    // («Egenandeler lavere enn kr 10 000 for bygning eller driftsløsøre heves til kr 10 000»: a minimum of each product it lists;
    // «Egenandelen for hus og hytte økes fra 4 000 til 6 000 kr»: the change of each — when nothing else names a product)
    // («Egenandelen for Næringsbygg, Maskiner/løsøre og Varer (fryselager) er økt fra …», «Bedriftsansvar og Produktansvar:
    // egenandelen økes fra …»: one sentence, the same change of each product it lists by name — not one change of the first)
    const named = owner === undefined && figures.length > 0 ? capitalisedList(text, label) : undefined;
    if (named) {
      for (const one of named) {
        const each: DeductibleChange = { product: one };
        apply(each, figures);
        each.text = text;
        this.add(ordered(each), u, figures[0]!.offset);
      }
      return;
    }
    const listed = prod === UNKNOWN && figures.length > 0 ? listedProducts(text) : undefined;
    if (listed && figures.every((f) => f.field === 'minimum')) {
      for (const one of listed) this.add(ordered({ product: one, minimum: figures[0]!.values[1] ?? figures[0]!.values[0]!, text }), u, figures[0]!.offset);
      return;
    }
    if (listed) {
      const cover = coverage ?? COVER_BEFORE_LISTED.exec(text)?.[1];
      for (const one of listed) {
        const each: DeductibleChange = cover !== undefined ? { product: one, coverage: cover } : { product: one };
        apply(each, figures);
        each.text = text;
        this.add(ordered(each), u, figures[0]!.offset);
      }
      return;
    }
    const c: DeductibleChange = { product: prod };
    if (coverage !== undefined) c.coverage = coverage;
    apply(c, figures);
    c.text = text;
    // («… 10 % av erstatningen, minst kr 12 000 og høyst kr 60 000»: the model holds no maximum; said, not dropped)
    const cap = c.percent !== undefined ? CAP.exec(text) : null;
    if (cap) this.r.warnUnit(u, `the deductible change for ${prod} has a maximum («${cap[0]}») that the model has no place for; the change is read without it: ${quote(text)}`);
    // («Veterinærforsikring: forsikringssum kr 60 000, fast egenandel kr 3 000 (i dag er egenandelen kr 2 500), pris kr 6 912
    // per år»: the line is a coverage's row as well, left to the schedule's readers)
    // («Bedriftsansvaret er forsikret med NOK 20 000 000 …, og egenandelen er NOK 25 000 per skade. … Egenandelen for produktansvar
    // var tidligere NOK 25 000; fra denne perioden økes den til NOK 50 000 …»: a paragraph that confirms covers in sentences beside
    // the change — its covers' sentences are the prose reader's still)
    const i = this.add(ordered(c), u, (figures[0] ?? group[0]!).offset, record === true || ROW_FIGURES.test(u.lower) || coverFigureSentence(u.text) !== undefined);
    this.lastSentence = { i, unit: u.index, product: prod, coverage };
  }
}

/**
 * The product a bulleted list's lead-in names: «Som avtalt … fornyer vi / Bedriftsansvar (inkl. produktansvar) med virkning fra
 * 1. januar 2025 på disse betingelsene:» over «- Forsikringssum: …», «- Egenandel: …», «- Årspremie: …» — the terms of one
 * product, each item one of its figures. The lead-in ends with a colon right above the list (a blank line between at most); the
 * one capitalised product name its paragraph writes is the product. Two names, or none, and undefined.
 */
function listLeadProduct(units: readonly Unit[], u: Unit): string | undefined {
  if (!u.bullet) return undefined;
  let first = u;
  for (let i = u.index - 1; i >= 0 && units[i]!.bullet && !units[i]!.row; i--) first = units[i]!;
  const lead = units[first.index - 1];
  if (lead === undefined || lead.row || lead.heading || lead.bullet || !lead.text.trimEnd().endsWith(':')) return undefined;
  if (first.lines[0]!.line - lead.lines[lead.lines.length - 1]!.line > 2) return undefined;
  // (the paragraph the lead-in ends: the lines right above it, no blank line between)
  const paragraph = [lead.text];
  for (let i = lead.index - 1, below = lead; i >= 0 && lead.index - i <= PARAGRAPH_LINES; i--) {
    const above = units[i]!;
    if (above.row || above.heading || above.bullet || above.lines[above.lines.length - 1]!.line !== below.lines[0]!.line - 1) break;
    paragraph.unshift(above.text);
    below = above;
  }
  const names = new Set([...paragraph.join(' ').matchAll(CAPITALISED_WORD)].map((m) => m[1]!).filter((w) => namesProduct(w) && !insurersName(w)));
  return names.size === 1 ? [...names][0] : undefined;
}
const CAPITALISED_WORD = /(?<![A-Za-zÀ-ÖØ-öø-ɏ-])([A-ZÆØÅ][a-zæøå]{3,})(?![A-Za-zÀ-ÖØ-öø-ɏ-])/gu;

/**
 * «BEKREFTELSE PÅ BARNEHAGEFORSIKRING», «Forsikringsbevis for hesteforsikring», «Fornyelse av bilforsikringen»: a document's
 * title that names the one insurance it is about, after the word of what the document is — that insurance by its base
 * («Barnehageforsikring»), known to the index-class table or not. Undefined for any other heading.
 */
export function titleInsurance(u: Unit): string | undefined {
  if (u.row || u.label !== undefined || u.text.length > 80) return undefined;
  const m = TITLE_OF_INSURANCE.exec(u.lower.trim());
  if (!m) return undefined;
  // («FORNYELSE AV BYGNINGSFORSIKRING FOR BOLIGSELSKAP»: the customer the insurance is sold to is part of its name)
  const word = `${m[1]!}${m[2] ?? ''}`;
  return `${word[0]!.toUpperCase()}${word.slice(1)}`;
}
const TITLE_OF_INSURANCE = /^(?:bekreftelse|stadfesting|forsikringsbevis|forsikringsbekreftelse|fornyelse|fornying)\s+(?:på|av|for|[–—-])\s+([a-zæøå]{3,}forsikring)(?:en|a)?(\s+for\s+[a-zæøå]{4,})?$/;

/**
 * The insurance a change sentence names in its definite form right after the deductible's word («egenandelen for
 * ansvarsforsikringen …»), as a cover's name («Ansvarsforsikring»), when it is not the title's own insurance; else undefined.
 */
function coverOfTitled(group: Found[], title: string): string | undefined {
  const words = new Set(group.map((f) => INSURANCE_AFTER_DEDUCTIBLE.exec(lowerCase(f.sentence))?.[1]).filter((w): w is string => w !== undefined));
  if (words.size !== 1) return undefined;
  const word = [...words][0]!;
  return word === lowerCase(title) ? undefined : `${word[0]!.toUpperCase()}${word.slice(1)}`;
}
const INSURANCE_AFTER_DEDUCTIBLE = /ei?gen(?:an)?del(?:en|a)?\s+(?:for|på|ved)\s+([a-zæøå]{3,}forsikring)(?:en|a)(?![a-zæøå])/;

/** «Ansvarsforsikring for bedrift og produkt», «Hus og hjem»: a name of two things or more, no one product's. */
function groupName(name: string): boolean {
  return /\s(?:og|og\/eller)\s|,/.test(lowerCase(name));
}

/**
 * «Egenandelen for produktansvar …», «Eigenandelen på rettshjelp …»: the cover a sentence's deductible is for, right after its
 * word — a product of the index-class table that is a liability, a cost or a person's cover (index class none), no cover level
 * nor a thing with a class of its own (those are a product's coverage or its own change, read above). Undefined otherwise.
 */
const DEDUCTIBLE_FOR_WORD = /^(?:den\s+)?ei?gen(?:an)?del(?:en|a)?\s+(?:for|på)\s+([a-zæøå][a-zæøå-]{3,40})(?=[\s,;]|$)/i;
function deductibleCover(sentence: string): string | undefined {
  const w = DEDUCTIBLE_FOR_WORD.exec(sentence.trim())?.[1];
  if (w === undefined || COVER_LEVEL_SET.has(lowerCase(w))) return undefined;
  const product = productName(w);
  return product !== undefined && rowIndexClass(product).known && rowIndexClass(product).index_class === 'none' ? product : undefined;
}

/** A product word that names a thing insured with an index class of its own (a building, goods, machines), not a cover or a liability. */
function namesThing(product: string): boolean {
  const c = rowIndexClass(product);
  return c.known && c.index_class !== 'none' && c.index_class !== 'other';
}

/**
 * The one product of the document that an insurance's base form («innboforsikring») names: a name
 * that is the base («Innboforsikring»), its stem («Innbo»), or either followed by a level or a
 * further word («Innbo Pluss»). Undefined when none or more than one (two candidates: the base form).
 */
function documentProduct(products: string[], base: string): string | undefined {
  const stem = base.slice(0, -'forsikring'.length);
  // («ansvarsforsikringen» over a schedule of «Ansvar», «ulykkesforsikringa» over «Ulykke»: the compound's joining «s» is no
  // part of the product's name)
  const joined = stem.length > 4 && stem.endsWith('s') && !stem.endsWith('ss') ? stem.slice(0, -1) : '';
  const fits = new Set(products.filter((p) => {
    const l = lowerCase(p);
    return [base, stem, joined].some((n) => n !== '' && (l === n || l.startsWith(`${n} `)));
  }));
  if (fits.size !== 1) return undefined;
  // («Bilforsikring Kasko» over a vehicle's figures: the product and its cover level, as the schedule reads them — the change
  // of «bilforsikringen» is the product's, not the level's)
  const one = [...fits][0]!;
  const space = one.indexOf(' ');
  return space > 0 && COVER_LEVEL_SET.has(lowerCase(one.slice(space + 1).trim())) ? one.slice(0, space) : one;
}

/**
 * «Kasko traktor: Egenandelen økes …», «Traktor delkasko: …»: a paragraph's label of a cover level and a
 * product word, in either order — the product and its coverage, as a schedule row names them (product
 * Traktor, coverage Kasko); undefined for any other label.
 */
function levelAndProduct(label: string): { product: string; coverage: string } | undefined {
  const words = label.trim().split(/\s+/);
  if (words.length !== 2) return undefined;
  for (const [level, product] of [words, [words[1]!, words[0]!]]) {
    const name = COVER_LEVEL_SET.has(lowerCase(level!)) ? productName(product!) : undefined;
    if (name !== undefined && !COVER_LEVEL_SET.has(lowerCase(product!))) return { product: name, coverage: `${level![0]!.toUpperCase()}${level!.slice(1)}` };
  }
  return undefined;
}

/** «Brannbil Kasko – gammel egenandel …»: a line's name, then a dash and the deductible's change. */
const DASH_LEAD = /^\s*(?:[-•*]\s+)?([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ/]*(?:\s+[A-Za-zÀ-ÖØ-öø-ÿ/]+){0,2}?)\s+[–—-]\s+(?=[^–—]*[Ee]i?gen(?:an)?del)/;

/**
 * The product (and cover level) a line names before a dash that opens its change: a product word and a cover level
 * («Brannbil Kasko», levelAndProduct), or a product the index-class table knows alone; undefined otherwise (a cover
 * level alone, «Kasko – …», is the coverage of the product above, not a product).
 */
function dashLead(text: string): Owner | undefined {
  const m = DASH_LEAD.exec(text);
  if (!m) return undefined;
  const name = m[1]!;
  const both = levelAndProduct(name);
  if (both) return both;
  if (!namesProduct(name) || COVER_LEVEL_SET.has(lowerCase(name)) || insurersName(name)) return undefined;
  // («Hus - råte- og insektskade: egenandelen økes fra …»: what stands between the dash and the label's colon is the
  // cover the change is for — a peril or part in words, no figure and no deductible's word)
  const cover = DASH_COVER_LABEL.exec(text.slice(m[0].length))?.[1]?.trim();
  return cover !== undefined && !DEDUCTIBLE_WORD.test(lowerCase(cover)) ? { product: name, coverage: cover } : { product: name };
}

/** After a line's name and its dash: a cover's name up to the label's colon («råte- og insektskade: …»), no figure in it. */
const DASH_COVER_LABEL = /^([^:\d]{3,60}?):\s/;

/** «Ny egenandel bilskade», «Egenandel innbo/løsøre»: a label that is the deductible's word and one word of what it is for. */
const DEDUCTIBLE_THEN_COVER = /^(?:ny|nye|endret|endra)?\s*ei?gen(?:an)?del(?:en|a)?\s+([a-zæøå][a-zæøå/-]{2,30})$/i;

/**
 * «Egenandel Bygninger», «Minsteegenandel Bedriftsansvar», «Egenandel Maskiner og driftstilbehør (Follumveien 30)»: a label
 * that is the deductible's word and a capitalised name (its place in brackets after it) — the product the change is for.
 */
const DEDUCTIBLE_THEN_NAME = /^(?:ny\s+|nye\s+|endret\s+|endra\s+|[Nn]y\s+|[Ee]ndret\s+)?(?:[Ee]i?gen(?:an)?del|[Mm]inste\s*-?\s*ei?gen(?:an)?del|[Mm]inimums?egenandel)(?:en|a)?\s+([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ/-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ÿ/-]+){0,3}?)(?:\s*\([^()]{2,60}\))?$/;

/** The product a label «Egenandel Bygninger» names (DEDUCTIBLE_THEN_NAME), when the index-class table knows it and it is no cover level; else undefined. */
function productOfLabel(label: string): string | undefined {
  const name = DEDUCTIBLE_THEN_NAME.exec(label.trim())?.[1];
  return name !== undefined && namesProduct(name) && !COVER_LEVEL_SET.has(lowerCase(name)) && !insurersName(name) ? name : undefined;
}

/** What a label «Ny egenandel bilskade» says the deductible is for («bilskade»); undefined for any other label. */
function coverOfLabel(label: string): string | undefined {
  const word = DEDUCTIBLE_THEN_COVER.exec(label.trim())?.[1];
  return word === undefined || NO_COVERAGE_START.test(lowerCase(word)) ? undefined : word;
}

/** A sentence without the line's label that opens it («Næringsbil: Valgt egenandel …» → «Valgt egenandel …»); the sentence as it is otherwise. */
function afterLabel(sentence: string, label: string | undefined): string {
  return label !== undefined && sentence.startsWith(`${label}:`) ? sentence.slice(label.length + 1).trim() : sentence;
}

/** The cover level the sentence after the line's label names («Næringsbil: Valgt egenandel på kasko …» → «Kasko»); undefined for a peril or none. */
function levelAfterLabel(sentence: string, label: string | undefined): string | undefined {
  const rest = afterLabel(sentence, label);
  const cover = rest === sentence ? undefined : sentenceCover(rest);
  return cover !== undefined && COVER_LEVEL_SET.has(lowerCase(cover)) ? cover : undefined;
}

/** The product of a change that nothing names. */
const UNKNOWN = 'ukjent';
/** A sentence's end inside a text, a full stop (not of an abbreviation or a number) and the next sentence's capital after it. */
const SENTENCE_END_INSIDE = /[a-zæøå\d]{2}[.!?]\s+[A-ZÆØÅ]/;

/** How many lines up a paragraph's opening label is looked for: a notice of a product is a few sentences. */
const PARAGRAPH_LINES = 4;

/**
 * «Fritidshus: Frå 1. januar 2025 er den lågaste eigenandelen vi tilbyr 6 000 kr.» over «Har du i dag
 * lågare eigenandel enn 6 000 kr, blir han auka til 6 000 kr.»: a letter's paragraph that opens with a
 * product's name and a colon is that product's notice, and the sentences on the lines under it, in the
 * same paragraph (no blank line, no heading or row between), are about it though they name it no more.
 * The product's name, or undefined when the paragraph opens otherwise.
 */
export function paragraphProduct(units: readonly Unit[], u: Unit): string | undefined {
  let below = u;
  for (let i = u.index - 1; i >= 0 && u.index - i <= PARAGRAPH_LINES; i--) {
    // («* Naturskade: premiesatsen …» over «* Egenandelen ved vannskade på næringsbygget økes …»: a bullet begins an item of its
    // own — the label of the bullet above names that item, not the list under it)
    if (below.bullet) return undefined;
    const above = units[i]!;
    const last = above.lines[above.lines.length - 1];
    if (above.row || above.heading || last === undefined || last.line !== below.lines[0]!.line - 1) return undefined;
    const label = above.label?.trim();
    if (label !== undefined) return namesProduct(label) && !insurersName(label) ? label : undefined;
    below = above;
  }
  return undefined;
}
/** The warning on a change that names no product (taken back where the document has one product only: homeChanges). */
function unknownProductMessage(text: string): string {
  return `the deductible change ${quote(text)} names no product; it is read with the product «${UNKNOWN}»`;
}


/** A mail header's label in lower case («fra», «emne»), or '' for a unit with none. */
function mailLabel(u: Unit | undefined): string {
  return u?.label === undefined ? '' : lowerCase(u.label.trim());
}

/**
 * «Volkswagen Crafter 35 TDI,   Kasko   8 000,-   …» / «EB 41207» over «  Varebil, 2022, 18 000 km/år»: a line right under a
 * table's row that names a kind of thing and then only facts with figures (a year, a mileage), no place — what the row
 * insures, described (its note); the kind's word in it («Varebil») is no product heading for the changes under the table.
 */
function factsUnderRow(units: readonly Unit[], u: Unit): boolean {
  const above = units[u.index - 1];
  if (above === undefined || !above.row || u.row || u.lines.length !== 1) return false;
  // (a row whose cell wrapped onto the line under it, «EB 41207», keeps only its first line: the note may stand one further down)
  const gap = u.lines[0]!.line - above.lines[above.lines.length - 1]!.line;
  if (gap < 1 || gap > 2) return false;
  const parts = u.text.trim().split(/,\s+/);
  return parts.length > 1 && !/\d/.test(parts[0]!) && parts.slice(1).every((p) => /\d/.test(p) && !/^\d{4}\s+[A-ZÆØÅ]/.test(p));
}

/** A heading that names the letter's parts, not a product: «Endringer ved fornyelsen», «Nyheter», «Hva endres?», «Dette er nytt». */
// («Dette er endret», «Hva er endret» over a portal page's sentence of the change: the part's heading, no cover)
const LETTER_PARTS = /endring|nyhet|forny|hva endres|hva er nytt|dette er nytt|nytt fra|viktig informasjon|informasjon om|(?:dette|hva|kva) er endr(?:et|a)\b/;

/** «Villa Pluss – Storgata 5, 3610 Kongsberg»: the product before a dash whose other side is a place (a figure in it); else undefined. */
function dashPlace(text: string): string | undefined {
  const k = text.search(/\s[–—-]\s/);
  return k > 0 && DIGIT.test(text.slice(k)) && !DIGIT.test(text.slice(0, k)) ? recordName(text) : undefined;
}

/** Does a heading name the letter's parts, or ask a question that names no product («Hva endres ved fornyelsen?»)? */
function letterPart(heading: string): boolean {
  const l = lowerCase(heading.trim());
  return (LETTER_PARTS.test(l) && !namesProduct(l.replace(LETTER_PARTS, ' '))) || l.endsWith('?');
}

/** «Hva endres for Bedriftsansvar?», «Hva skjer med egenandelen på bedriftsansvar?»: the product a question names after its last for/på/i/med. */
const QUESTION_WORD = /(?:^|\s)(?:for|på|i|med|under)\s+(?:forsikringen\s+|forsikringa\s+)?/gi;

/**
 * The product a heading that is no product heading names: a field «Produkt: Bedriftsansvar»
 * (src/parse/units.ts takes the short line for a heading), or a question «Hva endres for
 * Bedriftsansvar?». Undefined otherwise.
 */
function headingProduct(u: Unit): string | undefined {
  if (u.label !== undefined && PRODUCT_COLUMN.has(lowerCase(u.label.trim()))) {
    const value = u.text.slice(u.text.indexOf(':') + 1).trim();
    // («Forsikring: Bolighus, Storgata 5, 3610 Kongsberg»: a mail-merged record's product before its place)
    const name = DIGIT.test(value) ? recordName(value) : value;
    return name !== undefined && name !== '' && namesProduct(name) ? name : undefined;
  }
  const t = u.text.trim();
  if (!t.endsWith('?')) return undefined;
  const at = [...t.matchAll(QUESTION_WORD)].pop();
  const name = at ? t.slice(at.index + at[0].length, -1).trim() : undefined;
  // (the last words of the question, a known product alone: not «egenandelen», not «fornyelsen»)
  return name !== undefined && namesProduct(name) && !DEDUCTIBLE_WORD.test(lowerCase(name)) && !LETTER_PARTS.test(lowerCase(name)) ? name : undefined;
}

/**
 * «Bilforsikring (forsikringsnummer 1004 771 236), Skoda Enyaq iV 80, EL 55120»: a letter's heading over one insurance's
 * changes, its number in brackets and perhaps the insured thing after — the product is the name before the bracket.
 */
const NUMBERED_PRODUCT = /^([A-ZÆØÅ][^():\d]{2,40}?)\s*\(\s*(?:forsikringsnummer|forsikringsnr\.?|polisenummer|polisenr\.?|avtalenummer|avtalenr\.?)\s*:?\s*[\dA-Z][\dA-Z .-]*\)/;

function numberedHeading(u: Unit): boolean {
  return !u.row && !u.bullet && u.lines.length === 1 && u.label === undefined && !u.text.trim().endsWith('.') && numberedProduct(u.text) !== undefined;
}

function numberedProduct(text: string): string | undefined {
  const name = NUMBERED_PRODUCT.exec(text.trim())?.[1]?.trim();
  return name !== undefined && namesProduct(name) ? name : undefined;
}

/** The value of a mail-merge line's first field, up to the label of the old or new amount («Landbruk Pluss Tidligere: …»). */
const MERGED_VALUE = new RegExp(String.raw`^([a-zæøå][^:¤]*?)\s+(?=(?:${PAIR_LABEL})\s*:)`);

/** «Boligbygg sameie – Super, fra kr 10 000 til kr 15 000»: a capitalised name, its comma, then «fra»/«frå» and the change. */
const NAME_THEN_CHANGE = /^([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ/ –—-]{2,50}?),\s+(?:fra|frå)\s/;

/**
 * The product (and cover level after it, with or without a dash) a labelled change's value names first: «Endret egenandel:
 * Boligbygg sameie – Super, fra kr 10 000 til kr 15 000.» → Boligbygg sameie, Super. Undefined unless the name names a product.
 */
function valueLead(text: string): { product: string; coverage?: string } | undefined {
  const m = NAME_THEN_CHANGE.exec(text.slice(text.indexOf(':') + 1).trim());
  if (!m) return undefined;
  const name = m[1]!.trim();
  const lvl = /^(.+?)\s*(?:\s[–—-]\s*|\s)([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž]+)$/u.exec(name);
  if (lvl && LEVEL_WORDS.has(lvl[2]!.toLowerCase()) && namesProduct(lvl[1]!) && !LEVEL_WORDS.has(lvl[1]!.toLowerCase())) return { product: lvl[1]!, coverage: lvl[2]! };
  return namesProduct(name) && !/[–—]/.test(name) && !LEVEL_WORDS.has(name.toLowerCase()) ? { product: name } : undefined;
}

/**
 * «Endret egenandel: Landbruk Pluss Tidligere: 10 000 Ny: 15 000»: a line whose first label names a
 * deductible's change and whose value, up to the labelled amounts, names what it is of — the product,
 * also one the index-class table does not know. Undefined for any other line.
 */
function mergedProduct(text: string, label: string): string | undefined {
  if (!DEDUCTIBLE_WORD.test(lowerCase(label)) || ONLY_PAIR_LABEL.test(lowerCase(label.trim()))) return undefined;
  const value = text.slice(text.indexOf(':') + 1).trim();
  const name = MERGED_VALUE.exec(lowerCase(value))?.[1];
  return name === undefined ? undefined : value.slice(0, name.length).trim();
}

/** The product's name at the start of a «Produkt:» field's value, up to the next field's label («Næringsbygg Egenandel før: …»). */
const PRODUCT_FIELD_LEAD = /^([^:\d]+?)\s+(?=[A-ZÆØÅ][a-zæøå]*(?:\s+[a-zæøå]+){0,3}\s*:)/;

/** A percentage deductible's cap: «høyst kr 60 000», «maksimum 100 000 kroner». */
const CAP = /\b(?:høyst|maksimum|maks\.?|maksimalt|inntil)\s+(?:kr\.?\s*|nok\s*)?\d[\d .]*\d(?:\s*(?:kr|kroner)\b)?/i;

/** A sum or a price labelled with its amount beside the deductible («…, forsikringssum kr 60 000, …, pris kr 6 912»): the line is a coverage's row too. */
const ROW_FIGURES = /(?:^|[\s,:])(?:forsikringssum|sum|pris|premie|årspremie|årspris)\s*:?\s*(?:kr\.?|nok)\s*\d/;

/** A change whose old and new amounts are the same: no change. */
function sameAmounts(c: DeductibleChange): boolean {
  return c.old !== undefined && c.new !== undefined && c.old.join() === c.new.join() && c.percent === undefined && c.minimum === undefined;
}

/** «Bedrift Bygning (Industrivegen 2, 7600 Levanger): …»: a line's name with its place in brackets before the colon (not taken as a label: a comma in it). */
const BRACKETED_LABEL = /^([A-ZÆØÅ][^():,.\d]{2,50}?)\s*\([^()]{3,80}\)\s*:\s/;

/** «… for bygning eller driftsløsøre …», «… på bygning og løsøre …», «… for hus og hytte …»: two objects of a sentence in lower case. */
const TWO_OBJECTS = /\s(?:for|på)\s+([a-zæøå][a-zæøå-]{2,30})\s+(?:eller|og)\s+([a-zæøå][a-zæøå-]{2,30})(?![a-zæøå-])/;
/** «Egenandelen på kasko for bil og båt …»: the cover the deductible is on, before the products it lists. */
const COVER_BEFORE_LISTED = /\bei?genandel(?:en|a)?\s+(?:på|for|ved)\s+([a-zæøå][a-zæøå-]{2,30})\s+(?:for|på)\s+[a-zæøå]/i;

/** The products a sentence lists after «for»/«på» («for bygning eller driftsløsøre»: Bygning, Driftsløsøre), when the index-class table knows both; else undefined. */
function listedProducts(sentence: string): string[] | undefined {
  const m = TWO_OBJECTS.exec(sentence);
  if (!m || !namesProduct(m[1]!) || !namesProduct(m[2]!)) return undefined;
  return [m[1]!, m[2]!].map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`);
}

/**
 * A product's capitalised name in a list, with what it holds in brackets after it: «Næringsbygg», «Maskiner/løsøre», «Varer (fryselager)»;
 * a name with a word in lower case after «og» is one name («Maskiner og inventar»).
 */
const LIST_NAME = String.raw`[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ/-]*(?:\s+og\s+[a-zæøå][a-zæøå/-]+)?(?:\s+\([a-zæøå][^()]{0,30}\))?`;
/** Two or more names: «Bedriftsansvar og Produktansvar», «Næringsbygg, Maskiner/løsøre og Varer (fryselager)». */
const NAME_LIST = String.raw`${LIST_NAME}(?:\s*,\s*${LIST_NAME})*\s+(?:og|eller)\s+${LIST_NAME}`;
/** «Egenandelen for Næringsbygg, Maskiner/løsøre og Varer (fryselager) er økt fra …»: the names after the deductible's word, then the verb. */
const LIST_AFTER_DEDUCTIBLE = new RegExp(String.raw`\b[Ee]i?gen(?:an)?del(?:en|a|ene|ane)?\s+(?:for|på)\s+(${NAME_LIST})\s+(?:er|blir|vert|økes|øker|aukar|aukast|endres|endrast|heves|settes|forhøyes|går)\s`);
/** «Bedriftsansvar og Produktansvar:», a line's label that is a list of names. */
const LIST_LABEL = new RegExp(String.raw`^\s*(${NAME_LIST})\s*$`);
/** «Næringsbygg, Maskiner og inventar og Varer: egenandelen økes fra …»: a bullet's list of names before its colon, the label too long to be read as one. */
const LIST_BEFORE_COLON = new RegExp(String.raw`^\s*(${NAME_LIST})\s*:\s*ei?gen(?:an)?del`, 'i');
// (a list splits at commas and at «og»/«eller» before a capital: «Maskiner og inventar» stays one name)
const LIST_SPLIT = /\s*,\s*|\s+(?:og|eller)\s+(?=[A-ZÆØÅ])/;

/**
 * The products one change sentence names as a list of capitalised names — after the deductible's word
 * («Egenandelen for Næringsbygg, Maskiner/løsøre og Varer (fryselager) er økt fra …») or as the line's label
 * («Bedriftsansvar og Produktansvar: egenandelen økes fra …», also a bullet's list too long to be its label: «Næringsbygg,
 * Maskiner og inventar og Varer: egenandelen økes fra …»): each name, when the index-class table knows every one
 * and none is a cover level or an insurer; else undefined. (A name with a word in lower case after «og», «Maskiner og
 * driftstilbehør», is one product, never split.)
 */
function capitalisedList(sentence: string, label: string | undefined): string[] | undefined {
  const list =
    LIST_AFTER_DEDUCTIBLE.exec(sentence)?.[1] ??
    (label !== undefined && /^\s*ei?gen(?:an)?del/i.test(sentence) ? LIST_LABEL.exec(label)?.[1] : undefined) ??
    LIST_BEFORE_COLON.exec(sentence)?.[1];
  if (list === undefined) return undefined;
  const names = list.split(LIST_SPLIT).map((n) => n.trim());
  if (names.length < 2 || new Set(names).size !== names.length) return undefined;
  return names.every((n) => namesProduct(n) && !COVER_LEVEL_SET.has(lowerCase(n)) && !insurersName(n)) ? names : undefined;
}

/** «kr 4 000 + 20 % av overskytende», «10 000 kr + 10 prosent av skaden»: a fixed amount plus a share. */
const AMOUNT_PLUS_PERCENT = /(?:\d|kr\.?|kroner|nok)\s*\+\s*\d+(?:[.,]\d+)?\s*(?:%|prosent)/i;

/** A label «Product, coverage» («Skogforsikring, brann»). */
const PRODUCT_AND_COVER = /^([^,]{3,40}),\s*([^,]{3,40})$/;

/** A sub-heading that names the section of changes, not a coverage («Endring av egenandeler», «Nye egenandeler fra hovedforfall»). */
// (nynorsk «Eigendel» and «Endra eigendel», bokmål «Endret egenandel» too: headings of the part, never a product)
const SECTION_HEADING = /^(?:endring(?:er|ar)?\s+(?:av|i)\s+ei?gen(?:an)?del|endrede?\s+ei?gen(?:an)?del|endret\s+ei?gen(?:an)?del|endra\s+ei?gen(?:an)?del|nye?\s+ei?gen(?:an)?del|ei?gen(?:an)?del(?:er|ar)?$|\d+\.\s*ei?gen(?:an)?del)/;

/**
 * A name after «for», «i», «på» or «under» (and «på forsikringen»): capitalised words up to a verb, a preposition or punctuation (a word's end seen past «å»: «frå», «går»).
 * («På Villa endrer vi egenandelen ved vannskade»: the insurer's own verb and «vi» after the name end it — the product is «Villa».)
 * A decimal figure is part of a name («… for Kjøretøy under 3,5 tonn»): its comma ends nothing.
 */
const NAMED = /(?:^|\s)(?:[Ff]or|[Ii]|[Pp]å|[Uu]nder)(?:\s+forsikring(?:en|a))?\s+([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ\d/-]*(?:\s+(?!(?:øker|økes|endres|er|blir|settes|heves|forhøyes|innføres|går|fra|til|med|ved|per|som|har|vil|gjelder|dersom|hvis|uten|mot|aukar|auka|vert|frå|endrast|en|ein|ei|eit|et|endrer|endrar|justerer|innfører|hever|vi)(?![A-Za-zÀ-ÖØ-öø-ÿ]))[A-Za-zÀ-ÖØ-öø-ÿ\d/-]+(?:,\d+)?)*?)(?=\s+(?:øker|økes|endres|er|blir|settes|heves|forhøyes|innføres|går|fra|til|med|ved|per|som|har|vil|gjelder|dersom|hvis|uten|mot|aukar|auka|vert|frå|endrast|en|ein|ei|eit|et|endrer|endrar|justerer|innfører|hever|vi)(?![A-Za-zÀ-ÖØ-öø-ÿ])|\s*[,.;:]|$)/g;
/** «… på «Innbo Pluss» …», «… for "Villa Ekstra" …», «For «Bil Kasko» øker …»: a capitalised name in guillemets or quotes after «for», «i», «på» or «under». */
const QUOTED_NAME = /(?:^|\s)(?:[Ff]or|[Ii]|[Pp]å|[Uu]nder)(?:\s+forsikring(?:en|a))?\s+[«"“]([A-ZÆØÅ][^«»"“”\d.,;:]{1,40}?)[»"”]/;
/** The deductible's word right before a name's preposition: «Egenandelen på …», «Eigenandelen for …». */
const RIGHT_AFTER_DEDUCTIBLE = /(?:^|\s)[Ee]i?genandel(?:en|a)?\s*$/;
/** «, dekning Pluss,» after a product's name: the cover it names. */
const COVER_BETWEEN_COMMAS = /^,\s*(?:dekning|dekningsnivå|nivå)\s+([^,.;]{2,30}?)\s*,/;
/**
 * «Egenandelen for vannskader i Borettslag og sameie», «• Eigenandelen for vasskade på Villa aukar …»: what
 * the deductible is for, in lower case, before the product — also where the sentence opens with the word; no
 * figure in it («Egenandelen for glasskade endres fra kr 3 000 til kr 4 000 på Varebil»: the change, no coverage).
 */
const FOR_COVERAGE = /\b[Ee]i?genandel[A-Za-zÀ-ÖØ-öø-ÿ]*\s+for\s+([a-zß-öø-ÿ][^,.;\d]*?)\s+(?:i|på|under)\s+[A-ZÀ-ÖØ-Þ]/;

/** «… i Næringsbygg-forsikringen»: the insurance's word and article joined to a product's name. */
const DEFINITE_INSURANCE = /-forsikring(?:en|a)$/;
/**
 * «Den faste egenandelen på Veterinærforsikringen økes …», «… på Bilforsikringa»: a letter's sentence names the product
 * by its name in the definite form — the product is the name without the article, as its schedule and a hand reader write it.
 */
const DEFINITE_PRODUCT = /(?<=[a-zæøå])(forsikring)(?:en|a)$/;
/** «… på forsikringen Landbruk Komfort»: the sentence calls the name an insurance. */
const INSURANCE_BEFORE_NAME = /\sforsikring(?:en|a)\s/;
/** «For Næringsbil med kasko økes …»: a cover in lower case after «med», right after the product and before the verb. */
const WITH_COVERAGE = /^\s+med\s+([a-zæøå][a-zæøå-]{2,30})(?=\s+(?:øker|økes|aukar|aukast|blir|vert|endres|endrast|heves|settes|forhøyes)\s)/;
/** «Egenandelen på kasko økes fra … for Varebil»: the cover in lower case between the deductible's word and its verb, the product late. */
const COVERAGE_BEFORE_VERB = /^(?:[Vv]algt\s+|[Vv]ald\s+)?[Ee]i?genandel(?:en|a)?\s+(?:for|på|ved)\s+([a-zæøå][a-zæøå-]{2,30})\s+(?:øker|økes|aukar|aukast|blir|vert|endres|endrast|heves|settes|forhøyes)\s/;
/** «… øker egenandelen på kasko fra kr …»: a coverage in lower case after the deductible's word, before its change. */
const ON_COVERAGE = /^\s+(?:øker|økes|heves|endres|blir|vert|aukar)\s+ei?genandel(?:en|a)?\s+(?:på|for|ved)\s+([a-zæøå][a-zæøå -]{1,40}?)\s+(?:fra|frå|til|med)\b/;

/**
 * «Grunnegenandelen for Bedriftsforsikring blir …», «Basiseigenandelen …»: the base deductible is the deductible —
 * the compound read as the plain word, so that what the sentence names after it is read as after «Egenandelen».
 */
function baseDeductible(sentence: string): string {
  return sentence.replace(/\b([Gg]runn|[Bb]asis)(e[i]?gen(?:an)?del|eigendel)/g, (_, first: string, word: string) => (first[0] === first[0]!.toUpperCase() ? `${word[0]!.toUpperCase()}${word.slice(1)}` : word));
}

/**
 * «Egenandelen for Bygning – vannskade økes fra …», «Valgt egenandel på Yrkesbil – kasko økes med …», «… for Maskin og
 * løsøre - innbrudd blir …»: a letter lists its changes as the schedule names its rows, the product, a dash between blanks
 * and the cover in lower case, right after the deductible's preposition and before the verb.
 */
const DASH_NAMED = lazyPattern(() => new RegExp(
  String.raw`(?:^|\s)(?:[Ff]or|[Pp]å|[Ii]|[Uu]nder)\s+([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ\d/-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ÿ\d/-]+){0,3}?)\s+[–—-]\s+([a-zæøå][a-zæøå-]{2,30}(?:\s+(?:og|eller)\s+[a-zæøå][a-zæøå-]{2,30})?)\s+(?:${CHANGE_VERB}|fr[aå]|til)\b`,
));

/**
 * The product and cover a sentence names as «Product – cover» (DASH_NAMED): the product one the index-class table knows,
 * or any name right after the deductible's word; the cover no product itself (a second product after a dash, «Bygning –
 * Varer», is two rows, not a row and its cover). Undefined otherwise.
 */
function dashNamed(sentence: string): { product: string; coverage: string } | undefined {
  const m = DASH_NAMED().exec(sentence);
  if (!m) return undefined;
  const product = m[1]!;
  const called = RIGHT_AFTER_DEDUCTIBLE.test(sentence.slice(0, m.index + 1).replace(/\s+(?:for|på|i|under)\s*$/i, ' '));
  if ((!namesProduct(product) && !called) || insurersName(product)) return undefined;
  if (namesProduct(m[2]!) && !COVER_LEVEL_SET.has(lowerCase(m[2]!))) return undefined;
  return { product, coverage: m[2]! };
}

/**
 * The product (and a coverage level) a sentence names: the first capitalised name after «for», «i»,
 * «på» or «under» that names a product of the index-class table; trailing level words
 * («Standard», «Pluss») are its coverage.
 */
/** A name that begins with an amount («NOK 100 000», «Kr 5 000 per skade»), as the amount reader finds one: no name at all. */
function namesAmount(name: string): boolean {
  return amountsIn(name).some((a) => a.index === 0);
}

export function namedIn(text: string): { product: string; coverage?: string } | undefined {
  const sentence = baseDeductible(text);
  // («På Hus Pluss endrer vi egenandelen for vannskade …», «På Villa endrer vi egenandelen ved vannskade»: the sentence opens with
  // the product and the insurer's own verb — its whole name and the cover after the deductible, as leadNamed reads them)
  if (INSURER_VERB_LEAD.test(sentence.trimStart())) {
    const lead = leadNamed(text);
    if (lead !== undefined) return lead;
  }
  // («Egenandelen for Bygning – vannskade økes …», «Valgt egenandel på Yrkesbil – kasko økes med …»: the product and its cover joined by a dash)
  const dashed = dashNamed(sentence);
  if (dashed !== undefined) return dashed;
  // («Egenandelen på «Innbo Pluss» økes …»: a name in quotes is the product's whole name, level words and all)
  const quoted = QUOTED_NAME.exec(sentence);
  if (quoted && !insurersName(quoted[1]!)) {
    const cov = ON_COVERAGE.exec(sentence.slice(quoted.index + quoted[0].length))?.[1];
    return cov !== undefined ? { product: quoted[1]!.trim(), coverage: cov } : { product: quoted[1]!.trim() };
  }
  for (const m of sentence.matchAll(NAMED)) {
    const words = m[1]!.split(/\s+/);
    const levels: string[] = [];
    while (words.length > 1 && LEVEL_WORDS.has(words[words.length - 1]!.toLowerCase())) levels.unshift(words.pop()!);
    // («… i Næringsbygg-forsikringen»: the sentence's definite form of the insurance, not the product's name)
    const product = words.join(' ').replace(DEFINITE_INSURANCE, '').replace(DEFINITE_PRODUCT, '$1');
    // («Egenandelen på Næringsdrift øker …»: a capitalised name right after the deductible's word is
    // what the deductible is for — the product, known to the index-class table or not; an insurer's is none;
    // so is one the sentence calls an insurance, «… på forsikringen Landbruk Komfort»)
    const called = RIGHT_AFTER_DEDUCTIBLE.test(sentence.slice(0, m.index + 1)) || INSURANCE_BEFORE_NAME.test(m[0]);
    // («… med en egenandel på NOK 100 000»: the deductible's figure after «på» is what it is, never what it is for — an
    // amount is no product's name, however its currency is written: «NOK 100 000», «Kr 5 000», «NOK 2 mill.»)
    if (namesAmount(product)) continue;
    if (!namesProduct(product) && (!called || insurersName(product))) continue;
    // («Eigenandelen for Burettslag, dekning Pluss, aukar …»: the cover named between commas after it)
    const rest = sentence.slice(m.index + m[0].length);
    // («For Varebil øker egenandelen på kasko fra …»: after the product, what the deductible is on)
    // («Ved vasskade aukar eigenandelen for Burettslag …»: the peril the sentence opens with)
    // («For Næringsbil med kasko økes …»: the cover after «med»; «Egenandelen på kasko økes … for Varebil»: the one before the verb)
    const lowerCov =
      FOR_COVERAGE.exec(sentence)?.[1] ?? COVER_BETWEEN_COMMAS.exec(rest)?.[1] ?? ON_COVERAGE.exec(rest)?.[1] ?? WITH_COVERAGE.exec(rest)?.[1] ?? COVERAGE_BEFORE_VERB.exec(sentence.trim())?.[1] ?? leadPeril(sentence);
    const coverage = levels.length > 0 ? levels.join(' ') : lowerCov;
    return coverage !== undefined ? { product, coverage } : { product };
  }
  // («Bedriftsansvar får en minsteegenandel på kr 10 000.»: the product the sentence's subject, that «gets» the deductible)
  const subject = SUBJECT_GETS_DEDUCTIBLE.exec(sentence.trim())?.[1];
  if (subject !== undefined && namesProduct(subject) && !insurersName(subject)) return { product: subject };
  return undefined;
}

/** «Bedriftsansvar får en minsteegenandel på …», «Ansvar får ny egenandel …»: a capitalised name, «får» and a deductible (group 1 the name). */
const SUBJECT_GETS_DEDUCTIBLE = /^([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ-]+(?:\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ-]+)?)\s+(?:får|får\s+nå|får\s+no)\s+(?:(?:en|ein|ei|eit|et)\s+)?(?:(?:ny|nye|høyere|høgare)\s+)?(?:(?:minste|minimums?)\s*-?\s*)?ei?gen(?:an)?del/;

/**
 * «På Juletreforsikring er eigenandelen no …», «For Hus Pluss økes egenandelen …»: capitalised words
 * right after the sentence's first «For»/«På», then the verb and the deductible — the sentence's own
 * product, also one the index-class table does not know.
 */
const LEAD_PRODUCT = /^(?:For|På|I)\s+(?:forsikring(?:en|a)\s+)?([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ\d/-]*(?:\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ\d/-]*){0,3})\s+(?:er|blir|vert|øker|økes|aukar|aukast|endres|endrast|settes|heves|(?:endrer|endrar|øker|aukar|hever|hevar|justerer|setter\s+opp)\s+(?:vi|de|dei))\s+(?:den\s+)?ei?genandel(?:en|a)?/;
/** «… endrer vi egenandelen for vannskade (utett røranlegg og våtrom)»: the coverage after the deductible's word, in lower case. */
const LEAD_COVERAGE = /^\s+(?:for|på|ved)\s+([a-zæøå][a-zæøå-]{2,30}(?:\s+[a-zæøå][a-zæøå-]{2,30}){0,2}?)(?=\s*[(.,;]|\s+(?:fra|frå|til|med|øker|økes|aukar|blir|vert)\b|$)/;

/** «For|På|I» a name, then the insurer's verb and «vi» (or «de», «dei»): the insurer says what it changes on that product. */
const INSURER_VERB_LEAD = /^(?:For|På|I)\s+[A-ZÆØÅ][^.]{0,60}?\s(?:endrer|endrar|øker|aukar|hever|hevar|justerer|setter\s+opp)\s+(?:vi|de|dei)\s/;

/** The product (and level, or the coverage named after the deductible) a deductible sentence names by its first words (LEAD_PRODUCT); undefined otherwise. */
function leadNamed(text: string): { product: string; coverage?: string } | undefined {
  const sentence = baseDeductible(text);
  const t = sentence.trim();
  const m = LEAD_PRODUCT.exec(t);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  const levels: string[] = [];
  while (words.length > 1 && LEVEL_WORDS.has(words[words.length - 1]!.toLowerCase())) levels.unshift(words.pop()!);
  const product = words.join(' ');
  if (DEDUCTIBLE_WORD.test(lowerCase(product)) || LETTER_PARTS.test(lowerCase(product))) return undefined;
  // («På Hus Pluss endrer vi egenandelen for vannskade»: the whole name is the product, as its schedule row names it, and the coverage is the one after the deductible)
  const coverage = LEAD_COVERAGE.exec(t.slice(m[0].length))?.[1];
  if (coverage !== undefined) return { product: m[1]!, coverage };
  return levels.length > 0 ? { product, coverage: levels.join(' ') } : { product };
}

/** «Egenandelen på kasko øker …», «Eigenandelen for husforsikring aukar …», «Egenandel Næringseiendom økes …»: one word right after the deductible's word, before its verb. */
// («Egenandel på eiendom økt fra NOK 50 000 til …», a broker's note: the participle alone, no «er», is the verb too)
// («Eigendelen på husforsikringa er auka …», «eigenandelen din på innbuforsikringa er lågare …»: the short nynorsk word, and «din» before the object)
// («Egenandelen på bilforsikringen (delkasko og kasko) økes …»: the covers in brackets after the object are no part of it)
const OBJECT_AFTER_DEDUCTIBLE = /\bei?gen(?:an)?del(?:en|a)?\s+(?:(?:din|di|dykkar|deres)\s+)?(?:(?:for|på|ved)\s+)?([A-Za-zÆØÅæøå][a-zæøå-]{3,40})(?=(?:\s*\([^()\d]{1,40}\))?\s+(?:har\s+(?:vore|vært|vorte)|øker|økes|aukar|auka|vert|blir|er|endres|endrast|settes|heves|forhøyes|går|fra|frå|økt|hevet|heva|endret|endra|forhøyet|satt\s+opp)\b)/i;
/** «For bygning og løsøre økes egenandelen fra …»: the object first, after «For»/«På», then the verb and the deductible. */
const OBJECT_BEFORE_DEDUCTIBLE = /^(?:for|på)\s+([a-zæøå][a-zæøå-]{2,40}(?:\s+(?:og\s+)?[a-zæøå][a-zæøå-]{2,40}){0,3}?)\s+(?:øker|økes|aukar|aukast|blir|vert|er|endres|endrast|settes|heves)\s+(?:den\s+)?ei?genandel/i;
/**
 * «Eigenandelen på hytteforsikringa på Fjellvegen 8 aukar frå …», «Egenandelen på innboforsikringen
 * for Storgata 3 økes fra …»: an insurance in its definite form, then the place it is for, then the
 * verb — the insurance is the object (the place is not part of its name).
 */
const INSURANCE_THEN_PLACE = /\bei?genandel(?:en|a)?\s+(?:for|på|ved)\s+([a-zæøå]{2,30}forsikring(?:en|a))\s+(?:på|for|i|ved)\s+[^.]{1,60}?\s+(?:aukar|auka|øker|økes|går\s+opp|vert|blir|endres|endrast|heves|forhøyes)\s/i;
/**
 * «Egenandel per skade for produktansvar økes fra …», «Egenandelen for kommunalt ansvar økes med …»: after the
 * deductible's word (and what it is counted by), «for»/«på» and one or two words in lower case, then the verb
 * and its figure's preposition.
 */
const OBJECT_PHRASE_AFTER_DEDUCTIBLE = /\bei?gen(?:an)?del(?:en|a)?\s+(?:(?:per|pr\.?)\s+(?:skade|skadetilfelle|krav|hending)\s+)?(?:for|på)\s+([a-zæøå][a-zæøå-]{2,30}(?:\s+[a-zæøå][a-zæøå-]{2,30})?)\s+(?:øker|økes|aukar|aukast|endres|endrast|heves|forhøyes)\s+(?:fra|frå|med|til)\b/i;
/** «… lågare eigenandel enn kr 10 000 på landbruksmaskinar, vert han auka …»: the object after «på» before the clause ends. */
// (nynorsk's short «eigendel» too: «Har du lågare eigendel enn 5 000 kroner på landbruksansvar, blir han auka …»)
// («… lavere egenandel enn kr 4.000 på innboforsikringen, …»: a dot between digits marks thousands, no sentence's end)
const OBJECT_AFTER_ON = /\bei?gen(?:an)?del[a-zæøå]*\b(?:[^.]|(?<=\d)\.(?=\d))*?\s(?:på|for)\s+([a-zæøå][a-zæøå-]{3,40})\s*,/i;

/**
 * «Fra fornyelsen økes egenandelen på husforsikringen med 2 000 kroner», «Frå hovudforfall vert eigenandelen for hytta auka
 * til …»: the verb before the deductible's word (a sentence that opens with when, inverted), then the object after
 * «for»/«på», then the change's own word — the object the sentence names, as in «Egenandelen på husforsikringen økes …».
 */
const OBJECT_AFTER_INVERTED_VERB = /(?<![a-zæøå])(?:økes|øker|heves|forhøyes|aukar|aukast|endres|endrast|blir|vert)\s+(?:den\s+)?(?:(?:valgte|valgt|valde|vald|faste|fast)\s+)?ei?gen(?:an)?del(?:en|a)?\s+(?:for|på|ved)\s+([a-zæøå][a-zæøå-]{3,40})\s+(?:med|fra|frå|til|økt|auka|heva|hevet|endret|endra)\b/i;

/**
 * The object a deductible sentence names in lower case or without a preposition, as a product name
 * («husforsikringen» → «Husforsikring»), when the index-class table knows it; else undefined. Only
 * used where nothing above names the product: a hand reader takes the sentence's own object then.
 */
export function objectNamedIn(text: string): string | undefined {
  const sentence = baseDeductible(text);
  const word = (OBJECT_BEFORE_DEDUCTIBLE.exec(sentence.trim()) ?? OBJECT_AFTER_DEDUCTIBLE.exec(sentence) ?? INSURANCE_THEN_PLACE.exec(sentence) ?? OBJECT_AFTER_INVERTED_VERB.exec(sentence) ?? OBJECT_AFTER_ON.exec(sentence))?.[1];
  if (word !== undefined) return productName(word);
  // «Egenandel per skade for produktansvar økes fra …», «Egenandelen for kommunalt ansvar økes med …»: what the
  // deductible is counted by between, or the object named by two words (the last the product's word)
  const phrase = OBJECT_PHRASE_AFTER_DEDUCTIBLE.exec(sentence)?.[1];
  if (phrase === undefined) return undefined;
  const words = phrase.split(/\s+/);
  if (!namesProduct(words[words.length - 1]!) || (words.length > 1 && namesProduct(words[0]!))) return undefined;
  return words.length === 1 ? productName(phrase) : `${phrase[0]!.toUpperCase()}${phrase.slice(1)}`;
}

/** «husforsikringen: egenandelen endres …»: a word in lower case and its colon right before the deductible's word. */
const WORD_COLON_DEDUCTIBLE = /(?:^|\s)([a-zæøå][a-zæøå-]{3,40}):\s+ei?gen(?:an)?del/;

/** The product a word before a colon names right before the deductible (WORD_COLON_DEDUCTIBLE), as its name; undefined otherwise. */
function colonProduct(sentence: string): Owner | undefined {
  const word = WORD_COLON_DEDUCTIBLE.exec(sentence)?.[1];
  const product = word === undefined ? undefined : productName(word);
  return product === undefined ? undefined : { product };
}

/** «På bilforsikringen gjelder dette», «For innbuforsikringa gjeld følgjande»: a lead-in label that names an insurance. */
const INSURANCE_LEAD_IN = /^(?:på|for|i)\s+([a-zæøå][a-zæøå-]{2,40}(?:forsikring(?:en|a)))\s+(?:gjelder|gjeld)\s+(?:dette|følgende|følgjande)$/i;

/** One word in lower case: «husforsikringen». */
const LOWER_WORD = /^[a-zæøå][a-zæøå-]+$/;

/** Verbs of a change, after the product word and before the deductible's word. */
// («Egenandelen ved glasskade går fra 3 000 kroner til 4 000 kroner»: «går» before the change's «fra … til»)
const CHANGE_VERB = String.raw`(?:blir|vert|øker|økes|aukar|aukast|endres|endrast|settes|heves|forhøyes|går\s+opp|går\s+ned|går(?=\s+fr[aå]\s))`;
/**
 * «… er økt fra …», «… er endra frå …», «… er ved denne fornyelsen økt fra …»: a change told as done (the perfect passive, a few
 * words of when between), as letters and certificates write what the renewal has changed — a change's verb after the thing as
 * much as «økes» is.
 */
// («… har økt fra 6 000 kr til 10 000 kr», a housing co-operative's notice: the active perfect says the same)
const PERFECT_CHANGE = String.raw`(?:(?:er|har\s+blitt|har\s+vorte|ble|blei|vart)\s+(?:[a-zæøå]+\s+){0,4}?(?:økt|auka|endret|endra|hevet|heva|forhøyet|justert|satt\s+opp|sett\s+opp)|har\s+(?:økt|auka|gått\s+opp))`;
/** A change's verb after the thing the deductible is for: the present or future (CHANGE_VERB) or the perfect (PERFECT_CHANGE). */
const CHANGE_TAIL = String.raw`(?:${CHANGE_VERB}|${PERFECT_CHANGE})`;
/**
 * «Ved vannskade på bolig blir egenandelen …», «For skade ved innbrudd i fritidsbolig øker egenandelen
 * …»: the peril first (the coverage), then the product word, then the verb and the deductible.
 */
const PERIL_THEN_PRODUCT = new RegExp(String.raw`^(?:ved|for)\s+(?:skade\s+(?:ved|etter|frå|fra|av)\s+)?([a-zæøå][a-zæøå-]{2,30})\s+(?:på|i)\s+([a-zæøå][a-zæøå-]{2,40})\s+${CHANGE_VERB}\s+(?:den\s+)?ei?gen(?:an)?del`, 'i');
/** «Eigendelen ved vassskade på hytta går opp frå …»: the deductible's word, the peril, then the product word, then the verb. */
// («… hevet egenandelen for vannskade på bygning fra kr 25 000 …», «Egenandel ved vannskade på bygning: NOK 15.000,-»: the verb before, or a colon and the amount)
// («Egenandel ved skade på bil (Kasko) økes med …»: a cover level in brackets after the product word)
// («Egenandelen ved tyveri av sykkel på innboforsikringen går opp fra …»: a peril of one thing, «tyveri av sykkel», before the product)
const DEDUCTIBLE_PERIL_PRODUCT = new RegExp(String.raw`\bei?gen(?:an)?del(?:en|a)?\s+(?:ved|for)\s+(?:skade\s+(?:ved|etter|av)\s+)?([a-zæøå][a-zæøå-]{2,30})(?:\s+av\s+[a-zæøå][a-zæøå-]{2,30})?\s+(?:på|i)\s+([a-zæøå][a-zæøå-]{2,40})(?:\s*\(([a-zæøå][a-zæøå-]{2,30})\))?(?:\s+${CHANGE_TAIL}\s|\s+fr[aå]\s|\s*:\s)`, 'i');
/** «Egenandelen ved glasskade øker …», «Eigenandelen for vasskade aukar …»: the peril (a word of a damage or a loss) right after the deductible, then the verb. */
const PERIL_AFTER_DEDUCTIBLE = new RegExp(String.raw`^ei?gen(?:an)?del(?:en|a)?\s+(?:ved|for)\s+([a-zæøå][a-zæøå-]{1,30}(?:skade|skader|skadar|brudd|tyveri|tjuveri|brann|lekkasje))\s+${CHANGE_TAIL}\s`, 'i');
/**
 * «Egenandelen på entreprenørforsikringen økes fra kr 20 000 til kr 30 000.», «Egenandelen for husforsikringa aukar …»: the
 * deductible's word, then an insurance named as such (one word ending in «forsikring», group 1 its base), then the verb.
 */
const DEDUCTIBLE_ON_INSURANCE = new RegExp(String.raw`^ei?gen(?:an)?del(?:en|a)?\s+(?:på|for|i)\s+([a-zæøå][a-zæøå-]{1,30}forsikring)(?:en|a)?\s+${CHANGE_TAIL}\s`, 'i');
/** A peril's word: a known peril or cover level, or a word ending in one («vannskade», «rørlekkasje», «innbrudd»). */
const PERIL_WORD = /^[a-zæøå-]*(?:skade|skader|skadar|lekkasje|brudd|tyveri|tjuveri|brann)$/;
/** «Egenandelen for lekkasje fra rør og utstyr endres …»: the peril after the deductible's word and what it comes from, before the verb. */
// («Valgt egenandel på kasko økes med kr 2 000»: «på» before a cover level or a peril names it as well — sentenceCover takes no product word)
const DEDUCTIBLE_FOR_PERIL = new RegExp(String.raw`^(?:(?:den\s+)?(?:valgte|valde|valgt|vald)\s+)?ei?gen(?:an)?del(?:en|a)?\s+(?:for|ved|på)\s+([a-zæøå-]+)((?:\s+(?:fra|frå|av)\s+[a-zæøå]+(?:\s+og\s+[a-zæøå]+)?)?)\s+${CHANGE_TAIL}\s`, 'i');
/**
 * «Fra 01.01.2027 er egenandelen ved glasskade kr 4 000 (tidligere kr 3 000).»: the new state from a date or the renewal, the
 * peril after the deductible's word and its amount right after it (group 2 empty: nothing it comes from).
 */
const FROM_DATE_PERIL = /^(?:fra|frå|f\.o\.m\.?)\s+(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\.\s+[a-zæøå]+\s+\d{4}|fornyelsen|fornyinga|hovedforfall)\s+(?:er|blir|vert)\s+ei?gen(?:an)?del(?:en|a)?\s+(?:for|ved|på)\s+([a-zæøå-]+)()\s+(?:kr\.?|NOK)\s*\d/i;
/** «For kaskodekningen øker den valgte egenandelen …»: the cover a sentence opens with (its «-dekningen» left out), before the verb and the deductible. */
const LEAD_COVER = new RegExp(String.raw`^(?:for|ved|på)\s+([a-zæøå-]+?)(?:dekningen|dekninga|dekning)?\s+${CHANGE_VERB}\s+(?:den\s+)?(?:(?:valgte|valde)\s+)?ei?gen(?:an)?del`, 'i');

/**
 * The peril or cover a sentence says its deductible is for, capitalised («Lekkasje fra rør og utstyr», «Kasko»): a
 * cover level or a peril's word (PERIL_WORD, PERIL_COVER_WORDS), perhaps with what it comes from («fra rør og
 * utstyr»); undefined for any other (a product, a thing, a place: «for hytta», «for bygning»).
 */
export function sentenceCover(sentence: string): string | undefined {
  const t = sentence.trim();
  const m = DEDUCTIBLE_FOR_PERIL.exec(t) ?? FROM_DATE_PERIL.exec(t);
  const lead = m ? undefined : LEAD_COVER.exec(t);
  const word = lowerCase((m ?? lead)?.[1] ?? '');
  // (a cover level is one whatever the index-class table knows it as: «kasko» is a vehicle's cover, no product)
  if (word === '' || (!COVER_LEVEL_SET.has(word) && namesProduct(word)) || !(COVER_LEVEL_SET.has(word) || PERIL_COVER_WORDS.has(word) || PERIL_WORD.test(word))) return undefined;
  const name = `${word}${m?.[2] ?? ''}`;
  return `${name[0]!.toUpperCase()}${name.slice(1)}`;
}

/** «Ved vasskade aukar eigenandelen …», «For skade ved innbrudd øker egenandelen …»: the peril a sentence opens with, before the verb and the deductible. */
const LEAD_PERIL = new RegExp(String.raw`^(?:ved|for)\s+(?:skade\s+(?:ved|etter|frå|fra|av)\s+)?([a-zæøå][a-zæøå-]{2,30})\s+${CHANGE_VERB}\s+(?:den\s+)?ei?gen(?:an)?del`, 'i');

/** The peril a sentence opens with (LEAD_PERIL), in lower case; undefined when it opens otherwise or the word names a product. */
function leadPeril(sentence: string): string | undefined {
  const m = LEAD_PERIL.exec(sentence.trim());
  return m && !namesProduct(m[1]!) ? lowerCase(m[1]!) : undefined;
}

/** «På bilforsikringen går egenandelen ved glasskade opp fra …», «For hytta aukar eigenandelen …»: a product word in lower case opens the sentence. */
const LOWER_LEAD_PRODUCT = new RegExp(String.raw`^(?:på|for|i)\s+([a-zæøå][a-zæøå-]{3,40})\s+(?:${CHANGE_VERB}|går)\s+(?:den\s+)?ei?gen(?:an)?del(?:en|a)?(?:\s+(?:ved|for)\s+([a-zæøå][a-zæøå-]{2,30}))?(?=\s|$)`, 'i');

/** «For bedriftsansvar innfører vi en minste egenandel: …»: a product word in lower case opens the clause, the deductible's word later in it. */
// (a list, «For maskiner og inventar …», is more than the one word: not taken)
const LOWER_LEAD_CLAUSE = /^(?:på|for|i)\s+([a-zæøå][a-zæøå-]{3,40})\s+(?!og\s|eller\s|samt\s)[^.:;,]*?(?<![a-zæøå])ei?gen(?:an)?del/i;

/** «Vi øker egenandelen på bilforsikringen, kasko, fra …»: the product word, then a cover level between commas. */
// («Egenandelen på bilforsikringen, dekning Kasko, øker …»: the level after the word «dekning» is the coverage too)
const PRODUCT_COMMA_LEVEL = /\bei?gen(?:an)?del(?:en|a)?\s+(?:for|på|ved)\s+([a-zæøå][a-zæøå-]{3,40})\s*,\s*(?:dekning(?:en|a)?\s+)?([a-zæøå]+(?:\s+[a-zæøå]+){0,2})\s*,/i;

/**
 * The product a deductible sentence names by a product word in lower case (vocabulary: the
 * index-class table), with the coverage it names beside it: a peril before the product word
 * («Ved vannskade på bolig blir egenandelen …»: Bolig, vannskade), a cover level after it between
 * commas («… på bilforsikringen, kasko, fra …»: Bilforsikring, kasko); else the object alone
 * (objectNamedIn). Undefined when the sentence names no product word.
 */
/** «… fra 10 000 kr til 15 000 kr for alle skader på bygning.»: damage of any kind to a thing, after the change, at the sentence's end (group 1 the thing). */
const DAMAGE_ON_THING_AT_END = /\bfr[aå]\s[^.]*\btil\s[^.]*?\s(?:for|ved)\s+(?:alle\s+|all\s+)?(?:skader|skade|skadar)\s+(?:på|i)\s+([a-zæøå][a-zæøå-]{2,40})\s*\.?$/i;

/**
 * «Egenandelen for skade på bygning ved tyveri og hærverk økes fra …»: damage to a thing, then the peril it comes from — the
 * thing (group 1) the product, the peril or perils (group 2) the coverage; the same two as «ved tyveri på bygning», in the other order.
 */
const DAMAGE_ON_THING_BY_PERIL = new RegExp(String.raw`\bei?gen(?:an)?del(?:en|a)?\s+(?:ved|for)\s+(?:skade|skader|skadar)\s+(?:på|i)\s+([a-zæøå][a-zæøå-]{2,40})\s+(?:ved|etter|av)\s+([a-zæøå][a-zæøå-]{2,30}(?:\s+og\s+[a-zæøå][a-zæøå-]{2,30})?)(?:\s+${CHANGE_TAIL}\s|\s+fr[aå]\s|\s*:\s)`, 'i');

/**
 * «Ved fornyelsen økes valgt egenandel på kaskodekningen for traktoren med kr 5 000», «Fra fornyelsen endres egenandelen for
 * snøtyngde på veksthus til 15 %»: the verb first (the sentence opens with when), then the deductible's word, the cover or peril
 * (group 1) and the thing it is on (group 2), then the change's amounts.
 */
const INVERTED_COVER_ON_THING = /(?<![a-zæøå])(?:økes|øker|økte|heves|forhøyes|aukar|aukast|endres|endrast|blir|vert)\s+(?:den\s+)?(?:(?:valgte|valgt|valde|vald|faste|fast|standard)\s+)?ei?gen(?:an)?del(?:en|a)?\s+(?:for|på|ved)\s+([a-zæøå][a-zæøå-]{2,40})\s+(?:for|på|i)\s+([a-zæøå][a-zæøå-]{2,40})\s+(?:med|fra|frå|til)\b/i;

/**
 * The thing and its cover in a sentence that names the damage before the peril (DAMAGE_ON_THING_BY_PERIL) or opens with the
 * verb (INVERTED_COVER_ON_THING): the thing as a product the index-class table knows a class of (a building, a vehicle, a
 * greenhouse), the cover («kaskodekningen» as «kasko») or the peril as its coverage. Undefined for any other sentence.
 */
function thingAndCover(t: string): Owner | undefined {
  const damage = DAMAGE_ON_THING_BY_PERIL.exec(t);
  const inverted = damage ? null : INVERTED_COVER_ON_THING.exec(t);
  const thing = damage?.[1] ?? inverted?.[2];
  const product = thing !== undefined ? productName(thing) : undefined;
  if (product === undefined || !rowIndexClass(product).known) return undefined;
  const word = lowerCase((damage?.[2] ?? inverted?.[1])!);
  const cover = COVER_DEKNING.exec(word)?.[1] ?? word;
  // (the cover is no thing itself: «for bygning på Storgata …» names no cover)
  if (namesProduct(cover) && !COVER_LEVEL_SET.has(cover)) return { product };
  return { product, coverage: cover };
}

/** What follows a peril that names the thing it befalls: «(tyveri) av sykkel». */
const OF_A_THING = /^\s+av\s/;

/** «skade», «skader», «skadar»: damage of any kind, no peril of its own. */
const GENERIC_DAMAGE = /^(?:skade|skader|skadar|skaden)$/i;

/**
 * Whether the change's own sentence names the product as an insurance in lower case and its definite form
 * («Eigenandelen på landbruksforsikringa er auka …»): a noun of running text, never a company's name, though a company
 * bears the same name capitalised («Landbruksforsikring AS»).
 */
function namedAsInsurance(product: string, text: string | undefined): boolean {
  if (text === undefined || !/forsikring$/i.test(product)) return false;
  const word = lowerCase(product).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-zæøå])${word}(?:en|a)(?![a-zæøå])`).test(text);
}

export function productWordIn(sentence: string): Owner | undefined {
  const t = withoutPossessive(baseDeductible(sentence).trim());
  const peril = PERIL_THEN_PRODUCT.exec(t) ?? DEDUCTIBLE_PERIL_PRODUCT.exec(t);
  if (peril) {
    // (a farm's animals, «skade på husdyr», are a thing insured too, though no index class names them)
    const product = productName(peril[2]!) ?? (namesFarmStock(peril[2]!) ? `${peril[2]![0]!.toUpperCase()}${peril[2]!.slice(1)}` : undefined);
    // (the peril is no product word itself: «For bygning i Storgata …» is no peril)
    // («Egenandelen ved skade på husdyr …»: damage in general names no peril — the product alone)
    // («Egenandel ved skade på bil (Kasko) økes med 2 000 kroner»: the cover level in brackets after the thing is the coverage)
    const bracket = peril[3];
    // («… ved tyveri av sykkel på innboforsikringen …»: the cover is «Sykkel» or «Tyveri av sykkel» as the schedule may name
    // it — which one the sentence does not say: the product alone)
    if (product !== undefined && OF_A_THING.test(peril[0].slice(peril[0].toLowerCase().indexOf(peril[1]!.toLowerCase()) + peril[1]!.length))) return { product };
    if (product !== undefined && GENERIC_DAMAGE.test(peril[1]!)) return bracket !== undefined && COVER_LEVEL_SET.has(lowerCase(bracket)) ? { product, coverage: lowerCase(bracket) } : { product };
    // («Egenandelen for kasko på bil øker …»: a cover level before the product word is its coverage, though the table knows «Kasko» as a row's name)
    if (product !== undefined && (!namesProduct(peril[1]!) || COVER_LEVEL_SET.has(lowerCase(peril[1]!)))) return { product, coverage: lowerCase(peril[1]!) };
    // («Egenandelen for kaskoskade på bilforsikringen din øker fra …»: the damage a cover level pays, its level with «skade»
    // after it, is that level — the coverage «kasko», as the schedule's row «Bilforsikring | Kasko» names it)
    const level = product !== undefined ? levelOfDamage(peril[1]!) : undefined;
    if (level !== undefined) return { product: product!, coverage: level };
    // («Egenandelen for rettshjelp på husforsikringen økes med 1 000 kroner.»: what the deductible is for, on an insurance named
    // as such — a cover of that insurance, though a cover such as legal aid is sold as an insurance of its own too)
    if (product !== undefined && /forsikring(?:en|a)?$/.test(lowerCase(peril[2]!)) && !/forsikring/.test(lowerCase(peril[1]!))) return { product, coverage: lowerCase(peril[1]!) };
  }
  const thingCover = thingAndCover(t);
  if (thingCover !== undefined) return thingCover;
  // (an insurance the sentence names by its whole name, in lower case, is that product, whether or not the vocabulary knows
  // what it insures: «Egenandelen på entreprenørforsikringen økes …» is Entreprenørforsikring's change)
  const insurance = DEDUCTIBLE_ON_INSURANCE.exec(t)?.[1];
  if (insurance !== undefined) return { product: productName(insurance) ?? `${insurance[0]!.toUpperCase()}${insurance.slice(1)}` };
  // («… er egenandelen økt fra 10 000 kr til 15 000 kr for alle skader på bygning.»: the thing whose every damage the change is
  // for, named at the sentence's end — its product, as «Egenandel ved skade på bygning» names it before the change)
  const damaged = DAMAGE_ON_THING_AT_END.exec(t);
  const damagedProduct = damaged ? productName(damaged[1]!) : undefined;
  if (damagedProduct !== undefined) return { product: damagedProduct };
  const level = PRODUCT_COMMA_LEVEL.exec(t);
  if (level && COVER_LEVEL_SET.has(lowerCase(level[2]!))) {
    const product = productName(level[1]!);
    if (product !== undefined) return { product, coverage: lowerCase(level[2]!) };
  }
  const object = objectNamedIn(t);
  if (object !== undefined) return { product: object };
  // («På bilforsikringen går egenandelen ved glasskade opp fra …»: the product word opens the sentence, the peril after the deductible)
  const lead = LOWER_LEAD_PRODUCT.exec(t);
  const leadProduct = lead ? productName(lead[1]!) : undefined;
  if (leadProduct !== undefined) return lead![2] !== undefined && !namesProduct(lead![2]) ? { product: leadProduct, coverage: lowerCase(lead![2]) } : { product: leadProduct };
  // («For bedriftsansvar innfører vi en minste egenandel: har dere …»: the product word opens the clause that names the deductible)
  const clause = LOWER_LEAD_CLAUSE.exec(t);
  const clauseProduct = clause ? productName(clause[1]!) : undefined;
  return clauseProduct !== undefined ? { product: clauseProduct } : undefined;
}

/** «kaskoskade», «delkaskoskader», «kasko-skade», nynorsk «kaskoskadar»: a cover level (vocabulary: COVER_LEVELS) and the damage it pays, in one word → the level (lower case). */
function levelOfDamage(word: string): string | undefined {
  // («kasko-skade», as a bank's page writes «redusert egenandel ved kasko-skader»: the hyphen between as well)
  const m = /^([a-zæøå]+?)-?skade(?:n|r|ne|ar|ane)?$/.exec(lowerCase(word));
  return m && COVER_LEVEL_SET.has(m[1]!) ? m[1]! : undefined;
}

/**
 * «husforsikringen din», «innboforsikringa di», «bilforsikringene deres»: a letter to a private customer names the insurance
 * in its definite form with the customer's possessive after it — the same insurance as «husforsikringen» alone.
 */
const POSSESSIVE_AFTER_INSURANCE = /\b([a-zæøå-]+forsikring(?:en|a|ene|ane))\s+(?:din|di|ditt|dine|deres|dykkar|vår|våre)\b/gi;
function withoutPossessive(t: string): string {
  return t.includes('forsikring') ? t.replace(POSSESSIVE_AFTER_INSURANCE, '$1') : t;
}

/**
 * «Egenandel tingskade økes fra …», «Egenandel maskinskade kjøle-/fryseanlegg økes fra …»: the
 * coverage a sentence names right after its first word «Egenandel» (no article, no preposition), up
 * to the verb of the change, in lower case as running text writes it.
 */
const COVERAGE_AFTER_DEDUCTIBLE = /^ei?genandel\s+([a-zæøå][a-zæøå/-]*(?:\s+[a-zæøå][a-zæøå/-]*){0,3}?)\s+(?:økes|øker|aukar|aukast|reduseres|senkes|heves|endres|endrast|settes)\s+(?:fra|frå|til|med)\b/i;
/** Words that begin no coverage's name: a preposition, a pronoun, an article. */
const NO_COVERAGE_START = /^(?:for|på|ved|i|din|deres|vår|våre|dykkar|di|den|det|de|en|ei|et|per|pr)$/;

/** The coverage named right after «Egenandel» (COVERAGE_AFTER_DEDUCTIBLE), capitalised as a product's name; undefined otherwise. */
export function coverageAfterDeductible(sentence: string): string | undefined {
  const name = COVERAGE_AFTER_DEDUCTIBLE.exec(sentence.trim())?.[1];
  if (name === undefined || NO_COVERAGE_START.test(lowerCase(name.split(' ')[0]!))) return undefined;
  return `${name[0]!.toUpperCase()}${name.slice(1)}`;
}

/**
 * The changes a unit's sentences state, one group per product: a sentence that names another
 * product than the sentences before it («… for Bedriftsbygning øker fra kr 6 000 til kr 10 000.
 * For Varebil øker egenandelen …») starts a change of its own; a sentence that names none
 * belongs to the one before it.
 */
function byProduct(found: Found[]): Found[][] {
  const groups: Found[][] = [];
  let current: Found[] = [];
  let product: string | undefined;
  let coverage: string | undefined;
  for (const f of found) {
    // («Har du hatt lavere egenandel enn kr 6 000 på våningshuset, … Valgt egenandel på driftsbygningen økes med kr 4 000.»:
    // each sentence names its own thing insured in lower case — a change of its own)
    const named = f.field === 'text' ? undefined : (namedIn(f.sentence) ?? productWordIn(f.sentence));
    const n = named?.product;
    // (a PDF's paragraph runs two sentences on one product together: «For Varebil med kasko økes …. Egenandelen for
    // glasskade endres … på Varebil.» — another coverage named is another change; and «Har du i dag lavere egenandel enn 6 000
    // kroner på husforsikringen, blir den økt til 6 000 kroner. Egenandelen for rettshjelp på husforsikringen økes med 1 000
    // kroner.»: a sentence with its own figures that names a coverage of the product the sentence before changed whole is the
    // coverage's change, not more of the product's)
    const ownCover = named?.coverage !== undefined && coverage === undefined && f.field !== 'text' && current.some((c) => c.field !== 'text');
    const otherCover = n === product && named?.coverage !== undefined && (coverage !== undefined ? named.coverage !== coverage : ownCover);
    // («Har de hatt lågare eigendel enn kr 10 000, vil denne bli auka til kr 10 000. Eigendelen for Bygning vert endra frå …»: a change
    // whose sentence names nothing, before one that names its product, is no part of that product's change)
    const unnamedBefore = current.length > 0 && n !== undefined && product === undefined && current.some((c) => c.field !== 'text') && f.field !== 'text';
    if (unnamedBefore || (current.length > 0 && n !== undefined && product !== undefined && (n !== product || otherCover))) {
      groups.push(current);
      current = [];
    }
    if (n !== undefined) [product, coverage] = [n, named?.coverage];
    current.push(f);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

type Owner = { product: string; coverage?: string };

/**
 * «Minste eigendel på Ansvarsforsikring aukar. Har de hatt lågare eigendel enn kr 10 000, vil denne bli auka til kr 10 000.»: the
 * sentence right before a change's, naming the deductible of a product without a figure, announces that product's change — the
 * product the change's own sentence does not name. Undefined otherwise.
 */
function announcedBefore(text: string, f: Found | undefined): { product: string; coverage?: string } | undefined {
  if (f === undefined) return undefined;
  const all = sentencesApart(text);
  const k = all.findIndex((x) => f.sentence.startsWith(x.s));
  const before = k > 0 ? all[k - 1]!.s : undefined;
  if (before === undefined || !DEDUCTIBLE_WORD.test(lowerCase(before)) || DIGIT.test(before)) return undefined;
  return namedIn(before);
}

/** Two figures of one kind from different sentences («… kr 4 000 (i dag kr 3 000). … frå kr 6 000 til kr 10 000.»): one change cannot hold both. */
function conflicting(group: Found[]): boolean {
  const kind = (f: Found): string => (f.field === 'new' ? 'old_new' : f.field);
  // («Minste egenandel på husforsikringen blir 10 000 kr. Har du i dag lavere egenandel enn 10 000 kr, vil denne økes til 10 000 kr.»:
  // a minimum is the amount it is raised to, as apply reads it — the same floor twice, not two)
  const newOf = (f: Found): string | undefined => (f.field === 'old_new' ? f.values[1] : f.field === 'new' ? f.values[0] : f.field === 'minimum' ? (f.values[1] ?? f.values[0]) : f.values.join());
  const figures = group.filter((f) => f.field !== 'text');
  return figures.some((a, i) => figures.slice(i + 1).some((b) => b.sentence !== a.sentence && kind(a) === kind(b) && newOf(a) !== newOf(b)));
}

/**
 * The sentences of a group, each with the product it names itself («For innbu blir eigenandelen
 * kr 4 000 (i dag kr 3 000). For bygning aukar eigenandelen frå kr 6 000 til kr 10 000.»: Innbu,
 * Bygning); null when a sentence names none or two name the same — which change is whose is not
 * said, and a wrong value is worse than a missing one.
 */
function ownProducts(group: Found[]): Array<{ found: Found[]; owner: Owner }> | null {
  const bySentence = new Map<string, Found[]>();
  for (const f of group) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
  const out: Array<{ found: Found[]; owner: Owner }> = [];
  for (const [sentence, found] of bySentence) {
    const named = namedIn(sentence) ?? leadNamed(sentence);
    const owner: Owner | undefined = named ?? productWordIn(sentence);
    if (!owner || out.some((o) => lowerCase(o.owner.product) === lowerCase(owner.product))) return null;
    out.push({ found, owner });
  }
  return out;
}

function hasFigures(c: DeductibleChange): boolean {
  return c.old !== undefined || c.new !== undefined || c.minimum !== undefined || c.increase !== undefined || c.percent !== undefined;
}

/** A coverage cell that names a product, perhaps with its coverage after a dash («Bygning - Pluss», «Bedriftsansvar»). */
function coverageNamesProduct(cell: string): { product: string; coverage?: string } | undefined {
  const dash = PRODUCT_DASH_COVERAGE.exec(cell);
  if (dash && namesProduct(dash[1]!)) return { product: dash[1]!, coverage: dash[2]! };
  const comma = productCommaCover(cell);
  if (comma) return comma;
  return cell !== '' && !DIGIT.test(cell) && namesProduct(cell) ? { product: cell } : undefined;
}

/**
 * «Hus, vannskade», «Leilighet, vann», «Bil, kasko»: a change table's name cell that holds the product and, after its
 * comma, the peril or cover level the row's deductible is for (PERIL_COVER_WORDS, COVER_LEVEL_SET) — the product and
 * that coverage. Undefined for anything else after the comma (a place: «Bygning, Storgata 5»).
 */
function productCommaCover(cell: string): { product: string; coverage: string } | undefined {
  const t = cell.trim();
  const comma = t.lastIndexOf(',');
  if (comma <= 0 || DIGIT.test(t)) return undefined;
  const product = t.slice(0, comma).trim();
  const cover = t.slice(comma + 1).trim();
  const word = lowerCase(cover);
  if (!(PERIL_COVER_WORDS.has(word) || COVER_LEVEL_SET.has(word)) || !namesProduct(product)) return undefined;
  return { product, coverage: cover.charAt(0).toUpperCase() + cover.slice(1) };
}

/** A coverage cell over an old and a new amount, in a table whose product nothing names: the product «ukjent». */
function unknownProduct(coverage: string, oldCell: string, newCell: string): { product: string; coverage?: string } | undefined {
  return coverage !== '' && !DIGIT.test(coverage) && cellAmounts(oldCell) && cellAmounts(newCell) ? { product: UNKNOWN, coverage } : undefined;
}

/** A name, then one amount: «Brann kr 10 000». */
const NAME_THEN_AMOUNT = /^([A-Za-zÀ-ÖØ-öø-ÿ][^\d]*?)\s+((?:kr\.?\s*|nok\s*)?\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{2}|-))?(?:\s*kr\.?)?)$/i;

/**
 * A row of a table of a name and two periods' columns («Egenandel | 2025 | 2026») whose cells ran
 * together where a tab text was typeset to PDF (the text reached the next tab stop): «Brann kr 10
 * 000 | kr 15 000» (the name and the first amount), «Innbrudd | kr 6 000 kr 6 000» (both amounts).
 * The amounts stand in the columns' order: the row's name and amounts under the three columns, or
 * undefined for a row whose cells stand apart (or any other table).
 */
function periodCells(cells: string[], roles: ReadonlyArray<Role | undefined>): string[] | undefined {
  const periods = [roles[1], roles[2]];
  if (roles.length !== 3 || (roles[0] !== 'coverage' && roles[0] !== 'product') || !periods.includes('old') || !periods.includes('new')) return undefined;
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length !== 2 || cells[0]!.trim() === '') return undefined;
  const both = cellAmounts(filled[1]!);
  if (both?.length === 2 && !DIGIT.test(filled[0]!)) {
    const found = amountsIn(filled[1]!);
    return found.length === 2 ? [filled[0]!.trim(), found[0]!.text, found[1]!.text] : undefined;
  }
  const m = both?.length === 1 ? NAME_THEN_AMOUNT.exec(filled[0]!.trim()) : null;
  return m ? [m[1]!.trim(), m[2]!, filled[1]!] : undefined;
}

/**
 * A row's cells against a header of `columns` columns. A row wider than its header with empty cells
 * among its own is a PDF's (a typesetter set «kr 15 000» apart from its column: «Næringsbygg |
 * Vannskade | | kr 15 000 | | kr 20 000» under four columns): when its filled cells are as many as the
 * columns, they are the row's cells in order. When the cells beyond the header still hold an amount
 * («Yrkesbil | Kasko | kr 8 000 | kr 12 000 | kr 10 000 | kr 15 000», two amounts in each column),
 * which column each is in is not known: undefined (read by position, today's amount would be taken
 * for the new one). Otherwise the cells as they are; a wider row's text beyond the columns is its note.
 */
function wideRowCells(cells: string[], columns: number): string[] | undefined {
  if (cells.length <= columns) return cells;
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length === columns && filled.length < cells.length) return filled;
  return cells.slice(columns).some((c) => cellAmounts(c.trim()) !== undefined) ? undefined : cells;
}

/** A change table's header that is a schedule's too: it names a product and the row's sum or premium beside the deductibles. */
function schedulesToo(cells: string[]): boolean {
  const roles = overviewHeader(cells);
  return roles !== undefined && roles.includes('product') && (roles.includes('sum') || roles.includes('premium'));
}

/** One row of a change table; false when the row does not belong to the table. */
function tableRow(
  r: Reading,
  u: Unit,
  table: ChangeTable,
  add: (c: DeductibleChange, u: Unit, offset: number, rowToo?: boolean) => number,
  changes: readonly DeductibleChange[],
): boolean {
  // («Endret egenandel: Traktor | Tidligere: 4 000 | Ny: 6 000» after the table: a line of labelled fields ends it)
  if (table.items && u.label !== undefined) return false;
  const cells = periodCells(u.cells, table.roles) ?? wideRowCells(u.cells, table.roles.length);
  if (cells === undefined) {
    r.warnUnit(u, `deductible change ${quote(u.cells.filter((c) => c.trim() !== '').join(' | '))}: more amounts than the table has columns, and which column each is in the page does not show; not read`);
    return true;
  }
  // («Bilforsikring | Kasko | kr 6 000 | kr 10 000 | kr 8 000 | kr 12 000» under «Forsikring | Dekning | Før | | Etter |»:
  // a PDF's header cell stands over two columns of amounts — the column with no header of its own after «Før» is «Før»'s too)
  const cell = (role: Role): string => {
    const i = table.roles.indexOf(role);
    if (i < 0) return '';
    const parts = [(cells[i] ?? '').trim()];
    for (let k = i + 1; k < table.roles.length && table.roles[k] === undefined && table.emptyHead?.[k] === true; k++) parts.push((cells[k] ?? '').trim());
    return parts.filter((x) => x !== '').join('  ');
  };
  // («Egenandel | 10 000 | 15 000» under «Bedriftsforsikring»: the product's own deductible, the heading's product)
  const own = cell('product');
  // («Bygning - Pluss | 10 000 | 15 000» under «Dekning | Før | Etter», no product heading above: the cell
  // names the product and, after the dash, its coverage)
  // («Innbrudd | 6 000 | 8 000» there: a coverage whose product nothing names, «ukjent» as for a sentence's change)
  // («Traktor - Kasko | kr 6 000 | kr 10 000» over «     | kr 10 000 | kr 15 000» in a table whose cells name product and
  // coverage: a line of amounts alone right under a row is that row's, whatever named its product — see continuesRow)
  const last = table.last !== undefined && table.last.unit === u.index - 1 ? changes[table.last.at] : undefined;
  const continuing = own === '' && cell('coverage') === '' && !table.items ? last?.product : undefined;
  const named = continuing === undefined && own === '' && !table.lastProduct && !table.items ? (coverageNamesProduct(cell('coverage')) ?? unknownProduct(cell('coverage'), cell('old'), cell('new'))) : undefined;
  // («Leilighet, vann | kr 6 000 | kr 10 000» under «Forsikring | Nå | Etter fornyelse»: the product cell names the peril after its comma)
  const ownCover = own !== '' && cell('coverage') === '' && !table.items ? productCommaCover(own) : undefined;
  const product = ownCover?.product ?? ((ONLY_DEDUCTIBLE.test(own) ? '' : own) || table.lastProduct || continuing || named?.product);
  if (!product) return false;
  if (!named && continuing === undefined) table.lastProduct = product;
  // («Innbo | Pris per år | kr 3 200 | kr 3 450» in a table of what changed: no deductible — said, not dropped)
  const item = table.items ? deductibleItem(cell('coverage')) : undefined;
  if (table.items && !item) {
    if (DIGIT.test(cell('old') + cell('new'))) r.warnUnit(u, `could not read the change ${quote(u.cells.filter((c) => c !== '').join(' | '))}: it is no deductible's, and the model holds no other change`);
    else r.used.add(u);
    return true;
  }
  // a PDF row standing off the header's columns with fewer cells than the header has: which
  // column each cell is in (is «kr 3 000» the old deductible or the coverage?) the page does not
  // show — read by position, the old amount would be taken for the new one (a wrong value is worse
  // than a missing one): no change, a warning that names the row
  if (cells === u.cells && u.lines.some((l) => l.offColumns) && u.cells.length < table.roles.length) {
    r.warnUnit(u, `deductible change ${quote(u.cells.join(' | '))}: its cells stand off the table's columns; not read`);
    return true;
  }
  const coverageCell = ownCover ? ownCover.coverage : named ? (named.coverage ?? '') : item ? (item.coverage ?? '') : cell('coverage');
  const oldCell = cell('old');
  const newCell = cell('new');
  const change: DeductibleChange = { product };
  // cells beyond the header's columns (a row wider than its header) are part of the text
  const extra = cells.slice(table.roles.length).filter((c) => c !== '');
  if (oldCell === '' && newCell === '') {
    const text = [coverageCell, ...extra].filter((c) => c !== '').join(' ');
    if (text === '') return false;
    const figures = findIn(text, true, true, false, true).filter((f) => f.field !== 'text');
    // («Avtalenr. 4410 2277 | – side 2»: a repeated letterhead on a continuation page, inside the table; it states no
    // change — no figure, no word of a deductible or a change — and the rows after it are still the table's)
    if (figures.length === 0 && !DEDUCTIBLE_WORD.test(lowerCase(text)) && !CHANGE_WORD.test(lowerCase(text))) return true;
    change.text = text;
    apply(change, figures);
    add(ordered(change), u, 0);
    return true;
  }
  if (coverageCell && !ONLY_DEDUCTIBLE.test(coverageCell)) change.coverage = coverageCell;
  const olds = oldCell === '' ? undefined : cellAmounts(oldCell);
  const news = newCell === '' ? undefined : cellAmounts(newCell);
  if (olds) change.old = olds;
  if (news) change.new = news;
  // («Bil og varebil | Kasko | Kr 6 000 | Kr 8 000» over «| | Kr 10 000 | Kr 12 000»: a line of amounts alone
  // right under a row is the rest of its cells — the row's second deductible, as one cell of two amounts is)
  if (continuesRow(table, u, cells, change, changes)) {
    if (!table.schedule) r.used.add(u);
    return true;
  }
  // («Vannskade | kr 5 000 | kr 5 000»: the deductible stays as it is — the row is read, no change)
  if (sameAmounts(change) && extra.length === 0) {
    if (!table.schedule) r.used.add(u);
    return true;
  }
  const unread = [oldCell !== '' && !olds ? oldCell : '', newCell !== '' && !news ? newCell : ''].filter((x) => x);
  if (unread.length > 0) {
    // words instead of an amount: kept as the change's text, and a warning names the cell
    change.text = [...unread, ...extra].join(' ');
    const inner = findIn(change.text, true, true, false, true).filter((f) => f.field !== 'text');
    apply(change, inner);
    if (inner.length === 0) r.warnUnit(u, `could not read the deductible amount ${quote(unread.join(' | '))} for ${product}${coverageCell ? ` (${coverageCell})` : ''}`);
  } else if (extra.length > 0) change.text = extra.join(' ');
  table.last = { at: add(ordered(change), u, 0, table.schedule), unit: u.index };
  return true;
}

/**
 * True when the row is amounts alone, old and new, right under the table's last row: its amounts go
 * to that row's lists (see tableRow), and the line is read.
 */
function continuesRow(table: ChangeTable, u: Unit, cells: string[], change: DeductibleChange, changes: readonly DeductibleChange[]): boolean {
  const last = table.last;
  const above = last === undefined ? undefined : changes[last.at];
  if (last === undefined || last.unit !== u.index - 1 || table.items) return false;
  if (cells.some((c, i) => c.trim() !== '' && table.roles[i] !== 'old' && table.roles[i] !== 'new')) return false;
  const { old, new: next } = change;
  if (old === undefined || next === undefined || old.length !== next.length || above?.old === undefined || above.new === undefined) return false;
  above.old.push(...old);
  above.new.push(...next);
  last.unit = u.index;
  return true;
}

/**
 * The products a line's label names when it names two or more, each a product's name and nothing else: «Bedriftsansvar
 * og Produktansvar», «Bygning, Maskiner og Varer»; undefined for any other label.
 */
function productsOfLabel(label: string | undefined): string[] | undefined {
  if (label === undefined) return undefined;
  const names = label.trim().split(/\s*,\s*|\s+(?:og|samt)\s+|\s*&\s*/);
  if (names.length < 2 || names.some((n) => n === '' || DIGIT.test(n) || !/^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u.test(n) || !namesProduct(n) || DEDUCTIBLE_WORD.test(lowerCase(n)))) return undefined;
  // («Bilforsikring, Kasko: har du hatt lågare eigendel enn …»: a product, a comma and its cover level — one change of the
  // product with that coverage, not two products; a list with «og» still names products, «Bygning og Ansvar»)
  if (names.length === 2 && PRODUCT_AND_COVER.test(label.trim()) && COVER_LEVEL_SET.has(lowerCase(names[1]!)) && !COVER_LEVEL_SET.has(lowerCase(names[0]!))) return undefined;
  return names;
}

/** «Kaskodekningen», «glassdekning»: a cover and «dekning» in one word — the cover (the word's stem). */
const COVER_DEKNING = /^(.{3,}?)dekning(?:en|a|ar|er)?$/;
/** «husforsikringen», «innboforsikringa», «for innboforsikring»: an insurance a change sentence names in lower case. */
const INSURANCE_IN_TEXT = /(?<![A-Za-zÀ-ÖØ-öø-ɏ-])([a-zæøå]{2,}forsikring)(?:en|a)?(?![A-Za-zÀ-ÖØ-öø-ɏ])/gu;

/**
 * The document's own products, for a change whose product the letter's lines named only by a cover, a caption or
 * an insurance's common noun: the schedule's products (its rows), else the one the head names as a field
 * («Produkt   Bilforsikring»).
 */
function documentProducts(r: Reading): string[] {
  const rows = [...new Set((r.policy.coverages ?? []).map((c) => c.product))];
  if (rows.length > 0) return rows;
  const head = headProduct(r, r.units.length);
  return head !== undefined ? [head] : [];
}

/**
 * After the schedule is read: a change whose product is no product of the document but a cover («* Kasko: egenandelen økes
 * …», «For kaskodekningen øker …» in a car letter), a caption of the schedule («Forsikrede bygninger»), a part of the letter
 * («Nytt fra fornyelsen») or an insurance's common noun («Egenandelen på husforsikringen …» over a schedule of «Hus»)
 * is the change of the document's product that fits it — the cover its coverage. Where the schedule holds two products
 * or more it could be for, a warning names them, and the change stays as read.
 */
export function homeChanges(r: Reading): void {
  const changes = r.policy.deductible_changes;
  if (!changes?.length) return;
  const products = documentProducts(r);
  fleetChanges(r, changes, products);
  if (products.length === 0) {
    coversOfTheOneThing(changes);
    onceEach(r, changes);
    return;
  }
  const rows = r.policy.coverages ?? [];
  changes.forEach((c, i) => {
    // («Egenandel kasko for Ford Transit er økt …» under a caption «Kjøretøy på avtalen (5)», «Vi aukar eigenandelen for vasskade
    // på våningshus og driftsbygning …» over «Gardsforsikring» with rows «Våningshus, Tveitevegen 112, …»: the sentence names
    // a thing insured by the name a row's object opens with — the change is of that thing's insurance, the row's product)
    // (under the product's own heading, «… på kasko for Volkswagen Crafter …» read with no coverage: the level is the cover)
    if ((!products.includes(c.product) || c.coverage === undefined) && c.text !== undefined) {
      const own = productOfNamedObject(c.text, rows);
      const coverage = own !== undefined ? ownCoverage(c, own) : undefined;
      // (the product's own change with no cover found: the rules below may still find its coverage)
      if (own !== undefined && (own === c.product ? coverage !== undefined : !products.includes(c.product))) {
        changes[i] = ordered(coverage !== undefined ? { ...c, product: own, coverage } : { ...withoutCoverage(c), product: own });
        if (c.product === UNKNOWN) r.withdraw(unknownProductMessage(c.text));
        return;
      }
    }
    // («Har dere hatt lavere egenandel enn kr 10 000, vil denne økes til kr 10 000.», «Valgt egenandel økes med kr 2 000 …» in a
    // letter whose one insurance is «Sopp- og råteforsikring»: a change that names no product, in a document of one product
    // and no other change, is that product's — and the warning that it named none is taken back)
    if (c.product === UNKNOWN && products.length === 1 && changes.length === 1 && c.coverage === undefined && c.text !== undefined && productWordIn(c.text) === undefined) {
      changes[i] = ordered({ ...c, product: products[0]! });
      r.withdraw(unknownProductMessage(c.text));
      return;
    }
    // («Egenandel for vannskade økes fra NOK 50 000 til NOK 100 000.» in a renewal whose one product, «Eiendom», holds buildings:
    // a change that names a peril and no product, in a document of one product of property, is that product's — the peril its
    // coverage; a thing whose sums follow no index (a car) has covers, not perils, and is not guessed)
    if (c.product === UNKNOWN && products.length === 1 && c.coverage !== undefined && PERIL_WORD.test(lowerCase(c.coverage)) && c.text !== undefined && productWordIn(c.text) === undefined && rows.some((x) => x.product === products[0] && x.index_class !== undefined && x.index_class !== 'none')) {
      changes[i] = ordered({ ...c, product: products[0]! });
      r.withdraw(unknownProductMessage(c.text));
      return;
    }
    // («Tryg har økt egenandelen på motorvogn kasko fra …», «Egenandelen for objekt 2 Inventar og løsøre er økt fra …» over a
    // schedule of «Motorvogn (8 stk.)», «Inventar og løsøre»: a change that named no product names one of the schedule's right
    // after the deductible's word — that product's change, as the sentence writes it, and a cover level after it its coverage)
    if (c.product === UNKNOWN && c.text !== undefined) {
      const own = scheduleNameAfterDeductible(c.text, products);
      if (own !== undefined) {
        const coverage = c.coverage ?? own.coverage;
        changes[i] = ordered(coverage !== undefined ? { ...c, product: own.product, coverage } : { ...c, product: own.product });
        r.withdraw(unknownProductMessage(c.text));
        return;
      }
    }
    // («Bedriftsansvar innfører vi en minste egenandel: …», «Egenandelen ved bruddskade på glass og sanitærporselen i hus endres
    // fra …» over a schedule of «Hus» and «Innbo»: a change that named no product, whose sentence names one of the schedule's
    // products by its whole name and no other — that product's change; two named, and it stays unknown)
    if (c.product === UNKNOWN && c.text !== undefined) {
      const inText = products.filter((p) => wholeNameIn(c.text!, p));
      if (inText.length === 1) {
        changes[i] = ordered({ ...c, product: inText[0]! });
        r.withdraw(unknownProductMessage(c.text));
        return;
      }
    }
    if (products.includes(c.product) || c.product === UNKNOWN) return;
    const lower = lowerCase(c.product.trim());
    const text = lowerCase(c.text ?? '');
    // an insurance the sentence names in lower case, whose product the schedule names in its own way («Hus», «Innbo»)
    const insurances = [...new Set([...text.matchAll(INSURANCE_IN_TEXT)].map((m) => m[1]!))];
    const caption = INSURED_LEAD.test(lower) || letterPart(c.product);
    // («Egenandelen for bygning ble økt fra 50 000 til 100 000 ved anbudet;» in a broker's remarks under «Avtaler»: the sentence
    // names a product of the schedule after the deductible's word — that product's change, not the heading's above)
    const named = products.filter((p) => namedAfterDeductible(text, p));
    if (named.length === 1 && c.coverage === undefined && !namesProduct(c.product)) {
      changes[i] = ordered({ ...c, product: named[0]! });
      return;
    }
    // (a row's cover level names it apart, «Innbo Pluss» beside «Innbo»: two of the insurance, none guessed)
    const levelled = rows.length > 0 ? [...new Set(rows.map((x) => (x.coverage !== undefined && COVER_LEVEL_SET.has(lowerCase(x.coverage)) ? `${x.product} ${x.coverage}` : x.product)))] : products;
    if (insurances.length === 1 && (lower === insurances[0] || caption)) {
      const own = documentProduct(levelled, insurances[0]!);
      if (own !== undefined) {
        changes[i] = ordered({ ...c, product: own });
        return;
      }
      // («Egenandelen på veterinærforsikringen er endret …» on a dog's certificate whose title names «Hundeforsikring» and whose
      // row is «Veterinærforsikring»: an insurance's word that is no product of the document may be a cover of the one the title
      // names — the rules below look for the row that has it, as they would for a cover's name; with none, it stays as read)
      if (caption) return;
    }
    // («Husforsikringen» as the heading over «Grunnegenandelen øker fra 4 000 kr til 6 000 kr.» in a letter whose schedule names
    // «Hus»: the insurance named as a common noun, alone, is the schedule's product of it; a name in its base form, «Bilforsikring:»
    // as a bullet's label, is the product as the letter names it — unless the sentence names that schedule product itself,
    // «Ansvarsforsikring: Har bedriften hatt lavere egenandel enn kr 10 000 på ansvar, …» over a row «Ansvar»)
    const alone = /^([a-zæøå]{2,}forsikring)(en|a)?$/.exec(lower);
    const ofAlone = alone ? documentProduct(levelled, alone[1]!) : undefined;
    const ownOfAlone = ofAlone !== undefined && (alone![2] !== undefined || namedInSentence(text, ofAlone)) ? ofAlone : undefined;
    if (ownOfAlone !== undefined) {
      changes[i] = ordered({ ...c, product: ownOfAlone });
      return;
    }
    // («Egenandelen for vannskade i fritidsbolig øker …» over a schedule of «Hytte Super», a paragraph's heading «Eigenandel på
    // hus» over «Hus Pluss»: a letter writes the change by the kind of thing, its schedule the product by another word of that
    // kind — the change of the one product of the kind; two of the kind are a warning, and the change stays as read)
    const kind = thingKindOf(c.product);
    if (kind !== undefined) {
      const fits = productsOfKind(levelled, kind);
      if (fits.length === 1) {
        // («Egenandel for fritidshuset» over «Egenandelen ved vannskade i fritidshuset økes …»: the heading named the thing,
        // the sentence the peril — the change's coverage)
        const coverage = c.coverage ?? (c.text !== undefined ? sentenceCover(withoutThingOfKind(c.text, kind)) : undefined);
        changes[i] = ordered(coverage !== undefined ? { ...c, product: fits[0]!, coverage } : { ...c, product: fits[0]! });
        return;
      }
      if (fits.length > 1) {
        const at = r.trace.get(`deductible_changes[${i}]`);
        const message = `the deductible change ${quote(c.text ?? c.product)} names «${c.product}», which could be the change of ${fits.map((p) => `«${p}»`).join(' or ')}; it is left as read`;
        if (at) r.warn({ page: at.page, line: at.line, text: at.text ?? '', cells: [at.text ?? ''] }, message);
        return;
      }
    }
    // («Bilforsikringen din fornyes», the letter's title, over «* Kasko: …»: a line that names the insurance in a sentence of its
    // own is the document's product of that insurance, the coverage as read)
    const inName = [...new Set([...lower.matchAll(INSURANCE_IN_TEXT)].map((m) => m[1]!))];
    if (inName.length === 1 && lower !== inName[0] && lower.includes(' ')) {
      const own = documentProduct(products, inName[0]!);
      if (own !== undefined) {
        changes[i] = ordered({ ...c, product: own });
        return;
      }
    }
    // («Egenandelen for veterinærutgifter er endret fra kr 2 000 til kr 2 500.» under «Dekninger | Forsikringssum | …» of the one
    // product «Hund»: the name the sentence gives is, as written, a coverage row of the schedule and no product of it — the change
    // of the product whose row that is, the row's cover its coverage; two products with such a row are left to the rules below)
    const rowCover = c.coverage === undefined ? coverageRowOf(lower, rows) : undefined;
    if (rowCover !== undefined) {
      changes[i] = ordered({ ...c, product: rowCover.product, coverage: rowCover.coverage });
      return;
    }
    // («Den faste egenandelen på veterinærforsikringen øker fra 2 000 kr til 2 500 kr.» over a certificate of «Hesteforsikring»
    // whose row is «Agria Veterinærforsikring»: an insurance's word that ends a row's name, the insurer's brand before it, is a
    // cover of that row's product — the change's coverage as the sentence names it)
    const brandedCover = c.coverage === undefined ? brandedCoverRowOf(lower, rows) : undefined;
    if (brandedCover !== undefined) {
      changes[i] = ordered({ ...c, product: brandedCover, coverage: `${lower[0]!.toUpperCase()}${lower.slice(1)}` });
      return;
    }
    // a cover in the product's place: the coverage of the document's product that has it
    const stem = COVER_DEKNING.exec(lower)?.[1] ?? lower;
    // (a product's own name, «Huseieransvar», «Bedriftsansvar», is never taken for a cover, whatever row names it as a coverage)
    // («Egenandelen for kasko øker fra 6 000 kr til 8 000 kr» in a renewal of one car's «Dekning: Kasko»: read as the change of
    // «Kasko» with the cover «Kasko» — a change that names only the cover, the same as with no coverage read)
    const selfCover = c.coverage !== undefined && lowerCase(c.coverage.trim()) === stem;
    const cover = (c.coverage === undefined || selfCover) && (COVER_LEVEL_SET.has(stem) || PERIL_COVER_WORDS.has(stem));
    if (!cover && !(caption && c.coverage === undefined)) return;
    // («Egenandelen for Rettshjelp er kr 8 000 …»: a name the sentence itself writes with its capital is the product it names)
    if (cover && /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u.test(c.product) && (c.text ?? '').includes(c.product)) return;
    const having = cover ? [...new Set(rows.filter((x) => x.coverage !== undefined && lowerCase(x.coverage) === stem).map((x) => x.product))] : [];
    const fits = having.length > 0 ? having : products;
    if (fits.length !== 1) {
      const at = r.trace.get(`deductible_changes[${i}]`);
      const message = `the deductible change ${quote(c.text ?? c.product)} names «${c.product}», which could be the change of ${fits.map((p) => `«${p}»`).join(' or ')}; it is left as read`;
      if (at) r.warn({ page: at.page, line: at.line, text: at.text ?? '', cells: [at.text ?? ''] }, message);
      return;
    }
    const coverage = cover ? `${stem[0]!.toUpperCase()}${stem.slice(1)}` : coverageNamed(text, rows.filter((x) => x.product === fits[0]));
    changes[i] = ordered(coverage !== undefined ? { ...c, product: fits[0]!, coverage } : { ...c, product: fits[0]! });
  });
  unknownOfTheOneProduct(r, changes, products, rows);
  listedThingsOfOneProduct(changes, products, rows);
  onceEach(r, changes);
}

/**
 * («Egenandelen for bygning og løsøre økes fra kr 150 000 til kr 250 000 pr. skade.» read as a change of «Bygning» and one of
 * «Løsøre», over a schedule «Eiendomsforsikring» whose rows «Bygninger» and «Maskiner, inventar og løsøre» follow the
 * buildings' and the contents' index) Changes of one sentence that each name a kind of property no product of the schedule
 * is, where every such kind is the index class of rows of one product only, and of the same one, are that product's change
 * — one change, no coverage (the sentence names its things together); a kind with rows of two products, or none, leaves all
 * of them as read.
 */
function listedThingsOfOneProduct(changes: DeductibleChange[], products: readonly string[], rows: ReadonlyArray<{ product: string; index_class?: string }>): void {
  const bySentence = new Map<string, number[]>();
  changes.forEach((c, i) => {
    if (c.text !== undefined && c.coverage === undefined && !products.includes(c.product) && c.product !== UNKNOWN) bySentence.set(c.text, [...(bySentence.get(c.text) ?? []), i]);
  });
  for (const at of bySentence.values()) {
    if (at.length < 2) continue;
    const owners = new Set<string>();
    for (const i of at) {
      const { index_class, known } = rowIndexClass(changes[i]!.product);
      if (!known || index_class === 'none' || index_class === 'other') owners.add('');
      else for (const p of new Set(rows.filter((x) => x.index_class === index_class).map((x) => x.product))) owners.add(p);
      if (!rows.some((x) => x.index_class === index_class)) owners.add('');
    }
    if (owners.size !== 1 || owners.has('')) continue;
    const product = [...owners][0]!;
    for (const i of at) changes[i] = ordered({ ...changes[i]!, product });
  }
}

/** Each change of a fleet named by its kind of vehicle and cover (fleetCover) homed so; the warning that it named no product taken back. */
function fleetChanges(r: Reading, changes: DeductibleChange[], products: readonly string[]): void {
  changes.forEach((c, i) => {
    const fleet = fleetCover(c, products);
    if (fleet === undefined) return;
    changes[i] = ordered({ ...c, ...fleet });
    if (c.product === UNKNOWN && c.text !== undefined) r.withdraw(unknownProductMessage(c.text));
  });
}

/** A vehicle kind in any of its forms («lastebilene» → «lastebil»), by the whole word (lower case). */
const VEHICLE_KIND_WORD = lazyPattern(
  () => new RegExp(String.raw`(?<![a-zæøå])(${[...VEHICLE_KINDS].sort((a, b) => b.length - a.length).join('|')})(?:${VEHICLE_KIND_ENDINGS.filter((e) => e !== '').join('|')})?(?![a-zæøå])`, 'g'),
);
const VEHICLE_COVER_WORD = lazyPattern(() => new RegExp(String.raw`(?<![a-zæøå])(${[...VEHICLE_COVER_LEVELS].sort((a, b) => b.length - a.length).join('|')})(?![a-zæøå])`, 'g'));
/** Words that may join a vehicle kind and its cover in a product read from a sentence: «Kasko på lastebilene». */
const JOINING_WORDS = /^(?:på|for|ved|til|alle|de|dei|og|,)$/;

/**
 * («Egenandelen på kasko for firmabilene går opp fra kr 6 000 til kr 8 000.», «Egenandel kasko på lastebilene økes fra …»,
 * «Lastebil, kasko: egenandelen økes … for alle lastebiler …» — a broker's summary, an insurer's list) A fleet's change
 * that names one kind of vehicle and one level of a vehicle's cover, and was read with no product, the cover as its
 * product, or the two joined: the kind is the product (in its base form, `Lastebil`), the level the coverage (`Kasko`). A
 * product of the schedule read from the sentence stays; two kinds or two levels named, and it stays as read.
 */
function fleetCover(c: DeductibleChange, products: readonly string[]): { product: string; coverage: string } | undefined {
  if (products.includes(c.product)) return undefined;
  const said = lowerCase(`${c.product} ${c.coverage ?? ''} ${c.text ?? ''}`);
  const kinds = new Set([...said.matchAll(VEHICLE_KIND_WORD())].map((m) => m[1]!));
  const levels = new Set([...said.matchAll(VEHICLE_COVER_WORD())].map((m) => m[1]!));
  if (kinds.size !== 1 || levels.size !== 1) return undefined;
  const kind = [...kinds][0]!;
  const level = [...levels][0]!;
  // (the product as read is nothing but the kind, the level and the words that join them)
  const rest = lowerCase(c.product).replace(VEHICLE_KIND_WORD(), ' ').replace(VEHICLE_COVER_WORD(), ' ').split(/[\s,]+/).filter((w) => w !== '');
  if (c.product !== UNKNOWN && !rest.every((w) => JOINING_WORDS.test(w))) return undefined;
  // (both words and none joining them are a name as written: «For «Bil Kasko» øker …», a product of its own)
  const both = VEHICLE_KIND_WORD().test(lowerCase(c.product)) && VEHICLE_COVER_WORD().test(lowerCase(c.product));
  VEHICLE_KIND_WORD().lastIndex = 0;
  VEHICLE_COVER_WORD().lastIndex = 0;
  if (both && rest.length === 0) return undefined;
  if (c.coverage !== undefined && lowerCase(c.coverage) !== level) return undefined;
  const capital = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1)}`;
  // (a product and a cover already read so keep their letters as written: «Bil», «kasko» of a table's row)
  const product = lowerCase(c.product) === kind ? c.product : capital(kind);
  const coverage = c.coverage === undefined || (product !== c.product && lowerCase(c.coverage) === level) ? capital(level) : c.coverage;
  return product === c.product && coverage === c.coverage ? undefined : { product, coverage };
}

/**
 * («Kasko | 6.000 kr | 8.000 kr», «Brann og tyveri | …», «Glassrute | …» under «Endrede egenandeler», then «Egenandelen ved
 * veihjelp går opp fra 500 kr til 700 kr.», in a letter whose schedule holds one product, «Bilforsikring»: the row whose cover
 * the schedule has is that product's, the others named no product) In a document of one product where every change that
 * names a product names that one, a change that named none is its too — the cover the sentence names after the deductible's
 * word, as a row of the product writes it, its coverage — and the warning that it named none is taken back. A sentence that
 * names another insurance, or a document with no change of the product, leaves it «ukjent».
 */
function unknownOfTheOneProduct(r: Reading, changes: DeductibleChange[], products: readonly string[], rows: ReadonlyArray<{ product: string; coverage?: string }>): void {
  if (products.length !== 1) return;
  const known = changes.filter((c) => c.product !== UNKNOWN);
  if (known.length === 0 || known.some((c) => c.product !== products[0])) return;
  const own = rows.filter((x) => x.product === products[0]);
  changes.forEach((c, i) => {
    if (c.product !== UNKNOWN || (c.text !== undefined && productWordIn(c.text) !== undefined)) return;
    const coverage = c.coverage ?? (c.text !== undefined ? coverageNamed(lowerCase(c.text), own) : undefined);
    changes[i] = ordered(coverage !== undefined ? { ...c, product: products[0]!, coverage } : { ...c, product: products[0]! });
    // (a table's row keeps no text: its warning is taken back by its line)
    const at = r.trace.get(`deductible_changes[${i}]`);
    if (at !== undefined) r.withdrawOn(at, 'the deductible change ');
  });
}

/**
 * («… på våningshus og driftsbygning frå kr 8 000 til kr 10 000» read as a change of each thing, both now of «Gardsforsikring»:
 * one change of the insurance) A change alike another from the same sentence — or alike in its old and new amounts, from
 * any sentence — is dropped, the traces renumbered.
 */
function onceEach(r: Reading, changes: DeductibleChange[]): void {
  // (a broker's summary over the insurer's quoted letter states one change twice, «Egenandel kasko på lastebilene økes fra kr
  // 20 000 til kr 30 000.» and «Lastebil, kasko: egenandelen økes fra NOK 20 000 til NOK 30 000 …»: the same product, cover,
  // old and new amounts are one change, whatever sentences say it)
  const twice = new Set(changes.filter((c, i) => changes.slice(0, i).some((d) => (d.text === c.text || (c.old !== undefined && c.new !== undefined)) && sameChange(d, c))));
  if (twice.size === 0) return;
  const traces = changes.map((_, i) => r.trace.get(`deductible_changes[${i}]`));
  changes.forEach((_, i) => r.trace.delete(`deductible_changes[${i}]`));
  const kept = changes.filter((c) => !twice.has(c));
  changes.forEach((c, i) => {
    const t = traces[i];
    const at = kept.indexOf(c);
    if (t && at >= 0) r.trace.set(`deductible_changes[${at}]`, t);
  });
  changes.splice(0, changes.length, ...kept);
}

/** «… for Ford Transit», «… på våningshus og driftsbygning»: a preposition (or «og», a comma in a list) before a name. */
const BEFORE_NAME = String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:for|på|ved|i|og|,)\s+`;

/**
 * The one product of the schedule with a coverage row whose last word is the insurance `name` (lower case), a brand or a
 * qualifier before it: «veterinærforsikring» → Hesteforsikring of the row «Agria Veterinærforsikring». Only an insurance's word
 * («…forsikring») is looked for so: a cover's bare word at a row's end («Glass» in «Knust glass») names too little. Undefined
 * when no row, or rows of two products, end so.
 */
export function brandedCoverRowOf(name: string, rows: ReadonlyArray<{ product: string; coverage?: string }>): string | undefined {
  if (!INSURANCE_WORD.test(name)) return undefined;
  const products = new Set(rows.filter((x) => x.coverage !== undefined && lowerCase(x.coverage.trim()).split(/\s+/).pop() === name).map((x) => x.product));
  return products.size === 1 ? [...products][0] : undefined;
}
const INSURANCE_WORD = /^[a-zæøå]{3,}forsikring$/;

/**
 * The one schedule product whose rows' objects a change sentence names by the name the object opens with, before its
 * place or plate («Ford Transit, DR 10772» → «ford transit», «Våningshus, Tveitevegen 112, …» → «våningshus»), after «for»,
 * «på» or in a list — the insurance of the thing named. Undefined when no row's, or rows of two products, are named.
 */
export function productOfNamedObject(text: string, rows: ReadonlyArray<{ product: string; object?: string }>): string | undefined {
  const lower = lowerCase(text);
  const named = new Set<string>();
  for (const x of rows) {
    const name = lowerCase((x.object ?? '').split(',')[0]!.replace(/\s*\([^)]*\)\s*$/, '').trim());
    // (a plate or a number names no thing by words; a name of one or two letters is no name)
    if (name.length < 4 || DIGIT.test(name)) continue;
    const re = new RegExp(`${BEFORE_NAME}${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-zÀ-ÖØ-öø-ɏ\\d-])`, 'u');
    if (re.test(lower)) named.add(x.product);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The coverage of a change moved to the product of the thing it names: a cover or a peril as read («vasskade»), else the
 * cover level the sentence writes right after the deductible's word («Egenandel kasko for …» → `Kasko`); a caption or a
 * letter's part read as the coverage («Endringer fra fornyelsen») is none.
 */
function ownCoverage(c: DeductibleChange, product: string): string | undefined {
  if (c.coverage !== undefined && lowerCase(c.coverage) !== lowerCase(product) && !letterPart(c.coverage) && !INSURED_LEAD.test(lowerCase(c.coverage))) return c.coverage;
  // («Egenandelen for vannskade i fjøs og låve …»: the peril the sentence names; «Egenandel kasko for …»: the level)
  const peril = c.text !== undefined ? sentenceCover(c.text) : undefined;
  if (peril !== undefined) return peril;
  const level = DEDUCTIBLE_THEN_LEVEL().exec(lowerCase(c.text ?? ''))?.[1];
  if (level === undefined) return undefined;
  if (COVER_LEVEL_SET.has(level)) return `${level[0]!.toUpperCase()}${level.slice(1)}`;
  // (a peril's one word, «vannskade», «vasskade», as the sentence writes it)
  return PERIL_WORD.test(level) || PERIL_COVER_WORDS.has(level) ? level : undefined;
}
const DEDUCTIBLE_THEN_LEVEL = lazyPattern(() => new RegExp(`${EGENANDEL}\\s+(?:(?:for|på|ved)\\s+)?([a-zæøå-]+)`, 'u'));

function withoutCoverage(c: DeductibleChange): DeductibleChange {
  const { coverage: _, ...rest } = c;
  return rest;
}

/** A change's product that is a cover or a peril, not a thing (lower case, «-dekningen» left out); undefined for any other. */
// (a cover level, «kasko», or a peril's word, «maskinskade»; a cover of its own that is sold as a product, «Ansvar», is none)
function coverAsProduct(product: string): string | undefined {
  const lower = lowerCase(product.trim());
  const stem = COVER_DEKNING.exec(lower)?.[1] ?? lower;
  return (COVER_LEVEL_SET.has(stem) && !LIABILITY.test(stem)) || PERIL_WORD.test(stem) ? stem : undefined;
}
/** «ansvar», «bedriftsansvar»: a liability, a vehicle's cover level but also a product of its own. */
const LIABILITY = /ansvar$/;

/** A thing insured named by one word (a building, a vehicle, a greenhouse), as a change's product: «Traktor», «Fjøs»; not a cover or a peril. */
function oneThing(product: string): boolean {
  return /^[A-ZÆØÅ][a-zæøå-]+$/.test(product) && coverAsProduct(product) === undefined && !PERIL_COVER_WORDS.has(lowerCase(product)) && rowIndexClass(product).known;
}

/**
 * A letter with no schedule whose changes name one thing insured («… på kaskodekningen for traktoren …») and, in another
 * sentence, only a cover or a peril («For maskinskade blir egenandelen 20 % av erstatningen …»): the letter is about that one
 * thing (a product the index-class table knows), so the cover's change is the thing's, the cover its coverage (Traktor,
 * Maskinskade). Two things, or none, and the changes stay as read.
 */
function coversOfTheOneThing(changes: DeductibleChange[]): void {
  const things = [...new Set(changes.filter((c) => c.product !== UNKNOWN && coverAsProduct(c.product) === undefined).map((c) => c.product))];
  if (things.length !== 1 || !oneThing(things[0]!)) return;
  // (a vehicle's cover level, «Kasko», is no cover of a building: only a peril goes to a thing whose sums follow an index)
  const property = rowIndexClass(things[0]!).index_class !== 'none';
  changes.forEach((c, i) => {
    const cover = c.coverage === undefined ? coverAsProduct(c.product) : undefined;
    if (cover === undefined || (property && !PERIL_WORD.test(cover))) return;
    changes[i] = ordered({ ...c, product: things[0]!, coverage: `${cover[0]!.toUpperCase()}${cover.slice(1)}` });
  });
}

/** A paragraph's heading of a thing's deductible: «Eigenandel på hus», «Egenandel ved vannskade på hytta» (lower case) — the thing. */
const DEDUCTIBLE_OF_THING = lazyPattern(() => new RegExp(`^${EGENANDEL}\\s+(?:(?:ved|for)\\s+[A-Za-zÀ-ÖØ-öø-ɏ-]+\\s+)?(?:for|på|i)\\s+([A-Za-zÀ-ÖØ-öø-ɏ]+)$`, 'u'));

/**
 * The kind of thing (THING_KIND_WORDS) a change's product names: the word alone («Fritidsbolig», «hytta») or after the
 * deductible's word of a heading («Eigenandel på hus»). Undefined for any other product.
 */
export function thingKindOf(product: string): readonly string[] | undefined {
  const lower = lowerCase(product.trim());
  const word = DEDUCTIBLE_OF_THING().exec(lower)?.[1] ?? (/^[A-Za-zÀ-ÖØ-öø-ɏ]+$/u.test(lower) ? lower : undefined);
  if (word === undefined) return undefined;
  // (a definite form as its base: «hytta» → «hytte», «fritidsboligen» → «fritidsbolig»)
  const base = lowerCase(productName(word) ?? word);
  return THING_KIND_WORDS.find((g) => g.includes(base) || g.includes(word));
}

/** «… i fritidshuset», «… på bustaden»: a preposition and a word (its place in a sentence). */
const PLACE_OF_WORD = /\s+(?:i|på|for)\s+([A-Za-zÀ-ÖØ-öø-ɏ]+)(?![A-Za-zÀ-ÖØ-öø-ɏ])/gu;

/**
 * A change sentence without the place it names of the kind's thing: «Egenandelen ved vannskade i fritidshuset økes …» →
 * «Egenandelen ved vannskade økes …», so that the peril before it is read as the sentence's cover.
 */
function withoutThingOfKind(text: string, kind: readonly string[]): string {
  return text.replace(PLACE_OF_WORD, (all, word: string) => {
    const base = lowerCase(productName(word) ?? word);
    return kind.includes(base) || kind.includes(lowerCase(word)) ? '' : all;
  });
}

/**
 * The schedule's products of a kind of thing: those whose first word is a word of the kind, or its insurance («Hytte Super»,
 * «Husforsikring» for the kind of «hus»).
 */
export function productsOfKind(products: readonly string[], kind: readonly string[]): string[] {
  return [...new Set(products.filter((p) => {
    const first = lowerCase(p.trim()).split(/\s+/)[0]!;
    return kind.some((k) => first === k || first === `${k}forsikring`);
  }))];
}

/**
 * The one product of the schedule with a coverage row named (in lower case) `name`, and that row's coverage as the schedule
 * writes it: «veterinærutgifter» → Hund, «Veterinærutgifter». Undefined when no row, or rows of two products, have it.
 */
export function coverageRowOf(name: string, rows: ReadonlyArray<{ product: string; coverage?: string }>): { product: string; coverage: string } | undefined {
  const having = rows.filter((x) => x.coverage !== undefined && lowerCase(x.coverage.trim()) === name);
  const products = [...new Set(having.map((x) => x.product))];
  return products.length === 1 ? { product: products[0]!, coverage: having[0]!.coverage!.trim() } : undefined;
}

/**
 * The one schedule product a change sentence names right after the deductible's word and «for», «på» or «ved» — an object's
 * number may stand between («egenandelen for objekt 2 Inventar og løsøre»), a row's bracket («Motorvogn (8 stk.)») is no part
 * of its name: the name as the sentence writes it (its first letter a capital), and a cover level written after it
 * («… på motorvogn kasko …») as the coverage. Undefined when none or two products are named.
 */
function scheduleNameAfterDeductible(text: string, products: readonly string[]): { product: string; coverage?: string } | undefined {
  const lower = lowerCase(text);
  const found = new Map<string, { product: string; coverage?: string }>();
  for (const p of products) {
    const name = lowerCase(p.replace(/\s*\([^)]*\)\s*$/, '').trim());
    if (name.length < 3 || DIGIT.test(name)) continue;
    const re = new RegExp(`${EGENANDEL}\\s+(?:for|på|ved)\\s+(?:(?:objekt|obj\\.|nr\\.?)\\s*\\d+\\s*[:.,–-]?\\s+)?(${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![A-Za-zÀ-ÖØ-öø-ɏ\\d-])(?:\\s+([A-Za-zÀ-ÖØ-öø-ɏ]+))?`, 'u');
    const m = re.exec(lower);
    if (!m) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    const written = text.slice(at, at + name.length);
    const cover = m[2] !== undefined && COVER_LEVEL_SET.has(m[2]) ? `${m[2][0]!.toUpperCase()}${m[2].slice(1)}` : undefined;
    const product = `${written[0]!.toUpperCase()}${written.slice(1)}`;
    found.set(lowerCase(product), cover !== undefined ? { product, coverage: cover } : { product });
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** «egenandelen for bygning ble økt …»: the sentence names the name (in lower case) right after the deductible's word and «for»/«på». */
function namedAfterDeductible(text: string, name: string): boolean {
  return new RegExp(`${EGENANDEL}\\s+(?:for|på|ved)\\s+${lowerCase(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'u').test(text);
}

/** The text names the product by its whole name (its bracket left out), in any case, as a word of its own. */
function wholeNameIn(text: string, product: string): boolean {
  const name = lowerCase(product.replace(/\s*\([^)]*\)\s*$/, '').trim());
  if (name.length < 3 || DIGIT.test(name)) return false;
  return new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-zÀ-ÖØ-öø-ɏ-])`, 'u').test(lowerCase(text));
}

/** «… lavere egenandel enn kr 10 000 på ansvar, …»: the sentence (in lower case) names the name after «på», «for», «i» or «ved», anywhere in it. */
function namedInSentence(text: string, name: string): boolean {
  return new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:på|for|i|ved)\\s+${lowerCase(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'u').test(text);
}

/** «Egenandelen for hussopp og råtesopp er økt …»: the coverage of the product's rows the sentence names after the deductible. */
function coverageNamed(text: string, rows: ReadonlyArray<{ coverage?: string }>): string | undefined {
  const named = [...new Set(rows.map((x) => x.coverage).filter((x): x is string => x !== undefined && namedAfterDeductible(text, x)))];
  return named.length === 1 ? named[0] : undefined;
}
