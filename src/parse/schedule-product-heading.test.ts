import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// A product's heading over a table of its covers or things (src/parse/schedule-product-heading.ts): the heading is every
// row's product, the row's cover its coverage, its thing or place its object — whatever stands between the two.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\n';
const rows = (p: Policy): unknown[] | undefined => p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium]);

describe('a heading the vocabulary does not know, over a table of covers', () => {
  // «Butikkdrift» / «Risikosted: Torggata 7, 2317 Hamar» over «Dekning | Sum | Egenandel | Pris per år»
  const text = `${HEAD}Butikkdrift\nRisikosted: Torggata 7, 2317 Hamar\n\nDekning | Forsikringssum | Egenandel | Pris per år\nInventar og utstyr | kr 900 000 | kr 6 000 | kr 4 210\nVarer | kr 400 000 | kr 6 000 | kr 1 980\n`;
  it('is the rows\' product, the place line between their object, each row\'s name its coverage', () => {
    expect(rows(parse(text))).toEqual([
      ['Butikkdrift', 'Inventar og utstyr', 'Torggata 7, 2317 Hamar', '900000', '6000', '4210'],
      ['Butikkdrift', 'Varer', 'Torggata 7, 2317 Hamar', '400000', '6000', '1980'],
    ]);
  });
  it('a phrase over the table («Dette er forsikret») names no product', () => {
    const p = parse(`${HEAD}Dette er forsikret\n\nDekning | Forsikringssum | Egenandel | Pris per år\nInventar og utstyr | kr 900 000 | kr 6 000 | kr 4 210\n`);
    expect(p.coverages?.map((c) => c.product)).not.toContain('Dette er forsikret');
  });
});

describe('a caption that counts what the table lists', () => {
  // «Bilflåte - rammeavtale», the agreement's fields, «Biler i avtalen (2)» over «Kjøretøy | Dekning | Egenandel | Årspris»
  const text = `${HEAD}Bilflåte - rammeavtale\nAvtalenummer: 7730112\nStatus: Aktiv\n\nKjøretøy på avtalen (2)\n\nKjøretøy | Dekning | Egenandel | Årspris\nDA 11223 Skoda Enyaq | Kasko | 6 000 kr | 9 840 kr\nDB 44556 Ford Ranger | Delkasko | 3 000 kr | 5 120 kr\n`;
  it('is no product: the vehicles are the heading\'s product\'s objects, the level their coverage', () => {
    expect(rows(parse(text))).toEqual([
      ['Bilflåte', 'Kasko', 'DA 11223 Skoda Enyaq', undefined, '6000', '9840'],
      ['Bilflåte', 'Delkasko', 'DB 44556 Ford Ranger', undefined, '3000', '5120'],
    ]);
  });
});

describe('the insured thing\'s facts in a table of their own under a certificate\'s title', () => {
  // «Forsikringsbevis – hundeforsikring» / «Forsikret hund» over «Navn | Rase | Født | Chipnummer», then «Dekninger»
  const text = `${HEAD}Forsikringsbevis – hundeforsikring\n\nForsikret hund\nNavn | Rase | Født | Chipnummer\nTassen | Border collie | 2021 | 578098100223344\n\nDekninger\nDekning | Forsikringssum | Egenandel | Pris per år\nVeterinær | kr 40 000 | kr 2 500 | kr 3 960\nLiv | kr 15 000 | Ingen | kr 640\n`;
  it('part the title from its covers no more: each cover is a coverage of the title\'s product', () => {
    expect(parse(text).coverages?.map((c) => [c.product.toLowerCase(), c.coverage, c.sum, c.deductible, c.premium])).toEqual([
      ['hundeforsikring', 'Veterinær', '40000', '2500', '3960'],
      ['hundeforsikring', 'Liv', '15000', '0', '640'],
    ]);
  });
});

describe('a column that names a place and a thing with a slash', () => {
  // «Forsikringsbevis Kommuneeiendom» over «Bygning / forsikringssted | Forsikringssum | Egenandel | Premie»
  const text = `${HEAD}Forsikringsbevis Kommuneeiendom\n\nBygning / forsikringssted | Forsikringssum | Egenandel | Premie\nRådhuset, Torget 2, 7500 Stjørdal | 84 000 000 | 50 000 | 61 200\nHallen skole, Skolevegen 3, 7500 Stjørdal | 120 500 000 | 50 000 | 88 900\n`;
  it('holds each row\'s object, the rows the section\'s product\'s', () => {
    expect(rows(parse(text))).toEqual([
      ['Kommuneeiendom', undefined, 'Rådhuset, Torget 2, 7500 Stjørdal', '84000000', '50000', '61200'],
      ['Kommuneeiendom', undefined, 'Hallen skole, Skolevegen 3, 7500 Stjørdal', '120500000', '50000', '88900'],
    ]);
  });
});

