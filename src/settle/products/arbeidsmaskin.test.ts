import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, policy, settle } from '../test-helpers.js';

const base = { id: 'A-1', product: 'arbeidsmaskin', date: '2024-08-22', coverage: 'kasko', deductible: '12000', sum_insured: '1450000' };
const claim = (items: unknown[], extra: Record<string, unknown> = {}) => ({ ...base, items, ...extra });
const arm = [{ description: 'Løftearm', cost: '80000' }];
const payout = (items: unknown[], extra: Record<string, unknown> = {}) => data(claim(items, extra)).payout;

describe('arbeidsmaskin (Nyheter og endringer 2024, Arbeidsmaskin)', () => {
  it('raises agreed deductibles below kr 10 000 (kasko, maskinskade) and kr 7 000 (ansvar)', () => {
    expect(payout(arm)).toBe('68000.00');
    expect(payout(arm, { deductible: '6000' })).toBe('70000.00');
    expect(payout(arm, { deductible: '10000' })).toBe('70000.00');
    expect(payout(arm, { deductible: '6000', coverage: 'maskinskade' })).toBe('70000.00');
    expect(payout(arm, { deductible: '5000', coverage: 'ansvar' })).toBe('73000.00');
    expect(payout(arm, { deductible: '7000', coverage: 'ansvar' })).toBe('73000.00');
    expect(payout(arm, { deductible: '5000', coverage: 'avbrudd' })).toBe('75000.00');
    const s = settle(claim(arm, { deductible: '6000' }));
    expect(lines(s)[1]).toEqual(['-10000.00', 'Egenandel (avtalt kr 6 000,00 er hevet til minst kr 10 000,00)']);
    expect(s.steps[1]!.clause).toBe('Nyheter og endringer 2024, Arbeidsmaskin – endring av egenandel');
  });

  it('rolled without a driver: at least kr 15 000; on liability paid in full and claimed back', () => {
    expect(payout(arm, { rolled_without_driver: true })).toBe('65000.00');
    expect(payout(arm, { rolled_without_driver: true, deductible: '20000' })).toBe('60000.00');
    const s = settle(claim(arm, { coverage: 'ansvar', deductible: '5000', rolled_without_driver: true }));
    expect(s.payout.toFixed(2)).toBe('80000.00');
    expect(s.recourse!.toFixed(2)).toBe('15000.00');
    expect(data(claim([{ description: 'Skrape', cost: '4000' }], { coverage: 'ansvar', rolled_without_driver: true })).recourse).toBe('4000.00');
    expect(data(claim(arm, { coverage: 'ansvar' })).recourse).toBeUndefined();
  });

  it('cash settlement: labour × 50 %, VAT only when paid', () => {
    const items = [{ description: 'Hydraulikk', parts: '30000', labour: '20000', vat: '12500' }];
    expect(payout(items, { cash: true, vat_paid: false })).toBe('28000.00');
    expect(payout(items, { cash: true, vat_paid: true })).toBe('40500.00');
    expect(errorOf(claim(items, { cash: true }))).toMatch(/claim A-1: vat_paid: missing/);
  });

  it('avbrudd pays only when the compensation exceeds the deductible', () => {
    const s = settle(claim([{ description: 'Leie av erstatningsmaskin', cost: '9000' }], { coverage: 'avbrudd', deductible: '10000' }));
    expect(s.payout.toFixed(2)).toBe('0.00');
    expect(s.steps[1]!.rule).toBe('Avbrudd: erstatningen (kr 9 000,00) overstiger ikke egenandelen — ingen erstatning');
    expect(payout([{ description: 'Leie', cost: '10000.01' }], { coverage: 'avbrudd', deductible: '10000' })).toBe('0.01');
  });

  it('driver/passenger accident: kr 50 000 on a death without dependants, else the agreed sum', () => {
    expect(data({ ...base, coverage: 'ulykke', deceased_without_dependants: true }).payout).toBe('50000.00');
    expect(data({ ...base, coverage: 'ulykke', deceased_without_dependants: false, sum_insured: '200000' }).payout).toBe('200000.00');
    expect(errorOf({ ...base, coverage: 'ulykke' })).toMatch(/claim A-1: deceased_without_dependants: missing/);
    expect(errorOf({ ...base, coverage: 'ulykke', deceased_without_dependants: true, items: arm })).toMatch(/items: a driver\/passenger accident/);
  });

  it('intoxicated driver: not covered; the sum insured caps; needs a coverage', () => {
    expect(data(claim(arm, { intoxicated: true })).payout).toBe('0.00');
    expect(payout([{ description: 'Alt', cost: '2000000' }])).toBe('1450000.00');
    expect(errorOf({ ...claim(arm), coverage: undefined })).toMatch(/claim A-1: coverage: missing/);
  });

  it('takes deductible and sum from the schedule row of the coverage', () => {
    const p = policy([{ product: 'Arbeidsmaskin', object: 'Hjullaster', items: [{ name: 'Kasko', sum: '1450000', deductible: '8000' }, { name: 'Ansvar', sum: '10000000', deductible: '5000' }] }]);
    const { deductible: _d, sum_insured: _s, ...bare } = base;
    const s = settle({ ...bare, items: arm }, { policy: p });
    expect(s.payout.toFixed(2)).toBe('70000.00');
    expect(s.notes[0]).toBe('Fra polisen, dekning Arbeidsmaskin (Hjullaster), Kasko: egenandel kr 8 000,00 og forsikringssum kr 1 450 000,00.');
  });
});
