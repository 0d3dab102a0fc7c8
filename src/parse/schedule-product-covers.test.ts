import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { coverHeader, headingName, headingProduct } from './schedule-product-covers.js';
import { textToSource } from './text.js';

const parse = (lines: string[]): Policy => extractPolicy(textToSource(lines.join('\n'), 'doc.txt', '0'.repeat(64)), {});

describe('the parts of a product section', () => {
  it('knows a cover table\'s header by «Dekning» and figure columns only', () => {
    expect(coverHeader(['Dekning', 'Forsikringssum', 'Egenandel'])).toEqual({ sum: 1, deductible: 2, premium: -1 });
    expect(coverHeader(['Dekning', 'Forsikringssum', 'Egenandel', 'Pris per år'])).toEqual({ sum: 1, deductible: 2, premium: 3 });
    expect(coverHeader(['Forsikring', 'Forsikringssted', 'Forsikringssum'])).toBeUndefined();
    expect(coverHeader(['Dekning', 'Pluss'])).toBeUndefined();
  });
  it('reads the product a heading names before its dash', () => {
    expect(headingProduct('1  BILFORSIKRING KASKO – COMPREHENSIVE')).toEqual({ name: 'BILFORSIKRING KASKO', caps: true });
    expect(headingProduct('BIL KASKO – Toyota RAV4 2021, DR 41872')).toEqual({ name: 'BIL KASKO', caps: true });
    expect(headingProduct('Reiseforsikring Europa')).toEqual({ name: 'Reiseforsikring Europa', caps: false });
    expect(headingProduct('Egenandelen øker med 10 000 kr.')).toBeUndefined();
    expect(headingName('BÅTFORSIKRING KASKO PLUSS')).toBe('Båtforsikring Kasko Pluss');
    expect(headingName('HESTEFORSIKRING – SYKDOM OG ULYKKE')).toBe('Hesteforsikring – Sykdom og ulykke');
    expect(headingName('Reise Familie')).toBe('Reise Familie');
  });
});

