import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('a person product\'s items under its priced line', () => {
  it('«Gruppelivsforsikring   Pris per år: 9 400 kr» over its set-in G rows: the rows are that product\'s, not the page title\'s', () => {
    const p = parse(
      'Min side  |  Bedrift\n\nPersonalforsikringer\nAvtalenummer 4471 2290\nGjelder fra 01.03.2027 til 28.02.2028\n\n' +
        'Yrkesskadeforsikring                                   Pris per år: 18 200 kr\nLovpålagt for alle ansatte.\n' +
        '  Ménerstatning                                  4,5 G\n  Tap i fremtidig erverv                         22–30 G\nEgenandel: Ingen\n\n' +
        'Gruppelivsforsikring                                   Pris per år: 9 400 kr\n  Dødsfall                                       12 G\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((x) => x.name)])).toEqual([
      ['Yrkesskadeforsikring', '18200', ['Ménerstatning', 'Tap i fremtidig erverv']],
      ['Gruppelivsforsikring', '9400', ['Dødsfall']],
    ]);
  });
});

describe('a row in kroner among a person product\'s G rows', () => {
  it('«Tannskade ved ulykke   inntil kr 40 000   kr 500» right after the G rows: items as the G rows are, the limit its sum', () => {
    const p = parse(
      'Forsikringsnummer UL-2027-44120\nForsikringen gjelder 01.02.2027 - 31.01.2028\n\nULYKKESFORSIKRING FAMILIE\n\n' +
        'Dekning                          Forsikringssum          Egenandel\n' +
        'Medisinsk invaliditet            20 G                    Ingen\n' +
        'Dødsfall                         2 G                     Ingen\n' +
        'Tannskade ved ulykke             inntil kr 40 000        kr 500\n' +
        'Kritisk sykdom                   kr 250 000              Ingen\n\nÅrspremie kr 3 880\n',
    );
    const c = p.coverages?.find((x) => x.items !== undefined);
    expect(c?.items?.map((x) => [x.name, x.sum])).toEqual([
      ['Medisinsk invaliditet', { g: '20' }],
      ['Dødsfall', { g: '2' }],
      ['Tannskade ved ulykke', '40000'],
      ['Kritisk sykdom', '250000'],
    ]);
    expect(p.coverages?.filter((x) => x.coverage !== undefined)).toEqual([]);
  });
});
