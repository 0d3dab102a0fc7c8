import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

// A staff certificate's sections between dashed rules, each a product over its fields (schedule-fields.ts, blockCoverage;
// schedule.ts, bareRepeat):
//   Yrkesskadeforsikring
//   Omfang:                  Alle ansatte
//   Forsikringssum:          Iht. lov om yrkesskadeforsikring
//   Tilleggsdekninger:
//     Utvidet ménerstatning            5 G
//   Årspremie:               kr 38 420
const DOC = [
  'If Skadeforsikring',
  'FORSIKRINGSBEVIS',
  'Personalforsikringer',
  '',
  'Forsikringsnummer:       SP-774120',
  'Antall ansatte:          18',
  '',
  '----------------------------------------------------------',
  'Yrkesskadeforsikring',
  '----------------------------------------------------------',
  'Omfang:                  Alle ansatte',
  'Forsikringssum:          Iht. lov om yrkesskadeforsikring',
  'Tilleggsdekninger:',
  '  Utvidet ménerstatning            3 G',
  '  Dødsfallserstatning              10 G',
  'Årspremie:               kr 19 880',
  '',
  '----------------------------------------------------------',
  'Gruppelivsforsikring',
  '----------------------------------------------------------',
  'Omfang:                  Alle ansatte under 67 år',
  'Forsikringssum:          8 G',
  'Årspremie:               kr 11 400',
  '',
].join('\n');

describe('a person cover\'s section read by the items\' reader and by the fields\' reader', () => {
  it('is one coverage: whom it insures («Omfang: Alle ansatte») is no cover level, and no second row', () => {
    const p = parse(DOC);
    const injury = (p.coverages ?? []).filter((c) => c.product === 'Yrkesskadeforsikring');
    expect(injury).toHaveLength(1);
    expect(injury[0]?.coverage).toBeUndefined();
    expect(injury[0]?.premium).toBe('19880');
    expect(injury[0]?.items?.map((i) => i.name)).toEqual(['Utvidet ménerstatning', 'Dødsfallserstatning']);
  });
});
