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

/** A width in a proportional font (Helvetica-like: narrow i, l, t and punctuation, wide m, w and capitals). */
function textWidth(s: string): number {
  let w = 0;
  for (const c of s) w += /[ilj.,:;|' ]/.test(c) ? 0.28 : /[mwMW]/.test(c) ? 0.83 : /[A-ZÆØÅ]/.test(c) ? 0.67 : /\d/.test(c) ? 0.556 : 0.5;
  return w * SIZE;
}

/** A page typeset in a proportional font: each line's cells at the x given (a table without rules, as a word processor sets one). */
function typeset(rows: Array<Array<[number, string]>>): PageText {
  const items: TextItem[] = [];
  rows.forEach((cells, i) => {
    for (const [x, str] of cells) items.push({ str, x, y: 780 - i * 12, size: SIZE, width: textWidth(str) });
  });
  return { height: 842, items };
}

describe('a page in two columns typeset in a proportional font', () => {
  // (a renewal notice as a word processor prints it: the index rates in the left column, the G of
  // the year in the right one, a bar drawn in the gutter, a title above and a paragraph below)
  const L = 60;
  const R = 300;
  const page = typeset([
    [[L, 'Fornyelse 2021 – nye satser for indeks og grunnbeløp']],
    [[L, 'Indeksregulering 2021'], [R - 12, '| |  Grunnbeløpet i folketrygden (G)']],
    [[L, 'Forsikringssummene for bygninger og for'], [R - 12, '|'], [R, 'Flere av personalforsikringene har']],
    [[L, 'maskiner, inventar og løsøre følger'], [R - 12, '|'], [R, 'erstatninger som er knyttet til G.']],
    [[L, 'prisutviklingen. Justeringen er lik i alle'], [R - 12, '|']],
    [[L, 'forsikringsselskap.'], [R, 'Fra 1.5.2021 er 1 G kr 106 399 (+4,98 %).']],
    [[L, 'Fra 1.1.2021:'], [R - 12, '|']],
    [[L, 'Bygninger ..................... + 3,3 %'], [R, 'Erstatningene følger G fra samme']],
    [[L, 'Maskin, inventar og løsøre .... + 4,8 %'], [R - 12, '|'], [R, 'dato.']],
    [[L, 'Summene i avtalen er justert fra samme'], [R - 12, '|']],
    [[L, 'Prisen kan i tillegg endres ut over indeks og G, etter skadeutviklingen i ordningen og tiltakene.']],
  ]);

  it('is read at the gutter found from the cells’ x: the left column, then the right, the bar gone', () => {
    const texts = layoutPages([page]).lines.map((l) => l.text);
    const at = (t: string) => texts.findIndex((x) => x.includes(t));
    expect(at('Maskin, inventar og løsøre')).toBeLessThan(at('Grunnbeløpet i folketrygden'));
    expect(at('Summene i avtalen')).toBeLessThan(at('Fra 1.5.2021 er 1 G'));
    expect(at('Fra 1.5.2021 er 1 G')).toBeLessThan(at('Prisen kan i tillegg'));
    expect(texts.some((t) => t.includes('|'))).toBe(false);
    expect(texts.some((t) => t.includes('Bygninger') && t.includes('Erstatningene'))).toBe(false);
  });

  it('a table in a proportional font, its gaps as wide as a gutter, is left as it stands', () => {
    const table = typeset([
      [[L, 'Forsikring'], [200, 'Forsikringssted'], [360, 'Forsikringssum'], [450, 'Egenandel'], [520, 'Pris']],
      [[L, 'Næringsbygg'], [200, 'Fjellvegen 2, 3580 Geilo'], [360, 'kr 31 600 000'], [450, 'kr 20 000'], [520, 'kr 38 410']],
      [[L, 'Driftstap'], [200, 'Fjellvegen 2, 3580 Geilo'], [360, 'kr 6 000 000'], [450, 'kr 20 000'], [520, 'kr 7 120']],
      [[L, 'Eiendeler'], [200, 'Fjellvegen 2, 3580 Geilo'], [360, 'kr 2 400 000'], [450, 'kr 10 000'], [520, 'kr 3 280']],
      [[L, 'Ansvar'], [200, 'Fjellvegen 2, 3580 Geilo'], [360, 'kr 10 000 000'], [450, 'kr 10 000'], [520, 'kr 2 120']],
      [[L, 'Bedriftsansvar for skade'], [200, 'Fjellvegen 2, 3580 Geilo'], [360, 'kr 10 000 000'], [450, 'kr 10 000'], [520, 'kr 2 120']],
    ]);
    expect(layoutPages([table]).lines.map((l) => l.text.split('\t')[0])).toEqual(['Forsikring', 'Næringsbygg', 'Driftstap', 'Eiendeler', 'Ansvar', 'Bedriftsansvar for skade']);
  });
});
