import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// Schedules whose product or place is stated once, above the rows (src/parse/schedule-tables.ts):
// a numbered table under its product's heading, places over groups of rows, a heading's objects.
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\n';

describe('a numbered table under its product\'s heading', () => {
  // docs/klp-kommune-nummerert-tabell-2026: «Bygninger (kommuneeiendom)» over «Nr | Objekt | Forsikringssum | …»
  // and «1 | Fjordvik skole, Skolegata 8, 6100 Fjordvik | 182 400 000 | 100 000 | 96 420»
  const table = 'Bygninger (kommuneeiendom)\n\nNr | Objekt | Forsikringssum | Egenandel | Årspremie\n1 | Fjordvik skole, Skolegata 8, 6100 Fjordvik | 182 400 000 | 100 000 | 96 420\n2 | Rådhuset, Torget 1, 6100 Fjordvik | 64 900 000 | 100 000 | 34 310\n';
  it('a row\'s number is no product: each row is the heading\'s, its object the object cell', () => {
    const p = parse(`${HEAD}${table}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygninger (kommuneeiendom)', 'Fjordvik skole, Skolegata 8, 6100 Fjordvik', '182400000', '100000', '96420'],
      ['Bygninger (kommuneeiendom)', 'Rådhuset, Torget 1, 6100 Fjordvik', '64900000', '100000', '34310'],
    ]);
  });
  it('a row under the numbered ones that names its own product is a coverage of that product', () => {
    // «Kommunalt løsøre | førsterisiko 40 000 000 | 100 000 | 18 900»: no number, no object, its figures in the last columns
    const p = parse(`${HEAD}${table}Kommunalt løsøre | førsterisiko 40 000 000 | 100 000 | 18 900\n`);
    expect(p.coverages?.[2]).toEqual({ product: 'Kommunalt løsøre', index_class: 'maskin_losore', sum: { first_risk: '40000000' }, deductible: '100000', premium: '18900' });
    expect(p.coverages).toHaveLength(3);
  });
  it('the same row with an empty number cell: its product in the object column', () => {
    const p = parse(`${HEAD}${table} | Kommunalt løsøre | førsterisiko 40 000 000 | 100 000 | 18 900\n`);
    expect(p.coverages?.[2]).toEqual({ product: 'Kommunalt løsøre', index_class: 'maskin_losore', sum: { first_risk: '40000000' }, deductible: '100000', premium: '18900' });
  });
  it('a space table with no header over its number column', () => {
    const p = parse(`${HEAD}Bygninger (kommuneeiendom)\n\n     Bygning                                  Forsikringssum   Egenandel   Årspremie\n1    Fjordvik skole, Skolegata 8, 6100 Fjordvik   182 400 000     100 000      96 420\n2    Rådhuset, Torget 1, 6100 Fjordvik             64 900 000     100 000      34 310\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Bygninger (kommuneeiendom)', 'Fjordvik skole, Skolegata 8, 6100 Fjordvik', '182400000'],
      ['Bygninger (kommuneeiendom)', 'Rådhuset, Torget 1, 6100 Fjordvik', '64900000'],
    ]);
  });
});

describe('a product heading over rows of its objects', () => {
  // docs/frende-hussopp-bygninger-2026: «Hussoppforsikring» over «Bygning | Forsikringssum | Egenandel | Årspremie»
  // and «Enebolig | 4 850 000 | 10 000 | 1 240»
  it('the buildings are the objects of the heading\'s product, not products', () => {
    const p = parse(`${HEAD}Hussoppforsikring\nBygning          Forsikringssum    Egenandel    Årspremie\nEnebolig              4 850 000       10 000        1 240\nGarasje                 420 000       10 000          180\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Hussoppforsikring', 'Enebolig', '4850000', '10000', '1240'],
      ['Hussoppforsikring', 'Garasje', '420000', '10000', '180'],
    ]);
  });
});

describe('a title\'s product, its fields between, over a table of its buildings', () => {
  // test/corpus/docs/tryg-skadedyr-bygg-celle-per-linje-gnr-2026: «Forsikringsbevis – Skadedyrforsikring», the policy's
  // fields and a sentence, then «Bygg | Adresse | Forsikringssum | …» over «Hovedhus | Liavegen 14, … | …»
  it('the buildings are the title product\'s objects, not products', () => {
    const p = parse(`Forsikringsbevis – Skadedyrforsikring\n\nForsikringstaker: Øvre Lia Sameie\nForsikringsnummer: 6612 40 775\nUtstedt: 14.11.2025\n\nForsikringen dekker sanering av skadedyr.\n\nBygninger som omfattes\n\nBygg\tAdresse\tForsikringssum\tEgenandel\tPremie\nHovedhus\tLiavegen 14, 2380 Brumunddal\tkr 12 400 000\tkr 6 000\tkr 2 170\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([['Skadedyrforsikring', 'Hovedhus, Liavegen 14, 2380 Brumunddal', '12400000']]);
  });
});

describe('a product heading over a table whose first column names the things by a generic word', () => {
  // docs/if-naering-generisk-kolonne-2026: «Næringsbygg» over «Bygning | Forsikringssted | Forsikringssum | …»
  // and «Produksjonshall | Straumsvegen 41, 8056 Saltstraumen | 38 600 000 | 25 000 | 29 480»
  it('the heading is the product, the thing and its place the object', () => {
    const p = parse(`${HEAD}Næringsbygg\nBygning\tForsikringssted\tForsikringssum\tEgenandel\tPris per år\nProduksjonshall\tStraumsvegen 41, 8056 Saltstraumen\t38 600 000\t25 000\t29 480\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([['Næringsbygg', 'Produksjonshall, Straumsvegen 41, 8056 Saltstraumen', '38600000', '25000', '29480']]);
  });
  it('«Gjenstand», «Objekt» and «Eiendel» name things as «Bygning» does, with or without a place column', () => {
    const p = parse(`${HEAD}Maskiner og inventar\nGjenstand\tForsikringssted\tForsikringssum\tEgenandel\tPris per år\nFileteringslinje\tStraumsvegen 41, 8056 Saltstraumen\t6 400 000\t50 000\t12 760\n\nVarer\nObjekt\tForsikringssted\tForsikringssum\tEgenandel\tPris per år\nFryselager\tStraumsvegen 41, 8056 Saltstraumen\t4 200 000\t25 000\t6 380\n\nEiendeler utenfor forsikringsstedet\nEiendel\tForsikringssum\tEgenandel\tPris per år\nVerktøy og måleutstyr\t300 000\t10 000\t1 150\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.index_class])).toEqual([
      ['Maskiner og inventar', 'Fileteringslinje, Straumsvegen 41, 8056 Saltstraumen', 'maskin_losore'],
      ['Varer', 'Fryselager, Straumsvegen 41, 8056 Saltstraumen', 'varer'],
      ['Eiendeler utenfor forsikringsstedet', 'Verktøy og måleutstyr', 'maskin_losore'],
    ]);
  });
  it('under a group\'s title in capitals the rows still name their own products', () => {
    // docs/klp-kommune-bygningsliste-2025: «KOMMUNEEIENDOM - BYGNINGER» over «Bygning | Forsikringssted | …»
    const p = parse(`${HEAD}KOMMUNEEIENDOM - BYGNINGER\n\nBygning\tForsikringssted\tForsikringssum\tEgenandel\tPremie\nBrannstasjon\tIndustrivegen 8, 8290 Skutvik\t22 900 000\t50 000\t15 980\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Brannstasjon', 'Industrivegen 8, 8290 Skutvik']]);
  });
});

describe('a schedule over several insured places', () => {
  // docs/gjensidige-flere-forsikringssteder-2026: «Forsikringssted: Storgata 41, 3611 Kongsberg» over
  // a table of that place's rows, then «Forsikringssted: Industrivegen 9, 3616 Kongsberg» and its rows
  const rows1 = 'Næringsbygg               38 600 000        25 000        41 280\nHusleietap                 3 200 000        25 000         2 940\n';
  const rows2 = 'Næringsbygg               21 900 000        25 000        27 115\nMaskiner og inventar       4 500 000        25 000         6 380\n';
  const header = 'Forsikring            Forsikringssum     Egenandel     Årspremie\n';
  const expected = [
    ['Næringsbygg', 'Storgata 41, 3611 Kongsberg', '38600000'],
    ['Husleietap', 'Storgata 41, 3611 Kongsberg', '3200000'],
    ['Næringsbygg', 'Industrivegen 9, 3616 Kongsberg', '21900000'],
    ['Maskiner og inventar', 'Industrivegen 9, 3616 Kongsberg', '4500000'],
  ];
  it('each place over a header of its own: the rows under it are at that place', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n\nForsikringssted: Storgata 41, 3611 Kongsberg\n${header}${rows1}\nForsikringssted: Industrivegen 9, 3616 Kongsberg\n${header}${rows2}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual(expected);
  });
  it('places between the rows of one table: each carried down to the next, no row of its own', () => {
    const p = parse(`${HEAD}${header}Forsikringssted: Storgata 41, 3611 Kongsberg\n${rows1}Forsikringssted: Industrivegen 9, 3616 Kongsberg\n${rows2}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual(expected);
    expect(p.warnings).toEqual([]);
  });
  it('«Adresse:» and «Risikosted» lines in a | table', () => {
    const bar = (r: string): string => r.trim().split(/\s{2,}/).join(' | ');
    const t = `${bar(header)}\nAdresse: Storgata 41, 3611 Kongsberg\n${rows1.trim().split('\n').map(bar).join('\n')}\nRisikosted Industrivegen 9, 3616 Kongsberg\n${rows2.trim().split('\n').map(bar).join('\n')}\n`;
    const p = parse(`${HEAD}${t}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual(expected);
  });
  it('a place line run over the table\'s columns is no row', () => {
    const p = parse(`${HEAD}${header}Forsikringssted: Storgata 41,     3611 Kongsberg\n${rows1}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual(expected.slice(0, 2));
  });
});

/** The travel insurance of the same document: one coverage, its sub-covers items, «Årspremie» its premium. */
function expectTravel(p: ReturnType<typeof parse>): void {
  expect(p.coverages).toHaveLength(1);
  expect(p.coverages?.[0]).toMatchObject({ product: 'Reiseforsikring', premium: '12400' });
  expect(p.coverages?.[0]?.items?.map((i) => [i.name, i.sum])).toEqual([
    ['Reisegods', '30000'],
    ['Avbestilling', '50000'],
    ['Ulykke på reise, dødsfall', '300000'],
  ]);
}

/** The treatment insurance of docs/storebrand-behandling-reise-bedrift-2026, however its items are laid out. */
const BEHANDLING = {
  product: 'Behandlingsforsikring',
  index_class: 'none',
  premium: '48600',
  items: [
    { name: 'Operasjon og spesialist', sum: '2000000' },
    { name: 'Psykolog', note: 'inntil 10 behandlinger' },
    { name: 'Fysioterapi' },
  ],
};

describe('a person product\'s sub-items, and its premium under them', () => {
  // docs/storebrand-behandling-reise-bedrift-2026: «Behandlingsforsikring» over «Operasjon og spesialist
  // inntil kr 2 000 000», «Psykolog  inntil 10 behandlinger», «- Fysioterapi», «Årspremie  kr 48 600»
  it('a count of treatments is an item with that note, a name alone an item, «Årspremie» the product\'s premium', () => {
    const p = parse(`${HEAD}Behandlingsforsikring\n  Operasjon og spesialist        inntil kr 2 000 000\n  Psykolog                       inntil 10 behandlinger\n  - Fysioterapi\n  Årspremie                      kr 48 600\n`);
    expect(p.coverages).toEqual([BEHANDLING]);
  });
  it('a travel product\'s sub-covers in kroner, its «Årspremie» line its premium, not a coverage', () => {
    const p = parse(`${HEAD}Reiseforsikring\n  - Reisegods                    kr 30 000\n  - Avbestilling                 kr 50 000\n  - Ulykke på reise, dødsfall    kr 300 000\n  Årspremie                      kr 12 400\n`);
    expectTravel(p);
  });
});

describe('a vehicle or a boat described by make, model and registration number in a field', () => {
  // docs/tryg-kjoretoy-felt-2026: «Bilforsikring» / «Kjøretøy: Toyota RAV4, EK 12345» / «Dekning: Kasko»
  // / «Egenandel: kr 6 000» / «Årspremie: kr 9 840»
  it('«Kjøretøy: Toyota RAV4, EK 12345» is the coverage\'s object', () => {
    const p = parse(`${HEAD}Bilforsikring\nKjøretøy: Toyota RAV4, EK 12345\nDekning: Kasko\nEgenandel: kr 6 000\nÅrspremie: kr 9 840\n`);
    expect(p.coverages).toEqual([{ product: 'Bilforsikring', object: 'Toyota RAV4, EK 12345', coverage: 'Kasko', index_class: 'none', deductible: '6000', premium: '9840' }]);
  });
  it('«Båt: Nimbus 305 Coupé, 2019, reg.nr. ABC 123» is the coverage\'s object', () => {
    const p = parse(`${HEAD}Båtforsikring\nBåt: Nimbus 305 Coupé, 2019, reg.nr. ABC 123\nForsikringssum: kr 1 450 000\nEgenandel: kr 10 000\nÅrspremie: kr 7 320\n`);
    expect(p.coverages).toEqual([{ product: 'Båtforsikring', object: 'Nimbus 305 Coupé, 2019, reg.nr. ABC 123', index_class: 'none', sum: '1450000', deductible: '10000', premium: '7320' }]);
  });
  it('a «Kjøretøy:» field with no registration number is no object (a kind of vehicle names nothing insured)', () => {
    const p = parse(`${HEAD}Bilforsikring\nKjøretøy: Personbil\nDekning: Kasko\nEgenandel: kr 6 000\nÅrspremie: kr 9 840\n`);
    expect(p.coverages?.[0]?.object).toBeUndefined();
  });
});

describe('a vehicle or a boat described in a table under its product\'s heading', () => {
  // docs/tryg-kjoretoy-felt-2026: «Bilforsikring» over «Kjøretøy | Dekning | Egenandel | Årspremie» and
  // «Toyota RAV4, EK 12345 | Kasko | 6 000 | 9 840»; «Båtforsikring» over «Båt | Forsikringssum | …»
  it('the vehicle column holds the objects of the heading\'s product', () => {
    const p = parse(`${HEAD}Bilforsikring\nKjøretøy                 Dekning     Egenandel    Årspremie\nToyota RAV4, EK 12345    Kasko           6 000        9 840\nVW Golf, EL 22334        Delkasko        4 000        3 120\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.deductible])).toEqual([
      ['Bilforsikring', 'Toyota RAV4, EK 12345', 'Kasko', '6000'],
      ['Bilforsikring', 'VW Golf, EL 22334', 'Delkasko', '4000'],
    ]);
  });
  it('a «Båt» column under «Båtforsikring»: the boat is the object', () => {
    const p = parse(`${HEAD}Båtforsikring\n| Båt | Forsikringssum | Egenandel | Årspremie |\n| Nimbus 305 Coupé, 2019, reg.nr. ABC 123 | 1 450 000 | 10 000 | 7 320 |\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([['Båtforsikring', 'Nimbus 305 Coupé, 2019, reg.nr. ABC 123', '1450000']]);
  });
});

describe('a person product\'s sub-items as dash lines, each a name and its limit in one line', () => {
  // docs/storebrand-behandling-reise-bedrift-2026: «Helseforsikring for ledere» / «- Operasjon og spesialist, inntil kr 2 000 000» /
  // «- Psykolog, inntil 10 behandlinger» / «- Fysioterapi» / «Årspremie kr 48 600»
  it('each dash line an item, the premium line the product\'s premium', () => {
    const p = parse(`${HEAD}Behandlingsforsikring\n- Operasjon og spesialist, inntil kr 2 000 000\n- Psykolog, inntil 10 behandlinger\n- Fysioterapi\nÅrspremie kr 48 600\n`);
    expect(p.coverages).toEqual([BEHANDLING]);
  });
  it('a travel product\'s sub-covers with their sums after the name, «Årspremie:» its premium', () => {
    const p = parse(`${HEAD}Reiseforsikring\n- Reisegods kr 30 000\n- Avbestilling kr 50 000\n- Ulykke på reise, dødsfall kr 300 000\nÅrspremie: kr 12 400\n`);
    expectTravel(p);
  });
});

describe('an indemnity period in the place column', () => {
  // «Avbrudd | Ansvarstid 12 mnd | 60 000 000 | | 84 300» in a table «Forsikring | Forsikringssted | …»
  it('«Ansvarstid 12 mnd» is the row\'s note, never its object', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssted\tForsikringssum\tEgenandel\tPremie\nNæringsbygg\tStorgata 1, 0155 Oslo\t52 000 000\t25 000\t61 200\nAvbrudd\tAnsvarstid 12 mnd\t60 000 000\t\t84 300\nDriftstap\tErstatningstid 24 måneder\t10 000 000\t\t9 100\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium, c.note])).toEqual([
      ['Næringsbygg', 'Storgata 1, 0155 Oslo', '52000000', '61200', undefined],
      ['Avbrudd', undefined, '60000000', '84300', 'Ansvarstid 12 mnd'],
      ['Driftstap', undefined, '10000000', '9100', 'Erstatningstid 24 måneder'],
    ]);
  });
});

