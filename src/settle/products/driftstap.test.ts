import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, policy, settle } from '../test-helpers.js';

const base = { id: 'D-1', product: 'driftstap', date: '2024-03-04', sum_insured: '5000000', daily_loss: '10000', days: 20, karenstid_days: 2, cause: 'other' };
const payout = (extra: Record<string, unknown> = {}) => data({ ...base, ...extra }).payout;

describe('driftstap (Nyheter og endringer 2024, Driftstap Pluss)', () => {
  it('the waiting period comes off first', () => {
    expect(lines(settle(base))).toEqual([
      ['200000.00', 'Driftstap: kr 10 000,00 per dag × 20 dager'],
      ['-20000.00', 'Karenstid 2 dager'],
    ]);
    expect(payout({ karenstid_days: 0 })).toBe('200000.00');
    expect(payout({ karenstid_days: 25 })).toBe('0.00');
    expect(payout({ days: '2.5' })).toBe('5000.00');
  });

  // «Egenandelen er 15% av erstatningen og kommer i tillegg til valgt karenstid» — the waiting
  // period is chosen in the schedule; only the fix time and the 15 % are the renewal news'
  it('cites the schedule for the loss, the waiting period and an agreed deductible; the news for the fix time and the 15 %', () => {
    const s = settle({ ...base, cause: 'wear', fix_days: 3, deductible: '1000' });
    expect(s.steps.map((st) => st.clause)).toEqual([
      'Forsikringsbeviset, Driftstap',
      'Forsikringsbeviset, Driftstap – valgt karenstid',
      'Nyheter og endringer 2024, Driftstap Pluss',
      'Nyheter og endringer 2024, Driftstap Pluss',
      'Forsikringsbeviset, Driftstap – egenandel',
    ]);
  });

  it.each(['design_fault', 'material_fault', 'dimensioning_fault', 'construction_fault', 'corrosion', 'wear', 'faulty_installation'])(
    '%s: deduction for the fix time, then 15 % of the compensation',
    (cause) => {
      // 180 000 after waiting; fix 3 days = 30 000 → 150 000; 15 % = 22 500 → 127 500
      expect(payout({ cause, fix_days: 3 })).toBe('127500.00');
    },
  );

  it('the fix-time deduction is at most 50 % of the loss', () => {
    // 180 000 after waiting; 12 days = 120 000 > 90 000 → 90 000; 15 % of 90 000 = 13 500
    const s = settle({ ...base, cause: 'wear', fix_days: 12 });
    expect(s.payout.toFixed(2)).toBe('76500.00');
    expect(lines(s)[2]).toEqual(['-90000.00', 'Skade ved slitasje: fradrag for tiden det ville tatt å utbedre svakheten, 12 dager × kr 10 000,00, høyst 50 % av driftstapet (kr 90 000,00)']);
    expect(payout({ cause: 'wear', fix_days: 9 })).toBe('76500.00'); // exactly 50 %
  });

  it('an agreed kroner deductible is taken once when stated; the sum insured caps', () => {
    expect(payout({ deductible: '25000' })).toBe('155000.00');
    expect(payout({ sum_insured: '100000' })).toBe('100000.00');
  });

  it('needs the facts its rules use', () => {
    expect(errorOf({ ...base, cause: 'corrosion' })).toMatch(/claim D-1: fix_days: missing; the time it would have taken to fix the weakness \(korrosjon\)/);
    expect(errorOf({ ...base, cause: undefined })).toMatch(/claim D-1: cause: missing/);
    expect(errorOf({ ...base, karenstid_days: undefined })).toMatch(/claim D-1: karenstid_days: missing/);
    expect(errorOf({ ...base, daily_loss: undefined })).toMatch(/claim D-1: daily_loss: missing/);
    expect(errorOf({ ...base, sum_insured: undefined })).toMatch(/claim D-1: sum_insured: missing/);
    expect(errorOf({ ...base, cause: 'lightning' })).toMatch(/cause: expected one of design_fault, material_fault/);
  });

  it('the sum insured from the policy', () => {
    const p = policy([{ product: 'Driftstap Pluss', sum: '150000' }]);
    expect(data({ ...base, sum_insured: undefined }, { policy: p }).payout).toBe('150000.00');
  });
});
