import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';
import { coverageRowOf } from './changes.js';

// A certificate's title in the letterhead's last column, the product under it (src/parse/schedule-tables.ts titledProduct),
// over a table whose only name column is «Dekninger»: each row a coverage of that product.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('«FORSIKRINGSBEVIS» over the product in the letterhead', () => {
  const head =
    'Nordlys Forsikring                                    FORSIKRINGSBEVIS\n' +
    'Nordlys Forsikring ASA, Postboks 1, 9008 Tromsø        Katt\n\n' +
    'Polisenr.   7711-2040\n\n';
  const table =
    'Dekninger                 Forsikringssum      Egenandel     Pris pr. år\n' +
    'Veterinærutgifter         kr 30 000           kr 2 000      kr 2 412\n' +
    'Livsforsikring            kr 8 000            -             kr 318\n';
  it('each «Dekninger» row is a coverage of the title\'s product', () => {
    const p = parse(`${head}${table}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.deductible, c.premium])).toEqual([
      ['Katt', 'Veterinærutgifter', '30000', '2000', '2412'],
      ['Katt', 'Livsforsikring', '8000', undefined, '318'],
    ]);
  });
  it('a change named by one of those covers is that product\'s change', () => {
    const p = parse(`${head}${table}\nEgenandelen for veterinærutgifter er endret fra kr 1 500 til kr 2 000.\n`);
    expect(p.deductible_changes).toEqual([expect.objectContaining({ product: 'Katt', coverage: 'Veterinærutgifter', old: ['1500'], new: ['2000'] })]);
  });
  it('a title over no product\'s name names none: the rows stay as read', () => {
    const p = parse(`Nordlys Forsikring                                    FORSIKRINGSBEVIS\nNordlys Forsikring ASA, Postboks 1, 9008 Tromsø        Side 1 av 2\n\nPolisenr.   7711-2040\n\n${table}`);
    expect(p.coverages?.some((c) => c.product === 'Side 1 av 2')).toBe(false);
  });
});

describe('coverageRowOf', () => {
  it('the one product with a coverage row of that name', () => {
    expect(coverageRowOf('veterinærutgifter', [{ product: 'Hund', coverage: 'Veterinærutgifter' }, { product: 'Hund', coverage: 'Livsforsikring' }])).toEqual({ product: 'Hund', coverage: 'Veterinærutgifter' });
  });
  it('rows of two products: none', () => {
    expect(coverageRowOf('ansvar', [{ product: 'Hund', coverage: 'Ansvar' }, { product: 'Katt', coverage: 'Ansvar' }])).toBeUndefined();
  });
});

describe('a title with the page\'s number at its right', () => {
  // test/corpus/docs/klp-forsikringsbevis-innbo-sidetall-tittel-2027: «FORSIKRINGSBEVIS – INNBOFORSIKRING      Side 1 av 1»
  // over the policy's fields, a «Forsikringssted:» line and «Dekning | Forsikringssum | Egenandel | Pris per år»
  const doc = (title: string) =>
    `${title}\n\nForsikringsnummer:  52-661043\n\nForsikringssted: Lillestrømvegen 18 A, 2005 Rælingen\n\n` +
    'Dekning                              Forsikringssum          Egenandel     Pris per år\n' +
    'Innbo og løsøre                      950.000                 3.000         2.310\n' +
    'Ansvar                               5.000.000               3.000         inkl.\n';
  it('the title still names the one insurance: the rows are its covers', () => {
    const p = parse(doc('FORSIKRINGSBEVIS – INNBOFORSIKRING                                       Side 1 av 1'));
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object])).toEqual([
      ['Innboforsikring', 'Innbo og løsøre', 'Lillestrømvegen 18 A, 2005 Rælingen'],
      ['Innboforsikring', 'Ansvar', 'Lillestrømvegen 18 A, 2005 Rælingen'],
    ]);
  });
  it('a cell that is no page number nor a fact leaves the row no title', () => {
    const p = parse(doc('FORSIKRINGSBEVIS – INNBOFORSIKRING                                       Kopi til megler'));
    expect(p.coverages?.map((c) => c.product)).not.toContain('Innboforsikring');
  });
});
