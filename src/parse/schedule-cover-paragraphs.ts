/**
 * The covers of one titled insurance told in a letter's paragraphs, one paragraph a cover — as a pet insurer's or a
 * direct insurer's certificate written as a letter tells them:
 *
 *   Forsikringsbevis – Hundeforsikring
 *   …
 *   Veterinær dekker undersøkelse og behandling hos veterinær når hunden blir syk, med inntil 60 000 kr per
 *   forsikringsår. Egenandelen er 2 500 kr per skadetilfelle. …
 *
 *   Liv gir deg 25 000 kr hvis hunden dør eller må avlives. Her er det ingen egenandel.
 *
 * The paragraph opens with the cover's name (one the index-class table knows) and what it does («dekker», «gir deg»,
 * «betaler», «erstatter»); its sum is the one figure in kroner of that first sentence, right after «inntil» (or after
 * «gir deg» / «betaler»); its deductible a sentence of its own, «Egenandelen er 2 500 kr …» or «… ingen egenandel». The
 * product is the title's. A first sentence with two figures, or a paragraph with two deductibles, is a warning, not a pick;
 * a figure in any other sentence (a price, a waiting time, a count) is never the cover's.
 */
import type { Coverage } from '../model/policy.js';
import type { Reading } from './extract.js';
import { amountsIn, readAmount } from './amounts.js';
import { rowIndexClass } from './index-class.js';
import { quote, type Unit } from './units.js';
import { PARAGRAPH_COVER_VERBS } from './vocabulary.js';

/** A sentence ends at a full stop before a capital letter. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-ZÆØÅ])/;
/** The cover's name (one word, capitalised) and its verb at the paragraph's start (group 1 the name, 2 the verb). */
const OPENER = new RegExp(`^([A-ZÆØÅ][a-zæøå]{2,30})\\s+(${PARAGRAPH_COVER_VERBS.join('|')})\\s`);
/** A currency word: an amount of the sentence in kroner, not a bare figure (a count, a number of days). */
const CURRENCY = /\b(?:kr|kroner|nok)\b/i;
/** The words right before a cover's limit: «med inntil», «opptil», «maksimalt». */
const LIMIT_BEFORE = /(?:inntil|opptil|maksimalt|høyst|høgst)\s+$/i;
/** The verbs that pay the figure right after them: «gir deg 25 000 kr», «betaler 10 000 kr». */
const PAYS = /^(?:gir(?:\s+(?:deg|dere|dykk))?|betaler(?:\s+ut)?|utbetaler)$/i;
/** «Egenandelen er 2 500 kr per skadetilfelle.»: the deductible stated as it is (group 1 the amount's text). */
const DEDUCTIBLE_IS = /^(?:egenandelen|eigenandelen|eigendelen)\s+(?:er|på\s+[a-zæøå ]{2,30}\s+er)\s+((?:kr\.?\s*)?\d[\d .]*(?:,-)?(?:\s*(?:kr|kroner))?)(?:\s+per\s+[a-zæøå]+)?\.?$/i;
/** «Her er det ingen egenandel.», «Det er ingen egenandel.», «Ingen egenandel.»: no deductible. */
const NO_DEDUCTIBLE = /^(?:(?:her|da)\s+er\s+det\s+|det\s+er\s+)?ingen\s+(?:egenandel|eigenandel|eigendel)\.?$/i;

/** A cover read from its paragraph. */
export interface ParagraphCover {
  name: string;
  sum?: string;
  deductible?: string;
  /** Why a figure was not read, for the warning. */
  doubt?: string;
}

/** The cover a paragraph tells (OPENER), its sum and deductible; undefined where the paragraph opens with no known cover. */
export function paragraphCover(text: string): ParagraphCover | undefined {
  const sentences = text.trim().split(SENTENCE_END);
  const m = OPENER.exec(sentences[0]!);
  if (!m || !rowIndexClass(m[1]!).known) return undefined;
  const out: ParagraphCover = { name: m[1]! };
  const first = sentences[0]!;
  const figures = amountsIn(first).filter((a) => CURRENCY.test(a.text));
  if (figures.length > 1) out.doubt = `its first sentence states ${figures.length} amounts`;
  else if (figures.length === 1) {
    const f = figures[0]!;
    const between = first.slice(m[0].length, f.index);
    const paid = PAYS.test(`${m[2]!} ${between}`.trim().replace(/\s+$/, ''));
    if (LIMIT_BEFORE.test(first.slice(0, f.index)) || paid) out.sum = f.value;
    else out.doubt = `the amount ${quote(f.text.trim())} is not said to be its limit`;
  }
  const deductibles = sentences.slice(1).flatMap((s) => {
    const t = s.trim();
    if (NO_DEDUCTIBLE.test(t)) return ['0'];
    const d = DEDUCTIBLE_IS.exec(t);
    const v = d ? readAmount(d[1]!) : undefined;
    return v === undefined ? [] : [v];
  });
  if (new Set(deductibles).size > 1) out.doubt = `it states ${deductibles.length} deductibles`;
  else if (deductibles.length > 0) out.deductible = deductibles[0]!;
  return out;
}

/** Whether a unit is a paragraph that tells a cover (paragraphCover) — its deductible sentence states the cover, no change. */
export function tellsCover(text: string): boolean {
  const c = paragraphCover(text);
  return c !== undefined && c.doubt === undefined && (c.sum !== undefined || c.deductible !== undefined);
}

/**
 * Read the paragraphs of covers under the one insurance the document's title names (`titleOf`); nothing where the titles
 * name none or two, or where a reader before has read that insurance's covers.
 */
export function readCoverParagraphs(r: Reading, coverages: readonly Coverage[], push: (c: Coverage, u: Unit) => void, titleOf: (u: Unit) => string | undefined): void {
  let title: string | undefined;
  const titles = new Set<string>();
  const found: Array<{ c: ParagraphCover; u: Unit; title: string }> = [];
  for (const u of r.units) {
    const t = titleOf(u);
    if (t !== undefined) {
      title = t;
      titles.add(t);
      continue;
    }
    if (title === undefined || u.row || u.label !== undefined || r.used.has(u)) continue;
    const c = paragraphCover(u.text);
    if (c === undefined || (c.sum === undefined && c.deductible === undefined && c.doubt === undefined)) continue;
    found.push({ c, u, title });
  }
  if (titles.size !== 1 || found.length === 0) return;
  const product = [...titles][0]!;
  if (coverages.some((c) => c.product === product)) return;
  for (const { c, u } of found) {
    if (c.doubt !== undefined) {
      r.warnUnit(u, `cover ${quote(c.name)} of ${product}: ${c.doubt}; its figures are not read`);
      continue;
    }
    const cover: Coverage = { product, coverage: c.name, index_class: rowIndexClass(c.name).index_class };
    if (c.sum !== undefined) cover.sum = c.sum;
    if (c.deductible !== undefined) cover.deductible = c.deductible;
    push(cover, u);
    r.used.add(u);
    // (the changes reader, which runs first, could not read a change in it: it states the cover as it is)
    r.withdraw(`could not read the deductible change in ${quote(u.text)}`);
  }
}
