/**
 * The items of person coverages (yrkesskade, gruppeliv, ulykke, personalforsikring) outside
 * tables, as the field writes them: a field «Ansattes død: 12 G», the label on one line and the
 * sum on a later one («Grunnerstatning ved mén:» … «4,50 G»), a name and the sum at the end of a
 * line («Dødsfall  15 G»), «key;value» lines, sentences («Ved dødsfall utbetales 10 G», «Tap av
 * inntekt fastsettes individuelt»); which product a section is about (a heading, or a question
 * heading that names it: «Yrkesskade – kva vert utbetalt?», «Hva dekker ulykkesforsikringen?»);
 * and its premium («Premie kr 14 320», «Premien for ulykkesforsikringen er kr 7 450 per år»). The schedule
 * readers (src/parse/schedule-tables.ts, schedule-gtext.ts) walk the document with these.
 */
import type { SumValue } from '../model/policy.js';
import { amountsIn, G_IN_TEXT, isGCell, readAmount, readG, readSum } from './amounts.js';
import type { Reading } from './extract.js';
import { namesProduct } from './index-class.js';
import { keyValue } from './key-value.js';
import { lowerCase } from './lower.js';
import { CITES_LAW, productHeading, sentencesOf, withoutColon, withoutQuotedName, type Unit } from './units.js';
import { BY_LAW } from './schedule-names.js';
import { BASE_AMOUNT, PERSON_COVERAGES } from './vocabulary.js';

export interface GItem {
  name: string;
  sum: SumValue;
  offset: number;
  /** What the sum is paid at or counted by («ved 100 % invaliditet»), where a reader keeps it. */
  note?: string;
}

const DIGIT = /\d/;
const LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ]/;

/** A figure and «G» (not «Gjensidige», «Gjelder»): the cheap test before any G pattern. */
export const G_FIGURE_HINT = /\d\s*G(?![A-Za-zÀ-ÖØ-öø-ÿ])/;

/** Labels that say «the sum» rather than what it is for: the item is named by its heading. */
const GENERIC_LABEL = /^(?:erstatning|erstatningen|sum|summen|forsikringssum|forsikringssummen|(?:forsikrings)?sum (?:per|pr\.?) person|beløp|beløpet|utbetaling|utbetalingen|utbetalinga|ytelse|ytelsen|yting|ytinga|engangsutbetaling|eingongsutbetaling|engangsbeløp|eingongsbeløp)$/i;

/** «A. », «G. », «3) », «b) »: the mark of a lettered or numbered list before a heading. */
const LIST_MARK = /^(?:[A-Za-zÆØÅ]|\d{1,2})[.)]\s+(?=[A-ZÀ-ÖØ-Þa-zæøå])/;

/** A heading without the mark of its list («G. Utgifter til begravelse» → «Utgifter til begravelse»). */
export function withoutListMark(text: string): string {
  return text.length > 3 && (text[1] === '.' || text[1] === ')' || text[2] === '.' || text[2] === ')') ? text.replace(LIST_MARK, '') : text;
}
/** The verb after an item's name in a sentence: «Ved dødsfall utbetales 10 G», «Barnetillegget er 4 G». */
const ITEM_VERB = /\s+(?:utbetales|utbetaler|gis|gir|erstattes|dekkes|betales|ytes|er|utgjør|blir|tilsvarer|med|får|mottar|tilkjennes|utbetalast|vert|gjev|gjevast|utgjer|ytast|betalast|erstattast|dekkjast)(?![A-Za-zÀ-ÖØ-öø-ÿ])/i;
const NO_NAME = /^(?:det|den|dette|du|vi|dere|de|dei|dykk|man|ein|som|hvis|viss|dersom|når)\b/i;

/** The unit as its fields read: a «key;value» line as «key:value», any other unit as it is. */
export function asField(u: Unit): Unit {
  return u.text.includes(';') ? (keyValue(u) ?? u) : u;
}

/** The items a unit states as G sums, each with its name: a field «Label: 20-28 G», or clauses of sentences. */
export function gItemsIn(u: Unit, sub: string | undefined): GItem[] {
  const out: GItem[] = [];
  // «Ved 100 % uførhet utbetales: 10 G»: a clause before the colon, the label its verb's
  const clause = u.text.includes(':') ? clauseBeforeColon(u.text, sub) : undefined;
  if (clause) return [clause];
  // («Samlet utbetaling: inntil 15 G per skadetilfelle»: a cap on the items together, none of them)
  if (u.label !== undefined && isCap(u.text)) return out;
  if (u.label !== undefined) {
    // («Merk: grunnbeløpet (G) er 124 028 kroner, slik at 10 G er …»: a remark in prose, no field; and
    // a value that speaks of G itself before its figure is no item's sum)
    if (REMARK_LABELS.has(lowerCase(u.label))) return out;
    const colon = u.text.indexOf(':');
    const value = u.text.slice(colon + 1);
    G_IN_TEXT.lastIndex = 0;
    const m = G_IN_TEXT.exec(value);
    const sum = m ? readG(m[0]) : undefined;
    if (m && sum && !partOfG(value.slice(0, m.index)) && !namesG(value.slice(0, m.index))) {
      const name = GENERIC_LABEL.test(u.label) && namesItem(sub) ? sub! : u.label;
      out.push({ name, sum, offset: colon + 1 + m.index });
    }
    return out;
  }
  const whole = nameWithCommas(u.text);
  if (whole) return [whole];
  let at = 0;
  for (const sentence of u.text.split(/(?<=[.!?])\s+/)) {
    const start = u.text.indexOf(sentence, at);
    at = start + sentence.length;
    // («Samlet utbetaling er begrenset til 15 G per skadetilfelle.»: a cap on the items together — capsIn)
    if (isCap(sentence)) continue;
    let clauseAt = start;
    const clauses = sentence.split(/,\s+/);
    // «Er den ansatte over 67 år, utbetales 2 G ved død.»: a condition first, in a clause of its own
    const condition = clauses.length > 1 && CONDITION_FIRST.test(clauses[0]!);
    for (const clause of clauses) {
      const cStart = u.text.indexOf(clause, clauseAt);
      clauseAt = cStart + clause.length;
      G_IN_TEXT.lastIndex = 0;
      const m = G_IN_TEXT.exec(clause);
      // («Summen trappes ned med 1 G per år»: a note on how the sum changes, not an item;
      // «1 % gir 1/14 av 0,75 G»: a part of a sum, not a sum)
      if (!m || isNote(clause) || partOfG(clause.slice(0, m.index))) continue;
      const sum = readG(m[0]);
      if (!sum) continue;
      const rest = clause.slice(m.index + m[0].length);
      const before = itemName(clause.slice(0, m.index)) ?? nameBefore(clause.slice(0, m.index));
      // (after a condition, a sum named only after it — «… utbetales 2 G ved død» — is the condition's:
      // «Død» alone would be a wrong item; the sentence is left to the warning. «Er det ingen
      // etterlatne, får dødsbuet 2 G»: the clause names its own item)
      if (condition && clause !== clauses[0] && before === undefined) continue;
      const after = nameAfter(rest) ?? nameForAfter(rest);
      let name = itemName(clause.slice(0, m.index)) ?? after ?? nameBefore(clause.slice(0, m.index));
      // «Erstatningen utgjør 15 G ved dødsfall»: what the sum is for stands after it
      if (name !== undefined && after !== undefined && GENERIC_LABEL.test(name)) name = after;
      // «G. Utgifter til begravelse» over «Erstatning ytes med 0,5 G»: the heading names what «Erstatning» is for
      if (name !== undefined && namesItem(sub) && GENERIC_LABEL.test(name)) name = sub;
      if (name) out.push({ name, sum, offset: cStart + m.index });
    }
  }
  return out;
}

/** «Ektefelle, registrert partnar eller sambuar: 10 G»: a name with commas in it, its colon, and only a G sum after it. */
const NAME_COLON = /^([^:.!?;]{3,120}),\s([^:.!?;]+):\s*(?=\S)/;

/**
 * The item of a line that is a name and its G sum after a colon, when the name has commas in it (a
 * label of more words than a field's): the whole name, not the clause after its last comma
 * («Registrert partnar eller sambuar» was a wrong name). Not for a clause that is a condition
 * («Er den ansatte over 67 år, …») or holds the verb that pays.
 */
