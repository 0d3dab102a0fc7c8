import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\n';

describe('coverages stated in sentences', () => {
  it('«Forsikringssummen er kr …, egenandelen kr …, og prisen for ett år kr …» under a «Forsikringsbevis X» title', () => {
    const p = parse(`${HEAD}Forsikringsbevis Bedriftsansvar\nForsikringen dekker ansvar. Forsikringssummen er kr 10 000 000 for hver skade, egenandelen kr 10 000, og prisen for ett år kr 6 240.\n`);
    expect(p.coverages).toEqual([{ product: 'Bedriftsansvar', sum: '10000000', deductible: '10000', premium: '6240', index_class: 'none' }]);
  });
  it('«… i Myrvegen 8, 6240 Ørskog er forsikret til fullverdi. Egenandelen er kr 15 000.»: the place, no sum', () => {
    const p = parse(`${HEAD}Forsikringsbevis Næringsbygg\nBygningen i Myrvegen 8, 6240 Ørskog er forsikret til fullverdi. Egenandelen er kr 15 000. Premien er kr 22 480 for ett år.\n`);
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', object: 'Myrvegen 8, 6240 Ørskog', deductible: '15000', premium: '22480', index_class: 'bygninger' }]);
  });
  it('a figure with no role word is a warning with its line, not a guess', () => {
    const p = parse(`${HEAD}Forsikringsbevis Næringsbygg\nEgenandelen er kr 15 000, og i tillegg kr 5 000 ved innbrudd.\n`);
    expect(p.coverages?.[0]?.deductible).toBe('15000');
    expect(p.warnings?.some((w) => w.includes('line 4') && w.includes('kr 5 000'))).toBe(true);
  });
  it('a sentence that changes a figure is not a coverage', () => {
    const p = parse(`${HEAD}Forsikringsbevis Næringsbygg\nEgenandelen går fra kr 6 000 til kr 8 000 fra hovedforfall.\n`);
    expect(p.coverages).toBeUndefined();
  });
});

