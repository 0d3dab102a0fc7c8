import { describe, expect, it } from 'vitest';
import { headerWordsApart } from './header-words.js';
import type { SourceLine } from './source.js';

// A farm certificate's overview whose header a word processor printed with single spaces, its rows'
// cells apart (a LibreOffice PDF of a typed schedule).
const line = (n: number, cells: string[]): SourceLine => ({ page: 1, line: n, text: cells.join('\t'), cells });
const read = (out: SourceLine[]): string[] => out.map((l) => `${l.line} ${l.cells.join(' | ')}`);

describe('a header whose column names stand one space apart', () => {
  it('«Forsikring Forsikringssted Sum Egenandel Premie» over a row of five cells: five names', () => {
    const lines = [
      line(11, ['Forsikring Forsikringssted Sum Egenandel Premie']),
      line(12, ['Driftsbygning', 'Brendvegen 61, Gnr 88 Bnr 3, 2640 Vinstra', 'kr 14 250 000', 'kr 10 000', 'kr 19 840']),
    ];
    expect(read(headerWordsApart(lines))[0]).toBe('11 Forsikring | Forsikringssted | Sum | Egenandel | Premie');
  });

  it('a blank line between header and row is passed over', () => {
    const lines = [line(1, ['Produkt Forsikringssum Egenandel Pris per år']), line(2, ['']), line(3, ['Innbo', '1 500 000', '4 000', '2 310'])];
    // «Pris per år» is one name here: four cells under four names
    expect(read(headerWordsApart(lines))[0]).toBe('1 Produkt | Forsikringssum | Egenandel | Pris per år');
  });

  it('stays as it is where the row has another number of cells, or the words are no names', () => {
    const fewer = [line(1, ['Forsikring Forsikringssted Sum Egenandel Premie']), line(2, ['Innbo', '1 500 000', '4 000'])];
    expect(headerWordsApart(fewer)).toBe(fewer);
    const prose = [line(1, ['Forsikringen gjelder for bygning og innbo']), line(2, ['Innbo', '1 500 000', '4 000', '2 310'])];
    expect(headerWordsApart(prose)).toBe(prose);
  });

  it('two ways of parting the words into as many names: left as it is', () => {
    // four cells: «Produkt | Pris | per år | Premie per år» or «Produkt | Pris per år | Premie | per år»
    const lines = [line(1, ['Produkt Pris per år Premie per år']), line(2, ['Innbo', '1 500 000', '2 310', '2 400'])];
    expect(headerWordsApart(lines)).toBe(lines);
    // three cells: one way only
    const three = [line(1, ['Produkt Sum Premie per år']), line(2, ['Innbo', '1 500 000', '2 310'])];
    expect(read(headerWordsApart(three))[0]).toBe('1 Produkt | Sum | Premie per år');
  });
});

describe('a header whose first column names a PDF set closer than a column gap', () => {
  // a commercial property certificate's table in a LibreOffice PDF: «Forsikring Eiendom Dekning
  // Forsikringssum | Egenandel | Premie» over «Næringsbygg | Smedasundet 40, … | Brann | 64.800.000 | 25.000 | 52.110»
  it('«Forsikring Eiendom Dekning Forsikringssum | Egenandel | Premie» over six cells: six names', () => {
    const lines = [
      line(9, ['Forsikring Eiendom Dekning Forsikringssum', 'Egenandel', 'Premie']),
      line(10, ['Næringsbygg', 'Smedasundet 40, 5528 Haugesund', 'Brann', '64.800.000', '25.000', '52.110']),
    ];
    expect(read(headerWordsApart(lines))[0]).toBe('9 Forsikring | Eiendom | Dekning | Forsikringssum | Egenandel | Premie');
  });

  it('a cell that is no column name, or a row of as many cells as the header: left as it is', () => {
    const prose = [line(1, ['Forsikring Eiendom gjelder', 'Egenandel', 'Premie']), line(2, ['Bygg', 'Storgata 1', 'Brann', '1 000 000', '10 000', '2 000'])];
    expect(headerWordsApart(prose)).toBe(prose);
    const same = [line(1, ['Forsikring Eiendom', 'Egenandel', 'Premie']), line(2, ['Bygg', '10 000', '2 000'])];
    expect(headerWordsApart(same)).toBe(same);
  });

  it('«Forsikringssted /» over «objekt», the next names run into its first line: the place column named whole', () => {
    // a groff PDF of a member's certificate: «Produkt | Forsikringssted / Sum Egenandel objekt | Pris pr. år»
    const lines = [
      line(12, ['Produkt', 'Forsikringssted / Sum Egenandel objekt', 'Pris pr. år']),
      line(13, ['Innbo', 'Skoleveien 18, 2312 Ottestad', '1 500 000 kr', '4 000 kr', '2 988 kr']),
    ];
    expect(read(headerWordsApart(lines))[0]).toBe('12 Produkt | Forsikringssted / objekt | Sum | Egenandel | Pris pr. år');
    // the rest no column name: left as it is
    const other = [line(12, ['Produkt', 'Forsikringssted / Sum Egenandel gjelder også', 'Pris pr. år']), lines[1]!];
    expect(headerWordsApart(other)).toBe(other);
  });
});

