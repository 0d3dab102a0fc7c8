import { describe, expect, it } from 'vitest';
import { pageColumnsApart } from './text-columns.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';
import type { RawLine } from './text-cells.js';

const lines = (text: string): RawLine[] => text.split('\n').flatMap((raw, i) => (raw.trim() === '' ? [] : [{ page: 1, line: i + 1, raw }]));
const read = (out: RawLine[]): Array<[number, string]> => out.map((l) => [l.line, l.raw.trim()]);

// (a business certificate's first page as `pdftotext -layout` gives it: the agreement's fields in the
// left column, the overview of covers in the right one)
const frontPage = [
  'Fjordtrygd Forsikring AS',
  '',
  'Forsikringsbevis                                      Forsikringsoversikt',
  'Forsikringstaker:  Kvam Bakeri AS                     Forsikring              Årspris',
  'Avtalenr.:         5521 0394                          Næringsbygg           kr 41 300',
  'Periode:           01.03.2026 - 28.02.2027            Driftstap              kr 6 200',
  'Utstedt:           12.02.2026                         Bedriftsansvar         kr 4 150',
  'Forsikringssted:   Kvamsvegen 12, 5600 Norheimsund    Sum årspris           kr 51 650',
  '',
  'Vilkår og sikkerhetsforskrifter står i vedlegget.',
].join('\n');

