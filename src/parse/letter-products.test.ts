import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const LETTER = 'Fornyelse av forsikringene dine\nPolisenummer: 4455667\nDato: 24.03.2025\n\nDine forsikringer fra 1. mai 2025\n\n';

describe('a renewal letter that lists each product as two lines: «Product Level, address» over «Label: value · …»', () => {
  it('«Husforsikring Premium, Hagelia 19» / «Egenandel: kr 8 000 · Pris: kr 14 120 (i fjor kr 13 560)»: last year\'s price is no premium', () => {
    const p = parse(`${LETTER}Husforsikring Premium, Hagelia 19\nEgenandel: kr 8 000 · Pris: kr 14 120 (i fjor kr 13 560)\n`);
    expect(p.coverages).toEqual([{ product: 'Husforsikring', coverage: 'Premium', object: 'Hagelia 19', deductible: '8000', premium: '14120', index_class: 'bygninger' }]);
    expect(p.issued).toBe('2025-03-24');
    expect(p.warnings).toEqual([]);
  });
  it('pairs split by «|», a sum, and «Fullverdi» read as no figure', () => {
    const p = parse(
      `${LETTER}Innboforsikring Pluss, Hagelia 19\nForsikringssum: kr 1 500 000 | Egenandel: kr 4 000 | Pris: kr 3 480 (i fjor kr 3 300)\n\nHusforsikring Standard, Hagelia 19\nForsikringssum: Fullverdi · Egenandel: kr 8 000 · Pris: kr 14 120\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Innboforsikring', coverage: 'Pluss', object: 'Hagelia 19', sum: '1500000', deductible: '4000', premium: '3480', index_class: 'innbo' },
      { product: 'Husforsikring', coverage: 'Standard', object: 'Hagelia 19', deductible: '8000', premium: '14120', index_class: 'bygninger' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a product without an address: «Reiseforsikring Familie» / «Pris: kr 2 350 · Egenandel: kr 1 000»', () => {
    const p = parse(`${LETTER}Reiseforsikring Familie\nEgenandel: kr 1 000 · Pris: kr 2 350 (i fjor kr 2 290)\n`);
    expect(p.coverages).toEqual([{ product: 'Reiseforsikring', coverage: 'Familie', deductible: '1000', premium: '2350', index_class: 'none' }]);
  });
  it('«Ny pris», «Pris i år» name this year\'s price; a pair «Pris i fjor: …» is last year\'s, no premium', () => {
    const p = parse(`${LETTER}Husforsikring Premium, Hagelia 19\nEgenandel: kr 8 000 · Pris i fjor: kr 13 560 · Ny pris: kr 14 120\n\nInnboforsikring Pluss, Hagelia 19\nPris i år: kr 3 480 · Egenandel: kr 4 000\n`);
    expect(p.coverages).toEqual([
      { product: 'Husforsikring', coverage: 'Premium', object: 'Hagelia 19', deductible: '8000', premium: '14120', index_class: 'bygninger' },
      { product: 'Innboforsikring', coverage: 'Pluss', object: 'Hagelia 19', deductible: '4000', premium: '3480', index_class: 'innbo' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a value that is no amount is not guessed: the coverage without it, and a warning', () => {
    const p = parse(`${LETTER}Husforsikring Premium, Hagelia 19\nEgenandel: se vilkår · Pris: kr 14 120\n`);
    expect(p.coverages).toEqual([{ product: 'Husforsikring', coverage: 'Premium', object: 'Hagelia 19', premium: '14120', index_class: 'bygninger' }]);
    expect(p.warnings?.join('\n')).toContain('«se vilkår»');
  });
});

describe('a price list without a header row: «Product, place   kr this year (kr last year)»', () => {
  it('«Husforsikring, Lia 4, 7500 Stjørdal    kr 14 120 (kr 13 560)»: the product, its place, and this year\'s price as premium', () => {
    const p = parse(`${LETTER}Husforsikring, Lia 4, 7500 Stjørdal    kr 14 120 (kr 13 560)\nInnboforsikring, Lia 4, 7500 Stjørdal kr 3 480 (kr 3 300)\nReiseforsikring Familie    kr 2 350 (kr 2 290)\n`);
    expect(p.coverages).toEqual([
      { product: 'Husforsikring', object: 'Lia 4, 7500 Stjørdal', premium: '14120', index_class: 'bygninger' },
      { product: 'Innboforsikring', object: 'Lia 4, 7500 Stjørdal', premium: '3480', index_class: 'innbo' },
      { product: 'Reiseforsikring', coverage: 'Familie', premium: '2350', index_class: 'none' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a lone figure without last year\'s beside it could be a sum as well: no premium from this reader', () => {
    const p = parse(`${LETTER}Husforsikring, Lia 4, 7500 Stjørdal    kr 14 120\n`);
    expect(p.coverages?.some((c) => c.premium === '14120')).not.toBe(true);
  });
  it('columns set apart by spaces, last year named by its year: «Villa   Skogveien 4   kr 12 460   (i 2024: kr 11 320)»', () => {
    const p = parse(
      `${LETTER}Din nye pris\nVilla          Skogveien 4          kr 12 460   (i 2024: kr 11 320)\nInnbo          Skogveien 4          kr 3 890    (i 2024: kr 3 610)\nFritidsbolig   Sjusjøvegen 212      kr 4 120    (i 2024: kr 3 740)\nTotalt                              kr 20 470\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Villa', object: 'Skogveien 4', premium: '12460', index_class: 'bygninger' },
      { product: 'Innbo', object: 'Skogveien 4', premium: '3890', index_class: 'innbo' },
      { product: 'Fritidsbolig', object: 'Sjusjøvegen 212', premium: '4120', index_class: 'bygninger' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«(2024: kr 3 300)» and «(i fjor: kr 3 300)» are last year\'s figure too', () => {
    const p = parse(`${LETTER}Innboforsikring, Lia 4, 7500 Stjørdal    kr 3 480 (2024: kr 3 300)\nHusforsikring, Lia 4, 7500 Stjørdal    kr 14 120 (i fjor: kr 13 560)\n`);
    expect(p.coverages?.map((c) => c.premium)).toEqual(['3480', '14120']);
  });
  it('a first word the index-class table does not know is no product: «Totalt, alle avtaler kr 17 600 (kr 16 860)»', () => {
    const p = parse(`${LETTER}Totalt, 3 avtaler    kr 17 600 (kr 16 860)\n`);
    expect(p.coverages ?? []).toEqual([]);
  });
});

describe('a price list of a letter written as questions and answers: «Product, address: N kroner per år»', () => {
  const QA = 'Polisenummer: 4455667\nBrevdato\n14.11.2024\n\nHva skal jeg betale?\n';
  it('«Villa, Granveien 3, 1410 Kolbotn: 9 820 kroner per år» and the next: each a coverage with its place and premium', () => {
    const p = parse(`${QA}Villa, Granveien 3, 1410 Kolbotn: 9 820 kroner per år\nInnbo, Granveien 3, 1410 Kolbotn: 3 150 kroner per år\n`);
    expect(p.coverages).toEqual([
      { product: 'Villa', object: 'Granveien 3, 1410 Kolbotn', premium: '9820', index_class: 'bygninger' },
      { product: 'Innbo', object: 'Granveien 3, 1410 Kolbotn', premium: '3150', index_class: 'innbo' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('as bullets, «kr … pr. år»', () => {
    const p = parse(`${QA}- Hytte, Fjellstien 12, 3580 Geilo: kr 4 610 pr. år\n`);
    expect(p.coverages).toEqual([{ product: 'Hytte', object: 'Fjellstien 12, 3580 Geilo', premium: '4610', index_class: 'bygninger' }]);
  });
  it('a figure with no period after it is no price: not read as one', () => {
    const p = parse(`${QA}Villa, Granveien 3, 1410 Kolbotn: 9 820 kroner\n`);
    expect(p.coverages?.some((c) => c.premium === '9820')).not.toBe(true);
  });
  // test/corpus/docs/sparebank1-fornying-nynorsk-prisliner-2025
  it('«Husforsikring, Strandvegen 7: 14 210 kroner per år (i fjor 13 480)»: last year\'s price in brackets is no second premium', () => {
    const p = parse(`${QA}Husforsikring, Strandvegen 7: 14 210 kroner per år (i fjor 13 480)\nInnbuforsikring, Strandvegen 7: 4 120 kroner per år (i fjor 3 990)\n`);
    expect(p.coverages).toEqual([
      { product: 'Husforsikring', object: 'Strandvegen 7', premium: '14210', index_class: 'bygninger' },
      { product: 'Innbuforsikring', object: 'Strandvegen 7', premium: '4120', index_class: 'innbo' },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('two «Label: value» pairs on a line, the third field alone on the line under or over them', () => {
  it('«Forsikringssum: kr 6 450 000    Egenandel: kr 8 000» over «Årspremie: kr 11 240»: one record', () => {
    const p = parse(`${LETTER}Husforsikring\nForsikringssum: kr 6 450 000    Egenandel: kr 8 000\nÅrspremie: kr 11 240\n`);
    expect(p.coverages).toEqual([{ product: 'Husforsikring', sum: '6450000', deductible: '8000', premium: '11240', index_class: 'bygninger' }]);
  });
  it('«Forsikringssum: kr 1 200 000» over «Egenandel: kr 4 000    Årspremie: kr 3 380»: one record', () => {
    const p = parse(`${LETTER}Innboforsikring\nForsikringssum: kr 1 200 000\nEgenandel: kr 4 000    Årspremie: kr 3 380\n`);
    expect(p.coverages).toEqual([{ product: 'Innboforsikring', sum: '1200000', deductible: '4000', premium: '3380', index_class: 'innbo' }]);
  });
  it('after a blank line, or a field the pairs already state, the line under is not theirs', () => {
    const p = parse(`${LETTER}Husforsikring\nForsikringssum: kr 6 450 000    Egenandel: kr 8 000\nEgenandel: kr 10 000\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Husforsikring', sum: '6450000', deductible: '8000' });
  });
});

describe('a letter\'s bullets: «• Product Level – address» over pairs written as sentences', () => {
  // test/corpus/docs/klp-indeksbrev-kulepunkt-setninger-2026.txt: «• Husforsikring Pluss – Fjordgata 12, 7010 Trondheim» over
  // «Forsikringssum: Fullverdi. Egenandel: kr 10 000. Pris per år: kr 12 480.»
  it('the place after a dash, each pair ending in a full stop', () => {
    const p = parse(
      `${LETTER}  • Husforsikring Pluss – Fjordgata 12, 7010 Trondheim\n    Forsikringssum: Fullverdi. Egenandel: kr 10 000. Pris per år: kr 12 480.\n  • Innboforsikring Standard – Fjordgata 12, 7010 Trondheim\n    Forsikringssum: kr 950 000. Egenandel: kr 4 000. Pris per år: kr 2 870.\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Husforsikring', coverage: 'Pluss', object: 'Fjordgata 12, 7010 Trondheim', deductible: '10000', premium: '12480', index_class: 'bygninger' },
      { product: 'Innboforsikring', coverage: 'Standard', object: 'Fjordgata 12, 7010 Trondheim', sum: '950000', deductible: '4000', premium: '2870', index_class: 'innbo' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«Båthavn: …» between the product line and its pairs is the note; «(indeksreguleres ikke)» after the sum makes that row none, only it', () => {
    const p = parse(
      `${LETTER}  • Hytteforsikring Standard – Fjellvegen 4, 7580 Selbu\n    Forsikringssum: kr 2 140 000. Egenandel: kr 8 000. Pris per år: kr 5 120.\n  • Båtforsikring – Nordstjerna 25\n    Båthavn: Selbu båtlag, plass 22\n    Forsikringssum: kr 265 000 (indeksreguleres ikke). Egenandel: kr 4 000. Pris per år: kr 2 310.\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium, c.index_class, c.note])).toEqual([
      ['Hytteforsikring', 'Fjellvegen 4, 7580 Selbu', '2140000', '8000', '5120', 'bygninger', undefined],
      ['Båtforsikring', 'Nordstjerna 25', '265000', '4000', '2310', 'none', 'Båthavn: Selbu båtlag, plass 22'],
    ]);
    expect(p.warnings).toEqual([]);
  });
});
