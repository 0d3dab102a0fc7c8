/**
 * Properties every settlement keeps, over generated claims (fast-check):
 * payout ≥ 0 · payout ≤ sum insured · the steps add up to the payout · the deductible is applied
 * once per claim · the payout does not fall when a cost rises · the parts of `payable` add up to
 * the payout. The claims reach the sub-limits and VAT (`vat_registered`, `new_price_vat`, `vat`)
 * of eiendeler and bygning too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../core/money.js';
import { settle } from './test-helpers.js';
import type { Settlement } from './types.js';

const LOSS = '2024-03-15';
const kr = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((o) => (o / 100).toFixed(2));
const day = fc.integer({ min: 0, max: 12_000 }).map((d) => new Date(Date.UTC(2024, 2, 15) - d * 86_400_000).toISOString().slice(0, 10));
const age = fc.oneof(
  fc.integer({ min: 0, max: 250 }).map((t) => ({ age_years: (t / 10).toString() })),
  day.map((purchased) => ({ purchased })),
);
const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Things away from the premises or in rented rooms: under a sub-limit that caps their part. */
const thingLimit = maybe(fc.constantFrom('away_from_premises', 'rented_premises'));

const smallItem = fc
  .record({
    category: fc.constantFrom('elektrisk', 'handverktoy', 'it', 'annet'),
    new_price: kr(0, 98_000),
    // the VAT new_price includes, as a share of it (at most 20 %: VAT is 25 % of the price ex VAT)
    vat_share: maybe(fc.integer({ min: 0, max: 20 })),
    age,
    repair_cost: maybe(kr(0, 120_000)),
    used_price: maybe(kr(0, 90_000)),
    sub_limit: thingLimit,
  })
  .map(({ age: a, vat_share, ...rest }) => ({
    description: 'Liten ting',
    ...a,
    ...rest,
    ...(vat_share !== undefined ? { new_price_vat: new Decimal(rest.new_price).times(vat_share).dividedBy(100).toFixed(2, Decimal.ROUND_DOWN) } : {}),
  }));

/** An expense under a sub-limit of 6.5 or glass (its cost; archives within 24 months or not). */
const expenseItem = fc
  .record({
    sub_limit: fc.constantFrom('glass_extras', 'backup', 'blocked_access', 'natural_damage', 'archives'),
    cost: kr(0, 12_000_000),
    repaired_on: fc.constantFrom(undefined, '2025-01-01', '2026-06-01'),
  })
  .map(({ repaired_on, ...rest }) => ({ description: 'Utgift', ...rest, ...(rest.sub_limit === 'archives' && repaired_on !== undefined ? { repaired_on } : {}) }));

const bigItem = fc
  .record({
    new_price: kr(100_000, 4_000_000),
    lifetime_years: fc.integer({ min: 1, max: 40 }).map(String),
    age,
    repair_cost: maybe(kr(0, 3_000_000)),
    market_value_after: maybe(kr(0, 200_000)),
    market_value_loss: maybe(kr(0, 500_000)),
    replaced_on: fc.constantFrom(undefined, '2025-01-01'),
    sub_limit: thingLimit,
  })
  .map(({ age: a, ...rest }) => ({ description: 'Stor ting', ...a, ...rest }));

const eiendelerClaim = fc.record({
  id: fc.constant('P-1'),
  product: fc.constant('eiendeler'),
  date: fc.constant(LOSS),
  deductible: kr(0, 50_000),
  sum_insured: kr(0, 3_000_000),
  price_increase: maybe(kr(0, 100_000)),
  vat_registered: fc.boolean(),
  items: fc.array(fc.oneof(smallItem, bigItem, expenseItem), { minLength: 1, maxLength: 4 }),
});

const clean = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;
const sumOfSteps = (s: Settlement) => s.steps.reduce((a, st) => a.plus(st.amount), ZERO);

