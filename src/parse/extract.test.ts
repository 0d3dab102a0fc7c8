import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import type { Policy } from '../model/policy.js';
import { extractPolicy, NotAPolicyError } from './extract.js';
import { rateObjectClass, rowIndexClass } from './index-class.js';
import { textToSource } from './text.js';

const parse = (text: string, trace = false): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), { trace });
const HEAD = 'FORSIKRINGSNUMMER 55501234\n\nUTSTEDT 02.12.2026\n\n';

describe('header facts', () => {
  it('policy number, issue and renewal dates, G, insurer', () => {
    const p = parse(
      `${HEAD}Fornyelse gjelder fra 01.01.2027\n\nG=Folketrygdens grunnbeløp, for tiden kr 136.549\n\nFjellheim Skadeforsikring AS, Postboks 1, 0101 Oslo`,
    );
    expect(p).toMatchObject({ policy_number: '55501234', issued: '2026-12-02', renewal_date: '2027-01-01', base_amount_g: '136549', insurer: 'Fjellheim' });
    expect(p.warnings).toEqual([]);
  });
  it('a header repeated on every page is read once; a different number is a warning naming both, and no number', () => {
    expect(parse(`${HEAD}tekst\n\n${HEAD}mer\n`).policy_number).toBe('55501234');
    const p = parse(`${HEAD}tekst\n\n${HEAD}mer\n\nFORSIKRINGSNUMMER 99999999\n`);
    expect(p.policy_number).toBeUndefined();
    expect(p.warnings).toEqual([expect.stringMatching(/^line 1: policy number: the document states 55501234 \(«FORSIKRINGSNUMMER», line 1\) and 99999999 \(«FORSIKRINGSNUMMER», line 13\); none is used$/)]);
  });
  // an insurer's e-mail: «Forsikringsnummer: 6710-…» as a field, and later «Den gamle vognen (Adria …, forsikringsnummer …) er sagt opp»
  it('a number named in passing inside a sentence\'s bracket gives way to the number stated as a field', () => {
    const p = parse('Forsikringsnummer: 4410-7781203\n\nDen gamle bilen (Volvo V70, forsikringsnummer 4410-5512098) er sagt opp fra samme dato.\n');
    expect(p.policy_number).toBe('4410-7781203');
    expect(p.warnings.join('\n')).toMatch(/4410-7781203 .* is used; the document also states 4410-5512098/);
    // (the label right after the bracket opens is no aside: two numbers, neither used)
    const q = parse('Forsikringsnummer: 4410-7781203\n\nInnboforsikring (forsikringsnummer 4410-5512098) gjelder videre.\n');
    expect(q.policy_number).toBeUndefined();
  });
  it('insured persons: the total once; bullets are its breakdown, summed only without a total', () => {
    const withTotal = parse(`${HEAD}Yrkesfordeling:\t30 personer, 25,5 årsverk\n- Snekker:\t10 personer, 9 årsverk\n- Maler:\t20 personer, 16,5 årsverk\n\nYrkesfordeling:\t30 personer, 25,5 årsverk\n`);
    expect(withTotal.insured_persons).toEqual({ count: 30, fte: '25.5' });
    expect(withTotal.warnings).toEqual([]);
    const bulletsOnly = parse(`${HEAD}- Snekker:\t10 personer, 9 årsverk\n- Maler:\t20 personer, 16,5 årsverk\n`);
    expect(bulletsOnly.insured_persons).toEqual({ count: 30, fte: '25.5' });
  });
  it('nothing recognisable is an input error', () => {
    expect(() => parse('Kjære kunde,\n\nTakk for at du valgte oss.\n')).toThrow(InputError);
    expect(() => parse('Kjære kunde,\n\nTakk for at du valgte oss.\n')).toThrow(/nothing recognisable as a policy document/);
  });
  it('conditions (vilkår) are refused as no policy, saying they read like conditions — their own date and insurer do not make a policy', () => {
    const vilkar = 'If Skadeforsikring     Vilkår Bilforsikring\n                       Gjeldende fra 1. januar 2025\n\n7 EGENANDEL\n\n7.2 Egenandeler for enkelte skader\nSkade              Egenandel\nGlasskade          kr 3 000\n\n8 ALDERSFRADRAG OG ERSTATNINGSREGLER\n';
    let thrown: unknown;
    try {
      parse(vilkar);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(NotAPolicyError);
    expect((thrown as NotAPolicyError).conditions).toBe(true);
    // a schedule that points to its conditions is read as a schedule
    expect(parse('Forsikringsbevis\nForsikringsnummer 12345678\nVilkår: Bil BIL-2025. Aldersfradrag etter vilkårene.\n').policy_number).toBe('12345678');
  });
  it('a receipt for a claim reported is refused: its sender and its date are no policy', () => {
    const receipt =
      'Fra: Fjellheim Forsikring AS <skade@fjellheim.no>\nSendt: 3. mars 2025 08:12\nEmne: Skademelding mottatt\n\nHei,\n\nvi har mottatt skademeldingen din.\n\nSkadesaksnummer:   S-2025-44817\nSkadedato:         28.02.2025\n\nHilsen\nFjellheim Forsikring AS\n';
    expect(() => parse(receipt)).toThrow(NotAPolicyError);
    // a certificate that names how to report a claim is read all the same
    expect(parse('Forsikringsbevis\nForsikringsnummer 12345678\nSkademelding sendes på Min side; oppgi skadenummer ved kontakt.\n').policy_number).toBe('12345678');
  });
  it('a broker\'s newsletter mailed to a customer is refused: the date it was sent is no policy\'s', () => {
    // an invitation to a seminar: «Fra: … <nyhetsbrev@…>», «Sendt: …», the programme as bullets, a date and a place
    const letter =
      'Fra: Fjordmegling <nyheter@fjordmegling.no>\nSendt: 9. mars 2027 07:30\nTil: Vik Bakeri AS <post@vikbakeri.no>\nEmne: Invitasjon: Frokostmøte om brannvern\n\nFrokostmøte: Brannvern i bakerier og storkjøkken\n\nOnsdag 24. mars 2027, kl. 08.00–09.30\nStrandgata 4, 6900 Florø\n\n  • Hva brannvesenet ser etter på tilsyn\n  • Hva en næringsforsikring krever av slukkeutstyr\n\nMeld deg på innen 19. mars.\n';
    expect(() => parse(letter)).toThrow(NotAPolicyError);
    // a mail that states a policy's fact besides is read
    expect(parse(`${letter}\nAvtalenummer: 4471 0928\n`).policy_number).toBe('44710928');
  });
});

describe('renewal letter: index and natural-damage rates', () => {
  it('rates as bullets after the «Indeksregulering» line, each mapped to its class', () => {
    const p = parse('Indeksregulering 2026\n\nIndeksreguleringen fra 01.01.2026 er:\n\n- Bygninger 3,1 %\n- Maskin og løsøre 2,4 %\n- Varer 1,9 %\n- Innbo 2,2 %\n- Kunst 1 %\n');
    expect(p.index_regulation).toEqual({
      effective: '2026-01-01',
      rates: [
        { object: 'bygninger', label: 'Bygninger', percent: '3.1' },
        { object: 'maskin_losore', label: 'Maskin og løsøre', percent: '2.4' },
        { object: 'varer', label: 'Varer', percent: '1.9' },
        { object: 'innbo', label: 'Innbo', percent: '2.2' },
        { object: 'other', label: 'Kunst', percent: '1' },
      ],
    });
    expect(p.renewal_date).toBe('2026-01-01');
  });
  it('rates as table rows, and as a list in the sentence', () => {
    const rows = parse('Indeksregulering fra 01.01.2028\nBygninger\t4,0 %\nVarer\t2 %\n');
    expect(rows.index_regulation?.rates.map((r) => [r.object, r.percent])).toEqual([
      ['bygninger', '4'],
      ['varer', '2'],
    ]);
    const inline = parse('Indeksreguleringen fra 01.01.2028 er: bygninger 4,5 %, maskin og løsøre 3 % og varer 2,5 %.');
    expect(inline.index_regulation?.rates.map((r) => [r.object, r.percent])).toEqual([
      ['bygninger', '4.5'],
      ['maskin_losore', '3'],
      ['varer', '2.5'],
    ]);
  });
  it('index rates in a sentence with a verb («justert opp med 5,2 prosent», across a line), with its date', () => {
    const p = parse('Indeksregulering\nForsikringssummene for bygninger blir justert opp med 5,2\nprosent fra 1. januar 2024.');
    expect(p.index_regulation).toEqual({ effective: '2024-01-01', rates: [{ object: 'bygninger', label: 'bygninger', percent: '5.2' }] });
  });

  it('index rates in a table with a column per year: the latest year, or «I år»; else a warning', () => {
    const byYear = parse('Indeksregulering\nObjekt\t2023\t2024\nBygninger\t6,2 %\t3,7 %\nVarer\t7,5 %\t2,8 %');
    expect(byYear.index_regulation?.rates.map((x) => [x.object, x.percent])).toEqual([
      ['bygninger', '3.7'],
      ['varer', '2.8'],
    ]);
    const named = parse('Indeksregulering\n| Objekt | I år | I fjor |\n|---|---|---|\n| Bygninger | 3,7 % | 6,2 % |');
    expect(named.index_regulation?.rates.map((x) => x.percent)).toEqual(['3.7']);
    const unclear = parse('Indeksregulering\nObjekt\tSats\tSats\nBygninger\t6,2 %\t3,7 %\nForsikringsnummer 12345678');
    expect(unclear.index_regulation).toBeUndefined();
    expect(unclear.warnings.some((w) => w.includes('not which is this year'))).toBe(true);
  });

  it('natural-damage rate: the size of a change is no rate; the new rate may stand in the next sentence', () => {
    const p = parse('Naturskade\nSatsen blir redusert med 0,005 promille fra 1. januar. Ny sats er 0,065 promille av brannforsikringssummen.');
    expect(p.natural_damage).toEqual({ rate_permille: '0.065', basis: 'brannforsikringssum' });
    expect(p.warnings).toEqual([]);
    expect(parse('Naturskade\nSatsen var 0,07 promille i 2024. Fra 2025 er den 0,08 promille.').natural_damage).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
    // a notice's «has stood at» and the new rate on the line under it, no word of natural damage on either line
    const lain = parse('Naturskadepremien øker\n\nPremien fastsettes av Norsk Naturskadepool.\n\nSatsen har ligget på 0,07 promille av brannforsikringssummen i mange år.\nFra 1. januar 2026 er satsen 0,08 promille.');
    expect(lain.natural_damage).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
    expect(lain.warnings).toEqual([]);
    // one class with two index rates: neither is used, the other classes stay (their trace renumbered)
    const ix = parse('Indeksregulering fra 01.01.2026\nBygninger 3,4 %\nMaskiner og løsøre 2,8 %\nBygninger 3,6 %', true);
    expect(ix.index_regulation?.rates).toEqual([{ object: 'maskin_losore', label: 'Maskiner og løsøre', percent: '2.8' }]);
    expect(ix.trace?.['index_regulation.rates[0]']?.line).toBe(3);
    expect(ix.warnings).toEqual(['line 4: index rate for Bygninger: the document states 3.4 % (line 2) and 3.6 % (line 4); none is used']);
    // two rates, neither marked as the previous one: a warning naming both, and none is used
    const two = parse('Naturskade\nPremiesatsen for naturskade er 0,08 promille.\nNaturskadepremien er 0,07 promille av brannforsikringssummen.');
    expect(two.natural_damage).toBeUndefined();
    expect(two.warnings).toEqual(['line 3: natural-damage rate: the document states 0.08 ‰ (line 2) and 0.07 ‰ (line 3); none is used']);
    // «I 2024 var satsen …»: a verb of the past with the subject between it and the rate
    expect(parse('Naturskade\nI 2024 var satsen 0,07 promille av brannforsikringssummen. Fra 1. januar 2025 blir den 0,08 promille.').natural_damage).toEqual({
      rate_permille: '0.08',
      previous_rate_permille: '0.07',
      basis: 'brannforsikringssum',
    });
    // each rate with its year after it, the words between the rate and its year included
    expect(parse('Naturskade\nNaturskadepremien utgjør 0,08 promille av brannforsikringssummen i 2025 (0,07 promille i 2024).').natural_damage).toEqual({
      rate_permille: '0.08',
      previous_rate_permille: '0.07',
      basis: 'brannforsikringssum',
    });
    // «beregnes med» is no change: the rate
    expect(parse('Naturskade\nPremien beregnes med 0,08 promille.').natural_damage).toEqual({ rate_permille: '0.08' });
    // a change alone: no rate, and a warning
    const c = parse('Naturskade\nSatsen økes med 0,01 promille.\nForsikringsnummer 12345678');
    expect(c.natural_damage).toBeUndefined();
    expect(c.warnings.some((w) => w.includes('change of the rate'))).toBe(true);
  });

  it('natural-damage rate: a change, or one rate under a naturskade heading', () => {
    expect(parse('Premieraten for naturskade endres fra 0,08 til 0,09 promille av brannforsikringssummen.').natural_damage).toEqual({
      rate_permille: '0.09',
      previous_rate_permille: '0.08',
      basis: 'brannforsikringssum',
    });
    expect(parse('Naturskadepremie\n\nPremiesatsen er 0,08 ‰.').natural_damage).toEqual({ rate_permille: '0.08' });
  });
});

describe('deductible changes', () => {
  it('a table in any column order, aligned with spaces, kr 15.000,- amounts, two amounts in a cell', () => {
    const p = parse(
      [
        'Endring av egenandeler',
        '',
        'Dekning            Produkt          Ny egenandel              Tidligere egenandel',
        'Brann              Næringsbygg      kr 15.000,-               kr 10.000,-',
        'Standard           Sameie           kr 8.000,- kr 12.000,-    kr 6.000,- kr 10.000,-',
      ].join('\n'),
    );
    expect(p.deductible_changes).toEqual([
      { product: 'Næringsbygg', coverage: 'Brann', old: ['10000'], new: ['15000'] },
      { product: 'Sameie', coverage: 'Standard', old: ['6000', '10000'], new: ['8000', '12000'] },
    ]);
  });
  it('a row continuing the product above, and a row stated in words', () => {
    const p = parse(
      'Produkt\tDekning\tTidligere egenandel\tNy egenandel\nBolig\tBrann\tKr 4 000\tKr 6 000\n\tVann\tKr 4 000\tKr 8 000\nBolig Pluss\tEgenandelen for lekkasje økes med kr 2 000.\t\t\n',
    );
    expect(p.deductible_changes).toEqual([
      { product: 'Bolig', coverage: 'Brann', old: ['4000'], new: ['6000'] },
      { product: 'Bolig', coverage: 'Vann', old: ['4000'], new: ['8000'] },
      { product: 'Bolig Pluss', increase: '2000', text: 'Egenandelen for lekkasje økes med kr 2 000.' },
    ]);
  });
  it('an amount cell it cannot read is kept as text and warned about', () => {
    const p = parse('Produkt\tTidligere egenandel\tNy egenandel\nBolig\tKr 4 000\tetter avtale\n');
    expect(p.deductible_changes).toEqual([{ product: 'Bolig', old: ['4000'], text: 'etter avtale' }]);
    expect(p.warnings).toEqual([expect.stringMatching(/^line 2: could not read the deductible amount «etter avtale» for Bolig$/)]);
  });
  it('«Fra kr A til kr B» rows and sentences; minimums under the product heading with the bullet as coverage', () => {
    const p = parse(
      [
        'Nyheter og endringer',
        'Ansvar',
        'Endring i egenandeler',
        'Bedriftsansvar\tFra kr 12 000 til kr 16 000',
        'Arbeidsmaskin',
        'Endring av egenandel:',
        '- Kasko: Har du hatt lavere egenandel enn kr 9 000, vil denne',
        'økes til kr 9 000',
        'Motorvogn',
        'Egenandelen for kasko endres fra kr 6 000 til kr 8 000.',
      ].join('\n'),
    );
    expect(p.deductible_changes).toEqual([
      { product: 'Bedriftsansvar', old: ['12000'], new: ['16000'] },
      { product: 'Arbeidsmaskin', coverage: 'Kasko', minimum: '9000', text: 'Har du hatt lavere egenandel enn kr 9 000, vil denne økes til kr 9 000' },
      // (the cover the sentence names after the deductible's word, «for kasko», is the change's coverage)
      { product: 'Motorvogn', coverage: 'Kasko', old: ['6000'], new: ['8000'], text: 'Egenandelen for kasko endres fra kr 6 000 til kr 8 000.' },
    ]);
  });
  it('letter sentences count in the letter part only; an unread one there is a warning', () => {
    const p = parse(
      [
        'Nyheter og endringer',
        'Fritidsbåt',
        'Forhøyet egenandel på 12 000 kr ved tyveri av påhengsmotor.',
        'Egenandelen justeres til et nivå rundt kr 5 000 for noen kunder.',
        'Forsikringen dekker',
        'Egenandel på 3 000 kroner gjelder ved glasskade.',
      ].join('\n'),
    );
    expect(p.deductible_changes).toEqual([{ product: 'Fritidsbåt', new: ['12000'], text: 'Forhøyet egenandel på 12 000 kr ved tyveri av påhengsmotor.' }]);
    expect(p.warnings).toEqual([
      expect.stringMatching(/^line 4: could not read the deductible change in «Egenandelen justeres/),
      // (a schedule heading under which nothing is read says so, and which lines it could not read)
      'line 5: schedule «Forsikringen dekker»: 1 line with amounts was not read (line 6)',
    ]);
  });
  it('a change stated in words takes the percentage of the next paragraph', () => {
    const p = parse('Driftstap\nDet innføres en egenandel ved maskinhavari.\nEgenandelen er 20 % av erstatningen.');
    expect(p.deductible_changes).toEqual([
      { product: 'Driftstap', percent: '20', text: 'Det innføres en egenandel ved maskinhavari. Egenandelen er 20 % av erstatningen.' },
    ]);
  });
});

describe('schedules', () => {
  it('a «Forsikringsoversikt» with a subset of the columns in another order', () => {
    const p = parse('Forsikringsoversikt\nPris\tForsikringssum\tForsikring\nkr 9 100\tkr 8 000 000\tBygning\nkr 1 200\tFørsterisiko kr 300 000\tInventar\nkr 800\tkr 5 000 000\tAnsvar\nkr 11 100\t\tSum\n');
    expect(p.coverages).toEqual([
      { product: 'Bygning', index_class: 'bygninger', sum: '8000000', premium: '9100' },
      { product: 'Inventar', index_class: 'maskin_losore', sum: { first_risk: '300000' }, premium: '1200' },
      { product: 'Ansvar', index_class: 'none', sum: '5000000', premium: '800' },
    ]);
  });
  it('«Førsterisiko» in a column of its own («Forsikringsform») makes that row\'s sum a first-risk sum', () => {
    const p = parse('Forsikring\tForsikringsform\tForsikringssum\tEgenandel\nKirkebygg\tFullverdi\tkr 68 400 000\tkr 50 000\nInventar\tFørsterisiko\tkr 6 000 000\tkr 10 000\n');
    expect(p.coverages?.map((c) => c.sum)).toEqual(['68400000', { first_risk: '6000000' }]);
  });
  it('a product the table does not know is «other», with a warning', () => {
    const p = parse('Forsikring\tForsikringssum\nKunstsamling\tkr 2 000 000\n');
    expect(p.coverages).toEqual([{ product: 'Kunstsamling', index_class: 'other', sum: '2000000' }]);
    expect(p.warnings).toEqual(['line 2: index class of «Kunstsamling» is not known from its name; set to other']);
  });
  it('G rows under product headings, with notes; an unreadable G cell is a warning', () => {
    const p = parse('Forsikringen dekker\nLovbestemt yrkesskade\nTapt inntekt\tIndividuelt\tiflg. loven\nMén\t4,5 G\nBarn\t1 - 6,5 G\nKollektiv ulykke\nDødsfall\tca. 10 G\n', true);
    expect(p.coverages).toEqual([
      {
        product: 'Lovbestemt yrkesskade',
        index_class: 'none',
        items: [
          { name: 'Tapt inntekt', sum: { individual: true }, note: 'iflg. loven' },
          { name: 'Mén', sum: { g: '4.5' } },
          { name: 'Barn', sum: { g_min: '1', g_max: '6.5' } },
        ],
      },
    ]);
    expect(p.warnings).toEqual(['line 7: could not read the G sum in «Dødsfall ca. 10 G»']);
    expect(p.trace?.['coverages[0]']).toEqual({ page: 1, line: 2, text: 'Lovbestemt yrkesskade' });
    expect(p.trace?.['coverages[0].items[2]']).toEqual({ page: 1, line: 5, text: 'Barn\t1 - 6,5 G' });
  });
});

describe('the index-class table', () => {
  it.each([
    ['Næringsbygg', 'bygninger'],
    ['Bygning', 'bygninger'],
    ['Eiendeler', 'maskin_losore'],
    ['Maskiner, inventar og løsøre', 'maskin_losore'],
    ['Varer', 'varer'],
    ['Innbo', 'innbo'],
    ['Driftstap Pluss', 'none'],
    ['Husleietap', 'none'],
    ['Bedriftsansvar', 'none'],
    ['Arbeidsmaskin', 'none'],
    ['Lovbestemt yrkesskade', 'none'],
  ])('%s → %s', (name, cls) => expect(rowIndexClass(name).index_class).toBe(cls));
  it('index-rate labels', () => {
    expect(rateObjectClass('Maskin og løsøre i næringslivet')).toBe('maskin_losore');
    expect(rateObjectClass('Driftstap')).toBe('other');
  });
});

describe('other ways documents state the same facts', () => {
  it('an index-rate table with a header row', () => {
    const p = parse('Objekt\tIndeksregulering fra 01.01.2029\nBygninger\t3,0 %\nVarer\t1,5 %\n');
    expect(p.index_regulation).toEqual({
      effective: '2029-01-01',
      rates: [
        { object: 'bygninger', label: 'Bygninger', percent: '3' },
        { object: 'varer', label: 'Varer', percent: '1.5' },
      ],
    });
  });
  it('change-table headers «Egenandel i dag | Ny egenandel» and «Egenandel 2028 | Egenandel 2029»', () => {
    expect(parse('Forsikring\tEgenandel i dag\tNy egenandel\nBygning\tkr 5 000\tkr 7 500\n').deductible_changes).toEqual([{ product: 'Bygning', old: ['5000'], new: ['7500'] }]);
    expect(parse('Forsikring\tEgenandel 2029\tEgenandel 2028\nBygning\tkr 7 500\tkr 5 000\n').deductible_changes).toEqual([{ product: 'Bygning', old: ['5000'], new: ['7500'] }]);
  });
  it('«Antall ansatte: 25», «Antall årsverk: 21,5», «Forsikringsperiode: 01.01.2029 – 31.12.2029»', () => {
    const p = parse('Antall ansatte: 25\nAntall årsverk: 21,5\nForsikringsperiode: 01.01.2029 - 31.12.2029\n');
    expect(p.renewal_date).toBe('2029-01-01');
    expect(p.insured_persons).toEqual({ count: 25, fte: '21.5' });
  });
});

describe('schedules as other insurers lay them out', () => {
  it('a label line over a value line, and a premium at the end of the line under it', () => {
    const p = parse('Skogforsikring\nForsikringssum Egenandel\n2 000 000 5 000\nGjelder skog på gnr. 112 bnr. 4. Årspremie kr 48 360\nUtstedt 01.11.2024');
    expect(p.coverages).toEqual([{ product: 'Skogforsikring', index_class: 'other', sum: '2000000', deductible: '5000', premium: '48360' }]);
  });
  it('amounts that do not count as many as the labels are not read as fields', () => {
    const p = parse('Skogforsikring\nForsikringssum Egenandel\n20 000 500 000\nUtstedt 01.11.2024');
    expect(p.coverages).toBeUndefined();
  });
  it('a «Dekning» column under a product heading is the coverage of the heading\'s product', () => {
    const p = parse('### Ansvar\n| Dekning | Forsikringssum | Egenandel | Pris |\n|---|---|---|---|\n| Bedriftsansvar | kr 10 000 000 | kr 10 000 | kr 6 480 |');
    expect(p.coverages).toEqual([{ product: 'Ansvar', coverage: 'Bedriftsansvar', index_class: 'none', sum: '10000000', deductible: '10000', premium: '6480' }]);
  });
  it('G sums in words, bokmål and nynorsk: «10 gonger grunnbeløpet», «2 ganger G»', () => {
    const p = parse('Yrkesskadeforsikring\nMénerstatning\tinntil 10 gonger grunnbeløpet\nBarnetillegg\t2 ganger G');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Ménerstatning', sum: { g: '10' } },
      { name: 'Barnetillegg', sum: { g: '2' } },
    ]);
  });
  it('a label «Egenandel …» over «kr 6 000» in a letter is a deductible, not an unread change', () => {
    const p = parse('Fornyelse av forsikringen\nForsikringsnummer 12345678\n\nEgenandeler\nEgenandel ved innbrudd\nkr 6 000\nEgenandelen for vannskade blir kr 15 000 og mer enn før.');
    expect(p.deductible_changes).toBeUndefined();
    expect(p.warnings.filter((w) => w.includes('innbrudd'))).toEqual([]);
  });
});

