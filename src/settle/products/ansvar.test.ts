import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, policy, settle } from '../test-helpers.js';

const base = { id: 'AN-1', product: 'ansvar', coverage: 'bedriftsansvar', date: '2024-02-12', sum_insured: '10000000' };
const items = [{ description: 'Vannskade hos nabo', cost: '86000' }];

describe('ansvar (Erstatningsregler Ansvar; Nyheter og endringer 2024, Ansvar)', () => {
  // Nyheter og endringer 2024, Ansvar – «Endring i egenandeler: Bedriftsansvar Fra kr 10 000 til
  // kr 15 000» — at the policy's 2024 renewal, not on a calendar date
  it('without a stated deductible: kr 15 000 from the policy\'s 2024 renewal, kr 10 000 before it', () => {
    const s = settle({ ...base, renewal_date: '2024-02-01', items });
    expect(lines(s)).toEqual([
      ['86000.00', 'Vannskade hos nabo: erstatningsansvar'],
      ['-15000.00', 'Egenandel bedriftsansvar fra fornyelsen 01.02.2024'],
    ]);
    expect(s.steps[1]!.clause).toBe('Nyheter og endringer 2024, Ansvar – Endring i egenandeler');
    expect(data({ ...base, renewal_date: '2024-02-01', coverage: 'produktansvar', items }).payout).toBe('71000.00');
    // a loss in 2024 before the renewal: still kr 10 000
    expect(data({ ...base, renewal_date: '2024-03-01', items }).payout).toBe('76000.00');
    // the renewal date of the policy
    const p = policy([{ product: 'Bedriftsansvar', sum: '10000000' }], { renewal_date: '2024-01-01' });
    expect(data({ ...base, sum_insured: undefined, items }, { policy: p }).payout).toBe('71000.00');
  });

  it('neither a deductible nor the renewal date: an input error; a stated deductible is used, with a note when low', () => {
    expect(errorOf({ ...base, items })).toMatch(/claim AN-1: deductible: missing; state it, or the policy's 2024 renewal date \(renewal_date/);
    expect(data({ ...base, date: '2023-12-31', deductible: '10000', items }).payout).toBe('76000.00');
    const s = settle({ ...base, deductible: '10000', renewal_date: '2024-01-01', items });
    expect(s.payout.toFixed(2)).toBe('76000.00');
    expect(s.notes).toEqual(['Bedriftsansvar: egenandelen er kr 15 000 fra fornyelsen 01.01.2024 (Nyheter og endringer 2024, Ansvar); her er oppgitt egenandel brukt.']);
  });

  it('serial damage is one event: one deductible, one sum', () => {
    const series = [
      { description: 'Kunde A', cost: '400000' },
      { description: 'Kunde B', cost: '700000' },
    ];
    const s = settle({ ...base, deductible: '15000', sum_insured: '1000000', items: series });
    expect(s.steps.filter((st) => st.rule.startsWith('Egenandel'))).toHaveLength(1);
    expect(s.steps[2]!.rule).toBe('Serieskade: 2 skader med samme årsak regnes som ett skadetilfelle — én egenandel og én forsikringssum');
    expect(s.payout.toFixed(2)).toBe('1000000.00');
  });

  it('needs coverage, sum and the amount of each item', () => {
    const d = { ...base, deductible: '15000' };
    expect(errorOf({ ...d, coverage: undefined, items })).toMatch(/claim AN-1: coverage: missing/);
    expect(errorOf({ ...d, sum_insured: undefined, items })).toMatch(/claim AN-1: sum_insured: missing/);
    expect(errorOf({ ...d, items: [{ description: 'X' }] })).toMatch(/claim AN-1: items\[0\] \(X\): cost: missing/);
  });
});
