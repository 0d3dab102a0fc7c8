import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';
import { buildUnits } from './units.js';
import { isHeaderRow, isTotal, statesAmount } from './unread.js';
import { norwegianWarning } from './warnings-nb.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)));
const unit = (text: string) => buildUnits(textToSource(text, 'doc.txt', '0'.repeat(64)).lines)[0]!;

/** A schedule exported from a PDF without its layout: one space between columns, page furniture inline. */
const DUMP = [
  'Nordvik Forsikring AS', // 1
  'Forsikringsnummer 77120458', // 2
  'Forsikringsoversikt', // 3
  'Det er avtalt forsikring på følgende', // 4 (names no column: the rows under it are not read)
  'Bygning Sjøgata 4, 8006 Bodø 21 415', // 5
  'Eiendeler Sjøgata 4, 8006 Bodø 4 120', // 6
  'Fortsetter neste side', // 7
  'Side 1 av 2', // 8
  'Ansvar for skade på person og ting 1 760', // 9
  'Forsikringens premie 27 295', // 10
  'Forsikringsbevis Bygning', // 11
  'Forsikringssted Bygning Forsikringssum Egenandel Merknad', // 12 (a column after the figures: not read)
  'Sjøgata 4, 8006 Bodø Forretningsgård, 12 400 000 10 000', // 13
  'Forsikringsbevis Styreansvar', // 14
  'Forsikringssum Egenandel', // 15
  '3 000 000 10 000', // 16
].join('\n');

