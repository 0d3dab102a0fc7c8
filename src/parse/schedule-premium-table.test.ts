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

describe('premium lines under a premium heading below the G tables', () => {
  // test/corpus/docs/tryg-g-varsel-personal-celle-per-linje-premielinjer-2025.txt: «Årspremie 2025» over
  // «Yrkesskadeforsikring: kr 31 460» and «Gruppelivsforsikring: kr 19 875» — read as items of the last product before
  const DOC = [
    'Avtalenummer: 6604 218 773',
    '',
    'Yrkesskadeforsikring (lovpålagt)',
    'Dekning\tSum i G',
    'Menerstatning\t6 G',
    '',
    'Gruppelivsforsikring',
    'Dekning\tSum i G',
    'Dødsfall\t8 G',
    '',
    'Årspremie 2025',
    'Yrkesskadeforsikring: kr 31 460',
    'Gruppelivsforsikring: kr 19 875',
  ].join('\n');

  it('gives each product its premium (a product headed with a bracket by its name alone), and no item', () => {
    const c = parse(DOC).coverages!;
    expect(c.map((x) => [x.product, x.premium, x.items?.map((i) => i.name)])).toEqual([
      ['Yrkesskadeforsikring (lovpålagt)', '31460', ['Menerstatning']],
      ['Gruppelivsforsikring', '19875', ['Dødsfall']],
    ]);
  });
});
