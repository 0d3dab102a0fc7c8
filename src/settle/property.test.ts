/**
 * Properties every settlement keeps, over generated claims (fast-check):
 * payout ≥ 0 · payout ≤ sum insured · the steps add up to the payout · the deductible is applied
 * once per claim · the payout does not fall when a cost rises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../core/money.js';
import { settle } from './test-helpers.js';
import type { Settlement } from './types.js';

const LOSS = '2024-03-15';
const kr = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((o) => (o / 100).toFixed(2));
const day = fc.integer({ min: 0, max: 12_000 }).map((d) => new Date(Date.UTC(2024, 2, 15) - d * 86_400_000).toISOString().slice(0, 10));
const age = fc.oneof(
  fc.integer({ min: 0, max: 250 }).map((t) => ({ age_years: (t / 10).toString() })),
  day.map((purchased) => ({ purchased })),
);
const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const smallItem = fc
  .record({
    category: fc.constantFrom('elektrisk', 'handverktoy', 'it', 'annet'),
    new_price: kr(0, 98_000),
    age,
    repair_cost: maybe(kr(0, 120_000)),
    used_price: maybe(kr(0, 90_000)),
  })
  .map(({ age: a, ...rest }) => ({ description: 'Liten ting', ...a, ...rest }));

const bigItem = fc
  .record({
    new_price: kr(100_000, 4_000_000),
    lifetime_years: fc.integer({ min: 1, max: 40 }).map(String),
    age,
    repair_cost: maybe(kr(0, 3_000_000)),
    market_value_after: maybe(kr(0, 200_000)),
  })
  .map(({ age: a, ...rest }) => ({ description: 'Stor ting', ...a, ...rest }));

const eiendelerClaim = fc.record({
  id: fc.constant('P-1'),
  product: fc.constant('eiendeler'),
  date: fc.constant(LOSS),
  deductible: kr(0, 50_000),
  sum_insured: kr(0, 3_000_000),
  price_increase: maybe(kr(0, 100_000)),
  items: fc.array(fc.oneof(smallItem, bigItem), { minLength: 1, maxLength: 4 }),
});

const clean = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;
const sumOfSteps = (s: Settlement) => s.steps.reduce((a, st) => a.plus(st.amount), ZERO);

describe('settlement properties (eiendeler)', () => {
  it('payout ≥ 0, ≤ sum insured, equal to the sum of the steps, deductible once', () => {
    fc.assert(
      fc.property(eiendelerClaim, (raw) => {
        const c = clean(raw);
        const s = settle(c);
        expect(s.payout.greaterThanOrEqualTo(0)).toBe(true);
        expect(s.payout.lessThanOrEqualTo(new Decimal(c.sum_insured))).toBe(true);
        expect(sumOfSteps(s).equals(s.payout)).toBe(true);
        expect(s.steps.filter((st) => st.clause === 'Erstatningsregler Eiendeler 8')).toHaveLength(1);
        for (const st of s.steps) expect(st.amount.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });

  it('the payout does not fall when a cost rises', () => {
    const field = fc.constantFrom('new_price', 'repair_cost', 'used_price', 'price_increase');
    fc.assert(
      fc.property(eiendelerClaim, fc.nat(), field, kr(0, 50_000), (raw, which, f, delta) => {
        const before = clean(raw);
        const after = clean(raw);
        if (f === 'price_increase') {
          after.price_increase = new Decimal(before.price_increase ?? 0).plus(delta).toFixed(2);
        } else {
          const i = which % after.items.length;
          const item = after.items[i] as Record<string, string | undefined>;
          if (item[f] === undefined) return;
          const raised = new Decimal(item[f]!).plus(delta);
          // staying in the same rule: an item under kr 100 000 stays under it
          if (f === 'new_price' && item.description === 'Liten ting' && raised.greaterThanOrEqualTo(100_000)) return;
          item[f] = raised.toFixed(2);
        }
        expect(settle(after).payout.greaterThanOrEqualTo(settle(before).payout)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
