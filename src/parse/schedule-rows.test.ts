import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { rowIndexClass } from './index-class.js';
import { productLine } from './schedule-names.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\n';

describe('a column per year', () => {
  it('the newest year is the sum and premium of the row; older years are not read', () => {
    const p = parse(`${HEAD}Forsikring;Forsikringssted;Sum 2023;Sum 2024;Egenandel;Premie 2023;Premie 2024\nNæringsbygg;Storgata 1, 0155 Oslo;24 500 000;26 950 000;20 000;38 120;41 930\nDriftstap;;12 000 000;12 500 000;;8 300;8 960\nSum;;;;;46 420;50 890\n`);
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', object: 'Storgata 1, 0155 Oslo', index_class: 'bygninger', sum: '26950000', deductible: '20000', premium: '41930' },
      { product: 'Driftstap', index_class: 'none', sum: '12500000', premium: '8960' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('two columns of one figure and one year are not told apart by a year: neither is read, and a warning says so', () => {
    const p = parse(`${HEAD}Forsikring\tEgenandel\tSum 2024\tSum 2024\nBygning\t10 000\t1 000 000\t2 000 000\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Bygning', deductible: '10000' });
    expect(p.coverages?.[0]?.sum).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('could not tell which of the columns');
  });
  it('«… | Premie 2025 | Premie 2026» with the years on a header line of their own: «Premie | Premie», neither read (the first was last year\'s)', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssum\tPremie\tPremie\nBygning\t212 500 000\t198 400\t211 900\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Bygning', sum: '212500000' });
    expect(p.coverages?.[0]?.premium).toBeUndefined();
  });
});

describe('rows whose cells do not stand under the header', () => {
  it('an amount in the place column: a warning with the line, no row', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssted\tForsikringssum\tEgenandel\nNæringsbygg\t88 000 000\t25 000\t97 310\n`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual(['line 4: the cells of «Næringsbygg | 88 000 000 | 25 000 | 97 310» do not line up with the columns of the table; not read']);
  });
  it('more cells than the header has columns (a place split in two): a warning with the line, no row', () => {
    const p = parse(`${HEAD}Produkt\tForsikringssted\tForsikringssum\tEgenandel\tPris\nVarer\tIndustrivegen\t14,\t3 500 000\t20 000\t6 240\n`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual(['line 4: the cells of «Varer | Industrivegen | 14, | 3 500 000 | 20 000 | 6 240» do not line up with the columns of the table; not read']);
  });
  it('two amounts run together where the place should stand (a PDF\'s merged columns): a warning, no row', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssted\tForsikringssum\tEgenandel\tPris\nEiendeler Fjellvegen 2, 3580 Geilo\tkr 2 400 000 kr 10 000\tkr 3 280\n`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual(['line 4: the cells of «Eiendeler Fjellvegen 2, 3580 Geilo | kr 2 400 000 kr 10 000 | kr 3 280» do not line up with the columns of the table; not read']);
  });
  // (a web page printed by WeasyPrint: «Driftsavbrudd | Alle forsikringssteder Ansvarstid 12 mnd. | 40 000 000 | …», the period
  // set under the place in the page's cell and printed as one text with it)
  it('an indemnity period run into the place\'s cell: the place the object, the period the row\'s note', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssted\tForsikringssum\tEgenandel\tPremie\nDriftstap\tStorgata 4, 0155 Oslo Ansvarstid 24 mnd.\t18 000 000\t50 000\t9 400\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Driftstap', object: 'Storgata 4, 0155 Oslo', sum: '18000000', note: 'Ansvarstid 24 mnd.' });
  });
  // (a web page printed by WeasyPrint: «4 | Maskiner og inventar / Industriveien 3, … | 2 000 000 Førsterisiko / First loss | 50 000 |
  // 3 150» under «Nr | Dekning | Forsikringssted | Forsikringssum | Egenandel | Premie» — read by position, 50 000 had been the sum)
  it('a sum in millions with its form where the place should stand: a warning, no row', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssted\tForsikringssum\tEgenandel\tPremie\nInventar Storgata 4, 0155 Oslo\t2 000 000 Førsterisiko\t50 000\t3 150\n`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual(['line 4: the cells of «Inventar Storgata 4, 0155 Oslo | 2 000 000 Førsterisiko | 50 000 | 3 150» do not line up with the columns of the table; not read']);
  });
  // (private-holdout77 storebrand-endringer, groff and WeasyPrint: «Villa | Kløverveien 41, 1415 Oppegård Fullverdi | NOK 15 000,- |
  // NOK 13 560,-» under «Forsikring | Forsikret | Sum | Egenandel | Pris per år» — read by position, 15 000 had been the sum)
  it('a place run into the sum\'s cell, the row one cell short: split at the sum, the figures in the header\'s order', () => {
    const head = `${HEAD}Forsikring\tForsikret\tSum\tEgenandel\tPris per år\n`;
    const p = parse(`${head}Villa\tKløverveien 41, 1415 Oppegård Fullverdi\tNOK 15 000,-\tNOK 13 560,-\nInnbo\tKløverveien 41, 1415 Oppegård NOK 1 650 000,-\tNOK 5 000,-\tNOK 3 980,-\nPersonbil\tVolkswagen ID.4, EV 20917 –\tNOK 6 000,-\tNOK 9 240,-\nBåt\tAskeladden 19 HK NOK 185 000,- Båtplass: Vilvite båtforening, Oppegård\tNOK 7 500,-\tNOK 2 610,-\n`);
    expect(p.coverages).toEqual([
      { product: 'Villa', object: 'Kløverveien 41, 1415 Oppegård', index_class: 'bygninger', deductible: '15000', premium: '13560', note: 'Fullverdi' },
      { product: 'Innbo', object: 'Kløverveien 41, 1415 Oppegård', index_class: 'innbo', sum: '1650000', deductible: '5000', premium: '3980' },
      { product: 'Personbil', object: 'Volkswagen ID.4, EV 20917', index_class: 'none', deductible: '6000', premium: '9240' },
      { product: 'Båt', object: 'Askeladden 19 HK', index_class: 'none', sum: '185000', deductible: '7500', premium: '2610', note: 'Båtplass: Vilvite båtforening, Oppegård' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a place run into the sum\'s cell with another cell empty: which column each figure is in is not known — warned, not read', () => {
    const p = parse(`${HEAD}Forsikring\tForsikret\tSum\tEgenandel\tPris per år\nInnbo\tKløverveien 41, 1415 Oppegård NOK 1 650 000,-\tNOK 5 000,-\n`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('do not line up with the columns of the table');
  });
});

describe('a table under a section heading in capitals, with a note between its rows', () => {
  const doc =
    `${HEAD}BYGNINGER\nForsikring\tForsikringssted\tForsikringssum\tEgenandel\tÅrspremie\n` +
    'Driftsbygning\tHaugevegen 14, 2860 Hov\tkr 11 400 000\tkr 20 000\tkr 16 820\n(nytt tak på låven er tatt med fra 1. mai 2026)\n' +
    'Garasje\tHaugevegen 14, 2860 Hov\tkr 1 900 000\tkr 10 000\tkr 2 310\n\nLØSØRE\nForsikring\tForsikringssum\tEgenandel\tÅrspremie\nAvling og fôr\tkr 850 000\tkr 10 000\tkr 1 380\n';
  it('reads the rows after the note as rows of the same table, and the note as nothing', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.premium])).toEqual([
      ['Driftsbygning', '11400000', '16820'],
      ['Garasje', '1900000', '2310'],
      ['Avling og fôr', '850000', '1380'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('gives a row whose name the table does not know the class its heading names', () => {
    expect(parse(doc).coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'bygninger', 'maskin_losore']);
  });
  it('warns of a note with a figure in it, and reads on', () => {
    const p = parse(doc.replace('(nytt tak på låven er tatt med fra 1. mai 2026)', '(egenandel kr 50 000 ved snøskade)'));
    expect(p.coverages?.length).toBe(3);
    expect(p.warnings).toEqual(['line 6: the note «(egenandel kr 50 000 ved snøskade)» between the rows of a table was not read']);
  });
});

describe('a text row whose name runs into the place column', () => {
  it('«Maskiner og løsøre Industrivegen 4, …» with one space between: warned with its line, not read as the row above\'s product', () => {
    const p = parse(`${HEAD}Forsikring         Forsikringssted                  Forsikringssum   Egenandel\nNæringsbygg        Industrivegen 4, 2069 Jessheim       38 400 000      25 000\nMaskiner og løsøre Industrivegen 4, 2069 Jessheim        6 200 000      10 000\n`);
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', object: 'Industrivegen 4, 2069 Jessheim', index_class: 'bygninger', sum: '38400000', deductible: '25000' }]);
    expect(p.warnings).toEqual(['line 5: the cells of «Maskiner og løsøre Industrivegen 4, 2069 Jessheim | 6 200 000 | 10 000» do not line up with the columns of the table; not read']);
  });
});

describe('records: a name line over its fields', () => {
  it('the name line gives the product and the place after its first comma outside brackets', () => {
    const p = parse(`${HEAD}Dette er forsikret\n\nEiendeler (maskiner, inventar og utstyr), Nedre Langgate 22, 3126 Tønsberg\n    Forsikringssum      kr 2 750 000\n    Egenandel           kr 10 000\n`);
    expect(p.coverages).toEqual([
      { product: 'Eiendeler (maskiner, inventar og utstyr)', object: 'Nedre Langgate 22, 3126 Tønsberg', index_class: 'maskin_losore', sum: '2750000', deductible: '10000' },
    ]);
  });
  it('a name of the record is its product; livestock is animals, index class none', () => {
    const p = parse(`${HEAD}Husdyr (storfe og sau)\n  Forsikringssum   kr 1 250 000\n  Pris             kr 3 340\n`);
    expect(p.coverages).toEqual([{ product: 'Husdyr (storfe og sau)', index_class: 'none', sum: '1250000', premium: '3340' }]);
  });
  it('a schedule heading over fields is not a product', () => {
    const p = parse(`${HEAD}Forsikringsbevis\n\nForsikringssum: kr 52 000 000\nEgenandel: kr 15 000`);
    expect(p.coverages).toBeUndefined();
  });
});

describe('certificate sections: a title, its place, then a «Dekning» table', () => {
  const SECTION = (title: string, place: string, rows: string): string => `${title}\n\nForsikringssted: ${place}\nBygningstype: Lager\n\nDekning\tForsikringssum\tEgenandel\tPris\n${rows}\n\n`;
  it('each row is a coverage of the title\'s product at the section\'s place; the same product twice keeps each place', () => {
    const p = parse(
      `${HEAD}${SECTION('FORSIKRINGSBEVIS NÆRINGSBYGG', 'Industriveien 7, 2816 Gjøvik', 'Bygning\t12 800 000\t15 000\t19 860')}${SECTION('FORSIKRINGSBEVIS NÆRINGSBYGG', 'Bryggegata 3, 2815 Gjøvik', 'Bygning\t4 100 000\t15 000\t7 210')}`,
    );
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', coverage: 'Bygning', object: 'Industriveien 7, 2816 Gjøvik', index_class: 'bygninger', sum: '12800000', deductible: '15000', premium: '19860' },
      { product: 'Næringsbygg', coverage: 'Bygning', object: 'Bryggegata 3, 2815 Gjøvik', index_class: 'bygninger', sum: '4100000', deductible: '15000', premium: '7210' },
    ]);
  });
  it('a coverage more specific than its product gives the index class («Eiendeler» / «Varer»)', () => {
    const p = parse(`${HEAD}${SECTION('FORSIKRINGSBEVIS EIENDELER', 'Industriveien 7, 2816 Gjøvik', 'Maskiner og inventar\t3 500 000\t10 000\t8 270\nVarer\t1 200 000\t10 000\t3 110')}`);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['maskin_losore', 'varer']);
  });
  it('a paragraph of prose between the title and the table ends the section: the rows are not given its product', () => {
    const prose = 'Denne forsikringen gjelder bygninger som er nevnt i forsikringsbeviset, og for de dekninger som er avtalt.';
    const p = parse(`${HEAD}FORSIKRINGSBEVIS NÆRINGSBYGG\n${prose}\n${prose}\n${prose}\n\nDekning\tForsikringssum\tEgenandel\nBygning\t12 800 000\t15 000\n`);
    expect(p.coverages?.some((c) => c.product === 'Næringsbygg')).not.toBe(true);
  });
  it('rows of the letterhead between the title and the place line do not end the section: the place line is its own', () => {
    const p = parse(
      'FORSIKRINGSBEVIS NÆRINGSBYGG\n\nForsikringstaker   Berg Bakeri AS        Polisenr.        NB-40 2217\n                   Kirkegata 2           Utstedt          03.03.2026\n                   3510 Hønefoss         Forsikringstid   01.04.2026 - 31.03.2027\n\n' +
        'Forsikringssted: Kirkegata 2, 3510 Hønefoss\n\nDekning\tForsikringssum\tEgenandel\tPris\nBygning\t18 400 000\t20 000\t22 310\n',
    );
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', coverage: 'Bygning', object: 'Kirkegata 2, 3510 Hønefoss', index_class: 'bygninger', sum: '18400000', deductible: '20000', premium: '22310' }]);
  });
  it('a «Vilkår» column between the name and the figures is no part of either', () => {
    const p = parse(`${HEAD}Næringsbygg\nForsikringssted: Bakkelivegen 40, 3440 Røyken\n\nDekning      Vilkår           Egenandel   Forsikringssum   Pris\nBygning      Bygning 2019        20 000       24 600 000   41 380\nVeksthus     NÆR-BYG-03          20 000        6 200 000   17 940\n`);
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', coverage: 'Bygning', object: 'Bakkelivegen 40, 3440 Røyken', index_class: 'bygninger', sum: '24600000', deductible: '20000', premium: '41380' },
      { product: 'Næringsbygg', coverage: 'Veksthus', object: 'Bakkelivegen 40, 3440 Røyken', index_class: 'bygninger', sum: '6200000', deductible: '20000', premium: '17940' },
    ]);
  });
});

describe('vehicles in an overview', () => {
  it('a registration number before the model in the place column: the vehicle, plate and model, is the object', () => {
    const p = parse(`${HEAD}Forsikring\tObjekt\tDekning\tEgenandel\tPris\nBil\tAB 12345 Mercedes-Benz Sprinter\tKasko\t8 000\t9 870\n`);
    expect(p.coverages).toEqual([{ product: 'Bil', coverage: 'Kasko', object: 'AB 12345 Mercedes-Benz Sprinter', index_class: 'none', deductible: '8000', premium: '9870' }]);
  });
  it('a registration number inside the product cell splits it into the product and the vehicle (plate and model)', () => {
    const p = parse(`${HEAD}| Forsikring | Dekning | Egenandel | Pris |\n|---|---|--:|--:|\n| Bil ZT 88120 Volvo XC60 2022 | Kasko | 6 000 | 8 120 |\n`);
    expect(p.coverages).toEqual([{ product: 'Bil', coverage: 'Kasko', object: 'ZT 88120 Volvo XC60 2022', index_class: 'none', deductible: '6000', premium: '8120' }]);
  });
  it('a product cell whose first words name no product stays whole', () => {
    const p = parse(`${HEAD}Forsikring\tDekning\tEgenandel\tPris\nFlåtepolise AB 12345\tKasko\t8 000\t9 870\n`);
    expect(p.coverages?.[0]?.product).toBe('Flåtepolise AB 12345');
    expect(p.coverages?.[0]?.object).toBeUndefined();
  });
});

describe('a certificate section with more than one place', () => {
  it('a place named after a table read is the next table\'s; a place as a row of two cells is read too', () => {
    const T = (row: string): string => `| Dekning | Forsikringssum | Egenandel |\n|---|--:|--:|\n| ${row} |\n\n`;
    const p = parse(
      `${HEAD}## Forsikringsbevis – Næringsbygg\n\n**Forsikringssted:** Elvegata 21, 3015 Drammen\n\n${T('Bygning | 31 500 000 | 25 000')}**Forsikringssted:** Tollbugata 4, 3044 Drammen\n\n${T('Bygning | 9 750 000 | 25 000')}## Forsikringsbevis – Eiendeler\n\n| Forsikringssted | Elvegata 21, 3015 Drammen |\n|---|---|\n\n${T('Varer | 80 000 | 10 000')}`,
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object])).toEqual([
      ['Næringsbygg', 'Bygning', 'Elvegata 21, 3015 Drammen'],
      ['Næringsbygg', 'Bygning', 'Tollbugata 4, 3044 Drammen'],
      ['Eiendeler', 'Varer', 'Elvegata 21, 3015 Drammen'],
    ]);
  });
  it('two places before one table: which row is where is not said, so the rows have the product and no place', () => {
    const p = parse(`${HEAD}FORSIKRINGSBEVIS NÆRINGSBYGG\nForsikringssted: Elvegata 21, 3015 Drammen\nForsikringssted: Tollbugata 4, 3044 Drammen\n\nDekning\tForsikringssum\tEgenandel\nBygning\t9 750 000\t25 000\n`);
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', coverage: 'Bygning', index_class: 'bygninger', sum: '9750000', deductible: '25000' }]);
  });
});

describe('a place in the heading or title over a «Dekning» table', () => {
  it('«Næringsbygg, Storgata 1, 0155 Oslo» and «FORSIKRINGSBEVIS – NÆRINGSBYGG – STORGATA 3, 0155 OSLO»: the product, and the place of its rows', () => {
    const p = parse(
      `${HEAD}### Næringsbygg, Storgata 1, 0155 Oslo\n\n| Dekning | Forsikringssum | Egenandel |\n|---|--:|--:|\n| Bygning | 12 800 000 | 15 000 |\n\nFORSIKRINGSBEVIS – NÆRINGSBYGG – STORGATA 3, 0155 OSLO\n\nDekning\tForsikringssum\tEgenandel\nBygning\t4 000 000\t15 000\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object])).toEqual([
      ['Næringsbygg', 'Bygning', 'Storgata 1, 0155 Oslo'],
      ['Næringsbygg', 'Bygning', 'STORGATA 3, 0155 OSLO'],
    ]);
  });
});

describe('the index class of a coverage of a product', () => {
  it('stock and loss of rent are more specific than their product; a peril named after machines leaves a building a building', () => {
    const p = parse(`${HEAD}Næringsbygg\nForsikringssted: Storgata 1, 0155 Oslo\n\nDekning\tForsikringssum\tEgenandel\nBygning\t12 800 000\t15 000\nHusleietap\t1 200 000\t15 000\nMaskinbrudd\t500 000\t15 000\n\nEiendeler\nForsikringssted: Storgata 1, 0155 Oslo\n\nDekning\tForsikringssum\tEgenandel\nVarer\t800 000\t10 000\n`);
    expect(p.coverages?.map((c) => [c.coverage, c.index_class])).toEqual([
      ['Bygning', 'bygninger'],
      ['Husleietap', 'none'],
      ['Maskinbrudd', 'bygninger'],
      ['Varer', 'varer'],
    ]);
  });
  it('a coverage that names a business\'s contents is those contents, also under a property product and wrapped', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n\nForsikring\tDekning\tForsikringssum (kr)\tEgenandel (kr)\tÅrspris (kr)\nKommuneeiendom\tBygninger\t4 812 500 000\t100 000\t2 418 300\nKommuneeiendom\tMaskiner, inventar og\t310 000 000\t100 000\t186 420\n\tløsøre\nKommuneeiendom\tVarer\t12 000 000\t100 000\t4 870\n`);
    expect(p.coverages?.map((c) => [c.coverage, c.index_class])).toEqual([
      ['Bygninger', 'bygninger'],
      ['Maskiner, inventar og løsøre', 'maskin_losore'],
      ['Varer', 'varer'],
    ]);
  });
});

describe('a person product\'s G table over a page break', () => {
  const PAGE1 =
    'Yrkesskade etter lov om yrkesskadeforsikring      Årspremie kr 48 360\nDekning      Forsikringssum\nMénerstatning      15 G\nTapt inntekt      Individuelt\n';
  const ROWS2 = 'Erstatning til ektefelle/samboer ved dødsfall    15 G\nGravferdsutgifter   0,5 G\n';
  it('the same header again after the page\'s footer and header goes on with the same product\'s items', () => {
    const p = parse(`${HEAD}${PAGE1}Protector Forsikring ASA     Side 2 av 2\nForsikringsnr.: 55501234\nDekning      Forsikringssum\n${ROWS2}`);
    expect(p.coverages).toEqual([
      {
        product: 'Yrkesskade etter lov om yrkesskadeforsikring',
        index_class: 'none',
        premium: '48360',
        items: [
          { name: 'Ménerstatning', sum: { g: '15' } },
          { name: 'Tapt inntekt', sum: { individual: true } },
          { name: 'Erstatning til ektefelle/samboer ved dødsfall', sum: { g: '15' } },
          { name: 'Gravferdsutgifter', sum: { g: '0.5' } },
        ],
      },
    ]);
    expect(p.warnings).toEqual([]);
  });
  // (the second table is not joined as the page's continuation; a benefit the vocabulary knows — «Gravferdsutgifter» — is
  // still the one person product's item, not a product of its own)
  it('a header worded otherwise starts a table of its own, as before', () => {
    const p = parse(`${HEAD}${PAGE1}Side 2 av 2\nDekning      Sum\n${ROWS2}`);
    expect(p.coverages?.find((c) => c.items)?.items?.map((i) => i.name)).toEqual(['Ménerstatning', 'Tapt inntekt', 'Gravferdsutgifter']);
    expect(p.coverages?.map((c) => c.product)).not.toContain('Gravferdsutgifter');
  });
  it('a line with an amount of its own between the tables is no page break: as before', () => {
    const p = parse(`${HEAD}${PAGE1}Tilleggsdekning     kr 25 000\nDekning      Forsikringssum\n${ROWS2}`);
    expect(p.coverages?.find((c) => c.items)?.items?.map((i) => i.name)).toEqual(['Ménerstatning', 'Tapt inntekt', 'Gravferdsutgifter']);
    expect(p.coverages?.map((c) => c.coverage)).toContain('Tilleggsdekning');
  });
});

describe('the next person product line under a G table', () => {
  it('«Fritidsulykke | Årspremie kr 14 508» is the next product and its premium, and closes the table above', () => {
    const p = parse(
      `${HEAD}Yrkesskade      Årspremie kr 48 360\nDekning      Forsikringssum\nMénerstatning      15 G\n\nFritidsulykke       Årspremie kr 14 508\nDekning   Forsikringssum\nMedisinsk invaliditet   30 G\nDødsfall   5 G\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Yrkesskade', index_class: 'none', premium: '48360', items: [{ name: 'Ménerstatning', sum: { g: '15' } }] },
      {
        product: 'Fritidsulykke',
        index_class: 'none',
        premium: '14508',
        items: [
          { name: 'Medisinsk invaliditet', sum: { g: '30' } },
          { name: 'Dødsfall', sum: { g: '5' } },
        ],
      },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a limit in kroner among G items', () => {
  it('«inntil kr 100 000», «opptil kr 50 000», «maks. kr 20 000»: the limit is the item\'s sum insured', () => {
    const p = parse(
      `${HEAD}Fritidsulykke       Årspremie kr 14 508\nDekning   Forsikringssum\nMedisinsk invaliditet   30 G\nBehandlingsutgifter   inntil kr 100 000\nTannbehandling   opptil kr 50 000\nReiseutgifter   maks. kr 20 000\n`,
    );
    expect(p.coverages).toEqual([
      {
        product: 'Fritidsulykke',
        index_class: 'none',
        premium: '14508',
        items: [
          { name: 'Medisinsk invaliditet', sum: { g: '30' } },
          { name: 'Behandlingsutgifter', sum: '100000' },
          { name: 'Tannbehandling', sum: '50000' },
          { name: 'Reiseutgifter', sum: '20000' },
        ],
      },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('under a property product\'s «Dekning | Forsikringssum» a limit stays a note, as before', () => {
    const p = parse(`${HEAD}Næringsbygg\nDekning      Forsikringssum\nBrann      inntil kr 1 000 000\n`);
    expect(p.coverages?.[0]?.items).toBeUndefined();
  });
});

describe('a figure in two columns, one per period', () => {
  it('«Premie | Ny premie»: the new premium is the row\'s', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssum\tEgenandel\tPremie\tNy premie\nNæringsbygg\t24 600 000\t15 000\t36 410\t38 950\n`);
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', index_class: 'bygninger', sum: '24600000', deductible: '15000', premium: '38950' }]);
    expect(p.warnings).toEqual([]);
  });
  it('«Årspremie | Forrige års premie»: last year\'s premium is history', () => {
    const p = parse(`${HEAD}Forsikring\tÅrspremie\tForrige års premie\nBedriftsansvar\t9 320\t9 100\n`);
    expect(p.coverages).toEqual([{ product: 'Bedriftsansvar', index_class: 'none', premium: '9320' }]);
  });
  it('«Premie nå | Premie etter fornyelse»: today\'s beside the new one is the old one', () => {
    const p = parse(`${HEAD}Forsikring\tEgenandel\tPremie nå\tPremie etter fornyelse\nDriftstap\t10 000\t5 100\t5 350\n`);
    expect(p.coverages).toEqual([{ product: 'Driftstap', index_class: 'none', deductible: '10000', premium: '5350' }]);
  });
  it('«Pris | Pris med samlerabatt», or today\'s premium alone: which is the premium is not said — warned with its line, not read', () => {
    const p = parse(`${HEAD}Forsikring\tEgenandel\tPris\tPris med samlerabatt\nDriftstap\t10 000\t5 100\t4 850\n`);
    expect(p.coverages).toEqual([{ product: 'Driftstap', index_class: 'none', deductible: '10000' }]);
    expect(p.warnings).toEqual(['line 3: could not tell which of the columns «Forsikring | Egenandel | Pris | Pris med samlerabatt» is the premium of the period; not read']);
    const q = parse(`${HEAD}Forsikring\tEgenandel\tPremie i dag\nDriftstap\t10 000\t5 100\n`);
    expect(q.coverages).toEqual([{ product: 'Driftstap', index_class: 'none', deductible: '10000' }]);
    expect(q.warnings).toHaveLength(1);
  });
  // an index notice's table of sums before and after the regulation
  // («Forsikring   Adresse   Sum i 2025   Ny sum fra 1.1.2026   Egenandel»): the new sum is the row's
  it('«Sum i 2025 | Ny sum fra 1.1.2026»: a column dated by the day it applies from is the new period\'s sum', () => {
    const p = parse(`${HEAD}Forsikring\tAdresse\tSum i 2025\tNy sum fra 1.1.2026\tEgenandel\nInnbo\tStasjonsveien 8, 2050 Jessheim\tkr 1 450 000\tkr 1 492 050\tkr 5 000\n`);
    expect(p.coverages).toEqual([{ product: 'Innbo', object: 'Stasjonsveien 8, 2050 Jessheim', index_class: 'innbo', sum: '1492050', deductible: '5000' }]);
    const q = parse(`${HEAD}Forsikring\tForsikringssum 2025\tForsikringssum frå 1. januar 2026\tEgenandel\nInnbu\t1 450 000\t1 492 050\t5 000\n`);
    expect(q.coverages).toEqual([{ product: 'Innbu', index_class: 'innbo', sum: '1492050', deductible: '5000' }]);
    expect(q.warnings).toEqual([]);
  });
  it('PDF text without cell gaps: «Forrige års premie» after «Årspremie» takes the last figure', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\nForsikring Forsikringssum Egenandel Årspremie Forrige års premie\nBedriftsansvar 10 000 000 10 000 9 320 9 100\nSum premie 9 320 9 100\n`);
    expect(p.coverages).toEqual([{ product: 'Bedriftsansvar', index_class: 'none', sum: '10000000', deductible: '10000', premium: '9320' }]);
  });
});

describe('a certificate with a table per product', () => {
  it('a caption that is a phrase («Ulykke ved dugnad …») names the product of the table under it', () => {
    const p = parse(`${HEAD}Ulykke ved dugnad og styrearbeid\nDekning                  Vilkår    Forsikringssum    Pris\nMedisinsk invaliditet    ULY15     kr 500 000        kr 1 140\n`);
    expect(p.coverages).toEqual([{ product: 'Ulykke ved dugnad og styrearbeid', coverage: 'Medisinsk invaliditet', index_class: 'none', sum: '500000', premium: '1140' }]);
  });
  it('«PRIS Å BETALE» is the total, not a row', () => {
    const p = parse(`${HEAD}Styreansvar\nDekning        Forsikringssum    Egenandel    Pris\nStyreansvar    kr 10 000 000     kr 5 000     kr 2 980\nPRIS Å BETALE                                  kr 2 980\n`);
    expect(p.coverages).toEqual([{ product: 'Styreansvar', coverage: 'Styreansvar', index_class: 'none', sum: '10000000', deductible: '5000', premium: '2980' }]);
  });
});

describe('a private customer\'s overview', () => {
  it('a cover with a deductible and a price but no sum is read; the car\'s bonus and mileage are not figures of the row', () => {
    const p = parse(`${HEAD}Reise Pluss\nEgenandel: kr 0\nPris per år: kr 2 590\n\nBil Super\nKjennemerke: EK 12345\nMerke og modell: Toyota Corolla 2021\nBonus: 70 % (5. år)\nKjørelengde: 16 000 km per år\nEgenandel: kr 6 000\nPris per år: kr 7 932\n`);
    expect(p.coverages).toEqual([
      { product: 'Reise', coverage: 'Pluss', index_class: 'none', deductible: '0', premium: '2590' },
      { product: 'Bil', coverage: 'Super', object: 'EK 12345', index_class: 'none', deductible: '6000', premium: '7932' },
    ]);
  });
  it('an accident cover\'s benefits in kroner are its items; a total is not one', () => {
    const p = parse(`${HEAD}Ulykke\nMedisinsk invaliditet: kr 1 000 000\nDødsfall: kr 200 000\nPris per år: kr 1 188\nSamlet årspremie: kr 1 188\n`);
    expect(p.coverages).toEqual([{ product: 'Ulykke', index_class: 'none', premium: '1188', items: [{ name: 'Medisinsk invaliditet', sum: '1000000' }, { name: 'Dødsfall', sum: '200000' }] }]);
  });
});

describe('nynorsk group life', () => {
  it('«Forsikringssum: 10 G» of a person product is an item, with the G lines under it: one coverage, its premium read', () => {
    const p = parse(`${HEAD}Gruppelivsforsikring\nForsikringssum: 10 G\nEingongsutbetaling til ektefelle/sambuar: 4 G\nÅrleg premie: kr 96 300\n`);
    expect(p.coverages).toEqual([{ product: 'Gruppelivsforsikring', index_class: 'none', premium: '96300', items: [{ name: 'Forsikringssum', sum: { g: '10' } }, { name: 'Eingongsutbetaling til ektefelle/sambuar', sum: { g: '4' } }] }]);
  });
  it('a heading with a subtitle after a dash («Gruppelivsforsikring – oversyn for arbeidsgjevar») names the product before it', () => {
    const p = parse(`${HEAD}Gruppelivsforsikring – oversyn for arbeidsgjevar\n\nYting                              Forsikringssum\nEktefelle/sambuar                  10 G\nKvart born under 21 år             4 G\n`);
    expect(p.coverages).toEqual([{ product: 'Gruppelivsforsikring', index_class: 'none', items: [{ name: 'Ektefelle/sambuar', sum: { g: '10' } }, { name: 'Kvart born under 21 år', sum: { g: '4' } }] }]);
  });
  it('«Forsikringssum 10 G» under a sub-heading is the sub-heading\'s item; a stepped-down sum is a note', () => {
    const p = parse(`${HEAD}Forsikringsbevis – Gruppelivsforsikring\n\nDødsfall\nEingongsutbetaling til dei etterlatne når ein forsikra døyr.\nForsikringssum 10 G\nSummen vert trappa ned med 0,5 G for kvart år frå fylte 51 år, men aldri under 5 G.\n\nEktefelle/sambuar\nForsikringssum 4 G\n`);
    expect(p.coverages).toEqual([{ product: 'Gruppelivsforsikring', index_class: 'none', items: [{ name: 'Dødsfall', sum: { g: '10' } }, { name: 'Ektefelle/sambuar', sum: { g: '4' } }] }]);
  });
});

describe('lines a PDF runs together', () => {
  it('two labelled fields on one line are both read', () => {
    const p = parse(`${HEAD}Innbo Super\nForsikringssted: Nordre gate 7, 7011 Trondheim Forsikringssum: kr 1 500 000\nEgenandel: kr 4 000\n`);
    expect(p.coverages).toEqual([{ product: 'Innbo', coverage: 'Super', object: 'Nordre gate 7, 7011 Trondheim', index_class: 'innbo', sum: '1500000', deductible: '4000' }]);
  });
  it('a heading run together with its place line opens the section of its product; a caption\'s product does not go on to the next table', () => {
    const p = parse(`${HEAD}Ulykke ved dugnad og styrearbeid\nDekning                  Vilkår    Forsikringssum    Pris\nDødsfall                 ULY15     kr 100 000        kr 300\n\nInnbo fellesarealer Forsikringssted: Solbakkvegen 8, 7020 Trondheim\nDekning                  Vilkår    Forsikringssum    Pris\nInnbo i fellesrom        INN30     kr 350 000        kr 1 260\n`);
    expect(p.coverages).toEqual([
      { product: 'Ulykke ved dugnad og styrearbeid', coverage: 'Dødsfall', index_class: 'none', sum: '100000', premium: '300' },
      { product: 'Innbo fellesarealer', coverage: 'Innbo i fellesrom', object: 'Solbakkvegen 8, 7020 Trondheim', index_class: 'innbo', sum: '350000', premium: '1260' },
    ]);
  });
});

describe('a record whose name the table does not know, with its address', () => {
  it('«Kornlager, Sørbygda 57, 2436 Våler» over its fields is a record (class other, with a warning)', () => {
    const p = parse(`${HEAD}Kornlager, Sørbygda 57, 2436 Våler\n  Forsikringssum   kr 3 400 000\n  Egenandel        kr 20 000\n  Pris             kr 4 750\n`);
    expect(p.coverages).toEqual([{ product: 'Kornlager', object: 'Sørbygda 57, 2436 Våler', index_class: 'other', sum: '3400000', deductible: '20000', premium: '4750' }]);
    expect(p.warnings).toEqual(['line 4: index class of «Kornlager» is not known from its name; set to other']);
  });
  it('an amount broken at the line end («kr 3» over «400 000») is read whole', () => {
    const p = parse(`${HEAD}Kornlager, Sørbygda 57, 2436 Våler\nForsikringssum\tkr 3\n400 000\nPris\tkr 4 750\n`);
    expect(p.coverages?.[0]?.sum).toBe('3400000');
  });
});

describe('records under a section heading that names an index class', () => {
  it('a name the table does not know under «BYGNINGER» takes the class bygninger; after a record of another class it does not', () => {
    const p = parse(
      `${HEAD}BYGNINGER\nKornlager, Sørbygda 57, 2436 Våler\n  Forsikringssum   kr 3 400 000\n  Pris             kr 4 750\n` +
        'Landbruksmaskiner\n  Forsikringssum   kr 2 300 000\n  Pris             kr 5 110\nBesetning svin\n  Forsikringssum   kr 1 200 000\n  Pris             kr 3 960\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Kornlager', 'bygninger'],
      ['Landbruksmaskiner', 'maskin_losore'],
      ['Besetning svin', 'none'],
    ]);
  });
});

describe('a matrix of cover levels across («Dekning | Basis | Standard | Pluss»)', () => {
  const doc = (rows: string) => extractPolicy(textToSource(`Avtalenummer 5017731\n\nFritidsulykke for ansatte\n\n${rows}\n`, 'doc.txt', '0'.repeat(64)));
  it('each level\'s column is a coverage of its own: «–» is not in it, «✓» has no sum, a price per employee is no premium, «Pris per år» is', () => {
    const p = doc('Dekning\tBasis\tPluss\nMedisinsk invaliditet\t5 G\t15 G\nDødsfall\t–\t5 G\nBehandlingsutgifter\t✓\t✓\nPris per ansatt per år\tkr 450\tkr 1 150\nPris per år\tkr 9 000\tkr 23 000');
    expect(p.coverages).toEqual([
      { product: 'Fritidsulykke for ansatte', coverage: 'Basis', index_class: 'none', premium: '9000', items: [{ name: 'Medisinsk invaliditet', sum: { g: '5' } }] },
      { product: 'Fritidsulykke for ansatte', coverage: 'Pluss', index_class: 'none', premium: '23000', items: [{ name: 'Medisinsk invaliditet', sum: { g: '15' } }, { name: 'Dødsfall', sum: { g: '5' } }] },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a row with more cells than the header has levels: not read, a warning with its line', () => {
    const p = doc('Dekning\tBasis\tPluss\nMedisinsk invaliditet\t5 G\t15 G\t20 G');
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual(['line 6: could not tell which of the columns «Basis | Pluss» the cells of «Medisinsk invaliditet 5 G 15 G 20 G» stand in; not read']);
  });
  it('G sums in several columns with no header that names them: not read, a warning', () => {
    const p = doc('Medisinsk invaliditet\t5 G\t15 G');
    expect(p.coverages).toBeUndefined();
    expect(p.warnings?.[0]).toContain('stand in several columns');
  });
});

describe('an item row with words after its sum', () => {
  it('«Tapt arbeidsinntekt | Individuelt | etter loven»: one sum and its note, not sums in two columns', () => {
    const p = extractPolicy(textToSource('Avtalenummer 5017731\n\nLovbestemt yrkesskade\n\nTapt arbeidsinntekt\tIndividuelt\tetter loven\nMénerstatning\t4,50 G\t\n', 'doc.txt', '0'.repeat(64)));
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Tapt arbeidsinntekt', sum: { individual: true }, note: 'etter loven' },
      { name: 'Ménerstatning', sum: { g: '4.5' } },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a heading in capitals over a table whose first column names the records', () => {
  const DOC = `${HEAD}KOMMUNEEIENDOM - BYGNINGER

Bygning                   Forsikringssted           Forsikringssum    Egenandel     Premie
Vestfjord rådhus          Torget 2,                     96 300 000       50 000     58 420
                          8290 Skutvik
Skutvik skole og          Skolevegen 11,               148 750 000       50 000     92 115
flerbrukshall             8290 Skutvik

KOMMUNEANSVAR

Forsikringssum        Egenandel        Premie
100 000 000              20 000        64 250
`;
  it('each name is a product at its place, the heading its class; a header of figures only under a heading is the heading\'s', () => {
    const p = parse(DOC);
    expect(p.coverages).toEqual([
      { product: 'Vestfjord rådhus', object: 'Torget 2, 8290 Skutvik', index_class: 'bygninger', sum: '96300000', deductible: '50000', premium: '58420' },
      { product: 'Skutvik skole og flerbrukshall', object: 'Skolevegen 11, 8290 Skutvik', index_class: 'bygninger', sum: '148750000', deductible: '50000', premium: '92115' },
      { product: 'KOMMUNEANSVAR', index_class: 'none', sum: '100000000', deductible: '20000', premium: '64250' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a product heading over «Forsikringssted | Forsikringssum | …» still names the rows', () => {
    const p = parse(`${HEAD}Næringsbygg\nForsikringssted\tForsikringssum\tEgenandel\nStorgata 1, 0155 Oslo\t24 500 000\t20 000\n`);
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', object: 'Storgata 1, 0155 Oslo', index_class: 'bygninger', sum: '24500000', deductible: '20000' }]);
  });
});

describe('kroner items of a person cover in «Label: value» lines', () => {
  it('«Dødsfall: kr 100 000» under the cover\'s caption: the cover with its items and price', () => {
    const p = parse(`${HEAD}Ulykke ved dugnad og styrearbeid\nMedisinsk invaliditet: kr 500 000\nDødsfall: kr 100 000\nPris: kr 1 240\n`);
    expect(p.coverages).toEqual([
      { product: 'Ulykke ved dugnad og styrearbeid', index_class: 'none', premium: '1240', items: [{ name: 'Medisinsk invaliditet', sum: '500000' }, { name: 'Dødsfall', sum: '100000' }] },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('not under a property cover: «Sykkel: kr 30 000» under Innbo is no item', () => {
    const p = parse(`${HEAD}Innbo\nForsikringssum: kr 1 000 000\nSykkel: kr 30 000\n`);
    expect(p.coverages?.every((c) => c.items === undefined)).toBe(true);
  });
});

describe('two lists of one cover, today\'s and the new period\'s', () => {
  const LIST = (first: string, second: string): string =>
    `${HEAD}${first}\n- Innbo Super for Kirkeveien 40 B, 0368 Oslo\n- Forsikringssum: kr 2 000 000\n- Egenandel: kr 3 000\n- Pris per år: kr 3 100\n\n${second}\n- Innbo Super for samme adresse\n- Forsikringssum: kr 2 000 000\n- Egenandel: kr 3 000\n- Pris per år: kr 3 350\n`;
  it('the new list is the coverage: product, cover level, the place of the list before', () => {
    const p = parse(LIST('Det du har i dag', 'Fra 1. mai 2025'));
    expect(p.coverages).toEqual([{ product: 'Innbo', coverage: 'Super', object: 'Kirkeveien 40 B, 0368 Oslo', index_class: 'innbo', sum: '2000000', deductible: '3000', premium: '3350' }]);
    expect(p.warnings).toEqual([]);
  });
  it('the new list first, today\'s after it: still the new one', () => {
    const p = parse(LIST('Fra 1. mai 2025', 'Det du har i dag'));
    expect(p.coverages).toEqual([{ product: 'Innbo', coverage: 'Super', object: 'Kirkeveien 40 B, 0368 Oslo', index_class: 'innbo', sum: '2000000', deductible: '3000', premium: '3100' }]);
  });
  it('today\'s list alone is the coverage as it is', () => {
    const p = parse(`${HEAD}Det du har i dag\n- Innbo Super for Kirkeveien 40 B, 0368 Oslo\n- Forsikringssum: kr 2 000 000\n- Pris per år: kr 3 100\n`);
    expect(p.coverages).toEqual([{ product: 'Innbo', coverage: 'Super', object: 'Kirkeveien 40 B, 0368 Oslo', index_class: 'innbo', sum: '2000000', premium: '3100' }]);
  });
});

describe('a wrapped cell on a row of its own in a `|` or tab table', () => {
  const ROWS = [
    ['Bygning', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Premie'],
    ['Vestfjord rådhus', 'Torget 2,', '96 300 000', '50 000', '58 420'],
    ['', '8290 Skutvik', '', '', ''],
    ['Skutvik skole og', 'Skolevegen 11,', '148 750 000', '50 000', '92 115'],
    ['flerbrukshall', '8290 Skutvik', '', '', ''],
  ];
  const WANT = [
    { product: 'Vestfjord rådhus', object: 'Torget 2, 8290 Skutvik', index_class: 'bygninger', sum: '96300000', deductible: '50000', premium: '58420' },
    { product: 'Skutvik skole og flerbrukshall', object: 'Skolevegen 11, 8290 Skutvik', index_class: 'bygninger', sum: '148750000', deductible: '50000', premium: '92115' },
  ];
  it('joined to the row above in a Markdown table', () => {
    const p = parse(`${HEAD}KOMMUNEEIENDOM - BYGNINGER\n\n${ROWS.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? '\n|---|---|---|---|---|' : ''}`).join('\n')}\n`);
    expect(p.coverages).toEqual(WANT);
  });
  it('joined to the row above in a tab-separated table (its trailing empty cells cut)', () => {
    const p = parse(`${HEAD}KOMMUNEEIENDOM - BYGNINGER\n\n${ROWS.map((r) => r.join('\t')).join('\n')}\n`);
    expect(p.coverages).toEqual(WANT);
  });
  it('a row with its own figures, or text under a figure, is a row of its own', () => {
    const p = parse(`${HEAD}| Forsikring | Dekning | Egenandel |\n|---|---|---|\n| Innbo | Pluss | kr 4 000 |\n| | Rettshjelp | Inkludert |\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Innbo', coverage: 'Pluss', deductible: '4000' });
  });
});

describe('a premium compared with last year\'s', () => {
  it('«Premie i fjor» and «Årets premie» under an overview are no rows', () => {
    // (a renewal's overview ends with «Premie i fjor … 51 300» and «Årets premie … 53 880»)
    const p = parse(
      `${HEAD}Forsikringsoversikt\nForsikring        Forsikringssum    Egenandel    Premie\nNæringsbygg       12 000 000        10 000       48 200\nPremie i fjor                                    51 300\nÅrets premie                                     53 880\n`,
    );
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', index_class: 'bygninger', sum: '12000000', deductible: '10000', premium: '48200' }]);
    expect(p.warnings).toEqual([]);
  });
  it('nor items of the person product above them', () => {
    // (a staff certificate ends with «Premie i fjor: kr 61 980» and «Årets premie: kr 65 220» under its last product)
    const p = parse(`${HEAD}Ulykke\nMedisinsk invaliditet: kr 500 000\nDødsfall: kr 200 000\n\nPremie i fjor: kr 61 980\nÅrets premie: kr 65 220\n`);
    expect(p.coverages).toEqual([{ product: 'Ulykke', index_class: 'none', items: [{ name: 'Medisinsk invaliditet', sum: '500000' }, { name: 'Dødsfall', sum: '200000' }] }]);
  });
  it('nor a line that names only the premium and its periods', () => {
    const p = parse(`${HEAD}Driftstap\nForsikringssum: kr 3 000 000\nPremie: kr 5 680\n\nPremie   i fjor kr 51 300   i år kr 53 880\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Driftstap']);
  });
});

describe('G sums in a table whose header says the unit', () => {
  it('bare figures and ranges under «Sum (G)» / «Forsikringssum (G)» are G sums', () => {
    // (a staff insurance certificate: «Dekning | Forsikringssum (G)» over «Tap i fremtidig erverv | 22–30»)
    const p = parse(
      `${HEAD}Gruppeliv\nDekning                      Sum (G)\nDødsfall                     10\nEktefelle/samboer            4,5\n\nYrkesskade\nDekning                      Forsikringssum (G)\nTap i fremtidig erverv       22–30\nMénerstatning                4,5\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Gruppeliv', index_class: 'none', items: [{ name: 'Dødsfall', sum: { g: '10' } }, { name: 'Ektefelle/samboer', sum: { g: '4.5' } }] },
      { product: 'Yrkesskade', index_class: 'none', items: [{ name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' } }, { name: 'Ménerstatning', sum: { g: '4.5' } }] },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«Antall G» names the unit too; a bare figure under a header of kroner is not G', () => {
    const p = parse(`${HEAD}Ulykke\nYtelse                       Antall G\nMedisinsk invaliditet        15\n`);
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Medisinsk invaliditet', sum: { g: '15' } }]);
    const q = parse(`${HEAD}Ulykke\nYtelse                       Sum\nMedisinsk invaliditet        15\n`);
    expect(JSON.stringify(q.coverages ?? [])).not.toContain('"g"');
  });
  it('a product column before «Dekning | Forsikringssum (G)» names each row\'s product (the whole schedule was lost, with warnings)', () => {
    // (a staff schedule: «Produkt | Dekning | Forsikringssum (G)» over «Ulykke | Varig medisinsk invaliditet | 15»,
    // the product cell left empty on the rows under the first of that product)
    const p = parse(
      `${HEAD}Personalforsikringer\n\nProdukt        Dekning                              Forsikringssum (G)\nGruppeliv      Dødsfall                             10\nUlykke         Dødsfall                             5\n               Varig medisinsk invaliditet          15\n               Behandlingsutgifter                  Individuelt\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Gruppeliv', index_class: 'none', items: [{ name: 'Dødsfall', sum: { g: '10' } }] },
      {
        product: 'Ulykke',
        index_class: 'none',
        items: [
          { name: 'Dødsfall', sum: { g: '5' } },
          { name: 'Varig medisinsk invaliditet', sum: { g: '15' } },
          { name: 'Behandlingsutgifter', sum: { individual: true } },
        ],
      },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a first cell under the product column that names no product ends the table: its G figure is no item', () => {
    const p = parse(`${HEAD}Produkt        Dekning                              Forsikringssum (G)\nGruppeliv      Dødsfall                             10\nMerknad        Se vilkår                            2\n`);
    expect(p.coverages).toEqual([{ product: 'Gruppeliv', index_class: 'none', items: [{ name: 'Dødsfall', sum: { g: '10' } }] }]);
  });
});

describe('records whose first field names the product', () => {
  it('«Produkt: Ansvar» over «Forsikringssum:», «Egenandel: kr 0», «Premie:» is a record of that product', () => {
    // (a certificate's blocks: «Produkt: Næringsbygg» / «Forsikringssted: …» / «Forsikringssum: …» / «Egenandel: …» / «Premie: …»)
    const p = parse(
      `${HEAD}Produkt: Næringsbygg\nForsikringssted: Storgata 1, 0155 Oslo\nForsikringssum: kr 12 000 000\nEgenandel: kr 10 000\nPremie: kr 14 300\n\nProdukt: Ansvar\nForsikringssum: kr 10 000 000\nEgenandel: kr 0\nPremie: kr 3 100\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', object: 'Storgata 1, 0155 Oslo', index_class: 'bygninger', sum: '12000000', deductible: '10000', premium: '14300' },
      { product: 'Ansvar', index_class: 'none', sum: '10000000', deductible: '0', premium: '3100' },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('records that each begin with «Forsikring:» or «Dekning:»', () => {
  it('«Forsikring:        Kontorbygning» with its value lined up by spaces names the record\'s product (the blocks were lost)', () => {
    // (a certificate: «Forsikring:        Kontorbygning» / «Forsikringssted:   Kirkegata 18, 3616 Kongsberg» / «Forsikringssum:    Kr 9 800 000»)
    const p = parse(
      `${HEAD}Forsikring:        Kontorbygning\nForsikringssted:   Kirkegata 18, 3616 Kongsberg\nForsikringssum:    Kr 9 800 000\nEgenandel:         Kr 10 000\nÅrspremie:         Kr 14 220\n\nDekning:           Driftsavbrudd\nForsikringssted:   Kirkegata 18, 3616 Kongsberg\nForsikringssum:    Kr 2 000 000\nEgenandel:         Kr 5 000\nÅrspremie:         Kr 1 870\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Kontorbygning', object: 'Kirkegata 18, 3616 Kongsberg', index_class: 'bygninger', sum: '9800000', deductible: '10000', premium: '14220' },
      { product: 'Driftsavbrudd', object: 'Kirkegata 18, 3616 Kongsberg', index_class: 'none', sum: '2000000', deductible: '5000', premium: '1870' },
    ]);
    expect(p.warnings).toEqual([]);
  });

  it('a forwarded mail\'s «> Dekning:        Tilhenger» over its sum, deductible and price is one coverage of Tilhenger', () => {
    // (a quoted confirmation: «> Dekning:        Tilhenger» / «> Forsikringssum: kr 85 000» / «> Pris per år:    kr 1 640»)
    const p = parse(`${HEAD}> Hei,\n>\n> Dekning:        Tilhenger\n> Forsikringssum: kr 85 000\n> Egenandel:      kr 4 000\n> Pris per år:    kr 1 640\n`);
    expect(p.coverages).toEqual([{ product: 'Tilhenger', index_class: 'none', sum: '85000', deductible: '4000', premium: '1640' }]);
    expect(p.warnings).toEqual([]);
  });

  it('«Dekning: Pluss» under a product heading stays the coverage of that product', () => {
    const p = parse(`${HEAD}Innbo\nDekning: Pluss\nForsikringssum: kr 1 000 000\nEgenandel: kr 4 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage])).toEqual([['Innbo', 'Pluss']]);
  });
});

describe('rows named «Product – item» under a G column', () => {
  it('«Gruppeliv – ektefelle/samboer | 2» is the item «ektefelle/samboer» of Gruppeliv (the rows came out as coverages, no items)', () => {
    // (a staff schedule: «Forsikring      Sum (G)» over «Gruppeliv – ektefelle/samboer      2», «Yrkesskade – ménerstatning      15»)
    const p = parse(
      `${HEAD}Forsikring                            Sum (G)\nGruppeliv – arbeidstaker                 10\nGruppeliv – ektefelle/samboer             2\nYrkesskade – ménerstatning               15\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Gruppeliv', index_class: 'none', items: [{ name: 'arbeidstaker', sum: { g: '10' } }, { name: 'ektefelle/samboer', sum: { g: '2' } }] },
      { product: 'Yrkesskade', index_class: 'none', items: [{ name: 'ménerstatning', sum: { g: '15' } }] },
    ]);
  });

  it('«Sum årspremie | kr 48 200» under the G rows is no item', () => {
    const p = parse(`${HEAD}Forsikring            Sum (G)\nGruppeliv – arbeidstaker   10\nSum årspremie          kr 48 200\n`);
    expect(p.coverages?.[0]?.items?.map((i) => i.name)).toEqual(['arbeidstaker']);
  });
});

