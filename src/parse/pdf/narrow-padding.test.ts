import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../pdf-layout.js';

/** Items as read from a PDF, line by line: a baseline, then each item's text, x and width. */
type Rows = [number, ...[string, number, number][]][];
const asRead = (rows: Rows, size: number): PageText => ({ height: 842, items: rows.flatMap(([y, ...its]) => its.map(([str, x, width]): TextItem => ({ str, x, y, width, size }))) });
const cells = (pages: PageText[]) => layoutPages(pages).lines.map((l) => l.cells);

describe('amounts in kroner that are items of their own, set closer than a cell gap', () => {
  it('are cells of their own in a row no other line lines up with (LibreOffice: «350 000 kr» 3 points from «10 000 kr»)', () => {
    // a private certificate's overview printed by LibreOffice from HTML, 9 points: the sums right-aligned, each row's
    // figures standing where no other row's do
    const out = cells([
      asRead(
        [
          [516.6, ['Garasje', 64, 31.5], ['Bjørkelia 14, 2816 Gjøvik', 114.8, 100.5], ['350 000 kr', 413.4, 42.5], ['10 000 kr', 459.0, 37.5], ['1 104 kr', 504.7, 32.5]],
          [460.0, ['Innbo', 64, 22.5], ['Bjørkelia 14, 2816 Gjøvik', 114.8, 100.5], ['1 400 000 kr', 405.9, 50.0], ['4 000 kr', 464.0, 32.5], ['3 972 kr', 504.7, 32.5]],
        ],
        9,
      ),
    ]);
    expect(out).toEqual([
      ['Garasje', 'Bjørkelia 14, 2816 Gjøvik', '350 000 kr', '10 000 kr', '1 104 kr'],
      ['Innbo', 'Bjørkelia 14, 2816 Gjøvik', '1 400 000 kr', '4 000 kr', '3 972 kr'],
    ]);
  });
  it('an amount broken into items at its own space, one «kr» between its parts, stays one cell', () => {
    const out = cells([asRead([[516.6, ['Innbo', 64, 22.5], ['1 400', 405.9, 22.5], ['000 kr', 431.0, 25.0]]], 9)]);
    expect(out).toEqual([['Innbo', '1 400 000 kr']]);
  });
});

describe('a header row set as a table of its own, its names closer than a cell gap', () => {
  // LibreOffice from HTML, 9 points: «Forsikring  Forsikringssted  Forsikringssum  Egenandel  Pris per år» 4 to 6 points
  // apart, sized by their words, over rows whose cells stand elsewhere
  const header: [number, ...[string, number, number][]] = [554.4, ['Forsikring', 64, 39.5], ['Forsikringssted', 109.2, 61.0], ['Forsikringssum', 175.5, 61.0], ['Egenandel', 241.7, 43.0], ['Pris per år', 290.7, 41.5]];
  it('is split at its names over rows of as many cells', () => {
    const out = cells([asRead([header, [540.3, ['Garasje', 64, 31.5], ['Bjørkelia 14, 2816 Gjøvik', 114.8, 100.5], ['350 000 kr', 413.4, 42.5], ['10 000 kr', 459.0, 37.5], ['1 104 kr', 504.7, 32.5]]], 9)]);
    expect(out[0]).toEqual(['Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Pris per år']);
  });
  it('stays one line over rows of another number of cells', () => {
    const out = cells([asRead([header, [540.3, ['Garasje', 64, 31.5], ['350 000 kr', 413.4, 42.5], ['1 104 kr', 504.7, 32.5]]], 9)]);
    expect(out[0]).toEqual(['Forsikring Forsikringssted Forsikringssum Egenandel Pris per år']);
  });
});

describe('a numbered table\'s number set a cell\'s padding from the next cell', () => {
  it('is a cell of its own: the numbers differ row by row («1», «2», «3» 3 points from «Bygning»)', () => {
    const out = cells([
      asRead(
        [
          [572.7, ['1', 65.3, 5.0], ['Bygning', 73.2, 32.5], ['Vinje rådhus', 111.0, 50.0], ['kr 74 600 000,-', 380.0, 66.0]],
          [549.0, ['2', 65.3, 5.0], ['Bygning', 73.2, 32.5], ['Åmot skule', 111.0, 45.0], ['kr 128 900 000,-', 375.0, 71.0]],
          [525.3, ['3', 65.3, 5.0], ['Bygning', 73.2, 32.5], ['Rauland omsorgssenter', 111.0, 90.0], ['kr 96 300 000,-', 380.0, 66.0]],
        ],
        9,
      ),
    ]);
    expect(out.map((r) => r.slice(0, 2))).toEqual([
      ['1', 'Bygning'],
      ['2', 'Bygning'],
      ['3', 'Bygning'],
    ]);
  });
});


