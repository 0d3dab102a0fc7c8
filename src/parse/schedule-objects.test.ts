import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Avtalenummer 5581 0042\n\n';

describe('the object of a row, named by a column that asks what is insured', () => {
  it('«Forsikring | Kva er forsikra | Forsikringssum | Eigenandel | Pris per år»: the second column is the object', () => {
    const p = parse(
      `${HEAD}Forsikring | Kva er forsikra | Forsikringssum | Eigenandel | Pris per år\n` +
        'Innbu | Nedre Haugen 4, 5600 Norheimsund | 1 200 000 | 4 000 | 2 150\nFritidsbåt | Askeladden, reg. ABC 123 | 350 000 | 4 000 | 3 980\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Innbu', 'Nedre Haugen 4, 5600 Norheimsund', '1200000'],
      ['Fritidsbåt', 'Askeladden, reg. ABC 123', '350000'],
    ]);
  });
  it('«Hva er forsikret» in bokmål too', () => {
    const p = parse(`${HEAD}Forsikring\tHva er forsikret\tForsikringssum\tEgenandel\tPris per år\nInnbo\tSkolegata 3, 2815 Gjøvik\t900 000\t4 000\t1 840\n`);
    expect(p.coverages?.[0]?.object).toBe('Skolegata 3, 2815 Gjøvik');
  });
});