describe('a product line that ends with its premium, over the fields of the coverage', () => {
  it('names the product (and its place) of the fields under it', () => {
    const p = parse('Forsikringsbevis\nNæringsbygg – Havnegata 4, 8006 Bodø      Årspremie kr 31 480\nForsikringssum: kr 28 500 000\nEgenandel: kr 25 000\nDriftstap      Pris per år: kr 5 920\nForsikringssum: kr 8 000 000');
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', object: 'Havnegata 4, 8006 Bodø', index_class: 'bygninger', sum: '28500000', deductible: '25000', premium: '31480' },
      { product: 'Driftstap', index_class: 'none', sum: '8000000', premium: '5920' },
    ]);
  });
  it('fields under no product are a warning, not dropped silently', () => {
    const p = parse('Forsikringsnummer 12345678\nForsikringsbevis\n\nForsikringssum: kr 52 000 000\nEgenandel: kr 15 000');
    expect(p.warnings).toEqual(['line 4: could not read which product the sum «kr 52 000 000» is for', 'line 5: could not read the deductible in «Egenandel: kr 15 000»']);
  });
});

describe('deductible changes: the product is the line\'s, not a section heading', () => {
  it('under «Egenandeler», a bullet\'s label or the sentence names the product', () => {
    const p = parse(
      'Fornyelse av forsikringen\nForsikringsnummer 12345678\n\nEgenandeler\nEgenandelen for Næringsbygg økes fra kr 10 000 til kr 15 000.\n• Kasko: egenandelen økes fra kr 6 000 til kr 8 000.',
    );
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage, c.old, c.new])).toEqual([
      ['Næringsbygg', undefined, ['10000'], ['15000']],
      ['Kasko', undefined, ['6000'], ['8000']],
    ]);
  });
  it('a change as two fields, for the product a «Produkt:» field names', () => {
    const p = parse('Endringer i egenandeler\nProdukt: Bedriftsansvar\nEgenandel i dag: kr 10 000\nNy egenandel: kr 20 000\nForsikringsnummer 12345678');
    expect(p.deductible_changes).toEqual([{ product: 'Bedriftsansvar', old: ['10000'], new: ['20000'] }]);
    expect(p.warnings).toEqual([]);
  });
});