describe('a page in two columns', () => {
  it('is read left column first, then the right column, each line keeping its number', () => {
    expect(read(pageColumnsApart(lines(frontPage)))).toEqual([
      [1, 'Fjordtrygd Forsikring AS'],
      [3, 'Forsikringsbevis'],
      [4, 'Forsikringstaker:  Kvam Bakeri AS'],
      [5, 'Avtalenr.:         5521 0394'],
      [6, 'Periode:           01.03.2026 - 28.02.2027'],
      [7, 'Utstedt:           12.02.2026'],
      [8, 'Forsikringssted:   Kvamsvegen 12, 5600 Norheimsund'],
      [3, 'Forsikringsoversikt'],
      [4, 'Forsikring              Årspris'],
      [5, 'Næringsbygg           kr 41 300'],
      [6, 'Driftstap              kr 6 200'],
      [7, 'Bedriftsansvar         kr 4 150'],
      [8, 'Sum årspris           kr 51 650'],
      [10, 'Vilkår og sikkerhetsforskrifter står i vedlegget.'],
    ]);
  });

  it('a column of prose beside another, a line off by one at the gutter, a longer left column', () => {
    // (a brochure-like page: two columns of sentences, pdftotext setting one line a character off)
    const page = [
      'Slik bruker du forsikringsbeviset          Når skaden har skjedd',
      'Les gjennom beviset og sjekk at            Meld skaden så snart du kan,',
      'forsikringssummene stemmer med              helst på nett. Ta bilder av det',
      'verdiene dere har i dag.                   som er skadet før du rydder.',
      'Gi beskjed om noe er feil, slik at         Ta vare på kvitteringer.',
      'vi kan rette det før en skade.',
      'Beviset gjelder sammen med vilkårene.',
    ].join('\n');
    expect(read(pageColumnsApart(lines(page)))).toEqual([
      [1, 'Slik bruker du forsikringsbeviset'],
      [2, 'Les gjennom beviset og sjekk at'],
      [3, 'forsikringssummene stemmer med'],
      [4, 'verdiene dere har i dag.'],
      [5, 'Gi beskjed om noe er feil, slik at'],
      [6, 'vi kan rette det før en skade.'],
      [7, 'Beviset gjelder sammen med vilkårene.'],
      [1, 'Når skaden har skjedd'],
      [2, 'Meld skaden så snart du kan,'],
      [3, 'helst på nett. Ta bilder av det'],
      [4, 'som er skadet før du rydder.'],
      [5, 'Ta vare på kvitteringer.'],
    ]);
  });

  it('the fields as «Label   value» without colons beside the rows of a table', () => {
    const page = lines(
      [
        'Avtalenummer      4410 2287                  Forsikring          Sum              Pris',
        'Forsikringstaker  Vestkyst Sjømat AS         Næringsbygg         kr 38 700 000    kr 41 200',
        'Periode           01.03.2026 - 28.02.2027    Maskiner            kr 9 400 000     kr 8 310',
        'Utstedt           14.02.2026                 Driftstap           kr 21 000 000    kr 6 950',
        'Betaling          Faktura, 2 terminer        Sum årspris                          kr 56 460',
      ].join('\n'),
    );
    expect(read(pageColumnsApart(page)).map(([n, t]) => `${n} ${t.split(/\s{2,}/)[0]}`)).toEqual([
      '1 Avtalenummer',
      '2 Forsikringstaker',
      '3 Periode',
      '4 Utstedt',
      '5 Betaling',
      '1 Forsikring',
      '2 Næringsbygg',
      '3 Maskiner',
      '4 Driftstap',
      '5 Sum årspris',
    ]);
  });

  it('an ordinary table is no page in two columns', () => {
    const table = lines(
      [
        'Forsikring             Forsikringssted                   Forsikringssum     Egenandel      Pris',
        'Næringsbygg            Fjellvegen 2, 3580 Geilo          kr 31 600 000      kr 20 000      kr 38 410',
        'Driftstap              Fjellvegen 2, 3580 Geilo          kr 6 000 000       kr 20 000      kr 7 120',
        'Eiendeler              Fjellvegen 2, 3580 Geilo          kr 2 400 000       kr 10 000      kr 3 280',
        'Ansvar                 Fjellvegen 2, 3580 Geilo          kr 10 000 000      kr 10 000      kr 2 120',
        'Sum årspris                                                                                kr 48 810',
      ].join('\n'),
    );
    expect(pageColumnsApart(table)).toBe(table);
  });

  it('a table without a header, its rows of long names and figures, is no page in two columns', () => {
    const table = lines(
      [
        'Bygning med tilbygg, Storgata 12        Fullverdi         kr 10 000     kr 21 400',
        'Maskiner og inventar i verkstedet       kr 4 200 000      kr 10 000     kr 6 950',
        'Varer og råstoff på lager i hallen      kr 1 800 000      kr 10 000     kr 2 310',
        'Driftstap etter brann i verkstedet      kr 6 000 000      kr 10 000     kr 4 880',
        'Ansvar for skade på andres ting         kr 10 000 000     kr 10 000     kr 3 120',
      ].join('\n'),
    );
    expect(pageColumnsApart(table)).toBe(table);
  });

  it('a table whose second column is text (covers and what they include) is no page in two columns', () => {
    const table = lines(
      [
        'Dekning                        Omfang                          Egenandel',
        'Bygning, hovedhus              Brann, vann og naturskade        kr 8 000',
        'Bygning, garasje og bod        Brann og naturskade              kr 8 000',
        'Innbo og løsøre i hjemmet      Brann, vann og tyveri            kr 4 000',
        'Reise for hele familien        Reisesyke og avbestilling        kr 1 000',
      ].join('\n'),
    );
    expect(pageColumnsApart(table)).toBe(table);
  });

  it('a table whose first column stands apart, its places wrapped, is no page in two columns', () => {
    const table = lines(
      [
        'Bygning                      Forsikringssted           Forsikringssum    Egenandel     Premie',
        'Vestfjord rådhus             Torget 2,                     96 300 000       50 000     58 420',
        '                             8290 Skutvik',
        'Skutvik skole og             Skolevegen 11,               148 750 000       50 000     92 115',
        'flerbrukshall                8290 Skutvik',
        'Brannstasjon                 Industrivegen 8,              22 900 000       50 000     15 980',
      ].join('\n'),
    );
    expect(pageColumnsApart(table)).toBe(table);
  });

  it('records of labelled amounts, the price far right, are no page in two columns', () => {
    // (a farm certificate: each cover's name over a line «Forsikringssum kr …   Egenandel kr …   Pris kr …»)
    const records = lines(
      [
        'Våningshus, Haugsvegen 142, 2630 Ringebu',
        '   Forsikringssum kr 5 900 000    Egenandel kr 10 000   Pris kr 9 640',
        'Landbruksløsøre (maskiner og redskap)',
        '   Forsikringssum kr 3 100 000    Egenandel kr 10 000   Pris kr 6 870',
        'Besetning (storfe)',
        '   Forsikringssum kr 1 800 000    Egenandel kr 10 000   Pris kr 4 210',
      ].join('\n'),
    );
    expect(pageColumnsApart(records)).toBe(records);
  });

  it('a table row of bars is passed over', () => {
    const bars = lines('| Forsikring      | Sum          |\n| Næringsbygg     | kr 1 000 000 |\nForsikringstaker: Kvam Bakeri AS    Avtalenr.:   5521 0394');
    expect(pageColumnsApart(bars)).toBe(bars);
  });

  it('lines of «Label   value» pairs are no page in two columns', () => {
    const pairs = lines(
      [
        'Forsikringstaker                 Kvam Bakeri AS',
        'Avtalenummer                     5521 0394',
        'Forsikringsperiode               01.03.2026 - 28.02.2027',
        'Utstedt                          12.02.2026',
        'Forsikringssted                  Kvamsvegen 12, 5600 Norheimsund',
        'Betalingsmåte                    Faktura, 1 termin',
      ].join('\n'),
    );
    expect(pageColumnsApart(pairs)).toBe(pairs);
  });

  it('a forest table whose first column holds lots, headed «Eiendom», is a table, not two columns', () => {
    // (docs/skogbrand-bevis-forsikringsverdi-per-daa-2027: «Gnr. 12 bnr. 3, Folldal» has words enough to
    // pass for prose, and the «Sum» row made the block five lines)
    const forest = lines(
      [
        'Eiendom                    Bonitet   Areal (daa)   Forsikringsverdi per daa   Forsikringssum   Egenandel   Årspremie',
        'Gnr. 12 bnr. 3, Folldal    Høy       1 240         kr 2 150                   kr 2 666 000     kr 10 000   kr 1 934',
        'Gnr. 12 bnr. 9, Folldal    Middels   860           kr 1 480                   kr 1 272 800     kr 10 000   kr 955',
        'Gnr. 31 bnr. 1, Alvdal     Lav       415           kr 760                     kr 315 400       kr 10 000   kr 350',
        'Sum                                  2 515                                    kr 4 254 200                 kr 3 239',
      ].join('\n'),
    );
    expect(pageColumnsApart(forest)).toBe(forest);
  });

  it('two short lines side by side are too few for a page in two columns', () => {
    const head = lines('Fremtind Forsikring AS                                      Forsikringsoversikt\nAvtalenummer: 7741 2290                                     Side 1 av 2\n\nKunde: Fjellstue Drift AS');
    expect(pageColumnsApart(head)).toBe(head);
  });

  it('the whole reader gives the fields of the left column and the rows of the right one', () => {
    // (each field's label over its value in the left column, the rows of the right one beside them)
    const page = [
      'Nordvik Forsikring AS',
      '',
      'FORSIKRINGSBEVIS                                 Forsikringsoversikt',
      '',
      'Forsikringstaker                                 Forsikring                  Pris per år',
      'Sandnes Rør og Varme AS                          Næringsbygg                   kr 22 840',
      'Orgnr. 918 224 771                               Maskiner og inventar           kr 5 410',
      '                                                 Driftstap                      kr 3 960',
      'Avtalenr.                                        Bedriftsansvar                 kr 7 200',
      'SB 4471 0928                                     Sum årspris                   kr 38 410',
      '',
      'Periode                                          Betaling: faktura, 4 terminer',
      '01.04.2026 - 31.03.2027                          Utstedt 18.03.2026',
    ].join('\n');
    const p = extractPolicy(textToSource(page, 'doc.txt', '0'.repeat(64)));
    expect(p.policy_number).toBe('SB44710928');
    expect(p.renewal_date).toBe('2026-04-01');
    expect(p.issued).toBe('2026-03-18');
    expect((p.coverages ?? []).map((c) => [c.product, c.premium])).toEqual([
      ['Næringsbygg', '22840'],
      ['Maskiner og inventar', '5410'],
      ['Driftstap', '3960'],
      ['Bedriftsansvar', '7200'],
    ]);
  });
});

