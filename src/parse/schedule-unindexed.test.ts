import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const TABLE = 'Forsikringsnummer: SP 7740 2219\n\nDekning\tForsikringssum\tEgenandel\tPris\nBygning\tkr 41 700 000\tkr 20 000\tkr 30 024\nMaskiner og inventar\tkr 9 800 000\tkr 20 000\tkr 9 016\nBrannbiler og utrykningsutstyr\tkr 24 500 000\tkr 50 000\tkr 61 250\n\n';

describe('sums the document says are not index-regulated', () => {
  // 64/protector-kommune-eiendom: «Lunner ungdomshus skal rives i 2026 og er forsikret til avtalt sum, som ikke indeksreguleres.» under a table of places
  it("a sentence whose subject is a row's place is that place's rows only, not every row of the class a word of it suggests", () => {
    const doc = 'Polisenummer: PR-0041187\n\nForsikringssted\tForsikring\tForsikringssum\tEgenandel\tPremie\nLunner rådhus, Sentrumsvegen 1, 2740 Roa\tBygning\t96 400 000\t100 000\t58 912\nLunner ungdomshus, Kirkevegen 3, 2740 Roa\tBygning\t4 100 000\t100 000\t3 010\n\nLunner ungdomshus skal rives i 2026 og er forsikret til avtalt sum, som ikke indeksreguleres.\n';
    expect(parse(doc).coverages?.map((c) => [c.object, c.index_class])).toEqual([
      ['Lunner rådhus, Sentrumsvegen 1, 2740 Roa', 'bygninger'],
      ['Lunner ungdomshus, Kirkevegen 3, 2740 Roa', 'none'],
    ]);
  });

  // a fire service's certificate: «Forsikringssummen for Brannbiler og utrykningsutstyr er avtalt fast sum og indeksreguleres ikke.»
  it("a row's whole name in the sentence is that row only, not every row of the class a word of it has", () => {
    const p = parse(`${TABLE}Forsikringssummen for Brannbiler og utrykningsutstyr er avtalt fast sum og indeksreguleres ikke.\n`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Bygning', 'bygninger'],
      ['Maskiner og inventar', 'maskin_losore'],
      ['Brannbiler og utrykningsutstyr', 'none'],
    ]);
  });

  // an e-mail's table of contents, boat and valuables, then «Summene for båt og verdisaker indeksreguleres ikke.»
  it('«for» before the things named is no thing: the contents row whose name has «…forsikring» keeps its index', () => {
    const doc = 'Avtalenr.: 2284 5519\n\nForsikring\tForsikret objekt\tForsikringssum\tÅrspremie\nInnboforsikring\tStorgata 3, 0155 Oslo\tkr 850 000\tkr 2 604\nBåtforsikring\tBuster Magnum 2019\tkr 420 000\tkr 4 380\n\nSummene for båt og smykker indeksreguleres ikke.\n';
    expect(parse(doc).coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Innboforsikring', 'innbo'],
      ['Båtforsikring', 'none'],
    ]);
  });

  it('a sentence that names a class is every row of it, as before', () => {
    const p = parse(`${TABLE}Forsikringssummene for maskiner er faste i perioden og indeksreguleres ikke.\n`);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'none', 'none']);
  });
});

describe('«Summen indeksreguleres ikke» in one section', () => {
  const head = 'Forsikringsbevis\nAvtalenummer: 55120044\n\n';
  it('under a section no row was read from: no row — before, every building lost its index', () => {
    const doc = `${head}Produkt\tForsikringssum\tEgenandel\tPremie\nNæringsbygg\t48 600 000\t20 000\t61 230\nMaskin og løsøre\t3 400 000\t10 000\t5 960\n\n3. Driftsavbrudd\n\nDekningstid 12 måneder. Forsikringssum kr 6 000 000, egenandel 2 døgn, premie kr 7 420. Summen indeksreguleres ikke.\n`;
    expect(parse(doc).coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Næringsbygg', 'bygninger'],
      ['Maskin og løsøre', 'maskin_losore'],
    ]);
  });
  it('under the section of a record it follows: that record only (nynorsk)', () => {
    const doc = `${head}Våningshus\nForsikringssum: kr 4 800 000\nEigenandel: kr 10 000\nPremie: kr 6 140\n\nLagra fôr og såkorn\nFørsterisikosum: kr 250 000\nEigenandel: kr 15 000\nPremie: kr 640\nSummen vert ikkje indeksregulert.\n`;
    expect(parse(doc).coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Våningshus', 'bygninger'],
      ['Lagra fôr og såkorn', 'none'],
    ]);
  });
});

describe('«Forsikringssummene i punkt 1 indeksreguleres ikke»', () => {
  it('a part of the document named by its number names no thing: every property row', () => {
    const doc = 'Forsikringsbevis\nAvtalenummer: 55120044\n\nProdukt\tForsikringssum\tEgenandel\tPremie\nBygning\t148 500 000\t100 000\t96 525\nVarer\t35 000 000\t100 000\t28 000\n\nForsikringssummene i punkt 1 indeksreguleres ikke.\n';
    expect(parse(doc).coverages?.map((c) => c.index_class)).toEqual(['none', 'none']);
  });
});

describe('a cover\'s figures in the same paragraph as «Summen indeksreguleres ikke»', () => {
  it('are not taken by the index reader: a paragraph no rule reads is said to be unread, not lost', () => {
    const doc = 'Forsikringsbevis\nAvtalenummer: 55120044\n\n3. Driftsavbrudd\n\nDekningstid 12 måneder. Forsikringssum kr 6 000 000, egenandel 2 døgn,\npremie kr 7 420. Summen indeksreguleres ikke.\n';
    expect(parse(doc).warnings.some((w) => w.startsWith('line 6:'))).toBe(true);
  });
});

