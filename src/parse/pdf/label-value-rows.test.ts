import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';

/** Items as read from a PDF: baseline, then each item's text, x and width (font size 9). */
type Rows = [number, ...[string, number, number][]][];
const asRead = (rows: Rows): PageText => ({
  height: 842,
  items: rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size: 9 }))),
});
const lines = (rows: Rows) => layoutPages([asRead(rows)]).lines;

// A building's fields as a LibreOffice table of label and value, no rules, the values right-aligned
// (unseen 84/frende-borettslag-forsikringsbevis, «Byggeår   1974» over «Forsikringsform   Fullverdi»,
// «Premiegrunnlag   NOK 6 400 000,-» over «Egenandel   NOK 10 000,-»):
//
//   Forsikringssted    Solslettveien 10 4020 Stavanger
//   Byggeår                                      1974
//   Forsikringsform                         Fullverdi
//   Premiegrunnlag                    NOK 6 400 000,-
//   Egenandel                            NOK 10 000,-
//   Årspremie                             NOK 5 760,-
//
// A year alone is no postcode whose place goes on under it, and an amount's «,-» is no open end:
// each line is a row of its own — joined, «NOK 6 400 000,- NOK 10 000,- NOK 5 760,-» was one cell.
describe('a table of labels and values at the line pitch', () => {
  it('a year alone and an amount ending «,-» end their rows', () => {
    const out = lines([
      [398.9, ['Forsikringssted', 64, 67.5], ['Solslettveien 10 4020 Stavanger', 137.9, 136.5]],
      [385.6, ['Bygningstype', 64, 54], ['Garasjeanlegg, 52 plasser', 169.4, 105.1]],
      [372.2, ['Byggeår', 64, 33.5], ['1974', 254.5, 20]],
      [358.9, ['Forsikringsform', 64, 62], ['Fullverdi', 240.5, 34]],
      [345.5, ['Premiegrunnlag', 64, 63.5], ['NOK 6 400 000,-', 207, 67.5]],
      [332.2, ['Egenandel', 64, 43], ['NOK 10 000,-', 219.5, 55]],
      [318.8, ['Årspremie', 64, 41], ['NOK 5 760,-', 224.5, 50]],
    ]);
    expect(out.map((l) => l.cells.filter((c) => c !== ''))).toEqual([
      ['Forsikringssted', 'Solslettveien 10 4020 Stavanger'],
      ['Bygningstype', 'Garasjeanlegg, 52 plasser'],
      ['Byggeår', '1974'],
      ['Forsikringsform', 'Fullverdi'],
      ['Premiegrunnlag', 'NOK 6 400 000,-'],
      ['Egenandel', 'NOK 10 000,-'],
      ['Årspremie', 'NOK 5 760,-'],
    ]);
  });
});

// 104/protector-bilflate (LibreOffice, 9 points, at the line pitch): a vehicle's card of labels and values, each label
// with its colon — «Forsikringssum:», «Egenandel:», «Årspremie:» were joined into one cell beside their three values
describe('a card of labels, each with its colon, at the line pitch', () => {
  it('a label under a label is the next field', () => {
    const out = lines([
      [518.6, ['Produkt:', 64, 37.0], ['Næringsbil', 132.5, 47.0]],
      [505.2, ['Kjøretøy:', 64, 36.5], ['Scania R 450, ZT 51832', 132.5, 97.6]],
      [491.9, ['Årsmodell:', 64, 42.5], ['2021', 132.5, 20.0]],
      [478.5, ['Dekning:', 64, 35.5], ['Kasko', 132.5, 25.0]],
      [465.2, ['Forsikringssum:', 64, 63.5], ['Avtalt verdi kr 1 850 000', 132.5, 97.1]],
      [451.8, ['Egenandel:', 64, 45.5], ['kr 20 000', 132.5, 37.5]],
      [438.5, ['Årspremie:', 64, 43.5], ['kr 38 410', 132.5, 37.5]],
    ]);
    expect(out.map((l) => l.cells.filter((c) => c !== '')).slice(4)).toEqual([
      ['Forsikringssum:', 'Avtalt verdi kr 1 850 000'],
      ['Egenandel:', 'kr 20 000'],
      ['Årspremie:', 'kr 38 410'],
    ]);
  });
});

