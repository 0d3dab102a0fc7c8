import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insurerLegalName } from './header.js';

/** The pattern insurerLegalName stands for (it compiled to 12 KB of machine code on every run). */
const INSURER_LEGAL =
  /(?:^|[^A-Za-zÀ-ÖØ-öø-ÿ])([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ&-]*(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ&-]*)?) (?:Skade)?[Ff]orsikring(?:sselskap)? (?:ASA|AS|NUF|SA)\b/;

const viaPattern = (t: string) => {
  const m = INSURER_LEGAL.exec(t);
  return m ? { name: m[1]!, index: m.index } : undefined;
};

/** Pieces of insurer names and of the text around them, with every edge of the character classes. */
const PIECES = [
  ' ', ' ', ' ', 'Gjensidige', 'If', 'KLP', 'Tryg', 'Sparebank', '1', 'Forsikring', 'forsikring', 'Skade', 'sselskap', 'ASA', 'AS', 'NUF', 'SA',
  'x', 'A', 'Æ', 'Øst', 'é', 'É', 'ß', 'Þ', 'þ', '×', '÷', '&', '-', '.', ',', '«', '(', '\t', '\u00a0', 'Ā', 'a-b', 'B&C',
];
const noise = fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((a) => a.join(''));
/** Names before a company form, right or wrong in every part (words, spaces, form, boundary after it). */
const statement = fc
  .tuple(
    noise,
    fc.array(fc.constantFrom('Gjensidige', 'If', 'KLP', 'tryg', 'Øst', 'Sparebank', '1', 'a-b', 'B&C', '-Foo', 'x&Y', 'É'), { maxLength: 3 }),
    fc.constantFrom(' ', ' ', '  ', ' ', ''),
    fc.constantFrom('', 'Skade'),
    fc.constantFrom('Forsikring', 'forsikring', 'Forsikrings'),
    fc.constantFrom('', 'sselskap'),
    fc.constantFrom(' ', ' ', '-'),
    fc.constantFrom('ASA', 'AS', 'NUF', 'SA', 'Asa'),
    fc.constantFrom('', '', '.', 'x', ' og', 'A'),
  )
  .map(([pre, words, sp, skade, f, selskap, sp2, form, post]) => `${pre}${words.join(' ')}${sp}${skade}${f}${selskap}${sp2}${form}${post}`);
const text = fc.array(fc.oneof(statement, noise), { maxLength: 3 }).map((a) => a.join(' '));

describe('the insurer legal name', () => {
  it('reads what the pattern reads', () => {
    for (const t of [
      'Med vennlig hilsen Gjensidige Forsikring ASA',
      'Behandlingsansvarlig er Gjensidige Forsikring ASA, Norge',
      'If Skadeforsikring NUF',
      'KLP Skadeforsikring AS og Tryg Forsikring',
      'Hilsen Gjensidige Forsikring ASA',
      'xx-Foo Forsikring AS',
      'AB&Cd Forsikring AS',
      'Eika Forsikring ASAx Tryg Forsikring AS.',
      'forsikring AS',
      '',
    ]) {
      expect(insurerLegalName(t), t).toEqual(viaPattern(t));
    }
    fc.assert(
      fc.property(text, (t) => {
        expect(insurerLegalName(t)).toEqual(viaPattern(t));
      }),
      { numRuns: 20_000 },
    );
  });
});
