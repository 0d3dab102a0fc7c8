import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// Rows of text tables that were lost or read wrongly: wrapped cells, an «Objekt» column naming the
// product, columns of last year and this year (src/parse/text.ts, src/parse/schedule-overview.ts).
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\n';
/** A PDF's line as the layout gives it (for rows the layout marks: rows that may be two). */
const line = (n: number, cells: string[], uncertain = false) => ({ page: 1, line: n, text: cells.join('\t'), cells, ...(uncertain ? { rowsUncertain: true as const } : {}) });

describe('a place cell that ends in a comma goes on on the next line', () => {
  // docs/klp-oversikt-brutte-celler-2026: «Næringsbygg   Strandgata 18,   kr 12 400 000 …» over «  2317 Hamar»
  it('a tab row, the rest of its place on a line without a tab: one place, and the rows after it read', () => {
    const p = parse(`${HEAD}Produkt\tForsikringssted\tForsikringssum\tEgenandel\tPremie\nNæringsbygg\tStrandgata 18,\tkr 12 400 000\tkr 10 000\tkr 14 200\n2317 Hamar\nBedriftsansvar\t\tkr 10 000 000\tkr 10 000\tkr 6 300\nDriftstap\tStrandgata 18,\tkr 5 000 000\tkr 10 000\tkr 2 100\n\t\t2317 Hamar\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Næringsbygg', 'Strandgata 18, 2317 Hamar'],
      ['Bedriftsansvar', undefined],
      ['Driftstap', 'Strandgata 18, 2317 Hamar'],
    ]);
  });
});

describe('a broker\'s table whose object cells name the product', () => {
  // docs/protector-megler-objektkolonne-2026: «Objekt  Forsikringssum  Egenandel  Premie» over
  // «Driftstap, Strandgata 18, 2317 Hamar  kr 5 000 000  3 dager  kr 2 460»
  it('the product before the comma, the place after it; a waiting period in the deductible column a note, warned', () => {
    const p = parse(`${HEAD}Objekt\tForsikringssum\tEgenandel\tPremie\nDriftstap, Strandgata 18, 2317 Hamar\tkr 5 000 000\t3 dager\tkr 2 460\nBedriftsansvar\tkr 10 000 000\tkr 10 000\tkr 6 310\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.deductible])).toEqual([
      ['Driftstap', 'Strandgata 18, 2317 Hamar', undefined],
      ['Bedriftsansvar', undefined, '10000'],
    ]);
    expect(p.coverages?.[0]?.note).toBe('karenstid 3 dager');
    expect(p.warnings).toEqual(['line 4: the deductible column of Driftstap states a waiting period «3 dager», no amount; kept as a note']);
  });
  it('an object cell that names no product is no row of its own', () => {
    const p = parse(`${HEAD}Objekt\tForsikringssum\tEgenandel\tPremie\nStrandgata 18, 2317 Hamar\tkr 5 000 000\tkr 10 000\tkr 2 460\n`);
    expect(p.coverages).toBeUndefined();
  });
});

describe('last year\'s and this year\'s columns named in words', () => {
  // «Forsikring | Forsikringssted | Sum i fjor | Sum i år | Egenandel | Premie»: the table was refused
  // as having no clear sum column; this year's is the sum
  it('«i år» beside «i fjor»: this year\'s column is the value', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssted\tSum i fjor\tSum i år\tEgenandel\tPremie i fjor\tPremie i år\nNæringsbygg\tStrandgata 18, 2317 Hamar\tkr 12 000 000\tkr 12 400 000\tkr 10 000\tkr 13 100\tkr 14 200\n`);
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', object: 'Strandgata 18, 2317 Hamar', index_class: 'bygninger', sum: '12400000', deductible: '10000', premium: '14200' }]);
    expect(p.warnings).toEqual([]);
  });
  it('«Årets premie» beside «Neste års premie»: which is the period\'s is not said; not read', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssum\tÅrets premie\tNeste års premie\nNæringsbygg\tkr 12 400 000\tkr 13 100\tkr 14 200\n`);
    expect(p.coverages?.[0]?.premium).toBeUndefined();
  });
});

describe('a place that ends in a comma, its rest nowhere', () => {
  it('is never the value: warned, not read', () => {
    const p = parse(`${HEAD}Produkt\tForsikringssted\tForsikringssum\tEgenandel\tPremie\nNæringsbygg\tStrandgata 18,\tkr 12 400 000\tkr 10 000\tkr 14 200\nDriftstap\tStrandgata 18,\tkr 5 000 000\tkr 10 000\tkr 2 100\n`);
    expect(p.coverages?.map((c) => c.object)).toEqual([undefined, undefined]);
    expect(p.warnings[0]).toBe('line 4: the place «Strandgata 18,» of Næringsbygg ends in a comma: its rest was not found; not read');
  });
});

describe('a broker\'s row for a person cover: whom it insures in the place column, the law in the sum column', () => {
  // docs/gjensidige-megler-yrkesskade-lovbestemt-2026: «Yrkesskade  14 ansatte / 12,5 årsverk  Lovbestemt    18 900»
  it('the row is read (its premium), the persons are no place and «Lovbestemt» no sum; the document\'s count is read from it', () => {
    const p = parse(`${HEAD}Produkt\tForsikringssted\tForsikringssum\tEgenandel\tPremie\nYrkesskade\t14 ansatte / 12,5 årsverk\tLovbestemt\t\t18 900\nBedriftsansvar\tSjøgata 4, 6002 Ålesund\t10 000 000\t10 000\t7 400\n`);
    const ys = p.coverages?.find((c) => c.product === 'Yrkesskade');
    expect(ys).toMatchObject({ premium: '18900', index_class: 'none' });
    expect(ys?.object).toBeUndefined();
    expect(ys?.sum).toBeUndefined();
    expect(p.insured_persons).toEqual({ count: 14, fte: '12.5' });
    expect(p.warnings).toEqual([]);
  });
  // «| Yrkesskade | 1 180 ansatte / 1 042,6 årsverk | Iht. lov | Ingen | 388 900 |»: a municipality's staff, its figures grouped
  it('a count and full-time equivalents with thousands grouped are whom the row insures; the row is read, not taken as the count\'s line', () => {
    const p = parse(`${HEAD}| Produkt | Forsikringssted / omfang | Forsikringssum | Egenandel | Årspremie |\n|---|---|---|---|---|\n| Løsøre | Alle kommunens lokasjoner | 45 000 000 | 100 000 | 9 880 |\n| Yrkesskade | 1 180 ansatte / 1 042,6 årsverk | Iht. lov | Ingen | 388 900 |\n`);
    expect(p.coverages?.find((c) => c.product === 'Yrkesskade')).toMatchObject({ premium: '388900', deductible: '0', index_class: 'none' });
    expect(p.insured_persons).toEqual({ count: 1180, fte: '1042.6' });
    expect(p.warnings).toEqual([]);
  });
  // «| Ansatte kommunen | 412 ansatte | Iht. lov | Ingen | 58 400 |»: a name the vocabulary does not know
  it('a row of a name the vocabulary does not know, whom it insures and its premium, is left to the schedule, not lost', () => {
    const p = parse(`${HEAD}| Produkt | Forsikringssted / omfang | Forsikringssum | Egenandel | Årspremie |\n|---|---|---|---|---|\n| Ansatte kommunen | 412 ansatte | Iht. lov | Ingen | 58 400 |\n`);
    expect(p.coverages?.map((c) => [c.product, c.premium])).toEqual([['Ansatte kommunen', '58400']]);
    expect(p.insured_persons).toEqual({ count: 412 });
  });
  // a staff overview's «Yrkesskade      Etter lov           18 900»: the law's sums, as «Lovbestemt» — not an individually assessed sum
  it('«Etter lov», «Iht. lov» in the sum column are read as «Lovbestemt» is: no sum, the words as the row\'s note, no warning', () => {
    for (const words of ['Etter lov', 'Iht. lov', 'I henhold til lov']) {
      const p = parse(`${HEAD}Forsikringsoversikt\nForsikring      Forsikringssum      Premie\nYrkesskade      ${words.padEnd(20)}18 900\nGruppeliv       10 G                24 300\n`);
      const ys = p.coverages?.find((c) => c.product === 'Yrkesskade');
      expect(ys).toMatchObject({ premium: '18900', note: words });
      expect(ys?.sum).toBeUndefined();
      expect(p.coverages?.find((c) => c.product === 'Gruppeliv')?.sum).toEqual({ g: '10' });
      expect(p.warnings).toEqual([]);
    }
  });
  it('a count alone («9 ansatte») is no place either', () => {
    const p = parse(`${HEAD}Produkt\tForsikringssted\tForsikringssum\tEgenandel\tPremie\nYrkesskade\t9 ansatte\tLovbestemt\t\t6 300\n`);
    expect(p.coverages).toEqual([expect.objectContaining({ product: 'Yrkesskade', premium: '6300' })]);
    expect(p.coverages?.[0]?.object).toBeUndefined();
  });
});

