import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';

/** Items as read from a PDF: baseline, then each item's text, x and width (font size 9). */
type Rows = [number, ...[string, number, number][]][];
const asRead = (rows: Rows): PageText => ({ height: 842, items: rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size: 9 }))) });
const cells = (rows: Rows) => layoutPages([asRead(rows)]).lines.map((l) => l.cells);

const HEADER: Rows[number] = [630.8, ['Forsikring', 64, 44], ['Adresse', 224.9, 35.5], ['Forsikringssum', 397.1, 67.5], ['Egenandel', 468.1, 45.5], ['Pris', 520.3, 17]];

describe('an amount broken at its thousands space in a narrow column', () => {
  it('LibreOffice squeezes «Pris» and breaks «9 840» as «9» over «840»: the row keeps the whole price', () => {
    // a tab-separated table with long products and addresses, printed with LibreOffice Writer
    // (items as pdf.js reads them): «Villa Pluss med hageanlegg, …   4 800 000   10 000   9» over «… 840»
    const out = cells([
      HEADER,
      [617.4, ['Villa Pluss med hageanlegg,', 64, 113.6], ['Granlia 14, 1410 Kolbotn', 224.9, 99.6], ['4 800 000', 424.6, 40], ['10 000', 486.1, 27.5], ['9', 532.3, 5]],
      [607.1, ['svømmebasseng og utvidet rørdekning', 64, 150], ['840', 522.2, 15]],
      [593.8, ['Garasje', 64, 31.5], ['Granlia 14B', 224.9, 47.5], ['450 000', 432.1, 32.5], ['10 000', 486.1, 27.5], ['1', 532.3, 5]],
      [583.5, ['180', 522.2, 15]],
      [570.2, ['Innbo', 64, 23], ['Skogveien 8, leilighet H0203, 1410', 224.9, 139.1], ['1 200 000', 424.6, 40], ['4 000', 491.1, 22.5], ['3', 532.3, 5]],
      [559.9, ['Kolbotn', 224.9, 30.5], ['120', 522.2, 15]],
    ]);
    expect(out).toEqual([
      ['Forsikring', 'Adresse', 'Forsikringssum', 'Egenandel', 'Pris'],
      ['Villa Pluss med hageanlegg, svømmebasseng og utvidet rørdekning', 'Granlia 14, 1410 Kolbotn', '4 800 000', '10 000', '9 840'],
      ['Garasje', 'Granlia 14B', '450 000', '10 000', '1 180'],
      ['Innbo', 'Skogveien 8, leilighet H0203, 1410 Kolbotn', '1 200 000', '4 000', '3 120'],
    ]);
  });

  it('a column wide enough for the whole number broke nothing: «9» over «840» stay two values', () => {
    const out = cells([
      [630.8, ['Forsikring', 64, 44], ['Antall', 224.9, 27], ['Forsikringssum', 480.1, 67.5]],
      [617.4, ['Yrkesskade', 64, 45], ['9', 246.9, 5], ['4 800 000', 507.6, 40]],
      [607.1, ['ansatte og vikarer', 64, 75], ['840', 236.9, 15]],
    ]);
    expect(out.flat()).not.toContain('9 840');
  });

  it('the line under that starts a row of its own (a capital in the first column) is no rest', () => {
    const out = cells([
      HEADER,
      [617.4, ['Villa', 64, 20], ['Granlia 14, 1410 Kolbotn', 224.9, 99.6], ['4 800 000', 424.6, 40], ['10 000', 486.1, 27.5], ['9', 532.3, 5]],
      [607.1, ['Garasje', 64, 31.5], ['840', 522.2, 15]],
    ]);
    expect(out.flat()).not.toContain('9 840');
  });
});
