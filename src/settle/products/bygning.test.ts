import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, policy, settle } from '../test-helpers.js';

const base = { id: 'B-1', product: 'bygning', date: '2024-01-10', deductible: '15000' };
const claim = (items: unknown[], extra: Record<string, unknown> = {}) => ({ ...base, items, ...extra });
const payout = (items: unknown[], extra: Record<string, unknown> = {}) => data(claim(items, extra)).payout;
const obj = (object: string, cost: string, age: string, extra: Record<string, unknown> = {}) => ({ description: object, object, cost, age_years: age, ...extra });

describe('bygning: repair cost, deductible, sums (Erstatningsregler Bygning 6.1, 8)', () => {
  it('pays the repair cost less the deductible; a full-value sum does not cap', () => {
    const s = settle(claim([{ description: 'Tak', cost: '250000' }], { sum_insured: '100000' }));
    expect(lines(s)).toEqual([
      ['250000.00', 'Tak: reparasjonskostnad'],
      ['-15000.00', 'Egenandel'],
    ]);
    expect(s.notes).toEqual(['Fullverdiforsikret bygning: forsikringssummen begrenser ikke erstatningen (Erstatningsregler Bygning 6.1).']);
  });

  it('a first-risk sum caps after the deductible', () => {
    expect(payout([{ description: 'Tak', cost: '250000' }], { sum_insured: '100000', first_risk: true })).toBe('100000.00');
    expect(errorOf(claim([{ description: 'Tak', cost: '1' }], { first_risk: true }))).toMatch(/claim B-1: sum_insured: missing; a first-risk sum caps/);
  });

  it('takes a first-risk sum from the policy', () => {
    const p = policy([{ product: 'Næringsbygg', object: 'Lager', sum: { first_risk: '2000000' }, deductible: '10000' }]);
    const { deductible: _d, ...bare } = base;
    const s = settle({ ...bare, items: [{ description: 'Brann', cost: '3500000' }] }, { policy: p });
    expect(s.payout.toFixed(2)).toBe('2000000.00');
    expect(lines(s).at(-1)).toEqual(['-1490000.00', 'Begrenset til førsterisikosummen kr 2 000 000,00']);
  });

  it('needs the cost of every item', () => {
    expect(errorOf(claim([{ description: 'Tak' }]))).toMatch(/claim B-1: items\[0\] \(Tak\): cost: missing/);
  });
});

describe('bygning: age deduction instead of the deductible (Erstatningsregler Bygning 8)', () => {
  it('fyringskjel 5 % per started year older than 5: replaces the deductible when larger', () => {
    // 10 years: 5 steps, 25 % of 100 000 = 25 000 > 15 000
    const s = settle(claim([obj('fyringskjel', '100000', '10')]));
    expect(lines(s)).toEqual([
      ['100000.00', 'fyringskjel (fyringskjel): reparasjonskostnad inkl. tilkomstarbeider'],
      ['-25000.00', 'fyringskjel: aldersfradrag 5 % × 5 påbegynte år eldre enn 5 år (10 år) = 25 %, i stedet for egenandel'],
      ['0.00', 'Egenandel kr 15 000,00 trekkes ikke: aldersfradraget (kr 25 000,00) overstiger egenandelen'],
    ]);
  });

  it('an age deduction not above the deductible is not taken; the deductible is', () => {
    // 7 years: 2 steps, 10 % = 10 000 ≤ 15 000
    const s = settle(claim([obj('fyringskjel', '100000', '7')]));
    expect(s.payout.toFixed(2)).toBe('85000.00');
    expect(lines(s)[1]![1]).toMatch(/= kr 10 000,00 trekkes ikke — ikke høyere enn egenandelen$/);
    // exactly equal: «overstiger» is not met
    expect(payout([obj('fyringskjel', '100000', '8')])).toBe('85000.00');
    expect(payout([obj('fyringskjel', '100000', '8.5')])).toBe('80000.00');
  });

  it.each([
    ['fyringskjel', '5', '100000.00'],
    ['fyringskjel', '5.01', '95000.00'],
    ['varmekabler', '15', '100000.00'],
    ['varmekabler', '25', '0.00'],
    ['vvs', '10', '100000.00'],
    ['vvs', '40', '20000.00'],
    ['boblebad', '30', '20000.00'],
  ])('%s at %s years (deductible 0)', (object, age, expected) => {
    expect(payout([obj(object, '100000', age)], { deductible: '0' })).toBe(expected);
  });

  it('a point repair of a heating cable: deductible only', () => {
    const s = settle(claim([obj('varmekabler', '40000', '30', { point_repair: true })]));
    expect(s.payout.toFixed(2)).toBe('25000.00');
    expect(errorOf(claim([obj('fyringskjel', '1', '1', { point_repair: true })]))).toMatch(/point_repair: applies only to varmekabler/);
  });

  it('adds up the age deductions of several such objects against the one deductible', () => {
    // 8 000 + 9 000 = 17 000 > 15 000
    const s = settle(claim([obj('fyringskjel', '80000', '7'), obj('vvs', '90000', '11.5')]));
    expect(s.payout.toFixed(2)).toBe(String(80000 + 90000 - 17000) + '.00');
  });
});

