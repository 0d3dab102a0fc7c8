/** The library settles under terms given as an object, as `settle --terms` does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInTerms, loadClaim, loadTerms, settleClaim, settlementToData } from './index.js';

const claim = loadClaim({ id: 'E-1', product: 'eiendeler', date: '2025-03-15', deductible: '5000', sum_insured: '1000000', items: [{ description: 'PC', category: 'it', new_price: '20000', age_years: '2.5' }] });

describe('settleClaim with terms', () => {
  it('the built-in terms by default; another terms file changes the age deduction (20 % × 2 → 25 % × 2)', async () => {
    expect(builtInTerms()[0]!.name).toBe('gjensidige-naering-2024');
    expect(settlementToData(settleClaim(claim)).payout).toBe('7000.00');
    const file = join(import.meta.dirname, '../test/fixtures/terms/annet-selskap-2025.yaml');
    const terms = await loadTerms(readFileSync(file, 'utf8'), { name: file });
    const d = settlementToData(settleClaim(claim, { terms }));
    expect(d.payout).toBe('5000.00');
    expect(d.terms).toEqual({ name: 'annet-selskap-2025', version: '2025' });
  });
  it('a terms text that is not terms: an InputError naming it', async () => {
    await expect(loadTerms('schema: skadekalk/terms@1\nname: x\n', { name: 'mine.yaml' })).rejects.toThrow(/^mine\.yaml: does not match the terms schema: missing "title"/);
  });
});
