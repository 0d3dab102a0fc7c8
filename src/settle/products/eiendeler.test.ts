import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, policy, settle } from '../test-helpers.js';

const base = { id: 'K-1', product: 'eiendeler', date: '2024-03-15', deductible: '15000', sum_insured: '2000000' };
const claim = (items: unknown[], extra: Record<string, unknown> = {}) => ({ ...base, items, ...extra });
const one = (item: Record<string, unknown>, extra: Record<string, unknown> = {}) => claim([{ description: 'Ting', ...item }], extra);
/** Payout with deductible 0 and a large sum: the item's compensation alone. */
const value = (item: Record<string, unknown>) => data(one(item, { deductible: '0' })).payout;

describe('eiendeler: items under kr 100 000 by category (Erstatningsregler Eiendeler 6.2)', () => {
  it('deducts 20 % per started year from 1 year for IT (the manual example: 3,5 years → 3 steps, 60 %)', () => {
    const s = settle(one({ category: 'it', new_price: '18000', age_years: '3.5' }, { deductible: '0' }));
    expect(lines(s)).toEqual([
      ['18000.00', 'Ting: nypris (datautstyr)'],
      ['-10800.00', 'Ting: aldersfradrag 20 % × 3 påbegynte år fra 1 år (3,5 år) = 60 %'],
      ['0.00', 'Egenandel'],
    ]);
    expect(s.payout.toFixed(2)).toBe('7200.00');
    expect(s.steps[0]!.clause).toBe('Erstatningsregler Eiendeler 6.2');
  });

  it.each([
    ['elektrisk', '5', '42000.00'],
    ['elektrisk', '5.5', '37800.00'],
    ['elektrisk', '7', '33600.00'],
    ['handverktoy', '5', '42000.00'],
    ['handverktoy', '6.2', '29400.00'],
    ['annet', '5.01', '35700.00'],
    ['it', '1', '42000.00'],
    ['it', '1.01', '33600.00'],
  ])('%s at age %s years', (category, age, expected) => {
    expect(value({ category, new_price: '42000', age_years: age })).toBe(expected);
  });

  it('no age deduction on the exact anniversary; the day after a year has started', () => {
    expect(value({ category: 'it', new_price: '10000', purchased: '2023-03-15' })).toBe('10000.00');
    expect(value({ category: 'it', new_price: '10000', purchased: '2023-03-14' })).toBe('8000.00');
    expect(value({ category: 'elektrisk', new_price: '10000', purchased: '2019-03-15' })).toBe('10000.00');
    expect(value({ category: 'elektrisk', new_price: '10000', purchased: '2019-03-14' })).toBe('9000.00');
  });

  it('counts a leap-day purchase by its 1 March anniversary', () => {
    const at = (date: string) => data({ ...one({ category: 'it', new_price: '10000', purchased: '2020-02-29' }, { deductible: '0' }), date }).payout;
    expect(at('2021-02-28')).toBe('10000.00');
    expect(at('2021-03-01')).toBe('10000.00');
    expect(at('2021-03-02')).toBe('8000.00');
    expect(at('2024-02-29')).toBe('4000.00');
  });

  it('never goes below 0', () => {
    expect(value({ category: 'it', new_price: '10000', age_years: '12' })).toBe('0.00');
    const s = settle(one({ category: 'it', new_price: '10000', age_years: '12' }, { deductible: '0' }));
    expect(s.steps[1]!.rule).toContain('= 100 %, høyst 100 %');
  });

  it('rounds the age deduction to øre when it is produced', () => {
    expect(value({ category: 'elektrisk', new_price: '999.95', age_years: '6' })).toBe('899.95');
    expect(value({ category: 'handverktoy', new_price: '33.33', age_years: '6' })).toBe('28.33'); // 15 % = 4.9995 → 5.00
  });

  it('pays a cheaper repair without age deduction, but not a repair that costs as much', () => {
    const s = settle(one({ category: 'it', new_price: '12990', purchased: '2023-01-10', repair_cost: '2490' }, { deductible: '0' }));
    expect(lines(s)[0]).toEqual(['2490.00', 'Ting: reparasjonspris, lavere enn nypris med 20 % aldersfradrag (kjøpt 10.01.2023); uten aldersfradrag']);
    expect(value({ category: 'it', new_price: '10000', age_years: '2', repair_cost: '8000' })).toBe('8000.00');
    expect(value({ category: 'it', new_price: '10000', age_years: '2', repair_cost: '7999.99' })).toBe('7999.99');
    expect(value({ category: 'it', new_price: '10000', age_years: '2', repair_cost: '9000' })).toBe('8000.00');
  });

  it('pays the used price of a used replacement without age deduction', () => {
    expect(value({ category: 'elektrisk', new_price: '42000', age_years: '9', used_price: '25000' })).toBe('25000.00');
  });

  it('new price 99 999,99 follows the category rule, exactly 100 000 the lifetime rule', () => {
    expect(value({ category: 'annet', new_price: '99999.99', age_years: '6' })).toBe('84999.99');
    expect(errorOf(one({ category: 'annet', new_price: '100000', age_years: '6' }))).toMatch(/items\[0\] \(Ting\): lifetime_years: missing/);
    expect(value({ category: 'annet', new_price: '100000', age_years: '6', lifetime_years: '20' })).toBe('100000.00');
  });
});

