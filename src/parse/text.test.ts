import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { isPdf } from './input.js';
import { extractPolicy } from './extract.js';
import { pairsAtLeaders } from './source.js';
import { decodeDocumentText, readTextDocument, textToSource } from './text.js';

const cells = (text: string) => textToSource(text, 't.txt', '0'.repeat(64)).lines.map((l) => l.cells);

describe('decodeDocumentText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeDocumentText(Buffer.from('Næringsbygg', 'utf8'), 'a')).toBe('Næringsbygg');
    expect(decodeDocumentText(Buffer.from('\uFEFFNæringsbygg', 'utf8'), 'a')).toBe('Næringsbygg');
  });
  it('reads Windows-1252 when the bytes are not UTF-8 (æøå as single bytes)', () => {
    const cp1252 = Buffer.from([0x4e, 0xe6, 0x72, 0x69, 0x6e, 0x67, 0x73, 0x62, 0x79, 0x67, 0x67, 0x20, 0xf8, 0xe5, 0x20, 0x80, 0x20, 0x89, 0x20, 0x96]);
    expect(decodeDocumentText(cp1252, 'a')).toBe('Næringsbygg øå € ‰ –');
    expect(() => decodeDocumentText(Buffer.from([0x41, 0x81, 0x42]), 'a')).toThrow(/binary data/);
  });
  it.each([
    ['empty', Buffer.alloc(0), /is empty/],
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42]), /binary data/],
    ['control bytes', Buffer.from([0x41, 0x01, 0x02, 0x42]), /binary data/],
    ['only blanks', Buffer.from(' \n\t\n'), /has no text/],
  ])('refuses %s', (_n, data, msg) => {
    expect(() => decodeDocumentText(data, 'f.txt')).toThrow(InputError);
    expect(() => decodeDocumentText(data, 'f.txt')).toThrow(msg);
  });
});

