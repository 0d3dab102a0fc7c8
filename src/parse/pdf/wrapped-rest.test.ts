import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';

/** Items as read from a PDF: baseline, then each item's text, x and width (font size 10 unless given). */
type Rows = [number, ...[string, number, number, number?][]][];
const asRead = (rows: Rows): PageText => ({
  height: 842,
  items: rows.flatMap(([y, ...its]) => its.map(([str, x, width, size]): TextItem => ({ str, x, y, width, size: size ?? 10 }))),
});
const lines = (rows: Rows) => layoutPages([asRead(rows)]).lines;

// A schedule typed with runs of spaces, its second row's name wrapped onto a line of its own:
//
//   Produkt                          Forsikringssum   Egenandel   Pris per år
//   Næringsbygg                          18 600 000      15 000        24 310
//   Driftstilbehør og maskiner i         3 400 000      15 000         6 720
//     bakeriet
//   Varer                                   900 000      15 000         1 480
//
// LibreOffice and groff set the rows after the wrapped one as a table of their own, its columns
// fitted to its cells; read by position under the header, «900 000» was Varer's deductible column's.
describe('rows set as a table of their own under a wrapped row', () => {
  it('groff: the rows after the name\'s rest are read under the header\'s columns', () => {
    // (a column the header names not, «ny» on the rows above: the rows below have no cell there)
    const out = lines([
      [683.1, ['Produkt', 72, 35.4], ['Forsikringssum', 177.7, 67], ['Egenandel', 259.7, 45], ['Pris per år', 319.7, 46.1]],
      [669.1, ['Næringsbygg', 72, 53.9], ['ny', 152.7, 10], ['18 600 000', 199.7, 45], ['15 000', 277.2, 27.5], ['24 310', 338.3, 27.5]],
      [657.1, ['Driftstilbehør og', 72, 66.9], ['ny', 152.7, 10], ['3 400 000', 204.7, 40], ['15 000', 277.2, 27.5], ['6 720', 343.3, 22.5]],
      [645.1, ['maskiner i', 72, 41.9]],
      [623.5, ['bakeriet', 72, 32.1]],
      [599.9, ['Varer', 77, 21.6], ['900 000', 155.4, 32.5], ['15 000', 202.9, 27.5], ['1 480', 245.4, 22.5]],
      [585.9, ['Driftsavbrudd', 77, 55.9], ['7 500 000', 147.9, 40], ['15 000', 202.9, 27.5], ['3 950', 245.4, 22.5]],
    ]);
    const rows = out.filter((l) => l.cells[0] === 'Varer' || l.cells[0] === 'Driftsavbrudd');
    expect(rows.map((l) => l.cells)).toEqual([
      ['Varer', '', '900 000', '15 000', '1 480'],
      ['Driftsavbrudd', '', '7 500 000', '15 000', '3 950'],
    ]);
    expect(rows.some((l) => l.offColumns)).toBe(false);
  });

  it('groff: with as many columns as the header, the rows are read as they stand', () => {
    // (groff stretched «Driftstilbehør og» to its text block's width: «og» is the name's — see below)
    const out = lines([
      [683.1, ['Produkt', 72, 35.4], ['Forsikringssum', 177.7, 67], ['Egenandel', 259.7, 45], ['Pris per år', 319.7, 46.1]],
      [669.1, ['Næringsbygg', 72, 53.9], ['18 600 000', 199.7, 45], ['15 000', 277.2, 27.5], ['24 310', 338.3, 27.5]],
      [657.1, ['Driftstilbehør', 72, 54.4], ['og', 152.7, 10], ['3 400 000', 204.7, 40], ['15 000', 277.2, 27.5], ['6 720', 343.3, 22.5]],
      [645.1, ['maskiner i', 72, 41.9]],
      [623.5, ['bakeriet', 72, 32.1]],
      [599.9, ['Varer', 77, 21.6], ['900 000', 155.4, 32.5], ['15 000', 202.9, 27.5], ['1 480', 245.4, 22.5]],
      [585.9, ['Driftsavbrudd', 77, 55.9], ['7 500 000', 147.9, 40], ['15 000', 202.9, 27.5], ['3 950', 245.4, 22.5]],
    ]);
    expect(out.slice(2).map((l) => l.cells)).toEqual([
      ['Driftstilbehør og maskiner i', '3 400 000', '15 000', '6 720'],
      ['bakeriet'],
      ['Varer', '900 000', '15 000', '1 480'],
      ['Driftsavbrudd', '7 500 000', '15 000', '3 950'],
    ]);
  });

  it('LibreOffice: a row whose name and sum ran into one cell is split at the sum — its figures after it are cells', () => {
    // («Driftsavbrudd» ends 7,5 points from «7 500 000»: the narrow table's cell padding, less than a cell gap; before
    // lines.ts splitFirstFigure the row was one cell short, off the header's columns and not read)
    const out = lines([
      [700.4, ['Produkt', 64, 34, 9], ['Forsikringssum', 177.7, 67.5, 9], ['Egenandel', 248.7, 45.5, 9], ['Pris per år', 298.7, 44.5, 9]],
      [687.0, ['Næringsbygg', 64, 53.5, 9], ['18 600 000', 200.2, 45, 9], ['15 000', 266.7, 27.5, 9], ['24 310', 315.7, 27.5, 9]],
      [673.7, ['Driftstilbehør og maskiner i', 64, 107, 9], ['3 400 000', 205.2, 40, 9], ['15 000', 266.7, 27.5, 9], ['6 720', 320.7, 22.5, 9]],
      [660.9, ['bakeriet', 62.5, 35.5]],
      [644.3, ['Varer', 64, 22, 9], ['900 000', 132.5, 32.5, 9], ['15 000', 170, 27.5, 9], ['1 480', 202.2, 22.5, 9]],
      [630.9, ['Driftsavbrudd', 64, 53.5, 9], ['7 500 000', 125, 40, 9], ['15 000', 170, 27.5, 9], ['3 950', 202.2, 22.5, 9]],
    ]);
    const rows = out.filter((l) => /^(?:Varer|Driftsavbrudd)/.test(l.cells[0]!));
    expect(rows.map((l) => l.cells)).toEqual([
      ['Varer', '900 000', '15 000', '1 480'],
      ['Driftsavbrudd', '7 500 000', '15 000', '3 950'],
    ]);
  });

  it('a heading between two tables is no name\'s rest: the table under it keeps its own columns', () => {
    const out = lines([
      [683.1, ['Produkt', 72, 35.4], ['Forsikringssum', 177.7, 67], ['Egenandel', 259.7, 45], ['Pris per år', 319.7, 46.1]],
      [669.1, ['Næringsbygg', 72, 53.9], ['18 600 000', 199.7, 45], ['15 000', 277.2, 27.5], ['24 310', 338.3, 27.5]],
      [657.1, ['Driftstilbehør', 72, 54.4], ['og', 152.7, 10], ['3 400 000', 204.7, 40], ['15 000', 277.2, 27.5], ['6 720', 343.3, 22.5]],
      [645.1, ['maskiner', 72, 41.9]],
      [623.5, ['Tilleggsdekninger', 72, 80]],
      [599.9, ['Varer', 77, 21.6], ['900 000', 155.4, 32.5], ['15 000', 202.9, 27.5], ['1 480', 245.4, 22.5]],
      [585.9, ['Driftsavbrudd', 77, 55.9], ['7 500 000', 147.9, 40], ['15 000', 202.9, 27.5], ['3 950', 245.4, 22.5]],
    ]);
    expect(out.find((l) => l.cells[0] === 'Varer')?.cells).toEqual(['Varer', '900 000', '15 000', '1 480']);
  });
});