describe('a label line between a place line and its table', () => {
  // lead's note on unseen overviews: «Forsikringssted: Storgata 4, 2317 Hamar», then «Bransje: Bakeri»,
  // then the table; the business line is no place and no row, and does not end the place's reach
  const header = 'Forsikring            Forsikringssum     Egenandel     Årspremie\n';
  const rows = 'Bygning                   12 400 000        10 000        14 820\nDriftstap                  2 000 000        10 000         3 160\n';
  const expected = [
    ['Bygning', 'Storgata 4, 2317 Hamar', '12400000'],
    ['Driftstap', 'Storgata 4, 2317 Hamar', '2000000'],
  ];
  const tabbed = (t: string): string => t.split('\n').map((l) => l.trim().split(/\s{2,}/).join('\t')).join('\n');
  it('space-aligned: the place over «Bransje: Bakeri» over the header is the rows\' object', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n\nForsikringssted: Storgata 4, 2317 Hamar\nBransje: Bakeri\n${header}${rows}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual(expected);
  });
  it('tab-aligned: the same', () => {
    const p = parse(`${HEAD}Forsikringsoversikt\n\nForsikringssted: Storgata 4, 2317 Hamar\nVirksomhet:\tBakeri og konditori\n${tabbed(header + rows)}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual(expected);
  });
  it('between the rows of one table: the label line is no row and the place reaches the rows under it', () => {
    const p = parse(`${HEAD}${header}Forsikringssted: Storgata 4, 2317 Hamar\nBransje: Bakeri\n${rows}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual(expected);
  });
});

