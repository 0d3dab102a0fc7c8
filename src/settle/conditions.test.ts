/**
 * The rules read every number of the conditions from the terms: no number the shipped terms
 * state is written in the code of src/settle/products/ (comments aside), and a terms file that
 * lacks a value fails only the claims that need it, naming the field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBuiltIn } from '../vilkar/load.js';
import type { Terms } from '../vilkar/types.js';
import { conditionsOf, defaultConditions } from './conditions.js';
import { errorOf, data } from './test-helpers.js';

const PRODUCTS = join(import.meta.dirname, 'products');
const shipped = findBuiltIn('gjensidige-naering-2024')!;

/** Every number in the shipped terms' values (amounts, percentages, years, months, km, kg, date parts). */
function termsNumbers(t: Terms): Set<string> {
  const out = new Set<string>();
  const add = (x: string) => {
    for (const m of x.matchAll(/\d+(?:\.\d+)?/g)) out.add(String(Number(m[0])));
  };
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'number') add(String(v));
    else if (typeof v === 'string' && key !== 'clause' && key !== 'label' && key !== 'document' && key !== 'sha256' && key !== 'title' && key !== 'file') add(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(t.products, 'products');
  return out;
}

/**
 * The numbers a rule's code writes: comments, law references («§ 1-3»), identifiers
 * (`rebuilt_within_5y`) and rounding to øre (`toDecimalPlaces(2`, `toFixed(2)`) left out; digit
 * groups read as one number («100 000», «100_000» → 100000) and a decimal comma as a point.
 */
