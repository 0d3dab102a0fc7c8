import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';

/** Items as read from a PDF: baseline, then each item's text, x and width (font size 9). */
type Rows = [number, ...[string, number, number][]][];
const asRead = (rows: Rows): PageText => ({
  height: 842,
  items: rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size: 9 }))),
});
const cells = (rows: Rows) => layoutPages([asRead(rows)]).lines.map((l) => l.cells.filter((c) => c !== ''));

// 120/aon-megleroversikt-forsikringsprogram (LibreOffice, 9 points): a broker's header set tight, its last five names each an
// item of its own but no wider apart than a space — «Forsikringssted Forsikringssum Egenandel Indeks Premie» read as one cell
// crossed its own rows' columns, and the whole table was lost
describe('a header of several column names set a space apart, over rows whose cells stand apart', () => {
  const header: Rows[number] = [534.5, ['Forsikring', 64, 44], ['Dekning', 123.5, 35.5], ['Forsikringssted', 302, 67.5], ['Forsikringssum', 375, 67.5], ['Egenandel', 447, 45.5], ['Indeks', 495.5, 28.5], ['Premie', 529.8, 30]];
  it('is one cell per name', () => {
    const out = cells([
      header,
      [521.1, ['Eiendom', 64, 35.5], ['Bygning', 123.5, 32.5], ['Havnevegen 6, 6600 Sunndalsøra', 302, 60.5], ['MNOK 64,0', 375, 47], ['100 000', 460, 32.5], ['Ja', 495.5, 9.5], ['88 400', 532.2, 27.5]],
      [507.7, ['Ansvar', 64, 30], ['Bedriftsansvar', 123.5, 60], ['Konsernet', 302, 40], ['MNOK 50', 375, 37], ['50 000', 464.5, 28], ['Nei', 495.5, 15], ['61 700', 532.2, 27.5]],
    ]);
    expect(out[0]).toEqual(['Forsikring', 'Dekning', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Indeks', 'Premie']);
    expect(out[1]).toEqual(['Eiendom', 'Bygning', 'Havnevegen 6, 6600 Sunndalsøra', 'MNOK 64,0', '100 000', 'Ja', '88 400']);
  });
  it('over rows with more cells there than the header names, stays as it is', () => {
    const out = cells([
      header,
      [521.1, ['Eiendom', 64, 35.5], ['Bygning', 123.5, 32.5], ['Havnevegen 6', 302, 50], ['MNOK 64,0', 375, 25], ['Fullverdi', 420, 30], ['100 000', 470, 22], ['Ja', 506, 9.5], ['88 400', 532.2, 27.5]],
    ]);
    expect(out[0]).toContain('Forsikringssted Forsikringssum Egenandel Indeks Premie');
  });
});

// 120/klp-forsikringsavtale-kommune (LibreOffice): «Forsikringssum Egenandel» one cell over amounts set flush right, two a cell
// («184 500 000 50 000», «Førsterisiko 1 500 000 50 000») — each splits one way only, so the header and every row are split
describe('two column names over right-aligned cells of two amounts', () => {
  it('splits the header and the rows, a first-risk sum with its word', () => {
    const out = cells([
      [713, ['Dekning', 64, 35.5], ['Forsikringssted', 143.7, 67.5], ['Forsikringssum Egenandel', 348.7, 119.4]],
      [699.6, ['Bygning', 64, 32.5], ['Tonstad skole, Skolevegen 4, 4440 Tonstad', 143.7, 175.6], ['184 500 000 50 000', 390.2, 78.1]],
      [686.2, ['Bygning', 64, 32.5], ['Kårbolig Fidjeland, 4440 Tonstad', 143.7, 140], ['Førsterisiko 1 500 000 50 000', 348.7, 119.6]],
    ]);
    expect(out).toEqual([
      ['Dekning', 'Forsikringssted', 'Forsikringssum', 'Egenandel'],
      ['Bygning', 'Tonstad skole, Skolevegen 4, 4440 Tonstad', '184 500 000', '50 000'],
      ['Bygning', 'Kårbolig Fidjeland, 4440 Tonstad', 'Førsterisiko 1 500 000', '50 000'],
    ]);
  });
});