describe('eiendeler: kr 100 000 and more, building fixtures (Erstatningsregler Eiendeler 6.2)', () => {
  it('pays C in full while the age is at most 30 % of the lifetime, exactly 30 % included', () => {
    expect(value({ new_price: '200000', lifetime_years: '10', age_years: '3' })).toBe('200000.00');
    expect(value({ new_price: '200000', lifetime_years: '10', purchased: '2021-03-15' })).toBe('200000.00');
  });

  // «Når tingens … alder utgjør mer enn 30% av den totale brukstiden, beregnes erstatning … etter
  // følgende formel: (A/B) × 1,4 C = E»
  it('above 30 %: E = (A/B) × 1,4 × C with A the remaining lifetime, in the figures the line shows', () => {
    // A = 6,9, B = 10: 0,69 × 1,4 × 200 000 = 193 200
    expect(value({ new_price: '200000', lifetime_years: '10', age_years: '3.1' })).toBe('193200.00');
    // the day after the 3rd anniversary: age 3 + 1/365 = 3,00 years to two decimals, so A = 7,00 —
    // the line computes with what it shows: (7,00/10) × 1,4 × kr 200 000,00 = kr 196 000,00
    const s = settle(one({ new_price: '200000', lifetime_years: '10', purchased: '2021-03-14' }, { deductible: '0' }));
    expect(s.payout.toFixed(2)).toBe('196000.00');
    expect(lines(s)[1]![1]).toBe('Ting: alder 3,00 år (kjøpt 14.03.2021) er over 30 % av brukstid 10 år: E = (A/B) × 1,4 × C = ((10 − 3,00)/10) × 1,4 × kr 200 000,00 = (7,00/10) × 1,4 × kr 200 000,00 = kr 196 000,00');
    // age 3,125 years: 3,13 → A = 6,87; 0,687 × 1,4 × 200 000 = 192 360
    expect(value({ new_price: '200000', lifetime_years: '10', age_years: '3,125' })).toBe('192360.00');
    expect(value({ new_price: '200000', lifetime_years: '10', age_years: '10' })).toBe('0.00');
    expect(value({ new_price: '200000', lifetime_years: '10', age_years: '14' })).toBe('0.00');
  });

  it('uses the repair price as C when the item is repaired', () => {
    const s = settle(one({ new_price: '640000', lifetime_years: '15', purchased: '2017-09-01', repair_cost: '185000' }, { deductible: '0' }));
    expect(lines(s).slice(0, 2)).toEqual([
      ['185000.00', 'Ting: reparasjonspris'],
      // age 6 years and 196/366 days = 6,54; A = 8,46; 8,46/15 × 1,4 × 185 000 = 146 076
      ['-38924.00', 'Ting: alder 6,54 år (kjøpt 01.09.2017) er over 30 % av brukstid 15 år: E = (A/B) × 1,4 × C = ((15 − 6,54)/15) × 1,4 × kr 185 000,00 = (8,46/15) × 1,4 × kr 185 000,00 = kr 146 076,00'],
    ]);
  });

  it('a building fixture follows the lifetime rule whatever its price', () => {
    expect(value({ building_fixture: true, repair_cost: '56000', lifetime_years: '20', age_years: '8' })).toBe('47040.00');
  });

  it('caps at new price − market value after the damage', () => {
    const s = settle(one({ new_price: '300000', market_value_after: '120000', lifetime_years: '10', age_years: '2' }, { deductible: '0' }));
    expect(s.payout.toFixed(2)).toBe('180000.00');
    expect(lines(s)[1]).toEqual(['-120000.00', 'Ting: høyst nypris kr 300 000,00 − markedsverdi etter skaden kr 120 000,00 = kr 180 000,00']);
  });

  it('not replaced within 3 years: the fall in market value, at most new price and repair cost', () => {
    expect(value({ new_price: '300000', replaced_within_3y: false, market_value_loss: '90000' })).toBe('90000.00');
    expect(value({ new_price: '300000', repair_cost: '60000', replaced_within_3y: false, market_value_loss: '90000' })).toBe('60000.00');
    expect(errorOf(one({ new_price: '300000', replaced_within_3y: false }))).toMatch(/market_value_loss: missing/);
    expect(errorOf(one({ category: 'it', new_price: '3000', replaced_within_3y: false, age_years: '1' }))).toMatch(/replaced_within_3y: applies only to items of kr 100 000 or more/);
  });
});

