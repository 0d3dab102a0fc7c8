import { describe, expect, it } from 'vitest';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string) => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)));

// A staff document's G tables, then «Premie | Antall | Pris per år» with a row per product
const GROUPS = [
  'Avtalenummer: 7730 4412',
  'Grunnbeløp (G): 130 160',
  '',
  'Gruppeliv',
  'Dekning                 Sum (G)',
  'Dødsfall                10',
  '',
  'Ulykke (heltid og fritid)',
  'Dekning                 Sum (G)',
  'Medisinsk invaliditet   15',
  'Dødsfall                5',
  '',
].join('\n');

describe('a premium table under the G tables («Premie | Antall | Pris per år»)', () => {
  const doc = `${GROUPS}\nPremie                  Antall   Pris per år\nGruppeliv               9        7 128\nUlykke heltid           9        4 410\nBehandlingsforsikring   9       29 520\n`;
  it('each premium joins its product above; the count is no G sum of an item', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => i.name)])).toEqual([
      ['Gruppeliv', '7128', ['Dødsfall']],
      ['Ulykke (heltid og fritid)', '4410', ['Medisinsk invaliditet', 'Dødsfall']],
      ['Behandlingsforsikring', '29520', undefined],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«Ulykke» named by two headings with brackets: which one is said, not chosen', () => {
    const two = GROUPS.replace('Gruppeliv\n', 'Ulykke (heltid)\n');
    const p = parse(`${two}\nPremie                  Antall   Pris per år\nUlykke heltid           9        4 410\n`);
    expect(p.coverages?.map((c) => c.premium)).toEqual([undefined, undefined]);
    expect(p.warnings.some((w) => w.includes('4 410') && w.includes('not read'))).toBe(true);
  });
  it('a total row ends the table and is no product', () => {
    const p = parse(`${GROUPS}\nPremie                  Antall   Pris per år\nGruppeliv               9        7 128\nSum                              7 128\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Gruppeliv', 'Ulykke (heltid og fritid)']);
  });
});
