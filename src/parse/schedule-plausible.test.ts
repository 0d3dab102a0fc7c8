import { describe, expect, it } from 'vitest';
import { amountInsidePlace, placeThenDescription, sumBetweenPlaceLines, tidyPlace } from './schedule-plausible.js';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { readDocument } from './input.js';

const parse = async (text: string): Promise<Policy> => extractPolicy(await readDocument(Buffer.from(text), 'doc.txt'), {});

describe('amountInsidePlace: a sum cell run into the middle of a place cell that wraps beside it', () => {
  it('takes the amount out, joined as an address is written', () => {
    expect(amountInsidePlace('Industriveien 14, 14 200 000 3430 Spikkestad')).toEqual({ place: 'Industriveien 14, 3430 Spikkestad', amount: '14 200 000', value: '14200000' });
    expect(amountInsidePlace('Gnr 58 Bnr 12 2 850 000 kr 2640 Vinstra')?.place).toBe('Gnr 58 Bnr 12, 2640 Vinstra');
    expect(amountInsidePlace('Solbærvegen 14 1 500 000 kr 2312 Ottestad')?.place).toBe('Solbærvegen 14, 2312 Ottestad');
  });
  it('leaves no place where a first-risk sum stands before the amount', () => {
    expect(amountInsidePlace('Lierstranda 88, 1. risiko 500 000 3414 Lierstranda')).toMatchObject({ place: undefined, value: '500000' });
  });
  it('leaves plates, postcodes, land numbers, areas and organisation numbers alone', () => {
    for (const place of ['EB 72 410 Ford Transit', 'Gnr 112 Bnr 7, 7520 Hegra', 'Lagerhall 2 000 m² Vestby', 'Storgata 1, 0155 Oslo', 'Org.nr 986 528 914 Bergen', 'Heggeveien 112, Gnr 45 Bnr 2, 2930 Bagn']) {
      expect(amountInsidePlace(place)).toBeUndefined();
    }
  });
});

describe('a schedule row whose cells are one off', () => {
  it('leaves out a deductible that is no round amount, and says so at its row', async () => {
    const p = await parse(
      'Forsikringsbevis\nForsikringsnummer: 1234567\n\nProdukt          Forsikringssum     Egenandel     Premie\n' +
        'Næringsbygg      38 450 000         18 905        61 212\nVarer            3 500 000          20 000         6 118\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', index_class: 'bygninger', sum: '38450000', premium: '61212' },
      { product: 'Varer', index_class: 'varer', sum: '3500000', deductible: '20000', premium: '6118' },
    ]);
    expect(p.warnings).toEqual(['line 5: the deductible «18 905» of Næringsbygg is no round amount: a figure of another column, read one cell off; it is left out']);
  });
  it('reads no figure of a row whose place holds a sum, and keeps the place without it', async () => {
    const p = await parse(
      'Forsikringsbevis\nForsikringsnummer: 1234567\n\nProdukt          Forsikringssted                 Forsikringssum   Egenandel   Premie\n' +
        'Næringsbygg      Industriveien 14, 14 200 000    20 000           61 212\n                 3430 Spikkestad\n',
    );
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', index_class: 'bygninger', object: 'Industriveien 14, 3430 Spikkestad' }]);
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0]).toMatch(/^line 5: the place «Industriveien 14, 14 200 000 3430 Spikkestad» of Næringsbygg holds an amount «14 200 000»/);
  });
});

