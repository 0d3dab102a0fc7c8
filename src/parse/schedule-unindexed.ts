/**
 * Sums the document says are not index-regulated. An industrial certificate with agreed values
 * states it under «Indeksregulering»: «Forsikringssummene for bygninger og maskiner er faste i
 * perioden og indeksreguleres ikke.» Those rows' sums stay as they are at renewal, so their
 * `index_class` is `none` (no index rate applies), not the class their names give.
 */
import type { Coverage, RowIndexClass } from '../model/policy.js';
import { lowerCase } from './lower.js';
import type { Reading } from './extract.js';
import { rowIndexClass } from './index-class.js';
import { BUILDING_FACTS } from './schedule-names.js';
import { sentencesOf, type Unit } from './units.js';

/**
 * A sentence that says sums are not index-regulated: «… indeksreguleres ikke», «… er ikke indeksregulert», nynorsk
 * «… vert ikkje indeksregulerte», «… er fast og reguleres ikke etter indeks», «Summen for husdyr følger ikke indeks»,
 * «Summen for husdyr er fast og reguleres ikke» (a fixed sum: not regulated is not index-regulated; «Varer er forsikret til
 * fast sum og justeres ikke», adjusted or regulated, the same: a fixed sum follows no index), «Varelager
 * justeres ikke etter indeks» (adjusted is regulated), with the participle «Summen for husdyr vert ikkje justert etter
 * indeks», «… blir ikke regulert etter indeks», and with the index's other verb «… indeksjusteres ikke» («forsikringssummen
 * for varer indeksjusteres ikke» under a farm overview's goods: «indeksjustert» is how such overviews say «indeksregulert»);
 * a sum's own sentence says it with «justert» alone, «Summen for verdigjenstander er avtalt som førsterisiko og blir ikke
 * justert» (in a letter about the adjustment, adjusted is by the index); and with the noun, «Summen er ikke gjenstand for
 * indeksregulering», «… er unntatt fra indeksregulering».
 */
export const NOT_INDEXED =
  /\bindeksreguler(?:es|ast)\s+(?:ikke|ikkje)(?!\s+(?:automatisk|før|fram|frem|til|for\b))|\b(?:ikke|ikkje)\s+(?:blir\s+|bli\s+|vert\s+)?indeksreguler(?:t|te|es|ast)\b|\breguler(?:es|ast)\s+(?:ikke|ikkje)\s+(?:etter|med)\s+indeks|\bjuster(?:es|ast)\s+(?:ikke|ikkje)\s+(?:etter|med)\s+indeks|\b(?:ikke|ikkje)\s+(?:blir\s+|bli\s+|vert\s+)?(?:justert|justerte|regulert|regulerte)\s+(?:etter|med)\s+indeks|\bfølg(?:er|jer)\s+(?:ikke|ikkje)\s+indeks|\bfast(?:e)?\s+og\s+reguler(?:es|ast)\s+(?:ikke|ikkje)\b|\bfast(?:e)?\s+(?:forsikrings)?sum(?:me)?\s+og\s+(?:(?:juster|reguler)(?:es|ast)\s+(?:ikke|ikkje)|(?:blir|vert)\s+(?:ikke|ikkje)\s+(?:justert|regulert))(?![a-zæøå]|\s+(?:før|til|for|automatisk)\b)|\bindeksjuster(?:es|ast)\s+(?:ikke|ikkje)(?!\s+(?:automatisk|før|fram|frem|til|for\b))|\b(?:ikke|ikkje)\s+(?:blir\s+|bli\s+|vert\s+)?indeksjuster(?:t|te|es|ast)\b|\bsumm(?:en|ene|ane)\s+for\s+[a-zæøå][a-zæøå-]{3,}\b[^.;]*?\b(?:blir|vert)\s+(?:ikke|ikkje)\s+(?:justert|regulert)(?![a-zæøå]|\s+(?:før|til|for|automatisk)\b)|\b(?:ikke|ikkje)\s+gjenstand\s+for\s+indeks(?:regulering|justering)\b|\bunntatt\s+(?:fra\s+|frå\s+)?indeks(?:regulering|justering)(?:en)?\b/;
/** «ikke gjenstand for indeksregulering», «unntatt fra indeksregulering»: not index-regulated, said with the noun (lower case). */
const NOUN_FORM = /\b(ikke|ikkje)\s+gjenstand\s+for\s+indeks(?:regulering|justering)\b|\bunntatt\s+(?:fra\s+|frå\s+)?indeks(?:regulering|justering)(?:en)?\b/g;
/** «… justeres ikke etter indeks»: said with «adjusted» (NOT_INDEXED reads it too). */
const ADJUSTED_ONLY = /\bjuster(?:es|ast)\s+(?:ikke|ikkje)\s+(?:etter|med)\s+indeks|\b(?:ikke|ikkje)\s+(?:blir\s+|bli\s+|vert\s+)?(?:justert|justerte)\s+(?:etter|med)\s+indeks/;
/** NOT_INDEXED without its «justeres» form. */
const NOT_INDEXED_STRICT = new RegExp(NOT_INDEXED.source.replace('|\\bjuster(?:es|ast)\\s+(?:ikke|ikkje)\\s+(?:etter|med)\\s+indeks', '').replace('(?:justert|justerte|regulert|regulerte)', '(?:regulert|regulerte)'));
/** The thing a sentence says its sum is for, when it names one: «Summen for husdyr …» → husdyr. */
const SUBJECT = /\b(?:for|på)\s+([a-zæøå][a-zæøå-]{3,})/;
/**
 * Words a sentence's subject has that name no thing: the sums themselves, pronouns, conjunctions, prepositions («for» in
 * «Summene for båt og verdisaker …» is in every «…forsikring» row's name).
 */
const NO_THING = /^(?:forsikrings)?sum(?:men|mene|mane|mer|ar|er)?$|^(?:alle|all|dine|dykkar|deres|dere|våre|vare|disse|desse|det|dei|de|den|som|og|eller|samt|også|òg|her|men|dette|the|punkt|pkt|avsnitt|del|delen|kapittel|for|til|med|fra|frå|mot|hos)$/;

/** A sum's form after «på», «for», «med»: «på førsterisiko», «på fullverdi», «med fast sum» — how, not what (lower case). */
const SUM_FORM = /^(?:(?:første|fyrste)-?risiko\w*|førsterisiko\w*|fyrsterisiko\w*|fullverdi|fast|faste|avtalt)$/;

/**
 * The things a «… indeksreguleres ikke» sentence is about, in lower case, when it names things that
 * are no class: «Summen for husdyr …» → husdyr; «Båt og køyretøy blir ikkje indeksregulerte» → båt,
 * køyretøy (its subject's words, the sums themselves and pronouns left out). None when it names nothing.
 */
