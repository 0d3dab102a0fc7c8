import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// Staff insurance in numbered sections and on portal pages (src/parse/units.ts, schedule-overview.ts,
// schedule-tables.ts, schedule.ts, header.ts). docs/sparebank1-personal-nummerert-g-2026, docs/klp-portal-personal-nynorsk-2026.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\n';

describe('numbered staff sections with tab tables of G benefits', () => {
  // «1  Yrkesskadeforsikring (lov om yrkesskadeforsikring)» over «Ytelse | Forsikringssum | Årspremie» and «Sum Yrkesskadeforsikring | | kr 21 480»
  const yrk = '1  Yrkesskadeforsikring (lov om yrkesskadeforsikring)\n\nYtelse\tForsikringssum\tÅrspremie\nTap i fremtidig erverv\t22–30 G\t\nGravferdsutgifter\t0,5 G\t\nSum Yrkesskadeforsikring\t\tkr 21 480\n\n';
  const grl = '2  Gruppeliv\n\nDekning\tForsikringssum\nDødsfall\t10 G\nÅrspremie kr 9 360\n';
  it('one coverage per section: its benefits the items, its premium from the sum row; the number no product', () => {
    const p = parse(`${HEAD}${yrk}${grl}`);
    expect(p.coverages).toEqual([
      { product: 'Yrkesskadeforsikring (lov om yrkesskadeforsikring)', index_class: 'none', premium: '21480', items: [{ name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' } }, { name: 'Gravferdsutgifter', sum: { g: '0.5' } }] },
      { product: 'Gruppeliv', index_class: 'none', premium: '9360', items: [{ name: 'Dødsfall', sum: { g: '10' } }] },
    ]);
  });
});

describe('a portal page: each label over its value', () => {
  it('«Forsikringssum» / «10 G» under «Gruppeliv» is the product\'s own sum, no item', () => {
    const p = parse(`${HEAD}Gruppeliv\nForsikringssum\n10 G\nÅrspremie\nkr 14 820\n`);
    expect(p.coverages).toEqual([{ product: 'Gruppeliv', index_class: 'none', sum: { g: '10' }, premium: '14820' }]);
  });
  it('«Antall ansatte» / «38» and «Årsverk» / «31,5» (nynorsk «Antal tilsette») are the insured persons', () => {
    expect(parse(`${HEAD}Antall ansatte\n38\nÅrsverk\n31,5\n`).insured_persons).toEqual({ count: 38, fte: '31.5' });
    expect(parse(`${HEAD}Antal tilsette\n38\nÅrsverk\n31,5\n`).insured_persons).toEqual({ count: 38, fte: '31.5' });
  });
});

// private-holdout52 frende-personalforsikring-forsikringsbevis-2025 (lines 26–62): a staff certificate of one label a line
describe('a staff card of one label a line: «Dekning» over the cover, an add-on heading ending in «%»', () => {
  const yrk = 'Yrkesskadeforsikring (lovpålagd)\nDekning\nStandardisert erstatning etter forskrift\nÅrspremie\nkr 21 760\n\nYtingar ved yrkesskade\nMénerstatning\n4,5 G\nGravferdsstønad\n0,5 G\n\n';
  const add = 'Tilleggsdekning Utvida mén 1–14 %\nForsikringssum\n0,75 G\nÅrspremie\nkr 1 190\n\n';
  it('«Dekning» over the cover under a person product is its coverage, never a product; the add-on its own product and premium', () => {
    const p = parse(`${HEAD}${yrk}${add}`);
    expect(p.coverages?.find((c) => c.product.startsWith('Yrkesskade'))).toEqual({
      product: 'Yrkesskadeforsikring (lovpålagd)', coverage: 'Standardisert erstatning etter forskrift', index_class: 'none', premium: '21760',
      items: [{ name: 'Ménerstatning', sum: { g: '4.5' } }, { name: 'Gravferdsstønad', sum: { g: '0.5' } }],
    });
    expect(p.coverages?.find((c) => c.product.startsWith('Tillegg'))).toEqual({ product: 'Tilleggsdekning Utvida mén 1–14 %', index_class: 'none', sum: { g: '0.75' }, premium: '1190' });
    expect(p.warnings).toEqual([]);
  });
  it('the items of a card whose deductible and premium another reader read are that coverage\'s: one coverage', () => {
    const p = parse(`${HEAD}Ulykkesforsikring fritid\nMedisinsk invaliditet\n15 G\nDødsfall\n3 G\nEigendel\nIngen\nÅrspremie\nkr 5 304\n`);
    expect(p.coverages).toHaveLength(1);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Ulykkesforsikring fritid', premium: '5304', items: [{ name: 'Medisinsk invaliditet', sum: { g: '15' } }, { name: 'Dødsfall', sum: { g: '3' } }] });
  });
  it('a second premium under a person product\'s items is warned, never written over the first', () => {
    const p = parse(`${HEAD}Gruppeliv – premie kr 9 360\nDødsfall: 10 G\nPremie: kr 1 190\n`);
    expect(p.coverages?.[0]?.premium).toBe('9360');
    expect(p.warnings?.some((w) => w.includes('1 190'))).toBe(true);
  });
});

// private-holdout49 soderberg-partners-kommune-oversikt (lines 39–41): «Yrkesskade etter HTA   Antall årsverk: 740,6   kr 684 200»
describe('a person product\'s row with a count of the insured between its name and its premium', () => {
  it('the count is no premium: the row is the product and its premium over its G items', () => {
    const p = parse(`${HEAD}Yrkesskade etter HTA                       Antall årsverk: 740,6          kr 684 200\n  Erstatning ved død                       10 G\n  Ménerstatning                            inntil 3 G\n`);
    expect(p.coverages).toEqual([{ product: 'Yrkesskade etter HTA', index_class: 'none', premium: '684200', items: [{ name: 'Erstatning ved død', sum: { g: '10' } }, { name: 'Ménerstatning', sum: { g: '3' } }] }]);
  });
});

// private-holdout47 klp-forsikringsoversikt-kommune-2026 (lines 31–52): sections lettered A, B, C two spaces before their heading
describe('an overview\'s sections lettered «B  YRKESSKADE (…)»', () => {
  const text = `${HEAD}B  YRKESSKADE (lov om yrkesskadeforsikring)\n\n  Årspremie: kr 1 462 010\n\n  Begravelsesutgifter ......... 0,5 G\n\nC  GRUPPELIVSFORSIKRING\n\n  Årspremie: kr 986 000\n\n  Barnetillegg per barn ......... 1 G\n\nD  TJENESTEREISE\n\n  Dekkes for alle ansatte på tjenestereise.\n  Årspremie: kr 74 300\n`;
  it('each letter\'s heading is its section\'s product, its items and premium its own', () => {
    const p = parse(text);
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.length])).toEqual([
      ['YRKESSKADE (lov om yrkesskadeforsikring)', '1462010', 1],
      ['GRUPPELIVSFORSIKRING', '986000', 1],
      ['TJENESTEREISE', '74300', undefined],
    ]);
  });
  it('a sentence set in under a heading is no thing insured', () => {
    expect(parse(text).coverages?.[2]?.object).toBeUndefined();
  });
});

