import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, settle } from '../test-helpers.js';

const base = { id: 'M-1', product: 'motorvogn', date: '2024-02-02', coverage: 'kasko', deductible: '6000' };
const claim = (items: unknown[], extra: Record<string, unknown> = {}) => ({ ...base, items, ...extra });
const dent = [{ description: 'Dør', cost: '30000' }];
const payout = (items: unknown[], extra: Record<string, unknown> = {}) => data(claim(items, extra)).payout;

describe('motorvogn (Erstatningsregler Motorvogn)', () => {
  it('repair cost less the agreed deductible', () => {
    expect(lines(settle(claim(dent)))).toEqual([
      ['30000.00', 'Dør: reparasjonskostnad'],
      ['-6000.00', 'Egenandel'],
    ]);
  });

  it.each([
    [0, '22000.00'],
    [119_999, '22000.00'],
    [120_000, '18000.00'],
    [159_999, '18000.00'],
    [160_000, '14000.00'],
    [200_000, '14000.00'],
  ])('maskinskade at %i km: the deductible of the odometer table', (km, expected) => {
    expect(payout(dent, { coverage: 'maskinskade', odometer_km: km })).toBe(expected);
  });

  // «Bilens kilometerstand på skadetidspunktet … 160 000 - 200 000 km kr 16 000» — the table ends there
  it('maskinskade above 200 000 km: the table ends, read as not covered and cited as a reading', () => {
    const s = settle(claim(dent, { coverage: 'maskinskade', odometer_km: 200_001 }));
    expect(s.payout.toFixed(2)).toBe('0.00');
    expect(lines(s)).toEqual([['0.00', 'Maskinskade ved 200 001 km: tabellen over egenandel slutter ved 200 000 km, og vilkårene gir ingen egenandel for høyere kilometerstand — lest som ikke dekket']]);
    expect(s.steps[0]!.clause).toBe('Lesning av Erstatningsregler Motorvogn, Egenandel maskinskade – Bil (tabellen slutter ved 200 000 km)');
    expect(data(claim(dent, { coverage: 'maskinskade', odometer_km: 200_000 })).payout).not.toBe('0.00');
  });

  // «Innebærer reparasjonen en forbedring, gjøres det fradrag tilsvarende verdien av forbedringen»
  it('an improvement is deducted; an insured who deducts VAT is paid ex VAT (a reading)', () => {
    const items = [{ description: 'Dør', parts: '10000', labour: '5000', vat: '3750', improvement: '1000' }];
    const s = settle(claim(items, { vat_registered: true }));
    expect(lines(s).slice(2, 4)).toEqual([
      ['-1000.00', 'Dør: fradrag for verdien av forbedringen'],
      ['0.00', 'Dør: merverdiavgift kr 3 750,00 erstattes ikke — sikrede har fradrag for merverdiavgift'],
    ]);
    expect(s.steps[3]!.clause).toBe('Lesning av Erstatningsregler Motorvogn, Når kjøretøy/arbeidsmaskin kan repareres (merverdiavgift)');
  });

  it('maskinskade needs the odometer and does not use the agreed deductible', () => {
    expect(errorOf(claim(dent, { coverage: 'maskinskade' }))).toMatch(/claim M-1: odometer_km: missing/);
    const s = settle(claim(dent, { coverage: 'maskinskade', odometer_km: 50_000 }));
    expect(s.notes).toEqual(['Maskinskade: egenandelen følger kilometerstanden; avtalt egenandel kr 6 000,00 brukes ikke.']);
    const { deductible: _d, ...noDeductible } = base;
    expect(data({ ...noDeductible, coverage: 'maskinskade', odometer_km: 50_000, items: dent }).payout).toBe('22000.00');
  });

  it('an intoxicated driver: not covered (FAL § 4-9)', () => {
    const s = settle(claim(dent, { intoxicated: true }));
    expect(s.payout.toFixed(2)).toBe('0.00');
    expect(s.steps[0]!.clause).toBe('Erstatningsregler Motorvogn, Ruspåvirkning (FAL § 4-9)');
  });

  it('collision with an animal: deductible − kr 2 000 up to and including 3 500 kg', () => {
    expect(payout(dent, { animal_collision: true, total_weight_kg: 3500 })).toBe('26000.00');
    expect(payout(dent, { animal_collision: true, total_weight_kg: 3501 })).toBe('24000.00');
    expect(payout(dent, { animal_collision: true, total_weight_kg: 1500, deductible: '1500' })).toBe('30000.00');
    expect(errorOf(claim(dent, { animal_collision: true }))).toMatch(/claim M-1: total_weight_kg: missing/);
  });

  it('cash settlement: labour × 50 %, VAT only when paid', () => {
    const items = [{ description: 'Front', parts: '10000', labour: '8000', vat: '4500' }];
    expect(payout(items, { deductible: '0', cash: true, vat_paid: false })).toBe('14000.00');
    expect(payout(items, { deductible: '0', cash: true, vat_paid: true })).toBe('18500.00');
    expect(payout(items, { deductible: '0' })).toBe('22500.00');
    expect(errorOf(claim(items, { cash: true }))).toMatch(/claim M-1: vat_paid: missing/);
    expect(errorOf(claim(dent, { cash: true }))).toMatch(/claim M-1: items\[0\] \(Dør\): labour: missing; on a cash settlement labour is paid at 50 %/);
    expect(errorOf(claim([{ description: 'X', cost: '1', labour: '1' }]))).toMatch(/items\[0\] \(X\): cost: give cost, or labour and parts — not both/);
  });

  it('retrofitted electronics: 10 % per started year after the first, at most 50 %', () => {
    const cam = (age: string) => [{ description: 'Kamera', category: 'elektronikk', cost: '10000', age_years: age }];
    expect(payout(cam('1'), { deductible: '0' })).toBe('10000.00');
    expect(payout(cam('1.5'), { deductible: '0' })).toBe('9000.00');
    expect(payout(cam('6'), { deductible: '0' })).toBe('5000.00');
    expect(payout(cam('12'), { deductible: '0' })).toBe('5000.00');
    expect(errorOf(claim([{ description: 'Dør', cost: '1', age_years: '3' }]))).toMatch(/age_years: only electronics \(category: elektronikk\) are deducted for age here/);
  });

  it('a known sum insured caps; needs a coverage', () => {
    expect(payout(dent, { sum_insured: '20000' })).toBe('20000.00');
    expect(errorOf({ ...claim(dent), coverage: undefined })).toMatch(/claim M-1: coverage: missing/);
  });
});
