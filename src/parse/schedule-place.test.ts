import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe("the document's one insured place, stated above its table, is the place of the property rows", () => {
  // a business's certificate: «Forsikringssted: …» once in the block at the top, a line about the
  // business with a figure in it and a heading between it and a table with no place column
  const DOC =
    'Avtalenummer:       NF-100 384 22\n' +
    'Forsikringssted:    Industrivegen 14, 3430 Spikkestad\n\n' +
    'Virksomhet: Bilverksted og dekkhotell. Antall ansatte oppgitt ved tegning: 7.\n\n' +
    'Forsikringsoversikt\n\n' +
    '| Produkt | Dekning | Forsikringssum | Egenandel | Årspremie |\n' +
    '| Næringsbygg | Bygning, fullverdi | kr 18 300 000 | kr 15 000 | kr 32 940 |\n' +
    '| Eiendeler | Varer (dekk og deler) | kr 900 000 | kr 15 000 | kr 2 470 |\n' +
    '| Ansvar | Bedrifts- og produktansvar | kr 10 000 000 | kr 10 000 | kr 5 880 |\n';
  it('the building and the stock are at the place; the liability is no thing at a place', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Næringsbygg', 'Industrivegen 14, 3430 Spikkestad'],
      ['Eiendeler', 'Industrivegen 14, 3430 Spikkestad'],
      ['Ansvar', undefined],
    ]);
    // (the business line's count is said, not taken as the insured persons: no insurance here is of persons)
    expect(p.warnings).toEqual([
      'line 4: «Virksomhet: Bilverksted og dekkhotell. Antall ansatte oppgitt ved tegning: 7.» describes the business; its count of employees is not read as the insured persons',
    ]);
  });
  it("a farm's animals and crop are at the farm's place as its buildings and machines are", () => {
    // «Forsikringssted: Sørbråtvegen 30, 2390 Moelv» in the head over «Husdyr   kr 1 450 000 …», «Avling   kr 600 000 …»
    const p = parse(
      'Forsikringsnummer: LF 6631 208\nForsikringssted: Sørbråtvegen 30, 2390 Moelv\nForsikringsperiode: 01.03.2026 - 28.02.2027\n\n' +
        'Forsikring            Forsikringssum    Egenandel    Årspremie\n' +
        'Driftsbygning         kr 12 600 000     kr 20 000    kr 17 940\n' +
        'Husdyr                kr 1 450 000      kr 10 000    kr 3 720\n' +
        'Avling og fôr         kr 600 000        kr 10 000    kr 1 090\n' +
        'Landbruksansvar       kr 10 000 000     kr 10 000    kr 2 880\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Driftsbygning', 'Sørbråtvegen 30, 2390 Moelv'],
      ['Husdyr', 'Sørbråtvegen 30, 2390 Moelv'],
      ['Avling og fôr', 'Sørbråtvegen 30, 2390 Moelv'],
      ['Landbruksansvar', undefined],
    ]);
  });
  it('a tab-separated place line, as a PDF copied to text gives it, is the same', () => {
    const p = parse(DOC.replace('Forsikringssted:    ', 'Forsikringssted:\t'));
    expect(p.coverages?.[0]?.object).toBe('Industrivegen 14, 3430 Spikkestad');
  });
  it('a header block of two columns run together: the place ends where the next «Label:» begins', () => {
    // «Forsikringssted: Hovlandsvegen 41, 2850 Lena Gjelder fra: 01.03.2026» (one space between the columns)
    const p = parse(DOC.replace('Forsikringssted:    Industrivegen 14, 3430 Spikkestad', 'Forsikringssted: Industrivegen 14, 3430 Spikkestad Gjelder fra: 01.03.2026'));
    expect(p.coverages?.[0]?.object).toBe('Industrivegen 14, 3430 Spikkestad');
    expect(p.renewal_date).toBe('2026-03-01');
  });
  it('two different insured places: no row is given either (which row is where is not said)', () => {
    const p = parse(DOC.replace('Virksomhet:', 'Forsikringssted:    Sagvegen 4, 2380 Brumunddal\nVirksomhet:'));
    expect(p.coverages?.every((c) => c.object === undefined)).toBe(true);
  });
  it("a place line inside one product's block, under the overview, is that product's only", () => {
    // «Næringsbygg» / «Forsikringssted: …» after the overview's rows: the other rows are not there
    const p = parse(
      'Avtalenummer: 6620 1184 3\n\nForsikring\tForsikringssum\tEgenandel\tPris\n' +
        'Næringsbygg\tkr 14 800 000\tkr 20 000\tkr 18 350\nLøsøre\tkr 3 200 000\tkr 20 000\tkr 4 120\n\n' +
        'Næringsbygg\nForsikringssted: Sagvegen 4, 2380 Brumunddal\nByggeår: 1994\n',
    );
    expect(p.coverages?.find((c) => c.product === 'Løsøre')?.object).toBeUndefined();
  });
  it("the policyholder's «Adresse» is no insured place", () => {
    const p = parse(DOC.replace('Forsikringssted:    ', 'Adresse:    '));
    expect(p.coverages?.[0]?.object).toBeUndefined();
  });
});