describe('the object stated once above a table, in forms a page copied from a PDF gives', () => {
  // lead's lines (objects9): the label and the place with a tab between them, a label line of the
  // business under it, then a table with no place column; a second page the same with another address
  const page = (place: string, business: string, rows: string): string =>
    `Forsikringssted\t${place}\nVirksomhet\t${business}\nDekning\tForsikringssum\tEgenandel\tPris\n${rows}`;
  const doc =
    `${HEAD}Forsikringsoversikt\n\n` +
    page('Storgata 41, 3611 Kongsberg (produksjon og butikk)', 'Bakeri og kafé', 'Bygning\t12 400 000\t10 000\t14 820\nDriftstap\t2 000 000\t10 000\t3 160\n') +
    page('Kirkegata 3, 3616 Kongsberg (butikk)', 'Kafé', 'Inventar\t800 000\t10 000\t2 100\n');
  it('«Forsikringssted⇥Storgata 41, 3611 Kongsberg (produksjon og butikk)» / «Virksomhet⇥Bakeri og kafé»: the place of the rows, its use in brackets left out', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Bygning', 'Storgata 41, 3611 Kongsberg', '12400000'],
      ['Driftstap', 'Storgata 41, 3611 Kongsberg', '2000000'],
      ['Inventar', 'Kirkegata 3, 3616 Kongsberg', '800000'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«Risikoadresse⇥Sjøgata 2, 8006 Bodø» over a table is the rows\' object, never a row of the table above', () => {
    const p = parse(
      `${HEAD}Dekning\tForsikringssum\tEgenandel\tPris\nBygning\t9 800 000\t10 000\t11 200\n` +
        'Risikoadresse\tSjøgata 2, 8006 Bodø\nDekning\tForsikringssum\tEgenandel\tPris\nBygning\t12 400 000\t10 000\t14 820\nDriftstap\t2 000 000\t10 000\t3 160\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Bygning', undefined, '9800000'],
      ['Bygning', 'Sjøgata 2, 8006 Bodø', '12400000'],
      ['Driftstap', 'Sjøgata 2, 8006 Bodø', '2000000'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('«Eiendom: Gnr. 12 bnr. 4, Ringsaker» and «Eigedom: …» over a table: the object of its rows, until the next such line', () => {
    const header = 'Dekning\tForsikringssum\tEgenandel\tPris\n';
    const p = parse(`${HEAD}Eiendom: Gnr. 12 bnr. 4, Ringsaker\n${header}Bygning\t12 400 000\t10 000\t14 820\n\nEigedom: Gnr. 3 bnr. 9, Stange\n${header}Driftstap\t2 000 000\t10 000\t3 160\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Bygning', 'Gnr. 12 bnr. 4, Ringsaker'],
      ['Driftstap', 'Gnr. 3 bnr. 9, Stange'],
    ]);
  });
  it('«Forsikringssted: …» with a colon: the use in brackets left out the same way; a bracket with a figure says where and stays', () => {
    const header = 'Dekning\tForsikringssum\tEgenandel\tPris\n';
    const p = parse(`${HEAD}Forsikringssted: Storgata 41, 3611 Kongsberg (produksjon og butikk)\n${header}Bygning\t12 400 000\t10 000\t14 820\n\nForsikringssted: Havnegata 12, 5003 Bergen (gnr. 165, bnr. 23)\n${header}Driftstap\t2 000 000\t10 000\t3 160\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Bygning', 'Storgata 41, 3611 Kongsberg'],
      ['Driftstap', 'Havnegata 12, 5003 Bergen (gnr. 165, bnr. 23)'],
    ]);
  });
  it('a place row with no figure is not taken («Adresse⇥Se vedlegg»)', () => {
    const p = parse(`${HEAD}Adresse\tSe vedlegg\nDekning\tForsikringssum\tEgenandel\tPris\nBygning\t12 400 000\t10 000\t14 820\n`);
    expect(p.coverages?.[0]?.object).toBeUndefined();
  });
});

describe('a numbered section\'s heading names the product', () => {
  // lead's note on unseen overviews: «2. Bygninger» over a table whose first column is the address,
  // wrapped over two lines («Storgata 4,» / «2317 Hamar»), and a block of dot-leader fields under
  // a numbered product heading («Forsikringssum ........ kr 2 500 000»)
  it('the heading\'s product, the joined address as the object, the figures by the header', () => {
    const p = parse(`${HEAD}2. Bygninger\n\nAdresse                  Forsikringssum     Egenandel     Årspremie\nStorgata 4,                  12 400 000        10 000        14 820\n2317 Hamar\nKirkegata 10,                 8 100 000        10 000         9 870\n2317 Hamar\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygninger', 'Storgata 4, 2317 Hamar', '12400000', '10000', '14820'],
      ['Bygninger', 'Kirkegata 10, 2317 Hamar', '8100000', '10000', '9870'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('one field a line with dot leaders: sum, deductible and premium', () => {
    const p = parse(`${HEAD}2. Bygninger\nForsikringssum ........ kr 2 500 000\nEgenandel ........ kr 10 000\nPris ........ kr 3 400\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Bygninger', '2500000', '10000', '3400']]);
    expect(p.warnings).toEqual([]);
  });
  it('the number with a bracket or with nothing after it: «2) Gruppeliv», «3 Behandlingsforsikring»', () => {
    // docs/storebrand-personal-nummererte-produkter-2026: «1. Yrkesskade», «2) Gruppeliv», «3 Behandlingsforsikring» over their items
    const p = parse(`${HEAD}1. Yrkesskade\nMénerstatning        4,5 G\n\n2) Gruppeliv\nDødsfall             10 G\n\n3 Behandlingsforsikring\nPsykolog             inntil 10 behandlinger\n`);
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => i.name)])).toEqual([
      ['Yrkesskade', ['Ménerstatning']],
      ['Gruppeliv', ['Dødsfall']],
      ['Behandlingsforsikring', ['Psykolog']],
    ]);
  });
  it('a numbered line that names no product stays a line («3. Vilkår»)', () => {
    const p = parse(`${HEAD}3. Vilkår\nForsikringssum ........ kr 2 500 000\n`);
    expect(p.coverages ?? []).toEqual([]);
  });
});

describe('a certificate\'s title over its facts, then a «Dekning» table', () => {
  // after a travel certificate: «Forsikringsbevis for årsreiseforsikring Familie» over «Forsikringsnummer   ERF-…», «Utstedt   …», … then «Dekning | Forsikringssum | Egenandel»
  const facts = 'Forsikringsnummer          ERF-88310562\nUtstedt                    21.08.2025\nForsikringsperiode         01.09.2025 – 31.08.2026\nForsikringstaker           Sindre Haugland, Fjellvegen 2, 7033 Trondheim\nDekningsområde             Hele verden, reiser inntil 60 dager\n\n';
  const table = 'Dekning                    Forsikringssum              Egenandel\nReisesyke                  Ubegrenset                  kr 0\nForsinkelse                kr 8 000                    kr 0\nReiseansvar                kr 2 500 000                kr 1 000\n';
  it('the facts set as two cells do not end the title\'s section: the rows are coverages of the title\'s product', () => {
    const p = parse(`EUROPA REISE\nForsikringsbevis for årsreiseforsikring Familie\n\n${facts}${table}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.deductible])).toEqual([
      ['Årsreiseforsikring Familie', 'Reisesyke', undefined, '0'],
      ['Årsreiseforsikring Familie', 'Forsinkelse', '8000', '0'],
      ['Årsreiseforsikring Familie', 'Reiseansvar', '2500000', '1000'],
    ]);
  });
  it('«Ubegrenset» states no limit (a note, no warning); «kr 40 000 per person» is the sum, counted per person', () => {
    const p = parse(`Forsikringsbevis for årsreiseforsikring Familie\n\n${facts}Dekning                    Forsikringssum              Egenandel\nReisesyke                  Ubegrenset                  kr 0\nAvbestilling               kr 40 000 per person        kr 1 000\n`);
    expect(p.coverages?.map((c) => [c.coverage, c.sum, c.note])).toEqual([
      ['Reisesyke', undefined, 'Ubegrenset'],
      ['Avbestilling', '40000', 'per person'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  // rows of another kind between them (not the certificate's facts) end the heading's section, but the document's one title
  // still names the insurance whose covers the rows are
  it('rows of another kind between them: the rows are still the title\'s covers', () => {
    const p = parse(`Forsikringsbevis for årsreiseforsikring Familie\n\nSindre Haugland     Fjellvegen 2\nEli Haugland        Fjellvegen 2\nMia Haugland        Fjellvegen 2\n\n${table}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage])).toEqual([
      ['Årsreiseforsikring Familie', 'Reisesyke'],
      ['Årsreiseforsikring Familie', 'Forsinkelse'],
      ['Årsreiseforsikring Familie', 'Reiseansvar'],
    ]);
  });
});

describe('a numbered table under a certificate\'s title', () => {
  // a municipality's property certificate: «FORSIKRINGSBEVIS KOMMUNEEIENDOM», its fields, the lead line
  // «Forsikrede bygninger (fullverdi, forsikringssum etter takst)», then «Nr | Bygning / adresse |
  // Forsikringssum (kr) | Egenandel (kr) | Premie (kr)» over «1  | Tynset ungdomsskole, Skolegata 8 | 182 400 000 | 100 000 | 96 420»
  const top = 'FORSIKRINGSBEVIS KOMMUNEEIENDOM\n\nForsikringstaker: Tynset kommune\nForsikringsperiode: 01.01.2027 - 31.12.2027\n\nForsikrede bygninger (fullverdi, forsikringssum etter takst)\n\n';
  const rows = [
    ['Nr', 'Bygning / adresse', 'Forsikringssum (kr)', 'Egenandel (kr)', 'Premie (kr)'],
    ['1', 'Tynset ungdomsskole, Skolegata 8', '182 400 000', '100 000', '96 420'],
    ['2', 'Tynset rådhus, Torvet 1', '64 900 000', '100 000', '38 150'],
  ];
  const widths = [4, 36, 22, 16, 12];
  const layouts: Array<[string, string]> = [
    ['«|»', rows.map((r) => r.join(' | ')).join('\n')],
    ['tabs', rows.map((r) => r.join('\t')).join('\n')],
    ['spaces', rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('').trimEnd()).join('\n')],
  ];
  const expected = [
    ['Kommuneeiendom', 'Tynset ungdomsskole, Skolegata 8', 'bygninger', '182400000', '100000', '96420'],
    ['Kommuneeiendom', 'Tynset rådhus, Torvet 1', 'bygninger', '64900000', '100000', '38150'],
  ];
  for (const [name, table] of layouts) {
    it(`the rows' numbers are no products: the title's product, the building and its address the object (${name})`, () => {
      const p = parse(`${top}${table}\n`);
      expect(p.coverages?.map((c) => [c.product, c.object, c.index_class, c.sum, c.deductible, c.premium])).toEqual(expected);
      expect(p.warnings).toEqual([]);
    });
  }
  it('with no title or heading to name the product, the rows are not read (a warning), never products «1», «2»', () => {
    const p = parse(`${HEAD}${layouts[0]![1]}\n`);
    expect(p.coverages ?? []).toEqual([]);
    expect(p.warnings?.join('\n')).toMatch(/2 lines with amounts were not read/);
  });
});