describe('schedule sections no reader read', () => {
  it('one warning per section, with how many lines of amounts and where; totals and page furniture are not counted', () => {
    const p = parse(DUMP);
    // (a label line over as many amounts is read: «Forsikringssum Egenandel» / «3 000 000 10 000»)
    expect(p.coverages).toEqual([{ product: 'Styreansvar', index_class: 'none', sum: '3000000', deductible: '10000' }]);
    expect(p.warnings).toEqual([
      'line 3: schedule «Forsikringsoversikt»: 3 lines with amounts were not read (lines 5–9)',
      'line 11: schedule «Forsikringsbevis Bygning»: 1 line with amounts was not read (line 13)',
    ]);
  });

  it('a read table gives no warning; a row the table reader stopped at does', () => {
    const read = 'Forsikringsoversikt\nForsikring\tForsikringssum\tEgenandel\tPris\nBygning\tkr 8 000 000\tkr 10 000\tkr 9 100\nInventar\tkr 900 000\tkr 10 000\tkr 1 200\nSum\t\t\tkr 10 300\n';
    expect(parse(read).warnings).toEqual([]);
    const stopped = 'Forsikringsoversikt\nForsikring\tForsikringssum\tEgenandel\tPris\nBygning\tkr 8 000 000\tkr 10 000\tkr 9 100\nInventar kr 900 000 kr 10 000 kr 1 200\nMaskiner kr 400 000 kr 10 000 kr 700\n';
    const p = parse(stopped);
    expect(p.coverages).toHaveLength(1);
    expect(p.warnings).toEqual(['line 1: schedule «Forsikringsoversikt»: 2 lines with amounts were not read (lines 4–5)']);
  });

  it('a header row naming two figure columns begins a table without a heading', () => {
    // (each row short of a cell: not cut to fit the three figure columns)
    const p = parse('Polisenummer: 5520 1183\n\nKjøl og frys\nDekning Forsikringssum Egenandel Årspremie\nKjøle- og fryseskade 1 500 000 10 000\nDriftsavbrudd kjøl 750 000 10 000\n');
    expect(p.warnings).toEqual(['line 4: table «Dekning Forsikringssum Egenandel Årspremie»: 2 lines with amounts were not read (lines 5–6)']);
  });

  it('a table under a product heading the index-class table knows is counted too («Varer» over a header row)', () => {
    const p = parse('Polisenummer: 5520 1183\n\nVarer\nDekning Forsikringssum Egenandel Årspremie\nKjøle- og fryseskade 1 500 000 10 000\nDriftsavbrudd kjøl 750 000 10 000\n');
    expect(p.warnings).toEqual(['line 3: schedule «Varer»: 2 lines with amounts were not read (lines 5–6)']);
  });

  it('a section in prose, read by no rule, is a warning; a remark under a read table is not', () => {
    // (under a heading that names no product: under «Forsikringsbevis Bedriftsansvar» the sentence is read, src/parse/schedule-prose.ts)
    const prose = parse('Polisenummer: 5520 1183\n\nDette er forsikret\nForsikringssummen er kr 10 000 000 for hver skade, egenandelen kr 10 000, og prisen for ett år kr 6 240.\n');
    expect(prose.warnings).toEqual(['line 3: schedule «Dette er forsikret»: 1 line with amounts was not read (line 4)']);
    const remark = parse('Forsikringsoversikt\nForsikring\tForsikringssum\tEgenandel\nBygning\tkr 8 000 000\tkr 10 000\nInventar\tkr 900 000\tkr 10 000\n\nEgenandelen ved naturskade er fastsatt i forskrift og er kr 8 000.\n');
    expect(remark.warnings).toEqual([]);
  });

  it('a table laid out column by column (a PDF dumped without its layout) is one warning', () => {
    const cols = ['Forsikringsoversikt', 'Forsikring', 'Næringsbygg', 'Varer', 'Forsikringssted', 'Kaivegen 3, 6100 Volda', 'Kaivegen 3, 6100 Volda', 'Forsikringssum', 'kr 38 700 000', 'kr 2 800 000', 'Årspremie', 'kr 41 880', 'kr 3 960', 'Sum årspremie kr 45 840'];
    expect(parse(`Avtalenummer: 4410-2287\n${cols.join('\n')}\n`).warnings).toEqual(['line 2: schedule «Forsikringsoversikt»: 4 lines with amounts were not read (lines 10–14)']);
  });

  it('a schedule heading with nothing read under it and no line of amounts says so', () => {
    expect(parse('Forsikringsnummer 55501234\n\nForsikringen dekker\nBygning og løsøre, se vilkårene.\n').warnings).toEqual([
      'line 3: «Forsikringen dekker» heads a schedule, but no coverage could be read under it',
    ]);
  });

  it('a renewal letter\'s list of prices read by no rule is a section too («Din nye pris», «Pris for 2025»); a price heading over prose is no warning', () => {
    const rows = 'Villa          Skogveien 4          kr 12 460\nInnbo          Skogveien 4          kr 3 890\n';
    expect(parse(`Forsikringsnummer: 7712-304981\n\nDin nye pris\n${rows}`).warnings).toEqual(['line 3: schedule «Din nye pris»: 2 lines with amounts were not read (lines 4–5)']);
    expect(parse(`Forsikringsnummer: 7712-304981\n\nPris for 2025\n${rows}`).warnings).toEqual(['line 3: schedule «Pris for 2025»: 2 lines with amounts were not read (lines 4–5)']);
    expect(parse('Forsikringsnummer: 7712-304981\n\nNy pris\nPrisen din blir litt høyere neste år, fordi summene følger prisene.\n').warnings).toEqual([]);
    // (a sentence of the total under it: no row)
    expect(parse('Forsikringsnummer: 7712-304981\n\nPris\nNy årspremie er kr 64 380. I fjor betalte dere kr 59 910.\n').warnings).toEqual([]);
  });

  it('a sentence under a table of deductible changes that was read is a remark, no unread row («For ansvarsforsikringa er eigenandelen framleis kr 25 000.»)', () => {
    const text = 'Forsikringsnummer 55501234\n\nEndringar i eigenandelar\n\n  Forsikring                     Eigenandel 2024     Eigenandel 2025\n  Kommunale bygningar            kr 50 000           kr 100 000\n  Maskiner og lausøyre           kr 25 000           kr 50 000\n\nFor ansvarsforsikringa er eigenandelen framleis kr 25 000.\n';
    const p = parse(text);
    expect(p.deductible_changes?.length).toBe(2);
    expect(p.warnings).toEqual([]);
  });

  it('prose after a schedule, far from it, is not part of it', () => {
    const text = ['Forsikringsoversikt', 'Forsikring\tForsikringssum', 'Bygning\tkr 8 000 000', '', 'Vilkår', 'Generelt', 'Forsikringen gjelder i Norden.', 'Skader meldes snarest.', 'Ved tyveri over kr 50 000 kreves politianmeldelse.'].join('\n');
    expect(parse(text).warnings).toEqual([]);
  });
});

