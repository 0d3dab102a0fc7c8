import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { gAndNote, gSumsByEvent, individualSentences, insuranceNamedFirst, lineEndG, onlyG, onlyIndividual, payoutIn, productOverGItems, productWithPremium, questionProduct, statesGSum } from './g-items.js';
import { buildUnits, type Unit } from './units.js';
import { textToSource } from './text.js';

const unit = (text: string): Unit => buildUnits(textToSource(text, 'doc.txt', '0'.repeat(64)).lines)[0]!;
const parse = (text: string): Policy => extractPolicy(textToSource(`Avtalenummer 5017731\n\n${text}`, 'doc.txt', '0'.repeat(64)));

describe('a G sum with a note after it, and remarks that mention G', () => {
  // docs/storebrand-personal-nummererte-produkter-2026
  it('«Ménerstatning   4,5 G (ved 100 % medisinsk invaliditet)»: the sum, the bracket its note (it was warned, not read)', () => {
    const p = parse('Yrkesskade\nMénerstatning                        4,5 G (ved 100 % medisinsk invaliditet)\nBarnetillegg                         1 G per barn under 21 år\n');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Ménerstatning', sum: { g: '4.5' }, note: 'ved 100 % medisinsk invaliditet' },
      { name: 'Barnetillegg', sum: { g: '1' }, note: 'per barn under 21 år' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a bullet «Ménerstatning – 4,5 G (ved 100 % medisinsk invaliditet)»: the sum (it was warned, not read)', () => {
    const p = parse('Yrkesskade\n• Ménerstatning – 4,5 G (ved 100 % medisinsk invaliditet)\n• Tap i fremtidig erverv – 22–30 G\n');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Ménerstatning', sum: { g: '4.5' } },
      { name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' } },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('gAndNote: a bracket with a figure of G in it is no note', () => {
    expect(gAndNote('4,5 G (ved 100 % medisinsk invaliditet)')).toEqual({ sum: { g: '4.5' }, note: 'ved 100 % medisinsk invaliditet' });
    expect(gAndNote('12 G (1 488 336 kroner)')).toEqual({ sum: { g: '12' } });
    expect(gAndNote('4,5 G (eller 6 G ved yrkesskade)')).toBeUndefined();
  });
  it('«Merk: grunnbeløpet (G) er 130 160 kroner, slik at 10 G utgjør …» and «Merk: … trappes ned med 0,5 G …» are remarks, no items', () => {
    const p = parse('Gruppeliv\nDødsfall: 10 G\nMerk: grunnbeløpet (G) er 130 160 kroner fra 1. mai 2025, slik at 10 G utgjør 1 301 600 kroner.\nMerk: summen for dødsfall trappes ned med 0,5 G per år fra fylte 55 år.\n');
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Dødsfall', sum: { g: '10' } }]);
  });
});

describe('G items as the field writes them', () => {
  it('a label on one line and its sum on a later one, blank lines between', () => {
    const p = parse('Yrkesskade\n\nGrunnerstatning ved mén:\n\n4,50 G\n\nTap i fremtidig erverv:\n\n22 G til 30 G\n\nErstatning for tapt inntekt:\n\nIndividuelt');
    expect(p.coverages).toEqual([
      {
        product: 'Yrkesskade',
        index_class: 'none',
        items: [
          { name: 'Grunnerstatning ved mén', sum: { g: '4.5' } },
          { name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' } },
          { name: 'Erstatning for tapt inntekt', sum: { individual: true } },
        ],
      },
    ]);
  });

  it('a heading that names a law, or an item, starts no product: the items stay with the section', () => {
    const p = parse('Yrkesskade\n\nLov om yrkesskadeforsikring\n\nMénerstatning     Etter loven\nTap i fremtidig erverv     22 G – 30 G\n\nErstatning ved død\n\nErstatning til ektefelle utgjør 10 G.');
    expect(p.coverages?.map((c) => c.product)).toEqual(['Yrkesskade']);
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Ménerstatning', sum: { individual: true } },
      { name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' } },
      { name: 'Erstatning til ektefelle', sum: { g: '10' } },
    ]);
  });

  it('a product line with its premium at the right end, over G rows: the rows are its sums, the amount its premium', () => {
    for (const text of [
      'Gruppelivsforsikring    4 320\nDødsfall    10 G\nUførekapital    15 G\n\nUlykkesforsikring    2 150\nMedisinsk invaliditet    15 G',
      'Gruppelivsforsikring kr 4 320\nDødsfall 10 G\nUførekapital 15 G\n\nUlykkesforsikring kr 2 150\nMedisinsk invaliditet 15 G',
    ]) {
      const p = parse(`Forsikringsbevis\n\n${text}`);
      expect(p.coverages, text).toEqual([
        { product: 'Gruppelivsforsikring', index_class: 'none', premium: '4320', items: [{ name: 'Dødsfall', sum: { g: '10' } }, { name: 'Uførekapital', sum: { g: '15' } }] },
        { product: 'Ulykkesforsikring', index_class: 'none', premium: '2150', items: [{ name: 'Medisinsk invaliditet', sum: { g: '15' } }] },
      ]);
      expect(p.warnings, text).toEqual([]);
    }
  });

  it('an amount beside a product name is no premium where no G item stands under it', () => {
    expect(productOverGItems(unit('Gruppelivsforsikring    4 320'), unit('Næringsbygg    12 000'))).toBeUndefined();
    expect(productOverGItems(unit('Næringsbygg    12 000'), unit('Dødsfall    10 G'))).toBeUndefined();
    expect(productOverGItems(unit('Gruppelivsforsikring    4 320'), unit('Dødsfall    10 G'))).toEqual({ product: 'Gruppelivsforsikring', premium: '4320' });
  });

  it('an extension named with a percentage is a product of its own, with its premium', () => {
    const p = parse('Yrkesskade\nMénerstatning: 4,5 G\nPremie kr 14 320\n\nUtvidet mén 1–14 %\n\nMénerstatning ved 1–14 % medisinsk invaliditet:\n\ninntil 0,75 G\n\nPremie kr 2 150');
    expect(p.coverages).toEqual([
      { product: 'Yrkesskade', index_class: 'none', premium: '14320', items: [{ name: 'Ménerstatning', sum: { g: '4.5' } }] },
      { product: 'Utvidet mén 1–14 %', index_class: 'none', premium: '2150', items: [{ name: 'Ménerstatning ved 1–14 % medisinsk invaliditet', sum: { g: '0.75' } }] },
    ]);
  });

  it('a note about stepping down by age is no item; the premium in a sentence is the product\'s', () => {
    const p = parse('Gruppeliv\nDødsfall                     15 G\nNedtrapping fra 50 til 67 år\n\n• Begravelseskostnader: 0,5 G\n\nPremien for gruppelivsforsikringen er kr 19 260 per år.');
    expect(p.coverages).toEqual([
      { product: 'Gruppeliv', index_class: 'none', premium: '19260', items: [{ name: 'Dødsfall', sum: { g: '15' } }, { name: 'Begravelseskostnader', sum: { g: '0.5' } }] },
    ]);
  });

  it('the premium beside the product\'s name', () => {
    const p = parse('Gruppeliv – premie kr 19 260\n• Ansattes død: 12 G\n• Barnetillegg: 4 G');
    expect(p.coverages).toEqual([
      { product: 'Gruppeliv', index_class: 'none', premium: '19260', items: [{ name: 'Ansattes død', sum: { g: '12' } }, { name: 'Barnetillegg', sum: { g: '4' } }] },
    ]);
  });

  it('a second price for a product is not written over the first', () => {
    const p = parse('Ulykke\n• Dødsfall: 5 G\nPremie kr 4 100\nPremie kr 3 900');
    expect(p.coverages?.[0]?.premium).toBe('4100');
  });

  it('key;value lines', () => {
    const p = parse('Yrkesskade\nTapt inntekt;Individuelt\nMénerstatning;4,5 G\nÅrspremie;kr 9 870');
    expect(p.coverages).toEqual([
      { product: 'Yrkesskade', index_class: 'none', premium: '9870', items: [{ name: 'Tapt inntekt', sum: { individual: true } }, { name: 'Ménerstatning', sum: { g: '4.5' } }] },
    ]);
  });

  it('G sums and individual sums in the sentences of one paragraph', () => {
    const p = parse('Ulykkesforsikring\n\nVed dødsfall utbetales 10 G. Behandlingsutgifter dekkes med inntil 0,2 G. Tap av inntekt fastsettes individuelt etter vilkårene.');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Dødsfall', sum: { g: '10' } },
      { name: 'Behandlingsutgifter', sum: { g: '0.2' } },
      { name: 'Tap av inntekt', sum: { individual: true } },
    ]);
  });
});