function thingsNamed(s: string): string[] {
  const thing = SUBJECT.exec(s)?.[1];
  // («Naustet er forsikra på førsterisiko; …»: «på førsterisiko» is how the sum is set, no thing — the thing is the subject)
  if (thing !== undefined && !SUM_FORM.test(thing)) return [thing];
  const at = NOT_INDEXED.exec(s)?.index ?? 0;
  // (the subject ends at its verb: «Forsikringssummene er faste i perioden og indeksreguleres ikke» names nothing)
  // («Forsikringssummene gjelder per skade og er faste; de indeksreguleres ikke»: «gjelder» is a verb too)
  const subject = s.slice(0, at).split(/\b(?:er|blir|bli|vert|skal|kan|vil|ble|vart|gjelder|gjeld|indeksreguleres|indeksregulerast|indeksjusteres|indeksjusterast)\b/)[0]!;
  // («Orgelet (Ryde & Berg, 2004) i kirkebygget er forsikret … og indeksreguleres ikke»: the thing is the organ — the
  // words after «i», «på», «ved» say where it is, and no row of the church building is meant)
  const head = subject.split(/\s(?:i|på|ved|hos|inne i)\s/)[0]!;
  // («Driftstapssummen justeres ikke …»: a thing's sum as one word names the thing, driftstap)
  // («Verdisaksforsikringen er tegnet med fast sum og følger ikke indeksen», «Husdyrforsikringa …»: a product's name with
  // «-forsikring» names its thing, verdisak — the row «Verdisaker» —, as the thing's sum does)
  return head
    .split(/[^a-zæøå]+/)
    .map((w) => (NO_THING.test(w) ? w : w.replace(/^(.{4,}?)s?sum(?:men|mene|mane)$/, '$1').replace(/^(.{4,}?)s?forsikring(?:en|a|ene|ane)?$/, '$1')))
    .filter((w) => w.length >= 3 && !NO_THING.test(w));
}

/** A sentence's subject that is the first-risk sums, perhaps of a place: «førsterisikosummer», «førsterisikosummen for gamle rissa prestegård» (lower case). */
const FIRST_RISK_SUBJECT = /^(?:(?:alle|våre|dine|deres)\s+)?(?:førsterisikosum(?:men|mene|mer)?|fyrsterisikosum(?:men|mane|mar)?|summ(?:er|ene|ar|ane) (?:som er avtalt )?på (?:første|fyrste) ?risiko)(?:\s+for\s+(.+?))?\s+(?:indeksreguler|reguler|er ikke|vert ikkje|blir ikke|blir ikkje)/;

/** The place a first-risk subject names («gamle rissa prestegård»), '' for every first-risk sum, undefined for another subject. */
function firstRiskSubject(s: string): string | undefined {
  const m = FIRST_RISK_SUBJECT.exec(s.trim());
  // («Førsterisikosummen for Kjeller Vest 6 er avtalt fast og indeksreguleres ikke.»: the place ends at its verb — «er avtalt
  // fast og» says how the sum is set, no part of the place's name)
  if (m) return (m[1] ?? '').split(/\s(?:er|blir|vert|skal|gjelder|gjeld|har)\s/)[0]!.trim();
  return kindsOfSums(s) ? '' : undefined;
}

/**
 * A kind of sum as a sentence's subject: the first-risk sums — «summer som er avtalt som førsterisiko», «summer på
 * førsterisiko», «forsikringer med førsterisikosum», «førsterisikosummer», the definite form with its «som», «summene som
 * er avtalt på første risiko» — (lower case, one part of the subject).
 */
const FIRST_RISK_KIND =
  /^(?:alle\s+)?(?:(?:første|fyrste)\s?-?risikosum\w*|(?:(?:forsikrings)?summ(?:er|ar)\s+(?:som\s+(?:er\s+|vert\s+|blir\s+)?)?|(?:forsikrings)?summ(?:ene|ane)\s+som\s+(?:er\s+|vert\s+|blir\s+)?|(?:forsikringer|forsikringar|dekninger|dekningar)\s+)(?:avtalt\s+|tegnet\s+|teikna\s+|gitt\s+)?(?:som|på|med|til)\s+(?:første|fyrste)\s?-?risiko(?:sum)?)$/;
/** A liability's limit as a kind of sum: «ansvarssummer», «ansvarsgrenser», «summer for ansvar» (lower case, one part of the subject). */
const LIABILITY_KIND = /^(?:alle\s+)?(?:ansvarssum\w*|ansvarsgrense\w*|summ(?:er|ar)\s+for\s+ansvar\w*)$/;

/**
 * Whether a «… indeksreguleres ikke» sentence's subject is kinds of sums, the first-risk sums among them: «Summer som er
 * avtalt som førsterisiko og ansvarssummer, indeksreguleres ikke.» in a renewal letter's index paragraph, «Førsterisikosummer
 * og ansvarssummer reguleres ikke». Such a subject restricts («som er avtalt …»): it is about the first-risk rows (the
 * liability rows follow no index anyway) — read as every sum, the buildings and the contents had lost their index.
 */
function kindsOfSums(s: string): boolean {
  const parts = subjectParts(s);
  return parts.length > 0 && parts.some((x) => FIRST_RISK_KIND.test(x)) && parts.every((x) => FIRST_RISK_KIND.test(x) || LIABILITY_KIND.test(x));
}

/** The parts of a «… indeksreguleres ikke» sentence's subject, a list split at its commas and «og» (lower case); none without the verb. */
function subjectParts(s: string): string[] {
  const verb = NOT_INDEXED.exec(s) ?? BARE_NOT_REGULATED.exec(s);
  if (verb === null) return [];
  return s
    .slice(0, verb.index)
    .trim()
    // («… og ansvarsgrenser blir ikke indeksregulert»: the verb before the negation is no part of the subject)
    .replace(/\s+(?:blir|bli|vert|er|skal)$/, '')
    .replace(/^(?:men|og)\s+/, '')
    .split(/\s*,\s*|\s+(?:og|eller|samt)\s+/)
    .filter((x) => x !== '');
}

/**
 * «Varer, ansvarssummer, driftstap og summer på førsterisiko indeksreguleres ikke.»: a list of things and kinds of sums, the
 * first-risk sums one part of it — the first-risk rows are among those it means, whatever their class (a sign's first-risk
 * sum under «Næringsbygg»); the things it names besides are read as a list of things is.
 */
function firstRiskAmong(s: string): boolean {
  return subjectParts(s).some((x) => FIRST_RISK_KIND.test(x));
}

/**
 * Gives the rows whose sum is a first-risk sum the class `none` — of the thing or place `named`, when it names one
 * (firstRiskSubject): «Førsterisikosummen for vedbod indeksreguleres ikke» under a table whose row «Vedbod/uthus» has
 * the sum «Førsterisiko 100 000». A row is a first-risk row by its sum, or by its cell «Førsterisiko» where the amount
 * under it was not read (the note says the kind of sum all the same).
 */
