import { describe, expect, it } from 'vitest';
import { overviewHeader } from './schedule-overview.js';

describe('a header row\'s columns, asked by the changes reader and the table readers', () => {
  // «Forsikring | Forsikringssum | Egenandel | Pris»: the same row is asked of by several readers — worked out once, and each
  // given its own copy, as a table reader sets a column's role in what it is given
  it('the same roles asked again, a copy each time', () => {
    const first = overviewHeader(['Forsikring', 'Forsikringssum', 'Egenandel', 'Pris']);
    expect(first).toEqual(['product', 'sum', 'deductible', 'premium']);
    first![0] = 'object';
    expect(overviewHeader(['Forsikring', 'Forsikringssum', 'Egenandel', 'Pris'])).toEqual(['product', 'sum', 'deductible', 'premium']);
  });
  it('asked under a heading, the answer is that of a header under a heading', () => {
    // («Ansvar» over «Dekning | Forsikringssum | Egenandel»: under a product's heading «Dekning» names the covers)
    expect(overviewHeader(['Dekning', 'Forsikringssum', 'Egenandel'], true)?.[0]).toBe('coverage');
    expect(overviewHeader(['Tekst', 'Merknad'])).toBeUndefined();
    expect(overviewHeader(['Tekst', 'Merknad'])).toBeUndefined();
  });
});

import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)));

describe('the law in a column of whom a cover is for', () => {
  // (a municipality's overview: «| Forsikring | Gjelder for | Forsikringssum | Egenandel | Årspris |» over
  // «| Yrkesskade | Iht. lov | Iht. lov | Ingen | … |» — the law is no place and no thing insured)
  it('«Iht. lov» under «Gjelder for» is no object', () => {
    const p = parse([
      '| Forsikring     | Gjelder for        | Forsikringssum | Egenandel | Årspris |',
      '|----------------|--------------------|----------------|-----------|---------|',
      '| Fylkesansvar   | Vik fylkeskommune  | 50 000 000     | 25 000    | 41 300  |',
      '| Yrkesskade     | Iht. lov           | Iht. lov       | Ingen     | 233 000 |',
      '| Gruppeliv      | Alle ansatte       | 8 G            | Ingen     | 120 400 |',
      '',
    ].join('\n'));
    const yrk = p.coverages?.find((c) => c.product === 'Yrkesskade');
    expect(yrk?.object).toBeUndefined();
    expect(yrk?.premium).toBe('233000');
    expect(p.coverages?.find((c) => c.product === 'Fylkesansvar')?.object).toBe('Vik fylkeskommune');
  });
});

describe('a loss of income with its indemnity period among a farm\'s things', () => {
  // (a farm certificate: «Landbruksforsikring» over «Forsikringsstad / objekt | Forsikringssum | Eigenandel | Årspris», its
  // buildings and animals, and «Driftstap, 12 mnd. ansvarstid   900 000   20 000   2 760»)
  it('is the product\'s cover, whole, with no object', () => {
    const p = parse([
      'FORSIKRINGSBEVIS',
      '',
      'Gardsforsikring',
      '',
      'Forsikringsstad / objekt                  Forsikringssum    Eigenandel      Årspris',
      'Driftsbygning                                  4 200 000        10 000        8 120',
      'Nordre Bø, Gnr 41 Bnr 2, 3810 Gvarv',
      'Driftstap, 24 mnd. ansvarstid                    650 000        10 000        1 940',
      '',
    ].join('\n'));
    const loss = p.coverages?.find((c) => c.sum === '650000');
    expect(loss?.object).toBeUndefined();
    expect(loss?.coverage).toBe('Driftstap, 24 mnd. ansvarstid');
    expect(loss?.index_class).toBe('none');
  });
});

describe('a broker\'s private overview with its header in two languages', () => {
  // docs/soderberg-megler-oversikt-privat-engelsk-parentes-2027: «(Insurance)   (Insurer) … (Deductible)(Premium)   (Renewal)»
  // under the Norwegian header, and «Ulykkesforsikring Gjensidige» run into the company's column
  const overview = [
    'Forsikring       Selskap       Polisenr.      Forsikringssted / objekt        Forsikringssum   Egenandel   Årspremie   Fornyes',
    '(Insurance)      (Insurer)     (Policy no.)   (Location / object)             (Sum insured)    (Deductible)(Premium)   (Renewal)',
    'Innboforsikring  Gjensidige    55120877       Solbergveien 14, 1410 Kolbotn   NOK 1,2 mill.    3 000        3 260      01.03.2027',
    'Ulykkesforsikring Gjensidige   55120878       Eirik Dahl                      20 G             0            1 420      01.03.2027',
    '',
  ].join('\n');
  it('the English line is left out and the rows read', () => {
    expect(parse(overview).coverages?.map((c) => [c.product, c.deductible, c.premium])).toEqual([
      ['Innboforsikring', '3000', '3260'],
      ['Ulykkesforsikring', '0', '1420'],
    ]);
  });
});

describe('a deductible with a footnote\'s mark', () => {
  // docs/if-forsikringsbevis-hest-fakta-fotnote-2027: «| Veterinærutgifter | kr 40 000,- per år | kr 2 500,-* | kr 4 310,- |»
  // over «* I tillegg dekker du selv 20 % …»
  it('is the amount, the footnote its note', () => {
    const p = parse([
      'Forsikringsbevis – Hundeforsikring',
      '',
      '| Dekning              | Forsikringssum          | Egenandel    | Premie        |',
      '|----------------------|-------------------------|--------------|---------------|',
      '| Veterinærutgifter    | kr 40 000,- per år      | kr 2 500,-*  | kr 4 310,-    |',
      '',
      '* I tillegg dekker du selv 20 % av det som overstiger egenandelen.',
      '',
    ].join('\n'));
    const vet = p.coverages?.find((c) => c.coverage === 'Veterinærutgifter');
    expect(vet?.deductible).toBe('2500');
    expect(vet?.note).toContain('20 %');
  });
});