describe('lines that state a value no reader took', () => {
  // «1 YRKESSKADEFORSIKRING Årspremie kr 1 236 400»: a product's heading and its labelled figure on one line
  it('a product\'s name before a labelled figure no reader took is a warning, as the labelled figure alone is', () => {
    const p = parse('KLP\nAvtalenummer 9100-45512\n\nYrkesskadeforsikring Årspremie kr 1 236 400\nLovpålagt.\n');
    expect(p.warnings).toEqual(['line 4: could not read the premium in «Yrkesskadeforsikring Årspremie kr 1 236 400»']);
    // (words that name no product before the label: a sentence, not a schedule's figure)
    const q = parse('KLP\nAvtalenummer 9100-45512\n\nDu har betalt en årspremie kr 1 236 400\n');
    expect((q.warnings ?? []).filter((w) => w.includes('1 236 400'))).toEqual([]);
  });
  it('a policy number in the row under a row of labels', () => {
    const p = parse('Endring Forsikringsnummer Gjelder fra Hovedforfall\nNy 71552086 01.06.2025 01.06\n\nNaturskade dekkes etter lov.\nNaturskadepremien er 0,08 promille.\n');
    expect(p.warnings).toContain('line 1: could not read the policy number in «Endring Forsikringsnummer Gjelder fra Hovedforfall» and «Ny 71552086 01.06.2025 01.06»');
  });

  // «Total premie				170.070» under a tab table the lines between have ended
  it('a total set in a table\'s row is no premium to warn about; a letter\'s total premium as a field still is', () => {
    const table = 'Polise nr.:\tNO-25-PR-00871\n\nDekning\tForsikringssum\tEgenandel\tPremie\nStyreansvar\t10.000.000\t25.000\t9.120\nPremien gjelder for ett år.\n';
    expect(parse(`${table}Total premie\t\t\t170.070\n`).warnings).toEqual([]);
    // (the premiums read add up to less: said, with both figures)
    expect(parse(`${table}Total premie: kr 170 070\n`).warnings).toEqual([
      'line 6: the total premium in «Total premie: kr 170 070» is 170070, the premiums read add up to 9120 (1 coverage): a coverage\'s premium may be missing or wrong',
    ]);
    // (they add up to it: nothing was lost, nothing to say)
    expect(parse(`${table}Total premie: kr 9 120\n`).warnings).toEqual([]);
  });

  // docs/hdi-polise-tabulator-sideskift-2026: «Polise nr.:<TAB>NO-25-PR-00871» again on page 2
  it('a number of letters and digits in groups, repeated after a page break, is the number read — not its last group', () => {
    const p = parse('Polise nr.:\tNO-25-PR-00871\nUtstedt:\t02.12.2025\n\fHDI Global Specialty SE\tSide 2 av 2\nPolise nr.:\tNO-25-PR-00871\n');
    expect(p.policy_number).toBe('NO-25-PR-00871');
    expect(p.warnings).toEqual([]);
  });

  it('the same value stated again, where a reader took it once, is not lost', () => {
    const p = parse('Forsikringsnummer 55501234\n\nOppgi forsikringsnummer 55 50 12 34 når du melder skade.\n');
    expect(p.policy_number).toBe('55501234');
    expect(p.warnings).toEqual([]);
  });

  it('a sentence that pays a G sum, under a heading that names no product: not read, and said (bokmål and nynorsk, after staff-insurance pages)', () => {
    const p = parse('Avtalenummer 5512 3344\n\nKva får dei etterlatne?\n\nVed dødsfall vert det utbetalt 18 G til dei etterlatne.\n\nHva får de etterlatte?\n\nVed død utbetales 10 G.');
    expect(p.coverages).toBeUndefined();
    expect(p.warnings).toEqual([
      'line 5: could not read the G sum in «Ved dødsfall vert det utbetalt 18 G til dei etterlatne.»',
      'line 9: could not read the G sum in «Ved død utbetales 10 G.»',
    ]);
  });
  it('prose that names a field without a value is no warning', () => {
    expect(parse('Forsikringsnummer 55501234\n\nIndeksreguleringen skjer ved hovedforfall.\nEgenandelen trekkes fra erstatningen.\nOppgi alltid avtalenummer.\n').warnings).toEqual([]);
  });
});