describe('lines and cells', () => {
  it('splits on tabs and keeps empty cells (columns)', () => {
    expect(cells('Ménerstatning\t\t4,50 G\t\nTapt inntekt\t\tIndividuelt\tiflg. loven')).toEqual([
      ['Ménerstatning', '', '4,50 G'],
      ['Tapt inntekt', '', 'Individuelt', 'iflg. loven'],
    ]);
  });
  it('splits on runs of two or more spaces, never on one', () => {
    expect(cells('Bedriftsansvar    Fra kr 10 000 til kr 15 000')).toEqual([['Bedriftsansvar', 'Fra kr 10 000 til kr 15 000']]);
  });
  it('aligns a space-separated block on its widest line, keeping an empty first column', () => {
    const t = ['Forsikring    Sted          Forsikringssum', 'Næringsbygg   Storgata 1    kr 52 000 000', '              Storgata 3     kr 8 000 000'].join('\n');
    expect(cells(t)).toEqual([
      ['Forsikring', 'Sted', 'Forsikringssum'],
      ['Næringsbygg', 'Storgata 1', 'kr 52 000 000'],
      ['', 'Storgata 3', 'kr 8 000 000'],
    ]);
  });
  it('a line with as many cells as the widest keeps their order, though a wide cell runs under the next header', () => {
    const t = ['Dekning   Vilkår   Egenandel   Forsikringssum', 'Maskiner og inventar   Eiendel 2019   10 000   1 850 000'].join('\n');
    expect(cells(t)).toEqual([
      ['Dekning', 'Vilkår', 'Egenandel', 'Forsikringssum'],
      ['Maskiner og inventar', 'Eiendel 2019', '10 000', '1 850 000'],
    ]);
  });
  it('keeps non-breaking spaces inside a cell (as ordinary spaces: src/parse/normalise.ts)', () => {
    expect(cells('Pluss  Kr\u00A010\u00A0000')).toEqual([['Pluss', 'Kr 10 000']]);
  });
  it('leaves blank lines out but keeps the file line numbers; CRLF and CR line ends', () => {
    const doc = textToSource('a\r\n\r\nb\rc', 't', '0'.repeat(64));
    expect(doc.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'a'],
      [3, 'b'],
      [4, 'c'],
    ]);
  });
  it('a form feed starts a new page', () => {
    const doc = textToSource('a\n\fb\nc\fd', 't', '0'.repeat(64));
    expect(doc.lines.map((l) => [l.page, l.text])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [2, 'c'],
      [3, 'd'],
    ]);
    expect(doc.pages).toBe(3);
  });
  it('moves repeated page headers to running, each once', () => {
    const doc = textToSource('FORSIKRINGSNUMMER 1234\nUTSTEDT 01.02.2024\ntekst\nFORSIKRINGSNUMMER 1234\nSide 2 av 3\n', 't', '0'.repeat(64));
    expect(doc.running.map((l) => [l.line, l.text])).toEqual([
      [1, 'FORSIKRINGSNUMMER 1234'],
      [2, 'UTSTEDT 01.02.2024'],
      [5, 'Side 2 av 3'],
    ]);
    expect(doc.lines.map((l) => l.text)).toEqual(['tekst']);
  });
  it('records the sha256 of the bytes', () => {
    expect(readTextDocument(Buffer.from('abc'), 'x').sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('isPdf', () => {
  it('recognises a PDF by its content, not its name', () => {
    expect(isPdf(Buffer.from('%PDF-1.7\n...'))).toBe(true);
    expect(isPdf(Buffer.from('FORSIKRINGSNUMMER 1\n'))).toBe(false);
  });
});

describe('lines and cells of other insurers’ documents', () => {
  it('a line separator (U+2028) breaks a line; the line numbers stay those of the file', () => {
    const d = textToSource('Avtalenummer: SP742629\u2028Dato: 29.04.2024\nUtstedt dato: 29.04.2024', 't.txt', '0'.repeat(64));
    expect(d.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'Avtalenummer: SP742629'],
      [1, 'Dato: 29.04.2024'],
      [2, 'Utstedt dato: 29.04.2024'],
    ]);
  });
  it('|-separated cells: a Markdown table (its rule row carries nothing) and «a | b | c»', () => {
    expect(cells('| Forsikring | Egenandel i dag | Ny egenandel |\n|---|---|---|\n| Driftsbygning | kr 8 000 | kr 10 000 |')).toEqual([
      ['Forsikring', 'Egenandel i dag', 'Ny egenandel'],
      ['---', '---', '---'],
      ['Driftsbygning', 'kr 8 000', 'kr 10 000'],
    ]);
    expect(cells('Eiendeler - Varer | | Kr 10 000 | Kr 20 000')).toEqual([['Eiendeler - Varer', '', 'Kr 10 000', 'Kr 20 000']]);
  });
  it('a row written without outer bars, its address wrapped onto a line indented to the first bar', () => {
    // «Driftstap | Strandgata 12, | 6 500 000 | | 5 940» over «          | 9008 Tromsø | | | |»
    const t = [
      'Forsikring     | Forsikringssted | Sum        | Egenandel | Premie',
      '---------------|-----------------|------------|-----------|-------',
      'Næringsbygg    | Strandgata 12,  | 14 200 000 | 10 000    | 16 870',
      '               | 9008 Tromsø     |            |           |       ',
      'Driftstap      | Strandgata 12,  | 6 500 000  |           | 5 940',
      '               | 9008 Tromsø     |            |           |',
    ].join('\n');
    expect(cells(t).filter((c) => c.length > 0)).toEqual([
      ['Forsikring', 'Forsikringssted', 'Sum', 'Egenandel', 'Premie'],
      ['---------------|-----------------|------------|-----------|-------'],
      ['Næringsbygg', 'Strandgata 12, 9008 Tromsø', '14 200 000', '10 000', '16 870'],
      ['Driftstap', 'Strandgata 12, 9008 Tromsø', '6 500 000', '', '5 940'],
    ]);
  });
  it('a cell wrapped onto the next lines at the row pitch is joined to its row', () => {
    const t = [
      'Forsikring      Dekning             Forsikringssum   Egenandel',
      'Eiendeler -     Pluss Brann,            4 000 000      15 000',
      'Maskiner,       vann og tyveri/ran',
      'inventar og',
      'løsøre',
      'Borettslag og   Pluss                Kr 6 000',
      'sameie                               Kr 10 000',
    ].join('\n');
    expect(cells(t)).toEqual([
      ['Forsikring', 'Dekning', 'Forsikringssum', 'Egenandel'],
      ['Eiendeler - Maskiner, inventar og løsøre', 'Pluss Brann, vann og tyveri/ran', '4 000 000', '15 000'],
      ['Borettslag og sameie', 'Pluss', 'Kr 6 000 Kr 10 000'],
    ]);
  });
  it('a line whose cell is a date is a line of its own, not the rest of a wrapped cell (a header block of label | value pairs)', () => {
    const t = [
      'Forsikringstaker   Ole Bakken                  Polisenr.          SB-71 0452',
      '                   2770 Jaren                  Utstedt            03.03.2024',
      '                                               Forsikringstid     01.04.2024 - 31.03.2025',
    ].join('\n');
    expect(cells(t)).toEqual([
      ['Forsikringstaker', 'Ole Bakken', 'Polisenr.', 'SB-71 0452'],
      ['', '2770 Jaren', 'Utstedt', '03.03.2024'],
      ['', '', 'Forsikringstid', '01.04.2024 - 31.03.2025'],
    ]);
  });
  it('a date written with the month\'s name is a value of its own too: a label ending in «til» does not take the next line', () => {
    const t = ['Gjelder fra           1. april 2025', 'Gjelder til           31. mars 2026', 'Utstedt               12. mars 2025'].join('\n');
    expect(cells(t)).toEqual([
      ['Gjelder fra', '1. april 2025'],
      ['Gjelder til', '31. mars 2026'],
      ['Utstedt', '12. mars 2025'],
    ]);
  });
  it('a bracket alone under a row\'s first cell is the rest of its name', () => {
    const t = [
      'Produkt          Forsikringssted  Forsikringssum    Egenandel',
      'Driftsbygning    Bakkevegen 210   kr 11 600 000     kr 8 000',
      '(fjøs og låve)',
      'Husdyr           Bakkevegen 210   kr 1 440 000      kr 8 000',
    ].join('\n');
    expect(cells(t)).toEqual([
      ['Produkt', 'Forsikringssted', 'Forsikringssum', 'Egenandel'],
      ['Driftsbygning (fjøs og låve)', 'Bakkevegen 210', 'kr 11 600 000', 'kr 8 000'],
      ['Husdyr', 'Bakkevegen 210', 'kr 1 440 000', 'kr 8 000'],
    ]);
  });
  it('two cells wrapped together: a bracket under the name and the rest of the place under the place are joined to the row (after docs/bygdeforsikring-gard-to-celler-2025)', () => {
    const t = [
      'Forsikring         Forsikringssted        Forsikringssum     Egenandel    Årspremie',
      'Driftsbygning      Rudsvegen 210          kr 9 450 000       kr 20 000    kr 14 320',
      '(fjøs og låve)     gnr. 81 bnr. 2',
      'Stabbur            Rudsvegen 210          kr   600 000       kr 10 000    kr 1 140',
    ].join('\n');
    expect(cells(t)).toEqual([
      ['Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Årspremie'],
      ['Driftsbygning (fjøs og låve)', 'Rudsvegen 210, gnr. 81 bnr. 2', 'kr 9 450 000', 'kr 20 000', 'kr 14 320'],
      ['Stabbur', 'Rudsvegen 210', 'kr 600 000', 'kr 10 000', 'kr 1 140'],
    ]);
  });
  it('«kr   600 000», padded to stand under wider amounts, is one cell: the columns of the block stay those of its header', () => {
    const t = ['Forsikring     Sum               Egenandel', 'Bolighus       kr 4 100 000      kr 10 000', 'Garasje        kr   600 000      kr 10 000'].join('\n');
    expect(cells(t)).toEqual([
      ['Forsikring', 'Sum', 'Egenandel'],
      ['Bolighus', 'kr 4 100 000', 'kr 10 000'],
      ['Garasje', 'kr 600 000', 'kr 10 000'],
    ]);
  });
  it('a bracket beside a figure is no continuation: under an amount it is a row of its own', () => {
    const t = ['Forsikring      Sted             Sum              Egenandel', 'Bolighus        Lia 4            kr 4 100 000     kr 10 000', '(tilbygg)                        kr 600 000'].join('\n');
    expect(cells(t)[2]).toEqual(['(tilbygg)', '', 'kr 600 000']);
  });
  it('an amount set right under a short header, in a row without a place, goes to the column whose amounts it lines up with', () => {
    const t = [
      'Forsikring        Forsikringssted                        Sum    Egenandel      Premie',
      'Bygning           Lia 40 A-C, 0671 Oslo         96 400 000,-     25 000,-    88 214,-',
      'Styreansvar                                      5 000 000,-     10 000,-     4 300,-',
    ].join('\n');
    expect(cells(t)[2]).toEqual(['Styreansvar', '', '5 000 000,-', '10 000,-', '4 300,-']);
  });
  it('a running header beside a page title is taken out of the line; dot leaders are a column gap', () => {
    const d = textToSource('Nyheter og endringer          FORSIKRINGSNUMMER 90556611\nBygninger .............. 3,7 %', 't.txt', '0'.repeat(64));
    expect(d.lines.map((l) => l.cells)).toEqual([['Nyheter og endringer'], ['Bygninger', '3,7 %']]);
    expect(d.running.map((l) => l.text)).toEqual(['FORSIKRINGSNUMMER 90556611']);
  });
});

describe('a coverage\'s field next to a page number is no page furniture', () => {
  // docs/tryg-bevis-forsikringssted-sidemerke-2026: both places were dropped as running text
  it('«Forsikringssted: …      Side 1 av 2» keeps its field; the same place beside the next page\'s number stays too', () => {
    const doc = textToSource(
      ['Tryg Forsikring', 'Næringsbygg', 'Egenandel: kr 20 000', 'Forsikringssted: Industrivegen 4, 2816 Gjøvik      Side 1 av 2', '', 'Tryg Forsikring', 'Driftsløsøre', 'Egenandel: kr 20 000', 'Forsikringssted: Industrivegen 4, 2816 Gjøvik', 'Side 2 av 2'].join('\n'),
      't.txt',
      '0'.repeat(64),
    );
    expect(doc.lines.map((l) => l.cells[0])).toEqual(['Tryg Forsikring', 'Næringsbygg', 'Egenandel: kr 20 000', 'Forsikringssted: Industrivegen 4, 2816 Gjøvik', 'Driftsløsøre', 'Egenandel: kr 20 000', 'Forsikringssted: Industrivegen 4, 2816 Gjøvik']);
  });
});

describe('text exported from a PDF: page furniture and totals', () => {
  it('the lines beside a page number that repeat beside another are running text, not rows', () => {
    const doc = textToSource(
      [
        'Fremtind Forsikring AS      Forsikringsoversikt',
        'Avtalenummer: 7741 2290     Side 1 av 2',
        'Næringsbygg      kr 31 600 000      kr 38 410',
        '',
        'Fremtind Forsikring AS      Forsikringsoversikt',
        'Avtalenummer: 7741 2290     Side 2 av 2',
        'Eiendeler        kr 2 400 000       kr 3 280',
      ].join('\n'),
      't.txt',
      '0'.repeat(64),
    );
    expect(doc.lines.map((l) => l.cells[0])).toEqual(['Næringsbygg', 'Eiendeler']);
    expect(doc.running.map((l) => l.text)).toContain('Fremtind Forsikring AS      Forsikringsoversikt');
  });
  it('the header block a PDF copy repeats after «Side 1 av 2» is running text; its first occurrence stays', () => {
    // pdftotext of a two-page renewal: «Side 1 av 2» ends page 1, and page 2 opens with the header again
    const doc = textToSource(
      [
        'Fjordvern Forsikring AS',
        'Forsikringsnummer 4410 2277',
        'Aksel Berg Eiendom AS',
        'Forsikringsoversikt',
        'Bygning Storgata 12 12 500 000 18 400',
        'Side 1 av 2',
        'Fjordvern Forsikring AS',
        'Forsikringsnummer 4410 2277',
        'Aksel Berg Eiendom AS',
        'Endringer ved fornyelse',
        'Forsikringsnummer 4410 2277 Side 2 av 2',
      ].join('\n'),
      't.txt',
      '0'.repeat(64),
    );
    expect(doc.lines.map((l) => l.text)).toEqual(['Fjordvern Forsikring AS', 'Forsikringsnummer 4410 2277', 'Aksel Berg Eiendom AS', 'Forsikringsoversikt', 'Bygning Storgata 12 12 500 000 18 400', 'Endringer ved fornyelse']);
    expect(doc.running.map((l) => l.text)).toEqual(['Side 1 av 2', 'Fjordvern Forsikring AS', 'Forsikringsnummer 4410 2277', 'Aksel Berg Eiendom AS', 'Forsikringsnummer 4410 2277 Side 2 av 2']);
  });
  it('a certificate\'s title beside the first page\'s number stays a line; beside a later page\'s it is running', () => {
    // test/corpus/docs/klp-forsikringsbevis-innbo-sidetall-tittel-2027: «FORSIKRINGSBEVIS – INNBOFORSIKRING      Side 1 av 1»
    const one = textToSource(['FORSIKRINGSBEVIS – INNBOFORSIKRING                Side 1 av 1', '', 'Forsikringsnummer:  52-661043'].join('\n'), 't.txt', '0'.repeat(64));
    expect(one.lines.map((l) => l.text)[0]).toMatch(/^FORSIKRINGSBEVIS – INNBOFORSIKRING/);
    const two = textToSource(['Forsikringsnummer:  52-661043', 'Innbo 950 000', 'FORSIKRINGSBEVIS – INNBOFORSIKRING                Side 2 av 2', 'Ansvar 5 000 000'].join('\n'), 't.txt', '0'.repeat(64));
    expect(two.lines.map((l) => l.text).some((t) => t.startsWith('FORSIKRINGSBEVIS'))).toBe(false);
  });
  it('a rule between «Side 1 av 2» and the repeated letterhead does not hide the letterhead', () => {
    // a broker's overview copied from a PDF: the page number, a rule of underscores, the letterhead again
    const doc = textToSource(
      [
        'Megler & Partnere                      FORSIKRINGSOVERSIKT',
        'Kunde: Aasland AS                      Dato: 20.11.2024',
        'Næringsbygg Kvernhusvegen 3 24 600 000 25 000 38 940',
        'Side 1 av 2',
        '______________________________________________',
        'Megler & Partnere                      FORSIKRINGSOVERSIKT',
        'Kunde: Aasland AS                      Dato: 20.11.2024',
        'Bedriftsansvar 10 000 000 10 000 6 480',
      ].join('\n'),
      't.txt',
      '0'.repeat(64),
    );
    expect(doc.running.map((l) => l.text.replace(/\s+/g, ' '))).toEqual(['Side 1 av 2', 'Megler & Partnere FORSIKRINGSOVERSIKT', 'Kunde: Aasland AS Dato: 20.11.2024']);
  });
  it('a form feed is a page break too; a line repeated in the middle of two pages stays', () => {
    const c = cells('Fjordvern Forsikring AS\nBygning\nEgenandel kr 10 000\nSum kr 18 400\n\fFjordvern Forsikring AS\nInnbo\nEgenandel kr 10 000\nSum kr 2 300');
    expect(c.map((x) => x[0])).toEqual(['Fjordvern Forsikring AS', 'Bygning', 'Egenandel kr 10 000', 'Sum kr 18 400', 'Innbo', 'Egenandel kr 10 000', 'Sum kr 2 300']);
  });
  it('a whole page run into one line, its page number at the end (a transcript), stays', () => {
    const line = '2 Egenandeler Næringsbygg 10 000 Bedriftsansvar 10 000 Egenandelen trekkes fra erstatningen for hver skade ved fornyelse. Side 2 av 2';
    expect(cells(`Side 1 av 2\n${line}`).map((x) => x[0])).toEqual([line]);
  });
  it('a long label one space from its sum, the sums in a column of their own in the other rows: the amount is a cell of its own', () => {
    // pdftotext -layout of an overview: «Bygning med tilbygg og garasje, Storgata 12 12 500 000» ends where the other sums end
    const block = [
      'Forsikring                                  Forsikringssum    Egenandel',
      'Kontorbygg Lillegata 4                           8 200 000       10 000',
      'Bygning med tilbygg og garasje, Storgata 12 12 500 000       15 000',
      'Lagerhall Industrivegen 3                        4 300 000       10 000',
    ];
    const doc = textToSource(block.join('\n'), 't.txt', '0'.repeat(64));
    expect(doc.lines[2]!.cells).toEqual(['Bygning med tilbygg og garasje, Storgata 12', '12 500 000', '15 000']);
    expect(doc.lines[2]!.straddles).toBeUndefined();
    // «Elvegata 18 900 000»: 18 900 000, or 900 000 at Elvegata 18 — marked, not guessed
    block[2] = 'Varer og råvarer på lageret i kjeller, Elvegata 18 900 000       15 000';
    expect(textToSource(block.join('\n'), 't.txt', '0'.repeat(64)).lines[2]!.straddles).toBe(true);
  });
  it('a place that ends with its postcode and town, one space from a right-aligned sum: the amount is all of its figures', () => {
    // private-holdout73/protector-fornyelse-eiendom-borettslag, line 27: «Boligblokk A, Solveien 2, 7043 Trondheim 118 600 000»
    const block = [
      'Objekt                                   Sum (NOK)      Indeks      Egenandel     Premie',
      'Boligblokk A, Solveien 2, 7043 Trondheim 118 600 000    Bygning     15 000        132 880',
      'Garasjeanlegg, Solveien 6, 7043 Trondheim  9 400 000    Bygning     15 000          8 840',
      'Styreansvar                                5 000 000    Ingen       10 000          4 300',
    ];
    const doc = textToSource(block.join('\n'), 't.txt', '0'.repeat(64));
    expect(doc.lines[1]!.cells).toEqual(['Boligblokk A, Solveien 2, 7043 Trondheim', '118 600 000', 'Bygning', '15 000', '132 880']);
    expect(doc.lines[1]!.straddles).toBeUndefined();
    // (a street without its postcode still could own the first group: «Solveien 118 600 000» is marked, not guessed)
    block[1] = 'Boligblokk A, Solveien 2, bygg nr Solveien 118 600 000    Bygning     15 000        132 880';
    expect(textToSource(block.join('\n'), 't.txt', '0'.repeat(64)).lines[1]!.straddles).toBe(true);
  });
  it('a place one space from its sum with «kr» before it, the sums set left at the column\'s start: split where the column starts', () => {
    // docs/tryg-sameie-fornyelse-produkt-mellom-rader-2026: «Havnegata 11–13B, 7010 Trondheim kr 61 250 000   kr 15 000   kr 66 040»
    const block = [
      'Forsikringssted                  Forsikringssum          Egenandel       Årspremie',
      'Havnegata 9, 7010 Trondheim      kr 86 400 000           kr 15 000       kr 92 310',
      'Havnegata 11–13B, 7010 Trondheim kr 61 250 000           kr 15 000       kr 66 040',
      'Havnegata 15, 7010 Trondheim     kr 12 800 000           kr 15 000       kr 13 760',
    ];
    const doc = textToSource(block.join('\n'), 't.txt', '0'.repeat(64));
    expect(doc.lines[2]!.cells).toEqual(['Havnegata 11–13B, 7010 Trondheim', 'kr 61 250 000', 'kr 15 000', 'kr 66 040']);
    expect(doc.lines[2]!.straddles).toBeUndefined();
  });
  it('a long name one space from its sum, the sums set left at the column\'s start: split where the column starts', () => {
    // «Maskiner, inventar og løsøre i verksted 1 250 000      10 000     3 405»: the other rows' sums begin where «1 250 000» does
    const block = [
      'Forsikring                              Forsikringssum   Egenandel   Pris',
      'Bygning, fullverdi                      12 400 000       10 000      14 220',
      'Maskiner, inventar og løsøre i verksted 1 250 000        10 000      3 405',
      'Ansvar                                  10 000 000       5 000       1 980',
    ];
    const doc = textToSource(block.join('\n'), 't.txt', '0'.repeat(64));
    expect(doc.lines[2]!.cells).toEqual(['Maskiner, inventar og løsøre i verksted', '1 250 000', '10 000', '3 405']);
    expect(doc.lines[2]!.straddles).toBeUndefined();
    // the column's start inside the amount («verksted 1 | 250 000»): which is the sum is a doubt — marked, not guessed
    block[2] = 'Maskiner, inventar og løsøre i verkst 1 250 000          10 000      3 405';
    expect(textToSource(block.join('\n'), 't.txt', '0'.repeat(64)).lines[2]!.straddles).toBe(true);
  });
  it('a plate one space from the sum column\'s value word at its edge: the word is the sum\'s cell («EL 38211 Markedsverdi»)', () => {
    // a private renewal's table: «Bil Kasko   Volvo XC40 Recharge, EL 38211 Markedsverdi   8 000 kr   9 840 kr»
    const block = [
      'Forsikring      Hva er forsikret              Forsikringssum   Egenandel   Pris per år',
      'Bil Kasko       Toyota bZ4X Limited, EL 51207 Markedsverdi     8 000 kr    9 840 kr',
      'Hus             Eikeveien 4, 3050 Mjøndalen   Fullverdi        10 000 kr   8 112 kr',
      'Innbo           Eikeveien 4, 3050 Mjøndalen   1 100 000 kr     4 000 kr    3 216 kr',
    ];
    const doc = textToSource(block.join('\n'), 't.txt', '0'.repeat(64));
    expect(doc.lines[1]!.cells).toEqual(['Bil Kasko', 'Toyota bZ4X Limited, EL 51207', 'Markedsverdi', '8 000 kr', '9 840 kr']);
    // a description that ends in a word may hold the word itself: no split
    block[1] = 'Bil Kasko       Toyota bZ4X Long Range, elbil Fullverdi        8 000 kr    9 840 kr';
    expect(textToSource(block.join('\n'), 't.txt', '0'.repeat(64)).lines[1]!.cells).not.toContain('Fullverdi');
  });
  it('a line seen once beside a page number stays', () => {
    expect(cells('Forsikringsoversikt\nSide 1 av 2\nNæringsbygg\nSide 2 av 2').map((c) => c[0])).toEqual(['Forsikringsoversikt', 'Næringsbygg']);
  });
  it('a total line under a table is no continuation of its last row', () => {
    const c = cells('Forsikring    Sted          Pris\nEiendeler     Storgata 1    kr 3 280\n              Totalt');
    expect(c[1]).toEqual(['Eiendeler', 'Storgata 1', 'kr 3 280']);
  });
});

describe('a forwarded or answered e-mail: quote markers off the lines', () => {
  // written after a renewal e-mail forwarded by a customer to a broker: every line of the
  // insurer's message behind «> », its rate table with dot leaders, a deeper quote «>> »
  const mail = [
    'Fra: Kari Nilsen <kari@bakeri.no>',
    'Emne: VS: Fornyelse av forsikringene',
    '',
    '> Fornyelse: 01.02.2025',
    '>',
    '> Bygninger ........ 4,1 %',
    '>> Varebil    kr 8 000    kr 10 000',
  ].join('\n');
  const doc = textToSource(mail, 't.txt', '0'.repeat(64));
  it('reads the lines as written, with the line numbers of the file', () => {
    expect(doc.lines.map((l) => [l.line, l.cells])).toEqual([
      [1, ['Fra: Kari Nilsen <kari@bakeri.no>']],
      [2, ['Emne: VS: Fornyelse av forsikringene']],
      [4, ['Fornyelse: 01.02.2025']],
      [6, ['Bygninger', '4,1 %']],
      [7, ['Varebil', 'kr 8 000', 'kr 10 000']],
    ]);
  });
  it('a document that quotes nothing keeps a «>» at a line\'s start («> 10 G» is a comparison)', () => {
    expect(cells('Ménerstatning\n> 10 G\tkr 300 000')).toEqual([['Ménerstatning'], ['> 10 G', 'kr 300 000']]);
  });
});

describe('a notice in two columns with dot leaders', () => {
  const parse = (text: string) => extractPolicy(textToSource(`Forsikringsnummer: 8820 3317\nAvtalen fornyes fra 01.01.2026.\n\n${text}`, 't.txt', '0'.repeat(64)));

  it('each label/value pair of the line is a line of its own («Indeksregulering bygning ....... 4,2 % Naturskade ....... 0,08 ‰», after a renewal notice)', () => {
    // (one space between the pairs, or several)
    expect(cells('Indeksregulering bygning ....... 4,2 % Naturskade ....... 0,08 ‰')).toEqual([
      ['Indeksregulering bygning', '4,2 %'],
      ['Naturskade', '0,08 ‰'],
    ]);
    expect(cells('Maskiner og løsøre ........ 2,9 %      Varer ........ 2,5 %').map((c) => c.join(' | '))).toEqual(['Maskiner og løsøre | 2,9 %', 'Varer | 2,5 %']);
    // (a label with two figures — a sum and a deductible — is one row, not two pairs)
    expect(pairsAtLeaders('Driftsbygning ....... 4 000 000 ....... 10 000')).toBeUndefined();
    expect(pairsAtLeaders('Indeksregulering bygning ....... 4,2 %')).toBeUndefined();
  });

  it('both pairs of each line are read: the index rates and the natural-damage rate (the second line was lost behind the natural-damage pair)', () => {
    const p = parse('Satser som gjelder fra 01.01.2026\n\nIndeksregulering bygning ....... 4,2 % Naturskade ....... 0,08 ‰\nMaskiner og løsøre ........ 2,9 %      Varer ........ 2,5 %\n');
    expect(p.index_regulation?.rates.map((r) => [r.object, r.percent])).toEqual([
      ['bygninger', '4.2'],
      ['maskin_losore', '2.9'],
      ['varer', '2.5'],
    ]);
    expect(p.natural_damage).toEqual({ rate_permille: '0.08' });
    expect(p.warnings).toEqual([]);
  });

  it('the index rate stands right of the natural-damage rate («Naturskade ....... 0,08 ‰      Indeksregulering bygning ....... 4,2 %»): its label is its own', () => {
    const p = parse('Naturskade ....... 0,08 ‰      Indeksregulering bygning ....... 4,2 %\n');
    expect(p.index_regulation?.rates).toEqual([{ object: 'bygninger', label: 'Indeksregulering bygning', percent: '4.2' }]);
  });

  it('dot leaders written as spaced dots («Medisinsk invaliditet, ved 100 % invaliditet . . . . . . . . 15 G») are a column gap', () => {
    expect(cells('Erstatning til barn, per barn under 20 år . . . . . . . . . . 1–6,5 G')).toEqual([['Erstatning til barn, per barn under 20 år', '1–6,5 G']]);
  });
});

describe('an item’s name broken over two lines before its dot leader', () => {
  it('«Ménerstatning, ved 15 % medisinsk invaliditet eller meir, for» over «   ansatte under 50 år ........ 4,5 G» is one row', () => {
    expect(cells('Ménerstatning, ved 15 % medisinsk invaliditet eller meir, for\n   ansatte under 50 år ........ 4,5 G')).toEqual([
      ['Ménerstatning, ved 15 % medisinsk invaliditet eller meir, for ansatte under 50 år', '4,5 G'],
    ]);
    // (a sentence over a row is no part of its name)
    expect(cells('Erstatningene er oppgitt i G.\n   ansatte under 50 år ........ 4,5 G')).toEqual([['Erstatningene er oppgitt i G.'], ['ansatte under 50 år', '4,5 G']]);
  });
});

describe('a sub-row whose only figure is a range of G, under a product cell written once', () => {
  it('is a row of its own, not the rest of the row above (both were lost without a word)', () => {
    const src = textToSource(
      'Produkt                  Dekning                         Forsikringssum (G)\nYrkesskade               Ménerstatning                   Etter lov\n                         Tap i fremtidig erverv          22–30\n',
      'doc.txt',
      '0'.repeat(64),
    );
    expect(src.lines.map((l) => l.cells.filter((c) => c !== ''))).toEqual([
      ['Produkt', 'Dekning', 'Forsikringssum (G)'],
      ['Yrkesskade', 'Ménerstatning', 'Etter lov'],
      ['Tap i fremtidig erverv', '22–30'],
    ]);
  });
});

describe('a right-aligned column one space from a left-aligned figure column', () => {
  // docs/tryg-pdftekst-sted-hoyrejustert-2026: «Forsikringssted Forsikringssum» one space apart over
  // «Bygning   Kirkegata 5, 4370 Egersund 16 800 000   20 000   14 960»
  const text = [
    'Forsikring                          Forsikringssted Forsikringssum  Egenandel      Pris',
    'Bygning                  Kirkegata 5, 4370 Egersund 16 800 000      20 000         14 960',
    'Varer                    Havnegata 2, 4370 Egersund 650 000          10 000         1 240',
    'Ansvar                                      Norden 10 000 000     10 000         2 870',
  ].join('\n');
  it('the header\'s two names are two columns, and each place is split from its sum where the sum column starts', () => {
    expect(cells(text)).toEqual([
      ['Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Pris'],
      ['Bygning', 'Kirkegata 5, 4370 Egersund', '16 800 000', '20 000', '14 960'],
      ['Varer', 'Havnegata 2, 4370 Egersund', '650 000', '10 000', '1 240'],
      ['Ansvar', 'Norden', '10 000 000', '10 000', '2 870'],
    ]);
  });
  it('a cell whose rest from the column\'s start is no amount alone stays whole', () => {
    const c = cells(`${text}\nDriftstap                Kirkegata 5, 4370 Egersund 12 mnd.   20 000         3 310`);
    expect(c[4]![1]).toBe('Kirkegata 5, 4370 Egersund 12 mnd.');
  });
});

describe('a wrapped place whose last line carries the row\'s figures', () => {
  // docs/gjensidige-klubb-pdfkopi-bevis-2026: «Bygning   Skistua, Løypevegen 12, gnr 45 bnr 3,» over
  // «                             1940 Bjørkelangen          6 420» (the premium on the place's second line)
  it('is the row\'s rest: the place joined, the premium in its column', () => {
    const c = cells([
      'Forsikring                Forsikringssted / objekt                                Årspremie (kr)',
      'Bygning                   Skistua, Løypevegen 12, gnr 45 bnr 3,',
      '                             1940 Bjørkelangen                                           6 420',
      'Eiendeler                 Skistua, Løypevegen 12, 1940 Bjørkelangen                      1 180',
    ].join('\n'));
    expect(c.filter((x) => x.length > 0)).toEqual([
      ['Forsikring', 'Forsikringssted / objekt', 'Årspremie (kr)'],
      ['Bygning', 'Skistua, Løypevegen 12, gnr 45 bnr 3, 1940 Bjørkelangen', '6 420'],
      ['Eiendeler', 'Skistua, Løypevegen 12, 1940 Bjørkelangen', '1 180'],
    ]);
  });
  it('a postcode line under a place cell that ends without a comma is its rest too; a cover set in under a vehicle is not', () => {
    const c = cells([
      'Forsikring                Forsikringssted / objekt                                Årspremie (kr)',
      'Bygning                   Skistua Løypevegen 12 gnr 45 bnr 3',
      '                             1940 Bjørkelangen                                           6 420',
      'Arbeidsmaskin             Løypemaskin Prinoth Husky 2012, BN 4412',
      '    Ansvar                                                                                 980',
    ].join('\n'));
    expect(c.filter((x) => x.length > 0)).toEqual([
      ['Forsikring', 'Forsikringssted / objekt', 'Årspremie (kr)'],
      ['Bygning', 'Skistua Løypevegen 12 gnr 45 bnr 3, 1940 Bjørkelangen', '6 420'],
      ['Arbeidsmaskin', 'Løypemaskin Prinoth Husky 2012, BN 4412'],
      ['Ansvar', '', '980'],
    ]);
  });
});

describe('two amounts in one column of a space-aligned table', () => {
  // a deductible table where one row states two deductibles (opening hours and after), each column
  // holding both: «kr 6 000  kr 10 000» under «Egenandel i dag», «kr 10 000  kr 15 000» under «Ny egenandel»
  const text = [
    'Produkt              Dekning                  Egenandel i dag          Ny egenandel',
    'Næringsbygg          Brann og vann            kr 10 000                kr 15 000',
    'Løsøre og varer      Innbrudd og tyveri       kr 6 000  kr 10 000      kr 10 000  kr 15 000',
    'Næringsbygg          Sopp og råte             kr 10 000                kr 20 000',
  ].join('\n');
  it('the header\'s columns stand; the row\'s two amounts under one header are one cell', () => {
    expect(cells(text)).toEqual([
      ['Produkt', 'Dekning', 'Egenandel i dag', 'Ny egenandel'],
      ['Næringsbygg', 'Brann og vann', 'kr 10 000', 'kr 15 000'],
      ['Løsøre og varer', 'Innbrudd og tyveri', 'kr 6 000 kr 10 000', 'kr 10 000 kr 15 000'],
      ['Næringsbygg', 'Sopp og råte', 'kr 10 000', 'kr 20 000'],
    ]);
  });
  it('a row wider than its header by words, not figures, keeps the widest row\'s columns', () => {
    // (a header that names only some columns: the widest row's cells are the columns, as before)
    const c = cells(['Forsikring            Sum', 'Bygning     Storgata 1, 0155 Oslo      1 000 000', 'Varer       Storgata 1, 0155 Oslo        200 000'].join('\n'));
    expect(c[1]).toEqual(['Bygning', 'Storgata 1, 0155 Oslo', '1 000 000']);
  });
});

describe('a name that fills the first column and breaks its last word there', () => {
  it('is its own cell, the place after one space the next column\'s («Varer, også i kjøle- Havnevegen 21,»)', () => {
    const text = [
      'Dekning              Forsikringssted       Forsikringssum     Egenandel',
      'Varer, også i kjøle- Havnevegen 21,        NOK 5 600 000      NOK 25 000',
      'og fryserom med      6507 Kristiansund',
    ].join('\n');
    expect(cells(text)[1]!.slice(0, 2)).toEqual(['Varer, også i kjøle- og fryserom med', 'Havnevegen 21, 6507 Kristiansund']);
  });
  it('leaves a hyphen before a lower-case word in the cell («kjøle- og fryserom»)', () => {
    expect(cells('Dekning              Sted\nKjøle- og fryserom   Havnevegen 21\n')[1]).toEqual(['Kjøle- og fryserom', 'Havnevegen 21']);
  });
});

describe('a name\'s rest after a dash on the line under its row', () => {
  it('goes on with the row\'s name («Kommunal eigedom» over «- lausøyre»)', () => {
    const text = [
      'Forsikring            Forsikringssum        Eigendel     Pris 2025',
      'Kommunal eigedom      312 000 000           100 000        163 750',
      '- lausøyre',
      'Kommuneansvar         100 000 000            20 000        288 900',
    ].join('\n');
    expect(cells(text).map((c) => c[0])).toEqual(['Forsikring', 'Kommunal eigedom - lausøyre', 'Kommuneansvar']);
  });
});

describe('rows set apart from their header by a blank line', () => {
  it('«Yrkesskade   kr 18 260» under «Produkt og dekning   Forsikringssum   Årspris»: the premium stays in the premium\'s column', () => {
    const c = cells([
      'Produkt og dekning                          Forsikringssum        Årspris',
      '',
      'Yrkesskade                                                      kr 18 260',
      '  Ménerstatning                             4,5 G',
      '',
      'Samlet årspris                                                 kr 143 000',
    ].join('\n'));
    expect(c.filter((x) => x.length > 0 && x.some((y) => y !== ''))).toEqual([
      ['Produkt og dekning', 'Forsikringssum', 'Årspris'],
      ['Yrkesskade', '', 'kr 18 260'],
      ['Ménerstatning', '4,5 G'],
      ['Samlet årspris', '', 'kr 143 000'],
    ]);
  });
  it('a paragraph under the table ends it: a later block is aligned by itself', () => {
    const c = cells(['Produkt    Forsikringssum    Årspris', '', 'Vi har gjort noen endringer i år.', '', 'Bygning    kr 1 000'].join('\n'));
    expect(c[c.length - 1]).toEqual(['Bygning', 'kr 1 000']);
  });
});

describe('a place alone under a row of a sheet with no place column', () => {
  it('«Bygning   If   SP 5521 0993   42,6 mill. …» over «Ringveien 3, 2815 Gjøvik»: the name\'s cell goes on with the place', () => {
    const c = cells([
      'Forsikring                Selskap     Polisenr.                 Sum    Egenandel      Premie',
      'Bygning                   If          SP 5521 0993       42,6 mill.       50 000      38 940',
      'Ringveien 3, 2815 Gjøvik',
      'Maskiner og løsøre        If          SP 5521 0993        6,8 mill.       50 000       9 870',
    ].join('\n'));
    expect(c.filter((x) => x.length > 0).map((x) => x[0])).toEqual(['Forsikring', 'Bygning, Ringveien 3, 2815 Gjøvik', 'Maskiner og løsøre']);
  });
});

describe('a column\'s name beside a page number is no page furniture', () => {
  it('«Forsikring» two lines under «Side 1 av 2» and again under «Side 2 av 2»: both stay lines of their tables', () => {
    const c = cells(['Avtalenummer', '88 402 117', 'Side 1 av 2', 'Dette er forsikra', 'Forsikring', 'Forsikringsstad', 'Forsikringssum', 'Våningshus', 'Gnr. 23 bnr. 4', '4 870 000', 'Side 2 av 2', 'Forsikring', 'Forsikringsstad', 'Forsikringssum', 'Landbruksansvar', 'Noreg', '10 000 000'].join('\n'));
    expect(c.filter((x) => x.length === 1 && x[0] === 'Forsikring').length).toBe(2);
  });
});

describe('a record\'s name line left of the block of figures above it', () => {
  // «   Næringsbygg, Industriveien 12, 4313 Sandnes» / «     Forsikringssum NOK 48 600 000,-     Egenandel …     Premie …» /
  // «   Maskiner og løsøre, Industriveien 12, 4313 Sandnes» / «     Forsikringssum …»
  it('is a line of its own, not a wrapped cell of the figures above it', () => {
    const s = textToSource('   Lagerbygg, Kaiveien 3, 5003 Bergen\n     Forsikringssum NOK 21 000 000,-     Egenandel NOK 25 000,-     Premie NOK 26 200,-\n   Varer, Kaiveien 3, 5003 Bergen\n     Forsikringssum NOK 4 000 000,-      Egenandel NOK 20 000,-     Premie NOK 5 310,-\n', 'doc.txt', '0'.repeat(64));
    expect(s.lines.map((l) => l.cells.filter((c) => c !== '').length)).toEqual([1, 3, 1, 3]);
  });
});

describe('a row whose amount cells are a currency alone, the figures on the line under it', () => {
  // /work/private-holdout57 storebrand-verksted-indeksregulering-brev: «Bygning   Industrivegen 9,   NOK   3,2 %   NOK   NOK»
  // over «   6893 Vik i Sogn   18 450 000,-   20 000,-   27 310,-» — before, the row was read twice and its street lost
  const DOC = [
    'Polisenummer:  1 204 377 915',
    '',
    'Forsikring                 Forsikringssted            Ny sum         Indeks   Egenandel   Årspremie',
    'Bygning                    Industrivegen 9,           NOK            3,2 %    NOK         NOK',
    '                           6893 Vik i Sogn            18 450 000,-            20 000,-    27 310,-',
    'Ansvar                                                NOK                     NOK         NOK',
    '                                                      10 000 000,-            10 000,-    5 920,-',
    '',
  ].join('\n');
  it('joins the two lines cell by cell, the rate apart from the currency before it', () => {
    expect(cells(DOC).slice(2, 4)).toEqual([
      ['Bygning', 'Industrivegen 9, 6893 Vik i Sogn', 'NOK 18 450 000,-', '3,2 %', 'NOK 20 000,-', 'NOK 27 310,-'],
      ['Ansvar', '', 'NOK 10 000 000,-', '', 'NOK 10 000,-', 'NOK 5 920,-'],
    ]);
    const p = extractPolicy(textToSource(DOC, 't.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', 'Industrivegen 9, 6893 Vik i Sogn', '18450000', '20000', '27310'],
      ['Ansvar', undefined, '10000000', '10000', '5920'],
    ]);
  });
});

