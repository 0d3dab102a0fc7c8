import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, policy, settle } from '../test-helpers.js';

const base = { id: 'Y-1', product: 'yrkesskade', date: '2023-10-12', items: [{ description: 'Ménerstatning', g: '4.5' }] };

describe('yrkesskade (forskrift om standardisert erstatning § 1-3)', () => {
  it('turns G multiples into kroner with the G in force on the settlement date; the award cites its schedule row', () => {
    const s = settle({ ...base, settlement_date: '2024-06-03' });
    expect(lines(s)).toEqual([
      ['0.00', 'G per 03.06.2024 = kr 124 028,00, gjeldende fra 01.05.2024 (NAV grunnbeløp, historikk)'],
      ['558126.00', 'Ménerstatning: 4,5 G × kr 124 028,00'],
    ]);
    expect(s.steps[0]!.clause).toBe('Forskrift om standardisert erstatning etter lov om yrkesskadeforsikring § 1-3');
    expect(s.steps[1]!.clause).toBe('Forsikringsbevis Personal, Lovbestemt yrkesskade, Ménerstatning med aldersregulering');
    expect(s.notes).toEqual([]);
    expect(data({ ...base, settlement_date: '2024-04-30' }).payout).toBe('533790.00'); // 4,5 × 118 620
    expect(data({ ...base, settlement_date: '2024-05-01' }).payout).toBe('558126.00');
  });

  it('without a settlement date: the G of the loss date, and a note says so', () => {
    const s = settle(base);
    expect(s.payout.toFixed(2)).toBe('533790.00');
    expect(s.notes).toEqual(['Ingen oppgjørsdato (settlement_date): G på skadedatoen 12.10.2023 er brukt; forskriften § 1-3 bruker G på oppgjørstidspunktet.']);
  });

  it('--g-from-policy uses the G the schedule states', () => {
    const p = policy([], { base_amount_g: '118620' });
    expect(data({ ...base, settlement_date: '2024-06-03' }, { policy: p, gFromPolicy: true }).payout).toBe('533790.00');
    expect(errorOf(base, { policy: policy([]), gFromPolicy: true, policyFile: 'p.yaml' })).toMatch(/^p\.yaml: base_amount_g: the policy states no G/);
  });

  // «Ménerstatning med aldersregulering 4,50 G», «Tap i fremtidig erverv 22-30 G»: the row by `cover`
  // or by the description; with --policy its sum in G caps the award
  it('cites the row by cover or description; the policy\'s row sum caps', () => {
    const cite = (item: Record<string, unknown>) => settle({ ...base, settlement_date: '2024-06-03', items: [{ g: '1', ...item }] }).steps[1]!.clause;
    expect(cite({ description: 'Tap i fremtidig erverv (22 G × 15 %)' })).toBe('Forsikringsbevis Personal, Lovbestemt yrkesskade, Tap i fremtidig erverv');
    expect(cite({ description: 'Begravelse', cover: 'begravelse' })).toBe('Forsikringsbevis Personal, Lovbestemt yrkesskade, Erstatning for begravelseskostnader');
    expect(cite({ description: 'Begravelseskostnader' })).toBe('Forsikringsbevis Personal, Lovbestemt yrkesskade, Erstatning for begravelseskostnader');
    expect(cite({ description: 'Annet' })).toBe('Forsikringsbevis Personal, Lovbestemt yrkesskade');
    const p = policy([{ product: 'Lovbestemt yrkesskade', items: [{ name: 'Ménerstatning med aldersregulering', sum: { g: '4.5' } }, { name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' } }] }]);
    const s = settle({ ...base, settlement_date: '2024-06-03', items: [{ description: 'Ménerstatning', g: '5' }, { description: 'Tap i fremtidig erverv', g: '30' }] }, { policy: p });
    expect(lines(s).slice(1)).toEqual([
      ['620140.00', 'Ménerstatning: 5 G × kr 124 028,00'],
      ['-62014.00', 'Ménerstatning: høyst 4,5 G etter forsikringsbeviset (kr 558 126,00)'],
      ['3720840.00', 'Tap i fremtidig erverv: 30 G × kr 124 028,00'],
    ]);
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