// 119/frende-forsikringsbevis-baat-nynorsk (groff, 10 points, at the line pitch): a boat's field whose value has a fact of the boat
// by its label set in under it — «Forsikra fartøy:  Askeladden C65 Cruiser, 2019» over «Båthamn: Leirvik småbåthamn,» over «plass B-14»
describe('a labelled field set in under a field\'s value', () => {
  const rows = (above: string): Rows => [
    [557.5, ['Forsikra fartøy:', 72, 68.9], [above, 155.9, 151.2]],
    [545.5, ['Båthamn: Leirvik småbåthamn,', 155.9, 151.2]],
    [533.5, ['plass B-14', 155.9, 43.6]],
    [521.5, ['Motor:', 72, 28], ['Yamaha F150 XB, 150 hk', 155.9, 100]],
  ];
  it('under a finished value, is a field of its own (its wrapped rest with it)', () => {
    expect(lines(rows('Askeladden C65 Cruiser, 2019')).map((l) => l.cells.filter((c) => c !== ''))).toEqual([
      ['Forsikra fartøy:', 'Askeladden C65 Cruiser, 2019'],
      ['Båthamn: Leirvik småbåthamn, plass B-14'],
      ['Motor:', 'Yamaha F150 XB, 150 hk'],
    ]);
  });
  it('under a value that ends open (a comma), goes on with it', () => {
    expect(lines(rows('Askeladden C65 Cruiser,')).map((l) => l.cells.filter((c) => c !== ''))[0]).toEqual([
      'Forsikra fartøy:',
      'Askeladden C65 Cruiser, Båthamn: Leirvik småbåthamn, plass B-14',
    ]);
  });
});

// A header's fields with colons stacked beside the recipient's town, which LibreOffice (and a web page) set as one table
// row: the labels flowed into one cell and wrapped, the values into the next, the narrow address cell wrapped too
// (LibreOffice, 9 points, 10,4 points between the wrapped lines):
//
//   9990 Båtsfjord     Dato:             14.12.2026
//                      Avtaleperiode:    01.01.2027 - 31.12.2027
//                      Kundenummer:      100 233 871
//                      Avtalenummer:     4010 55213
//
// A label under a line that holds a run of labels and had no room for it is the run's rest: the lines are one row —
// read as two, the last label stood beside the values' last line («Avtalenummer: 233 871 4010 55213»).
describe('a row whose cell of labels was flowed and wrapped', () => {
  it('is one row, each cell joined with its rest', () => {
    const out = lines([
      [712.8, ['Industrivegen 8', 62.5, 68.3]],
      [696.2, ['9990', 64, 20], ['Dato: Avtaleperiode: Kundenummer:', 108.9, 145.6], ['14.12.2026 01.01.2027 - 31.12.2027 100 233 871 4010', 303.9, 220.8]],
      [685.8, ['Båtsfjord', 64, 35.5], ['Avtalenummer:', 108.9, 60.5], ['55213', 303.9, 25]],
      [657.0, ['FORSIKRINGSBEVIS', 62.5, 98.2]],
    ]);
    expect(out.map((l) => l.cells.filter((c) => c !== ''))).toEqual([
      ['Industrivegen 8'],
      ['9990 Båtsfjord', 'Dato: Avtaleperiode: Kundenummer: Avtalenummer:', '14.12.2026 01.01.2027 - 31.12.2027 100 233 871 4010 55213'],
      ['FORSIKRINGSBEVIS'],
    ]);
  });
  it('a label under one label is the next field («Dato:» over «Avtaleperiode:»)', () => {
    const out = lines([
      [696.2, ['Dato:', 64, 22], ['14.12.2026', 143, 45]],
      [682.8, ['Avtaleperiode:', 64, 58], ['01.01.2027 - 31.12.2027', 143, 98]],
    ]);
    expect(out.map((l) => l.cells.filter((c) => c !== ''))).toEqual([
      ['Dato:', '14.12.2026'],
      ['Avtaleperiode:', '01.01.2027 - 31.12.2027'],
    ]);
  });
});