describe('a name with commas before its colon', () => {
  it('«• Ektefelle, registrert partnar eller sambuar: 10 G» names the whole, not its last clause (nynorsk, after a staff page)', () => {
    const p = parse(
      'Gruppeliv\n\nDette blir utbetalt:\n\n  • Ektefelle, registrert partnar eller sambuar: 10 G\n  • Kvart barn under 25 år når det ikkje finst ektefelle, partnar eller sambuar: 5 G\n  • Andre som du forsørgde i vesentleg grad, til saman: 4 G\n',
    );
    expect(p.coverages?.[0]?.items?.map((i) => i.name)).toEqual([
      'Ektefelle, registrert partnar eller sambuar',
      'Kvart barn under 25 år når det ikkje finst ektefelle, partnar eller sambuar',
      'Andre som du forsørgde i vesentleg grad, til saman',
    ]);
  });
  it('a sentence with a colon before its sum keeps its clauses apart: «Er den ansatte over 67 år, utbetales: 2 G» names no item', () => {
    const p = parse('Gruppeliv\n\nEr den ansatte over 67 år, utbetales: 2 G\n');
    expect(p.coverages?.[0]?.items?.map((i) => i.name) ?? []).not.toContain('Er den ansatte over 67 år, utbetales');
  });
});

describe('the forms one by one', () => {
  it('a line that is only a sum', () => {
    expect(onlyG('22 G til 30 G')).toBe(true);
    expect(onlyG('inntil 6,5 G')).toBe(true);
    expect(onlyG('Dødsfall 15 G')).toBe(false);
    expect(onlyIndividual('Individuelt')).toBe(true);
    expect(onlyIndividual('Etter loven')).toBe(true);
    expect(onlyIndividual('Etter avtale')).toBe(false);
  });

  it('a name and a sum at the end of a line, not a sentence', () => {
    expect(lineEndG('Tap i fremtidig erverv 22 G – 30 G')).toEqual([{ name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' }, offset: 23 }]);
    expect(lineEndG('Summen er 15 G')).toBeUndefined();
    // (the cells of a table row run together on one line)
    expect(lineEndG('Dødsfall 15 G Barnetillegg inntil 6,5 G')?.map((i) => [i.name, i.sum])).toEqual([
      ['Dødsfall', { g: '15' }],
      ['Barnetillegg', { g: '6.5' }],
    ]);
    expect(lineEndG('15 G 20 G')).toBeUndefined();
  });

  it('sentences of individual sums name their item; a sentence about «det» does not', () => {
    expect(individualSentences('Tap av inntekt fastsettes individuelt. Det vurderes individuelt.').map((i) => i.name)).toEqual(['Tap av inntekt']);
  });

  it('the passive with «blir»/«vert»', () => {
    expect(individualSentences('Erstatning for tapt inntekt vert fastsett individuelt.').map((i) => i.name)).toEqual(['Erstatning for tapt inntekt']);
    expect(individualSentences('Framtidige merutgifter blir vurdert individuelt etter loven.').map((i) => i.name)).toEqual(['Framtidige merutgifter']);
    expect(individualSentences('Det blir vurdert individuelt.')).toEqual([]);
  });
});

describe('more of the field\'s forms', () => {
  it('the kroner in brackets after a G sum say the same again', () => {
    const p = parse('Gruppeliv\nDødsfall\n\n12 G (1 488 336 kroner)\n\nUførekapital  5 G (620 140 kr)');
    // (rows are read before lines: the row's item comes first)
    expect(p.coverages?.[0]?.items).toEqual(expect.arrayContaining([
      { name: 'Dødsfall', sum: { g: '12' } },
      { name: 'Uførekapital', sum: { g: '5' } },
    ]));
    expect(p.coverages?.[0]?.items).toHaveLength(2);
    expect(p.warnings).toEqual([]);
  });

  it('the sum first, what it is for after it («… 15 G ved dødsfall»)', () => {
    const p = parse('Gruppeliv\n\nDet utbetales 15 G ved dødsfall.');
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Dødsfall', sum: { g: '15' } }]);
  });

  it('a premium stated in a sentence of another shape; a change of the premium is none', () => {
    expect(parse('Ulykke\n• Dødsfall: 5 G\n\nForsikringen har en årlig premie på kr 4 380.').coverages?.[0]?.premium).toBe('4380');
    expect(parse('Ulykke\n• Dødsfall: 5 G\n\nPremien øker til kr 4 380.').coverages?.[0]?.premium).toBeUndefined();
  });
});

describe('a sum on a line of its own, as documents qualify it', () => {
  it('«fra … til …», a qualifier after the sum, dot leaders', () => {
    const p = parse('Yrkesskade\n\nTap i fremtidig erverv:\nfra 22 G til 30 G\n\nGrunnerstatning ved mén:\n4,50 G ved 100 % medisinsk invaliditet\n\nBarnetillegg:\n6,5 G per barn\n\nGravferdsutgifter ........ 0,5 G');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' } },
      { name: 'Grunnerstatning ved mén', sum: { g: '4.5' } },
      { name: 'Barnetillegg', sum: { g: '6.5' } },
      { name: 'Gravferdsutgifter', sum: { g: '0.5' } },
    ]);
  });

  it('a note on stepping down by age is no item, also with G in it', () => {
    const p = parse('Gruppeliv\nDødsfall: 20 G\nSummen trappes ned med 1 G per år fra fylte 51 år.');
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Dødsfall', sum: { g: '20' } }]);
  });

  it('«Forsikringsbevis for yrkesskadeforsikring» names its product; «for» a customer does not', () => {
    expect(parse('Forsikringsbevis for yrkesskadeforsikring\n\nMénerstatning: 4,5 G').coverages?.[0]?.product).toBe('Yrkesskadeforsikring');
    expect(parse('Forsikringsbevis for Nordlys AS\n\nYrkesskade\nMénerstatning: 4,5 G').coverages?.[0]?.product).toBe('Yrkesskade');
  });
});

describe('a sentence that says «Erstatning» under a heading that names the item', () => {
  it('a lettered list of headings, each over a sentence with its sum', () => {
    const p = parse('Yrkesskadeforsikring\n\nF. Erstatning til barn\nErstatning ytes med 4 G til hvert barn under 20 år.\n\nG. Utgifter til begravelse\nErstatning ytes med 0,5 G.');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Erstatning til barn', sum: { g: '4' } },
      { name: 'Utgifter til begravelse', sum: { g: '0.5' } },
    ]);
  });
});

