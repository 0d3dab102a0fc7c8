import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import type { Coverage, DeductibleChange, Policy } from '../model/policy.js';
import { extractPolicy } from '../parse/extract.js';
import { textToSource } from '../parse/text.js';
import { builtInTables } from '../params/tables.js';
import { matchRows } from './check.js';
import { renewalToData } from './data.js';
import { projectDeductible } from './deductibles.js';
import { fitChange, matchProduct, nameKey } from './names.js';
import { renewal, type RenewalInput } from './renewal.js';
import { scheduleRows } from './rows.js';

const tables = builtInTables();

function policy(file: string, p: Partial<Policy>): Policy {
  return { schema: 'skadekalk/policy@1', source: { file, sha256: '0'.repeat(64), kind: 'text', pages: 1 }, warnings: [], ...p };
}

const LETTER = policy('brev.txt', {
  policy_number: '111',
  renewal_date: '2026-01-01',
  index_regulation: {
    effective: '2026-01-01',
    rates: [
      { object: 'bygninger', label: 'Bygninger', percent: '3.4' },
      { object: 'maskin_losore', label: 'Maskiner og løsøre', percent: '2.6' },
    ],
  },
  natural_damage: { rate_permille: '0.09', previous_rate_permille: '0.08' },
  deductible_changes: [{ product: 'Næringsbygg', old: ['15000'], new: ['20000'] }],
});

function old(coverages: Coverage[], extra: Partial<Policy> = {}): Policy {
  return policy('gammel.txt', { policy_number: '111', renewal_date: '2025-01-01', coverages, ...extra });
}

const run = (i: Partial<RenewalInput> & { old: Policy }): ReturnType<typeof renewal> => renewal({ tables, letter: LETTER, ...i });
const s = (d: Decimal | null | undefined): string | null => (d === null || d === undefined ? null : d.toFixed(2));

describe('names: which product and coverage a letter line is for', () => {
  it('products match word by word from the start, case, space and punctuation aside', () => {
    expect(nameKey('  NÆRINGSBYGG\u00a0 Pluss ')).toBe('næringsbygg pluss');
    expect(nameKey('Pluss Brann, vann og tyveri/ran')).toBe('pluss brann vann og tyveri ran');
    expect(matchProduct('Næringsbygg', 'Næringsbygg Pluss')).toEqual({ rowExtra: ['pluss'], changeExtra: [] });
    expect(matchProduct('Borettslag og sameie Pluss', 'borettslag  og sameie')).toEqual({ rowExtra: [], changeExtra: ['pluss'] });
    expect(matchProduct('Sameie', 'Borettslag og sameie')).toBeUndefined();
    expect(matchProduct('Eiendeler', 'Varer')).toBeUndefined();
  });
  it('a longer name the index-class table files elsewhere is another product', () => {
    expect(matchProduct('Næringsbygg', 'Næringsbygg ansvar')).toBeUndefined();
    expect(matchProduct('Eiendeler', 'Eiendeler utenfor')).toEqual({ rowExtra: ['utenfor'], changeExtra: [] });
  });
  it('coverage: none named → sure; stated the same or narrower → sure; not stated or less → maybe; other → no', () => {
    const ch = { product: 'Næringsbygg', coverage: 'Pluss Brann og vann' };
    expect(fitChange({ product: 'Næringsbygg' }, { product: 'Næringsbygg', coverage: 'Standard' })?.fit).toBe('sure');
    expect(fitChange(ch, { product: 'Næringsbygg', coverage: 'pluss brann og vann' })?.fit).toBe('sure');
    expect(fitChange({ product: 'Næringsbygg', coverage: 'Pluss' }, { product: 'Næringsbygg Pluss', coverage: 'Brann og vann' })?.fit).toBe('sure');
    expect(fitChange(ch, { product: 'Næringsbygg' })?.fit).toBe('maybe');
    expect(fitChange(ch, { product: 'Næringsbygg Pluss' })?.fit).toBe('maybe');
    expect(fitChange(ch, { product: 'Næringsbygg', coverage: 'Standard' })?.fit).toBe('no');
    expect(fitChange({ product: 'Arbeidsmaskin', coverage: 'Kasko' }, { product: 'Arbeidsmaskin', coverage: 'Ansvar' })?.fit).toBe('no');
    expect(fitChange(ch, { product: 'Eiendeler' })).toBeUndefined();
  });
});

