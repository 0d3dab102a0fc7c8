import { describe, expect, it } from 'vitest';
import { amountInsidePlace, placeThenDescription, tidyPlace } from './schedule-plausible.js';
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

describe('tidyPlace: a place as it is written on one line', () => {
  const at = (object: string) => tidyPlace({ product: 'Hus', object });
  it('leaves out the sum column\'s empty mark, a place doubled, and takes the sum\'s form out as the note', () => {
    expect(at('Toyota RAV4 Hybrid, EB 71234 -').object).toBe('Toyota RAV4 Hybrid, EB 71234');
    expect(at('Nordvikveien 2, 6100 Volda Nordvikveien 2, 6100 Volda').object).toBe('Nordvikveien 2, 6100 Volda');
    expect(at('Solbærvegen 14 Fullverdi 2312 Ottestad')).toEqual({ product: 'Hus', object: 'Solbærvegen 14, 2312 Ottestad', note: 'Fullverdi' });
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
