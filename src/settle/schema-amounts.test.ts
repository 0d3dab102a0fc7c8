/** The validator's fast path for plain whole kroner gives the same Decimal as the text reader. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/money.js';
import { validateClaim } from './schema.js';

const withPrice = (new_price: unknown) =>
  validateClaim({ id: 'K', product: 'eiendeler', date: '2024-03-15', items: [{ description: 'x', category: 'it', new_price, age_years: '1' }] }).items[0]!.new_price!;

describe('plain amounts', () => {
  it('whole kroner as digits, below and above 10^7, with leading zeros', () => {
    for (const s of ['0', '7', '18000', '0100', '9999999', '10000000', '123456789012345']) {
      const d = withPrice(s);
      expect(d.equals(new Decimal(s)), s).toBe(true);
      expect(d.toString()).toBe(new Decimal(s).toString());
    }
  });

  it('agrees with the text reader for any digits (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,15}$/), (s) => {
        expect(withPrice(s).toString()).toBe(new Decimal(s).toString());
      }),
    );
  });

  it('other forms still go through the full reader', () => {
    expect(withPrice('18 000').toString()).toBe('18000');
    expect(withPrice('4500.50').toString()).toBe('4500.5');
    expect(() => withPrice('1.500')).toThrow(/1\.500/);
    expect(() => withPrice('-5')).toThrow();
    expect(() => withPrice('1234567890123456')).toThrow(/at most 15 digits before the decimal point/);
    expect(() => withPrice('18000.125')).toThrow(/at most two decimals/);
    expect(() => withPrice('18000.100')).toThrow(/at most two decimals/);
  });
});
