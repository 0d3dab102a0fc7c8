import { describe, expect, it } from 'vitest';
import { englishColumnOut, follows, isTranslation, slashTranslationsOut, tailTranslationOut, translatesAbove, translationsOut } from './translations.js';

const out = (s: string): string => slashTranslationsOut(s).text;
const lines = (...raws: string[]): Array<{ page: number; line: number; raw: string; under?: number }> => raws.map((raw, k) => ({ page: 1, line: k + 1, raw }));

describe('slashTranslationsOut', () => {
  it.each([
    // test/corpus/docs/zurich-tospraklig-skraastrek-megler-2027.txt
    ['Forsikringsperiode / Period of insurance: 01.01.2027 - 31.12.2027', 'Forsikringsperiode: 01.01.2027 - 31.12.2027'],
    ['Polisenummer / Policy number:             ZNO-7718 2204', 'Polisenummer:             ZNO-7718 2204'],
    ['Bygning / Building | Lagerveien 12, 4313 Sandnes | NOK 86 000 000', 'Bygning | Lagerveien 12, 4313 Sandnes | NOK 86 000 000'],
    ['Forsikringsbevis / Policy Schedule – Næringsliv / Commercial', 'Forsikringsbevis – Næringsliv'],
    ['Driftstap / Business interruption | Lagerveien 12', 'Driftstap | Lagerveien 12'],
    // test/corpus/docs/lloyds-coverholder-tospraklig-bevis-2027.txt
    ['   Forsikringssum / Limit of indemnity:   NOK 5 000 000', '   Forsikringssum:   NOK 5 000 000'],
    ['Total premie / Total premium:             NOK 61 000', 'Total premie:             NOK 61 000'],
    // English first, the Norwegian after the slash (test/corpus/docs/aig-megler-engelsk-forst-tospraklig-2027.txt)
    // (each cell keeps its place: the English taken out before a cell's Norwegian leaves blanks after it)
    ['Cover / Dekning              Sum insured / Forsikringssum   Deductible / Egenandel   Premium / Premie', 'Dekning                      Forsikringssum                 Egenandel                Premie'],
    ['Cover / Dekning              Limit / Forsikringssum         Deductible / Egenandel', 'Dekning                      Forsikringssum                 Egenandel'],
    ['   Location / Forsikringssted: Kanalgata 9, 1531 Moss', '   Forsikringssted: Kanalgata 9, 1531 Moss'],
    ['2. GENERAL LIABILITY / ANSVAR', '2. ANSVAR'],
    ['Policy no. / Polisenummer:        NO-AIG-PL-55120', 'Polisenummer:        NO-AIG-PL-55120'],
    // a dot leader after the translation, to the figure (test/corpus/docs/tryg-tospraklig-prikkleder-2027.txt)
    ['      Forsikringssum / Sum insured ........ 64 000 000', '      Forsikringssum ........ 64 000 000'],
    ['      Tilleggserstatning ved død / Additional death benefit ... 10 G', '      Tilleggserstatning ved død ... 10 G'],
    ['   Antall ansatte / Number of employees: 42', '   Antall ansatte: 42'],
    ['   Årsverk / Full-time equivalents:      38,5', '   Årsverk:      38,5'],
    ["   Yrkesskade / Workers' compensation (lovbestemt / statutory)", '   Yrkesskade (lovbestemt)'],
    // a private customer's bilingual certificate: the place's label and the products, translated
    ['  Forsikringssted / Insured address:  Tollbugata 3, 8006 Bodø', '  Forsikringssted:  Tollbugata 3, 8006 Bodø'],
    ['Innbo / Home contents', 'Innbo'],
    ['Reise Europa / Travel Europe', 'Reise Europa'],
    ['  Reisesyke / Medical expenses:       Etter regning', '  Reisesyke:       Etter regning'],
  ])('takes the English out of «%s»', (input, want) => {
    expect(out(input)).toBe(want);
  });

  it.each([
    ['a slash between Norwegian words', 'Innbo / løsøre: kr 500 000'],
    ['a price per year', 'kr 500 / år'],
    ['a word Norwegian writes too', 'Ansvar / Cyber: kr 2 000 000'],
    ['English that goes on into a sentence', 'Alle beløp i NOK. / All amounts in NOK.'],
    ['a name with its own number', "Enkelte assurandører ved Lloyd's, syndikat 2288 / Certain Underwriters at Lloyd's, Syndicate 2288"],
    ['a value, not a cell of labels, before the slash', 'Warehouse and distribution / Lager og distribusjon'],
  ])('keeps %s', (_name, input) => {
    expect(out(input)).toBe(input);
  });
});