describe('kroner items among G items, dot leaders and no header', () => {
  it('«inntil kr 50 000» and «kr 5 000 per skade» are items of the person product (they were lost without a word)', () => {
    // (an accident cover's list: «Behandlingsutgifter ........ inntil kr 50 000» under «Medisinsk invaliditet ........ 15 G»)
    const p = parse(`${HEAD}Ulykke\nMedisinsk invaliditet ........ 15 G\nBehandlingsutgifter ........ inntil kr 50 000\nTannskade ........ kr 5 000 per skade\n`);
    expect(p.coverages).toEqual([
      {
        product: 'Ulykke',
        index_class: 'none',
        items: [
          { name: 'Medisinsk invaliditet', sum: { g: '15' } },
          { name: 'Behandlingsutgifter', sum: '50000' },
          { name: 'Tannskade', sum: '5000', note: 'per skade' },
        ],
      },
    ]);
  });
});

describe('a product heading with its address after a dash', () => {
  it('«Husforsikring Standard – Kirkegata 7, 2317 Hamar»: the whole address is the place, and a street named after a church is no building class', () => {
    expect(productLine('Husforsikring Standard – Kirkegata 7, 2317 Hamar')).toEqual({ product: 'Husforsikring Standard', object: 'Kirkegata 7, 2317 Hamar' });
    expect(productLine('Innboforsikring - Kirkegata 7, 2317 Hamar')).toEqual({ product: 'Innboforsikring', object: 'Kirkegata 7, 2317 Hamar' });
    // (a range of house numbers is no second dash)
    expect(productLine('Boligbygg – Lindebergveien 12–38, 1069 Oslo')).toEqual({ product: 'Boligbygg', object: 'Lindebergveien 12–38, 1069 Oslo' });
    // no place after the dash: the name is the product's (its objects), as before
    expect(productLine('Eiendeler - Varer')).toEqual({ product: 'Eiendeler - Varer' });
    expect(productLine('Driftsbygning, Haugsvegen 140, 2630 Ringebu')).toEqual({ product: 'Driftsbygning', object: 'Haugsvegen 140, 2630 Ringebu' });
    expect(rowIndexClass('Innboforsikring – Kirkegata 7').index_class).toBe('innbo');
    expect(rowIndexClass('Kirke').index_class).toBe('bygninger');
  });
});