describe('a schedule written one sentence per object: the thing, its place, «er forsikra/forsikret»', () => {
  it('nynorsk «Våningshuset i Hovlandsvegen 41 er forsikra til fullverdi med eigendel kr 8 000, og årspremien er kr 6 420.»', () => {
    const p = parse(`${HEAD}Våningshuset i Hovlandsvegen 41 er forsikra til fullverdi med eigendel kr 8 000, og årspremien er kr 6 420.\nDriftsbygningen i Hovlandsvegen 41 er forsikra for kr 9 400 000 med eigendel kr 10 000, og årspremien er kr 11 870.\n`);
    expect(p.coverages).toEqual([
      { product: 'Våningshus', object: 'Hovlandsvegen 41', index_class: 'bygninger', deductible: '8000', premium: '6420', note: 'Fullverdi' },
      { product: 'Driftsbygning', object: 'Hovlandsvegen 41', index_class: 'bygninger', sum: '9400000', deductible: '10000', premium: '11870' },
    ]);
    expect(p.warnings).toEqual([]);
  });
  it('bokmål «Bolighuset i Storgata 5, 3610 Kongsberg er forsikret til fullverdi med egenandel kr 10 000, årspremie kr 9 120.»', () => {
    const p = parse(`${HEAD}Bolighuset i Storgata 5, 3610 Kongsberg er forsikret til fullverdi med egenandel kr 10 000, årspremie kr 9 120.\n`);
    expect(p.coverages).toEqual([{ product: 'Bolighus', object: 'Storgata 5, 3610 Kongsberg', index_class: 'bygninger', deductible: '10000', premium: '9120', note: 'Fullverdi' }]);
  });
  it('«Driftsbygningen (fjøs og løe) i Bergsveinvegen 112 har forsikringssum kr 7 850 000, eigendel kr 10 000 og årspremie kr 14 236.»: «har», a bracket after the thing', () => {
    const p = parse(`${HEAD}Driftsbygningen (fjøs og løe) i Bergsveinvegen 112 har forsikringssum kr 7 850 000,\neigendel kr 10 000 og årspremie kr 14 236.\n`);
    expect(p.coverages).toEqual([{ product: 'Driftsbygning', object: 'Bergsveinvegen 112', index_class: 'bygninger', sum: '7850000', deductible: '10000', premium: '14236' }]);
  });
  it('«Innbu og lausøyre er forsikra for kr 1 400 000 med eigendel kr 6 000; årspremien er kr 3 118.»: a thing with no place, in a renewal letter', () => {
    const p = parse(
      `GARDSFORSIKRING – FORNYING FOR 2026\n${HEAD}Forsikringane dykkar frå 1. januar 2026\nInnbu og lausøyre er forsikra for kr 1 400 000 med eigendel kr 6 000; årspremien er kr 3 118.\nDriftslausøyre og maskinar har forsikringssum kr 2 260 000, eigendel kr 10 000 og\nårspremie kr 6 905.\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Innbu og lausøyre', index_class: 'innbo', sum: '1400000', deductible: '6000', premium: '3118' },
      { product: 'Driftslausøyre og maskinar', index_class: 'maskin_losore', sum: '2260000', deductible: '10000', premium: '6905' },
    ]);
    // (a sentence that states a deductible among its figures is no change of one)
    expect(p.warnings).toEqual([]);
  });
  it('a sentence of a coverage\'s figures whose thing no rule can tell is a warning, in a letter or not', () => {
    for (const head of ['', 'FORNYING 2026\n']) {
      const p = parse(`${head}${HEAD}Eigendel\nVi har eigendel kr 6 000 og premie kr 3 000 for dette.\n`);
      expect(p.coverages ?? []).toEqual([]);
      expect(p.warnings?.some((w) => w.includes('could not read the coverage in «Vi har eigendel kr 6 000'))).toBe(true);
    }
  });
  it('a line with a change beside a sentence of figures is still read as the change', () => {
    const p = parse(`FORNYING 2026\n${HEAD}Eigendel\nEigendelen aukar til kr 8 000 for nokre skadar. Vi har forsikringssum kr 100 000 og eigendel kr 5 000.\n`);
    expect(p.deductible_changes?.[0]?.new).toEqual(['8000']);
  });
  it('«Forsikringen har egenandel kr 4 000» names no thing: no coverage of its own', () => {
    expect(parse(`${HEAD}Forsikringen har egenandel kr 4 000.\n`).coverages ?? []).toEqual([]);
  });
  it('a subject that names no product («Kari i Storgata 5 er forsikret …») starts no coverage', () => {
    expect(parse(`${HEAD}Kari i Storgata 5 er forsikret med egenandel kr 4 000.\n`).coverages ?? []).toEqual([]);
  });
});

describe('a sentence that opens with the insured thing and a verb, and states its figures', () => {
  // «Driftsavbrudd har du med en forsikringssum på kr 2 400 000 og en ansvarstid på 12 måneder; prisen for den er kr 4 260.»
  it('«X har du med en forsikringssum på kr …; prisen for den er kr …»', () => {
    const p = parse(`${HEAD}Hytteforsikringen har du med en forsikringssum på kr 1 900 000 og en egenandel på kr 8 000; prisen for den er kr 3 450.\n`);
    expect(p.coverages).toEqual([{ product: 'Hytteforsikring', index_class: 'bygninger', sum: '1900000', deductible: '8000', premium: '3450' }]);
  });
  // «Innbo Super er tegnet for boligen din i Jernbaneveien 16, 2010 Strømmen, med forsikringssum 1 000 000 kroner og egenandel 3 000 kroner. Den koster 3 012 kroner per år, …»
  it('a product of two words, its place in the sentence, and «Den koster …» after it in the paragraph', () => {
    const p = parse(`${HEAD}Innbo Standard er tegnet for leiligheten din i Fjellveien 3, 5019 Bergen, med forsikringssum 600 000 kroner og egenandel 4 000 kroner. Den koster 1 980 kroner per år.\n`);
    // (the cover level after the product's name is its coverage, as everywhere)
    expect(p.coverages).toEqual([{ product: 'Innbo', coverage: 'Standard', object: 'Fjellveien 3, 5019 Bergen', index_class: 'innbo', sum: '600000', deductible: '4000', premium: '1980' }]);
  });
  // «Prisen for ulykkesforsikringen er 1 488 kroner per år.»
  it('«Prisen for X-en er …»: the product after «for», in its base form', () => {
    const p = parse(`${HEAD}Prisen for reiseforsikringen er 1 650 kroner per år.\n`);
    expect(p.coverages).toEqual([{ product: 'Reiseforsikring', index_class: 'none', premium: '1650' }]);
  });
  it('a figure after no role word, or a thing no table knows, starts no coverage', () => {
    expect(parse(`${HEAD}Hytteforsikringen har du med kr 1 900 000 og egenandel kr 8 000.\n`).coverages ?? []).toEqual([]);
    expect(parse(`${HEAD}Egenandelen er 500 kroner og prisen er 2 640 kroner.\n`).coverages ?? []).toEqual([]);
  });
  // «Innboet ditt på samme adresse er forsikret med Innboforsikring for kr 900 000. Egenandelen er kr 3 000, og årsprisen er kr 2 745.»,
  // «Reiseforsikringen din er Reise Familie med verdensdekning. … Egenandelen er 500 kroner …, og prisen er 2 640 kroner per år.»
  it('a paragraph about one cover: its sentence of figures with no product of its own is that cover\'s', () => {
    const p = parse(`${HEAD}Hytta di på Fjellstul er forsikret med Hytteforsikring til fullverdi.\nEgenandelen er kr 8 000, og årsprisen er kr 3 120.\n\nReiseforsikringen din er Reise Familie. Den gjelder på reiser inntil 60 dager. Egenandelen er 1 000 kroner, og prisen er 2 150 kroner per år.\n`);
    expect(p.coverages).toEqual([
      { product: 'Hytteforsikring', index_class: 'bygninger', deductible: '8000', premium: '3120' },
      { product: 'Reise Familie', index_class: 'none', deductible: '1000', premium: '2150' },
    ]);
    expect(p.deductible_changes ?? []).toEqual([]);
  });
  // «Egenandelen er 500 kroner per skadetilfelle, og prisen er 2 640 kroner per år.» (a letter that confirms the covers)
  it('a sentence of a cover\'s figures as they are is no deductible change', () => {
    const p = parse('Bekreftelse på forsikringene dine\n\nForsikringsnummer 55501234\n\nReiseforsikringen din gjelder på reiser inntil 45 dager. Egenandelen er 500 kroner per skadetilfelle, og prisen er 2 180 kroner per år.\n');
    expect(p.deductible_changes ?? []).toEqual([]);
  });
});

describe('a certificate in sentences under a title set in cells', () => {
  it('«Dekning Kasko.» names the cover; sentences set apart by a gap are prose, not a row', () => {
    const p = parse(['Forsikringsbevis  Køyretøy                 Forsikringsnummer 3301927', '', 'Bilar etter vedlagd liste (12 bilar). Dekning Kasko.', 'Eigendel kasko kr 6 000.  Årspris kr 94 200.'].join('\n'));
    expect(p.coverages).toEqual([{ product: 'Køyretøy', coverage: 'Kasko', deductible: '6000', premium: '94200', index_class: 'none' }]);
  });
});

describe('an e-mail that names the products held and then their sums by the thing', () => {
  const MAIL =
    'Fra: Kundeservice <post@selskap.no>\nEmne: Fornyelse\n\nHei,\n\nDu har husforsikring og innboforsikring hos oss på adressen Fjordgata 3, 7010 Trondheim. ' +
    'Forsikringene fornyes 01.01.2027.\n\nHuset ditt er forsikret for kr 4 650 000, og innboet for kr 900 000. Premien står på fakturaen.\n';

  it('«Huset ditt er forsikret for kr 4 650 000, og innboet for kr 900 000» gives each held product of the thing\'s class its sum, at the place named', () => {
    expect(parse(MAIL).coverages).toEqual([
      { product: 'Husforsikring', object: 'Fjordgata 3, 7010 Trondheim', index_class: 'bygninger', sum: '4650000' },
      { product: 'Innboforsikring', object: 'Fjordgata 3, 7010 Trondheim', index_class: 'innbo', sum: '900000' },
    ]);
  });

  it('without the sentence naming the products held, the sums are not read here', () => {
    expect(parse(`${HEAD}Hei,\n\nHuset ditt er forsikret for kr 4 650 000, og innboet for kr 900 000.\n`).coverages?.some((c) => c.sum === '900000') ?? false).toBe(false);
  });

  it('a thing whose class names two held products gives neither its sum', () => {
    const p = parse(`${HEAD}Du har husforsikring og hytteforsikring hos oss.\n\nHuset ditt er forsikret for kr 4 650 000.\n`);
    expect(p.coverages?.some((c) => c.sum === '4650000') ?? false).toBe(false);
  });
});

describe('sentences under a product\'s own heading, each figure after its label', () => {
  // 71/klp-arsoversikt-2025: «Husforsikring» over «Du har husforsikring for Fjellstien 6, 7049 Trondheim, med forsikringssum
  // kr 6 200 000 og egenandel kr 10 000. Betalt premie for 2025 var kr 8 916.»
  it('the heading names the product, the address after «for» the object, «Betalt premie … var» the premium', () => {
    const p = parse(`${HEAD}Husforsikring\nDu har husforsikring for Lia 4, 2850 Lena, med forsikringssum\nkr 5 100 000 og egenandel kr 8 000. Betalt premie for 2026 var kr 7 910.\n`);
    expect(p.coverages).toEqual([{ product: 'Husforsikring', object: 'Lia 4, 2850 Lena', sum: '5100000', deductible: '8000', premium: '7910', index_class: 'bygninger' }]);
  });
  // 71/klp-arsoversikt-2025: «Innboforsikring» over «Innboet i Fjellstien 6, 7049 Trondheim er forsikret for kr 1 000 000 med egenandel kr 4 000.»
  it('the thing the sentence opens with is the heading\'s product\'s: one coverage, named by the heading', () => {
    const p = parse(`${HEAD}Innboforsikring\nInnboet i Lia 4, 2850 Lena er forsikret for kr 900 000 med\negenandel kr 4 000. Betalt premie for 2026 var kr 2 110.\n`);
    expect(p.coverages).toEqual([{ product: 'Innboforsikring', object: 'Lia 4, 2850 Lena', sum: '900000', deductible: '4000', premium: '2110', index_class: 'innbo' }]);
  });
  // 71/klp-arsoversikt-2025: «Bilforsikring» over «Bilen din, … har kasko med egenandel kr 6 000.»; «Det er ingen egenandel.»
  it('«har kasko» names the cover level; «Det er ingen egenandel.» beside a read figure is a deductible of 0; a total is no cover\'s', () => {
    const p = parse(`${HEAD}Bilforsikring\nBilen din, Volvo V60 med registreringsnummer EL 44120, har kasko med egenandel kr 6 000. Betalt premie for 2026 var kr 6 930.\n\nReiseforsikring\nReiseforsikringen gjelder hele familien. Det er ingen egenandel. Betalt premie for 2026 var kr 1 790.\n\nTotalt betalt i 2026: kr 8 720\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.deductible, c.premium])).toEqual([
      ['Bilforsikring', 'Kasko', '6000', '6930'],
      ['Reiseforsikring', undefined, '0', '1790'],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a thing\'s sentence: a possessive before it, «for fullverdi», «samme sted», and its next sentence of figures', () => {
  // 69/jernbanepersonalets-fornyelse-privat-2026: «Ditt hus i Stasjonsveien 8, 2380 Brumunddal, er forsikret for fullverdi med en
  // egenandel på kr 6 000, og årspremien blir kr 10 284. Innboet samme sted er forsikret for kr 1 050 000 med egenandel kr 4 000 og årspremie kr 2 910.»
  it('«Ditt hus i …, er forsikret for fullverdi …»: the thing, its place, no sum — and no change of its deductible', () => {
    const p = parse(`${HEAD}Ditt hus i Lia 4, 2850 Lena, er forsikret for fullverdi med en egenandel på kr 8 000, og årspremien blir kr 9 120. Innboet samme sted er forsikret for kr 900 000 med egenandel kr 4 000 og årspremie kr 2 300.\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Hus', 'Lia 4, 2850 Lena', undefined, '8000', '9120'],
      ['Innbo', undefined, '900000', '4000', '2300'],
    ]);
    expect(p.deductible_changes).toBeUndefined();
  });
  // 52/knif-trygghet-menighet-forsikringsbevis-2026: «Kirkebygget i Agnefestveien 2, 4580 Lyngdal er forsikret til en sum av kr 28 700 000
  // med egenandel kr 10 000. Årlig premie er kr 21 525.»
  it('a sentence of figures alone after the thing\'s sentence, in its paragraph, is that thing\'s', () => {
    const p = parse(`${HEAD}Hva er forsikret?\n\nMenighetshuset i Kirkevegen 3, 4580 Lyngdal er forsikret til en sum av\nkr 9 800 000 med egenandel kr 10 000. Årlig premie er kr 7 840.\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.sum, c.deductible, c.premium])).toEqual([['Menighetshus', 'Kirkevegen 3, 4580 Lyngdal', '9800000', '10000', '7840']]);
  });
});

describe('last year\'s figure in brackets', () => {
  // 47/sunnfjord-branntrygdelag-indeksbrev-2026: «Løa på same stad er forsikra for kr 2 186 000 (i 2025: kr 2 110 000), med eigendel kr 10 000 og årspremie kr 3 304.»
  it('«(i 2025: kr 2 110 000)» is no figure of the cover now, and no figure of unknown role', () => {
    const p = parse(`${HEAD}Løa på same stad er forsikra for kr 1 900 000 (i 2025: kr 1 840 000), med eigendel kr 10 000 og årspremie kr 2 870.\n`);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium])).toEqual([['Løa', '1900000', '10000', '2870']]);
    expect(p.warnings?.some((w) => w.includes('1 840 000') && w.includes('could not tell'))).toBeFalsy();
  });
});

