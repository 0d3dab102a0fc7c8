import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\n';
const row = (c: NonNullable<Policy['coverages']>[number]) => [c.product, c.object, c.sum, c.deductible, c.premium];

describe('an overview\'s rows with no header row, the figures labelled in their cells or placed by their column', () => {
  // 73/jernbanepersonalets-fornyelse-hjem: «  Hus   Stasjonsvegen 5, 2770 Jaren   Fullverdi   eg.andel kr 7 500   kr 8 664» over
  // «  Innbo   …   kr 1 000 000   eg.andel kr 5 000   kr 2 712», «  Reise   -   -   eg.andel kr 0   kr 1 490», then
  // «Sum å betale for året: kr 12 866»
  const rows =
    '  Hus      Lia 4, 2850 Lena      Fullverdi      eg.andel kr 8 000   kr 9 100\n' +
    '  Innbo    Lia 4, 2850 Lena      kr 900 000     eg.andel kr 4 000   kr 2 300\n' +
    '  Reise    -                     -              eg.andel kr 0       kr 1 400\n';
  it('«Fullverdi» places the sum\'s column, the label the deductible\'s; the last amount is the premium where the total sums it', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n${rows}\nSum å betale for året: kr 12 800\n`);
    expect(p.coverages?.map(row)).toEqual([
      ['Hus', 'Lia 4, 2850 Lena', undefined, '8000', '9100'],
      ['Innbo', 'Lia 4, 2850 Lena', '900000', '4000', '2300'],
      ['Reise', undefined, undefined, '0', '1400'],
    ]);
    expect(p.coverages?.[0]?.note).toBe('Fullverdi');
    expect(p.warnings).toEqual([]);
  });
  it('a total that is not what the last amounts add up to: they are no premiums — warned, not read', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n${rows}\nSum å betale for året: kr 13 000\n`);
    expect(p.coverages?.map((c) => c.premium)).toEqual([undefined, undefined, undefined]);
    expect(p.coverages?.map((c) => c.deductible)).toEqual(['8000', '4000', '0']);
    expect(p.warnings?.filter((w) => w.includes('no label or column names it')).length).toBe(3);
  });
  it('no total under the rows: the last amounts are not read either', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n${rows}`);
    expect(p.coverages?.every((c) => c.premium === undefined)).toBe(true);
    expect(p.warnings?.some((w) => w.includes('«kr 9 100»'))).toBe(true);
  });
  // 73/eika-viktig-informasjon-om-din-forsikring: «  Villa Topp   Bjørkelia 22, 1930 Aurskog   Fullverdi   egenandel  8 000 kr
  // pris 12 960 kr/år» — the label two spaces from its amount, a row with no sum cell («Bil Kasko   EL 48213 Tesla Model Y …»)
  it('a label set apart from its amount, a price «kr/år», a row one figure short aligned from the right', () => {
    const p = parse(
      `${HEAD}Dette får du\n` +
        '  Villa      Bakkane 2, 3560 Hemsedal   Fullverdi       egenandel  8 000 kr    pris 11 200 kr/år\n' +
        '  Innbo      Bakkane 2, 3560 Hemsedal   1 500 000 kr    egenandel  4 000 kr    pris  3 150 kr/år\n' +
        '  Bil        EK 22817 Volvo XC40                        egenandel 10 000 kr    pris  8 400 kr/år\n',
    );
    expect(p.coverages?.map(row)).toEqual([
      ['Villa', 'Bakkane 2, 3560 Hemsedal', undefined, '8000', '11200'],
      ['Innbo', 'Bakkane 2, 3560 Hemsedal', '1500000', '4000', '3150'],
      ['Bil', 'EK 22817 Volvo XC40', undefined, '10000', '8400'],
    ]);
  });
  it('rows with no labelled figure at all are no such block (a table whose header is elsewhere)', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n  Hus      Lia 4, 2850 Lena      kr 4 000 000   kr 8 000   kr 9 100\n  Innbo    Lia 4, 2850 Lena      kr 900 000     kr 4 000   kr 2 300\n`);
    expect(p.coverages?.some((c) => c.premium === '9100')).toBeFalsy();
  });
});

describe('a letter\'s summary: a product and one figure that carries its own label', () => {
  // «Veterinærforsikring        forsikringsbeløp 60 000 kr per år» under «Din forsikring fra 14.04.2025»
  it('is a row: the product, the figure by its label', () => {
    const p = parse('Din forsikring fra 01.06.2026\n\n  Forsikringsnummer          5520-118-774\n  Hundeforsikring            forsikringssum 40 000 kr per år\n  Agria Liv                  forsikringsbeløp 12 000 kr\n  Årspremie totalt           4 912 kr\n');
    expect(p.coverages).toMatchObject([
      { product: 'Hundeforsikring', sum: '40000', index_class: 'none' },
      { product: 'Agria Liv', sum: '12000', index_class: 'none' },
    ]);
  });
});
