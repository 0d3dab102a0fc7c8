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