describe('eiendeler: price increase, deductible, sum insured', () => {
  it('price increase is capped at 20 % of the property compensation', () => {
    const s = settle(one({ category: 'it', new_price: '10000', age_years: '0.5' }, { deductible: '0', price_increase: '3000' }));
    expect(lines(s)[1]).toEqual(['2000.00', 'Prisstigning etter skade kr 3 000,00, høyst 20 % av erstatningen for tingskaden (kr 10 000,00)']);
    expect(data(one({ category: 'it', new_price: '10000', age_years: '0.5' }, { deductible: '0', price_increase: '1500' })).payout).toBe('11500.00');
  });

  it('the deductible comes off once per claim, then the sum insured caps', () => {
    const items = [
      { description: 'A', category: 'it', new_price: '50000', age_years: '0.5' },
      { description: 'B', category: 'it', new_price: '50000', age_years: '0.5' },
    ];
    const s = settle(claim(items, { sum_insured: '60000' }));
    expect(lines(s).slice(2)).toEqual([
      ['-15000.00', 'Egenandel'],
      ['-25000.00', 'Begrenset til forsikringssummen kr 60 000,00'],
    ]);
    expect(s.payout.toFixed(2)).toBe('60000.00');
    expect(s.steps.filter((st) => st.clause === 'Erstatningsregler Eiendeler 8')).toHaveLength(1);
  });

  it('a deductible above the compensation leaves a payout of 0, never negative', () => {
    const s = settle(one({ category: 'it', new_price: '5000', age_years: '0.5' }));
    expect(lines(s)[1]).toEqual(['-5000.00', 'Egenandel, høyere enn erstatningen: trukket med det erstatningen utgjør']);
    expect(s.payout.toFixed(2)).toBe('0.00');
  });
});

