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
});
