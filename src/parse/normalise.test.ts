import { describe, expect, it } from 'vitest';
import { needsNormalising, normaliseText } from './normalise.js';

const text = (s: string): string => normaliseText(s).text;

describe('normaliseText', () => {
  it('returns a text without special characters as it is', () => {
    const s = 'Næringsbygg\tkr 52 000 000\n  Storgata 1  ';
    expect(needsNormalising(s)).toBe(false);
    expect(normaliseText(s)).toEqual({ text: s, notes: [] });
  });

  it.each([
    ['zero-width space', '0,0\u200B8', '0,08'],
    ['BOM inside a figure', 'kr 38.40\uFEFF0.000,-', 'kr 38.400.000,-'],
    ['soft hyphen', '3,\u00AD6 %', '3,6 %'],
    ['ZWNJ and ZWJ', '5\u200C,\u200D2 %', '5,2 %'],
    ['word joiner', '118\u2060620', '118620'],
    ['LRM and RLM', '\u200E0,065\u200F promille', '0,065 promille'],
    ['bidi embedding and isolate', '\u202A10 000\u202C \u2066kr\u2069', '10 000 kr'],
    ['variation selector', 'Bygning\uFE0F 5,2 %', 'Bygning 5,2 %'],
    ['a tag character', 'kr 1\uDB40\uDC2000', 'kr 100'],
  ])('removes a %s', (_name, input, want) => {
    expect(text(input)).toBe(want);
    expect(normaliseText(input).notes).toEqual([]);
  });

  it.each(['\u00A0', '\u2009', '\u202F', '\u2007', '\u2000', '\u2001', '\u2005', '\u200A', '\u3000', '\u205F', '\u1680'])(
    'reads U+%s as a thousands separator where it groups digits by three',
    (sp) => {
      expect(normaliseText(`kr 38${sp}400${sp}000,-`)).toEqual({ text: 'kr 38 400 000,-', notes: [] });
      expect(text(`1${sp}234${sp}567,89`)).toBe('1 234 567,89');
      expect(text(`5,2${sp}%`)).toBe('5,2 %');
      expect(text(`kr${sp}15${sp}000`)).toBe('kr 15 000');
    },
  );

  it('takes a space out of a figure where it does not group digits, and says so', () => {
    const n = normaliseText('endres fra 0,0\u200965 promille');
    expect(n.text).toBe('endres fra 0,065 promille');
    expect(n.notes).toHaveLength(1);
    expect(n.notes[0]!.message).toMatch(/0,0·65.*read as 0,065/);
    expect(text('kr 38.4\u00A000.000')).toBe('kr 38.400.000');
    expect(text('Indeksregulering 20\u00A024')).toBe('Indeksregulering 2024');
  });

  it('keeps two figures apart when joining them does not make one, and says so', () => {
    const n = normaliseText('0,065\u00A00,07');
    expect(n.text).toBe('0,065 0,07');
    expect(n.notes[0]!.message).toMatch(/gap between two figures/);
    // a date broken by a thin space stays broken (and unread), with a warning
    expect(normaliseText('01.01.2\u2009024').notes).toHaveLength(1);
  });

  it('keeps a run of no-break spaces a column gap, and one beside an ordinary space one space', () => {
    expect(text('Næringsbygg\u00A0\u00A0\u00A0kr 10 000')).toBe('Næringsbygg   kr 10 000');
    expect(text('Eiendeler\u00A0 \u00A0 kr 9 000')).toBe('Eiendeler    kr 9 000');
    expect(text('kr\u00A0 10 000')).toBe('kr 10 000');
    expect(text('kr \u00A010 000')).toBe('kr 10 000');
  });

  it('maps hyphens and the minus sign to -, and leaves dashes', () => {
    expect(text('22\u201130 G, \u22123,5 %, 1\u20136,5 G')).toBe('22-30 G, -3,5 %, 1\u20136,5 G');
  });

  it('composes decomposed letters', () => {
    expect(text('Forsikringen gjelder pa\u030A Storgata')).toBe('Forsikringen gjelder på Storgata');
  });

  it('leaves line separators for the line reader', () => {
    expect(text('a\u2028b\u00A0c')).toBe('a\u2028b c');
  });
});
