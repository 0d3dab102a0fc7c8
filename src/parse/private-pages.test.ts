/**
 * A private customer's «Min side» page, overview and renewal letter: cards with a heading, a place, a
 * few label/value lines and a price; a letter's list of new sums or prices; which date is the renewal.
 */
import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource, withoutPageLink } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe("a web page's cards", () => {
  it('«Villaforsikring Pluss      Se detaljer ›»: the link beside a card\'s title is no cell of it', () => {
    expect(withoutPageLink('Villaforsikring Pluss                        Se detaljer ›')).toBe('Villaforsikring Pluss');
    expect(withoutPageLink('Hytteforsikring\tVis detaljer >')).toBe('Hytteforsikring');
    // (a line of links alone stays: it is no card's text)
    expect(withoutPageLink('Se detaljer ›   Endre ›   Meld skade ›')).toBe('Se detaljer ›   Endre ›   Meld skade ›');
    // (words that end a line without a gap are the line's own)
    expect(withoutPageLink('Du kan endre')).toBe('Du kan endre');
  });

  const CARDS = [
    'Gjensidige',
    '',
    'Mine forsikringer',
    '',
    'Villaforsikring Pluss                                   Se detaljer ›',
    'Furuvegen 12, 2615 Lillehammer',
    'Forsikringsnummer        55 410 228',
    'Fornyes                  01.09.2026',
    'Forsikringssum           Fullverdi',
    'Egenandel                8 000 kr',
    'Pris                     9 912 kr/år',
    '',
    'Fritidsboligforsikring                                  Se detaljer ›',
    'Setervegen 40, Gnr 88 Bnr 3, 2636 Øyer',
    'Hytte, bygd 1994',
    'Forsikringsnummer        55 410 229',
    'Fornyes                  01.09.2026',
    'Forsikringssum           3 400 000 kr',
    'Egenandel                8 000 kr',
    'Pris                     5 208 kr/år',
    '',
  ].join('\n');

  it('«Forsikringsnummer      55 410 228», «Fornyes      01.09.2026» between a card\'s place and its figures are facts of the card', () => {
    const p = parse(CARDS);
    // (the two cards are read by two readers — the portal's cards and the card with its facts set in —, so their order is
    // the readers' and not asserted here)
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual(
      expect.arrayContaining([
        ['Villaforsikring', 'Furuvegen 12, 2615 Lillehammer', undefined, '8000', '9912'],
        ['Fritidsboligforsikring', 'Setervegen 40, Gnr 88 Bnr 3, 2636 Øyer', '3400000', '8000', '5208'],
      ]),
    );
    expect(p.coverages).toHaveLength(2);
  });

  it('«Fornyes 01.09.2026» on a card is the next renewal: the index date the page states comes before it', () => {
    const notice = 'Fra 1. januar 2026 justeres forsikringssummene for bygninger med 4,1 %.\n\n';
    expect(parse(CARDS).renewal_date).toBe('2026-09-01');
    expect(parse(CARDS.replace('Mine forsikringer\n', `Mine forsikringer\n\n${notice}`)).renewal_date).toBe('2026-01-01');
  });

  it('«Innboforsikring» / «Storgata 5 B, 3060 Svelvik» / «Ekstra»: the level under the card\'s place is the card\'s', () => {
    const p = parse('Fremtind\n\nForsikringsavtale\nAvtalenummer 7731-204519\n\nInnboforsikring\nSjøgata 14, 8006 Bodø\nStandard\nForsikringssum: 900 000 kr\nEgenandel: 4 000 kr\nPris: 2 916 kr/år\n');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum])).toEqual([['Innboforsikring', 'Standard', 'Sjøgata 14, 8006 Bodø', '900000']]);
  });

  it('«Pris: kr 1 308,- i året (kr 109,- i måneden)»: the year\'s price, the month\'s in brackets written with «,-»', () => {
    const p = parse('Ly Forsikring\n\nForsikringsnummer: LY-2026-4410\n\nInnboforsikring\n  • Forsikringssum: kr 600 000,-\n  • Egenandel: kr 4 000,-\n  • Pris: kr 1 764,- i året (kr 147,- i måneden)\n');
    expect(p.coverages?.[0]?.premium).toBe('1764');
  });

  it('«Medisinsk invaliditet etter ulykke        Inntil 25 G» under a card: a table of items, no page in two columns', () => {
    const p = parse(
      'SpareBank 1\n\nBarneforsikring\nOla Nordmann (6 år)\nPris                    1 980 kr/år (165 kr/mnd)\n\nHva dekker barneforsikringen?\nMedisinsk invaliditet etter ulykke        Inntil 30 G\nMedisinsk invaliditet ved sykdom          Inntil 30 G\nAlvorlig sykdom                           2 G\nBehandlingsutgifter etter ulykke          Inntil 1 G\nOmbygging av bolig                        Inntil 5 G\n',
    );
    const c = p.coverages?.find((x) => x.product === 'Barneforsikring');
    expect(c?.premium).toBe('1980');
    expect(c?.items?.map((i) => [i.name, i.sum])).toEqual([
      ['Medisinsk invaliditet etter ulykke', { g: '30' }],
      ['Medisinsk invaliditet ved sykdom', { g: '30' }],
      ['Alvorlig sykdom', { g: '2' }],
      ['Behandlingsutgifter etter ulykke', { g: '1' }],
      ['Ombygging av bolig', { g: '5' }],
    ]);
  });
});

