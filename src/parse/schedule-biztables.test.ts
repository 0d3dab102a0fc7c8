import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';
import { productLine } from './schedule-names.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const rows = (p: Policy): Array<Record<string, unknown>> =>
  (p.coverages ?? []).map((c) => ({ product: c.product, coverage: c.coverage, object: c.object, sum: c.sum, deductible: c.deductible, premium: c.premium }));

describe('a business schedule whose first header cell names two columns with a slash', () => {
  // «Forsikring / sted   Dekning   Forsikringssum   Egenandel   Pris» over «Næringsbygg   Brann   kr 38 600 000 …» and the
  // place on the line under the name: the header is a table's, not a page's left column beside a right one
  const doc = [
    'Forsikringsbevis Næringseiendom',
    '',
    'Avtalenummer            55 210 774',
    '',
    'Forsikring / sted                Dekning        Forsikringssum    Egenandel       Pris',
    'Forretningsbygg                  Brann          kr 21 400 000     kr 15 000   kr 23 870',
    'Sentrumsgata 4, 3256 Larvik',
    'Forretningsbygg                  Vann           kr 21 400 000     kr 15 000    kr 9 120',
    'Sentrumsgata 4, 3256 Larvik',
    'Drift - inventar og              Brann og       kr 2 300 000      kr 15 000    kr 4 105',
    'maskiner                         tyveri',
    'Sentrumsgata 4, 3256 Larvik',
  ].join('\n');
  it('reads every row: the product and its place from the first column, the cover from «Dekning»', () => {
    expect(rows(parse(doc))).toEqual([
      { product: 'Forretningsbygg', coverage: 'Brann', object: 'Sentrumsgata 4, 3256 Larvik', sum: '21400000', deductible: '15000', premium: '23870' },
      { product: 'Forretningsbygg', coverage: 'Vann', object: 'Sentrumsgata 4, 3256 Larvik', sum: '21400000', deductible: '15000', premium: '9120' },
      { product: 'Drift - inventar og maskiner', coverage: 'Brann og tyveri', object: 'Sentrumsgata 4, 3256 Larvik', sum: '2300000', deductible: '15000', premium: '4105' },
    ]);
  });
  it('a dash before words in lower case is inside the name, not before its place', () => {
    expect(productLine('Drift - inventar og maskiner, Sentrumsgata 4, 3256 Larvik')).toEqual({ product: 'Drift - inventar og maskiner', object: 'Sentrumsgata 4, 3256 Larvik' });
    expect(productLine('Bygning - Sentrumsgata 4, 3256 Larvik')).toEqual({ product: 'Bygning', object: 'Sentrumsgata 4, 3256 Larvik' });
  });
});

describe('records of «Label: value» pairs set in two columns', () => {
  // «Objekt:   Bygninger      Forsikringssum:   NOK 64.000.000,-» over «Dekning:   All risk      Egenandel: …»
  const doc = [
    'Polisenummer:       MS-NO-771204',
    '',
    'Forsikringssted:    Kaiveien 12, 6500 Kristiansund',
    '',
    'OBJEKT 1',
    'Objekt:             Bygninger                        Forsikringssum:     NOK 28.000.000,-',
    'Dekning:            All risk                         Egenandel:          NOK 100.000,-',
    'Indeksregulering:   Nei                              Premie:             NOK 41.300,-',
    '',
    'OBJEKT 2',
    'Objekt:             Maskiner og inventar             Forsikringssum:     NOK 9.500.000,-',
    'Dekning:            Brann og tyveri                  Egenandel:          NOK 100.000,-',
    '                                                     Premie:             NOK 12.640,-',
  ].join('\n');
  it('reads each record: «Objekt» its product, «Dekning» its cover, the figures by their labels, «Indeksregulering: Nei» its own', () => {
    const p = parse(doc);
    expect(rows(p)).toEqual([
      { product: 'Bygninger', coverage: 'All risk', object: 'Kaiveien 12, 6500 Kristiansund', sum: '28000000', deductible: '100000', premium: '41300' },
      { product: 'Maskiner og inventar', coverage: 'Brann og tyveri', object: 'Kaiveien 12, 6500 Kristiansund', sum: '9500000', deductible: '100000', premium: '12640' },
    ]);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['none', 'maskin_losore']);
  });
});

describe('a list of places under a heading that names the insurance', () => {
  // «Kommunale bygg – Eiendomsforsikring (fullverdi, kombinert skade)» over «• Aurland rådhus, Vangen 1, 5745 Aurland» over
  // «Forsikringssum kr 92 300 000 – premie kr 61 200»
  const doc = [
    'Forsikringsoversikt 2027',
    'Avtalenr. 71-330218',
    '',
    'Skolebygg – Eiendomsforsikring (fullverdi)',
    '',
    ' • Vestre skole, Skolebakken 3, 4370 Egersund',
    '   Forsikringssum kr 84 100 000 – premie kr 55 900',
    ' • Hauge skule, Kyrkjevegen 18, 4380 Hauge i Dalane',
    '   Forsikringssum kr 41 650 000 – premie kr 27 310',
    '',
    'Inventar og utstyr i skolebygg',
    ' • Førsterisiko kr 12 000 000 – egenandel kr 25 000 – premie kr 9 870',
  ].join('\n');
  it('each place a row of the heading\'s product; «Førsterisiko» the first-risk sum of the heading\'s product', () => {
    expect(rows(parse(doc))).toEqual([
      { product: 'Eiendomsforsikring', coverage: undefined, object: 'Vestre skole, Skolebakken 3, 4370 Egersund', sum: '84100000', deductible: undefined, premium: '55900' },
      { product: 'Eiendomsforsikring', coverage: undefined, object: 'Hauge skule, Kyrkjevegen 18, 4380 Hauge i Dalane', sum: '41650000', deductible: undefined, premium: '27310' },
      { product: 'Inventar og utstyr i skolebygg', coverage: undefined, object: undefined, sum: { first_risk: '12000000' }, deductible: '25000', premium: '9870' },
    ]);
  });
});

