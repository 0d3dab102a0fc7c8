import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), { trace: true });
const LETTERHEAD = 'Fremtind Forsikring AS                                   Forsikringsbevis – personalforsikring\nAvtalenummer: 7702 4418                                  Side 1 av 2\n';
const PAGE2 = 'Fremtind Forsikring AS                                   Forsikringsbevis – personalforsikring\nAvtalenummer: 7702 4418                                  Side 2 av 2\n';

describe('a person product’s section going on under a heading of its own', () => {
  it('after the page break, under «Yrkesskade – tillegg»: the add-ons are the product’s items (they were a second coverage)', () => {
    // (a staff certificate: «YRKESSKADE» on page 1, the letterhead and «Side 2 av 2», then «Yrkesskade – tillegg»)
    const p = parse(
      `${LETTERHEAD}\nYRKESSKADE\n\nTap i fremtidig erverv, etter alder og inntekt ............. 22–30 G\nMénerstatning, ved 15 % medisinsk invaliditet eller mer .... 4,5 G\n\n${PAGE2}\nYrkesskade – tillegg\n\nMénerstatning, ved 1–14 % medisinsk invaliditet ............ 0,75 G\nUtgifter ved dødsfall, til begravelse ...................... 0,5 G\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => i.name)])).toEqual([
      [
        'YRKESSKADE',
        ['Tap i fremtidig erverv, etter alder og inntekt', 'Ménerstatning, ved 15 % medisinsk invaliditet eller mer', 'Ménerstatning, ved 1–14 % medisinsk invaliditet', 'Utgifter ved dødsfall, til begravelse'],
      ],
    ]);
    // (each item traced to its own line)
    expect(p.trace?.['coverages[0].items[3]']?.line).toBe(15);
  });

  it('«Gruppeliv (fortsettelse)» over the rest of the table is the same product', () => {
    const p = parse(
      `Avtalenummer: 5340 2291\n\nGRUPPELIV\n\nDekning                                          Forsikringssum\nArbeidstaker under 51 år                         10 G\n\nGruppeliv (fortsettelse)\n\nDekning                                          Forsikringssum\nLærling                                          5 G\nUtbetaling til dødsboet                          2 G\n`,
    );
    expect(p.coverages).toEqual([
      {
        product: 'GRUPPELIV',
        index_class: 'none',
        items: [
          { name: 'Arbeidstaker under 51 år', sum: { g: '10' } },
          { name: 'Lærling', sum: { g: '5' } },
          { name: 'Utbetaling til dødsboet', sum: { g: '2' } },
        ],
      },
    ]);
  });

  it('two sections of one product with other sums for the same item stay apart (two groups of staff), and another product is its own', () => {
    const p = parse('Avtalenummer: 5340 2291\n\nGruppeliv\n\nAnsattes død  10 G\n\nGruppeliv\n\nAnsattes død  6 G\n\nFritidsulykke\n\nDødsfall  3 G\n');
    expect(p.coverages?.map((c) => c.product)).toEqual(['Gruppeliv', 'Gruppeliv', 'Fritidsulykke']);
  });

  it('«Yrkesskade – lovbestemt» then «Yrkesskade – tillegg»: two sections of the product, each its own coverage with its own items (they were one)', () => {
    // (a staff certificate: «Yrkesskade – lovbestemt» over «Ménerstatning   etter lov», «Yrkesskade – tillegg» over «Reise mellom hjem og arbeid   15 G»)
    const p = parse(
      'Polisenummer: YS-418 260\n\nYrkesskade – lovbestemt\nTap i fremtidig erverv          22–30 G\nMénerstatning                   etter lov\nPremie kr 21 760\n\nYrkesskade – tillegg\nReise mellom hjem og arbeid     15 G\nPremie kr 3 940\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => i.name)])).toEqual([
      ['Yrkesskade – lovbestemt', '21760', ['Tap i fremtidig erverv', 'Ménerstatning']],
      ['Yrkesskade – tillegg', '3940', ['Reise mellom hjem og arbeid']],
    ]);
    // (the same sections as G text: items in fields)
    const q = parse('Polisenummer: YS-418 260\n\nYrkesskade – lovbestemt\n\nMénerstatning: etter lov\n\nYrkesskade – tillegg\n\nDødsfall: 15 G\n');
    expect(q.coverages?.map((c) => [c.product, c.items?.map((i) => i.name)])).toEqual([
      ['Yrkesskade – lovbestemt', ['Ménerstatning']],
      ['Yrkesskade – tillegg', ['Dødsfall']],
    ]);
  });

  it('a subtitle that does not name a section is no part of the product’s name', () => {
    const p = parse('Avtalenummer: 5340 2291\n\nGruppelivsforsikring – oversyn for arbeidsgjevar\n\nDødsfall  10 G\n');
    expect(p.coverages?.map((c) => c.product)).toEqual(['Gruppelivsforsikring']);
  });
});

describe('one section of a person product alone is the product', () => {
  it('«Yrkesskade – lovbestemt» as the only section of Yrkesskade, over its G table: the cover «Yrkesskade»', () => {
    // (a staff certificate whose heading names the statutory cover, and no add-on section follows)
    const p = parse('Polisenummer: YS-418 260\n\nYrkesskade – lovbestemt\n\nYtelse                                   Sum (G)\nMénerstatning                            4,5\nErstatning til ektefelle/samboer         15\n\nGruppeliv\n\nDødsfall  10 G\n');
    expect(p.coverages?.map((c) => c.product)).toEqual(['Yrkesskade', 'Gruppeliv']);
  });
});

describe('an overview of premiums and, on the next page, the sums and deductibles of the same coverages', () => {
  // docs/gjensidige-lag-oversikt-arspremie-2027: «Forsikring   Forsikringssted / objekt   Årspremie (kr)»
  // over «Bygning   Klubbhuset, Stadionvegen 3, gnr 14 bnr 22, 2380 Brumunddal   18 420», and on the next
  // page «Forsikringssted: Klubbhuset, Stadionvegen 3, 2380 Brumunddal» over «   Forsikringssum   Egenandel»
  const OVERVIEW =
    'Avtalenummer: 7781 2340\n\nForsikring                Forsikringssted / objekt                                   Årspremie (kr)\n' +
    'Bygning                   Klubbhuset, Stadionvegen 3, gnr 14 bnr 22, 2380 Brumunddal    18 420\n' +
    'Løsøre                    Klubbhuset, Stadionvegen 3, 2380 Brumunddal                    4 960\n' +
    'Sum årspremie                                                                            23 380\n\n';
  const BLOCK = (place: string, sum = '1 200 000'): string =>
    `Forsikringssted: ${place}\n                                   Forsikringssum      Egenandel\nBygning                           Fullverdi           10 000\nLøsøre                            ${sum}           10 000\n`;
  it('the block\'s rows take the place line\'s place, and each joins the premium\'s row of its product at that place: one row each', () => {
    const p = parse(OVERVIEW + BLOCK('Klubbhuset, Stadionvegen 3, 2380 Brumunddal'));
    expect(p.coverages).toEqual([
      { product: 'Bygning', object: 'Klubbhuset, Stadionvegen 3, gnr 14 bnr 22, 2380 Brumunddal', index_class: 'bygninger', deductible: '10000', premium: '18420', note: 'Fullverdi' },
      { product: 'Løsøre', object: 'Klubbhuset, Stadionvegen 3, 2380 Brumunddal', index_class: 'maskin_losore', sum: '1200000', deductible: '10000', premium: '4960' },
    ]);
    expect(p.warnings).toEqual([]);
    expect(p.trace?.['coverages[1]']?.line).toBe(5);
  });
  it('at another place they are rows of their own', () => {
    const p = parse(OVERVIEW + BLOCK('Idrettsparken 1, 2380 Brumunddal'));
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([
      ['Bygning', 'Klubbhuset, Stadionvegen 3, gnr 14 bnr 22, 2380 Brumunddal', undefined, '18420'],
      ['Løsøre', 'Klubbhuset, Stadionvegen 3, 2380 Brumunddal', undefined, '4960'],
      ['Bygning', 'Idrettsparken 1, 2380 Brumunddal', undefined, undefined],
      ['Løsøre', 'Idrettsparken 1, 2380 Brumunddal', '1200000', undefined],
    ]);
  });
  it('a certificate\'s «Label: value» block of a building at full value joins the row too (it was a second row)', () => {
    const p = parse(`${OVERVIEW}Forsikringsbevis Bygning\nForsikringssted: Klubbhuset, Stadionvegen 3, 2380 Brumunddal\nForsikringssum: Fullverdi\nEgenandel: kr 10 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.deductible, c.premium, c.note])).toEqual([
      ['Bygning', '10000', '18420', 'Fullverdi'],
      ['Løsøre', undefined, '4960', undefined],
    ]);
  });
  it('a certificate that states another figure for the same coverage: both kept, warned', () => {
    const p = parse(
      'Avtalenummer: 7781 2340\n\nForsikring                Forsikringssted                                Egenandel     Årspremie (kr)\n' +
        'Løsøre                    Klubbhuset, Stadionvegen 3, 2380 Brumunddal       10 000            4 960\n\n' +
        'Forsikringsbevis Løsøre\nForsikringssted: Klubbhuset, Stadionvegen 3, 2380 Brumunddal\nForsikringssum: kr 1 200 000\nEgenandel: kr 20 000\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Løsøre', undefined, '10000', '4960'],
      ['Løsøre', '1200000', '20000', undefined],
    ]);
    expect(p.warnings).toEqual(['line 7: Løsøre (Klubbhuset, Stadionvegen 3, 2380 Brumunddal) is stated at line 4 too, with another deductible; both kept']);
  });
});

