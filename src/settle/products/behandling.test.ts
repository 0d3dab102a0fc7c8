import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, settle } from '../test-helpers.js';

const base = { id: 'BH-1', product: 'behandling', date: '2023-12-18', had_deductible_before: false };
const t = (treatment: string, date: string, cost: string) => ({ description: 'Behandling', treatment, date, cost });

describe('behandling (Nyheter og endringer 2024, Behandlingsforsikring)', () => {
  it('kr 150 per physical treatment from 2024-01-01, paid by the insured', () => {
    const s = settle({ ...base, items: [t('fysioterapeut', '2023-12-31', '700'), t('fysioterapeut', '2024-01-01', '700')] });
    expect(lines(s)).toEqual([
      ['700.00', 'Behandling (fysioterapeut, 31.12.2023)'],
      ['700.00', 'Behandling (fysioterapeut, 01.01.2024)'],
      ['-150.00', 'Egenandel kr 150 per fysisk behandling, betales av forsikrede'],
    ]);
    // the cost is cited as the claim's: the documents have no clause of the cover beyond the news
    expect(s.steps[0]!.clause).toBe('Kravet (behandlingskostnad)');
    expect(s.steps[2]!.clause).toBe('Nyheter og endringer 2024, Behandlingsforsikring');
    expect(s.payout.toFixed(2)).toBe('1250.00');
  });

  it.each(['fysioterapeut', 'kiropraktor', 'naprapat', 'manuellterapeut', 'osteopat'])('%s is a physical treatment', (kind) => {
    expect(data({ ...base, items: [t(kind, '2024-03-01', '650')] }).payout).toBe('500.00');
  });

  it('other treatments have no kr 150; a cheap treatment is never negative', () => {
    expect(data({ ...base, items: [t('other', '2024-03-01', '650')] }).payout).toBe('650.00');
    expect(data({ ...base, items: [t('osteopat', '2024-03-01', '120')] }).payout).toBe('0.00');
  });

  it('customers who had a deductible keep it: no kr 150, their deductible once', () => {
    const items = [t('kiropraktor', '2024-02-01', '690'), t('kiropraktor', '2024-02-08', '690')];
    expect(data({ ...base, had_deductible_before: true, deductible: '500', items }).payout).toBe('880.00');
    expect(errorOf({ ...base, had_deductible_before: true, items })).toMatch(/claim BH-1: deductible: missing; the policy already had a deductible/);
  });

  it('needs the facts the rule uses', () => {
    expect(errorOf({ ...base, had_deductible_before: undefined, items: [t('naprapat', '2024-01-02', '500')] })).toMatch(/claim BH-1: had_deductible_before: missing/);
    expect(data({ ...base, had_deductible_before: undefined, items: [t('naprapat', '2023-11-02', '500')] }).payout).toBe('500.00');
    expect(errorOf({ ...base, items: [{ description: 'X', treatment: 'osteopat', cost: '500' }] })).toMatch(/claim BH-1: items\[0\] \(X\): date: missing/);
    expect(errorOf({ ...base, items: [{ description: 'X', cost: '500' }] })).toMatch(/items\[0\] \(X\): treatment: missing/);
    expect(errorOf({ ...base, items: [{ description: 'X', treatment: 'akupunktur', cost: '500' }] })).toMatch(/treatment: expected one of fysioterapeut/);
  });

  it('a known sum insured caps', () => {
    expect(data({ ...base, sum_insured: '1000', items: [t('other', '2024-03-01', '1650')] }).payout).toBe('1000.00');
  });
});