function nameWithCommas(text: string): GItem | undefined {
  const m = NAME_COLON.exec(text);
  if (!m || CONDITION_FIRST.test(m[1]!) || ITEM_VERB.test(` ${m[2]!}`)) return undefined;
  const rest = text.slice(m[0].length);
  const sum = leadingG(rest);
  if (sum === undefined) return undefined;
  const name = `${m[1]!.trim()}, ${m[2]!.trim()}`;
  return { name: capitalised(name), sum, offset: m[0].length };
}

/** The words that make a sum the cap of all the items together (lower case): the cheap test before CAP. */
const CAP_HINT = /samle|samla|sammen|totalt|høyeste|høgaste|høgste|maksimal|største/;
/**
 * «Samlet utbetaling er begrenset til 15 G», «Høyeste erstatning ved ett uhell er 30 G», «Samla
 * erstatning kan ikkje overstige 20 G»: a total or highest payment (lower case).
 */
const CAP = /(?:^|[^a-zæøå])(?:samlet|samla|samlede|til sammen|totalt|høyeste|høgaste|høgste|maksimal[et]?|største)\s+(?:[a-zæøå]+\s+)?(?:utbetaling|utbetalinga|utbetalingen|utbetalingar|utbetalinger|erstatning|erstatninga|erstatningen|erstatningar|erstatninger|ytelse|ytelsen|ytelser|yting|ytingar)(?![a-zæøå])/;

/** «Høyeste erstatning per barn», «… til ektefelle»: a sum for one person named, an item's own cap (lower case). */
const FOR_ONE = /(?:per|til|for)\s+(?:hvert\s+|kvart\s+)?(?:barn|ektefelle|samboer|sambuar)/;

/** A sentence that caps what the items together pay, with a G sum: no item (a note of the coverage). */
export function isCap(sentence: string): boolean {
  const l = sentence.toLowerCase();
  return CAP_HINT.test(l) && CAP.test(l) && G_FIGURE_HINT.test(sentence) && !FOR_ONE.test(l);
}

/** The sentences of a text that cap what the items together pay (isCap), each with its offset; the whole text for a field. */
export function capsIn(u: Unit): Array<{ s: string; offset: number }> {
  if (!CAP_HINT.test(u.lower)) return [];
  if (u.label !== undefined) return isCap(u.text) ? [{ s: u.text.trim(), offset: 0 }] : [];
  return sentencesOf(u.text).filter((x) => isCap(x.s));
}

/** What stands before a colon and the text after it: no sentence's end in it. */
const HEAD_COLON = /^([^:.!?;]{3,120}):\s*(?=\S)/;
/** A verb that pays, and whom to after it: «utbetales», «utbetales til etterlatte», «vert utbetalt», «gis». */
const PAYS = String.raw`(?:utbetales|utbetalast|(?:vert|blir)\s+utbetalt|gis|ytes|erstattes|betales|dekkes)(?:\s+til\s+[^,]{3,40})?`;
/** «Ved 100 % uførhet utbetales»: what is paid for, then the verb last. */
const NAME_THEN_PAYS = new RegExp(String.raw`^(.{3,80}?)\s+${PAYS}$`, 'i');
/** «utbetales til etterlatte»: a clause that is only the verb that pays. */
const ONLY_PAYS = new RegExp(String.raw`^${PAYS}$`, 'i');

/**
 * A line whose name before the colon is a clause with the verb that pays («• Ved 100 % uførhet
 * utbetales: 10 G»), or a condition and that verb («• Dersom skaden fører til død, utbetales til
 * etterlatte: 10 G»), and only a G sum after the colon: the item is named by what is paid for —
 * the words before the verb, or the condition — without «ved», «for» or the conjunction; undefined
 * for any other line. (The verb, or «til etterlatte», was read as the name.)
 */
function clauseBeforeColon(text: string, sub: string | undefined): GItem | undefined {
  const m = HEAD_COLON.exec(text);
  if (!m) return undefined;
  const sum = leadingG(text.slice(m[0].length));
  if (sum === undefined) return undefined;
  const clauses = m[1]!.trim().split(/,\s+/);
  let name: string | undefined;
  // (a condition names its item whatever its subject: «Dersom den forsikrede dør» → «Den forsikrede dør»)
  const condition = clauses.length === 2 && CONDITION_FIRST.test(clauses[0]!) && ONLY_PAYS.test(clauses[1]!);
  if (condition) name = clauses[0]!.replace(CONDITION_FIRST, '').trim();
  else if (clauses.length === 1) name = NAME_THEN_PAYS.exec(clauses[0]!)?.[1]!.replace(/^\s*(?:ved|for)\s+/i, '').trim();
  if (name === undefined || name === '' || (!condition && NO_NAME.test(name)) || !LETTER.test(name) || name.split(/\s+/).length > 8) return undefined;
  // («Erstatning utbetales: 0,5 G» under «Utgifter til begravelse»: the sub-heading names it)
  if (GENERIC_LABEL.test(name) && namesItem(sub)) name = sub!;
  return { name: capitalised(name), sum, offset: m[0].length };
}

/** A clause that states a condition, its verb or conjunction first («Er den ansatte over 67 år», «Dersom du dør før …», «Viss …»). */
const CONDITION_FIRST = /^(?:er|dersom|hvis|viss|om|når)\s/i;

/** «12 G (1 488 336 kroner)»: the sum in kroner in brackets after a G sum says the same again. */
const KRONER_IN_BRACKETS = /\s*\((?:kr\.?\s*)?\d[\d .]*(?:,(?:\d{1,2}|-))?\s*(?:kr\.?|kroner|nok)?\)\.?$/i;

/** The text without the kroner in brackets at its end. */
export function withoutKroner(text: string): string {
  const t = text.trim();
  if (!t.endsWith(')')) return t;
  // («kr 3 904 800 (30 G)»: the kroner first, the G sum they come from in brackets — the sum is the G, as «30 G (kr 3 904 800)» says)
  return KRONER_THEN_G.exec(t)?.[1] ?? t.replace(KRONER_IN_BRACKETS, '');
}

/** «kr 3 904 800 (30 G)», «1 301 600 kroner (10 G)»: a sum in kroner, then the G sum in brackets. */
const KRONER_THEN_G = /^(?:kr\.?\s*|nok\s*)?\d[\d .]*(?:,(?:\d{1,2}|-))?\s*(?:kr\.?|kroner|nok)?\s*\((\d+(?:[.,]\d+)?\s*G)\)$/i;

/** A line that is only a G sum: «15 G», «1-6,5 G», «inntil 0,5 G», «22 G til 30 G», «12 G (1 488 336 kroner)». */
export function onlyG(text: string): boolean {
  return leadingG(text) !== undefined;
}

/** «fra 22 G til 30 G»: a word before the sum that is part of how it is written. */
const BEFORE_G = /^(?:fra|frå|mellom)\s+/i;
/**
 * «4,50 G ved 100 % medisinsk invaliditet», «6,5 G per barn»: a qualifier after a sum on a line of its own;
 * also after a comma, what a range depends on («22–30 G, avhengig av alder», «alt etter alder»).
 */
const QUALIFIER = /^\s*(?:ved|per|pr\.?|for|av|i|til|etter|pluss|,\s*(?:avhengig\s+av|alt\s+etter))\s+[^.:;!?]{1,50}\.?$/i;
/**
 * «5–10 G, avtrappes etter alder fra 51 år», «15 G, reduseres fra fylte 55 år», «10 G, trappes ned med alderen»: after
 * a comma, how the sum falls with the insured's age — a note of the sum, not a sentence of its own (it names the age).
 */
const AGE_STEP = /^\s*,\s*(?:av|ned)?trapp(?:es|ast|ar|er)(?:\s+ned)?\s+[^.:;!?]{1,50}\.?$|^\s*,\s*(?:reduseres|reduserast|blir\s+redusert|vert\s+redusert|synker|fell|faller)\s+[^.:;!?]{1,50}\.?$/i;
const AGE_WORD = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])(?:alder|alderen|år|fylte|fylt)(?![A-Za-zÀ-ÖØ-öø-ÿ])/i;