describe('translatesAbove', () => {
  it.each(['Policyholder', 'Period of insurance', 'Cover                         Sum insured         Deductible     Premium', 'Machinery and contents', 'Buildings'])(
    'is true of «%s» (test/corpus/docs/hdi-tospraklig-polise-to-linjers-ledetekster-2027.txt)',
    (raw) => expect(translatesAbove(raw)).toBe(true),
  );
  it.each(['Cyber', 'Sum', 'Bygning', 'Forsikringssum insured', 'Stock 2 000'])('is false of «%s»', (raw) => expect(translatesAbove(raw)).toBe(false));
  it('needs an English word that is not Norwegian too', () => {
    expect(isTranslation(['Total'])).toBe(false);
    expect(isTranslation(['Total', 'premium'])).toBe(true);
  });
});

describe('translationsOut', () => {
  it('leaves the translation lines out, the line under one following the line above it', () => {
    const got = translationsOut(lines('Forsikringstaker    Vestby Plastindustri AS', 'Policyholder', 'Polisenummer        NO-PR-04 71552-27', 'Policy number'));
    expect(got.map((l) => [l.line, l.raw, l.under])).toEqual([
      [1, 'Forsikringstaker    Vestby Plastindustri AS', undefined],
      [3, 'Polisenummer        NO-PR-04 71552-27', 1],
    ]);
    expect(follows(got[0]!, got[1]!)).toBe(true);
  });

  it('changes nothing in a document that translates once', () => {
    const l = lines('Bygning    kr 5 000 000', 'Buildings', 'Innbo      kr 800 000');
    expect(translationsOut(l)).toBe(l);
  });

  it('keeps two lines of English: the text is its own, not a translation', () => {
    const got = translationsOut(lines('Forsikringstaker / Policyholder: Ola AS', 'Dekning', 'Buildings', 'Machinery and contents', 'Premie / Premium: 3 000'));
    expect(got.map((l) => l.raw)).toEqual(['Forsikringstaker: Ola AS', 'Dekning', 'Buildings', 'Machinery and contents', 'Premie: 3 000']);
  });
});

describe('tailTranslationOut', () => {
  // test/corpus/pdf/hdi-tospraklig-polise-to-linjers-ledetekster-2027.rowpitch.pdf: the English under the Norwegian, joined as a wrapped cell
  it.each([
    ['Bygning Buildings', 'Bygning'],
    ['Forsikringstaker Policyholder', 'Forsikringstaker'],
    ['Maskiner og inventar Machinery and contents', 'Maskiner og inventar'],
    ['Polisenummer Policy number', 'Polisenummer'],
  ])('«%s» → «%s»', (cell, want) => expect(tailTranslationOut(cell)).toBe(want));
  it.each(['Ansvar Cyber', 'Product liability', 'Reise og ulykke', 'Ansvar for produkt'])('keeps «%s»', (cell) => {
    expect(tailTranslationOut(cell)).toBe(cell);
  });
});

describe('a Norwegian-first schedule set in columns (private-holdout51/if-eiendom-forsikringsbevis-tospraklig)', () => {
  // «Produkt / Product   Forsikringssted / Location   Forsikringssum / Sum   Egenandel / Deductible   Premie / Premium»
  it('keeps a column header over its rows: the translation before a column gap stays as spaces', () => {
    const h = 'Produkt / Product              Forsikringssted / Location        Forsikringssum / Sum   Egenandel / Deductible';
    const t = out(h);
    expect(t.trimEnd()).toBe('Produkt                        Forsikringssted                   Forsikringssum         Egenandel');
    expect(t.indexOf('Egenandel')).toBe(h.indexOf('Egenandel'));
  });
  it('takes a word Norwegian writes too («Sum») only on a line that translates another label', () => {
    expect(out('Forsikringssum / Sum   Egenandel / Deductible').trimEnd()).toBe('Forsikringssum         Egenandel');
    expect(out('Forsikringssum / Sum')).toBe('Forsikringssum / Sum');
  });
  it('reads «Org.nr. / Reg. No.» and «Kundenummer / Customer No.» as their Norwegian labels', () => {
    expect(out('Org.nr. / Reg. No.                            Kundenummer / Customer No.').trimEnd()).toBe('Org.nr.                                       Kundenummer');
  });
  it('drops «Property owner\'s liability» under «Eierens ansvar /», and the slash that wrapped it', () => {
    const got = translationsOut(lines('Husleietap / Loss of rent      NOK 6 800 000,-', 'Eierens ansvar /               NOK 10 000 000,-', "Property owner's liability", 'Sum premie'));
    expect(got.map((l) => l.raw.trimEnd())).toEqual(['Husleietap                     NOK 6 800 000,-', 'Eierens ansvar                 NOK 10 000 000,-', 'Sum premie']);
  });
});