describe('a product named with a colon', () => {
  it('over bullets it is the product; over a lone sum it is the item\'s label', () => {
    const p = parse('Yrkesskade\n• Ménerstatning: 4,5 G\n\nGruppeliv:\n• Dødsfall: 10 G\n\nMénerstatning ved ulykke:\n4,5 G');
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => i.name)])).toEqual([
      ['Yrkesskade', ['Ménerstatning']],
      ['Gruppeliv', ['Dødsfall', 'Ménerstatning ved ulykke']],
    ]);
  });
});

describe('what is not an item', () => {
  it('a part of a G sum («1/14 av 0,75 G») is no sum; a sub-heading that names no item does not name the field', () => {
    const p = parse('UTVIDET MÉN 1-14 %\n\nFAKTA OM FORSIKRINGEN\n\nForsikringssum: 0,75 G\n\nFor hver prosent medisinsk invaliditet gis 1/14 av 0,75 G.');
    // («Forsikringssum» is the product's own sum, no benefit: src/parse/schedule.ts ownSumItems)
    expect(p.coverages).toEqual([{ product: 'UTVIDET MÉN 1-14 %', index_class: 'none', sum: { g: '0.75' } }]);
  });

  it('an item stated in a sentence and again in a table is one item', () => {
    const p = parse('Gruppeliv\n\nVed dødsfall utbetales 15 G.\n\nDødsfall 15 G Barnetillegg inntil 6,5 G');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Dødsfall', sum: { g: '15' } },
      { name: 'Barnetillegg', sum: { g: '6.5' } },
    ]);
  });
});

describe('more ways to state a premium, an individual sum, an item in a sentence', () => {
  it('the premium in a row beside the product, in brackets, or after a field\'s label with words after it', () => {
    expect(parse('Gruppeliv for bedrifter      premie kr 19 260\nDødsfall     15 G').coverages).toEqual([
      { product: 'Gruppeliv for bedrifter', index_class: 'none', premium: '19260', items: [{ name: 'Dødsfall', sum: { g: '15' } }] },
    ]);
    expect(parse('Gruppeliv (premie kr 19 260)\n• Dødsfall: 15 G').coverages?.[0]?.premium).toBe('19260');
    expect(parse('Ulykke\n• Dødsfall: 5 G\nPremie: 4 380 kr per år').coverages?.[0]?.premium).toBe('4380');
    expect(parse('Ulykke\n• Dødsfall: 5 G\nPremie: kr 350 per ansatt').coverages?.[0]?.premium).toBeUndefined();
  });

  it('«Iht. lov», «Beregnes individuelt» in a cell; «får» in a sentence', () => {
    const p = parse('Yrkesskade\nTapt inntekt       Iht. lov\nUtgifter           Beregnes individuelt\n\nBarn under 20 år får 4 G hver.');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Tapt inntekt', sum: { individual: true } },
      { name: 'Utgifter', sum: { individual: true } },
      { name: 'Barn under 20 år', sum: { g: '4' } },
    ]);
  });
});

describe('a product with its premium in brackets over G rows', () => {
  it('names the product without the premium, and reads the premium', () => {
    expect(parse('Gruppeliv (premie kr 19 260)\nDødsfall      15 G\nUførekapital  5 G').coverages).toEqual([
      { product: 'Gruppeliv', index_class: 'none', premium: '19260', items: [{ name: 'Dødsfall', sum: { g: '15' } }, { name: 'Uførekapital', sum: { g: '5' } }] },
    ]);
  });
});

describe('G items in a renewal letter', () => {
  it('a product heading over bullets of G sums is read in a letter too; a bullet that announces a change is not', () => {
    const p = parse('Vi fornyer avtalen din fra 1. mai 2025.\n\nUlykkesforsikring\n- Medisinsk invaliditet: 20 G\n- Dødsfall: økes fra 2 G til 3 G\n');
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => [i.name, i.sum])])).toEqual([['Ulykkesforsikring', [['Medisinsk invaliditet', { g: '20' }]]]]);
  });
});

describe('staff insurance named by the law or the agreement it follows', () => {
  it('«X etter lov om …», «Forsikring etter Hovedtariffavtalen (HTA § 11)», «Gruppeliv iht. HTA § 10»: each heading starts its product', () => {
    const p = parse(
      'Yrkesskadeforsikring etter lov om yrkesskadeforsikring\n\n- Gravferdsutgifter: 0,5 G\n\nForsikring etter Hovedtariffavtalen (HTA § 11)\n\nVed dødsfall utbetales 15 G til de etterlatte.\n\nGruppeliv iht. HTA § 10\n\n- Ansatte under 51 år: 10 G',
    );
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => i.name)])).toEqual([
      ['Yrkesskadeforsikring etter lov om yrkesskadeforsikring', ['Gravferdsutgifter']],
      ['Forsikring etter Hovedtariffavtalen (HTA § 11)', ['Dødsfall']],
      ['Gruppeliv iht. HTA § 10', ['Ansatte under 51 år']],
    ]);
  });
  it('a heading that starts with the law is still no product', () => {
    const p = parse('Yrkesskade\n\nLov om yrkesskadeforsikring\n\n- Gravferdsutgifter: 0,5 G');
    expect(p.coverages?.map((c) => c.product)).toEqual(['Yrkesskade']);
  });
});

