import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe("a line that describes the building at a section's place does not end the section", () => {
  // a certificate's product heading in capitals, its place, then what the building is («Hytte i tre, byggeår 1998,
  // 96 m2 BTA» — set short, a heading's shape), then the «Dekning» table of that product's covers
  const DOC =
    'FRITIDSBOLIG PLUSS\n' +
    'Forsikringssted: Fjellvegen 12, Gnr 40 Bnr 3,\n' +
    '                 3570 Ål\n' +
    'Hytte i tre, byggeår 1998, 96 m2 BTA\n\n' +
    'DEKNING                          FORSIKRINGSSUM   EGENANDEL    ÅRSPRIS\n' +
    'Bygning - hytte                       Fullverdi    6 000,-   5 200,-\n' +
    'Innbo i fritidsbolig               kr 300 000,-    6 000,-     900,-\n';
  it('the rows are covers of the heading\'s product, at its place', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object])).toEqual([
      ['FRITIDSBOLIG PLUSS', 'Bygning - hytte', 'Fjellvegen 12, Gnr 40 Bnr 3, 3570 Ål'],
      ['FRITIDSBOLIG PLUSS', 'Innbo i fritidsbolig', 'Fjellvegen 12, Gnr 40 Bnr 3, 3570 Ål'],
    ]);
  });
  it('in mixed case too, the kind of several words and its floors', () => {
    const p = parse(
      'Husforsikring Ekstra\n' +
        'Forsikringssted: Lykkjevegen 7, 2850 Lena\n' +
        'Enebolig med kjeller, 2 etasjer, bygget 1974\n\n' +
        'Dekning              Forsikringssum    Egenandel    Pris per år\n' +
        'Bolighus                  Fullverdi     10 000 kr       9 120 kr\n' +
        'Garasje                  250 000 kr     10 000 kr         640 kr\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage])).toEqual([
      ['Husforsikring Ekstra', 'Bolighus'],
      ['Husforsikring Ekstra', 'Garasje'],
    ]);
  });
  it('without a place above it, such a line still ends the section (no place it could describe)', () => {
    const p = parse(
      'FRITIDSBOLIG PLUSS\n' +
        'Hytte i tre, byggeår 1998, 96 m2 BTA\n\n' +
        'DEKNING                          FORSIKRINGSSUM   EGENANDEL    ÅRSPRIS\n' +
        'Bygning - hytte                       Fullverdi    6 000,-   5 200,-\n',
    );
    expect(p.coverages?.map((c) => c.product)).not.toContain('FRITIDSBOLIG PLUSS');
  });
});

describe('a vehicle certificate whose policyholder\'s label and name are a space apart', () => {
  // docs/eika-forsikringsbevis-moped-forsikringstaker-smal-2027: «Forsikringstaker Terje Nilsen» over its address, then
  // «Kjøretøy   Piaggio Zip 50, DB 7781» over its description set in, and «Ansvar   Iht. lov   Ingen   1 640» in the table
  it('the vehicle is every row\'s object, and the law\'s liability a cover priced in the table', () => {
    const p = parse([
      'FORSIKRINGSBEVIS – MOPEDFORSIKRING',
      '',
      'Avtalenr.        4410 2287',
      'Forsikringstaker Terje Nilsen',
      '                 Fjellveien 22, 2615 Lillehammer',
      'Kjøretøy         Piaggio Zip 50, DB 7781',
      '                 Moped 2024, 45 km/t. Fast fører: Emil Nilsen, 17 år',
      '',
      'Dekning          Forsikringssum   Egenandel   Premie',
      'Ansvar           Iht. lov         Ingen       1 640',
      'Delkasko         Markedsverdi     4 000         520',
      '',
    ].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([
      ['Mopedforsikring', 'Ansvar', 'Piaggio Zip 50, DB 7781', '0', '1640'],
      ['Mopedforsikring', 'Delkasko', 'Piaggio Zip 50, DB 7781', '4000', '520'],
    ]);
  });
});
