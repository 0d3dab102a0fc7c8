import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import type { SourceLine } from './source.js';
import { rowsOfStackedCells } from './stacked-cells.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const lines = (text: string): SourceLine[] => text.split('\n').map((t, i) => ({ page: 1, line: i + 1, text: t, cells: [t] }));
const cellsOf = (text: string): string[][] => rowsOfStackedCells(lines(text)).map((l) => l.cells);

describe('a table whose cells came out of the PDF one per line', () => {
  // test/corpus/docs/landkreditt-bevis-celle-per-linje-2026.txt: «Forsikring» … «Årspremie» one per line, then
  // «Driftsbygning» / «Holtetvegen 41, 2850 Lena» / «12 500 000» / «10 000» / «8 412», «Sum årspremie» over «19 579»
  const DOC = [
    'Forsikringsnummer: 5520 8817',
    'Forsikringsoversikt',
    'Forsikring',
    'Forsikringssted',
    'Forsikringssum',
    'Egenandel',
    'Årspremie',
    'Driftsbygning',
    'Holtetvegen 41, 2850 Lena',
    '12 500 000',
    '10 000',
    '8 412',
    'Bedriftsansvar',
    'Norden',
    '10 000 000',
    '10 000',
    '2 960',
    'Sum årspremie',
    '11 372',
  ].join('\n');

  it('puts each row back on one line, the headings counted down its cells, traced to its first line', () => {
    const out = rowsOfStackedCells(lines(DOC));
    expect(out.map((l) => l.cells)).toEqual([
      ['Forsikringsnummer: 5520 8817'],
      ['Forsikringsoversikt'],
      ['Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Årspremie'],
      ['Driftsbygning', 'Holtetvegen 41, 2850 Lena', '12 500 000', '10 000', '8 412'],
      ['Bedriftsansvar', 'Norden', '10 000 000', '10 000', '2 960'],
      ['Sum årspremie', '', '', '', '11 372'],
    ]);
    expect(out.map((l) => l.line)).toEqual([1, 2, 3, 8, 13, 18]);
  });

  it('reads the rows as a table, the total as no row and no warning', () => {
    const p = parse(DOC);
    expect(p.coverages).toEqual([
      { product: 'Driftsbygning', object: 'Holtetvegen 41, 2850 Lena', index_class: 'bygninger', sum: '12500000', deductible: '10000', premium: '8412' },
      { product: 'Bedriftsansvar', object: 'Norden', index_class: 'none', sum: '10000000', deductible: '10000', premium: '2960' },
    ]);
    expect(p.warnings).toEqual([]);
  });

  it('reads the headings from one line too («Objekt Forsikringssted Forsikringssum Egenandel Premie», Zurich)', () => {
    const out = cellsOf('Objekt Forsikringssted Forsikringssum Egenandel Premie\nKontorbygg\nHavnegata 9, 6270 Brattvåg\n64 800 000\n50 000\n52 310');
    expect(out).toEqual([
      ['Objekt', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Premie'],
      ['Kontorbygg', 'Havnegata 9, 6270 Brattvåg', '64 800 000', '50 000', '52 310'],
    ]);
  });

  it('takes a location number column («Lok.» over «1») and the first heading run onto the paragraph above it (Protector, a PDF)', () => {
    // «Forsikringssummene er fullverdi. Tallene nedenfor er premiegrunnlaget for hver bygning. Lok.» over «Adresse», «Sum», «Egenandel»
    const out = cellsOf('Tallene nedenfor er premiegrunnlaget. Lok.\nAdresse\nSum\nEgenandel\n1\nTerminalvegen 4, 4056 Tananger\n52 900 000\n100 000');
    expect(out).toEqual([
      ['Tallene nedenfor er premiegrunnlaget.'],
      ['Lok.', 'Adresse', 'Sum', 'Egenandel'],
      ['1', 'Terminalvegen 4, 4056 Tananger', '52 900 000', '100 000'],
    ]);
  });

  it('joins a text cell wrapped onto the next line where it plainly goes on (a comma at its end)', () => {
    const out = cellsOf('Forsikring\nForsikringssted\nForsikringssum\nEgenandel\nNæringsbygg\nIndustrivegen 12,\n7600 Levanger\n38 400 000\n25 000');
    expect(out[1]).toEqual(['Næringsbygg', 'Industrivegen 12, 7600 Levanger', '38 400 000', '25 000']);
  });

  it('leaves the lines as they are where a cell does not fit its column: a row short of a cell is never counted into the next', () => {
    // «Bedriftsansvar» with no place: its sum would land in the place column — no row, the lines stay
    const text = 'Forsikring\nForsikringssted\nForsikringssum\nEgenandel\nBedriftsansvar\n10 000 000\n10 000';
    expect(cellsOf(text)).toEqual(text.split('\n').map((t) => [t]));
  });

  it('needs a text column and a figure column among three headings: a column read column by column is no such table', () => {
    // test/corpus/docs/protector-pdftekst-kolonnevis-2024.txt: «Forsikring» over «Næringsbygg», «Næringsbygg», …
    const text = 'Forsikring\nNæringsbygg\nMaskiner og inventar\nForsikringssted\nKaivegen 3, 6100 Volda';
    expect(cellsOf(text)).toEqual(text.split('\n').map((t) => [t]));
  });
});

describe('a numbered section with a paragraph between its heading and its table', () => {
  // test/corpus/docs/klp-bevis-nummererte-avsnitt-lok-2027.txt
  const DOC =
    'Avtalenummer: 4400 2291\nDato: 20.11.2026\n1. Bygning\n' +
    'Forsikringssummene er fullverdi. Beløpene i tabellen er premiegrunnlaget for hver bygning og reguleres\n' +
    'med byggekostnadsindeksen ved hovedforfall.\n\n' +
    'Lok.  Adresse                              Sum           Egenandel\n' +
    '1     Rådhusvegen 2, 2850 Lena             84 600 000    50 000\n\n' +
    '2. Maskiner og inventar\n' +
    'Forsikringen omfatter maskiner, inventar og løsøre som kommunen eier eller har ansvar for på\n' +
    'lokasjonene nedenfor. Summene er førsterisiko per lokasjon.\n\n' +
    'Lok.  Adresse                              Sum           Egenandel\n' +
    '1     Rådhusvegen 2, 2850 Lena             6 500 000     25 000\n';
  it("reads the rows under the section's product; «1. Bygning» under «Dato: …» starts the section, it does not go on with the date's line", () => {
    const p = parse(DOC);
    expect(p.coverages).toEqual([
      { product: 'Bygning', object: 'Rådhusvegen 2, 2850 Lena', index_class: 'bygninger', sum: '84600000', deductible: '50000' },
      { product: 'Maskiner og inventar', object: 'Rådhusvegen 2, 2850 Lena', index_class: 'maskin_losore', sum: '6500000', deductible: '25000' },
    ]);
    expect(p.issued).toBe('2026-11-20');
  });
});

describe('a stacked table whose text cells wrap', () => {
  it('joins a name whose rest starts in lower case and a street over its postcode and town (docs/landkreditt-bevis-celle-per-linje-2026)', () => {
    // «Maskiner og» over «redskap»; «Holtetvegen 43» over «2850 Lena»
    const out = cellsOf('Forsikring\nForsikringssted\nForsikringssum\nEgenandel\nMaskiner og\nredskap\nHoltetvegen 43\n2850 Lena\n2 300 000\n10 000');
    expect(out[1]).toEqual(['Maskiner og redskap', 'Holtetvegen 43, 2850 Lena', '2 300 000', '10 000']);
  });
});

describe('a row whose name and place wrap over more lines', () => {
  it('«Driftsbygning med» / «sauefjøs» / «Gnr. 23 bnr. 4» / «6770 Nordfjordeid» / three amounts: one row, the place from «Gnr.»', () => {
    const p = parse(['Avtalenummer 88 402 117', '', 'Dette er forsikra', 'Forsikring', 'Forsikringsstad', 'Forsikringssum', 'Eigendel', 'Pris per år', 'Våningshus', 'Gnr. 23 bnr. 4', '6770 Nordfjordeid', '4 870 000', '10 000', '9 140', 'Driftsbygning med', 'sauefjøs', 'Gnr. 23 bnr. 4', '6770 Nordfjordeid', '8 260 000', '15 000', '18 720', ''].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Våningshus', 'Gnr. 23 bnr. 4, 6770 Nordfjordeid', '4870000', '10000', '9140'],
      ['Driftsbygning med sauefjøs', 'Gnr. 23 bnr. 4, 6770 Nordfjordeid', '8260000', '15000', '18720'],
    ]);
  });
  it('«Sum 2024» / «Sum 2025» one per line: columns of the table, the newest year the row\'s', () => {
    const p = parse(['Polisenummer SP 881 4402', '', 'Produkt', 'Forsikringssted', 'Sum 2024', 'Sum 2025', 'Premie 2024', 'Premie 2025', 'Næringsbygg', 'Industriveien 7,', '1389 Heggedal', '71 450 000', '74 093 650', '61 870', '66 240', ''].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([['Næringsbygg', 'Industriveien 7, 1389 Heggedal', '74093650', '66240']]);
  });
});
