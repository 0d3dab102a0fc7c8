import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/money.js';
import { moneyString, settlementToData, settlementToJson } from './data.js';
import { settle } from './test-helpers.js';

describe('machine form of a settlement', () => {
  it('money strings have two decimals, never -0.00, and equal toFixed(2) for øre amounts', () => {
    expect(moneyString(new Decimal('-0'))).toBe('0.00');
    expect(moneyString(new Decimal('15000'))).toBe('15000.00');
    expect(moneyString(new Decimal('-10800.5'))).toBe('-10800.50');
    expect(moneyString(new Decimal('0.05'))).toBe('0.05');
    expect(moneyString(new Decimal('1e30'))).toBe('1000000000000000000000000000000.00');
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), (ore) => {
        const d = new Decimal(ore.toString()).dividedBy(100);
        expect(moneyString(d)).toBe(d.isZero() ? '0.00' : d.toFixed(2));
      }),
    );
  });

  it('keys in their fixed order; the NDJSON line is exactly the JSON of the data', () => {
    const s = settle({ id: 'K-"1"', product: 'eiendeler', date: '2024-03-15', deductible: '100', sum_insured: '5000', items: [{ description: 'PC «ny» "x" \\ y', category: 'it', new_price: '6000', age_years: '2' }] });
    const d = settlementToData(s);
    expect(Object.keys(d)).toEqual(['id', 'product', 'payout', 'payable', 'steps', 'notes']);
    expect(d.payable).toEqual([{ when: 'now', amount: '4700.00', clause: 'Forsikringsavtaleloven § 8-2 (Generelle vilkår 1)' }]);
    expect(Object.keys(d.steps[0]!)).toEqual(['rule', 'clause', 'amount']);
    expect(settlementToJson(s)).toBe(JSON.stringify(d));
    expect(settlementToJson({ ...s, id: undefined, recourse: new Decimal(15000), notes: ['a "note"'] })).toBe(
      JSON.stringify({ ...settlementToData({ ...s, id: undefined, recourse: new Decimal(15000), notes: ['a "note"'] }) }),
    );
    expect(Object.keys(settlementToData({ ...s, recourse: new Decimal(1) }))).toEqual(['id', 'product', 'payout', 'recourse', 'payable', 'steps', 'notes']);
    // a supplement, a schedule with a deadline
    const later = { ...s, payable: [{ when: 'now' as const, amount: new Decimal(1000), clause: 'a' }, { when: 'on_rebuild' as const, amount: new Decimal(2500), by: '2029-03-15', clause: 'b' }] };
    const sup = { ...later, previous: { payout: new Decimal(5000), payable: [{ when: 'now' as const, amount: new Decimal(5000), clause: 'c' }], paid: new Decimal(5000) }, difference: new Decimal(-1500), dueNow: new Decimal(0), overpaid: new Decimal(4000) };
    expect(settlementToJson(sup)).toBe(JSON.stringify(settlementToData(sup)));
    expect(Object.keys(settlementToData(sup))).toEqual(['id', 'product', 'payout', 'payable', 'previous', 'difference', 'due_now', 'overpaid', 'steps', 'notes']);
    expect(settlementToData(sup).difference).toBe('-1500.00');
  });
});