describe('«Summene under seksjon 1 … blir ikke indeksregulert»: the rows of that numbered section', () => {
  const doc = [
    'Polisenummer: NO-PX-26-11402',
    '',
    'Seksjon 1 - Ting',
    '  Lagerbygning',
    '    Forsikringssum:      NOK 84 000 000',
    '    Premie:              NOK 61 000',
    '  Maskiner og inventar',
    '    Forsikringssum:      NOK 12 000 000',
    '    Premie:              NOK 9 800',
    '',
    'Seksjon 2 - Kjøretøy',
    '  Varebil',
    '    Forsikringssum:      NOK 450 000',
    '    Premie:              NOK 7 100',
    '',
    'Summene under seksjon 1 er oppgitt av forsikringstaker og blir ikke indeksregulert.',
    '',
  ].join('\n');
  it('gives the rows under «Seksjon 1» the class none, and no other row', () => {
    const p = parse(doc);
    expect(p.coverages?.filter((c) => c.product === 'Lagerbygning' || c.product === 'Maskiner og inventar').map((c) => c.index_class)).toEqual(['none', 'none']);
  });
  it('a thing named that no row is: said, and no row changed', () => {
    const p = parse(doc.replace('Summene under seksjon 1 er oppgitt av forsikringstaker og', 'Summen for husdyr'));
    expect(p.coverages?.find((c) => c.product === 'Lagerbygning')?.index_class).toBe('bygninger');
    expect(p.warnings.some((w) => /could not tell which sums/.test(w))).toBe(true);
  });
});

describe('a thing «i» a building whose sum is not index-regulated', () => {
  // «Orgelet (Ryde & Berg, 2004) i kirkebygget er forsikret for kr 3 400 000 og indeksreguleres ikke.»
  it('is not the building: the building keeps its index, and the sentence that names no row read is said', () => {
    const doc = 'Avtalenummer: 55120044\n\nProdukt\tForsikringssum\tEgenandel\tPremie\nKirkebygg\t28 700 000\t10 000\t21 525\n\nFlygelet (Steinway, 1998) i kirkebygget er forsikret for kr 900 000 og indeksreguleres ikke.\n';
    const p = parse(doc);
    expect(p.coverages?.[0]?.index_class).toBe('bygninger');
    expect(p.warnings.some((w) => /could not tell which sums/.test(w))).toBe(true);
  });
});

describe('an index table\'s «ingen regulering» for a class', () => {
  // «   Varer ............................................. ingen regulering» under «1. Indeksregulering fra 01.01.2026»
  it('gives the rows of that class the class none; a rate of 0 % changes no row', () => {
    const head = 'Avtalenummer: 55120044\n\nIndeksregulering fra 01.01.2026\n\n   Bygninger ............................ 3,7 %\n   Varer ................................ ingen regulering\n\nForsikringer etter fornyelse\n\n';
    const table = 'Produkt\tForsikringssum\tEgenandel\tPremie\nLagerbygg\t14 500 000\t20 000\t18 100\nVarer\t3 000 000\t20 000\t4 020\n';
    expect(parse(head + table).coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'none']);
    expect(parse(head.replace('ingen regulering', '0,0 %') + table).coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'varer']);
  });
});

describe('«Summen indeksreguleres ikke» after a sentence about one thing', () => {
  // a broker's overview, the advisor's remark under the table: «2. Fritidsboligen er forsikret med fast sum. Summen indeksreguleres ikke hos Tryg»
  const table = 'Forsikringsoversikt\n\nForsikring\tForsikret objekt\tSum\tEgenandel\tPremie/år\nVillaforsikring\tLinvegen 3, 2830 Raufoss\tFullverdi\t10 000\t11 200\nFritidsbolig\tFjellvegen 9, 2680 Vågå\t2 400 000\t10 000\t4 120\n\nKommentarer fra rådgiver\n';
  it("the thing the sentence before names is the row whose product names it — before, the cabin kept «bygninger»", () => {
    const p = parse(`${table}1. Fritidsboligen er forsikret med fast sum. Summen indeksreguleres ikke hos selskapet før dere ber om ny takst.\n`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Villaforsikring', 'bygninger'],
      ['Fritidsbolig', 'none'],
    ]);
  });
  it('a thing that names two rows is a warning, and no row changes', () => {
    const two = table.replace('Villaforsikring\tLinvegen 3, 2830 Raufoss\tFullverdi', 'Fritidsbolig\tLinvegen 3, 2830 Raufoss\t1 900 000');
    const p = parse(`${two}1. Fritidsboligen er forsikret med fast sum. Summen indeksreguleres ikke.\n`);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'bygninger']);
    expect(p.warnings.some((w) => w.includes('more than one row'))).toBe(true);
  });
});