describe('the English beside its Norwegian across a column gap (private-holdout51/protector-naeringseiendom-policy-bilingual)', () => {
  it('«Polisenummer   Policy number» and a header «Objekt … Premie» over «Object … Premium» are read in Norwegian', () => {
    const got = translationsOut(lines('FORSIKRINGSBEVIS                POLICY SCHEDULE', 'Polisenummer                    Policy number', '1001-204417', 'Objekt      Forsikringssted     Premie', 'Object      Location            Premium'));
    expect(got.map((l) => l.raw)).toEqual(['FORSIKRINGSBEVIS', 'Polisenummer', '1001-204417', 'Objekt      Forsikringssted     Premie']);
  });
  it('keeps a line whose first cell is English, or whose right cell holds a figure', () => {
    expect(translationsOut(lines('Policy number     Polisenummer', 'Forsikringstaker / Policyholder', 'Bygning     Building 2')).map((l) => l.raw)[0]).toBe('Policy number     Polisenummer');
  });
});

describe('a private customer\'s bilingual certificate', () => {
  // himla-like: «Forsikringssted / Insured address:  Møllendalsveien 8, 5009 Bergen», «Pris / Premium:  NOK 1 788 per år / per year»
  it('the English of a place\'s label, a product\'s name and a price\'s period is taken out', () => {
    expect(out('  Forsikringssted / Insured address:  Storgata 4, 0155 Oslo')).toBe('  Forsikringssted:  Storgata 4, 0155 Oslo');
    expect(out('Innbo / Home contents')).toBe('Innbo');
    expect(out('Reise Europa / Travel Europe')).toBe('Reise Europa');
    expect(out('  Reisegods / Baggage:                NOK 30 000')).toBe('  Reisegods:                NOK 30 000');
    expect(out('  Pris / Premium:                     NOK 1 788 per år / per year')).toBe('  Pris:                     NOK 1 788 per år');
    expect(out('Gyldig fra / Valid from:              01.03.2026')).toBe('Gyldig fra:              01.03.2026');
  });
  it('a slash between Norwegian words stays', () => {
    expect(out('Hus / hytte')).toBe('Hus / hytte');
  });
});

describe('an English-first schedule whose Norwegian wraps, and figures written in both languages', () => {
  const at = (rows: string[]) => rows.map((raw, i) => ({ page: 1, line: i + 1, raw }));

  it('sets the Norwegian of a header wrapped under its English in each cell\'s place: «Sum insured /» over «Forsikringssum»', () => {
    const out = translationsOut(at([
      'Cover / Dekning          Sum insured /     Index /   Deductible /',
      '                         Forsikringssum    Indeks    Egenandel',
      'Bygninger / Buildings    MNOK 86,5         Bygning   NOK 100 000',
    ]));
    expect(out.map((l) => l.raw)).toEqual([
      'Dekning                  Forsikringssum    Indeks    Egenandel',
      'Bygninger                MNOK 86,5         Bygning   NOK 100 000',
    ]);
    expect(follows(out[0]!, out[1]!)).toBe(true);
  });

  it('sets a row name\'s Norwegian, set in on the line under, in the name\'s cell; the columns keep their places', () => {
    const out = translationsOut(at([
      'Section / Seksjon            Sum insured / Sum    Deductible / Egenandel',
      'Equipment and contents /     NOK 4 200 000        NOK 50 000',
      '  Maskiner og inventar',
      'Stock (raw goods) / Varer    NOK 900 000          NOK 50 000',
    ]));
    expect(out.map((l) => l.raw)).toEqual([
      'Seksjon                      Sum                  Egenandel',
      'Maskiner og inventar         NOK 4 200 000        NOK 50 000',
      'Varer                        NOK 900 000          NOK 50 000',
    ]);
  });

  it('keeps a first-risk remark of a wrapped translation on the line under the row, in Norwegian', () => {
    const out = translationsOut(at([
      'Glass og skilt / Glass and      NOK 1,25 mill.    NOK 10 000',
      'signs (førsterisiko/first loss)',
      'Varer / Stock                   MNOK 9,8          NOK 100 000',
    ]));
    expect(out.map((l) => l.raw.trimEnd())).toEqual([
      'Glass og skilt                  NOK 1,25 mill.    NOK 10 000',
      '  (førsterisiko)',
      'Varer                           MNOK 9,8          NOK 100 000',
    ]);
  });

  it('reads a figure written in both languages once, in Norwegian', () => {
    expect(slashTranslationsOut('  Bygninger / Buildings ........ 3.7 % / 3,7 %').text).toBe('  Bygninger ........ 3,7 %');
    expect(slashTranslationsOut('  0.08 ‰ (2024: 0.07 ‰) / 0,08 promille (2024: 0,07 promille)').text).toBe('  0,08 promille (2024: 0,07 promille)');
    expect(slashTranslationsOut('Index adjustment / Indeksregulering (from / fra 1 January 2025 / 1. januar 2025):').text).toBe('Indeksregulering (fra 1. januar 2025):');
    expect(slashTranslationsOut('Karenstid   3 dager / 3 days').text).toBe('Karenstid   3 dager');
    // (two figures apart by a slash are no translation of each other: an old and a new deductible, two years)
    expect(slashTranslationsOut('Egenandel   25 000 / 25 000').text).toBe('Egenandel   25 000 / 25 000');
    expect(slashTranslationsOut('Egenandel 2024 / 2025').text).toBe('Egenandel 2024 / 2025');
  });

  it('leaves a field\'s label and value as a field: no column gap kept for the English taken out of the label', () => {
    expect(slashTranslationsOut('Policy number / Polisenummer:        NO-01-PR-220193').text).toBe('Polisenummer:        NO-01-PR-220193');
  });
});