describe('a certificate whose title names one product, over a table of its covers', () => {
  // docs/tryg-bilbevis-dekningstabell-2026: «Forsikringsbevis – Bilforsikring», «Kjøretøy  Skoda Enyaq 2023,
  // reg.nr. EL 70412» over «Dekning | Forsikringssum | Egenandel | Pris per år»
  const car =
    'Forsikringsbevis – Bilforsikring\n\nAvtalenummer            6021 448 190\n\n' +
    'Kjøretøy                Skoda Enyaq 2023, reg.nr. EL 70412\n' +
    'Dekning                       Forsikringssum        Egenandel      Pris per år\n' +
    'Ansvar (trafikkforsikring)    Etter bilansvarsloven                   kr 3 104\n' +
    'Kasko                         Markedsverdi          kr 8 000          kr 5 880\n';
  it('each row is a coverage of the title\'s product, the vehicle\'s line their object', () => {
    const p = parse(car);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([
      ['Bilforsikring', 'Ansvar (trafikkforsikring)', 'Skoda Enyaq 2023, reg.nr. EL 70412', undefined, '3104'],
      ['Bilforsikring', 'Kasko', 'Skoda Enyaq 2023, reg.nr. EL 70412', '8000', '5880'],
    ]);
  });
  it('«Etter bilansvarsloven» and «Markedsverdi» in the sum\'s column are notes, no sum and no warning', () => {
    const p = parse(car);
    expect(p.coverages?.map((c) => [c.sum, c.note])).toEqual([
      [undefined, 'Etter bilansvarsloven'],
      [undefined, 'Markedsverdi'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('the vehicle\'s facts under its line, the period and a line that leads into the table do not end the section; «Inkludert» is a note', () => {
    // «Kjørelengde  inntil 16 000 km per år», «Bonus  70 %», «Yngste fører  30 år», «Dette er du forsikret for»
    const p = parse(
      car
        .replace('Kjøretøy                Skoda', 'Forsikringen gjelder    01.06.2025 – 31.05.2026\n\nKjøretøy                Skoda')
        .replace('EL 70412\n', 'EL 70412\nKjørelengde             inntil 16 000 km per år\nBonus                   70 %\nYngste fører            30 år\n\nDette er du forsikret for\n\n') +
        'Veihjelp                      Inkludert             kr 0              kr 0\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object])).toEqual([
      ['Bilforsikring', 'Ansvar (trafikkforsikring)', 'Skoda Enyaq 2023, reg.nr. EL 70412'],
      ['Bilforsikring', 'Kasko', 'Skoda Enyaq 2023, reg.nr. EL 70412'],
      ['Bilforsikring', 'Veihjelp', 'Skoda Enyaq 2023, reg.nr. EL 70412'],
    ]);
    expect(p.coverages?.[2]?.note).toBe('Inkludert');
    expect(p.warnings).toEqual([]);
  });
  it('a vehicle\'s line without a registration number names no object', () => {
    const p = parse(car.replace('Skoda Enyaq 2023, reg.nr. EL 70412', 'Personbil'));
    expect(p.coverages?.map((c) => c.object)).toEqual([undefined, undefined]);
  });
});

describe('a header set on two lines', () => {
  // docs/frende-lag-topplinje-header-2026: «Forsikringsstad /» over «objekt», «Forsikrings-» over «sum»
  it('the nynorsk «Forsikringsstad / objekt» is the rows\' place (it named no column, and every place was lost)', () => {
    const p = parse(`${HEAD}Forsikring          Forsikringsstad /                Forsikrings-      Eigenandel     Pris per år\n                    objekt                           sum\nBygning             Grendahuset, Hafslovegen 120,      14 800 000          10 000          11 240\n                    6869 Hafslo\nAnsvar              Noreg                              10 000 000           5 000           1 420\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', 'Grendahuset, Hafslovegen 120, 6869 Hafslo', '14800000', '10000', '11240'],
      ['Ansvar', 'Noreg', '10000000', '5000', '1420'],
    ]);
  });
});

describe('a certificate of one cover named only in its title, its parts under a heading of what it insures', () => {
  // docs/tryg-batbevis-underdekninger-2026: «Forsikringsbevis – Båtforsikring» / … / «Båten» / «Merke og modell: …»
  // over «Kasko | kr 310 000» … «Rettshjelp | Inkludert» and «Årspremie kr 4 380»
  const boat = 'Forsikringsbevis – Båtforsikring\n\nForsikringsnummer: 6602 3318\nForsikringsperiode: 15.03.2026 – 14.03.2027\n\nBåten\nMerke og modell: Ibiza 22 Touring 2018, reg.nr. LKM 227\nHjemmehavn: Tjøme\n';
  it('«Båten» is no product: the parts are items of the title\'s product, with its premium', () => {
    const p = parse(`${boat}Kasko | kr 310 000\nMotor og utstyr | kr 85 000\nRettshjelp | Inkludert\n\nÅrspremie kr 4 380\n`);
    expect(p.coverages).toEqual([
      { product: 'Båtforsikring', index_class: 'none', premium: '4380', items: [{ name: 'Kasko', sum: '310000' }, { name: 'Motor og utstyr', sum: '85000' }, { name: 'Rettshjelp' }] },
    ]);
  });
  it('a boat named by its own label is the object; «Egenandel | kr 6 000» under the parts is the cover\'s deductible', () => {
    const text = boat.replace('Merke og modell:', 'Båt:');
    const p = parse(`${text}Kasko | kr 310 000\nAnsvar | kr 10 000 000\nEgenandel | kr 6 000\nÅrspremie kr 4 380\n`);
    expect(p.coverages).toEqual([
      { product: 'Båtforsikring', object: 'Ibiza 22 Touring 2018, reg.nr. LKM 227', index_class: 'none', deductible: '6000', premium: '4380', items: [{ name: 'Kasko', sum: '310000' }, { name: 'Ansvar', sum: '10000000' }] },
    ]);
  });
  it('the parts as fields named by themselves («Kasko: kr 310 000») under «Fartøyet»', () => {
    const p = parse(`${boat.replace('Båten', 'Fartøyet')}Kasko: kr 310 000\nAnsvar: kr 10 000 000\nRettshjelp: Inkludert\nÅrspremie: kr 4 380\n`);
    expect(p.coverages).toEqual([{ product: 'Båtforsikring', index_class: 'none', premium: '4380', items: [{ name: 'Kasko', sum: '310000' }, { name: 'Ansvar', sum: '10000000' }, { name: 'Rettshjelp' }] }]);
  });
  it('a product heading as the title, «Reisende» and a sentence over parts set apart by spaces, «Ubegrenset» and «Pris per år: 6 120 kr»', () => {
    // docs/if-reiseforsikring-bedrift-bevis-2026
    const p = parse('Reiseforsikring bedrift\n\nAvtalenummer: SP 8812 4410\n\nReisende\nAlle ansatte på tjenestereiser og fritidsreiser i hele verden, inntil 60 dager per reise.\nReisesyke        Ubegrenset\nReisegods        kr 30 000\nAnsvar           kr 10 000 000\n\nPris per år: 6 120 kr\n');
    expect(p.coverages).toEqual([
      { product: 'Reiseforsikring bedrift', index_class: 'none', premium: '6120', items: [{ name: 'Reisesyke', note: 'Ubegrenset' }, { name: 'Reisegods', sum: '30000' }, { name: 'Ansvar', sum: '10000000' }] },
    ]);
  });
  it('«Båten» over the fields of one sum keeps the title\'s product (schedule-fields.ts enterHeading)', () => {
    const p = parse('Forsikringsbevis – Båtforsikring\nForsikringsnummer: 6602 3318\n\nBåten\nForsikringssum: kr 310 000\nEgenandel: kr 6 000\nÅrspremie: kr 4 380\n');
    expect(p.coverages).toEqual([{ product: 'Båtforsikring', index_class: 'none', sum: '310000', deductible: '6000', premium: '4380' }]);
  });
});

describe('a certificate title set in cells, with its own number beside it', () => {
  const doc = [
    'Forsikringsbevis  Skuleeigedom                           Forsikringsnummer 2207311',
    '',
    'Forsikringa gjeld for bygningane som er oppførte nedanfor. Bygningane er forsikra til',
    'fullverdi og blir indeksregulerte kvar 1. januar.',
    '',
    'Nr  Forsikringsstad                  Dekning     Forsikringssum   Eigendel    Årspris',
    '1   Nordli skule, Skulevegen 3       Bygning         88 400 000     50 000     70 720',
  ].join('\n');
  it('opens its product\'s section: «Dekning» is the cover, a scope sentence between does not end it', () => {
    expect(parse(doc).coverages).toEqual([
      { product: 'Skuleeigedom', coverage: 'Bygning', object: 'Nordli skule, Skulevegen 3', index_class: 'bygninger', sum: '88400000', deductible: '50000', premium: '70720' },
    ]);
  });
  it('a PDF line with the cells run together: the number after the product is no part of its name', () => {
    const p = parse(doc.replace('Forsikringsbevis  Skuleeigedom                           Forsikringsnummer 2207311', 'Forsikringsbevis Skuleeigedom Forsikringsnummer 2207311'));
    expect(p.coverages?.[0]?.product).toBe('Skuleeigedom');
  });
});

describe('an industrial certificate: a product heading with its name in another language, add-ons on first risk', () => {
  // docs/protector-industri-bevis-tilleggsdekninger-forsterisiko-2026
  const doc = [
    'TING OG DRIFTSTAP («Property and Business Interruption»)',
    '',
    'Forsikringssted: Sagbruksvegen 22, 6770 Nordfjordeid',
    '',
    'Dekning                                     Forsikringssum        Egenandel         Premie',
    'Bygninger                                      96 400 000           100 000         88 690',
    'Varer (tømmer, skurlast og ferdigvarer)        21 800 000           100 000         19 620',
    'Driftstap, ansvarstid 24 måneder               70 000 000      2 døgn karens        35 700',
    '',
    'Tilleggsdekninger på førsterisiko (inngår i premien ovenfor):',
    '   Riving og rydding                           førsterisiko   8 000 000',
    '   Kunders eiendeler                           førsterisiko   1 500 000',
    '',
  ].join('\n');
  it('the heading without its quoted name is the product; each cover its own class; the add-ons first-risk covers of the product', () => {
    const p = parse(`${HEAD}${doc}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.index_class, c.sum, c.deductible])).toEqual([
      ['TING OG DRIFTSTAP', 'Bygninger', 'Sagbruksvegen 22, 6770 Nordfjordeid', 'bygninger', '96400000', '100000'],
      ['TING OG DRIFTSTAP', 'Varer (tømmer, skurlast og ferdigvarer)', 'Sagbruksvegen 22, 6770 Nordfjordeid', 'varer', '21800000', '100000'],
      // («Driftstap, ansvarstid 24 måneder» on one line: the cover's whole name; «2 døgn karens» its waiting period, no deductible)
      ['TING OG DRIFTSTAP', 'Driftstap, ansvarstid 24 måneder', 'Sagbruksvegen 22, 6770 Nordfjordeid', 'none', '70000000', undefined],
      ['TING OG DRIFTSTAP', 'Riving og rydding', 'Sagbruksvegen 22, 6770 Nordfjordeid', 'none', { first_risk: '8000000' }, undefined],
      ['TING OG DRIFTSTAP', 'Kunders eiendeler', 'Sagbruksvegen 22, 6770 Nordfjordeid', 'maskin_losore', { first_risk: '1500000' }, undefined],
    ]);
    expect(p.coverages?.[2]?.note).toBe('2 døgn karens');
    expect(p.warnings.some((w) => w.includes('2 døgn karens'))).toBe(true);
  });
  it('«… indeksreguleres ikke.» makes the classes it names none; the others keep theirs', () => {
    const p = parse(`${HEAD}${doc}\nVerdier\nForsikringssummene for bygninger og maskiner er avtalte verdier for perioden og indeksreguleres ikke.\n`);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['none', 'varer', 'none', 'none', 'none']);
  });
  it('«Summen for husdyr vert ikkje indeksregulert»: the thing it names, no class, is that thing\'s rows only', () => {
    // (a farm certificate: the buildings and machines are indexed, the animals are not)
    const farm = 'Produkt\tForsikringssum\tEigendel\tÅrspremie\nDriftsbygning\t6 400 000\t20 000\t14 336\nMaskiner/reiskap\t1 850 000\t10 000\t5 920\nHusdyr\t1 200 000\t10 000\t1 944\n';
    const p = parse(`${HEAD}${farm}\nIndeksregulering\nBygningar er regulerte med 4,1 %. Summen for husdyr vert ikkje indeksregulert; meld frå om endringar i dyretalet.\n`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Driftsbygning', 'bygninger'],
      ['Maskiner/reiskap', 'maskin_losore'],
      ['Husdyr', 'none'],
    ]);
  });
  it('«Summen for husdyr er fast og reguleres ikke»: a fixed sum that is not regulated is not index-regulated', () => {
    // (test/corpus/docs/gjensidige-fornyelse-landbruk-rad-per-blokk-2026.txt, under «Indeksregulering»; the sentence names no index)
    const farm = 'Produkt\tForsikringssum\tEgenandel\tPremie\nFjøs\t9 240 000\t10 000\t17 630\nHusdyr\t1 450 000\t8 000\t6 120\n';
    const p = parse(`${HEAD}${farm}\nIndeksregulering\nBygningene er regulert med 3,7 %. Summen for husdyr er fast og reguleres ikke.\n`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Fjøs', 'bygninger'],
      ['Husdyr', 'none'],
    ]);
  });
  it('«Båt og køyretøy blir ikkje indeksregulerte»: the things its subject names are those rows only, not every building', () => {
    // (a renewal letter's index section: the house and its contents are indexed, the boat is not)
    const home = 'Produkt\tForsikringssum\tEigenandel\tPris\nHus Pluss\t4 200 000\t8 000\t11 208\nInnbu Pluss\t1 100 000\t4 000\t2 904\nBåt Kasko\t310 000\t6 000\t3 876\n';
    const p = parse(`${HEAD}${home}\nIndeksregulering\nSummane for bustadhus aukar med 3,7 prosent. Båt og køyretøy blir ikkje indeksregulerte.\n`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Hus', 'bygninger'],
      ['Innbu', 'innbo'],
      ['Båt', 'none'],
    ]);
  });
  it('«Forsikringssummene er faste i perioden og indeksreguleres ikke»: a subject of sums only names nothing — every property row', () => {
    const p = parse(`${HEAD}${doc}\nVerdier\nForsikringssummene er faste i perioden og indeksreguleres ikke.\n`);
    expect(p.coverages?.every((c) => c.index_class === 'none')).toBe(true);
  });
  it('add-ons under a table whose rows name their own products are not read as any product\'s', () => {
    const p = parse(`${HEAD}Forsikring\tForsikringssum\tEgenandel\tPremie\nNæringsbygg\t12 000 000\t10 000\t14 200\nDriftsløsøre\t2 000 000\t10 000\t3 100\n\nTilleggsdekninger på førsterisiko (inngår i premien ovenfor):\n   Riving og rydding          førsterisiko   1 000 000\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Næringsbygg', 'Driftsløsøre']);
  });
});

describe('a numbered section with a paragraph on its sums or scope between its heading and its table', () => {
  // docs/protector-bevis-seksjoner-celle-per-linje-2027, docs/klp-bevis-nummererte-avsnitt-lok-2027:
  // «1. Bygning» / «Forsikringssummene er fullverdi. …» / «Lok. | Adresse | Sum | Egenandel»
  const table = (lok: string) => `${lok}\tAdresse\tSum\tEgenandel\n1\tTerminalvegen 4, 4056 Tananger\t52 900 000\t100 000\n`;
  it('the rows are the section\'s product, however long the paragraph («Forsikringssummene er …», «Forsikringen omfatter …», «Summene er …»)', () => {
    const long = 'Forsikringssummene er fullverdi. Tallene nedenfor er premiegrunnlaget for hver bygning og reguleres med byggekostnadsindeksen.';
    const p = parse(`${HEAD}1. Bygning\n${long}\n\n${table('Lok.')}\n2. Maskiner og inventar\nForsikringen omfatter maskiner, inventar og løsøre som forsikringstakeren eier eller har ansvar for, på lokasjonene nedenfor.\n\n${table('Lok.')}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Bygning', 'Terminalvegen 4, 4056 Tananger', '52900000'],
      ['Maskiner og inventar', 'Terminalvegen 4, 4056 Tananger', '52900000'],
    ]);
  });
  it('a long paragraph of anything else still ends the section: its rows are read by their own cells', () => {
    const other = 'Sikkerhetsforskriftene for varme arbeider gjelder for alle bygninger, og brudd på dem kan gi avkortning i erstatningen.';
    const p = parse(`${HEAD}1. Bygning\n${other}\n\n${table('Lok.')}`);
    expect(p.coverages?.some((c) => c.product === 'Bygning')).not.toBe(true);
  });
  it('«Lok .» — a narrow header cell a PDF wrapped before its dot — heads the rows\' numbers, no product column', () => {
    const p = parse(`${HEAD}1. Varer\nForsikringen omfatter varer på lager og i terminal.\n\n${table('Lok .')}`);
    expect(p.coverages).toEqual([{ product: 'Varer', object: 'Terminalvegen 4, 4056 Tananger', index_class: 'varer', sum: '52900000', deductible: '100000' }]);
  });
});