describe('a word groff set off by adjusting a wrapped name cell', () => {
  it('«og» at the text block\'s right edge, in a column the header names not, is the name\'s', () => {
    const out = lines([
      [683.1, ['Produkt', 72, 35.4], ['Forsikringssum', 177.7, 67], ['Egenandel', 259.7, 45], ['Pris per år', 319.7, 46.1]],
      [669.1, ['Næringsbygg', 72, 53.9], ['18 600 000', 199.7, 45], ['15 000', 277.2, 27.5], ['24 310', 338.3, 27.5]],
      [657.1, ['Driftstilbehør', 72, 54.4], ['og', 152.7, 10], ['3 400 000', 204.7, 40], ['15 000', 277.2, 27.5], ['6 720', 343.3, 22.5]],
      [645.1, ['maskiner i', 72, 41.9]],
    ]);
    expect(out.map((l) => l.cells)).toEqual([
      ['Produkt', 'Forsikringssum', 'Egenandel', 'Pris per år'],
      ['Næringsbygg', '18 600 000', '15 000', '24 310'],
      ['Driftstilbehør og maskiner i', '3 400 000', '15 000', '6 720'],
    ]);
  });
});

// groff's tbl sets a wrapped first column as a justified text block: «Strandvegen» … «21,»
// stretched to the block's edge over «9008 Tromsø», the next column's «Kontorbygg» 15 points on
// — as far as the stretched space. Every row's second cell starts at the header's x and ends where
// its own text does; a stretched word ends at the block's edge.
describe('a column whose cells each look like a stretched word of the wrapped cell before them', () => {
  it('groff: a place wrapped in every row, the product beside it, stays two cells', () => {
    const out = lines([
      [519.5, ['Forsikringssted', 72, 66.4], ['Forsikring', 153.4, 45.3], ['Forsikringssum', 240, 67], ['Pris per år', 330, 46.1]],
      [505.5, ['Strandvegen', 72, 49.5], ['21,', 125.9, 12.5], ['Kontorbygg', 153.4, 50], ['31 200 000', 262, 45], ['42 120', 348.6, 27.5]],
      [493.5, ['9008 Tromsø', 72, 50.3]],
      [481.5, ['Strandvegen', 72, 49.5], ['21,', 125.9, 12.5], ['Inventar', 153.4, 36.7], ['1 800 000', 267, 40], ['3 210', 353.6, 22.5]],
      [469.5, ['9008 Tromsø', 72, 50.3]],
      [457.5, ['Havnegata', 72, 42.2], ['5,', 130.9, 7.5], ['Lagerbygg', 153.4, 42.2], ['8 900 000', 267, 40], ['11 450', 348.6, 27.5]],
      [445.5, ['9008 Tromsø', 72, 50.3]],
    ]);
    expect(out.map((l) => l.cells)).toEqual([
      ['Forsikringssted', 'Forsikring', 'Forsikringssum', 'Pris per år'],
      ['Strandvegen 21, 9008 Tromsø', 'Kontorbygg', '31 200 000', '42 120'],
      ['Strandvegen 21, 9008 Tromsø', 'Inventar', '1 800 000', '3 210'],
      ['Havnegata 5, 9008 Tromsø', 'Lagerbygg', '8 900 000', '11 450'],
    ]);
  });
});

