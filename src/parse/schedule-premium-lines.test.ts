import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('a G letter\'s premiums by product under «Årspremie 2025»', () => {
  // a staff-insurance G notice: each product's G items with dot leaders, then «Årspremie 2025» over
  // «  Gruppelivsforsikring            kr 298 760» — the product's premium, placed by its name
  const items = [
    'Gruppelivsforsikring (HTA § 10)',
    '  Til ektefelle/samboer ............................ 10 G',
    '  Til dødsboet ...................................... 3 G',
    '',
    'Yrkesskadeforsikring (HTA § 11)',
    '  Erstatning ved død ....................... 15 G',
    '',
  ].join('\n');
  it('gives each named product its premium', () => {
    const p = parse(`${items}\nÅrspremie 2025\n  Gruppelivsforsikring            kr 298 760\n  Yrkesskadeforsikring            kr 412 300\n`);
    expect(p.coverages?.map((c) => c.premium)).toEqual(['298760', '412300']);
  });
  it('a name no coverage has gives nothing', () => {
    const p = parse(`${items}\nÅrspremie 2025\n  Behandlingsforsikring           kr 61 800\n`);
    expect(p.coverages?.map((c) => c.premium)).toEqual([undefined, undefined]);
  });
});