/**
 * The G sum of a line that is only a sum, perhaps written with «fra» before it, kroner in brackets
 * or a short qualifier after it; undefined for any other line. (Not a sentence: a qualifier has
 * no verb.)
 */
export function leadingG(text: string): SumValue | undefined {
  return gAndNote(text)?.sum;
}

/** A G sum's figure, then a bracket that says what it is for, at a line's end (the bracket's text is group 1). */
const G_THEN_NOTE = /\d\s*G\s*\(([^()]{3,60})\)\.?$/;
/** «(ved 100 % medisinsk invaliditet)»: a bracket after a G sum that says what the sum is for. */
const BRACKET_NOTE = /^\s*\(([^()]{3,60})\)\.?$/;

/**
 * The G sum of a line or cell that is only a sum, and the note after it: a short qualifier
 * («1 G per barn under 21 år» → «per barn under 21 år») or a bracket («4,5 G (ved 100 % medisinsk
 * invaliditet)» → «ved 100 % medisinsk invaliditet»), without the kroner in brackets that say the
 * sum again; undefined for any other text.
 */
export function gAndNote(text: string): { sum: SumValue; note?: string } | undefined {
  const t = withoutKroner(text).replace(BEFORE_G, '');
  G_IN_TEXT.lastIndex = 0;
  const m = G_IN_TEXT.exec(t);
  if (m === null || m.index !== 0) return undefined;
  const rest = t.slice(m[0].length);
  const bracket = rest !== '' && rest.includes('(') ? BRACKET_NOTE.exec(rest) : null;
  const aged = rest !== '' && AGE_STEP.test(rest) && AGE_WORD.test(rest) && rest.split(/\s+/).length <= 10 && !G_FIGURE_HINT.test(rest) && !/\bkr\b|\bkroner\b/i.test(rest);
  if (rest !== '' && !bracket && !aged && !(QUALIFIER.test(rest) && rest.split(/\s+/).length <= 9 && !ITEM_VERB.test(rest) && !G_FIGURE_HINT.test(rest))) return undefined;
  if (bracket && G_FIGURE_HINT.test(bracket[1]!)) return undefined;
  const sum = readG(m[0]);
  if (sum === undefined) return undefined;
  const note = bracket ? bracket[1]!.trim() : rest.trim().replace(/^,\s*/, '').replace(/\.$/, '');
  return note === '' ? { sum } : { sum, note };
}

/** The words every individually assessed sum has (readSum's own test of «Individuelt», «Etter loven» begins with them). */
const INDIVIDUAL_WORD = /ndividuel|lov/i;

/** A line that is only an individually assessed sum: «Individuelt», «Etter loven». */
export function onlyIndividual(text: string): boolean {
  const t = text.trim();
  // (an individually assessed sum is said with «individuel…» or «lov…»: a line without either word — nearly every short
  // line a reader asks about — is not read as a sum at all, which cost an amount's parse each time)
  if (t.length > 40 || !INDIVIDUAL_WORD.test(t)) return false;
  const s = readSum(t);
  return s !== undefined && typeof s !== 'string' && 'individual' in s;
}

/**
 * A short line of names, each followed by its G sum, without a verb: «Medisinsk invaliditet over
 * 15 % 4,5 G», «Dødsfall ........ 15 G», and the cells of a table row run together on one line
 * («Dødsfall 15 G Barnetillegg inntil 6,5 G»: two items). Undefined when the line does not end with
 * a sum, or a name is not one (a verb, a sentence, no letter).
 */
export function lineEndG(text: string): GItem[] | undefined {
  // («Ménerstatning – 4,5 G (ved 100 % medisinsk invaliditet)»: what the last sum is for, in brackets after it)
  const k = withoutKroner(text);
  const note = k.endsWith(')') ? G_THEN_NOTE.exec(k) : null;
  const t = note && !G_FIGURE_HINT.test(note[1]!) ? k.slice(0, note.index + note[0].indexOf('(')).trimEnd() : k;
  if (t.length > 160 || !/\d\s*G\.?$/.test(t)) return undefined;
  if (/[.!?]$/.test(t) && !/\d\s*G\.$/.test(t)) return undefined;
  const out: GItem[] = [];
  let from = 0;
  G_IN_TEXT.lastIndex = 0;
  for (let m = G_IN_TEXT.exec(t); m; m = G_IN_TEXT.exec(t)) {
    // (dot leaders between a name and its sum; a colon or a dash after the name)
    const name = t.slice(from, m.index).trim().replace(/(?:\s*\.{2,}|[:–-])$/, '').trim();
    const sum = readG(m[0]);
    if (!sum || name === '' || !LETTER.test(name) || name.split(/\s+/).length > 10 || ITEM_VERB.test(` ${name}`) || /[.!?;]$/.test(name)) return undefined;
    out.push({ name, sum, offset: m.index });
    from = m.index + m[0].length;
  }
  return out.length > 0 && from >= t.replace(/\.$/, '').length ? out : undefined;
}

/** «Framtidige meirutgifter Individuelt», «Tapt inntekt: Etter loven»: a name and an individually assessed sum at the end of a short line. */
export function lineEndIndividual(u: Unit): GItem | undefined {
  const t = u.text.trim();
  if (u.label !== undefined) {
    // («Tapt inntekt: Individuelt», «Tapt inntekt;Individuelt»)
    const value = t.slice(t.indexOf(':') + 1);
    return onlyIndividual(value) ? { name: u.label, sum: { individual: true }, offset: 0 } : undefined;
  }
  const m = /^(.{3,80}?)\s+[Ii]ndividuel(?:t|le?)(?:\s+vurdert)?$/.exec(t);
  if (!m || ITEM_VERB.test(` ${m[1]}`) || /[.!?:]$/.test(m[1]!)) return undefined;
  return { name: m[1]!, sum: { individual: true }, offset: 0 };
}

const INDIVIDUAL_SENTENCE = new RegExp(
  String.raw`^(.{3,60}?)\s+(?:${PERSON_COVERAGES.individualVerbs.join('|')})\s+(?:${PERSON_COVERAGES.individualWords.map((w) => w.replace(/\./g, '\\.')).join('|')})(?![A-Za-zÀ-ÖØ-öø-ÿ])`,
  'i',
);

/** Sentences that say an item's sum is assessed case by case: «Tap av inntekt fastsettes individuelt etter vilkårene.» */
export function individualSentences(text: string): GItem[] {
  const out: GItem[] = [];
  // (a text without any of the words is passed over, and INDIVIDUAL_SENTENCE, ~2 M instructions to compile, is not compiled)
  const lower = text.toLowerCase();
  if (!PERSON_COVERAGES.individualWords.some((w) => lower.includes(w))) return out;
  let at = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const start = text.indexOf(sentence, at);
    at = start + sentence.length;
    const m = INDIVIDUAL_SENTENCE.exec(sentence);
    if (!m) continue;
    const name = capitalised(m[1]!.replace(/^\s*ved\s+/i, '').trim());
    if (name === '' || NO_NAME.test(name) || name.split(/\s+/).length > 8 || DIGIT.test(name)) continue;
    out.push({ name, sum: { individual: true }, offset: start });
  }
  return out;
}

/** The name of a sum on a line of its own: the short line above it (across a bullet that qualifies it). */
export function nameAbove(r: Reading, at: number): { name: string; units: Unit[] } | undefined {
  const units: Unit[] = [];
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const p = r.units[k]!;
    if (r.used.has(p) || p.row || DIGIT.test(withoutPercentRange(p.text))) return undefined;
    units.push(p);
    if (p.bullet) continue;
    if (p.heading && p.product) return undefined;
    const t = p.text.trim();
    if (t.split(/\s+/).length > 10 || /[.!?]$/.test(t)) return undefined;
    return { name: t.replace(/:$/, ''), units };
  }
  return undefined;
}