// docs/gjensidige-oversikt-kommune-bokstavdeler-antall-2026: «C  ULYKKE OG GRUPPELIV» over «Fritidsulykke   Antall ansatte: 365   kr 58 400»
describe('a counted product row under a section heading that names person covers', () => {
  it('the row read for its count is still the product over its G rows', () => {
    const p = parse(`${HEAD}C  ULYKKE OG GRUPPELIV\n\n  Gruppeliv etter HTA         Antall årsverk: 318,6          kr 244 800\n    Dødsfall                  10 G\n\n  Fritidsulykke               Antall ansatte: 365            kr 58 400\n    Medisinsk invaliditet     15 G\n    Dødsfall                  3 G\n`);
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => i.name)])).toEqual([
      ['Gruppeliv etter HTA', '244800', ['Dødsfall']],
      ['Fritidsulykke', '58400', ['Medisinsk invaliditet', 'Dødsfall']],
    ]);
  });
});

describe('a personnel certificate: products in capitals with their price, G explained under the head', () => {
  // «G = folketrygdens grunnbeløp … reguleres automatisk når grunnbeløpet endres 1. mai» names the base amount's yearly
  // change: no letter about changes — the prices beside the products' names are read
  const doc = [
    'Forsikringsbevis',
    'Avtalenummer:          7741-203318',
    '',
    'G = folketrygdens grunnbeløp, for tiden kr 124 028. Forsikringssummer angitt i G reguleres',
    'automatisk når grunnbeløpet endres 1. mai.',
    '',
    'GRUPPELIV                                                          Årspris kr 12 460',
    '   Ansattes død                                             10 G',
    '',
    'BEHANDLINGSFORSIKRING                                              Årspris kr 28 980',
    '   Behandling hos spesialist                                Etter regning',
    '   Egenandel per skadetilfelle                              kr 1 000',
    '',
  ].join('\n');
  it('each product its price; «Egenandel per skadetilfelle kr 1 000» under the items is the product\'s deductible', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.premium, c.deductible])).toEqual([
      ['Gruppeliv', '12460', undefined],
      ['Behandlingsforsikring', '28980', '1000'],
    ]);
  });
});
