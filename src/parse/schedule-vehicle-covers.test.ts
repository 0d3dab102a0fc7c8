import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('a vehicle certificate\'s table of covers under its title product', () => {
  // 83/gjensidige-bil-forsikringsbevis: «FORSIKRINGSBEVIS – BILFORSIKRING», «Forsikret kjøretøy: EK 48213 Volkswagen ID.4»,
  // «Dekning | Egenandel | Pris per år» over «Kasko | 6 000 kr | 7 488 kr»
  const doc = (title: string): string =>
    [
      'Forsikringsnummer    81 604 229',
      'Forsikringstid       1. januar 2026 – 31. desember 2026',
      '',
      title,
      '',
      'Forsikret vogn: Hobby De Luxe 495 UL (CK 1847)',
      'Årsmodell 2019, totalvekt 1 500 kg',
      'Fast plass: Hafjell Camping, sesongplass 112 (oktober–april)',
      '',
      'Dekning              Forsikringssum     Egenandel     Årspremie',
      'Kasko                   285 000 kr        4 000 kr      2 745 kr',
      'Fortelt og løsøre        30 000 kr        2 000 kr        390 kr',
      'Ansvar                        –                 –         inkl.',
      'Rettshjelp                    –          4 000 kr         inkl.',
      '',
    ].join('\n');
  it('reads each row as a cover of the titled insurance, the vehicle its object', () => {
    const p = parse(doc('CAMPINGVOGNFORSIKRING'));
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object])).toEqual([
      ['Campingvognforsikring', 'Kasko', 'Hobby De Luxe 495 UL (CK 1847)'],
      ['Campingvognforsikring', 'Fortelt og løsøre', 'Hobby De Luxe 495 UL (CK 1847)'],
      ['Campingvognforsikring', 'Rettshjelp', 'Hobby De Luxe 495 UL (CK 1847)'],
    ]);
    expect(p.coverages?.[0]).toMatchObject({ sum: '285000', deductible: '4000', premium: '2745' });
  });
  it('leaves the rows as they were under no vehicle insurance\'s title', () => {
    const p = parse(doc('DINE DEKNINGER'));
    expect(p.coverages?.some((c) => c.product === 'Kasko')).toBe(true);
    expect(p.coverages?.some((c) => c.product === 'Campingvognforsikring')).toBe(false);
  });
});

describe('the driver\'s accident sums under a vehicle\'s one coverage', () => {
  // 83/enter-motorsykkel-kjopsbekreftelse: «Fører- og passasjerulykke er inkludert:» over « – død: 200 000 kr»
  const fields = [
    'Forsikringsnummer ........ ENT-MC-0093415',
    'Produkt .................. Motorsykkelforsikring',
    'Dekning .................. Kasko',
    'Motorsykkel .............. Kawasaki Z900 (2021), MA 4412',
    'Egenandel ................ 8 000 kr',
    'Pris ..................... 4 188 kr per år (349 kr i måneden)',
    '',
  ].join('\n');
  it('are the items of that coverage, and the year\'s price beside the month\'s «i måneden» its premium', () => {
    const p = parse(`${fields}\nFører- og passasjerulykke er inkludert:\n – død: 200 000 kr\n – medisinsk invaliditet: inntil 400 000 kr\n`);
    expect(p.coverages?.[0]?.premium).toBe('4188');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'død', sum: '200000' },
      { name: 'medisinsk invaliditet', sum: '400000' },
    ]);
  });
  it('under several vehicle covers are a warning, not read', () => {
    const table = [
      'FORSIKRINGSBEVIS – BILFORSIKRING',
      'Forsikret kjøretøy: EK 48213 Volkswagen ID.4',
      '',
      'Dekning              Egenandel     Pris per år',
      'Kasko                 6 000 kr        7 488 kr',
      'Glass                 2 500 kr       inkludert',
      '',
      'Bilen skal være låst når den står uten tilsyn.',
      '',
      'Fører- og passasjerulykke, per person:',
      '- Dødsfall:                  kr 200 000',
      '- Medisinsk invaliditet:     inntil kr 400 000',
      '',
    ].join('\n');
    const p = parse(table);
    expect(p.coverages?.every((c) => c.items === undefined)).toBe(true);
    expect(p.warnings.some((w) => String(w).includes('accident sums') && String(w).includes('not read'))).toBe(true);
  });
});

describe('a certificate titled by the thing it insures, its covers in blocks of fields', () => {
  // 107/frende-forsikringsbevis-bat: «FORSIKRINGSBEVIS - BÅT», «Båt:   Askeladden C61 Cruiser, NYG 4412» in a column of
  // values, then «Dekningar» over «Kasko» / «  Forsikringssum:   kr 420 000» / «  Eigenandel: …» / «  Premie: …»
  const doc = (title: string): string =>
    [
      title,
      '',
      'Forsikringsnummer:       BT 55 20 913',
      'Forsikringa gjeld frå:   01.05.2025',
      '',
      'Båt:                     Askeladden C61 Cruiser, NYG 4412',
      'Byggeår:                 2019',
      '',
      'Dekningar',
      '',
      'Kasko',
      '  Forsikringssum:        kr 420 000',
      '  Eigenandel:            kr 6 000',
      '  Premie:                kr 4 380',
      '',
      'Ansvar og rettshjelp',
      '  Eigenandel:            kr 2 000',
      '  Premie:                kr 612',
      '',
    ].join('\n');
  it('reads each block as a cover of the title\'s thing, the boat of the aligned field its object', () => {
    const p = parse(doc('FORSIKRINGSBEVIS - BÅT'));
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object])).toEqual([
      ['Båt', 'Kasko', 'Askeladden C61 Cruiser, NYG 4412'],
      ['Båt', 'Ansvar og rettshjelp', 'Askeladden C61 Cruiser, NYG 4412'],
    ]);
    expect(p.coverages?.[0]).toMatchObject({ sum: '420000', deductible: '6000', premium: '4380' });
  });
  it('leaves the blocks as they were under a title that names no vehicle', () => {
    const p = parse(doc('FORSIKRINGSBEVIS - EIENDELER'));
    expect(p.coverages?.some((c) => c.product === 'Båt')).toBe(false);
  });
});

describe('a mail\'s field that names the vehicle insurance over the table of its covers', () => {
  // 99/enter-epost-mopedforsikring: «Forsikring: Mopedforsikring Kasko», «Kjøretøy: Piaggio Zip 50 4T, MH 4720», then
  // «Dekning   Forsikringssum   Egenandel» over «Ansvar   Iht. lov   0 kr», «Kasko   Markedsverdi   4 000 kr»
  const mail = [
    'Polisenummer: 5100 2287 14',
    'Kjøretøy: Yamaha Neo\'s 50, MH 3318',
    'Forsikring: Mopedforsikring Kasko',
    '',
    'Dekning              Forsikringssum        Egenandel',
    'Ansvar               Iht. lov              0 kr',
    'Kasko                Markedsverdi          4 000 kr',
    'Rettshjelp           100 000 kr            4 000 kr',
    '',
  ].join('\n');
  it('reads each row as a cover of the insurance the field names, whole, the vehicle their object, and no row of the field', () => {
    const p = parse(mail);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible])).toEqual([
      ['Mopedforsikring Kasko', 'Ansvar', "Yamaha Neo's 50, MH 3318", '0'],
      ['Mopedforsikring Kasko', 'Kasko', "Yamaha Neo's 50, MH 3318", '4000'],
      ['Mopedforsikring Kasko', 'Rettshjelp', "Yamaha Neo's 50, MH 3318", '4000'],
    ]);
  });
});