/** The parts of `payable` add up to the payout, none negative, one part paid now. */
function payableAddsUp(s: Settlement): void {
  let total = ZERO;
  for (const p of s.payable) {
    expect(p.amount.greaterThanOrEqualTo(0)).toBe(true);
    total = total.plus(p.amount);
  }
  expect(total.equals(s.payout)).toBe(true);
  expect(s.payable.filter((p) => p.when === 'now')).toHaveLength(1);
}

/** Not covered: the reason as a step, or the reading above the end of the maskinskade table. */
const notCovered = (s: Settlement) => s.steps[0]!.rule.startsWith('Ikke dekket') || s.steps[0]!.clause.startsWith('Lesning av Erstatningsregler Motorvogn, Egenandel maskinskade');

/** What every settlement keeps: payout ≥ 0 (≤ cap), steps add up to it in øre, one deductible, payable adds up. */
function invariants(s: Settlement, cap?: string): void {
  expect(s.payout.greaterThanOrEqualTo(0)).toBe(true);
  if (cap !== undefined) expect(s.payout.lessThanOrEqualTo(new Decimal(cap))).toBe(true);
  expect(sumOfSteps(s).equals(s.payout)).toBe(true);
  for (const st of s.steps) expect(st.amount.decimalPlaces()).toBeLessThanOrEqual(2);
  payableAddsUp(s);
  if (notCovered(s)) expect(s.payout.isZero()).toBe(true);
  else expect(s.steps.filter((st) => st.rule.startsWith('Egenandel'))).toHaveLength(1);
}

/** Raise one money field of a claim (or of one of its items) by delta; false when it has none. */
function raise(raw: Record<string, unknown>, path: string, which: number, delta: string): boolean {
  const [head, field] = path.split('.') as [string, string | undefined];
  let target = raw as Record<string, unknown>;
  let key = head;
  if (head === 'items') {
    const items = raw.items as Record<string, unknown>[] | undefined;
    if (items === undefined || items.length === 0) return false;
    target = items[which % items.length]!;
    key = field!;
  } else if (field !== undefined) {
    target = raw[head] as Record<string, unknown>;
    if (target === undefined) return false;
    key = field;
  }
  if (target[key] === undefined) return false;
  target[key] = new Decimal(target[key] as string).plus(delta).toFixed(2);
  return true;
}

function monotone(arb: fc.Arbitrary<Record<string, unknown>>, fields: string[], keep: (raw: Record<string, unknown>) => boolean = () => true): void {
  fc.assert(
    fc.property(arb, fc.nat(), fc.constantFrom(...fields), kr(0, 50_000), (raw, which, f, delta) => {
      const before = clean(raw);
      const after = clean(raw);
      if (!raise(after, f, which, delta) || !keep(after)) return;
      expect(settle(after).payout.greaterThanOrEqualTo(settle(before).payout)).toBe(true);
    }),
    { numRuns: 400 },
  );
}