describe('a header name with a slash, its blanks the layout\'s', () => {
  it('«Produkt Forsikringssted / objekt Sum Egenandel Pris pr. år» over five cells: five names', () => {
    const lines = [
      line(12, ['Produkt Forsikringssted / objekt Sum Egenandel Pris pr. år']),
      line(13, ['Innbo', 'Skoleveien 18, 2312 Ottestad', '1 500 000 kr', '4 000 kr', '2 988 kr']),
    ];
    expect(read(headerWordsApart(lines))[0]).toBe('12 Produkt | Forsikringssted / objekt | Sum | Egenandel | Pris pr. år');
  });
});

describe('a header of one cell over rows whose place cell took in the cover level: one name more than the row has cells', () => {
  it('«Forsikring Forsikringssted Dekning Forsikringssum Egenandel Pris pr. år» over five cells, the cover in the place: six names', () => {
    // a LibreOffice PDF: the header one cell narrower than the rows, «Pluss» run in between street and postcode
    const lines = [
      line(15, ['Forsikring Forsikringssted Dekning Forsikringssum Egenandel Pris pr. år']),
      line(16, ['Hus', 'Bjørkelia 14 Pluss 3616 Kongsberg Enebolig, byggeår 1978, 186 m² BTA', 'Fullverdi', '8 000 kr', '9 842 kr']),
    ];
    expect(read(headerWordsApart(lines))[0]).toBe('15 Forsikring | Forsikringssted | Dekning | Forsikringssum | Egenandel | Pris pr. år');
  });

  it('another order and other names, the header in two cells: «Produkt Adresse Dekning | Årspris» style', () => {
    const lines = [
      line(8, ['Produkt Adresse Dekning', 'Forsikringssum Egenandel Årspris']),
      line(9, ['Innbo', 'Strandvegen 22 Super 4370 Egersund', '1 200 000 kr', '4 000 kr', '3 290 kr']),
    ];
    expect(read(headerWordsApart(lines))[0]).toBe('8 Produkt | Adresse | Dekning | Forsikringssum | Egenandel | Årspris');
  });

  it('no cover run into a place, or a header of as many cells as the row: left as it is', () => {
    const plain = [
      line(15, ['Forsikring Forsikringssted Dekning Forsikringssum Egenandel Pris pr. år']),
      line(16, ['Hus', 'Bjørkelia 14, 3616 Kongsberg', 'Fullverdi', '8 000 kr', '9 842 kr']),
    ];
    expect(headerWordsApart(plain)).toBe(plain);
    // (groff: the header's names each a cell already, «Pris pr. år» not to be parted further)
    const apart = [
      line(15, ['Forsikring', 'Forsikringssted', 'Dekning', 'Forsikringssum', 'Egenandel', 'Pris pr. år']),
      line(16, ['Hus', 'Bjørkelia 14 Pluss 3616 Kongsberg', 'Fullverdi', '', '8 000 kr', '9 842 kr']),
    ];
    expect(headerWordsApart(apart)).toBe(apart);
  });
});
