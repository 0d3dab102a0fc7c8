import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { vehicleUnderRow } from './schedule-fields.js';
import { thingHeadingWords } from './schedule-section.js';
import { textToSource } from './text.js';

// A private vehicle's or boat's certificate: the vehicle under its row, the row's parts set in under it or under
// «Inkludert i Kasko:», the heading of the thing and its covers (src/parse/schedule-fields.ts vehicleUnderRow,
// src/parse/schedule-tables.ts setInItem, src/parse/schedule-merge.ts joinIncludedIn, src/parse/schedule-section.ts).
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('vehicleUnderRow: the vehicle read as the note under its row is the object', () => {
  it('«Volvo XC40 Recharge | Kasko | …» over «EL 66021»: the plate alone joined to the make and model', () => {
    expect(vehicleUnderRow({ product: 'Bilforsikring', coverage: 'Kasko', object: 'Volvo XC40 Recharge', note: 'EL 66021' })).toEqual({ product: 'Bilforsikring', coverage: 'Kasko', object: 'Volvo XC40 Recharge, EL 66021' });
  });
  it('«Båt Kasko | kr 685 000 | …» over «Saga 27 AC, reg. LJK 418»: the boat by its registration mark, the object', () => {
    expect(vehicleUnderRow({ product: 'Båt', coverage: 'Kasko', note: 'Saga 27 AC, reg. LJK 418' }).object).toBe('Saga 27 AC, reg. LJK 418');
  });
  it('a note without a registration, or a row of no vehicle, stays a note', () => {
    expect(vehicleUnderRow({ product: 'Båt', coverage: 'Kasko', note: 'Ostereidet båtlag, plass 44' }).object).toBeUndefined();
    expect(vehicleUnderRow({ product: 'Villa', object: 'Storgata 1, 0155 Oslo', note: 'EL 66021' }).object).toBe('Storgata 1, 0155 Oslo');
    // (a row whose object has its plate already: the plate under it is no second part of the name)
    expect(vehicleUnderRow({ product: 'Bil', object: 'Tesla Model Y, EK 51230', note: 'EL 66021' }).object).toBe('Tesla Model Y, EK 51230');
  });
});

describe('thingHeadingWords: a heading of the thing and its covers in one table', () => {
  it('«Kjøretøy og dekninger», «Båt/dekningar», «Fartøy og dekning»; not «Kjøretøy og ansvar»', () => {
    expect(thingHeadingWords('kjøretøy og dekninger')).toBe(true);
    expect(thingHeadingWords('køyretøy og dekningar')).toBe(true);
    expect(thingHeadingWords('fartøy og dekning')).toBe(true);
    expect(thingHeadingWords('dekninger')).toBe(true);
    expect(thingHeadingWords('kjøretøy og ansvar')).toBe(false);
    expect(thingHeadingWords('bygning og innbo')).toBe(false);
  });
});

const car = [
  'DNB                                                                        Side 1 av 1',
  '',
  'Forsikringsbevis',
  'Bilforsikring',
  '',
  'Forsikringstaker            Forsikringsnummer        Utstedt',
  'Kari Nordmann               55 120 441 07            14.08.2026',
  'Granvegen 5',
  '9024 TOMASJORD              Forsikringsperiode       Betalingsmåte',
  '                            15.08.2026 – 14.08.2027  eFaktura, månedlig',
  '',
  'Kjøretøy og dekninger',
  '',
  'Kjøretøy                        Dekning       Bonus   Egenandel    Pris per år',
  'Skoda Enyaq 80                  Kasko         70 %    kr 6 000     kr 8 412',
  'EV 41207',
  '  Fører- og passasjerulykke     kr 200 000',
  '  Fastmontert utstyr            kr 10 000',
  'Toyota Yaris 1.5                Delkasko      50 %    kr 4 000     kr 2 760',
  'DJ 31558',
  '                                                      Sum          kr 11 172',
  '',
  'Endringer fra denne perioden',
  'Egenandelen for glasskade er økt fra kr 2 000 til kr 3 000.',
].join('\n');

