import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 81442907\n\n';

describe('an overview of premiums whose products stand alone on their lines, over their place and premium', () => {
  // a club's «Forsikringsoversikt» copied from its PDF: «Det er avtalt forsikring på følgende   Årspremie (kr)»
  // over «Bygning» / «Klubbhus Gnr 62 Bnr 14 3370 Vikersund   9 412», a machine over its covers set in
  const DOC =
    `${HEAD}Det er avtalt forsikring på følgende                                     Årspremie (kr)\n` +
    'Bygning\n' +
    'Klubbhus Gnr 62 Bnr 14 3370 Vikersund                                           9 412\n' +
    'Eiendeler\n' +
    'Klubbhus Gnr 62 Bnr 14 3370 Vikersund                                           2 058\n' +
    'Ansvar for skade på person og ting                                              1 640\n' +
    'Arbeidsmaskin\n' +
    'Løypemaskin PistenBully 100 2014\n' +
    '  Ansvar                                                                        4 870\n' +
    '  Kasko                                                                         2 035\n' +
    'Forsikringens premie                                                           19 015\n';
  it('the product line names the row under it; the figure is its premium, never an item\'s sum; the covers set in under a machine are its coverages', () => {
    const p = parse(DOC);
    expect(p.coverages).toEqual([
      { product: 'Bygning', object: 'Klubbhus Gnr 62 Bnr 14 3370 Vikersund', index_class: 'bygninger', premium: '9412' },
      { product: 'Eiendeler', object: 'Klubbhus Gnr 62 Bnr 14 3370 Vikersund', index_class: 'maskin_losore', premium: '2058' },
      { product: 'Ansvar for skade på person og ting', index_class: 'none', premium: '1640' },
      { product: 'Arbeidsmaskin', coverage: 'Ansvar', object: 'Løypemaskin PistenBully 100 2014', index_class: 'none', premium: '4870' },
      { product: 'Arbeidsmaskin', coverage: 'Kasko', object: 'Løypemaskin PistenBully 100 2014', index_class: 'none', premium: '2035' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('without the sentence that leads into the list, a product line over rows is left to the other readers', () => {
    const p = parse(`${HEAD}Bygning\nKlubbhus Gnr 62 Bnr 14 3370 Vikersund                                           9 412\n`);
    expect(p.coverages?.some((c) => c.premium === '9412')).toBe(false);
  });
});

describe('a certificate block whose last row has more pieces than the widest line above', () => {
  // the same document's certificate page: «Forsikringsbevis    Eiendeler    Gjelder fra 01.03.2025» over
  // «Forsikringssted     Klubbhus …», a header of two figure columns, a row, and «Premie for denne forsikringen   2 058»
  it('is read without failing (a piece past the last column once stopped the whole parse)', () => {
    const read = (): Policy => parse(
      `${HEAD}Forsikringsbevis    Eiendeler                          Gjelder fra 01.03.2025\n` +
        'Forsikringssted     Klubbhus Gnr 62 Bnr 14 3370 Vikersund\n' +
        'Virksomhet          Idrettslag\n' +
        '                                                     Forsikringssum     Egenandel\n' +
        'Maskiner, inventar og løsøre                               850 000          8 000\n' +
        'Premie for denne forsikringen                                                2 058\n',
    );
    expect(read).not.toThrow();
    expect(read().policy_number).toBe('81442907');
  });
});

describe('the same overview as a tab table: the place column empty in the header, covers in the place column', () => {
  // «Det er avtalt forsikring på følgende\t\tÅrspremie (kr)» over «Bygning\tKlubbhus Rindalshallen, Myrvegen 12\t14 260»,
  // «Snøscooter - LYNX 69 RANGER 2019 - DF 1120\tAnsvar\t394» over «\tKasko\t1 860», «Ansvar for lag/klubb\tAnsvar for skade på person og ting\t1 540»
  it('reads the rows; a vehicle\'s kind is the product, model and plate the object, the cover in the place column its coverage', () => {
    const p = parse(
      `${HEAD}Det er avtalt forsikring på følgende\t\tÅrspremie (kr)\nBygning\tKlubbhus Rindalshallen, Myrvegen 12\t14 260\nSnøscooter - LYNX 69 RANGER 2019 - DF 1120\tAnsvar\t394\n\tKasko\t1 860\nAnsvar for lag/klubb\tAnsvar for skade på person og ting\t1 540\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.premium])).toEqual([
      ['Bygning', undefined, 'Klubbhus Rindalshallen, Myrvegen 12', '14260'],
      ['Snøscooter', 'Ansvar', 'LYNX 69 RANGER 2019 - DF 1120', '394'],
      ['Snøscooter', 'Kasko', 'LYNX 69 RANGER 2019 - DF 1120', '1860'],
      ['Ansvar for lag/klubb', 'Ansvar for skade på person og ting', undefined, '1540'],
    ]);
  });
});