describe('running text set in under a row, and a deductible\'s line without a colon', () => {
  // after 58 eika-yrkesskade-g-oversikt: «1  Yrkesskadeforsikring (lovpålagt)   Årspremie kr 18 420» over
  // «   Erstatning etter lov om yrkesskadeforsikring og forskrift om» — the sentence was joined into the product's name
  const doc =
    'FORSIKRINGSBEVIS - PERSONALFORSIKRING\n\n' +
    '1  Yrkesskadeforsikring (lovpålagt)                     Årspremie kr 18 420\n' +
    '   Erstatning etter lov om yrkesskadeforsikring og forskrift om\n' +
    '   standardisert erstatning. Grunnerstatning:\n' +
    '   Tap i fremtidig erverv ...............................  22 - 30 G\n' +
    '   Ménerstatning ........................................  4,5 G\n\n' +
    '2  Kollektiv ulykkesforsikring (fritid)                  Årspremie kr 9 870\n' +
    '   Behandlingsutgifter ..................................  kr 100 000\n' +
    '   Egenandel behandlingsutgifter kr 1 000 per skade.\n';
  it('a piece that runs on past where the row\'s next cell starts is a line of its own, not the cell wrapped', () => {
    const lines = textToSource(doc, 'doc.txt', '0'.repeat(64)).lines.map((l) => l.cells);
    expect(lines).toContainEqual(['1', 'Yrkesskadeforsikring (lovpålagt)', 'Årspremie kr 18 420']);
    // (the sentence's second line goes on with it, not with the product's cell)
    expect(lines).toContainEqual(['Erstatning etter lov om yrkesskadeforsikring og forskrift om', 'standardisert erstatning. Grunnerstatning:']);
    // («Egenandel behandlingsutgifter kr 1 000 per skade.» is no rest of the item's name above)
    expect(lines).toContainEqual(['', 'Behandlingsutgifter', 'kr 100 000']);
  });
  it('so the product keeps its name, its premium and its items', () => {
    const p = extractPolicy(textToSource(`Avtalenummer 5017731\n\n${doc}`, 'doc.txt', '0'.repeat(64)));
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => i.name)])).toEqual([
      ['Yrkesskadeforsikring (lovpålagt)', '18420', ['Tap i fremtidig erverv', 'Ménerstatning']],
      ['Kollektiv ulykkesforsikring (fritid)', '9870', ['Behandlingsutgifter']],
    ]);
  });
});

