import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), { trace: true });
const LETTERHEAD = 'Fremtind Forsikring AS                                   Forsikringsbevis – personalforsikring\nAvtalenummer: 7702 4418                                  Side 1 av 2\n';
const PAGE2 = 'Fremtind Forsikring AS                                   Forsikringsbevis – personalforsikring\nAvtalenummer: 7702 4418                                  Side 2 av 2\n';

describe('a person product’s section going on under a heading of its own', () => {
  it('after the page break, under «Yrkesskade – tillegg»: the add-ons are the product’s items (they were a second coverage)', () => {
    // (a staff certificate: «YRKESSKADE» on page 1, the letterhead and «Side 2 av 2», then «Yrkesskade – tillegg»)
    const p = parse(
      `${LETTERHEAD}\nYRKESSKADE\n\nTap i fremtidig erverv, etter alder og inntekt ............. 22–30 G\nMénerstatning, ved 15 % medisinsk invaliditet eller mer .... 4,5 G\n\n${PAGE2}\nYrkesskade – tillegg\n\nMénerstatning, ved 1–14 % medisinsk invaliditet ............ 0,75 G\nUtgifter ved dødsfall, til begravelse ...................... 0,5 G\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => i.name)])).toEqual([
      [
        'YRKESSKADE',
        ['Tap i fremtidig erverv, etter alder og inntekt', 'Ménerstatning, ved 15 % medisinsk invaliditet eller mer', 'Ménerstatning, ved 1–14 % medisinsk invaliditet', 'Utgifter ved dødsfall, til begravelse'],
      ],
    ]);
    // (each item traced to its own line)
    expect(p.trace?.['coverages[0].items[3]']?.line).toBe(15);
  });

  it('«Gruppeliv (fortsettelse)» over the rest of the table is the same product', () => {
    const p = parse(
      `Avtalenummer: 5340 2291\n\nGRUPPELIV\n\nDekning                                          Forsikringssum\nArbeidstaker under 51 år                         10 G\n\nGruppeliv (fortsettelse)\n\nDekning                                          Forsikringssum\nLærling                                          5 G\nUtbetaling til dødsboet                          2 G\n`,
    );
    expect(p.coverages).toEqual([
      {
        product: 'GRUPPELIV',
        index_class: 'none',
        items: [
          { name: 'Arbeidstaker under 51 år', sum: { g: '10' } },
          { name: 'Lærling', sum: { g: '5' } },
          { name: 'Utbetaling til dødsboet', sum: { g: '2' } },
        ],
      },
    ]);
  });

  it('two sections of one product with other sums for the same item stay apart (two groups of staff), and another product is its own', () => {
    const p = parse('Avtalenummer: 5340 2291\n\nGruppeliv\n\nAnsattes død  10 G\n\nGruppeliv\n\nAnsattes død  6 G\n\nFritidsulykke\n\nDødsfall  3 G\n');
    expect(p.coverages?.map((c) => c.product)).toEqual(['Gruppeliv', 'Gruppeliv', 'Fritidsulykke']);
  });

  it('«Yrkesskade – lovbestemt» then «Yrkesskade – tillegg»: two sections of the product, each its own coverage with its own items (they were one)', () => {
    // (a staff certificate: «Yrkesskade – lovbestemt» over «Ménerstatning   etter lov», «Yrkesskade – tillegg» over «Reise mellom hjem og arbeid   15 G»)
    const p = parse(
      'Polisenummer: YS-418 260\n\nYrkesskade – lovbestemt\nTap i fremtidig erverv          22–30 G\nMénerstatning                   etter lov\nPremie kr 21 760\n\nYrkesskade – tillegg\nReise mellom hjem og arbeid     15 G\nPremie kr 3 940\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => i.name)])).toEqual([
      ['Yrkesskade – lovbestemt', '21760', ['Tap i fremtidig erverv', 'Ménerstatning']],
      ['Yrkesskade – tillegg', '3940', ['Reise mellom hjem og arbeid']],
    ]);
    // (the same sections as G text: items in fields)
    const q = parse('Polisenummer: YS-418 260\n\nYrkesskade – lovbestemt\n\nMénerstatning: etter lov\n\nYrkesskade – tillegg\n\nDødsfall: 15 G\n');
    expect(q.coverages?.map((c) => [c.product, c.items?.map((i) => i.name)])).toEqual([
      ['Yrkesskade – lovbestemt', ['Ménerstatning']],
      ['Yrkesskade – tillegg', ['Dødsfall']],
    ]);
  });

  it('a subtitle that does not name a section is no part of the product’s name', () => {
    const p = parse('Avtalenummer: 5340 2291\n\nGruppelivsforsikring – oversyn for arbeidsgjevar\n\nDødsfall  10 G\n');
    expect(p.coverages?.map((c) => c.product)).toEqual(['Gruppelivsforsikring']);
  });
});

describe('one section of a person product alone is the product', () => {
  it('«Yrkesskade – lovbestemt» as the only section of Yrkesskade, over its G table: the cover «Yrkesskade»', () => {
    // (a staff certificate whose heading names the statutory cover, and no add-on section follows)
    const p = parse('Polisenummer: YS-418 260\n\nYrkesskade – lovbestemt\n\nYtelse                                   Sum (G)\nMénerstatning                            4,5\nErstatning til ektefelle/samboer         15\n\nGruppeliv\n\nDødsfall  10 G\n');
    expect(p.coverages?.map((c) => c.product)).toEqual(['Yrkesskade', 'Gruppeliv']);
  });
});
