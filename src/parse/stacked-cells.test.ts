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

describe('cells not on one line: sums by their form, a table a column at a time, labels before their values', () => {
  // docs/frende-borettslag-celle-per-linje-2026: «Bygning» / «Tertnesveien 110, 5113 Tertnes» / «Fullverdi» /
  // «25 000» / «104 880», and «Førsterisiko 300 000» in the glass's sum column
  it('«Fullverdi» and «Førsterisiko 300 000» fit a stacked sum column: the rows are read, the first-risk sum too', () => {
    const p = parse(['Avtalenummer: FR 2209 5518', 'Forsikringsoversikt', 'Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Årspremie', 'Bygning', 'Tertnesveien 110, 5113 Tertnes', 'Fullverdi', '25 000', '104 880', 'Bygningsglass', 'Tertnesveien 110, 5113 Tertnes', 'Førsterisiko 300 000', '5 000', '2 460'].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium, c.note])).toEqual([
      ['Bygning', undefined, '25000', '104880', 'Fullverdi'],
      ['Bygningsglass', { first_risk: '300000' }, '5000', '2460', undefined],
    ]);
  });

  // the same document: «Endringer i egenandel» / «Forsikring» / «Tidligere egenandel» / «Ny egenandel» / «Bygning» / «20 000» / «25 000»
  it('a change table one cell per line is put back into rows and read as deductible changes', () => {
    const p = parse(['Avtalenummer: FR 2209 5518', 'Endringer i egenandel', 'Forsikring', 'Tidligere egenandel', 'Ny egenandel', 'Bygning', '20 000', '25 000', 'Fellesinnbo', '4 000', '6 000', 'Alle beløp er i norske kroner.'].join('\n'));
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([
      ['Bygning', ['20000'], ['25000']],
      ['Fellesinnbo', ['4000'], ['6000']],
    ]);
  });

  // docs/tryg-huseier-bevis-kolonnevis-2026: «Dekning» / «Forsikringssum» / «Egenandel» / «Pris», a blank line, then
  // «Bygning» / «Fellesinnbo», a blank line, «kr 212 600 000» / «kr 650 000», …
  const COLUMNS = ['Dekning', 'Forsikringssum', 'Egenandel', 'Pris', '', 'Bygning', 'Fellesinnbo', '', 'kr 212 600 000', 'kr 650 000', '', 'kr 15 000', 'kr 6 000', '', 'kr 164 320', 'kr 2 180', '', 'Pris å betale: kr 166 500'].join('\n');

  it('a table copied a column at a time: each block a column, the rows read across, traced to their names', () => {
    const out = rowsOfStackedCells(lines(COLUMNS).filter((l) => l.text !== ''));
    expect(out.map((l) => l.cells).slice(0, 3)).toEqual([
      ['Dekning', 'Forsikringssum', 'Egenandel', 'Pris'],
      ['Bygning', 'kr 212 600 000', 'kr 15 000', 'kr 164 320'],
      ['Fellesinnbo', 'kr 650 000', 'kr 6 000', 'kr 2 180'],
    ]);
    expect(out.map((l) => l.line).slice(0, 3)).toEqual([1, 6, 7]);
    expect(parse(`Avtalenummer: 7716 4402\n\n${COLUMNS}`).coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', '212600000', '15000', '164320'],
      ['Fellesinnbo', '650000', '6000', '2180'],
    ]);
  });

  it('blocks of different lengths (a wrapped cell) are no such table: nothing is read across', () => {
    const wrapped = COLUMNS.replace('Fellesinnbo', 'Fellesinnbo i\nboder');
    expect(parse(`Avtalenummer: 7716 4402\n\n${wrapped}`).coverages ?? []).toEqual([]);
  });

  // the same document: «Forsikringstaker» / «Avtalenummer» / «Utstedt dato» …, a blank line, then the values in that order
  it("an agreement's labels all first, then as many values: each label with its value", () => {
    const p = parse(['Tryg Forsikring', 'Forsikringsbevis', '', 'Forsikringstaker', 'Avtalenummer', 'Utstedt dato', 'Forsikringsperiode', '', 'Kalvegrenda Huseierforening', '7716 4402', '09.01.2026', '01.02.2026 - 31.01.2027'].join('\n'));
    expect([p.policy_number, p.issued, p.renewal_date]).toEqual(['77164402', '2026-01-09', '2026-02-01']);
  });

  it('values fewer than the labels are not paired', () => {
    const out = rowsOfStackedCells(lines(['Forsikringstaker', 'Avtalenummer', 'Utstedt dato', '', 'Kalvegrenda Huseierforening', '7716 4402'].join('\n')).filter((l) => l.text !== ''));
    expect(out.map((l) => l.text)).toEqual(['Forsikringstaker', 'Avtalenummer', 'Utstedt dato', 'Kalvegrenda Huseierforening', '7716 4402']);
  });
});

