import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, policy, settle } from '../test-helpers.js';

const base = { id: 'Y-1', product: 'yrkesskade', date: '2023-10-12', items: [{ description: 'Ménerstatning', g: '4.5' }] };

describe('yrkesskade (forskrift om standardisert erstatning § 1-3)', () => {
  it('turns G multiples into kroner with the G in force on the settlement date', () => {
    const s = settle({ ...base, settlement_date: '2024-06-03' });
    expect(lines(s)).toEqual([
      ['0.00', 'G per 2024-06-03 = kr 124 028,00, gjeldende fra 2024-05-01 (NAV grunnbeløp, historikk)'],
      ['558126.00', 'Ménerstatning: 4,5 G × kr 124 028,00'],
    ]);
    expect(s.notes).toEqual([]);
    expect(data({ ...base, settlement_date: '2024-04-30' }).payout).toBe('533790.00'); // 4,5 × 118 620
    expect(data({ ...base, settlement_date: '2024-05-01' }).payout).toBe('558126.00');
  });

  it('without a settlement date: the G of the loss date, and a note says so', () => {
    const s = settle(base);
    expect(s.payout.toFixed(2)).toBe('533790.00');
    expect(s.notes).toEqual(['Ingen oppgjørsdato (settlement_date): G på skadedatoen 2023-10-12 er brukt; forskriften § 1-3 bruker G på oppgjørstidspunktet.']);
  });

  it('--g-from-policy uses the G the schedule states', () => {
    const p = policy([], { base_amount_g: '118620' });
    expect(data({ ...base, settlement_date: '2024-06-03' }, { policy: p, gFromPolicy: true }).payout).toBe('533790.00');
    expect(errorOf(base, { policy: policy([]), gFromPolicy: true, policyFile: 'p.yaml' })).toMatch(/^p\.yaml: base_amount_g: the policy states no G/);
  });

  it('rounds each award to øre', () => {
    expect(data({ ...base, settlement_date: '2024-06-03', items: [{ description: 'X', g: '0.333' }] }).payout).toBe('41301.32');
  });

  it('refuses what it cannot know', () => {
    expect(errorOf({ ...base, items: [{ description: 'Tap i fremtidig erverv' }] })).toMatch(/claim Y-1: items\[0\] \(Tap i fremtidig erverv\): g: missing/);
    expect(errorOf({ ...base, settlement_date: '2023-01-01' })).toMatch(/claim Y-1: settlement_date: 2023-01-01 is before the loss date/);
    expect(errorOf({ ...base, date: '2010-01-01' })).toMatch(/claim Y-1: date: G \(grunnbeløpet\) is not known before 2015-05-01/);
    expect(errorOf({ ...base, deductible: '1000' })).toMatch(/claim Y-1: deductible: unknown field for yrkesskade/);
  });
});