describe('a text cell\'s rest alone under it, no amount: the cell goes on (cellRest)', () => {
  it('joins a model year under a vehicle\'s name (64/sparebank1-kjoretoy-maskinpark, «Tilhenger   JU 4471 Istrail tipphenger …» over «2020»)', () => {
    const t = [
      'Forsikring   Objekt                        Dekning      Egenandel    Årspris',
      'Tilhenger    JU 4471 Istrail tipphenger    Kasko        10 000 kr    4 110 kr',
      '             2020',
      'Varebil      EV 33017 Ford E-Transit 2024  Kasko        8 000 kr     9 880 kr',
    ].join('\n');
    expect(cells(t)).toEqual([
      ['Forsikring', 'Objekt', 'Dekning', 'Egenandel', 'Årspris'],
      ['Tilhenger', 'JU 4471 Istrail tipphenger 2020', 'Kasko', '10 000 kr', '4 110 kr'],
      ['Varebil', 'EV 33017 Ford E-Transit 2024', 'Kasko', '8 000 kr', '9 880 kr'],
    ]);
  });
  it('joins a place\'s house number, postcode and town under a place cut after its street (64/protector-kommune-eiendom, «1, 2740 Roa»)', () => {
    const t = [
      'Forsikringssted                  Forsikring     Sum (NOK)       Egenandel (NOK)   Premie (NOK)',
      'Lunner rådhus, Sentrumsvegen     Bygning        96.400.000      100.000           58.912',
      '1, 2740 Roa',
      'Grua brannstasjon, Gruavegen     Utrykningskjøretøy  11.400.000  50.000           19.300',
      '8, 2742 Grua                     i garasje',
    ].join('\n');
    const got = cells(t);
    expect(got[1]![0]).toBe('Lunner rådhus, Sentrumsvegen 1, 2740 Roa');
    expect(got[2]![0]).toBe('Grua brannstasjon, Gruavegen 8, 2742 Grua');
    expect(got[2]![1]).toBe('Utrykningskjøretøy i garasje');
    expect(got).toHaveLength(3);
  });
  it('leaves a year under a figure\'s column as a line of its own (no text cell above it to go on)', () => {
    const t = [
      'Forsikring   Objekt                        Byggeår   Egenandel    Årspris',
      'Bygning      Haugsvegen 112, 2850 Lena     1928      10 000 kr    4 110 kr',
      '                                           2020',
    ].join('\n');
    expect(cells(t)[1]).toEqual(['Bygning', 'Haugsvegen 112, 2850 Lena', '1928', '10 000 kr', '4 110 kr']);
  });
});