describe('deductibles: old → expected', () => {
  const row = (product: string, deductible?: string, coverage?: string) => ({ product, ...(coverage ? { coverage } : {}), ...(deductible ? { deductible } : {}) });
  const one = (c: DeductibleChange, r: ReturnType<typeof row>) => projectDeductible(r, [c]);
  it('old → new applies to a row whose deductible is an old value; several old values pair by position', () => {
    const c: DeductibleChange = { product: 'Borettslag og sameie', coverage: 'Pluss', old: ['6000', '10000'], new: ['8000', '12000'] };
    expect(s(one(c, row('Borettslag og sameie', '10000', 'Pluss')).expected)).toBe('12000.00');
    expect(s(one(c, row('Borettslag og sameie Pluss', '6000')).expected)).toBe('8000.00');
    expect(one(c, row('Borettslag og sameie', '7000', 'Pluss')).status).toBe('unchanged');
    expect(one({ product: 'Næringsbygg', old: ['5000', '7000'], new: ['10000'] }, row('Næringsbygg', '7000')).expected?.toFixed()).toBe('10000');
  });
  it('a minimum raises a lower deductible only; an increase adds', () => {
    const min: DeductibleChange = { product: 'Arbeidsmaskin', coverage: 'Kasko', minimum: '10000' };
    expect(s(one(min, row('Arbeidsmaskin', '5000', 'Kasko')).expected)).toBe('10000.00');
    expect(one(min, row('Arbeidsmaskin', '12000', 'Kasko')).status).toBe('unchanged');
    expect(s(one({ product: 'Varer', increase: '1000' }, row('Varer', '9000')).expected)).toBe('10000.00');
  });
  it('a new value alone, a percentage or words say nothing about the stated deductible', () => {
    for (const c of [{ product: 'Arbeidsmaskin', new: ['15000'] }, { product: 'Driftstap', percent: '15' }, { product: 'Driftstap', text: 'x' }]) {
      expect(one(c, row(c.product, '10000')).status).toBe('unchanged');
    }
  });
  it('a change for a coverage the row does not state applies by product and old value (docs/renewal.md)', () => {
    const o = one({ product: 'Næringsbygg', coverage: 'Pluss Brann og vann', old: ['10000'], new: ['15000'] }, row('Næringsbygg', '10000'));
    expect(o.status).toBe('changed');
    expect(o.expected?.toFixed()).toBe('15000');
    expect(o.candidates.map((c) => c.fit)).toEqual(['maybe']);
  });
  it('the old value picks the change: two changes of a product with different old values', () => {
    const letter = [
      { product: 'Næringsbygg', coverage: 'Pluss Brann og vann', old: ['10000'], new: ['15000'] },
      { product: 'Næringsbygg', coverage: 'Valgt lavere egenandel på bygningsglass', old: ['3000'], new: ['5000'] },
    ];
    expect(projectDeductible(row('Næringsbygg', '10000'), letter).expected?.toFixed()).toBe('15000');
    expect(projectDeductible(row('Næringsbygg', '3000'), letter).expected?.toFixed()).toBe('5000');
    expect(projectDeductible(row('Næringsbygg', '20000'), letter).status).toBe('unchanged');
  });
  it('a row that states another coverage is not changed', () => {
    const o = one({ product: 'Næringsbygg', coverage: 'Pluss Brann og vann', old: ['10000'], new: ['15000'] }, { ...row('Næringsbygg', '10000'), coverage: 'Bygningsglass' });
    expect(o.status).toBe('unchanged');
  });
  it('two changes with different results are ambiguous; a row without a deductible is not_stated', () => {
    const o = projectDeductible(row('Borettslag og sameie Pluss', '6000'), [
      { product: 'Borettslag og sameie', coverage: 'Pluss', old: ['6000'], new: ['8000'] },
      { product: 'Borettslag og sameie Pluss', increase: '10000' },
    ]);
    expect(o.status).toBe('ambiguous');
    expect(o.options.map((x) => x.toFixed())).toEqual(['8000', '16000']);
    expect(projectDeductible(row('Næringsbygg'), LETTER.deductible_changes!).status).toBe('not_stated');
  });
});

