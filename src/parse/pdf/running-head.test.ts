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

describe('two blocks of labelled fields side by side', () => {
  const blocks = (y: number, left: string, right: string, x2 = 245.7) => [
    item(left, 64, y), item(right, x2, y),
    item('Forsikringssum kr 9 800 000', 64, y - 13.4), item('Forsikringssum kr 2 400 000', x2, y - 13.4),
    item('Egenandel kr 15 000', 64, y - 26.8), item('Egenandel kr 10 000', x2, y - 26.8),
    item('Pris kr 14 260', 64, y - 40.2), item('Pris kr 5 130', x2, y - 40.2),
  ];

  it('are read one after the other: the left block, then the right', () => {
    const { lines } = layoutPages([page(...blocks(600, 'Driftsbygning, Bakkevegen 20, 2850 Lena', 'Landbruksmaskiner og redskap'))]);
    expect(lines.map((l) => l.cells)).toEqual([
      ['Driftsbygning, Bakkevegen 20, 2850 Lena'], ['Forsikringssum kr 9 800 000'], ['Egenandel kr 15 000'], ['Pris kr 14 260'],
      ['Landbruksmaskiner og redskap'], ['Forsikringssum kr 2 400 000'], ['Egenandel kr 10 000'], ['Pris kr 5 130'],
    ]);
  });

  it('stay rows of a table where text runs across the gutter or the columns do not repeat their labels', () => {
    const across = blocks(600, 'Driftsbygning, Bakkevegen 20, 2850 Lena', 'Landbruksmaskiner og redskap').map((it) => (it.y < 590 ? { ...it, y: it.y - 13.4 } : it));
    const crossed = layoutPages([page(...across, item('Forsikringssummene gjelder for begge bygningene på gården', 64, 586.6))]).lines;
    expect(crossed[0]!.cells).toHaveLength(2);
    expect(crossed.find((l) => l.cells.includes('Forsikringssum kr 2 400 000'))!.cells[0]).toBe('Forsikringssum kr 9 800 000');
    const table = layoutPages([page(item('Forsikringssum', 64, 600), item('kr 9 800 000', 245.7, 600), item('Egenandel', 64, 586.6), item('kr 15 000', 245.7, 586.6), item('Pris', 64, 573.2), item('kr 14 260', 245.7, 573.2))]).lines;
    expect(table.map((l) => l.cells)).toEqual([['Forsikringssum', 'kr 9 800 000'], ['Egenandel', 'kr 15 000'], ['Pris', 'kr 14 260']]);
  });
});

describe('two blocks of «Label: value» fields side by side, in orders of their own', () => {
  // docs/storebrand-megler-to-spalter-2026: «Bygning» over «Forsikringssted: Industriveien 3, 3902 Porsgrunn»,
  // «Forsikringssum: kr 12 500 000», «Egenandel: kr 20 000», «Premie: kr 18 900»; «Avbrudd» beside it a line shorter
  const x2 = 300;
  const fields = (lastX: number, lastY: number) => [
    item('Bygning', 77, 626.3), item('Avbrudd', x2, 626.3),
    item('Forsikringssted: Industriveien 3, 3902 Porsgrunn', 77, 612.3), item('Forsikringssum: kr 4 000 000', x2, 612.3),
    item('Forsikringssum: kr 12 500 000', 77, 598.3), item('Egenandel: kr 20 000', x2, 598.3),
    item('Egenandel: kr 20 000', 77, 584.3), item('Premie: kr 3 400', x2, 584.3),
    item('Premie: kr 18 900', lastX, lastY),
  ];
  const left = [['Bygning'], ['Forsikringssted: Industriveien 3, 3902 Porsgrunn'], ['Forsikringssum: kr 12 500 000'], ['Egenandel: kr 20 000'], ['Premie: kr 18 900']];
  const right = [['Avbrudd'], ['Forsikringssum: kr 4 000 000'], ['Egenandel: kr 20 000'], ['Premie: kr 3 400']];

  it('are read the left block, then the right (LibreOffice: the last field in the left column)', () => {
    const { lines } = layoutPages([page(...fields(77, 570.3))]);
    expect(lines.map((l) => l.cells)).toEqual([...left, ...right]);
  });

  it('take in the left block\'s last field set as a paragraph of its own under them (groff: 5 points left, a paragraph\'s space below)', () => {
    const { lines } = layoutPages([page(...fields(72, 562.7))]);
    expect(lines.map((l) => l.cells)).toEqual([...left, ...right]);
  });

  it('stay rows where the first line is no two names (a table of labelled values)', () => {
    const rows = [
      item('Avtalenummer: 88120455', 77, 626.3), item('Kundenummer: 4410', x2, 626.3),
      item('Forsikringssum: kr 12 500 000', 77, 612.3), item('Egenandel: kr 20 000', x2, 612.3),
      item('Premie: kr 18 900', 77, 598.3), item('Forfall: 01.04.2026', x2, 598.3),
    ];
    expect(layoutPages([page(...rows)]).lines[1]!.cells).toEqual(['Forsikringssum: kr 12 500 000', 'Egenandel: kr 20 000']);
  });
});

