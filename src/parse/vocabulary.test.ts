/**
 * The vocabulary is data: every word in it is read by its reader. Each test writes a small
 * document with one word of a list and checks the field it names comes out.
 */
import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';
import { BASE_AMOUNT, DATES, DEDUCTIBLE, GENERIC_THING_COLUMNS, INDEX, INSURERS, MAIL_HEADERS, NATURAL_DAMAGE, PER_UNIT_RATES, PERSON_COVERAGES, PERSONS, POLICY_NUMBER, PRICE_HEADINGS, RECORD_NAME_LABELS, RECORD_NOTE_LABELS, SCHEDULE_COLUMNS, SCHEDULE_HEADINGS, TOTAL_WORDS } from './vocabulary.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)));
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

describe('the vocabulary as data', () => {
  it('has lower-case words and no word twice in a list', () => {
    const lists: ReadonlyArray<readonly string[]> = [NATURAL_DAMAGE.change, NATURAL_DAMAGE.next, POLICY_NUMBER.labels, POLICY_NUMBER.notLabels, DATES.issued, DATES.renewal, DATES.period, INDEX.words, INDEX.notRates, INDEX.changesHeadings, SCHEDULE_HEADINGS, PRICE_HEADINGS, TOTAL_WORDS, ...SCHEDULE_COLUMNS.map(([, names]) => names)];
    for (const list of lists) {
      expect(list.every((w) => w === w.toLowerCase()), list.join(', ')).toBe(true);
      expect(new Set(list).size, list.join(', ')).toBe(list.length);
    }
  });
});

