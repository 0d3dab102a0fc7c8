import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// A «Forsikret» column beside the insurance's name (src/parse/schedule-overview.ts insuredBesideProduct, PEOPLE_CELL)
// and a staff card's labelled lines under a table of the product above (src/parse/schedule-tables.ts endedTableRow).
// After 77/storebrand-endringer-egenandel-tabell, 48/klp-arsoversikt-forsikringer and 78/fremtind-personal-g.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('«Forsikret» beside the insurance\'s name', () => {
  // «Forsikring   Forsikret                          Sum               Egenandel       Pris per år»
  it('holds each row\'s object; the people a cover is for are none', () => {
    const p = parse(
      'Forsikringene dine fra 01.05.2026\n\n' +
        'Forsikring   Forsikret                          Sum               Egenandel       Pris per år\n' +
        'Innbo        Kløverveien 41, 1415 Oppegård       NOK 1 650 000,-   NOK 5 000,-     NOK 3 980,-\n' +
        'Personbil    Volkswagen ID.4, EV 20917           –                 NOK 6 000,-     NOK 9 240,-\n' +
        'Reise        Husstanden                          –                 NOK 500,-       NOK 1 632,-\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Innbo', 'Kløverveien 41, 1415 Oppegård', '1650000', '5000', '3980'],
      ['Personbil', 'Volkswagen ID.4, EV 20917', undefined, '6000', '9240'],
      ['Reise', undefined, undefined, '500', '1632'],
    ]);
  });
});

describe('a staff card\'s labelled lines under the table of the product above', () => {
  // «Behandlingsforsikring» / «  Dekning                    Standard» / «  Egenandel                  kr 0» / «  Årspremie                  kr 21 250»
  it('are the card\'s fields, never rows of that table', () => {
    const p = parse(
      'Forsikringsbevis\nPersonforsikringer bedrift\n\n' +
        'Uføreforsikring\n  Dekning                    Forsikringssum\n  Uførekapital               8 G\n  Årspremie                  kr 16 218\n\n' +
        'Behandlingsforsikring\n  Dekning                    Standard\n  Egenandel                  kr 0\n  Årspremie                  kr 21 250\n',
    );
    const b = p.coverages?.find((c) => c.product === 'Behandlingsforsikring');
    expect(b && [b.coverage, b.deductible, b.premium]).toEqual(['Standard', '0', '21250']);
  });
});