describe('a remark under a row, or in its «Merknad» column, that its own sum is not index-regulated', () => {
  // /work/private-holdout56 eika-forsikringsbevis-gardsbruk: «Husdyr   Nordre Haugenvegen 31   750.000 …» over
  // «                  Sum indeksreguleres ikke» — before, every building and machine row got none and Husdyr other
  const FARM =
    'Polisenummer     : 1170 2384 55\n\nForsikring        Sted / objekt                   Forsikringssum    Egenandel     Premie\n' +
    'Driftsbygning     Nordre Haugenvegen 31             8.750.000          20.000     16.480\n' +
    'Maskiner          Nordre Haugenvegen 31             2.400.000          10.000      6.130\n' +
    'Husdyr            Nordre Haugenvegen 31               750.000          10.000      2.905\n' +
    '                  Sum indeksreguleres ikke\n';
  it('«Sum indeksreguleres ikke» under a row is that row only', () => {
    expect(parse(FARM).coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Driftsbygning', 'bygninger'],
      ['Maskiner', 'maskin_losore'],
      ['Husdyr', 'none'],
    ]);
  });
  // /work/private-holdout57 landkreditt-gard-forsikringsbevis: «Avling og   800 000   20 000   1 260   Indeksreguleres»
  // over «varelager                                 ikke» — before, the Våningshus above lost its index too
  it('a subjectless «Indeksreguleres ikke» in a row is that row only', () => {
    const doc = [
      'Forsikringsnr.   LKF 44 10 872',
      '',
      'Forsikring /          Forsikringssum          Egenandel      Årspremie   Merknad',
      'forsikringssted',
      'Våningshus            4 850 000               10 000         7 912       Fullverdi',
      'Avling og             800 000                 20 000         1 260       Indeksreguleres',
      'varelager                                                                ikke',
      '',
    ].join('\n');
    expect(parse(doc).coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Våningshus', 'bygninger'],
      ['Avling og varelager', 'none'],
    ]);
  });
  // /work/private-holdout56 gjensidige-fornyelse-naering: «Varelager justeres ikke etter indeks.» — before, Varer kept varer
  it('«Varelager justeres ikke etter indeks» takes the stock rows out of the index', () => {
    expect(parse(`${TABLE.replace('Brannbiler og utrykningsutstyr', 'Varer')}Varelager justeres ikke etter indeks.\n`).coverages?.map((c) => c.index_class)).toEqual([
      'bygninger',
      'maskin_losore',
      'none',
    ]);
  });
});

describe('«… justeres ikke med indeks»', () => {
  // test/corpus/docs/if-megler-kriminalitet-forsterisiko-2026.txt: «Summene er avtalt som førsterisiko og justeres ikke med
  // indeks.» in the crime cover's paragraph names no sum — the office contents keep their class
  it('of sums it does not name changes no row', () => {
    expect(parse(`${TABLE}Summene er avtalt som førsterisiko og justeres ikke med indeks.\n`).coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'maskin_losore', 'none']);
  });
  // test/corpus/docs/tryg-bevis-nummererte-versaler-dekning-fortsettelse-2027.txt: «Driftstapssummen justeres ikke med indeks.»
  it('«Maskinsummen …» names the thing of the compound, its rows only', () => {
    expect(parse(`${TABLE}Maskinsummen justeres ikke med indeks.\n`).coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'none', 'none']);
  });
});

describe('«Fast sum etter avtale – indeksreguleres ikke.» under a record, its place described under the place', () => {
  // holdout 60, Landkreditt: «Stabbur» / «Forsikringssted   Nordre Lienveg 220» / «Gnr 45 Bnr 3, 2850 Lena» /
  // «Tømret stabbur fra ca. 1850, 24 m2» / figures / «Fast sum etter avtale - indeksreguleres ikke.»
  const doc =
    'Forsikringsnr.    3019 44 872\n\nBolighus\nForsikringssted   Nordre Lienveg 220\n                  Gnr 45 Bnr 3, 2850 Lena\n                  Enebolig, byggeår 1974, 212 m2 BRA\nForsikringssum    3.850.000 kr\nEgenandel         10.000 kr\nPremie            8.432 kr\n\n' +
    'Stabbur\nForsikringssted   Nordre Lienveg 220\n                  Gnr 45 Bnr 3, 2850 Lena\n                  Tømret stabbur fra ca. 1850, 24 m2\nForsikringssum    350.000 kr\nEgenandel         10.000 kr\nPremie            1.145 kr\nFast sum etter avtale - indeksreguleres ikke.\n';
  it("the record's sum only; the description is no part of the place", () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.object, c.index_class])).toEqual([
      ['Bolighus', 'Nordre Lienveg 220, Gnr 45 Bnr 3, 2850 Lena', 'bygninger'],
      ['Stabbur', 'Nordre Lienveg 220, Gnr 45 Bnr 3, 2850 Lena', 'none'],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('«Forsikringssummen for bygningen følger byggekostnadsindeksen»', () => {
  // holdout 60 and 62, Norsk Hussopp: one record «Forsikring: Husoppforsikring», a name the index table does not know
  const record = 'Polisenr.:        55-0138-2\n\nForsikring:       Husoppforsikring\nForsikringssted:  Granåsvegen 27, 2312 Ottestad\nForsikringssum:   kr 3 400 000\nEgenandel:        kr 8 000\nPremie:           kr 2 310\n\n';
  it("gives the one row whose name has no class the buildings' class, and takes back its warning", () => {
    const p = parse(`${record}Forsikringssummen for bygningen følger byggekostnadsindeksen, og premien er justert.\n`);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['bygninger']);
    expect(p.warnings?.some((w) => w.includes('index class of'))).toBe(false);
  });
  it('without the sentence the row stays other, warned', () => {
    const p = parse(record);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['other']);
  });
  it('«… følger ikke byggekostnadsindeksen» changes nothing', () => {
    const p = parse(`${record}Forsikringssummen følger ikke byggekostnadsindeksen.\n`);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['other']);
  });
});

