/**
 * A portal's page copied as text: an overview of cards, each an insurance over its thing and its fields, and a page of one
 * insurance whose cards are its vehicles, places or covers (src/parse/schedule-portal.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { agreementNumberLine } from './schedule-portal.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const rows = (p: Policy): unknown[] => (p.coverages ?? []).map(({ product, coverage, object, sum, deductible, premium }) => ({ product, coverage, object, sum, deductible, premium }));

describe("a portal's cards", () => {
  it('«Forsikringsnummer SP 8826 4410», «Avtalenr. 4410-318872»: the agreement\'s number under a page\'s heading', () => {
    expect(agreementNumberLine('forsikringsnummer sp 8826 4410')).toBe(true);
    expect(agreementNumberLine('avtalenr. 4410-318872')).toBe(true);
    expect(agreementNumberLine('avtalenummer: 6519 0042 118')).toBe(true);
    expect(agreementNumberLine('forsikringsnummeret ditt finner du i appen')).toBe(false);
  });

  it('an overview of cards, one field a line, the label before its value by a space and the price alone: one coverage a card', () => {
    const p = parse([
      'Frende  |  Mine forsikringer                                   Logg ut',
      '',
      'Bilforsikring',
      'Skoda Enyaq 80, EV 33120',
      'Kasko',
      'Egenandel 8 000 kr',
      'Kjørelengde 15 000 km · Bonus 60 %',
      '7 884 kr per år',
      'Forsikringsnummer 3301 228 410',
      'Se detaljer   Meld skade',
      '',
      '',
      'Innboforsikring',
      'Kongsvegen 3, 6800 Førde',
      'Forsikringssum 900 000 kr',
      'Egenandel 3 000 kr',
      '2 310 kr per år',
      'Forsikringsnummer 3301 228 427',
      'Se detaljer   Meld skade',
      '',
      '',
      'Reiseforsikring',
      'Enkeltperson · Europa',
      'Egenandel 0 kr',
      '1 140 kr per år',
      'Se detaljer   Meld skade',
      '',
      'Totalt per år: 11 334 kr',
    ].join('\n'));
    expect(rows(p)).toEqual([
      { product: 'Bilforsikring', coverage: 'Kasko', object: 'Skoda Enyaq 80, EV 33120', sum: undefined, deductible: '8000', premium: '7884' },
      { product: 'Innboforsikring', coverage: undefined, object: 'Kongsvegen 3, 6800 Førde', sum: '900000', deductible: '3000', premium: '2310' },
      { product: 'Reiseforsikring', coverage: undefined, object: undefined, sum: undefined, deductible: '0', premium: '1140' },
    ]);
  });

  it("a page of one insurance: its vehicles' cards are its coverages, the page's price over them no cover of its own", () => {
    const p = parse([
      'Gjensidige  |  Min side',
      '< Tilbake til alle forsikringer',
      '',
      'Bilforsikring',
      'Avtalenummer 7741 0093',
      'Status: Aktiv',
      'Pris per år: 13 270 kr',
      '',
      'Biler i avtalen (2)',
      '',
      'Kia Niro EV, EB 55012',
      '  Dekning: Topp kasko',
      '  Egenandel: 6 000 kr',
      '  Pris per år: 8 950 kr',
      '  [Endre]  [Meld skade]',
      '',
      'Peugeot 208, DP 11873',
      '  Dekning: Delkasko',
      '  Egenandel: 4 000 kr',
      '  Pris per år: 4 320 kr',
      '  [Endre]  [Meld skade]',
    ].join('\n'));
    expect(rows(p)).toEqual([
      { product: 'Bilforsikring', coverage: 'Topp kasko', object: 'Kia Niro EV, EB 55012', sum: undefined, deductible: '6000', premium: '8950' },
      { product: 'Bilforsikring', coverage: 'Delkasko', object: 'Peugeot 208, DP 11873', sum: undefined, deductible: '4000', premium: '4320' },
    ]);
  });

  it("a page of one insurance whose cards are its covers: the page's heading their product, a value that is no amount warned", () => {
    const p = parse([
      'Min side bedrift                                      Logg ut',
      '',
      'Verkstedforsikring',
      'Forsikringsnummer 5520 1187',
      'Status: Aktiv',
      '',
      'Maskiner og utstyr',
      'Forsikringssum: 1 400 000 kr',
      'Egenandel: 10 000 kr',
      'Pris: 6 210 kr',
      '',
      'Driftstap',
      'Forsikringssum: 3 000 000 kr',
      'Egenandel: 2 døgn',
      'Pris: 3 480 kr',
    ].join('\n'));
    expect(rows(p)).toEqual([
      { product: 'Verkstedforsikring', coverage: 'Maskiner og utstyr', object: undefined, sum: '1400000', deductible: '10000', premium: '6210' },
      { product: 'Verkstedforsikring', coverage: 'Driftstap', object: undefined, sum: '3000000', deductible: undefined, premium: '3480' },
    ]);
    expect(p.warnings.some((w) => w.includes('2 døgn') && w.includes('Driftstap'))).toBe(true);
  });

  it('a card of labels over their values is left to the field readers (no card read here twice)', () => {
    const p = parse([
      'Fremtind',
      'Logg ut',
      '',
      'Hytteforsikring',
      'Forsikringsnummer 5017 7339',
      '',
      'Egenandel',
      '6 000 kr',
      '',
      'Pris',
      '8 914 kr per år',
    ].join('\n'));
    expect(p.coverages?.filter((c) => c.product === 'Hytteforsikring').length).toBe(1);
  });
});

describe('a portal\'s cards with their status at the right, parted by rules', () => {
  it('«Reiseforsikring   Aktiv» over «Helårs reiseforsikring for hele familien»: each card its own insurance, the description no card, the area no object', () => {
    const p = parse([
      'Tryg  |  Min side  >  Forsikringer                         Logg ut',
      '',
      '--------------------------------------------------',
      'Bilforsikring                               Aktiv',
      'DR 40216 Volkswagen ID.4 Pro',
      'Dekning: Kasko',
      'Bonus: 60 %',
      'Egenandel: 8 000 kr',
      'Pris: 7 212 kr per år',
      '  Se forsikringsbevis   Meld skade',
      '--------------------------------------------------',
      'Reiseforsikring                             Aktiv',
      'Helårs reiseforsikring for hele familien',
      'Dekning: Familie',
      'Gjelder: hele verden, reiser inntil 45 dager',
      'Egenandel: Ingen egenandel',
      'Pris: 1 980 kr per år',
      '  Se forsikringsbevis   Meld skade',
      '--------------------------------------------------',
    ].join('\n'));
    expect(rows(p)).toEqual([
      { product: 'Bilforsikring', coverage: 'Kasko', object: 'DR 40216 Volkswagen ID.4 Pro', sum: undefined, deductible: '8000', premium: '7212' },
      { product: 'Reiseforsikring', coverage: 'Familie', object: undefined, sum: undefined, deductible: '0', premium: '1980' },
    ]);
  });
});

describe("a portal's page of one insurance with its level in the heading", () => {
  it('«Hytteforsikring Pluss» over the buttons, the tabs and «Forsikringsnummer» over its number: the table\'s covers are the cabin insurance\'s', () => {
    const p = parse([
      'Mine forsikringer  >  Fritid  >  Hytteforsikring',
      '',
      'Hytteforsikring Pluss',
      'Heggelia 12',
      '',
      'Skriv ut   Last ned forsikringsbevis (PDF)   Meld skade',
      '',
      'Oversikt    Dokumenter    Betaling',
      '',
      'Forsikringsnummer',
      'HY-7730412',
      '',
      'Forsikringssted: Heggelia 12, 3560 Hemsedal',
      'Byggeår 1996 · Bruksareal 88 m² · Laftet tømmer',
      '',
      'Dekning                          Forsikringssum            Egenandel',
      'Hytte                            Fullverdi                 8 000 kr',
      'Innbo og løsøre                  400 000 kr                8 000 kr',
    ].join('\n'));
    expect(rows(p)).toEqual([
      { product: 'Hytteforsikring', coverage: 'Hytte', object: 'Heggelia 12, 3560 Hemsedal', sum: undefined, deductible: '8000', premium: undefined },
      { product: 'Hytteforsikring', coverage: 'Innbo og løsøre', object: 'Heggelia 12, 3560 Hemsedal', sum: '400000', deductible: '8000', premium: undefined },
    ]);
  });
});

describe('a «Min side» card with its category in capitals over the thing and the insurance', () => {
  // docs/if-min-side-kort-kategori-over-ting-2027: «HJEM» over «Kongsgårdbakken 9, 4005 Stavanger» over «Innboforsikring», «BÅT»
  // over «Rana 550 Cabin, MKR 118» over «Båtforsikring», each card's fields under
  it('the thing is the card\'s object, and a register number ending in «KR» is no amount', () => {
    const p = parse([
      'Min side › Forsikringer',
      '',
      '-------------------------------------------------------------',
      'BIL',
      'Tesla Model 3, EL 90417',
      'Bilforsikring',
      'Dekning: Kasko',
      'Egenandel: 8 000 kr',
      'Pris: 8 220 kr per år',
      'Se detaljer ›     Meld skade ›',
      '-------------------------------------------------------------',
      'HJEM',
      'Kongsgårdbakken 9, 4005 Stavanger',
      'Innboforsikring',
      'Dekning: Standard',
      'Forsikringssum: 800 000 kr',
      'Egenandel: 4 000 kr',
      'Pris: 2 190 kr per år',
      'Se detaljer ›     Meld skade ›',
      '-------------------------------------------------------------',
      'BÅT',
      'Rana 550 Cabin, MKR 118',
      'Båtforsikring',
      'Dekning: Kasko',
      'Forsikringssum: 260 000 kr',
      'Pris: 2 480 kr per år',
      '',
    ].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Bilforsikring', 'Tesla Model 3, EL 90417'],
      ['Innboforsikring', 'Kongsgårdbakken 9, 4005 Stavanger'],
      ['Båtforsikring', 'Rana 550 Cabin, MKR 118'],
    ]);
  });
});