describe('place column cells that are no postal place', () => {
  it('«Alle steder», «Hele Norden», «Ifølge liste», a plate are the object as written; «—» is none', () => {
    const p = parse(
      `${HEAD}Produkt | Forsikringssted | Forsikringssum | Egenandel | Premie\n` +
        'Maskiner og inventar | Alle steder | kr 4 200 000 | kr 15 000 | kr 7 860\nTransport | Hele Norden | kr 800 000 | kr 10 000 | kr 1 720\n' +
        'Varer | Ifølge liste | kr 1 500 000 | kr 15 000 | kr 2 940\nArbeidsmaskin | — | kr 2 300 000 | kr 20 000 | kr 9 180\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Maskiner og inventar', 'Alle steder', '4200000'],
      ['Transport', 'Hele Norden', '800000'],
      ['Varer', 'Ifølge liste', '1500000'],
      ['Arbeidsmaskin', undefined, '2300000'],
    ]);
  });
  it('«Objekt | Forsikringsstad» (nynorsk): the place column is the object, the first the product', () => {
    const p = parse(`${HEAD}Objekt                   Forsikringsstad                  Forsikringssum    Eigendel    Premie\nKommunale utleigebust.   Bakkane 2-8, 6873 Marifjøra      kr 31 400 000     kr 50 000   kr 27 610\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.index_class])).toEqual([['Kommunale utleigebust.', 'Bakkane 2-8, 6873 Marifjøra', 'bygninger']]);
  });
});

describe('numbered sections with tables indented by a tab', () => {
  const doc =
    `${HEAD}1  BYGG UNDER ARBEID\n\tByggested\tKontraktssum\tEgenandel\tPremie\n\tStrandgata 4,\t42 000 000\t50 000\t61 320\n\t3015 Drammen\n\n` +
    '2  ENTREPRENØRENS EIENDELER\n\tGjenstand\tForsikringssum\tEgenandel\tPremie\n\tMaskiner og utstyr\t3 500 000\t25 000\t18 400\n';
  it('«\\tByggested\\tKontraktssum…» under «1  BYGG UNDER ARBEID»: the heading is the product, the site (wrapped) the object, the contract sum the sum', () => {
    expect(parse(doc).coverages?.[0]).toMatchObject({ product: 'BYGG UNDER ARBEID', object: 'Strandgata 4, 3015 Drammen', sum: '42000000', deductible: '50000', premium: '61320' });
  });
  it('«Gjenstand» names the rows; the section\'s number is no product', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => c.product)).toEqual(['BYGG UNDER ARBEID', 'Maskiner og utstyr']);
    expect(p.coverages?.[1]).toMatchObject({ sum: '3500000', deductible: '25000', premium: '18400' });
  });
  it('a header with an empty first cell over rows that name themselves keeps its first column', () => {
    const p = parse(`${HEAD}\tDekkes\tDekkes ikke\nHva er forsikret?\tBygning med faste innredninger\tSkade som skyldes setninger\n`);
    expect(p.coverages).toBeUndefined();
  });
});

describe('a property\'s line over its table: the name, a dash, the place', () => {
  it('«ØVRE GARD – Gnr. 41 bnr. 7, Østre Toten» over «\\tBygning\\tForsikringssum…»: the part after the dash is each row\'s object', () => {
    const p = parse(
      `${HEAD}ØVRE GARD – Gnr. 41 bnr. 7, Østre Toten\n\tBygning\tForsikringssum\tEgenandel\tPremie\n\tLåve\t2 400 000\t10 000\t3 100\n\tVåningshus\t4 100 000\t10 000\t5 600\n\n` +
        'SETER – Gnr. 88 bnr. 2, Nordre Land\n\tBygning\tForsikringssum\tEgenandel\tPremie\n\tSeterbu\t650 000\t10 000\t1 100\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Låve', 'Gnr. 41 bnr. 7, Østre Toten', '2400000'],
      ['Våningshus', 'Gnr. 41 bnr. 7, Østre Toten', '4100000'],
      ['Seterbu', 'Gnr. 88 bnr. 2, Nordre Land', '650000'],
    ]);
  });
  it('«Gnr. 88 bnr. 1 – Østby, Løten kommune» (the lot first, the farm\'s name after the dash) is the object of the rows under it, whole', () => {
    // (docs/gjensidige-landbruk-gnr-forsikringsform-2027: a heading per lot over the same table)
    const header = 'Bygning / gjenstand     Forsikringsform   Forsikringssum   Egenandel   Pris per år\n';
    const p = parse(
      `${HEAD}Gnr. 88 bnr. 1 – Østby, Løten kommune\n\n${header}Våningshus              Fullverdi         kr 5 240 000     kr 8 000    kr 10 460\n` +
        `Løsøre og maskiner      Førsterisiko      kr 1 800 000     kr 8 000    kr 5 120\n\n` +
        `Gnr. 88 bnr. 4 – Østby nordre, Løten kommune\n\n${header}Kårbolig                Fullverdi         kr 3 120 000     kr 8 000    kr 6 350\n`,
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Våningshus', 'Gnr. 88 bnr. 1 – Østby, Løten kommune', '5240000'],
      ['Løsøre og maskiner', 'Gnr. 88 bnr. 1 – Østby, Løten kommune', { first_risk: '1800000' }],
      ['Kårbolig', 'Gnr. 88 bnr. 4 – Østby nordre, Løten kommune', '3120000'],
    ]);
  });
  it('a lot before a dash and a figure after it is no place line', () => {
    const p = parse(`${HEAD}Gnr. 88 bnr. 1 – 5 240 000\nBygning\tForsikringssum\tEgenandel\tPremie\nLåve\t2 400 000\t10 000\t3 100\n`);
    expect(p.coverages?.[0]?.object).toBeUndefined();
  });
  it('«Bygningar» over «Gnr./bnr. | Bygning | Byggeår | …»: the building, then its lot, is the object; the year no figure', () => {
    // (docs/brannkasse-gard-gnr-kolonne-byggear-nynorsk-2027: «41/2  Våningshus  1928  Fullverdi  4 380 000  10 000  8 120»)
    const p = parse(
      `${HEAD}Bygningar\n\nGnr./bnr.   Bygning               Byggeår   Forsikringsform   Forsikringssum   Eigenandel   Årspris\n` +
        '41/2        Våningshus            1928      Fullverdi         4 380 000        10 000       8 120\n' +
        '41/5        Sel på stølen         1890      Førsterisiko      300 000          10 000       780\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Bygningar', 'Våningshus, 41/2', '4380000', '10000', '8120'],
      ['Bygningar', 'Sel på stølen, 41/5', { first_risk: '300000' }, '10000', '780'],
    ]);
  });
  it('«Juletreforsikring» over «Felt | Areal (daa) | Forsikringsverdi per daa | Forsikringssum | …»: the plot is the object, the value per daa no sum', () => {
    // (docs/skogbrand-bevis-forsikringsverdi-per-daa-2027)
    const p = parse(
      `${HEAD}Juletreforsikring\n\nFelt                                  Areal (daa)   Forsikringsverdi per daa   Forsikringssum   Egenandel   Årspremie\n` +
        'Juletrefelt Nerhus, gnr. 12 bnr. 3    24            kr 9 000                   kr 216 000       kr 10 000   kr 1 080\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([['Juletreforsikring', 'Juletrefelt Nerhus, gnr. 12 bnr. 3', '216000', '10000', '1080']]);
    expect(p.warnings.some((w) => w.includes('could not tell'))).toBe(false);
  });
  // (a column «Bygning» under a heading holds the rows' objects, as «Hussoppforsikring» over «Bygning | Forsikringssum | …» does:
  // test/corpus/README.md's product-heading convention)
  it('a dash before words that are no place («ØVRE GARD – fullverdi») gives the rows no place from the heading: the building column\'s cell is the object', () => {
    const p = parse(`${HEAD}ØVRE GARD – fullverdi\nBygning\tForsikringssum\tEgenandel\tPremie\nLåve\t2 400 000\t10 000\t3 100\n`);
    expect(p.coverages?.[0]?.object).toBe('Låve');
  });
});

describe('an object block of «Label: value» fields under a heading in capitals', () => {
  const block = (form: string): string =>
    `${HEAD}BYGNING\nForsikringssted: Storgata 9, 4322 Sandnes\nBygningstype: Verksted og kontor, byggeår 1998\n${form}Premiegrunnlag: 24.600.000\nEgenandel: 15.000\nÅrspremie: 31.420\n`;
  it('«Forsikringsform: Fullverdi» and «Premiegrunnlag: 24.600.000»: the basis is the sum; «Forsikringssted» the object; «Bygningstype» only describes', () => {
    const p = parse(block('Forsikringsform: Fullverdi\n'));
    expect(p.coverages).toEqual([
      { product: 'BYGNING', object: 'Storgata 9, 4322 Sandnes', index_class: 'bygninger', sum: '24600000', deductible: '15000', premium: '31420' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('a basis with no full value stated is no sum: warned with its line', () => {
    const p = parse(block(''));
    expect(p.coverages?.[0]?.sum).toBeUndefined();
    expect(p.coverages?.[0]?.object).toBe('Storgata 9, 4322 Sandnes');
    expect(p.warnings).toEqual(['line 6: «Premiegrunnlag: 24.600.000» of BYGNING is the sum only where full value is stated; not read']);
  });
  it('«Forsikringsform: Førsterisiko» over «Forsikringssum: kr 6 000 000»: a first-risk sum, never plain kroner', () => {
    const p = parse(`${HEAD}BYGNING\nForsikringssted: Industriveien 16, 2069 Jessheim\nBygningstype: Kontorbygg\nForsikringsform: Førsterisiko\nForsikringssum: kr 6 000 000\nEgenandel: kr 20 000\nÅrspremie: kr 9 480\n`);
    expect(p.coverages).toEqual([
      { product: 'BYGNING', object: 'Industriveien 16, 2069 Jessheim', index_class: 'bygninger', sum: { first_risk: '6000000' }, deductible: '20000', premium: '9480' },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a mail-merge overview: each row\'s place after its product and a comma, in the product column', () => {
  // docs/tryg-oversikt-flettede-rader-2026: «Forsikring   Forsikringssum   Egenandel   Pris per år» over
  // «Innbo, Storgata 4 B, 0155 Oslo   kr 1 200 000   kr 4 000   kr 2 980» and more such rows
  const ROWS =
    'Forsikring                                  Forsikringssum   Egenandel   Pris per år\n' +
    'Innbo, Storgata 4 B, 0155 Oslo              kr 1 200 000     kr 4 000    kr 2 980\n' +
    'Innbo, Kirkegata 2, 0153 Oslo               kr 800 000       kr 4 000    kr 2 140\n' +
    'Hytte, Fjellvegen 3, 3580 Geilo             kr 2 400 000     kr 8 000    kr 4 720\n';
  it('every row gets its own place as its object, the product alone as its name', () => {
    const p = parse(`${HEAD}${ROWS}`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.premium])).toEqual([
      ['Innbo', 'Storgata 4 B, 0155 Oslo', '1200000', '2980'],
      ['Innbo', 'Kirkegata 2, 0153 Oslo', '800000', '2140'],
      ['Hytte', 'Fjellvegen 3, 3580 Geilo', '2400000', '4720'],
    ]);
  });
  it('the same rows with single spaces (a PDF\'s text run together): each row\'s place too', () => {
    const p = parse(`${HEAD}Forsikring Forsikringssum Egenandel Pris per år\nInnbo, Storgata 4 B, 0155 Oslo kr 1 200 000 kr 4 000 kr 2 980\nInnbo, Kirkegata 2, 0153 Oslo kr 800 000 kr 4 000 kr 2 140\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Innbo', 'Storgata 4 B, 0155 Oslo', '1200000'],
      ['Innbo', 'Kirkegata 2, 0153 Oslo', '800000'],
    ]);
  });
  it('a name with a comma and no postcode after it stays the name («Maskiner, inventar og løsøre»)', () => {
    const p = parse(`${HEAD}Forsikring                        Forsikringssum   Egenandel\nMaskiner, inventar og løsøre      kr 2 000 000     kr 10 000\n`);
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Maskiner, inventar og løsøre', undefined]]);
  });
});

