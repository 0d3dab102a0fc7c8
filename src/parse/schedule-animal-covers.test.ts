import { describe, expect, it } from 'vitest';
import type { Coverage, Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { unknownAnimalCovers } from './schedule-animal-covers.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const row = (product: string, index_class: Coverage['index_class']): Coverage => ({ product, index_class });

describe("an insured animal's covers the index-class table does not know", () => {
  // Mitt Agria: «Veterinærforsikring | Maksimal», «Livsforsikring», «Skjulte feil | - | Inkludert»
  it('«Skjulte feil» beside «Veterinærforsikring»: the animal\'s cover, none', () => {
    expect(unknownAnimalCovers([row('Veterinærforsikring', 'none'), row('Livsforsikring', 'none'), row('Skjulte feil', 'other')])).toEqual([2]);
  });
  it('a horse\'s «Tannskade» and «Skjulte feil» under «Hesteforsikring»', () => {
    expect(unknownAnimalCovers([row('Hesteforsikring', 'none'), row('Tannskade', 'other'), row('Skjulte feil', 'other')])).toEqual([1, 2]);
  });
  it("a farm's livestock beside its buildings is no pet's certificate: nothing changes", () => {
    expect(unknownAnimalCovers([row('Husdyr', 'none'), row('Driftsbygning', 'bygninger'), row('Fôr og gjødsel', 'other')])).toEqual([]);
  });
  it('a household schedule with a dog among its rows keeps its unknown rows', () => {
    expect(unknownAnimalCovers([row('Hundeforsikring', 'none'), row('Innbo', 'innbo'), row('Smykker og klokker', 'other')])).toEqual([]);
  });
  it('a dog\'s letter, read whole: «Agria Rehab (tillegg)» is none, its warning saying why', () => {
    const doc =
      'Agria Dyreforsikring\nFORSIKRINGSBREV – HUND\nForsikringsnummer: 2104-88315\n\nDine forsikringer                     Forsikringsbeløp        Premie/år\nAgria Veterinær Premium               80 000 kr per år        7 284 kr\nAgria Liv                             12 000 kr               1 020 kr\nAgria Rehab (tillegg)                 10 000 kr per år          312 kr\n';
    const p = parse(doc);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['none', 'none', 'none']);
    expect(p.warnings?.filter((w) => w.includes('not known from its name'))).toEqual([expect.stringContaining('set to none, as a cover of the insured animal')]);
  });
});