describe('an overview whose only figure is the premium, a vehicle\'s coverages set in under it', () => {
  // docs/gjensidige-lag-oversikt-arspremie-2027: «Forsikring   Forsikringssted / objekt   Årspremie (kr)» over
  // «Motorvogn   Traktor Valtra N134, AB 12345» and, set in under it, «    Ansvar   1 180», «    Kasko   3 420»
  const TABLE =
    'Forsikring                Forsikringssted / objekt                          Årspremie (kr)\n' +
    'Løsøre                    Klubbhuset, Stadionvegen 3, 2380 Brumunddal                    4 960\n' +
    'Motorvogn                 Traktor Valtra N134, AB 12345\n' +
    '    Ansvar                                                                                 1 180\n' +
    '    Kasko                                                                                  3 420\n' +
    'Sum årspremie                                                                             30 290\n';
  it('«Forsikringssted / objekt» is the place column; the set-in lines are the vehicle\'s coverages, the vehicle as the cell names it their object', () => {
    const p = parse(`${HEAD}${TABLE}`);
    expect(p.coverages).toEqual([
      { product: 'Løsøre', object: 'Klubbhuset, Stadionvegen 3, 2380 Brumunddal', index_class: 'maskin_losore', premium: '4960' },
      { product: 'Motorvogn', coverage: 'Ansvar', object: 'Traktor Valtra N134, AB 12345', index_class: 'none', premium: '1180' },
      { product: 'Motorvogn', coverage: 'Kasko', object: 'Traktor Valtra N134, AB 12345', index_class: 'none', premium: '3420' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a line at the margin under the vehicle is a product of its own, and the vehicle a row without figures', () => {
    const p = parse(`${HEAD}${TABLE.replace('    Ansvar    ', 'Ansvar        ').replace('    Kasko    ', 'Kasko        ')}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.premium])).toEqual([
      ['Løsøre', undefined, '4960'],
      ['Motorvogn', undefined, undefined],
      ['Ansvar', undefined, '1180'],
      ['Kasko', undefined, '3420'],
    ]);
  });
  it('in a «Kjøretøy» column the make and the number together are the object, as before', () => {
    const p = parse(`${HEAD}Tilhengerforsikring\nKjøretøy                        Dekning      Egenandel     Årspremie\nBrenderup 1205S, JT 4471        Kasko            3 000           860\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Tilhengerforsikring', 'Brenderup 1205S, JT 4471']]);
  });
});

describe('an overview under a sentence that leads into it, its only figure the premium', () => {
  // a club's overview copied from a PDF: «Det er avtalt forsikring på følgende      Årspremie (kr)» over rows of
  // product, place (with gnr/bnr) and premium; a machine's row with no figure over its covers set in under it
  const DOC = [
    'Forsikringsnummer        Gjelder fra',
    '77104229                 01.03.2025',
    '',
    'Forsikringsoversikt',
    'Forsikring for lag og forening',
    '',
    'Sikkerhetsforskrifter, se side 2',
    '',
    'Det er avtalt forsikring på følgende                                   Årspremie (kr)',
    'Bygning          Klubbhus Nordre Moen Gnr 41 Bnr 7 2320 Furnes                  11 480',
    'Eiendeler        Klubbhus Nordre Moen Gnr 41 Bnr 7 2320 Furnes                   2 960',
    'Arbeidsmaskin    Tråkkemaskin Kässbohrer 2016',
    '                 Ansvar                                                          1 140',
    '                 Kasko                                                           5 210',
    '',
    'Forsikringens premie                                                            20 790',
    '',
  ].join('\n');
  it('the cells before the premium are product and place; the set-in covers are the machine\'s; the premium line a total', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.premium])).toEqual([
      ['Bygning', undefined, 'Klubbhus Nordre Moen Gnr 41 Bnr 7 2320 Furnes', '11480'],
      ['Eiendeler', undefined, 'Klubbhus Nordre Moen Gnr 41 Bnr 7 2320 Furnes', '2960'],
      ['Arbeidsmaskin', 'Ansvar', 'Tråkkemaskin Kässbohrer 2016', '1140'],
      ['Arbeidsmaskin', 'Kasko', 'Tråkkemaskin Kässbohrer 2016', '5210'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a sentence that leads into no list is no header: «Det er avtalt forsikring for klubbhuset      Årspremie (kr)»', () => {
    const p = parse(DOC.replace('Det er avtalt forsikring på følgende      ', 'Det er avtalt forsikring for klubbhuset   '));
    expect(p.coverages?.find((c) => c.product === 'Bygning')).toBeUndefined();
  });
});

describe('a sum stated by its label on the line under a row, in the place column', () => {
  // a private overview copied from a PDF: «Båt   Askeladden 20 Cabin, Yamaha F115   Kasko   kr 5 000   kr 4 320» over
  // «               Forsikringssum kr 450 000» (the table has no sum column)
  it('is the row\'s sum, never part of its place', () => {
    const p = parse(`${HEAD}Forsikring     Gjelder                               Dekning      Egenandel       Årspris\nBåt            Askeladden 20 Cabin, Yamaha F115      Kasko        kr 5 000        kr 4 320\n               Forsikringssum kr 450 000\nVilla          Solbakken 4, 6800 Førde               Pluss        kr 10 000       kr 12 460\n               Forsikringssum Fullverdi\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.note])).toEqual([
      ['Båt', 'Askeladden 20 Cabin, Yamaha F115', '450000', undefined],
      ['Villa', 'Solbakken 4, 6800 Førde', undefined, 'Fullverdi'],
    ]);
  });
});

describe('a vehicle in the place column, its mileage and bonus on the line under it', () => {
  // «Bil   DR 59312 Toyota RAV4 2021   Kasko   kr 6 000   kr 9 840» over «   Kjørelengde 16 000 km, bonus 75 %»
  it('the vehicle, plate and model, is the object; the facts under it are the row\'s note', () => {
    const p = parse(`${HEAD}Forsikring     Gjelder                               Dekning      Egenandel       Årspris\nBil            DR 59312 Toyota RAV4 2021             Kasko        kr 6 000        kr 9 840\n               Kjørelengde 16 000 km, bonus 75 %\nTilhenger      JT 4417 Brenderup 1205                Delkasko     kr 3 000        kr   690\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.deductible, c.note])).toEqual([
      ['Bil', 'DR 59312 Toyota RAV4 2021', '6000', 'Kjørelengde 16 000 km, bonus 75 %'],
      ['Tilhenger', 'JT 4417 Brenderup 1205', '3000', undefined],
    ]);
  });
});

describe('a header of figure columns alone under a label line', () => {
  // a club's certificate: «Virksomhet         Idrettslag» over «                    Forsikringssum     Egenandel» (no
  // name for the first column), then the rows — the header was joined to the label line above, and no row was read
  it('is a line of its own, and its rows are read: covers of the certificate\'s product, named in the empty column', () => {
    const p = parse(`${HEAD}Forsikringsbevis Eiendeler\nForsikringssted    Klubbhus Lierhagen, 3405 Lier\nVirksomhet         Idrettslag\n                                      Forsikringssum     Egenandel\nMaskiner, inventar og løsøre          650 000            10 000\nRekonstruksjon av arkiver og data     50 000             10 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.deductible])).toEqual([
      ['Eiendeler', 'Maskiner, inventar og løsøre', '650000', '10000'],
      ['Eiendeler', 'Rekonstruksjon av arkiver og data', '50000', '10000'],
    ]);
    expect(p.warnings.some((w) => w.includes('not read'))).toBe(false);
  });
});

describe('a table copied from a PDF whose wrapped cells are set one space apart', () => {
  // a bakery's certificate: «Varelager               Storgata 88,   240 000 …» over «(råvarer og ferdigvarer) Lillehammer»,
  // the name's rest and the place's rest one space apart; «Yrkesskade, 14   …   12 040» over «ansatte»
  const DOC =
    `${HEAD}Forsikring              Forsikringssted         Sum (kr)       Egenandel (kr)   Pris per år (kr)\n` +
    'Varelager               Storgata 88,              240 000            10 000              690\n' +
    '(råvarer og ferdigvarer) Lillehammer\n' +
    'Avbrudd etter skade     Storgata 88,            4 600 000            10 000            4 115\n' +
    'på bygning og inventar  Lillehammer\n' +
    'Yrkesskade, 14                                                                        12 040\n' +
    'ansatte\n';
  it('splits the line at the place column; the rows after it are read, and a product row that names whom it insures keeps its premium', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([
      ['Varelager (råvarer og ferdigvarer)', 'Storgata 88, Lillehammer', '240000', '690'],
      ['Avbrudd etter skade på bygning og inventar', 'Storgata 88, Lillehammer', '4600000', '4115'],
      ['Yrkesskade, 14 ansatte', undefined, undefined, '12040'],
    ]);
    expect(p.insured_persons).toEqual({ count: 14 });
    expect(p.warnings).toEqual([]);
  });
  it('a note in brackets under a row is not split at the place column («(nytt tak på låven er tatt med fra 1. mai 2026)»)', () => {
    const p = parse(`${HEAD}Forsikring        Forsikringssted              Forsikringssum    Egenandel    Årspremie\nDriftsbygning     Haugevegen 14, 2860 Hov      kr 11 400 000     kr 20 000    kr 16 820\n(nytt tak på låven er tatt med fra 1. mai 2026)\nGarasje           Haugevegen 14, 2860 Hov      kr 1 900 000      kr 10 000    kr 2 310\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Driftsbygning', 'Haugevegen 14, 2860 Hov'],
      ['Garasje', 'Haugevegen 14, 2860 Hov'],
    ]);
  });
  it('a sentence right under the table is not split into cells', () => {
    const p = parse(`${DOC.split('\n').slice(0, 5).join('\n')}\nbygningen er forsikret til fullverdi og egenandelen gjelder per skade.\n`);
    expect(p.coverages?.[0]?.product).toBe('Varelager (råvarer og ferdigvarer)');
    expect(p.coverages?.map((c) => c.object)).toEqual(['Storgata 88, Lillehammer']);
  });
});

