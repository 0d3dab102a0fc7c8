import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// A broker's staff table whose product cell is written once and spans the sub-rows of its items
// (src/parse/schedule-spans.ts; the sub-rows kept apart by src/parse/text.ts).
const parse = (text: string): Policy => extractPolicy(textToSource(`Polisenummer: 77120455\n\n${text}`, 'doc.txt', '0'.repeat(64)), {});
const items = (p: Policy): Array<[string, unknown]> => (p.coverages ?? []).map((c) => [c.product, c.items?.map((i) => [i.name, i.sum])]);

const EXPECTED = [
  ['Gruppeliv', [['Dødsfall', { g: '10' }], ['Barnetillegg per barn', { g: '1' }]]],
  [
    'Yrkesskade',
    [
      ['Ménerstatning', { individual: true }],
      ['Tap av fremtidig erverv – lovbestemt del', { individual: true }],
      ['Død, tillegg', { g: '5' }],
    ],
  ],
  ['Behandling', [['Behandlingsforsikring', { individual: true }]]],
];

describe('a product cell that spans the sub-rows of its items', () => {
  it('space-aligned: one coverage per product with its items; a wrapped item name is joined, not merged with the next item', () => {
    const p = parse(
      [
        'Produkt             Dekning                               Forsikringssum',
        'Gruppeliv           Dødsfall                              10 G',
        '                    Barnetillegg per barn                 1 G',
        'Yrkesskade          Ménerstatning                         Etter lov',
        '                    Tap av fremtidig erverv – lov-        Etter lov',
        '                    bestemt del',
        '                    Død, tillegg                          5 G',
        'Behandling          Behandlingsforsikring                 Individuelt',
      ].join('\n'),
    );
    expect(items(p)).toEqual(EXPECTED);
    expect(p.coverages?.every((c) => c.index_class === 'none' && c.coverage === undefined && c.sum === undefined)).toBe(true);
    expect(p.warnings).toEqual([]);
  });

  it('tab-separated, the product cell empty on the sub-rows: the same', () => {
    const p = parse('Produkt\tDekning\tForsikringssum\nGruppeliv\tDødsfall\t10 G\n\tBarnetillegg per barn\t1 G\nYrkesskade\tMénerstatning\tEtter lov\n\tTap av fremtidig erverv – lov-\tEtter lov\n\tbestemt del\n\tDød, tillegg\t5 G\nBehandling\tBehandlingsforsikring\tIndividuelt\n');
    expect(items(p)).toEqual(EXPECTED);
  });

  it('a table where every product has one row stays one coverage per row (a benefit with its sum is the product\'s item)', () => {
    const p = parse('Produkt\tDekning\tForsikringssum\nGruppeliv\tDødsfall\t10 G\nYrkesskade\tMénerstatning\tEtter lov\n');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.note, c.items])).toEqual([
      ['Gruppeliv', undefined, undefined, undefined, [{ name: 'Dødsfall', sum: { g: '10' } }]],
      ['Yrkesskade', 'Ménerstatning', undefined, 'Etter lov', undefined],
    ]);
  });

  it('a table with a premium column is not read as items (an item has no premium)', () => {
    const p = parse('Produkt\tDekning\tForsikringssum\tPremie\nGruppeliv\tDødsfall\t10 G\tkr 4 200\n\tBarnetillegg\t1 G\tkr 600\n');
    expect(p.coverages?.some((c) => c.product === 'Gruppeliv' && c.items !== undefined)).toBe(false);
  });

  it('a benefit column («Ytelse») and a premium column: the premium on the product\'s row is the product\'s, G sums its items', () => {
    // a broker's overview: «| Yrkesskade    | Ménerstatning      | 4,5 G | NOK 61 230,- |» over «|               | Erstatning ved død | 15 G  |               |»
    const p = parse(
      [
        '| Produkt       | Ytelse                 | Sum    | Premie 2026   |',
        '| Yrkesskade    | Ménerstatning          | 4,5 G  | NOK 61 230,-  |',
        '|               | Erstatning ved død     | 15 G   |               |',
        '| Gruppeliv     | Utbetaling ved død     | 10 G   | NOK 29 440,-  |',
      ].join('\n'),
    );
    expect(p.coverages?.map((c) => [c.product, c.sum, c.premium, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      ['Yrkesskade', undefined, '61230', [['Ménerstatning', { g: '4.5' }], ['Erstatning ved død', { g: '15' }]]],
      ['Gruppeliv', undefined, '29440', [['Utbetaling ved død', { g: '10' }]]],
    ]);
  });
});
