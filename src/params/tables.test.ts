import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { builtInTables, entryPeriods, lookup, mergeParams, readTable } from './tables.js';

const t = builtInTables();

describe('built-in tables', () => {
  it('G per 1 May, 2015–2026', () => {
    expect(lookup(t.g, '2024-06-01').value.toFixed()).toBe('124028');
    expect(lookup(t.g, '2024-04-30').value.toFixed()).toBe('118620');
    expect(lookup(t.g, '2024-05-01').value.toFixed()).toBe('124028');
    expect(lookup(t.g, '2015-05-01').value.toFixed()).toBe('90068');
    expect(lookup(t.g, '2027-04-30').value.toFixed()).toBe('136549');
    expect(t.g.entries.map((e) => e.value!.toFixed())).toEqual(['90068', '92576', '93634', '96883', '99858', '101351', '106399', '111477', '118620', '124028', '130160', '136549']);
    for (const e of t.g.entries) expect(e.source).not.toBe('');
  });
  it('naturskade rate per year, with 2020–2022 unknown', () => {
    expect(lookup(t.naturskade, '2012-01-01').value.toFixed()).toBe('0.07');
    expect(lookup(t.naturskade, '2019-12-31').value.toFixed()).toBe('0.07');
    expect(lookup(t.naturskade, '2023-06-01').value.toFixed()).toBe('0.065');
    expect(lookup(t.naturskade, '2024-01-01').value.toFixed()).toBe('0.07');
    expect(lookup(t.naturskade, '2025-01-01').value.toFixed()).toBe('0.08');
    expect(lookup(t.naturskade, '2026-12-31').value.toFixed()).toBe('0.08');
    for (const d of ['2020-01-01', '2021-07-01', '2022-12-31']) {
      expect(() => lookup(t.naturskade, d)).toThrow(/not known for .*give it with --rate or --params FILE/);
    }
  });
  it('index rates 2024', () => {
    const v = lookup(t.index, '2024-01-01').value;
    expect([v.bygninger?.toFixed(), v.maskin_losore?.toFixed(), v.varer?.toFixed()]).toEqual(['5.2', '10.3', '6.4']);
    expect(() => lookup(t.index, '2025-01-01')).toThrow('give it with --params FILE');
  });
  it('refuses dates before the first value and after the table ends', () => {
    expect(() => lookup(t.g, '2015-04-30')).toThrow(/not known before 2015-05-01/);
    expect(() => lookup(t.g, '2027-05-01')).toThrow(/not known after 2027-04-30/);
    expect(() => lookup(t.naturskade, '2011-12-31')).toThrow(InputError);
    expect(() => lookup(t.naturskade, '2027-01-01')).toThrow(/give it with --rate or --params FILE/);
  });
  it('lists each period with its end', () => {
    const p = entryPeriods(t.naturskade);
    expect(p[0]).toMatchObject({ from: '2012-01-01', to: '2019-12-31' });
    expect(p[p.length - 1]).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('--params files', () => {
  it('extend a table and move its end', () => {
    const m = mergeParams(t, { g: { entries: [{ from: '2027-05-01', value: '142000', source: 'test' }] } }, 'mine.yaml');
    expect(lookup(m.g, '2027-06-01').value.toFixed()).toBe('142000');
    expect(m.g.until).toBe('2028-04-30');
    expect(lookup(m.g, '2024-06-01').value.toFixed()).toBe('124028');
    expect(m.g.origin).toBe('mine.yaml over built-in');
  });
  it('fill an unknown period', () => {
    const m = mergeParams(t, { naturskade: { entries: [{ from: '2020-01-01', value: '0.07', source: 'x' }, { from: '2021-01-01', value: '0.075', source: 'x' }] } }, 'f');
    expect(lookup(m.naturskade, '2021-03-01').value.toFixed()).toBe('0.075');
    expect(m.naturskade.until).toBe('2026-12-31');
  });
  it('are validated with the field named', () => {
    expect(() => mergeParams(t, { gg: {} }, 'f')).toThrow('unknown table "gg"');
    expect(() => mergeParams(t, { g: { entries: [{ from: '2027-02-30', value: '1', source: 's' }] } }, 'f')).toThrow(/g\.entries\[0\]\.from: .*February 2027 has 28 days/);
    expect(() => mergeParams(t, { g: { entries: [{ from: '2027-05-01', value: 'mye', source: 's' }] } }, 'f')).toThrow(/g\.entries\[0\]\.value/);
    expect(() => mergeParams(t, { g: { entries: [{ from: '2027-05-01', value: '-5', source: 's' }] } }, 'f')).toThrow('zero or more');
    expect(() => mergeParams(t, { g: { entries: [{ from: '2027-05-01', value: '5' }] } }, 'f')).toThrow('missing "source"');
    expect(() => mergeParams(t, { index: { entries: [{ from: '2025-01-01', value: { hus: '3' }, source: 's' }] } }, 'f')).toThrow('unknown index class "hus"');
    expect(() => mergeParams(t, [], 'f')).toThrow('expected a mapping');
    expect(() => readTable('g', { entries: [] }, 'f')).toThrow('at least one entry');
  });
});
