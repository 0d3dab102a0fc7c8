import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { readDocument } from './input.js';
import { cellKind, labelledCellRecords } from './labelled-cells.js';
import type { SourceLine } from './source.js';

// A renewal letter's records as a table whose cells carry their own labels: the name's line over the place's line, each
// figure with its label in its cell (src/parse/labelled-cells.ts, read by src/parse/schedule-labelled-rows.ts).
const line = (n: number, cells: string[]): SourceLine => ({ page: 1, line: n, text: cells.join('\t'), cells });
const read = (out: SourceLine[]): string[] => out.map((l) => `${l.line} ${l.cells.join(' | ')}`);
const parse = async (text: string): Promise<Policy> => extractPolicy(await readDocument(Buffer.from(text), 'doc.txt'), {});

describe('cellKind: what a cell beside a record\'s name says it is', () => {
  it('a figure by its label, an amount alone, «Fullverdi», a cover level after «Dekning:»', () => {
    expect(cellKind('Egenandel 8 000 kr')).toEqual({ figure: 'Egenandel 8 000 kr', labelled: true });
    expect(cellKind('Pris 7 412 kr per år')).toEqual({ figure: 'Pris 7 412 kr per år', labelled: true });
    expect(cellKind('Forsikringssum: kr 400 000')).toEqual({ figure: 'Forsikringssum: kr 400 000', labelled: true });
    expect(cellKind('400 000 kr')).toEqual({ figure: '400 000 kr', labelled: false });
    expect(cellKind('Fullverdi')).toEqual({ figure: 'Fullverdi', labelled: false });
    expect(cellKind('Dekning: Utvidet')).toEqual({ level: 'Utvidet' });
  });
  it('a label the vocabulary does not know, a level that is no level word, prose: none', () => {
    expect(cellKind('Byggeår 1994')).toBeUndefined();
    expect(cellKind('Dekning: Brann og vann')).toBeUndefined();
    expect(cellKind('Laftet hytte')).toBeUndefined();
  });
});

describe('labelledCellRecords: the name\'s line and the place\'s line of one record, one row', () => {
  it('«Hytte | Fullverdi | Egenandel 8 000 kr» over «Fjellvegen 14, Gnr 45 Bnr 2, | Dekning: Utvidet | Pris 7 412 kr per år» over «3550 Gol»', () => {
    const lines = [
      line(30, ['Hytte', 'Fullverdi', 'Egenandel 8 000 kr']),
      line(31, ['Fjellvegen 14, Gnr 45 Bnr 2,', 'Dekning: Utvidet', 'Pris 7 412 kr per år']),
      line(32, ['3550 Gol']),
      line(33, ['Laftet hytte, 96 m², byggeår 1994']),
    ];
    expect(read(labelledCellRecords(lines))).toEqual([
      '30 Hytte | Fjellvegen 14, Gnr 45 Bnr 2, 3550 Gol | Utvidet | Fullverdi | Egenandel 8 000 kr | Pris 7 412 kr per år',
      '33 Laftet hytte, 96 m², byggeår 1994',
    ]);
  });
  it('another order and other labels: «Fritidsbustad | Nivå: Pluss | Eigenandel 10 000 kr» over «… | Forsikringssum: kr 3 200 000 | Pris …»', () => {
    const lines = [
      line(20, ['Fritidsbustad', 'Nivå: Pluss', 'Eigenandel 10 000 kr']),
      line(21, ['Nystølvegen 7, Gnr 12 Bnr 4, 3560 Hemsedal', 'Forsikringssum: kr 3 200 000', 'Pris 6 880 kr per år']),
    ];
    expect(read(labelledCellRecords(lines))).toEqual(['20 Fritidsbustad | Nystølvegen 7, Gnr 12 Bnr 4, 3560 Hemsedal | Pluss | Eigenandel 10 000 kr | Forsikringssum: kr 3 200 000 | Pris 6 880 kr per år']);
  });
  it('a table with a header (no figure labelled in its cell), or a second line with another label: as they are', () => {
    const table = [line(5, ['Innbo', '400 000', '6 000']), line(6, ['Storgata 1, 0155 Oslo', '', '1 230'])];
    expect(labelledCellRecords(table)).toBe(table);
    const other = [line(5, ['Hytte', 'Egenandel 8 000 kr']), line(6, ['Storgata 1, 0155 Oslo', 'Byggeår: 1994'])];
    expect(labelledCellRecords(other)).toBe(other);
  });
});

describe('a letter\'s records in labelled cells, read whole', () => {
  it('the name, the place under it, the cover level and the figures by their labels; the bare amount beside them the sum', async () => {
    const p = await parse(
      [
        'Forsikringsnummer 6734-220918',
        '',
        'Dette har dere hos oss fra 01.03.2025',
        '',
        'Hytte                                       Fullverdi           Egenandel 8 000 kr',
        'Fjellvegen 14, Gnr 45 Bnr 2,                Dekning: Utvidet    Pris 7 412 kr per år',
        '3550 Gol',
        'Laftet hytte, 96 m², byggeår 1994',
        '',
        'Innbo i hytte                               400 000 kr          Egenandel 6 000 kr',
        'Fjellvegen 14, Gnr 45 Bnr 2,                Dekning: Standard   Pris 1 230 kr per år',
        '3550 Gol',
        '',
        'Totalt per år                                                   8 642 kr',
        '',
      ].join('\n'),
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Hytte', 'Utvidet', 'Fjellvegen 14, Gnr 45 Bnr 2, 3550 Gol', undefined, '8000', '7412'],
      ['Innbo i hytte', 'Standard', 'Fjellvegen 14, Gnr 45 Bnr 2, 3550 Gol', '400000', '6000', '1230'],
    ]);
  });
});