describe('letters9: a remark labelled by its row over «Summen indeksreguleres ikke»', () => {
  // a bank's home certificate: «Verdigjenstander: Gullring med diamant og Omega-ur etter kvittering.» / «Summen indeksreguleres ikke.»
  it('the label on the line right above names the row, across a heading between the table and the remark', () => {
    const p = parse(`Avtalenummer 6120 0917 553\n\nOversikt\nForsikring                    Forsikringssum   Egenandel   Årspris\nInnbo                         kr 700 000       kr 3 000    kr 2 900\nSmykker og ur                 kr 60 000        kr 3 000    kr 480\n\nOm forsikringene\nSmykker og ur: Halskjede i gull etter takst.\nSummen indeksreguleres ikke.\n`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([['Innbo', 'innbo'], ['Smykker og ur', 'none']]);
    expect(p.warnings.some((w) => w.includes('set to other'))).toBe(false);
  });
});

describe('a sentence of every sum over a row whose class its name does not tell', () => {
  // /work/private-holdout70/agria-hest-forsikringsbevis.txt: «Bruksforsikring» (a horse's use value) under
  // «Forsikringssummene er avtalt verdi og indeksreguleres ikke.» — the row's sum is one of them
  it('gives that row the class none, no longer other, and withdraws the warning', () => {
    const p = parse('Forsikringsnummer: H-2219-8830\n\nDekning\tForsikringssum\tEgenandel\tPris per år\nBruksforsikring\tkr 40 000\t\tkr 1 420\n\nForsikringssummene er avtalt verdi og indeksreguleres ikke.\n');
    expect(p.coverages?.[0]?.index_class).toBe('none');
    expect(p.warnings.some((w) => w.includes('not known from its name'))).toBe(false);
  });
});

describe('«Begge forsikringssummene … indeksreguleres ikke»', () => {
  // private-holdout52/norsk-hussopp-forsikringsbevis-2026: two records, then «Begge forsikringssummene er avtalt faste og indeksreguleres ikke.»
  it('is about both rows of a document of two', () => {
    const p = extractPolicy(textToSource('Forsikringsnummer 55501234\n\nProdukt: Bygning\nForsikringssted: Lia 2, 1482 Nittedal\nForsikringssum: kr 3 000 000\nPremie: kr 2 000\n\nProdukt: Garasje\nForsikringssted: Lia 2, 1482 Nittedal\nForsikringssum: kr 200 000\nPremie: kr 240\n\nBegge forsikringssummene er avtalt faste og indeksreguleres ikke.\n', 'doc.txt', '0'.repeat(64)), {});
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([['Bygning', 'none'], ['Garasje', 'none']]);
  });
});

describe('a class said among the index rates to be «not regulated», the index not named', () => {
  // private-holdout73/if-indeksregulering-2026, line 26: «Varelager og forsikringer med førsterisikosum reguleres ikke.» under the rates
  const HEAD = 'Polisenummer: SP 771 204\n\nIndeksregulering fra 01.01.2026\n  Bygninger                 + 4,6 %\n  Maskiner og inventar      + 2,9 %\n';
  const ROWS = '\nForsikring\tForsikringssum\tEgenandel\nNæringsbygg\t6 485 200 kr\t10 000 kr\nInventar og maskiner\t874 650 kr\t10 000 kr\nVarer\t150 000 kr\t10 000 kr\n';
  it.each([
    ['Varelager og forsikringer med førsterisikosum reguleres ikke.'],
    // (73/soderberg-partners-fornyelsesoppsummering, line 26: a sentence of two things, one of them no property)
    ['Varer og driftsavbrudd reguleres ikke.'],
    ['Varelager blir ikke regulert.'],
    ['Varelageret vert ikkje regulert.'],
  ])('%j: the stock\'s rows are none, the others keep their class', (line) => {
    const p = parse(`${HEAD}${line}\n${ROWS}`);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Næringsbygg', 'bygninger'],
      ['Inventar og maskiner', 'maskin_losore'],
      ['Varer', 'none'],
    ]);
  });
  // (113/gjensidige-fornyelse-naeringsbygg: «Maskiner, inventar og løsøre   4,1 %», a blank line, «Sum for varer reguleres ikke, …»)
  it('the list\'s remark after one blank line under the last rate is among the rates', () => {
    const p = parse(`${HEAD}\nSum for varer reguleres ikke, men følger oppgitt lagerverdi.\n${ROWS}`);
    expect(p.coverages?.find((c) => c.product === 'Varer')?.index_class).toBe('none');
  });
  it('away from the rates, or of the price, «reguleres ikke» changes no row', () => {
    const far = parse(`${HEAD}\nAnnet\nVarelager og driftsavbrudd reguleres ikke.\n${ROWS}`);
    expect(far.coverages?.find((c) => c.product === 'Varer')?.index_class).toBe('varer');
    const price = parse(`${HEAD}Premien for varer reguleres ikke.\n${ROWS}`);
    expect(price.coverages?.find((c) => c.product === 'Varer')?.index_class).toBe('varer');
  });
});