describe('amounts, totals, header rows', () => {
  it('amounts: kroner figures, not dates, postcodes, rates, years, numbers of things or furniture', () => {
    for (const t of ['Kasko 6 870', 'kr 500', 'Premie 5000', '14 600 000 10 000', 'Egenandel 4 000 kr', 'Bygning Sjøgata 4, 8006 Bodø 21 415', 'Kasko 16 000 kr']) expect(statesAmount(t), t).toBe(true);
    for (const t of ['Side 2 av 4', 'Fortsetter neste side', 'Gjelder fra 01.04.2024', 'Hovedforfall 01.04', 'Sjøgata 4, 8006 Bodø', 'Indeks 3,7 %', '0,08 promille', 'Årsmodell 2019', 'Org.nr. 912 345 678', 'Kundenr.: 4471093', 'Postboks 44, 3401 Lier', '4,5 G', '12', 'Kontakt: Skadeavdelingen 915 03 100', 'Sentralbord 22 96 80 00', 'Kjørelengde per år: 16 000 km', 'Bolighus 1 240 m² BRA', 'Motor: 150 hk']) {
      expect(statesAmount(t), t).toBe(false);
    }
  });

  it('totals', () => {
    for (const t of ['Sum årspremie kr 26 320', 'Totalt kr 9 000', 'Forsikringens premie 35 932', 'Samlet årspris: kr 22 450', 'Å betale 4 000', 'Total pris per år kr 171 270']) expect(isTotal(t), t).toBe(true);
    for (const t of ['Bygning 18 942', 'Summen er kr 4 000', 'Totalskade på bil']) expect(isTotal(t), t).toBe(false);
  });

  it('header rows: two columns, one a figure, nearly all words column names', () => {
    for (const t of ['Forsikringssum Egenandel', 'Forsikringssted Bygning Forsikringssum Egenandel', 'Forsikring\tPris per år\tEgenandel', 'Dekning Forsikringssum (kr) Egenandel (kr)', 'Forsikring Sted Sum Egenandel Pris i 2024 Pris i 2025', 'Forsikring\tSum\tPremie 2024\tPremie for 2025']) expect(isHeaderRow(unit(t)), t).toBe(true);
    for (const t of ['Forsikringssum og egenandel', 'Egenandel maskinskade - Bil', 'Forsikringssum', 'Det er avtalt forsikring på følgende Årspremie (kr)', 'Forsikringssum kr 1 000 000 Egenandel kr 5 000']) {
      expect(isHeaderRow(unit(t)), t).toBe(false);
    }
  });
});

describe('lines with amounts under a product heading, or beside a fact of the header', () => {
  it('a product heading over a sentence with an amount no reader took is a section of its own', () => {
    // (a sentence of a deductible that no rule reads: «Egenandelen er kr 500 per skade.» alone is read now, by the heading's product)
    const p = parse('Avtalenummer 5512003\n\nYrkesskade\nTap i fremtidig erverv erstattes med 22–30 G.\n\nBehandlingsforsikring\nEgenandelen er 10 % av skaden, minst kr 500 per skade.');
    expect(p.warnings).toEqual(['line 6: schedule «Behandlingsforsikring»: 1 line with amounts was not read (line 7)']);
  });

  it('a line a header fact was read from (the persons insured) that also states a price is still a line of the section not read', () => {
    const p = parse('Avtalenummer 5512003\n\nForsikringsbevis Yrkesskade\nForsikringen gjelder 9 ansatte og gir erstatning etter lov om yrkesskadeforsikring. Pris for ett år: kr 18 370.');
    expect(p.insured_persons).toEqual({ count: 9 });
    expect(p.warnings).toEqual(['line 3: schedule «Forsikringsbevis Yrkesskade»: 1 line with amounts was not read (line 4)']);
  });
});

