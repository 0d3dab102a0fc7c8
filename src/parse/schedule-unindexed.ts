/**
 * Sums the document says are not index-regulated. An industrial certificate with agreed values
 * states it under «Indeksregulering»: «Forsikringssummene for bygninger og maskiner er faste i
 * perioden og indeksreguleres ikke.» Those rows' sums stay as they are at renewal, so their
 * `index_class` is `none` (no index rate applies), not the class their names give.
 */
import type { Coverage, RowIndexClass } from '../model/policy.js';
import type { Reading } from './extract.js';
import { rowIndexClass } from './index-class.js';
import { sentencesOf } from './units.js';

/** A sentence that says sums are not index-regulated: «… indeksreguleres ikke», «… er ikke indeksregulert», nynorsk «… vert ikkje indeksregulerte». */
const NOT_INDEXED = /\bindeksreguler(?:es|ast)\s+(?:ikke|ikkje)(?!\s+(?:automatisk|før|fram|frem|til|for\b))|\b(?:ikke|ikkje)\s+(?:blir\s+|bli\s+|vert\s+)?indeksreguler(?:t|te|es|ast)\b/;
/** The thing a sentence says its sum is for, when it names one: «Summen for husdyr …» → husdyr. */
const SUBJECT = /\b(?:for|på)\s+([a-zæøå][a-zæøå-]{3,})/;
/** Words a sentence's subject has that name no thing: the sums themselves, pronouns, conjunctions. */
const NO_THING = /^(?:forsikrings)?sum(?:men|mene|mane|mer|ar|er)?$|^(?:alle|all|dine|dykkar|deres|dere|våre|vare|disse|desse|det|dei|de|den|som|og|eller|samt|også|òg|her|men|dette|the)$/;

/**
 * The things a «… indeksreguleres ikke» sentence is about, in lower case, when it names things that
 * are no class: «Summen for husdyr …» → husdyr; «Båt og køyretøy blir ikkje indeksregulerte» → båt,
 * køyretøy (its subject's words, the sums themselves and pronouns left out). None when it names nothing.
 */
function thingsNamed(s: string): string[] {
  const thing = SUBJECT.exec(s)?.[1];
  if (thing !== undefined) return [thing];
  const at = NOT_INDEXED.exec(s)?.index ?? 0;
  // (the subject ends at its verb: «Forsikringssummene er faste i perioden og indeksreguleres ikke» names nothing)
  const subject = s.slice(0, at).split(/\b(?:er|blir|bli|vert|skal|kan|vil|ble|vart|indeksreguleres|indeksregulerast)\b/)[0]!;
  return subject.split(/[^a-zæøå]+/).filter((w) => w.length >= 3 && !NO_THING.test(w));
}

/** A sentence's subject that is the first-risk sums, perhaps of a place: «førsterisikosummer», «førsterisikosummen for gamle rissa prestegård» (lower case). */
const FIRST_RISK_SUBJECT = /^(?:(?:alle|våre|dine|deres)\s+)?(?:førsterisikosum(?:men|mene|mer)?|fyrsterisikosum(?:men|mane|mar)?|summ(?:er|ene|ar|ane) (?:som er avtalt )?på (?:første|fyrste) ?risiko)(?:\s+for\s+(.+?))?\s+(?:indeksreguler|er ikke|vert ikkje|blir ikke|blir ikkje)/;

/** The place a first-risk subject names («gamle rissa prestegård»), '' for every first-risk sum, undefined for another subject. */
function firstRiskSubject(s: string): string | undefined {
  const m = FIRST_RISK_SUBJECT.exec(s.trim());
  return m ? (m[1] ?? '').trim() : undefined;
}

/** The property classes a sentence can name. */
const PROPERTY: ReadonlySet<RowIndexClass> = new Set(['bygninger', 'maskin_losore', 'varer', 'innbo']);

/** The property classes a sentence names by its words («bygninger og maskiner» → bygninger, maskin_losore). */
function classesNamed(sentence: string): Set<RowIndexClass> {
  const named = new Set<RowIndexClass>();
  for (const w of sentence.split(/[^a-zæøåA-ZÆØÅ]+/)) {
    if (w.length < 4) continue;
    const c = rowIndexClass(w);
    if (c.known && PROPERTY.has(c.index_class)) named.add(c.index_class);
  }
  return named;
}

/**
 * Gives the rows whose class a «… indeksreguleres ikke» sentence names the class `none`; a sentence that
 * names a thing that is no class («Summen for husdyr …») gives it to that thing's rows; one that names
 * nothing («Forsikringssummene indeksreguleres ikke.») is about every property row.
 */
export function markUnindexed(r: Reading, coverages: Coverage[]): void {
  if (coverages.length === 0) return;
  for (const u of r.units) {
    // (most lines name no index: a substring before any regexp)
    if (u.row || !u.lower.includes('indeksreguler')) continue;
    // (the sentences of the text as written: a sentence starts with a capital)
    for (const { s: sentence } of sentencesOf(u.text)) {
      const s = sentence.toLowerCase();
      if (!NOT_INDEXED.test(s)) continue;
      // («Førsterisikosummer indeksreguleres ikke.», «Førsterisikosummen for Gamle Rissa prestegård indeksreguleres
      // ikke.»: the rows whose sum is a first-risk sum — of the place it names, when it names one —, whatever their class)
      const firstRisk = firstRiskSubject(s);
      if (firstRisk !== undefined) {
        coverages.forEach((c, i) => {
          if (c.index_class === undefined || typeof c.sum !== 'object' || !('first_risk' in c.sum)) return;
          if (firstRisk !== '' && !`${c.product} ${c.object ?? ''}`.toLowerCase().includes(firstRisk)) return;
          c.index_class = 'none';
          r.atUnit(`coverages[${i}].index_class`, u);
        });
        continue;
      }
      const named = classesNamed(s);
      // («Summen for husdyr vert ikkje indeksregulert»: a thing the sentence names that is no class is that
      // thing's rows only — read as «names no class», every building had lost its index)
      const things = named.size === 0 ? thingsNamed(s) : [];
      const of = named.size > 0 ? named : PROPERTY;
      coverages.forEach((c, i) => {
        if (c.index_class === undefined) return;
        const product = c.product.toLowerCase();
        if (things.length > 0 ? !things.some((t) => product.includes(t)) : !of.has(c.index_class)) return;
        c.index_class = 'none';
        r.atUnit(`coverages[${i}].index_class`, u);
      });
    }
  }
}