describe('projection', () => {
  const bygg = (object: string, sum: Coverage['sum'], extra: Partial<Coverage> = {}): Coverage => ({ product: 'Næringsbygg', object, index_class: 'bygninger', sum, deductible: '15000', premium: '31250', ...extra });

  it('sums × (1 + index %) rounded half up to whole kroner; premiums to øre; deductibles by the letter', () => {
    const r = run({ old: old([bygg('A', '1000050', { premium: '1000.05' }), bygg('B', '38400000')]) });
    expect(r.renewalDate).toBe('2026-01-01');
    const [a, b] = r.objects;
    // 1 000 050 × 1,034 = 1 034 051,7 → 1 034 052; 1 000,05 × 1,034 = 1 034,0517 → 1 034,05
    expect([s(a!.expected.sum), s(a!.expected.premium), s(a!.indexEffect), s(a!.expected.deductible)]).toEqual(['1034052.00', '1034.05', '34.00', '20000.00']);
    expect(s(b!.expected.sum)).toBe('39705600.00');
    expect(a!.index?.source).toBe('brev.txt, index_regulation.rates[0]');
    expect(r.changes[0]).toMatchObject({ status: 'applied', rows: [{ object: 'Næringsbygg, A', sure: true }, { object: 'Næringsbygg, B', sure: true }] });
  });
  it('exactly half a krone rounds up', () => {
    const l = { ...LETTER, index_regulation: { rates: [{ object: 'bygninger' as const, label: 'Bygninger', percent: '5' }] } };
    // 1 000 010 × 1,05 = 1 050 010,5
    expect(s(run({ old: old([bygg('A', '1000010')]), letter: l }).objects[0]!.expected.sum)).toBe('1050011.00');
  });
  it('first-risk sums are not indexed unless asked; class none is not indexed; Fullverdi has no sum but an indexed premium', () => {
    const rows = [
      { product: 'Eiendeler utenfor', index_class: 'maskin_losore' as const, sum: { first_risk: '500000' }, premium: '1000' },
      { product: 'Driftstap', index_class: 'none' as const, sum: '12000000', premium: '5000' },
      { product: 'Næringsbygg', object: 'C', index_class: 'bygninger' as const, note: 'Fullverdi', premium: '1000' },
    ];
    const r = run({ old: old(rows) });
    expect(r.objects.map((o) => [s(o.expected.sum), s(o.expected.premium)])).toEqual([
      ['500000.00', '1000.00'],
      ['12000000.00', '5000.00'],
      [null, '1034.00'],
    ]);
    const f = run({ old: old(rows), indexFirstRisk: true });
    expect([s(f.objects[0]!.expected.sum), s(f.objects[0]!.expected.premium)]).toEqual(['513000.00', '1026.00']);
  });
  it('a row of class other is unresolved, never guessed; --index-class settles it (and an unknown name is refused)', () => {
    const rows: Coverage[] = [{ product: 'Kunstsamling', index_class: 'other', sum: '2000000', premium: '3000' }];
    const r = run({ old: old(rows) });
    expect(r.objects[0]!.expected.sum).toBeNull();
    expect(r.unresolved).toEqual([expect.objectContaining({ object: 'Kunstsamling', field: 'sum', reason: expect.stringContaining('--index-class') }), expect.objectContaining({ field: 'natural_damage' })]);
    expect(r.naturalDamage?.leftOut).toEqual(['Kunstsamling']);
    const ok = run({ old: old(rows), indexClasses: [{ name: ' kunstsamling ', cls: 'maskin_losore' }] });
    expect([s(ok.objects[0]!.expected.sum), ok.objects[0]!.classFrom, ok.unresolved.length]).toEqual(['2052000.00', 'option', 0]);
    expect(() => run({ old: old(rows), indexClasses: [{ name: 'Maleri', cls: 'innbo' }] })).toThrow(UsageError);
  });
  it('a class the letter does not state comes from the table when it knows the date, else the row is unresolved', () => {
    const v: Coverage = { product: 'Varer', index_class: 'varer', sum: '1000000' };
    const r = run({ old: old([v]) });
    expect(r.unresolved[0]).toMatchObject({ object: 'Varer', field: 'sum', reason: expect.stringContaining('ingen indekssats for varer') });
    const l2024 = { ...LETTER, index_regulation: { effective: '2024-01-01', rates: [{ object: 'bygninger' as const, label: 'Bygninger', percent: '5.2' }] }, renewal_date: '2024-01-01' };
    const t = run({ old: old([v], { renewal_date: '2023-01-01' }), letter: l2024 });
    expect([s(t.objects[0]!.expected.sum), t.objects[0]!.index?.source]).toEqual(['1064000.00', expect.stringContaining('parametertabell')]);
  });
  it('without a letter the rates come from the tables for the renewal date, and an unknown date names --letter and --params', () => {
    const r = renewal({ tables, old: old([bygg('A', '1000000')], { renewal_date: '2023-01-01' }) });
    expect([r.renewalDate, s(r.objects[0]!.expected.sum), s(r.objects[0]!.expected.deductible)]).toEqual(['2024-01-01', '1052000.00', '15000.00']);
    expect(r.naturalDamage && [r.naturalDamage.rateOld.toFixed(), r.naturalDamage.rateNew.toFixed()]).toEqual(['0.065', '0.07']);
    expect(() => renewal({ tables, old: old([bygg('A', '1000000')]) })).toThrow(/index rates for the renewal on 2026-01-01 are not known.*--letter FILE.*--params FILE/);
  });
  it('natural damage: old sums × previous rate, expected sums × new rate, per object and in total', () => {
    const r = run({ old: old([bygg('A', '38400000'), bygg('B', '21750000'), { product: 'Bedriftsansvar', index_class: 'none', sum: '10000000' }]) });
    const nd = r.naturalDamage!;
    expect(nd.objects.map((x) => [x.name, s(x.old), s(x.new)])).toEqual([
      ['Næringsbygg, A', '3072.00', '3573.50'],
      ['Næringsbygg, B', '1740.00', '2024.06'],
    ]);
    expect([s(nd.old), s(nd.new)]).toEqual(['4812.00', '5597.56']);
  });
  it('bad input: a letter with nothing, a schedule without rows, other policies, dates that do not follow each other', () => {
    expect(() => run({ old: old([bygg('A', '1')]), letter: policy('x.txt', { policy_number: '111' }) })).toThrow(/not a renewal letter/);
    expect(() => run({ old: old([]) })).toThrow(/has no schedule rows/);
    expect(() => run({ old: old([bygg('A', '1')]), next: policy('ny.txt', { policy_number: '111', coverages: [] }) })).toThrow(/ny.txt: has no schedule rows/);
    const other = old([bygg('A', '1000')], { policy_number: '222' });
    expect(() => run({ old: other })).toThrow(/different policies: 222 \(gammel.txt\) and 111 \(brev.txt\); give --force/);
    expect(run({ old: other, force: true }).warnings).toEqual([expect.stringMatching(/^dokumentene gjelder ulike forsikringer: 222 \(gammel.txt\) og 111 \(brev.txt\)$/)]);
    expect(() => run({ old: old([bygg('A', '1')], { renewal_date: '2026-01-01' }) })).toThrow(InputError);
    expect(() => run({ old: old([bygg('A', '1')]), next: old([bygg('A', '1')], { renewal_date: '2027-01-01' }) })).toThrow(/is the schedule from 2027-01-01, but the renewal is on 2026-01-01/);
    expect(() => renewal({ tables, old: old([bygg('A', '1')], { renewal_date: undefined }) })).toThrow(/renewal date is not known.*--date/);
  });
});