function codeNumbers(source: string): string[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1')
    .replace(/§ ?\d+-\d+/g, '')
    .replace(/\b(toDecimalPlaces|toFixed)\(2\b/g, '$1(');
  return [...code.matchAll(/(?<![\w.])\d[\d_]*(?: \d{3})*(?:[.,]\d+)?(?![\w])/g)].map((m) => String(Number(m[0].replace(/[_ ]/g, '').replace(',', '.'))));
}

describe('no number of the conditions in the rules', () => {
  const numbers = termsNumbers(shipped);
  it('the shipped terms state the numbers looked for', () => {
    for (const x of ['100000', '1.4', '30', '3000', '200000', '15000', '150', '24', '36', '2022']) expect(numbers.has(x), x).toBe(true);
  });
  const files = readdirSync(PRODUCTS).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  it.each(files)('%s writes none of them (0, 1 and 100 are arithmetic, not conditions)', (f) => {
    const found = codeNumbers(readFileSync(join(PRODUCTS, f), 'utf8')).filter((x) => numbers.has(x) && x !== '0' && x !== '1' && x !== '100');
    expect(found).toEqual([]);
  });
  it('the search finds a number when one is written', () => {
    expect(codeNumbers("const x = pct(total, 20); l.add('høyst kr 100 000', c, y); // 15\nconst k = 1,4;")).toEqual(['20', '100000', '1.4']);
  });
});

describe('terms that lack a value', () => {
  const partial: Terms = { ...shipped, name: 'delvis', products: { eiendeler: { ...shipped.products.eiendeler!, lifetime: { ...shipped.products.eiendeler!.lifetime, factor: undefined } } } };
  const ctx = { conditions: conditionsOf(partial) };
  const small = { id: 'K-1', product: 'eiendeler', date: '2024-03-15', deductible: '5000', sum_insured: '1000000', items: [{ description: 'PC', category: 'it', new_price: '20000', age_years: '2.5' }] };

  it('settle the claims that do not need it', () => {
    expect(data(small, ctx).payout).toBe(data(small).payout);
  });
  it('fail a claim that needs it, naming the terms and the field', () => {
    expect(errorOf({ ...small, items: [{ description: 'Fres', new_price: '250000', lifetime_years: '15', age_years: '6' }] }, ctx)).toMatch(/^terms delvis: products\.eiendeler\.lifetime\.factor: the terms give no value/);
    expect(errorOf({ id: 'B-1', product: 'bygning', date: '2024-03-15', deductible: '5000', items: [{ description: 'Tak', cost: '1000' }] }, ctx)).toMatch(/^terms delvis: products\.bygning: the terms give no value/);
  });
  it('the default terms are the shipped ones, compiled once', () => {
    expect(defaultConditions()).toBe(conditionsOf(shipped));
    expect(defaultConditions().used).toEqual({ name: 'gjensidige-naering-2024', version: '2024' });
  });
});

describe("another insurer's age tables (test/fixtures/terms/annet-selskap-2025.yaml) change the payouts as computed by hand", async () => {
  const { parse } = await import('yaml');
  const { validateTerms } = await import('../vilkar/load.js');
  const file = join(import.meta.dirname, '../../test/fixtures/terms/annet-selskap-2025.yaml');
  const other = await validateTerms(parse(readFileSync(file, 'utf8')), file);
  const ctx = { conditions: conditionsOf(other, file) };

  // PC (it) 20 000, 2,5 years: 2 started years after 1. Drill (elektrisk) 30 000, 6 years. Shelf (annet) 10 000, 12 years.
  const eiendeler = {
    id: 'E-1', product: 'eiendeler', date: '2025-03-15', deductible: '5000', sum_insured: '1000000',
    items: [
      { description: 'PC', category: 'it', new_price: '20000', age_years: '2.5' },
      { description: 'Drill', category: 'elektrisk', new_price: '30000', age_years: '6' },
      { description: 'Reol', category: 'annet', new_price: '10000', age_years: '12' },
    ],
  };
  it('eiendeler, shipped terms: 20 % × 2 = 40 %; 10 % × 1 from 5; 15 % × 7 = 105 % → 100 %: 12 000 + 27 000 + 0 − 5 000 = 34 000', () => {
    expect(data(eiendeler).payout).toBe('34000.00');
  });
  it('eiendeler, other terms: 25 % × 2 = 50 %; 15 % × 4 from 2 = 60 %; 10 % × 9 from 3 = 90 % → at most 70 %: 10 000 + 12 000 + 3 000 − 5 000 = 20 000', () => {
    const d = data(eiendeler, ctx);
    expect(d.payout).toBe('20000.00');
    expect(d.terms).toEqual({ name: 'annet-selskap-2025', version: '2025' });
    expect(d.steps.map((s) => s.amount)).toEqual(['20000.00', '-10000.00', '30000.00', '-18000.00', '10000.00', '-7000.00', '-5000.00']);
    expect(d.steps[5]!.rule).toBe('Reol: aldersfradrag 10 % × 9 påbegynte år fra 3 år (12 år) = 70 %, høyst 70 %');
  });

  // Fyringskjel 50 000, 12 years (instead of the deductible); varmtvannsbereder 20 000, 12 years (as well as it); deductible 10 000.
  const bygning = {
    id: 'B-1', product: 'bygning', date: '2025-03-15', deductible: '10000',
    items: [
      { description: 'Kjel', object: 'fyringskjel', cost: '50000', age_years: '12' },
      { description: 'Bereder', object: 'varmtvannsbereder', cost: '20000', age_years: '12' },
    ],
  };
  it('bygning, shipped terms: kjel 5 % × 7 = 35 % = 17 500 > 10 000 replaces the deductible; bereder 10 % × 2 = 4 000: 70 000 − 4 000 − 17 500 = 48 500', () => {
    expect(data(bygning).payout).toBe('48500.00');
  });
  it('bygning, other terms: kjel 4 % × 2 from 10 = 4 000, not above the deductible; bereder 15 % × 4 from 8 = 60 % = 12 000: 70 000 − 12 000 − 10 000 = 48 000', () => {
    const d = data(bygning, ctx);
    expect(d.payout).toBe('48000.00');
    expect(d.steps.map((s) => s.amount)).toEqual(['50000.00', '20000.00', '-12000.00', '0.00', '-10000.00']);
  });
});