describe('eiendeler: missing facts are errors naming claim, item and field', () => {
  it.each([
    [{ new_price: '5000', age_years: '1' }, /claim K-1: items\[0\] \(Ting\): category: missing/],
    [{ category: 'it', age_years: '1' }, /claim K-1: items\[0\] \(Ting\): new_price: missing/],
    [{ category: 'it', new_price: '5000' }, /claim K-1: items\[0\] \(Ting\): age_years or purchased: missing/],
    [{ new_price: '150000', age_years: '1' }, /claim K-1: items\[0\] \(Ting\): lifetime_years: missing/],
    [{ building_fixture: true, lifetime_years: '10', age_years: '1' }, /claim K-1: items\[0\] \(Ting\): repair_cost or new_price: missing/],
    [{ new_price: '150000', lifetime_years: '0', age_years: '1' }, /lifetime_years: expected a total lifetime above zero/],
    [{ new_price: '150000', lifetime_years: '10', age_years: '1', used_price: '1' }, /used_price: applies only to items under kr 100 000/],
  ])('%j', (item, message) => {
    expect(errorOf(one(item))).toMatch(message);
  });

  it('without deductible or sum insured, and no policy', () => {
    const { deductible: _d, ...noDeductible } = base;
    expect(errorOf({ ...noDeductible, items: [{ description: 'PC', category: 'it', new_price: '1', age_years: '1' }] })).toMatch(/claim K-1: deductible: missing; state it in the claim or give --policy FILE/);
  });
});

describe('eiendeler: deductible and sum insured from the policy', () => {
  const { deductible: _d, sum_insured: _s, ...bare } = base;
  const c = { ...bare, items: [{ description: 'PC', category: 'it', new_price: '100000', lifetime_years: '5', age_years: '1' }] };

  it('takes them from the coverage whose product is Eiendeler', () => {
    const p = policy([
      { product: 'Næringsbygg', object: 'Storgata 1', sum: '52000000', deductible: '15000' },
      { product: 'Eiendeler', object: 'Storgata 1', sum: '80000', deductible: '10000' },
    ]);
    const s = settle(c, { policy: p, policyFile: 'polise.yaml' });
    expect(s.payout.toFixed(2)).toBe('80000.00');
    expect(s.deductibleFrom).toBe('policy');
    expect(s.notes[0]).toBe('Fra polisen polise.yaml, dekning Eiendeler (Storgata 1): egenandel kr 10 000,00 og forsikringssum kr 80 000,00.');
  });

  it('the claim’s own figures win over the policy', () => {
    const p = policy([{ product: 'Eiendeler', sum: '80000', deductible: '10000' }]);
    const s = settle({ ...c, deductible: '0' }, { policy: p });
    expect(s.payout.toFixed(2)).toBe('80000.00');
    expect(s.deductibleFrom).toBe('claim');
    expect(s.sumInsuredFrom).toBe('policy');
  });

  it('several coverages fit: choose with policy_object', () => {
    const p = policy([
      { product: 'Eiendeler', object: 'Lager', sum: '500000', deductible: '10000' },
      { product: 'Eiendeler', object: 'Kontor', sum: '300000', deductible: '5000' },
    ]);
    expect(errorOf(c, { policy: p })).toMatch(/claim K-1: deductible: missing; the policy has 2 coverages that fit \(Eiendeler \(Lager\); Eiendeler \(Kontor\)\); choose one with policy_object/);
    expect(data({ ...c, policy_object: 'kontor' }, { policy: p }).payout).toBe('95000.00');
  });

  it('no coverage fits', () => {
    const p = policy([{ product: 'Næringsbygg', sum: '1', deductible: '1' }]);
    expect(errorOf(c, { policy: p })).toMatch(/the policy has no coverage whose product starts with "eiendeler" \(its coverages: Næringsbygg\)/);
  });
});

