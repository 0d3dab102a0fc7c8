import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { coverInPlace } from './schedule-cover-in-place.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\nForsikring\tForsikringssted\tDekning\tForsikringssum\tEgenandel\tPris pr. år\n';

describe('a cover level run into the place cell (a PDF generator set the two columns as one)', () => {
  it('finds the level between the street and the postcode, and writes the place as on one line', () => {
    expect(coverInPlace('Bjørkelia 14 Pluss 3616 Kongsberg')).toEqual({ object: 'Bjørkelia 14, 3616 Kongsberg', cover: 'Pluss' });
    expect(coverInPlace('Tråkkåsen 7, Gnr 45 Bnr 12, Standard 3630 Rødberg Hytte, byggeår 2004')).toEqual({ object: 'Tråkkåsen 7, Gnr 45 Bnr 12, 3630 Rødberg Hytte, byggeår 2004', cover: 'Standard' });
    expect(coverInPlace('Havnegata 3 Brann og tyveri 8006 Bodø')).toEqual({ object: 'Havnegata 3, 8006 Bodø', cover: 'Brann og tyveri' });
  });
  it('leaves a place with words before its postcode that are no cover level', () => {
    expect(coverInPlace('Industriveien 3, Lagerbygg 1540 Vestby')).toBeUndefined();
    expect(coverInPlace('Bjørkelia 14, 3616 Kongsberg')).toBeUndefined();
    expect(coverInPlace('Storgata 7 Bakgården 1771 Halden')).toBeUndefined();
  });

  // (groff and WeasyPrint: «Hus | Bjørkelia 14 Pluss 3616 Kongsberg Enebolig, … | Fullverdi | | 8 000 kr | 9 842 kr», the
  // sum's value in the cover's column, the figures right-aligned into the last two — read so, the cover was «Fullverdi»)
  it('the cover cell holding the sum and the sum cell empty: the level is the cover, the cell the sum', () => {
    const p = parse(`${HEAD}Hus\tBjørkelia 14 Pluss 3616 Kongsberg Enebolig, byggeår 1978, 186 m² BTA\tFullverdi\t\t8 000 kr\t9 842 kr\nInnbo\tBjørkelia 14 Pluss 3616 Kongsberg\t1 500 000 kr\t\t4 000 kr\t3 118 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.sum, c.deductible, c.premium])).toEqual([
      ['Hus', 'Bjørkelia 14, 3616 Kongsberg', 'Pluss', undefined, '8000', '9842'],
      ['Innbo', 'Bjørkelia 14, 3616 Kongsberg', 'Pluss', '1500000', '4000', '3118'],
    ]);
  });
  // (LibreOffice's printed text: «Tråkkåsen 7, Gnr 45 Bnr 12,  Standard», two spaces read as one, the cover's cell empty)
  it('the cover cell empty: the level is the cover', () => {
    const p = parse(`${HEAD}Fritidsbolig\tTråkkåsen 7, Gnr 45 Bnr 12, Standard 3630 Rødberg\t\t2 450 000 kr\t8 000 kr\t4 377 kr\n`);
    expect(p.coverages?.map((c) => [c.object, c.coverage, c.sum, c.deductible, c.premium])).toEqual([['Tråkkåsen 7, Gnr 45 Bnr 12, 3630 Rødberg', 'Standard', '2450000', '8000', '4377']]);
  });
  it('the row one cell short: every cell from the cover on goes one column to the right', () => {
    const p = parse(`${HEAD}Innbo\tSolveien 2 Super 7043 Trondheim\tkr 900 000\tkr 3 000\tkr 2 150\n`);
    expect(p.coverages?.map((c) => [c.object, c.coverage, c.sum, c.deductible, c.premium])).toEqual([['Solveien 2, 7043 Trondheim', 'Super', '900000', '3000', '2150']]);
  });
  it('a cover cell with a cover of its own: the place is left as it is', () => {
    const p = parse(`${HEAD}Hus\tBjørkelia 14 Pluss 3616 Kongsberg\tStandard\tFullverdi\t8 000 kr\t9 842 kr\n`);
    expect(p.coverages?.[0]?.coverage).toBe('Standard');
  });
});
