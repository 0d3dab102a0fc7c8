import { describe, expect, it } from 'vitest';
import { delimitedCells, joinWrapped, placeApart, recordColumnsApart, type RawLine } from './text-cells.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const lines = (text: string): RawLine[] => text.split('\n').map((raw, i) => ({ page: 1, line: i + 1, raw }));

describe('«;»-separated lines', () => {
  it('a table row is split, empty cells kept, the empty cell after a last «;» dropped', () => {
    const raws = lines('Forsikring;Sted;Sum 2024;Egenandel\nDriftstap;;12 000 000;;\n');
    expect(delimitedCells(raws, 0)).toEqual(['Forsikring', 'Sted', 'Sum 2024', 'Egenandel']);
    expect(delimitedCells(raws, 1)).toEqual(['Driftstap', '', '12 000 000']);
  });
  it('a key;value line is split when a neighbour is «;»-separated too, not alone', () => {
    expect(delimitedCells(lines('Avtalenummer;SB-88 2041\nKunde;Hamarøy Trelast AS'), 0)).toEqual(['Avtalenummer', 'SB-88 2041']);
    expect(delimitedCells(lines('Avtalenummer;SB-88 2041\nHamarøy Trelast AS'), 0)).toBeUndefined();
  });
  it('prose with «;» is not a table, nor a line with a quoted cell', () => {
    expect(delimitedCells(lines('Forsikringen dekker brann og vann; tyveri dekkes ikke i det hele tatt.;x\n'), 0)).toBeUndefined();
    expect(delimitedCells(lines('"Hus; Storgata 1";kr 10 000;kr 2 000'), 0)).toBeUndefined();
  });
});

describe('records set side by side', () => {
  const page = [
    'BYGNINGER                            LØSØRE',
    '',
    'Driftsbygning, Bakkevegen 20         Maskiner og redskap',
    '  Forsikringssum   kr 9 800 000        Forsikringssum   kr 2 400 000',
    '  Egenandel        kr 15 000           Egenandel        kr 10 000',
    '',
    'Naturskade er med etter lov om naturskadeforsikring, som før.',
  ].join('\n');
  it('are read column by column, each line keeping its number', () => {
    const out = recordColumnsApart(lines(page).filter((l) => l.raw !== ''));
    expect(out.map((l) => [l.line, l.raw.trim()])).toEqual([
      [1, 'BYGNINGER'],
      [3, 'Driftsbygning, Bakkevegen 20'],
      [4, 'Forsikringssum   kr 9 800 000'],
      [5, 'Egenandel        kr 15 000'],
      [1, 'LØSØRE'],
      [3, 'Maskiner og redskap'],
      [4, 'Forsikringssum   kr 2 400 000'],
      [5, 'Egenandel        kr 10 000'],
      [7, 'Naturskade er med etter lov om naturskadeforsikring, som før.'],
    ]);
  });
  it('a table whose header names one figure per year is not two records', () => {
    const table = lines('Forsikring   Sted   Sum 2023     Sum 2024\nBygg         Vei 1  kr 1 000 000  kr 1 100 000\nBygg 2       Vei 2  kr 2 000 000  kr 2 100 000');
    expect(recordColumnsApart(table)).toBe(table);
  });
  it('a record with its label once per line is left as it is', () => {
    const one = lines('Bygning\n  Forsikringssum   kr 9 800 000\n  Egenandel        kr 15 000');
    expect(recordColumnsApart(one)).toBe(one);
  });
  it('the whole text reader gives each column its records', () => {
    const doc = textToSource(page, 'doc.txt', '0'.repeat(64));
    expect(doc.lines.map((l) => l.cells)).toEqual([
      ['BYGNINGER'],
      ['Driftsbygning, Bakkevegen 20'],
      ['Forsikringssum', 'kr 9 800 000'],
      ['Egenandel', 'kr 15 000'],
      ['LØSØRE'],
      ['Maskiner og redskap'],
      ['Forsikringssum', 'kr 2 400 000'],
      ['Egenandel', 'kr 10 000'],
      ['Naturskade er med etter lov om naturskadeforsikring, som før.'],
    ]);
  });
});