describe('a vehicle row whose two sub-rows ran together on one line', () => {
  // a fleet schedule printed with «Kasko» over «Ansvar» in one cell, each with its deductible and premium under
  // the other, set on one line by the PDF's layout: «Kasko Ansvar | kr 8 000 kr 0 | kr 14 220 kr 4 610»
  const text =
    'Storebrand Forsikring AS\nPolisenummer: 2207-445190\n\nVAREBIL\n\n' +
    'Kjøretøy    Merke/modell             Årsm.   Dekning         Egenandel        Årspremie\n' +
    'EK 12345    Volkswagen Crafter 35    2022    Kasko Ansvar    kr 8 000 kr 0    kr 14 220 kr 4 610\n' +
    'EL 55871    Ford E-Transit           2024    Kasko           kr 8 000         kr 16 940\n';
  it('the cover cell is two covers: left out with the figures, and said', () => {
    const p = parse(text);
    const row = p.coverages!.find((c) => c.object === 'EK 12345')!;
    expect(row.coverage).toBeUndefined();
    expect(row.deductible).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/the cover «Kasko Ansvar» is two rows' run together, left out/);
  });
  it('a row of one cover beside it is read', () => {
    const row = parse(text).coverages!.find((c) => c.object === 'EL 55871')!;
    expect(row).toMatchObject({ coverage: 'Kasko', deductible: '8000', premium: '16940' });
  });
});