describe('check against the new schedule', () => {
  const row = (object: string, sum: string, deductible: string, premium = '1000'): Coverage => ({ product: 'Næringsbygg', object, index_class: 'bygninger', sum, deductible, premium });
  const next = (coverages: Coverage[]): Policy => policy('ny.txt', { policy_number: '111', renewal_date: '2026-01-01', coverages });

  it('every difference in sum or deductible is a discrepancy with both figures; a premium beyond the index is «other»', () => {
    const r = run({ old: old([row('A', '1000000', '15000'), row('B', '2000000', '15000')]), next: next([row('A', '1034000', '20000', '1100'), row('B', '2000000', '15000', '1034')]) });
    expect(renewalToData(r).discrepancies).toEqual([
      { object: 'Næringsbygg, B', field: 'sum', expected: '2068000.00', stated: '2000000.00' },
      { object: 'Næringsbygg, B', field: 'deductible', expected: '20000.00', stated: '15000.00' },
    ]);
    expect([s(r.objects[0]!.otherPremium), s(r.objects[1]!.otherPremium)]).toEqual(['66.00', '0.00']);
  });
  it('a stated deductible among the options of an ambiguous row is not a discrepancy; outside them it is', () => {
    const l = { ...LETTER, deductible_changes: [{ product: 'Næringsbygg', coverage: 'Brann', old: ['15000'], new: ['20000'] }, { product: 'Næringsbygg', coverage: 'Glass', old: ['15000'], new: ['15000'] }] };
    const ok = run({ old: old([row('A', '1000000', '15000')]), letter: l, next: next([row('A', '1034000', '20000')]) });
    expect([ok.discrepancies, ok.unresolved[0]?.stated?.toFixed()]).toEqual([[], '20000']);
    const bad = run({ old: old([row('A', '1000000', '15000')]), letter: l, next: next([row('A', '1034000', '25000')]) });
    expect(renewalToData(bad).discrepancies).toEqual([expect.objectContaining({ field: 'deductible', expected: null, stated: '25000.00', expected_any_of: ['15000.00', '20000.00'] })]);
  });
  it('rows pair by product, coverage and place, several of a name in order, one left per product by product; the rest are in one schedule only', () => {
    const a = scheduleRows(old([row('Storgata 1', '1', '1'), row('Storgata 1', '2', '1'), row('Storgata 3', '3', '1'), { product: 'Varer', sum: '5' }, { product: 'Eiendeler', sum: '9' }]));
    const b = scheduleRows(next([row('STORGATA 1', '1', '1'), row('storgata 1', '2', '1'), row('Storgata 3 B', '3', '1'), { product: 'Varer', sum: '5' }, { product: 'Driftstap', sum: '1' }]));
    expect(a.map((r) => r.name)).toEqual(['Næringsbygg, Storgata 1', 'Næringsbygg, Storgata 1 (2)', 'Næringsbygg, Storgata 3', 'Varer', 'Eiendeler']);
    const m = matchRows(a, b);
    expect([...m.pairs].map(([i, p]) => [i, p.j, p.by])).toEqual([
      [0, 0, 'name'],
      [1, 1, 'name'],
      [3, 3, 'name'],
      [2, 2, 'product'],
    ]);
    expect([m.oldOnly, m.newOnly]).toEqual([[4], [4]]);
  });
  it('a vehicle pairs by its registration number, however each schedule writes its model («EL 48213 Tesla Model Y» / «EL48213 Tesla Y»)', () => {
    const car = (object: string): Coverage => ({ product: 'Bil', coverage: 'Kasko', object, index_class: 'none', deductible: '6000', premium: '8950' });
    const a = scheduleRows(old([car('EL 48213 Tesla Model Y'), car('AB 12345 Toyota Corolla')]));
    const b = scheduleRows(next([car('AB 12345 Toyota Corolla 2019'), car('EL48213 Tesla Y')]));
    expect([...matchRows(a, b).pairs].map(([i, p]) => [i, p.j, p.by])).toEqual([
      [0, 1, 'name'],
      [1, 0, 'name'],
    ]);
  });
  it('a row missing from the new schedule is reported', () => {
    const r = run({ old: old([row('A', '1000000', '15000'), row('B', '1000000', '15000')]), next: next([row('A', '1034000', '20000')]) });
    expect([r.oldOnly, r.discrepancies]).toEqual([['Næringsbygg, B'], []]);
  });
  it('G: a stated G other than the one in force on the renewal date is a discrepancy (field g); G rows in kroner before and after', () => {
    const items = [{ name: 'Mén', sum: { g: '4.5' } }, { name: 'Tap', sum: { g_min: '22', g_max: '30' } }, { name: 'Tapt inntekt', sum: { individual: true as const } }];
    const o = old([{ product: 'Lovbestemt yrkesskade', index_class: 'none', items }], { base_amount_g: '124028' });
    const n = policy('ny.txt', { policy_number: '111', renewal_date: '2026-01-01', base_amount_g: '124028', coverages: [{ product: 'Lovbestemt yrkesskade', index_class: 'none', items }] });
    const r = renewal({ tables, old: o, next: n });
    const d = renewalToData(r);
    expect(d.discrepancies).toEqual([expect.objectContaining({ object: 'G (grunnbeløp)', field: 'g', expected: '130160.00', stated: '124028.00' })]);
    expect((d.objects as Array<{ g_items: unknown[] }>)[0]!.g_items).toEqual([
      { name: 'Mén', g: '4.5', old: { amount: '558126.00' }, expected: { amount: '585720.00' }, stated_g: '4.5', stated: { amount: '558126.00' } },
      { name: 'Tap', g: '22-30', old: { min: '2728616.00', max: '3720840.00' }, expected: { min: '2863520.00', max: '3904800.00' }, stated_g: '22-30', stated: { min: '2728616.00', max: '3720840.00' } },
      { name: 'Tapt inntekt', g: 'individual', old: null, expected: null, stated_g: 'individual', stated: null },
    ]);
    const right = renewal({ tables, old: o, next: { ...n, base_amount_g: '130160' } });
    expect(right.discrepancies).toEqual([]);
  });
});