describe('a header over a rule and its rows', () => {
  // «Produkt   Dekning   Forsikringssted   Forsikringssum …» / «-----» / rows: a business certificate's overview printed as text
  const table = [
    'Produkt                      Dekning    Forsikringssted              Forsikringssum     Egenandel      Pris per år',
    '---------------------------------------------------------------------------------------------------------------',
    'Varer                        Pluss      Lierstranda 88,                  3 500 000         20 000            6 118',
    '                                        3414 Lierstranda',
    'Bygningsmessig innredning    Pluss      Lierstranda 88,       1. risiko    500 000         20 000            1 240',
    'i leide lokaler                         3414 Lierstranda',
  ].join('\n');
  it('the rule under the header is no paragraph: the rows are placed by the header\'s columns', () => {
    const got = cells(table);
    expect(got[2]).toEqual(['Varer', 'Pluss', 'Lierstranda 88, 3414 Lierstranda', '3 500 000', '20 000', '6 118']);
  });
  it('«1. risiko» before the amount, in the place\'s column where the place stands, is the sum\'s form: one cell with the amount', () => {
    const got = cells(table);
    expect(got[3]).toEqual(['Bygningsmessig innredning i leide lokaler', 'Pluss', 'Lierstranda 88, 3414 Lierstranda', '1. risiko 500 000', '20 000', '1 240']);
  });
});