function markFirstRisk(r: Reading, u: Unit, coverages: Coverage[], named: string): void {
  coverages.forEach((c, i) => {
    const firstRisk = (typeof c.sum === 'object' && 'first_risk' in c.sum) || (c.sum === undefined && FIRST_RISK_NOTE.test(c.note ?? ''));
    if (c.index_class === undefined || !firstRisk) return;
    // (the thing named may be the row's coverage: «Vedbod/uthus» of «Fritidsbolig Maks»)
    if (named !== '' && !`${c.product} ${c.coverage ?? ''} ${c.object ?? ''}`.toLowerCase().includes(named) && !rowLine(r, c, i).includes(named)) return;
    c.index_class = 'none';
    r.atUnit(`coverages[${i}].index_class`, u);
  });
}

/**
 * The line a first-risk row was read from, in lower case, where the trace still names it — its sum's figures are in it; ''
 * otherwise. A cell no field kept says what the row is all the same: «Kommuneeiendom | Uteområder og anlegg, alle adresser
 * | Førsterisiko 5 000 000» under «Forsikringssted / omfang» (a scope, no place, so no object) is the row «Førsterisikosummen
 * for uteområder og anlegg indeksreguleres ikke» is about.
 */
function rowLine(r: Reading, c: Coverage, i: number): string {
  const sum = typeof c.sum === 'object' && 'first_risk' in c.sum ? c.sum.first_risk : undefined;
  const text = r.trace.get(`coverages[${i}]`)?.text;
  if (sum === undefined || text === undefined || !text.replace(/[\s.]/g, '').includes(sum)) return '';
  return text.toLowerCase();
}

/** A row's note that is the kind of its sum alone: «Førsterisiko», nynorsk «Fyrsterisiko». */
const FIRST_RISK_NOTE = /^\s*(?:første|fyrste)\s?risiko\s*$/i;

/** The property classes a sentence can name. */
const PROPERTY: ReadonlySet<RowIndexClass> = new Set(['bygninger', 'maskin_losore', 'varer', 'innbo']);

/** The property classes a sentence names by its words («bygninger og maskiner» → bygninger, maskin_losore), but for the words in `besides`. */
function classesNamed(sentence: string, besides: ReadonlySet<string> = new Set()): Set<RowIndexClass> {
  const named = new Set<RowIndexClass>();
  for (const w of sentence.split(/[^a-zæøåA-ZÆØÅ]+/)) {
    if (w.length < 4 || besides.has(stem(w.toLowerCase()))) continue;
    const c = rowIndexClass(w);
    if (c.known && PROPERTY.has(c.index_class)) named.add(c.index_class);
  }
  return named;
}

/**
 * Gives the rows a «… indeksreguleres ikke» sentence is about the class `none` (rowsMeant).
 */
/** «Begge forsikringssummene», «begge summene», nynorsk «begge forsikringssummane» (lower case). */
const BOTH_SUMS = /\bbegge (?:forsikrings)?summ(?:ene|ane)\b/;