describe('a sentence that a named thing\'s sum is not index-regulated', () => {
  const HEAD2 = 'Forsikringsbevis\nAvtalenummer: 55120044\n\n';
  const cabin =
    'Forsikring\tDekning\tForsikringssum\tEgenandel\tPris per år\nFritidsbolig\tPluss\t2 950 000\t8 000\t7 218\nAnneks\tBasis\t250 000\t8 000\t764\nInnbo fritidsbolig\tPluss\t300 000\t4 000\t1 044\n';
  it('«Summen for anneksen … blir derfor ikke indeksregulert»: the annex only — its word names the class of buildings, but the cabin keeps its index', () => {
    const p = parse(`${HEAD2}${cabin}\nSummen for anneksen ble satt som fast sum da dere meldte den inn, og den blir derfor ikke indeksregulert.\n`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Fritidsbolig', 'bygninger'],
      ['Anneks', 'none'],
      ['Innbo fritidsbolig', 'innbo'],
    ]);
  });
  it('«Summen for husdyr følger ikke indeks» and «… er fast og reguleres ikke etter indeks»: that thing\'s rows', () => {
    const farm = 'Produkt\tForsikringssum\tEgenandel\tÅrspris\nDriftsbygning\t9 600 000\t10 000\t14 880\nHusdyr\t1 400 000\t10 000\t2 310\nAvling og varer\t800 000\t10 000\t1 200\n';
    const p = parse(`${HEAD2}${farm}\nSummen for husdyr følger ikke indeks. Summen for avling og varer er fast og reguleres ikke etter indeks.\n`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Driftsbygning', 'bygninger'],
      ['Husdyr', 'none'],
      ['Avling og varer', 'none'],
    ]);
  });
  it('«Forsikringssummene for bygning og maskiner … indeksreguleres ikke» with a «Bygning» row: the building and the machines', () => {
    const rows = 'Produkt\tForsikringssum\tEgenandel\tÅrspris\nBygning\t9 600 000\t10 000\t14 880\nMaskiner\t1 400 000\t10 000\t2 310\nVarer\t800 000\t10 000\t1 200\n';
    const p = parse(`${HEAD2}${rows}\nForsikringssummene for bygninger og maskiner er avtalte verdier og indeksreguleres ikke.\n`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Bygning', 'none'],
      ['Maskiner', 'none'],
      ['Varer', 'varer'],
    ]);
  });
});

describe('a sentence that a named cover is insured on first risk', () => {
  const HEAD3 = 'Forsikringsbevis\nForsikringsnummer: 2104-778123\n\n';
  const table =
    '| Forsikring | Dekning | Forsikringssum | Egenandel | Pris |\n|---|---|---|---|---|\n| Løsøre | Maskiner | NOK 5 200 000,- | NOK 15 000,- | NOK 9 880,- |\n| Løsøre | Kundebiler | NOK 2 000 000,- | NOK 15 000,- | NOK 4 300,- |\n';
  it('«Kundebiler er forsikret på førsterisiko og omfatter …»: that row\'s sum is a first-risk sum; the others stay full value', () => {
    const p = parse(`${HEAD3}${table}\n- Kundebiler er forsikret på førsterisiko og omfatter kjøretøy som kunder har levert til reparasjon.\n`);
    expect(p.coverages?.map((c) => [c.coverage, c.sum])).toEqual([
      ['Maskiner', '5200000'],
      ['Kundebiler', { first_risk: '2000000' }],
    ]);
  });
  it('a sentence of first risk that names no row changes nothing', () => {
    const p = parse(`${HEAD3}${table}\nTilleggsdekninger er forsikret på førsterisiko.\n`);
    expect(p.coverages?.map((c) => c.sum)).toEqual(['5200000', '2000000']);
  });
});

