import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';

/** Items as read from a PDF: baseline, then each item's text, x and width (font size 10). */
type Rows = [number, ...[string, number, number][]][];
const asRead = (rows: Rows): PageText => ({ height: 842, width: 595, items: rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size: 10 }))) });
const cells = (rows: Rows) => layoutPages([asRead(rows)]).lines.map((l) => l.cells);

// a Codan e-mail's policy overview as text, printed by LibreOffice (items as pdf.js reads them)
const MAIL: Rows = [
  [567.9, ['Polisenummer:', 56.8, 60.4], ['65-4402871', 142.2, 48.4]],
  [556.4, ['Forsikringstaker:', 56.8, 68.2], ['Lene Åsen', 140, 43.1]],
  [533.3, ['Betaling:', 56.8, 36.6], ['Kvartalsvis', 128.4, 45.5]],
  [510.2, ['INNBO SUPER', 56.8, 65.2]],
  [498.6, ['Forsikringssted:', 56.8, 64.3], ['Fyrstikkalléen 21, H0304, 0661 Oslo', 138.6, 148.2]],
  [487.1, ['Boligtype:', 56.8, 42.1], ['Leilighet i borettslag, 3. etasje', 131.5, 120.9]],
  [475.5, ['Forsikringssum ..................... kr 750 000,-', 56.8, 168.8]],
  [452.4, ['Årspremie .......................... kr 2 988,-', 56.8, 151.3]],
  [348.5, ['Totalt per år ...................... kr 3 528,-', 56.8, 148.5]],
  [336.9, ['----------------------------------------------------------------', 56.8, 213.1]],
  [313.8, ['Forsikringen fornyes 15.02.2026. Du får varsel om ny pris og eventuelle', 56.8, 289.5]],
];

describe('a label and a rule are lines of their own', () => {
  it('«Forsikringssted:» with its value under a heading alone on its line («INNBO SUPER») is the next field, not the heading\'s rest', () => {
    // (joined, the heading read «INNBO SUPER Forsikringssted:», and the product was lost)
    const out = cells(MAIL);
    expect(out).toContainEqual(['INNBO SUPER']);
    expect(out).toContainEqual(['Forsikringssted:', 'Fyrstikkalléen 21, H0304, 0661 Oslo']);
  });

  it('a rule of dashes under a total is a separator, never the total\'s wrapped rest', () => {
    const out = cells(MAIL);
    expect(out.some((c) => c.join(' ').includes('kr 3 528,- ---'))).toBe(false);
  });

  it('a label under a cell with an open end («Adresse for») goes on with it', () => {
    const out = cells([
      [510.2, ['Adresse for', 56.8, 50]],
      [498.6, ['Forsikringssted:', 56.8, 64.3], ['Fyrstikkalléen 21', 138.6, 80]],
    ]);
    expect(out[0]![0]).toBe('Adresse for Forsikringssted:');
  });
});