export function markUnindexed(r: Reading, coverages: Coverage[], besides: ReadonlySet<Unit> = new Set()): void {
  if (coverages.length === 0) return;
  unregulatedClasses(r, coverages);
  for (const u of r.units) {
    // (most lines name no index: a substring before any regexp; a footnote already given to its rows is passed by)
    if (u.row && !besides.has(u) && u.lower.includes('reguler')) unregulatedRateRow(r, u, coverages);
    // («Varer er forsikret til fast sum og justeres ikke.»: a fixed sum not adjusted names no index)
    if (besides.has(u) || u.row || !(u.lower.includes('indeks') || u.lower.includes('reguler') || u.lower.includes(' juster'))) continue;
    // (the sentences of the text as written: a sentence starts with a capital)
    const sentences = sentencesOf(u.text);
    for (let k = 0; k < sentences.length; k++) {
      const sentence = sentences[k]!.s;
      // («Summen er ikke gjenstand for indeksregulering»: the noun's form says what the verb's does — read as it, or «for
      // indeksregulering» is taken for the thing the sentence is about)
      let s = sentence.toLowerCase().replace(NOUN_FORM, (_m, neg: string | undefined) => `${neg ?? 'ikke'} indeksregulert`);
      if (!NOT_INDEXED.test(s)) {
        // («Bygninger 4,2 % …» over «Varelager og forsikringer med førsterisikosum reguleres ikke.», «Varer og driftsavbrudd
        // reguleres ikke.»: among the index rates, «regulated» is index-regulated — the classes it names are `none`)
        // («Indeksregulering: Forsikringssummer for bygninger og løsøre er regulert pr. 01.01.25 med henholdsvis 3,5 % og 4,1 %.
        // Førsterisikosummer reguleres ikke.»: a paragraph the index's label opens is among the rates, read or not)
        // («Sum for maskiner og inventar indeksreguleres. Varesummen reguleres ikke automatisk - meld fra …»: a paragraph whose
        // other sentence says a sum is index-regulated speaks of the index — the sum that «is not regulated» there follows none)
        if (BARE_NOT_REGULATED.test(s) && !NOT_A_SUM.test(s) && (besideRates(r, u) || inIndexParagraph(r, u) || indexedBeside(sentences, k))) notRegulatedBesideRates(r, u, s, coverages);
        continue;
      }
      // («Maskinene er forsikret til oppgitt verdi; summene blir ikke indeksregulert.»: «summene» after the semicolon are
      // the sums of the things the clause before names — every row of their class and every row that names them (the
      // machines and the equipment of a machine list), not only the rows whose names hold the word)
      const semi = s.split(/;\s+/);
      if (semi.length === 2 && !NOT_INDEXED.test(semi[0]!) && NOT_INDEXED.test(semi[1]!) && thingsNamed(semi[1]!).length === 0 && classesNamed(semi[1]!).size === 0) {
        // («Naustet er forsikra på førsterisiko; denne summen blir ikkje indeksregulert.» over the row «Kommunale bygningar |
        // Naust, Kaivegen 4»: a thing that names a row — by its product, cover or place — is that row, and its word's class
        // («naust», a building) is no class of rows besides: read by the class, every building had lost its index)
        const things = thingsNamed(semi[0]!).map(stem);
        const rowThings = new Set(things.filter((t) => coverages.some((c) => c.index_class !== undefined && namesThing(rowNames(c), t))));
        const named = classesNamed(semi[0]!, rowThings);
        if (things.length > 0 || named.size > 0) {
          coverages.forEach((c, i) => {
            if (c.index_class === undefined || !(things.some((t) => namesThing(rowThings.has(t) ? rowNames(c) : c.product, t)) || named.has(c.index_class))) return;
            if (c.index_class === 'other') r.withdraw(`index class of «${c.product}» is not known from its name; set to other`);
            c.index_class = 'none';
            r.atUnit(`coverages[${i}].index_class`, u);
          });
          continue;
        }
      }
      // («Bygningssummene blir indeksregulert hvert år 1. januar, men husleietapet er en fast sum som ikke indeksreguleres.»:
      // the clause after «men» says it of the loss of rent alone, the clause before of the buildings the opposite)
      const clauses = s.includes(' men ') ? s.split(/,?\s+men\s+/).filter((c) => NOT_INDEXED.test(c)) : [];
      if (clauses.length === 1) s = clauses[0]!;
      // («Avling og for   kr 350 000 …» over «(førsterisiko, vert ikkje indeksregulert)»: a row's own remark, read with the row
      // — src/parse/schedule-tables.ts remarkSays)
      // («Følgende summer gjelder på førsterisiko og indeksreguleres ikke:» over «Penger og verdipapirer   200 000   …»: a lead-in
      // that ends with its colon is about the rows right under it — those, and no other; «på førsterisiko» makes their sums
      // first-risk sums)
      if (k === sentences.length - 1 && LEAD_IN.test(s.trim())) {
        const below = rowsBelow(r, coverages, u);
        if (below.length > 0) {
          const firstRisk = /\bp[åa]\s+(?:første|fyrste)\s?risiko\b|\b(?:er|vert|blir)\s+(?:første|fyrste)\s?risiko/.test(s);
          for (const i of below) {
            const c = coverages[i]!;
            if (c.index_class === 'other') r.withdraw(`index class of «${c.product}» is not known from its name; set to other`);
            c.index_class = 'none';
            r.atUnit(`coverages[${i}].index_class`, u);
            if (firstRisk && typeof c.sum === 'string') c.sum = { first_risk: c.sum };
          }
          continue;
        }
      }
      const bare = s.trim().replace(/^\((.*)\)$/, '$1').trim();
      if (coverages.some((c) => c.note !== undefined && c.note.toLowerCase() === bare && c.index_class === 'none')) continue;
      // («Summene er avtalt som førsterisiko og justeres ikke med indeks» in a paragraph on one cover: «adjusted», said
      // of sums it does not name, is too loose to take every property row out of the index — only a thing named counts)
      if (ADJUSTED_ONLY.test(s) && !NOT_INDEXED_STRICT.test(s) && thingsNamed(s).length === 0 && classesNamed(s).size === 0) continue;
      // («Førsterisikosummer indeksreguleres ikke.», «Førsterisikosummen for Gamle Rissa prestegård indeksreguleres
      // ikke.»: the rows whose sum is a first-risk sum — of the place it names, when it names one —, whatever their class)
      const firstRisk = firstRiskSubject(s);
      if (firstRisk !== undefined) {
        markFirstRisk(r, u, coverages, firstRisk);
        continue;
      }
      if (firstRiskAmong(s)) markFirstRisk(r, u, coverages, '');
      // («Forsikringssummen for Brannbiler og utrykningsutstyr … indeksreguleres ikke»: a row's whole name of
      // more than one word is that row — not every row of the class one of its words has)
      const whole = coverages.filter((c) => c.index_class !== undefined && c.product.includes(' ') && s.includes(c.product.toLowerCase()));
      for (const c of whole) {
        c.index_class = 'none';
        r.atUnit(`coverages[${coverages.indexOf(c)}].index_class`, u);
        s = s.split(c.product.toLowerCase()).join(' ');
      }
      if (whole.length > 0 && classesNamed(s).size === 0) {
        // («Avling og varer og besetning indeksreguleres ikke»: a row's whole name, then another row's thing named beside
        // it — that row too, by its own name, as a sentence of things alone names them)
        const rest = thingsNamed(s).map(stem);
        coverages.forEach((c, i) => {
          if (c.index_class === undefined || c.index_class === 'none' || !rest.some((t) => namesThing(c.product, t))) return;
          if (c.index_class === 'other') r.withdraw(`index class of «${c.product}» is not known from its name; set to other`);
          c.index_class = 'none';
          r.atUnit(`coverages[${i}].index_class`, u);
        });
        continue;
      }
      // («Forsikringssum: kr 380 000 (indeksreguleres ikke).»: a bracket after an amount is that amount's — the sum of the
      // record the line stands in, never every property row's)
      if (AMOUNT_BRACKET.test(s)) {
        const i = rowAbove(r, coverages, u);
        if (i !== undefined) {
          coverages[i]!.index_class = 'none';
          r.atUnit(`coverages[${i}].index_class`, u);
        }
        continue;
      }
      // («3. Driftsavbrudd» / «… premie kr 7 420. Summen indeksreguleres ikke.»: one sum, named by nothing else, is the
      // sum of the section the sentence stands in — read as «every property row», the buildings had lost their index)
      // («Fast sum etter avtale - indeksreguleres ikke.» under a record's figures: a fixed sum, named by nothing else, is
      // the record's sum, as «Summen indeksreguleres ikke» is)
      const one = s.replace(FIXED_SUM, 'summen ');
      if (ONE_SUM.test(one) && thingsNamed(one).length === 0 && classesNamed(one).size === 0) {
        // («2. Fritidsboligen er forsikret med fast sum. Summen indeksreguleres ikke …», a broker's remark under its
        // table: «Summen» is the sum of the thing the sentence before is about — the row that thing names)
        // («Verdigjenstander: Gullring med diamant …» on the line right above, a unit of its own as a labelled line is:
        // the sentence before all the same)
        const above = k === 0 ? lineAbove(r, u) : undefined;
        const before = thingBefore(above !== undefined ? [above.text] : sentences.slice(0, k).map((x) => x.s), coverages);
        if (before === 'unclear') {
          r.warnUnit(u, `could not tell which sum «${sentence.trim()}» says is not index-regulated: the sentence before names more than one row; no row's index class was changed`);
          continue;
        }
        const i = before ?? rowAbove(r, coverages, u);
        if (i !== undefined) {
          // (the row's class is said now: «set to other» no longer holds)
          if (coverages[i]!.index_class === 'other') r.withdraw(`index class of «${coverages[i]!.product}» is not known from its name; set to other`);
          coverages[i]!.index_class = 'none';
          r.atUnit(`coverages[${i}].index_class`, u);
        }
        continue;
      }
      // («Summene under seksjon 1 … blir ikke indeksregulert»: the rows read under the heading «Seksjon 1 - Ting / Property»)
      const section = SECTION_REF.exec(s);
      // (a section the document has no heading of names no thing: «Forsikringssummene i punkt 1 …» over one
      // table of property rows is about those rows, as a sentence that names nothing is)
      // («Begge forsikringssummene er avtalt faste og indeksreguleres ikke.» under a certificate of two records: both sums —
      // the two rows the document has, and only where it has two)
      const both = BOTH_SUMS.test(s) && coverages.length === 2 ? [0, 1] : undefined;
      // («Forsikringssummen for Rindal kirke er fastsatt som førsterisiko og indeksreguleres ikke.»: a name written with a
      // capital after «for» is one row's name, whole — the rows that carry it, and where none does a warning: read by its
      // first word, «Rindal», it had named every row whose address is in Rindal)
      const name = section || both ? undefined : nameAfterFor(sentence);
      const named = name === undefined ? undefined : coverages.flatMap((c, i) => (c.index_class !== undefined && rowNames(c).toLowerCase().includes(name) ? [i] : []));
      if (named !== undefined && named.length === 0) {
        r.warnUnit(u, `could not tell which sums «${sentence.trim()}» says are not index-regulated: no row is named «${name}»; no row's index class was changed`);
        continue;
      }
      const meant = both ?? (section ? sectionRows(r, coverages, section[1]!, section[2]!) : undefined) ?? named ?? rowsMeant(s, coverages);
      // (a thing named that no row read is: said — a sentence that names nothing, over rows none of which is
      // property, is about sums that follow no index anyway)
      if (meant.length === 0 && thingsNamed(s).length > 0) {
        r.warnUnit(u, `could not tell which sums «${sentence.trim()}» says are not index-regulated; no row's index class was changed`);
        continue;
      }
      meant.forEach((i) => {
        if (coverages[i]!.index_class === 'other') r.withdraw(`index class of «${coverages[i]!.product}» is not known from its name; set to other`);
        coverages[i]!.index_class = 'none';
        r.atUnit(`coverages[${i}].index_class`, u);
      });
    }
  }
}