describe('a right column whose fields are indented under each product', () => {
  // (a shop's certificate: the holder's block on the left; on the right each product's name, and its
  // «Forsikringssum / Egenandel / Premie» two characters in under it)
  const page = [
    'Forsikringstaker                         Dette er forsikret',
    'Salong Nilsen AS                         Løsøre',
    'Torget 5                                   Forsikringssted  Torget 5, 4006 Stavanger',
    '4006 Stavanger                             Forsikringssum   kr 750 000',
    '                                           Egenandel        kr 8 000',
    'Avtalenummer                               Premie           kr 4 310',
    '140-2219834',
    '                                         Ansvar',
    'Forsikringsperiode                         Forsikringssum   kr 5 000 000',
    '01.06.2025 – 31.05.2026                    Egenandel        kr 8 000',
    '                                           Premie           kr 1 890',
  ].join('\n');
  it('is two columns: the product names and their fields are the right column', () => {
    const p = extractPolicy(textToSource(page, 't.txt', '0'.repeat(64)));
    expect(p.policy_number).toBe('140-2219834');
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Løsøre', '750000', '8000', '4310'],
      ['Ansvar', '5000000', '8000', '1890'],
    ]);
  });
});

describe('a gutter drawn as a bar', () => {
  // (a renewal notice after members' organisations' renewal pages: the index rates «Fra 1.1.2021:»
  // with dot leaders on the left, the G of the year on the right, a bar between them on every line,
  // a title above and a rule and a paragraph under them)
  const page = [
    'Fornyelse 2021 – nye satser for indeks og grunnbeløp',
    '',
    'Indeksregulering 2021                          |  Grunnbeløpet i folketrygden (G)',
    '                                               |',
    'Forsikringssummene justeres etter prisene.     |  Flere personalforsikringer har',
    'Justeringen er lik i alle selskaper.           |  erstatninger som er knyttet til G.',
    '                                               |',
    'Fra 1.1.2021:                                  |  Fra 1.5.2021 er 1 G',
    'Bygninger ........................ + 3,3 %     |  kr 106 399 (+4,98 %).',
    'Maskin, inventar og løsøre ....... + 4,8 %     |',
    '                                               |',
    'Summene i avtalen din er justert fra           |',
    'samme dato.                                    |',
    '------------------------------------------------------------------------------------',
    'Prisen kan i tillegg endres av skadeutviklingen i ordningen.',
  ].join('\n');

  it('is read as a gutter of blanks: the left column, then the right, the bar gone', () => {
    expect(read(pageColumnsApart(lines(page)))).toEqual([
      [1, 'Fornyelse 2021 – nye satser for indeks og grunnbeløp'],
      [3, 'Indeksregulering 2021'],
      [5, 'Forsikringssummene justeres etter prisene.'],
      [6, 'Justeringen er lik i alle selskaper.'],
      [8, 'Fra 1.1.2021:'],
      [9, 'Bygninger ........................ + 3,3 %'],
      [10, 'Maskin, inventar og løsøre ....... + 4,8 %'],
      [12, 'Summene i avtalen din er justert fra'],
      [13, 'samme dato.'],
      [3, 'Grunnbeløpet i folketrygden (G)'],
      [5, 'Flere personalforsikringer har'],
      [6, 'erstatninger som er knyttet til G.'],
      [8, 'Fra 1.5.2021 er 1 G'],
      [9, 'kr 106 399 (+4,98 %).'],
      [14, '------------------------------------------------------------------------------------'],
      [15, 'Prisen kan i tillegg endres av skadeutviklingen i ordningen.'],
    ]);
  });

  it('gives the index rates of the left column and the G of the right one', () => {
    const p = extractPolicy(textToSource(page, 'doc.txt', '0'.repeat(64)));
    expect(p.base_amount_g).toBe('106399');
    expect(p.renewal_date).toBe('2021-01-01');
    expect(p.index_regulation?.effective).toBe('2021-01-01');
    expect(p.index_regulation?.rates.map((r) => [r.object, r.percent])).toEqual([
      ['bygninger', '3.3'],
      ['maskin_losore', '4.8'],
    ]);
  });

  it('a table of two cells a row, split by a bar, is kept as it is', () => {
    const table = lines(
      [
        'Indeksregulering fra 1.1.2021          |  Endring',
        'Bygninger                              |  + 3,3 %',
        'Maskin, inventar og løsøre             |  + 4,8 %',
        'Varer                                  |  + 2,5 %',
        'Behandlingsforsikring                  |  + 6 %',
      ].join('\n'),
    );
    expect(pageColumnsApart(table)).toBe(table);
  });
});