describe('eiendeler: when it is paid (Erstatningsregler Eiendeler 2 and 6.2)', () => {
  // «Ting som ikke repareres/gjenanskaffes innen 3 år erstattes med reduksjonen i markedsverdien …»
  // and «Erstatningen utbetales i takt med reparasjon/gjenanskaffelse»
  it('a thing of the lifetime rule not yet replaced: its fall in market value now, the rest on replacement within 3 years', () => {
    const s = data(one({ new_price: '300000', lifetime_years: '10', age_years: '2', market_value_loss: '90000' }, { deductible: '0' }));
    expect(s.payout).toBe('300000.00');
    expect(s.payable).toEqual([
      { when: 'now', amount: '90000.00', clause: 'Erstatningsregler Eiendeler 6.2' },
      { when: 'on_replacement', amount: '210000.00', by: '2027-03-15', clause: 'Erstatningsregler Eiendeler 6.2' },
    ]);
    // repaired: on_repair
    expect(data(one({ new_price: '300000', repair_cost: '50000', lifetime_years: '10', age_years: '2', market_value_loss: '20000' }, { deductible: '0' })).payable.map((p) => p.when)).toEqual(['now', 'on_repair']);
    // replaced in time: all now; too late: the fall in market value
    expect(data(one({ new_price: '300000', lifetime_years: '10', age_years: '2', replaced_on: '2027-03-15' }, { deductible: '0' })).payable.map((p) => [p.when, p.amount])).toEqual([['now', '300000.00']]);
    expect(data(one({ new_price: '300000', lifetime_years: '10', age_years: '2', replaced_on: '2027-03-16', market_value_loss: '90000' }, { deductible: '0' })).payout).toBe('90000.00');
    expect(errorOf(one({ new_price: '300000', lifetime_years: '10', age_years: '2', replaced_on: '2027-03-16', replaced_within_3y: true }))).toMatch(/replaced_within_3y: true contradicts replaced_on 2027-03-16/);
  });

  it('the deductible comes off what is paid now', () => {
    const s = data(claim([
      { description: 'PC', category: 'it', new_price: '20000', age_years: '0.5' },
      { description: 'Fres', new_price: '300000', lifetime_years: '10', age_years: '2', market_value_loss: '90000' },
    ]));
    expect(s.payable.map((p) => [p.when, p.amount])).toEqual([['now', '95000.00'], ['on_replacement', '210000.00']]);
  });

  // «Prisstigning etter skade erstattes innenfor normal reparasjons-/gjenanskaffelsestid, maksimalt 24 måneder»
  it('the price increase waits for repair or replacement, counted for 24 months', () => {
    const s = data(one({ category: 'it', new_price: '10000', age_years: '0.5' }, { deductible: '0', price_increase: '1500' }));
    expect(s.payable).toEqual([
      { when: 'now', amount: '10000.00', clause: 'Erstatningsregler Eiendeler 2' },
      { when: 'on_replacement', amount: '1500.00', by: '2026-03-15', clause: 'Erstatningsregler Eiendeler 7, Prisstigning etter skade' },
    ]);
    expect(data(one({ category: 'it', new_price: '10000', age_years: '0.5' }, { deductible: '0', price_increase: '1500', replaced_on: '2024-05-02' })).payable).toHaveLength(1);
  });
});

