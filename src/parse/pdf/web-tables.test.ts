import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';
import { seatUnderHeader } from './grid.js';

const S = 8;
/** An item as pdf.js gives it; width as Helvetica-ish: letters 0,5 em, spaces 0,25 em. */
function item(str: string, x: number, y: number): TextItem {
  const spaces = (str.match(/ /g) ?? []).length;
  return { str, x, y, size: S, width: (str.length - spaces) * 0.5 * S + spaces * 0.25 * S };
}
const page = (...items: TextItem[]): PageText => ({ height: 595, items });

// A web page's schedule printed by WeasyPrint: the header and the rows are two tables, each fitted
// to its own cells, 2,6 em apart (the header's padding and rule); the place cell is wide enough to
// run under «Forsikringssum», and the sum is in its text. The rows have five columns, the header six.
const header = [
  item('Produkt', 38, 320.5),
  item('Dekning', 84.1, 320.5),
  item('Forsikringssted', 131.9, 320.5),
  item('Forsikringssum', 204.7, 320.5),
  item('Egenandel', 277.4, 320.5),
  item('Pris per år', 334.1, 320.5),
];
const row = (y: number, name: string, place: string, ded: string, premium: string) => [
  item(name, 38, y),
  item('Pluss', 140.9, y),
  item(place, 170, y),
  item(ded, 324.4, y),
  item(premium, 357, y),
];