describe('stock named in the place column', () => {
  // a renewal's price table: «Forsikring | Objekt | Forsikringssum | Pris 2023 | Pris 2024» over «Eiendeler | Varer | 1 200 000 | …»
  it('is indexed as stock, as «Eiendeler - Varer» is; the machines beside it stay machines', () => {
    const p = parse(`${HEAD}Forsikring\tObjekt\tForsikringssum\tPris\nEiendeler\tMaskiner og inventar\t6 800 000\t13 180\nEiendeler\tVarer\t1 200 000\t3 020\n`);
    expect(p.coverages?.map((c) => [c.object, c.index_class])).toEqual([
      ['Maskiner og inventar', 'maskin_losore'],
      ['Varer', 'varer'],
    ]);
  });
});

describe('a name that ends by saying its sum is a first-risk sum', () => {
  // a workshop's overview: «| Eiendeler | Maskiner, inventar og | kr 3 500 000 | …» over «|  | verktøy, førsterisiko |  |  |  |»
  it('makes the row\'s sum a first-risk sum, also when the words wrap onto the line under the row', () => {
    const p = parse(`${HEAD}| Produkt | Dekning | Forsikringssum | Egenandel | Årspremie |\n| Næringsbygg | Bygning, fullverdi | kr 18 300 000 | kr 15 000 | kr 32 940 |\n| Eiendeler | Maskiner, inventar og | kr 3 500 000 | kr 15 000 | kr 8 120 |\n|  | verktøy, førsterisiko |  |  |  |\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual(['18300000', { first_risk: '3500000' }]);
  });
});

describe('a header whose two column names stand one space apart', () => {
  // «Forsikring … Forsikringssum Egenandel  Pris», the sum's column padded to the width of its figures
  const pad = (a: string, b: string, c: string, d: string): string => `${a.padEnd(40)}${b.padEnd(15)}${c.padEnd(11)}${d}\n`;
  const DOC =
    'Forsikringsnummer: 81442907\n\n' +
    pad('Forsikring', 'Forsikringssum', 'Egenandel', 'Pris') +
    pad('Innbo', '800 000', '4 000', '2 310') +
    pad('Ansvar', '10 000 000', '5 000', '1 980');
  it('reads both columns: the rows keep their sums and deductibles (they were lost without a warning)', () => {
    const p = extractPolicy(textToSource(DOC, 'doc.txt', '0'.repeat(64)));
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Innbo', '800000', '4000', '2310'],
      ['Ansvar', '10000000', '5000', '1980'],
    ]);
  });
});

describe('a PDF line that may be two rows run together', () => {
  // a farm certificate set at the line pitch: «Redskapshus, bygd» / «1994» over «Innbo og løsøre i» /
  // «våningshus», each row's figures on its first line — the reader could not tell where the second
  // row begins, and gave one line with both names and both rows' figures in each cell
  const doc = {
    file: 't.pdf', sha256: '0'.repeat(64), kind: 'pdf' as const, pages: 1, running: [],
    lines: [
      line(1, ['Forsikringsnummer 55501234']),
      line(2, ['Forsikring', 'Forsikringssum', 'Egenandel', 'Premie']),
      line(3, ['Driftsbygning, fjøs og låve', '18 400 000', '20 000', '27 615']),
      line(4, ['Redskapshus, bygd 1994 Innbo og løsøre i våningshus', '2 150 000 1 800 000', '20 000 10 000', '3 410 3 025'], true),
      line(5, ['Husdyr, storfe', '1 950 000', '10 000', '4 120']),
    ],
  };
  it('is no coverage (the second name would be the first one\'s object): a warning names the line', () => {
    const p = extractPolicy(doc, {});
    expect(p.coverages?.map((c) => c.product)).toEqual(['Driftsbygning, fjøs og låve', 'Husdyr, storfe']);
    expect(p.warnings.join('\n')).toMatch(/line 4: .*Redskapshus.* may be two rows run together/);
  });
});

describe('a broker\'s product and company columns drawn as one cell', () => {
  // a broker's overview as a PDF: «Forsikring Selskap» one space apart in the header, «Lausøyre KLP» in
  // every row — the column was not known, so every row lost its name and took the heading's
  const doc = {
    file: 't.pdf', sha256: '0'.repeat(64), kind: 'pdf' as const, pages: 1, running: [],
    lines: [
      line(1, ['Forsikringsoversikt 2026']),
      line(2, ['Eigedom og lausøyre']),
      line(3, ['Forsikring Selskap', 'Forsikringssum', 'Eigendel', 'Premie']),
      line(4, ['Kommunale bygg KLP', '2 480 000 000', '100 000', '2 041 300']),
      line(5, ['Lausøyre KLP', '310 000 000', '100 000', '171 380']),
      line(6, ['Kommunal ansvar Tryg', '100 000 000', '50 000', '149 100']),
    ],
  };
  it('is the product column; each row\'s insurer at the end of its cell is no part of the product', () => {
    const p = extractPolicy(doc, {});
    expect(p.coverages?.map((c) => [c.product, c.index_class, c.sum])).toEqual([
      ['Kommunale bygg', 'bygninger', '2480000000'],
      ['Lausøyre', 'maskin_losore', '310000000'],
      ['Kommunal ansvar', 'none', '100000000'],
    ]);
  });
  // docs/megler-oversikt-ombrutte-navn-steder-2027 printed with lo and groff: «Selskap Forsikring» one cell,
  // «Tryg Maskiner og inventar i sagbruk og høvleri» in its rows
  it('«Selskap Forsikring», the company first: each row\'s insurer at the start of its cell is no part of the product', () => {
    const first = {
      ...doc,
      lines: [
        line(1, ['Oversikt over forsikringene']),
        line(2, ['Selskap Forsikring', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Premie']),
        line(3, ['Tryg Maskiner og inventar i sagbruk og høvleri', 'Hatlestadvegen 31, 5282 Lonevåg', '9 750 000', '50 000', '16 830']),
        line(4, ['Protector Driftstap etter tingskade', 'Hatlestadvegen 31, 5282 Lonevåg', '14 000 000', '–', '6 940']),
      ],
    };
    const p = extractPolicy(first, {});
    expect(p.coverages?.map((c) => [c.product, c.object, c.index_class, c.premium])).toEqual([
      ['Maskiner og inventar i sagbruk og høvleri', 'Hatlestadvegen 31, 5282 Lonevåg', 'maskin_losore', '16830'],
      ['Driftstap etter tingskade', 'Hatlestadvegen 31, 5282 Lonevåg', 'none', '6940'],
    ]);
  });
});

describe('a sentence over the name column: the class word and the thing in two cells', () => {
  const doc = [
    'Det er avtalt forsikring på følgende            Forsikringssum     Egenandel    Årspremie (kr)',
    '',
    'Bygning    Garderobebygg Elvestad                    3 120 000        10 000             5 410',
    '           Gnr 41 Bnr 9, 1798 Aremark',
    'Eiendeler  Garderobebygg Elvestad                      280 000         6 000             1 320',
    'Tilhenger  Brenderup 1205 S - EK 3391',
    '           Ansvar                                                                          320',
    '           Kasko                                        38 000         4 000               610',
    'Arbeidsmaskin  Kantklipper Stiga 2019',
    '           Ansvar for skade på person og ting        10 000 000         5 000               890',
  ].join('\n');
  it('reads the class word as the product, the thing (and its place) as the object, the parts set in under a thing as its covers', () => {
    expect(parse(doc).coverages).toEqual([
      { product: 'Bygning', object: 'Garderobebygg Elvestad, Gnr 41 Bnr 9, 1798 Aremark', index_class: 'bygninger', sum: '3120000', deductible: '10000', premium: '5410' },
      { product: 'Eiendeler', object: 'Garderobebygg Elvestad', index_class: 'maskin_losore', sum: '280000', deductible: '6000', premium: '1320' },
      { product: 'Tilhenger', coverage: 'Ansvar', object: 'Brenderup 1205 S - EK 3391', index_class: 'none', premium: '320' },
      { product: 'Tilhenger', coverage: 'Kasko', object: 'Brenderup 1205 S - EK 3391', index_class: 'none', sum: '38000', deductible: '4000', premium: '610' },
      { product: 'Arbeidsmaskin', coverage: 'Ansvar for skade på person og ting', object: 'Kantklipper Stiga 2019', index_class: 'none', sum: '10000000', deductible: '5000', premium: '890' },
    ]);
  });
});

describe('an «Objekt» column that names things, beside a «Dekning» column', () => {
  // docs/landbruk-gardsbevis-objekt-dekning-2026: «Objekt | Dekning | Forsikringssum | Eigendel | Premie»
  // over «Våningshus | Fullverdi | Fullverdi | 10 000 | 12 480» under «Forsikringsstad: …»
  const place = 'Forsikringsstad: Haugen, gnr. 12 bnr. 4, Vinje kommune\n\n';
  it('the things are the products, the covers their coverage, the place line the object', () => {
    const p = parse(`${HEAD}${place}Objekt\tDekning\tForsikringssum\tEigendel\tPremie\nVåningshus\tFullverdi\tFullverdi\t10 000\t12 480\nLandbruksløsøre\tKombinert\t3 400 000\t20 000\t9 520\nHusdyr\tBrann og naturskade\t1 850 000\t20 000\t3 330\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.index_class])).toEqual([
      ['Våningshus', 'Fullverdi', 'Haugen, gnr. 12 bnr. 4, Vinje kommune', 'bygninger'],
      ['Landbruksløsøre', 'Kombinert', 'Haugen, gnr. 12 bnr. 4, Vinje kommune', 'maskin_losore'],
      ['Husdyr', 'Brann og naturskade', 'Haugen, gnr. 12 bnr. 4, Vinje kommune', 'none'],
    ]);
  });
  it('an «Objekt» column of things with no «Dekning» beside it: a farm\'s animals are a thing too, at the place line\'s place', () => {
    const p = parse(`${HEAD}${place}Objekt\tForsikringssum\tEigendel\tPremie\nVåningshus\tFullverdi\t10 000\t12 480\nHusdyr\t1 850 000\t20 000\t3 330\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Våningshus', 'Haugen, gnr. 12 bnr. 4, Vinje kommune', undefined],
      ['Husdyr', 'Haugen, gnr. 12 bnr. 4, Vinje kommune', '1850000'],
    ]);
  });
  it('an «Objekt» column of addresses stays the place, «Dekning» the product', () => {
    const p = parse(`${HEAD}Objekt\tDekning\tForsikringssum\tEgenandel\tPremie\nStorgata 4, 2317 Hamar\tNæringsbygg\t12 000 000\t10 000\t14 200\nStorgata 4, 2317 Hamar\tDriftsløsøre\t2 000 000\t10 000\t3 100\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object])).toEqual([
      ['Næringsbygg', undefined, 'Storgata 4, 2317 Hamar'],
      ['Driftsløsøre', undefined, 'Storgata 4, 2317 Hamar'],
    ]);
  });
});