describe('G rows under a header row', () => {
  it('are items of the product heading above them', () => {
    const p = parse('Lovbestemt yrkesskade\nDekning\tForsikringssum\nMén\t4,50 G\nTapt inntekt\tIndividuelt\n');
    expect(p.coverages).toEqual([
      { product: 'Lovbestemt yrkesskade', index_class: 'none', items: [{ name: 'Mén', sum: { g: '4.5' } }, { name: 'Tapt inntekt', sum: { individual: true } }] },
    ]);
  });
});

describe('schedules: the coverage a row is for, and tables under a product heading', () => {
  it('a «Dekning» column beside «Forsikring» is the coverage of the row (a level or sub-coverage)', () => {
    const p = parse(
      'Forsikringsoversikt\nForsikring\tDekning\tForsikringssted\tForsikringssum\tEgenandel\tPris\n' +
        'Næringsbygg\tPluss Brann og vann\tIndustrivegen 14\tkr 52 000 000\tKr 10 000\tkr 48 200\n' +
        '\tStandard\tIndustrivegen 16\tkr 8 000 000\tKr 10 000\tkr 7 900\n' +
        'Arbeidsmaskin\tKasko\tHjullaster\tkr 1 200 000\tKr 5 000\tkr 14 000\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', coverage: 'Pluss Brann og vann', object: 'Industrivegen 14', index_class: 'bygninger', sum: '52000000', deductible: '10000', premium: '48200' },
      { product: 'Næringsbygg', coverage: 'Standard', object: 'Industrivegen 16', index_class: 'bygninger', sum: '8000000', deductible: '10000', premium: '7900' },
      { product: 'Arbeidsmaskin', coverage: 'Kasko', object: 'Hjullaster', index_class: 'none', sum: '1200000', deductible: '5000', premium: '14000' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('column names with their unit: «Forsikringssum (kr)», «Egenandel i kr», «Pris NOK»', () => {
    const p = parse('Forsikringsoversikt\nForsikring\tForsikringssum (kr)\tEgenandel i kr\tPris NOK\nVarer\t2 500 000\t10 000\t2 400\n');
    expect(p.coverages).toEqual([{ product: 'Varer', index_class: 'varer', sum: '2500000', deductible: '10000', premium: '2400' }]);
  });
  it('«Dekning» alone is still the name column', () => {
    const p = parse('Forsikringsoversikt\nDekning\tForsikringssum\tEgenandel\nBygning\tkr 8 000 000\tkr 5 000\n');
    expect(p.coverages).toEqual([{ product: 'Bygning', index_class: 'bygninger', sum: '8000000', deductible: '5000' }]);
  });
  it('a table without a Forsikring column right under a product heading has that product', () => {
    const p = parse(
      'Forsikringsbevis\n\nNæringsbygg\nForsikringssted\tForsikringssum\tEgenandel\tPris\nStorgata 1, 0155 Oslo\tkr 52 000 000\tkr 15 000\tkr 48 200\nStorgata 3, 0155 Oslo\tFørsterisiko kr 2 000 000\tkr 15 000\tkr 2 100\nSum\t\t\tkr 50 300\n\n' +
        'Eiendeler\nForsikringssted\tForsikringssum\tEgenandel\nStorgata 1, 0155 Oslo\tkr 6 000 000\tkr 10 000\n',
      true,
    );
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', object: 'Storgata 1, 0155 Oslo', index_class: 'bygninger', sum: '52000000', deductible: '15000', premium: '48200' },
      { product: 'Næringsbygg', object: 'Storgata 3, 0155 Oslo', index_class: 'bygninger', sum: { first_risk: '2000000' }, deductible: '15000', premium: '2100' },
      { product: 'Eiendeler', object: 'Storgata 1, 0155 Oslo', index_class: 'maskin_losore', sum: '6000000', deductible: '10000' },
    ]);
    expect(p.trace?.['coverages[1]']?.line).toBe(6);
    expect(p.warnings).toEqual([]);
  });
  it('coverages stated as labelled fields under the product heading (a line each, or two cells), a field named again starting the next place', () => {
    const p = parse(
      'FORSIKRINGSNUMMER 5550123\n\nNæringsbygg\nForsikringssted:\tStorgata 1, 0155 Oslo\nForsikringssum:\tkr 52 000 000\nEgenandel:\tkr 15 000\nPris:\tkr 48 200\n' +
        'Forsikringssted:\tStorgata 3, 0155 Oslo\nForsikringssum:\tFullverdi\nEgenandel:\tkr 15 000\n\n' +
        'Eiendeler\nDekning: Pluss\nForsikringssum: kr 6 000 000\nEgenandel: kr 10 000\n\nSikkerhetsforskrifter\nEgenandel: kr 5 000\n',
      true,
    );
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', object: 'Storgata 1, 0155 Oslo', index_class: 'bygninger', sum: '52000000', deductible: '15000', premium: '48200' },
      { product: 'Næringsbygg', object: 'Storgata 3, 0155 Oslo', index_class: 'bygninger', deductible: '15000', note: 'Fullverdi' },
      { product: 'Eiendeler', coverage: 'Pluss', index_class: 'maskin_losore', sum: '6000000', deductible: '10000' },
    ]);
    expect(p.trace?.['coverages[1]']?.line).toBe(8);
    expect(p.warnings).toEqual([]);
  });
  it('such a table without a product heading above it is not a schedule', () => {
    expect(parse('FORSIKRINGSNUMMER 12345678\n\nForsikringssted\tForsikringssum\nStorgata 1\tkr 5 000 000\n').coverages).toBeUndefined();
  });
});