describe('a deductible column headed by the kind of deductible', () => {
  it('«Fast egenandel» is the deductible column (a fixed amount, beside no other deductible column)', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n\nForsikring | Forsikringssum | Fast egenandel | Årspremie\nNæringsbygg | 4 000 000 | 10 000 | 8 400\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Næringsbygg', sum: '4000000', deductible: '10000', premium: '8400' });
    expect(p.warnings).toEqual([]);
  });
});

describe('a G column header over several person products', () => {
  // «Dekning   Forsikringssum (G)» over «Gruppelivsforsikring» and its rows, then «Yrkesskadeforsikring» and its rows
  const TABLE = [
    'KLP',
    '',
    'Personalforsikringer for ansatte i Eksempel kommune',
    '',
    'Dekning                                         Forsikringssum (G)',
    'Gruppelivsforsikring',
    '  Dødsfallerstatning                            10',
    '  Begravelsesomkostninger                       0,5',
    'Yrkesskadeforsikring (tariffavtalt)',
    '  Erstatning ved død                            15',
  ];
  it('the header\'s unit holds for every product under it', () => {
    const p = parse(TABLE.join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      ['Gruppelivsforsikring', [['Dødsfallerstatning', { g: '10' }], ['Begravelsesomkostninger', { g: '0.5' }]]],
      ['Yrkesskadeforsikring (tariffavtalt)', [['Erstatning ved død', { g: '15' }]]],
    ]);
  });
  it('without the unit in the header, a bare «10» is no kroner sum: not read, each row warned', () => {
    const p = parse(TABLE.map((l) => l.replace('Forsikringssum (G)', 'Forsikringssum')).join('\n'));
    expect(p.coverages ?? []).toEqual([]);
    expect(p.warnings?.filter((w) => w.includes('names no unit'))).toHaveLength(3);
  });
});

