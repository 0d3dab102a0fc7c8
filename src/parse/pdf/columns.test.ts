import { describe, expect, it } from 'vitest';
import { isAmount } from './columns.js';

describe('a cell that is amounts (a table’s amount columns are found from them)', () => {
  it('a G range with a hyphen or an en dash, as staff certificates write it («Tap i fremtidig erverv   22–30 G»)', () => {
    expect(isAmount('22-30 G')).toBe(true);
    expect(isAmount('22–30 G')).toBe(true);
    expect(isAmount('1–6,5 G')).toBe(true);
  });

  it('a value in words is no amount («Individuelt», «etter lov»), nor a date or an address', () => {
    expect(isAmount('Individuelt')).toBe(false);
    expect(isAmount('etter lov')).toBe(false);
    expect(isAmount('01.01.2026–31.12.2026')).toBe(false);
    expect(isAmount('Havnegata 12, 5003 Bergen')).toBe(false);
  });
});