/**
 * A sentence that says a sum follows the building index: «Forsikringssummen for bygningen følger byggekostnadsindeksen»,
 * «Forsikringssummen følger Takst og indeks for bygninger», «Summen indeksreguleres etter byggekostnadsindeksen» (lower case).
 */
const BUILDING_INDEX_SAID =
  /\b(?:følger|følgjer|(?:indeks)?reguler(?:es|ast)(?:\s+[a-zæøå]+){0,3}?\s+(?:etter|med)|juster(?:es|ast)(?:\s+[a-zæøå]+){0,3}?\s+(?:etter|med))\s+(?:[a-zæøå]+\s+){0,3}?(?:byggekostnadsindeks(?:en)?|indeks(?:en)?\s+for\s+bygning(?:er|ar|en|a)?)\b/;

/**
 * «Forsikringssummen for bygningen følger byggekostnadsindeksen» in a document whose one row has a name the index-class
 * table does not know («Husoppforsikring», «Sopp- og råteforsikring») and no row is a building's: that row's sum is the
 * building's, and follows the buildings' index — class `bygninger`, not `other`. With two such rows, which one the
 * sentence means is not said: no row is changed.
 */
export function markBuildingIndexSaid(r: Reading, coverages: Coverage[]): void {
  if (coverages.some((c) => c.index_class === 'bygninger')) return;
  const unknown = coverages.flatMap((c, i) => (c.index_class === 'other' && !rowIndexClass(c.product).known ? [i] : []));
  if (unknown.length !== 1) return;
  for (const u of r.units) {
    if (u.row || !u.lower.includes('indeks')) continue;
    for (const { s } of sentencesOf(u.text)) {
      const l = s.toLowerCase();
      if (!BUILDING_INDEX_SAID.test(l) || /\b(?:ikke|ikkje)\b/.test(l)) continue;
      const i = unknown[0]!;
      const c = coverages[i]!;
      c.index_class = 'bygninger';
      r.atUnit(`coverages[${i}].index_class`, u);
      r.withdraw(`index class of «${c.product}» is not known from its name; set to other`);
      return;
    }
  }
}

/** A paragraph the index's label opens: «Indeksregulering: …», «Indeksjustering …», nynorsk «Indeksregulering» too (lower case). */
const INDEX_PARAGRAPH = /^\s*(?:\d+\.?\s+)?indeks(?:regulering(?:en)?|justering(?:en)?|økning(?:en)?)\b/;

/**
 * Whether a unit stands in a paragraph the index's label opens: its own text, or the line right above it that the
 * paragraph began with («Indeksregulering: Forsikringssummer for bygninger og løsøre er regulert pr.» over «01.01.25 med
 * henholdsvis 3,5 % og 4,1 %. Førsterisikosummer reguleres ikke.», the date at the line's start making a unit of its own).
 */
function inIndexParagraph(r: Reading, u: Unit): boolean {
  if (INDEX_PARAGRAPH.test(u.lower)) return true;
  const above = r.units[u.index - 1];
  const last = above?.lines[above.lines.length - 1];
  const first = u.lines[0];
  return above !== undefined && !above.row && last !== undefined && first !== undefined && last.page === first.page && last.line + 1 === first.line && INDEX_PARAGRAPH.test(above.lower);
}

/** «Sum for maskiner og inventar indeksreguleres.», nynorsk «… vert indeksregulert»: a sum said to follow the index (lower case). */
const INDEXED_SAID = /\bindeksreguler(?:es|ast)\b(?!\s+(?:ikke|ikkje))|\b(?:blir|vert|er)\s+indeksregulert(?:e)?\b/;

/** Whether another sentence of the paragraph says a sum is index-regulated (INDEXED_SAID, no negation). */
function indexedBeside(sentences: ReadonlyArray<{ s: string }>, k: number): boolean {
  return sentences.some((x, i) => i !== k && INDEXED_SAID.test(x.s.toLowerCase()) && !NOT_INDEXED.test(x.s.toLowerCase()));
}

/**
 * «… reguleres ikke», «… vert ikkje regulert», «ingen regulering»: not regulated, the index not named (lower case). Also
 * «justeres ikke» («Summer for varer, driftstap og ansvar justeres ikke.» under the rates of a letter whose index «justerer»
 * the sums): it is read only among the rates or in the index's paragraph, where adjusted is by the index.
 */
const BARE_NOT_REGULATED = /\b(?:reguler|juster)(?:es|ast)\s+(?:ikke|ikkje)\b|\b(?:ikke|ikkje)\s+(?:blir\s+|bli\s+|vert\s+)?(?:regulert|justert)(?:e)?\b|\bingen\s+regulering\b/;
/** A sentence about the price or the deductible, not a sum: «Premien reguleres ikke», «Egenandelen blir ikke regulert» (lower case). */
const NOT_A_SUM = /premie|\bpris|egenandel|eigendel|eigenandel|sats/;