describe('a document in the corpus conventions, parsed', () => {
  it('a «Dekning» column lets the corpus letter\'s change for «Pluss Brann og vann» apply', () => {
    const doc = (t: string, f: string): Policy => extractPolicy(textToSource(t, f, '0'.repeat(64)), { trace: true });
    const o = doc(
      'FORSIKRINGSNUMMER 81848035\n\nFornyelse gjelder fra 01.01.2023\n\nForsikringsoversikt\nForsikring\tDekning\tForsikringssted\tForsikringssum\tEgenandel\n' +
        'Næringsbygg\tPluss Brann og vann\tIndustrivegen 14\tkr 52 000 000\tKr 10 000\n',
      'bevis.txt',
    );
    const l = doc(
      'Indeksreguleringen fra 01.01.2024 er:\n\n- Bygninger 5,2 %\n\nEndring av egenandeler\n\nProdukt\tDekning\tTidligere egenandel\tNy egenandel\nNæringsbygg\tPluss Brann og vann\tKr 10 000\tKr 15 000\n',
      'brev.txt',
    );
    const r = renewal({ tables, old: o, letter: l });
    expect([s(r.objects[0]!.expected.sum), s(r.objects[0]!.expected.deductible), r.changes[0]!.line]).toEqual([
      '54704000.00',
      '15000.00',
      'Næringsbygg | Pluss Brann og vann | Kr 10 000 | Kr 15 000',
    ]);
  });
});