describe('a broker\'s overview of several insurers: insurer first, then product, number and «Objekt / sted»', () => {
  // docs/nordlys-megler-oversikt-selskap-objekt-personer-2026: «Selskap | Forsikring | Polisenr. | Objekt / sted | …»
  const head = 'Selskap\tForsikring\tPolisenr.\tObjekt / sted\tForsikringssum\tEgenandel\tÅrspremie\n';
  const rows = 'Gjensidige\tNæringseiendom\t82 311 407\tFiskebryggen 3, 6600 Sunndalsøra\t48 500 000\t25 000\t61 240\nProtector\tYrkesskade\tP-4471\t38 ansatte\tEtter lov\t\t88 450\nProtector\tGruppeliv\tP-4471\t38 ansatte\t10 G\t\t22 160\n';
  it('a person cover\'s row is read though its first cell is the insurer; whom it insures is its object in a column of what is insured', () => {
    const p = parse(`${HEAD}${head}${rows}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([
      ['Næringseiendom', 'Fiskebryggen 3, 6600 Sunndalsøra', '48500000', '61240'],
      ['Yrkesskade', '38 ansatte', undefined, '88450'],
      ['Gruppeliv', '38 ansatte', { g: '10' }, '22160'],
    ]);
    expect(p.insured_persons).toEqual({ count: 38 });
  });
  it('numbers written in groups in the «Polisenr.» column are numbers too: several, none is the document\'s', () => {
    const p = parse(`${head}${rows}`);
    expect(p.policy_number).toBeUndefined();
    expect(p.warnings.some((w) => w.includes('82311407') && w.includes('P-4471'))).toBe(true);
  });
});

describe('a row\'s description on the line under its place', () => {
  // a private certificate copied from a PDF: the building's facts under its address, a boat's berth under the boat
  const doc = [
    'Forsikring          Forsikringssted / objekt             Forsikringssum    Egenandel    Årspremie',
    'Hus                 Lerkeveien 7, 3036 Drammen           Fullverdi             6 000        9 845',
    '                    Enebolig, byggeår 1968, 142 m² BRA',
    'Båt delkasko        XAB 123 Ibiza 22 Sport                 180 000             4 000        1 950',
    '                    Båthavn: Tangen båtforening, Drammen',
  ].join('\n');
  it('is the row\'s note, never part of its object', () => {
    expect(parse(`${HEAD}${doc}\n`).coverages?.map((c) => [c.product, c.object, c.note])).toEqual([
      ['Hus', 'Lerkeveien 7, 3036 Drammen', 'Enebolig, byggeår 1968, 142 m² BRA; Fullverdi'],
      ['Båt delkasko', 'XAB 123 Ibiza 22 Sport', 'Båthavn: Tangen båtforening, Drammen'],
    ]);
  });
  it('a description of several words before its comma («Laftet hytte, byggeår 1979») is the note too, in a «|» table', () => {
    const cabin = [
      '| Forsikring              | Forsikringssted                  | Forsikringssum | Egenandel | Pris per år |',
      '|-------------------------|----------------------------------|----------------|-----------|-------------|',
      '| Fritidsboligforsikring  | Høgfjellsvegen 220, 2640 Vinstra | 3 150 000      | 10 000    | 6 480       |',
      '|                         | Laftet hytte, byggeår 1979       |                |           |             |',
    ].join('\n');
    expect(parse(`${HEAD}${cabin}\n`).coverages?.map((c) => [c.product, c.object, c.note])).toEqual([
      ['Fritidsboligforsikring', 'Høgfjellsvegen 220, 2640 Vinstra', 'Laftet hytte, byggeår 1979'],
    ]);
  });
  // (a PDF of a co-op's table, tests/corpus/docs/gjensidige-borettslag-produkt-i-topp-sted-i-rad-2026: «Lamellblokk, 4 etasjer, 48 leiligheter»
  // wrapped into the place's cell — its floors and flats are a building's facts, no part of the place)
  it('a description by floors or flats («Lamellblokk, 4 etasjer, 48 leiligheter») is the note too', () => {
    const block = [
      '| Forsikring | Forsikringssted                                                        | Forsikringssum | Egenandel | Pris per år |',
      '|------------|------------------------------------------------------------------------|----------------|-----------|-------------|',
      '| Bygning    | Tollbugata 10–14, 3044 Drammen Lamellblokk, 4 etasjer, 48 leiligheter | 184 600 000    | 20 000    | 71 880      |',
    ].join('\n');
    expect(parse(`${HEAD}${block}\n`).coverages?.map((c) => [c.product, c.object, c.note])).toEqual([
      ['Bygning', 'Tollbugata 10–14, 3044 Drammen', 'Lamellblokk, 4 etasjer, 48 leiligheter'],
    ]);
  });
});

describe('a numbered place line over a table', () => {
  // a business certificate of two places: «Forsikringssted 1: Industriveien 22, 2815 Gjøvik» over its table
  it('the number is no part of the place', () => {
    const p = parse(`${HEAD}Forsikringssted 1: Industriveien 22, 2815 Gjøvik\n\nForsikring                         Forsikringssum         Egenandel          Premie\nBygning                            32 500 000             25 000             38 850\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Bygning', 'Industriveien 22, 2815 Gjøvik']]);
  });
});

describe('a «Sted» column of numbers, the places listed above with their use in brackets', () => {
  // a shop's certificate: «Forsikringssted 1: Storgata 5, 4480 Kvinesdal (butikk og lager)» over «Dekning  Sted  …» and
  // «Varer   1   kr 1.250.000,-   …», «Avbruddstap, 12 mnd   1–2   …»
  const doc = [
    'Forsikringssted 1: Strandveien 5, 9008 Tromsø (butikk)',
    'Forsikringssted 2: Sjøgata 9, 9008 Tromsø (lager, leid)',
    '',
    'Dekning                 Sted   Forsikringssum       Egenandel        Pris pr. år',
    'Varer                     1    kr   900.000,-       kr 10.000,-      kr  4.105,-',
    'Varer                     2    kr   400.000,-       kr 10.000,-      kr  2.720,-',
    'Avbruddstap, 12 mnd     1–2    kr 1.800.000,-       1 virkedag       kr  3.380,-',
  ].join('\n');
  it('the place is the address to its town, the use the row\'s note; a row at places 1–2 has no one place, said so', () => {
    const p = parse(`${HEAD}${doc}\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.note])).toEqual([
      ['Varer', 'Strandveien 5, 9008 Tromsø', 'butikk'],
      ['Varer', 'Sjøgata 9, 9008 Tromsø', 'lager, leid'],
      ['Avbruddstap, 12 mnd', undefined, '1 virkedag'],
    ]);
    expect(p.warnings.some((w) => /«1–2» of Avbruddstap, 12 mnd is more than one place/.test(w))).toBe(true);
  });
});

describe('an «Indeks» column', () => {
  // a farm certificate copied from a PDF: the last column says which index each row's sum follows
  const doc = [
    'Forsikring            Forsikringsstad          Forsikringssum   Eigenandel   Årspremie   Indeks',
    'Driftsbygning         Hauglandsvegen 41        11 800 000           20 000      21 310   Bygning',
    'Maskiner og reiskap   Hauglandsvegen 41         2 400 000           10 000       6 775   Lausøyre',
    'Husdyr – storfe       Hauglandsvegen 41         1 140 000            6 000       4 480   Ingen',
  ].join('\n');
  it('states each row\'s index class: «Ingen» is none, over what the name would give', () => {
    expect(parse(`${HEAD}${doc}\n`).coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Driftsbygning', 'bygninger'],
      ['Maskiner og reiskap', 'maskin_losore'],
      ['Husdyr – storfe', 'none'],
    ]);
  });
});

describe('stock with a description in brackets under «Eiendeler»', () => {
  // «Eiendeler» / «Forsikringssted: …» over «Dekning | Forsikringssum | …» and «Varer (deler og dekk)»
  it('is stock: the bracket names no class and is no part of the name that gives one', () => {
    const p = parse(`${HEAD}Eiendeler\nForsikringssted: Verkstedvegen 3, 2211 Kongsvinger\nDekning                   Forsikringssum        Egenandel        Pris\nMaskiner og inventar        3 200 000 kr        10 000 kr         7 985 kr\nVarer (deler og dekk)         850 000 kr        10 000 kr         2 210 kr\n`);
    expect(p.coverages?.map((c) => [c.coverage, c.index_class])).toEqual([
      ['Maskiner og inventar', 'maskin_losore'],
      ['Varer (deler og dekk)', 'varer'],
    ]);
  });
});

// A table cut by a page break, its header printed again on the next page under the running header
// (docs/klp-kommune-tabell-over-sideskift-2027).
describe('a table whose header is repeated after a page break', () => {
  it('goes on: the rows after the break keep the product the heading gave the table, their names as objects', () => {
    const head = 'Objekt                  Forsikringsstad                 Forsikringssum  Eigenandel  Årspremie';
    const text = [
      'KLP Skadeforsikring AS                                              FORSIKRINGSOVERSIKT 2027',
      'Avtalenummer: 4400 2718',
      '',
      'Forsikringsbevis Kommunal eigedom',
      '',
      head,
      'Lærdal rådhus           Øyraplassen 7, 6887 Lærdal          78 400 000      50 000     42 180',
      'Lærdal skule            Skulevegen 12, 6887 Lærdal         112 600 000      50 000     58 930',
      '',
      'Side 1 av 2',
      '\fKLP Skadeforsikring AS                                              FORSIKRINGSOVERSIKT 2027',
      '',
      head,
      'Lærdal helsetun         Tønjumsvegen 2, 6887 Lærdal         96 800 000      50 000     51 470',
      'Side 2 av 2',
    ].join('\n');
    const p = extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.object, c.index_class])).toEqual([
      ['Kommunal eigedom', 'Lærdal rådhus, Øyraplassen 7, 6887 Lærdal', 'bygninger'],
      ['Kommunal eigedom', 'Lærdal skule, Skulevegen 12, 6887 Lærdal', 'bygninger'],
      ['Kommunal eigedom', 'Lærdal helsetun, Tønjumsvegen 2, 6887 Lærdal', 'bygninger'],
    ]);
  });
  it('«Bygninger (fortsatt)» over the header again: the same product, without the word that says it goes on', () => {
    const text = [
      'Forsikringsoversikt',
      '',
      'Bygninger',
      'Bygning         Forsikringssum   Pris/år',
      'Stabbur                450 000       880',
      'Side 1 av 2',
      '\fBygninger (fortsatt)',
      'Bygning         Forsikringssum   Pris/år',
      'Vedskjul               180 000       420',
    ].join('\n');
    const p = extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Bygninger', 'Stabbur'],
      ['Bygninger', 'Vedskjul'],
    ]);
  });
});

// A table going on on the next page under a page header that no other page repeats
// (docs/hjelmeland-brannkasse-gard-tospalte-nynorsk-2027).
describe('a table going on under the next page\'s own header', () => {
  const page1 = [
    'Hjelmeland Brannkasse                                             Side 1 av 2',
    'Avtalenummer: HB 3307 21',
    '',
    'Forsikra på garden',
    'Forsikring              Forsikringssum      Pris',
    'Løe og fjøs                  5 400 000    10 120',
    'Naust                          320 000       690',
    '',
    'Hjelmeland Brannkasse, org.nr. 937 882 211',
  ];
  it('«Svein Tjelta, avtale HB 3307 21» under «Side 2 av 2»: the rows under it are the table\'s, its header not printed again', () => {
    // «Svein Tjelta, avtale HB 3307 21» over «Landbruksmaskiner      1 600 000     3 880»
    const text = [
      ...page1,
      '\fHjelmeland Brannkasse                                             Side 2 av 2',
      'Svein Tjelta, avtale HB 3307 21',
      '',
      'Landbruksmaskiner            1 600 000     3 880',
      'Ansvar gard                 10 000 000     1 150',
      '',
      'Hjelmeland Brannkasse, org.nr. 937 882 211',
    ].join('\n');
    expect(parse(text).coverages?.map((c) => [c.product, c.sum, c.premium])).toEqual([
      ['Løe og fjøs', '5400000', '10120'],
      ['Naust', '320000', '690'],
      ['Landbruksmaskiner', '1600000', '3880'],
      ['Ansvar gard', '10000000', '1150'],
    ]);
  });
  it('a sentence with an amount there is no page header: the table ends', () => {
    const text = [...page1, '\fHjelmeland Brannkasse                                             Side 2 av 2', 'Ny pris for året er kr 11 500.', '', 'Landbruksmaskiner            1 600 000     3 880', '', 'Hjelmeland Brannkasse, org.nr. 937 882 211'].join('\n');
    expect(parse(text).coverages?.map((c) => c.product)).not.toContain('Landbruksmaskiner');
  });
});

describe('a fleet list under its product', () => {
  // docs/gjensidige-motorvogn-kjoretoyliste-2026: «Forsikring: Næringsbil - kjøretøyliste» over «| Regnr. | Kjøretøy | Dekning | …»
  const ROWS = ['| Regnr.   | Kjøretøy                     | Dekning  | Egenandel | Årspremie |', '|----------|------------------------------|----------|-----------|-----------|', '| EL 61420 | Volkswagen ID. Buzz, 2024    | Kasko    | kr 10 000 | kr 14 220 |', '| KH 4471  | Tilhenger Anssems, 2015      | Ansvar   | -         | kr 980    |', ''];

  it("has the caption's product, each plate its row's object — the make and model no product", () => {
    const p = parse(HEAD + ['Forsikring: Næringsbil - kjøretøyliste', '', ...ROWS].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([
      ['Næringsbil', 'Kasko', 'EL 61420', '10000', '14220'],
      ['Næringsbil', 'Ansvar', 'KH 4471', undefined, '980'],
    ]);
  });

  it('with no product above («Kjøretøyoversikt»), the model still names each row', () => {
    const p = parse(HEAD + ['Kjøretøyoversikt', '', ...ROWS].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Volkswagen ID. Buzz, 2024', 'EL 61420'],
      ['Tilhenger Anssems, 2015', 'KH 4471'],
    ]);
  });
});

describe('a cover level in the sum column of a broker\'s overview', () => {
  // «Bilforsikring     If           SP7700218       EB 90211 Volvo XC40            Kasko          8 000       8 640»
  it('is the row\'s coverage, no sum and nothing unread — before, a warning and «Kasko» as a note', () => {
    const p = parse('Forsikringsoversikt\n\nForsikring\tForsikret objekt\tSum\tEgenandel\tPremie/år\nBilforsikring\tDK 41120 Skoda Octavia\tDelkasko\t6 000\t5 480\nInnboforsikring\tLinvegen 3, 2830 Raufoss\t1 800 000\t4 000\t3 100\n');
    expect(p.coverages?.[0]).toMatchObject({ product: 'Bilforsikring', coverage: 'Delkasko', object: 'DK 41120 Skoda Octavia', deductible: '6000', premium: '5480' });
    expect(p.coverages?.[0]?.sum).toBeUndefined();
    expect(p.warnings.filter((w) => w.includes('Delkasko'))).toEqual([]);
  });
});

describe('a vehicle column beside the product column', () => {
  // «Produkt        Kjøretøy                          Dekning     Egenandel   Årspris» over «Bilforsikring  EK 48213 Tesla Model Y  Kasko  6.000  9.864»
  it('holds each row\'s vehicle, the object — before, the plate and the model were lost', () => {
    const p = parse('Oversikt\n\nProdukt\tKjøretøy\tDekning\tEgenandel\tÅrspris\nBilforsikring\tDP 20417 Toyota Corolla\tKasko\t5.000\t7.410\nMotorsykkelforsikring\tMC 1182 Honda CB500\tDelkasko\t3.000\t2.180\n');
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage])).toEqual([
      ['Bilforsikring', 'DP 20417 Toyota Corolla', 'Kasko'],
      ['Motorsykkelforsikring', 'MC 1182 Honda CB500', 'Delkasko'],
    ]);
  });
});

describe("a vehicle's second cover on the line under it", () => {
  // «EK 12345    Volkswagen Crafter 35        2022   Kasko           kr 8 000    kr 14 220» / «                                                Ansvar             kr 0     kr 4 610»
  it('is the same vehicle\'s: its plate carried down — before, the cover had no object', () => {
    const p = parse('LASTEBIL\n\nRegnr.\tMerke/modell\tDekning\tEgenandel\tÅrspremie\nZT 40112\tScania R450\tKasko\tkr 20 000\tkr 31 400\n\t\tAnsvar\tkr 0\tkr 9 870\nZT 40113\tScania R450\tDelkasko\tkr 10 000\tkr 18 200\n');
    expect(p.coverages?.map((c) => [c.object, c.coverage])).toEqual([
      ['ZT 40112', 'Kasko'],
      ['ZT 40112', 'Ansvar'],
      ['ZT 40113', 'Delkasko'],
    ]);
  });
});

describe('tables copied from PDFs and quoted in e-mails', () => {
  // docs/eika-epost-sitert-strektabell-egenandel-liste-2026: «> | Produkt | Forsikringssted | …» under «> Fornyelse gjelder fra …»
  it('a | table quoted behind «> » is read, its markers off', () => {
    const p = parse(`Fra: a@b.no\nSendt: 12. november 2025 13:15\n\nAvtalenummer: EB 552 118\n\n> Fornyelse gjelder fra 1. januar 2026\n>\n> | Produkt | Forsikringssted | Forsikringssum | Egenandel | Premie |\n> |---|---|---|---|---|\n> | Næringsbygg | Industrivegen 4, 2816 Gjøvik | 14 200 000 | 20 000 | 22 480 |\n> | Bedriftsansvar | | 10 000 000 | 10 000 | 3 860 |\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([
      ['Næringsbygg', 'Industrivegen 4, 2816 Gjøvik', '14200000', '22480'],
      ['Bedriftsansvar', undefined, '10000000', '3860'],
    ]);
  });

  // docs/fremtind-sameie-bevis-side-skraastrek-premie-i-alt-2026: «… Org.nr. 915 651 232   side 1/2» / «Polisenr. …   side 2/2» between rows, «Premie i alt» under them
  it('a footer and header with «side 1/2» are no rows, «Premie i alt» is the total, «– Pluss» the level', () => {
    const p = parse(`Polisenr.:     SAM-77 410 286\n\nForsikringssted:   Elvebakken 3, 7013 Trondheim\n\nDekning                       Sum (kr)           Egenandel   Premie (kr)\nBoligbygg sameie – Pluss      Fullverdi          10 000      54 310\n\nFREMTIND FORSIKRING · Org.nr. 915 651 232                            side 1/2\n-----------------------------------------------------------------------------\nPolisenr. SAM-77 410 286                                             side 2/2\n\nFellesinnbo                   250 000            4 000       940\n\nPremie i alt                                     55 250\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.premium])).toEqual([
      ['Boligbygg sameie', 'Pluss', undefined, '54310'],
      ['Fellesinnbo', undefined, '250000', '940'],
    ]);
  });

  // docs/tryg-kommune-polise-strektabell-forsikringsform-indeks-2026: «| Kunst og utsmykning | … | Førsterisiko, indeksreguleres ikke | 3.000.000 | 20.000 | 4.150 |»
  it('a form cell «Førsterisiko, indeksreguleres ikke»: the row is read, its sum first-risk, its class none', () => {
    const p = parse(`${HEAD}| Produkt | Forsikringssted | Forsikringsform | Forsikringssum | Egenandel | Premie |\n|---|---|---|---|---|---|\n| Kunst og utsmykning | Rådhuset, Torggata 2, 2380 Brumunddal | Førsterisiko, indeksreguleres ikke | 3.000.000 | 20.000 | 4.150 |\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.index_class])).toEqual([['Kunst og utsmykning', { first_risk: '3000000' }, 'none']]);
  });
});