describe('a row whose figures after the first are cells of their own', () => {
  // 104/klp-kommune-forsikringsoversikt (LibreOffice from HTML, each row a table of its own, 9 points): «Vestvik skule»
  // 7,5 points from «212 500 000», then «50 000» and «318 750» 5 points apart — the sum ran into the row's name
  it('has its first figure, an item of its own after the name, as a cell too', () => {
    const out = cells([asRead([[259.9, ['Vestvik skule', 64, 52.5], ['212 500 000', 123.9, 50.0], ['50 000', 179.0, 27.5], ['318 750', 211.7, 32.5]]], 9)]);
    expect(out).toEqual([['Vestvik skule', '212 500 000', '50 000', '318 750']]);
  });
  it('a name and an amount one space apart stay one cell', () => {
    const out = cells([asRead([[259.9, ['Vestvik skule', 64, 52.5], ['212 500 000', 119.0, 50.0], ['50 000', 179.0, 27.5], ['318 750', 211.7, 32.5]]], 9)]);
    expect(out[0]![0]).toBe('Vestvik skule 212 500 000');
  });
});

describe('the last of two rows set with narrow padding', () => {
  // 106/gjensidige-forsikringsbevis-hus-innbo (LibreOffice, 9 points): «Innbo» 4,7 points from «Pluss», «Pluss» 4,5 from
  // «Lerkeveien 14, …», under the row «Hus | Pluss | Lerkeveien 14, …» whose cells start at the same x — the row above is
  // split by the row below it, the last row had no row below to show its columns and was read as one cell
  it('is split where the cells of the row above start', () => {
    const out = cells([
      asRead(
        [
          [459.8, ['Forsikring', 64, 39.5], ['Dekning', 108.5, 33.0], ['Forsikringssted', 147.0, 61.0], ['Forsikringssum', 213.2, 61.0], ['Egenandel', 279.5, 43.0], ['Pris per år', 328.5, 41.5]],
          [446.4, ['Hus', 64, 16.0], ['Pluss', 91.2, 22.0], ['Lerkeveien 14, 3612 Kongsberg Enebolig, byggeår 1978, bruttoareal', 117.7, 273.3], ['Fullverdi', 407.1, 34.0], ['kr 10', 477.3, 20.0], ['kr 12', 517.3, 20.0]],
          [436.1, ['186 m2', 117.7, 30.0], ['000', 482.2, 15.0], ['410', 522.2, 15.0]],
          [422.7, ['Innbo', 64, 22.5], ['Pluss', 91.2, 22.0], ['Lerkeveien 14, 3612 Kongsberg', 117.7, 127.6], ['kr 1 500 000', 407.1, 50.0], ['kr 4 000', 464.7, 32.5], ['kr 4 236', 504.7, 32.5]],
          [409.4, ['Sum pris per år', 64, 61.5], ['kr 16 646', 132.0, 37.5]],
        ],
        9,
      ),
    ]);
    expect(out[1]!.slice(0, 2)).toEqual(['Hus', 'Pluss']);
    expect(out[2]).toEqual(['Innbo', 'Pluss', 'Lerkeveien 14, 3612 Kongsberg', 'kr 1 500 000', 'kr 4 000', 'kr 4 236']);
  });
});

describe('a sum\'s form set as an item of its own after the row\'s name, the figures cells of their own', () => {
  // (unseen 108, a farm certificate printed by LibreOffice from HTML, 9 points: each building's row a table of its own,
  // «Driftsbygning – fjøs og låve» 6 points from «Fullverdi», so no other line shows where the form's column starts)
  it('is the row\'s «Forsikringsform» cell, not the rest of its name', () => {
    // (each building's note under its row in 10 points; «Stålhall, byggeår 2004» too short to reach under «Fullverdi»,
    // so nothing under the form says it is no justified line's stretched last word)
    const notes = asRead([[531.3, ['Lausdriftsfjøs med robot, byggeår 2012', 62.5, 173.7]], [501.9, ['Stålhall, byggeår 2004', 62.5, 99.4]]], 10);
    const rows = asRead(
        [
          [588.4, ['Bygningar', 64, 40.5], ['Forsikringsform', 167, 62], ['Forsikringssum', 234, 61], ['Eigenandel', 300.2, 45], ['Pris', 351.5, 15.5]],
          [575.0, ['Bustadhus (våningshus)', 64, 96.6], ['Fullverdi', 167, 34], ['4.850.000', 234, 40], ['8.000', 300.2, 22.5], ['6.944', 351.5, 22.5]],
          [544.9, ['Driftsbygning – fjøs og låve', 64, 108.6], ['Fullverdi', 179, 34], ['11.600.000', 220.7, 45], ['20.000', 270.7, 27.5], ['23.780', 304, 27.5]],
          [514.7, ['Maskinhus/reiskapshus', 64, 93.6], ['Fullverdi', 164, 34], ['1.950.000', 205.5, 40], ['20.000', 250.5, 27.5], ['3.120', 282.7, 22.5]],
          [484.0, ['Garasje', 64, 31.5], ['Førsterisiko', 101.5, 47], ['250.000', 155, 31.5], ['8.000', 191.5, 22.5], ['1.210', 219, 22.5]],
        ],
        9,
      );
    const out = cells([{ ...rows, items: [...rows.items, ...notes.items] }]);
    expect(out.slice(2)).toEqual([
      ['Driftsbygning – fjøs og låve', 'Fullverdi', '11.600.000', '20.000', '23.780'],
      ['Lausdriftsfjøs med robot, byggeår 2012'],
      ['Maskinhus/reiskapshus', 'Fullverdi', '1.950.000', '20.000', '3.120'],
      ['Stålhall, byggeår 2004'],
      ['Garasje', 'Førsterisiko', '250.000', '8.000', '1.210'],
    ]);
  });
  it('a form word in the name\'s own item, a word space from it, stays in the name', () => {
    const out = cells([asRead([[544.9, ['Bygning fullverdi', 64, 70], ['11.600.000', 140, 45], ['20.000', 190, 27.5], ['23.780', 224, 27.5]]], 9)]);
    expect(out[0]![0]).toBe('Bygning fullverdi');
  });
});

