import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';
import { buildUnits, productHeading, stripTags } from './units.js';

/** What stripTags stands for: the three replacements clean() made before. */
const viaPatterns = (t: string): string =>
  t
    .replace(/<\/?(?:li|p|br|ul|ol|div|tr|td|th)\b[^>]*>/gi, ' ')
    .replace(/<(?:https?:|mailto:)[^>]*>/gi, (m) => m.slice(1, -1))
    .replace(/<\/?[a-z][^>]*>/gi, '');

/** Markup and its near misses: tag names in any case, prefixes of them, links, stray brackets. */
const PIECES = [
  '<', '>', '/', '</', ' ', 'li', 'LI', 'p', 'P', 'pre', 'br', 'BR', 'ul', 'ol', 'div', 'Div', 'tr', 'td', 'th', 'thead', 'b', 'i', 'a href="x"',
  'style="a:b"', 'https:', 'HTTP:', 'http', 'https', 'mailto:', 'MAILTO', 'x@y.no', '//gjensidige.no', '1', '_', '-', 'æ', 'ı', 'ſ', 'K', 'Egenandel kr 10 000',
];
const markup = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((a) => a.join(''));

describe('stripTags', () => {
  it('gives what the three tag replacements give', () => {
    for (const t of ['<ul style="x"><li>Brann</li><li>Vann</li></ul>', 'Se <https://www.gjensidige.no/vilkar> og <mailto:x@y.no>', '<b>Fet</b>', 'a < b > c', '<p', '2 < 3']) {
      expect(stripTags(t), t).toBe(viaPatterns(t));
    }
    fc.assert(
      fc.property(markup, (t) => {
        expect(stripTags(t)).toBe(viaPatterns(t));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('a record\'s fields run together in one line', () => {
  const units = (text: string) => buildUnits(textToSource(text, 'doc.txt', '0'.repeat(64)).lines);
  it('«Forsikringssum NOK 1.350.000,- Egenandel kr 10.000,- Premie NOK 6.215,-» is a row of three fields', () => {
    const [u] = units('Forsikringssum NOK 1.350.000,- Egenandel kr 10.000,- Premie NOK 6.215,-');
    expect(u!.row).toBe(true);
    expect(u!.cells).toEqual(['Forsikringssum NOK 1.350.000,-', 'Egenandel kr 10.000,-', 'Premie NOK 6.215,-']);
  });
  it('a sentence with figures in it is not', () => {
    const [u] = units('Egenandel kr 10 000 gjelder ved skade på bygning, premie kr 500 betales årlig');
    expect(u!.row).toBe(false);
  });
  // (only a line that opens with a figure's label is tried: one that opens with any other word is none, whatever follows)
  it('«Årspremie kr 6 215 Forsikringssum kr 1 350 000» in capitals or not, a label first, is a row; «Bygning …» before the labels is not', () => {
    expect(units('ÅRSPREMIE kr 6 215 FORSIKRINGSSUM kr 1 350 000')[0]!.cells).toEqual(['ÅRSPREMIE kr 6 215', 'FORSIKRINGSSUM kr 1 350 000']);
    expect(units('Bygning Forsikringssum kr 1 350 000 Egenandel kr 10 000')[0]!.row).toBe(false);
  });
});

describe('fields «Label: value» set side by side on one line', () => {
  const units = (text: string) => buildUnits(textToSource(text, 'doc.txt', '0'.repeat(64)).lines);
  it('each field is a line of its own, its label with it (a certificate\'s «Forsikringssted: …   Forsikringssum: …»)', () => {
    const us = units('Forsikringssted: Industrivegen 4, 2000 Lillestrøm   Forsikringssum: kr 8 000 000');
    expect(us.map((u) => [u.row, u.label, u.text, u.lines[0]!.line])).toEqual([
      [false, 'Forsikringssted', 'Forsikringssted: Industrivegen 4, 2000 Lillestrøm', 1],
      [false, 'Forsikringssum', 'Forsikringssum: kr 8 000 000', 1],
    ]);
  });
  it('a heading a PDF ran into the first field\'s cell is no field of its own: the row stays a row', () => {
    expect(units('ANSVAR - BEDRIFT Forsikringssum: kr 10 000 000\tEgenandel: kr 10 000')[0]!.row).toBe(true);
  });
  it('a row with a cell that is no field, or with no field of a schedule, stays a row', () => {
    expect(units('Næringsbygg   Forsikringssted: Storgata 1, 0155 Oslo   Forsikringssum: kr 12 000 000')[0]!.row).toBe(true);
    expect(units('Avtalenummer: 7781 2290     Utstedt: 14.11.2025')[0]!.row).toBe(true);
  });
});

describe('a block of fields under a product heading in capitals with a spaced hyphen', () => {
  const parse = (text: string) => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)));
  it('is a record of that product, two fields on a line or one', () => {
    // (a business certificate: «ANSVAR - BEDRIFT» over «Egenandel: kr 10 000     Premie: kr 6 100»)
    const p = parse(
      [
        'Avtalenummer: 7781 2290',
        '',
        'NÆRINGSBYGG - KONTOR',
        'Forsikringssted: Storgata 1, 0155 Oslo',
        'Forsikringssum: kr 12 000 000     Egenandel: kr 10 000',
        'Premie: kr 14 300',
        '',
        'ANSVAR - BEDRIFT',
        'Forsikringssum: kr 10 000 000',
        'Egenandel: kr 10 000     Premie: kr 6 100',
      ].join('\n'),
    );
    expect(p.coverages).toEqual([
      { product: 'NÆRINGSBYGG - KONTOR', object: 'Storgata 1, 0155 Oslo', index_class: 'bygninger', sum: '12000000', deductible: '10000', premium: '14300' },
      { product: 'ANSVAR - BEDRIFT', index_class: 'none', sum: '10000000', deductible: '10000', premium: '6100' },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('fields of a record the schedule does not read', () => {
  const parse = (text: string) => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)));
  it('«Byggeår: 1987» is a field, no product heading: the place above it stays the record\'s', () => {
    // (a business certificate: «NÆRINGSBYGG – KONTOR» over «Forsikringssted: …», «Byggeår: 1987», «Forsikringssum: …»)
    const p = parse('Avtalenummer: 7781 2290\n\nNÆRINGSBYGG – KONTOR\nForsikringssted: Storgata 1, 0155 Oslo\nByggeår: 1987\nForsikringssum: kr 12 000 000\nEgenandel: kr 10 000\n');
    expect(p.coverages).toEqual([{ product: 'NÆRINGSBYGG – KONTOR', object: 'Storgata 1, 0155 Oslo', index_class: 'bygninger', sum: '12000000', deductible: '10000' }]);
  });
  it('a liability cover\'s «Ansvarssum» / «Forsikringssum per skade» is its sum', () => {
    const p = parse('Avtalenummer: 7781 2290\n\nANSVAR - BEDRIFT\nAnsvarssum: kr 10 000 000\nEgenandel: kr 10 000\n\nPRODUKTANSVAR - BEDRIFT\nForsikringssum per skade: kr 5 000 000\nEgenandel: kr 10 000\n');
    expect(p.coverages?.map((c) => [c.product, c.sum])).toEqual([
      ['ANSVAR - BEDRIFT', '10000000'],
      ['PRODUKTANSVAR - BEDRIFT', '5000000'],
    ]);
  });
});

describe('two products side by side in a PDF\'s rows', () => {
  const units = (text: string) => buildUnits(textToSource(text, 'doc.txt', '0'.repeat(64)).lines);
  // (cells as a PDF gives them: «Gruppeliv | Ulykke fritid» over «Dødsfall 10 G | Medisinsk invaliditet | 15 G»)
  const rows = 'Gruppeliv\tUlykke fritid\t\nDødsfall 10 G\tMedisinsk invaliditet\t15 G\nEktefelle/samboers død 4 G\tDødsfall\t3 G\nPremie kr 24 150\tPremie\tkr 9 870\n';
  it('are the first product\'s heading and lines, then the second\'s', () => {
    expect(units(rows).map((u) => [u.index, u.lines[0]!.line, u.text])).toEqual([
      [0, 1, 'Gruppeliv'],
      [1, 2, 'Dødsfall 10 G'],
      [2, 3, 'Ektefelle/samboers død 4 G'],
      [3, 4, 'Premie kr 24 150'],
      [4, 1, 'Ulykke fritid'],
      [5, 2, 'Medisinsk invaliditet 15 G'],
      [6, 3, 'Dødsfall 3 G'],
      [7, 4, 'Premie kr 9 870'],
    ]);
    expect(units(rows)[4]!.product).toBe(true);
  });
  it('products across over rows of figures are one table, not two columns', () => {
    const text = 'Bygning\tInnbo\nForsikringssum\tkr 1 000 000\tkr 200 000\nEgenandel\tkr 10 000\tkr 4 000\n';
    expect(units(text).map((u) => u.row)).toEqual([true, true, true]);
  });
  it('a table whose header is a product and a column\'s name is not', () => {
    expect(units('Forsikring\tForsikringssum\nNæringsbygg\tkr 12 000 000\nDriftstap\tkr 3 000 000\n').map((u) => u.text)).toEqual([
      'Forsikring Forsikringssum',
      'Næringsbygg kr 12 000 000',
      'Driftstap kr 3 000 000',
    ]);
  });
});

describe('a heading in capitals with the code of its terms at the right', () => {
  const units = (text: string) => buildUnits(textToSource(text, 'doc.txt', '0'.repeat(64)).lines);
  it('«NÆRINGSBYGG            Vilkår NB-2024» is the product\'s heading, the code dropped', () => {
    const [u] = units('NÆRINGSBYGG                                   Vilkår NB-2024');
    expect([u!.row, u!.heading, u!.product, u!.text]).toEqual([false, true, true, 'NÆRINGSBYGG']);
    expect(units('LØSØRE          Vilkår: BN 1.2')[0]!.text).toBe('LØSØRE');
  });
  it('the heading is the product of the table under it, «Dekning» its coverage', () => {
    const p = extractPolicy(textToSource(
      'Forsikringsbevis\nPolisenummer: 7741 2290\n\nNÆRINGSBYGG                                   Vilkår NB-2024\n' +
        'Forsikringssted                Dekning        Forsikringssum    Egenandel      Premie\n' +
        'Torggata 12, 2317 Hamar        Pluss          38 500 000        20 000         41 250\n',
      'doc.txt', '0'.repeat(64)));
    expect(p.coverages?.[0]).toMatchObject({ product: 'NÆRINGSBYGG', coverage: 'Pluss', object: 'Torggata 12, 2317 Hamar', sum: '38500000' });
  });
  it('a title at a page\'s foot and the code of its terms atop the next page still make the heading (a page break between)', () => {
    // «EIENDELER» the last line of page 1, «Vilkår EI-2024» the first of page 2, its place and table under it
    const p = extractPolicy(textToSource(
      'Forsikringsbevis\nPolisenummer: 7741 2290\n\nDRIFTSMIDLER\n\fVilkår DM-2025\nForsikringssted: Elvegata 3, 2317 Hamar\n\n' +
        'Dekning                          Forsikringssum    Egenandel      Premie\n' +
        'Inventar og maskiner             kr 1 400 000      kr 10 000      kr 4 100\n',
      'doc.txt', '0'.repeat(64)));
    expect(p.coverages?.[0]).toMatchObject({ product: 'DRIFTSMIDLER', coverage: 'Inventar og maskiner', object: 'Elvegata 3, 2317 Hamar' });
    // (no terms under it on the next page: a title at a page's foot alone names nothing more than before)
    expect(units('DRIFTSMIDLER\n\fDekning sier hva som er med.')[0]!.product).toBe(false);
  });
  it('a row whose second cell is no code, or a column named «Vilkår», stays a row', () => {
    expect(units('NÆRINGSBYGG          Vilkår')[0]!.row).toBe(true);
    expect(units('NÆRINGSBYGG          kr 38 500 000')[0]!.row).toBe(true);
  });
});

describe('a numbered product heading one space after its number', () => {
  it('is a heading, never the rest of the line above (a PDF of «2  Gruppeliv» keeps one space)', () => {
    const lines = textToSource('1 Yrkesskadeforsikring\nÅrspremie yrkesskade: kr 28 960\n2 Gruppeliv\nDødsfall  10 G\n', 'doc.txt', '0'.repeat(64)).lines;
    const units = buildUnits(lines, { numberedProducts: true });
    expect(units.map((u) => u.text)).toEqual(['Yrkesskadeforsikring', 'Årspremie yrkesskade: kr 28 960', 'Gruppeliv', 'Dødsfall 10 G']);
    expect(units[2]!.product).toBe(true);
  });
});

describe('an indemnity period on a line of its own at the margin', () => {
  // a PDF whose «  Ansvarstid 12 mnd» under the «Driftstap» row lost its indent, right over the next place and table
  const text = [
    'Codan Forsikring',
    'Polisenummer: 7712 4410',
    '',
    'FORSIKRINGSSTED: Follumveien 30, 3516 Hønefoss',
    'Dekning                          Sum            Egenandel      Premie',
    'Bygninger                        41.800.000     25.000         48.112',
    'Driftstap                        24.000.000     2 døgn         19.640',
    'Ansvarstid 12 mnd',
    'FORSIKRINGSSTED: Storgata 12, 3510 Hønefoss',
    'Dekning                          Sum            Egenandel      Premie',
    'Maskiner og driftstilbehør          850.000     10.000          2.315',
    '',
  ].join('\n');
  it('is no heading: the rows under the next place keep their own names and classes', () => {
    const p = extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)));
    expect(p.coverages!.map((c) => c.product)).not.toContain('Ansvarstid 12 mnd');
    expect(p.coverages!.find((c) => c.object === 'Storgata 12, 3510 Hønefoss')).toMatchObject({ product: 'Maskiner og driftstilbehør', index_class: 'maskin_losore', sum: '850000' });
  });
});

describe('a place with its lot but no postcode, its postcode on the line under it', () => {
  // holdout 62, Eika: «Forsikringssted» / «Hegra, Gnr 112 Bnr 7» / «7520 Hegra», one cell a line
  it('goes on with the postcode line alone', () => {
    const doc = 'Forsikringsnummer\nHYT-7730-118845\n\nProdukt\nHytte\nForsikringssted\nHegra, Gnr 112 Bnr 7\n7520 Hegra\nSum\nkr 2 000 000\nEgenandel\nkr 6 000\nPremie\nkr 4 786\n';
    const p = extractPolicy(textToSource(doc, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => c.object)).toEqual(['Hegra, Gnr 112 Bnr 7, 7520 Hegra']);
  });
  it('a place that has its postcode is whole: a lot under it is not joined', () => {
    const units = buildUnits(textToSource('Forsikringssted: Storgata 1, 0155 Oslo\nGnr 12 Bnr 4\n', 'doc.txt', '0'.repeat(64)).lines);
    expect(units[0]!.text).toBe('Forsikringssted: Storgata 1, 0155 Oslo');
  });
});

describe('a place with its postcode, its lot in its municipality on the line under it', () => {
  // private-holdout73/fremtind-epost-endringer-egenandel-hytte, line 28: «Forsikringssted: Fjellstuvegen 21, 2640 Vinstra» over
  // «Gnr 88 Bnr 14, Nord-Fron kommune» — the cadastral half of the same place
  it.each([
    ['Gnr 88 Bnr 14, Nord-Fron kommune'],
    ['Gnr. 88 / Bnr. 14 – Nord-Fron kommune'],
    ['Gårdsnr. 88, bruksnr. 14 i Nord-Fron kommune'],
    ['Gnr/bnr 88/14, Nord-Fron kommune'],
    ['Gnr 88 Bnr 14 Fnr 2, Nord-Fron kommune'],
  ])('joins %j to the place field above it', (lot) => {
    const units = buildUnits(textToSource(`Forsikringssted: Fjellstuvegen 21, 2640 Vinstra\n${lot}\n`, 'doc.txt', '0'.repeat(64)).lines);
    expect(units[0]!.text).toBe(`Forsikringssted: Fjellstuvegen 21, 2640 Vinstra, ${lot}`);
  });
  // private-holdout73/landkreditt-fornyelse-gardsforsikring, line 27: a record's name, its street and postcode, its lot, its fields
  it('joins it to a street and postcode alone under a record\'s name, so the record keeps its name and whole place', () => {
    const doc = 'Avtalenummer: LKF 551 902 3\n\nDin forsikring\n\nDriftsbygning (fjøs og låve)\nSandvoldvegen 120, 2420 Brandval\nGnr 41 Bnr 3, Grue kommune\nForsikringssum 7 850 000 kr, egenandel 15 000 kr, årspremie 18 940 kr.\n';
    const p = extractPolicy(textToSource(doc, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Driftsbygning (fjøs og låve)', 'Sandvoldvegen 120, 2420 Brandval, Gnr 41 Bnr 3, Grue kommune', '7850000', '15000', '18940'],
    ]);
  });
  it('a lot with a postcode of its own, or without its municipality, is not joined', () => {
    for (const lot of ['Gnr 12 Bnr 4, 0155 Oslo', 'Gnr 12 Bnr 4', 'Gnr 12 Bnr 4, Oslo']) {
      const units = buildUnits(textToSource(`Forsikringssted: Storgata 1, 0155 Oslo\n${lot}\n`, 'doc.txt', '0'.repeat(64)).lines);
      expect(units[0]!.text).toBe('Forsikringssted: Storgata 1, 0155 Oslo');
    }
  });
});

describe('a labelled field with its comparison in brackets set apart by spaces', () => {
  // private-holdout74/norsk-hussopp-fornyelse-epost, line 23: «  Årspremie:          kr 2 745   (i år: kr 2 615)» under
  // «Oversikt fra 1. desember 2025» — read as a row of cells, the record's premium and the record were lost
  it.each([
    ['  Årspremie:          kr 2 745   (i år: kr 2 615)'],
    ['  Årspremie: kr 2 745   (i fjor: kr 2 615)'],
  ])('%j is one field, the bracket its comparison', (line) => {
    const doc = `Avtalenummer: 55-018822\n\nOversikt fra 1. desember 2025\n  Produkt:            Hussoppforsikring\n  Egenandel:          kr 10 000\n${line}\n`;
    const p = extractPolicy(textToSource(doc, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.deductible, c.premium])).toEqual([['Hussoppforsikring', '10000', '2745']]);
  });
  it('a bracket without a figure, or after a value that is no amount, leaves the row as it was', () => {
    const units = buildUnits(textToSource('Forsikring:   Hus   (Pluss)\n', 'doc.txt', '0'.repeat(64)).lines);
    expect(units[0]!.row).toBe(true);
  });
});

describe('amounts a narrow column cut at their thousands space', () => {
  // 80/gjensidige-landbruk-forsikringsbevis-2025 (LibreOffice PDF): «Landbruksansvar | – | kr 10 000 000 | kr 10 | kr 3» over «000 | 640»
  const line = (n: number, cells: string[]) => ({ page: 1, line: n, text: cells.join('\t'), cells });
  it('a line of three-digit groups under a row\'s last short amounts is their rest, in order', () => {
    const units = buildUnits([line(1, ['Gårdsansvar', '–', 'kr 5 000 000', 'kr 15', 'kr 2']), line(2, ['', '000', '870'])]);
    expect(units).toHaveLength(1);
    expect(units[0]!.cells).toEqual(['Gårdsansvar', '–', 'kr 5 000 000', 'kr 15 000', 'kr 2 870']);
  });
  it('groups that do not match the row\'s short amounts are left as they are', () => {
    const units = buildUnits([line(1, ['Gårdsansvar', '–', 'kr 5 000 000', 'kr 15 000', 'kr 2 870']), line(2, ['', '000', '870'])]);
    expect(units[0]!.cells).toEqual(['Gårdsansvar', '–', 'kr 5 000 000', 'kr 15 000', 'kr 2 870']);
    expect(units).toHaveLength(2);
  });
});

describe('a bullet\'s fields wrapped at the dash that sets them apart', () => {
  // private-holdout86/klp-kommune-forsikringsoversikt-2027: «Kommunalt ansvar» / « • Forsikringssum kr 100 000 000 per skade»
  // over «   – egenandel kr 20 000 – premie kr 48 300»
  const doc = (rest: string): string => `Forsikringsnummer 55501234\n\nBedriftsansvar\n • Forsikringssum kr 10 000 000\n${rest}\n`;
  it('the line set in under the bullet goes on with its fields', () => {
    const p = extractPolicy(textToSource(doc('   – egenandel kr 25 000 – premie kr 7 880'), 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Bedriftsansvar', '10000000', '25000', '7880']]);
  });
  it('a dash at the bullet\'s own margin is a bullet of its own', () => {
    const units = buildUnits(textToSource(doc(' – egenandel kr 25 000 – premie kr 7 880'), 'doc.txt', '0'.repeat(64)).lines);
    expect(units.filter((u) => u.bullet)).toHaveLength(2);
  });
});

describe('a product\'s name with what it covers in brackets', () => {
  // 85/protector-yrkesskade-fornyelse-2026: «Utvidet yrkesskade (fritidsulykke for ansatte)» over «  Dødsfall    10 G»
  it('the name before the bracket decides whether the heading is a product\'s', () => {
    expect(productHeading('Utvidet yrkesskade (fritidsulykke for ansatte)')).toBe(true);
    expect(productHeading('Innbo (fritidsbolig)')).toBe(true);
  });
  it('a bracket that says how the sums count leaves the line as it was read', () => {
    expect(productHeading('Førar- og passasjerulukke (per person)')).toBe(false);
  });
  it('a bracket after words that name no product makes no product', () => {
    expect(productHeading('Viktig informasjon (les nøye)')).toBe(false);
  });
});

describe('a numbered section that names a person product', () => {
  // 86/fremtind-yrkesskade-nynorsk: «2. Utvida menerstatning (tillegg)» between «1. Yrkesskadeforsikring (lovpålagd)» and «3. Ulukkesforsikring fritid»
  it('is that product\'s heading, its number dropped', () => {
    const text = '1. Yrkesskadeforsikring (lovpålagd)\n   Gravferdsutgifter .......  0,5 G\n   Årspremie:    kr 41 880\n\n2. Utvida menerstatning (tillegg)\n   Menerstatning ved medisinsk invaliditet 1–14 % .....  0,75 G\n';
    const units = buildUnits(textToSource(text, 'doc.txt', '0'.repeat(64)).lines, { numberedProducts: true });
    const heading = units.find((u) => u.text.includes('Utvida menerstatning'));
    expect(heading?.text).toBe('Utvida menerstatning (tillegg)');
    expect(heading?.heading).toBe(true);
  });
});

describe('bareLevelHeading', () => {
  const line = (n: number): { page: number; line: number; text: string; cells: string[] } => ({ page: 1, line: n, text: '', cells: [] });
  it('«Næringsbygg   Pluss» set apart is a heading and its level', async () => {
    const { bareLevelHeading } = await import('./units.js');
    expect(bareLevelHeading(['Næringsbygg', 'Pluss'], line(1) as never, line(3) as never)).toBe(true);
    expect(bareLevelHeading(['BOLIGHUS', 'Ekstra Pluss'], undefined, line(1) as never)).toBe(true);
    // (right under another line: a row of a list of products and levels)
    expect(bareLevelHeading(['Husforsikring', 'Super'], line(2) as never, line(3) as never)).toBe(false);
    // (no level word: «Bilforsikring   Kasko» is a row)
    expect(bareLevelHeading(['Bilforsikring', 'Kasko'], undefined, line(1) as never)).toBe(false);
  });
});

describe('a product card\'s line that says what the product does', () => {
  // (private-holdout96/fremtind-minside-personalforsikring-2025: «Ulykke Fritid» over «Dekker ulykker utenfor arbeidstid»)
  it('«Dekker ulykker utenfor arbeidstid» opens with its verb: no product\'s name', () => {
    expect(productHeading('Dekker ulykker utenfor arbeidstid')).toBe(false);
    expect(productHeading('Omfatter yrkesskade og yrkessykdom')).toBe(false);
    expect(productHeading('Ulykke Fritid')).toBe(true);
  });
});

describe('a line with a serial number among a thing\'s facts', () => {
  // a boat certificate's facts under its table: «Skrog-ID NO-ASK61C019J · Tyverimerket med Securmark» over «… Personlige
  // eiendeler om bord er dekket med inntil kr 30 000.» — read as a product's heading, the sentence made a coverage of it
  it('is no product\'s heading', () => {
    expect(productHeading('Skrog-ID SE-NIM30C021K · Merket med DNA-spray')).toBe(false);
    expect(productHeading('Chassisnr. WVWZZZ1KZ8W123456')).toBe(false);
  });
  it('leaves a product with a model name or a plate a heading', () => {
    expect(productHeading('Båtforsikring')).toBe(true);
    expect(productHeading('Bilforsikring Volvo XC40')).toBe(true);
  });
});

describe('a figure\'s label over one bullet', () => {
  // a legal-expenses certificate's parts as bullet lists: «Pris:» over «  • kr 1 290 per år, betales med kr 107,50 per måned»
  const parse = (text: string) => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
  const HEAD = 'Forsikringsbevis\nJuridika Advokatforsikring\n\nAvtalenummer: JA-2027-5512\n\nDette omfatter forsikringen:\n  • Forsikringssum: kr 500 000 per tvist\n  • Egenandel: Ingen\n\n';
  it('is the field\'s value: the year\'s price, how it is paid after it', () => {
    const p = parse(`${HEAD}Pris:\n  • kr 1 150 per år, betales med kr 95,80 per måned\n\nHusstand:\n  Forsikringen gjelder for hele husstanden.\n`);
    expect(p.coverages?.[0]).toMatchObject({ sum: '500000', deductible: '0', premium: '1150' });
  });
  it('heads a list of bullets, no value of its own', () => {
    const p = parse(`${HEAD}Pris:\n  • kr 1 150 per år\n  • kr 95 per måned\n`);
    expect(p.coverages?.[0]?.premium).toBeUndefined();
  });
});

describe("a building's facts set apart by middle dots", () => {
  // a portal's cabin page: «Forsikringssted: …» over «Byggeår 2004 · Bruksareal 96 m² · Laftet tømmer» over the table of covers
  it('is a description of the thing, no product\'s heading, as with commas', () => {
    expect(productHeading('Byggeår 2004 · Bruksareal 96 m² · Laftet tømmer')).toBe(false);
    expect(productHeading('Tømmerhytte, byggeår 1991, 74 m²')).toBe(false);
  });
});

describe('fields side by side set apart by a lone dash', () => {
  // written after a savings bank's renewal letter: «• Innboforsikring» over «Forsikringssum: … kr  -  Egenandel: … kr  -  Pris per år: … kr»
  const doc = 'Avtalenummer 5521 0934 22\n\nDette har du hos oss\n  • Hytteforsikring, Fjellstuvegen 3, 2640 Vinstra\n    Forsikringssum: Fullverdi  -  Egenandel: 8 000 kr  -  Pris per år: 7 410 kr\n  • Innboforsikring\n    Forsikringssum: 900 000 kr  -  Egenandel: 4 000 kr  -  Pris per år: 2 960 kr\n';
  it('each field is read as a field of its own, the dash no cell', () => {
    const p = extractPolicy(textToSource(doc, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Hytteforsikring', 'Fjellstuvegen 3, 2640 Vinstra', undefined, '8000', '7410'],
      ['Innboforsikring', undefined, '900000', '4000', '2960'],
    ]);
  });
});

describe('a page’s running head with the agreement’s number', () => {
  it('«Avtalenummer 83725519 - Brekke Eiendom AS» is no product’s heading, though the customer’s name holds a product’s word', () => {
    expect(productHeading('Avtalenummer 55120877 - Haugen Eiendom AS')).toBe(false);
    expect(productHeading('Forsikringsnummer 4410 2087 – Nordvik Bygg og Eiendom')).toBe(false);
    expect(productHeading('Eiendeler')).toBe(true);
  });
  it('the table under «EIENDELER» after the running head is that heading’s', () => {
    const p = extractPolicy(
      textToSource(
        'FORSIKRINGSBEVIS\nAvtalenummer          55120877\n\nAvtalenummer 55120877 - Haugen Eiendom AS\n\nEIENDELER\n' +
          'Forsikringssted                 Dekning                    Forsikringssum     Egenandel       Premie\n' +
          'Lagerveien 3,                   Maskiner, inventar              2 300 000        10 000        4 115\n' +
          '4033 Stavanger                  og løsøre\n',
        'doc.txt',
        '0'.repeat(64),
      ),
      {},
    );
    // (the heading as written, in capitals: the scoring reads names without their case)
    expect(p.coverages?.[0]?.product.toLowerCase()).toBe('eiendeler');
    expect(p.coverages?.[0]).toMatchObject({ coverage: 'Maskiner, inventar og løsøre', object: 'Lagerveien 3, 4033 Stavanger', sum: '2300000' });
  });
});