describe('bygning: age deduction and deductible (Erstatningsregler Bygning 8)', () => {
  it('varmtvannsbereder 10 % per started year from 10, plus the deductible', () => {
    expect(payout([obj('varmtvannsbereder', '30000', '13.5')])).toBe('3000.00'); // 30 000 − 12 000 − 15 000
    expect(payout([obj('varmtvannsbereder', '30000', '10')])).toBe('15000.00');
  });

  it('varmepumpe luft til luft 10 % from 5; utvendige rør 5 % older than 20, not plastic', () => {
    expect(payout([obj('varmepumpe_luft_luft', '40000', '7')], { deductible: '0' })).toBe('32000.00');
    expect(payout([obj('utvendig_ror', '200000', '24', { material: 'annet' })], { deductible: '0' })).toBe('160000.00');
    expect(payout([obj('utvendig_ror', '200000', '20', { material: 'annet' })], { deductible: '0' })).toBe('200000.00');
    expect(payout([obj('utvendig_ror', '200000', '24', { material: 'plast' })], { deductible: '0' })).toBe('200000.00');
    expect(errorOf(claim([obj('utvendig_ror', '200000', '24')]))).toMatch(/items\[0\] \(utvendig_ror\): material: missing/);
  });

  it('no age deduction in the group when two or more of its objects are damaged in the same event', () => {
    const two = [obj('varmtvannsbereder', '30000', '15'), obj('varmepumpe_luft_luft', '40000', '9')];
    expect(payout(two, { deductible: '0' })).toBe('70000.00');
    expect(settle(claim(two)).steps.filter((s) => /to eller flere gjenstander/.test(s.rule))).toHaveLength(2);
    // a plastic pipe is not one of them: the water heater alone keeps its deduction
    expect(payout([obj('varmtvannsbereder', '30000', '15'), obj('utvendig_ror', '10000', '30', { material: 'plast' })], { deductible: '0' })).toBe('25000.00');
  });

  it('counts the age from purchase, calendar-exact', () => {
    expect(payout([{ description: 'VVB', object: 'varmtvannsbereder', cost: '30000', purchased: '2014-01-10' }], { deductible: '0' })).toBe('30000.00');
    expect(payout([{ description: 'VVB', object: 'varmtvannsbereder', cost: '30000', purchased: '2014-01-09' }], { deductible: '0' })).toBe('27000.00');
  });
});

describe('bygning: market value, BREEAM NOR, rent loss (Erstatningsregler Bygning 6.2, 7)', () => {
  const tak = [{ description: 'Tak', cost: '1000000' }];

  it('not rebuilt within 5 years: the fall in market value, at most the repair compensation', () => {
    expect(payout(tak, { rebuilt_within_5y: false, market_value_loss: '600000' })).toBe('585000.00');
    expect(payout(tak, { rebuilt_within_5y: false, market_value_loss: '1600000' })).toBe('985000.00');
    expect(errorOf(claim(tak, { rebuilt_within_5y: false }))).toMatch(/claim B-1: market_value_loss: missing/);
    expect(errorOf(claim(tak, { market_value_loss: '1' }))).toMatch(/market_value_loss: is paid only for a building not rebuilt/);
  });

  it('deducts a rise in market value above 40 %; any rise when rebuilt to another purpose', () => {
    expect(payout(tak, { market_value_before: '5000000', market_value_after: '7000000' })).toBe('985000.00');
    expect(payout(tak, { market_value_before: '5000000', market_value_after: '7300000' })).toBe('685000.00');
    expect(payout(tak, { market_value_before: '5000000', market_value_after: '5200000', other_purpose: true })).toBe('785000.00');
    expect(errorOf(claim(tak, { market_value_before: '5000000' }))).toMatch(/market_value_after: missing/);
  });

  it('BREEAM NOR: + 5 % before the deductible, at most kr 10 000 000, not for excluded buildings', () => {
    expect(payout(tak, { breeam_upgrade: true })).toBe('1035000.00');
    expect(payout([{ description: 'Alt', cost: '300000000' }], { breeam_upgrade: true, deductible: '0' })).toBe('310000000.00');
    for (const why of ['breeam_certified_before', 'vacated', 'to_be_demolished']) {
      expect(payout(tak, { breeam_upgrade: true, [why]: true })).toBe('985000.00');
    }
  });

  it('rent loss: at most 36 months, 3 when not rebuilt; own premises 50 % unless costs are documented', () => {
    const rent = (r: Record<string, unknown>, extra = {}) => payout(tak, { deductible: '0', rent_loss: { monthly_rent: '10000', ...r }, ...extra });
    expect(rent({ months: 4, own_premises: false })).toBe('1040000.00');
    expect(rent({ months: 40, own_premises: false })).toBe('1360000.00');
    expect(rent({ months: 6, own_premises: false }, { rebuilt_within_5y: false, market_value_loss: '2000000' })).toBe('1030000.00');
    expect(rent({ months: 4, own_premises: true })).toBe('1020000.00');
    expect(rent({ months: 4, own_premises: true, documented_costs: '32000' })).toBe('1032000.00');
    expect(rent({ months: 4, own_premises: true, documented_costs: '52000' })).toBe('1040000.00');
    expect(errorOf(claim(tak, { rent_loss: { monthly_rent: '1', months: 1 } }))).toMatch(/claim B-1: rent_loss\.own_premises: missing/);
  });
});
