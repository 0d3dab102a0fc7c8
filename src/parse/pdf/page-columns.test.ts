import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';

const SIZE = 10;
/** Courier: every character 0,6 em wide. */
const CW = 0.6 * SIZE;

/** A text page printed as it stands (a fixed-width font, every space kept): one item per cell. */
function printed(text: string): PageText {
  const items: TextItem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\S+(?: \S+)*/g)) items.push({ str: m[0], x: 50 + m.index * CW, y: 780 - i * 12, size: SIZE, width: m[0].length * CW });
  });
  return { height: 842, items };
}

describe('a page block in two columns in a PDF', () => {
  it('is read as the text reader reads it: the left column, then the right', () => {
    // (the fields as labels over values on the left, the overview of covers on the right)
    const page = printed(
      [
        'FORSIKRINGSOVERSIKT                                 Forsikringer i avtalen',
        '',
        'Forsikringstaker                                    Forsikring                    Årspris',
        'Hamarøy kommune                                     Kommunale bygninger        kr 412 880',
        'Org.nr. 944 021 774                                 Kommunalt ansvar            kr 61 300',
        'Avtalenummer                                        Yrkesskade                 kr 148 750',
        '5108 2260                                           Total pris                 kr 622 930',
      ].join('\n'),
    );
    const { lines } = layoutPages([page]);
    // (the right column's table keeps an empty cell where the left column stands: its own columns are the table's)
    const texts = lines.map((l) => l.text.replace(/^\t+/, '').replace(/\t/g, ' | '));
    expect(texts.indexOf('5108 2260')).toBeLessThan(texts.indexOf('Forsikringer i avtalen'));
    expect(texts).toContain('Avtalenummer');
    expect(texts).toContain('Yrkesskade | kr 148 750');
    expect(texts.some((t) => t.includes('Avtalenummer') && t.includes('Yrkesskade'))).toBe(false);
  });

  it('a table is left as it stands', () => {
    const page = printed(
      [
        'Forsikring             Forsikringssted                   Forsikringssum     Egenandel      Pris',
        'Næringsbygg            Fjellvegen 2, 3580 Geilo          kr 31 600 000      kr 20 000      kr 38 410',
        'Driftstap              Fjellvegen 2, 3580 Geilo          kr 6 000 000       kr 20 000      kr 7 120',
        'Eiendeler              Fjellvegen 2, 3580 Geilo          kr 2 400 000       kr 10 000      kr 3 280',
        'Ansvar                 Fjellvegen 2, 3580 Geilo          kr 10 000 000      kr 10 000      kr 2 120',
      ].join('\n'),
    );
    const { lines } = layoutPages([page]);
    expect(lines.map((l) => l.text.split('\t')[0])).toEqual(['Forsikring', 'Næringsbygg', 'Driftstap', 'Eiendeler', 'Ansvar']);
  });
});
