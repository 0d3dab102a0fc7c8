import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// An index notice's table of each object's sum before and after the regulation, and a certificate's column of the
// place and what is insured there in one cell (src/parse/schedule-overview.ts, src/parse/schedule-names.ts).
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Avtalenummer 55501234\n\n';

describe('an index notice\'s sums before and after the regulation', () => {
  // docs/frende-indeksvarsel-sum-for-og-etter-regulering-2027: «Objekt / sted   Sum før regulering   Ny forsikringssum»
  // over «Driftsbygning   8 400 000   8 761 200» and «  Sætervegen 14, 2743 Harestua» set in under it
  const row = (a: string, b: string, c: string): string => `${a.padEnd(40)}${b.padEnd(30)}${c}\n`;
  const rows = `${row('Driftsbygning', '8 400 000', '8 761 200')}  Sætervegen 14, 2743 Harestua\n${row('Løsøre og maskiner', '1 900 000', '1 951 300')}  Sætervegen 14, 2743 Harestua\n`;
  for (const [old, now] of [
    ['Sum før regulering', 'Ny forsikringssum'],
    ['Sum 2026', 'Sum 2027'],
    ['Gammel sum', 'Ny sum'],
    ['Forsikringssum i dag', 'Ny forsikringssum'],
  ] as const) {
    it(`«${old} | ${now}»: the new sum is the row's, the old one no second sum; the line set in under it the place`, () => {
      const header = row('Objekt / sted', old, now);
      const p = parse(`${HEAD}${header}${rows}`);
      expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
        ['Driftsbygning', 'Sætervegen 14, 2743 Harestua', '8761200'],
        ['Løsøre og maskiner', 'Sætervegen 14, 2743 Harestua', '1951300'],
      ]);
    });
  }
});

describe('a column of the place and what is insured there', () => {
  // docs/frende-indeksvarsel-sum-for-og-etter-regulering-2027: «Nr  Forsikringssted / hva er forsikret  Sum  Egenandel  Premie»
  // over «1   Driftsbygning – Sætervegen 14   kr 8 761 200   kr 10 000   kr 12 300»
  const header = 'Nr  Forsikringssted / hva er forsikret        Sum              Egenandel   Premie\n';
  it('the product before the dash, the place after it; a remark in brackets under the row no part of the place', () => {
    const p = parse(`${HEAD}${header}1   Driftsbygning – Sætervegen 14             kr 8 761 200     kr 10 000   kr 12 300\n2   Løsøre – Sætervegen 14                    kr 1 951 300     kr 10 000   kr 3 100\n    (traktor, redskap)\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Driftsbygning', 'Sætervegen 14', '8761200'],
      ['Løsøre', 'Sætervegen 14', '1951300'],
    ]);
  });
  it('a cover with no place, its indemnity period after a comma: the product', () => {
    const p = parse(`${HEAD}${header}1   Driftsbygning – Sætervegen 14             kr 8 761 200     kr 10 000   kr 12 300\n2   Driftstap, 12 mnd. ansvarstid             kr 2 000 000     kr 10 000   kr 2 900\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Driftsbygning', 'Sætervegen 14', '8761200'],
      ['Driftstap', undefined, '2000000'],
    ]);
  });
});
