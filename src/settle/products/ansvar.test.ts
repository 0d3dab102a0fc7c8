import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, settle } from '../test-helpers.js';

const base = { id: 'AN-1', product: 'ansvar', coverage: 'bedriftsansvar', date: '2024-02-12', sum_insured: '10000000' };
const items = [{ description: 'Vannskade hos nabo', cost: '86000' }];

describe('ansvar (Erstatningsregler Ansvar; Nyheter og endringer 2024, Ansvar)', () => {
  it('from 2024 the deductible per event is kr 15 000 when none is stated', () => {
    const s = settle({ ...base, items });
    expect(lines(s)).toEqual([
      ['86000.00', 'Vannskade hos nabo: erstatningsansvar'],
      ['-15000.00', 'Egenandel bedriftsansvar fra 2024'],
    ]);
    expect(s.steps[1]!.clause).toBe('Nyheter og endringer 2024, Ansvar – Endring i egenandeler');
    expect(data({ ...base, coverage: 'produktansvar', items }).payout).toBe('71000.00');
  });

  it('before 2024 the deductible must be stated; a stated deductible is used, with a note when low', () => {
    expect(errorOf({ ...base, date: '2023-12-31', items })).toMatch(/claim AN-1: deductible: missing/);
    expect(data({ ...base, date: '2023-12-31', deductible: '10000', items }).payout).toBe('76000.00');
    const s = settle({ ...base, deductible: '10000', items });
    expect(s.payout.toFixed(2)).toBe('76000.00');
    expect(s.notes).toEqual(['Bedriftsansvar: egenandelen er kr 15 000 fra 2024 (Nyheter og endringer 2024, Ansvar); her er oppgitt egenandel brukt.']);
  });

  it('serial damage is one event: one deductible, one sum', () => {
    const series = [
      { description: 'Kunde A', cost: '400000' },
      { description: 'Kunde B', cost: '700000' },
    ];
    const s = settle({ ...base, sum_insured: '1000000', items: series });
    expect(s.steps.filter((st) => st.rule.startsWith('Egenandel'))).toHaveLength(1);
    expect(s.steps[2]!.rule).toBe('Serieskade: 2 skader med samme årsak regnes som ett skadetilfelle — én egenandel og én forsikringssum');
    expect(s.payout.toFixed(2)).toBe('1000000.00');
  });

  it('needs coverage, sum and the amount of each item', () => {
    expect(errorOf({ ...base, coverage: undefined, items })).toMatch(/claim AN-1: coverage: missing/);
    expect(errorOf({ ...base, sum_insured: undefined, items })).toMatch(/claim AN-1: sum_insured: missing/);
    expect(errorOf({ ...base, items: [{ description: 'X' }] })).toMatch(/claim AN-1: items\[0\] \(X\): cost: missing/);
  });
});