describe('a two-column table «Hva | Beløp» under a product heading', () => {
  // «Reise» over «Hva	Beløp» over «Reisesyke	kr 5 000 000» (test/corpus/docs/brannkasse-forsikringsbevis-2026.txt)
  it('its rows are items of the product above', () => {
    const p = parse(`${HEAD}Reise\nHva\tBeløp\nReisesyke\tkr 5 000 000\nAvbestilling\tkr 40 000\nReisegods\tkr 20 000\n`);
    expect(p.coverages).toEqual([
      {
        product: 'Reise',
        index_class: 'none',
        items: [
          { name: 'Reisesyke', sum: '5000000' },
          { name: 'Avbestilling', sum: '40000' },
          { name: 'Reisegods', sum: '20000' },
        ],
      },
    ]);
  });
  it('a right column that names no sum («Hva | Egenandel») makes no items', () => {
    const p = parse(`${HEAD}Reise\nHva\tEgenandel\nReisesyke\tkr 5 000\n`);
    expect(p.coverages).toBeUndefined();
  });
});

describe('a sum per event in a block of fields', () => {
  // «Forsikringssum ved brann: kr 2 400 000» / «Forsikringssum ved tyveri: kr 150 000» under «Hytte»
  // (test/corpus/docs/brannkasse-forsikringsbevis-2026.txt)
  it('two events: one item each', () => {
    const p = parse(`${HEAD}Hytte\nForsikringssted: Sæterstølen 3, 2690 Skjåk\nForsikringssum ved brann: kr 2 400 000\nForsikringssum ved tyveri: kr 150 000\nEgenandel: kr 8 000\nPris: kr 5 640\n`);
    expect(p.coverages).toEqual([
      {
        product: 'Hytte',
        object: 'Sæterstølen 3, 2690 Skjåk',
        index_class: 'bygninger',
        deductible: '8000',
        premium: '5640',
        items: [
          { name: 'Brann', sum: '2400000' },
          { name: 'Tyveri', sum: '150000' },
        ],
      },
    ]);
    expect(p.warnings).toEqual([]);
  });
  // «Forsikringssum ved brann: kr 900 000» alone under «Innbo»
  it('one event: the product\'s sum', () => {
    const p = parse(`${HEAD}Innbo\nForsikringssted: Bruvegen 7, 2690 Skjåk\nForsikringssum ved brann: kr 900 000\nEgenandel: kr 4 000\nPris: kr 2 310\n`);
    expect(p.coverages).toEqual([{ product: 'Innbo', object: 'Bruvegen 7, 2690 Skjåk', index_class: 'innbo', sum: '900000', deductible: '4000', premium: '2310' }]);
  });
});

