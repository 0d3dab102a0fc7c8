import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('«Førsterisiko*» in a form column over its footnote', () => {
  // a farm's certificate «Objekt / forsikringssted   Forsikringsform   Forsikringssum   Egenandel   Premie» with a protected
  // storehouse «Stabbur (verneverdig), …   Førsterisiko*   400.000 …» and «* Førsterisikosum – indeksreguleres ikke.» under it
  const table = [
    'Objekt / forsikringssted   Forsikringsform   Forsikringssum   Egenandel   Premie',
    'Bolighus, Elvevegen 8      Fullverdi              3.150.000      10.000    6.480',
    'Eldhus, Elvevegen 8        Førsterisiko*            250.000      10.000      410',
    '',
  ].join('\n');
  it('makes the row\'s sum a first-risk sum and its footnote takes it out of the index', () => {
    const p = parse(`${table}* Førsterisikosum – indeksreguleres ikke.\n`);
    const house = p.coverages?.find((c) => c.product === 'Eldhus');
    expect(house?.sum).toEqual({ first_risk: '250000' });
    expect(house?.index_class).toBe('none');
    expect(p.coverages?.find((c) => c.product === 'Bolighus')?.sum).toBe('3150000');
    expect(p.warnings?.some((w) => w.includes('Førsterisikosum'))).toBe(false);
  });
  it('with no footnote under the table the word still says first risk, the index is left to the name', () => {
    const p = parse(table);
    expect(p.coverages?.find((c) => c.product === 'Eldhus')?.sum).toEqual({ first_risk: '250000' });
  });
});

describe('a page\'s foot with the company\'s organisation number under a table', () => {
  // «Landkreditt Forsikring AS · Org.nr. … · Postboks …   1/3» between rules under a cover table: no row
  it('is no coverage', () => {
    const p = parse([
      'Dekning                                   Forsikringssum        Egenandel',
      'Ansvar som huseier                        5.000.000             10.000',
      '',
      '-------------------------------------------------------------------------------------------',
      'Nordhavn Forsikring AS · Org.nr. 912 345 678 · Postboks 12, 9008 Tromsø         1/2',
      '-------------------------------------------------------------------------------------------',
    ].join('\n'));
    expect(p.coverages?.map((c) => c.product)).toEqual(['Ansvar som huseier']);
  });
});
