import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

// private-holdout48/if-innbo-verdisaker-forsikringsbevis: «Spesifiserte verdisaker (inngår i forsikringssummen for
// Verdisaker)» over «  Gjenstand                              Forsikringssum» and «  Gullring med diamant 0,5 ct            kr 68 000»
const table = [
  'Forsikringsbevis',
  'Polisenummer:       SP7741186',
  '',
  'Forsikring       Dekning      Forsikringssum      Egenandel     Pris per år',
  'Innbo            Ekstra       kr 1 200 000        kr 4 000      kr 3 288',
  'Verdisaker       Ekstra       kr 150 000          kr 4 000      kr 1 140',
  '',
];
const list = (heading: string): string[] => [
  heading,
  '  Gjenstand                              Forsikringssum',
  '  Gullring med diamant 0,5 ct            kr 68 000',
  '  Armbåndsur, Omega Seamaster            kr 54 000',
  '',
];

describe('specified things of a cover', () => {
  it('are the items of the cover the heading names after «for», not products of their own', () => {
    const p = parse([...table, ...list('Spesifiserte verdisaker (inngår i forsikringssummen for Verdisaker)')].join('\n'));
    expect(p.coverages?.map((c) => c.product)).toEqual(['Innbo', 'Verdisaker']);
    expect(p.coverages?.[1]?.items).toEqual([
      { name: 'Gullring med diamant 0,5 ct', sum: '68000' },
      { name: 'Armbåndsur, Omega Seamaster', sum: '54000' },
    ]);
  });
  it('without a bracket, the cover is the one the heading names after «Spesifiserte»', () => {
    const p = parse([...table, ...list('Spesifiserte verdisaker')].join('\n'));
    expect(p.coverages?.[1]?.items?.map((x) => x.name)).toEqual(['Gullring med diamant 0,5 ct', 'Armbåndsur, Omega Seamaster']);
  });
  it('a list whose cover was not read is a warning with its line, and no product', () => {
    const p = parse([...table, ...list('Spesifiserte smykker')].join('\n'));
    expect(p.coverages?.map((c) => c.product)).toEqual(['Innbo', 'Verdisaker']);
    expect(p.coverages?.some((c) => c.items !== undefined)).toBe(false);
    expect(p.warnings.some((w) => w.startsWith('line 8:') && w.includes('Spesifiserte smykker'))).toBe(true);
  });
});

describe('«Verdisak – spesifikasjon» over its things with dot leaders', () => {
  // 86/frende-forsikringsbevis-hus-hytte: «Verdisak – spesifikasjon» / «  Armbåndsur, Omega Seamaster ...... 62 000 kr»
  it('gives the things to the cover the heading names', () => {
    const p = parse(
      [
        'Forsikring  | Forsikringssted                | Forsikringssum | Egenandel | Årspris',
        '------------|--------------------------------|----------------|-----------|---------',
        'Innbo       | Kvernhusvegen 14, 5353 Straume | 1 500 000 kr   | 4 000 kr  | 3 115 kr',
        'Verdisak    | Kvernhusvegen 14, 5353 Straume | 85 000 kr      | 2 000 kr  | 1 390 kr',
        '',
        'Verdisak – spesifikasjon',
        '  Armbåndsur, Omega Seamaster ............ 62 000 kr',
        '  Gullkjede ............................... 23 000 kr',
        '',
      ].join('\n'),
    );
    expect(p.coverages?.find((c) => c.product === 'Verdisak')?.items).toEqual([
      { name: 'Armbåndsur, Omega Seamaster', sum: '62000' },
      { name: 'Gullkjede', sum: '23000' },
    ]);
    expect(p.coverages?.some((c) => c.product === 'Gullkjede')).toBe(false);
  });
});