/**
 * Whether a unit stands among the letter's index rates: a rate was read from its own line or the line right above it,
 * or from the last line of the unit right above it with one blank line between («Maskiner, inventar og løsøre  4,1 %»,
 * a blank line, «Sum for varer reguleres ikke, men følger oppgitt lagerverdi.»: the list's own remark).
 */
function besideRates(r: Reading, u: Unit): boolean {
  const first = u.lines[0];
  if (first === undefined) return false;
  const above = r.units[u.index - 1];
  const aboveLast = above?.lines[above.lines.length - 1];
  const rates = r.policy.index_regulation?.rates ?? [];
  return rates.some((_, k) => {
    const at = r.trace.get(`index_regulation.rates[${k}]`);
    if (at === undefined || at.page !== first.page) return false;
    if (u.lines.some((l) => l.line === at.line || l.line === at.line + 1)) return true;
    return aboveLast !== undefined && aboveLast.page === at.page && aboveLast.line === at.line && first.line === at.line + 2;
  });
}

/**
 * A sentence among the index rates that says classes it names are not regulated («Varer og driftsavbrudd reguleres
 * ikke.»): those classes' rows are `none`. A sentence that names no property class changes no row (without the index's
 * name, «not regulated» of every sum is too loose).
 */
function notRegulatedBesideRates(r: Reading, u: Unit, s: string, coverages: Coverage[]): void {
  // («Indeksregulering: Forsikringssummer for bygninger og løsøre er regulert pr. 01.01.25 med henholdsvis 3,5 % og 4,1 %.
  // Førsterisikosummer reguleres ikke.»: among the rates, the first-risk sums are not index-regulated — those rows)
  const firstRisk = firstRiskSubject(s);
  if (firstRisk !== undefined) {
    markFirstRisk(r, u, coverages, firstRisk);
    return;
  }
  const named = classesNamed(s);
  // («Forsikringssummene for bygninger er regulert med 3,4 % …» over «Summen for besetning reguleres ikke.»: the thing
  // its subject names after «for» that no class is — the rows whose product names it)
  const thing = named.size === 0 ? SUBJECT.exec(s)?.[1] : undefined;
  const things = thing !== undefined && !NO_THING.test(thing) ? [stem(thing)] : [];
  if (named.size === 0 && things.length === 0) return;
  coverages.forEach((c, i) => {
    if (c.index_class === undefined || !(named.has(c.index_class) || things.some((t) => namesThing(c.product, t)))) return;
    if (c.index_class === 'other') r.withdraw(`index class of «${c.product}» is not known from its name; set to other`);
    c.index_class = 'none';
    r.atUnit(`coverages[${i}].index_class`, u);
  });
}

/** A rate's words that say the class is not regulated at all: «ingen regulering», «ikke regulert», «reguleres ikke». */
const NO_REGULATION = /^(?:ingen\s+(?:indeks)?regulering|(?:ikke|ikkje)\s+(?:indeks)?regulert|(?:indeks)?reguleres\s+(?:ikke|ikkje))\.?$/i;

/**
 * «Varer ........ ingen regulering» in an index table (read as the class's rate 0): the class's sums follow no
 * index — its rows get the class `none`, as a sentence «Varer indeksreguleres ikke» gives them. A rate of «0 %»
 * is a year's rate and changes no row.
 */
function unregulatedClasses(r: Reading, coverages: Coverage[]): void {
  r.policy.index_regulation?.rates?.forEach((rate, k) => {
    const at = r.trace.get(`index_regulation.rates[${k}]`);
    // (the rate's own cell in the table's row, «Varer | ingen regulering» — never a paragraph's other sentence)
    const cells = at?.text?.split('\t').map((c) => c.trim()).filter((c) => c !== '') ?? [];
    if (cells.length !== 2 || !NO_REGULATION.test(norwegianHalf(cells[1]!))) return;
    coverages.forEach((c, i) => {
      if (c.index_class !== rate.object) return;
      c.index_class = 'none';
      r.trace.set(`coverages[${i}].index_class`, at!);
    });
  });
}

/** A bilingual cell's Norwegian half: «ikke indeksregulert / not index-linked» → «ikke indeksregulert», «Varer / Stock» → «Varer». */
function norwegianHalf(cell: string): string {
  return cell.split(/\s+\/\s+/)[0]!.trim();
}

/**
 * A row among the index rates whose rate cell says its class is not regulated — «Varer / Stock   ikke indeksregulert /
 * not index-linked» under «Bygninger / Buildings   + 3,3 %», as a bilingual renewal sets it, no rate read from it —: the
 * rows of that class are `none`, as «Varer ........ ingen regulering» makes them. Only a row of two cells, its first a
 * property class the table knows, beside a rate read.
 */
function unregulatedRateRow(r: Reading, u: Unit, coverages: Coverage[]): void {
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length !== 2 || !NO_REGULATION.test(norwegianHalf(cells[1]!)) || !besideRates(r, u)) return;
  const c = rowIndexClass(norwegianHalf(cells[0]!));
  if (!c.known || !PROPERTY.has(c.index_class)) return;
  coverages.forEach((row, i) => {
    if (row.index_class !== c.index_class) return;
    row.index_class = 'none';
    r.atUnit(`coverages[${i}].index_class`, u);
  });
}

/** «kr 380 000 (indeksreguleres ikke)»: a bracket right after an amount that says its sum is not index-regulated (lower case). */
const AMOUNT_BRACKET = /\d\s*(?:kr\.?|kroner|nok)?\s*\((?:indeksreguleres|indeksregulerast|blir ikke indeksregulert|vert ikkje indeksregulert)\s*(?:ikke|ikkje)?\)/;

/**
 * A sentence about one sum, named by nothing more: «Summen indeksreguleres ikke», «Forsikringssummen vert ikkje
 * indeksregulert», and a cell's remark under its row's place, «Sum indeksreguleres ikke» (a bare «Sum» is that row's),
 * or in its «Merknad» column with no subject at all, «Indeksreguleres ikke», «Ikke indeksregulert».
 */
const ONE_SUM = /^(?:men\s+|og\s+)?(?:forsikrings)?sum(?:men)?\s|^(?:indeksreguler(?:es|ast)\s+(?:ikke|ikkje)|(?:ikke|ikkje)\s+indeksregulert)\b/;

/** «Fast sum etter avtale -», «Avtalt forsikringssum,»: a sentence that opens with a fixed sum and names nothing else (lower case). */
const FIXED_SUM = /^(?:fast|avtalt)\s+(?:forsikrings)?sum(?:\s+etter\s+avtale)?\s*[-–,:]\s*/;

/** A remark's label, the thing it is about: «Verdigjenstander: Gullring med diamant …» → «verdigjenstander» (lower case; a short name, no figure). */
const LABEL_SUBJECT = /^\s*([a-zæøå][a-zæøå -]{2,40}):\s/;

