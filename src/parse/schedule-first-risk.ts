/**
 * Sums a sentence says are first-risk sums. A certificate lists its covers in a table and says under it
 * which of them are first-risk: «Kundebiler er forsikret på førsterisiko og omfatter kjøretøy som kunder
 * har levert …». That row's sum is then a first-risk sum (settled up to the sum, whatever the whole
 * value), not a full-value sum — the same as when the row itself says «førsterisiko».
 */
import type { Coverage } from '../model/policy.js';
import type { Reading } from './extract.js';
import { sentencesOf, type Unit } from './units.js';

/** «… er forsikret på førsterisiko», «… er forsikra på fyrsterisiko», «… er førsterisikoforsikret», «… gjelder som første risiko». */
const FIRST_RISK_SAID =
  /\b(?:er|blir|vert)\s+(?:forsikr(?:et|a|ede)\s+(?:på|som|med)\s+(?:f[øo]rste|fyrste)\s*-?\s*risiko|(?:f[øo]rste|fyrste)risikoforsikr(?:et|a|ede)|på\s+(?:f[øo]rste|fyrste)\s*-?\s*risiko)\b/;

/**
 * «Summen er et førsterisiko-beløp», «Forsikringssummen er førsterisiko», «Summen gjelder som første risiko»: a sentence
 * whose subject is the sum itself — which row's it is, the sentence before it in the same paragraph or bullet names.
 */
const SUM_IS_FIRST_RISK = /^(?:summen|forsikringssummen|beløpet)\s+(?:er|blir|vert|gjelder|gjeld)\s+(?:som\s+)?(?:et\s+|ein\s+|en\s+)?(?:f[øo]rste|fyrste)\s*-?\s*risiko/;

/**
 * «Summen for Varer er førsterisiko», «Forsikringssummen på Kundebiler er på førsterisiko», nynorsk «Summen for
 * varer er fyrsterisiko»: a sentence whose subject is the sum of a row named after «for»/«på» — a broker's comment
 * under an overview («- Codan: Summen for Varer er førsterisiko og indeksreguleres ikke.»), also without the article
 * («Fryselager: forsikringssum for varer er førsterisikosum …»).
 */
const SUM_FOR_IS_FIRST_RISK =
  /(?:^|[^a-zæøå])(?:summen|forsikringssummen|forsikringssum|beløpet)\s+(?:for|på|til)\s+([a-zæøå][a-zæøå0-9 /-]{2,60}?)\s+(?:er|blir|vert|gjelder|gjeld)\s+(?:som\s+|på\s+)?(?:et\s+|ein\s+|en\s+)?(?:f[øo]rste|fyrste)\s*-?\s*risiko/;

/**
 * «For arbeidsmaskiner gjelder forsikringssummen som øvre grense for erstatning (førsterisiko)», «For varer er
 * forsikringssummen førsterisiko»: a sentence that opens with the thing its sum is said of (lower case).
 */
const FOR_THING_SUM_FIRST_RISK =
  /^for\s+([a-zæøå][a-zæøå -]{2,40}?)\s+(?:gjelder|gjeld|er|blir|vert)\s+(?:forsikrings)?summ(?:en|ene|ane)\b[^.]*?\b(?:f[øo]rste|fyrste)\s*-?\s*risiko/;

/** A place in a sentence's subject: «varer på mørkvedbukta 3 …» → «mørkvedbukta 3» (lower case; a street's number in it). */
const PLACE_IN_SUBJECT = /\s(?:på|i|ved)\s+([a-zæøå][a-zæøå.'-]*(?:\s[a-zæøå.'-]+){0,3}\s\d{1,4}[a-z]?)\b/;

/** The end a noun takes in its definite form (bokmål and nynorsk): «-en», «-et», «-a», «-n», «-t», «-ene», «-ane». */
const DEFINITE_END = /^(?:en|et|a|n|t|ene|ane|na)$/;

/** The rows whose product or cover the sentence names as a whole word («Tillegget for borettslagsleilighet dekker …»). */
function rowsNamedIn(sentence: string, coverages: readonly Coverage[]): number[] {
  const words = new Set(sentence.toLowerCase().split(/[^a-zæøå0-9-]+/));
  const out: number[] = [];
  coverages.forEach((c, i) => {
    const names = [c.product, c.coverage].filter((n): n is string => n !== undefined && n.length >= 4).map((n) => n.toLowerCase());
    // (the name as it stands, or in its definite form: «garasjen», «huset», «hytta», «tilhengeren»)
    if (names.some((n) => !n.includes(' ') && [...words].some((w) => w === n || (w.startsWith(n) && DEFINITE_END.test(w.slice(n.length)))))) out.push(i);
  });
  return out;
}

/** The words of a sentence's subject, before its verb, that can name a row: «Kundebiler er …» → kundebiler. */
function subjectWords(s: string, at: number): string[] {
  return s
    .slice(0, at)
    .split(/[^a-zæøå]+/)
    .filter((w) => w.length >= 4 && !/^(?:summen|summene|summane|forsikringssummen|forsikringssummene|alle|disse|desse|også|dette)$/.test(w));
}

