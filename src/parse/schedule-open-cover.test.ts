import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// A goods insurance's open cover (årsavtale): its limits per sending by conveyance or area, as Zurich, HDI, Landkreditt and the
// marine desks write them (src/parse/vocabulary.ts SCHEDULE_COLUMNS, src/parse/schedule-overview.ts, src/parse/schedule-titles.ts).
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe("an open cover's limits per sending", () => {
  it('«Forsikringsbevis – Vareforsikring, årsavtale» over «Strekning | Maksimum | Egenandel»: the title without its form, each row\'s limit and deductible per sending', () => {
    const p = parse(
      [
        'Tryg Forsikring',
        '',
        'Forsikringsbevis – Vareforsikring, årsavtale',
        '',
        'Forsikringsnummer: VT 7710-22',
        'Utstedt: 14.12.2026',
        'Forsikringstid: 01.01.2027 – 31.12.2027',
        '',
        'Strekning              Maksimum per sending     Egenandel',
        'Innenlands             kr 1 500 000             kr 5 000 per sending',
        'Norden og Baltikum     kr 3 000 000             kr 10 000 per sending',
        '',
      ].join('\n'),
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage ?? c.object, c.sum, c.deductible])).toEqual([
      ['Vareforsikring', 'Innenlands', '1500000', '5000'],
      ['Vareforsikring', 'Norden og Baltikum', '3000000', '10000'],
    ]);
  });
});
