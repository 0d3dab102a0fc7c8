import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { captionBeforeRemark } from './schedule-tables.js';
import { titleParts } from './schedule-titles.js';
import { textToSource } from './text.js';
import type { Unit } from './units.js';

// Business certificates of municipalities, housing cooperatives and farms: a heading in capitals beside its terms'
// code (src/parse/units.ts), a caption run into a remark over a table (src/parse/schedule-tables.ts), a certificate's
// title beside its own number (src/parse/schedule-titles.ts).
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Avtalenummer 55501234\n\n';
const rows = (p: Policy) => p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium]);

describe('a heading in capitals beside the code of its terms', () => {
  const table = (heading: string) =>
    `${HEAD}${heading}\nForsikringssted                   Forsikringssum       Egenandel         Pris per år\nIndustrivegen 14                  kr 38 450 000        kr 20 000         kr 41 220\n2730 Lunner\n`;
  it('«NÆRINGSBYGG   Vilkår NB-2024-01 · Pluss»: the cover level after the code leaves the heading the rows\' product', () => {
    const p = parse(table('NÆRINGSBYGG                                             Vilkår NB-2024-01 · Pluss'));
    expect(rows(p)).toEqual([['NÆRINGSBYGG', 'Industrivegen 14, 2730 Lunner', '38450000', '20000', '41220']]);
    // (the level in the terms' reference is no coverage: only a field «Dekning: Pluss» names one)
    expect(p.coverages?.[0]?.coverage).toBeUndefined();
  });
  it('«… Vilkår COM-420 – Standard» and «… Vilkår NB 2024, Utvidet»: a dash or a comma before the level the same', () => {
    expect(rows(parse(table('NÆRINGSBYGG                                   Vilkår COM-420 – Standard')))?.[0]?.[0]).toBe('NÆRINGSBYGG');
    expect(rows(parse(table('NÆRINGSBYGG                                   Vilkår NB 2024, Utvidet')))?.[0]?.[0]).toBe('NÆRINGSBYGG');
  });
  it('«HUSDYR   Vilkår LB-HD 01.2024»: a heading with terms names a product though the vocabulary does not know it', () => {
    const p = parse(
      `${HEAD}HUSDYR                                                         Vilkår LB-HD 01.2024\nForsikringsstad                       Forsikringssum   Eigenandel      Pris per år\nTunvegen 212                          kr 1 250 000,-   kr 8 000,-      kr 2 150,-\nGnr 45 Bnr 2, 6770 Nordfjordeid\n`,
    );
    expect(rows(p)).toEqual([['HUSDYR', 'Tunvegen 212, Gnr 45 Bnr 2, 6770 Nordfjordeid', '1250000', '8000', '2150']]);
  });
});

describe('a caption run into a remark over a table', () => {
  it('«Bygninger (fullverdi). Summene indeksreguleres …»: the name without the form of its sum', () => {
    expect(captionBeforeRemark('Bygninger (fullverdi). Summene indeksreguleres ved hovedforfall.')).toBe('Bygninger');
    expect(captionBeforeRemark('Fellesløsøre (førsterisiko). Gjelder i alle bygg.')).toBe('Fellesløsøre');
  });
  it('a first sentence with a verb is a remark, no caption; one sentence alone is no caption of this kind', () => {
    expect(captionBeforeRemark('Bygningene er forsikret til fullverdi. Summene indeksreguleres.')).toBeUndefined();
    expect(captionBeforeRemark('Bygninger (fullverdi).')).toBeUndefined();
  });
  it('under a title naming the customer\'s kind, the caption names the rows\' product', () => {
    const p = parse(
      `Forsikringsbevis - Boligselskap\n\n| Polisenr. | 7102554 |\n\nBygninger (fullverdi). Summene indeksreguleres ved hovedforfall.\n\n| Forsikringssted | Bygning | Forsikringssum | Egenandel | Premie |\n|---|---|---|---|---|\n| Skoglyveien 2-8, 1473 Lørenskog | Blokk A, 24 leiligheter | 86.400.000 | 10.000 | 61.230 |\n`,
    );
    expect(rows(p)).toEqual([['Bygninger', 'Skoglyveien 2-8, 1473 Lørenskog', '86400000', '10000', '61230']]);
  });
});

describe('a certificate\'s title beside its own number', () => {
  const unit = (cells: string[]): Unit => ({ index: 0, lines: [], offsets: [0], cells, text: cells.join(' '), lower: cells.join(' ').toLowerCase(), row: true, bullet: false, label: undefined, heading: false, product: false });
  it('«Forsikringsbevis Kommuneeiendom | Forsikringsnummer 1120-0038-01»: the title\'s product', () => {
    expect(titleParts(unit(['Forsikringsbevis Kommuneeiendom', 'Forsikringsnummer 1120-0038-01']))).toEqual({ product: 'Kommuneeiendom' });
  });
  it('a second cell that is no fact of the certificate leaves the row no title', () => {
    expect(titleParts(unit(['Forsikringsbevis Kommuneeiendom', 'Se vedlegg']))).toBeUndefined();
  });
  it('a sum run into a describing column is not read by position', () => {
    const p = parse(
      `${HEAD}Forsikringsbevis Kommuneeiendom                      Forsikringsnummer 1120-0038-01\n\nForsikringssted                 Bygning / innhold                Forsikringssum     Egenandel\nSkulevegen 4, 7590 Tydal        Tydal skole, 1964/2009           kr 86 400 000      kr 50 000\nAlle forsikringssteder          Løsøre og inventar, førsterisiko kr 20 000 000      kr 50 000\n`,
    );
    expect(rows(p)).toEqual([['Kommuneeiendom', 'Skulevegen 4, 7590 Tydal', '86400000', '50000', undefined]]);
    expect(p.warnings.some((w) => w.includes('Løsøre og inventar, førsterisiko kr 20 000 000'))).toBe(true);
  });
});