describe('a sum per event under a person product', () => {
  // «Forsikringssum ved tannskade: kr 50 000» under «Ulykke»: read as the person items are (src/parse/g-items.ts), never the product's sum
  it('is no sum of the product', () => {
    const p = parse(`${HEAD}Ulykke\nMedisinsk invaliditet: kr 1 000 000\nForsikringssum ved tannskade: kr 50 000\nPris: kr 1 200\n`);
    expect(p.coverages?.[0]?.sum).toBeUndefined();
  });
});

describe('a table whose product is named by the field over it, inside another product\'s section', () => {
  // «Forsikring: Løsøre» over «Dekning | Forsikringssum | Egenandel», after the fields of «Næringsbygg»
  // (test/corpus/docs/eika-naering-indekskolonne-2026.txt)
  it('the rows are that product\'s, not the section\'s (they were the building\'s, with its place)', () => {
    const p = parse(
      `${HEAD}Næringsbygg\nForsikringssted: Sagvegen 4, 2380 Brumunddal\nForsikringssum: kr 14 800 000\nEgenandel: kr 20 000\n\nForsikring: Løsøre\nDekning\tForsikringssum\tEgenandel\nMaskiner og inventar\tkr 3 200 000\tkr 20 000\nVarer\tkr 1 100 000\tkr 20 000\n`,
    );
    expect(p.coverages?.filter((c) => c.coverage !== undefined)).toEqual([
      { product: 'Løsøre', coverage: 'Maskiner og inventar', index_class: 'maskin_losore', sum: '3200000', deductible: '20000' },
      { product: 'Løsøre', coverage: 'Varer', index_class: 'varer', sum: '1100000', deductible: '20000' },
    ]);
  });
});

describe('an index column in a schedule', () => {
  // «Forsikring | Forsikringssum | Indeksregulering | Egenandel | Pris» over «Næringsbygg | kr 14 800 000 | Byggekost | …»
  // (test/corpus/docs/eika-naering-indekskolonne-2026.txt)
  it('its cells are classes, not rates: the table is read, the index column left out', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssum\tIndeksregulering\tEgenandel\tPris\nNæringsbygg\tkr 14 800 000\tByggekost\tkr 20 000\tkr 18 350\nDriftstap\tkr 6 000 000\tNei\tkr 20 000\tkr 4 120\n`);
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', index_class: 'bygninger', sum: '14800000', deductible: '20000', premium: '18350' },
      { product: 'Driftstap', index_class: 'none', sum: '6000000', deductible: '20000', premium: '4120' },
    ]);
    expect(p.index_regulation).toBeUndefined();
  });
});

describe('a line that says the deductible stays as it is', () => {
  it('«Egenandelen er uendret | kr 6 000» under «Dekning | Forsikringssum» is no coverage row, and no change', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n\nVillaforsikring\nDekning\tForsikringssum\nBygning\tkr 4 000 000\nEgenandelen er uendret\tkr 6 000\n`);
    expect(p.coverages?.map((c) => c.coverage)).toEqual(['Bygning']);
    expect(p.deductible_changes).toBeUndefined();
  });
});