describe('a row of the schedule whose name states the natural-damage rate', () => {
  // «Naturskade (0,08 promille» / «av brannforsikringssum)» with the row's deductible and premium, in a tab table
  const DOC =
    'Avtalenr\t6120 448 173\n\nDekning\tForsikringssum\tEgenandel\tPris\n' +
    'Bygning, fullverdi\t98 450 000\t10 000\t61 840\n' +
    'Naturskade (0,08 promille\t\t8 000\t7 876\nav brannforsikringssum)\n';
  it('gives the rate, and the row is a coverage with its deductible and premium (they were lost without a word)', () => {
    const p = parse(DOC);
    expect(p.natural_damage?.rate_permille).toBe('0.08');
    const nd = p.coverages?.find((c) => c.product.startsWith('Naturskade'));
    expect(nd).toMatchObject({ index_class: 'none', deductible: '8000', premium: '7876' });
    expect(p.warnings).toEqual([]);
  });
  it('a row of rates only («Naturskade | 0,07 ‰ | 0,08 ‰» under years) is the rate, no coverage', () => {
    const p = parse('Avtalenr 6120 448 173\n\nSats\t2024\t2025\nNaturskade\t0,07 ‰\t0,08 ‰\n');
    expect(p.natural_damage).toMatchObject({ rate_permille: '0.08', previous_rate_permille: '0.07' });
    expect(p.coverages ?? []).toEqual([]);
  });
});