/** A sentence's subject, up to its verb: «Fritidsboligen er forsikret med fast sum» → «fritidsboligen» (lower case). */
const SUBJECT_END = /\s(?:er|blir|vert|var|ble|vart|har|skal|kan|vil|gjelder|gjeld|ligger|ligg|står|stend)\b/;

/**
 * The row the thing of the sentence right before is («Fritidsboligen er forsikret med fast sum.» → the row whose product
 * names «fritidsbolig»): its index, 'unclear' when that thing names two rows or more, undefined when it names none (or
 * there is no sentence before; a bare number, «2.», is none).
 */
function thingBefore(before: string[], coverages: Coverage[]): number | 'unclear' | undefined {
  const prev = [...before].reverse().find((x) => /[a-zæøå]{3}/i.test(x));
  if (prev === undefined) return undefined;
  const bare = prev.toLowerCase().replace(/^\s*\d{1,2}[.)]\s*/, '');
  // («Verdigjenstander: Gullring med diamant og Omega-ur etter kvittering. Summen indeksreguleres ikke.»: a remark
  // labelled by the thing it is about — the label is the subject, as «Verdigjenstandene er …» would be)
  const label = LABEL_SUBJECT.exec(bare);
  const subject = label ? label[1]! : bare.split(SUBJECT_END)[0]!;
  if (!label && subject.length === prev.length) return undefined;
  const things = subject.split(/[^a-zæøå]+/).filter((w) => w.length >= 4 && !NO_THING.test(w)).map(stem);
  if (things.length === 0) return undefined;
  const rows = coverages.flatMap((c, i) => (c.index_class !== undefined && things.some((t) => namesThing(c.product, t)) ? [i] : []));
  if (rows.length === 0) return undefined;
  if (rows.length === 1) return rows[0];
  // («Varer på Sandmoveien 3 er forsikret på førsterisiko.» over two rows «Varer», one at each of the business's places: the
  // place after «på», «i», «ved» names the one — the row whose object has that place's words, where one row has them)
  const place = PLACE_AFTER.exec(subject)?.[1];
  const words = place === undefined ? [] : place.split(/[^a-zæøå0-9]+/).filter((w) => w.length >= 4 || /^\d+$/.test(w));
  const at = words.length === 0 ? [] : rows.filter((i) => words.every((w) => (coverages[i]!.object ?? '').toLowerCase().split(/[^a-zæøå0-9]+/).includes(w)));
  return at.length === 1 ? at[0] : 'unclear';
}

/** The place a subject names after its thing: «varer på sandmoveien 3» → «sandmoveien 3» (lower case). */
const PLACE_AFTER = /^\S.*?\s(?:på|i|ved)\s+(.+)$/;

/** The unit on the line right above `u` (no blank line between), when it is running text and no row. */
function lineAbove(r: Reading, u: Unit): Unit | undefined {
  const prev = r.units[u.index - 1];
  const last = prev?.lines[prev.lines.length - 1];
  const first = u.lines[0];
  if (prev === undefined || prev.row || prev.heading || last === undefined || first === undefined) return undefined;
  return last.page === first.page && last.line + 1 === first.line ? prev : undefined;
}

/** The coverage read last above a unit: the section a sentence under it stands in (by the lines the coverages were read from). */
/** A lead-in to the lines under it: «Følgende summer …:», «Summene nedenfor …:» (lower case, ending with its colon). */
const LEAD_IN = /\b(?:følgende|følgjande|nedenfor|nedanfor)\b[^.:;!?]*:$/;

/**
 * The rows read from the lines right under the unit `u` (a lead-in ending with its colon): each row's line in turn, up
 * to the first unit that is no row read. Empty where the line under `u` is no row.
 */
function rowsBelow(r: Reading, coverages: Coverage[], u: Unit): number[] {
  const byLine = new Map<string, number>();
  coverages.forEach((c, i) => {
    const where = r.trace.get(`coverages[${i}]`);
    if (c.index_class !== undefined && where !== undefined) byLine.set(`${where.page}:${where.line}`, i);
  });
  const out: number[] = [];
  const from = r.units.indexOf(u);
  for (let k = from + 1; k < r.units.length; k++) {
    const v = r.units[k]!;
    const i = byLine.get(`${v.lines[0]!.page}:${v.lines[0]!.line}`);
    if (i === undefined) break;
    out.push(i);
  }
  return out;
}

function rowAbove(r: Reading, coverages: Coverage[], u: Unit): number | undefined {
  const at = u.lines[0]!;
  let best: number | undefined;
  let bestAt = -1;
  coverages.forEach((c, i) => {
    const where = r.trace.get(`coverages[${i}]`);
    if (c.index_class === undefined || where === undefined) return;
    const pos = where.page * 1_000_000 + where.line;
    if (pos <= at.page * 1_000_000 + at.line && pos > bestAt) {
      best = i;
      bestAt = pos;
    }
  });
  // (a heading between that row and the sentence opens a section of its own, which no row was read from: no row)
  const from = bestAt;
  const here = at.page * 1_000_000 + at.line;
  // («Tømret stabbur fra ca. 1850, 24 m2» under the record's place: the building's description, no heading of a section)
  const headed = r.units.some((x) => x.heading && !(x.text.includes(',') && BUILDING_FACTS.test(x.lower)) && x.lines[0] !== undefined && x.lines[0].page * 1_000_000 + x.lines[0].line > from && x.lines[0].page * 1_000_000 + x.lines[0].line < here);
  // («Bygning   NOK 21 300 000,- …» read, «Husleietap, 24 mnd   NOK 9 800 000,- …» not, then «  Sum indeksreguleres ikke»: the
  // sentence stands under the row that was not read — it is that row's, never the building's above it)
  const read = new Set<number>();
  coverages.forEach((_, i) => {
    const where = r.trace.get(`coverages[${i}]`);
    if (where !== undefined) read.add(where.page * 1_000_000 + where.line);
  });
  const unread = r.units.some((x) => {
    const l = x.lines[0];
    // (a table's row: a name and two amounts or more in cells of their own — a record's field line, «Forsikringssum   350.000 kr»,
    // is part of the record read above)
    if (!x.row || l === undefined || x.cells.filter((c) => /\d{1,3}(?:[ .]\d{3})+(?!\d)/.test(c)).length < 2) return false;
    const pos = l.page * 1_000_000 + l.line;
    return pos > from && pos < here && !read.has(pos);
  });
  return headed || unread ? undefined : best;
}

/** A reference to a numbered section of the document: «under seksjon 1», «i del 2», «under punkt 3» (lower case). */
const SECTION_REF = /\b(?:under|i|for)\s+(seksjon|del|punkt|avsnitt|kapittel|section)\s+(\d{1,2})\b/;