describe("a renewal letter's schedule with last year's and this year's price (space-aligned, after docs/fjordheim-fornyelse-tovarspris-2025)", () => {
  const LETTER = (prices: string, rows: [string, string, string]): string =>
    `${HEAD}Slik blir forsikringene dine\n\nForsikring            Sted                       Sum             Egenandel    ${prices}\nBolighus              Kvernvegen 14, 2850 Lena   Fullverdi       kr 10 000    ${rows[0]}\nInnbo                 Kvernvegen 14, 2850 Lena   kr 1 500 000    kr 4 000     ${rows[1]}\nTil sammen                                                                    ${rows[2]}\n\nMed hilsen\n`;
  const TWO: [string, string, string] = ['kr 14 210      kr 15 180', 'kr 3 980       kr 4 310', 'kr 18 190      kr 19 490'];
  it('«Pris i 2024 | Pris i 2025», «Premie for 2024 | Premie for 2025», «I fjor | I år», «Pris nå | Ny pris»: the later column is the premium; the total is no row', () => {
    for (const prices of ['Pris i 2024    Pris i 2025', 'Premie for 2024  Premie for 2025', 'I fjor         I år', 'Pris nå        Ny pris', 'Premie 2024    Premie 2025']) {
      const p = parse(LETTER(prices, TWO));
      expect(p.coverages, prices).toEqual([
        { product: 'Bolighus', object: 'Kvernvegen 14, 2850 Lena', index_class: 'bygninger', deductible: '10000', premium: '15180', note: 'Fullverdi' },
        { product: 'Innbo', object: 'Kvernvegen 14, 2850 Lena', index_class: 'innbo', sum: '1500000', deductible: '4000', premium: '4310' },
      ]);
      expect(p.warnings, prices).toEqual([]);
    }
  });
  it('with one price column («Pris i 2025») the same table is read the same', () => {
    const p = parse(LETTER('Pris i 2025', ['kr 15 180', 'kr 4 310', 'kr 19 490']));
    expect(p.coverages?.map((c) => c.premium)).toEqual(['15180', '4310']);
  });
  it('columns named by a bare year («2024 | 2025»), read by no rule, are a warning with the lines, never a silent loss', () => {
    const p = parse(LETTER('2024           2025', TWO));
    expect(p.coverages).toBeUndefined();
    // (the list of prices' heading above the header row names the section)
    expect(p.warnings).toEqual(['line 3: schedule «Slik blir forsikringene dine»: 2 lines with amounts were not read (lines 6–7)']);
  });
});

