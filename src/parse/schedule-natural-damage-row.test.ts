import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

// A housing co-operative's certificate sets the natural-damage charge as a row of its covers' table, its rate where the
// sums stand (schedule.ts, naturalDamageRateRow):
//   Dekning            Forsikringssum       Egenandel      Pris per år
//   Bygning            96 400 000           15 000         77 120
//   Naturskade         0,08 ‰ av forsikringssummen         7 712
const DOC = [
  'Eika Forsikring',
  'FORSIKRINGSBEVIS – BORETTSLAGSFORSIKRING',
  'Forsikringsnummer       8841 2290 3',
  'Forsikringssted         Lerkeveien 4–10, 4020 Stavanger',
  '',
  'Dekning                  Forsikringssum         Egenandel          Pris per år',
  'Bygning                  96 400 000             15 000             77 120',
  'Styreansvar              2 000 000              Ingen              1 900',
  '',
  'Naturskade               0,08 ‰ av forsikringssummen               7 712',
  '',
].join('\n');

describe('a natural-damage row whose sum is a rate of the fire sums', () => {
  it('is no coverage; the covers beside it are read', () => {
    const p = parse(DOC);
    const names = (p.coverages ?? []).map((c) => c.coverage ?? c.product);
    expect(names).toContain('Bygning');
    expect(names).toContain('Styreansvar');
    expect(names).not.toContain('Naturskade');
  });
});