describe('every word of the vocabulary is read', () => {
  it.each(POLICY_NUMBER.labels.map((w) => [w]))('policy number: «%s»', (label) => {
    expect(parse(`${cap(label)}: 81848035\nUtstedt 30.11.2023`).policy_number).toBe('81848035');
  });
  it.each(POLICY_NUMBER.notLabels.map((w) => [w]))('not a policy number: «%s»', (label) => {
    expect(parse(`${cap(label)}: 81848035\nUtstedt 30.11.2023`).policy_number).toBeUndefined();
  });
  it.each(DATES.issued.map((w) => [w]))('issue date: «%s»', (label) => {
    expect(parse(`${cap(label)}: 03.11.2021`).issued).toBe('2021-11-03');
  });
  it.each(DATES.renewal.map((w) => [w]))('renewal date: «%s»', (label) => {
    expect(parse(`${cap(label)} 01.01.2024`).renewal_date).toBe('2024-01-01');
  });
  it.each(DATES.period.map((w) => [w]))('period: «%s»', (label) => {
    expect(parse(`${cap(label)}: 01.05.2024 - 30.04.2025`).renewal_date).toBe('2024-05-01');
  });
  it.each(INDEX.words.map((w) => [w]))('index: «%s»', (word) => {
    const p = parse(`${cap(word)} 2025:\n- Bygninger 3,7 %\n- Varer 2,4 %`);
    expect(p.index_regulation?.rates.map((r) => [r.object, r.percent])).toEqual([
      ['bygninger', '3.7'],
      ['varer', '2.4'],
    ]);
  });
  it.each(INDEX.changesHeadings.map((w) => [w]))('changes heading: «%s … fra DATE» dates the index rates', (word) => {
    const p = parse(`Avtalenummer: 33917720\n\n${cap(word)} fra 01.01.2025\n\nIndeksregulering:\n- Bygninger 3,7 %`);
    expect(p.index_regulation?.effective).toBe('2025-01-01');
  });
  it.each(NATURAL_DAMAGE.change.map((w) => [w]))('natural damage: «%s» a figure is a change, not the rate', (word) => {
    expect(parse(`Naturskade\nSatsen ${word} 0,005 promille. Ny sats er 0,065 promille.`).natural_damage?.rate_permille).toBe('0.065');
  });
  it.each(NATURAL_DAMAGE.next.map((w) => [w]))('natural damage: «%s» a figure is the new rate', (word) => {
    expect(parse(`Naturskade\nSatsen ${word} 0,08 promille, mot 0,07 promille.`).natural_damage).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
  });
  it.each(NATURAL_DAMAGE.previousAfter.map((w) => [w]))('natural damage: «%s» after a figure makes it the previous rate', (word) => {
    expect(parse(`Naturskade\nNaturskadepremien er nå 0,070 promille av brannforsikringssummen (0,08 promille ${word}).`).natural_damage).toEqual({
      rate_permille: '0.07',
      previous_rate_permille: '0.08',
      basis: 'brannforsikringssum',
    });
  });
  it.each(NATURAL_DAMAGE.previous.map((w) => [w]))('natural damage: «%s» before a figure makes it the previous rate', (word) => {
    expect(parse(`Naturskade\nNaturskadepremien er 0,08 promille (${word} 0,07 promille).`).natural_damage).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
  });
  it.each(MAIL_HEADERS.map((w) => [w]))('an e-mail\'s header «%s:» names no product', (word) => {
    const p = parse(`${cap(word)}: Endringer ved fornyelse\nEgenandelen øker fra kr 6 000 til kr 10 000.`);
    expect(p.deductible_changes?.map((c) => c.product)).toEqual(['ukjent']);
  });
  it.each([...TOTAL_WORDS].map((w) => [w]))('a total, not a coverage: «%s»', (word) => {
    const p = parse(`Forsikringsoversikt\nForsikring\tForsikringssum\tPris\nNæringsbygg\tkr 1 000 000\tkr 2 000\n${cap(word)}\t\tkr 2 000`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Næringsbygg']);
  });
  it.each(SCHEDULE_COLUMNS.flatMap(([col, names]) => names.map((n) => [n, col] as const)))('schedule column «%s» is the %s', (name, col) => {
    const header = col === 'product' ? `${cap(name)}\tForsikringssum\tEgenandel` : col === 'sum' ? `Forsikring\t${cap(name)}\tEgenandel` : `Forsikring\t${cap(name)}\tForsikringssum`;
    const value =
      col === 'product' || col === 'sum' ? 'Næringsbygg\tkr 1 000 000\tkr 10 000' : `Næringsbygg\t${col === 'object' ? 'Storgata 1' : col === 'coverage' ? 'Pluss' : 'kr 5 000'}\tkr 1 000 000`;
    const c = parse(`${header}\n${value}`).coverages?.[0] as Record<string, unknown> | undefined;
    expect(c?.product).toBe('Næringsbygg');
    if (col === 'object') expect(c?.object).toBe('Storgata 1');
    if (col === 'coverage') expect(c?.coverage).toBe('Pluss');
    if (col === 'deductible' || col === 'premium') expect(c?.[col]).toBe('5000');
    // (a column of first-risk sums makes each sum under it one)
    if (col === 'sum') expect(c?.sum).toEqual(/risiko/.test(name) ? { first_risk: '1000000' } : '1000000');
  });
  it.each(PER_UNIT_RATES.map((w) => [w]))('«Forsikringsverdi per %s» beside «Forsikringssum» is a rate, not the sum', (unit) => {
    const c = parse(`Forsikring\tForsikringsverdi per ${unit}\tForsikringssum\tEgenandel\nSkog\tkr 2 150\tkr 2 666 000\tkr 10 000`).coverages?.[0];
    expect([c?.sum, c?.deductible]).toEqual(['2666000', '10000']);
  });
  it.each(GENERIC_THING_COLUMNS.map((w) => [w]))('«Næringsbygg» over «%s | Forsikringssum | …»: the column is the rows\' object', (word) => {
    const c = parse(`Avtalenummer 5581 0042\n\nNæringsbygg\n${cap(word)}\tForsikringssum\tEgenandel\nLagerhall nord\tkr 2 400 000\tkr 10 000`).coverages?.[0];
    expect([c?.product, c?.object, c?.sum]).toEqual(['Næringsbygg', 'Lagerhall nord', '2400000']);
  });
  it.each(INSURERS.flatMap((i) => i.names.map((n) => [n, i.name] as const)))('insurer: «%s» is %s (a bare name counts when named twice)', (name, insurer) => {
    expect(parse(`${name}\nUtstedt 30.11.2023\n${name}`).insurer).toBe(insurer);
  });
});

describe('every word of a record\'s name and note labels is read', () => {
  // (a record of one label a line: the name's label over the thing, then its place, then its figures)
  it.each(RECORD_NAME_LABELS.map((w) => [w]))('record name: «%s»', (label) => {
    const p = parse(`Forsikringsnummer 55501234\n\n${cap(label)}\nHytte\nForsikringssted\nFjellvegen 2, 3580 Geilo\nForsikringssum\nkr 2 850 000\nEgenandel\nkr 8 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible])).toEqual([['Hytte', 'Fjellvegen 2, 3580 Geilo', '2850000', '8000']]);
  });
  it.each(RECORD_NOTE_LABELS.map((w) => [w]))('record note: «%s»', (label) => {
    const p = parse(`Forsikringsnummer 55501234\n\nObjekt\nHytte\nForsikringssted\nFjellvegen 2, 3580 Geilo\n${cap(label)}\nLaftehytte, byggeår 1994\nForsikringssum\nkr 2 850 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.note])).toEqual([['Hytte', 'Fjellvegen 2, 3580 Geilo', 'Laftehytte, byggeår 1994']]);
  });
});