describe("a broker's «Objekt» column whose cells are «Product, place» (space-aligned, after docs/nordvik-megler-objekt-adresse-2025)", () => {
  const TABLE = `${HEAD}Objekt                                   Sum               Egenandel     Premie\nLagerbygg, Heggstadmyra 4                kr 88 400 000     kr 100 000    kr 142 300\nMaskiner og løsøre                       kr 12 000 000     kr 50 000     kr 38 900\nDriftsavbrudd, Heggstadmyra 4            kr 30 000 000     72 timer      kr 21 400\nDriftsbygning, gnr. 81 bnr. 2            kr 9 450 000      kr 20 000     kr 12 110\nSum                                                                      kr 214 710\n`;
  it('«Lagerbygg, Heggstadmyra 4»: the product before the comma, the street and number after it the object; «Maskiner og løsøre» is a product alone', () => {
    const p = parse(TABLE);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Lagerbygg', 'Heggstadmyra 4', '88400000', '100000', '142300'],
      ['Maskiner og løsøre', undefined, '12000000', '50000', '38900'],
      ['Driftsavbrudd', 'Heggstadmyra 4', '30000000', undefined, '21400'],
      ['Driftsbygning', 'gnr. 81 bnr. 2', '9450000', '20000', '12110'],
    ]);
  });
  it('«72 timer» in the deductible column of a business-interruption row is its waiting period: a note and a warning, never the deductible', () => {
    const p = parse(TABLE);
    expect(p.coverages?.[2]?.note).toBe('karenstid 72 timer');
    expect(p.warnings).toEqual(['line 6: the deductible column of Driftsavbrudd states a waiting period «72 timer», no amount; kept as a note']);
  });
  it('«Maskiner, inventar og løsøre» (a comma in a name, no street and number after it) stays one product', () => {
    const p = parse(`${HEAD}Objekt                            Sum             Egenandel    Premie\nMaskiner, inventar og løsøre      kr 4 000 000    kr 20 000    kr 9 800\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Maskiner, inventar og løsøre', undefined]]);
  });
});

describe('a farm schedule with two cells wrapped in one row and a padded sum (space-aligned, after docs/bygdeforsikring-gard-to-celler-2025)', () => {
  it('every row is read; the continuation line is no row of its own (it was one, with a wrong place)', () => {
    const p = parse(
      `${HEAD}Forsikring         Forsikringssted        Forsikringssum     Egenandel    Årspremie\nVåningshus         Rudsvegen 210          kr 6 200 000       kr 10 000    kr 9 870\nDriftsbygning      Rudsvegen 210          kr 9 450 000       kr 20 000    kr 14 320\n(fjøs og låve)     gnr. 81 bnr. 2\nStabbur            Rudsvegen 210          kr   600 000       kr 10 000    kr 1 140\nSum årspremie                                                             kr 25 330\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Våningshus', 'Rudsvegen 210', '6200000', '10000', '9870'],
      ['Driftsbygning (fjøs og låve)', 'Rudsvegen 210, gnr. 81 bnr. 2', '9450000', '20000', '14320'],
      ['Stabbur', 'Rudsvegen 210', '600000', '10000', '1140'],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a place whose postcode and town run on into the lot with no comma (private-holdout45/frende-borettslag-fornying-nynorsk printed by WeasyPrint)', () => {
  it('«Kvarvesvingen 1-11, 5179 Godvik Gnr 34 Bnr 122, Bergen» is written with its comma, as the wrapped cell of the text has it', () => {
    const p = parse(`${HEAD}Bygning\n  Forsikringsstad:   Kvarvesvingen 1-11, 5179 Godvik Gnr 34 Bnr 122, Bergen\n  Forsikringssum:    kr 96 400 000\n  Eigenandel:        kr 20 000\n  Pris per år:       kr 104 880\n`);
    expect(p.coverages?.map((c) => c.object)).toEqual(['Kvarvesvingen 1-11, 5179 Godvik, Gnr 34 Bnr 122, Bergen']);
  });
});

describe('the guards of these readings', () => {
  it('«Objekt | I fjor | I år» with no sum or deductible beside it is no premium table (an index table\'s years)', () => {
    const p = parse(`${HEAD}Forsikring                I fjor     I år\nBygning                   6,1 %      4,3 %\n`);
    expect(p.coverages).toBeUndefined();
  });
  it('«Yrkesskade, Gruppe 1» in an «Objekt» column: a numbered group is no address', () => {
    const p = parse(`${HEAD}Objekt                     Sum              Egenandel    Premie\nNæringsbygg, Storgata 1    kr 9 000 000     kr 20 000    kr 11 000\nYrkesskade, Gruppe 1       kr 1 000 000     kr 0         kr 4 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Næringsbygg', 'Storgata 1']]);
  });
});

describe('a premium under a table with no premium column («Dekning | Forsikringssum» rows, then «Årspremie»)', () => {
  const doc = `Avtalenummer 7712345\n\nUlykkesforsikring for ansatte\n\nDekning                     Forsikringssum\nMedisinsk invaliditet       kr 1 000 000\nDødsfall                    kr 200 000\nÅrspremie                   kr 21 450\n`;
  it('is no row whose coverage is «Årspremie» and whose sum is the premium: a warning with its line', () => {
    const p = extractPolicy(textToSource(doc, 'doc.txt', '0'.repeat(64)));
    // (the benefits are the accident insurance's items)
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items])).toEqual([
      ['Ulykkesforsikring for ansatte', undefined, [{ name: 'Medisinsk invaliditet', sum: '1000000' }, { name: 'Dødsfall', sum: '200000' }]],
    ]);
    expect(p.warnings).toEqual(['line 8: «Årspremie kr 21 450» is a premium for the rows above together, and the table has no premium column to say whose; not read']);
  });
});

describe('each section of a table closed by its own price line («  Pris per år   11 460» under its row)', () => {
  const table = [
    'Forsikring              Adresse                          Sum            Egenandel',
    'Bygning                 Fjellvegen 3, 6900 Florø         Fullverdi      10 000',
    '  Pris per år                                                           11 460',
    'Innbo                   Fjellvegen 3, 6900 Florø         900 000         4 000',
    '  Pris per år                                                            3 120',
  ].join('\n');
  it('the price line is the premium of the row of its section, and the rows under it are read', () => {
    const p = extractPolicy(textToSource(`${HEAD}${table}\n`, 'doc.txt', '0'.repeat(64)));
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', undefined, '10000', '11460'],
      ['Innbo', '900000', '4000', '3120'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a price line under a section of two rows is still theirs together: warned, not given to one', () => {
    const two = `${HEAD}${table.split('\n').slice(0, 2).join('\n')}\nInnbo                   Fjellvegen 3, 6900 Florø         900 000         4 000\n  Pris per år                                                           14 580\n`;
    const p = extractPolicy(textToSource(two, 'doc.txt', '0'.repeat(64)));
    expect(p.coverages?.map((c) => c.premium)).toEqual([undefined, undefined]);
    expect(p.warnings.some((w) => w.includes('14 580') && w.includes('together'))).toBe(true);
  });
});

describe('a header over two lines with words broken by a hyphen («Forsikrings-» / «sum kr»)', () => {
  const doc = [
    'Polisenummer     SP 5512874',
    '',
    'Oversikt over forsikringene',
    '',
    'Forsikring           Forsikringssted             Forsikrings-     Egen-       Pris per',
    '                                                 sum kr           andel kr    år kr',
    '--------------------------------------------------------------------------------------',
    'Bygning              Parkveien 12-18,            187 400 000      10 000      214 880',
    '                     0350 Oslo',
    'Styreansvar                                       10 000 000       5 000        4 380',
  ].join('\n');
  it('reads the broken words whole: the sum and the deductible columns are known', () => {
    const p = extractPolicy(textToSource(`${doc}\n`, 'doc.txt', '0'.repeat(64)));
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', 'Parkveien 12-18, 0350 Oslo', '187400000', '10000', '214880'],
      ['Styreansvar', undefined, '10000000', '5000', '4380'],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('an address cut after its postcode', () => {
  // «Villa ⇥ Granlia 14, 1410 ⇥ 4 800 000 …» with «Kolbotn» on the wrapped cell's line, not joined:
  // half an address is a wrong place, the place is missing and said so
  it('«Granlia 14, 1410» is no object: left out, with a warning', () => {
    const p = parse(`${HEAD}Forsikring\tAdresse\tForsikringssum\tEgenandel\tPris\nVilla\tGranlia 14, 1410\t4 800 000\t10 000\t9 840\n`);
    expect(p.coverages).toEqual([{ product: 'Villa', index_class: 'bygninger', sum: '4800000', deductible: '10000', premium: '9840' }]);
    expect(p.warnings.some((w) => w.includes('Granlia 14, 1410') && w.includes('postcode'))).toBe(true);
  });
  it('the whole address and a model with its year stay objects', () => {
    const p = parse(`${HEAD}Forsikring\tAdresse\tForsikringssum\tEgenandel\tPris\nInnbo\tGranlia 14, 1410 Kolbotn\t1 200 000\t4 000\t3 120\nBåt\tNimbus 305 Coupé, 2019\t450 000\t5 000\t2 100\n`);
    expect(p.coverages?.map((c) => c.object)).toEqual(['Granlia 14, 1410 Kolbotn', 'Nimbus 305 Coupé, 2019']);
  });
});

describe('a tab table «Dekning ⇥ Sum (G)» with an item name wrapped onto two lines', () => {
  // «Medisinsk invaliditet ved» over «ulykke ⇥ 15»: the rows under it were lost, without a warning
  const doc = 'Avtalenummer: 7730 4415\n\nUlykke\nDekning\tSum (G)\nMedisinsk invaliditet ved\nulykke\t15\nDødsfall\t5\nBehandlingsutgifter\tkr 50 000\n';
  it('the item is both lines, the rows under it are read, and kroner in the G column are kroner', () => {
    const p = extractPolicy(textToSource(doc, 'doc.txt', '0'.repeat(64)));
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      [
        'Ulykke',
        [
          ['Medisinsk invaliditet ved ulykke', { g: '15' }],
          ['Dødsfall', { g: '5' }],
          ['Behandlingsutgifter', '50000'],
        ],
      ],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a broker «|» table whose first cell is «product, address»', () => {
  // «Næringsbygg, Industrivegen 14, 3430 Spikkestad | 18 400 000 | 20 000 | 24 310», then a row whose place has no postcode
  const doc = `${HEAD}Forsikring | Forsikringssum | Egenandel | Pris per år\nNæringsbygg, Industrivegen 14, 3430 Spikkestad | 18 400 000 | 20 000 | 24 310\nDriftstap, Industrivegen 14 | 6 000 000 | 20 000 | 5 120\nYrkesskade, Gruppe 1 | Etter lov | | 8 900\n`;
  it('splits at the first comma when the rest is a street and number or a postcode and place; «Gruppe 1» is no place', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Næringsbygg', 'Industrivegen 14, 3430 Spikkestad', '18400000', '20000', '24310'],
      ['Driftstap', 'Industrivegen 14', '6000000', '20000', '5120'],
      ['Yrkesskade, Gruppe 1', undefined, undefined, undefined, '8900'],
    ]);
  });
});

describe('kroner in the G column of a letter about changes («… følger G når den endres»)', () => {
  // «Behandlingsutgifter ⇥ kr 50 000» under «Dekning ⇥ Sum (G)»: lost without a word in a letter's part
  const doc = 'Avtalenummer: SP 6619 2044\n\nFritidsulykke for ansatte\nDekning\tSum (G)\nDødsfall\t5\nBehandlingsutgifter\tkr 50 000\n\nSummene er gitt i grunnbeløpet i folketrygden (G) og følger G når den endres.\n';
  it('is the item\'s sum in kroner', () => {
    const p = extractPolicy(textToSource(doc, 'doc.txt', '0'.repeat(64)));
    expect(p.coverages?.[0]?.items).toEqual([
      { name: 'Dødsfall', sum: { g: '5' } },
      { name: 'Behandlingsutgifter', sum: '50000' },
    ]);
  });
});

describe('a row that took in the total row under it (a PDF\'s total row without a first cell)', () => {
  const HEADER = 'Produkt\tForsikringssted\tForsikringssum\tEgenandel\tÅrspremie\n';
  it('«Ansvar | … | 3 000 Sum premie | 760 58 910»: the row\'s figure where the rows above and it add up to the total', () => {
    const p = parse(`${HEAD}${HEADER}Bygning\tFjordvegen 3, 6800 Førde\t48 200 000\t15 000\t52 400\nInnbo\tFjordvegen 3, 6800 Førde\t900 000\t5 000\t5 750\nAnsvar\tFjordvegen 3, 6800 Førde\t10 000 000\t3 000 Sum premie\t760 58 910\n`);
    expect(p.coverages?.[2]).toEqual({ product: 'Ansvar', object: 'Fjordvegen 3, 6800 Førde', index_class: 'none', sum: '10000000', deductible: '3000', premium: '760' });
    expect(p.warnings).toEqual([]);
  });
  it('the table\'s header repeated on the next page: the total is of the rows on both pages', () => {
    const p = parse(`${HEAD}${HEADER}Bygning\tFjordvegen 3, 6800 Førde\t48 200 000\t15 000\t52 400\n\f${HEADER}Innbo\tFjordvegen 3, 6800 Førde\t900 000\t5 000\t5 750\nAnsvar\tFjordvegen 3, 6800 Førde\t10 000 000\t3 000 Sum premie\t760 58 910\n`);
    expect(p.coverages?.[2]?.premium).toBe('760');
    expect(p.warnings).toEqual([]);
  });
  it('no split adds up: the premium is not read, and that is said with the line', () => {
    const p = parse(`${HEAD}${HEADER}Bygning\tFjordvegen 3, 6800 Førde\t48 200 000\t15 000\t52 400\nAnsvar\tFjordvegen 3, 6800 Førde\t10 000 000\t3 000 Sum premie\t760 58 910\n`);
    expect(p.coverages?.[1]?.premium).toBeUndefined();
    expect(p.coverages?.[1]?.deductible).toBe('3000');
    expect(p.warnings).toEqual(['line 5: the premium «760 58 910» of Ansvar holds the row\'s figure and the total «Sum premie» run together, and no one split of it adds up to the total; not read']);
  });
});

describe('a place with a description in brackets after its postcode and place', () => {
  it('«Solbakken 11, 1407 Vinterbro (garasjeanlegg, 48 plasser)»: the address is the object, the description the note', () => {
    const p = parse(`${HEAD}Produkt\tForsikringssted\tForsikringssum\tEgenandel\tÅrspremie\nBorettslag bygning\tFjellvegen 4, 2005 Rælingen (parkeringskjeller, 30 plasser)\t12 600 000\t15 000\t8 240\n`);
    expect(p.coverages?.[0]).toMatchObject({ object: 'Fjellvegen 4, 2005 Rælingen', note: 'parkeringskjeller, 30 plasser' });
  });
  it('a land register number in brackets says where: it stays in the place', () => {
    const p = parse(`${HEAD}Produkt\tForsikringssted\tForsikringssum\tEgenandel\tÅrspremie\nNæringsbygg\tHavnegata 12, 5003 Bergen (gnr. 165, bnr. 23)\t12 600 000\t15 000\t8 240\n`);
    expect(p.coverages?.[0]?.object).toBe('Havnegata 12, 5003 Bergen (gnr. 165, bnr. 23)');
  });
});

describe('a header cell of two figure columns\' names over cells of two amounts (a PDF\'s two right-aligned columns set as one)', () => {
  const HEADER = 'Forsikring\tObjekt\tForsikringssum Eigenandel\tÅrspremie\n';
  it('«Forsikringssum Eigenandel» over «96 400 000 15 000»: each amount in its column', () => {
    const p = parse(`${HEAD}${HEADER}Driftsbygning\tSauefjøs\t8 700 000 10 000\t19 240\nBustadhus\tVåningshus\t4 100 000 10 000\t6 315\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Driftsbygning', '8700000', '10000', '19240'],
      ['Bustadhus', '4100000', '10000', '6315'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('one amount alone, «1 200 000» (one column\'s, or «1» and «200 000»): neither read, and that is said', () => {
    const p = parse(`${HEAD}${HEADER}Driftsbygning\tSauefjøs\t8 700 000 10 000\t19 240\nDriftstap\tSauehald\t1 200 000\t2 110\n`);
    expect(p.coverages?.[1]).toMatchObject({ product: 'Driftstap', premium: '2110' });
    expect(p.coverages?.[1]?.sum).toBeUndefined();
    expect(p.coverages?.[1]?.deductible).toBeUndefined();
    expect(p.warnings).toEqual(['line 5: could not tell which of the columns «Forsikringssum | Eigenandel» the figures «1 200 000» stand in; not read']);
  });
  // docs/megler-oversikt-ombrutte-navn-steder-2027 printed with the deductible's and the premium's columns one
  // space apart: «Protector  Driftstap etter tingskade  …  14 000 000  – 6 940» under «Egenandel Premie»
  it('«– 6 940»: the dash is the empty cell of one column, the amount the other\'s', () => {
    const H = 'Forsikring\tObjekt\tForsikringssum\tEgenandel Premie\n';
    const p = parse(`${HEAD}${H}Driftsbygning\tSauefjøs\t8 700 000\t10 000 19 240\nDriftstap\tSauehald\t1 800 000\t– 2 110\nAnsvar\tNorden\t5 000 000\t10 000 –\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Driftsbygning', '8700000', '10000', '19240'],
      ['Driftstap', '1800000', undefined, '2110'],
      ['Ansvar', '5000000', '10000', undefined],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a vehicle or a boat after its product word', () => {
  // docs/gjensidige-epost-forsikringer-blokker-2026: «Bil – Volkswagen ID.4 (EV 40211)», «Båt – Askeladden C61 Cruiser 2020»
  it('after a dash: the plate (also in brackets) or a model ending in its year names the thing, the object', () => {
    expect(productLine('Bil – Volkswagen ID.4 (EV 40211)')).toEqual({ product: 'Bil', object: 'Volkswagen ID.4 (EV 40211)' });
    expect(productLine('Båt – Askeladden C61 Cruiser 2020')).toEqual({ product: 'Båt', object: 'Askeladden C61 Cruiser 2020' });
  });
  // docs/eika-epost-kjoretoy-liste-2026: «Personbil EK 12345 Toyota Corolla 2019»
  it('the kind, then the plate and the model: the vehicle as the line names it', () => {
    expect(productLine('Personbil EK 12345 Toyota Corolla 2019')).toEqual({ product: 'Personbil', object: 'EK 12345 Toyota Corolla 2019' });
    expect(productLine('Tilhenger TN 4471 Brenderup 1205')).toEqual({ product: 'Tilhenger', object: 'TN 4471 Brenderup 1205' });
  });
  it('no vehicle product, or no thing after the dash: the line stays as it was', () => {
    expect(productLine('Yrkesskade – lovbestemt')).toEqual({ product: 'Yrkesskade – lovbestemt' });
    expect(productLine('Bil – Kasko')).toEqual({ product: 'Bil – Kasko' });
  });
});

describe('a cover the row calls a first-risk cover', () => {
  it('«Varer | Førsterisiko | kr. 240.000»: the cover column makes the sum a first-risk sum', () => {
    const p = parse(`${HEAD}Produkt\tDekning\tForsikringssum\tEgenandel\tPris pr. år\nDriftsløsøre\tBrann, vann, tyveri\tkr. 1.850.000\tkr. 15.000\tkr. 6.215\nVarer\tFørsterisiko\tkr. 240.000\tkr. 15.000\tkr. 1.090\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual(['1850000', { first_risk: '240000' }]);
  });
  it('«Eldhus (førsterisiko), gnr. 14 bnr. 3: forsikringssum kr 250 000»: the name without the marker, a first-risk sum', () => {
    const p = parse(`${HEAD}Bygningar:\n- Våningshus, gnr. 14 bnr. 3: forsikringssum kr 3 100 000, eigendel kr 8 000, årspris kr 6 200\n- Eldhus (førsterisiko), gnr. 14 bnr. 3: forsikringssum kr 250 000, eigendel kr 8 000, årspris kr 540\n`);
    const c = p.coverages?.find((x) => x.product.startsWith('Eldhus'));
    expect(c).toMatchObject({ product: 'Eldhus', sum: { first_risk: '250000' } });
  });
});

describe('a fleet list: one row per vehicle, its plate in a column of its own', () => {
  // docs/if-bedrift-bilpark-bonus-kjorelengde-kolonner-2027: «Type  Regnr.  Merke/modell  Årsmodell  Dekning  Bonus  Kjørelengde  Egenandel  Premie»
  it('the first column the vocabulary does not name is the vehicle\'s kind, «Dekning» its cover (before: «Kasko» was the product)', () => {
    const p = parse(
      `${HEAD}Bilpark\n\nType         Regnr.      Merke/modell                 Årsmodell   Dekning     Bonus   Kjørelengde   Egenandel    Premie\nVarebil      EL 30217    Volkswagen ID. Buzz Cargo    2024        Kasko       70 %         30 000       8 000    10 420\nTilhenger    JT 4418     Brenderup 4310 UB            2019        Ansvar                                            640\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Varebil', 'Kasko', 'EL 30217', undefined, '8000', '10420'],
      ['Tilhenger', 'Ansvar', 'JT 4418', undefined, undefined, '640'],
    ]);
  });
  // docs/klp-motorvogn-kjennemerke-tabell-under-overskrift-2027: «Personbiler og varebiler» over «Kjennemerke  Merke og modell  …  Dekning  …  Egenandel  Premie»
  it('under a product heading, a vehicle list with no sum column is a table of the heading\'s product (before: not read, warned)', () => {
    const p = parse(`${HEAD}Næringsbil\nKjennemerke   Merke og modell          Dekning     Egenandel   Premie\nEL 40218      Nissan e-NV200           Kasko           6 000    7 215\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([['Næringsbil', 'Kasko', 'EL 40218', '6000', '7215']]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a broker\'s sheet with the company and policy number beside each row', () => {
  it('«Forsikring | Selskap | Polisenr. | Sum | Egenandel | Premie» over «Bygning, Ringveien 3, 2815 Gjøvik | If | …»: the table\'s row, not fields under labels', () => {
    const p = parse(`${HEAD}Forsikring                         Selskap     Polisenr.                 Sum    Egenandel      Premie\nBygning, Ringveien 3, 2815 Gjøvik  If          SP 5521 0993       42 600 000       50 000      38 940\n`);
    expect(p.coverages).toEqual([{ product: 'Bygning', object: 'Ringveien 3, 2815 Gjøvik', index_class: 'bygninger', sum: '42600000', deductible: '50000', premium: '38940' }]);
  });
});

describe('a price per year beside a price per month', () => {
  it('«Dekning | Egenandel | Pris per år | Pris per måned»: the year\'s price is the premium, the month\'s how it is paid', () => {
    const p = parse(`${HEAD}Bilforsikring\n\nDekning          Egenandel        Pris per år      Pris per måned\nKasko            kr 6 000         kr 6 912         kr 576\n`);
    expect(p.coverages?.map((c) => [c.deductible, c.premium])).toEqual([['6000', '6912']]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a price per month with no price per year', () => {
  it('«Dekning | Forsikringssum | Egenandel | Pris per måned»: the month\'s price is no year\'s premium — a warning, not a silent loss', () => {
    const p = parse(`${HEAD}Bilforsikring\nDekning          Forsikringssum   Egenandel        Pris per måned\nKasko            kr 100 000       kr 6 000         kr 576\n`);
    expect(p.coverages?.[0]?.premium).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('Pris per måned');
  });
});

describe('a column of the municipality beside the place', () => {
  it('«Gnr. 41 bnr. 1 | Sogndal» under «Eigedom | Kommune | …»: the place written on one line, «Gnr. 41 bnr. 1, Sogndal»', () => {
    const p = parse(`${HEAD}Skogforsikring\n\nEigedom                 Kommune     Forsikringssum   Eigendel    Årspremie\nGnr. 41 bnr. 1          Sogndal     kr 5 197 500     kr 10 000   kr 3 850\n`);
    expect(p.coverages?.[0]?.object).toBe('Gnr. 41 bnr. 1, Sogndal');
  });
});

describe('a premium cell «inkl.»: the cover is priced in the product', () => {
  it('has no premium and no warning', () => {
    const p = parse(`${HEAD}Forsikring        Dekning    Egenandel      Pris per år\nBolighus          Standard   10 000 kr      9 210 kr\nSkadedyr          Tillegg     2 000 kr      inkl.\n`);
    expect(p.coverages?.map((c) => [c.product, c.premium])).toEqual([['Bolighus', '9210'], ['Skadedyr', undefined]]);
    expect(p.warnings.filter((w) => /could not read/.test(w))).toEqual([]);
  });
});

describe('a place and the sum run together in the place\'s cell', () => {
  const head = `${HEAD}Objekt              Forsikringssted             Forsikringssum        Egenandel        Premie\n`;
  it('takes the amount at the place\'s end as the sum when the sum\'s cell is empty', () => {
    const p = parse(`${head}Lagerbygg           Havnevegen 12, 6509 Kristiansund NOK 41 000 000        NOK 50 000      NOK 38 900\n`.replace(/Kristiansund NOK/, 'Kristiansund NOK'));
    const c = p.coverages?.find((x) => x.product === 'Lagerbygg');
    expect([c?.object, c?.sum, c?.deductible, c?.premium]).toEqual(['Havnevegen 12, 6509 Kristiansund', '41000000', '50000', '38900']);
  });
  it('reads no row whose place holds an amount with more text after it, and says so', () => {
    const p = parse(`${head}Lagerbygg           Havnevegen 12, 6509 Kristiansund NOK 41 000 000,- Lager, byggeår 1998        NOK 50 000      NOK 38 900\n`);
    expect(p.coverages?.find((x) => x.product === 'Lagerbygg')).toBeUndefined();
    expect(p.warnings.some((w) => /do not line up/.test(w))).toBe(true);
  });
});

describe('a heading that lists two kinds over a column of things', () => {
  // «Eiendom og driftstap» over «Objekt | Forsikringssted | …»: the heading names no one class, each row's thing does
  it('takes each row\'s class from its thing', () => {
    const p = parse(`${HEAD}Eiendom og driftstap\nObjekt              Forsikringssted                    Forsikringssum        Egenandel        Premie\nLagerbygg           Havnevegen 12, 6509 Kristiansund   NOK 41 000 000        NOK 50 000      NOK 38 900\nDriftstap           Havnevegen 12, 6509 Kristiansund   NOK 9 500 000         NOK 25 000      NOK 8 075\n`);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'none']);
  });
});

describe('a cover level right after a vehicle\'s plate', () => {
  // a PDF's «Bilforsikring – Volvo V60, DN 48211 Kasko premie kr 9 140», its cells run together
  it('is the coverage, not part of the vehicle', () => {
    const p = parse(`${HEAD}Oversikt over forsikringene dine\n\nBilforsikring – Toyota Yaris, EK 40211 Delkasko premie kr 5 310\n`);
    const c = p.coverages?.find((x) => x.product === 'Bilforsikring');
    expect([c?.object, c?.coverage]).toEqual(['Toyota Yaris, EK 40211', 'Delkasko']);
  });
});

describe('business and municipal schedules', () => {
  it('«(justeres ikke)» under a row\'s place is the row\'s index class none, not part of the place', () => {
    // (docs/fremtind-indeksbrev-sted-reguleres-ikke-under-rad-2027, line 21: «Varer   Sagbruksvegen 4, Bø i Telemark   kr 650 000» over «(reguleres ikke)»)
    const p = parse(`${HEAD}  Forsikring               Sted                               Ny forsikringssum\n  Næringsbygg              Sagbruksvegen 4, Bø i Telemark       kr 11 450 000\n  Varer                    Sagbruksvegen 4, Bø i Telemark          kr 650 000\n                           (justeres ikke)\n`);
    expect(p.coverages?.[1]).toEqual({ product: 'Varer', object: 'Sagbruksvegen 4, Bø i Telemark', index_class: 'none', sum: '650000' });
  });
  const municipal = (lead: string): Policy =>
    parse(
      `${HEAD}${lead}\n\nForsikring     Forsikringssted                        Forsikringssum    Egenandel   Årspremie\nKommunebygg    Byskolen, Kongens gate 12                  74 900 000     150 000*      86 120\n               3111 Tønsberg\nLøsøre         Alle kommunens bygg                Førsterisiko\n                                                          30 000 000     75 000*       36 800\n`,
    );
  it('«100 000*» where the document says its changes are marked with «*»; a street before its kind in lower case over its postcode; «Førsterisiko» over the row\'s figures', () => {
    // (docs/klp-kommune-fornyelse-stjerne-forsterisiko-2027, lines 22–27)
    const p = municipal('Tall som er endret siden forrige periode, er merket med *.');
    expect(p.coverages).toEqual([
      { product: 'Kommunebygg', object: 'Byskolen, Kongens gate 12, 3111 Tønsberg', index_class: 'bygninger', sum: '74900000', deductible: '150000', premium: '86120' },
      { product: 'Løsøre', object: 'Alle kommunens bygg', index_class: 'maskin_losore', sum: { first_risk: '30000000' }, deductible: '75000', premium: '36800' },
    ]);
  });
  it('without the document\'s key to «*», «150 000*» is not read (an asterisk may point to a condition)', () => {
    const p = municipal('Vi fornyer avtalen.');
    expect(p.coverages?.[0]?.deductible).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('could not read the deductible «150 000*»');
  });
  it('«Nye forsikringssummer …» over lines of a name and one amount: the sums, joined to the premium rows of the same products', () => {
    // (docs/tryg-bedrift-fornyelse-nye-summer-liste-2027, lines 17–32)
    const p = parse(
      `${HEAD}Forsikring                         Årspremie 2026      Årspremie 2027\nNæringsbygg, Verkstedveien 9           kr 31 420           kr 33 980\nVarer                                   kr 4 310            kr 4 490\n\nNye forsikringssummer fra 1. januar 2027\nNæringsbygg, Verkstedveien 9, 2815 Gjøvik                    kr 19 760 000\nVarer                                                         kr    920 000\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Næringsbygg', object: 'Verkstedveien 9, 2815 Gjøvik', index_class: 'bygninger', sum: '19760000', premium: '33980' },
      { product: 'Varer', index_class: 'varer', sum: '920000', premium: '4490' },
    ]);
  });
  it('a heading that names a product between rows of one table: the row under it is read in the table\'s columns, without the place above', () => {
    // (the farm renewal's «Ansvar (gjeld heile verksemda, ikkje knytt til forsikringsstaden)» over «Landbruksansvar   kr 10 000 000 …»)
    const p = parse(
      `${HEAD}Forsikringsstad: Lid, Gnr 122 Bnr 4, 5700 Voss\n\nForsikring                   Forsikringssum     Eigendel     Årspremie 2026\nDriftsbygning                kr 7 940 000       kr 15 000    kr 16 220\n\nAnsvar (gjeld heile verksemda, ikkje knytt til forsikringsstaden)\nLandbruksansvar              kr 10 000 000      kr 5 000     kr 1 540\n`,
    );
    expect(p.coverages?.[1]).toEqual({ product: 'Landbruksansvar', index_class: 'none', sum: '10000000', deductible: '5000', premium: '1540' });
  });
  it('«Seksjon 3  Rene formuestap» over labelled lines is the section\'s heading, its product whatever the vocabulary knows', () => {
    // (docs/chubb-ansvarsprogram-seksjoner-tidligere-polise-2027, lines 26–29)
    const p = parse(
      `${HEAD}Seksjon 1  Bedriftsansvar\n           Forsikringssum per skadetilfelle        NOK 10 000 000,-\n           Egenandel per skadetilfelle             NOK 25 000,-\n           Premie                                  NOK 38 900,-\n\nSeksjon 2  Kontraktsbrudd\n           Forsikringssum per år                   NOK 1 000 000,-\n           Egenandel                               NOK 50 000,-\n           Premie                                  NOK 6 400,-\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.sum])).toEqual([
      ['Bedriftsansvar', '10000000'],
      ['Kontraktsbrudd', '1000000'],
    ]);
  });
  it('a certificate\'s page header «… Side 1 (2)» is page furniture; «Virksomhet: …» between the place and its table keeps the place; an area «2 850 m²» in a description line is no amount', () => {
    // (docs/codan-naering-bevis-to-steder-side-i-parentes-2027, lines 1–22)
    const p = parse(
      `Codan Forsikring          Forsikringsbevis Næring          Avtalenr. 8841 2207          Side 1 (2)\n\nBYGNING OG LØSØRE\n\nForsikringssted 1: Hvamsvingen 22, 2013 Skjetten\nVirksomhet: Sprøytestøping av plastdeler\n\n  Forsikret             Forsikringssum        Egenandel         Premie\n  Bygning                kr 24 600 000        kr 15 000      kr 27 310\n    Produksjonshall med lager, 2 850 m², byggeår 1984\n  Varer                   kr 3 900 000        kr 15 000       kr 4 870\n\nCodan Forsikring          Forsikringsbevis Næring          Avtalenr. 8841 2207          Side 1 (2)\n------------------------------------------------------------------\nCodan Forsikring          Forsikringsbevis Næring          Avtalenr. 8841 2207          Side 2 (2)\n\nANSVAR\n\n  Forsikret             Forsikringssum        Egenandel         Premie\n  Bedriftsansvar         kr 10 000 000        kr 10 000       kr 9 880\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Bygning', 'Hvamsvingen 22, 2013 Skjetten'],
      ['Varer', 'Hvamsvingen 22, 2013 Skjetten'],
      ['Bedriftsansvar', undefined],
    ]);
  });
});

describe('an object that ends with an amount', () => {
  // eika-forsikringsbevis-arbeidsmaskiner as LibreOffice printed the text in a proportional font: one of the two
  // spaces between the serial number and the sum lost («CAT0308CVJ9K01120 980.000», the sum column empty)
  it('in a row one figure short: a warning with the line, no row (the sum is not guessed out of the object)', () => {
    const p = parse(`${HEAD}Maskin\tReg./serienr.\tForsikringssum\tEgenandel\tPris pr. år\nGravemaskin Volvo EC220E\tVCEC220EP00312\t1.950.000\t25.000\t28.460\nGravemaskin Cat 308 CR\tCAT0308CVJ9K01120 980.000\t\t15.000\t14.330\n`);
    expect(p.coverages).toHaveLength(1);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Gravemaskin Volvo EC220E', object: 'VCEC220EP00312', sum: '1950000' });
    expect(p.warnings).toContain('line 5: the object «CAT0308CVJ9K01120 980.000» ends with an amount, and the row has fewer figures than the table has figure columns: which column each figure is in is not known; not read');
  });
  // protector-fornyelse-eiendom-borettslag as LibreOffice and WeasyPrint set it: «Objekt Sum (NOK)» one header cell,
  // the sum run into the place
  it('after the address\'s postcode and town: the sum run into the place, a warning and no row', () => {
    const p = parse(`${HEAD}Objekt\tIndeks\tEgenandel\tPremie\nBoligblokk A, Solveien 2, 7043 Trondheim 118 600 000\tBygning\t15 000\t132 880\n`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('«Boligblokk A, Solveien 2, 7043 Trondheim 118 600 000 | Bygning | 15 000 | 132 880» do not line up');
  });
});

describe('a row in kroner among a renewal letter\'s G rows', () => {
  // 85/protector-yrkesskade-fornyelse-2026 (a renewal letter): «Utvidet yrkesskade (fritidsulykke for ansatte)» over
  // «  Dødsfall    10 G» and «  Behandlingsutgifter    NOK 100 000»
  const letter = (rows: string) =>
    `Protector Forsikring ASA\nFornyelse – Yrkesskadeforsikring\nPolisenummer:   P1188420\nFornyelse gjelder fra:   01.01.2026\n\nUtvidet yrkesskade (fritidsulykke for ansatte)\n${rows}\n`;
  it('is an item of the product, as in a certificate', () => {
    const p = parse(letter('  Medisinsk invaliditet ved 100 %      15 G\n  Dødsfall                             10 G\n  Behandlingsutgifter                  NOK 100 000'));
    const c = p.coverages?.find((x) => x.product.startsWith('Utvidet yrkesskade'));
    expect(c?.items?.map((i) => [i.name, i.sum])).toEqual([
      ['Medisinsk invaliditet ved 100 %', { g: '15' }],
      ['Dødsfall', { g: '10' }],
      ['Behandlingsutgifter', '100000'],
    ]);
  });
  it('a row with a change\'s words in a letter stays unread', () => {
    const p = parse(letter('  Dødsfall                             10 G\n  Behandlingsutgifter økes til         NOK 100 000'));
    const c = p.coverages?.find((x) => x.product.startsWith('Utvidet yrkesskade'));
    expect(c?.items?.some((i) => i.name.startsWith('Behandlingsutgifter'))).toBeFalsy();
  });
});
