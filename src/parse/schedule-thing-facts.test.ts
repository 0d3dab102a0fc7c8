import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe("what a row's place cell says besides the place", () => {
  // a farm's overview: «Husdyr | Nordre Hegre, Gnr 112 Bnr 7, | 640 000» over «7520 Hegra» and «Storfe, 42 dyr»
  it("a herd's size and a forest's area under the place describe the thing — its note, no part of the object", () => {
    const doc =
      'Avtalenr.: LK-20-334981\n\nProdukt           Forsikringssted                   Forsikringssum   Egenandel    Premie\nHusdyr            Nordre Hegre, Gnr 112 Bnr 7,        640 000        10 000       2 245\n                  7520 Hegra\n                  Storfe, 42 dyr\nSkog              Gnr 112 Bnr 7 og 9, Stjørdal      1.850.000        20 000       1 665\n                  Produktiv skog, 1 240 dekar\nGårdsansvar                                         10 000 000       5 000        1 990\n';
    expect(parse(doc).coverages?.map((c) => [c.object, c.note])).toEqual([
      ['Nordre Hegre, Gnr 112 Bnr 7, 7520 Hegra', 'Storfe, 42 dyr'],
      ['Gnr 112 Bnr 7 og 9, Stjørdal', 'Produktiv skog, 1 240 dekar'],
      [undefined, undefined],
    ]);
  });
  // a membership insurer's certificate: «Campingvogn» over «• Hobby De Luxe 495 UL, JR 4412 (årsmodell 2019)»
  it("a vehicle's model year in brackets after its plate is its note", () => {
    const doc = 'Avtalenr. 450 7719\n\nCampingvogn\n  • Hobby De Luxe 495 UL, JR 4412 (årsmodell 2019)\n  • Dekning: Kasko\n  • Forsikringssum: kr 245 000,-\n  • Egenandel: kr 4 000,-\n  • Premie: kr 2 880,- per år\n';
    expect(parse(doc).coverages?.[0]).toMatchObject({ object: 'Hobby De Luxe 495 UL, JR 4412', note: 'årsmodell 2019' });
  });
});

describe("a cover that repeats its product's name", () => {
  // «FORSIKRINGSBEVIS – FRITIDSBUSTAD» over «Fritidsbustad Pluss | Fullverdi | kr 6 000 | kr 4 386»
  it('«Fritidsbustad Pluss» under the title «Fritidsbustad» is the level «Pluss»', () => {
    const doc =
      'FORSIKRINGSBEVIS – FRITIDSBUSTAD\nAvtalenummer         4410-206318\n\nForsikringsstad\nStølsvegen 14, 5745 Aurland\n\nDekning                           Forsikringssum          Eigenandel     Årspremie\nFritidsbustad Pluss               Fullverdi               kr 6 000       kr 4 386\nInnbu i fritidsbustad             kr 300 000              kr 4 000       kr   988\n';
    const c = parse(doc).coverages ?? [];
    expect(c[0]).toMatchObject({ product: 'Fritidsbustad', coverage: 'Pluss' });
    expect(c[1]?.coverage ?? c[1]?.product).toBe('Innbu i fritidsbustad');
  });
});

describe('a product that names no thing takes the class of the thing its row insures', () => {
  // «Ting   Standard» over «  Maskiner og inventar   6 400 000 …» in a business renewal: the thing in the row's object cell
  it('«Ting» whose objects are «Maskiner og inventar» and «Varer»', () => {
    const doc = 'Avtalenummer: 55120044\n\nForsikring\tForsikringsobjekt\tForsikringssum\tEgenandel\tPris per år\nTing\tMaskiner og inventar\t6 400 000\t15 000\t11 420\nTing\tVarer\t2 500 000\t15 000\t4 870\nAnsvar\tHele virksomheten\t10 000 000\t10 000\t6 115\n';
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.object, c.index_class])).toEqual([
      ['Maskiner og inventar', 'maskin_losore'],
      ['Varer', 'varer'],
      ['Hele virksomheten', 'none'],
    ]);
    expect(p.warnings?.some((w) => w.includes('not known from its name'))).toBeFalsy();
  });
});