/**
 * The rows read under the heading of a numbered section («Seksjon 1 - Ting / Property», «Del 2 Ansvar»), up
 * to the next heading of the same word; undefined when the document has no such heading.
 */
function sectionRows(r: Reading, coverages: Coverage[], word: string, n: string): number[] | undefined {
  const pos = (l: { page: number; line: number }): number => l.page * 1_000_000 + l.line;
  const numbered = new RegExp(`^${word}\\s+(\\d{1,2})(?!\\d)`);
  const heads = r.units.flatMap((x) => {
    const m = x.row ? null : numbered.exec(x.lower.trim());
    return m ? [{ n: m[1]!, at: pos(x.lines[0]!) }] : [];
  });
  const k = heads.findIndex((h) => h.n === n);
  if (k < 0) return undefined;
  const from = heads[k]!.at;
  const to = heads[k + 1]?.at ?? Number.MAX_SAFE_INTEGER;
  return coverages.flatMap((c, i) => {
    const where = r.trace.get(`coverages[${i}]`);
    return c.index_class !== undefined && where !== undefined && pos(where) > from && pos(where) < to ? [i] : [];
  });
}

/** A thing's name without its definite ending, to find it in a product's name: «anneksen» → anneks, «bygningene» → bygning. */
/**
 * Whether a row's product names a thing a sentence names: a word of the product that is the thing, or ends in it — a
 * compound's last part is what it is («Personbil» is a «bil») — with an inflection's ending or «forsikring» after it
 * («Husdyrforsikring»). A thing at a compound's start only says what kind («Kornlager og tørke» is a store, no «korn»).
 */
function namesThing(product: string, thing: string): boolean {
  return lowerCase(product)
    .split(/[^a-zæøå]+/)
    .some((w) => {
      const at = w.indexOf(thing);
      // («hytt» of «Hytta på Geilo …» in «Hytteforsikring»: the stem's vowel before «forsikring»)
      return at >= 0 && w.slice(at + thing.length).replace(/^[a-zæøå]{0,2}forsikring(?:en|a)?$/, '').length <= 3;
    });
}

// («Summen for verdigjenstander som du har meldt særskilt, indeksreguleres ikke.» over the row «Verdigjenstand»: a
// sentence names its things in the plural, a schedule its rows in the singular — the indefinite plural's «-er», «-ar»
// off too, «verdigjenstander» → verdigjenstand, which the row «Verdigjenstander» still ends in)
function stem(thing: string): string {
  const bare = thing.replace(/(?:ene|ane|en|et|a|ne|er|ar)$/, '');
  return bare.length >= 4 ? bare : thing;
}

/**
 * The rows (indexes) a «… indeksreguleres ikke» sentence is about: a thing its subject names that a row's product
 * names is those rows («Summen for anneksen … blir ikke indeksregulert»: the annex, not every building — read as the
 * class its word gives, the cabin itself had lost its index); and the classes its other words name («… for bygninger
 * og maskiner …»); when it names nothing at all, every property row.
 */
/**
 * The name a sentence gives its sum's thing with a capital after «for» or «på», up to its verb («Forsikringssummen for
 * Rindal kirke er …» → «rindal kirke», lower case): a proper name, or a row's name as the schedule writes it — never a
 * word of a class (those are written in lower case mid-sentence).
 */
const NAME_AFTER_FOR =
  /\s(?:for|på)\s+([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ\d-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ\d-]+)*?)\s+(?:er|blir|vert|var|ble|vart|har|skal|kan|vil|gjelder|gjeld|og|indeksreguleres|indeksregulerast|reguleres|regulerast)\b/u;
function nameAfterFor(sentence: string): string | undefined {
  return NAME_AFTER_FOR.exec(sentence)?.[1]!.toLowerCase();
}

function rowsMeant(s: string, coverages: Coverage[]): number[] {
  const indexed = coverages.flatMap((c, i) => (c.index_class === undefined ? [] : [i]));
  // («Lunner ungdomshus skal rives i 2026 og er forsikret til avtalt sum, som ikke indeksreguleres.» under a table of
  // places: the sentence's subject is a row's place, «Lunner ungdomshus, Kirkevegen 3, 2740 Roa» — that place's rows
  // only; read by the class its word suggests (a «hus», a building), every building row had lost its index)
  const subject = thingsNamed(s).join(' ');
  if (subject.includes(' ')) {
    const placed = indexed.filter((i) => (coverages[i]!.object ?? '').toLowerCase().includes(subject));
    if (placed.length > 0) return placed;
  }
  const things = thingsNamed(s).map(stem);
  const rowThings = new Set(things.filter((t) => indexed.some((i) => namesThing(rowNames(coverages[i]!), t))));
  // («Driftstap og ansvar indeksreguleres ikke.» under a certificate titled «Tingskade og ansvar», its rows read as that
  // product's covers: a thing a row's own cover names is that row — the title every row shares names the liability rows'
  // thing too, and read by it, the building's and the machines' sums had lost their index)
  const ownRow = (c: Coverage, t: string): boolean => {
    const own = c.coverage === undefined ? undefined : `${c.coverage} ${c.object ?? ''}`;
    const byOwn = indexed.some((i) => coverages[i]!.coverage !== undefined && namesThing(`${coverages[i]!.coverage} ${coverages[i]!.object ?? ''}`, t));
    return byOwn && own !== undefined ? namesThing(own, t) : namesThing(rowNames(c), t);
  };
  // (a word after «i», «på», «ved» says where the thing is — «Orgelet … i kirkebygget …» — and names no class of rows)
  const named = classesNamed(s.replace(/\s(?:i|på|ved|hos)\s+[a-zæøå-]+/g, ' '), rowThings);
  // («Summen for husdyr vert ikkje indeksregulert» with no husdyr row: a thing that is no class names no row)
  if (rowThings.size === 0 && named.size === 0 && things.length > 0) return [];
  const all = rowThings.size === 0 && named.size === 0;
  const of = all ? PROPERTY : named;
  return indexed.filter((i) => {
    const c = coverages[i]!;
    // («Forsikringssummene er avtalt verdi og indeksreguleres ikke» over «Bruksforsikring», a horse's cover whose class
    // the name does not tell: a sentence of every sum is about that row's sum too — its class `none`, no longer `other`)
    return [...rowThings].some((t) => ownRow(c, t)) || of.has(c.index_class!) || (all && c.index_class === 'other' && !rowIndexClass(c.product).known);
  });
}

/**
 * What a row's names are: its product, its coverage and its object. «Forsikringssummen for fellesløsøre er en
 * førsterisikosum og indeksreguleres ikke» is about the row «Fellesløsøre, alle adresser» of the product «Eiendom»: a
 * schedule of places names the thing in the place's column, not in the product's heading.
 */
function rowNames(c: Coverage): string {
  return `${c.product} ${c.coverage ?? ''} ${c.object ?? ''}`;
}
