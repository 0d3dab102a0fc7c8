import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';
import { headerNamed } from './grid.js';

/** Items as read from a PDF: baseline, then each item's text, x and width (font size 10 unless given). */
type Rows = [number, ...[string, number, number, number?][]][];
const asRead = (rows: Rows): PageText => ({
  height: 842,
  items: rows.flatMap(([y, ...its]) => its.map(([str, x, width, size]): TextItem => ({ str, x, y, width, size: size ?? 10 }))),
});
const lines = (rows: Rows) => layoutPages([asRead(rows)]).lines;

// A certificate's head of fields, its period wrapped by groff after the range's dash, the end date set at the
// label's edge on the line under it:
//
//   Sandbrekkeveien 41          Forsikringsperiode    01.05.2025 -
//                               30.04.2026
describe('a period broken after its dash', () => {
  it('goes on in the cell that ends with the dash, never in the label it stands under', () => {
    const out = lines([
      [709.5, ['Vik Rør og Varme AS', 72, 88.3], ['Utstedt', 175.3, 28.9], ['14.05.2025', 249.2, 45]],
      [697.5, ['Sandbrekkeveien 41', 72, 80.9], ['Forsikringsperiode', 175.3, 75.4], ['01.05.2025 -', 271.9, 54.6]],
      [685.5, ['30.04.2026', 175.3, 45]],
      [673.5, ['5225 Nesttun', 72, 53.6], ['Org.nr. forsikringstaker 921 448 307', 175.3, 146.4]],
    ]);
    const period = out.find((l) => l.cells.some((c) => c.startsWith('Forsikringsperiode')));
    expect(period?.cells).toEqual(['Sandbrekkeveien 41', 'Forsikringsperiode', '01.05.2025 - 30.04.2026']);
  });

  it('the same with the other dash and the date at the first column (a second variant)', () => {
    const out = lines([
      [709.5, ['Kari Nordmann', 72, 60], ['Avtalenr.', 175.3, 40], ['88 123 456', 249.2, 45]],
      [697.5, ['Storgata 1', 72, 45], ['Avtaleperiode', 175.3, 60], ['1.1.2025 –', 249.2, 42]],
      [685.5, ['31.12.2025', 175.3, 45]],
      [673.5, ['0155 Oslo', 72, 40], ['Kundenr.', 175.3, 38], ['771 204', 249.2, 32]],
    ]);
    expect(out.find((l) => l.cells.includes('Avtaleperiode'))?.cells).toEqual(['Storgata 1', 'Avtaleperiode', '1.1.2025 – 31.12.2025']);
  });
});

// A broker's overview printed by WeasyPrint from HTML, its header a table of its own over rows that lost a cell (the
// place run into the period's cell): read by position the deductible had been the sum and the premium the deductible.
describe('a header naming the figures and most columns, over rows one cell short', () => {
  it('names the table\'s columns', () => {
    expect(headerNamed(['Forsikring', 'Selskap', 'Polisenr.', 'Periode', 'Forsikringssted / omfang', 'Sum', 'Egenandel', 'Premie'])).toBe(true);
    expect(headerNamed(['Produkt', 'Forsikringssum', 'Egenandel', 'Pris per år'])).toBe(true);
    // (a line of fields, a heading of words: no header)
    expect(headerNamed(['Dato', 'Avtalenummer', 'Kundenummer', 'Side'])).toBe(false);
    expect(headerNamed(['Selskap', 'Polisenr.', 'Periode', 'Premie'])).toBe(false);
  });

});
