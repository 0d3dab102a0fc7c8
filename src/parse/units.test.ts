import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textToSource } from './text.js';
import { buildUnits, stripTags } from './units.js';

/** What stripTags stands for: the three replacements clean() made before. */
const viaPatterns = (t: string): string =>
  t
    .replace(/<\/?(?:li|p|br|ul|ol|div|tr|td|th)\b[^>]*>/gi, ' ')
    .replace(/<(?:https?:|mailto:)[^>]*>/gi, (m) => m.slice(1, -1))
    .replace(/<\/?[a-z][^>]*>/gi, '');

/** Markup and its near misses: tag names in any case, prefixes of them, links, stray brackets. */
const PIECES = [
  '<', '>', '/', '</', ' ', 'li', 'LI', 'p', 'P', 'pre', 'br', 'BR', 'ul', 'ol', 'div', 'Div', 'tr', 'td', 'th', 'thead', 'b', 'i', 'a href="x"',
  'style="a:b"', 'https:', 'HTTP:', 'http', 'https', 'mailto:', 'MAILTO', 'x@y.no', '//gjensidige.no', '1', '_', '-', 'æ', 'ı', 'ſ', 'K', 'Egenandel kr 10 000',
];
const markup = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((a) => a.join(''));

describe('stripTags', () => {
  it('gives what the three tag replacements give', () => {
    for (const t of ['<ul style="x"><li>Brann</li><li>Vann</li></ul>', 'Se <https://www.gjensidige.no/vilkar> og <mailto:x@y.no>', '<b>Fet</b>', 'a < b > c', '<p', '2 < 3']) {
      expect(stripTags(t), t).toBe(viaPatterns(t));
    }
    fc.assert(
      fc.property(markup, (t) => {
        expect(stripTags(t)).toBe(viaPatterns(t));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('a record\'s fields run together in one line', () => {
  const units = (text: string) => buildUnits(textToSource(text, 'doc.txt', '0'.repeat(64)).lines);
  it('«Forsikringssum NOK 1.350.000,- Egenandel kr 10.000,- Premie NOK 6.215,-» is a row of three fields', () => {
    const [u] = units('Forsikringssum NOK 1.350.000,- Egenandel kr 10.000,- Premie NOK 6.215,-');
    expect(u!.row).toBe(true);
    expect(u!.cells).toEqual(['Forsikringssum NOK 1.350.000,-', 'Egenandel kr 10.000,-', 'Premie NOK 6.215,-']);
  });
  it('a sentence with figures in it is not', () => {
    const [u] = units('Egenandel kr 10 000 gjelder ved skade på bygning, premie kr 500 betales årlig');
    expect(u!.row).toBe(false);
  });
});