describe('a name beside a total on one line', () => {
  // a page in two columns whose lines a PDF joined: «Våningshus» on the left, «Sum årspremie: kr 30.027,-» on the right
  it('the total is no premium of the name, and «Sum» no part of it', () => {
    const p = parse('Landkreditt Forsikring\nPolisenummer LKF-2026-018835\n\nVåningshus                     Sum årspremie: kr 30.027,-\n');
    expect((p.coverages ?? []).filter((c) => c.premium === '30027')).toEqual([]);
  });
});

describe('a fleet list whose plates have their digits grouped', () => {
  // 68/sparebank1-forsikringsbevis-kjoretoypark: «Varebil VW Crafter 2022    EV 41 207  Kasko            6 000 kr       14 820 kr»
  it('«EV 41 207» under «Reg.nr.» is the plate, not an amount: every row is read', () => {
    const p = parse(`${HEAD}KJØRETØYOVERSIKT\n\nKjøretøy                   Reg.nr.    Dekning          Egenandel      Årspris\nVarebil VW Crafter 2022    EV 41 207  Kasko            6 000 kr       14 820 kr\nTilhenger Brenderup        JK 1 772   Delkasko         4 000 kr       1 150 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.coverage, c.deductible, c.premium])).toEqual([
      ['Varebil VW Crafter 2022', 'EV 41 207', 'Kasko', '6000', '14820'],
      ['Tilhenger Brenderup', 'JK 1 772', 'Delkasko', '4000', '1150'],
    ]);
  });
  // 68/eika-forsikringsbevis-arbeidsmaskiner: «Maskin | Reg./serienr. | Forsikringssum | Egenandel | Pris pr. år»
  it('a machine list: the serial number is the object, the machine the product, a work machine class none', () => {
    const p = parse(`${HEAD}ARBEIDSMASKINER\n\nMaskin                          Reg./serienr.      Forsikringssum      Egenandel     Pris pr. år\nGravemaskin Volvo EC220E        VCEC220EP00312     1.950.000           25.000        28.460\nHjullaster Volvo L60H           VCEL60HV00871      1.420.000           25.000        19.870\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.index_class])).toEqual([
      ['Gravemaskin Volvo EC220E', 'VCEC220EP00312', '1950000', 'none'],
      ['Hjullaster Volvo L60H', 'VCEL60HV00871', '1420000', 'none'],
    ]);
  });
});

