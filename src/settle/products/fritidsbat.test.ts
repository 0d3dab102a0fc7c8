import { describe, expect, it } from 'vitest';
import { data, errorOf, lines, settle } from '../test-helpers.js';

const base = { id: 'F-1', product: 'fritidsbat', date: '2024-06-14', deductible: '5000', sum_insured: '850000' };
const claim = (items: unknown[], extra: Record<string, unknown> = {}) => ({ ...base, items, ...extra });
const hull = [{ description: 'Skrog', parts: '20000', labour: '30000' }];
const payout = (items: unknown[], extra: Record<string, unknown> = {}) => data(claim(items, extra)).payout;

describe('fritidsbåt (Erstatningsregler Fritidsbåt; Nyheter og endringer 2024)', () => {
  it('repair costs less the deductible; cash settlement pays labour in full (2024)', () => {
    expect(payout(hull)).toBe('45000.00');
    const s = settle(claim(hull, { cash: true }));
    expect(s.payout.toFixed(2)).toBe('45000.00');
    expect(lines(s)[2]).toEqual(['0.00', 'Kontanterstatning: arbeid erstattes fullt — det gjøres ikke lenger 50 % fradrag']);
  });

  it('regatta: 2 % of the sum insured, at least the agreed deductible', () => {
    expect(payout(hull, { regatta: true })).toBe('33000.00'); // 2 % of 850 000 = 17 000
    expect(payout(hull, { regatta: true, sum_insured: '200000' })).toBe('45000.00'); // 4 000 < 5 000
    expect(payout(hull, { regatta: true, sum_insured: '250000' })).toBe('45000.00'); // exactly 5 000
  });

  it('no deductible for theft while FG-approved tracking was active', () => {
    expect(payout(hull, { theft: true, fg_tracking_active: true })).toBe('50000.00');
    expect(payout(hull, { theft: true, fg_tracking_active: false })).toBe('45000.00');
    const { deductible: _d, ...noDeductible } = base;
    expect(data({ ...noDeductible, theft: true, fg_tracking_active: true, items: hull }).payout).toBe('50000.00');
  });

  // «Det beregnes aldersfradrag for elektronisk utstyr: Ett år etter at utstyret ble kjøpt som nytt
  // reduseres erstatningen med 10 % pr. påbegynte år, maksimum 50 %»
  it('electronics: 10 % per started year after the first, at most 50 %; a repair cites the sentence, not «Tap/totalskade»', () => {
    const s = settle(claim([{ description: 'Plotter', category: 'elektronikk', cost: '20000', age_years: '3' }], { deductible: '0' }));
    expect(s.steps[1]!.clause).toBe('Erstatningsregler Fritidsbåt, «Det beregnes aldersfradrag for elektronisk utstyr»');
    const plotter = (age: string) => [{ description: 'Plotter', category: 'elektronikk', cost: '20000', age_years: age }];
    expect(payout(plotter('1'), { deductible: '0' })).toBe('20000.00');
    expect(payout(plotter('2'), { deductible: '0' })).toBe('18000.00');
    expect(payout(plotter('2.01'), { deductible: '0' })).toBe('16000.00');
    expect(payout(plotter('9'), { deductible: '0' })).toBe('10000.00');
  });

  // «Erstatningen er begrenset til forsikringssummen» — then «Avtalt egenandel trekkes fra erstatningsoppgjøret»
  it('total loss: the market value, capped by the sum insured first, then the deductible', () => {
    expect(payout([], { total_loss: true, market_value: '640000' })).toBe('635000.00');
    expect(payout([], { total_loss: true, market_value: '990000' })).toBe('845000.00');
    // market value 320 000, sum 300 000, deductible 5 000 → 295 000
    const s = settle(claim([], { total_loss: true, market_value: '320000', sum_insured: '300000' }));
    expect(lines(s)).toEqual([
      ['320000.00', 'Totalskade: markedsverdi'],
      ['-20000.00', 'Begrenset til forsikringssummen kr 300 000,00'],
      ['-5000.00', 'Egenandel'],
    ]);
    expect(s.steps[1]!.clause).toBe('Erstatningsregler Fritidsbåt, Tap/totalskade');
    expect(errorOf(claim([], { total_loss: true }))).toMatch(/claim F-1: market_value: missing/);
    expect(errorOf(claim(hull, { total_loss: true, market_value: '1' }))).toMatch(/claim F-1: items: a total loss is paid the market value/);
    expect(errorOf(claim([]))).toMatch(/claim F-1: items: missing/);
  });

  it('boats in business: ex VAT', () => {
    const s = settle(claim([{ description: 'Motor', parts: '40000', labour: '10000', vat: '12500' }], { business_use: true }));
    expect(s.payout.toFixed(2)).toBe('45000.00');
    expect(lines(s)[2]).toEqual(['0.00', 'Motor: merverdiavgift kr 12 500,00 erstattes ikke — båt i næring erstattes eks. mva.']);
    expect(payout([{ description: 'Motor', parts: '40000', labour: '10000', vat: '12500' }])).toBe('57500.00');
  });

  // «Kan båten repareres …, erstattes reparasjonskostningene begrenset til forsikringssummen»
  it('a repair is capped by the sum insured before the deductible: 900 000, sum 850 000, deductible 5 000 → 845 000', () => {
    const s = settle(claim([{ description: 'Skrog og motor', cost: '900000' }]));
    expect(lines(s)).toEqual([
      ['900000.00', 'Skrog og motor: reparasjonskostnad'],
      ['-50000.00', 'Begrenset til forsikringssummen kr 850 000,00'],
      ['-5000.00', 'Egenandel'],
    ]);
    expect(s.payout.toFixed(2)).toBe('845000.00');
    expect(s.steps[1]!.clause).toBe('Erstatningsregler Fritidsbåt, Reparasjon');
  });

  // «Innebærer reparasjonen en forbedring, gjøres det fradrag tilsvarende verdien av forbedringen.
  // Det gjøres ingen fratrukk for mast eller rigg.»
  it('an improvement is deducted, but not for mast or rigging', () => {
    expect(payout([{ description: 'Seil', cost: '30000', improvement: '6000' }])).toBe('19000.00');
    const s = settle(claim([{ description: 'Mast', category: 'mast_rigg', cost: '30000', improvement: '6000' }]));
    expect(s.payout.toFixed(2)).toBe('25000.00');
    expect(lines(s)[1]).toEqual(['0.00', 'Mast: forbedring kr 6 000,00 — det gjøres ingen fratrekk for mast eller rigg']);
  });

  it('an insured who deducts VAT is paid ex VAT', () => {
    expect(payout([{ description: 'Motor', parts: '40000', labour: '10000', vat: '12500' }], { vat_registered: true })).toBe('45000.00');
  });

  it('intoxication: not covered; the sum insured caps a repair', () => {
    expect(data(claim(hull, { intoxicated: true })).payout).toBe('0.00');
    expect(payout(hull, { sum_insured: '30000' })).toBe('25000.00');
    const { sum_insured: _s, ...noSum } = base;
    expect(errorOf({ ...noSum, items: hull })).toMatch(/claim F-1: sum_insured: missing/);
  });
});
