import { describe, expect, it } from 'vitest';
import { toSource } from './grid.js';
import type { Col, LLine } from './types.js';

const col = (x0: number, text: string): Col => ({ x0, parts: [text], maxX1: x0 + 5 * text.length, size: 9 });
const line = (...cols: Col[]): LLine => ({ page: 1, number: 7, cols, first: {} as LLine['first'], last: {} as LLine['last'], running: false, left: 72, uncertain: false });

describe('a table row into cells', () => {
  it('puts each cell in the column it starts at', () => {
    const s = toSource(line(col(72, 'Hus'), col(148, 'Storgata 12, 2317 Hamar'), col(260, 'kr 8 420')), [72, 148, 260]);
    expect(s.cells).toEqual(['Hus', 'Storgata 12, 2317 Hamar', 'kr 8 420']);
    expect(s.offColumns).toBeUndefined();
  });

  it('keeps a cell that starts at no column (a justified cell\'s stretched «2317») in the cell it stands in, and marks the row off its columns — never drops it', () => {
    const s = toSource(line(col(72, 'Hus'), col(148, 'Storgata 12,'), col(219, '2317'), col(260, 'kr 8 420')), [72, 148, 260]);
    expect(s.cells).toEqual(['Hus', 'Storgata 12, 2317', 'kr 8 420']);
    expect(s.offColumns).toBe(true);
  });

  // «Driftsbygning | Brekke, gnr. 12 bnr. 4 | kr 11 850 000» with «6856 Sogndal» wrapped under the place in its
  // cell: the cell's lines are joined as the text reader joins a wrapped cell, with the comma the place has on one line
  it('joins a wrapped cell\'s lines as the text reader does (a land register reference, then its postcode)', () => {
    const place: Col = { x0: 148, parts: ['Brekke, gnr. 12 bnr. 4', '6856 Sogndal'], maxX1: 260, size: 9 };
    const s = toSource(line(col(72, 'Driftsbygning'), place, col(300, 'kr 11 850 000')), [72, 148, 300]);
    expect(s.cells).toEqual(['Driftsbygning', 'Brekke, gnr. 12 bnr. 4, 6856 Sogndal', 'kr 11 850 000']);
  });

  it('keeps an empty column empty', () => {
    const s = toSource(line(col(72, 'Hus'), { x0: 148, parts: [], maxX1: 200, size: 9 }, col(260, 'kr 8 420')), [72, 148, 260]);
    expect(s.cells).toEqual(['Hus', '', 'kr 8 420']);
  });
});

describe('a line of its own outside tables', () => {
  // «Avbestilling: kr 50 000 per person     Ulykke ved død: kr 500 000» (docs/europeiske-flettebrev-reise-2026),
  // set by LibreOffice as one item with single spaces
  it('of a mail-merge block\'s fields gets a cell per field, as the text has them', () => {
    const s = toSource(line(col(62, 'Avbestilling: kr 50 000 per person Ulykke ved død: kr 500 000')), undefined);
    expect(s.cells).toEqual(['Avbestilling: kr 50 000 per person', 'Ulykke ved død: kr 500 000']);
  });

  it('of running text stays one cell', () => {
    const s = toSource(line(col(62, 'Takk for at dere har reiseforsikringen hos oss. Merk: vilkårene er endret.')), undefined);
    expect(s.cells).toEqual(['Takk for at dere har reiseforsikringen hos oss. Merk: vilkårene er endret.']);
  });
});
