import { describe, expect, it } from 'vitest';
import { G_IN_TEXT, amountsIn, cellAmounts, isGCell, readAmount, readG, readLimit, readSum } from './amounts.js';

describe('readAmount', () => {
  it('reads the amounts of schedules', () => {
    expect(readAmount('Kr 10 000')).toBe('10000');
    expect(readAmount('kr 15.000,-')).toBe('15000');
    expect(readAmount('96 500 000')).toBe('96500000');
    expect(readAmount('1 234 567 890 123')).toBe('1234567890123');
  });

  it('does not read two figures run together as one (the cells of two rows joined)', () => {
    expect(readAmount('96 500 000 210 300 000')).toBeUndefined();
    expect(readAmount('kr 38.400.000.210.300.000')).toBeUndefined();
    expect(cellAmounts('96 500 000 210 300 000')).toBeUndefined();
  });
});

describe('G sums', () => {
  it('reads a range written with G after each end', () => {
    expect(readG('22 G til 30 G')).toEqual({ g_min: '22', g_max: '30' });
    expect(readG('22 G – 30 G')).toEqual({ g_min: '22', g_max: '30' });
    expect(readG('22–30 G')).toEqual({ g_min: '22', g_max: '30' });
    expect(readG('inntil 6,5 G')).toEqual({ g: '6.5' });
    expect(readSum('22 G til 30 G')).toEqual({ g_min: '22', g_max: '30' });
    G_IN_TEXT.lastIndex = 0;
    expect(G_IN_TEXT.exec('Tap i fremtidig erverv: 22 G til 30 G.')?.[0]).toBe('22 G til 30 G');
  });

  it('reads a sum in words then in kroner after a comma («36 måneders husleie, kr 14 400 000», private-holdout81/protector-fornyelse-eiendom)', () => {
    expect(readSum('36 måneders husleie, kr 14 400 000')).toBe('14400000');
    expect(readSum('12 mnd driftstap, NOK 8 000 000')).toBe('8000000');
    // (a rule or two amounts is no sum of this shape)
    expect(readSum('20 %, min. kr 10 000')).toBeUndefined();
    expect(readSum('kr 5 000 per dag, kr 100 000')).toBeUndefined();
  });

  it('reads a sum the law or a case-by-case assessment sets as individual', () => {
    for (const c of ['Individuelt', 'Etter loven', 'etter loven', 'Fastsettes individuelt', 'iht. loven']) {
      expect(readSum(c), c).toEqual({ individual: true });
      expect(isGCell(c), c).toBe(true);
    }
    expect(isGCell('Etter avtale')).toBe(false);
  });

  // a nynorsk staff certificate's row «Påførte og framtidige meirutgifter   Individuelt fastsett»
  it('reads nynorsk\'s participle and passive of an individual sum', () => {
    for (const c of ['Individuelt fastsett', 'Fastsetjast individuelt', 'Individuelt berekna', 'Vurderast individuelt']) expect(readSum(c), c).toEqual({ individual: true });
  });
});

describe('readLimit', () => {
  it('reads a limit in kroner as the sum', () => {
    expect(readLimit('inntil kr 100 000')).toBe('100000');
    expect(readLimit('Opptil kr 50 000,-')).toBe('50000');
    expect(readLimit('maks. kr 20 000')).toBe('20000');
    expect(readLimit('maksimalt 15 000 kr')).toBe('15000');
  });
  it('is undefined for a plain amount, a G sum or a limit with words after it', () => {
    expect(readLimit('kr 100 000')).toBeUndefined();
    expect(readLimit('inntil 6,5 G')).toBeUndefined();
    expect(readLimit('inntil kr 100 000 per skade')).toBeUndefined();
  });
});

describe('a G range whose unit follows only its second figure', () => {
  // a kommune's staff page, nynorsk: «Barn under 20 år får mellom 1 og 6,5 G.» (it gave 6,5 G alone)
  it('«mellom 1 og 6,5 G» is the range 1–6,5 G, in a cell and in running text', () => {
    expect(readG('mellom 1 og 6,5 G')).toEqual({ g_min: '1', g_max: '6.5' });
    expect(isGCell('mellom 1 og 6,5 G')).toBe(true);
    G_IN_TEXT.lastIndex = 0;
    expect('Barn under 20 år får mellom 1 og 6,5 G.'.match(G_IN_TEXT)).toEqual(['mellom 1 og 6,5 G']);
  });
});