describe('under a product whose name tells no class', () => {
  // «Småbruksforsikring» over «Forsikringssted / objekt | …» and «Stabbur, Nordbygdvegen 4, 2322 Ridabu», «Sauer (40 vinterfôra)»
  const text = `${HEAD}Småbrukspakke\n\nForsikringssted / objekt | Forsikringssum | Egenandel | Premie\nStabbur, Nordbygdvegen 4, 2322 Ridabu | kr 1 200 000 | kr 8 000 | kr 2 310\nInnbo i våningshus | kr 700 000 | kr 4 000 | kr 1 420\n`;
  it('the thing named first in the row\'s object gives its class', () => {
    expect(parse(text).coverages?.map((c) => [c.product, c.object, c.index_class])).toEqual([
      ['Småbrukspakke', 'Stabbur, Nordbygdvegen 4, 2322 Ridabu', 'bygninger'],
      ['Småbrukspakke', 'Innbo i våningshus', 'innbo'],
    ]);
  });
});

describe('a farm insurance\'s heading over a sentence or two and the table of its things', () => {
  // A farm's certificate or renewal letter: «Gardsforsikring» (or «LANDBRUKSFORSIKRING» in capitals), then a sentence on
  // the farm or the terms, then «Forsikringsstad / objekt | …» and the farm's buildings, machinery, animals and forest.
  const table = 'Forsikringssted / objekt | Forsikringssum | Egenandel | Premie\nVåningshus | 4 200 000 | 8 000 | 6 120\nBesetning, 38 storfe | 1 650 000 | 10 000 | 5 310\nSkog på rot, 240 dekar | 980 000 | 10 000 | 870\n';
  const farm = (p: Policy): unknown[] | undefined => p.coverages?.map((c) => [c.product, c.object, c.sum]);
  const expected = (product: string): unknown[] => [
    [product, 'Våningshus', '4200000'],
    [product, 'Besetning, 38 storfe', '1650000'],
    [product, 'Skog på rot, 240 dekar', '980000'],
  ];
  it('a sentence on where the insurance applies leaves the heading the rows\' product, their names the objects', () => {
    // «Forsikringen gjelder gården Øvre Li, gnr. 12 bnr. 4 i Levanger kommune.»
    expect(farm(parse(`${HEAD}Gårdsforsikring\nForsikringen gjelder gården Øvre Li, gnr. 12 bnr. 4 i Levanger kommune.\n\n${table}`))).toEqual(expected('Gårdsforsikring'));
  });
  it('a heading in capitals that is an insurance\'s name, over a sentence broken over two lines (the first set as a heading)', () => {
    // «LANDBRUKSFORSIKRING» / «Dette forsikringsbeviset gjelder sammen med vilkår for Landbruk (LB-25), Naturskade og» /
    // «Generelle vilkår. Forsikringsbeviset går foran vilkårene.»
    const text = `${HEAD}LANDBRUKSFORSIKRING\n\nDette forsikringsbeviset gjelder sammen med vilkår for Landbruk (LB-25), Naturskade og\nGenerelle vilkår. Forsikringsbeviset går foran vilkårene.\n\n${table}`;
    expect(farm(parse(text))).toEqual(expected('Landbruksforsikring'));
  });
  it('a company\'s name in capitals («LANDKREDITT FORSIKRING») names no product, and a sentence with an amount parts heading and table', () => {
    expect(farm(parse(`${HEAD}LANDKREDITT FORSIKRING\n\n${table}`))?.map((r) => (r as unknown[])[0])).not.toContain('Landkreditt forsikring');
    const priced = parse(`${HEAD}Gårdsforsikring\nPrisen for gårdsforsikringen er kr 7 300 for hele året samlet.\n\n${table}`);
    expect(priced.coverages?.map((c) => c.product)).not.toContain('Gårdsforsikring');
  });
});