describe('a row\'s own statement that its sum follows no index, in more ways of writing it', () => {
  // 80/eika-landbruk-fornying-2026: «Summen for husdyr vert ikkje justert etter indeks.» (the participle, not «justeres»)
  it('«… blir ikke justert etter indeks» makes the row it names `none`, over the name rule', () => {
    const doc = 'Avtalenr.: 7781 2204\n\nForsikring\tSum\tEgenandel\tPris per år\nDriftsbygning\tkr 6 200 000\tkr 10 000\tkr 12 400\nHusdyr\tkr 900 000\tkr 10 000\tkr 2 300\n\nSummen for husdyr blir ikke justert etter indeks.\n';
    expect(parse(doc).coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Driftsbygning', 'bygninger'],
      ['Husdyr', 'none'],
    ]);
  });

  // 78/landkreditt-gardsforsikring: «… for maskiner og redskap med 2,8 % fra 01.01.2026. Summen for besetning reguleres ikke.»
  it('among the index rates, «Summen for buskap reguleres ikke» is the row that names the thing, though no class does', () => {
    const doc = 'Avtalenr.: 7781 2204\nFornyelse gjelder fra: 01.01.2027\n\nIndeksregulering\nForsikringssummene for bygninger er regulert med 3,1 % fra 01.01.2027. Summen for buskap reguleres ikke.\n\nForsikring\tSum\tEgenandel\tPris per år\nDriftsbygning\tkr 6 200 000\tkr 10 000\tkr 12 400\nBuskap\tkr 900 000\tkr 10 000\tkr 2 300\n';
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Driftsbygning', 'bygninger'],
      ['Buskap', 'none'],
    ]);
    expect(p.warnings.some((w) => w.includes('Buskap'))).toBe(false);
  });
});

describe('a row\'s whole name and another thing in one «… indeksreguleres ikke»', () => {
  // 86/landkreditt-gardsforsikring-2026: «Avling og varer og besetning indeksreguleres ikke; her gjelder verdiene du selv har oppgitt.»
  it('takes both rows out of the index', () => {
    const text = [
      'Forsikret gjenstand      Sted                  Forsikringssum   Egenandel   Premie',
      'Driftsbygning            Lundevegen 8          6.200.000        10.000      9.870',
      'Avling og fôr            Lundevegen 8            420.000        10.000        990',
      'Husdyr                   Lundevegen 8          1.300.000        10.000      2.870',
      '',
      'Avling og fôr og husdyr indeksreguleres ikke; verdiene er de du har oppgitt.',
    ].join('\n');
    const p = parse(text);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'none', 'none']);
  });
});

describe('a thing\'s sum as one word under a record\'s premium', () => {
  // 85/codan-fornyelse-butikk-2026: «Premie   NOK 5 870,-» over «Varesummen indeksreguleres ikke.»
  it('keeps the premium and takes the row out of the index', () => {
    const text = ['Objekt 2   Varer', '           Strandgata 3, 6003 Ålesund', '           Forsikringssum        NOK 800 000,-', '           Premie                NOK 2 140,-', '           Varesummen indeksreguleres ikke.', ''].join('\n');
    const c = parse(text).coverages?.[0];
    expect(c?.premium).toBe('2140');
    expect(c?.index_class).toBe('none');
  });
});

describe('a footnote mark on a row', () => {
  // 83/klp-hus-fornyelse-2025: «| Husforsikring | Frittliggende bod, førsterisiko¹ | … | 150 000 |» over «¹ Summen for boden er en førsterisikosum og indeksreguleres ikke.»
  it('leaves the name, and its footnote is said of that row alone', () => {
    const text = [
      '| Produkt   | Dekning            | Forsikringssted              | Forsikringssum | Egenandel | Premie |',
      '|-----------|--------------------|------------------------------|----------------|-----------|--------|',
      '| Hus       | Standard           | Bjørkevegen 7, 2815 Gjøvik   | 3 900 000      | 6 000     | 7 410  |',
      '| Hus       | Garasje²           | Bjørkevegen 7, 2815 Gjøvik   | 200 000        | 6 000     | 310    |',
      '',
      '² Garasjen er forsikret på førsterisiko, og summen indeksreguleres ikke.',
    ].join('\n');
    const c = parse(text).coverages;
    expect(c?.map((x) => x.coverage)).toEqual(['Standard', 'Garasje']);
    expect(c?.map((x) => x.sum)).toEqual(['3900000', { first_risk: '200000' }]);
    expect(c?.map((x) => x.index_class)).toEqual(['bygninger', 'none']);
  });
});

describe('sums not index-regulated, named by their product, their place or their kind', () => {
  // a broker's overview of a family's insurances: «Verdisaksforsikringen er tegnet med fast sum og følger ikke indeksen.»
  it('«Verdisaksforsikringen … følger ikke indeksen»: the product named with «-forsikring» is the row of its thing', () => {
    const doc = 'Avtalenummer: 4410 2287\n\nForsikring\tForsikringssted\tForsikringssum\tEgenandel\tPremie\nVilla\tNordåsveien 12, 5235 Rådal\tkr 5 200 000\tkr 10 000\tkr 9 870\nVerdisaker\tSmykker, se liste\tkr 240 000\tkr 3 000\tkr 1 460\n\nVerdisaksforsikringen er tegnet med fast sum og følger ikke indeksen.\n';
    expect(parse(doc).coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Villa', 'bygninger'],
      ['Verdisaker', 'none'],
    ]);
  });

  // a housing company's certificate: «Fellesløsøre, alle adresser   Førsterisiko   500 000 …» under «Forsikringssted», then
  // «Forsikringssummen for fellesløsøre er en førsterisikosum og indeksreguleres ikke.»
  it('a thing the sentence names in a row\'s place column is that row only', () => {
    const doc = 'Polisenummer: PR-5520118\n\nEIENDOM\n\nForsikringssted\tForsikringssum\tEgenandel\tPremie\nTorggata 4, 0181 Oslo\t96 400 000\t10 000\t58 912\nFellesløsøre, alle adresser\t400 000\t10 000\t980\n\nForsikringssummen for fellesløsøre er en fast sum og indeksreguleres ikke.\n';
    expect(parse(doc).coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'none']);
  });

  // a municipality's agreement: «Indeksregulering: Forsikringssummer for bygninger og løsøre er regulert pr. 01.01.25 med
  // henholdsvis 3,5 % og 4,1 %. Førsterisikosummer reguleres ikke.»
  it('«Førsterisikosummer reguleres ikke» in the index paragraph makes the first-risk rows none', () => {
    const doc = 'Avtalenummer: 7730 1180\n\nForsikringssted\tDekning\tForsikringssum\tEgenandel\nRådhuset, Storgata 1, 7240 Fillan\tBygning\t96 500 000\t50 000\nAlle forsikringssteder\tRiving og rydding\tFørsterisiko 5 000 000\t50 000\n\nIndeksregulering: Summene for bygninger er regulert pr.\n01.01.25 med 3,5 %. Førsterisikosummer reguleres ikke.\n';
    const c = parse(doc).coverages;
    expect(c?.map((x) => x.sum)).toEqual(['96500000', { first_risk: '5000000' }]);
    expect(c?.map((x) => x.index_class)).toEqual(['bygninger', 'none']);
  });
});