describe('an item\'s name with a bracket is kept whole', () => {
  it('a verb inside the bracket is not the sentence\'s, a long name before a colon is a name', () => {
    const p = parse('Gruppelivsforsikring\n\n- Ansatte over 59 år (til og med 66 år): 5 G\n- Ménerstatning (ved 100 % medisinsk invaliditet): 10 G\n\nEktefelle/samboer (under 67 år) får 10 G.');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Ansatte over 59 år (til og med 66 år)', sum: { g: '5' } },
      { name: 'Ménerstatning (ved 100 % medisinsk invaliditet)', sum: { g: '10' } },
      { name: 'Ektefelle/samboer (under 67 år)', sum: { g: '10' } },
    ]);
  });
  it('what a sum is for, after «ved», after «får», or after a sum named only «Erstatningen»', () => {
    const p = parse('Ulykkesforsikring\n\nVed dødsfall er erstatningen 15 G, og ved 100 % medisinsk invaliditet inntil 3 G.\nFinnes det ingen etterlatte, får dødsboet 2 G.\nErstatningen utgjør 4 G ved uførhet.\nForsikringssummen er 10 G for ansatte under 51 år.');
    expect(p.coverages?.[0]?.items?.map((i) => [i.name, i.sum])).toEqual([
      ['Dødsfall', { g: '15' }],
      ['100 % medisinsk invaliditet', { g: '3' }],
      ['Dødsboet', { g: '2' }],
      ['Uførhet', { g: '4' }],
      ['Ansatte under 51 år', { g: '10' }],
    ]);
  });
});