describe('a certificate\'s title set at the right of its letterhead, «FORSIKRINGSBEVIS» over the insurance', () => {
  // «LANDKREDITT FORSIKRING      FORSIKRINGSBEVIS» / «Landkreditt Forsikring AS      Landbruksforsikring», the policyholder's
  // grid, a sentence, then «Dekninger» over «Forsikringssted / objekt | …»
  const text = 'NORDBYGD FORSIKRING                                  FORSIKRINGSBEVIS\nNordbygd Forsikring AS                               Gårdsforsikring\n\nForsikringstaker                     Polisenr.:        NB-44120\nKari Li                              Utstedt:          02.02.2026\n\nDekninger\nForsikringssted / objekt      Forsikringssum      Egenandel      Premie\nVåningshus                         3 900 000          8 000       5 400\nBesetning, 30 storfe               1 400 000         10 000       3 900\n';
  it('is the product of the table under the caption, each row\'s name its object', () => {
    expect(parse(text).coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Gårdsforsikring', 'Våningshus', '3900000'],
      ['Gårdsforsikring', 'Besetning, 30 storfe', '1400000'],
    ]);
  });
  it('«Forsikringsbevis» over a page number names no product', () => {
    const p = parse(text.replace('Gårdsforsikring', 'Side 1 av 2     '));
    expect(p.coverages?.map((c) => c.product)).not.toContain('Side 1 av 2');
    expect(p.coverages?.map((c) => c.product)).not.toContain('Gårdsforsikring');
  });
});

describe('a paragraph longer than a line under a farm\'s heading in capitals', () => {
  // «GÅRDSFORSIKRING» / «Forsikringen gjelder gården Søndre Bakke, gnr. 52 bnr. 1 i Stange kommune, med de bygninger og»
  // / «ting som står oppført nedenfor. Forsikringsbeviset går foran vilkårene.» — one paragraph, longer than a line
  it('leaves the heading the product of the table under it', () => {
    const text = `${HEAD}GÅRDSFORSIKRING\n\nForsikringen gjelder gården Søndre Bakke, gnr. 52 bnr. 1 i Stange kommune, med de bygninger og\nting som står oppført nedenfor. Forsikringsbeviset går foran vilkårene.\n\nForsikringssted / objekt | Forsikringssum | Egenandel | Årspremie\nKårbolig | 2 750 000 | 8 000 | 3 880\nSkog på rot, 480 dekar | 1 450 000 | 10 000 | 1 290\n`;
    expect(parse(text).coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Gårdsforsikring', 'Kårbolig', '2750000'],
      ['Gårdsforsikring', 'Skog på rot, 480 dekar', '1450000'],
    ]);
  });
});

describe('the code of the terms between a heading and its table', () => {
  it('«Næringsdrift» / «Vilkår ND-200» / «Forsikringssted: …» over «Dekning | …»: the heading is the rows’ product', () => {
    const p = parse(
      'FORSIKRINGSBEVIS\nForsikringsnummer 55120044\n\nNæringsdrift\nVilkår ND-310\nForsikringssted: Lagerveien 7, 4033 Stavanger\n\n' +
        'Dekning                                  Forsikringssum        Egenandel      Årspremie (kr)\n' +
        'Maskiner, inventar og løsøre              3 100 000            10 000          5 210\n' +
        'Varer                                     1 400 000            10 000          1 880\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Næringsdrift', coverage: 'Maskiner, inventar og løsøre', object: 'Lagerveien 7, 4033 Stavanger', index_class: 'maskin_losore', sum: '3100000', deductible: '10000', premium: '5210' },
      { product: 'Næringsdrift', coverage: 'Varer', object: 'Lagerveien 7, 4033 Stavanger', index_class: 'varer', sum: '1400000', deductible: '10000', premium: '1880' },
    ]);
  });
});

describe('an animal\'s facts one a row under its heading', () => {
  // docs/if-forsikringsbevis-hest-fakta-fotnote-2027: «Forsikringsbevis – hesteforsikring» over «Hesten» and «| Navn | … |»,
  // «| Rase | … |», then «Dekninger» and the covers' table
  it('are no product: the rows are the title\'s insurance\'s covers, named as a heading writes it', () => {
    const p = parse([
      'Forsikringsbevis – hesteforsikring',
      '',
      '| Forsikringsnummer  | HE-5518207     |',
      '',
      'Hesten',
      '| Navn      | Svarten fra Bakken      |',
      '| Rase      | Nordlandshest/lyngshest |',
      '| Født      | 2014                    |',
      '',
      'Dekninger',
      '| Dekning              | Forsikringssum   | Egenandel    | Premie      |',
      '|----------------------|------------------|--------------|-------------|',
      '| Livsforsikring       | kr 60 000,-      |              | kr 2 640,-  |',
      '| Ansvar for hest      | kr 3 000 000,-   | kr 2 500,-   | inkl.       |',
      '',
    ].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.coverage])).toEqual([
      ['Hesteforsikring', 'Livsforsikring'],
      ['Hesteforsikring', 'Ansvar for hest'],
    ]);
  });
});