describe('a broker\'s overview in parts per insurer', () => {
  const doc = [
    'FORSIKRINGSOVERSIKT PR. 01.05.2025',
    '',
    'LANDKREDITT FORSIKRING                                      Polise 30-118872',
    'Forsikring            Forsikringssted                  Sum             Egenandel    Premie',
    'Driftsbygning         Hoelsvegen 140, 6450 Hjelset     14 800 000      10 000       29 600',
    'Gårdsansvar           -                                10 000 000      5 000        3 150',
    '',
    'EIKA FORSIKRING                                             Polise 1502 887 441',
    'Forsikring            Kjøretøy                         Sum             Egenandel    Premie',
    'Traktor kasko         John Deere 6155R, EL 51 022      1 650 000       15 000       11 420',
    '',
  ].join('\n');
  it('«EIKA FORSIKRING   Polise 1502 887 441» ends the table above and is no coverage; each part\'s rows are read', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Driftsbygning', 'Gårdsansvar', 'Traktor kasko']);
    expect(p.warnings.some((w) => w.includes('line 8') && w.includes('not read'))).toBe(false);
  });
  it('a row whose first cell names its insurer («Gjensidige | Husforsikring | …») is still a row', () => {
    const rows = 'Selskap\tForsikring\tForsikringssum\tEgenandel\tPremie\nGjensidige\tHusforsikring\t4 200 000\t10 000\t9 846\nTryg\tInnboforsikring\t1 200 000\t4 000\t3 348\n';
    expect(parse(`Forsikringsoversikt\n\n${rows}`).coverages?.map((c) => c.product)).toEqual(['Husforsikring', 'Innboforsikring']);
  });
});

describe('a person product’s heading with its sums’ column named at the right end', () => {
  // (after klp-g-regulering-personal: «YRKESSKADEFORSIKRING      Erstatning» over its rows and «Årspremie fra 01.05.2025»)
  const LETTER =
    'Avtalenummer: 3104 4792\n\nPersonalforsikringer – nytt grunnbeløp fra 1. mai 2025\n\n' +
    'YRKESSKADEFORSIKRING                                     Erstatning\n' +
    '  Tap i fremtidig erverv                                 22 – 30 G\n' +
    '  Påførte og fremtidige merutgifter                      Individuelt\n' +
    '  Årspremie fra 01.05.2025                               kr 398 214\n\n' +
    'KOLLEKTIV ULYKKE FOR ELEVER                              Erstatning\n' +
    '  Medisinsk invaliditet                                  kr 1 000 000\n' +
    '  Summene for denne forsikringen følger ikke G.\n' +
    '  Årspremie                                              kr 41 300\n';

  it('starts the product, in normal case; its rows are its items and the dated premium its premium (they went to the letter’s heading, the premium as an item)', () => {
    const p = parse(LETTER);
    expect(p.coverages).toEqual([
      {
        product: 'Yrkesskadeforsikring',
        index_class: 'none',
        premium: '398214',
        items: [
          { name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' } },
          { name: 'Påførte og fremtidige merutgifter', sum: { individual: true } },
        ],
      },
      { product: 'Kollektiv ulykke for elever', index_class: 'none', premium: '41300', items: [{ name: 'Medisinsk invaliditet', sum: '1000000' }] },
    ]);
  });
});

describe('numbered section headings in capitals over their tables', () => {
  // docs/tryg-bevis-nummererte-versaler-dekning-fortsettelse-2027: «1 NÆRINGSBYGG» over a two-line sentence and
  // «| Forsikringssted | Bygning | Forsikringssum | …», «2 NÆRINGSDRIFT» over «| Dekning | Forsikringssted | …»
  const bar = '|---|---|---|---|---|\n';
  const doc = `${HEAD}1 NÆRINGSBYGG\nBygningene er forsikret til fullverdi. Summene er grunnlag for prisen og\njusteres med byggekostnadsindeksen hvert år.\n\n| Forsikringssted | Bygning | Forsikringssum | Egenandel | Pris per år |\n${bar}| Sjøgata 14, 6770 Nordfjordeid | Verksted med kontor | kr 12 800 000 | kr 15 000 | kr 19 840 |\nVerksted i stål, byggeår 1994\n| Sjøgata 16, 6770 Nordfjordeid | Båthall | kr 7 350 000 | kr 15 000 | kr 11 025 |\n\n2 NÆRINGSDRIFT\nMaskiner og inventar er forsikret til nyverdi.\n\n| Dekning | Forsikringssted | Forsikringssum | Egenandel | Pris per år |\n${bar}| Maskiner og inventar | Sjøgata 14, 6770 Nordfjordeid | kr 2 600 000 | kr 15 000 | kr 5 460 |\n\nSide 2 av 2\n\n2 NÆRINGSDRIFT (fortsettelse)\n\n| Dekning | Forsikringssted | Forsikringssum | Egenandel | Pris per år |\n${bar}| Varer | Sjøgata 16, 6770 Nordfjordeid | kr 1 900 000 | kr 15 000 | kr 3 230 |\n`;
  it('the heading is the product (written as a name), the address the object; «Bygning» after it and a line of the building\'s facts are no part of it', () => {
    const p = parse(doc);
    expect(p.coverages?.slice(0, 2).map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Næringsbygg', 'Sjøgata 14, 6770 Nordfjordeid', '12800000'],
      ['Næringsbygg', 'Sjøgata 16, 6770 Nordfjordeid', '7350000'],
    ]);
  });
  it('over a «Dekning» column a heading the vocabulary does not know is the product, the cells its covers, also after «(fortsettelse)»', () => {
    const p = parse(doc);
    expect(p.coverages?.slice(2).map((c) => [c.product, c.coverage, c.object])).toEqual([
      ['Næringsdrift', 'Maskiner og inventar', 'Sjøgata 14, 6770 Nordfjordeid'],
      ['Næringsdrift', 'Varer', 'Sjøgata 16, 6770 Nordfjordeid'],
    ]);
  });
  it('an unknown heading over a table without «Dekning» names nothing: the rows name themselves', () => {
    const p = parse(`${HEAD}2 DIVERSE\n\n| Forsikring | Forsikringssum | Egenandel |\n|---|---|---|\n| Varer | kr 1 900 000 | kr 15 000 |\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage])).toEqual([['Varer', undefined]]);
  });
});

describe('a generic heading under a certificate\'s title', () => {
  // docs/if-bevis-forsikrede-bygninger-under-tittel-2027: «Forsikringsbevis Næringsbygg», the facts and a note, then
  // «Forsikrede bygninger» over «Adresse | Bygningstype | Forsikringssum | Egenandel | Pris per år»
  it('«Forsikrede bygninger» is no product: the rows are the title\'s, «Bygningstype» no part of the object', () => {
    const p = parse(`Forsikringsbevis Næringsbygg\n\nForsikringsnummer:    SP 880 417\nUtstedt:              18.11.2026\n\nNytt fra 1. januar 2027\nNaturskadepremien er 0,08 promille av brannforsikringssummen, som i fjor.\n\nForsikrede bygninger\n\nAdresse                          Bygningstype         Forsikringssum   Egenandel   Pris per år\nIndustrivegen 8, 7080 Heimdal    Lager og kontor          31 400 000      20 000        42 390\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Næringsbygg', 'Industrivegen 8, 7080 Heimdal']]);
  });
});

describe('«Objekt» beside «Eiendom»', () => {
  // docs/gjensidige-kommune-objekt-eiendom-kolonner-2027: «| 3 | Maskiner, inventar og løsøre | Alle kommunens eiendommer | 28 000 000 | …»
  it('«Objekt» is the rows\' product, «Eiendom» their object (the certificate\'s facts and a lead-in between the title and the table)', () => {
    const p = parse(`FORSIKRINGSBEVIS - KOMMUNALE EIENDOMMER\nForsikringstaker:   Nord-Aurdal kommune\nAvtalenummer:       88-4410-2027\nForsikringsperiode: 01.01.2027 - 31.12.2027\nDato:               02.12.2026\n\nOversikt over forsikringene\n\n| Nr | Objekt | Eiendom | Forsikringssum | Egenandel | Premie |\n|---|---|---|---|---|---|\n| 1 | Bygning | Fagernes skule, 2900 Fagernes | 98 400 000 | 100 000 | 61 010 |\n| 3 | Maskiner, inventar og løsøre | Alle kommunens eiendommer | 28 000 000 | 100 000 | 19 600 |\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Bygning', 'Fagernes skule, 2900 Fagernes', '98400000'],
      ['Maskiner, inventar og løsøre', 'Alle kommunens eiendommer', '28000000'],
    ]);
  });
});

describe('first-risk sums not index-regulated', () => {
  // docs/eika-bevis-versaloverskrift-dekningsblokker-forsterisiko-2027: «Førsterisikosummer indeksreguleres ikke.»
  const table = 'Forsikring                 Forsikringssted                 Forsikringssum              Egenandel\nInventar                   Torggata 22, 2317 Hamar         førsterisiko 1 200 000      10 000\nVarer                      Torggata 22, 2317 Hamar         150 000                     10 000\n';
  it('the rows with a first-risk sum are none, the others keep their class', () => {
    const p = parse(`${HEAD}Førsterisikosummer indeksreguleres ikke.\n\n${table}`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([['Inventar', 'none'], ['Varer', 'varer']]);
  });
  it('«Førsterisikosummen for …» names the place whose first-risk rows are none', () => {
    const p = parse(`${HEAD}Førsterisikosummen for Storgata 1 indeksreguleres ikke.\n\n${table}`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([['Inventar', 'maskin_losore'], ['Varer', 'varer']]);
  });
});

describe('a place with what stands there in brackets, on a record\'s line', () => {
  it('«* Næringsbygg - Hafstadvegen 51, 6800 Førde (lagerhallen)»: the address is the object, the bracket its note', () => {
    const doc = 'Avtalenummer: 55120044\n\nForsikringene dine\n\n* Næringsbygg - Hafstadvegen 51, 6800 Førde (lagerhallen)\n  Forsikringssum 3 420 000 kr, egenandel 15 000 kr, årspris 5 964 kr.\n';
    expect(parse(doc).coverages?.map((c) => [c.product, c.object, c.note, c.sum])).toEqual([['Næringsbygg', 'Hafstadvegen 51, 6800 Førde', 'lagerhallen', '3420000']]);
  });
});

describe('a fleet\'s section over a column of the things it insures', () => {
  // docs/gjensidige-bedrift-flate-maskiner-celle-per-linje-2026: «Arbeidsmaskiner» over «Maskin» / «Dekning» /
  // «Forsikringssum» / «Egenandel» / «Årspremie», one cell a line, then «Komatsu PC170LC gravemaskin, 2020, serienr. K60213» …
  it('a «Maskin» column holds the objects of the section\'s product', () => {
    const p = parse(`${HEAD}Arbeidsmaskiner\n\nMaskin\nDekning\nForsikringssum\nEgenandel\nÅrspremie\nKomatsu PC170LC gravemaskin, 2020, serienr. K60213\nKasko\nkr 1 940 000\nkr 20 000\nkr 19 870\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.sum, c.deductible, c.premium])).toEqual([
      ['Arbeidsmaskiner', 'Komatsu PC170LC gravemaskin, 2020, serienr. K60213', 'Kasko', '1940000', '20000', '19870'],
    ]);
  });
  // the same document: «Kjøretøy» over «Kjøretøy» / «Dekning» / … and «Mercedes-Benz Arocs 3345, 2021, reg.nr. VH 30417»
  it('«Kjøretøy» over a «Kjøretøy» column whose rows start with a make: the section is the product, the vehicle the object', () => {
    const p = parse(`${HEAD}Kjøretøy\n\nKjøretøy\nDekning\nEgenandel\nÅrspremie\nMercedes-Benz Arocs 3345, 2021, reg.nr. VH 30417\nKasko\nkr 15 000\nkr 41 280\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.deductible, c.premium])).toEqual([
      ['Kjøretøy', 'Mercedes-Benz Arocs 3345, 2021, reg.nr. VH 30417', 'Kasko', '15000', '41280'],
    ]);
  });
  // docs/frende-fornyelse-ny-premie-2026: «Kjøretøy» over «Kjøretøy   Egenandel   Premie nå …» and «Varebil SU 48112 Ford Transit»
  it('a row that starts with a class of vehicle still names its own product', () => {
    const p = parse(`${HEAD}Kjøretøy\nKjøretøy                          Egenandel    Premie\nVarebil SU 48112 Ford Transit         6 000        9 880\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Varebil', 'SU 48112 Ford Transit']]);
  });
});

