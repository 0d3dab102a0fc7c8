/**
 * Invisible and format characters, and every kind of space, inside the figures of a document:
 * the same model, or a warning — never a different figure read silently. The cases a fuzzing run
 * found are reproduced first; then a property test inserts any such character anywhere in any
 * figure of two documents (seeded, so a failure is reproducible).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)));

/**
 * The model without where it came from and without warnings: what a figure changes. A space that
 * groups digits by three in a text («5 003 Bergen» for «5003 Bergen») is the same number written
 * with a thousands separator: texts are compared without spaces between digits.
 */
function figures(p: Policy): unknown {
  const { source: _s, warnings: _w, trace: _t, ...rest } = p;
  return JSON.parse(JSON.stringify(rest).replace(/(\d) (?=\d)/g, '$1'));
}

const LETTER = [
  'Nyheter og endringer',
  '',
  'FORSIKRINGSNUMMER 70112358',
  'UTSTEDT 27.11.2024',
  '',
  'Indeksreguleringen fra 01.01.2025 er:',
  '- Bygninger 4,1 %',
  '- Maskiner, inventar og løsøre 3,6 %',
  '- Varer 2,9 %',
  '- Innbo 3,3 %',
  '',
  'Premiesatsen for naturskade endres fra 0,07 til 0,08 promille av brannforsikringssummen.',
  '',
  'Endring av egenandeler',
  'Produkt\tDekning\tTidligere egenandel\tNy egenandel',
  'Næringsbygg\tUtvidet brann og vann\tKr 8 000\tKr 12 000',
  '',
  'G=Folketrygdens grunnbeløp, for tiden kr 124.028',
].join('\n');

const SCHEDULE = [
  'FORSIKRINGSBEVIS',
  'FORSIKRINGSNUMMER 70112358',
  'UTSTEDT 27.11.2024',
  'Fornyelse gjelder fra 01.01.2025',
  '',
  'Forsikringsoversikt',
  '',
  'Forsikring          Forsikringssted             Forsikringssum              Egenandel     Pris',
  'Næringsbygg         Havnegata 12, 5003 Bergen   kr 38.400.000,-             kr 15.000,-   kr 31.250,-',
  '                    Havnegata 14, 5003 Bergen   kr 21.750.000,-             kr 15.000,-   kr 18.900,-',
  'Eiendeler           Havnegata 12, 5003 Bergen   kr 6.200.000,-              kr 9.000,-    kr 7.480,-',
  'Sum                                                                                       kr 57.630,-',
].join('\n');

describe('the cases the fuzzing run found', () => {
  it('a zero-width space in «0,08» is not 8 ‰', () => {
    const p = parse(LETTER.replace('0,08', '0,0\u200B8'));
    expect(p.natural_damage).toEqual(parse(LETTER).natural_damage);
    expect(p.natural_damage?.rate_permille).toBe('0.08');
  });

  it('a BOM inside «kr 38.400.000,-» is not kr 38,40, and the next row is kept', () => {
    const p = parse(SCHEDULE.replace('38.400.000', '38.40\uFEFF0.000'));
    expect(p.coverages).toEqual(parse(SCHEDULE).coverages);
    expect(p.coverages?.[0]?.sum).toBe('38400000');
    expect(p.coverages).toHaveLength(3);
  });

  it('a soft hyphen in «3,6 %» keeps all four index rates', () => {
    const p = parse(LETTER.replace('3,6 %', '3,\u00AD6 %'));
    expect(p.index_regulation?.rates.map((r) => r.percent)).toEqual(['4.1', '3.6', '2.9', '3.3']);
  });

  it('a table aligned with runs of no-break spaces reads as the same table; its total is no sum', () => {
    const aligned = SCHEDULE.split('\n')
      .map((l) => l.replace(/ {2,}/g, (run) => '\u00A0'.repeat(run.length)))
      .join('\n');
    const p = parse(aligned);
    expect(figures(p)).toEqual(figures(parse(SCHEDULE)));
    expect(p.coverages?.some((c) => c.product === 'Sum' || c.sum === '57630')).toBe(false);
    expect(p.warnings).toEqual([]);
  });

  it('a no-break space inside a figure where it groups no thousands: the figure joined, and a warning', () => {
    const p = parse(LETTER.replace('0,08', '0,0\u00A08'));
    expect(p.natural_damage?.rate_permille).toBe('0.08');
    expect(p.warnings.join('\n')).toMatch(/line 12: an invisible space inside the figure «0,0·8» was taken out/);
  });
});

/** The characters a document copied from the web or a PDF carries unseen. */
const HIDDEN = [
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D',
  '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u180E', '\u2028', '\u2029', '\u00A0', '\u2009', '\u202F', '\u2007', '\u2000',
  '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2008', '\u200A', '\u205F', '\u3000', '\u1680',
];

/** Where the figures of a text are: each run of digits with the separators inside it. */
function figureSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(/\d(?:[\d.,]*\d)?/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

describe('any hidden character anywhere in a figure: the same model or a warning', () => {
  for (const [name, doc] of [
    ['a renewal letter', LETTER],
    ['a schedule aligned with spaces', SCHEDULE],
  ] as const) {
    it(name, () => {
      const base = parse(doc);
      const spans = figureSpans(doc);
      const insertion = fc
        .tuple(fc.nat(spans.length - 1), fc.nat(1000), fc.constantFrom(...HIDDEN))
        .map(([k, pos, ch]) => {
          const [a, b] = spans[k]!;
          const at = a + (pos % (b - a + 1));
          return { at, ch, text: doc.slice(0, at) + ch + doc.slice(at) };
        });
      fc.assert(
        fc.property(insertion, ({ text }) => {
          const p = parse(text);
          const same = JSON.stringify(figures(p)) === JSON.stringify(figures(base));
          expect(same || p.warnings.length > base.warnings.length).toBe(true);
        }),
        { numRuns: 1500, seed: 20251202 },
      );
    });
  }
});