describe('a sum named by a proper name after «for»: that row, or a warning — never every row whose address shares a word', () => {
  // a municipality's buildings, all with addresses in Rindal: «Forsikringssummen for Rindal kirke …» is about the church
  const ROWS =
    'Avtalenummer: K118204\n\nForsikringssted\tForsikring\tForsikringssum\tEgenandel\nRindal skole, Rindalsvegen 31, 6657 Rindal\tBygning\t182 400 000\t50 000\nRindal helsetun, Helsetunvegen 4, 6657 Rindal\tBygning\t236 900 000\t50 000\n';
  it('names no row: the buildings keep their class, and a warning says which sentence was not placed', () => {
    const p = parse(`${ROWS}Rindal kirke, Kyrkjevegen 2, 6657 Rindal\n\nForsikringssummen for Rindal kyrkjegard er fastsatt som førsterisiko og indeksreguleres ikke.\n`);
    expect((p.coverages ?? []).map((c) => c.index_class)).toEqual(['bygninger', 'bygninger']);
    expect(p.warnings.some((w) => w.includes('no row is named «rindal kyrkjegard»'))).toBe(true);
  });
  it('names one row: that row only is `none`', () => {
    const p = parse(`${ROWS}Rindal kirke, Kyrkjevegen 2, 6657 Rindal\tBygning\t45 000 000\t50 000\n\nForsikringssummen for Rindal kirke er fastsatt som førsterisiko og indeksreguleres ikke.\n`);
    expect((p.coverages ?? []).map((c) => [c.object, c.index_class])).toEqual([
      ['Rindal skole, Rindalsvegen 31, 6657 Rindal', 'bygninger'],
      ['Rindal helsetun, Helsetunvegen 4, 6657 Rindal', 'bygninger'],
      ['Rindal kirke, Kyrkjevegen 2, 6657 Rindal', 'none'],
    ]);
  });
});

describe('a certificate\'s title over its rows of several kinds', () => {
  // a certificate titled «Eiendom og ansvar», its rows read as that product's covers, then «Avbrudd og ansvar følger ikke indeks.»
  it('a thing a row\'s own cover names is that row, not every row under the title that names it too', () => {
    const doc = 'FORSIKRINGSBEVIS - BYGNING OG ANSVAR\n\nPolisenummer: BA-2026-4410\n\nDekning\tForsikringssum\tEgenandel\tPremie\nBygning\t48 000 000\t50 000\t61 200\nMaskiner og inventar\t9 500 000\t50 000\t14 300\nAvbrudd\t20 000 000\t\t9 800\nBedriftsansvar\t10 000 000\t25 000\t7 400\n\nMaskinsummen er fast. Avbrudd og ansvar indeksreguleres ikke.\n';
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.coverage ?? c.product, c.index_class])).toEqual([
      ['Bygning', 'bygninger'],
      ['Maskiner og inventar', 'maskin_losore'],
      ['Avbrudd', 'none'],
      ['Bedriftsansvar', 'none'],
    ]);
  });
});

describe('a bilingual index table\'s row that says its class is not regulated', () => {
  // a renewal in Norwegian and English: «Varer / Stock      ikke regulert / not adjusted» among the classes' rates
  it('the rows of that class are none; the classes with a rate keep theirs', () => {
    const doc = 'Polisenummer / Policy no.: NO-PR-550912\n\nIndeksregulering / Index adjustment\nSummene er justert fra 01.01.2027 med disse satsene:\n\nBygninger / Buildings\t+ 4,1 %\nMaskiner og løsøre / Machinery and contents\t+ 3,2 %\nVarer / Stock\tikke regulert / not adjusted\n\nDekning / Cover\tForsikringssum\tEgenandel\tPremie\nBygning\t20 000 000\t25 000\t18 000\nMaskiner og løsøre\t4 000 000\t25 000\t3 900\nVarer\t3 000 000\t25 000\t2 100\n';
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Bygning', 'bygninger'],
      ['Maskiner og løsøre', 'maskin_losore'],
      ['Varer', 'none'],
    ]);
  });
});