/** Gives the rows a «… er forsikret på førsterisiko» sentence names by their cover or product a first-risk sum. */
export function markFirstRiskSaid(r: Reading, coverages: Coverage[], besides: ReadonlySet<Unit> = new Set()): void {
  if (coverages.length === 0) return;
  for (const u of r.units) {
    // (most lines say nothing of first risk: a substring before any regexp)
    if (besides.has(u) || u.row || !u.lower.includes('risiko')) continue;
    const sentences = sentencesOf(u.text);
    for (const [k, { s: sentence }] of sentences.entries()) {
      const s = sentence.toLowerCase();
      // («Tillegget for borettslagsleilighet dekker …. Summen er et førsterisiko-beløp.»: the one row the sentence
      // before names; none, or more than one, and the sum is left as the table gives it)
      if (k > 0 && SUM_IS_FIRST_RISK.test(s.trim())) {
        const named = rowsNamedIn(sentences[k - 1]!.s, coverages);
        const i = named.length === 1 ? named[0]! : -1;
        const c = coverages[i];
        if (c !== undefined && typeof c.sum === 'string') {
          coverages[i] = { ...c, sum: { first_risk: c.sum } };
          r.atUnit(`coverages[${i}].sum`, u);
        }
        continue;
      }
      // («Summen for Varer er førsterisiko»: every row of that product or cover, by its whole name or its definite form)
      const f = SUM_FOR_IS_FIRST_RISK.exec(s);
      if (f !== null) {
        const said = f[1]!.trim();
        // («Varer (fryselager)» in the table, «forsikringssum for varer …» in its footnote: the name without its bracket —
        // where one row alone has it; two rows of it could each be the one meant)
        const bare = (n: string): string => n.replace(/\s*\([^()]*\)$/, '').toLowerCase();
        const bracketed = (c: Coverage): string[] => [c.product, c.coverage].filter((n): n is string => n !== undefined && n.toLowerCase() !== bare(n) && bare(n) === said).map(bare);
        const unbracketed = coverages.filter((c) => bracketed(c).length > 0);
        const alone = unbracketed.length === 1 && !coverages.some((c) => [c.product, c.coverage].some((n) => n?.toLowerCase() === said));
        coverages.forEach((c, i) => {
          if (typeof c.sum !== 'string') return;
          const names = [c.product, c.coverage, ...(alone && unbracketed[0] === c ? bracketed(c) : [])].filter((n): n is string => n !== undefined && n.length >= 3).map((n) => n.toLowerCase());
          if (!names.some((n) => said === n || (said.startsWith(n) && DEFINITE_END.test(said.slice(n.length))))) return;
          coverages[i] = { ...c, sum: { first_risk: c.sum } };
          r.atUnit(`coverages[${i}].sum`, u);
        });
        continue;
      }
      // («For arbeidsmaskiner gjelder forsikringssummen som øvre grense for erstatning (førsterisiko).» over a register of
      // machines: the rows of the thing named after «For» — by their product or cover, as «Summen for Varer …» names them)
      const lead = FOR_THING_SUM_FIRST_RISK.exec(s.trim());
      if (lead !== null) {
        const said = lead[1]!.trim();
        coverages.forEach((c, i) => {
          if (typeof c.sum !== 'string') return;
          const names = [c.product, c.coverage].filter((n): n is string => n !== undefined && n.length >= 3).map((n) => n.toLowerCase());
          if (!names.some((n) => said === n || (said.startsWith(n) && /^(?:er|ar|ene|ane|en|et|a)$/.test(said.slice(n.length))))) return;
          coverages[i] = { ...c, sum: { first_risk: c.sum } };
          r.atUnit(`coverages[${i}].sum`, u);
        });
        continue;
      }
      const m = FIRST_RISK_SAID.exec(s);
      if (m === null) continue;
      // («Varer på Mørkvedbukta 3 er forsikret på førsterisiko.» under two rows of Varer at two addresses: the thing at that
      // place — the row whose place it is, not every row of the thing; no row there, and no row is changed)
      const subject = s.slice(0, m.index);
      const where = PLACE_IN_SUBJECT.exec(subject);
      const place = where !== null && /\d/.test(where[1]!) ? where[1]!.trim() : undefined;
      const words = subjectWords(place === undefined ? s : subject.slice(0, where!.index), place === undefined ? m.index : where!.index);
      if (words.length === 0) continue;
      // («Innbu og lausøyre er forsikra på førsterisiko» under «Landbruksmaskinar og lausøyre» and «Innbu og lausøyre»:
      // the row that has most of the subject's words — one shared word, «lausøyre», does not name the machines' row)
      // (a row whose sum is first-risk already counts too: «Førsterisiko 800 000» in its own cell, the sentence says so again)
      const hits = coverages.map((c) => {
        if (place !== undefined && !(c.object ?? '').toLowerCase().includes(place)) return 0;
        const name = `${c.coverage ?? ''} ${c.product}`.toLowerCase();
        return words.filter((w) => name.includes(w)).length;
      });
      const most = Math.max(...hits);
      if (most === 0) continue;
      coverages.forEach((c, i) => {
        if (hits[i] !== most || typeof c.sum !== 'string') return;
        coverages[i] = { ...c, sum: { first_risk: c.sum } };
        r.atUnit(`coverages[${i}].sum`, u);
      });
    }
  }
}
