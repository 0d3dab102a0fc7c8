import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// Figures per coverage in blocks of their own, merged per coverage (src/parse/schedule-figure-blocks.ts).
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsbevis nr.   HS 55 0193\nUtstedt                1. desember 2025\n';

describe('a «Forsikringssum» block and an «Egenandel» block over the same coverages', () => {
  // holdout 59 norsk-hussopp: «Forsikringssum» / «  Hussopp og råtesopp:   inntil kr 5 000 000 per skade» …
  // «Egenandel» / «  Hussopp og råtesopp:   kr 10 000 per skade» … «  Skadedyr:   ingen egenandel»
  const blocks = 'Forsikringssum\n  Råte og sopp:          inntil kr 3 000 000 per skade\n  Insekter i treverk:    inntil kr 1 500 000 per skade\n\nEgenandel\n  Råte og sopp:          kr 8 000 per skade\n  Insekter i treverk:    kr 4 000 per skade\n  Gnagere:               ingen egenandel\n';
  it('one coverage per name, of the head\'s one «Produkt»; «ingen egenandel» is 0', () => {
    const p = parse(`${HEAD}Produkt                Sopp- og skadedyrforsikring\n\n${blocks}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.deductible])).toEqual([
      ['Sopp- og skadedyrforsikring', 'Råte og sopp', '3000000', '8000'],
      ['Sopp- og skadedyrforsikring', 'Insekter i treverk', '1500000', '4000'],
      ['Sopp- og skadedyrforsikring', 'Gnagere', undefined, '0'],
    ]);
  });
  it('a longer name taken into the line above it is a coverage of its own; a value that is no amount gives no figure', () => {
    const p = parse(`${HEAD}Produkt                Sopp- og skadedyrforsikring\n\nForsikringssum\n  Råte og sopp:   inntil kr 3 000 000 per skade\n  Skadedyr (rotter, mus): sanering uten begrensning\n\nEgenandel\n  Råte og sopp:   kr 8 000 per skade\n  Skadedyr:       ingen egenandel\n`);
    expect(p.coverages?.map((c) => [c.coverage, c.sum, c.deductible])).toEqual([
      ['Råte og sopp', '3000000', '8000'],
      ['Skadedyr', undefined, '0'],
    ]);
  });
  it('no product named in the head: a warning, and nothing read', () => {
    const p = parse(`${HEAD}\n${blocks}`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/«Forsikringssum» and «Egenandel» give figures per coverage, but the document names no one product/);
  });
});