describe('a new schedule that leaves a figure out', () => {
  const row = (object: string, sum: string | undefined, deductible: string | undefined): Coverage => ({
    product: 'Næringsbygg',
    object,
    index_class: 'bygninger',
    ...(sum !== undefined ? { sum } : {}),
    ...(deductible !== undefined ? { deductible } : {}),
  });
  const next = (coverages: Coverage[]): Policy => policy('ny.txt', { policy_number: '111', renewal_date: '2026-01-01', coverages });
  it('a sum or deductible missing from one row (an unreadable cell) is a discrepancy with stated null', () => {
    const r = run({ old: old([row('A', '1000000', '15000'), row('B', '1000000', '15000')]), next: next([row('A', '1034000', '20000'), row('B', undefined, undefined)]) });
    expect(renewalToData(r).discrepancies).toEqual([
      { object: 'Næringsbygg, B', field: 'sum', expected: '1034000.00', stated: null, note: 'nytt forsikringsbevis oppgir ingen sum for raden' },
      { object: 'Næringsbygg, B', field: 'deductible', expected: '20000.00', stated: null, note: 'nytt forsikringsbevis oppgir ingen egenandel for raden' },
    ]);
  });
  it('a schedule without a deductible column is not checked for deductibles, and says so', () => {
    const r = run({ old: old([row('A', '1000000', '15000')]), next: next([row('A', '1034000', undefined)]) });
    expect([r.discrepancies, r.warnings]).toEqual([[], ['ny.txt oppgir ingen egenandeler: egenandelene er ikke kontrollert']]);
  });
});