describe('a travel table\'s bilingual cells (the covers of one travel product)', () => {
  it('«Forsinkelse / Delay», «Ubegrenset / Unlimited»: the Norwegian', () => {
    expect(out('Forsinkelse / Delay                               kr 10 000')).toBe('Forsinkelse                                       kr 10 000');
    expect(out('Ubegrenset / Unlimited')).toBe('Ubegrenset');
  });
  it('the translation inside a bracket before the figure both languages share: «(enkeltgjenstand / single item kr 30 000)»', () => {
    expect(out('kr 120 000 (enkeltgjenstand / single item kr 30 000)')).toBe('kr 120 000 (enkeltgjenstand kr 30 000)');
    expect(out('kr 500 000 (barn / children kr 800 000)')).toBe('kr 500 000 (barn kr 800 000)');
  });
});

describe('a row\'s English set in under it, a cell both languages write beside an English one', () => {
  // a travel certificate in two languages: «Avbestilling   60 000 kr   500 kr» over «  Cancellation   per person»,
  // «Sykdom og hjemtransport   Etter regning   Ingen» over «  Illness and repatriation   As invoiced   None»
  it('translates the line above', () => {
    expect(translatesAbove('  Cancellation                   per person')).toBe(true);
    expect(translatesAbove('  Illness and repatriation       As invoiced           None')).toBe(true);
    expect(translatesAbove('  Delay                                                None')).toBe(true);
  });
  it('is no translation where every word is one Norwegian writes too', () => {
    expect(translatesAbove('  per person')).toBe(false);
  });
});

describe('a header\'s English in brackets under it', () => {
  // docs/soderberg-megler-oversikt-privat-engelsk-parentes-2027: two narrow columns' brackets run together, a slash inside one
  it('translates the line above, whole', () => {
    expect(translatesAbove('(Insurance)      (Insurer)     (Policy no.)   (Location / object)     (Sum insured)    (Deductible)(Premium)   (Renewal)')).toBe(true);
  });
});

describe('an English column between the Norwegian name and the sum', () => {
  // a bilingual occupational-injury certificate: «Dekning   Cover   Forsikringssum» over «Tillegg dødsfall   Additional death benefit   10 G»
  const at = (raw: string, line: number) => ({ page: 1, line, raw });
  it('blanks the header\'s English cell and each row\'s under it, the other cells in their places', () => {
    const rows = [
      at('Dekning               Cover                         Forsikringssum', 1),
      at('Invaliditet           Disability                    15 G', 2),
      at('Dødsfall              Death                         5 G', 3),
      at('', 4),
      at('Invaliditet           Disability                    15 G', 5),
    ];
    const out = englishColumnOut(rows).lines.map((l) => l.raw);
    expect(out[1]).toBe('Invaliditet                                         15 G');
    expect(out[2]!.trimEnd()).toBe('Dødsfall                                            5 G');
    expect(out[4]).toBe(rows[4]!.raw);
  });
  it('a Norwegian row under the column ends it', () => {
    const rows = [at('Dekning               Cover                         Forsikringssum', 1), at('Invaliditet           Uførhet                       15 G', 2), at('Dødsfall              Death                         5 G', 3)];
    expect(englishColumnOut(rows).count).toBe(0);
  });
});
