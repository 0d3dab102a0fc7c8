import { describe, expect, it } from 'vitest';
import { overviewHeader } from './schedule-overview.js';

describe('a header row\'s columns, asked by the changes reader and the table readers', () => {
  // «Forsikring | Forsikringssum | Egenandel | Pris»: the same row is asked of by several readers — worked out once, and each
  // given its own copy, as a table reader sets a column's role in what it is given
  it('the same roles asked again, a copy each time', () => {
    const first = overviewHeader(['Forsikring', 'Forsikringssum', 'Egenandel', 'Pris']);
    expect(first).toEqual(['product', 'sum', 'deductible', 'premium']);
    first![0] = 'object';
    expect(overviewHeader(['Forsikring', 'Forsikringssum', 'Egenandel', 'Pris'])).toEqual(['product', 'sum', 'deductible', 'premium']);
  });
  it('asked under a heading, the answer is that of a header under a heading', () => {
    // («Ansvar» over «Dekning | Forsikringssum | Egenandel»: under a product's heading «Dekning» names the covers)
    expect(overviewHeader(['Dekning', 'Forsikringssum', 'Egenandel'], true)?.[0]).toBe('coverage');
    expect(overviewHeader(['Tekst', 'Merknad'])).toBeUndefined();
    expect(overviewHeader(['Tekst', 'Merknad'])).toBeUndefined();
  });
});