describe('a page number alone at the right edge', () => {
  it('«   2/2» far right is the page\'s number, no part of the field above it', () => {
    const text = `Avtale 5512 0091\n\nSTED 1: Torget 3, 6002 Ålesund\n  Produkt ............... Varer\n  Forsikringssum ........ kr 400 000\n\nSTED 2: Moaveien 20, 6018 Ålesund\n${' '.repeat(70)}2/2\n  Produkt ............... Inventar\n  Forsikringssum ........ kr 900 000\n`;
    const p = extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => c.object)).toEqual(['Torget 3, 6002 Ålesund', 'Moaveien 20, 6018 Ålesund']);
  });
});

describe('a boat\'s berth under its record line written with dotted leaders', () => {
  it('«Båt ........ Nimbus 27, reg.nr. XYZ 9876» over «Båthavn: …»: the berth is a fact of its own, no part of the boat', () => {
    const text = 'Avtale 5512 0091\n\nBåt\n    Båt .................... Nimbus 27, reg.nr. XYZ 9876\n    Båthavn: Tønsberg seilforening\n    Sum .................... kr 410 000\n    Egenandel .............. kr 6 000\n';
    const p = extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.[0]?.object).toBe('Nimbus 27, reg.nr. XYZ 9876');
  });
});

