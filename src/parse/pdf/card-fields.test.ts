import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';

/** Items as read from a PDF: baseline, then each item's text, x and width (font size 9). */
type Rows = [number, ...[string, number, number][]][];
const asRead = (rows: Rows): PageText => ({
  height: 842,
  items: rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size: 9 }))),
});
const lines = (rows: Rows) => layoutPages([asRead(rows)]).lines.map((l) => l.cells.filter((c) => c !== ''));

// A «Min side» page's card printed by LibreOffice from its text in a proportional font (unseen
// 137/frende-min-side-forsikringsoversikt, lo and wp): each field one item, the label and its value
// a space apart where the text had them in two columns —
//
//   Båtforsikring
//   Askeladden 18, reg.nr. ABC 123
//   Dekning             Pluss
//   Avtalenummer        5512 0031
//   Egenandel           5 000 kr
//   Pris                3 410 kr/år
//
// read as one cell, «Dekning Pluss» named no cover level and the card's price was not read.
describe('a web page card\'s fields one space apart', () => {
  it('three field lines in a row or more: label and value two cells', () => {
    expect(lines([
      [700, ['Båtforsikring', 64, 56]],
      [686.6, ['Askeladden 18, reg.nr. ABC 123', 64, 120]],
      [673.3, ['Dekning Pluss', 64, 58]],
      [659.9, ['Avtalenummer 5512 0031', 64, 101]],
      [646.6, ['Egenandel 5 000 kr', 64, 78]],
      [633.2, ['Pris 3 410 kr/år', 64, 61]],
    ])).toEqual([
      ['Båtforsikring'],
      ['Askeladden 18, reg.nr. ABC 123'],
      ['Dekning', 'Pluss'],
      ['Avtalenummer', '5512 0031'],
      ['Egenandel', '5 000 kr'],
      ['Pris', '3 410 kr/år'],
    ]);
  });
  it('one field line alone, or a label whose rest is in lower case, stays one cell', () => {
    expect(lines([
      [700, ['Dekning Pluss', 64, 58]],
      [660, ['Egenandel kasko 6 000 kr', 64, 100]],
      [646.6, ['Sum årspremie 57 316', 64, 90]],
      [633.2, ['Pris 3 410 kr/år', 64, 61]],
    ])).toEqual([['Dekning Pluss'], ['Egenandel kasko 6 000 kr'], ['Sum årspremie 57 316'], ['Pris 3 410 kr/år']]);
  });
});