describe('two columns of unequal length', () => {
  it('the left column blank where the right one runs on: still two columns', () => {
    // (a renewal letter: the agreement's fields a blank line apart on the left, a paragraph on the
    // index rates on the right, «Summene for bygninger justeres / med 4,1 % fra 1.1.2026, og»)
    const page = [
      'Fornyelse av forsikringsavtalen                    Indeksregulering 2026',
      '',
      'Avtalenummer: 7741 2290                            Summene for bygninger justeres',
      '                                                   med 4,1 % fra 1.1.2026, og',
      'Fornyelsesdato: 01.01.2026                         summene for maskiner og løsøre',
      '                                                   med 3,2 %.',
      'Forsikringstaker: Nordvik Rør AS',
      '                                                   Naturskadepremien er 0,08 promille',
      'Dato: 20.11.2025                                   av brannforsikringssummen.',
      '',
      'Avtalen fornyes på de vilkår som står i forsikringsbeviset.',
    ].join('\n');
    expect(read(pageColumnsApart(lines(page))).map(([n]) => n)).toEqual([1, 3, 5, 7, 9, 1, 3, 4, 5, 6, 8, 9, 11]);
    const p = extractPolicy(textToSource(page, 'doc.txt', '0'.repeat(64)));
    expect(p.index_regulation?.rates.map((r) => [r.object, r.percent])).toEqual([
      ['bygninger', '4.1'],
      ['maskin_losore', '3.2'],
    ]);
    expect(p.natural_damage?.rate_permille).toBe('0.08');
  });

  it('the right column ending early, the left one running on below it', () => {
    const page = [
      'Forsikringsbevis                                   Viktig å vite',
      'Avtalenummer: 7741 2290                            Les beviset og si fra om noe',
      'Forsikringstaker: Nordvik Rør AS                   er feil, slik at vi kan rette',
      'Forsikringsperiode: 01.04.2026 - 31.03.2027        det før en skade skjer.',
      'Utstedt: 14.03.2026',
      'Betaling: faktura hver måned',
      'Kundenummer: 50 3318 2',
      'Rådgiver: Kari Holm',
      'Telefon: 55 33 22 11',
    ].join('\n');
    expect(read(pageColumnsApart(lines(page))).map(([n, t]) => `${n} ${t.split(':')[0]}`)).toEqual([
      '1 Forsikringsbevis',
      '2 Avtalenummer',
      '3 Forsikringstaker',
      '4 Forsikringsperiode',
      '5 Utstedt',
      '6 Betaling',
      '7 Kundenummer',
      '8 Rådgiver',
      '9 Telefon',
      '1 Viktig å vite',
      '2 Les beviset og si fra om noe',
      '3 er feil, slik at vi kan rette',
      '4 det før en skade skjer.',
    ]);
  });
});

