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

describe('an amount broken at its thousands space whose rest begins with 0', () => {
  // a web page's table printed by a browser (items as pdf.js reads them, font size 6): a row whose cells
  // wrapped — «142 800 000 Førsterisiko 25» over «000 000», «171 200 31» over «450» — with a name of
  // its first column on the second line too («Løsøre»)
  const size6 = (rows: Rows): PageText => ({ height: 595, items: rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size: 6 }))) });
  const rows: Rows = [
    [333.0, ['Forsikring', 36.7, 28.4], ['Forsikringssted', 95.5, 40.4], ['Forsikringssum', 180.3, 40.4], ['Egenandel', 265.1, 28.5], ['Årspremie', 328.2, 27.2]],
    [317.3, ['Kommunebygg', 36.7, 40.1], ['Rådhuset, Storgata 7 1771 Halden', 96.4, 91.8], ['184 500 000', 226.0, 33.2], ['100 000*', 307.6, 23.9], ['219 410', 348.1, 21.6]],
    [306.1, ['Kommunebygg', 36.7, 40.1], ['Tistedal skole, Tistedalsgata 12 1792 Tistedal', 96.4, 120.1], ['96 200 000', 226.0, 29.9], ['100 000*', 307.6, 23.9], ['118 960', 348.1, 21.1]],
    [295.0, ['Kommunebygg', 36.7, 40.1], ['Os sykehjem, Os allé 5 1777 Halden Alle', 96.4, 108.1], ['142 800 000 Førsterisiko 25', 226.0, 74.3], ['100 000* 50', 307.6, 32.2], ['171 200 31', 348.1, 29.9]],
    [287.1, ['Løsøre', 36.7, 18.9], ['kommunale lokasjoner', 96.4, 59.7], ['000 000', 226.0, 21.6], ['000*', 307.6, 12.3], ['450', 348.1, 10.0]],
    [271.4, ['Sum eiendom', 36.7, 36.8], ['541 020', 348.1, 21.6]],
  ];
  it('the line under is the row\'s rest, never a row of its own with a sum of 0 and a premium of 450', () => {
    const out = layoutPages([size6(rows)]).lines.map((l) => l.cells);
    expect(out.flat()).not.toContain('000 000');
    expect(out.flat()).not.toContain('450');
    expect(out.find((c) => c[0]!.startsWith('Kommunebygg Løsøre'))).toBeDefined();
  });
});

describe('an amount broken at its space in the table\'s last row, its rest set flush right under it', () => {
  // LibreOffice, a table of its own cells (rows set apart by space): «Innbo | Pluss | Skogstien 14, 2827 Hunndalen |
  // kr 1 500 | kr 4 000 | kr 3 468» over «000» flush right under «kr 1 500», then «Sum årspris | kr 17 868»
  // (gjensidige-forsikringsbevis-hus-innbo-2026, as pdf.js reads it)
  it('«kr 1 500» over «000» is the sum kr 1 500 000, never 1 500 and a row «000»', () => {
    const out = cells([
      [482.9, ['Garasje', 64, 31.5], ['Basis', 101, 22], ['Skogstien 14, 2827 Hunndalen', 127.5, 123.1], ['kr 420 000', 416.9, 42.5], ['kr 10', 478, 20], ['kr 1 116', 504.7, 32.5]],
      [472.5, ['000', 482.9, 15]],
      [459.1, ['Innbo', 64, 22.5], ['Pluss', 101, 22], ['Skogstien 14, 2827 Hunndalen', 127.5, 123.1], ['kr 1 500', 426.9, 32.5], ['kr 4 000', 465.4, 32.5], ['kr 3 468', 504.7, 32.5]],
      [448.8, ['000', 444.4, 15]],
      [434.7, ['Sum årspris', 64, 48], ['kr 17 868', 118.5, 37.5]],
    ]);
    // (the cells of the name columns are not what this test is about: few lines show their gaps)
    const innbo = out.find((l) => l.some((c) => c.includes('Innbo')))!;
    expect(innbo.slice(-3)).toEqual(['kr 1 500 000', 'kr 4 000', 'kr 3 468']);
    expect(out.flat()).not.toContain('000');
    expect(innbo.join(' | ')).not.toContain('Sum årspris');
  });
});

describe('a first-risk word over its amount in the sum column', () => {
  // a web page's table printed by WeasyPrint (items as pdf.js reads them, font size 8): «Innbo | Standard | Lauvlia 3, Gnr 52
  // Bnr | Førsterisiko | 8.000 | 690» over «hytte | | 4, 2640 Vinstra | 250.000» — each cell wrapped in its column
  const size8 = (rows: Rows): PageText => ({ height: 595, items: rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size: 8 }))) });
  const rows: Rows = [
    [383.7, ['Forsikring', 38.0, 40.0], ['Dekning', 85.2, 32.0], ['Forsikringssted', 138.3, 60.0], ['Sum', 223.1, 16.0], ['Egenandel', 293.5, 38.0], ['Premie', 341.9, 27.0]],
    [307.7, ['Hytte', 38.0, 20.4], ['Standard', 85.2, 32.5], ['Lauvlia 3, Gnr 52 Bnr', 138.3, 75.6], ['2.900.000', 223.1, 35.6], ['8.000', 293.5, 20.0], ['4.105', 341.9, 20.0]],
    [297.3, ['4, 2640 Vinstra', 138.3, 53.7]],
    [282.4, ['Innbo', 38.0, 20.0], ['Standard', 85.2, 32.5], ['Lauvlia 3, Gnr 52 Bnr', 138.3, 75.6], ['Førsterisiko', 223.1, 41.8], ['8.000', 293.5, 20.0], ['690', 341.9, 13.4]],
    [272.0, ['hytte', 38.0, 17.3], ['4, 2640 Vinstra', 138.3, 53.7], ['250.000', 223.1, 28.9]],
  ];
  it('«Førsterisiko» over «250.000» is one cell, and the line under is the row\'s rest', () => {
    const out = layoutPages([size8(rows)]).lines.map((l) => l.cells);
    expect(out[out.length - 1]).toEqual(['Innbo hytte', 'Standard', 'Lauvlia 3, Gnr 52 Bnr 4, 2640 Vinstra', 'Førsterisiko 250.000', '8.000', '690']);
  });
});