describe("a product's block of fields, labels in a column of their own", () => {
  // docs/storebrand-hus-hytte-produktblokker-2026: «Produkt                 Husforsikring» / «Dekning                 Super» / …
  it('«Produkt   Husforsikring» names the block\'s product, «Bygning   …» is the note, the place the object', () => {
    const p = parse(
      ['FORSIKRINGSBEVIS', 'Bolig og fritid', '', 'Forsikringsnummer       66 410 2297', '', 'Produkt                 Husforsikring', 'Dekning                 Super', 'Forsikringssted         Skogveien 31, 1405 Langhus', 'Bygning                 Tomannsbolig, byggeår 2004, 196 m² BRA', 'Forsikringssum          Fullverdi', 'Egenandel               kr 8 000', 'Pris per år             kr 11 204', ''].join('\n'),
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([['Husforsikring', 'Super', 'Skogveien 31, 1405 Langhus', '8000', '11204']]);
  });
});

describe('a table of one cell per line whose rows stand apart by blank lines', () => {
  // test/corpus/docs/gjensidige-fornyelse-landbruk-rad-per-blokk-2026.txt: «Objekt» / «Sted» / «Forsikringssum» / «Egenandel» /
  // «Premie», a blank line, then each row's five cells as a block of their own («Fjøs» / «Nordre Hoelsvegen 88, 2640 Vinstra» / …)
  const DOC = [
    'Forsikringsnummer: 7730 118 204',
    'Forsikringsoversikt',
    '',
    'Objekt',
    'Sted',
    'Forsikringssum',
    'Egenandel',
    'Premie',
    '',
    'Fjøs',
    'Nordre Hoelsvegen 88, 2640 Vinstra',
    '9 240 000 kr',
    '10 000 kr',
    '17 630 kr',
    '',
    'Bolighus',
    'Nordre Hoelsvegen 88, 2640 Vinstra',
    'Fullverdi',
    '8 000 kr',
    '8 945 kr',
    '',
    'Gardsansvar',
    '–',
    '10 000 000 kr',
    '5 000 kr',
    '2 870 kr',
    '',
    'Samlet premie: 29 445 kr',
  ].join('\n');

  it('reads each block as one row, traced to its first line; the first block that is no row ends the table', () => {
    const out = rowsOfStackedCells(lines(DOC).filter((l) => l.text !== ''));
    expect(out.map((l) => l.cells)).toEqual([
      ['Forsikringsnummer: 7730 118 204'],
      ['Forsikringsoversikt'],
      ['Objekt', 'Sted', 'Forsikringssum', 'Egenandel', 'Premie'],
      ['Fjøs', 'Nordre Hoelsvegen 88, 2640 Vinstra', '9 240 000 kr', '10 000 kr', '17 630 kr'],
      ['Bolighus', 'Nordre Hoelsvegen 88, 2640 Vinstra', 'Fullverdi', '8 000 kr', '8 945 kr'],
      ['Gardsansvar', '–', '10 000 000 kr', '5 000 kr', '2 870 kr'],
      ['Samlet premie: 29 445 kr'],
    ]);
    expect(out.slice(3, 6).map((l) => l.line)).toEqual([10, 16, 22]);
  });
  it('«Objekt | Sted»: the first column names the rows, «Sted» is their place', () => {
    const p = parse(`Gjensidige Forsikring ASA\n${DOC}\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Fjøs', 'Nordre Hoelsvegen 88, 2640 Vinstra', '9240000', '10000', '17630'],
      ['Bolighus', 'Nordre Hoelsvegen 88, 2640 Vinstra', undefined, '8000', '8945'],
      ['Gardsansvar', undefined, '10000000', '5000', '2870'],
    ]);
  });
  it('a block with a cell too few is no row, and one row alone before it is no table: nothing is read by position', () => {
    const short = DOC.replace('Bolighus\nNordre Hoelsvegen 88, 2640 Vinstra\n', 'Bolighus\n');
    const out = rowsOfStackedCells(lines(short).filter((l) => l.text !== ''));
    expect(out.filter((l) => l.cells.length === 5)).toEqual([]);
  });
});

describe('a plural section title over the headings one per line', () => {
  // /work/private-holdout57 agria-hest-forsikringsbevis: «Forsikringer» over «Dekning» / «Forsikringssum» / «Egenandel» /
  // «Pris per år», then «Veterinærforsikring Premium» / «kr 60 000» / «kr 3 000» / «kr 6 840» — before, no row was read
  it('is a line of its own, and the rows under the headings are read', () => {
    const doc = ['Forsikringsnummer', 'HN 4471 2093', '', 'Forsikringer', 'Dekning', 'Forsikringssum', 'Egenandel', 'Pris per år', 'Livsforsikring', 'kr 80 000', 'kr 0', 'kr 3 120', 'Bruksforsikring', 'kr 40 000', 'kr 0', 'kr 1 480', ''].join('\n');
    expect(cellsOf(doc).slice(3)).toEqual([['Forsikringer'], ['Dekning', 'Forsikringssum', 'Egenandel', 'Pris per år'], ['Livsforsikring', 'kr 80 000', 'kr 0', 'kr 3 120'], ['Bruksforsikring', 'kr 40 000', 'kr 0', 'kr 1 480'], ['']]);
    expect(parse(doc).coverages?.map((c) => [c.product, c.sum, c.premium])).toEqual([
      ['Livsforsikring', '80000', '3120'],
      ['Bruksforsikring', '40000', '1480'],
    ]);
  });

  // private-holdout44/tryg-naturskadepremie-hytte, line 30: «Forsikring» … «Egenandel» over «Naturskadepremie 2025», then
  // «Hytte» / «Tuftelia 22, 3580 Geilo» / «3 150 000 kr» / «8 000 kr» / «252 kr»: the pool's premium is no column of the model
  it('reads a table with a natural-damage premium column, that column left out', () => {
    const text = 'Polisenummer: 6044187\n\nForsikring\nForsikringssted\nForsikringssum\nEgenandel\nNaturskadepremie 2025\n\nHytte\nTuftelia 22, 3580 Geilo\n3 150 000 kr\n8 000 kr\n252 kr\n\nInnbo hytte\nTuftelia 22, 3580 Geilo\n600 000 kr\n8 000 kr\n48 kr\n';
    // (a blank line is no line of the source: its number is skipped)
    const source = lines(text).filter((l) => l.text !== '');
    expect(rowsOfStackedCells(source).map((l) => l.cells).filter((c) => c.length > 1)).toEqual([
      ['Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel'],
      ['Hytte', 'Tuftelia 22, 3580 Geilo', '3 150 000 kr', '8 000 kr'],
      ['Innbo hytte', 'Tuftelia 22, 3580 Geilo', '600 000 kr', '8 000 kr'],
    ]);
    expect(parse(text).coverages).toEqual([
      expect.objectContaining({ product: 'Hytte', sum: '3150000', deductible: '8000' }),
      expect.objectContaining({ product: 'Innbo hytte', sum: '600000', deductible: '8000' }),
    ]);
    expect(parse(text).coverages?.some((c) => c.premium !== undefined)).toBe(false);
  });
});

describe('a G table copied one cell a line', () => {
  // test/corpus/docs/tryg-g-varsel-personal-celle-per-linje-premielinjer-2025.txt: «Dekning» / «Sum i G» / «Sum i kroner fra
  // 01.05.2025», then each item's name, its G sum and its kroner on lines of their own; «Behandlingsutgifter» / «fast sum» / «kr 30 000»
  const DOC = [
    'Avtalenummer: 6604 218 773',
    '',
    'Yrkesskadeforsikring',
    'Dekning',
    'Sum i G',
    'Sum i kroner fra 01.05.2025',
    'Menerstatning ved full medisinsk invaliditet',
    '6 G',
    'kr 780 960',
    'Tap av fremtidig inntekt, inntil',
    '22 G',
    'kr 2 863 520',
    'Behandlingsutgifter',
    'fast sum',
    'kr 30 000',
  ].join('\n');

  it('puts each item back on one line under its headings, the words of the G column a cell of their own', () => {
    expect(cellsOf(DOC).slice(3)).toEqual([
      ['Dekning', 'Sum i G', 'Sum i kroner fra 01.05.2025'],
      ['Menerstatning ved full medisinsk invaliditet', '6 G', 'kr 780 960'],
      ['Tap av fremtidig inntekt, inntil', '22 G', 'kr 2 863 520'],
      ['Behandlingsutgifter', 'fast sum', 'kr 30 000'],
    ]);
  });

  it('reads the items: G sums, and the kroner of the item with no G', () => {
    const c = parse(DOC).coverages!;
    expect(c.map((x) => x.product)).toEqual(['Yrkesskadeforsikring']);
    expect(c[0]!.items!.map((i) => [i.name, i.sum])).toEqual([
      ['Menerstatning ved full medisinsk invaliditet', { g: '6' }],
      ['Tap av fremtidig inntekt, inntil', { g: '22' }],
      ['Behandlingsutgifter', '30000'],
    ]);
  });

  it('a G column alone with no kroner column beside it names no table of its own', () => {
    const two = ['Dekning', 'Sum i G', 'Dødsfall', '10 G'].join('\n');
    expect(cellsOf(two)).toEqual([['Dekning'], ['Sum i G'], ['Dødsfall'], ['10 G']]);
  });
});

describe('a row block of more lines than cells, read by its ends', () => {
  // private-holdout64/tryg-landbruk-forsikringsbevis (and docs/gjensidige-landbruk-bevis-celle-per-linje-beskrivelse-2026):
  // «Landbruksbygning» / «Heggeveien 112, Gnr 45 Bnr 2» / «2930 Bagn» / «Fjøs og låve, byggeår 1978» / three amounts
  const HEAD = 'Forsikringsnummer 55501234\n\nForsikring\nForsikringssted\nForsikringssum\nEgenandel\nPris per år\n\n';
  it('the amounts go to the figure columns from the end, the text lines to the text columns from the start', () => {
    const p = parse(`${HEAD}Landbruksbygning\nHeggeveien 112, Gnr 45 Bnr 2\n2930 Bagn\nFjøs og låve, byggeår 1978\n9 850 000 kr\n10 000 kr\n14 322 kr\n\nLandbruksansvar\nHele Norden\n10 000 000 kr\n10 000 kr\n1 875 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Landbruksbygning', 'Heggeveien 112, Gnr 45 Bnr 2, 2930 Bagn', '9850000', '10000', '14322'],
      ['Landbruksansvar', 'Hele Norden', '10000000', '10000', '1875'],
    ]);
  });
  it('a describing line before the place: the place cell would be the description — not read', () => {
    const p = parse(`${HEAD}Landbruksbygning\nMaskinhus, byggeår 2011\nNordre Hegge, Gnr 45\n2930 Bagn\n3 100 000 kr\n10 000 kr\n4 518 kr\n\nLandbruksansvar\nHele Norden\n10 000 000 kr\n10 000 kr\n1 875 kr\n`);
    expect((p.coverages ?? []).some((c) => c.object === 'Maskinhus, byggeår 2011')).toBe(false);
  });
  it('a block with fewer amounts than figure columns is not read by its ends', () => {
    const p = parse(`${HEAD}Landbruksbygning\nHeggeveien 112, Gnr 45 Bnr 2\n2930 Bagn\nFjøs og låve\n10 000 kr\n14 322 kr\n\nLandbruksansvar\nHele Norden\n10 000 000 kr\n10 000 kr\n1 875 kr\n`);
    expect((p.coverages ?? []).some((c) => c.product === 'Landbruksbygning' && c.sum !== undefined)).toBe(false);
  });
});