describe("a renewal letter to a private customer", () => {
  it('«Etter justeringen er forsikringssummene dine:» over «Innbo, Bakkevegen 2, 6800 Førde ........ kr 845 000»: the letter\'s list of its sums', () => {
    const p = parse(
      'Forsikringsnummer 4410-2290\n\nFra 1. januar 2026 blir innbosummen din justert med 2,8 prosent. Summen for smykker er avtalt som førsterisiko og blir ikke justert.\n\nEtter justeringen er forsikringssummene dine:\n\n  Innbo, Bakkevegen 2, 6800 Førde ................ kr 845 000\n  Smykker (førsterisiko) ......................... kr 100 000\n\nMed vennlig hilsen\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.index_class])).toEqual([
      ['Innbo', 'Bakkevegen 2, 6800 Førde', '845000', 'innbo'],
      ['Smykker', undefined, { first_risk: '100000' }, 'none'],
    ]);
    expect(p.warnings).toEqual([]);
  });

  it('«1 200 000 kr 4 000 kr» under «Sum» and «Egenandel»: an amount that begins at the next column\'s edge is that column\'s', () => {
    const p = parse(
      [
        'Avtalenummer: 5502118',
        '',
        'Forsikring          Hva/hvor                          Sum          Egenandel   Pris per år',
        'Husforsikring       Elvegata 3, 3800 Bø               Fullverdi    6 000 kr    8 760 kr',
        'Innboforsikring     Elvegata 3, 3800 Bø               1 200 000 kr 4 000 kr    2 940 kr',
        '',
      ].join('\n'),
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Husforsikring', 'Elvegata 3, 3800 Bø', undefined, '6000', '8760'],
      ['Innboforsikring', 'Elvegata 3, 3800 Bø', '1200000', '4000', '2940'],
    ]);
  });

  it('«Egenandelen på bilforsikringen din går opp fra 6 000 til 8 000 kroner»: the insurance with the customer\'s possessive names the product', () => {
    const p = parse('Avtalenummer: 5502118\n\nHva er nytt?\n\nEgenandelen på bilforsikringen din går opp fra 6 000 til 8 000 kroner.\n');
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Bilforsikring', ['6000'], ['8000']]]);
  });
});

describe('a boat\'s card: its name, a comma and its register number with the label', () => {
  // «Båtforsikring Kasko» / «Askeladden 19 Cabin, reg.nr. SHH 512» / «Forsikringssum» over «285 000 kr» …
  it('is the card\'s object, and the card\'s figures are its own', () => {
    const p = parse('Mine forsikringer\n\nBåtforsikring Kasko\nRyds 550 BF Sport, reg.nr. KDA 418\nForsikringssum\n160 000 kr\nEgenandel\n4 000 kr\nPris per år\n1 944 kr\nSe dekninger og vilkår\n');
    expect(p.coverages).toMatchObject([{ product: 'Båtforsikring', coverage: 'Kasko', object: 'Ryds 550 BF Sport, reg.nr. KDA 418', sum: '160000', deductible: '4000', premium: '1944' }]);
  });
});

describe('«Min side» cards titled by the kind of thing they insure', () => {
  // 107/fremtind-sparebank1-min-side-oversikt: «Bil» / «Volkswagen ID.4, EL 48213» / «Kasko» / «Egenandel» / «6 000 kr» …,
  // «Hus» / «Tranevegen 9, 2316 Hamar» / «Topp» / …, «Reise» / «Familie, hele verden» / «Egenandel» / «0 kr» …
  const page = [
    'Mine forsikringer',
    '',
    'Bil',
    'Tesla Model Y, EK 40211',
    'Kasko',
    'Egenandel',
    '8 000 kr',
    'Pris per år',
    '9 120 kr',
    '',
    'Hus',
    'Lønneveien 4, 3711 Skien',
    'Pluss',
    'Egenandel',
    '10 000 kr',
    'Pris per år',
    '8 400 kr',
    '',
    'Reise',
    'Familie, Norden',
    'Egenandel',
    '500 kr',
    'Pris per år',
    '1 890 kr',
    '',
  ].join('\n');
  it('read the kind as the product, the level under the place or vehicle as its coverage', () => {
    const p = parse(page);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([
      ['Bil', 'Kasko', 'Tesla Model Y, EK 40211', '8000', '9120'],
      ['Hus', 'Pluss', 'Lønneveien 4, 3711 Skien', '10000', '8400'],
      ['Reise', undefined, undefined, '500', '1890'],
    ]);
  });
  it('«Dette er forsikret» over «Hytte» on a page of one product: the thing insured, the page\'s product goes on', () => {
    // 110/fremtind-min-side-fritidsbolig: «Fritidsboligforsikring Standard» / «Forsikringsnummer …» / «Dette er forsikret» / «Hytte» / place
    const p = parse(
      ['Fritidsboligforsikring Standard', 'Forsikringsnummer 2184 5583 90', '', 'Dette er forsikret', 'Hytte', 'Fjellvegen 12, 3560 Hemsedal', '', 'Egenandel            8 000 kr', 'Pris                 6 612 kr per år', ''].join('\n'),
    );
    expect(p.coverages).toMatchObject([{ product: 'Fritidsboligforsikring', coverage: 'Standard', object: 'Fjellvegen 12, 3560 Hemsedal', deductible: '8000', premium: '6612' }]);
  });
});