// Two tables side by side (docs/tryg-landbruk-to-tabeller-side-om-side-2027 and
// docs/if-naering-egenandeler-ved-siden-2027): each text line a row of each table.
describe('two tables side by side', () => {
  it('each with its own header, the heading line above each table with it: the left table, then the right', () => {
    // «Våningshus           Fullverdi     7 940            Landbruksmaskiner      1 750 000    4 120»
    const page = [
      'Bygninger                                           Løsøre, dyr og drift',
      'Bygning         Forsikringssum   Pris/år            Forsikring          Forsikringssum  Pris/år',
      'Våningshus           Fullverdi     7 940            Landbruksmaskiner      1 750 000    4 120',
      'Fjøs og låve         7 600 000    12 350            Husdyr sau               520 000    1 640',
    ].join('\n');
    expect(read(pageColumnsApart(lines(page))).map(([n, t]) => `${n} ${t.replace(/\s{2,}/g, ' | ')}`)).toEqual([
      '1 Bygninger',
      '2 Bygning | Forsikringssum | Pris/år',
      '3 Våningshus | Fullverdi | 7 940',
      '4 Fjøs og låve | 7 600 000 | 12 350',
      '1 Løsøre, dyr og drift',
      '2 Forsikring | Forsikringssum | Pris/år',
      '3 Landbruksmaskiner | 1 750 000 | 4 120',
      '4 Husdyr sau | 520 000 | 1 640',
    ]);
  });

  it('a title over rows of a name and a figure beside the covers: a table of its own, whose figures are no row\'s', () => {
    // «Bygning                         24 500 000    18 240      Brann                     25 000»
    const page = [
      'Forsikring                  Forsikringssum      Pris      Egenandel per skade',
      'Bygning                         24 500 000    18 240      Brann                     25 000',
      'Maskiner og inventar             3 200 000     4 110      Vann                      25 000',
      'Varer                            1 800 000     2 050      Innbrudd                  10 000',
      'Driftsavbrudd                    9 000 000     6 420      Naturskade                 8 000',
    ].join('\n');
    const p = extractPolicy(textToSource(`Forsikringsbevis\n\n${page}\n`, 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygning', '24500000', undefined, '18240'],
      ['Maskiner og inventar', '3200000', undefined, '4110'],
      ['Varer', '1800000', undefined, '2050'],
      ['Driftsavbrudd', '9000000', undefined, '6420'],
    ]);
  });

  it('one wide table with a text column before its figures is no two tables', () => {
    // (its header names no figure column twice, and its right part is no title over rows of a name and a figure)
    const table = lines(
      [
        'Forsikring         Forsikringssum     Dekning             Egenandel     Premie',
        'Næringsbygg            24 500 000     Brann og vann          25 000     18 240',
        'Maskiner                3 200 000     Brann og tyveri        10 000      4 110',
        'Varer                   1 800 000     Brann og tyveri        10 000      2 050',
      ].join('\n'),
    );
    expect(pageColumnsApart(table)).toBe(table);
  });
});