// A person-insurance schedule in sections: the product in capitals with its premium, its items
// under it with their G sums, all at one pitch — groff set the first item right under the product
// («FRITIDSULYKKE | 38 440» over «Medisinsk invaliditet | 15 G»), where the room test fails in a
// narrow first column and the item had been joined to the product's name.
describe('a name in mixed case under a product in capitals', () => {
  it('is the next row, not the rest of the product\'s name', () => {
    const out = lines([
      [496.7, ['Dekning', 77, 34.4], ['Forsikringssum', 126.4, 62.1], ['Årspremie', 203.5, 42.2]],
      [469.1, ['FRITIDSULYKKE', 72, 77.9], ['21 760', 205.8, 27.5]],
      [457.1, ['Medisinsk invaliditet', 72, 84.1], ['10 G', 171.1, 19.7]],
      [445.1, ['Dødsfall', 72, 34.3], ['3 G', 176.1, 14.7]],
      [410.7, ['GRUPPELIV', 77, 54.6], ['61 296', 211.5, 27.5]],
      [396.7, ['Dødsfall', 77, 34.3], ['10 G', 176.8, 19.7]],
    ]);
    expect(out.map((l) => l.cells.filter((c) => c !== ''))).toEqual([
      ['Dekning', 'Forsikringssum', 'Årspremie'],
      ['FRITIDSULYKKE', '21 760'],
      ['Medisinsk invaliditet', '10 G'],
      ['Dødsfall', '3 G'],
      ['GRUPPELIV', '61 296'],
      ['Dødsfall', '10 G'],
    ]);
  });
});
