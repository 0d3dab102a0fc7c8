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
    expect(s.notes[0]).toBe('Fullverdiforsikret bygning: forsikringssummen begrenser ikke erstatningen (Erstatningsregler Bygning 6.1).');
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
    expect(errorOf(claim(tak, { market_value_loss: '1', rebuilt_within_5y: true }))).toMatch(/market_value_loss: is paid only for a building not rebuilt/);
    expect(errorOf(claim(tak, { market_value_loss: '1', rebuilt_on: '2025-06-01' }))).toMatch(/market_value_loss: is paid only for a building not rebuilt/);
  });

  // «som ikke repareres/gjenoppføres innen 5 år. Erstatningen tilsvarer reduksjonen i bygningens
  // markedsverdi» — the tool decides «within 5 years» from the dates itself
  it('rebuilt_on decides «within 5 years» from the loss date; a contradicting yes/no fact is an error', () => {
    // loss 10.01.2024: the deadline is 10.01.2029
    expect(payout(tak, { rebuilt_on: '2029-01-10' })).toBe('985000.00');
    expect(payout(tak, { rebuilt_on: '2029-01-11', market_value_loss: '600000' })).toBe('585000.00');
    expect(errorOf(claim(tak, { rebuilt_on: '2029-01-11' }))).toMatch(/market_value_loss: missing/);
    expect(errorOf(claim(tak, { rebuilt_on: '2025-01-01', rebuilt_within_5y: false }))).toMatch(/claim B-1: rebuilt_within_5y: false contradicts rebuilt_on 2025-01-01 \(the deadline is 2029-01-10\)/);
    expect(errorOf(claim(tak, { rebuilt_on: '2023-12-01' }))).toMatch(/claim B-1: rebuilt_on: 2023-12-01 is before the loss date 2024-01-10/);
  });

  // «Erstatningen utbetales i takt med reparasjon/gjenoppbygging» (Bygning 2)
  it('without rebuilt_on: the fall in market value now, the rest when rebuilt, by five years after the loss', () => {
    const s = data(claim(tak, { market_value_loss: '600000' }));
    expect(s.payout).toBe('985000.00');
    expect(s.payable).toEqual([
      { when: 'now', amount: '585000.00', clause: 'Erstatningsregler Bygning 6.2' },
      { when: 'on_rebuild', amount: '400000.00', by: '2029-01-10', clause: 'Erstatningsregler Bygning 6.2' },
    ]);
    // with rebuilt_on inside the deadline: all now
    expect(data(claim(tak, { rebuilt_on: '2025-03-01' })).payable).toEqual([{ when: 'now', amount: '985000.00', clause: 'Forsikringsavtaleloven § 8-2 (Generelle vilkår 1)' }]);
    // without the fall in market value: nothing certain now, and a note says why
    const u = settle(claim(tak));
    expect(data(claim(tak)).payable.map((p) => [p.when, p.amount])).toEqual([['now', '0.00'], ['on_rebuild', '985000.00']]);
    expect(u.notes.at(-1)).toMatch(/^Reduksjonen i markedsverdien er ikke oppgitt \(market_value_loss\)/);
  });

  it('BREEAM, rent loss beyond 3 months and price increase wait for the rebuild too', () => {
    const s = data(claim(tak, { market_value_loss: '600000', breeam_upgrade: true, price_increase: '20000', rent_loss: { monthly_rent: '10000', months: 5, own_premises: false } }));
    // rebuilt: 1 000 000 + 50 000 + 20 000 + 50 000 − 15 000; not rebuilt: 600 000 + 30 000 − 15 000
    expect(s.payout).toBe('1105000.00');
    expect(s.payable.map((p) => [p.when, p.amount])).toEqual([['now', '615000.00'], ['on_rebuild', '490000.00']]);
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

  // «Tap som følge av at all adkomst til forsikringsstedet er blokkert eller som følge av naturskade,
  // erstattes inntil forsikringssummen, maksimalt kr 10 millioner per kunde»
  it('rent loss at blocked access or natural damage: at most kr 10 000 000', () => {
    const s = settle(claim([{ description: 'Rydding', cost: '0' }], { deductible: '0', rebuilt_on: '2024-08-01', rent_loss: { monthly_rent: '400000', months: 30, own_premises: false, cause: 'blocked_access' } }));
    expect(s.payout.toFixed(2)).toBe('10000000.00');
    expect(lines(s).at(-2)).toEqual(['-2000000.00', 'Husleietap ved all adkomst til forsikringsstedet blokkert: høyst kr 10 000 000,00 per kunde']);
  });

  // «Der sikrede har fradrag for merverdiavgift, erstatter Gjensidige kostnadene uten denne avgiften»
  it('VAT: paid unless the insured deducts it; an item listing VAT needs vat_registered', () => {
    const items = [{ description: 'Tak', cost: '100000', vat: '25000' }];
    expect(payout(items, { vat_registered: false, rebuilt_on: '2024-06-01' })).toBe('110000.00');
    const s = settle(claim(items, { vat_registered: true, rebuilt_on: '2024-06-01' }));
    expect(s.payout.toFixed(2)).toBe('85000.00');
    expect(lines(s)[1]).toEqual(['0.00', 'Tak: merverdiavgift kr 25 000,00 erstattes ikke — sikrede har fradrag for merverdiavgift']);
    expect(s.steps[1]!.clause).toBe('Erstatningsregler Bygning 2');
    expect(errorOf(claim(items))).toMatch(/claim B-1: vat_registered: missing/);
    // the age deduction is taken of the cost with its VAT (the sum the repair costs)
    expect(payout([{ description: 'VVB', object: 'varmtvannsbereder', cost: '24000', vat: '6000', age_years: '12' }], { deductible: '0', vat_registered: false })).toBe('24000.00');
  });

  // «Utbedring/gjenoppføring må være avsluttet innen 5 år etter skadedagen. Erstatningen forfaller
  // først til betaling når skaden er utbedret.» (Påbud fra offentlig myndighet)
  it('costs of a public order are paid only when the damage is repaired', () => {
    const items = [{ description: 'Tak', cost: '100000' }, { description: 'Brannsikring etter påbud', cost: '40000', public_order: true }];
    expect(payout(items, { rebuilt_on: '2026-01-01' })).toBe('125000.00');
    const s = settle(claim(items, { rebuilt_within_5y: false, market_value_loss: '70000' }));
    expect(s.payout.toFixed(2)).toBe('55000.00');
    expect(s.steps[1]!.clause).toBe('Erstatningsregler Bygning 7, Påbud fra offentlig myndighet');
    // waiting for the repair: the rest of the building under 6.2, the public order under its own clause
    expect(data(claim(items, { market_value_loss: '70000' })).payable.map((p) => [p.when, p.amount, p.clause])).toEqual([
      ['now', '55000.00', 'Erstatningsregler Bygning 6.2'],
      ['on_rebuild', '30000.00', 'Erstatningsregler Bygning 6.2'],
      ['on_rebuild', '40000.00', 'Erstatningsregler Bygning 7, Påbud fra offentlig myndighet'],
    ]);
  });

  // «I Norden med inntil oppgitt forsikringssum, maksimalt kr 2 000 000 for ting som midlertidig er
  // borte fra forsikringsstedet» (Næringsbygg, Hvor gjelder forsikringen?)
  it('things away from the insured place: at most kr 2 000 000, capping their own part', () => {
    const s = settle(claim([{ description: 'Tak', cost: '500000' }, { description: 'Dører på verksted', cost: '2600000', sub_limit: 'away_from_premises' }], { deductible: '0', rebuilt_on: '2024-06-01' }));
    expect(s.payout.toFixed(2)).toBe('2500000.00');
    expect(lines(s).at(-2)).toEqual(['-600000.00', 'Ting midlertidig borte fra forsikringsstedet: høyst kr 2 000 000,00 (kr 2 600 000,00 før begrensningen)']);
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