describe("a car certificate's plate in the vehicle's own block", () => {
  // docs/if-bil-forsikringsbevis-kjoretoyblokk-2026: «KJØRETØY» / «Registreringsnummer     EL 20917», then
  // «DEKNING OG PRIS» / «Produkt                 Bilforsikring» / «Dekning                 Kasko» …
  const DOC = (vehicle: string) =>
    ['Forsikringsbevis – Bilforsikring', '', 'Forsikringsnr.:     SP 8812 4406', '', 'KJØRETØY', 'Registreringsnummer     EL 20917', vehicle, 'Årsmodell               2023', '', 'DEKNING OG PRIS', 'Produkt                 Bilforsikring', 'Dekning                 Kasko', 'Egenandel               8 000 kr', 'Pris per år             7 344 kr', ''].join('\n');

  it('is the object of the car\'s cover', () => {
    expect(parse(DOC('Merke og modell         Skoda Enyaq 80')).coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([['Bilforsikring', 'Kasko', 'EL 20917', '8000', '7344']]);
  });

  it('a field that names the vehicle otherwise («Kjøretøy: …») is read as before, the plate not beside it', () => {
    expect(parse(DOC('Kjøretøy: Skoda Enyaq 80')).coverages?.[0]?.object).toBe('Skoda Enyaq 80');
  });
});

describe('a place column of numbers refers to the numbered list of places above the table', () => {
  // «Forsikringssteder» / «1  Industrivegen 12, 2740 Roa» … over «Sted | Forsikret gjenstand | …» / «1 | Bygning | …»
  const head = [
    'Polisenummer      NB-5520871',
    '',
    'Forsikringssteder',
    '1  Havnegata 4, 8006 Bodø',
    '2  Gnr 12 Bnr 7, Vikavegen 80, 8050 Tverlandet',
    '',
    'Bygninger og løsøre',
    'Sted  Forsikret gjenstand        Forsikringssum     Egenandel   Premie',
  ];
  it('gives each row the listed place of its number', () => {
    const p = parse([...head, '1     Bygning                    24 100 000         20 000      31 400', '2     Maskiner og inventar        3 650 000         20 000       6 010', ''].join('\n'));
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Bygning', 'Havnegata 4, 8006 Bodø'],
      ['Maskiner og inventar', 'Gnr 12 Bnr 7, Vikavegen 80, 8050 Tverlandet'],
    ]);
  });
  it('a listed place with what stands there in brackets: the address the object, the bracket the row\'s note', () => {
    // («Forsikringssted 1: Nesgata 12, 4480 Kvinesdal (butikk og lager)» over «Dekning | Sted | Forsikringssum | …»)
    const p = parse(['Polisenummer      NB-5520871', '', 'Forsikringssted 1: Havnegata 4, 8006 Bodø (verksted og lager)', '', 'Sted  Forsikret gjenstand        Forsikringssum     Egenandel   Premie', '1     Maskiner og inventar        3 650 000         20 000       6 010', ''].join('\n'));
    expect(p.coverages?.[0]).toMatchObject({ product: 'Maskiner og inventar', object: 'Havnegata 4, 8006 Bodø', note: 'verksted og lager' });
  });
  it('leaves a number the list does not give out of the object, and says so', () => {
    const p = parse([...head, '3     Bygning                    24 100 000         20 000      31 400', ''].join('\n'));
    expect(p.coverages?.[0]?.object).toBeUndefined();
    expect(p.warnings.some((w) => /place «3» of Bygning is a number/.test(w))).toBe(true);
  });
});

describe('a column of first-risk sums', () => {
  // «Tilleggsdekninger (førsterisiko)» / «Dekning   Førsterisikosum   Egenandel»
  it('makes each sum under «Førsterisikosum» a first-risk sum', () => {
    const p = parse(['Polisenummer      NB-5520871', '', 'Tilleggsdekninger', 'Dekning                           Førsterisikosum    Egenandel', 'Penger og verdipapirer            75 000             10 000', 'Ekstrautgifter                    400 000            10 000', ''].join('\n'));
    expect(p.coverages?.map((c) => c.sum)).toEqual([{ first_risk: '75000' }, { first_risk: '400000' }]);
  });
});

