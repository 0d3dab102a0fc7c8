import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, dec, formatKr, formatNumberNo, formatRateNo, kroner, ore, percentOf, permilleOf, toMoneyString, toRateString } from './money.js';

describe('ore: the one rounding policy', () => {
  it('rounds half up to two decimals', () => {
    expect(ore('1.005').toFixed(2)).toBe('1.01');
    expect(ore('1.004999').toFixed(2)).toBe('1.00');
    expect(ore('2.675').toFixed(2)).toBe('2.68'); // 2.675 is 2.67499… as a binary float
    expect(ore('0.125').toFixed(2)).toBe('0.13');
  });
  it('rounds negative halves away from zero', () => {
    expect(ore('-1.005').toFixed(2)).toBe('-1.01');
  });
  it('never produces -0', () => {
    expect(toMoneyString('-0.001')).toBe('0.00');
    expect(toMoneyString('-0')).toBe('0.00');
    expect(ore('-0.004').isNegative()).toBe(false);
  });
  it('keeps large sums exact', () => {
    expect(toMoneyString(dec('987654321987.655'))).toBe('987654321987.66');
    expect(permilleOf('52600000', '0.07').toFixed(2)).toBe('3682.00');
    expect(permilleOf('123456789012.34', '0.065').toFixed(2)).toBe('8024691.29');
  });
  it('percentOf and kroner', () => {
    expect(percentOf('18000', '20').toFixed(2)).toBe('3600.00');
    expect(percentOf('333.33', '15').toFixed(2)).toBe('50.00');
    expect(kroner('52000000.5').toFixed(0)).toBe('52000001');
    expect(kroner('-0.4').toFixed(0)).toBe('0');
  });
  it('is idempotent and within half an øre (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }), (n, scale) => {
        const x = new Decimal(n.toString()).dividedBy(new Decimal(10).pow(scale));
        const r = ore(x);
        expect(ore(r).equals(r)).toBe(true);
        expect(r.minus(x).abs().lessThanOrEqualTo('0.005')).toBe(true);
      }),
    );
  });
});

describe('machine and people formats', () => {
  it('money strings have exactly two decimals', () => {
    expect(toMoneyString('48000')).toBe('48000.00');
    expect(toMoneyString('0.1')).toBe('0.10');
  });
  it('rate strings are the shortest exact decimal', () => {
    expect(toRateString('5.20')).toBe('5.2');
    expect(toRateString('0.065')).toBe('0.065');
    expect(toRateString('10')).toBe('10');
    expect(toRateString('-0')).toBe('0');
    expect(toRateString('1e-7')).toBe('0.0000001');
  });
  it('kr amounts in nb-NO form', () => {
    expect(formatKr('48000')).toBe('kr 48 000,00');
    expect(formatKr('1234567.891')).toBe('kr 1 234 567,89');
    expect(formatKr('0')).toBe('kr 0,00');
    expect(formatKr('999')).toBe('kr 999,00');
    expect(formatKr('-15000')).toBe('-kr 15 000,00');
    expect(formatKr('-0.001')).toBe('kr 0,00');
  });
  it('numbers and rates with a decimal comma', () => {
    expect(formatNumberNo('118620', 0)).toBe('118 620');
    expect(formatRateNo('0.065')).toBe('0,065');
    expect(formatRateNo('5.2')).toBe('5,2');
    expect(formatRateNo('10000.5')).toBe('10 000,5');
  });
});