describe('a letterhead\'s dated field set alone under a row of the address and a field', () => {
  // (a certificate's head: «2315 HAMAR   Forsikringsnummer:  82 114 906» over «     Forsikringsperiode: 01.01.2025 - 31.12.2025»
  // over «     Betalingsmåte:      Avtalegiro, 12 terminer» — each field its own line, never the rest of the cells above)
  const head = [
    'Per Hansen                   Utstedt:            14.11.2026',
    'Elvegata 3                   Kundenummer:        55120 99812',
    '3510 HØNEFOSS                Forsikringsnummer:  71 552 018',
    '                             Forsikringsperiode: 01.12.2026 - 30.11.2027',
    '                             Betalingsmåte:      Efaktura, 4 terminer',
    '',
  ].join('\n');
  it('the period is a line of its own, and so is the field under it', () => {
    const c = cells(head);
    expect(c[3]!.filter((x) => x !== '')).toEqual(['Forsikringsperiode: 01.12.2026 - 30.11.2027']);
    expect(c[2]!.join(' ')).not.toMatch(/Forsikringsperiode/);
  });
  it('the period\'s first day is the renewal date', () => {
    const p = extractPolicy(textToSource(head, 't.txt', '0'.repeat(64)));
    expect(p.renewal_date).toBe('2026-12-01');
    expect(p.policy_number).toBe('71552018');
  });
});