describe('a place whose lot and postcode stand on the line under its value', () => {
  // «Forsikringssted: Trollvassbu, Hovdevegen 115» over «                 Gnr 7 Bnr 31, 3560 Hemsedal»
  it('joins the rest set in under the value, with its comma', () => {
    const p = parse(['Avtalenummer: 4410-220 981', '', 'Forsikringssted: Solbakken, Fjellvegen 20', '                 Gnr 14 Bnr 9, 3577 Hovet', 'Forsikring        Sum             Egenandel    Pris', 'Hytte             kr 2 900 000    kr 8 000     kr 5 120', ''].join('\n'));
    expect(p.coverages?.[0]?.object).toBe('Solbakken, Fjellvegen 20, Gnr 14 Bnr 9, 3577 Hovet');
  });
  it('joins a heading over its value and the rest under it («FORSIKRINGSSTED» / street / lot and postcode)', () => {
    const p = parse(['Polisenummer      71 220 554', '', 'FORSIKRINGSSTED', 'Kløvervegen 3', 'Gnr 8 Bnr 211, 2312 Ottestad', '', 'Forsikring         Dekning    Egenandel      Pris per år', 'Bolighus            Standard   10 000 kr      9 210 kr', ''].join('\n'));
    expect(p.coverages?.[0]?.object).toBe('Kløvervegen 3, Gnr 8 Bnr 211, 2312 Ottestad');
  });
  it('leaves a place that has its postcode whole: a lot under it is not its rest', () => {
    const p = parse(['Avtalenummer: 4410-220 981', '', 'Forsikringssted: Fjellvegen 20, 3577 Hovet', 'Gnr 14 Bnr 9, 3577 Hovet', 'Forsikring        Sum             Egenandel    Pris', 'Hytte             kr 2 900 000    kr 8 000     kr 5 120', ''].join('\n'));
    expect(p.coverages?.[0]?.object).not.toContain('Gnr 14 Bnr 9, 3577 Hovet, ');
    expect(p.coverages?.[0]?.object ?? '').not.toMatch(/Hovet, Gnr/);
  });
});

describe('a place whose line ran into the next label and its amount', () => {
  // a PDF's «Forsikringssted Løvstakkveien 8, 5063 Bergen Forsikringssum» over «kr 1 500 000» (labels over values, lines run together)
  it('is no place: the object is left out and said so', () => {
    const p = parse('Polisenummer 4410 2231 90\n\nOversikt over forsikringene dine\n\nInnbo\nForsikringssted Kløverstien 2, 5063 Bergen Forsikringssum\nkr 1 200 000\nEgenandel\nkr 4 000\nÅrspremie\nkr 3 020\n');
    expect(p.coverages?.[0]?.object).toBeUndefined();
    expect(p.warnings.some((w) => /holds a figure's label and amount/.test(w))).toBe(true);
  });
});

describe('«Forsikringsadresse» names the insured place', () => {
  // private-holdout48/if-innbo-verdisaker-forsikringsbevis: «Forsikringsadresse: Kirkegata 22 B, 7013 Trondheim» over
  // «Boligtype: …» and «Oversikt over forsikringene», then «Innbo   Ekstra   kr 1 200 000   kr 4 000   kr 3 288»
  it('is the place of the contents row of a table with no place column', () => {
    const p = parse(
      'Polisenummer:       SP7741186\n\n' +
        'Forsikringsadresse: Kirkegata 22 B, 7013 Trondheim\n' +
        'Boligtype:          Leilighet i blokk, 3. etasje, 4 rom\n\n' +
        'Oversikt over forsikringene\n\n' +
        'Forsikring       Dekning      Forsikringssum      Egenandel     Pris per år\n' +
        'Innbo            Ekstra       kr 1 200 000        kr 4 000      kr 3 288\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Innbo', 'Kirkegata 22 B, 7013 Trondheim']]);
  });
});

describe('a registration number is the object of its own section\'s product only', () => {
  // docs/gjensidige-bevis-motorsykkel-bat-skilt-i-egen-seksjon-2026: «MOTORSYKKEL» over «Kjøretøy   Honda CB650R, 2020» and
  // «Registreringsnummer    EB 2218», then «BÅT» with no plate
  it('the motorcycle\'s plate is never the boat\'s object', () => {
    const p = parse('Forsikringsnummer      88 410 2270\n\nMOTORSYKKEL\nKjøretøy               Honda CB650R, 2020\nRegistreringsnummer    EB 2218\nDekning                Kasko\nEgenandel              kr 5 000\nÅrspremie              kr 3 120\n\nBÅT\nBåtplass               Lysaker båtforening\nDekning                Båt Pluss\nForsikringssum         kr 310 000\nEgenandel              kr 4 000\nÅrspremie              kr 2 860\n');
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['MOTORSYKKEL', 'Honda CB650R, 2020'],
      ['BÅT', undefined],
    ]);
  });
});