// (blank lines are no lines of the source: the line numbers skip them, as textToSource gives them)
const gapped = (text: string): string[][] => rowsOfStackedCells(lines(text).filter((l) => l.text !== '')).map((l) => l.cells);

describe('a stacked table whose figure cell holds no single amount', () => {
  // /work/private-holdout70/agria-hest-forsikringsbevis.txt, test/corpus/docs/gjensidige-hund-bevis-celle-per-linje-strek-og-regel-2026.txt:
  // «Dekning» / «Forsikringssum» / «Egenandel» / «Pris per år», then blocks such as «Livsforsikring» / «kr 80 000» / «-» / «kr 2 856»
  // and «Veterinærforsikring Basis» / «kr 30 000» / «kr 3 000 + 20 %» / «kr 4 980»
  const DOC = ['Forsikringsnummer: H-2219-8830', '', 'Dekning', 'Forsikringssum', 'Egenandel', 'Pris per år', '', 'Livsforsikring', 'kr 80 000', '-', 'kr 2 856', '', 'Veterinærforsikring Basis', 'kr 30 000', 'kr 3 000 + 20 %', 'kr 4 980', '', 'Ansvarsforsikring for hest', 'kr 5 000 000', 'kr 2 500', 'kr 310', ''].join('\n');

  it('puts the rows back with a dash and a rule in the deductible column (they were all lost)', () => {
    const rows = gapped(DOC).filter((c) => c.length === 4);
    expect(rows).toEqual([
      ['Dekning', 'Forsikringssum', 'Egenandel', 'Pris per år'],
      ['Livsforsikring', 'kr 80 000', '-', 'kr 2 856'],
      ['Veterinærforsikring Basis', 'kr 30 000', 'kr 3 000 + 20 %', 'kr 4 980'],
      ['Ansvarsforsikring for hest', 'kr 5 000 000', 'kr 2 500', 'kr 310'],
    ]);
  });

  it('reads no deductible from the dash, and warns of the rule rather than take its 3 000', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.sum, c.deductible, c.premium])).toEqual([
      ['80000', undefined, '2856'],
      ['30000', undefined, '4980'],
      ['5000000', '2500', '310'],
    ]);
    expect(p.warnings.some((w) => w.includes('kr 3 000 + 20 %'))).toBe(true);
  });

  it('takes no text line for a figure cell: a name under «Egenandel» still ends the table', () => {
    const rows = gapped(['Dekning', 'Forsikringssum', 'Egenandel', 'Pris per år', '', 'Livsforsikring', 'kr 80 000', 'Se vilkår', 'kr 2 856', ''].join('\n')).filter((c) => c.length === 4);
    expect(rows).toEqual([]);
  });
});