describe('«(førsterisiko)» under a wrapped row\'s cover name', () => {
  // a business certificate's row «Industrivegen 14,   Bygningsglass   250 000   5 000   980» over «2818 Gjøvik   (førsterisiko)»:
  // the bracket on the name's next line is the sum's form, not the cover's name
  const text = [
    'Forsikringssted        Dekning              Forsikringssum   Egenandel   Premie',
    'Storgata 3,            Bygning                  9 400 000      20 000    11 200',
    '7600 Levanger',
    'Storgata 3,            Skilt og glass             120 000       5 000       640',
    '7600 Levanger          (førsterisiko)',
  ].join('\n');
  it('goes with the sum, and the name stands whole', () => {
    const p = extractPolicy(textToSource(text, 't.txt', '0'.repeat(64)), {});
    // (no section heading over the table: the cover column names the rows' products)
    const glass = p.coverages?.find((c) => c.product.startsWith('Skilt'));
    expect(glass?.product).toBe('Skilt og glass');
    expect(glass?.sum).toEqual({ first_risk: '120000' });
    expect(glass?.object).toBe('Storgata 3, 7600 Levanger');
  });
});

// A text file printed by a word processor (a schedule set with spaces), its page broken inside a row: the row's wrapped
// place cell goes on at the top of the next page, set in at the place's column, as it would under the row on one page:
//
//   Ansvar             Alle selskapets          kr 10 000 000     kr 10 000      kr 6 120
//   <form feed>        lokaler og anlegg
describe('a space-aligned row whose wrapped cell goes on over a page break', () => {
  const head = 'Forsikring         Forsikringssted          Forsikringssum    Egenandel      Pris per år\n';
  it('the next page\'s first line, set in at a cell of the row, is that cell\'s rest', () => {
    const out = cells(`${head}Ansvar             Alle selskapets          kr 10 000 000     kr 10 000      kr 6 120\n\f                   lokaler og anlegg\n\nNeste side.\n`);
    expect(out[1]).toEqual(['Ansvar', 'Alle selskapets lokaler og anlegg', 'kr 10 000 000', 'kr 10 000', 'kr 6 120']);
  });
  it('a line set in at no cell of the row stays on its page', () => {
    const out = cells(`${head}Ansvar             Alle selskapets          kr 10 000 000     kr 10 000      kr 6 120\n\f        Side 2\n`);
    expect(out[1]).toEqual(['Ansvar', 'Alle selskapets', 'kr 10 000 000', 'kr 10 000', 'kr 6 120']);
  });
});

describe('«(førsterisiko / first loss)» under a row whose index column stands between the name and the sum', () => {
  // a bilingual renewal's table «Forsikringssted | Dekning | Indeks | Sum (NOK) | Egenandel | Premie», the row «Alle skolene
  // Kunstverk   Ingen   2 400 000   100 000   6 800» over «(førsterisiko / first loss)» set under the cover's name
  const text = [
    'SKOLEBYGG / SCHOOL BUILDINGS',
    'Forsikringssted     Dekning                 Indeks     Sum (NOK)      Egenandel   Premie',
    'Location            Cover                   Index      Sum insured    Deductible  Premium',
    'Alle skolene        Bygninger               Bygning    812 000 000      100 000   402 100',
    'Alle skolene        Kunstverk               Ingen        2 400 000      100 000     6 800',
    '                    (førsterisiko / first loss)',
  ].join('\n');
  it('the bracket is the sum\'s form, and the index word beside the name is passed over', () => {
    const p = extractPolicy(textToSource(text, 't.txt', '0'.repeat(64)), {});
    const art = p.coverages?.find((c) => c.coverage?.startsWith('Kunstverk'));
    expect(art?.coverage).toBe('Kunstverk');
    expect(art?.sum).toEqual({ first_risk: '2400000' });
  });
});