describe('a table with no product column under a caption of the things insured', () => {
  // holdout 59 norsk-hussopp: «Produkt   Hussopp- og skadedyrforsikring» in the head, «Forsikrede bygninger» over
  // «Bygg  Adresse  Boenheter  Årspremie» and «A  Solbakken 2, 1415 Oppegård  48  kr 11 520»
  const table = 'Forsikrede bygninger\n\n  Bygg  Adresse                              Boenheter  Årspremie\n  A     Solbakken 2, 1415 Oppegård           48         kr 11 520\n  B     Solbakken 4, 1415 Oppegård           36         kr  8 640\n';
  it('the rows are the head\'s «Produkt», each at its address; the unknown columns and the bare mark are no field', () => {
    const p = parse(`${HEAD}Produkt                Hussopp- og skadedyrforsikring\n\n${table}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([
      ['Hussopp- og skadedyrforsikring', 'Solbakken 2, 1415 Oppegård', undefined, '11520'],
      ['Hussopp- og skadedyrforsikring', 'Solbakken 4, 1415 Oppegård', undefined, '8640'],
    ]);
  });
  it('no «Produkt» in the head: the rows are not read, and said so', () => {
    const p = parse(`${HEAD}${table}`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/2 lines with amounts were not read/);
  });
});

describe('a section line that names its insurer between a broker\'s table rows', () => {
  // holdout 59 soderberg-partners-konsern: «MATFISK / HAVBRUK  -  forsikringsgiver: Gjensidige (polise 91 204 556)» /
  // «Hovedforfall 01.01.» over «Lokalitet Husevågøy (nr. 12870)   Fisk i sjø   180.000.000   …»
  const header = '  Forsikringssted                       Gjenstand      Forsikringssum   Egenandel   Premie\n';
  const first = 'EIENDOM  -  forsikringsgiver: If Skadeforsikring (polise SP 771 204)\nHovedforfall 01.04.\n' + header + '  Kaiveien 3, 6700 Måløy                Bygning        96.400.000       100.000     148.300\n\n';
  it('no row and no end of the table: the rows under it are read in its columns', () => {
    const p = parse(`${HEAD}${first}LAGER  -  forsikringsgiver: Gjensidige (polise 91 204 556)\nHovedforfall 01.01.\n  Lagervegen 2, 6700 Måløy              Varer          22.000.000       100.000      41.800\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([
      ['Bygning', 'Kaiveien 3, 6700 Måløy', '96400000', '148300'],
      ['Varer', 'Lagervegen 2, 6700 Måløy', '22000000', '41800'],
    ]);
  });
  it('over lines of other columns it ends the table: no row of its dash, nothing read from them', () => {
    const p = parse(`${HEAD}${first}ANSVAR  -  forsikringsgiver: Tryg (polise 6611-40231)\nHovedforfall 01.04.\n  Bedrifts- og produktansvar            20.000.000 per skade / 40.000.000 per år\n  Egenandel 50.000                      Premie 118.600\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Bygning']);
  });
});

describe('«Objekt» beside a place column', () => {
  // holdout 52 hdi-eiendom-polise: «Forsikringssted 1: Kaiveien 3, 8300 Svolvær» … «Sted  Objekt  Forsikringssum  Indeks  Egenandel
  // Premie» over «1  Produksjonsbygg  64 500 000  Bygning  100 000  58 050»
  it('the thing is the row\'s product, the numbered place its object; the «Indeks» column is no field', () => {
    const p = parse(`${HEAD}Forsikringssted 1: Kaiveien 3, 8300 Svolvær\nForsikringssted 2: Strandvegen 8, 8310 Kabelvåg\n\nSpesifikasjon av forsikringssummer\n\nSted  Objekt                   Forsikringssum   Indeks     Egenandel    Premie\n1     Produksjonsbygg              64 500 000   Bygning      100 000    58 050\n2     Lager                         9 800 000   Bygning       50 000    14 210\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Produksjonsbygg', 'Kaiveien 3, 8300 Svolvær', '64500000', '100000', '58050'],
      ['Lager', 'Strandvegen 8, 8310 Kabelvåg', '9800000', '50000', '14210'],
    ]);
  });
});