describe('a labelled figure no reader took', () => {
  // two coverages' field blocks side by side, as a PDF of two columns gives them: no heading the
  // section net knows, no rule reads the lines — each is a warning, not a silent loss
  it('warns about «Forsikringssum kr …», «Egenandel kr …» and «Pris kr …» lines with their line, in Norwegian too', () => {
    const p = parse(['Gardsforsikring', 'Forsikringssum kr 11 200 000 Forsikringssum kr 2 300 000', 'Egenandel kr 20 000 Egenandel kr 20 000', 'Pris kr 16 480 Pris kr 5 110'].join('\n'));
    expect(p.warnings).toEqual([
      'line 2: could not read the sum in «Forsikringssum kr 11 200 000 Forsikringssum kr 2 300 000»',
      'line 3: could not read the deductible in «Egenandel kr 20 000 Egenandel kr 20 000»',
      'line 4: could not read the premium in «Pris kr 16 480 Pris kr 5 110»',
    ]);
    expect(norwegianWarning(p.warnings![1]!)).toBe('linje 3: kunne ikke lese egenandelen i «Egenandel kr 20 000 Egenandel kr 20 000»');
  });

  it('leaves a field block a reader took alone', () => {
    const p = parse(['Næringsbygg, Storgata 1, 0155 Oslo', 'Forsikringssum: kr 11 200 000', 'Egenandel: kr 20 000', 'Pris: kr 16 480'].join('\n'));
    expect(p.coverages?.length).toBe(1);
    expect(p.warnings ?? []).toEqual([]);
  });
});

describe('the premium of a renewal letter, where the model has no place for it', () => {
  const LETTER = 'Fornyelse av bedriftsforsikringen for 2026\n\nAvtalenummer: 8841-205573\n\n';
  it('«Ny årspremie: kr 48 730 (i fjor kr 45 880)» at the letter\'s level: a warning with the line', () => {
    const p = parse(`${LETTER}Pris\nNy årspremie: kr 48 730 (i fjor kr 45 880)\n`);
    expect(p.coverages).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('line 5: could not read the premium in «Pris: Ny årspremie: kr 48 730 (i fjor kr 45 880)»');
  });
  it('in a coverage\'s fields it is the coverage\'s premium, last year\'s in brackets aside', () => {
    const p = parse(`${LETTER}Næringsbygg\nForsikringssum: kr 12 000 000\nEgenandel: kr 10 000\nNy årspremie: kr 48 730 (i fjor kr 45 880)\n`);
    expect(p.coverages).toEqual([{ product: 'Næringsbygg', index_class: 'bygninger', sum: '12000000', deductible: '10000', premium: '48730' }]);
    expect(p.warnings).toEqual([]);
  });
  it('«Premien øker med 6,2 % fordi …» in a paragraph of its own: a warning with the sentence', () => {
    const p = parse(`${LETTER}Premien øker med 6,2 % fordi skadene i bransjen har blitt dyrere å reparere.\n`);
    expect(p.warnings.join('\n')).toContain('could not read the change of the premium (the model holds each coverage\'s premium, not its change) in «Premien øker med 6,2 % fordi skadene i bransjen har blitt dyrere å reparere.»');
    // (a premium that is paid, not changed, is no change)
    expect(parse(`${LETTER}Premien betales forskuddsvis hvert kvartal.\n`).warnings.join('\n')).not.toContain('premium');
  });
});