describe('a vehicle with its model year in brackets', () => {
  // 80/protector-kjoretoy-maskinpark-2025: «JX 3318 Istrail semitrailer (2018)» — a plate's four digits are no postcode
  it('the bracketed year stays with the vehicle, no remark on a place', () => {
    const doc = 'Polisenummer: PK-5512-08\n\nKjøretøy\tObjekt\tDekning\tEgenandel\tPremie\nTilhenger\tKT 4471 Krone kippvogn (2016)\tDelkasko\tkr 4 000\tkr 2 180\n';
    expect(parse(doc).coverages?.map((c) => [c.object, c.note ?? null])).toEqual([['KT 4471 Krone kippvogn (2016)', null]]);
  });
});

describe('a place\'s label run into its value', () => {
  // 82/fremtind-yrkesskade-bedrift-forsikringsbevis (LibreOffice PDF): «Verktøy og utstyr» over «Forsikringssted Industrigata 12, 2619 Lillehammer»
  it('«Risikosted Sagvegen 4, 2380 Brumunddal» in one cell under a record\'s name is the place without its label', () => {
    const doc = 'Avtalenummer: 7720 1184\n\nMaskiner og inventar\nRisikosted Sagvegen 4, 2380 Brumunddal\nForsikringssum   kr 420 000\nEgenandel   kr 6 000\nPremie per år   kr 2 840\n';
    expect(parse(doc).coverages?.map((c) => c.object)).toEqual(['Sagvegen 4, 2380 Brumunddal']);
  });
});

describe('a building\'s description is never the place', () => {
  // 86/enter-mine-forsikringer-nettside: «Husforsikring» / «Nedre Storgate 5B, 3015 Drammen» / … / «Bygning: Tomannsbolig, byggeår 1952»
  it('a «Bygning:» field that describes the building leaves the record\'s address', () => {
    const p = parse(['Husforsikring', 'Tollbugata 12, 3044 Drammen', 'Forsikringssum: Fullverdi', 'Egenandel: 6 000 kr', 'Pris per år: 7 410 kr', 'Bygning: Enebolig, byggeår 1968', ''].join('\n'));
    expect(p.coverages?.[0]?.object).toBe('Tollbugata 12, 3044 Drammen');
  });
  // 85/codan-fornyelse-butikk-2026: «Objekt 1   Bygning» / «Kirkegata 14, 4610 Kristiansand» / «Forretningsbygg, byggeår 1962, 3 etasjer, murt»
  it('a description on the line under a record\'s address is its note', () => {
    const text = [
      'Objekt 1   Bygning',
      '           Strandgata 3, 6003 Ålesund',
      '           Kontorbygg, byggeår 1974, 4 etasjer',
      '           Forsikringssum        NOK 14 200 000,-',
      '           Egenandel             NOK 20 000,-',
      '           Premie                NOK 19 300,-',
    ].join('\n');
    const c = parse(text).coverages?.[0];
    expect(c?.object).toBe('Strandgata 3, 6003 Ålesund');
  });
});