describe('eiendeler: VAT and sub-limits', () => {
  // «For ting med nypris under kr 100 000 eks mva» — the threshold is ex VAT
  it('the kr 100 000 threshold is ex VAT; an insured who deducts VAT is paid ex VAT', () => {
    // 120 000 with 24 000 VAT: 96 000 ex VAT, under the threshold — the category rule
    expect(data(one({ category: 'annet', new_price: '120000', new_price_vat: '24000', age_years: '2' }, { deductible: '0', vat_registered: false })).payout).toBe('120000.00');
    const s = settle(one({ category: 'annet', new_price: '120000', new_price_vat: '24000', age_years: '6' }, { deductible: '0', vat_registered: true }));
    expect(lines(s).slice(0, 3)).toEqual([
      ['120000.00', 'Ting: nypris (andre maskiner, inventar og løsøre)'],
      ['-24000.00', 'Ting: merverdiavgift i nyprisen erstattes ikke — sikrede har fradrag for mva.'],
      ['-14400.00', 'Ting: aldersfradrag 15 % × 1 påbegynte år fra 5 år (6 år) = 15 %'],
    ]);
    expect(s.steps[1]!.clause).toBe('Erstatningsregler Eiendeler 6.1');
    expect(errorOf(one({ category: 'annet', new_price: '120000', new_price_vat: '24000', age_years: '2' }))).toMatch(/claim K-1: vat_registered: missing/);
  });

  // «I Norden med inntil oppgitt forsikringssum, maksimalt kr 2 000 000, for ting som midlertidig er
  // borte fra forsikringsstedet»; «Tyveri og skadeverk … på leide rom … maksimalt kr 500 000»
  it('each sub-limit caps its own part, before the deductible', () => {
    const s = settle(claim([
      { description: 'Maskin på messe', new_price: '2500000', lifetime_years: '20', age_years: '1', sub_limit: 'away_from_premises', replaced_on: '2024-06-01' },
      { description: 'PC på leid kontor', category: 'it', new_price: '40000', age_years: '0.5', sub_limit: 'rented_premises' },
    ], { sum_insured: '5000000' }));
    expect(lines(s).slice(2)).toEqual([
      ['-500000.00', 'Ting midlertidig borte fra forsikringsstedet: høyst kr 2 000 000,00 (kr 2 500 000,00 før begrensningen)'],
      ['-15000.00', 'Egenandel'],
    ]);
    expect(s.steps[2]!.clause).toBe('Vilkår Eiendeler, Hvor gjelder forsikringen?');
  });

  // «Backup/sikkerhetskopier er omfattet også på eksternt lagringssted med inntil forsikringssummen,
  // maksimalt kr. 1 million»; «utgifter til maling, gravering mv., inntil kr 5 000»
  it('expenses under a sub-limit: backup kr 1 000 000, glass extras kr 5 000, glass breakage kr 3 000 deductible', () => {
    expect(data(claim([{ description: 'Backup', cost: '1200000', sub_limit: 'backup' }], { deductible: '0' })).payout).toBe('1000000.00');
    const g = settle(claim([{ description: 'Gravering', cost: '7000', sub_limit: 'glass_extras' }], { glass_breakage: true }));
    expect(lines(g)).toEqual([
      ['7000.00', 'Gravering: maling, gravering mv. ved bruddskade på glass og skilt'],
      ['-2000.00', 'Maling, gravering mv. ved bruddskade på glass og skilt: høyst kr 5 000,00 (kr 7 000,00 før begrensningen)'],
      ['-3000.00', 'Egenandel bruddskade glass og skilt'],
    ]);
    expect(errorOf(claim([{ description: 'X', cost: '1' }]))).toMatch(/items\[0\] \(X\): cost: an eiendeler item with cost is an expense under a sub_limit/);
  });

  // «Nødvendige utgifter til rekonstruksjon av elektroniske data …, innen 24 måneder fra skadedagen»
  it('reconstruction of archives: within 24 months, paid when done', () => {
    const item = { description: 'Arkiv', cost: '80000', sub_limit: 'archives' };
    expect(data(claim([item], { deductible: '0' })).payable).toEqual([
      { when: 'now', amount: '0.00', clause: 'Erstatningsregler Eiendeler 2' },
      { when: 'on_repair', amount: '80000.00', by: '2026-03-15', clause: 'Erstatningsregler Eiendeler 6.5' },
    ]);
    expect(data(claim([{ ...item, repaired_on: '2026-03-15' }], { deductible: '0' })).payout).toBe('80000.00');
    expect(data(claim([{ ...item, repaired_on: '2026-03-16' }], { deductible: '0' })).payout).toBe('0.00');
  });
});
