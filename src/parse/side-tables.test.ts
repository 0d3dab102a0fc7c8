import { describe, expect, it } from 'vitest';
import { sideTablesApart } from './side-tables.js';
import type { SourceLine } from './source.js';

// A PDF's page with two tables side by side, laid out as one wide table
// (pdf/tryg-landbruk-to-tabeller-side-om-side-2027.rowpitch.pdf).
const line = (n: number, cells: string[]): SourceLine => ({ page: 1, line: n, text: cells.join('\t'), cells });
const read = (out: SourceLine[]): string[] => out.map((l) => `${l.line} ${l.cells.join(' | ')}`);

describe('two tables side by side in a PDF', () => {
  it('«Bygning | Forsikringssum | Pris/år | Forsikring | Forsikringssum | Pris/år»: the left table\'s lines, then the right one\'s', () => {
    const lines = [
      line(5, ['Bygninger', 'Løsøre, dyr og drift']),
      line(6, ['Bygning', 'Forsikringssum', 'Pris/år', 'Forsikring', 'Forsikringssum', 'Pris/år']),
      line(7, ['Stabbur', '450 000', '880', 'Driftstap', '900 000', '2 210']),
      line(8, ['Garasje', '610 000', '1 090', '', '', '']),
      line(9, ['Samlet pris per år: kr 32 790']),
    ];
    expect(read(sideTablesApart(lines))).toEqual([
      '5 Bygninger',
      '6 Bygning | Forsikringssum | Pris/år',
      '7 Stabbur | 450 000 | 880',
      '8 Garasje | 610 000 | 1 090',
      '5 Løsøre, dyr og drift',
      '6 Forsikring | Forsikringssum | Pris/år',
      '7 Driftstap | 900 000 | 2 210',
      '9 Samlet pris per år: kr 32 790',
    ]);
  });

  it('one table whose columns name no figure twice is left as it is', () => {
    const lines = [line(1, ['Forsikring', 'Forsikringssum', 'Dekning', 'Egenandel', 'Premie']), line(2, ['Næringsbygg', '24 500 000', 'Brann og vann', '25 000', '18 240'])];
    expect(sideTablesApart(lines)).toBe(lines);
  });
});