describe('a kroner row among a person product\'s G rows, and the premium named by the product under them', () => {
  // after 59 storebrand-personal-yrkesskade-forsikringsbevis: «• Behandlingsutgifter   kr 50 000» under «Ytelse   Forsikringssum»
  // after G rows became a coverage of its own, and «Årspremie fritidsulykke: kr 41 280» one more
  const doc =
    `${HEAD}FRITIDSULYKKE (24-timersdekning)\nGjelder ulykkesskade utenom arbeid.\n\n` +
    '  Ytelse                                         Forsikringssum\n' +
    '  • Medisinsk invaliditet                        10 G\n' +
    '  • Dødsfall                                     3 G\n' +
    '  • Behandlingsutgifter                          kr 50 000\n\n' +
    'Årspremie fritidsulykke:                         kr 41 280\n';
  it('is the item\'s sum, and the premium line the product\'s premium', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      [
        'FRITIDSULYKKE (24-timersdekning)',
        '41280',
        [
          ['Medisinsk invaliditet', { g: '10' }],
          ['Dødsfall', { g: '3' }],
          ['Behandlingsutgifter', '50000'],
        ],
      ],
    ]);
  });
  it('a premium overview after other lines is no item: «PREMIEOVERSIKT» over «Eiendom og avbrudd   kr 111 855»', () => {
    const p = parse(`${doc}\nPREMIEOVERSIKT\n  Eiendom og avbrudd                  kr 111 855\n  Ansvar                               kr 20 550\n`);
    expect(p.coverages?.[0]?.items?.map((i) => i.name)).toEqual(['Medisinsk invaliditet', 'Dødsfall', 'Behandlingsutgifter']);
  });
});