describe('the area of a travel insurance in a place column', () => {
  // a broker's overview of a family's insurances: «| Europeiske | Reise Familie | RE-550218 | Hele verden | …»
  it('«Hele verden», «Europa» under «Forsikringssted / objekt» are where the cover reaches, no object', () => {
    const p = parse(
      `${HEAD}| Forsikring | Forsikringssted / objekt | Forsikringssum | Egenandel | Årspremie |\n` +
        `| Villa | Nordåsveien 12, 5235 Rådal | Fullverdi | 10 000 | 9 870 |\n` +
        `| Reise Pluss | Europa | Etter regning | 500 | 1 980 |\n` +
        `| Reise Familie | Hele verden unntatt USA | Etter regning | 0 | 2 690 |\n`,
    );
    expect(p.coverages?.find((c) => c.product === 'Villa')?.object).toBe('Nordåsveien 12, 5235 Rådal');
    expect(p.coverages?.find((c) => c.product === 'Reise Pluss')?.object).toBeUndefined();
    expect(p.coverages?.find((c) => c.product === 'Reise Familie')?.object).toBeUndefined();
  });
});

describe('a municipality\'s buildings with a year built and rebuilt wrapped in its column', () => {
  // (private-holdout96/klp-forsikringsavtale-kommune-2025: «1   Rindal skole og flerbrukshall   1976/   Fullverdi …» over
  // «    Rindalsvegen 31, 6657 Rindal   2011» — the year's rest beside the place split each such building into two rows)
  const DOC = [
    'Avtalenummer: K204517',
    '',
    'Forsikringsbevis  Kommunal eiendom',
    '',
    'Bygninger',
    'Bygning / adresse                     Byggeår   Forsikringsform    Forsikringssum   Egenandel',
    'Rissa ungdomsskole                    1962/     Fullverdi             118 600 000     100 000',
    'Skolevegen 4, 7100 Rissa              2008',
    'Stadsbygd omsorgssenter               1984      Fullverdi              92 300 000     100 000',
    'Omsorgsvegen 2, 7113 Husbysjøen',
    '',
  ].join('\n');
  it('one row per building, its place joined to its name; «Bygninger» under the title is no product', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Kommunal eiendom', 'Rissa ungdomsskole, Skolevegen 4, 7100 Rissa', '118600000'],
      ['Kommunal eiendom', 'Stadsbygd omsorgssenter, Omsorgsvegen 2, 7113 Husbysjøen', '92300000'],
    ]);
  });
  it('a year under a year the row leaves closed is no rest of it: the line is not joined', () => {
    const p = parse(DOC.replace('1962/ ', '1962  '));
    expect(p.coverages?.some((c) => c.object === 'Rissa ungdomsskole, Skolevegen 4, 7100 Rissa')).toBe(false);
  });
});

describe('a housing co-operative\'s places in capitals, each over its building\'s description and table', () => {
  // (private-holdout96/tryg-forsikringsbevis-borettslag-2025: «Forsikringssted:   FURUSTIEN 1» over «GNR. 41 BNR. 230, 1470
  // LØRENSKOG» and «FELLESHUS / VASKERI, 1 ETG.   Byggeår 1973» — the description had become the coverage, the comma lost)
  const DOC = [
    'Avtalenummer: 6014882',
    '',
    'Forsikringssted:         LERKEVEIEN 2-8',
    '                         GNR. 41 BNR. 212, 1470 LØRENSKOG',
    'Huseierforsikring Borettslag - Vilkår BBRIQ100',
    'BLOKK A-D, 4 ETG., 96 LEILIGHETER',
    'Byggemåte Betong/tegl   Byggeår 1971',
    '',
    'Dekning                         Egenandel      Forsikringssum            Pris',
    'Bygning, fullverdi                 10 000          286 400 000        218 640',
    'Styreansvar                             0            5 000 000          2 980',
    '',
    'Forsikringssted:         FURUSTIEN 1',
    '                         GNR. 41 BNR. 230, 1470 LØRENSKOG',
    'FELLESHUS / VASKERI, 1 ETG.   Byggeår 1973',
    '',
    'Dekning                         Egenandel      Forsikringssum            Pris',
    'Bygning, fullverdi                 10 000            6 850 000          6 210',
    '',
  ].join('\n');
  it('each table\'s rows are the product\'s at the place above them; the description is no coverage', () => {
    const p = parse(DOC);
    expect(p.coverages?.map((c) => [c.coverage, c.object, c.sum])).toEqual([
      ['Bygning, fullverdi', 'LERKEVEIEN 2-8, GNR. 41 BNR. 212, 1470 LØRENSKOG', '286400000'],
      ['Styreansvar', 'LERKEVEIEN 2-8, GNR. 41 BNR. 212, 1470 LØRENSKOG', '5000000'],
      ['Bygning, fullverdi', 'FURUSTIEN 1, GNR. 41 BNR. 230, 1470 LØRENSKOG', '6850000'],
    ]);
    expect(p.coverages?.every((c) => c.product.startsWith('Huseierforsikring Borettslag'))).toBe(true);
  });
});