describe('a housing co-operative\'s buildings, numbered, with no sum of their own', () => {
  // docs/fremtind-borettslag-skadedyr-bygg-nr-uten-sum-2026: «Forsikringsbevis – Skadedyrforsikring for borettslag», «Bygninger som
  // er forsikret» over «Bygg nr. | Adresse | Byggeår | Egenandel | Årspremie» and «1 | Lerkehaugen 1, 1415 Oppegård | 1976 | 12 000 kr | 3 910 kr»
  const doc = 'Forsikringsnummer: 55501234\n\nForsikringsbevis – Skadedyrforsikring for borettslag\n\nBygninger som omfattes\n\nBygning nr. | Adresse | Egenandel | Årspremie\n1 | Lindegata 3, 5012 Bergen | 12 000 kr | 4 210 kr\n2 | Lindegata 5, 5012 Bergen | 12 000 kr | 3 980 kr\n';
  it('a place, a deductible and a premium under the title\'s product make a table; the number is no product', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.object, c.deductible, c.premium, c.index_class])).toEqual([
      ['Skadedyrforsikring for borettslag', 'Lindegata 3, 5012 Bergen', '12000', '4210', 'bygninger'],
      ['Skadedyrforsikring for borettslag', 'Lindegata 5, 5012 Bergen', '12000', '3980', 'bygninger'],
    ]);
  });
});

describe('a product\'s name on a line of its own between rows of a table that names no product', () => {
  // docs/tryg-sameie-fornyelse-produkt-mellom-rader-2026: «Sameieforsikring» over «Forsikringssted   Forsikringssum   …» and its
  // rows, then «Løsøre i fellesarealer» right over «Havnegata 9, 7010 Trondheim      kr 250 000   kr 5 000   kr 980»
  const table = 'Sameieforsikring\nForsikringssted                  Forsikringssum          Egenandel       Årspremie\nHavnegata 9, 7010 Trondheim      kr 86 400 000           kr 15 000       kr 92 310\nHavnegata 15, 7010 Trondheim     kr 12 800 000           kr 15 000       kr 13 760\n\nLøsøre i fellesarealer\nHavnegata 9, 7010 Trondheim      kr 250 000              kr 5 000        kr 980\n';
  it('the row under it is that product\'s, in the same columns', () => {
    const p = parse(`${HEAD}${table}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Sameieforsikring', 'Havnegata 9, 7010 Trondheim', '86400000', '15000', '92310'],
      ['Sameieforsikring', 'Havnegata 15, 7010 Trondheim', '12800000', '15000', '13760'],
      ['Løsøre i fellesarealer', 'Havnegata 9, 7010 Trondheim', '250000', '5000', '980'],
    ]);
    expect(p.warnings).toEqual([]);
  });
  // the same document: «Styreansvar» over «Forsikringssum kr 5 000 000, egenandel kr 0, årspremie kr 3 150.»
  it('the last field of a line written as a sentence keeps its amount without the full stop', () => {
    const p = parse(`${HEAD}Styreansvar\nForsikringssum kr 5 000 000, egenandel kr 0, årspremie kr 3 150.\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Styreansvar', '5000000', '0', '3150']]);
  });
});

describe('a «Dekning» table under a product named in the head', () => {
  // private-holdout71/codan-danskebank-batforsikring: «Produkt» over «Båtforsikring», then «Dekning» / «Forsikringssum» / … one cell a line
  it('each row is a coverage of the head\'s product', () => {
    const p = parse(`Forsikringsnummer\nBT-1100221\nProdukt\nBåtforsikring\n\nDine dekninger\n\nDekning\nForsikringssum\nEgenandel\nPris per år\n\nKasko\nNOK 300 000,-\nNOK 4 000,-\nNOK 3 120,-\n\nBåtansvar\nNOK 5 000 000,-\nNOK 2 000,-\nInkludert\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.deductible, c.premium])).toEqual([
      ['Båtforsikring', 'Kasko', '300000', '4000', '3120'],
      ['Båtforsikring', 'Båtansvar', '5000000', '2000', undefined],
    ]);
  });
});

describe('a private product\'s section or card keeps its covers as items', () => {
  // docs/tryg-forsikringsbevis-ulykke-forsikret-linje-2026: «ULYKKESFORSIKRING» over «  Forsikret   Kristian Moe Haugland, født 1977»
  // over «  Medisinsk invaliditet   1 000 000 kr»
  it('the insured person\'s line under an accident heading is passed over: the sums under it are the heading\'s items', () => {
    const p = parse(`${HEAD}ULYKKESFORSIKRING\n  Forsikret             Kristian Moe Haugland, født 1977\n  Medisinsk invaliditet           1 000 000 kr\n  Dødsfall                          250 000 kr\n  Pris per år                        1 296 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      ['ULYKKESFORSIKRING', '1296', [['Medisinsk invaliditet', '1000000'], ['Dødsfall', '250000']]],
    ]);
  });
  it('a person\'s line with an amount in it is no such fact', () => {
    const p = parse(`${HEAD}ULYKKESFORSIKRING\n  Forsikret             Kari Nilsen, kr 500\n  Medisinsk invaliditet           1 000 000 kr\n`);
    expect(p.coverages?.some((c) => c.items?.some((i) => i.name === 'Medisinsk invaliditet'))).not.toBe(true);
  });
  // docs/gjensidige-reisebevis-kort-dekningstabell-2026: «Produkt   Reiseforsikring» … «Egenandel   kr 1 000» / «Pris per år   kr 1 896»
  // over «Forsikringssummer per reisende» and «Dekning   Forsikringssum» / «Avbestilling   kr 60 000»
  it('a travel card\'s table of covers\' sums: items of the card\'s product, with its level, deductible and yearly price', () => {
    const card = 'Produkt            Reiseforsikring\nDekning            Par Europa\nEgenandel          kr 1 000\nPris per måned     kr 158\nPris per år        kr 1 896\n\nForsikringssummer per reisende\n\n  Dekning                                  Forsikringssum\n  Reisesyke                                Ubegrenset\n  Avbestilling                             kr 60 000\n  Reisegods                                kr 25 000\n';
    const p = parse(`${HEAD}${card}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.deductible, c.premium, c.items?.map((i) => [i.name, i.sum ?? i.note])])).toEqual([
      ['Reiseforsikring', 'Par Europa', '1000', '1896', [['Reisesyke', 'Ubegrenset'], ['Avbestilling', '60000'], ['Reisegods', '25000']]],
    ]);
  });
  it('a card whose product is no person or travel product keeps its table\'s rows as coverages', () => {
    const p = parse(`${HEAD}Produkt            Bedriftsforsikring\nEgenandel          kr 10 000\n\n  Dekning                                  Forsikringssum\n  Driftsløsøre                             kr 600 000\n  Varer                                    kr 200 000\n`);
    expect(p.coverages?.map((c) => c.product)).toEqual(expect.arrayContaining(['Driftsløsøre', 'Varer']));
  });
});

describe('a business schedule\'s groups and columns, whatever their layout', () => {
  it('«3 Ansvar» over «  3.1 Offentlig ansvar»: the outline-numbered name set in is the product, the group no product', () => {
    // set 82: a public-sector overview numbered in two levels, each product's figures under it
    const text = `${HEAD}1 Eiendom\n  1.1 Bygning\n      Trøym 40, 3580 Geilo\n      Omlastingsstasjon, byggeår 2009\n      Forsikringssum    kr 27 300 000\n      Egenandel         kr 50 000\n      Premie            kr 33 076\n\n3 Ansvar\n  3.1 Offentlig ansvar\n      Forsikringssum    kr 50 000 000\n      Egenandel         kr 25 000\n      Premie            kr 21 600\n`;
    const p = parse(text);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', 'Trøym 40, 3580 Geilo', '27300000', '50000', '33076'],
      ['Offentlig ansvar', undefined, '50000000', '25000', '21600'],
    ]);
    // (the building's description under its place is the record's note, no object)
    expect(p.coverages?.[0]?.note).toBe('Omlastingsstasjon, byggeår 2009');
  });

  it('«Forsikring | Eiendom | Dekning | …»: beside a product column, «Eiendom» is the rows\' object', () => {
    // set 80: a commercial property certificate's table per property and cover
    const text = `${HEAD}Forsikring     Eiendom                     Dekning         Forsikringssum   Egenandel    Premie\nNæringsbygg    Smedasundet 40,             Brann           64.800.000       25.000       52.110\n               5528 Haugesund\nHuseieransvar  Alle eiendommer             Ansvar          10.000.000       10.000       4.850\n`;
    const p = parse(text);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.sum])).toEqual([
      ['Næringsbygg', 'Smedasundet 40, 5528 Haugesund', 'Brann', '64800000'],
      ['Huseieransvar', 'Alle eiendommer', 'Ansvar', '10000000'],
    ]);
  });

  it('«Forsikringssted /» over «objekt» in a bar table: the place column; «Se egen liste» in it is no object', () => {
    // set 80: a broker's overview of several insurers' policies
    const text = `${HEAD}| Forsikring         | Forsikringssted /       | Forsikringssum   | Egenandel  | Årspremie  |\n|                    | objekt                  |                  |            |            |\n|--------------------|-------------------------|------------------|------------|------------|\n| Varer              | Verkstedveien 8,        | 2 000 000        | 15 000     | 4 120      |\n|                    | 3036 Drammen            |                  |            |            |\n| Arbeidsmaskiner    | Se egen liste (14 stk.) | 9 400 000        | 25 000     | 63 275     |\n`;
    const p = parse(text);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Varer', 'Verkstedveien 8, 3036 Drammen', '2000000'],
      ['Arbeidsmaskiner', undefined, '9400000'],
    ]);
  });

  it('a register copied one cell a line whose first row is a «Arbeidsmaskin»: the row, no seventh heading', () => {
    // set 80: the second page of a vehicle and machine register, its headings repeated
    const text = `${HEAD}Forsikring\nObjekt\nDekning\nForsikringssum\nEgenandel\nÅrspremie\nArbeidsmaskin\nMinigraver Kubota KX027 (2022)\nMaskinkasko\nkr 540 000\nkr 10 000\nkr 5 920\nTilhenger\nJX 3318 Istrail semitrailer (2018)\nDelkasko\n–\nkr 6 000\nkr 4 250\n`;
    const p = parse(text);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.sum, c.deductible, c.premium])).toEqual([
      ['Arbeidsmaskin', 'Minigraver Kubota KX027 (2022)', 'Maskinkasko', '540000', '10000', '5920'],
      // (a plate's four digits are no postcode: the model year stays in the vehicle's name)
      ['Tilhenger', 'JX 3318 Istrail semitrailer (2018)', 'Delkasko', undefined, '6000', '4250'],
    ]);
  });
});

describe('a section\'s title in capitals over an «Objekt» column of products', () => {
  // private-holdout86/protector-naering-policy-schedule: «1  EIENDOM / PROPERTY» / «Forsikringssted / Location: Terminalveien 40,
  // 8006 Bodø» over «Objekt  Forsikringssum  Egenandel  Premie» and «Bygning  NOK 78 500 000  NOK 100 000  NOK 96 410»
  const table = '1  EIENDOM\n   Forsikringssted: Havnegata 5, 9008 Tromsø\n\n   Objekt                 Forsikringssum     Egenandel     Premie\n   Bygning                kr 31 400 000      kr 50 000     kr 41 220\n   Maskiner og inventar   kr 6 800 000       kr 50 000     kr 9 150\n   Driftstap (12 mnd)     kr 12 000 000      kr 100 000    kr 7 310\n';
  it('each row is its own product at the section\'s place, never the title\'s product with the row\'s name as object', () => {
    const p = parse(`${HEAD}${table}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', 'Havnegata 5, 9008 Tromsø', '31400000', '50000', '41220'],
      ['Maskiner og inventar', 'Havnegata 5, 9008 Tromsø', '6800000', '50000', '9150'],
      ['Driftstap (12 mnd)', 'Havnegata 5, 9008 Tromsø', '12000000', '100000', '7310'],
    ]);
  });
  it('an «Objekt» column of addresses under the same title stays the rows\' object', () => {
    const p = parse(`${HEAD}1  EIENDOM\n\n   Objekt                          Forsikringssum     Egenandel     Premie\n   Havnegata 5, 9008 Tromsø        kr 31 400 000      kr 50 000     kr 41 220\n   Storgata 12, 9008 Tromsø        kr 8 200 000       kr 50 000     kr 12 050\n`);
    expect(p.coverages?.map((c) => c.object)).toEqual(['Havnegata 5, 9008 Tromsø', 'Storgata 12, 9008 Tromsø']);
  });
});