describe('a broker\'s renewal summary one cell per line, with a company column', () => {
  // a broker's «Forsikringsprogram 2026»: «Produkt» / «Selskap» / … / «Premie 2025» / «Premie 2026», then each row's cells;
  // the company cell is the row's insurer (read past), «10 G» a sum in G, «–» an empty cell
  const DOC = [
    'Produkt', 'Selskap', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Premie 2025', 'Premie 2026',
    '', 'Bygning', 'Tryg', 'Fjordgata 3, 6800 Førde', 'NOK 9 400 000', 'NOK 20 000', 'NOK 14 200', 'NOK 15 120',
    '', 'Gruppeliv', 'KLP', '–', '8 G', '–', 'NOK 12 300', 'NOK 12 900',
  ].join('\n');
  it('puts each row back on one line without the company cell, and reads the newest premium', () => {
    const p = parse(DOC);
    expect(p.coverages).toEqual([
      expect.objectContaining({ product: 'Bygning', object: 'Fjordgata 3, 6800 Førde', sum: '9400000', deductible: '20000', premium: '15120' }),
      expect.objectContaining({ product: 'Gruppeliv', sum: { g: '8' }, premium: '12900' }),
    ]);
  });
});

describe('a table one cell per line with an «Indeks» column and a waiting period for a deductible', () => {
  // test/corpus/docs/tryg-naering-celle-per-linje-indeks-2026.txt: «Produkt» / «Forsikringssted» / «Indeks» / «Forsikringssum» /
  // «Egenandel» / «Premie», then six cells a row — «Bygning» / «Strandkaien 4, 4005 Stavanger» / «Bygg» / «NOK 21 600 000,-» / …
  // — and a loss of income's deductible «2 døgn»
  const DOC = [
    'Polisenummer: 7712 4410',
    '',
    'Produkt',
    'Forsikringssted',
    'Indeks',
    'Forsikringssum',
    'Egenandel',
    'Premie',
    '',
    'Bygning',
    'Strandkaien 4, 4005 Stavanger',
    'Bygg',
    'NOK 21 600 000,-',
    'NOK 50 000,-',
    'NOK 24 310,-',
    '',
    'Driftstap',
    'Strandkaien 4, 4005 Stavanger',
    'Ingen',
    'NOK 6 000 000,-',
    '2 døgn',
    'NOK 4 120,-',
  ].join('\n');

  it('counts the index cell into its column, so the figures after it keep theirs', () => {
    // (a blank line is no line of the document's source: the lines keep their numbers, so the blocks stand apart)
    const out = rowsOfStackedCells(lines(DOC).filter((l) => l.text !== ''));
    expect(out.map((l) => l.cells).filter((c) => c.length > 1)).toEqual([
      ['Produkt', 'Forsikringssted', 'Indeks', 'Forsikringssum', 'Egenandel', 'Premie'],
      ['Bygning', 'Strandkaien 4, 4005 Stavanger', 'Bygg', 'NOK 21 600 000,-', 'NOK 50 000,-', 'NOK 24 310,-'],
      ['Driftstap', 'Strandkaien 4, 4005 Stavanger', 'Ingen', 'NOK 6 000 000,-', '2 døgn', 'NOK 4 120,-'],
    ]);
  });

  it('reads each row with its index class, and no deductible from the waiting period (warned)', () => {
    const p = parse(DOC);
    expect((p.coverages ?? []).map((c) => [c.product, c.index_class, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', 'bygninger', '21600000', '50000', '24310'],
      ['Driftstap', 'none', '6000000', undefined, '4120'],
    ]);
    expect(p.warnings.some((w) => /waiting period «2 døgn»/.test(w))).toBe(true);
  });

  it('reads nothing of a row whose index cell holds a figure: no value is shifted into another column', () => {
    const shifted = DOC.replace('Bygg\n', '');
    expect((parse(shifted).coverages ?? []).map((c) => c.product)).not.toContain('Bygning');
  });
});

describe('a name over a first-risk sum in lower case', () => {
  // test/corpus/docs/tryg-naering-celle-per-linje-indeks-2026.txt: «Underslag» over «kr 300 000 (førsterisiko)» under
  // «Dekning» / «Forsikringssum» / «Egenandel» / «Årspremie» — «kr …» starts in lower case, but it is the sum's cell
  const DOC = ['Dekning', 'Forsikringssum', 'Egenandel', 'Årspremie', 'Fellesinnbo', 'kr 400 000', 'kr 4 000', 'kr 1 260', 'Underslag', 'kr 300 000 (førsterisiko)', 'kr 10 000', 'kr 980'].join('\n');

  it('takes the sum for its own cell, not the name\'s rest', () => {
    expect(cellsOf(DOC)).toEqual([
      ['Dekning', 'Forsikringssum', 'Egenandel', 'Årspremie'],
      ['Fellesinnbo', 'kr 400 000', 'kr 4 000', 'kr 1 260'],
      ['Underslag', 'kr 300 000 (førsterisiko)', 'kr 10 000', 'kr 980'],
    ]);
  });
});

describe('a stacked table whose first column names the buildings («Bygning», «Bygg»)', () => {
  // private-holdout80/norsk-hussopp-borettslag-forsikringsbevis-2025: «Forsikringsbevis – Hussoppforsikring» …
  // «Bygning» / «Adresse» / «Forsikringssum» / «Egenandel» / «Premie», then «Blokk A» / «Tåsenveien 51, 0873 Oslo» / three amounts
  const head = 'Forsikringsbevis – Hussoppforsikring\n\nForsikringsnr.: HS-218804\nDato: 08.01.2025\n\nBygninger som omfattes\n\n';
  it('the rows are the title product\'s, each building and its address the object', () => {
    const p = parse(`${head}Bygning\nAdresse\nForsikringssum\nEgenandel\nPremie\nBlokk A\nTåsenveien 51, 0873 Oslo\nkr 78 500 000\nkr 15 000\nkr 9 420\nBlokk B\nTåsenveien 53, 0873 Oslo\nkr 78 500 000\nkr 15 000\nkr 9 420\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Hussoppforsikring', 'Blokk A, Tåsenveien 51, 0873 Oslo', '78500000', '15000', '9420'],
      ['Hussoppforsikring', 'Blokk B, Tåsenveien 53, 0873 Oslo', '78500000', '15000', '9420'],
    ]);
  });
  // private-holdout81/protector-fornyelse-eiendom: «Forsikrede bygninger» over «Bygg» / «Adresse» / …, rows a block each;
  // «Lagerbygg» / «Industriveien 12» / «Gnr 45 Bnr 112, 3036 Drammen» / …; «Husleietap» / «Alle bygg» / «36 måneders husleie, kr 14 400 000» / …
  it('under a caption of the things the rows name their own products; a lot under its street and a sum in words are read', () => {
    const p = parse(
      'Polise nr.: 1104-22871\n\nForsikrede bygninger\n\nBygg\nAdresse\nForsikringssum\nEgenandel\nPremie\n\nKontorbygg\nBragernes torg 6, 3017 Drammen\nkr 86 500 000\nkr 50 000\nkr 97 420\n\n' +
        'Lagerbygg\nIndustriveien 12\nGnr 45 Bnr 112, 3036 Drammen\nkr 31 200 000\nkr 50 000\nkr 44 310\n\nHusleietap\nAlle bygg\n36 måneders husleie, kr 14 400 000\nkr 50 000\nkr 11 270\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Kontorbygg', 'Bragernes torg 6, 3017 Drammen', '86500000'],
      ['Lagerbygg', 'Industriveien 12, Gnr 45 Bnr 112, 3036 Drammen', '31200000'],
      ['Husleietap', 'Alle bygg', '14400000'],
    ]);
  });
});

describe('a sum cell that points elsewhere in a table copied one cell a line', () => {
  // private-holdout84/soderberg-partners-forsikringsoversikt: «Yrkesskade» / «Storebrand» / «-» / «Iht. lov» / «0» / «41 760»,
  // then «Gruppeliv» … «10 G», «Motorvogn, 14 kjøretøy» … «Se kjøretøyliste»
  const DOC = 'Forsikringsnummer: 5520 8817\nTabell 2\nProdukt\nSelskap\nForsikringssted\nForsikringssum\nEgenandel\nÅrspremie\nYrkesskade\nStorebrand\n-\nIht. lov\n0\n41 760\nGruppeliv\nStorebrand\n-\n10 G\n0\n36 905\nMotorvogn, 14 kjøretøy\nTryg\n-\nSe kjøretøyliste\n8 000\n96 450\n';
  it('the rows are read with their other cells, the reference no sum (a list to see is warned)', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Yrkesskade', undefined, '0', '41760'],
      ['Gruppeliv', { g: '10' }, '0', '36905'],
      ['Motorvogn, 14 kjøretøy', undefined, '8000', '96450'],
    ]);
    expect(p.warnings.join('\n')).toContain('Se kjøretøyliste');
  });
});