describe('nynorsk: the vocabulary knows the nynorsk form of the words it knows in bokmål', () => {
  // [bokmål, nynorsk, the list both must be in]
  const pairs: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['fornyes fra', 'fornyast frå', DATES.renewal],
    ['hovedforfall', 'hovudforfall', DATES.renewal],
    ['avtalen gjelder fra', 'avtalen gjeld frå', DATES.period],
    ['forsikringen gjelder fra', 'forsikringa gjeld frå', DATES.period],
    ['gyldig fra', 'gyldig frå', DATES.period],
    ['neste hovedforfall', 'neste hovudforfall', DATES.notRenewal],
    ['indeksøkning', 'indeksauke', INDEX.words],
    ['oversikt over forsikringer', 'oversikt over forsikringane', SCHEDULE_HEADINGS],
    ['dette er forsikret', 'dette er forsikra', SCHEDULE_HEADINGS],
    ['forsikringssummer og egenandeler', 'forsikringssummar og eigenandelar', SCHEDULE_HEADINGS],
    ['samlet premie', 'samla premie', TOTAL_WORDS],
    ['til sammen', 'til saman', TOTAL_WORDS],
    ['medlemmer', 'medlemer', PERSONS.count],
    ['ansatte', 'tilsette', PERSONS.count],
    ['egenandel', 'eigenandel', DEDUCTIBLE.words],
    ['egenandel', 'eigendel', DEDUCTIBLE.words],
    ['egenandel', 'eigendel', SCHEDULE_COLUMNS.find(([c]) => c === 'deductible')![1]],
    ['egenandeler', 'eigendelar', SCHEDULE_COLUMNS.find(([c]) => c === 'deductible')![1]],
    ['forsikret objekt', 'forsikra objekt', SCHEDULE_COLUMNS.find(([c]) => c === 'object')![1]],
    ['forsikringsoversikt', 'forsikringsoversyn', SCHEDULE_HEADINGS],
    ['dekningsoversikt', 'dekningsoversyn', SCHEDULE_HEADINGS],
    ['uendret', 'uendra', DEDUCTIBLE.unchanged],
    ['kritisk sykdom', 'kritisk sjukdom', PERSON_COVERAGES.products],
    ['utvidet mén', 'utvida mén', PERSON_COVERAGES.products],
    ['ulykke', 'ulukke', PERSON_COVERAGES.productWords],
    ['yrkessykdom', 'yrkessjukdom', PERSON_COVERAGES.productWords],
    ['hovedtariffavtal', 'hovudtariffavtal', PERSON_COVERAGES.lawHeadings],
    ['beregnes', 'bereknast', PERSON_COVERAGES.individualVerbs],
    ['etter loven', 'etter lova', PERSON_COVERAGES.individualWords],
    ['reduseres med', 'reduserast med', PERSON_COVERAGES.notes],
    ['blir redusert', 'vert redusert', PERSON_COVERAGES.notes],
    ['hvem', 'kven', PERSON_COVERAGES.notItemHeadings],
    ['utvidet', 'utvida', PERSON_COVERAGES.sections],
    ['lovfestet', 'lovfesta', PERSON_COVERAGES.sections],
    ['grunnbeløp', 'grunnsum', BASE_AMOUNT.words],
    ['økt med', 'auka med', BASE_AMOUNT.notG],
    ['økt med', 'auka med', NATURAL_DAMAGE.change],
    ['forsikringssum', 'forsikringssummar', SCHEDULE_COLUMNS.find(([c]) => c === 'sum')![1]],
    ['forsikringssted', 'forsikringsstad', SCHEDULE_COLUMNS.find(([c]) => c === 'object')![1]],
    ['årlig premie', 'årleg premie', SCHEDULE_COLUMNS.find(([c]) => c === 'premium')![1]],
    ['forsikringer', 'forsikringar', SCHEDULE_COLUMNS.find(([c]) => c === 'product')![1]],
  ];
  it.each(pairs.map(([b, n, list]) => [b, n, list] as const))('«%s» and «%s»', (b, n, list) => {
    expect(list).toContain(b);
    expect(list).toContain(n);
  });

  it('a nynorsk certificate: «Forsikring  Kvar  Forsikringssum  Eigendel  Pris» over «Lausøyre  Nordstuvegen 12, 2860 Hov  2 400 000  8 000  4 310»', () => {
    const p = parse('Avtalenummer: 4410 2287\nForsikringsoversyn\nForsikring      Kvar                         Forsikringssum   Eigendel   Pris\nDriftsbygning   Nordstuvegen 12, 2860 Hov        14 200 000     10 000   21 480\nLausøyre        Nordstuvegen 12, 2860 Hov         2 400 000      8 000    4 310');
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Driftsbygning', 'Nordstuvegen 12, 2860 Hov', '14200000', '10000', '21480'],
      ['Lausøyre', 'Nordstuvegen 12, 2860 Hov', '2400000', '8000', '4310'],
    ]);
  });
  it('a nynorsk group life page: the product line with its premium over G rows, «Forsikringa gjeld frå», «tilsette»', () => {
    const p = parse('Avtalenummer: 6650 2231\nForsikringa gjeld frå 01.01.2025\nForsikringa gjeld for 412 tilsette.\n\nGruppelivsforsikring    kr 318 400\nDødsfall    10 G\nBorn under 25 år    4 G\n\nForsikringssummen ved dødsfall vert redusert med 0,5 G for kvart år frå fylte 51 år.');
    expect(p.renewal_date).toBe('2025-01-01');
    expect(p.insured_persons).toEqual({ count: 412 });
    expect(p.coverages).toEqual([{ product: 'Gruppelivsforsikring', index_class: 'none', premium: '318400', items: [{ name: 'Dødsfall', sum: { g: '10' } }, { name: 'Born under 25 år', sum: { g: '4' } }] }]);
    expect(p.warnings).toEqual([]);
  });
});