describe('a section heading in capitals over the code of its terms, a line of its own', () => {
  // test/corpus/docs/frende-bedriftsbevis-seksjoner-vilkar-under-2027: «LAGERBYGG» over «Vilkår LB-2026, Sikkerhetsforskrifter
  // SF-12», then «Forsikringssted | Forsikringssum | …» with each place over two or three lines
  const section = (heading: string, terms: string) =>
    `${HEAD}${heading}\n${terms}\n\nForsikringssted                     Forsikringssum       Egenandel         Årspremie\nSjøgata 22                          kr 9 400 000         kr 15 000         kr 11 320\nGnr 12 Bnr 301, 6800 Førde\nKontorbygg, byggeår 1978\n`;
  it('the heading is the rows\' product, each place a row of it, the building\'s description its note', () => {
    const p = parse(section('LAGERBYGG', 'Vilkår LB-2026, Sikkerhetsforskrifter SF-12'));
    expect(rows(p)).toEqual([['LAGERBYGG', 'Sjøgata 22, Gnr 12 Bnr 301, 6800 Førde', '9400000', '15000', '11320']]);
  });
  it('«UTSTYR» over «Vilkår UT-2026» over a «Dekning» table: a heading the vocabulary does not know names the covers\' product', () => {
    const p = parse(`${HEAD}UTSTYR\nVilkår UT-2026\n\nDekning                        Forsikringssum     Egenandel    Årspremie\nVerktøy og maskiner            kr 700 000         kr 5 000     kr 2 100\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum])).toEqual([['UTSTYR', 'Verktøy og maskiner', '700000']]);
  });
  it('«… Vilkår NB-2026, Fullverdi» at the right: the sums\' basis after the code is part of the terms\' reference', () => {
    const p = parse(`${HEAD}NÆRINGSBYGG                                   Vilkår NB-2026, Fullverdi\nForsikringssted                     Forsikringssum       Egenandel         Årspremie\nSjøgata 22, Gnr 12 Bnr 301,             9 400 000             15 000            11 320\n6800 Førde\nKontorbygg, byggeår 1978\n`);
    expect(rows(p)).toEqual([['NÆRINGSBYGG', 'Sjøgata 22, Gnr 12 Bnr 301, 6800 Førde', '9400000', '15000', '11320']]);
  });
});

describe('a section in capitals, no number, over a table whose first column is «Dekning»', () => {
  // test/corpus/docs/storebrand-industrioversikt-mnok-indeks-2027: «PRODUKSJON» over «Dekning | Indeks | Forsikringssum | …»
  const table = (heading: string, first: string) =>
    `${HEAD}${heading}\n${first.padEnd(34)}Indeks   Forsikringssum   Egenandel     Premie\nMaskiner og produksjonslinjer     Ja       MNOK 40,0        NOK 50 000    NOK 51 000\nRåvarelager                       Ingen    MNOK 8,5         NOK 50 000    NOK 9 900\n`;
  it('the heading is the covers\' product; «Ingen» in the «Indeks» column takes the row out of the index', () => {
    const p = parse(table('PRODUKSJON', 'Dekning'));
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.index_class])).toEqual([
      ['PRODUKSJON', 'Maskiner og produksjonslinjer', '40000000', 'maskin_losore'],
      ['PRODUKSJON', 'Råvarelager', '8500000', 'none'],
    ]);
  });
  it('a caption in capitals («DEKNINGER OG PREMIE») names no product', () => {
    const p = parse(table('DEKNINGER OG PREMIE', 'Dekning'));
    expect(p.coverages?.map((c) => c.product)).not.toContain('DEKNINGER OG PREMIE');
  });
  it('over «Objekt | …» the heading is a part of the schedule, not the product', () => {
    const p = parse(table('PRODUKSJON', 'Objekt'));
    expect(p.coverages?.map((c) => c.product)).not.toContain('PRODUKSJON');
  });
});

describe('a footnote mark closed by a bracket after a row\'s name', () => {
  // test/corpus/docs/gjensidige-naeringsbevis-fotnote-parentes-2027: «Verktøy på byggeplass, førsterisiko *)» over the table's
  // foot «*) Førsterisikosummer indeksreguleres ikke.»
  it('the mark is no part of the cover, the sum a first-risk sum, not index-regulated', () => {
    const p = parse(`${HEAD}NÆRINGSDRIFT                                              Vilkår ND-2026\nDekning                                Forsikringssum       Egenandel          Årspris\nMaskiner og inventar                        2 600 000             10 000              3 900\nVerktøy på byggeplass, førsterisiko *)        300 000             10 000                880\n*) Førsterisikosummer indeksreguleres ikke.\n`);
    expect(p.coverages?.map((c) => [c.coverage, c.sum, c.index_class])).toEqual([
      ['Maskiner og inventar', '2600000', 'maskin_losore'],
      ['Verktøy på byggeplass, førsterisiko', { first_risk: '300000' }, 'none'],
    ]);
    expect(p.warnings.some((w) => /could not tell which sums/.test(w))).toBe(false);
  });
});
