import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { FIGURE_HINTS, plainHeader, splitFigures } from './schedule-plain.js';
import { SCHEDULE_COLUMNS } from './vocabulary.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('figures at the end of a row written with single spaces', () => {
  it('Norwegian thousands groups split one way only', () => {
    expect(splitFigures('Skauggata 7, 3405 Lier Klubbhus, 16 200 000 15 000', 2)).toEqual({ kind: 'one', text: 'Skauggata 7, 3405 Lier Klubbhus,', amounts: ['16200000', '15000'] });
    expect(splitFigures('Bygning Vangsvegen 61, 2317 Hamar 18 942', 1)).toEqual({ kind: 'one', text: 'Bygning Vangsvegen 61, 2317 Hamar', amounts: ['18942'] });
    expect(splitFigures('10 000 000 25 000 4 200', 3)).toEqual({ kind: 'one', text: '', amounts: ['10000000', '25000', '4200'] });
  });
  it('a year or a model number before the figures stays text', () => {
    expect(splitFigures('JD 4471 Kubota M5091, årsmodell 2019 620 000 10 000', 2)).toMatchObject({ amounts: ['620000', '10000'], text: 'JD 4471 Kubota M5091, årsmodell 2019' });
  });
  it('figures that split more than one way are ambiguous, never a guess', () => {
    expect(splitFigures('Bygning 12 345 678 900', 2)).toEqual({ kind: 'ambiguous', readings: [['12 345', '678 900'], ['12 345 678', '900']] });
    // a row short of a cell is not cut to fit: «1 | 500 000 | 10 000» is no reading
    expect(splitFigures('Kjøleskade 1 500 000 10 000', 3)).toBeUndefined();
    expect(splitFigures('Bygning 18 942', 2)).toBeUndefined();
    // a house number of a street named right before the figures
    expect(splitFigures('Hytte Fjellstien 3 640', 1)).toEqual({ kind: 'ambiguous', readings: [['3 640'], ['640']] });
  });
  it('«kr» before each figure tells them apart', () => {
    expect(splitFigures('Havnegata 14, 4836 Arendal kr 64 800 000 kr 50 000 kr 71 230', 3)).toMatchObject({ amounts: ['64800000', '50000', '71230'] });
    // two amounts for three columns: which two is not said
    expect(splitFigures('Havnegata 14, 4836 Arendal kr 64 800 000 kr 50 000', 3)).toEqual({ kind: 'short', amounts: ['64800000', '50000'] });
    expect(splitFigures('Prisen per måned er kr 180', 3)).toBeUndefined();
  });
  it('an amount run into the next cell\'s «kr» (a web table copied as text)', () => {
    expect(splitFigures('Innbo Granåsvegen 14, 7093 Tiller kr 1 500 000kr 3 000kr 2 874', 3)).toEqual({ kind: 'one', text: 'Innbo Granåsvegen 14, 7093 Tiller', amounts: ['1500000', '3000', '2874'] });
  });
  it('«Fullverdi», or a vehicle\'s cover level, stands in the first column\'s place', () => {
    expect(splitFigures('Hus Granåsvegen 14, 7093 Tiller Fullverdi kr 10 000kr 11 562', 3)).toEqual({ kind: 'one', text: 'Hus Granåsvegen 14, 7093 Tiller Fullverdi', amounts: [undefined, '10000', '11562'], standIn: true });
    expect(splitFigures('Bil ZE 41307 Volkswagen ID.4 Kasko kr 8 000kr 7 915', 3)).toMatchObject({ amounts: [undefined, '8000', '7915'], standIn: true });
    // (a LibreOffice PDF whose place and sum columns were set as one cell: «Bil | Tesla Model Y, EL 44917 – | kr 6 000 | kr 8 930»
    // under a header of one cell — the dash an empty sum cell is printed with; before, the row was warned as one amount short)
    expect(splitFigures('Bil Tesla Model Y, EL 44917 – kr 6 000 kr 8 930', 3)).toMatchObject({ amounts: [undefined, '6000', '8930'], standIn: true });
    expect(splitFigures('Bil Tesla Model Y, EL 44917 kr 6 000 kr 8 930', 3)).toMatchObject({ kind: 'short' });
    // «Kasko» with no registration number, or two missing amounts: not read as a stand-in
    expect(splitFigures('Båt Kasko kr 8 000kr 7 915', 3)).toMatchObject({ kind: 'short' });
    expect(splitFigures('Hus Fullverdi kr 11 562', 3)).toMatchObject({ kind: 'short' });
  });
});