/** «Ménerstatning ved 1–14 % medisinsk invaliditet»: a percentage range in a name is part of it, not a sum. */
function withoutPercentRange(text: string): string {
  return text.includes('%') ? text.replace(/\d+(?:[.,]\d+)?\s*(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?%/g, '') : text;
}

/** The label of a product's own sum: «Forsikringssum», «Forsikringssummen», «Sum». */
const OWN_SUM_LABEL = /^(?:forsikrings)?sum(?:men)?$/i;

/** A heading right above a field «Erstatning: 5 G»: it names the item the sum is for. */
export function isItemHeading(u: Unit, next: Unit | undefined): boolean {
  // («Gruppeliv» over «Forsikringssum» / «10 G» on a portal page: a person product and its own sum, no
  // item; «Behandlingsutgifter» over «Erstatning: inntil 0,5 G» is still an item)
  return u.heading && next !== undefined && !(OWN_SUM_LABEL.test(next.label ?? '') && namesPersonProduct(withoutColon(u.text))) && next.label !== undefined && GENERIC_LABEL.test(next.label) && /\d\s*G\b/.test(next.text);
}

/** The name of what a clause pays a G sum for: the words before its verb («Ved varig medisinsk invaliditet gis …»). */
export function itemName(before: string): string | undefined {
  // («For medlemmer under 50 år er summen 10 G»: whom the sum is for, without «for»)
  const t = before.replace(/^\s*(?:ved|for)\s+/i, '').trim();
  // (a verb inside brackets qualifies the name: «Ansatte over 59 år (til og med 66 år)»)
  const bare = t.includes('(') ? withoutBracketed(t) : t;
  const v = ITEM_VERB.exec(bare);
  // «Ansatte over 59 år (til og med 66 år): 5 G»: a name and its colon, no verb
  const name = (v ? t.slice(0, v.index) : t.endsWith(':') ? t.slice(0, -1) : '').trim();
  if (name === '' || NO_NAME.test(name) || name.replace(/\([^()]*\)/g, '').trim().split(/\s+/).length > 8) return undefined;
  return capitalised(name);
}

/** The text with what stands in brackets made one mark, its length kept (so an offset in it is one in the text). */
function withoutBracketed(text: string): string {
  return text.replace(/\([^()]*\)/g, (m) => '_'.repeat(m.length));
}

/**
 * «og ved 100 % medisinsk invaliditet inntil 3 G», «får dødsboet 2 G»: a clause without a verb
 * before its sum, or with the verb first, names what the sum is for after «ved» or the verb.
 */
const VED_BEFORE = /^(?:og\s+|samt\s+|men\s+)?ved\s+([^,;:]{3,60}?)\s*$/i;
const VERB_FIRST = /^(?:og\s+|så\s+)?(?:får|mottar|gis|utbetales\s+til)\s+([^,;:]{3,40}?)\s*$/i;

function nameBefore(before: string): string | undefined {
  const m = VED_BEFORE.exec(before) ?? VERB_FIRST.exec(before);
  const name = m?.[1]?.trim();
  if (name === undefined || NO_NAME.test(name) || ITEM_VERB.test(` ${name}`) || name.split(/\s+/).length > 6) return undefined;
  return capitalised(name);
}

/** «Det utbetales 15 G ved dødsfall.»: what the sum is for, after it — «ved» and a few words that end the clause. */
const VED_AFTER = /^\s+ved\s+([a-zæøåé][a-zæøåé/ -]{2,60}?)\s*[.!?]?$/;

function nameAfter(after: string): string | undefined {
  const m = VED_AFTER.exec(after);
  return m && m[1]!.split(/\s+/).length <= 5 ? capitalised(m[1]!.trim()) : undefined;
}

/**
 * «3 G ved medisinsk invaliditet, 1 G ved død» as the value of a cover's sum field («Forsikringssum ..... …», a person
 * cover's record): one G sum per event, each named after it by «ved» — the cover's items, as a table's rows «Medisinsk
 * invaliditet | 3 G» and «Død | 1 G» are. The parts are set apart by commas or by «og» before the next figure («10 G ved
 * død og 15 G ved invaliditet»), a limit's word may stand before a figure («inntil 3 G ved …»). Undefined unless every
 * part is such a sum and its event: a value of other words is left to the sum's readers and their warning.
 */
export function gSumsByEvent(value: string): Array<{ name: string; sum: SumValue }> | undefined {
  const parts = value.trim().replace(/[.;]$/, '').split(/\s*[,;]\s*|\s+(?:og|samt)\s+(?=(?:inntil\s+|opptil\s+)?\d)/);
  const items: Array<{ name: string; sum: SumValue }> = [];
  for (const part of parts) {
    G_IN_TEXT.lastIndex = 0;
    const m = G_IN_TEXT.exec(part);
    if (!m || !/^(?:(?:inntil|opptil)\s+)?$/i.test(part.slice(0, m.index))) return undefined;
    const sum = readG(m[0]);
    const name = nameAfter(part.slice(m.index + m[0].length));
    if (sum === undefined || name === undefined) return undefined;
    items.push({ name, sum });
  }
  return items.length > 0 ? items : undefined;
}

/** «Forsikringssummen er 10 G for ansatte under 51 år»: whom a sum named only «the sum» is for, after it. */
const FOR_AFTER = /^\s+for\s+([a-zæøå][a-zæøå0-9/ -]{2,40}?)\s*[.!?]?$/;

function nameForAfter(after: string): string | undefined {
  const m = FOR_AFTER.exec(after);
  return m && m[1]!.split(/\s+/).length <= 6 && !NO_NAME.test(m[1]!) ? capitalised(m[1]!.trim()) : undefined;
}

/** «1/14 av 0,75 G», «50 % av 4,5 G», «en firedel av»: the words before a G sum that make it the whole of which a part is meant. */
const PART_BEFORE = /(?:\bav|\bi)\s*$/i;

function partOfG(before: string): boolean {
  return PART_BEFORE.test(before) && (/\d\s*(?:\/\s*\d+|%|prosent)\s+(?:av|i)\s*$/i.test(before) || /(?:del|halvpart|halvdel|andel)\s+av\s*$/i.test(before));
}

/** «1 G er 124 028 kroner», «1 G = 118 620 kr», «… er 1 G 130 160 kroner»: the value of G itself, no sum. */
const G_ITSELF = /^1\s*G\s*(?:[=:]|(?:er|var|utgjør|utgjer|tilsvarer)\b|\(\s*grunnbeløp|(?:kr\.?|nok)?\s*\d)/i;

/**
 * Whether a sentence states a G sum as an item's sum: a G sum that is not a note on how sums change
 * («trappes ned med 0,5 G per år»), a part of a sum («1/14 av 0,75 G») or the value of G itself
 * («1 G er 124 028 kroner»). (What the unread-line net asks of a sentence no reader took.)
 */
export function statesGSum(sentence: string): boolean {
  if (!G_FIGURE_HINT.test(sentence) || isNote(sentence)) return false;
  G_IN_TEXT.lastIndex = 0;
  for (let m = G_IN_TEXT.exec(sentence); m; m = G_IN_TEXT.exec(sentence)) {
    if (!partOfG(sentence.slice(0, m.index)) && !G_ITSELF.test(sentence.slice(m.index)) && readG(m[0]) !== undefined) return true;
  }
  return false;
}

/** «utbetales», «vert utbetalt», «blir utbetalt», «utbetalast»: a sum is paid (lower case). */
const PAID_OUT = /(?:^|[^a-zæøå])(?:utbetales|utbetalast|(?:vert|blir|bli|verte)\s+(?:det\s+)?utbetalt)(?![a-zæøå])/;

/**
 * What a sentence pays, as the readers of items would read it: a G sum (statesGSum: «Ved dødsfall
 * som følgje av yrkesskade vert det utbetalt 18 G»), or an amount of money after «utbetales» /
 * «vert utbetalt» («Ved tannskade utbetales inntil 25 000 kroner»); undefined for neither. Named
 * as a warning names it.
 */
export function payoutIn(sentence: string): 'the G sum' | 'the sum paid out' | undefined {
  if (statesGSum(sentence)) return 'the G sum';
  const paid = PAID_OUT.exec(lowerCase(sentence));
  return paid && amountsIn(sentence.slice(paid.index)).length > 0 ? 'the sum paid out' : undefined;
}

/**
 * «Ved dødsfall utbetales kr 1 000 000 til de etterlatte.», «Ved tannskade utbetales inntil 25 000
 * kroner per skade.»: a sentence that pays one sum in kroner (after «utbetales», «vert utbetalt»)
 * for one thing — an item, named as a G sum's clause names it (before the verb, or «ved …» after
 * the sum; a generic name takes the sub-heading's). Not a sentence with two amounts («… kr 1 500 000
 * ved 100 % invaliditet og kr 15 000 per prosent …»: which is the sum is not said), a G sum, a note
 * on how the sum changes, or a sum named only by a condition: those stay warnings.
 */
export function kronerPayouts(text: string, sub: string | undefined): GItem[] {
  const out: GItem[] = [];
  for (const { s, offset } of sentencesOf(text)) {
    const paid = PAID_OUT.exec(lowerCase(s));
    if (!paid || G_FIGURE_HINT.test(s) || isNote(s)) continue;
    const amounts = amountsIn(s);
    if (amounts.length !== 1 || amounts[0]!.index < paid.index) continue;
    const a = amounts[0]!;
    const name = payoutName(s, a.index, a.text.length, sub);
    if (name !== undefined) out.push({ name, sum: a.value, offset: offset + a.index });
  }
  return out;
}

/** The name of what a sentence pays the sum at `at` for (its clause's words before the verb, or after the sum); undefined when it names none. */
function payoutName(sentence: string, at: number, length: number, sub: string | undefined): string | undefined {
  // (the clause the sum stands in: «Dersom den forsikrede dør, utbetales kr 500 000» names it only by its condition)
  const start = sentence.lastIndexOf(', ', at) + 1;
  const comma = sentence.indexOf(', ', at + length);
  const before = sentence.slice(start === 0 ? 0 : start + 1, at);
  const rest = sentence.slice(at + length, comma < 0 ? undefined : comma);
  const own = itemName(before) ?? nameBefore(before);
  if (start > 0 && own === undefined && CONDITION_FIRST.test(sentence)) return undefined;
  const after = nameAfter(rest);
  let name = own ?? after;
  if (name !== undefined && after !== undefined && GENERIC_LABEL.test(name)) name = after;
  if (name !== undefined && namesItem(sub) && GENERIC_LABEL.test(name)) name = sub;
  return name === undefined || DIGIT.test(name) ? undefined : name;
}

/** A sub-heading that names an item (not «Fakta om forsikringen», «Dekning», «Slik beregnes erstatningen»). */
/** Items whose name is only a generic label («Forsikringssum 10 G») take the name of the sub-heading they stand under («Dødsfall»). */
export function namedBySub(items: GItem[], sub: string | undefined): GItem[] {
  return namesItem(sub) ? items.map((it) => (GENERIC_LABEL.test(it.name.trim()) ? { ...it, name: sub! } : it)) : items;
}

function namesItem(sub: string | undefined): boolean {
  if (sub === undefined) return false;
  const l = sub.toLowerCase();
  return !PERSON_COVERAGES.notItemHeadings.some((w) => l.startsWith(w));
}

/** A clause or line about how a sum changes with age or time («Nedtrapping fra 44 til 60 år», «trappes ned med 1 G per år»). */
const REMARK_LABELS: ReadonlySet<string> = new Set(PERSON_COVERAGES.remarkLabels);

/** Text that names G by its word («grunnbeløpet», nynorsk «grunnsummen»). */
function namesG(text: string): boolean {
  const l = text.toLowerCase();
  return l.includes('grunn') && BASE_AMOUNT.words.some((w) => l.includes(w));
}

export function isNote(text: string): boolean {
  const l = text.toLowerCase();
  return PERSON_COVERAGES.notes.some((w) => l.includes(w));
}

function capitalised(s: string): string {
  return s === '' ? s : s[0]!.toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Which product a section is about

/** A heading that names a law, a regulation or an agreement («Lov om yrkesskadeforsikring»): not a product. */
export function namesLaw(u: Unit): boolean {
  return PERSON_COVERAGES.lawHeadings.some((w) => u.lower.startsWith(w));
}

/**
 * A line that names a person product the index-class table does not know as a heading, because it
 * ends with a percentage or a figure («Utvidet mén 1–14 %»): the product's name; else undefined.
 */
export function personProductLine(u: Unit): string | undefined {
  if (u.row || u.bullet || u.label !== undefined || u.text.length > 60) return undefined;
  // («Tilleggsdekning Utvida mén 1–14 %»: an add-on's word before the extension's name)
  const l = u.lower.replace(ADD_ON, '');
  if (!PERSON_COVERAGES.products.some((w) => l.startsWith(w))) return undefined;
  const t = u.text.trim();
  if (/[.:;!?]$/.test(t) || G_FIGURE_HINT.test(t) || t.split(/\s+/).length > 8) return undefined;
  return t;
}

/** «Tilleggsdekning », «Tilleggsforsikring: »: an add-on's word at a line's start (PERSON_COVERAGES.addOnWords, lower case). */
const ADD_ON = new RegExp(`^\\s*(?:${PERSON_COVERAGES.addOnWords.join('|')})\\s*:?\\s+`);

/** «Gruppelivsforsikring – oversyn for arbeidsgjevar»: a product's name, a dash and a subtitle in lower case. */
const SUBTITLE = /^(.+?)\s+[–—-]\s+[a-zæøå][^–—]*$/;

/**
 * A heading without its subtitle, where the name before the dash is a product's on its own («Eiendeler
 * - Varer» keeps its second name). A subtitle that names one of the product's sections stays
 * («Yrkesskade – lovbestemt», then «Yrkesskade – tillegg»: two sections, each with its own items;
 * cut to «Yrkesskade», the second section's items were joined to the first's).
 */
function withoutSubtitle(heading: string): string {
  // («TINGSKADE OG AVBRUDD ("Property Damage and Business Interruption")»: the name in the document's language)
  const name = withoutQuotedName(heading);
  const m = name.includes(' ') ? SUBTITLE.exec(name) : null;
  return m && namesProduct(m[1]!) && !namesSection(name.slice(m[1]!.length)) ? m[1]! : name;
}

/** « – lovbestemt», « - tillegg»: a dash and a word that names a section of a product (PERSON_COVERAGES.sections). */
function namesSection(subtitle: string): boolean {
  const words = subtitle.replace(/^\s*[–—-]\s*/, '').trim().split(/\s+/);
  return words.length <= 2 && (PERSON_COVERAGES.sections as readonly string[]).includes(words[0]!.toLowerCase()) && (words.length === 1 || /^dekning(?:en|a)?$/i.test(words[1]!));
}

/** «Yrkesskade – lovbestemt»: the person product a section's name names before its dash, or undefined for any other name. */
function sectionBase(name: string): string | undefined {
  const m = name.includes(' ') ? SUBTITLE.exec(name) : null;
  return m && namesPersonProduct(m[1]!) && namesSection(name.slice(m[1]!.length)) ? m[1]! : undefined;
}

/**
 * A section's name keeps its subtitle so that two sections of one person product stay apart
 * («Yrkesskade – lovbestemt», «Yrkesskade – tillegg»); a product with one section only is the
 * product («Yrkesskade – lovbestemt» alone over its items is the cover «Yrkesskade», as a
 * reader of the page calls it).
 */
export function nameLoneSections(coverages: Array<{ product: string }>): void {
  const count = new Map<string, number>();
  for (const c of coverages) {
    const base = sectionBase(c.product) ?? c.product;
    count.set(base, (count.get(base) ?? 0) + 1);
  }
  for (const c of coverages) {
    const base = sectionBase(c.product);
    if (base !== undefined && count.get(base) === 1) c.product = base;
  }
}

/**
 * A heading that starts a product's section: a product heading that names no law, a person
 * product's line, or a product's name and a colon over a list of its items («Gruppeliv:» over
 * bullets, fields or rows; over a lone sum it is the item's label).
 */
/** «Fører- og passasjerulykke, forsikringssum per person», «Ulykke – forsikringssummer»: a product's name, then words that say its lines are its sums (group 1 the name). */
const SUMS_AFTER = /^(.{3,50}?)(?:,|\s[–—-])\s+(?:forsikringssum|forsikringssummer|forsikringssummar|summer|summar|ytelser|ytingar)(?:\s+(?:per|pr\.?)\s+(?:person|forsikret|forsikra|ansatt|tilsett))?$/i;

export function productHeadingName(u: Unit, next?: Unit): string | undefined {
  if (u.row) return undefined;
  if (u.heading && u.product && u.label === undefined && !namesLaw(u)) return withoutSubtitle(withoutColon(u.text));
  if (next !== undefined && u.text.endsWith(':') && u.label === undefined && !u.bullet && u.text.length <= 60 && (next.bullet || next.row || next.label !== undefined)) {
    const name = withoutColon(u.text).trim();
    if (productHeading(name) && !namesLaw(u)) return name;
    // («Fører- og passasjerulykke, forsikringssum per person:» over «Invaliditet …… kr 300 000»: the product, then what its lines are)
    const sums = SUMS_AFTER.exec(name);
    if (sums && productHeading(sums[1]!) && namesPersonProduct(sums[1]!) && !namesLaw(u)) return sums[1]!;
  }
  return personProductLine(u) ?? lawProductHeading(u) ?? questionProduct(u);
}

/** «Gruppelivsforsikringen gir …», «Ulukkesforsikringa gjeld …»: an insurance in its definite form as a sentence's first word (lower case). */
const DEFINITE_INSURANCE = /^([a-zæøå]+(?:forsikring|ordning))(?:en|a)(?![a-zæøå])/;

/**
 * The insurance a paragraph is about when its first word names it, in its definite form, as the
 * subject («Gruppelivsforsikringen gir dei etterlatne eit eingongsbeløp. For medlemmer under 50 år
 * er summen 10 G.»): a page written as prose names its products so. Undefined for any other unit.
 */
export function insuranceNamedFirst(u: Unit): string | undefined {
  if (u.row || u.heading || u.bullet || u.label !== undefined) return undefined;
  const m = DEFINITE_INSURANCE.exec(u.lower);
  return m && namesPersonProduct(m[1]!) ? capitalised(m[1]!) : undefined;
}

/** «Dette er med i forsikringen:», «Forsikringen dekker:», nynorsk «Dette er med i forsikringa:»: a lead-in to a list that names the insurance only as «the insurance». */
const THE_INSURANCE_LEAD_IN = /^(?:dette|det|følgende|fylgjande)?\s*[a-zæøå ]{0,30}(?:^|\s)forsikring(?:en|a)(?:\s[a-zæøå ]{0,30})?:$/;
/** An insurance named in its definite form anywhere in a sentence: «… og barneforsikringen er nå opprettet …» (group 1 the name). */
const DEFINITE_INSURANCE_IN_TEXT = /(?:^|[^a-zæøå])([a-zæøå]{3,}forsikring)(?:en|a)(?![a-zæøå])/g;

/**
 * The person insurance a lead-in of a list means by «the insurance» («Dette er med i forsikringen:» over «- Dødsfall: 1 G»,
 * in an insurer's e-mail): the one person insurance the sentences before it name in its definite form («… og
 * barneforsikringen er nå opprettet med virkning fra 15. september 2025.») — a letter names what it confirms so. Undefined
 * for another line, or where the sentences before it name none or two different ones.
 */
export function insuranceOfLeadIn(u: Unit, before: readonly Unit[]): string | undefined {
  if (u.row || u.bullet || u.text.length > 60 || !THE_INSURANCE_LEAD_IN.test(u.lower)) return undefined;
  const named = new Set<string>();
  for (const b of before) {
    if (b.row || b.heading || b.bullet) continue;
    for (const m of b.lower.matchAll(DEFINITE_INSURANCE_IN_TEXT)) if (namesPersonProduct(m[1]!)) named.add(m[1]!);
  }
  return named.size === 1 ? capitalised([...named][0]!) : undefined;
}

/** «Yrkesskade – kva vert utbetalt?», «Gruppeliv: hva utbetales?»: a name, a dash or a colon, and the question. */
const NAME_THEN_QUESTION = /^(.{3,60}?)(?:\s[–—-]|:)\s+(.+)$/;
/** «ulykkesforsikringen», «gruppelivsordninga»: the name of an insurance, perhaps in its definite form (lower case). */
const INSURANCE_WORD_FORM = /^([a-zæøå]+(?:forsikring|ordning))(?:en|a)?$/;

/** A text (lower case) that starts with a question word («hva», «kva», «kor» …). */
function asksQuestion(lower: string): boolean {
  return PERSON_COVERAGES.questionWords.some((w) => lower.startsWith(w) && !LETTER.test(lower[w.length] ?? ''));
}

/**
 * A question heading that names the person product its answer is about: «Yrkesskade – kva vert
 * utbetalt?», «Gruppeliv: hva utbetales?» (the words before the dash or the colon), «Hva dekker
 * ulykkesforsikringen?», «Kva får dei etterlatne frå gruppelivsforsikringa?» (the insurance the
 * question names, without its definite ending: «Ulykkesforsikring»). Undefined for a question
 * that names none («Hva er G?», «Kven er forsikra?», «Kva vert utbetalt ved dødsfall?»).
 */
export function questionProduct(u: Unit): string | undefined {
  const t = u.text.trim();
  if (u.row || u.bullet || t.length > 100 || !t.endsWith('?') || namesLaw(u)) return undefined;
  const m = NAME_THEN_QUESTION.exec(t);
  if (m && asksQuestion(m[2]!.toLowerCase())) {
    const name = m[1]!.trim();
    return namesPersonProduct(name) && !asksQuestion(name.toLowerCase()) ? name : undefined;
  }
  if (!asksQuestion(u.lower.trimStart())) return undefined;
  for (const word of u.lower.split(/[\s?,]+/)) {
    const w = INSURANCE_WORD_FORM.exec(word);
    if (w && namesPersonProduct(w[1]!)) return capitalised(w[1]!);
  }
  return undefined;
}

/** «(HTA § 10)», «(lov om yrkesskadeforsikring)», «(jf. Hovedtariffavtalen § 11)»: a law or an agreement cited in brackets (lower case). */
const LAW_IN_BRACKETS = /\((?:jf\.?\s+|iht\.?\s+|etter\s+)?(?:hta\b|ho(?:ve|vu)dtariffavtal|tariffavtal|lov\b|loven\b|[a-zæøå]+lov(?:en|a)\b|særavtal)[^()]*\)/;
const INSURANCE_WORD = /^forsikring(?:er|ar)?\s/;

/**
 * A heading that names the insurance only by the law or the agreement its sums follow: «Forsikring
 * etter Hovedtariffavtalen (HTA § 11)», «Personalforsikring etter HTA». The heading is the
 * product's name; a heading that starts with the law («Lov om yrkesskadeforsikring») is none.
 */
function lawProductHeading(u: Unit): string | undefined {
  if (!u.heading || u.bullet || u.label !== undefined || u.text.length > 100 || namesLaw(u)) return undefined;
  const l = u.lower;
  if (!(INSURANCE_WORD.test(l) || namesPersonProduct(u.text))) return undefined;
  return CITES_LAW.test(l) || LAW_IN_BRACKETS.test(l) ? withoutColon(u.text).trim() : undefined;
}

// ---------------------------------------------------------------------------------------------
// A product's premium, stated beside it or in a sentence

const KR = String.raw`(?:kr\.?|nok)\s*(\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{1,2}|-))?)|(\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{1,2}|-))?)\s*(?:kr|kroner)(?![A-Za-zÀ-ÖØ-öø-ÿ])`;
/** «per år», «i år», «årlig»; «i året» as a letter writes it in a sentence («Prisen er 2 316 kroner i året.»). */
const PER_YEAR = String.raw`(?:\s+(?:per|pr\.?|i)\s+år|\s+i\s+året|\s+årlig|\s+årleg)?`;
/** «for ordninga», «for avtalen»: the whole of what a premium line is for (not «for barnetillegg», a part's price). */
const FOR_WHOLE = String.raw`(?:\s+for\s+(?:ordninga|ordningen|avtalen|forsikringa|forsikringen|kommunen|bedrifta|bedriften|året|perioden))?`;
/** «Premie kr 6 880 per år», «Årspris: 8 960 kroner», «Årleg premie for ordninga: kr 318 400»: a line that is only the premium. */
const PREMIUM_LINE = new RegExp(String.raw`^(?:års|(?:årlig|årleg)\s+)?(?:premie|pris)(?:${PER_YEAR})?${FOR_WHOLE}\s*:?\s*(?:${KR})${PER_YEAR}\.?$`, 'i');
/** «Årspris yrkesskade: kr 406 980», «Premie gruppeliv: 19 260 kr»: a premium's label, the product's name, then the amount alone. */
const PREMIUM_OF_PRODUCT = new RegExp(String.raw`^(?:års|(?:årlig|årleg)\s+)?(?:premie|pris)\s+([a-zæøå][a-zæøå -]{2,40}?)\s*:\s*(?:${KR})${PER_YEAR}\.?$`, 'i');
/**
 * «Premien for ulykkesforsikringen er kr 7 450 per år.», «Forsikringen har en årlig premie på kr
 * 19 260.»: a sentence that states the premium (the only amount in it; not a total, a change or a
 * discount: NOT_PREMIUM).
 */
const PREMIUM_SENTENCE = new RegExp(String.raw`(?:^|\s)(?:års)?(?:premien|prisen|premie|pris)\b[^.!?\d]{0,60}?\s(?:er|utgjør|utgjer|blir|vert|på)\s+(?:${KR})${PER_YEAR}\.?$`, 'i');
const NOT_PREMIUM = /samlet|samla|total|til sammen|i alt|egenandel|rabatt|øk|auk|endr|reduser|sen[kt]|var\b|tidligere|forrige/i;
/** «Gruppeliv – premie kr 19 260»: a product's name and its premium beside it. */
const PRODUCT_PREMIUM = new RegExp(String.raw`^([A-ZÀ-ÖØ-Þ][^:;.\d()]{2,60}?(?:\s*\([^()\d]{2,30}\))?)\s*(?:[-–—,:(]\s*|\s)(?:års)?(?:premie|pris)(?:${PER_YEAR})?\s*:?\s*(?:${KR})${PER_YEAR}\)?\.?$`, 'i');

/**
 * «Yrkesskade Pluss – kr 41 220 per år», «Gruppeliv – 12 905 kr per år»: a person product's heading,
 * a dash and its yearly price with no premium's word — the «per år» (or «årlig») says it is the price.
 */
const PRODUCT_DASH_PRICE = new RegExp(String.raw`^([A-ZÀ-ÖØ-Þ][^:;.\d()–—]{2,60}?)\s+[–—-]\s+(?:${KR})(?:\s+(?:per|pr\.?)\s+år|\s+årlig|\s+årleg)$`, 'i');

/**
 * What each of the three patterns above needs: «premie(n)» or «pris(en)» (perhaps after «års»)
 * after a blank or a separator, not going on in a word (but «kr», «nok» may follow at once), and a
 * digit after it. A small pattern tried first: the three cost ~10 M instructions to compile, and
 * few texts with those words state an amount after them.
 */
const PREMIUM_THEN_DIGIT = /(?:^|[\s\-–—,:(])(?:års)?pr(?:emien?|is(?:en)?)(?![a-jl-mo-z_])[^]*?\d/i;

/** The premium a unit states for the product of its section (a line or a sentence of its own); undefined otherwise. */
export function premiumOf(u: Unit): string | undefined {
  if (u.row || u.text.length > 200 || !(u.lower.includes('premie') || u.lower.includes('pris'))) return undefined;
  const t = u.text.trim();
  if (!PREMIUM_THEN_DIGIT.test(t)) return undefined;
  const line = PREMIUM_LINE.exec(t);
  if (line) return readAmount((line[1] ?? line[2])!);
  // («Årspris yrkesskade: kr 406 980» under «Forsikringsbevis | Yrkesskade»: the price named by its product)
  const named = PREMIUM_OF_PRODUCT.exec(t);
  if (named && namesProduct(named[1]!)) return readAmount((named[2] ?? named[3])!);
  // (one sentence of the unit: «… gjelder hele året. Premien er kr 7 450 per år.»)
  const found = t.split(/(?<=[.!?])\s+/).flatMap((s) => {
    const m = NOT_PREMIUM.test(s) || amountsIn(s).length !== 1 ? null : PREMIUM_SENTENCE.exec(s);
    const v = m ? readAmount((m[1] ?? m[2])!) : undefined;
    return v === undefined ? [] : [v];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** A product's name and its premium on one line («Gruppeliv – premie kr 19 260»); undefined otherwise. */
export function productWithPremium(u: Unit): { product: string; premium: string } | undefined {
  if (u.text.length > 120) return undefined;
  if (!(u.lower.includes('premie') || u.lower.includes('pris'))) return productWithDashPrice(u);
  // (a row «Gruppeliv for bedrifter | premie kr 19 260» too: its cells joined)
  // («2 | TILLEGGSDEKNING YRKESSKADE | Årspremie kr 9 540»: a numbered section's heading, its number in a cell of its own)
  const given = u.row ? u.cells.map((c) => c.trim()).filter((c) => c !== '') : [];
  const cells = given.length === 3 && SECTION_NUMBER.test(given[0]!) ? given.slice(1) : given;
  if (cells.length > 2) return undefined;
  const text = (u.row ? cells.join('  ') : u.text.trim()).replace(NUMBER_MARK, '');
  const m = PREMIUM_THEN_DIGIT.test(text) ? PRODUCT_PREMIUM.exec(text) : null;
  if (!m) return undefined;
  const product = inNormalCase(m[1]!.trim());
  const premium = readAmount((m[2] ?? m[3])!);
  return premium !== undefined && namesPersonProduct(product) && !/^(?:års)?(?:premie|pris)/i.test(product) ? { product, premium } : undefined;
}

/** «Ulykke fritid – kr 8 740 per år»: a person product's heading line with its yearly price after a dash (PRODUCT_DASH_PRICE). */
function productWithDashPrice(u: Unit): { product: string; premium: string } | undefined {
  if (u.row || u.bullet || u.label !== undefined || !/(?:^|\s)år(?:lig|leg)?$/i.test(u.text.trim())) return undefined;
  const m = PRODUCT_DASH_PRICE.exec(u.text.trim());
  if (!m) return undefined;
  const product = inNormalCase(m[1]!.trim());
  const premium = readAmount((m[2] ?? m[3])!);
  return premium !== undefined && namesPersonProduct(product) && !NOT_PREMIUM.test(product) ? { product, premium } : undefined;
}

/** «1», «2.», «3)»: a section's number in a cell of its own. */
const SECTION_NUMBER = /^\d{1,2}[.)]?$/;
/**
 * «1.  », «2)  », «3   »: a section's number before its heading's name, in a line that is not cut into cells; «1 »
 * before a name in capitals too («1 YRKESSKADEFORSIKRING Årspremie kr 1 236 400», a PDF's number cell run into its
 * heading's) — a number before a word in lower case may be a count («2 barn»).
 */
export const NUMBER_MARK = /^\d{1,2}(?:[.)]\s+|\s{2,}|\s(?=[A-ZÀ-ÖØ-Þ]{4,}(?:\s|$)))(?=[A-ZÀ-ÖØ-Þ])/;

/**
 * «YRKESSKADE (lovpålagt)» → «Yrkesskade (lovpålagt)», «KOLLEKTIV ULYKKE - FRITID» → «Kollektiv ulykke - fritid»:
 * a heading in capitals written in normal case (a bracket's words as they stand); any other name as it is.
 */
export function inNormalCase(name: string): string {
  const at = name.indexOf('(');
  const head = at < 0 ? name : name.slice(0, at);
  if (!/[A-ZÀ-ÖØ-Þ]{2}/.test(head) || head !== head.toUpperCase()) return name;
  return head[0]! + head.slice(1).toLowerCase() + (at < 0 ? '' : name.slice(at));
}

/** «Premie kr 12 400», «Årspremie: kr 4 620»: a premium's label and its amount in a row's last cell (group 1 the amount). */
const PREMIUM_CELL = /^(?:års)?(?:premie|pris)(?:\s+(?:per|pr\.?)\s+år)?\s*:?\s*((?:kr\.?|nok)\s*\d[\d .]*(?:,(?:\d{2}|-))?|\d[\d .]*(?:,(?:\d{2}|-))?\s*(?:kr\.?|kroner))$/i;
/** «pr. person», «per barn»: what the sum beside it is counted by, in a cell of its own. */
const PER_CELL = /^(?:per|pr\.?)\s+[a-zæøå]+$/i;
/** «Gruppeliv – ektefelle»: a product's name, a dash, an item's (no product's own row). */
const DASH_ITEM = /\s[–-]\s/;

/** A name, then the rest of its line from the first figure: «Barnetillegg» and «2 G pr. barn». */
const NAME_THEN_FIGURE = /^([A-Za-zÀ-ÖØ-öø-ÿ][^\d:]*?)\s+(\d.*)$/;

/**
 * A line that is a name and its G sum, perhaps with what it is counted by: «Barnetillegg 2 G pr.
 * barn», «Tap i fremtidig erverv 22–30 G» (a PDF's line whose cells ran together); undefined for
 * any other line.
 */
export function nameThenG(text: string): { name: string; sum: SumValue; note?: string } | undefined {
  const m = NAME_THEN_FIGURE.exec(text.trim());
  const g = m ? gAndNote(m[2]!) : undefined;
  if (g === undefined || typeof g.sum === 'string' || 'individual' in g.sum) return undefined;
  return { name: m![1]!.trim(), ...g };
}

/** «Gruppeliv 10 G pr. person» → name, sum and what it is counted by; «Yrkesskade Etter lov» → name and the law's words; else the cell alone. */
function nameAndSumApart(cell: string): string[] {
  const g = nameThenG(cell);
  if (g !== undefined) {
    const sum = cell.slice(cell.indexOf(g.name) + g.name.length).trim();
    const per = g.note !== undefined && PER_CELL.test(g.note) ? g.note : undefined;
    return per === undefined ? [g.name, sum] : [g.name, sum.slice(0, sum.length - per.length).trim(), per];
  }
  const words = cell.trim().split(/\s+/);
  for (let n = 2; n <= 3 && n < words.length; n++) {
    const tail = words.slice(-n).join(' ');
    if (BY_LAW.test(tail)) return [words.slice(0, -n).join(' '), tail];
  }
  return [cell];
}

/**
 * A person product's own row: its name, its sum in G (perhaps with what it is counted by) or the
 * law's («Etter lov»: no sum), and its premium labelled in the last cell — «Gruppeliv | 10 G | pr.
 * person | Premie kr 12 400», «Yrkesskade | Etter lov | Premie kr 8 950». The rows under it that
 * name no product are its items. Undefined for any other row: a premium not labelled in its cell
 * could be a sum in kroner, and a row with no premium may be an item of the heading above.
 */
export function productGRow(u: Unit): { product: string; sum?: SumValue; note?: string; premium: string } | undefined {
  const given = u.row ? u.cells.map((c) => c.trim()).filter((c) => c !== '') : [];
  // («Gruppeliv 10 G pr. person | Premie kr 12 400»: a PDF's row whose name and sum ran into one cell)
  const cells = given.length === 2 ? [...nameAndSumApart(given[0]!), given[1]!] : given;
  if (cells.length < 3 || cells.length > 4) return undefined;
  const [name, sumCell] = [cells[0]!, cells[1]!];
  const priced = PREMIUM_CELL.exec(cells[cells.length - 1]!);
  const per = cells.length === 4 ? cells[2]! : undefined;
  if (!priced || DIGIT.test(name) || DASH_ITEM.test(name) || !namesPersonProduct(name) || (per !== undefined && !PER_CELL.test(per))) return undefined;
  const premium = readAmount(priced[1]!);
  if (premium === undefined) return undefined;
  if (BY_LAW.test(sumCell)) return per === undefined ? { product: name, note: sumCell, premium } : undefined;
  const g = gAndNote(sumCell);
  if (g === undefined || g.note !== undefined || typeof g.sum === 'string' || 'individual' in g.sum) return undefined;
  return per === undefined ? { product: name, sum: g.sum, premium } : { product: name, sum: g.sum, note: per, premium };
}

/** «4 320», «kr 4 320», «19 260,-», «4320 kr»: an amount of money alone, as a premium stands at a line's right end. */
const PLAIN_AMOUNT = /^(?:(?:kr\.?|nok)\s*)?(\d{1,3}(?:[ .]\d{3})+|\d{3,7})(?:,(?:\d{2}|-))?(?:\s*(?:kr\.?|kroner))?$/i;

/**
 * A person product's name with an amount at the right end and no label, over the product's G
 * items («Gruppelivsforsikring    4 320» over «Dødsfall  10 G»): the amount is the product's
 * premium and the items are its sums. Only where the next line states a G sum (a row's second cell
 * or a figure and «G»): an amount beside a name is a premium only by its place over the items.
 */
export function productOverGItems(u: Unit, next: Unit | undefined): { product: string; premium: string } | undefined {
  const counted = countedRow(u);
  if (next === undefined || u.text.length > 100 || (u.label !== undefined && !counted) || u.bullet || !G_FIGURE_HINT.test(next.text)) return undefined;
  const cells = u.cells.filter((c) => c.trim() !== '');
  let name: string;
  let amount: string;
  if (u.row) {
    // («Yrkesskade etter HTA | Antall årsverk: 740,6 | kr 684 200»: a count of the insured between the name and the
    // premium is a fact of the product, read as such elsewhere — not the premium's cell)
    if (cells.length !== 2 && !counted) return undefined;
    name = cells[0]!.trim();
    amount = cells[cells.length - 1]!.trim();
  } else {
    const m = /^(.+?)\s+((?:(?:kr\.?|nok)\s*)?\d[\d .]*(?:,(?:\d{2}|-))?(?:\s*(?:kr\.?|kroner))?)$/i.exec(u.text.trim());
    if (!m) return undefined;
    name = m[1]!;
    amount = m[2]!;
  }
  const a = PLAIN_AMOUNT.exec(amount);
  if (!a || DIGIT.test(name) || /[.:;!?]$/.test(name) || name.split(/\s+/).length > 6 || !namesPersonProduct(name)) return undefined;
  // (the line under it must be an item with a G sum, not another product with its price)
  const nextCells = next.cells.filter((c) => c.trim() !== '');
  const item = next.row ? nextCells.length >= 2 && isGCell(withoutKroner(nextCells[1]!)) : lineEndG(next.text) !== undefined || leadingG(next.text) !== undefined;
  const premium = readAmount(amount);
  return item && premium !== undefined ? { product: name, premium } : undefined;
}

/** «Antall årsverk: 740,6», «Antall ansatte 42», nynorsk «Tal på tilsette: 17»: a count of the insured in a cell of its own. */
const COUNT_CELL = /^(?:antall|antal|tal på|tal)\s+(?:årsverk|ansatte|tilsette|forsikrede|forsikra|personer|medlemmer|elever|barn)\s*:?\s*\d[\d ]*(?:,\d+)?$/i;

/**
 * A row of three cells whose middle one counts the insured («Fritidsulykke | Antall ansatte: 365 | kr 58 400»): the
 * count is read as the insured persons, and the row is still the product's line over its items.
 */
export function countedRow(u: Unit): boolean {
  if (!u.row) return false;
  const cells = u.cells.filter((c) => c.trim() !== '');
  return cells.length === 3 && COUNT_CELL.test(cells[1]!.trim());
}

/** A name of a person product («Gruppeliv for bedrifter»; not «Driftsbygning», whose premium lines the kroner readers read). */
export function namesPersonProduct(name: string): boolean {
  // (the readers ask it of the block's product for each of the block's lines — the same few names again and again:
  // the answer depends on the name alone, and is kept)
  let answer = personProductsAsked.get(name);
  if (answer === undefined) {
    if (personProductsAsked.size > 20_000) personProductsAsked.clear();
    const l = name.toLowerCase();
    answer = PERSON_COVERAGES.productWords.some((w) => l.includes(w)) && namesProduct(name);
    personProductsAsked.set(name, answer);
  }
  return answer;
}

/** The answers of namesPersonProduct so far (emptied when large: a batch of documents does not keep them all). */
const personProductsAsked = new Map<string, boolean>();
