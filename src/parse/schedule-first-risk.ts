/**
 * Sums a sentence says are first-risk sums. A certificate lists its covers in a table and says under it
 * which of them are first-risk: «Kundebiler er forsikret på førsterisiko og omfatter kjøretøy som kunder
 * har levert …». That row's sum is then a first-risk sum (settled up to the sum, whatever the whole
 * value), not a full-value sum — the same as when the row itself says «førsterisiko».
 */
import type { Coverage } from '../model/policy.js';
import type { Reading } from './extract.js';
import { sentencesOf } from './units.js';

/** «… er forsikret på førsterisiko», «… er forsikra på fyrsterisiko», «… er førsterisikoforsikret», «… gjelder som første risiko». */
const FIRST_RISK_SAID =
  /\b(?:er|blir|vert)\s+(?:forsikr(?:et|a|ede)\s+(?:på|som|med)\s+(?:f[øo]rste|fyrste)\s*-?\s*risiko|(?:f[øo]rste|fyrste)risikoforsikr(?:et|a|ede)|på\s+(?:f[øo]rste|fyrste)\s*-?\s*risiko)\b/;

/** The words of a sentence's subject, before its verb, that can name a row: «Kundebiler er …» → kundebiler. */
function subjectWords(s: string, at: number): string[] {
  return s
    .slice(0, at)
    .split(/[^a-zæøå]+/)
    .filter((w) => w.length >= 4 && !/^(?:summen|summene|summane|forsikringssummen|forsikringssummene|alle|disse|desse|også|dette)$/.test(w));
}

/** Gives the rows a «… er forsikret på førsterisiko» sentence names by their cover or product a first-risk sum. */
export function markFirstRiskSaid(r: Reading, coverages: Coverage[]): void {
  if (coverages.length === 0) return;
  for (const u of r.units) {
    // (most lines say nothing of first risk: a substring before any regexp)
    if (u.row || !u.lower.includes('risiko')) continue;
    for (const { s: sentence } of sentencesOf(u.text)) {
      const s = sentence.toLowerCase();
      const m = FIRST_RISK_SAID.exec(s);
      if (m === null) continue;
      const words = subjectWords(s, m.index);
      if (words.length === 0) continue;
      coverages.forEach((c, i) => {
        if (typeof c.sum !== 'string') return;
        const name = `${c.coverage ?? ''} ${c.product}`.toLowerCase();
        if (!words.some((w) => name.includes(w))) return;
        coverages[i] = { ...c, sum: { first_risk: c.sum } };
        r.atUnit(`coverages[${i}].sum`, u);
      });
    }
  }
}