describe('a header line naming the columns', () => {
  it('every word a column name, the figures last', () => {
    expect(plainHeader('Forsikring Forsikringssted Premie', false)).toEqual({ text: ['product', 'object'], figures: ['premium'], free: false });
    expect(plainHeader('Forsikringssted Bygning Forsikringssum Egenandel', false)).toEqual({ text: ['object', 'text'], figures: ['sum', 'deductible'], free: false });
    expect(plainHeader('Årspremie Forsikring', false)).toBeUndefined();
    expect(plainHeader('Vi har endret prisen og egenandelen', false)).toBeUndefined();
  });
  it('a sentence ending in a figure column only right under a schedule heading', () => {
    expect(plainHeader('Idrettslaget har disse forsikringene hos oss Årspremie (kr)', true)).toEqual({ text: [], figures: ['premium'], free: true });
    expect(plainHeader('Idrettslaget har disse forsikringene hos oss Årspremie (kr)', false)).toBeUndefined();
  });
});

describe('a schedule exported without its layout', () => {
  const doc = [
    'Avtalenummer: 1175 4420',
    'Forsikringsoversikt',
    'Forsikring Forsikringssted Premie',
    'Bygning Vangsvegen 61, 2317 Hamar 18 942',
    'Side 1 av 2',
    'Ansvar 1 870',
    'Sum premie 20 812',
    'Forsikringsbevis Bygning',
    'Forsikringssted Forsikringssum Egenandel',
    'Vangsvegen 61, 2317 Hamar 42 300 000 25 000',
    'Forsikringsbevis Ansvar',
    'Forsikringssum Egenandel',
    '10 000 000 10 000 5',
  ].join('\n');
  it('overview rows and section rows are one coverage each; a row that does not split is a warning', () => {
    const p = parse(doc);
    expect(p.coverages).toEqual([
      { product: 'Bygning', object: 'Vangsvegen 61, 2317 Hamar', index_class: 'bygninger', sum: '42300000', deductible: '25000', premium: '18942' },
      { product: 'Ansvar', index_class: 'none', premium: '1870' },
    ]);
    expect(p.warnings).toEqual(['line 11: schedule «Forsikringsbevis Ansvar»: 1 line with amounts was not read (line 13)']);
  });
  it('an ambiguous row is a warning naming both readings', () => {
    const p = parse('Avtalenummer: 1175 4420\nForsikringsoversikt\nForsikring Forsikringssum Premie\nBygning 12 345 678 900\n');
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual(['line 4: the amounts at the end of «Bygning 12 345 678 900» can be read more than one way (12 345 | 678 900 or 12 345 678 | 900); not read']);
  });
});