describe('two places side by side, each label twice on a line', () => {
  // «Adresse:   Bryggen 22, 5003 Bergen      Adresse:   Kokstadvegen 40, 5257 Kokstad»: two records side by side, no pairs of one
  it('no record takes the second place', () => {
    const doc = [
      'Polisenummer:       NO-PR-550117',
      '',
      'Forsikringssted 1                                  Forsikringssted 2',
      'Adresse:     Strandkaien 4, 5013 Bergen            Adresse:     Fjøsangervegen 50, 5059 Bergen',
      '',
      'DEKNINGER FORSIKRINGSSTED 1',
      'Bygning',
      '  Sum:        NOK 52 000 000,-',
      '  Egenandel:  NOK 50 000,-',
      '  Premie:     NOK 41 200,-',
    ].join('\n');
    expect(parse(doc).coverages?.map((c) => c.object)).not.toContain('Fjøsangervegen 50, 5059 Bergen');
  });
});

describe('a product heading over its places, under one header for the whole overview', () => {
  // «Forsikring / sted   Dekning   Forsikringssum …» once, a rule, then «BYGNING» over «Havnegata 3, 8300 Svolvær   Topp   …»
  // and «ANSVAR» over «Virksomhetens ansvar   Basis   …»: the heading is the product of the places under it
  const doc = [
    'Avtalenummer            71 004 552',
    '',
    'Forsikring / sted                  Dekning     Forsikringssum     Egenandel        Pris',
    '---------------------------------------------------------------------------------------',
    'BYGNING',
    'Havnegata 3, 8300 Svolvær          Topp            21 700 000        20 000      18 440',
    '  Fiskemottak, byggeår 1979',
    'Havnegata 5, Gnr 18 Bnr 40,        Topp             6 300 000        20 000       5 910',
    '8300 Svolvær',
    '',
    'ANSVAR',
    'Virksomhetens ansvar               Basis           10 000 000        10 000       4 120',
  ].join('\n');
  it('reads each place as the heading\'s product\'s row; a first cell that is no place is no object', () => {
    expect(rows(parse(doc))).toEqual([
      { product: 'Bygning', coverage: 'Topp', object: 'Havnegata 3, 8300 Svolvær', sum: '21700000', deductible: '20000', premium: '18440' },
      { product: 'Bygning', coverage: 'Topp', object: 'Havnegata 5, Gnr 18 Bnr 40, 8300 Svolvær', sum: '6300000', deductible: '20000', premium: '5910' },
      { product: 'Ansvar', coverage: 'Basis', object: undefined, sum: '10000000', deductible: '10000', premium: '4120' },
    ]);
  });
});

describe('«Førsterisiko» in the sum\'s cell, its amount wrapped under it', () => {
  // «Driftsløsøre   Fjordvegen 2, 6900 Florø   Førsterisiko   5 000   1 260» over «   kr 800 000» alone under «Førsterisiko»
  const doc = [
    'Avtalenummer            71 004 552',
    '',
    'Forsikring      Sted                        Sum             Egenandel   Pris',
    'Bygning         Fjordvegen 2, 6900 Florø    kr 9 400 000    kr 5 000    kr 8 120',
    'Driftsløsøre    Fjordvegen 2, 6900 Florø    Førsterisiko    kr 5 000    kr 1 260',
    '                                            kr 800 000',
    'Ansvar          Fjordvegen 2, 6900 Florø    kr 5 000 000    kr 5 000    kr 2 050',
  ].join('\n');
  it('reads the amount as the row\'s first-risk sum, and the rows under it', () => {
    expect(rows(parse(doc)).map((r) => [r.product, r.sum])).toEqual([
      ['Bygning', '9400000'],
      ['Driftsløsøre', { first_risk: '800000' }],
      ['Ansvar', '5000000'],
    ]);
  });
});

describe('«Førsterisiko» over its amount in a heading\'s one row', () => {
  // «LANDBRUKSLØSØRE» over «Solvangvegen 40, 6823 Sandane   Standard   Førsterisiko   10 000   3 870» and «1 500 000» under it,
  // blank lines around: the only row of its block and its wrapped cell, no line of its own
  it('reads the amount as the first-risk sum', () => {
    const doc = [
      'Avtalenummer            44 107 723',
      '',
      'Forsikring / sted                    Dekning     Forsikringssum    Egenandel    Pris per år',
      '-------------------------------------------------------------------------------------------',
      'LANDBRUKSLØSØRE',
      'Storlivegen 3, 2640 Vinstra          Standard     Førsterisiko       10 000          3 870',
      '                                                     1 500 000',
      '',
    ].join('\n');
    expect(rows(parse(doc))).toEqual([
      { product: 'Landbruksløsøre', coverage: 'Standard', object: 'Storlivegen 3, 2640 Vinstra', sum: { first_risk: '1500000' }, deductible: '10000', premium: '3870' },
    ]);
  });
});