describe('a numbered part under a property title is a product of its own', () => {
  // (docs/klp-bevis-nummererte-avsnitt-lok-2027: «Forsikringsbevis Eiendom kommune» over «1. Bygning» and «2. Maskiner og inventar»)
  it('«1. Bygning» under «Forsikringsbevis Eiendom kommune» names its rows\' product', () => {
    const p = parse('Forsikringsbevis Eiendom kommune\nAvtalenummer: 4400 2291\n\n1. Bygning\n\nLok.  Adresse                              Sum           Egenandel\n1     Rådhusvegen 2, 2850 Lena             84 600 000    50 000\n');
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([['Bygning', 'Rådhusvegen 2, 2850 Lena']]);
  });
});

describe('the kind of a building under a row\'s place, no year or area', () => {
  // «Garasje   Bjørkelia 14,   350 000 kr …» over «Gnr 58 Bnr 211, 2816 Gjøvik» over «Frittliggende dobbelgarasje»
  it('is the row\'s note, not part of its place', () => {
    const p = parse(HEAD + ['Forsikring       Forsikringssted                   Forsikringssum     Egenandel      Pris', 'Hus              Moavegen 3, 2380 Brumunddal       Fullverdi          10 000 kr      9 204 kr', 'Garasje          Moavegen 3,                       280 000 kr         10 000 kr      912 kr', '                 Gnr 41 Bnr 7, 2380 Brumunddal', '                 Frittliggende garasje med bod', ''].join('\n'));
    expect(p.coverages?.find((c) => c.product === 'Garasje')?.object).toBe('Moavegen 3, Gnr 41 Bnr 7, 2380 Brumunddal');
  });
});

describe('a broker\'s column of places that holds a scope where a cover has no place', () => {
  // «Forsikringssted / omfang», «Forsikringssted / grunnlag»: a place for the property, «12 mnd. ansvarstid», «40 ansatte» for the rest
  it('the cells that are places are the objects; a period, a count of staff or «Iht. lov» is none', () => {
    const p = parse(
      `${HEAD}Forsikring          Selskap     Forsikringssted / omfang        Sum            Egenandel   Premie\n` +
        'Bygning             Tryg        Havnevegen 3, 8300 Svolvær      MNOK 22,4      25 000      31 200\n' +
        'Varer               Tryg        Havnevegen 3, 8300 Svolvær      MNOK 3,0       25 000       4 410\n' +
        'Driftstap           Tryg        18 mnd. ansvarstid              MNOK 14,0      2 døgn      12 700\n' +
        'Yrkesskade          Fremtind    40 ansatte                      Iht. lov       -           52 300\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Bygning', 'Havnevegen 3, 8300 Svolvær', '22400000'],
      ['Varer', 'Havnevegen 3, 8300 Svolvær', '3000000'],
      ['Driftstap', undefined, '14000000'],
      ['Yrkesskade', undefined, undefined],
    ]);
  });
  // «Alle kommunens lokasjoner», «Vestby kommune», «Alle ansatte»: what the cover is for, written where a place would stand
  it('a scope that names what the cover is for is the row\'s object as written', () => {
    const p = parse(
      `${HEAD}| Produkt           | Forsikringssted / omfang                   | Forsikringssum | Egenandel | Årspremie |\n` +
        '|-------------------|--------------------------------------------|----------------|-----------|-----------|\n' +
        '| Løsøre            | Alle kommunens lokasjoner                  | 45 000 000     | 100 000   | 9 880     |\n' +
        '| Kommunalt ansvar  | Vestby kommune                             | 50 000 000     | 25 000    | 61 400    |\n' +
        '| Gruppeliv         | 1 180 ansatte                              | 10 G           | Ingen     | 210 300   |\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object])).toEqual([
      ['Løsøre', 'Alle kommunens lokasjoner'],
      ['Kommunalt ansvar', 'Vestby kommune'],
      ['Gruppeliv', undefined],
    ]);
  });
});