describe('a PDF row off the columns of the table above', () => {
  it('is not read by position: a warning names it, the rows above are read', () => {
    const doc = textToSource(
      `${HEAD}Forsikringsoversikt\n\nBygning\tAdresse\tForsikringssum\tEgenandel\tÅrspremie\nGarasjeanlegg\tSagveien 23, 0459 Oslo\t19 750 000\t15 000\t11 020\nStyreansvar\t5 000 000\t0\t2 400\n`,
      'doc.pdf',
      '0'.repeat(64),
    );
    // (as the PDF layout marks it: src/parse/pdf/grid.ts)
    const row = doc.lines.find((l) => l.text.startsWith('Styreansvar'))!;
    row.offColumns = true;
    const p = extractPolicy(doc);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Garasjeanlegg']);
    expect(p.warnings).toContainEqual(expect.stringMatching(new RegExp(`line ${row.line}: could not tell which columns .*Styreansvar`)));
  });
});

describe('PDF rows off their columns with a cell under each of the header\'s names', () => {
  // a text table lined up with runs of spaces, printed in a proportional font: each row's gaps shrink to one tab's width,
  // so no row's cells stand under the header's names — but each row still has one cell per name, in the header's order
  const text = `${HEAD}Forsikringsbevis – Gardsforsikring\n\nForsikringsstad / objekt\tForsikringssum\tEigenandel\tÅrspris\nFjøs og låve\t7 300 000\t10 000\t12 480\nHusdyr\t850 000\tIngen\t2 310\nTraktor\t640 000\t\n`;
  const doc = textToSource(text, 'doc.pdf', '0'.repeat(64));
  for (const l of doc.lines) if (/^(?:Fjøs|Husdyr|Traktor)/.test(l.text)) l.offColumns = true;
  const p = extractPolicy(doc);
  it('reads a row whose figure columns all hold amounts in that order', () => {
    expect(p.coverages?.find((c) => (c.object ?? c.coverage ?? c.product).startsWith('Fjøs'))).toMatchObject({ sum: '7300000', deductible: '10000', premium: '12480' });
  });
  it('leaves a row with a word under a figure\'s name, or a cell fewer, unread and said', () => {
    expect(p.coverages?.length).toBe(1);
    expect(p.warnings.filter((w) => /could not tell which columns/.test(w)).length).toBe(2);
  });
});