describe('a product named in a sentence, each figure by its own label before or after it', () => {
  // 75/klp-fornyelse-bil-innbo: «Innboforsikringen for Tyttebærstien 4, 9020 Tromsdalen har en forsikringssum på 750 000
  // kroner og 4 000 kroner i egenandel. Den koster 2 496 kroner i året.»
  it('«… har en forsikringssum på N kroner og N kroner i egenandel. Den koster N kroner i året.»', () => {
    const p = parse(`${HEAD}Innboforsikringen for Lerkeveien 12, 3015 Drammen har en forsikringssum på 900 000 kroner og 3 000 kroner i egenandel. Den koster 2 712 kroner i året.\n`);
    expect(p.coverages).toEqual([{ product: 'Innboforsikring', object: 'Lerkeveien 12, 3015 Drammen', sum: '900000', deductible: '3000', premium: '2712', index_class: 'innbo' }]);
  });
  // «Husforsikringen for samme adresse er tegnet til fullverdi med 8 000 kroner i egenandel og koster 9 204 kroner i året.»
  it('«… er tegnet til fullverdi med N kroner i egenandel og koster N kroner i året»: no sum, the verb places the premium', () => {
    const p = parse(`${HEAD}Husforsikringen for samme adresse er tegnet til fullverdi med 10 000 kroner i egenandel og koster 8 450 kroner i året.\n`);
    expect(p.coverages?.[0]).toMatchObject({ product: 'Husforsikring', deductible: '10000', premium: '8450' });
    expect(p.coverages?.[0]?.sum).toBeUndefined();
  });
  // «Bilforsikringen for Toyota Corolla Touring Sports (ZV 60219) har dekningen Kasko og 6 000 kroner i egenandel. Den koster 5 880 kroner i året.»
  it('«Bilforsikringen for … har dekningen Kasko og N kroner i egenandel»: the level, one figure, and the premium in the next sentence', () => {
    const p = parse(`${HEAD}Bilforsikringen for Skoda Octavia (EB 41822) har dekningen Delkasko og 4 000 kroner i egenandel. Den koster 3 960 kroner i året.\n`);
    expect(p.coverages).toEqual([{ product: 'Bilforsikring', coverage: 'Delkasko', deductible: '4000', premium: '3960', index_class: 'none' }]);
  });
  it('an amount with no label of its own is not read, and warned', () => {
    const p = parse(`${HEAD}Innboforsikringen for Lerkeveien 12, 3015 Drammen har en forsikringssum på 900 000 kroner og 3 000 kroner i egenandel, og 500 kroner ekstra.\n`);
    expect(p.coverages?.[0]?.sum).toBe('900000');
    expect(p.warnings?.some((w) => w.includes('500 kroner'))).toBe(true);
  });
  // 48/frende-reiseforsikring-forsikringsbevis: «Leigebil» over «Eigenandel ved skade på leigebil er dekt med inntil 10 000 kr.»: a limit, no deductible
  it('«… er dekt med inntil 10 000 kr»: an amount after «inntil» is a limit, not the deductible its sentence names', () => {
    const p = parse(`${HEAD}Leiebil\nEgenandel ved skade på leiebil er dekket med inntil 8 000 kr.\n`);
    expect(p.coverages?.some((c) => c.deductible === '8000')).not.toBe(true);
  });
});

