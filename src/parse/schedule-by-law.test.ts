import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// A staff cover whose sums the law sets («Iht. lov», «Etter yrkesskadeforsikringsloven»), as business certificates, portal
// pages and mails write it beside the other covers: the cover is a row of its own with its price and no sum
// (schedule-fields.ts, schedule-inline.ts, schedule-lines.ts, schedule-names.ts, header.ts).
// docs/fremtind-bedriftspakke-verksted-2026.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 77120044\n\n';

describe('a block of fields whose sum is the law', () => {
  it('«• Yrkesskade» over «Forsikringssum: Iht. lov om yrkesskadeforsikring»: its own record, not the fields of the bullet above', () => {
    const p = parse(`${HEAD}Hva er forsikret?\n\n• Bedriftsansvar\n  Forsikringssum: kr 10 000 000,-\n  Egenandel: kr 10 000,-\n  Pris: kr 3 120,- per år\n\n• Yrkesskade\n  Forsikringssum: Iht. lov om yrkesskadeforsikring\n  Pris: kr 5 980,- per år\n`);
    expect(p.coverages).toEqual([
      { product: 'Bedriftsansvar', index_class: 'none', sum: '10000000', deductible: '10000', premium: '3120' },
      { product: 'Yrkesskade', index_class: 'none', premium: '5980', note: 'Iht. lov om yrkesskadeforsikring' },
    ]);
  });
  it('«Produkt ….. Yrkesskade (12 ansatte, 10,5 årsverk)»: whom it insures is the insured persons, the name before it the product', () => {
    const p = parse(`${HEAD}  Produkt ............... Bedriftsansvar\n  Forsikringssum ........ kr 5 000 000\n  Pris .................. kr 2 210\n\n  Produkt ............... Yrkesskade (12 ansatte, 10,5 årsverk)\n  Forsikringssum ........ Etter lov\n  Pris .................. kr 8 450\n`);
    expect(p.insured_persons).toEqual({ count: 12, fte: '10.5' });
    expect(p.coverages?.[1]).toEqual({ product: 'Yrkesskade', index_class: 'none', premium: '8450', note: 'Etter lov' });
  });
});

describe('a table row whose place column says whom it insures', () => {
  it('«Yrkesskade | Antall ansatte: 9 | Iht. lov | 0 | 11 200» over «Årsverk: 8,2»: the row is read, the count is the insured persons', () => {
    const table = 'Forsikring            Forsikringssted               Forsikringssum   Egenandel   Årspremie\nBedriftsansvar                                          5 000 000       10 000       4 100\nYrkesskade            Antall ansatte: 9                    Iht. lov           0      11 200\n                      Årsverk: 8,2\n';
    const p = parse(`${HEAD}${table}`);
    expect(p.insured_persons).toEqual({ count: 9, fte: '8.2' });
    expect(p.coverages?.[1]).toMatchObject({ product: 'Yrkesskade', index_class: 'none', deductible: '0', premium: '11200' });
    expect(p.coverages?.[1]?.object).toBeUndefined();
  });
});

describe('a staff cover on one line or under its bullet', () => {
  it('«* Yrkesskade: 3 ansatte (2,5 årsverk), erstatning etter lov, pris kr 2 760 per år» (a mail\'s list): the cover and its price', () => {
    const p = parse(`${HEAD}Dette er med fra 01.01.2026:\n  * Ansvar: forsikringssum kr 5 mill. per skade, egenandel kr 6 000, pris kr 1 980 per år\n  * Yrkesskade: 3 ansatte (2,5 årsverk), erstatning etter lov, pris kr 2 760 per år\n`);
    expect(p.insured_persons).toEqual({ count: 3, fte: '2.5' });
    expect(p.coverages).toContainEqual({ product: 'Yrkesskade', index_class: 'none', premium: '2760' });
  });
  it('«• Yrkesskade for 4 ansatte» over «– Erstatning etter yrkesskadeforsikringsloven · Pris kr 3 150,- per år» (a bank\'s page)', () => {
    const p = parse(`${HEAD}Dette er forsikret:\n\n  • Bedriftsansvar\n    – Forsikringssum kr 5 000 000,- · Egenandel kr 6 000,- · Pris kr 1 440,- per år\n  • Yrkesskade for 4 ansatte\n    – Erstatning etter yrkesskadeforsikringsloven · Pris kr 3 150,- per år\n`);
    expect(p.coverages).toContainEqual({ product: 'Yrkesskade', index_class: 'none', premium: '3150' });
  });
});