describe('settlement properties (eiendeler)', () => {
  it('payout ≥ 0, ≤ sum insured, equal to the sum of the steps, deductible once', () => {
    fc.assert(
      fc.property(eiendelerClaim, (raw) => {
        const c = clean(raw);
        const s = settle(c);
        expect(s.payout.greaterThanOrEqualTo(0)).toBe(true);
        expect(s.payout.lessThanOrEqualTo(new Decimal(c.sum_insured))).toBe(true);
        expect(sumOfSteps(s).equals(s.payout)).toBe(true);
        payableAddsUp(s);
        expect(s.steps.filter((st) => st.clause === 'Erstatningsregler Eiendeler 8')).toHaveLength(1);
        for (const st of s.steps) expect(st.amount.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });

  it('the payout does not fall when a cost rises', () => {
    const field = fc.constantFrom('new_price', 'repair_cost', 'used_price', 'price_increase', 'cost');
    fc.assert(
      fc.property(eiendelerClaim, fc.nat(), field, kr(0, 50_000), (raw, which, f, delta) => {
        const before = clean(raw);
        const after = clean(raw);
        if (f === 'price_increase') {
          after.price_increase = new Decimal(before.price_increase ?? 0).plus(delta).toFixed(2);
        } else {
          const i = which % after.items.length;
          const item = after.items[i] as Record<string, string | undefined>;
          if (item[f] === undefined) return;
          const raised = new Decimal(item[f]!).plus(delta);
          // staying in the same rule: an item under kr 100 000 stays under it
          if (f === 'new_price' && item.description === 'Liten ting' && raised.greaterThanOrEqualTo(100_000)) return;
          item[f] = raised.toFixed(2);
        }
        expect(settle(after).payout.greaterThanOrEqualTo(settle(before).payout)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

const bygningObject = fc.constantFrom(undefined, 'fyringskjel', 'varmekabler', 'vvs', 'boblebad', 'utvendig_ror', 'varmtvannsbereder', 'varmepumpe_luft_luft');
const bygningItem = fc
  .record({
    object: bygningObject,
    cost: kr(0, 500_000),
    vat: maybe(kr(0, 100_000)),
    public_order: fc.boolean(),
    away: fc.boolean(),
    age,
    material: fc.constantFrom('plast', 'glassfiber', 'annet'),
    point_repair: fc.boolean(),
  })
  .map(({ age: a, object, material, point_repair, public_order, away, vat, ...rest }) => ({
    description: 'Bygningsdel',
    ...(object !== undefined ? { object, ...a } : {}),
    ...(object === 'utvendig_ror' ? { material } : {}),
    ...(object === 'varmekabler' ? { point_repair } : {}),
    ...(object === undefined && public_order ? { public_order } : {}),
    ...(object === undefined && !public_order && away ? { sub_limit: 'away_from_premises' } : {}),
    ...(vat !== undefined ? { vat } : {}),
    ...rest,
  }));
const bygningClaim = fc
  .record({
    id: fc.constant('P-2'),
    product: fc.constant('bygning'),
    date: fc.constant(LOSS),
    deductible: kr(0, 50_000),
    sum_insured: kr(0, 3_000_000),
    first_risk: fc.boolean(),
    breeam_upgrade: fc.boolean(),
    vat_registered: fc.boolean(),
    other_purpose: fc.boolean(),
    market: fc.constantFrom('none', 'rise', 'not_rebuilt', 'rebuilt_on', 'pending'),
    market_value_before: kr(1_000_000, 5_000_000),
    rise: kr(0, 3_000_000),
    market_value_loss: kr(0, 1_000_000),
    rent: maybe(fc.record({ monthly_rent: kr(0, 100_000), months: fc.integer({ min: 0, max: 48 }), own_premises: fc.boolean(), documented_costs: maybe(kr(0, 500_000)) })),
    items: fc.array(bygningItem, { minLength: 1, maxLength: 4 }),
  })
  .map(({ market, market_value_before, rise, market_value_loss, rent, ...c }) => ({
    ...c,
    ...(market === 'rise' ? { market_value_before, market_value_after: new Decimal(market_value_before).plus(rise).toFixed(2) } : {}),
    ...(market === 'not_rebuilt' ? { rebuilt_within_5y: false, market_value_loss } : {}),
    ...(market === 'rebuilt_on' ? { rebuilt_on: '2026-06-30' } : {}),
    ...(market === 'pending' ? { market_value_loss, price_increase: market_value_loss } : {}),
    ...(rent ? { rent_loss: rent.own_premises ? rent : { ...rent, documented_costs: undefined } } : {}),
  }));

describe('settlement properties (bygning)', () => {
  it('payout ≥ 0, ≤ a first-risk sum, steps add up, deductible once', () => {
    fc.assert(
      fc.property(bygningClaim, (raw) => {
        const c = clean(raw) as Record<string, unknown>;
        invariants(settle(c), c.first_risk ? (c.sum_insured as string) : undefined);
      }),
      { numRuns: 400 },
    );
  });

  it('the payout does not fall when a cost rises', () => {
    monotone(bygningClaim, ['items.cost', 'items.vat', 'rent_loss.monthly_rent', 'market_value_loss']);
  });
});

/** A repair item: a lump cost, or parts and labour; VAT; electronics with an age. */
const repairItemArb = fc
  .record({ lump: fc.boolean(), cost: kr(0, 200_000), parts: kr(0, 100_000), labour: kr(0, 100_000), vat: maybe(kr(0, 50_000)), electronics: fc.boolean(), age })
  .map(({ lump, cost, parts, labour, vat, electronics, age: a }) => ({
    description: 'Del',
    ...(lump ? { cost } : { parts, labour }),
    ...(vat !== undefined ? { vat } : {}),
    ...(electronics ? { category: 'elektronikk', ...a } : {}),
  }));

const motorvognClaim = fc
  .record({
    id: fc.constant('P-3'),
    product: fc.constant('motorvogn'),
    date: fc.constant(LOSS),
    coverage: fc.constantFrom('kasko', 'delkasko', 'maskinskade', 'ansvar'),
    deductible: kr(0, 30_000),
    sum_insured: maybe(kr(0, 1_000_000)),
    odometer_km: fc.integer({ min: 0, max: 260_000 }),
    animal_collision: fc.boolean(),
    total_weight_kg: fc.integer({ min: 500, max: 7000 }),
    intoxicated: fc.boolean(),
    cash: fc.boolean(),
    vat_paid: fc.boolean(),
    items: fc.array(repairItemArb, { minLength: 1, maxLength: 3 }),
  })
  .map((c) => (c.cash ? { ...c, items: c.items.map(({ cost, ...it }: Record<string, unknown>) => (cost !== undefined ? { ...it, parts: cost, labour: '0' } : it)) } : c));

describe('settlement properties (motorvogn)', () => {
  it('payout ≥ 0, ≤ a known sum, steps add up, deductible once (or not covered)', () => {
    fc.assert(
      fc.property(motorvognClaim, (raw) => {
        const c = clean(raw) as Record<string, unknown>;
        invariants(settle(c), c.sum_insured as string | undefined);
      }),
      { numRuns: 400 },
    );
  });

  it('the payout does not fall when a cost rises', () => {
    monotone(motorvognClaim, ['items.cost', 'items.parts', 'items.labour', 'items.vat']);
  });
});

const fritidsbatClaim = fc
  .record({
    id: fc.constant('P-4'),
    product: fc.constant('fritidsbat'),
    date: fc.constant(LOSS),
    deductible: kr(0, 30_000),
    sum_insured: kr(0, 2_000_000),
    regatta: fc.boolean(),
    theft: fc.boolean(),
    fg_tracking_active: fc.boolean(),
    business_use: fc.boolean(),
    cash: fc.boolean(),
    intoxicated: fc.boolean(),
    total: fc.boolean(),
    market_value: kr(0, 3_000_000),
    items: fc.array(repairItemArb, { minLength: 1, maxLength: 3 }),
  })
  .map(({ total, market_value, items, ...c }) => (total ? { ...c, total_loss: true, market_value } : { ...c, items }));

describe('settlement properties (fritidsbat)', () => {
  it('payout ≥ 0, ≤ sum insured, steps add up, deductible once (or not covered)', () => {
    fc.assert(
      fc.property(fritidsbatClaim, (raw) => {
        const c = clean(raw) as Record<string, unknown>;
        invariants(settle(c), c.sum_insured as string);
      }),
      { numRuns: 400 },
    );
  });

  it('the payout does not fall when a cost rises', () => {
    monotone(fritidsbatClaim, ['items.cost', 'items.parts', 'items.labour', 'items.vat', 'market_value']);
  });
});

const arbeidsmaskinClaim = fc
  .record({
    id: fc.constant('P-5'),
    product: fc.constant('arbeidsmaskin'),
    date: fc.constant(LOSS),
    coverage: fc.constantFrom('kasko', 'maskinskade', 'ansvar', 'avbrudd'),
    deductible: kr(0, 30_000),
    sum_insured: kr(0, 2_000_000),
    rolled_without_driver: fc.boolean(),
    intoxicated: fc.boolean(),
    cash: fc.boolean(),
    vat_paid: fc.boolean(),
    vat_registered: fc.boolean(),
    policy_start: fc.constantFrom('2019-01-01', '2023-01-01'),
    items: fc.array(repairItemArb, { minLength: 1, maxLength: 3 }),
  })
  .map((c) => ({
    ...c,
    items: c.items.map(({ category: _c, age_years: _a, purchased: _p, cost, ...it }: Record<string, unknown>) =>
      c.cash && cost !== undefined ? { ...it, parts: cost, labour: '0' } : cost !== undefined ? { ...it, cost } : it,
    ),
  }));

describe('settlement properties (arbeidsmaskin)', () => {
  it('payout ≥ 0, ≤ sum insured, steps add up, deductible once; a rolling machine\'s recourse is kr 15 000 at least, the deductible at most', () => {
    fc.assert(
      fc.property(arbeidsmaskinClaim, (raw) => {
        const c = clean(raw) as Record<string, unknown>;
        const s = settle(c);
        invariants(s, c.sum_insured as string);
        if (s.recourse !== undefined) {
          expect(s.recourse.greaterThanOrEqualTo(15_000)).toBe(true);
          expect(s.recourse.lessThanOrEqualTo(Decimal.max(15_000, s.deductible!))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the payout does not fall when a cost rises', () => {
    monotone(arbeidsmaskinClaim, ['items.cost', 'items.parts', 'items.labour', 'items.vat']);
  });
});

const driftstapClaim = fc.record({
  id: fc.constant('P-6'),
  product: fc.constant('driftstap'),
  date: fc.constant(LOSS),
  sum_insured: kr(0, 5_000_000),
  deductible: maybe(kr(0, 50_000)),
  daily_loss: kr(0, 200_000),
  days: fc.integer({ min: 0, max: 400 }),
  karenstid_days: fc.integer({ min: 0, max: 30 }),
  cause: fc.constantFrom('design_fault', 'material_fault', 'dimensioning_fault', 'construction_fault', 'corrosion', 'wear', 'faulty_installation', 'other'),
  fix_days: fc.integer({ min: 0, max: 60 }),
});

describe('settlement properties (driftstap)', () => {
  it('payout ≥ 0, ≤ sum insured, steps add up, the waiting period once', () => {
    fc.assert(
      fc.property(driftstapClaim, (raw) => {
        const c = clean(raw) as Record<string, unknown>;
        const s = settle(c);
        expect(s.payout.greaterThanOrEqualTo(0)).toBe(true);
        expect(s.payout.lessThanOrEqualTo(new Decimal(c.sum_insured as string))).toBe(true);
        expect(sumOfSteps(s).equals(s.payout)).toBe(true);
        payableAddsUp(s);
        expect(s.steps.filter((st) => st.rule.startsWith('Karenstid'))).toHaveLength(1);
        expect(s.steps.filter((st) => st.rule.startsWith('Avtalt egenandel'))).toHaveLength(c.deductible === undefined ? 0 : 1);
      }),
      { numRuns: 400 },
    );
  });

  it('the payout does not fall when the daily loss rises', () => {
    monotone(driftstapClaim, ['daily_loss']);
  });
});

const ansvarClaim = fc.record({
  id: fc.constant('P-7'),
  product: fc.constant('ansvar'),
  date: fc.constantFrom('2023-06-01', LOSS),
  coverage: fc.constantFrom('bedriftsansvar', 'produktansvar'),
  deductible: kr(0, 50_000),
  sum_insured: kr(0, 10_000_000),
  items: fc.array(fc.record({ description: fc.constant('Skade'), cost: kr(0, 3_000_000) }), { minLength: 1, maxLength: 4 }),
});

describe('settlement properties (ansvar)', () => {
  it('payout ≥ 0, ≤ sum per event, steps add up, one deductible per event', () => {
    fc.assert(
      fc.property(ansvarClaim, (raw) => {
        const c = clean(raw) as Record<string, unknown>;
        invariants(settle(c), c.sum_insured as string);
      }),
      { numRuns: 300 },
    );
  });

  it('the payout does not fall when a cost rises', () => {
    monotone(ansvarClaim, ['items.cost']);
  });
});

const yrkesskadeClaim = fc.record({
  id: fc.constant('P-8'),
  product: fc.constant('yrkesskade'),
  date: fc.constant('2023-10-12'),
  settlement_date: fc.constantFrom('2023-10-12', '2024-04-30', '2024-05-01', '2025-06-01'),
  items: fc.array(fc.record({ description: fc.constant('Post'), g: fc.integer({ min: 0, max: 30_000 }).map((t) => t / 1000) }), { minLength: 1, maxLength: 4 }),
});

describe('settlement properties (yrkesskade)', () => {
  it('payout ≥ 0, steps add up, no deductible; more G never pays less', () => {
    fc.assert(
      fc.property(yrkesskadeClaim, fc.nat(), (raw, which) => {
        const c = clean(raw);
        const s = settle(c);
        expect(s.payout.greaterThanOrEqualTo(0)).toBe(true);
        expect(sumOfSteps(s).equals(s.payout)).toBe(true);
        expect(s.steps.some((st) => st.rule.startsWith('Egenandel'))).toBe(false);
        payableAddsUp(s);
        const more = clean(raw);
        const item = more.items[which % more.items.length]!;
        item.g = new Decimal(item.g).plus('0.001').toNumber(); // a JSON number: «1.001» as text is ambiguous
        expect(settle(more).payout.greaterThanOrEqualTo(s.payout)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

const behandlingClaim = fc.record({
  id: fc.constant('P-9'),
  product: fc.constant('behandling'),
  date: fc.constant('2023-12-01'),
  had_deductible_before: fc.boolean(),
  deductible: kr(0, 2_000),
  sum_insured: maybe(kr(0, 50_000)),
  items: fc.array(
    fc.record({
      description: fc.constant('Behandling'),
      treatment: fc.constantFrom('fysioterapeut', 'kiropraktor', 'naprapat', 'manuellterapeut', 'osteopat', 'other'),
      date: fc.constantFrom('2023-12-31', '2024-01-01', '2024-06-30'),
      cost: kr(0, 5_000),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

describe('settlement properties (behandling)', () => {
  it('payout ≥ 0, ≤ a known sum, steps add up; kr 150 once per physical treatment from 2024, or the kept deductible once', () => {
    fc.assert(
      fc.property(behandlingClaim, (raw) => {
        const c = clean(raw);
        const s = settle(c);
        expect(s.payout.greaterThanOrEqualTo(0)).toBe(true);
        if (c.sum_insured !== undefined) expect(s.payout.lessThanOrEqualTo(new Decimal(c.sum_insured))).toBe(true);
        expect(sumOfSteps(s).equals(s.payout)).toBe(true);
        payableAddsUp(s);
        const physical2024 = c.items.filter((i) => i.treatment !== 'other' && i.date >= '2024-01-01').length;
        const deductibles = s.steps.filter((st) => st.rule.startsWith('Egenandel')).length;
        expect(deductibles).toBe(c.had_deductible_before ? 1 : physical2024);
      }),
      { numRuns: 300 },
    );
  });

  it('the payout does not fall when a cost rises', () => {
    monotone(behandlingClaim as unknown as fc.Arbitrary<Record<string, unknown>>, ['items.cost']);
  });
});