describe('products set side by side', () => {
  // (a staff insurance certificate: «Gruppeliv» and «Ulykke fritid» in two columns, each with its G items)
  const page = [
    'Personalforsikringer for ansatte',
    '',
    'Gruppeliv                                    Ulykke fritid',
    'Dødsfall                   10 G              Medisinsk invaliditet        15 G',
    'Barnetillegg per barn       2 G              Dødsfall                      5 G',
    'Premie               kr 19 260               Premie                 kr 8 450',
    '',
    'Summene følger grunnbeløpet.',
  ].join('\n');
  it('are read column by column, each line keeping its number', () => {
    const out = recordColumnsApart(lines(page).filter((l) => l.raw !== ''));
    expect(out.map((l) => [l.line, l.raw.trim()])).toEqual([
      [1, 'Personalforsikringer for ansatte'],
      [3, 'Gruppeliv'],
      [4, 'Dødsfall                   10 G'],
      [5, 'Barnetillegg per barn       2 G'],
      [6, 'Premie               kr 19 260'],
      [3, 'Ulykke fritid'],
      [4, 'Medisinsk invaliditet        15 G'],
      [5, 'Dødsfall                      5 G'],
      [6, 'Premie                 kr 8 450'],
      [8, 'Summene følger grunnbeløpet.'],
    ]);
  });
  it('a table whose header names a product and a column is not two products', () => {
    const table = lines('Forsikring          Forsikringssum\nNæringsbygg         kr 12 000 000\nDriftstap           kr 3 000 000');
    expect(recordColumnsApart(table)).toBe(table);
  });
  it('products across over rows of figures are one table, not two columns', () => {
    const table = lines('Bygning                     Innbo\nForsikringssum  kr 1 000 000   kr 200 000\nEgenandel       kr 10 000      kr 4 000');
    expect(recordColumnsApart(table)).toBe(table);
  });
  it('two names over one column of text each, with no figures, are left as they are', () => {
    const two = lines('Gruppeliv                         Ulykke\nDekker død                        Dekker skade\nUansett årsak                     I fritiden');
    expect(recordColumnsApart(two)).toBe(two);
  });
  it('the whole reader gives each product its items', () => {
    const p = extractPolicy(textToSource(`Avtalenummer: 7781 2290\n\n${page}`, 'doc.txt', '0'.repeat(64)));
    expect(p.coverages).toEqual([
      { product: 'Gruppeliv', index_class: 'none', premium: '19260', items: [{ name: 'Dødsfall', sum: { g: '10' } }, { name: 'Barnetillegg per barn', sum: { g: '2' } }] },
      { product: 'Ulykke fritid', index_class: 'none', premium: '8450', items: [{ name: 'Medisinsk invaliditet', sum: { g: '15' } }, { name: 'Dødsfall', sum: { g: '5' } }] },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('products side by side as «Label: value» lines, the columns apart by runs of spaces', () => {
  // docs/storebrand-megler-to-spalter-2026: «Bygning   Avbrudd» over «Forsikringssted: Industriveien 3,
  // 3902 Porsgrunn  Forsikringssum: kr 4 000 000» …, the building's «Premie: kr 18 900» alone on the last line
  const block = [
    'Avtalenummer: 88120455',
    '',
    'Bygning                                           Avbrudd',
    'Forsikringssted: Industriveien 3, 3902 Porsgrunn  Forsikringssum: kr 4 000 000',
    'Forsikringssum: kr 12 500 000                     Egenandel: kr 20 000',
    'Egenandel: kr 20 000                              Premie: kr 3 400',
    'Premie: kr 18 900',
  ];
  it('a left field alone under the last line of both columns is the left record\'s (it was the right one\'s: a wrong premium)', () => {
    const p = extractPolicy(textToSource(block.join('\n'), 'doc.txt', '0'.repeat(64)));
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', 'Industriveien 3, 3902 Porsgrunn', '12500000', '20000', '18900'],
      ['Avbrudd', undefined, '4000000', '20000', '3400'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a line whose left cell runs into the right column (one space between) is read by neither, and said', () => {
    const across = [...block.slice(0, 3), 'Forsikringssum: kr 12 500 000                     Forsikringssum: kr 4 000 000', 'Forsikringssted: Industriveien 3, 3902 Porsgrunn Egenandel: kr 20 000', 'Premie: kr 18 900                                 Premie: kr 3 400'];
    const doc = textToSource(across.join('\n'), 'doc.txt', '0'.repeat(64));
    const p = extractPolicy(doc);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', undefined, '12500000', undefined, '18900'],
      ['Avbrudd', undefined, '4000000', undefined, '3400'],
    ]);
    expect(p.warnings).toEqual(['line 5: «Forsikringssted: Industriveien 3, 3902 Porsgrunn Egenandel: kr 20 000» runs across the two products\' columns: which words are whose is not certain; not read']);
  });
});

describe('an address wrapped in the right product column', () => {
  it('«5236 Rådal» under «Skjoldveien 7,» in both columns is each value\'s rest, not a line across the columns', () => {
    // (the layout of private-holdout78/enter-forsikringsbevis-tokolonne.txt, lines 12–20, in other words)
    const lines = [
      'HUS                                               INNBO',
      'Produkt               Husforsikring               Produkt              Innboforsikring',
      'Forsikringssted       Skjoldvegen 117,            Forsikringssted      Skjoldvegen 117,',
      '                      5236 Rådal Sentrum                               5236 Rådal Sentrum',
      'Boligtype             Enebolig, byggeår 1979      Boligtype            Leilighet',
      'Forsikringssum        kr 3 900 000                Forsikringssum       kr 750 000',
      'Egenandel             kr 6 000                    Egenandel            kr 4 000',
      'Årspremie             kr 5 120                    Årspremie            kr 2 210',
    ];
    const doc = textToSource(lines.join('\n'), 'doc.txt', '0'.repeat(64));
    const p = extractPolicy(doc);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Husforsikring', 'Skjoldvegen 117, 5236 Rådal Sentrum', '3900000', '6000', '5120'],
      ['Innboforsikring', 'Skjoldvegen 117, 5236 Rådal Sentrum', '750000', '4000', '2210'],
    ]);
    expect(p.warnings ?? []).toEqual([]);
  });
});

describe('a place on the line under a name', () => {
  it('a name that ended whole, then «Gnr … Bnr …, postcode place»: joined as a place after a name, with a comma', () => {
    expect(joinWrapped('Klubbhus Elvestad stadion', 'Gnr 41 Bnr 9, 1798 Aremark')).toBe('Klubbhus Elvestad stadion, Gnr 41 Bnr 9, 1798 Aremark');
    expect(joinWrapped('Garasje', 'Myrvegen 4, 1798 Aremark')).toBe('Garasje, Myrvegen 4, 1798 Aremark');
    // (a cell broken after its comma, or after a joining word, goes on with a space as before)
    expect(joinWrapped('Skistua, Løypevegen 12,', '1940 Bjørkelangen')).toBe('Skistua, Løypevegen 12, 1940 Bjørkelangen');
    expect(joinWrapped('Lager for', 'Gnr 12 Bnr 4')).toBe('Lager for Gnr 12 Bnr 4');
  });
  it('a street and number, then the farm\'s «Gnr … Bnr …» on the line under: two parts of one place, with a comma', () => {
    // («Husdyr   Heggeveien 112   kr 1 400 000 …» over «          Gnr 45 Bnr 2, 2930 Bagn»)
    expect(joinWrapped('Heggeveien 112', 'Gnr 45 Bnr 2, 2930 Bagn')).toBe('Heggeveien 112, Gnr 45 Bnr 2, 2930 Bagn');
    expect(joinWrapped('Nordre Vollen 3B', 'gnr. 12 bnr. 4')).toBe('Nordre Vollen 3B, gnr. 12 bnr. 4');
  });
  it('a street and number, then its postcode and place on the line under: one address, with the comma it has on one line', () => {
    // («4   Sundgata 1      Rådhuset …» over «    2080 Eidsvoll»: a schedule's place column)
    expect(joinWrapped('Sundgata 1', '2080 Eidsvoll')).toBe('Sundgata 1, 2080 Eidsvoll');
    expect(joinWrapped('Bønsvegen 40B', '2074 Eidsvoll Verk')).toBe('Bønsvegen 40B, 2074 Eidsvoll Verk');
    // (an amount's rest, or a name's, is no postcode after a street)
    expect(joinWrapped('Teknisk drift, lager', 'og garasje')).toBe('Teknisk drift, lager og garasje');
    expect(joinWrapped('kr 1', '2080 Eidsvoll')).toBe('kr 1 2080 Eidsvoll');
  });
});

describe('a block of houses\' numbers ends a street', () => {
  // 84/frende-borettslag-forsikringsbevis: «Forsikringssted   Solslettveien 2-8» over «4020 Stavanger»
  it('«Lindeveien 1-7» over «5063 Bergen» is one place with its comma', () => {
    expect(joinWrapped('Lindeveien 1-7', '5063 Bergen')).toBe('Lindeveien 1-7, 5063 Bergen');
  });
});

describe('a range of years wrapped at its slash', () => {
  // (private-holdout96/klp-forsikringsavtale-kommune-2025: «1976/» over «2011» in a narrow «Byggeår» column)
  it('«1976/» over «2011» is one cell, as written on one line', () => {
    expect(joinWrapped('1976/', '2011')).toBe('1976/2011');
  });
  it('a street in capitals and its lot under it join with a comma («FURUSTIEN 1» over «GNR. 41 BNR. 230, 1470 LØRENSKOG»)', () => {
    expect(joinWrapped('FURUSTIEN 1', 'GNR. 41 BNR. 230, 1470 LØRENSKOG')).toBe('FURUSTIEN 1, GNR. 41 BNR. 230, 1470 LØRENSKOG');
    expect(joinWrapped('LERKEVEIEN 2-8', 'GNR. 41 BNR. 212, 1470 LØRENSKOG')).toBe('LERKEVEIEN 2-8, GNR. 41 BNR. 212, 1470 LØRENSKOG');
  });
});

describe('a street alone on the line under a building\'s name', () => {
  // a municipality's list of buildings: «Sandnes helsehus» over «Langgata 12» over «4306 Sandnes» in the place's column
  it('the name, its street and its postcode are three parts of one place, each set apart with a comma', () => {
    const first = joinWrapped('Sandnes helsehus', 'Langgata 12');
    expect(first).toBe('Sandnes helsehus, Langgata 12');
    expect(joinWrapped(first, '4306 Sandnes')).toBe('Sandnes helsehus, Langgata 12, 4306 Sandnes');
    expect(joinWrapped('Ytre Arna kyrkje', 'Kyrkjebakken 3')).toBe('Ytre Arna kyrkje, Kyrkjebakken 3');
    expect(joinWrapped('Gamle rådhus', 'Kongens gate 5')).toBe('Gamle rådhus, Kongens gate 5');
  });
  it('a building named with a number («Bygg 2», «Hall 3») is no street: the cell goes on with a space', () => {
    expect(joinWrapped('Lagerbygg', 'Bygg 2')).toBe('Lagerbygg Bygg 2');
    expect(joinWrapped('Idrettsanlegg', 'Hall 3')).toBe('Idrettsanlegg Hall 3');
  });
});

// a web page's cell holds a place written over two lines as one run of words, wrapped where the cell's width falls
describe('a place\'s name and its street or land register reference in one run of words', () => {
  it('sets them apart with a comma, as on one line', () => {
    expect(placeApart('Nordre Hegre Gnr 112 Bnr 7, 7520 Hegra')).toBe('Nordre Hegre, Gnr 112 Bnr 7, 7520 Hegra');
    expect(placeApart('Hegreåsen gnr. 112 bnr. 12, 7520 Hegra')).toBe('Hegreåsen, gnr. 112 bnr. 12, 7520 Hegra');
    expect(placeApart('Brannstasjon Edland Haukelivegen 2251, 3895 Edland')).toBe('Brannstasjon Edland, Haukelivegen 2251, 3895 Edland');
    expect(placeApart('Rauland omsorgssenter Raulandsvegen 1060, 3864 Rauland')).toBe('Rauland omsorgssenter, Raulandsvegen 1060, 3864 Rauland');
  });

  it('sets a street and its number apart from the lot after it (a schedule\'s «Forsikringssted» of two lines, set on one by a word processor)', () => {
    // (a cabin certificate's field «Forsikringssted: Heddervegen 7» over «Gnr 31 Bnr 6, 3690 Hjartdal», which LibreOffice,
    // groff and WeasyPrint set on one line in the field's cell: the place as the text's two lines read it)
    expect(placeApart('Heddervegen 7 Gnr 31 Bnr 6, 3690 Hjartdal')).toBe('Heddervegen 7, Gnr 31 Bnr 6, 3690 Hjartdal');
    expect(placeApart('Kongens gate 12 gnr. 4 bnr. 118')).toBe('Kongens gate 12, gnr. 4 bnr. 118');
    expect(placeApart('Heddervegen 7, Gnr 31 Bnr 6, 3690 Hjartdal')).toBe('Heddervegen 7, Gnr 31 Bnr 6, 3690 Hjartdal');
  });

  it('leaves a place that begins with its street or lot, or has its comma, as it is', () => {
    for (const t of ['Solbærvegen 14 2312 Ottestad', 'Gnr 58 Bnr 12, 2640 Vinstra', 'Nordre Hegre, Gnr 112 Bnr 7', 'Kontorbygg, bygd 1986', 'Storgata 12, 2317 Hamar', 'Bygg 2 Hall 3', 'Bilen står i Storgata 12 om natten', 'Gamle Kongevei 2, 2850 Lena', 'Verkstedet Nedre Storgate 4, 3015 Drammen', 'Rådhuset Storgata 5, 2317 Hamar'])
      expect(placeApart(t)).toBe(t);
  });
});
