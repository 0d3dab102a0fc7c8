import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/money.js';
import { calendarAge } from '../core/norsk.js';
import { agePercent, exactAge, fullYears, stepsBeyond } from './age.js';
import type { Claim, Item } from './types.js';

function claimAt(date: string): Claim {
  return { product: 'eiendeler', date, items: [], source: {} } as Claim;
}
function bought(purchased: string): Item {
  return { index: 0, description: 'Ting', purchased };
}
function aged(years: string): Item {
  return { index: 0, description: 'Ting', age_years: new Decimal(years) };
}
const steps = (date: string, item: Item, n: number) => stepsBeyond(claimAt(date), item, n, 'test');

describe('the shared age rule: steps = ceil(age − N), 0 up to and including age N', () => {
  it('counts started years from age_years (the manual: age 3,5 with N = 1 → 3 steps)', () => {
    expect(steps('2024-03-15', aged('3.5'), 1)).toBe(3);
    expect(steps('2024-03-15', aged('0'), 1)).toBe(0);
    expect(steps('2024-03-15', aged('1'), 1)).toBe(0);
    expect(steps('2024-03-15', aged('1.0001'), 1)).toBe(1);
    expect(steps('2024-03-15', aged('2'), 1)).toBe(1);
    expect(steps('2024-03-15', aged('5'), 5)).toBe(0);
    expect(steps('2024-03-15', aged('5.01'), 5)).toBe(1);
  });

  it('is exactly N years old on the Nth anniversary, and has started year N+1 the day after', () => {
    expect(steps('2024-03-15', bought('2023-03-15'), 1)).toBe(0);
    expect(steps('2024-03-16', bought('2023-03-15'), 1)).toBe(1);
    expect(steps('2024-03-14', bought('2023-03-15'), 1)).toBe(0);
    expect(steps('2024-03-15', bought('2019-03-15'), 5)).toBe(0);
    expect(steps('2024-03-15', bought('2019-03-14'), 5)).toBe(1);
    expect(steps('2024-03-15', bought('2016-05-02'), 5)).toBe(3);
  });

  it('counts a 29 February purchase with leap days: its anniversary in a common year is 1 March', () => {
    expect(steps('2021-02-28', bought('2020-02-29'), 1)).toBe(0);
    expect(steps('2021-03-01', bought('2020-02-29'), 1)).toBe(0);
    expect(steps('2021-03-02', bought('2020-02-29'), 1)).toBe(1);
    expect(steps('2024-02-29', bought('2020-02-29'), 1)).toBe(3);
    expect(steps('2024-03-01', bought('2020-02-29'), 1)).toBe(4);
  });

  it('the exact age counts days between the anniversaries around the loss date (366 in a leap year)', () => {
    expect(exactAge(claimAt('2024-03-15'), bought('2021-03-15'), 't').toString()).toBe('3');
    expect(exactAge(claimAt('2024-09-01'), bought('2023-09-01'), 't').toString()).toBe('1');
    // 2023-09-01 → 2024-03-15 is 196 of the 366 days to 2024-09-01
    expect(exactAge(claimAt('2024-03-15'), bought('2023-09-01'), 't').equals(new Decimal(196).dividedBy(366))).toBe(true);
  });

  it('caps the percent at the rule maximum', () => {
    expect(agePercent(claimAt('2024-01-01'), aged('30'), { from: 10, perYear: 5, max: 80 }, 't')).toEqual({ steps: 20, percent: 80 });
    expect(agePercent(claimAt('2024-01-01'), aged('12'), { from: 10, perYear: 5, max: 80 }, 't')).toEqual({ steps: 2, percent: 10 });
    expect(agePercent(claimAt('2024-01-01'), aged('10'), { from: 1, perYear: 20, max: 100 }, 't')).toEqual({ steps: 9, percent: 100 });
  });

  it('refuses both age_years and purchased, and a purchase after the loss', () => {
    const both: Item = { index: 0, description: 'PC', age_years: new Decimal(2), purchased: '2020-01-01' };
    expect(() => steps('2024-03-15', both, 1)).toThrow(/age_years: give age_years or purchased, not both/);
    expect(() => steps('2024-03-15', bought('2024-03-16'), 1)).toThrow(/purchased: 2024-03-16 is after the loss date 2024-03-15/);
    expect(() => steps('2024-03-15', { index: 0, description: 'PC' }, 1)).toThrow(/age_years or purchased: missing/);
  });

  it('counts full years with integers exactly as calendarAge does (property, leap days included)', () => {
    const iso = (n: number) => new Date(Date.UTC(1960, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const leapDay = fc.constantFrom(...[1964, 1980, 2000, 2020, 2024].map((y) => `${y}-02-29`));
    const from = fc.oneof(fc.integer({ min: 0, max: 365 * 70 }).map(iso), leapDay);
    fc.assert(
      fc.property(from, fc.integer({ min: 0, max: 365 * 40 }), (f, span) => {
        const at = iso(Math.round((Date.parse(f) - Date.UTC(1960, 0, 1)) / 86_400_000) + span);
        expect(fullYears(f, at)).toEqual(calendarAge(f, at));
      }),
      { numRuns: 5000 },
    );
    for (const at of ['2021-02-28', '2021-03-01', '2024-02-28', '2024-02-29', '2024-03-01', '2100-02-28', '2100-03-01']) {
      expect(fullYears('2020-02-29', at)).toEqual(calendarAge('2020-02-29', at));
    }
  });

  it('from dates counts with integers exactly what ceil(exact age − N) gives (property)', () => {
    const day = fc.integer({ min: 0, max: 365 * 60 });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 365 * 30 }), fc.integer({ min: 0, max: 25 }), (start, span, n) => {
        const from = new Date(Date.UTC(1970, 0, 1) + start * 86_400_000).toISOString().slice(0, 10);
        const at = new Date(Date.UTC(1970, 0, 1) + (start + span) * 86_400_000).toISOString().slice(0, 10);
        const age = exactAge(claimAt(at), bought(from), 't');
        const expected = age.lessThanOrEqualTo(n) ? 0 : age.minus(n).ceil().toNumber();
        return steps(at, bought(from), n) === expected;
      }),
      { numRuns: 2000 },
    );
  });
});