describe('«Eiendeler - Varer» is of the product Eiendeler: the part after the dash names the objects', () => {
  const bevis = [
    'Tryg Forsikring',
    'Forsikringsbevis',
    'Polisenummer: 6021884410',
    'Avtaleperiode: 01.12.23 - 30.11.24',
    '',
    'Forsikring\tDekning\tForsikringssum\tEgenandel',
    'Eiendeler - Maskiner, inventar og løsøre\t\tkr 2 400 000\tkr 10 000',
    'Eiendeler - Varer\t\tkr 650 000\tkr 10 000',
    'Eiendeler - Varer utendørs\tStandard\tkr 100 000\tkr 10 000',
    'Næringsbygg\tPluss Brann og vann\tkr 9 000 000\tkr 10 000',
  ].join('\n');
  const brev = (extra = ''): string =>
    [
      'Nyheter og endringer',
      'Polisenummer: 6021884410',
      'Indeksreguleringen fra 01.12.2024 er:',
      '- Maskiner og løsøre 2,9 %',
      '- Varer 2,4 %',
      '- Bygninger 3,7 %',
      'Endring av egenandeler',
      'Produkt | Dekning | Tidligere egenandel | Ny egenandel',
      'Eiendeler | Pluss Brann, vann og tyveri/ran | Kr 10 000 | Kr 15 000',
      extra,
    ].join('\n');
  const parsed = (text: string, file: string): Policy => extractPolicy(textToSource(text, file, '0'.repeat(64)), { trace: true });

  it('matches the product before the dash; objects are no coverage', () => {
    expect(matchProduct('Eiendeler', 'Eiendeler - Varer')).toEqual({ rowExtra: [], changeExtra: [], objects: 'Varer' });
    expect(fitChange({ product: 'Eiendeler', coverage: 'Pluss' }, { product: 'Eiendeler - Varer' })?.fit).toBe('maybe');
    expect(fitChange({ product: 'Eiendeler', coverage: 'Pluss' }, { product: 'Eiendeler - Varer', coverage: 'Standard' })?.fit).toBe('no');
    expect(matchProduct('Næringsbygg', 'Eiendeler - Næringsbygg')).toBeUndefined();
  });

  it('the change applies to both Eiendeler rows whose deductible is its old value, and the report says on what', () => {
    const r = renewal({ tables, old: parsed(bevis, 'bevis.txt'), letter: parsed(brev(), 'brev.txt') });
    const byName = Object.fromEntries(r.objects.map((o) => [o.name, o]));
    expect(s(byName['Eiendeler - Maskiner, inventar og løsøre']!.expected.deductible)).toBe('15000.00');
    expect(s(byName['Eiendeler - Varer']!.expected.deductible)).toBe('15000.00');
    // a row that states another coverage level is not changed; Næringsbygg is another product
    expect(s(byName['Eiendeler - Varer utendørs (Standard)']!.expected.deductible)).toBe('10000.00');
    expect(s(byName['Næringsbygg (Pluss Brann og vann)']!.expected.deductible)).toBe('10000.00');
    // and the index class of each is its own: stock at the stock rate
    expect([byName['Eiendeler - Varer']!.indexClass, s(byName['Eiendeler - Varer']!.expected.sum)]).toEqual(['varer', '665600.00']);
    const c = r.changes[0]!;
    expect(c.status).toBe('applied');
    expect(c.rows.map((x) => x.object)).toEqual(['Eiendeler - Maskiner, inventar og løsøre', 'Eiendeler - Varer']);
    expect(c.rows[1]!.basis).toBe(
      'produktet «Eiendeler» (i «Eiendeler - Varer» nevner «Varer» tingene, ikke en dekning); raden oppgir ingen dekning; endringen gjelder «Pluss Brann, vann og tyveri/ran»; radens egenandel kr 10 000 er brevets tidligere egenandel',
    );
  });

  it('a row a second change also fits, with another result, is «uavklart»: both options, no silent pick', () => {
    const r = renewal({ tables, old: parsed(bevis, 'bevis.txt'), letter: parsed(brev('Eiendeler - Varer | | Kr 10 000 | Kr 20 000'), 'brev.txt') });
    const varer = r.objects.find((o) => o.name === 'Eiendeler - Varer')!;
    expect(varer.deductible.status).toBe('ambiguous');
    expect(varer.deductible.options.map((x) => x.toFixed(0))).toEqual(['15000', '20000']);
    expect(r.unresolved.some((u) => u.object === 'Eiendeler - Varer' && u.field === 'deductible')).toBe(true);
    expect(r.changes.every((c) => c.rows.some((x) => x.object === 'Eiendeler - Varer'))).toBe(true);
  });
});