// private-holdout91/eika-forsikringsbevis-bat: «FORSIKRINGSBEVIS – BÅT» over «Fartøy» (the boat's facts) and «Dekningar» over the covers
describe('a certificate of one thing: headings of its facts and of its covers under the title', () => {
  const covers = 'Dekning | Forsikringssum | Eigenandel | Årspremie\nKasko | kr 465 000 | kr 6 000 | kr 4 820\nAnsvar | kr 5 000 000 | kr 6 000 | inkl.\n';
  it('«Dekningar» over the table: the rows are the title\'s product\'s covers, no products of their own', () => {
    const p = parse(`Polisenummer BT-2291476\n\nFORSIKRINGSBEVIS – BÅT\n\nDekningar\n${covers}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage])).toEqual([['Båt', 'Kasko'], ['Båt', 'Ansvar']]);
  });
  it('«Fartøy» over a table of the boat\'s facts, then «Dekninger»: the title\'s section goes on to the covers', () => {
    const facts = 'Fartøy\nBåt | Merke/modell | Byggeår | Lengde\nMotorbåt | Askeladden C65 | 2019 | 6,5 m\n\n';
    const p = parse(`Polisenummer BT-2291476\n\nForsikringsbevis – Båt\n\n${facts}Dekninger\n${covers}`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum])).toEqual([['Båt', 'Kasko', '465000'], ['Båt', 'Ansvar', '5000000']]);
  });
  it('«Dekninger» under no title: the rows stay products', () => {
    const p = parse(`Polisenummer BT-2291476\n\nDekninger\n${covers}`);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Kasko', 'Ansvar']);
  });
});

describe('a certificate\'s title that names the occasion it was issued on', () => {
  // private-holdout109: «Forsikringsbevis – fornyelse» / «Gårdsforsikring» over «Objekt | Forsikringssted | Forsikringssum | …»
  it('«Forsikringsbevis – fornyelse» names no product: the rows name their own', () => {
    const p = parse(['Forsikringsbevis – fornyelse', 'Gårdsforsikring', '', 'Forsikrede objekter', '', '| Objekt | Forsikringssted | Forsikringssum | Egenandel | Premie |', '|---|---|---|---|---|', '| Våningshus | Bjørnstadvegen 160, 2640 Vinstra | kr 4 870 000 | kr 10 000 | kr 7 412 |', '| Ansvar landbruk | | kr 10 000 000 | kr 10 000 | kr 1 860 |', ''].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Våningshus', 'Bjørnstadvegen 160, 2640 Vinstra', '4870000'],
      ['Ansvar landbruk', undefined, '10000000'],
    ]);
  });
});

describe('a heading that is the plural of the thing the table\'s first column names', () => {
  // 102/landkreditt-forsikringsbevis-gard: «## Bygninger» over «| Bygning | Forsikringssted | Forsikringssum | Egenandel | Premie |»
  const table = (heading: string): string =>
    [
      'Polisenummer: LKF-2025-04417',
      '',
      heading,
      '',
      '| Bygning       | Forsikringssted              | Forsikringssum | Egenandel | Premie |',
      '|---------------|------------------------------|----------------|-----------|--------|',
      '| Våningshus    | Sandvegen 4, 2850 Lena       | 5.850.000      | 10.000    | 8.912  |',
      '| Driftsbygning | Sandvegen 4, 2850 Lena       | 14.200.000     | 20.000    | 21.650 |',
      '',
    ].join('\n');
  it('is the table\'s caption: each building a coverage of its own at its place', () => {
    const p = parse(table('## Bygninger'));
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Våningshus', 'Sandvegen 4, 2850 Lena', '5850000'],
      ['Driftsbygning', 'Sandvegen 4, 2850 Lena', '14200000'],
    ]);
  });
});

describe('a certificate\'s title that names the occasion it is issued on', () => {
  // 109/landkreditt-fornyelse-gardsforsikring: «Forsikringsbevis – fornyelse» over «| Objekt | Forsikringssted | … |»
  it('names no product: «fornyelse» never becomes the rows\' product', () => {
    const p = parse(
      [
        'Forsikringsbevis – fornyelse',
        '',
        'Polisenummer: LF-220471',
        '',
        '| Objekt | Forsikringssted | Forsikringssum | Egenandel | Premie |',
        '|---|---|---|---|---|',
        '| Våningshus | Sandvegen 4, 2640 Vinstra | kr 4 870 000 | kr 10 000 | kr 7 412 |',
        '',
      ].join('\n'),
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.premium])).toEqual([['Våningshus', 'Sandvegen 4, 2640 Vinstra', '7412']]);
  });
});

describe('a renewal title or an overview caption over a table of objects', () => {
  it('«FORNYELSE – SKOGFORSIKRING» over «Forsikringsobjekt | Forsikringssum | …»: each row an object of the insurance', () => {
    const p = parse(
      'FORNYELSE – GARDSFORSIKRING\n\nForsikringsnummer:   GF-77120\nFornyelse gjelder fra:   1. mai 2027\n\n' +
        'Forsikringsobjekt                    Forsikringssum          Egenandel       Årspremie\n' +
        'Våningshus                           kr 3.900.000,-          kr 8.000,-      kr 5.120,-\n' +
        'Driftsbygning                        kr 7.250.000,-          kr 10.000,-     kr 11.430,-\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Gardsforsikring', object: 'Våningshus', index_class: 'bygninger', sum: '3900000', deductible: '8000', premium: '5120' },
      { product: 'Gardsforsikring', object: 'Driftsbygning', index_class: 'bygninger', sum: '7250000', deductible: '10000', premium: '11430' },
    ]);
  });
  it('«Gardsforsikring – oversikt frå 01.05.2027» beside the agreement’s number over «Forsikringsstad / objekt | …»', () => {
    const p = parse(
      'Avtalenummer:  44 1020 301\n\nGardsforsikring – oversikt frå 01.05.2027                  Avtalenummer 44 1020 301\n\n' +
        'Forsikringsstad / objekt              Forsikringssum      Eigenandel      Årspremie\n' +
        'Løe                                        5 600 000          15 000          8 410\n' +
        'Landbruksmaskinar og lausøyre              1 800 000          10 000          3 120\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Gardsforsikring', 'Løe'],
      ['Gardsforsikring', 'Landbruksmaskinar og lausøyre'],
    ]);
  });
});