describe('a numbered place over its own table under the document\'s title', () => {
  // private-holdout84/codan-lager-forsikringsbevis: «Næringsliv - Ting og avbrudd» as the title, «FORSIKRINGSSTED 01: Brattørkaia 11,
  // 7010 Trondheim» / «Produksjonslokaler og fryselager, leide lokaler» over «Gjenstand   Sum kr   Indeks   Egenandel kr   Premie kr»
  const DOC = 'Codan Forsikring                                  FORSIKRINGSBEVIS\n                                                  Næringsliv - Ting og avbrudd\n\nForsikringsnr.: 60-3318-774\n\n' +
    'FORSIKRINGSSTED 01: Brattørkaia 11, 7010 Trondheim\nProduksjonslokaler og fryselager, leide lokaler\n\n' +
    '  Gjenstand                        Sum kr        Egenandel kr   Premie kr\n  Maskiner og inventar           6 700 000            15 000       14 870\n  Varer                         18 000 000            25 000       26 460\n\n' +
    'FORSIKRINGSSTED 02: Ilsvikøra 3, 7018 Trondheim\nKontor\n\n' +
    '  Gjenstand                        Sum kr        Egenandel kr   Premie kr\n  Kontorinventar og EDB            900 000             5 000        1 420\n';
  it('each table\'s rows are at the place over it; the line of what the premises are is no end of its reach', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Maskiner og inventar', 'Brattørkaia 11, 7010 Trondheim'],
      ['Varer', 'Brattørkaia 11, 7010 Trondheim'],
      ['Kontorinventar og EDB', 'Ilsvikøra 3, 7018 Trondheim'],
    ]);
  });
});

describe('a place that ends in an amount', () => {
  // a broker's overview whose sum cell ran into the place: «Bygning   Hamnegata 18, 6770 Nordfjordeid 38 500 000 kr   …»
  it('keeps the place without the amount, and says the amount was not read', () => {
    const p = parse('Forsikringsnummer 55501234\n\nForsikring     Forsikringssted                                  Egenandel     Premie\nBygning        Kaigata 4, 6800 Førde 12 400 000 kr              kr 20 000     kr 31 200\n');
    const c = p.coverages?.find((x) => x.product === 'Bygning');
    expect(c?.object).toBe('Kaigata 4, 6800 Førde');
    expect(p.warnings.some((w) => /ends in an amount «12 400 000 kr»: .* the amount is not read/.test(w))).toBe(true);
  });
  it('a place with a house number and its postcode is no amount', () => {
    const p = parse('Forsikringsnummer 55501234\n\nForsikring     Forsikringssted               Sum              Premie\nBygning        Kaigata 4, 6800 Førde         kr 12 400 000    kr 31 200\n');
    expect(p.coverages?.[0]?.object).toBe('Kaigata 4, 6800 Førde');
    expect(p.warnings.some((w) => /ends in an amount/.test(w))).toBe(false);
  });
});