describe('a paragraph that says one sum is index-regulated and another «reguleres ikke»', () => {
  // «Maskiner og inventar / Varer» / «Forsikringsform: Fast sum. Sum for maskiner og inventar indeksreguleres. Varesummen
  // reguleres ikke automatisk - meld fra dersom lagerverdien endrer seg vesentlig.»: the index is what the paragraph speaks of
  it('the goods\' sum follows no index; the machines\' keeps its class', () => {
    const p = parse(
      'Forsikringsnummer 55501234\n\nProdukt        Forsikringssted              Forsikringssum    Egenandel\nMaskiner       Storgata 2, 3611 Kongsberg       2 100 000       10 000\nVarer          Storgata 2, 3611 Kongsberg         800 000       10 000\n\nMaskiner / Varer\nForsikringsform: Fast sum. Sum for maskiner indeksreguleres. Varesummen reguleres ikke automatisk - meld fra dersom lageret endrer seg.\n',
    );
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Maskiner', 'maskin_losore'],
      ['Varer', 'none'],
    ]);
  });
});

describe('a thing named in the plural, its row in the singular', () => {
  // an index notice: «Summen for verdigjenstander som du har meldt særskilt, indeksreguleres ikke.» over the row «Verdigjenstand»
  it('the row «Verdigjenstand» is the «verdigjenstander» of the sentence: class none, no warning', () => {
    const doc =
      'Avtalenummer: 6112 4487\n\n' +
      'Fra 1. januar 2026 øker forsikringssummene for innbo med 3,0 prosent. Summen for verdigjenstander som du har meldt særskilt, indeksreguleres ikke.\n\n' +
      '  Forsikring       Sted                          Forsikringssum      Egenandel\n' +
      '  Innbo            Bjørkelia 7, 3560 Hemsedal    1 390 500 kr         4 000 kr\n' +
      '  Verdigjenstand   Gullur, Omega                    85 000 kr         4 000 kr\n';
    const p = parse(doc);
    expect(p.coverages?.map((c) => [c.product, c.index_class])).toEqual([
      ['Innbo', 'innbo'],
      ['Verdigjenstand', 'none'],
    ]);
    expect(p.warnings.filter((w) => w.includes('indeks') || w.includes('index'))).toEqual([]);
  });
});

describe('a sum not index-regulated, said with the noun, of a thing at one of two places', () => {
  // 112/gjensidige-forsikringsbevis-naering-2025: «Varer på Sandmoveien 3 er forsikret på førsterisiko. Summen er ikke gjenstand
  // for indeksregulering.» under two rows «Varer», one at each place
  it('«Summen er unntatt fra indeksregulering» after «Løsøre i Fjordgata 2 …»: the contents\' row at that place only', () => {
    const p = parse(
      'Avtalenummer 5581 0042\n\n' +
        'Forsikring          Forsikringssted                  Forsikringssum   Egenandel   Årspremie\n' +
        'Løsøre              Strandkaien 8, 4005 Stavanger       2 400 000        10 000       5 120\n' +
        'Løsøre              Fjordgata 2, 4006 Stavanger           500 000        10 000       1 310\n\n' +
        'Løsøre i Fjordgata 2 er forsikret med fast sum. Summen er unntatt fra indeksregulering.\n',
    );
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['maskin_losore', 'none']);
  });
  // 114/klp-forsikringsbevis-kommune-2025: the first-risk row's cell under «Forsikringssted / omfang» is a scope, no object
  it('«Førsterisikosummen for parker og friområder indeksreguleres ikke»: the row whose scope cell names them, though no place', () => {
    const p = parse(
      'Avtalenummer 5581 0042\n\n' +
        'Produkt          Forsikringssted / omfang           Forsikringssum            Egenandel   Årspremie\n' +
        'Kommunebygg      Torget 1, 3050 Mjøndalen           84 000 000                50 000      41 200\n' +
        'Kommunebygg      Parker og friområder, hele kommunen  Førsterisiko 2 000 000  50 000       2 100\n\n' +
        'Førsterisikosummen for parker og friområder indeksreguleres ikke.\n',
    );
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'none']);
  });
});

describe('a «… indeksreguleres ikke» sentence whose subject restricts the sums it is about', () => {
  const rows = 'Avtalenummer: 1100 2387 44\n\nForsikring\tForsikringssted\tSum\tEgenandel\tPremie\nHusforsikring\tRønningsvegen 40, 7336 Meldal\tkr 4 200 000\t6 000\t11 420\nAnneks\tRønningsvegen 40, 7336 Meldal\tkr 450 000\t6 000\t1 186\nInnbo\tRønningsvegen 40, 7336 Meldal\tkr 1 600 000\t4 000\t2 890\nAnsvar for eiendom\t–\tkr 5 000 000\t4 000\t500\n\n';
  // a renewal letter's index paragraph: «Summer som er avtalt som førsterisiko og ansvarssummer, indeksreguleres ikke.»
  it('«Summer som er avtalt som førsterisiko og ansvarssummer»: the first-risk rows only — none here, every building and the contents keep their index', () => {
    const p = parse(`${rows}Summer som er avtalt som førsterisiko og ansvarssummer, indeksreguleres ikke.\n`);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'bygninger', 'innbo', 'none']);
  });
  it('«Førsterisikosummer og ansvarsgrenser blir ikke indeksregulert» (another order, another word): the first-risk row only', () => {
    const doc = rows.replace('Anneks\tRønningsvegen 40, 7336 Meldal\tkr 450 000', 'Anneks\tRønningsvegen 40, 7336 Meldal\tFørsterisiko kr 450 000');
    const p = parse(`${doc}Førsterisikosummer og ansvarsgrenser blir ikke indeksregulert.\n`);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'none', 'innbo', 'none']);
  });
  it('«Summene er avtalt som førsterisiko og indeksreguleres ikke» still says it of every sum (a statement, no restriction)', () => {
    const p = parse(`${rows}Summene er faste og indeksreguleres ikke.\n`);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['none', 'none', 'none', 'none']);
  });
});

