import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';

/** Items as read from a PDF: baseline, then each item's text, x and width (font size 9). */
type Rows = [number, ...[string, number, number][]][];
const asRead = (rows: Rows): PageText => ({ height: 842, items: rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size: 9 }))) });
const cells = (rows: Rows) => layoutPages([asRead(rows)]).lines.map((l) => l.cells);

describe('a header cell set as close to the next as the padding lets it', () => {
  it('LibreOffice\'s bold «Forsikring» 4 points from «Omfang», over three rows that start a cell there', () => {
    // a tab-separated motor table printed with LibreOffice Writer (items as pdf.js reads them):
    // the header's first word is its column's widest text, the rows' «Motorvogn» 5,7 points from
    // «41 kjøretøy etter kjøretøyliste» — the header was one cell «Forsikring Omfang», every row
    // then off its columns and none read
    const out = cells([
      [646.1, ['Forsikring', 64, 44], ['Omfang', 112.2, 34], ['Egenandel', 258.5, 45.5], ['Premie', 312.5, 30]],
      [632.7, ['Motorvogn', 64, 42.5], ['41 kjøretøy etter kjøretøyliste', 112.2, 116.4], ['8 000', 281.5, 22.5], ['214 600', 310, 32.5]],
      [619.3, ['Tilhenger', 64, 37.5], ['12 tilhengere etter kjøretøyliste', 112.2, 123.5], ['4 000', 281.5, 22.5], ['18 300', 315, 27.5]],
      [605.9, ['Ansvar', 64, 28], ['Lovbestemt ansvar for alle kjøretøy', 112.2, 140.5], ['4 000', 281.5, 22.5], ['9 760', 320, 22.5]],
    ]);
    expect(out).toEqual([
      ['Forsikring', 'Omfang', 'Egenandel', 'Premie'],
      ['Motorvogn', '41 kjøretøy etter kjøretøyliste', '8 000', '214 600'],
      ['Tilhenger', '12 tilhengere etter kjøretøyliste', '4 000', '18 300'],
      ['Ansvar', 'Lovbestemt ansvar for alle kjøretøy', '4 000', '9 760'],
    ]);
  });

  it('words set apart by an ordinary space (2,5 points) where the rows start that cell stay one cell', () => {
    const out = cells([
      [646.1, ['Forsikring', 64, 45.7], ['gjelder', 112.2, 30], ['Egenandel', 258.5, 45.5], ['Premie', 312.5, 30]],
      [632.7, ['Motorvogn', 64, 42.5], ['41 kjøretøy etter kjøretøyliste', 112.2, 116.4], ['8 000', 281.5, 22.5], ['214 600', 310, 32.5]],
      [619.3, ['Tilhenger', 64, 37.5], ['12 tilhengere etter kjøretøyliste', 112.2, 123.5], ['4 000', 281.5, 22.5], ['18 300', 315, 27.5]],
      [605.9, ['Ansvar', 64, 28], ['Lovbestemt ansvar for alle kjøretøy', 112.2, 140.5], ['4 000', 281.5, 22.5], ['9 760', 320, 22.5]],
    ]);
    expect(out[0]![0]).toBe('Forsikring gjelder');
  });
});

describe('a header row whose right-aligned names stand as close to the next as the padding lets them', () => {
  it('LibreOffice\'s «Forsikringssum» 3 points from «Egenandel», «Pris per år» set right over the last column', () => {
    // a pet insurance's schedule (items as pdf.js reads them): the header's three names were one
    // cell over three amount columns, and no row was read
    const out = cells([
      [591, ['Dekninger', 64, 45], ['Forsikringssum', 170, 67.5], ['Egenandel', 240.5, 45.5], ['Pris per år', 291, 44.5]],
      [577.6, ['Veterinærutgifter', 64, 71], ['40 000', 210, 27.5], ['2 500', 240.5, 22.5], ['6 310', 313, 22.5]],
      [564.2, ['Livsforsikring', 64, 52.5], ['25 000', 210, 27.5], ['-', 240.5, 3], ['1 840', 313, 22.5]],
      [550.8, ['Ansvarsforsikring', 64, 70], ['2 000 000', 197.5, 40], ['1 000', 240.5, 22.5], ['310', 320.5, 15]],
    ]);
    expect(out[0]).toEqual(['Dekninger', 'Forsikringssum', 'Egenandel', 'Pris per år']);
    expect(out[1]).toEqual(['Veterinærutgifter', '40 000', '2 500', '6 310']);
  });
});

describe('a header row whose figure columns\' names end with their unit («Forsikringssum kr»)', () => {
  // 104/klp-kommune-forsikringsoversikt (groff, 10 points): the first row set at the header's pitch, 12 points under it —
  // «Pris kr» over «211 400» read as a currency before its figure, header and row one line
  it('is a row of its own over the first row', () => {
    const rows: Rows = [
      [351.5, ['Forsikra objekt', 72.0, 60.7], ['Forsikringssum kr', 147.7, 72.9], ['Eigenandel kr', 235.6, 55.8], ['Pris kr', 306.4, 26.4]],
      [339.5, ['Vestvik rådhus', 72.0, 59.2], ['148 000 000', 147.7, 50.0], ['50 000', 235.6, 27.5], ['211 400', 306.4, 32.5]],
      [317.9, ['Storegata 2, 6893 Vestvik', 72.0, 102.6]],
      [280.7, ['Vestvik skule', 72.0, 53.6], ['212 500 000', 140.6, 50.0], ['50 000', 205.6, 27.5], ['318 750', 248.1, 32.5]],
    ];
    const out = layoutPages([{ height: 842, items: rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size: 10 }))) }]).lines.map((l) => l.cells);
    expect(out[0]).toEqual(['Forsikra objekt', 'Forsikringssum kr', 'Eigenandel kr', 'Pris kr']);
    expect(out[1]).toEqual(['Vestvik rådhus', '148 000 000', '50 000', '211 400']);
  });
});
