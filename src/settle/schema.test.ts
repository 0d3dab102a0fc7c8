import { describe, expect, it } from 'vitest';
import { validateClaim } from './schema.js';

const ok = { id: 'K-1', product: 'eiendeler', date: '2024-03-15', deductible: '15000', items: [{ description: 'PC', category: 'it', new_price: '18000', age_years: '3.5' }] };
const errorOf = (raw: unknown, where = {}) => {
  try {
    validateClaim(raw, where);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};
// a deep copy (undefined values dropped, as a parser never makes them)
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
const withItem = (item: Record<string, unknown>) => ({ ...ok, items: [{ description: 'PC', ...item }] });

const REFUSED: [unknown, RegExp][] = [
  [{ ...ok, product: 'hus' }, /claim K-1: product: unknown product "hus"; expected one of eiendeler, bygning/],
  [{ ...ok, product: undefined }, /claim K-1: product: missing/],
  [{ ...ok, date: undefined }, /claim K-1: date: missing/],
  [{ ...ok, date: '2024-13-01' }, /date: "2024-13-01" is not a date: there is no month 13/],
  [{ ...ok, items: [] }, /claim K-1: items: expected at least one item/],
  [{ ...ok, items: undefined }, /claim K-1: items: missing/],
  [{ ...ok, items: { description: 'PC' } }, /claim K-1: items: expected a list of items, got a mapping/],
  [{ ...ok, items: ['PC'] }, /claim K-1: items\[0\]: expected an item mapping/],
  [{ ...ok, deductible: '-1' }, /claim K-1: deductible: expected an amount of zero or more, got "-1"/],
  [{ ...ok, deductible: -1 }, /claim K-1: deductible: expected an amount of zero or more, got -1/],
  [{ ...ok, deductible: 'femten' }, /claim K-1: deductible: expected a number/],
  [{ ...ok, deductible: '1.500' }, /ambiguous: write 1500 for thousands or 1,50 for a decimal/],
  [{ ...ok, deductible: '15000.005' }, /deductible: expected kroner with at most two decimals \(øre\), got "15000.005"/],
  [{ ...ok, deductible: true }, /deductible: expected an amount in kroner, got boolean true/],
  [{ ...ok, deductible: 1e300 }, /deductible: number 1e\+300 is too large to be exact/],
  [{ ...ok, egenandel: '15000' }, /claim K-1: egenandel: unknown field for eiendeler; expected one of id, product, date/],
  [withItem({ category: 'data' }), /claim K-1: items\[0\] \(PC\): category: expected one of elektrisk, handverktoy, it, annet, got "data"/],
  [withItem({ new_prise: '1' }), /claim K-1: items\[0\] \(PC\): new_prise: unknown field for eiendeler items/],
  [withItem({ building_fixture: 'kanskje' }), /items\[0\] \(PC\): building_fixture: expected true or false, got "kanskje"/],
  [withItem({ purchased: '2021-02-29' }), /items\[0\] \(PC\): purchased: "2021-02-29" is not a date/],
  [withItem({ description: undefined }), /claim K-1: items\[0\]: description: missing/],
  [{ ...ok, items: [{ description: 'Kjele', object: 'fyringskjel' }] }, /items\[0\] \(Kjele\): object: unknown field for eiendeler items/],
  [{ ...ok, product: 'driftstap' }, /claim K-1: items: unknown field for driftstap/],
  [{ id: 'K-1', product: 'motorvogn', date: '2024-01-01', coverage: 'superkasko', items: [{ description: 'Dør', cost: '1' }] }, /coverage: expected one of kasko, delkasko, maskinskade, ansvar, got "superkasko"/],
  [{ id: 'K-1', product: 'motorvogn', date: '2024-01-01', odometer_km: '120000.5', items: [{ description: 'Dør', cost: '1' }] }, /odometer_km: expected a whole number, got "120000.5"/],
  ['just text', /expected a claim mapping/],
  [[ok], /expected a claim mapping \(id, product, date, items …\), got a list/],
];

describe('validateClaim: the JSON Schema of schema/claim.schema.json, by ajv', () => {
  it('reads amounts, dates, enums and booleans into a Claim', () => {
    const c = validateClaim({ ...ok, product: ' Eiendeler', sum_insured: 2000000, items: [{ description: ' PC ', category: 'it', new_price: '18 000', purchased: '01.06.2021', building_fixture: 'nei' }] });
    expect(c.product).toBe('eiendeler');
    expect(c.sum_insured!.toString()).toBe('2000000');
    const item = c.items[0]!;
    expect(item).toMatchObject({ index: 0, description: 'PC', category: 'it', purchased: '2021-06-01', building_fixture: false });
    expect(item.new_price!.toString()).toBe('18000');
  });

  it('enum values are written as the schema lists them', () => {
    expect(errorOf(withItem({ category: 'IT', new_price: '1', age_years: '1' }))).toBe('claim K-1: items[0] (PC): category: expected one of elektrisk, handverktoy, it, annet, got "IT"');
  });

  it('owned: the value handed over becomes the claim, empty values cleared, keys still checked', () => {
    const raw = JSON.parse('{"id":"K-1","product":"eiendeler","date":"2024-03-15","deductible":null,"sum_insured":"","items":[{"description":"PC","category":"","new_price":"18000","age_years":"3.5","repair_cost":null}]}');
    const c = validateClaim(raw, {}, { owned: true });
    expect(c).toBe(raw);
    expect(c.deductible).toBeUndefined();
    expect(c.sum_insured).toBeUndefined();
    expect(c.items[0]!.category).toBeUndefined();
    expect(c.items[0]!.new_price!.toString()).toBe('18000');
    const owned = (v: unknown) => {
      try {
        validateClaim(v, {}, { owned: true });
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(owned(JSON.parse('{"id":"K-1","product":"eiendeler","date":"2024-03-15","__proto__":{"x":1},"items":[{"description":"PC"}]}'))).toBe('claim K-1: __proto__: key "__proto__" is not allowed');
    // owned: the value is converted in place, so each call gets its own deep copy (`ok` is shared)
    expect(owned(clone({ ...ok, date: null }))).toMatch(/claim K-1: date: missing/);
    expect(owned(clone({ ...ok, items: null }))).toMatch(/claim K-1: items: missing/);
    expect(owned(clone({ ...ok, items: [{ description: '', category: 'it' }] }))).toMatch(/claim K-1: items\[0\]: description: missing/);
  });

  it('owned: one item mapping twice in the list (a YAML alias) is read at both places', () => {
    const make = () => {
      const pc = { description: 'PC', category: 'it', new_price: '18000', age_years: '3.5' };
      const rent = { monthly_rent: '1000', months: '2' };
      return [
        { ...ok, items: [pc, { description: 'Skjerm', new_price: '3000', category: 'it', age_years: '1' }, pc, pc] },
        { id: 'B', product: 'bygning', date: '2024-01-10', items: [{ description: 'Tak', cost: '1' }], rent_loss: rent },
      ];
    };
    const [copied, copiedRent] = make().map((raw) => JSON.stringify(validateClaim(raw)));
    const [owned, ownedRent] = make().map((raw) => JSON.stringify(validateClaim(raw, {}, { owned: true })));
    expect(owned).toBe(copied);
    expect(ownedRent).toBe(copiedRent);
    expect(JSON.parse(owned!).items.map((i: { index: number }) => i.index)).toEqual([0, 1, 2, 3]);
  });

  // Every claim of this file, valid or not, validated both ways: an owned value (converted in
  // place) must give the same claim or the same error as a copy.
  const SAME: unknown[] = [
    ok,
    { ...ok, deductible: null, sum_insured: '', items: [{ description: 'PC', category: '', new_price: '18000', repair_cost: null, sub_limit: null }] },
    { ...ok, items: '' },
    { ...ok, items: null },
    { ...ok, date: '' },
    { ...ok, egenandel: '' },
    { ...ok, egenandel: null },
    { ...ok, items: [{ description: 'PC', ny_pris: '' }] },
    { ...ok, items: [{ description: null }] },
    { ...ok, items: [{ description: '  ' }] },
    { ...ok, id: '' },
    { ...ok, product: 'motorvogn', coverage: '', items: [{ description: 'Dør', cost: '1', category: null }] },
    { id: 'B', product: 'bygning', date: '2024-01-10', items: [{ description: 'Tak', cost: '1', object: '' }], rent_loss: '' },
    { id: 'B', product: 'bygning', date: '2024-01-10', items: [{ description: 'Tak', cost: '1' }], rent_loss: null },
    { id: 'B', product: 'bygning', date: '2024-01-10', items: [{ description: 'Tak', cost: '1' }], rent_loss: { monthly_rent: '1', months: '', cause: '', own_premises: null } },
    { id: 'D', product: 'driftstap', date: '2024-01-10', daily_loss: '1000', days: '10', cause: '', items: null },
    { id: 'D', product: 'driftstap', date: '2024-01-10', daily_loss: '1000', days: '10', items: '' },
    { id: 'F', product: 'fritidsbat', date: '2024-01-10', total_loss: true, market_value: '1', items: null },
  ];
  const CASES = [...SAME, ...REFUSED.map(([raw]) => raw)];
  it.each(CASES.map((raw, i) => [i, raw] as const))('owned or copied, the same claim or error: #%i %j', (_i, raw) => {
    const run = (owned: boolean) => {
      try {
        const c = validateClaim(clone(raw), {}, { owned });
        return JSON.stringify(c, (_k, v: unknown) => (v === null ? undefined : v));
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(run(true)).toBe(run(false));
  });

  it('does not change the object it is given', () => {
    const raw = JSON.parse(JSON.stringify({ ...ok, items: [{ description: 'PC', category: 'it', new_price: '18000', age_years: '3.5', repair_cost: null }] }));
    const before = JSON.stringify(raw);
    validateClaim(raw);
    expect(JSON.stringify(raw)).toBe(before);
  });

  it('a timestamp counts by the date written in it, never moved by its time zone', () => {
    expect(validateClaim({ ...ok, date: '2024-03-15T23:30:00-08:00' }).date).toBe('2024-03-15');
    expect(validateClaim({ ...ok, date: '2024-03-15 00:30:00 +14:00' }).date).toBe('2024-03-15');
    expect(validateClaim({ ...ok, date: '2024-03-15T23:59:60.5Z' }).date).toBe('2024-03-15');
    for (const bad of ['2024-03-15T25:00:00', '2024-03-15T23:61', '2024-03-15T23:30:00+15:00', '2024-03-15T23:30:00-08:75']) {
      expect(errorOf({ ...ok, date: bad })).toBe(`claim K-1: date: expected a date like 2024-06-01 or 01.06.2024, got "${bad}"`);
    }
  });

  it('takes a numeric id as text and names the claim in errors', () => {
    expect(validateClaim({ ...ok, id: 117 }).id).toBe('117');
    expect(errorOf({ ...ok, id: 117, date: 'nope' })).toMatch(/^claim 117: date: expected a date/);
  });

  it('names file, line and claim number when the claim has no id', () => {
    const { id: _id, ...noId } = ok;
    expect(errorOf({ ...noId, date: '2023-02-29' }, { file: 'krav.ndjson', line: 7, index: 3 })).toBe(
      'krav.ndjson: line 7: claim #3: date: "2023-02-29" is not a date: February 2023 has 28 days',
    );
  });

  it.each(REFUSED)('refuses %j', (raw, message) => {
    expect(errorOf(raw)).toMatch(message);
  });


  it('refuses __proto__ and constructor keys even when JSON.parse made them own properties', () => {
    const raw = JSON.parse('{"id":"K-1","product":"eiendeler","date":"2024-03-15","__proto__":{"deductible":"0"},"items":[{"description":"PC"}]}');
    expect(errorOf(raw)).toMatch(/claim K-1: __proto__: key "__proto__" is not allowed/);
    const item = JSON.parse('{"description":"PC","constructor":{"x":1}}');
    expect(errorOf({ ...ok, items: [item] })).toMatch(/items\[0\] \(PC\): constructor: key "constructor" is not allowed/);
    expect(({} as Record<string, unknown>).deductible).toBeUndefined();
  });

  it('treats null and "" as a field left out', () => {
    const c = validateClaim({ ...ok, deductible: null, sum_insured: '', items: [{ description: 'PC', repair_cost: null }] });
    expect(c.deductible).toBeUndefined();
    expect(c.sum_insured).toBeUndefined();
    expect('repair_cost' in c.items[0]!).toBe(false);
  });

  it('reads the nested rent_loss of bygning', () => {
    const raw = { id: 'B', product: 'bygning', date: '2024-01-10', items: [{ description: 'Tak', cost: '1' }], rent_loss: { monthly_rent: '45000', months: 4, own_premises: true } };
    expect(validateClaim(raw).rent_loss!.monthly_rent!.toString()).toBe('45000');
    expect(errorOf({ ...raw, rent_loss: { monthly_rent: '1', rent: 2 } })).toMatch(/claim B: rent_loss\.rent: unknown field/);
    expect(errorOf({ ...raw, rent_loss: 5 })).toMatch(/claim B: rent_loss: expected a mapping/);
  });
});