describe('a running header over a page in two columns', () => {
  it('stays whole, as on the next page: a line repeated at the top of two pages is no line of the block', () => {
    // «Tryg Forsikring      Forsikringsoversikt» at the top of pages 1 and 2
    const doc: RawLine[] = [
      'Tryg Forsikring                                                   Forsikringsoversikt',
      'Landbruk',
      'Forsikringstaker: Nils Bakken                       Avtalenummer: 7781 3302',
      'Gård: Bakken, gnr. 64 bnr. 5, Nord-Fron             Utskriftsdato: 18.12.2026',
      'Forsikringsperiode: 01.02.2027 - 31.01.2028',
      'Kunde: Nils Bakken                                  Rådgiver: Kari Lie',
    ].map((raw, i) => ({ page: 1, line: i + 1, raw }));
    doc.push({ page: 2, line: 8, raw: doc[0]!.raw }, { page: 2, line: 9, raw: 'Vilkår for forsikringene finner du på tryg.no.' });
    expect(pageColumnsApart(doc)[0]!.raw).toBe(doc[0]!.raw);
  });
});

describe('two places side by side, each its own record', () => {
  // (a certificate of two properties set in two columns: the same labels on both sides — each side one
  // place's covers, not one row of a table whose cells are different figures)
  const twin = [
    'Forsikringssted A                                Forsikringssted B',
    'Industrivegen 3, 7080 Heimdal                    Tungasletta 12, 7047 Trondheim',
    'Verkstedhall i stål, byggeår 2004                Kontorbygg i tre, byggeår 1987',
    '',
    'Næringsbygg                                      Næringsbygg',
    'Forsikringssum: kr 31 500 000                    Forsikringssum: kr 8 750 000',
    'Egenandel: kr 25 000                             Egenandel: kr 15 000',
    'Årspremie: kr 41 880                             Årspremie: kr 12 340',
    '',
    'Driftstap                                        Driftstap',
    'Forsikringssum: kr 9 000 000                     Forsikringssum: kr 2 400 000',
    'Egenandel: kr 25 000                             Egenandel: kr 15 000',
    'Årspremie: kr 6 120                              Årspremie: kr 1 930',
  ].join('\n');
  it('is read as two columns: the left place whole, then the right one', () => {
    const out = read(pageColumnsApart(lines(twin)));
    expect(out.slice(0, 7).map(([, t]) => t)).toEqual([
      'Forsikringssted A',
      'Industrivegen 3, 7080 Heimdal',
      'Verkstedhall i stål, byggeår 2004',
      'Næringsbygg',
      'Forsikringssum: kr 31 500 000',
      'Egenandel: kr 25 000',
      'Årspremie: kr 41 880',
    ]);
    expect(out[11]).toEqual([1, 'Forsikringssted B']);
  });
  it('gives each place its own sum, deductible and premium', () => {
    const p = extractPolicy(textToSource(`Vestvik Forsikring AS\nForsikringsnummer 7712 4409\n\n${twin}\n`, 'twin.txt', 'x'));
    const rows = (p.coverages ?? []).map((c) => [c.object, c.sum, c.deductible, c.premium].map(String));
    expect(rows).toEqual([
      ['Industrivegen 3, 7080 Heimdal', '31500000', '25000', '41880'],
      ['Industrivegen 3, 7080 Heimdal', '9000000', '25000', '6120'],
      ['Tungasletta 12, 7047 Trondheim', '8750000', '15000', '12340'],
      ['Tungasletta 12, 7047 Trondheim', '2400000', '15000', '1930'],
    ]);
  });
});