describe('a row set as a table of its own under a header row, each cell one item', () => {
  // (unseen 103, a car certificate printed by LibreOffice from HTML, 9 points: the second car's row padded 3 to 7 points,
  // its columns nowhere else; the plate under each row in 10 points)
  const header: [number, ...[string, number, number][]] = [590.4, ['Kjøretøy', 64, 34], ['Dekning', 159.5, 33], ['Bonus', 198, 25.5], ['Kjørelengde', 228.2, 48.5], ['Egenandel', 282.5, 43], ['Pris per år', 331.5, 41.5]];
  const first: [number, ...[string, number, number][]] = [577.1, ['Volvo XC40 Recharge', 64, 89], ['Kasko', 159.5, 25], ['80 %', 198, 20.5], ['15 000 km', 228.2, 42], ['kr 6 000', 282.5, 32.5], ['kr 9 444', 331.5, 32.5]];
  const plates = asRead([[564.3, ['EL 66021', 62.5, 42.7]], [533.4, ['DJ 31558', 62.5, 42.7]]], 10);
  it('has each item as a cell when it has as many as the header has cells, set wider apart than a space', () => {
    const rows = asRead([header, first, [546.9, ['Mazda 2 1.5', 64, 49.5], ['Delkasko', 119, 37], ['50 %', 162.8, 20.5], ['8 000 km', 186.2, 37], ['kr 4 000', 229.2, 32.5], ['kr 2 988', 267, 32.5]]], 9);
    const out = cells([{ ...rows, items: [...rows.items, ...plates.items] }]);
    expect(out[3]).toEqual(['Mazda 2 1.5', 'Delkasko', '50 %', '8 000 km', 'kr 4 000', 'kr 2 988']);
  });
  it('is left as it is with fewer items than the header has cells', () => {
    const rows = asRead([header, first, [546.9, ['Mazda 2 1.5', 64, 49.5], ['Delkasko 50 %', 119, 64], ['8 000 km', 186.2, 37], ['kr 4 000', 229.2, 32.5], ['kr 2 988', 267, 32.5]]], 9);
    const out = cells([{ ...rows, items: [...rows.items, ...plates.items] }]);
    expect(out[3]!.length).toBeLessThan(6);
  });
});

describe('a row set as a table of its own over a paragraph that runs across its cells', () => {
  // (a house certificate printed by LibreOffice from HTML, 9 points: the second house's row a table of its own, «Hus»
  // 5 points from the address; under each row its lot and postcode and its building set as paragraphs in 10 points,
  // across «Hus» and on under «Fullverdi» — no wrapped line of the address's cell, so «Hus» is no stretched word of it)
  it('keeps the short word after the first cell a cell of its own', () => {
    const rows = asRead(
      [
        [522.8, ['Forsikringssted', 64, 61], ['Dekning', 131, 33], ['Forsikringssum', 176.2, 61], ['Egenandel', 242.5, 43], ['Pris per år', 291.5, 41.5]],
        [509.4, ['Solbergveien 8', 64, 56.5], ['Hus Pluss', 131, 40.5], ['Fullverdi', 176.2, 34], ['10 000 kr', 242.5, 37.5], ['9 310 kr', 291.5, 32.5]],
        [463.2, ['Strandvei 2', 64, 46], ['Hus', 115.2, 16], ['Fullverdi', 135.7, 34], ['10 000 kr', 176.7, 37.5], ['2 415 kr', 218.7, 32.5]],
      ],
      9,
    );
    const paragraphs = asRead(
      [
        [495.9, ['Gnr 12 Bnr 44, 3912 Porsgrunn', 62.5, 140]],
        [479.8, ['Enebolig, byggeår 1985, 142 m² BRA', 62.5, 165.4]],
        [450.4, ['Gnr 7 Bnr 90, 3960 Stathelle', 62.5, 122.7]],
        [434.4, ['Naust, byggeår 1962, 18 m² BRA', 62.5, 147.1]],
      ],
      10,
    );
    const out = cells([{ ...rows, items: [...rows.items, ...paragraphs.items].sort((a, b) => b.y - a.y) }]);
    expect(out.find((c) => c[0]!.startsWith('Strandvei'))).toEqual(['Strandvei 2', 'Hus', 'Fullverdi', '10 000 kr', '2 415 kr']);
  });
});