describe('a schedule heading over a list another reader took', () => {
  it('«Forsikringssummer» over «• Indeksregulering bygning: 4,2 %»: the heading of the index rates, no schedule', () => {
    const p = parse('Forsikringsnummer: 6102 448 913\n\nDette endres når forsikringen din fornyes 1. januar 2025\n\nForsikringssummer\n• Indeksregulering bygning: 4,2 %\n• Indeksregulering innbo: 3,1 %\n');
    expect(p.index_regulation?.rates.length).toBe(2);
    expect(p.warnings).toEqual([]);
  });
});

// (docs/if-naering-egenandeler-ved-siden-2027: the running header gives the number first)
describe('a policy number stated again with its letters set apart', () => {
  it('«Forsikringsnummer:  SP 771 204» under a running header that gave SP771204 is the same number: no warning', () => {
    const p = parse('If Skadeforsikring NUF\nFjordlaks Eiendom AS - forsikringsnummer SP 771 204          Side 1 av 2\n\nForsikringsnummer:  SP 771 204\nUtstedt:            15.03.2027\n');
    expect(p.policy_number).toBe('SP771204');
    expect(p.warnings).toEqual([]);
  });
});

describe('a table copied one cell a line, a record left unread under its product’s name', () => {
  // a farm certificate copied from a PDF: the header one cell a line, then each record's cells; the first
  // record lacks its deductible, so no reader takes the table — «Driftsløsøre» then reads as a product's
  // heading, and its bare amounts («3 400 000 kr») were said nowhere
  const doc = [
    'Tryg Forsikring',
    'Polisenummer',
    '6 774 213 09',
    '',
    'Dine forsikringer',
    '',
    'Forsikring',
    'Forsikringssted',
    'Forsikringssum',
    'Egenandel',
    'Pris per år',
    '',
    'Landbruksbygning',
    'Heggeveien 112, Gnr 45 Bnr 2',
    '2930 Bagn',
    '9 850 000 kr',
    '14 322 kr',
    '',
    'Driftsløsøre',
    'Heggeveien 112, Gnr 45 Bnr 2',
    '2930 Bagn',
    '3 400 000 kr',
    '10 000 kr',
    '5 967 kr',
    '',
  ].join('\n');
  it('warns of the record’s amounts under its name too', () => {
    expect(parse(doc).warnings?.some((w) => /«Driftsløsøre»: 3 lines with amounts were not read \(lines 22–24\)/.test(w))).toBe(true);
  });
  it('a number alone without a currency under a label («Kundenummer» / «4 418 902») is no amount there', () => {
    const p = parse('Gjensidige\nForsikringsbevis\nBåtforsikring\nForsikringsnummer\n77140238\nKundenummer\n4 418 902\n');
    expect((p.warnings ?? []).filter((w) => w.includes('with amounts'))).toEqual([]);
  });
});

describe('a product\'s figures under no header', () => {
  const doc = (line: string): string => `SpareBank 1\nMine forsikringer\nAvtalenummer 4004778190\n\n${line}\n`;
  // «Husforsikring   Fullverdi   kr 8 000   kr 9 480»: which figure is the deductible and which the price, only a header says
  it('a product\'s name and two unlabelled figures no reader took is a warning with the line', () => {
    expect(parse(doc('Husforsikring   Fullverdi   kr 8 000   kr 9 480')).warnings).toEqual(['line 5: could not read the figures of Husforsikring in «Husforsikring Fullverdi kr 8 000 kr 9 480»']);
  });
  // «Naturskadepremie   2024   2025»: a header's years, no figures
  it('years in cells are a header\'s columns, not figures', () => {
    expect(parse(doc('Naturskadepremie   2024   2025')).warnings ?? []).toEqual([]);
  });
  // «Husforsikring   Fullverdi   Egenandel kr 8 000   Pris kr 9 480»: labelled, read by the schedule's readers
  it('labelled figures are read, not warned', () => {
    const p = parse(doc('Husforsikring   Fullverdi   Egenandel kr 8 000   Pris kr 9 480'));
    expect(p.warnings ?? []).toEqual([]);
    expect(p.coverages?.[0]?.premium).toBe('9480');
  });
});