describe('a deductible of one kind of damage', () => {
  // 80/gjensidige-landbruk-forsikringsbevis-2025: «- Landbruksansvar: Egenandel ved skade på leid eller lånt ting er kr 20 000.»
  it('«Egenandel ved …» under special terms is no deductible of the cover', () => {
    const doc = 'Forsikringsbevis\nAvtalenummer: 5521 0934\n\nSærlige vilkår\n- Gårdsansvar: Egenandel ved skade på lånte maskiner er kr 25 000.\n';
    expect(parse(doc).coverages?.some((c) => c.deductible === '25000')).not.toBe(true);
  });
  // a commercial certificate's notes under a product: «Bedriftsansvar» over «- Ved skade på ting som sikrede har til
  // bearbeidelse er egenandelen kr 30 000.» — the damage said first, then the deductible
  it('«Ved skade på … er egenandelen kr …» under a product is no deductible of the cover', () => {
    const doc = 'Forsikringsbevis\nAvtalenummer: 5521 0934\n\nMerknader\n\nProduktansvar\n - Ved skade på varer under transport er egenandelen kr 40 000.\n';
    expect(parse(doc).coverages?.some((c) => c.deductible === '40000')).not.toBe(true);
  });
});

describe('a letter that confirms its covers in sentences: the cover as the subject, its limit, its deductible', () => {
  const LETTER = 'Forsikringsbevis for ansvarsforsikring – polisenummer NO-LIA-25-00871\n\n';
  it('«Bedriftsansvaret er forsikret med NOK …, og egenandelen er NOK …», «… er med inntil NOK … med en egenandel på NOK …», «Rettshjelp ved tvist … er dekket med inntil …, egenandel …»', () => {
    const p = parse(
      `${LETTER}Bedriftsansvaret er forsikret med NOK 20 000 000 per skadetilfelle, og egenandelen er\nNOK 25 000 per skade. Tilbakekallingskostnader er med inntil NOK 2 000 000 per\nforsikringsår med en egenandel på NOK 100 000. Rettshjelp ved tvist med tredjemann er\ndekket med inntil NOK 250 000, egenandel NOK 10 000.\n`,
    );
    expect(p.coverages).toEqual([
      { product: 'Bedriftsansvar', sum: '20000000', deductible: '25000', index_class: 'none' },
      { product: 'Tilbakekallingskostnader', sum: '2000000', deductible: '100000', index_class: 'none' },
      { product: 'Rettshjelp', sum: '250000', deductible: '10000', index_class: 'none' },
    ]);
    // (a sentence that states a deductible is no change of one, and an amount after «egenandel på» is no product)
    expect(p.deductible_changes).toBeUndefined();
  });
  it('another order and other verbs: «Produktansvaret har samme forsikringssum, NOK …», «Kriminalitet dekkes med opptil kr …», nynorsk «er dekt med inntil»', () => {
    const p = parse(`${LETTER}Produktansvaret har samme forsikringssum, NOK 10 000 000 per skadetilfelle og samlet per år.\nKriminalitet dekkes med opptil kr 1 500 000 per forsikringsår, og egenandelen er kr 50 000.\nRettshjelp er dekt med inntil kr 100 000 og eigenandelen kr 5 000.\n`);
    expect(p.coverages).toEqual([
      { product: 'Produktansvar', sum: '10000000', index_class: 'none' },
      { product: 'Kriminalitet', sum: '1500000', deductible: '50000', index_class: 'none' },
      { product: 'Rettshjelp', sum: '100000', deductible: '5000', index_class: 'none' },
    ]);
  });
  it('a figure first with no role («Omsetningen er NOK 186 000 000»), or «forsikret med egenandel kr …», is no cover\'s limit', () => {
    const p = parse(`${LETTER}Bedriftsansvaret gjelder for en omsetning på NOK 186 000 000 per år.\nBedriftsansvaret er forsikret med egenandel kr 10 000.\n`);
    expect(p.coverages?.some((c) => c.sum !== undefined) ?? false).toBe(false);
  });
  it('the change beside the covers: «Egenandelen for produktansvar var tidligere NOK 25 000; fra denne perioden økes den til NOK 50 000»', () => {
    const p = parse(
      `${LETTER}Bedriftsansvaret er forsikret med NOK 20 000 000 per skadetilfelle, og egenandelen er NOK 25 000 per skade. Egenandelen for produktansvar var tidligere NOK 25 000; fra denne perioden økes den til NOK 50 000 per skade.\n`,
    );
    expect(p.coverages).toEqual([{ product: 'Bedriftsansvar', sum: '20000000', deductible: '25000', index_class: 'none' }]);
    expect(p.deductible_changes?.map((c) => [c.product, c.old, c.new])).toEqual([['Produktansvar', ['25000'], ['50000']]]);
  });
  it('the period «Forsikringsperioden løper fra 1. juli 2025 til 30. juni 2026» gives the renewal date', () => {
    const p = parse(`${LETTER}Forsikringsperioden løper fra 1. juli 2025 til 30. juni\n2026, og avtalen fornyes deretter for ett år om gangen.\n`);
    expect(p.renewal_date).toBe('2025-07-01');
  });
});

describe('a figure in millions in a sentence of figures', () => {
  it('«NOK 1,25 mill.» is never read as 1 krone', () => {
    // («- Formuestap – forsikringssum NOK 1,25 mill. - egenandel 50 000 kr»: a list item whose sum is in millions)
    const p = parse('Forsikringsbevis\n\nPolisenummer: 55-1020\n\n- Formuestap – forsikringssum NOK 1,75 mill. - egenandel 40 000 kr\n');
    expect(JSON.stringify(p.coverages ?? [])).not.toContain('"sum":"1"');
  });
});