describe("a machine's registration line under its model, beside its second cover", () => {
  // holdout 61, Landkreditt: «Traktor   John Deere 6155R   Kasko …» over «   reg. DK 4418, årsmodell 2021   Brann/tyveri …»
  // over «   Ansvar   lovbestemt   0   2.140»
  it("every cover of the machine is named by its model, not its plate line", () => {
    const doc =
      'Forsikringsnummer ............ LKF-40 2291\n\nForsikring     Objekt                         Dekning        Forsikringssum    Egenandel   Premie\n' +
      'Traktor        John Deere 6155R               Kasko          1.450.000         20.000      9.870\n' +
      '               reg. DK 4418, årsmodell 2021   Brann/tyveri                     6.000       inkl.\n' +
      '                                              Ansvar         lovbestemt        0           2.140\n' +
      'Arbeidsmaskin  Volvo EC140E                   Kasko          1.980.000         30.000      14.320\n' +
      '               serienr. 140E-77321            Brann/tyveri                     10.000      inkl.\n';
    expect(parse(doc).coverages?.map((c) => [c.product, c.object, c.coverage])).toEqual([
      ['Traktor', 'John Deere 6155R', 'Kasko'],
      ['Traktor', 'John Deere 6155R', 'Brann/tyveri'],
      ['Traktor', 'John Deere 6155R', 'Ansvar'],
      ['Arbeidsmaskin', 'Volvo EC140E', 'Kasko'],
      ['Arbeidsmaskin', 'Volvo EC140E', 'Brann/tyveri'],
    ]);
  });
  // holdout 61, Tryg: «Driftsbygning     Brendvegen 61,  …» over «Gnr 88 Bnr 3, 2640 Vinstra» over «Fjøs/låve, byggeår 1987»
  it("a building's kind with a slash under the place is no part of the object", () => {
    const doc =
      'Polisenummer          6624-118807\n\nForsikring        Forsikringssted              Sum              Egenandel    Premie\n' +
      'Driftsbygning     Brendvegen 61,               kr 14 250 000    kr 10 000    kr 19 840\n' +
      '                  Gnr 88 Bnr 3, 2640 Vinstra\n' +
      '                  Fjøs/låve, byggeår 1987\n' +
      'Kårbolig          Brendvegen 63,               kr 3 100 000     kr 10 000    kr 4 090\n' +
      '                  Gnr 88 Bnr 5, 2640 Vinstra\n';
    expect(parse(doc).coverages?.map((c) => c.object)).toEqual(['Brendvegen 61, Gnr 88 Bnr 3, 2640 Vinstra', 'Brendvegen 63, Gnr 88 Bnr 5, 2640 Vinstra']);
  });
});

describe('an «Interesse» table under a place and a line of the building\'s facts', () => {
  // private-holdout46/protector-eiendom-forsikringsbevis-2026 (lines 14–21): «Forsikringssted: Brodtkorbsgate 6, 1338 Sandvika»,
  // «Forretningsbygg, 4 etasjer, bruttoareal 5 210 m2, byggeår 1986», then «Interesse   Forsikringssum   Egenandel   Indeks»
  it('each row names its product, at the place above the facts line', () => {
    const p = parse(`${HEAD}Lokasjon 1\nForsikringssted: Ringvegen 40, 2815 Gjøvik\nLager og kontor i to etasjer, bruksareal 2 400 m2, byggeår 1994\n\n  Interesse                  Forsikringssum          Egenandel        Indeks\n  Bygning                    NOK 38 900 000,-        NOK 25 000,-     Ja\n  Husleietap 12 mnd          NOK 3 600 000,-         NOK 25 000,-     Ingen\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.index_class])).toEqual([
      ['Bygning', 'Ringvegen 40, 2815 Gjøvik', '38900000', '25000', 'bygninger'],
      ['Husleietap 12 mnd', 'Ringvegen 40, 2815 Gjøvik', '3600000', '25000', 'none'],
    ]);
  });
});

describe('a numbered table of things and their places beside a cover column', () => {
  // private-holdout53/protector-naering-polise-indeks-pdf (lines 13–21): «Nr Objekt / sted   Dekning   Sum kr   Indeks …» over
  // «1  Lagerbygg   Brann og vann   36 800 000  Bygg …» and «   Kaiveien 2, 5300 Kleppestø»
  const TABLE = 'Nr Objekt / sted                  Dekning         Sum kr     Indeks  Egenandel kr  Premie kr\n1  Verkstedhall                   Brann og vann   24 600 000  Bygg         30 000     27 450\n   Sundvikveien 8, 4760 Birkeland\n2  Flytebrygge                    Brann            1 800 000  Ingen        20 000      2 160\n   Sundvikveien 8, 4760 Birkeland\n';
  it('each row\'s thing is its product, its place the object and «Dekning» the cover', () => {
    const p = parse(`${HEAD}FORSIKREDE OBJEKTER\n\n${TABLE}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.sum, c.index_class])).toEqual([
      ['Verkstedhall', 'Sundvikveien 8, 4760 Birkeland', 'Brann og vann', '24600000', 'bygninger'],
      ['Flytebrygge', 'Sundvikveien 8, 4760 Birkeland', 'Brann', '1800000', 'none'],
    ]);
  });
  it('a sum run into the cover\'s cell is a warning, not a row read one column off', () => {
    const p = parse(`${HEAD}FORSIKREDE OBJEKTER\n\n${TABLE}3  Ansvar                         Bedrift/produkt 20 000 000  -            25 000      9 800\n`);
    expect(p.coverages?.some((c) => c.product === 'Ansvar' || c.coverage?.includes('20 000 000'))).toBe(false);
    expect(p.warnings.some((w) => w.includes('Bedrift/produkt 20 000 000'))).toBe(true);
  });
});

