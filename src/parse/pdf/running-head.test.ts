import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';

const H = 842;
/** An item as pdf.js gives it; width as Helvetica-ish: letters 0,5 em, spaces 0,25 em. */
function item(str: string, x: number, y: number, size = 9): TextItem {
  const spaces = (str.match(/ /g) ?? []).length;
  return { str, x, y, size, width: (str.length - spaces) * 0.5 * size + spaces * 0.25 * size };
}
const page = (...items: TextItem[]): PageText => ({ height: H, items });

/** A running head (insurer, «Side N av M», policy number) set below the margin zone, a section title right under it. */
function headed(n: number, y: number, title: string, gaps = true): PageText {
  const head = gaps
    ? [item('Tryg Forsikring', 64, y), item(`Side ${n} av 3`, 250, y), item('Avtalenr. 6042 118 733', 400, y)]
    : [item(`Tryg Forsikring Side ${n} av 3 Avtalenr. 6042 118 733`, 64, y)];
  return page(...head, item(title, 64, y - 11), item('Dekning', 64, y - 40), item('Forsikringssum', 200, y - 40), item(`Rad ${n}`, 64, y - 52), item('1 000 000', 200, y - 52));
}

describe('a running head right over a section title', () => {
  for (const gaps of [true, false]) {
    it(`stays its own line, kept once, below the margin zone too (${gaps ? 'cells apart' : 'one cell'})`, () => {
      const pages = [1, 2, 3].map((n) => headed(n, 700, `Forsikringsbevis – Del ${n}`, gaps));
      const { lines, running } = layoutPages(pages);
      expect(lines.filter((l) => l.text.startsWith('Forsikringsbevis')).map((l) => l.text)).toEqual(['Forsikringsbevis – Del 1', 'Forsikringsbevis – Del 2', 'Forsikringsbevis – Del 3']);
      expect(running.map((l) => l.text.replace(/\t/g, ' '))).toEqual(['Tryg Forsikring Side 1 av 3 Avtalenr. 6042 118 733']);
    });
  }

  it('is not joined with the title under it where it is not repeated (one page)', () => {
    const { lines } = layoutPages([headed(1, 700, 'Forsikringsbevis – Boligbygg', false)]);
    expect(lines.map((l) => l.text)).toContain('Forsikringsbevis – Boligbygg');
  });
});

describe('a page head printed in the body (a text exported from a PDF, printed again)', () => {
  it('a line with a «Side 2 av 2» cell is never joined with the table row under it', () => {
    const { lines } = layoutPages([
      page(
        item('Fremtind Forsikring AS', 64, 596.1), item('Forsikringsoversikt', 209.7, 596.1),
        item('Avtalenummer: 7741 2290', 64, 582.8), item('Side 2 av 2', 209.7, 582.8),
        item('Eiendeler', 64, 569.4), item('kr 2 400 000', 209.7, 569.4), item('kr 3 280', 307, 569.4),
      ),
    ]);
    expect(lines.map((l) => l.cells[0])).toEqual(['Fremtind Forsikring AS', 'Avtalenummer: 7741 2290', 'Eiendeler']);
  });
});