describe("a row's place and the lines under it that are no place", () => {
  // a business renewal's certificate: «Driftsavbrudd   Alle forsikringssteder   8 500 000 …» over «Ansvarstid 12 mnd.» set in under the place
  it('an indemnity period under the place column is the row\'s note, not part of the place', () => {
    const doc =
      'Avtalenummer:    77190441\n\n' +
      'Forsikring            Forsikringssted                  Forsikringssum   Egenandel   Årspremie\n' +
      'Maskiner og løsøre    Industrivegen 14, 2816 Gjøvik         6 200 000      10 000       9 115\n' +
      'Driftsavbrudd         Alle forsikringssteder                8 500 000      10 000       5 870\n' +
      '                      Ansvarstid 12 mnd.\n' +
      'Bedriftsansvar                                         10 000 000      10 000       6 230\n';
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Maskiner og løsøre', 'Industrivegen 14, 2816 Gjøvik', '6200000'],
      ['Driftsavbrudd', 'Alle forsikringssteder', '8500000'],
      ['Bedriftsansvar', undefined, '10000000'],
    ]);
  });
  // a private certificate: «Husforsikring   Pluss   Solbakkvegen 14 B   kr 640 000 …» over «Garasje med bod, byggeår 1991»
  it("a house's letter after a space is the street's, and the building's description under it no part of the place", () => {
    const doc =
      'Forsikringsnummer     84412076\n\n' +
      'Forsikring        Dekning   Forsikringssted                    Forsikringssum   Egenandel   Pris per år\n' +
      'Husforsikring     Pluss     Solbakkvegen 14 B                  kr 640 000       kr 10 000   kr 1 104\n' +
      '                            Garasje med bod, byggeår 1991\n' +
      'Innboforsikring   Pluss     Solbakkvegen 14                    kr 1 600 000     kr 6 000    kr 3 288\n';
    expect(parse(doc).coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Husforsikring', 'Solbakkvegen 14 B'],
      ['Innboforsikring', 'Solbakkvegen 14'],
    ]);
  });
});

describe("a letter's record named «Product  ·  Place»", () => {
  // a renewal letter's «Dine forsikringer fra 01.03.2025»: «Villa  ·  Husøyveien 31, 3145 Tjøme» over its labelled figures
  it('the middle dot between the product and its place is a dash\'s: the product and the place, the fields under them its figures', () => {
    const doc =
      'Forsikringsnummer: 1020 4417 53\n\nDine forsikringer fra 01.03.2025\n\n' +
      'Villa  ·  Husøyveien 31, 3145 Tjøme\n       Enebolig, byggeår 1994, 212 m2\n       Forsikringssum:   Fullverdi\n       Egenandel:        kr 6 000,-\n       Årspris:          kr 14 288,-\n\n' +
      'Innbo  ·  Husøyveien 31, 3145 Tjøme\n       Forsikringssum:   kr 1 200 000,-\n       Egenandel:        kr 6 000,-\n       Årspris:          kr 3 544,-\n';
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Villa', 'Husøyveien 31, 3145 Tjøme', undefined, '6000', '14288'],
      ['Innbo', 'Husøyveien 31, 3145 Tjøme', '1200000', '6000', '3544'],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a numbered place with its lot in the municipality on the line under it', () => {
  it('«Forsikringssted 1:  Industrivegen 14, 5300 Kleppestø» over «Gnr 12 Bnr 88, Askøy kommune»: one place, the rows\' object', () => {
    const p = parse(
      'Forsikringsnummer   78432119\n\n' +
        'Forsikringssted 1:  Industrivegen 14, 5300 Kleppestø\n' +
        '                    Gnr 12 Bnr 88, Askøy kommune\n\n' +
        'Dekning                          Forsikringsform     Forsikringssum     Egenandel      Årspris\n' +
        'Bygning                          Fullverdi               38 400 000        25 000       61 420\n' +
        'Varer                            Fast sum                 3 500 000        25 000        6 940\n\n' +
        'Forsikringssted 2:  Sjøgata 3, 5310 Hauglandshella\n\n' +
        'Dekning                          Forsikringsform     Forsikringssum     Egenandel      Årspris\n' +
        'Inventar                         Fast sum                   850 000        10 000        1 320\n',
    );
    expect((p.coverages ?? []).map((c) => c.object)).toEqual([
      'Industrivegen 14, 5300 Kleppestø, Gnr 12 Bnr 88, Askøy kommune',
      'Industrivegen 14, 5300 Kleppestø, Gnr 12 Bnr 88, Askøy kommune',
      'Sjøgata 3, 5310 Hauglandshella',
    ]);
  });
});