describe('a certificate\'s title and place line over a block whose rows name their products', () => {
  // docs/gjensidige-lag-oversikt-arspremie-2027: «Forsikringsbevis – Bygning og løsøre» / «Forsikringssted:
  // Klubbhuset, Stadionvegen 3, 2380 Brumunddal» right over «   Forsikringssum   Egenandel»
  const BLOCK = '                                   Forsikringssum      Egenandel\nBygning                           Fullverdi           10 000\nLøsøre                            1 200 000           10 000\n';
  it('the place line right over the header is the place of the rows', () => {
    const p = parse(`Avtalenummer: 7781 2340\n\nForsikringsbevis – Bygning og løsøre\n\nForsikringssted: Klubbhuset, Stadionvegen 3, 2380 Brumunddal\n${BLOCK}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible])).toEqual([
      ['Bygning', 'Klubbhuset, Stadionvegen 3, 2380 Brumunddal', undefined, '10000'],
      ['Løsøre', 'Klubbhuset, Stadionvegen 3, 2380 Brumunddal', '1200000', '10000'],
    ]);
  });
  it('a line between them, and another insured place in the document: the rows get no place (whose place it is, is less sure)', () => {
    const p = parse(`Avtalenummer: 7781 2340\n\nForsikringsbevis – Bygning og løsøre\n\nForsikringssted: Klubbhuset, Stadionvegen 3, 2380 Brumunddal\nVirksomhet: Idrettslag\n${BLOCK}\nForsikringsbevis – Ansvar\nForsikringssted: Lysløypa 2, 2380 Brumunddal\n`);
    expect(p.coverages?.map((c) => c.object)).toEqual([undefined, undefined]);
  });
  it('a line between them, and the one insured place of the document: the place of its buildings and contents (schedule-place.ts)', () => {
    const p = parse(`Avtalenummer: 7781 2340\n\nForsikringsbevis – Bygning og løsøre\n\nForsikringssted: Klubbhuset, Stadionvegen 3, 2380 Brumunddal\nVirksomhet: Idrettslag\n${BLOCK}`);
    expect(p.coverages?.map((c) => c.object)).toEqual(['Klubbhuset, Stadionvegen 3, 2380 Brumunddal', 'Klubbhuset, Stadionvegen 3, 2380 Brumunddal']);
  });
});

describe('two coverages of one product in a block of fields are no conflict', () => {
  it('«Produkt: Fritidsbåt» over «Dekning: Kasko» … and «Dekning: Ansvar» …: two rows, no warning', () => {
    // (a boat certificate: the product once, then each cover's fields under «Dekning:»)
    const p = parse('Polisenummer: 4471 2290\n\nProdukt: Fritidsbåt\n\n  Dekning:                 Kasko\n  Forsikringssum:          kr 385 000\n  Egenandel:               kr 6 000\n  Årspremie:               kr 4 870\n\n  Dekning:                 Ansvar\n  Forsikringssum:          kr 2 000 000\n  Egenandel:               kr 3 000\n');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum])).toEqual([
      ['Fritidsbåt', 'Kasko', '385000'],
      ['Fritidsbåt', 'Ansvar', '2000000'],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('certificate pages after an overview of premiums per product and place', () => {
  // docs/gjensidige-bevis-etter-oversikt-2025: «Det er avtalt forsikring på følgende  Årspremie (kr)», «Eiendeler»
  // over «Lagerbygg Gnr 40 Bnr 3 7340 Oppdal  1 904», then the page «Forsikringsbevis  Eiendeler  Gjelder fra …»
  const overview =
    'Forsikringsnummer   81 204 557\n\n' +
    'Det er avtalt forsikring på følgende                                  Årspremie (kr)\n' +
    'Bygning\nLagerbygg Gnr 40 Bnr 3 7340 Oppdal                                            6 318\n' +
    'Eiendeler\nLagerbygg Gnr 40 Bnr 3 7340 Oppdal                                            1 904\n' +
    'Forsikringens premie                                                          8 222\n\n';
  const certificate = (place: string, rows: string, premium = '1 904'): string =>
    'Forsikringsbevis    Eiendeler                          Gjelder fra 01.05.2025\n' +
    `Forsikringssted     ${place}\n` +
    'Virksomhet          Skiklubb\n' +
    '                                                   Forsikringssum     Egenandel\n' +
    rows +
    `Premie for denne forsikringen                                             ${premium}\n`;
  const one = 'Maskiner, inventar og løsøre                             640 000          8 000\n';
  const place = 'Lagerbygg Gnr 40 Bnr 3 7340 Oppdal';
  it('the certificate\'s one row joins the overview\'s row of its product and place', () => {
    const p = parse(overview + certificate(place, one));
    expect(p.coverages?.[1]).toEqual({ product: 'Eiendeler', coverage: 'Maskiner, inventar og løsøre', object: place, index_class: 'maskin_losore', sum: '640000', deductible: '8000', premium: '1904' });
    expect(p.coverages).toHaveLength(2);
    expect(p.warnings).toEqual([]);
  });
  it('with no overview the certificate\'s row is a coverage of its own, its premium the certificate\'s', () => {
    const p = parse(`Forsikringsnummer   81 204 557\n\n${certificate(place, one)}`);
    expect(p.coverages).toEqual([{ product: 'Eiendeler', coverage: 'Maskiner, inventar og løsøre', object: place, index_class: 'maskin_losore', sum: '640000', deductible: '8000', premium: '1904' }]);
  });
  it('a certificate of several rows keeps them, the overview\'s row priced for them together', () => {
    const p = parse(overview + certificate(place, `${one}Varer                                                    120 000          8 000\n`));
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.premium])).toEqual([
      ['Bygning', undefined, undefined, '6318'],
      ['Eiendeler', undefined, undefined, '1904'],
      ['Eiendeler', 'Maskiner, inventar og løsøre', '640000', undefined],
      ['Eiendeler', 'Varer', '120000', undefined],
    ]);
  });
  it('a certificate at a place the overview prices no row of its product at: a warning, not joined', () => {
    const p = parse(overview + certificate('Klubbhus Gnr 41 Bnr 7 7340 Oppdal', one));
    expect(p.coverages).toHaveLength(3);
    expect(p.warnings.join('\n')).toContain('matches no row of the overview');
  });
  it('a certificate whose premium is not the overview\'s: a warning, both kept', () => {
    const p = parse(overview + certificate(place, one, '2 004'));
    expect(p.coverages).toHaveLength(3);
    expect(p.warnings.join('\n')).toContain('with another premium; both kept');
  });
});

describe('a club\'s overview, then a certificate per product under a heading in capitals', () => {
  // docs/gjensidige-klubb-pdfkopi-bevis-2026: the overview prices each product; each certificate states
  // its row again, worded otherwise, with the sum, the deductible and «Forsikringens premie» under it
  const overview = [
    'Gjensidige Forsikring ASA',
    'Forsikringsnummer   81 440 273',
    '',
    'Forsikring                Forsikringssted / objekt                                Årspremie (kr)',
    'Bygning                   Skistua, Løypevegen 12, gnr 45 bnr 3, 1940 Bjørkelangen        6 420',
    'Eiendeler                 Skistua, Løypevegen 12, 1940 Bjørkelangen                      1 180',
    'Ansvarsforsikring         Lag/klubb                                                      1 540',
    '',
    'Grunnpris lag/klubb                                                                        350',
    'Sum årspremie                                                                            9 490',
    '',
  ].join('\n');
  const certificate = (title: string, place: string | undefined, row: string, premium: string): string =>
    `\n${title}\n\n${place !== undefined ? `Forsikringssted     ${place}\n\n` : ''}                                        Forsikringssum          Egenandel\n${row}\n\nForsikringens premie                                                ${premium}\n`;
  const p = parse(
    overview +
      certificate('FORSIKRINGSBEVIS BYGNING', 'Løypevegen 12, 1940 Bjørkelangen', 'Skistua (klubbhus med garderober)       Fullverdi                  10 000', '6 420') +
      certificate('FORSIKRINGSBEVIS EIENDELER', 'Løypevegen 12, 1940 Bjørkelangen', 'Maskiner, inventar og løsøre            400 000                    10 000', '1 180') +
      certificate('FORSIKRINGSBEVIS ANSVARSFORSIKRING', undefined, 'Ansvar for lag/klubb                    10 000 000                  5 000', '1 540'),
  );
  it('each certificate\'s row is the overview\'s coverage, not a new one', () => {
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', undefined, 'Skistua, Løypevegen 12, gnr 45 bnr 3, 1940 Bjørkelangen', undefined, '10000', '6420'],
      ['Eiendeler', 'Maskiner, inventar og løsøre', 'Skistua, Løypevegen 12, 1940 Bjørkelangen', '400000', '10000', '1180'],
      ['Ansvarsforsikring', 'Ansvar for lag/klubb', 'Lag/klubb', '10000000', '5000', '1540'],
    ]);
  });
  it('«Grunnpris lag/klubb» is the agreement\'s price: no coverage, and a warning names it', () => {
    expect(p.warnings.some((w) => w.includes('Grunnpris lag/klubb') && w.includes('not of a coverage'))).toBe(true);
  });
});

describe('a table row whose sum cell points below («se under»)', () => {
  // (after klp-arsoversikt-2026: an overview's accident row «se under», its G sums under the table)
  const OVERVIEW =
    'Avtalenummer:  9110 5521\n\nFORSIKRING          FORSIKRINGSSTED/OBJEKT          DEKNING  SUM           EGENANDEL  PER ÅR     PER MND\n' +
    'Innboforsikring     Fjellvegen 7, 6856 Sogndal      Pluss    900 000 kr    4 000 kr   2 160 kr   180 kr\n' +
    'Ulykkesforsikring   Hanne Birkeland                 Basis    se under      0 kr       1 044 kr   87 kr\n' +
    '                                                                                      -------    ------\n' +
    'Totalt                                                                                3 204 kr   267 kr\n\n';

  it('takes the items under «Ulykkesforsikring – forsikringssummer»: one coverage with its person, price and items (they were a second coverage)', () => {
    const p = parse(`${OVERVIEW}Ulykkesforsikring – forsikringssummer\n  Medisinsk invaliditet              15 G\n  Dødsfall                            2 G\n`);
    expect(p.coverages?.[1]).toEqual({
      product: 'Ulykkesforsikring',
      coverage: 'Basis',
      object: 'Hanne Birkeland',
      index_class: 'none',
      deductible: '0',
      premium: '1044',
      items: [
        { name: 'Medisinsk invaliditet', sum: { g: '15' } },
        { name: 'Dødsfall', sum: { g: '2' } },
      ],
    });
    expect(p.coverages).toHaveLength(2);
    expect(p.warnings).toEqual([]);
    expect(p.trace?.['coverages[1].items[1]']?.line).toBe(11);
  });

  it('«Per år» beside «Per mnd» is the premium, and the rule line under the last row is no part of its cells', () => {
    const p = parse(OVERVIEW);
    expect(p.coverages?.map((c) => c.premium)).toEqual(['2160', '1044']);
  });

  it('with no items below, the pointer is said on the row’s line', () => {
    const p = parse(OVERVIEW);
    expect(p.warnings).toEqual(['line 5: could not read the sum «se under» of Ulykkesforsikring (Hanne Birkeland): no one list of its items was found below']);
  });
  // private-holdout53 if-bedrift-forsikringsbevis-pdf (line 17): «Yrkesskade   se side 2   0 kr   14 388 kr», its G sums on page 2
  it('«se side 2» points to the product\'s items further down as «se under» does', () => {
    const p = parse(`${OVERVIEW.replace('se under  ', 'se side 2 ')}Ulykkesforsikring – forsikringssummer\n  Medisinsk invaliditet              15 G\n`);
    expect(p.coverages).toHaveLength(2);
    expect(p.coverages?.[1]).toMatchObject({ product: 'Ulykkesforsikring', premium: '1044', items: [{ name: 'Medisinsk invaliditet', sum: { g: '15' } }] });
  });
});

describe('a row «se under» and its items under «Product, forsikringssummer per person:»', () => {
  // test/corpus/docs/if-snoscooter-forsikringsbevis-forerulykke-se-under-2026.txt: the items' heading names the product, then
  // words that say its lines are its sums — the row's sum was warned as not found below
  it('joins the items to the row', () => {
    const text = [
      'Polisenummer: SC-7731-0248',
      '',
      '| Forsikring | Dekning | Forsikringssum | Egenandel | Premie |',
      '|---|---|---|---|---|',
      '| Snøscooter | Delkasko | kr 185 000 | kr 4 000 | kr 3 120 |',
      '| Fører- og passasjerulykke | Ulykke | se under | ingen | kr 342 |',
      '',
      'Fører- og passasjerulykke, forsikringssummer per person:',
      '  Medisinsk invaliditet ........ kr 400 000',
      '  Dødsfall ..................... kr 100 000',
    ].join('\n');
    const p = parse(text);
    const c = p.coverages!.find((x) => x.product === 'Fører- og passasjerulykke')!;
    expect([c.coverage, c.premium, c.items]).toEqual(['Ulykke', '342', [{ name: 'Medisinsk invaliditet', sum: '400000' }, { name: 'Dødsfall', sum: '100000' }]]);
    expect(p.coverages).toHaveLength(2);
    expect(p.warnings).toEqual([]);
  });
});

describe('a vehicle’s details section that repeats the overview’s vehicle by its plate', () => {
  const DOC = `If Skadeforsikring NUF\n\nFORSIKRINGSBEVIS MOTORVOGN\n\nPolisenummer        : 4471-220981\nForsikringsperiode  : 01.03.2026 - 28.02.2027\n\nDine kjøretøy\n\nForsikring      Kjøretøy                     Dekning     Egenandel     Premie pr. år\nBilforsikring   EL 48120 Skoda Enyaq 80      Toppkasko   kr 6 000      kr 9 870\nMC-forsikring   LA 2206 Honda CB650R         Delkasko    kr 3 000      kr 2 450\n                                                                      ---------\nTotalt                                                                kr 12 320\n\nSpesifikasjon – EL 48120 Skoda Enyaq 80\n  Førerulykke:\n     Dødsfall                   kr 250 000\n     Medisinsk invaliditet      kr 600 000\n`;
  it('«Spesifikasjon – EL 48120 …» over «Førerulykke:» and its sums: the car’s items, no product of their own', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.object, c.premium, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      ['Bilforsikring', 'EL 48120 Skoda Enyaq 80', '9870', [['Dødsfall', '250000'], ['Medisinsk invaliditet', '600000']]],
      ['MC-forsikring', 'LA 2206 Honda CB650R', '2450', undefined],
    ]);
    // (each item traced to its own line; the rule under the premiums is no note of the row above)
    expect(p.trace?.['coverages[0].items[1]']?.line).toBe(19);
    expect(p.coverages?.[1]?.note).toBeUndefined();
  });
  it('a plate no overview row has: the group stays a coverage of its own', () => {
    const p = parse(DOC.replace('Spesifikasjon – EL 48120', 'Spesifikasjon – EL 48121'));
    expect(p.coverages?.map((c) => c.product)).toEqual(['Bilforsikring', 'MC-forsikring', 'Førerulykke']);
  });
});

describe('a section headed in capitals and its overview row in another case', () => {
  // 83/sparebank1-forsikringsbevis-hus-innbo: «Innboforsikring Topp   3.216 kroner» in the overview, «INNBOFORSIKRING TOPP» over its fields
  it('is one coverage, not two with «another coverage»', () => {
    const p = parse(
      [
        'FORSIKRINGSBEVIS',
        '',
        'Avtalenummer:          7120-448903',
        '',
        'OVERSIKT',
        '',
        'Forsikring                       Pris per år',
        'Husforsikring Topp               9.842 kroner',
        'Innboforsikring Topp             3.216 kroner',
        'Totalt                          13.058 kroner',
        '',
        '-----------------------------------------------------------------',
        '',
        'INNBOFORSIKRING TOPP',
        '',
        'Forsikringssted: Lyngveien 14, 7550 Hommelvik',
        'Forsikringssum:      1.000.000 kroner',
        'Egenandel:           4.000 kroner',
        'Pris per år:         3.216 kroner',
        '',
      ].join('\n'),
    );
    expect(p.coverages).toHaveLength(2);
    expect(p.coverages?.[1]).toMatchObject({ product: 'Innboforsikring', coverage: 'Topp', sum: '1000000', deductible: '4000', premium: '3216' });
    expect(p.warnings.some((w) => String(w).includes('another coverage'))).toBe(false);
  });
});

describe('a subtitle over the customer number', () => {
  // 86/frende-forsikringsbevis-hus-hytte: «FORSIKRINGSBEVIS» / «Privat – bolig og fritid» over «Kundenummer:        40077123»
  it('makes no coverage of the number', () => {
    const p = parse(
      [
        'FORSIKRINGSBEVIS',
        'Privat – bolig og fritid',
        '',
        'Kundenummer:        40077123',
        'Avtalenummer:       7310-554218',
        'Forsikringsperiode: 01.01.2027 – 31.12.2027',
        '',
        '| Forsikring  | Forsikringssted                  | Dekning  | Forsikringssum | Egenandel | Årspris  |',
        '|-------------|----------------------------------|----------|----------------|-----------|----------|',
        '| Innbo       | Kvernhusvegen 14, 5353 Straume   | Super    | 1 500 000 kr   | 4 000 kr  | 3 115 kr |',
        '',
      ].join('\n'),
    );
    expect(p.coverages?.some((c) => c.items?.some((i) => i.name === 'Kundenummer'))).toBe(false);
    expect(p.coverages?.map((c) => c.product)).toEqual(['Innbo']);
  });
});

describe('a person product’s benefits are its items, never coverages of their own', () => {
  it('«Ytelse | Sum per person» under «Kollektiv ulykkesforsikring (fritid)»: the rows are the product’s items', () => {
    // (a G notice's second table: «Kollektiv ulykkesforsikring (fritid)» over «Ytelse   Sum per person» and «Dødsfall   kr 200 000»)
    const p = parse(
      `Avtalenr.: 4120-553871\n\nKollektiv ulykkesforsikring (fritid)\n  Ytelse                                     Sum per person\n  Medisinsk invaliditet (100 %)              kr 1 000 000\n  Dødsfall                                   kr 200 000\n  Behandlingsutgifter                        kr 50 000\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.items])).toEqual([
      [
        'Kollektiv ulykkesforsikring (fritid)',
        undefined,
        undefined,
        [
          { name: 'Medisinsk invaliditet (100 %)', sum: '1000000' },
          { name: 'Dødsfall', sum: '200000' },
          { name: 'Behandlingsutgifter', sum: '50000' },
        ],
      ],
    ]);
    expect(p.trace?.['coverages[0].items[1]']?.line).toBe(6);
  });

  it('«* Dødsfall etter ulykke» over «Forsikringssum: 300 000 kr» in an accident certificate: an item of its one product', () => {
    const p = parse(
      `TRYG                                              FORSIKRINGSBEVIS\n\nUlykkesforsikring\n\nAvtaleopplysninger\n  Avtalenummer ............. 5530 2281 94\n\nDekninger\n\n  * Medisinsk invaliditet etter ulykke\n      Forsikringssum: 1 500 000 kr\n\n  * Dødsfall etter ulykke\n      Forsikringssum: 300 000 kr\n\n  * Ervervsuførhet\n      Engangsbeløp: 3 G\n\nPris\n  Årspris ......................... 2 412 kr\n`,
    );
    const products = p.coverages?.map((c) => c.product);
    expect(products).not.toContain('Dødsfall etter ulykke');
    const u = p.coverages?.find((c) => c.product === 'Ulykkesforsikring');
    expect(u?.premium).toBe('2412');
    expect(u?.items?.slice(0, 2)).toEqual([
      { name: 'Medisinsk invaliditet etter ulykke', sum: '1500000' },
      { name: 'Dødsfall etter ulykke', sum: '300000' },
    ]);
  });

  it('with two person products in the document, a benefit read as a product is not given to either', () => {
    const p = parse(
      `Avtalenummer: 5530 2281\n\nUlykkesforsikring\nÅrspremie: kr 2 412\n\nGruppeliv\nÅrspremie: kr 3 100\n\n  * Dødsfall etter ulykke\n      Forsikringssum: 300 000 kr\n`,
    );
    expect(p.coverages?.some((c) => c.items?.some((i) => i.name === 'Dødsfall etter ulykke'))).toBe(false);
  });
});

describe('a card\'s benefits before its own deductible and price (joinCardFigures)', () => {
  // «Reise Europa / Travel Europe» over «Reisegods / Baggage: NOK 30 000» … «Egenandel / Deductible: NOK 500», «Pris / Premium: …»
  const card =
    'Polisenummer: 4471 2290\n\nInnbo\n  Forsikringssted:   Bakkegata 3, 2000 Lillestrøm\n  Forsikringssum:    kr 800 000\n  Egenandel:         kr 4 000\n  Pris:              kr 2 112 per år\n\n' +
    'Reise Norden\n  Reisegods:         kr 20 000\n  Avbestilling:      kr 15 000\n  Egenandel:         kr 500\n  Pris:              kr 980 per år\n';
  it('one coverage of the product: its items, deductible and price', () => {
    const p = parse(card);
    const travel = p.coverages?.filter((c) => c.product === 'Reise Norden');
    expect(travel).toHaveLength(1);
    expect(travel?.[0]).toMatchObject({ deductible: '500', premium: '980', items: [{ name: 'Reisegods', sum: '20000' }, { name: 'Avbestilling', sum: '15000' }] });
  });
});