describe('rows under a header row of more columns, printed as a table of their own', () => {
  it('puts the rows\' figures under the header\'s last figure columns, and leaves the sum\'s column empty where the place cell ran under it', () => {
    const { lines } = layoutPages([
      page(
        ...header,
        ...row(299.6, 'Næringsbygg', 'Industriveien 14, 38 450 000 3430', '20 000', '61 212'),
        ...row(274.3, 'Varer', 'Lierstranda 88, 3 500 000 3414', '20 000', '6 118'),
      ),
    ]);
    expect(lines.map((l) => l.cells)).toEqual([
      ['Produkt', 'Dekning', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Pris per år'],
      ['Næringsbygg', 'Pluss', 'Industriveien 14, 38 450 000 3430', '', '20 000', '61 212'],
      ['Varer', 'Pluss', 'Lierstranda 88, 3 500 000 3414', '', '20 000', '6 118'],
    ]);
    expect(lines.some((l) => l.offColumns)).toBe(false);
  });

  it('reads rows whose place cell runs under no header column off the header\'s columns (which figure column is empty, nothing shows)', () => {
    const { lines } = layoutPages([
      page(...header, ...row(299.6, 'Næringsbygg', 'Storg. 1', '20 000', '61 212'), ...row(274.3, 'Varer', 'Storg. 3', '20 000', '6 118')),
    ]);
    expect(lines.slice(1).map((l) => !!l.offColumns)).toEqual([true, true]);
  });
});

describe('seatUnderHeader', () => {
  const head = (...names: [string, number, number][]) => names.map(([text, x0, x1]) => ({ text, x0, x1 }));
  const six = head(['Forsikring', 38, 73], ['Dekning', 85.7, 115], ['Forsikringssted / objekt', 127.6, 210], ['Forsikringssum', 222.4, 277], ['Egenandel', 289.2, 327.5], ['Pris per år', 340, 377]);

  it('seats text columns from the left and amount columns from the right', () => {
    const cols = [{ x0: 38, x1: 77 }, { x0: 84.7, x1: 117 }, { x0: 125.2, x1: 297.5 }, { x0: 311.2, x1: 344.6 }, { x0: 352.6, x1: 381.5 }];
    expect(seatUnderHeader(six, cols, [false, false, false, true, true])).toEqual([38, 84.7, 125.2, NaN, 311.2, 352.6]);
  });

  it('seats nothing where a header cell names no column, or the text columns are not as many as the header\'s', () => {
    const cols = [{ x0: 38, x1: 77 }, { x0: 125.2, x1: 297.5 }, { x0: 311.2, x1: 344.6 }, { x0: 352.6, x1: 381.5 }];
    expect(seatUnderHeader(six, cols, [false, false, true, true])).toBeUndefined();
    const odd = head(['Forsikring', 38, 73], ['Kari Nordmann', 85.7, 115], ['Forsikringssum', 222.4, 277], ['Egenandel', 289.2, 327.5]);
    expect(seatUnderHeader(odd, [{ x0: 38, x1: 77 }, { x0: 84.7, x1: 297.5 }, { x0: 311.2, x1: 344.6 }], [false, false, true])).toBeUndefined();
  });
});

describe('a web page\'s header row set with equal gaps', () => {
  // «Produkt» «Selskap» «Polisenr.» 13 points apart look like a justified line's words, but
  // «Forsikringssted / objekt» stands the same 13 points on with ordinary spaces in it: no line
  // stretches some of its spaces and not others
  it('keeps its single words as cells beside a cell of several words', () => {
    const row = [item('Produkt', 38, 412.4), item('Selskap', 78.6, 412.4), item('Polisenr.', 120.2, 412.4), item('Forsikringssted / objekt', 163.9, 412.4), item('Sum', 259.2, 412.4), item('Egenandel', 288.7, 412.4)];
    // (the item widths as pdf.js gives them: 13 points between the cells)
    const widths = [27.6, 28.5, 30.7, 82.2, 16.4, 38.2];
    row.forEach((it, k) => (it.width = widths[k]!));
    const { lines } = layoutPages([page(...row)]);
    expect(lines.map((l) => l.cells)).toEqual([['Produkt', 'Selskap', 'Polisenr.', 'Forsikringssted / objekt', 'Sum', 'Egenandel']]);
  });

  it('still reads a justified line of single words as one cell', () => {
    const words = ['Forsikringen', 'gjelder', 'bygningen', 'med', 'fast'];
    let x = 38;
    const row = words.map((w) => {
      const it = item(w, x, 300);
      x += it.width + 12;
      return it;
    });
    expect(layoutPages([page(...row)]).lines.map((l) => l.cells)).toEqual([['Forsikringen gjelder bygningen med fast']]);
  });
});

describe('a cell wrapped at a hyphen after one letter', () => {
  // «Audi Q4 e-» over «tron, EL 77231»: hyphenation leaves two letters or more on a line, so the
  // hyphen is the word's own («e-tron», «e-post»)
  it('keeps the hyphen', () => {
    const head = 'Bilforsikring for familiens biler';
    const joined = (a: string, b: string) => layoutPages([page(item(`${head} ${a}`, 50, 500), item(b, 50, 490), item(`${head} ${a}`, 50, 400))]).lines[0]!.cells[0];
    expect(joined('Audi Q4 e-', 'tron, EL 77231')).toBe(`${head} Audi Q4 e-tron, EL 77231`);
    expect(joined('send e-', 'post til oss')).toBe(`${head} send e-post til oss`);
    expect(joined('brannfor-', 'sikringssummen')).toBe(`${head} brannforsikringssummen`);
  });
});

describe('a page in two columns whose left column holds a table wider than the column', () => {
  // a mail printed in two CSS columns (WeasyPrint; the baselines as it sets them): the reply in the
  // left column, with a two-column table of its terms whose values overflow the column and are
  // printed over the quoted mail in the right one
  const P = 8.5;
  const at = (str: string, x: number, y: number, width: number, size = P): TextItem => ({ str, x, y, width, size });
  const left = [547.1, 534.1, 521.0, 508.0, 494.9, 483.9, 465.8, 447.8, 436.7, 425.7, 412.6, 401.6, 390.5];
  const right = [542.1, 529.1, 516.0, 505.0, 491.9, 473.9, 460.8, 447.8, 434.7, 421.7, 410.6, 392.6, 379.5, 368.5, 357.4, 344.4, 331.3, 320.3, 302.2];
  const items = [
    ...left.map((y, k) => at(`Linje ${k + 1} av svaret til kunden om fornyelsen`, 34, y, 150)),
    ...right.map((y, k) => at(`Linje ${k + 1} av kundens spørsmål til megleren`, 221.1, y, 150)),
    at('Forsikringsgiver:', 38, 368.0, 65, 8),
    at('Nordisk Ansvar Specialty SE, filial', 111.4, 368.0, 128, 8),
    at('Polisenummer:', 38, 342.2, 53.3, 8),
    at('NA-LIA-26-00412 (uendret fra i fjor)', 111.4, 342.2, 127, 8),
    at('Dekning:', 38, 327.3, 31.6, 8),
    at('Bedrifts- og produktansvar, inkl.', 111.4, 327.3, 112, 8),
    at('produktansvar i Norden', 111.4, 316.9, 90, 8),
    at('Forsikringssum:', 38, 302.0, 56.4, 8),
    at('NOK 50 000 000 per skade og per år', 111.4, 302.0, 131.2, 8),
  ];
  it('reads the table\'s rows in the left column, before the right column, each value whole', () => {
    const lines = layoutPages([{ height: 595, items }]).lines.map((l) => l.cells);
    const row = lines.findIndex((c) => c[0] === 'Forsikringsgiver:');
    expect(lines[row]).toEqual(['Forsikringsgiver:', 'Nordisk Ansvar Specialty SE, filial']);
    expect(lines[row + 2]).toEqual(['Dekning:', 'Bedrifts- og produktansvar, inkl. produktansvar i Norden']);
    expect(lines[row + 3]).toEqual(['Forsikringssum:', 'NOK 50 000 000 per skade og per år']);
    expect(lines.findIndex((c) => c[0]!.startsWith('Linje 1 av kundens'))).toBeGreaterThan(row + 3);
  });
});