describe('a car certificate: the head grid beside the address, then «Kjøretøy og dekninger»', () => {
  it('the title «Bilforsikring» is the rows\' product, each vehicle with its plate, the parts set in under it its items', () => {
    const p = parse(car);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([
      ['Bilforsikring', 'Kasko', 'Skoda Enyaq 80, EV 41207', '6000', '8412'],
      ['Bilforsikring', 'Delkasko', 'Toyota Yaris 1.5, DJ 31558', '4000', '2760'],
    ]);
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Fører- og passasjerulykke', sum: '200000' },
      { name: 'Fastmontert utstyr', sum: '10000' },
    ]);
    expect(p.coverages?.[1]?.items).toBeUndefined();
  });
  it('the last vehicle keeps its plate over the total line set at the table\'s margin («Sum   kr 11 172», as a PDF sets it)', () => {
    const p = parse(car.replace('                                                      Sum          kr 11 172', 'Sum          kr 11 172'));
    expect(p.coverages?.map((c) => c.object)).toEqual(['Skoda Enyaq 80, EV 41207', 'Toyota Yaris 1.5, DJ 31558']);
  });
  it('the change under the covers\' heading is the title\'s product\'s, not «Kjøretøy og dekninger»', () => {
    expect(parse(car).deductible_changes?.map((d) => [d.product, d.old, d.new])).toEqual([['Bilforsikring', ['2000'], ['3000']]]);
  });
  it('«Totalt per år: 6 984 kr» set in under the last row is its total, no part', () => {
    const p = parse(
      [
        'Forsikringsbevis Hund',
        '',
        'Forsikring          Nivå     Forsikringssum   Egenandel           Årspris',
        'Veterinærutgifter   Plus     60 000 kr        2 500 kr            6 120 kr',
        'Livsforsikring      -        12 000 kr        -                     864 kr',
        '                                              Totalt per år:      6 984 kr',
      ].join('\n'),
    );
    expect(p.coverages?.flatMap((c) => c.items ?? [])).toEqual([]);
  });
});

describe('a boat certificate in nynorsk: «Inkludert i Kasko:» under the row', () => {
  it('the parts under the heading are the Kasko row\'s items; the boat set in under the row its object', () => {
    const p = parse(
      [
        'FORSIKRINGSBEVIS – BÅT',
        '',
        'Forsikringsnummer: FR 2290 1147',
        '',
        'Dekning                          Forsikringssum       Eigenandel     Premie',
        'Båt Kasko                        kr 540 000           kr 5 000       kr 4 120',
        '  Askeladden C61 Cruiser, reg. ABC 123',
        '  Inkludert i Kasko:',
        '    Ansvar                       kr 10 000 000',
        '    Personleg lausøyre om bord   kr 30 000',
        '',
        'Samla årspremie                                                     kr 4 120',
      ].join('\n'),
    );
    expect(p.coverages).toHaveLength(1);
    expect(p.coverages?.[0]?.object).toBe('Askeladden C61 Cruiser, reg. ABC 123');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Ansvar', sum: '10000000' },
      { name: 'Personleg lausøyre om bord', sum: '30000' },
    ]);
  });
});

describe('a caravan in an e-mail: «Vogn:» and a part with a long name', () => {
  it('«Vogn: Hobby …, reg.nr. DN 7731» the object; «Fortelt og løsøre i vognen: inntil kr 40 000» an item', () => {
    const p = parse(
      [
        'Dette er forsikringen din nå:',
        '',
        'Campingvognforsikring Kasko',
        'Vogn: Hobby De Luxe 495 UL, reg.nr. CK 1847',
        'Forsikringssum: kr 240 000',
        'Fortelt og løsøre i vognen: inntil kr 30 000',
        'Egenandel: kr 4 000',
        'Årspremie: kr 3 120',
      ].join('\n'),
    );
    expect(p.coverages?.[0]?.object).toBe('Hobby De Luxe 495 UL, reg.nr. CK 1847');
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Fortelt og løsøre i vognen', sum: '30000' }]);
  });
});

describe('a moped certificate in nynorsk: «Køyretøy» heads the vehicles', () => {
  it('«Køyretøy | Dekning | Eigenandel | Årspremie» under «Forsikring: Mopedforsikring»: the vehicle the object, its parts its items', () => {
    const p = parse(
      [
        'FORSIKRINGSBEVIS MOPED',
        '',
        'Forsikringsnr.: 2-7718-2204',
        'Forsikring: Mopedforsikring',
        '',
        'Køyretøy                        Dekning     Eigenandel    Årspremie',
        'Piaggio Zip 50, MF 4410         Kasko       3 000,-       1 980,-',
        '  Førar- og passasjerulukke     200 000,-',
        '',
        'Yngste førar: 17 år.',
      ].join('\n'),
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([['Mopedforsikring', 'Kasko', 'Piaggio Zip 50, MF 4410', '3000', '1980']]);
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Førar- og passasjerulukke', sum: '200000' }]);
  });
});

describe('covers set in under a row with no figures stay coverages', () => {
  it('«Arbeidsmaskin   Løypemaskin …» over «    Ansvar   980», «    Kasko   3 260»: two covers of the machine, no items', () => {
    const p = parse(
      [
        'Forsikring                Forsikringssted / objekt                                Årspremie (kr)',
        'Eiendeler                 Skistua, Løypevegen 12, 1940 Bjørkelangen                      1 180',
        'Arbeidsmaskin             Løypemaskin Prinoth Husky 2012, BN 4412',
        '    Ansvar                                                                                 980',
        '    Kasko                                                                                3 260',
        'Ulykke                    Dugnad og styrearbeid                                            890',
      ].join('\n'),
    );
    expect(p.coverages?.filter((c) => c.product === 'Arbeidsmaskin').map((c) => [c.coverage, c.premium, c.items])).toEqual([
      ['Ansvar', '980', undefined],
      ['Kasko', '3260', undefined],
    ]);
  });
});