describe('«X er forsikra på førsterisiko; denne summen blir ikkje indeksregulert»', () => {
  // a municipality's certificate: the boat house, named in the place column, among three other buildings
  const doc = 'Avtalenr.: 2140-0087\n\n| Produkt | Forsikringsstad | Forsikringssum | Eigenandel | Premie |\n|---|---|---|---|---|\n| Kommunale bygningar | Fjellbygd rådhus, Rådhusvegen 2 | kr 148 600 000 | kr 50 000 | kr 96 590 |\n| Kommunale bygningar | Naust, Kaivegen 4 (førsterisiko) | kr 1 500 000 | kr 50 000 | kr 2 250 |\n| Maskin og lausøyre | Alle forsikringsstader | kr 61 000 000 | kr 50 000 | kr 44 530 |\n\n';
  it('the thing before the semicolon is the row whose place names it — not every building its word is', () => {
    const p = parse(`${doc}Naustet er forsikra på førsterisiko; denne summen blir ikkje indeksregulert.\n`);
    expect(p.coverages?.map((c) => [c.object, c.index_class])).toEqual([
      ['Fjellbygd rådhus, Rådhusvegen 2', 'bygninger'],
      ['Naust, Kaivegen 4', 'none'],
      ['Alle forsikringsstader', 'maskin_losore'],
    ]);
  });
  it('«(førsterisiko)» in the place cell is the sum\'s form, no part of the place', () => {
    expect(parse(doc).coverages?.[1]).toMatchObject({ object: 'Naust, Kaivegen 4', sum: { first_risk: '1500000' } });
  });
  it('«Førsterisikosummen for Kjeller Vest 6 er avtalt fast og indeksreguleres ikke»: the place ends at its verb', () => {
    const d = 'Avtalenr.: 2140-0087\n\nForsikring\tForsikringssted\tForsikringssum\tEgenandel\tPremie\nBygning\tSandakerveien 138, 0484 Oslo\t86 500 000\t100 000\t92 140\nBygning\tKjeller Vest 6, 2007 Kjeller\tFørsterisiko 15 000 000\t100 000\t11 260\n\nFørsterisikosummen for Kjeller Vest 6 er avtalt fast og indeksreguleres ikke.\n';
    expect(parse(d).coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'none']);
  });
});

describe('a fixed sum that is not adjusted follows no index', () => {
  const doc = 'Avtalenummer: 5031229870\n\nForsikring\tForsikringssted\tNy sum\nNæringsbygg\tSentrumsvegen 41, 3550 Gol\tkr 18 351 800\nMaskiner og løsøre\tSentrumsvegen 41, 3550 Gol\tkr 4 247 600\nVarer\tSentrumsvegen 41, 3550 Gol\tkr 900 000\n\n';
  it('«Varer er forsikret til fast sum og justeres ikke.»: the goods row', () => {
    expect(parse(`${doc}Varer er forsikret til fast sum og justeres ikke.\n`).coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'maskin_losore', 'none']);
  });
  it('nynorsk «Varelageret har fast sum og vert ikkje regulert.»', () => {
    expect(parse(`${doc}Varene har fast sum og vert ikkje regulert.\n`).coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'maskin_losore', 'none']);
  });
  it('«justeres ikke» with no fixed sum and no index named changes nothing', () => {
    expect(parse(`${doc}Egenandelen justeres ikke.\n`).coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'maskin_losore', 'varer']);
  });
});

describe('«justeres ikke» under the index rates', () => {
  it('«Summer for varer, driftstap og ansvar justeres ikke.» under the rates makes the goods’ row none', () => {
    // (a renewal letter: «Indeksregulering av forsikringssummer» / «- Bygninger: 3,9 %» / «Summer for varer … justeres ikke.»)
    const p = parse(
      'Fornyelse av bedriftsforsikringen\n\nFornyelsen gjelder fra 1. januar 2027.\n\nIndeksregulering av forsikringssummer\n' +
        'Fra 1. januar 2027 økes summene slik:\n  - Bygninger:                  4,1 %\n  - Maskiner og løsøre:         3,0 %\nSummer for varer og driftstap justeres ikke.\n\n' +
        'Forsikring           Forsikringssum      Egenandel     Pris per år\nMaskiner og løsøre   kr 900 000          kr 10 000     kr 3 100\nVarer                kr 300 000          kr 10 000     kr 990\n',
    );
    expect(p.coverages?.find((c) => c.product === 'Varer')?.index_class).toBe('none');
    expect(p.coverages?.find((c) => c.product === 'Maskiner og løsøre')?.index_class).toBe('maskin_losore');
  });
});

describe('a list of things and the first-risk sums not index-regulated', () => {
  // a business renewal's index paragraph: «Varer, ansvarssummer, driftstap og summer på førsterisiko indeksreguleres ikke.» over a
  // table «Næringsbygg» whose last row is a sign's first-risk sum
  const doc = [
    'Avtalenummer 7731 0284',
    '',
    'Lager, driftstap og summer på førsterisiko indeksreguleres ikke.',
    '',
    'Næringsbygg',
    'Forsikringssted                     Forsikringsform   Forsikringssum   Egenandel   Årspremie',
    'Industrivegen 3, 2816 Gjøvik        Fullverdi             22 400 000      20 000      18 100',
    'Industrivegen 3, 2816 Gjøvik        Førsterisiko             800 000      20 000         910',
  ].join('\n');
  it('the first-risk row is `none`, the building at full value keeps its index', () => {
    const p = parse(doc);
    expect(p.coverages?.map((c) => c.index_class)).toEqual(['bygninger', 'none']);
  });
});
