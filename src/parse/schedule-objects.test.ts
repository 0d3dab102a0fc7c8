import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Avtalenummer 5581 0042\n\n';

describe('the object of a row, named by a column that asks what is insured', () => {
  it('«Forsikring | Kva er forsikra | Forsikringssum | Eigenandel | Pris per år»: the second column is the object', () => {
    const p = parse(
      `${HEAD}Forsikring | Kva er forsikra | Forsikringssum | Eigenandel | Pris per år\n` +
        'Innbu | Nedre Haugen 4, 5600 Norheimsund | 1 200 000 | 4 000 | 2 150\nFritidsbåt | Askeladden, reg. ABC 123 | 350 000 | 4 000 | 3 980\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Innbu', 'Nedre Haugen 4, 5600 Norheimsund', '1200000'],
      ['Fritidsbåt', 'Askeladden, reg. ABC 123', '350000'],
    ]);
  });
  it('«Hva er forsikret» in bokmål too', () => {
    const p = parse(`${HEAD}Forsikring\tHva er forsikret\tForsikringssum\tEgenandel\tPris per år\nInnbo\tSkolegata 3, 2815 Gjøvik\t900 000\t4 000\t1 840\n`);
    expect(p.coverages?.[0]?.object).toBe('Skolegata 3, 2815 Gjøvik');
  });
});
