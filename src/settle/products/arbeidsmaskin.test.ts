import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, policy, settle } from '../test-helpers.js';

const base = { id: 'A-1', product: 'arbeidsmaskin', date: '2024-08-22', coverage: 'kasko', deductible: '12000', sum_insured: '1450000' };
const claim = (items: unknown[], extra: Record<string, unknown> = {}) => ({ ...base, items, ...extra });
const arm = [{ description: 'Løftearm', cost: '80000' }];
const payout = (items: unknown[], extra: Record<string, unknown> = {}) => data(claim(items, extra)).payout;

describe('arbeidsmaskin (Nyheter og endringer 2024, Arbeidsmaskin)', () => {
  // «Gjelder for alle arbeidsmaskinforsikringer som ble tegnet første gang før 1. november 2022: …
  // Kasko: Har du hatt lavere egenandel enn kr 10 000, vil denne økes til kr 10 000»
  it('raises agreed deductibles below kr 10 000 (kasko, maskinskade) and kr 7 000 (ansvar) for policies taken out before 1 November 2022', () => {
    const old = { policy_start: '2019-05-01' };
    expect(payout(arm)).toBe('68000.00');
    expect(payout(arm, { ...old, deductible: '6000' })).toBe('70000.00');
    expect(payout(arm, { deductible: '10000' })).toBe('70000.00');
    expect(payout(arm, { ...old, deductible: '6000', coverage: 'maskinskade' })).toBe('70000.00');
    expect(payout(arm, { ...old, deductible: '5000', coverage: 'ansvar' })).toBe('73000.00');
    expect(payout(arm, { deductible: '7000', coverage: 'ansvar' })).toBe('73000.00');
    expect(payout(arm, { deductible: '5000', coverage: 'avbrudd' })).toBe('75000.00');
    const s = settle(claim(arm, { ...old, deductible: '6000' }));
    expect(lines(s)[1]).toEqual(['-10000.00', 'Egenandel (avtalt kr 6 000,00 er hevet til minst kr 10 000,00, polisen tegnet 01.05.2019)']);
    expect(s.steps[1]!.clause).toBe('Nyheter og endringer 2024, Arbeidsmaskin – endring av egenandel');
    // 31 October 2022 is before, 1 November 2022 is not
    expect(payout(arm, { deductible: '6000', policy_start: '2022-10-31' })).toBe('70000.00');
    expect(payout(arm, { deductible: '6000', policy_start: '2022-11-01' })).toBe('74000.00');
  });

  it('a newer policy keeps its agreed deductible; an unknown start is an input error naming policy_start', () => {
    const s = settle(claim(arm, { deductible: '6000', policy_start: '2023-02-01' }));
    expect(s.payout.toFixed(2)).toBe('74000.00');
    expect(s.notes[0]).toMatch(/^Polisen er tegnet 01\.02\.2023, ikke før 1\. november 2022/);
    expect(errorOf(claim(arm, { deductible: '6000' }))).toMatch(/claim A-1: policy_start: missing; the agreed deductible kr 6 000,00 is raised to kr 10 000 for policies first taken out before 1 November 2022/);
    // at or above the minimum the start does not matter, and is not asked for
    expect(errorOf(claim(arm))).toBe('');
    // the policy can state it
    const p = policy([{ product: 'Arbeidsmaskin', items: [{ name: 'Kasko', sum: '1450000', deductible: '8000' }] }], { policy_start: '2020-03-01' });
    const { deductible: _d, sum_insured: _s, ...bare } = base;
    expect(settle({ ...bare, items: arm }, { policy: p }).payout.toFixed(2)).toBe('70000.00');
  });

  // «Forhøyet egenandel på 15 000 kr som følge av skade som skyldes at maskinen triller uten fører.
  // Dersom skaden ikke utløser egenandel, kreves likevel sikrede for beløpet, 15 000 kr»
  it('rolled without a driver: at least kr 15 000; on liability paid in full and kr 15 000 claimed back even when the damage is smaller', () => {
    expect(payout(arm, { rolled_without_driver: true })).toBe('65000.00');
    expect(payout(arm, { rolled_without_driver: true, deductible: '20000' })).toBe('60000.00');
    const s = settle(claim(arm, { coverage: 'ansvar', deductible: '5000', rolled_without_driver: true, policy_start: '2019-01-01' }));
    expect(s.payout.toFixed(2)).toBe('80000.00');
    expect(s.recourse!.toFixed(2)).toBe('15000.00');
    // damage kr 8 000, below the deductible: still kr 15 000
    const small = settle(claim([{ description: 'Skrape', cost: '8000' }], { coverage: 'ansvar', deductible: '7000', rolled_without_driver: true }));
    expect(small.payout.toFixed(2)).toBe('8000.00');
    expect(small.recourse!.toFixed(2)).toBe('15000.00');
    expect(small.steps.at(-1)!.rule).toMatch(/skaden utløser ikke egenandel, sikrede kreves likevel for kr 15 000,00/);
    // an agreed deductible above kr 15 000 and damage between the two: the damage
    expect(data(claim([{ description: 'Vegg', cost: '18000' }], { coverage: 'ansvar', deductible: '20000', rolled_without_driver: true })).recourse).toBe('18000.00');
    expect(data(claim(arm, { coverage: 'ansvar' })).recourse).toBeUndefined();
  });

  it('an insured who deducts VAT is paid ex VAT; an improvement is deducted', () => {
    const items = [{ description: 'Hydraulikk', parts: '30000', labour: '20000', vat: '12500', improvement: '4000' }];
    expect(payout(items, { vat_registered: true })).toBe('34000.00');
    expect(payout(items, { vat_registered: false })).toBe('46500.00');
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
    const s = settle({ ...bare, items: arm, policy_start: '2023-01-01' }, { policy: p });
    expect(s.payout.toFixed(2)).toBe('72000.00');
    expect(s.notes[0]).toBe('Fra polisen, dekning Arbeidsmaskin (Hjullaster), Kasko: egenandel kr 8 000,00 og forsikringssum kr 1 450 000,00.');
    expect(settle({ ...bare, items: arm, policy_start: '2021-01-01' }, { policy: p }).payout.toFixed(2)).toBe('70000.00');
  });
});