describe('readAmount: sums in millions («212,4 mill.» in a large risk\'s schedule)', () => {
  it.each([
    ['212,4 mill.', '212400000'],
    ['96,75 mill.', '96750000'],
    ['18,0 mill.', '18000000'],
    ['NOK 1,25 mill.', '1250000'],
    ['kr 2 mill.', '2000000'],
    ['18 millioner kroner', '18000000'],
    ['MNOK 96,75', '96750000'],
    // (a municipality's overview in a broker's e-mail: «Bygning | Alle lokasjoner | MNOK 4 120 | …», thousands of millions grouped)
    ['MNOK 4 120', '4120000000'],
    ['4 120 mill.', '4120000000'],
    ['2,5 mio. kr', '2500000'],
  ])('%s → %s', (text, value) => {
    expect(readAmount(text)).toBe(value);
  });
  it('a figure of millions with more than six decimals, or words around it, is no amount', () => {
    expect(readAmount('1,2345678 mill.')).toBeUndefined();
    expect(readAmount('inntil 2 mill. per skade')).toBeUndefined();
  });
  // 103/soderberg-partners-forsikringsoversikt-privat (LibreOffice PDF): «Sum: NOK 1,1 mill.» in a boat's row was read 1,10 kroner
  it('is found in running text whole, with its word of millions — not as the kroner before it', () => {
    expect(amountsIn('Sum: NOK 1,1 mill.   Egenandel: NOK 10 000').map((a) => a.value)).toEqual(['1100000', '10000']);
    expect(amountsIn('Ansvar inntil kr 5 mill. per skade, 2,5 mio. kr samlet').map((a) => a.value)).toEqual(['5000000', '2500000']);
    expect(amountsIn('Avstand 2 millimeter, kr 500').map((a) => a.value)).toEqual(['500']);
    // the corpus renewal letter's other terms: «… utbetales ytterligere 5 % av erstatning …, maksimalt 10 millioner, om …»
    expect(amountsIn('maksimalt 10 millioner, om bygningen får sertifisering').map((a) => a.value)).toEqual([]);
    expect(amountsIn('inntil 18 millioner kroner').map((a) => a.value)).toEqual(['18000000']);
  });
});

describe('thousands grouped by commas, as an English schedule writes them', () => {
  it('«NOK 50,000,000»: two commas are no decimal comma — fifty million', () => {
    expect(readAmount('NOK 50,000,000')).toBe('50000000');
    expect(readAmount('1,250,000.50 kr')).toBe('1250000.5');
  });
  it('«NOK 84,600»: 84,6 kroner or 84 600 — it could be read two ways, so it is not read', () => {
    expect(readAmount('NOK 84,600')).toBeUndefined();
    expect(readAmount('150,000')).toBeUndefined();
    expect(readAmount('kr 84,60')).toBe('84.6');
  });
  it('in running text, «NOK 84,600» is not found as «NOK 84,60»', () => {
    expect(amountsIn('Premium (Premie): NOK 84,600').map((a) => a.value)).toEqual([]);
    expect(amountsIn('Egenandel kr 5 000,- og kr 84,60').map((a) => a.value)).toEqual(['5000', '84.6']);
  });
});

describe('dates in a bilingual schedule\'s English', () => {
  // private-holdout51/hdi-ansvar-policy-schedule-bilingual: «Date of issue / Utstedt:   28 November 2025»
  it('reads the day before the English month, no full stop', async () => {
    const { readDate, DATE_CELL } = await import('./amounts.js');
    expect(readDate('28 November 2025')).toBe('2025-11-28');
    expect(readDate('1 January 2026')).toBe('2026-01-01');
    expect(readDate('31 Juneuary 2026')).toBeUndefined();
    expect(DATE_CELL.test('1 January 2026 – 31 December 2026')).toBe(true);
  });
});

describe('dates written day/month-year with a stroke and a hyphen', () => {
  it('reads «Utstedt: 9/12-24» and a period «1/1-25 - 31/12-25» as the dotted form', async () => {
    const { readDate, DATE_CELL } = await import('./amounts.js');
    expect(readDate('9/12-24')).toBe('2024-12-09');
    expect(readDate('24/12-2005')).toBe('2005-12-24');
    expect(DATE_CELL.test('1/1-25 - 31/12-25')).toBe(true);
    expect(readDate('31/2-25')).toBeUndefined();
  });
  it('a day and month without a year is no date («indeksreguleres pr. 1/1»)', async () => {
    const { DATE_SOURCE } = await import('./amounts.js');
    expect(new RegExp(DATE_SOURCE).test('indeksreguleres årlig pr. 1/1.')).toBe(false);
  });
});

describe('readSum: a sum on first risk in a bilingual schedule', () => {
  // 106/protector-forsikringsbevis-naeringseiendom (groff): the sum's cell «2 000 000 Førsterisiko / First loss» was read
  // as no sum, and the row's figures moved a column to the left
  it('«2 000 000 Førsterisiko / First loss» is a first-risk sum', () => {
    expect(readSum('2 000 000 Førsterisiko / First loss')).toEqual({ first_risk: '2000000' });
    expect(readSum('kr 500 000 (førsterisiko) / first-loss')).toEqual({ first_risk: '500000' });
  });
});

describe('a first-risk sum written bilingually before its amount', () => {
  // Protector's «Norsk / English» certificates: «Førsterisiko / First loss 15 000 000» in the sum column
  it('«Førsterisiko / First loss 4 500 000» is a first-risk sum, as «Førsterisiko 4 500 000» is', () => {
    expect(readSum('Førsterisiko / First loss 4 500 000')).toEqual({ first_risk: '4500000' });
    expect(readSum('Førsterisiko/first-loss kr 750 000')).toEqual({ first_risk: '750000' });
    expect(readSum('Førsterisiko / First loss')).toBeUndefined();
  });
});

describe('a first-risk sum named by the word for the sum itself', () => {
  // a cabin certificate's table «Dekning | Forsikringssum | Eigendel | Årspremie» over «Innbu og lausøyre | Førsterisikosum
  // 300 000 kr | 8 000 kr | 1 160 kr»: the cell names its kind of sum before the amount
  it('«Førsterisikosum 300 000 kr» is a first-risk sum, nynorsk «Fyrsterisikosum» too', () => {
    expect(readSum('Førsterisikosum 300 000 kr')).toEqual({ first_risk: '300000' });
    expect(readSum('Fyrsterisikosum: kr 150 000')).toEqual({ first_risk: '150000' });
    expect(readSum('Førsterisikosum')).toBeUndefined();
  });
});
