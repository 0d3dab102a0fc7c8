import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// Schedules whose product or place is stated once, above the rows (src/parse/schedule-tables.ts):
// a numbered table under its product's heading, places over groups of rows, a heading's objects.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\n';

describe('a numbered table under its product\'s heading', () => {
  // docs/klp-kommune-nummerert-tabell-2026: «Bygninger (kommuneeiendom)» over «Nr | Objekt | Forsikringssum | …»
  // and «1 | Fjordvik skole, Skolegata 8, 6100 Fjordvik | 182 400 000 | 100 000 | 96 420»
  const table = 'Bygninger (kommuneeiendom)\n\nNr | Objekt | Forsikringssum | Egenandel | Årspremie\n1 | Fjordvik skole, Skolegata 8, 6100 Fjordvik | 182 400 000 | 100 000 | 96 420\n2 | Rådhuset, Torget 1, 6100 Fjordvik | 64 900 000 | 100 000 | 34 310\n';
  it('a row\'s number is no product: each row is the heading\'s, its object the object cell', () => {
    const p = parse(`${HEAD}${table}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygninger (kommuneeiendom)', 'Fjordvik skole, Skolegata 8, 6100 Fjordvik', '182400000', '100000', '96420'],
      ['Bygninger (kommuneeiendom)', 'Rådhuset, Torget 1, 6100 Fjordvik', '64900000', '100000', '34310'],
    ]);
  });
  it('a row under the numbered ones that names its own product is a coverage of that product', () => {
    // «Kommunalt løsøre | førsterisiko 40 000 000 | 100 000 | 18 900»: no number, no object, its figures in the last columns
    const p = parse(`${HEAD}${table}Kommunalt løsøre | førsterisiko 40 000 000 | 100 000 | 18 900\n`);
    expect(p.coverages?.[2]).toEqual({ product: 'Kommunalt løsøre', index_class: 'maskin_losore', sum: { first_risk: '40000000' }, deductible: '100000', premium: '18900' });
    expect(p.coverages).toHaveLength(3);
  });
  it('the same row with an empty number cell: its product in the object column', () => {
    const p = parse(`${HEAD}${table} | Kommunalt løsøre | førsterisiko 40 000 000 | 100 000 | 18 900\n`);
    expect(p.coverages?.[2]).toEqual({ product: 'Kommunalt løsøre', index_class: 'maskin_losore', sum: { first_risk: '40000000' }, deductible: '100000', premium: '18900' });
  });
  it('a space table with no header over its number column', () => {
    const p = parse(`${HEAD}Bygninger (kommuneeiendom)\n\n     Bygning                                  Forsikringssum   Egenandel   Årspremie\n1    Fjordvik skole, Skolegata 8, 6100 Fjordvik   182 400 000     100 000      96 420\n2    Rådhuset, Torget 1, 6100 Fjordvik             64 900 000     100 000      34 310\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Bygninger (kommuneeiendom)', 'Fjordvik skole, Skolegata 8, 6100 Fjordvik', '182400000'],
      ['Bygninger (kommuneeiendom)', 'Rådhuset, Torget 1, 6100 Fjordvik', '64900000'],
    ]);
  });
});

describe('a product heading over rows of its objects', () => {
  // docs/frende-hussopp-bygninger-2026: «Hussoppforsikring» over «Bygning | Forsikringssum | Egenandel | Årspremie»
  // and «Enebolig | 4 850 000 | 10 000 | 1 240»
  it('the buildings are the objects of the heading\'s product, not products', () => {
    const p = parse(`${HEAD}Hussoppforsikring\nBygning          Forsikringssum    Egenandel    Årspremie\nEnebolig              4 850 000       10 000        1 240\nGarasje                 420 000       10 000          180\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Hussoppforsikring', 'Enebolig', '4850000', '10000', '1240'],
      ['Hussoppforsikring', 'Garasje', '420000', '10000', '180'],
    ]);
  });
});
