import { describe, expect, it } from 'vitest';
import { cellAmounts, readAmount } from './amounts.js';

describe('readAmount', () => {
  it('reads the amounts of schedules', () => {
    expect(readAmount('Kr 10 000')).toBe('10000');
    expect(readAmount('kr 15.000,-')).toBe('15000');
    expect(readAmount('96 500 000')).toBe('96500000');
    expect(readAmount('1 234 567 890 123')).toBe('1234567890123');
  });

  it('does not read two figures run together as one (the cells of two rows joined)', () => {
    expect(readAmount('96 500 000 210 300 000')).toBeUndefined();
    expect(readAmount('kr 38.400.000.210.300.000')).toBeUndefined();
    expect(cellAmounts('96 500 000 210 300 000')).toBeUndefined();
  });
});