describe('covers under a product heading, the price stated once', () => {
  // 95/fremtind-insurance-certificate-car-travel-2025: «1  BILFORSIKRING KASKO / CAR INSURANCE – …» over a bilingual
  // «Dekning / Cover | Sum / Limit | Egenandel / Deductible» table and «Premie / Premium: NOK 9 348 per år»
  it('reads the rows as the product\'s items, and the price line as its premium, never a row', () => {
    const p = parse([
      'MOTORSYKKELFORSIKRING DELKASKO',
      'Kjøretøy:   Yamaha MT-07 2020, KT 3391',
      '',
      'Dekning            Forsikringssum        Egenandel',
      'Ansvar             Iht. lov              0 kr',
      'Delkasko           Markedsverdi          4 000 kr',
      'Rettshjelp         100 000 kr            4 000 kr',
      '',
      'Årspris: 3 480 kr',
      '',
      'REISEFORSIKRING EUROPA – gjelder deg alene',
      '',
      'Dekning            Forsikringssum        Egenandel',
      'Reisegods          30 000 kr             500 kr',
      'Avbestilling       40 000 kr             0 kr',
      '',
      'Pris per år: 1 290 kr',
    ]);
    expect(p.coverages).toEqual([
      {
        product: 'Motorsykkelforsikring Delkasko',
        object: 'Yamaha MT-07 2020, KT 3391',
        index_class: 'none',
        premium: '3480',
        items: [{ name: 'Ansvar', deductible: '0' }, { name: 'Delkasko', deductible: '4000' }, { name: 'Rettshjelp', sum: '100000', deductible: '4000' }],
      },
      {
        product: 'Reiseforsikring Europa',
        index_class: 'none',
        premium: '1290',
        items: [{ name: 'Reisegods', sum: '30000', deductible: '500' }, { name: 'Avbestilling', sum: '40000', deductible: '0' }],
      },
    ]);
  });
  it('takes the price at the heading\'s right end', () => {
    const p = parse([
      'BÅTFORSIKRING KASKO PLUSS                         Årspremie NOK 7 845',
      '',
      'Dekning                       Forsikringssum     Egenandel',
      'Kasko                         NOK 980 000        NOK 6 000',
      'Personlige eiendeler om bord  NOK 50 000         NOK 2 000',
    ]);
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => i.name)])).toEqual([['Båtforsikring Kasko Pluss', '7845', ['Kasko', 'Personlige eiendeler om bord']]]);
  });
  it('gives the covers to the overview\'s row that points to them', () => {
    const p = parse([
      'Forsikring          Forsikringssted / objekt      Forsikringssum    Egenandel   Pris per år',
      'Bobil Kasko         Hymer B 678, EL 40211         Se side 2         6 000 kr    9 120 kr',
      '',
      '',
      'BOBIL KASKO – Hymer B 678, EL 40211',
      '',
      'Dekning                         Forsikringssum              Egenandel',
      'Kasko                           Markedsverdi                6 000 kr',
      'Innbo i bobilen                 50 000 kr                   2 000 kr',
    ]);
    expect(p.coverages).toHaveLength(1);
    expect(p.coverages?.[0]).toMatchObject({ premium: '9120', items: [{ name: 'Kasko', deductible: '6000' }, { name: 'Innbo i bobilen', sum: '50000', deductible: '2000' }] });
    expect(p.warnings.some((w) => w.includes('Se side 2'))).toBe(false);
  });
  it('leaves a table of covers with no price anywhere as the other readers read it', () => {
    const p = parse(['BÅTFORSIKRING', '', 'Dekning     Forsikringssum    Egenandel', 'Kasko       NOK 300 000       NOK 4 000', 'Ansvar      NOK 5 000 000     NOK 0']);
    expect(p.coverages?.some((c) => c.items !== undefined)).toBe(false);
  });
  // 95/gjensidige-forsikringsbevis-hest-2025: «HESTEFORSIKRING – SYKDOM OG ULYKKE» over rows that each carry a price
  it('keeps rows that each carry a price as coverages, of the heading\'s product', () => {
    const p = parse([
      'HUNDEFORSIKRING – VETERINÆR OG LIV',
      '',
      'Hund        Balder (NKK 12345/22)',
      'Rase        Border collie, født 2021',
      '',
      'Dekning                 Forsikringssum     Egenandel     Pris per år',
      'Veterinær               kr 40 000          kr 2 500      kr 3 480',
      'Liv                     kr 15 000          Ingen         kr 620',
    ]);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.premium])).toEqual([
      ['HUNDEFORSIKRING – VETERINÆR OG LIV', 'Veterinær', '3480'],
      ['HUNDEFORSIKRING – VETERINÆR OG LIV', 'Liv', '620'],
    ]);
  });
  // 95/frende-forsikringsbevis-bat-2025: «BÅTTILHENGER   Årspremie NOK 410» over «Brenderup 8,5 t, reg.nr. TH 2281
  // Forsikringssum NOK 35 000   Egenandel NOK 3 000» under the boat's table — the trailer took the boat's object
  it('reads a heading with its price over one line of its thing and labelled figures as its own coverage', () => {
    const p = parse([
      'BÅTFORSIKRING KASKO                             Årspremie kr 4 120',
      '',
      'Dekning                  Forsikringssum       Egenandel',
      'Kasko                    kr 310 000           kr 4 000',
      'Ansvar                   kr 5 000 000         kr 0',
      '',
      'TILHENGER                                       Årspremie kr 290',
      'Tysse 1300, reg.nr. JA 1187    Forsikringssum kr 28 000    Egenandel kr 2 000',
    ]);
    expect(p.coverages?.[1]).toEqual({ product: 'Tilhenger', object: 'Tysse 1300, reg.nr. JA 1187', index_class: 'none', sum: '28000', deductible: '2000', premium: '290' });
    expect(p.coverages?.[0]).toMatchObject({ product: 'Båtforsikring Kasko', premium: '4120' });
  });
});