describe('the agreement\'s fields in two columns, each label over its value', () => {
  const head = [
    'Vestvik Forsikring AS                            FORSIKRINGSBEVIS',
    '',
    'Forsikringstaker                                 Forsikringsnummer',
    'Heimdal Mekaniske AS                             VF-2209-7781',
    'Postboks 41, 7081 Sjetnemarka',
    '                                                 Utstedt',
    'Forsikringsperiode                               3. mars 2026',
    '01.04.2026 - 31.03.2027',
  ].join('\n');
  it('is two columns: «Forsikringstaker   Forsikringsnummer» is two labels, not a label and its value', () => {
    const out = read(pageColumnsApart(lines(head))).map(([, t]) => t);
    expect(out).toEqual([
      'Vestvik Forsikring AS',
      'Forsikringstaker',
      'Heimdal Mekaniske AS',
      'Postboks 41, 7081 Sjetnemarka',
      'Forsikringsperiode',
      '01.04.2026 - 31.03.2027',
      'FORSIKRINGSBEVIS',
      'Forsikringsnummer',
      'VF-2209-7781',
      'Utstedt',
      '3. mars 2026',
    ]);
  });
});

describe("a section's heading with its terms' code under a head in two columns", () => {
  // (a business certificate: the head's fields in two columns, then after a blank line «BOLIGBYGG   Vilkår BB-210» with the
  // code at the right column's edge — the section's heading, which names the rows of the table under it)
  const page = [
    'FORSIKRINGSBEVIS                                                                  Side 2 av 3',
    '',
    'Forsikringstaker:   Nordlys Borettslag              Polisenummer:      4410-20877',
    'Org.nr.:            971 204 338                     Utstedt:           02.12.2025',
    '                                                    Forsikringstid:    01.01.2026 - 31.12.2026',
    '',
    'BOLIGBYGG                                           Vilkår BB-210',
    '',
    'Forsikringssted                     Dekning         Forsikringssum    Egenandel      Årspremie',
    'Nordlysvegen 2, 9010 Tromsø         Fullverdi           61 200 000       20 000         55 930',
    'Nordlysvegen 4, 9010 Tromsø         Fullverdi           48 900 000       20 000         44 610',
  ].join('\n');
  it('is no line of the head: the rows are the heading\'s product, «Fullverdi» their cover', () => {
    const p = extractPolicy(textToSource(page, 'doc.txt', '0'.repeat(64)));
    expect(p.policy_number).toBe('4410-20877');
    expect(p.renewal_date).toBe('2026-01-01');
    expect(p.coverages?.map((c) => [c.product.toLowerCase(), c.coverage, c.object, c.sum, c.index_class])).toEqual([
      ['boligbygg', 'Fullverdi', 'Nordlysvegen 2, 9010 Tromsø', '61200000', 'bygninger'],
      ['boligbygg', 'Fullverdi', 'Nordlysvegen 4, 9010 Tromsø', '48900000', 'bygninger'],
    ]);
  });
});

describe('a letter in two languages side by side, headed by the languages\' names', () => {
  // a bilingual renewal's «Norsk   English» over its paragraphs, each language in its column
  const text = [
    'Norsk                                          English',
    'Vi bekrefter fornyelse av skolenes            We confirm the renewal of the schools\'',
    'eiendomsforsikring på vilkårene under.        property insurance on the terms below.',
    '',
    'Egenandelen for bygning og løsøre økes fra     The deductible for buildings and contents',
    'kr 100 000 til kr 150 000 pr. skade.           is increased from NOK 100,000 to',
    '                                               NOK 150,000 per claim.',
  ].join('\n');
  it('the names are the columns\' header, no text of either', () => {
    const out = read(pageColumnsApart(lines(text)));
    expect(out.map(([, t]) => t)).not.toContain('Norsk');
    expect(out.map(([, t]) => t)).not.toContain('English');
    expect(out[0]).toEqual([2, 'Vi bekrefter fornyelse av skolenes']);
  });
});
