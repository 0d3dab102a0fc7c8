import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\n';

describe('a column per year', () => {
  it('the newest year is the sum and premium of the row; older years are not read', () => {
    const p = parse(`${HEAD}Forsikring;Forsikringssted;Sum 2023;Sum 2024;Egenandel;Premie 2023;Premie 2024\nNæringsbygg;Storgata 1, 0155 Oslo;24 500 000;26 950 000;20 000;38 120;41 930\nDriftstap;;12 000 000;12 500 000;;8 300;8 960\nSum;;;;;46 420;50 890\n`);
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', object: 'Storgata 1, 0155 Oslo', index_class: 'bygninger', sum: '26950000', deductible: '20000', premium: '41930' },
      { product: 'Driftstap', index_class: 'none', sum: '12500000', premium: '8960' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('two columns of one figure and one year are not told apart by a year', () => {
    const p = parse(`${HEAD}Forsikring\tSum 2024\tSum 2024\nBygning\t1 000 000\t2 000 000\n`);
    expect(p.coverages?.[0]?.sum).toBe('1000000');
  });
});

describe('rows whose cells do not stand under the header', () => {
  it('an amount in the place column: a warning with the line, no row', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssted\tForsikringssum\tEgenandel\nNæringsbygg\t88 000 000\t25 000\t97 310\n`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual(['line 4: the cells of «Næringsbygg | 88 000 000 | 25 000 | 97 310» do not line up with the columns of the table; not read']);
  });
});

describe('records: a name line over its fields', () => {
  it('the name line gives the product and the place after its first comma outside brackets', () => {
    const p = parse(`${HEAD}Dette er forsikret\n\nEiendeler (maskiner, inventar og utstyr), Nedre Langgate 22, 3126 Tønsberg\n    Forsikringssum      kr 2 750 000\n    Egenandel           kr 10 000\n`);
    expect(p.coverages).toEqual([
      { product: 'Eiendeler (maskiner, inventar og utstyr)', object: 'Nedre Langgate 22, 3126 Tønsberg', index_class: 'maskin_losore', sum: '2750000', deductible: '10000' },
    ]);
  });
  it('a name the index-class table does not know is still the record\'s product', () => {
    const p = parse(`${HEAD}Husdyr (storfe og sau)\n  Forsikringssum   kr 1 250 000\n  Pris             kr 3 340\n`);
    expect(p.coverages).toEqual([{ product: 'Husdyr (storfe og sau)', index_class: 'other', sum: '1250000', premium: '3340' }]);
  });
  it('a schedule heading over fields is not a product', () => {
    const p = parse(`${HEAD}Forsikringsbevis\n\nForsikringssum: kr 52 000 000\nEgenandel: kr 15 000`);
    expect(p.coverages).toBeUndefined();
  });
});