describe('a machine\'s registration or serial number on the line under its name', () => {
  // private-holdout61/landkreditt-maskinpark-entreprenor (lines 12–15): «Traktor   John Deere 6155R   Kasko …» over
  // «   reg. DK 4418, årsmodell 2021   Brann/tyveri …» and «   Ansvar   lovbestemt …»
  it('is the same machine\'s row, and the empty row under it too', () => {
    const p = parse(`${HEAD}Forsikring     Objekt                         Dekning        Forsikringssum    Egenandel   Premie\nTraktor        Valtra N175                    Kasko          1.120.000         15.000      8.230\n               reg. EL 3307, årsmodell 2020   Brann/tyveri                     5.000       inkl.\n                                              Ansvar         lovbestemt        0           1.870\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.deductible])).toEqual([
      ['Traktor', 'Valtra N175', 'Kasko', '15000'],
      ['Traktor', 'Valtra N175', 'Brann/tyveri', '5000'],
      ['Traktor', 'Valtra N175', 'Ansvar', '0'],
    ]);
  });
});

describe('a building\'s kind named with a slash under a row\'s wrapped place', () => {
  // private-holdout61/tryg-landbruk-gardsbruk (lines 16–18): «Driftsbygning   Brendvegen 61,   kr 14 250 000 …» over
  // «   Gnr 88 Bnr 3, 2640 Vinstra» and «   Fjøs/låve, byggeår 1987»
  it('describes the building and is no part of the place', () => {
    const p = parse(`${HEAD}Forsikring        Forsikringssted              Sum              Egenandel    Premie\nDriftsbygning     Nordgardsvegen 12,           kr 9 800 000     kr 10 000    kr 13 460\n                  Gnr 41 Bnr 2, 6150 Ørsta\n                  Garasje/uthus, byggeår 1979\nVåningshus        Nordgardsvegen 12,           kr 4 200 000     kr 10 000    kr 5 380\n                  Gnr 41 Bnr 2, 6150 Ørsta\n`);
    expect(p.coverages?.map((c) => c.object)).toEqual(['Nordgardsvegen 12, Gnr 41 Bnr 2, 6150 Ørsta', 'Nordgardsvegen 12, Gnr 41 Bnr 2, 6150 Ørsta']);
  });
});

describe('a header repeated after a page break with «(forts.)» under it', () => {
  // 64/protector-kommune-eiendom: «Forsikringssted   Forsikring   Sum (NOK) …» over «(forts.)» at the top of page 2
  it('goes on with the table: the rows after the break keep their places', () => {
    const doc = [
      'Polisenummer     PR-0041187',
      '',
      'Forsikringssted                  Forsikring     Sum (NOK)       Egenandel (NOK)   Premie (NOK)',
      'Harestua skole, Skolevegen 12,   Bygning        187.200.000     100.000           104.655',
      '2743 Harestua',
      '\fForsikringssted                  Forsikring     Sum (NOK)       Egenandel (NOK)   Premie (NOK)',
      '(forts.)',
      'Grua brannstasjon, Gruavegen     Bygning        22.600.000      100.000           13.870',
      '8, 2742 Grua',
    ].join('\n');
    expect(parse(doc).coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Bygning', 'Harestua skole, Skolevegen 12, 2743 Harestua', '187200000'],
      ['Bygning', 'Grua brannstasjon, Gruavegen 8, 2742 Grua', '22600000'],
    ]);
  });
});

describe('a table whose first header cell names the product of its rows', () => {
  // 64/norsk-hussopp-sameie-fornyelse: «Bygning   Forsikringssum   Egenandel   Årspremie» over places, each described on a
  // line set in under it; «Fellesløsøre …»; «Styreansvar …» over a row with no first cell
  it('reads the rows\' first cells as places, the header\'s word as their product, and a row with an empty first cell as a row', () => {
    const doc = [
      'Forsikringsnummer: 2201 4456',
      '',
      'Bygning                            Forsikringssum       Egenandel      Årspremie',
      'Bøgata 31–35, 0655 Oslo            kr 268 900 000       kr 15 000      kr 96 310',
      '  Boligblokk, 6 etasjer, 84 leil.',
      'Kampenveien 2, 0655 Oslo           kr 7 850 000         kr 15 000      kr 3 270',
      '  Fellesbygg med vaskeri',
      '',
      'Fellesløsøre                       Forsikringssum       Egenandel      Årspremie',
      'Bøgata 31–37, 0655 Oslo            kr 600 000           kr 5 000       kr 940',
      '',
      'Styreansvar                        Forsikringssum       Egenandel      Årspremie',
      '                                   kr 10 000 000        kr 0           kr 2 400',
    ].join('\n');
    expect(parse(doc).coverages?.map((c) => [c.product, c.object, c.sum, c.note])).toEqual([
      ['Bygning', 'Bøgata 31–35, 0655 Oslo', '268900000', 'Boligblokk, 6 etasjer, 84 leil.'],
      ['Bygning', 'Kampenveien 2, 0655 Oslo', '7850000', 'Fellesbygg med vaskeri'],
      ['Fellesløsøre', 'Bøgata 31–37, 0655 Oslo', '600000', undefined],
      ['Styreansvar', undefined, '10000000', undefined],
    ]);
  });
  it('keeps a first column of things as the rows\' names when its cells are no places («Bygning» over «Våningshus»)', () => {
    const doc = [
      'Forsikringsnummer: 2201 4456',
      '',
      'Bygning                            Forsikringssum       Egenandel      Årspremie',
      'Våningshus                         kr 4 200 000         kr 10 000      kr 6 310',
      'Fjøs                               kr 3 100 000         kr 10 000      kr 5 140',
    ].join('\n');
    expect(parse(doc).coverages?.map((c) => c.product)).toEqual(['Våningshus', 'Fjøs']);
  });
});

describe('a product heading with its cover level alone at the right, over a table of places with a lot broken at its end', () => {
  // a renewal letter's overview: «Næringsbygg   Pluss» (the level without «Dekning:»), then «Forsikringssted | …» rows, a
  // building's description under each, and a place whose lot breaks between its gårdsnummer and its bruksnummer
  const DOC =
    'FORSIKRINGSOVERSIKT\n\n' +
    'Næringsbygg                                                   Pluss\n' +
    'Forsikringssted                      Forsikringssum    Egenandel       Årspremie\n' +
    'Storgata 8, 3611 Kongsberg              31 200 000       20 000          27 400\n' +
    'Kontorbygg, byggeår 1992\n' +
    'Industrivegen 3, Gnr 12                  9 400 000       20 000          10 150\n' +
    'Bnr 88, 3614 Kongsberg\n' +
    'Lager, byggeår 2004\n';
  it('the level is every row\'s coverage, the lot whole', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum])).toEqual([
      ['Næringsbygg', 'Pluss', 'Storgata 8, 3611 Kongsberg', '31200000'],
      ['Næringsbygg', 'Pluss', 'Industrivegen 3, Gnr 12 Bnr 88, 3614 Kongsberg', '9400000'],
    ]);
  });
});

describe('a figure the table has no column for, labelled on a line set in under a row', () => {
  // private-holdout93: a letter's «Dine forsikringer» over «Forsikring | Gjelder for | Egenandel | Pris/år», the contents'
  // sum set in under its row («  Forsikringssum 1.200.000 kr»), then the car's row
  it('is the row\'s, and the rows under it are read', () => {
    const p = parse(`${HEAD}Dine forsikringer\nForsikring                 Gjelder for                     Egenandel     Pris/år\nHusforsikring              Bjørndalsveien 3, 7092 Tiller   8.000 kr      7.416 kr\nInnboforsikring            Bjørndalsveien 3, 7092 Tiller   4.000 kr      2.904 kr\n  Forsikringssum 1.200.000 kr\nBilforsikring Kasko        ZT 48112, Volkswagen ID.4       8.000 kr      9.288 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Husforsikring', undefined, '8000', '7416'],
      ['Innboforsikring', '1200000', '4000', '2904'],
      ['Bilforsikring', undefined, '8000', '9288'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a figure of a kind the table has a column for is no such line', () => {
    const p = parse(`${HEAD}Forsikring                 Gjelder for                     Egenandel     Pris/år\nInnboforsikring            Bjørndalsveien 3, 7092 Tiller   4.000 kr      2.904 kr\n  Egenandel 6.000 kr\n`);
    expect(p.coverages?.map((c) => c.deductible)).toEqual(['4000']);
  });
});