describe('a question heading names the product its answer is about', () => {
  it('the words before the dash or the colon («Yrkesskade – kva vert utbetalt?», «Gruppeliv: kva får dei etterlatne?»)', () => {
    expect(questionProduct(unit('Yrkesskade – kva vert utbetalt?'))).toBe('Yrkesskade');
    expect(questionProduct(unit('Gruppelivsforsikring – hva utbetales?'))).toBe('Gruppelivsforsikring');
    expect(questionProduct(unit('Gruppeliv: kva får dei etterlatne?'))).toBe('Gruppeliv');
  });
  it('the insurance the question names, without its definite ending («Hva dekker ulykkesforsikringen?», «Kva dekkjer ulukkesforsikringa i fritida?»)', () => {
    expect(questionProduct(unit('Hva dekker yrkesskadeforsikringen?'))).toBe('Yrkesskadeforsikring');
    expect(questionProduct(unit('Kva dekkjer ulukkesforsikringa i fritida?'))).toBe('Ulukkesforsikring');
  });
  it('a question that names no product, or a line that asks nothing, is none', () => {
    for (const text of ['Hva er G?', 'Kven har rett til utbetalinga?', 'Kva vert utbetalt ved dødsfall?', 'Hvem kan jeg kontakte?', 'Yrkesskade – dekning og vilkår', 'Dødsfall – kva vert utbetalt?']) {
      expect(questionProduct(unit(text)), text).toBeUndefined();
    }
  });
  it('the sentences under it are that product\'s items, each product its own (after a nynorsk municipal page)', () => {
    const p = parse(
      'Personalforsikringar for tilsette i Havbotn kommune\n\nYrkesskade – kva vert utbetalt?\n\nVed dødsfall som følgje av yrkesskade vert det utbetalt 18 G til dei etterlatne. Ved varig medisinsk invaliditet på 100 % vert det utbetalt 4,5 G.\n\nGruppeliv – kva vert utbetalt?\n\nVed dødsfall vert det utbetalt 10 G til ektefelle eller sambuar.\n\nKva dekkjer ulukkesforsikringa i fritida?\n\nVed full medisinsk invaliditet vert det utbetalt 15 G.',
    );
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      ['Yrkesskade', [['Dødsfall som følgje av yrkesskade', { g: '18' }], ['Varig medisinsk invaliditet på 100 %', { g: '4.5' }]]],
      ['Gruppeliv', [['Dødsfall', { g: '10' }]]],
      ['Ulukkesforsikring', [['Full medisinsk invaliditet', { g: '15' }]]],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('bokmål, the product in the question («Hva dekker ulykkesforsikringen?» over «Ved død som følge av ulykke utbetales 10 G»)', () => {
    const p = parse('Hva dekker ulykkesforsikringen?\n\nVed død som følge av ulykke utbetales 10 G. Ved full medisinsk invaliditet utbetales 15 G.');
    expect(p.coverages).toEqual([
      { product: 'Ulykkesforsikring', index_class: 'none', items: [{ name: 'Død som følge av ulykke', sum: { g: '10' } }, { name: 'Full medisinsk invaliditet', sum: { g: '15' } }] },
    ]);
  });
});

describe('a sentence that pays a sum and that no rule read is a warning', () => {
  it('what a sentence pays: a G sum, or kroner after «utbetales» / «vert utbetalt»', () => {
    expect(payoutIn('Ved dødsfall som følgje av yrkesskade vert det utbetalt 18 G til dei etterlatne.')).toBe('the G sum');
    expect(payoutIn('Ved tannskade utbetales inntil 25 000 kroner per skade.')).toBe('the sum paid out');
    expect(payoutIn('Ved dødsfall vert det utbetalt kr 300 000.')).toBe('the sum paid out');
    // (a note on how the sum steps down, a part of a sum, the value of G itself, a payout without a sum)
    expect(statesGSum('Summen vert redusert med 0,5 G for kvart år frå fylte 51 år.')).toBe(false);
    expect(statesGSum('For hver prosent medisinsk invaliditet gis 1/14 av 0,75 G.')).toBe(false);
    expect(payoutIn('Frå 1. mai 2025 er 1 G 130 160 kroner.')).toBeUndefined();
    expect(payoutIn('1 G er 130 160 kroner.')).toBeUndefined();
    expect(payoutIn('Erstatningen utbetales som et engangsbeløp.')).toBeUndefined();
    // an option to raise the sum is no sum of the policy («Det kan kjøpes utvidelse av forsikringssummen med inntil 6 G.»)
    expect(payoutIn('Det kan kjøpes utvidelse av forsikringssummen med inntil 6 G.')).toBeUndefined();
  });
  it('beside sentences read as items, one payout and one amount in kroner is an item too («Ved tannskade utbetales inntil 25 000 kroner per skade.», after a company\'s staff page)', () => {
    const p = parse('Hva dekker ulykkesforsikringen?\n\nVed død som følge av ulykke utbetales 10 G. Ved full medisinsk invaliditet utbetales 15 G.\nVed tannskade utbetales inntil 25 000 kroner per skade.');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Død som følge av ulykke', sum: { g: '10' } },
      { name: 'Full medisinsk invaliditet', sum: { g: '15' } },
      { name: 'Tannskade', sum: '25000' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a sentence that pays two amounts stays a warning on its own line', () => {
    const p = parse('Hva dekker ulykkesforsikringen?\n\nVed død som følge av ulykke utbetales 10 G.\nVed medisinsk invaliditet utbetales kr 1 500 000 ved 100 % invaliditet og kr 15 000 per prosent under 10 %.');
    expect(p.coverages?.[0]?.items?.map((i) => i.name)).toEqual(['Død som følge av ulykke']);
    expect(p.warnings).toEqual(['line 6: could not read the sum paid out in «Ved medisinsk invaliditet utbetales kr 1 500 000 ved 100 % invaliditet og kr 15 000 per p…»']);
  });
  it('a note on how a sum steps down with age is no warning («Summen vert redusert med 0,5 G for kvart år frå fylte 51 år.»)', () => {
    const p = parse('Gruppeliv: kva får dei etterlatne?\n\nVed dødsfall får ektefelle eller sambuar utbetalt 10 G. Summen vert redusert med 0,5 G for kvart år frå fylte 51 år.');
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Dødsfall', sum: { g: '10' } }]);
    expect(p.warnings).toEqual([]);
  });
});

describe('staff insurance written only as prose: a condition or an age first, then the G sum', () => {
  it('a paragraph that names its insurance as its first word is that product\'s («Gruppelivsforsikringen gir de etterlatte …», after group life pages)', () => {
    expect(insuranceNamedFirst(unit('Gruppelivsforsikringen gir de etterlatte et engangsbeløp dersom en ansatt dør.'))).toBe('Gruppelivsforsikring');
    expect(insuranceNamedFirst(unit('Ulukkesforsikringa gjeld både i arbeidstida og i fritida.'))).toBe('Ulukkesforsikring');
    expect(insuranceNamedFirst(unit('Uførekapitalen kommer i tillegg til summen ved død.'))).toBeUndefined();
    expect(insuranceNamedFirst(unit('Forsikringen gjelder hele døgnet.'))).toBeUndefined();
  });
  it('the age or the condition names the item («For ansatte under 50 år er forsikringssummen 12 G», «Ved død etter fylte 60 år utbetales 4 G»)', () => {
    const p = parse(
      'Gruppelivsforsikringen gir de etterlatte et engangsbeløp dersom en ansatt dør, uansett årsak. For ansatte under 50 år er forsikringssummen 12 G. For medlemmar under 50 år er summen 10 G. Ved død etter fylte 60 år utbetales 4 G.\n\nUlykkesforsikringen gjelder både i arbeidstiden og i fritiden. Ved død som følge av ulykke utbetales 5 G.',
    );
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      ['Gruppelivsforsikring', [['Ansatte under 50 år', { g: '12' }], ['Medlemmar under 50 år', { g: '10' }], ['Død etter fylte 60 år', { g: '4' }]]],
      ['Ulykkesforsikring', [['Død som følge av ulykke', { g: '5' }]]],
    ]);
  });
  it('a condition in a clause of its own, the sum named only after it: a warning, not the item «Død» («Er den ansatte over 67 år, utbetales 2 G ved død.»)', () => {
    const p = parse('Gruppeliv\n\nVed død før fylte 67 år utbetales 8 G. Er den ansatte over 67 år, utbetales 2 G ved død.');
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Død før fylte 67 år', sum: { g: '8' } }]);
    expect(p.warnings).toEqual(['line 5: could not read the G sum in «Er den ansatte over 67 år, utbetales 2 G ved død.»']);
  });
  it('a condition whose main clause names its item is read («Er det ingen etterlatne med rett til utbetaling, får dødsbuet 2 G.»)', () => {
    const p = parse('Gruppeliv\n\nEr det ingen etterlatne med rett til utbetaling, får dødsbuet 2 G.');
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Dødsbuet', sum: { g: '2' } }]);
  });
});

describe('a sum that falls with age by so much a year is a note, not an item', () => {
  // group-life pages state the step-down after the sums: «Frå fylte 60 år vert summen sett ned med 1 G kvart år»
  it.each([
    'Frå fylte 60 år vert summen sett ned med 1 G kvart år.',
    'Etter fylte 60 år reduseres summen årlig med 1 G.',
    'Fra fylte 55 år synker forsikringssummen med 0,5 G per år.',
    'Fra fylte 55 år minker summen med 0,5 G hvert år.',
  ])('%s', (line) => {
    const p = parse(`Gruppeliv\nDødsfall: 10 G\n${line}\n`);
    expect(p.coverages?.map((c) => c.items)).toEqual([[{ name: 'Dødsfall', sum: { g: '10' } }]]);
  });
});

describe('an e-mail\'s dash list of a person product\'s sums', () => {
  it('«- Ektefelle ved dødsfall: 15 G», «- Barn: 1–6,5 G», «- Behandlingsutgifter: inntil kr 50 000»: items of the product above, a G range, a cap in kroner', () => {
    const p = parse('Fra: Kundeservice\nEmne: Din yrkesskadeforsikring\n\nYrkesskadeforsikring\n- Ektefelle ved dødsfall: 15 G\n- Barn: 1–6,5 G\n- Behandlingsutgifter: inntil kr 50 000\n');
    expect(p.coverages).toEqual([
      {
        product: 'Yrkesskadeforsikring',
        index_class: 'none',
        items: [
          { name: 'Ektefelle ved dødsfall', sum: { g: '15' } },
          { name: 'Barn', sum: { g_min: '1', g_max: '6.5' } },
          { name: 'Behandlingsutgifter', sum: '50000' },
        ],
      },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a mail-merge letter\'s line of several «Label: value» pairs under a product', () => {
  it('«Dødsfall: 10 G   Uførhet: 15 G   Behandling: kr 50 000» under «Ulykkesforsikring»: one item per pair', () => {
    const p = parse('Ulykkesforsikring\nDødsfall: 10 G   Uførhet: 15 G   Behandling: kr 50 000\n');
    // (the amount's item is read by another reader than the G items': it stands first)
    expect(p.coverages).toEqual([
      { product: 'Ulykkesforsikring', index_class: 'none', items: [{ name: 'Behandling', sum: '50000' }, { name: 'Dødsfall', sum: { g: '10' } }, { name: 'Uførhet', sum: { g: '15' } }] },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('pairs whose values are no figures stay one row: «Telefon: 22 33 44 55   Org.nr.: 912 345 678»', () => {
    const u = unit('Telefon: 22 33 44 55   Org.nr.: 912 345 678\n');
    expect(u.row).toBe(true);
  });
  it('a before/after pair in kroner is one change, still a row: «Egenandel før: kr 10 000  Egenandel nå: kr 15 000»', () => {
    const u = unit('Egenandel før: kr 10 000  Egenandel nå: kr 15 000\n');
    expect(u.row).toBe(true);
  });
});

describe('G bullets whose name is a clause with the verb that pays', () => {
  it('«Ved 100 % uførhet utbetales: 10 G», «Dersom skaden fører til død, utbetales til etterlatte: 10 G»: named by what is paid for', () => {
    const p = parse('Gruppeliv\n• Dersom skaden fører til død, utbetales til etterlatte: 10 G\n• Ved 100 % uførhet utbetales: 10 G\n• Barnetillegg: 1 G per barn\n• Dersom den forsikrede dør, utbetales til etterlatte: 8 G');
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Skaden fører til død', sum: { g: '10' } },
      { name: '100 % uførhet', sum: { g: '10' } },
      { name: 'Barnetillegg', sum: { g: '1' } },
      // (a condition names its item whatever its subject)
      { name: 'Den forsikrede dør', sum: { g: '8' } },
    ]);
  });

  it('a name with commas and no verb keeps its whole name («Ektefelle, registrert partnar eller sambuar: 10 G»)', () => {
    const p = parse('Gruppeliv\n• Ektefelle, registrert partnar eller sambuar: 10 G');
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Ektefelle, registrert partnar eller sambuar', sum: { g: '10' } }]);
  });
});

describe('a sentence that caps the items together is no item', () => {
  it('«Samlet utbetaling er begrenset til 15 G per skadetilfelle.», «Høyeste erstatning ved ett uhell er 30 G»: the coverage\'s note', () => {
    const p = parse('Gruppeliv\n• Dødsfall: 10 G\n• Barnetillegg: 1 G per barn\n\nSamlet utbetaling er begrenset til 15 G per skadetilfelle.\n\nUlykke\n• Medisinsk invaliditet: 15 G\nHøyeste erstatning ved ett uhell er 30 G');
    expect(p.coverages?.map((c) => [c.product, c.note, c.items?.map((i) => i.name)])).toEqual([
      ['Gruppeliv', 'Samlet utbetaling er begrenset til 15 G per skadetilfelle', ['Dødsfall', 'Barnetillegg']],
      ['Ulykke', 'Høyeste erstatning ved ett uhell er 30 G', ['Medisinsk invaliditet']],
    ]);
    expect(p.warnings).toEqual([]);
  });

  it('a cap among the items\' sentences, or as a field: the note; a cap of a product with no items read is warned', () => {
    const p = parse('Ulykke\n\nVed død utbetales 5 G. Samla erstatning kan ikkje overstige 20 G.\n\nYrkesskade\nMénerstatning: 4,5 G\nSamlet utbetaling: inntil 30 G per skadetilfelle\n\nGruppeliv\n\nSamlet utbetaling er begrenset til 15 G.');
    expect(p.coverages?.map((c) => [c.product, c.note, c.items?.length])).toEqual([
      ['Ulykke', 'Samla erstatning kan ikkje overstige 20 G', 1],
      ['Yrkesskade', 'Samlet utbetaling: inntil 30 G per skadetilfelle', 1],
    ]);
    expect(p.warnings).toEqual([expect.stringContaining('could not tell whose items the cap «Samlet utbetaling er begrenset til 15 G.»')]);
  });
});

describe('a cap for one person is the item it names', () => {
  it('«Høyeste erstatning per barn: 6,5 G»: an item, not the coverage\'s cap', () => {
    const p = parse('Gruppeliv\n• Dødsfall: 10 G\n• Høyeste erstatning per barn: 6,5 G');
    expect(p.coverages?.[0]?.items?.map((i) => i.name)).toEqual(['Dødsfall', 'Høyeste erstatning per barn']);
    expect(p.coverages?.[0]?.note).toBeUndefined();
  });
});

describe('a sum in kroner with its G sum in brackets', () => {
  // «YRKESSKADE» / «Dekning   Forsikringssum» / «Tap i framtidig erverv   kr 3 904 800 (30 G)» / … / «Premie per år   kr 18 450»
  const p = parse(['YRKESSKADE', 'Dekning                                                  Forsikringssum', 'Tap i framtidig erverv                                   kr 3 904 800 (30 G)', 'Ménerstatning ved 1–14 % medisinsk invaliditet           kr 97 620 (0,75 G)', 'Premie per år                                            kr 18 450', ''].join('\n'));
  it('the G in brackets is the sum: items of the product, not rows with sums in kroner', () => {
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Tap i framtidig erverv', sum: { g: '30' } },
      { name: 'Ménerstatning ved 1–14 % medisinsk invaliditet', sum: { g: '0.75' } },
    ]);
  });
  it('«Premie per år» under the items is the product\'s premium', () => {
    expect(p.coverages?.[0]).toMatchObject({ product: 'YRKESSKADE', premium: '18450' });
    expect(p.warnings).toEqual([]);
  });
});

describe('a numbered section heading in capitals with its premium at the right end', () => {
  // (after tryg-forsikringsbevis-yrkesskade-fylkeskommune: «1  YRKESSKADE (lovpålagt)   Årspremie kr 71 230»)
  it('is the product, in normal case with its bracket, and its premium', () => {
    expect(productWithPremium(unit('1  YRKESSKADE (lovpålagt)                     Årspremie kr 71 230\n'))).toEqual({ product: 'Yrkesskade (lovpålagt)', premium: '71230' });
    expect(productWithPremium(unit('3  KOLLEKTIV ULYKKE - FRITID                  Årspremie kr 38 160\n'))).toEqual({ product: 'Kollektiv ulykke - fritid', premium: '38160' });
    // (a PDF's number cell run into its heading's with one blank: «1 YRKESSKADEFORSIKRING Årspremie kr 1 236 400»)
    expect(productWithPremium(unit('1 YRKESSKADEFORSIKRING Årspremie kr 1 236 400\n'))).toEqual({ product: 'Yrkesskadeforsikring', premium: '1236400' });
    // (a name in normal case stays as it is; a number before a name that is no person product is none)
    expect(productWithPremium(unit('2  Tilleggsdekning yrkesskade                 Årspremie kr 9 540\n'))).toEqual({ product: 'Tilleggsdekning yrkesskade', premium: '9540' });
    expect(productWithPremium(unit('1  NÆRINGSBYGG                                Årspremie kr 48 200\n'))).toBeUndefined();
  });

  it('over a lead-in line, its dotted G rows and a deductible’s field: each section its own product with its items (they were the title’s)', () => {
    const p = parse(
      'FORSIKRINGSBEVIS\nYrkesskade og kollektiv ulykke\n\n' +
        '1  YRKESSKADE (lovpålagt)                     Årspremie kr 71 230\n' +
        '   Erstatningsnivå etter forskrift om standardisert erstatning:\n' +
        '   Tap i fremtidig erverv ............................  22 - 30 G\n' +
        '   Utgifter ved dødsfall (begravelse) ................  0,5 G\n' +
        '   Påførte og fremtidige merutgifter .................  Individuelt\n' +
        '   Egenandel: ingen\n\n' +
        '2  TILLEGGSDEKNING YRKESSKADE                 Årspremie kr 9 540\n' +
        '   Ménerstatning forhøyes med ........................  5 G\n\n' +
        '3  KOLLEKTIV ULYKKE - FRITID                  Årspremie kr 38 160\n' +
        '   Medisinsk invaliditet .............................  kr 1 000 000\n' +
        '   Behandlingsutgifter ...............................  kr 50 000\n' +
        '   Egenandel behandlingsutgifter: kr 1 000\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      [
        'Yrkesskade (lovpålagt)',
        '71230',
        [
          ['Tap i fremtidig erverv', { g_min: '22', g_max: '30' }],
          ['Utgifter ved dødsfall (begravelse)', { g: '0.5' }],
          ['Påførte og fremtidige merutgifter', { individual: true }],
        ],
      ],
      ['Tilleggsdekning yrkesskade', '9540', [['Ménerstatning forhøyes med', { g: '5' }]]],
      [
        'Kollektiv ulykke - fritid',
        '38160',
        [
          ['Medisinsk invaliditet', '1000000'],
          ['Behandlingsutgifter', '50000'],
        ],
      ],
    ]);
  });
});

describe('a person product heading with its yearly price after a dash', () => {
  // docs/storebrand-personalforsikringer-pris-per-produkt-2026: «Yrkesskade Utvidet – kr 38 410 per år» over its bullets
  it('is the product and its premium, with no premium word («per år» says it is the price)', () => {
    expect(productWithPremium(unit('Yrkesskade Utvidet – kr 38 410 per år\n'))).toEqual({ product: 'Yrkesskade Utvidet', premium: '38410' });
    expect(productWithPremium(unit('Ulykke fritid – 7 920 kr per år\n'))).toEqual({ product: 'Ulykke fritid', premium: '7920' });
    // (no «per år»: the amount could be a sum; a name that is no person product: not this pattern's)
    expect(productWithPremium(unit('Ulykke fritid – kr 7 920\n'))).toBeUndefined();
    expect(productWithPremium(unit('Næringsbygg – kr 48 200 per år\n'))).toBeUndefined();
  });

  it('under a certificate head with «Fornyelse gjelder fra: 01.01.2027» (a field, no letter): each product its premium, items, deductible', () => {
    const p = parse(
      'Forsikringsbevis – personalforsikringer\nFornyelse gjelder fra:   01.01.2027\n\n' +
        'Yrkesskade Utvidet – kr 38 410 per år\n  • Ménerstatning: 4,5 G\n  • Ervervsuførhet: 12–25 G, avhengig av alder\n\n' +
        'Ulykke fritid – kr 7 920 per år\n  • Medisinsk invaliditet: kr 800 000 ved 100 % invaliditet\n  • Dødsfall: kr 150 000\n  Egenandel: kr 0\n',
    );
    expect(p.coverages).toMatchObject([
      { product: 'Yrkesskade', coverage: 'Utvidet', premium: '38410', items: [{ name: 'Ménerstatning', sum: { g: '4.5' } }, { name: 'Ervervsuførhet', sum: { g_min: '12', g_max: '25' } }] },
      {
        product: 'Ulykke fritid',
        premium: '7920',
        deductible: '0',
        items: [{ name: 'Medisinsk invaliditet', sum: '800000', note: 'ved 100 % invaliditet' }, { name: 'Dødsfall', sum: '150000' }],
      },
    ]);
  });

  it('«Egenandel behandlingsutgifter: kr 2 000» names a part: not the product’s deductible', () => {
    const p = parse('Ulykke fritid – kr 7 920 per år\n  • Dødsfall: kr 150 000\n  Egenandel behandlingsutgifter: kr 2 000\n');
    expect(p.coverages?.[0]?.deductible).toBeUndefined();
  });
});

describe('a G range and what it depends on, after a comma', () => {
  // docs/storebrand-personalforsikringer-pris-per-produkt-2026: «Tap av framtidig erverv          20–30 G, avhengig av alder»
  it('is the range, the words its note (it was warned as unread)', () => {
    expect(gAndNote('20–30 G, avhengig av alder')).toEqual({ sum: { g_min: '20', g_max: '30' }, note: 'avhengig av alder' });
    expect(gAndNote('20–30 G, alt etter alder')).toEqual({ sum: { g_min: '20', g_max: '30' }, note: 'alt etter alder' });
    // (a comma and other words: not a qualifier)
    expect(gAndNote('20 G, men aldri under 5 G')).toBeUndefined();
    // (78/fremtind-personal-g: «Dødsfall                   5–10 G, avtrappes etter alder fra 51 år» — how the sum falls with age is its note)
    expect(gAndNote('5–10 G, avtrappes etter alder fra 51 år')).toEqual({ sum: { g_min: '5', g_max: '10' }, note: 'avtrappes etter alder fra 51 år' });
    expect(gAndNote('15 G, reduseres fra fylte 55 år')).toEqual({ sum: { g: '15' }, note: 'reduseres fra fylte 55 år' });
    expect(gAndNote('10 G, trappes ned med alderen')).toEqual({ sum: { g: '10' }, note: 'trappes ned med alderen' });
    // (a falling sum that names another sum or no age is not read as a note)
    expect(gAndNote('10 G, reduseres til 5 G fra 60 år')).toBeUndefined();
    expect(gAndNote('10 G, reduseres ved samordning')).toBeUndefined();
  });
});

describe('two workers\' compensation sections, the second named by the agreement it follows', () => {
  // a nynorsk certificate: «2. Tilleggsforsikring etter Hovudtariffavtalen kap. 11 (yrkesskade)» over «Yting | Forsikringssum»
  // rows and «Årspremie   kr 486 720»; and «Ménerstatning   etter forskrift» in the statutory section
  it('the second heading is a product (its items and premium are its own), and «etter forskrift» is an item with no sum', () => {
    const p = parse(
      [
        '1. Lovbestemt yrkesskadeforsikring',
        '   (lov om yrkesskadeforsikring av 16. juni 1989 nr. 65)',
        '',
        '   Yting                                         Forsikringssum',
        '   Tap i framtidig erverv                        22–30 G',
        '   Ménerstatning                                 etter forskrift',
        '',
        '   Årspremie                                     kr 1 912 400',
        '----------------------------------------------------------------',
        '2. Tilleggsforsikring etter Hovudtariffavtalen kap. 11 (yrkesskade)',
        '',
        '   Yting                                         Forsikringssum',
        '   Erstatning ved død                            15 G',
        '',
        '   Årspremie                                     kr 486 720',
      ].join('\n'),
    );
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      ['Lovbestemt yrkesskadeforsikring', '1912400', [['Tap i framtidig erverv', { g_min: '22', g_max: '30' }], ['Ménerstatning', undefined]]],
      ['Tilleggsforsikring etter Hovudtariffavtalen kap. 11 (yrkesskade)', '486720', [['Erstatning ved død', { g: '15' }]]],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a person product\'s table copied one cell a line', () => {
  // a web page's staff insurances: «Gruppelivsforsikring» / «Ytelse» / «Forsikringssum» / «Dødsfallserstatning» / «10 G» / …
  it('«Ytelse» over «Forsikringssum» is the header, not a field «Forsikringssum: Dødsfallserstatning»: the first row is an item', () => {
    const p = parse('Gruppelivsforsikring\nYtelse\nForsikringssum\nDødsfallserstatning\n10 G\nTillegg per barn under 21 år\n1 G\nÅrspremie\nkr 18 630\n');
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      ['Gruppelivsforsikring', '18630', [['Dødsfallserstatning', { g: '10' }], ['Tillegg per barn under 21 år', { g: '1' }]]],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«Dekning» over «Forsikringssum» the same: the first item\'s name has no «Forsikringssum:» before it', () => {
    const p = parse('Barneforsikring\nDekning\nForsikringssum\nMedisinsk invaliditet\n40 G\nDødsfall\n1 G\n');
    expect(p.coverages?.[0]?.items?.map((i) => i.name)).toEqual(['Medisinsk invaliditet', 'Dødsfall']);
  });
});

describe('«Utvidet yrkesskade» heads its own section inside a G table', () => {
  it('«Utvidet yrkesskade (fritidsulykke for ansatte)» between two products’ rows starts the second product (its rows were the first’s items)', () => {
    // (a renewal's «Dekninger   Forsikringssum» table: «Lovbestemt yrkesskade og yrkessykdom» and its rows, then this line and its own)
    const p = extractPolicy(
      textToSource(
        'Polisenummer:              P1188420\n\nDekninger                                                   Forsikringssum\nLovbestemt yrkesskade og yrkessykdom\n  Tap i fremtidig erverv                                    22 - 30 G\n  Erstatning til barn ved død                               1 - 6,5 G\n\nUtvidet yrkesskade (fritidsulykke for ansatte)\n  Medisinsk invaliditet ved 100 %                           15 G\n  Dødsfall                                                  10 G\n',
        'doc.txt',
        '0'.repeat(64),
      ),
    );
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => i.name)])).toEqual([
      ['Lovbestemt yrkesskade og yrkessykdom', ['Tap i fremtidig erverv', 'Erstatning til barn ved død']],
      ['Utvidet yrkesskade (fritidsulykke for ansatte)', ['Medisinsk invaliditet ved 100 %', 'Dødsfall']],
    ]);
  });
});

describe('a list led in by «the insurance» in a letter', () => {
  // 95/storebrand-epost-barneforsikring-2025: «… og barneforsikringen er nå opprettet …», then «Dette er med i forsikringen:»
  // over «- Dødsfall: 1 G», and «Prisen er 2 316 kroner i året.»
  it('gives the list to the one person insurance the sentences before it name, its G item and its price', () => {
    const p = parse(
      [
        'Hei Kari,',
        '',
        'vi har fått svaret fra legen, og ulykkesforsikringen for Ola er nå på plass fra 1. mars 2026.',
        '',
        'Forsikringen dekker:',
        '',
        '  - Medisinsk invaliditet: inntil 20 G',
        '  - Behandlingsutgifter: inntil 0,5 G, egenandel 2 000 kroner',
        '  - Dødsfall: 2 G',
        '',
        'Prisen er 1 188 kroner i året.',
      ].join('\n'),
    );
    expect(p.coverages).toEqual([
      {
        product: 'Ulykkesforsikring',
        index_class: 'none',
        premium: '1188',
        items: [
          { name: 'Medisinsk invaliditet', sum: { g: '20' } },
          { name: 'Behandlingsutgifter', sum: { g: '0.5' } },
          { name: 'Dødsfall', sum: { g: '2' } },
        ],
      },
    ]);
  });
  it('names no insurance where the sentences before it name two', () => {
    const p = parse(['Ulykkesforsikringen og barneforsikringen er fornyet.', '', 'Dette er med i forsikringen:', '', '  - Dødsfall: 2 G'].join('\n'));
    expect(p.coverages?.some((c) => c.product === 'Ulykkesforsikring' || c.product === 'Barneforsikring') ?? false).toBe(false);
  });
});

describe('a worked example is a remark, no item', () => {
  it('«Eksempel: Med ny G er 10 G i gruppelivet 1 301 600 kroner.» under a product\'s G rows names no item', () => {
    const p = parse('Gruppelivsforsikring\n  Dødsfall:   12 G\n\nEksempel: Med ny G er 12 G i gruppelivet 1 561 920 kroner.\n');
    expect(p.coverages?.flatMap((c) => c.items ?? []).map((x) => x.name)).toEqual(['Dødsfall']);
  });
});

describe('G sums per event in one value', () => {
  // private-holdout112/codan-sameie-forsikringsbevis: «Forsikringssum ...... 3 G ved medisinsk invaliditet, 1 G ved død»
  it('each G sum and the event after «ved» is an item', () => {
    expect(gSumsByEvent('3 G ved medisinsk invaliditet, 1 G ved død')).toEqual([
      { name: 'Medisinsk invaliditet', sum: { g: '3' } },
      { name: 'Død', sum: { g: '1' } },
    ]);
    expect(gSumsByEvent('inntil 5 G ved medisinsk invaliditet og 2 G ved dødsfall')).toEqual([
      { name: 'Medisinsk invaliditet', sum: { g: '5' } },
      { name: 'Dødsfall', sum: { g: '2' } },
    ]);
  });
  it('a part with no event, or words that are no G sum, make no items', () => {
    expect(gSumsByEvent('3 G, 1 G ved død')).toBeUndefined();
    expect(gSumsByEvent('kr 500 000 ved død')).toBeUndefined();
    expect(gSumsByEvent('Iht. lov')).toBeUndefined();
  });
});

describe('a field whose value is a figure over a list of G sums', () => {
  // a PDF's «Forsikrede: 14 ansatte (11,6 årsverk)» in one cell, between a letter's heading and its list of sums
  it('names no product: the sums are the heading\'s insurance\'s', () => {
    const text = 'Kollektiv ulykkesforsikring – nytt grunnbeløp fra 1. mai 2025\n\nForsikrede: 14 ansatte (11,6 årsverk)\n\nDette er forsikringssummene per forsikret fra 1. mai 2025:\n\n  • Medisinsk invaliditet:\t10 G\t(kr 1 301 600)\n  • Dødsfall:\t2 G\t(kr 260 320)\n';
    const p = extractPolicy(textToSource(text, 'doc.pdf', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => c.product)).not.toContain('Forsikrede: 14 ansatte (11,6 årsverk)');
    expect(p.coverages?.[0]?.items?.map((i) => i.name)).toEqual(['Medisinsk invaliditet', 'Dødsfall']);
  });
});
