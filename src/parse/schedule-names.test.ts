import { describe, expect, it } from 'vitest';
import { columnOf } from './schedule-names.js';

describe('a sum column named with a remark in brackets', () => {
  // test/corpus/docs/if-eiendom-rutenett-husleietap-2026.txt: «| Lok | Adresse | Forsikringssum (årlig leieinntekt) | Egenandel |»
  it('is the sum column', () => {
    expect(columnOf('Forsikringssum (årlig leieinntekt)')).toBe('sum');
    expect(columnOf('Forsikringssum (per skade)')).toBe('sum');
  });

  it('is not read when the remark changes what the figures are (first risk, G, thousands, a period)', () => {
    for (const name of ['Forsikringssum (førsterisiko)', 'Forsikringssum (tusen kr)', 'Sum (G)', 'Forsikringssum (per år)', 'Forsikringssum (i mill. kr)']) expect(columnOf(name), name).not.toBe('sum');
  });

  it('leaves a premium with a remark as it was: its remark may name its period', () => {
    expect(columnOf('Premie (per måned)')).toBeUndefined();
  });
});