describe('an object that is only a registration\'s letters', () => {
  it('is left out, and said so', async () => {
    const p = await parse('Forsikringsbevis\nForsikringsnummer: 1234567\n\nProdukt      Kjøretøy    Egenandel    Premie\nBilforsikring  EV        8 000       7 884\n');
    expect(p.coverages?.[0]?.object).toBeUndefined();
    expect(p.warnings.some((w) => /«EV» of Bilforsikring is only a registration's letters/.test(w))).toBe(true);
  });
});

describe('sumBetweenPlaceLines: a place\'s and a sum\'s wrapped cells read across into one', () => {
  it('takes the sum\'s line out from between the place\'s two lines', () => {
    // «Ramsrudvegen 220,» over «2390 Moelv» beside «kr 14.850.000,-» (WeasyPrint)
    expect(sumBetweenPlaceLines('Ramsrudvegen 220, kr 14.850.000,- 2390 Moelv')).toEqual({ place: 'Ramsrudvegen 220, 2390 Moelv', sum: 'kr 14.850.000,-' });
    expect(sumBetweenPlaceLines('Gnr 88 Bnr 3, kr 2.100.000,- Ringsaker kommune')).toEqual({ place: 'Gnr 88 Bnr 3, Ringsaker kommune', sum: 'kr 2.100.000,-' });
    expect(sumBetweenPlaceLines('Industriveien 14, 38 450 000 3430 Spikkestad')).toEqual({ place: 'Industriveien 14, 3430 Spikkestad', sum: '38 450 000' });
    expect(sumBetweenPlaceLines('Fjordgata 3, 2 400 000 kr Gnr 7 Bnr 12, 6900 Florø')).toEqual({ place: 'Fjordgata 3, Gnr 7 Bnr 12, 6900 Florø', sum: '2 400 000 kr' });
  });
  it('reads a sum\'s form over its amount, the amount after the place\'s next line', () => {
    // «Ramsrudvegen 220, | Førsterisiko» over «2390 Moelv | kr 600.000,-»
    expect(sumBetweenPlaceLines('Ramsrudvegen 220, Førsterisiko 2390 Moelv kr 600.000,-')).toEqual({ place: 'Ramsrudvegen 220, 2390 Moelv', sum: 'Førsterisiko kr 600.000,-' });
    expect(sumBetweenPlaceLines('Sørbølvegen 41, Fullverdi Gnr 112 Bnr 7, 3570 Ål')).toEqual({ place: 'Sørbølvegen 41, Gnr 112 Bnr 7, 3570 Ål', sum: 'Fullverdi' });
  });
  it('leaves a place with no break before the amount, or an area, as it is', () => {
    for (const cell of ['Gnr 58 Bnr 12 2 850 000 kr 2640 Vinstra', 'Teig Haugslia, 1 400 dekar', 'Storgata 1, 0155 Oslo', 'Kaivegen 3, Gnr 21 Bnr 44, 8484 Risøyhamn', 'Ramsrudvegen 220, kr 600.000,-'])
      expect(sumBetweenPlaceLines(cell)).toBeUndefined();
  });
});

describe('tidyPlace: a place as it is written on one line', () => {
  const at = (object: string) => tidyPlace({ product: 'Hus', object });
  it('leaves out the sum column\'s empty mark, a place doubled, and takes the sum\'s form out as the note', () => {
    expect(at('Toyota RAV4 Hybrid, EB 71234 -').object).toBe('Toyota RAV4 Hybrid, EB 71234');
    expect(at('Nordvikveien 2, 6100 Volda Nordvikveien 2, 6100 Volda').object).toBe('Nordvikveien 2, 6100 Volda');
    expect(at('Solbærvegen 14 Fullverdi 2312 Ottestad')).toEqual({ product: 'Hus', object: 'Solbærvegen 14, 2312 Ottestad', note: 'Fullverdi' });
  });
  it('takes a sum\'s form out from between a place\'s two lines, the first line\'s comma kept once', () => {
    // «Ramsrudvegen 220,» over «2390 Moelv» in the place's cell, «Fullverdi» in the sum's beside it (WeasyPrint, groff)
    expect(at('Ramsrudvegen 220, Fullverdi 2390 Moelv')).toEqual({ product: 'Hus', object: 'Ramsrudvegen 220, 2390 Moelv', note: 'Fullverdi' });
    // the place's second line a farm's lot: «Sørbølvegen 41,» over «Gnr 112 Bnr 7, 3570 Ål»
    expect(at('Sørbølvegen 41, Fullverdi Gnr 112 Bnr 7, 3570 Ål').object).toBe('Sørbølvegen 41, Gnr 112 Bnr 7, 3570 Ål');
    expect(at('Strandvegen 9 Markedsverdi 6800 Førde').object).toBe('Strandvegen 9, 6800 Førde');
  });
  it('reads a first-risk form run into the place as the row\'s first-risk sum', () => {
    // «Avling og forråd | Ramsrudvegen 220, | Førsterisiko» over «| 2390 Moelv | kr 600.000,-»
    expect(tidyPlace({ product: 'Avling og forråd', object: 'Ramsrudvegen 220, Førsterisiko 2390 Moelv', sum: '600000' })).toEqual({
      product: 'Avling og forråd',
      object: 'Ramsrudvegen 220, 2390 Moelv',
      sum: { first_risk: '600000' },
    });
    expect(tidyPlace({ product: 'Fôr', object: 'Tveitevegen 12 Fyrsterisiko Gnr 4 Bnr 2, 5600 Norheimsund', sum: '250000' }).sum).toEqual({ first_risk: '250000' });
  });
  it('leaves a place written so as it is', () => {
    for (const o of ['Lagerbygg Gnr 40 Bnr 3 7340 Oppdal', 'Raulandsvegen 1060 3864 Rauland', 'Storgata 1, 0155 Oslo', 'Kaivegen 3, Gnr 21 Bnr 44, 8484 Risøyhamn', 'Volvo XC40, EL 38211', 'Alle forsikringssteder', 'Hytte - Fjellvegen 2'])
      expect(at(o).object).toBe(o);
  });
});

describe('placeThenDescription: an address ends with its town', () => {
  it('takes what a wrapped place cell holds under the address out as the row\'s note', () => {
    // «2   Bygning / Building   Industriveien 3,» over «1337 Sandvika» over «Lagerbygg / Warehouse»
    expect(placeThenDescription('Industriveien 3, 1337 Sandvika Lagerbygg / Warehouse')).toEqual({ place: 'Industriveien 3, 1337 Sandvika', description: 'Lagerbygg / Warehouse' });
    // «3   Husleietap / Loss of rent   Brynsveien 12, 0667 Oslo» over «Ansvarstid / Indemnity period» over «24 mnd. / months»
    expect(placeThenDescription('Brynsveien 12, 0667 Oslo Ansvarstid 24 mnd.')).toEqual({ place: 'Brynsveien 12, 0667 Oslo', description: 'Ansvarstid 24 mnd.' });
    expect(placeThenDescription('Nordslettveien 9, 8616 Mo i Rana Kontorbygg')?.place).toBe('Nordslettveien 9, 8616 Mo i Rana');
    expect(tidyPlace({ product: 'Bygning', object: 'Industriveien 3, 1337 Sandvika Lagerbygg' })).toEqual({ product: 'Bygning', object: 'Industriveien 3, 1337 Sandvika', note: 'Lagerbygg' });
  });
  it('leaves a town of more words, a plate before a model and a place with no postcode as they are', () => {
    for (const o of ['Kvednavegen 3, 5260 Indre Arna', 'Granlia 12, 3803 Bø i Telemark', 'Bjørkelia 3B, 4635 Kristiansand S', 'JD 4471 Kubota M5091, årsmodell 2019', 'Storgata 1, 0155 Oslo', 'Lagerbygg Gnr 40 Bnr 3 7340 Oppdal'])
      expect(placeThenDescription(o)).toBeUndefined();
  });
});

describe('a lot after an area, one text in a web page\'s cell', () => {
  // «Teig Haugslia, 140 dekar» over «Gnr 88 Bnr 9, 2850 Lena» in the place's cell, printed as one line
  it('gets the comma the place has written on two lines', async () => {
    const p = await parse(
      'Forsikringsbevis\nForsikringsnummer: 1234567\n\nForsikring   Forsikringssted                                     Forsikringssum   Egenandel   Premie\n' +
        'Skog         Teig Haugslia, 140 dekar Gnr 88 Bnr 9, 2850 Lena              420 000       5 000      630\n' +
        'Skog         Teigen Nordli, 12,5 daa gnr. 4 bnr. 17, 6887 Lærdal           180 000       5 000      290\n',
    );
    expect(p.coverages?.map((c) => c.object)).toEqual(['Teig Haugslia, 140 dekar, Gnr 88 Bnr 9, 2850 Lena', 'Teigen Nordli, 12,5 daa, gnr. 4 bnr. 17, 6887 Lærdal']);
  });
});