describe('a schedule row whose name cell holds an amount and whose figures are one short', () => {
  it('is not read by position (its deductible would be the sum): a warning names it', () => {
    // («Kriminalitet, NOK 2 000 000 | NOK 50 000 | NOK 4 150»: a PDF set the sum into the name's cell)
    const text = 'Polisenummer: PF 330 2154\n\n2. ANSVAR OG KRIMINALITET\n\nDekning\tForsikringssum\tEgenandel\tPremie\nBedriftsansvar\tNOK 20 000 000\tNOK 50 000\tNOK 24 300\nKriminalitet, NOK 2 000 000\tNOK 50 000\tNOK 4 150\n';
    const p = extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => c.coverage)).toEqual(['Bedriftsansvar']);
    expect(p.warnings.join('\n')).toMatch(/«Kriminalitet, NOK 2 000 000» holds an amount/);
  });
});

describe('a sum with a note in brackets after it', () => {
  it('is the sum, the bracket its note («2 184 000 000 (etter bygningsliste)»)', () => {
    const text = 'Avtalenummer: 4400 1932\n\nForsikring\tForsikringssum\tEigendel\tPris 2025\nKommunal eigedom\t2 184 000 000 (etter bygningsliste)\t100 000\t1 212 400\n';
    const p = extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.sum, c.note])).toEqual([['Kommunal eigedom', '2184000000', '(etter bygningsliste)']]);
  });
});
