import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// A broker's overview and a municipality's list, each figure placed by its column (src/parse/text.ts barRowRest,
// barHeaderRest, keptPlaces, nameOverPlacedRow; src/parse/schedule-overview.ts POLICY_IN_NAME, productInObject;
// src/parse/schedule-tables.ts endedTableRow). After 72/soderberg-partners-forsikringsoversikt,
// 72/klp-kommune-eiendom-oversikt, 72/codan-maskin-entreprenor and 72/protector-kommune-fornyelse, in other words.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('a drawn table whose rows are written over two lines', () => {
  // «| Tryg | Bygning | Fjordvegen 12, 6200 | NOK 14 200 000,- | NOK | NOK |» over «| | pol. 55 120 448 | Stranda | | 20 000,- | 18 330,- |»
  const HEAD = 'Forsikringsoversikt fra megler\n\n| Selskap | Produkt / polise | Forsikringssted | Sum | Egenandel | Premie |\n|  |  |  |  |  | 2027 |\n|---|---|---|---|---|---|\n';
  it('each cell goes on under its column: the amount under its currency, the place\'s rest, the policy number taken off the name', () => {
    const p = parse(`${HEAD}| Tryg | Bygning | Fjordvegen 12, 6200 | NOK 14 200 000,- | NOK | NOK |\n|  | pol. 55 120 448 | Stranda |  | 20 000,- | 18 330,- |\n| Fremtind | Bedriftsansvar, | - | NOK 10 000 000,- | NOK | NOK |\n|  | avtalenr. 8812-4471 |  |  | 10 000,- | 6 120,- |\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', 'Fjordvegen 12, 6200 Stranda', '14200000', '20000', '18330'],
      ['Bedriftsansvar', undefined, '10000000', '10000', '6120'],
    ]);
  });
  it('a figure under a figure is a row of its own, never the rest of the one above', () => {
    const p = parse(`${HEAD}| Tryg | Bygning | Fjordvegen 12, 6200 Stranda | NOK 14 200 000,- | NOK 20 000,- | NOK 18 330,- |\n|  | Husleietap |  | NOK 1 200 000,- | NOK 20 000,- | NOK 2 140,- |\n`);
    expect(p.coverages?.map((c) => c.sum)).not.toContain('142000001200000');
    expect(p.coverages?.[0]?.sum).toBe('14200000');
  });
});

describe('rows of a table past a heading and a sentence, placed by its header', () => {
  // «Eigedom   Adresse   Forsikringssum   Eigenandel   Premie», then «Førsterisiko» and «Følgjande summar … :» over
  // «Kontantar og verdipapir          150 000   10 000   980», its place column empty
  const DOC = [
    'Tryg Forsikring',
    'Eigedomsoversikt for Sande kommune',
    'Avtalenr.:            TK 77 1204',
    'Utferda:              02.12.2026',
    '',
    'Summane i tabellen er brannforsikringssummar.',
    '',
    'Eigedom                 Adresse                      Forsikringssum   Eigenandel    Premie',
    'Sande rådhus            Rådhusvegen 2, 6084 Larsnes     88 400 000       50 000    61 230',
    'Larsnes skule           Skulevegen 9, 6084 Larsnes      64 100 000       50 000    44 870',
    '',
    'Førsterisiko',
    'Følgjande summar gjeld på førsterisiko og blir ikkje indeksregulerte:',
    '',
    'Kontantar og verdipapir                                 150 000       10 000       980',
    '',
  ].join('\n');
  it('the row is the table\'s, each figure under its column, its sum a first-risk sum that follows no index', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.object, c.index_class, c.sum, c.deductible, c.premium])).toEqual([
      ['Sande rådhus', 'Rådhusvegen 2, 6084 Larsnes', 'bygninger', '88400000', '50000', '61230'],
      ['Larsnes skule', 'Skulevegen 9, 6084 Larsnes', 'bygninger', '64100000', '50000', '44870'],
      ['Kontantar og verdipapir', undefined, 'none', { first_risk: '150000' }, '10000', '980'],
    ]);
  });
  it('an amount under a text column is no row of the table: not read, and said', () => {
    const p = parse(DOC.replace('Kontantar og verdipapir                                 150 000', 'Kontantar og verdipapir    150 000                     '));
    expect(p.coverages?.map((c) => c.product)).not.toContain('Kontantar og verdipapir');
  });
  // «Verktøy og utstyr i brakkerigg, førsterisiko» over «      kr 250 000   kr 10 000   kr 2 310» under a machine list
  it('a name too long for its column, over its figures: one row', () => {
    const p = parse('Maskin                        Serienr.        Forsikringssum   Egenandel    Premie\nHjullaster Volvo L60H         L60H-22018      kr 1 450 000     kr 25 000    kr 17 200\n\nVerktøy og utstyr i brakkerigg, førsterisiko\n                                              kr 250 000       kr 10 000    kr 2 310\n');
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Hjullaster Volvo L60H', '1450000', '25000', '17200'],
      ['Verktøy og utstyr i brakkerigg, førsterisiko', { first_risk: '250000' }, '10000', '2310'],
    ]);
  });
});

describe('an «Objekt» column that names the thing and its place', () => {
  // «Hareid brannstasjon, Strandgata 4, 6060 Hareid   41 300 000   50 000   22 410» under «Objekt   Sum (kr)   …»
  it('the thing before the comma, its place after it, though no index class names the thing by a word of its own', () => {
    const p = parse('Oversikt\n\nObjekt                                          Sum (kr)     Egenandel (kr)   Premie (kr)\nKommunale bygg, samlet                    1 210 000 000          100 000        712 300\nHareid brannstasjon, Strandgata 4, 6060 Hareid    41 300 000     50 000          22 410\nKommunale kjøretøy (23 stk)                       se bilag       10 000         141 900\n');
    expect(p.coverages?.map((c) => [c.product, c.object, c.index_class, c.sum, c.premium])).toEqual([
      ['Kommunale bygg, samlet', undefined, 'bygninger', '1210000000', '712300'],
      ['Hareid brannstasjon', 'Strandgata 4, 6060 Hareid', 'bygninger', '41300000', '22410'],
      ['Kommunale kjøretøy (23 stk)', undefined, 'none', undefined, '141900'],
    ]);
  });
});

describe('a place column named with what stands there', () => {
  // «Produkt | Forsikringssted / gjenstand | Forsikringssum | …» over «Driftsbygning | Fjøs med låve, Haugsetvegen 41 | …»
  it('«Forsikringssted / gjenstand» is the rows\' object column (src/parse/schedule-names.ts columnNamed)', () => {
    const p = parse('Avtalenummer: 77 10 448 201\n\nProdukt        | Forsikringssted / gjenstand      | Forsikringssum | Egenandel | Årspremie\n---------------|----------------------------------|----------------|-----------|----------\nDriftsbygning  | Kornlåve, Nordigardsvegen 8      | kr 5 100 000   | kr 10 000 | kr 12 840\nDriftstilbehør | Maskiner og redskap, alle bygg   | kr 2 400 000   | kr 6 000  | kr 5 730\n');
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Driftsbygning', 'Kornlåve, Nordigardsvegen 8'],
      ['Driftstilbehør', 'Maskiner og redskap, alle bygg'],
    ]);
  });
});

describe('a numbered list of records', () => {
  // «4) Driftsløsøre (…)» / «     Sum: …» / «5) Sau og lam» / «     Sum: 480 000 kr …» (src/parse/units.ts buildUnits)
  it('the next number of the list is a record of its own, though the vocabulary does not know its name', () => {
    const p = parse('Forsikringsnummer: VF 55 120 9\n\nForsikringsoversikt\n\n1) Driftsbygning – Lidavegen 14, 2930 Bagn\n     Sum: 4 100 000 kr    Egenandel: 8 000 kr    Premie: 9 870 kr\n2) Driftsløsøre (maskiner og redskap)\n     Sum: 1 900 000 kr    Egenandel: 8 000 kr    Premie: 4 210 kr\n3) Bier og bikuber\n     Sum: 120 000 kr      Egenandel: 4 000 kr    Premie: 940 kr\n');
    expect(p.coverages?.map((c) => [c.product, c.sum, c.premium])).toEqual([
      ['Driftsbygning', '4100000', '9870'],
      ['Driftsløsøre (maskiner og redskap)', '1900000', '4210'],
      ['Bier og bikuber', '120000', '940'],
    ]);
  });
});

describe('a clause that says its own subject is not index-regulated (src/parse/schedule-unindexed.ts)', () => {
  const ROWS = 'Avtalenr.: 4410 2287\n\nForsikring\tForsikringssum\tEgenandel\tPremie\nForretningsbygg\t31 200 000\t20 000\t29 810\nHusleietap\t2 900 000\t20 000\t2 440\n\n';
  it('«…, men husleietapet … ikke indeksreguleres»: the loss of rent only, the buildings keep their index', () => {
    const p = parse(`${ROWS}Bygningssummen reguleres etter byggekostnadsindeksen, men husleietapet er en avtalt sum som ikke indeksreguleres.\n`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Forretningsbygg', 'bygninger'],
      ['Husleietap', 'none'],
    ]);
  });
  it('«Maskinene er verdsatt av kunden; summene blir ikke indeksregulert.»: every sum', () => {
    const p = parse('Polisenr.: 6620 114\n\nMaskin\tForsikringssum\tEgenandel\tPremie\nVerktøy og utstyr\t300 000\t10 000\t3 110\n\nMaskinene er verdsatt av kunden; summene blir ikke indeksregulert.\n');
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['none']);
  });
});

describe('a building\'s description run into a place with a house letter', () => {
  // (a web page printed by WeasyPrint: «Husforsikring | Pluss | Solbakkvegen 14 B Garasje med bod, byggeår 1991 | kr 640 000 | …»,
  // the description set under the place in the page's cell and printed as one text — src/parse/schedule.ts descriptionApart)
  it('the street, its number and its letter are the object; the description the row\'s note', () => {
    const p = parse('Forsikringsnummer: 84412076\n\nForsikring\tForsikringssted\tForsikringssum\tEgenandel\tPris per år\nHusforsikring\tStorlivegen 3 C Uthus med vedbod, byggeår 1964\tkr 420 000\tkr 10 000\tkr 980\n');
    expect(p.coverages?.[0]).toMatchObject({ product: 'Husforsikring', object: 'Storlivegen 3 C', note: 'Uthus med vedbod, byggeår 1964' });
  });
});

describe('a middle dot between a product and its place', () => {
  // (a WeasyPrint PDF of «Innbo  ·  Husøyveien 31, 3145 Tjøme»: the dot at the start of the place's cell — src/parse/schedule.ts separatorApart)
  it('is no part of the place', () => {
    const p = parse('Forsikringsnummer: 84412076\n\nForsikring\tForsikringssted\tForsikringssum\tEgenandel\tPris per år\nInnbo\t· Storlivegen 3, 2830 Raufoss\tkr 1 200 000\tkr 6 000\tkr 3 544\n');
    expect(p.coverages?.[0]).toMatchObject({ product: 'Innbo', object: 'Storlivegen 3, 2830 Raufoss' });
  });
});
