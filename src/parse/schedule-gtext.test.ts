import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(`Avtalenummer: 5340 2291\n\n${text}`, 'doc.txt', '0'.repeat(64)), { trace: true });

describe('a premium total under a person product’s items', () => {
  it('«Sum årspremie  kr 46 380» under the one product’s items is its premium (it was dropped without a word)', () => {
    const p = parse('YRKESSKADE\n\nTap i fremtidig erverv ............. 22–30 G\nMénerstatning ...................... 4,5 G\n\nSum årspremie                                                kr 46 380\n');
    expect(p.coverages).toEqual([
      {
        product: 'YRKESSKADE',
        index_class: 'none',
        premium: '46380',
        items: [
          { name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' } },
          { name: 'Ménerstatning', sum: { g: '4.5' } },
        ],
      },
    ]);
    expect(p.trace?.['coverages[0].premium']?.line).toBe(8);
    expect(p.warnings).toEqual([]);
  });

  it('the total’s word after the premium’s («Årspremie totalt: kr 46 380», «Premie i alt kr 46 380») is the same total, not an item named «Årspremie totalt»', () => {
    for (const line of ['Årspremie totalt: kr 46 380', 'Premie i alt        kr 46 380']) {
      const p = parse(`YRKESSKADE\n\nTap i fremtidig erverv ............. 22–30 G\nMénerstatning ...................... 4,5 G\n\n${line}\n`);
      expect(p.coverages?.map((c) => [c.premium, c.items?.map((i) => i.name)]), line).toEqual([['46380', ['Tap i fremtidig erverv', 'Ménerstatning']]]);
    }
  });

  it('under the items of two unpriced products it is no one product’s premium: a warning with its line', () => {
    // (a municipality's certificate: group life in G, then a collective accident cover, then «Sum årspremie  kr 214 600»)
    const p = parse('GRUPPELIV\n\nArbeidstaker under 51 år      10 G\n\nKOLLEKTIV ULYKKE\n\nMedisinsk invaliditet      15 G\n\nSum årspremie                 kr 214 600\n');
    expect(p.coverages?.every((c) => c.premium === undefined)).toBe(true);
    expect(p.warnings).toEqual(['line 11: could not tell whose premium the total «Sum årspremie kr 214 600» is (2 coverages); not read']);
  });

  it('«Sum premie Gruppeliv kr 12 340» under Gruppeliv’s «|» table names its product: that product’s premium (it was a warning)', () => {
    const p = parse('Gruppeliv\nDekning | Forsikringssum\nDødsfall | 10 G\nBarnetillegg | 4 G\nSum premie Gruppeliv kr 12 340\n\nUlykke\nDekning | Forsikringssum\nDødsfall | 5 G\nSum premie Ulykke kr 8 100\n');
    expect(p.coverages?.map((c) => [c.product, c.premium])).toEqual([
      ['Gruppeliv', '12340'],
      ['Ulykke', '8100'],
    ]);
    expect(p.trace?.['coverages[0].premium']?.line).toBe(7);
    expect(p.warnings).toEqual([]);
  });

  it('a total that names another product than the one above is not that product’s premium', () => {
    const p = parse('Gruppeliv\nDekning | Forsikringssum\nDødsfall | 10 G\nSum premie Ulykke kr 12 340\n\nUlykke\nDekning | Forsikringssum\nDødsfall | 5 G\n');
    expect(p.coverages?.every((c) => c.premium === undefined)).toBe(true);
    expect(p.warnings.some((w) => w.includes('12 340'))).toBe(true);
  });

  it('a total the products’ premiums add up to leaves nothing unread', () => {
    const p = parse('Gruppeliv – premie kr 120 000\n\nAnsattes død      10 G\n\nUlykke – premie kr 40 000\n\nDødsfall      5 G\n\nSum årspremie      kr 160 000\n');
    expect(p.coverages?.map((c) => c.premium)).toEqual(['120000', '40000']);
    expect(p.warnings).toEqual([]);
  });
});

describe('payouts in kroner stated in sentences', () => {
  it('«Ved dødsfall utbetales kr 200 000 til foreldrene …» names one payout and one amount: an item (it was only warned)', () => {
    const p = parse(
      'KOLLEKTIV ULYKKE\n\nVed dødsfall utbetales kr 200 000 til foreldrene eller den som har forsørget barnet.\nVed full medisinsk invaliditet utbetales kr 1 500 000.\nVed tannskade utbetales kr 10 000 per tann, og høyst kr 40 000 per skade.\n',
    );
    expect(p.coverages).toEqual([
      {
        product: 'KOLLEKTIV ULYKKE',
        index_class: 'none',
        items: [
          { name: 'Dødsfall', sum: '200000' },
          { name: 'Full medisinsk invaliditet', sum: '1500000' },
        ],
      },
    ]);
    // (a sentence with two amounts stays a warning)
    expect(p.warnings).toEqual(['line 7: could not read the sum paid out in «Ved tannskade utbetales kr 10 000 per tann, og høyst kr 40 000 per skade.»']);
  });

  it('a sum named only by its condition, or under a heading that is no person product’s, is no item', () => {
    const p = parse('Ulykke\n\nDersom den forsikrede dør, utbetales kr 500 000.\n');
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual(['line 5: could not read the sum paid out in «Dersom den forsikrede dør, utbetales kr 500 000.»']);
    expect(parse('Næringsbygg\n\nVed brann utbetales kr 500 000 til forsikringstaker.\n').coverages?.some((c) => c.items !== undefined)).not.toBe(true);
  });
});

describe('G items under a title set in cells', () => {
  it('«Forsikringsbevis | Yrkesskade | Forsikringsnummer …»: the items and «Årspris yrkesskade: kr …» are that product\'s', () => {
    const p = parse(['Forsikringsbevis  Yrkesskade                Forsikringsnummer 3301928', '', 'Erstatning ved dødsfall               16 G', 'Gravferdskostnader                   0,5 G', '', 'Årspris yrkesskade: kr 88 120'].join('\n'));
    expect(p.coverages).toEqual([{ product: 'Yrkesskade', index_class: 'none', premium: '88120', items: [{ name: 'Erstatning ved dødsfall', sum: { g: '16' } }, { name: 'Gravferdskostnader', sum: { g: '0.5' } }] }]);
  });
});

describe('a person product\'s price right under its heading, over its bulleted items', () => {
  it('«Pris per år: kr 41 250» under «YRKESSKADE» goes with the items under it; «Egenandel for behandlingsutgifter» joins that part\'s limit', () => {
    const p = parse(
      'FORSIKRINGSBEVIS\nAvtalenummer: 86 441 190\n\nYRKESSKADE\nPris per år: kr 41 250\n  • Ménerstatning: 4,5 G\n  • Erstatning ved dødsfall: 15 G\n\n' +
        'FRITIDSULYKKE\nPris per år: kr 12 950\nEgenandel for behandlingsutgifter: kr 2 000\n  • Dødsfall: 5 G\n  • Behandlingsutgifter: inntil kr 50 000\n',
    );
    const by = Object.fromEntries((p.coverages ?? []).map((c) => [c.product, c]));
    expect(by['YRKESSKADE']?.premium).toBe('41250');
    expect(by['FRITIDSULYKKE']?.premium).toBe('12950');
    expect(by['FRITIDSULYKKE']?.items).toContainEqual({ name: 'Behandlingsutgifter', sum: '50000', deductible: '2000' });
    expect(by['FRITIDSULYKKE']?.items?.filter((i) => i.name === 'Behandlingsutgifter')).toHaveLength(1);
  });
});

describe('a total under the items when rows above it were not read', () => {
  // /work/private-holdout70/jbf-hjem-forsikringsbevis.txt (its groff PDF): the overview's rows off their columns, not read,
  // then «Ulykkesforsikring – forsikringssummer» items and «Totalpris per år: kr 23 971» — the total is no premium of the one
  // coverage read (it was given as Ulykkesforsikring's premium, a wrong value)
  it('warns instead of giving the total to the one coverage read', () => {
    const p = parse(
      'Husforsikring Tunveien 7, 2316 Hamar B, Topp Fullverdi 8 000 11 364\nInnboforsikring Tunveien 7, 2316 Hamar B, Topp 1 500 000 4 000 3 288\n\nULYKKESFORSIKRING\n\nMedisinsk invaliditet ............. kr 1 000 000\nDødsfall .......................... kr 200 000\n\nSum årspremie                                                kr 23 971\n',
    );
    expect(p.coverages?.every((c) => c.premium !== '23971')).toBe(true);
    expect(p.warnings.some((w) => w.includes('23 971'))).toBe(true);
  });
});

describe('a person product’s deductible field set in with its value apart', () => {
  // «   Eigenandel:   Ingen» under «1. Yrkesskadeforsikring (lovpålagd)» and its G rows (a nynorsk certificate)
  it('«Eigenandel:   Ingen» is the product’s deductible 0; «Egenandel:   kr 1 000» its amount', () => {
    for (const [value, want] of [['Ingen', '0'], ['kr 1 000', '1000']] as const) {
      const p = parse(`1. Yrkesskadeforsikring\n   Menerstatning ved 100 % mén .............  4,5 G\n   Gravferdsutgifter ........................  0,5 G\n\n   Eigenandel:   ${value}\n   Årspremie:    kr 41 880\n`);
      expect(p.coverages).toMatchObject([{ product: 'Yrkesskadeforsikring', deductible: want, premium: '41880' }]);
    }
  });
});

describe('a kroner item set in with its value apart among a person product’s G rows', () => {
  // «  Behandlingsutgifter:                kr 50 000» under «Ulykkesforsikring» and its «Dødsfall:   5 G» (a renewal letter)
  it('«Behandlingsutgifter:   kr 50 000» is an item of the product, as the G rows are', () => {
    const p = parse('Ulykkesforsikring\n  Medisinsk invaliditet ved 100 %:    20 G\n  Dødsfall:                           5 G\n  Behandlingsutgifter:                kr 50 000\n  Årspremie:                          kr 48 640\n');
    expect(p.coverages?.[0]?.items).toContainEqual({ name: 'Behandlingsutgifter', sum: '50000' });
  });
});