describe('a whole certificate exported without its layout, page furniture inline', () => {
  it('every row read, the furniture and the total passed over, no warning', () => {
    const dump = [
      'Nordvik Forsikring AS',
      'Forsikringsnummer 77120458',
      'Forsikringsoversikt',
      'Det er avtalt forsikring på følgende Årspremie (kr)',
      'Bygning Sjøgata 4, 8006 Bodø 21 415',
      'Eiendeler Sjøgata 4, 8006 Bodø 4 120',
      'Fortsetter neste side',
      'Side 1 av 2',
      'Nordvik Forsikring AS Forsikringsnummer 77120458',
      'Ansvar for skade på person og ting 1 760',
      'Forsikringens premie 27 295',
      'Forsikringsbevis Bygning',
      'Forsikringssted Bygning Forsikringssum Egenandel',
      'Sjøgata 4, 8006 Bodø Forretningsgård, 12 400 000 10 000',
      'med lager',
    ].join('\n');
    const p = parse(dump);
    expect(p.coverages).toEqual([
      { product: 'Bygning', object: 'Sjøgata 4, 8006 Bodø', index_class: 'bygninger', sum: '12400000', deductible: '10000', premium: '21415' },
      { product: 'Eiendeler', object: 'Sjøgata 4, 8006 Bodø', index_class: 'maskin_losore', premium: '4120' },
      { product: 'Ansvar for skade på person og ting', index_class: 'none', premium: '1760' },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('the cheap test before a header is looked at', () => {
  it('every name of a figure column holds one of its stems', () => {
    const names = SCHEDULE_COLUMNS.filter(([c]) => c === 'sum' || c === 'deductible' || c === 'premium').flatMap(([, n]) => n);
    expect(names.filter((n) => !FIGURE_HINTS.some((h) => n.includes(h)))).toEqual([]);
  });
});

describe('single-space certificate sections (pdftotext without layout)', () => {
  const DOC = (rows: string): string =>
    `Forsikringsnummer 88 410 273\nForsikringsbevis Eiendeler\nNy forsikring gjelder fra 01.01.2026\nForsikringssted Festningsvegen 12, 7520 Hegra\nVirksomhet Idrettslag\nEiendeler Forsikringssum Egenandel\n${rows}\n`;
  it('a column named after the section\'s product lists its coverages, at the section\'s place', () => {
    const p = parse(DOC('Maskiner, inventar og løsøre kr 480 000 kr 10 000\nVarer i kiosken kr 60 000 kr 10 000'));
    expect(p.coverages).toEqual([
      { product: 'Eiendeler', coverage: 'Maskiner, inventar og løsøre', object: 'Festningsvegen 12, 7520 Hegra', index_class: 'maskin_losore', sum: '480000', deductible: '10000' },
      { product: 'Eiendeler', coverage: 'Varer i kiosken', object: 'Festningsvegen 12, 7520 Hegra', index_class: 'varer', sum: '60000', deductible: '10000' },
    ]);
  });
  it('amounts that a number in the name can take a group of are a warning naming both readings, and no row', () => {
    const p = parse(DOC('Utstyr i Hegrahallen 2 250 000 5 000'));
    expect(p.coverages).toBeUndefined();
    expect(p.warnings?.join('\n')).toContain('2 250 000 | 5 000 or 250 000 | 5 000');
  });
  it('a model number and a year before the premium are text; a product word first is the product', () => {
    const p = parse('Forsikringsnummer 88 410 273\nForsikringsoversikt\nDet er avtalt forsikring på følgende Årspremie (kr)\nArbeidsmaskin Løypemaskin PistenBully 100 2014 6 310\nForsikringens premie 6 310\n');
    expect(p.coverages).toEqual([{ product: 'Arbeidsmaskin', index_class: 'none', premium: '6310', note: 'Løypemaskin PistenBully 100 2014' }]);
  });
});

describe('vehicles in text without column gaps', () => {
  it('«Bil AB 12345 Toyota Corolla 2019 Kasko 8 420»: product, the vehicle (plate and model: the object), cover level', () => {
    const p = parse('Forsikringsnummer 88 410 273\nForsikringsoversikt\nDet er avtalt forsikring på følgende Årspremie (kr)\nBil AB 12345 Toyota Corolla 2019 Kasko 8 420\nForsikringens premie 8 420\n');
    expect(p.coverages).toEqual([{ product: 'Bil', coverage: 'Kasko', object: 'AB 12345 Toyota Corolla 2019', index_class: 'none', premium: '8420' }]);
  });
});

describe('a web page\'s table copied as text (cells one space apart, amounts run together)', () => {
  const DOC = (rows: string): string => `Avtalenummer: 5520 8817\nForsikring Forsikringssted Forsikringssum Egenandel Pris per år\n${rows}\nTotalt kr 29 818\n`;
  it('the «kr» markers split the amounts; «Fullverdi» and a car\'s «Kasko» stand in the sum\'s place', () => {
    const p = parse(DOC('Innbo Granåsvegen 14, 7093 Tiller kr 1 500 000kr 3 000kr 2 874\nHus Granåsvegen 14, 7093 Tiller Fullverdi kr 10 000kr 11 562\nBil ZE 41307 Volkswagen ID.4 Kasko kr 8 000kr 7 915'));
    expect(p.coverages).toEqual([
      { product: 'Innbo', object: 'Granåsvegen 14, 7093 Tiller', index_class: 'innbo', sum: '1500000', deductible: '3000', premium: '2874' },
      { product: 'Hus', object: 'Granåsvegen 14, 7093 Tiller', index_class: 'bygninger', deductible: '10000', premium: '11562', note: 'Fullverdi' },
      { product: 'Bil', coverage: 'Kasko', object: 'ZE 41307 Volkswagen ID.4', index_class: 'none', deductible: '8000', premium: '7915' },
    ]);
  });
  it('a row with fewer amounts than figure columns and nothing standing in is a warning with its line; the rows after it are read', () => {
    const p = parse(DOC('Reise Hele familien kr 2 160\nInnbo Granåsvegen 14, 7093 Tiller kr 1 500 000kr 3 000kr 2 874'));
    expect(p.coverages).toEqual([{ product: 'Innbo', object: 'Granåsvegen 14, 7093 Tiller', index_class: 'innbo', sum: '1500000', deductible: '3000', premium: '2874' }]);
    expect(p.warnings).toEqual([expect.stringMatching(/^line 3: .*«Reise Hele familien kr 2 160».*not read/)]);
  });
});