describe('a numbered place over the table of what is insured there', () => {
  // «FORSIKRINGSSTED 1   Kjellveien 14, …» (no colon) over the building's description and a table with no place column
  it('«FORSIKRINGSSTED 1» and «FORSIKRINGSSTED 2» give the rows under each their place, the second wrapped after its lot', () => {
    const p = parse(
      'Forsikringsnummer 40017733\n\n' +
        'FORSIKRINGSSTED 1        Løkkeveien 9, 4008 Stavanger\n' +
        '                         Butikk og lager i mur, byggeår 1964\n\n' +
        'Forsikring               Forsikringssum    Egenandel     Pris per år\n' +
        'Bygning                     12 300 000        10 000          14 020\n' +
        'Varer                        2 900 000        10 000           5 330\n\n' +
        'FORSIKRINGSSTED 2        Forusbeen 70, gnr. 38 bnr. 1150,\n' +
        '                         4033 Stavanger\n' +
        '                         Lagerhall i stål, byggeår 2001\n\n' +
        'Forsikring               Forsikringssum    Egenandel     Pris per år\n' +
        'Bygning                      8 750 000        20 000           9 410\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum])).toEqual([
      ['Bygning', 'Løkkeveien 9, 4008 Stavanger', '12300000'],
      ['Varer', 'Løkkeveien 9, 4008 Stavanger', '2900000'],
      ['Bygning', 'Forusbeen 70, gnr. 38 bnr. 1150, 4033 Stavanger', '8750000'],
    ]);
  });
});

describe('a column of the place or, at no place, the cover: «Forsikringssted / dekning»', () => {
  // 111/tryg-forsikringsbevis-hytte-2025: «Forsikringssted /» over «dekning», the cabin's address and lot, then «Bod/anneks,
  // frittliggende» and «Innbo og løsøre i hytta» in the same column — covers of the product, at no place of their own
  it('«Adresse / dekning» on one line: the house\'s row has its place, the garage\'s and the contents\' rows are covers', () => {
    const p = parse(
      `${HEAD}Villaforsikring\n\n` +
        'Adresse / dekning                  Forsikringssum   Egenandel   Pris per år\n' +
        'Bjørkevegen 12, 2380 Brumunddal    Fullverdi        10 000      9 870\n' +
        'Garasje, frittliggende             250 000          10 000        610\n' +
        'Innbo                              1 500 000         4 000      2 340\n',
    );
    expect(p.coverages?.map((c) => [c.object, c.coverage, c.index_class])).toEqual([
      ['Bjørkevegen 12, 2380 Brumunddal', undefined, 'bygninger'],
      [undefined, 'Garasje, frittliggende', 'bygninger'],
      [undefined, 'Innbo', 'innbo'],
    ]);
  });
  it('nynorsk «Forsikringsstad /» over «dekning», a farm\'s lot: the lot is the place, «Lausøyre i naustet» a cover', () => {
    const p = parse(
      `${HEAD}Fritidsbustad\n\n` +
        'Forsikringsstad /          Forsikringssum   Eigenandel   Årspremie\n' +
        'dekning\n' +
        'Gnr 21 Bnr 4, 6893 Vik     2 100 000        6 000        4 480\n' +
        'Lausøyre i naustet           60 000         4 000          390\n',
    );
    expect(p.coverages?.map((c) => [c.object, c.coverage, c.sum])).toEqual([
      ['Gnr 21 Bnr 4, 6893 Vik', undefined, '2100000'],
      [undefined, 'Lausøyre i naustet', '60000'],
    ]);
  });
});
